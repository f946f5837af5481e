//! The words of the risk analyzer: what names each serious category, what
//! counts as a mitigation, a dismissal, an admitted unknown or a small bet.
//! Lexicons come from the rubric, the domain notes and general English.

use std::sync::LazyLock;

use std::cell::RefCell;

use regex::Regex;
use regex_automata::{Input, MatchKind, PatternID, PatternSet, hybrid};

use super::Category;
use crate::analyze::signals::{Sentence, re};

/// Regulation, liability and sensitive data: health, finance, children, food safety, licences.
pub(super) static REGULATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:toddlers?|babies|baby|infants?|child|children|kids?|pupils?) (?:\w+ ){0,3}(?:records?|photos?|details|notes|diary|diaries|meals?|naps?|nappies|health|medication|allerg\w+)|(?:what|when|where) each (?:toddler|baby|child|kid|pupil|infant)|(?:ce|ukca|fcc|ul)(?: (?:and|or) (?:ce|ukca|fcc|ul))? (?:mark\w*|approval|certification|listing|testing)|tax (?:office|authorit\w+)|hmrc|employment (?:status|law|rights)|misclassif\w+|(?:see|treat|classify|class|count) (?:them|drivers|riders|workers|tutors|cleaners) as employees|(?:stay|stays|kept|keep|held|be) (?:above|over|at or above) \d+ ?°|liens?|rules (?:vary|differ) (?:by|from|between|across)|(?:state|local|national|federal) (?:rules|regulations?)|inspectors?|official (?:forms?|templates?|layouts?)|(?:considering|introducing|planning|proposing|drafting) (?:a |new |its own )?(?:licen[cs]es?|rules?|regulations?|bans?|laws?|permits?)|licen[cs]es? (?:for|to operate)|dosages?|under-1[0-8]s?|under 1[0-8]s|parental consent|age verification|age checks?|bank statements?|bank details|account numbers?|financial (?:data|records|information|details)|credit (?:scores?|checks?|reports?|histor(?:y|ies))|payroll data|salary data|(?:get|getting|got|be|been|being|needs? to be|must be) certified|certify|background checks?|criminal record checks?|dbs checks?|(?:need|needs|require|requires) (?:\w+ )?insurance|pupils?'? (?:names|data|records|details|lists|information|notes)|class lists|students?'? (?:records|data|names|details)|(?:health|medical|personal|dietary|allergy) (?:information|data|details|notes|records) (?:about|of|on|for) (?:\w+ )?(?:children|kids|pupils|minors|patients|students)|allerg(?:y|ies|ens?)|(?:stay|stays|kept|keep|held|be) (?:below|under|at or below) \d+ ?°|chilled (?:food|goods|meat|fish|dairy|products|items|deliveries|meals|stock|surplus)|cold chain|temperature (?:logs?|records?|checks?|control)|(?:council|authority|inspector|regulator|ministry)(?:'s)? (?:asks|inspects|checks|requires|audits|rules)|if the (?:council|authority|inspector|regulator) asks|environmental health|(?:children|kids|pupils|minors)'?s? (?:\w+ )?(?:data|information|records)|hipaa|fda|cms|medicare|medicaid|clinical|patients?'? (?:data|records)|medical (?:devices?|advice|records?)|health (?:data|records)|prescri\w+|pharmacist\w*|(?:money|cash|consumer|business|peer-to-peer|p2p|payday) lending|lending (?:money|capital|to (?:\w+ )?(?:borrowers|businesses|smes|consumers))|factoring|anti-money|money laundering|aml|kyc|know your customer|suspicious activity|sanctions screening|bank examiners?|examiners?|credit (?:risk|losses|licen\w+)|bank(?:ing)? (?:charter|partner|licen\w+)|money transmi\w+|children'?s? (?:data|faces?|photos?|privacy|safety)|child safety|minors|coppa|ferpa|gdpr|biometric\w*|face recognition|facial recognition|surveillance|tcpa|statutory|notari[sz]\w+|regulat\w+|legal records?|compliance (?:risk|issues?)|liabilit\w+|gambling|securities law|faa|aviation authority|in-app payments|payment processing|payment (?:business|institution|licen[cs]e|services? (?:provider|directive|regulations?))|e-money|electronic money|client money|escrow|(?:w/|with|and take|takes?|taking|handle|handles|handling) (?:in-app |card |online )?payments?\b|ticket (?:resale|reselling|touting)|(?:kids|children|child|minors|pupils|juniors?)['’]? (?:profiles?|accounts?|chats?|messages|photos?)\b|chats? (?:between|with) (?:\w+ ){0,3}(?:players|kids|children|pupils|minors|juniors)\b|hold(?:s|ing)? (?:them|it|the (?:\w+ ){0,2}(?:money|fees|deposits|funds|payments)|(?:their|customers'|runners'|buyers'|tenants'|members') (?:\w+ )?(?:money|fees|deposits|funds|payments))\b|(?:switch(?:es|ing)?|turn(?:s|ing)?) (?:the )?(?:cover|insurance) (?:on|off)|(?:sell|sells|selling|offer|offers|offering|underwrit\w+) (?:\w+ ){0,2}(?:insurance|policies|loans|credit)|underwriters?|uninsured|card data|pci|licen[cs]ing|state (?:law|laws|rules)|privacy law|consent law|diagnos(?:e|es|is|ing) (?:\w+ ){0,2}(?:cancer|disease|conditions?|illness|patients?)|medical|medications?|dosage|symptoms?|mental health|protected health|phi|tax (?:records|documents|returns|data)|irs|social security|(?:children|kids|pupils|minors)'?s? (?:faces?|photos?|images?|videos?|locations?|voices?|recordings?|audio|speech)|microphones?|(?:of|on|about|filming|recording|tracking) (?:the )?(?:children|kids|pupils|minors)\b|scrap(?:e|es|ed|ing)\b|(?:reads?|reading|scans?|scanning|accesses|monitors?|tracks?|tracking) (?:their|people's|employees'|users'|staff|personal|private|everyone's) (?:\w+ )?(?:e-?mails?|calendars?|messages|locations?|browsing|inbox\w*)|(?:cctv|security|surveillance|fixed|mounted|ceiling|wall|body-worn|dash) cameras?|cameras? (?:on|in) (?:the |every |each )?(?:walls?|ceilings?|classrooms?|wards?|rooms?|streets?|premises|corridors?|changing rooms?)|cameras? pointed at (?:people|staff|customers|workers|children|pupils|patients|the street)|recording (?:staff|people|children|calls)|personal data|data protection|private data|hygiene|food safety|privacy|labou?r (?:code|law|laws|office|rules)|health inspect\w+|inspections?|certificat\w+|(?:need|needs|require|requires) (?:a )?(?:licen[cs]e|permit)|permits?|workers'? comp\w*|liable|penalt(?:y|ies)|fines|fined|excise|tax (?:filings?|returns?|reports?))\b|\b(?:rules?|regulations?|requirements?|guidance) (?:may |might |could |will )?(?:change|changes|changed|tighten|tightens)\b|\bchanges? (?:to )?(?:the |its |their )?(?:rules|regulations|requirements|guidance)\b|\b(?:aviation|flight|airspace|drone|maritime|building|fire|food|tax|banking|insurance|medical|pharmacy|gambling|alcohol|employment|labou?r) (?:rules?|regulations?|laws?|codes?|authorit(?:y|ies)|approvals?|licen[cs]es?)\b|\bauthori[sz]ations?\b",
    )
});

