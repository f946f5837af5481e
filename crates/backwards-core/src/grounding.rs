//! Grounding: does a generated text hold only facts the idea supports?
//!
//! The promise of backwards is that no document invents a figure, a name, a
//! price or a date. This module makes that promise checkable. It finds every
//! *figure* in a text (numbers, money, percentages, times, dates, and
//! capitalised names) and looks for each one in the idea's source. Whatever
//! it cannot find is a [`Violation`], with its byte span and line, so a
//! caller (a test today, the LLM guard later) can say exactly what is
//! unsupported and where.
//!
//! Matching is by meaning, not by spelling, where the spelling varies
//! harmlessly: `1,500` equals `1500`, `$9` equals `9 dollars`, `14%` equals
//! `14 percent`, `2027-09-01` equals `September 1, 2027`, `2028-01` (an ISO
//! month) equals `January 2028`, and a source that
//! writes "three" supports a `3`. It is strict where the meaning changes:
//! `$9` is not supported by `9 euros`, nor `14%` by "14 sign-ups".
//!
//! The one kind of figure a document may add is a date or week count derived
//! from the launch date, and only when a label right after it says so:
//! `2027-06-09 (counted back 12 weeks from the 2027-09-01 launch date)`. The
//! launch date inside the label must itself be supported. A launch month or
//! year is labelled the same way: `2027-09-11 (counted back 16 weeks from the
//! start of the 2028-01 launch month)`.
//!
//! The module is pure: text in, findings out.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

/// What kind of figure a span is; matching rules differ by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// A plain number: `42`, `1,500`, `3.5`, `2 million`.
    Number,
    /// An amount of money: `$9`, `€1.2m`, `40 dollars`.
    Money,
    /// A percentage: `14%`, `14 percent`.
    Percent,
    /// A clock time: `8:00`.
    Time,
    /// A calendar date, complete or partial: `2027-09-01`, `2028-01`, `March 2027`, `March 1`.
    Date,
    /// A capitalised name or an identifier with digits: `Gusto`, `QuickBooks`, `B2B`.
    Name,
}

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// Its kind.
    pub kind: FigureKind,
    /// Byte range in the text.
    pub span: Range<usize>,
    /// The words as written.
    pub text: String,
    /// True when a derivation label right after it vouches for it.
    pub derived: bool,
    #[serde(skip)]
    value: Value,
}

/// A figure the idea does not support.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// What kind of figure it is.
    pub kind: FigureKind,
    /// Byte range in the checked text.
    pub span: Range<usize>,
    /// 1-based line in the checked text.
    pub line: usize,
    /// The unsupported words.
    pub text: String,
    /// Why it is unsupported, in one sentence.
    pub message: String,
}

/// The normalised meaning of a figure, used for comparison.
///
/// Amounts are kept in thousandths (`i128`) so that `1.5` and `1.50` compare
/// equal without floating-point surprises.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Value {
    /// A number as written (`raw`) and after its magnitude word (`scaled`):
    /// "2 million" is raw 2 and scaled 2,000,000.
    Amount { raw: i128, scaled: i128 },
    /// Money: currency code ("USD", or "" when none is named) and the amount.
    Money {
        currency: &'static str,
        scaled: i128,
    },
    /// A percentage, in thousandths.
    Percent(i128),
    /// "8:00" as minutes after midnight.
    Time(u32),
    /// A date: year, month, day, any of which may be unknown.
    Date(Option<i32>, Option<u8>, Option<u8>),
    /// A lowercased word.
    Word(String),
}

/// The facts of an idea, ready to check texts against.
///
/// Build it once per idea with [`Grounding::new`]; [`Grounding::check`] is
/// then cheap enough to run on every generated document.
#[derive(Debug, Clone)]
pub struct Grounding {
    /// Every normalised figure value in the source.
    values: BTreeSet<Value>,
    /// Every raw number in the source (digits or number words), thousandths.
    numbers: BTreeSet<i128>,
    /// Every word of the source, lowercased, for name lookups.
    words: BTreeSet<String>,
    /// Words the document format itself uses ("FAQ", "Vision"), lowercased.
    vocabulary: BTreeSet<String>,
}

