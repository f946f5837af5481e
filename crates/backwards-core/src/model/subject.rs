//! An email's subject line, read as the idea's title.
//!
//! People paste a letter straight from their mail client, so its first line
//! reads "Subject: Scrap Loop — where we are, and a yes/no question". The
//! "Subject:" belongs to the mail client, and the rest mixes the product's
//! name with what the mail is for. The documents head the press release
//! and the PRD with the product's name, and the analyzers use it to tell a
//! sentence selling the product from one describing the pain, so the name
//! is worth finding: in quotation marks, before the dash, after a dash that
//! follows "Idea for the review", or as the coined name the letter defines
//! ("LadeSlot is booking and billing software for …").

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::re;

/// The mail client's prefix, with any replies and forwards after it.
static SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^subject:\s*(?:(?:re|fwd?|aw|tr|sv):\s*)*"));

/// A name in quotation marks: `Idea for review – "Kaarigar Khata", …`.
static QUOTED: LazyLock<Regex> = LazyLock::new(|| re(r#"["“]([^"“”]{2,40})["”]"#));

/// Words that open what the mail is for, never a product's name.
static ERRAND: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:an? |the |my |our |quick |short |small |new |rough |first )*(?:idea|proposal|pitch|one-pager|update|draft|notes?|request|question|thoughts?|summary|write-?up|follow-?up|for|re|fw|fwd)\b",
    )
});

/// What a mail asks of its reader: "can we talk Thursday?", "please read
/// before Thursday", "where I've got to".
static ASKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:can|could|would|will) (?:we|you)\b|^please\b|^where (?:we|i)\b|^(?:an? |the )?(?:short |quick |brief )?(?:note|pitch|proposal|summary|write-?up|follow-?up|reminder|draft)\b|\?$",
    )
});

/// A coined word: a capital inside it ("CompaBot", "LadeSlot"), which no
/// ordinary word or place name has.
const COINED_WORD: &str = r"(?-i:[A-Z])[\w'’-]*(?-i:[a-z])(?-i:[A-Z])[\w'’-]*";

/// A coined word anywhere in a subject.
static COINED: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"\b{COINED_WORD}")));

/// A coined name opening a sentence that says what it is ("LadeSlot is
/// …"), or given as a name ("an app called RoundUp for Paws", "a
/// subscription service, ErgLink, that …"). After "called" the name may
/// run to a few capitalised words, joined by "for", "of" or "and".
static DEFINES: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^|[.!?]\s+|\n)\W*({COINED_WORD}) (?:is|will be|would be)\b|\b(?:called|named) ({CAPITAL_WORD}(?: (?:(?:for|of|and) )?{CAPITAL_WORD}){{0,3}})|\b(?:service|app|tool|platform|product|system),? ({COINED_WORD})\b"
    ))
});

/// A word that starts with a capital letter.
const CAPITAL_WORD: &str = r"(?-i:[A-Z])[\w'’-]*";

/// One line of a mail's header block: "From: …", "To: …", "Date: …".
static HEADER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:from|to|cc|bcc|date|sent|subject|reply-to):\s*\S"));

/// A mail's header block at the start of `text` ("From: …", "To: …",
/// "Subject: …", one per line, then a blank line): its Subject line and
/// the byte length of the block, without the line break that ends it.
/// The block is who sent the mail and to whom, not the pitch: "To: Board,
/// Coconut Growers' Cooperative" names the reader, not the customer.
pub(crate) fn mail_headers(text: &str) -> Option<(&str, usize)> {
    let mut subject = None;
    let mut offset = 0;
    let mut lines = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            break;
        }
        if !HEADER.is_match(trimmed) {
            return None;
        }
        if is_subject(trimmed) {
            subject = Some(trimmed);
        }
        offset += line.len();
        lines += 1;
    }
    // A lone "Subject:" line is a plain title line, read by the caller; a
    // block with nothing after it is not a letter.
    let more = !text[offset..].trim().is_empty();
    let block = text[..offset].trim_end().len();
    subject.filter(|_| lines > 1 && more).map(|s| (s, block))
}

/// A mail client's subject line: "Subject: …" with something after it.
pub(crate) fn is_subject(line: &str) -> bool {
    SUBJECT
        .find(line)
        .is_some_and(|prefix| !line[prefix.end()..].trim().is_empty())
}

