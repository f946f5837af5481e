//! The FAQ: the customer's questions and the board's, answered from the idea
//! (documents.md §3).
//!
//! Each answer is the author's own sentences that answer the question,
//! chosen by keywords in one small function per question. When no sentence
//! answers, the template writes **Not answered yet** with what is missing
//! and how to find out: those gaps are the point of the FAQ.

use minijinja::Value;
use serde::Serialize;

use super::draft::Draft;
use super::pick::{self, Sentences};
use super::press_release::WHY_NOW_KEYS;
use super::templates;
use crate::model::Step;

use Step::{Customer, Evidence, Experience, Pitch, Problem, Risks, Solution};

/// At most this many sentences answer one question.
const MAX: usize = 3;

/// The customer's questions (documents.md §3, external FAQ).
#[derive(Debug, Serialize)]
pub(crate) struct External {
    #[serde(serialize_with = "templates::paragraph")]
    price: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    differs: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    start: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    needs: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    data: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    availability: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    fallback: Vec<String>,
}

/// The board's questions (documents.md §3, internal FAQ).
#[derive(Debug, Serialize)]
pub(crate) struct Internal {
    #[serde(serialize_with = "templates::paragraph")]
    market: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    evidence: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    switch: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    money: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    build_cost: Vec<String>,
    must_be_true: Vec<String>,
    risks: Vec<String>,
    dependencies: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    competitors: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    why_now: Vec<String>,
    not_doing: Vec<String>,
    success: Vec<String>,
    #[serde(serialize_with = "templates::paragraph")]
    stop: Vec<String>,
}

/// One question the verdict found open.
#[derive(Debug, Serialize)]
struct OpenQuestion {
    question: String,
    step: &'static str,
}

/// Everything the FAQ template shows.
#[derive(Debug, Serialize)]
struct Faq<'d> {
    /// [`Draft::facts_value`].
    facts: Value,
    ext: &'d External,
    int: &'d Internal,
    gaps: Vec<OpenQuestion>,
}

/// Write the FAQ as Markdown.
pub(crate) fn render(draft: &Draft<'_>) -> Result<String, minijinja::Error> {
    let answers = draft.answers();
    let faq = Faq {
        facts: draft.facts_value(),
        ext: &answers.ext,
        int: &answers.int,
        gaps: draft
            .cx
            .report
            .gaps
            .iter()
            .map(|g| OpenQuestion {
                question: pick::escape(&g.question),
                step: g.step.heading(),
            })
            .collect(),
    };
    templates::render("faq.md.j2", &faq)
}

/// Shorthand: sentences of `steps` with any of `keys`, at most [`MAX`].
fn find(text: &Sentences<'_>, steps: &[Step], keys: &'static [&'static str]) -> Vec<String> {
    text.matching(steps, keys, MAX)
}

impl External {
    /// Answer the customer's questions.
    pub(crate) fn pick(text: &Sentences<'_>) -> External {
        External {
            price: find(text, &[Experience, Solution, Risks], PRICE)
                .into_iter()
                .filter(|s| pick::has_number(s) || text.mentions(s, PRICE_WORDS))
                .collect(),
            differs: differs(text),
            start: text.of(Experience).iter().take(2).cloned().collect(),
            needs: find(text, &[Experience, Solution], NEEDS),
            data: find(text, &[Solution, Experience, Risks, Customer], DATA),
            availability: find(text, &[Experience], AVAILABILITY),
            fallback: find(text, &[Experience, Solution, Risks], FALLBACK),
        }
    }

    /// The questions left unanswered, by their FAQ wording (for the PRD).
    ///
    /// The FAQ answers the price and the launch from the front matter when
    /// the idea gives them there (`price_given`, `launch_given`), so the PRD
    /// must not call them open: the two documents would contradict each
    /// other.
    pub(crate) fn unanswered(&self, price_given: bool, launch_given: bool) -> Vec<&'static str> {
        let from_front = |given: bool, q: &'static str| (!given).then_some(q);
        let all = [
            (&self.price, from_front(price_given, "What does it cost?")),
            (
                &self.differs,
                Some("How is it different from what I use today?"),
            ),
            (&self.start, Some("How do I get started?")),
            (&self.needs, Some("What does it need from me?")),
            (&self.data, Some("What happens to my data?")),
            (
                &self.availability,
                from_front(launch_given, "When and where is it available?"),
            ),
            (&self.fallback, Some("What if it does not work for me?")),
        ];
        all.into_iter()
            .filter(|(a, _)| a.is_empty())
            .filter_map(|(_, q)| q)
            .collect()
    }
}

