//! The Risks section as items: a bullet, a table row, or a sentence with
//! the sentences that answer it. How an item is judged lives in `risk.rs`;
//! here is only where one item ends and the next begins.

use super::*;
pub(super) use crate::model::text::table_row;
use crate::model::text::table_rule;

/// Group the Risks section into items.
pub(super) fn items<'s, 'a>(sentences: &'s [Sentence<'a>]) -> Vec<Item<'s, 'a>> {
    let mut out: Vec<Item<'s, 'a>> = Vec::new();
    let mut last_line = 0;
    let mut last_bullet = false;
    let mut plan_column = false;
    // "- risks:" over an indented list: the section's own items are all
    // indented, each a risk of its own, not answers to the first.
    let nested_section = sentences
        .first()
        .is_some_and(|s| s.indented && starts_bullet(s.raw));
    for (i, s) in sentences.iter().enumerate() {
        // A table's rows are items; its header and rule are not.
        // (The sentence splitter may drop the rule line, leaving a gap.)
        let next_is_rule = sentences
            .get(i + 1)
            .is_some_and(|n| table_rule(n.raw) || (table_row(n.raw) && n.line == s.line + 2));
        if table_row(s.raw) && next_is_rule {
            plan_column = answers::plan_header(s.raw);
            continue;
        }
        if table_rule(s.raw) {
            continue;
        }
        if !table_row(s.raw) {
            plan_column = false;
        }
        let bullet = starts_bullet(s.raw) || table_row(s.raw);
        // "(3) We depend on one exporter" on the same line as "(2) …": the
        // next numbered risk, not more of the one before. (A cell that opens
        // with "|" on the row's line is the same row going on.)
        let opens_inline = bullet && !table_row(s.raw);
        let same_line = s.line == last_line;
        let continues_bullet = last_bullet && !bullet && s.line <= last_line + 1;
        // A mitigation answers the risk above it; but a new paragraph that
        // names a risk of its own ("Learner data is sensitive, so we need a
        // DPIA …", "Safety on the shore is the school's responsibility
        // under its risk assessment") is a new item even though it carries
        // its own answer.
        let follow_up = !bullet
            && (s.matches_any(&MITIGATION) || (same_line && done_by_us(s)))
            && !out.is_empty()
            && !dismisses(s)
            && (s.line <= last_line + 1 || (categories_in(&[s]).is_empty() && !risky(s)))
            && on_topic(out.last(), s);
        // In a prose paragraph, a plain statement right after a risk belongs
        // to it: "Restaurants may not trust a new supplier. Every order comes
        // with a money-back guarantee."
        let prose_follow = !bullet
            && !last_bullet
            && same_line
            && !out.is_empty()
            && !risky(s)
            && !matches_anywhere(s, Category::Unknown)
            && categories_in(&[s]).is_empty()
            && !dismisses(s)
            && on_topic(out.last(), s);
        // A sub-bullet, or a bullet right under "…:", answers the item above.
        // ("…, so the risks are real:" announces a list of risks instead:
        // each bullet under it is one.)
        let after_colon = out
            .last()
            .and_then(|i| i.sentences.last())
            .is_some_and(|p| {
                p.clean.trim_end().ends_with(':')
                    && p.end_line() + 1 == s.line
                    && !p.has(&ANNOUNCES_RISKS)
            });
        let sub_bullet = bullet && ((s.indented && !nested_section) || after_colon);
        // In a paragraph, "I haven't tested it yet" right after "whether an
        // AI can judge the shot" is the same risk, admitted: not a new one.
        // So is "The Agency has not yet confirmed it" right after "We
        // depend on the Agency's gateway": the same kind of risk, named
        // again only to say it is still open. Not after an item already
        // answered ("we use a licensed carrier, so that one is handled"):
        // an admission there opens a second risk of the same kind.
        // ("Not sure about copyright" names copyright: a doubt is no denial.)
        let named_hard = |p: &Sentence<'_>| {
            HARD.iter()
                .enumerate()
                .filter(|(_, (_, r))| r.find_iter(&p.clean).any(|m| named_at(&p.clean, m.start())))
                .fold(0u32, |bits, (i, _)| bits | 1 << i)
        };
        // The item before names a hard risk, `s` names no other, and
        // nothing in that item has answered it yet: `s` can only be more
        // of that same open risk.
        let more_of_the_open_risk = |i: &Item<'_, '_>| {
            let before = i.sentences.iter().fold(0, |b, p| b | named_hard(p));
            before != 0 && named_hard(s) & !before == 0 && i.done_mitigation().is_none()
        };
        let admits_same = !bullet
            && same_line
            && matches_anywhere(s, Category::Unknown)
            // "We don't know yet whether they will give us a commission"
            // is a second risk, money, not the first one admitted again.
            && !matches_anywhere(s, Category::Money)
            && !own_topic_then_doubt(s)
            && out.last().is_some_and(more_of_the_open_risk);
        // "We don't know yet if owners will pay a deposit. This is the big
        // unknown and we did not test it yet.": a sentence that points back
        // at the one before ("this", "that", "it") and admits it is still
        // open restates that risk; it is not a second one.
        let restates = !bullet
            && same_line
            && (s.has(&POINTS_BACK) || s.matches_any(&ENDS_ON_IT) || s.matches_any(&TRIED_IT))
            && matches_anywhere(s, Category::Unknown)
            && categories_in(&[s]).iter().all(|c| *c == Category::Unknown)
            && out.last().is_some_and(|i| {
                i.sentences
                    .iter()
                    .any(|p| matches_anywhere(p, Category::Unknown))
            });
        // "One thing could stop us: card payments. Stripe lists weapons
        // …": a paragraph that announces a single risk goes on about that
        // one risk until the paragraph ends.
        // ("Price: £28 a kit." after it opens a topic of its own.)
        let announced_one = !bullet
            && same_line
            && !last_bullet
            && !opens_its_own_label(s)
            && out
                .last()
                .is_some_and(|i| i.sentences.iter().any(|p| p.has(&ONE_RISK)));
        // "If they stop supplying, our recipes are void", "If the insurers
        // won't, the forms stay on paper": in a paragraph, a condition on
        // what the risk before it named, followed by what it costs, is that
        // risk's consequence, not a second risk.
        // (The cheap test of the opening "if" comes first: most sentences
        // fail it, and the pattern searches after it are not run for them.)
        let consequence = !bullet
            && same_line
            && !last_bullet
            && out
                .last()
                .is_some_and(|i| conditions_on(i, s) && more_of_the_open_risk(i))
            && !s.matches_any(&MITIGATION)
            && !s.matches_any(&SMALL_BET);
        // "Apart from that, the build is a standard booking page": in a
        // paragraph, a sentence that turns away from the risk before it
        // starts a new item, so its answer answers nothing before it.
        let turns_away = !bullet && s.has(&TURNS_AWAY);
        match out.last_mut() {
            Some(item)
                if (same_line && last_bullet && !opens_inline)
                    || continues_bullet
                    || sub_bullet
                    || (!turns_away
                        && (consequence
                            || announced_one
                            || follow_up
                            || admits_same
                            || restates
                            || prose_follow)) =>
            {
                item.sentences.push(s)
            }
            _ => out.push(Item {
                sentences: vec![s],
                plan_column: plan_column && table_row(s.raw),
            }),
        }
        if bullet {
            last_bullet = true;
        } else if !continues_bullet && !same_line {
            last_bullet = false;
        }
        last_line = s.end_line();
    }
    out
}

