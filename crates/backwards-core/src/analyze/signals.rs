//! Shared machinery for the analyzers: sentences with their place in the file,
//! pattern matching that survives Markdown, and turning a match into a
//! [`Signal`] that quotes the author.
//!
//! Every analyzer works the same way: walk the sentences of the sections it
//! cares about, ask small questions of each one ("is a number attached to a
//! population noun here?"), and keep the first sentence that answers yes as
//! the quote. Nothing here knows about a dimension; the rubric lives in the
//! analyzer files.

use std::ops::Range;
use std::rc::Rc;

use regex::Regex;

use super::report::Signal;

mod split;

use crate::model::{Idea, Step};
pub(crate) use crate::pattern::re;
#[cfg(test)]
use split::blank_markup;
pub(crate) use split::{Scope, known_bits, remembered, remembered_bits};

/// One sentence of the idea, with what an analyzer needs to quote it.
#[derive(Debug, Clone)]
pub(crate) struct Sentence<'a> {
    /// The step the sentence counts for (a note counts for the step the
    /// caller asked about).
    pub step: Step,
    /// The heading of the note it came from, if it came from a note.
    pub note: Option<&'a str>,
    /// The author's raw text (Markdown and all).
    pub raw: &'a str,
    /// The same text with Markdown emphasis markers blanked out, same byte
    /// length, so a match in `clean` is a valid range in `raw`.
    pub clean: CleanText,
    /// 1-based line in the idea file.
    pub line: usize,
    /// The sentence starts a line indented by two or more spaces (or a tab):
    /// a sub-bullet, which belongs to the bullet above it.
    pub indented: bool,
}

/// A sentence's clean text, shared rather than copied: every analyzer asks
/// for the sentences of the sections it reads, and a fresh copy of each
/// text per request was a large share of an analysis' allocations. It reads
/// as a `&str` (through `Deref` or [`CleanText::as_str`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CleanText(Rc<str>);

impl CleanText {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when both are the same shared text (not merely equal texts).
    pub fn same(&self, other: &CleanText) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for CleanText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for CleanText {
    fn from(text: String) -> CleanText {
        CleanText(text.into())
    }
}

impl From<&str> for CleanText {
    fn from(text: &str) -> CleanText {
        CleanText(text.into())
    }
}

impl Sentence<'_> {
    /// A sentence that ends with a question mark asks; it states nothing,
    /// so it is never a finding nor an answer ("How do we charge?").
    pub fn asks(&self) -> bool {
        self.clean.trim_end().ends_with('?')
    }

    /// The first match of `re`, unless it is negated ("no usage data yet").
    pub fn find(&self, re: &Regex) -> Option<Range<usize>> {
        re.find_iter(&self.clean)
            .map(|m| m.range())
            .find(|r| !negated(&self.clean, r.start))
    }

    /// Like [`Sentence::find`], skipping matches inside quotation marks: a
    /// quoted slogan ("Get paid today") is not a fact about customers.
    pub fn find_unquoted(&self, re: &Regex) -> Option<Range<usize>> {
        re.find_iter(&self.clean)
            .map(|m| m.range())
            .find(|r| !negated(&self.clean, r.start) && !quoted(&self.clean, r.start))
    }

    /// The first match of `re`, negated or not.
    pub fn find_any(&self, re: &Regex) -> Option<Range<usize>> {
        re.find(&self.clean).map(|m| m.range())
    }

    /// True when `re` matches anywhere, negated or not: [`Sentence::find_any`]
    /// without the match, so the search may stop at the first one it sees.
    pub fn matches_any(&self, re: &Regex) -> bool {
        re.is_match(&self.clean)
    }

    /// The line the sentence ends on: a sentence of a wrapped paragraph may
    /// run over several lines, and whatever follows it starts on that one.
    pub fn end_line(&self) -> usize {
        self.line + self.raw.matches('\n').count()
    }

    /// True when `re` matches (and is not negated).
    pub fn has(&self, re: &Regex) -> bool {
        self.find(re).is_some()
    }

    /// A signal quoting the words around `range` (the whole sentence when it
    /// is short enough to read at a glance).
    pub fn signal(&self, rule: &str, effect: i16, range: Range<usize>, message: &str) -> Signal {
        let message = match self.note {
            Some(h) => format!("{message} (in the note \"{}\")", tidy(h)),
            None => message.to_string(),
        };
        Signal {
            rule: rule.to_string(),
            effect,
            quote: quote(self.raw, range),
            step: self.step,
            line: self.line,
            message,
        }
    }
}

