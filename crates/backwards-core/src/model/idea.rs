//! The parsed idea: front matter, title, pitch, the six named sections and notes.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;

use super::front_matter::FrontMatter;
use super::step::Step;
use super::text;

/// One section of the idea file, kept as the author wrote it.
///
/// `body` is the exact slice of the source, so a byte range inside it maps
/// back to a line of the file: that is what lets every score quote the
/// author's words with their line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The heading as written ("Who is the customer?"), or "Pitch" for the
    /// paragraph under the title.
    pub heading: String,
    /// 1-based line of the heading (of the first pitch line for the pitch).
    pub heading_line: usize,
    /// The raw Markdown body, trimmed of surrounding blank lines.
    pub body: String,
    /// Byte offset of `body` in the source file.
    pub body_offset: usize,
    /// The body read as Markdown, on first use (see [`Section::plain`] and
    /// [`Section::text_nodes`]).
    #[serde(skip)]
    pub(crate) read: Read,
}

/// What a section's body reads as: worked out on first use and kept, since
/// the lint reads each section and the writers then quote it, and one
/// Markdown parse can answer both (see [`text::plain_and_text_nodes`]).
///
/// Derived from `body` alone, so two sections with the same body read the
/// same: it takes no part in comparing them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Read {
    plain: OnceLock<String>,
    text_nodes: OnceLock<Vec<Range<usize>>>,
}

impl PartialEq for Read {
    fn eq(&self, _: &Read) -> bool {
        true
    }
}

impl Eq for Read {}

impl Section {
    /// True when the author wrote nothing under the heading, or only said
    /// they do not know yet ("I don't know yet.", "TBD", "?"). Both are gaps:
    /// the wizards write "I don't know yet." for a skipped step, and the
    /// verdict and the FAQ must then treat the step as open, not answered.
    pub fn is_empty(&self) -> bool {
        is_placeholder(&self.body)
    }

    /// The body as plain text: no Markdown markers, one paragraph or list
    /// item per line. This is what the document writers quote.
    pub fn plain(&self) -> &str {
        if self.read.plain.get().is_none() {
            self.read_both();
        }
        self.read
            .plain
            .get_or_init(|| text::plain(&field_rows(&self.body)))
    }

    /// The byte ranges of the body's text nodes outside code and autolinks
    /// ([`text::text_nodes`]): where the lint looks for prose.
    pub fn text_nodes(&self) -> &[Range<usize>] {
        if self.read.text_nodes.get().is_none() {
            self.read_both();
        }
        self.read
            .text_nodes
            .get_or_init(|| text::text_nodes(&self.body))
    }

    /// Read the plain text and the text nodes from one parse, when the body
    /// is the Markdown both read (no field rows to rewrite for the writers)
    /// and one parse gives both; otherwise each is read on its own when asked.
    fn read_both(&self) {
        let Cow::Borrowed(markdown) = field_rows(&self.body) else {
            return;
        };
        if let Some((plain, nodes)) = text::plain_and_text_nodes(markdown) {
            // Whichever was read already is the same text: keep it.
            let _ = self.read.plain.set(plain);
            let _ = self.read.text_nodes.set(nodes);
        }
    }

    /// The first sentence of the body, as plain text: the section's summary,
    /// used where a document needs a short phrase (headline, persona line).
    /// A letter's greeting ("Dear Ms Okafor,") and its courtesies ("Thank
    /// you for inviting us to write.") say nothing of the idea, so the
    /// sentence after them is the summary.
    pub fn summary(&self) -> String {
        text::sentences(self.plain())
            .into_iter()
            .find(|s| !formality(s))
            .map(|s| s.to_string())
            .unwrap_or_default()
    }
}

/// A letter's greeting or courtesy line: words a reader skips on the way
/// to what the letter is about, and so never the phrase a document quotes.
pub(crate) fn formality(sentence: &str) -> bool {
    greeting(sentence) || formal_opening(without_greeting(sentence))
}

