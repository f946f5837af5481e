//! The customer's segment: which sentence names it, and is it everybody, a
//! broad category, or a qualified group?
//!
//! The first real sentence of the Customer section is the segment when it
//! names a qualified group. When it only frames ("Two customers, and we
//! need both.", "Kitchens."), the most specific later sentence that names
//! people is the segment; when it is universal ("Swimming is for
//! everyone!"), a later sentence that narrows it ("But we start with…") is.
//! A section whose only segment words are everybody is level 1, and a
//! qualified segment widened back out ("anyone could use it") is level 2.

use std::sync::LazyLock;

use regex::Regex;

use super::customer::CustomerFacts;
use super::signals::{self, NUM, Sentence, Tally, absence, re};
use crate::model::Step;

/// Words that present a sentence as the conclusion of what came before:
/// "in short", "in other words", "by definition".
fn sums_up(s: &Sentence<'_>) -> bool {
    static CONCLUSION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:in short|in other words|in a word|to sum up|put simply|simply put|in sum)\b|\bby definition\b",
        )
    });
    s.matches_any(&CONCLUSION)
}

/// Universal claims: the idea is for everybody, i.e. for nobody in particular.
static UNIVERSAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:everyone|everybody|anyone|anybody|all (?:the )?(?:users|people|customers|consumers|businesses|companies|organi[sz]ations|ages|sizes|stakeholders)|every stakeholder|segment[- ]agnostic|of (?:every|any|all) (?:size|sizes|kind|kinds|type|types|age|ages|industry|industries)|(?:every|any) (?:size|industry|business|company|person)\b|(?:is|are) (?:a |all )?potential customers?|\bfor (?:every|all|any) (?:(?:sorts?|kinds?|types?) of )?(?:\w+ )?(?:families|family|households?|parents?|people|persons?|one|homes?|users?|businesses|companies|teams?|kids|children)\b|mass market|not exclud\w* anyone|no one is excluded)\b|\bfor all\s*(?:[.,;:!)]|$)|\bthe (?:general )?public\b(?:[^-]|$)",
    )
});

/// "It works for all of them", "the same for all of us": every member of
/// the group named before, which widens a qualified segment back out to
/// its whole category, but is not everybody, which is why the bare "for
/// all" of [`UNIVERSAL`] stops at the end of its clause.
/// Only what the product is for or does counts: "our team holds contact
/// details for all of them" is the reach, not the customer widened.
static FOR_ALL_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:works?|working|the same|useful|good|fine|right|relevant|built|made|designed|meant) for all of (?:them|us|you|those)\b",
    )
});

/// A segment that is nothing but a universal noun ("Users.", "People").
static BARE_UNIVERSAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:people|users|consumers|customers|businesses|companies|individuals|organi[sz]ations|humans|the public|anyone|everyone)\W*$",
    )
});

/// A qualifier: a relative clause, a place, a size range, a tool, a life
/// stage. Structural words rather than a list of industries, so it works
/// for segments nobody wrote down in advance.
static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:who|whose|that|which|in|at|on|with|across|near|within|under|over|aged|between|from|using|via)\b|\b\w+ing (?:on|in|at|with|from|through|their|more|at least|over|under|between|{NUM})|{NUM} ?(?:to|-|–) ?{NUM}|\b\d+\+"
    ))
});

/// The segment itself: universal, broad, or qualified.
///
/// The segment is the first real sentence of the section when it names a
/// qualified group; when it does not ("Two customers, and we need both.",
/// "Kitchens."), the most specific later sentence is the segment. A
/// section whose only segment words are everybody ("Families! Anyone who
/// loves a bedtime story") is level 1. `about_whom`, for a letter whose
/// customer paragraph was found, holds the lines that may say who the
/// customer is; an "anyone" elsewhere in it does not widen the segment.
pub(super) fn segment(
    sentences: &[Sentence<'_>],
    from_pitch: bool,
    about_whom: Option<&[usize]>,
    t: &mut Tally,
    f: &mut CustomerFacts,
) {
    let real: Vec<&Sentence<'_>> = sentences
        .iter()
        .filter(|s| !is_label(s.raw) && !is_interjection(s) && !is_salutation(s) && !looks_ahead(s))
        .collect();
    let head = real.first().copied().unwrap_or(&sentences[0]);
    if from_pitch {
        t.push(absence(
            "customer-missing",
            -10,
            Step::Customer,
            "There is no Customer section; only the pitch hints at who it is for.",
        ));
    }
    // "Breweries, and anyone else who makes drinks" names a category first
    // and then widens it: the rubric's broad category, not "everyone".
    let (head_widens, head_universal) = match universal(head).or_else(|| cheered(head, &real)) {
        Some(r) if everyone_else(head, r.clone()) => (Some(r), None),
        None => (taken_back(head).or_else(|| widened_in_general(head)), None),
        other => (None, other),
    };
    if let Some(r) = head_widens {
        f.widened = true;
        t.push(head.signal(
            "customer-universal",
            -15,
            r,
            "The section widens the customer back out to everybody.",
        ));
    }
    if let Some(r) = head_universal.clone().filter(|_| narrowed(&real).is_none()) {
        f.universal = true;
        t.push(head.signal(
            "customer-universal",
            5,
            r,
            "The customer is everybody, which means nobody in particular.",
        ));
        return;
    }
    let own = if broad_head(head) {
        strong_qualifier(head)
    } else {
        // "The operations manager of a Leeds bakery chain": a named place or
        // organisation narrows a role as surely as a "who" clause does.
        real_qualifier(head).or_else(|| strong_qualifier(head))
    }
    .or_else(|| compound(head))
    .or_else(|| owners_of_a_kind(head));
    let later = || {
        real.iter()
            .skip(1)
            .filter(|s| {
                universal(s).is_none() && !is_detail(s) && !narrows_nothing(s) && names_people(s)
            })
            .find_map(|s| strong_qualifier(s).or_else(|| compound(s)).map(|r| (*s, r)))
    };
    // A first sentence that frames rather than names ("Two groups ride our
    // boats, and only one of them is the customer.") gives way to a later
    // one that names the people.
    let declared_later = (frame_end(&head.clean) == 0)
        .then(|| declared(&real))
        .flatten();
    let chosen = match own {
        _ if head_universal.is_some() => narrowed(&real),
        // "I blew glass for forty years. … This is for the nine family
        // workshops in Hebron": the sentence that says whom it is for, in
        // so many words, names the segment; the author's story before it
        // does not.
        _ if declared_later.is_some() => declared_later,
        Some(r) if from_pitch || names_people(head) => Some((head, r)),
        Some(r) => later().or(Some((head, r))),
        // A pitch that opens with the product may name its people next
        // ("Online entries for agility shows. Dog owners who compete.").
        None => later(),
    };
    let segment_line = chosen.as_ref().map(|(s, _)| s.raw.as_ptr());
    // A later "everyone" widens the segment only when the sentence is about
    // who it is for ("Really, anyone with teeth could use it"), not when it
    // describes the moment ("when everyone wants winter tyres at once").
    let widenings = real
        .iter()
        .filter(|s| Some(s.raw.as_ptr()) != segment_line && !std::ptr::eq(**s, head))
        .filter(|s| about_whom.is_none_or(|lines| lines.contains(&s.line)))
        .filter(|s| s.matches_any(&ABOUT_WHO))
        // "Members of the public … are not the customer" excludes them.
        .filter(|s| !super::customer::leaves_out(sentences, s))
        // "For everyone else the singer pays": the rest of a group named
        // before, not the customer widened.
        .filter_map(|s| {
            universal(s)
                .filter(|r| !everyone_else(s, r.clone()))
                .or_else(|| chosen.as_ref().and_then(|_| s.find(&FOR_ALL_OF_THEM)))
                .map(|r| (*s, r))
        })
        .collect::<Vec<_>>();
    // "In short, anyone who touches music. Our audience is everyone who
    // has ever wanted to play": said twice, everybody is the answer, not a
    // widening of the segment named first.
    // "In short, anyone who ever celebrates, which by definition is
    // everyone": a widening said as the section's conclusion is its answer
    // too, however many groups were listed before it.
    let everybody_twice =
        (widenings.len() >= 2 || widenings.iter().any(|(s, _)| sums_up(s))) && !from_pitch;
    // "I have deliberately not narrowed it further yet": the author says the
    // segment is still the whole category, whatever qualifier we found.
    let not_narrowed = || {
        chosen.as_ref()?;
        real.iter()
            .find_map(|s| s.find(&NOT_NARROWED).map(|r| (*s, r)))
    };
    let widening = widenings.into_iter().next().or_else(not_narrowed);
    let chosen = chosen.filter(|_| !everybody_twice);
    let sprawling = sprawl(&real);
    // Without a Customer section, a pitch that opens with the product's
    // name or a greeting ("Kia orana.") names nobody; when it then answers
    // who it is for with everybody as the subject ("Who buys? Really
    // everybody…", "Everybody wants one"), that answer is the segment; an
    // "everyone" further in ("free for everyone") is not about who.
    // "It's for everyone, really": the pitch answering who it is for, in
    // so many words, with everybody; what the product's description names
    // before it (a place, a trade it visits) is not the customer.
    let answers_everybody = |s: &Sentence<'_>| s.matches_any(&FOR_EVERYBODY);
    let names_nobody = from_pitch
        && widening.as_ref().is_some_and(|(s, r)| {
            answers_everybody(s)
                || (!names_people(head) && s.clean[..r.start].split_whitespace().count() <= 1)
        });
    let chosen = chosen.filter(|(s, _)| !(names_nobody && std::ptr::eq(*s, head)));
    match (chosen, widening) {
        (None, Some((s, r))) if (!from_pitch || names_nobody) && !lists_trades(head) => {
            // Nothing narrows the category and the section says anyone
            // could be the customer: that is everybody.
            f.universal = true;
            t.push(s.signal(
                "customer-universal",
                5,
                r,
                "The customer is everybody, which means nobody in particular.",
            ));
        }
        (chosen, widening) => {
            if let Some((s, r)) = widening {
                f.widened = true;
                t.push(s.signal(
                    "customer-universal",
                    -15,
                    r,
                    "The section widens the customer back out to everybody.",
                ));
            }
            match chosen {
                Some((s, r)) => {
                    f.qualified = true;
                    t.push(s.signal(
                        "customer-qualified",
                        45,
                        r,
                        "The segment has a real qualifier: a place, a size, a tool or a situation.",
                    ));
                }
                None => t.push(head.signal(
                    "customer-broad",
                    25,
                    0..head.raw.len(),
                    "The segment is a broad category with nothing that narrows it.",
                )),
            }
        }
    }
    // A qualified segment that then sprawls is several segments: broad.
    if let Some((s, r)) = sprawling.filter(|_| f.qualified && !f.widened) {
        f.widened = true;
        t.push(s.signal(
            "customer-sprawl",
            -15,
            r,
            "The segment sprawls over several groups or the whole world.",
        ));
    }
}

/// "This is for …", "It's mainly for …": the sentence says whom the
/// product is for, in so many words.
static FOR_WHOM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:so,? |and )?(?:the|our|my) (?:main |primary |target |real |ideal )?(?:customers?|buyers?|clients?)(?: for (?:this|the|our|my) (?:[\w-]+ ){0,2}?[\w-]+)?(?:,\s*(?:really|then|basically|honestly|in short|in the end|mainly|mostly)\s*,)? (?:is|are|will be|would be)\s+|^\W*(?:so,? |and )?(?:that|this)(?: is|['’]s) (?:who|whom) (?:this|it|the \w+) is for\W+|^\W*(?:so,? |and )?(?:that|this)(?: is|['’]s) (?:our|my|the) (?:main |primary |target |real |ideal )?(?:customers?|buyers?|clients?)\s*[:—–]\s*|^\W*the (?:people|ones|customers|families|folk|[\w-]+s) (?:i|we)(?:['’]m|['’]re| am| are)? (?:[\w'’-]+ ){0,4}?for (?:are|is)\s+|^\W*(?:so,? |and )?the (?:customers?|buyers?|clients?|people|ones|[\w-]+s) (?:i|we)(?:['’]m|['’]re| am| are)? (?:now |really |most |first )?(?:want to |would like to |mean to |plan to |hope to |trying to |hoping to |aiming to |setting out to |looking to |would |will |could |can |shall )?(?:serve|help|sell to|reach|target|work for|work with|have in mind|mean|want|are after|are going after|go after|think about|think of) (?:first |here |now )?(?:are|is)\s+|^\W*(?:my|our) (?:customers?|buyers?|clients?|guests?|users?) for (?:this|the|our|my) (?:[\w-]+ )?(?:idea|project|service|plan|product|scheme|venture) (?:are|is|will be|would be)\s+|^\W*(?:this|it|that)(?: service| tool| app| idea| plan| project)?(?: is|'s|’s) (?:(?:built|made|meant|designed|intended|aimed|mainly|mostly|really|only) )?for\s+|^\W*(?:who|the (?:people|ones|customers|families|folk|[\w-]+s)) (?:i|we) (?:have in mind|mean|serve|help|sell to|work (?:for|with)|am thinking of|are thinking of|want to help|want to serve|(?:think |expect |hope )?(?:would|will|might|could) (?:buy|pay for|use|want) (?:this|it|them)|(?:am|are|'m|'re) (?:making|building|designing|writing|doing|starting) (?:this|these|them|it) for)(?: here)? (?:are|is)\s+",
    )
});

