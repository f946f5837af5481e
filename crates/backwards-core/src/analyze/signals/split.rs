//! Splitting a section into [`Sentence`]s, once per analysis.
//!
//! Every analyzer asks for the sentences of the sections it reads, and most
//! sections are read by several analyzers (the Risks section alone is asked
//! for by three of them, and `everywhere` by more). Splitting is the costly
//! part: finding sentence ends, blanking Markdown and looking up each
//! sentence's line. So [`analyze`](super::super::analyze) opens a [`Scope`]
//! for its one idea: inside it, each section is split the first time it is
//! asked for and later requests copy the stored pieces. The scope is dropped
//! when the analysis ends, so nothing survives from one idea to the next and
//! no request can see another idea's sentences (the store is tied to the
//! idea's address, which cannot change while the analysis borrows it).
//!
//! Outside a scope (unit tests of one analyzer) every request splits afresh,
//! with the same result.

use std::cell::RefCell;
use std::ops::Range;

use super::{CleanText, Sentence};
use crate::model::{Idea, Section, Step, text};

/// Which part of the idea a stored split belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Key {
    /// A step's section.
    Step(Step),
    /// The note at this index of `Idea::notes`.
    Note(usize),
}

/// A sentence without its borrow of the idea: what is costly to compute.
#[derive(Debug)]
struct Piece {
    /// Byte range of the sentence in the section body.
    range: Range<usize>,
    clean: CleanText,
    line: usize,
    indented: bool,
}

/// The splits made so far for the idea being analyzed.
#[derive(Debug)]
struct Store {
    /// Address of the idea the store belongs to.
    idea: usize,
    splits: Vec<(Key, Vec<Piece>)>,
    /// Answers kept by [`remembered`]: which question (the address of its
    /// marker), the sentence's clean text (held, so its address cannot be
    /// reused by another text while the answer is kept), and the answer.
    answers: Vec<(usize, CleanText, Option<Range<usize>>)>,
    /// Answers kept by [`remembered_bits`], keyed the same way.
    bits: Vec<(usize, CleanText, u32)>,
}

thread_local! {
    static STORE: RefCell<Option<Store>> = const { RefCell::new(None) };
}

/// While alive, sections of one idea are split once and then reused.
///
/// Dropping it (at the end of the analysis, or on a panic) throws the
/// sentences away; a scope opened inside another restores the outer one.
#[derive(Debug)]
pub(crate) struct Scope {
    outer: Option<Store>,
}

impl Scope {
    /// Start reusing the splits of `idea` on this thread.
    pub(crate) fn open(idea: &Idea) -> Scope {
        let store = Store {
            idea: address(idea),
            splits: Vec::new(),
            answers: Vec::new(),
            bits: Vec::new(),
        };
        Scope {
            outer: STORE.with(|s| s.replace(Some(store))),
        }
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        let outer = self.outer.take();
        STORE.with(|s| *s.borrow_mut() = outer);
    }
}

fn address(idea: &Idea) -> usize {
    std::ptr::from_ref(idea) as usize
}

/// The sentences of one part of `idea` (named by `key`), attributed to
/// `step` and, for a note, to its heading. A missing part, or one that only
/// holds a placeholder ("TBD"), has none.
pub(super) fn sentences(idea: &Idea, key: Key, step: Step) -> Vec<Sentence<'_>> {
    let (section, note) = match key {
        Key::Step(s) => (idea.sections.get(&s), None),
        Key::Note(i) => {
            let n = idea.notes.get(i);
            (n, n.map(|n| n.heading.as_str()))
        }
    };
    let Some(section) = section else {
        return Vec::new();
    };
    let body = section.body.as_str();
    let build = |p: &Piece| Sentence {
        step,
        note,
        raw: &body[p.range.clone()],
        clean: p.clean.clone(),
        line: p.line,
        indented: p.indented,
    };
    STORE.with(|cell| {
        let mut store = cell.borrow_mut();
        let Some(store) = store.as_mut().filter(|s| s.idea == address(idea)) else {
            return pieces(idea, section).iter().map(build).collect();
        };
        if let Some((_, found)) = store.splits.iter().find(|(k, _)| *k == key) {
            return found.iter().map(build).collect();
        }
        let split = pieces(idea, section);
        let out = split.iter().map(build).collect();
        store.splits.push((key, split));
        out
    })
}

