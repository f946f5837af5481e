//! Picking the idea's own sentences: the raw material of every document.
//!
//! The writers never paraphrase facts. They choose which of the author's
//! sentences answers which question (by keywords, in small functions) and
//! lay them out with templates. Choosing rather than rewriting is what keeps
//! the documents grounded: every figure in them was typed by the author.
//!
//! Two filters apply to everything picked here:
//! - a sentence with a hype word is never picked, because the documents must
//!   pass the writing lint even when the idea does not;
//! - a sentence is picked at most once per answer, in the order the author
//!   wrote it, so output is deterministic.

use std::cell::OnceCell;

use crate::model::text;
use crate::model::{Idea, Step};

mod keys;

pub(crate) use keys::mentions;
use keys::{Keys, Lower};

/// The idea's sentences as the writers see them, split once per render.
///
/// Every writer asks for the same steps many times, and each split costs a
/// Markdown parse and a lint pass, so one `Sentences` is built per render
/// (see `render::Draft`) and shared by every document written from it. Each
/// step is split on first use: the verdict alone never pays for any.
pub(crate) struct Sentences<'a> {
    idea: &'a Idea,
    steps: [OnceCell<StepSentences>; Step::ALL.len()],
}

/// One step as the writers see it.
///
/// The lowercased forms and word starts sit next to the sentences because
/// every FAQ and PRD question searches them for keywords: working them out
/// again for every question was most of the cost of writing the documents.
struct StepSentences {
    /// The hype-free sentences, tidied and escaped, in the author's order.
    clean: Vec<String>,
    /// `clean`, lowercased, index for index, with its word starts.
    lower: Vec<Lower>,
    /// Whether a sentence was left out for hype.
    dropped: bool,
}

impl<'a> Sentences<'a> {
    /// Nothing is split yet: each step is split when first asked for.
    pub(crate) fn new(idea: &'a Idea) -> Sentences<'a> {
        Sentences {
            idea,
            steps: Default::default(),
        }
    }

    /// The idea the sentences come from.
    pub(crate) fn idea(&self) -> &'a Idea {
        self.idea
    }

    fn step(&self, step: Step) -> &StepSentences {
        // `Step` is a fieldless enum in `Step::ALL` order, so its
        // discriminant indexes the array.
        self.steps[step as usize].get_or_init(|| compute_sentences(self.idea, step))
    }

    /// The hype-free sentences of one step, as plain text, in the author's order.
    pub(crate) fn of(&self, step: Step) -> &[String] {
        &self.step(step).clean
    }

    /// True when the writers left out a sentence of this step because it
    /// uses hype words: the documents then say so rather than look silent.
    pub(crate) fn dropped_for_hype(&self, step: Step) -> bool {
        self.step(step).dropped
    }

    /// [`mentions`] for the sentence at `index` of [`Sentences::of`]`(step)`,
    /// without lowercasing it again.
    pub(crate) fn mentions_at(&self, step: Step, index: usize, keys: &[&str]) -> bool {
        self.step(step)
            .lower
            .get(index)
            .is_some_and(|lower| lower.mentions(keys))
    }

    /// [`mentions`] for any sentence: one of the idea's own (a copy of a
    /// sentence of [`Sentences::of`]) is answered from its lowercased form,
    /// worked out when it was split; any other text is lowercased here.
    ///
    /// Most sentences the writers test (the press release drops every
    /// superlative claim) are the idea's own, and lowercasing each again
    /// cost more than the test.
    pub(crate) fn mentions(&self, sentence: &str, keys: &[&str]) -> bool {
        let known = self
            .steps
            .iter()
            .filter_map(OnceCell::get)
            .find_map(|step| {
                let i = step.clean.iter().position(|s| s == sentence)?;
                step.lower.get(i)
            });
        match known {
            Some(lower) => lower.mentions(keys),
            None => mentions(sentence, keys),
        }
    }

    /// The first hype-free sentence of a step: its usable summary.
    pub(crate) fn summary(&self, step: Step) -> Option<String> {
        // A letter's greeting ("Dear Ms Okafor,") and its courtesies ("Thank
        // you for inviting us to write.") are not what it is about.
        self.of(step)
            .iter()
            .find(|s| !crate::model::formality(s))
            .cloned()
    }