impl Grounding {
    /// Collect the facts of an idea source (the whole file, front matter included).
    pub fn new(source: &str) -> Self {
        let mut values = BTreeSet::new();
        let mut numbers = BTreeSet::new();
        for figure in figures(source) {
            match &figure.value {
                Value::Amount { raw, .. } => {
                    numbers.insert(*raw);
                }
                Value::Money { scaled, .. } | Value::Percent(scaled) => {
                    numbers.insert(raw_of(&figure.text).unwrap_or(*scaled));
                }
                Value::Date(Some(year), _, _) => {
                    numbers.insert(i128::from(*year) * 1000);
                }
                _ => {}
            }
            values.insert(figure.value);
        }
        let mut words = BTreeSet::new();
        for (_, word) in word_tokens(source) {
            let lower = word.to_lowercase();
            if let Some(n) = number_word(&lower) {
                numbers.insert(n * 1000);
            }
            for part in lower.split(['-', '/']) {
                words.insert(part.to_string());
            }
            words.insert(lower);
        }
        Grounding {
            values,
            numbers,
            words,
            vocabulary: BTreeSet::new(),
        }
    }

    /// Add words that the document format itself may use without the idea
    /// (section titles, "FAQ", "P0"): they are structure, not facts.
    pub fn with_vocabulary<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            for (_, word) in word_tokens(w.as_ref()) {
                self.vocabulary.insert(word.to_lowercase());
            }
        }
        self
    }

    /// Check a text: every figure it holds that the idea does not support.
    pub fn check(&self, text: &str) -> Vec<Violation> {
        let line_starts = line_starts(text);
        figures(text)
            .into_iter()
            .filter(|f| !f.derived && !self.supports(f, text))
            .map(|f| Violation {
                kind: f.kind,
                line: line_of(&line_starts, f.span.start),
                message: message(f.kind, &f.text),
                span: f.span,
                text: f.text,
            })
            .collect()
    }

    /// Does the idea support this figure of `text`?
    fn supports(&self, figure: &Figure, text: &str) -> bool {
        match &figure.value {
            Value::Amount { raw, scaled } => {
                self.numbers.contains(raw) && (raw == scaled || self.has_scaled(*scaled))
            }
            Value::Money { currency, scaled } => self.values.iter().any(|v| {
                matches!(v, Value::Money { currency: c, scaled: s }
                    if s == scaled && (c == currency || c.is_empty() || currency.is_empty()))
            }),
            Value::Percent(_) | Value::Time(_) => self.values.contains(&figure.value),
            Value::Date(y, m, d) => self.supports_date(*y, *m, *d),
            Value::Word(w) => self.supports_word(w, figure, text),
        }
    }

    /// True when some figure of the source has this scaled amount.
    fn has_scaled(&self, scaled: i128) -> bool {
        self.values.iter().any(|v| match v {
            Value::Amount { scaled: s, .. } | Value::Money { scaled: s, .. } => *s == scaled,
            _ => false,
        })
    }

    /// A date is supported by a source date that agrees on every part the
    /// text gives: "March 2027" by "2027-03-14", "March 1" by "March 1, 2027".
    fn supports_date(&self, y: Option<i32>, m: Option<u8>, d: Option<u8>) -> bool {
        self.values.iter().any(|v| match v {
            Value::Date(sy, sm, sd) => {
                agrees(y, *sy) && agrees(m, *sm) && agrees(d, *sd) && (y.is_none() || sy.is_some())
            }
            _ => false,
        })
    }

    /// A name is supported when the source or the format vocabulary uses the
    /// word, or when it only looks like a name because it starts a sentence.
    fn supports_word(&self, word: &str, figure: &Figure, text: &str) -> bool {
        if self.words.contains(word) || self.vocabulary.contains(word) {
            return true;
        }
        if let Some(stem) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
            && (self.words.contains(stem) || self.vocabulary.contains(stem))
        {
            return true;
        }
        starts_sentence(text, figure.span.start)
            && (COMMON_STARTERS.contains(&word) || used_lowercase(text, word))
    }
}

