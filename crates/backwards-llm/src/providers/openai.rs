//! OpenAI-compatible chat completions.
//!
//! One format serves OpenAI, OpenRouter, Ollama, llama.cpp's server, vLLM and LM
//! Studio; they differ only in base URL, key and model. The parsers accept the
//! superset of what these servers send (OpenRouter adds `usage.cost` and SSE comment
//! lines; local servers may omit `usage` entirely) and ignore every field we do not use.

use serde::Deserialize;
use serde_json::{Value, json};

use super::{AuthScheme, WireRequest, malformed};
use crate::error::LlmError;
use crate::sse::SseEvent;
use crate::types::{ChatRequest, ChatResponse, Role, StreamDelta, Usage};

/// Used when neither the request nor the client set a limit.
const FALLBACK_MAX_TOKENS: u32 = 4096;

/// Strips trailing slashes so that `http://h/v1/` and `http://h/v1` build the same URL.
pub(crate) fn trim_base(base_url: &str) -> &str {
    base_url.trim_end_matches('/')
}

/// Builds `POST {base}/chat/completions`.
///
/// With `stream`, we also ask for `stream_options.include_usage`, which makes OpenAI,
/// vLLM and Ollama append a final chunk with token counts; servers that do not know
/// the option ignore it, and then usage is counted from the deltas instead.
pub fn build_request(
    base_url: &str,
    model: &str,
    request: &ChatRequest,
    stream: bool,
) -> WireRequest {
    let mut messages = Vec::with_capacity(request.messages.len() + 1);
    if let Some(system) = &request.system {
        messages.push(json!({ "role": "system", "content": system }));
    }
    for message in &request.messages {
        let role = match message.role {
            Role::User => "user",
            Role::Assistant => "assistant",
        };
        messages.push(json!({ "role": role, "content": message.content }));
    }
    let mut body = json!({
        "model": model,
        "messages": messages,
        "max_tokens": request.max_tokens.unwrap_or(FALLBACK_MAX_TOKENS),
        "stream": stream,
    });
    if let Some(temperature) = request.temperature {
        body["temperature"] = json!(temperature);
    }
    if !request.stop.is_empty() {
        body["stop"] = json!(request.stop);
    }
    if stream {
        body["stream_options"] = json!({ "include_usage": true });
    }
    WireRequest {
        url: format!("{}/chat/completions", trim_base(base_url)),
        headers: vec![("content-type", "application/json".to_owned())],
        auth: AuthScheme::Bearer,
        body,
    }
}

#[derive(Deserialize)]
struct Completion {
    #[serde(default)]
    model: String,
    #[serde(default)]
    choices: Vec<Choice>,
    usage: Option<WireUsage>,
    error: Option<Value>,
}

#[derive(Deserialize)]
struct Choice {
    message: Option<ChoiceMessage>,
    delta: Option<ChoiceMessage>,
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct ChoiceMessage {
    content: Option<String>,
}

#[derive(Deserialize)]
struct WireUsage {
    #[serde(default)]
    prompt_tokens: u64,
    #[serde(default)]
    completion_tokens: u64,
    /// OpenRouter reports the price of the call here, in US dollars.
    cost: Option<f64>,
}

impl From<WireUsage> for Usage {
    fn from(usage: WireUsage) -> Self {
        Usage {
            input_tokens: usage.prompt_tokens,
            output_tokens: usage.completion_tokens,
            cost_usd: usage.cost,
        }
    }
}

/// An `error` member in a 200 answer (OpenRouter does this) is still an error.
fn embedded_error(error: Option<Value>) -> Result<(), LlmError> {
    match error {
        Some(Value::Null) | None => Ok(()),
        Some(error) => Err(LlmError::Provider(super::error_message(
            &json!({ "error": error }).to_string(),
        ))),
    }
}

/// Parses a non-streaming `chat.completion` body.
pub fn parse_response(body: &str) -> Result<ChatResponse, LlmError> {
    let completion: Completion =
        serde_json::from_str(body).map_err(|e| malformed("the response body", &e, body))?;
    embedded_error(completion.error)?;
    let choice = completion
        .choices
        .into_iter()
        .next()
        .ok_or_else(|| LlmError::UnexpectedResponse("the answer has no choices".into()))?;
    let text = choice.message.and_then(|m| m.content).ok_or_else(|| {
        LlmError::UnexpectedResponse("the first choice has no text content".into())
    })?;
    Ok(ChatResponse {
        text,
        usage: completion.usage.map(Usage::from).unwrap_or_default(),
        model: completion.model,
        stop_reason: choice.finish_reason,
    })
}

/// What a stream has delivered so far.
#[derive(Debug, Default)]
pub struct StreamState {
    text: String,
    model: String,
    usage: Option<Usage>,
    finish_reason: Option<String>,
    done: bool,
    deltas: u64,
}

impl StreamState {
    /// Applies one SSE event.
    pub fn on_event(&mut self, event: &SseEvent) -> Result<Option<StreamDelta>, LlmError> {
        let data = event.data.trim();
        if data == "[DONE]" {
            self.done = true;
            return Ok(None);
        }
        if data.is_empty() {
            return Ok(None);
        }
        let chunk: Completion =
            serde_json::from_str(data).map_err(|e| malformed("a stream event", &e, data))?;
        embedded_error(chunk.error)?;
        if self.model.is_empty() {
            self.model = chunk.model;
        }
        if let Some(usage) = chunk.usage {
            self.usage = Some(usage.into());
        }
        let Some(choice) = chunk.choices.into_iter().next() else {
            return Ok(None);
        };
        if choice.finish_reason.is_some() {
            self.finish_reason = choice.finish_reason;
        }
        match choice.delta.and_then(|d| d.content) {
            Some(text) if !text.is_empty() => {
                self.text.push_str(&text);
                self.deltas += 1;
                Ok(Some(StreamDelta { text }))
            }
            _ => Ok(None),
        }
    }

