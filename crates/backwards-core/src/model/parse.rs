//! Idea file → [`Idea`].
//!
//! The parser is deliberately forgiving about structure (missing sections
//! are gaps, unknown ones are notes) and strict about bytes (non-UTF-8,
//! binary or oversized input is refused), because a structural problem is
//! something the verdict should explain, while unreadable bytes are not an
//! idea at all.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::error::ParseError;
use super::front_matter::{self, FrontMatter};
use super::idea::{Idea, Section};
use super::letter;
use super::step::Step;
use super::subject;
use super::text;

/// The largest idea file accepted: 1 MiB. An idea is a few pages; anything
/// bigger is a mistake (a wrong file), and refusing it keeps every analyzer's
/// cost bounded.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// Parse raw bytes into an [`Idea`].
///
/// ```
/// let idea = backwards_core::model::parse(b"# Sitter Swap\n\nA co-op.\n\n## Customer\nParents.\n").unwrap();
/// assert_eq!(idea.name(), "Sitter Swap");
/// assert_eq!(idea.text(backwards_core::model::Step::Customer), "Parents.");
/// ```
pub fn parse(bytes: &[u8]) -> Result<Idea, ParseError> {
    // `validate` checks what `parse_str` would check first, and UTF-8.
    let source = validate(bytes)?;
    parse_checked(source)
}

/// Parse text that is already known to be UTF-8 (the web app's form fields).
pub fn parse_str(source: &str) -> Result<Idea, ParseError> {
    check_bytes(source.as_bytes())?;
    parse_checked(source)
}

/// Refuse input that is too large or holds a control byte.
fn check_bytes(bytes: &[u8]) -> Result<(), ParseError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ParseError::TooLarge {
            size: bytes.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    if let Some((offset, byte)) = first_control_byte(bytes) {
        return Err(ParseError::Binary {
            line: line_at(bytes, offset),
            byte,
        });
    }
    Ok(())
}

/// [`parse_str`] for text [`check_bytes`] has passed.
fn parse_checked(source: &str) -> Result<Idea, ParseError> {
    let (front, body_offset) = match front_matter::locate(source)? {
        Some(located) => (front_matter::parse(&located)?, located.body_offset),
        None => (FrontMatter::default(), 0),
    };
    let mut idea = Idea {
        source: source.to_string(),
        front,
        title: None,
        sections: BTreeMap::new(),
        notes: Vec::new(),
        line_starts: line_starts(source),
    };
    split_sections(&mut idea, body_offset);
    Ok(idea)
}

fn validate(bytes: &[u8]) -> Result<&str, ParseError> {
    check_bytes(bytes)?;
    std::str::from_utf8(bytes).map_err(|e| ParseError::NotUtf8 {
        line: line_at(bytes, e.valid_up_to()),
        offset: e.valid_up_to(),
    })
}

/// Control bytes that never appear in a text file (tab, newlines, form feed
/// and escape are allowed: people paste coloured terminal output).
fn first_control_byte(bytes: &[u8]) -> Option<(usize, u8)> {
    let refused =
        |b: u8| b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r' && b != 0x0c && b != 0x1b;
    // A chunk at a time, testing every byte of it without stopping early, so
    // the test runs on vector instructions; only a chunk that holds such a
    // byte is searched for where.
    let mut offset = 0;
    for chunk in bytes.chunks(64) {
        if chunk.iter().fold(false, |any, &b| any | refused(b)) {
            let i = chunk.iter().position(|&b| refused(b))?;
            return Some((offset + i, chunk[i]));
        }
        offset += chunk.len();
    }
    None
}

fn line_at(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn line_starts(source: &str) -> Vec<usize> {
    // A vectorised byte search: a pattern search per line cost more than
    // the lines are long.
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1))
        .collect()
}

/// A heading found in the Markdown body, with absolute byte ranges.
struct Heading {
    level: usize,
    text: String,
    range: Range<usize>,
    step: Option<Step>,
}

fn headings(source: &str, body_offset: usize) -> Vec<Heading> {
    let body = &source[body_offset..];
    let mut out = Vec::new();
    let mut current: Option<(usize, String, Range<usize>)> = None;
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some((level_number(level), String::new(), range));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text, _)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text, range)) = current.take() {
                    let text = text.trim().to_string();
                    let step = if level == 1 {
                        Step::from_exact_heading(&text)
                    } else {
                        Step::from_heading(&text)
                    };
                    let range = range.start + body_offset..range.end + body_offset;
                    out.push(Heading {
                        level,
                        text,
                        range,
                        step,
                    });
                }
            }
            _ => {}
        }
    }
    // An answer that opens an HTML block (`<script>`, `<div>`) makes CommonMark
    // swallow every following line, headings included, until a blank line or
    // the closing tag. An idea's structure must not depend on that: add the
    // ATX headings the Markdown parser did not report.
    for (level, text, range) in atx_lines(body) {
        let range = range.start + body_offset..range.end + body_offset;
        if out
            .iter()
            .any(|h| h.range.start <= range.start && range.start < h.range.end)
        {
            continue;
        }
        let step = if level == 1 {
            Step::from_exact_heading(&text)
        } else {
            Step::from_heading(&text)
        };
        out.push(Heading {
            level,
            text,
            range,
            step,
        });
    }
    title_in_second_level(body, body_offset, &mut out);
    // Some people structure an idea with lead-in labels instead of headings
    // ("**The pain.** Every night crew…", "Who: club riders…"). When the
    // document has no step heading at all, a label that names a step is its
    // heading; with step headings, only a bold lead-in above the first of
    // them can name a step they leave out.
    //
    // Once a label has opened a step, a later label that names none
    // ("Pricing:", "Team:") ends it: its text is a note of its own, not
    // part of the step before it. A list item's label, or a bare line, ends
    // a step only when the steps were labelled the same way: under a
    // paragraph label ("**Problem**" then "* current workaround: …") it is a
    // detail of that step.
    if out.iter().any(|h| h.level > 1 && h.step.is_some()) {
        let only_titled = |step: Step| {
            out.iter()
                .filter(|h| h.level > 1)
                .all(|h| h.step == Some(step))
        };
        let only_risks_titled = only_titled(Step::Risks);
        let only_evidence_titled = only_titled(Step::Evidence);
        preamble_labels(body, body_offset, &mut out);
        // A table of fields above the first step heading ("| Customer |
        // … |" rows, then "## Risks") names the steps the headings leave
        // out; a table inside a step's section is that section's text.
        let first_step = out
            .iter()
            .filter(|h| h.level > 1 && h.step.is_some())
            .map(|h| h.range.start - body_offset)
            .min()
            .unwrap_or(body.len());
        table_steps(&body[..first_step], body_offset, &mut out);
        let titled = |step: Step| out.iter().any(|h| h.level > 1 && h.step == Some(step));
        if only_risks_titled || (titled(Step::Risks) && !titled(Step::Evidence)) {
            evidence_above_risks(source, body_offset, &mut out);
        }
        if only_evidence_titled {
            risks_below_evidence(source, &mut out);
        }
    } else {
        let headed = out.iter().any(|h| h.level > 1);
        let mut step_kinds: Option<LabelKind> = None;
        let mut mixed = false;
        // A plain title line ("Proposal for a desk — Thessaloniki branch")
        // is the title, not a label.
        let title_end = below_plain_title(source, body_offset) - body_offset;
        let labels = lead_ins(body);
        // Run-in heads ("Who I mean.", "What can go wrong.") are headings
        // only when the author writes at least two that name steps: one
        // alone is too often a sentence ("What a week.").
        let run_ins = labels
            .iter()
            .filter(|(text, _, kind)| {
                *kind == LabelKind::RunIn && Step::from_heading(text).is_some()
            })
            .count();
        for (text, range, kind) in labels {
            if range.start < title_end {
                continue;
            }
            let step = Step::from_heading(&text);
            // A question that names no step ("Why is the sky blue?") is
            // prose: it neither opens a step nor ends one. One that does
            // is read as a paragraph label.
            let kind = match kind {
                LabelKind::Question if step.is_none() => continue,
                LabelKind::RunIn if step.is_none() || run_ins < 2 => continue,
                LabelKind::Question | LabelKind::RunIn => LabelKind::Paragraph,
                other => other,
            };
            // "- Benefit: …" under "**What we'll build**", "- Build: one
            // week" under the Risks: a list item that names a step already
            // opened is a detail of the step it sits in. A step opens once.
            let opened = |s: Step| out.iter().any(|h| h.step == Some(s));
            if kind == LabelKind::ListItem && step.is_some_and(opened) {
                continue;
            }
            if step.is_some() {
                mixed |= step_kinds.is_some_and(|k| k != kind);
                step_kinds.get_or_insert(kind);
            }
            // "**How do we know?**" then "Last August we counted: 17 of …":
            // a label naming no step on the very line under a step's
            // heading opens that step's text; it does not end the step.
            let opens_the_step = step.is_none()
                && out.last().is_some_and(|h| {
                    h.step.is_some()
                        && h.range.end <= range.start + body_offset
                        && source[h.range.end..range.start + body_offset]
                            .trim()
                            .is_empty()
                });
            let ends_step = step_kinds.is_some()
                && !opens_the_step
                && (kind == LabelKind::Paragraph || (!mixed && step_kinds == Some(kind)));
            if step.is_some() || ends_step {
                let range = range.start + body_offset..range.end + body_offset;
                out.push(Heading {
                    level: 2,
                    text,
                    range,
                    step,
                });
            }
        }
        // An idea written as one table of fields ("| Customer | Roofing
        // firms … |") names its steps in the first column.
        if !out.iter().any(|h| h.level > 1 && h.step.is_some()) {
            table_steps(body, body_offset, &mut out);
        }
        // A letter with no Markdown heading below its title may still close
        // with its evidence and its risks in paragraphs of their own.
        if !headed {
            letter_steps(source, body_offset, &mut out);
        }
    }
    out.sort_by_key(|h| h.range.start);
    out
}

