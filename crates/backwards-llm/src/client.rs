//! The HTTP side: sending a built request, with timeouts, retries and cancellation.
//!
//! The shape of one call:
//!
//! ```text
//! complete()/stream()
//!   └─ loop over attempts (retry on 429/5xx/connection failure, with backoff)
//!        └─ select! { cancelled, timeout(overall, attempt()) }
//!             └─ send → status check → body (or SSE chunks, each under the idle timeout)
//! ```
//!
//! Cancellation and timeouts work by dropping the in-flight future, which makes
//! reqwest close the connection: the server sees the request go away.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{CONTENT_TYPE, HeaderValue};
use tokio_util::sync::CancellationToken;

use crate::error::{LlmError, TimeoutKind};
use crate::providers::{self, AuthScheme, StreamParser, WireRequest};
use crate::retry::{backoff_delay, clock_jitter, parse_retry_after};
use crate::secret::redact;
use crate::settings::LlmSettings;
use crate::sse::SseDecoder;
use crate::types::{ChatRequest, ChatResponse, StreamDelta};

/// A client for one configured model. Cheap to clone: clones share the connection
/// pool, which is what lets several documents be polished concurrently.
#[derive(Debug, Clone)]
pub struct LlmClient {
    http: reqwest::Client,
    settings: Arc<LlmSettings>,
}

/// The callback that receives streamed text as it arrives.
pub type DeltaSink<'a> = &'a mut (dyn FnMut(&StreamDelta) + Send);

