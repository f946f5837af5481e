//! Small text helpers shared by the parser, the analyzers and the writers.
//!
//! They work on byte ranges of the original text, so callers can always map a
//! sentence back to the words the author wrote.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// Markdown → plain text: one paragraph, heading or list item per line.
///
/// Inline HTML is dropped rather than kept: plain text feeds documents that
/// are later rendered to HTML, and raw HTML from an idea must never get there.
pub fn plain(markdown: &str) -> String {
    let mut plain = Plain::sized_for(markdown);
    for event in Parser::new_ext(markdown, PLAIN_OPTIONS) {
        plain.push(&event);
    }
    plain.finish()
}

/// The Markdown extensions [`plain`] reads.
const PLAIN_OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

/// The Markdown extensions [`text_nodes`] reads.
const TEXT_NODE_OPTIONS: Options = Options::ENABLE_TABLES;

/// The byte ranges of a Markdown text's text nodes outside code blocks and
/// autolinks, in order: where its prose can be (the lint joins and reads
/// them).
pub fn text_nodes(markdown: &str) -> Vec<Range<usize>> {
    let mut nodes = TextNodes::default();
    for (event, range) in Parser::new_ext(markdown, TEXT_NODE_OPTIONS).into_offset_iter() {
        nodes.push(&event, range);
    }
    nodes.ranges
}

/// [`plain`] and [`text_nodes`] of the same text from one Markdown parse,
/// when one parse can answer both: a section is read by the lint and then
/// quoted by the writers, and the parse is most of the cost of either.
///
/// `None` for a text with a "~": only there can the strikethrough that
/// [`plain`] reads (and [`text_nodes`] does not) make the two readings'
/// events differ.
pub(crate) fn plain_and_text_nodes(markdown: &str) -> Option<(String, Vec<Range<usize>>)> {
    if memchr::memchr(b'~', markdown.as_bytes()).is_some() {
        return None;
    }
    let mut plain = Plain::sized_for(markdown);
    let mut nodes = TextNodes::default();
    for (event, range) in Parser::new_ext(markdown, PLAIN_OPTIONS).into_offset_iter() {
        plain.push(&event);
        nodes.push(&event, range);
    }
    Some((plain.finish(), nodes.ranges))
}

/// [`plain`]'s output as the Markdown events arrive.
struct Plain {
    out: String,
}

impl Plain {
    /// The plain text is about as long as the Markdown (its markers go, a
    /// line break or a space is added per block): sized once, not grown.
    fn sized_for(markdown: &str) -> Plain {
        Plain {
            out: String::with_capacity(markdown.len()),
        }
    }

    fn push(&mut self, event: &Event<'_>) {
        let out = &mut self.out;
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Start(Tag::Item) | Event::End(TagEnd::TableCell)
                if !out.is_empty() && !out.ends_with('\n') && !out.ends_with(' ') =>
            {
                out.push(if matches!(event, Event::Start(Tag::Item)) {
                    '\n'
                } else {
                    ' '
                });
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::CodeBlock,
            ) => out.push('\n'),
            _ => {}
        }
    }

    /// Every line trimmed, blank ones dropped.
    fn finish(self) -> String {
        let lines: Vec<&str> = self
            .out
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        lines.join("\n")
    }
}

/// [`text_nodes`]' ranges as the Markdown events arrive.
#[derive(Default)]
struct TextNodes {
    ranges: Vec<Range<usize>>,
    in_code_block: bool,
    in_autolink: bool,
}

impl TextNodes {
    fn push(&mut self, event: &Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => self.in_code_block = true,
            Event::End(TagEnd::CodeBlock) => self.in_code_block = false,
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => self.in_autolink = true,
            Event::End(TagEnd::Link) => self.in_autolink = false,
            Event::Text(_) if !self.in_code_block && !self.in_autolink => self.ranges.push(range),
            _ => {}
        }
    }
}

