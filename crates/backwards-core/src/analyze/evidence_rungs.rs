//! Structural rungs of the evidence ladder that no phrase list can hold.
//!
//! The evidence analyzer's first reading looks for the named forms of
//! evidence (interviews, surveys, sign-ups, deposits). People also write
//! evidence as plain observations: a controlled test ("expired 7% of the
//! time, against 19%"), a before/after rate ("rose from 27% to 71%"), a
//! concierge run ("we did it by hand for 3 carriers"), customers who keep
//! coming back ("all three now use the beta every week"), or the team's own
//! records ("our booking records show 212 cancelled visits"). Each is asked
//! here as a question about the sentence's shape: a comparison between two
//! numbers, a test word with a count, a continuing-use verb, a record noun
//! with a count.
//!
//! And when nothing is recognised at all, the sentence is not "belief": a
//! fact with a count is weak data (3), a plain observation is an anecdote
//! (2). Belief, compliments and promises are filtered out before that, so
//! they stay low however many numbers they carry.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::signals::{self, NUM, Sentence, hypothetical, negated, quoted, re};

/// Customers who keep using or paying, said in the present or present
/// perfect: retention, the strongest thing a prototype can show.
static CONTINUED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:still|continue[sd]?(?: to)?|continuing|kept|keep|keeps) (?:use|uses|using|book|books|booking|order|orders|ordering|pay|pays|paying|run|runs|running|open|opens|opening|send|sends|sending|log|logs|logging)\b|\bnow (?:use|uses|run|runs|open|opens|book|books|order|orders|rely on|relies on|send|sends|log|logs|pay|pays)\b[^.;]{{0,50}}\b(?:every|each|daily|weekly|a day|a week|a month)\b|\b(?:have|has) (?:\w+ )?(?:booked|ordered|used|paid|re-?ordered|come back|returned|logged in)\b[^.;]{{0,50}}\b(?:(?:every|each) (?:day|week|fortnight|month|shift) since|ever since|since (?:then|the (?:trial|pilot|test|beta)))\b|\b{NUM} (?:[\w-]+ ){{0,3}}?(?:pay|pays) (?:a|an|us|me|for|[$€£]|monthly|weekly|every|each)\b|\b{NUM}(?: ?%)? of (?:them|those|these|the [\w-]+|[\w-]+s) [^.;]{{0,40}}?\b(?:again|the next (?:week|weekend|month|time|season)|a second time)\b|\b(?:log|logs) (?:in|on) (?:\w+ )?(?:weekly|daily|every (?:day|week|weekday|morning|shift))\b|\b(?:version|prototype|pilot|beta|mvp|spreadsheet) (?:[\w-]+ ){{0,2}}for {NUM} (?:[\w-]+ ){{0,3}}?(?:for|over) (?:{NUM}|several|many) (?:months|years|seasons)\b|\b(?:median|average|mean) (?:of )?\d[\d.]* (?:sessions|logins|log-ins|visits|uses) (?:a|per) (?:day|week|site|user)\b|\b(?:used|booked|ordered|logged|opened|paid)\b[^.;]{{0,50}}\b(?:{NUM}|several|many) (?:days|weeks|months|seasons|shifts|terms) (?:running|in a row|on the trot|straight)\b|\bevery (?:day|week|month|shift|night) for {NUM} (?:days|weeks|months|seasons)\b|\b{NUM} (?:[\w-]+ )?(?:ordered|booked|bought|used it|came) (?:again )?every (?:day|week|fortnight|month|shift) (?:after|since|from)\b|\b{NUM} (?:[\w-]+ ){{0,2}}?(?:booked|ordered|bought|rented|hired|re-?booked|re-?ordered|came back|returned) (?:again|twice|a second time)\b|\b\d+ (?:of (?:them|the \d+) )?(?:are|were) still (?:active|using|scanning|logging|booking|ordering|paying|entering|checking|recording|renting|hiring|buying|subscribing|attending)\b|\bstill active (?:in|at|after) (?:week|month|day) \d+\b|\b(?:every|each) (?:[\w-]+ )?[\w-]+ (?:after|since) (?:their|the|its|his|her) first\b|\b(?:have|has) (?:\w+ ){{0,2}}?(?:logged|used|booked|ordered|scanned|recorded|entered|opened|checked in)\b[^.;]{{0,60}}\bfor the (?:past|last) {NUM} (?:weeks|months|seasons)\b|\bstopped (?:keeping|using|filling in|printing|writing up|carrying) (?:the |their |his |her )?(?:paper|old|printed|spreadsheets?|whiteboards?|notebooks?|books?|logbooks?)\b|\b\d[\d.]* ?% (?:at|after) \d+ (?:weeks|months)\b"
    ))
});

/// What follows "still use" when it is today's workaround, not our product.
static WORKAROUND_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:(?:in|on|with|by|through|via|over) )?(?:the |a |their |his |her |an )?(?:old |paper|spreadsheets?|excel|e-?mails?|phones?|whatsapp|pens?|notebooks?|fax|clipboards?|printed|a competitor|another)",
    )
});

/// The writer in the first person: "we", "I", "our", "me"… A finding told
/// so is the team's own; one told by nobody is the world's.
pub(crate) static FIRST_PERSON: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:i|we|me|us|my|our)\b"));

/// A count that moved, or two rates compared: the shape of a test result.
static RATE_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:rose|fell|dropped|grew|climbed|jumped|went (?:up|down)|went|moved|increased|decreased|improved|shrank|(?:was|were) cut|came down|halved|doubled|tripled|down|up)\b[^.;]{{0,40}}?\bfrom {NUM} ?%?[^.;]{{0,50}}?\bto {NUM}|{NUM} ?%[^.;]{{0,80}}?\b(?:against|versus|vs\.?|compared (?:with|to))\b[^.;]{{0,20}}?{NUM} ?%"
    ))
});

