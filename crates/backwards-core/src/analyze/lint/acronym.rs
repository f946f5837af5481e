//! The `undefined-acronym` rule: an acronym used before it is spelled out.
//!
//! An acronym is two or more capital letters ("LOI", "SMBs"). It counts as
//! defined where it first appears if it sits in brackets after its words
//! ("letter of intent (LOI)") or is followed by its words in brackets
//! ("LOI (letter of intent)"). Only the first use is checked: once a reader
//! has met it, later uses are fine. Acronyms every reader knows, and words
//! written in capitals for emphasis ("do NOT"), are left alone.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{Hit, UNDEFINED_ACRONYM, prose};

/// Two or more capitals, an optional plural "s", as a whole word (ASCII
/// word boundaries: see `lexicon.rs` for why).
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    // A constant pattern: it compiles or the unit tests fail.
    Regex::new(r"(?-u:\b)[A-Z]{2,}s?(?-u:\b)").expect("constant regex")
});

/// Acronyms a general reader knows, and capitalised words that are emphasis.
const KNOWN: &[&str] = &[
    "AI", "API", "APIS", "ASAP", "B2B", "B2C", "CEO", "CFO", "COO", "CSV", "CTO", "DIY", "DNA",
    "EU", "EUR", "FAQ", "GBP", "GPS", "HR", "HTML", "HTTP", "HTTPS", "ID", "II", "III", "IT", "IV",
    "NYC", "OK", "PC", "PDF", "PM", "AM", "PR", "PRD", "QA", "SMS", "SQL", "TV", "UI", "UK", "URL",
    "US", "USA", "USB", "USD", "UX", "VAT", "VIP", "WIFI", // Emphasis, not acronyms.
    "ALL", "AND", "ANY", "ARE", "BUT", "DO", "DON'T", "FOR", "IF", "IS", "MUST", "NEVER", "NO",
    "NOT", "NOW", "ONLY", "OR", "THE", "TO", "WE", "YOU", "YES", "TODO", "TBD", "FYI", "NB",
];

/// Acronyms met so far: kept across the sections of one idea, so one
/// spelled out in the Customer section is defined for the Risks section.
#[derive(Debug, Default)]
pub(super) struct Seen {
    acronyms: BTreeSet<String>,
}

impl Seen {
    /// Undefined first uses in the prose of one text; remembers every
    /// acronym it meets.
    pub(super) fn scan(&mut self, text: &str, prose: &[Range<usize>]) -> Vec<Hit> {
        let all: Vec<Range<usize>> = ACRONYM
            .find_iter(text)
            .map(|m| m.range())
            .filter(|m| prose::covers(prose, m.clone()))
            .collect();
        let mut hits = Vec::new();
        for (i, m) in all.iter().enumerate() {
            let word = text[m.clone()].trim_end_matches('s');
            let shouting = i > 0 && adjacent(text, &all[i - 1], m)
                || all.get(i + 1).is_some_and(|n| adjacent(text, m, n));
            if KNOWN.contains(&word) || shouting || !self.acronyms.insert(word.to_string()) {
                continue;
            }
            if !defined_here(text, m.clone()) {
                hits.push(Hit {
                    rule: UNDEFINED_ACRONYM,
                    range: m.clone(),
                    phrase: word.to_string(),
                    words: 0,
                });
            }
        }
        hits
    }
}

/// True when only a space separates two capitalised words: a shouted
/// phrase ("DO NOT SHIP"), not a pair of acronyms.
fn adjacent(slice: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    slice
        .get(a.end..b.start)
        .is_some_and(|gap| gap.trim().is_empty())
}

/// "words (LOI)" or "LOI (words)".
fn defined_here(slice: &str, m: Range<usize>) -> bool {
    let before = slice[..m.start].trim_end();
    let after = slice[m.end..].trim_start();
    let bracketed = before.ends_with('(') && after.starts_with(')');
    let explained = after.starts_with('(')
        && after[1..]
            .chars()
            .take_while(|c| *c != ')')
            .any(char::is_lowercase);
    bracketed || explained
}

#[cfg(test)]
mod tests {
    use super::*;

    fn undefined(text: &str) -> Vec<String> {
        Seen::default()
            .scan(text, &prose::prose_ranges(text))
            .into_iter()
            .map(|h| text[h.range].to_string())
            .collect()
    }

    #[test]
    fn first_use_must_be_defined() {
        assert_eq!(
            undefined("We have 3 LOIs. Each LOI is signed."),
            vec!["LOIs"]
        );
        assert!(undefined("Three letters of intent (LOIs). Each LOI is signed.").is_empty());
        assert!(undefined("An LOI (letter of intent) from each.").is_empty());
    }

    #[test]
    fn known_acronyms_and_shouting_pass() {
        assert!(undefined("A PDF for US clinics. DO NOT SHIP IT.").is_empty());
    }

    #[test]
    fn definitions_carry_across_texts() {
        let mut seen = Seen::default();
        let (a, b) = ("Clinic managers (CMs) buy.", "CMs sign.");
        assert!(seen.scan(a, &prose::prose_ranges(a)).is_empty());
        assert!(seen.scan(b, &prose::prose_ranges(b)).is_empty());
    }
}
