//! Read-only share links (team mode): an unguessable URL that shows one
//! idea's verdict and documents to anyone holding it, until revoked.
//!
//! Only the link's SHA-256 is stored, so the URL is shown once, at
//! creation. A revoked link, or one of a deleted idea, answers 404 exactly
//! like a link that never existed.

use axum::extract::{Path, Query, State};
use axum::response::{Html, Redirect};
use backwards_store::{IdeaId, ShareLinkId, TokenHash};
use serde::Deserialize;
use serde_json::json;

use super::results::{self, IdeaPath, ResultsQuery};
use super::service;
use crate::auth::{Ctx, random_token};
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::state::{AppState, now_ms};

/// `POST /w/{ws}/ideas/{id}/share`: creates a link and shows it once.
pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<IdeaPath>,
) -> Result<Html<String>, AppError> {
    if !ctx.team {
        return Err(AppError::NotFound);
    }
    ctx.require_editor()?;
    let id = IdeaId(path.id);
    let token = random_token();
    state
        .store
        .create_share_link(ctx.ws, id, &TokenHash::of(&token), now_ms())
        .await?;
    results::render_page(&state, &ctx, id, &ResultsQuery::default(), Some(token)).await
}

/// `/w/{ws}/ideas/{id}/share/{link}/revoke`.
#[derive(Debug, Deserialize)]
pub(crate) struct LinkPath {
    id: i64,
    link: i64,
}

/// `POST …/share/{link}/revoke`.
pub(crate) async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<LinkPath>,
) -> Result<Redirect, AppError> {
    ctx.require_editor()?;
    state
        .store
        .revoke_share_link(ctx.ws, ShareLinkId(path.link), now_ms())
        .await?;
    Ok(Redirect::to(&format!("{}/ideas/{}", ctx.base(), path.id)))
}

/// `GET /s/{token}`: the shared, read-only results page.
pub(crate) async fn page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<ResultsQuery>,
    axum::Extension(csrf): axum::Extension<CsrfToken>,
) -> Result<Html<String>, AppError> {
    let link = state
        .store
        .share_link_by_hash(&TokenHash::of(&token))
        .await?;
    // Only the newest version: a share link shows the idea as it is now,
    // not its history.
    let query = ResultsQuery {
        tab: query.tab,
        v: None,
    };
    let loaded = service::load(&state, link.workspace_id, link.idea_id, None).await?;
    let mut view = results::view(&loaded, &query, &format!("/s/{token}"), &[]);
    if let Some(map) = view.as_object_mut() {
        map.insert("shared".into(), json!(true));
        map.insert("csrf".into(), json!(csrf.0));
        map.insert("team".into(), json!(false));
    }
    Ok(Html(state.views.render("results.html", &view)?))
}
