//! The seven-step wizard: one page per step, a save per step (each a new
//! version), and the live coaching fragment.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{Html, Redirect};
use backwards_core::model::{self, Step};
use backwards_store::{IdeaId, WorkspaceId};
use serde::{Deserialize, Serialize};

use super::service::{self, page_context};
use crate::auth::Ctx;
use crate::coach::{self, Coaching};
use crate::coach_cache::CoachKey;
use crate::error::AppError;
use crate::idea_file::{DONT_KNOW, Draft};
use crate::state::AppState;
use crate::steps;

/// `/w/{ws}/ideas/{id}/steps/{step}`.
#[derive(Debug, Deserialize)]
pub(crate) struct StepPath {
    id: i64,
    step: String,
}

/// The step form (and the coach request, which sends the same fields).
#[derive(Debug, Deserialize, Default)]
pub(crate) struct StepForm {
    /// The answer text.
    #[serde(default)]
    pub answer: String,
    /// The idea's name (pitch step only).
    #[serde(default)]
    pub name: Option<String>,
    /// `save` or `dont_know`.
    #[serde(default)]
    pub action: Option<String>,
    /// "I don't know" in the API's JSON form.
    #[serde(default)]
    pub dont_know: bool,
}

impl StepForm {
    fn dont_know(&self) -> bool {
        self.dont_know || self.action.as_deref() == Some("dont_know")
    }
}

fn parse_step(id: &str) -> Result<Step, AppError> {
    steps::parse(id).ok_or(AppError::NotFound)
}

/// The newest idea file of an idea, as a draft.
async fn draft_of(state: &AppState, ws: WorkspaceId, id: IdeaId) -> Result<Draft, AppError> {
    let markdown = service::latest_markdown(state, ws, id).await?;
    Draft::parse(&markdown).map_err(service::unreadable)
}

/// `GET …/steps/{step}`.
pub(crate) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<StepPath>,
) -> Result<Html<String>, AppError> {
    let step = parse_step(&path.step)?;
    let id = IdeaId(path.id);
    let markdown = service::latest_markdown(&state, ctx.ws, id).await?;
    let idea = model::parse_str(&markdown).map_err(service::unreadable)?;
    let draft = Draft::parse(&markdown).map_err(service::unreadable)?;
    let answer = draft.answer(step);
    let coaching = coach::coach(step, answer, answer == DONT_KNOW, &idea);
    let view = page_context(
        &ctx,
        serde_json::json!({
            "idea_url": format!("{}/ideas/{}", ctx.base(), id),
            "name": draft.name,
            "answer": answer,
            "step": steps::info(step),
            "steps": steps::all(),
            "previous": steps::previous(step).map(Step::id),
            "next": steps::next(step).map(Step::id),
            "coaching": coaching,
        }),
    );
    Ok(Html(state.views.render("step.html", &view)?))
}

/// Applies a step form to a draft.
pub(crate) fn apply(draft: &mut Draft, step: Step, form: &StepForm) {
    if form.dont_know() {
        draft.set(step, DONT_KNOW);
    } else {
        draft.set(step, &form.answer);
    }
    if let (Step::Pitch, Some(name)) = (step, &form.name) {
        draft.rename(name);
    }
}

/// `POST …/steps/{step}`: saves the answer as a new version, then goes to
/// the next step (or the verdict after the last).
pub(crate) async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<StepPath>,
    Form(form): Form<StepForm>,
) -> Result<Redirect, AppError> {
    ctx.require_editor()?;
    let step = parse_step(&path.step)?;
    let id = IdeaId(path.id);
    let mut draft = draft_of(&state, ctx.ws, id).await?;
    apply(&mut draft, step, &form);
    let note = format!("Step {} ({}) saved", steps::number(step), step.heading());
    service::save(&state, ctx.ws, id, &draft.to_markdown(), &note).await?;
    let idea_url = format!("{}/ideas/{}", ctx.base(), id);
    Ok(Redirect::to(&match steps::next(step) {
        Some(next) => format!("{idea_url}/steps/{}", next.id()),
        None => idea_url,
    }))
}

/// Coaching for a partial answer: the saved idea with this answer in place,
/// parsed, and only this step analyzed (no verdict, no documents: this runs
/// on every pause in typing). The saved draft comes from memory, not the database,
/// and a result already computed for this exact answer is reused (see
/// `coach_cache.rs`); both stay correct across saves because the cache
/// keys carry the version.
pub(crate) async fn coaching(
    state: &AppState,
    ws: WorkspaceId,
    id: IdeaId,
    step: Step,
    form: &StepForm,
) -> Result<Arc<Coaching>, AppError> {
    let (version, saved) = service::coaching_draft(state, ws, id).await?;
    let key = CoachKey {
        ws,
        id,
        version,
        step,
        dont_know: form.dont_know(),
        name: (step == Step::Pitch).then(|| form.name.clone()).flatten(),
        answer: form.answer.clone(),
    };
    if let Some(known) = state.coach_memo.get(&key) {
        return Ok(known);
    }
    let mut draft = Draft::clone(&saved);
    apply(&mut draft, step, form);
    let idea = model::parse_str(&draft.to_markdown()).map_err(service::unreadable)?;
    let coaching = Arc::new(coach::coach(
        step,
        draft.answer(step),
        form.dont_know(),
        &idea,
    ));
    state.coach_memo.put(key, Arc::clone(&coaching));
    Ok(coaching)
}

/// The coach fragment's template context.
#[derive(Serialize)]
struct CoachView<'a> {
    coaching: &'a Coaching,
}

/// `POST …/steps/{step}/coach`: the coaching panel's new content (htmx).
pub(crate) async fn coach(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<StepPath>,
    Form(form): Form<StepForm>,
) -> Result<Html<String>, AppError> {
    let step = parse_step(&path.step)?;
    let coaching = coaching(&state, ctx.ws, IdeaId(path.id), step, &form).await?;
    let html = state.views.render(
        "coach.html",
        &CoachView {
            coaching: &coaching,
        },
    )?;
    Ok(Html(html))
}