/// A partner, platform, supplier or authority that can say no.
pub(super) static DEPENDENCY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:only|one|single|a single) (?:\w+ )?(?:courier|supplier|vendor|manufacturer|factory|partner|buyer|platform|carrier|provider|distributor|wholesaler)s?\b|no (?:alternative|backup|second|other) (?:\w+ )?(?:supplier|vendor|courier|provider|carrier|option|source)s?\b|we have no alternative|(?:will|would|won't|wouldn't|might|may|could) (?:\w+ )?(?:let|allow|permit) us|(?:will|would|won't|wouldn't|agree to|have to|must|might|may) (?:\w+ ){0,2}(?:share|give us|send us|provide) (?:\w+ ){0,3}(?:data|feeds?|files?|access|exports?|records)|(?:apis?|access|licen[cs]es?|contracts?|agreements?|listings?|accounts?) (?:\w+ )?(?:could|can|may|might|will) (?:be )?(?:revoked|withdrawn|cut off|pulled|terminated|ended|suspended|blocked|changed|repriced)|(?:could|can|may|might) (?:\w+ )?(?:reject|ban|delist|deny|suspend)|(?:runs?|built|sits?) on (?:top of )?(?:\w+ )?\w+'s|(?:can|could|may|might) change (?:\w+ ){0,4}(?:at any time|any time|without notice|whenever)|approved (?:\w+ )?(?:list|suppliers?|vendors?|providers?|apps?)|(?:only )?(?:works?|launch(?:es)?|runs?) only if|only works if|can't (?:work|launch|run) without|(?:give|gives|grant|grants) us (?:\w+ )?(?:api |data )?access|(?:their|its|partner|third-party|private|their own) apis?|licen[cs]es? from|(?:publishers?|rights holders?|labels?|studios?)\W{0,2} licen[cs]\w*|app store (?:rules|review|approval|policy|policies)|store rules|access to (?:their|its|the \w+'s)|api access|carriers?|their apis?|app stores?|google play|(?:needs?|requires?|must get|awaiting|pending|subject to|getting|win|obtain|apply for) (?:\w+ ){0,3}approv\w+|approv\w+ (?:from|by)|must (?:be )?approved?|(?:may|might|could|will) (?:not |refuse to |be slow to |take (?:\w+ ){0,3}to )?approve|slow to approve|sign-off|partner(?:ship)? programm?e?s?|(?:we|it|this|everything|the (?:app|product|service|business|model|plan|tool|feature)) (?:depends?|relies?|rely) (?:entirely |completely )?on|dependent on|dependency|(?:depends?|relies?|rely) on (?:the |a |an |their |its |one )?(?:[\w-]+ ){0,2}(?:vendors?|partners?|platforms?|providers?|suppliers?|apis?|systems?|stores?|carriers?|council|authority|government|banks?|insurers?|integrations?)\b|integrations? with|controls? (?:the|api|access|the workflow)|could (?:block|restrict|revoke|cut off|shut|refuse)|can (?:\w+ )?(?:block|restrict|say no|revoke|refuse|object)|exclusive|(?:can|could|may|might|will) (?:\w+ )?(?:walk away|pull out|back out|withdraw)|third[- ]part(?:y|ies)|restricted (?:category|categories|business(?:es)?|merchants?|industr(?:y|ies))|prohibited (?:business(?:es)?|categor(?:y|ies))|high-risk merchants?|gatekeepers?|must (?:agree|approve|sign)|vendor(?:'s)? (?:roadmap|commitment)|procurement)\b|\b(?:vendor|supplier|partner|provider|manufacturer|integrator|platform|carrier|insurer|payer|pbm|bank|regulator|council|authority|board|agency|ministry|registry|union|landlord)s? (?:\w+ ){0,2}(?:says|said|has said|told us|promised|is considering|(?:has|have) not (?:yet )?(?:answered|replied|agreed|confirmed|decided|ruled|signed)|(?:hasn't|haven't) (?:yet )?(?:answered|replied|agreed|confirmed|decided|ruled|signed))\b|\b(?:are|is|get|gets|be|been) (?:\w+ )?(?:rejected|refused|denied|blocked|declined) by\b|\b(?:must|has to|have to|need to|needs to|would have to) (?:first )?(?:accept|approve|agree to|sign off|allow|list|certify|adopt|endorse)\b",
    )
});

