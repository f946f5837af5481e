//! Starting and stopping the server.

use std::future::Future;

use anyhow::Context as _;
use backwards_store::Store;

use crate::options::ServeOptions;
use crate::routes::app;
use crate::state::{AppState, Mode};

/// Opens the database (creating and migrating it), binds `opts.addr` and
/// serves until `shutdown` resolves; then stops accepting, lets in-flight
/// requests finish, and closes the database cleanly.
///
/// Saves are acknowledged only after the store committed them, so a hard
/// kill loses nothing a client was told was saved; the graceful path exists
/// so SQLite can checkpoint its log and PostgreSQL sees clean disconnects.
pub async fn serve(
    opts: ServeOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    opts.check()?;
    let store = Store::open(&opts.database_url())
        .await
        .context("cannot open the database")?;
    let mode = if opts.team { Mode::Team } else { Mode::Local };
    let mut state = AppState::new(store.clone(), mode, opts.secure_cookies)
        .await
        .context("cannot prepare the workspace")?;
    if let Some(settings) = opts.llm {
        state = state
            .with_llm(settings)
            .context("cannot set up the language model client")?;
    }
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .with_context(|| format!("cannot listen on {}", opts.addr))?;
    tracing::info!(addr = %opts.addr, team = opts.team, "backwards is serving");
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
        .context("the server failed")?;
    store.close().await;
    Ok(())
}

/// Resolves on Ctrl-C or (on Unix) SIGTERM: the usual `shutdown` argument
/// of [`serve`], so `backwards serve` stops gracefully under systemd,
/// Docker and a terminal alike.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            // No signal handler could be installed: never resolve, rather
            // than shutting down at once.
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
