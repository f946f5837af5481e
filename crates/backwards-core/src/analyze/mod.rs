//! The analyzers and the verdict: [`Idea`] → [`Report`].
//!
//! Each dimension of the rubric has its own analyzer (`customer`,
//! `problem`, `evidence`, `risk`). They all work the same way: ask small,
//! structural questions of the author's sentences ("is a number attached to
//! a population noun?", "is this percentage attached to behaviour or to a
//! compliment?"), decide the rubric level from the answers, and turn each
//! answer into a [`Signal`] that quotes the words and their line. The score
//! is the sum of the signals' points, bounded to the band of the level the
//! rubric gives, so the level is always the rubric's and the score orders
//! ideas within a level. Nothing rewards length or digit counts: a number
//! counts only when it is attached to what the rubric asks for.
//!
//! Everything is deterministic (no hash-map iteration reaches the output)
//! and does no I/O; regexes are compiled once.

pub mod calibration;
mod customer;
mod customer_segment;
mod evidence;
mod evidence_rungs;
mod gaps;
pub mod lint;
mod problem;
mod report;
mod risk;
mod signals;
mod so_what;
mod step;
mod verdict;
mod voice;
mod warm_up;

/// The writers name the customer by the segment a declaration's lead-in
/// introduces, read with the analyzer's own pattern so the two never differ.
pub(crate) use customer_segment::lead_in_end;
pub use report::{
    Call, Dimension, DimensionScore, Finding, Gap, Improvement, Report, Scorecard, Severity,
    Signal, SoWhat, Span, level_of,
};
pub(crate) use risk::NOT_AN_ANSWER;
pub use step::{StepReport, for_step};
pub use warm_up::warm_ups;

use crate::model::Idea;

/// Analyze an idea: score the four dimensions, run the "so what" test, make
/// the call and list the changes that would raise it.
pub fn analyze(idea: &Idea) -> Report {
    analyze_with_facts(idea).0
}

/// The facts each analyzer found and its level rule read: for every
/// dimension, which parts of the rubric the idea was seen to meet (a sized
/// segment, a workaround, the evidence rung, open and mitigated risks).
///
/// Signals explain a score to the idea's author; these explain a *level
/// decision* to a contributor. Grouping labelled ideas by them and counting
/// the labels in each group is how the level rules are checked (see
/// CONTRIBUTING.md), and a group whose labels mostly disagree with its level
/// is a reading to move. Only serialization is offered: the names and shape
/// follow the analyzers and may change with them, so nothing should depend
/// on them but a person reading them.
#[derive(serde::Serialize)]
#[serde(transparent)]
pub struct FactSheet(verdict::Facts);

/// [`analyze`], with the facts its levels were decided from.
pub fn analyze_with_facts(idea: &Idea) -> (Report, FactSheet) {
    // Every analyzer reads sentences, often of the same sections: split each
    // section once for this call only (dropped on return, see `signals`).
    let _sentences = signals::Scope::open(idea);
    let (c_score, c_signals, customer) = customer::analyze(idea);
    let (p_score, p_signals, problem) = problem::analyze(idea);
    let (e_score, e_signals, evidence) = evidence::analyze(idea);
    let (r_score, r_signals, risk) = risk::analyze(idea);
    let scores = Scorecard {
        customer: dimension(Dimension::Customer, c_score, c_signals),
        problem: dimension(Dimension::Problem, p_score, p_signals),
        evidence: dimension(Dimension::Evidence, e_score, e_signals),
        risk: dimension(Dimension::Risk, r_score, r_signals),
    };
    let facts = verdict::Facts {
        customer,
        problem,
        evidence,
        risk,
    };
    let so_what = so_what::test(idea);
    let call = verdict::call(&scores, &so_what);
    let report = Report {
        call,
        reason: verdict::reason(call, &scores, &so_what, &facts),
        improvements: verdict::improvements(&scores, &so_what, &facts),
        gaps: gaps::gaps(idea, &facts, &so_what),
        scores,
        so_what,
        findings: lint::lint_idea(idea),
    };
    (report, FactSheet(facts))
}

/// The author's sentences that stand in for a step the idea has no section
/// for, as the analyzers read them: an untitled paragraph that states the
/// problem, or interviews and commitments told in other sections. Empty
/// when the step has its own section, or nothing stands in for it.
pub(crate) fn borrowed(idea: &Idea, step: crate::model::Step) -> Vec<&str> {
    match step {
        crate::model::Step::Problem => problem::untitled_text(idea),
        crate::model::Step::Evidence => evidence::found_elsewhere(idea),
        _ => Vec::new(),
    }
}

fn dimension(dimension: Dimension, score: u8, signals: Vec<Signal>) -> DimensionScore {
    let level = level_of(score);
    DimensionScore {
        dimension,
        score,
        level,
        reading: reading(dimension, level).to_string(),
        signals,
    }
}

/// A one-line reading of a level, in the rubric's words.
fn reading(dimension: Dimension, level: u8) -> &'static str {
    match (dimension, level) {
        (Dimension::Customer, 1) => "No real customer: everybody, or nobody named.",
        (Dimension::Customer, 2) => "A broad category, not yet a segment.",
        (Dimension::Customer, 3) => "A segment with a real qualifier.",
        (Dimension::Customer, 4) => {
            "A segment with its trigger, and its size or where to reach it."
        }
        (Dimension::Customer, _) => {
            "A sized segment with its trigger, buyer and user, and who it is not for."
        }
        (Dimension::Problem, 1) => {
            "No customer problem: missing, the product's absence, or the company's goal."
        }
        (Dimension::Problem, 2) => "A vague pain with nothing concrete.",
        (Dimension::Problem, 3) => {
            "A concrete pain, not yet measured or without today's workaround."
        }
        (Dimension::Problem, 4) => "A measured pain with today's workaround.",
        (Dimension::Problem, _) => "A measured, urgent pain whose workaround fails.",
        (Dimension::Evidence, 1) => "Belief only.",
        (Dimension::Evidence, 2) => "Compliments, anecdotes or market sizes.",
        (Dimension::Evidence, 3) => "Counted interviews or relevant data.",
        (Dimension::Evidence, 4) => "Quantified behaviour: sign-ups, usage, surveys.",
        (Dimension::Evidence, _) => "Commitments: money, signatures or continued use.",
        (Dimension::Risk, 1) => "A small, reversible bet with risks mitigated.",
        (Dimension::Risk, 2) => "Some risk, named and mitigated.",
        (Dimension::Risk, 3) => "A real unknown or dependency is still open.",
        (Dimension::Risk, 4) => "Several serious risks are open.",
        (Dimension::Risk, _) => "Serious risks, unacknowledged.",
    }
}