/// Devices, manufacturing and installation the team has to build or ship.
pub(super) static HARDWARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:ticket|barrier) gates|turnstiles|card readers?|(?:payment|card) terminals?|(?:wall-mounted|rugged) (?:tablets?|screens?)|hardware|(?:smart|connected|custom|our|the|a) (?:devices?|mirrors?|cameras?|sensors?|speakers?|scales?|clips?|clamps?)|cameras?|clip-on|clamp\w*|sensors?|manufactur(?:ing|e|ed|es)|(?:contract|our|a) manufacturers?|factory|batter(?:y|ies)|lte|firmware|installers?|wearables?|drones?|robots?|tooling|units? to ship|supply chain|our own (?:tablets?|devices?|laptops?|phones?|kiosks?|screens?|terminals?|readers?|hardware)|(?:install|put|fit|supply|provide|place|mount)(?:s|ing)? (?:\w+ ){0,2}(?:tablets|laptops|kiosks|screens|devices|terminals|readers) (?:in|into|at|on)\b)\b",
    )
});

/// Technology claims strong enough to be a risk even when never discussed.
pub(super) static UNPROVEN_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:breakthrough|patent[- ]pending|first[- ]ever|never been done|self-(?:learning|adapting|trained|driving|improving)|ai-generated|fully ai\w*|ai (?:will|would) \w+|computer vision|face recognition|facial recognition|(?:in )?real[- ]time (?:ai|translation|recognition|analysis|coaching|detection)|novel (?:technology|material|chemistry|algorithm)|unproven|quantum|blockchain|autonomous)\b",
    )
});

/// Technology that may not work.
pub(super) static UNPROVEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:species|plant|bird|animal|face|object|speech|voice|image|handwriting|text|pattern|sign|gesture|emotion|disease|defect) (?:recognition|detection|identification)|(?:accuracy|precision|recall) (?:on|for) (?:\w+ ){0,3}(?:is|remains|stays) (?:unknown|untested|unclear|unproven)|(?:model|recognition|detection|prediction|classifier|ocr|ai|transcription) accuracy|accuracy (?:of|from) (?:the |our )?(?:model|ai|ocr|recognition|detection|transcription)|\d+ ?% accuracy|recognition rates?|hallucinat\w+|(?:prototype|model) (?:gets|reaches|hits|scores|is at)|speech recognition|voice recognition|image recognition|object detection|ai|a\.i\.|artificial intelligence|language models?|self-learning|self-adapting|self-trained|breakthrough|patent[- ]pending|first[- ]ever|never been done|ai (?:will|can|would) (?:figure|learn|handle|decide|work)|ai-generated|computer vision|machine learning|llms?|model accuracy|novel (?:technology|material|chemistry|algorithm)|unproven|quantum|blockchain|self-driving|autonomous|real-time (?:translation|recognition))\b|\b(?:not|never) (?:yet )?(?:been )?(?:shown|proven|proved|validated|demonstrated|tested) (?:to work|in the field|outside|at scale|reliably|in real)|\bonly (?:been )?(?:tested|shown|proven|demonstrated|worked) in (?:a |the )?lab\b",
    )
});