/// `None` on either side means "not said", which never contradicts.
fn agrees<T: PartialEq>(text: Option<T>, source: Option<T>) -> bool {
    match (text, source) {
        (Some(a), Some(b)) => a == b,
        (Some(_), None) => false,
        (None, _) => true,
    }
}

fn message(kind: FigureKind, text: &str) -> String {
    let what = match kind {
        FigureKind::Number => "number",
        FigureKind::Money => "amount of money",
        FigureKind::Percent => "percentage",
        FigureKind::Time => "time",
        FigureKind::Date => "date",
        FigureKind::Name => "name",
    };
    format!("the {what} `{text}` does not appear in the idea")
}

// ---------------------------------------------------------------------------
// Finding figures
// ---------------------------------------------------------------------------

/// Month names, long and short, as a regex alternative. Only the short
/// forms may carry a dot ("Nov. 12"): after a full name a dot ends the
/// sentence ("in July. 16 of them …").
const MONTHS: &str = r"January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

/// A number as people write it: `1,500`, `1500`, `3.5`.
const NUM: &str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

/// Magnitude words after a number.
const MAG: &str = r"(?:\s?(?:thousand|million|billion|trillion|bn|k|K|m|M|B)\b)";

/// One pattern per figure kind, tried in this order; earlier matches win, so
/// "2027-09-01" is one date and not three numbers.
static PATTERNS: LazyLock<Vec<(Pattern, Regex)>> = LazyLock::new(|| {
    let p = |s: &str| Regex::new(s).unwrap_or_else(|e| panic!("built-in pattern {s}: {e}"));
    vec![
        (Pattern::Iso, p(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
        // After the full date, so `2027-09-01` is one date; a month outside
        // 1-12 (`2024-25`, a span of years) falls through to two numbers.
        (Pattern::IsoMonth, p(r"\b(\d{4})-(\d{2})\b")),
        (
            Pattern::MonthDayYear,
            p(&format!(
                r"\b({MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b"
            )),
        ),
        (
            Pattern::DayMonthYear,
            p(&format!(
                r"\b(\d{{1,2}})(?:st|nd|rd|th)? ({MONTHS}),? (\d{{4}})\b"
            )),
        ),
        (
            Pattern::MonthYear,
            p(&format!(r"\b({MONTHS}),? (\d{{4}})\b")),
        ),
        (
            Pattern::MonthDay,
            p(&format!(r"\b({MONTHS}) (\d{{1,2}})(?:st|nd|rd|th)?\b")),
        ),
        (
            Pattern::MoneyBefore,
            p(&format!(
                r"(US\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CHF)\s?)({NUM})({MAG})?"
            )),
        ),
        (
            Pattern::MoneyAfter,
            p(&format!(
                r"\b({NUM})({MAG})?\s?(dollars?|euros?|pounds?|USD|EUR|GBP|CHF)\b"
            )),
        ),
        (
            Pattern::Percent,
            p(&format!(r"\b({NUM})\s?(?:%|percent\b|per cent\b)")),
        ),
        (Pattern::Time, p(r"\b(\d{1,2}):(\d{2})\b")),
        (Pattern::Number, p(&format!(r"({NUM})({MAG})?"))),
    ]
});

/// Which figure pattern matched.
#[derive(Debug, Clone, Copy)]
enum Pattern {
    Iso,
    IsoMonth,
    MonthDayYear,
    DayMonthYear,
    MonthYear,
    MonthDay,
    MoneyBefore,
    MoneyAfter,
    Percent,
    Time,
    Number,
}

/// A derivation label: `(counted back 12 weeks from the 2027-09-01 launch date)`.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(counted (?:back|forward) (\d+) (?:weeks?|days?|months?) from [^)]*\)")
        .unwrap_or_else(|e| panic!("built-in label pattern: {e}"))
});

