//! The real binary, started the way a user starts it:
//! `backwards serve --addr 127.0.0.1:PORT --data-dir DIR`.
//!
//! Each test gets its own process, port and data directory, so tests run
//! in parallel without sharing a database. The guard kills the process on
//! drop (also when a test fails half-way), so no server outlives its test.

use std::fs::File;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::Failure;

/// How many 50 ms polls to wait for `/healthz` before giving up: a debug
/// build migrating a fresh SQLite file on a busy 2-core machine can take
/// a few seconds, and this bounds the wait without timing anything.
const READY_POLLS: u32 = 1200;
/// Ports are picked free and then handed to the child; another process may
/// grab one in between, so a failed start is retried on a new port.
const START_ATTEMPTS: u32 = 5;

/// Model settings a developer may have in the environment; removed from
/// every server so only a test's own flags configure a model.
const LLM_VARS: &[&str] = &[
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_BASE_URL",
    "OPENROUTER_API_KEY",
    "BACKWARDS_PROVIDER",
    "BACKWARDS_MODEL",
    "BACKWARDS_BASE_URL",
    "BACKWARDS_API_KEY",
];

/// A running `backwards serve`, killed when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub base: String,
    log: PathBuf,
}

impl Server {
    /// Starts the server on a free loopback port, with its SQLite database
    /// (the default one) inside `data_dir`, and waits until it answers.
    pub async fn start(data_dir: &Path) -> Result<Server, Failure> {
        Self::start_with(data_dir, &[], &[]).await
    }

    /// Like [`Server::start`], with extra `serve` arguments and environment
    /// (the model flags and key of the Polish button).
    pub async fn start_with(
        data_dir: &Path,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Result<Server, Failure> {
        let mut last = String::new();
        for _ in 0..START_ATTEMPTS {
            match try_start(data_dir, free_port()?, args, env).await? {
                Ok(server) => return Ok(server),
                Err(log) => last = log,
            }
        }
        Err(format!("`backwards serve` did not start; its last output:\n{last}").into())
    }

    /// Kills the process with SIGKILL (what `std::process::Child::kill`
    /// sends on Unix): no graceful shutdown, no checkpoint, exactly a crash.
    pub fn kill9(mut self) -> Result<(), Failure> {
        self.child.kill()?;
        self.child.wait()?;
        Ok(())
    }

    /// What the server wrote to stderr so far (for failure messages).
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Already dead after `kill9`: both calls then fail harmlessly.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `Ok(Err(log))` when the process exited before answering (for example
/// because the port was taken meanwhile), so the caller can retry.
async fn try_start(
    data_dir: &Path,
    port: u16,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<Result<Server, String>, Failure> {
    let log = data_dir.join(format!("serve-{port}.log"));
    let mut command = Command::new(env!("CARGO_BIN_EXE_backwards"));
    command
        .arg("serve")
        .arg("--addr")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        // The default database, in the data dir: never a developer's own.
        .env_remove("BACKWARDS_DATABASE_URL")
        .env_remove("BACKWARDS_DATA_DIR")
        // No model unless the test names one: a developer's own key or
        // config file must not turn the Polish button on.
        .env("XDG_CONFIG_HOME", data_dir);
    for var in LLM_VARS {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(File::create(&log)?)
        .spawn()?;
    let mut server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
        log,
    };
    // The binary's LLM client builds reqwest with rustls but no crypto
    // provider (ring is installed at run time); cargo unifies features, so
    // this test client needs the same provider before it is built.
    backwards_llm::install_crypto_provider();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()?;
    for _ in 0..READY_POLLS {
        if let Some(status) = server.child.try_wait()? {
            return Ok(Err(format!("exited with {status}:\n{}", server.log())));
        }
        let health = http.get(format!("{}/healthz", server.base)).send().await;
        if health.is_ok_and(|r| r.status().is_success()) {
            return Ok(Ok(server));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!(
        "`backwards serve` on port {port} never answered /healthz:\n{}",
        server.log()
    )
    .into())
}

/// A port nobody listens on right now (the OS picks it).
fn free_port() -> Result<u16, Failure> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}
