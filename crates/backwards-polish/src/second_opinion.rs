//! `--second-opinion`: a short critique of the idea in the board's voice.
//!
//! It is the model's opinion, so it is kept apart from everything deterministic:
//! it never enters the [`backwards_core::analyze::Report`] or the verdict, it is
//! returned as its own value, and its [`SecondOpinion::label`] says who wrote it.
//! It is not rejected for unsupported figures (there is no draft to fall back
//! to), but they are listed so the reader can see what the idea does not back.

use backwards_core::model::Idea;
use backwards_llm::{CancellationToken, ChatRequest, LlmClient, Usage};
use serde::Serialize;

use crate::error::PolishError;
use crate::format;
use crate::guard::Guard;
use crate::prompts;

/// How long the critique may be. Short on purpose: it is a second opinion next to
/// the verdict, not a second report.
const MAX_WORDS: usize = 200;

/// The model's critique, always shown with its label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SecondOpinion {
    /// Who wrote it, to print above it: it is never presented as the verdict.
    pub label: String,
    /// The critique, in Markdown.
    pub text: String,
    /// Figures and names in it that the idea does not contain, in words.
    pub unsupported: Vec<String>,
    /// What it cost.
    pub usage: Usage,
}

/// Asks the model for the board's short critique of `idea`.
pub async fn second_opinion(
    client: &LlmClient,
    idea: &Idea,
    cancel: &CancellationToken,
) -> Result<SecondOpinion, PolishError> {
    let prompt = prompts::second_opinion_prompt(&idea.source, MAX_WORDS)?;
    let request = ChatRequest::new(prompt.system, prompt.user);
    let response = client.complete(&request, cancel).await?;
    let text = format::clean(&response.text);
    let unsupported = Guard::new(idea)
        .unsupported(&text)
        .iter()
        .map(ToString::to_string)
        .collect();
    Ok(SecondOpinion {
        label: format!(
            "Second opinion, written by a language model ({}). It is not the verdict and did not change it.",
            client.settings().model
        ),
        text,
        unsupported,
        usage: response.usage,
    })
}
