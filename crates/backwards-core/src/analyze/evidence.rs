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
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct EvidenceFacts {
    /// The rung reached, 1-5.
    pub rung: u8,
    /// An Evidence section exists.
    pub present: bool,
    /// Belief or hedging language appears.
    pub belief: bool,
    /// Compliments or future promises appear.
    pub fluff: bool,
    /// There is no Evidence section; evidence was read in other sections.
    pub elsewhere: bool,
}

/// Belief: conviction standing in for evidence.
static BELIEF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:we (?:strongly |truly |really |firmly |honestly |all |do )?(?:believe|think|feel|are (?:confident|sure|certain|convinced))|we (?:all |just |really |simply )?know (?:that|every|everyone|everybody|they|people|this|it|there|our|what|how)|we're (?:confident|sure|certain|convinced)|i (?:really |truly |honestly |just |do |strongly |genuinely )?(?:believe|think|feel|reckon|guess|bet|am sure|'m sure|am confident|'m confident)|we reckon|i (?:just |simply |really )?know (?:that|every|everyone|they|people|this|it)\b|obviously|clearly|everyone knows|(?:no|zero) doubt|not a (?:shred of )?doubt|in my (?:bones|gut)|gut (?:feeling|instinct|sense|call)|my gut|surely|of course|it is evident|(?:it's|it’s|it is|it feels|feels) (?:so )?(?:obvious|clear|evident|plain)|trust me|must be|would love)\b|\b(?:is|are|am) convinced\b|\b(?:leadership|management|head office|senior (?:leadership|management)|(?:the|our) (?:board|team|founders?|ceo|directors?|leadership|management|executives?|partners)) (?:strongly |firmly |really |truly |all |also )?(?:believes?|thinks?|feels?|is (?:confident|convinced|sure|certain)|are (?:confident|convinced|sure|certain))\b|\bi(?:'m|’m| am) (?:really |quite |absolutely |totally |just |pretty )?(?:sure|certain|confident|convinced|positive)\b|\b(?:is|are) (?:sure|certain) (?:that|it|they)\b|^\W*gut\b|\b(?:i|we)(?: am| are|'m|’m|'re|’re)? (?:just |simply )?assum(?:e|ing)\b|\b(?:is|are|seems?) (?:so |very |quite |blindingly |pretty )?obvious to\b",
    )
});

/// Compliments, enthusiasm and future promises (the Mom Test's fluff).
static COMPLIMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:lov(?:e|ed|es|ing) (?:it|the idea|the concept|this|the demo|the product)|loved|excited|great idea|cool idea|(?:a |was a |is a )?good idea|(?:expressed|shown|showed|registered) (?:an |their |some )?interest|impressed|keen on (?:the idea|the concept|it|this)|enthusias\w+|positive feedback|liked (?:it|the)\b|(?:said|says|say|mentioned|mentions|remarked|commented) (?:[\w-]+ ){0,5}?(?:they|it|that|this) ?(?:would|'d|will|might|could|love|like|want|need)|(?:it|this|that)(?:'d| would) be (?:brilliant|great|amazing|useful|perfect|fantastic|handy|helpful|valuable|welcome|a relief|a (?:big |great |real )?help|a godsend|a game[- ]changer)|bite (?:our|your|my) hands? off|would (?:\w+ )?(?:use|buy|pay|love|sign|switch|try|recommend)|'d (?:\w+ )?(?:use|buy|pay|love|switch)|take my money|friends|family|told (?:us|me) (?:[\w'’-]+ ){0,6}?(?:that )?(?:it|they|she|he)(?: would|'d| will))\b|\bblown away\b|\bthought it was (?:amazing|great|brilliant|fun|lovely|fantastic|wonderful|cool|a (?:great|good|brilliant|lovely|fantastic) idea)\b|\bsounded (?:\w+ )?(?:lovely|great|good|amazing|interesting|useful|brilliant|fun|handy|helpful|neat|cool)\b|\bnodd(?:ed|ing)\b|\bsaid\W{1,3}if you build it\b|\bsaid (?:[\w'’-]+ ){0,6}?(?:would |will |[\w-]+'d )(?:be )?(?:brilliant|great|amazing|useful|perfect|fantastic|handy|helpful|nice|good|a godsend|a game[- ]changer)\b",
    )
});

/// A market-size figure with no link to this customer.
static MARKET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:tam|sam|som|market (?:size|worth|is worth|of)\b|market is|industry is worth)\b|\b(?:exports?|imports?|produces?|harvests?|consumes?) (?:over |about |around |roughly |some |nearly |more than |up to |almost )?\d[\d,.]* ?(?:k |thousand |million )?(?:tonnes|tons|metric tons|litres|liters|bottles|head)\b|[$€£] ?\d[\d.,]* ?(?:billion|bn|trillion|million|[bmt])\b[^.]{0,40}\b(?:market|industry|problem|opportunity|programme|program|sector|spend)\b|\b(?:market|industry|sector)\b[^.]{0,40}[$€£] ?\d[\d.,]* ?(?:billion|bn|trillion|million)|\b(?:uk|us|eu|smbs?|smes?|national|global|worldwide|household|consumer|industry|sector|category|market|retail|(?:[\w-]+ )software) (?:[\w'’-]+ ){0,2}?(?:spending|spend|sales|demand|consumption|adoption|penetration|uptake)\b[^.;]{0,40}?\b(?:rose|risen|grew|grown|fell|fallen|increased|decreased|dropped|climbed|doubled|tripled|is up|is down|went up|went down)\b[^.;\d]{0,30}\d",
    )
});

/// How a conversation went, between its verb and "with": "spoke at length
/// with", "talked in depth to", "sat down personally with".
const HOW_WE_TALKED: &str =
    r"(?:[a-z]+ly |at (?:some |great )?length |in (?:depth|detail|person) |face to face )?";

/// Interviews or conversations, counted or not.
static INTERVIEW: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:interview\w*|spok(?:e|en) {HOW_WE_TALKED}(?:with|to)\b|talked {HOW_WE_TALKED}(?:to|with)|chatted (?:to|with)|sat down {HOW_WE_TALKED}with|conversations?|shadowed|site visits?|focus groups?|discovery calls?|asked (?:some|a few|several|many|lots of|a couple of|our|the|my|local|other) \w+)\b",
    ))
});

/// Someone in particular reporting back: "a mum said", "two thatchers I
/// have known for years said", "a gallery owner told me", "one member
/// asked for it". The writer's own conviction ("we think", "everyone
/// says") is belief, not a report.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:a|an|one|two|three|my|our) (?:[\w'’-]+ ){1,6}?(?:said|says|told|tells|asked|asks|wrote|writes|emailed|mention|mentions|mentioned|complain|complains|complained|replied|commented)\b",
    )
});

/// "Everyone I know with a puppy says …": everybody is the writer's belief
/// in other people's mouths, not a report.
static EVERYONE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:everyone|everybody|every one|all|nobody|no one|people)\b"));

