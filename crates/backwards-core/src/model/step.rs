//! The seven steps of an idea and the headings that name them.
//!
//! People write headings in their own words ("Who is the customer?", "Pain",
//! "How do we know?"), so matching is forgiving: exact synonyms first, then
//! a keyword fallback. The synonym table is data, so extending it is one line.

use serde::{Deserialize, Serialize};

/// One of the seven steps of the Working Backwards intake.
///
/// The order of the variants is the order of the steps; `BTreeMap<Step, _>`
/// therefore iterates in the order a reader expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    /// Step 1: the title and first paragraph, the idea in one sentence.
    Pitch,
    /// Step 2: who exactly the customer is, how many, and who is not.
    Customer,
    /// Step 3: the problem, its frequency, cost and today's workaround.
    Problem,
    /// Step 4: what will be built and its single most important benefit.
    Solution,
    /// Step 5: how we know customers need or want it.
    Evidence,
    /// Step 6: what the customer sees and does, and when it launches.
    Experience,
    /// Step 7: what must be true, what could kill it, how it makes money.
    Risks,
}

impl Step {
    /// All seven steps, in order.
    pub const ALL: [Step; 7] = [
        Step::Pitch,
        Step::Customer,
        Step::Problem,
        Step::Solution,
        Step::Evidence,
        Step::Experience,
        Step::Risks,
    ];

    /// The canonical heading written by the wizards.
    pub fn heading(self) -> &'static str {
        match self {
            Step::Pitch => "Pitch",
            Step::Customer => "Customer",
            Step::Problem => "Problem",
            Step::Solution => "Solution",
            Step::Evidence => "Evidence",
            Step::Experience => "Experience",
            Step::Risks => "Risks",
        }
    }

    /// The question the step answers, as the spec words it.
    pub fn question(self) -> &'static str {
        match self {
            Step::Pitch => "What is the idea, in one sentence?",
            Step::Customer => "Who exactly is the customer, how many are there, and who is not?",
            Step::Problem => {
                "What problem or opportunity do they have, how often, what does it cost them, \
                 and how do they cope today?"
            }
            Step::Solution => {
                "What will you build, and what is the single most important benefit compared \
                 with what they do today?"
            }
            Step::Evidence => {
                "How do you know they need or want it? Interviews, data, experiments, commitments."
            }
            Step::Experience => {
                "What does the customer see and do: how they find it, start, use it, pay; \
                 when it launches."
            }
            Step::Risks => {
                "What must be true, what could kill it, what it depends on, who competes, \
                 how it makes money."
            }
        }
    }

    /// The lowercase identifier used in JSON and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Step::Pitch => "pitch",
            Step::Customer => "customer",
            Step::Problem => "problem",
            Step::Solution => "solution",
            Step::Evidence => "evidence",
            Step::Experience => "experience",
            Step::Risks => "risks",
        }
    }

    /// Recognise a heading as one of the steps, or `None` for an unknown section.
    ///
    /// ```
    /// use backwards_core::model::Step;
    /// assert_eq!(Step::from_heading("Who is the customer?"), Some(Step::Customer));
    /// assert_eq!(Step::from_heading("2. Customer problem"), Some(Step::Problem));
    /// assert_eq!(Step::from_heading("Team"), None);
    /// ```
    pub fn from_heading(heading: &str) -> Option<Step> {
        let key = normalize_heading(heading);
        synonym(&key)
            .or_else(|| keyword_fallback(&key))
            .or_else(|| misspelt_step(&key))
    }

    /// Like [`Step::from_heading`] but only for exact synonyms: used for H1
    /// headings, which are usually the product's name ("ProofOK" must not
    /// become an Evidence section because it contains "proof").
    pub fn from_exact_heading(heading: &str) -> Option<Step> {
        synonym(&normalize_heading(heading))
    }
}

/// The step whose exact synonym is `key` (a heading after [`normalize_heading`]).
fn synonym(key: &str) -> Option<Step> {
    SYNONYMS
        .iter()
        .find(|(_, names)| names.contains(&key))
        .map(|(step, _)| *step)
}

