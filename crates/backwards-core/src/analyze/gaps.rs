//! Gaps: the questions an idea leaves open.
//!
//! A missing step is the biggest gap (its question comes straight from the
//! intake). Inside the steps that are there, the analyzers' facts tell which
//! important sub-questions are still open: no price, no launch date, nobody
//! excluded, no workaround, no mitigation. The FAQ turns each gap into a
//! "Not answered yet" item and the PRD into an open question, so the
//! documents never paper over what the idea does not say.

use std::sync::LazyLock;

use regex::Regex;

use super::report::{Gap, SoWhat};
use super::signals::{self, re};
use super::verdict::Facts;
use crate::model::{Idea, Step};

/// Every gap, in step order.
pub(crate) fn gaps(idea: &Idea, facts: &Facts, so_what: &SoWhat) -> Vec<Gap> {
    // Whether a step is answered is asked many times below; a placeholder
    // check reads the whole section, so ask it once per step.
    // A step the verdict read from other words (an untitled problem
    // paragraph, interviews told in the Solution) is answered there: its
    // open questions are the finer ones below, not the whole step.
    let read_elsewhere = |step: Step| match step {
        Step::Problem => facts.problem.untitled,
        Step::Evidence => facts.evidence.elsewhere,
        _ => false,
    };
    let mut missing = idea.missing_steps();
    missing.retain(|&step| !read_elsewhere(step));
    let present = |step: Step| !missing.contains(&step);
    let mut out: Vec<Gap> = missing
        .iter()
        .map(|&step| Gap {
            step,
            question: step.question().to_string(),
        })
        .collect();
    let mut ask = |step: Step, question: &str| {
        if present(step) {
            out.push(Gap {
                step,
                question: question.to_string(),
            });
        }
    };
    let c = &facts.customer;
    if !c.size {
        ask(Step::Customer, "How many of these customers are there?");
    }
    if !c.exclusion {
        ask(Step::Customer, "Who is not the customer?");
    }
    let p = &facts.problem;
    if !(p.frequency || p.cost) {
        ask(
            Step::Problem,
            "How often does it happen, and what does it cost the customer?",
        );
    }
    if !p.workaround {
        ask(Step::Problem, "What do customers do about it today?");
    }
    if !so_what.passes {
        ask(
            Step::Solution,
            "How much better, faster or cheaper is it than what customers do today?",
        );
    }
    if facts.evidence.rung <= 2 {
        ask(
            Step::Evidence,
            "What have customers done, not just said, that shows they want it?",
        );
    }
    if !facts.risk.priced {
        ask_anywhere(
            &mut out,
            Step::Experience,
            "What will the customer pay, and who pays?",
        );
    }
    if !launch_date(idea) {
        ask_anywhere(&mut out, Step::Experience, "When does it launch?");
    }
    let r = &facts.risk;
    if present(Step::Risks) && r.mitigated == 0 {
        out.push(Gap {
            step: Step::Risks,
            question: "How will you reduce each risk?".into(),
        });
    }
    if present(Step::Risks) && !r.small_bet {
        out.push(Gap {
            step: Step::Risks,
            question: "What result would make you stop?".into(),
        });
    }
    out.sort_by_key(|g| g.step);
    out
}

/// Ask even when the step is missing, unless the missing-step gap already
/// asks it.
fn ask_anywhere(out: &mut Vec<Gap>, step: Step, question: &str) {
    if !out
        .iter()
        .any(|g| g.step == step && g.question == step.question())
    {
        out.push(Gap {
            step,
            question: question.to_string(),
        });
    }
}

/// A launch date in the front matter or a month/season and year in the text.
fn launch_date(idea: &Idea) -> bool {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|q[1-4]|early|mid|late)[ ,-]*(?:\d{1,2},? )?20\d\d|20\d\d-\d\d(?:-\d\d)?)\b",
        )
    });
    idea.front.launch.is_some()
        || signals::first(&signals::everywhere(idea, Step::Experience), &DATE).is_some()
}

#[cfg(test)]
mod tests {
    use crate::model::{Step, parse_str};

    #[test]
    fn a_step_read_from_other_words_asks_its_finer_questions_not_the_whole_step() {
        let with_pain = "Tide Check\n\nA yearly check of the posts under the boathouses.\n\nTwice a year, after the spring gales, one boathouse loses a post. A new post costs about £900 fitted.\n\n## Solution\nWe tap every post at low tide.\n";
        let idea = parse_str(with_pain).unwrap_or_else(|e| panic!("parse: {e}"));
        let gaps = crate::analyze::analyze(&idea).gaps;
        let problem: Vec<&str> = gaps
            .iter()
            .filter(|g| g.step == Step::Problem)
            .map(|g| g.question.as_str())
            .collect();
        assert_eq!(problem, ["What do customers do about it today?"]);
        // Without the pain paragraph the whole step is the gap.
        let bare = parse_str(
            "Tide Check\n\nA yearly check of the posts.\n\n## Solution\nWe tap every post.\n",
        )
        .unwrap_or_else(|e| panic!("parse: {e}"));
        let gaps = crate::analyze::analyze(&bare).gaps;
        assert!(
            gaps.iter()
                .any(|g| g.step == Step::Problem && g.question == Step::Problem.question())
        );
    }
}