    /// Ends the stream. `[DONE]` is the end marker; a stream that delivered a
    /// `finish_reason` but no `[DONE]` is accepted too, because a few local servers
    /// skip `[DONE]` and the finish reason already proves the answer is whole.
    pub fn finish(self) -> Result<ChatResponse, LlmError> {
        if !self.done && self.finish_reason.is_none() {
            return Err(super::truncated(
                "no finish_reason and no [DONE]",
                &self.text,
            ));
        }
        let usage = self.usage.unwrap_or(Usage {
            input_tokens: 0,
            output_tokens: self.deltas,
            cost_usd: None,
        });
        Ok(ChatResponse {
            text: self.text,
            usage,
            model: self.model,
            stop_reason: self.finish_reason,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Message;

    fn run_stream(text: &str) -> (Vec<String>, Result<ChatResponse, LlmError>) {
        super::super::run_stream(super::super::Protocol::OpenAi, text)
    }

    #[test]
    fn request_body_has_system_first_and_stream_options() {
        let mut request = ChatRequest::new("Be terse.", "Hi").with_temperature(0.5);
        request.messages.push(Message::assistant("Hello"));
        request.stop = vec!["END".into()];
        let wire = build_request("http://127.0.0.1:11434/v1/", "llama3.2", &request, true);
        assert_eq!(wire.url, "http://127.0.0.1:11434/v1/chat/completions");
        assert_eq!(wire.auth, AuthScheme::Bearer);
        assert_eq!(
            wire.body,
            json!({
                "model": "llama3.2",
                "messages": [
                    {"role": "system", "content": "Be terse."},
                    {"role": "user", "content": "Hi"},
                    {"role": "assistant", "content": "Hello"}
                ],
                "max_tokens": 4096,
                "temperature": 0.5,
                "stop": ["END"],
                "stream": true,
                "stream_options": {"include_usage": true}
            })
        );
    }

    #[test]
    fn non_streaming_request_omits_optional_fields() {
        let request = ChatRequest {
            max_tokens: Some(7),
            ..ChatRequest::default()
        };
        let wire = build_request("http://h/v1", "m", &request, false);
        assert_eq!(
            wire.body,
            json!({"model": "m", "messages": [], "max_tokens": 7, "stream": false})
        );
    }

    #[test]
    fn parses_recorded_openai_response() {
        let response = parse_response(include_str!("../../fixtures/openai_response.json")).unwrap();
        assert_eq!(response.text, "Acme launches a faster way to plan meals.");
        assert_eq!(response.model, "gpt-4.1-mini-2025-04-14");
        assert_eq!(response.stop_reason.as_deref(), Some("stop"));
        assert_eq!(
            response.usage,
            Usage {
                input_tokens: 19,
                output_tokens: 10,
                cost_usd: None
            }
        );
    }

    #[test]
    fn parses_openrouter_cost() {
        let response =
            parse_response(include_str!("../../fixtures/openrouter_response.json")).unwrap();
        assert_eq!(response.usage.cost_usd, Some(0.0000147));
        assert_eq!(response.usage.input_tokens, 42);
    }

    #[test]
    fn parses_recorded_openai_stream() {
        let (deltas, result) = run_stream(include_str!("../../fixtures/openai_stream.txt"));
        assert_eq!(deltas, ["Acme", " launches", " today."]);
        let response = result.unwrap();
        assert_eq!(response.text, "Acme launches today.");
        assert_eq!(
            response.usage,
            Usage {
                input_tokens: 19,
                output_tokens: 3,
                cost_usd: None
            }
        );
        assert_eq!(response.stop_reason.as_deref(), Some("stop"));
    }

    #[test]
    fn parses_openrouter_stream_with_comments_and_cost() {
        let (deltas, result) = run_stream(include_str!("../../fixtures/openrouter_stream.txt"));
        assert_eq!(deltas.concat(), "A short, honest press release.");
        assert_eq!(result.unwrap().usage.cost_usd, Some(0.0000147));
    }

    #[test]
    fn stream_cut_before_finish_is_truncated() {
        let full = include_str!("../../fixtures/openai_stream.txt");
        let cut = &full[..full.find(" today.").unwrap()];
        let (_, result) = run_stream(cut);
        assert!(
            matches!(result, Err(LlmError::Truncated { .. })),
            "{result:?}"
        );
    }

    #[test]
    fn usage_falls_back_to_delta_count() {
        let text = "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n\
                    data: {\"choices\":[{\"delta\":{\"content\":\"b\"},\"finish_reason\":\"stop\"}]}\n\n";
        let response = run_stream(text).1.unwrap();
        assert_eq!(response.usage.output_tokens, 2);
        assert_eq!(response.text, "ab");
    }

    #[test]
    fn malformed_and_error_chunks_are_typed() {
        let (_, bad) = run_stream("data: {\"choices\": [\n\n");
        assert!(
            matches!(bad, Err(LlmError::MalformedJson { .. })),
            "{bad:?}"
        );
        let (_, err) =
            run_stream("data: {\"error\":{\"message\":\"upstream died\",\"code\":502}}\n\n");
        match err {
            Err(LlmError::Provider(message)) => assert_eq!(message, "upstream died"),
            other => panic!("expected a provider error, got {other:?}"),
        }
        assert!(matches!(
            parse_response("{not json"),
            Err(LlmError::MalformedJson { .. })
        ));
        assert!(matches!(
            parse_response(r#"{"choices":[]}"#),
            Err(LlmError::UnexpectedResponse(_))
        ));
    }
}
