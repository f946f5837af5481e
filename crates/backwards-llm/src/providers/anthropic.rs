//! Anthropic Messages.
//!
//! Differences from the OpenAI format that matter here: the system prompt is a
//! top-level field, `max_tokens` is required, the key goes in `x-api-key` with a
//! pinned `anthropic-version`, the answer is a list of content blocks, and the stream
//! is a sequence of typed events ending in `message_stop`.

use serde::Deserialize;
use serde_json::json;

use super::{AuthScheme, WireRequest, malformed};
use crate::error::LlmError;
use crate::sse::SseEvent;
use crate::types::{ChatRequest, ChatResponse, Role, StreamDelta, Usage};

/// The API version this module's parsers were written against.
pub const ANTHROPIC_VERSION: &str = "2023-06-01";

/// Anthropic requires `max_tokens`; used when neither the request nor the client set it.
const FALLBACK_MAX_TOKENS: u32 = 4096;

/// The base URL without trailing slashes or a trailing `/v1`.
///
/// The convention (and `ANTHROPIC_BASE_URL`) is a base without `/v1`, but people who
/// are used to OpenAI-style URLs add it; accepting both avoids a confusing 404 on
/// `/v1/v1/messages`.
pub(crate) fn trim_base(base_url: &str) -> &str {
    let base = base_url.trim_end_matches('/');
    base.strip_suffix("/v1").unwrap_or(base)
}

/// Builds `POST {base}/v1/messages`.
pub fn build_request(
    base_url: &str,
    model: &str,
    request: &ChatRequest,
    stream: bool,
) -> WireRequest {
    let messages: Vec<_> = request
        .messages
        .iter()
        .map(|message| {
            let role = match message.role {
                Role::User => "user",
                Role::Assistant => "assistant",
            };
            json!({ "role": role, "content": message.content })
        })
        .collect();
    let mut body = json!({
        "model": model,
        "max_tokens": request.max_tokens.unwrap_or(FALLBACK_MAX_TOKENS),
        "messages": messages,
    });
    if let Some(system) = &request.system {
        body["system"] = json!(system);
    }
    if let Some(temperature) = request.temperature {
        body["temperature"] = json!(temperature);
    }
    if !request.stop.is_empty() {
        body["stop_sequences"] = json!(request.stop);
    }
    if stream {
        body["stream"] = json!(true);
    }
    WireRequest {
        url: format!("{}/v1/messages", trim_base(base_url)),
        headers: vec![
            ("content-type", "application/json".to_owned()),
            ("anthropic-version", ANTHROPIC_VERSION.to_owned()),
        ],
        auth: AuthScheme::XApiKey,
        body,
    }
}

#[derive(Deserialize)]
struct Message {
    #[serde(default)]
    model: String,
    #[serde(default)]
    content: Vec<ContentBlock>,
    stop_reason: Option<String>,
    #[serde(default)]
    usage: WireUsage,
}

#[derive(Deserialize)]
struct ContentBlock {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: String,
}

#[derive(Deserialize, Default, Clone, Copy)]
struct WireUsage {
    #[serde(default)]
    input_tokens: u64,
    #[serde(default)]
    output_tokens: u64,
}

/// Parses a non-streaming `message` body; text blocks are concatenated in order.
pub fn parse_response(body: &str) -> Result<ChatResponse, LlmError> {
    let message: Message =
        serde_json::from_str(body).map_err(|e| malformed("the response body", &e, body))?;
    let texts: Vec<&str> = message
        .content
        .iter()
        .filter(|b| b.kind == "text")
        .map(|b| b.text.as_str())
        .collect();
    if texts.is_empty() {
        return Err(LlmError::UnexpectedResponse(
            "the answer has no text block".into(),
        ));
    }
    Ok(ChatResponse {
        text: texts.concat(),
        usage: Usage {
            input_tokens: message.usage.input_tokens,
            output_tokens: message.usage.output_tokens,
            cost_usd: None,
        },
        model: message.model,
        stop_reason: message.stop_reason,
    })
}

