//! The whole offline pipeline on a ~700-word idea: parse, analyze, and render
//! every document. The product promise is "in milliseconds"; the target is
//! 1 ms for the lot. Run with `cargo bench -p backwards-core`.
//!
//! The idea (`idea_700.md`) is written for this benchmark: a complete,
//! realistic file with front matter and all seven steps, so every analyzer
//! and writer does its full work.

use std::hint::black_box;

use backwards_core::render::{self, RenderContext};
use backwards_core::{analyze, model};
use criterion::{Criterion, criterion_group, criterion_main};

const IDEA: &str = include_str!("idea_700.md");

/// A fixed date: the documents only use it when the idea has no launch date,
/// but pinning it keeps every iteration identical.
fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 28)
}

fn pipeline(c: &mut Criterion) {
    c.bench_function("parse + analyze + render_all (700 words)", |b| {
        b.iter(|| {
            let idea = model::parse(black_box(IDEA.as_bytes())).expect("the bench idea parses");
            let report = analyze::analyze(&idea);
            let cx = RenderContext {
                idea: &idea,
                report: &report,
                generated_on: date(),
            };
            black_box(render::render_all(&cx))
        });
    });
}

/// The stages on their own, to see where the time goes.
fn stages(c: &mut Criterion) {
    let idea = model::parse(IDEA.as_bytes()).expect("the bench idea parses");
    let report = analyze::analyze(&idea);
    c.bench_function("parse", |b| {
        b.iter(|| model::parse(black_box(IDEA.as_bytes())))
    });
    c.bench_function("analyze", |b| b.iter(|| analyze::analyze(black_box(&idea))));
    c.bench_function("render_all", |b| {
        b.iter(|| {
            let cx = RenderContext {
                idea: black_box(&idea),
                report: &report,
                generated_on: date(),
            };
            render::render_all(&cx)
        });
    });
}

criterion_group!(benches, pipeline, stages);
criterion_main!(benches);
