//! A model that hands the draft back unchanged must pass the guard: otherwise the
//! guard would reject faithful rewrites. Checked on every example idea of the
//! repository and on core's own test ideas, for every polishable document.

use std::fs;
use std::path::{Path, PathBuf};

use backwards_core::model;
use backwards_core::render::{self, DocKind, RenderContext};
use backwards_polish::Guard;

fn ideas() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["examples", "crates/backwards-core/tests/ideas"] {
        let entries = fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("{dir} should hold idea files: {e}"));
        files.extend(
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "md")),
        );
    }
    files.sort();
    files
}

#[test]
fn every_draft_passes_its_own_guard() {
    let files = ideas();
    assert!(
        files.len() >= 10,
        "expected the examples and core's test ideas"
    );
    let mut failures = Vec::new();
    for path in &files {
        let idea = model::parse(&fs::read(path).unwrap_or_default()).expect("the idea parses");
        let report = backwards_core::analyze::analyze(&idea);
        let cx = RenderContext {
            idea: &idea,
            report: &report,
            generated_on: jiff::civil::date(2026, 11, 28),
        };
        let guard = Guard::new(&idea);
        for doc in render::render_all(&cx) {
            if doc.kind == DocKind::Verdict {
                continue;
            }
            for problem in guard.check(&doc.markdown, &doc.markdown, false) {
                failures.push(format!(
                    "{} [{}]: {problem}",
                    path.display(),
                    doc.kind.slug()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
