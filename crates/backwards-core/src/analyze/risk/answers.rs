//! How a risk item is answered: the team's own response ("we sign…"), a
//! stated fact after a colon, a table's answer cell, a trial's result.
//! Split from `risk.rs` so that reading an item's answer is one place; the
//! rules that decide what counts as done (not planned) live here.

use super::*;

/// A Markdown table row: "| risk | mitigation |".
/// In a risk table, the last cell of a row is the team's answer to the
/// risk in its first: "| TR19 changes again | a change is a template
/// update |". It counts when it says something done or decided, not when it
/// is empty, a likelihood ("medium"), a plan ("we'll look into it"), an
/// admitted gap or work not done ("tender not yet prepared"), or more worry
/// ("Who pays if we over-value a fake?").
pub(super) fn table_answer<'s, 'a>(
    item: &Item<'s, 'a>,
) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    static NO_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:high|medium|med|low|h|m|l|yes|no|none|n/?a|tbd|todo|unknown|\?+|-+|—|–|not yet|nothing yet)?\W*$",
        )
    });
    // "Open.", "Partly mitigated: … undecided", "In progress": a status, not
    // an answer; nor is work still to start ("Explore a commission model",
    // "in Phase 2").
    static STATUS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:open|partly|partially|partial|undecided|pending|in progress|ongoing|unknown|unclear|uncertain|not known|not (?:yet )?[a-z]+ed|need|needs|needed|to be|to do|tbc|we think|we hope|hopefully|maybe|probably)(?:\W*$|[ ;:,.(—–])|\blater\W*$|\blook into\b|^\W*(?:explore|consider|investigate|assess|evaluate|study|research|discuss|seek|think about)\b|\bin (?:phase|stage) (?:2|3|two|three|ii)\b",
        )
    });
    let (cells, last) = row_cells(item)?;
    if cells.len() < 2 {
        return None;
    }
    // "Meeting planned for Q1", "We intend to pursue ISO 27001 before the
    // first sale", "We will ask the board's data team for approval": a plan
    // anywhere in the cell, or opening it, however long it runs.
    static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:planned|plan(?:s|ning)? to|intend(?:s|ed)? to|going to|aim(?:s|ing)? to|hope(?:s)? to|scheduled for)\b|^\W*(?:we|i|they|the team)(?: will|'ll| shall)\b",
        )
    });
    // Under "What we'll do", only an answer that says it is done counts.
    static DONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:already|done|signed|in place|agreed|completed|tested|approved|have|has|had|since|\w+ed (?:in|on|last|with))\b",
        )
    });
    // "Tender not yet prepared", "no alternative identified", "to be
    // examined": the cell says the work is not done, whatever its noun.
    static UNDONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\bnot (?:yet )?(?:been )?(?:[a-z]+ed|begun|done|sought|drawn up|taken up|set up)\b|^\W*no (?:[\w-]+ ){1,2}(?:yet |so far )?(?:identified|found|agreed|signed|arranged|prepared|secured|available|in place|yet)\b|\bto be (?:[a-z]+ed|taken up|done|drawn up|set up|seen|sought)\b",
        )
    });
    let answer = cells.last()?.as_str();
    let undone = UNDONE
        .find(answer)
        .is_some_and(|m| !m.as_str().ends_with("needed") && !m.as_str().ends_with("required"));
    let promise = promised(answer, answer.len())
        || PLANNED.is_match(answer)
        || (item.plan_column && !DONE.is_match(answer));
    let gap = undone
        || UNKNOWN.is_match(answer)
        || STILL_OPEN.is_match(answer)
        || STATUS.is_match(answer)
        || answer.contains('?')
        || RISKY_WORDS.is_match(answer);
    (!answer.is_empty() && !NO_ANSWER.is_match(answer) && !promise && !gap)
        .then_some((last, 0..last.clean.len()))
}

/// Whether a risk table's header names its answer column as a plan: "What
/// we'll do", "Next step", "Action", "Plan".
pub(super) fn plan_header(raw: &str) -> bool {
    static PLAN: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:will|'ll|plan|plans|planned|next steps?|to do|todo|actions?|intend|proposed)\b")
    });
    let last = raw
        .trim()
        .trim_matches('|')
        .rsplit('|')
        .next()
        .unwrap_or("");
    PLAN.is_match(last)
}

/// The cells of an item's table row, trimmed, and the row's last sentence
/// (the splitter may cut a row at a full stop inside a cell, so the row is
/// every sentence on the first row sentence's line).
fn row_cells<'s, 'a>(item: &Item<'s, 'a>) -> Option<(Vec<String>, &'s Sentence<'a>)> {
    let first = item.sentences.iter().find(|s| table_row(s.raw))?;
    let row: Vec<&'s Sentence<'a>> = item
        .sentences
        .iter()
        .copied()
        .filter(|s| s.line == first.line)
        .collect();
    let text = row
        .iter()
        .map(|s| s.clean.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let cells = text
        .trim()
        .trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_string())
        .collect();
    Some((cells, *row.last()?))
}