/// Interviews with a stated count: "we interviewed 23 clinic managers".
static INTERVIEW_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:i|we) (?:speak|talk) (?:with|to) (?:(?:about|over|around|all|the|already) ){{0,2}}{NUM} [a-z]|\binterviews? (?:[\w'’-]+ ){{1,5}}?with (?:(?:about|over|around|some|more than|nearly|roughly|all|the) )?{NUM} [a-z]|\b(?:interview(?:ed|s)?|spok(?:e|en) {HOW_WE_TALKED}(?:with|to)\b|talked {HOW_WE_TALKED}(?:to|with)|chatted {HOW_WE_TALKED}(?:to|with)|conversations? with|met {HOW_WE_TALKED}with|shadowed|visited|observed|sat with|sat down {HOW_WE_TALKED}with|asked|polled|called|phoned|e-?mailed) (?:with )?(?:(?:the|our|my|about|over|around|some|more than|nearly|almost|roughly|approximately|at least|all|another|a further|exactly|only|just|personally|individually|separately) ){{0,2}}{NUM}|\b(?:interview(?:ed|s)?|spok(?:e|en) (?:with|to)\b|talked (?:to|with)|chatted (?:to|with)|conversations? with|met with|visited|sat with) (?:[\w'’-]+ ){{0,5}}?(?:at|across|of|from) (?:[2-9]|\d\d[\d,]*|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) (?:[\w'’-]+ )?[a-z][\w'’-]*s\b|\b{NUM} (?:[\w-]+ ){{0,4}}?(?:interviews|conversations|discovery calls|site visits|ride-alongs|shadowing sessions|focus groups)\b|\b{NUM} (?:[\w'’-]+ ){{0,5}}?(?:were )?(?:interviewed|consulted|spoken to)\b|\basked (?:at|during|in) (?:the|a|our) (?:[\w'’-]+ ){{0,3}}(?:meeting|session|event|workshop|class|market|show|fair|agm)\W+(?:[\w'’-]+ ){{0,2}}{NUM}\b|\bfocus groups?\W{{1,3}}(?:of |with )?{NUM}\b|\b(?:stopped|approached|caught|met|invited|gathered) {NUM} (?:[\w'’-]+ ){{1,10}}?and (?:talked|spoke|chatted|asked|interviewed) (?:(?:to|with) )?them\b|\b(?:(?:consultation|consultative|feedback|listening|discovery|user|customer)|(?:held|had|ran|organi[sz]ed|conducted|arranged)(?: [\w-]+)?) (?:meetings?|consultations?|sessions?|calls?|workshops?|visits?) with (?:(?:about|over|around|some|more than|nearly|roughly|all) )?{NUM} [a-z]"
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

/// Surveys with a stated size: the word, a count of answers, or the shape
/// of a tally ("of 96 firms who replied, 58 said …").
///
/// A question put to a counted sample with the share of answers ("asked 120
/// shoppers which day they would collect on; 64% picked Saturday") is a
/// poll, however informally it was run.
static SURVEY: LazyLock<Regex> = LazyLock::new(|| {
    // "31 clerks whose council owns a clock replied": a relative clause may
    // say which of them answered, between the count and the reply.
    // A form handed back: counted as a tally ("212 of 540 ticked yes") or
    // with a count of what the answers said after it ("90 filled in my
    // form, 60 said …"); a lone count of cards filled in says only that.
    const RETURNED: &str = r"(?:filled in|filled out|completed|returned|sent back|handed back) (?:my|our|the|a|an) (?:[\w'’-]+ )?(?:form|questionnaire|survey|slip|card)s?\b";
    re(&format!(
        r"\b(?:survey(?:ed|s)?|polls?|polled|questionnaires?)\b[^.]{{0,60}}?\b\d|\b{NUM} (?:[\w-]+ ){{0,3}}?(?:(?:who|whose|that|which) [^.;:]{{0,60}}? )?(?:respondents|responses|answers|answered|replied|responded)\b|\bof (?:the )?{NUM} (?:[\w'’-]+ ){{0,3}}?(?:who|that) (?:replied|answered|responded|took part)\b|\bn ?= ?\d|\basked {NUM} (?:[\w'’-]+ ){{0,5}}?(?:whether|if|which|what|how)\b[^.]{{0,80}}?\b\d[\d.]* ?(?:%|per ?cent)|\b{NUM} of (?:the |our )?{NUM} (?:[\w'’-]+ ){{0,3}}?(?:{RETURNED}|ticked (?:yes|no|a box|the box|that)\b)|\b{NUM} (?:[\w'’-]+ ){{0,3}}?{RETURNED}[^.]{{0,40}}?\b\d"
    ))
});

/// A poll or survey whose response is counted ("15 of 18 households replied
/// to a poll").
static POLL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b{NUM} of (?:the |our )?{NUM} (?:[\w'’-]+ ){{0,3}}?(?:replied|responded|answered) to (?:a|the|our) (?:[\w'’-]+ )?(?:poll|survey|questionnaire)\b"
    ))
});

/// People leaving their name or number on a list: a sign-up, whatever the
/// list is called ("put name + pan number", "gave their names", "left an
/// email address").
const LEFT_DETAILS: &str = r"(?:put|puts|wrote|writes?|added|adds?|left|leaves|gave|gives?) (?:down )?(?:(?:their|her|his|an?) )?(?:names?|numbers?|details|e-?mails?|e-?mail address(?:es)?|phone numbers?)";