impl LlmClient {
    /// Builds a client. Installs the ring TLS provider first (see
    /// [`crate::install_crypto_provider`]).
    pub fn new(settings: LlmSettings) -> Result<Self, LlmError> {
        crate::install_crypto_provider();
        let http = reqwest::Client::builder()
            .connect_timeout(settings.timeouts.connect)
            .user_agent(concat!("backwards/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| LlmError::Config(format!("cannot build the HTTP client: {e}")))?;
        Ok(Self {
            http,
            settings: Arc::new(settings),
        })
    }

    /// The underlying HTTP client, for the few calls that are not chat requests
    /// (doctor's model list).
    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The settings this client was built from.
    pub fn settings(&self) -> &LlmSettings {
        &self.settings
    }

    /// Sends a request and waits for the whole answer.
    pub async fn complete(
        &self,
        request: &ChatRequest,
        cancel: &CancellationToken,
    ) -> Result<ChatResponse, LlmError> {
        self.run(request, cancel, None).await
    }

    /// Sends a request and streams the answer, calling `on_delta` for each piece of
    /// text. Returns the whole answer once the stream has ended properly; a stream
    /// that stops early is an error ([`LlmError::Truncated`]) even though the
    /// callback has already seen part of the text.
    pub async fn stream(
        &self,
        request: &ChatRequest,
        cancel: &CancellationToken,
        on_delta: DeltaSink<'_>,
    ) -> Result<ChatResponse, LlmError> {
        self.run(request, cancel, Some(on_delta)).await
    }

    /// Fills request fields left open with this client's defaults.
    fn with_defaults(&self, request: &ChatRequest) -> ChatRequest {
        let mut request = request.clone();
        request.max_tokens = request.max_tokens.or(Some(self.settings.max_tokens));
        request.temperature = request.temperature.or(self.settings.temperature);
        request
    }

    async fn run(
        &self,
        request: &ChatRequest,
        cancel: &CancellationToken,
        mut sink: Option<DeltaSink<'_>>,
    ) -> Result<ChatResponse, LlmError> {
        let s = &self.settings;
        let request = self.with_defaults(request);
        let wire =
            providers::build_chat(s.protocol, &s.base_url, &s.model, &request, sink.is_some());
        let mut retry = 0;
        loop {
            tracing::debug!(
                provider = %s.provider, url = %wire.url, model = %s.model,
                attempt = retry + 1, stream = sink.is_some(), "sending LLM request"
            );
            let attempt =
                tokio::time::timeout(s.timeouts.overall, self.attempt(&wire, sink.as_deref_mut()));
            let result = tokio::select! {
                biased;
                () = cancel.cancelled() => Err(LlmError::Cancelled),
                timed = attempt => timed.unwrap_or(Err(LlmError::Timeout {
                    kind: TimeoutKind::Overall,
                    limit: s.timeouts.overall,
                })),
            };
            match result {
                Err(error) if error.is_retryable() && retry < s.retry.max_retries => {
                    let delay = backoff_delay(&s.retry, retry, error.retry_after(), clock_jitter());
                    tracing::warn!(
                        provider = %s.provider, error = %error, retry = retry + 1,
                        delay_ms = delay.as_millis() as u64, "LLM request failed; retrying"
                    );
                    sleep_or_cancel(delay, cancel).await?;
                    retry += 1;
                }
                Ok(response) => {
                    tracing::debug!(
                        provider = %s.provider, input_tokens = response.usage.input_tokens,
                        output_tokens = response.usage.output_tokens, "LLM request finished"
                    );
                    return Ok(response);
                }
                Err(error) => {
                    tracing::debug!(provider = %s.provider, error = %error, "LLM request failed");
                    return Err(error);
                }
            }
        }
    }

    /// One attempt: send, check the status, read the answer.
    async fn attempt<'s>(
        &self,
        wire: &WireRequest,
        sink: Option<&mut (dyn FnMut(&StreamDelta) + Send + 's)>,
    ) -> Result<ChatResponse, LlmError> {
        let idle = self.settings.timeouts.idle;
        let send = self.request_builder(wire, sink.is_some())?.send();
        let response = match sink {
            // A streaming server sends headers at once; silence means it is stuck.
            Some(_) => tokio::time::timeout(idle, send)
                .await
                .map_err(|_| LlmError::Timeout {
                    kind: TimeoutKind::Idle,
                    limit: idle,
                })?,
            // A non-streaming server may hold the headers until it has finished
            // writing, so only the overall limit applies.
            None => send.await,
        }
        .map_err(|e| self.transport_error(&e))?;

        let status = response.status();
        if !status.is_success() {
            let retry_after = parse_retry_after(response.headers());
            let body = response.text().await.unwrap_or_default();
            return Err(LlmError::Status {
                status: status.as_u16(),
                message: self.redact(&providers::error_message(&body)),
                retry_after,
            });
        }
        let is_event_stream = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/event-stream"));
        match sink {
            Some(sink) if is_event_stream => self.read_stream(response, sink).await,
            Some(sink) => {
                // Some servers ignore `stream: true` and answer in one piece; accept
                // that and hand the whole text to the callback at once.
                let answer = self.read_whole(response).await?;
                sink(&StreamDelta {
                    text: answer.text.clone(),
                });
                Ok(answer)
            }
            None => self.read_whole(response).await,
        }
    }

    fn request_builder(
        &self,
        wire: &WireRequest,
        stream: bool,
    ) -> Result<reqwest::RequestBuilder, LlmError> {
        let mut builder = self.http.post(&wire.url).json(&wire.body);
        for (name, value) in &wire.headers {
            builder = builder.header(*name, value);
        }
        if stream {
            builder = builder.header("accept", "text/event-stream");
        }
        self.authorize(builder, wire.auth)
    }

    /// Attaches the key, if there is one, in the header `auth` calls for.
    ///
    /// This is the only place a key is put on the wire. The header is marked
    /// sensitive so that HTTP-level debug output never shows it.
    pub(crate) fn authorize(
        &self,
        builder: reqwest::RequestBuilder,
        auth: AuthScheme,
    ) -> Result<reqwest::RequestBuilder, LlmError> {
        let Some(key) = &self.settings.api_key else {
            return Ok(builder);
        };
        let (name, value) = match auth {
            AuthScheme::Bearer => ("authorization", format!("Bearer {}", key.expose())),
            AuthScheme::XApiKey => ("x-api-key", key.expose().to_owned()),
        };
        let mut value = HeaderValue::from_str(&value).map_err(|_| {
            LlmError::Config("the API key contains characters not allowed in a header".into())
        })?;
        value.set_sensitive(true);
        Ok(builder.header(name, value))
    }

    async fn read_whole(&self, response: reqwest::Response) -> Result<ChatResponse, LlmError> {
        let body = response.text().await.map_err(|e| LlmError::Truncated {
            detail: format!("the body could not be read: {}", self.describe(&e)),
        })?;
        providers::parse_response(self.settings.protocol, &body).map_err(|e| self.redact_error(e))
    }

    async fn read_stream<'s>(
        &self,
        mut response: reqwest::Response,
        sink: &mut (dyn FnMut(&StreamDelta) + Send + 's),
    ) -> Result<ChatResponse, LlmError> {
        let idle = self.settings.timeouts.idle;
        let mut decoder = SseDecoder::new();
        let mut parser = StreamParser::new(self.settings.protocol);
        let mut received = 0usize;
        loop {
            let chunk = tokio::time::timeout(idle, response.chunk())
                .await
                .map_err(|_| LlmError::Timeout {
                    kind: TimeoutKind::Idle,
                    limit: idle,
                })?;
            let bytes = match chunk {
                Ok(Some(bytes)) => bytes,
                Ok(None) => break,
                Err(e) => {
                    return Err(LlmError::Truncated {
                        detail: format!(
                            "the connection broke after {received} bytes: {}",
                            self.describe(&e)
                        ),
                    });
                }
            };
            received += bytes.len();
            for event in decoder.feed(&bytes) {
                if let Some(delta) = parser.on_event(&event).map_err(|e| self.redact_error(e))? {
                    sink(&delta);
                }
            }
        }
        if let Some(event) = decoder.finish()
            && let Some(delta) = parser
                .on_unterminated_event(&event)
                .map_err(|e| self.redact_error(e))?
        {
            sink(&delta);
        }
        parser.finish()
    }

    fn transport_error(&self, error: &reqwest::Error) -> LlmError {
        if error.is_timeout() {
            return LlmError::Timeout {
                kind: TimeoutKind::Connect,
                limit: self.settings.timeouts.connect,
            };
        }
        LlmError::Transport(self.describe(error))
    }

    /// The error with its whole source chain ("error sending request" alone does
    /// not say "connection refused"), redacted.
    fn describe(&self, error: &reqwest::Error) -> String {
        let mut text = error.to_string();
        let mut source = std::error::Error::source(error);
        while let Some(inner) = source {
            text.push_str(": ");
            text.push_str(&inner.to_string());
            source = inner.source();
        }
        self.redact(&text)
    }

    fn redact(&self, text: &str) -> String {
        redact(text, self.settings.api_key.as_ref())
    }

    /// Scrubs the key out of the text-bearing variants built from network input.
    fn redact_error(&self, error: LlmError) -> LlmError {
        match error {
            LlmError::MalformedJson { context, detail } => LlmError::MalformedJson {
                context,
                detail: self.redact(&detail),
            },
            LlmError::Provider(message) => LlmError::Provider(self.redact(&message)),
            LlmError::UnexpectedResponse(m) => LlmError::UnexpectedResponse(self.redact(&m)),
            other => other,
        }
    }
}

/// Sleeps for the backoff delay unless cancelled first.
async fn sleep_or_cancel(delay: Duration, cancel: &CancellationToken) -> Result<(), LlmError> {
    tokio::select! {
        biased;
        () = cancel.cancelled() => Err(LlmError::Cancelled),
        () = tokio::time::sleep(delay) => Ok(()),
    }
}