/// Two sides to bootstrap at once.
pub(super) static MARKETPLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:either side|each side|both (?:\w+ )?sides|(?:get|getting|recruit\w*|sign\w* up|onboard\w*|attract\w*|bring\w*|win\w*|find\w*) (?:both )?(?:\w+ ){1,3}and (?:\w+ ){1,4}at (?:the )?same time|enough (?:\w+ ){1,4}before (?:the )?(?:\w+ )?(?:show up|shows up|arrive|arrives|join|joins|sign up|signs up|come|comes)|(?:join|joins|sign up|signs up|arrive|arrives|grow|grows) (?:faster|sooner|quicker) than|(?:join|joins|sign up|signs up) first|sit(?:s|ting)? idle|neither side|(?:the )?market builds itself|needs? (?:both )?(?:\w+ ){1,3}and (?:\w+ ){1,3}at (?:the )?same time|not enough (?:\w+ )?(?:sellers|buyers|drivers|hosts|cooks|workers|volunteers|suppliers|providers|helpers|members)|marketplace|two-sided|(?:resale|resell\w*|swaps?|trades?|sales?|selling|lending|rentals?) between (?:users|members|people|guests|fans|customers|neighbours|neighbors)|peer-to-peer|p2p|user-to-user|chicken[- ]and[- ]egg|both sides|supply side|liquidity|network effects?|cold start)\b",
    )
});

/// No way to charge yet, or money needed before revenue.
pub(super) static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:not|haven't|have not|hasn't|has not) (?:yet )?(?:decided|settled|agreed|worked out|figured out|sure|clear)(?: on)? (?:who|how|what) (?:\w+ ){0,3}(?:pay|pays|charge|price)|(?:don't|do not|doesn't) charge (?:anyone|anything|yet)|(?:not|won't|don't|doesn't|wouldn't|will not|do not|would not) (?:\w+ )?(?:want )?(?:to )?pay\b|no funding|without funding|unfunded|not (?:yet )?funded|(?:figure out|work out|think about|worry about|sort out|sort|decide) (?:\w+ )?(?:monetis\w+|monetiz\w+|revenue|pricing|how to (?:charge|make money))|whether (?:\w+ ){0,3}(?:will|would) pay|(?:worked|figured|thought|sorted) out how (?:we|to|they|it) (?:\w+ )?(?:make|makes|earn|earns) (?:money|revenue|a living)|(?:funding|money|pricing|revenue|the business model|how we (?:make money|charge))\b[^.;]{0,24}\b(?:sort|figure|work|think about|decide)(?: \w+)? (?:out )?later|(?:sort|figure|work) (?:it|that|this) out later|^\W*(?:funding|money|revenue|pricing|price|cash|runway|business model|monetis\w+|monetiz\w+)\W*:|grant (?:covers|runs out|ends)|after the grant|when the grant|runs? out of (?:money|cash|funding)|what (?:\w+ ){0,3}(?:would|will|might|could) pay|who (?:\w+ ){0,4}pays|who (?:would|will|should) pay|willing(?:ness)? to pay|(?:could|can|would) live on (?:it|that)|no (?:revenue|business model|way to charge|pricing)|monetiz\w+ later|ads later|unclear who pays|who pays|sell at cost|credit facility|(?:raise|need|needs) (?:capital|funding|a grant)|subsidi[sz]\w+|free forever|free for the first|no money changes hands|(?:it's|it is|a|an) (?:completely |totally |entirely )?free (?:app|service|tool|platform)\b|(?:not|haven't|have not) (?:yet )?(?:worked out|figured out|decided|settled|sorted out) (?:who pays|how much|(?:the |a |our )?price|pricing)|burn rate|funding after|capital\b)|\bwe (?:do not|don't) (?:yet )?have (?:the )?(?:money|funds|funding|cash|capital|budget)\b|\b(?:money|funds|funding|cash|capital|budget|\d[\d,.]*k?) (?:that )?we (?:do not|don't) (?:yet )?have\b",
    )
});

/// Incumbents and competitors.
pub(super) static COMPETITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:competitors?|competition|competing|compete|incumbents?|could (?:add|build|copy|clone)|already (?:do|does|offer|offers)|alternatives?|also (?:do|does|offer|offers|have|has)|(?:have|has|offer|offers|do|does) (?:\w+ ){0,3}too|(?:tools|products|apps|systems) (?:like this )?exist|(?:other|similar|existing) (?:\w+ )?(?:tools|products|apps|services|systems|platforms))\b",
    )
});

