//! The two wire formats, behind one small enum.
//!
//! Every function here is pure: building a request yields data ([`WireRequest`]), and
//! parsing takes text. The HTTP client in [`crate::client`] is the only code that does
//! I/O, so these can be tested exhaustively against recorded fixture text, and a third
//! format would be one more file plus one more match arm.

pub mod anthropic;
pub mod openai;

use serde::{Deserialize, Serialize};

use crate::error::LlmError;
use crate::sse::SseEvent;
use crate::types::{ChatRequest, ChatResponse, StreamDelta};

/// The wire format a provider speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Protocol {
    /// `POST {base}/chat/completions`, where the base URL includes `/v1`. Spoken by
    /// OpenAI, OpenRouter, Ollama, llama.cpp's server, vLLM and LM Studio.
    OpenAi,
    /// Anthropic Messages: `POST {base}/v1/messages`.
    Anthropic,
}

impl Protocol {
    /// A stable, human-readable name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Self::OpenAi => "openai-compatible",
            Self::Anthropic => "anthropic-messages",
        }
    }
}

/// How the API key is sent. Kept separate from [`WireRequest::headers`] so that a
/// built request can be printed or asserted on without ever holding the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthScheme {
    /// `Authorization: Bearer <key>` (OpenAI and compatibles).
    Bearer,
    /// `x-api-key: <key>` (Anthropic).
    XApiKey,
}

/// A request ready to send, as plain data.
#[derive(Debug, Clone, PartialEq)]
pub struct WireRequest {
    /// Absolute URL.
    pub url: String,
    /// Non-secret headers (content type, API version).
    pub headers: Vec<(&'static str, String)>,
    /// How to attach the key, if there is one.
    pub auth: AuthScheme,
    /// JSON body.
    pub body: serde_json::Value,
}

/// Builds the chat request for `protocol`.
pub fn build_chat(
    protocol: Protocol,
    base_url: &str,
    model: &str,
    request: &ChatRequest,
    stream: bool,
) -> WireRequest {
    match protocol {
        Protocol::OpenAi => openai::build_request(base_url, model, request, stream),
        Protocol::Anthropic => anthropic::build_request(base_url, model, request, stream),
    }
}

/// The URL that lists models, used by `doctor` to check that the endpoint answers
/// without spending tokens.
pub fn models_url(protocol: Protocol, base_url: &str) -> String {
    match protocol {
        Protocol::OpenAi => format!("{}/models", openai::trim_base(base_url)),
        Protocol::Anthropic => format!("{}/v1/models", anthropic::trim_base(base_url)),
    }
}

/// Parses a non-streaming response body.
pub fn parse_response(protocol: Protocol, body: &str) -> Result<ChatResponse, LlmError> {
    match protocol {
        Protocol::OpenAi => openai::parse_response(body),
        Protocol::Anthropic => anthropic::parse_response(body),
    }
}

/// Collects a streamed answer event by event, whichever the protocol.
#[derive(Debug)]
pub enum StreamParser {
    /// OpenAI-compatible chunks.
    OpenAi(openai::StreamState),
    /// Anthropic events.
    Anthropic(anthropic::StreamState),
}

impl StreamParser {
    /// A parser for `protocol`.
    pub fn new(protocol: Protocol) -> Self {
        match protocol {
            Protocol::OpenAi => Self::OpenAi(openai::StreamState::default()),
            Protocol::Anthropic => Self::Anthropic(anthropic::StreamState::default()),
        }
    }

    /// Applies one event; returns new text if the event carried some.
    pub fn on_event(&mut self, event: &SseEvent) -> Result<Option<StreamDelta>, LlmError> {
        match self {
            Self::OpenAi(state) => state.on_event(event),
            Self::Anthropic(state) => state.on_event(event),
        }
    }

    /// Applies the event left over when the connection closed without the blank
    /// line that ends an event. If it parses, it counts (some servers omit the last
    /// blank line); if it does not, the connection was cut mid-event, which is a
    /// truncated stream rather than a server sending bad JSON.
    pub fn on_unterminated_event(
        &mut self,
        event: &SseEvent,
    ) -> Result<Option<StreamDelta>, LlmError> {
        self.on_event(event).map_err(|error| match error {
            LlmError::MalformedJson { .. } => LlmError::Truncated {
                detail: "the connection closed in the middle of an event".to_owned(),
            },
            other => other,
        })
    }

