//! Live coaching: what the analyzer says about the step being typed.
//!
//! Nothing here is canned per answer. The coach endpoint rebuilds the idea
//! file with the partial answer in place, runs the real parser, and
//! analyzes only the step being typed (`analyze::for_step`: its dimension,
//! gaps and lint, not the whole verdict), and `backwards_core::coach`
//! words it (the same coaching as the terminal wizard's). This module only
//! shapes it for the web panel.

use backwards_core::analyze;
use backwards_core::coach::{self as core_coach, Answered, NOTHING_TO_FLAG};
use backwards_core::model::{Idea, Step};
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

/// Coaching on `step` of `idea`, the idea with the answer in place: the
/// core's coaching (shared with the terminal wizard), with the level shown
/// apart and the advice capped at [`MAX_LINES`]. Only the step is analyzed:
/// this runs on every pause in typing, and the rest of the verdict would
/// be thrown away.
pub(crate) fn coach(step: Step, answer: &str, dont_know: bool, idea: &Idea) -> Coaching {
    let answered = if dont_know {
        Answered::DontKnow
    } else if answer.trim().is_empty() {
        Answered::Empty
    } else {
        Answered::Text
    };
    let coaching = core_coach::coach_step(answered, &analyze::for_step(idea, step));
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
    use backwards_core::model;

    fn coach_customer(text: &str) -> Coaching {
        let source = format!("# Demo\n\nA tool.\n\n## Customer\n\n{text}\n");
        let idea = model::parse_str(&source).ok();
        idea.map_or_else(
            || Coaching {
                dimension: None,
                level: None,
                reading: None,
                lines: vec![],
            },
            |i| coach(Step::Customer, text, false, &i),
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
            .map(|i| coach(Step::Evidence, "", true, &i).lines)
            .unwrap_or_default();
        assert!(
            lines.first().is_some_and(|l| l.starts_with("Left open")),
            "{lines:?}"
        );
    }
}
