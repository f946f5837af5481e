//! Whether a risk category's match belongs to the customer's world rather
//! than to the product: a device they already own, a record made for their
//! own inspector, their own dates and inspections, the two parties to one
//! exchange, the team's own kill criterion, or something that already
//! happens today; and a word that means something else where it stands
//! (an add-on marketplace, an untried arrangement, a rival's AI, a doubt
//! about demand or about the way of paying rather than about technology
//! or a price).
//! Every place that reads a category match asks [`not_the_products_risk`]; the
//! readers live here so that `risk.rs` keeps to scoring.

use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;

use super::Category;
use crate::analyze::signals::{self, Sentence, re};
use crate::model::Step;

/// A match of category `c` that belongs to the customer's world rather
/// than the product's: a device they already own, or a record made for
/// their own inspector; or a word that means something else where it
/// stands (a software's add-on marketplace, an arrangement "not yet
/// tested" with no technology in it, a rival's AI). Every place that reads
/// a category match asks this.
pub(super) fn not_the_products_risk(c: Category, clean: &str, at: std::ops::Range<usize>) -> bool {
    if already_happens(clean, at.end) {
        return true;
    }
    match c {
        Category::Hardware => {
            a_sound_not_a_device(clean, &at)
                || software_tooling(clean, &at)
                || customers_at_work("factor", clean, &at)
                || their_own_device(clean, at)
                || no_hardware_built(clean)
        }
        Category::Regulated => {
            serves_the_regulator(clean, at.clone())
                || payments_through_a_provider(clean, &at)
                || regulation_not_a_rule(clean, at.clone())
                || customers_at_work("inspector", clean, &at)
                || a_budget_line(clean, &at)
                || an_inspection_as_the_occasion(clean, &at)
        }
        Category::Marketplace => {
            two_parties_of_one_exchange(clean, at.clone()) || an_add_on_store(clean, at)
        }
        Category::Dependency => {
            our_own_move(clean, at.clone())
                || a_buyers_remedy(clean, &at)
                || a_carriers_permit(clean, &at)
                || on_their_own_system(clean, at.clone())
                || our_tool_approves(clean, at)
        }
        Category::Money => a_way_of_paying(clean, &at),
        Category::Unproven => {
            untested_without_technology(clean, at.clone())
                || demand_not_technology(clean, at.clone())
                || a_rivals_technology(clean, at)
        }
        _ => false,
    }
}

/// "The restorer can reject a batch on arrival under our normal returns
/// terms": the buyer's right to send back what fails is the team's remedy
/// for its own quality risk, not a third party that can say no.
fn a_buyers_remedy(clean: &str, at: &std::ops::Range<usize>) -> bool {
    static REFUSAL: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:can|could|may) (?:\w+ )?(?:reject|refuse|decline)\b"));
    static TERMS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[^.;]{0,40}?\b(?:under|on|per|through|by|within) (?:our|the|its|their) (?:normal |usual |standard |existing |own )?(?:returns?|refunds?|warranty|guarantee|replacement) (?:terms|policy|process|rules|period)\b",
        )
    });
    REFUSAL.is_match(&clean[at.clone()]) && TERMS.is_match(&clean[at.end..])
}

/// "Older owners do not like to pay by link", "won't pay online": a doubt
/// about the way of paying, which is the product's usability, not a doubt
/// that anyone will pay at all.
fn a_way_of_paying(clean: &str, at: &std::ops::Range<usize>) -> bool {
    static MEANS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s+(?:by|via|through|online|in cash|with (?:an? |their |the )?(?:card|cash|cheque|check|phone|link|app|qr))\b",
        )
    });
    clean[at.clone()].to_ascii_lowercase().ends_with("pay") && MEANS.is_match(&clean[at.end..])
}

