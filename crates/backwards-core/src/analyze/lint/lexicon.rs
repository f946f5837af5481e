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
    /// The same phrases, for searching ASCII text without the regex.
    words: Words,
}

impl Lexicon {
    fn new(rule: &'static str, list: &str) -> Lexicon {
        Lexicon {
            rule,
            regex: compile(list),
            words: Words::new(list),
        }
    }

    /// The matches of the lexicon's regex in `text`, in order.
    ///
    /// An ASCII text (nearly every section) is searched through its words
    /// (`words`, from [`word_runs`]) by [`Words`], which finds exactly what
    /// the regex finds at a fraction of its cost (the lexicons' regexes
    /// were a third of the lint); any other text by the regex, whose
    /// Unicode case folding and white space the word search would have to
    /// copy.
    fn find_iter(&self, text: &str, words: Option<&[Range<usize>]>) -> Vec<Range<usize>> {
        match words {
            Some(words) if self.words.usable => self.words.find_iter(text.as_bytes(), words),
            _ => self.regex.find_iter(text).map(|m| m.range()).collect(),
        }
    }
}

/// The three word lexicons, in the order their findings are preferred.
static LEXICONS: LazyLock<[Lexicon; 3]> = LazyLock::new(|| {
    [
        Lexicon::new(HYPE_WORD, include_str!("../../../lexicons/hype.txt")),
        Lexicon::new(WEASEL_WORD, include_str!("../../../lexicons/weasel.txt")),
        Lexicon::new(HEDGE, include_str!("../../../lexicons/hedge.txt")),
    ]
});

/// Phrases that contain a lexicon word but are fine ("at most 20 minutes").
static ALLOWED: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new("allowed", include_str!("../../../lexicons/allow.txt")));

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
    let alternatives: Vec<String> = phrases(list)
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

/// A lexicon file's phrases, lowercase, in the order the regex tries them.
fn phrases(list: &str) -> Vec<String> {
    let mut phrases: Vec<String> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    // Longest first: the regex takes the first alternative that matches.
    phrases.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    phrases.dedup();
    phrases
}

/// A lexicon's phrases as words, matched by hand in ASCII text with the
/// regex's rules: ASCII case ignored, any run of white space between the
/// words, whole words only (ASCII word boundaries), and at each place the
/// first phrase in [`phrases`]' order that matches there.
///
/// In ASCII text those rules are all the regex's `(?i)`, `\s+` and
/// `(?-u:\b)` mean. A phrase with a character that is not ASCII never
/// matches ASCII text, so it is left out, unless it holds the long s (`ſ`,
/// which the regex folds to an ASCII "s"; the Kelvin sign is lowercased to
/// "k" already): then the regex does all the searching.
struct Words {
    /// Each ASCII phrase's words, in the regex's order.
    phrases: Vec<Vec<Vec<u8>>>,
    /// How many word bytes each phrase opens with: the length of the text
    /// word a match starts with.
    lead_len: Vec<usize>,
    /// For each byte, the phrases (indexes into `phrases`, in order) whose
    /// first byte it is in either case.
    by_first: Vec<Vec<usize>>,
    /// The runs of word bytes the phrases open with, by their first two
    /// bytes (see [`head`]): the lengths of those runs, as bits (31 for any
    /// longer). A text word whose first two bytes and length fit no phrase
    /// (nearly every word) is passed over with one look-up.
    leads: [u32; 1024],
    /// Every phrase opens and ends with an ASCII word byte, so a match can
    /// only start where a word starts and end where one ends. Otherwise
    /// the regex does all the searching.
    usable: bool,
}