impl Internal {
    /// Answer the board's questions.
    pub(crate) fn pick(text: &Sentences<'_>) -> Internal {
        let market = text
            .of(Customer)
            .iter()
            .filter(|s| pick::has_number(s))
            .take(2)
            .cloned()
            .collect();
        Internal {
            market,
            evidence: text.of(Evidence).iter().take(MAX).cloned().collect(),
            switch: find(text, &[Evidence], COMMITMENT),
            money: find(text, &[Risks, Experience, Solution], MONEY),
            build_cost: find(text, &[Risks], BUILD),
            must_be_true: find(text, &[Risks], MUST),
            risks: with_answers(text.of(Risks).iter().cloned())
                .into_iter()
                .take(6)
                .collect(),
            dependencies: with_mitigations(find(text, &[Risks, Solution, Experience], DEPENDS)),
            competitors: find(text, &[Risks, Problem, Customer, Solution], COMPETE),
            why_now: find(text, &[Problem, Pitch, Risks, Evidence], WHY_NOW_KEYS),
            not_doing: not_doing(text),
            success: success(text),
            stop: find(text, &[Risks, Evidence], STOP),
        }
    }

    /// The success targets, for the PRD's metrics.
    pub(crate) fn success_sentences(&self) -> &[String] {
        &self.success
    }

    /// What is out of scope, for the PRD's non-goals.
    pub(crate) fn not_doing_sentences(&self) -> &[String] {
        &self.not_doing
    }

    /// The questions left unanswered, by their FAQ wording (for the PRD).
    pub(crate) fn unanswered(&self) -> Vec<&'static str> {
        let all = [
            (
                &self.market,
                "How many customers are there, and how do we know?",
            ),
            (&self.money, "How does it make money?"),
            (&self.build_cost, "What does it cost to build and run?"),
            (&self.must_be_true, "What must be true?"),
            (
                &self.risks,
                "What are the biggest risks, and what do we do about them?",
            ),
            (&self.dependencies, "What does it depend on?"),
            (
                &self.competitors,
                "Who competes, and how will they respond?",
            ),
            (&self.why_now, "Why us, and why now?"),
            (&self.not_doing, "What are we not doing?"),
            (&self.success, "How will we measure success?"),
            (&self.stop, "What would make us stop?"),
        ];
        all.into_iter()
            .filter(|(a, _)| a.is_empty())
            .map(|(_, q)| q)
            .collect()
    }
}

/// Join each "Mitigation: …" sentence to the risk before it, so a risk and
/// what the idea does about it read as one item.
fn with_mitigations(sentences: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in sentences {
        let is_mitigation = s.to_lowercase().starts_with("mitigation");
        match out.last_mut() {
            Some(last) if is_mitigation => {
                last.push(' ');
                last.push_str(&s);
            }
            _ if is_mitigation => {}
            _ => out.push(s),
        }
    }
    out
}

/// [`with_mitigations`] for the Risks section read in order: the team's
/// move right after a risk ("We store them encrypted in the UK") joins it
/// too, as it does in the PRD, so both documents list the same risks.
fn with_answers(sentences: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut answered = false;
    for s in with_mitigations(sentences) {
        let joins = !answered
            && super::prd::answers_the_risk_before(&s)
            && out
                .last()
                .is_some_and(|last| !pick::mentions(last, super::prd::KILL_KEYS));
        match out.last_mut() {
            Some(last) if joins => {
                last.push(' ');
                last.push_str(&s);
                answered = true;
            }
            _ => {
                answered = s.contains("Mitigation");
                out.push(s);
            }
        }
    }
    out
}

/// How it differs from today: today's way, then the comparison sentences.
fn differs(text: &Sentences<'_>) -> Vec<String> {
    let mut out = find(text, &[Solution, Pitch], COMPARE);
    if let Some(today) = text.first_matching(&[Problem], TODAY) {
        out.insert(0, today);
    }
    out.dedup();
    out.truncate(MAX);
    out
}

