//! The PRD: what an engineer needs to start without a clarification call
//! (documents.md §4).
//!
//! Vision, customer, problem and evidence, goals and non-goals, user
//! stories, a requirements table with priorities and testable acceptance
//! criteria, milestones counted back from the launch date, risks with a
//! mitigation or a retiring test each, and every open question.

use minijinja::Value;
use serde::Serialize;

use super::draft::Draft;
use super::milestones::{self, Milestone};
use super::pick::{self, Sentences};
use super::templates;
use crate::model::{Idea, Step};

/// The most requirements one PRD lists (the IDs R1… are format vocabulary).
pub(crate) const MAX_REQUIREMENTS: usize = 24;

/// One row of the requirements table.
#[derive(Debug, Serialize)]
struct Requirement {
    id: String,
    text: String,
    priority: &'static str,
    /// Which acceptance criterion the template writes: benefit, solution,
    /// step, safeguard, data or later (the keys of its `criterion` map, so
    /// a row costs one look-up, not a chain of comparisons).
    kind: &'static str,
}

/// One risk, assumption or dependency, with its mitigation when the idea gives one.
#[derive(Debug, Serialize)]
struct RiskItem {
    /// kill, claim, dependency, assumption or risk: the keys of the
    /// template's `kind` and `retire` maps (its label, and its test when the
    /// idea gives no mitigation).
    kind: &'static str,
    text: String,
    mitigation: Option<String>,
}

/// A section of the idea whose heading names no step.
#[derive(Debug, Serialize)]
struct Note {
    heading: String,
    #[serde(serialize_with = "templates::paragraph")]
    sentences: Vec<String>,
}

/// Everything the PRD template shows.
#[derive(Debug, Serialize)]
struct Prd<'d> {
    /// [`Draft::facts_value`].
    facts: Value,
    #[serde(serialize_with = "templates::paragraph")]
    customer: &'d [String],
    #[serde(serialize_with = "templates::paragraph")]
    problem: &'d [String],
    evidence: &'d [String],
    metrics: &'d [String],
    non_goals: &'d [String],
    requirements: Vec<Requirement>,
    milestones: Vec<Milestone>,
    risks: Vec<RiskItem>,
    gaps: Vec<String>,
    unanswered: Vec<&'static str>,
    notes: Vec<Note>,
}

/// Write the PRD as Markdown.
///
/// The FAQ's answers come from the draft: the PRD's metrics, non-goals and
/// unanswered questions are the FAQ's, picked once for both.
pub(crate) fn render(draft: &Draft<'_>) -> Result<String, minijinja::Error> {
    let cx = &draft.cx;
    let idea = cx.idea;
    let text = &draft.text;
    let answers = draft.answers();
    let mut unanswered = answers
        .ext
        .unanswered(idea.front.price.is_some(), idea.front.launch.is_some());
    unanswered.extend(answers.int.unanswered());
    let facts = draft.facts();
    let prd = Prd {
        requirements: requirements(text, &facts.steps),
        facts: draft.facts_value(),
        customer: first(text.of(Step::Customer), 4),
        problem: first(text.of(Step::Problem), 5),
        evidence: first(text.of(Step::Evidence), 5),
        metrics: answers.int.success_sentences(),
        non_goals: answers.int.not_doing_sentences(),
        milestones: milestones::plan(idea.front.launch),
        risks: risks(text),
        gaps: cx
            .report
            .gaps
            .iter()
            .map(|g| pick::escape(&g.question))
            .collect(),
        unanswered,
        notes: notes(idea),
    };
    templates::render("prd.md.j2", &prd)
}

/// At most the first `n` sentences.
fn first(sentences: &[String], n: usize) -> &[String] {
    &sentences[..sentences.len().min(n)]
}