/// A number as people write it in ideas: digits with separators, or a small
/// number word ("six", "a dozen"), optionally scaled ("4.2 million", "12k").
///
/// A compound ("forty-seven") matches its first word only. Spelling the
/// optional "-seven" here was measured: it cost a sixth of the analysis
/// time, since dozens of patterns embed this one, so the few patterns that
/// need the whole compound add `(?:-[a-z]+)?` after it themselves.
pub(crate) const NUM: &str = r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|a dozen|dozens|a few hundred|a few thousand|thousands)(?:\s*(?:k|m|bn|million|thousand|billion))?\b";

/// A count of two digits written in words ("seventeen", "forty-seven"), as
/// formal writers and a sentence's opening word spell it.
pub(crate) const SPELLED_TWO_DIGITS: &str = r"(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)";

/// The currency codes money is written with, before the number as most of
/// the world writes it ("KSh 2,000", "CLP 350,000") or after it as a ledger
/// does ("450,000 UZS"): one list for both places, so they cannot drift
/// apart.
macro_rules! currency_codes {
    () => {
        "ksh|kes|tsh|tzs|ush|ugx|etb|ngn|ghs|zar|egp|rs|nrs|inr|npr|pkr|lkr|bdt|tk|idr|php|thb|vnd|myr|clp|cop|mxn|ars|brl|aed|qar|huf|czk|sek|nok|dkk|isk|chf|jpy|cny|rmb|krw|usd|eur|gbp|aud|cad|nzd|sgd|hkd|xof|xaf|cfa|mga|mwk|zmw|mzn|rwf|pyg|uyu|gtq|tnd|omr|mnt|mmk|khr|lak|kzt|uzs|bgn|uah|pln"
    };
}

/// ISO 4217 codes that are also words or names ("mad", "try", "pen",
/// "bob", "sar"): money only in capitals, next to a number ("150 MAD a
/// month", "PEN 35"), where the word never stands; and "Bs", the sign
/// Bolivia and Venezuela write their money with ("Bs 150 a day").
macro_rules! capital_codes {
    () => {
        "MAD|TRY|PEN|BOB|GEL|AMD|AZN|SAR|JOD|KWD|BHD|LBP|DZD|LYD|SDG|SOS|CDF|BIF|AOA|NAD|BWP|LSL|SZL|MUR|SCR|MVR|AFN|IRR|IQD|SYP|YER|TJS|KGS|TMT|BYN|MDL|RON|RSD|MKD|BAM|VES|NIO|HNL|CRC|PAB|DOP|HTG|JMD|TTD|BBD|XCD|FJD|PGK|SBD|VUV|WST|BTN|TWD|ILS|GMD|GNF|SLE|LRD|CVE|STN|KMF|ERN|SSP|DJF|ZWL|RUB|HRK|KM|Bs\\.?"
    };
}

/// Money as people write it: a currency sign or code next to a number (the
/// sign after it, too: "15 €", as much of Europe writes it). A
/// code may stand before the number as most of the world writes it ("KSh
/// 2,000", "CLP 350,000", "Rs. 500"); codes that are also English words
/// ("try", "pen", "mad") count only in capitals. Two one-letter signs
/// are read only where nothing else writes them: the quetzal's "Q" joined
/// to two digits or more ("Q180", not the quarter "Q3") and the kwacha's
/// "K" before a spaced number ("K 4,900", not "4K").
pub(crate) const MONEY: &str = concat!(
    r"(?:[$€£¥₹₦₱₩₵₺₽₴₫฿₲₡₭₮₪] ?\d|\b\d[\d,.]* ?[€£¥₹₦₱₩₵₺₽₴₫฿₲₡₭₮₪]|\b(?-i:Q)\d{2}|\b(?-i:K) \d|\b(?-i:",
    capital_codes!(),
    r") ?\d|\b\d[\d,.]* ?(?-i:",
    capital_codes!(),
    r")\b|\b(?:",
    currency_codes!(),
    r")\.? ?\d|\bs/ ?\d|\b\d[\d,.]*(?: ?(?:to|-|–) ?\d[\d,.]*)? ?(?:k |million |billion |thousand |lakh |crore )?(?:zł|(?:zl|kr|",
    currency_codes!(),
    r"|dollars?|euros?|pounds|bucks|rupees?|taka|naira|shillings?|pesos?|rand|yen|baht|dirhams|soles|reais|cedis|kwacha|birr|dinars|riyals|ringgit|rupiah|kroner|kronor|krona|forint|lei|leva|lari|ariary|francs?|kip|tugriks?|kyat|riel|tenge|manat|dram|hryvnias?|lira|lempiras?|quetzales|quetzals?|colones|bolivianos?|guaran[ií]es|gourdes|soums?|soms?|sums?)\b))"
);

