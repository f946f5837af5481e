//! What pages and API routes both do: load an idea with its analysis,
//! create one, save a version. One implementation, two presentations.

use std::sync::Arc;

use backwards_store::{Idea, IdeaId, Version, WorkspaceId};

use crate::analysis::{Analysis, day_of};
use crate::error::AppError;
use crate::idea_file::Draft;
use crate::state::{AppState, now_ms};

/// An idea, the version asked for (the newest by default) and its analysis.
pub(crate) struct Loaded {
    /// The version shown, `None` before the first save.
    pub version: Option<Version>,
    /// Its analysis (of a title-only file before the first save).
    pub analysis: Analysis,
}

impl Loaded {
    /// The version number shown (0 before the first save).
    pub fn number(&self) -> i64 {
        self.version.as_ref().map_or(0, |v| v.summary.number)
    }
}

/// Loads an idea of `ws` at version `number` (or its newest).
pub(crate) async fn load(
    state: &AppState,
    ws: WorkspaceId,
    id: IdeaId,
    number: Option<i64>,
) -> Result<Loaded, AppError> {
    let idea = state.store.idea(ws, id).await?;
    let version = match number {
        Some(n) => Some(state.store.version(ws, id, n).await?),
        None if idea.version_count > 0 => Some(state.store.latest_version(ws, id).await?),
        None => None,
    };
    let (markdown, at) = match &version {
        Some(v) => (v.markdown.clone(), v.summary.created_at_ms),
        None => (Draft::named(&idea.title).to_markdown(), idea.created_at_ms),
    };
    let analysis = Analysis::of(&markdown, day_of(at)).map_err(unreadable)?;
    Ok(Loaded { version, analysis })
}

/// Creates an idea; with `markdown`, also its first version. The title
/// defaults to the file's name.
pub(crate) async fn create(
    state: &AppState,
    ws: WorkspaceId,
    title: &str,
    markdown: Option<&str>,
    note: &str,
) -> Result<(Idea, Option<Version>), AppError> {
    let now = now_ms();
    let analysis = markdown
        .map(|m| Analysis::of(m, day_of(now)))
        .transpose()
        .map_err(unreadable)?;
    let title = match (&analysis, title.trim()) {
        (Some(a), "") => a.idea.name().to_string(),
        (_, t) => t.to_string(),
    };
    let idea = state.store.create_idea(ws, &title, now).await?;
    let version = match analysis {
        Some(a) => {
            let version = state
                .store
                .save_version(ws, idea.id, &a.new_version(note, now))
                .await?;
            remember(state, ws, idea.id, &version);
            Some(version)
        }
        None => None,
    };
    Ok((idea, version))
}

/// Saves `markdown` as the next version of an idea of `ws`. Returns after
/// the store committed it, so the caller may acknowledge the save.
pub(crate) async fn save(
    state: &AppState,
    ws: WorkspaceId,
    id: IdeaId,
    markdown: &str,
    note: &str,
) -> Result<Version, AppError> {
    let now = now_ms();
    let analysis = Analysis::of(markdown, day_of(now)).map_err(unreadable)?;
    let version = state
        .store
        .save_version(ws, id, &analysis.new_version(note, now))
        .await?;
    remember(state, ws, id, &version);
    Ok(version)
}

/// Puts a just-saved version in the coaching cache, so the coach sees the
/// save at once (see `coach_cache.rs`). A file the wizard cannot split is
/// simply not cached: the coach then reads it and reports the error itself.
fn remember(state: &AppState, ws: WorkspaceId, id: IdeaId, version: &Version) {
    if let Ok(draft) = Draft::parse(&version.markdown) {
        state
            .drafts
            .put(ws, id, version.summary.number, Arc::new(draft));
    }
}

/// A file the parser refuses (bad front matter, binary, too large).
pub(crate) fn unreadable(err: backwards_core::model::ParseError) -> AppError {
    AppError::BadRequest(format!("this idea file cannot be read: {err}"))
}

/// The context every page template gets (CSRF token, mode, workspace
/// prefix), merged with the page's own fields.
pub(crate) fn page_context(ctx: &crate::auth::Ctx, extra: serde_json::Value) -> serde_json::Value {
    let mut base = serde_json::json!({
        "csrf": ctx.csrf,
        "team": ctx.team,
        "base": ctx.base(),
        "can_edit": ctx.require_editor().is_ok(),
    });
    if let (Some(map), serde_json::Value::Object(extra)) = (base.as_object_mut(), extra) {
        map.extend(extra);
    }
    base
}

/// The newest idea file of an idea of `ws` (a title-only file before the
/// first save), without analyzing it: the wizard needs only the text.
pub(crate) async fn latest_markdown(
    state: &AppState,
    ws: WorkspaceId,
    id: IdeaId,
) -> Result<String, AppError> {
    latest(state, ws, id).await.map(|(_, markdown)| markdown)
}

/// The newest idea file with its version number (0 before the first save).
async fn latest(state: &AppState, ws: WorkspaceId, id: IdeaId) -> Result<(i64, String), AppError> {
    match state.store.latest_version(ws, id).await {
        Ok(version) => Ok((version.summary.number, version.markdown)),
        Err(backwards_store::StoreError::NotFound) => {
            let idea = state.store.idea(ws, id).await?;
            Ok((0, Draft::named(&idea.title).to_markdown()))
        }
        Err(err) => Err(err.into()),
    }
}

/// The newest draft for coaching: from the in-memory cache when it is
/// fresh, else read (and cached). The coach runs on every pause in typing;
/// this keeps the database out of that loop. Saves never use it: they
/// start from [`latest_markdown`].
pub(crate) async fn coaching_draft(
    state: &AppState,
    ws: WorkspaceId,
    id: IdeaId,
) -> Result<(i64, Arc<Draft>), AppError> {
    if let Some(cached) = state.drafts.get(ws, id) {
        return Ok(cached);
    }
    let (number, markdown) = latest(state, ws, id).await?;
    let draft = Arc::new(Draft::parse(&markdown).map_err(unreadable)?);
    state.drafts.put(ws, id, number, Arc::clone(&draft));
    Ok((number, draft))
}
