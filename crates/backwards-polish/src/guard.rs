//! The grounding guard: may this polished document replace its draft?
//!
//! Two questions, both answered against fixed references rather than by asking
//! another model:
//! - does it hold only facts from the idea? (core's [`Grounding`] checker finds
//!   every figure, amount, percentage, date and name the idea does not support);
//! - does it keep the draft's format? ([`crate::format`]: title, sections, open
//!   questions, labels, completeness).
//!
//! A document passes only with no problem at all. The problems are worded for two
//! readers: the model, which gets them back in the retry prompt, and the user, who
//! is told why a draft was kept.

use std::fmt;

use backwards_core::grounding::{FigureKind, Grounding, Violation};
use backwards_core::model::Idea;
use backwards_core::render;

use crate::format::{self, FormatProblem};

/// One reason a polished document cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A figure or name the idea does not contain.
    Unsupported {
        /// What kind of figure.
        kind: FigureKind,
        /// The words as the model wrote them.
        text: String,
        /// 1-based line in the polished text.
        line: usize,
    },
    /// The format of the draft was not kept.
    Format(FormatProblem),
}

impl From<Violation> for Problem {
    fn from(v: Violation) -> Self {
        Problem::Unsupported {
            kind: v.kind,
            text: v.text,
            line: v.line,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unsupported { kind, text, line } => {
                let what = match kind {
                    FigureKind::Name => "the name",
                    FigureKind::Date => "the date",
                    FigureKind::Money => "the amount",
                    FigureKind::Percent => "the percentage",
                    FigureKind::Time => "the time",
                    FigureKind::Number => "the figure",
                };
                write!(
                    f,
                    "the model wrote {what} '{text}' (line {line}), which the idea does not contain"
                )
            }
            Problem::Format(problem) => problem.fmt(f),
        }
    }
}

/// The facts of one idea, ready to check every document polished from it.
#[derive(Debug, Clone)]
pub struct Guard {
    grounding: Grounding,
    source: String,
}

impl Guard {
    /// Builds the guard for an idea. The format's own words ("FAQ", "Vision",
    /// requirement IDs) count as structure, exactly as for the drafts.
    pub fn new(idea: &Idea) -> Self {
        Self {
            grounding: Grounding::new(&idea.source).with_vocabulary(render::vocabulary()),
            source: idea.source.clone(),
        }
    }

    /// Every problem of `polished` as a rewrite of `draft`; empty means it may be
    /// used. `cut_off` is true when the provider stopped at its token limit.
    pub fn check(&self, draft: &str, polished: &str, cut_off: bool) -> Vec<Problem> {
        let mut problems: Vec<Problem> = format::check(draft, polished, &self.source, cut_off)
            .into_iter()
            .map(Problem::Format)
            .collect();
        problems.extend(
            self.grounding
                .check(polished)
                .into_iter()
                .map(Problem::from),
        );
        problems
    }

    /// Unsupported figures and names only, for text that has no draft to keep a
    /// format of (the second opinion).
    pub fn unsupported(&self, text: &str) -> Vec<Problem> {
        self.grounding
            .check(text)
            .into_iter()
            .map(Problem::from)
            .collect()
    }
}

/// The problems as one sentence for the user, naming at most three.
pub fn summarize(problems: &[Problem]) -> String {
    let shown: Vec<String> = problems.iter().take(3).map(Problem::to_string).collect();
    let mut text = shown.join("; ");
    if problems.len() > 3 {
        text.push_str(&format!(" (and {} more)", problems.len() - 3));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idea() -> Idea {
        backwards_core::model::parse_str(
            "# Demo\n\nA tool for 12 bakers in Leeds.\n\n## Customer\nBakers in Leeds.\n",
        )
        .expect("parses")
    }

    #[test]
    fn an_invented_percentage_is_named_in_words() {
        let guard = Guard::new(&idea());
        let draft = "# Demo\n\nA tool for 12 bakers.\n";
        let problems = guard.check(
            draft,
            "# Demo\n\nA tool for 12 bakers, 40% faster.\n",
            false,
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "the model wrote the percentage '40%' (line 3), which the idea does not contain"
        );
    }

    #[test]
    fn a_faithful_rewrite_passes() {
        let guard = Guard::new(&idea());
        let draft = "# Demo\n\nA tool for 12 bakers.\n";
        assert_eq!(
            guard.check(
                draft,
                "# Demo\n\nBakers in Leeds, 12 of them, get a tool.\n",
                false
            ),
            vec![]
        );
    }

    #[test]
    fn milestones_of_a_launch_month_pass_only_with_their_label() {
        let idea = backwards_core::model::parse_str(
            "---\nlaunch: 2028-01\n---\n# Demo\n\nA tool for bakers in Leeds.\n",
        )
        .expect("parses");
        let guard = Guard::new(&idea);
        let labelled = "# Demo\n\nLaunch in January 2028; the prototype is due \
            2027-09-11 (counted back 16 weeks from the start of the 2028-01 launch month).\n";
        assert_eq!(guard.check(labelled, labelled, false), vec![]);
        let invented = "# Demo\n\nLaunch on January 1, 2028; the prototype is due \
            2027-09-11 (counted back 16 weeks from the start of the 2028-01 launch month).\n";
        let problems = guard.check(labelled, invented, false);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].to_string().contains("January 1, 2028"),
            "{problems:?}"
        );
        let unlabelled = guard.unsupported("The prototype is due 2027-09-11.");
        assert_eq!(unlabelled.len(), 1, "{unlabelled:?}");
    }

    #[test]
    fn summary_names_three_and_counts_the_rest() {
        let p = Problem::Format(FormatProblem::Empty);
        let text = summarize(&[p.clone(), p.clone(), p.clone(), p.clone(), p]);
        assert!(text.ends_with("(and 2 more)"), "{text}");
        assert_eq!(text.matches("was empty").count(), 3);
    }
}
