//! The press release, FAQ and PRD writers: structure, honesty and labels.
//!
//! These check the promises of documents.md that a snapshot cannot state
//! on its own: the Markdown conventions the exporters rely on, the press
//! release's length, "Not answered yet" instead of invented answers, and
//! the labels on illustrative quotes and derived dates.

mod common;
use common::documents;

use std::fs;
use std::path::{Path, PathBuf};

use backwards_core::model;
use backwards_core::render::{DocKind, Document};

/// The Markdown of one kind of document.
fn doc(docs: &[Document], kind: DocKind) -> &str {
    docs.iter()
        .find(|d| d.kind == kind)
        .map(|d| d.markdown.as_str())
        .unwrap_or_default()
}

/// Every idea of the corpora and the examples.
fn all_ideas() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut dirs = vec![root.join("examples")];
    for c in ["dev", "dev-2", "dev-adversarial"] {
        dirs.push(root.join("../shared/eval").join(c));
    }
    let mut files = Vec::new();
    for dir in dirs {
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        files.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "md")),
        );
    }
    files.sort();
    files
}

const BARE: &str = "# Crumb\n\nA stock counter for bakeries.\n";

const DATED: &str = "---\nname: Crumb\nlaunch: 2027-09-01\nprice: $12 a month\n---\n\
# Crumb\n\nCrumb counts flour and butter from photos of the shelf, so bakers order before they run out.\n\n\
## Customer\nOwners of independent bakeries in Ohio with one shop. Not our customer: chains.\n\n\
## Problem\nOwners count stock by hand every Sunday, about two hours a week, and still run out of butter twice a month.\n\n\
## Solution\nThe owner photographs each shelf; Crumb counts the stock and drafts the order. The most important benefit: the Sunday count drops from two hours to ten minutes.\n\n\
## Experience\nThe owner signs up on the website. Each Sunday the owner takes four photos. The order arrives as a draft email.\n";

#[test]
fn documents_follow_the_markdown_conventions_and_the_length_budget() {
    for path in all_ideas() {
        let source = fs::read_to_string(&path).unwrap_or_default();
        let docs = documents(&source);
        for kind in [DocKind::PressRelease, DocKind::Faq, DocKind::Prd] {
            let md = doc(&docs, kind);
            assert!(
                md.starts_with("# "),
                "{} {kind:?} has no title",
                path.display()
            );
            assert!(
                md.contains("\n## "),
                "{} {kind:?} has no section",
                path.display()
            );
            assert!(
                !md.contains("\n\n\n"),
                "{} {kind:?} has a double blank line",
                path.display()
            );
        }
        let words = model::text::word_count(doc(&docs, DocKind::PressRelease));
        assert!(
            words <= 600,
            "{}: press release has {words} words",
            path.display()
        );
    }
}

/// The body of the FAQ's first section whose heading contains `question`
/// (without its question mark), in any case.
fn faq_section<'f>(faq: &'f str, question: &str) -> Option<&'f str> {
    let wanted = question.trim_end_matches('?').to_lowercase();
    faq.split("\n### ").skip(1).find_map(|section| {
        let (heading, body) = section.split_once('\n')?;
        heading.to_lowercase().contains(&wanted).then_some(body)
    })
}