/// The answer of `find` for a sentence, worked out once per analysis.
///
/// Some questions are asked of the same sentence by several steps of an
/// analyzer (the risk analyzer asks whether a sentence dismisses risk up to
/// five times, four patterns each time). Inside a [`Scope`] the first answer
/// is kept, keyed by `question` (the address of a static marker of the
/// caller's) and the sentence's shared text; outside one, `find` just runs.
/// `find` must depend only on the sentence's text, so any request for the
/// same text gets the same answer.
pub(crate) fn remembered(
    question: &'static u8,
    clean: &CleanText,
    find: impl FnOnce() -> Option<Range<usize>>,
) -> Option<Range<usize>> {
    let question = std::ptr::from_ref(question) as usize;
    let known = STORE.with(|cell| {
        let store = cell.borrow();
        let store = store.as_ref()?;
        let (_, _, answer) = store
            .answers
            .iter()
            .find(|(q, text, _)| *q == question && text.same(clean))?;
        Some(answer.clone())
    });
    if let Some(answer) = known {
        return answer;
    }
    // Not borrowed while `find` runs: it may ask for sentences itself.
    let answer = find();
    STORE.with(|cell| {
        if let Some(store) = cell.borrow_mut().as_mut() {
            store
                .answers
                .push((question, clean.clone(), answer.clone()));
        }
    });
    answer
}

/// [`remembered`] for a question whose answer is a set of flags: which of
/// a list of patterns a sentence holds, worked out once per analysis.
///
/// The risk analyzer reads the categories of its sentences up to four
/// times each (grouping items, judging them, and across the whole idea),
/// and eight large patterns per reading were its costliest step.
pub(crate) fn remembered_bits(
    question: &'static u8,
    clean: &CleanText,
    find: impl FnOnce() -> u32,
) -> u32 {
    if let Some(bits) = known_bits(question, clean) {
        return bits;
    }
    // Not borrowed while `find` runs: it may ask for sentences itself.
    let bits = find();
    let question = std::ptr::from_ref(question) as usize;
    STORE.with(|cell| {
        if let Some(store) = cell.borrow_mut().as_mut() {
            store.bits.push((question, clean.clone(), bits));
        }
    });
    bits
}

/// The answer [`remembered_bits`] has kept for `question` and this text in
/// the current analysis, if it has worked one out; it never works one out.
///
/// A caller that needs one flag of a sentence not asked yet can then read
/// just that flag's pattern instead of all of them.
pub(crate) fn known_bits(question: &'static u8, clean: &CleanText) -> Option<u32> {
    let question = std::ptr::from_ref(question) as usize;
    STORE.with(|cell| {
        let store = cell.borrow();
        let (_, _, bits) = store
            .as_ref()?
            .bits
            .iter()
            .find(|(q, text, _)| *q == question && text.same(clean))?;
        Some(*bits)
    })
}

/// Split a section body into sentences, with their clean text and line
/// (none for a placeholder answer: the step is still missing).
fn pieces(idea: &Idea, section: &Section) -> Vec<Piece> {
    if section.is_empty() {
        return Vec::new();
    }
    let body = section.body.as_str();
    let (indent_text, indent_offset) = indent_source(idea, section);
    text::markdown_sentence_ranges(body)
        .into_iter()
        .map(|r| {
            let raw = &body[r.clone()];
            Piece {
                clean: blank_markup(raw).into(),
                line: idea.line_of(section.body_offset + r.start),
                indented: indented_line_start(indent_text, indent_offset + r.start),
                range: r,
            }
        })
        .collect()
}

/// Where a section's sentences are looked at for their indent: the file,
/// with the body's offset in it, or the body itself. The body is trimmed,
/// so its first line has lost its indent: "- risks:" over "  - two-sided,
/// hard" starts the Risks at the nested item, whose indent only the file
/// still shows. Where the body is not the file's text as written (a table
/// cell's value), the body is read. Asked once per section, not per
/// sentence.
fn indent_source<'a>(idea: &'a Idea, section: &'a Section) -> (&'a str, usize) {
    let written = idea
        .source
        .get(section.body_offset..)
        .is_some_and(|rest| rest.starts_with(section.body.as_str()));
    if written {
        (&idea.source, section.body_offset)
    } else {
        (&section.body, 0)
    }
}

