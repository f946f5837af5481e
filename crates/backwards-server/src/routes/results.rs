//! The results page: the call, the scores picture, where the idea holds
//! and breaks (quoting the author), the top changes, the documents as tabs
//! and the downloads. Also rendered read-only for share links.

use axum::extract::{Path, Query, State};
use axum::response::Html;
use backwards_core::analyze::{Report, Signal};
use backwards_core::render::DocKind;
use backwards_store::IdeaId;
use serde::Deserialize;
use serde_json::{Value, json};

use super::service::{self, Loaded, page_context};
use crate::analysis::kind_of;
use crate::auth::Ctx;
use crate::error::AppError;
use crate::markdown::to_safe_html;
use crate::state::AppState;

/// `/w/{ws}/ideas/{id}`.
#[derive(Debug, Deserialize)]
pub(crate) struct IdeaPath {
    /// The idea id.
    pub id: i64,
}

/// `?tab=faq&v=3`.
#[derive(Debug, Deserialize, Default)]
pub(crate) struct ResultsQuery {
    /// The document tab: `press-release` (default), `faq` or `prd`.
    pub tab: Option<String>,
    /// The version (default: the newest).
    pub v: Option<i64>,
}

/// The tabs, in order.
const TABS: [DocKind; 3] = [DocKind::PressRelease, DocKind::Faq, DocKind::Prd];

/// `GET /w/{ws}/ideas/{id}`.
pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<IdeaPath>,
    Query(query): Query<ResultsQuery>,
) -> Result<Html<String>, AppError> {
    render_page(&state, &ctx, IdeaId(path.id), &query, None).await
}

/// The results page of an idea; `new_share` is a share URL created by this
/// request, shown once.
pub(crate) async fn render_page(
    state: &AppState,
    ctx: &Ctx,
    id: IdeaId,
    query: &ResultsQuery,
    new_share: Option<String>,
) -> Result<Html<String>, AppError> {
    let loaded = service::load(state, ctx.ws, id, query.v).await?;
    let idea_url = format!("{}/ideas/{}", ctx.base(), id);
    let mut view = page_context(
        ctx,
        view(
            &loaded,
            query,
            &idea_url,
            &downloads(&idea_url, &loaded, query.v),
        ),
    );
    if let Some(map) = view.as_object_mut() {
        // The Polish button (or how to enable it); not on share pages.
        let polish = match &state.llm {
            Some(client) => json!({ "available": true, "model": client.settings().model }),
            None => json!({ "available": false }),
        };
        map.insert("polish".into(), polish);
    }
    if ctx.team {
        let links: Vec<Value> = state
            .store
            .share_links(ctx.ws, id)
            .await?
            .into_iter()
            .map(|l| json!({ "id": l.id.0, "revoked": l.revoked_at_ms.is_some() }))
            .collect();
        if let Some(map) = view.as_object_mut() {
            map.insert("share_links".into(), Value::Array(links));
            map.insert("new_share".into(), json!(new_share));
        }
    }
    Ok(Html(state.views.render("results.html", &view)?))
}

/// The page's own fields (shared with the share-link page).
pub(crate) fn view(
    loaded: &Loaded,
    query: &ResultsQuery,
    idea_url: &str,
    downloads: &[Value],
) -> Value {
    let a = &loaded.analysis;
    let active = query
        .tab
        .as_deref()
        .and_then(kind_of)
        .filter(|k| TABS.contains(k))
        .unwrap_or(DocKind::PressRelease);
    let tab_html = a
        .document(active)
        .map(|d| to_safe_html(&d.markdown))
        .unwrap_or_default();
    let tabs: Vec<Value> = TABS
        .iter()
        .map(|k| json!({ "slug": k.slug(), "title": tab_title(*k), "active": *k == active }))
        .collect();
    json!({
        "idea_url": idea_url,
        "name": a.idea.name(),
        "version": loaded.number(),
        "version_param": query.v.is_some(),
        "call": a.report.call.id(),
        "reason": a.report.reason,
        "svg": a.svg(),
        "dims": dims(&a.report),
        "so_what": a.report.so_what.reading,
        "improvements": a.report.improvements.iter().take(5).map(|i| json!({ "change": i.change, "why": i.why })).collect::<Vec<_>>(),
        "tabs": tabs,
        "active_tab": active.slug(),
        "tab_html": tab_html,
        "downloads": downloads,
    })
}

fn tab_title(kind: DocKind) -> &'static str {
    match kind {
        DocKind::PressRelease => "Press release",
        DocKind::Faq => "FAQ",
        DocKind::Prd => "PRD",
        DocKind::Verdict => "Verdict",
    }
}

/// Each dimension with the signals that hold it up and those that break it.
fn dims(report: &Report) -> Vec<Value> {
    report
        .scores
        .all()
        .iter()
        .map(|d| {
            // Holds: the author's own words that raise the score. Breaks:
            // whatever lowers it (or raises risk). Notes: unquoted remarks
            // such as the level summary or a missing section's floor.
            let collect = |keep: &dyn Fn(&Signal) -> bool| -> Vec<Value> {
                d.signals.iter().filter(|s| keep(s)).map(signal).collect()
            };
            let breaks = |s: &Signal| s.breaks(d.dimension);
            let holds = collect(&|s| !breaks(s) && s.effect != 0 && !s.quote.is_empty());
            let notes = collect(&|s| !breaks(s) && (s.effect == 0 || s.quote.is_empty()));
            json!({
                "id": d.dimension.id(),
                "label": d.dimension.label(),
                "score": d.score,
                "level": d.level,
                "reading": d.reading,
                "holds": holds,
                "breaks": collect(&breaks),
                "notes": notes,
            })
        })
        .collect()
}

fn signal(s: &Signal) -> Value {
    json!({ "quote": s.quote, "line": s.line, "message": s.message })
}

/// The download links of an idea page.
fn downloads(idea_url: &str, loaded: &Loaded, v: Option<i64>) -> Vec<Value> {
    if loaded.version.is_none() {
        return Vec::new();
    }
    let suffix = v.map(|v| format!("?v={v}")).unwrap_or_default();
    super::download::FILES
        .iter()
        .map(|(file, label)| {
            json!({
                "id": file.replace('.', "-"),
                "href": format!("{idea_url}/download/{file}{suffix}"),
                "label": label,
            })
        })
        .collect()
}