/// Exact synonyms, compared after [`normalize_heading`].
const SYNONYMS: &[(Step, &[&str])] = &[
    (
        Step::Pitch,
        &[
            "pitch",
            "the pitch",
            "summary",
            "idea",
            "the idea",
            "elevator pitch",
            "overview",
            "one liner",
            "tldr",
        ],
    ),
    (
        Step::Customer,
        &[
            "customer",
            "customers",
            "the customer",
            "who is the customer",
            "target customer",
            "target customers",
            "who",
            "audience",
            "target audience",
            "persona",
            "segment",
            "customer segment",
            "users",
            "who is it for",
            "who it is for",
            "who it's for",
            "for whom",
            "for who",
            "for",
            "who for",
            // Note-taking shorthand.
            "cust",
            "custs",
            // Other languages' plain words for the steps.
            "wie",
            "klant",
            "klanten",
            "kunde",
            "kunden",
            "zielgruppe",
            "client",
            "clients",
            "cliente",
            "clientes",
        ],
    ),
    (
        Step::Problem,
        &[
            "problem",
            "the problem",
            "pain",
            "customer problem",
            "problem or opportunity",
            "opportunity",
            "pain points",
            "the pain",
            "what is the problem",
            "customer pain",
            "why it matters",
            "why this matters",
            "the thing is",
            // Note-taking shorthand.
            "prob",
            "probs",
            "probleem",
            "problème",
            "probleme",
            "problema",
        ],
    ),
    (
        Step::Solution,
        &[
            "solution",
            "the solution",
            "benefit",
            "benefits",
            "what we will build",
            "what we are building",
            "product",
            "the product",
            "what we build",
            "plan",
            "the plan",
            "our plan",
            "key benefit",
            "customer benefit",
            "most important benefit",
            "what i want",
            "what we want",
            // Note-taking shorthand.
            "fix",
            "the fix",
            "oplossing",
            "lösung",
            "losung",
            "solución",
            "solucion",
        ],
    ),
    (
        Step::Evidence,
        &[
            "evidence",
            "how do we know",
            "validation",
            "substantiation",
            "supporting evidence",
            "proof",
            "traction",
            "research",
            "customer evidence",
            "data",
            "what we know",
            "how do you know",
            "how we know",
            "signals",
            "numbers",
            "the numbers",
            "bewijs",
            "nachweis",
            "belege",
            "preuves",
            "evidencia",
            "pruebas",
        ],
    ),
    (
        Step::Experience,
        &[
            "experience",
            "customer experience",
            "how it works",
            "user experience",
            "the experience",
            "journey",
            "customer journey",
            "getting started",
            "launch",
            "go to market",
            "ervaring",
            "erfahrung",
            "expérience",
            "experiencia",
        ],
    ),
    (
        Step::Risks,
        &[
            "risks",
            "risk",
            "risks and assumptions",
            "what must be true",
            "assumptions",
            "risks and mitigations",
            "threats",
            "what could go wrong",
            "risks and dependencies",
            "risico's",
            "risicos",
            "risiken",
            "risques",
            "riesgos",
        ],
    ),
];

/// Lowercase, drop numbering ("2.", "Step 3:"), punctuation and extra spaces.
fn normalize_heading(heading: &str) -> String {
    let lower = heading.trim().to_lowercase();
    let mut words: Vec<String> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches('\'').to_string())
        .collect();
    // Leading "step 3" or "3" numbering carries no meaning.
    if words.first().is_some_and(|w| w == "step") {
        words.remove(0);
    }
    while words
        .first()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
    {
        words.remove(0);
    }
    words.join(" ")
}