/// A line that announces the list of risks under it ("the risks are
/// real:", "our main worries:"), rather than one risk its bullets answer.
static ANNOUNCES_RISKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:risks|worries|concerns|unknowns|open questions|threats|dangers|assumptions|the following|as follows)\b[^:]*:\s*$",
    )
});

/// The opening of a sentence that leaves the risk before it behind.
/// ("Otherwise this is a van and a phone" turns away; "otherwise we fall
/// back to paper" is the risk's own contingency, and stays with it.) A
/// topic named at the opening ("Money-wise, …", "As for the price, …")
/// starts a risk of its own. So does a word that counts the risks off
/// ("Finally, …", "Secondly, …", "The other worry is …").
static TURNS_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:finally|lastly|secondly|thirdly|(?:the |a |one )?(?:last|second|third|other|another|final) (?:big |main |real |open |major )?(?:risk|worry|question|unknown|concern|issue|problem)s?|[a-z]+-wise|as for|apart from (?:that|this)|aside from (?:that|this)|other than (?:that|this)|beyond (?:that|this)|besides (?:that|this)|that aside|for the rest|the rest (?:is|are|'s|’s)|everything else (?:is|are|'s|’s)|otherwise,? (?:this|it|the|that|everything|all) (?:is|are|'s|stays?|looks?))\b",
    )
});

