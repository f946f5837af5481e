//! The Polish button: a model rewrites the documents of the version shown,
//! and the page watches it happen over server-sent events.
//!
//! ```text
//! POST …/polish (CSRF, editor) ── spawns backwards_polish::polish ──┐
//!   └─ answers a fragment naming …/polish/{job}                      │ events
//! GET  …/polish/{job} (SSE) ◄───────────────────────────────────────┘
//!   progress … progress  document × 4  done
//! ```
//!
//! The stream never carries the model's raw text: while a document streams,
//! the page sees only its token count, and the text arrives once the
//! grounding guard has passed it (or the draft, with the guard's reason,
//! when it did not). Documents are sent as HTML made by the same Markdown
//! pipeline as the tabs (pulldown-cmark, then ammonia) inside an escaped
//! template, so model text cannot inject markup either.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::response::sse::{Event, KeepAlive, Sse};
use backwards_core::render::DocKind;
use backwards_core::render::svg::escape;
use backwards_llm::{CancellationToken, Stage};
use backwards_polish::{DocOutcome, PolishProgress, PolishRun, PolishedDocument, ProgressSink};
use backwards_store::IdeaId;
use futures_util::Stream;
use serde::Deserialize;
use serde_json::json;
use tokio::sync::mpsc;

use super::service;
use crate::auth::{Ctx, random_token};
use crate::error::AppError;
use crate::markdown::to_safe_html;
use crate::polish_jobs::JobEvent;
use crate::state::AppState;

/// `/w/{ws}/ideas/{id}/polish`.
#[derive(Debug, Deserialize)]
pub(crate) struct IdeaPath {
    id: i64,
}

/// `/w/{ws}/ideas/{id}/polish/{job}`.
#[derive(Debug, Deserialize)]
pub(crate) struct JobPath {
    id: i64,
    job: String,
}

/// The button's form: which version to polish (default: the newest).
#[derive(Debug, Deserialize, Default)]
pub(crate) struct PolishForm {
    #[serde(default)]
    v: Option<i64>,
}

/// The documents the model may rewrite, in the order of the tabs.
const POLISHED: [DocKind; 3] = [DocKind::PressRelease, DocKind::Faq, DocKind::Prd];

/// `POST …/polish`: starts a run and answers the progress panel, which
/// names the event stream to watch.
pub(crate) async fn start(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<IdeaPath>,
    Form(form): Form<PolishForm>,
) -> Result<Html<String>, AppError> {
    // Polishing saves nothing, but it spends the workspace's model budget.
    ctx.require_editor()?;
    let Some(client) = state.llm.clone() else {
        return Err(AppError::BadRequest(
            "no language model is configured on this server".into(),
        ));
    };
    let id = IdeaId(path.id);
    let loaded = service::load(&state, ctx.ws, id, form.v).await?;
    let analysis = loaded.analysis;
    let model = client.settings().model.clone();
    let (tx, rx) = mpsc::unbounded_channel();
    let cancel = CancellationToken::new();
    let token = random_token();
    state
        .polish_jobs
        .add(token.clone(), ctx.ws, id, rx, cancel.clone());
    tokio::spawn(async move {
        let sink: ProgressSink = {
            let tx = tx.clone();
            Arc::new(move |p| {
                let _ = tx.send(JobEvent::Progress(p));
            })
        };
        let run =
            backwards_polish::polish(&client, &analysis.idea, &analysis.documents, &cancel, sink)
                .await;
        let _ = tx.send(JobEvent::Done(run.map(Box::new).map_err(|e| e.to_string())));
    });
    let idea_url = format!("{}/ideas/{}", ctx.base(), id);
    let docs: Vec<_> = POLISHED
        .iter()
        .map(|k| json!({ "slug": k.slug(), "title": title(*k) }))
        .collect();
    let html = state.views.render(
        "polish.html",
        &json!({
            "events_url": format!("{idea_url}/polish/{token}"),
            "model": model,
            "docs": docs,
        }),
    )?;
    Ok(Html(html))
}

