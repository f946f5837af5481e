//! `backwards serve`: resolve the data directory and start the web app.
//!
//! The server crate never reads the environment; this is where the XDG
//! directory and the flags become [`backwards_server::ServeOptions`].

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::Outcome;
use crate::args::ServeArgs;

/// Run the server until Ctrl-C or SIGTERM.
pub fn run(args: &ServeArgs) -> Result<Outcome> {
    let data_dir = match &args.data_dir {
        Some(dir) => dir.clone(),
        None => default_data_dir()?,
    };
    let opts = backwards_server::ServeOptions {
        addr: args.addr,
        database_url: args.database.clone(),
        team: args.team,
        data_dir,
        secure_cookies: args.secure_cookies,
        // The Polish button: the same settings as `write --polish` (config file,
        // environment, flags). None configured is fine: the button explains.
        llm: super::polish::settings(&args.model)?,
    };
    // Say where to point the browser. The database URL is not printed: a
    // PostgreSQL URL may carry a password.
    let mode = if args.team { "team mode" } else { "local mode" };
    // The model's name only: never its key.
    let polish = match &opts.llm {
        Some(llm) => format!("Polish button: {}", llm.model),
        None => "no language model configured".to_owned(),
    };
    eprintln!(
        "backwards: serving on http://{} ({mode}; {polish}); Ctrl-C to stop",
        args.addr
    );
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(backwards_server::serve(
        opts,
        backwards_server::shutdown_signal(),
    ))?;
    Ok(Outcome::Ok)
}

/// `$XDG_DATA_HOME/backwards`, else `~/.local/share/backwards` (the XDG default).
fn default_data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("backwards"));
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .context("neither XDG_DATA_HOME nor HOME is set; pass --data-dir")?;
    Ok(PathBuf::from(home).join(".local/share/backwards"))
}
