//! Typed errors for everything that can go wrong between us and a model.
//!
//! Each variant maps to a different thing the caller (CLI or web app) should tell the
//! user or do: a bad key is not retried, a 429 is, a truncated stream means the text
//! must not be used. Messages are built from already-redacted text (see
//! [`crate::secret::redact`]), so printing an error never prints a key.

use std::time::Duration;

/// Which of the three clocks ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeoutKind {
    /// The TCP/TLS connection was not established in time.
    Connect,
    /// The whole request, including the full streamed answer, took too long.
    Overall,
    /// A stream (or a streaming request's headers) went silent for too long.
    Idle,
}

impl std::fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Connect => "connecting",
            Self::Overall => "the whole request",
            Self::Idle => "waiting for the next chunk",
        })
    }
}

/// Everything the provider layer can fail with.
#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    /// The provider answered with a non-success HTTP status. `message` is the
    /// provider's own explanation (for example "model not found"), redacted.
    #[error("the provider answered HTTP {status}: {message}")]
    Status {
        /// The HTTP status code.
        status: u16,
        /// The provider's error message, or the start of the body if it had none.
        message: String,
        /// What the provider's `Retry-After` header asked for, if anything.
        retry_after: Option<Duration>,
    },

    /// One of the configured timeouts expired.
    #[error("the request timed out while {kind} (limit {limit:?})")]
    Timeout {
        /// Which timeout expired.
        kind: TimeoutKind,
        /// The configured limit that was exceeded.
        limit: Duration,
    },

    /// The stream ended before the provider said it was finished, so the text we
    /// have is incomplete and must not be used as if it were whole.
    #[error("the stream ended before the answer was complete ({detail})")]
    Truncated {
        /// What was missing, and how much text had arrived.
        detail: String,
    },

    /// The provider sent something that is not the JSON its protocol promises.
    #[error("the provider sent malformed JSON in {context}: {detail}")]
    MalformedJson {
        /// Where it happened (response body, stream event).
        context: &'static str,
        /// The parser's complaint and the start of the offending text, redacted.
        detail: String,
    },

    /// The JSON parsed but lacks what we need (no choices, no text block, ...).
    #[error("the provider's answer has an unexpected shape: {0}")]
    UnexpectedResponse(String),

    /// The provider reported an error inside a successful (HTTP 200) answer, which
    /// happens mid-stream (Anthropic's `error` event, OpenRouter's `error` chunk).
    #[error("the provider reported an error: {0}")]
    Provider(String),

    /// The caller cancelled the request.
    #[error("the request was cancelled")]
    Cancelled,

    /// The connection failed (refused, reset, DNS, TLS) before a status arrived.
    #[error("could not reach the provider: {0}")]
    Transport(String),

    /// The settings cannot produce a valid request (bad URL, bad header value).
    #[error("invalid LLM configuration: {0}")]
    Config(String),
}

impl LlmError {
    /// Whether trying again later could plausibly succeed.
    ///
    /// Rate limits (429), server errors (5xx, including Anthropic's 529 "overloaded")
    /// and failed connections are transient. Timeouts are not retried: a server that
    /// hung once will usually hang again, and retrying would multiply the user's wait.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Status { status, .. } => *status == 429 || (500..600).contains(status),
            Self::Transport(_) => true,
            _ => false,
        }
    }

    /// The delay the provider asked for, if it sent `Retry-After`.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16) -> LlmError {
        LlmError::Status {
            status: code,
            message: String::new(),
            retry_after: None,
        }
    }

    #[test]
    fn retryable_statuses() {
        assert!(status(429).is_retryable());
        assert!(status(500).is_retryable());
        assert!(status(529).is_retryable());
        assert!(!status(400).is_retryable());
        assert!(!status(401).is_retryable());
        assert!(!LlmError::Cancelled.is_retryable());
        let timeout = LlmError::Timeout {
            kind: TimeoutKind::Idle,
            limit: Duration::from_secs(1),
        };
        assert!(!timeout.is_retryable());
    }
}