/// "The people who would pay are the Hausverwaltungen of …": the subject
/// already says these are people, so whatever the plural after it (a word
/// of another language, a trade without a tell-tale ending), it is the
/// segment the author declares. So is an association's "Our members are
/// the small haulage firms of …": its members are whom it writes for.
static PAYERS_ARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:so,? |and )?(?:the )?(?:people|ones|those|customers?|buyers?|folk) (?:who|that) (?:would|will|'d|’d|are going to|are likely to) (?:pay|buy (?:it|this|them)|pay for (?:it|this|them)|sign up|use (?:it|this)) (?:are|is|will be)\s+|^\W*(?:so,? |and )?(?:our|my) (?:members|member (?:firms|companies|businesses|farms|shops|clubs|schools)) (?:are|will be)\s+",
    )
});

/// "The herders who run the herds there are who we're building for": the
/// same declaration with the people first.
static WHOM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:are|is) (?:who|whom|the (?:people|ones|customers)) (?:we|i)(?:'re|’re| are| am|'m|’m)? (?:(?:are|am) )?(?:building|making|designing|doing|writing|starting) (?:this |it )?for\b",
    )
});

/// Where a declaration's lead-in ends ("Our customers are ", "The people
/// we want to serve are "): what follows is the segment itself, the phrase
/// a document can name the customer by. `None` when the text does not open
/// with one.
pub(crate) fn lead_in_end(text: &str) -> Option<usize> {
    FOR_WHOM
        .find(text)
        .or_else(|| PAYERS_ARE.find(text))
        .map(|m| m.end())
        .filter(|end| *end < text.len())
}

/// True when the sentence declares whom the product is for.
pub(super) fn declares(s: &Sentence<'_>) -> bool {
    FOR_WHOM.is_match(&s.clean) || PAYERS_ARE.is_match(&s.clean) || WHOM_AFTER.is_match(&s.clean)
}

/// A later sentence that declares whom the product is for ("This is for
/// the nine family workshops in Hebron that…"), with a qualifier.
fn declared<'s, 'a>(
    real: &[&'s Sentence<'a>],
) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    real.iter().skip(1).find_map(|s| {
        // "We've had schools wander in for years, but the people we are
        // really writing this for are Year 5 teachers …": the declaration
        // opens the clause after "but", as it would open a sentence.
        let names = (clause_starts(&s.clean).any(|at| {
            let clause = &s.clean[at..];
            FOR_WHOM.find(clause).is_some_and(|m| {
                let rest = &clause[m.end()..];
                opens_with_people(rest) || names_a_role(rest)
            })
        }) || PAYERS_ARE.is_match(&s.clean)
            || (WHOM_AFTER.is_match(&s.clean) && names_people(s)))
            && universal(s).is_none();
        names
            .then(|| strong_qualifier(s).or_else(|| compound(s)))
            .flatten()
            .map(|r| (*s, r))
    })
}

/// Where the sentence's clauses start: at 0, and after each ", but" or
/// "; but" that turns from what the author had to what the idea is for.
fn clause_starts(clean: &str) -> impl Iterator<Item = usize> + '_ {
    static BUT: LazyLock<Regex> = LazyLock::new(|| re(r"[,;]\s+but\s+"));
    std::iter::once(0).chain(BUT.find_iter(clean).map(|m| m.end()))
}