/// [`MONEY`] compiled once, for every analyzer that asks whether a sentence
/// names an amount: the pattern is among the largest, and compiling it is
/// part of every command's start-up.
pub(crate) static MONEY_AMOUNT: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| re(MONEY));

/// The sentences of one step's section.
pub(crate) fn section<'a>(idea: &'a Idea, step: Step) -> Vec<Sentence<'a>> {
    split::sentences(idea, split::Key::Step(step), step)
}

/// The sentences of several steps, in order.
pub(crate) fn sections<'a>(idea: &'a Idea, steps: &[Step]) -> Vec<Sentence<'a>> {
    steps.iter().flat_map(|s| section(idea, *s)).collect()
}

/// The sentences of every note (unknown section), attributed to `as_step`.
pub(crate) fn notes<'a>(idea: &'a Idea, as_step: Step) -> Vec<Sentence<'a>> {
    (0..idea.notes.len())
        .flat_map(|i| split::sentences(idea, split::Key::Note(i), as_step))
        .collect()
}

/// Every sentence of the idea: all seven steps, then the notes (attributed
/// to `notes_as`).
pub(crate) fn everywhere<'a>(idea: &'a Idea, notes_as: Step) -> Vec<Sentence<'a>> {
    let mut all = sections(idea, &Step::ALL);
    all.extend(notes(idea, notes_as));
    all
}

/// An idea written as a letter, without a single Markdown heading below
/// the title: its pitch may carry every step, so the analyzers read it
/// paragraph by paragraph rather than as a summary.
pub(crate) fn is_letter(idea: &Idea) -> bool {
    static HEADING: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| re(r"(?m)^ {0,3}#{2,6}\s"));
    !HEADING.is_match(&idea.source)
}

/// Sentences grouped by the paragraph of the file they sit in, in order. A
/// paragraph ends at a blank line, so the bullets of one list are one
/// paragraph. Analyzers use this where an author wrote a step without a
/// heading: the paragraph, not the section, is then the unit of meaning.
pub(crate) fn paragraphs<'a>(idea: &Idea, sentences: Vec<Sentence<'a>>) -> Vec<Vec<Sentence<'a>>> {
    let lines: Vec<&str> = idea.source.lines().collect();
    // The first line of the paragraph holding 1-based line `line`.
    let opening = |line: usize| {
        let mut at = line.clamp(1, lines.len().max(1));
        while at > 1 && lines.get(at - 2).is_some_and(|l| !l.trim().is_empty()) {
            at -= 1;
        }
        at
    };
    let mut out: Vec<(usize, Vec<Sentence<'a>>)> = Vec::new();
    for s in sentences {
        let start = opening(s.line);
        match out.last_mut() {
            Some((open, group)) if *open == start => group.push(s),
            _ => out.push((start, vec![s])),
        }
    }
    out.into_iter().map(|(_, group)| group).collect()
}

/// The byte ranges of a sentence's clauses, cut where any of `joints`
/// starts; the cut drops the joint's first byte (its comma, semicolon or
/// space), and empty clauses are left out.
pub(crate) fn clauses(clean: &str, joints: &[&str]) -> Vec<Range<usize>> {
    let mut cuts: Vec<usize> = joints
        .iter()
        .flat_map(|joint| clean.match_indices(joint).map(|(i, _)| i))
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts {
        if cut > start {
            out.push(start..cut);
        }
        start = cut + 1;
    }
    out.push(start.min(clean.len())..clean.len());
    out
}

/// True when `start` sits inside a pair of double quotes.
pub(crate) fn quoted(clean: &str, start: usize) -> bool {
    let before = &clean[..floor_char(clean, start)];
    let straight = before.matches('"').count();
    let open = before.matches('“').count();
    let close = before.matches('”').count();
    straight % 2 == 1 || open > close
}

/// Words that negate what follows them within a few words.
static NEGATION: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    re(
        r"\b(?:no|not|never|without|none|nor|neither|nobody|no one|haven't|hasn't|hadn't|didn't|don't|doesn't|isn't|aren't|wasn't|weren't|yet to|zero)(?:[^\w'’-]|$)",
    )
});

