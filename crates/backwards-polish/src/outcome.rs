//! What a polish run produced, as data for the CLI and the web app.

use backwards_core::render::{DocKind, Document};
use backwards_llm::{Progress, Usage};
use serde::Serialize;

/// What became of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum DocOutcome {
    /// Not sent to the model at all: the verdict is the analysis, and no model
    /// decides or rewrites it.
    NotPolished,
    /// The model's rewrite passed the guard and replaced the draft.
    Polished {
        /// 1 when the first answer passed, 2 when the retry did.
        attempts: u8,
    },
    /// The deterministic draft was kept.
    KeptDraft {
        /// Why, for the user: "the model wrote the percentage '40%' (line 3),
        /// which the idea does not contain".
        reason: String,
    },
}

/// One document after the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolishedDocument {
    /// The document: polished, or the draft it was given.
    pub document: Document,
    /// What happened to it.
    #[serde(flatten)]
    pub outcome: DocOutcome,
}

/// A whole run: every document, in the order given, and what it cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolishRun {
    /// The documents, in the order of the drafts.
    pub documents: Vec<PolishedDocument>,
    /// Tokens (and cost, when every answer reported one) summed over every
    /// request of the run, retries included.
    pub usage: Usage,
    /// The model the settings name.
    pub model: String,
}

impl PolishRun {
    /// The documents to write, polished where the guard allowed it.
    pub fn into_documents(self) -> Vec<Document> {
        self.documents.into_iter().map(|d| d.document).collect()
    }

    /// The documents that kept their draft, with the reason.
    pub fn kept_drafts(&self) -> impl Iterator<Item = (DocKind, &str)> {
        self.documents.iter().filter_map(|d| match &d.outcome {
            DocOutcome::KeptDraft { reason } => Some((d.document.kind, reason.as_str())),
            _ => None,
        })
    }
}

/// A progress event of one document's request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolishProgress {
    /// Which document.
    pub kind: DocKind,
    /// 1 for the first request, 2 for the retry with the problems fed back.
    pub attempt: u8,
    /// The provider layer's event (tokens so far, elapsed time, stage).
    #[serde(flatten)]
    pub progress: Progress,
}