/// "…the customer is the owner of a guesthouse": after a declaration, one
/// person's role names the segment as a plural would.
fn names_a_role(rest: &str) -> bool {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\W*(?:the|a|an|every|each) (?:[a-z-]+ ){0,3}?[a-z-]+(?:er|or|ist|ian|ant|ent)\b")
    });
    ROLE.is_match(rest)
}

/// The first qualifier that narrows: a "who" clause that only restates a
/// taste ("Gardeners who love roses", "Gamers who like cozy games") or
/// points back at the category ("clubs and the people who run them") does
/// not, whatever the noun.
fn real_qualifier(head: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static TASTE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:who|that) (?:really |just |simply |all )?(?:love|loves|like|likes|enjoy|enjoys|want|wants|care about|cares about|are passionate|is passionate|are interested|is interested|are into|is into|dream of|dreams of|appreciate|appreciates|takes? (?:[\w'’-]+ ){1,2}seriously)\b",
        )
    });
    // "Gen Z who want gifts that mean something": once a clause restates a
    // taste, the words after it in that clause describe the taste (the
    // gifts), not the people, so they narrow nothing either.
    let found: Vec<std::ops::Range<usize>> = QUALIFIER
        .find_iter(&head.clean)
        .map(|m| m.range())
        .collect();
    let taste_at = found
        .iter()
        .map(|r| r.start)
        .find(|&at| TASTE.is_match(&head.clean[at..]));
    let inside_taste = |at: usize| {
        taste_at.is_some_and(|taste| at > taste && !head.clean[taste..at].contains([',', ';']))
    };
    found.into_iter().find(|r| {
        !super::signals::negated(&head.clean, r.start)
            && !TASTE.is_match(&head.clean[r.start..])
            && !inside_taste(r.start)
            && !points_back(&head.clean[r.start..])
            && !a_pronoun_place(&head.clean[r.start..])
            && !hung_on_a_broad_noun(&head.clean, r.start)
            && !a_generation(&head.clean[r.start..])
            && !SUPERLATIVE_SCOPE.is_match(&head.clean[r.start..])
            && !WHOLE_NATION.is_match(&head.clean[r.start..])
    })
}

/// "Artists, and the people who buy their work": a relative clause hung on
/// a broad noun ("people", "customers") narrows that noun, and only as far as a
/// real qualifier ([`STRONG_QUALIFIER`]) would; "who buy their work" is
/// what makes them customers at all, not a part of them chosen.
fn hung_on_a_broad_noun(clean: &str, at: usize) -> bool {
    let noun = clean[..at]
        .split_whitespace()
        .last()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or("");
    let rest = &clean[at..];
    let relative = ["who ", "that ", "whose "].iter().any(|w| {
        rest.get(..w.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(w))
    });
    let strong = STRONG_QUALIFIER.find(rest).is_some_and(|m| m.start() == 0);
    relative && broad_noun(noun) && !strong
}

/// "Garages across the UK", "florists all over the country": spread over a
/// whole nation or the world is where the trade is, not a part of it
/// chosen. ("Ghanaian families in the UK" is a diaspora: "in" stays a
/// place.)
static WHOLE_NATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:across|throughout|all over|over) (?:the )?(?:uk|united kingdom|britain|great britain|country|nation|world|globe|us|usa|united states|america|europe|eu)\W*$",
    )
});

/// "It's for everyone", "this is for anybody who…": the answer to who it
/// is for, given as everybody.
static FOR_EVERYBODY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:(?:i|we) (?:believe|think|feel|reckon|know) (?:that )?)?(?:it|this|that|[\w'’-]+(?: [\w'’-]+)?)(?:'s| is| will be| would be|'d be|’d be) (?:really |simply |just |basically |honestly )?(?:for|aimed at|meant for) (?:really |simply |just |basically |honestly )?(?:everyone|everybody|anyone|anybody|all)\b|^\W*(?:our |the |my )?(?:customers?|target (?:group|market|audience|customers?)|market|audience|users?|buyers?) (?:is|are|will be) (?:really |simply |just |basically |honestly )?(?:everyone|everybody|anyone|anybody|all (?:people|of us))\b",
    )
});

/// Words that make a sentence about who the product is for, or that say
/// the group just named is everybody ("That's basically everyone").
static ABOUT_WHO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:for|customers?|users?|use it|could use|can use|would use|target\w*|market|audience|benefit|anyone|anybody|suitable|buy|buyers?|aimed)\b|!\s*$|^\W*(?:(?:that|which|this)(?:['’]s| is| means) )?(?:basically|pretty much|practically|literally|just about|more or less) (?:everyone|everybody|all of us)\b",
    )
});

/// "Swimming is for everyone! But we start with parents in Bristol whose
/// child…": a later sentence that narrows a universal opener to a named,
/// qualified group is the segment.
fn narrowed<'s, 'a>(
    real: &[&'s Sentence<'a>],
) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    static NARROWING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:but,? |so |and )?(?:we (?:start|begin|begin|launch) with|(?:our )?first (?:customers?|users?|segment) (?:are|is|will be)|initially,?|to start,?|at first,?|specifically,?|in particular,?|more exactly,?|we focus on|we mean|(?:our|the) (?:real |actual |first |paying )?(?:customers?|users?|target|buyers?|market) (?:are|is)|we sell to|(?:it|this)(?: is|'s) (?:for|built for|made for))\s+",
        )
    });
    real.iter().skip(1).find_map(|s| {
        let lead = NARROWING.find(&s.clean)?;
        let rest = &s.clean[lead.end()..];
        if !opens_with_people(rest) || universal(s).is_some() {
            return None;
        }
        strong_qualifier(s).map(|r| (*s, r))
    })
}

/// "Pet lovers! Anyone with a dog": a bare exclamation opening a section
/// that then says anyone will do is a cheer for everybody. Alone
/// ("swimmers!!"), it is still the broad category it names.
fn cheered(head: &Sentence<'_>, real: &[&Sentence<'_>]) -> Option<std::ops::Range<usize>> {
    let t = head.clean.trim();
    let exclamation = t.ends_with('!') && t.split_whitespace().count() <= 3;
    let widens = || {
        real.iter()
            .filter(|s| !std::ptr::eq(**s, head))
            .any(|s| universal(s).is_some())
    };
    (exclamation && widens()).then_some(0..head.clean.len())
}

/// "…, and anyone else who sells": an "else" after a group the sentence
/// has already named.
fn everyone_else(s: &Sentence<'_>, at: std::ops::Range<usize>) -> bool {
    let named_first = !s.clean[..at.start].trim().is_empty();
    named_first && s.clean[at.end..].trim_start().starts_with("else")
}

/// "Every rider who cares about their horse, which let's be honest is
/// every rider": a qualifier the same sentence takes back, by ending on
/// the whole category, narrows nothing. ("…, which covers all the
/// county's hospices" goes on to name them, and is not taken back.)
fn taken_back(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static TAKEN_BACK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"[,;(–—-]\s*(?:which|and that|that|i\.e\.|in other words)\s+(?:[\w'’-]+\s+){0,3}?(?:is|means|covers|includes|takes in)\s+(?:just\s+|basically\s+|really\s+|pretty much\s+|practically\s+)?(?:every|all|any)(?:one|body|\s+[a-z][\w'’-]*)\s*(?:[!.?]+\s*)?$",
        )
    });
    s.find_any(&TAKEN_BACK)
}

/// "Quilters, and crafters more generally", "Picture framers, of every
/// kind", "firms in our sectors and beyond": a group named and then opened
/// out to its whole kind is the rubric's broad category, whatever qualifier
/// follows. So is a trade followed by its own customers ("Garden centres,
/// and the gardeners who shop in their aisles"), or reached through them
/// ("Cat owners, and through them the sitters who look after their cats"): two
/// segments, neither chosen.
fn widened_in_general(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static IN_GENERAL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:,|\band\b|\bor\b)\s*(?:[\w'’-]+\s+){0,3}?(?:more generally|in general|more broadly|of (?:all|every|any) (?:kinds?|sorts?|types?|sizes?|stripes?)|beyond\W*$)|^[^,]+,\s*(?:and|plus) (?:(?:through|via) (?:them|whom) )?(?:the|their) (?:[\w'’-]+ )?[a-z'’-]+ (?:who|that) (?:[\w'’-]+ ){1,4}their\b",
        )
    });
    s.find_any(&IN_GENERAL)
}