/// True when a negation sits in the few words right before `start`.
pub(crate) fn negated(clean: &str, start: usize) -> bool {
    let window_start = floor_char(clean, start.saturating_sub(24));
    let window = &clean[window_start..start];
    // Only the current clause: a comma or semicolon resets the negation.
    let clause = window.rsplit([',', ';', ':']).next().unwrap_or(window);
    NEGATION.is_match(clause)
}

/// Conditional or future words ("would", "will", "plan to") shortly before
/// `start`: a promise, not a fact.
pub(crate) fn hypothetical(clean: &str, start: usize) -> bool {
    hypothetical_within(clean, floor_char(clean, start.saturating_sub(40))..start)
}

/// Conditional or future words inside `range` of `clean` ("15 of the 18
/// said they would have stayed"): what the words count is only promised.
pub(crate) fn hypothetical_within(clean: &str, range: std::ops::Range<usize>) -> bool {
    static HYPO: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        re(
            r"\b(?:would|will|'ll|'d|could|might|may|plan to|plans to|planning to|plan on|plans on|planning on|hope to|expect to|intend to|going to|if)\b",
        )
    });
    HYPO.find_iter(&clean[range.clone()])
        .any(|m| !the_month_may(clean, range.start + m.start(), range.start + m.end()))
}

/// "Since May", "in May 2026", "May 14", "the May newsletter": the month,
/// not the modal verb.
fn the_month_may(clean: &str, start: usize, end: usize) -> bool {
    const BEFORE: &[&str] = &[
        "in", "since", "from", "by", "until", "till", "of", "last", "this", "next", "early",
        "late", "mid", "mid-", "end", "during", "before", "after", "the",
    ];
    if !clean[start..end].eq_ignore_ascii_case("may") {
        return false;
    }
    let previous = clean[..start]
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .rfind(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    let dated = clean[end..]
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit());
    dated || previous.is_some_and(|w| BEFORE.contains(&w.as_str()))
}

/// Whether `text` is `word` or ends with it as a whole word ("… we" for
/// "we", not "… awe").
pub(crate) fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// The nearest char boundary at or before `i`: a byte window cut back from a
/// match must never split a multi-byte character.
pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

/// The words to show for a match: the whole sentence when short, else a
/// window of whole words around the match.
pub(crate) fn quote(raw: &str, range: Range<usize>) -> String {
    const SHORT: usize = 160;
    const PAD: usize = 60;
    if raw.len() <= SHORT {
        return tidy(raw);
    }
    let mut start = floor_char(raw, range.start.saturating_sub(PAD));
    let mut end = ceil_char(raw, (range.end + PAD).min(raw.len()));
    if start > 0 {
        start = raw[start..]
            .find(' ')
            .map_or(start, |p| ceil_char(raw, start + p + 1));
    }
    if end < raw.len() {
        end = raw[..end].rfind(' ').unwrap_or(end);
    }
    if start >= end {
        return tidy(raw);
    }
    let mut q = tidy(&raw[start..end]);
    if start > 0 {
        q.insert_str(0, "… ");
    }
    if end < raw.len() {
        q.push_str(" …");
    }
    q
}

/// Drop Markdown markers and list bullets, collapse spaces.
pub(crate) fn tidy(s: &str) -> String {
    let s = s.trim().trim_start_matches(['-', '+', '*', ' ']);
    // One pass, a run of plain text at a time: "**" pairs go (from the
    // left), every backtick goes, and each run of white space left between
    // words becomes one space. It runs for every signal's quote.
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    let mut space = false;
    let mut i = 0;
    // An ASCII byte that is neither white space nor a marker: most bytes.
    let plain = |b: u8| TIDY_PLAIN[usize::from(b)];
    while i < bytes.len() {
        // Inside a run, plain bytes only move on: most bytes, passed over
        // in a loop of their own.
        if !space {
            while bytes.get(i).is_some_and(|&b| plain(b)) {
                i += 1;
            }
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if plain(b) {
            if space {
                // The first character of a word after white space.
                if !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                run = i;
            }
            i += 1;
            continue;
        }
        // One space inside a run, before a plain byte, collapses to itself:
        // it stays in the run, so a sentence is copied in one piece, not
        // one piece per word.
        if b == b' ' && !space && i > run && bytes.get(i + 1).is_some_and(|&n| plain(n)) {
            i += 2;
            continue;
        }
        let width = match b {
            b'*' if bytes.get(i + 1) == Some(&b'*') => 2,
            b'`' => 1,
            _ => {
                let (white, width) = crate::model::text::white_space_at(s, i);
                if !white {
                    if space {
                        // The first character of a word after white space.
                        if !out.is_empty() {
                            out.push(' ');
                        }
                        space = false;
                        run = i;
                    }
                    i += width;
                    continue;
                }
                if !space {
                    out.push_str(&s[run..i]);
                }
                space = true;
                i += width;
                continue;
            }
        };
        // A marker: keep the text before it, then resume after it.
        if !space {
            out.push_str(&s[run..i]);
        }
        i += width;
        run = i;
    }
    if !space {
        out.push_str(&s[run..]);
    }
    out
}

/// [`tidy`]'s plain bytes, by a table: ASCII, neither white space nor a
/// marker ("*", "`").
const TIDY_PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = !matches!(b as u8, b'*' | b'`' | b'\t'..=b'\r' | b' ');
        b += 1;
    }
    t
};