    /// Sentences of the given steps that mention any of the keywords, in
    /// step order, at most `limit` of them.
    ///
    /// Keywords match at the start of a word, case-insensitively: "cost"
    /// finds "costs" and "Costly" but not "accost". Keys of three letters or
    /// fewer must match a whole word.
    ///
    /// The keys are a writer's constant list: its index is built once per
    /// process (see [`Keys::of`]), not once per question and idea.
    pub(crate) fn matching(
        &self,
        steps: &[Step],
        keys: &'static [&'static str],
        limit: usize,
    ) -> Vec<String> {
        let keys = Keys::of(keys);
        let mut out: Vec<String> = Vec::new();
        for step in steps {
            let step = self.step(*step);
            for (s, lower) in step.clean.iter().zip(&step.lower) {
                // Anything past `limit` would be cut below, so stop looking.
                if out.len() >= limit {
                    return out;
                }
                if keys.found_in(lower) && !out.contains(s) {
                    out.push(s.clone());
                }
            }
        }
        out
    }

    /// The first sentence of the steps that mentions any keyword.
    pub(crate) fn first_matching(
        &self,
        steps: &[Step],
        keys: &'static [&'static str],
    ) -> Option<String> {
        self.matching(steps, keys, 1).into_iter().next()
    }
}

/// Split, tidy, filter and escape the sentences of one step.
fn compute_sentences(idea: &Idea, step: Step) -> StepSentences {
    // Without its own section, a step is written from the sentences the
    // verdict read in its place (an untitled problem paragraph, interviews
    // told in the Solution), so a document never calls answered what the
    // verdict scored, or the reverse.
    let borrowed;
    let plain = match idea.section(step) {
        Some(section) => section.plain(),
        None => {
            borrowed = text::plain(&crate::analyze::borrowed(idea, step).join("\n"));
            &borrowed
        }
    };
    let all: Vec<&str> = text::sentences(plain).into_iter().map(tidy).collect();
    let total = all.len();
    let clean: Vec<String> = all
        .into_iter()
        .filter(|s| is_clean(s))
        .map(escape)
        .collect();
    let dropped = clean.len() < total;
    let lower = clean.iter().map(|s| Lower::new(s)).collect();
    StepSentences {
        clean,
        lower,
        dropped,
    }
}

/// True when a sentence has a digit: a number makes a claim checkable.
pub(crate) fn has_number(sentence: &str) -> bool {
    sentence.chars().any(|c| c.is_ascii_digit())
}

/// True when the writing lint finds no hype word in the sentence.
pub(crate) fn is_clean(sentence: &str) -> bool {
    super::hype::is_clean(sentence)
}

/// Make idea text inert as inline Markdown (the verdict writer's rule):
/// an idea sentence must never open a table cell, a link or raw HTML.
///
/// Every ASCII punctuation mark Markdown gives a meaning to is
/// backslash-escaped (CommonMark allows escaping any of them); whitespace
/// runs become one space. `$`, `%`, `.` and `,` stay as they are, so figures
/// read and ground exactly as the author wrote them.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out`: a line built of several escaped parts
/// needs one string, not one per part.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    // Whether this call has written a word yet: the first word of `text`
    // never gets a space before it, whatever `out` already holds.
    let base = out.len();
    // Text is copied a run at a time; a run ends at white space (collapsed
    // into one space before the next word) or before a mark to escape.
    // Bytes are classified by a table; a multi-byte character is decoded
    // only when it might be white space (see `white_space_at`).
    let bytes = text.as_bytes();
    let keep = |at: usize| {
        bytes
            .get(at)
            .is_some_and(|&b| ESCAPE_CLASS[usize::from(b)] == KEEP)
    };
    let mut run = 0;
    let mut space = false;
    let mut i = 0;
    while i < bytes.len() {
        if !space {
            // Inside a run, plain bytes only move on: most bytes, passed
            // over in a loop of their own.
            while keep(i) {
                i += 1;
            }
            // One space inside a run, before a plain character, is copied
            // with the run: it collapses to itself. So a run ends only at a
            // mark or at longer white space, and most sentences are one
            // copy, not one per word.
            if bytes.get(i) == Some(&b' ') && i > run && keep(i + 1) {
                i += 2;
                continue;
            }
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let class = ESCAPE_CLASS[usize::from(b)];
        let (class, width) = match class {
            WIDE => match text::white_space_at(text, i) {
                (true, width) => (WHITE, width),
                (false, width) => (KEEP, width),
            },
            _ => (class, 1),
        };
        if class == KEEP {
            if space {
                // The first character of a word after white space.
                if out.len() > base {
                    out.push(' ');
                }
                space = false;
                run = i;
            }
            i += width;
            continue;
        }
        if !space {
            out.push_str(&text[run..i]);
        }
        if class == WHITE {
            space = true;
            i += width;
            continue;
        }
        if space && out.len() > base {
            out.push(' ');
        }
        space = false;
        out.push('\\');
        run = i;
        i += width;
    }
    if !space {
        out.push_str(&text[run..]);
    }
}