/// "Everyone", "anyone who…", "Users.".
fn universal(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    s.find_any(&BARE_UNIVERSAL).or_else(|| {
        UNIVERSAL.find_iter(&s.clean).map(|m| m.range()).find(|r| {
            !signals::negated(&s.clean, r.start)
                && !compared(&s.clean, r.start)
                && !bounded_by_a_place(&s.clean[r.end..])
                && !public_as_adjective(&s.clean[r.start..])
                && !kinds_of_a_category(&s.clean, r.clone())
                && !witnesses(&s.clean[r.end..])
                && !records_for(&s.clean[..r.start])
                && !in_a_scene(&s.clean, r.clone())
                && !on_behalf_of(&s.clean[..r.start])
                && !done_by_anyone(&s.clean[..r.start])
                && !mentioned(&s.clean, r.start)
                && !open_to_all(&s.clean, r.clone())
                && !an_aside(&s.clean[r.end..])
        })
    })
}

/// "Anyone who has a parent with a stairlift will know what I mean": a
/// turn of speech asking the reader to nod, not a claim that everybody is
/// the customer.
fn an_aside(after: &str) -> bool {
    static NOD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[^.;]{0,80}?\b(?:knows?|understands?|recogni[sz]es?|relates?|relate to) (?:what i mean|what i'm (?:talking about|on about)|the feeling|that feeling|exactly what)\b",
        )
    });
    NOD.is_match(after)
}

/// "Car parks … that anyone can drive into", "a yard where anybody may
/// walk in": everybody inside a clause about getting into a place says who
/// can get in, not who the customer is.
fn open_to_all(clean: &str, at: std::ops::Range<usize>) -> bool {
    static RELATIVE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:that|which|where)\s+$"));
    // Getting into a place, not using a product: "a game where anyone can
    // build" is for everybody.
    static CAN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s+(?:can|could|may|might) (?:just |simply |freely )?(?:drive|walk|wander|stroll|park|come|go|get|enter|pull|turn)\s+(?:in|into|onto|on to|through|up)\b",
        )
    });
    RELATIVE.is_match(&clean[..at.start]) && CAN.is_match(&clean[at.end..])
}

/// "I've been burned before by \"everyone with a dog.\"": a universal word
/// in quotation marks inside the sentence is a phrase held up to be
/// rejected (a mention, not a use); the customer is named elsewhere.
fn mentioned(clean: &str, start: usize) -> bool {
    let opens_quoted = clean.trim_start().starts_with(['"', '“']);
    !opens_quoted && signals::quoted(clean, start)
}

/// "In a group of friends one person pays for everyone": the people one
/// buyer pays, books or orders for are the rest of that group, which tells
/// the buyer from the user; it does not widen the customer to everybody.
fn on_behalf_of(before: &str) -> bool {
    static FOR_THE_GROUP: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:pays?|paid|paying|buys?|bought|buying|orders?|ordered|ordering|books?|booked|booking|shops?|shopped|decides?|decided|chooses?|chose|signs? up|signed up|on behalf of)(?: for)?\s*$",
        )
    });
    FOR_THE_GROUP.is_match(before)
}

/// "An alarm fitted by us or anyone else", "a boiler bought from us or
/// anybody": everybody as the other agent of a past job says the job need
/// not have been ours, not that everybody is the customer ("used by almost
/// anyone" still is).
fn done_by_anyone(before: &str) -> bool {
    static BY: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:by|from) (?:us|me|them|[\w'’-]+) or\s*$"));
    BY.is_match(before)
}

/// "At the moment the road opens and everyone wants to leave": everybody as
/// the subject of a clause that tells the scene (after "and", "when",
/// "as" …) is who is there at that moment, not who the customer is.
fn in_a_scene(clean: &str, at: std::ops::Range<usize>) -> bool {
    static JOINS: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:and|when|while|as|because|until|before|after|so|then)\s+$"));
    static ACTS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s+(?:wants?|tries|try|needs?|rushes|rush|arrives?|turns? up|shows? up|leaves?|queues?|calls?|rings?|is|are|was|were|has|have|gets?)\b",
        )
    });
    let word = clean[at.clone()].to_ascii_lowercase();
    matches!(
        word.as_str(),
        "everyone" | "everybody" | "anyone" | "anybody"
    ) && JOINS.is_match(&clean[..at.start])
        && ACTS.is_match(&clean[at.end..])
}

/// "Who already hold contact details for every family": records kept for
/// everybody say how to reach them, not that everybody is the customer.
fn records_for(before: &str) -> bool {
    static RECORDS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:details|data|records|numbers|addresses|files|contacts|information|notes)(?: (?:for|of|on|about))?\s*$",
        )
    });
    RECORDS.is_match(before)
}

/// "Anyone who has spent a spring on the puszta has seen it", "ask anyone
/// who farms here, they will tell you": everybody called as a witness to
/// the pain, not named as the customer.
fn witnesses(after: &str) -> bool {
    static WITNESS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[^.;:!?]{0,80}?\b(?:(?:(?:has|have|had) (?:seen|heard|watched|noticed|lived through|felt)|knows?|remembers?) (?:it|this|that|them)|(?:will|can|could) tell you)\b",
        )
    });
    WITNESS.is_match(after)
}

/// "Clubs of all kinds", "workshops of every size", "anglers of every age",
/// "for all sorts of choirs": a category spread over all its kinds is the rubric's broad
/// category, not everybody; only a universal noun ("businesses of all
/// sizes", "people of all ages", "for all sorts of people") makes it
/// everybody.
fn kinds_of_a_category(clean: &str, at: std::ops::Range<usize>) -> bool {
    static KINDS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^of (?:every|any|all) (?:size|sizes|kind|kinds|type|types|sort|sorts|age|ages)\b")
    });
    // "For all" reads as everybody until "sorts of groups" follows it.
    static SORTS_OF: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s+(?:sorts|kinds|types|manner) of ([\w'’-]+)"));
    let kinds = KINDS.is_match(&clean[at.start..]);
    // "Tattoo businesses of all kinds": a broad noun that a trade narrows
    // first is that trade, spread over its kinds. ("Plant hire companies of
    // all sizes, from one depot to a hundred" sprawls over the whole trade
    // instead, as everybody in it.)
    static OF_KINDS: LazyLock<Regex> =
        LazyLock::new(|| re(r"^of (?:every|any|all) (?:kind|kinds|type|types|sort|sorts)\b"));
    let before: Vec<&str> = clean[..at.start].split_whitespace().collect();
    let modifier = before.len().checked_sub(2).map(|i| before[i]);
    let narrowed_first = OF_KINDS.is_match(&clean[at.start..])
        && modifier.is_some_and(|m| {
            m.chars().all(|c| c.is_alphabetic() || c == '-')
                && !EMPTY_MODIFIER.is_match(m)
                && !BARE_UNIVERSAL.is_match(m)
        });
    if narrowed_first {
        return true;
    }
    let noun = if kinds {
        before.last().copied()
    } else {
        SORTS_OF
            .captures(&clean[at.end..])
            .and_then(|c| c.get(1))
            .map(|m| m.as_str())
    };
    let noun = noun.map(bare_word).unwrap_or_default();
    // "Children of every age", "parents of all ages": a group spread over
    // its ages is still that group, the rubric's broad category; only
    // "people of all ages" is everybody.
    static OF_AGES: LazyLock<Regex> = LazyLock::new(|| re(r"^of (?:every|any|all) (?:age|ages)\b"));
    let ages_of_a_group = OF_AGES.is_match(&clean[at.start..]) && !names_whoever_buys(&noun);
    !noun.is_empty() && !BARE_UNIVERSAL.is_match(&noun) && (ages_of_a_group || !broad_noun(&noun))
}

/// "Users of all ages": users are whoever picks the product up, so spread
/// over every age they are everybody.
fn names_whoever_buys(noun: &str) -> bool {
    matches!(
        noun,
        "users" | "user" | "customers" | "customer" | "consumers" | "consumer"
    )
}

/// "The public and private school art teachers", "the public libraries":
/// "public" describing an institution, not the public at large; "the public
/// concerned is the holders of …" names the people in question, not all.
/// "Plot holders see the public waiting-list page": a page anyone may open is a thing
/// the product shows, not a customer.
fn public_as_adjective(from_match: &str) -> bool {
    static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^the (?:general )?public (?:concerned|in question|affected|targeted|addressed|(?:and|or) private|schools?|sector|services?|bod(?:y|ies)|transport|librar(?:y|ies)|hospitals?|health|authorit(?:y|ies)|institutions?|universit(?:y|ies)|pools?|parks?|housing|works)\b",
        )
    });
    static ARTEFACT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^the public (?:[\w-]+ )?(?:pages?|web ?site|site|calendars?|listings?|profiles?|portal|forms?|links?|url|view|dashboard|directory|map|register|diary|noticeboard|board|feed|timetable|rota|api|catalogue|menu|footpaths?|toilets?|car park|realm|record)\b",
        )
    });
    INSTITUTION.is_match(from_match) || ARTEFACT.is_match(from_match)
}

