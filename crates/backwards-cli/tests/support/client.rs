//! A tiny browser stand-in over plain HTTP: it keeps the `bw_csrf` cookie,
//! puts the same token in every form it posts (as the pages' forms do),
//! and never follows redirects, so tests see each 303 and its target.

use std::sync::Mutex;

use reqwest::header::{CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};

use super::Failure;

/// The CSRF cookie the server issues on the first response.
const CSRF_COOKIE: &str = "bw_csrf";

/// One response, read whole.
#[derive(Debug)]
pub struct Page {
    /// The HTTP status.
    pub status: u16,
    /// The `Location` header, or empty.
    pub location: String,
    /// The `Content-Type` header, or empty.
    pub content_type: String,
    /// The body as text.
    pub body: String,
}

impl Page {
    /// Fails unless the status is `want`, showing the start of the body
    /// (the server's error message) when it is not.
    pub fn expect(self, want: u16, what: &str) -> Result<Page, Failure> {
        if self.status == want {
            return Ok(self);
        }
        let start: String = self.body.chars().take(400).collect();
        Err(format!("{what}: expected {want}, got {}: {start}", self.status).into())
    }
}

/// A client with its own cookie, talking to one server.
pub struct Client {
    http: reqwest::Client,
    base: String,
    csrf: Mutex<Option<String>>,
}

impl Client {
    /// A client for the server at `base` (`http://127.0.0.1:PORT`).
    pub fn new(base: &str) -> Result<Client, Failure> {
        // The binary's LLM client builds reqwest with rustls but no crypto
        // provider (ring is installed at run time); cargo unifies features, so
        // this test client needs the same provider before it is built.
        backwards_llm::install_crypto_provider();
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Client {
            http,
            base: base.to_string(),
            csrf: Mutex::new(None),
        })
    }

    /// The server's address, for building absolute URLs.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The CSRF token this client holds (after its first request).
    pub fn csrf(&self) -> String {
        self.csrf
            .lock()
            .map(|c| c.clone().unwrap_or_default())
            .unwrap_or_default()
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> Result<Page, Failure> {
        let request = self.http.get(self.url(path));
        self.send(request).await
    }

    /// `POST path` as a URL-encoded form, with the `csrf` field added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Result<Page, Failure> {
        self.ensure_csrf().await?;
        let csrf = self.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf", &csrf)];
        all.extend_from_slice(fields);
        let request = self.http.post(self.url(path)).form(&all);
        self.send(request).await
    }

    /// `POST path` as `multipart/form-data` with the `csrf` field and one
    /// file field named `file` (what the upload form sends). Built by hand:
    /// reqwest's multipart feature would add dependencies for one test.
    pub async fn post_file(&self, path: &str, name: &str, content: &str) -> Result<Page, Failure> {
        self.ensure_csrf().await?;
        let boundary = "----backwards-test-boundary-7d41c2";
        let body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: text/markdown\r\n\r\n{content}\r\n--{boundary}--\r\n",
            csrf = self.csrf()
        );
        let request = self
            .http
            .post(self.url(path))
            .header(
                CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body);
        self.send(request).await
    }

    /// `POST path` with a JSON body (the API needs no CSRF token).
    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> Result<Page, Failure> {
        let request = self.http.post(self.url(path)).json(body);
        self.send(request).await
    }

    /// Gets a CSRF cookie if this client has none yet.
    async fn ensure_csrf(&self) -> Result<(), Failure> {
        if self.csrf().is_empty() {
            self.get("/healthz").await?;
        }
        if self.csrf().is_empty() {
            return Err("the server set no bw_csrf cookie".into());
        }
        Ok(())
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        }
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<Page, Failure> {
        let csrf = self.csrf();
        let request = if csrf.is_empty() {
            request
        } else {
            request.header(COOKIE, format!("{CSRF_COOKIE}={csrf}"))
        };
        let response = request.send().await?;
        for value in response.headers().get_all(SET_COOKIE) {
            let text = value.to_str().unwrap_or_default();
            let pair = text.split(';').next().unwrap_or_default();
            if let Some(token) = pair.strip_prefix(&format!("{CSRF_COOKIE}="))
                && let Ok(mut slot) = self.csrf.lock()
            {
                *slot = Some(token.to_string());
            }
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string()
        };
        let location = header(LOCATION);
        let content_type = header(CONTENT_TYPE);
        let status = response.status().as_u16();
        let body = response.text().await?;
        Ok(Page {
            status,
            location,
            content_type,
            body,
        })
    }
}
