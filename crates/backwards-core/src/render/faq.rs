//! The FAQ (stub).
use super::{RenderContext, facts::Facts, templates};
use serde::Serialize;
#[derive(Serialize)]
struct Faq { facts: Facts }
pub(crate) fn render(cx: &RenderContext<'_>) -> Result<String, minijinja::Error> {
    templates::render("faq.md.j2", &Faq { facts: Facts::pick(cx) })
}
