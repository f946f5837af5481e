//! Evidence strength: how much did customers do, not say?
//!
//! The ladder, weakest to strongest: belief (1) → compliments, anecdotes
//! and market sizes (2) → interviews with a count, or relevant secondary
//! data (3) → quantified behaviour: surveys, analytics, sign-ups, waitlists,
//! smoke tests (4) → commitments: money, signatures, renewals, real usage
//! (5). The level is the highest rung reached; a percentage only counts when
//! it is attached to behaviour, so "91% said they would use it" stays a
//! compliment however many digits it has.
//!
//! The Evidence section is read in full (or, without one, a note whose
//! heading asks how the author knows); the other sections and the notes
//! are read only for the unmistakable rungs (a paid pilot, "we interviewed
//! 14", sign-up counts), because the rubric says evidence stated elsewhere
//! counts too.
//!
//! Evidence written as plain observations (a controlled test, a
//! before/after rate, a concierge run, continued use, the team's own
//! records) is read by its shape in `evidence_rungs`; a sentence nothing
//! recognises is weak data or an anecdote, never "belief" unless it says so.

use std::sync::LazyLock;

use regex::Regex;

use super::evidence_rungs as rungs;
use super::signals::{self, MONEY, NUM, Sentence, Tally, absence, re};
use crate::model::{Idea, Step};

/// What the evidence analyzer found: the highest rung of the ladder.
#[derive(Debug, Clone, Default)]
pub(crate) struct EvidenceFacts {
    /// The rung reached, 1-5.
    pub rung: u8,
    /// An Evidence section exists.
    pub present: bool,
    /// Belief or hedging language appears.
    pub belief: bool,
    /// Compliments or future promises appear.
    pub fluff: bool,
}

/// Belief: conviction standing in for evidence.
static BELIEF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:we (?:strongly |truly |really |firmly |honestly |all |do )?(?:believe|think|feel|know|are (?:confident|sure|certain|convinced))|we're (?:confident|sure|certain|convinced)|i (?:believe|think|feel|reckon|guess|bet|am sure|'m sure|am confident|'m confident)|we reckon|i know (?:that|every|everyone|they|people|this|it)|obviously|clearly|everyone knows|no doubt|gut feeling|surely|of course|it is evident|must be|would love)\b|\b(?:is|are|am) convinced\b|\b(?:is|are) (?:sure|certain) (?:that|it|they)\b",
    )
});

/// Compliments, enthusiasm and future promises (the Mom Test's fluff).
static COMPLIMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:lov(?:e|ed|es|ing) (?:it|the idea|the concept|this|the demo|the product)|loved|excited|great idea|cool idea|(?:a |was a |is a )?good idea|(?:expressed|shown|showed|registered) (?:an |their |some )?interest|impressed|enthusias\w+|positive feedback|liked (?:it|the)|said (?:[\w-]+ ){0,5}?(?:they|it|that|this) ?(?:would|'d|will|might|could|love|like|want|need)|(?:it|this|that)(?:'d| would) be (?:brilliant|great|amazing|useful|perfect|fantastic|handy|a godsend|a game[- ]changer)|bite (?:our|your|my) hands? off|would (?:\w+ )?(?:use|buy|pay|love|sign|switch|try|recommend)|'d (?:\w+ )?(?:use|buy|pay|love|switch)|take my money|friends|family|told us (?:it|they)(?: would|'d))\b|\bsounded (?:\w+ )?(?:lovely|great|good|amazing|interesting|useful|brilliant|fun|handy|helpful|neat|cool)\b|\bnodd(?:ed|ing)\b|\bsaid\W{1,3}if you build it\b|\bsaid (?:[\w'’-]+ ){0,6}?(?:would |will |[\w-]+'d )(?:be )?(?:brilliant|great|amazing|useful|perfect|fantastic|handy|helpful|nice|good|a godsend|a game[- ]changer)\b",
    )
});

/// A market-size figure with no link to this customer.
static MARKET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:tam|sam|som|market (?:size|worth|is worth|of)|market is|industry is worth)\b|[$€£] ?\d[\d.,]* ?(?:billion|bn|trillion|million|[bmt])\b[^.]{0,40}\b(?:market|industry|problem|opportunity|programme|program|sector|spend)\b|\b(?:market|industry|sector)\b[^.]{0,40}[$€£] ?\d[\d.,]* ?(?:billion|bn|trillion|million)|\b(?:uk|us|eu|national|global|household|consumer|industry|sector|category|market|retail) (?:[\w'’-]+ ){0,2}(?:spending|spend|sales|demand|consumption) (?:rose|grew|fell|increased|decreased|dropped|is up|is down|went up|went down) (?:by )?(?:about |around |roughly )?\d",
    )
});

/// Interviews or conversations, counted or not.
static INTERVIEW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:interview\w*|spoke (?:with|to)|talked (?:to|with)|chatted (?:to|with)|conversations?|shadowed|site visits?|focus groups?|discovery calls?|asked (?:some|a few|several|many|lots of|a couple of|our|the|my|local|other) \w+)\b",
    )
});