/// "The course takes card payments through its newsletter service", "…
/// via Stripe": the provider that takes the money holds the card data and
/// meets the payment rules; the product only sells.
fn payments_through_a_provider(clean: &str, at: &std::ops::Range<usize>) -> bool {
    static PROVIDER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s+(?:through|via|by|with|using) (?:(?:a|an|the|that|this|our|its|their) )?(?:[\w'’-]+ ){0,3}?(?:services?|providers?|processors?|platforms?|checkouts?|gateways?|stripe|paypal|square|sumup|shopify|etsy)\b|^\s+(?:through|via|using) (?-i:[A-Z])",
        )
    });
    clean[at.clone()].to_ascii_lowercase().contains("payment")
        && PROVIDER.is_match(&clean[at.end..])
}

/// "We already hold a waste carrier registration": the permit a trade
/// holds to carry goods is a rule met, not a carrier the plan leans on.
/// One still needed ("texting needs carrier registration") is still the
/// carriers' say.
fn a_carriers_permit(clean: &str, at: &std::ops::Range<usize>) -> bool {
    static PERMIT: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s+(?:registration|licen[cs]e|permit|certificate|number|card)s?\b"));
    static HELD: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:hold|holds|held|have|has|had|got|already)\b[^.;]{0,40}$"));
    clean[at.clone()]
        .to_ascii_lowercase()
        .starts_with("carrier")
        && PERMIT.is_match(&clean[at.end..])
        && HELD.is_match(&clean[..at.start])
}

/// "The camera brands these inspectors use", "inspectors who already pay
/// for a report app", "factories pay for this": the people the word names
/// doing their own work as the customers (of a trade of inspection, of a
/// safety tool), not a regulator the product must satisfy or a plant the
/// team must build. `stem` is the word's start ("inspector", "factor").
fn customers_at_work(stem: &str, clean: &str, at: &std::ops::Range<usize>) -> bool {
    let word = clean[at.clone()].to_ascii_lowercase();
    word.starts_with(stem) && AT_WORK.is_match(&clean[at.end..])
}

/// What people do at their own work, right after the word that names
/// them: "… use", "… who already pay", "… book"; or how they take to a
/// tool ("… who dislike phones"), which is the users' habit, not a rule.
static AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:who |that )?(?:already |all |mostly |often |usually )?(?:use|uses|used|buy|buys|bought|carry|carries|own|owns|pay|pays|paid|film|films|record|records|work|works|book|books|charge|charges|visit|visits|subscribe|subscribes|dislike|dislikes|hate|hates|struggle|struggles)\b",
    )
});

/// "Brands pay for a lot of compliance tooling", "our developer tooling":
/// tooling named for what it does in software is programs, not the moulds
/// and dies a maker must pay for before the first unit.
fn software_tooling(clean: &str, at: &std::ops::Range<usize>) -> bool {
    static SOFTWARE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:compliance|software|developer|dev|devops|internal|ai|data|analytics|testing|build|security|reporting|marketing|sales|admin|digital) $",
        )
    });
    clean[at.clone()].eq_ignore_ascii_case("tooling") && SOFTWARE.is_match(&clean[..at.start])
}

/// "Funded from the existing licensing budget": a rule's word naming a
/// budget line is where the money comes from, not a rule to meet.
fn a_budget_line(clean: &str, at: &std::ops::Range<usize>) -> bool {
    static BUDGET: LazyLock<Regex> = LazyLock::new(|| re(r"^ (?:budgets?|funds?|pot)\b"));
    BUDGET.is_match(&clean[at.end..])
}

/// "Numbers are checked at each inspection", "measured at the spring 2027
/// inspection": an inspection named as the occasion when something is done
/// or counted is a date in the customer's calendar, not a rule the product
/// must pass. Failing one, or being fined at one, still is.
fn an_inspection_as_the_occasion(clean: &str, at: &std::ops::Range<usize>) -> bool {
    static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:at|during) (?:(?:the|each|every|their|our|its|the next|the last|the annual|this|that) )?(?:[\w-]+ ){0,3}$",
        )
    });
    static FAILED_THERE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:risk|fail\w*|fined?|penal\w*|breach\w*|caught|flagged|rejected|refused|marked down|downgraded|closed)\b[^.;]*$",
        )
    });
    static INSPECTION: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:inspections?|audits?)$"));
    let before = &clean[..at.start];
    INSPECTION.is_match(&clean[at.clone()])
        && OCCASION.is_match(before)
        && !FAILED_THERE.is_match(before)
}

