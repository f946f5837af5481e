//! Compiling the rubric's patterns, cheaply: the analyzers' lexicons and the
//! parser's cues for a letter's steps (see `model::letter`) alike.
//!
//! The analyzers hold a few thousand small patterns, compiled once per
//! process on first use. Their compilation is most of a command's start-up,
//! so how a pattern is handed to the regex crate matters: the rewrites here
//! keep what a pattern matches and drop the Unicode tables it would
//! otherwise drag in.

use regex::Regex;

/// Compile a rubric pattern: case-insensitive, any run of whitespace where
/// the pattern has a space, either apostrophe where it has `'`, and none
/// at all in "n't".
///
/// Patterns are constants written by us, so a compile failure is a bug that
/// the unit tests catch; it still must not panic at run time, so a broken
/// pattern degrades to one that never matches.
pub(crate) fn re(pattern: &str) -> Regex {
    let flexible = flexible(pattern);
    // `(?i)` folds through Unicode's case tables, and case-insensitive
    // matching is about a third of compiling all the patterns. Spelling each
    // ASCII letter as a class (`[kK]`) instead was measured: it compiled and
    // searched slower, because the crate's literal optimisations know `(?i)`.
    match Regex::new(&format!("(?i){flexible}")) {
        Ok(r) => r,
        // A programmer error in a constant pattern: loud in tests and debug
        // builds, harmless (never matches) in a release build.
        Err(e) if cfg!(debug_assertions) => panic!("bad rubric pattern {pattern:?}: {e}"),
        Err(_) => never(),
    }
}

/// The rubric's pattern shorthand spelled out for the regex crate.
fn flexible(pattern: &str) -> String {
    // An ASCII word boundary keeps the regex crate on its fast DFA even on
    // text with curly quotes and dashes (a Unicode `\b` makes it fall back to
    // a much slower engine as soon as it meets a non-ASCII byte).
    // People drop the apostrophe of a negation ("havent", "dont", "cant"):
    // "n't" in a pattern also matches "nt". Other contractions keep theirs,
    // because "we'll" without it is "well".
    let flexible = pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(" ?", r"\s*")
        .replace(' ', r"\s+")
        .replace("n't", "n\u{0}t")
        .replace('\'', "['’]")
        .replace('\u{0}', "['’]?");
    ascii_words(&flexible)
}

/// `\w`, `\W` and `\d` as ASCII classes (`\w` and `\d` inside brackets
/// too; a `\W` inside brackets is left alone).
///
/// A Unicode `\w` under `(?i)` is a class of some 140,000 code points, and
/// hundreds of patterns use it: compiling them all took most of a command's
/// start-up (about 0.35 s). Ideas are matched on English words, so the ASCII
/// class finds the same words at a fraction of the cost. The same holds for
/// `\W` (its complement) and `\d` (Unicode has hundreds of decimal digits; the
/// numbers the rubric reads are written with ten, and the analyzers parse
/// what they capture as ASCII anyway): together these two were another
/// fifth of the start-up, with the eval output of every labelled set
/// unchanged.
fn ascii_words(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if in_class => out.push_str("0-9A-Za-z_"),
                Some('w') => out.push_str("[0-9A-Za-z_]"),
                Some('d') if in_class => out.push_str("0-9"),
                Some('d') => out.push_str("[0-9]"),
                Some('W') if !in_class => out.push_str("[^0-9A-Za-z_]"),
                Some(next) => {
                    out.push('\\');
                    out.push(next);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A `]` or `^]` right after the opening bracket is a literal.
                for _ in 0..2 {
                    match chars.clone().next() {
                        Some(n @ (']' | '^')) => {
                            out.push(n);
                            chars.next();
                            if n == ']' {
                                break;
                            }
                        }
                        _ => break,
                    }
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn never() -> Regex {
    // `[^\s\S]` matches nothing; this literal pattern always compiles.
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("constant pattern"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_and_digit_classes_become_ascii_inside_and_outside_brackets() {
        assert_eq!(ascii_words(r"\w+"), "[0-9A-Za-z_]+");
        assert_eq!(ascii_words(r"[\w-]+"), "[0-9A-Za-z_-]+");
        assert_eq!(ascii_words(r"[^\w]"), "[^0-9A-Za-z_]");
        assert_eq!(ascii_words(r"[]\w]\.\W"), "[]0-9A-Za-z_]\\.[^0-9A-Za-z_]");
        assert_eq!(ascii_words(r"\d[\d,.]*"), "[0-9][0-9,.]*");
        assert_eq!(ascii_words(r"[^\W\d]"), "[^\\W0-9]");
        // Arabic-Indic digits are not the numbers the rubric reads.
        assert!(!re(r"^\d+$").is_match("\u{663}\u{664}"));
        assert!(re(r"\bcost(?:s|ly)? [\w-]+\b").is_match("It costs forty-two"));
    }
}