/// Interviews with a stated count: "we interviewed 23 clinic managers".
static INTERVIEW_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:interview(?:ed|s)?|spoke (?:with|to)|talked (?:to|with)|conversations? with|met with|shadowed|visited|observed|sat with|asked|polled|called|phoned|e-?mailed) (?:with )?(?:(?:the|about|over|around|some|more than|nearly|almost|roughly|approximately|at least|all|another|a further|exactly|only|just|personally|individually|separately) ){{0,2}}{NUM}|\b(?:interview(?:ed|s)?|spoke (?:with|to)|talked (?:to|with)|conversations? with|met with|visited|sat with) (?:[\w'’-]+ ){{0,5}}?(?:at|across|of) (?:[2-9]|\d\d[\d,]*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) (?:[\w'’-]+ )?[a-z][\w'’-]*s\b|\b{NUM} (?:[\w-]+ ){{0,4}}?(?:interviews|conversations|discovery calls|site visits|ride-alongs|shadowing sessions|focus groups)\b|\b{NUM} (?:[\w'’-]+ ){{0,5}}?(?:were )?(?:interviewed|consulted|spoken to)\b|\basked (?:at|during|in) (?:the|a|our) (?:[\w'’-]+ ){{0,3}}(?:meeting|session|event|workshop|class|market|show|fair|agm)\W+(?:[\w'’-]+ ){{0,2}}{NUM}\b|\bfocus groups?\W{{1,3}}(?:of |with )?{NUM}\b"
    ))
});

/// Secondary data relevant to this customer: records, tickets, studies.
static SECONDARY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:public (?:data|records)|records show|support tickets?|tickets?|complaints?|reviews?|logs?|dataset|audit of|search (?:volume|data|trends?)|we (?:analy[sz]ed|reviewed|pulled|counted|looked at|went through|tallied))\b",
    )
});

/// Desk research: someone else's numbers about the world, not this customer.
static DESK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:according to|article|blog|read (?:that|an?|in)|studies|study|reports? (?:says?|shows?|by)|research (?:says|shows)|statista|gartner|census|national statistics|industry surveys?)\b",
    )
});

/// Surveys with a stated size.
static SURVEY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:survey(?:ed|s)?|polls?|polled|questionnaires?)\b[^.]{{0,60}}?\b\d|\b{NUM} (?:[\w-]+ ){{0,3}}?(?:respondents|responses|answered)\b|\bn ?= ?\d"
    ))
});

/// A poll or survey whose response is counted ("15 of 18 households replied
/// to a poll").
static POLL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b{NUM} of (?:the |our )?{NUM} (?:[\w'’-]+ ){{0,3}}?(?:replied|responded|answered) to (?:a|the|our) (?:[\w'’-]+ )?(?:poll|survey|questionnaire)\b"
    ))
});

/// Quantified behaviour: sign-ups, waitlists, smoke tests, analytics.
static BEHAVIOUR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b{NUM}(?: ?%)? (?:[\w'’-]+ ){{0,4}}?registered(?:\s*[.,;:)]|\s*$)|\b{NUM}(?: ?%)? (?:[\w'’-]+ ){{0,4}}?(?:signed up|sign-?ups|joined|booked|clicked|clicks|downloaded|downloads|installed|installs|registered (?:for|on|with|in|to|interest|online|already|so far|last|this|since|by|within|early)\b|subscribed|completed|opened|replied|converted|ordered|visitors|visits|left (?:a|their) (?:number|email|phone)|requested|active users|used it|used them|used the|tried it|enrolled|reserved|placed)\b|\b(?:wait-?list|wait list|waiting list|smoke test|landing page|conversion|click-through|ctr|analytics|usage data|our data|order data|a/b test|holdout|cohort|open rate|reply rate|retention|retain(?:ed|s)?|repeat rate)\b|\b(?:we|i) (?:already |now |have )?\w+ {NUM} (?:[\w-]+ ){{0,2}}?(?:letters|orders|jobs|sessions|bookings|requests|visits|deliveries|reports|meals|rides|calls|loads|forms|cases)\b|\b{NUM} (?:[\w-]+ ){{0,2}}?(?:in|on) (?:the|our|my) (?:[\w-]+ )?(?:group|list|chat|channel|app|waitlist)\b|\b(?:wishlists?|wishlisted|playtime|play-?tests?|plays)\b|\b(?:beta (?:users|testers)|pilot users|nps|net promoter|very disappointed|daily active|weekly active|monthly active|dau|wau|mau)\b"
    ))
});

/// Commitments: money, signatures, renewals, real usage that continued.
static COMMITMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\bpaid (?:pilots?|trials?|subscriptions?|customers?|users?|plans?|versions?)\b|\b(?:have |has |had |each |all |already |they |who |and )?paid\b|\bpre-?(?:orders?|ordered|paid|purchased?)\b|\b(?:paid|put down|placed|left|made|taken|took|collected|received|holding|hold) (?:a |an |their |the |{NUM} )?(?:[$€£]? ?\d[\d,.]* )?(?:[\w-]+ )?deposits?\b|\bdeposits? (?:of|from|paid|taken|received)\b|[$€£] ?\d[\d,.]* (?:[\w-]+ )?deposits?\b|\bletters? of intent\b|\blois?\b|\bsigned\b(?: (?:an?|the|their|[\w-]+|{NUM})){{0,3}} (?:contracts?|agreements?|mous?|lois?|letters?|purchase orders?|orders?|up to pay|pledges?|licen[cs]es?)\b|\bpurchase orders?\b|\brenewed\b|\b{NUM} (?:[\w-]+ ){{0,2}}?renewals\b|\brenewal rate\b|\bpaying (?:customers|users|clients|schools|firms|shops)\b|\b(?:mrr|arr)\b|\bin revenue\b|\brevenue of [$€£]? ?\d|[$€£] ?\d[\d,.]*k? (?:in |of )?(?:sales|revenue)\b|\bpre-?sold\b|\b(?:have|has|had) (?:already )?(?:budgeted|allocated|ring-?fenced|set aside|earmarked|approved) (?:[$€£]|{NUM} ?(?:k|thousand)? ?(?:pounds|dollars|euros))|\b(?:we|have|has|had) sold {NUM}\b|\bsold out\b|\bbackers\b|\bcrowdfund(?:ed|ing)\b|\bpledged\b|\bsite licen[cs]es?\b|\bcommitted [$€£]|\b{NUM} of (?:the|them|those|our|these)? ?{NUM}? ?(?:[\w-]+ ){{0,4}}?(?:renewed|returned|returning|came back|kept (?:using|paying)|stayed|re-?ordered|re-?booked|still use|still using)\b|\b{NUM} (?:[\w-]+ ){{0,3}}?(?:pay|pays) (?:me|us)\b|\b{NUM} (?:repeat|returning) (?:customers|clients|buyers|users|bookings|orders|visitors)\b|\b(?:pay|pays) (?:me|us) (?:every|each|a|per) (?:week|month|year|term)\b|\bcharging (?:them |each |every |a |the |per [\w-]+ )?{MONEY}|\b{NUM} of (?:the |them |those |our |these )?(?:{NUM} )?(?:[\w-]+ ){{0,3}}?(?:have |has )?(?:sent|placed|booked|ordered|bought|brought) (?:us |in )?(?:a |an |their )?(?:second|another|third|repeat|more)\b"
    ))
});