/// Quantified behaviour: sign-ups, waitlists, smoke tests, analytics.
static BEHAVIOUR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b{NUM}(?: ?%)? (?:[\w'’-]+ ){{0,4}}?registered(?:\s*[.,;:)]|\s*$)|\b{NUM}(?:-[a-z]+)?(?: ?%)? (?:(?:[\w'’-]+|\([^()]{{1,30}}\)) ){{0,4}}?(?:signed up|sign-?ups|joined|booked|clicked|clicks|downloaded|downloads|installed|installs|registered (?:for|on|with|in|to|interest|online|already|so far|last|this|since|by|within|early)\b|registered (?:a|an|their|his|her) (?:[\w-]+ )?(?:numbers?|e-?mails?|e-?mail address(?:es)?|addresses|names?|details|accounts?)\b|asked to be (?:notified|told|contacted|called|texted|e-?mailed|added|kept (?:posted|informed))|(?:were|have been|had been) (?:made|placed|booked|reserved|requested|downloaded)\b|subscribed|completed|opened|replied|converted|ordered|visitors|visits|left (?:a|their) (?:number|email|phone)|{LEFT_DETAILS}|requested|listed (?:a|an|their|its|his|her|spare) |active users|used it|used them|used the|tried it|enrolled|reserved|placed|filled (?:it |them |the [\w-]+ )?(?:in|out)|showed up|turned up|sent (?:us |me )?(?:the |a |an |their )?(?:texts?|messages?|e-?mails?|sms|forms?|cards?)|texted|messaged|e-?mailed (?:us|me|in|back)|wrote in|got in touch|(?:rang|phoned|called) (?:us|me|in|back))\b|\b(?:wait-?list|wait list|waiting list|smoke test|landing page|conversion|click-through|ctr|analytics|usage data|our data|order data|a/b test|holdout|cohort|open rate|reply rate|retention|retain(?:ed|s)?|repeat rate)\b|\b(?:we|i) (?:already |now |have )?\w+ {NUM} (?:[\w-]+ ){{0,2}}?(?:letters|orders|jobs|sessions|bookings|requests|visits|deliveries|reports|meals|rides|calls|loads|forms|cases)\b|\b(?:sent|made|submitted|lodged|put in) {NUM} (?:[\w'’-]+ ){{0,2}}?(?:requests|enquiries|inquiries|applications|bids)\b|\b{NUM} (?:[\w-]+ ){{0,2}}?(?:in|on) (?:the|our|my) (?:[\w-]+ )?(?:group|list|chat|channel|app|waitlist)\b|\b(?:wishlists?|wishlisted|playtime|play-?tests?|plays)\b|\b(?:sign-?up|sign-?in|interest|order|booking|waiting) (?:sheets?|lists?|forms?|cards?|books?)\b[^.;]{{0,40}}?\b{NUM} (?:names|signatures|entries|people|households|families|emails|e-mails|numbers)\b|\b(?:beta (?:users|testers)|pilot users|nps|net promoter|very disappointed|daily active|weekly active|monthly active|dau|wau|mau)\b"
    ))
});

/// Commitments: money, signatures, renewals, real usage that continued.
static COMMITMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\bpaid (?:pilots?|trials?|subscriptions?|customers?|users?|plans?|versions?)\b|\b(?:have |has |had |each |all |already |they |who |and )?paid\b|\bpre-?(?:orders?|ordered|paid|purchased?)\b|\b(?:paid|put down|placed|left|made|taken|took|collected|received|holding|hold) (?:a |an |their |the |{NUM} )?(?:[$€£]? ?\d[\d,.]* )?(?:[\w-]+ )?deposits?\b|\bdeposits? (?:of|from|paid|taken|received)\b|[$€£] ?\d[\d,.]* (?:[\w-]+ )?deposits?\b|\bletters? of intent\b|\blois?\b|\bsigned\b(?: (?:an?|the|their|[\w-]+|{NUM})){{0,3}} (?:contracts?|agreements?|mous?|lois?|letters?|purchase orders?|orders?|up to pay|pledges?|licen[cs]es?|renewals?)\b|\bpurchase orders?\b|\brenewed\b|\b{NUM} (?:[\w-]+ ){{0,2}}?renewals\b|\brenewal rate\b|\bpaying (?:customers|users|clients|schools|firms|shops)\b|\b(?:now|still|already|are|is|keep|kept) paying (?:us |me )?{MONEY}|\b(?:mrr|arr)\b|\bin revenue\b|\brevenue of [$€£]? ?\d|[$€£] ?\d[\d,.]*k? (?:in |of )?(?:sales|revenue)\b|\bpre-?sold\b|[$€£] ?\d[^.;]{{0,80}}?\b{NUM} (?:[\w-]+ ){{0,3}}?(?:bought|purchased) (?:one|it|them|tickets?|passes?|places?)\b|\b(?:voted|granted|awarded|allocated) (?:us )?{MONEY}|\b(?:have|has|had) (?:already )?(?:budgeted|allocated|ring-?fenced|set aside|earmarked|approved) (?:[$€£]|{NUM} ?(?:k|thousand)? ?(?:pounds|dollars|euros))|\b(?:we|have|has|had) sold {NUM}\b|\b{NUM} (?:[\w'’-]+ ){{0,2}}?(?:were|have been|had been) (?:sold|bought|purchased|pre-?ordered|paid for)\b|\bsold out\b|\bbackers\b|\bcrowdfund(?:ed|ing)\b|\bpledged\b|\bsite licen[cs]es?\b|\bcommitted [$€£]|\b{NUM} of (?:the|them|those|our|these)? ?{NUM}? ?(?:[\w-]+ ){{0,4}}?(?:renewed|returned|returning|came back|kept (?:using|paying)|stayed|re-?ordered|re-?booked|still use|still using)\b|\b{NUM} (?:[\w-]+ ){{0,3}}?(?:pay|pays) (?:me|us)\b|\b{NUM} (?:repeat|returning) (?:customers|clients|buyers|users|bookings|orders|visitors)\b|\b(?:pay|pays) (?:me|us) (?:every|each|a|per) (?:week|month|year|term)\b|\bcharging (?:them |each |every |a |the |per [\w-]+ )?{MONEY}|\b{NUM} of (?:the |them |those |our |these )?(?:{NUM} )?(?:[\w-]+ ){{0,3}}?(?:have |has )?(?:sent|placed|booked|ordered|bought|brought) (?:us |in )?(?:a |an |their )?(?:second|another|third|repeat|more)\b|\b(?:is|are|was|were) (?:now )?paying (?:us )?{MONEY}|\bpaying (?:the|our|a|an) (?:[\w%-]+ )?(?:fee|price|subscription|commission|deposit|rent|licen[cs]e)\b|\b(?:voted|agreed|decided|committed)\b[^.;]{{0,40}}?\bto (?:fund|pay for|buy|budget for|renew|extend|continue|keep paying)\b|\bbudgeted (?:{MONEY}|for (?:year|the))|\bsold {NUM} (?:[\w-]+ )?(?:in|within|over) {NUM} (?:days|weeks|months)\b|\bconverted to (?:a )?(?:purchase|paid|paying|buying)\b|\b{NUM} of (?:the |them |those |our |these )?(?:{NUM} )?(?:[\w-]+ ){{0,3}}?(?:ordered|booked|bought|rented|hired|used (?:it|them|us)) (?:again|twice|more than once|{NUM} (?:or more )?times|{NUM} or more times)\b"
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
    let outside = elsewhere(idea, own.iter().any(|s| s.note.is_some()), f.present);
    f.elsewhere = !f.present && !outside.is_empty();
    hits.extend(outside);
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
                | "evidence-reported"
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

/// Whether the compliment at `at` is the purpose ("… to say they want
/// it") of something people did, counted, before it: left their names or
/// numbers, filled in a form (any counted deed [`BEHAVIOUR`] reads).
fn said_while_signing_up(s: &Sentence<'_>, at: usize) -> bool {
    // "… to say they'd tried to borrow one" reports the past, not a wish
    // for the product: only a wish makes the list a sign-up.
    static WISH: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^say (?:that |what |which |how many |how much )?(?:[\w'’-]+ ){0,2}?(?:they|he|she)(?: would|'d|’d)? (?:want|like|need|love|use|buy)",
        )
    });
    let before = &s.clean[..at];
    before.trim_end().ends_with(" to")
        && BEHAVIOUR.is_match(before)
        && WISH.is_match(&s.clean[at..])
}

