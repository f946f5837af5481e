//! Fuzz the idea-file parser, and everything downstream of a successful parse.
//!
//! The invariant is the product's: no input makes the core panic. Bad bytes
//! must come back as a `ParseError`; good ones must analyze to scores in
//! range and render every document and format.
#![no_main]

use backwards_core::render::{self, RenderContext, html, json};
use backwards_core::{analyze, model};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(idea) = model::parse(data) else {
        return;
    };
    let report = analyze::analyze(&idea);
    for score in report.scores.all() {
        assert!(score.score <= 100, "score out of range: {}", score.score);
        assert!(
            (1..=5).contains(&score.level),
            "level out of range: {}",
            score.level
        );
    }
    let cx = RenderContext {
        idea: &idea,
        report: &report,
        generated_on: jiff::civil::date(2026, 11, 28),
    };
    let documents = render::render_all(&cx);
    let _ = json::to_string(&json::with_documents(&idea, &report, &documents));
    let _ = html::render(&idea, &report, &documents);
});