/// A test run with real customers: a trial, a concierge run, a prototype,
/// or one named as the label of what it found ("Manual test (a form and a
/// voice memo): 3 tuners, 40 new clients").
static EXPERIMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:we ran|we (?:put|installed|placed|set up|deployed|gave out|handed out|lent|loaned)|ran (?:it|a|an|the|this)\b|(?:tested|trialled|trialed|piloted|tried) (?:it|the|this|a|an|with)\b|(?:a|an|the|our) (?:[\w-]+ )?(?:[\w-]+ )?(?:test|trial|pilot|experiment|beta|field test)s?\b|on (?:a|the) trial|concierge|hand-run|used (?:a|an|the|our) (?:[\w-]+ ){0,2}(?:version|prototype|mock-?up)|(?:did|done|ran|run|made|\w+ed) (?:[\w'’-]+ ){0,5}?by hand|wizard[- ]of[- ]oz|a/b)|^\W*(?:[\w-]+ ){0,2}(?:tests?|trials?|pilots?|experiments?)\s*(?:\([^)]*\)\s*)?[:—–]",
    )
});

/// The team's own records: data about this customer, counted.
static RECORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:data|records?|reports|logs?|figures|statistics|stats|exports?|database|register|spreadsheet of|history|(?:our|the) (?:[\w-]+ ){0,2}(?:team|desk|office|staff) (?:handled|processed|received|logged|answered|took|fielded))\b",
    )
});

/// One person's story, however many numbers it carries.
static ANECDOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:one|a single|an?) (?:[\w-]+ ){1,2}?(?:with|who|from|at|in|on|told|said|called|played|tried|wrote)\b|\b(?:told (?:me|us)\b|i (?:have )?heard|we (?:have )?heard|stor(?:y|ies)|one of (?:my|our|the)\b|a friend|a colleague|my (?:\w+ )?(?:sister|brother|wife|husband|neighbours?|mum|mom|dad|friends?|uncle|aunt|auntie|cousin|father|mother|son|daughter|grand(?:dad|pa|father|ma|mother|son|daughter)|nan|partner|boss|flatmate))\b",
    )
});

/// Sweeping words: a claim about everybody is conviction, not a story.
static SWEEPING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:everyone|everybody|all of them|nobody|no one|always|never|every single)\b")
});

/// A sentence whose subject is the team.
static TEAM_ONLY: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*(?:we|i|our|my)\b"));

/// Other people in the sentence: what they said or did.
static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:said|says|told|asked|replied|answered|they|them|he|she|him|her|customers?|users?|people|clients?|parents|farmers|owners|managers|staff)\b",
    )
});

/// People doing something countable: "85 families took 310 items", "41
/// shops sent 900 parcels". Two counts around a past-tense verb.
static COUNTED_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b{NUM} (?:[\w'’-]+ ){{0,3}}?(?:\w+ed|took|sent|gave|bought|made|brought|came|ran|got|left|picked up|swapped|wrote|read|drove|rode|ate|sold) (?:[\w'’-]+ ){{0,3}}?\d[\d,]*\b"
    ))
});

/// "Across 312 games in our four rooms, 41% of all hints were given in two
/// puzzles": a share worked out over a counted run of the team's own
/// bookings, games or orders is analytics, behaviour measured (rung 4),
/// not a fact about the world.
pub(crate) fn own_analytics(s: &Sentence<'_>) -> Option<Range<usize>> {
    static OWN_LOGS: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"\b(?:across|over|from|of|in) {NUM} (?:[\w'’-]+ ){{0,2}}?(?:games|sessions|bookings|orders|visits|jobs|lessons|rides|appointments|shifts|calls|tickets|transactions|rounds|parties|classes|deliveries|rentals|hires|matches|events) (?:[\w'’-]+ ){{0,2}}?(?:in|at|on|from|through|across|of|with|for) (?:our|my)\b[^.;]*?\b\d[\d.]* ?%"
        ))
    });
    factual(s, &OWN_LOGS)
}

/// Counted action with customers: rung 4.
pub(crate) fn counted_action(s: &Sentence<'_>) -> Option<Range<usize>> {
    // "3 of them sent us their visitor logs" shares data about the problem:
    // relevant data, not behaviour towards the product.
    static SHARED_DATA: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:sent|shared|gave|emailed|forwarded)(?: us)? (?:their|the|some|(?:\d+|[a-z]+) (?:months?|years?|weeks?) of) (?:[\w-]+ ){0,3}(?:logs?|data|records?|files?|exports?|spreadsheets?|numbers|figures|invoices|statements)\b",
        )
    });
    // "41 of the 70 objections received between 2021 and 2025": the second
    // number is a year, not a count of what was done.
    static YEAR_AT_END: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:in|between|since|from|during|by|until|of|and) (?:19|20)\d\d$"));
    // "One of our volunteers followed a 24-year-old pony": one actor is a
    // story, and a number joined to the next word ("24-year-old",
    // "3-bed") measures a thing rather than counting what was done.
    static ONE_ACTOR: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:one|1|a single) of\b"));
    // "Over the last two months I asked 14 people", "over two Saturdays we
    // talked to 14": the first number is how long, not how many did
    // something.
    static SPAN_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\S+ (?:hours?|days?|weeks?|months?|years?|weekends?|evenings?|mornings?|afternoons?|nights?|seasons?|summers?|winters?|(?:mon|tues|wednes|thurs|fri|satur|sun)days|market days|shifts)\b",
        )
    });
    factual(s, &COUNTED_ACTION)
        .filter(|r| !YEAR_AT_END.is_match(&s.clean[r.clone()]))
        .filter(|r| !SPAN_FIRST.is_match(&s.clean[r.clone()]))
        .filter(|r| {
            !ONE_ACTOR.is_match(&s.clean[r.clone()]) && !joined_to_a_measure(&s.clean[r.end..])
        })
        .or_else(|| share_that_acted(s))
        .filter(|_| {
            !s.has(&POPULATION) && !talk_only(s) && !s.has(&SHARED_DATA) && !our_own_past(s)
        })
}

/// "A 24-year-old pony", "a 4.6-star rating": the rest of a number (its
/// decimals too) joined to the next word by a hyphen measures a thing
/// rather than counting what was done.
fn joined_to_a_measure(after_digits: &str) -> bool {
    after_digits
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
        .starts_with('-')
}