/// "Two friends who are vets pay £15 a month and both still use it": the
/// friends are who did it, not what they said. A bare "friends" or
/// "family" names the source; when the same sentence tells of their
/// continued use or payment, the deed is the evidence (a friend's
/// compliment stays a compliment).
///
/// Nor are friends wanted or made ("every puppy needs friends") a source
/// at all: they are what the sentence says someone lacks.
fn friends_not_praising(s: &Sentence<'_>, at: std::ops::Range<usize>) -> bool {
    static WHO: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:friends|family)$"));
    static WANTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:needs?|wants?|make|makes|making|made|meet|meets|meeting|find|finds|finding|lacks?) (?:new |more |some |a few |real )?$",
        )
    });
    WHO.is_match(&s.clean[at.clone()])
        && !COMPLIMENT.is_match(&s.clean[at.end..])
        && (WANTED.is_match(&s.clean[..at.start]) || rungs::continued(s).is_some())
}

/// "I'd use it tomorrow myself", "every collector would buy one": what the
/// writer would do, or what everybody would, is the writer's belief (the
/// rubric's "everyone would love it"), not a compliment someone paid.
/// The group may carry its place ("every landfill in the country would").
/// Only outside quotation marks and reported speech: "I'd use this", or
/// "he says all agents would use it", said by someone else, is theirs.
fn writers_or_everyones_wish(s: &Sentence<'_>, at: usize) -> bool {
    const SAYING: &str = r"(?:said|says|say|told|tells|tell|replied|answered|wrote)\b";
    static REPORTED: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"\b{SAYING}")));
    static WHOSE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:^|[^\w'’\x22“”])(?:(?:i|we)(?:['’]ve|['’]d|\s+have|\s+had|\s+always|\s+really|\s+just|\s+truly|\s+still)*|everyone|everybody|anyone|anybody|(?:every|any|all|all the|all of the) (?:[\w'’-]+\s+){0,2}[\w'’-]+(?:\s+(?:in|on|at|across|of)\s+(?:the\s+|this\s+|our\s+|my\s+)?[\w'’-]+)?)\s*$",
        )
    });
    static SAYS_HERE: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^\W*{SAYING}")));
    let before = &s.clean[..at];
    let quoted = before.matches(['"', '“', '”']).count() % 2 == 1;
    // The compliment may open on its own reporting verb: "every skipper
    // says they would like one" is what the skippers said.
    let reported = REPORTED.is_match(before) || SAYS_HERE.is_match(&s.clean[at..]);
    !quoted && !reported && WHOSE.is_match(before)
}

/// "74 sign-ups to the waitlist; 52 of them said which firing they would
/// book first": a counted deed in a clause of its own, before what they
/// said after it, is behaviour; the wish that follows does not undo it.
fn done_before_said(s: &Sentence<'_>, at: usize) -> bool {
    s.clean[..at].rfind(';').is_some_and(|semi| {
        let deed = &s.clean[..semi];
        BEHAVIOUR.is_match(deed) && !hypothetical_clause(deed)
    })
}