/// Rungs that are safe to read outside the Evidence section. Not
/// "renewed": outside the Evidence section it is the customer's own policy
/// or lease renewing ("whose policy has just renewed"), not ours.
static STRICT_COMMITMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bpaid (?:pilots?|trials?)\b|\bpre-?orders?\b|\bletters? of intent\b|\blois?\b|\bsigned (?:annual |\w+ )?contracts?\b|\bpaying customers\b",
    )
});

/// One rung reached, with the words that reached it.
struct Hit {
    rung: u8,
    signal: super::Signal,
}

/// Base points for the first signal of the highest rung reached.
const BASE: [i16; 6] = [0, 10, 30, 50, 70, 90];

/// Score evidence strength.
pub(crate) fn analyze(idea: &Idea) -> (u8, Vec<super::Signal>, EvidenceFacts) {
    let mut own = signals::section(idea, Step::Evidence);
    if own.is_empty() {
        own = evidence_notes(idea);
    }
    let mut t = Tally::default();
    let mut f = EvidenceFacts {
        rung: 1,
        present: !own.is_empty(),
        ..EvidenceFacts::default()
    };
    if !f.present {
        t.push(absence(
            "evidence-missing",
            0,
            Step::Evidence,
            "There is no Evidence section.",
        ));
    }
    let mut hits = ladder(&own, &mut t, &mut f);
    hits.extend(elsewhere(
        idea,
        own.iter().any(|s| s.note.is_some()),
        f.present,
    ));
    f.rung = hits.iter().map(|h| h.rung).max().unwrap_or(1).max(1);
    score_hits(hits, f.rung, &mut t);
    if f.rung == 1 {
        t.push(absence(
            "evidence-none",
            BASE[1],
            Step::Evidence,
            "Nothing shows that customers need or want it, beyond belief.",
        ));
    }
    let level = f.rung;
    let (score, signals) = t.finish(level, why(level), Step::Evidence);
    (score, signals, f)
}

/// Without an Evidence section, a note whose heading asks how the author
/// knows ("Why I think this is needed", "What we have seen") is the
/// evidence, read in full. "Why now" is urgency, not evidence.
fn evidence_notes(idea: &Idea) -> Vec<Sentence<'_>> {
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:think|know|knew|believe|proof|prove|tested|test results?|results|learned|learnt|seen|heard|data|research|interviews?|signals?|traction|validat\w*|demand)\b",
        )
    });
    static NOT: LazyLock<Regex> = LazyLock::new(|| re(r"\bwhy now\b|\brisks?\b"));
    signals::notes(idea, Step::Evidence)
        .into_iter()
        .filter(|s| {
            s.note
                .is_some_and(|h| HEADING.is_match(h) && !NOT.is_match(h))
        })
        .collect()
}

/// The first hit of the top rung carries the base points; other counted
/// rungs corroborate a little; lower, weaker rungs under a strong one are
/// shown as a small deduction (fluff dilutes a strong case).
fn score_hits(hits: Vec<Hit>, top: u8, t: &mut Tally) {
    // A rung read only from a sentence's shape (a comparison, a trial, a
    // plain counted fact) can set the level, but a named rung of the same
    // height carries the base, and shape-read rungs do not corroborate or
    // dilute: the place inside a band stays with the named ones.
    let weak = |h: &Hit| {
        matches!(
            h.signal.rule.as_str(),
            "evidence-counted-fact"
                | "evidence-observation"
                | "evidence-test"
                | "evidence-continued-use"
        )
    };
    let base = hits
        .iter()
        .position(|h| h.rung == top && !weak(h))
        .or_else(|| hits.iter().position(|h| h.rung == top));
    let mut corroborations = 0;
    for (i, mut h) in hits.into_iter().enumerate() {
        if Some(i) == base {
            h.signal.effect = BASE[usize::from(top)];
        } else if weak(&h) {
            continue;
        } else if h.rung >= 3 && corroborations < 3 {
            corroborations += 1;
            h.signal.effect = 3;
        } else if h.rung == 2 && top >= 3 {
            h.signal.effect = -2;
        } else if h.rung == 2 && corroborations < 3 {
            corroborations += 1;
            h.signal.effect = 1;
        } else {
            continue;
        }
        t.push(h.signal);
    }
}