/// "Regulation" read as the word itself, in either sense that is no rule:
/// a sport's standard size, or a job at the bench.
fn regulation_not_a_rule(clean: &str, at: std::ops::Range<usize>) -> bool {
    clean[at.clone()].eq_ignore_ascii_case("regulation")
        && (a_regulation_size(clean, at.clone()) || a_workshop_job(clean, at))
}

/// "A regulation racing currach", "a regulation-size pitch": "regulation"
/// as an adjective means built to the sport's standard, not a rule the
/// product must pass. As a noun it is followed by what it does or is about
/// ("a regulation that bans", "the regulation on labels").
fn a_regulation_size(clean: &str, at: std::ops::Range<usize>) -> bool {
    static NOUN_USE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:that|which|requires?|says|bans?|forbids?|limits?|on|about|from|under|of|is|was|will|would|may|might|could|can|applies|covers?|and|or)\b|^\W*$",
        )
    });
    static ARTICLE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:a|an)\s+$"));
    ARTICLE.is_match(&clean[..at.start]) && !NOUN_USE.is_match(&clean[at.end..])
}

/// "Each tuning, repair, voicing and regulation job", "the regulation work
/// on a grand": in the trades that adjust mechanisms (pianos, clocks,
/// watches) regulation is a job done at the bench, one of the services
/// listed, not a rule the product must meet.
fn a_workshop_job(clean: &str, at: std::ops::Range<usize>) -> bool {
    static JOB_AFTER: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s+(?:jobs?|work|visits?|appointments?|services?)\b"));
    static SERVICES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:tuning|tunings|repairs?|voicing|servicing|cleaning|adjustments?|overhauls?|restoration)(?:,? (?:[\w-]+,? ){0,3})?(?:and|or|&)\s+$",
        )
    });
    JOB_AFTER.is_match(&clean[at.end..]) || SERVICES_BEFORE.is_match(&clean[..at.start])
}

/// "The inspector's call, which happens already", "the inspector already
/// sends the status": something that already takes place in the customer's world
/// is not a new risk the product brings.
fn already_happens(clean: &str, end: usize) -> bool {
    static ALREADY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:['’]s)?\W*(?:[\w'’-]+\W+){0,2}?(?:which|that|as it) (?:already )?(?:happens?|exists?|takes place|runs?|does)(?: already| today| now| anyway)\b|^(?:['’]s)?\W*(?:[\w'’-]+\W+){0,2}?(?:which|that) already (?:happens?|exists?|takes place|runs?)\b|^(?:['’]s)?\s+already (?:sends?|calls?|checks?|visits?|does|runs?|inspects?|walks?|reports?|phones?|emails?|posts?)\b",
        )
    });
    let to = signals::floor_char(clean, (end + 60).min(clean.len()));
    ALREADY.is_match(&clean[end..to])
}

/// "The drone reeds", "a drone note": in music a drone is a held sound, not
/// an aircraft the team has to build.
fn a_sound_not_a_device(clean: &str, at: &std::ops::Range<usize>) -> bool {
    static SOUND: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^\W*(?:reeds?|pipes?|notes?|strings?|tones?|chords?|bass|music|sounds?)\b")
    });
    clean[at.clone()].to_ascii_lowercase().starts_with("drone") && SOUND.is_match(&clean[at.end..])
}

/// The device a hardware match names, by its last word, lowercased and
/// singular ("tablet" for "a wall-mounted tablets").
pub(super) fn device_noun(matched: &str) -> String {
    let noun = matched
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    noun.strip_suffix('s').map(str::to_string).unwrap_or(noun)
}

