//! The time to write ALL formats of a ~700-word idea: the four Markdown
//! documents, the HTML page, the JSON, the PDF and the DOCX, as
//! `backwards write --format md,html,json,pdf,docx` does.
//!
//! The idea is the core's own benchmark idea (`idea_700.md`), so the two
//! benchmarks measure the same input. Each iteration does the whole job:
//! parse, analyze, render the documents, export, and write every file into a
//! temporary directory. Run with `cargo bench -p backwards-export --bench write_all`.
//! Wall-clock numbers on a shared 2-core box are noisy: read them as orders of
//! magnitude, and gate nothing on them.

use std::hint::black_box;
use std::path::Path;

use backwards_core::render::{self, DocKind, Document, RenderContext, html, json, svg};
use backwards_core::{analyze, model};
use backwards_export::ExportInput;
use criterion::{Criterion, criterion_group, criterion_main};

const IDEA: &str = include_str!("../../backwards-core/benches/idea_700.md");
const DATE: &str = "2026-11-28";

/// Every file of one `write`, rendered in memory: (file name, bytes).
fn render_all_formats() -> Vec<(String, Vec<u8>)> {
    let idea = model::parse(black_box(IDEA.as_bytes())).expect("the bench idea parses");
    let report = analyze::analyze(&idea);
    let cx = RenderContext {
        idea: &idea,
        report: &report,
        generated_on: jiff::civil::date(2026, 11, 28),
    };
    let documents = render::render_all(&cx);
    let mut files: Vec<(String, Vec<u8>)> = documents
        .iter()
        .map(|d| {
            (
                format!("{}.md", d.kind.slug()),
                d.markdown.clone().into_bytes(),
            )
        })
        .collect();
    files.push((
        "idea.html".into(),
        html::render(&idea, &report, &documents).into_bytes(),
    ));
    let with_docs = json::with_documents(&idea, &report, &documents);
    files.push(("idea.json".into(), json::to_string(&with_docs).into_bytes()));
    let scores = svg::render(&report, idea.name());
    let input = export_input(idea.name(), &scores, &documents);
    #[cfg(feature = "pdf")]
    files.push((
        "idea.pdf".into(),
        backwards_export::pdf(&input).expect("the PDF typesets"),
    ));
    files.push((
        "idea.docx".into(),
        backwards_export::docx(&input).expect("the DOCX is written"),
    ));
    files
}

fn export_input<'a>(name: &'a str, svg: &'a str, documents: &'a [Document]) -> ExportInput<'a> {
    let markdown = |kind: DocKind| {
        documents
            .iter()
            .find(|d| d.kind == kind)
            .map_or("", |d| d.markdown.as_str())
    };
    ExportInput {
        idea_name: name,
        version: "draft",
        date: DATE,
        scores_svg: Some(svg),
        verdict_md: markdown(DocKind::Verdict),
        press_release_md: markdown(DocKind::PressRelease),
        faq_md: markdown(DocKind::Faq),
        prd_md: markdown(DocKind::Prd),
    }
}

fn write_files(dir: &Path, files: &[(String, Vec<u8>)]) {
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).expect("the temp dir is writable");
    }
}

fn write_all(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut group = c.benchmark_group("write_all");
    group.sample_size(10);
    group.bench_function("md+html+json+pdf+docx (700-word idea)", |b| {
        b.iter(|| write_files(dir.path(), &render_all_formats()));
    });
    group.finish();
}

criterion_group!(benches, write_all);
criterion_main!(benches);