/// `GET …/polish/{job}`: the run's events, as server-sent events, ending
/// after `done`.
pub(crate) async fn events(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(path): Path<JobPath>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, AppError> {
    let (rx, cancel) = state
        .polish_jobs
        .take(&path.job, ctx.ws, IdeaId(path.id))
        .ok_or(AppError::NotFound)?;
    let watcher = Watcher {
        rx,
        cancel,
        pending: Vec::new(),
    };
    let stream = futures_util::stream::unfold(watcher, |mut w| async move {
        let event = w.next().await?;
        Some((Ok(event), w))
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// Turns job events into SSE events. Holds the run's cancellation guard:
/// when the browser goes away, axum drops the stream, and with it the run.
struct Watcher {
    rx: mpsc::UnboundedReceiver<JobEvent>,
    cancel: CancellationToken,
    /// Events already made but not yet sent (a run's end is several).
    pending: Vec<Event>,
}

impl Drop for Watcher {
    /// Cancelling a finished run does nothing; an unfinished one stops.
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

impl Watcher {
    async fn next(&mut self) -> Option<Event> {
        if let Some(event) = self.pending.pop() {
            return Some(event);
        }
        match self.rx.recv().await? {
            JobEvent::Progress(p) => Some(progress_event(&p)),
            JobEvent::Done(Ok(run)) => {
                let mut events = finished_events(&run);
                events.reverse();
                self.pending = events;
                self.pending.pop()
            }
            JobEvent::Done(Err(message)) => {
                tracing::error!(%message, "polish run failed");
                Some(Event::default().event("failed").data(
                    "The polish could not run (a prompt template failed). The drafts are unchanged.",
                ))
            }
        }
    }
}

/// `progress`: `{"kind": "faq", "text": "120 tokens, 40 tokens/s"}`; only
/// counts, never the unchecked text.
fn progress_event(p: &PolishProgress) -> Event {
    let retry = if p.attempt > 1 { " (retry)" } else { "" };
    let text = match &p.progress.stage {
        Stage::Started => format!("writing{retry}"),
        Stage::Delta { .. } => format!(
            "{} tokens, {:.0} tokens/s{retry}",
            p.progress.tokens,
            p.progress.tokens_per_second()
        ),
        Stage::Finished { .. } => format!("{} tokens, checking{retry}", p.progress.tokens),
        Stage::Failed { .. } => format!("the request failed{retry}"),
    };
    Event::default()
        .event("progress")
        .data(json!({ "kind": p.kind.slug(), "text": text }).to_string())
}

/// One `document` event per polishable document, then `done` with usage
/// (plain text: the page sets it as text, never as markup).
fn finished_events(run: &PolishRun) -> Vec<Event> {
    let mut events: Vec<Event> = run
        .documents
        .iter()
        .filter(|d| POLISHED.contains(&d.document.kind))
        .map(|d| {
            Event::default()
                .event("document")
                .id(d.document.kind.slug())
                .data(document_html(d))
        })
        .collect();
    let cost = match run.usage.cost_usd {
        Some(cost) => format!(", cost ${cost:.4}"),
        None => String::new(),
    };
    let summary = format!(
        "Done: model {}, {} tokens in, {} tokens out{cost}.",
        run.model, run.usage.input_tokens, run.usage.output_tokens
    );
    events.push(Event::default().event("done").data(summary));
    events
}

/// A polished (or kept) document as a fragment: the outcome, the reason a
/// draft was kept, and the document itself, sanitized.
fn document_html(d: &PolishedDocument) -> String {
    let slug = d.document.kind.slug();
    let (class, outcome) = match &d.outcome {
        DocOutcome::Polished { attempts: 1 } => ("polished", "polished by the model".to_string()),
        DocOutcome::Polished { .. } => (
            "polished",
            "polished by the model, after one retry".to_string(),
        ),
        DocOutcome::KeptDraft { reason } => ("kept", reason.clone()),
        DocOutcome::NotPolished => ("kept", "not sent to the model".to_string()),
    };
    format!(
        "<article class=\"polished-doc {class}\" id=\"polish-doc-{slug}\">\
         <h3>{title}</h3><p class=\"outcome\" id=\"polish-outcome-{slug}\">{outcome}</p>\
         <div class=\"document\">{body}</div></article>",
        title = escape(title(d.document.kind)),
        outcome = escape(&outcome),
        body = to_safe_html(&d.document.markdown),
    )
}

fn title(kind: DocKind) -> &'static str {
    match kind {
        DocKind::PressRelease => "Press release",
        DocKind::Faq => "FAQ",
        DocKind::Prd => "PRD",
        DocKind::Verdict => "Verdict",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use backwards_core::render::Document;

    #[test]
    fn a_kept_draft_shows_its_reason_escaped_and_its_text_sanitized() {
        let doc = PolishedDocument {
            document: Document {
                kind: DocKind::Faq,
                title: "FAQ".into(),
                markdown: "# FAQ\n\n<script>alert(1)</script> fine".into(),
            },
            outcome: DocOutcome::KeptDraft {
                reason: "kept the draft: '<b>40%</b>'".into(),
            },
        };
        let html = document_html(&doc);
        assert!(html.contains("id=\"polish-doc-faq\""), "{html}");
        assert!(html.contains("&lt;b&gt;40%&lt;/b&gt;"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("fine"), "{html}");
    }
}
