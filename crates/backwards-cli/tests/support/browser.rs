//! Headless Chromium, driven over WebDriver by fantoccini: Debian's
//! `chromium` and `chromium-driver`, started per test, one at a time.
//!
//! The WebDriver session talks plain HTTP on loopback, so fantoccini runs
//! without a TLS stack (hyper-util's `HttpConnector`). Chromium gets the
//! flags measured in the ecosystem notes: headless and no sandbox (we run
//! as root), no background networking on a closed network, and its own
//! throwaway profile.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

use super::Failure;

/// Where Debian puts the two programs.
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// 50 ms polls while chromedriver starts (a bound, not a timing).
const DRIVER_POLLS: u32 = 400;

/// One browser: chromedriver, a Chromium session, and its profile dir.
/// chromedriver is killed on drop; call [`Browser::close`] first so
/// Chromium itself exits cleanly (and its profile can be removed).
pub struct Browser {
    /// The WebDriver session.
    pub client: Client,
    _driver: Driver,
    _profile: tempfile::TempDir,
}

/// chromedriver, killed on drop.
struct Driver(Child);

impl Browser {
    /// Starts chromedriver and a headless Chromium session, or fails with
    /// how to install them.
    pub async fn start() -> Result<Browser, Failure> {
        for program in [CHROMEDRIVER, CHROMIUM] {
            if !Path::new(program).exists() {
                return Err(format!(
                    "{program} is missing: the browser tests need Debian's chromium and \
                     chromium-driver. Install them with `bash .ci/packages.sh` (as root), \
                     then rerun the tests."
                )
                .into());
            }
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        // Guarded before connecting, so a failed session start still
        // kills chromedriver.
        let driver = Driver(
            Command::new(CHROMEDRIVER)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()?,
        );
        let profile = tempfile::tempdir()?;
        Ok(Browser {
            client: connect(port, profile.path()).await?,
            _driver: driver,
            _profile: profile,
        })
    }

    /// Ends the session (Chromium exits) and stops chromedriver.
    pub async fn close(self) -> Result<(), Failure> {
        self.client.clone().close().await?;
        Ok(())
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits for chromedriver to listen, then opens a session.
async fn connect(port: u16, profile: &Path) -> Result<Client, Failure> {
    let url = format!("http://127.0.0.1:{port}");
    for _ in 0..DRIVER_POLLS {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            let client = ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities(profile))
                .connect(&url)
                .await?;
            return Ok(client);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!("{CHROMEDRIVER} never listened on port {port}").into())
}

fn capabilities(profile: &Path) -> serde_json::Map<String, Value> {
    let args = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--hide-scrollbars",
        "--window-size=1280,900",
    ]
    .map(String::from)
    .into_iter()
    .chain([format!("--user-data-dir={}", profile.display())])
    .collect::<Vec<_>>();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({ "binary": CHROMIUM, "args": args }),
    );
    // Leave alerts open instead of dismissing them, so they can be seen.
    caps.insert("unhandledPromptBehavior".into(), json!("ignore"));
    caps
}

/// Where a screenshot is saved: under the build's scratch folder, so that a
/// test run never rewrites a tracked file (Chromium's PNGs differ by a few
/// bytes from run to run); with `BACKWARDS_UPDATE_SCREENSHOTS` set, at
/// `docs/screenshots/NAME` in the repository, the copies the README shows.
pub fn screenshot_path(name: &str) -> PathBuf {
    let dir = if std::env::var_os("BACKWARDS_UPDATE_SCREENSHOTS").is_some() {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/screenshots")
    } else {
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
    };
    dir.join(name)
}
