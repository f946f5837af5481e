//! Calibration on the project's own labelled ideas (`eval/heldout*/`), written
//! blind by team members in other voices and domains than the shared corpora.
//!
//! They are our check that the scorer generalises: the shared corpora can be
//! fitted by phrase lists; ideas written by other people in other words
//! cannot. The bars here are the regression floor, not the goal (the goal is
//! the issue's: Spearman ≥ 0.90, exact ≥ 70%, verdict ≥ 85%).
//!
//! If this fails after a scorer change: read `eval/README.md` (diagnoses of
//! earlier misses), then the idea's verdict
//! (`backwards verdict eval/heldout-2/<file>`), find the signal that was
//! missed or misread, and fix it structurally, never by adding the file's
//! words to a list.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use backwards_core::analyze::{analyze, calibration};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../eval")
        .join(name)
}

fn evaluate(name: &str) -> calibration::CalibrationReport {
    let dir = corpus(name);
    let labels_text = std::fs::read_to_string(dir.join("labels.json"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let labels = calibration::parse_labels(&labels_text).expect("labels.json parses");
    let mut reports = BTreeMap::new();
    for idea in &labels.ideas {
        let bytes = std::fs::read(dir.join(&idea.file)).expect("idea file readable");
        let parsed = backwards_core::model::parse(&bytes).expect("idea parses");
        reports.insert(idea.file.clone(), analyze(&parsed));
    }
    calibration::evaluate(&labels, &reports)
}

fn assert_floor(name: &str, spearman: f64, verdict: f64) {
    assert_floor_except(name, spearman, verdict, &[]);
}

/// [`assert_floor`], with pairs we know the scorer still misses, named by
/// their variant file: each one is a diagnosis in eval/README.md, and any
/// other pair that fails still fails the test.
fn assert_floor_except(name: &str, spearman: f64, verdict: f64, known_pair_misses: &[&str]) {
    let report = evaluate(name);
    let misses: Vec<String> = report
        .ideas
        .iter()
        .filter(|i| i.predicted != i.labelled || i.call != i.label_call)
        .map(|i| {
            format!(
                "{}: got {:?} {} want {:?} {}",
                i.file, i.predicted, i.call, i.labelled, i.label_call
            )
        })
        .collect();
    for d in &report.dimensions {
        assert!(
            d.spearman >= spearman,
            "{name}: {:?} Spearman {:.2} < {spearman} (see eval/README.md for diagnoses)\n{}",
            d.dimension,
            d.spearman,
            misses.join("\n")
        );
    }
    assert!(
        report.verdict_accuracy >= verdict,
        "{name}: verdict accuracy {:.2} < {verdict}\n{}",
        report.verdict_accuracy,
        misses.join("\n")
    );
    for pair in &report.pairs {
        let known = known_pair_misses.contains(&pair.variant.as_str());
        assert!(
            pair.ok != known,
            "{name}: pair {} → {} was listed as a known miss but moved",
            pair.base,
            pair.variant
        );
        assert!(
            pair.ok || known,
            "{name}: pair {} → {} did not move on {}",
            pair.base,
            pair.variant,
            pair.dimension
        );
    }
}

#[test]
fn first_blind_corpus_stays_calibrated() {
    assert_floor("heldout", 0.80, 0.80);
}

#[test]
fn second_blind_corpus_stays_calibrated() {
    assert_floor("heldout-2", 0.80, 0.80);
}

#[test]
fn third_blind_corpus_stays_calibrated() {
    assert_floor("heldout-3", 0.85, 0.85);
}

#[test]
fn fourth_and_fifth_blind_corpora_stay_calibrated() {
    assert_floor("heldout-4", 0.80, 0.85);
    assert_floor("heldout-5", 0.80, 0.85);
}

#[test]
fn sixth_and_seventh_blind_corpora_stay_calibrated() {
    // Measured blind first (see eval/README.md), then tuned on: these are
    // development sets now, so the floors guard against regressions only.
    assert_floor("heldout-6", 0.85, 0.70);
    assert_floor("heldout-7", 0.90, 0.90);
}

#[test]
fn eighth_to_thirteenth_blind_corpora_stay_calibrated() {
    // Each measured blind first, then tuned on (eval/README.md has both).
    assert_floor("heldout-8", 0.80, 0.75);
    assert_floor("heldout-9", 0.80, 0.75);
    assert_floor("heldout-10", 0.80, 0.85);
    assert_floor("heldout-11", 0.85, 0.85);
    assert_floor("heldout-12", 0.80, 0.85);
    assert_floor("heldout-13", 0.80, 0.85);
}

#[test]
fn fourteenth_to_nineteenth_blind_corpora_stay_calibrated() {
    // Measured blind, then tuned on; risk stays the weakest dimension on these
    // (see eval/README.md), so the floors are lower than on the older sets.
    for name in [
        "heldout-14",
        "heldout-15",
        "heldout-16",
        "heldout-17",
        "heldout-18",
        "heldout-19",
    ] {
        assert_floor(name, 0.60, 0.70);
    }
}

#[test]
fn twentieth_to_twenty_fifth_blind_corpora_stay_calibrated() {
    // Measured blind (heldout-20/-21 at the end of one session, -22 to -25
    // during the next), then tuned on; figures in eval/README.md.
    for name in [
        "heldout-20",
        "heldout-21",
        "heldout-22",
        "heldout-23",
        "heldout-24",
        "heldout-25",
    ] {
        assert_floor(name, 0.70, 0.75);
    }
}

#[test]
fn twenty_sixth_to_thirty_fifth_blind_corpora_stay_calibrated() {
    // Measured blind (heldout-26 to -29 at the end of one session, -30 to
    // -35 during the next), then tuned on; figures in eval/README.md.
    // heldout-29 is left out: one of its ideas gives its launch as "spring
    // 2027", which the idea format refuses with an error (as it should), so
    // the corpus cannot be scored whole.
    for name in [
        "heldout-26",
        "heldout-27",
        "heldout-28",
        "heldout-30",
        "heldout-31",
        "heldout-32",
        "heldout-33",
        "heldout-34",
        "heldout-35",
    ] {
        assert_floor(name, 0.70, 0.70);
    }
}

#[test]
fn thirty_sixth_to_thirty_ninth_blind_corpora_stay_calibrated() {
    // The fifth session's final four: measured once, blind, at edb3b58
    // (figures in eval/README.md), then read in the session's last hour.
    for name in ["heldout-36", "heldout-37", "heldout-38", "heldout-39"] {
        assert_floor(name, 0.70, 0.70);
    }
}

#[test]
fn fortieth_to_fifty_first_blind_corpora_stay_calibrated() {
    // Each measured once, blind, before anyone read it (heldout-40 to -43
    // at 25af878, -44 to -47 at 4ee2a37, -48 to -51 at ce633aa; figures in
    // eval/README.md), then read and tuned on.
    for n in 40..=51 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.75);
    }
}

