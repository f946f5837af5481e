//! Coaching on one wizard step: what the analysis of the idea says about
//! the answer being written.
//!
//! The terminal wizard (`backwards new`) and the web wizard coach the same
//! way; this is the one implementation both call. Nothing here is canned
//! per answer: the caller analyzes the idea with the answer in place, and
//! this keeps what concerns *this* step: its dimension's level, the signals
//! that quote the user's words (what breaks the score first), the next
//! change for the dimension, the "so what?" test on the solution, the
//! step's open questions and lint findings inside it. Better analyzers make
//! better coaching for free.
//!
//! Pure: no I/O, no clock. Each caller decides how many lines to show and
//! how to present the level (a separate line in the terminal, a heading in
//! the web panel).

use serde::Serialize;

use crate::analyze::{
    Dimension, DimensionScore, Finding, Gap, Improvement, Report, Signal, SoWhat, StepReport,
};
use crate::model::Step;

/// What the user gave for the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// Nothing yet (the web wizard's empty box).
    Empty,
    /// "I don't know": the step becomes an open question.
    DontKnow,
    /// Some text.
    Text,
}

/// The line to show when nothing else applies to a written answer. Kept
/// apart from [`StepCoaching::advice`] so a caller that shows the level as
/// a line of its own can tell "nothing to flag" from "no advice at all".
pub const NOTHING_TO_FLAG: &str = "Nothing to flag on this step. On to the next one.";

/// Coaching on one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepCoaching {
    /// The dimension the step mainly feeds, if any.
    pub dimension: Option<Dimension>,
    /// Its level 1-5 in the analysis.
    pub level: Option<u8>,
    /// What that level means, in the rubric's words.
    pub reading: Option<String>,
    /// The advice, most important first, not truncated.
    pub advice: Vec<String>,
}

/// The analyzer dimension a step mainly feeds.
pub fn dimension_of(step: Step) -> Option<Dimension> {
    match step {
        Step::Customer => Some(Dimension::Customer),
        Step::Problem => Some(Dimension::Problem),
        Step::Evidence => Some(Dimension::Evidence),
        Step::Risks => Some(Dimension::Risk),
        Step::Pitch | Step::Solution | Step::Experience => None,
    }
}

/// Coaching on `step` from `report`, the analysis of the idea with the
/// answer in place. The "Next:" line is the verdict's own change for the
/// step's dimension when the verdict ranks one.
pub fn coach(step: Step, answered: Answered, report: &Report) -> StepCoaching {
    let score = dimension_of(step).map(|d| report.scores.get(d));
    let next = score.and_then(|s| {
        report
            .improvements
            .iter()
            .find(|i| i.dimension == Some(s.dimension))
    });
    let so_what = (step == Step::Solution).then_some(&report.so_what);
    let about = About {
        score,
        next,
        so_what,
        gaps: &report.gaps,
        findings: &report.findings,
    };
    advise(step, answered, &about)
}

/// Coaching on `step` from [`analyze::for_step`](crate::analyze::for_step),
/// which analyzes only that step: what live coaching runs on every pause in
/// typing. Same advice as [`coach`] on the full report, except that the
/// "Next:" line is always the step's dimension's next change, even when the
/// verdict-wide ranking leaves it out for changes that raise the call more.
pub fn coach_step(answered: Answered, report: &StepReport) -> StepCoaching {
    let about = About {
        score: report.score.as_ref(),
        next: report.improvement.as_ref(),
        so_what: report.so_what.as_ref(),
        gaps: &report.gaps,
        findings: &report.findings,
    };
    advise(report.step, answered, &about)
}

/// What the advice is made from, borrowed from either kind of report.
struct About<'a> {
    score: Option<&'a DimensionScore>,
    next: Option<&'a Improvement>,
    so_what: Option<&'a SoWhat>,
    gaps: &'a [Gap],
    findings: &'a [Finding],
}

/// The one place the advice is written, whichever report it comes from.
fn advise(step: Step, answered: Answered, about: &About<'_>) -> StepCoaching {
    let dimension = dimension_of(step);
    let score = about.score;
    let gaps = about.gaps.iter().filter(|g| g.step == step);
    let mut advice = Vec::new();
    match answered {
        Answered::DontKnow => {
            advice.push(
                "Left open: it goes into the file as an open question, and the documents list it."
                    .to_string(),
            );
            advice.extend(gaps.take(2).map(|g| format!("To find out: {}", g.question)));
        }
        Answered::Empty => {
            advice.push("Start typing: advice appears here as you write.".to_string());
        }
        Answered::Text => {
            if let (Some(dimension), Some(score)) = (dimension, score) {
                advice.extend(signal_lines(step, dimension, &score.signals));
                advice.extend(about.next.map(|i| format!("Next: {}", i.change)));
            }
            if let Some(so_what) = about.so_what.filter(|s| !s.reading.is_empty()) {
                let verdict = if so_what.passes { "passes" } else { "not yet" };
                advice.push(format!("So what? {verdict}: {}", so_what.reading));
            }
            advice.extend(gaps.take(2).map(|g| format!("Still open: {}", g.question)));
            advice.extend(
                about
                    .findings
                    .iter()
                    .filter(|f| f.span.as_ref().is_some_and(|s| s.step == Some(step)))
                    .take(2)
                    .map(|f| match &f.span {
                        Some(span) => format!("“{}”: {} {}", span.text, f.message, f.hint),
                        None => format!("{} {}", f.message, f.hint),
                    }),
            );
        }
    }
    StepCoaching {
        dimension,
        level: score.map(|s| s.level),
        reading: score.map(|s| s.reading.clone()),
        advice,
    }
}

/// The signals about this step: what breaks the score first, and among
/// those the ones quoting the user's words before bare absences ("every
/// product carries some risk"), which say nothing new. Two lines when
/// something breaks, else the one that holds.
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
    use crate::{analyze, model};

    fn coach_customer(text: &str) -> StepCoaching {
        let source = format!("# Demo\n\nA tool.\n\n## Customer\n\n{text}\n");
        let Ok(idea) = model::parse_str(&source) else {
            panic!("the demo idea parses");
        };
        coach(Step::Customer, Answered::Text, &analyze::analyze(&idea))
    }

    #[test]
    fn a_specific_customer_coaches_differently_from_a_vague_one() {
        let vague = coach_customer("Small businesses.");
        let specific = coach_customer(
            "Night-shift nurses in Leeds with a dog, about 2,400 of them; not day staff.",
        );
        assert_eq!(vague.dimension, Some(Dimension::Customer));
        assert!(!vague.advice.is_empty());
        assert_ne!(vague.advice, specific.advice);
        assert!(specific.level >= vague.level, "{specific:?} vs {vague:?}");
    }

    #[test]
    fn dont_know_and_empty_answers_get_their_own_first_line() {
        let Ok(idea) = model::parse_str("# Demo\n\nA tool.\n") else {
            panic!("the demo idea parses");
        };
        let report = analyze::analyze(&idea);
        let open = coach(Step::Evidence, Answered::DontKnow, &report);
        assert!(open.advice[0].starts_with("Left open"), "{open:?}");
        let empty = coach(Step::Pitch, Answered::Empty, &report);
        assert!(empty.advice[0].starts_with("Start typing"), "{empty:?}");
        assert_eq!(empty.dimension, None);
    }
}