/// A Markdown ordered-list marker ("3. ") is structure, not a figure.
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*\d+[.)][ \t]").unwrap_or_else(|e| panic!("list pattern: {e}"))
});

/// Find every figure in a text, in order.
///
/// Figures covered by a derivation label (the number in "counted back 12
/// weeks", and the figure right before the label) come back with
/// `derived = true`.
///
/// ```
/// use backwards_core::grounding::{figures, FigureKind};
/// let found = figures("It costs $9 a month; 14% of 1,240 visitors signed up by March 2027.");
/// let kinds: Vec<FigureKind> = found.iter().map(|f| f.kind).collect();
/// // "It" is capitalised, so it is a candidate name (a sentence start, which
/// // the check then accepts); the rest are the figures.
/// assert_eq!(
///     kinds,
///     [FigureKind::Name, FigureKind::Money, FigureKind::Percent, FigureKind::Number, FigureKind::Date]
/// );
/// ```
pub fn figures(text: &str) -> Vec<Figure> {
    let mut taken: Vec<Range<usize>> = LIST_MARKER.find_iter(text).map(|m| m.range()).collect();
    let mut out = Vec::new();
    for (pattern, regex) in PATTERNS.iter() {
        for caps in regex.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let range = whole.range();
            if overlaps(&taken, &range) || glued_to_word(text, &range) {
                continue;
            }
            if let Some((kind, value)) = interpret(*pattern, &caps) {
                taken.push(range.clone());
                out.push(Figure {
                    kind,
                    text: text[range.clone()].to_string(),
                    span: range,
                    derived: false,
                    value,
                });
            }
        }
    }
    out.extend(name_figures(text, &taken));
    out.sort_by_key(|f| f.span.start);
    mark_derived(text, &mut out);
    out
}

/// True when a number is part of a word ("B2B", "4G", "v2"): then the word
/// as a whole is an identifier, checked as a name.
fn glued_to_word(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let first_is_digit = text[range.clone()]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit());
    let ordinal = ["st", "nd", "rd", "th", "x"]
        .iter()
        .any(|s| text[range.end..].starts_with(s) && !word_char_at(text, range.end + s.len()));
    (first_is_digit && before.is_some_and(char::is_alphanumeric))
        || (after.is_some_and(char::is_alphabetic) && !ordinal)
}

