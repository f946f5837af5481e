//! The writing lint: hype, weasel words, hedges, long sentences and
//! undefined acronyms, for the idea file and for every generated document.
//!
//! Amazon's writing rules (domain-notes §1.4, §2.5) say: replace adjectives
//! with data, cut weasel words, commit instead of hedging, keep sentences
//! under 30 words and define every acronym on first use. This module finds
//! the words that break those rules and marks each span, so the verdict can
//! quote them and an editor can jump to them.
//!
//! Rules (the ids are stable: JSON consumers and CI scripts match on them):
//!
//! | id | severity | what it finds |
//! |---|---|---|
//! | `hype-word` | warning | marketing adjectives: "revolutionary", "seamless" |
//! | `weasel-word` | warning | vague quantifiers: "many", "significantly" |
//! | `hedge` | warning | commitments not made: "might", "we believe" |
//! | `long-sentence` | warning | a sentence over 30 words |
//! | `undefined-acronym` | info | "LOI" used before it is spelled out |
//!
//! How matching works:
//! - Lexicons are data (`lexicons/*.txt`, one phrase per line) compiled once
//!   into one case-insensitive, whole-word regex each.
//! - Only prose is read: code spans, code blocks, raw HTML, link targets and
//!   bare URLs are skipped ("very.example.com" is not a weasel word).
//! - Phrases listed in `lexicons/allow.txt` win over a lexicon word they
//!   contain ("at most 20 minutes" is a bound, not a weasel word), and
//!   "May" before or after a number is the month, not a hedge.
//!
//! - In the idea's Risks section, hedges are not flagged: "a partner could
//!   say no" is exactly what that section should say.
//!
//! **Quoted speech.** In the idea file, words inside quotation marks are
//! skipped by the word rules: `“It's amazing,” said one nurse` reports what a
//! customer said, and that is evidence, not the author's hype. In generated
//! documents ([`lint_text`]) nothing is skipped: every quote there was
//! written by the tool (the press release's illustrative quotes), so hype in
//! it is the tool's own and must be caught.

mod acronym;
mod lexicon;
mod prose;

use std::ops::Range;

use super::report::{Finding, Severity, Span};
use crate::model::{Idea, Section, Step};

/// Rule id: a marketing word that should be replaced with data.
pub const HYPE_WORD: &str = "hype-word";
/// Rule id: a vague quantifier that should be replaced with a number.
pub const WEASEL_WORD: &str = "weasel-word";
/// Rule id: a hedge that hides whether a claim is true.
pub const HEDGE: &str = "hedge";
/// Rule id: a sentence over [`MAX_SENTENCE_WORDS`] words.
pub const LONG_SENTENCE: &str = "long-sentence";
/// Rule id: an acronym used before it is defined.
pub const UNDEFINED_ACRONYM: &str = "undefined-acronym";

/// Every rule id, in the order findings of the same span are preferred.
pub const RULES: [&str; 5] = [
    HYPE_WORD,
    WEASEL_WORD,
    HEDGE,
    LONG_SENTENCE,
    UNDEFINED_ACRONYM,
];

/// The longest sentence that passes: Amazon's hard limit. (Its bar-raiser
/// variant is 20, which the hint recommends without flagging.)
pub const MAX_SENTENCE_WORDS: usize = 30;

/// One thing the lint saw, before it is placed in a file: a rule, the byte
/// range in the linted region, and what the message should quote.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Hit {
    rule: &'static str,
    range: Range<usize>,
    /// The words to name in the hint: the match, sometimes with the word it
    /// qualifies ("significantly faster").
    phrase: String,
    /// Word count, for long sentences.
    words: usize,
}

