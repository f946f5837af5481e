//! The call (go / revise / stop), its one-sentence reason, and the few
//! changes that would raise it most.
//!
//! The rule is the rubric's, word for word: **stop** when the customer or
//! the problem is at level 1 or risk is at 5; **go** when customer ≥ 4,
//! problem ≥ 4, evidence ≥ 3, risk ≤ 3 and the "so what" test passes;
//! **revise** otherwise. Improvements are ordered by what they unlock: the
//! causes of a stop first, then whatever blocks a go (biggest shortfall
//! first), then what would lift an idea that already passes.

use super::customer::CustomerFacts;
use super::evidence::EvidenceFacts;
use super::problem::ProblemFacts;
use super::report::{Call, Dimension, Improvement, Scorecard, SoWhat};
use super::risk::RiskFacts;

/// Everything the verdict needs besides the scores.
#[derive(serde::Serialize)]
pub(crate) struct Facts {
    /// Customer facts.
    pub customer: CustomerFacts,
    /// Problem facts.
    pub problem: ProblemFacts,
    /// Evidence facts.
    pub evidence: EvidenceFacts,
    /// Risk facts.
    pub risk: RiskFacts,
}

/// The rubric's call.
pub(crate) fn call(scores: &Scorecard, so_what: &SoWhat) -> Call {
    let (c, p, e, r) = levels(scores);
    if c == 1 || p == 1 || r == 5 {
        Call::Stop
    } else if c >= 4 && p >= 4 && e >= 3 && r <= 3 && so_what.passes {
        Call::Go
    } else {
        Call::Revise
    }
}

fn levels(s: &Scorecard) -> (u8, u8, u8, u8) {
    (
        s.customer.level,
        s.problem.level,
        s.evidence.level,
        s.risk.level,
    )
}

/// One sentence a person can repeat.
pub(crate) fn reason(call: Call, scores: &Scorecard, so_what: &SoWhat, facts: &Facts) -> String {
    let (c, p, e, r) = levels(scores);
    match call {
        Call::Stop => {
            let mut why = Vec::new();
            if c == 1 {
                why.push("nobody in particular is the customer");
            }
            if p == 1 {
                why.push(if facts.problem.company {
                    "the problem is the company's goal and not a customer's pain"
                } else if facts.problem.present {
                    "the problem is the missing product and not a customer's pain"
                } else {
                    "no customer problem is stated"
                });
            }
            if r == 5 {
                why.push("serious risks are left unacknowledged");
            }
            format!("Stop: {}.", join(&why))
        }
        Call::Go => format!(
            "Go: a specific customer with a sharp problem, evidence at level {e}, risk at level {r}, and a clear advantage over today's way."
        ),
        Call::Revise => {
            let mut short = Vec::new();
            if c < 4 {
                short.push(format!("customer clarity is at level {c} (go needs 4)"));
            }
            if p < 4 {
                short.push(format!("problem sharpness is at level {p} (go needs 4)"));
            }
            if e < 3 {
                short.push(format!("evidence is at level {e} (go needs 3)"));
            }
            if r > 3 {
                short.push(format!("risk is at level {r} (go needs 3 or less)"));
            }
            if !so_what.passes {
                short.push("the solution never says how it beats today's way".to_string());
            }
            format!("Revise: {}.", join(&short))
        }
    }
}

