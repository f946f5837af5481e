//! The ideas list, new ideas and uploads.

use axum::Form;
use axum::extract::{Multipart, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::service::{self, page_context};
use crate::auth::{Ctx, signed_in};
use crate::csrf;
use crate::error::AppError;
use crate::state::{AppState, Mode};

/// `GET /`: the local workspace, or (team mode) the workspace list or the
/// sign-in form.
pub(crate) async fn root(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    match (state.mode, state.local) {
        (Mode::Local, Some(ws)) => Ok(Redirect::to(&format!("/w/{ws}")).into_response()),
        _ => match signed_in(&headers, &state).await? {
            Some(_) => Ok(Redirect::to("/workspaces").into_response()),
            None => Ok(Redirect::to("/login").into_response()),
        },
    }
}

/// `GET /w/{ws}`: the ideas with their latest call and scores.
pub(crate) async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, AppError> {
    let workspace = state.store.workspace(ctx.ws).await?;
    let ideas: Vec<serde_json::Value> = state
        .store
        .ideas(ctx.ws)
        .await?
        .into_iter()
        .map(|l| {
            let s = l.latest.as_ref().map(|v| v.scores);
            serde_json::json!({
                "id": l.idea.id.0,
                "title": l.idea.title,
                "versions": l.idea.version_count,
                "call": l.latest.as_ref().map(|v| v.call.clone()),
                "customer": s.map(|s| s.customer),
                "problem": s.map(|s| s.problem),
                "evidence": s.map(|s| s.evidence),
                "risk": s.map(|s| s.risk),
            })
        })
        .collect();
    let name = ctx.team.then_some(workspace.name);
    let view = page_context(
        &ctx,
        serde_json::json!({ "ideas": ideas, "workspace": name }),
    );
    Ok(Html(state.views.render("home.html", &view)?))
}

/// The new-idea form.
#[derive(Debug, Deserialize)]
pub(crate) struct NewIdea {
    title: String,
}

/// `POST /w/{ws}/ideas`: creates an idea and opens the wizard on it.
pub(crate) async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<NewIdea>,
) -> Result<Redirect, AppError> {
    ctx.require_editor()?;
    let (idea, _) = service::create(&state, ctx.ws, &form.title, None, "").await?;
    Ok(Redirect::to(&format!(
        "{}/ideas/{}/steps/pitch",
        ctx.base(),
        idea.id
    )))
}

/// `POST /w/{ws}/ideas/upload` (multipart: `csrf`, `file`): imports an
/// idea file as a new idea with one version, then shows its verdict.
pub(crate) async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    mut multipart: Multipart,
) -> Result<Redirect, AppError> {
    ctx.require_editor()?;
    let mut token = None;
    let mut file = None;
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        let name = field.name().unwrap_or_default().to_string();
        let bytes = field.bytes().await.map_err(multipart_error)?;
        match name.as_str() {
            "csrf" => token = Some(String::from_utf8_lossy(&bytes).into_owned()),
            "file" => file = Some(bytes),
            _ => {}
        }
    }
    // The CSRF middleware leaves multipart bodies to us.
    if !token.is_some_and(|t| !ctx.csrf.is_empty() && csrf::same(&t, &ctx.csrf)) {
        return Err(AppError::Csrf);
    }
    let bytes = file.ok_or_else(|| AppError::BadRequest("choose a .md file to upload".into()))?;
    let idea = backwards_core::model::parse(&bytes).map_err(service::unreadable)?;
    let (created, _) = service::create(
        &state,
        ctx.ws,
        "",
        Some(&idea.source),
        "Uploaded an idea file",
    )
    .await?;
    Ok(Redirect::to(&format!(
        "{}/ideas/{}",
        ctx.base(),
        created.id
    )))
}

/// A multipart failure: over the body limit (413) or malformed (422).
fn multipart_error(err: axum::extract::multipart::MultipartError) -> AppError {
    if err.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        AppError::TooLarge
    } else {
        AppError::BadRequest("the upload is malformed".into())
    }
}