/// Read the Evidence section sentence by sentence for every rung.
fn ladder(sentences: &[Sentence<'_>], t: &mut Tally, f: &mut EvidenceFacts) -> Vec<Hit> {
    let mut hits = Vec::new();
    let believing = sentences.iter().any(|s| s.has(&BELIEF));
    let mut interviewed = false;
    // The line of the latest test said to run only a few weeks ("Pilot,
    // 10 days: …"): repeat use counted on that line is the test's
    // result, not retention.
    let mut short_test_line = None;
    let assumed = assumed_items(sentences);
    for (s, assumed) in sentences.iter().zip(assumed) {
        if assumed {
            // An item of "Our model assumes:" states what the model needs,
            // not what customers did, however firmly it is worded.
            continue;
        }
        let before = hits.len();
        if s.has(&SHORT_TEST) {
            short_test_line = Some(s.line);
        }
        // "We interviewed 31 owners. 27 had called more than ten times.":
        // what a counted share of the interviewees told us is still what
        // the interviews found (rung 3), not behaviour we measured.
        let interviews = interview_count(s);
        // "I talked with 14 players; 11 of them had…" recounts in the
        // same sentence, after the interviews.
        let recounted = (interviewed && rungs::recounted(s, None))
            || interviews
                .as_ref()
                .is_some_and(|r| rungs::recounted(s, Some(r.end)));
        interviewed |= interviews.is_some();
        let mut hit = |rung: u8, signal: super::Signal| hits.push(Hit { rung, signal });
        // "19 people wrote their name on the list to say they want a fix":
        // what they said is the purpose of what they did, and the deed is
        // the evidence.
        let fluffy = s
            .find(&COMPLIMENT)
            .filter(|r| !said_while_signing_up(s, r.start) && !done_before_said(s, r.start))
            .filter(|r| !friends_not_praising(s, r.clone()))
            .filter(|r| !writers_or_everyones_wish(s, r.start));
        let fluffed = fluffy.is_some();
        let counted = has_number(s);
        if let Some(r) = commitment(s) {
            let (rung, rule, message) = if short_test_line == Some(s.line)
                && repeat_use(&s.clean[r.clone()])
            {
                (
                    4,
                    "evidence-test",
                    "Repeat use inside a test of a few weeks: a measured test, not yet retention.",
                )
            } else {
                (
                    5,
                    "evidence-commitment",
                    "Customers committed money, signatures or continued use.",
                )
            };
            hit(rung, s.signal(rule, 0, r, message));
        } else if let Some(r) = rungs::continued(s)
            .or_else(|| rungs::retained_funnel(s))
            .filter(|_| fluffy.is_none())
        {
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
            if let Some(r) = counted
                // Behaviour needs a count: an uncounted sentence is not searched for it.
                .then(|| s.find_unquoted(&BEHAVIOUR))
                .flatten()
                .filter(|_| !someone_elses(s) && !our_own_legwork(s))
                // "We project 2 million downloads": a forecast, not a count.
                .filter(|r| !hypothetical_clause(&s.clean[..r.start]))
                // "The lake receives 300,000 visitors a summer": the
                // market, not visitors of ours.
                .filter(|r| !rungs::in_population(s, r))
                // "We interviewed 16 visitors": the count is of the people
                // interviewed, not of visits.
                .filter(|r| !interviews.as_ref().is_some_and(|i| i.contains(&r.start)))
                .filter(|r| !counts_one(&s.clean[r.clone()]))
                // "The boat-conversion market": a word inside a compound
                // names a trade, not a rate of ours.
                .filter(|r| !s.clean[..r.start].ends_with('-'))
                // "SMB spending on analytics tools grew 18%": a whole
                // market's trend, whatever behaviour word it holds.
                .filter(|_| !s.has(&MARKET))
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
            } else if let Some(r) = rungs::own_analytics(s) {
                hit(
                    4,
                    s.signal(
                        "evidence-analytics",
                        0,
                        r,
                        "A share measured over the team's own counted bookings or orders: analytics.",
                    ),
                );
            } else if let Some(r) = rungs::measured_test(s, counted)
                .or_else(|| rungs::counted_action(s))
                .filter(|_| !rungs::only_exposure(s))
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
        if let Some(r) = interviews {
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
        } else if let Some(r) = counted
            // Data needs a count: an uncounted sentence is not searched for it.
            .then(|| s.find(&SECONDARY).or_else(|| rungs::records(s, counted)))
            .flatten()
            .filter(|_| !s.has(&MARKET))
        {
            hit(
                3,
                s.signal("evidence-data", 0, r, "Relevant data with numbers."),
            );
        } else if let Some(r) = s
            .find(&INTERVIEW)
            .filter(|r| !none_done(&s.clean[..r.start]))
        {
            hit(
                2,
                s.signal(
                    "evidence-anecdote",
                    0,
                    r,
                    "Conversations, but no count of how many.",
                ),
            );
        } else if let Some(r) = (!counted)
            .then(|| s.find_any(&REPORTED))
            .flatten()
            .filter(|r| !EVERYONE.is_match(&s.clean[..r.end]))
        {
            // "A mum last week said she'd have signed up", "two thatchers
            // said they would love it": what one named person said is an
            // anecdote, even in the words of a belief.
            hit(
                2,
                s.signal(
                    "evidence-reported",
                    0,
                    r,
                    "What someone said, told once: an anecdote, not a count.",
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
        if let Some(r) = counted.then(|| s.find(&MARKET)).flatten() {
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
        // "I'd use it tomorrow myself" is read as the belief it is.
        let belief = s.find(&BELIEF).or_else(|| {
            COMPLIMENT
                .find_iter(&s.clean)
                .map(|m| m.range())
                .find(|r| writers_or_everyones_wish(s, r.start))
        });
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
        if recounted {
            for h in hits[before..].iter_mut().filter(|h| h.rung == 4) {
                h.rung = 3;
                h.signal.rule = "evidence-interview-finding".into();
                h.signal.message = "What a counted share of the interviewees said or did: an interview finding, not measured behaviour.".into();
            }
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
    elsewhere_hits(idea, notes_read, has_section)
        .into_iter()
        .map(|(hit, _)| hit)
        .collect()
}

/// The sentences outside an Evidence section that the verdict read as
/// evidence, for an idea that has no Evidence section or evidence note. The
/// documents quote them, so the PRD never says "no evidence" about an idea
/// whose verdict cites its interviews.
pub(crate) fn found_elsewhere(idea: &Idea) -> Vec<&str> {
    if idea.section(Step::Evidence).is_some() || !evidence_notes(idea).is_empty() {
        return Vec::new();
    }
    let mut out: Vec<&str> = Vec::new();
    for (_, raw) in elsewhere_hits(idea, false, false) {
        if !out.contains(&raw) {
            out.push(raw);
        }
    }
    out
}

/// [`elsewhere`], with the sentence each hit was read from.
fn elsewhere_hits(idea: &Idea, notes_read: bool, has_section: bool) -> Vec<(Hit, &str)> {
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
        let mut commitments = STRICT_COMMITMENT.find_iter(&s.clean).map(|m| m.range());
        let commitment = commitments.find(|r| {
            counted_deed(s, r)
                && !per_unit(&s.clean[r.end..])
                && !with_someone_else(&s.clean[r.end..])
                && !untested(s)
                && !threshold_or_terms(s)
        });
        let found = if let Some(r) = commitment {
            Some((
                5,
                "evidence-commitment",
                r,
                "A commitment stated outside the Evidence section.",
            ))
        } else if let Some((rung, r)) = (!has_section).then(|| own_test(s)).flatten() {
            Some((
                rung,
                if rung == 5 {
                    "evidence-commitment"
                } else {
                    "evidence-behaviour"
                },
                r,
                "The writer's own test, counted, told outside an Evidence section.",
            ))
        } else if let Some(r) = interview_count(s) {
            Some((
                3,
                "evidence-interviews",
                r,
                "Interviews stated outside the Evidence section.",
            ))
        } else if let Some(r) = (!has_section).then(|| own_records(s)).flatten() {
            Some((
                4,
                "evidence-analytics",
                r,
                "The team's own records, analysed and counted, told outside the Evidence section.",
            ))
        } else if let Some(r) = (!has_section)
            .then(|| survey_numbers(s, has_number(s)))
            .flatten()
        {
            // "The Unit's survey of foremen (12 of 14 replied) found that
            // 10 spend more than 90 minutes": the team's own survey,
            // counted, told where the problem is.
            Some((
                4,
                "evidence-survey",
                r,
                "A survey with a stated size, told outside the Evidence section.",
            ))
        } else if let Some(r) = (!has_section)
            // With an Evidence section neither compliments nor market
            // sizes are read here: their patterns are not searched.
            .then(|| someone_reacted(s))
            .flatten()
            .filter(|r| !rungs::believed(s, r.clone(), &BELIEF))
        {
            Some((
                2,
                "evidence-compliments",
                r,
                "Compliments stated outside the Evidence section: the weakest evidence.",
            ))
        } else {
            // The rubric names "a market-size figure with no link" as
            // level 2 wherever the writer offers it: with no Evidence
            // section, it is what the idea has instead.
            (!has_section)
                .then(|| s.find(&MARKET))
                .flatten()
                .filter(|_| has_number(s))
                .map(|r| {
                    (
                        2,
                        "evidence-market-size",
                        r,
                        "A market size stated outside the Evidence section says nothing about this customer.",
                    )
                })
        };
        if let Some((rung, rule, r, message)) = found {
            let signal = s.signal(rule, 0, r, message);
            hits.push((Hit { rung, signal }, s.raw));
        }
    }
    hits
}

/// "Analysis of six weeks of crew logs found that 31% of trips were
/// return trips": what the customers' own records show, counted, is the
/// rubric's analytics (level 4), wherever the writer tells it.
fn own_records(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static ANALYSED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:analy[sz](?:is|ed|ing)|review(?:ed)?|audit(?:ed)?) (?:of )?(?:[\w'’()–-]+ ){0,8}?(?:logs?|records|data|orders|bookings|invoices|time ?sheets|sales|tickets|receipts|call logs|job sheets)\b[^.;]{0,80}?\b(?:found|finds|show|shows|showed|shown)\b",
        )
    });
    s.find(&ANALYSED)
        .filter(|r| has_number(s) && !someone_elses(s) && !signals::hypothetical(&s.clean, r.start))
}

/// A compliment told outside the Evidence section: someone reacted ("my
/// aunt thinks it's a great idea", "they said they would use it").
///
/// Inside the Evidence section "friends and family" or "they would pay"
/// can only be about the reception; elsewhere the same words describe the
/// idea's world and its plan ("a wedding or a big family event", "the
/// farms would pay 3,000 krónur a year"), so a bare "friends", "family" or
/// hypothetical "would buy" does not count there, unless someone in the
/// sentence says it ("Mrs Tolly said she would happily pay", "my
/// grandmother says her friends would like it").
fn someone_reacted(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static BARE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:friends|family|would (?:\w+ )?\w+|'d (?:\w+ )?\w+)$"));
    static SAID: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:said|says|say|saying|told|tells|asked|asks|wrote|writes|reckon\w*|agreed|promised)\b",
        )
    });
    let reported = SAID.is_match(&s.clean);
    COMPLIMENT.find_iter(&s.clean).map(|m| m.range()).find(|r| {
        !signals::negated(&s.clean, r.start) && (reported || !BARE.is_match(&s.clean[r.clone()]))
    })
}