/// The word that tells a device apart from others of its kind, lowercased
/// and singular: "float" for "a float sensor", "bluetooth" for "a Bluetooth
/// tag". Words any device could carry ("small", "smart", "our") tell
/// nothing apart and give `None`.
pub(super) fn device_modifier(clean: &str, at: std::ops::Range<usize>) -> Option<String> {
    const GENERIC: &[&str] = &[
        "small", "smart", "cheap", "simple", "little", "custom", "wireless", "digital", "each",
        "every", "their", "your", "with", "that", "this", "new", "some", "more", "extra", "spare",
        "basic", "tiny", "large", "main", "single", "same", "other", "from", "into", "onto",
    ];
    let words: Vec<&str> = clean[at.clone()]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let word = if words.len() >= 2 {
        words[words.len() - 2].to_lowercase()
    } else {
        clean[..at.start]
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|w| !w.is_empty())?
            .to_lowercase()
    };
    let word = word.strip_suffix('s').map(str::to_string).unwrap_or(word);
    let telling = word.len() >= 4
        && word.chars().all(|c| c.is_alphabetic())
        && !GENERIC.contains(&word.as_str());
    telling.then_some(word)
}

/// Kit the team buys rather than builds: known technology.
pub(super) static BOUGHT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:off-the-shelf|off the shelf|store-bought|bought-in|commodity|consumer-grade|bought,? not built)\b",
    )
});

/// "Signed slips the moment the scale settles" in the pitch, and "a link
/// from the existing platform scale" in the Solution: once the idea says a
/// device is the customer's own, its other mentions are that same device,
/// not hardware the team must build. Kit the idea says is bought off the
/// shelf ("an off-the-shelf float switch") is the same: its other mentions
/// ("a float sensor") are known technology, not a device to design.
///
/// Most ideas name no device, so the nouns are worked out only when a
/// hardware match asks for them, once per analysis.
pub(super) struct OwnedDevices<'s, 'a> {
    sentences: &'s [Sentence<'a>],
    hardware: &'static Regex,
    nouns: OnceCell<Vec<String>>,
    bought: OnceCell<Vec<String>>,
}

impl<'s, 'a> OwnedDevices<'s, 'a> {
    /// The devices of `sentences` (the whole idea) that `hardware` matches.
    pub(super) fn new(sentences: &'s [Sentence<'a>], hardware: &'static Regex) -> Self {
        OwnedDevices {
            sentences,
            hardware,
            nouns: OnceCell::new(),
            bought: OnceCell::new(),
        }
    }

    /// Whether the hardware match at `at` in `clean` is a device the idea
    /// calls the customer's own, or kit it says is bought off the shelf.
    pub(super) fn contains(&self, clean: &str, at: std::ops::Range<usize>) -> bool {
        let noun = device_noun(&clean[at.clone()]);
        if self.nouns().contains(&noun) {
            return true;
        }
        let bought = self.bought();
        !bought.is_empty()
            && (bought.contains(&noun)
                || device_modifier(clean, at).is_some_and(|m| bought.contains(&m)))
    }

    /// The words of every phrase the Risks section says is bought off the
    /// shelf, up to the end of its clause: "float" and "switch" for
    /// "off-the-shelf float switch; two weeks". Said there, it answers the
    /// hardware risk; said only in the Solution, it describes the product.
    fn bought(&self) -> &[String] {
        self.bought.get_or_init(|| {
            let mut words = Vec::new();
            for s in self.sentences.iter().filter(|s| s.step == Step::Risks) {
                for m in BOUGHT.find_iter(&s.clean) {
                    let rest = &s.clean[m.end()..];
                    let clause = rest.split([',', ';', '.', ':', '(']).next().unwrap_or(rest);
                    words.extend(
                        clause
                            .split(|c: char| !c.is_alphabetic())
                            .filter(|w| w.len() >= 3 && !["and", "the", "for", "with"].contains(w))
                            .take(4)
                            .map(device_noun),
                    );
                }
            }
            words
        })
    }

    fn nouns(&self) -> &[String] {
        self.nouns.get_or_init(|| {
            let mut nouns: Vec<String> = self
                .sentences
                .iter()
                .flat_map(|s| {
                    self.hardware
                        .find_iter(&s.clean)
                        .filter(|m| their_own_device(&s.clean, m.range()))
                        .map(|m| device_noun(m.as_str()))
                        .collect::<Vec<_>>()
                })
                .collect();
            // "Weighs on the usual scale": whatever the customer already uses,
            // named as such, even where the word alone is no hardware match.
            static USUAL: LazyLock<Regex> = LazyLock::new(|| {
                re(r"\b(?:the|their|his|her|your) (?:usual|existing|current|normal|ordinary|regular) ([\w-]+)")
            });
            for s in self.sentences {
                nouns.extend(
                    USUAL
                        .captures_iter(&s.clean)
                        .filter_map(|c| c.get(1))
                        .map(|m| device_noun(m.as_str())),
                );
            }
            // "Alarm installers with 2 to 15 engineers" in the Customer
            // section: the people the hardware words name there are the
            // customers, so "installers" elsewhere is them too, not a crew
            // the team must hire.
            // "Heat pump installation companies" are installers by another
            // name.
            static INSTALLING: LazyLock<Regex> = LazyLock::new(|| {
                re(r"\binstall(?:ation|ing)? (?:companies|company|firms?|businesses|business|teams?|contractors?|engineers?)\b")
            });
            for s in self.sentences.iter().filter(|s| s.step == Step::Customer) {
                nouns.extend(
                    self.hardware
                        .find_iter(&s.clean)
                        .map(|m| device_noun(m.as_str()))
                        .filter(|noun| noun.ends_with("er")),
                );
                if INSTALLING.is_match(&s.clean) {
                    nouns.push("installer".to_string());
                }
            }
            nouns.retain(|noun| noun.len() >= 4);
            nouns
        })
    }

    /// Whether every device of a sentence is one of the customer's own (or
    /// bought off the shelf): its hardware is no risk of the team's.
    pub(super) fn owns_every_device(&self, s: &Sentence<'_>) -> bool {
        self.hardware
            .find_iter(&s.clean)
            .all(|m| self.contains(&s.clean, m.range()))
    }
}

