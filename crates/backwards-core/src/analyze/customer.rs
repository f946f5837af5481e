//! Customer clarity: is the customer a segment someone could go and find?
//!
//! The rubric climbs from "everyone" (1) through a bare category (2), a
//! category with one real qualifier (3), a qualified segment with the
//! trigger that makes them care plus its size or its channel (4), to all of
//! that with a count and who is NOT the customer (5); the buyer is told
//! apart from the user where the section names both, and a section that
//! names one role is read as one person buying and using. Each rung is a structural question asked of the Customer
//! section. Which sentence names the segment is `customer_segment`'s job:
//! the first one when it names a qualified group, else the most specific
//! one. Without a Customer section, a note headed by the people it is for
//! ("Players") stands in for it, and failing that the pitch.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::customer_segment as segment;
use super::signals::{self, NUM, Sentence, Tally, absence, re};
use crate::model::{Idea, Step};

/// What the customer analyzer found, for the verdict and the improvements.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct CustomerFacts {
    /// A segment was written at all.
    pub present: bool,
    /// "Everyone", "anyone who…": the rubric's level 1.
    pub universal: bool,
    /// A later sentence widens the segment back to everybody.
    pub widened: bool,
    /// The segment has a real qualifier (where, which, with what).
    pub qualified: bool,
    /// The situation or trigger that makes them care.
    pub trigger: bool,
    /// A number for the segment's size.
    pub size: bool,
    /// Where to reach them.
    pub channel: bool,
    /// The buyer told apart from the user.
    pub buyer_user: bool,
    /// Who is explicitly not the customer.
    pub exclusion: bool,
}

impl CustomerFacts {
    /// A count plus one more edge (who is out, who buys versus who uses,
    /// or where to reach them) draws a segment the writer has met. Its
    /// situation is the one the Problem section describes, so it stands in
    /// for a trigger the Customer section does not repeat (people rarely
    /// say "when" twice). Independent labellers read such segments at 4 or
    /// 5 far more often than at 3. A count alone, or an edge alone, still
    /// needs the trigger.
    pub fn bounded(&self) -> bool {
        self.size && (self.exclusion || self.buyer_user || self.channel)
    }
}