/// "In May I put a sign-up sheet at the market: 140 potters signed up",
/// "nine of them paid me a deposit": with no Evidence section, the
/// writer's own test told in a letter, counted and in the first person, is
/// read on the Evidence section's rungs (commitments, then quantified
/// behaviour). What customers pay someone else today names no "me" or
/// "us", and stays their problem.
fn own_test(s: &Sentence<'_>) -> Option<(u8, std::ops::Range<usize>)> {
    // What people did in answer to the writer's test: not "visitors" or
    // "registered with the council", which describe the world.
    static ANSWERED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:signed up|sign-?ups|joined (?:the|our|my) (?:wait-?list|waiting list|list)|booked|subscribed|replied|reserved|registered (?:for|interest)|left (?:a|their) (?:number|email|phone)|put (?:down )?their names?)\b|\b(?:wait-?list|waiting list|sign-?up (?:sheet|page|form)|smoke test|landing page)\b",
        )
    });
    if !rungs::FIRST_PERSON.is_match(&s.clean) || untested(s) {
        return None;
    }
    let first = |pattern: &Regex| {
        pattern
            .find_iter(&s.clean)
            .map(|m| m.range())
            .find(|r| counted_deed(s, r) && !few_near(s, r) && !asked_or_planned(&s.clean, r))
    };
    first(&COMMITMENT)
        .map(|r| (5, r))
        .or_else(|| first(&ANSWERED).map(|r| (4, r)))
}

/// Words outside the Evidence section that tell something done and counted:
/// not denied, not supposed ("If fewer than 6 convert to a paid pilot, we
/// stop" is a kill criterion, not a pilot anyone paid for), with a count
/// beside them.
fn counted_deed(s: &Sentence<'_>, r: &std::ops::Range<usize>) -> bool {
    !signals::negated(&s.clean, r.start)
        && !signals::hypothetical(&s.clean, r.start)
        && !hypothetical_clause(&s.clean[..r.start])
        && counted_near(s, r)
}

/// "Two visitors bought from us": a count under five next to the words is
/// an anecdote, not a test.
fn few_near(s: &Sentence<'_>, r: &std::ops::Range<usize>) -> bool {
    words_near(s, r).filter(|w| is_count(w)).all(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        matches!(
            w.as_str(),
            "one" | "two" | "three" | "four" | "1" | "2" | "3" | "4"
        )
    })
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
    // "| survey to fixing | ~9 months |": a time after the survey is how
    // long something takes, not how many answered.
    static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\d[\d.,]*\s*(?:months?|weeks?|days?|hours?|hrs?|minutes?|mins?|years?)\b")
    });
    let trade = |r: &std::ops::Range<usize>| {
        TRADE.is_match(&s.clean[r.start..])
            || s.clean
                .get(r.end.saturating_sub(1)..)
                .is_some_and(|after| TIME_AFTER.is_match(after))
    };
    s.find(&POLL)
        .or_else(|| {
            counted
                .then(|| s.find(&SURVEY))
                .flatten()
                .filter(|r| !trade(r))
        })
        .filter(|_| !someone_elses(s))
}

/// A stated count of interviews, where the count is more than one: "spoke
/// to one officer" is an anecdote, not a sample.
fn interview_count(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    // "The manager we shadowed spent 9 hours a week": a time, not a count
    // of people; nor is "the page was visited 120 times".
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:hours?|minutes?|days?|weeks?|months?|years?|times|%|percent|pounds|dollars|euros|am|pm|o'clock)\b",
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

/// A commitment, unless it is a promise ("would pay", "will sign"), money
/// the team spent ("paid ads") or the kind of work a job is ("ready to take
/// paid jobs", "paid shifts").
fn commitment(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static SPENT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:ads?|advertising|search|social|media|campaigns?|acquisition|volunteers?|staff|employees|interns?|jobs?|work|employment|roles?|positions?|posts?|gigs?|shifts?|hours|leave|holidays?|placements?|internships?|apprenticeships?)\b",
        )
    });
    // "People like being paid for doing nothing": money they would receive,
    // not money they paid us.
    static RECEIVED: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:being|get|gets|getting|got|be|to be|is|are)\s*$"));
    // "She paid three times our price in a London shop": money paid to
    // someone else is today's way, not a commitment to us.
    static ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[^.;]{0,40}?\b(?:in|at) (?:a|another) (?:[\w'’-]+ ){0,2}(?:shop|store|boutique|gallery)\b|^[^.;]{0,40}?\b(?:to|at|from) (?:a|an|another|the) (?:[\w'’-]+ ){0,2}(?:competitors?|rivals?|dealers?|middlem[ae]n)\b|^\s*(?:[\w-]+ ){0,2}times our price\b",
        )
    });
    COMMITMENT.find_iter(&s.clean).map(|m| m.range()).find(|r| {
        !with_someone_else(&s.clean[r.end..])
            && !ELSEWHERE.is_match(&s.clean[r.end..])
            && !RECEIVED.is_match(&s.clean[..r.start])
            && !signals::negated(&s.clean, r.start)
            && !signals::quoted(&s.clean, r.start)
            && !signals::hypothetical(&s.clean, r.start)
            && !hypothetical_clause(&s.clean[..r.start])
            // "15 of the 18 said they would have stayed": a count whose
            // deed is only what they would have done is an intention, not
            // retention.
            && !signals::hypothetical_within(&s.clean, r.clone())
            && !s.has(&MARKET)
            && !SPENT.is_match(&s.clean[r.end..])
            && !rungs::paid_for_problem(&s.clean, r.clone())
            && !names_given(&s.clean[r.clone()])
            && !asked_or_planned(&s.clean, r)
            && !only_a_prospect(&s.clean, r.clone())
    })
}

/// A test said to last a few days or weeks: "pilot, 10 days", "a
/// two-week trial", "the 10-day pilot".
static SHORT_TEST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:smoke tests?|trials?|pilots?|tests?|betas?)\b\W{0,3}(?:(?:ran|run|running|lasted|of|over|for) )?(?:\d{1,2}|one|two|three|four|five|six)[ -](?:days?|weeks?)\b|\b(?:\d{1,2}|one|two|three|four|five|six)[ -](?:days?|weeks?)(?: long)? (?:smoke tests?|trials?|pilots?|tests?|betas?)\b",
    )
});

