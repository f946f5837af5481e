//! A Solution section often opens with a caption, not a sentence: "A
//! calendar that knows each pupil's weekly slot, creates the term invoice
//! and offers a make-up slot." In the idea file that reads well; at the head
//! of a press release's paragraph it reads like a slide. Naming the product
//! makes it a sentence without changing a word of the author's:
//! "StudioDesk is a calendar that knows …".
//!
//! English gives no cheap test for "this has no main verb", so the rule only
//! fires on three shapes where a noun phrase is plainly all there is, and
//! keeps the author's sentence whenever a word might be the verb:
//!
//! 1. a short head, then a relative clause: "A booking page *that* …",
//!    "An app *where* clinics post a shift …";
//! 2. a short head, then a colon: "A phone app: scan the tag, tick …";
//! 3. a short head with only modifiers after it and no word that could be a
//!    verb: "A scale with a fingerprint reader at each peeling shed."
//!
//! "A herder opens the app", "A camera in every unit streams to the app" and
//! "A sensor that clips to the pipe sends an alert" are sentences already,
//! and each is left alone.

/// The longest head noun phrase we trust ("12-metre all-weather pump-out
/// boat" is four words); a longer run is more likely a clause.
const MAX_HEAD_WORDS: usize = 5;

/// The longest product name we put at the head of a sentence. A long title
/// ("Shared booking for hut wardens in the Cairngorms") reads worse there
/// than the caption it would replace.
const MAX_NAME_WORDS: usize = 4;

/// Words that open a relative clause after the head: shape 1.
const RELATIVES: &[&str] = &["that", "which", "who", "whose", "where"];

/// Words that end a head and start a modifier: prepositions and the
/// conjunctions that join a second thing to the first ("A tablet app and a
/// printer").
const MODIFIERS: &[&str] = &[
    "with",
    "for",
    "to",
    "of",
    "in",
    "on",
    "at",
    "from",
    "by",
    "per",
    "across",
    "under",
    "over",
    "into",
    "onto",
    "between",
    "through",
    "without",
    "inside",
    "outside",
    "near",
    "around",
    "behind",
    "beside",
    "plus",
    "after",
    "before",
    "during",
    "within",
    "past",
    "via",
    "above",
    "below",
    "along",
    "among",
    "against",
    "towards",
    "toward",
    "about",
    "like",
    "than",
    "off",
    "up",
    "down",
    "out",
    "beyond",
    "including",
    "and",
    "or",
    "but",
    "so",
    "then",
];

/// Determiners and pronouns. Inside a head they mean a verb came before
/// them ("A herder opens *the* app"); after the head, one that does not
/// follow a preposition or a participle does too ("… a tablet visit *each*
/// home").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "our", "their", "your", "its", "his", "her", "this", "these", "those",
    "each", "every", "my", "us", "them", "it", "me", "you", "him", "we", "they", "i", "he", "she",
    "there", "here", "all", "both", "some", "any", "no",
];

/// Auxiliaries and modals: a clause, never a caption.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "shall",
    "should", "does", "do", "did", "has", "have", "had", "won't", "can't", "isn't", "doesn't",
    "don't", "we'll", "it's",
];

/// One word of a sentence, split from the punctuation around it.
struct Word<'a> {
    /// The word, lower-cased, with no punctuation.
    text: String,
    /// True when punctuation came before it: a quote, a bracket, a sign.
    after_mark: bool,
    /// The punctuation after it: ",", ":", ").", or "".
    trail: &'a str,
}

impl Word<'_> {
    fn is(&self, list: &[&str]) -> bool {
        list.contains(&self.text.as_str())
    }

    /// A participle ends a head ("A tag *clipped* to …", "A board
    /// *showing* …") and may come before a determiner.
    fn is_participle(&self) -> bool {
        self.text.ends_with("ed") || self.text.ends_with("ing")
    }

    /// Might be a verb in the third person ("streams", "flies", "calls").
    /// Plural nouns look the same, so this only ever keeps the author's
    /// sentence; it never turns one into a fragment.
    fn might_be_a_verb(&self) -> bool {
        let w = &self.text;
        w.len() > 3
            && w.ends_with('s')
            && !["ss", "us", "is", "ous", "'s", "’s"]
                .iter()
                .any(|end| w.ends_with(end))
    }
}

