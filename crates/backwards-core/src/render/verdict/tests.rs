//! Unit tests of the Verdict's wording helpers (the whole document is
//! tested, and snapshotted, in `tests/formats.rs`).

use super::*;

#[test]
fn escape_neutralises_markdown_and_keeps_one_line() {
    assert_eq!(
        escape("a*b_c | <b>\n  [x](y) #1 & `z` ~ !"),
        "a\\*b\\_c \\| \\<b\\> \\[x\\](y) \\#1 \\& \\`z\\` \\~ \\!"
    );
}

#[test]
fn effects_read_the_right_way_for_risk() {
    assert_eq!(effect(15, Dimension::Customer), "(+15 points)");
    assert_eq!(effect(-20, Dimension::Evidence), "(−20 points)");
    assert_eq!(effect(10, Dimension::Risk), "(+10 risk)");
    assert_eq!(effect(0, Dimension::Risk), "(no change)");
}

#[test]
fn the_live_pipeline_renders_a_complete_verdict() {
    let idea = crate::model::parse(b"# Demo\n\nA very seamless tool.\n\n## Customer\nEveryone.\n")
        .expect("parses");
    let report = crate::analyze::analyze(&idea);
    let md = markdown(&idea, &report);
    for heading in [
        "# Verdict: Demo",
        "## Customer clarity:",
        "## Risk (higher = riskier):",
        "## The “so what” test",
        "## What to change first",
        "## Gaps",
        "## Writing",
    ] {
        assert!(md.contains(heading), "missing {heading} in\n{md}");
    }
    assert!(!md.contains("could not render"), "{md}");
}

#[test]
fn a_reason_that_repeats_the_call_is_not_repeated() {
    assert_eq!(
        without_call("Revise: the customer is vague.", Call::Revise),
        "The customer is vague."
    );
    assert_eq!(
        without_call("Revisions are needed.", Call::Revise),
        "Revisions are needed."
    );
    assert_eq!(without_call("Stop.", Call::Stop), "Stop.");
    assert_eq!(
        without_prefix("Fails: no comparison.", &["passes", "fails"]),
        "No comparison."
    );
}

#[test]
fn long_sentences_are_named_by_their_opening() {
    assert_eq!(opening("one two three"), "one two three");
    assert_eq!(opening("a b c d e f g h i j"), "a b c d e f g h …");
}