/// The trigger or situation that makes the segment start looking; "the
/// jobs where the client is still living in the house" names one too.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:the )?(?:jobs|sites|days|shifts|occasions) (?:where|when|on which)\b|\bwho (?:book|books|booked|order|orders|ordered|buy|buys|bought|hire|hires|hired) (?:an? |the |their )?(?:[\w'’-]+ ){0,2}(?:with|from|through) us\b|\bwho(?:se)? (?:[\w'’-]+ ){0,3}?(?:has|have|had) (?:just |recently |newly )?(?:bought|inherited|died|moved|lost|sold|retired|started|opened|closed|received|passed|failed|qualified|graduated|completed|finished|been (?:diagnosed|told|refused|fined|discharged|made redundant|bereaved|evicted|burgled|flooded))\b|\b(?:deciding|choosing|trying to decide|weighing up) (?:whether|which|what|between|if)\b|\bwho(?:['’]ve| have| has| had)? (?:just|recently) (?:had|got|received|suffered|faced|seen|been)\b|\bwho [^.;]{1,80}?\b(?:between|from) (?:(?:late|early|mid)[- ])?(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:and|to|until|till|through) (?:(?:late|early|mid)[- ])?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:comes?|came|falls?|fell) due\b|\bdue for\b|\bmoments? (?:they|it|he|she|we) (?:care|cares|matters?|bites?)\b|\b(?:on|for) (?:a|the|one) (?:weekend|day|evening|night|week|saturday|sunday) in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:just|recently) (?:got|received|had|opened) (?:a |an |the |their )?(?:[\w-]+ ){0,2}(?:letters?|notices?|orders?|fines?|bills?|summons|warnings?|notifications?|demands?|reminders?)\b|\bwho (?:have |has )?(?:just |recently |already )?(?:lost|missed|failed|were fined|got fined|had (?:[\w-]+ ){1,3}(?:rejected|stolen|damaged|ruined|spoiled|refused))\b|\bit(?:'s| is) (?:at|in|during|before|around|on) [^.;]{1,60}? that (?:they|we|people|customers|families|owners)\b|\b(?:makes? (?:us|them|him|her|people) (?:really |most )?care\b|when|whenever|after|once (?:they|he|she|we|their|his|her|the|it|you|a [\w-]+ (?:is|has|arrives|starts|ends))|the moment|the day|the week|the month|each time|every time|trigger\w*|start(?:s|ing)? looking|look(?:s)? for|(?:come|comes|go|goes) looking for|in (?:one|this|that|a single) situation|as soon as|following (?:a|an|the)\b|right before|the first time|at the (?:\w+ ){0,2}moment|(?:has|have|need|needs) to (?:report|file|renew|submit|book|order|plan|prepare|pass|comply|sign|log|check|decide|publish|record|dispose|declare|register|inspect|certify|replace|prove|show)|(?:is|are) (?:required|obliged|legally required) to|who must|they must|must (?:log|report|file|renew|submit|sign|check|publish|record|declare|register|dispose|pass|comply)|deadline|(?:is|are|gets?|got) stuck\b|\b(?:during|ahead of|in the run-up to|in the (?:days?|weeks?|months?) before|before) (?:the|each|every|their|a|an|his|her) [\w-]+|\bin the (?:days?|weeks?|months?) (?:before|after) (?:they|he|she|you|we|it)\b|\b(?:before|ahead of|in the run-up to) [\w-]+ day\b|\b(?:opening|starting|launching|setting up|taking over) (?:a |an |their |his |her )?(?:new |first )(?:[\w'’-]+ ){0,2}(?:shop|business|store|restaurant|caf[eé]|salon|practice|clinic|office|branch|premises|bakery|studio|gym|pub|bar|surgery|workshop)s?\b|\bat (?:harvest|lambing|calving|shearing|planting|sowing|haymaking|vintage|the harvest)\b|\bat (?:the )?(?:start|end|beginning|close) of (?:the|each|every|a|their) [\w-]+|\bat (?:tax|renewal|audit|inspection|exam|harvest|month-end|year-end|enrol?ment|admissions?|moving) (?:time|season)\b|\b(?:becomes|gets|turns) urgent\b|\bat the point\b|\bon (?:a |the )?(?:busy|peak|bank holiday|match|race|market) (?:saturday|sunday|weekend|day|night|friday|evening)s?\b|\bon the (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|days|mornings|evenings|nights|weekends) (?:when |that )?(?:they|he|she|we)\b|\b(?:at |during |through |over )?(?:lambing|calving|harvest|shearing|planting|nesting|breeding|exam|tax|wedding|holiday|tourist|ski) (?:time|season|period|peak)\b|\b(?:usually|often|typically|mostly) because\b|\bat short notice\b|\blast[- ]minute\b|\bwho (?:need|needs|must take|have to take|has to take) (?:a |an )?(?:legal|legally required|mandatory|statutory|compulsory)\b|\bwho (?:are|is) (?:judged|measured|assessed|rated|paid|penalised|penalized|fined|audited|inspected) (?:on|by|for)\b|\b(?:each|every|in the|during the|before the|ahead of the) (?:summer|winter|spring|autumn|fall|christmas|easter|harvest|exam season|exam series|intake|open day|peak season|busy season|renewal round)\b|\b(?:rotates?|changes? hands|is handed over|passes) (?:each|every) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|year)\b|\b(?:officers?|inspectors?|councils?|regulators?|authorit(?:y|ies)|rules?|laws?|insurers?) (?:there |now |also |all )?(?:require|requires|demand|demands|insist on|insists on|oblige|obliges)\b|\bin the run-up to \w+|\bwho (?:[\w-]+ ){0,2}?(?:must|have to|has to|need to|needs to) (?:\w+ )?(?:send|staff|file|book|renew|replace|hire|find|submit|prepare|pass|deliver|move|collect|sell|buy|order|pay)\b|\b(?:who|that|which|where) (?:[\w'’-]+ ){0,12}?(?:(?:(?:\w+ )?times a|every|each|per) (?:day|night|week|month|year|shift|term|season)|most (?:weekends|days|nights|weeks|mornings|evenings)|(?:daily|nightly|weekly|fortnightly|monthly|quarterly|annual|yearly|seasonal) [\w-]+)\b|\b(?:annual|monthly|weekly|nightly|seasonal|rotating|yearly|quarterly) (?:[\w-]+ )?(?:contracts?|rotas?|shifts?|rounds?|inspections?|renewals?|audits?|reviews?|checks?|exams?|returns?|filings?)\b|\b(?:preparing|getting ready|revising|training) for (?:a|an|the|their|his|her|next|an upcoming) \w+|\b(?:who|that|which|and) (?:were|was|have been|has been|got) (?:\w+ )?(?:written up|inspected|audited|fined|criticised|criticized|flagged|warned|penalised|penalized|cited|downgraded|marked down)\b|\bwho (?:get|gets|receive|receives|take|takes|land|lands) (?:an?|the) (?:[\w'’–-]+ ){0,4}(?:orders?|requests?|bookings?|commissions?|enquir(?:y|ies)|inquir(?:y|ies)) (?:out of season|at short notice|in (?:winter|summer|the off-season)|off-season|late)\b|\b(?:they|he|she|owners|managers) (?:really |only )?(?:care|cares|notice|notices) (?:most )?(?:in |from |between |during )?(?:january|february|march|april|may|june|july|august|september|october|november|december|monsoon|spring|summer|autumn|winter)\b|\b(?:they|he|she|owners|managers) (?:really |only )?(?:care|cares|notice|notices) (?:most )?(?:when|whenever|once|after|at (?:the|their|each|every)|on (?:the|their|each|every)|during|before|the (?:winter|summer|spring|autumn|season|year|term|night|morning|evening|weekend|day|week|month|moment|first))\b|\b(?:feel|feels|notice|notices|hits?|bites?) (?:it|this|the pain|the problem|hardest|most) (?:most |hardest )?(?:every|each|on|at|in|during|when|before|after|whenever)\b|\bwhere (?:[\w'’-]+ ){1,3}(?:threatens?|puts? (?:\w+ )?at risk|endangers?|jeopardi[sz]es?)\b|\bwhose (?:[\w-]+ ){1,3}?(?:stopped|stops|withdrew|withdraws|ended|ends|dropped|drops|cut|cuts|closed|closes|raised|raises|pulled out|went bust|quit|quits)\b|\b(?:gets?|getting|receives?|received|got) (?:a|an) (?:[\w-]+ ){0,2}(?:warning|letter|fine|notice|penalty|complaint|summons|inspection|audit|rejection|refusal)\b|\bthe point (?:when|where|at which)\b|\b(?:passes|reaches|exceeds|crosses|outgrows|grows past|goes past|tops) (?:about |around |roughly )?(?:\d[\d,]*|ten|twenty|thirty|forty|fifty|a hundred)\b|\bwho (?:need|needs) (?:a|an|the|their) (?:[\w-]+ ){1,4}?to (?:appeal|prepare|apply|file|comply|prove|pass|qualify|claim|renew|register|report|travel|move|sell|buy|open|start|replace|sit|enrol|enroll)\b|\bshows? up (?:when|at|in|during)\b|\b(?:for|before|ahead of|during) the (?:[\w-]+ )?rush\b|\bwhose [\w-]+ (?:\w+ ){0,2}?(?:die|dies|run out|runs out|outgrow|outgrows|turn|turns|start|starts|leave|leaves|move|moves|fail|fails|break|breaks|expire|expires|close|closes|retire|retires|change|changes|need|needs)\b|\bwho (?:have|has|had) (?:just |recently |been )?(?:received|got|been (?:given|served|sent|told|diagnosed|offered|refused|made redundant|evicted))\b|\bon (?:a|the|their) (?:[\w-]+ ){0,2}waiting lists?\b|\bwhose [\w-]+(?:, [^,]{1,30},)? (?:is|are|has|have|was|were) (?:stuck|waiting|due|about to|just|newly|recently|facing|behind|failing)\b|\bwhose [\w-]+ (?:[\w'’-]+ ){1,6}?(?:this|next|each|every) (?:summer|winter|spring|autumn|fall|season|year|month|week)\b|each (?:half[- ]term|term|season|quarter|month|year)|for (?:every|each) \w+|who (?:currently|already|still|regularly|now|today) \w+|(?:currently|today) (?:they |use |rely |run |keep |send |spend ))\b|\b(?:needs?|requires?) (?:a|an) (?:[\w-]+ ){0,3}(?:approval|permit|licen[cs]e|certificate|certification|inspection|filing|renewal|audit|sign-off)\b|\b(?:birthdays?|weddings?|anniversar(?:y|ies)|funerals?|graduations?|retirements?|moving house|a new baby|(?:peak|busy|tax|holiday|harvest|wedding) season|shift changes?|handovers?|month-end|year-end|payday)\b|\bwho (?:[\w'’-]+ ){1,8}?and (?:then )?(?:find|finds|discover|discovers|realise|realises|realize|realizes|learn|learns)\b|\bwho (?:only )?(?:find|discover|realise|realize|learn) (?:out )?(?:that|too late|there)\b|\bwhose [\w-]+ (?:\w+ ){0,2}(?:receives?|gets?|handles?|fields?) (?:\w+ ){0,2}(?:requests?|calls?|claims?|complaints?|orders?|applications?|referrals?)\b|\b(?:in|during|each|every|before|ahead of) (?:the )?[\w-]+ season\b|\bno longer (?:services?|supports?|supported|serviced|maintains?|maintained|makes?|sells?|updates?|updated)\b|\b(?:starts? to|begins? to) matter\b|\bthe first (?:weekend|week|day|month|season|night|morning) (?:a|an|the|their|they|that)\b|\b(?:out of|end of) (?:support|warranty|service life)\b|\b(?:must|has to|have to|needs? to|(?:is|are) due to)\b[^.;]{0,80}?\bby (?:(?:the )?(?:end|close) of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)\b|(?:the )?\d{1,2}(?:st|nd|rd|th)\b|(?:each|every|the) (?:deadline|cut-?off))",
    )
});

