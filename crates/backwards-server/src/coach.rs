//! Live coaching: what the analyzer says about the step being typed.
//!
//! Nothing here is canned per answer. The coach endpoint rebuilds the idea
//! file with the partial answer in place, runs the real parser and
//! analyzer, and `backwards_core::coach` keeps what concerns *this* step
//! (the same coaching as the terminal wizard's). This module only shapes
//! it for the web panel.

use backwards_core::analyze::Report;
use backwards_core::coach::{self as core_coach, Answered, NOTHING_TO_FLAG};
use backwards_core::model::Step;
use serde::Serialize;

/// At most this many lines: advice, not a lecture.
const MAX_LINES: usize = 5;

/// The coaching panel's content.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Coaching {
    /// The dimension this step feeds, e.g. "Customer clarity".
    pub dimension: Option<&'static str>,
    /// Its level 1-5.
    pub level: Option<u8>,
    /// What the level means.
    pub reading: Option<String>,
    /// The advice, most important first.
    pub lines: Vec<String>,
}

/// Coaching on `step` from the analysis of the idea with the answer in
/// place: the core's coaching (shared with the terminal wizard), with the
/// level shown apart and the advice capped at [`MAX_LINES`].
pub(crate) fn coach(step: Step, answer: &str, dont_know: bool, report: &Report) -> Coaching {
    let answered = if dont_know {
        Answered::DontKnow
    } else if answer.trim().is_empty() {
        Answered::Empty
    } else {
        Answered::Text
    };
    let coaching = core_coach::coach(step, answered, report);
    let mut lines = coaching.advice;
    if lines.is_empty() {
        lines.push(NOTHING_TO_FLAG.to_string());
    }
    lines.truncate(MAX_LINES);
    Coaching {
        dimension: coaching.dimension.map(|d| d.label()),
        level: coaching.level,
        reading: coaching.reading,
        lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use backwards_core::{analyze, model};

    fn coach_customer(text: &str) -> Coaching {
        let source = format!("# Demo\n\nA tool.\n\n## Customer\n\n{text}\n");
        let idea = model::parse_str(&source).ok();
        let report = idea.as_ref().map(analyze::analyze);
        report.map_or_else(
            || Coaching {
                dimension: None,
                level: None,
                reading: None,
                lines: vec![],
            },
            |r| coach(Step::Customer, text, false, &r),
        )
    }

    #[test]
    fn a_specific_customer_coaches_differently_from_a_vague_one() {
        let vague = coach_customer("Small businesses.");
        let specific = coach_customer(
            "Night-shift nurses in Leeds with a dog, about 2,400 of them; not day staff.",
        );
        assert_eq!(vague.dimension, Some("Customer clarity"));
        assert!(!vague.lines.is_empty());
        assert_ne!(vague.lines, specific.lines);
        assert!(specific.level >= vague.level, "{specific:?} vs {vague:?}");
    }

    #[test]
    fn dont_know_is_coached_as_an_open_question() {
        let idea = model::parse_str("# Demo\n\nA tool.\n").ok();
        let lines = idea
            .map(|i| coach(Step::Evidence, "", true, &analyze::analyze(&i)).lines)
            .unwrap_or_default();
        assert!(
            lines.first().is_some_and(|l| l.starts_with("Left open")),
            "{lines:?}"
        );
    }
}