/// "Everyone at the table", "everybody in the household": a universal
/// word bounded by a small gathering the segment already names is the
/// people of that gathering, not the world. A wide place ("everyone in the
/// country") bounds nothing.
fn bounded_by_a_place(after: &str) -> bool {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s+(?:at|in|on|around) (?:the|their|our|his|her|that|this|each|every|one) (?:same )?([\w-]+)\b",
        )
    });
    const WIDE: &[&str] = &[
        "world",
        "country",
        "city",
        "town",
        "region",
        "county",
        "state",
        "nation",
        "market",
        "industry",
        "sector",
        "area",
        "district",
        "province",
        "village",
        "neighbourhood",
        "neighborhood",
        "street",
        "building",
        "business",
        "company",
        "internet",
        "web",
    ];
    // "Everybody in that world", "anyone in this trade": the world or trade
    // the section has just named, pointed back to, is that category.
    static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\s+in (?:that|this) (?:world|industry|sector|market|trade|scene|space|community)\b")
    });
    POINTS_BACK.is_match(after)
        || PLACE.captures(after).is_some_and(|c| {
            c.get(1)
                .is_some_and(|w| !WIDE.contains(&w.as_str().to_ascii_lowercase().as_str()))
        })
}

/// "Brides and grooms, and of course their guests", "Also schools doing
/// shows, and probably film students too": a segment that keeps adding
/// groups is several segments, which the rubric reads as a broad category.
/// So is one that ends by taking in the whole kind ("berry pickers in
/// general", "passengers generally", a list swept up with "all the stable
/// trades", "this covers bakeries, florists, garages and dentists"), or
/// reaches past it ("and more broadly the whole trade",
/// "adjacent stakeholders").
fn sprawl<'s, 'a>(real: &[&'s Sentence<'a>]) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    static SPRAWL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:also|plus),? (?:[\w-]+ ){0,3}?(?:[a-z]+s|people|staff)\b|\band of course (?:their|the|all) \w+|\bprobably (?:[\w-]+ ){1,3}too\b|\band (?:many|lots of|all sorts of|various|loads of) others\b|\b(?:can|could|will|would|may|might) also (?:work|be used|serve|help|suit|fit) (?:for|with|by) (?:other|all|any|many)\b|\b(?:[a-z]+s|people|staff) (?:in general|generally|at large|of all (?:kinds|sorts|types|ages)|of every (?:kind|sort|type))\s*(?:[.,;)]|$)|\b(?:and|or|then),? (?:more broadly|more widely|beyond (?:them|that|those))\b|\badjacent (?:[\w-]+ )?(?:stakeholders|players|sectors|markets|industries|trades)\b|,[^,]+,[^,]+,\s*(?:and )?all (?:the |those |these |of the )?(?:[\w'’-]+ ){0,2}[\w'’-]+\W*$|^\W*(?:this|that|it|these|they|which) (?:includes?|covers?|spans?|takes? in|means) [^,.;]+,[^,.;]+,[^,.;]+",
        )
    });
    // "Also I forget which props went back" adds a chore, not a group.
    let adds_a_group = |text: &str| {
        let mut words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let first = words.next().unwrap_or("").to_ascii_lowercase();
        let next = words.next().unwrap_or("").to_ascii_lowercase();
        !(matches!(first.as_str(), "also" | "plus")
            && matches!(
                next.as_str(),
                "i" | "we" | "my" | "our" | "it" | "they" | "you"
            ))
    };
    real.iter()
        .filter(|s| super::customer::excludes(s).is_none())
        .find_map(|s| {
            SPRAWL
                .find_iter(&s.clean)
                .map(|m| m.range())
                .find(|r| {
                    !signals::negated(&s.clean, r.start)
                        && adds_a_group(&s.clean[r.clone()])
                        && !tied_and_counted(&s.clean[r.start..])
                })
                .map(|r| (*s, r))
        })
}

/// "Also garden designers working on those houses (about 25 of them)", "Also
/// the 14 electric taxis in the town": a second group tied back to the
/// first and counted, or counted as it is named, is one more precise group
/// the idea knows, not the segment sprawling.
fn tied_and_counted(rest: &str) -> bool {
    static TIED: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:those|these|the same)\b"));
    // "Also the 14 electric taxis in the town": a group counted as it is
    // named is as precise as one tied back.
    static COUNTED_AT_ONCE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\W*(?:also|plus),? (?:the |our )?\d[\d,]* "));
    COUNTED_AT_ONCE.is_match(rest)
        || (TIED.is_match(rest) && rest.bytes().any(|b| b.is_ascii_digit()))
}

/// "Faster than anyone can write notes", "like everybody else": a
/// universal word in a comparison describes the moment, not who the
/// customer is; nor does one the segment deals with ("yards that buy from
/// the public", "reports made by anyone"), nor one in a clause of time
/// ("in the weeks before recitals, when everyone needs a room").
fn compared(clean: &str, start: usize) -> bool {
    let before = clean[..start].trim_end().to_ascii_lowercase();
    // "Better than almost anyone": a hedge between "than" and the universal
    // word leaves it a comparison ("used by almost anyone" is everybody).
    let hedged_than = ["almost", "nearly", "virtually", "practically"]
        .iter()
        .filter_map(|hedge| before.strip_suffix(hedge))
        .any(|rest| signals::ends_with_word(rest.trim_end(), "than"));
    [
        "than", "like", "as", "from", "by", "when", "whenever", "while", "because", "until",
        "once", "before", "after",
    ]
    .iter()
    .any(|w| signals::ends_with_word(&before, w))
        || hedged_than
        || in_clause_of_time(&before)
        || SUPERLATIVE_OF.is_match(&before)
}

/// "Couples buy the most gifts of basically anyone": everybody as the
/// other side of a superlative is a comparison, not the customer.
static SUPERLATIVE_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:most|more|best|least|fewer|[a-z]{3,}est)\b[^.;,]*\bof(?: (?:basically|almost|nearly|practically|just about|pretty much))?$",
    )
});

/// "…from November, once the drying is finished and everyone arrives in
/// the same weeks": a universal word later in a clause of time (with no
/// comma since the "once") still describes the moment.
fn in_clause_of_time(before: &str) -> bool {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:when|whenever|once|while|until|after|before|as soon as)\b[^,;:]*\band$")
    });
    TIME.is_match(before)
}

/// Whether a sentence opens by naming a group of people: the head noun of
/// its first phrase (after a short lead-in such as "More exactly:" or "On
/// one side,") is a plural ("catering managers of …", "Year 4 teachers at
/// …"), not a thing ("High school, college…") or a statistic.
fn names_people(s: &Sentence<'_>) -> bool {
    opens_with_people(&s.clean)
}

/// [`names_people`] on plain text.
fn opens_with_people(text: &str) -> bool {
    // "In our villages there are about 260 households that rake salt": the
    // place and the count introduce the people, as a frame does.
    static THERE_ARE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:in|across|around|on) (?:[\w'’-]+ ){1,3}there (?:are|were) (?:about |around |some |over |nearly |roughly |almost )?(?:\d[\d,]*|[a-z]+ (?:hundred|thousand)) ",
        )
    });
    let text = text[frame_end(text)..].trim_start();
    let text = THERE_ARE.find(text).map_or(text, |m| &text[m.end()..]);
    let lead_end = text
        .find([':', ','])
        .filter(|&i| text[..i].split_whitespace().count() <= 3);
    let body = lead_end.map_or(text, |i| &text[i + 1..]);
    let end = body.find(PHRASE_END).unwrap_or(body.len());
    // "the picanterías — the lunch places — in Cusco": a dash around an
    // aside is no word of the noun phrase.
    let words: Vec<&str> = body[..end]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let cut = (0..words.len())
        .find(|&i| {
            let lower = words[i].to_lowercase();
            // "Families living in Scotland", "Folk living in the bungalows".
            let participle = participle_after_plural(&words, i);
            // "Shops around Seiffen": a preposition of place opens what
            // qualifies them when a place follows it ("draws around his
            // foot" is a verb's).
            let place = matches!(lower.as_str(), "around" | "outside" | "throughout")
                && words
                    .get(i + 1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            opens_qualifier(words[i])
                // "those crofters when the autumn sales come round": the
                // moment they need it qualifies them as a "who" would.
                || matches!(lower.as_str(), "running" | "working" | "for" | "when" | "whenever")
                || participle
                || place
        })
        .unwrap_or(words.len());
    let qualified = cut < words.len();
    words[..cut].last().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // "People with between half an acre and five acres…": a plural
        // without an "s" names a group when something qualifies it.
        (qualified && irregular_plural(w))
            || w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && w.chars().all(char::is_alphabetic)
                && !matches!(
                    w.to_lowercase().as_str(),
                    "sorts"
                        | "kinds"
                        | "types"
                        | "lots"
                        | "loads"
                        | "plenty"
                        | "bunch"
                        | "customers"
                )
    })
}

