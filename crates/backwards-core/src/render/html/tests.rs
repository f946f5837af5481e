//! Unit tests of the page assembly (the page as a whole, and the hostile
//! idea, are tested in `tests/formats.rs`).

use super::*;

fn idea_and_report() -> (Idea, Report) {
    let idea = crate::model::parse(b"# Demo\n\nA tool.\n").expect("parses");
    let report = crate::analyze::analyze(&idea);
    (idea, report)
}

#[test]
fn the_verdict_is_always_there_and_documents_keep_reading_order() {
    let (idea, report) = idea_and_report();
    let docs = vec![
        Document {
            kind: DocKind::Prd,
            title: "PRD".into(),
            markdown: "# The PRD\n\nBody.\n".into(),
        },
        Document {
            kind: DocKind::PressRelease,
            title: "Press release".into(),
            markdown: "No title heading here.\n".into(),
        },
    ];
    let page = render(&idea, &report, &docs);
    let order: Vec<usize> = ["id=\"verdict\"", "id=\"press-release\"", "id=\"prd\""]
        .iter()
        .map(|id| page.find(id).unwrap_or(usize::MAX))
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1] && w[1] != usize::MAX),
        "{order:?}"
    );
    assert!(!page.contains("id=\"faq\""), "no FAQ was given");
    // A lifted `# Title` wins; without one the Document's title is used.
    assert!(page.contains("<h2 class=\"document-title\">The PRD</h2>"));
    assert!(page.contains("<h2 class=\"document-title\">Press release</h2>"));
}

#[test]
fn the_page_template_renders() {
    let (idea, report) = idea_and_report();
    assert!(!render(&idea, &report, &[]).contains("could not render"));
}