/// [`escape`]'s byte classes: copied as is, escaped, white space, or the
/// first byte of a character that is not ASCII (which may be white space).
const KEEP: u8 = 0;
const MARK: u8 = 1;
const WHITE: u8 = 2;
const WIDE: u8 = 3;

/// The class of every byte: the Markdown marks to escape, the ASCII white
/// space of `char::is_whitespace` (tab to carriage return, space), and the
/// bytes of characters that are not ASCII. A continuation byte is never
/// looked up: `escape_into` steps over whole characters.
const ESCAPE_CLASS: [u8; 256] = {
    let mut t = [KEEP; 256];
    let marks = b"\\`*_[]<>|~&#!";
    let mut k = 0;
    while k < marks.len() {
        t[marks[k] as usize] = MARK;
        k += 1;
    }
    let mut w = 0x09;
    while w <= 0x0D {
        t[w] = WHITE;
        w += 1;
    }
    t[b' ' as usize] = WHITE;
    let mut high = 0x80;
    while high < 0x100 {
        t[high] = WIDE;
        high += 1;
    }
    t
};

/// Trim list punctuation the plain-text pass leaves ("- ", trailing ";").
fn tidy(sentence: &str) -> &str {
    sentence
        .trim()
        .trim_start_matches(['-', '*', '•'])
        .trim()
        .trim_end_matches([';', ','])
        .trim()
}

/// Make a sentence fit mid-sentence: drop the final stop and lowercase the
/// first letter unless the first word is a name.
///
/// A word counts as a name when the idea also capitalises it in the middle
/// of a sentence ("On Friday the …"), or when it has inner capitals or
/// digits ("QuickBooks", "US"): "Owners and …" becomes "owners and …",
/// while "Friday payroll" and "US landscapers" stay as written.
pub(crate) fn inline(sentence: &str, source: &str) -> String {
    let s = sentence
        .trim()
        .trim_end_matches(['.', '!', ';', ':', '\\'])
        .trim();
    let first_word: String = s
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '\'')
        .collect();
    let odd_case = first_word.chars().skip(1).any(char::is_uppercase)
        || first_word.chars().any(|c| c.is_ascii_digit());
    if first_word.is_empty() || first_word == "I" || odd_case || is_name_in(source, &first_word) {
        return s.to_string();
    }
    format!("{}{}", first_word.to_lowercase(), &s[first_word.len()..])
}

/// True when the source writes `word`, capitalised, after the start of a
/// sentence: then the capital belongs to a name, not to grammar.
fn is_name_in(source: &str, word: &str) -> bool {
    source.match_indices(word).any(|(i, _)| {
        let after_ok = source[i + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let before = source[..i].trim_end_matches([' ', '*', '_', '"', '“', '(']);
        let mid_sentence = before
            .chars()
            .next_back()
            .is_some_and(|c| !matches!(c, '.' | '!' | '?' | ':' | '\n' | '-' | '#' | '>' | '|'));
        after_ok && mid_sentence
    })
}

/// Ensure a fragment ends as a sentence (one final full stop).
pub(crate) fn sentence(fragment: &str) -> String {
    let s = fragment.trim();
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// Fit an (already escaped) sentence in one GFM table cell.
pub(crate) fn cell(text: &str) -> String {
    text.replace('\n', " ")
}

/// Strip a label the author put before a sentence ("Benefit: …",
/// "Mitigation: …") so the rest can be quoted where the label would repeat.
pub(crate) fn strip_label<'a>(sentence: &'a str, labels: &[&str]) -> &'a str {
    let lower = sentence.to_lowercase();
    for label in labels {
        if lower.starts_with(label) {
            let rest = &sentence[label.len()..];
            return rest.trim_start_matches([':', ' ', '-', '—']).trim();
        }
    }
    sentence
}