/// Lint every section of an idea (the pitch, the six steps and the notes);
/// spans are byte offsets into the idea file, with the line and the step.
///
/// Quoted speech is skipped by the word rules (see the module docs), and an
/// acronym counts as defined if it was spelled out in any earlier section.
///
/// ```
/// let idea = backwards_core::model::parse(
///     b"# Demo\n\nA revolutionary tool.\n\n## Customer\n\"It is amazing\", a nurse said.\n",
/// ).unwrap();
/// let findings = backwards_core::analyze::lint::lint_idea(&idea);
/// assert_eq!(findings.len(), 1); // "revolutionary"; the nurse's words are quoted speech
/// assert_eq!(findings[0].span.as_ref().unwrap().line, 3);
/// ```
pub fn lint_idea(idea: &Idea) -> Vec<Finding> {
    lint_sections(idea, None)
}

/// The findings of [`lint_idea`] inside one step's section, without
/// linting the rest: live coaching asks this on every pause in typing.
/// The sections before it are still read for acronyms (spelling one out
/// earlier defines it here); those after it are not read at all.
pub fn lint_step(idea: &Idea, step: Step) -> Vec<Finding> {
    lint_sections(idea, Some(step))
}

/// Lint every section, or only `only` (with the acronyms defined before it).
fn lint_sections(idea: &Idea, only: Option<Step>) -> Vec<Finding> {
    let mut regions: Vec<(Option<Step>, &Section)> = idea
        .sections
        .iter()
        .map(|(step, s)| (Some(*step), s))
        .chain(idea.notes.iter().map(|n| (None, n)))
        .filter(|(_, s)| !s.body.trim().is_empty())
        .collect();
    // File order, so "first use" of an acronym means first in the file.
    regions.sort_by_key(|(_, s)| s.body_offset);
    let mut acronyms = acronym::Seen::default();
    let mut findings = Vec::new();
    for (step, section) in regions {
        let (offset, body) = (section.body_offset, section.body.as_str());
        let prose = prose::prose_in(body, section.text_nodes());
        if only.is_some() && step != only {
            // Before the wanted section: only what it defines matters.
            acronyms.scan(body, &prose);
            continue;
        }
        let mut hits = word_hits(body, &prose, true);
        // Naming what could go wrong is the Risks section's job: "could"
        // and "may" there are the right words, not hedges.
        if step == Some(Step::Risks) {
            hits.retain(|h| h.rule != HEDGE);
        }
        hits.extend(long_sentences(body));
        hits.extend(acronyms.scan(body, &prose));
        for hit in dedupe(hits) {
            let start = offset + hit.range.start;
            let end = offset + hit.range.end;
            findings.push(finding(
                &hit,
                Span {
                    step,
                    line: idea.line_of(start),
                    start,
                    end,
                    text: body[hit.range.clone()].to_string(),
                },
            ));
        }
        if only.is_some() {
            break;
        }
    }
    sort(&mut findings);
    findings
}

/// Lint any text (a generated document, or an answer typed in the wizard);
/// spans are byte offsets into that text, with its lines.
///
/// Nothing is skipped as quoted speech: in a generated document every quote
/// is the tool's own writing.
///
/// ```
/// let findings = backwards_core::analyze::lint::lint_text("It is significantly faster.");
/// assert_eq!(findings[0].rule, "weasel-word");
/// assert_eq!(findings[0].hint, "Replace “significantly faster” with the number: how many, how much, or compared with what.");
/// ```
pub fn lint_text(text: &str) -> Vec<Finding> {
    let prose = prose::prose_ranges(text);
    let mut hits = word_hits(text, &prose, false);
    hits.extend(long_sentences(text));
    hits.extend(acronym::Seen::default().scan(text, &prose));
    let mut findings: Vec<Finding> = dedupe(hits)
        .into_iter()
        .map(|hit| {
            let span = Span {
                step: None,
                line: line_of(text, hit.range.start),
                start: hit.range.start,
                end: hit.range.end,
                text: text[hit.range.clone()].to_string(),
            };
            finding(&hit, span)
        })
        .collect();
    sort(&mut findings);
    findings
}

/// Hype, weasel and hedge words in the prose of a text.
fn word_hits(text: &str, prose: &[Range<usize>], skip_quotes: bool) -> Vec<Hit> {
    let quotes = if skip_quotes {
        prose::quote_ranges(text)
    } else {
        Vec::new()
    };
    lexicon::matches(text, prose)
        .into_iter()
        .filter(|hit| !quotes.iter().any(|q| q.contains(&hit.range.start)))
        .collect()
}

