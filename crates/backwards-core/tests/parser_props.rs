//! Parser robustness: whatever bytes come in, `model::parse` returns, with
//! positions that point inside the file.
//!
//! Two generators: raw bytes (binary junk, broken UTF-8, NULs), and strings
//! that look like idea files (front matter, headings, bullets, fences, CRLF,
//! a BOM) because that is where the parser's branches are. The fuzz target in
//! `fuzz/` explores the same function for longer; this runs in every
//! `cargo test`.

use backwards_core::model::{self, Idea, ParseError};
use proptest::prelude::*;

/// Lines in a text, counting a last line without a newline.
fn line_count(source: &[u8]) -> usize {
    source.iter().filter(|b| **b == b'\n').count() + 1
}

/// Every position the parser reports must be inside the file.
fn check_positions(source: &[u8], idea: &Idea) -> Result<(), TestCaseError> {
    let lines = line_count(source);
    for section in idea.sections.values().chain(&idea.notes) {
        prop_assert!(
            (1..=lines).contains(&section.heading_line),
            "heading {:?} on line {} of {}",
            section.heading,
            section.heading_line,
            lines
        );
        let end = section.body_offset + section.body.len();
        prop_assert!(
            end <= idea.source.len(),
            "body ends at {end} of {}",
            idea.source.len()
        );
        prop_assert_eq!(
            &idea.source[section.body_offset..end],
            section.body.as_str()
        );
        let body_line = idea.line_of(section.body_offset);
        prop_assert!(
            (1..=lines).contains(&body_line),
            "body on line {body_line} of {lines}"
        );
    }
    Ok(())
}

fn check_error(source: &[u8], err: &ParseError) -> Result<(), TestCaseError> {
    if let Some(line) = err.line() {
        prop_assert!(
            (1..=line_count(source)).contains(&line),
            "error {err} points at line {line} of {}",
            line_count(source)
        );
    }
    prop_assert!(!err.to_string().is_empty());
    Ok(())
}

fn check(source: &[u8]) -> Result<(), TestCaseError> {
    match model::parse(source) {
        Ok(idea) => check_positions(source, &idea),
        Err(err) => check_error(source, &err),
    }
}

/// One line of a Markdown-ish idea file.
fn md_line() -> impl Strategy<Value = String> {
    let heading = prop_oneof![
        Just("Customer".to_string()),
        Just("Who is the customer?".to_string()),
        Just("Pain".to_string()),
        Just("How do we know?".to_string()),
        Just("Risks and assumptions".to_string()),
        Just("Team".to_string()),
        Just("2. Customer problem".to_string()),
        "[a-zA-Zé ?]{0,20}",
    ];
    prop_oneof![
        (1usize..=6, heading).prop_map(|(level, h)| format!("{} {h}", "#".repeat(level))),
        "[a-zA-Z0-9,.$%' ]{0,60}",
        "[a-z ]{0,20}".prop_map(|t| format!("- {t}")),
        "[a-z ]{0,20}".prop_map(|t| format!("1. **{t}**")),
        // Bold lead-ins, which become headings when an idea has none.
        ("[a-zA-Zé ?]{0,20}", "[.:]?", "\\PC{0,20}")
            .prop_map(|(label, stop, rest)| format!("**{label}{stop}**{rest}")),
        "[a-zA-Z_* ]{0,12}".prop_map(|t| format!("__{t}")),
        Just("---".to_string()),
        Just("```".to_string()),
        Just(String::new()),
        Just("    indented code".to_string()),
        Just("> quoted".to_string()),
        Just("Setext heading\n====".to_string()),
        "\\PC{0,12}",
    ]
}

/// A front matter block: valid keys, broken YAML, or nothing.
fn front_matter() -> impl Strategy<Value = String> {
    let entry = prop_oneof![
        "[a-z]{1,8}: [a-zA-Z0-9 ]{0,12}",
        Just("launch: 2027-09-01".to_string()),
        Just("launch: not a date".to_string()),
        Just("name: [unclosed".to_string()),
        Just("  - item".to_string()),
        Just(": nothing".to_string()),
        Just("price: \"$9".to_string()),
    ];
    prop_oneof![
        Just(String::new()),
        prop::collection::vec(entry.clone(), 0..5)
            .prop_map(|lines| format!("---\n{}\n---\n", lines.join("\n"))),
        // Never closed.
        prop::collection::vec(entry, 0..3).prop_map(|lines| format!("---\n{}\n", lines.join("\n"))),
    ]
}

/// A whole Markdown-like file.
fn md_file() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        front_matter(),
        prop::collection::vec(md_line(), 0..40),
        any::<bool>(),
    )
        .prop_map(|(bom, front, lines, crlf)| {
            let newline = if crlf { "\r\n" } else { "\n" };
            let body = lines.join(newline);
            let bom = if bom { "\u{feff}" } else { "" };
            format!("{bom}{front}{body}")
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(&bytes)?;
    }

    #[test]
    fn parse_never_panics_on_markdown_like_text(text in md_file()) {
        check(text.as_bytes())?;
    }

    #[test]
    fn parse_never_panics_on_text_with_a_stray_byte(text in md_file(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = text.into_bytes();
        let i = at.index(bytes.len() + 1);
        bytes.insert(i, byte);
        check(&bytes)?;
    }
}

#[test]
fn oversized_input_is_an_error_not_a_panic() {
    let big = "a".repeat(model::MAX_INPUT_BYTES + 1);
    assert!(model::parse(big.as_bytes()).is_err());
}