/// Words that mark a sentence as later work, not launch scope.
const LATER: &[&str] = &[
    "later",
    "after launch",
    "phase 2",
    "v2",
    "future",
    "next year",
    "eventually",
    "are next",
];
/// Words that mark a safeguard the idea already plans.
const SAFEGUARD: &[&str] = &["mitigation", "mitigate", "fallback", "safeguard"];
/// Words that claim a risk away instead of naming one: the PRD marks these
/// as claims to test, not as risks handled.
const DENIAL: &[&str] = &[
    "no real risk",
    "no risk",
    "no major risk",
    "don't see",
    "do not see",
    "no competition",
    "no competitor",
    "not a realistic",
    "can't be lost",
    "cannot fail",
    "can't fail",
    "no reason to",
    "will not need",
    "risk is 0",
    "nobody else",
    "no one else",
    "can't compete",
    "well understood",
];
/// Words that mark a data-handling requirement.
const DATA: &[&str] = &[
    "data", "privacy", "personal", "gdpr", "hipaa", "encrypt", "stored", "delete", "consent",
];

/// The requirements: Solution sentences (P0 first), Experience steps,
/// safeguards and data handling (P1), and later work (P2).
fn requirements(text: &Sentences<'_>, steps: &[String]) -> Vec<Requirement> {
    let mut rows: Vec<(String, &'static str, &'static str)> = Vec::new();
    let mut add = |text: String, priority, kind| {
        if !rows.iter().any(|(t, _, _)| *t == text) {
            rows.push((text, priority, kind));
        }
    };
    for (i, s) in text.of(Step::Solution).iter().cloned().enumerate() {
        let mentions = |keys: &[&str]| text.mentions_at(Step::Solution, i, keys);
        if mentions(LATER) {
            add(s, "P2", "later");
        } else if mentions(&["benefit"]) || (pick::has_number(&s) && i < 4) {
            add(s, "P0", "benefit");
        } else {
            add(s, if i < 3 { "P0" } else { "P1" }, "solution");
        }
    }
    for s in steps.iter().cloned() {
        let kind = if text.mentions(&s, LATER) {
            "later"
        } else {
            "step"
        };
        let priority = if kind == "later" { "P2" } else { "P1" };
        add(s, priority, kind);
    }
    for s in text.matching(&[Step::Risks], SAFEGUARD, 4) {
        add(s, "P1", "safeguard");
    }
    for s in text.matching(&[Step::Solution, Step::Experience, Step::Risks], DATA, 2) {
        add(s, "P1", "data");
    }
    rows.sort_by_key(|(_, p, _)| *p);
    rows.into_iter()
        .take(MAX_REQUIREMENTS)
        .enumerate()
        .map(|(i, (text, priority, kind))| Requirement {
            id: format!("R{}", i + 1),
            text: pick::cell(&text),
            priority,
            kind,
        })
        .collect()
}

/// Risks, assumptions and dependencies from the Risks step. A sentence that
/// starts with "Mitigation" belongs to the item before it.
fn risks(text: &Sentences<'_>) -> Vec<RiskItem> {
    let mut items: Vec<RiskItem> = Vec::new();
    for (i, s) in text.of(Step::Risks).iter().enumerate() {
        let is_mitigation = text.mentions_at(Step::Risks, i, &["mitigation"])
            && s.to_lowercase().starts_with("mitigation");
        if is_mitigation && let Some(last) = items.last_mut() {
            last.mitigation = Some(pick::strip_label(s, &["mitigation"]).to_string());
            continue;
        }
        // "Data protection: phone numbers are personal data. We store them
        // encrypted in the UK": the team's move right after a risk with no
        // answer yet is its answer, not a second risk.
        if let Some(last) = items.last_mut()
            && last.mitigation.is_none()
            && last.kind != "kill"
            && answers_the_risk_before(s)
            && risk_kind(|keys| text.mentions_at(Step::Risks, i, keys)) == "risk"
        {
            last.mitigation = Some(s.clone());
            continue;
        }
        let (risk, mitigation) = split_mitigation(s);
        // Without a mitigation in it, the risk is the whole sentence, whose
        // lowercase form is already at hand.
        let kind = if mitigation.is_none() {
            risk_kind(|keys| text.mentions_at(Step::Risks, i, keys))
        } else {
            risk_kind(|keys| pick::mentions(&risk, keys))
        };
        items.push(RiskItem {
            kind,
            text: pick::strip_label(&risk, &["kill criterion"]).to_string(),
            mitigation,
        });
    }
    items
}