/// A risk-table row whose last cell is a status or a gap ("Not started; we
/// have a contact", "Charity interested but no budget", "Unknown"): the
/// table itself says the risk is open, whatever the other cells hold.
pub(super) fn table_says_open(item: &Item<'_, '_>) -> bool {
    static GAP: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:open|partly|partially|undecided|pending|in progress|unknown|unclear|uncertain)(?:\W*$|[ ;:,.(—–])|^\W*(?:not (?:yet )?(?:started|done|tested|agreed|signed|contacted|approached|asked|discussed|raised|checked|costed)|not yet|(?:would|will|may|might) need|needs|needed)\b|\bno (?:budget|funding|funder|money|answer|reply)\b|\bbut no\b",
        )
    });
    row_cells(item).is_some_and(|(cells, _)| {
        cells.len() >= 3 && cells.last().is_some_and(|last| GAP.is_match(last))
    })
}

/// "We carry liability cover, but a single incident could end the
/// company", "we make £2 a sale; it may not cover the card fees", "only
/// one of the four makers has agreed", "only my father's
/// workshop has agreed", "reminders work
/// without it, but the checklist depends on it": an answer the same
/// sentence takes back, or gives for only part of those it needs.
pub(super) fn undercut(clean: &str, at: std::ops::Range<usize>) -> bool {
    static PARTIAL: LazyLock<Regex> =
        LazyLock::new(|| re(r"\bonly (?:one|two|three|a few|\d+) (?:of|out of)\b[^.;]*$"));
    static TAKEN_BACK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[^.;]*?\bbut\b[^.;]*?\b(?:could|would|can|may|might|single|halt\w*|end|ends|loses?|depends?|relies|rely|not found|haven't|have not|no way)\b|^(?:[^.;]|\.\d)*;\s*(?:but\s+)?(?:it|this|that|which)\s+(?:may|might|could|would|will|does|do)(?:n't|n’t| not)\b",
        )
    });
    // "Only my father's workshop has agreed": the agreement's own subject
    // is one part of those it needs.
    static ONLY_SUBJECT: LazyLock<Regex> = LazyLock::new(|| re(r"\bonly (?:[\w'’-]+ ){1,4}$"));
    static AGREED: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:has|have) (?:agreed|signed)\b"));
    let only_some_agreed =
        ONLY_SUBJECT.is_match(&clean[..at.start]) && AGREED.is_match(&clean[at.clone()]);
    // "We have applied for 2027 but do not yet have it", "a safety officer
    // lined up but not yet engaged; we don't have it yet", "we have built
    // 40; the order needs 230, which we haven't placed": after a "but" or
    // a semicolon the sentence admits the answer is not there yet.
    static GAP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[^.]*?(?:\bbut\b|;|—)[^.]*?\b(?:not yet|(?:don't|do not|haven't|have not) (?:yet )?(?:have|know|got|checked|found|secured|heard|placed|ordered|signed|booked|paid|raised|started)|(?:which|that) (?:we|i) (?:haven't|have not|hasn't|has not) (?:yet )?[\w-]+|nothing (?:agreed|signed|in writing)|open question)\b",
        )
    });
    PARTIAL.is_match(&clean[..at.start])
        || only_some_agreed
        || TAKEN_BACK.is_match(&clean[at.end..])
        || GAP_AFTER.is_match(&clean[at.end..])
        || refused(&clean[at.start..])
}

/// "Two of the four I asked have already told me they don't want it":
/// asking was done, and the answer was no. A refusal is the risk come true,
/// not its answer; "so far 0 of 38 refused it" is the opposite, a result.
fn refused(from_answer: &str) -> bool {
    static REFUSED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[^.;|]*?\b(?:told (?:me|us)\b|said|replied|answered|wrote)(?: that)? (?:they|he|she|it) (?:don't|do not|doesn't|does not|won't|will not|wouldn't|would not|can't|cannot)\b|^[^.;|]*?\b(?:said no|refused|declined|turned (?:me|us|it|the idea) down|rejected (?:it|us|the idea|our))\b",
        )
    });
    static NONE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:0|zero|none|no one|nobody|not one|never)\b"));
    REFUSED
        .find(from_answer)
        .is_some_and(|m| !NONE.is_match(m.as_str()))
}

/// What follows a "but" only concedes the risk: a negation or a maybe.
pub(super) fn concedes(after: &str) -> bool {
    static CONCEDE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:we |i )?(?:can't|cannot|can not|couldn't) (?:rule|be sure|know|tell|promise)|^\W*(?:it |this |they )?(?:may|might|could) (?:still|well|yet|happen)\b",
        )
    });
    CONCEDE.is_match(after)
}

