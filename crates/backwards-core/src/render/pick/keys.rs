//! Keyword search in the idea's sentences: "does this sentence mention
//! any of these words?", asked for every FAQ and PRD question.
//!
//! The rule (see [`mentions`]) is simple and the search runs thousands of
//! times per document set, so the sentence side is prepared once
//! ([`Lower`]: lowercased, with its word starts) and the key side once per
//! question ([`Keys`]). Each shortcut here is checked against the plain
//! rule, [`mentions_key`], by the property tests below.

use std::sync::{Mutex, PoisonError};

use crate::model::text;

/// A lowercased sentence and the byte offsets where its words start.
pub(super) struct Lower {
    text: String,
    starts: Vec<usize>,
    /// The bytes the words start with: a sentence none of whose words
    /// starts like any key is passed over without looking at its words.
    begins: ByteSet,
    /// The first two and the first three bytes of its words (see
    /// [`HeadSet`]): the same test, finer, for keys of two bytes or more.
    heads: HeadSet,
    /// The sentence is all ASCII, so no key with another character (a
    /// currency sign like "€") can be in it.
    ascii: bool,
}

impl Lower {
    pub(super) fn new(sentence: &str) -> Lower {
        let text = sentence.to_lowercase();
        let bytes = text.as_bytes();
        // One allocation: a word start takes at least two bytes (a letter
        // and what ends the word), bar the last.
        let mut starts = Vec::with_capacity(text.len() / 2 + 1);
        let mut begins = ByteSet::default();
        let mut heads = HeadSet::default();
        for i in word_starts(&text) {
            begins.insert(bytes[i]);
            match bytes[i..] {
                [a, b, c, ..] => {
                    heads.insert(&[a, b]);
                    heads.insert(&[a, b, c]);
                }
                [a, b] => heads.insert(&[a, b]),
                _ => {}
            }
            starts.push(i);
        }
        Lower {
            ascii: text.is_ascii(),
            text,
            starts,
            begins,
            heads,
        }
    }
}

/// True when the sentence holds one of the keywords at a word start.
///
/// A sentence asked once needs no [`Keys`] index (building one costs more
/// than the search). Its word starts are found once, with the sets of the
/// bytes, pairs and triples of bytes they begin with: a key that starts
/// with a letter or digit can only match at a word start, so a key whose
/// first byte (or first two, or three) begins no word is out at a glance,
/// and only the rest are tried, by the same rules.
pub(crate) fn mentions(sentence: &str, keys: &[&str]) -> bool {
    Lower::new(sentence).mentions(keys)
}

impl Lower {
    /// [`mentions`] for a sentence lowercased once for many questions.
    pub(super) fn mentions(&self, keys: &[&str]) -> bool {
        let (lower, bytes) = (&self.text, self.text.as_bytes());
        keys.iter().any(|k| {
            let key = k.as_bytes();
            match key.first() {
                Some(&b) if b.is_ascii_alphanumeric() && !self.may_start(key) => false,
                Some(&b) if starts_words_only(k) => self.starts.iter().any(|&i| {
                    bytes[i] == b && has_prefix(&bytes[i..], key) && ends_ok(&lower[i..], k)
                }),
                _ => mentions_key(lower, k),
            }
        })
    }
}

impl Lower {
    /// False when no word of the sentence starts with the first byte of
    /// `key`, or (for a longer key) with its first two or three.
    fn may_start(&self, key: &[u8]) -> bool {
        match key {
            [first] => self.begins.contains(*first),
            [_, _] => self.heads.contains(key),
            [a, b, c, ..] => self.heads.contains(&[*a, *b, *c]),
            [] => true,
        }
    }
}