/// Whether `words[i]` is a participle after a plural noun ("Families
/// living in Scotland", "Folk looking for a holiday"): it opens what
/// qualifies the noun, as "who live" would, and ends the noun phrase.
fn participle_after_plural(words: &[&str], i: usize) -> bool {
    i > 0
        && (words[i - 1].ends_with('s') || irregular_plural(words[i - 1]))
        && words[i].len() > 5
        && words[i].to_lowercase().ends_with("ing")
}

/// Whether `words[i]` is a participle of wanting after a plural noun
/// ("Families looking for a holiday", "students seeking a room"): what a
/// group is after is no part of it chosen, as "who want" is none, so the
/// noun phrase ends there. A participle of doing or being somewhere
/// ("tourists visiting Tbilisi", "women getting extensions") does narrow.
fn seeking_after_plural(words: &[&str], i: usize) -> bool {
    participle_after_plural(words, i)
        && match bare_word(words[i]).as_str() {
            "seeking" | "wanting" | "hoping" | "needing" | "craving" | "wishing" => true,
            "looking" | "searching" | "hunting" | "shopping" | "asking" => words
                .get(i + 1)
                .is_some_and(|w| matches!(bare_word(w).as_str(), "for" | "around")),
            _ => false,
        }
}

/// A plural without an "s" that names a group of people ("people", "folk").
fn irregular_plural(word: &str) -> bool {
    matches!(
        bare_word(word).as_str(),
        "people" | "folk" | "women" | "men" | "children"
    )
}

/// A word without the punctuation around it, in lower case: how the word
/// lists of this file compare it ("Looking," is "looking").
fn bare_word(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// "Over time we see coaches, pool operators and families also joining":
/// who may come later is not who the product is for now, so such a
/// sentence never names the segment.
fn looks_ahead(s: &Sentence<'_>) -> bool {
    static LATER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:over time|later on|eventually|in (?:the )?(?:future|long run|long term)|down the (?:line|road)|(?:in the )?longer[- ]term|one day|in (?:a |the )?(?:second|later|next|future) (?:phase|stage|step|version))\b",
        )
    });
    LATER.is_match(&s.clean)
}

/// "Dear members of the Enterprise Fund panel,": a letter's greeting names
/// its readers, not its customers; so does the courtesy after it.
fn is_salutation(s: &Sentence<'_>) -> bool {
    static GREETING: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\W*(?:dear|hi|hello|hey|greetings|to whom it may concern)\b"));
    // "I hope you are all well and that the new room is finished!": the
    // courtesy a letter opens with, about the reader, not the customer.
    static COURTESY: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\W*(?:i |we )?(?:hope|trust) (?:you|this (?:\w+ )?finds you|all is well)\b")
    });
    let t = s.clean.trim_end();
    (GREETING.is_match(t) && t.ends_with([',', ':', '!'])) || COURTESY.is_match(t)
}

/// "Honestly?", "Who?": a sentence that is only a rhetorical opener.
fn is_interjection(s: &Sentence<'_>) -> bool {
    let t = s.clean.trim();
    // "Literally everyone??" answers the question, unsure of itself: it is
    // the segment, not an aside.
    t.ends_with('?') && t.split_whitespace().count() <= 3 && !UNIVERSAL.is_match(t)
}

/// A sentence about the segment's details (trigger, size, channel, buyer,
/// exclusions) rather than naming it: a later sentence only replaces an
/// unqualified first one when it names people.
fn is_detail(s: &Sentence<'_>) -> bool {
    static DETAIL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:they|we|i|i'm|my|you|he|she|it|this|that|these|those|there|our|if|so|but|because|also|and|the (?:moment|trigger|day|week|time|buyer|user)|trigger|size|channel|buyer|user|not|when|reach\w*|found|about|roughly|around|~?\d)\b",
        )
    });
    // "They would love it" is a guess about them; a "would" in a relative
    // aside ("…, which is where we would tell them") is not.
    static MODAL: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:would|could|might)\b"));
    static ASIDE: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*(?:which|where|when|who|whom)\b"));
    let guesses = s
        .clean
        .split([',', ';'])
        .enumerate()
        .any(|(i, clause)| MODAL.is_match(clause) && (i == 0 || !ASIDE.is_match(clause)));
    DETAIL.is_match(&s.clean) || guesses
}

/// A later sentence that names people without narrowing the category
/// before it: a market's size ("Costa Rica receives millions of visitors",
/// "130 million visitors according to the tourism board"), or every kind
/// listed ("big ones, small ones, online ones"), which is no kind.
fn narrows_nothing(s: &Sentence<'_>) -> bool {
    static MARKET_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:millions|billions|thousands) of\b|\b\d[\d,.]* ?(?:million|billion|bn)\b|\baccording to\b",
        )
    });
    static EVERY_KIND: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:[\w-]+ ones,\s*){2,}"));
    MARKET_TOTAL.is_match(&s.clean) || EVERY_KIND.is_match(&s.clean)
}

/// Nouns too broad to be a segment whatever word sits in front of them
/// ("podcast listeners", "HR managers", "deaf people", "building trades").
static BROAD_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:people|persons|users|customers|consumers|clients|listeners|viewers|readers|players|gamers|fans|lovers|enthusiasts|aficionados|admirers|buyers|drinkers|eaters|hobbyists|businesses|companies|firms|organi[sz]ations|enterprises|manufacturers|brands|managers|students|parents|families|households|individuals|adults|women|men|kids|children|teens|millennials|employees|workers|professionals|teams|developers|creators|shoppers|travell?ers|owners|gamers|streamers|players|patients|citizens|residents|humans|folks|anyone|everyone|guests|visitors|diners|tourists|holidaymakers|passengers|commuters|subscribers|industry|industries|sector|sectors|market|markets|scene|trades|tradespeople|tradesmen|tradies)$",
    )
});

