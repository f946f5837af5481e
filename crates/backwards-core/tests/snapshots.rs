//! Snapshots of all four documents for each example idea in `examples/`.
//!
//! A change to a writer, a template or the analysis shows up here as a diff
//! to review (`cargo insta review`), so wording changes are deliberate.
//! The date is fixed: the documents depend on it only through the PRD's
//! note about a launch date that has passed.

use std::fs;
use std::path::{Path, PathBuf};

use backwards_core::render::{self, RenderContext};
use backwards_core::{analyze, model};

/// The example ideas at the repository root, sorted.
fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    files
}

#[test]
fn all_four_documents_of_every_example() {
    let files = examples();
    assert!(files.len() >= 3, "examples/ should hold three idea files");
    for path in files {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let idea = model::parse(&fs::read(&path).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let report = analyze::analyze(&idea);
        let cx = RenderContext {
            idea: &idea,
            report: &report,
            generated_on: jiff::civil::date(2026, 11, 28),
        };
        for doc in render::render_all(&cx) {
            insta::assert_snapshot!(format!("{stem}__{}", doc.kind.slug()), doc.markdown);
        }
    }
}

#[test]
fn writing_twice_gives_byte_identical_documents() {
    for path in examples() {
        let idea = model::parse(&fs::read(&path).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let report = analyze::analyze(&idea);
        let cx = RenderContext {
            idea: &idea,
            report: &report,
            generated_on: jiff::civil::date(2026, 11, 28),
        };
        assert_eq!(render::render_all(&cx), render::render_all(&cx));
    }
}