/// Read the Evidence section sentence by sentence for every rung.
fn ladder(sentences: &[Sentence<'_>], t: &mut Tally, f: &mut EvidenceFacts) -> Vec<Hit> {
    let mut hits = Vec::new();
    let believing = sentences.iter().any(|s| s.has(&BELIEF));
    for s in sentences {
        let before = hits.len();
        let mut hit = |rung: u8, signal: super::Signal| hits.push(Hit { rung, signal });
        let fluffy = s.find(&COMPLIMENT);
        let fluffed = fluffy.is_some();
        let counted = has_number(s);
        if let Some(r) = commitment(s) {
            hit(
                5,
                s.signal(
                    "evidence-commitment",
                    0,
                    r,
                    "Customers committed money, signatures or continued use.",
                ),
            );
        } else if let Some(r) = rungs::continued(s).filter(|_| fluffy.is_none()) {
            hit(
                5,
                s.signal(
                    "evidence-continued-use",
                    0,
                    r,
                    "Customers keep using or paying for it: retention.",
                ),
            );
        }
        if fluffy.is_none() {
            if let Some(r) = s
                .find_unquoted(&BEHAVIOUR)
                .filter(|_| counted && !someone_elses(s) && !our_own_legwork(s))
            {
                hit(
                    4,
                    s.signal(
                        "evidence-behaviour",
                        0,
                        r,
                        "Counts what customers actually did.",
                    ),
                );
            } else if let Some(r) = survey_numbers(s, counted) {
                hit(
                    4,
                    s.signal("evidence-survey", 0, r, "A survey with a stated size."),
                );
            } else if let Some(r) =
                rungs::measured_test(s, counted).or_else(|| rungs::counted_action(s))
            {
                hit(
                    4,
                    s.signal(
                        "evidence-test",
                        0,
                        r,
                        "A test with customers, measured: a trial, a comparison, a before and after.",
                    ),
                );
            }
        } else if let Some(r) = survey_numbers(s, counted) {
            // "15 of 18 households replied to a poll; 13 said they'd use
            // it", "surveyed 61 walkers: 72% had missed one, 44% said they
            // would rather…": the intent is a compliment, but counted across
            // a survey it is survey numbers.
            hit(
                4,
                s.signal("evidence-survey", 0, r, "A poll with its response counted."),
            );
        }
        if let Some(r) = interview_count(s) {
            hit(
                3,
                s.signal(
                    "evidence-interviews",
                    0,
                    r,
                    "Interviews with a stated count.",
                ),
            );
        } else if let Some(r) = s.find(&DESK) {
            hit(
                2,
                s.signal(
                    "evidence-desk-research",
                    0,
                    r,
                    "Desk research about the world, not this customer.",
                ),
            );
        } else if let Some(r) = s
            .find(&SECONDARY)
            .or_else(|| rungs::records(s, counted))
            .filter(|_| counted && !s.has(&MARKET))
        {
            hit(
                3,
                s.signal("evidence-data", 0, r, "Relevant data with numbers."),
            );
        } else if let Some(r) = s.find(&INTERVIEW) {
            hit(
                2,
                s.signal(
                    "evidence-anecdote",
                    0,
                    r,
                    "Conversations, but no count of how many.",
                ),
            );
        }
        if let Some(r) = fluffy.filter(|r| !rungs::believed(s, r.clone(), &BELIEF)) {
            f.fluff = true;
            hit(
                2,
                s.signal(
                    "evidence-compliment",
                    0,
                    r,
                    "Compliments and promises are not evidence of need.",
                ),
            );
        }
        // "The market is going to be huge" gives no figure: that is belief,
        // not even the rubric's "market-size figure with no link".
        if let Some(r) = s.find(&MARKET).filter(|_| counted) {
            hit(
                2,
                s.signal(
                    "evidence-market-size",
                    0,
                    r,
                    "A market size says nothing about this customer.",
                ),
            );
        }
        let belief = s.find(&BELIEF);
        let unread = hits.len() == before && !fluffed && belief.is_none();
        let shape = if unread {
            rungs::fallback(s, counted, believing)
        } else {
            None
        };
        if let Some((rung, r)) = shape {
            let (rule, message) = if rung == 3 {
                (
                    "evidence-counted-fact",
                    "A counted fact about customers, if not a test of demand.",
                )
            } else {
                (
                    "evidence-observation",
                    "An observation or a story, not yet counted.",
                )
            };
            hits.push(Hit {
                rung,
                signal: s.signal(rule, 0, r, message),
            });
        }
        if let Some(r) = belief {
            f.belief = true;
            t.push(s.signal("evidence-belief", -3, r, "Belief is not evidence."));
        }
    }
    hits
}

/// Strong rungs stated in other sections and notes.
///
/// Without any Evidence section, the compliments a writer tells in passing
/// ("the supers I showed a sketch to said they'd use it") are still the
/// rubric's level 2, not "belief only": they are the only evidence there is,
/// and the verdict must name them as the weak kind rather than as nothing.
fn elsewhere(idea: &Idea, notes_read: bool, has_section: bool) -> Vec<Hit> {
    let mut others = signals::sections(
        idea,
        &[
            Step::Pitch,
            Step::Customer,
            Step::Problem,
            Step::Solution,
            Step::Experience,
            Step::Risks,
        ],
    );
    // A note already read as the Evidence section is not read twice.
    if !notes_read {
        others.extend(signals::notes(idea, Step::Evidence));
    }
    let mut hits = Vec::new();
    for s in &others {
        // Outside the Evidence section a commitment must be counted ("12
        // pre-orders"): "a backlog of signed contracts" in the Customer
        // section is the customer's own business, not a commitment to us.
        if let Some(r) = s.find(&STRICT_COMMITMENT).filter(|r| {
            // "If fewer than 6 convert to a paid pilot, we stop" is a
            // kill criterion, not a pilot anyone paid for.
            !signals::hypothetical(&s.clean, r.start)
                && !hypothetical_clause(&s.clean[..r.start])
                && has_number(s)
                && !untested(s)
        }) {
            hits.push(Hit {
                rung: 5,
                signal: s.signal(
                    "evidence-commitment",
                    0,
                    r,
                    "A commitment stated outside the Evidence section.",
                ),
            });
        } else if let Some(r) = interview_count(s) {
            hits.push(Hit {
                rung: 3,
                signal: s.signal(
                    "evidence-interviews",
                    0,
                    r,
                    "Interviews stated outside the Evidence section.",
                ),
            });
        } else if let Some(r) = s.find(&COMPLIMENT).filter(|_| !has_section) {
            hits.push(Hit {
                rung: 2,
                signal: s.signal(
                    "evidence-compliments",
                    0,
                    r,
                    "Compliments stated outside the Evidence section: the weakest evidence.",
                ),
            });
        }
    }
    hits
}

/// Numbers from the team's own survey or poll ("surveyed 61 walkers: 72%
/// …", "15 of 18 households replied to a poll"); someone else's survey is
/// market data, not this.
fn survey_numbers(s: &Sentence<'_>, counted: bool) -> Option<std::ops::Range<usize>> {
    // "Video survey adoption grew 240%", "survey visit time: 45 minutes":
    // the survey is the customer's trade, not a survey of people.
    static TRADE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:survey|poll)s? (?:adoption|visits?|time|times|fees?|reports?|costs?|prices?|bookings?|jobs?|work|market|software|tools?|apps?|teams?|staff|calls?|appointments?)\b",
        )
    });
    let trade = |r: &std::ops::Range<usize>| TRADE.is_match(&s.clean[r.start..]);
    s.find(&POLL)
        .or_else(|| s.find(&SURVEY).filter(|r| counted && !trade(r)))
        .filter(|_| !someone_elses(s))
}