/// A question's keywords, sorted once for searching many sentences.
///
/// Most keys are plain words. Such a key can only match where a word
/// starts, so a sentence's word starts are found once and each is tried
/// against only the word keys that begin with the same byte, instead of
/// searching the whole sentence once per key. Keys with a space or a symbol
/// keep the plain substring search of [`mentions_key`].
pub(super) struct Keys<'k> {
    /// Plain-word keys, grouped by their first byte.
    words: Vec<&'k str>,
    /// For each first byte, where its keys sit in `words` (start, end).
    by_first: [(u8, u8); 256],
    /// Every other key.
    others: Vec<&'k str>,
    /// The first bytes of the plain-word keys of one byte.
    firsts: ByteSet,
    /// The other plain-word keys' first two bytes (keys of two bytes) or
    /// three (longer keys).
    heads: HeadSet,
}

impl<'k> Keys<'k> {
    pub(super) fn new(keys: &[&'k str]) -> Keys<'k> {
        // Sized once: a question has a dozen keys, and growing two lists
        // key by key cost more than sorting them.
        let mut words: Vec<&'k str> = Vec::with_capacity(keys.len());
        let mut others: Vec<&'k str> = Vec::with_capacity(keys.len());
        let few = keys.len() < usize::from(u8::MAX);
        for &k in keys {
            if few && starts_words_only(k) {
                words.push(k);
            } else {
                others.push(k);
            }
        }
        words.sort_by_key(|k| k.as_bytes()[0]);
        let mut by_first = [(0u8, 0u8); 256];
        let mut firsts = ByteSet::default();
        let mut heads = HeadSet::default();
        // `words` holds fewer than 255 keys (checked above), so every index fits a u8.
        for (i, k) in (0u8..).zip(&words) {
            match k.as_bytes() {
                [first] => firsts.insert(*first),
                [a, b] => heads.insert(&[*a, *b]),
                [a, b, c, ..] => heads.insert(&[*a, *b, *c]),
                [] => {}
            }
            let slot = &mut by_first[usize::from(k.as_bytes()[0])];
            if slot.1 == 0 {
                slot.0 = i;
            }
            slot.1 = i + 1;
        }
        Keys {
            words,
            by_first,
            others,
            firsts,
            heads,
        }
    }

    /// The index of a constant key list, built on its first use and kept
    /// for the life of the process.
    ///
    /// The writers ask a few dozen constant lists, the same ones for every
    /// idea, and building an index (sorting the keys, checking each for
    /// [`starts_words_only`]) cost more than some of the searches it
    /// serves. A list is known by its address and length: the same list
    /// always has both, and two lists with both the same are the same
    /// keys. The kept indexes are bounded by the lists in the source.
    pub(super) fn of(keys: &'static [&'static str]) -> &'static Keys<'static> {
        type Built = Vec<((usize, usize), &'static Keys<'static>)>;
        static BUILT: Mutex<Built> = Mutex::new(Vec::new());
        let id = (keys.as_ptr() as usize, keys.len());
        // A poisoned lock only means another thread panicked while adding
        // an index; the list itself is still whole.
        let mut built = BUILT.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, index)) = built.iter().find(|(k, _)| *k == id) {
            return index;
        }
        let index: &'static Keys<'static> = Box::leak(Box::new(Keys::new(keys)));
        built.push((id, index));
        index
    }

    /// [`mentions`] for a sentence that is already lowercase.
    #[cfg(test)]
    fn found_in_text(&self, lower: &str) -> bool {
        self.others.iter().any(|k| mentions_key(lower, k))
            || self.words_at(lower, &word_starts(lower).collect::<Vec<_>>())
    }

    /// [`mentions`] for a sentence lowercased once for many searches.
    pub(super) fn found_in(&self, lower: &Lower) -> bool {
        if self
            .others
            .iter()
            .any(|k| (k.is_ascii() || !lower.ascii) && mentions_key(&lower.text, k))
        {
            return true;
        }
        // A word key can only match where a word starts with its first
        // byte, or its first two or three.
        (lower.begins.meets(&self.firsts) || lower.heads.meets(&self.heads))
            && self.words_at(&lower.text, &lower.starts)
    }

    /// Whether a plain-word key matches at one of the word starts.
    fn words_at(&self, lower: &str, starts: &[usize]) -> bool {
        let bytes = lower.as_bytes();
        for &i in starts {
            let (from, to) = self.by_first[usize::from(bytes[i])];
            for k in &self.words[usize::from(from)..usize::from(to)] {
                if has_prefix(&bytes[i..], k.as_bytes()) && ends_ok(&lower[i..], k) {
                    return true;
                }
            }
        }
        false
    }
}