/// Fallback for headings that are not in the table but clearly name a step.
///
/// People title their sections as questions or in their own idiom ("Who's got
/// this problem", "The headache", "What we've seen so far", "How a lab would
/// use it"). Three kinds of cue are read, in this order, because the earlier
/// ones are the more reliable:
///
/// 1. what could go wrong is always the risk step, even when it names a
///    customer or a problem ("What could stop customers signing up");
/// 2. the question word: a heading that asks *who* is about the customer
///    ("Who has this problem" is Customer, not Problem); *how … know* and *why
///    … think / believe* ask for evidence; *how … work / use* is the experience;
/// 3. topic words, the more specific first: "customer experience" is
///    Experience and "customer problem" is Problem.
fn keyword_fallback(key: &str) -> Option<Step> {
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let has = |cues: &[&str]| cues.iter().any(|w| has_phrase(&words, w));
    if has(RISK_CUES) {
        return Some(Step::Risks);
    }
    if let Some(step) = question_step(&words, &has) {
        return Some(step);
    }
    // The heading's own noun phrase comes before any clause: in "The problem
    // as donors experience it" the topic is the problem, not the experience.
    let head_end = words
        .iter()
        .position(|w| CLAUSE_WORDS.contains(w))
        .unwrap_or(words.len());
    let head = &words[..head_end];
    let in_head = |cues: &[&str]| cues.iter().any(|w| has_phrase(head, w));
    TOPIC_CUES
        .iter()
        .find(|(_, cues)| in_head(cues))
        .or_else(|| TOPIC_CUES.iter().find(|(_, cues)| has(cues)))
        .map(|(step, _)| *step)
}

/// Whether `phrase` (words separated by single spaces) stands as whole words
/// in `words`. A heading is checked against hundreds of cues, so this walks
/// the heading's few words rather than building and searching a string for
/// each cue.
fn has_phrase(words: &[&str], phrase: &str) -> bool {
    // Most cues fail on their first word, so that is compared first, in
    // place: splitting every cue only to compare its first word was the
    // parser's costliest step.
    words.iter().enumerate().any(|(at, word)| {
        let Some(rest) = phrase.strip_prefix(word) else {
            return false;
        };
        match rest.strip_prefix(' ') {
            None => rest.is_empty(),
            Some(rest) => {
                let mut following = words[at + 1..].iter().copied();
                rest.split(' ').all(|part| following.next() == Some(part))
            }
        }
    })
}

/// "Evidance", "Custmer", "Probelm": a heading word one slip (a wrong,
/// missing, extra or swapped letter) away from a step's name. Only words of
/// six letters or more are compared, where one slip cannot turn one real
/// word into another.
fn misspelt_step(key: &str) -> Option<Step> {
    const NAMES: &[(Step, &str)] = &[
        (Step::Customer, "customer"),
        (Step::Customer, "customers"),
        (Step::Problem, "problem"),
        (Step::Solution, "solution"),
        (Step::Evidence, "evidence"),
        (Step::Experience, "experience"),
        (Step::Risks, "assumptions"),
    ];
    key.split(' ')
        .filter(|w| w.chars().count() >= 6)
        .find_map(|w| {
            NAMES
                .iter()
                // "Experienced" is the name plus an ending, a real word of
                // its own, not a slip.
                .find(|(_, name)| one_slip_apart(w, name) && !w.starts_with(name))
                .map(|(step, _)| *step)
        })
}

