//! The template engine behind the verdict and the HTML page: one minijinja
//! environment, built once, with the templates compiled into the binary.
//!
//! Templates are files (`templates/`) so that layout can change without
//! touching the Rust that selects and words the content; `include_str!`
//! embeds them, so the binary needs no files at run time.
//!
//! HTML templates (`*.html.j2`) are auto-escaped by minijinja; Markdown
//! templates are not, so the Rust that fills them escapes idea text itself
//! (see `verdict::escape`).

use std::sync::LazyLock;

use minijinja::syntax::SyntaxConfig;
use minijinja::{Environment, value::Serde};
use serde::Serialize;

/// The Verdict document's Markdown template.
pub(crate) const VERDICT_MD: &str = "verdict.md.j2";
/// The self-contained HTML page.
pub(crate) const PAGE_HTML: &str = "page.html.j2";
/// The page's stylesheet, inlined into the page (a file so it can be
/// edited as CSS).
pub(crate) const PAGE_CSS: &str = include_str!("../../templates/page.css");

/// Every template, by name.
const TEMPLATES: [(&str, &str); 2] = [
    (VERDICT_MD, include_str!("../../templates/verdict.md.j2")),
    (PAGE_HTML, include_str!("../../templates/page.html.j2")),
];

/// The environment, or the error that stopped it from being built (a
/// template syntax error: the unit tests render every template, so such an
/// error cannot ship).
static ENV: LazyLock<Result<Environment<'static>, String>> = LazyLock::new(build);

fn build() -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    // Block tags on their own line leave no blank line behind, and the
    // documents end with a newline like any text file.
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| e.to_string())?;
    env.set_syntax(syntax);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(env)
}

/// Render a template with a typed context.
///
/// The output is a `String`, not a `Result`: the templates are ours and
/// every one is rendered by the tests, so a failure here is a bug in this
/// crate, not in the input. Should it happen anyway, the document says so
/// in one line instead of panicking inside someone's CI.
pub(crate) fn render<T: Serialize>(name: &str, context: &T) -> String {
    try_render(name, context)
        .unwrap_or_else(|e| format!("(backwards could not render {name}: {e})\n"))
}

/// Render a template, reporting a template error; used by the tests.
pub(crate) fn try_render<T: Serialize>(name: &str, context: &T) -> Result<String, String> {
    let env = ENV.as_ref().map_err(Clone::clone)?;
    let template = env.get_template(name).map_err(|e| e.to_string())?;
    template
        .render(Serde(context))
        .map_err(|e| format!("{e:#}"))
}