/// Whether the text at `start` opens its line after an indent of two or more
/// spaces or a tab (a sentence in the middle of a line is not indented).
fn indented_line_start(body: &str, start: usize) -> bool {
    let line_start = body[..start].rfind('\n').map_or(0, |p| p + 1);
    let lead = &body[line_start..start];
    lead.chars().all(|c| c == ' ' || c == '\t') && (lead.contains('\t') || lead.len() >= 2)
}

/// Replace Markdown emphasis, code and list markers with spaces, keeping
/// byte offsets (every replaced character is one ASCII byte).
pub(super) fn blank_markup(raw: &str) -> String {
    // Byte by byte: the markers are ASCII, and an ASCII byte is never part
    // of a multi-byte character, so swapping one for a space keeps UTF-8.
    let mut bytes = raw.as_bytes().to_vec();
    // A leading list marker ("- ", "1. ") is not part of the sentence.
    let lead = bytes
        .iter()
        .take_while(|b| matches!(b, b'-' | b'+' | b' ' | b'*' | b'`' | b'#'))
        .count();
    for b in &mut bytes[..lead] {
        *b = b' ';
    }
    // "1.1 The intended customers are …": a form's clause number counts
    // nothing and qualifies no one. (A decimal before a lower-case word,
    // "3.5 million households", is a number and stays.)
    let outline = outline_number(&bytes[lead..]);
    for b in &mut bytes[lead..lead + outline] {
        *b = b' ';
    }
    for b in &mut bytes[lead..] {
        if matches!(b, b'*' | b'`' | b'#') {
            *b = b' ';
        }
    }
    blank_chat_words(&mut bytes);
    String::from_utf8(bytes).unwrap_or_else(|_| raw.to_string())
}

/// The length of a clause number ("1.1 ", "2.3.1. ") that opens `text`
/// before a capitalised word, or 0.
fn outline_number(text: &[u8]) -> usize {
    let mut i = 0;
    let mut dots = 0;
    while i < text.len() && (text[i].is_ascii_digit() || text[i] == b'.') {
        dots += usize::from(text[i] == b'.');
        i += 1;
    }
    let digits_end = i;
    while i < text.len() && text[i] == b' ' {
        i += 1;
    }
    let numbered = digits_end > 0 && text[0].is_ascii_digit() && dots >= 1;
    let spaced = i > digits_end;
    let capital = text.get(i).is_some_and(u8::is_ascii_uppercase);
    if numbered && spaced && capital && text[..digits_end].windows(2).all(|w| w != b"..") {
        i
    } else {
        0
    }
}