/// "The automatic check could approve a walk that disturbs nesting birds":
/// the approver is the product itself, so the risk is its own wrong answer,
/// not a third party that can say no.
fn our_tool_approves(clean: &str, at: std::ops::Range<usize>) -> bool {
    static APPROVES: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^(?:may|might|could|can|will|would) (?:wrongly |mistakenly |still )?approve\b")
    });
    static OUR_TOOL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:the|our|its) (?:[\w-]+ )?(?:check|checker|app|system|tool|software|algorithm|model|ai|bot|form|engine|filter|rules engine)\s*$",
        )
    });
    APPROVES.is_match(&clean[at.clone()]) && OUR_TOOL.is_match(&clean[..at.start])
}

/// "Built on the centre's existing WordPress site": software that sits on
/// a system the customer already runs depends on nobody else.
fn on_their_own_system(clean: &str, at: std::ops::Range<usize>) -> bool {
    static EXISTING: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*(?:existing|own|current)\b"));
    let (_, after) = around(clean, at, 0, 24);
    EXISTING.is_match(after)
}

/// "If fewer than 30 sign up, we will withdraw it": the team pulling out is
/// its kill criterion, not a partner that can walk away; and its own data
/// protection officer signing off is compliance, not a third party.
fn our_own_move(clean: &str, at: std::ops::Range<usize>) -> bool {
    // The team itself, or its own officers: "the DPO needs to sign off" is
    // the data risk's compliance step, not a partner that can say no.
    static WE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:we|i|(?:the|our) (?:dpo|data protection officer|legal team|compliance (?:team|officer)|lawyers?|solicitors?|counsel))(?: \w+){0,2}\s*$",
        )
    });
    if !WE.is_match(&clean[..at.start]) {
        return false;
    }
    // "We need permission from the landowners", "we will need an insurer
    // to carry the risk": we ask, they can say no.
    let matched = clean[at].to_ascii_lowercase();
    ![
        "permission",
        "consent",
        "approval",
        "sign-off",
        "permit",
        "insurer",
        "bank",
        "partner",
        "supplier",
        "provider",
        "vendor",
        "landlord",
        "operator",
        "carrier",
        // "We will need the chapter to let visitors in": they decide.
        " to let",
        " to allow",
        " to permit",
        " to approve",
    ]
    .iter()
    .any(|w| matched.contains(w))
}