/// A working rhythm in a clause about the segment ("who meet at dawn on
/// Saturdays", "who set up six to ten services a day", "that bill parents
/// termly"), or the requests they field ("They get the 'is it ready yet?'
/// calls"): the standing situation in which they feel the problem. A yearly
/// volume ("who press 400 tonnes a year") is scale, not a rhythm, so it is
/// left to the size and qualifier rules.
static RHYTHM_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:who|whose|that|which)\b(?:[^.;:()]{0,80}?)\b(?:(?:[a-z][\w-]*s) (?:a|per|each) (?:day|night|week|shift|weekend)|daily|nightly|weekly|fortnightly|termly|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays|weeknights)|at (?:dawn|dusk|daybreak|first light|night|weekends)|most (?:weekends|days|nights|evenings|mornings|weeks)|before dawn|(?:early|every) (?:mornings?|evenings?|nights?)|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|market day))\b|\b(?:is|are) the (?:one|ones|person|people) who (?:gets?|receives?|takes?|fields?|handles?)\b|\b(?:working|doing|covering|running|taking|picking up) (?:[\w-]+ ){0,2}?(?:\d[\d–-]*|one|two|three|four|five|a few|several) (?:[\w-]+ )?(?:shifts|nights|days|sessions|jobs|rounds|runs|visits|weekends) (?:a|per|each) (?:week|month|fortnight)\b|\b(?:unpaid|as volunteers?|in (?:their|his|her) (?:own|spare) time) on (?:a |their )?(?:saturdays?|sundays?|weekends?|evenings?)\b|^\W*(?:they|most of them|each of them|all of them)(?: all)? (?:get|gets|field|take|receive|handle|answer|deal with) (?:the |those |these )?(?:\x22|“|‘|')[^.;]{3,60}(?:\x22|”|’|') (?:calls|requests|questions|queries|complaints|enquiries|inquiries|emails|messages|texts)\b",
    )
});

/// The situation a segment is in when it is defined by what it lacks or is
/// refused ("who don't have a car", "who cannot drive", "but are refused
/// discharge because nobody can take them home") or by the conditions it
/// meets ("must reach the surgery during snow and ice"): the want that
/// makes them care, said as a circumstance rather than as a moment.
static SITUATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:who|that|and|but) (?:still )?(?:do not|don't|dont|does not|doesn't|cannot|can't|cant|can no longer|no longer can|are unable to|is unable to|are not able to|have no|has no|lack|lacks|are refused|is refused|were refused|get refused|are turned away|get turned away|are left without|are stranded)\b|\bduring (?:snow|ice|floods?|storms?|heatwaves?|droughts?|frost|gales|school holidays|exams|the school holidays|lockdown|power cuts|strikes)\b",
    )
});

/// "They care most on yards where owners work full-time", "it bites
/// hardest in weeks when a baker is off sick": the circumstance in which
/// the segment feels the problem most, said with a superlative. It is the
/// situation that makes them care, named as a trigger is.
static MOST_FELT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:cares?|matters?|bites?|hurts?|stings?|feels? it|(?:is|are) felt) (?:the )?(?:most|hardest|worst|sharpest|keenest)\b(?: (?:[\w'’-]+ ){0,4}?(?:where|when|whenever|during|if)\b)",
    )
});

/// A number attached to the segment: "about 6,400 such firms", "The 64
/// pricing analysts", "4.2 million households". A number that is part of a
/// range ("10 to 80 buildings") is a qualifier, not a size, and units of
/// time or money are not populations.
static SIZE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b({NUM})(?:-odd|\+|-plus)? (?:of (?:them|these|those)\b|such [a-z][\w'’-]*\b|(?:[\w'’-]+ ){{1,2}}?(?:of (?:that|this|the same|similar) (?:size|kind|type|sort)|like (?:this|that|these|ours|them))\b|(?:such )?(?:[\w'’\x{{80}}-\x{{10FFFF}}-]+ |\([^)]{{1,30}}\) ){{0,5}}?(?:such )?(?:[a-z][\w'’\x{{80}}-\x{{10FFFF}}-]*s|people|staff|children|men|women|folk|personnel)\b)"
    ))
});

/// A count standing alone at the end of a clause ("we estimate 7 million.",
/// "The county lists 58."): a size even with no noun after the number, when
/// a counting verb or an estimate word introduces it.
static BARE_SIZE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\(|~|\b(?:size|segment size|how many|population|count|market size) ?[:—–-]|\b(?:estimate|estimated|estimates|count|counts|counted|lists|listed|number|numbers|total|totals|about|around|roughly|approximately|approx|circa|more or less|some|nearly|almost|~)) ?(?:of )?(?:at least |about |around |roughly |some |~)?({NUM})\s*(?:[.;,)]|$|\(| of them\b|\)| in (?:total|all|the (?:county|country|state|region|city|area|uk|us|eu))|(?: [\w'’\x{{80}}-\x{{10FFFF}}-]+){{0,2}}? (?:still |now |currently |officially )?(?:listed|registered|licensed)\b| (?:are |were )?(?:on|in) (?:our|the|their) (?:[\w'’-]+ ){{0,4}}(?:list|books|register|registry|database|records|rolls?)\b)|^\W*({NUM}) (?:are |were )?(?:on|in) (?:our|the|their) (?:[\w'’-]+ ){{0,4}}(?:list|books|register|registry|database|records|rolls?)\b"
    ))
});

/// A count the section states outright: "In Unnan there are about 520
/// han-cho.", "We know of 58.", a table row "| How many | About 3,000 …":
/// the sentence's own form says it counts the segment, whatever plural the
/// people's name takes. It is read before [`BARE_SIZE`], so "there are …"
/// lives here only.
static STATED_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:^\W*(?:how many|size|segment size|number|count)\W*[:|—–-]|\bthere(?: are| were|'s|’s|s| is)|\b(?:we|i) know of|\b(?:we|i) (?:are|am) aware of|\b(?:counts|counted|lists|listed|registers|registered|records|recorded))\s*(?:about |around |roughly |some |approximately |over |nearly |at least |~)?({NUM})(?:\s+([\w'’-]+))?"
    ))
});

/// Words before a number that make it a qualifier ("with 25 nurses",
/// "under 10 staff") rather than the size of the segment.
static QUALIFYING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:with|of|under|over|than|to|from|between|least|up|most|each|per|every|aged|ages)\W*$|(?:\d|\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bten)\W*(?:and|or)\W*$",
    )
});

/// Words that make a "size" really a unit of time, money or rate.
/// "A group of 23 companies", "a total of 140 clubs": a collective noun's
/// "of" introduces the segment's count, not a qualifier ("firms of 20 staff");
/// so does "with" after a group ("a parents' chat group with 140 families").
static COLLECTIVE_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:group|total|network|community|list|pool|cluster|union|association|federation|population|set|circle|league|collective|cohort|family) of\W*$|\b(?:group|chat|channel|list|newsletter|register|network|community|club) with\W*$",
    )
});

static NOT_POPULATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:hours|minutes|days|weeks|months|years|times|percent|dollars|euros|pounds|miles|kilometres|kilometers|km|acres|items|orders|calls)\b|[$€£%]",
    )
});

