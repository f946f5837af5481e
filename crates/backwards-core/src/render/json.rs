//! The verdict as JSON: a stable, versioned schema (`docs/schema.md`).
//!
//! The schema is a set of explicit structs, separate from the analysis
//! types in `analyze::report`. That is deliberate: the analysis will keep
//! changing (new fields, renamed internals), and every change there would
//! otherwise silently change what scripts, the web app and CI checks read.
//! Here a field changes only on purpose, and a breaking change bumps
//! [`SCHEMA_VERSION`]. Adding a field is not breaking; consumers must
//! ignore fields they do not know.
//!
//! The structs also derive `Deserialize`, so Rust consumers (the web app,
//! tests) can read the JSON back into the same types.

use serde::{Deserialize, Serialize};

use super::{DocKind, Document, verdict as verdict_doc};
use crate::analyze::{DimensionScore, Finding, Gap, Improvement, Report, Severity, Signal};
use crate::model::Idea;

/// The version of the JSON schema. Bumped only for breaking changes
/// (a field removed, renamed or given a new meaning).
pub const SCHEMA_VERSION: u32 = 1;

/// The top-level JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// Always [`SCHEMA_VERSION`]; check it before reading anything else.
    pub schema_version: u32,
    /// The idea's name (front matter `name`, else its title).
    pub name: String,
    /// `"go"`, `"revise"` or `"stop"`.
    pub verdict: String,
    /// The call in one sentence a person can repeat.
    pub reason: String,
    /// The four dimension scores.
    pub scores: Scores,
    /// The "so what" test.
    pub so_what: SoWhat,
    /// The changes that would raise the verdict most, most valuable first.
    pub improvements: Vec<ImprovementJson>,
    /// Unanswered steps and questions.
    pub gaps: Vec<GapJson>,
    /// Writing-lint findings on the idea file.
    pub findings: Vec<FindingJson>,
    /// Sections whose headings name no step, kept as notes.
    pub notes: Vec<Note>,
    /// The generated documents as Markdown; present only when asked for
    /// (`backwards write`), absent from `backwards verdict`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Documents>,
}

/// The four scores, by dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    /// Customer clarity: higher is better.
    pub customer: DimensionJson,
    /// Problem sharpness: higher is better.
    pub problem: DimensionJson,
    /// Evidence strength: higher is better.
    pub evidence: DimensionJson,
    /// Risk: higher means MORE risk.
    pub risk: DimensionJson,
}

/// One dimension's score and the signals behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionJson {
    /// Human label, e.g. "Customer clarity".
    pub label: String,
    /// 0-100.
    pub score: u8,
    /// 1-5 (0-19 → 1, 20-39 → 2, 40-59 → 3, 60-79 → 4, 80-100 → 5).
    pub level: u8,
    /// True for customer, problem and evidence; false for risk.
    pub higher_is_better: bool,
    /// A one-line reading of the level, in plain words.
    pub reading: String,
    /// The signals that produced the score, strongest first.
    pub signals: Vec<SignalJson>,
}

/// One piece of evidence behind a score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalJson {
    /// Stable kebab-case rule id, e.g. `customer-count`.
    pub rule: String,
    /// Points added to the score (negative: removed). For risk, positive
    /// means more risk.
    pub effect: i16,
    /// The idea's exact words ("" when the signal is an absence).
    pub quote: String,
    /// The step the words are in: `pitch`, `customer`, `problem`,
    /// `solution`, `evidence`, `experience` or `risks`.
    pub step: String,
    /// 1-based line in the idea file; 0 for an absence.
    pub line: usize,
    /// One plain sentence saying what the rule saw.
    pub message: String,
}

/// The "so what" test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SoWhat {
    /// True when the idea states a concrete advantage over today's way.
    pub passes: bool,
    /// One sentence explaining the result.
    pub reading: String,
    /// The words stating the advantage, or null.
    pub quote: Option<SignalJson>,
}

/// A change that would raise the verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImprovementJson {
    /// The dimension it lifts (`customer`, `problem`, `evidence`, `risk`), or null.
    pub dimension: Option<String>,
    /// What to do.
    pub change: String,
    /// Why it matters.
    pub why: String,
}

/// A question the idea leaves open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GapJson {
    /// The step it belongs to (see [`SignalJson::step`]).
    pub step: String,
    /// The open question.
    pub question: String,
}

/// A writing-lint finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingJson {
    /// `hype-word`, `weasel-word`, `hedge`, `long-sentence` or `undefined-acronym`.
    pub rule: String,
    /// `info`, `warning` or `error`.
    pub severity: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
    /// Where, or null.
    pub span: Option<SpanJson>,
}

/// Where a finding points in the idea file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanJson {
    /// The step, or null for a note section.
    pub step: Option<String>,
    /// 1-based line.
    pub line: usize,
    /// Byte offset of the first byte, in the whole file.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// The marked words.
    pub text: String,
}