/// "Both sides keep a copy", "each side signs on the tablet": the two
/// parties to one handover, sale or visit, not two markets to bootstrap.
fn two_parties_of_one_exchange(clean: &str, at: std::ops::Range<usize>) -> bool {
    static PARTIES: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:both|either|each) (?:\w+ )?sides?$"));
    static RECORD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:(?:can|then|also|instantly|automatically) )?(?:keeps?|gets?|sees?|signs?|receives?|holds?|has|have|agrees?|confirms?|downloads?|prints?|is emailed|are emailed|is sent|are sent|(?:of|to) the (?:\w+ )?(?:transaction|deal|sale|handover|exchange|collection|visit|transfer|booking|contract|dispute|call))\b",
        )
    });
    PARTIES.is_match(&clean[at.clone()]) && RECORD.is_match(&clean[at.end..])
}

/// "Enable it from the marketplace in their booking system", "listed on
/// the app marketplace": the store where a software's add-ons are found,
/// a place to be listed, not two sides of a market the team must grow at
/// once. The word is read so only when it names such a store, before or
/// after it.
fn an_add_on_store(clean: &str, at: std::ops::Range<usize>) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:apps?|integrations?|plug-?ins?|add-?ons?|extensions?|partner) $")
    });
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^ (?:in|of|inside|within) (?:the |their |its |our |your )?(?:[\w'’-]+ ){0,3}(?:system|software|platform|app|tool|suite|crm|erp|pos)s?\b",
        )
    });
    clean[at.clone()].eq_ignore_ascii_case("marketplace")
        && (BEFORE.is_match(&clean[..at.start]) || AFTER.is_match(&clean[at.end..]))
}

/// "This is not yet tested at scale: our partners are supportive": an
/// arrangement untried, not a technology that may not work. Read as
/// unproven only when the sentence names a technology for it to be about.
fn untested_without_technology(clean: &str, at: std::ops::Range<usize>) -> bool {
    static UNTRIED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:not|never) (?:yet )?(?:been )?(?:shown|proven|proved|validated|demonstrated|tested)\b",
        )
    });
    static TECHNOLOGY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:tech\w*|software|hardware|system|model|algorithm|sensors?|devices?|app|apps|machine|engine|ai|platform|prototype|chip|battery|batteries|robot\w*|drones?|camera|scanner|method|process|material|coating|formula|recipe|design|kit|detect\w*|recogni\w+|scien\w+|labs?|laboratory|papers|studies|research)\b",
        )
    });
    UNTRIED.is_match(&clean[at]) && !TECHNOLOGY.is_match(clean)
}

/// "Willingness to pay £3 a month is unproven", "demand is untested": what
/// is unproven is whether people want or pay for it, a doubt about value
/// or viability, not a technology that may not work.
fn demand_not_technology(clean: &str, at: std::ops::Range<usize>) -> bool {
    static DEMAND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:willingness to pay|demand|the price|pricing|uptake|take-?up|adoption|appetite|the market|the business model)\b[^.;:]{0,40}?\b(?:is|are|remains?|stays?|still)\s+(?:still\s+|yet\s+|as\s+yet\s+)?$",
        )
    });
    static UNPROVEN: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:unproven|untested|not (?:yet )?(?:proven|tested))\b"));
    UNPROVEN.is_match(&clean[at.clone()]) && DEMAND_BEFORE.is_match(&clean[..at.start])
}

