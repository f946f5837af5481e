//! How `backwards serve` is configured, and the checks made before binding.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Everything [`crate::serve()`] needs. The CLI fills it from its flags and
/// resolves the XDG data directory itself, so this crate never reads the
/// environment.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Where to listen. Must be a loopback address unless `team` is on.
    pub addr: SocketAddr,
    /// `sqlite://…` or `postgres://…`. `None` means the default SQLite file
    /// `<data_dir>/backwards.db` (see [`ServeOptions::database_url`]).
    pub database_url: Option<String>,
    /// Team mode: accounts, workspaces, share links, API tokens.
    pub team: bool,
    /// The app's data directory, e.g. `$XDG_DATA_HOME/backwards`.
    pub data_dir: PathBuf,
    /// Mark cookies `Secure`. Turn on when a TLS proxy fronts the server;
    /// off by default because a plain-HTTP loopback server could never set
    /// a Secure cookie.
    pub secure_cookies: bool,
    /// The language model behind the Polish button on the results page;
    /// `None` (no provider configured) hides the button. The CLI resolves
    /// it like `write --polish` does (config file, environment, flags).
    pub llm: Option<backwards_llm::LlmSettings>,
}

/// A configuration [`crate::serve()`] refuses before touching the network.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OptionsError {
    /// Local mode has no accounts, so anyone who can reach the port owns
    /// every idea: it must stay on this machine.
    #[error(
        "refusing to listen on {0}: without --team there are no accounts, so the server \
         only listens on a loopback address (127.0.0.1 or ::1). Use --team to share it."
    )]
    NotLoopback(SocketAddr),
}

impl ServeOptions {
    /// Local mode on `127.0.0.1:8080` with the default SQLite file.
    pub fn local(data_dir: PathBuf) -> Self {
        ServeOptions {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: None,
            team: false,
            data_dir,
            secure_cookies: false,
            llm: None,
        }
    }

    /// The database to open: the explicit URL, or the SQLite file in the
    /// data directory (created with its parents on first start).
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.data_dir.join("backwards.db").display()),
        }
    }

    /// Refuses a non-loopback address outside team mode.
    pub fn check(&self) -> Result<(), OptionsError> {
        if !self.team && !self.addr.ip().is_loopback() {
            return Err(OptionsError::NotLoopback(self.addr));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_mode_refuses_every_non_loopback_address() {
        let mut opts = ServeOptions::local("/data".into());
        assert!(opts.check().is_ok());
        for addr in ["0.0.0.0:8080", "192.168.1.10:80", "[::]:8080"] {
            opts.addr = addr.parse().unwrap_or(opts.addr);
            assert!(
                matches!(opts.check(), Err(OptionsError::NotLoopback(_))),
                "{addr}"
            );
        }
        opts.team = true;
        assert!(opts.check().is_ok());
    }

    #[test]
    fn the_default_database_is_a_file_in_the_data_dir() {
        let opts = ServeOptions::local("/var/data/backwards".into());
        assert_eq!(
            opts.database_url(),
            "sqlite:///var/data/backwards/backwards.db"
        );
    }
}
