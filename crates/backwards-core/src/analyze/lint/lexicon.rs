//! The word lexicons (hype, weasel, hedge) and how they are matched.
//!
//! The lists are data files, compiled into the binary with `include_str!`,
//! so a reviewer can change a word without reading Rust. Each list becomes
//! one regex built once: case-insensitive, whole words only, the longest
//! phrase first ("nearly all" before "all"), spaces matching any run of
//! white space so a phrase may wrap across lines.
//!
//! Word boundaries are ASCII (`(?-u:\b)`): the lexicons are English, and a
//! Unicode `\b` stops the regex crate from using its fast DFA on any text
//! with a curly quote or an accent in it (measured: ~25x slower).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{HEDGE, HYPE_WORD, Hit, WEASEL_WORD};

/// One compiled lexicon.
struct Lexicon {
    rule: &'static str,
    regex: Regex,
}

/// The three word lexicons, in the order their findings are preferred.
static LEXICONS: LazyLock<[Lexicon; 3]> = LazyLock::new(|| {
    [
        Lexicon {
            rule: HYPE_WORD,
            regex: compile(include_str!("../../../lexicons/hype.txt")),
        },
        Lexicon {
            rule: WEASEL_WORD,
            regex: compile(include_str!("../../../lexicons/weasel.txt")),
        },
        Lexicon {
            rule: HEDGE,
            regex: compile(include_str!("../../../lexicons/hedge.txt")),
        },
    ]
});

/// Phrases that contain a lexicon word but are fine ("at most 20 minutes").
static ALLOWED: LazyLock<Regex> =
    LazyLock::new(|| compile(include_str!("../../../lexicons/allow.txt")));

/// Every word of the allowed phrases, lowercase, cut where the regex's
/// ASCII word boundaries cut ("couldn’t" gives "couldn" and "t").
static ALLOWED_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut words: Vec<String> = include_str!("../../../lexicons/allow.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(ascii_words)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    words.sort();
    words.dedup();
    words
});

/// Whether a lexicon hit could lie inside an allowed phrase: a match inside
/// one is made of that phrase's whole words (both are cut at word
/// boundaries). Anything unusual (non-ASCII text, no word at all) is
/// checked the slow way.
fn could_be_allowed(hit: &str) -> bool {
    if !hit.is_ascii() {
        return true;
    }
    ascii_words(hit).all(|w| {
        ALLOWED_WORDS
            .binary_search_by(|a| a.as_str().cmp(&w.to_ascii_lowercase()))
            .is_ok()
    })
}

/// The runs of ASCII word characters (`[0-9A-Za-z_]`) in a text.
fn ascii_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// "May" next to a number is the month ("1 May", "May 2027"), not a hedge.
/// Case-sensitive on purpose: the hedge is written "may".
static MONTH_MAY: LazyLock<Regex> = LazyLock::new(|| {
    // A constant pattern: it compiles or the unit tests fail.
    Regex::new(r"\d\s+May(?-u:\b)|(?-u:\b)May\s+\d").expect("constant regex")
});

/// Words too small to name in a hint ("many of" says less than "many").
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "in", "is", "it", "of",
    "on", "or", "our", "so", "than", "that", "the", "their", "them", "they", "this", "to", "was",
    "we", "were", "with", "you", "your",
];

