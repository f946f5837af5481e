//! The analysis of one wizard step: only what coaching on that step reads.
//!
//! Live coaching runs on every pause in typing. The full [`analyze`]
//! (`super::analyze`) scores all four dimensions, runs the "so what" test,
//! makes the call, ranks the improvements, lists every gap and lints every
//! section, although the coaching panel shows one step. Here each step runs
//! only the analyzers its coaching needs:
//!
//! | step       | runs                                   |
//! |------------|----------------------------------------|
//! | Pitch      | nothing but the missing-step gap        |
//! | Customer   | the customer analyzer                   |
//! | Problem    | the problem analyzer                    |
//! | Solution   | the "so what" test                      |
//! | Experience | the risk analyzer (is a price named?)   |
//! | Evidence   | the evidence analyzer                   |
//! | Risks      | the risk analyzer                       |
//!
//! plus the lint of that step's section. The pieces are the very functions
//! the full analysis calls, so the scores, gaps and findings are the same;
//! only the "next change" differs by design: the full report keeps the few
//! changes that raise the *verdict* most (a dimension can be ranked out),
//! while a step always gets the next change for *its* dimension, which is
//! what the person typing that answer can act on.

use serde::Serialize;

use super::report::{DimensionScore, Finding, Gap, Improvement, SoWhat};
use super::verdict::Facts;
use super::{Dimension, customer, evidence, gaps, lint, problem, risk, signals, so_what, verdict};
use crate::model::{Idea, Step};

/// What the analysis says about one step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepReport {
    /// The step analyzed.
    pub step: Step,
    /// The score of the dimension the step feeds, if it feeds one.
    pub score: Option<DimensionScore>,
    /// The next change for that dimension; `None` at its best level.
    pub improvement: Option<Improvement>,
    /// The "so what" test, only for the Solution step (the only step whose
    /// coaching quotes it).
    pub so_what: Option<SoWhat>,
    /// The step's open questions, in the full report's order.
    pub gaps: Vec<Gap>,
    /// The lint findings inside the step's section, in reading order.
    pub findings: Vec<Finding>,
}

/// Analyze only what coaching on `step` needs (see the module docs).
pub fn for_step(idea: &Idea, step: Step) -> StepReport {
    // The analyzers read sentences through the per-call split cache, as in
    // the full analysis.
    let _sentences = signals::Scope::open(idea);
    let mut facts = Facts {
        customer: Default::default(),
        problem: Default::default(),
        evidence: Default::default(),
        risk: Default::default(),
    };
    let scored = match step {
        Step::Customer => {
            let (score, signals, f) = customer::analyze(idea);
            facts.customer = f;
            Some((Dimension::Customer, score, signals))
        }
        Step::Problem => {
            let (score, signals, f) = problem::analyze(idea);
            facts.problem = f;
            Some((Dimension::Problem, score, signals))
        }
        Step::Evidence => {
            let (score, signals, f) = evidence::analyze(idea);
            facts.evidence = f;
            Some((Dimension::Evidence, score, signals))
        }
        Step::Risks => {
            let (score, signals, f) = risk::analyze(idea);
            facts.risk = f;
            Some((Dimension::Risk, score, signals))
        }
        Step::Experience => {
            // The Experience step's "who pays?" gap reads the risk facts.
            facts.risk = risk::analyze(idea).2;
            None
        }
        Step::Pitch | Step::Solution => None,
    };
    let so_what = (step == Step::Solution).then(|| so_what::test(idea));
    let score = scored.map(|(d, score, signals)| super::dimension(d, score, signals));
    let improvement = score
        .as_ref()
        .and_then(|s| verdict::improvement(s.dimension, s.level, &facts));
    // Gaps of other steps read facts this step did not compute: dropped.
    let failing = SoWhat {
        passes: false,
        reading: String::new(),
        quote: None,
    };
    let gaps = gaps::gaps(idea, &facts, so_what.as_ref().unwrap_or(&failing))
        .into_iter()
        .filter(|g| g.step == step)
        .collect();
    StepReport {
        step,
        score,
        improvement,
        so_what,
        gaps,
        findings: lint::lint_step(idea, step),
    }
}