/// A response in the team's own voice: "we sign…", "we show…", "but their
/// incentive runs the other way". Phrases that state the risk itself ("we
/// depend on", "we need", "we have not tested") are not responses.
pub(super) fn we_act<'s, 'a>(
    item: &Item<'s, 'a>,
    contrast_counts: bool,
) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    static WE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:we|we'll|i|i'll|our team|the team)\s+([\w'’]+)(?:\s+([\w'’]+))?|[,;] but\b|\bhowever\b",
        )
    });
    const RISKY: &[&str] = &[
        "depend",
        "depends",
        "need",
        "needs",
        "rely",
        "relies",
        "haven't",
        "hasn't",
        "don't",
        "do",
        "can't",
        "cannot",
        "could",
        "might",
        "may",
        "hope",
        "think",
        "believe",
        "assume",
        "expect",
        "know",
        "lose",
        "face",
        "would",
        "must",
        "are",
        "were",
        "had",
        "still",
        "also",
        "'ve",
        "didn't",
        "didn’t",
        "never",
        "can",
        "plan",
        "want",
        "wish",
        "doubt",
        "worry",
        "see",
        "don’t",
        "haven’t",
        // Hearsay and guesses ("which I hear can take a year", "which I
        // understand means paperwork") report the risk; they do not answer it.
        "hear",
        "gather",
        "understand",
        "suppose",
        "guess",
        "reckon",
        "fear",
        "suspect",
        "imagine",
        "wonder",
        "feel",
        // Thinking about a risk ("I have thought carefully about the
        // risks") is not yet doing anything about it.
        "thought",
        "pondered",
        "reflected",
        // Deferring ("we'll figure it out", "we'll sort that out later").
        "figure",
        "work",
        "sort",
        "deal",
        "worry",
        "look",
        "revisit",
        "cross",
        // Making the risky thing ("we build the sensors ourselves") is the
        // risk itself, not an answer to it.
        "build",
        "manufacture",
        "invent",
        // A plan is not a mitigation yet.
        "will",
        "'ll",
        "plans",
        "intend",
        "aim",
        "should",
        "shall",
        "going",
        "hope",
        // "We'll be better and cheaper": a claim about ourselves, not a move.
        "be",
    ];
    const UNDER_WAY: &[&str] = &[
        "talking",
        "planning",
        "looking",
        "hoping",
        "trying",
        "working",
        "exploring",
        "waiting",
        "considering",
        "discussing",
        "going",
        "aiming",
        "thinking",
        "speaking",
        "in",
    ];
    // What follows "we have a": a meeting or a call still to be held.
    static MEETING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:(?:first|second|initial|follow-up|next|short) )?(?:meeting|call|appointment|conversation|chat|demo|presentation)s?\b",
        )
    });
    // "If we miss December we owe refunds": a date missed and a debt owed
    // are the risk's outcome too.
    const FALL: &[&str] = &[
        "fold", "sink", "collapse", "fail", "suffer", "die", "struggle", "miss", "owe", "slip",
    ];
    const MUSED: &[&str] = &[
        "thought",
        "pondered",
        "reflected",
        "wondered",
        "worried",
        "hoped",
        "assumed",
        "believed",
        "guessed",
    ];
    const NOT: &[&str] = &[
        "not", "no", "yet", "never", "n't", "need", "needs", "neither", "nothing", "none", "nobody",
    ];
    // "How do we make money?" asks; it does not answer.
    item.sentences.iter().filter(|s| !s.asks()).find_map(|s| {
        WE.captures_iter(&s.clean).find_map(|c| {
            let m = c.get(0)?;
            let first = c.get(1).map(|w| w.as_str().to_lowercase());
            let second = c.get(2).map(|w| w.as_str().to_lowercase());
            // "If the partner is exposed, we go down with them" is the
            // risk's outcome, not a response to it.
            let our_fall = match (first.as_deref(), second.as_deref()) {
                (Some("go" | "goes"), Some("down" | "under" | "bust" | "broke")) => true,
                (Some(w), _) => {
                    FALL.contains(&w)
                        || c.get(1)
                            .is_some_and(|v| left_with_us(v.as_str(), &s.clean[v.end()..]))
                }
                _ => false,
            };
            let ok = match first.as_deref() {
                _ if our_fall => false,
                _ if holds_the_data(&s.clean[m.start()..]) => false,
                // ", but" / "however" answers a competitor, unless what
                // follows concedes ("We doubt it, but can't rule it out").
                None => contrast_counts && !concedes(&s.clean[m.end()..]),
                Some(w) if RISKY.contains(&w) => false,
                // "As we scale", "while we grow": a time in the company's
                // future, not a move against the risk ("we scale back to
                // one town" is one).
                Some("scale" | "grow" | "expand" | "mature") => {
                    matches!(second.as_deref(), Some("back" | "down"))
                }
                Some("have" | "has") if second.as_deref() == Some("to") => false,
                // "We have a first meeting in January": a date to ask the
                // third party, whose answer is still to come.
                Some("have" | "has") if MEETING.is_match(&s.clean[m.end()..]) => false,
                // "We are talking to a second chain" is still under way.
                Some("are" | "am" | "is" | "'re")
                    if second.as_deref().is_some_and(|w| UNDER_WAY.contains(&w)) =>
                {
                    false
                }
                // "We have thought hard about it" has only thought.
                Some("have" | "will" | "'ll" | "are" | "is") => !second
                    .as_deref()
                    .is_some_and(|w| NOT.contains(&w) || MUSED.contains(&w)),
                // "We did not start", "we never asked": nothing done.
                Some(_) => !second
                    .as_deref()
                    .is_some_and(|w| matches!(w, "not" | "never")),
            };
            let condition = after_conjunction(&s.clean[..m.start()]);
            let relative = closes_a_noun(&s.clean, m.start());
            let entailed = a_consequence(&s.clean[..m.start()])
                || still_to_work_out(&s.clean[..m.start()])
                || short_of_the_need(&s.clean[..m.start()], &s.clean[m.start()..]);
            (ok && !condition && !relative && !entailed && !signals::negated(&s.clean, m.start()))
                .then(|| (*s, m.range()))
        })
    })
}