/// Where to reach them: an organised place where the segment gathers, or
/// the writer's own acquaintance ("I know most of them by name"), or the
/// writer's own line to them ("they all book directly with us, so we can
/// offer it in the pre-arrival email"). So is saying they are easy to find,
/// or a body's newsletter that goes to all its members.
static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:easy|easier|simple) (?:for (?:us|me) )?to (?:find|reach|meet|contact)\b|\b(?:we|i) (?:can |could |will |already )?reach them (?:before|when|as soon as|the moment|while|during|at the point)\b|\bevery (?:booking|order|guest|visitor|member|subscriber|buyer) (?:already )?(?:gets|receives) (?:a|an|our) (?:[\w-]+ ){0,2}(?:email|text|letter|leaflet|message|confirmation)\b|\b(?:we|i) (?:can |could |will |already )?reach (?:all|every one|each one|each|every|most) (?:of )?(?:them|these|those|us)\b|\b(?:we|i) (?:can |could |will |already )?(?:reach|contact) (?:them|these [\w-]+|those [\w-]+) directly\b|\b(?:reach|find|meet) them where they (?:already )?(?:are|gather|meet|go)\b|\balready (?:pay|pays|book|books|order|orders|buy|buys|use|uses|log in|logs in|sign in|signs in) (?:[\w'’-]+ ){0,3}?(?:through|via|in|on|with) our (?:own |existing )?(?:[\w-]+ )?(?:app|website|site|portal|shop)\b|\b(?:sends?|sent|emails?|posts?) (?:out )?(?:a |an |its |their |the )?(?:[\w-]+ )?(?:newsletter|bulletin|magazine|mailing) to (?:all |every |its |their )?(?:[\w-]+ )?members\b|\b(?:we|i) (?:already |personally )?know (?:most|many|all|half|a lot|every one|each one) of them\b|\b(?:we|i) (?:already )?know them (?:all |both )?(?:personally|by name|already|well)\b|\b(?:we|i) (?:already |can |could |will |would |can already )?(?:offer|sell|pitch|mention|suggest|show|quote) (?:it|this|them|the [\w-]+) (?:to them )?(?:on|at|in|during) (?:the|our|each|every) (?:[\w-]+ )?(?:calls?|visits?|checkouts?|tills?|counters?|desks?|quotes?|emails?|forms?|confirmations?)\b|\b(?:book|books|booked|order|orders|ordered|buy|buys|bought) (?:directly|direct) (?:with|from|through) us\b|\bwhere (?:we|i) (?:would )?(?:put|hang|pin|leave|post) (?:up )?(?:the |a |our |my )?(?:posters?|flyers?|notices?|leaflets?|signs?)\b|\b(?:send|sends|refer|refers|point|points|direct|directs) (?:them|customers|people|clients|patients) (?:direct |directly |straight |over |on )?to us\b|\b(?:give|gives|hand|hands) (?:them |out )?our (?:cards?|flyers?|leaflets?|business cards?)\b|\b(?:which|that|this) is (?:where|how) (?:we|i)(?: would| will| can| could|'d|’d)? (?:contact|reach|find|meet|approach|email|ring|call|write to) them\b|\b(?:reach(?:able|ed)?|find (?:them|us)\b|(?:get|getting) (?:at|to|hold of) them\b|found (?:at|in|through)|(?:we|i) (?:already |regularly |often )?(?:see|meet) (?:them|most of them|many of them)\b|through|via|channel|sell(?:ing)? (?:through|at|via)|members? of|listed in|recruit(?:ed)? (?:through|from))\b.{0,80}\b(?:associations?|directory|directories|newsletters?|conferences?|events?|shows?|chapters?|groups?|networks?|brokers?|partners?|distributors?|dealers?|communit(?:y|ies)|forums?|meetups?|subreddits?|marketplaces?|app stores?|listservs?|referrals?|podcasts?|guilds?|societ(?:y|ies)|unions?|federations?|councils?|clubs?|co-?ops?|lists?|registr(?:y|ies)|portals?|wholesalers?|suppliers?|trade|churches|parishes|mosques|temples|schools|libraries|clinics|pharmacies|surgeries|practices|hospitals|cent(?:re|er)s|agencies|hostels|depots|courses|employers|charities|coordinators|account managers?|sales (?:reps?|team|force))\b|\balready (?:talk|work|sell|deliver|speak) (?:to|with)\b|\b(?:see|meet|met|bump into|run into) (?:each other|one another|them|most of them|all of them) (?:\w+ ){0,3}?at (?:the |a |an |our |their )?(?:[\w&'’-]+ ){0,5}?(?:meetings?|expos?|fairs?|shows?|conferences?|conventions?|events?|markets?|auctions?|sales)\b|\b(?:all )?(?:turn|turns|show|shows) up (?:at|to)\b|\brefers? (?:\w+ )?(?:users|patients|clients|customers|people|them|families|tenants|members) to us\b|\b(?:reach|reached|reaching|find|found|contact|meet) (?:(?:them|us) (?:all |both )?|these \w+ |those \w+ |him |her )?(?:\w+ly |(?:every|each) (?:[\w-]+ )?(?:morning|evening|day|night|week|weekend|month|season|year|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?(?:through|via|at|on|in|by)\b|\b(?:where|how) (?:i|we|you|one)(?:['’]d|['’]ll| would| could| can| will)? (?:find|reach|meet) (?:them|these|those|most)\b|\b(?:reach|reached|reaching|contact|contacted|meet|met) (?:the|these|those|our|all|most) (?:[\w'’-]+ ){1,2}(?:at|in|on|through|via) (?:the|their|our|a|an|each|every) |\b(?:we|i) know (?:where|how) to (?:find|reach) them\b|\b(?:association|federation|guild|union|society|council|chamber|network|co-?op|cooperative|club)['’]s (?:[\w-]+ ){0,2}(?:meetings?|conferences?|newsletters?|events?|fairs?|shows?|training days?|mailing lists?|directory|register)\b|\b(?:find|meet|reach) (?:\w+ly )?(?:all|most|each|every one|many) (?:[\w-]+ )?of (?:us|them|(?:their|these|those) [\w-]+) (?:at|in|on|through)\b|\b(?:is|are) reached\b|\b(?:is|are|was|were) how (?:we|i)(?: will| can| would)? (?:reach|find|meet|contact|recruit)\b|\b(?:whatsapp|facebook|telegram|viber|wechat|signal|messenger|discord|slack) (?:group|chat|channel|community|page)s?\b|\b(?:lists?|registers?|registry|database|directory|newsletters?|mailing lists?) (?:that |which )?(?:we|i) (?:can |could )?(?:write|email|e-mail|mail|send|post|text|call|phone) (?:to|out)?\b|\b(?:are|is|all) (?:all )?(?:in|on|members of) (?:a|one|the|our|their|an) (?:[\w'’-]+ ){0,5}(?:groups?|chats?|forums?|associations?|networks?|clubs?|communit(?:y|ies)|channels?|registers?|registry|directory)\b|^\W*(?:where|channels?|how (?:we|to) reach them|reach)\s*:|\b(?:flyers?|leaflets?|posters?|adverts?|ads?|posts?) (?:in|at|on|through)\b|\b(?:puts?|putting|pins?|pinning|posts?|hangs?) (?:up )?(?:a |our |the )?notices? (?:in|at|on)\b|\b(?:come|comes|came) (?:through|to|into) (?:our|the) (?:[\w-]+ )?(?:counter|shop|store|office|desk|clinic|branch|website|site|app|door)s?\b|\balready (?:buy|buys|shop|shops|order|orders) (?:from|at|with) us\b|\bwhere (?:we|we'll|we will|we would|we'd|they) (?:sell|find|reach|meet|advertise|buy|shop|gather|sign (?:them |people |members )?up|recruit|enrol)\b|\b(?:in|through) our (?:\w+ ){0,2}?(?:network|membership|partners?|mailing list|customer base)\b|\bon (?:the|our|their|its) (?:[\w'’-]+ ){0,3}(?:mailing|e-?mail|distribution|member|membership|members'?) lists?\b|\b(?:holds?|keeps?|has|have) (?:all )?(?:their|the members'?|each one's|every [\w-]+'s) (?:contacts?|contact details|addresses|phone numbers|e-?mails?|e-?mail addresses)\b|\b(?:attend|attends|go to|goes to|come to|comes to|show up at|shows up at|read|reads|follow|follows|subscribe to|subscribes to|belong to|belongs to|gather at|meet at)\b.{0,60}\b(?:meetings?|conferences?|conventions?|congress|summits?|expos?|fairs?|newsletters?|magazines?|journals?|associations?|chapters?)\b|\b(?:through|via|from|on) (?:the |our |their |a )?(?:[\w'’-]+ ){0,3}(?:booking pages?|websites?|web sites?|instagram|facebook|linkedin|whatsapp|tiktok|youtube|social media|mailing list)\b|\b(?:have|has|run|runs|share|shares|keep|keeps) (?:a |an |one |their own |its own )?(?:[\w'’-]+ ){0,2}(?:whatsapp|telegram|viber|signal|facebook|wechat) (?:groups?|chats?|channels?)\b|\b(?:have|has) (?:a |an |one |their own |its own )?notice ?boards?\b",
    )
});