/// "17 of the 23 teachers (74%) entered their whole classroom": a counted
/// share of a counted group, and what that share did. Verbs of talk and
/// feeling ("agreed", "wanted", "complained") are what people said, not
/// what they did.
fn share_that_acted(s: &Sentence<'_>) -> Option<Range<usize>> {
    static SHARE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"\b{NUM} (?:out )?of (?:the |our |those |these |them |all )?(?:{NUM} )?(?:[\w'’-]+ ){{0,3}}?(?:\([^()]{{1,30}}\) )?(?:had |have |has |then |also |already )?(\w+ed|took|sent|gave|bought|made|brought|came|ran|got|left|wrote|drove|rode|sold|kept|chose|paid|put|set up)\b"
        ))
    });
    const TALK: &[&str] = &[
        "said",
        "asked",
        "agreed",
        "answered",
        "complained",
        "mentioned",
        "reported",
        "wanted",
        "liked",
        "loved",
        "preferred",
        "wished",
        "needed",
        "expected",
        "described",
        "worried",
        "stated",
        "claimed",
        "indicated",
        "suggested",
        "explained",
        "noted",
        "believed",
        "interviewed",
        "surveyed",
        "named",
        "rated",
        "ranked",
        "scored",
        "interested",
        "excited",
        "concerned",
        "confirmed",
        "estimated",
        "guessed",
        "received",
        "affected",
        "called",
        "visited",
        "located",
        "based",
        "registered",
    ];
    // Only in answer to something the team put in front of them: a share
    // of interviewees who once did something is what the interviews found.
    static OUR_TEST: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:prototypes?|mock-?ups?|trials?|pilots?|beta|try (?:it|them|the)\b|tried (?:it|them|the)\b|test (?:version|page|run|form)|dummy|demo)\b",
        )
    });
    // (Talk about the trial, "we interviewed…", is filtered out by the
    // caller, as for every counted action.)
    if !s.has(&OUR_TEST) {
        return None;
    }
    // "4 of the 4 restorers I showed the mock-up to said…": a verb after
    // "I" or "we" is the team's own move in a clause about the group; what
    // the group did is said later, and may be only talk.
    static OURS_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:i|we|you|they)\s+(?:have\s+|had\s+|then\s+|also\s+)?$"));
    SHARE.captures_iter(&s.clean).find_map(|c| {
        let verb = c.get(1)?;
        let m = c.get(0)?;
        let ours = OURS_BEFORE.is_match(&s.clean[m.start()..verb.start()]);
        (!TALK.contains(&verb.as_str().to_lowercase().as_str())
            && !ours
            && stated_as_fact(&s.clean, m.start()))
        .then(|| m.range())
    })
}

/// "Our founder managed a lodge for six years and ran dry 14 times": the
/// team's own history, counted, is a story, not what customers did.
fn our_own_past(s: &Sentence<'_>) -> bool {
    static PAST: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:(?:in|back in|until|from) (?:19|20)\d\d,? )?(?:our (?:founders?|co-?founders?|ceo|director)|my (?:[\w-]+ )?(?:partner|wife|husband|brother|sister|father|mother|family|uncle|aunt|grandfather|grandmother|grandparents|parents))\b(?: [\w'’-]+){0,2}? (?:managed|ran|worked|owned|spent|lived|used to|was|were|grew up|farmed|taught|drove|sold|made|kept|raised|bred|fished|baked)\b|^\W*i (?:managed|owned|worked|lived|grew up|used to)\b",
        )
    });
    s.has(&PAST)
}

/// The team describing itself: its size, experience or credentials.
static ABOUT_US: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:we|i|our (?:team|founders?|company|staff))\b[^.;]{0,30}\b(?:have|has|had|am|are|is|was|were|'ve|'m|been)\b[^.;]{0,40}\b(?:years?|founders?|engineers?|developers?|employees|staff|team|experience|degrees?|background|worked|working|run|ran|built|experts?)\b|\byears of experience\b|^\W*(?:we|i|our (?:[\w-]+ )?[\w-]+)\b[^.;]{0,30}\b(?:were|was|got|have been|has been|won|came)\b[^.;]{0,50}\b(?:finalists?|semi-?finalists?|shortlisted|winners?|awards?|prizes?|competitions?|contests?|accelerators?|incubators?|hackathons?|featured)\b",
    )
});

/// "Trust me, I have sold security kit for 15 years", "we've run yards for
/// over twenty years": the team's tenure, wherever the first person stands
/// in the sentence. The words between the subject and the years hold no
/// figure, so "we have met 20 owners over 3 years" is still a count.
static TENURE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:i|we)(?:'ve|’ve| have| had)(?: been)? (?:[a-z'’-]+ ){{1,5}}?(?:for|over|in) (?:over |more than |nearly |almost |about |around |the (?:last|past) )?{NUM}\+? years\b"
    ))
});

/// A reported event: a past-tense verb or a verb of witnessing.
static OBSERVED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:\w+ed|saw|seen|watched|noticed|met|told|said|says|asked|showed|shown|heard|went|came|made|took|gave|got|found|spent|lost|paid|sent|wrote|ran|tried|sold|bought|kept|left|brought)\b",
    )
});

/// The size of a population or a market, not what customers did; and what
/// an adviser says about the market ("our agency says apps lift visits").
/// True when the words at `at` are part of a population the sentence
/// describes ("Lake Ohrid receives over 300,000 visitors every summer"),
/// not people who came to us.
pub(crate) fn in_population(s: &Sentence<'_>, at: &Range<usize>) -> bool {
    // "There are about 4,200 producers registered with the board": a count
    // that "there are" introduces is how many exist, not how many came.
    static THERE_ARE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\bthere (?:are|is|were|was)(?: (?:approximately|about|around|roughly|some|over|nearly|almost|more than|an estimated|only|just|at least))? ?$",
        )
    });
    THERE_ARE.is_match(&s.clean[..at.start])
        || POPULATION
            .find_iter(&s.clean)
            .any(|m| m.start() < at.end && at.start < m.end())
}

static POPULATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bthere(?:'s| are| is| were)\b|\b(?:attract|attracts|attracted|draw|draws|drew|welcome|welcomes|welcomed|receive|receives|received) (?:over |about |around |roughly |some |nearly |more than |almost |an estimated )?\d[\d,.]*k? (?:[\w-]+ )?(?:visitors|spectators|tourists|fans|guests|pilgrims|people)\b|\b(?:had|has|have|counted) (?:around|about|roughly|some|over|nearly|only) \d[\d,.]* (?:[\w-]+ ){0,2}(?:firms|companies|businesses|\w*farms|shops|producers|growers|operators|\w*mills|yards|workshops|factories)\b|\b(?:threads?|posts?) (?:[\w-]+ ){0,2}with \d[\d,]* (?:replies|comments|upvotes|likes)\b|\b(?:the )?(?:uk|us|usa|eu|world|country|city|region|province|county|state|island|nation) (?:has|had|counts|is home to) (?:an estimated |about |around |roughly |some |over |nearly |almost |more than )?\d|\bemploys? (?:an estimated |about |around |roughly |some |over |nearly |more than )?\d|\b\d[\d,.]*k? (?:[\w'’-]+ ){0,2}(?:tourists|visitors|residents|inhabitants|pilgrims|travellers|travelers|passengers) (?:visit|live|come|travel|arrive|pass)\b|\bsectors?\b|\bworth (?:billions|millions|trillions)\b|\b(?:agency|consultants?|consultancy|advisers?|advisors?|experts?|investors?|mentors?) (?:says?|said|thinks?|believes?|tells? us|told us)\b|\b\d[\d,.]*k? (?:[\w'’-]+ ){0,3}(?:in|across) (?:the )?(?:uk|england|scotland|wales|britain|ireland|usa|europe|eu|world|nation)\b|\b(?:a|per) (?:year|month) for us\b|\b\d[\d.,]* ?% of (?:[\w'’-]+ ){0,2}(?:sales|spend|spending|market|revenue|turnover)\b|\b\d[\d.,]* ?(?:million|billion|bn|trillion)\b|\bmarket\b|\bindustry\b|\bcopies\b|\b(?:competitors?|rivals?|incumbents?)\b|\b(?:followers|likes|views|impressions|retweets|reposts|shares|hearts|reactions)\b|\bincreasingly\b|\b\d[\d.,]* ?% of (?:all |the )?(?:over-\d+s|under-\d+s|adults|people|households|consumers|the population|internet users|smartphone users|the public)\b|\b\d[\d.,]* ?% of (?:[\w'’-]+ ){1,3}?(?:globally|worldwide|world-?wide|around the world|across the (?:globe|world)|nationwide)\b",
    )
});

/// A share of a whole public doing something ("58% of Danish adults now
/// stream radio daily", "73% of millennials prefer digital"): how a country
/// or a generation behaves sizes the market, and the idea's
/// customers are not yet in it. A share of the pilot's households, or a
/// sentence about our own trial, is ours and stays.
fn a_public_habit(s: &Sentence<'_>) -> bool {
    static PUBLIC_SHARE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b\d[\d.,]* ?% of (?:all |the )?(?:[\w-]+ )?(?:over-\d+s|under-\d+s|adults|people|households|consumers|population|internet users|smartphone users|public|britons|americans|europeans|millennials|gen[- ]?[xyz]s?|generation [xyz]|zoomers|(?:baby )?boomers|teenagers|teens)\b",
        )
    });
    static OURS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:we|our|us|it|them|again|re-?order\w*|re-?book\w*|pilot|trial|beta|prototype|test|tested|signed up|sign-ups|subscribers|customers|members|waitlist)\b",
        )
    });
    s.has(&PUBLIC_SHARE) && !s.has(&OURS)
}

/// Money paid for the problem (a penalty, a fee, a rival's price), which
/// measures the pain, not a commitment to this product.
static PROBLEM_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[^.;]{0,40}?\b(?:penalt(?:y|ies)|fines?|fees?|surcharges?|interest|overtime|towing|demurrage|detention|ransom|repairs?|out of (?:(?:their|his|her|my|our) own )?pockets?|at least once|to (?:a|an|another|other|their|the old) )",
    )
});

/// "Had paid a penalty", "paid £9 a parcel to a national courier": the
/// payment was for the problem or to someone else.
pub(crate) fn paid_for_problem(clean: &str, paid: Range<usize>) -> bool {
    let before = clean[..paid.start].trim_end().to_lowercase();
    // "We paid 40 testers £10 each": the team's money, not the customer's.
    let ours = ["we", "i", "we have", "we've", "we had", "i have", "i've"]
        .iter()
        .any(|w| signals::ends_with_word(&before, w));
    let after = &clean[paid.end..];
    // "Had paid" may sit inside the match or before it.
    before.ends_with("had")
        || clean[paid.clone()].to_ascii_lowercase().starts_with("had ")
        || ours
        || (PROBLEM_PAYMENT.is_match(after) && !OUR_PRICE.is_match(after))
}

/// "Paid the £6 per seat fee", "paid the monthly fee": a fee charged per
/// unit or per period is a price, the product's own, not a penalty; so is
/// paying for the next period of the service ("paid for the wet season out
/// of their fees"); and so is a fee paid in advance ("paid the £20 fee up
/// front"), for a service still to come.
static OUR_PRICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[^.;]{0,60}?\b(?:in advance|up ?front|up-front|ahead of time)\b|^\s*for (?:the|next|another|a second|a further|their next|the next) (?:[\w-]+ ){0,2}?(?:season|term|year|month|quarter|semester|round|cycle|harvest|run)\b|^[^.;]{0,40}?\b(?:per[- ][\w-]+ fees?|(?:monthly|annual|yearly|weekly|termly|setup|set-up|membership|subscription|licen[cs]e|booking|season|seasonal|pilot|trial|joining) fees?)\b",
    )
});