/// An admitted unknown or gap: not tested, not signed, no reply yet.
pub(super) static UNKNOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:don't|do not|doesn't|does not) (?:yet )?have (?:a |an |any )?(?:\w+ ){1,2}yet|(?:haven't|have not|hasn't|has not) (?:yet )?(?:sorted|decided|agreed|settled|confirmed|secured|figured|worked)(?: out| on)?|still waiting|waiting to hear|tbd|to be decided|to be confirmed|(?:has|have) not (?:yet )?(?:replied|answered|agreed|responded)|only (?:one|two|\d+) (?:of (?:the |our )?(?:\w+ )?)?(?:\w+ ){0,2}(?:has |have )?(?:replied|agreed|answered|signed|responded)|biggest unknown|big unknown|key unknown|main unknown|unknowns|(?:is|are|remains?|still|yet|largely|currently) unknown|unknown (?:is|are|remains)|unknown\W*$|not (?:yet )?tested|(?:have|has|had) never\b|(?:haven't|have not) (?:yet |really |quite |fully )?(?:looked into|worked out|figured out)|not (?:yet )?(?:looked at|looked into|considered|checked|explored|costed|priced|scoped)(?: yet)?\b|untested|haven't (?:yet )?(?:tested|applied|solved|signed|talked|met|asked|checked|validated|started|found|spoken)|have not (?:yet )?(?:tested|applied|solved|signed|talked|met|asked|checked|validated|started|found|spoken)|not (?:yet )?(?:signed|solved|validated|committed)|no (?:partner|fallback|plan|answer|contract|agreement|insurer)s?(?:\W*$|[.,;:)]|\s+(?:yet|in place|lined up|signed|agreed|with|for|from|on|if|and|or|but|b|at all|so far)\b)|(?:don't|do not) (?:yet )?know|unclear|not sure|uncertain|yet to|open question|is signed yet|we need (?:a|an|to)|(?:neither|nobody|no one|none) (?:of (?:them|us|the \w+) )?(?:[\w-]+ ){0,2}(?:has|have) (?:yet )?(?:replied|answered|agreed|responded|signed|committed)|no (?:reply|response|answer) yet|haven't heard|waiting (?:for|on) (?:their|a|an|the)|none of (?:which|this|that|them)|no idea|no money|(?:haven't|have not|hasn't|has not) (?:yet )?\w+ (?:\w+ )?yet\b|(?:not|haven't|have not) heard back|(?:haven't|have not) (?:yet )?measured|no \w+ (?:\w+ )?yet|only (?:one|two|\d+) (?:of them )?(?:has|have) (?:replied|agreed|answered|signed)|(?:hasn't|haven't) (?:yet )?(?:replied|answered|agreed)|(?:haven't|have not) done (?:it|that|this)|not (?:yet )?proven|have not (?:yet )?(?:seen|proven|done|built|run|tried)|haven't (?:yet )?(?:seen|proven|done|built|run|tried))",
    )
});

/// A response to a risk (checked for being done, not promised, by the caller).
pub(super) static MITIGATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:what (?:we(?:'ve| have)|i(?:'ve| have)) (?:already )?done|(?:we've|we have) (?:already )?(?:addressed|handled|solved|fixed|covered|tackled|dealt with)|to (?:handle|address|avoid|prevent|reduce|counter|solve) (?:this|that|it)|(?:this|that|it) is (?:covered|handled|solved|addressed) by|our answer (?:is|to)|the (?:pilot|trial|beta|test) (?:showed|shows|says|said|found|had)|(?:routes?|sends?|passes|hands?|refers?) (?:\w+ ){0,3}to (?:a human|a person|a member of staff|manual review|a reviewer)|(?:counsel|lawyers?|solicitors?|attorneys?|legal|dpo|data protection officer|compliance (?:team|officer)|auditors?|insurers?|regulators?)(?: [\w'’&-]+){0,6}? (?:has |have |already )?(?:reviewed|checked|approved|signed off|cleared|confirmed)|mitigat\w+|fallback|fall back|backup|back-up|plan b|we (?:already |also |then )?(?:start|limit|cap|keep|use|run|offer|import|price|review|check|require|test|pilot|carry|hold|escalate|route|stop|flag|train|hire|cover|store|encrypt|restrict|compete|handle|ask|send|let|charge|sell|support|target|focus|launch|scale back|stay|follow|monitor|track|watch|update|patch|maintain|re-?check|audit|log|version)\b|in place|already (?:have|signed|agreed|tested|built|running|approved)|(?:carry|have|hold|bought|buy|take out) (?:\w+ )?(?:insurance|cover)|insured|indemnit\w+|opt[- ]in|legal review|lawyer-reviewed|reviewed by|capped at|manual review|human review|reviewers?|instead,? we|priced? (?:below|under)|undercut\w*|only (?:in|with|at)|has agreed|have agreed|letters? of support|(?:that|this|which)(?: is|'s) (?:exactly |precisely |just )?why)\b|\b(?:will|'ll) \w+ (?:[\w'’-]+ ){0,5}?if (?:it|they|this|that|the [\w-]+|we) (?:doesn't|don't|does not|do not|isn't|aren't|can't|fails?|falls? through|says? no|refuses?|declines?)\b|\bso (?:v1|the first version|version one|the mvp|the pilot|at launch we|for now we|we) (?:just |only |simply )?(?:asks?|uses?|skips?|starts?|works?|relies|takes?|keeps?|runs?)\b|\b(?:won't|will not|don't|do not|never) (?:launch|go live|go-live|start|ship|open|sell) (?:\w+ )?(?:without|until|before)\b|→|->|=>|^\W*(?:fix|fixed|mitigation|answer|response|workaround|remedy|countermeasure|how we handle it)\s*:",
    )
});

