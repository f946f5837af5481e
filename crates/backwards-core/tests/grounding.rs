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

mod common;
use common::documents;

use std::fs;
use std::path::{Path, PathBuf};

use backwards_core::analyze::{self, lint};
use backwards_core::grounding::Grounding;
use backwards_core::model;
use backwards_core::render::{self, DocKind, Document, RenderContext};

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
    problems_of(path, &fs::read(path).unwrap_or_default())
}

/// The problems found in the documents of one idea given as bytes; `path`
/// only names it in the messages.
fn problems_of(path: &Path, bytes: &[u8]) -> Vec<String> {
    let idea = match model::parse(bytes) {
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

/// An idea planned by month (or, with `launch` swapped, by year).
const MONTH_LAUNCH: &str = "---\nname: Shelfwise\ncity: Leeds\nlaunch: 2028-01\n---\n\
# Shelfwise\n\nShelfwise reads the shelves of a corner shop from one photo, so owners reorder before they run out.\n\n\
## Customer\nOwners of corner shops in Leeds with one till.\n\n\
## Problem\nOwners walk the shelves with a clipboard every Monday, about three hours a week.\n\n\
## Experience\nThe owner installs the app and photographs each aisle. It launches with a free first month.\n";

/// The press release, FAQ and PRD of `source`, for the launch tests.
fn launch_documents(source: &str) -> (Vec<Document>, [String; 3]) {
    let docs = documents(source);
    let text = |kind: DocKind| {
        docs.iter()
            .find(|d| d.kind == kind)
            .map(|d| d.markdown.clone())
            .unwrap_or_default()
    };
    let texts = [
        text(DocKind::PressRelease),
        text(DocKind::Faq),
        text(DocKind::Prd),
    ];
    (docs, texts)
}

/// Asserts a launch at a period's precision: the press release's dateline,
/// the FAQ's answer and a PRD milestone say it as expected; no document
/// invents a day the idea does not state; and the grounding check passes.
fn assert_launch(source: &str, dateline: &str, faq_line: &str, milestone: &str, invented: &[&str]) {
    let (docs, [pr, faq, prd]) = launch_documents(source);
    assert!(pr.contains(dateline), "{pr}");
    assert!(faq.contains(faq_line), "{faq}");
    assert!(prd.contains(milestone), "{prd}");
    for doc in &docs {
        for day in invented {
            assert!(!doc.markdown.contains(day), "{day} in {}", doc.markdown);
        }
    }
    let found = problems_of(Path::new("launch"), source.as_bytes());
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_launch_month_is_said_as_a_month_and_adds_no_day() {
    assert_launch(
        MONTH_LAUNCH,
        "Leeds, January 2028",
        "Shelfwise launches in January 2028 (Leeds).",
        "(counted back 16 weeks from the start of the 2028-01 launch month)",
        &["January 1", "2028-01-01", "1 January"],
    );
    let (_, [_, _, prd]) = launch_documents(MONTH_LAUNCH);
    assert!(
        prd.contains("| 2028-01 (the launch month in the idea) |"),
        "{prd}"
    );
}

#[test]
fn a_launch_year_is_said_as_a_year_and_passes_the_check() {
    let source = MONTH_LAUNCH.replace("launch: 2028-01", "launch: 2028");
    assert_launch(
        &source,
        "Leeds, 2028",
        "Shelfwise launches in 2028 (Leeds).",
        "(counted back 8 weeks from the start of the 2028 launch year)",
        &["January 1", "2028-01-01", "January 2028"],
    );
}

#[test]
fn a_launch_quarter_is_said_as_planners_say_it_and_passes_the_check() {
    for written in ["2027-Q3", "Q3 2027"] {
        let source = MONTH_LAUNCH.replace("launch: 2028-01", &format!("launch: {written}"));
        assert_launch(
            &source,
            "Leeds, Q3 2027",
            "Shelfwise launches in Q3 2027 (Leeds).",
            "(counted back 16 weeks from the start of the 2027-Q3 launch quarter)",
            &["July 1", "2027-07-01", "1 July", "July 2027"],
        );
    }
}

#[test]
fn a_launch_half_year_is_said_as_planners_say_it_and_passes_the_check() {
    for written in ["2027-H2", "H2 2027"] {
        let source = MONTH_LAUNCH.replace("launch: 2028-01", &format!("launch: {written}"));
        assert_launch(
            &source,
            "Leeds, H2 2027",
            "Shelfwise launches in H2 2027 (Leeds).",
            "(counted back 16 weeks from the start of the 2027-H2 launch half-year)",
            &["July 1", "2027-07-01", "1 July", "July 2027"],
        );
    }
}

#[test]
fn the_check_catches_a_day_invented_for_a_launch_month() {
    // Guard for the two tests above: in this idea the anchor's day is not a
    // fact, so a document that states it must fail.
    let idea = model::parse(MONTH_LAUNCH.as_bytes()).expect("test idea parses");
    let grounding = Grounding::new(&idea.source).with_vocabulary(render::vocabulary());
    let found = grounding.check("# FAQ\n\nShelfwise launches on January 1, 2028.\n");
    let texts: Vec<&str> = found.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(texts, ["January 1, 2028"]);
}
