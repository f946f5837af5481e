//! The whole offline pipeline on a ~700-word idea: parse, analyze, and render
//! every document. The product promise is "in milliseconds"; the target is
//! 1 ms for the lot. Run with `cargo bench -p backwards-core --bench pipeline`.
//!
//! The idea (`idea_700.md`) is written for this benchmark: a complete,
//! realistic file with front matter and all seven steps, so every analyzer
//! and writer does its full work.
//!
//! Each iteration alternates between two copies of the idea that differ by
//! one trailing newline. A real run (`backwards write`) sees its idea once,
//! so a benchmark that hands the same idea over and over would also measure
//! any cache keyed on the idea's text, which a real run never hits.
//! One cache it cannot defeat: the regex engine builds its automata's states
//! lazily, from the text it reads, and a newline adds no new state. A change
//! to how patterns are matched must also be counted on many different ideas
//! (`examples/profile.rs corpus DIR`, see the README's Speed section).

use std::hint::black_box;

use backwards_core::model::Idea;
use backwards_core::render::{self, DocKind, RenderContext};
use backwards_core::{analyze, model};
use criterion::{Criterion, criterion_group, criterion_main};

const IDEA: &str = include_str!("idea_700.md");

/// A fixed date: the documents only use it when the idea has no launch date,
/// but pinning it keeps every iteration identical.
fn date() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 28)
}

/// The two sources the benchmarks alternate between (see the module docs).
fn sources() -> [String; 2] {
    [IDEA.to_string(), format!("{IDEA}\n")]
}

/// A round-robin over two values, so consecutive iterations never see the
/// same idea.
struct Alternate<T> {
    items: [T; 2],
    next: usize,
}

impl<T> Alternate<T> {
    fn new(items: [T; 2]) -> Self {
        Alternate { items, next: 0 }
    }

    fn next(&mut self) -> &T {
        self.next ^= 1;
        &self.items[self.next]
    }
}

/// Parse + analyze + every document: the figure the README quotes.
fn pipeline(c: &mut Criterion) {
    let mut sources = Alternate::new(sources());
    c.bench_function("pipeline/parse + analyze + render_all (700 words)", |b| {
        b.iter(|| {
            let source = sources.next();
            let idea = model::parse(black_box(source.as_bytes())).expect("the bench idea parses");
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
    let parsed = sources().map(|s| model::parse(s.as_bytes()).expect("the bench idea parses"));
    let analyzed: [(Idea, analyze::Report); 2] = parsed.map(|idea| {
        let report = analyze::analyze(&idea);
        (idea, report)
    });
    let mut inputs = Alternate::new(analyzed);

    let mut group = c.benchmark_group("stage");
    let mut sources = Alternate::new(sources());
    group.bench_function("parse", |b| {
        b.iter(|| model::parse(black_box(sources.next().as_bytes())))
    });
    group.bench_function("analyze", |b| {
        b.iter(|| analyze::analyze(black_box(&inputs.next().0)))
    });
    group.bench_function("render_all", |b| {
        b.iter(|| {
            let (idea, report) = inputs.next();
            render::render_all(&context(idea, report))
        });
    });
    group.finish();

    let mut group = c.benchmark_group("render");
    for kind in DocKind::ALL {
        group.bench_function(kind.slug(), |b| {
            b.iter(|| {
                let (idea, report) = inputs.next();
                render::render(&context(idea, report), black_box(kind))
            });
        });
    }
    group.finish();
}

fn context<'a>(idea: &'a Idea, report: &'a analyze::Report) -> RenderContext<'a> {
    RenderContext {
        idea: black_box(idea),
        report,
        generated_on: date(),
    }
}

criterion_group!(benches, pipeline, stages);
criterion_main!(benches);