/// "Taking their money means we handle card payments for other firms": what
/// follows "means" is what the risky thing entails, the risk spelled out,
/// not a move the team makes against it.
pub(super) fn a_consequence(before: &str) -> bool {
    static MEANS: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:means|mean|meant|would mean|will mean)\s+(?:that\s+)?$"));
    MEANS.is_match(before)
}

/// "If many trainees leave, we carry the unrecovered cost", "we bear the
/// loss": a loss the team is left holding is the risk's outcome, not a move
/// against it ("we carry spare batteries" is one). `verb` is the words
/// that end on the verb, `after` what follows it.
pub(super) fn left_with_us(verb: &str, after: &str) -> bool {
    static LOSS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:the |that |this |any |all )?(?:[\w'’-]+ )?(?:costs?|loss|losses|bill|fees|debt|shortfall|risk)\b",
        )
    });
    let verb = verb.to_ascii_lowercase();
    ["carry", "bear", "hold"].iter().any(|v| verb.ends_with(v)) && LOSS.is_match(after)
}

/// "We still have to work out how we make money": the "we" after "work
/// out how" opens a question still to answer, not a move made.
fn still_to_work_out(before: &str) -> bool {
    static HOW: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:work|worked|working|figure|figured|figuring|find|sort|decide|deciding|know|knows|sure|unclear|idea|wonder|wondering|learn)(?: out)? (?:exactly )?(?:how|whether|what|where|who)\s+$",
        )
    });
    HOW.is_match(before)
}

/// "…the police of every area we drive through": a short clause that
/// closes a noun ("the towns we visit", "every supplier we buy from") says
/// which ones, not what the team does about the risk. So does one the
/// main verb follows ("the radio module we use has long lead times").
fn closes_a_noun(clean: &str, we_at: usize) -> bool {
    static NOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:every|each|the|any|all|those|these|some|a|an) (?:[\w'’-]+ ){0,2}?[\w'’-]+\s+$")
    });
    static SHORT_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:we|i) [\w'’]+(?: (?:through|with|to|from|in|on|at|for|by|into|over|across|past|around|about))?\s*(?:[.,;:)]|$|(?:has|have|had|is|are|was|were|can|could|may|might|will|would|needs?|takes?|costs?|comes?|goes|went|gets?|got|fails?|failed|breaks?|broke)\b)",
        )
    });
    NOUN_BEFORE.is_match(&clean[..we_at]) && SHORT_CLAUSE.is_match(&clean[we_at..])
}

/// "We hold video from inside clients' homes", "we collect children's
/// data", "we film inside homes", "we hold names and dates of birth":
/// holding or taking the sensitive thing is the risk, said plainly, not a
/// move against it; unless the sentence protects it ("photos are deleted
/// after verification", "stored encrypted") or keeps it to the least it
/// needs ("first names only").
pub(super) fn holds_the_data(from_we: &str) -> bool {
    static HOLDS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:we|i)\s+(?:already\s+|also\s+|then\s+)?(?:(?:hold|store|keep|collect)\s+(?:[\w'’-]+\s+){0,3}?(?:data|video|videos|footage|recordings?|records|photos|images|details|information|addresses|card numbers|names|(?:mobile|phone|contact) numbers|dates of birth|birthdays|e-?mail addresses|medical|health)\b|(?:film|photograph|video)\b)",
        )
    });
    static PROTECTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:deleted|encrypted|anonymi[sz]ed|pseudonymi[sz]ed|erased|wiped|never leaves?|stays? (?:in|on|with)|only|for (?:\d+|one|two|three|six|thirty|ninety) (?:days|weeks|months))\b",
        )
    });
    // "We hold only names", "names and numbers only": kept to the least
    // it needs is the data minimised, an answer.
    HOLDS.is_match(from_we) && !PROTECTED.is_match(from_we)
}