/// "If they change the recipe, …", "If the mills won't, …": a sentence
/// that opens on a condition about what `item` spoke of, through a pronoun
/// or a word of its own (at least five letters, compared by its first
/// five, so "insurers" finds "insurer").
fn conditions_on(item: &Item<'_, '_>, s: &Sentence<'_>) -> bool {
    static IF_CLAUSE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\W*(?:and |but |so )?(?:if|should|once|when) ([^,;:]+)"));
    static PRONOUN: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:they|he|she|it|that|this|either|both|any of them)\b"));
    let Some(clause) = IF_CLAUSE.captures(&s.clean).and_then(|c| c.get(1)) else {
        return false;
    };
    if PRONOUN.is_match(clause.as_str()) {
        return true;
    }
    // "If we issue too few charges, …" is the team's own choice going
    // wrong: a risk of its own, whatever words it shares with the one before.
    static OURS: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:we|i|our|my|us)\b"));
    if OURS.is_match(clause.as_str()) {
        return false;
    }
    let stems = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5)
            .map(|w| w.chars().take(5).collect::<String>().to_lowercase())
            .collect()
    };
    let earlier: Vec<String> = item
        .sentences
        .iter()
        .flat_map(|p| stems(&p.clean))
        .collect();
    stems(clause.as_str()).iter().any(|w| earlier.contains(w))
}

/// "Insurance for the van, no idea yet": a sentence that opens on a topic
/// of its own and only then admits the doubt names a new risk, however
/// plainly; "I haven't checked that yet" admits the one before.
fn own_topic_then_doubt(s: &Sentence<'_>) -> bool {
    static DOUBT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"[,:;–—-]\s*(?:(?:and|but) )?(?:no idea|not sure|unsure|don't know|do not know|unknown|tbc|tbd|to be confirmed|not (?:yet )?(?:checked|known|looked into|sorted))\b",
        )
    });
    // The sentence opens on the writer, a pointer back or a connective, not
    // on a topic ("We're", "it's", "but", "nobody"; a curly ’ as well).
    static NOT_A_TOPIC: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:(?:i|we)(?:['’](?:m|re|ve|d))?|it(?:['’]s)?|this|that|but|and|so|also|not|nobody|no|none|there|they|he|she|which|if|still)(?:$|[^\w'’-])",
        )
    });
    !s.has(&NOT_A_TOPIC) && s.has(&DOUBT_AFTER)
}

/// A sentence that ends on a pronoun ("We did not test this yet", "nobody
/// has checked that"): its object is whatever the sentence before named.
static ENDS_ON_IT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:this|that|it)(?: (?:yet|so far|either|at all))?\W*$"));

/// A trial whose object points back at the risk before it: "we have not
/// tested it in those conditions", "nobody has tried this on a wet site".
static TRIED_IT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:tested|tried|checked|trialled|trialed|piloted|proven|measured|validated) (?:it|this|that|them)\b|\bin (?:those|these|such) (?:conditions|settings|places|situations)\b",
    )
});

/// A sentence whose subject points back at the one before it.
static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:this|that|it)(?:'s| is| was| remains| stays| has| hasn't| has not| isn't| is not)\b",
    )
});

/// Words about money: what answers a risk that is about money.
static MONEY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:pay|pays|paid|paying|price\w*|charg\w+|fees?|costs?|deposits?|fund\w*|grants?|revenue|income|sell|sells|sold|subscri\w+|invoice\w*|budget\w*|money|cash|owe|owes|owed|owing|debts?|credit|loans?|repa\w+)\b|\p{Sc}",
    )
});

/// Whether `s` can answer the item before it: it speaks of what that item
/// is about (see [`off_topic_for_money`] and [`answers_another_thing`]).
fn on_topic(last: Option<&Item<'_, '_>>, s: &Sentence<'_>) -> bool {
    !off_topic_for_money(last, s) && !answers_another_thing(last, s) && !opens_its_own_label(s)
}

/// "Printing errors: every card is checked twice before print": a sentence
/// that opens on a label of its own names a new risk and answers it; it
/// does not answer the risk before it. A label that names the answer
/// ("Mitigation: a weekly call", "Fix: …") still points back.
fn opens_its_own_label(s: &Sentence<'_>) -> bool {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*((?:[\w'’-]+ ){0,3}[\w'’-]+):\s"));
    static ANSWER_WORD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:mitigat\w*|fix(?:es|ed)?|answers?|responses?|plans?|workarounds?|fallbacks?|backups?|solutions?|remed(?:y|ies)|controls?|actions?|done|handled|status|so|how|what we do|next steps?|owner)\b",
        )
    });
    LABEL
        .captures(&s.clean)
        .and_then(|c| c.get(1))
        .is_some_and(|label| !ANSWER_WORD.is_match(label.as_str()))
}

/// "We don't know whether owners will pay. Moving hives is routine and the
/// hives are insured.": insurance answers the hives, not the money. A
/// risk that is only about money is answered only by words about money.
fn off_topic_for_money(last: Option<&Item<'_, '_>>, s: &Sentence<'_>) -> bool {
    let Some(item) = last else {
        return false;
    };
    let cats = item.categories();
    let only_money = cats.contains(&Category::Money)
        && cats
            .iter()
            .all(|c| matches!(c, Category::Money | Category::Unknown));
    only_money && !s.has(&MONEY_WORDS)
}

