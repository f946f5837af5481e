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
    small_word_classes(&flexible)
}

/// `\w`, `\W` and `\d` as small classes (`\w` and `\d` inside brackets
/// too; a `\W` inside brackets is left alone).
///
/// A Unicode `\w` under `(?i)` is a class of some 140,000 code points, and
/// hundreds of patterns use it: compiling them all took most of a command's
/// start-up (about 0.35 s). Ideas are matched on English words, so ASCII
/// and the accented Latin letters English borrows ("café", "Zürich") find
/// the same words at a fraction of the cost. (ASCII alone missed "the café
/// operator" as a word before "operator".) The same holds for
/// `\W` (its complement) and `\d` (Unicode has hundreds of decimal digits; the
/// numbers the rubric reads are written with ten, and the analyzers parse
/// what they capture as ASCII anyway): together these two were another
/// fifth of the start-up, with the eval output of every labelled set
/// unchanged.
fn small_word_classes(pattern: &str) -> String {
    /// The letters a word is made of: ASCII, and the accented Latin letters
    /// of Latin-1 and Latin Extended-A/B (U+00C0 to U+024F, without × and
    /// ÷), so "café", "Zürich" and "São" are words; three ranges cost
    /// nothing to compile, unlike Unicode's whole class. Curly quotes and
    /// dashes lie far above them and stay outside a word.
    const WORD_CHARS: &str = "0-9A-Za-z_\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}";
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if in_class => out.push_str(WORD_CHARS),
                Some('w') => {
                    out.push('[');
                    out.push_str(WORD_CHARS);
                    out.push(']');
                }
                Some('d') if in_class => out.push_str("0-9"),
                Some('d') => out.push_str("[0-9]"),
                Some('W') if !in_class => {
                    out.push_str("[^");
                    out.push_str(WORD_CHARS);
                    out.push(']');
                }
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
    fn word_and_digit_classes_become_small_classes_inside_and_outside_brackets() {
        const W: &str = "0-9A-Za-z_\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}";
        assert_eq!(small_word_classes(r"\w+"), format!("[{W}]+"));
        assert_eq!(small_word_classes(r"[\w-]+"), format!("[{W}-]+"));
        assert_eq!(small_word_classes(r"[^\w]"), format!("[^{W}]"));
        assert_eq!(small_word_classes(r"[]\w]\.\W"), format!("[]{W}]\\.[^{W}]"));
        assert_eq!(small_word_classes(r"\d[\d,.]*"), "[0-9][0-9,.]*");
        assert_eq!(small_word_classes(r"[^\W\d]"), "[^\\W0-9]");
        // Arabic-Indic digits are not the numbers the rubric reads.
        assert!(!re(r"^\d+$").is_match("\u{663}\u{664}"));
        assert!(re(r"\bcost(?:s|ly)? [\w-]+\b").is_match("It costs forty-two"));
        // Accented Latin letters are part of a word; curly quotes and
        // dashes are not.
        assert!(re(r"^the [\w-]+ operator$").is_match("the café operator"));
        assert!(re(r"^\w+$").is_match("Zürich"));
        assert!(!re(r"^\w+$").is_match("it’s"));
        assert!(!re(r"^\w+$").is_match("a—b"));
    }
}
