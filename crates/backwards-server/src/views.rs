//! The HTML templates, embedded at build time and rendered with minijinja.
//!
//! Every template name ends in `.html`, which turns minijinja's automatic
//! HTML escaping on: user text is escaped unless a template marks a value
//! `|safe`, and only values this crate produced are (the core's SVG, which
//! escapes its one text, and Markdown that went through ammonia).

use minijinja::Environment;
use minijinja::value::Serde;
use serde::Serialize;

use crate::error::AppError;

/// Every template: (name, source).
const TEMPLATES: &[(&str, &str)] = &[
    ("layout.html", include_str!("../templates/layout.html")),
    ("home.html", include_str!("../templates/home.html")),
    ("step.html", include_str!("../templates/step.html")),
    ("coach.html", include_str!("../templates/coach.html")),
    ("polish.html", include_str!("../templates/polish.html")),
    ("results.html", include_str!("../templates/results.html")),
    ("history.html", include_str!("../templates/history.html")),
    ("login.html", include_str!("../templates/login.html")),
    (
        "workspaces.html",
        include_str!("../templates/workspaces.html"),
    ),
    ("settings.html", include_str!("../templates/settings.html")),
];

/// The template environment, built once at startup.
pub(crate) struct Views {
    env: Environment<'static>,
}

impl Views {
    /// Loads every embedded template. A syntax error is a bug, caught by
    /// the test that renders them all; here it just leaves that template
    /// out, so the affected page answers 500 instead of the server panicking.
    pub fn new() -> Views {
        let mut env = Environment::new();
        for (name, source) in TEMPLATES {
            if let Err(err) = env.add_template(name, source) {
                tracing::error!(%name, error = %err, "template does not compile");
            }
        }
        Views { env }
    }

    /// Renders one template with a serializable context.
    pub fn render<T: Serialize>(&self, name: &str, context: &T) -> Result<String, AppError> {
        Ok(self.env.get_template(name)?.render(Serde(context))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        let mut env = Environment::new();
        for (name, source) in TEMPLATES {
            assert!(
                env.add_template(name, source).is_ok(),
                "{name} does not compile"
            );
        }
    }

    #[test]
    fn html_templates_escape_user_text() {
        let views = Views::new();
        let html = views
            .render(
                "login.html",
                &serde_json::json!({ "csrf": "t", "error": "<script>x</script>", "mode": "login" }),
            )
            .unwrap_or_default();
        assert!(html.contains("&lt;script&gt;x"), "{html}");
        assert!(!html.contains("<script>x"), "{html}");
    }
}