impl Words {
    fn new(list: &str) -> Words {
        let all = phrases(list);
        let mut usable = !all.iter().any(|p| p.contains('ſ'));
        let phrases: Vec<Vec<Vec<u8>>> = all
            .iter()
            .filter(|p| p.is_ascii())
            .map(|p| {
                p.split_whitespace()
                    .map(|w| w.as_bytes().to_vec())
                    .collect()
            })
            .collect();
        let lead_len: Vec<usize> = phrases
            .iter()
            .map(|words| {
                let first = words.first().map_or(&[][..], Vec::as_slice);
                first.iter().take_while(|&&b| word_byte(b)).count()
            })
            .collect();
        let mut by_first = vec![Vec::new(); 256];
        let mut leads = [0u32; 1024];
        for (i, words) in phrases.iter().enumerate() {
            let first = words.first().and_then(|w| w.first());
            let last = words.last().and_then(|w| w.last());
            match (first, last) {
                (Some(&a), Some(&z)) if word_byte(a) && word_byte(z) => {
                    let lead = &words[0][..lead_len[i]];
                    leads[head(lead)] |= 1 << lead.len().min(31);
                    for b in [a.to_ascii_lowercase(), a.to_ascii_uppercase()] {
                        if by_first[usize::from(b)].last() != Some(&i) {
                            by_first[usize::from(b)].push(i);
                        }
                    }
                }
                _ => usable = false,
            }
        }
        Words {
            phrases,
            lead_len,
            by_first,
            leads,
            usable,
        }
    }

    /// The non-overlapping matches in an ASCII text, leftmost first, as
    /// the regex's `find_iter` gives them. `words` are the text's runs of
    /// word bytes: a match can only start where one starts.
    fn find_iter(&self, text: &[u8], words: &[Range<usize>]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut from = 0;
        for word in words {
            let lead = &text[word.clone()];
            if self.leads[head(lead)] & 1 << lead.len().min(31) == 0 || word.start < from {
                continue;
            }
            let end = self.by_first[usize::from(lead[0])]
                .iter()
                .filter(|&&p| {
                    self.lead_len[p] == lead.len()
                        && lead.eq_ignore_ascii_case(&self.phrases[p][0][..lead.len()])
                })
                .find_map(|&p| phrase_at(text, word.start, &self.phrases[p]));
            if let Some(end) = end {
                out.push(word.start..end);
                from = end;
            }
        }
        out
    }
}

/// A run of word bytes' slot in [`Words::leads`]: its first two bytes'
/// low five bits (one byte and a zero for a run of one), so both cases of
/// a letter share it. Runs that differ may share one too: a slot only
/// tells which runs cannot open a phrase.
fn head(run: &[u8]) -> usize {
    let (a, b) = match run {
        [a, b, ..] => (*a, *b),
        [a] => (*a, 0),
        [] => (0, 0),
    };
    usize::from(a & 0x1f) << 5 | usize::from(b & 0x1f)
}

/// The runs of ASCII word bytes of a text that could open a phrase of
/// some lexicon (see [`Words::leads`]), in order: the only places
/// [`Words::find_iter`] need look at. Found once per text for all the
/// lexicons; most words are passed over here.
fn word_runs(text: &[u8]) -> Vec<Range<usize>> {
    static ANY_LEADS: LazyLock<[u32; 1024]> = LazyLock::new(|| {
        let mut all = [0u32; 1024];
        for words in LEXICONS.iter().chain([&*ALLOWED]).map(|l| &l.words) {
            all.iter_mut().zip(&words.leads).for_each(|(a, w)| *a |= w);
        }
        all
    });
    let leads = &*ANY_LEADS;
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        while i < text.len() && !word_byte(text[i]) {
            i += 1;
        }
        let start = i;
        while i < text.len() && word_byte(text[i]) {
            i += 1;
        }
        let run = &text[start..i];
        if !run.is_empty() && leads[head(run)] & 1 << run.len().min(31) != 0 {
            out.push(start..i);
        }
    }
    out
}