/// `rest.starts_with(key)`, compared inline: keys are a few bytes long, and
/// a library call per comparison cost more than the comparison.
fn has_prefix(rest: &[u8], key: &[u8]) -> bool {
    rest.len() >= key.len() && rest.iter().zip(key).all(|(a, b)| a == b)
}

/// The byte offsets where words start: an alphanumeric character after
/// anything else (or at the start).
fn word_starts(lower: &str) -> impl Iterator<Item = usize> + '_ {
    // A byte table for ASCII (nearly all text), decoding only other
    // characters, and a loop of its own for the bytes between words and
    // for those inside one: this runs over every sentence the writers
    // search.
    let bytes = lower.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Between words.
        loop {
            let &b = bytes.get(i)?;
            match text::WORD_CLASS[usize::from(b)] {
                text::WORD => break,
                text::WIDE => {
                    let c = char_at(lower, i);
                    if c.is_alphanumeric() {
                        break;
                    }
                    i += c.len_utf8();
                }
                _ => i += 1,
            }
        }
        let at = i;
        i += char_at(lower, i).len_utf8();
        // Inside the word: only letters and digits go on with it.
        while let Some(&b) = bytes.get(i) {
            match text::WORD_CLASS[usize::from(b)] {
                text::WORD => i += 1,
                text::WIDE => {
                    let c = char_at(lower, i);
                    i += c.len_utf8();
                    if !c.is_alphanumeric() {
                        break;
                    }
                }
                _ => {
                    i += 1;
                    break;
                }
            }
        }
        Some(at)
    })
}

/// The character starting at byte `i`, a character boundary.
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// True when every match of `k` that [`mentions_key`] could accept is found
/// by trying `k` at each word start.
///
/// That needs a key that starts with a letter or digit (so it can only
/// match where a word starts) and whose matches at word starts the general
/// rule cannot miss. The general rule searches for non-overlapping matches,
/// so it misses a match that overlaps an earlier one: for a key like
/// "a b a", a second match can start inside the first, at a word start.
/// A second match can only start where the key's end repeats its start
/// (a border: the "a" of "a b a"), and it starts a word only if the key
/// has no letter or digit right before that point. "the key benefit"
/// repeats its "t", but after an "i": a match starting there is inside a
/// word, so the shortcut still sees every match the rule would.
fn starts_words_only(k: &str) -> bool {
    let b = k.as_bytes();
    let Some(&first) = b.first() else {
        return false;
    };
    let starts_alnum = if first.is_ascii() {
        first.is_ascii_alphanumeric()
    } else {
        k.chars().next().is_some_and(char::is_alphanumeric)
    };
    // A border starts where the first byte comes again: only those
    // positions need the full comparison. The first byte is never inside
    // a character, so such a position is a character boundary.
    starts_alnum
        && !(1..b.len()).any(|p| {
            b[p] == first
                && b.starts_with(&b[p..])
                && !k[..p]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })
}

/// The general rule for one key: a symbol matches anywhere; anything else
/// at a word start, a short key only as a whole word.
fn mentions_key(lower: &str, k: &str) -> bool {
    // Symbols ("$", "%") match anywhere: they sit against digits.
    if !k.chars().any(char::is_alphanumeric) {
        // Most such keys are one sign: a char search skips the setup of a
        // substring search.
        let mut chars = k.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => lower.contains(c),
            _ => lower.contains(k),
        };
    }
    lower.match_indices(k).any(|(i, _)| {
        let starts_word = lower[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        starts_word && ends_ok(&lower[i..], k)
    })
}