#[test]
fn the_prd_calls_open_only_what_the_faq_leaves_unanswered() {
    // The PRD's open questions are the FAQ's unanswered ones: an engineer
    // who reads "What does it cost? Not answered yet" in the PRD while the
    // FAQ states the price would stop trusting both.
    let mut checked = 0;
    for path in all_ideas() {
        let source = fs::read_to_string(&path).unwrap_or_default();
        let docs = documents(&source);
        let (prd, faq) = (doc(&docs, DocKind::Prd), doc(&docs, DocKind::Faq));
        let open = prd.lines().filter_map(|l| {
            l.strip_prefix("- ")?
                .strip_suffix(" **Not answered yet** (see the FAQ).")
        });
        for question in open {
            let body = faq_section(faq, question).unwrap_or_else(|| {
                panic!("{}: the FAQ has no question {question:?}", path.display())
            });
            assert!(
                body.contains("**Not answered yet:**"),
                "{}: the PRD calls {question:?} open, but the FAQ answers it:\n{body}",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} open questions were checked");
}

#[test]
fn a_price_and_launch_in_the_front_matter_are_not_open_questions() {
    let docs = documents(DATED);
    let prd = doc(&docs, DocKind::Prd);
    assert!(
        !prd.contains("What does it cost? **Not answered yet**"),
        "{prd}"
    );
    assert!(
        !prd.contains("When and where is it available? **Not answered yet**"),
        "{prd}"
    );
}

#[test]
fn the_faq_asks_every_question_of_the_format() {
    let docs = documents(DATED);
    let faq = doc(&docs, DocKind::Faq);
    for q in [
        "### What does it cost?",
        "### How is it different from what I use today?",
        "### How do I get started?",
        "### What does it need from me?",
        "### What happens to my data?",
        "### When and where is it available?",
        "### What if it does not work for me?",
        "### How many customers are there, and how do we know?",
        "### Why would they switch?",
        "### How does it make money, and what does it cost to build and run?",
        "### What must be true?",
        "### What are the biggest risks, and what do we do about them?",
        "### What does it depend on?",
        "### Who competes, and how will they respond?",
        "### Why us, and why now?",
        "### What are we not doing?",
        "### How will we measure success?",
        "### What would make us stop?",
    ] {
        assert!(faq.contains(q), "FAQ lacks {q}");
    }
    assert!(faq.contains("Crumb costs $12 a month."));
}

#[test]
fn a_bare_idea_gets_not_answered_yet_instead_of_invented_answers() {
    let docs = documents(BARE);
    let faq = doc(&docs, DocKind::Faq);
    assert!(faq.matches("**Not answered yet:**").count() >= 15, "{faq}");
    let pr = doc(&docs, DocKind::PressRelease);
    assert!(!pr.contains("Price:"), "{pr}");
    assert!(!pr.contains('['), "placeholder in {pr}");
    assert!(!pr.contains("“"), "a quote with no facts behind it: {pr}");
    let prd = doc(&docs, DocKind::Prd);
    assert!(prd.contains("week 16 (counted forward 16 weeks from the start of work"));
    assert!(prd.contains("Not answered yet"));
}

#[test]
fn the_dateline_leaves_out_what_is_missing() {
    let pr = doc(&documents(DATED), DocKind::PressRelease).to_string();
    assert!(pr.contains("**September 1, 2027** — "), "{pr}");
    assert!(!pr.to_lowercase().contains("city"), "{pr}");
}

#[test]
fn quotes_are_labelled_as_illustrative() {
    let pr = doc(&documents(DATED), DocKind::PressRelease).to_string();
    let quotes = pr.matches('“').count();
    assert_eq!(quotes, 2, "{pr}");
    assert_eq!(pr.matches("*(Illustrative").count(), 2, "{pr}");
}

#[test]
fn milestones_count_back_from_the_launch_date_and_say_so() {
    let prd = doc(&documents(DATED), DocKind::Prd).to_string();
    assert!(
        prd.contains(
            "| Prototype | 2027-05-12 (counted back 16 weeks from the 2027-09-01 launch date) |"
        ),
        "{prd}"
    );
    assert!(prd.contains("2027-09-29 (counted forward 4 weeks from the 2027-09-01 launch date)"));
}

#[test]
fn requirements_have_a_priority_and_a_criterion() {
    let prd = doc(&documents(DATED), DocKind::Prd).to_string();
    assert!(prd.contains("| ID | Requirement | Priority | Acceptance criterion |"));
    let rows: Vec<&str> = prd
        .lines()
        .filter(|l| l.starts_with("| R") && l.chars().nth(3).is_some_and(|c| c.is_ascii_digit()))
        .collect();
    assert!(rows.len() >= 4, "{prd}");
    for row in rows {
        let cells: Vec<&str> = row.split(" | ").collect();
        assert_eq!(cells.len(), 4, "{row}");
        assert!(["P0", "P1", "P2"].contains(&cells[2]), "{row}");
        assert!(cells[3].len() > 20, "{row}");
    }
    assert!(
        prd.contains("As one of the owners of independent bakeries in Ohio"),
        "{prd}"
    );
}

#[test]
fn the_press_release_drops_superlatives_and_hype() {
    let source = DATED.replace(
        "The owner photographs each shelf; Crumb counts the stock and drafts the order.",
        "The owner photographs each shelf. Crumb is the fastest way to count stock. It is a revolutionary tool.",
    );
    let pr = doc(&documents(&source), DocKind::PressRelease).to_string();
    assert!(!pr.contains("fastest"), "{pr}");
    assert!(!pr.contains("revolutionary"), "{pr}");
    assert!(pr.contains("The owner photographs each shelf"), "{pr}");
}

#[test]
fn a_letters_greeting_never_heads_its_press_release() {
    let letter = "Dear Ms Okafor,\n\nKilnKeep is a booking page for shelf space in shared kilns.\n";
    let pr = doc(&documents(letter), DocKind::PressRelease).to_string();
    assert!(!pr.contains("Okafor"), "{pr}");
    assert!(pr.starts_with("# KilnKeep"), "{pr}");
}

#[test]
fn a_letters_thanks_never_head_its_press_release() {
    let letter = "Dear Ms Okafor,\n\nThank you for inviting us to write to the Kiln Fund. \
                  KilnKeep is a booking page for shelf space in shared kilns.\n";
    let pr = doc(&documents(letter), DocKind::PressRelease).to_string();
    let headline = pr.lines().next().unwrap_or_default();
    assert!(!headline.contains("Thank you"), "{pr}");
    assert!(headline.contains("booking page"), "{pr}");
}

#[test]
fn the_press_release_launches_for_the_segment_not_its_lead_in() {
    let idea = "# WallCrew\n\nA walling crew for hire.\n\n## Customer\n\
                Our customers are hill farmers in the Brecon Beacons who lose sheep through gaps.\n";
    let pr = doc(&documents(idea), DocKind::PressRelease).to_string();
    assert!(
        pr.contains("for hill farmers in the Brecon Beacons."),
        "{pr}"
    );
    assert!(!pr.contains("for our customers are"), "{pr}");
    let letter = idea.replace("Our customers are", "The people I would serve are");
    let pr = doc(&documents(&letter), DocKind::PressRelease).to_string();
    assert!(
        pr.contains("for hill farmers in the Brecon Beacons."),
        "{pr}"
    );
}