/// One stream event; `type` selects which optional members are present.
#[derive(Deserialize)]
struct Event {
    #[serde(rename = "type")]
    kind: String,
    message: Option<Message>,
    delta: Option<EventDelta>,
    usage: Option<WireUsage>,
    error: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct EventDelta {
    #[serde(rename = "type")]
    kind: Option<String>,
    text: Option<String>,
    stop_reason: Option<String>,
}

/// What a stream has delivered so far.
#[derive(Debug, Default)]
pub struct StreamState {
    text: String,
    model: String,
    input_tokens: u64,
    output_tokens: u64,
    stop_reason: Option<String>,
    stopped: bool,
}

impl StreamState {
    /// Applies one SSE event.
    pub fn on_event(&mut self, event: &SseEvent) -> Result<Option<StreamDelta>, LlmError> {
        let data = event.data.trim();
        if data.is_empty() {
            return Ok(None);
        }
        let parsed: Event =
            serde_json::from_str(data).map_err(|e| malformed("a stream event", &e, data))?;
        match parsed.kind.as_str() {
            "message_start" => {
                if let Some(message) = parsed.message {
                    self.model = message.model;
                    self.input_tokens = message.usage.input_tokens;
                    self.output_tokens = message.usage.output_tokens;
                }
            }
            "content_block_delta" => {
                let delta = parsed
                    .delta
                    .filter(|d| d.kind.as_deref() == Some("text_delta"));
                if let Some(text) = delta.and_then(|d| d.text).filter(|t| !t.is_empty()) {
                    self.text.push_str(&text);
                    return Ok(Some(StreamDelta { text }));
                }
            }
            "message_delta" => {
                if let Some(reason) = parsed.delta.and_then(|d| d.stop_reason) {
                    self.stop_reason = Some(reason);
                }
                // `message_delta.usage.output_tokens` is cumulative, not an increment.
                if let Some(usage) = parsed.usage {
                    self.output_tokens = usage.output_tokens;
                }
            }
            "message_stop" => self.stopped = true,
            "error" => {
                let error = parsed.error.unwrap_or_default();
                return Err(LlmError::Provider(super::error_message(
                    &json!({ "error": error }).to_string(),
                )));
            }
            _ => {} // ping, content_block_start/stop, and future event types
        }
        Ok(None)
    }

    /// Ends the stream; without `message_stop` the answer is incomplete.
    pub fn finish(self) -> Result<ChatResponse, LlmError> {
        if !self.stopped {
            return Err(super::truncated("no message_stop event", &self.text));
        }
        Ok(ChatResponse {
            text: self.text,
            usage: Usage {
                input_tokens: self.input_tokens,
                output_tokens: self.output_tokens,
                cost_usd: None,
            },
            model: self.model,
            stop_reason: self.stop_reason,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_stream(text: &str) -> (Vec<String>, Result<ChatResponse, LlmError>) {
        super::super::run_stream(super::super::Protocol::Anthropic, text)
    }

    #[test]
    fn request_puts_system_on_top_and_pins_version() {
        let request = ChatRequest::new("Be terse.", "Hi").with_max_tokens(100);
        let wire = build_request("https://api.anthropic.com/", "claude-x", &request, true);
        assert_eq!(wire.url, "https://api.anthropic.com/v1/messages");
        assert_eq!(wire.auth, AuthScheme::XApiKey);
        assert!(
            wire.headers
                .contains(&("anthropic-version", "2023-06-01".to_owned()))
        );
        assert_eq!(
            wire.body,
            json!({
                "model": "claude-x",
                "max_tokens": 100,
                "system": "Be terse.",
                "messages": [{"role": "user", "content": "Hi"}],
                "stream": true
            })
        );
    }

    #[test]
    fn base_with_v1_is_not_doubled() {
        let wire = build_request("http://127.0.0.1:9/v1", "m", &ChatRequest::default(), false);
        assert_eq!(wire.url, "http://127.0.0.1:9/v1/messages");
        assert_eq!(wire.body["max_tokens"], json!(4096));
        assert!(wire.body.get("stream").is_none());
    }

    #[test]
    fn parses_recorded_response() {
        let response =
            parse_response(include_str!("../../fixtures/anthropic_response.json")).unwrap();
        assert_eq!(response.text, "Acme launches a faster way to plan meals.");
        assert_eq!(response.model, "claude-sonnet-4-5-20250929");
        assert_eq!(response.stop_reason.as_deref(), Some("end_turn"));
        assert_eq!(
            response.usage,
            Usage {
                input_tokens: 21,
                output_tokens: 11,
                cost_usd: None
            }
        );
    }

    #[test]
    fn parses_recorded_stream() {
        let (deltas, result) = run_stream(include_str!("../../fixtures/anthropic_stream.txt"));
        assert_eq!(deltas, ["Acme", " launches", " today."]);
        let response = result.unwrap();
        assert_eq!(response.text, "Acme launches today.");
        assert_eq!(
            response.usage,
            Usage {
                input_tokens: 25,
                output_tokens: 15,
                cost_usd: None
            }
        );
        assert_eq!(response.stop_reason.as_deref(), Some("end_turn"));
    }

    #[test]
    fn stream_without_message_stop_is_truncated() {
        let full = include_str!("../../fixtures/anthropic_stream.txt");
        let cut = &full[..full.find("event: message_stop").unwrap()];
        let (deltas, result) = run_stream(cut);
        assert_eq!(deltas.len(), 3);
        assert!(
            matches!(result, Err(LlmError::Truncated { .. })),
            "{result:?}"
        );
    }

    #[test]
    fn error_event_and_malformed_json_are_typed() {
        let text = "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n";
        match run_stream(text).1 {
            Err(LlmError::Provider(message)) => assert_eq!(message, "Overloaded"),
            other => panic!("expected a provider error, got {other:?}"),
        }
        let (_, bad) = run_stream("event: content_block_delta\ndata: {\"type\":\n\n");
        assert!(
            matches!(bad, Err(LlmError::MalformedJson { .. })),
            "{bad:?}"
        );
        assert!(matches!(
            parse_response(r#"{"content":[{"type":"tool_use","id":"x"}]}"#),
            Err(LlmError::UnexpectedResponse(_))
        ));
    }
}