fn word_char_at(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

fn overlaps(taken: &[Range<usize>], r: &Range<usize>) -> bool {
    taken.iter().any(|t| t.start < r.end && r.start < t.end)
}

/// Turn a regex match into a kind and a normalised value.
fn interpret(pattern: Pattern, caps: &regex::Captures<'_>) -> Option<(FigureKind, Value)> {
    let g = |i: usize| caps.get(i).map_or("", |m| m.as_str());
    let date =
        |y: &str, m: &str, d: &str| Value::Date(y.parse().ok(), month_number(m), d.parse().ok());
    Some(match pattern {
        Pattern::Iso => {
            let month: u8 = g(2).parse().ok()?;
            let day: u8 = g(3).parse().ok()?;
            (
                FigureKind::Date,
                Value::Date(g(1).parse().ok(), Some(month), Some(day)),
            )
        }
        Pattern::IsoMonth => {
            let month: u8 = g(2).parse().ok().filter(|m| (1..=12).contains(m))?;
            (
                FigureKind::Date,
                Value::Date(g(1).parse().ok(), Some(month), None),
            )
        }
        Pattern::MonthDayYear => (FigureKind::Date, date(g(3), g(1), g(2))),
        Pattern::DayMonthYear => (FigureKind::Date, date(g(3), g(2), g(1))),
        Pattern::MonthYear => (FigureKind::Date, date(g(2), g(1), "")),
        Pattern::MonthDay => (FigureKind::Date, date("", g(1), g(2))),
        Pattern::MoneyBefore => (
            FigureKind::Money,
            Value::Money {
                currency: currency(g(1)),
                scaled: scale(amount(g(2))?, g(3)),
            },
        ),
        Pattern::MoneyAfter => (
            FigureKind::Money,
            Value::Money {
                currency: currency(g(3)),
                scaled: scale(amount(g(1))?, g(2)),
            },
        ),
        Pattern::Percent => (FigureKind::Percent, Value::Percent(amount(g(1))?)),
        Pattern::Time => {
            let h: u32 = g(1).parse().ok()?;
            let m: u32 = g(2).parse().ok()?;
            (FigureKind::Time, Value::Time(h * 60 + m))
        }
        Pattern::Number => {
            let raw = amount(g(1))?;
            (
                FigureKind::Number,
                Value::Amount {
                    raw,
                    scaled: scale(raw, g(2)),
                },
            )
        }
    })
}

/// "1,500.5" → 1_500_500 (thousandths).
fn amount(text: &str) -> Option<i128> {
    let clean: String = text.chars().filter(|c| *c != ',').collect();
    let (int, frac) = clean.split_once('.').unwrap_or((&clean, ""));
    let int: i128 = int.parse().ok()?;
    let mut frac3: String = frac.chars().take(3).collect();
    while frac3.len() < 3 {
        frac3.push('0');
    }
    Some(int.checked_mul(1000)? + frac3.parse::<i128>().ok()?)
}

/// The raw number at the start of a money or percent figure ("$1,500" → 1500).
fn raw_of(text: &str) -> Option<i128> {
    static NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(NUM).unwrap_or_else(|e| panic!("number pattern: {e}")));
    amount(NUMBER.find(text)?.as_str())
}

/// Apply a magnitude word ("million", "k") to an amount.
fn scale(value: i128, magnitude: &str) -> i128 {
    let factor: i128 = match magnitude.trim() {
        "thousand" | "k" | "K" => 1_000,
        "million" | "m" | "M" => 1_000_000,
        "billion" | "bn" | "B" => 1_000_000_000,
        "trillion" => 1_000_000_000_000,
        _ => 1,
    };
    value.saturating_mul(factor)
}

/// A currency symbol or word → an ISO-like code.
fn currency(text: &str) -> &'static str {
    let t = text.trim().to_lowercase();
    match t.as_str() {
        "$" | "us$" | "usd" | "dollar" | "dollars" => "USD",
        "€" | "eur" | "euro" | "euros" => "EUR",
        "£" | "gbp" | "pound" | "pounds" => "GBP",
        "chf" => "CHF",
        "¥" => "JPY",
        "₹" => "INR",
        _ => "",
    }
}

fn month_number(name: &str) -> Option<u8> {
    let lower = name.to_lowercase();
    let key = lower.get(..3)?;
    const SHORT: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    SHORT
        .iter()
        .position(|m| *m == key)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// English number words the source may use instead of digits (the so-what
/// test reads "waits three weeks" with the same list).
pub(crate) fn number_word(word: &str) -> Option<i128> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(i) = WORDS.iter().position(|w| *w == word) {
        return i128::try_from(i).ok();
    }
    match word {
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "sixty" => Some(60),
        "hundred" => Some(100),
        "dozen" => Some(12),
        _ => None,
    }
}

/// Mark the figures vouched for by a derivation label as derived.
fn mark_derived(text: &str, figures: &mut [Figure]) {
    for caps in LABEL.captures_iter(text) {
        let (Some(label), Some(count)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        for f in figures.iter_mut() {
            let is_count = f.span == count.range();
            let just_before = f.span.end <= label.start()
                && text[f.span.end..label.start()].trim().is_empty()
                && f.kind != FigureKind::Name;
            if is_count || just_before {
                f.derived = true;
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/// Words with their byte ranges: letters, digits, apostrophes and inner hyphens.
fn word_tokens(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        let inner = matches!(c, '\'' | '’' | '-' | '/') && start.is_some() && next_is_word;
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s..i, &text[s..i]));
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), &text[s..]));
    }
    out
}