/// Dismissals in plain words: "no real risks", "zero competition".
pub(super) static DISMISSAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:no (?:real |major |big |significant |serious |obvious |known )?(?:risks?|competition|competitors|downside)|(?:don't|do not) see (?:any |big |major |real |significant |serious )?(?:risks?|competition|competitors|downsides?|problems?|issues?)|(?:it|we|this)(?: will|'ll) be fine|nothing to worry|none worth|no worries|zero risk|risks? (?:is|are) (?:0|zero|minimal|negligible)|risk-free|nothing (?:can|could) go wrong|not (?:a|really a) concern|(?:won't|will not|wouldn't) be (?:an? |any )?(?:issue|problem|concern)s?|can't fail|cannot fail|no reason to (?:object|worry|fail|refuse)|not a realistic (?:scenario|risk)|(?:can't|cannot|won't) (?:be lost|go wrong|break)|(?:will not|won't) need (?:insurance|a fallback|backups?)|no (?:longer )?need(?:ed)? (?:for )?(?:insurance|a fallback|backups?))|^\W*(?:none|n/a|nothing (?:major|significant|serious))\W*(?:(?:that|which) (?:we|i) (?:can )?see|really|so far|at all|known|worth (?:listing|mentioning))?\W*$|\b(?:we )?see (?:very )?few (?:real )?(?:risks?|problems|issues)\b|\bzero (?:competition|competitors|risks?)\b|\bnon-?(?:issue|problem|factor|concern)s?\b|\b(?:can't|cannot|can not|couldn't) (?:imagine|see) (?:\w+ ){0,4}(?:caring|minding|objecting|objects?|cares?|minds?|refusing|refuses?|worrying|complaining|failing|a problem|an issue)\b|\blos(?:e|ing) (?:any )?sleep\b|\b(?:nobody|no one|no-one) (?:else )?(?:is|are) (?:doing|building|offering|trying) (?:this|that|it)\b|\bhappy to let (?:anyone|anybody|everyone|us)\b",
    )
});

/// A claim of certainty ("success is guaranteed"): a dismissal unless it
/// is negated ("approval isn't guaranteed" admits the risk instead), so it
/// is read with negation, unlike the dismissal phrases above, which carry
/// their own "no".
pub(super) static CERTAINTY: LazyLock<Regex> = LazyLock::new(|| re(r"\bguaranteed\b"));

/// Dismissals in idiom, each read against the whole sentence: waving a
/// risk away with a reflexive ("it will sort itself out", "the market
/// builds itself"), calling it solved or not really an issue, or saying
/// nobody else is doing it. A category named in such a sentence is still
/// a category the idea touches (see [`dismissed_categories`]).
pub(super) static DISMISSAL_IDIOM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:risks|any risks|what risks|real risks)\?\W*$|\b(?:(?:the |our )?(?:tech|technology) (?:just |already |simply )?works\W*(?:,|$)|(?:everyone|people|customers|users|they) (?:will )?(?:love|loves) (?:it|this|their)|(?:none|no one) of the (?:usual |normal |typical |common |big |standard )?risks (?:apply|applies|are relevant|matter)|risks? (?:don't|do not|doesn't|does not) (?:really )?apply|no (?:major |big |real |significant |serious )?(?:obstacles|hurdles|blockers|showstoppers)|(?:isn't|is not|aren't|are not) (?:an? )?(?:real |big |major )?(?:concern|worry|factor|threat)s?|can't think of any|cannot think of any|risks? (?:is|are|seems?|looks?) (?:very )?(?:low|small|minimal|negligible|tiny|limited)|(?:very |pretty |fairly )?low[- ]risk|(?:doesn't|does not|don't|do not) (?:really )?apply to (?:us|this|our)|(?:confident|sure|certain) (?:that )?(?:there (?:are|is|will be)|we(?:'ll| will) (?:have|face|hit)) no|(?:don't|do not|can't|cannot) (?:really )?see (?:(?:any|many|much|big|major|real|significant|serious|obvious) ){1,3}(?:(?:risks?|competition|competitors|downsides?|problems?|issues?|threats?|obstacles?)\b|\W*$)|(?:will |'ll |should |would |just )?(?:sorts?|works?) (?:itself|themselves) out|(?:builds?|sells?|takes? care of|looks? after|runs?) (?:itself|themselves)\b|(?:is|are) (?:basically |largely |pretty much |already )?(?:a )?solved (?:problem|issue)s?|(?:nobody|no one|no-one) else (?:is|are) (?:doing|building|offering|trying|making|selling)|(?:nobody|no one|no-one) (?:is|are) (?:doing|building|offering|making) anything (?:close|like|similar)|(?:isn't|is not|aren't|are not|wasn't) (?:really|actually|much of|that much of|a real|any real) (?:an? )?(?:issue|problem|concern|risk|worry|factor)|not really (?:an? )?(?:issue|problem|concern|risk|something (?:\w+ ){0,3}to worry about)|nothing (?:\w+ ){0,3}to worry about|the only (?:real |big |serious )?risk (?:is|would be) (?:not (?:moving|going|growing|scaling|shipping)|(?:moving|going|growing) too slow|being too slow|speed))\b|^\W*(?:honestly|frankly|to be honest|truthfully),?\s*(?:none|nothing|no risks?)\b|\bno (?:real |serious |direct )?competitor\b",
    )
});