/// Whether a sentence is the team's move, already made: "We store them
/// encrypted", "We rent a shared code", never "We will ask" or "We
/// haven't checked" (see [`crate::analyze::NOT_AN_ANSWER`]).
pub(super) fn answers_the_risk_before(sentence: &str) -> bool {
    let mut words = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'));
    let opener = words.next().unwrap_or_default().to_lowercase();
    if !matches!(opener.as_str(), "we" | "i") {
        return false;
    }
    let verb = words
        .find(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "already" | "also" | "now" | "only"
            )
        })
        .unwrap_or_default()
        .to_lowercase()
        .replace('’', "'");
    !verb.is_empty()
        && !verb.ends_with("n't")
        && !crate::analyze::NOT_AN_ANSWER.contains(&verb.as_str())
        && !pick::mentions(
            sentence,
            &["risk", "may", "might", "could", "whether", "unknown"],
        )
        && !still_open(sentence)
}

/// "We applied in October; no answer yet", "We did not test the routing":
/// the team moved, but the risk is still open.
fn still_open(sentence: &str) -> bool {
    let lower = format!(" {} ", sentence.to_lowercase().replace('’', "'"));
    [
        " not ",
        "n't ",
        " never ",
        " yet ",
        " yet,",
        " yet.",
        " no answer",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

/// "X. Mitigation: Y" inside one sentence → (X, Some(Y)).
fn split_mitigation(sentence: &str) -> (String, Option<String>) {
    match sentence.find("Mitigation:") {
        Some(i) if i > 0 => (
            sentence[..i].trim().to_string(),
            Some(sentence[i + "Mitigation:".len()..].trim().to_string()),
        ),
        _ => (sentence.to_string(), None),
    }
}

/// Words that mark a kill criterion: the result that makes the team stop.
/// A kill criterion answers no risk before it and takes no answer after it.
pub(super) const KILL_KEYS: &[&str] = &[
    "kill",
    "we stop",
    "stop if",
    "switch it off",
    "shut it down",
    "wind it down",
];

/// Classify a Risks sentence for its retiring test.
///
/// `mentions` answers [`pick::mentions`] for the sentence.
fn risk_kind(mentions: impl Fn(&[&str]) -> bool) -> &'static str {
    if mentions(KILL_KEYS) {
        "kill"
    } else if mentions(DENIAL) {
        "claim"
    } else if mentions(&[
        "depend", "partner", "integrat", "api", "approval", "regulat", "licen", "supplier",
        "platform",
    ]) {
        "dependency"
    } else if mentions(&["assum", "must", "whether", "unknown", "if", "expect"]) {
        "assumption"
    } else {
        "risk"
    }
}

/// Sections with headings that name no step, kept for the reader.
fn notes(idea: &Idea) -> Vec<Note> {
    idea.notes
        .iter()
        .filter(|n| !n.is_empty())
        .map(|n| Note {
            heading: pick::escape(&n.heading),
            sentences: crate::model::text::sentences(n.plain())
                .into_iter()
                .filter(|s| pick::is_clean(s))
                .take(4)
                .map(pick::escape)
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_already_made_answers_the_risk_before_it() {
        for answer in [
            "We store them encrypted in the UK and delete them after 30 days.",
            "I already hold trade accounts with two parts distributors.",
            "We lay hardboard on floors before we start.",
        ] {
            assert!(answers_the_risk_before(answer), "{answer}");
        }
    }

    #[test]
    fn a_hope_a_plan_or_a_move_still_waiting_is_no_answer() {
        for open in [
            "We will ask the council in March.",
            "We applied in October; no answer yet.",
            "We did not test the routing.",
            "We haven't checked the rules.",
            "We depend on one supplier.",
            "Exports differ between practice systems.",
            "We could lose the contract, which is the main risk.",
        ] {
            assert!(!answers_the_risk_before(open), "{open}");
        }
    }
}
