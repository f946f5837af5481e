//! The machine formats `verdict` and `write` produce, in one place.
//!
//! The core owns the formats (`render::json`, `render::html`); this module is
//! the single seam the subcommands call, so the CLI has one place to adapt
//! when those APIs change.

use backwards_core::render::{Document, RenderContext, html, json};

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
