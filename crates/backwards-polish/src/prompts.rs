//! The prompts, as template files rendered from typed contexts.
//!
//! The wording lives in `prompts/*.j2`, not in Rust strings, so that it can be
//! read and reviewed as prose and tuned without touching code. The files are
//! embedded with `include_str!` (the binary needs no data directory) and rendered
//! with minijinja in strict mode: a variable missing from a context is an error,
//! caught by the tests that render every template, instead of a silent blank in a
//! prompt.

use std::sync::LazyLock;

use backwards_core::render::DocKind;
use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;

use crate::error::PolishError;

/// Every template, by the name `include` statements use.
const TEMPLATES: &[(&str, &str)] = &[
    ("system.md.j2", include_str!("../prompts/system.md.j2")),
    ("document.md.j2", include_str!("../prompts/document.md.j2")),
    (
        "press_release.md.j2",
        include_str!("../prompts/press_release.md.j2"),
    ),
    ("faq.md.j2", include_str!("../prompts/faq.md.j2")),
    ("prd.md.j2", include_str!("../prompts/prd.md.j2")),
    ("retry.md.j2", include_str!("../prompts/retry.md.j2")),
    (
        "second_opinion_system.md.j2",
        include_str!("../prompts/second_opinion_system.md.j2"),
    ),
    (
        "second_opinion.md.j2",
        include_str!("../prompts/second_opinion.md.j2"),
    ),
];

static ENV: LazyLock<Result<Environment<'static>, minijinja::Error>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
});

/// What the document prompts know about one document. Everything the rules
/// mention (the title line, how many open items) is spelled out so the model does
/// not have to infer it.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentContext<'a> {
    /// The document's name in words ("press release").
    pub document: &'static str,
    /// The draft's first line, which the answer must start with.
    pub title_line: &'a str,
    /// How many "Not answered yet" items the draft has.
    pub not_answered: usize,
    /// The idea file, the only source of facts.
    pub idea: &'a str,
    /// The deterministic draft.
    pub draft: &'a str,
}

/// The two halves of a document request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// The system prompt (rules).
    pub system: String,
    /// The user message (idea, draft, task).
    pub user: String,
}

/// The document's name in words, for prompts and messages.
pub fn document_name(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Verdict => "verdict",
        DocKind::PressRelease => "press release",
        DocKind::Faq => "FAQ",
        DocKind::Prd => "PRD",
    }
}

/// The prompt that asks for a polished document. `None` for the verdict, which no
/// model may rewrite.
pub fn document_prompt(
    kind: DocKind,
    cx: &DocumentContext<'_>,
) -> Result<Option<Prompt>, PolishError> {
    let template = match kind {
        DocKind::Verdict => return Ok(None),
        DocKind::PressRelease => "press_release.md.j2",
        DocKind::Faq => "faq.md.j2",
        DocKind::Prd => "prd.md.j2",
    };
    Ok(Some(Prompt {
        system: render("system.md.j2", cx)?,
        user: render(template, cx)?,
    }))
}

/// The follow-up that lists what was wrong with a first answer.
pub fn retry_prompt(problems: &[String]) -> Result<String, PolishError> {
    #[derive(Serialize)]
    struct Retry<'a> {
        problems: &'a [String],
    }
    render("retry.md.j2", &Retry { problems })
}

/// The second-opinion prompt.
pub fn second_opinion_prompt(idea: &str, max_words: usize) -> Result<Prompt, PolishError> {
    #[derive(Serialize)]
    struct Critique<'a> {
        idea: &'a str,
        max_words: usize,
    }
    let cx = Critique { idea, max_words };
    Ok(Prompt {
        system: render("second_opinion_system.md.j2", &cx)?,
        user: render("second_opinion.md.j2", &cx)?,
    })
}

fn render<S: Serialize>(name: &str, cx: &S) -> Result<String, PolishError> {
    let env = ENV
        .as_ref()
        .map_err(|e| PolishError::Template(e.to_string()))?;
    env.get_template(name)
        .and_then(|t| t.render(minijinja::value::Serde(cx)))
        .map_err(|e| PolishError::Template(format!("{name}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx() -> DocumentContext<'static> {
        DocumentContext {
            document: "FAQ",
            title_line: "# FAQ: Demo",
            not_answered: 2,
            idea: "# Demo\n\nA tool for 12 bakers.",
            draft: "# FAQ: Demo\n\n## External FAQ\n",
        }
    }

    #[test]
    fn every_document_template_renders_with_its_context() {
        for kind in [DocKind::PressRelease, DocKind::Faq, DocKind::Prd] {
            let prompt = document_prompt(kind, &cx())
                .expect("renders")
                .expect("a prompt for a polishable document");
            assert!(prompt.system.contains("`# FAQ: Demo`"), "{}", prompt.system);
            assert!(prompt.system.contains("(2 in this draft)"));
            assert!(prompt.user.contains("A tool for 12 bakers."));
            assert!(prompt.user.contains("<draft>\n# FAQ: Demo"));
        }
    }

    #[test]
    fn the_verdict_gets_no_prompt() {
        assert_eq!(document_prompt(DocKind::Verdict, &cx()).ok(), Some(None));
    }

    #[test]
    fn retry_lists_every_problem() {
        let text = retry_prompt(&["the model wrote '40%'".into(), "lost `## FAQ`".into()])
            .expect("renders");
        assert!(
            text.contains("- the model wrote '40%'\n- lost `## FAQ`\n"),
            "{text}"
        );
    }

    #[test]
    fn second_opinion_renders() {
        let prompt = second_opinion_prompt("# Demo", 150).expect("renders");
        assert!(prompt.system.contains("at most 150 words"));
        assert!(prompt.user.contains("<idea>\n# Demo\n</idea>"));
    }
}