/// What we are not doing: who is not the customer, and what is out of scope.
fn not_doing(text: &Sentences<'_>) -> Vec<String> {
    let mut out = text.matching(
        &[Customer],
        &[
            "not our customer",
            "not for",
            "not the customer",
            "except",
            "exclud",
        ],
        2,
    );
    for s in text.matching(&[Solution, Experience], OUT_OF_SCOPE, 2) {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// How we measure success: targets with numbers first.
fn success(text: &Sentences<'_>) -> Vec<String> {
    text.matching(&Step::ALL, SUCCESS, 8)
        .into_iter()
        .filter(|s| pick::has_number(s))
        .take(MAX)
        .collect()
}

/// Keywords per question. Short keys (three letters or fewer) match whole words.
const PRICE: &[&str] = &[
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
    "free trial",
    "first month",
    "billing",
    "billed",
    "costs",
];
/// A price sentence must name an amount or one of these words: "pay by
/// card" says how, not how much.
const PRICE_WORDS: &[&str] = &[
    "price",
    "free",
    "subscription",
    "fee",
    "per month",
    "a month",
];
const COMPARE: &[&str] = &[
    "instead",
    "unlike",
    "than",
    "compared",
    "no longer",
    "replaces",
    "rather",
    "without",
    "benefit",
];
const TODAY: &[&str] = &[
    "today",
    "currently",
    "cope",
    "workaround",
    "by hand",
    "manually",
    "spreadsheet",
    "paper",
];
const NEEDS: &[&str] = &[
    "you need", "needs", "require", "install", "connect", "upload", "account", "sign up",
    "signs up", "adds", "enter", "provide", "bring", "set up", "sets up",
];
const DATA: &[&str] = &[
    "data", "privacy", "private", "personal", "gdpr", "hipaa", "encrypt", "stored", "delete",
    "secure", "security", "consent", "photos", "records",
];
const AVAILABILITY: &[&str] = &[
    "launch",
    "available",
    "pilot",
    "beta",
    "first install",
    "starting in",
    "rollout",
    "roll out",
    "region",
    "cities",
    "country",
    "countries",
    "app store",
    "google play",
];
const FALLBACK: &[&str] = &[
    "refund",
    "cancel any",
    "cancellation",
    "money back",
    "money-back",
    "trial",
    "first month",
    "return",
    "guarantee",
    "support",
    "undo",
    "edit",
    "opt out",
    "switch off",
];
const COMMITMENT: &[&str] = &[
    "pay",
    "paid",
    "pre-order",
    "preorder",
    "deposit",
    "signed",
    "sign-up",
    "signed up",
    "letter of intent",
    "loi",
    "waitlist",
    "waiting list",
    "switched",
    "pilot",
    "bought",
    "purchase",
];
const MONEY: &[&str] = &[
    "price",
    "subscription",
    "per month",
    "a month",
    "fee",
    "revenue",
    "margin",
    "billing",
    "billed",
    "commission",
    "pays for",
    "$",
    "€",
    "£",
    "business model",
];
const BUILD: &[&str] = &[
    "developer",
    "engineer",
    "build",
    "weeks",
    "months",
    "budget",
    "hosting",
    "server",
    "hire",
    "invest",
    "capital",
    "team estimates",
    "upfront",
];
const MUST: &[&str] = &[
    "must",
    "assum",
    "if",
    "only works",
    "need to",
    "needs to",
    "has to",
    "have to",
    "unknown",
    "whether",
    "true",
];
const DEPENDS: &[&str] = &[
    "depend",
    "partner",
    "integrat",
    "api",
    "approval",
    "regulat",
    "licen",
    "supplier",
    "third-party",
    "third party",
    "platform",
    "vendor",
    "permit",
    "certif",
    "insurance",
    "law",
];
const COMPETE: &[&str] = &[
    "compet",
    "alternative",
    "other tools",
    "tools like",
    "could add",
    "could build",
    "could copy",
    "could launch",
    "rival",
    "incumbent",
    "such as",
    "already offer",
    "other apps",
    "copy",
    "clone",
    "versus",
];
const OUT_OF_SCOPE: &[&str] = &[
    "will not",
    "won't",
    "out of scope",
    "not build",
    "not offer",
    "we do not",
    "does not",
    "not at launch",
    "later",
];
const SUCCESS: &[&str] = &[
    "kill",
    "target",
    "goal",
    "metric",
    "measure",
    "success",
    "by the end",
    "retention",
    "paying",
    "conversion",
    "churn",
    "within",
    "at least",
    "fewer than",
];
const STOP: &[&str] = &[
    "kill",
    "stop",
    "fewer than",
    "less than",
    "below",
    "give up",
    "shut down",
    "walk away",
    "abandon",
];