/// For a broad noun ("people", "gamers"), only a real qualifier narrows it:
/// a named place or organisation, a number, a tool, or what they do for a
/// living, that they already buy from us ("enthusiasts who buy from
/// our online shop"), a list they are on ("residents on the allotment
/// waiting list"), a member's situation said as a relative clause
/// ("families in which one member uses a wheelchair", as "whose" would
/// say it), or the author's own sites ("managers at our cinemas",
/// people the author can count one by one); not what they like ("gamers
/// who like cozy games", "people in debt" stay broad).
static STRONG_QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:in|into|at|across|near|around|from|of|to|on) (?:the )?(?:[\w'’-]+ )?\p{Lu}[\w'’-]+|\bfor \p{Lu}[\w'’-]+ (?i:residents|families|households|parents|patients|pupils|students|tenants|owners|people|members|farmers|growers|businesses|shops|schools)\b|\b(?i:who (?:are|is) (?:unable|not able) to|who (?:cannot|can't|can’t) (?:get|leave|travel|visit|walk|drive|reach))\b|\b(?i:(?:at|in|for) (?:[\w-]+ ){1,2}(?:companies|firms|practices|hospitals|schools|clinics|shops|restaurants|farms|agencies|offices|stores|studios|labs|mines|warehouses|factories|plants|departments|wards|charities|churches|cemeteries|crematoria|councils|surgeries|universities|colleges|nurseries|hotels|pubs|garages|gyms|libraries|museums|theatres|marinas|ports|airports|prisons|care homes|depots|yards|quarries|mills|breweries|distilleries|bakeries|dairies|kennels|catteries|stables|salons))\b|\b(?i:who (?:must|have to|need to|are required to))\b|\b(?i:(?:at|in|across) (?:our|my) (?:own )?(?:[\w'’-]+ )?[a-z'’-]+s)\b|\b(?i:(?:in|at|on|from|across) (?:the |our |its |their )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w'’-]+ ){0,2}[a-z'’-]+s)\b|\b(?i:on (?:the|our|a|an|its|their) (?:[\w'’-]+ ){0,3}(?:waiting list|list|register|registry|roll|books|rota))\b|\b(?i:who (?:need|needs|have|has|had) (?:[\w'’-]+ ){0,6}(?:because|after|when|within|since|before|while)\b)|\b(?i:whose [\w-]+ (?:[\w-]+ )?(?:play|plays|learn|learns|has|have|is|are|need|needs|attend|attends|start|starts|started|use|uses|go|goes|take|takes|run|runs|sit|sits))\b|\b(?i:(?:in which|where) (?:one|a|an|the|someone|somebody|at least one|both) (?:[\w-]+ )?(?:plays|learns|has|have|is|are|needs|need|attends|attend|uses|use|takes|take|runs|sits|lives|live|works|work|relies|cares))\b|\b(?:using|on|with) \p{Lu}[\w'’-]+|\b(?i:who) (?:[\w'’-]+ ){1,3}(?:the )?\p{Lu}[\w'’-]+|\b(?i:(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+) or more) [\w'’-]+|\d|\b(?i:(?:one|two|three|four|five|six|single|sole)[- ](?:vans?|chairs?|person|man|woman|beds?|rooms?|sites?|vehicles?|trucks?|lorr(?:y|ies)|boats?|shops?|branch(?:es)?|desks?|seats?|staff|doctors?|vets?|partners?|traders?|operators?|locations?|stores?|outlets?|kitchens?|practitioners?))\b|, (?:and )?\p{Lu}[\w'’-]+(?: (?:and|&) \p{Lu}[\w'’-]+)?\W*$|\b(?i:who (?:already )?(?:run|runs|own|owns|inherit|inherits|inherited|manage|manages|work|works|teach|teaches|sell|sells|employ|employs|operate|operates|care for|look after|drive|drives|farm|farms|build|builds|treat|treats|raise|raise)|aged|between)\b|\b(?i:who (?:already )?(?:buy|buys|bought|order|orders|ordered|shop|shops) (?:[\w'’-]+ )?(?:from|at|through|with) (?:our|my))\b|\b(?i:who (?:have|has|had) (?:just |recently |already )?(?:booked|bought|ordered|hired|rented|commissioned) (?:at least )?(?:an?|one|once|the|their|a [\w-]+|[\w-]+)\b)|\b(?i:who (?:have|has|had) (?:just |recently |already )?(?:submitted|filed|lodged|applied|requested|asked for|received|been (?:given|refused|denied|sent|told|offered|diagnosed|referred|discharged|quoted|prescribed|billed|invoiced|fined|assessed|measured|fitted|put on)))\b"
    )
    .unwrap_or_else(|_| re("$^"))
});

/// The first [`STRONG_QUALIFIER`] that is not negated and does not point back.
fn strong_qualifier(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    STRONG_QUALIFIER
        .find_iter(&s.clean)
        .map(|m| m.range())
        .find(|r| {
            !super::signals::negated(&s.clean, r.start)
                && !points_back(&s.clean[r.start..])
                && !a_taste(&s.clean[r.clone()])
                && !a_generation(&s.clean[r.start..])
                && !WHOLE_NATION.is_match(&s.clean[r.start..])
        })
}

/// "The most tattooed generations in history", "the keenest readers in
/// the world": the scope of a superlative, not a place the people are in.
static SUPERLATIVE_SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^in (?:all of |recorded |human )?(?:history|the world|existence|living memory|memory)\b")
});

/// "With a focus on Millennials and Gen Z": a generation is tens of
/// millions of people of an age, capitalised like a place but narrowing
/// nothing. `from` is the text from where the qualifier starts.
fn a_generation(from: &str) -> bool {
    static GENERATION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:with (?:an? )?(?:[\w-]+ )?(?:focus|emphasis) )?(?:on|among|for|to) (?:the )?(?:young )?(?:millennials?|gen[- ]?(?:z|y|x|alpha)|generation (?:z|y|x|alpha)|zoomers?|(?:baby )?boomers?)\b",
        )
    });
    GENERATION.is_match(from)
}

/// "People who like Italy", "fans who love Japan": a named place after what
/// people like is a taste, which anyone may have; "who island-hop the
/// Cyclades" is what they do, and narrows them.
fn a_taste(qualifier: &str) -> bool {
    static LIKES: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^who (?:[\w'’-]+ )?(?:like|likes|love|loves|enjoy|enjoys|want|wants|prefer|prefers|adore|adores|dream|dreams|are into|is into|care about|cares about)\b",
        )
    });
    LIKES.is_match(qualifier)
}

/// "The craftsmen who work in them": a place that is a pronoun points back
/// at the category already named, and narrows nothing.
fn a_pronoun_place(from: &str) -> bool {
    static PRONOUN_PLACE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:in|at|for|inside|within) (?:them|it|those|these)\b"));
    PRONOUN_PLACE.is_match(from)
}

/// "Sports clubs and the people who run them": a clause that points back at
/// the category with a pronoun names a role within it, not a narrower group.
fn points_back(clause: &str) -> bool {
    static POINTS_BACK: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s*(?:who|that) (?:[\w-]+ ){1,2}(?:them|it|there)\W*$"));
    POINTS_BACK.is_match(clause)
}

/// The marks that end a segment's noun phrase ("Dog owners!", "Vets, and
/// …", "Bakers (the small ones)"): one list for every reader of the phrase,
/// so they cannot drift apart. The last, a line break, ends it too, except
/// in [`trades`], which reads the head on across a line break.
const PHRASE_END: &[char] = &[',', '.', ':', ';', '(', '!', '?', '\n'];

/// True when the head noun of the summary sentence is a broad population.
fn broad_head(head: &Sentence<'_>) -> bool {
    let end = head.clean.find(PHRASE_END).unwrap_or(head.clean.len());
    let phrase = &head.clean[frame_end(&head.clean).min(end)..end];
    // The head noun is the last word before the first preposition or clause word.
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // "Families looking for a holiday": the head is the plural before the
    // participle.
    let cut = (0..words.len())
        .position(|i| opens_qualifier(words[i]) || seeking_after_plural(&words, i))
        .unwrap_or(words.len());
    without_hedge(&words[..cut])
        .last()
        .is_some_and(|w| broad_noun(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// A noun phrase without the shrug that trails it: in "fishermen
/// basically", "young people i guess" or "parents really" the hedge
/// narrows nothing, so the head noun is the word before it ("fishermen"),
/// and a bare category stays the rubric's broad category.
fn without_hedge<'p, 'w>(words: &'p [&'w str]) -> &'p [&'w str] {
    let mut end = words.len();
    loop {
        let last = end.checked_sub(1).map(|i| bare_word(words[i]));
        let before = end.checked_sub(2).map(|i| bare_word(words[i]));
        end -= match (before.as_deref(), last.as_deref()) {
            (Some("i"), Some("guess" | "think" | "suppose" | "reckon")) => 2,
            (
                _,
                Some(
                    "basically" | "really" | "mostly" | "mainly" | "probably" | "honestly" | "tbh"
                    | "lol",
                ),
            ) => 1,
            _ => return &words[..end],
        };
    }
}

/// A broad population noun, singular or plural ("manager", "managers").
fn broad_noun(word: &str) -> bool {
    BROAD_HEAD.is_match(word) || BROAD_HEAD.is_match(&format!("{word}s"))
}

/// Where the segment starts after a framing clause: in "The customer is
/// the practice manager", "Our buyers are vets" or "Windfall is for the
/// growers in …" the segment is what follows the verb, and "customer is"
/// must not read as a modifier.
fn frame_end(clean: &str) -> usize {
    static FRAME: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:(?:the|our|my|a|an|its|their) )?(?:(?:main|primary|first|target|intended|ideal|real|paying) )?(?:customers?|buyers?|users?|clients?|audience|segment|market|persona) (?:is|are|will be|would be)\s+|^\W*(?:[\w-]+ ){0,3}?[\w-]*(?: is| are|'s|’s) (?:(?:built|made|meant|designed|intended|aimed) )?(?:for|at)\s+|^\W*(?:we|i)(?: are| am|'re|’re)? (?:building|making|designing) (?:this|it) for\s+",
        )
    });
    FRAME.find(clean).map_or(0, |m| m.end())
}

