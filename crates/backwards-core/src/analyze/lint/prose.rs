//! Which bytes of a Markdown text are prose, which are quoted speech, and
//! where its sentences are.
//!
//! Everything here returns byte ranges of the text it was given, never a
//! rewritten copy, so that a finding can always point at the author's own
//! words.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::text;

/// Bare URLs and e-mail addresses: prose to Markdown, but not words.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    // A constant pattern: it compiles or the unit tests fail.
    // ASCII word boundaries keep the regex on its fast DFA (see lexicon.rs).
    Regex::new(r"(?i)(?-u:\b)(?:https?://|www\.)\S+|(?-u:\b)[\w.+-]+@[\w-]+\.[\w.]+")
        .expect("constant regex")
});

/// The prose of a Markdown text: the ranges of its text nodes, joined across
/// soft line breaks, without code, raw HTML, autolinks or bare URLs.
pub(super) fn prose_ranges(markdown: &str) -> Vec<Range<usize>> {
    prose_in(markdown, &text::text_nodes(markdown))
}

/// [`prose_ranges`] from the text nodes of `markdown` ([`text::text_nodes`]),
/// read already: a section's are read once for the lint and the writers.
pub(super) fn prose_in(markdown: &str, text_nodes: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for range in text_nodes {
        push_joined(markdown, range.clone(), &mut out);
    }
    out.into_iter()
        .flat_map(|r| without_urls(markdown, r))
        .collect()
}

/// True when one of the (sorted, disjoint) prose ranges holds all of `span`.
pub(super) fn covers(prose: &[Range<usize>], span: Range<usize>) -> bool {
    let i = prose.partition_point(|r| r.end < span.end);
    prose
        .get(i)
        .is_some_and(|r| r.start <= span.start && span.end <= r.end)
}

/// Append a text range, merging it with the previous one when only spaces
/// or a line break sit between them, so phrases survive line wrapping.
fn push_joined(markdown: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    if let Some(last) = out.last_mut() {
        let gap = markdown.get(last.end..range.start).unwrap_or("x");
        if last.end <= range.start
            && gap.chars().all(char::is_whitespace)
            && gap.matches('\n').count() <= 1
        {
            last.end = range.end;
            return;
        }
    }
    out.push(range);
}

