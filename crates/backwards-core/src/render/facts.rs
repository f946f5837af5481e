//! The facts several documents need: the persona, the benefit, today's way,
//! the dateline and so on, each picked from the idea once.
//!
//! Each fact is an `Option` or a list: absent means the idea does not say,
//! and the templates then leave it out (the press release) or write
//! "Not answered yet" (the FAQ and PRD). Nothing here invents a value.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use serde::Serialize;

use super::pick::{self, Sentences};
use crate::analyze::lead_in_end;
use crate::model::{LaunchDate, Precision, Step, half_of, quarter_of};
use crate::pattern::re;
use crate::render::RenderContext;

/// Words that introduce the author's "single most important benefit".
const BENEFIT_KEYS: &[&str] = &[
    "the single most important benefit",
    "the most important benefit",
    "most important benefit",
    "the key benefit",
    "key benefit",
    "the main benefit",
    "main benefit",
    "benefit",
];

/// Words that describe how customers cope today.
const TODAY_KEYS: &[&str] = &[
    "today",
    "currently",
    "cope",
    "workaround",
    "instead",
    "by hand",
    "manually",
    "spreadsheet",
    "paper",
    "at the moment",
    "right now",
    "still use",
];

/// Words that put a cost on the problem.
const COST_KEYS: &[&str] = &[
    "cost", "spend", "spent", "hour", "lose", "lost", "$", "€", "£", "pay", "paying", "paid",
    "minute", "day", "days", "week", "waste", "fine", "%",
];

/// Words that say a group is not the customer.
const NOT_CUSTOMER_KEYS: &[&str] = &[
    "not our customer",
    "not the customer",
    "not for",
    "not ",
    "except",
    "exclude",
    "excluding",
];

/// Words that say where and when the product is available.
const AVAILABILITY_KEYS: &[&str] = &[
    "launch",
    "available",
    "availability",
    "app store",
    "google play",
    "pilot",
    "beta",
    "first install",
    "starting in",
    "rollout",
    "roll out",
    "ships",
];

/// The facts shared by the press release, the FAQ and the PRD.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Facts {
    /// Product name.
    pub name: String,
    /// Who launches it.
    pub company: String,
    /// Dateline city, as written in the front matter.
    pub city: Option<String>,
    /// Launch date, in words at its precision ("September 1, 2027",
    /// "January 2028", "2028").
    pub launch: Option<String>,
    /// True when the launch date names a day: "launches on September 1,
    /// 2027", but "launches in January 2028".
    pub launch_on_day: bool,
    /// Launch date, ISO ("2027-09-01"), for derived milestone labels.
    pub launch_iso: Option<String>,
    /// True when the launch date (all of its month or year) is before the day
    /// the documents are generated.
    pub launch_passed: bool,
    /// The price, as written in the front matter.
    pub price: Option<String>,
    /// The pitch: the idea in one sentence.
    pub pitch: Option<String>,
    /// The most important benefit, as a sentence.
    pub benefit: Option<String>,
    /// The benefit as a clause that can follow "so that".
    pub benefit_clause: Option<String>,
    /// The customer, as a short noun phrase ("owners of landscaping companies").
    pub persona: Option<String>,
    /// Who is not the customer.
    #[serde(serialize_with = "super::templates::paragraph")]
    pub not_customer: Vec<String>,
    /// How customers cope today. The press release's Rust reads it; no
    /// template does, so it is not handed to them.
    #[serde(skip)]
    pub today: Option<String>,
    /// The sentence that puts a cost on the problem (read like `today`).
    #[serde(skip)]
    pub cost: Option<String>,
    /// The experience, step by step.
    pub steps: Vec<String>,
    /// Where and when it is available, in the idea's words.
    #[serde(serialize_with = "super::templates::paragraph")]
    pub availability: Vec<String>,
    /// Headings of the steps with sentences left out for their hype words.
    pub hype_steps: Vec<&'static str>,
}

