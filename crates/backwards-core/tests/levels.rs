//! Levels a rubric reader expects for ideas written in other voices and
//! domains than the calibration corpora: a nurse manager, a farmer's terse
//! bullets, a tailor writing in his second language, a growth team talking
//! about itself, a hype deck, a vet-clinic founder, a survey of compliments.
//!
//! Each expectation was written from `rubric.md` before looking at what the
//! analyzers say, so a failure here means the scorer and the rubric disagree.

use backwards_core::analyze::{Call, analyze};
use backwards_core::model::parse_str;

/// (file, [customer, problem, evidence, risk], call)
const EXPECTED: &[(&str, [u8; 4], Call)] = &[
    ("ward-swap.md", [5, 5, 5, 2], Call::Go),
    ("farm-app.md", [2, 2, 1, 3], Call::Revise),
    ("tailor-orders.md", [3, 4, 3, 3], Call::Revise),
    ("engagement-push.md", [3, 1, 4, 2], Call::Stop),
    ("smart-collar.md", [1, 1, 2, 5], Call::Stop),
    ("vet-reminders.md", [5, 4, 5, 1], Call::Go),
    ("survey-hype.md", [3, 3, 2, 3], Call::Revise),
];

/// Risk-focused ideas in still other voices (a hospital pharmacist, a
/// school bus operator, a solo hardware maker, a bank compliance lead, a
/// tutoring marketplace, a city council, a game studio, a drone service).
/// Only the risk level is asserted: each file varies how risks, mitigations,
/// plans, unknowns, dismissals and bet sizes are phrased, and the level was
/// read off the rubric's risk table before the scorer ever saw the file.
const RISK_EXPECTED: &[(&str, u8)] = &[
    // Regulated (patient data, dosing) but every risk answered: passive
    // voice, "because", a fact after a full stop.
    ("dose-check.md", 2),
    // Permission, children's location data and new hardware, each with a
    // mitigation that is only planned ("we will ask", "we plan", "we intend").
    ("bus-watch.md", 4),
    // Hardware, a factory that can walk away, and admitted unknowns.
    ("loom-lamp.md", 4),
    // Finance regulation, AI drafting and a vendor dependency, all waved away
    // in words no dismissal list is likely to hold.
    ("clear-ledger.md", 5),
    // One paragraph mixing a two-sided market, minors' data and no way to
    // charge with soft risks (late tutors, a confusing screen).
    ("tutor-bridge.md", 4),
    // Known technology, a price, mitigations after colons, semicolons and in
    // sub-bullets, a build size and a kill criterion in new words.
    ("bulky-waste.md", 1),
    // Soft risks answered in sub-bullets; one store approval still open.
    ("tide-puzzles.md", 3),
    // Aviation rules and drones, each answered by a fact already true.
    ("crop-scout.md", 2),
];