/// Cut bare URLs and e-mail addresses out of a range.
fn without_urls(markdown: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let slice = &markdown[range.clone()];
    if !slice.is_empty() && !may_hold_url(slice) {
        return vec![range];
    }
    let mut out = Vec::new();
    let mut start = range.start;
    for m in URL.find_iter(slice) {
        if range.start + m.start() > start {
            out.push(start..range.start + m.start());
        }
        start = range.start + m.end();
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

/// Whether [`URL`] could match in a text: every match holds "://", "@" or
/// "www." (in any case: `w` has no other case form), and most prose has
/// none of them, so a byte search spares the regex search.
fn may_hold_url(text: &str) -> bool {
    // Each test jumps from one candidate byte to the next with `memchr`:
    // colons and full stops are rare enough that this costs a fraction of
    // looking at every byte.
    let b = text.as_bytes();
    memchr::memchr(b'@', b).is_some()
        || memchr::memchr_iter(b':', b).any(|i| b[i + 1..].starts_with(b"//"))
        || memchr::memchr_iter(b'.', b).any(|i| i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www"))
}

/// Quoted speech: the ranges between “curly” or "straight" quotation marks.
///
/// An unclosed quote ends at the next blank line, so one stray mark cannot
/// silence the rest of the file.
pub(super) fn quote_ranges(text: &str) -> Vec<Range<usize>> {
    // Byte by byte: every mark that matters is ASCII or starts with the
    // byte 0xE2, which is never part of another character.
    const OPENING: &[u8] = "“".as_bytes();
    const CLOSING: &[u8] = "”".as_bytes();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Where the open quote started, and whether it is a curly one.
    let mut open: Option<(usize, bool)> = None;
    // The last character other than '\r' was a line break (a blank line
    // when another one follows).
    let mut after_break = true;
    let mut i = 0;
    while i < bytes.len() {
        // Any other byte only ends a run of line breaks: skip to the next
        // one that matters (most of a text).
        // `memchr` finds the next line break, quote or 0xE2; a carriage
        // return only matters when nothing else came before it.
        let rest = &bytes[i..];
        match memchr::memchr3(b'\n', b'"', 0xE2, rest) {
            Some(skip) => {
                if !rest[..skip].iter().all(|&b| b == b'\r') {
                    after_break = false;
                }
                i += skip;
            }
            None => break,
        }
        let b = bytes[i];
        match b {
            b'\n' => {
                if after_break && let Some((start, _)) = open.take() {
                    out.push(start..i);
                }
                after_break = true;
            }
            b'\r' => {}
            b'"' => {
                match open {
                    None => open = Some((i, false)),
                    Some((start, false)) => {
                        out.push(start..i + 1);
                        open = None;
                    }
                    Some(_) => {}
                }
                after_break = false;
            }
            0xE2 => {
                let rest = &bytes[i..];
                match open {
                    None if rest.starts_with(OPENING) => open = Some((i, true)),
                    Some((start, true)) if rest.starts_with(CLOSING) => {
                        out.push(start..i + CLOSING.len());
                        open = None;
                    }
                    _ => {}
                }
                after_break = false;
            }
            _ => after_break = false,
        }
        i += 1;
    }
    if let Some((start, _)) = open {
        out.push(start..text.len());
    }
    out
}

/// The sentences of a Markdown text, as byte ranges of it.
///
/// Lines wrapped inside a paragraph are joined (a sentence may span lines),
/// while list items, headings, quotes and table cells stay separate.
pub(super) fn sentences(markdown: &str) -> Vec<Range<usize>> {
    text::sentence_ranges(&joined_view(markdown))
}

/// A copy of the text of the same byte length, in which soft line breaks
/// are spaces and table cell borders are line breaks: the shape the
/// sentence splitter understands.
fn joined_view(markdown: &str) -> String {
    let lines: Vec<&str> = markdown.split('\n').collect();
    let mut out = String::with_capacity(markdown.len());
    for (i, line) in lines.iter().enumerate() {
        if line.trim_start().starts_with('|') {
            out.push_str(&line.replace('|', "\n"));
        } else if let Some(dot) = ordered_marker_dot(line) {
            // "12. Item": the dot is a list marker, not a sentence end.
            out.push_str(&line[..dot]);
            out.push(' ');
            out.push_str(&line[dot + 1..]);
        } else {
            out.push_str(line);
        }
        if let Some(next) = lines.get(i + 1) {
            let joins = !line.trim().is_empty()
                && !line.trim_start().starts_with(['#', '|'])
                && !next.trim().is_empty()
                && !starts_block(next);
            out.push(if joins { ' ' } else { '\n' });
        }
    }
    out
}

/// The byte index of the dot in an ordered-list marker ("12. "), if the
/// line starts with one.
fn ordered_marker_dot(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    let digits = line[lead..]
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    let dot = lead + digits;
    (digits > 0 && line[dot..].starts_with(". ")).then_some(dot)
}

/// True when a line opens a new Markdown block (a list item, heading,
/// quote, table row or fence) rather than continuing a paragraph.
fn starts_block(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with(['#', '>', '|', '`', '~']) || text::starts_list_item(t)
}

/// A sentence range without the list, quote or heading marker it starts
/// with ("- ", "1. ", "> ", "## "), so a finding marks words only.
pub(super) fn without_marker(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let mut rest = slice.trim_start_matches(['#', '>', ' ']);
    for marker in ["- ", "* ", "+ "] {
        if let Some(r) = rest.strip_prefix(marker) {
            rest = r;
        }
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && (rest[digits..].starts_with(". ") || rest[digits..].starts_with(") ")) {
        rest = &rest[digits + 2..];
    }
    let rest = rest.trim_start();
    range.end - rest.len()..range.end
}

/// Words in a span of text, as the sentence rule counts them: the same
/// count as [`text::word_count`] (a word starts at a letter or digit and
/// goes on through letters, digits and apostrophes), without collecting the
/// words, since it runs on every sentence of every section.
pub(super) fn word_count(text: &str) -> usize {
    text::word_count(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slices<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn prose_skips_code_urls_and_html() {
        let md =
            "Very `very` fast, see https://very.example/x and <b>very</b>.\n\n```\nvery\n```\n";
        let got = slices(md, &prose_ranges(md));
        assert!(
            got.iter()
                .all(|s| !s.contains('`') && !s.contains("example")),
            "{got:?}"
        );
        assert_eq!(
            got.iter()
                .filter(|s| s.to_lowercase().contains("very"))
                .count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn only_w_and_capital_w_match_a_case_insensitive_w() {
        // `may_hold_url` looks for "www." by ASCII case only.
        let w = Regex::new("(?i)^w$").expect("constant regex");
        let others: Vec<char> = ('\0'..=char::MAX)
            .filter(|c| w.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(others, vec!['W', 'w']);
    }

    proptest::proptest! {
        /// The byte test in front of the URL search never changes its result.
        #[test]
        fn the_url_guard_agrees_with_the_search(text in "(?:www\\.|wWw\\.|https?://|://|http\u{17f}:|@|x@y\\.z|[a .:/wW@é]){0,12}") {
            let unguarded: Vec<Range<usize>> = {
                let mut out = Vec::new();
                let mut start = 0;
                for m in URL.find_iter(&text) {
                    if m.start() > start {
                        out.push(start..m.start());
                    }
                    start = m.end();
                }
                if start < text.len() {
                    out.push(start..text.len());
                }
                out
            };
            proptest::prop_assert_eq!(without_urls(&text, 0..text.len()), unguarded);
        }
    }

    #[test]
    fn covers_needs_one_range_to_hold_the_whole_span() {
        let prose = [0..5, 10..20];
        assert!(covers(&prose, 1..4) && covers(&prose, 10..20));
        assert!(!covers(&prose, 4..11) && !covers(&prose, 6..8) && !covers(&prose, 19..21));
    }

    #[test]
    fn prose_joins_wrapped_lines() {
        let md = "It is nearly\nall of them.";
        assert_eq!(slices(md, &prose_ranges(md)), vec![md]);
    }

    #[test]
    fn quotes_close_or_stop_at_a_blank_line() {
        let text = "He said “great” and \"fine\".\n\nA \"stray\n\nquote";
        assert_eq!(
            slices(text, &quote_ranges(text)),
            vec!["“great”", "\"fine\"", "\"stray\n"]
        );
    }

    #[test]
    fn a_blank_line_with_carriage_returns_stops_an_open_quote() {
        let text = "a “b\r\n\r\nc ”d” and ”e”";
        assert_eq!(slices(text, &quote_ranges(text)), vec!["“b\r\n\r"]);
        let text = "x \"y\r\nz\" “w”";
        assert_eq!(slices(text, &quote_ranges(text)), vec!["\"y\r\nz\"", "“w”"]);
    }

    #[test]
    fn sentences_span_wrapped_lines_but_not_list_items() {
        let md = "One sentence\nwrapped here. Two.\n- item one\n- item two";
        assert_eq!(
            slices(md, &sentences(md)),
            vec![
                "One sentence\nwrapped here.",
                "Two.",
                "- item one",
                "- item two"
            ]
        );
    }

    #[test]
    fn markers_are_not_part_of_a_sentence() {
        let md = "- item one\n12. item two\n## Title";
        let got: Vec<&str> = sentences(md)
            .into_iter()
            .map(|r| &md[without_marker(md, r)])
            .collect();
        assert_eq!(got, vec!["item one", "item two", "Title"]);
    }

    #[test]
    fn word_count_agrees_with_the_model() {
        for t in [
            "",
            "one",
            "It’s 3 o'clock, isn't it?",
            "  don''t  ’quoted’ x-ray  naïve 12.5% ",
            "'lead 'apostrophes' and trailing'",
        ] {
            assert_eq!(word_count(t), text::word_count(t), "{t:?}");
        }
    }

    /// `quote_ranges` as it was written first, byte by byte, for the
    /// property test below.
    fn quote_ranges_byte_by_byte(text: &str) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut open: Option<(usize, bool)> = None;
        let mut after_break = true;
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'\n' => {
                    if after_break && let Some((start, _)) = open.take() {
                        out.push(start..i);
                    }
                    after_break = true;
                }
                b'\r' => {}
                b'"' => {
                    match open {
                        None => open = Some((i, false)),
                        Some((start, false)) => {
                            out.push(start..i + 1);
                            open = None;
                        }
                        Some(_) => {}
                    }
                    after_break = false;
                }
                0xE2 => {
                    let rest = &bytes[i..];
                    match open {
                        None if rest.starts_with("“".as_bytes()) => open = Some((i, true)),
                        Some((start, true)) if rest.starts_with("”".as_bytes()) => {
                            out.push(start..i + 3);
                            open = None;
                        }
                        _ => {}
                    }
                    after_break = false;
                }
                _ => after_break = false,
            }
        }
        if let Some((start, _)) = open {
            out.push(start..text.len());
        }
        out
    }

    proptest::proptest! {
        /// Skipping to the bytes that matter finds the same quotes.
        #[test]
        fn quote_ranges_skip_nothing_that_matters(text in "[a \n\r\"“”’…]{0,40}") {
            proptest::prop_assert_eq!(quote_ranges(&text), quote_ranges_byte_by_byte(&text));
        }
    }

    #[test]
    fn table_cells_are_separate_sentences() {
        let md = "| a b | c d |\n|---|---|";
        assert_eq!(slices(md, &sentences(md)), vec!["a b", "c d"]);
    }
}
