//! The last steps of a letter: an idea written as plain paragraphs, with
//! no heading and no label below its title.
//!
//! People who write a letter still walk the seven steps, in order, and
//! they close it the way the method does: how we know (people asked,
//! counted, signed up or paying) and what could stop us (a condition with
//! a failure, a dependency, a way back). A paragraph that opens with those
//! words is the Evidence or the Risks section its author did not title,
//! and reading it so lets the analyzers and writers weigh it as one,
//! instead of as more pitch.
//!
//! Only these two steps are read. The earlier ones already have their
//! letter readings in the analyzers (a customer named in the pitch, a
//! problem told in an untitled paragraph under it), and making sections
//! of them was measured to lose more ideas than it won: a customer
//! paragraph and a problem paragraph are too often one and the same.
//! A letter is read this way only when it shows both closing steps, so a
//! stray "we asked" in a two-paragraph note never turns it into sections.
//! Cue words come from the method (the rubric's signals, the domain notes'
//! evidence ladder and risk words), not from any corpus.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::step::Step;
use crate::pattern::re;

/// The steps a letter's paragraph can open, with their cues.
static CUES: LazyLock<[(Step, Regex); 2]> = LazyLock::new(|| {
    [
        (
            Step::Evidence,
            // How we know: people asked, counted, signed up or paying.
            re(
                r"\b(?:asked|interview\w*|spoke (?:at length |briefly )?(?:to|with)|talked (?:at length |briefly )?(?:to|with)|chatted (?:at length |briefly )?(?:to|with)|survey\w*|sign-?(?:ed)? ?ups?|signed|put (?:their|down their) names?|gave (?:us |me )?(?:a |their )?(?:mobile |phone )?(?:numbers?|names?)|paid|(?:we|i) (?:already )?sold (?:[\w-]+ ){0,4}(?:at|for) \p{Sc}?\d[\d,.]*|\d[\d,]* (?:[\w-]+ ){0,2}(?:bought|booked|ordered) (?:one|it|them|a|an|the|their)|deposits?|pre-?ordered|pre-?orders?|pilot\w*|trial\w*|tested|tried it|said (?:they|yes|that they|it|this|that)|(?:liked|loved) (?:the|our|my) idea|wrote back|replied|letters? of intent|wait(?:ing)? ?list|landing page|smoke test|clicked|opened (?:the|our|my) (?:e-?mail|newsletter|message|link|page)|(?:put|set) up a (?:simple |one-page |single )?(?:web ?)?page|\d[\d,]* of (?:the|them|those|these|us|\d+))\b",
            ),
        ),
        (
            Step::Risks,
            // What could stop us: risk words, a condition with a failure,
            // a dependency, a way back.
            re(
                r"\b(?:risks?|could go wrong|could stop|(?:do not|don't|did not|didn't) (?:yet )?know|(?:hard|difficult|tricky) (?:things?|parts?|bits?)|(?:rules?|laws?) (?:may |might |could |will )?change|competit\w+|not (?:straightforward|easy|simple|guaranteed)|if not|if (?:too )?few(?:er)?|not enough|(?:it is|it's|the bet is) small|insured|in case|nothing (?:is|would be|will be) lost|not sure|unsure|uncertain\w*|unknowns?|might|may not|what (?:worries|scares) (?:me|us)\b|worr\w+|danger\w*|if (?:the |a |an |it |we |they |he |she |one )?[^.;]{0,40}?(?:fails?|drops?|breaks?|goes (?:down|wrong)|doesn't|don't|isn't|aren't|stops?|refuses?|says? no|won't|haven't|hasn't)|depend\w*|fallback|back-?up|kill|(?:we|i)(?: will|'ll)? (?:drop|stop|shut|close|end) (?:it|the)\b|go back to|insurance|liabilit\w+|paperwork|(?:apps|tools|products|services|companies|firms|rivals) (?:[\w-]+ ){0,3}?already (?:exist|out there|for|in|on|doing|do|offer)|there (?:are|is) (?:a few |several |some |many )?(?:[\w-]+ ){0,2}(?:apps|tools|products|services|companies|firms|rivals) already)\b",
            ),
        ),
    ]
});

/// A currency sign at the end of the text: the number after it is an
/// amount, not a head count.
static AFTER_CURRENCY: LazyLock<Regex> = LazyLock::new(|| re(r"\p{Sc}$"));

/// The fewest cue points (see [`cues`]) that open a step: one cue in the
/// opening sentence, or two in the body.
const FEWEST_TO_OPEN: usize = 2;

/// The most cues one paragraph counts for a step: a long paragraph of
/// evidence words must not drown the one sentence of risk after it.
const MOST_CUES: usize = 4;

