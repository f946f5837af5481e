//! Tests of the public lint: spans, steps, quoted speech, rule ids.

use super::*;
use crate::model::parse;

const IDEA: &str = "# Demo\n\nA revolutionary app.\n\n## Customer\nMany clinics. \"It is amazing,\" one manager said.\n\n## Evidence\nWe believe they `very` much want it, see https://very.example.\n";

#[test]
fn idea_spans_point_into_the_file_with_line_and_step() {
    let idea = parse(IDEA.as_bytes()).expect("test idea parses");
    let findings = lint_idea(&idea);
    let got: Vec<(&str, &str, usize, Option<Step>)> = findings
        .iter()
        .filter_map(|f| {
            let s = f.span.as_ref()?;
            Some((f.rule.as_str(), &IDEA[s.start..s.end], s.line, s.step))
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (HYPE_WORD, "revolutionary", 3, Some(Step::Pitch)),
            (WEASEL_WORD, "Many", 6, Some(Step::Customer)),
            (HEDGE, "We believe", 9, Some(Step::Evidence)),
        ]
    );
}

#[test]
fn generated_text_lints_quotes_too() {
    let findings = lint_text("Intro.\n“It is amazing,” said Ana.");
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, HYPE_WORD);
    let span = findings[0].span.as_ref().expect("word findings have spans");
    assert_eq!(
        (span.line, span.text.as_str(), span.step),
        (2, "amazing", None)
    );
}

#[test]
fn long_sentences_over_thirty_words() {
    let thirty = vec!["word"; 30].join(" ");
    assert!(lint_text(&format!("{thirty}.")).is_empty());
    let findings = lint_text(&format!("Short one. {thirty} more.\nNext."));
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, LONG_SENTENCE);
    assert!(
        findings[0].message.contains("31 words"),
        "{}",
        findings[0].message
    );
    let span = findings[0].span.as_ref().expect("has a span");
    assert!(span.text.starts_with("word") && span.text.ends_with("more."));
}

#[test]
fn a_phrase_in_two_lexicons_is_reported_once() {
    let findings = lint_text("It should help.");
    assert_eq!(findings.len(), 1, "{findings:?}");
}

#[test]
fn every_finding_has_a_known_rule_a_message_and_a_hint() {
    let text = "A seamless, very fast tool that may help every SMB. ".repeat(3);
    let findings = lint_text(&text);
    assert!(findings.len() >= 4);
    for f in &findings {
        assert!(RULES.contains(&f.rule.as_str()), "{}", f.rule);
        assert!(!f.message.is_empty() && !f.hint.is_empty());
        let span = f.span.as_ref().expect("has a span");
        assert_eq!(&text[span.start..span.end], span.text);
    }
}

#[test]
fn clean_prose_has_no_findings() {
    assert!(
        lint_text("Clinic managers spend 3 hours a week on rosters. We cut that to 20 minutes.")
            .is_empty()
    );
}

#[test]
fn intensifiers_are_cut_quantities_are_counted() {
    let f = lint_text("It is very slow.");
    assert_eq!(
        f[0].hint,
        "Delete “very”, or replace “very slow” with the measurement behind it."
    );
    let f = lint_text("Several clinics agree.");
    assert_eq!(
        f[0].hint,
        "Replace “Several clinics” with the number: how many, how much, or compared with what."
    );
}