/// The title for a first line that is an email subject, or `None` when the
/// line is not one (it is then the title as written). `letter` is the text
/// that follows, where a coined name may be defined.
pub(crate) fn title_from_subject(line: &str, letter: &str) -> Option<String> {
    let prefix = SUBJECT.find(line)?;
    let subject = line[prefix.end()..].trim();
    if subject.is_empty() {
        return None;
    }
    // The surest signs first: a name in quotation marks, a coined word.
    if let Some(quoted) = QUOTED.captures(subject) {
        return Some(quoted[1].trim().to_string());
    }
    if let Some(coined) = COINED.find(subject) {
        return Some(coined.as_str().to_string());
    }
    let (head, tail) = split_at_dash(subject);
    let named = |part: &&str| looks_like_name(part) && !ERRAND.is_match(part);
    if let Some(name) = Some(head).filter(named).or(tail.filter(named)) {
        return Some(name.to_string());
    }
    if let Some(coined) = coined_name(letter) {
        return Some(coined.to_string());
    }
    // No name: what the mail is about, without what it asks of the reader.
    let about = [Some(head), tail]
        .into_iter()
        .flatten()
        .find(|part| !ERRAND.is_match(part) && !ASKS.is_match(part));
    Some(about.unwrap_or(subject).to_string())
}

/// The coined name a text defines first ("LadeSlot is booking software
/// …"), if any. Only a capital inside the word counts, so "Berlin is …" or
/// "Nobody is …" never becomes a product.
pub(crate) fn coined_name(text: &str) -> Option<&str> {
    DEFINES
        .captures(text)
        .and_then(|c| c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
        .map(|m| m.as_str())
}

/// The subject before and after its first spaced dash.
fn split_at_dash(subject: &str) -> (&str, Option<&str>) {
    [" — ", " – ", " - "]
        .iter()
        .filter_map(|dash| subject.find(dash).map(|at| (at, dash.len())))
        .min()
        .map_or((subject, None), |(at, len)| {
            (subject[..at].trim(), Some(subject[at + len..].trim()))
        })
}

/// One to four words starting with a capital letter: a name, not a phrase
/// ("Scrap Loop", "Guide roster tool", not "the rebooking thing").
fn looks_like_name(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=4).contains(&words)
        && text.chars().next().is_some_and(char::is_uppercase)
        && !text.ends_with(['?', '!', '.', ','])
}

#[cfg(test)]
mod tests {
    use super::title_from_subject;

    #[test]
    fn a_line_without_the_prefix_is_not_a_subject() {
        assert_eq!(title_from_subject("Tide Tables for Ferries", ""), None);
        assert_eq!(title_from_subject("Subject:", ""), None);
    }

    #[test]
    fn the_name_before_the_dash() {
        let got = title_from_subject("Subject: Re: Moss Ledger — notes before Tuesday", "");
        assert_eq!(got.as_deref(), Some("Moss Ledger"));
    }

    #[test]
    fn the_name_after_an_errand() {
        let got = title_from_subject("Subject: idea for the board – QuayDesk", "");
        assert_eq!(got.as_deref(), Some("QuayDesk"));
        let got = title_from_subject("subject: Proposal - \"Night Porter\" for the hostels", "");
        assert_eq!(got.as_deref(), Some("Night Porter"));
    }

    #[test]
    fn the_coined_name_the_letter_defines() {
        let letter = "Hi Ana,\n\nthe short version. RotaHive is a shift board for ferry crews.";
        let got = title_from_subject(
            "Subject: idea for Monday - crew shifts on the ferries",
            letter,
        );
        assert_eq!(got.as_deref(), Some("RotaHive"));
    }

    #[test]
    fn a_coined_name_given_in_passing() {
        let letter = "My idea is a small service, KilnKeep, that books kiln space.";
        assert_eq!(super::coined_name(letter), Some("KilnKeep"));
        assert_eq!(
            super::coined_name("an app called TideBook"),
            Some("TideBook")
        );
        assert_eq!(
            super::coined_name("My idea is called Spare Change for Cats. It rounds up."),
            Some("Spare Change for Cats")
        );
        // A brand the customer already uses is not named as ours.
        assert_eq!(super::coined_name("They post it on WhatsApp."), None);
    }

    #[test]
    fn without_a_name_the_subject_is_kept_without_its_prefix() {
        let got = title_from_subject("Subject: the ferry thing, can we talk?", "We run ferries.");
        assert_eq!(got.as_deref(), Some("the ferry thing, can we talk?"));
    }
}