/// A commitment that is only people coming back ("19 of the 44 placed a
/// second order", "9 of them booked again"), with no money or signature in
/// it.
fn repeat_use(matched: &str) -> bool {
    static REPEAT: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:second|another|third|repeat|more|again|twice|times)\W*$"));
    REPEAT.is_match(matched)
}

/// "Two associations are open to discussing a paid pilot; neither has
/// committed": a commitment talked about, or one the sentence says nobody
/// has made, is interest at most.
fn only_a_prospect(clean: &str, r: std::ops::Range<usize>) -> bool {
    static TALKED_ABOUT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:open to|interested in|keen on|considering|consider|discuss(?:ed|ing)?|talk(?:ed|ing)? about|explor(?:e|ed|ing)|enquired about|asked about|curious about)\s+(?:[\w'’-]+\s+){0,2}$",
        )
    });
    static NOBODY_HAS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:neither|none|nobody|no one|not one)(?: of them)? (?:has|have)(?: yet)? (?:committed|signed|paid|agreed)\b",
        )
    });
    TALKED_ABOUT.is_match(&clean[..r.start]) || NOBODY_HAS.is_match(&clean[r.end..])
}

/// "Buyers that have signed contracts with chocolate makers": a deal with
/// someone else is the customer's world, not a commitment to us, in
/// whichever section it is told. A count after "with" ("a paid pilot with
/// 8 garages") is our own customers.
fn with_someone_else(after: &str) -> bool {
    let mut words = after.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("with"))
        && words.next().is_some_and(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase();
            // "A paid pilot with 8 garages": a count is of our customers.
            let counted = w.starts_with(|c: char| c.is_ascii_digit());
            !counted && !matches!(w.as_str(), "us" | "me" | "our" | "my")
        })
}

/// Whether the commitment word at `r` is no payment to us: "We chatted to
/// 23 households about who they bought from and what they paid" asks about
/// money paid to someone else (an interview's topic), as does "we spoke
/// with 12 owners about how they renewed last year"; and "paid-for work
/// weekends" describes the plan.
fn asked_or_planned(clean: &str, r: &std::ops::Range<usize>) -> bool {
    static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:what|how much|whether)\s+(?:[\w'’-]+\s+)?$|\b(?:about|on|asking|asked) (?:how|what|whether|who|when|why|where|which)\b[^.;:]*$",
        )
    });
    TOPIC.is_match(&clean[..r.start]) || clean[r.end..].starts_with("-for")
}

/// "Voted yes and gave their names to buy from the store": a name on a
/// list is a sign-up (behaviour), however the vote is worded; no money
/// or signature changed hands.
fn names_given(matched: &str) -> bool {
    static NAMES: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"\b{LEFT_DETAILS}\b")));
    NAMES.is_match(matched)
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

/// "Kill: under 80 paying customers a Saturday by week 12, stop", "€89 per
/// child per season, paid upfront": a threshold the team will judge itself
/// by, or the terms it will charge on, names customers and payment that
/// have not happened yet.
fn threshold_or_terms(s: &Sentence<'_>) -> bool {
    static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:kill|stop rule|kill criterion|kill criteria)\W*:|\b(?:under|below|fewer than|less than)\b[^.;]{0,60}\bby (?:week|month|day|the end of)\b|(?:→|->)\s*(?:we )?stop\b|\b(?:paid|payable|charged|billed) (?:upfront|up front|up-front|in advance|on booking|monthly|yearly|annually|per (?:month|year|season|term))\b",
        )
    });
    s.has(&PLANNED)
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

/// "Our model assumes:", "Projections for year three:", "Targets:": a
/// lead-in that ends in a colon and names what follows as the plan's own
/// figures. Each list item under it ("- 35% of visitors convert") is an
/// assumption, though it reads like a measured rate once the lead-in is
/// out of sight. The list ends at the first line that is not one of its
/// items. A lead-in that reports a check ("we tested three assumptions:")
/// introduces results, not assumptions.
fn assumed_items(sentences: &[Sentence<'_>]) -> Vec<bool> {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:assum\w*|projections?|projected|projects|forecasts?|forecasted|predictions?|predicts?|targets?|expect(?:s|ed|ations?)?|estimates?|estimated|hopes?|ambitions?|by (?:year|the end of|end of) [\w ]+|in year [\w ]+|plans? for (?:the |our )?(?:numbers|figures|growth|launch|first year|next \w+))\W*$",
        )
    });
    static CHECKED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:tested|checked|validated|measured|confirmed|results?|found|proved|proven)\b")
    });
    let mut open_until: Option<usize> = None;
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let clean = s.clean.trim_end();
        let item = match open_until {
            Some(last) if s.line == last => true,
            Some(last) => {
                crate::model::text::starts_list_item(s.raw.trim_start()) && s.line <= last + 2
            }
            None => false,
        };
        out.push(item);
        open_until = if clean.ends_with(':') && !item {
            let lead = clean.trim_end_matches(':');
            (LEAD.is_match(lead) && !CHECKED.is_match(lead)).then_some(s.end_line())
        } else if item {
            Some(s.end_line())
        } else {
            None
        };
    }
    out
}

/// A projection anywhere earlier in the sentence ("if we capture 2% … we
/// will have $8 million in revenue", "we believe a 5% share is achievable,
/// giving $1m ARR") makes what follows a promise. The question the team
/// put to customers is not a projection: in "a form asking which crews
/// would book a mixer if we had one: 17 of 29 crews signed up", the
/// "would" and the "if" are the question's, and what follows is its answer.
fn hypothetical_clause(before: &str) -> bool {
    static IF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:if|would|will|could|might|projected|projections?|project|projects|projecting|predicts?|predicted|anticipates?|by year|in year|forecasts?|expect|expects|expected|capture|capturing|means|believe|believes|reckon|achievable|realistic|target|targets|targeting|aim|aims|aiming|(?:my|our|the) (?:[\w-]+ )?(?:plans?|goals?|ambitions?) (?:is|are)|(?:plan|plans|planning) to|potential|estimated?|market share|(?:market )?penetration|giving|assum\w*)\b|^\W*year \d+\s*:",
        )
    });
    static ASKED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\bask(?:ed|ing|s)? (?:[\w'’-]+ ){0,3}?(?:which|whether|if|who|how many)\b[^:;]*")
    });
    IF.is_match(&ASKED.replace_all(before, ""))
}

/// "I haven't done any surveys or interviews yet", "we have not spoken to
/// anyone": the conversations named are the ones that did not happen.
fn none_done(before: &str) -> bool {
    static NONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:haven't|have not|hasn't|has not|didn't|did not|never|not yet)(?: yet)? (?:done|run|carried out|conducted|had|held|made|spoken|talked|asked)\b[^.;]{0,40}$",
        )
    });
    signals::negated(before, before.len()) || NONE.is_match(before)
}