/// "The contractor has not yet confirmed whether this capacity exists. The
/// Council's insurers have confirmed that volunteers are covered.": the
/// insurance answers a risk of its own, not the open question before it.
/// A sentence right after an item that ends on an admitted unknown answers
/// that unknown only if it speaks of the same thing: it shares a content
/// word with the item (compared on their first five letters, so "supply"
/// meets "supplier").
fn answers_another_thing(last: Option<&Item<'_, '_>>, s: &Sentence<'_>) -> bool {
    let Some(item) = last.filter(|item| {
        item.sentences
            .last()
            .is_some_and(|p| matches_anywhere(p, Category::Unknown))
    }) else {
        return false;
    };
    // Money is one thing however it is worded: "whether the campsites will
    // pay" is answered by "three have signed orders at £50 a week".
    if item.categories().contains(&Category::Money) && s.has(&MONEY_WORDS) {
        return false;
    }
    let theirs: Vec<String> = item
        .sentences
        .iter()
        .flat_map(|p| content_stems(&p.clean))
        .collect();
    !content_stems(&s.clean).any(|w| theirs.contains(&w))
}

/// The content words of a sentence as five-letter stems: words of five
/// letters or more, lower-cased, cut to their first five.
fn content_stems(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 5)
        .map(|w| w.to_lowercase().chars().take(5).collect::<String>())
        .filter(|w| !COMMON_STEMS.contains(&w.as_str()))
}

/// Stems too common in a Risks section to tie an answer to its risk.
const COMMON_STEMS: &[&str] = &[
    "about", "after", "again", "alrea", "becau", "befor", "being", "could", "every", "first",
    "might", "other", "probl", "risks", "shoul", "since", "still", "their", "there", "these",
    "thing", "think", "those", "where", "which", "while", "would",
];

/// "In April we tested the range at three sites and added a relay": the
/// team's own deed in the past tense, told right after a risk in the same
/// paragraph, is the answer to that risk, whatever the verb.
fn done_by_us(s: &Sentence<'_>) -> bool {
    static DONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:we|i)\s+(?:already\s+|also\s+|then\s+|have\s+|'ve\s+)?(?:[a-z]{3,}ed|built|ran|bought|made|wrote|sent|paid|took|kept|held|won|sold|set up|put in)\b",
        )
    });
    const NOT_DONE: &[&str] = &[
        "needed",
        "wanted",
        "hoped",
        "expected",
        "planned",
        "intended",
        "assumed",
        "believed",
        "worried",
        "failed",
        "lacked",
        "missed",
        "feared",
        "guessed",
        "estimated",
        "wondered",
        "struggled",
        "learned",
        "learnt",
    ];
    s.find(&DONE).is_some_and(|r| {
        let deed = s.clean[r].rsplit(' ').next().unwrap_or("").to_lowercase();
        !NOT_DONE.contains(&deed.as_str())
    }) && !risky(s)
        && !matches_anywhere(s, Category::Unknown)
}

/// Whether an item opens by announcing a single risk (see [`ONE_RISK`]):
/// whatever else its sentences name, they are about that one risk.
pub(super) fn announces_one(item: &Item<'_, '_>) -> bool {
    item.sentences.iter().any(|s| s.has(&ONE_RISK))
}

/// A sentence that announces a single risk: "one thing could stop us",
/// "one big dependency", "the only real risk is", "the key dependency is",
/// "the main unknown is", "the biggest open question is", "the main thing
/// I'm not sure about is".
static ONE_RISK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:one|a single) (?:big |real |main |serious |major )?(?:thing|risk|dependency|unknown|worry|problem|question)|the (?:one|only) (?:big |real |main |serious )?(?:thing|risk|dependency|unknown|worry)|the (?:key|central|critical|main|biggest|big) (?:open )?(?:dependency|unknown|question) (?:is|here is|for us is)\b|^\W*the (?:big|biggest|main|real) thing (?:(?:i|we)(?:'m|’m|'re|’re| am| are) (?:not sure|unsure|uncertain|worried|nervous) (?:about|of) )?(?:is|here is|for us is)\b)\b",
    )
});

pub(super) fn starts_bullet(raw: &str) -> bool {
    let t = raw.trim_start();
    // The sentence splitter cuts "1. Text" after the "1.", so a numbered
    // marker can arrive as a sentence of its own.
    if let Some(n) = t.strip_suffix('.')
        && !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit())
    {
        return true;
    }
    // "(2) Dryers are hardware …": a numbered risk inside a paragraph or a
    // table cell opens an item as a list marker does.
    let enumerated = t
        .strip_prefix('(')
        .and_then(|r| r.split_once(") "))
        .is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
        });
    enumerated
        || t.starts_with("- ")
        || t.starts_with("* ")
        || t.starts_with("+ ")
        || t.split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}