/// Chat words ("lol", "tbh") say how the writer feels, not who the
/// customer is or what happened: "students lol" names students.
fn blank_chat_words(bytes: &mut [u8]) {
    const CHAT: &[&[u8]] = &[
        b"lol", b"lmao", b"haha", b"hahaha", b"tbh", b"ngl", b"btw", b"omg",
    ];
    // The end of a run of ASCII letters and digits is found by a byte
    // table: this passes over every sentence of the idea.
    let alphanumeric = |b: u8| text::WORD_CLASS[usize::from(b)] == text::WORD;
    let mut start = 0;
    while start < bytes.len() {
        if !bytes[start].is_ascii_alphabetic() {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while bytes.get(end).is_some_and(|&b| alphanumeric(b)) {
            end += 1;
        }
        // The word's edges are read only for a chat word: few words are.
        let chat = CHAT
            .iter()
            .any(|c| bytes[start..end].eq_ignore_ascii_case(c));
        if chat {
            let word_starts = start == 0
                || !(bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] >= 0x80);
            let word_ends = end == bytes.len() || bytes[end] < 0x80;
            if word_starts && word_ends {
                bytes[start..end].fill(b' ');
            }
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{everywhere, section};
    use super::*;
    use crate::model::parse;

    fn idea() -> Idea {
        let src = "# Demo\n\nA **tool**.\n\n## Customer\n- Nurses. Night shift.\n\n## Risks\nIt may fail.\n\n## Odd note\nA note.\n";
        parse(src.as_bytes()).unwrap_or_else(|e| panic!("test idea parses: {e}"))
    }

    fn shape(sentences: &[Sentence<'_>]) -> Vec<(Step, Option<String>, String, String, usize)> {
        sentences
            .iter()
            .map(|s| {
                let note = s.note.map(str::to_string);
                (s.step, note, s.raw.to_string(), s.clean.to_string(), s.line)
            })
            .collect()
    }

    #[test]
    fn clause_numbers_and_chat_words_are_blanked_in_place() {
        for (raw, clean) in [
            (
                "1.1 The intended users are farmers.",
                "    The intended users are farmers.",
            ),
            ("2.3.1. Scope", "       Scope"),
            ("students lol.", "students    ."),
            ("tbh nobody asked", "    nobody asked"),
        ] {
            assert_eq!(blank_markup(raw), clean, "{raw}");
        }
        // A decimal before a lower-case word is a number; "lollipop" and a
        // plain "1.5" stay.
        for kept in [
            "3.5 million households.",
            "We sell lollipops.",
            "Version 1.5 Works",
        ] {
            assert_eq!(blank_markup(kept), kept, "{kept}");
        }
    }

    #[test]
    fn a_scope_returns_the_same_sentences_as_a_fresh_split() {
        let idea = idea();
        let fresh = shape(&everywhere(&idea, Step::Risks));
        let _scope = Scope::open(&idea);
        let first = shape(&everywhere(&idea, Step::Risks));
        // The second request reads the stored split; notes take the new step.
        let again = shape(&everywhere(&idea, Step::Risks));
        let as_customer = shape(&everywhere(&idea, Step::Customer));
        assert_eq!(fresh, first);
        assert_eq!(fresh, again);
        assert!(
            as_customer
                .iter()
                .any(|s| s.0 == Step::Customer && s.1.is_some())
        );
        assert!(
            fresh
                .iter()
                .any(|s| s.3.contains("Nurses") && !s.3.contains('-'))
        );
    }

    #[test]
    fn a_scope_serves_only_its_own_idea() {
        let one = idea();
        let other = parse(b"# Other\n\n## Customer\nPlumbers.\n")
            .unwrap_or_else(|e| panic!("test idea parses: {e}"));
        let _scope = Scope::open(&one);
        let _ = section(&one, Step::Customer);
        let got = shape(&section(&other, Step::Customer));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, "Plumbers.");
    }

    #[test]
    fn an_answer_is_worked_out_once_per_sentence_inside_a_scope_only() {
        static QUESTION: u8 = 0;
        let idea = idea();
        let runs = std::cell::Cell::new(0);
        let ask = |s: &Sentence<'_>| {
            remembered(&QUESTION, &s.clean, || {
                runs.set(runs.get() + 1);
                s.clean.find("Night").map(|i| i..i + 5)
            })
        };
        // Outside a scope every question runs.
        let outside: Vec<_> = section(&idea, Step::Customer).iter().map(ask).collect();
        let outside_again: Vec<_> = section(&idea, Step::Customer).iter().map(ask).collect();
        assert_eq!(runs.get(), 4);
        assert_eq!(outside_again, outside);
        let _scope = Scope::open(&idea);
        runs.set(0);
        let first: Vec<_> = section(&idea, Step::Customer).iter().map(ask).collect();
        let again: Vec<_> = section(&idea, Step::Customer).iter().map(ask).collect();
        // Two sentences, each answered once, with the same answers as before.
        assert_eq!(runs.get(), 2);
        assert_eq!(first, outside);
        assert_eq!(again, outside);
        assert_eq!(outside, vec![None, Some(0..5)]);
    }

    #[test]
    fn dropping_the_scope_forgets_the_splits() {
        let idea = idea();
        {
            let _scope = Scope::open(&idea);
            let _ = section(&idea, Step::Customer);
        }
        assert!(STORE.with(|s| s.borrow().is_none()));
    }
}
