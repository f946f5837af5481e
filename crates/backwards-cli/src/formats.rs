//! The machine formats `verdict` and `write` produce, in one place.
//!
//! The core owns the formats (`render::json`, `render::html`); this module is
//! the single seam the subcommands call, so the CLI has one place to adapt
//! when those APIs change.

use anyhow::{Context, Result};
use backwards_core::render::{DocKind, Document, RenderContext, html, json, svg};

/// The verdict as versioned JSON, with the documents when given (`write`).
pub fn json(cx: &RenderContext<'_>, documents: Option<&[Document]>) -> String {
    match documents {
        Some(docs) => json::to_string(&json::with_documents(cx.idea, cx.report, docs)),
        None => json::render(cx.idea, cx.report),
    }
}

/// The self-contained HTML page: verdict, inline SVG and the three documents.
pub fn html(cx: &RenderContext<'_>, documents: &[Document]) -> String {
    html::render(cx.idea, cx.report, documents)
}

/// The printable PDF: verdict with the scores picture, press release on its
/// own page, FAQ and PRD. Built in memory, so a failure writes nothing.
#[cfg(feature = "pdf")]
pub fn pdf(cx: &RenderContext<'_>, documents: &[Document]) -> Result<Vec<u8>> {
    let svg = svg::render(cx.report, cx.idea.name());
    let date = cx.generated_on.to_string();
    let input = export_input(cx, documents, &svg, &date);
    backwards_export::pdf(&input).context("making the PDF")
}

/// Without the `pdf` feature the binary has no typesetter: say how to get one.
#[cfg(not(feature = "pdf"))]
pub fn pdf(_cx: &RenderContext<'_>, _documents: &[Document]) -> Result<Vec<u8>> {
    anyhow::bail!("this build has no PDF support; rebuild with the default `pdf` feature")
}

/// The DOCX, with real Word styles.
pub fn docx(cx: &RenderContext<'_>, documents: &[Document]) -> Result<Vec<u8>> {
    let svg = svg::render(cx.report, cx.idea.name());
    let date = cx.generated_on.to_string();
    let input = export_input(cx, documents, &svg, &date);
    backwards_export::docx(&input).context("making the DOCX")
}

/// Map the four documents onto the exporter's input. The version comes from
/// a `version:` front-matter key when the author keeps one, else "draft".
fn export_input<'a>(
    cx: &'a RenderContext<'_>,
    documents: &'a [Document],
    svg: &'a str,
    date: &'a str,
) -> backwards_export::ExportInput<'a> {
    let markdown = |kind: DocKind| {
        documents
            .iter()
            .find(|d| d.kind == kind)
            .map_or("", |d| d.markdown.as_str())
    };
    backwards_export::ExportInput {
        idea_name: cx.idea.name(),
        version: cx
            .idea
            .front
            .extra
            .get("version")
            .map_or("draft", String::as_str),
        date,
        scores_svg: Some(svg),
        verdict_md: markdown(DocKind::Verdict),
        press_release_md: markdown(DocKind::PressRelease),
        faq_md: markdown(DocKind::Faq),
        prd_md: markdown(DocKind::Prd),
    }
}