/// Number of words (runs of alphanumeric characters) in a text.
///
/// The same runs as [`words`], counted without collecting them: the press
/// release counts its whole text after every shortening.
pub fn word_count(text: &str) -> usize {
    // A byte table for ASCII, decoding only other characters; the bytes
    // between words and inside a word are each passed over in a loop of
    // their own, so a byte costs one look-up (this runs on every sentence
    // the lint reads and on the whole press release).
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    loop {
        // Between words: an apostrophe here starts none.
        while let Some(&b) = bytes.get(i) {
            match WORD_CLASS[usize::from(b)] {
                WORD => break,
                WIDE => {
                    let c = char_at(text, i);
                    if c.is_alphanumeric() {
                        break;
                    }
                    i += c.len_utf8();
                }
                _ => i += 1,
            }
        }
        let Some(&first) = bytes.get(i) else {
            return count;
        };
        count += 1;
        i += match WORD_CLASS[usize::from(first)] {
            WIDE => char_at(text, i).len_utf8(),
            _ => 1,
        };
        // Inside a word, which goes on through letters, digits and apostrophes.
        while let Some(&b) = bytes.get(i) {
            match WORD_CLASS[usize::from(b)] {
                WORD | APOSTROPHE => i += 1,
                WIDE => {
                    let c = char_at(text, i);
                    i += c.len_utf8();
                    if !(c.is_alphanumeric() || c == '’') {
                        break;
                    }
                }
                _ => {
                    i += 1;
                    break;
                }
            }
        }
    }
}

/// The character starting at byte `i`, a character boundary.
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// [`word_count`]'s byte classes (the document writers' keyword search
/// reads them too): between words, in a word (an ASCII letter or digit),
/// an apostrophe, or the first byte of a character that is not ASCII. A
/// continuation byte is never looked up.
const GAP: u8 = 0;
pub(crate) const WORD: u8 = 1;
const APOSTROPHE: u8 = 2;
pub(crate) const WIDE: u8 = 3;

pub(crate) const WORD_CLASS: [u8; 256] = {
    let mut t = [GAP; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => WORD,
            b'\'' => APOSTROPHE,
            0x80.. => WIDE,
            _ => GAP,
        };
        b += 1;
    }
    t
};

/// The words of a text with their byte ranges.
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut start = None;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        let part_of_word = c.is_alphanumeric() || (start.is_some() && (c == '\'' || c == '’'));
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out.into_iter().map(move |r| {
        let w = text[r.clone()].trim_end_matches(['\'', '’']);
        (r.start..r.start + w.len(), w)
    })
}

/// Abbreviations whose trailing period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "st", "inc", "ltd", "co", "approx", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.k", "a.m", "p.m", "fig", "est", "corp", "jr", "sr", "mt", "incl", "excl",
];

/// Split text into sentences, as byte ranges (trimmed of spaces).
///
/// A sentence ends at `.`, `!` or `?` followed by a space and not preceded by
/// an abbreviation or a digit-dot-digit pattern, and at a line break that
/// ends a block: a blank line, a list item, a table row, a heading or a
/// "Label:" line (list items and paragraphs are separate thoughts). A line
/// break inside a paragraph is a soft break, as Markdown reads it: prose
/// wrapped at 80 columns keeps its sentences whole.
pub fn markdown_sentence_ranges(text: &str) -> Vec<Range<usize>> {
    split_sentences(text, true)
}

/// Like [`markdown_sentence_ranges`], but every line break ends a sentence:
/// for text that is no longer Markdown (plain text drawn from a list keeps
/// one item per line), and for callers that have already turned soft breaks
/// into spaces and use line breaks as hard separators.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    split_sentences(text, false)
}