/// An ASCII word byte, as `(?-u:\b)` tells words apart.
fn word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`word_byte`] as a table: one look-up per byte of every section.
const WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// Where a phrase written at `start` ends, if it is written there as a
/// whole word: its words in any ASCII case, one or more white space bytes
/// (`\s` in ASCII) between them, and no word byte right after.
fn phrase_at(text: &[u8], start: usize, words: &[Vec<u8>]) -> Option<usize> {
    let mut at = start;
    for (n, word) in words.iter().enumerate() {
        if n > 0 {
            let gap = text[at..]
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
                .count();
            if gap == 0 {
                return None;
            }
            at += gap;
        }
        let end = at + word.len();
        if !text.get(at..end)?.eq_ignore_ascii_case(word) {
            return None;
        }
        at = end;
    }
    (!text.get(at).is_some_and(|&b| word_byte(b))).then_some(at)
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
    let words = text.is_ascii().then(|| word_runs(text.as_bytes()));
    for lexicon in LEXICONS.iter() {
        for m in lexicon.find_iter(text, words.as_deref()) {
            let inside = |r: &Range<usize>| r.start <= m.start && m.end <= r.end;
            if !super::prose::covers(prose, m.clone())
                || months.iter().any(inside)
                || adverbial_most(text, m.clone())
            {
                continue;
            }
            if could_be_allowed(&text[m.clone()]) {
                let allowed =
                    allowed.get_or_insert_with(|| ALLOWED.find_iter(text, words.as_deref()));
                if allowed.iter().any(inside) {
                    continue;
                }
            }
            hits.push(Hit {
                rule: lexicon.rule,
                phrase: phrase(text, m.clone(), lexicon.rule),
                range: m,
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
        assert!(ALLOWED.regex.is_match("at most"));
    }

    /// What the regex alone finds, for comparison with [`Lexicon::find_iter`].
    fn regex_finds(lexicon: &Lexicon, text: &str) -> Vec<Range<usize>> {
        lexicon.regex.find_iter(text).map(|m| m.range()).collect()
    }

    #[test]
    fn the_word_search_finds_what_the_regex_finds() {
        let lexicons: Vec<&Lexicon> = LEXICONS.iter().chain([&*ALLOWED]).collect();
        for lexicon in &lexicons {
            assert!(lexicon.words.usable, "{}", lexicon.rule);
        }
        let mut texts: Vec<String> = Vec::new();
        for list in [
            include_str!("../../../lexicons/hype.txt"),
            include_str!("../../../lexicons/weasel.txt"),
            include_str!("../../../lexicons/hedge.txt"),
            include_str!("../../../lexicons/allow.txt"),
        ] {
            for p in phrases(list) {
                texts.push(format!("It is {p} today."));
                texts.push(format!("{}, {p}s and x{p}", p.to_uppercase()));
                texts.push(format!("{}\n\t{p}_", p.replace(' ', " \r\n ")));
            }
        }
        for text in &texts {
            for lexicon in &lexicons {
                let words = text.is_ascii().then(|| word_runs(text.as_bytes()));
                assert_eq!(
                    lexicon.find_iter(text, words.as_deref()),
                    regex_finds(lexicon, text),
                    "{text}"
                );
            }
        }
    }

    proptest::proptest! {
        /// The hand search agrees with the regex on text made of lexicon
        /// words, their pieces, odd cases, white space and punctuation.
        #[test]
        fn word_search_agrees_with_the_regex(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "many", "MOST", "most", "nearly", "all", "a lot", "lots", "the", "at",
                    "unique", "users", "could", "not", "couldn't", "couldn", "'", "t", "how",
                    "may", "might", "should help", "we believe", "game-changing", "game",
                    "changer", "-", "_", "9", " ", "  ", "\n", "\t", "\r", "\x0b", "\x0c",
                    ".", ",", "very", "seamless", "seamlessly", "state-of-the-art", "x",
                ]),
                0..12,
            )
        ) {
            let text: String = parts.concat();
            let words = word_runs(text.as_bytes());
            for lexicon in LEXICONS.iter().chain([&*ALLOWED]) {
                proptest::prop_assert_eq!(
                    lexicon.find_iter(&text, Some(&words)),
                    regex_finds(lexicon, &text)
                );
            }
        }
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