    /// Ends the stream, failing with [`LlmError::Truncated`] if the protocol's end
    /// marker never came.
    pub fn finish(self) -> Result<ChatResponse, LlmError> {
        match self {
            Self::OpenAi(state) => state.finish(),
            Self::Anthropic(state) => state.finish(),
        }
    }
}

/// Pulls the human-readable message out of an error body.
///
/// Providers disagree on the shape: OpenAI `{"error": {"message": ..}}`, Anthropic
/// `{"type": "error", "error": {"message": ..}}`, Ollama and llama.cpp sometimes
/// `{"error": "text"}`, proxies a plain HTML page. The user needs the message, not the
/// envelope, so try each shape and fall back to the (shortened) raw body.
pub fn error_message(body: &str) -> String {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(body) {
        let candidates = [
            value.pointer("/error/message"),
            value.get("error"),
            value.get("message"),
            value.get("detail"),
        ];
        for candidate in candidates.into_iter().flatten() {
            if let Some(text) = candidate.as_str() {
                return shorten(text, 500);
            }
        }
    }
    let trimmed = body.trim();
    if trimmed.is_empty() {
        "(empty body)".to_owned()
    } else {
        shorten(trimmed, 300)
    }
}

/// Cuts `text` to at most `max` characters (not bytes, so it never splits UTF-8).
pub(crate) fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
    }
}

/// Wraps a serde error with context and the start of the offending text.
pub(crate) fn malformed(context: &'static str, error: &serde_json::Error, text: &str) -> LlmError {
    LlmError::MalformedJson {
        context,
        detail: format!("{error}; text starts: {}", shorten(text, 120)),
    }
}

/// The error for a stream that ended before its end marker: says which marker
/// was missing and how much text had arrived, so a user can tell a dropped
/// connection (some text) from a server that never answered (none).
pub(crate) fn truncated(missing: &str, text: &str) -> LlmError {
    LlmError::Truncated {
        detail: format!("{missing} after {} characters", text.chars().count()),
    }
}

/// Runs recorded stream text through the decoder and parser, as the client does.
#[cfg(test)]
pub(crate) fn run_stream(
    protocol: Protocol,
    text: &str,
) -> (Vec<String>, Result<ChatResponse, LlmError>) {
    let mut decoder = crate::sse::SseDecoder::new();
    let mut parser = StreamParser::new(protocol);
    let mut deltas = Vec::new();
    for event in decoder.feed(text.as_bytes()) {
        match parser.on_event(&event) {
            Ok(delta) => deltas.extend(delta.map(|d| d.text)),
            Err(e) => return (deltas, Err(e)),
        }
    }
    if let Some(event) = decoder.finish() {
        match parser.on_unterminated_event(&event) {
            Ok(delta) => deltas.extend(delta.map(|d| d.text)),
            Err(e) => return (deltas, Err(e)),
        }
    }
    (deltas, parser.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_message_understands_each_shape() {
        let openai = r#"{"error":{"message":"model not found","type":"invalid_request_error"}}"#;
        assert_eq!(error_message(openai), "model not found");
        let anthropic =
            r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
        assert_eq!(error_message(anthropic), "Overloaded");
        assert_eq!(
            error_message(r#"{"error":"model 'x' not found"}"#),
            "model 'x' not found"
        );
        assert_eq!(
            error_message("<html>Bad Gateway</html>"),
            "<html>Bad Gateway</html>"
        );
        assert_eq!(error_message("  "), "(empty body)");
    }

    #[test]
    fn shorten_counts_characters() {
        assert_eq!(shorten("héllo", 2), "hé...");
        assert_eq!(shorten("hi", 5), "hi");
    }

    #[test]
    fn models_url_per_protocol() {
        assert_eq!(
            models_url(Protocol::OpenAi, "http://h/v1/"),
            "http://h/v1/models"
        );
        assert_eq!(
            models_url(Protocol::Anthropic, "http://h"),
            "http://h/v1/models"
        );
        assert_eq!(
            models_url(Protocol::Anthropic, "http://h/v1"),
            "http://h/v1/models"
        );
    }
}