/// A stated count of interviews, where the count is more than one: "spoke
/// to one officer" is an anecdote, not a sample.
fn interview_count(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    // "The manager we shadowed spent 9 hours a week": a time, not a count
    // of people.
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:hours?|minutes?|days?|weeks?|months?|years?|%|percent|pounds|dollars|euros|am|pm|o'clock)\b",
        )
    });
    // Every match, overlapping ones too: in "Between March and June 2026
    // we interviewed 12 managers" a match that starts at the year hides
    // the one that starts at "interviewed".
    let clean = s.clean.as_str();
    let mut from = 0;
    let mut matches = std::iter::from_fn(|| {
        let m = INTERVIEW_COUNT.find_at(clean, from)?;
        from = clean[m.start()..]
            .char_indices()
            .nth(1)
            .map_or(clean.len(), |(i, _)| m.start() + i);
        Some(m.range())
    });
    matches.find(|r| {
        let words: Vec<&str> = s.clean[r.clone()].split_whitespace().collect();
        let single = words
            .iter()
            .any(|w| matches!(w.to_ascii_lowercase().as_str(), "one" | "1" | "single"));
        // "In 2024 the council consulted residents": a year, not a count.
        let year = words.iter().any(|w| {
            w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit())
        });
        !signals::negated(clean, r.start) && !single && !year && !UNIT.is_match(&clean[r.end..])
    })
}

/// A commitment, unless it is a promise ("would pay", "will sign") or
/// money the team spent ("paid ads").
fn commitment(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static SPENT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:ads?|advertising|search|social|media|campaigns?|acquisition|volunteers?|staff|employees|interns?)\b",
        )
    });
    // "Buyers that have signed contracts with chocolate makers": a deal
    // with someone else is the customer's world, not a commitment to us.
    let with_others = |end: usize| {
        let mut words = s.clean[end..].split_whitespace();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("with"))
            && words.next().is_some_and(|w| {
                let w = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase();
                !matches!(w.as_str(), "us" | "me" | "our" | "my")
            })
    };
    // "People like being paid for doing nothing": money they would receive,
    // not money they paid us.
    static RECEIVED: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:being|get|gets|getting|got|be|to be)\s*$"));
    COMMITMENT.find_iter(&s.clean).map(|m| m.range()).find(|r| {
        !with_others(r.end)
            && !RECEIVED.is_match(&s.clean[..r.start])
            && !signals::negated(&s.clean, r.start)
            && !signals::quoted(&s.clean, r.start)
            && !signals::hypothetical(&s.clean, r.start)
            && !hypothetical_clause(&s.clean[..r.start])
            && !s.has(&MARKET)
            && !SPENT.is_match(&s.clean[r.end..])
            && !rungs::paid_for_problem(&s.clean, r.clone())
    })
}

/// "| Packhouses pay NZ$6,000 a season | Not tested |": an assumption the
/// idea says it has not checked, however firmly its first words state it.
fn untested(s: &Sentence<'_>) -> bool {
    static UNTESTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:not (?:yet )?(?:tested|checked|validated|confirmed|proven)|untested|unvalidated|unconfirmed|assum(?:e|es|ed|ing|ption)|hypothes[ie]s)\b",
        )
    });
    s.has(&UNTESTED)
}

/// "We have spent a lot of time in stations (over 60 visits last year)":
/// the team's own legwork, counted, is not what customers did.
fn our_own_legwork(s: &Sentence<'_>) -> bool {
    static LEGWORK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:we|i)(?: (?:have|had|also|already|personally))?(?:'ve)? (?:spent|visited|made|did|went|attended|walked|drove|travelled|traveled|toured|stood|sat)\b",
        )
    });
    s.has(&LEGWORK)
}

/// A projection anywhere earlier in the sentence ("if we capture 2% … we
/// will have $8 million in revenue", "we believe a 5% share is achievable,
/// giving $1m ARR") makes what follows a promise.
fn hypothetical_clause(before: &str) -> bool {
    static IF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:if|would|will|could|might|projected|projections?|forecasts?|expect|expects|expected|capture|capturing|means|believe|believes|reckon|achievable|realistic|target|targets|targeting|aim|aims|aiming|potential|estimated?|market share|giving|assum\w*)\b",
        )
    });
    IF.is_match(before)
}