/// True when the text ends with a conjunction that makes what follows a
/// condition or a time ("after we reach 100k users", "once we have a
/// partner", "the model improves as we get more data"), not something the
/// team does about a risk.
pub(super) fn after_conjunction(before: &str) -> bool {
    const WORDS: &[&str] = &[
        "after", "when", "once", "until", "till", "before", "if", "unless", "whether", "soon",
        "as", "while",
    ];
    before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
}

/// "If they do not want their prices made public, they can refuse": a word
/// inside the condition that opens the clause, closed by a comma after it,
/// sets up the risk; it answers nothing. ("If they say no we digitise the
/// public maps" runs the condition into its answer without a comma.)
fn in_a_condition(clean: &str, at: usize) -> bool {
    let before = &clean[..at];
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let opener = clause.split_whitespace().next().unwrap_or("");
    ["if", "unless", "whether"]
        .iter()
        .any(|w| opener.eq_ignore_ascii_case(w))
        && clean[at..].contains(',')
}

/// "Enforcement dates have already been delayed once", "the council has
/// already refused two", "the rebuild is already nine months late", "our
/// fitters are already at 90%": what already went wrong, or is already
/// stretched, is the risk happening, not an answer to it.
fn already_went_wrong(from_already: &str) -> bool {
    static WENT_WRONG: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^already (?:been |had |happened |once |twice )?(?:[\w-]+ly )?(?:delayed|postponed|cancell?ed|rejected|refused|failed|slipped|missed|lost|stolen|broken|closed|withdrawn|pushed back|moved|changed|hacked|breached|fined|sued|declined|collapsed|gone bust|went bust|raised (?:its|their|the) (?:prices?|fees?|rates?))\b|^already (?:[\w-]+ ){0,2}(?:late|behind|overdue|over budget|full|stretched|overstretched)\b|^already (?:at|running at|working at) (?:about |around |over |nearly )?\d+ ?%",
        )
    });
    WENT_WRONG.is_match(from_already)
}

/// "Several APIs are restricted to approved partners", "the platform is
/// estimated at 18 months of build", "showing insurance is regulated by
/// the FCA": a gate the team has not passed, a guess at the size of the
/// bet and the rule itself describe the risk in the plain present; none
/// says how it is handled, and "approved" inside the gate is no approval.
static GATE_OR_GUESS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:restricted|limited|open|available) (?:only )?to (?:approved|certified|accredited|authori[sz]ed|selected|registered|vetted|official) (?:[\w-]+ )?(?:partners?|vendors?|developers?|resellers?|integrators?|apps?|suppliers?|members?)\b|\b(?:estimated|projected|forecast|budgeted) (?:at|to (?:be|take|cost|run|last))\b|\b(?:is|are) (?:tightly |heavily |strictly )?(?:regulated|governed|supervised) by\b",
    )
});