/// Whether a compliment at `r` is the author's own conviction rather than
/// something customers said: a belief word in the same clause ("I think
/// they'd love it"), or a prediction with nobody quoted ("Gamers are going
/// to love it"). A belief in another clause ("The coordinator is
/// convinced, and the volunteers said it sounded lovely") leaves the
/// compliment standing.
pub(crate) fn believed(s: &Sentence<'_>, r: Range<usize>, belief: &Regex) -> bool {
    static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:said|says|say|told|tell|wrote|replied|answered|called it|described)\b")
    });
    let clause_start = s.clean[..r.start]
        .rfind([',', ';', ':'])
        .map_or(0, |i| i + 1);
    let clause_end = s.clean[r.end..]
        .find([',', ';', ':'])
        .map_or(s.clean.len(), |i| r.end + i);
    let clause = &s.clean[clause_start..clause_end];
    // "Everybody loves it", "people obviously love it": praise nobody gave,
    // said of the whole world, is the writer's belief.
    static GENERIC_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:everybody|everyone|people|all (?:[\w-]+ )?(?:people|ages))(?: [\w'’-]+){0,4} ?$")
    });
    // Praise someone was shown or told about is a compliment, whoever gave it.
    static ASKED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:said|says|told|wrote|replied|answered|mentioned|showed|shown|asked|demoed|heard|reviews?)\b",
        )
    });
    // "People at the Saturday market love it", "people who tried a bar":
    // the people the writer met somewhere, not the whole world ("everyone
    // who sees it loves it" still is).
    static MET: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:at|who) "));
    let before = &s.clean[clause_start..r.start];
    let generic = GENERIC_SUBJECT.find(before).is_some_and(|m| {
        let first_word_end = m.as_str().find(' ').unwrap_or(m.len());
        let people = m.as_str()[..first_word_end].eq_ignore_ascii_case("people");
        !(people && MET.is_match(&before[m.start() + first_word_end..]))
    });
    // "I have done the ceremony at four events …, and people loved it",
    // "we discussed it at two committee meetings and everybody was very
    // enthusiastic": the people were there when the writer did something
    // with them, so their praise is an anecdote, whatever comma comes
    // between.
    static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:i|we)(?: have| had|'ve|’ve)? (?:done|did|ran|run|held|hosted|discussed|brought|took|sold|presented|served|cooked|played|tested|trialled|tried|gave|handed out|set up|put on|showed|shown|demoed|demonstrated)\b",
        )
    });
    belief.is_match(clause)
        || (hypothetical(&s.clean, r.start) && !REPORTED.is_match(&s.clean[..r.start]))
        || (generic && !ASKED.is_match(clause) && !OCCASION.is_match(&s.clean[..r.start]))
}

/// The first match of `re` that is a fact, not negated, quoted or promised.
fn factual(s: &Sentence<'_>, re: &Regex) -> Option<Range<usize>> {
    re.find_iter(&s.clean)
        .map(|m| m.range())
        .find(|r| stated_as_fact(&s.clean, r.start))
}

/// Whether the words at `start` are stated as fact: not negated, quoted
/// or promised.
fn stated_as_fact(clean: &str, start: usize) -> bool {
    !negated(clean, start) && !quoted(clean, start) && !hypothetical(clean, start)
}

/// A funnel that keeps people: a count of customers who started, then a
/// smaller count of them who stayed, in one sentence ("146 joined, 118
/// still on after 6 weeks"; "46 came at least once, 29 came four or more
/// times"). Rung 5, "real usage and retention of a prototype", read from
/// its shape (two counts, the second smaller and marked as staying)
/// rather than from a list of the ways people say it.
pub(crate) fn retained_funnel(s: &Sentence<'_>) -> Option<Range<usize>> {
    // What follows the second count: those people staying, coming back or
    // using it again and again.
    static STAYING: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"^\s*(?:of (?:them|those|these|the {NUM}) )?(?:[\w'’-]+ ){{0,2}}?(?:(?:are|were|was|is) )?(?:still (?:on|active|in|there|subscribed|signed up|with us|use (?:it|them|the|our)|[a-z-]+ing)|(?:came|come|booked|ordered|bought|used it|visited|attended|logged in|returned) (?:(?:{NUM}|several|many) (?:or more )?times|again|back)|(?:stayed|remained|kept (?:going|coming|using|booking|ordering|paying))|active (?:after|at|in) (?:week|month|day)? ?{NUM})\b"
        ))
    });
    // "35 said they would come back": a promise, not a return.
    static SAID: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:said|say|says|told|tell|promised|promise|want|wanted|would|will|plan|planned|asked|hope|hoped|waiting|struggling|looking|thinking|deciding|considering)\b",
        )
    });
    let counts = people_counts(&s.clean);
    counts.iter().enumerate().find_map(|(i, (second, range))| {
        let started = counts[..i].iter().any(|(first, _)| first > second);
        let staying = STAYING
            .find(&s.clean[range.end..])
            .filter(|m| !SAID.is_match(m.as_str()))?;
        (started
            && !negated(&s.clean, range.start)
            && !quoted(&s.clean, range.start)
            && !hypothetical(&s.clean, range.start))
        .then(|| range.start..range.end + staying.end())
    })
}

/// The whole numbers of a sentence that count people or things, with
/// where they stand: not a year, a share, a sum of money, a time or part
/// of a larger figure ("3,000" is read whole; "1.5" is no count at all).
fn people_counts(clean: &str) -> Vec<(u64, Range<usize>)> {
    static COUNT: LazyLock<Regex> = LazyLock::new(|| re(r"\b\d[\d,]*(?:\.\d+)?\b"));
    static NOT_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:%|percent|per cent|x\b|am\b|pm\b|(?:hours?|minutes?|mins?|days?|weeks?|months?|years?|h)\b)",
        )
    });
    COUNT
        .find_iter(clean)
        .filter_map(|m| {
            let text = m.as_str().replace(',', "");
            let value: u64 = text.parse().ok()?;
            // "$40", "£9", the "5" of "1.5" or of "2-5": a sum or part of
            // another figure, not a head count.
            let before = clean[..m.start()].chars().next_back();
            let money_or_part =
                before.is_some_and(|c| c == '$' || c == '€' || c == '£' || c == '.' || c == '-');
            let year = text.len() == 4 && (1900..=2099).contains(&value);
            (!money_or_part && !year && !NOT_PEOPLE.is_match(&clean[m.end()..]))
                .then(|| (value, m.range()))
        })
        .collect()
}

/// Continued use or payment: rung 5.
pub(crate) fn continued(s: &Sentence<'_>) -> Option<Range<usize>> {
    // "5 said they pay for Excel add-ons": what they pay for today, as
    // they tell it, is the problem's cost, not a commitment to us.
    static SAID: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:said|say|says|told|claim|claimed|reported)\b"));
    static OURS_AFTER_FOR: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:it|this|us|our|the (?:pilot|beta|app|service|prototype|product|trial|tool|subscription|box|kit|plan))\b",
        )
    });
    static WOULD: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:would|'d|’d|theyd|might|could|may)\b"));
    // "We weighed the bins at 6 stables every day for 8 weeks": the team's
    // own measuring, however long it ran, is not customers coming back.
    static WE_MEASURED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:we|i)(?: (?:also|then|first|have|had|personally))?(?:'ve)? (?:weighed|counted|measured|logged|recorded|tracked|timed|watched|observed|checked|tallied|photographed|sampled)\b",
        )
    });
    // "3 pay a neighbour": money paid to someone else, where ours would be
    // a fee ("9 pay a monthly fee", "12 pay a £5 deposit").
    static OUR_FEE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:[\w-]+ )?(?:fee|deposit|subscription|monthly|weekly|yearly|annual|membership|premium|retainer|one-off|flat|small|token|booking|sign-?up|\d|\p{Sc})",
        )
    });
    if s.has(&WE_MEASURED) || a_public_habit(s) {
        return None;
    }
    factual(s, &CONTINUED).filter(|r| {
        let matched = &s.clean[r.clone()];
        let lower = matched.to_lowercase();
        let pays_for_other = lower.ends_with(" for") && !OURS_AFTER_FOR.is_match(&s.clean[r.end..]);
        let pays_someone = (lower.ends_with(" a") || lower.ends_with(" an"))
            && !OUR_FEE.is_match(&s.clean[r.end..]);
        !pays_someone
            && !WORKAROUND_OBJECT.is_match(&s.clean[r.end..])
            && !paid_for_problem(&s.clean, r.clone())
            && !pays_for_other
            // "11 said theyd pay a fiver": told, and would, inside the match.
            && !SAID.is_match(&s.clean[..r.end])
            && !WOULD.is_match(matched)
    })
}