/// "## Mobile Library — Evening Stops pilot (County Libraries)" opening a
/// file with no level-1 heading is its title, written one level down: read
/// it as one, so a word in it ("pilot") does not open a step. A short first
/// heading that names a step exactly ("## Problem") still opens that step.
fn title_in_second_level(body: &str, body_offset: usize, out: &mut [Heading]) {
    if out.iter().any(|h| h.level == 1) {
        return;
    }
    let Some(first) = out.iter_mut().min_by_key(|h| h.range.start) else {
        return;
    };
    let opens_body = body[..first.range.start - body_offset].trim().is_empty();
    if first.level == 2 && opens_body && first.text.split_whitespace().count() >= 4 {
        first.level = 1;
        first.step = Step::from_exact_heading(&first.text);
    }
}

/// A letter's untitled closing paragraphs read as the Evidence and the
/// Risks (see [`letter`]): among the paragraphs between the title and the
/// first step label, if any, each one that opens a step gets a heading of
/// that step's own name, so every writer shows it as that step.
fn letter_steps(source: &str, body_offset: usize, out: &mut Vec<Heading>) {
    let title_end = title_end(source, body_offset, out);
    let labelled: Vec<&Heading> = out.iter().filter(|h| h.step.is_some()).collect();
    let end = labelled
        .iter()
        .map(|h| h.range.start)
        .min()
        .unwrap_or(source.len())
        .max(title_end);
    // A step at or after the first label is the labels' to open.
    let first_label = labelled.iter().filter_map(|h| h.step).min();
    let closed: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| first_label.is_some_and(|f| *s >= f))
        .collect();
    let mut found = letter_region(source, title_end, end, &closed);
    // "What we would do: list six makers…" in the middle of a letter labels
    // one early step; the paragraphs after it may still close the letter
    // with its evidence and its risks, which no label names. A label for the
    // evidence itself ("What we already know: …") leaves the risks to a
    // paragraph of their own after it.
    let last_label = labelled.iter().max_by_key(|h| h.range.start);
    if let Some(last) = last_label.filter(|h| h.step.is_some_and(|s| s < Step::Risks)) {
        let mut taken: Vec<Step> = labelled.iter().filter_map(|h| h.step).collect();
        taken.extend(found.iter().filter_map(|h| h.step));
        let after = letter_region(source, last.range.start, source.len(), &taken);
        found.extend(after);
    }
    out.extend(found);
}

/// A letter that titles only its last step ("## What worries me") may still
/// tell its evidence in a paragraph of its own above it: read the
/// paragraphs after the title, or after the last step a paragraph label
/// opened ("What we propose is one desk, …"), for the Evidence alone.
fn evidence_above_risks(source: &str, body_offset: usize, out: &mut Vec<Heading>) {
    let Some(risks_at) = out
        .iter()
        .filter(|h| h.level > 1 && h.step == Some(Step::Risks))
        .map(|h| h.range.start)
        .min()
    else {
        return;
    };
    let title_end = title_end(source, body_offset, out);
    let start = out
        .iter()
        .filter(|h| h.level > 1 && h.step.is_some() && h.range.start < risks_at)
        .map(|h| h.range.start)
        .max()
        .unwrap_or(title_end)
        .max(title_end);
    if start >= risks_at {
        return;
    }
    let taken: Vec<Step> = out.iter().filter_map(|h| h.step).collect();
    let found = letter_region(source, start, risks_at, &taken);
    out.extend(found);
}

/// A letter that titles only its Evidence ("## What we already know") may
/// still close with its risks in a paragraph of their own under it ("I
/// should be honest about what we do not know. …"): the paragraphs after
/// the heading's first are read for the Risks alone.
fn risks_below_evidence(source: &str, out: &mut Vec<Heading>) {
    let Some(evidence_end) = out
        .iter()
        .filter(|h| h.level > 1 && h.step == Some(Step::Evidence))
        .map(|h| h.range.end)
        .max()
    else {
        return;
    };
    // The Evidence is taken, so the Risks is the one closing step left.
    let found = letter_region(source, evidence_end, source.len(), &[Step::Evidence]);
    out.extend(found);
}

/// Where the letter starts: below the title, Markdown or plain ("Ereba
/// Online" alone on its line).
fn title_end(source: &str, body_offset: usize, out: &[Heading]) -> usize {
    out.iter()
        .filter(|h| h.level == 1)
        .map(|h| h.range.end)
        .min()
        .unwrap_or_else(|| below_plain_title(source, body_offset))
}

/// The Evidence and Risks headings a letter's paragraphs between `start`
/// and `end` open, leaving out the `closed` steps. The first paragraph of
/// the region is what comes before (the pitch, or a labelled step's own
/// paragraph) and is never read as a closing step.
fn letter_region(source: &str, start: usize, end: usize, closed: &[Step]) -> Vec<Heading> {
    let text = &source[start..end];
    let Some(blocks) = letter::paragraphs(text) else {
        return Vec::new();
    };
    letter::closing_steps(text, &blocks, closed)
        .into_iter()
        .map(|(range, step)| {
            let at = start + range.start;
            Heading {
                level: 2,
                text: step.heading().to_string(),
                range: at..at,
                step: Some(step),
            }
        })
        .collect()
}

/// "Who: road riders …" → ("Who", byte length of "Who:"). A label is a few
/// words with no sentence punctuation before its colon; a spaced dash
/// ("problem - the chip…", "evidence — none yet") separates it as a colon
/// does.
fn plain_label(line: &str) -> Option<(String, usize)> {
    // A label can only run up to the first character a label may not hold,
    // so the separators are looked for there, not along the whole line
    // (every line of every section is asked).
    let stop = line.find(|c: char| !label_char(c)).unwrap_or(line.len());
    if let Some(end) = aside_then_colon(&line[stop..]) {
        let label = line[..stop].trim();
        return (label_words(label, "", 6) && !label.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| (label.to_string(), stop + end));
    }
    let window = line[stop..]
        .chars()
        .take(2)
        .fold(stop, |end, c| end + c.len_utf8());
    let (colon, sep_len) = first_separator(&line[..window])?;
    let label = line[..colon].trim();
    (label_words(label, "", 6) && !label.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| (label.trim_end_matches('?').to_string(), colon + sep_len))
}

/// "risks (lots): …", "evidence (so far): …": a short aside in brackets
/// between a label and its colon. Gives the byte length up to and past the
/// colon, measured from the bracket's opening.
fn aside_then_colon(rest: &str) -> Option<usize> {
    let open = rest.strip_prefix(' ').unwrap_or(rest);
    let lead = rest.len() - open.len();
    let inner = open.strip_prefix('(')?;
    let close = inner.find(')').filter(|at| *at <= 30)?;
    let after = &inner[close + 1..];
    after.starts_with(':').then_some(lead + 1 + close + 1 + 1)
}

/// "How do we know they want it? Many of the women…", "What could go
/// wrong, we have thought about it.": a paragraph of a letter written
/// without headings that opens by asking a step's question. The question
/// (up to eight words, opening with a question word, ended by "?" or a
/// comma), or a step's own name before a comma ("The risks, yes, I
/// know…"), is the label. It is a heading only when [`Step::from_heading`]
/// finds a step in it, and, in an idea with step headings, only above the
/// first of them (see [`preamble_labels`]); a question that names no step
/// stays prose.
fn question_label(line: &str) -> Option<(String, usize, LabelKind)> {
    const ASKS: &[&str] = &[
        "what", "how", "who", "whom", "why", "where", "when", "which", "does", "do", "is", "are",
        "will", "can", "could", "would",
    ];
    let end = line.find(['?', ',', '.', ':', ';', '!'])?;
    let delimiter = line[end..].chars().next()?;
    let label = line[..end].trim();
    let first = label.split_whitespace().next()?.to_lowercase();
    let asks = ASKS.contains(&first.as_str());
    let words = label.split_whitespace().count();
    let shaped = match delimiter {
        '?' => asks && words <= 8,
        // "What could go wrong, …": a comma ends the question only when
        // the words are a question on their own (three or more). "The
        // risks, yes, I know": a step's own name opens the paragraph.
        ',' => {
            (asks && (3..=8).contains(&words))
                || (words <= 3 && Step::from_heading(label).is_some())
        }
        // "Who I mean. In Asmara there are …": a run-in head, a short
        // question phrase closed by a full stop. Read only where the letter
        // has two or more (see `headings`).
        // A longer one must ask in the question's own order ("How do I
        // know people want it."); "What I want to do is simple." is a
        // sentence, not a head.
        '.' => asks && ((2..=6).contains(&words) || (words <= 8 && inverted(label))),
        _ => false,
    };
    let kind = if delimiter == '.' {
        LabelKind::RunIn
    } else {
        LabelKind::Question
    };
    (shaped && label_words(label, "", 8)).then(|| (label.to_string(), end + 1, kind))
}