/// "hi all, this is my idea for a rota app": the sentence after the
/// greeting a note runs into it, or the whole sentence when it opens with
/// none.
pub(crate) fn without_greeting(sentence: &str) -> &str {
    let Some(comma) = sentence.find(", ") else {
        return sentence;
    };
    let opening = &sentence[..=comma];
    if opening.split_whitespace().count() <= 4 && greeting(opening) {
        sentence[comma + 2..].trim_start()
    } else {
        sentence
    }
}

/// The opening words of a sentence that says nothing of what is proposed.
///
/// Courtesies: "Thank you for inviting us to write to the fund.", "I hope
/// you are well.". Only a sentence that starts so: thanks in the middle of
/// a sentence ("customers thank us for …") is about the idea. Matched on
/// the opening words alone, because a courtesy can go on for a clause
/// ("Thank you for the conversation at the open day in Caernarfon.") and
/// still says nothing of the idea.
///
/// The author speaking of themselves or of the letter: "My name is Ana.",
/// "Sorry for the mistakes.", "Writing this up before Thursday.".
const FORMAL_OPENINGS: &[&str] = &[
    "thank you for",
    "thank you again",
    "thank you very much for",
    "thanks for",
    "thanks again",
    "many thanks for",
    "i hope you are",
    "i hope you're",
    "i hope this finds",
    "i hope all is well",
    "hope you are",
    "hope you're",
    "hope all is well",
    "i trust you are",
    "my name is",
    "my name's",
    "sorry for",
    "please excuse",
    "i write this in",
    "writing this up",
    "i'm writing this up",
    "i am writing this up",
    "writing this between",
    "writing this on",
    "writing this from",
    "i write about",
    "as promised",
];

/// Whether the sentence opens with one of [`FORMAL_OPENINGS`].
fn formal_opening(sentence: &str) -> bool {
    // The first five words, bare of punctuation, lower-cased, with a curly
    // apostrophe made straight: "I hope you’re" reads as "i hope you're".
    let opening = sentence
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
        .to_lowercase();
    // A whole-word prefix: "thanks for" opens "thanks for the call", but
    // "thank you for" never opens "thank you forms".
    FORMAL_OPENINGS.iter().any(|o| {
        opening
            .strip_prefix(o)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// "Dear Ms Okafor,", "Hi all,", "To the Small Grants Panel, Rural Fund": a
/// greeting or an address line, the way a letter opens, ending in a comma
/// or (once a document has trimmed it) in nothing at all; never a sentence
/// that ends as a sentence does.
pub(crate) fn greeting(sentence: &str) -> bool {
    const OPENERS: &[&str] = &[
        "dear",
        "hi",
        "hello",
        "hey",
        "greetings",
        "namaste",
        "jambo",
        "assalam",
        "salaam",
        "salam",
        "bonjour",
        "hola",
        "ciao",
        "kia",
    ];
    // "Friends,", "Team,": a reader named alone, the way a note opens.
    const VOCATIVES: &[&str] = &["friends", "colleagues", "team", "all", "folks", "everyone"];
    let trimmed = sentence.trim();
    if trimmed.ends_with(['.', '!', '?', ';']) {
        return false;
    }
    let words = trimmed.split_whitespace().count();
    let first = trimmed
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if trimmed.ends_with(',') && words <= 3 && VOCATIVES.contains(&first.as_str()) {
        return true;
    }
    let lower = trimmed.to_lowercase();
    if memo_header(&lower, words) {
        return true;
    }
    if !trimmed.ends_with(':') && OPENERS.contains(&first.as_str()) {
        // "Dear" opens nothing but a letter, so a greeting that names a
        // whole committee ("Dear Ms Quispe and the committee of the Fondo
        // Andino de Desarrollo Rural,") is still one. "Hi" and "Hello" open
        // other things too ("Hi-vis vests for road crews"): past a few
        // words they must end in a greeting's comma.
        return words <= 6 || (words <= 20 && (first == "dear" || trimmed.ends_with(',')));
    }
    addressed(&lower) && words <= 14
}

/// "to: board of directors, harbour gyms from: ana lopes re: member app"
/// (lower-cased): a memo's header lines, which run together into one
/// sentence because none ends with a full stop. A pitch never opens with
/// "To:".
fn memo_header(lower: &str, words: usize) -> bool {
    const FIELDS: &[&str] = &["to:", "attn:", "attention:", "from:", "re:", "subject:"];
    FIELDS.iter().any(|f| lower.starts_with(f)) && words <= 40
}

/// "to the board of redgum haulage group," or "to whom it may concern"
/// (lower-cased): the line a formal letter is addressed with. The "To:"
/// and "Attn:" forms are a memo's header ([`memo_header`]).
fn addressed(lower: &str) -> bool {
    const ADDRESSES: &[&str] = &[
        "to the ",
        "to whom ",
        "to whoever ",
        "attn ",
        "for the attention of ",
    ];
    ADDRESSES.iter().any(|a| lower.starts_with(a))
}

/// A step taken from an idea written as one table of fields keeps the rows
/// under it ("| How many | 140 firms |") as its details, with no header row
/// to make Markdown read them as a table: written out as "How many: 140
/// firms", one per line, they read as prose in the documents. A real table
/// (with its `|---|` rule) is left to the Markdown reader.
fn field_rows(body: &str) -> Cow<'_, str> {
    // A table row holds a "|": a body without one (most) is not read line
    // by line.
    if !body.contains('|')
        || !body.lines().any(text::table_row)
        || body.lines().any(text::table_rule)
    {
        return Cow::Borrowed(body);
    }
    let lines: Vec<String> = body
        .lines()
        .map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            match cells.split_first() {
                Some((label, rest)) if text::table_row(line) && !rest.is_empty() => {
                    format!("{}: {}", label.trim_matches(['*', '_']), rest.join("; "))
                }
                _ => cells.join("; "),
            }
        })
        // Each field is a sentence of its own, so a writer quoting one
        // sentence never runs two fields together.
        .map(|line| {
            if line.ends_with(['.', '!', '?']) || line.is_empty() {
                line
            } else {
                format!("{line}.")
            }
        })
        .collect();
    Cow::Owned(lines.join("\n\n"))
}