/// A section whose heading names no step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The heading as written.
    pub heading: String,
    /// 1-based line of the heading.
    pub line: usize,
}

/// The four documents as Markdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Documents {
    /// The verdict.
    pub verdict: String,
    /// The press release.
    pub press_release: String,
    /// The FAQ.
    pub faq: String,
    /// The PRD.
    pub prd: String,
}

/// Build the schema object for a verdict (no documents).
pub fn verdict(idea: &Idea, report: &Report) -> Verdict {
    Verdict {
        schema_version: SCHEMA_VERSION,
        name: idea.name().to_string(),
        verdict: report.call.id().to_string(),
        reason: report.reason.clone(),
        scores: Scores {
            customer: dimension(&report.scores.customer),
            problem: dimension(&report.scores.problem),
            evidence: dimension(&report.scores.evidence),
            risk: dimension(&report.scores.risk),
        },
        so_what: SoWhat {
            passes: report.so_what.passes,
            reading: report.so_what.reading.clone(),
            quote: report.so_what.quote.as_ref().map(signal),
        },
        improvements: report.improvements.iter().map(improvement).collect(),
        gaps: report.gaps.iter().map(gap).collect(),
        findings: report.findings.iter().map(finding).collect(),
        notes: idea
            .notes
            .iter()
            .map(|n| Note {
                heading: n.heading.clone(),
                line: n.heading_line,
            })
            .collect(),
        documents: None,
    }
}

/// Build the schema object with the documents (`backwards write`).
///
/// `documents` is usually [`super::render_all`]'s output (or LLM-polished
/// versions of it). The verdict is rendered here if it is not among them,
/// so the JSON always carries all four; any other missing document is "".
pub fn with_documents(idea: &Idea, report: &Report, documents: &[Document]) -> Verdict {
    let find = |kind: DocKind| {
        documents
            .iter()
            .find(|d| d.kind == kind)
            .map(|d| d.markdown.clone())
    };
    Verdict {
        documents: Some(Documents {
            verdict: find(DocKind::Verdict).unwrap_or_else(|| verdict_doc::markdown(idea, report)),
            press_release: find(DocKind::PressRelease).unwrap_or_default(),
            faq: find(DocKind::Faq).unwrap_or_default(),
            prd: find(DocKind::Prd).unwrap_or_default(),
        }),
        ..verdict(idea, report)
    }
}

/// The verdict as pretty-printed JSON with a final newline: what
/// `backwards verdict --format json` prints.
///
/// ```
/// let idea = backwards_core::model::parse(b"# Demo\n\nA tool.\n").unwrap();
/// let report = backwards_core::analyze::analyze(&idea);
/// let json = backwards_core::render::json::render(&idea, &report);
/// let value: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(value["schema_version"], 1);
/// ```
pub fn render(idea: &Idea, report: &Report) -> String {
    to_string(&verdict(idea, report))
}

/// Pretty-printed JSON of any schema object, with a final newline.
pub fn to_string(value: &Verdict) -> String {
    // Serializing these plain structs (strings, numbers, no maps) cannot
    // fail; the fallback only keeps this function free of panics.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|e| {
        format!("{{\"schema_version\": {SCHEMA_VERSION}, \"error\": \"{e}\"}}")
    });
    text.push('\n');
    text
}

fn dimension(d: &DimensionScore) -> DimensionJson {
    DimensionJson {
        label: d.dimension.label().to_string(),
        score: d.score,
        level: d.level,
        higher_is_better: !d.dimension.higher_is_worse(),
        reading: d.reading.clone(),
        signals: d.signals.iter().map(signal).collect(),
    }
}

fn signal(s: &Signal) -> SignalJson {
    SignalJson {
        rule: s.rule.clone(),
        effect: s.effect,
        quote: s.quote.clone(),
        step: s.step.id().to_string(),
        line: s.line,
        message: s.message.clone(),
    }
}

fn improvement(i: &Improvement) -> ImprovementJson {
    ImprovementJson {
        dimension: i.dimension.map(|d| d.id().to_string()),
        change: i.change.clone(),
        why: i.why.clone(),
    }
}

fn gap(g: &Gap) -> GapJson {
    GapJson {
        step: g.step.id().to_string(),
        question: g.question.clone(),
    }
}

fn finding(f: &Finding) -> FindingJson {
    FindingJson {
        rule: f.rule.clone(),
        severity: match f.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
        .to_string(),
        message: f.message.clone(),
        hint: f.hint.clone(),
        span: f.span.as_ref().map(|s| SpanJson {
            step: s.step.map(|step| step.id().to_string()),
            line: s.line,
            start: s.start,
            end: s.end,
            text: s.text.clone(),
        }),
    }
}
