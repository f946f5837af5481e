//! Property tests for the scorer: invariants that must hold for any idea,
//! not just the ones we wrote down.
//!
//! Each dimension gets a monotonicity property in the direction the rubric
//! points (more commitment never lowers evidence; "Everyone." never raises
//! customer clarity; removing mitigations never lowers risk; a quantified
//! frequency never lowers problem sharpness), and the analyzer must never
//! panic and always keep scores in range on arbitrary text.

use backwards_core::analyze::{Report, analyze, level_of};
use backwards_core::model::parse_str;
use proptest::prelude::*;

/// Sentences a real idea might contain, per section, mixing strong and weak.
const CUSTOMER: &[&str] = &[
    "Dentists.",
    "Owners of independent bakeries in Bristol with 3 to 12 staff.",
    "They start looking when a wholesaler raises prices.",
    "There are about 2,300 such bakeries in the region.",
    "We reach them through the regional bakers' guild newsletter.",
    "The owner buys; the shift lead uses it every morning.",
    "Not for supermarket in-store bakeries.",
    "Students and their parents.",
];
const PROBLEM: &[&str] = &[
    "It is frustrating and inefficient.",
    "When a delivery is short, the morning bake starts late.",
    "This happens about twice a week.",
    "Each late bake costs about £150 in lost sales.",
    "Today the owner checks the delivery note by hand.",
    "It fails because the driver leaves before anyone checks.",
    "Since 2026 the new food-labelling rule requires a record of every batch.",
    "There is no app that does this.",
];
const EVIDENCE: &[&str] = &[
    "We believe bakers will love it.",
    "Friends loved the demo.",
    "We interviewed 14 bakery owners about last month.",
    "A landing page drew 900 visitors and 120 sign-ups.",
    "Survey of 210 owners: 64% check deliveries by hand.",
    "The bakery market is worth $30 billion.",
];
const RISKS: &[&str] = &[
    "Suppliers may not share delivery data. Mitigation: owners photograph the delivery note instead.",
    "Bakers may not change habits. Mitigation: a weekly summary by text.",
    "We depend on the wholesaler's API and have not asked for access yet.",
    "Small bet: two developers for six weeks; kill criterion: fewer than 20 paying bakeries by June.",
    "Food-safety regulation may apply to batch records.",
];

fn pick(pool: &'static [&'static str]) -> impl Strategy<Value = Vec<&'static str>> {
    proptest::sample::subsequence(pool.to_vec(), 0..=pool.len())
}

fn render(c: &[&str], p: &[&str], e: &[&str], r: &[&str]) -> String {
    let section = |h: &str, lines: &[&str]| {
        if lines.is_empty() {
            String::new()
        } else {
            format!("## {h}\n{}\n\n", lines.join(" "))
        }
    };
    format!(
        "# Batchly\n\nDelivery checks for small bakeries.\n\n{}{}## Solution\nOwners scan the delivery note instead of checking it by hand, in two minutes instead of twenty.\n\n{}{}",
        section("Customer", c),
        section("Problem", p),
        section("Evidence", e),
        section("Risks", r)
    )
}

fn report(text: &str) -> Report {
    analyze(&parse_str(text).unwrap_or_else(|e| panic!("test idea must parse: {e}")))
}

type Idea = (
    Vec<&'static str>,
    Vec<&'static str>,
    Vec<&'static str>,
    Vec<&'static str>,
);

fn ideas() -> impl Strategy<Value = Idea> {
    (pick(CUSTOMER), pick(PROBLEM), pick(EVIDENCE), pick(RISKS))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn a_paid_pilot_never_lowers_evidence((c, p, e, r) in ideas()) {
        let before = report(&render(&c, &p, &e, &r));
        let mut more = e.clone();
        more.push("Six bakeries paid $400 each for a three-month pilot.");
        let after = report(&render(&c, &p, &more, &r));
        prop_assert!(after.scores.evidence.score >= before.scores.evidence.score);
    }

    #[test]
    fn everyone_never_raises_customer_clarity((c, p, e, r) in ideas()) {
        let before = report(&render(&c, &p, &e, &r));
        let after = report(&render(&["Everyone."], &p, &e, &r));
        prop_assert!(after.scores.customer.score <= before.scores.customer.score);
    }

    #[test]
    fn deleting_mitigations_never_lowers_risk((c, p, e, r) in ideas()) {
        let before = report(&render(&c, &p, &e, &r));
        let stripped: Vec<&str> = r
            .iter()
            .map(|s| s.split(" Mitigation:").next().unwrap_or(s))
            .collect();
        let after = report(&render(&c, &p, &e, &stripped));
        prop_assert!(after.scores.risk.score >= before.scores.risk.score);
    }

    #[test]
    fn a_quantified_frequency_never_lowers_problem_sharpness((c, p, e, r) in ideas()) {
        let before = report(&render(&c, &p, &e, &r));
        let mut more = p.clone();
        more.push("It happens every Monday, about 3 times a month.");
        let after = report(&render(&c, &more, &e, &r));
        prop_assert!(after.scores.problem.score >= before.scores.problem.score);
    }

    #[test]
    fn levels_always_match_scores_and_verdicts_follow_the_rule((c, p, e, r) in ideas()) {
        let rep = report(&render(&c, &p, &e, &r));
        for d in rep.scores.all() {
            prop_assert!(d.score <= 100);
            prop_assert_eq!(d.level, level_of(d.score));
        }
        let [cu, pr, ev, ri] = rep.scores.all().map(|d| d.level);
        let stop = cu == 1 || pr == 1 || ri == 5;
        let go = !stop && cu >= 4 && pr >= 4 && ev >= 3 && ri <= 3 && rep.so_what.passes;
        let expected = if stop { "stop" } else if go { "go" } else { "revise" };
        prop_assert_eq!(rep.call.id(), expected);
    }

    /// Customer clarity and problem sharpness carry no lean inside their
    /// level's band: readers do not rank a second count or another
    /// qualifier above the level's others, so neither does the score.
    #[test]
    fn customer_and_problem_scores_sit_at_their_level_middle((c, p, e, r) in ideas()) {
        let rep = report(&render(&c, &p, &e, &r));
        for d in [&rep.scores.customer, &rep.scores.problem] {
            prop_assert_eq!(d.score, (d.level - 1) * 20 + 10, "{:?}", d.dimension);
        }
    }

    #[test]
    fn analyze_never_panics_on_arbitrary_text(text in "(?s).{0,600}") {
        if let Ok(idea) = parse_str(&text) {
            let rep = analyze(&idea);
            for d in rep.scores.all() {
                prop_assert!(d.score <= 100 && (1..=5).contains(&d.level));
            }
        }
    }

    #[test]
    fn analyze_never_panics_on_markdown_like_text(
        body in proptest::collection::vec("(## (Customer|Problem|Evidence|Risks|Notes)\n)?[-*#>0-9. ]{0,3}[A-Za-z0-9$%£€,.;:'’\"()→ -]{0,80}\n", 0..30)
    ) {
        let text = format!("# T\n\n{}", body.concat());
        if let Ok(idea) = parse_str(&text) {
            let rep = analyze(&idea);
            prop_assert!(rep.scores.all().iter().all(|d| d.score <= 100));
        }
    }
}
