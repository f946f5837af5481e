//! Downloads: the idea file, each document as Markdown, the core's
//! self-contained HTML page, its JSON verdict, and the printable PDF and
//! DOCX of all four documents.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use backwards_core::render::DocKind;
use backwards_store::IdeaId;
use serde::Deserialize;

use super::results::ResultsQuery;
use super::service::{self, Loaded};
use crate::auth::Ctx;
use crate::error::AppError;
use crate::export::{self, Printable};
use crate::state::AppState;

/// Every downloadable file: (URL name, link label). The PDF link exists only
/// in builds with the typesetter (the default `pdf` feature).
#[cfg(feature = "pdf")]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("idea.md", "Idea file (.md)"),
    ("verdict.md", "Verdict (.md)"),
    ("press-release.md", "Press release (.md)"),
    ("faq.md", "FAQ (.md)"),
    ("prd.md", "PRD (.md)"),
    ("backwards.html", "Everything, one page (.html)"),
    ("verdict.json", "Verdict and documents (.json)"),
    ("backwards.pdf", "Everything, for print (.pdf)"),
    ("backwards.docx", "Everything, for Word (.docx)"),
];

/// Every downloadable file in a build without the typesetter: no PDF.
#[cfg(not(feature = "pdf"))]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("idea.md", "Idea file (.md)"),
    ("verdict.md", "Verdict (.md)"),
    ("press-release.md", "Press release (.md)"),
    ("faq.md", "FAQ (.md)"),
    ("prd.md", "PRD (.md)"),
    ("backwards.html", "Everything, one page (.html)"),
    ("verdict.json", "Verdict and documents (.json)"),
    ("backwards.docx", "Everything, for Word (.docx)"),
];

/// The media type of every Markdown download.
const MARKDOWN: &str = "text/markdown; charset=utf-8";
/// The registered media type of a Word document.
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// `/w/{ws}/ideas/{id}/download/{file}`.
#[derive(Debug, Deserialize)]
pub(crate) struct FilePath {
    id: i64,
    file: String,
}

/// `GET …/download/{file}?v=N`.
pub(crate) async fn file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<FilePath>,
    Query(query): Query<ResultsQuery>,
) -> Result<Response, AppError> {
    let loaded = service::load(&state, ctx.ws, IdeaId(path.id), query.v).await?;
    if loaded.version.is_none() {
        return Err(AppError::NotFound);
    }
    // The PDF is typeset on the spot, which is CPU work: keep it off the
    // async workers (the text formats are cheap enough to ride along).
    tokio::task::spawn_blocking(move || render(&loaded, &path.file))
        .await
        .map_err(|e| AppError::Internal(format!("download task: {e}")))?
}

/// Builds one download; `NotFound` for an unknown name.
pub(crate) fn render(loaded: &Loaded, file: &str) -> Result<Response, AppError> {
    let a = &loaded.analysis;
    let doc = |kind: DocKind| {
        a.document(kind)
            .map(|d| d.markdown.clone())
            .unwrap_or_default()
    };
    let printable = |format| export::render(a, loaded.number(), format);
    let (body, content_type): (Vec<u8>, _) = match file {
        "idea.md" => (a.markdown.clone().into(), MARKDOWN),
        "verdict.md" => (doc(DocKind::Verdict).into(), MARKDOWN),
        "press-release.md" => (doc(DocKind::PressRelease).into(), MARKDOWN),
        "faq.md" => (doc(DocKind::Faq).into(), MARKDOWN),
        "prd.md" => (doc(DocKind::Prd).into(), MARKDOWN),
        "backwards.html" => (a.html_page().into(), "text/html; charset=utf-8"),
        "verdict.json" => (a.json().into(), "application/json"),
        "backwards.pdf" => (printable(Printable::Pdf)?, "application/pdf"),
        "backwards.docx" => (printable(Printable::Docx)?, DOCX),
        _ => return Err(AppError::NotFound),
    };
    let filename = format!("{}-v{}-{file}", slug(a.idea.name()), loaded.number());
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// A file-name-safe form of the idea's name: ASCII letters and digits,
/// dashes between words (so no quote or path separator reaches the header).
fn slug(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let slug = words.join("-");
    if slug.is_empty() {
        "idea".to_string()
    } else {
        slug.chars().take(60).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_header_safe() {
        assert_eq!(slug("Kiln \"Share\"/../x"), "kiln-share-x");
        assert_eq!(slug("日本"), "idea");
    }
}