/// The buyer: who signs or pays.
static BUYER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:buyers?|buys|pays|pay|paying|purchas\w+|budget|signs? (?:the )?(?:contract|cheque|check|order|off)|decision[- ]makers?|approves?|funds it|orders it)\b|\bthe [\w-]+ signs\b",
    )
});

/// The user: who works with it day to day.
static USER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:users?|use it|uses it|use the|using it|(?:is|are) using|day[- ]to[- ]day|hands-on|logs?|operates?|works? with it|receives?|receiving|collects|learns?|eats|benefits|the ones who|(?:daily|everyday|day-to-day) users?|who (?:actually|really|physically) \w+)\b",
    )
});

/// Naming the buyer as a role of its own ("X is the buyer", "the person who
/// pays") already tells the buyer apart from the user.
static NAMED_BUYER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:the )?[\w-]+ (?:pays?|signs?|buys?|funds?)(?: \([^)]*\))?\s*[;,]\s*(?:the |their |his |her )?[\w/-]+ \w+|\b[\w-]+ (?:pays?|signs?|buys?|funds?) (?:for )?(?:the |a |an |each |every )?[\w-]+(?: [\w-]+)?\s*;\s*(?:the |their |his |her )?[\w-]+ \w+|\b(?:is|are) the buyers?\b|\bthe buyers? (?:is|are)\b|\b(?:person|one) who pays\b|\bwho (?:pays|buys) (?:is|are)\b",
    )
});

/// An explicit exclusion: who is NOT the customer.
pub(super) static EXCLUSION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:not|never|excluded|out)\s*[:—–]|\b(?:not for|not (?:our|the|a|an) (?:customers?|targets?|market|users?|segment|focus)|not (?:customers?|clients?|buyers?|users?) (?:for|of) (?:us|this|the)\b|not targeting|not (?:aimed|addressed|built|designed|meant|intended|made|offered|sold|directed|targeted) (?:for|at|to)\b|(?:are|is) (?:explicitly |deliberately |specifically )?not (?:included|covered|eligible)\b|(?:we are|we're|we|we'll|we will|i am|i'm|i|i'll|i will) (?:explicitly |deliberately |specifically |consciously |intentionally )?not (?:serv(?:e|es|ing)\b|target(?:s|ing)?\b|sell(?:ing)? to\b|\w+ing (?:this |it |them )?(?:for|to|at|with) |for)|aren't for|isn't for|is not for|are not for|not in scope|out of scope|(?:,|and|but) not ours\b|\bnot our (?:job|market|customers?|focus|problem|segment)\b|outside (?:the |our )?(?:target|scope|segment)|(?:not|won't be|aren't|are not|we're not|we are not) (?:going after|chasing|pursuing)|exclud(?:e|es|ed|ing)\b|(?:we|i)(?:['’]m|['’]re| am| are| will|['’]ll)? (?:explicitly |deliberately |consciously |intentionally )?(?:leaving|leave|keeping|keep) out (?:the |all |any )?[a-z]|(?:we|i) won't (?:serve|target|sell)|(?:we|i) will not (?:serve|target|sell)|not (?:now|yet|at first): |who (?:we|it) (?:is|are) not for|\b(?:proposal|project|service|scheme|offer|product|tool|idea|pilot|plan|app|it) (?:does|will|would|shall)(?: not|n't) (?:concern|cover|extend to|apply to) (?:the |any )?[a-z])",
    )
});

/// A sentence that opens with "Not" and names who: "Not for agencies.",
/// "Not holiday caravan parks, and not the big operators.", "Not jewellers'
/// chains with a repair counter." Read apart from [`EXCLUSION`] because
/// the word after "not" decides: "Not sure about prices", "Not just
/// farmers", "Not all clubs have a website" exclude nobody.
static NOT_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*not (?:for )?(?:[\w'’-]+(?:,| or| and)? ?){1,5}[.!]?\s*$|^\W*not (?:for |the |a |an )?(?:[\w'’-]+ ){0,3}[\w'’-]{3,}s['’]?(?:,|;|\.|$| and\b| or\b| with\b| that\b| who\b| which\b| in\b| on\b| \()",
    )
});

/// Whether a sentence excludes someone: an [`EXCLUSION`] phrase, or a
/// "Not …" opener whose next word names people rather than hedging.
///
/// Asked of the Customer sentences by the exclusion signal and twice by
/// the segment: answered once per analysis (see `signals::remembered`).
pub(super) fn excludes(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    static QUESTION: u8 = 0;
    signals::remembered(&QUESTION, &s.clean, || excludes_uncached(s))
}

/// Whether a sentence leaves people out: it excludes someone itself, or it
/// is the list after an exclusion label on the same line ("**Not the
/// customer.** Single-site nurseries, childminders, and anyone in Wales"),
/// where an "anyone" names who is left out, not who is served.
pub(super) fn leaves_out(sentences: &[Sentence<'_>], s: &Sentence<'_>) -> bool {
    const LABEL_WORDS: usize = 6;
    excludes(s).is_some()
        || sentences.windows(2).any(|pair| {
            std::ptr::eq(&pair[1], s)
                && pair[0].line == s.line
                && pair[0].clean.split_whitespace().count() <= LABEL_WORDS
                && excludes(&pair[0]).is_some()
        })
        || listed_under_exclusion(sentences, s)
}

/// Whether a sentence sits in the list that an exclusion lead opens ("Who
/// we are not for:" and then "- people moving into a refuge", "- anybody
/// who simply wants better locks"): every item of that list names people
/// left out, so an "anybody" there widens nothing.
///
/// Walks back item by item (a sentence that goes on along an item's line
/// belongs to that item) to the line ending in a colon; any other line in
/// between means the list, if there was one, has ended.
fn listed_under_exclusion(sentences: &[Sentence<'_>], s: &Sentence<'_>) -> bool {
    use crate::model::text::starts_list_item;
    let item = |x: &Sentence<'_>| starts_list_item(x.raw.trim_start());
    let Some(at) = sentences.iter().position(|x| std::ptr::eq(x, s)) else {
        return false;
    };
    let mut current = s;
    for before in sentences[..at].iter().rev() {
        let same_item = before.end_line() == current.line;
        if !item(current) && !same_item {
            return false;
        }
        if before.clean.trim_end().ends_with(':') && !item(before) {
            return current.line <= before.end_line() + 2 && excludes(before).is_some();
        }
        if !same_item && current.line > before.end_line() + 2 {
            return false;
        }
        current = before;
    }
    false
}

fn excludes_uncached(s: &Sentence<'_>) -> Option<std::ops::Range<usize>> {
    const HEDGES: &[&str] = &[
        "all",
        "many",
        "much",
        "every",
        "just",
        "only",
        "sure",
        "yet",
        "always",
        "quite",
        "even",
        "everyone",
        "everybody",
        "really",
        "necessarily",
        "exactly",
        "enough",
    ];
    // "Families with no bus service are not the customer": the "no" belongs
    // to another phrase. An exclusion that says "not" itself is not undone
    // by a negation before it.
    let says_not = |r: &std::ops::Range<usize>| {
        let words = s.clean[r.clone()].to_ascii_lowercase();
        words.split_whitespace().any(|w| w == "not" || w == "never")
    };
    // The first match that is not negated, or else the first match if it
    // says "not" itself: one search for both.
    let mut matches = EXCLUSION.find_iter(&s.clean).map(|m| m.range());
    let first = matches.next();
    let named = first
        .clone()
        .into_iter()
        .chain(matches)
        .find(|r| !signals::negated(&s.clean, r.start));
    named.or_else(|| first.filter(says_not)).or_else(|| {
        let m = NOT_OPENER.find(&s.clean)?;
        let next = s.clean[m.start()..]
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
            })
            .find(|w| w != "not" && w != "for" && !w.is_empty())?;
        (!HEDGES.contains(&next.as_str())).then(|| m.range())
    })
}

