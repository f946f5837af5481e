//! Downloads: the idea file, each document as Markdown, the core's
//! self-contained HTML page and its JSON verdict.

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
use crate::state::AppState;

/// Every downloadable file: (URL name, link label).
pub(crate) const FILES: &[(&str, &str)] = &[
    ("idea.md", "Idea file (.md)"),
    ("verdict.md", "Verdict (.md)"),
    ("press-release.md", "Press release (.md)"),
    ("faq.md", "FAQ (.md)"),
    ("prd.md", "PRD (.md)"),
    ("backwards.html", "Everything, one page (.html)"),
    ("verdict.json", "Verdict and documents (.json)"),
];

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
    render(&loaded, &path.file)
}

/// Builds one download; `NotFound` for an unknown name.
pub(crate) fn render(loaded: &Loaded, file: &str) -> Result<Response, AppError> {
    let a = &loaded.analysis;
    let doc = |kind: DocKind| {
        a.document(kind)
            .map(|d| d.markdown.clone())
            .unwrap_or_default()
    };
    let (body, content_type) = match file {
        "idea.md" => (a.markdown.clone(), "text/markdown; charset=utf-8"),
        "verdict.md" => (doc(DocKind::Verdict), "text/markdown; charset=utf-8"),
        "press-release.md" => (doc(DocKind::PressRelease), "text/markdown; charset=utf-8"),
        "faq.md" => (doc(DocKind::Faq), "text/markdown; charset=utf-8"),
        "prd.md" => (doc(DocKind::Prd), "text/markdown; charset=utf-8"),
        "backwards.html" => (a.html_page(), "text/html; charset=utf-8"),
        "verdict.json" => (a.json(), "application/json"),
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
