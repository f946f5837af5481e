//! One self-contained HTML page per idea: the verdict with its score
//! picture, then the press release, the FAQ and the PRD.
//!
//! "Self-contained" is literal: the CSS is inlined, the picture is inline
//! SVG, there is no script, font, image or stylesheet to fetch, and a
//! Content-Security-Policy forbids loading anything, so the file can be
//! mailed, archived or opened offline years later and look the same.
//!
//! Safety: the idea is untrusted input. Document Markdown goes through
//! `safe_markdown` (raw HTML becomes text, only http/https/mailto/#
//! links survive, images are dropped) and every other value is escaped by
//! the template engine (`page.html.j2` is auto-escaped).
//!
//! Layout (`templates/page.html.j2`, `templates/page.css`): a table of
//! contents, each document in its own `<article>`, readable on a phone
//! (one fluid column), and print-friendly (`@media print`: no navigation,
//! each document starts on a new page).

mod safe_markdown;

use serde::Serialize;

use super::engine::{self, PAGE_CSS, PAGE_HTML};
use super::{DocKind, Document, svg, verdict};
use crate::analyze::Report;
use crate::model::Idea;

use safe_markdown::TocEntry;

/// Render the page. `documents` is usually [`super::render_all`]'s output;
/// they are shown in reading order (verdict, press release, FAQ, PRD),
/// and the verdict is rendered here if it is missing, so the page always
/// opens with the call.
///
/// ```
/// use backwards_core::{analyze, model, render};
/// let idea = model::parse(b"---\nname: Demo <b>\n---\n# Demo\n\nA tool.\n").unwrap();
/// let report = analyze::analyze(&idea);
/// let html = render::html::render(&idea, &report, &[]);
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("Demo &lt;b&gt;"));
/// ```
pub fn render(idea: &Idea, report: &Report, documents: &[Document]) -> String {
    let view = Page {
        name: idea.name().to_string(),
        call: report.call.id(),
        reason: verdict::without_call(&report.reason, report.call),
        css: PAGE_CSS,
        svg: svg::render(report, idea.name()),
        documents: DocKind::ALL
            .into_iter()
            .filter_map(|kind| document(idea, report, documents, kind))
            .collect(),
    };
    engine::render(PAGE_HTML, &view)
}

/// Everything the page template shows. Fields marked "trusted" are
/// produced by this crate and inserted unescaped (`|safe`); all the rest
/// is escaped by the template engine.
#[derive(Debug, Serialize)]
struct Page {
    name: String,
    call: &'static str,
    reason: String,
    /// Trusted: our own stylesheet.
    css: &'static str,
    /// Trusted: built by [`svg::render`], which escapes the name.
    svg: String,
    documents: Vec<DocView>,
}

/// One document on the page.
#[derive(Debug, Serialize)]
struct DocView {
    /// The `<article>` id and the TOC link target, e.g. `press-release`.
    id: &'static str,
    /// `verdict`, `press_release`, `faq` or `prd` (the template places the
    /// score picture in the verdict).
    kind: DocKind,
    /// Short name for the table of contents ("Press release"): the
    /// document's own title may be a whole headline.
    label: &'static str,
    title: String,
    /// Trusted: built by [`safe_markdown::convert`].
    html: String,
    sections: Vec<TocEntry>,
}

fn document(
    idea: &Idea,
    report: &Report,
    documents: &[Document],
    kind: DocKind,
) -> Option<DocView> {
    let given = documents.iter().find(|d| d.kind == kind);
    let (title, markdown) = match (given, kind) {
        (Some(d), _) => (d.title.clone(), d.markdown.clone()),
        (None, DocKind::Verdict) => (
            format!("Verdict: {}", idea.name()),
            verdict::markdown(idea, report),
        ),
        (None, _) => return None,
    };
    let converted = safe_markdown::convert(&markdown, kind.slug());
    Some(DocView {
        id: kind.slug(),
        kind,
        label: label(kind),
        title: converted.title.unwrap_or(title),
        html: converted.html,
        sections: converted.sections,
    })
}

/// The table-of-contents name of a document.
fn label(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Verdict => "Verdict",
        DocKind::PressRelease => "Press release",
        DocKind::Faq => "FAQ",
        DocKind::Prd => "PRD",
    }
}

#[cfg(test)]
mod tests;