/// A parsed idea file. Build it with [`crate::model::parse`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Idea {
    /// The whole file as given (after the UTF-8 check).
    #[serde(skip)]
    pub source: String,
    /// The optional YAML front matter.
    pub front: FrontMatter,
    /// The title, if any: the H1, a plain first line, the name in a mail's
    /// subject, or the coined name a title-less letter gives its product.
    pub title: Option<String>,
    /// The six named sections plus the pitch, keyed by step. A step that is
    /// absent here is a gap.
    pub sections: BTreeMap<Step, Section>,
    /// Sections with headings that name no step, kept and shown as notes.
    pub notes: Vec<Section>,
    /// Byte offset of the start of each line, for offset → line lookups.
    #[serde(skip)]
    pub(crate) line_starts: Vec<usize>,
}

impl Idea {
    /// The product name: front matter `name`, else the title, else a placeholder.
    pub fn name(&self) -> &str {
        self.front
            .name
            .as_deref()
            .or(self.title.as_deref())
            .filter(|n| !n.trim().is_empty())
            .unwrap_or("Untitled idea")
    }

    /// Who launches it: front matter `company`, else the product name.
    pub fn company(&self) -> &str {
        self.front.company.as_deref().unwrap_or_else(|| self.name())
    }

    /// The section for a step, if the author wrote a non-empty one.
    pub fn section(&self, step: Step) -> Option<&Section> {
        self.sections.get(&step).filter(|s| !s.is_empty())
    }

    /// The raw body of a step, or "" when it is missing: convenient for analyzers.
    pub fn text(&self, step: Step) -> &str {
        self.section(step).map_or("", |s| s.body.as_str())
    }