/// A signal for something absent: no quote, no line.
pub(crate) fn absence(rule: &str, effect: i16, step: Step, message: &str) -> Signal {
    Signal {
        rule: rule.to_string(),
        effect,
        quote: String::new(),
        step,
        line: 0,
        message: message.to_string(),
    }
}

/// The first sentence (and match range) where `re` matches, not negated.
pub(crate) fn first<'s, 'a>(
    sentences: &'s [Sentence<'a>],
    re: &Regex,
) -> Option<(&'s Sentence<'a>, Range<usize>)> {
    sentences.iter().find_map(|s| s.find(re).map(|r| (s, r)))
}

/// Builds a dimension score: the signals add points from a base, then the
/// rubric's level for the idea bounds the result to that level's band, and
/// any clamp is itself a signal, so the effects always sum to the score.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// The signals so far.
    pub signals: Vec<Signal>,
}

impl Tally {
    /// Record a signal.
    pub fn push(&mut self, s: Signal) {
        self.signals.push(s);
    }

    /// Sum of effects so far.
    pub fn raw(&self) -> i32 {
        self.signals.iter().map(|s| i32::from(s.effect)).sum()
    }

    /// Close the tally at the rubric `level` (1-5): the score is the raw sum
    /// brought into the level's band (level 3 → 40..=59). `why` explains the
    /// level when that moves the score.
    ///
    /// Inside a band the score takes one of three places: the middle for a
    /// typical idea at this level, five points up or down for one whose
    /// signals put it clearly at the top or bottom of it. That lean is kept
    /// for evidence, where it orders ideas no worse than the levels alone;
    /// see [`Tally::finish_at_middle`] and [`Tally::finish_at`] for the
    /// others.
    pub fn finish(self, level: u8, why: &str, step: Step) -> (u8, Vec<Signal>) {
        self.close(level, why, step, None)
    }

    /// Close the tally at the middle of the rubric `level`'s band (level 3
    /// → 50), whatever the raw sum.
    ///
    /// For customer clarity and problem sharpness the lean inside a band
    /// measured as noise: over every labelled set we hold (about 5,200
    /// ideas, read and never read alike), ranking by the leaning scores
    /// agreed with readers' levels less than ranking by the levels alone
    /// (mean Spearman per set 0.95 against 0.97 on both dimensions). The
    /// extra signals a customer or problem paragraph carries beyond its
    /// level (a second count, another qualifier) do not make readers place
    /// it higher within the level, so the score does not either.
    pub fn finish_at_middle(self, level: u8, why: &str, step: Step) -> (u8, Vec<Signal>) {
        self.close(level, why, step, Some(0))
    }

    /// Close the tally `offset` points from the middle of the rubric
    /// `level`'s band (kept inside the band), whatever the raw sum: for a
    /// dimension whose place inside a level is decided by one fact rather
    /// than by the sum of its signals.
    pub fn finish_at(self, level: u8, offset: i32, why: &str, step: Step) -> (u8, Vec<Signal>) {
        self.close(level, why, step, Some(offset))
    }