/// A named persona: "Maria, a clinic manager in Leeds".
static PERSONA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)[A-Z][a-z]+, (?:a|an|the|our) [a-z]").unwrap_or_else(|_| re("$^"))
});

/// Score customer clarity.
pub(crate) fn analyze(idea: &Idea) -> (u8, Vec<super::Signal>, CustomerFacts) {
    let mut own = signals::section(idea, Step::Customer);
    if own.is_empty() {
        own = customer_notes(idea);
    }
    let (sentences, from_pitch) = if own.is_empty() {
        (signals::section(idea, Step::Pitch), true)
    } else {
        (own, false)
    };
    let mut t = Tally::default();
    let mut f = CustomerFacts::default();
    if sentences.is_empty() {
        t.push(absence(
            "customer-missing",
            5,
            Step::Customer,
            "There is no Customer section, so nobody in particular is the customer.",
        ));
        let (score, signals) = t.finish_at_middle(1, "No customer is named.", Step::Customer);
        return (score, signals, f);
    }
    f.present = true;
    // A letter written without headings describes its customer in a
    // paragraph somewhere in its pitch: that paragraph is read as the
    // Customer section's details.
    let described = from_pitch
        .then(|| customer_paragraph(idea, &sentences))
        .flatten();
    segment::segment(
        &sentences,
        from_pitch,
        described.as_ref().map(|d| d.about_whom.as_slice()),
        &mut t,
        &mut f,
    );
    if let Some(Described { paragraph, .. }) = &described {
        details(paragraph, &mut t, &mut f);
    } else if !from_pitch {
        // "Where to find them: the smallholders' group …" under its own
        // label is the Customer section's reach, told apart.
        let mut sentences = sentences;
        sentences.extend(reach_notes(idea));
        details(&sentences, &mut t, &mut f);
        if !f.trigger {
            pitch_trigger(idea, &mut t, &mut f);
        }
    }
    let level = level(&f, from_pitch && described.is_none());
    let why = why(level, &f, from_pitch);
    let (score, signals) = t.finish_at_middle(level, &why, Step::Customer);
    (score, signals, f)
}

/// In a letter (see [`signals::is_letter`], or a pitch of three paragraphs
/// or more above the first heading), the paragraph of the pitch that
/// describes the customer: the first that counts them ("there are roughly
/// 400 district sweeps") and also says where to reach them or when they
/// care. A count of things ("400 kilos"), of money ("450,000 pesos") or of
/// a sample ("we asked 17 masters") is no segment's size, and details
/// scattered one per paragraph are left unread.
fn customer_paragraph<'a>(idea: &'a Idea, pitch: &[Sentence<'a>]) -> Option<Described<'a>> {
    // "We asked 17 district masters": a sample the author spoke to, which
    // is evidence, not how many customers there are.
    static SAMPLED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:asked|interviewed|surveyed|polled|spoke (?:to|with)|talked (?:to|with)|met(?: with)?|called|visited)\s+(?:[\w'’-]+\s+){0,3}$",
        )
    });
    // A letter may title only its last step ("## What worries me"): a
    // pitch of three paragraphs or more is read as a letter all the same.
    let mut paragraphs = signals::paragraphs(idea, pitch.to_vec());
    if !signals::is_letter(idea) && paragraphs.len() < 3 {
        return None;
    }
    let at = paragraphs.iter().position(|p| {
        let counted = size(p).is_some_and(|(s, r)| {
            !signals::MONEY_AMOUNT
                    .find_iter(&s.clean)
                    .any(|m| m.start() < r.end && r.start < m.end())
                    && !SAMPLED.is_match(&s.clean[..r.start])
                    // "This is for the families in Ajrakhpur who wash
                    // their own cloth, about 90 workshops": the count in
                    // the sentence that says whom it is for counts them.
                    && (counts_people(&s.clean[r.start..]) || segment::declares(s))
        });
        // "The players I mean are the folk players of the Berry…": a
        // paragraph that says whom it is for, in so many words, describes
        // the customer whether or not it counts them.
        if !counted && !p.iter().any(segment::declares) {
            return false;
        }
        // Only a paragraph that names its people is read for the details.
        let mut scratch = CustomerFacts::default();
        details(p, &mut Tally::default(), &mut scratch);
        // A count with a second edge (who pays, who is left out) draws the
        // segment as surely as a channel does: see [`CustomerFacts::bounded`].
        scratch.channel || scratch.trigger || scratch.bounded()
    })?;
    // Only the letter's opening and this paragraph say who the customer is:
    // "anyone who has a press is pressing their own fruit", in the paragraph
    // on the problem, tells the customer's day.
    let about_whom = paragraphs[0]
        .iter()
        .chain(&paragraphs[at])
        .map(|s| s.line)
        .collect();
    Some(Described {
        paragraph: paragraphs.swap_remove(at),
        about_whom,
    })
}

/// A letter's customer paragraph (see [`customer_paragraph`]), and the lines
/// that may say who the customer is.
struct Described<'a> {
    /// Read as the Customer section's details.
    paragraph: Vec<Sentence<'a>>,
    /// The lines of the letter's opening paragraph and of this one.
    about_whom: Vec<usize>,
}

/// "About 140 licensed dealers", "400 district sweeps", "14 of us": the
/// count names people within a few words ("400 kilos", "1,200 blocks"
/// count things).
fn counts_people(from_number: &str) -> bool {
    let mut after = from_number.split_whitespace().skip(1);
    // "There are 14 of us who grow coffee": the writer counts their own kind;
    // "the guild list has 118 of these shops" counts the kind just named.
    let mut next_two = after.clone().take(2).map(str::to_lowercase);
    if next_two.next().as_deref() == Some("of")
        && matches!(
            next_two.next().as_deref(),
            Some("us" | "them" | "these" | "those")
        )
    {
        return true;
    }
    after.by_ref().take(3).any(heading_names_people)
}

/// Without a Customer section, a note headed by the people it is for
/// ("Players", "Our readers", "Who are our members?") or by who buys
/// ("Who pays") is the Customer section.
fn customer_notes(idea: &Idea) -> Vec<Sentence<'_>> {
    static HEADING: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\W*who (?:buys|pays|uses|it serves)\W*$"));
    notes_headed(idea, |h| HEADING.is_match(h) || heading_names_people(h))
}