/// How much more a cue counts in a paragraph's opening sentence.
const TOPIC_WEIGHT: usize = 2;

/// A paragraph's opening sentence, up to its first full stop, question
/// mark, exclamation mark or colon.
fn topic_sentence(paragraph: &str) -> &str {
    let end = paragraph
        .char_indices()
        .find(|(i, c)| {
            matches!(c, '.' | '?' | '!' | ':')
                && paragraph[i + c.len_utf8()..].starts_with(char::is_whitespace)
        })
        .map_or(paragraph.len(), |(i, c)| i + c.len_utf8());
    &paragraph[..end]
}

/// How strongly a paragraph speaks of a step: its distinct cues, those of
/// its opening sentence counted again. The opening sentence says what the
/// paragraph is about ("What could go wrong?", "I asked 14 of them."); the
/// rest may look back at the plan or ahead at the price.
fn cues(paragraph: &str, step: Step) -> usize {
    let Some((_, cue)) = CUES.iter().find(|(s, _)| *s == step) else {
        return 0;
    };
    let distinct = |text: &str| {
        cue.find_iter(text)
            // "We haven't asked them yet" is no evidence of anything, and
            // "I've been asked by my daughter to write this" is not asking.
            .filter(|m| step != Step::Evidence || !denied_or_passive(&text[..m.start()]))
            // "I am writing to ask you to support a twelve-month trial" is
            // the plan the letter asks for, not a trial that was run.
            .filter(|m| step != Step::Evidence || !planned_test(m.as_str(), &text[..m.start()]))
            // "£900 of fruit" is an amount of money, not "9 of the 12".
            .filter(|m| !AFTER_CURRENCY.is_match(&text[..m.start()]))
            .map(|m| m.as_str().to_lowercase())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
            .min(MOST_CUES)
    };
    distinct(paragraph) + TOPIC_WEIGHT * distinct(topic_sentence(paragraph))
}

/// True when the words just before a cue deny it ("haven't asked") or
/// make it passive ("I've been asked to write this down").
fn denied_or_passive(before: &str) -> bool {
    let lower = before.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().rev().take(3).collect();
    let passive = words
        .first()
        .is_some_and(|w| matches!(*w, "been" | "was" | "were" | "being" | "got" | "get"));
    passive
        || words.iter().any(|w| {
            matches!(*w, "not" | "never" | "no" | "nobody")
                || w.ends_with("n't")
                || w.ends_with("n’t")
        })
}

/// True when a pilot or trial cue is one still to come: an infinitive
/// or a modal a few words before it in its sentence ("to support a
/// twelve-month trial", "we would run a pilot"), unless someone already
/// agreed to it ("they agreed to a trial").
fn planned_test(cue: &str, before: &str) -> bool {
    let cue = cue.to_lowercase();
    if !(cue.starts_with("pilot") || cue.starts_with("trial")) {
        return false;
    }
    let sentence = before
        .rfind(['.', '?', '!', ';'])
        .map_or(before, |at| &before[at + 1..])
        .to_lowercase();
    let words: Vec<&str> = sentence.split_whitespace().rev().take(5).collect();
    let agreed = words
        .iter()
        .any(|w| matches!(*w, "agreed" | "offered" | "signed" | "joined" | "booked"));
    let ahead = words.iter().any(|w| {
        matches!(
            *w,
            "to" | "will" | "would" | "shall" | "could" | "propose" | "plan"
        ) || w.ends_with("'ll")
            || w.ends_with("'d")
    });
    ahead && !agreed
}

/// The Evidence and Risks paragraphs of a letter: the byte range in
/// `text` of each paragraph that opens one of them, and the step.
/// `paragraphs` are the letter's blocks below its title, in order (the
/// first is the pitch); `labelled` are the steps a label in the letter
/// already names, which are not read again.
///
/// Each paragraph is read on its own: it opens the step it speaks of most,
/// when that is more than it speaks of the step it would otherwise
/// continue; a step already opened is not opened twice (a section is one
/// stretch of the file), so a later paragraph about it continues whatever
/// comes before. Empty unless both steps are there, read or labelled.
pub(super) fn closing_steps(
    text: &str,
    paragraphs: &[Range<usize>],
    labelled: &[Step],
) -> Vec<(Range<usize>, Step)> {
    let open: Vec<Step> = CUES
        .iter()
        .map(|(step, _)| *step)
        .filter(|step| !labelled.contains(step))
        .collect();
    let mut out: Vec<(Range<usize>, Step)> = Vec::new();
    let mut current: Option<Step> = None;
    for paragraph in paragraphs.iter().skip(1) {
        let body = &text[paragraph.clone()];
        let staying = current.map_or(0, |step| cues(body, step));
        // The step it speaks of most; on a tie, the first that follows
        // the current one (letters keep the steps' order), else the first.
        let ahead = |step: Step| current.is_none_or(|c| step > c);
        let best = open
            .iter()
            .filter(|step| !out.iter().any(|(_, s)| s == *step))
            .map(|step| (cues(body, *step), *step))
            .fold(None::<(usize, Step)>, |best, (n, step)| match best {
                Some((m, held)) if m > n || (m == n && (ahead(held) || !ahead(step))) => best,
                _ => Some((n, step)),
            });
        if let Some((_, step)) = best.filter(|(n, _)| *n >= FEWEST_TO_OPEN && *n > staying) {
            out.push((paragraph.clone(), step));
            current = Some(step);
        }
    }
    // Both closing steps must be there, read here or labelled by the author.
    if out.len() + (CUES.len() - open.len()) < CUES.len() {
        Vec::new()
    } else {
        out
    }
}

