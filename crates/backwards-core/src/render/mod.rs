//! The document writers: verdict, press release, FAQ and PRD, as Markdown,
//! plus the JSON, HTML and SVG forms.

use jiff::civil::Date;
use serde::Serialize;

use self::draft::Draft;
use crate::analyze::Report;
use crate::model::Idea;

mod draft;
mod facts;
mod faq;
mod fragment;
mod hype;
mod milestones;
mod pick;
mod prd;
mod press_release;
mod templates;

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
///
/// Writing never fails on any idea: a template error (a bug, caught by the
/// template tests) becomes a short document that says so instead of a panic.
pub fn render(cx: &RenderContext<'_>, kind: DocKind) -> Document {
    write(&Draft::new(cx), kind)
}

/// Render all four documents, in reading order.
///
/// One [`Draft`] serves all four, so the sentences, the shared facts and the
/// FAQ's answers (which the PRD reuses) are each picked once.
pub fn render_all(cx: &RenderContext<'_>) -> Vec<Document> {
    let draft = Draft::new(cx);
    DocKind::ALL.into_iter().map(|k| write(&draft, k)).collect()
}

/// Render one document from a draft that may already hold shared picks.
fn write(draft: &Draft<'_>, kind: DocKind) -> Document {
    let cx = &draft.cx;
    let (title, markdown) = match kind {
        DocKind::Verdict => return verdict::render(cx),
        DocKind::PressRelease => (
            format!("Press release: {}", cx.idea.name()),
            press_release::render(draft),
        ),
        DocKind::Faq => (format!("FAQ: {}", cx.idea.name()), faq::render(draft)),
        DocKind::Prd => (format!("PRD: {}", cx.idea.name()), prd::render(draft)),
    };
    let markdown = markdown
        .unwrap_or_else(|e| format!("# {title}\n\nThis document could not be written: {e}\n"));
    Document {
        kind,
        title,
        markdown,
    }
}

/// The words the document format itself uses: every template, the
/// milestone plan and the requirement IDs.
///
/// The grounding check accepts these as structure ("Vision", "FAQ", "R3")
/// rather than as names the idea must contain. The verdict is not covered:
/// its scores and line numbers are the analysis, not claims about the world.
pub fn vocabulary() -> Vec<String> {
    templates::sources()
        .chain(milestones::vocabulary())
        .map(str::to_string)
        .chain((1..=prd::MAX_REQUIREMENTS).map(|i| format!("R{i}")))
        .collect()
}
