//! What the analysis produces: the [`Report`] behind the verdict.
//!
//! Everything here is plain data with a stable JSON shape (see
//! `render::json` for the versioned schema). Findings are data, not errors:
//! a vague customer is an answer the tool gives, not a failure.

use serde::Serialize;

use crate::model::Step;

/// The four dimensions of the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Customer clarity: higher is better.
    Customer,
    /// Problem sharpness: higher is better.
    Problem,
    /// Evidence strength: higher is better.
    Evidence,
    /// Risk: higher is MORE risk (worse).
    Risk,
}

impl Dimension {
    /// All four, in report order.
    pub const ALL: [Dimension; 4] = [
        Dimension::Customer,
        Dimension::Problem,
        Dimension::Evidence,
        Dimension::Risk,
    ];

    /// Human label, e.g. "Customer clarity".
    pub fn label(self) -> &'static str {
        match self {
            Dimension::Customer => "Customer clarity",
            Dimension::Problem => "Problem sharpness",
            Dimension::Evidence => "Evidence strength",
            Dimension::Risk => "Risk",
        }
    }

    /// The JSON key, e.g. "customer".
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Customer => "customer",
            Dimension::Problem => "problem",
            Dimension::Evidence => "evidence",
            Dimension::Risk => "risk",
        }
    }

    /// True for risk, where a higher score is worse.
    pub fn higher_is_worse(self) -> bool {
        self == Dimension::Risk
    }
}

/// Map a 0-100 score to the rubric's level 1-5.
pub fn level_of(score: u8) -> u8 {
    (score.min(100) / 20 + 1).min(5)
}

/// One piece of evidence behind a score: which rule fired, how much it moved
/// the score, and the author's exact words with their place in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signal {
    /// Stable kebab-case rule id, e.g. `customer-count`.
    pub rule: String,
    /// Points this signal added to (or, negative, removed from) the score.
    /// For risk, positive means more risk.
    pub effect: i16,
    /// The quoted words of the idea ("" for an absence, such as a missing section).
    pub quote: String,
    /// The section the words are in.
    pub step: Step,
    /// 1-based line in the idea file (0 when the signal is an absence).
    pub line: usize,
    /// One plain sentence saying what the rule saw.
    pub message: String,
}

impl Signal {
    /// True when the signal counts against the idea (lowers a good dimension
    /// or raises risk): "where it breaks" rather than "where it holds".
    pub fn breaks(&self, dimension: Dimension) -> bool {
        if dimension.higher_is_worse() {
            self.effect > 0
        } else {
            self.effect < 0
        }
    }
}

/// The score of one dimension and the signals that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DimensionScore {
    /// Which dimension.
    pub dimension: Dimension,
    /// 0-100.
    pub score: u8,
    /// 1-5, from the score (see [`level_of`]).
    pub level: u8,
    /// A one-line reading of the level, in plain words.
    pub reading: String,
    /// The signals, strongest first.
    pub signals: Vec<Signal>,
}

/// The four dimension scores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scorecard {
    /// Customer clarity.
    pub customer: DimensionScore,
    /// Problem sharpness.
    pub problem: DimensionScore,
    /// Evidence strength.
    pub evidence: DimensionScore,
    /// Risk (higher = riskier).
    pub risk: DimensionScore,
}

impl Scorecard {
    /// The score of one dimension.
    pub fn get(&self, dimension: Dimension) -> &DimensionScore {
        match dimension {
            Dimension::Customer => &self.customer,
            Dimension::Problem => &self.problem,
            Dimension::Evidence => &self.evidence,
            Dimension::Risk => &self.risk,
        }
    }

    /// The four scores in report order.
    pub fn all(&self) -> [&DimensionScore; 4] {
        [&self.customer, &self.problem, &self.evidence, &self.risk]
    }
}

/// The overall call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Call {
    /// Build it: every bar of the rubric is met.
    Go,
    /// Change the inputs and write it again.
    Revise,
    /// No customer, no customer problem, or unacknowledged serious risk.
    Stop,
}

impl Call {
    /// "go", "revise" or "stop".
    pub fn id(self) -> &'static str {
        match self {
            Call::Go => "go",
            Call::Revise => "revise",
            Call::Stop => "stop",
        }
    }
}

/// The "so what" test: is the solution meaningfully better, faster, easier
/// or cheaper than what customers do today, and by how much?
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SoWhat {
    /// True when the idea states a concrete advantage over today's way.
    pub passes: bool,
    /// One plain sentence explaining the result.
    pub reading: String,
    /// The words that state the advantage, if any.
    pub quote: Option<Signal>,
}

/// A change that would raise the verdict, most valuable first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Improvement {
    /// The dimension it lifts, if it is about one.
    pub dimension: Option<Dimension>,
    /// What to do, in plain words ("Name how many clinics there are").
    pub change: String,
    /// Why it matters for the verdict.
    pub why: String,
}

/// A step the idea leaves unanswered: shown in the verdict and turned into
/// "Not answered yet" items in the FAQ and open questions in the PRD.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    /// The step it belongs to.
    pub step: Step,
    /// The question left open.
    pub question: String,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Worth fixing.
    Warning,
    /// Must fix.
    Error,
}

/// Where a finding points: a byte range of a text plus its line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// The idea section, when the text is the idea file.
    pub step: Option<Step>,
    /// 1-based line.
    pub line: usize,
    /// Byte offset of the start, in the whole text (the idea file or the document).
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// The marked words.
    pub text: String,
}

/// A lint or structural finding: data, never an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable kebab-case rule id, e.g. `weasel-word`.
    pub rule: String,
    /// How serious.
    pub severity: Severity,
    /// Where, if it points at words.
    pub span: Option<Span>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// Everything the analysis found about one idea.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// go / revise / stop.
    pub call: Call,
    /// One sentence a person can repeat.
    pub reason: String,
    /// The four scores.
    pub scores: Scorecard,
    /// The "so what" test.
    pub so_what: SoWhat,
    /// The few changes that would raise the verdict most, most valuable first.
    pub improvements: Vec<Improvement>,
    /// Unanswered steps and questions.
    pub gaps: Vec<Gap>,
    /// Writing-lint and structural findings on the idea.
    pub findings: Vec<Finding>,
}