/// Capitalised words and letter-led identifiers with digits, outside the
/// spans other figures took.
fn name_figures(text: &str, taken: &[Range<usize>]) -> Vec<Figure> {
    word_tokens(text)
        .into_iter()
        .filter(|(range, word)| !overlaps(taken, range) && looks_like_name(word))
        .map(|(range, word)| Figure {
            kind: FigureKind::Name,
            span: range,
            text: word.to_string(),
            derived: false,
            value: Value::Word(word.to_lowercase()),
        })
        .collect()
}

/// "Gusto", "QuickBooks", "iOS", "B2B" look like names; "I", "a" and "42" do not.
fn looks_like_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if word.chars().count() == 1 {
        return false;
    }
    let has_upper = word.chars().any(char::is_uppercase);
    let has_digit = word.chars().any(|c| c.is_ascii_digit());
    let has_letter = word.chars().any(char::is_alphabetic);
    (first.is_alphabetic() && (has_upper || has_digit)) || (first.is_ascii_digit() && has_letter)
}

/// True when the byte offset starts a sentence, a heading, a list item or a
/// table cell: there a capital letter says nothing about a name.
fn starts_sentence(text: &str, at: usize) -> bool {
    for c in text[..at].chars().rev() {
        match c {
            ' ' | '\t' | '*' | '_' | '"' | '“' | '‘' | '\'' | '(' | '[' | '>' | '#' | '-' | '+'
            | '`' => continue,
            '\n' | '.' | '!' | '?' | ':' | ';' | '|' | '—' | '–' => return true,
            _ => return false,
        }
    }
    true
}

/// True when the text also uses the word in lowercase: then its capital at a
/// sentence start is only grammar.
fn used_lowercase(text: &str, lower: &str) -> bool {
    word_tokens(text).iter().any(|(_, w)| *w == lower)
}

/// Words that often start a sentence and are never names.
const COMMON_STARTERS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "as", "at", "because", "before",
    "both", "but", "by", "each", "even", "every", "for", "from", "given", "he", "her", "here",
    "his", "how", "however", "if", "in", "instead", "it", "its", "let", "many", "more", "most",
    "my", "no", "none", "not", "now", "of", "on", "once", "one", "only", "or", "other", "our",
    "she", "since", "so", "some", "still", "than", "that", "the", "their", "then", "there",
    "these", "they", "this", "those", "to", "today", "until", "we", "what", "when", "where",
    "which", "while", "who", "why", "will", "with", "without", "yes", "you", "your",
];

// ---------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------

fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