fn idea_text(file: &str) -> String {
    let path = format!("{}/tests/ideas/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

#[test]
fn levels_match_a_rubric_reading() {
    let mut wrong = Vec::new();
    for (file, levels, call) in EXPECTED {
        let idea = parse_str(&idea_text(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let report = analyze(&idea);
        let got = report.scores.all().map(|d| d.level);
        if got != *levels || report.call != *call {
            wrong.push(format!(
                "{file}: got {got:?} {:?}, expected {levels:?} {call:?}",
                report.call
            ));
        }
    }
    assert!(wrong.is_empty(), "disagreements:\n{}", wrong.join("\n"));
}

#[test]
fn every_score_is_explained_by_quoted_signals() {
    for (file, _, _) in EXPECTED {
        let text = idea_text(file);
        let report = analyze(&parse_str(&text).unwrap_or_else(|e| panic!("{file}: {e}")));
        for d in report.scores.all() {
            let sum: i32 = d.signals.iter().map(|s| i32::from(s.effect)).sum();
            assert_eq!(
                sum,
                i32::from(d.score),
                "{file} {}: effects must sum to the score",
                d.dimension.id()
            );
            for s in d.signals.iter().filter(|s| !s.quote.is_empty()) {
                let first_words: String = s
                    .quote
                    .trim_start_matches("… ")
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                let flat = text
                    .replace("**", "")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    flat.contains(&first_words),
                    "{file}: quote {:?} is not the author's words",
                    s.quote
                );
                assert!(s.line > 0, "{file}: quoted signal {} has no line", s.rule);
            }
        }
    }
}

#[test]
fn stops_and_revisions_say_what_to_change() {
    for (file, _, call) in EXPECTED {
        let report =
            analyze(&parse_str(&idea_text(file)).unwrap_or_else(|e| panic!("{file}: {e}")));
        assert!(!report.reason.is_empty(), "{file}: no reason");
        if *call != Call::Go {
            assert!(
                !report.improvements.is_empty(),
                "{file}: a {call:?} must list improvements"
            );
            assert!(
                report.improvements.len() <= 4,
                "{file}: a few improvements, not a list of everything"
            );
        }
    }
}

#[test]
fn the_same_input_gives_the_same_report() {
    for (file, _, _) in EXPECTED {
        let text = idea_text(file);
        let a = analyze(&parse_str(&text).unwrap_or_else(|e| panic!("{e}")));
        let b = analyze(&parse_str(&text).unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(a, b, "{file}: analysis must be deterministic");
    }
}

#[test]
fn risk_levels_match_a_rubric_reading() {
    let mut wrong = Vec::new();
    for (file, expected) in RISK_EXPECTED {
        let idea = parse_str(&idea_text(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let got = analyze(&idea).scores.risk.level;
        if got != *expected {
            wrong.push(format!("{file}: risk level {got}, expected {expected}"));
        }
    }
    assert!(wrong.is_empty(), "disagreements:\n{}", wrong.join("\n"));
}

/// Scorer round 3 (customer, problem, evidence): ideas in voices and domains
/// none of the corpora use (an island ferry, a dental-lab hype deck, a school
/// kitchen, a cargo-bike co-op talking about itself, a museum, a pet
/// insurer). Only the three dimensions this round works on are asserted;
/// each level was read off the rubric's tables before the scorer saw the
/// file. What each one exercises: the most specific sentence of a section as
/// the segment, sizes without a plural noun ("The county lists 58."),
/// exclusions as "Not:" bullets, obligation triggers, whose pain a problem
/// is, controlled and concierge tests, present-tense payments, and internal
/// records as data.
const CPE_EXPECTED: &[(&str, [u8; 3])] = &[
    // Specific segment after a framing sentence, size "roughly 310 of them",
    // buyer/user in plain words, "Not:" bullets; rates, urgency from a new
    // timetable; a concierge test with a before/after count.
    ("ferry-alerts.md", [5, 5, 4]),
    // "Dentists!" and "anyone who…"; the product's absence and the company's
    // ambition as the problem; compliments with numbers.
    ("crown-tracker.md", [1, 1, 2]),
    // A one-word first sentence, then the real segment with a size and no
    // plural noun, an obligation trigger and a forum; present-tense payments.
    ("canteen-allergens.md", [4, 4, 5]),
    // The co-op's own income as the problem; repeat weekly bookings and
    // monthly accounts as commitment.
    ("pedal-post.md", [3, 1, 5]),
    // A broad opener then a sized, triggered segment; a concrete but
    // unmeasured pain; counted calls and the museum's own booking records.
    // Evidence was first read as 3; the booking records are first-party
    // analytics, which the rubric's level 4 names ("analytics numbers") and
    // the shared corpora read the same way (order data), so it is 4.
    ("museum-visits.md", [4, 3, 4]),
    // A bare category, pain adjectives, and the insurer's own claim records.
    ("pawclaim.md", [2, 2, 3]),
    // Second batch, written after the first round of fixes to probe them.
    // Terse "Who:/Where:/Not:" bullets, "Now:" as today's way, a trial and
    // repeat use ("gave us a bag again the next weekend").
    ("laundry-run.md", [5, 4, 5]),
    // "Broken" as a machine's state is concrete, not a vague adjective; a
    // channel in plain words ("come through our parts counter").
    ("tractor-parts.md", [4, 4, 3]),
    // A product about deposits: the word is not a commitment; sweeping
    // present-tense claims ("everyone has a horror story") are belief.
    ("deposit-back.md", [3, 2, 1]),
    // "Swimming is for everyone! But we start with parents in Bristol…":
    // the narrowed sentence is the segment; "Parents pay; the children
    // swim." tells buyer from user; a wait in months is a cost in time.
    ("swim-start.md", [5, 4, 5]),
    // Past penalties measure the pain; the deposits are the commitment.
    ("duty-return.md", [4, 5, 5]),
    // Third batch. Bold one-line labels ("**Who.**", "**Not for.**"), "one in
    // eight" as a rate, a by-hand trial with before/after, present payments.
    ("physio-slots.md", [5, 5, 5]),
    // "People who like plants": a taste clause is not a qualifier.
    ("plant-pal.md", [2, 3, 2]),
    // A charity's advice line describing tenants' pain (not its own); "who
    // have received a notice" as the trigger; its call log as weak data.
    ("eviction-line.md", [5, 5, 3]),
    // Fourth batch, against over-crediting: the product's promised saving
    // is not a measured pain; launching a page is the team's act, not
    // evidence; a world count of podcasts does not size a segment.
    ("clip-cast.md", [2, 2, 1]),
    // Parents as the authors and the customers ("we spend £120"): their own
    // pain, not a company's; "85 families took 310 items" is counted
    // behaviour; "whose children outgrow their uniform" is the trigger.
    ("uniform-swap.md", [4, 4, 4]),
    // Fifth batch. "At least once a week" is a habit, not a trigger; a
    // crowdfunding campaign and pre-sold copies are commitments.
    ("fox-trail.md", [3, 3, 5]),
    // Primary and secondary customers, a size in brackets ("so roughly
    // 100)"), an in-force regulation as urgency, letters of intent.
    ("rent-match.md", [5, 5, 5]),
    // Sixth batch. One line per section: a bare category, a concrete scene
    // with no numbers, uncounted conversations ("Asked some bakers.").
    ("bread-left.md", [2, 3, 2]),
    // Second-language English: "more or less 140 in the city", "all the
    // owners are in one WhatsApp group", "Not hotels."; a field test with
    // lockers put in one hostel, and usage counted.
    ("hostel-lockers.md", [5, 4, 4]),
    // Today's way in plain verbs ("she drives to the practice first", "she
    // texts the nurse"), a paper trial compared with last year.
    ("night-calls.md", [4, 4, 4]),
    // Seventh batch. Passive, formal voice: size, channel, buyer/user and
    // an exclusion but no "when". This was first read as level 3; every
    // independent labeller since has read a counted segment with a stated
    // edge as one whose situation is the Problem section's (level 5), and
    // the scorer now agrees with them. An audit with n = 1,450.
    ("mass-spec.md", [5, 4, 4]),
    // A hype deck: "studies show 68%…" is not a scene from the customer's
    // day; followers and likes are vanity, not behaviour.
    ("meal-rush.md", [3, 2, 2]),
    // "When everyone wants winter tyres at once" describes the moment, it
    // does not widen the segment; "now that the big chains…" is urgency;
    // "19 still use it every week" is retention.
    ("tyre-van.md", [4, 5, 5]),
];

#[test]
fn customer_problem_evidence_levels_match_a_rubric_reading() {
    let mut wrong = Vec::new();
    for (file, expected) in CPE_EXPECTED {
        let idea = parse_str(&idea_text(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let s = analyze(&idea).scores;
        let got = [s.customer.level, s.problem.level, s.evidence.level];
        if got != *expected {
            wrong.push(format!("{file}: got {got:?}, expected {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "disagreements:\n{}", wrong.join("\n"));
}

/// Scorer round 3 (risk, "so what"): ideas in still other voices (an island
/// ferry's hype deck, a dental lab, a primary-school kitchen, a cargo-bike
/// co-op, a maritime museum, a pet insurer). The risk level and whether the
/// Solution passes the "so what" test were both read off the rubric before
/// the scorer saw the file.
const RISK_SO_WHAT_EXPECTED: &[(&str, u8, bool)] = &[
    // Gates on the quay, card payments and a harbour trust, all waved away
    // in idiom ("a solved problem", "sort themselves out", "not really
    // something for us to worry about"); the Solution is a feature list.
    ("ferry-pass.md", 5, false),
    // A medical-device rule already met (the lab is registered), a habit risk
    // answered by a fact after a semicolon, one developer for five weeks and
    // a kill criterion; "so a practice never has to phone" is the advantage.
    ("dental-lab.md", 1, true),
    // One paragraph: children's health data not yet checked, a payment
    // provider that has not replied, and only plans ("we plan", "will look
    // into"); the advantage is "no paper slips, no Monday queue".
    ("school-canteen.md", 4, true),
    // A two-sided market in plain words ("if shops join faster than
    // riders"), an insured risk, and no idea yet what shops would pay.
    ("spoke-couriers.md", 4, true),
    // Soft risks answered by facts already true, a build in weekends and a
    // kill criterion; "no deposit, no queue for a handset" is the advantage.
    ("museum-audio.md", 1, true),
    // A regulated activity already signed off, and one key dependency (the
    // third practice-software vendor) still silent: level 3.
    ("directvet-claims.md", 3, true),
];

#[test]
fn risk_and_so_what_match_a_rubric_reading() {
    let mut wrong = Vec::new();
    for (file, risk, passes) in RISK_SO_WHAT_EXPECTED {
        let idea = parse_str(&idea_text(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let report = analyze(&idea);
        let got = (report.scores.risk.level, report.so_what.passes);
        if got != (*risk, *passes) {
            wrong.push(format!(
                "{file}: got risk {} so-what {}, expected risk {risk} so-what {passes}",
                got.0, got.1
            ));
        }
    }
    assert!(wrong.is_empty(), "disagreements:\n{}", wrong.join("\n"));
}