/// The sentences of the notes whose heading `headed` accepts, read as the
/// Customer step's (none are split when no heading is accepted).
fn notes_headed(idea: &Idea, headed: impl Fn(&str) -> bool) -> Vec<Sentence<'_>> {
    if !idea.notes.iter().any(|n| headed(&n.heading)) {
        return Vec::new();
    }
    signals::notes(idea, Step::Customer)
        .into_iter()
        .filter(|s| s.note.is_some_and(&headed))
        .collect()
}

/// "who have nobody to shear them once the June heat comes": a "no" before
/// a clause of time belongs to the main clause, so the moment the clause
/// opens is still named, negated or not.
fn time_clause(s: &Sentence<'_>) -> Option<Range<usize>> {
    TRIGGER
        .find_iter(&s.clean)
        .find(|m| {
            let words = m.as_str().to_ascii_lowercase();
            ["once ", "when ", "whenever ", "as soon as "]
                .iter()
                .any(|w| words.starts_with(w))
        })
        .map(|m| m.range())
}

/// Notes headed by where to find the customers ("Where to find them",
/// "How we reach them", "Channels"): read with the Customer section for its
/// details.
fn reach_notes(idea: &Idea) -> Vec<Sentence<'_>> {
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:where (?:to|we|i) (?:find|reach|meet)|how (?:we|to|i) (?:find|reach|meet)|reach(?:ing)?(?: them)?|channels?|where they (?:are|gather|meet))\b",
        )
    });
    notes_headed(idea, |h| HEADING.is_match(h))
}

/// "The traders", "Our growers", "Tenants": a heading that is nothing but
/// a plural noun for people names who the section is about. People nouns
/// are told by their endings (-ers, -ors, -ists, -ians, -ees) or are common
/// irregular ones; the nouns with those endings that are not people (or
/// are people who are not the customer: partners, investors) are listed.
fn heading_names_people(heading: &str) -> bool {
    const NOT_CUSTOMERS: &[&str] = &[
        "numbers",
        "orders",
        "papers",
        "letters",
        "matters",
        "others",
        "answers",
        "offers",
        "centers",
        "centres",
        "filters",
        "layers",
        "chapters",
        "headers",
        "barriers",
        "powers",
        "blockers",
        "killers",
        "partners",
        "suppliers",
        "competitors",
        "investors",
        "founders",
        "sponsors",
        "funders",
        "backers",
        "advisors",
        "advisers",
        "factors",
        "errors",
        "sensors",
        "monitors",
        "indicators",
        "metrics",
        "basics",
        "economics",
        "logistics",
        "specifics",
        "statistics",
        "analytics",
        "figures",
        "triggers",
        "guarantees",
        "checklists",
        "waitlists",
        "trackers",
        "timers",
        "reminders",
        "drivers",
        "levers",
    ];
    const PEOPLE: &[&str] = &[
        "people",
        "households",
        "farms",
        "workshops",
        "firms",
        "businesses",
        "shops",
        "studios",
        "staff",
        "folk",
        "men",
        "women",
        "children",
        "families",
        "parents",
        "students",
        "residents",
        "patients",
        "clients",
        "tenants",
        "applicants",
        "merchants",
        "participants",
        "attendants",
        "accountants",
        "consultants",
        "volunteers",
        "carers",
        "nurses",
        "riders",
        "guests",
        "fans",
        "patrons",
        "players",
        "readers",
        "listeners",
        "viewers",
        "buyers",
        "members",
        "shoppers",
        "visitors",
        "learners",
        "subscribers",
    ];
    let lower = heading.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let noun = match words.as_slice() {
        [noun] | ["the" | "our" | "my", noun] => *noun,
        // "Target buyers", "Who are our members?": only with a people noun
        // known by name.
        ["target", noun] | ["who", "are", "the" | "our", noun] => {
            return PEOPLE.contains(noun);
        }
        _ => return false,
    };
    if NOT_CUSTOMERS.contains(&noun) {
        return false;
    }
    PEOPLE.contains(&noun)
        || ["ers", "ors", "ists", "ians", "ees"]
            .iter()
            .any(|end| noun.len() > end.len() + 2 && noun.ends_with(end))
}

/// The rubric reads customer clarity "mostly in the Customer section, also
/// the pitch": a pitch made for an obligation ("for the compulsory
/// work-experience week") names the moment they care.
fn pitch_trigger(idea: &Idea, t: &mut Tally, f: &mut CustomerFacts) {
    static OBLIGATION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:compulsory|mandatory|statutory|legally required) (?:[\w-]+ ){0,2}(?:weeks?|placements?|inspections?|audits?|training|exams?|checks?|returns?|reports?|filings?|renewals?|tests?|surveys?|counts?|census)\b",
        )
    });
    let pitch = signals::section(idea, Step::Pitch);
    if let Some((s, r)) = signals::first(&pitch, &OBLIGATION) {
        f.trigger = true;
        t.push(s.signal(
            "customer-trigger",
            12,
            r,
            "The pitch names the obligation that makes them care.",
        ));
    }
}

/// A sentence of the writer's own story: "My grandmother ran a chichería
/// for forty years", "I took over the pots in 2023".
fn writers_story(s: &Sentence<'_>) -> bool {
    static STORY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:so,? )?(?:my (?:grand)?(?:mother|father|mum|mom|dad|parents|family|uncle|aunt|wife|husband|brother|sister)|i (?:was|grew up|worked|studied|ran|took over|started|inherited|learned|learnt|spent|trained|lived))\b",
        )
    });
    STORY.is_match(&s.clean)
}

