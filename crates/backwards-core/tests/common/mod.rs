//! Helpers shared by the integration tests (each test file is its own
//! crate, so a shared helper lives here and is included with `mod common;`).

use backwards_core::render::{self, Document, RenderContext};
use backwards_core::{analyze, model};

/// The four documents of an idea given as text, written on a fixed date so
/// counted-back milestones never depend on the day the tests run.
pub fn documents(source: &str) -> Vec<Document> {
    let idea = model::parse(source.as_bytes()).expect("test idea parses");
    let report = analyze::analyze(&idea);
    let cx = RenderContext {
        idea: &idea,
        report: &report,
        generated_on: jiff::civil::date(2026, 11, 28),
    };
    render::render_all(&cx)
}
