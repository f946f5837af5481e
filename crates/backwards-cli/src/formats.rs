//! The machine formats `verdict` and `write` produce, in one place.
//!
//! The core owns the formats (`render::json`, `render::html`); this module is
//! the single seam the subcommands call, so the CLI has one place to adapt
//! when those APIs change.
//!
//! INTERIM: until `render::json` and `render::html` land in the core, JSON is
//! the report itself wrapped with `schema_version` and the page is a minimal
//! escaped HTML document. Both are replaced by the core's calls.

use backwards_core::render::{Document, RenderContext};
use serde_json::json;

/// The verdict as versioned JSON, optionally with the documents (for `write`).
pub fn json(cx: &RenderContext<'_>, documents: Option<&[Document]>) -> String {
    let mut value = json!({
        "schema_version": 1,
        "name": cx.idea.name(),
        "verdict": cx.report.call.id(),
        "reason": cx.report.reason,
        "scores": cx.report.scores,
        "so_what": cx.report.so_what,
        "improvements": cx.report.improvements,
        "gaps": cx.report.gaps,
        "findings": cx.report.findings,
    });
    if let (Some(docs), Some(map)) = (documents, value.as_object_mut()) {
        let docs: serde_json::Map<String, serde_json::Value> = docs
            .iter()
            .map(|d| (d.kind.slug().replace('-', "_"), d.markdown.clone().into()))
            .collect();
        map.insert("documents".into(), docs.into());
    }
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// The self-contained HTML page.
pub fn html(cx: &RenderContext<'_>, documents: &[Document]) -> String {
    let mut page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>\n",
        escape(cx.idea.name())
    );
    for doc in documents {
        page.push_str(&format!("<pre>{}</pre>\n", escape(&doc.markdown)));
    }
    page.push_str("</body></html>\n");
    page
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
