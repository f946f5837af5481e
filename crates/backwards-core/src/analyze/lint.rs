//! The writing lint: hype, weasel words, hedges and long sentences.
//!
//! SCAFFOLD: owned by the document-writer work.

use super::report::Finding;
use crate::model::Idea;

/// Lint every section of an idea; spans point into the idea file.
pub fn lint_idea(_idea: &Idea) -> Vec<Finding> {
    Vec::new()
}

/// Lint any text (a generated document); spans point into that text.
pub fn lint_text(_text: &str) -> Vec<Finding> {
    Vec::new()
}