    /// Steps with no text: the gaps the verdict reports.
    pub fn missing_steps(&self) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|s| self.section(*s).is_none())
            .collect()
    }

    /// 1-based line of a byte offset in the source.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i.max(1),
        }
    }

    /// 1-based line of a byte offset inside a step's body.
    pub fn line_in(&self, step: Step, offset_in_body: usize) -> usize {
        let base = self.sections.get(&step).map_or(0, |s| s.body_offset);
        self.line_of(base + offset_in_body)
    }

    /// Total words across all sections, for length-aware rules.
    pub fn word_count(&self) -> usize {
        self.sections
            .values()
            .map(|s| text::word_count(&s.body))
            .sum()
    }
}

/// Answers that say "not known yet" rather than answer the step.
const PLACEHOLDERS: &[&str] = &[
    "i don't know",
    "i don't know yet",
    "i do not know",
    "i do not know yet",
    "don't know",
    "don't know yet",
    "not sure",
    "not sure yet",
    "unknown",
    "tbd",
    "to be decided",
    "to be determined",
    "todo",
    "n/a",
    "?",
];

/// True for an empty body or one that is only a placeholder answer.
fn is_placeholder(body: &str) -> bool {
    // Every analyzer and writer asks this of every section, and nearly every
    // real answer is far longer than any placeholder: say so without the
    // three copies below.
    if too_long_for_a_placeholder(body) {
        return false;
    }
    // Work on the raw text, not `text::plain`: plain text drops inline HTML,
    // and an answer made only of HTML is still an answer (to escape, not lose).
    let raw = body
        .replace('’', "'")
        .replace(['*', '_'], "")
        .to_lowercase();
    let answer = raw.trim().trim_start_matches(['-', '+', ' ']);
    let answer = answer.trim().trim_end_matches(['.', '!']).trim();
    answer.is_empty() || PLACEHOLDERS.contains(&answer)
}

/// The byte length of the longest placeholder: no placeholder has more
/// characters than that.
const LONGEST_PLACEHOLDER: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < PLACEHOLDERS.len() {
        if PLACEHOLDERS[i].len() > longest {
            longest = PLACEHOLDERS[i].len();
        }
        i += 1;
    }
    longest
};