/// A follow-up sentence that answers the risk with a fact ("Both offer a
/// documented export; no write access is needed"), in an item that admits
/// no unknown.
pub(super) fn answered<'s, 'a>(
    item: &Item<'s, 'a>,
) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    static ANSWER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:only (?:the )?[\w-]+ (?:can|may|will) (?:see|access|view|read|edit)|(?:holds?|stores?|keeps?|sees?|touches|collects?|needs?) no (?:\w+ )?(?:data|details|information|records|card numbers)|(?:uses?|needs?|requires?|stores?|holds?|keeps?|collects?|adds?|sends?) no (?:[\w-]+ ){0,2}[\w-]+|\bno (?:[\w-]+ ){1,3}(?:is|are) (?:needed|required|necessary)|never (?:stores?|sees?|touch(?:es)?|holds?|leaves|collects?|shared|passed on|sold|disclosed|published)|\bno (?:[\w-]+ ){0,2}(?:data|details|information|records|images|photos|names) (?:is|are) (?:ever )?(?:handled|stored|held|kept|collected|seen|shared|recorded|taken)|written into (?:the|our|its|each|every) (?:[\w'’-]+ )?(?:terms|contracts?|agreements?|licen[cs]es?|polic(?:y|ies))|works (?:with|without|even with|offline)|already|offers?|provides?|supports?|documented|(?:is|are|stays?|remains?) the (?:data )?(?:controller|processor)|public|standard|existing|optional|covered|included|agreed|signed|approved|confirmed|waived|in writing|in place|is the answer|solves?|handled by|(?:covers?|handles?|answers?|deals? with) (?:that|this|it|them|those|both) ?(?:case|cases|risk|need|gap|problem|one)?\b|(?:is|are) (?:under|below|less than) [$€£]?\d|(?:is|are)(?: not| no longer) (?:needed|required)|stays? (?:open|available|the same)|remains? (?:open|available)|(?:exactly )?as (?:it is )?today|(?:lois?|letters? of intent|contracts?|agreements?|mous?) (?:covers?|runs? (?:for|until|to)\b|lasts?)|the same (?:[\w-]+ ){1,5}as (?:the rest|everything|all|every|our|the existing|today)|as (?:it|they) (?:does|do|did) (?:now|today)|unchanged|(?:so far|to date|in the (?:pilot|beta|trial)),? (?:0|none|zero|nobody|no one|not one|only (?:one|\d+))\b|(?:0|none|zero|not one|nobody|no one) of (?:the |our |those )?(?:\d+|\w+) (?:\w+ ){0,5}(?:has |have )?(?:refused|complained|objected|rejected|failed|cancelled|churned|left|disputed|returned))\b",
        )
    });
    if item
        .sentences
        .iter()
        .any(|s| matches_anywhere(s, Category::Unknown))
    {
        return None;
    }
    // "Needs a payments partner; none signed", "this is not in writing":
    // the answer word denied by its subject or a "not" right before it
    // answers nothing. ("No public tender is required" denies the risk,
    // not the answer: only "not" counts.)
    // "We have no signed buyer yet": what the team has none of is no answer,
    // and neither is the one thing it has instead ("no agreement beyond
    // the public terms").
    static NOT_RIGHT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:not|never)\s+(?:yet\s+)?$|n['’]t\s+(?:yet\s+)?$|\b(?:have|has|had|got|there (?:is|are|was|were))\s+no\s+(?:(?:[\w-]+\s+){1,3}(?:beyond|except|other than|apart from|besides|outside|but)\s+(?:the\s+|their\s+|its\s+|our\s+|a\s+)?)?$",
        )
    });
    let affirmed = |s: &Sentence<'_>, from: usize| {
        ANSWER
            .find_iter(&s.clean[from..])
            .map(|m| from + m.start()..from + m.end())
            .find(|r| {
                !NOT_RIGHT_BEFORE.is_match(&s.clean[..r.start])
                    && !nobody_did(&s.clean, r.start)
                    && !awaited(&s.clean, r.start)
                    && !someone_else_already_has(&s.clean, r.clone())
                    && !already_went_wrong(&s.clean[r.start..])
                    && !in_a_condition(&s.clean, r.start)
                    && !GATE_OR_GUESS
                        .find_iter(&s.clean)
                        .any(|g| g.start() <= r.start && r.end <= g.end())
            })
    };
    // The answer may follow a colon or semicolon in the same sentence
    // ("Cards get lost: the loss rate is under 1% and covered"), or a
    // ", so" that draws it from the risk's own facts ("Procurement is by
    // each branch, so no central tender is needed"). A design that uses,
    // holds or needs none of the risky thing ("the logger uses no radio")
    // is an answer too: the risk is ruled out, not hoped away.
    let head = item.sentences[0];
    let after_separator = head
        .clean
        .find([':', ';', '—'])
        .or_else(|| head.clean.find(", so "))
        .and_then(|p| affirmed(head, p).map(|r| (head, r)));
    after_separator
        .or_else(|| {
            item.sentences[1..]
                .iter()
                .find_map(|s| affirmed(s, 0).map(|r| (*s, r)))
        })
        .or_else(|| labelled_fact(head))
        .or_else(|| {
            // "**Sensor fouling.** Spray can blind the sensor: angled
            // housing with a drip shield": under a bare title, the first
            // sentence is the "risk: answer" line.
            let next = item.sentences.get(1).filter(|_| bare_title(head))?;
            labelled_fact(next)
        })
        .or_else(|| {
            item.sentences[1..]
                .iter()
                .find(|s| pilot_result(s))
                .map(|s| (*s, 0..s.clean.len()))
        })
        .or_else(|| {
            // In prose (not a list), a declarative follow-up stated as plain
            // fact is the team's answer.
            if starts_bullet(head.raw) || table_row(head.raw) {
                return None;
            }
            item.sentences[1..]
                .iter()
                .find(|s| declarative_fact(s))
                .map(|s| (*s, 0..s.clean.len()))
        })
}

/// A title of a few bold words standing as its own sentence ("**Sensor
/// fouling.**"): it names the risk, and says nothing about it yet.
fn bare_title(s: &Sentence<'_>) -> bool {
    const TITLE_WORDS: usize = 4;
    s.raw.contains("**") && s.clean.split_whitespace().count() <= TITLE_WORDS
}

/// "The tour operators already have their own minibuses", "three rivals
/// are already here with big budgets": what someone else already has,
/// does or holds is the competition or the refusal, not the team's
/// answer. Only "we" or "I" right before "already" make it ours.
pub(super) fn someone_else_already_has(clean: &str, at: std::ops::Range<usize>) -> bool {
    static THEIRS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^already (?:have|has|had|own|owns|use|uses|run|runs|sell|sells|offer|offers|do|does|work|works|here|there|present|established|entrenched|dominant|dominate|dominates|compete|competes|competing|compare|compares|operate|operates|operating|active|in (?:the|this|our|every|each) (?:[\w-]+ )?(?:market|space|city|area|region|town|country|niche))\b",
        )
    });
    static OURS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:we|i)\s+$"));
    THEIRS.is_match(&clean[at.start..]) && !OURS.is_match(&clean[..at.start])
}

