//! The analyzers and the verdict: [`Idea`] → [`Report`].
//!
//! SCAFFOLD: the real analyzers replace `analyze` below (owned by the scorer work).

pub mod lint;
mod report;

pub use report::{
    Call, Dimension, DimensionScore, Finding, Gap, Improvement, Report, Scorecard, Severity,
    Signal, SoWhat, Span, level_of,
};

use crate::model::Idea;

/// Analyze an idea: score the four dimensions, run the "so what" test, make
/// the call and list the changes that would raise it.
pub fn analyze(idea: &Idea) -> Report {
    let blank = |dimension| DimensionScore {
        dimension,
        score: 0,
        level: 1,
        reading: String::new(),
        signals: Vec::new(),
    };
    Report {
        call: Call::Revise,
        reason: String::new(),
        scores: Scorecard {
            customer: blank(Dimension::Customer),
            problem: blank(Dimension::Problem),
            evidence: blank(Dimension::Evidence),
            risk: blank(Dimension::Risk),
        },
        so_what: SoWhat {
            passes: false,
            reading: String::new(),
            quote: None,
        },
        improvements: Vec::new(),
        gaps: Vec::new(),
        findings: lint::lint_idea(idea),
    }
}