/// "The main competitor is the generic AI writing tools": the technology
/// a rival uses is the competition, not a technology the team must make
/// work. Read so when a word for the competition comes at most six words
/// before it, with no word of ours between ("unlike rivals, our AI …" is
/// still ours).
fn a_rivals_technology(clean: &str, at: std::ops::Range<usize>) -> bool {
    static RIVAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:competitors?|competition|rivals?|incumbents?|alternatives?)\b((?:\W+[\w'’-]+){0,6}\W+)$",
        )
    });
    static OURS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:our|we|us|my|i)\b"));
    RIVAL_BEFORE
        .captures(&clean[..at.start])
        .and_then(|c| c.get(1))
        .is_some_and(|between| !OURS.is_match(between.as_str()))
}

/// "A sensor would be nice, but we are not building hardware", "a label
/// printer and a spreadsheet; nothing to build": the sentence itself says
/// the team builds no device.
fn no_hardware_built(clean: &str) -> bool {
    static NONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:not|never|no longer) (?:\w+ )?(?:building|build|making|make|shipping|ship|selling|sell|designing|design) (?:any |our own |new )?hardware\b|\bno (?:new |custom |own )?hardware\b|\bnothing to build\b",
        )
    });
    NONE.is_match(clean)
}

/// "Their phone camera", "the tablet's camera", "your existing card
/// reader", "the lab's label printer", "the data a milking robot already
/// records", "switch it off and the scales work as before": a device the
/// customer already owns is not hardware the team has to build.
fn their_own_device(clean: &str, at: std::ops::Range<usize>) -> bool {
    static OWN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:point|points|pointing|aim|aims|open|opens|hold|holds|holding) (?:(?:the|your|their|a|his|her) )?$|\b(?:off-the-shelf|off the shelf|commodity|consumer-grade)(?:\W+(?:[\w-]+\W+){0,2}|\W*)$|\bwhose (?:[\w-]+ ){0,2}$|\b(?:phones?|smartphones?|mobiles?|tablets?|laptops?|computers?|ipads?|iphones?|existing|their|your)(?:'s)?(?:\W+(?:[\w-]+\W+){0,3}|\W*)$|\bthe [\w-]+'s (?:[\w-]+ )?$|\balready (?:runs?|works?|running|working|uses?|owns?)(?:\W+(?:[\w-]+\W+){0,3}|\W*)$",
        )
    });
    // What follows the device says it is already there: "a robot already
    // records", "the sensors they already have", "the robot's own alarms"
    // (software that reads a device's output needs the device to exist).
    static ALREADY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:[\w'’-]+\W+){0,3}?(?:already|they (?:already )?(?:own|have|use|run))\b|^\W*(?:works?|runs?|carr(?:y|ies) on|stays?) as (?:before|today|now|usual|normal|they do)\b|^'s (?:[\w-]+ ){0,2}?(?:data|alarms?|alerts?|logs?|readings?|software|apps?|apis?|records?|reports?|exports?)\b",
        )
    });
    // "Holding hardware stock": devices kept on our shelves to sell are
    // ours to buy, store and take back, however "holding" reads.
    static STOCK: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\W*(?:stock|stocks|inventory|spares)\b"));
    let (before, after) = around(clean, at, 24, 32);
    (OWN.is_match(before) && !STOCK.is_match(after)) || ALREADY.is_match(after)
}

/// The text just before and just after a match, up to `back` and `ahead`
/// bytes (cut at character boundaries): where the words that change a
/// match's meaning stand.
fn around(clean: &str, at: std::ops::Range<usize>, back: usize, ahead: usize) -> (&str, &str) {
    let from = signals::floor_char(clean, at.start.saturating_sub(back));
    let to = signals::floor_char(clean, (at.end + ahead).min(clean.len()));
    (&clean[from..at.start], &clean[at.end..to])
}