/// The blocks of `body` separated by blank lines, outside fenced code, as
/// byte ranges of `body`; `None` when the body holds a fence, a table or a
/// heading, which a letter does not.
pub(super) fn paragraphs(body: &str) -> Option<Vec<Range<usize>>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim();
        if content.starts_with("```")
            || content.starts_with("~~~")
            || content.starts_with('|')
            || content.starts_with("##")
        {
            return None;
        }
        match (content.is_empty(), open) {
            (true, Some(from)) => {
                out.push(from..start);
                open = None;
            }
            (false, None) => open = Some(start),
            _ => {}
        }
    }
    if let Some(from) = open {
        out.push(from..body.len());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::model::{Step, parse_str};

    /// A letter in a voice of our own: a ferryman on a lake, no headings.
    const FERRY: &str = "# Lake Taxi\n\n\
        I run the small ferry between the three villages on Lake Orta and want to take bookings by text.\n\n\
        In summer the walkers wait on the jetty for an hour because nobody knows when I come back, \
        and half of them give up and take the bus round the lake.\n\n\
        Last August I asked 31 walkers on the jetty, and 22 of them left their numbers to try it.\n\n\
        If the phone signal drops on the water, the walkers ring the bar on the jetty as they do now. \
        If fewer than ten bookings come in a week by September, I stop it.\n";

    #[test]
    fn a_closing_paragraph_about_a_small_bet_and_its_stop_rule_is_the_risks() {
        // "It is small. … insured … If fewer than five … I stop, and nothing
        // is lost": no risk word, yet the paragraph is the author's Risks.
        let letter = "# Saw sharpening by post\n\n\
            I sharpened saws in Tartu for thirty years and I still have the vice. A joiner posts me a dull saw and gets a sharp loaner back the same day.\n\n\
            At the last two markets I talked with 12 joiners; 9 of them had sent a saw away in the past year.\n\n\
            It is small. The vice and the files are mine already. Each parcel is insured for 100 euros. If fewer than five saws come to me by the end of May, I stop, and nothing is lost but the boxes.\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            idea.text(Step::Risks).starts_with("It is small."),
            "{:?}",
            idea.text(Step::Risks)
        );
    }

    #[test]
    fn a_letter_closing_with_its_evidence_and_risks_has_those_sections() {
        let idea = parse_str(FERRY).unwrap_or_else(|e| panic!("{e}"));
        let evidence = idea.text(Step::Evidence);
        assert!(
            evidence.starts_with("Last August I asked 31"),
            "{evidence:?}"
        );
        let risks = idea.text(Step::Risks);
        assert!(risks.starts_with("If the phone signal drops"), "{risks:?}");
        // The earlier paragraphs stay the pitch, read as a letter's are.
        assert!(
            idea.text(Step::Pitch)
                .contains("nobody knows when I come back")
        );
        assert_eq!(idea.section(Step::Problem), None);
    }

    #[test]
    fn the_verdict_weighs_a_letters_closing_paragraphs_as_its_evidence_and_risks() {
        // Read as more pitch, the sign-ups and the stop rule counted for
        // nothing: "no Evidence section", "no Risks section".
        let idea = parse_str(FERRY).unwrap_or_else(|e| panic!("{e}"));
        let report = crate::analyze::analyze(&idea);
        assert!(
            report.scores.evidence.level >= 4,
            "{:?}",
            report.scores.evidence
        );
        assert!(report.scores.risk.level <= 2, "{:?}", report.scores.risk);
    }

    #[test]
    fn paperwork_and_rivals_already_out_there_are_a_letters_risk_words() {
        // One "not sure" alone is too little to open a step; the paperwork
        // and the rival tools already doing it are what could stop us.
        let letter = "Dear Tomas,\n\nRackShare would let cyclists in our town rent a space in a neighbour's shed.\n\nI asked 25 riders at the club and 19 said they would pay for a dry space.\n\nIt would mean some paperwork with the council, and there are two storage apps already, though none for bikes. I am not sure the neighbours would want strangers in their gardens either.\n\nBest,\nIrena\n";
        let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
        let risks = idea.text(Step::Risks);
        assert!(
            risks.starts_with("It would mean some paperwork"),
            "{risks:?}"
        );
    }

    #[test]
    fn a_letter_with_evidence_but_no_word_on_risk_stays_one_pitch() {
        let text = FERRY.split("\n\nIf the phone").next().unwrap_or_default();
        let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.section(Step::Evidence), None);
        assert!(idea.text(Step::Pitch).contains("I asked 31 walkers"));
    }

    #[test]
    fn asking_nobody_yet_is_no_evidence_paragraph() {
        let text = FERRY.replace(
            "Last August I asked 31 walkers on the jetty, and 22 of them left their numbers to try it.",
            "We haven't asked anyone yet, we only know the jetty.",
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.section(Step::Evidence), None);
        assert_eq!(idea.section(Step::Risks), None);
    }

    #[test]
    fn being_asked_to_write_the_letter_is_not_asking_customers() {
        let text = FERRY.replacen(
            "In summer the walkers",
            "My niece has been asked to help me write this down.\n\nIn summer the walkers",
            1,
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert!(idea.text(Step::Evidence).starts_with("Last August"));
    }

    #[test]
    fn a_first_line_without_a_full_stop_is_the_title_of_a_letter() {
        // No Markdown title: "Lake Taxi" on its own line is the title, so
        // the pitch is the paragraph after it, not the title line alone.
        let text = FERRY.replacen("# Lake Taxi", "Lake Taxi", 1);
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            idea.text(Step::Risks)
                .starts_with("If the phone signal drops")
        );
        assert_eq!(idea.name(), "Lake Taxi");
        assert!(idea.text(Step::Pitch).starts_with("I run the small ferry"));
    }

    #[test]
    fn an_idea_with_headings_is_never_read_as_a_letter() {
        let text = FERRY.replacen("Last August", "## Notes\n\nLast August", 1);
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(idea.section(Step::Evidence), None);
        assert_eq!(idea.section(Step::Risks), None);
    }

    #[test]
    fn a_labelled_risks_step_keeps_its_label_and_the_evidence_is_still_read() {
        let text = FERRY.replacen(
            "If the phone signal",
            "What could go wrong? If the phone signal",
            1,
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert!(idea.text(Step::Evidence).starts_with("Last August"));
        assert!(
            idea.text(Step::Risks)
                .starts_with("If the phone signal drops")
        );
    }

    #[test]
    fn money_counted_in_the_problem_is_not_people_counted_as_evidence() {
        // "£400 of takings" and what the walkers paid the bus are the cost
        // of the problem: the paragraph is not the letter's evidence, and
        // the evidence paragraph after it still opens the step.
        let text = FERRY.replacen(
            "round the lake.",
            "round the lake. That is £400 of fares a season, which they paid the bus instead.",
            1,
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            idea.text(Step::Evidence).starts_with("Last August"),
            "{:?}",
            idea.text(Step::Evidence)
        );
    }

    #[test]
    fn a_label_for_an_early_step_leaves_the_letters_closing_paragraphs_readable() {
        // One labelled paragraph ("What I'd do: …") in the middle of the
        // letter: its sign-ups and its stop rule are still the Evidence and
        // the Risks, not more of the plan.
        let text = FERRY.replacen(
            "Last August",
            "What I would do: a text line that says where the boat is.\n\nLast August",
            1,
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            idea.text(Step::Solution).starts_with("a text line"),
            "{:?}",
            idea.text(Step::Solution)
        );
        assert!(idea.text(Step::Evidence).starts_with("Last August"));
        assert!(
            idea.text(Step::Risks)
                .starts_with("If the phone signal drops")
        );
    }

    #[test]
    fn chatting_with_customers_opens_the_evidence_paragraph() {
        let text = FERRY.replace(
            "Last August I asked 31 walkers on the jetty, and 22 of them left their numbers to try it.",
            "Last August I chatted with walkers on the jetty every morning for a week.",
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            idea.text(Step::Evidence)
                .starts_with("Last August I chatted")
        );
        assert!(
            idea.text(Step::Risks)
                .starts_with("If the phone signal drops")
        );
    }
}
