//! Property tests for the writing lint and the HTML page: whatever the
//! input, nothing panics, every span points at the words it names, and no
//! active content reaches the page.

use backwards_core::analyze::{self, lint};
use backwards_core::model;
use backwards_core::render::html;
use proptest::prelude::*;

/// Text built from the pieces that exercise the lint and the Markdown
/// filter: lexicon words, quotes, list markers, tables, HTML, links, URLs,
/// acronyms and multi-byte characters.
fn prose() -> impl Strategy<Value = String> {
    pieces(40)
}

/// Up to `max` pieces of [`prose`].
fn pieces(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("very ".to_string()),
        Just("most of ".to_string()),
        Just("May 2027 ".to_string()),
        Just("We believe ".to_string()),
        Just("seamless ".to_string()),
        Just("“quoted amazing” ".to_string()),
        Just("\"open quote ".to_string()),
        Just("\n- item ".to_string()),
        Just("\n12. step ".to_string()),
        Just("\n| a | b |\n".to_string()),
        Just("\n\n".to_string()),
        Just("\n## Risks\n".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("[x](javascript:alert(1)) ".to_string()),
        Just("https://very.example/most ".to_string()),
        Just("LOI (letter of intent) ".to_string()),
        Just("ÉTÉ naïve 日本語 ".to_string()),
        Just("`code very` ".to_string()),
        Just(". ".to_string()),
        "[a-zA-Z ]{0,12}",
    ];
    prop::collection::vec(piece, 0..max).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn lint_text_spans_name_their_words(text in prose()) {
        for f in lint::lint_text(&text) {
            let span = f.span.expect("every lint finding has a span");
            prop_assert!(span.start < span.end && span.end <= text.len());
            prop_assert_eq!(&text[span.start..span.end], span.text.as_str());
            let line = text[..span.start].matches('\n').count() + 1;
            prop_assert_eq!(span.line, line);
            prop_assert!(lint::RULES.contains(&f.rule.as_str()));
        }
    }

    #[test]
    fn lint_idea_spans_point_into_the_file(body in prose()) {
        let source = format!("# Idea\n\nPitch {body}\n\n## Customer\n{body}\n\n## Risks\n{body}\n");
        let idea = model::parse(source.as_bytes()).expect("generated ideas are valid UTF-8 text");
        for f in lint::lint_idea(&idea) {
            let span = f.span.expect("every lint finding has a span");
            prop_assert_eq!(&source[span.start..span.end], span.text.as_str());
            prop_assert_eq!(span.line, idea.line_of(span.start));
        }
    }
}

proptest! {
    // The whole pipeline runs per case, and the analyzers are slow in an
    // unoptimised test build: fewer, shorter cases.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_page_never_carries_active_content(body in pieces(12)) {
        let source = format!("# {body}\n\n{body}\n\n## Customer\n{body}\n\n## Problem\n{body}\n");
        let idea = model::parse(source.as_bytes()).expect("generated ideas are valid UTF-8 text");
        let report = analyze::analyze(&idea);
        let page = html::render(&idea, &report, &[]).to_lowercase();
        prop_assert!(!page.contains("<script"));
        prop_assert!(!page.contains("<img"));
        prop_assert!(!page.contains("javascript:alert(1)\""));
        prop_assert!(!page.contains("href=\"javascript"));
    }
}
