//! The polish run: every polishable document at once, each guarded, each with
//! one chance to fix what the guard found.
//!
//! ```text
//! round 1: all documents concurrently (under the configured limit, streamed)
//!   └─ guard each answer ── passes ──────────────────────────────► polished
//!                         └ fails ─► round 2: those documents again, with the
//!                                    model's answer and its problems fed back
//!                                      └─ guard ── passes ──────► polished
//!                                               └ fails ────────► draft kept, reason
//! a failed request (after the client's own retries) ───────────► draft kept, reason
//! ```
//!
//! Round 2 waits for round 1 to finish. Retries are the exception, and two rounds
//! through [`run_concurrent`] keep one concurrency limit and one progress stream,
//! where per-document pipelines would need their own scheduling.

use std::sync::Arc;

use backwards_core::model::Idea;
use backwards_core::render::{DocKind, Document};
use backwards_llm::{
    CancellationToken, ChatRequest, ChatResponse, Job, LlmClient, LlmError, Message, Usage,
    run_concurrent,
};

use crate::error::PolishError;
use crate::format::{self, NOT_ANSWERED};
use crate::guard::{self, Guard};
use crate::outcome::{DocOutcome, PolishProgress, PolishRun, PolishedDocument};
use crate::prompts::{self, DocumentContext};

/// The callback that receives progress events; shared by every request.
pub type ProgressSink = Arc<dyn Fn(PolishProgress) + Send + Sync>;

/// A document waiting for an answer: where it is in the run, what was asked.
struct Pending {
    index: usize,
    request: ChatRequest,
}

/// Polishes every document of `drafts` except the verdict, and returns all of
/// them (polished, or the draft with the reason it was kept) in the same order.
///
/// Never fails because of the model: failed requests and rejected answers keep
/// their draft. It fails only if a prompt template does not render.
pub async fn polish(
    client: &LlmClient,
    idea: &Idea,
    drafts: &[Document],
    cancel: &CancellationToken,
    on_progress: ProgressSink,
) -> Result<PolishRun, PolishError> {
    let guard = Guard::new(idea);
    let mut outcomes: Vec<Option<DocOutcome>> = vec![None; drafts.len()];
    let mut texts: Vec<Option<String>> = vec![None; drafts.len()];
    let mut usage = Usage {
        cost_usd: Some(0.0),
        ..Usage::default()
    };
    let mut any_answer = false;

    let mut first = Vec::new();
    for (index, draft) in drafts.iter().enumerate() {
        match first_request(idea, draft)? {
            Some(request) => first.push(Pending { index, request }),
            None => outcomes[index] = Some(DocOutcome::NotPolished),
        }
    }

    let mut retry = Vec::new();
    let answers = ask(client, drafts, &first, 1, cancel, &on_progress).await;
    for (pending, answer) in first.into_iter().zip(answers) {
        let draft = &drafts[pending.index];
        let response = match answer {
            Ok(response) => response,
            Err(error) => {
                outcomes[pending.index] = Some(request_failed(&error));
                continue;
            }
        };
        any_answer = true;
        let (text, problems) = review(&guard, draft, &response, &mut usage);
        if problems.is_empty() {
            texts[pending.index] = Some(text);
            outcomes[pending.index] = Some(DocOutcome::Polished { attempts: 1 });
        } else {
            let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
            let mut request = pending.request;
            request.messages.push(Message::assistant(response.text));
            request
                .messages
                .push(Message::user(prompts::retry_prompt(&listed)?));
            retry.push(Pending {
                index: pending.index,
                request,
            });
        }
    }

    let answers = ask(client, drafts, &retry, 2, cancel, &on_progress).await;
    for (pending, answer) in retry.into_iter().zip(answers) {
        let draft = &drafts[pending.index];
        let outcome = match answer {
            Ok(response) => {
                any_answer = true;
                let (text, problems) = review(&guard, draft, &response, &mut usage);
                if problems.is_empty() {
                    texts[pending.index] = Some(text);
                    DocOutcome::Polished { attempts: 2 }
                } else {
                    DocOutcome::KeptDraft {
                        reason: format!("kept the draft: {}", guard::summarize(&problems)),
                    }
                }
            }
            Err(error) => request_failed(&error),
        };
        outcomes[pending.index] = Some(outcome);
    }

    if !any_answer {
        usage.cost_usd = None;
    }
    let documents = drafts
        .iter()
        .zip(outcomes)
        .zip(texts)
        .map(|((draft, outcome), text)| PolishedDocument {
            document: Document {
                kind: draft.kind,
                title: draft.title.clone(),
                markdown: text
                    .map(|t| with_note(&t, &client.settings().model))
                    .unwrap_or_else(|| draft.markdown.clone()),
            },
            outcome: outcome.unwrap_or(DocOutcome::NotPolished),
        })
        .collect();
    Ok(PolishRun {
        documents,
        usage,
        model: client.settings().model.clone(),
    })
}

/// Counts an answer's tokens and runs the guard on its cleaned text: the same
/// treatment in both rounds, so a retry is judged exactly like a first answer.
fn review(
    guard: &Guard,
    draft: &Document,
    response: &ChatResponse,
    usage: &mut Usage,
) -> (String, Vec<guard::Problem>) {
    usage.add(&response.usage);
    let text = format::clean(&response.text);
    let problems = guard.check(&draft.markdown, &text, response.hit_token_limit());
    (text, problems)
}

/// The first request for a draft, or `None` for the verdict.
fn first_request(idea: &Idea, draft: &Document) -> Result<Option<ChatRequest>, PolishError> {
    let title_line = draft.markdown.lines().next().unwrap_or("").trim_end();
    let cx = DocumentContext {
        document: prompts::document_name(draft.kind),
        title_line,
        not_answered: draft.markdown.matches(NOT_ANSWERED).count(),
        idea: &idea.source,
        draft: &draft.markdown,
    };
    Ok(prompts::document_prompt(draft.kind, &cx)?
        .map(|prompt| ChatRequest::new(prompt.system, prompt.user)))
}

/// Runs one round of requests; answers come back in the order of `pending`.
async fn ask(
    client: &LlmClient,
    drafts: &[Document],
    pending: &[Pending],
    attempt: u8,
    cancel: &CancellationToken,
    on_progress: &ProgressSink,
) -> Vec<Result<ChatResponse, LlmError>> {
    if pending.is_empty() {
        return Vec::new();
    }
    let kinds: Vec<DocKind> = pending.iter().map(|p| drafts[p.index].kind).collect();
    let jobs = pending
        .iter()
        .zip(&kinds)
        .map(|(p, kind)| Job {
            id: kind.slug().to_owned(),
            request: p.request.clone(),
        })
        .collect();
    let sink = Arc::clone(on_progress);
    let limit = client.settings().concurrency;
    run_concurrent(client, jobs, limit, cancel, move |progress| {
        if let Some(kind) = kinds.get(progress.index) {
            sink(PolishProgress {
                kind: *kind,
                attempt,
                progress,
            });
        }
    })
    .await
}

/// The outcome of a request that failed for good; the error text is already
/// redacted by the provider layer.
fn request_failed(error: &LlmError) -> DocOutcome {
    DocOutcome::KeptDraft {
        reason: format!("kept the draft: the request failed: {error}"),
    }
}

/// Says, at the end of a polished document, that a model wrote it. Added after
/// the guard ran, so the model's name is never mistaken for an invented fact.
fn with_note(text: &str, model: &str) -> String {
    format!(
        "{}\n\n---\n\n*Polished by a language model ({model}) from the deterministic draft. \
         Every figure and name was checked against the idea.*\n",
        text.trim_end()
    )
}
