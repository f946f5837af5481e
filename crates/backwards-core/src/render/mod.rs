//! The document writers: verdict, press release, FAQ and PRD, as Markdown,
//! plus the JSON, HTML and SVG forms.
//!
//! SCAFFOLD: owned by the document-writer work.

use jiff::civil::Date;
use serde::Serialize;

use crate::analyze::Report;
use crate::model::Idea;

mod engine;
pub mod html;
pub mod json;
pub mod svg;
pub mod verdict;

/// Everything a writer may use. The date comes from the caller: the core
/// never reads the clock.
#[derive(Debug, Clone, Copy)]
pub struct RenderContext<'a> {
    /// The parsed idea.
    pub idea: &'a Idea,
    /// Its analysis.
    pub report: &'a Report,
    /// The day the documents are generated (used only when the idea gives no launch date).
    pub generated_on: Date,
}

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// The verdict.
    Verdict,
    /// The press release.
    PressRelease,
    /// The FAQ (external and internal).
    Faq,
    /// The PRD.
    Prd,
}

impl DocKind {
    /// All four, in reading order.
    pub const ALL: [DocKind; 4] = [
        DocKind::Verdict,
        DocKind::PressRelease,
        DocKind::Faq,
        DocKind::Prd,
    ];

    /// File stem used by `backwards write`, e.g. `press-release`.
    pub fn slug(self) -> &'static str {
        match self {
            DocKind::Verdict => "verdict",
            DocKind::PressRelease => "press-release",
            DocKind::Faq => "faq",
            DocKind::Prd => "prd",
        }
    }
}

/// A generated document, in Markdown (the canonical form every other format
/// is derived from).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Which document.
    pub kind: DocKind,
    /// Its title.
    pub title: String,
    /// The Markdown text.
    pub markdown: String,
}

/// Render one document.
pub fn render(cx: &RenderContext<'_>, kind: DocKind) -> Document {
    Document {
        kind,
        title: format!("{} — {:?}", cx.idea.name(), kind),
        markdown: String::new(),
    }
}

/// Render all four documents, in reading order.
pub fn render_all(cx: &RenderContext<'_>) -> Vec<Document> {
    DocKind::ALL.into_iter().map(|k| render(cx, k)).collect()
}