impl Facts {
    /// Pick every shared fact from the idea.
    pub fn pick(cx: &RenderContext<'_>, text: &Sentences<'_>) -> Facts {
        let idea = cx.idea;
        // A grant letter's pitch asks for money ("I am writing to ask the
        // Fund for £4,000 towards a net loft"); the documents launch the
        // thing the money is for.
        let pitch = text
            .summary(Step::Pitch)
            .map(|p| match what_is_asked_for(&p) {
                Some(thing) => format!("{}.", capitalise(thing)),
                // "hi all, this is my idea …": the greeting a note runs
                // into its first sentence is not part of the pitch.
                None => match crate::model::without_greeting(&p) {
                    said if said.len() < p.len() => capitalise(said),
                    _ => p,
                },
            });
        let launch = idea.front.launch;
        let benefit = benefit(text);
        let benefit_clause = benefit
            .as_deref()
            .map(|b| pick::inline(pick::strip_label(b, BENEFIT_KEYS), &idea.source))
            .or_else(|| pitch.as_deref().and_then(so_clause).map(str::to_string))
            .or_else(|| comparison(text).map(|c| pick::inline(&c, &idea.source)))
            .filter(|c| !c.is_empty());
        let availability = text.matching(&[Step::Experience], AVAILABILITY_KEYS, 4);
        let steps = text
            .of(Step::Experience)
            .iter()
            .filter(|s| !(availability.contains(s) && pick::has_number(s)))
            // "We plan to open it in September 2027" says when, not what
            // the customer does: the call to action already gives the date.
            .filter(|s| !launch.is_some_and(|d| names_launch(s, d)))
            .cloned()
            .collect();
        let availability = availability
            .into_iter()
            .filter(|s| {
                // The template states the launch date itself; do not say it twice.
                let says_date = launch.is_some_and(|d| s.contains(&launch_words(d)));
                let says_launch = launch.is_some() && text.mentions(s, &["launch"]);
                !(says_date || says_launch)
            })
            .take(2)
            .collect();
        Facts {
            name: pick::escape(idea.name()),
            company: pick::escape(idea.company()),
            city: idea.front.city.as_deref().map(pick::escape),
            launch: launch.map(launch_words),
            launch_on_day: launch.is_some_and(|d| d.precision() == Precision::Day),
            launch_iso: launch.map(|d| d.to_string()),
            launch_passed: launch.is_some_and(|d| d.passed(cx.generated_on)),
            price: idea.front.price.as_deref().map(pick::escape),
            pitch,
            benefit,
            benefit_clause,
            persona: persona(text),
            not_customer: text.matching(&[Step::Customer], NOT_CUSTOMER_KEYS, 2),
            today: today(text),
            cost: cost(text),
            steps,
            availability,
            hype_steps: Step::ALL
                .into_iter()
                .filter(|s| text.dropped_for_hype(*s))
                .map(Step::heading)
                .collect(),
        }
    }

    /// The headline: the product and the customer's benefit, in the
    /// customer's words (the pitch's "so …" clause when it has one).
    pub fn headline(&self) -> String {
        short_clause(&self.long_headline())
    }

    /// The headline before it is cut to its first clause.
    fn long_headline(&self) -> String {
        let clause = self.pitch.as_deref().and_then(so_clause);
        match (clause, &self.pitch, &self.benefit_clause) {
            (Some(c), _, _) => format!("{}: {}", self.name, capitalise(c)),
            (None, Some(p), _) if p.contains(&self.name) => {
                p.trim_end_matches(['.', '!']).to_string()
            }
            (None, _, Some(b)) => format!("{}: {}", self.name, capitalise(b)),
            (None, Some(p), None) => format!("{}: {}", self.name, capitalise(p)),
            (None, None, None) => self.name.clone(),
        }
    }
}

/// The author's most important benefit: a sentence the author labelled as
/// the benefit, in the Solution or the pitch.
fn benefit(text: &Sentences<'_>) -> Option<String> {
    text.first_matching(&[Step::Solution, Step::Pitch], BENEFIT_KEYS)
}

/// A Solution sentence that compares with today's way: the benefit when the
/// author labelled none.
fn comparison(text: &Sentences<'_>) -> Option<String> {
    text.first_matching(
        &[Step::Solution],
        &["instead of", "than", "no longer", "without"],
    )
}

