//! What can stop a polish run as a whole.
//!
//! Most failures are not errors here: a document whose request fails, or whose
//! answer the guard rejects, keeps its deterministic draft and the run goes on
//! (see [`crate::DocOutcome::KeptDraft`]). Only what makes the whole run
//! meaningless is an error: a prompt template that does not render (a bug), or,
//! for the second opinion, which has no draft to fall back on, a failed request.

use backwards_llm::LlmError;

/// Why a polish run or a second opinion could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PolishError {
    /// A prompt template failed to render. This is a bug in the templates (the
    /// tests render every one), never a problem with the user's input.
    #[error("a prompt template failed to render: {0}")]
    Template(String),
    /// The model could not be asked (second opinion only). The message is already
    /// redacted by the provider layer.
    #[error(transparent)]
    Llm(#[from] LlmError),
}