/// "A dated log to hand the council inspector", "ready for the audit", "the
/// dietary record for the inspector", "export of a service certificate": the
/// product's output goes to the customer's regulator, so the regulation is
/// the customer's world (why they buy), not a rule the product must pass.
fn serves_the_regulator(clean: &str, at: std::ops::Range<usize>) -> bool {
    // "Export permits", "import licences": the trade's own permits, not a
    // record the product exports for an inspector.
    static TRADE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:export|import) $"));
    if TRADE.is_match(&clean[..at.start]) {
        return false;
    }
    static FOR_THEM: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:hand|hands|handed|show|shows|give|gives|send|sends|email|emails|print|prints|export|exports|issue|issues|produce|produces|generate|generates|writes? out|fills? in|completes?|ready for|prepared for|prepare for|prepares for|(?:records?|logs?|reports?|evidence|paperwork|files?|lists?|proof|sheets?|checks?|trail) (?:for|to show|(?:that )?(?:an?|any|the)))(?: (?:it|them|this|that|these))?(?: (?:to|of))?(?: (?:the|an|a|any|their|your|each|every|next))?(?: [\w'’-]+){0,2} $",
        )
    });
    // "Certificate PDF is ready when the tech leaves": what the product
    // makes, said the other way round.
    static MADE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\W*(?:[\w-]+ ){0,2}?(?:is|are|gets?) (?:ready|generated|produced|emailed|printed|sent|issued|created|filed|filled in|written)\b",
        )
    });
    // "An email 30 days before MOT, inspection and licence-check dates",
    // "counts the statutory deadlines for them": the product keeps their
    // own regulator's dates.
    static DUE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:before|ahead of|reminders? (?:of|for|about)|remind\w* (?:\w+ )?(?:of|about)|counts?|counting|tracks?|tracking|watch(?:es|ing)?|monitors?|monitoring|diar(?:y|ies) of|calendars? of)(?: [\w'’/-]+,?){0,4} $",
        )
    });
    static DATES: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^(?:[\w'’/-]*,? ){0,5}?(?:dates?|due|deadlines?|expir\w+|renewals?)\b")
    });
    // "The HMRC-style cask audit", "their Ofsted inspection": the regulator
    // named as the owner of the customer's audit.
    static THEIR_PROCESS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:-style|['’]s)?\s(?:[\w-]+ ){0,2}(?:audits?|inspections?|returns?|filings?|reconciliations?|submissions?|visits?)\b",
        )
    });
    // "Books the visiting inspector": the product arranges their visit.
    static BOOKS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:books?|booking|arranges?|schedules?) (?:the |a |an |their )?(?:[\w-]+ )?$")
    });
    static VISITOR: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:inspectors?|assessors?|auditors?|verifiers?|examiners?)$"));
    let (before, after) = around(clean, at.clone(), 48, 40);
    let books_their_visit = BOOKS.is_match(before) && VISITOR.is_match(&clean[at]);
    books_their_visit
        || FOR_THEM.is_match(before)
        || MADE.is_match(after)
        || THEIR_PROCESS.is_match(after)
        || (DUE.is_match(before) && DATES.is_match(after.trim_start()))
}

/// "Walkers find us through the licensing course run by the council": the
/// words before a piece of paperwork say it is where the customers are met,
/// a channel, not a rule the product lives under.
pub(super) fn where_we_meet_them(before: &str) -> bool {
    static MEET: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:find|finds|found|hear (?:of|about)|hears (?:of|about)|heard (?:of|about)|reach|reached|meet|met|recruit|recruited|sign up) (?:us|them)\b[^.;]{0,40}\b(?:through|via|at|in|from|on)\b[^.;]*$",
        )
    });
    MEET.is_match(before)
}

/// "An inspection log for pier operators", "the river-access permit signed
/// off by text", "the shop's live liability": the paperwork of a regulated
/// world (permits, inspections, licences, certificates) is what a
/// compliance tool is about. Met in the pitch or the Solution, it tells why
/// the customer buys; it is not a rule the product itself must pass, as
/// holding money, health records or children's data is. Only a Risks
/// section that names it makes it a risk.
pub(super) fn paperwork(matched: &str) -> bool {
    static PAPERWORK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:permits?|inspections?|inspectors?|licen[cs]ing|licen[cs]es?(?: \w+)*|certificat\w+|(?:\w+ ){0,3}certificat\w+|liabilit\w+|liable|authori[sz]ations?|examiners?|penalt(?:y|ies)|fines|fined)$",
        )
    });
    PAPERWORK.is_match(matched)
}