/// Sentences over [`MAX_SENTENCE_WORDS`] words.
fn long_sentences(text: &str) -> Vec<Hit> {
    prose::sentences(text)
        .into_iter()
        .filter_map(|range| {
            let words = prose::word_count(&text[range.clone()]);
            (words > MAX_SENTENCE_WORDS).then(|| Hit {
                rule: LONG_SENTENCE,
                range: prose::without_marker(text, range),
                phrase: String::new(),
                words,
            })
        })
        .collect()
}

/// Two word rules can match the same words ("should help" is a hedge; a
/// lexicon may list it twice): keep one finding per span, preferring the
/// rule listed first in [`RULES`]. Long sentences overlap words by design
/// and are kept.
fn dedupe(mut hits: Vec<Hit>) -> Vec<Hit> {
    let rank = |rule: &str| RULES.iter().position(|r| *r == rule).unwrap_or(RULES.len());
    hits.sort_by_key(|h| (h.range.start, rank(h.rule), std::cmp::Reverse(h.range.end)));
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for hit in hits {
        let overlaps = kept.iter().any(|k| {
            k.rule != LONG_SENTENCE
                && hit.rule != LONG_SENTENCE
                && k.range.start < hit.range.end
                && hit.range.start < k.range.end
        });
        if !overlaps {
            kept.push(hit);
        }
    }
    kept
}

/// Put a hit in words: what is wrong and how to fix it.
fn finding(hit: &Hit, span: Span) -> Finding {
    let (severity, message, hint) = if hit.rule == LONG_SENTENCE {
        // Counted, not quoted: the sentence's words are not read again.
        (
            Severity::Warning,
            format!(
                "This sentence has {} words; the limit is {MAX_SENTENCE_WORDS}.",
                hit.words
            ),
            "Split it into sentences of under 20 words, one thought each.".to_string(),
        )
    } else {
        worded(hit, &span.text)
    };
    Finding {
        rule: hit.rule.to_string(),
        severity,
        span: Some(span),
        message,
        hint,
    }
}

/// The severity, message and hint of a finding that quotes its words.
fn worded(hit: &Hit, text: &str) -> (Severity, String, String) {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let phrase = if hit.phrase.is_empty() {
        words.clone()
    } else {
        hit.phrase.clone()
    };
    match hit.rule {
        HYPE_WORD => (
            Severity::Warning,
            format!(
                "“{words}” is a marketing word: it asks the reader to believe instead of showing them."
            ),
            format!(
                "Replace “{phrase}” with the fact behind it: a number, a name, or a comparison with today's way."
            ),
        ),
        WEASEL_WORD if lexicon::is_intensifier(&words) => (
            Severity::Warning,
            format!("“{words}” is an intensifier: it claims size without a measurement."),
            if phrase == words {
                format!("Delete “{words}”, or say what it stands for with a number.")
            } else {
                format!("Delete “{words}”, or replace “{phrase}” with the measurement behind it.")
            },
        ),
        WEASEL_WORD => (
            Severity::Warning,
            format!("“{words}” sounds like a measurement but gives none."),
            format!(
                "Replace “{phrase}” with the number: how many, how much, or compared with what."
            ),
        ),
        HEDGE => (
            Severity::Warning,
            format!("“{words}” hedges: the reader cannot tell whether it is true."),
            "Say what you know, or name it as an open question and how you will find out."
                .to_string(),
        ),
        _ => (
            Severity::Info,
            format!("“{words}” is used before it is defined."),
            format!("Spell it out on first use, with “{words}” in brackets after the words."),
        ),
    }
}

/// Findings in reading order; ties (a word inside a long sentence) by rule.
fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| f.span.as_ref().map(|s| (s.start, s.end));
        key(a).cmp(&key(b)).then_with(|| a.rule.cmp(&b.rule))
    });
}

/// 1-based line of a byte offset in a text.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests;