/// "How do I know…", "What can we…": a question word followed by an
/// auxiliary verb, the order of a question rather than of a statement.
fn inverted(label: &str) -> bool {
    const AUXILIARIES: &[&str] = &[
        "do", "does", "did", "can", "could", "will", "would", "should", "is", "are", "was", "were",
        "have", "has", "might", "may", "must",
    ];
    label
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| AUXILIARIES.contains(&w.to_lowercase().as_str()))
}

/// The first `:`, spaced dash (" - ", " – ", " — ") or spaced equals sign
/// (note shorthand: "cust = studio owners"): its offset and length.
fn first_separator(head: &str) -> Option<(usize, usize)> {
    head.char_indices().find_map(|(at, c)| match c {
        ':' => Some((at, 1)),
        ' ' => ["- ", "– ", "— ", "= "]
            .iter()
            .find(|dash| head[at + 1..].starts_with(*dash))
            .map(|dash| (at, 1 + dash.len())),
        _ => None,
    })
}

/// A label is one to `most` words of letters and digits, with apostrophes,
/// hyphens and a question mark, plus the characters in `extra`: no
/// sentence punctuation.
fn label_words(label: &str, extra: &str, most: usize) -> bool {
    let plain = label.chars().all(|c| label_char(c) || extra.contains(c));
    plain && (1..=most).contains(&label.split_whitespace().count())
}

/// A letter, digit, space, apostrophe, hyphen or question mark.
fn label_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, ' ' | '\'' | '’' | '-' | '?')
}

/// The length of a list marker ("* ", "- ", "+ ", "1. ", "2) ") opening a
/// line, so that "* problem: judging is unfair" is read as a label too.
fn list_marker_len(rest: &str) -> usize {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match rest.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => digits + 1,
        Some(b'*' | b'-' | b'+') if digits == 0 => 1,
        _ => return 0,
    };
    if rest[marker..].starts_with(' ') {
        marker + 1
    } else {
        0
    }
}

/// "**Customer.** The allocation clerks…" before the first "## Problem":
/// a paragraph label in the preamble that names a step no heading names is
/// that step's heading. Inside a section a label stays text.
fn preamble_labels(body: &str, body_offset: usize, out: &mut Vec<Heading>) {
    let first = out
        .iter()
        .filter(|h| h.level > 1)
        .map(|h| h.range.start)
        .min()
        .unwrap_or(usize::MAX);
    let named: Vec<Step> = out.iter().filter_map(|h| h.step).collect();
    for (text, range, kind) in lead_ins(&body[..preamble_end(body, body_offset, first)]) {
        let range = range.start + body_offset..range.end + body_offset;
        let opens_paragraph = matches!(kind, LabelKind::Paragraph | LabelKind::Question);
        // Where the label sits is checked before what it names: reading a
        // heading costs more.
        if !opens_paragraph || range.start >= first {
            continue;
        }
        let step = Step::from_heading(&text);
        let fresh = step.is_some_and(|s| !named.contains(&s) && s != Step::Pitch);
        if fresh {
            out.push(Heading {
                level: 2,
                text,
                range,
                step,
            });
        }
    }
}

/// Where the lines a preamble label can sit on end in `body`: after the
/// line that holds `first` (an absolute offset), or at the end.
///
/// [`lead_ins`] reads each line on its own (bar the blank line and fence
/// before it), so the lines up to there yield the same labels as the whole
/// body does, and the labels below the first heading, never used, are not
/// looked for.
fn preamble_end(body: &str, body_offset: usize, first: usize) -> usize {
    first
        .checked_sub(body_offset)
        .and_then(|at| Some(at + body.get(at..)?.find('\n')? + 1))
        .unwrap_or(body.len())
}

/// How a lead-in label is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    /// At the start of a paragraph: "**The pain.** …", "Who: …".
    Paragraph,
    /// At the start of a list item: "* risks: …".
    ListItem,
    /// A short line of its own, with no punctuation: "What goes wrong".
    BareLine,
    /// A question opening a paragraph: "How do we know they want it? …"
    /// (see [`question_label`]). It counts only when it names a step.
    Question,
    /// A short question phrase closed by a full stop, opening a paragraph:
    /// "Who I mean. In Asmara …". It counts only when it names a step and
    /// the letter has two or more.
    RunIn,
}

/// "  - smoke test to 640 managers": a list item indented under another.
fn nested_item(line: &str) -> bool {
    let rest = line.trim_start_matches([' ', '\t']);
    line.len() - rest.len() >= 2 && list_marker_len(rest) > 0
}

/// "What goes wrong" on a line of its own after a blank line, with text on
/// the next line: a heading written without Markdown. A few words and no
/// sentence punctuation, so a short wrapped line of prose never is one.
fn bare_label(rest: &str, after_blank: bool) -> Option<String> {
    let label = rest.trim_end();
    (after_blank && label_words(label, "&/", 5)).then(|| label.trim_end_matches('?').to_string())
}

/// "| Customer | Roofing firms of 2 to 15 people … |": in an idea written as
/// one table of fields and values, a row whose first cell names a step
/// opens that step, and its value (with the rows below it that name no new
/// step: "| How many | 140 firms |") is the step's text. A step opens once,
/// so a later row that names it again ("| Not the customer | … |") stays a
/// detail of it. Read only when nothing else in the idea names a step: a
/// risk table's rows inside a Risks section are that section's text.
fn table_steps(body: &str, body_offset: usize, out: &mut Vec<Heading>) {
    let mut fence = false;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let rest = line.trim_start_matches(' ');
        if rest.starts_with("```") || rest.starts_with("~~~") {
            fence = !fence;
            continue;
        }
        let Some((label, value_at)) = (!fence).then(|| table_label(rest)).flatten() else {
            continue;
        };
        let value_start = start + (line.len() - rest.len()) + value_at;
        let range = start + body_offset..value_start + body_offset;
        let Some(step) = Step::from_heading(&label) else {
            // "| Price | €89 per child, paid upfront |" under "| Evidence |":
            // a row naming another topic ends the step above it, as a
            // "## Pricing" heading would, so its terms are not read as what
            // customers did. Rows naming nothing ("| How many | 140 |")
            // stay details of their step.
            if a_topic_of_its_own(&label) && out.iter().any(|h| h.step.is_some()) {
                out.push(row_heading(label, range, None));
            }
            continue;
        };
        // "| Launch | May 2027 |" above "| Experience | … |": a row that
        // gives the step's own name wins over one that only implies it.
        let own_name = label.eq_ignore_ascii_case(step.heading());
        if let Some(i) = out.iter().position(|h| h.step == Some(step)) {
            let implied = !out[i].text.eq_ignore_ascii_case(step.heading());
            let from_a_row = body
                .get(out[i].range.start.saturating_sub(body_offset)..)
                .is_some_and(text::table_row);
            if !(own_name && implied && from_a_row) {
                continue;
            }
            out.remove(i);
        }
        out.push(row_heading(label, range, Some(step)));
    }
}

/// A table row read as a section heading: its label, and the span from the
/// row's start to where its value begins.
fn row_heading(text: String, range: Range<usize>, step: Option<Step>) -> Heading {
    Heading {
        level: 2,
        text,
        range,
        step,
    }
}

/// "| Price |", "| Team |", "| Timeline |": a table row's label that names
/// a topic of its own, not a detail of the step above it ("| What it costs
/// |" under the Problem measures the problem).
fn a_topic_of_its_own(label: &str) -> bool {
    const TOPICS: &[&str] = &[
        "price",
        "prices",
        "pricing",
        "team",
        "founder",
        "founders",
        "timeline",
        "roadmap",
        "milestones",
        "funding",
        "budget",
        "contact",
    ];
    let first = label.split_whitespace().next().unwrap_or("").to_lowercase();
    TOPICS.contains(&first.as_str())
}

/// "| **Who buys** | The 38 master dyers … |" → ("Who buys", offset of
/// "The"): a table row's first cell as a label (a few words, bold or not)
/// and where the next cell's text starts.
fn table_label(row: &str) -> Option<(String, usize)> {
    let inner = row.strip_prefix('|')?;
    let bar = inner.find('|')?;
    let label = inner[..bar]
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .trim_end_matches([':', '.'])
        .trim();
    if label.is_empty() || !label_words(label, "&/", 6) {
        return None;
    }
    let after = &inner[bar + 1..];
    let lead = after.len() - after.trim_start().len();
    Some((label.to_string(), 1 + bar + 1 + lead))
}

