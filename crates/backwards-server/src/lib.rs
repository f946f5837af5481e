//! The backwards web app: the seven-step wizard with live coaching, the
//! results, the version history and a JSON API, served by axum from one
//! binary with its templates and assets embedded.
//!
//! # Shape
//!
//! * [`ServeOptions`] + [`serve()`]: what the `backwards serve` command calls.
//!   It opens (creating and migrating) the database, refuses a non-loopback
//!   address outside team mode, binds, and serves until `shutdown` resolves.
//! * [`app`]: the router on an [`AppState`], for callers that bind their own
//!   listener (the integration tests bind `127.0.0.1:0`).
//!
//! Every page and API route acts for one *workspace*, named in its path
//! (`/w/{ws}/…`, `/api/v1/w/{ws}/…`). In local mode there is exactly one,
//! and no accounts; in team mode the caller must be a member (session
//! cookie for pages, `Authorization: Bearer` for the API). The store checks
//! the workspace again on every query, so a forgotten check cannot leak rows.
//!
//! The HTML is rendered on the server from minijinja templates (auto-escaped)
//! and enhanced with vendored htmx for live coaching and tabs: no SPA, no
//! Node build, no CDN, and a CSP that forbids inline scripts and styles.
//!
//! ```no_run
//! # async fn demo() -> anyhow::Result<()> {
//! let opts = backwards_server::ServeOptions::local("/tmp/backwards-data".into());
//! backwards_server::serve(opts, backwards_server::shutdown_signal()).await
//! # }
//! ```

mod analysis;
mod assets;
mod auth;
mod coach;
mod coach_cache;
mod csrf;
mod error;
mod export;
mod history;
mod idea_file;
mod markdown;
mod options;
mod polish_jobs;
mod routes;
mod security;
mod serve;
mod state;
mod steps;
mod views;

pub use error::AppError;
pub use options::{OptionsError, ServeOptions};
pub use routes::{API_ROUTES, app};
pub use serve::{serve, shutdown_signal};
pub use state::{AppState, Mode};