/// A stated bet size, a way back, or a kill criterion.
pub(super) static SMALL_BET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:small|tiny|quick|cheap|short|modest) (?:bet|build|first step|experiment|pilot|test|project)|small and reversible|reversible|roll(?: it)? ?back|revert\w*|feature flag|switch(?: it)? off|turn(?: it)? off|go back to|fall back to|size of the bet|bet size|(?:one|two|three|four|five|six|a few|\d+) (?:(?:[\w-]+ )?(?:engineers?|developers?)|people|person) (?:for|over|in|to build|of work) (?:about )?(?:\w+ )?(?:weeks?|months?|days?)|(?:build|built|building|tiny build|small build)\W+(?:\w+ ){0,3}(?:one|two|three|four|a few|\d+) (?:weekends?|sprints?|weeks?)|(?:one|two|three|four|a few|\d+) (?:weekends?|sprints?) (?:to build|of (?:work|development)|build)|(?:build|built|ship) in (?:about )?(?:\w+ ){0,2}(?:weeks?|days|weekends?|sprints?)|(?:\w+ )?(?:weeks?|days|weekends?|sprints?) (?:to build|of (?:work|development))|kill criteri\w+|kill (?:rule|switch|metric)|stop rule|(?:we|i) (?:will )?(?:stop|shut (?:it )?down|kill it|drop it|pull the plug) if|if fewer than|pilot first|no (?:platform )?lock-in)\b|\b(?:if|under|below|fewer than|less than)\b[^.;]{0,100}\b(?:we|i)(?: will|'ll)? (?:stop|shut (?:it )?down|kill it|drop it|pull the plug|close it|walk away|retire|scrap|abandon|withdraw|wind (?:it )?down|switch (?:it )?off|turn (?:it )?off|shelve|park|pause|sunset|end it|quit|bin it|ditch it|dump it|can it|give up)\b|\b(?:budget|spend|spending|cost|costs) (?:is |are )?(?:capped|limited) (?:at|to)\b|\b(?:one|two|three|four|a few|\d+) (?:weeks?|months?) of (?:work|development|building)\b",
    )
});

/// A rule already cleared by whoever enforces it: done, not planned.
pub(super) static CLEARED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:only (?:the )?[\w-]+ (?:can|may) (?:see|access|view|read)|(?:counsel|lawyers?|solicitors?|attorneys?|legal|dpo|data protection officer|compliance (?:team|officer)|auditors?|insurers?|regulators?)(?: [\w'’&-]+){0,6}? (?:has |have |already )?(?:reviewed|checked|approved|signed off|cleared|confirmed)|(?:already |has |have |was |were |is |are )(?:been )?(?:approved|signed off|cleared|certified|accredited|licensed)|approved (?:it|the|our|this)|signed (?:it )?off|confirmed in writing|(?:already |is |are )registered (?:with|as)|registration (?:is|was) (?:done|granted|approved)|we (?:store|hold|keep|see|touch|handle) no|(?:stores?|holds?|keeps?|sees?|touches) no (?:\w+ )?(?:data|details|information|records)|no (?:\w+ ){0,2}(?:data|details|information|records) (?:ever )?(?:passes|reaches|is stored|is held|leaves)|never (?:stores?|sees?|touch(?:es)?|holds?|leaves))\b|\b(?:granted|issued|awarded|gave) us\b|\b(?:we|i) (?:have |already )?(?:hold|have|obtained|received|got) (?:the |our |an? |its )?(?:operating |export |import )?(?:permission|licen[cs]e|permit|approval|authori[sz]ation|certificate|certification)\b|\b(?:permission|licen[cs]e|permit|approval|authori[sz]ation) (?:was |has been |is )(?:granted|issued|obtained)\b",
    )
});

/// The author saying outright that a risk is open.
pub(super) static STILL_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:not (?:yet )?mitigated|(?:partly|partially|only partly) mitigated|unmitigated|no mitigation|(?:biggest|big|key|main|largest) unknown|not solved|unsolved|haven't solved|have not solved)\b|\b(?:none|nothing|not yet|no one|nobody) in writing\b|\bno (?:contract|agreement|commitment|signature) yet\b",
    )
});

/// Words that make a sentence a risk rather than a statement of fact.
pub(super) static RISKY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:useless|worthless|keeps? me up|nightmare|no product|might|may|could|risks?|fail\w*|won't|wouldn't|can't|cannot|if|unless|threats?|worr\w+|concerns?|slow|expensive|costly|lose|losing|drop|ignore|refuse|reject|churn|stop|wrong|errors?|mistakes?|misuse|abuse|fraud|vandal\w*|theft|stolen|breach|leak\w*|outage|downtime)\b",
    )
});

/// Words that keep a sentence from being a plain statement of what is
/// already true: plans, hedges, limits, negations, costs.
pub(super) static NOT_A_FACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:will|'ll|would|'d|should|shall|could|might|may|must|need\w*|plan\w*|hope\w*|intend\w*|aim\w*|going to|want\w*|try\w*|expect\w*|think|believe|assume\w*|depend\w*|rel(?:y|ies)|only|until|unless|but|however|although|except|just|no|not|never|nobody|nothing|none|without|usually|typically|often|sometimes|rarely|yet|can|cannot|can't|expensive|slow|hard|difficult|unclear|unknown|costs? us|cost us)\b|\?|!",
    )
});