/// A word that ends the head noun phrase of a segment and opens what
/// qualifies it: a relative pronoun or a preposition ("nurses *who*…",
/// "dentists *in* Leeds"). The head noun is the word just before it.
fn opens_qualifier(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "who"
            | "that"
            | "which"
            | "in"
            | "at"
            | "on"
            | "with"
            | "across"
            | "from"
            | "of"
            | "near"
            | "using"
            | "whose"
    )
}

/// Modifiers that narrow nothing ("small", "local", "busy"), a whole
/// nation among them ("UK homeowners" are every homeowner in the country),
/// and a count ("two sides of the same coin" counts, and chooses nobody).
static EMPTY_MODIFIER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:small|smaller|large|big|local|busy|modern|young|old|older|new|all|most|many|every|each|any|some|various|regular|everyday|ordinary|normal|typical|average|online|digital|smart|global|international|the|a|an|our|their|and|or|of|medium|mid-sized|sized|business|company|home|general|uk|us|usa|british|american|european|eu|nationwide|worldwide|two|three|four|five|both|several|few)$",
    )
});

/// The author saying the customer is not narrowed ("not narrowed it further
/// yet", "rather not narrow it down").
static NOT_NARROWED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:not|never|n't|nor) (?:yet )?narrow(?:ed|ing)? (?:it |this |that |them |things |the (?:[\w-]+ )?(?:segment|audience|customers?|market|group|target) )?(?:down|further|any further|yet)\b",
    )
});

/// Things nearly every household owns: "dog owners", "car owners",
/// "watch owners", "home owners" and "property owners" are a broad
/// category, unlike "laundromat owners".
static CONSUMER_GOODS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:dog|cat|pet|home|house|car|vehicle|phone|smartphone|iphone|android|bike|bicycle|tv|computer|laptop|garden|horse|property|properties|clock|jewellery|jewelry)s?|watch(?:es)?)$",
    )
});

/// The trades a noun phrase names, if its head is specific and a modifier
/// narrows it.
fn trades(head: &Sentence<'_>) -> Option<Trades> {
    let phrase_end = head
        .clean
        .find(&PHRASE_END[..PHRASE_END.len() - 1])
        .unwrap_or(head.clean.len());
    let phrase = &head.clean[frame_end(&head.clean).min(phrase_end)..phrase_end];
    // Only the noun phrase itself: in "People who like plants" the head is
    // "People", and the clause after it is not a modifier.
    let all: Vec<&str> = phrase.split_whitespace().collect();
    // "Families looking for a holiday": the phrase ends at the participle,
    // so its head is "Families", not "holiday".
    let phrase_words = (0..all.len())
        .position(|i| seeking_after_plural(&all, i))
        .unwrap_or(all.len());
    let words: Vec<&str> = all[..phrase_words]
        .iter()
        .copied()
        .take_while(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "who"
                    | "that"
                    | "which"
                    | "whose"
                    | "where"
                    | "when"
                    | "in"
                    | "with"
                    | "at"
                    | "of"
                    | "on"
                    | "from"
                    | "near"
                    | "across"
            ) && !is_verb(w)
        })
        .collect();
    let (last, modifiers) = without_hedge(&words).split_last()?;
    let narrowing = modifiers
        .iter()
        .filter(|w| !EMPTY_MODIFIER.is_match(w))
        .count();
    // "Tree surgeons, landscapers, gardeners, …": a comma that goes on to
    // more short names is a list too, however the first one reads.
    static LIST_GOES_ON: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s*,\s*[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|\band\b|\bor\b|&)"));
    let comma_list = LIST_GOES_ON.is_match(&head.clean[phrase_end..]);
    let listed = comma_list
        || modifiers
            .iter()
            .any(|w| matches!(w.to_lowercase().as_str(), "and" | "or" | "&" | "plus"));
    // "Property owners" alone are the broad category; "telecom companies and
    // property owners" are still a list of the categories named.
    let head_is_owner = (last.eq_ignore_ascii_case("owners")
        || last.eq_ignore_ascii_case("operators"))
        && (listed || !modifiers.last().is_some_and(|m| CONSUMER_GOODS.is_match(m)));
    let specific = !broad_noun(last) || (head_is_owner && narrowing >= 1);
    (narrowing >= 1 && specific && words.len() <= 6).then_some(Trades {
        range: 0..phrase_end,
        listed,
    })
}

/// A noun phrase that names trades: one ("wedding photographers") or a list
/// of them ("boatyards and boat owners").
struct Trades {
    range: std::ops::Range<usize>,
    /// Several trades joined by "and" or "or".
    listed: bool,
}

/// A noun phrase whose head is specific and whose modifier narrows it:
/// "wedding photographers", "laundromat owners", "underground mines". A
/// list of trades ("Takeaways and chip shops.", "Boatyards and boat
/// owners.") is several categories, none of them narrowed: broad.
fn compound(head: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    trades(head).filter(|t| !t.listed).map(|t| t.range)
}

/// "Owners of wood-fired lake saunas", "secretaries of amateur football
/// leagues": a role, then "of" and a kind of thing named in two words or
/// more, is the compound turned round ("amateur football league
/// secretaries"). One plain word ("owners of cars") narrows nothing much,
/// and nor do words that narrow nothing ("owners of small businesses").
fn owners_of_a_kind(head: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static ROLE_OF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:the )?(?:[a-z-]+(?:ers?|ors?|ists?|ians?|ants?|ents?)|secretar(?:y|ies)|chairs?|captains?|wardens?|clerks?|heads?) of ((?:[\w'’-]+ ){1,3})[\w'’-]+s\b",
        )
    });
    let found = ROLE_OF.captures(&head.clean)?;
    let kind = found.get(1)?.as_str();
    kind.split_whitespace()
        .any(|w| !EMPTY_MODIFIER.is_match(w))
        .then(|| found.get(0).map(|m| m.range()))
        .flatten()
}

/// "Venues and promoters. Anyone who runs a night…": a list of trades is a
/// category, however widely the section then casts its net.
fn lists_trades(head: &Sentence<'_>) -> bool {
    // "A rehearsal and performance room" lists what a product is, not trades.
    names_people(head) && trades(head).is_some_and(|t| t.listed)
}

/// The common verbs that end a noun phrase: in "Every bride needs
/// alterations" the phrase is "Every bride", not the whole sentence.
fn is_verb(word: &str) -> bool {
    matches!(
        word.to_lowercase()
            .trim_matches(|c: char| !c.is_alphanumeric()),
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "need"
            | "needs"
            | "want"
            | "wants"
            | "love"
            | "loves"
            | "like"
            | "likes"
            | "get"
            | "gets"
            | "use"
            | "uses"
            | "do"
            | "does"
            | "can"
            | "will"
            | "would"
            | "should"
            | "must"
            | "deserve"
            | "deserves"
            | "hate"
            | "hates"
    )
}

/// A list number or a bold label ("1.", "**Segment.**") is not the segment.
fn is_label(raw: &str) -> bool {
    let mut t = raw.trim();
    if crate::model::text::starts_list_item(t) {
        // "1. **Segment.**": the label after the item's number.
        t = t
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '*' | '+'))
            .trim_start_matches(['.', ')'])
            .trim_start();
    }
    let bare: String = t
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '.' | ':' | '#'))
        .collect();
    let bare = bare.trim();
    bare.chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace())
        || (t.starts_with("**") && bare.split_whitespace().count() <= 3)
}

#[cfg(test)]
mod label_tests {
    use super::*;
    use crate::model::parse_str;

    #[test]
    fn numbered_bold_labels_are_not_the_segment() {
        let text = "# X\n\nA tool.\n\n## Customer\n1. **Segment.** Volunteer organisers of reading groups in Leeds.\n2. **Size.** 400 groups.\n";
        let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
        let sentences = super::super::signals::section(&idea, Step::Customer);
        let raws: Vec<&str> = sentences.iter().map(|s| s.raw).collect();
        let head = sentences.iter().find(|s| !is_label(s.raw)).map(|s| s.raw);
        assert_eq!(
            head,
            Some("Volunteer organisers of reading groups in Leeds."),
            "{raws:?}"
        );
    }
}