/// Split a sentence into words and their punctuation.
fn words(text: &str) -> Vec<Word<'_>> {
    text.split_whitespace()
        .map(|token| {
            let core = token.trim_start_matches(|c: char| !c.is_alphanumeric());
            let end = core
                .trim_end_matches(|c: char| !(c.is_alphanumeric() || "'’-".contains(c)))
                .len();
            Word {
                text: core[..end].to_lowercase(),
                after_mark: core.len() != token.len(),
                trail: &core[end..],
            }
        })
        .collect()
}

/// How the head noun phrase ends.
#[derive(Debug, PartialEq)]
enum HeadEnd {
    Relative,
    Colon,
    Modifier,
}

/// The head noun phrase after the article: how many words it has, where
/// the rest starts and how it ends. `None` when the head holds a word that
/// makes it a clause.
fn head(words: &[Word<'_>]) -> Option<(usize, usize, HeadEnd)> {
    let mut len = 0;
    for (at, word) in words.iter().enumerate() {
        if word.after_mark || word.text.is_empty() {
            return Some((len, at, HeadEnd::Modifier));
        }
        if word.is(RELATIVES) {
            return Some((len, at, HeadEnd::Relative));
        }
        if word.is(MODIFIERS) || (len > 0 && word.is_participle()) {
            return Some((len, at, HeadEnd::Modifier));
        }
        if word.is(DETERMINERS) || word.is(AUXILIARIES) {
            return None;
        }
        len += 1;
        if word.trail.starts_with(':') {
            return Some((len, at + 1, HeadEnd::Colon));
        }
        if !word.trail.is_empty() {
            return Some((len, at + 1, HeadEnd::Modifier));
        }
    }
    Some((len, words.len(), HeadEnd::Modifier))
}

/// Shape 1: a relative clause may hold one verb and the verbs coordinated
/// with it ("that reads the logger, flags …, and asks …"); a second verb
/// before any comma or "and" is the main verb ("A sensor that clips to the
/// pipe *sends* an alert").
fn relative_clause_only(rest: &[Word<'_>]) -> bool {
    let mut verbs = 0;
    for word in rest.iter().skip(1) {
        if word.after_mark || word.is(&["and", "or", "then"]) {
            return true;
        }
        if word.is(AUXILIARIES) {
            return false;
        }
        verbs += usize::from(word.might_be_a_verb());
        if verbs >= 2 {
            return false;
        }
        if word.trail.starts_with([',', ';', ':', '(']) {
            return true;
        }
    }
    true
}

/// Shape 3: nothing after the head may be a verb, up to a colon or a
/// semicolon (after one, anything may follow).
fn modifiers_only(rest: &[Word<'_>]) -> bool {
    let mut previous: Option<&Word<'_>> = None;
    // Words since an "and" that joined a second thing: "A farrier and a
    // technician *arrive* with …" has a verb no suffix gives away, but it
    // stands where the second noun phrase should have ended.
    let mut joined: Option<usize> = None;
    for word in rest {
        if word.is(AUXILIARIES) || word.might_be_a_verb() {
            return false;
        }
        if word.is(&["and", "or"]) {
            joined = Some(0);
        } else if word.is(MODIFIERS) || word.is(DETERMINERS) {
            let ends_a_run = previous.is_some_and(|p| p.trail.is_empty() && !p.is(DETERMINERS));
            if ends_a_run && joined.is_some_and(|run| run >= 2) {
                return false;
            }
            if !word.is(DETERMINERS) {
                joined = None;
            }
        } else if let Some(run) = joined.as_mut() {
            *run += 1;
        }
        let determiner_after_a_verb = word.is(DETERMINERS)
            && previous.is_some_and(|p| {
                p.trail.is_empty()
                    && !(p.is(MODIFIERS)
                        || p.is(RELATIVES)
                        || p.is(DETERMINERS)
                        || p.is_participle())
            });
        if determiner_after_a_verb {
            return false;
        }
        if word.trail.starts_with([':', ';']) {
            return true;
        }
        previous = Some(word);
    }
    true
}

/// True when a sentence ends by opening a numbered list ("A cloud platform
/// with: 1."): there is no sentence to complete.
fn opens_a_list(sentence: &str) -> bool {
    let trimmed = sentence.trim_end().trim_end_matches('.');
    trimmed.ends_with(':')
        || trimmed
            .rsplit_once(':')
            .is_some_and(|(_, after)| after.trim().chars().all(|c| c.is_ascii_digit()))
}

/// The Solution's opening caption as a sentence naming the product, or
/// `None` when it is a sentence already (or might be).
pub(crate) fn as_sentence(name: &str, sentence: &str) -> Option<String> {
    let name_words = name.split_whitespace().count();
    if name_words == 0 || name_words > MAX_NAME_WORDS || name == "Untitled idea" {
        return None;
    }
    let (article, rest) = sentence
        .strip_prefix("A ")
        .map(|rest| ("a", rest))
        .or_else(|| sentence.strip_prefix("An ").map(|rest| ("an", rest)))?;
    if !sentence.trim_end().ends_with('.') || opens_a_list(sentence) {
        return None;
    }
    let words = words(rest);
    let (head_len, after_head, end) = head(&words)?;
    let head_is_a_noun_phrase = (1..=MAX_HEAD_WORDS).contains(&head_len)
        // "A drone flies over …": the last word of a longer head may be its verb.
        && !(head_len >= 2 && words[head_len - 1].might_be_a_verb());
    if !head_is_a_noun_phrase {
        return None;
    }
    let rest_words = &words[after_head..];
    let caption = match end {
        HeadEnd::Colon => true,
        HeadEnd::Relative => relative_clause_only(rest_words),
        HeadEnd::Modifier => modifiers_only(rest_words),
    };
    caption.then(|| format!("{name} is {article} {rest}"))
}

#[cfg(test)]
mod tests {
    use super::as_sentence;

    fn made(sentence: &str) -> Option<String> {
        as_sentence("Tally", sentence)
    }

    #[test]
    fn a_caption_with_a_relative_clause_names_the_product() {
        assert_eq!(
            made("A calendar that knows each pupil's slot, creates the invoice, and offers a make-up lesson.").as_deref(),
            Some("Tally is a calendar that knows each pupil's slot, creates the invoice, and offers a make-up lesson.")
        );
        assert_eq!(
            made("An app where clinics post a shift and locums accept it.").as_deref(),
            Some("Tally is an app where clinics post a shift and locums accept it.")
        );
    }

    #[test]
    fn a_caption_before_a_colon_or_with_only_modifiers_names_the_product() {
        assert!(made("A phone app: scan the tag, tick the checklist, done.").is_some());
        assert!(made("A scale with a fingerprint reader at each peeling shed.").is_some());
        assert!(
            made("A metal tag clipped to the collar, linked to the owner's profile.").is_some()
        );
        assert!(made("A 12-metre pump-out boat with a tank, on a fixed weekly round.").is_some());
    }

    #[test]
    fn a_full_sentence_keeps_its_words() {
        for sentence in [
            "A herder opens the app and requests a search.",
            "A camera in every unit streams to the app.",
            "A sensor that clips to the pipe sends an alert to the plumber.",
            "A drone flies over the field at dawn.",
            "A fixed-wing drone with a 2 kg payload flies from the roof.",
            "A farrier and a technician arrive with a scanner.",
            "A nurse with a tablet visit each home.",
            "A sticker with a code will be fixed inside each block.",
            "A box the family can pick up at the post office.",
        ] {
            assert_eq!(made(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn only_an_indefinite_caption_that_ends_a_sentence_is_completed() {
        assert_eq!(made("The calendar that knows each slot."), None);
        assert_eq!(made("One app that lists every house."), None);
        assert_eq!(made("A cloud platform with: 1."), None);
        assert_eq!(made("A phone app with:"), None);
    }

    #[test]
    fn a_missing_or_long_name_leaves_the_caption() {
        let caption = "A calendar that knows each slot.";
        assert_eq!(as_sentence("Untitled idea", caption), None);
        assert_eq!(as_sentence("Shared booking for hut wardens", caption), None);
    }
}