/// Total words of some sentences, for the press release's length budget.
pub(crate) fn words(sentences: &[String]) -> usize {
    sentences.iter().map(|s| text::word_count(s)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word-by-word rule `escape` must keep: split on white space,
    /// escape the marks, join with one space.
    fn escape_by_words(text: &str) -> String {
        let words: Vec<String> = text
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .flat_map(|c| {
                        let mark = matches!(
                            c,
                            '\\' | '`'
                                | '*'
                                | '_'
                                | '['
                                | ']'
                                | '<'
                                | '>'
                                | '|'
                                | '~'
                                | '&'
                                | '#'
                                | '!'
                        );
                        mark.then_some('\\').into_iter().chain(std::iter::once(c))
                    })
                    .collect()
            })
            .collect();
        words.join(" ")
    }

    proptest::proptest! {
        /// `escape` copies runs of text rather than words; it must give the
        /// same text as escaping word by word.
        #[test]
        fn escape_agrees_with_escaping_word_by_word(text in "[a!*_ \t\n\u{b}\u{85}\u{a0}\u{1680}\u{2003}\u{3000}…“é\\#|]{0,30}") {
            proptest::prop_assert_eq!(escape(&text), escape_by_words(&text));
        }

    }

    #[test]
    fn a_step_without_a_section_is_written_from_what_the_verdict_read_for_it() {
        let idea = crate::model::parse(
            "Tide Check\n\nA yearly check of the posts under the boathouses.\n\nTwice a year, after the spring gales, one boathouse loses a post. A new post costs about £900 fitted.\n\n## Solution\nWe tap every post at low tide. I have talked with 14 owners this autumn.\n".as_bytes(),
        )
        .expect("test idea parses");
        let text = Sentences::new(&idea);
        assert_eq!(
            text.of(Step::Problem),
            [
                "Twice a year, after the spring gales, one boathouse loses a post.",
                "A new post costs about £900 fitted."
            ]
        );
        assert_eq!(
            text.of(Step::Evidence),
            ["I have talked with 14 owners this autumn."]
        );
        // Nothing stands in for a step the verdict found nothing for.
        assert!(text.of(Step::Risks).is_empty());
    }

    #[test]
    fn sentences_answer_mentions_like_the_plain_rule() {
        let idea = crate::model::parse(
            b"# Demo\n\nThe best tool for Costly payroll.\n\n## Problem\nOwners lose an hour. It costs $40.\n",
        )
        .expect("test idea parses");
        let text = Sentences::new(&idea);
        let keys: &[&str] = &["best", "cost", "$", "hour"];
        let own: Vec<String> = [Step::Pitch, Step::Problem]
            .into_iter()
            .flat_map(|step| text.of(step).to_vec())
            .collect();
        assert_eq!(own.len(), 3);
        for s in own
            .iter()
            .map(String::as_str)
            .chain(["Not the idea's: BEST.", "none"])
        {
            assert_eq!(text.mentions(s, keys), mentions(s, keys), "{s}");
            assert_eq!(text.mentions(s, &["owner"]), mentions(s, &["owner"]), "{s}");
        }
    }

    #[test]
    fn inline_lowercases_ordinary_first_words_only() {
        let src = "Shops first. On Friday we pay.";
        assert_eq!(inline("Shops of owners.", src), "shops of owners");
        assert_eq!(inline("Friday payroll.", src), "Friday payroll");
        assert_eq!(inline("US landscapers.", src), "US landscapers");
        assert_eq!(inline("QuickBooks users.", src), "QuickBooks users");
    }

    #[test]
    fn strip_label_removes_a_leading_label() {
        assert_eq!(
            strip_label(
                "The most important benefit: payroll in 20 minutes.",
                &["the most important benefit"]
            ),
            "payroll in 20 minutes."
        );
    }
}
