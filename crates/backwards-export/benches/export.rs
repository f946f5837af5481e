//! Time to export the sample idea's four documents (about 1,700 words of Markdown,
//! as written for a ~700-word idea) to PDF and to DOCX.
//!
//! `cargo bench -p backwards-export`. Wall-clock numbers on a shared 2-core box are
//! noisy: read them as orders of magnitude, and gate nothing on them.

use std::hint::black_box;

use backwards_export::ExportInput;
use criterion::{Criterion, criterion_group, criterion_main};

fn sample() -> ExportInput<'static> {
    ExportInput {
        idea_name: "Kilnbook",
        version: "v3",
        date: "2027-01-15",
        scores_svg: Some(include_str!("../tests/fixtures/scores.svg")),
        verdict_md: include_str!("../tests/fixtures/verdict.md"),
        press_release_md: include_str!("../tests/fixtures/press_release.md"),
        faq_md: include_str!("../tests/fixtures/faq.md"),
        prd_md: include_str!("../tests/fixtures/prd.md"),
    }
}

fn export(c: &mut Criterion) {
    let input = sample();
    let mut group = c.benchmark_group("export");
    group.sample_size(20);
    #[cfg(feature = "pdf")]
    group.bench_function("pdf", |b| {
        b.iter(|| backwards_export::pdf(black_box(&input)))
    });
    group.bench_function("docx", |b| {
        b.iter(|| backwards_export::docx(black_box(&input)))
    });
    // The same without the scores picture: what rasterising the SVG costs.
    let no_picture = ExportInput {
        scores_svg: None,
        ..sample()
    };
    group.bench_function("docx-no-picture", |b| {
        b.iter(|| backwards_export::docx(black_box(&no_picture)))
    });
    #[cfg(feature = "pdf")]
    group.bench_function("pdf+docx", |b| {
        b.iter(|| {
            (
                backwards_export::pdf(black_box(&input)),
                backwards_export::docx(black_box(&input)),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
