//! The history page: score trend, every version, and the diff of any two.

use axum::extract::{Path, Query, State};
use axum::response::Html;
use backwards_store::IdeaId;
use serde::Deserialize;
use serde_json::{Value, json};

use super::results::IdeaPath;
use super::service::{self, page_context};
use crate::auth::Ctx;
use crate::error::AppError;
use crate::history::{text_diff, trend_svg, verdict_diff};
use crate::state::AppState;

/// `?a=1&b=3`: the two versions to compare.
#[derive(Debug, Deserialize, Default)]
pub(crate) struct Compare {
    a: Option<i64>,
    b: Option<i64>,
}

/// `GET /w/{ws}/ideas/{id}/history`.
pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<IdeaPath>,
    Query(compare): Query<Compare>,
) -> Result<Html<String>, AppError> {
    let id = IdeaId(path.id);
    let idea = state.store.idea(ctx.ws, id).await?;
    let versions = state.store.versions(ctx.ws, id).await?;
    let latest = versions.last().map_or(0, |v| v.number);
    let b = compare.b.unwrap_or(latest);
    let a = compare
        .a
        .unwrap_or(if latest > 1 { latest - 1 } else { latest });
    let diff = if a >= 1 && b >= 1 {
        Some(diff(&state, &ctx, id, a, b).await?)
    } else {
        None
    };
    let rows: Vec<Value> = versions
        .iter()
        .map(|v| {
            json!({
                "number": v.number, "call": v.call, "note": v.note,
                "customer": v.scores.customer, "problem": v.scores.problem,
                "evidence": v.scores.evidence, "risk": v.scores.risk,
            })
        })
        .collect();
    let view = page_context(
        &ctx,
        json!({
            "idea_url": format!("{}/ideas/{}", ctx.base(), id),
            "name": idea.title,
            "trend": trend_svg(&versions),
            "versions": rows,
            "a": a, "b": b,
            "diff": diff,
        }),
    );
    Ok(Html(state.views.render("history.html", &view)?))
}

/// The text and verdict diff of versions `a` → `b`.
pub(crate) async fn diff(
    state: &AppState,
    ctx: &Ctx,
    id: IdeaId,
    a: i64,
    b: i64,
) -> Result<Value, AppError> {
    let old = service::load(state, ctx.ws, id, Some(a)).await?;
    let new = service::load(state, ctx.ws, id, Some(b)).await?;
    Ok(json!({
        "verdict": verdict_diff(&old.analysis.report, &new.analysis.report),
        "text": text_diff(&old.analysis.markdown, &new.analysis.markdown),
    }))
}
