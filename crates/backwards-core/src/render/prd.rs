//! The PRD (stub).
use super::{RenderContext, facts::Facts, templates};
use serde::Serialize;
#[derive(Serialize)]
struct Prd { facts: Facts }
pub(crate) fn render(cx: &RenderContext<'_>) -> Result<String, minijinja::Error> {
    templates::render("prd.md.j2", &Prd { facts: Facts::pick(cx) })
}
