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

/// [`push_effect`] on its own.
fn effect(points: i16, dimension: Dimension) -> String {
    let mut out = String::new();
    push_effect(&mut out, points, dimension);
    out
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
}

#[test]
fn long_sentences_are_named_by_their_opening() {
    assert_eq!(opening("one two three"), "one two three");
    assert_eq!(opening("a b c d e f g h i j"), "a b c d e f g h …");
}

fn sig(effect: i16, quote: &str) -> Signal {
    Signal {
        rule: "r".into(),
        effect,
        quote: quote.into(),
        step: crate::model::Step::Customer,
        line: if quote.is_empty() { 0 } else { 3 },
        message: "m".into(),
    }
}

fn dim(dimension: Dimension, score: u8, signals: Vec<Signal>) -> DimensionScore {
    DimensionScore {
        dimension,
        score,
        level: crate::analyze::level_of(score),
        reading: String::new(),
        signals,
    }
}

#[test]
fn the_base_of_a_low_level_is_where_it_breaks() {
    // Level 2: "HR managers" sets the base; the count is a real strength.
    let low = dim(
        Dimension::Customer,
        35,
        vec![sig(25, "HR managers"), sig(10, "1,200 firms"), sig(5, "")],
    );
    let view = dimension_view(&low);
    assert_eq!(view.holds.len(), 1, "{view:?}");
    assert!(view.holds[0].contains("1,200 firms"));
    assert_eq!(view.breaks.len(), 2);
    // Level 3 and up: the base is a strength.
    let high = dim(Dimension::Customer, 55, vec![sig(45, "Shopify merchants")]);
    assert_eq!(dimension_view(&high).holds.len(), 1);
    // Risk: the sign alone decides.
    let risk = dim(
        Dimension::Risk,
        30,
        vec![sig(30, ""), sig(-5, "mitigation")],
    );
    let view = dimension_view(&risk);
    assert_eq!((view.holds.len(), view.breaks.len()), (1, 1));
}