/// "One festival in Kyzyl had visitors from 31 countries": a count of one
/// is a story, not a measure of what customers did. "One in five" is a
/// rate, and counts.
fn counts_one(matched: &str) -> bool {
    let mut words = matched.split_whitespace();
    let first = words.next().unwrap_or("");
    let next = words.next().unwrap_or("").to_ascii_lowercase();
    // "1 180 clicks" writes a thousand with a space.
    let thousands = next.starts_with(|c: char| c.is_ascii_digit());
    (first.eq_ignore_ascii_case("one") || first == "1")
        && !thousands
        && !matches!(next.as_str(), "in" | "of" | "out")
}

/// A survey or study someone else ran ("an OCLC survey from 2025 says",
/// "according to the national census", "the growers' association's 2025
/// survey", a citation in brackets: "(global survey, 2024)", "a survey by
/// a major industry body"): relevant data about the market, not the team
/// asking its own customers.
fn someone_elses(s: &Sentence<'_>) -> bool {
    static THEIRS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"\b(?:[Aa]n?|[Tt]he) (?:[A-Z][\w&-]*\s+){1,3}(?:survey|study|report|census|poll)\b|\b[A-Z][\w&-]*['’]s (?:\d{4} )?(?:[\w-]+['’]? )?(?:survey|study|report|census|poll|figures|statistics)\b|\b(?i:(?:association|federation|council|ministry|government|institute|union|society|chamber|trust|agency|board|commission|regulator|authority|network|league|guild|office|department|bureau|directorate|inspectorate|municipality|university)['’]s (?:\d{4} )?(?:own )?(?:[\w-]+['’]? ){0,2}(?:survey|study|report|census|poll|figures|statistics))\b|\b(?i:(?:the )?[\w-]+ (?:board|office|authority|council|ministry|agency|bureau|department|trust)['’]?s? (?:own )?(?:figures|statistics|stats|data|census))\b|\b(?i:according to|published by|(?:industry|national|nationwide|global|worldwide|international|government|sector|third-party|published|public|diocesan|county|municipal|regional|provincial|district|state|federal|official) (?:surveys?|stud(?:y|ies)|reports?|statistics|polls?))\b|\((?i:[^()]{0,40}\b(?:survey|study|report|poll|census)\b[^()]{0,30})\)|\b(?i:survey|study|report|poll|census)\s+(?i:by|from|carried out by|run by|conducted by|published by|commissioned by)\s+(?:(?i:an?|the)\s+)?(?:[A-Z][\w&-]*|(?i:(?:[\w-]+\s+){0,3}(?:body|association|federation|council|institute|ministry|agency|consultancy|organi[sz]ation|group|publisher|magazine|journal|bank|university|regulator|union|network|charity|foundation|society|chamber)))\b",
        )
        .unwrap_or_else(|_| re("$^"))
    });
    // "In a WhatsApp poll of the 63 members", "our Google Forms survey": a
    // capitalised name that is the channel the team polled through, not an
    // author whose study it is.
    static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:an?|the) (?:whatsapp|facebook|instagram|telegram|signal|google|typeform|surveymonkey|tally|linkedin|twitter|reddit|discord|slack|zalo|line|wechat|viber|messenger|jotform|microsoft|tiktok|nextdoor|mailchimp|kakaotalk|snapchat)\b",
        )
    });
    THEIRS
        .find_iter(&s.clean)
        .any(|m| !CHANNEL.is_match(m.as_str()))
}

/// Digits that are not a year, or the number a sentence opens with, which
/// style guides have spelled out ("Forty-seven weavers put their names
/// down"): behaviour must be counted to count. A section number that opens
/// the sentence ("4.1 Officers said …") counts nothing.
fn has_number(s: &Sentence<'_>) -> bool {
    static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}|\d{{5,}})\b(?:\.\d+)?%?|\b\d{{4}}\b ?(?:%|[a-z]+s\b)|^\W*(?:{}|three|four|five|six|seven|eight|nine|ten|eleven|twelve) [a-z]",
            signals::SPELLED_TWO_DIGITS
        ))
    });
    static OUTLINE: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*\d+(?:\.\d+)+\.?\s"));
    // "I am 100% sure", "a hundred and ten percent convinced": a figure of
    // speech for certainty, which is belief, not a count.
    static SURE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\s*(?:percent |per cent )?(?:sure|certain|confident|convinced|positive)\b")
    });
    let skip = OUTLINE.find(&s.clean).map_or(0, |m| m.end());
    COUNTED.find_iter(&s.clean[skip..]).any(|m| {
        let t = m.as_str();
        let a_year = t.len() == 4 && t.starts_with("20") && t.chars().all(|c| c.is_ascii_digit());
        !(a_year || SURE.is_match(&s.clean[skip + m.end()..]))
    })
}

/// A count attached to `r`: "14 pre-orders", "pre-orders from 22 cafés".
///
/// Outside the Evidence section the words of a commitment also name parts of
/// the product ("a preorder page that takes a $20 deposit"); only a count
/// attached to them says that customers did it. Digits elsewhere in the
/// sentence (a price, a time, a week count) do not.
fn counted_near(s: &Sentence<'_>, r: &std::ops::Range<usize>) -> bool {
    // "12 shops sent pre-orders", "pre-orders from 22 cafés"; but not "from
    // pre-orders plus the last six Saturdays", a count of something else.
    words_near(s, r).any(is_count)
}

/// The words of a match with the three before it and the two after it:
/// where a count that belongs to the match stands.
fn words_near<'s>(
    s: &'s Sentence<'_>,
    r: &std::ops::Range<usize>,
) -> impl Iterator<Item = &'s str> {
    let before = s.clean[..r.start].split_whitespace().rev().take(3);
    let after = s.clean[r.end..].split_whitespace().take(2);
    let matched = s.clean[r.clone()].split_whitespace();
    before.chain(matched).chain(after)
}

/// "One pre-order per restaurant per season": a commitment counted per
/// unit is how the product will work, a rule of the design, not something
/// customers did.
fn per_unit(after: &str) -> bool {
    after
        .split_whitespace()
        .take(2)
        .any(|w| matches!(w.to_ascii_lowercase().as_str(), "per" | "each" | "every"))
}

/// A word that counts something: digits that are not a year, or a number
/// word ("twelve", "dozens").
fn is_count(word: &str) -> bool {
    static NUMBER_WORD: LazyLock<Regex> = LazyLock::new(|| re(&format!("^(?:{NUM})$")));
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let digits: String = word.chars().filter(char::is_ascii_digit).collect();
    let year = digits.len() == 4 && digits.starts_with("20") && digits.len() == word.len();
    (!digits.is_empty() && !year) || NUMBER_WORD.is_match(word)
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
mod tests;
