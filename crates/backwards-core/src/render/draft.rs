//! What the press release, the FAQ and the PRD have in common, worked out
//! once per render.
//!
//! The three documents quote the same sentences and answer overlapping
//! questions: the PRD lists the FAQ's unanswered questions, and all three
//! open with the same facts (name, persona, benefit, launch). Picking those
//! once and lending them to each writer keeps the documents consistent by
//! construction and makes `render_all` cost one pick, not three.

use std::cell::OnceCell;

use minijinja::Value;
use minijinja::value::Serde;

use super::RenderContext;
use super::facts::Facts;
use super::faq::{External, Internal};
use super::pick::Sentences;

/// One render's shared picks. Each part is computed on first use, so
/// rendering only the verdict picks nothing.
pub(crate) struct Draft<'a> {
    /// The idea, its report and the date.
    pub cx: RenderContext<'a>,
    /// The idea's sentences, split once.
    pub text: Sentences<'a>,
    facts: OnceCell<Facts>,
    /// `facts` as a template value, for the FAQ and the PRD.
    facts_value: OnceCell<Value>,
    answers: OnceCell<Answers>,
}

/// The FAQ's answers, which the PRD reuses for its metrics, non-goals and
/// open questions.
pub(crate) struct Answers {
    /// The customer's questions.
    pub ext: External,
    /// The board's questions.
    pub int: Internal,
}

impl<'a> Draft<'a> {
    /// A draft of `cx` with nothing picked yet.
    pub(crate) fn new(cx: &RenderContext<'a>) -> Draft<'a> {
        Draft {
            cx: *cx,
            text: Sentences::new(cx.idea),
            facts: OnceCell::new(),
            facts_value: OnceCell::new(),
            answers: OnceCell::new(),
        }
    }

    /// The facts every document opens with.
    pub(crate) fn facts(&self) -> &Facts {
        self.facts.get_or_init(|| Facts::pick(&self.cx, &self.text))
    }

    /// [`Draft::facts`] as a template value, converted once: the FAQ and
    /// the PRD both show them, and a template value shares its strings
    /// where converting copies each one.
    pub(crate) fn facts_value(&self) -> Value {
        self.facts_value
            .get_or_init(|| Value::from(Serde(self.facts())))
            .clone()
    }

    /// The FAQ's answers.
    pub(crate) fn answers(&self) -> &Answers {
        self.answers.get_or_init(|| Answers {
            ext: External::pick(&self.text),
            int: Internal::pick(&self.text),
        })
    }
}