#[test]
fn fifty_second_to_seventy_ninth_blind_corpora_stay_calibrated() {
    // Each measured once, blind, before anyone read it (heldout-52 to -55
    // at 0d13975, -56 to -59 at 61f1f6e, -60 to -63 at 7d33465, -64 to -67
    // at 3fc6f50, -68 to -71 at ed77587, -72 to -75 at dccdca4, -76 to -79
    // at a9626e4; figures in eval/README.md), then read and tuned on.
    for n in 52..=79 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn eighty_eighth_to_ninety_first_blind_corpora_stay_calibrated() {
    // Measured once, blind, at e27616d (the seventh session's scorer), then
    // read: heldout-91's two failing pairs and the risk misses of -89 and
    // -90 (figures in eval/README.md). heldout-80 to -87 are left unread, so
    // they keep measuring ideas nobody tuned on and have no floor here.
    for n in 88..=91 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn ninety_sixth_to_hundred_and_seventh_blind_corpora_stay_calibrated() {
    // Measured once, blind (heldout-96 to -99 in the ninth session,
    // -100 to -103 at b3843ed in the tenth, -104 to -107 at 5398d61 in the
    // eleventh; figures in eval/README.md), then read. heldout-102's
    // problem pair (an idea written as one untitled letter) tied until the
    // eleventh session read a letter's question-led paragraphs as steps.
    for n in 96..=107 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_twelfth_to_hundred_and_fifteenth_blind_corpora_stay_calibrated() {
    // Measured once, blind, at 29eb5ea (the twelfth session's starting
    // scorer; figures in eval/README.md), then read. heldout-115's risk pair
    // (one risk announced, then explained over several sentences) failed
    // until a paragraph that announces one risk was read as one item.
    // heldout-108 to -111 stay unread and have no floor here.
    for n in 112..=115 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_twentieth_to_hundred_and_twenty_third_blind_corpora_stay_calibrated() {
    // Measured once, blind, at 1e9d46b (the thirteenth session's starting
    // scorer; figures in eval/README.md), then read. heldout-116 to -119
    // stay unread and have no floor here.
    for n in 120..=123 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_twenty_fourth_to_hundred_and_twenty_seventh_blind_corpora_stay_calibrated() {
    // Measured once, blind, at 8f89748 (the fourteenth session's starting
    // scorer; figures in eval/README.md), then read. heldout-126's risk
    // pair (a civil servant's "does not foresee any significant risks"
    // and "a formality") failed until those words read as dismissals.
    for n in 124..=127 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_twenty_eighth_to_hundred_and_thirty_first_blind_corpora_stay_calibrated() {
    // Measured once, blind, at be3c010 (the fifteenth session's starting
    // scorer; figures in eval/README.md), then read. heldout-130's evidence
    // pair (a letter whose problem paragraph counted "£900 of fruit" as
    // people) failed until an amount of money stopped reading as a count.
    for n in 128..=131 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_thirty_second_to_hundred_and_thirty_fifth_blind_corpora_stay_calibrated() {
    // Measured once, blind, at 04f59e4 (the sixteenth session's starting
    // scorer; figures in eval/README.md), then read. heldout-134 had a
    // verdict accuracy of 65% until a shorter wait written in words ("waits
    // three weeks") and a shrinking range ("from 4-6 days to 1-2 days")
    // passed the so-what test.
    for n in 132..=135 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_thirty_sixth_to_hundred_and_thirty_ninth_blind_corpora_stay_calibrated() {
    // Measured once, blind, at 633b149 (the seventeenth session's starting
    // scorer; figures in eval/README.md), then read. heldout-137's risk pair
    // failed until "None real.", "Not an issue." and "Competition: none."
    // read as waving risk away; heldout-138's customer Spearman was 0.55
    // until a place written with an accented capital ("Šumadija") counted
    // as a qualifier.
    for n in 136..=139 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_fortieth_to_hundred_and_forty_third_blind_corpora_stay_calibrated() {
    // Measured once, blind, at 4425edb (the eighteenth session's starting
    // scorer; figures in eval/README.md), then read. heldout-140's evidence
    // pair failed until an idea written as one table of fields ("| Customer
    // | … |") was read step by step; heldout-140 customer Spearman was 0.48
    // and heldout-143 verdicts 70% for the same reason and for letters that
    // title only their last step.
    for n in 140..=143 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_forty_fourth_to_hundred_and_forty_seventh_blind_corpora_stay_calibrated() {
    // Written during the eighteenth session and measured once, blind, at
    // 0ef5977 (figures in eval/README.md), then read. heldout-144's risk pair
    // failed until numbered risks written on one line were read as separate
    // items; one file's launch value ("next summer probably") is refused by
    // design with a clear error, so its launch line was removed here.
    for n in 144..=147 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_forty_eighth_to_hundred_and_fifty_first_blind_corpora_stay_calibrated() {
    // Written at the start of the nineteenth session and measured once,
    // blind, at ec99fd2 (figures in eval/README.md), then read. heldout-151's
    // copper-smith idea is a table of fields above a Risks heading, read as
    // steps only since; heldout-150's dismissive Risks sections beside GPS
    // collars and a hydraulic press scored 4 until such devices were hardware.
    for n in 148..=151 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_fifty_second_to_hundred_and_fifty_fifth_blind_corpora_stay_calibrated() {
    // Written during the nineteenth session and measured once, blind, with
    // the mid-session scorer 3ebad4c (figures in eval/README.md), then read.
    // heldout-152's problem pair and heldout-155's customer pair failed until
    // paying for a substitute was a workaround and "the people I am making
    // them for are …" declared a letter's segment.
    for n in 152..=155 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_fifty_sixth_to_hundred_and_fifty_ninth_blind_corpora_stay_calibrated() {
    // Written at the start of the twentieth session and measured once,
    // blind, at 9bb266f (figures in eval/README.md), then read. heldout-156's
    // "the public concerned is …" read as everybody until a participle after
    // "public" named the group; heldout-158's problem pair failed until
    // coming back disappointed was an outcome.
    for n in 156..=159 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_sixtieth_to_hundred_and_seventy_first_blind_corpora_stay_calibrated() {
    // Three more rounds of the twentieth session, each measured once,
    // blind, with the scorer of its day (d73c2f6, d139d88, 2383ebb), then
    // read. heldout-163's problem pair failed until an office without the
    // online system and a staffing-cost target were no customer problem;
    // heldout-167's until a target the office must meet was its own goal.
    for n in 160..=171 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_seventy_second_to_hundred_and_seventy_fifth_blind_corpora_stay_calibrated() {
    // The twentieth session's last round, measured once, blind, at 4291b02
    // (verdict 68 of 80, as the session-start scorer), then read in the
    // session's last hour. heldout-174's customer read 0.55 until
    // "everyone" in the trigger's scene stopped being the segment.
    for n in 172..=175 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_seventy_sixth_to_hundred_and_eighty_third_blind_corpora_stay_calibrated() {
    // The twenty-first session's two rounds, each measured once, blind,
    // with the scorer of its day (8f01b3d: verdict 70 of 80; cd180da: 64 of
    // 80, as the session-start scorer), then read. heldout-181's customer
    // read 0.68 until patients "who have submitted a request" were a
    // segment, not the broad noun.
    for n in 176..=183 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_eighty_fourth_to_hundred_and_eighty_seventh_blind_corpora_stay_calibrated() {
    // The twenty-first session's last round, measured once, blind, at
    // e18d8a9 (verdict 64 of 80, as the session-start scorer), then read.
    // heldout-184's risk read 0.57 until "nothing unknown" stopped being
    // an admitted unknown; its customer pair failed until "for Dunmore
    // residents who are unable to visit" was a segment.
    for n in 184..=187 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_eighty_eighth_to_hundred_and_ninety_first_blind_corpora_stay_calibrated() {
    // The twenty-second session's first round, measured once, blind, at
    // 23e0837 (verdict 70 of 80, 13 of 16 pairs), then read. A question
    // mark inside a quoted card ("rainy day? text us") had split the
    // sentence and hidden two tests' counts inside an open quotation.
    for n in 188..=190 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
    // The blood service's problem opens on its own red-cell target, which
    // the rubric's company-centric cap holds at level 2 whatever the
    // donors' costs beside it; the writer read the target as the patients'
    // need. Lifting the cap for a measured pain beside a goal moved two
    // organisations' own income problems (labelled 1) to 4 and 5, so the
    // cap stays and this pair stays a known miss.
    assert_floor_except(
        "heldout-191",
        0.70,
        0.70,
        &["blood-donation-van--worse-problem.md"],
    );
}

#[test]
fn hundred_and_ninety_second_to_hundred_and_ninety_fifth_blind_corpora_stay_calibrated() {
    // The twenty-second session's second round, measured once, blind, at
    // a72017f (verdict 74 of 80, 16 of 16 pairs, as the session-start
    // scorer), then read. heldout-195's evidence read 0.77 until what a
    // lady "paid three times our price in a London shop" stopped being a
    // commitment to us.
    for n in 192..=195 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn hundred_and_ninety_sixth_to_hundred_and_ninety_ninth_blind_corpora_stay_calibrated() {
    // The twenty-second session's third round, measured once, blind, at
    // abae94c (verdict 70 of 80, 16 of 16 pairs, as the session-start
    // scorer), then read. heldout-196's problem read 0.76 until a water
    // board that "must raise €40,000 in additional non-tax revenue … to
    // balance the 2027 operating budget" stated its own problem;
    // heldout-197's evidence read 0.80 until "412 of the 1,900 arrivals
    // (22%) used it" was counted behaviour despite the bracket.
    for n in 196..=199 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundredth_to_two_hundred_and_third_blind_corpora_stay_calibrated() {
    // The twenty-third session's first round, measured once, blind, at
    // 6d6ac78 (verdict 73 of 80, 15 of 16 pairs), then read. heldout-201's
    // evidence pair failed until "146 names" on a sign-up sheet counted as
    // sign-ups; heldout-202's evidence read 0.79 until a word inside a
    // compound ("boat-conversion market") stopped being a metric of ours;
    // heldout-203's risk read 0.78 until a clockmaker's "regulate" stopped
    // being regulation.
    for n in 200..=203 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_fourth_to_two_hundred_and_seventh_blind_corpora_stay_calibrated() {
    // The twenty-third session's second round, measured once, blind, at
    // 99f76d0 (verdict 71 of 80, 14 of 16 pairs; the session-start scorer
    // also gets 71), then read. heldout-206's problem read 0.78 until "it
    // costs us nothing extra to show them" stopped being a goal of ours;
    // heldout-207's evidence read 0.86 until 74 sign-ups told before what
    // 52 of them said stayed sign-ups.
    for n in 204..=207 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_eighth_to_two_hundred_and_eleventh_blind_corpora_stay_calibrated() {
    // The twenty-third session's third round, measured once, blind, at
    // d1cbffc (verdict 67 of 80, 15 of 16 pairs; the session-start scorer
    // gets 68), then read in part. heldout-211's risk pair failed until
    // "they will not mind" and "the licence people never come here" read
    // as waving risk away; heldout-208's dialysis taxi read 5 until a
    // paragraph naming a failure and its way back counted as a risk faced.
    for n in 208..=211 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_twelfth_to_two_hundred_and_fifteenth_blind_corpora_stay_calibrated() {
    // The twenty-fourth session's first round, measured once, blind, at
    // 9297a97 (verdict 69 of 80, 16 of 16 pairs), then read. heldout-212's
    // organ builder read a customer's pain until "my order book has fallen"
    // and "my difficulty is my own" read as the writer's trade; heldout-214's
    // hydro scheme waved its risks away over a turbine and grid export the
    // risk reading did not yet see.
    for n in 212..=215 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_sixteenth_to_two_hundred_and_nineteenth_blind_corpora_stay_calibrated() {
    // The twenty-fourth session's second round, measured once, blind, at
    // f0727bf (verdict 66 of 80, 16 of 16 pairs; the session-start scorer
    // also 66), then read. heldout-217's silversmith read a small bet in
    // "they can stop anytime", which is the clients' way out, not ours;
    // heldout-218's pharmacy counted "We will ask the health board …" in a
    // risk table as done.
    for n in 216..=219 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_twentieth_to_two_hundred_and_twenty_third_blind_corpora_stay_calibrated() {
    // The twenty-fourth session's third round, measured once, blind, at
    // c65d13e (verdict 68 of 80, 16 of 16 pairs; the session-start scorer
    // also 68), then read. heldout-221's cinema told its paid season
    // passes in a paragraph no evidence cue opened; heldout-220's goose
    // farm waved away bird flu the risk reading did not yet know.
    for n in 220..=223 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_twenty_fourth_to_two_hundred_and_twenty_seventh_blind_corpora_stay_calibrated() {
    // The twenty-fourth session's fourth round, measured once, blind, at
    // f884e74 (verdict 71 of 80, 15 of 16 pairs; the session-start scorer
    // also 71), then read. heldout-224's lime-kiln pair failed until "What
    // tells us it is wanted" titled its Evidence.
    for n in 224..=227 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_twenty_eighth_to_two_hundred_and_thirty_fifth_blind_corpora_stay_calibrated() {
    // The twenty-fourth session's last round (228-231, measured once at
    // its final scorer, 72 of 80) and the twenty-fifth session's first
    // (232-235, measured once at the session start: 67 of 80, 14 of 16
    // pairs), both read in the twenty-fifth.
    // heldout-232's pump-out boat waved risk away twice with no category
    // the lexicons knew; heldout-234's food bank counted "once funding is
    // in place" as a control already there.
    for n in 228..=235 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_fortieth_to_two_hundred_and_forty_third_blind_corpora_stay_calibrated() {
    // The twenty-sixth session's first round, measured once at the session
    // start (4691dbf: 69 of 80, 16 of 16 pairs), then read. heldout-241's
    // snagging letter answered its one risk in a paragraph with nothing
    // left open, which no Risks reading saw; heldout-240's falconry centre
    // wanted "a second revenue stream".
    for n in 240..=243 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}

#[test]
fn two_hundred_and_forty_eighth_to_two_hundred_and_fifty_fifth_blind_corpora_stay_calibrated() {
    // The twenty-seventh session's two read rounds: 248-251 measured once
    // at the session start (ee529ae: 76 of 80), 252-255 measured once after
    // the first round's fixes (07444eb: 71 of 80), both then read.
    // heldout-250's pay-later card for teenagers waved the regulator away
    // ("we don't see the FCA as an issue"); heldout-255's heat-pump service
    // said "the promise does not hold either", which was read as a design.
    for n in 248..=255 {
        assert_floor(&format!("heldout-{n}"), 0.70, 0.70);
    }
}