/// A survey or study someone else ran ("an OCLC survey from 2025 says",
/// "according to the national census", "the growers' association's 2025
/// survey"): relevant data about the market,
/// not the team asking its own customers.
fn someone_elses(s: &Sentence<'_>) -> bool {
    static THEIRS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\b(?:[Aa]n?|[Tt]he) (?:[A-Z][\w&-]*\s+){1,3}(?:survey|study|report|census|poll)\b|\b[A-Z][\w&-]*['’]s (?:\d{4} )?(?:[\w-]+['’]? )?(?:survey|study|report|census|poll|figures|statistics)\b|\b(?i:(?:association|federation|council|ministry|government|institute|union|society|chamber|trust|agency|board|commission|regulator|authority|network|league|guild)['’]s (?:\d{4} )?(?:[\w-]+['’]? )?(?:survey|study|report|census|poll|figures|statistics))\b|\b(?i:according to|published by|(?:industry|national|government|sector|third-party|published|public) (?:surveys?|stud(?:y|ies)|reports?|statistics|polls?))\b",
        )
        .unwrap_or_else(|_| re("$^"))
    });
    s.has(&THEIRS)
}

/// Digits that are not a year: behaviour must be counted to count. A
/// section number that opens the sentence ("4.1 Officers said …") counts
/// nothing.
fn has_number(s: &Sentence<'_>) -> bool {
    static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:\d{1,3}(?:,\d{3})+|\d{1,3}|\d{5,})\b(?:\.\d+)?%?|\b\d{4}\b ?(?:%|[a-z]+s\b)")
    });
    static OUTLINE: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*\d+(?:\.\d+)+\.?\s"));
    let skip = OUTLINE.find(&s.clean).map_or(0, |m| m.end());
    COUNTED.find_iter(&s.clean[skip..]).any(|m| {
        let t = m.as_str();
        !(t.len() == 4 && t.starts_with("20") && t.chars().all(|c| c.is_ascii_digit()))
    })
}

