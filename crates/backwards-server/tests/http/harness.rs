//! A real server on `127.0.0.1:0` over a fresh database, and a small
//! browser-like client (cookies, CSRF field) that talks to it over HTTP.
//!
//! Every test runs once per backend: a SQLite file in a temp dir, and a
//! brand-new PostgreSQL database on the server named by
//! `BACKWARDS_TEST_PG_URL` (the PostgreSQL runs FAIL without it).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use backwards_server::{AppState, Mode, app};
use backwards_store::Store;
use reqwest::header::{HeaderMap, SET_COOKIE};
use sqlx::{Connection, Executor, PgConnection};

/// What a failing step returns.
pub type Failure = Box<dyn std::error::Error + Send + Sync>;
/// A test's result.
pub type TestResult = Result<(), Failure>;

/// The variable naming the PostgreSQL server.
const PG_URL_VAR: &str = "BACKWARDS_TEST_PG_URL";

/// Which database a run uses.
#[derive(Debug, Clone, Copy)]
pub enum Backend {
    /// A SQLite file in a temp dir.
    Sqlite,
    /// A fresh PostgreSQL database.
    Postgres,
}

/// A running server and what to clean up after it.
pub struct TestServer {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The store the server uses (tests may seed it directly).
    pub store: Store,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl TestServer {
    /// Starts the app on a fresh database of `backend`.
    pub async fn start(backend: Backend, mode: Mode) -> Result<TestServer, Failure> {
        Self::start_with_llm(backend, mode, None).await
    }

    /// Starts the app with a language model configured (the Polish button).
    pub async fn start_with_llm(
        backend: Backend,
        mode: Mode,
        llm: Option<backwards_llm::LlmSettings>,
    ) -> Result<TestServer, Failure> {
        let (url, dir, pg) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir()?;
                let url = format!("sqlite://{}/db/backwards.db", dir.path().display());
                (url, Some(dir), None)
            }
            Backend::Postgres => {
                let admin = pg_admin_url();
                let name = create_pg_database(&admin).await?;
                let url = with_database(&admin, &name)?;
                (url, None, Some((admin, name)))
            }
        };
        let store = Store::open(&url).await?;
        let mut state = AppState::new(store.clone(), mode, false).await?;
        if let Some(settings) = llm {
            state = state.with_llm(settings)?;
        }
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await?;
        let addr = listener.local_addr()?;
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app(state))
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(TestServer {
            base: format!("http://{addr}"),
            store,
            shutdown: Some(tx),
            task: Some(task),
            _dir: dir,
            pg,
        })
    }

    /// A new client with an empty cookie jar.
    pub fn client(&self) -> Result<Client, Failure> {
        Client::new(&self.base)
    }

    /// Stops the server and drops the PostgreSQL database. Only reached
    /// when the test passed, so a failed run leaves its database behind.
    pub async fn finish(mut self) -> TestResult {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.await?;
        }
        self.store.close().await;
        if let Some((admin, name)) = self.pg.take() {
            drop_pg_database(&admin, &name).await?;
        }
        Ok(())
    }
}

/// Drops a test database. `WITH (FORCE)` ends our own leftover
/// connections, but not an autovacuum worker (owned by the superuser) that
/// may have just started on it; that one finishes within moments, so the
/// drop is retried a few times before the database is left for a later
/// cleanup. Cleanup is not what the test checks, so that is not a failure.
async fn drop_pg_database(admin: &str, name: &str) -> TestResult {
    let mut conn = PgConnection::connect(admin).await?;
    let sql = format!("DROP DATABASE {name} WITH (FORCE)");
    for attempt in 0..10 {
        match conn.execute(sqlx::AssertSqlSafe(sql.clone())).await {
            Ok(_) => break,
            Err(err) if attempt == 9 => eprintln!("left test database {name} behind: {err}"),
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(200)).await,
        }
    }
    conn.close().await?;
    Ok(())
}