/// Whether a key found at the start of `rest` may end there: short keys
/// ("pay", "app") must be whole words, as "application" is not "app".
fn ends_ok(rest: &str, k: &str) -> bool {
    // Over 12 bytes is over 3 characters (none is longer than 4 bytes); up
    // to 3 bytes is at most 3: only the keys between need counting.
    let long = k.len() > 12 || (k.len() > 3 && k.chars().count() > 3);
    long || rest[k.len()..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// A set of bytes, as 256 bits: which bytes some words (or keys) start with.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }

    /// True when the two sets share a byte.
    fn meets(&self, other: &ByteSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
}

/// A set of short byte strings (the first two or three bytes of some
/// words, or keys), hashed into 1,024 bits. Some share a bit: the set may
/// hold a string that was never put in (a test then looks at the words),
/// never miss one that was.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct HeadSet([u64; 16]);

impl HeadSet {
    /// The word and bit of `head` (up to four bytes).
    fn bit(head: &[u8]) -> (usize, u64) {
        let packed = head
            .iter()
            .rev()
            .fold(0u32, |acc, &b| acc << 8 | u32::from(b));
        // Fibonacci hashing: the top ten bits of the product.
        let index = (packed.wrapping_mul(0x9E37_79B1) >> 22) as usize;
        (index >> 6, 1 << (index & 63))
    }

    fn insert(&mut self, head: &[u8]) {
        let (word, bit) = HeadSet::bit(head);
        self.0[word] |= bit;
    }

    fn contains(&self, head: &[u8]) -> bool {
        let (word, bit) = HeadSet::bit(head);
        self.0[word] & bit != 0
    }

    /// True when the two sets may share a string.
    fn meets(&self, other: &HeadSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_matches_word_starts_only() {
        assert!(mentions("Owners pay costs monthly.", &["cost"]));
        assert!(!mentions("They accost nobody.", &["cost"]));
    }

    #[test]
    fn mentions_matches_symbols_and_phrases_anywhere_they_start_a_word() {
        assert!(mentions("It costs $12 a month.", &["$"]));
        assert!(mentions("If churn passes 5% we stop.", &["we stop"]));
        assert!(!mentions("The app, an application.", &["apps"]));
        assert!(!mentions("An application.", &["app"]));
        // The general rule finds non-overlapping matches: "a a" matches once,
        // mid-word, and the overlapping one that starts a word is never seen.
        assert!(!mentions("ba a a", &["a a"]));
    }

    proptest::proptest! {
        /// The word-start scan is a shortcut for the general rule, so the
        /// two must agree on every sentence and key, including keys that
        /// overlap themselves ("a a", "aba").
        #[test]
        fn word_start_scan_agrees_with_the_general_rule(
            sentence in "[abAB1é .,$İ-]{0,40}",
            key in "[ab1é -]{1,5}",
        ) {
            let lower = sentence.to_lowercase();
            proptest::prop_assert_eq!(
                Keys::new(&[key.as_str()]).found_in_text(&lower),
                mentions_key(&lower, &key)
            );
        }
    }

    proptest::proptest! {
        /// `mentions` tries keys at word starts without building [`Keys`];
        /// it must agree with the general rule.
        #[test]
        fn mentions_agrees_with_the_general_rule(
            sentence in "[abAB1é .,$İ-]{0,40}",
            keys in proptest::collection::vec("[ab1é $-]{1,5}", 1..4),
        ) {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let lower = sentence.to_lowercase();
            proptest::prop_assert_eq!(
                mentions(&sentence, &keys),
                keys.iter().any(|k| mentions_key(&lower, k))
            );
        }
    }

    proptest::proptest! {
        /// The byte-set skip in `found_in` never changes an answer.
        #[test]
        fn found_in_agrees_with_the_word_scan(
            sentence in "[abAB1é .,$İ-]{0,40}",
            keys in proptest::collection::vec("[ab1é $-]{1,5}", 1..4),
        ) {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let index = Keys::new(&keys);
            let lower = Lower::new(&sentence);
            proptest::prop_assert_eq!(index.found_in(&lower), index.found_in_text(&lower.text));
        }
    }
}