/// "Every order comes with a money-back guarantee." A whole sentence that
/// opens like a statement and holds no plan, hedge, limit or risk.
pub(super) fn declarative_fact(s: &Sentence<'_>) -> bool {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\W*(?:the|our|every|each|a|an|we|it|they|all|this|these|its|their|both)\b")
    });
    OPENS.is_match(&s.clean)
        && s.clean.split_whitespace().count() >= 5
        && !risky(s)
        && !NOT_A_FACT.is_match(&s.clean)
        && !matches_anywhere(s, Category::Unknown)
        && !s.matches_any(&STILL_OPEN)
        && !s
            .clean
            .match_indices("already")
            .any(|(at, w)| someone_else_already_has(&s.clean, at..at + w.len()))
}

/// "In the 3 pilot labs, 92% of box moves were scanned": a measured result
/// of a trial the team already ran, with nothing going wrong in it. A
/// note's label says the same ("Pilot: 8 seconds a house, most kept it up").
pub(super) fn pilot_result(s: &Sentence<'_>) -> bool {
    static PILOT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:in|during|from|across) (?:the|our) (?:\w+ ){0,2}(?:pilots?|trials?|beta|tests?)\b[^.]*\d|\b(?:the|our) (?:\w+ ){0,2}(?:pilots?|trials?|beta|tests?) (?:ran|runs|showed|shows|says|said|found|had|hit|reached|got|came in|gave)\b[^.]*\d",
        )
    });
    // The label alone may head a plan ("Trial: 8 weeks from March"): its
    // body must hold a figure and say what happened.
    static LABELLED: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\W*(?:pilot|trial|beta|test)(?: results?)?\s*:[^.]*\d"));
    static HAPPENED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:was|were|had|did|got|ran|kept|held|came|went|found|gave|took|made|\w{3,}ed)\b")
    });
    let labelled = || LABELLED.is_match(&s.clean) && HAPPENED.is_match(&s.clean);
    (s.matches_any(&PILOT) || labelled()) && !risky(s) && !matches_anywhere(s, Category::Unknown)
}

