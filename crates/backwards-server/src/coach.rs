//! Live coaching: what the analyzer says about the step being typed.
//!
//! Nothing here is canned per answer. The coach endpoint rebuilds the idea
//! file with the partial answer in place, runs the real parser and
//! analyzer, and keeps what concerns *this* step: its dimension's level,
//! the signals that quote the user's words (what breaks first), the step's
//! gaps, lint findings inside it, and the next change for the dimension.
//! Better rules in the core make better coaching here for free.

use backwards_core::analyze::{Dimension, Report, Signal};
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

/// The analyzer dimension a step mainly feeds.
pub(crate) fn dimension_of(step: Step) -> Option<Dimension> {
    match step {
        Step::Customer => Some(Dimension::Customer),
        Step::Problem => Some(Dimension::Problem),
        Step::Evidence => Some(Dimension::Evidence),
        Step::Risks => Some(Dimension::Risk),
        Step::Pitch | Step::Solution | Step::Experience => None,
    }
}

/// Coaching on `step` from the analysis of the idea with the answer in place.
pub(crate) fn coach(step: Step, answer: &str, dont_know: bool, report: &Report) -> Coaching {
    let score = dimension_of(step).map(|d| (d, report.scores.get(d)));
    let mut lines = Vec::new();
    let gaps = report.gaps.iter().filter(|g| g.step == step);
    if dont_know {
        lines.push(
            "Left open: it goes into the file as an open question, and the documents list it."
                .to_string(),
        );
        lines.extend(gaps.take(2).map(|g| format!("To find out: {}", g.question)));
    } else if answer.trim().is_empty() {
        lines.push("Start typing: advice appears here as you write.".to_string());
    } else {
        if let Some((dimension, score)) = score {
            lines.extend(signal_lines(step, dimension, &score.signals));
            lines.extend(
                report
                    .improvements
                    .iter()
                    .find(|i| i.dimension == Some(dimension))
                    .map(|i| format!("Next: {}", i.change)),
            );
        }
        if step == Step::Solution && !report.so_what.reading.is_empty() {
            let verdict = if report.so_what.passes {
                "passes"
            } else {
                "not yet"
            };
            lines.push(format!("So what? {verdict}: {}", report.so_what.reading));
        }
        lines.extend(gaps.take(2).map(|g| format!("Still open: {}", g.question)));
        lines.extend(
            report
                .findings
                .iter()
                .filter(|f| f.span.as_ref().is_some_and(|s| s.step == Some(step)))
                .take(2)
                .map(|f| match &f.span {
                    Some(span) => format!("“{}”: {} {}", span.text, f.message, f.hint),
                    None => format!("{} {}", f.message, f.hint),
                }),
        );
        if lines.is_empty() {
            lines.push("Nothing to flag on this step. On to the next one.".to_string());
        }
    }
    lines.truncate(MAX_LINES);
    Coaching {
        dimension: score.map(|(d, _)| d.label()),
        level: score.map(|(_, s)| s.level),
        reading: score.map(|(_, s)| s.reading.clone()),
        lines,
    }
}

/// The signals about this step: what breaks the score first, and among
/// those the ones quoting the user's words before bare absences.
fn signal_lines(step: Step, dimension: Dimension, signals: &[Signal]) -> Vec<String> {
    let mut here: Vec<&Signal> = signals.iter().filter(|s| s.step == step).collect();
    here.sort_by_key(|s| (!s.breaks(dimension), s.quote.is_empty()));
    let shown = if here.first().is_some_and(|s| s.breaks(dimension)) {
        2
    } else {
        1
    };
    here.iter()
        .take(shown)
        .map(|s| {
            if s.quote.is_empty() {
                s.message.clone()
            } else {
                format!("“{}”: {}", s.quote, s.message)
            }
        })
        .collect()
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
