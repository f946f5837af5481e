//! Provider-neutral request and response types.
//!
//! The rest of backwards talks only in these types; the two wire formats in
//! [`crate::providers`] translate them to and from JSON. Keeping them small (text in,
//! text out, plus usage) is deliberate: the polish step needs nothing else, and every
//! extra field would have to be mapped twice.

use serde::{Deserialize, Serialize};

/// Who said a message. The system prompt is not a role here: Anthropic takes it as a
/// separate field, so it lives in [`ChatRequest::system`] for both formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The person (or program) asking.
    User,
    /// The model's earlier replies, for multi-turn prompts such as a retry that feeds
    /// the model's own draft back with the problems found in it.
    Assistant,
}

/// One turn of the conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// Who said it.
    pub role: Role,
    /// Plain text content.
    pub content: String,
}

impl Message {
    /// A user turn.
    pub fn user(content: impl Into<String>) -> Self {
        Self {
            role: Role::User,
            content: content.into(),
        }
    }

    /// An assistant turn.
    pub fn assistant(content: impl Into<String>) -> Self {
        Self {
            role: Role::Assistant,
            content: content.into(),
        }
    }
}

/// A chat request, independent of the provider.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ChatRequest {
    /// Instructions that frame the whole conversation.
    pub system: Option<String>,
    /// The conversation so far; it should end with a user turn.
    pub messages: Vec<Message>,
    /// Upper bound on generated tokens. `None` uses the client's default (Anthropic
    /// requires a value, so there always is one on the wire).
    pub max_tokens: Option<u32>,
    /// Sampling temperature. `None` uses the client's default, and if that is also
    /// unset the provider's own default.
    pub temperature: Option<f32>,
    /// Sequences at which the model should stop.
    pub stop: Vec<String>,
}

impl ChatRequest {
    /// The common case: one system prompt and one user message.
    pub fn new(system: impl Into<String>, user: impl Into<String>) -> Self {
        Self {
            system: Some(system.into()),
            messages: vec![Message::user(user)],
            ..Self::default()
        }
    }

    /// Sets the token limit.
    pub fn with_max_tokens(mut self, max_tokens: u32) -> Self {
        self.max_tokens = Some(max_tokens);
        self
    }

    /// Sets the temperature.
    pub fn with_temperature(mut self, temperature: f32) -> Self {
        self.temperature = Some(temperature);
        self
    }
}

/// Token counts and, where the provider reports it, the price.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Usage {
    /// Prompt tokens.
    pub input_tokens: u64,
    /// Generated tokens.
    pub output_tokens: u64,
    /// Cost in US dollars as reported by the provider (OpenRouter's `usage.cost`).
    /// `None` when the provider does not say: we never guess prices from a table,
    /// because such tables go stale and a wrong number is worse than none.
    pub cost_usd: Option<f64>,
}

impl Usage {
    /// Adds another request's usage, for run totals. The cost stays `None` if any
    /// part is unknown, because a partial sum would understate the bill.
    pub fn add(&mut self, other: &Usage) {
        self.input_tokens += other.input_tokens;
        self.output_tokens += other.output_tokens;
        self.cost_usd = match (self.cost_usd, other.cost_usd) {
            (Some(a), Some(b)) => Some(a + b),
            _ => None,
        };
    }
}

/// A completed answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatResponse {
    /// The generated text.
    pub text: String,
    /// Token usage and cost.
    pub usage: Usage,
    /// The model that actually answered (routers like OpenRouter may substitute).
    pub model: String,
    /// Why generation stopped, in the provider's words (`stop`, `length`,
    /// `end_turn`, `max_tokens`, ...). A length stop means the text was cut short.
    pub stop_reason: Option<String>,
}

impl ChatResponse {
    /// Whether the model stopped because it hit the token limit rather than
    /// finishing, which callers should treat as an incomplete document.
    pub fn hit_token_limit(&self) -> bool {
        matches!(self.stop_reason.as_deref(), Some("length" | "max_tokens"))
    }
}

/// One increment of a streamed answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StreamDelta {
    /// The new text (may be empty for events that carry only bookkeeping).
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_add_keeps_cost_only_when_all_known() {
        let mut total = Usage {
            input_tokens: 1,
            output_tokens: 2,
            cost_usd: Some(0.5),
        };
        total.add(&Usage {
            input_tokens: 10,
            output_tokens: 20,
            cost_usd: Some(0.25),
        });
        assert_eq!(
            total,
            Usage {
                input_tokens: 11,
                output_tokens: 22,
                cost_usd: Some(0.75)
            }
        );
        total.add(&Usage {
            input_tokens: 0,
            output_tokens: 1,
            cost_usd: None,
        });
        assert_eq!(total.cost_usd, None);
        assert_eq!(total.output_tokens, 23);
    }

    #[test]
    fn token_limit_stop_reasons() {
        let mut response = ChatResponse {
            text: String::new(),
            usage: Usage::default(),
            model: "m".into(),
            stop_reason: Some("length".into()),
        };
        assert!(response.hit_token_limit());
        response.stop_reason = Some("max_tokens".into());
        assert!(response.hit_token_limit());
        response.stop_reason = Some("end_turn".into());
        assert!(!response.hit_token_limit());
    }
}
