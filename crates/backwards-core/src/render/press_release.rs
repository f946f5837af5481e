//! The press release: about one page, written from the customer's side and
//! dated on the launch day (documents.md §2).
//!
//! The order is the canonical one: headline, sub-heading, summary with
//! dateline, problem, solution, a leader's quote, how it works, a customer's
//! quote, and how to get started. The two quotes are fiction the format
//! requires, so they are labelled as illustrative and are built only from
//! the idea's own sentences: no invented names, numbers or claims.

use serde::Serialize;

use super::draft::Draft;
use super::facts::{Facts, capitalise};
use super::fragment;
use super::pick::{self, Sentences};
use super::templates;
use crate::model::Step;

/// The longest press release we write, in words (documents.md: about one page).
const WORD_BUDGET: usize = 600;

/// Words that mark a sentence about price or payment.
const PRICE_KEYS: &[&str] = &[
    "$",
    "€",
    "£",
    "price",
    "pay",
    "pays",
    "paid",
    "fee",
    "subscription",
    "per month",
    "a month",
    "free",
    "billing",
    "billed",
];

/// Words that answer "why now".
pub(crate) const WHY_NOW_KEYS: &[&str] = &[
    "why now",
    "now",
    "this year",
    "since",
    "recently",
    "new rule",
    "new law",
    "deadline",
    "urgent",
    "starting in",
];

/// Superlatives a press release must not carry (documents.md §2: "no
/// superlatives"). The hype lexicon catches marketing adjectives; these are
/// the claims of being first or best that no idea can support.
const SUPERLATIVES: &[&str] = &[
    "best",
    "fastest",
    "easiest",
    "cheapest",
    "simplest",
    "greatest",
    "smartest",
    "ultimate",
    "perfect",
    "unbeatable",
    "world's first",
    "first-ever",
    "number one",
];

/// True when a sentence makes no superlative claim.
fn plain_claim(text: &Sentences<'_>, sentence: &str) -> bool {
    !text.mentions(sentence, SUPERLATIVES)
}

/// Everything the press-release template shows.
#[derive(Debug, Serialize)]
struct PressRelease {
    facts: Facts,
    headline: String,
    dateline: Option<String>,
    benefit_extra: Option<String>,
    #[serde(serialize_with = "templates::paragraph")]
    problem: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    solution: Vec<String>,
    today_extra: Option<String>,
    #[serde(serialize_with = "templates::paragraph")]
    leader_quote: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    customer_quote: Vec<String>,
    price_sentence: Option<String>,
}

/// Write the press release as Markdown.
pub(crate) fn render(draft: &Draft<'_>) -> Result<String, minijinja::Error> {
    let mut pr = build(draft);
    let mut text = templates::render("press_release.md.j2", &pr)?;
    // Over budget: drop the least essential sentences, one at a time.
    while crate::model::text::word_count(&text) > WORD_BUDGET && shorten(&mut pr) {
        text = templates::render("press_release.md.j2", &pr)?;
    }
    Ok(text)
}

/// Pick the sentences of each part.
///
/// The shared facts are copied, not borrowed: the press release drops
/// superlatives from them and may shorten them to fit its word budget,
/// which the FAQ and PRD must not see.
fn build(draft: &Draft<'_>) -> PressRelease {
    let text = &draft.text;
    let mut facts = draft.facts().clone();
    facts.pitch = facts.pitch.filter(|s| plain_claim(text, s));
    facts.benefit = facts.benefit.filter(|s| plain_claim(text, s));
    facts.benefit_clause = facts.benefit_clause.filter(|s| plain_claim(text, s));
    facts.steps.retain(|s| plain_claim(text, s));
    let problem: Vec<String> = problem(text, &facts)
        .into_iter()
        .filter(|s| plain_claim(text, s))
        .collect();
    let solution: Vec<String> = text
        .of(Step::Solution)
        .iter()
        .filter(|s| plain_claim(text, s))
        .take(3)
        .cloned()
        .collect();
    let today_extra = facts
        .today
        .clone()
        .filter(|t| !problem.contains(t) && !solution.contains(t));
    let benefit_extra = facts
        .benefit
        .clone()
        .filter(|b| !solution.contains(b) && Some(b) != facts.pitch.as_ref());
    // Compared above as the author wrote them; shown as a sentence.
    let solution = complete_the_opening(solution, &facts.name);
    PressRelease {
        headline: facts.headline(),
        dateline: dateline(&facts),
        leader_quote: leader_quote(text, &facts),
        customer_quote: customer_quote(text, &facts, &problem),
        price_sentence: text
            .first_matching(&[Step::Experience, Step::Solution, Step::Risks], PRICE_KEYS),
        benefit_extra,
        problem,
        solution,
        today_extra,
        facts,
    }
}

/// The Solution paragraph opens the product's description, so a caption
/// there ("A calendar that knows …") becomes a sentence naming it.
fn complete_the_opening(mut solution: Vec<String>, name: &str) -> Vec<String> {
    if let Some(first) = solution.first_mut()
        && let Some(sentence) = fragment::as_sentence(name, first)
    {
        *first = sentence;
    }
    solution
}