/// A measured test: a before/after or a controlled comparison, or a trial
/// or concierge run with a count. Rung 4.
pub(crate) fn measured_test(s: &Sentence<'_>, counted: bool) -> Option<Range<usize>> {
    static VERB_NOT_NOUN: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:can|could|will|would|to|must|should|may|might|cannot)\b"));
    static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:plan|plans|planned|planning|next|upcoming|soon|will|would|going to|want to|hope to|intend|intends)\b",
        )
    });
    factual(s, &RATE_CHANGE)
        .filter(|r| !trend_across_years(s, r) && !records_compare(s))
        .or_else(|| {
            // An experiment needs a count: uncounted, it is not searched for.
            counted
                .then(|| factual(s, &EXPERIMENT))
                .flatten()
                .filter(|r| {
                    !s.matches_any(&PLANNED)
                        && !VERB_NOT_NOUN.is_match(&s.clean[r.clone()])
                        && !s.clean.to_lowercase().contains("paid pilot")
                        && !talk_only(s)
                        && !our_own_past(s)
                })
        })
}

/// "AI adoption among small firms rose from 9% in 2023 to 25% in 2025": a
/// rate moving from one calendar year to another, told by nobody in the
/// first person, is a trend in the market (desk research), not a test the
/// team ran with its customers.
fn trend_across_years(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:in|by|during) (?:19|20)\d\d\b"));
    YEAR.is_match(&s.clean[r.clone()]) && !s.has(&FIRST_PERSON)
}

/// "The county's returns for 2025 show the small clubs filled 52% of
/// fixtures, against 94% for the rest": two rates that someone else's
/// records set side by side, told by nobody in the first person, are data
/// about the problem (rung 3), not a test the team ran.
fn records_compare(s: &Sentence<'_>) -> bool {
    static RECORDS_SHOW: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:records?|returns|figures|statistics|stats|data|census|register|registers|accounts|logs|minutes)\b[^.;]{0,40}?\b(?:show|shows|showed|shown|suggest|suggests|indicate|indicates|reveal|reveals)\b",
        )
    });
    s.has(&RECORDS_SHOW) && !s.has(&FIRST_PERSON)
}

/// "Our test page reached 4,200 accounts", "the video got 12,000 views":
/// how many saw it, which is exposure, not anything they did about it; so
/// is what the team gave away ("I gave away 40 plants"): nobody chose to
/// pay for it. A
/// sentence that also counts an action ("… and 60 of them messaged to
/// order") is not only exposure.
pub(crate) fn only_exposure(s: &Sentence<'_>) -> bool {
    static EXPOSURE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:reached|reach|impressions|views|viewed|watched|followers|follows|likes|liked|hearts|shares|reposts|retweets|comments|gave away|give away|given away|handed out|hand out)\b",
        )
    });
    static ACTION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:signed|sign-?ups?|ordered|orders|bought|booked|bookings|paid|joined|clicked|clicks|messaged|enquir\w+|inquir\w+|requested|subscribed|downloaded|registered|reserved|pre-?ordered)\b",
        )
    });
    s.has(&EXPOSURE) && !s.has(&ACTION)
}

/// "We ran two focus groups", "we conducted structured interviews", "phoned
/// 31 owners", "in 2025 I talked with 9 owners" (the year is when, not a
/// count of deeds): talking to customers is an interview however it is run, not
/// a test of what they do, unless the same sentence also puts something in
/// their hands.
fn talk_only(s: &Sentence<'_>) -> bool {
    static TALK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:interviews?|interviewed|focus groups?|surveys?|surveyed|conversations?|workshops?|round ?tables?|calls? with|meetings? with|consultations? with|(?:talked|spoke|spoken|chatted) (?:to|with))\b|\b(?:phoned|rang|telephoned|called) (?:round |around |up )?(?:[\w-]+ )?\d",
        )
    });
    static HANDS_ON: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:prototype|mock-?up|trial|pilot|beta|concierge|by hand|tested|trialled|trialed|piloted|used|installed)\b",
        )
    });
    s.has(&TALK) && !s.has(&HANDS_ON)
}

/// The team's own records, with a count. Rung 3.
pub(crate) fn records(s: &Sentence<'_>, counted: bool) -> Option<Range<usize>> {
    // Uncounted, the answer is no whatever the patterns say: none is searched.
    counted
        .then(|| factual(s, &RECORDS))
        .flatten()
        .filter(|_| !s.has(&POPULATION))
}