/// Whether two words differ by exactly one edit: a substitution, an
/// insertion, a deletion, or two neighbouring letters swapped.
fn one_slip_apart(a: &str, b: &str) -> bool {
    // Words whose lengths differ by two or more are never one slip apart;
    // most words of a heading are, so they are not spelled out below.
    if a.chars().count().abs_diff(b.chars().count()) > 1 {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

/// Words that end a heading's noun phrase and open a clause about it.
const CLAUSE_WORDS: &[&str] = &[
    "as", "that", "which", "when", "where", "because", "since", "while", "if",
];

/// What could go wrong, in the words people title it with.
const RISK_CUES: &[&str] = &[
    "risk",
    "risks",
    "risky",
    "assumption",
    "assumptions",
    "must be true",
    "threats",
    "go wrong",
    "could kill",
    "kill it",
    "could hurt",
    "might hurt",
    "hurt us",
    "could sink",
    "could fail",
    "might fail",
    "worries",
    "concerns",
    "unknowns",
    "pitfalls",
    "dangers",
    "downsides",
    "what if",
    "keeps me up",
    "dependencies",
    "mitigations",
    "scares",
    "scare",
    "scary",
    "afraid",
    "fear",
    "fears",
    "worry",
    "worried",
    "challenges",
    "obstacles",
    "hurdles",
    "blockers",
    "caveats",
    "red flags",
    "stop us",
    "open questions",
    "open issues",
    "don't know",
    "do not know",
    "not yet know",
    "don't yet know",
    "small bet",
    "the bet",
    "bet size",
    "considerations",
    "limitations",
    "weaknesses",
    "uncertainties",
    "known issues",
    "caveat",
    "hard parts",
    "hard part",
    "tricky parts",
    "tricky bits",
    "unsure",
    "not sure",
    "less sure",
    "least sure",
    "not certain",
    "doubts",
    "not known",
    "to watch",
    "points of attention",
    "attention points",
    "watch out",
    "figure out",
    "depends on",
    "depend on",
    "big a bet",
    "keep it small",
];

/// The step a question-shaped heading asks about, from its question word.
fn question_step(words: &[&str], has: &dyn Fn(&[&str]) -> bool) -> Option<Step> {
    let first = words.first().copied().unwrap_or("");
    let lead = first.split('\'').next().unwrap_or(first);
    match lead {
        "who" | "whom" => Some(Step::Customer),
        "how" if has(&["know", "sure", "proof", "prove"]) => Some(Step::Evidence),
        "why" if has(&["think", "believe", "sure", "confident", "needed", "want it"]) => {
            Some(Step::Evidence)
        }
        "how"
            if has(&[
                "work", "works", "use", "uses", "using", "look", "feel", "buy", "start", "started",
                "run", "runs", "goes",
            ]) || words.iter().any(|w| w.starts_with("it'") || *w == "work") =>
        {
            Some(Step::Experience)
        }
        "what"
            if has(&[
                "build",
                "building",
                "built",
                "make",
                "making",
                "offer",
                "propose",
                "want to do",
                "we'd do",
                "would do",
                "will do",
                "it does",
            ]) =>
        {
            Some(Step::Solution)
        }
        "what"
            if has(&[
                "seen", "heard", "learned", "learnt", "tested", "found", "know", "did", "tried",
                "ran", "happened", "done", "told", "said", "say", "think",
            ]) =>
        {
            Some(Step::Evidence)
        }
        // "How much it costs them": the customer's cost, the problem (what
        // it costs to buy is the price, in the Experience).
        "how" if has(&["costs them", "cost them", "costs us", "cost us"]) => Some(Step::Problem),
        "what" if has(&["changes", "will change", "would change"]) => Some(Step::Solution),
        "why" if words.len() <= 2 => Some(Step::Problem),
        // "Why we need it", "Why this matters": the case for building it,
        // which is the problem it answers.
        "why" if has(&["need", "matters", "matter", "important"]) => Some(Step::Problem),
        // "Do people want it?", "Would anyone pay?": asking whether there
        // is demand is asking for the evidence, whoever the question names.
        "do" | "does" | "did" | "would" | "will" | "is" | "are"
            if has(&["want", "need", "pay", "buy", "demand", "interested"]) =>
        {
            Some(Step::Evidence)
        }
        _ => None,
    }
}

/// Topic words that name a step wherever they stand in the heading; earlier
/// entries win, so the more specific topics come first.
const TOPIC_CUES: &[(Step, &[&str])] = &[
    (
        Step::Experience,
        &[
            "experience",
            "how it works",
            "journey",
            "onboarding",
            "walkthrough",
            "day in the life",
            "user flow",
            "implementation",
            "rollout",
            "roll out",
            "rolling out",
            "logistics",
            "practicalities",
            "delivery plan",
        ],
    ),
    (
        Step::Evidence,
        &[
            "evidence",
            "validation",
            "how do we know",
            "traction",
            "we know",
            "seen so far",
            "so far",
            "learned",
            "learnt",
            "findings",
            "early signals",
            "experiments",
            "results",
            "interviews",
            "proof",
            "supporting",
            "basis for",
            "evidence base",
            "consultation",
            "consultations",
            "to date",
            "feedback",
            "told us",
            "people said",
            "survey",
            "pilot",
            "signs of interest",
            "did i check",
            "did we check",
            "have we checked",
            "have i checked",
            "what we checked",
            "did we ask",
            "have we asked",
            "did we test",
            "have we tested",
            "tells us",
            "shows us",
            "is wanted",
            "signs of demand",
            "numbers we have",
            "data we have",
        ],
    ),
    (
        Step::Problem,
        &[
            "problem",
            "problems",
            "pain",
            "pains",
            "opportunity",
            "headache",
            "headaches",
            "trouble",
            "troubles",
            "current fix",
            "struggle",
            "frustration",
            "what's broken",
            "what's wrong",
            "whats wrong",
            "what is wrong",
            "wrong today",
            "why now",
            // "What it costs them today", "What makes it pressing": the
            // customer's cost and the urgency are the problem's measures.
            "costs them",
            "cost them",
            "pressing",
            "urgency",
            "goes wrong",
            "going wrong",
            "happens now",
            "happens today",
            "status quo",
            "as things stand",
            "current situation",
            "situation today",
            "difficulty",
            "difficulties",
            "bites",
            "where it hurts",
            "issue",
            "issues",
            "the need",
            "statement of need",
            "need statement",
            "needs statement",
            "unmet need",
            "identified need",
            "needs assessment",
        ],
    ),
    (
        Step::Solution,
        &[
            "solution",
            "benefit",
            "benefits",
            "what we will build",
            "the fix",
            "our answer",
            "proposal",
            "approach",
            "intervention",
            "proposed service",
            "build",
            "features",
            "our offer",
        ],
    ),
    (
        Step::Customer,
        &[
            "customer",
            "customers",
            "audience",
            "persona",
            "personas",
            "who is",
            "for whom",
            "users",
            "buyers",
            "people",
            "clients",
            "target population",
            "population",
            "beneficiaries",
            "target group",
            // A consultant's deck names its customer as the ones it targets:
            // "Target stakeholders", "Target market", "Target users".
            "target stakeholders",
            "target stakeholder",
            "target market",
            "target users",
            "target segment",
            "who benefits",
            "service users",
            "patients",
        ],
    ),
    (Step::Pitch, &["pitch", "elevator"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks each heading reads as its step, in a table.
    fn assert_headings(cases: &[(&str, Step)]) {
        for (heading, step) in cases {
            assert_eq!(Step::from_heading(heading), Some(*step), "{heading}");
        }
    }

    /// Checks every heading reads as the one `step`.
    fn assert_all_read_as(headings: &[&str], step: Step) {
        for heading in headings {
            assert_eq!(Step::from_heading(heading), Some(step), "{heading}");
        }
    }

    /// Notes taken in a hurry shorten the customer to "cust".
    #[test]
    fn note_shorthand_for_the_customer_names_the_step() {
        assert_all_read_as(&["cust", "Custs", "CUST:"], Step::Customer);
    }

    /// A public body's proposal names the seven steps in its own words.
    #[test]
    fn a_grant_or_council_proposal_names_the_steps_in_its_own_words() {
        assert_headings(&[
            ("Target population", Step::Customer),
            ("Beneficiaries", Step::Customer),
            ("Statement of need", Step::Problem),
            ("Proposed intervention", Step::Solution),
            ("Basis for the proposal", Step::Evidence),
            ("Implementation", Step::Experience),
        ]);
    }

    /// What a deck targets is its customer, even when it calls them
    /// stakeholders; a stakeholder map alone is not.
    #[test]
    fn what_a_deck_targets_is_its_customer() {
        assert_all_read_as(
            &["Target stakeholders", "Target market", "Our target users"],
            Step::Customer,
        );
        assert_ne!(Step::from_heading("Stakeholder map"), Some(Step::Customer));
    }

    #[test]
    fn a_heading_asking_what_shows_it_is_wanted_is_the_evidence() {
        assert_all_read_as(
            &[
                "What tells us it is wanted",
                "What shows us people want it",
                "Signs of demand",
            ],
            Step::Evidence,
        );
    }

    #[test]
    fn a_cue_matches_whole_words_only() {
        let words = ["what", "could", "go", "wrong"];
        assert!(has_phrase(&words, "go wrong"));
        assert!(has_phrase(&words, "wrong"));
        assert!(!has_phrase(&words, "go wron"));
        assert!(!has_phrase(&words, "could go wrong today"));
        assert!(!has_phrase(&[], "wrong"));
        assert!(!has_phrase(&words, "g"));
    }

    proptest::proptest! {
        /// The in-place first-word test is a shortcut for the plain rule:
        /// the phrase's words, split on single spaces, follow one another
        /// among the heading's words.
        #[test]
        fn has_phrase_agrees_with_the_plain_rule(
            words in proptest::collection::vec("[ab]{1,2}", 0..5),
            phrase in "[ab ]{0,6}",
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let parts: Vec<&str> = phrase.split(' ').collect();
            let plain = words.windows(parts.len()).any(|w| w == parts.as_slice());
            proptest::prop_assert_eq!(has_phrase(&words, &phrase), plain);
        }
    }

    #[test]
    fn headings_in_their_own_words_find_their_step() {
        assert_eq!(Step::from_heading("What could go wrong"), Some(Step::Risks));
        assert_eq!(
            Step::from_heading("Who has this problem"),
            Some(Step::Customer)
        );
        assert_eq!(Step::from_heading("Evidance"), Some(Step::Evidence));
        // Knowing, negated, is what is not known yet: the risks.
        assert_eq!(
            Step::from_heading("What we do not yet know"),
            Some(Step::Risks)
        );
        // A civil servant's "points d'attention", in English.
        assert_eq!(Step::from_heading("Points of attention"), Some(Step::Risks));
        assert_eq!(Step::from_heading("Team"), None);
    }

    #[test]
    fn questions_of_need_and_of_demand_find_their_step() {
        // "Why we need it" makes the case: the problem. "Do people want
        // it?" asks for proof of demand: the evidence.
        assert_eq!(Step::from_heading("Why we need it"), Some(Step::Problem));
        assert_eq!(Step::from_heading("Why this matters"), Some(Step::Problem));
        assert_eq!(
            Step::from_heading("Do people want it"),
            Some(Step::Evidence)
        );
        assert_eq!(Step::from_heading("Would anyone pay"), Some(Step::Evidence));
    }

    #[test]
    fn the_customers_cost_and_the_urgency_are_the_problem() {
        // What the trouble costs the customer, and why it cannot wait, are
        // the problem's measures in a writer's own words; what the product
        // costs to buy stays out (no step).
        assert_all_read_as(
            &[
                "What it costs them today",
                "What this costs them",
                "What makes it pressing now",
                "Urgency",
            ],
            Step::Problem,
        );
        assert_eq!(Step::from_heading("What it costs"), None);
    }

    #[test]
    fn a_retired_craftsmans_plain_headings_find_their_steps() {
        // Plain words a careful writer uses for each step, none of them a
        // method term: the trouble, what I'd do, what people told me, how
        // it runs, what we're unsure of.
        assert_headings(&[
            ("What the trouble is", Step::Problem),
            ("The current fix", Step::Problem),
            ("What I want to do", Step::Solution),
            ("What it does", Step::Solution),
            ("What people told me", Step::Evidence),
            ("Signs of interest", Step::Evidence),
            ("How it runs", Step::Experience),
            ("Roll-out", Step::Experience),
            ("What we're unsure about", Step::Risks),
            ("Things to figure out", Step::Risks),
            ("What it depends on", Step::Risks),
            ("How big a bet", Step::Risks),
            ("What I am less sure about", Step::Risks),
            ("My doubts", Step::Risks),
            ("Have we checked?", Step::Evidence),
            ("Did we ask anyone?", Step::Evidence),
        ]);
    }

    #[test]
    fn the_numbers_are_the_evidence_and_the_thing_is_the_problem() {
        assert_headings(&[
            ("Numbers", Step::Evidence),
            ("The numbers", Step::Evidence),
            ("The thing is", Step::Problem),
        ]);
    }
}