/// True when `body` holds more characters than any placeholder could keep
/// once it is cleaned up as [`is_placeholder`] does.
///
/// The count skips what the cleanup may remove (`*`, `_`) or trim (white
/// space, `-`, `+`, `.`, `!`): every other character survives into the
/// answer, and lowercasing never turns one character into fewer, so more of
/// them than the longest placeholder has means no placeholder can match.
fn too_long_for_a_placeholder(body: &str) -> bool {
    body.chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '*' | '_' | '-' | '+' | '.' | '!')))
        .nth(LONGEST_PLACEHOLDER)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(body: &str) -> Section {
        Section {
            heading: "Customer".into(),
            heading_line: 1,
            body: body.into(),
            body_offset: 0,
            read: Read::default(),
        }
    }

    #[test]
    fn a_letters_greeting_is_not_its_summary() {
        let letter = section("Dear Ms Okafor,\n\nKilnKeep books kiln space for potters.");
        assert_eq!(letter.summary(), "KilnKeep books kiln space for potters.");
        // A sentence that opens like a greeting but says something stays.
        let hi = section("Hi-vis vests for road crews, rented by the week.");
        assert!(hi.summary().starts_with("Hi-vis vests"));
        assert!(super::greeting("Dear Ms Okafor"));
        assert!(!super::greeting("Hello Kitty lunchboxes for schools."));
    }

    #[test]
    fn a_letter_to_a_whole_committee_still_opens_with_a_greeting() {
        let letter = section(
            "Dear Ms Mensah and the members of the Upper Valley Rural Enterprise Fund committee,\n\n\
             FleeceFlow collects wool from hill farms.",
        );
        assert_eq!(
            letter.summary(),
            "FleeceFlow collects wool from hill farms."
        );
        let addressed = section(
            "To the Small Grants Panel, Marches Enterprise Trust\n\n\
             FleeceFlow collects wool from hill farms.",
        );
        assert_eq!(
            addressed.summary(),
            "FleeceFlow collects wool from hill farms."
        );
        assert!(super::greeting(
            "To: Board of Trustees, Riverside Learning Trust"
        ));
        let memo = section(
            "To: Board of Directors, Harbour Gyms\nFrom: Ana Lopes, Operations\n\
             Re: A member app for our four gyms\n\nFriends,\n\n\
             FleeceFlow collects wool from hill farms.",
        );
        assert_eq!(memo.summary(), "FleeceFlow collects wool from hill farms.");
        let intro = section(
            "Hello, my name is Rosa, I keep bees in Oaxaca. Sorry for the mistakes. \
             FleeceFlow collects wool.",
        );
        assert_eq!(intro.summary(), "FleeceFlow collects wool.");
        assert_eq!(
            super::without_greeting("hi all, this is my idea for a rota app"),
            "this is my idea for a rota app"
        );
        assert_eq!(
            super::without_greeting("Hives, honey and wax for bakers"),
            "Hives, honey and wax for bakers"
        );
        let salaam = section("Assalam-o-alaikum Mr Qureshi,\n\nFleeceFlow collects wool.");
        assert_eq!(salaam.summary(), "FleeceFlow collects wool.");
        // A sentence that starts with "to" and says something stays.
        assert!(!super::greeting(
            "To the kitchens of small hotels, we sell herbs."
        ));
        assert!(!super::greeting(
            "Hi-vis vests rented by the week to road crews in three counties"
        ));
    }

    #[test]
    fn a_letters_courtesy_is_not_its_summary() {
        let letter = section(
            "Dear Mr Pryce,\n\nThank you for inviting us to write to the Uplands Fund. \
             StileWorks repairs field gates for hill farms.",
        );
        assert_eq!(
            letter.summary(),
            "StileWorks repairs field gates for hill farms."
        );
        let hope = section("I hope you’re well. BinBuddy weighs bins for cafés.");
        assert_eq!(hope.summary(), "BinBuddy weighs bins for cafés.");
        // Thanks that are about the idea, or not at its start, stay.
        let thanks = section("Thank-you cards printed on seed paper, sold to florists.");
        assert!(thanks.summary().starts_with("Thank-you cards"));
        assert!(!super::formality("Customers thank you for a quick reply."));
        assert!(!super::formality("Thanksgiving hampers for care homes."));
        // A note about the writing itself is no more the idea than thanks are.
        for aside in [
            "Writing this between two charters, so forgive the mess.",
            "As promised, here is the idea in writing.",
            "I write about the idea we talked about in the meeting.",
        ] {
            assert!(super::formality(aside), "{aside}");
        }
        assert!(!super::formality("Writing tools for dyslexic pupils."));
        assert!(!super::formality(
            "I am writing this for the weavers who still dye their own yarn."
        ));
    }

    #[test]
    fn placeholder_answers_are_gaps() {
        for body in [
            "",
            "  ",
            "I don't know yet.",
            "I don’t know",
            "*TBD*",
            "?",
            "- Unknown",
        ] {
            assert!(section(body).is_empty(), "{body:?} should be a gap");
        }
    }

    #[test]
    fn the_length_shortcut_never_hides_a_placeholder() {
        // Padded with everything the cleanup removes or trims, a placeholder
        // is still one, however long the body gets.
        for p in PLACEHOLDERS {
            let padded = format!(" \n- **__{}__** !!.. \t", p.to_uppercase());
            assert!(section(&padded).is_empty(), "{padded:?}");
        }
        assert!(too_long_for_a_placeholder("Nurses on night shifts."));
        assert!(!too_long_for_a_placeholder("- *TBD*"));
    }

    #[test]
    fn real_answers_are_not_gaps() {
        for body in [
            "Nurses.",
            "I don't know how many, but nurses on night shifts.",
            "Unknown startups.",
        ] {
            assert!(!section(body).is_empty(), "{body:?} is an answer");
        }
    }
}
