//! What every handler shares: the store, the templates and the mode.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use backwards_store::{Store, StoreError, WorkspaceId};

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
        })
    }
}

/// The wall clock in unix milliseconds: the one place the server reads it
/// (the store and the core take time as an argument).
pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
