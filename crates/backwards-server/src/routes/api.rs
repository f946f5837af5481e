//! The JSON API under `/api/v1`: ideas, versions, verdicts, documents and
//! coaching, through the same service functions as the pages. Errors are
//! `{"error": "…"}` with the page's status codes (401 instead of a
//! redirect to the sign-in form).

use axum::Json;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use backwards_store::{Idea, IdeaId, VersionSummary};
use serde::Deserialize;
use serde_json::{Value, json};

use super::results::ResultsQuery;
use super::service;
use super::wizard::{StepForm, coaching};
use crate::analysis::kind_of;
use crate::auth::{Ctx, signed_in};
use crate::error::{ApiError, AppError};
use crate::state::{AppState, Mode};
use crate::steps;

/// [`Ctx`] with a JSON rejection.
pub(crate) struct ApiCtx(Ctx);

impl FromRequestParts<AppState> for ApiCtx {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Ok(ApiCtx(Ctx::from_request_parts(parts, state).await?))
    }
}

type ApiResult = Result<Json<Value>, ApiError>;

fn summary(v: &VersionSummary) -> Value {
    json!({
        "number": v.number,
        "call": v.call,
        "note": v.note,
        "created_at_ms": v.created_at_ms,
        "scores": {
            "customer": v.scores.customer, "problem": v.scores.problem,
            "evidence": v.scores.evidence, "risk": v.scores.risk,
        },
    })
}

fn idea_json(idea: &Idea, latest: Option<&VersionSummary>) -> Value {
    json!({
        "id": idea.id.0,
        "title": idea.title,
        "version_count": idea.version_count,
        "created_at_ms": idea.created_at_ms,
        "updated_at_ms": idea.updated_at_ms,
        "latest": latest.map(summary),
    })
}

/// `GET /api/v1/workspaces`: the workspaces the caller can use.
pub(crate) async fn workspaces(State(state): State<AppState>, headers: HeaderMap) -> ApiResult {
    if let (Mode::Local, Some(ws)) = (state.mode, state.local) {
        return Ok(Json(
            json!([{ "id": ws.0, "name": "Local", "role": "owner" }]),
        ));
    }
    let user = signed_in(&headers, &state)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let list: Vec<Value> = state
        .store
        .memberships(user)
        .await?
        .into_iter()
        .map(|m| json!({ "id": m.workspace.id.0, "name": m.workspace.name, "role": m.role.as_str() }))
        .collect();
    Ok(Json(Value::Array(list)))
}

/// `GET /api/v1/w/{ws}/ideas`.
pub(crate) async fn list(State(state): State<AppState>, ApiCtx(ctx): ApiCtx) -> ApiResult {
    let ideas: Vec<Value> = state
        .store
        .ideas(ctx.ws)
        .await?
        .iter()
        .map(|l| idea_json(&l.idea, l.latest.as_ref()))
        .collect();
    Ok(Json(Value::Array(ideas)))
}

/// `POST /api/v1/w/{ws}/ideas` body.
#[derive(Debug, Deserialize)]
pub(crate) struct NewIdea {
    #[serde(default)]
    title: String,
    markdown: Option<String>,
}

/// `POST /api/v1/w/{ws}/ideas`: creates an idea, with a first version when
/// `markdown` is given.
pub(crate) async fn create(
    State(state): State<AppState>,
    ApiCtx(ctx): ApiCtx,
    Json(body): Json<NewIdea>,
) -> Result<(axum::http::StatusCode, Json<Value>), ApiError> {
    ctx.require_editor()?;
    let (idea, version) = service::create(
        &state,
        ctx.ws,
        &body.title,
        body.markdown.as_deref(),
        "Created through the API",
    )
    .await?;
    let idea = state.store.idea(ctx.ws, idea.id).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(idea_json(&idea, version.as_ref().map(|v| &v.summary))),
    ))
}

/// `/api/v1/w/{ws}/ideas/{id}…`.
#[derive(Debug, Deserialize)]
pub(crate) struct IdPath {
    id: i64,
}

/// `GET /api/v1/w/{ws}/ideas/{id}`.
pub(crate) async fn idea(
    State(state): State<AppState>,
    ApiCtx(ctx): ApiCtx,
    Path(p): Path<IdPath>,
) -> ApiResult {
    let id = IdeaId(p.id);
    let idea = state.store.idea(ctx.ws, id).await?;
    let versions = state.store.versions(ctx.ws, id).await?;
    Ok(Json(idea_json(&idea, versions.last())))
}