/// What a letter's request is for: "I am writing to ask the Fund for
/// £18,000 towards a mobile sheep-dip trailer." gives "a mobile sheep-dip
/// trailer", and "… to ask for support for a lending library of winter
/// kit" gives the library. A press release written on launch day announces the trailer,
/// not the asking; the amount stays in the idea (and its FAQ), and nothing
/// is made up, since the words are the author's own. Only the plain verbs
/// of setting something up are dropped ("to start shared sauna evenings"
/// gives "shared sauna evenings"); any other verb ("to take our plays on
/// tour") keeps the whole sentence, which is the honest reading.
fn what_is_asked_for(pitch: &str) -> Option<&str> {
    static ASK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:i|we)(?: am|'m|’m| are|'re|’re) writing\b[^.?!]*?\bto (?:ask|apply|request)\b[^.?!]*?\bfor (?:a (?:grant|loan|award|sum) of )?(?:about |around |roughly |some )?(?:[£$€₹¥]\s?\d[\d,.]*(?:\s?(?:k|m|million|thousand))?|[a-z]{3} \d[\d,.]*(?:\s?(?:k|m|million|thousand))?|\d[\d,.]*(?:\s?(?:k|m|million|thousand))?(?: [a-z]+)?|(?:your |the fund's |some )?(?:support|funding|help)) (?:towards?|for|to (?:start|set up|build|buy|open|run|fund|create|launch|pay for)) (.+?)\W*$",
        )
    });
    ASK.captures(pitch)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
        .filter(|thing| thing.split_whitespace().count() >= 2 && !vague(thing))
}

/// "a small project", "our idea": what the money is for, named only as a
/// kind of undertaking. A headline that says it launches "A small project"
/// says nothing; the author's whole sentence is kept instead.
fn vague(thing: &str) -> bool {
    static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:a|an|the|our|my|this)\s+(?:[\w-]+\s+)?(?:project|idea|proposal|initiative|plan|venture|scheme)\b",
        )
    });
    VAGUE.is_match(thing)
}

/// The part of a pitch after ", so" or "so that": the benefit, in the
/// customer's words ("Friday payroll takes minutes instead of an afternoon").
fn so_clause(pitch: &str) -> Option<&str> {
    [" so that ", ", so "]
        .iter()
        .filter_map(|k| pitch.find(k).map(|i| &pitch[i + k.len()..]))
        .next()
        .map(|c| c.trim().trim_end_matches(['.', '!']))
        .filter(|c| c.split_whitespace().count() >= 3)
}

