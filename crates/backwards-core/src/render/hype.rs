//! "Does this sentence use a hype word?", answered cheaply for the many
//! sentences that plainly do not.
//!
//! The writers leave out every sentence the writing lint flags for hype.
//! Running the whole lint (a Markdown parse, five regexes and a findings
//! list) on each sentence of the idea was a fifth of the cost of writing the
//! documents, while most sentences contain no word of the hype lexicon at
//! all. So a sentence is first checked for the *first word* of each hype
//! phrase; only a sentence that has one goes on to the lint, which keeps the
//! final say. The shortcut can say "maybe" too often, never "no" wrongly:
//! every lint hit starts with one of these words.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::analyze::lint;

/// The first word of each phrase of the hype lexicon, lowercase: "game" for
/// "game-changing", "excited" for "excited to announce".
///
/// Read from the same file the lint compiles, with the same rules (one
/// phrase per line, `#` comments), so a word added there is seen here.
fn first_words() -> Vec<String> {
    let mut words: Vec<String> = include_str!("../../lexicons/hype.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split(|c: char| c.is_whitespace() || c == '-').next())
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The first words as one automaton: a sentence is searched once for all
/// of them, ASCII letters in either case.
///
/// The words are lowercase, so matching them ASCII-case-insensitively finds
/// exactly what searching an ASCII-lowercased copy of the sentence would.
/// Should the automaton fail to build (it cannot for a list of words), every
/// sentence goes to the lint, which is slower and still right.
static FIRST_WORDS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        // A full DFA and no prefilter: a few dozen short words make a small
        // DFA, and on sentences this short a prefilter's start-up costs
        // more than walking the DFA over every byte.
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(first_words())
        .ok()
});

/// True when the writing lint finds no hype word in the sentence.
pub(crate) fn is_clean(sentence: &str) -> bool {
    !might_have_hype(sentence)
        || !lint::lint_text(sentence)
            .iter()
            .any(|f| f.rule == lint::HYPE_WORD)
}

/// False only when no hype phrase can start anywhere in the sentence.
///
/// The lint matches case-insensitively under Unicode case folding, where
/// two non-ASCII letters fold to ASCII ones: the long s (`ſ`, as "s") and
/// the Kelvin sign (`K`, as "k"). A sentence with either goes to the lint;
/// in any other, ASCII lowercasing is exactly the lint's case rule for the
/// (ASCII) lexicon words.
fn might_have_hype(sentence: &str) -> bool {
    // Two single-character searches (a fast byte search each) cost less
    // than decoding every character to compare it with both, and an ASCII
    // sentence (most) needs neither.
    if !sentence.is_ascii() && (sentence.contains('ſ') || sentence.contains('\u{212A}')) {
        return true;
    }
    FIRST_WORDS
        .as_ref()
        .is_none_or(|words| words.is_match(sentence))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lint's own answer, for comparison.
    fn lint_says_clean(sentence: &str) -> bool {
        !lint::lint_text(sentence)
            .iter()
            .any(|f| f.rule == lint::HYPE_WORD)
    }

    #[test]
    fn the_shortcut_only_skips_sentences_without_a_hype_word() {
        assert!(first_words().len() > 5, "the hype lexicon was read");
        assert!(FIRST_WORDS.is_some(), "the automaton was built");
        assert!(!might_have_hype("Owners file the record in one tap."));
        assert!(might_have_hype("A REVOLUTIONARY logbook."));
        assert!(!is_clean("A revolutionary logbook."));
        assert!(is_clean("A logbook."));
    }

    #[test]
    fn every_lexicon_phrase_is_caught_in_any_case() {
        for line in include_str!("../../lexicons/hype.txt").lines() {
            let phrase = line.trim();
            if phrase.is_empty() || phrase.starts_with('#') {
                continue;
            }
            for s in [
                format!("It is {phrase} today."),
                format!("{} it is.", phrase.to_uppercase()),
            ] {
                assert_eq!(is_clean(&s), lint_says_clean(&s), "{s}");
            }
        }
    }

    proptest::proptest! {
        /// The shortcut never changes the answer: on text built from hype
        /// words, their pieces, odd cases and the letters that fold to ASCII.
        #[test]
        fn agrees_with_the_lint(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "revolutionary", "Seamless", "seam", "game-changing", "game", "ſeamless",
                    "\u{212A}iller", "killer", "UNIQUE", "uniquely", "robust", "-", " ", ".",
                    "“", "”", "é", "at most", "the best", "world-class", "excited to announce",
                ]),
                0..8,
            )
        ) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(is_clean(&s), lint_says_clean(&s));
        }
    }
}