/// `GET /api/v1/w/{ws}/ideas/{id}/versions`: oldest first.
pub(crate) async fn versions(
    State(state): State<AppState>,
    ApiCtx(ctx): ApiCtx,
    Path(p): Path<IdPath>,
) -> ApiResult {
    let versions = state.store.versions(ctx.ws, IdeaId(p.id)).await?;
    Ok(Json(Value::Array(versions.iter().map(summary).collect())))
}

/// `POST /api/v1/w/{ws}/ideas/{id}/versions` body.
#[derive(Debug, Deserialize)]
pub(crate) struct NewVersion {
    markdown: String,
    #[serde(default)]
    note: String,
}

/// `POST /api/v1/w/{ws}/ideas/{id}/versions`: saves a new version. The
/// 201 is sent only after the store committed it.
pub(crate) async fn save(
    State(state): State<AppState>,
    ApiCtx(ctx): ApiCtx,
    Path(p): Path<IdPath>,
    Json(body): Json<NewVersion>,
) -> Result<(axum::http::StatusCode, Json<Value>), ApiError> {
    ctx.require_editor()?;
    let version = service::save(&state, ctx.ws, IdeaId(p.id), &body.markdown, &body.note).await?;
    Ok((
        axum::http::StatusCode::CREATED,
        Json(summary(&version.summary)),
    ))
}

/// `/api/v1/w/{ws}/ideas/{id}/versions/{number}`.
#[derive(Debug, Deserialize)]
pub(crate) struct VersionPath {
    id: i64,
    number: i64,
}

/// `GET …/versions/{number}`: the version with its idea file and verdict.
pub(crate) async fn version(
    State(state): State<AppState>,
    ApiCtx(ctx): ApiCtx,
    Path(p): Path<VersionPath>,
) -> ApiResult {
    let loaded = service::load(&state, ctx.ws, IdeaId(p.id), Some(p.number)).await?;
    let v = loaded.version.as_ref().ok_or(AppError::NotFound)?;
    let verdict: Value =
        serde_json::from_str(&loaded.analysis.verdict_json()).unwrap_or(Value::Null);
    Ok(Json(
        json!({ "version": summary(&v.summary), "markdown": v.markdown, "verdict": verdict }),
    ))
}

/// `GET …/verdict?v=N`: the core's JSON verdict, with the four documents.
pub(crate) async fn verdict(
    State(state): State<AppState>,
    ApiCtx(ctx): ApiCtx,
    Path(p): Path<IdPath>,
    Query(q): Query<ResultsQuery>,
) -> ApiResult {
    let loaded = service::load(&state, ctx.ws, IdeaId(p.id), q.v).await?;
    let verdict: Value = serde_json::from_str(&loaded.analysis.json()).unwrap_or(Value::Null);
    Ok(Json(verdict))
}

/// `/api/v1/w/{ws}/ideas/{id}/documents/{kind}`.
#[derive(Debug, Deserialize)]
pub(crate) struct DocPath {
    id: i64,
    kind: String,
}

/// `GET …/documents/{kind}?v=N`: one document as Markdown.
pub(crate) async fn document(
    State(state): State<AppState>,
    ApiCtx(ctx): ApiCtx,
    Path(p): Path<DocPath>,
    Query(q): Query<ResultsQuery>,
) -> ApiResult {
    let kind = kind_of(&p.kind).ok_or(AppError::NotFound)?;
    let loaded = service::load(&state, ctx.ws, IdeaId(p.id), q.v).await?;
    let doc = loaded.analysis.document(kind).ok_or(AppError::NotFound)?;
    Ok(Json(
        json!({ "kind": kind.slug(), "title": doc.title, "markdown": doc.markdown, "version": loaded.number() }),
    ))
}

/// `/api/v1/w/{ws}/ideas/{id}/steps/{step}/coach`.
#[derive(Debug, Deserialize)]
pub(crate) struct StepPath {
    id: i64,
    step: String,
}

/// `POST …/steps/{step}/coach`: coaching for a partial answer (nothing is saved).
pub(crate) async fn coach(
    State(state): State<AppState>,
    ApiCtx(ctx): ApiCtx,
    Path(p): Path<StepPath>,
    Json(form): Json<StepForm>,
) -> ApiResult {
    let step = steps::parse(&p.step).ok_or(AppError::NotFound)?;
    let coaching = coaching(&state, ctx.ws, IdeaId(p.id), step, &form).await?;
    Ok(Json(
        serde_json::to_value(&*coaching).unwrap_or(Value::Null),
    ))
}
