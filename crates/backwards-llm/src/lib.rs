//! The provider layer of backwards: talking to a language model, hosted or local.
//!
//! This crate is the only part of backwards that knows provider names and wire
//! formats. It depends on no other backwards crate; the polish step hands it plain
//! prompts and gets plain text back.
//!
//! - Two wire formats, one file each in [`providers`]: OpenAI-compatible chat
//!   completions (OpenAI, OpenRouter, Ollama, llama.cpp, vLLM, LM Studio) and
//!   Anthropic Messages. Request building and response/stream parsing are pure
//!   functions, tested against recorded fixture text.
//! - [`LlmClient`] sends requests with a connect, an overall and an idle-between-chunks
//!   timeout, retries 429 and 5xx answers with exponential backoff (honouring
//!   `Retry-After`), and stops at once when its [`CancellationToken`] is cancelled.
//! - [`run_concurrent`] runs several requests under a concurrency limit and reports
//!   per-request streaming [`Progress`].
//! - [`resolve`] builds [`LlmSettings`] from a config file, the environment and flags,
//!   or returns `None` (with [`how_to_configure`] to show the user).
//! - [`doctor`] reports what is configured and whether it answers.
//!
//! Keys are wrapped in [`ApiKey`], which prints as `***`; every error string built
//! from network input is scrubbed of the key before it exists.
//!
//! # Example
//!
//! ```no_run
//! use backwards_llm::{ChatRequest, LlmClient, LlmFlags, resolve};
//! use tokio_util::sync::CancellationToken;
//!
//! # async fn polish() -> Result<(), Box<dyn std::error::Error>> {
//! let env = |name: &str| std::env::var(name).ok();
//! let Some(settings) = resolve(None, &env, &LlmFlags::default())? else {
//!     eprintln!("{}", backwards_llm::how_to_configure());
//!     return Ok(());
//! };
//! let client = LlmClient::new(settings)?;
//! let request = ChatRequest::new("You edit press releases.", "Tighten this: ...");
//! let cancel = CancellationToken::new();
//! let mut on_delta = |delta: &backwards_llm::StreamDelta| print!("{}", delta.text);
//! let answer = client.stream(&request, &cancel, &mut on_delta).await?;
//! println!("\n{} tokens in, {} out", answer.usage.input_tokens, answer.usage.output_tokens);
//! # Ok(())
//! # }
//! ```

pub mod client;
pub mod doctor;
pub mod error;
pub mod parallel;
pub mod presets;
pub mod providers;
pub mod retry;
pub mod secret;
pub mod settings;
pub mod sse;
pub mod types;

pub use client::LlmClient;
pub use doctor::{DoctorReport, Reachability, doctor};
pub use error::{LlmError, TimeoutKind};
pub use parallel::{Job, Progress, Stage, run_concurrent};
pub use providers::Protocol;
pub use secret::ApiKey;
pub use settings::{
    LlmFlags, LlmSettings, RetryPolicy, SettingsError, Timeouts, how_to_configure, resolve,
};
pub use tokio_util::sync::CancellationToken;
pub use types::{ChatRequest, ChatResponse, Message, Role, StreamDelta, Usage};

/// Makes ring the process-wide rustls crypto provider, once.
///
/// reqwest is built with `rustls-no-provider` so that aws-lc-sys (a minute of C
/// compilation) stays out of the build; in exchange a provider must be installed
/// before the first TLS client is built. [`LlmClient::new`] calls this, so callers
/// only need it if they build their own reqwest clients. If another crate installed
/// a provider first, that one is kept.
pub fn install_crypto_provider() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // An Err means a provider is already installed, which is all we need.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}