/// The customer as a short noun phrase: the summary cut before its first
/// qualifier ("… who heat with oil" → "homeowners in New England"). A
/// declaration's lead-in ("Our customers are …", "The people I would serve
/// are …") goes first: the press release launches "for hill farmers", not
/// "for the people I would serve are hill farmers".
fn persona(text: &Sentences<'_>) -> Option<String> {
    let summary = text.of(Step::Customer).first()?;
    let mut phrase = pick::inline(summary, &text.idea().source);
    if let Some(end) = lead_in_end(&phrase) {
        phrase.drain(..end);
    }
    for cut in [
        " who ",
        " with ",
        " that ",
        ", ",
        "; ",
        " (",
        ": ",
        " — ",
        " because ",
    ] {
        if let Some(i) = phrase.find(cut)
            && phrase[..i].split_whitespace().count() >= 2
        {
            phrase.truncate(i);
        }
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (words.len() <= 16).then_some(phrase)
}

/// How customers cope today: a Problem sentence about today's way.
fn today(text: &Sentences<'_>) -> Option<String> {
    text.first_matching(&[Step::Problem], TODAY_KEYS)
}

/// The Problem sentence that puts a number on the cost.
fn cost(text: &Sentences<'_>) -> Option<String> {
    text.matching(&[Step::Problem], COST_KEYS, 8)
        .into_iter()
        .find(|s| pick::has_number(s))
}

/// Cut a headline at its first clause break (", ", "; ", " — ") when at
/// least six words come before it: a headline is read in one breath.
fn short_clause(text: &str) -> String {
    let cut = [", ", "; ", " — "]
        .iter()
        .filter_map(|sep| text.find(sep))
        .filter(|i| text[..*i].split_whitespace().count() >= 6)
        .min();
    match cut {
        Some(i) => text[..i].to_string(),
        None => text.to_string(),
    }
}

/// "2027-09-01" → "September 1, 2027": the dateline form.
pub(crate) fn long_date(date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = usize::try_from(date.month() - 1)
        .ok()
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("");
    format!("{month} {}, {}", date.day(), date.year())
}

/// The launch date in words at its precision: "September 1, 2027",
/// "January 2028", "Q3 2027", "H2 2027" or "2028". A month or a year never gains the day of its
/// anchor, which the idea does not state.
pub(crate) fn launch_words(launch: LaunchDate) -> String {
    let anchor = launch.anchor();
    match launch.precision() {
        Precision::Day => long_date(anchor),
        Precision::Month => anchor.strftime("%B %Y").to_string(),
        Precision::Quarter => format!("Q{} {}", quarter_of(anchor), anchor.year()),
        Precision::Half => format!("H{} {}", half_of(anchor), anchor.year()),
        Precision::Year => anchor.year().to_string(),
    }
}

/// Whether a sentence names the launch in words: the date as the
/// documents write it, or its month and year ("September 2027") when the
/// launch is a day or a month.
fn names_launch(sentence: &str, launch: LaunchDate) -> bool {
    let month = match launch.precision() {
        Precision::Day | Precision::Month => Some(launch.anchor().strftime("%B %Y").to_string()),
        Precision::Quarter | Precision::Half | Precision::Year => None,
    };
    sentence.contains(&launch_words(launch)) || month.is_some_and(|m| sentence.contains(&m))
}

/// Upper-case the first letter, for a clause that becomes a title.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn so_clause_takes_the_benefit_after_so() {
        assert_eq!(
            so_clause("A phone clock-in, so Friday payroll takes minutes."),
            Some("Friday payroll takes minutes")
        );
        assert_eq!(so_clause("A phone clock-in."), None);
    }

    #[test]
    fn a_letters_ask_gives_way_to_what_the_money_is_for() {
        assert_eq!(
            what_is_asked_for(
                "I am writing to ask the Rural Fund for £18,000 towards a mobile sheep-dip trailer."
            ),
            Some("a mobile sheep-dip trailer")
        );
        assert_eq!(
            what_is_asked_for(
                "We are writing to apply for a grant of €6,500 to start shared smoke sauna evenings."
            ),
            Some("shared smoke sauna evenings")
        );
        // Another verb keeps the whole sentence, and so does a plain pitch.
        assert_eq!(
            what_is_asked_for("I am writing to ask for £900 to take our plays on tour."),
            None
        );
        assert_eq!(
            what_is_asked_for(
                "I am writing on behalf of the valley rescue team to ask for support for a lending library of winter kit."
            ),
            Some("a lending library of winter kit")
        );
        assert_eq!(
            what_is_asked_for(
                "I am writing to ask for your support for a small project at the shop."
            ),
            None
        );
        assert_eq!(what_is_asked_for("A shared net loft for six boats."), None);
    }

    #[test]
    fn long_date_spells_the_month() {
        let d = Date::new(2027, 9, 1).expect("a valid date");
        assert_eq!(long_date(d), "September 1, 2027");
    }

    #[test]
    fn a_sentence_naming_the_launch_month_names_the_launch() {
        let day: LaunchDate = "2027-09-01".parse().expect("a launch date");
        assert!(names_launch("We plan to open it in September 2027.", day));
        assert!(names_launch("It opens on September 1, 2027.", day));
        assert!(!names_launch("The teacher imports the pupil list.", day));
        assert!(!names_launch("We open in September 2028.", day));
        let quarter: LaunchDate = "2027-Q3".parse().expect("a launch date");
        assert!(names_launch("Doors open in Q3 2027.", quarter));
        assert!(!names_launch("In 2027 the rules change.", quarter));
    }

    #[test]
    fn launch_words_keep_the_precision_written() {
        let words = |t: &str| launch_words(t.parse().expect("a launch date"));
        assert_eq!(words("2027-09-01"), "September 1, 2027");
        assert_eq!(words("2028-01"), "January 2028");
        assert_eq!(words("2028"), "2028");
        assert_eq!(words("2027-Q3"), "Q3 2027");
        assert_eq!(words("2027-H2"), "H2 2027");
    }
}