/// "Worcester, MA, October 1, 2026": whatever of city and date the idea gives.
fn dateline(facts: &Facts) -> Option<String> {
    let parts: Vec<&str> = [facts.city.as_deref(), facts.launch.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Up to three Problem sentences, always including the one with its cost.
fn problem(text: &Sentences<'_>, facts: &Facts) -> Vec<String> {
    let mut out: Vec<String> = text.of(Step::Problem).iter().take(3).cloned().collect();
    if let Some(cost) = &facts.cost
        && !out.contains(cost)
    {
        out.push(cost.clone());
    }
    out
}

/// The leader's quote: why this (the problem, or why now when the idea
/// says), then the benefit.
fn leader_quote(text: &Sentences<'_>, facts: &Facts) -> Vec<String> {
    let steps = [Step::Problem, Step::Pitch, Step::Solution, Step::Risks];
    let why = text
        .first_matching(&steps, WHY_NOW_KEYS)
        .or_else(|| text.summary(Step::Problem));
    match (why, &facts.benefit_clause) {
        (Some(why), Some(clause)) => {
            vec![why, format!("We built {} so that {clause}.", facts.name)]
        }
        _ => Vec::new(),
    }
}

/// The customer's quote: life before (today's way, or the cost of the
/// problem) and after (the benefit). The "before" prefers a sentence the
/// problem paragraph has not already used.
fn customer_quote(text: &Sentences<'_>, facts: &Facts, problem: &[String]) -> Vec<String> {
    let labels = [
        "the single most important benefit",
        "the most important benefit",
        "benefit",
    ];
    let after = facts
        .benefit
        .as_deref()
        .map(|b| pick::strip_label(b, &labels).to_string())
        .or_else(|| facts.benefit_clause.clone())
        .map(|b| pick::sentence(&with_the_product(&facts.name, &b, &text.idea().source)));
    let candidates: Vec<String> = [facts.today.clone(), facts.cost.clone()]
        .into_iter()
        .flatten()
        .chain(text.of(Step::Problem).iter().cloned())
        .collect();
    let before = candidates
        .iter()
        .find(|c| !problem.contains(c))
        .or_else(|| candidates.first())
        .cloned();
    match (before, after) {
        (Some(b), Some(a)) if b != a => vec![b, a],
        _ => Vec::new(),
    }
}

/// The benefit as a customer would say it after the launch: "With
/// StudioDesk, teachers spend less of their evenings on admin." A bare
/// benefit ("Teachers spend less …") reads as a slogan in a customer's mouth;
/// naming what changed their week makes it a sentence about their life.
/// The clause is kept as written when it already names the product, opens
/// with "with", or starts with a pronoun that the frame would leave pointing
/// nowhere ("It saves …").
fn with_the_product(name: &str, benefit: &str, source: &str) -> String {
    const KEEP_AS_WRITTEN: &[&str] = &[
        "with", "it", "its", "it's", "this", "that", "these", "those", "they", "we", "you", "i",
        "our", "your", "their", "he", "she", "no", "not",
    ];
    let first = benefit.split_whitespace().next().unwrap_or_default();
    let opener = first
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .to_lowercase();
    let names_product = benefit.to_lowercase().contains(&name.to_lowercase());
    if names_product || KEEP_AS_WRITTEN.contains(&opener.as_str()) {
        return capitalise(benefit);
    }
    format!("With {name}, {}", lower_first(benefit, source))
}

/// The clause with its first word in lower case, when that word is only
/// capitalised because it opened a sentence: the idea itself writes it in
/// lower case somewhere ("booster" in "each missed booster"). Names,
/// acronyms and words the idea never writes in lower case stay as they are.
fn lower_first(clause: &str, source: &str) -> String {
    let first = clause.split_whitespace().next().unwrap_or_default();
    let lower = first.to_lowercase();
    let only_its_initial = first.chars().skip(1).all(|c| !c.is_uppercase());
    let written_lower = source
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .any(|w| w == lower);
    if first != lower && only_its_initial && written_lower {
        format!("{lower}{}", &clause[first.len()..])
    } else {
        clause.to_string()
    }
}

/// Drop one sentence to fit the word budget; false when nothing is left to drop.
fn shorten(pr: &mut PressRelease) -> bool {
    let lists: [&mut Vec<String>; 4] = [
        &mut pr.facts.steps,
        &mut pr.problem,
        &mut pr.solution,
        &mut pr.facts.availability,
    ];
    let longest = lists
        .into_iter()
        .filter(|l| l.len() > 1)
        .max_by_key(|l| pick::words(l));
    match longest {
        Some(list) => list.pop().is_some(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_customer_names_the_product_that_changed_their_week() {
        let source = "Teachers told us: teachers spend evenings on admin.";
        assert_eq!(
            with_the_product(
                "StudioDesk",
                "Teachers spend less of their evenings on admin",
                source
            ),
            "With StudioDesk, teachers spend less of their evenings on admin"
        );
    }

    #[test]
    fn names_acronyms_and_pronouns_keep_their_case_and_their_sentence() {
        // "Leeds" is never written in lower case, so it stays a name.
        let source = "Leeds clinics lose visits. It saves time.";
        assert_eq!(
            with_the_product("VetRecall", "Leeds clinics keep their visits", source),
            "With VetRecall, Leeds clinics keep their visits"
        );
        assert_eq!(
            with_the_product("VetRecall", "GP practices book faster", "gp"),
            "With VetRecall, GP practices book faster"
        );
        assert_eq!(
            with_the_product("VetRecall", "it saves six hours a week", source),
            "It saves six hours a week"
        );
        assert_eq!(
            with_the_product("VetRecall", "VetRecall books the visit", source),
            "VetRecall books the visit"
        );
    }
}