fn join<S: AsRef<str>>(parts: &[S]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => format!(
            "{} and {}",
            init.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

/// The few changes that would raise the verdict most, most valuable first.
pub(crate) fn improvements(
    scores: &Scorecard,
    so_what: &SoWhat,
    facts: &Facts,
) -> Vec<Improvement> {
    const MAX: usize = 4;
    let (c, p, e, r) = levels(scores);
    // (priority, shortfall, improvement): stop causes, then go blockers, then lifts.
    let mut ranked: Vec<(u8, u8, Improvement)> = Vec::new();
    let tier = |is_stop: bool, blocks_go: bool| match (is_stop, blocks_go) {
        (true, _) => 0,
        (false, true) => 1,
        _ => 2,
    };
    if c < 5 {
        ranked.push((
            tier(c == 1, c < 4),
            4u8.saturating_sub(c),
            customer(c, &facts.customer),
        ));
    }
    if p < 5 {
        ranked.push((
            tier(p == 1, p < 4),
            4u8.saturating_sub(p),
            problem(p, &facts.problem),
        ));
    }
    if e < 5 {
        ranked.push((tier(false, e < 3), 3u8.saturating_sub(e), evidence(e)));
    }
    if r > 1 {
        ranked.push((
            tier(r == 5, r > 3),
            r.saturating_sub(3),
            risk(r, &facts.risk),
        ));
    }
    if !so_what.passes {
        ranked.push((1, 1, Improvement {
            dimension: None,
            change: "Say in the Solution how much better, faster or cheaper it is than what customers do today, with a number (\"5 hours a week becomes 1\").".into(),
            why: "A go needs the \"so what\" test: a clear advantage over today's way.".into(),
        }));
    }
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    ranked.into_iter().take(MAX).map(|(_, _, i)| i).collect()
}

/// The next change for one dimension at `level`, the same one
/// [`improvements`] ranks for it; `None` where it ranks none (customer,
/// problem or evidence at 5, risk at 1). Live coaching on a step shows this
/// one even when the verdict-wide ranking leaves it out: it is the change
/// the person typing that answer can make.
pub(crate) fn improvement(d: Dimension, level: u8, facts: &Facts) -> Option<Improvement> {
    match d {
        Dimension::Customer => (level < 5).then(|| customer(level, &facts.customer)),
        Dimension::Problem => (level < 5).then(|| problem(level, &facts.problem)),
        Dimension::Evidence => (level < 5).then(|| evidence(level)),
        Dimension::Risk => (level > 1).then(|| risk(level, &facts.risk)),
    }
}

fn imp(d: Dimension, change: &str, why: &str) -> Improvement {
    Improvement {
        dimension: Some(d),
        change: change.to_string(),
        why: why.to_string(),
    }
}

fn customer(level: u8, f: &CustomerFacts) -> Improvement {
    let d = Dimension::Customer;
    if !f.present {
        return imp(
            d,
            "Add a Customer section: name one segment with a real qualifier (role, place, size or the tool they use), say how many there are and who is not the customer.",
            "Without a customer the idea stops here.",
        );
    }
    match level {
        1 => imp(
            d,
            "Replace \"everyone\" with one segment you could go and find: who exactly, where, in what situation; and say who is NOT the customer.",
            "A customer of everybody is a stop.",
        ),
        2 => imp(
            d,
            "Narrow the category with a real qualifier (where, which kind, what size, what tool they use) and say what situation makes them look for this.",
            "A broad category sits at level 2; go needs 4.",
        ),
        3 if !f.trigger => imp(
            d,
            "Say what moment or trigger makes them start looking, and how many of them there are or where you reach them.",
            "Level 4 needs the trigger plus the segment's size or channel.",
        ),
        3 => imp(
            d,
            "Say how many of them there are, or where you reach them (an association, a directory, an event).",
            "Level 4 needs the segment's size or channel.",
        ),
        _ => {
            let mut missing = Vec::new();
            if !f.size {
                missing.push("how many of them there are");
            }
            if !f.buyer_user {
                missing.push("who buys versus who uses it");
            }
            if !f.exclusion {
                missing.push("who is NOT the customer");
            }
            let what = if missing.is_empty() {
                "a count, the buyer versus the user, and who is not the customer".to_string()
            } else {
                join(&missing)
            };
            imp(
                d,
                &format!("Say {what}."),
                "That is what separates level 4 from 5.",
            )
        }
    }
}

fn problem(level: u8, f: &ProblemFacts) -> Improvement {
    let d = Dimension::Problem;
    if !f.present {
        return imp(
            d,
            "Add a Problem section: what goes wrong for the customer, how often, what it costs them, and what they do about it today.",
            "Without a customer problem the idea stops here.",
        );
    }
    match level {
        1 if f.company => imp(
            d,
            "Rewrite the problem from the customer's side: what goes wrong for them, how often and what it costs them, not what the company wants to grow.",
            "The company's goal is not a customer problem: that is a stop.",
        ),
        1 => imp(
            d,
            "Describe the customer's pain, not the missing product: what goes wrong for them, how often, and what it costs.",
            "\"There is no app for X\" is not a problem: that is a stop.",
        ),
        2 => imp(
            d,
            "Replace the pain adjectives with one real situation: who, when, what goes wrong, and how often.",
            "A vague pain sits at level 2; go needs 4.",
        ),
        3 => {
            let what = match (f.frequency || f.cost, f.workaround) {
                (false, false) => {
                    "Put a number on how often it happens or what it costs, and say what customers do about it today."
                }
                (false, true) => {
                    "Put a number on how often it happens or what it costs (hours, money, a rate)."
                }
                _ => "Say what customers do about it today (a spreadsheet, phone calls, a hire).",
            };
            imp(
                d,
                what,
                "Level 4 needs a quantified frequency or cost AND today's workaround.",
            )
        }
        _ => {
            let mut missing = Vec::new();
            if !(f.frequency && f.cost) {
                missing.push(if f.frequency {
                    "what it costs (in money or hours)"
                } else {
                    "how often it happens"
                });
            }
            if !f.failure {
                missing.push("why today's workaround fails");
            }
            if !f.urgency {
                missing.push("why it is urgent now");
            }
            let what = if missing.is_empty() {
                "how often, what it costs, why the workaround fails and why now".to_string()
            } else {
                join(&missing)
            };
            imp(
                d,
                &format!("Say {what}."),
                "That is what separates level 4 from 5.",
            )
        }
    }
}

fn evidence(level: u8) -> Improvement {
    let d = Dimension::Evidence;
    match level {
        1 => imp(
            d,
            "Interview at least ten customers about the last time the problem happened, and state how many you spoke to and what they did.",
            "Belief is level 1; go needs counted interviews or data (level 3).",
        ),
        2 => imp(
            d,
            "Replace compliments and market sizes with counted interviews about past behaviour, or with numbers from a smoke test or waitlist.",
            "Compliments and market sizes are level 2; go needs 3.",
        ),
        3 => imp(
            d,
            "Measure behaviour: a landing page, a waitlist or a concierge test, and report the numbers.",
            "Quantified behaviour is level 4.",
        ),
        _ => imp(
            d,
            "Ask for a commitment: a paid pilot, a deposit, a pre-order or a letter of intent.",
            "Money or signatures are level 5, the strongest evidence.",
        ),
    }
}

fn risk(level: u8, f: &RiskFacts) -> Improvement {
    let d = Dimension::Risk;
    let open: Vec<&str> = f.open.iter().map(|c| c.label_for_people()).collect();
    match level {
        5 => imp(
            d,
            "Name the serious risks honestly (regulation, partners who can say no, unproven technology) and say how you will handle each one.",
            "Unacknowledged serious risk is a stop.",
        ),
        4 if !open.is_empty() => imp(
            d,
            &format!(
                "Mitigate the open risks ({}): a fallback, a signed partner, a legal review, or a smaller first step.",
                join(&open)
            ),
            "Several open serious risks are level 4; go needs 3 or less.",
        ),
        4 => imp(
            d,
            "Shrink the first step so fewer serious risks are in play at once, and give each a mitigation.",
            "Several serious risks are level 4; go needs 3 or less.",
        ),
        3 => imp(
            d,
            "Give the open risk a mitigation or a test you will run first, and a kill criterion.",
            "Mitigated risks are level 2.",
        ),
        _ => imp(
            d,
            "Show the bet is small: the build size (people × weeks), a way to roll back, and a kill criterion.",
            "A small, reversible bet is level 1.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::report::DimensionScore;

    fn card([c, p, e, r]: [u8; 4]) -> Scorecard {
        let dim = |dimension, level: u8| DimensionScore {
            dimension,
            score: level * 20 - 10,
            level,
            reading: String::new(),
            signals: Vec::new(),
        };
        Scorecard {
            customer: dim(Dimension::Customer, c),
            problem: dim(Dimension::Problem, p),
            evidence: dim(Dimension::Evidence, e),
            risk: dim(Dimension::Risk, r),
        }
    }

    fn so_what(passes: bool) -> SoWhat {
        SoWhat {
            passes,
            reading: String::new(),
            quote: None,
        }
    }

    /// The rubric's rule, checked on every combination of levels, with the
    /// rubric's wording restated independently of `call`.
    #[test]
    fn the_call_is_the_rubric_rule_on_every_combination() {
        for c in 1..=5 {
            for p in 1..=5 {
                for e in 1..=5 {
                    for r in 1..=5 {
                        for passes in [false, true] {
                            let expected = if c == 1 || p == 1 || r == 5 {
                                Call::Stop
                            } else if c >= 4 && p >= 4 && e >= 3 && r <= 3 && passes {
                                Call::Go
                            } else {
                                Call::Revise
                            };
                            let got = call(&card([c, p, e, r]), &so_what(passes));
                            assert_eq!(got, expected, "levels {c}{p}{e}{r}, so what {passes}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_go_needs_the_so_what_test() {
        let scores = card([5, 5, 5, 1]);
        assert_eq!(call(&scores, &so_what(true)), Call::Go);
        assert_eq!(call(&scores, &so_what(false)), Call::Revise);
    }
}
