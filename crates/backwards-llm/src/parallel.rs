//! Several requests at once, under a limit, with live progress.
//!
//! Polishing writes four documents. Run one after another they take four times as
//! long; run all at once against a local model they may overload it. So they run
//! concurrently under a semaphore, and every streamed piece is reported as a
//! [`Progress`] event: the CLI turns those into one progress bar per document
//! (tokens so far, tokens per second), the web app forwards them over SSE.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::client::LlmClient;
use crate::error::LlmError;
use crate::types::{ChatRequest, ChatResponse, Usage};

/// One request of a batch.
#[derive(Debug, Clone)]
pub struct Job {
    /// A caller-chosen label (`press-release`, `faq`, ...), echoed in progress events.
    pub id: String,
    /// The request.
    pub request: ChatRequest,
}

/// What happened to a job.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum Stage {
    /// It got a slot under the concurrency limit and its request is being sent.
    Started,
    /// New text arrived.
    Delta {
        /// The new text.
        text: String,
    },
    /// The answer is complete.
    Finished {
        /// Token usage and cost.
        usage: Usage,
    },
    /// The request failed for good (after any retries).
    Failed {
        /// The error, already redacted.
        error: String,
    },
}

/// A progress report for one job.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    /// The job's position in the batch.
    pub index: usize,
    /// The job's label.
    pub id: String,
    /// Tokens streamed so far: one per text delta while streaming (servers send
    /// about one token per delta), replaced by the provider's count when finished.
    pub tokens: u64,
    /// Characters streamed so far.
    pub chars: usize,
    /// Time since the job started (not since it was queued), so tokens per second
    /// measures the model, not the queue.
    #[serde(rename = "elapsed_ms", serialize_with = "as_millis")]
    pub elapsed: Duration,
    /// What happened.
    #[serde(flatten)]
    pub stage: Stage,
}

impl Progress {
    /// Streaming speed so far; zero until a measurable time has passed.
    pub fn tokens_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.tokens as f64 / secs
        } else {
            0.0
        }
    }
}

fn as_millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Streams every job, at most `limit` at a time, and returns the answers in the
/// order of `jobs`. One job failing does not stop the others; cancelling `cancel`
/// stops them all (each then ends with [`LlmError::Cancelled`]).
pub async fn run_concurrent<F>(
    client: &LlmClient,
    jobs: Vec<Job>,
    limit: usize,
    cancel: &CancellationToken,
    on_progress: F,
) -> Vec<Result<ChatResponse, LlmError>>
where
    F: Fn(Progress) + Send + Sync + 'static,
{
    let on_progress = Arc::new(on_progress);
    let semaphore = Arc::new(Semaphore::new(limit.max(1)));
    let mut tasks = JoinSet::new();
    let count = jobs.len();
    for (index, job) in jobs.into_iter().enumerate() {
        let client = client.clone();
        let semaphore = Arc::clone(&semaphore);
        let cancel = cancel.clone();
        let on_progress = Arc::clone(&on_progress);
        tasks.spawn(async move {
            let result = run_one(&client, index, job, &semaphore, &cancel, &*on_progress).await;
            (index, result)
        });
    }
    let mut results: Vec<Option<Result<ChatResponse, LlmError>>> =
        (0..count).map(|_| None).collect();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok((index, result)) => results[index] = Some(result),
            // A task can only fail to join by panicking; its slot stays `None` and
            // is reported below rather than taking the whole batch down.
            Err(error) => tracing::error!(%error, "an LLM request task panicked"),
        }
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(LlmError::Provider("the request task failed".into()))))
        .collect()
}

async fn run_one(
    client: &LlmClient,
    index: usize,
    job: Job,
    semaphore: &Semaphore,
    cancel: &CancellationToken,
    on_progress: &(dyn Fn(Progress) + Send + Sync),
) -> Result<ChatResponse, LlmError> {
    let _permit = tokio::select! {
        biased;
        () = cancel.cancelled() => return Err(LlmError::Cancelled),
        permit = semaphore.acquire() => permit.map_err(|_| LlmError::Cancelled)?,
    };
    let started = Instant::now();
    let report = |tokens: u64, chars: usize, stage: Stage| {
        on_progress(Progress {
            index,
            id: job.id.clone(),
            tokens,
            chars,
            elapsed: started.elapsed(),
            stage,
        });
    };
    report(0, 0, Stage::Started);
    let (mut tokens, mut chars) = (0u64, 0usize);
    let mut on_delta = |delta: &crate::types::StreamDelta| {
        tokens += 1;
        chars += delta.text.chars().count();
        report(
            tokens,
            chars,
            Stage::Delta {
                text: delta.text.clone(),
            },
        );
    };
    let result = client.stream(&job.request, cancel, &mut on_delta).await;
    match &result {
        Ok(response) => {
            let tokens = if response.usage.output_tokens > 0 {
                response.usage.output_tokens
            } else {
                tokens
            };
            report(
                tokens,
                response.text.chars().count(),
                Stage::Finished {
                    usage: response.usage,
                },
            );
        }
        Err(error) => report(
            tokens,
            chars,
            Stage::Failed {
                error: error.to_string(),
            },
        ),
    }
    result
}
