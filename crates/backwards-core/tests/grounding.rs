//! Grounding over every idea we have: the eval corpora and the examples.
//!
//! For each idea: parse, analyze, write all documents on a fixed date, and
//! check that the press release, the FAQ and the PRD hold no figure, name,
//! price or date the idea does not support (derived milestone dates must be
//! labelled), and no hype word; and that every quote (“…”) in the verdict,
//! the FAQ and the PRD is the idea's own words. The verdict is left out of the figure
//! check on purpose: its scores, levels and line numbers are the analysis
//! itself, not claims about the world.
//!
//! The corpora live outside the repository, at `../shared/eval/` relative
//! to the repo root. The test fails (it does not skip) when they are missing.

use std::fs;
use std::path::{Path, PathBuf};

use backwards_core::analyze::{self, lint};
use backwards_core::grounding::Grounding;
use backwards_core::model;
use backwards_core::render::{self, DocKind, RenderContext};

/// The repository root: two levels above this crate.
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.md` file directly inside `dir`, sorted.
fn ideas_in(dir: &Path) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}. The grounding test needs the eval corpora at ../shared/eval \
             (next to the repository) and the ideas in examples/.",
            dir.display()
        )
    });
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files
}

/// Every idea file the test covers.
fn all_ideas() -> Vec<PathBuf> {
    let eval = repo_root().join("../shared/eval");
    let mut corpora: Vec<PathBuf> = fs::read_dir(&eval)
        .unwrap_or_else(|e| {
            panic!(
                "the eval corpora are missing at {}: {e}. Put the shared eval folder next to the repository.",
                eval.display()
            )
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    corpora.sort();
    assert!(
        !corpora.is_empty(),
        "no corpus folders in {}",
        eval.display()
    );
    let mut files: Vec<PathBuf> = corpora.iter().flat_map(|c| ideas_in(c)).collect();
    let examples = ideas_in(&repo_root().join("examples"));
    assert!(
        examples.len() >= 3,
        "examples/ should hold three idea files"
    );
    files.extend(examples);
    files
}

/// The problems found in one idea's documents, one line each.
fn problems(path: &Path) -> Vec<String> {
    let bytes = fs::read(path).unwrap_or_default();
    let idea = match model::parse(&bytes) {
        Ok(idea) => idea,
        Err(e) => return vec![format!("{}: does not parse: {e}", path.display())],
    };
    let report = analyze::analyze(&idea);
    let cx = RenderContext {
        idea: &idea,
        report: &report,
        generated_on: jiff::civil::date(2026, 11, 28),
    };
    let grounding = Grounding::new(&idea.source).with_vocabulary(render::vocabulary());
    let idea_text = normalise(&idea.source);
    let mut out = Vec::new();
    for doc in render::render_all(&cx) {
        if doc.kind != DocKind::PressRelease {
            for quote in quotes(&doc.markdown) {
                // A quote shortened with "…" must match in each of its parts;
                // a two-word term in quotes ("so what") is not a quotation.
                let parts: Vec<String> = quote
                    .split('…')
                    .map(normalise)
                    .filter(|p| p.split_whitespace().count() >= 3)
                    .collect();
                if parts.iter().any(|p| !idea_text.contains(p.as_str())) {
                    out.push(format!(
                        "{} [{}]: quote not in the idea: “{quote}”",
                        path.display(),
                        doc.kind.slug()
                    ));
                }
            }
        }
        if doc.kind == DocKind::Verdict {
            continue;
        }
        for v in grounding.check(&doc.markdown) {
            out.push(format!(
                "{} [{}] line {}: {} ({:?})",
                path.display(),
                doc.kind.slug(),
                v.line,
                v.message,
                v.kind
            ));
        }
        for f in lint::lint_text(&doc.markdown) {
            if f.rule == lint::HYPE_WORD {
                let words = f.span.map(|s| s.text).unwrap_or_default();
                out.push(format!(
                    "{} [{}]: hype word `{words}`",
                    path.display(),
                    doc.kind.slug()
                ));
            }
        }
    }
    out
}

/// The texts between curly quotes (“…”): what a document says the idea says.
/// The press release is left out: its two quotes are labelled illustrative.
fn quotes(markdown: &str) -> Vec<String> {
    markdown
        .split('“')
        .skip(1)
        .filter_map(|rest| rest.split_once('”').map(|(q, _)| q.to_string()))
        .collect()
}

/// Compare text without Markdown escapes, emphasis markers or line breaks.
fn normalise(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '\\' | '*' | '_' | '`'))
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_document_holds_only_facts_from_its_idea() {
    let ideas = all_ideas();
    assert!(
        ideas.len() > 40,
        "expected the corpora and the examples, found {}",
        ideas.len()
    );
    let problems: Vec<String> = ideas.iter().flat_map(|p| problems(p)).collect();
    assert!(
        problems.is_empty(),
        "{} unsupported figures or hype words:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_check_catches_an_invented_figure_in_a_real_document() {
    // Guard against a checker that passes everything: a document with one
    // invented price and one invented name must fail.
    let path = &all_ideas()[0];
    let idea = model::parse(&fs::read(path).unwrap_or_default()).expect("corpus file parses");
    let grounding = Grounding::new(&idea.source).with_vocabulary(render::vocabulary());
    let found = grounding.check("# FAQ\n\nIt costs $987,654 and Zyxwvut Corp resells it.\n");
    let texts: Vec<&str> = found.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(texts, ["$987,654", "Zyxwvut", "Corp"]);
}

#[test]
fn the_hype_check_can_fail() {
    // Guard against a lint that finds nothing: the hype assertion above
    // relies on it.
    let findings = lint::lint_text("A revolutionary, seamless tool.");
    assert!(findings.iter().any(|f| f.rule == lint::HYPE_WORD));
}
