//! Polish runs in flight, between the POST that starts one and the
//! server-sent-events stream that watches it.
//!
//! A browser's `EventSource` can only GET, and a GET must not spend money on
//! a model (any page on the web can make a browser GET a URL). So the work
//! starts with a CSRF-checked POST, which spawns the run and answers with the
//! URL of its event stream: `…/polish/{job}`, where `{job}` is a 256-bit
//! random token. The GET then only *watches*: it takes the run's event
//! receiver (once: a second GET finds nothing) and relays the events.
//!
//! A job remembers the workspace and idea it belongs to; the stream answers
//! 404 unless the request's (already authorized) workspace and idea match,
//! so a token that leaked to another workspace's member is useless. When
//! the watcher goes away (tab closed), the run is cancelled: nobody would
//! see its result.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use backwards_llm::CancellationToken;
use backwards_polish::{PolishProgress, PolishRun};
use backwards_store::{IdeaId, WorkspaceId};
use tokio::sync::mpsc;

/// A job nobody came to watch is dropped (and cancelled) after this long.
const UNWATCHED: Duration = Duration::from_secs(60);

/// What a run reports, in order: progress, then exactly one `Done`.
#[derive(Debug)]
pub(crate) enum JobEvent {
    /// A document's request moved on (started, tokens, finished, failed).
    Progress(PolishProgress),
    /// The run ended: every document, polished or kept as drafted; or why
    /// the run as a whole could not happen (a prompt template bug).
    Done(Result<Box<PolishRun>, String>),
}

/// A started run waiting for (or being watched by) its event stream.
struct Job {
    ws: WorkspaceId,
    idea: IdeaId,
    events: mpsc::UnboundedReceiver<JobEvent>,
    cancel: CancellationToken,
    started: Instant,
}

/// Every run not yet picked up by a watcher.
#[derive(Default)]
pub(crate) struct PolishJobs {
    waiting: Mutex<HashMap<String, Job>>,
}

impl PolishJobs {
    /// Registers a run under `token`. Runs left unwatched for a minute are
    /// cancelled and forgotten here, so abandoned clicks cannot pile up.
    pub fn add(
        &self,
        token: String,
        ws: WorkspaceId,
        idea: IdeaId,
        events: mpsc::UnboundedReceiver<JobEvent>,
        cancel: CancellationToken,
    ) {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        waiting.retain(|_, job| {
            let fresh = job.started.elapsed() < UNWATCHED;
            if !fresh {
                job.cancel.cancel();
            }
            fresh
        });
        waiting.insert(
            token,
            Job {
                ws,
                idea,
                events,
                cancel,
                started: Instant::now(),
            },
        );
    }

    /// Hands the run's events to its one watcher, if `token` names a run of
    /// this workspace and idea. Anything else looks like "no such run".
    pub fn take(
        &self,
        token: &str,
        ws: WorkspaceId,
        idea: IdeaId,
    ) -> Option<(mpsc::UnboundedReceiver<JobEvent>, CancellationToken)> {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        let matches = waiting
            .get(token)
            .is_some_and(|job| job.ws == ws && job.idea == idea);
        if !matches {
            return None;
        }
        waiting.remove(token).map(|job| (job.events, job.cancel))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_watched_once_and_only_from_its_own_workspace_and_idea() {
        let jobs = PolishJobs::default();
        let (_tx, rx) = mpsc::unbounded_channel();
        let (ws, idea) = (WorkspaceId(1), IdeaId(2));
        jobs.add("t".into(), ws, idea, rx, CancellationToken::new());
        assert!(jobs.take("t", WorkspaceId(9), idea).is_none());
        assert!(jobs.take("t", ws, IdeaId(3)).is_none());
        assert!(jobs.take("other", ws, idea).is_none());
        assert!(jobs.take("t", ws, idea).is_some());
        assert!(
            jobs.take("t", ws, idea).is_none(),
            "a second watcher gets nothing"
        );
    }
}