/// A design that removes the dependency: "we start with CSV import, so we
/// don't depend on the vendors saying yes", "the product works without it,
/// just slower". It answers the risk even when the item calls it unknown.
pub(super) static NOT_DEPENDENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:don't|do not|doesn't|does not|won't|will not|never) (?:need to |have to )?(?:depend|rely|wait) on|works? (?:fine |just as well |even )?without (?:it|them|this|that)|(?:still )?works? (?:if|when) (?:it|they|the \w+) (?:is|are|goes|go) (?:down|missing|unavailable))\b",
    )
});

/// The eight category patterns as one lazy DFA, pattern `i` being entry
/// `i` of [`CATEGORY_ORDER`]: one pass over a sentence says which of them
/// match anywhere in it, so only those are searched again for where they
/// match (most sentences name no category at all, and eight separate
/// searches of every sentence were the risk analyzer's costliest step). It
/// is built from the compiled patterns' own text, so it matches exactly what
/// they do. A bare forward DFA, not a `RegexSet`: the set would also build a
/// reverse automaton and literal prefilters it never uses here, which
/// costs more start-up time than this saves on one idea. If it fails to
/// build or to search, every category is searched as before.
static CATEGORY_DFA: LazyLock<Option<hybrid::dfa::DFA>> = LazyLock::new(|| {
    let patterns: Vec<&str> = CATEGORY_ORDER.iter().map(|(_, r)| r.as_str()).collect();
    hybrid::dfa::DFA::builder()
        .configure(hybrid::dfa::DFA::config().match_kind(MatchKind::All))
        .build_many(&patterns)
        .ok()
});

thread_local! {
    /// The DFA's state cache: it grows as sentences are read and is
    /// reused by every later search on this thread.
    static CATEGORY_CACHE: RefCell<Option<hybrid::dfa::Cache>> = const { RefCell::new(None) };
}

/// Which categories (by index in [`CATEGORY_ORDER`]) match somewhere in
/// `clean`; `None` when that is not known, so all must be searched.
fn category_hits(clean: &str) -> Option<PatternSet> {
    let dfa = CATEGORY_DFA.as_ref()?;
    CATEGORY_CACHE.with(|cell| {
        let mut cache = cell.borrow_mut();
        let cache = cache.get_or_insert_with(|| dfa.create_cache());
        let mut hits = PatternSet::new(dfa.pattern_len());
        dfa.try_which_overlapping_matches(cache, &Input::new(clean), &mut hits)
            .ok()
            .map(|()| hits)
    })
}

/// The categories a risk item can belong to, with their patterns, in the
/// order they are reported.
pub(super) static CATEGORY_ORDER: [(Category, &LazyLock<Regex>); 8] = [
    (Category::Regulated, &REGULATED),
    (Category::Dependency, &DEPENDENCY),
    (Category::Hardware, &HARDWARE),
    (Category::Unproven, &UNPROVEN),
    (Category::Marketplace, &MARKETPLACE),
    (Category::Money, &MONEY),
    (Category::Unknown, &UNKNOWN),
    (Category::Competition, &COMPETITION),
];

/// Which categories each sentence can match at all: one pass of the
/// categories' DFA per sentence (`None` when that is not known).
pub(super) fn possible_categories(sentences: &[&Sentence<'_>]) -> Vec<Option<PatternSet>> {
    sentences.iter().map(|s| category_hits(&s.clean)).collect()
}

/// The sentences in which the category at `index` of [`CATEGORY_ORDER`]
/// can match: only these need its own, slower search.
pub(super) fn can_match<'s, 'a>(
    sentences: &[&'s Sentence<'a>],
    possible: &[Option<PatternSet>],
    index: usize,
) -> Vec<&'s Sentence<'a>> {
    sentences
        .iter()
        .zip(possible)
        .filter(|(_, p)| {
            p.as_ref()
                .is_none_or(|m| m.contains(PatternID::new_unchecked(index)))
        })
        .map(|(s, _)| *s)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass DFA must name exactly the categories whose own pattern
    /// matches somewhere in the sentence, or the prefilter would hide one.
    #[test]
    fn the_category_dfa_agrees_with_each_pattern() {
        let sentences = [
            "We store the children's medical records and need parental consent.",
            "Only one supplier makes the sensor, and the factory could walk away.",
            "We have not tested the speech recognition accuracy yet.",
            "Both sides of the marketplace must show up at once.",
            "Nobody knows whether the council will approve it; TBD.",
            "Competitors could copy the feature next quarter.",
            "A plain sentence about lunch.",
            "Hardware costs: the KIOSK ships with a card reader – €400.",
            "",
        ];
        for s in sentences {
            let hits = category_hits(s).unwrap_or_else(|| panic!("the DFA searches {s:?}"));
            for (i, (c, r)) in CATEGORY_ORDER.iter().enumerate() {
                let id = PatternID::new(i).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(hits.contains(id), r.is_match(s), "{c:?} in {s:?}");
            }
        }
    }
}