fn why(level: u8) -> &'static str {
    match level {
        1 => "Level 1: belief only; nothing customers said or did.",
        2 => "Level 2: compliments, anecdotes or market sizes; no counted interviews or behaviour.",
        3 => {
            "Level 3: interviews or data, but no quantified behaviour (sign-ups, usage, survey numbers)."
        }
        4 => "Level 4: quantified behaviour, but no commitment of money or signatures yet.",
        _ => "Level 5: customers committed money, signatures or continued use.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_str;

    fn level_for(evidence: &str) -> u8 {
        let text = format!("# X\n\nA tool.\n\n## Evidence\n{evidence}\n");
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        super::super::level_of(analyze(&idea).0)
    }

    #[test]
    fn how_many_live_visit_or_work_somewhere_is_a_market_size() {
        for size in [
            "The country has over 3,000 licensed ferries, and the sector is worth billions.",
            "About 120,000 pilgrims visit the shrine every year.",
            "The harbour trade employs an estimated 900 people.",
            "Our PR agency says loyalty schemes lift footfall by 15-25%.",
        ] {
            assert_eq!(level_for(size), 2, "{size}");
        }
    }

    #[test]
    fn crowds_firm_counts_forum_threads_and_interest_are_weak() {
        for weak in [
            "The regatta attracts over 40,000 spectators a year.",
            "The valley had around 70 sawmills in 2020, down from 150.",
            "A forum thread with 60 replies complains about the waits.",
            "5 farms have expressed interest in principle.",
            "When I showed it to 4 fitters they said it was a good idea.",
        ] {
            assert_eq!(level_for(weak), 2, "{weak}");
        }
    }

    #[test]
    fn weeks_of_use_and_a_retention_rate_are_retention() {
        for kept in [
            "A prototype ran at 4 depots through the winter; all 4 logged stock every week for 20 weeks.",
            "Of the 30 who started, 22 are still scanning every day (73% at 6 months).",
            "Of 180 learners enrolled, 130 were still active in week 12.",
        ] {
            assert_eq!(level_for(kept), 5, "{kept}");
        }
    }

    #[test]
    fn paying_for_the_next_season_is_a_commitment_whatever_it_is_paid_from() {
        let paid = "Three co-ops used the prototype all winter, and all three paid for the spring season out of their member fees.";
        assert_eq!(level_for(paid), 5);
    }

    #[test]
    fn an_associations_own_survey_is_secondary_data() {
        let theirs =
            "The growers' association's 2025 survey says 38% of members have no successor.";
        assert_eq!(level_for(theirs), 3);
    }

    #[test]
    fn contracts_the_customer_signed_with_others_are_not_commitments_to_us() {
        let theirs = "Co-ops that have signed supply contracts with chocolate makers must now prove fair weights.";
        assert!(level_for(theirs) < 5, "{}", level_for(theirs));
        assert_eq!(
            level_for("Seven co-ops signed contracts with us in May."),
            5
        );
    }

    #[test]
    fn a_kill_criterion_about_paid_pilots_is_not_a_commitment() {
        let text = "# X\n\nA tool.\n\n## Evidence\nCoordinators said it would save time.\n\n## Risks\n- If fewer than 6 of the next 15 trusts we demo convert to a paid pilot by September 2027, we stop.\n";
        let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
        assert!(super::super::level_of(analyze(&idea).0) < 4);
    }

    #[test]
    fn being_paid_is_money_received_not_a_commitment() {
        assert!(level_for("Obviously people like being paid for doing nothing.") < 3);
        assert_eq!(level_for("Twelve owners have paid the £20 setup fee."), 5);
    }

    #[test]
    fn a_named_bodys_members_survey_is_someone_elses() {
        let members =
            "The FIA's 2025 members' survey (n=410): 64% name admin time as their top problem.";
        assert!(level_for(members) < 4, "{}", level_for(members));
    }

    #[test]
    fn a_survey_that_is_the_customers_trade_is_not_a_survey_of_people() {
        assert!(level_for("Video survey adoption grew 240% during the pandemic.") < 4);
        assert_eq!(
            level_for("Our survey of 140 removers: 61% lose a day a week to visits."),
            4
        );
    }

    #[test]
    fn a_year_before_the_interview_count_does_not_hide_it() {
        assert_eq!(
            level_for(
                "Between March and June 2026 we interviewed 12 finance managers at 10 workshops."
            ),
            3
        );
    }

    #[test]
    fn the_teams_own_visits_are_not_customer_behaviour() {
        let ours = "We have spent a lot of time at depots (over 60 visits last year as research).";
        assert!(level_for(ours) < 4, "{}", level_for(ours));
        assert_eq!(
            level_for("Over 60 visitors booked a slot in the first week."),
            4
        );
    }

    #[test]
    fn revenue_the_team_believes_it_can_reach_is_a_projection_not_a_commitment() {
        for text in [
            "We believe a 5% share by 2029 is achievable, giving £2m ARR.",
            "A realistic target is 300 paying customers in year two.",
        ] {
            assert!(level_for(text) < 4, "{text}: {}", level_for(text));
        }
        assert_eq!(level_for("We have 14 paying customers and £3k MRR."), 5);
    }

    #[test]
    fn a_per_seat_fee_paid_and_year_long_agreements_signed_are_commitments() {
        for text in [
            "Nine paid the £6 per seat fee three months running.",
            "Seven signed 12-month agreements.",
        ] {
            assert_eq!(level_for(text), 5, "{text}");
        }
        assert!(level_for("Nine had paid a £60 penalty fee last year.") < 5);
    }

    #[test]
    fn a_registered_manager_is_a_role_and_an_instant_price_would_be_handy_a_compliment() {
        assert_eq!(
            level_for("We interviewed 21 people: 12 placement officers and 6 registered managers."),
            3
        );
        assert_eq!(level_for("40 parents registered for the beta."), 4);
        assert_eq!(level_for("In three weeks 40 parents registered."), 4);
        assert_eq!(level_for("A past client said a quick quote'd be handy."), 2);
        assert!(level_for("A typical salon has 150 regular clients.") < 5);
        assert_eq!(
            level_for("A couple of past clients said an instant price would be handy."),
            2
        );
        assert_eq!(
            level_for("An officer I spoke to at one station said it would help."),
            2
        );
    }

    #[test]
    fn someone_elses_survey_of_out_of_pocket_costs_is_not_a_commitment() {
        let text = "A 2023 survey published by the Patients' Forum (n = 1,240) found that 38% of participants had paid out of pocket for travel.";
        assert!(level_for(text) <= 3, "{}", level_for(text));
    }

    #[test]
    fn counts_of_the_world_and_our_own_projections_are_not_data_about_this_customer() {
        for text in [
            "I reckon there's 40,000 plasterers in the UK and millions of DIYers.",
            "At 2% of taproom sales that's £8.4m a year for us.",
            "The caravan count: 24,000 Traveller caravans in England, of which 7,000 are on council sites.",
            "UK household seafood spending rose 4% in 2025 (trade body figures).",
        ] {
            assert!(level_for(text) <= 2, "{text}: {}", level_for(text));
        }
        assert_eq!(
            level_for("Records show 540 scripts went missing last summer."),
            3
        );
    }

    #[test]
    fn counted_talk_polls_and_shows_of_hands_in_other_words() {
        assert_eq!(
            level_for("14 passengers and 6 drivers interviewed at the village hall."),
            3
        );
        assert_eq!(
            level_for(
                "We asked at the October meeting: 14 members said they had tried to borrow one."
            ),
            3
        );
        assert_eq!(
            level_for("15 of 18 households replied to a poll, 13 said they'd use it."),
            4
        );
        assert_eq!(
            level_for("Other operators were nodding a lot at the meet."),
            2
        );
        assert_eq!(
            level_for("The manager we shadowed spent 9 hours a week chasing proofs."),
            2
        );
    }

    #[test]
    fn repeat_customers_of_a_trial_are_continued_use() {
        assert_eq!(
            level_for("A trial route ran for 10 weeks: 214 repairs, 38 repeat customers."),
            5
        );
    }

    #[test]
    fn people_counted_by_the_places_they_work_at_are_an_interview_count() {
        for text in [
            "Spoke to the ops managers at 8 aerodromes in October.",
            "Interviews were held with the schedulers of 7 telescopes.",
        ] {
            assert_eq!(level_for(text), 3, "{text}");
        }
    }

    #[test]
    fn the_customers_own_contracts_are_not_a_commitment_to_us() {
        let text = "# X\n\nA tool.\n\n## Customer\nInstallers. They care the week a backlog of signed contracts waits for permits.\n\n## Evidence\nInstallers at the booth loved the demo.\n";
        let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
        assert_eq!(super::super::level_of(analyze(&idea).0), 2);
    }

    #[test]
    fn compliments_told_in_passing_are_weak_evidence_not_none() {
        let idea = |experience: &str| {
            let text = format!("# X\n\nA tool.\n\n## Experience\n{experience}\n");
            parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"))
        };
        let level = |experience: &str| super::super::level_of(analyze(&idea(experience)).0);
        assert_eq!(
            level("They open a link. The nurses I showed it to said they'd use it."),
            2
        );
        assert_eq!(level("They open a link and tap Go."), 1);
    }

    #[test]
    fn belief_is_level_one() {
        assert_eq!(level_for("We believe farmers will obviously want this."), 1);
    }

    #[test]
    fn percentages_of_compliments_stay_compliments() {
        assert_eq!(
            level_for(
                "97% of visitors to our stand said they loved it and 90% said they would buy."
            ),
            2
        );
    }

    #[test]
    fn counted_interviews_are_three() {
        assert_eq!(
            level_for("We interviewed 18 ward managers about last month's rota."),
            3
        );
    }

    #[test]
    fn signups_are_four_and_deposits_five() {
        assert_eq!(
            level_for("From one newsletter, 212 growers joined the waitlist."),
            4
        );
        assert_eq!(level_for("Seven bakeries paid a $200 deposit each."), 5);
    }

    #[test]
    fn promises_of_payment_are_not_payment() {
        assert_eq!(level_for("Three shops said they would pay a deposit."), 2);
    }

    #[test]
    fn a_quote_about_the_renewal_season_is_not_a_renewal() {
        let quote = "Two buyers we met at a trade fair called the renewal season \"the worst month of the year\".";
        let renewals = "Our first 9 schools all renewed, and 2 renewals came early.";
        assert!(level_for(quote) <= 2);
        assert_eq!(level_for(renewals), 5);
    }

    #[test]
    fn a_market_without_a_figure_is_belief() {
        assert_eq!(level_for("The market for this is going to be huge."), 1);
        assert_eq!(level_for("The market is worth $2 billion a year."), 2);
    }

    #[test]
    fn someone_elses_survey_is_not_our_survey() {
        let theirs = "An Ipsos survey from 2025 says 41% of gyms lose members in January.";
        let ours = "We surveyed 120 gym members in January; 41% said they had cancelled before.";
        assert!(level_for(theirs) < level_for(ours));
        assert_eq!(level_for(ours), 4);
        let report =
            "WRAP's 2024 textiles report estimates that 12% of stock placed in banks is lost.";
        assert!(level_for(report) < 4, "{}", level_for(report));
    }

    #[test]
    fn a_section_number_is_not_a_count() {
        let numbered = "4.1 Officers we met at conferences have indicated strong interest.";
        assert_eq!(level_for(numbered), 2);
    }

    #[test]
    fn weekly_logins_to_a_prototype_are_continued_use() {
        let body = "We ran 20 sensors at two depots for four months. Both depot teams log in weekly (median 3 sessions a week per site).";
        assert_eq!(level_for(body), 5);
    }

    #[test]
    fn the_customers_own_renewal_is_not_a_commitment_to_us() {
        let text = "# X\n\nA tool.\n\n## Customer\nOwners whose policy has just renewed with a 30% rise.\n\n## Evidence\nWe interviewed 14 owners.\n";
        let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
        assert_eq!(super::super::level_of(analyze(&idea).0), 3);
    }

    #[test]
    fn interviews_and_focus_groups_are_talk_however_they_are_run() {
        assert_eq!(
            level_for("We ran two focus groups (9 and 11 people) from a parents' forum."),
            3
        );
        assert_eq!(
            level_for("We conducted structured interviews with 22 coordinators at 9 universities."),
            3
        );
        assert_eq!(
            level_for("We ran a two-week trial with 22 coordinators: 19 used it every day."),
            4
        );
    }

    #[test]
    fn long_use_of_a_prototype_shared_data_and_indirect_praise() {
        assert_eq!(
            level_for("I ran a spreadsheet version for 9 distilleries for 14 months."),
            5
        );
        assert_eq!(
            level_for("We spoke to 11 harbour masters; 3 of them sent us their visitor logs."),
            3
        );
        assert_eq!(
            level_for("Two teams said at the regional meeting it'd be brilliant."),
            2
        );
    }

    #[test]
    fn charging_for_the_service_and_second_orders_are_commitments() {
        let paid = "Since May we've filed 40 forms for 9 studios, charging NPR 2,000 each.";
        assert_eq!(level_for(paid), 5);
        let again =
            "We ran 40 fittings in the spring. 7 of the 9 studios have sent us a second order.";
        assert_eq!(level_for(again), 5);
        assert!(level_for("We plan on charging NPR 2,000 each.") < 5);
    }

    #[test]
    fn the_founders_own_counted_past_is_a_story() {
        let story = "Our founder ran a mountain hut for eight years and ran out of gas 11 times.";
        assert!(level_for(story) < 4, "{}", level_for(story));
        let customers = "12 hut wardens used the order sheet and sent 40 orders in March.";
        assert_eq!(level_for(customers), 4);
    }

    #[test]
    fn a_count_after_talked_to_must_count_the_people() {
        // "Growers we talked to lose 3 crates a week": the number counts
        // crates, not conversations.
        assert!(level_for("Growers we talked to lose 3 to 5 crates a week.") < 3);
        assert_eq!(level_for("We talked to 14 growers at the spring fair."), 3);
    }

    #[test]
    fn what_the_team_expects_is_a_projection_and_weeks_of_logging_are_retention() {
        assert!(level_for("We expect 60% of clubs to sign up in the first year.") < 3);
        let kept = "We offered a free trial to 40 clubs: 19 signed up, 14 have logged a session every week for the past 8 weeks, and 10 secretaries stopped keeping the paper register.";
        assert_eq!(level_for(kept), 5);
    }

    #[test]
    fn an_untested_assumption_is_not_a_commitment_and_every_load_after_the_first_is_retention() {
        let idea = parse_str("# X\n\nA tool.\n\n## Evidence\nWe interviewed 12 growers.\n\n## Risks\n| assumption | status |\n|---|---|\n| Depots pay £900 a season | Not tested |\n")
            .unwrap_or_else(|e| panic!("parse: {e}"));
        assert_eq!(super::super::level_of(analyze(&idea).0), 3);
        let kept = "We ran slots by phone for 60 growers: 48 booked at least once, and 41 booked every load after their first.";
        assert_eq!(level_for(kept), 5);
    }
}