/// Nothing recognised: what kind of plain statement is it? A counted fact
/// is weak data (3); a population or a story is rung 2; so is an
/// uncounted observation, unless the section argues from belief
/// (`believing`), where it is more of the same conviction. `None` when it
/// is a promise, a question, a negation or too short to be a statement.
pub(crate) fn fallback(
    s: &Sentence<'_>,
    counted: bool,
    believing: bool,
) -> Option<(u8, Range<usize>)> {
    static PROMISE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:would|will|'ll|'d|could|might|may|should|plan|plans|planning|hope|intend|going to|if|once (?:we|it|they|the|our)|next|soon|lined up|in talks|talking to|discussing|scheduled|pending|upcoming|(?:we|i) (?:expect|project|forecast|anticipate|predict|estimate|reckon)|projections?|forecasts?|by year (?:\d+|[a-z]+))\b|^\W*year \d+\s*:",
        )
    });
    static EMPTY: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\W*(?:none|nothing|no |not |n/a|tbd|todo|yet|early|we haven't|we have not|haven't)")
    });
    // "I haven't asked anyone", "we never tested it": the gathering named
    // is the gathering that did not happen, whatever follows it.
    static NOT_GATHERED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:i|we|so far (?:i|we)) (?:haven't|have not|hadn't|had not|didn't|did not|never|have never|have yet to|'ve not|’ve not)(?: yet| really| actually)? (?:asked|spoken|talked|tested|tried|surveyed|interviewed|checked|done|run|shown|met|contacted|approached|measured|counted)\b",
        )
    });
    let words = s.clean.split_whitespace().count();
    if words < 4
        || s.asks()
        || s.matches_any(&PROMISE)
        || EMPTY.is_match(&s.clean)
        || NOT_GATHERED.is_match(&s.clean)
    {
        return None;
    }
    let all = 0..s.clean.trim_end().len();
    // "Everyone has a horror story": a sweeping claim, not an observation;
    // and so is "nobody wants to wait three weeks and pay £700", whose
    // figures are the claim's, not a count of people the team reached.
    if s.matches_any(&SWEEPING) && (!counted || !counts_a_sample(s)) {
        return None;
    }
    if let Some(r) = s.find_any(&ANECDOTE).or_else(|| s.find_any(&POPULATION)) {
        return Some((2, r));
    }
    // "We have 3 founders with 20 years in logistics": the team describing
    // itself, not evidence about customers; "We launched a landing page":
    // the team's own action, with no customer in it.
    if s.matches_any(&ABOUT_US) || s.matches_any(&TENURE) || own_output(s) {
        return None;
    }
    if !counted && s.matches_any(&TEAM_ONLY) && !s.matches_any(&OTHERS) {
        return None;
    }
    // An uncounted statement is an anecdote only when it reports something
    // seen or done ("we watched three cooks…"), not a present-tense
    // generalisation ("Renters are angry about this").
    if !counted && !s.matches_any(&OBSERVED) {
        return None;
    }
    // A figure about a country, an industry or the team's own reach
    // ("Morocco produces 150,000 tonnes of dates a year", "a national charity
    // shared our post 400 times") has no link to this customer: rung 2. A
    // figure counts people the team reached ("all 8 use carbon pads", "9 of
    // them said", "I rang 14 owners"): rung 3.
    // "I got 400+ comments": a count of how many saw or reacted to a post
    // is exposure, however it is counted.
    // "73% of millennials prefer digital-first": a share of a whole public
    // sizes a market too (see [`a_public_habit`]).
    if counted && (!counts_a_sample(s) || only_exposure(s) || a_public_habit(s)) {
        return Some((2, all));
    }
    // Uncounted statements next to belief are more of the same conviction.
    match (counted, believing) {
        (true, _) => Some((3, all)),
        (false, false) => Some((2, all)),
        (false, true) => None,
    }
}

/// "I've made 212 rope fenders since January and every one came out
/// right": a count of what the team itself made says it can make them, not
/// that anyone wants them. One that was sold or ordered is a customer's
/// deed, and stays.
fn own_output(s: &Sentence<'_>) -> bool {
    static MADE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:we|i)(?:['’]ve| have| had)? (?:personally |already |now |so far )?(?:made|built|sewn|knitted|spliced|crafted|produced|baked|brewed|printed|carved|turned|forged|woven|tied|assembled) (?:over |about |around |more than |nearly )?\d",
        )
    });
    static SOLD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:sold|sell|ordered|bought|paid|booked|commissioned|pre-?ordered|for (?:customers|clients|buyers))\b",
        )
    });
    s.matches_any(&MADE) && !s.matches_any(&SOLD)
}

/// Whether a counted sentence counts a sample the team reached: a part of a
/// whole ("9 of them", "6 out of 8", "all 12"), or the team's own
/// count of people met ("we visited 30 stalls", "I rang 14 owners").
fn counts_a_sample(s: &Sentence<'_>) -> bool {
    static SAMPLE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"\b(?:{NUM}|all|none|most|half|both|every one) (?:of|out of) (?:the |them\b|those|these|our|their|{NUM})|\b\d[\d.]* ?(?:%|percent) of (?:the |our |their |its )?[\w'’-]+s\b|\b\d[\d.]* ?(?:%|percent) of (?:the |our |their |those |these )?{NUM}\b|\b(?:all|both|each of the|every one of the) {NUM}\b|\b(?:we|i)\b[^.;]{{0,40}}?\b{NUM}\b|^\W*of (?:the )?{NUM}\b"
        ))
    });
    s.has(&SAMPLE)
}