    /// `offset`: where inside the band, from its middle; `None` leans by
    /// the signals' sum.
    fn close(mut self, level: u8, why: &str, step: Step, offset: Option<i32>) -> (u8, Vec<Signal>) {
        let level = level.clamp(1, 5);
        let lo = i32::from(level - 1) * 20;
        let hi = if level == 5 { 100 } else { lo + 19 };
        let raw = self.raw();
        // The level is the rubric's, and the rubric has five steps, not a
        // hundred: finer steps would rank ideas on differences the rubric
        // does not make.
        let middle = lo + 10;
        let score = match offset {
            Some(offset) => (middle + offset).clamp(lo, hi),
            None => {
                middle
                    + match raw.clamp(lo, hi) - middle {
                        w if w >= 7 => 5,
                        w if w <= -7 => -5,
                        _ => 0,
                    }
            }
        };
        if score != raw {
            let effect = i16::try_from(score - raw).unwrap_or(0);
            self.signals
                .push(absence("rubric-level", effect, step, why));
        }
        // Strongest first: the biggest moves explain the most.
        self.signals
            .sort_by_key(|s| std::cmp::Reverse(i32::from(s.effect).abs()));
        (u8::try_from(score).unwrap_or(0), self.signals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_at_the_end_is_whole() {
        assert!(ends_with_word("we", "we"));
        assert!(ends_with_word("so far we", "we"));
        assert!(!ends_with_word("so far awe", "we"));
        assert!(!ends_with_word("we paid", "we"));
    }

    #[test]
    fn one_letter_money_signs_are_read_only_where_nothing_else_writes_them() {
        let money = re(MONEY);
        assert!(money.is_match("a huipil uses Q180 of thread"));
        assert!(money.is_match("about K 4,900 per failure"));
        assert!(!money.is_match("sales in Q3 2026"));
        assert!(!money.is_match("the clip has 4K views"));
    }

    #[test]
    fn a_hyphenated_compound_is_not_a_negation() {
        let zero = "Since the city's zero-tolerance rule of March 2026";
        assert!(!negated(zero, zero.find("rule").unwrap_or(0)));
        let no_shows = "The no-show rate doubled";
        assert!(!negated(no_shows, no_shows.find("rate").unwrap_or(0)));
        let not = "We have not agreed a price";
        assert!(negated(not, not.find("agreed").unwrap_or(0)));
    }

    #[test]
    fn patterns_tolerate_markdown_and_apostrophes() {
        let r = re(r"\bnot for\b");
        assert!(r.is_match(&blank_markup("We are **not** for landlords")));
        let r = re(r"\bdon't\b");
        assert!(r.is_match("we don’t know"));
    }

    #[test]
    fn tidy_drops_bold_pairs_and_code_marks_then_collapses_spaces() {
        assert_eq!(
            tidy("- **Nurses**  on\n `night` shifts "),
            "Nurses on night shifts"
        );
        // Pairs from the left: a third star stays; a star split by a
        // backtick is not a pair.
        assert_eq!(tidy("a***b *`*c ** d"), "a*b **c d");
    }

    /// The two-pass form `tidy` must keep: markers out, then white space
    /// collapsed.
    fn tidy_in_two_passes(s: &str) -> String {
        let s = s.trim().trim_start_matches(['-', '+', '*', ' ']);
        let mut kept = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '*' if chars.peek() == Some(&'*') => {
                    chars.next();
                }
                '`' => {}
                c => kept.push(c),
            }
        }
        kept.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    proptest::proptest! {
        #[test]
        fn tidy_agrees_with_two_passes(s in "[a*`\\- +\t\n\u{b}\u{85}\u{a0}\u{2003}\u{3000}é…ſ]{0,30}") {
            proptest::prop_assert_eq!(tidy(&s), tidy_in_two_passes(&s));
        }
    }

    #[test]
    fn negation_is_local_to_the_clause() {
        let s = "No usage data yet";
        assert!(negated(s, s.find("usage").unwrap_or(0)));
        let s = "We have no app, but 40 users signed up";
        assert!(!negated(s, s.find("signed").unwrap_or(0)));
    }

    #[test]
    fn long_sentences_are_quoted_around_the_match() {
        let raw = "word ".repeat(60) + "TARGET " + &"tail ".repeat(60);
        let start = raw.find("TARGET").unwrap_or(0);
        let q = quote(&raw, start..start + 6);
        assert!(q.contains("TARGET") && q.starts_with('…') && q.len() < raw.len());
    }

    #[test]
    fn tally_clamps_into_the_band_and_explains_it() {
        let mut t = Tally::default();
        t.push(absence("a", 90, Step::Customer, "big"));
        let (score, signals) = t.finish(2, "capped", Step::Customer);
        // Far above the band: the top place of level 2.
        assert_eq!(score, 35);
        let sum: i32 = signals.iter().map(|s| i32::from(s.effect)).sum();
        assert_eq!(sum, i32::from(score));
        assert!(signals.iter().any(|s| s.rule == "rubric-level"));
    }
}