/// Turn a lexicon file (one phrase per line, `#` comments) into one regex.
///
/// Every phrase is escaped, so the file cannot inject regex syntax: the
/// pattern always compiles; [`never`] is only a guard for the type system.
fn compile(list: &str) -> Regex {
    let mut phrases: Vec<String> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    // Longest first: the regex takes the first alternative that matches.
    phrases.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    phrases.dedup();
    let alternatives: Vec<String> = phrases
        .iter()
        .map(|p| {
            p.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    let pattern = format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", alternatives.join("|"));
    Regex::new(&pattern).unwrap_or_else(|_| never())
}

/// A regex that matches nothing, for [`compile`]'s impossible error case.
fn never() -> Regex {
    // End of text followed by start of text and a character: never true.
    Regex::new(r"\z\A.").expect("constant regex")
}

/// The lexicon hits of `text` that lie inside its prose ranges.
///
/// Each regex runs once over the whole text (far cheaper than once per
/// text node), and a match is kept only if one prose range holds all of it.
pub(super) fn matches(text: &str, prose: &[Range<usize>]) -> Vec<Hit> {
    // Every match of the month pattern holds "May" as written (it is
    // case-sensitive): a text without it, most, needs no search.
    let months: Vec<Range<usize>> = if memchr::memmem::find(text.as_bytes(), b"May").is_some() {
        MONTH_MAY.find_iter(text).map(|m| m.range()).collect()
    } else {
        Vec::new()
    };
    // The allowed phrases start with common words ("the", "at"), so their
    // search is the dearest of all: run it only once a hit could lie
    // inside one of them.
    let mut allowed: Option<Vec<Range<usize>>> = None;
    let mut hits = Vec::new();
    for lexicon in LEXICONS.iter() {
        for m in lexicon.regex.find_iter(text) {
            let inside = |r: &Range<usize>| r.start <= m.start() && m.end() <= r.end;
            if !super::prose::covers(prose, m.range())
                || months.iter().any(inside)
                || adverbial_most(text, m.range())
            {
                continue;
            }
            if could_be_allowed(m.as_str()) {
                let allowed = allowed
                    .get_or_insert_with(|| ALLOWED.find_iter(text).map(|m| m.range()).collect());
                if allowed.iter().any(inside) {
                    continue;
                }
            }
            hits.push(Hit {
                rule: lexicon.rule,
                range: m.range(),
                phrase: phrase(text, m.range(), lexicon.rule),
                words: 0,
            });
        }
    }
    hits
}

/// Weasel words that add emphasis rather than claim a quantity: the fix is
/// usually to delete them, not to find a number.
const INTENSIFIERS: &[&str] = &["very", "really", "extremely", "virtually", "arguably"];

/// True for an intensifier ("very"), as opposed to a vague quantity ("many").
pub(super) fn is_intensifier(word: &str) -> bool {
    INTENSIFIERS.contains(&word.to_lowercase().as_str())
}

/// "Most" is a weasel word when it counts something ("most clinics", "most
/// of them") and not when it is an adverb or a superlative ("the part they
/// dislike most", "most likely"). Without a part-of-speech tagger, the
/// word after it decides: "of", or a plural noun, makes it a quantity.
fn adverbial_most(slice: &str, m: Range<usize>) -> bool {
    if !slice[m.clone()].eq_ignore_ascii_case("most") {
        return false;
    }
    let next: String = slice[m.end..]
        .trim_start_matches([' ', '\t', '\n'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let counts = next == "of"
        || (next.len() > 3 && next.ends_with('s') && !next.ends_with("ss"))
        || ["people", "staff", "everyone", "children", "men", "women"].contains(&next.as_str());
    !counts
}

/// What the hint should quote: a weasel word together with the word it
/// qualifies ("significantly faster", "many clinics"), which is what the
/// author has to replace with a number; other words alone.
fn phrase(slice: &str, m: Range<usize>, rule: &str) -> String {
    let words = slice[m.clone()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if rule != WEASEL_WORD {
        return words;
    }
    let rest = &slice[m.end..];
    let next: String = rest
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    let separated = rest.starts_with([' ', '\t']);
    let lower = next.to_lowercase();
    // "some very slow": the next word is itself a weasel word, not the thing counted.
    let is_weasel = LEXICONS[1]
        .regex
        .find(&lower)
        .is_some_and(|m| m.len() == lower.len());
    if separated && !next.is_empty() && !STOPWORDS.contains(&lower.as_str()) && !is_weasel {
        format!("{words} {next}")
    } else {
        words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One prose range covering the whole text.
    fn whole(text: &str) -> Vec<Range<usize>> {
        std::iter::once(0..text.len()).collect()
    }

    fn found(text: &str) -> Vec<(&'static str, String)> {
        let mut hits = matches(text, &whole(text));
        hits.sort_by_key(|h| h.range.start);
        hits.into_iter()
            .map(|h| (h.rule, text[h.range].to_string()))
            .collect()
    }

    #[test]
    fn every_lexicon_compiles_to_a_real_pattern() {
        for lexicon in LEXICONS.iter() {
            assert!(lexicon.regex.as_str().len() > 20, "{}", lexicon.rule);
        }
        assert!(ALLOWED.is_match("at most"));
    }

    #[test]
    fn whole_words_any_case_longest_phrase() {
        assert_eq!(
            found("Nearly ALL clinics; a Seamless flow; manyfold"),
            vec![
                (WEASEL_WORD, "Nearly ALL".to_string()),
                (HYPE_WORD, "Seamless".to_string())
            ]
        );
    }

    #[test]
    fn only_words_of_an_allowed_phrase_send_a_hit_to_the_allowed_check() {
        assert!(could_be_allowed("MOST") && could_be_allowed("many"));
        assert!(could_be_allowed("couldn") && could_be_allowed("could"));
        assert!(could_be_allowed("moſt"), "non-ASCII goes the slow way");
        assert!(!could_be_allowed("revolutionary") && !could_be_allowed("most seamless"));
        // Every allowed phrase is itself recognised, in any case.
        for phrase in include_str!("../../../lexicons/allow.txt").lines() {
            let phrase = phrase.trim();
            if !phrase.is_empty() && !phrase.starts_with('#') {
                assert!(could_be_allowed(&phrase.to_uppercase()), "{phrase}");
            }
        }
    }

    #[test]
    fn allowed_phrases_and_the_month_are_not_hits() {
        assert!(found("It takes at most 20 minutes, launching 1 May and May 2027.").is_empty());
        assert!(found("The step they dislike most; most likely; how many are there?").is_empty());
        assert_eq!(
            found("Most clinics agree."),
            vec![(WEASEL_WORD, "Most".to_string())]
        );
        assert_eq!(
            found("most of them"),
            vec![(WEASEL_WORD, "most".to_string())]
        );
        assert_eq!(found("It may work."), vec![(HEDGE, "may".to_string())]);
    }

    #[test]
    fn weasel_hint_names_the_word_it_qualifies() {
        let text = "It is significantly faster and many of them agree, some very slowly.";
        let phrases: Vec<String> = matches(text, &whole(text))
            .into_iter()
            .map(|h| h.phrase)
            .collect();
        assert_eq!(
            phrases,
            vec!["significantly faster", "many", "some", "very slowly"]
        );
    }
}
