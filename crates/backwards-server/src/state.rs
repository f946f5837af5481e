//! What every handler shares: the store, the templates and the mode.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use backwards_store::{Store, StoreError, WorkspaceId};

use backwards_llm::{LlmClient, LlmError, LlmSettings};

use crate::coach_cache::{CoachMemo, DraftCache};
use crate::polish_jobs::PolishJobs;
use crate::views::Views;

/// Local (one workspace, no accounts, loopback only) or team mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// No accounts: every request acts for the single local workspace.
    Local,
    /// Accounts, workspaces with members, share links and API tokens.
    Team,
}

/// The state behind every handler. Cheap to clone: it is a few `Arc`s.
#[derive(Clone)]
pub struct AppState {
    pub(crate) store: Store,
    pub(crate) views: Arc<Views>,
    pub(crate) mode: Mode,
    pub(crate) secure_cookies: bool,
    /// The local workspace, created at startup in local mode.
    pub(crate) local: Option<WorkspaceId>,
    /// The newest draft of ideas being coached (see `coach_cache.rs`).
    pub(crate) drafts: Arc<DraftCache>,
    /// Recent coaching results (see `coach_cache.rs`).
    pub(crate) coach_memo: Arc<CoachMemo>,
    /// The language model behind the Polish button; `None` hides the button.
    pub(crate) llm: Option<Arc<LlmClient>>,
    /// Polish runs waiting for their event stream (see `polish_jobs.rs`).
    pub(crate) polish_jobs: Arc<PolishJobs>,
}

impl AppState {
    /// Builds the state; in local mode this creates the local workspace
    /// (once, idempotently) so handlers never race to create it.
    pub async fn new(store: Store, mode: Mode, secure_cookies: bool) -> Result<Self, StoreError> {
        let local = match mode {
            Mode::Local => Some(store.ensure_local_workspace(now_ms()).await?.id),
            Mode::Team => None,
        };
        Ok(AppState {
            store,
            views: Arc::new(Views::new()),
            mode,
            secure_cookies,
            local,
            drafts: Arc::default(),
            coach_memo: Arc::default(),
            llm: None,
            polish_jobs: Arc::default(),
        })
    }

    /// Turns on the Polish button with this model. Without a call to this,
    /// the results page explains how to configure one instead.
    pub fn with_llm(mut self, settings: LlmSettings) -> Result<Self, LlmError> {
        self.llm = Some(Arc::new(LlmClient::new(settings)?));
        Ok(self)
    }
}

/// The wall clock in unix milliseconds: the one place the server reads it
/// (the store and the core take time as an argument).
pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