fn line_of(starts: &[usize], offset: usize) -> usize {
    match starts.binary_search(&offset) {
        Ok(i) => i + 1,
        Err(i) => i.max(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "---\nname: CrewClock\nlaunch: 2027-09-01\nprice: $9 a month\n---\n\
        # CrewClock\n\nPayroll for crews of three to five. We met 1,240 visitors; 14% signed up.\n\
        Exports to QuickBooks Online. Reminder at 8:00. Market of $40 billion. Costs 12 euros in Berlin.\n";

    fn bad(text: &str) -> Vec<String> {
        Grounding::new(SOURCE)
            .with_vocabulary(["Vision", "FAQ", "Beta"])
            .check(text)
            .into_iter()
            .map(|v| v.text)
            .collect()
    }

    #[test]
    fn supported_figures_pass_in_other_spellings() {
        let text = "CrewClock costs 9 dollars. 1240 visitors, 14 percent. Launch September 1, 2027. \
                    Crews of 3 to 5. QuickBooks at 8:00. The market is $40bn. Vision: FAQ.";
        assert_eq!(bad(text), Vec::<String>::new());
    }

    #[test]
    fn unsupported_figures_are_reported_with_spans() {
        let text = "It costs $19. About 15% signed up. Launch 2027-10-01 with Gusto.";
        assert_eq!(bad(text), vec!["$19", "15%", "2027-10-01", "Gusto"]);
        let v = Grounding::new(SOURCE).check("It is fine.\nNow $19.");
        assert_eq!(v.len(), 1);
        assert_eq!(
            (v[0].line, &text_at("It is fine.\nNow $19.", &v[0].span)),
            (2, &"$19".to_string())
        );
    }

    fn text_at(t: &str, r: &Range<usize>) -> String {
        t[r.clone()].to_string()
    }

    #[test]
    fn meaning_changes_are_caught() {
        // 12 euros is in the source, 12 dollars is not; 14 is a percentage there.
        assert_eq!(
            bad("It costs $12. We had 14 customers? No: 14%."),
            vec!["$12"]
        );
        assert_eq!(bad("A market of $40 million."), vec!["$40 million"]);
        assert_eq!(bad("A B2B tool."), vec!["B2B"]);
    }

    #[test]
    fn labelled_derived_dates_pass_but_their_launch_date_is_checked() {
        let ok = "Beta: 2027-06-09 (counted back 12 weeks from the 2027-09-01 launch date)";
        assert_eq!(bad(ok), Vec::<String>::new());
        let wrong = "Beta: 2027-06-09 (counted back 12 weeks from the 2027-10-01 launch date)";
        assert_eq!(bad(wrong), vec!["2027-10-01"]);
        assert_eq!(bad("Beta: 2027-06-09, counted back."), vec!["2027-06-09"]);
    }

    #[test]
    fn a_launch_month_supports_its_month_but_no_day_of_it() {
        let source = "---\nname: Liftly\nlaunch: 2028-01\n---\n# Liftly\n\nLifts for 30 gyms.\n";
        let bad = |text: &str| -> Vec<String> {
            Grounding::new(source)
                .with_vocabulary(["Beta"])
                .check(text)
                .into_iter()
                .map(|v| v.text)
                .collect()
        };
        assert_eq!(
            bad("Liftly launches in January 2028."),
            Vec::<String>::new()
        );
        let label =
            "Beta: 2027-11-06 (counted back 8 weeks from the start of the 2028-01 launch month)";
        assert_eq!(bad(label), Vec::<String>::new());
        // The anchor's day is not a fact of the idea, in any spelling.
        assert_eq!(bad("Launch: January 1, 2028."), vec!["January 1, 2028"]);
        assert_eq!(bad("Launch: 2028-01-01."), vec!["2028-01-01"]);
        assert_eq!(bad("Launch on the 1."), vec!["1"]);
        assert_eq!(bad("Launch in February 2028."), vec!["February 2028"]);
        // A span of years is two numbers, not a month.
        assert_eq!(figures("In 2024-25 we grew.")[1].kind, FigureKind::Number);
    }

    #[test]
    fn sentence_starts_and_list_markers_are_not_figures() {
        let text =
            "# Vision\n\n1. However, crews of three.\n2. Reminder at 8:00.\n| Payroll | Exports |";
        assert_eq!(bad(text), Vec::<String>::new());
        assert_eq!(bad("We use Xero today."), vec!["Xero"]);
    }

    #[test]
    fn a_full_month_name_before_a_full_stop_is_not_a_date() {
        let kinds: Vec<FigureKind> = figures("We met them in July. 16 of them pay.")
            .iter()
            .map(|f| f.kind)
            .collect();
        assert_eq!(
            kinds,
            [FigureKind::Name, FigureKind::Name, FigureKind::Number]
        );
        assert_eq!(figures("Due Nov. 12, 2027.")[1].kind, FigureKind::Date);
    }

    #[test]
    fn figures_classify_kinds() {
        let kinds: Vec<FigureKind> = figures("On March 1 at 9:30, 2 million people paid €3.")
            .iter()
            .map(|f| f.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                FigureKind::Name,
                FigureKind::Date,
                FigureKind::Time,
                FigureKind::Number,
                FigureKind::Money
            ]
        );
    }
}
