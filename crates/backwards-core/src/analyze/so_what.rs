//! The "so what" test: does the Solution say how it beats what customers do
//! today (better, faster, easier or cheaper), and by how much?
//!
//! A comparison with today's way passes; a comparison with a number ("25
//! hours a month becomes about 3") is the strong form and the reading says
//! so. Features with no comparison fail: a list of what it does is not a
//! reason to switch.

use std::sync::LazyLock;

use regex::Regex;

use super::report::SoWhat;
use super::signals::{self, re};
use crate::model::{Idea, Step};

/// A comparison with today's way of doing it.
static COMPARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:better|safer|clearer|sooner|more \w+|less \w+) than|instead of|rather than|than (?:today|now|before|the|a|an|their|paper|excel|spreadsheets?|calling|phoning|doing|waiting|it does|they do|a human|manual)|compared (?:with|to)|versus|vs\b|over (?:the|their|today's|a|an)\b|unlike|no more|no longer|replaces?|replacing|becomes|become|goes from|cuts?|saves?|saving|reduces?|reducing|halves|faster|cheaper|easier|quicker|simpler|fewer|less (?:time|work|effort)|(?:most important|main|key|single) benefit|without (?:calling|phoning|having|waiting|a trip|driving))\b",
    )
});

/// A number that says by how much.
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"{}|[$€£] ?\d|\d ?%|\b(?:half|a third|a quarter|twice|double|\d+x)\b",
        signals::NUM
    ))
});

/// Run the test on the Solution section (the pitch can carry the claim when
/// the Solution is thin).
pub(crate) fn test(idea: &Idea) -> SoWhat {
    let sentences = signals::sections(idea, &[Step::Solution, Step::Pitch]);
    let solution_missing = idea.section(Step::Solution).is_none();
    let mut first_unquantified = None;
    for s in &sentences {
        let Some(r) = s.find(&COMPARE) else { continue };
        if s.find_any(&AMOUNT).is_some() {
            return SoWhat {
                passes: true,
                reading: "Passes: it says how it beats today's way, and by how much.".into(),
                quote: Some(s.signal(
                    "so-what-quantified",
                    0,
                    r,
                    "States the advantage with a number.",
                )),
            };
        }
        first_unquantified.get_or_insert((s, r));
    }
    if let Some((s, r)) = first_unquantified {
        return SoWhat {
            passes: true,
            reading: "Passes, just: it says how it beats today's way, but not by how much.".into(),
            quote: Some(s.signal(
                "so-what-comparison",
                0,
                r,
                "States an advantage over today's way.",
            )),
        };
    }
    let reading = if solution_missing {
        "Fails: there is no Solution section, so nothing says why a customer would switch."
    } else {
        "Fails: the Solution lists what it does but never says how it beats what customers do today."
    };
    SoWhat {
        passes: false,
        reading: reading.into(),
        quote: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_str;

    fn passes(solution: &str) -> bool {
        let text = format!("# X\n\nA tool.\n\n## Solution\n{solution}\n");
        test(&parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"))).passes
    }

    #[test]
    fn a_comparison_with_today_passes() {
        assert!(passes(
            "Ward rotas are built in 10 minutes instead of 3 hours."
        ));
    }

    #[test]
    fn a_feature_list_fails() {
        assert!(!passes("- Dashboard\n- Alerts\n- Reports"));
    }
}