/// A sentence whose subject is a counted share of people just interviewed
/// ("24 of the 31 had not yet booked", "Of these, 14 described …",
/// "Eleven opened their inbox for us"), telling what they said or did
/// before we met them. Acting on an offer of ours (signing up, joining a
/// list, ordering, paying) is behaviour, whoever counts it. `after` is the
/// end of an interview count in the same sentence ("I talked with 14
/// players; 11 of them had…"): the share is then read after its semicolon.
pub(super) fn recounted(s: &Sentence<'_>, after: Option<usize>) -> bool {
    static SHARE: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"^\W*(?:of (?:these|them|those|the \w+),?\s*)?(?:all |about |around |nearly |almost |only |just )?(?:{NUM}|most|many|half|all|none)(?: of (?:(?:the|them|these|those|us)(?: {NUM})?|{NUM})(?: [a-z][\w'’-]*)?)?,? (?:(?:of them|[a-z][\w'’-]*s) )?(?:had|have|has|keep|keeps|kept|described|said|told|reported|use|uses|used|were|are|already|still|opened|showed|moved|lost|called|agreed|named|mentioned|complained|admitted|do|did|described|write|writes|wrote|phone|phones|phoned|ring|rings|rang|spend|spends|spent|work|works|worked|handle|handles|handled|track|tracks|tracked|rely|relies|relied|lose|loses|need|needs|needed|want|wants|wanted|struggle|struggles|struggled|find|finds|found|say|says)\b"
        ))
    });
    static ACTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:sign(?:ed)?[- ]?up|signed|joined|wait ?list|pre-?order\w*|ordered|bought|paid|deposits?|booked (?:a|the|our)|subscribed|registered|downloaded|installed|clicked|replied to (?:our|the) (?:ad|post|notice|email|text)|names? (?:on|down)|on (?:a|the|our) (?:waiting )?list|(?:our|the|a|this) (?:free |paid |first |short )?(?:prototype|pilot|trial|beta)s?|trialled|trialed|piloted|our (?:app|tool|form|page|service|product|sheet))\b",
        )
    });
    let from = after.map_or(0, |at| {
        s.clean[at..]
            .find(';')
            .map_or(s.clean.len(), |i| at + i + 1)
    });
    SHARE.is_match(&s.clean[from..]) && !ACTED.is_match(&s.clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> Sentence<'_> {
        Sentence {
            step: crate::model::Step::Evidence,
            note: None,
            raw: text,
            clean: text.into(),
            line: 1,
            indented: false,
        }
    }

    #[test]
    fn continued_use_is_retention_but_old_habits_are_not() {
        let since = sentence("The school has continued using it every week for 5 months.");
        assert!(continued(&since).is_some());
        assert!(continued(&sentence("All three now use the beta every week.")).is_some());
        assert!(continued(&sentence("15 of them have booked us every week since.")).is_some());
        assert!(continued(&sentence("Most of them still use spreadsheets.")).is_none());
        // "Keep orders in a notebook": the orders are a noun, kept where
        // they are kept today, not orders placed with us again.
        assert!(continued(&sentence("Most of them keep orders in a notebook.")).is_none());
        assert!(continued(&sentence("All of them keep bookings on paper slips.")).is_none());
        assert!(
            continued(&sentence(
                "62% of buyers bought again within the fortnight."
            ))
            .is_some()
        );
        assert!(continued(&sentence("They would still use it every week.")).is_none());
        assert!(
            continued(&sentence(
                "71 of 85 volunteers used the text link four months running."
            ))
            .is_some()
        );
        // Daily use inside a short trial is a test result, not retention.
        assert!(continued(&sentence("In the two-week trial 19 used it every day.")).is_none());
        // A nation's habit sizes the market; it is nobody's use of ours.
        let national = "Some 71% of Irish households now order groceries online every week.";
        assert!(continued(&sentence(national)).is_none());
        let ours = "Some 71% of the pilot households now order every week.";
        assert!(continued(&sentence(ours)).is_some());
    }

    #[test]
    fn paying_a_rival_today_is_the_problem_not_a_commitment() {
        assert!(continued(&sentence("5 said they pay for Excel add-ons.")).is_none());
        assert!(
            continued(&sentence(
                "Three of the four clinics now pay €40 a month for it."
            ))
            .is_some()
        );
        assert!(continued(&sentence("11 shops pay for the pilot every month.")).is_some());
    }

    #[test]
    fn payments_for_the_problem_are_not_commitments() {
        let s = "71% had paid an underpayment penalty at least once.";
        let at = s.find("paid").unwrap_or(0);
        assert!(paid_for_problem(s, at..at + 4));
        let s = "Seven bakeries paid a $200 deposit each.";
        let at = s.find("paid").unwrap_or(0);
        assert!(!paid_for_problem(s, at..at + 4));
    }

    #[test]
    fn the_teams_own_money_and_credentials_are_not_evidence() {
        let s = "We paid 40 testers £10 each.";
        let at = s.find("paid").unwrap_or(0);
        assert!(paid_for_problem(s, at..at + 4));
        let s = sentence("We have 3 founders with 20 years of experience in freight.");
        assert!(fallback(&s, true, false).is_none());
        let s = sentence("Our plan is a 6-week pilot with 12 shops.");
        assert!(measured_test(&s, true).is_none());
    }

    #[test]
    fn an_uncles_story_a_population_trend_and_shared_logs_are_not_behaviour() {
        let s = sentence(
            "My uncle has 140 hectares and in 2023 he had a fight with a buyer over 2 loads.",
        );
        assert_eq!(fallback(&s, true, false).map(|(rung, _)| rung), Some(2));
        let s = sentence("Farmers are increasingly online: 78% of over-55s now have a smartphone.");
        assert!(fallback(&s, true, false).is_none_or(|(rung, _)| rung < 3));
        let s = sentence("Two labs shared 12 months of discrepancy logs (1,140 discrepancies).");
        assert!(counted_action(&s).is_none());
    }

    #[test]
    fn plain_facts_are_weak_data_and_stories_are_anecdotes() {
        let s = sentence("1,100 of them came back to the owner at least once.");
        assert_eq!(fallback(&s, true, false).map(|(rung, _)| rung), Some(3));
        let s = sentence("One of my learners told me he started the course three times.");
        assert_eq!(fallback(&s, false, false).map(|(rung, _)| rung), Some(2));
        let s = sentence("Renters are angry about this.");
        assert!(fallback(&s, false, false).is_none());
    }

    #[test]
    fn compared_rates_are_a_measured_test() {
        let s = sentence("Texted holds expired 7% of the time, against 19% for email.");
        assert!(measured_test(&s, true).is_some());
        let s = sentence("Collected detention rose from 27% to 71% of billable.");
        assert!(measured_test(&s, true).is_some());
        let s = sentence(
            "Two firms used a hand-run version for 3 months: 212 reminders sent, 131 bookings.",
        );
        assert!(measured_test(&s, true).is_some());
        let s = sentence("Visits inside the window went from 62% to 89%.");
        assert!(measured_test(&s, true).is_some());
        let s = sentence("If it works, errors would fall from 20% to 5%.");
        assert!(measured_test(&s, true).is_none());
    }

    #[test]
    fn work_done_by_hand_is_a_concierge_test_but_work_nobody_wants_to_do_is_not() {
        let s = sentence("We matched the first 30 orders by hand over two weeks.");
        assert!(measured_test(&s, true).is_some());
        let s = sentence("Last month we did 25 bookings by hand for 4 studios.");
        assert!(measured_test(&s, true).is_some());
        let s = sentence("Surely no farmer wants to copy 300 tags by hand when a scan would do.");
        assert!(measured_test(&s, true).is_none());
    }

    #[test]
    fn a_test_named_as_the_label_of_its_result_is_a_test() {
        let s = sentence("Paper trial (a printed rota and a text): 4 surgeries, 212 patients.");
        assert!(measured_test(&s, true).is_some());
        let s = sentence("Test results will come after the summer, with 4 surgeries.");
        assert!(measured_test(&s, true).is_none());
    }
}