/// Trigger, size, channel, buyer vs user, exclusions, persona.
fn details(sentences: &[Sentence<'_>], t: &mut Tally, f: &mut CustomerFacts) {
    // "My grandmother ran the bar, and when she passed I took over": the
    // writer's own story has moments too, but they are not the customer's.
    let first_about_customers = |find: &dyn Fn(&Sentence<'_>) -> Option<Range<usize>>| {
        sentences
            .iter()
            .filter(|s| !writers_story(s))
            .find_map(|s| find(s).map(|r| (s, r)))
    };
    let trigger = first_about_customers(&|s| s.find(&TRIGGER))
        .or_else(|| first_about_customers(&|s| s.find(&RHYTHM_CLAUSE)))
        .or_else(|| first_about_customers(&time_clause))
        .or_else(|| first_about_customers(&|s| s.find_any(&SITUATION)))
        .or_else(|| first_about_customers(&|s| s.find(&MOST_FELT)));
    if let Some((s, r)) = trigger {
        f.trigger = true;
        t.push(s.signal(
            "customer-trigger",
            12,
            r,
            "Names the situation or trigger that makes them care.",
        ));
    }
    if let Some((s, r)) = size(sentences) {
        f.size = true;
        t.push(s.signal(
            "customer-count",
            10,
            r,
            "Gives a number for the segment's size.",
        ));
    }
    if let Some((s, r)) = signals::first(sentences, &CHANNEL) {
        f.channel = true;
        t.push(s.signal("customer-channel", 6, r, "Says where to reach them."));
    }
    let buyer = signals::first(sentences, &BUYER);
    let user = signals::first(sentences, &USER).or_else(|| signals::first(sentences, &NAMED_BUYER));
    if let (Some((s, r)), Some(_)) = (buyer, user) {
        f.buyer_user = true;
        t.push(s.signal(
            "customer-buyer-user",
            8,
            r,
            "Tells the buyer apart from the people who use it.",
        ));
    }
    if let Some((s, r)) = sentences.iter().find_map(|s| excludes(s).map(|r| (s, r))) {
        f.exclusion = true;
        t.push(s.signal("customer-exclusion", 8, r, "Says who is NOT the customer."));
    }
    if let Some((s, r)) = sentences
        .iter()
        .find_map(|s| s.find_any(&PERSONA).map(|r| (s, r)))
    {
        t.push(s.signal("customer-persona", 2, r, "Names a persona."));
    }
}

/// The first population count that is not a range, a unit or a money figure.
fn size<'s, 'a>(
    sentences: &'s [Sentence<'a>],
) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    for s in sentences {
        for c in SIZE.captures_iter(&s.clean) {
            let (Some(m), Some(num)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let before = &s.clean[..num.start()];
            let after = &s.clean[num.end()..];
            let ranged = before.trim_end().ends_with(['–', '-'])
                || (after.trim_start().starts_with(['–', '-'])
                    && !after.starts_with("-odd")
                    && !after.starts_with("-plus"))
                || after.trim_start().starts_with("to ")
                || after.trim_start().starts_with("or ");
            let text = num.as_str();
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            let scaled = ["million", "thousand", "k", "m"]
                .iter()
                .any(|w| text.ends_with(w));
            let year = digits.len() == 4
                && !text.contains(',')
                && (digits.starts_with("19") || digits.starts_with("20"));
            // "The nine family workshops in Hebron", "our nine member
            // smokehouses": a small number with "the", "all" or "our"
            // before it counts the whole segment.
            let last_word = before.split_whitespace().last().unwrap_or("");
            let whole = matches!(last_word.to_lowercase().as_str(), "the" | "all" | "our");
            // "We sell nets to 85 such collections": "such" points the count
            // back at the segment, whatever preposition stands before it.
            let next_words = after.trim_start().to_ascii_lowercase();
            let refers_back = next_words.starts_with("such ");
            // "The rider is the one who gets the texts": "the one who" is a
            // pronoun for a person, not a count of one.
            let pronoun = text.eq_ignore_ascii_case("one")
                && ["who ", "that ", "whose "]
                    .iter()
                    .any(|w| next_words.starts_with(w));
            if ranged
                || year
                || pronoun
                || (digits.len() < 2 && !scaled && !whole)
                || (QUALIFYING_BEFORE.is_match(before)
                    && !COLLECTIVE_OF.is_match(before)
                    && !refers_back)
                || NOT_POPULATION.is_match(m.as_str())
                || signals::negated(&s.clean, m.start())
            {
                continue;
            }
            return Some((s, m.range()));
        }
    }
    if let Some(found) = stated_count(sentences) {
        return Some(found);
    }
    sentences.iter().find_map(|s| {
        BARE_SIZE.captures_iter(&s.clean).find_map(|c| {
            let (m, num) = (c.get(0)?, c.get(1).or_else(|| c.get(2))?);
            let text = num.as_str();
            let digits = text.chars().filter(char::is_ascii_digit).count();
            let scaled = ["million", "thousand", "k", "m"]
                .iter()
                .any(|w| text.ends_with(w));
            let year = digits == 4 && (text.starts_with("19") || text.starts_with("20"));
            ((digits >= 2 || scaled) && !year && !signals::negated(&s.clean, m.start()))
                .then(|| (s, m.range()))
        })
    })
}

/// "Twenty-two", "seventeen": a count of two digits written in words, as
/// formal writers do ("of which there are twenty-two").
fn spelled_from_thirteen(number: &str) -> bool {
    static SPELLED: LazyLock<Regex> =
        LazyLock::new(|| re(&format!("^{}$", signals::SPELLED_TWO_DIGITS)));
    SPELLED.is_match(number)
}

/// The first [`STATED_COUNT`] of two digits or more whose next word is not
/// a unit of time, money or rate ("there are 12 steps" is still read, but
/// "there are 40 minutes" is not), or such a count spelled out.
fn stated_count<'s, 'a>(
    sentences: &'s [Sentence<'a>],
) -> Option<(&'s Sentence<'a>, std::ops::Range<usize>)> {
    sentences.iter().find_map(|s| {
        STATED_COUNT.captures_iter(&s.clean).find_map(|c| {
            let (m, num) = (c.get(0)?, c.get(1)?);
            let digits = num.as_str().chars().filter(char::is_ascii_digit).count();
            let unit = c
                .get(2)
                .is_some_and(|w| NOT_POPULATION.is_match(w.as_str()));
            let counted = digits >= 2 || spelled_from_thirteen(num.as_str());
            (counted && !unit && !signals::negated(&s.clean, m.start())).then(|| (s, m.range()))
        })
    })
}

/// The rubric's level from the facts.
fn level(f: &CustomerFacts, from_pitch: bool) -> u8 {
    if !f.present || f.universal {
        return 1;
    }
    // A segment named with the moment it starts looking AND where to find
    // it is drawn, even when its qualifier is in words our lists miss ("new
    // franchisees in their first month, through the franchise's onboarding
    // portal"): readers put all 7 such sections at 4, read or not. A trigger
    // with only a count (16 of 21 read at 2) is not enough. So is a segment
    // given its trigger, its count and who is left out ("upholstery firms
    // that re-cover furniture sold on; … a piece arriving without its fire
    // label; about 4,100 of them; not contract work"): a writer who draws
    // the edges has named a segment, whatever words it is named in.
    let drawn = f.qualified || (f.trigger && (f.channel || (f.size && f.exclusion)));
    let mut level = if drawn { 3 } else { 2 };
    if f.widened {
        return level.min(2);
    }
    if from_pitch {
        // Without a Customer section only the pitch names a segment: it can
        // be qualified, but trigger, size and channel are not there.
        return level.min(3);
    }
    if level == 3 && ((f.trigger && (f.size || f.channel)) || f.bounded()) {
        level = 4;
    }
    // "The buyer told apart from the user where they differ": a section
    // that never mentions two roles is read as one person buying and using
    // (the owner-operator, the coordinator who orders for herself). Reading
    // "collects" or "logs" as a separate user proved too noisy to withhold
    // level 5 on; the buyer-user signal still shows where it is said.
    if level == 4 && f.exclusion && f.size {
        level = 5;
    }
    level
}

fn why(level: u8, f: &CustomerFacts, from_pitch: bool) -> String {
    match level {
        1 => "Level 1: the customer is everybody or nobody.".into(),
        2 | 3 if from_pitch => "Without a Customer section only the pitch names the segment.".into(),
        2 if f.widened => "Level 2 at most: the section says anyone could be the customer.".into(),
        2 => "Level 2: a broad category; add a qualifier (where, which, with what).".into(),
        3 => "Level 3: a qualified segment, but not yet the trigger plus its size or where to reach them.".into(),
        4 | 5 if !f.trigger => format!("Level {level}: a count and a stated edge draw the segment, so the Problem section's moment is read as theirs; name that moment here to make it plain."),
        4 => "Level 4: level 5 also needs a count and who is not the customer (and the buyer told apart from the user, where they differ).".into(),
        _ if f.buyer_user => {
            "Level 5: segment, trigger, size, buyer and user, and exclusions are all there.".into()
        }
        _ => "Level 5: segment, trigger, size and exclusions are all there (one role buys and uses it).".into(),
    }
}

#[cfg(test)]
mod tests;