/// "Theft and damage: the lockers stand in the staffed ticket hall, under
/// the agency's cameras." A short label (a risk said in up to seven words:
/// "Older residents won't use an app") names the risk and what follows
/// the colon states, as plain present or past fact, how it is handled. A
/// body that hedges, plans, restricts ("only", "until", "but"), names
/// something that could go wrong, or is a bare list, is not an answer.
pub(super) fn labelled_fact<'s, 'a>(
    head: &'s Sentence<'a>,
) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    static FINITE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:is|are|was|were|has|have|had|does|did|stands?|sits?|runs?|covers?|holds?|keeps?|stays?|goes|gets?|takes?|uses?|reads?|sends?|checks?|owns?|pays?|lives?|belongs?|follows?|matches?|replaces?|lets?|gives?|shows?|offers?|asks?|tells?|includes?|carries|contains?|logs?|lists?|\w{3,}ed|ran|held|kept|went|got|made|built|bought|sold|paid|found|gave|took|came|stood|sat|lasted|brought|sent|spent|won|left|told|taught|caught|fought|chose|drew|grew|knew|rode|wrote|drove|flew|threw|wore|bore|swore|tore)\b",
        )
    });
    // "No app required", "the app uses no GPS" state a design choice, not
    // a limit: they answer the risk rather than hedging.
    static NO_NEED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\bno (?:[\w-]+ ){0,2}(?:required|needed|necessary)\b|\b(?:uses?|needs?|requires?|stores?|holds?|keeps?|sends?|collects?) no\b",
        )
    });
    // "A site doesn't like it → the hood unbolts in 15 minutes": an arrow
    // always points from the risk to the team's answer.
    let arrow = ARROWS
        .iter()
        .find_map(|a| head.clean.find(a).map(|at| (at, at + a.len())));
    let (sep, body_start) = match arrow {
        Some(found) => found,
        None => {
            let at = head.clean.find([':', ';'])?;
            (at, at + 1)
        }
    };
    let label = &head.clean[..sep];
    let full_body = head.clean[body_start..].split_whitespace().count() >= 6;
    let body = NO_NEED.replace_all(&head.clean[body_start..], "");
    // "We lose only a channel", "the card is advice, not a rule", "handed
    // over only against payment", "they pay first or they're out that
    // week": a bound on the loss, a contrast or a gate is part of the
    // answer, not a hedge on it. So is a rule that lets in only what the
    // people themselves made ("members post only photos they took
    // themselves", "only their own recipes"): it answers a rights risk.
    // "The secretary can still enter scores by hand" is the fallback the
    // design keeps, not a hedge.
    static BOUND: LazyLock<Regex> = LazyLock::new(|| {
        re(&[
            r"\bonly (?:a|an|one|the) [\w-]+|\b(?:can|could) still (?:[\w'’-]+ ){0,4}?(?:by hand|manually|on paper|by phone|offline)\b|",
            super::lexicon::OWN_WORK,
            r"|\bonly (?:against|after|once|when|with|on receipt of) [\w-]+|,\s*not (?:a|an|the) [\w-]+|\bor (?:else )?(?:they|he|she|it)(?:['’]re| are|['’]s| is) (?:not|out)\b[^.;,]*",
        ]
        .concat())
    });
    let body = BOUND.replace_all(&body, "");
    let body = body.as_ref();
    // "Label: fact", or "risk clause; fact" (the risk may take many words,
    // and so may a label that is itself a whole risk: "walkers may not want
    // to tap the phone with gloves: big buttons, tested last season").
    let semicolon = head.clean[sep..].starts_with(';');
    static MAYBE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:may|might|could|can|won't|will not|can't|cannot)\b"));
    // "Owners are not booking in advance because of habit", "too cold in
    // January for the tar to dry": a label that says what goes wrong for
    // someone else is a whole risk, however many words it takes. The
    // team's own verdict on itself ("we know this is not a small bet") is
    // not.
    static GOES_WRONG: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:not|never|too|isn't|aren't|doesn't|don't|fails?|breaks?|runs? out|late)\b")
    });
    static OURS: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*(?:we|i|this|it|that)\b"));
    let goes_wrong = |label: &str| GOES_WRONG.is_match(label) && !OURS.is_match(label);
    let words = label.split_whitespace().count();
    let short_label = semicolon
        || arrow.is_some()
        || (1..=7).contains(&words)
        || (words <= 14 && (MAYBE.is_match(label) || goes_wrong(label)));
    // After a semicolon only the present counts: "it happened twice last
    // year" elaborates the risk, "every message lets them reply" answers it.
    static PAST: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:was|were|had|did|\w{3,}ed)\b"));
    // A test's result is the exception: "battery life was the other risk;
    // test batteries lasted four weeks in a freezer" answers in the past.
    static TRIED: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:tests?|tested|trials?|trialled|trialed|pilots?|piloted)\b"));
    let tense_ok = !semicolon || !PAST.is_match(body) || TRIED.is_match(body);
    // "Owners must accept the card; many are old family firms and prefer
    // cash": after a semicolon, a clause about the third party goes on
    // describing the risk; the team's answer speaks of the team or its
    // product.
    static THEM: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\W*(?:they|many|most|some|few|several|half|these|those|he|she)\b"));
    let about_them = semicolon && THEM.is_match(body);
    // "Cash: if we miss December we owe refunds", "Battery: lasts five
    // months, not the year we promised": a body that opens on what goes
    // wrong, or measures the shortfall against a promise, is the risk
    // itself. (Read in the body as written: `BOUND` above strips its
    // ", not the …".)
    static SHORTFALL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*if\b|\bnot (?:the |a |an )?(?:[\w-]+ ){0,3}(?:we|i|they) (?:promised|planned|expected|needed|hoped for|advertised|quoted|told)\b|\b(?:may|might) not be able to\b",
        )
    });
    // "A two-sided marketplace needs both sides": "-sided" in a compound
    // adjective is no verb of the body.
    static COMPOUND: LazyLock<Regex> = LazyLock::new(|| re(r"\b[\w]+-\w+ed\b"));
    let finite = FINITE.is_match(&COMPOUND.replace_all(body, ""));
    let plain = (finite || arrow.is_some())
        && !SHORTFALL.is_match(&head.clean[body_start..])
        && !GATE_OR_GUESS.is_match(body)
        && tense_ok
        && !about_them
        && !RISKY_WORDS.is_match(body)
        && !NOT_A_FACT.is_match(body)
        && !UNKNOWN.is_match(body)
        && !STILL_OPEN.is_match(body)
        && !short_of_the_need(label, body);
    (short_label && full_body && plain).then(|| (head, body_start..head.clean.len()))
}

/// "The minimum order is 200 units; we have deposits for 11": a count in
/// the answer that falls below the count the risk says is needed measures
/// the gap, it does not close it.
fn short_of_the_need(label: &str, body: &str) -> bool {
    static NEED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:minimum(?: [\w-]+){0,2} (?:is|of)|at least|needs?|requires?|break[- ]even (?:is |at )?)(?: about| around| roughly)? (\d[\d,]*)\b",
        )
    });
    static COUNT: LazyLock<Regex> = LazyLock::new(|| re(r"\b\d[\d,]*\b"));
    let value = |digits: &str| digits.replace(',', "").parse::<u64>().ok();
    let Some(need) = NEED
        .captures(label)
        .and_then(|c| c.get(1))
        .and_then(|m| value(m.as_str()))
    else {
        return false;
    };
    let mut counts = COUNT
        .find_iter(body)
        .filter_map(|m| value(m.as_str()))
        .peekable();
    counts.peek().is_some() && counts.all(|n| n < need)
}