/// Lead-in labels at the start of a line, outside fenced code: bold
/// ("**The pain.**"), plain ("Who:", "problem - "), on a list item ("*
/// risks:"), or a bare line ("What goes wrong"). Each gives the label's text
/// ("The pain", without its closing "." or ":"), the byte range from the
/// line's start to where the section's body starts, and how it is written.
fn lead_ins(body: &str) -> Vec<(String, Range<usize>, LabelKind)> {
    let mut out = Vec::new();
    let mut fence = false;
    let mut offset = 0;
    let mut after_blank = true;
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let rest = content.trim_start_matches(' ');
        let blank_before = std::mem::replace(&mut after_blank, rest.is_empty());
        if rest.starts_with("```") || rest.starts_with("~~~") {
            fence = !fence;
            continue;
        }
        if fence || content.len() - rest.len() > 3 {
            continue;
        }
        let marker = list_marker_len(rest);
        // An indented list item ("  - NOT: yacht owners") is a detail of the
        // item above it, never a label of its own.
        if marker > 0 && content.len() > rest.len() {
            continue;
        }
        let kind = if marker > 0 {
            LabelKind::ListItem
        } else {
            LabelKind::Paragraph
        };
        let rest = &rest[marker..];
        let indent = content.len() - rest.len();
        let Some(marker) = ["**", "__"].into_iter().find(|m| rest.starts_with(m)) else {
            // A plain label ending in a colon ("Who: road riders …",
            // "What worries me:") at the start of a paragraph.
            if let Some((label, end)) = plain_label(rest) {
                out.push((label, start..start + indent + end, kind));
            } else if let Some(label) = (kind == LabelKind::ListItem
                && lines.get(i + 1).is_some_and(|next| nested_item(next)))
            .then(|| bare_label(rest, true))
            .flatten()
            {
                // "- evidence" over indented items: the item is the label
                // of the list nested under it, as "- evidence:" would be.
                out.push((label, start..start + content.len(), kind));
            } else if let Some(label) =
                bare_label(rest, blank_before && kind == LabelKind::Paragraph)
            {
                out.push((label, start..start + content.len(), LabelKind::BareLine));
            } else if let Some((label, end, kind)) = (blank_before && kind == LabelKind::Paragraph)
                .then(|| question_label(rest))
                .flatten()
            {
                out.push((label, start..start + indent + end, kind));
            }
            continue;
        };
        let inner = &rest[2..];
        let Some(close) = inner.find(marker) else {
            continue;
        };
        let label = inner[..close].trim();
        if label.is_empty() || label.len() > 60 {
            continue;
        }
        // Punctuation may sit inside or just after the bold span.
        let mut end = indent + 2 + close + 2;
        if content[end..].starts_with(['.', ':']) {
            end += 1;
        }
        let text = label.trim_end_matches(['.', ':']).trim().to_string();
        out.push((text, start..start + end, kind));
    }
    out
}

/// ATX headings (`## Problem`) found line by line, outside fenced code.
fn atx_lines(body: &str) -> Vec<(usize, String, Range<usize>)> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        let rest = &content[indent..];
        if indent <= 3 {
            if let Some(open) = fence {
                if rest.starts_with(open) {
                    fence = None;
                }
                continue;
            }
            if rest.starts_with("```") || rest.starts_with("~~~") {
                fence = Some(&rest[..3]);
                continue;
            }
            let hashes = rest.len() - rest.trim_start_matches('#').len();
            let after = &rest[hashes..];
            if (1..=6).contains(&hashes) && (after.is_empty() || after.starts_with([' ', '\t'])) {
                let text = after.trim().trim_end_matches('#').trim().to_string();
                out.push((hashes, text, start..start + content.len()));
            }
        }
    }
    out
}

fn level_number(level: HeadingLevel) -> usize {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// "Lahij Copper Online" alone on the first line, a blank line, then the
/// letter: a title written without Markdown. A few words with no sentence
/// punctuation at the end, so a one-line pitch ("We fix bikes.") is never
/// one. Gives the title and the byte offset where the pitch starts.
fn plain_title(source: &str, body_offset: usize) -> Option<(String, usize)> {
    let body = &source[body_offset..];
    let lead = body.len() - body.trim_start().len();
    let rest = &body[lead..];
    if let Some((subject, block)) = subject::mail_headers(rest) {
        return Some((subject.to_string(), body_offset + lead + block));
    }
    let line_end = rest.find('\n')?;
    let line = rest[..line_end].trim();
    let after = &rest[line_end + 1..];
    let blank_next = after
        .trim_start_matches([' ', '\t', '\r'])
        .starts_with('\n');
    let words = line.split_whitespace().count();
    // "Subject: Scrap Loop — where we are, and a yes/no question" heads a
    // letter pasted from a mail client, however long or however it ends.
    let subject = subject::is_subject(line) && words <= 24;
    let titled = blank_next
        && (subject
            || (((1..=8).contains(&words) || dash_title(line, words))
                && !line.ends_with(['.', '!', '?', ':', ',', ';'])))
        && !line.starts_with(['#', '-', '*', '+', '|', '>', '<', '`'])
        && !after.trim().is_empty();
    titled.then(|| (line.to_string(), body_offset + lead + line_end))
}

/// "Proposal for a pilgrim package desk — Thessaloniki branch": a name and
/// what it is for, joined by a spaced dash, up to twelve words. The dash
/// would otherwise make a label of it ("Proposal …" read as the Solution).
/// Up to three words after the dash: a longer run is a label's text
/// ("Customer - vets and nurses in the practices of Leeds").
fn dash_title(line: &str, words: usize) -> bool {
    let Some((at, len)) = first_separator(line).filter(|_| words <= 12) else {
        return false;
    };
    let after = line[at + len..].split_whitespace().count();
    !line[at..].trim_start().starts_with(':') && after <= 3
}

/// The byte offset where a plain title line ends (see [`plain_title`]),
/// or where the body starts: lead-in labels are looked for below it.
fn below_plain_title(source: &str, body_offset: usize) -> usize {
    plain_title(source, body_offset).map_or(body_offset, |(_, end)| end)
}

/// Cut the body into title, pitch, step sections and notes.
fn split_sections(idea: &mut Idea, body_offset: usize) {
    let source = idea.source.clone();
    let mut all = headings(&source, body_offset);
    // The title is the first H1 that names no step, if no section came before it.
    let title_index = all.iter().position(|h| h.level == 1 && h.step.is_none());
    let first_step = all.iter().position(|h| h.step.is_some());
    let title_index = title_index.filter(|t| first_step.is_none_or(|f| *t < f));
    let mut preamble_start = body_offset;
    if let Some(t) = title_index {
        let title = all.remove(t);
        idea.title = Some(title.text.clone()).filter(|t| !t.is_empty());
        preamble_start = title.range.end;
    } else if let Some((text, end)) = plain_title(&source, body_offset) {
        let letter = &source[end..];
        idea.title = Some(subject::title_from_subject(&text, letter).unwrap_or(text));
        preamble_start = end;
    }
    // Sections start at headings no deeper than the shallowest step heading,
    // so `### Notes` inside a `## Problem` stays part of the problem.
    let boundary = all
        .iter()
        .filter(|h| h.step.is_some())
        .map(|h| h.level)
        .min()
        .unwrap_or(2);
    let boundaries: Vec<&Heading> = all.iter().filter(|h| h.level <= boundary).collect();
    let steps = steps_in_order(&boundaries);
    let preamble_end = boundaries.first().map_or(source.len(), |h| h.range.start);
    let preamble_end = preamble_end.max(preamble_start);
    let preamble = section("Pitch", &source, preamble_start, preamble_end, idea);
    // A letter with no title ("Dear Ms Okafor, …") that coins its product's
    // name ("a small service, ErgLink, that …") is titled by it: the
    // documents head with "ErgLink", not "Untitled idea".
    if idea.title.is_none() && idea.front.name.is_none() {
        idea.title = subject::coined_name(&preamble.body).map(str::to_string);
    }
    let mut exact = std::collections::BTreeSet::new();
    for (i, heading) in boundaries.iter().enumerate() {
        let end = boundaries
            .get(i + 1)
            .map_or(source.len(), |next| next.range.start);
        let sec = section(&heading.text, &source, heading.range.end, end, idea);
        let sec = Section {
            heading_line: idea.line_of(heading.range.start),
            body: table_value(&source[heading.range.clone()], sec.body),
            ..sec
        };
        match steps[i] {
            Some(step) if !idea.sections.contains_key(&step) => {
                if Step::from_exact_heading(&heading.text) == Some(step) {
                    exact.insert(step);
                }
                idea.sections.insert(step, sec);
            }
            // "## Market opportunity" read as the Problem by a keyword gives
            // way to a later "## Problem", which says so in so many words.
            Some(step)
                if !exact.contains(&step)
                    && Step::from_exact_heading(&heading.text) == Some(step) =>
            {
                exact.insert(step);
                if let Some(guessed) = idea.sections.insert(step, sec) {
                    idea.notes.push(guessed);
                }
            }
            _ => idea.notes.push(sec),
        }
    }
    if !preamble.is_empty() {
        // An explicit "## Pitch" wins; the text above it is kept as a note.
        match idea.sections.entry(Step::Pitch) {
            std::collections::btree_map::Entry::Occupied(_) => idea.notes.insert(
                0,
                Section {
                    heading: "Introduction".into(),
                    ..preamble
                },
            ),
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(preamble);
            }
        }
    }
}

/// The step of each section heading, with unnamed ones inferred from the order.
///
/// People follow the seven steps in order even when they title a section in a
/// way no table foresees ("Ground truth", "On the day"). A run of unrecognised
/// headings that sits exactly where the same number of missing steps belong
/// takes those steps, in order: `Customer, "Ground truth", Solution` makes the
/// middle one the Problem. Headings that name something else (a Team, a
/// Timeline) are never guessed, and nothing is guessed when the counts differ.
fn steps_in_order(headings: &[&Heading]) -> Vec<Option<Step>> {
    let mut steps: Vec<Option<Step>> = headings.iter().map(|h| h.step).collect();
    let present: Vec<Step> = steps.iter().flatten().copied().collect();
    let mut i = 0;
    while i < steps.len() {
        if steps[i].is_some() {
            i += 1;
            continue;
        }
        let run_end = (i..steps.len())
            .find(|&j| steps[j].is_some())
            .unwrap_or(steps.len());
        let before = steps[..i].iter().rev().flatten().next().copied();
        let after = steps.get(run_end).copied().flatten();
        let missing: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|s| before.map_or(*s > Step::Pitch, |b| *s > b))
            .filter(|s| after.is_none_or(|a| *s < a))
            .filter(|s| !present.contains(s))
            .collect();
        let guessable = headings[i..run_end]
            .iter()
            .all(|h| h.level > 1 && !names_another_topic(&h.text));
        // At the end of the file (no known step after the run) only a single
        // heading is guessed: trailing extras (Timeline, Pricing) are common.
        let closed = after.is_some() || run_end - i == 1;
        if guessable && closed && missing.len() == run_end - i {
            for (slot, step) in steps[i..run_end].iter_mut().zip(missing) {
                *slot = Some(step);
            }
        }
        i = run_end;
    }
    steps
}