fn split_sentences(text: &str, soft_breaks: bool) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in may_end(bytes) {
        let b = bytes[i];
        if b == b'\n' {
            if !(soft_breaks && soft_break(text, i)) {
                push_trimmed(text, start..i, &mut out);
                start = i + 1;
            }
        } else if is_sentence_end(text, i) {
            // Closing quotes and brackets after the mark belong to the
            // sentence they close.
            let end = i + 1 + closers_after(&text.as_bytes()[i + 1..]);
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Whether the line break at `i` only wraps a paragraph: both lines hold
/// prose, the next one opens no block (list item, table row, heading,
/// quote, bold label or "Label:"), and the current one is neither a table
/// row, a heading, a label ending in a colon, nor a list item whose next
/// line is not indented under it.
fn soft_break(text: &str, i: usize) -> bool {
    let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
    let line = text[line_start..i].trim();
    let next_raw = text[i + 1..].split('\n').next().unwrap_or("");
    let next = next_raw.trim_start();
    if line.is_empty() || next.trim_end().is_empty() {
        return false;
    }
    let indented = next_raw.len() > next.len();
    // "… run by operators in the\nEnglish Midlands: people aged 75+" is one
    // sentence wrapped mid-phrase, not a line followed by a "Label:" line.
    let mid_phrase = ends_mid_phrase(line);
    let opens_block = |l: &str| {
        interrupts_paragraph(l, line)
            || l.starts_with(['|', '#', '>', '`'])
            || l.starts_with("**")
            || (label_line(l) && !mid_phrase)
    };
    if opens_block(next) || line.starts_with(['|', '#']) || line.ends_with(':') {
        return false;
    }
    !starts_list_item(line) || indented || continues_paragraph(text, line_start, line)
}

/// "…from March to August\n2026. Sites sampled…": a line that only looks
/// like a list item, because a number other than 1 cannot interrupt the
/// prose line above it, is that paragraph going on.
fn continues_paragraph(text: &str, line_start: usize, line: &str) -> bool {
    let Some(above_end) = line_start.checked_sub(1) else {
        return false;
    };
    let above_start = text[..above_end].rfind('\n').map_or(0, |p| p + 1);
    let above = text[above_start..above_end].trim();
    !above.is_empty() && !above.starts_with(['|', '#']) && !interrupts_paragraph(line, above)
}

/// As CommonMark reads it, only an ordered list that starts at 1 can
/// interrupt a paragraph: "…in\n2024. Since then…" is one paragraph.
fn interrupts_paragraph(next: &str, line: &str) -> bool {
    if !starts_list_item(next) {
        return false;
    }
    let digits: String = next.chars().take_while(char::is_ascii_digit).collect();
    digits.is_empty() || digits == "1" || starts_list_item(line)
}

/// A Markdown table row: a line that opens with "|".
pub(crate) fn table_row(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// The rule under a table's header: "|---|:---:|".
pub(crate) fn table_rule(line: &str) -> bool {
    table_row(line)
        && line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// "- ", "* ", "+ ", "1. ", "2) ": a list item's marker.
pub(crate) fn starts_list_item(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() >= 2 && matches!(b[0], b'-' | b'*' | b'+') && b[1] == b' ' {
        return true;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && b.len() > digits + 1 && matches!(b[digits], b'.' | b')') && b[digits + 1] == b' '
}

/// Whether a line stops on a word that cannot end a phrase ("the", "of",
/// "and"): the text goes on in the next line.
fn ends_mid_phrase(line: &str) -> bool {
    const OPEN: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from",
        "into", "our", "their", "its", "his", "her", "your", "my",
    ];
    line.rsplit(' ')
        .next()
        .is_some_and(|w| OPEN.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// "Price: £5", "Launch date: May": a short capitalised label and a colon
/// open a line of their own.
fn label_line(line: &str) -> bool {
    let Some(colon) = line.find(':') else {
        return false;
    };
    let label = &line[..colon];
    line.starts_with(|c: char| c.is_uppercase())
        && label.split_whitespace().count() <= 4
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\'')
}

/// Where the bytes [`sentence_ranges`] looks at are, in order: a line
/// break, `.`, `!` and `?`.
///
/// Most bytes end nothing, and every section is split three times per idea
/// (by the analyzers, the lint and the writers), so they are found with
/// `memchr`'s vectorised searches (line breaks, and the three marks) merged
/// in order, rather than by testing every byte.
fn may_end(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut lines = memchr::memchr_iter(b'\n', bytes).peekable();
    let mut marks = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
    std::iter::from_fn(move || match (lines.peek(), marks.peek()) {
        (Some(l), Some(m)) if m < l => marks.next(),
        (Some(_), _) => lines.next(),
        (None, _) => marks.next(),
    })
}

fn is_sentence_end(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    // Closing quotes or brackets may follow the mark.
    let j = i + 1 + closers_after(&bytes[i + 1..]);
    if j < bytes.len() && !bytes[j].is_ascii_whitespace() {
        return false; // "3.5", "e.g.x", "example.com"
    }
    if bytes[i] != b'.' {
        // A quoted question or exclamation inside a sentence: in `the "is it
        // ready yet?" calls` the quote closes and the sentence goes on in
        // lowercase.
        let quoted = bytes[i + 1..j].iter().any(|b| matches!(b, b'"' | b'\''));
        // Inside a quotation that is still open, as in `a "rainy day? text
        // us" card` or `"puncture? £6"`, the question is the quote's, and
        // the sentence goes on unless a capital opens a new one. A quote
        // that closes right after the mark (`"Would you book?" 70 said
        // yes`) is open no longer.
        let lowercase_next = next_word_is_lowercase(&bytes[j..]);
        let open_quote =
            !quoted && !next_word_is_uppercase(&bytes[j..]) && inside_open_quote(text, i);
        return !((lowercase_next && quoted) || open_quote);
    }
    let before = &text[..i];
    // The boundary may be a several-byte space (U+0085, U+3000): step over
    // the whole character, never into it.
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || *c == '(')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    if list_marker(text, word_start, word) {
        return false; // "1. Call the depot": the item's number, not its end.
    }
    if word.is_ascii() {
        // The common case, without a lowercased copy per full stop: the
        // abbreviations are lowercase ASCII, so an ASCII-case-blind
        // comparison is exactly "lowercase, then compare".
        let initial = word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic();
        // No abbreviation is longer than six letters ("approx"): a longer
        // word, the usual case, needs no comparison.
        let abbreviation =
            word.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
        // "…contacting minors etc. We'd need…": a list's "etc." closes the
        // sentence when the next word opens a new one.
        // So does "incl." or "excl." at the end of a fragment.
        let closing_etc = ["etc", "incl", "excl"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            && next_word_is_uppercase(&bytes[j..]);
        // "No." shortens "number" only before one ("No. 4 platform"); "they
        // might say no. The sensors…" is the answer no, ending its sentence.
        let answer_no = word.eq_ignore_ascii_case("no")
            && !first_non_blank(&bytes[j..]).is_some_and(u8::is_ascii_digit);
        return !initial && (!abbreviation || closing_etc || answer_no);
    }
    let word = word.to_lowercase();
    // A lone letter before the period is an initial ("J. Smith").
    let initial = word.len() == 1 && word.chars().all(char::is_alphabetic);
    !ABBREVIATIONS.contains(&word.as_str()) && !initial
}

/// Whether `word` (ending just before a full stop) is an ordered list's
/// number: digits alone at the start of a line that opens a list item
/// rather than wrapping the prose above it ("…in\n2024. Since then").
fn list_marker(text: &str, word_start: usize, word: &str) -> bool {
    if word.is_empty() || word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let line_start = text[..word_start].rfind('\n').map_or(0, |p| p + 1);
    if !text[line_start..word_start].trim().is_empty() {
        return false;
    }
    let line = text[line_start..].split('\n').next().unwrap_or("").trim();
    starts_list_item(line) && !continues_paragraph(text, line_start, line)
}

/// How many closing quotes, brackets or emphasis marks open `rest`.
fn closers_after(rest: &[u8]) -> usize {
    rest.iter()
        .take_while(|b| matches!(b, b'"' | b'\'' | b')' | b']' | b'*' | b'_'))
        .count()
}

/// Whether `i` sits inside a quotation opened earlier on its line and not
/// yet closed: an odd number of straight double quotes, or more opening
/// curly quotes than closing ones.
fn inside_open_quote(text: &str, i: usize) -> bool {
    let line = &text[text[..i].rfind('\n').map_or(0, |p| p + 1)..i];
    let straight = line.bytes().filter(|&b| b == b'"').count();
    straight % 2 == 1 || line.matches('\u{201c}').count() > line.matches('\u{201d}').count()
}

/// Whether the first non-blank byte is an uppercase ASCII letter.
fn next_word_is_uppercase(rest: &[u8]) -> bool {
    first_non_blank(rest).is_some_and(u8::is_ascii_uppercase)
}

/// Whether the first non-blank byte is a lowercase ASCII letter.
fn next_word_is_lowercase(rest: &[u8]) -> bool {
    first_non_blank(rest).is_some_and(u8::is_ascii_lowercase)
}

fn first_non_blank(rest: &[u8]) -> Option<&u8> {
    rest.iter().find(|b| !b.is_ascii_whitespace())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        let s = range.start + lead;
        out.push(s..s + trimmed.len());
    }
}

/// The sentences of a text as string slices.
pub fn sentences(text: &str) -> Vec<&str> {
    sentence_ranges(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

/// The first sentence of a text, or "" for an empty text.
pub fn first_sentence(text: &str) -> String {
    sentences(text)
        .first()
        .map(|s| s.to_string())
        .unwrap_or_default()
}

/// Whether the character starting at byte `i` (a character boundary) is
/// white space, and its length. Only a few lead bytes can start non-ASCII
/// white space (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000), so other
/// bytes are never decoded.
pub(crate) fn white_space_at(s: &str, i: usize) -> (bool, usize) {
    match s.as_bytes()[i] {
        b @ 0..0x80 => (matches!(b, b'\t'..=b'\r' | b' '), 1),
        0xC2 | 0xE1..=0xE3 => {
            let c = s[i..].chars().next().unwrap_or('x');
            (c.is_whitespace(), c.len_utf8())
        }
        b => (
            false,
            usize::from(b >= 0xC0) + usize::from(b >= 0xE0) + usize::from(b >= 0xF0) + 1,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// One parse for both readings gives what each reading gives alone,
        /// and declines only a text with a "~".
        #[test]
        fn one_parse_reads_as_two(text in "[a `*_~<>|#:/.\n-]{0,60}|(- a\n|1. b\n|```\nc\n```\n|<http://x.y> |<a@b.c> |\\| a \\| b \\|\n\\|---\\|---\\|\n|> q\n|~~s~~ |\n\n){0,8}") {
            match plain_and_text_nodes(&text) {
                Some((plain_text, nodes)) => {
                    proptest::prop_assert_eq!(plain_text, plain(&text));
                    proptest::prop_assert_eq!(nodes, text_nodes(&text));
                }
                None => proptest::prop_assert!(text.contains('~')),
            }
        }

        /// The merged searches find exactly the bytes a byte-by-byte scan would.
        #[test]
        fn may_end_finds_every_candidate_in_order(text in "[a.!?\n é]{0,40}") {
            let scan: Vec<usize> = text
                .bytes()
                .enumerate()
                .filter(|(_, b)| matches!(b, b'\n' | b'.' | b'!' | b'?'))
                .map(|(i, _)| i)
                .collect();
            proptest::prop_assert_eq!(may_end(text.as_bytes()).collect::<Vec<_>>(), scan);
        }
    }

    #[test]
    fn plain_strips_markdown_and_keeps_items_apart() {
        let md = "Some **bold** text and a [link](http://x).\n\n- one\n- two <b>html</b>";
        assert_eq!(plain(md), "Some bold text and a link.\none\ntwo html");
    }

    #[test]
    fn a_wrapped_paragraph_keeps_its_sentences_whole_but_blocks_still_split() {
        let sentences = |t: &'static str| -> Vec<&'static str> {
            markdown_sentence_ranges(t)
                .into_iter()
                .map(|r| &t[r])
                .collect()
        };
        assert_eq!(
            sentences("The owner does not spend the\nevening rescheduling. Then\nshe sleeps."),
            [
                "The owner does not spend the\nevening rescheduling.",
                "Then\nshe sleeps."
            ]
        );
        assert_eq!(sentences("- one\n- two"), ["- one", "- two"]);
        // A several-byte space before a full stop must not split a character.
        assert!(sentences("\u{1b}\u{85}.\t").is_empty());
        assert_eq!(
            sentences("Done\u{3000}now. Next"),
            ["Done\u{3000}now.", "Next"]
        );
        assert_eq!(
            sentences("It started in\n2024. Since then it grew."),
            ["It started in\n2024.", "Since then it grew."]
        );
        // The line that only looks like an item wraps on as prose too.
        assert_eq!(
            sentences("It ran from March to\n2026. Then 71 of 85 people used\nit every week."),
            [
                "It ran from March to\n2026.",
                "Then 71 of 85 people used\nit every week."
            ]
        );
        assert_eq!(
            sentences("1. Call the depot.\n2. Wait.\n\n10. Done"),
            ["1. Call the depot.", "2. Wait.", "10. Done"]
        );
        assert_eq!(
            sentences("1) one\n2) two wraps\nthree"),
            ["1) one", "2) two wraps", "three"]
        );

        assert_eq!(
            sentences("Contacting minors etc. We need the FA. Pens, ink etc. are cheap."),
            [
                "Contacting minors etc.",
                "We need the FA.",
                "Pens, ink etc. are cheap."
            ]
        );
        assert_eq!(
            sentences("Price: £5\nLaunch: May"),
            ["Price: £5", "Launch: May"]
        );
        // A line that stops on "the" goes on, even into words and a colon.
        assert_eq!(
            sentences("Run by operators in the\nEnglish Midlands: people aged 75+."),
            ["Run by operators in the\nEnglish Midlands: people aged 75+."]
        );
        assert_eq!(sentences("Risks\n\nNone"), ["Risks", "None"]);
        assert_eq!(
            sentences("| a | b |\n| c | d |"),
            ["| a | b |", "| c | d |"]
        );
        assert_eq!(
            sentences("- a long item that\n  wraps under itself"),
            ["- a long item that\n  wraps under itself"]
        );
    }

    #[test]
    fn a_quoted_question_inside_a_sentence_does_not_end_it() {
        assert_eq!(
            sentences("They get the \"is it ready yet?\" calls. Then they ring back."),
            [
                "They get the \"is it ready yet?\" calls.",
                "Then they ring back."
            ]
        );
        assert_eq!(
            sentences("She asked \"why?\" Nobody knew."),
            ["She asked \"why?\"", "Nobody knew."]
        );
    }

    #[test]
    fn incl_and_excl_are_abbreviations_unless_a_sentence_follows() {
        assert_eq!(
            sentences("Takes 2 h incl. waiting at the mill. Then home."),
            ["Takes 2 h incl. waiting at the mill.", "Then home."]
        );
        assert_eq!(
            sentences("Price is fixed, VAT excl. Delivery is extra."),
            ["Price is fixed, VAT excl.", "Delivery is extra."]
        );
    }

    #[test]
    fn a_question_inside_an_open_quote_does_not_end_the_sentence() {
        assert_eq!(
            sentences("We left a \"lost your key? ring us\" card in 40 flats: 9 rang. Next."),
            [
                "We left a \"lost your key? ring us\" card in 40 flats: 9 rang.",
                "Next."
            ]
        );
        assert_eq!(
            sentences("The sign says \u{201c}full? come back\u{201d} and they do. Then more."),
            [
                "The sign says \u{201c}full? come back\u{201d} and they do.",
                "Then more."
            ]
        );
        assert_eq!(
            sentences("A sign saying \"flat? £5 a tyre\" brought 12 riders. Next."),
            [
                "A sign saying \"flat? £5 a tyre\" brought 12 riders.",
                "Next."
            ]
        );
        // A quoted question that closes before a figure ends its sentence:
        // the figure opens the next one.
        assert_eq!(
            sentences("We asked: \"Would you pay?\" 40 of 60 said yes."),
            ["We asked: \"Would you pay?\"", "40 of 60 said yes."]
        );
        // A closed quote before the question changes nothing.
        assert_eq!(
            sentences("I said \"no\" twice. Why? nobody asked."),
            ["I said \"no\" twice.", "Why?", "nobody asked."]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_decimals() {
        let s = sentences("We met Dr. Lee at 3.5 p.m. today. It went well! Next step?");
        assert_eq!(
            s,
            vec![
                "We met Dr. Lee at 3.5 p.m. today.",
                "It went well!",
                "Next step?"
            ]
        );
    }

    #[test]
    fn no_is_a_number_only_before_one() {
        assert_eq!(
            sentences("The landlord could say no. The lifts are old. Wait at No. 4 stand."),
            vec![
                "The landlord could say no.",
                "The lifts are old.",
                "Wait at No. 4 stand."
            ]
        );
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_shortcut_allows() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 6));
    }

    #[test]
    fn abbreviations_and_initials_in_any_case_do_not_end_a_sentence() {
        assert_eq!(
            sentences("See DR. Lee. J. Smith came. Fine."),
            vec!["See DR. Lee.", "J. Smith came.", "Fine."]
        );
        // Non-ASCII words take the lowercasing path: the Kelvin sign
        // lowercases to "k", so "U.\u{212A}." is "u.k." and no end; an
        // initial is one byte long, so "Ö." ends a sentence.
        assert_eq!(
            sentences("In the U.\u{212A}. it rains. Ö. Then."),
            vec!["In the U.\u{212A}. it rains.", "Ö.", "Then."]
        );
    }

    proptest::proptest! {
        /// Counting without collecting finds as many words as [`words`].
        #[test]
        fn word_count_counts_the_words(text in "[a1 '’é.İ-]{0,30}") {
            proptest::prop_assert_eq!(word_count(&text), words(&text).count());
        }
    }

    #[test]
    fn words_keep_apostrophes_inside() {
        let w: Vec<&str> = words("they don't, 'really'").map(|(_, w)| w).collect();
        assert_eq!(w, vec!["they", "don't", "really"]);
    }
}