fn pg_admin_url() -> String {
    match std::env::var(PG_URL_VAR) {
        Ok(url) => url,
        Err(_) => panic!(
            "{PG_URL_VAR} is not set. The server's PostgreSQL tests need a real server; they \
             fail rather than skip without one. Start one on 127.0.0.1 from the repository \
             root with\n\n    eval \"$(.ci/postgres.sh)\"\n\nthen rerun the tests."
        ),
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

async fn create_pg_database(admin_url: &str) -> Result<String, Failure> {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let name = format!("backwards_server_test_{}_{n}_{nanos}", std::process::id());
    let mut conn = PgConnection::connect(admin_url)
        .await
        .map_err(|e| format!("cannot connect to {PG_URL_VAR} (is the server running?): {e}"))?;
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await?;
    conn.close().await?;
    Ok(name)
}

/// The same server URL pointing at another database.
fn with_database(url: &str, name: &str) -> Result<String, Failure> {
    let without_query = url.split('?').next().unwrap_or(url);
    let (server, _) = without_query
        .rsplit_once('/')
        .ok_or_else(|| format!("{PG_URL_VAR} has no database path"))?;
    Ok(format!("{server}/{name}"))
}

/// One response, read whole.
#[derive(Debug)]
pub struct Resp {
    /// The status code.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body as text (lossy for binary downloads: use `bytes`).
    pub body: String,
    /// The body as received, for the PDF and DOCX downloads.
    pub bytes: Vec<u8>,
}

impl Resp {
    /// A header as text ("" if missing).
    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    }

    /// The redirect target ("" if none).
    pub fn location(&self) -> String {
        self.header("location")
    }

    /// The body as JSON.
    pub fn json(&self) -> Result<serde_json::Value, Failure> {
        Ok(serde_json::from_str(&self.body).map_err(|e| format!("{e}: {}", self.body))?)
    }

    /// Fails unless the status is `expected`.
    pub fn expect(self, expected: u16) -> Result<Resp, Failure> {
        if self.status == expected {
            Ok(self)
        } else {
            Err(format!("expected {expected}, got {}: {}", self.status, self.body).into())
        }
    }
}

/// A browser-like client: keeps cookies, never follows redirects (tests
/// look at them), and adds the CSRF field to forms like the pages do.
pub struct Client {
    base: String,
    http: reqwest::Client,
    cookies: Mutex<BTreeMap<String, String>>,
    /// Sent as `Authorization: Bearer …` when set.
    pub bearer: Option<String>,
}

impl Client {
    fn new(base: &str) -> Result<Client, Failure> {
        install_crypto_provider();
        // No pooled connections: after a 413 the server closes the socket,
        // and a reused connection would fail the next, unrelated request.
        let http = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Client {
            base: base.to_string(),
            http,
            cookies: Mutex::default(),
            bearer: None,
        })
    }

    /// A cookie's current value.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().ok()?.get(name).cloned()
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .lock()
            .map(|c| {
                c.iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default()
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<Resp, Failure> {
        let mut request = request.header("cookie", self.cookie_header());
        if let Some(token) = &self.bearer {
            request = request.bearer_auth(token);
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        if let Ok(mut jar) = self.cookies.lock() {
            for value in headers
                .get_all(SET_COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok())
            {
                if let Some((name, rest)) = value.split(';').next().and_then(|p| p.split_once('='))
                {
                    if rest.is_empty() || value.contains("Max-Age=0") {
                        jar.remove(name);
                    } else {
                        jar.insert(name.to_string(), rest.to_string());
                    }
                }
            }
        }
        let bytes = response.bytes().await?.to_vec();
        let body = String::from_utf8_lossy(&bytes).into_owned();
        Ok(Resp {
            status,
            headers,
            body,
            bytes,
        })
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> Result<Resp, Failure> {
        self.send(self.http.get(format!("{}{path}", self.base)))
            .await
    }

    /// `POST path` as a URL-encoded form, with the CSRF field added (a GET
    /// first, if no page was loaded yet, to receive the CSRF cookie).
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Result<Resp, Failure> {
        if self.cookie("bw_csrf").is_none() {
            self.get("/healthz").await?;
        }
        let csrf = self.cookie("bw_csrf").unwrap_or_default();
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let body = form_encode(&all);
        self.post_raw(path, "application/x-www-form-urlencoded", body.into_bytes())
            .await
    }

    /// `POST path` as a form without any CSRF field (to test the refusal).
    pub async fn post_form_without_csrf(
        &self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<Resp, Failure> {
        self.post_raw(
            path,
            "application/x-www-form-urlencoded",
            form_encode(fields).into_bytes(),
        )
        .await
    }

    /// `POST path` as a form with the token in the `X-CSRF-Token` header
    /// (as htmx sends it) instead of a field.
    pub async fn post_form_htmx(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        token: &str,
    ) -> Result<Resp, Failure> {
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("x-csrf-token", token)
            .header("hx-request", "true")
            .body(form_encode(fields));
        self.send(request).await
    }

    /// `POST path` with a raw body.
    pub async fn post_raw(
        &self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> Result<Resp, Failure> {
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body);
        self.send(request).await
    }

    /// `POST path` with a JSON body.
    pub async fn post_json(&self, path: &str, value: &serde_json::Value) -> Result<Resp, Failure> {
        self.post_raw(path, "application/json", serde_json::to_vec(value)?)
            .await
    }

    /// `POST path` as `multipart/form-data` with a CSRF field and one file.
    pub async fn upload(
        &self,
        path: &str,
        filename: &str,
        bytes: &[u8],
        with_csrf: bool,
    ) -> Result<Resp, Failure> {
        if self.cookie("bw_csrf").is_none() {
            self.get("/healthz").await?;
        }
        let boundary = "----backwards-test-boundary-7d2a";
        let mut body = Vec::new();
        if with_csrf {
            let csrf = self.cookie("bw_csrf").unwrap_or_default();
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n").as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\
                 Content-Type: text/markdown\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.post_raw(
            path,
            &format!("multipart/form-data; boundary={boundary}"),
            body,
        )
        .await
    }
}

/// Checks that an oversized request was refused: a 413, or the server
/// closing the connection while the client was still sending the body it
/// had already refused (HTTP allows both; which one the client sees is a
/// race). Anything else (a 2xx, a 5xx) fails.
pub fn expect_too_large(result: Result<Resp, Failure>) -> TestResult {
    match result {
        Ok(resp) if resp.status == 413 => Ok(()),
        Ok(resp) => Err(format!("expected 413, got {}: {}", resp.status, resp.body).into()),
        Err(err)
            if format!("{err:?}").contains("BodyWrite")
                || format!("{err:?}").contains("Broken pipe")
                || format!("{err:?}").contains("reset") =>
        {
            Ok(())
        }
        Err(err) => Err(err),
    }
}

/// `application/x-www-form-urlencoded` encoding.
fn form_encode(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Generates `mod sqlite { … }` and `mod postgres { … }`, one test per
/// backend for each listed `async fn(Backend) -> TestResult`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() -> $crate::harness::TestResult {
                    super::$name($crate::harness::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() -> $crate::harness::TestResult {
                    super::$name($crate::harness::Backend::Postgres).await
                }
            )*
        }
    };
}

/// In a workspace build cargo unifies features, and the LLM crate turns on
/// reqwest's `rustls-no-provider`: every reqwest client then needs a rustls
/// crypto provider installed first (ring, as the LLM crate uses).
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