/// Section titles that are about something other than the seven steps.
fn names_another_topic(heading: &str) -> bool {
    const OTHER: &[&str] = &[
        "team",
        "founder",
        "founders",
        "about",
        "timeline",
        "roadmap",
        "schedule",
        "milestones",
        "pricing",
        "price",
        "budget",
        "costs",
        "funding",
        "ask",
        "competition",
        "competitors",
        "appendix",
        "notes",
        "references",
        "links",
        "faq",
        "contact",
        "next",
        "metrics",
        "glossary",
        "history",
        "background",
        "status",
        "changelog",
        "open",
    ];
    let lower = heading.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| OTHER.contains(&w))
}

/// A step opened by a table row ends its text without the row's closing
/// bar: "140 firms … |" is read and quoted as "140 firms …". Only the end
/// is trimmed, so the body still starts where it did in the source.
fn table_value(label: &str, body: String) -> String {
    if !text::table_row(label) {
        return body;
    }
    let trimmed = body.trim_end_matches(|c: char| c == '|' || c.is_whitespace());
    trimmed.to_string()
}

fn section(heading: &str, source: &str, start: usize, end: usize, idea: &Idea) -> Section {
    // Headings found by two scanners can overlap; an empty body beats a panic.
    let start = start.min(end);
    let raw = &source[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let body = raw.trim();
    Section {
        heading: heading.to_string(),
        heading_line: idea.line_of(start + lead),
        body: body.to_string(),
        body_offset: start + lead,
        read: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The chunked search finds the first refused control byte, as a
        /// plain scan does.
        #[test]
        fn the_first_control_byte_is_the_first_one_refused(
            bytes in proptest::collection::vec(
                // Mostly letters, so the first control byte lands in any chunk.
                proptest::prop_oneof![1 => 0u8..0x20, 60 => proptest::strategy::Just(b'a')],
                0..300,
            ),
        ) {
            let plain = bytes
                .iter()
                .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
                .map(|i| (i, bytes[i]));
            proptest::prop_assert_eq!(first_control_byte(&bytes), plain);
        }
    }

    #[test]
    fn a_plain_label_ends_at_its_separator_before_any_punctuation() {
        let label = plain_label;
        assert_eq!(label("Who: road riders"), Some(("Who".into(), 4)));
        assert_eq!(
            label("Problem – the chip fails"),
            Some(("Problem".into(), 12))
        );
        assert_eq!(
            label("What’s next? — a pilot"),
            Some(("What’s next".into(), 19))
        );
        // Sentence punctuation before the separator: prose, not a label.
        assert_eq!(label("We tried. It failed: twice"), None);
        assert_eq!(label("Costs (a lot) - sometimes"), None);
        assert_eq!(label("No separator at all"), None);
    }

    #[test]
    fn a_list_item_naming_a_step_already_opened_is_a_detail_of_its_step() {
        let text = "# Tyre Swap\n\nWinter tyres fitted at your kerb.\n\n\
            **What we'll build**\n- A booking form.\n- Benefit: no queue at the garage.\n\n\
            **What could go wrong**\n- Build: two weekends, a form and a van we own.\n\
            - Rain: we fit under the carport or move the slot.\n";
        let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
        assert!(idea.text(Step::Solution).contains("Benefit: no queue"));
        let risks = idea.text(Step::Risks);
        assert!(
            risks.contains("Build: two weekends") && risks.contains("Rain:"),
            "{risks:?}"
        );
        assert!(idea.notes.is_empty(), "{:?}", idea.notes);
    }

    #[test]
    fn a_list_item_naming_a_step_over_indented_items_opens_that_step() {
        // Notes written as an outline: "- evidence" with no colon, its facts
        // indented under it. A short item with nothing nested stays text.
        let text = "# Ferry Queue\n\n\
            - pitch: book a car slot on the island ferry from your phone\n\
            - customer: islanders who commute by car, about 700 of them\n\
            - evidence\n  - 212 islanders joined the waitlist in a week\n  - 40 paid a $10 deposit\n\
            - risks / plan\n  - the ferry company must share its timetable feed\n\
            - cheap\n";
        let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
        let evidence = idea.text(Step::Evidence);
        assert!(
            evidence.contains("212 islanders") && evidence.contains("40 paid"),
            "{evidence:?}"
        );
        let risks = idea.text(Step::Risks);
        assert!(risks.contains("timetable feed"), "{risks:?}");
        assert!(risks.contains("cheap"), "{risks:?}");
    }

    #[test]
    fn a_short_first_line_alone_above_a_letter_is_its_title() {
        let letter = "Kiln Share Online\n\nMy aunt fires pots in a wood kiln and wants to let others book it.\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.name(), "Kiln Share Online");
        assert!(idea.text(Step::Pitch).starts_with("My aunt fires pots"));
        // A one-line pitch ends as a sentence does: it stays the pitch.
        let pitch = "We fix bikes at the station.\n\nCommuters leave them in the morning.\n";
        let idea = parse_str(pitch).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.title, None);
        assert!(idea.text(Step::Pitch).starts_with("We fix bikes"));
        // A file that is nothing but the line has no pitch to give it to.
        let alone = parse_str("Kiln Share Online\n").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(alone.title, None);
    }

    #[test]
    fn note_shorthand_labels_open_their_steps() {
        // Notes from a call: "prob:", "fix:", "cust = …" and "numbers we
        // have:" are the Problem, the Solution, the Customer and the
        // Evidence, however tersely written.
        let notes = "ferry bikes -- notes after call w/ Jo\n\n\
            * what: bike spaces on the lake ferry, booked ahead\n\
            * cust = weekend cycle tourists on lake como\n\
            * prob: bikes turned away at the 9am boat most saturdays\n\
            * fix: book a bike space in the app, pay on board\n\
            * numbers we have:\n  - 212 bikes turned away in june (ferry log)\n";
        let idea = parse_str(notes).unwrap_or_else(|e| panic!("{e}"));
        assert!(idea.text(Step::Customer).starts_with("weekend cycle"));
        assert!(idea.text(Step::Problem).starts_with("bikes turned away"));
        assert!(idea.text(Step::Solution).starts_with("book a bike"));
        assert!(idea.text(Step::Evidence).contains("212 bikes"));
    }

    #[test]
    fn an_aside_in_brackets_between_a_label_and_its_colon_keeps_the_label() {
        let notes = "ferry bikes\n\n- problem: bikes turned away\n- risks (lots):\n  - we depend on one ferry line\n";
        let idea = parse_str(notes).unwrap_or_else(|e| panic!("{e}"));
        assert!(idea.text(Step::Risks).contains("one ferry line"));
        // Brackets in running text are not a label's aside.
        let prose = "ferry bikes\n\nWe (two of us): run the bike hire.\n";
        let idea = parse_str(prose).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.section(Step::Customer), None);
        assert!(idea.text(Step::Pitch).contains("two of us"));
    }

    #[test]
    fn a_mail_subject_names_the_product_however_long_it_is() {
        let letter = "Subject: Tide Desk — the harbour pilot, where we are, and one question for you\n\n\
            Hi Ros,\n\nTide Desk books the visitor moorings in small harbours.\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.name(), "Tide Desk");
        assert!(idea.text(Step::Pitch).starts_with("Hi Ros"));
    }

    #[test]
    fn a_letter_without_a_title_is_titled_by_the_name_it_gives_its_product() {
        let letter = "Dear Ms Okafor,\n\nMy idea is a small service, KilnKeep, that books kiln space for potters.\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.name(), "KilnKeep");
        // Another firm's brand in passing is not the product's name.
        let other = "Dear Ms Okafor,\n\nPotters book the kiln on WhatsApp today.\n";
        let idea = parse_str(other).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.name(), "Untitled idea");
    }

    #[test]
    fn a_mail_header_block_is_not_the_pitch() {
        // "To: Board, Harbour Users' Association" names the reader, not the
        // customer: the block must not reach the analyzers as the pitch.
        let letter = "From: Ros Gale <ros@example.org>\nTo: Board, Harbour Users' Association\n\
            Subject: idea for the spring meeting - MoorMate\n\n\
            Dear board,\n\nMoorMate is a booking page for the visitor moorings.\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.name(), "MoorMate");
        let pitch = idea.text(Step::Pitch);
        assert!(pitch.starts_with("Dear board"), "{pitch:?}");
        assert!(!pitch.contains("Association"), "{pitch:?}");
        // Header-like lines that run into the text with no blank line are
        // not a header block: the letter keeps them.
        let run_on = "To: the board\nwe should book moorings online.\n";
        let idea = parse_str(run_on).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.title, None);
    }

    #[test]
    fn a_name_and_a_place_joined_by_a_dash_is_a_title_not_a_label() {
        // "Proposal …" would name the Solution; as a label it swallowed
        // the whole letter below it.
        let letter = "Proposal for a ferry ticket desk - Oban branch\n\n\
            Our walkers queue at the pier for an hour each morning.\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            idea.name(),
            "Proposal for a ferry ticket desk - Oban branch"
        );
        assert_eq!(idea.section(Step::Solution), None);
        assert!(idea.text(Step::Pitch).starts_with("Our walkers queue"));
        // A dash followed by a whole clause is a label and its text.
        let clause = parse_str(
            "Customer - walkers and cyclists who queue at the pier each morning\n\nThey wait.\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            clause
                .text(Step::Customer)
                .starts_with("walkers and cyclists")
        );
    }

    #[test]
    fn run_in_heads_closed_by_a_full_stop_open_their_steps_when_there_are_two() {
        let letter = "Net Mending Rota\n\n\
            I mended nets in Killybegs for forty years and want to share the loft.\n\n\
            Who I mean. The crews of the eleven inshore boats that mend their own nets.\n\n\
            How much it costs them. A torn net keeps a boat in harbour for two days.\n\n\
            What can go wrong. The loft may be too small in March.\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        assert!(idea.text(Step::Customer).starts_with("The crews of"));
        assert!(idea.text(Step::Problem).starts_with("A torn net"));
        assert!(idea.text(Step::Risks).starts_with("The loft may"));
        // One such phrase alone is a sentence of the letter.
        let one = letter
            .replace("How much it costs them. ", "")
            .replace("What can go wrong. ", "");
        let idea = parse_str(&one).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.section(Step::Customer), None);
    }

    #[test]
    fn a_longer_run_in_head_must_ask_in_a_questions_order() {
        // Seven words, asked as a question ("How do we know …"), close a
        // run-in head; seven words that state something do not.
        let letter = "Net Mending Rota\n\n\
            I mended nets in Killybegs for forty years and want to share the loft.\n\n\
            How do we know the crews want it. Nine skippers paid for a week.\n\n\
            What can go wrong. The loft may be too small in March.\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        assert!(idea.text(Step::Evidence).starts_with("Nine skippers"));
        let stated = letter.replace(
            "How do we know the crews want it.",
            "What we mean to do is quite simple.",
        );
        let idea = parse_str(&stated).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.section(Step::Solution), None);
    }

    #[test]
    fn a_letter_paragraph_that_asks_a_step_question_opens_that_step() {
        // A letter with no headings: the paragraphs that open with the
        // step's question are the Evidence and the Risks, and what comes
        // before them stays the pitch.
        let letter = "Boat Book\n\nI repair wooden boats on the lake and want a booking page.\n\n\
How do we know they want it? Nine owners asked me for one this summer.\n\n\
What could go wrong, I have thought about it. The marina may refuse; I would then book by phone.\n";
        let idea = parse_str(letter).unwrap();
        assert_eq!(
            idea.text(Step::Evidence),
            "Nine owners asked me for one this summer."
        );
        assert!(
            idea.text(Step::Risks)
                .starts_with("I have thought about it.")
        );
        assert!(idea.text(Step::Pitch).contains("booking page"));
        // "Do people want it?" asks for evidence, whoever it names; a step's
        // own name before a comma opens that step too.
        let asked = parse_str("Nets\n\nA mending service.\n\nDo people want it? Twelve crews paid a deposit.\n\nThe risks, yes. The harbour may close.\n").unwrap();
        assert_eq!(asked.text(Step::Evidence), "Twelve crews paid a deposit.");
        assert_eq!(asked.text(Step::Risks), "yes. The harbour may close.");
        // Inside a titled section a question stays prose, and so does a
        // long question or one that asks nothing about a step.
        let prose = parse_str("# T\n\nA van.\n\n## Problem\nHow do we know? We asked.\n\nWhy is the sky blue? Nobody knows.\n").unwrap();
        assert!(prose.section(Step::Evidence).is_none());
        assert!(prose.text(Step::Problem).contains("We asked."));
        // In an idea laid out with labels, a question that names no step
        // neither opens a note nor ends the step above it.
        let labelled = parse_str("# T\n\nWho: bakers in Leeds.\n\nProblem: the ovens fail at dawn.\n\nWhy is the sky blue? Nobody knows.\n").unwrap();
        assert!(labelled.text(Step::Problem).contains("Nobody knows."));
        assert!(labelled.notes.is_empty());
    }

    const FULL: &str = "---\nname: Sitter Swap\nlaunch: 2027-09-01\ncolour: blue\n---\n\n# Sitter Swap\n\nA babysitting co-op. It trades evenings.\n\n## Who is the customer?\nDual-income parents.\n\n## Pain\nNo sitters.\n\n### Detail\nStill the problem.\n\n## Team\nTwo people.\n";

    #[test]
    fn splits_front_matter_title_pitch_and_sections() {
        let idea = parse(FULL.as_bytes()).unwrap();
        assert_eq!(idea.name(), "Sitter Swap");
        assert_eq!(
            idea.front.launch.map(|d| d.to_string()),
            Some("2027-09-01".into())
        );
        assert_eq!(
            idea.front.extra.get("colour").map(String::as_str),
            Some("blue")
        );
        assert_eq!(
            idea.section(Step::Pitch).unwrap().summary(),
            "A babysitting co-op."
        );
        assert_eq!(idea.text(Step::Customer), "Dual-income parents.");
        assert!(idea.text(Step::Problem).contains("Still the problem."));
        assert_eq!(idea.notes.len(), 1);
        assert_eq!(idea.notes[0].heading, "Team");
        assert_eq!(idea.sections[&Step::Customer].heading_line, 11);
        assert_eq!(idea.line_in(Step::Customer, 0), 12);
    }

    #[test]
    fn idiomatic_headings_name_their_steps() {
        let cases = [
            ("Who's got this problem", Step::Customer),
            ("Who the riders are", Step::Customer),
            ("The headache", Step::Problem),
            ("whats wrong today", Step::Problem),
            ("for", Step::Customer),
            ("What we've already done", Step::Evidence),
            ("Team and the hard parts", Step::Risks),
            ("What I want to build", Step::Solution),
            ("What we've seen so far", Step::Evidence),
            ("Why we think they want it", Step::Evidence),
            ("How a lab would use it", Step::Experience),
            ("How it'd work on the day", Step::Experience),
            ("What could go wrong for the customer", Step::Risks),
            // Fear and the size of the bet are the board's side too.
            ("What scares us", Step::Risks),
            ("What we need and what worries us", Step::Risks),
            ("Why this is a small bet", Step::Risks),
            ("Obstacles", Step::Risks),
            ("Open questions", Step::Risks),
            ("The problem as donors experience it", Step::Problem),
            ("Customer experience", Step::Experience),
            // A committee's plain words.
            ("The people we are thinking of", Step::Customer),
            ("The difficulty", Step::Problem),
            ("Consultation to date", Step::Evidence),
            ("What members told us", Step::Evidence),
            ("Considerations", Step::Risks),
            ("Known issues", Step::Risks),
            ("Limitations", Step::Risks),
            ("5. Supporting information", Step::Evidence),
            // One slip of the keyboard.
            ("Evidance", Step::Evidence),
            ("What happens now", Step::Problem),
            ("what we did", Step::Evidence),
            ("The status quo", Step::Problem),
            ("Custmer", Step::Customer),
            // A second language's word order.
            ("For who", Step::Customer),
            ("The problem what they have", Step::Problem),
            ("The probelm", Step::Problem),
            ("Soluton", Step::Solution),
            // What goes wrong today is the customer's problem; what could
            // go wrong is the risk.
            ("What goes wrong for them", Step::Problem),
            ("What could go wrong", Step::Risks),
            // What happened when people used it is the evidence; what was
            // built is the solution.
            ("What happened when people used it", Step::Evidence),
            ("What we built", Step::Solution),
            // Idioms for the pain and for what could go wrong.
            ("When it bites", Step::Problem),
            ("Where it hurts", Step::Problem),
            ("Things that could hurt us", Step::Risks),
        ];
        for (heading, step) in cases {
            assert_eq!(Step::from_heading(heading), Some(step), "{heading}");
        }
        assert_eq!(Step::from_heading("Team"), None);
        assert_eq!(Step::from_heading("Experienced team"), None);
        assert_eq!(Step::from_heading("Team members"), None);
    }

    #[test]
    fn an_unnamed_section_takes_the_one_missing_step_between_its_neighbours() {
        let idea = parse_str(
            "# T\n\nPitch.\n\n## Customer\nNurses.\n\n## Ground truth\nShifts overrun.\n\n\
             ## Solution\nA board.\n\n## Team\nTwo.\n\n## Risks\nNone.\n",
        )
        .unwrap();
        assert_eq!(idea.text(Step::Problem), "Shifts overrun.");
        // "Team" sits where Evidence and Experience are missing, but it names
        // another topic, and two missing steps cannot be read off one heading.
        assert!(idea.section(Step::Evidence).is_none());
        assert_eq!(idea.notes.len(), 1);
    }

    #[test]
    fn an_idea_written_as_one_table_names_its_steps_in_the_first_column() {
        let idea = parse(
            b"# Kiln Share\n\nA shared kiln for potters.\n\n| Field | Value |\n|---|---|\n| Launch | June |\n| **Who** | Studio potters in Leeds |\n| How many | 90 studios |\n| Problem | Firing waits 3 weeks |\n| Not the customer | Hobbyists |\n| Risks | The kiln may crack; we insured it |\n",
        )
        .unwrap();
        // The rows under a step that name no new step belong to it; the
        // closing bar of the last row is not part of the text.
        assert_eq!(
            idea.text(Step::Customer),
            "Studio potters in Leeds |\n| How many | 90 studios"
        );
        assert_eq!(
            idea.text(Step::Problem),
            "Firing waits 3 weeks |\n| Not the customer | Hobbyists"
        );
        assert_eq!(idea.text(Step::Risks), "The kiln may crack; we insured it");
        // The writers read the detail rows as fields, one sentence each.
        let customer = idea.section(Step::Customer).map(|s| s.plain());
        assert_eq!(
            customer,
            Some("Studio potters in Leeds.\nHow many: 90 studios.")
        );
        // A row with the step's own name wins over one that only implies it
        // ("Launch" is read as the Experience when nothing better names it).
        let launch = parse(
            b"# Kiln Share\n\nA shared kiln.\n\n| Field | Value |\n|---|---|\n| Launch | June |\n| Customer | Studio potters |\n| Experience | Book a firing online |\n",
        )
        .unwrap();
        assert_eq!(launch.text(Step::Experience), "Book a firing online");
        // A risk table inside a Risks section stays that section's text.
        let headed = parse(
            b"# X\n\nPitch.\n\n## Risks\n| Risk | Answer |\n|---|---|\n| Customer churn | contracts |\n",
        )
        .unwrap();
        assert!(headed.text(Step::Customer).is_empty());
        assert!(headed.text(Step::Risks).contains("Customer churn"));
    }

    #[test]
    fn a_table_row_naming_a_topic_of_its_own_ends_the_step_above_it() {
        let idea = parse(
            b"# Loft Lockers\n\nLockers for cyclists.\n\n| Field | Value |\n|---|---|\n| Customer | Commuters in Utrecht |\n| Problem | Bikes get stolen at the station |\n| What it costs | a new bike a year |\n| Evidence | We counted 40 thefts in March |\n| Pricing | EUR 12 a month, paid upfront |\n| Risks | The station may say no |\n",
        )
        .unwrap();
        // The price is the terms of sale, not what customers did: it leaves
        // the Evidence and becomes a note of its own, as a "## Pricing"
        // heading would.
        assert_eq!(idea.text(Step::Evidence), "We counted 40 thefts in March");
        assert_eq!(idea.notes.len(), 1, "{:?}", idea.notes);
        assert_eq!(idea.notes[0].heading, "Pricing");
        assert!(idea.notes[0].body.contains("paid upfront"));
        // A row that only measures the step above stays its detail.
        assert!(idea.text(Step::Problem).contains("What it costs"));
        assert_eq!(idea.text(Step::Risks), "The station may say no");
    }

    #[test]
    fn a_table_of_fields_above_a_risks_heading_names_the_other_steps() {
        // The fields in a table, then the risks under a heading of their own.
        let idea = parse(
            b"# Kiln Share

A shared kiln for potters.

| field | value |
|---|---|
| Customer | Studio potters in Leeds |
| Problem | Firing waits 3 weeks |

## Risks
| risk | status |
|---|---|
| Problem firing glazes | we tested six |
",
        )
        .unwrap();
        assert_eq!(idea.text(Step::Customer), "Studio potters in Leeds");
        assert_eq!(idea.text(Step::Problem), "Firing waits 3 weeks");
        // The risk table's rows stay the Risks section's text: "Problem
        // firing glazes" there opens no Problem.
        assert!(idea.text(Step::Risks).contains("Problem firing glazes"));
    }

    #[test]
    fn a_label_on_the_line_under_a_step_heading_opens_its_text() {
        // "Last spring we counted:" names no step; right under "**How do
        // we know?**" it is how the Evidence begins, not a note of its own.
        let idea = parse(
            b"# Bread\n\nPre-orders for a village bakery.\n\n**Who buys?**\nThe 38 guesthouses on the coast.\n\n**How do we know they want it?**\nLast spring we counted: 17 of the 22 guesthouses ran out of bread at least once a week.\n\n**What could go wrong?**\n- The oven is small.\n",
        )
        .unwrap();
        assert!(idea.text(Step::Evidence).contains("17 of the 22"));
        assert!(idea.notes.is_empty());
    }

    #[test]
    fn a_letter_titling_only_its_evidence_closes_with_its_risks_under_it() {
        // "## What we already know" is the one heading; the paragraph after
        // its first that owns up to what is not known is the Risks.
        let idea = parse(
            b"# A letter to the fund\n\nDear committee,\n\nI ask for 38,000 euros for a drying shed at our berry camp.\n\nIn a wet week the berries spoil in the crates.\n\n## What we already know\n38 of the 64 pickers signed the sheet for a drying slot.\n\nI should be honest about what we do not know. The food authority may require the shed to be registered, and we have not yet asked them. We also depend on two wholesalers; we have no contract yet.\n\nWith thanks,\nAila\n",
        )
        .unwrap();
        assert!(idea.text(Step::Risks).contains("food authority"));
        assert!(idea.text(Step::Evidence).contains("38 of the 64"));
        assert!(!idea.text(Step::Evidence).contains("food authority"));
    }

    #[test]
    fn a_letter_labelling_its_evidence_closes_with_its_risks() {
        // "What we already know:" labels the Evidence; the paragraph after
        // it that owns up to the risks is the Risks, with no label of its own.
        let idea = parse(
            b"# Tide Pass\n\nDear trust,\n\nI ask for a booking system for the island ferry.\n\nOn busy days we leave 30 walkers behind.\n\nWhat we already know: 900 crossings were booked on a paper sheet last August.\n\nThe risks are real and I will not hide them. The card readers must work in salt spray, and the harbour authority has not yet given its permission for a kiosk.\n\nYours faithfully,\n\nRhona\n",
        )
        .unwrap();
        assert!(idea.text(Step::Risks).contains("card readers"));
        assert!(!idea.text(Step::Evidence).contains("card readers"));
    }

    #[test]
    fn a_letter_titling_only_its_risks_tells_its_evidence_in_a_paragraph() {
        // The evidence paragraph sits above the one heading, after the
        // pitch or after a labelled plan ("What we propose is one desk, …").
        for (letter, evidence) in [
            (
                &b"# Oven share\n\nDear committee,\n\nI ask for a shared oven for the bakers of our valley.\n\nThe bakers bake bread twice a week in old wood ovens.\n\nLast winter 23 bakers paid a deposit of 50 euros each, and 19 came back every week.\n\n## What worries me\nThe building needs a permit.\n"[..],
                "23 bakers paid",
            ),
            (
                &b"# Desk\n\nDear fund,\n\nPainters lose commissions.\n\nWhat we propose is one desk, open two days a week.\n\nWhere we stand: 9 painters have paid 1,500 NOK each, and the museum signed a letter of intent.\n\n## What could go wrong\nThe shop may need the room back.\n"[..],
                "9 painters have paid",
            ),
        ] {
            let idea = parse(letter).unwrap();
            assert!(idea.text(Step::Evidence).contains(evidence), "{evidence}");
            assert!(!idea.text(Step::Pitch).contains(evidence), "{evidence}");
        }
        // A smoke test told after a sentence with no cue of its own: the
        // page put up and the emails opened are how the author knows.
        let smoke = parse(
            b"# Mill Exchange\n\nDear panel,\n\nI ask for a grant to open an exchange for reclaimed millstones.\n\nMillers cannot find stones of the old sizes.\n\nThis is more than a hunch. I put up a simple page and sent it with the guild letter: 31 mills asked to hear when it opens, from 120 who opened the email.\n\n## What could go wrong\nThe quarry may close.\n",
        )
        .unwrap();
        assert!(smoke.text(Step::Evidence).contains("31 mills"));
        // A customer titled after the risks (a letter's postscript) leaves
        // the evidence paragraph above them where it was.
        let postscript = parse(
            b"Dear fund,\n\nI ask for \xc2\xa33,000 for a tool library in the village hall.\n\nNeighbours buy drills they use twice.\n\nIn May we asked people at the fete: of 52 who filled in the card, 38 said they would borrow before buying.\n\n## What I am less sure about\nThe hall's insurer has not replied.\n\n## Who it is for\nHouseholds in the parish.\n",
        )
        .unwrap();
        assert!(postscript.text(Step::Evidence).contains("of 52"));
        assert!(postscript.text(Step::Risks).contains("insurer"));
        // "## Substantiation" names the Evidence in a form.
        let form =
            parse(b"# Harbour Desk\n\nA pitch.\n\n## 4. Substantiation\nA trial ran 211 times.\n")
                .unwrap();
        assert_eq!(form.text(Step::Evidence), "A trial ran 211 times.");
    }

    #[test]
    fn a_letter_asking_for_a_trial_tells_its_evidence_later() {
        // "to fund a six-month trial" is what the letter asks for: the
        // paragraph around it is still the pitch and the pain, and the
        // evidence is the conversations told further down.
        let idea = parse(
            b"# Loom Hours\n\nBooked hours on the guild's big loom for weavers who have no room for one.\n\nDear trustees,\n\nI am writing to ask you to fund a six-month trial of Loom Hours. Weavers come to the guild hall with a half-finished rug.\n\nWhat happens now is that they queue at the loom while the one volunteer finishes her own piece, and they go home without weaving a row.\n\nIn March I talked at length with 14 of those weavers about their evenings.\n\n## What could go wrong\nThe hall's owner has not yet agreed to longer opening hours.\n",
        )
        .unwrap();
        let evidence = idea.text(Step::Evidence);
        assert!(evidence.starts_with("In March I talked"), "{evidence:?}");
        assert!(idea.text(Step::Pitch).contains("queue at the loom"));
        let report = crate::analyze::analyze(&idea);
        assert!(
            report.scores.problem.level >= 3,
            "{:?}",
            report.scores.problem
        );
    }

    #[test]
    fn a_letter_telling_what_it_sold_has_paid_evidence() {
        // "We sold … at £30, and 52 people bought one" is money paid, told
        // in the paragraph above the one heading.
        let idea = parse(
            b"# Winter Lectures\n\nSix winter lectures in the village hall.\n\nDear fund,\n\nThe nearest lecture series is forty miles away, and nobody drives it in January.\n\nWe did not want to ask on a hunch. In September we sold a six-lecture ticket at \xc2\xa330, and 52 people bought one in a week.\n\n## What could go wrong\nThe hall's heating may fail; the chapel next door is our second room.\n",
        )
        .unwrap();
        assert!(idea.text(Step::Evidence).contains("52 people bought one"));
        let report = crate::analyze::analyze(&idea);
        assert_eq!(
            report.scores.evidence.level, 5,
            "{:?}",
            report.scores.evidence
        );
    }

    #[test]
    fn a_title_written_at_the_second_level_is_the_title() {
        // "pilot" in the title must not open the Evidence, or the bold
        // labels under it would be read as its text.
        let idea = parse_str(
            "## Harbour Showers — Winter Opening pilot (Town Council)\n\n**Customer.** Crews of the six day boats.\n\n**Problem.** The showers shut at 4 pm all winter.\n",
        )
        .unwrap();
        assert_eq!(idea.text(Step::Customer), "Crews of the six day boats.");
        assert!(idea.text(Step::Evidence).is_empty());
        // A first heading that names a step exactly still opens it.
        let bare = parse_str("## Problem\nThe showers shut at 4 pm.\n").unwrap();
        assert_eq!(bare.text(Step::Problem), "The showers shut at 4 pm.");
    }

    #[test]
    fn bold_lead_ins_are_headings_when_there_are_none() {
        let idea = parse_str(
            "# T\n\nA pitch.\n\n**Customer.** Night-shift crews of duct cleaners.\n\n**The pain:** Reports take 45 minutes.\n\n**Risks**\n\n- A rule could change.\n",
        )
        .unwrap();
        assert_eq!(
            idea.text(Step::Customer),
            "Night-shift crews of duct cleaners."
        );
        assert_eq!(idea.text(Step::Problem), "Reports take 45 minutes.");
        assert_eq!(idea.text(Step::Risks), "- A rule could change.");
        let plain = parse_str(
            "# T\n\nA van.\n\nWho: club riders in the South West.\n\nProblem: pain on long rides.\n\nWhat worries me:\n- The loan.\n",
        )
        .unwrap();
        assert_eq!(plain.text(Step::Customer), "club riders in the South West.");
        assert_eq!(plain.text(Step::Problem), "pain on long rides.");
        assert_eq!(plain.text(Step::Risks), "- The loan.");
        let dashed = parse_str(
            "# T\n\nA lookup.\n\nwho: dog wardens in Kent.\n\nproblem - the chip number names no database.\n\nrisks — none really.\n",
        )
        .unwrap();
        assert_eq!(
            dashed.text(Step::Problem),
            "the chip number names no database."
        );
        assert_eq!(dashed.text(Step::Risks), "none really.");
        let bullets = parse_str(
            "# T\n\n* a judging app\n* problem: judging is unfair\n* risks: the rig may break, rules may conflict\n",
        )
        .unwrap();
        assert_eq!(bullets.text(Step::Problem), "judging is unfair");
        assert_eq!(
            bullets.text(Step::Risks),
            "the rig may break, rules may conflict"
        );
        // A label that names no step ends the step before it when the
        // steps are labelled the same way, here as list items…
        let items = parse_str(
            "# T\n\n* evidence:\n  * two people said handy\n* pricing: £40 paid by the association\n",
        )
        .unwrap();
        assert_eq!(items.text(Step::Evidence), "* two people said handy");
        // …but a list item's label under a paragraph label is a detail of it.
        let detail = parse_str(
            "# T\n\n**problem**\n* shows go silent\n* current workaround: a shared sheet\n",
        )
        .unwrap();
        assert!(
            detail
                .text(Step::Problem)
                .ends_with("current workaround: a shared sheet")
        );
        // Headings written as bare lines, without Markdown.
        let bare = parse_str(
            "# T\n\nA shared order sheet.\n\nWhat goes wrong\nOrders arrive one message at a time.\n\nOur plan\n- a web link\n\nTeam\nTwo of us.\n",
        )
        .unwrap();
        assert_eq!(
            bare.text(Step::Problem),
            "Orders arrive one message at a time."
        );
        assert_eq!(bare.text(Step::Solution), "- a web link");
        // A short last line of a wrapped paragraph is prose.
        let prose = parse_str("# T\n\nA sheet for\nthe problem\n").unwrap();
        assert!(prose.section(Step::Problem).is_none());
        // A list item that only starts like a label ("1. Pricing - £5") and
        // names no step stays text; so does a hyphen inside a word.
        let plain =
            parse_str("# T\n\nA van.\n\n1. Pricing - £5 a ride\n\nwell-known - issue\n").unwrap();
        assert!(plain.section(Step::Risks).is_none());
        // Before the first heading, a label that names a missing step is
        // that step.
        let preamble = parse_str(
            "# T\n\nA board.\n\n**Customer.** Allocation clerks at 7 contractors.\n\n## Problem\nCalls at 5 a.m.\n",
        )
        .unwrap();
        assert_eq!(
            preamble.text(Step::Customer),
            "Allocation clerks at 7 contractors."
        );
        // An indented list item is a detail of the item above it, even
        // when it opens with a label: "NOT:" does not end the Customer step.
        let nested = parse_str(
            "# T\n\n- who: barge owners on two canals\n  - NOT: hire-boat firms\n- problem: queues at the locks\n",
        )
        .unwrap();
        assert!(nested.text(Step::Customer).contains("NOT: hire-boat firms"));
        // Plain words for the steps: "Why this matters", "What I want",
        // "How we know".
        let plain = parse_str(
            "# T\n\n## Why this matters\nCarvers sell for very little.\n\n## What I want\nA shop page.\n\n## How we know\nNine asked.\n",
        )
        .unwrap();
        assert_eq!(plain.text(Step::Problem), "Carvers sell for very little.");
        assert_eq!(plain.text(Step::Solution), "A shop page.");
        assert_eq!(plain.text(Step::Evidence), "Nine asked.");
        // The steps' plain names in a few other languages.
        let dutch = parse_str(
            "# T\n\n## Wie\nKaasdragers.\n\n## Probleem\nLate lists.\n\n## Bewijs\n38 of 42 used it.\n\n## Risico's\nNone.\n",
        )
        .unwrap();
        assert_eq!(dutch.text(Step::Customer), "Kaasdragers.");
        assert_eq!(dutch.text(Step::Problem), "Late lists.");
        assert_eq!(dutch.text(Step::Evidence), "38 of 42 used it.");
        assert_eq!(dutch.text(Step::Risks), "None.");
        // With real headings, a bold label inside a section stays text.
        let idea = parse_str("# T\n\n## Customer\n**Problem:** not a heading here.\n").unwrap();
        assert!(idea.section(Step::Problem).is_none());
    }

    #[test]
    fn a_heading_named_exactly_wins_over_one_guessed_from_a_keyword() {
        let idea = parse_str(
            "# T\n\n## Market opportunity\nA big market.\n\n## Problem\nReports take 45 minutes.\n",
        )
        .unwrap();
        assert_eq!(idea.text(Step::Problem), "Reports take 45 minutes.");
        assert_eq!(idea.notes.len(), 1);
        assert_eq!(idea.notes[0].heading, "Market opportunity");
    }

    #[test]
    fn missing_sections_are_gaps_not_errors() {
        let idea = parse(b"# Only a title\n").unwrap();
        assert_eq!(idea.missing_steps().len(), 7);
    }

    #[test]
    fn bad_front_matter_names_its_line() {
        let err = parse(b"---\nname: x\nlaunch: [unclosed\n---\n# T\n").unwrap_err();
        assert!(matches!(err, ParseError::FrontMatter { .. }), "{err}");
        let err = parse(b"---\nname: x\nlaunch: 2027-13-45\n---\n# T\n").unwrap_err();
        assert_eq!(err.line(), Some(3), "{err}");
    }

    #[test]
    fn refuses_binary_non_utf8_and_huge_input() {
        assert!(matches!(
            parse(b"# T\n\x00\x01"),
            Err(ParseError::Binary { line: 2, .. })
        ));
        assert!(matches!(
            parse(b"# T\n\xff\xfe"),
            Err(ParseError::NotUtf8 { line: 2, .. })
        ));
        let huge = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert!(matches!(parse(&huge), Err(ParseError::TooLarge { .. })));
    }

    #[test]
    fn an_open_html_block_does_not_swallow_later_sections() {
        let idea = parse(b"# T\n\nPitch.\n\n## Customer\n<ScRiPt >alert(1)</sCrIpT >\n## Problem\nHello.\n\n```\n## Not a heading\n```\n").unwrap();
        assert_eq!(idea.text(Step::Problem).lines().next(), Some("Hello."));
        assert!(idea.notes.is_empty(), "{:?}", idea.notes);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(matches!(
            parse(b"---\nname: x\n# T\n"),
            Err(ParseError::FrontMatter { line: 1, .. })
        ));
    }
}
