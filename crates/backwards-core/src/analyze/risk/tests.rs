//! Unit tests of the risk analyzer: each one states a rubric reading in
//! a few words of Markdown.

use super::*;
use crate::model::parse_str;

/// The risk facts of `body` under a priced one-line pitch.
fn facts_for(body: &str) -> RiskFacts {
    let text = format!("# X\n\nA tool. $10 a month.\n\n{body}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    analyze(&idea).2
}

/// How many risk items the analyzer counts as mitigated in `body`.
fn mitigated_in(body: &str) -> usize {
    facts_for(body).mitigated
}

/// Checks that each body's Risks section counts exactly one mitigated item.
fn assert_each_mitigated_once(bodies: &[&str]) {
    for body in bodies {
        assert_eq!(mitigated_in(body), 1, "{body}");
    }
}

/// How many Risks sentences the analyzer reads as waving risk away in `body`.
fn dismissals_in(body: &str) -> usize {
    facts_for(body).dismissals
}

/// Checks that each body's Risks sentences wave risk away `n` times.
fn assert_each_dismisses(bodies: &[&str], n: usize) {
    for body in bodies {
        assert_eq!(dismissals_in(body), n, "{body}");
    }
}

/// The risk categories `categories_in` reads in one section's text.
fn categories_of(step: Step, text: &str) -> Vec<Category> {
    let idea = parse_str(&format!("# X\n\nA.\n\n## {}\n{text}\n", step.heading()))
        .unwrap_or_else(|e| panic!("parse: {e}"));
    let sentences = signals::section(&idea, step);
    let refs: Vec<&Sentence<'_>> = sentences.iter().collect();
    categories_in(&refs)
}

/// Checks each text's categories, in a table: one row per reading.
fn assert_categories(cases: &[(Step, &str, &[Category])]) {
    for (step, text, want) in cases {
        assert_eq!(categories_of(*step, text), want.to_vec(), "{text}");
    }
}

/// Checks that each text, read in `step`, holds its category among others:
/// one row per reading.
fn assert_reads_as(step: Step, cases: &[(&str, Category)]) {
    for (text, want) in cases {
        let found = categories_of(step, text);
        assert!(found.contains(want), "{text}: {found:?}");
    }
}

/// Whether a pitch of `text` alone states a way to charge.
fn pitch_priced(text: &str) -> bool {
    let idea = parse_str(&format!("# X\n\n{text}\n")).unwrap_or_else(|e| panic!("parse: {e}"));
    let everything = signals::everywhere(&idea, Step::Risks);
    priced(&idea, &everything)
}

/// The risk level `body` reads as.
fn level_for(body: &str) -> u8 {
    score_and_level(body).1
}

/// The risk score of `body`, and the level it reads as.
fn score_and_level(body: &str) -> (u8, u8) {
    let text = format!("# X\n\nA tool. $10 a month.\n\n{body}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    let score = analyze(&idea).0;
    (score, super::super::level_of(score))
}

#[test]
fn dismissing_serious_risks_is_level_five() {
    let body = "## Solution\nA breakthrough wearable that reads patients' data.\n\n## Risks\nNo real risks.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn one_open_dependency_is_level_three() {
    let body = "## Risks\n- We depend on the county's API; we have not asked for access yet.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn dismissals_in_idiom_are_still_dismissals() {
    let body = "## Solution\nA mirror with a camera that reads your face.\n\n## Risks\nHonestly, we don't see any real risks. Manufacturing is a solved problem these days, and the rest will sort itself out.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn a_shrugged_none_and_rivals_too_set_to_care_are_dismissals() {
    assert_each_dismisses(
        &[
            "## Risks\nNot really any, to be honest.",
            "## Risks\nNot any tbh.",
            "## Risks\nThe big florists are too old and lazy to care about one town.",
            "## Risks\nThe chains are too slow, too big to bother with us.",
        ],
        1,
    );
}

#[test]
fn a_partner_needed_by_nobody_is_no_unknown_but_a_missing_one_is() {
    assert!(
        facts_for("## Risks\nNo partner or sign-off is needed from anybody.")
            .open
            .is_empty()
    );
    assert!(!facts_for("## Risks\nNo partner yet.").open.is_empty());
}

#[test]
fn insurance_that_already_covers_the_use_answers_the_liability() {
    let covered =
        "## Risks\n- Our public liability policy already includes customers riding the course.";
    let checked =
        "## Risks\n- Customers could get hurt on the course; liability cleared with our insurer.";
    let promised = "## Risks\n- Customers could get hurt on the course; we will ask our insurer.";
    assert_eq!(mitigated_in(covered), 1);
    assert_eq!(mitigated_in(checked), 1);
    assert_eq!(mitigated_in(promised), 0);
}

#[test]
fn installation_firms_as_the_customer_make_installers_a_trade_to_sell_to() {
    let hardware = |body: &str| facts_for(body).open.contains(&Category::Hardware);
    let ours = "## Customer\nSolar installation firms, like ours.\n\n## Risks\n- If it works we'd sell it to other installers for £20 a month.";
    let crew = "## Customer\nHomeowners with old boilers.\n\n## Risks\n- If it works we'd sell it to other installers for £20 a month.";
    assert!(!hardware(ours), "{ours}");
    assert!(hardware(crew), "{crew}");
}

#[test]
fn hired_kit_that_goes_back_below_a_threshold_is_a_way_out() {
    let way_out = "## Risks\nIf we fill fewer than 30 sessions this month, the hired kiosk goes back and we're down £300.";
    let rebound = "## Risks\nIf demand is weak this month, the fee goes back up.";
    assert!(facts_for(way_out).small_bet);
    assert!(!facts_for(rebound).small_bet);
}

#[test]
fn a_manufacturer_who_can_refuse_is_a_gatekeeper_but_one_to_make_it_is_hardware() {
    assert_categories(&[
        (
            Step::Risks,
            "If a manufacturer says no, that brand is lost to us.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "We still have to find a manufacturer for the sensor.",
            &[Category::Hardware],
        ),
        (
            Step::Risks,
            "The clips want a manufacturer who can make small runs.",
            &[Category::Hardware],
        ),
    ]);
}

#[test]
fn a_paragraph_that_opens_on_the_main_unknown_goes_on_about_that_one() {
    let body = "## Risks\nThe main unknown is whether bakeries will list with us. Shoppers only gain if their bakery is on it, so the whole thing depends on bakers agreeing to update stock each morning. We have not asked a single baker yet.";
    assert_eq!(facts_for(body).open.len(), 1, "{:?}", facts_for(body).open);
}

#[test]
fn a_one_word_minimal_and_a_risk_answered_by_pedigree_are_dismissals() {
    assert_each_dismisses(
        &[
            "## Risks\nNegligible.",
            "## Risks\nDelivery risk is offset by the track record of our board.",
        ],
        1,
    );
    assert_each_dismisses(
        &["## Risks\nDelivery risk is offset by a second courier."],
        0,
    );
}

#[test]
fn a_frank_not_many_counts_how_few_risks_there_are_and_waves_them_away() {
    // "Honestly, not many." answers "what are the risks?" with a count of
    // nothing: the same dismissal as "minimal", only worded as a number.
    assert_each_dismisses(
        &[
            "## Risks\nHonestly, not many. Our growers keep ordering.",
            "## Risks\nFrankly, very few.",
            "## Risks\nHardly any, to be honest.",
        ],
        1,
    );
    // Few risks, each named, is a list, not a dismissal.
    assert_each_dismisses(
        &["## Risks\nNot many customers will pay upfront, so we take a deposit."],
        0,
    );
}

#[test]
fn holding_the_sensitive_data_states_the_risk_unless_it_is_protected() {
    let held = "## Risks\n- We keep voice recordings of every tenant call.";
    let protected =
        "## Risks\n- We keep voice recordings of every tenant call, deleted after 30 days.";
    let fee = "## Risks\n- Tenants might not pay. We collect the fee by card up front.";
    assert_eq!(mitigated_in(held), 0);
    assert_eq!(mitigated_in(protected), 1);
    assert_eq!(mitigated_in(fee), 1);
}

#[test]
fn losing_sleep_admits_a_worry_and_only_its_denial_waves_it_away() {
    assert_each_dismisses(
        &["## Risks\nHonestly, this part keeps me up; here is where we lose sleep."],
        0,
    );
    assert_each_dismisses(&["## Risks\nWe don't lose sleep over the big agencies."], 1);
}

#[test]
fn filming_in_homes_under_data_protection_duties_is_an_open_regulated_risk() {
    let body = "## Risks\n- We film in patients' kitchens, which brings data-protection duties.";
    assert!(
        facts_for(body).open.contains(&Category::Regulated),
        "{body}"
    );
    assert_eq!(mitigated_in(body), 0);
}

#[test]
fn the_customers_being_insured_is_not_our_cover() {
    let theirs = "## Risks\n- The broker may pull out. If so, riders pay in full, though most riders were insured.";
    let ours =
        "## Risks\n- A parcel could break in the post; every parcel is insured with the courier.";
    assert_eq!(mitigated_in(theirs), 0);
    assert_eq!(mitigated_in(ours), 1);
}

#[test]
fn a_promised_review_is_not_a_mitigation() {
    let done = "## Risks\n- The booking page holds pupil names and class lists; a legal review is in place.";
    let promised = "## Risks\n- The booking page holds pupil names and class lists; we will get a legal review before launch.";
    assert!(level_for(promised) > level_for(done));
    assert_eq!(level_for(promised), 3);
}

#[test]
fn evidence_so_far_answers_a_risk() {
    let body = "## Risks\n- Brokers could refuse the proof; so far 0 of 38 brokers in the beta refused it.\n- Build is two engineers for six weeks; if fewer than 15 carriers pay by month 3, we stop.";
    assert_eq!(level_for(body), 2);
}

#[test]
fn a_success_condition_is_not_a_risk() {
    let body = "## Risks\n- Kill criterion: if fewer than 500 people wishlist it in 60 days, we stop.\n- If it passes, we price it at $12.99.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_risk_table_is_read_row_by_row() {
    let answered = "## Risks\n| Risk | Mitigation |\n|---|---|\n| The supplier API could be revoked | We already have a signed data agreement |";
    let open =
        "## Risks\n| Risk | Mitigation |\n|---|---|\n| The supplier API could be revoked | |";
    assert_eq!(level_for(answered), 2);
    assert_eq!(level_for(open), 3);
}

#[test]
fn a_numbered_item_is_one_risk() {
    let body = "## Risks\n1. **Integration.** The page must write to the supplier's system. The supplier has not yet confirmed its interface supports this. This is the key dependency.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn a_label_then_a_plain_fact_is_an_answer() {
    let fact = "## Risks\n- Theft and damage: the lockers stand in the staffed ticket hall, under the station's cameras.";
    let list = "## Risks\n- Theft and damage: lockers, doors, keypads and the ticket hall.";
    let mitigated = |body: &str| {
        let text = format!("# X\n\nA tool. $10 a month.\n\n{body}\n");
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        analyze(&idea).1.iter().any(|s| s.rule == "risk-mitigated")
    };
    assert!(mitigated(fact));
    assert!(!mitigated(list));
    // A bound on the loss or a contrast is part of the answer, not a hedge;
    // a limit on the answer itself still is.
    let bounded = "## Risks\n- The ferry stops taking parcels: the boxes also travel by bus, which takes only a day more.";
    let contrast = "## Risks\n- A wrong reading: the chart keeps the old rule of thumb beside it, a guide, not a command.";
    let limited =
        "## Risks\n- The ferry stops taking parcels: the boxes go by bus only until March.";
    assert!(mitigated(bounded));
    assert!(mitigated(contrast));
    assert!(!mitigated(limited));
}

#[test]
fn a_long_build_is_not_a_small_bet() {
    let long = "## Risks\n- Growers may ignore the texts. Mitigation: a weekly call.\n- We are self-funding the next 14 months of development.";
    let short = "## Risks\n- Growers may ignore the texts. Mitigation: a weekly call.\n- We are self-funding the next 2 months of development.";
    assert_eq!(level_for(short), 1);
    assert_eq!(level_for(long), 2);
}

#[test]
fn minor_risks_alone_do_not_make_level_three() {
    let body = "## Risks\n- Some shops may find it confusing.\n- A competitor could copy it.\n- Staff might forget to log in.";
    assert_eq!(level_for(body), 2);
}

#[test]
fn a_low_risk_verdict_with_its_reasons_is_not_a_dismissal() {
    let reasoned = "## Risks\nRisk is limited: we only read public timetables, hold no personal data, and it is one developer for three weeks.";
    let bare = "## Risks\nRisk is limited. Honestly, none of the usual risks apply.";
    assert_eq!(level_for(reasoned), 1);
    assert!(level_for(bare) >= 3);
    // The reason in the next clause, after a semicolon, is a reason too.
    let next_clause = "## Risks\n- Breakage in the post: the pots are thick, low risk; we use the padded boxes already in place.";
    assert!(level_for(next_clause) <= 2, "{}", level_for(next_clause));
    let waved = "## Risks\n- Breakage in the post: low risk; it will be fine.";
    assert!(level_for(waved) >= 3, "{}", level_for(waved));
}

#[test]
fn a_third_party_that_must_let_us_in_is_a_dependency() {
    let body = "## Risks\nThe thing that keeps me up at night is whether the delivery platforms will let us read their order feeds.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn a_device_that_needs_certifying_is_two_risks() {
    let body = "## Risks\n- The boiler sensor needs CE and UKCA marking before we can sell it.";
    assert_eq!(level_for(body), 4);
}

#[test]
fn regulation_is_read_from_domain_meaning() {
    for risk in [
        "The app records what each toddler ate, and nurseries share it with parents.",
        "Meals are delivered hot, so they must stay above 63°C until served.",
        "Drivers would be self-employed, and the tax office may see them as employees.",
    ] {
        assert_eq!(level_for(&format!("## Risks\n- {risk}")), 3, "{risk}");
    }
}

#[test]
fn the_customers_own_phone_camera_is_not_hardware() {
    let risks = "## Risks\n- Shops may not adopt it.";
    let phone = format!("## Solution\nGuests scan a QR code with their phone camera.\n\n{risks}");
    let ours = format!("## Solution\nWe mount a camera above each table.\n\n{risks}");
    assert_eq!(level_for(&phone), 2);
    assert_eq!(level_for(&ours), 3);
}

#[test]
fn in_prose_a_plain_fact_after_a_risk_answers_it() {
    let answered = "## Risks\nVets may worry about liability for wrong advice. A vet signs off every answer before it is sent.";
    let elaborated = "## Risks\nVets may worry about liability for wrong advice. That would cost us our insurance.";
    assert_eq!(level_for(answered), 2);
    assert_eq!(level_for(elaborated), 3);
}

#[test]
fn a_rhetorical_question_and_a_brush_off_are_dismissals() {
    let body = "## Solution\nA smart collar with GPS and an AI vet that diagnoses illness from barking.\n\n## Risks\nRisks? The tech works, and people love their pets.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn mitigated_small_bets_are_level_one() {
    let body = "## Risks\n- Growers may ignore the texts. Mitigation: a weekly call.\n- Small bet: two developers for six weeks; kill criterion: fewer than 20 paying farms.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_fix_label_answers_the_risk_before_it() {
    // Two risks, each answered on a "Fix:" line, and a stated build size
    // with a kill criterion: a small bet with its risks handled.
    let body = "## Risks\n- The dispatcher may ignore it. Fix: he gets a text, as he does now.\n- The vendor's feed may change. Fix: status can be typed in by hand.\n- It is three weekends of work. If by week 5 it saves no calls, we drop it.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn safety_that_follows_from_a_stated_reason_is_not_a_dismissal() {
    let body = "## Risks\n- Practice software: we read a CSV export only, so a change at the vendor cannot break logging.";
    assert!(level_for(body) <= 2);
    let dismissive = "## Risks\n- Practice software cannot break logging.";
    assert!(level_for(dismissive) > level_for(body));
}

#[test]
fn science_not_yet_shown_outside_a_lab_and_missing_money_are_serious() {
    let body = "## Risks\nThe detection is based on papers and has not been shown to work reliably outside a lab. The first batch needs roughly $250,000 we do not have yet.";
    assert_eq!(level_for(body), 4);
}

#[test]
fn a_third_party_that_has_not_yet_answered_is_an_open_dependency() {
    let body = "## Risks\n- The booking line must sync with the scheduling software. The vendor says an integration is possible, but we have no quote or date yet.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn a_rule_change_answered_by_a_routine_is_a_mitigated_regulated_risk() {
    let body = "## Risks\n- The agency changes its rules: we follow the Federal Register and update within a week.";
    assert_eq!(level_for(body), 2);
    let open = "## Risks\n- The agency changes its rules.";
    assert!(level_for(open) > 2);
}

#[test]
fn a_design_that_removes_the_dependency_answers_even_an_unknown() {
    let body = "## Risks\n- Integration with the records system is the big unknown; we start with a CSV import, so we don't depend on the vendors saying yes.\n- The lock vendor's data helps; the product works without it, just slower.";
    assert_eq!(level_for(body), 2);
}

#[test]
fn an_unsigned_maybe_is_not_a_mitigation_and_honest_none_is_a_dismissal() {
    let maybe = "## Risks\n- Aviation rules: each flight needs an authorisation from the aviation authority.\n- Insurers must accept our reports; two have said probably, none in writing.";
    assert_eq!(level_for(maybe), 4);
    let none = "## Solution\nA marketplace for coaches.\n\n## Risks\nHonestly none really. There is no competitor.";
    assert_eq!(level_for(none), 5);
}

#[test]
fn a_list_of_absences_is_not_an_admitted_unknown() {
    let body = "## Risks\n- The build is three weeks for one developer. No new hardware, no partner to sign.\n- If fewer than 8 clubs renew after a season, we stop.";
    assert_eq!(level_for(body), 1);
    let gap = "## Risks\n- The build is three weeks for one developer. We have no partner yet for the card readers.";
    assert!(level_for(gap) >= 3);
}

#[test]
fn a_denied_risk_with_its_reason_is_acknowledged() {
    // The Experience touches money, and the Risks section answers it by
    // design; the denial is not a dismissal, so nothing is "unmentioned".
    let answered = "## Experience\nThe club secretary enters the club's bank details once.\n\n## Risks\n- Money handling: fees go straight to each club's own payment account, so we never hold client money and are not a payment business.";
    let silent = "## Experience\nThe club secretary enters the club's bank details once.\n\n## Risks\n- Members might not renew online.";
    assert!(level_for(answered) < level_for(silent));
    assert_eq!(level_for(answered), 2);
}

#[test]
fn equipment_the_customer_already_owns_is_not_hardware_to_build() {
    let owned = "## Solution\nSoftware that reads what each kiln controller already logs and warns the potter.\n\n## Risks\n- Potters may not check the warnings.";
    let built = "## Solution\nA kiln controller with our own sensors that warns the potter.\n\n## Risks\n- Potters may not check the warnings.";
    assert!(level_for(owned) < level_for(built));
}

#[test]
fn without_a_risks_section_one_serious_risk_is_level_three_and_several_are_five() {
    let one = "## Solution\nIt depends on the hospital's rota system, and the hospital could revoke our access.";
    let several = "## Solution\nA wearable with our own sensors, reading patients' health data, that the hospital's API must feed.";
    assert_eq!(level_for(one), 3);
    assert_eq!(level_for(several), 5);
}

#[test]
fn a_risks_section_that_only_dismisses_is_dismissive() {
    let body = "## Solution\nOur own smart lock, made by a contract factory.\n\n## Risks\n- zero risk honestly, nobody else does this.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn no_price_and_no_sign_of_a_small_bet_is_an_unacknowledged_risk() {
    let text = "# X\n\nAn AI assistant for everything.\n\n## Solution\nAn AI assistant that plans your week.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    let (_, signals, _) = analyze(&idea);
    assert_eq!(super::super::level_of(analyze(&idea).0), 5);
    let reading = signals
        .iter()
        .find(|s| s.rule == "rubric-level")
        .map(|s| s.message.clone())
        .unwrap_or_default();
    assert!(reading.contains("how it makes money"), "{reading}");
}

#[test]
fn level_one_needs_a_clear_way_to_charge_or_nothing_to_charge_for() {
    let level = |pitch: &str| {
        let text = format!(
            "# X\n\n{pitch}\n\n## Risks\n- Build: two weekends of my time.\n- Climbers may not scan the tags; we print them and stick them up ourselves.\n- If fewer than 20 climbers log a route by week 4, we stop.\n"
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        super::super::level_of(analyze(&idea).0)
    };
    assert_eq!(
        level("A route log for a climbing gym. £4 a month per gym."),
        1
    );
    assert_eq!(
        level("A route log for our own climbing gym, at no cost."),
        1
    );
    assert_eq!(level("A route log for climbing gyms."), 2);
}

#[test]
fn the_customers_world_is_not_the_products_risk() {
    // Machines and penalties in the Problem are the customer's; the product
    // only reads their data, so without a Risks section it is one open
    // dependency (level 3), not several unacknowledged risks.
    let body = "## Problem\nEach press raises 50 alarms a shift and a missed fault brings a penalty from the buyer.\n\n## Solution\nSoftware that reads what each press already logs and ranks the alarms. It depends on the press makers' API, which they could revoke.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn the_modal_before_an_arrow_belongs_to_the_risk() {
    let done = "## Risks\n- Owners may not like a stranger walking their dog -> the owner sees the walker's photo the night before and can say no";
    let planned =
        "## Risks\n- Owners may not like a stranger walking their dog -> we will add photos later";
    assert_eq!(level_for(done), 2);
    assert_eq!(mitigated_in(done), 1);
    assert_eq!(mitigated_in(planned), 0);
}

#[test]
fn the_maker_of_the_customers_machine_is_not_our_manufacturing() {
    let theirs = "## Solution\nService contracts for lab analysers whose manufacturer has stopped supporting them.\n\n## Risks\n- Parts could run out.";
    let ours = "## Solution\nAn analyser made by a contract manufacturer in Shenzhen.\n\n## Risks\n- Parts could run out.";
    assert!(level_for(theirs) < level_for(ours));
}

#[test]
fn a_decided_contingency_and_a_reviewer_with_a_long_name_are_mitigations() {
    let contingency = "## Risks\n- Hosting needs a grant; we applied to the county fund and will drop the map feature if it doesn't come through.";
    let reviewed = "## Risks\n- Pupil records are personal data. Counsel at the university's law clinic has reviewed the contract.";
    assert_eq!(mitigated_in(contingency), 1);
    assert_eq!(mitigated_in(reviewed), 1);
}

#[test]
fn lending_seeds_is_not_lending_money() {
    let seeds = "## Solution\nA lending app for seed libraries.\n\n## Risks\n- Volunteers may forget to log returns; the app texts them, tested for a month.";
    let money = "## Solution\nPeer-to-peer lending to market traders.\n\n## Risks\n- Volunteers may forget to log returns; the app texts them, tested for a month.";
    assert!(level_for(seeds) < level_for(money));
}

#[test]
fn holding_other_peoples_money_is_regulated_and_a_team_is_not_a_build_size() {
    let holds = "## Solution\nWe take the runners' entry fees and hold them until race day.\n\n## Risks\n- Coordinators may not switch.";
    let passes = "## Solution\nEach club's own payment account takes the entry fees.\n\n## Risks\n- Coordinators may not switch.";
    assert!(level_for(holds) > level_for(passes));
    // Holding the goods for a buyer is not holding their money.
    let goods = "## Solution\nWe find the slates, hold them, and deliver to site.\n\n## Risks\n- Coordinators may not switch.";
    assert_eq!(level_for(goods), level_for(passes));
    let text = "# X\n\nA tool.\n\n## Team\nTwo founders: one ex-Deliveroo ops, one ex-insurtech engineer.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(!analyze(&idea).2.small_bet);
}

#[test]
fn the_phones_own_sensors_are_not_hardware_to_build() {
    let phone = "## Solution\nAn app that uses the phone's GPS and motion sensors to confirm the ride.\n\n## Risks\n- Riders may forget to open it.";
    let ours = "## Solution\nA clip-on box with our own GPS and motion sensors to confirm the ride.\n\n## Risks\n- Riders may forget to open it.";
    assert!(level_for(phone) < level_for(ours));
}

/// Whether the analyzer finds a way to charge in `text`, written as the
/// section headed `section` of an idea whose pitch names no price.
fn priced_in(section: &str, text: &str) -> bool {
    let text = format!("# X\n\nA van.\n\n## {section}\n{text}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    analyze(&idea).2.priced
}

/// Whether the analyzer finds a way to charge in `pitch`, under a small
/// bet's Risks section that names no price of its own.
fn with_price(pitch: &str) -> bool {
    let text = format!(
        "# X\n\n{pitch}\n\n## Risks\n- Build: two weekends of work.\n- If fewer than 5 firms pay by June, we stop.\n"
    );
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    analyze(&idea).2.priced
}

#[test]
fn prices_per_anything_and_payments_received_are_a_way_to_charge() {
    assert!(with_price(
        "Job sheets for duct cleaners. £39 per crew per month."
    ));
    assert!(with_price("Two firms have paid £600 each for a year."));
    assert!(!with_price("Job sheets for duct cleaners."));
}

/// A margin taken on every order, what the average order came to, a card
/// payment page, a service given free with orders, or a job done for a
/// range of prices says how the product makes money as surely as a list
/// price does.
#[test]
fn a_margin_on_each_order_or_the_average_order_is_a_way_to_charge() {
    for pitch in [
        "Hot lunches sent up to the allotments. We keep a small margin on every order.",
        "Hot lunches sent up to the allotments. In the trial the average order was €12.",
        "Hot lunches sent up to the allotments, ordered on a form with a card payment page.",
        "A fitting call by video, free on orders over €150.",
        "We regrind the blade and fit a new handle for £12 to £20 depending on the blade.",
    ] {
        assert!(with_price(pitch), "{pitch}");
    }
}

#[test]
fn a_service_with_its_price_or_the_trades_usual_payment_is_a_way_to_charge() {
    for pitch in [
        "A reminder when the oil needs changing. The top-up is £18 and takes a quarter of an hour.",
        "Book the fitting by text. Customers pay at the counter as always, card or cash.",
        "A stock list for our own stores. There is no price change for anyone: it pays for itself in saved hours.",
    ] {
        assert!(with_price(pitch), "{pitch}");
    }
    // A market's size is not the price of a repair.
    assert!(!with_price(
        "A tool for repairers. Musical instrument repair is $2.1 billion worldwide."
    ));
}

#[test]
fn pointing_your_camera_is_not_building_a_camera() {
    let point = "## Solution\nPoint the camera at a label and the app reads the brand.\n\n## Risks\n- Sellers may not trust the price.";
    let build = "## Solution\nA shop-counter camera we build that reads the brand.\n\n## Risks\n- Sellers may not trust the price.";
    assert!(level_for(point) < level_for(build));
}

#[test]
fn negations_without_their_apostrophe_still_negate() {
    let typed = "## Risks\n- We havent decided pricing yet and we dont have a second supplier.";
    let proper = "## Risks\n- We haven't decided pricing yet and we don't have a second supplier.";
    assert_eq!(level_for(typed), level_for(proper));
}

#[test]
fn a_launch_gate_answers_its_risk_and_a_new_paragraph_is_a_new_risk() {
    let body = "## Risks\nWe have not tested it with anyone below entry level 2, and we dont have a plan B yet.\n\nLearner data is sensitive, so we need a DPIA; it is booked with the council's data protection officer and we won't launch without it.";
    let facts = facts_for(body);
    assert_eq!(facts.mitigated, 1);
    assert_eq!(level_for(body), 3);
}

#[test]
fn neither_and_nobody_negate_an_agreement() {
    let open = "## Risks\n- We depend on two suppliers; neither has agreed volume terms.";
    let open_named = "## Risks\n- Both pilots used a manual export; neither vendor has agreed to an integration yet.";
    let done = "## Risks\n- We depend on two suppliers; both have agreed volume terms in writing.";
    assert_eq!(level_for(open), 3);
    assert_eq!(level_for(open_named), 3);
    assert_eq!(level_for(done), 2);
}

#[test]
fn putting_our_own_devices_in_and_sorting_funding_later_are_serious_risks() {
    let body = "## Solution\nA digital portfolio; we'd put our own tablets in where the prison has none.\n\n## Next steps\nBuild it over the summer. Funding we'll sort out later.";
    let text = format!("# X\n\nA portfolio for learners.\n\n{body}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 5);
}

#[test]
fn a_trial_result_and_a_human_fallback_answer_a_risk() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- Members may not bother to photograph pieces; the pilot says they do (82% of pieces logged)."
        ),
        1
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- OCR will fail on some scans. The confidence flag routes those to a human."
        ),
        1
    );
}

#[test]
fn binning_it_below_a_threshold_is_a_kill_criterion() {
    let text = "# X\n\nA tool. £2 a match.\n\n## Risks\n- If under half the match fees come through it, I'll bin it.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.small_bet);
}

#[test]
fn contractions_match_like_the_words_they_stand_for() {
    let short = "## Solution\nOur own smart lock, made by a contract factory.\n\n## Risks\n- We'll be fine.";
    let long = "## Solution\nOur own smart lock, made by a contract factory.\n\n## Risks\n- We will be fine.";
    assert_eq!(level_for(short), level_for(long));
    assert_eq!(level_for(short), 5);
}

#[test]
fn a_risk_tables_last_cell_is_the_answer_unless_it_is_a_status_or_a_worry() {
    let row = |answer: &str| {
        format!(
            "## Risks\n| Risk | What we do |\n|---|---|\n| The inspection form changes | {answer} |"
        )
    };
    assert_eq!(
        mitigated_in(&row("The form is a template we edit in an afternoon")),
        1
    );
    for open in [
        "Open. We are talking to the chamber; none has agreed.",
        "Unknown. No data on it yet.",
        "Partly mitigated: the board may decide in May.",
        "Who pays if the form changes?",
        "medium",
        "Not yet approached",
        "Need data to train models",
        "We think ours will be smarter",
    ] {
        assert_eq!(mitigated_in(&row(open)), 0, "{open}");
    }
}

#[test]
fn low_risk_with_evidence_is_an_answer_and_childrens_profiles_are_regulated() {
    let reasoned =
        "## Risks\n- Feasibility is low-risk: the gate counter data already exists, we tested it.";
    let dismissed = "## Risks\n- Feasibility is low-risk.";
    assert!(level_for(reasoned) < level_for(dismissed));
    let kids = "## Solution\nA free app for junior clubs. Later: kids' profiles and a chat between parents and players.";
    let text = format!("# X\n\nSwaps for families.\n\n{kids}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 5);
}

#[test]
fn not_having_worked_out_how_to_make_money_is_open() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- Haven't really worked out how we make money yet, maybe a cut of the oil price."
        ),
        0
    );
}

/// Still to work out, the "we" after "how" asks; it answers nothing, and
/// the money stays open.
#[test]
fn still_having_to_work_out_how_we_make_money_is_open() {
    let body =
        "## Risks\nWe still have to work out how we earn money, perhaps sponsorship from cafés.";
    assert_eq!(mitigated_in(body), 0);
    assert!(facts_for(body).open.contains(&Category::Money));
}

#[test]
fn payments_and_resale_between_users_are_serious_risks() {
    let text = "# X\n\nA guest-list app.\n\n## Solution\nGuests add themselves to the list. Later: drinks preorders with payment, ticket resale between users.\n\n## Business model\nFree for now, ads later maybe.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 5);
}

#[test]
fn a_guarantee_denied_is_a_risk_admitted_not_waved_away() {
    let admitted = "## Risks\n- API access is the big one: production approval isn't guaranteed.";
    let waved = "## Risks\n- Success is guaranteed.";
    assert!(level_for(admitted) >= 3);
    let text = format!("# X\n\nA tool. $10 a month.\n\n{admitted}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(!analyze(&idea).2.dismissed);
    let text = format!("# X\n\nA tool. $10 a month.\n\n{waved}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.dismissed);
}

#[test]
fn output_for_the_customers_inspector_is_not_a_regulatory_risk() {
    let risks = "## Risks\n- Small market: if fewer than 60 sites pay by month 12 we stop.\n- The build is a form and a text gateway; nothing novel.";
    let helps = format!(
        "## Solution\nEvery repair gets a number, so the manager has a dated log to hand the council inspector.\n\n{risks}"
    );
    let regulated = format!(
        "## Solution\nThe app stores each resident's medical records and reports them to the council inspector.\n\n{risks}"
    );
    assert!(level_for(&helps) < level_for(&regulated));
    assert_eq!(level_for(&helps), 1);
}

#[test]
fn a_design_that_needs_nothing_answers_the_risk_it_follows() {
    let body = "## Risks\n- Older members won't use apps: phone calls and texts are first-class, no app required.";
    assert_eq!(mitigated_in(body), 1);
    let hedge = "## Risks\n- Older members won't use apps: no idea yet what to do about it.";
    assert_eq!(mitigated_in(hedge), 0);
}

#[test]
fn records_and_certificates_the_product_produces_serve_the_regulator() {
    let regulated = "## Solution\nThe app stores each resident's medical records.\n\n## Risks\n- If fewer than 8 firms pay £40 a month by June we stop; it is four weeks of work.";
    for solution in [
        "The cook gets the dietary record for the inspector from the same screen.",
        "One click gives an export of a service certificate for the church.",
        "The certificate PDF is ready when the engineer leaves the site.",
        "It leaves a record an inspector can read.",
    ] {
        let body = format!(
            "## Solution\n{solution}\n\n## Risks\n- If fewer than 8 firms pay £40 a month by June we stop; it is four weeks of work."
        );
        assert!(level_for(&body) < level_for(regulated), "{solution}");
    }
}

#[test]
fn a_dependency_not_yet_discussed_is_open() {
    let body = "## Risks\n- We depend on the port's gauge feed: the public API has no SLA; not yet discussed with the port.";
    assert_eq!(mitigated_in(body), 0);
}

#[test]
fn printers_feeds_into_anothers_database_and_duties_under_an_act_are_serious() {
    assert_reads_as(
        Step::Solution,
        &[
            (
                "It prints a label from a Bluetooth printer on your belt.",
                Category::Hardware,
            ),
            (
                "Finds are sent straight to the county's records database.",
                Category::Dependency,
            ),
            (
                "The reporting under the Wild Birds Act is done for you.",
                Category::Regulated,
            ),
            ("Each force would need a DPIA first.", Category::Regulated),
            (
                "Every booking system has to be approved nationally; a governor cannot just say yes.",
                Category::Dependency,
            ),
            (
                "We need a data-sharing agreement with each force.",
                Category::Regulated,
            ),
        ],
    );
}

#[test]
fn relying_on_bodies_that_refer_customers_is_a_dependency() {
    // A governing body, a trade association or a distributor can stop
    // sending customers our way, as a supplier can stop supplying.
    assert_reads_as(
        Step::Risks,
        &[
            (
                "Sign-ups rely on the regional rugby boards sending clubs to us.",
                Category::Dependency,
            ),
            (
                "Uptake depends on the trade association mentioning us.",
                Category::Dependency,
            ),
            (
                "Sales rely on two wholesale distributors stocking the kits.",
                Category::Dependency,
            ),
        ],
    );
}

#[test]
fn devices_held_as_stock_are_ours_and_a_closed_platform_is_a_dependency() {
    // "Holding" a device is usually the customer's hand on their own phone;
    // holding hardware in stock is ours to buy, store and take back.
    // A marketplace that offers no open API can refuse what we need of it.
    assert_reads_as(
        Step::Risks,
        &[
            (
                "The starter box means holding hardware stock in a rented lock-up.",
                Category::Hardware,
            ),
            (
                "Listings must sync with Etsy and eBay. None of them publishes an open API for stock levels.",
                Category::Dependency,
            ),
        ],
    );
}

#[test]
fn a_printer_someone_already_owns_is_not_hardware_to_build() {
    let found = categories_of(
        Step::Solution,
        "The manager prints labels on the lab's label printer.",
    );
    assert!(!found.contains(&Category::Hardware));
}

#[test]
fn cant_see_any_at_the_end_of_a_sentence_is_a_dismissal() {
    let body = "## Solution\nAn app that shares children's locations with an ice-cream van.\n\n## Risks\nhonestly cant see any. No one else is doing this.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn a_limit_by_design_or_a_duty_that_stays_with_someone_else_mitigates() {
    assert_each_mitigated_once(&[
        "## Risks\n- Children's data is limited to a first name per group.",
        "## Risks\n- Safety on the shore is the school's responsibility under its trip risk assessment.",
    ]);
}

#[test]
fn a_paragraph_that_answers_its_own_risk_does_not_answer_the_one_above() {
    let body = "## Risks\nEverything depends on the county accepting our records, and they have not said yes.\n\nSafety on the shore is the school's responsibility under its trip risk assessment.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn a_page_that_falls_back_answers_its_risk() {
    let body = "## Risks\n- Photo sizing fails with thick socks: the page falls back to shoe size plus one if the photo is unclear.";
    assert_eq!(mitigated_in(body), 1);
}

#[test]
fn two_dismissals_outweigh_one_answer() {
    let body = "## Solution\nWe hold the booking fees in our own account and scrape the council portals.\n\n## Risks\nNone really. Nobody else does this properly. Payments go through Stripe.";
    assert!(level_for(body) >= 4, "{}", level_for(body));
}

#[test]
fn a_design_that_uses_none_of_the_risky_thing_answers_it() {
    let body = "## Risks\n- Battery: the app uses no GPS; the phone sits in a power-bank pocket.";
    assert_eq!(mitigated_in(body), 1);
}

#[test]
fn a_tool_that_only_records_what_the_professional_decided_is_cleared() {
    let body = "## Risks\nSmall bet: one developer, six weekends. £4 a month. No prescribing in it: it only records what the vet prescribed. If fewer than 15 rescues use it weekly by November we stop.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn naming_who_controls_the_data_answers_a_privacy_risk() {
    let body = "## Risks\n- GDPR: names and addresses only, the council is the controller.";
    assert_eq!(mitigated_in(body), 1);
}

#[test]
fn a_third_party_that_says_no_without_a_meeting_yet_is_an_open_dependency() {
    let body = "## Risks\n\n| risk | notes |\n|---|---|\n| The market operator says no | Remote bidding needs the operator to open its clock system to us; we have not had a meeting yet |\n| Agents push back | Agents are also the market's biggest customers |";
    assert!(level_for(body) >= 3, "{}", level_for(body));
}

/// Said without an article, in a terse list item, the partner it waits on
/// is still a dependency: "Needs bus operators to send us their timetables".
#[test]
fn a_terse_need_for_operators_to_send_their_data_is_an_open_dependency() {
    let body = "## Risks\n- Needs bus operators to send us their stop changes.\n- Not spoken to any yet.\n- Otherwise a small build: one developer, three weeks.";
    assert!(level_for(body) >= 3, "{}", level_for(body));
}

/// "Not asked any landlord yet": the terse form of "we have not asked" is
/// an unknown still open.
#[test]
fn not_asked_any_of_them_yet_is_an_open_unknown() {
    let body = "## Risks\n- Fitting takes a day per flat.\n- Not asked any landlord yet.";
    assert_eq!(facts_for(body).open_unknown, 1);
}

/// What a plan leans on may be an operator, a concession, a sponsor or a
/// contractor: a third party as much as a supplier is.
#[test]
fn leaning_on_an_operator_a_concession_or_a_sponsor_is_a_dependency() {
    for body in [
        "## Risks\n- The discount depends on the station concession paying half.",
        "## Risks\n- The prize fund relies on one sponsor.",
        "## Risks\n- Night routes depend on the bus operators.",
    ] {
        assert!(
            facts_for(body).open.contains(&Category::Dependency),
            "{body}"
        );
    }
}

/// Counsel asked but not yet answered has cleared nothing: the regulation
/// stays open.
#[test]
fn a_lawyer_asked_without_an_answer_yet_leaves_the_rule_open() {
    let body = "## Risks\n- Paying by instalments may count as consumer credit. We have asked a lawyer and do not yet have a reply.";
    assert_eq!(mitigated_in(body), 0);
    assert!(facts_for(body).open.contains(&Category::Regulated));
}

/// "If pupils drop out, we carry the cost": the risk's outcome, left with
/// the team, is no move against it.
#[test]
fn a_cost_we_carry_if_it_happens_is_the_outcome_not_an_answer() {
    let body = "## Risks\n- **Drop-outs.** If many pupils quit in the first term, we carry the unpaid fees.";
    assert_eq!(mitigated_in(body), 0);
}

/// A rule that lets in only what people made themselves answers a rights
/// risk; "only" there bounds what is allowed, it is no hedge.
#[test]
fn only_work_people_made_themselves_answers_a_rights_risk() {
    assert_each_mitigated_once(&[
        "## Risks\n- Copyright: players upload only photos they took themselves; the rules say so and moderators check weekly.",
        "## Risks\n- Copyright: choirs share only their own arrangements; the upload page says so and we review each one.",
    ]);
}

/// The buyer's right to send back what fails, under the team's usual
/// terms, is the team's remedy for its own quality; no third party that
/// can say no. A partner that can refuse stays one.
#[test]
fn a_buyer_who_can_reject_under_our_returns_terms_is_no_dependency() {
    let remedy = "## Risks\n- **Glaze mismatch.** A kiln batch can come out darker; the shop can reject it on delivery under our usual refund policy.";
    assert!(!facts_for(remedy).open.contains(&Category::Dependency));
    let partner = "## Risks\n- **Stockists.** The garden centres can reject our range at their spring review.";
    assert!(facts_for(partner).open.contains(&Category::Dependency));
}

/// A check every unit goes through is a control in place, said in the
/// passive or as a step each one passes.
#[test]
fn a_check_every_unit_goes_through_is_a_mitigation() {
    assert_each_mitigated_once(&[
        "## Risks\n- **Seam splits.** Every bag goes through the same stitch test as a full production run.",
        "## Risks\n- **Wrong labels.** Each jar is checked against the batch sheet before it is packed.",
    ]);
}

/// In a paragraph, a sentence that opens on a label of its own is a new
/// risk with its own answer; it leaves the risk before it open. A label
/// that names the answer still points back.
#[test]
fn a_labelled_sentence_in_a_paragraph_answers_its_own_risk_not_the_one_before() {
    let two = "## Risks\nOur own sensors could fail in frost and we have no spares. Typos: every sign is proofread by two people before printing.";
    assert!(facts_for(two).open.contains(&Category::Hardware));
    assert_eq!(mitigated_in(two), 1);
    let answer = "## Risks\nOur own sensors could fail in frost and we have no spares. Fallback: the college lends us its sensors, as agreed last spring.";
    assert!(!facts_for(answer).open.contains(&Category::Hardware));
}

/// A provider that any other would replace is no key dependency.
#[test]
fn a_provider_any_other_would_replace_is_no_dependency() {
    let body =
        "## Risks\n- We depend on Square for card payments, but any card processor would do.";
    assert!(!facts_for(body).open.contains(&Category::Dependency));
}

/// "We have not shown that it can be done at that price" admits an
/// unknown on feasibility.
#[test]
fn not_having_shown_that_it_can_be_done_is_an_unknown() {
    let body = "## Risks\n- Hand-sewing every binding needs skilled binders, and we have not shown that this can be done at our price.";
    assert_eq!(facts_for(body).open_unknown, 1);
}

/// In a paragraph, a sentence that counts the risks off ("Finally, …")
/// names a new risk, even when it admits an unknown right after another.
#[test]
fn a_sentence_that_counts_the_risks_off_is_a_new_risk() {
    let body = "## Risks\nOur own sensors could fail in frost, and we have not tested them in winter yet. Finally, we have not yet checked whether gardeners can read the alerts at a glance.";
    assert_eq!(level_for(body), 4);
}

/// Conformity testing and marking before a device may be sold is a rule
/// to meet; long lead times on a part the board is built around are the
/// hardware's supply risk.
#[test]
fn conformity_marking_is_a_rule_and_long_lead_times_are_hardware() {
    let marking =
        "## Risks\n- The tracker needs conformity testing and marking before it can go on sale.";
    assert!(facts_for(marking).open.contains(&Category::Regulated));
    let parts = "## Risks\n- The glass bottles we fill have had long lead times this year.";
    assert!(facts_for(parts).open.contains(&Category::Hardware));
}

/// "The chip we designed around has long lead times": "we designed
/// around" says which chip; it is no move against the risk.
#[test]
fn a_we_clause_that_names_the_part_is_no_answer() {
    let body = "## Risks\n- The GPS chip we designed around has long lead times.";
    assert_eq!(mitigated_in(body), 0);
}

/// "The minimum run is 500 boxes; we have orders for 60": a count below
/// the one needed measures the gap, it does not close it.
#[test]
fn a_count_below_the_need_is_the_gap_not_an_answer() {
    let body = "## Risks\n- Our factory's minimum run is 500 boxes; we have deposits for 60.";
    assert_eq!(mitigated_in(body), 0);
}

/// A line that announces the risks ("…, so the risks are real:") does not
/// make the first bullet under it that line's answer.
#[test]
fn the_first_bullet_under_a_line_that_announces_the_risks_is_a_risk() {
    let body = "## Risks\nWe are new to this, so the risks are real:\n- **Supply.** Our printer's minimum run is 500 boxes. The rest of our stock sits in one shed.\n- **Demand.** We have not yet tested whether shops reorder.";
    assert_eq!(mitigated_in(body), 0);
}

/// Card payments taken through a provider's service leave the payment
/// rules with the provider; taken by the product itself, they stay a rule
/// to meet.
#[test]
fn card_payments_through_a_provider_are_no_rule_of_ours() {
    let provider = "## Risks\n- The club app takes card payments through its booking platform.";
    assert!(!facts_for(provider).open.contains(&Category::Regulated));
    let ours = "## Risks\n- The club app takes card payments.";
    assert!(facts_for(ours).open.contains(&Category::Regulated));
}

/// "Risk: a reminder goes out, and the clerk can still log it by hand": a
/// fallback the design keeps is part of the answer, not a hedge on it.
#[test]
fn a_manual_fallback_the_design_keeps_answers_the_risk() {
    assert_each_mitigated_once(&[
        "## Risks\n- Tenants may forget to log readings: a prompt goes out on the first of the month, and the caretaker can still log them by hand.",
    ]);
}

/// Needing permission to reproduce someone's work names the rights holder
/// who can say no.
#[test]
fn permission_to_reproduce_a_work_is_a_dependency() {
    let body = "## Risks\n- We need permission to reprint the maps in the guide.";
    assert!(facts_for(body).open.contains(&Category::Dependency));
}

/// A paragraph that announces its one main unknown still ends that risk
/// at a sentence with a label of its own ("Price: …").
#[test]
fn a_labelled_sentence_ends_the_one_risk_a_paragraph_announced() {
    let body = "## Risks\nThe main unknown is whether a mill will spin our fleece in small lots; we haven't found one yet. Price: £18 a skein.";
    assert_eq!(level_for(body), 3);
}

/// "We have not tested it in those conditions" right after an unknown
/// admits that same unknown again; it is not a second one.
#[test]
fn not_having_tried_it_restates_the_unknown_before() {
    let body = "## Risks\nWe do not know whether the scanner reads tags through wet mud. We have not tested it in those conditions.";
    assert_eq!(facts_for(body).open_unknown, 1);
}

/// "We have no agreement with the booking system's maker yet, so the first
/// version will rely on staff entering bookings by hand": the first
/// release does without the partner, which answers the dependency.
#[test]
fn a_first_version_that_works_by_hand_answers_a_missing_partner() {
    let body = "## Risks\n- A second dependency is the booking system: most venues use one of two old systems, and we do not yet have an agreement with either maker to read bookings, so the first version will rely on staff entering bookings by hand.";
    assert!(!facts_for(body).open.contains(&Category::Dependency));
}

/// Two groups needed in the same places at once is a market with two
/// sides to grow together.
#[test]
fn needing_two_groups_in_the_same_places_at_once_is_a_marketplace() {
    let body = "## Risks\n- We need tutors and families in the same suburbs at the same time.";
    assert!(facts_for(body).open.contains(&Category::Marketplace));
}

#[test]
fn not_many_is_a_dismissal() {
    let body = "## Risks\nNot many. We already have the customers.";
    let idea = parse_str(&format!("# X\n\nA tool.\n\n{body}\n")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(analyze(&idea).2.dismissals, 1);
}

#[test]
fn a_malpractice_claim_with_no_insurer_found_yet_is_open_and_doubting_is_not_an_answer() {
    let claim = "## Risks\n- A wrong date from us could lead to a malpractice claim; we are still looking for an insurer, none found yet.";
    assert_eq!(mitigated_in(claim), 0);
    assert_eq!(level_for(claim), 3);
    let doubt =
        "## Risks\n- Incumbents could release a cheap tier. We doubt it, but can't rule it out.";
    assert_eq!(mitigated_in(doubt), 0);
}

#[test]
fn downloading_from_an_app_store_is_not_a_dependency() {
    let found = categories_of(
        Step::Experience,
        "Download it from the App Store and add your tanks.",
    );
    assert!(!found.contains(&Category::Dependency));
}

#[test]
fn a_device_not_yet_certified_is_regulation_still_open() {
    let found = categories_of(
        Step::Risks,
        "- Our scale has not been certified yet; we submitted the dossier in September.",
    );
    assert!(found.contains(&Category::Regulated));
}

#[test]
fn a_table_whose_status_cell_says_not_started_is_open() {
    let body = "## Risks\n\n| Risk | What it means | Where we are |\n|---|---|---|\n| National approval | Every booking system must be approved nationally | Not started; we have a contact in the regional team |\n| Funding | Families cannot be charged | Charity interested but no budget |\n| Vetting | Visitor data is sensitive | Would need a DPIA first |";
    assert_eq!(mitigated_in(body), 0);
}

#[test]
fn checks_that_are_needed_are_a_to_do_not_an_answer() {
    let needed = "## Risks\n- It is one-to-one with children online, so DBS checks and a safeguarding lead are needed.";
    assert_eq!(mitigated_in(needed), 0);
    let waived = "## Risks\n- Tutors meet pupils in school, so no separate DBS check is required: the school's own is not needed again.";
    assert_eq!(mitigated_in(waived), 1);
}

#[test]
fn a_small_priced_bet_whose_only_data_risk_has_a_named_controller_is_level_one() {
    let body = "## Risks\nOne developer, six weeks. £1,200 per council per year. We stop if fewer than 3 councils pay by October. GDPR: names and addresses only, the council is the controller.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn review_false_positives_stay_out() {
    // An open-source fallback is an answer, not a status.
    let open_source = "## Risks\n\n| Risk | Impact | Answer |\n|---|---|---|\n| Vendor stops the API | High | Open-source fallback kept ready |";
    assert_eq!(mitigated_in(open_source), 1);
    // A but-clause about the competitor answers it.
    let but =
        "## Risks\n- Amazon sells the same parts, but they can't deliver same-day to the villages.";
    assert_eq!(mitigated_in(but), 1);
    // Passing an inspection is the product's own regulation.
    assert!(
        categories_of(
            Step::Solution,
            "The van must pass a food safety inspection before it trades."
        )
        .contains(&Category::Regulated)
    );
    // Our own database is no one else's.
    assert!(
        !categories_of(
            Step::Solution,
            "Readings are synced to our own database every night."
        )
        .contains(&Category::Dependency)
    );
    // Water-resistant is not resistance.
    assert!(!RISKY_WORDS.is_match("The tags are water-resistant."));
    // A limit on funding is not a design limit.
    assert_eq!(
        mitigated_in("## Risks\n- Funding is limited to two years."),
        0
    );
}

#[test]
fn an_integration_left_for_later_is_not_a_dependency() {
    let body = "## Risks\n- Integration with the theatre system: we do not integrate at launch; we print our own record. Integration is a later option, not a dependency.";
    assert_eq!(mitigated_in(body), 1);
}

#[test]
fn rugged_cases_name_the_hardware_and_a_field_test_answers_it() {
    let found = categories_of(
        Step::Risks,
        "Weather and gloves: phones in rugged cases, tested outdoors for a month.",
    );
    assert!(found.contains(&Category::Hardware), "{found:?}");
    let found = categories_of(
        Step::Risks,
        "Phones break on site: we buy rugged Android units.",
    );
    assert!(found.contains(&Category::Hardware), "{found:?}");
    let body = "## Solution\nThe app prints each crate label on a Bluetooth label printer.\n\n\
        ## Risks\n- Build is one developer for six weeks, and we drop it if it is slower than paper.\n\
        - Weather and gloves: phones in rugged cases, tested outdoors for a month.";
    assert_eq!(mitigated_in(body), 1);
    assert!(level_for(body) <= 2, "{}", level_for(body));
}

#[test]
fn both_sides_of_one_handover_are_not_a_two_sided_market() {
    let found = categories_of(
        Step::Solution,
        "The driver and the shop both sign on the tablet; both sides keep a copy online.",
    );
    assert!(!found.contains(&Category::Marketplace), "{found:?}");
    let found = categories_of(
        Step::Solution,
        "We need both sides, sellers and buyers, on day one.",
    );
    assert!(found.contains(&Category::Marketplace), "{found:?}");
    // The two sides of a thing, or of one agreement, are not two markets.
    for text in [
        "The fitter photographs the boat (both sides, bow and stern) before launch.",
        "Every change to the order makes a new version, and both sides have to approve it.",
    ] {
        let found = categories_of(Step::Solution, text);
        assert!(!found.contains(&Category::Marketplace), "{text}: {found:?}");
    }
    for text in [
        "Both sides must join before a single match is made.",
        "It only works with both sides at the same time: sitters and owners.",
    ] {
        let found = categories_of(Step::Risks, text);
        assert!(found.contains(&Category::Marketplace), "{text}: {found:?}");
    }
}

#[test]
fn a_test_with_a_named_sample_answers_a_usability_doubt() {
    // Timing the task with a few named users, with a line that changes
    // the plan, is how the doubt will be settled: a mitigation.
    assert_each_mitigated_once(&[
        "## Risks\n- Tuners may not bother logging every string. We will time it with six tuners in May; if it takes over five minutes a piano, we change the form.",
        "## Risks\n- Porters may find the scanner fiddly, so we will trial it with ten porters first.",
    ]);
}

#[test]
fn what_is_already_late_or_full_is_the_risk_not_its_answer() {
    for body in [
        "## Risks\n- Timing: the new till system this relies on is already four months late.",
        "## Risks\n- Staff: our two tuners are already at 95% capacity in December.",
        "## Risks\n- Fitters: more jobs mean hiring, and qualified fitters are scarce.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
    // A dependency on one of several named parties is still a dependency.
    let body = "## Risks\n- Payroll: the bundle depends on at least one of the three big payroll providers agreeing to add it.";
    assert!(facts_for(body).open.contains(&Category::Dependency));
}

#[test]
fn goods_that_only_a_registered_professional_may_supply_are_regulated() {
    for body in [
        "## Risks\n- Hearing aids may only be sold by a registered dispenser.",
        "## Risks\n- Flea treatments for farm dogs can only be supplied against a vet's written prescription.",
    ] {
        assert!(
            facts_for(body).open.contains(&Category::Regulated),
            "{body}"
        );
    }
}

#[test]
fn a_sentence_that_turns_away_does_not_answer_the_risk_before_it() {
    // The dependency stays open: what the build reuses answers nothing
    // about the vendor that has not said yes.
    for turn in ["Apart from that, the build is", "Otherwise this is"] {
        let body = format!(
            "## Risks\nWe need the booking system's vendor to open its API to us, and they have not answered. {turn} a plain booking page on the email system we already use."
        );
        let facts = facts_for(&body);
        assert!(facts.open.contains(&Category::Dependency), "{facts:?}");
        assert_eq!(level_for(&body), 3, "{body}");
    }
}

#[test]
fn stock_being_bought_now_answers_a_price_rise() {
    // Buying ahead, said in the present, is a step already under way.
    assert_each_mitigated_once(&[
        "## Risks\n- Cartridge prices go up. I'm buying two years' worth from the wholesaler now.",
        "## Risks\n- The mill may raise its price. We are locking in a year's flour this month.",
    ]);
}

#[test]
fn a_drafted_privacy_notice_answers_the_data_risk() {
    assert_each_mitigated_once(&[
        "## Risks\n- Visitors' photos are stored for 60 days on a hosted server (privacy notice drafted).",
        "## Risks\n- Pupils' names are personal data; the data sharing agreement with the school is signed.",
    ]);
}

#[test]
fn a_topic_named_as_a_label_and_answered_as_fact_acknowledges_a_risk() {
    let body = "## Risks\n- Legal standing: the agency accepts electronic notes, so no approval is needed; we checked with our adviser.\n- Build: an add-on to software we already license; the vendor has quoted six weeks.";
    assert_eq!(mitigated_in(body), 2);
    assert_eq!(level_for(body), 2);
    // A label with nothing answered is still not a risk named.
    let bare = "## Risks\n- Timeline: launch in May.";
    assert_eq!(mitigated_in(bare), 0);
}

#[test]
fn prices_in_any_currency_and_nothing_to_charge_in_a_list_of_negations_are_priced() {
    let priced = pitch_priced;
    assert!(priced("¥4,000 a month per inn, cancel any time."));
    assert!(priced("Shoppers pay ₹199 per order."));
    assert!(priced(
        "We ship it within three days, at £24 including the frame."
    ));
    assert!(priced(
        "The module is in our contract, so there is no build and no new cost."
    ));
    assert!(!priced("A booking page for inns."));
    assert!(!priced("Frames cost the buyer around £38 at a local shop."));
}

#[test]
fn a_fee_added_to_each_bill_a_paid_contract_and_a_price_line_are_ways_to_charge() {
    let priced = |text: &str| {
        let idea = parse_str(&format!(
            "# X

{text}
"
        ))
        .unwrap_or_else(|e| panic!("parse: {e}"));
        let everything = signals::everywhere(&idea, Step::Risks);
        priced(&idea, &everything)
    };
    assert!(priced(
        "The tuner will add ₹30 to each repair bill for the list."
    ));
    assert!(priced(
        "The guild signed a HK$9,000 one-year contract in May."
    ));
    assert!(priced("Price: the same pastry prices as at the counter."));
    assert!(priced(
        "The first month is free, then 40,000 som a month by phone."
    ));
    assert!(priced(
        "Members pay the supplier's invoice plus KM 5 per order."
    ));
    assert!(!priced("Price: not decided yet."));
}

#[test]
fn weeks_for_one_developer_is_a_build_size() {
    let body = "## Risks\n- Build is small: 6 weeks for one developer, off-the-shelf parts. No hardware.\n- Drivers may skip the check; the paper sheet still works and we accept a photo of it.";
    let idea = parse_str(&format!("# X\n\nA tool. $10 a month.\n\n{body}\n"))
        .unwrap_or_else(|e| panic!("parse: {e}"));
    let facts = analyze(&idea).2;
    assert!(facts.small_bet);
    assert!(facts.open.is_empty(), "{:?}", facts.open);
}

#[test]
fn reminders_of_the_customers_own_inspection_dates_are_their_world() {
    let found = categories_of(
        Step::Solution,
        "The manager gets an email 30 days before MOT, inspection and licence-check dates.",
    );
    assert!(!found.contains(&Category::Regulated), "{found:?}");
    let found = categories_of(
        Step::Solution,
        "It lists each request the reporter filed and counts the statutory deadlines for them.",
    );
    assert!(!found.contains(&Category::Regulated), "{found:?}");
    let found = categories_of(
        Step::Solution,
        "The app must pass a fire inspection before each event.",
    );
    assert!(found.contains(&Category::Regulated), "{found:?}");
}

#[test]
fn kiosks_and_an_ai_guide_left_out_of_a_missing_risks_section_are_level_five() {
    let body = "## Solution\n- An outdoor touchscreen kiosk at each park gate\n- An AI heritage guide that answers visitors' questions";
    assert_eq!(level_for(body), 5);
    let one = "## Solution\n- A printed map at each park gate\n- An AI heritage guide that answers visitors' questions";
    assert!(level_for(one) < 5, "{}", level_for(one));
    let found = categories_of(
        Step::Pitch,
        "Renters stop going to the kiosk down the road.",
    );
    assert!(!found.contains(&Category::Hardware), "{found:?}");
    // A kiosk is also a stall: "our kiosk" with nothing digital about it
    // is where fish is sold, not a device to build.
    let found = categories_of(
        Step::Risks,
        "The mill delivers flour to our kiosk every morning.",
    );
    assert!(!found.contains(&Category::Hardware), "{found:?}");
}

#[test]
fn our_own_withdrawal_is_a_kill_criterion_and_the_same_arrangements_as_the_rest_answer() {
    let found = categories_of(
        Step::Risks,
        "If fewer than 30 councils take it in six months, we will withdraw it.",
    );
    assert!(!found.contains(&Category::Dependency), "{found:?}");
    let found = categories_of(Step::Risks, "The county could withdraw its support.");
    assert!(found.contains(&Category::Dependency), "{found:?}");
    let body = "## Risks\n- Applicants' personal details are stored; they sit under the same DPIA and hosting as the rest of our product.";
    assert_eq!(mitigated_in(body), 1);
}

#[test]
fn a_way_back_to_the_old_tool_is_a_small_bet_but_the_customer_reverting_is_not() {
    let way_back = "## Risks\n- If nobody uses it after a month I'll take it down and go back to the clipboard.";
    let idea =
        parse_str(&format!("# X\n\nA form.\n\n{way_back}\n")).unwrap_or_else(|e| panic!("{e}"));
    assert!(analyze(&idea).2.small_bet);
    // The organisation's own way back, whoever says it: "the office returns
    // to the existing procedure".
    let returning =
        "## Risks\n- Should the term go badly, the office returns to the existing rota.";
    let idea =
        parse_str(&format!("# X\n\nA form.\n\n{returning}\n")).unwrap_or_else(|e| panic!("{e}"));
    assert!(analyze(&idea).2.small_bet);
    let reverting = "## Risks\n- If the rule were reversed, the customer would go back to being 3,000 single owners.";
    let idea =
        parse_str(&format!("# X\n\nA form.\n\n{reverting}\n")).unwrap_or_else(|e| panic!("{e}"));
    assert!(!analyze(&idea).2.small_bet);
}

#[test]
fn an_answer_the_sentence_takes_back_or_gives_in_part_does_not_mitigate() {
    for body in [
        "## Risks\n- We carry liability cover, but a single incident could end the company.",
        "## Risks\n- Only one of the four makers has agreed to open its protocol to us.",
        "## Risks\n| Risk | Status |\n|---|---|\n| The carriers can decline to integrate | Meeting planned for Q1 |",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
    assert_eq!(
        mitigated_in("## Risks\n- The carriers can decline; we carry liability cover for it."),
        1
    );
}

#[test]
fn without_a_risks_section_a_failure_answered_in_the_product_is_a_risk_handled() {
    let answered = "## Solution\nA relay on each table's light starts the clock. The relays fail safe: if one fails, the light still works and the hall is back on paper slips.";
    let idea = parse_str(&format!("# X\n\nA timer. £29 a month.\n\n{answered}\n"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, _, facts) = analyze(&idea);
    assert!(facts.acknowledged && facts.mitigated == 1);
    let silent = "## Solution\nA relay on each table's light starts the clock.";
    let idea = parse_str(&format!("# X\n\nA timer. £29 a month.\n\n{silent}\n"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!analyze(&idea).2.acknowledged);
}

#[test]
fn a_dpia_done_answers_and_a_device_the_risks_section_names_is_mentioned() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- Children's data sits on the tag reader; DPIA done with the school's DPO."
        ),
        1
    );
    let body = "## Solution\nReadings go into a wall-mounted tablet.\n\n## Risks\n- Staff may skip the tablet: a printed sheet exists as a fallback.";
    let idea = parse_str(&format!("# X\n\nA log. £10 a month.\n\n{body}\n"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, signals, _) = analyze(&idea);
    assert!(
        !signals
            .iter()
            .any(|s| s.rule == "risk-unmentioned-hardware")
    );
}

#[test]
fn one_childs_photo_and_a_speech_therapy_service_are_regulated() {
    assert_reads_as(
        Step::Solution,
        &[
            (
                "Each child's photo gets its own code on the proof card.",
                Category::Regulated,
            ),
            (
                "Exercises set by the speech therapy team between sessions.",
                Category::Regulated,
            ),
        ],
    );
}

#[test]
fn answers_under_what_well_do_are_plans_unless_done() {
    let table = "## Risks\n| Risk | How serious | What we'll do |\n|---|---|---|\n| Payments rules cover holding members' money | Medium | Use a payments provider |\n| A licence is needed to handle stakes | High | Look into it with a lawyer later |\n| The card scheme may refuse us | High | Already signed with an acquirer in March |";
    assert_eq!(mitigated_in(table), 1);
    let done = "## Risks\n| Risk | Mitigation |\n|---|---|\n| Payments rules cover holding members' money | A payments provider holds the money |";
    assert_eq!(mitigated_in(done), 1);
}

#[test]
fn something_that_already_happens_is_not_a_new_risk() {
    let found = categories_of(
        Step::Risks,
        "No dependency apart from the inspector's call, which happens already.",
    );
    assert!(!found.contains(&Category::Regulated), "{found:?}");
    let found = categories_of(
        Step::Solution,
        "The inspector already sends the status by phone; a volunteer forwards it.",
    );
    assert!(!found.contains(&Category::Regulated), "{found:?}");
    let found = categories_of(Step::Risks, "The inspector must approve each route.");
    assert!(found.contains(&Category::Regulated), "{found:?}");
}

#[test]
fn a_fallback_a_framework_listing_off_the_shelf_kit_and_a_signed_term_answer() {
    assert_each_mitigated_once(&[
        "## Risks\n- Reliability. This is not the dispatch system. If the app fails, the paper sheet still works.",
        "## Risks\n- We rely on the county's open roadworks feed. If it changes or goes down, the office can enter a closure by hand.",
        "## Risks\n- Procurement. Services buy through frameworks; we are listed on the G-Cloud framework.",
        "## Risks\n- The scales could break on the boats. The hardware is bought, not built, with a swap warranty.",
        "## Risks\n- **A single buyer.** The union can stop paying. The LOI covers two years.",
    ]);
}

#[test]
fn none_of_the_rivals_knowing_something_is_not_an_unknown() {
    let found = categories_of(
        Step::Risks,
        "Competition is generic route planners; none of them know about collection days.",
    );
    assert!(!found.contains(&Category::Unknown), "{found:?}");
    let found = categories_of(
        Step::Risks,
        "Three councils are keen, none of which has signed.",
    );
    assert!(found.contains(&Category::Unknown), "{found:?}");
}

#[test]
fn without_a_risks_section_a_note_that_names_the_bet_and_its_dependency_is_read_as_risks() {
    let body = "## Solution\nTags on each coat and a scanning page.\n\n## Timeline\nThree weeks to build and fit, all off-the-shelf. The only thing we depend on is the laundry contractor, who already collects the coats and has agreed to scan.";
    let idea = parse_str(&format!("# X\n\nCoat tracking. £90 a term.\n\n{body}\n"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (_, _, facts) = analyze(&idea);
    assert!(facts.acknowledged && facts.mitigated >= 1, "{facts:?}");
    assert!(level_for(body) <= 2, "{}", level_for(body));
}

#[test]
fn a_price_not_yet_settled_is_not_the_rubrics_no_way_to_charge() {
    let unsettled = "## Risks\n- The payment app's owner might not let us in; we haven't looked yet.\n- Not sure what to charge, maybe £5 a month?";
    assert_eq!(level_for(unsettled), 3);
    let no_way = "## Risks\n- The payment app's owner might not let us in; we haven't looked yet.\n- We haven't worked out who will pay for it.";
    assert_eq!(level_for(no_way), 4);
}

#[test]
fn our_own_officer_signing_off_is_not_a_third_party() {
    let found = categories_of(
        Step::Risks,
        "Nurses' phone numbers are personal data; the DPO needs to sign off.",
    );
    assert!(!found.contains(&Category::Dependency), "{found:?}");
    assert!(found.contains(&Category::Regulated), "{found:?}");
}

#[test]
fn none_really_and_its_just_an_app_wave_risk_away() {
    let body = "## Solution\nA loyalty app, and later a marketplace for valeting.\n\n## Risks\nnone really, its just an app.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn a_design_limit_and_a_can_still_fallback_answer() {
    assert_each_mitigated_once(&[
        "## Risks\n- Clinical safety: the system records tests only and does not alter the alarms.",
        "## Risks\n- We depend on the dispensing system's export. If the vendor closes that, the dispenser can still paste the list in.",
    ]);
}

#[test]
fn separate_open_items_of_one_category_are_several_serious_risks() {
    let body = "## Risks\n- The aviation authority has to accept applications made this way.\n- Liability: if our danger-area calculation is wrong, a rocket could stray into airspace.";
    assert_eq!(level_for(body), 4);
    let one = "## Risks\n- The aviation authority has to accept applications made this way.";
    assert_eq!(level_for(one), 3);
}

#[test]
fn whether_clients_will_share_their_schedules_is_a_dependency() {
    let found = categories_of(
        Step::Risks,
        "We have not yet established whether the plants will share production schedules.",
    );
    assert!(found.contains(&Category::Dependency), "{found:?}");
}

#[test]
fn an_optional_partner_is_not_a_key_dependency() {
    let body = "## Risks\n- Build is six weeks for two of us.\n- eBay is optional, so if they change their API the yard's own shop still works.\n- If fewer than 15 yards pay by month 4, we stop.";
    assert_eq!(level_for(body), 1);
    let key = "## Risks\n- Build is six weeks for two of us.\n- We depend on eBay's API; if they change it we fall back to CSV uploads.\n- If fewer than 15 yards pay by month 4, we stop.";
    assert_eq!(level_for(key), 2);
}

#[test]
fn guidance_that_allows_it_an_officers_check_and_residents_batteries() {
    assert_each_mitigated_once(&[
        "## Risks\n- Hygiene of reused boxes: the food agency's guidance allows reuse of clean boxes.",
        "## Risks\n- Trading standards could object: we had the wording checked by the county officer.",
    ]);
    let found = categories_of(
        Step::Solution,
        "A sheet telling night staff whose hearing-aid batteries to change.",
    );
    assert!(!found.contains(&Category::Hardware), "{found:?}");
}

#[test]
fn none_has_agreed_yet_is_not_a_mitigation() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- The insurers have to accept the readings, and none has agreed yet."
        ),
        0
    );
}

#[test]
fn in_place_of_is_not_a_control_in_place() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- The insurers must accept the readings in place of the surveyor's report."
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- The insurers must accept the readings; a signed agreement is in place."
        ),
        1
    );
}

#[test]
fn permission_a_commission_per_sale_and_selling_insurance_are_serious() {
    assert_categories(&[
        (
            Step::Solution,
            "Posts go on the harbour wall, so we need permission from the port authority.",
            &[Category::Dependency],
        ),
        (
            Step::Solution,
            "Guides list their walks and we take 15% of each booking.",
            &[Category::Marketplace],
        ),
        (
            Step::Solution,
            "Later we add our own insurance for lost luggage.",
            &[Category::Regulated],
        ),
    ]);

    // A cut of a fee the customer collects is a price, not a market.
    assert!(categories_of(Step::Solution, "We take 8% of the fees collected.").is_empty());
}

#[test]
fn without_a_risks_section_a_pitch_that_waves_risk_away_is_dismissive() {
    let dismissive = "## Solution\nClimbers list spare ropes for hire and we take 10% of each rental. \
                      There is no competition.";
    assert_eq!(level_for(dismissive), 5);
    let quiet = "## Solution\nClimbers list spare ropes for hire and we take 10% of each rental.";
    assert_eq!(level_for(quiet), 3);
}

#[test]
fn a_device_that_works_as_before_is_the_customers_own() {
    let body = "## Risks\nSmall build: one developer for five weeks; if returns do not fall by a third we \
                switch it off and the tills work as before.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_device_the_idea_calls_the_customers_own_is_theirs_everywhere() {
    let body = "## Solution\nA link from the scale they already own to an SMS gateway.\n\n## Risks\n\
                Small build: one developer for five weeks; if returns do not fall we switch it off.";
    let text = format!("# X\n\nReceipts the moment the scale settles. $10 a month.\n\n{body}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 1);
}

#[test]
fn devices_refusals_mandates_and_grants_in_other_words() {
    assert_categories(&[
        (
            Step::Solution,
            "A solar-charged Bluetooth hanging scale clips to each crate.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "Once the ministry makes the logs mandatory, every depot will need it.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "Landlords may refuse to share the meter readings.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "Stallholders cannot pay, so we would need a foundation grant.",
            &[Category::Money],
        ),
    ]);
}

#[test]
fn not_much_and_nobody_else_does_this_wave_risk_away() {
    let body = "## Solution\nA breakthrough wearable that reads patients' data.\n\n## Risks\nHonestly, not much. Nobody else does this.";
    assert_eq!(level_for(body), 5);
    // Certainty about value outside the Risks section is belief, not a
    // dismissal of risk.
    let value = "## Evidence\nClubs would obviously want it.\n\n## Risks\n- Clubs may not log repairs: we start with our own club.";
    assert!(level_for(value) <= 3);
}

#[test]
fn a_one_word_minimal_waves_risk_away() {
    // A section that opens by calling its risk "minimal" and then only
    // names a happy problem has dismissed risk twice, not faced it.
    let body = "## Solution\nWe refit worn mower engines in our yard.\n\n## Risks\nPretty minimal, honestly. Nobody else is doing this round here. The one thing I can see is needing a second fitter, which is a good problem to have.";
    assert_eq!(facts_for(body).dismissals, 2);
    assert_eq!(level_for(body), 5);
    // A small risk, said with what it is, is a risk named.
    let named = "## Risks\nThe risk is minimal: if the engines fail we refund the job and stop.";
    assert!(level_for(named) <= 3);
}

#[test]
fn off_the_shelf_kit_and_the_regulators_own_audit_are_not_open_risks() {
    let body = "## Solution\nAn app that lets a depot team finish the HMRC-style stock audit in a day.\n\n## Risks\n\
                - Small build: one developer, eight weeks, no hardware of our own (off-the-shelf rugged phones); \
                if fewer than 10 depots pay by June we stop.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_break_clause_either_side_is_a_contract_not_a_market() {
    assert!(
        categories_of(
            Step::Risks,
            "We propose a 3-month trial with a break clause either side."
        )
        .is_empty()
    );
    assert_eq!(
        categories_of(Step::Risks, "We need each side of the market at once."),
        vec![Category::Marketplace]
    );
}

#[test]
fn assuming_a_third_party_goes_along_is_a_dismissed_dependency() {
    let body = "## Solution\nTop-ups on handhelds we supply at the pier.\n\n## Risks\nHonestly, none worth mentioning. \
                The harbour board will go along with it and the handhelds will just work.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn a_sentence_that_says_no_hardware_is_built_is_not_a_hardware_risk() {
    assert!(
        categories_of(
            Step::Risks,
            "A weight sensor would be nice, but we are not building hardware."
        )
        .is_empty()
    );
    assert!(
        categories_of(
            Step::Risks,
            "It is a label printer and a spreadsheet; nothing to build."
        )
        .is_empty()
    );
}

#[test]
fn untested_sync_a_party_that_may_decline_and_an_unset_price_are_open() {
    let body = "## Risks\n- The app must sync later. This has not yet been tested.\n\
                - Divers may decline to have their results recorded.\n\
                - A pricing model has not yet been established.";
    let text = format!("# X\n\nA tool.\n\n{body}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 4);
}

#[test]
fn no_material_risks_and_no_direct_competition_wave_risk_away() {
    let body = "## Solution\nAn AI that forecasts hail for growers.\n\n## Risks\nWe have identified no material risks. \
                There is no direct competition in this space.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn a_schedule_that_keeps_coming_when_the_feed_stops_and_booking_their_inspector() {
    let body = "## Solution\nIt texts traders when their scales are due and books the visiting inspector.\n\n## Risks\n\
                Small: built in 3 weeks on Twilio; if fewer than 40 traders pay by June we shut it down. \
                The one dependency is the verifier's schedule; if that stops we still send reminders.";
    // Mitigated, not open (3); a named dependency keeps it above 1.
    assert_eq!(level_for(body), 2);
}

#[test]
fn building_on_the_customers_own_system_is_no_dependency() {
    assert!(
        categories_of(
            Step::Experience,
            "Live before spring term, built on the museum's existing WordPress site."
        )
        .is_empty()
    );
    assert_eq!(
        categories_of(
            Step::Experience,
            "It is built on Shopify's checkout, which they can change."
        ),
        vec![Category::Dependency]
    );
}

#[test]
fn a_supervising_professional_a_sole_source_and_two_supplies_are_serious() {
    assert_categories(&[
        (
            Step::Risks,
            "Fitters must be supervised by a registered engineer under the Gas Safety Act.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "The seed comes only from the state nursery, which ran out twice.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "We need both enough growers per valley and enough drivers.",
            &[Category::Marketplace],
        ),
    ]);
}

#[test]
fn without_a_risks_section_a_dismissal_in_any_note_counts() {
    let body = "## Solution\nHosts list rooms and we take 10% of each booking.\n\n## Why now\n\
                Tourism is back, and this is a market with no competition.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn a_word_that_only_sounds_regulated_is_not_regulation() {
    use Category::*;
    assert_categories(&[
        // A reed's "scrape" is its shape; scraping a portal is a legal risk.
        (
            Step::Solution,
            "Each clarinet reed is matched to the player's scrape.",
            &[],
        ),
        (
            Step::Solution,
            "We scrape listings from the council's portal every night.",
            &[Regulated],
        ),
        // A certificate the product files is its job; one the team lacks is a risk.
        (
            Step::Solution,
            "Owners upload the latest gas certificate and get a reminder.",
            &[],
        ),
        (
            Step::Risks,
            "Skippers must hold a certificate before the first trip.",
            &[Regulated],
        ),
        (
            Step::Risks,
            "Some lots break export law in the country they come from.",
            &[Regulated],
        ),
        // A drone reed is part of a bagpipe.
        (
            Step::Solution,
            "A spare set of drone reeds posted before each contest.",
            &[],
        ),
    ]);
}

#[test]
fn an_unofficial_interface_is_a_dependency() {
    assert_categories(&[(
        Step::Risks,
        "The port's berth list has no official API, only a public page.",
        &[Category::Dependency],
    )]);
}

#[test]
fn what_a_rival_does_not_know_is_not_our_unknown() {
    // "Rival apps, which don't know what a sash cord is" describes the
    // competition; "don't know yet" in an answer column admits an unknown.
    let rival = "## Risks\n- Generic booking apps compete, which don't know what a mooring buoy is; we keep the buoy screens.";
    let open = "## Risks\n| risk | answer |\n|---|---|\n| skippers too busy to log at dawn | don't know yet, we need to watch a real morning |";
    let supplier = "## Risks\n- One kiln maker supplies the elements, and we do not know their lead times for next year.";
    assert!(level_for(rival) <= 2, "rival");
    assert_eq!(level_for(open), 3, "open");
    assert_eq!(level_for(supplier), 3, "supplier");
}

#[test]
fn a_human_check_and_a_kept_old_way_are_mitigations() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- A misread dose is serious: every flagged dose is shown for the nurse to confirm."
        ),
        1
    );
    assert_eq!(
        mitigated_in("## Risks\n- Spelling of place names is covered by our existing editor."),
        1
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- Growers may prefer to ring in; I'll keep the phone line as a fallback."
        ),
        1
    );
}

#[test]
fn a_setup_of_evenings_and_a_way_back_to_the_old_jars_are_a_small_bet() {
    // No Risks section, no serious risk anywhere, and the plan shows the bet
    // is small: the rubric's level 1.
    let body = "## Solution\nA shared sheet of which glaze is in which jar.\n\n## Plan\nTwo evenings to set up with the volunteers; if nobody fills it in after a month we go back to chalk on the jars.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn bought_kit_named_in_the_risks_is_known_technology_but_a_named_device_is_not_tiny() {
    // The Solution's "humidity sensor" is the Risks section's "off-the-shelf
    // humidity probe": known technology, so the bet can still be the tiniest.
    let bought = "## Solution\nA humidity sensor in each store room texts the keeper.\n\n## Risks\nOff-the-shelf humidity probe and a spare phone; three weeks of work. If fewer than 4 of 10 rooms keep it after a month we stop.";
    assert_eq!(level_for(bought), 1);
    // A device the Risks section answers only by its noun ("the collars come
    // off") is mentioned, and it is still hardware: level 2, not 1.
    let named = "## Solution\nA £25 Bluetooth collar on each ewe and a map at the farm office.\n\n## Risks\n- Small build: the map is a web page; if a farm drops it, the collars come off in a minute.\n- Farms won't pay: the price is below one lost ewe a year.";
    assert_eq!(level_for(named), 2);
}

#[test]
fn nothing_we_can_do_is_an_open_risk_however_it_is_disclosed() {
    let body = "## Risks\n- We depend on the county's permit desk, which is slow in August. Nothing we can do about that yet; we tell customers up front.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn the_usual_device_is_the_customers_own() {
    // "The usual scale" is the one the clerk already has: no hardware to
    // build, so the Risks section need not name it.
    let body = "## Solution\nThe clerk weighs on the usual scale and texts the weight; the picker sees it while the crate is still on the scale.\n\n## Risks\n- Farms may not want to text; we keep the paper slip and the farm pays £20 a month.";
    assert!(
        !analyze(&parse_str(&format!("# X\n\nA tool.\n\n{body}\n")).unwrap())
            .1
            .iter()
            .any(|s| s.rule == "risk-unmentioned-hardware")
    );
}

#[test]
fn a_free_first_season_beside_a_price_is_a_launch_offer() {
    let offer = "## Risks\n- Small: a web page, about 3 weeks of work, free for the first season.\n- Clubs pay $40 a season after that; if fewer than 15 pay in season two, we stop.";
    assert_eq!(level_for(offer), 1);
}

#[test]
fn an_arrow_and_a_long_risk_clause_before_a_colon_point_to_answers() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- A kitchen dislikes the camera → it unscrews in ten minutes and the hood is left as it was."
        ),
        1
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- Pickers may not want to type with wet hands on the boat: large buttons, tested on two boats last winter."
        ),
        1
    );
}

#[test]
fn there_are_no_risks_and_ours_is_far_better_wave_risk_away() {
    // Two brush-offs and nothing mitigated, with hardware the team designs
    // itself: several serious risks, unacknowledged.
    let body = "## Solution\nA sensor we design ourselves, clipped to each silo.\n\n## Risks\nThere aren't any real risks here. One rival exists, but ours is far better.";
    assert_eq!(level_for(body), 5);
    // A plain claim to be better is an opinion, not a brush-off.
    let opinion = "## Solution\nA sensor we design ourselves, clipped to each silo.\n\n## Risks\n- The sensor must survive grain dust; it is not tested yet.\n- One rival exists; we believe ours is better.";
    assert!(level_for(opinion) < 5);
}

#[test]
fn data_the_team_never_holds_is_a_mitigated_data_risk() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- Pupils' records stay on each school's own drive; we don't hold them."
        ),
        1
    );
    // "We don't see any real ones" waves risk away; it holds nothing back.
    assert_eq!(
        mitigated_in("## Risks\nHonestly, we don't see any real ones."),
        0
    );
}

#[test]
fn an_unknown_about_money_after_a_dependency_is_a_second_risk() {
    // In prose, "we don't know yet whether they will give us a commission"
    // after a dependency is the money risk, not the dependency admitted
    // again: two serious risks open.
    let body = "## Risks\nGuesthouses need to agree to list with us, and some already sell through agents. We don't know yet whether they will give us a commission.";
    assert_eq!(level_for(body), 4);
    // "No alternative at present" leaves a sole supplier open.
    let sole = "## Risks\n- One tannery cuts the skins to our size; if it declines, we have no alternative at present.";
    assert_eq!(level_for(sole), 3);
}

#[test]
fn other_providers_and_the_old_way_kept_open_are_mitigations() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- We depend on an SMS gateway; there are three in the country and we can switch."
        ),
        1
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- Older members may not book online. The walk-in desk stays, and the office takes phone bookings."
        ),
        1
    );
}

#[test]
fn loggers_credit_and_a_device_owned_a_few_words_on() {
    use Category::*;
    assert_categories(&[
        (
            Step::Solution,
            "A humidity logger in each curing shed texts the curer.",
            &[Hardware],
        ),
        (
            Step::Solution,
            "Stallholders take stock on credit and we take repayments from their card settlements.",
            &[Regulated],
        ),
        // "The temperature loggers a fruit packhouse already owns" are the
        // customer's own devices, however many words stand between.
        (
            Step::Solution,
            "It turns the temperature loggers a stone-fruit packhouse already owns into phone alarms.",
            &[],
        ),
    ]);
}

#[test]
fn software_that_works_a_safety_machine_is_a_regulated_risk() {
    assert_categories(&[
        (
            Step::Solution,
            "Later the app will operate the barriers at the car-park exit on its own.",
            &[Category::Regulated],
        ),
        (
            Step::Solution,
            "The ward tablet connects directly to the infusion pumps to adjust the rate.",
            &[Category::Regulated],
        ),
        // Opening a door of an app is not working a machine.
        (
            Step::Solution,
            "Staff open the booking screen and close the day.",
            &[],
        ),
    ]);
}

/// A compliance tool's paperwork (a permit, an inspection log) is why its
/// customer buys, not a rule the product must pass: a small, mitigated bet
/// stays the tiniest (readers put one mitigated risk beside a rule at level
/// 1 three times in four), never an open regulated risk. Holding the
/// customers' money is the product's own regulation.
#[test]
fn paperwork_of_the_customers_world_is_not_an_open_regulated_risk() {
    let risks = "## Risks\n- Volunteers may not like a screen; we keep the paper sheet for a month.\n- Scope: two weeks of one developer; if fewer than 10 clubs pay by June we stop.";
    let paperwork = format!(
        "## Solution\nClubs get their river-access permit and the yearly bank inspection log signed off by text.\n\n{risks}"
    );
    let plain =
        format!("## Solution\nClubs get their season calendar signed off by text.\n\n{risks}");
    let money = format!(
        "## Solution\nWe hold the members' fees in our account until the season starts.\n\n{risks}"
    );
    assert_eq!(level_for(&plain), 1);
    assert_eq!(level_for(&paperwork), 1);
    // Money held for members, never named in a Risks section that answers
    // its own risks, is the improvement to make: no longer the tiniest bet.
    assert_eq!(level_for(&money), 2);
}

/// A risk whose downside the item itself bounds ("kill it if more than a
/// quarter abandon", "nothing is lost but a weekend") is a risk with an
/// answer; so is a second supplier already quoted.
#[test]
fn a_bounded_downside_or_a_quoted_second_supplier_answers_a_risk() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- Diners may refuse a card guarantee: we test with two houses for 8 weeks and kill it if more than 25% abandon."
        ),
        1
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- The mill could stop supplying us; a second mill is already quoted within 4% of the price."
        ),
        1
    );
    assert_eq!(
        mitigated_in("## Risks\n- The mill could stop supplying us; we need a second mill."),
        0
    );
}

/// A price is a price in any currency's writing: a sign, a code before the
/// number, or a currency word after it.
#[test]
fn a_price_written_with_a_currency_code_is_a_way_to_charge() {
    let priced = |pricing: &str| priced_in("Experience", pricing);
    assert!(priced("Parents pay NOK 250 a pair."));
    assert!(priced("Parents pay 250 kroner a pair."));
    assert!(priced("Parents pay €25 a pair."));
    // The sign after the number, as much of Europe writes it.
    assert!(priced("Parents pay 25 € a pair."));
    assert!(priced("Whisks are 8 €, or 12 € each with delivery."));
    // The code after the number, as in a ledger: "450,000 UZS per shed".
    assert!(priced("The co-op pays 450,000 UZS per shed per season."));
    assert!(priced("Each school pays 9,000 CZK per term."));
    // Codes that are also words count in capitals only: "MAD", "PEN".
    assert!(priced("Each guide pays 90 MAD a week."));
    assert!(priced("Each guide pays PEN 35 a week."));
    assert!(!priced(
        "Each guide pays attention to mad weather a week ahead."
    ));
    // An amount paid per period is a price in any writing of the currency.
    assert!(priced(
        "After the trial it costs 120 Mt a month, by mobile money."
    ));
    // A price word tied to an amount, an amount for a billable unit, or
    // the way customers pay: each says how the product charges.
    for way in [
        "The tour price is ISK 14,900.",
        "We ask 350 € for a half-day session plus travel.",
        "Resoling is 390 kr at checkout.",
        "Payment is cash or bank transfer.",
        "Halls pay by invoice after the visit.",
        "Charging: 2% of each sale.",
        "Known tech, priced per ride.",
    ] {
        assert!(priced(way), "{way}");
    }
    // What the team spends is not what customers pay.
    assert!(!priced("The build costs £14,000 for the first version."));
    assert!(!priced("Keeping the ledger costs 3 hours a week."));
    assert!(!priced("Parents bring their skis on Saturday."));
}

/// What happens to us if the risk strikes ("we go down with them") is the
/// risk's outcome, not an answer to it; and finance "not yet arranged" is
/// a gap left open.
#[test]
fn our_fall_and_finance_not_yet_arranged_leave_the_risk_open() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- Welfare scrutiny: if one listed partner is exposed, we go down with them."
        ),
        0
    );
    let gap = "## Risks\n- The rigs cost £1.9m before we earn anything; asset finance has not yet been arranged.";
    assert_eq!(mitigated_in(gap), 0);
    assert!(level_for(gap) >= 3);
}

/// Third parties that must act for the product to work, and money not yet
/// worked out, in plain words: several serious risks, none answered.
#[test]
fn a_body_that_must_adopt_it_and_payments_not_worked_out_are_serious() {
    assert_categories(&[
        (
            Step::Risks,
            "We'd need the Scottish Highland Games Association to adopt it for rankings.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "The sensor is not ours; it depends on the startup that makes it.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "Haven't worked out the payments part yet.",
            &[Category::Money, Category::Unknown],
        ),
    ]);
    // "How do we make money?" asks; it answers nothing.
    assert_eq!(
        mitigated_in("## Risks\n- how do we make money? free for now"),
        0
    );
}

/// Answers that limit what the product does ("it schedules, it does not
/// decide treatment"), hold nothing ("no money held by us"), have been
/// reviewed by the customer's own team, keep a manual override, or stage
/// the spend behind a test: each answers its risk.
#[test]
fn scope_limits_reviews_overrides_and_staged_tests_answer_risks() {
    assert_each_mitigated_once(&[
        "## Risks\n- Clinical safety: it schedules, it does not decide treatment.",
        "## Risks\n- Card deposits and refunds: Stripe handles payments; no money held by us.",
        "## Risks\n- Patient data: only name and ward; the trust's IG team reviewed the DPIA in September.",
        "## Risks\n- The contactor could fail: the old timer stays wired as a manual override.",
        "## Risks\n- Pricing not yet tested; we'll test it at the spring meet before building billing.",
        "## Risks\n- Scales may not survive the boats; we swap units under the maker's warranty.",
    ]);
    // Someone else's checking before our launch is a threat, not a test.
    assert_eq!(
        mitigated_in(
            "## Risks\n- If the agency's own service does the checking, we might be redundant before we launch."
        ),
        0
    );
}

/// "I'll build it in Glide over two weekends and if no club pays after a
/// month I'll just take it down" shows a small bet twice over.
#[test]
fn a_build_over_two_weekends_taken_down_if_nobody_pays_is_a_small_bet() {
    let text = "# X\n\nA grading sheet for judo clubs.\n\n## Pricing\n£2/month per club. I'll build it in Glide over two weekends and if no club pays after a month I'll just take it down.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.small_bet);
}

#[test]
fn a_review_that_has_not_happened_is_no_mitigation() {
    // The reviewer and the verb are there; "has not … yet" says it is
    // still to come. A design stated with a negated main verb still counts.
    assert_eq!(
        mitigated_in(
            "## Risks\n- The app stores tenants' bank details. The lawyer has not checked this yet."
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- The app stores tenants' bank details. Our lawyer has reviewed the design."
        ),
        1
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- Card data is sensitive: we do not store card numbers, the processor does."
        ),
        1
    );
}

#[test]
fn did_not_yet_and_not_decided_admit_a_gap() {
    // Said in the simple past, as many non-native writers do, a step not
    // taken is still a gap, and a labelled "not decided" answers nothing.
    assert_eq!(
        mitigated_in(
            "## Risks\n- Selling the dried fish abroad needs an export permit from the ministry. We did not apply yet."
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- Selling the dried fish abroad needs an export permit from the ministry. We did not meet them."
        ),
        0
    );
    assert_eq!(mitigated_in("## Risks\n- Who pays: not decided."), 0);
    assert_eq!(
        mitigated_in(
            "## Risks\n- The chilled boxes must hold 4°C for a day; that figure is a guess."
        ),
        0
    );
}

#[test]
fn a_denied_small_bet_is_a_big_one() {
    // "Not a small bet" admits the size; it does not answer the risk. A
    // way back after an "if it doesn't work" is still a way back.
    assert_eq!(
        mitigated_in(
            "## Risks\n- We know this is not a small bet: the export licence alone takes a year."
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- We rely on the council's booking API. If it doesn't work we just go back to the paper list."
        ),
        1
    );
}

#[test]
fn an_answer_word_its_subject_denies_answers_nothing() {
    // "None signed" and "not in writing" name the answer only to say it is
    // missing; "no tender is required" denies the risk, and answers it.
    assert_eq!(
        mitigated_in("## Risks\n- The card terminals need a payments partner; none signed."),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- We depend on the port authority letting agents book slots. This is not in writing anywhere."
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- Procurement by the town council. The contract is small, so no public tender is required."
        ),
        1
    );
}

#[test]
fn customs_is_regulation() {
    // Goods stopped or checked at a border are the rubric's regulation.
    assert_categories(&[
        (
            Step::Risks,
            "Cheese is a nightmare at customs.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "Customs clearance takes a week.",
            &[Category::Regulated],
        ),
        (Step::Risks, "The van is old.", &[]),
    ]);
}

#[test]
fn a_letter_tells_its_risks_in_a_paragraph() {
    // No heading anywhere: the paragraph that names a dependency and admits
    // it is open is the Risks section, so the idea is not "unacknowledged".
    let letter = "Kiln Book\n\nI fire pottery for the village and want a booking sheet for the shared kiln.\n\nEach family books by shouting across the square, and twice a month two families load at once.\n\nThe one thing I cannot promise: the council has to approve a second firing day. I wrote to them and have not heard back.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (_, _, facts) = analyze(&idea);
    assert!(facts.acknowledged);
    assert_eq!(facts.open_serious, 1);
}

#[test]
fn a_kill_line_nothing_to_unwind_and_a_parallel_run_show_a_small_bet() {
    // Each says the bet can be undone: a stop rule under a "Kill:" label,
    // nothing built that must be unwound, the old way kept running beside.
    for line in [
        "Kill: fewer than 10 bookings by May, we refund everyone.",
        "A form and a shared sheet, set up in a weekend. Nothing to unwind.",
        "The paper rota will be kept in parallel for the first term.",
    ] {
        let text = format!("# X\n\nA rota for the choir.\n\n## Risks\n- {line}\n");
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        assert!(analyze(&idea).2.small_bet, "{line}");
    }
}

#[test]
fn buying_from_every_maker_leaves_no_key_dependency() {
    // Named as a dependency and answered by design: several suppliers,
    // none exclusively. Depending on the only one left stays a dependency.
    let spread = "# X\n\nSalt by pre-order. $40 a box.\n\n## Risks\n- Dependency on one family of makers: we buy from all four families still making it, none exclusively.\n- Size of the bet: a form and a shared sheet, set up over two weekends.\n";
    let idea = parse_str(spread).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.touched.is_empty());
    let single = spread.replace(
        "we buy from all four families still making it, none exclusively",
        "only one family still makes it",
    );
    let idea = parse_str(&single).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.touched.contains(&Category::Dependency));
}

#[test]
fn a_risk_table_row_with_an_answer_is_a_named_risk() {
    // No risk word in the row, but the table says what could go wrong and
    // how it is handled: risks named and mitigated, level 2.
    let table = "## Risks\n| Risk | Mitigation |\n|---|---|\n| Kiln breakdown | The potter keeps a second kiln; bookings move by the lost days |\n| Glaze delivery late | Two spare weeks left unbooked in spring |";
    assert_eq!(mitigated_in(table), 2);
    assert_eq!(level_for(table), 2);
}

#[test]
fn one_partner_of_several_agreeing_leaves_the_dependency_open() {
    // The board needs every bakery's ovens; one has agreed and the rest
    // "have not said yes": a key dependency still open, level 3.
    let partial = "## Risks\n- The board is only useful if most bakeries list their ovens on it. Today only my uncle's bakery has agreed; the other four have not said yes.";
    assert_eq!(mitigated_in(partial), 0);
    assert_eq!(level_for(partial), 3);
    let all = "## Risks\n- The board is only useful if most bakeries list their ovens on it. All five bakeries have agreed in writing.";
    assert_eq!(mitigated_in(all), 1);
}

/// A risk table's answer cell that says the work is not done ("tender not
/// yet prepared", "no alternative identified", "to be examined") leaves the
/// risk open, whatever noun it starts with; "not needed" is an answer.
#[test]
fn a_table_cell_that_says_the_work_is_undone_is_no_answer() {
    for cell in [
        "quotation not yet requested",
        "no second supplier identified",
        "to be discussed with the board",
    ] {
        let body = format!(
            "## Risks\n| risk | remarks |\n|---|---|\n| The kiln may crack in winter | {cell} |"
        );
        assert_eq!(mitigated_in(&body), 0, "{cell}");
    }
    let body = "## Risks\n| risk | remarks |\n|---|---|\n| A building permit for the shed | permit not needed under 15 m² |";
    assert_eq!(mitigated_in(body), 1);
}

/// An authority that still has to approve the product is regulation, and
/// a machine nobody has used yet is unproven technology: read from the
/// structure (a state body with an approval verb; "nobody … has used …
/// yet"), not from a list of agencies or machines.
#[test]
fn an_approval_still_owed_and_a_machine_nobody_has_used_are_serious() {
    let found = categories_of(
        Step::Risks,
        "The standards bureau still has to certify the new glaze.",
    );
    assert!(found.contains(&Category::Regulated), "{found:?}");
    let found = categories_of(
        Step::Risks,
        "The press comes from a maker in Brno; nobody in Portugal has used one yet.",
    );
    assert!(found.contains(&Category::Unproven), "{found:?}");
    let found = categories_of(Step::Risks, "The bakery has to approve the new rota.");
    assert!(!found.contains(&Category::Regulated), "{found:?}");
}

/// From the risk taxonomy: building a machine is hardware, goods through
/// customs and a wallet of one's own are regulation, and putting sellers on
/// a platform for buyers to find is a two-sided market.
#[test]
fn a_machine_customs_a_wallet_and_two_sides_on_a_platform_are_serious() {
    let has = |text: &str, c: Category| {
        let found = categories_of(Step::Solution, text);
        assert!(found.contains(&c), "{text}: {found:?}");
    };
    has(
        "My cousin is designing a new carving machine.",
        Category::Hardware,
    );
    has(
        "The rugs go through customs in Rotterdam.",
        Category::Regulated,
    );
    has(
        "Buyers pay into a mobile wallet we create for the co-op.",
        Category::Regulated,
    );
    has(
        "We put the carvers on the platform and the collectors find them.",
        Category::Marketplace,
    );
    let found = categories_of(Step::Solution, "We design the labels ourselves.");
    assert!(found.is_empty(), "{found:?}");
}

/// A paragraph that announces one risk ("one thing could stop us") goes on
/// about that risk: its later sentences are the same item, so an unknown
/// and the dependency it is about are one open risk, not two.
#[test]
fn a_paragraph_that_announces_one_risk_is_one_item() {
    let open_items = |body: &str| {
        let facts = facts_for(body);
        facts.open_serious + facts.open_unknown
    };
    let one = "## Risks\nThe rest is a plain web shop, but one thing could stop us and we have not solved it: the payment provider. It lists antique blades among its restricted businesses. We have not asked yet.";
    assert_eq!(level_for(one), 3);
    assert_eq!(open_items(one), 1);
    let two = "## Risks\nThe rest is a plain web shop, but we have not solved the payments. The payment provider lists antique blades among its restricted businesses. We have not asked yet.";
    assert_eq!(open_items(two), 2);
}

/// "The key dependency is …" announces one risk as surely as "one thing
/// could stop us": the sentences after it are about that dependency, and
/// the unknown they admit is the same risk, not a second one.
#[test]
fn naming_the_key_dependency_announces_one_risk() {
    let one = "## Risks\nThe key dependency is the quarry. Its owners, two brothers, decide who may take the offcuts. We have not yet asked whether they will let us cart them away.";
    assert_eq!(level_for(one), 3);
}

/// A shop assistant taking payment at the till is retail; taking card or
/// online payments is payment processing, which regulators watch.
#[test]
fn taking_payment_at_a_counter_is_not_payment_processing() {
    assert_categories(&[
        (
            Step::Solution,
            "The bakery staff take payment and keep a tenth.",
            &[],
        ),
        (
            Step::Solution,
            "The app takes card payments for the stalls.",
            &[Category::Regulated],
        ),
        // The team paid by card for its own work is a shop's till, not a
        // payment business.
        (
            Step::Experience,
            "We mend the nets on the quay and take card payment when done.",
            &[],
        ),
    ]);
}

/// "Released only against payment" gates the loss: in a "risk: answer"
/// line, "only" before a condition is the safeguard, not a hedge.
#[test]
fn a_gate_in_a_labelled_answer_is_the_answer() {
    let gated = "## Risks\nA grower does not pay his part: his crates are handed over only against payment.";
    assert_eq!(mitigated_in(gated), 1);
}

#[test]
fn a_bet_sized_as_two_of_us_for_two_weekends_is_small() {
    let body = "## Risks\nThree of us, two weekends, on a spreadsheet we already use.";
    let idea = parse_str(&format!("# X\n\nA tool.\n\n{body}\n")).unwrap_or_else(|e| panic!("{e}"));
    assert!(analyze(&idea).2.small_bet);
}

#[test]
fn a_risk_ruled_out_by_design_is_answered_not_open() {
    // "No payments, no hardware": the author names two serious risks only
    // to say the design has none of them. That is seen and handled.
    let body = "## Risks\nA spreadsheet on the phones they already own, with no custom hardware and no payments.";
    assert_eq!(mitigated_in(body), 1);
}

#[test]
fn an_office_that_foresees_no_risks_and_calls_the_law_a_formality_dismisses_them() {
    // A council's wording of "no risks": the by-law to amend waved away
    // as a formality. Each sentence is a dismissal on its own.
    for text in [
        "The unit does not foresee any particular difficulties.",
        "The change to the by-law is a formality.",
    ] {
        let idea = parse_str(&format!("# X\n\nA.\n\n## Risks\n{text}\n"))
            .unwrap_or_else(|e| panic!("parse: {e}"));
        let sentences = signals::section(&idea, Step::Risks);
        assert!(sentences.iter().any(dismisses), "{text}");
    }
}

#[test]
fn a_position_not_yet_known_is_an_open_unknown() {
    // The plain way to admit an unknown: "not yet known", "nobody knows".
    for risks in [
        "## Risks\nWhether the ferry company will carry chilled boxes is not yet known.",
        "## Risks\nNobody knows yet whether the ferry company will carry chilled boxes.",
    ] {
        let idea = parse_str(&format!("# X\n\nA tool. $10 a month.\n\n{risks}\n"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(analyze(&idea).2.open_unknown >= 1, "{risks}");
    }
}

#[test]
fn a_rule_already_in_order_is_cleared_not_open() {
    // A civil servant's "in order": the data protection assessment is done.
    let body = "## Risks\nThe data protection assessment and the licence are in order.";
    let idea = parse_str(&format!("# X\n\nA tool. $10 a month.\n\n{body}\n"))
        .unwrap_or_else(|e| panic!("{e}"));
    let facts = analyze(&idea).2;
    assert_eq!(facts.open_serious, 0, "{facts:?}");
}

#[test]
fn export_permits_are_the_trades_own_rule_not_paperwork_we_print() {
    // "Export permits" is a rule the trade must meet; "the app exports the
    // permit list for the inspector" is a record made for the customer.
    assert_categories(&[
        (
            Step::Risks,
            "Export permits are needed for each shipment of carvings.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "Import licences take months to arrive.",
            &[Category::Regulated],
        ),
    ]);
    assert_eq!(
        mitigated_in(
            "## Risks\n| Risk | Response |\n|---|---|\n| Export permits are needed for each shipment | To be assessed |\n"
        ),
        0
    );
}

#[test]
fn a_table_answer_that_defers_the_work_is_no_mitigation() {
    for answer in [
        "Explore a commission model",
        "Deal with it in Phase 2",
        "Consider a second mill",
    ] {
        let body = format!(
            "## Risks\n| Risk | Response |\n|---|---|\n| Only one mill will buy the wool and it may say no | {answer} |\n"
        );
        assert_eq!(mitigated_in(&body), 0, "{answer}");
    }
    // An answer that states what is in place still counts.
    assert_eq!(
        mitigated_in(
            "## Risks\n| Risk | Response |\n|---|---|\n| Only one mill will buy the wool and it may say no | A second mill has agreed to take 40% |\n"
        ),
        1
    );
}

#[test]
fn a_carving_undercut_or_work_not_started_is_no_mitigation() {
    // "Undercut" is a carver's cut here, not a price; "we did not start"
    // says nothing is done.
    assert_eq!(
        mitigated_in(
            "## Risks\n- Deep panels with an undercut: we are not sure the router can cut them.\n"
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- The export licence may be refused; the process is long and we did not start.\n"
        ),
        0
    );
    // Pricing below a rival still answers competition.
    assert_eq!(
        mitigated_in("## Risks\n- Competition: one agency charges £15 a form; we'd undercut it.\n"),
        1
    );
}

#[test]
fn a_terse_engineers_small_bet_reads_as_one() {
    // "Known tech, no partner." says the bet needs nobody's yes; "nothing
    // to build" and "it can stop any time" show it is small and reversible.
    assert_eq!(
        level_for(
            "## Risks\n- Known tech, no partner.\n- Kill: fewer than 20 paying by March, we shut it down.\n"
        ),
        1
    );
    assert_eq!(
        level_for(
            "## Risks\nMy back: my son can run the press. Nothing to build, nothing to buy, and it can stop any time.\n"
        ),
        1
    );
}

#[test]
fn equipment_that_sits_idle_is_not_a_two_sided_market() {
    assert_categories(&[
        (
            Step::Solution,
            "The kiln sits idle from May to August.",
            &[],
        ),
        (
            Step::Risks,
            "Drivers sit idle until enough shops post jobs.",
            &[Category::Marketplace],
        ),
    ]);
}

#[test]
fn a_key_dependency_with_one_unknown_beside_it_is_level_three() {
    // The rubric's level 3: "real unknowns … or a key dependency, named but
    // not yet mitigated". The ferry company's yes is the one thing it waits on.
    let dependency = "## Risks\n- The ferry company must agree to share its timetable; they have not answered.\n- We do not know yet how often skippers will look at it.\n";
    assert_eq!(level_for(dependency), 3);
    // A device that may not survive the deck, with the same unknown, is
    // several serious risks.
    let hardware = "## Risks\n- The deck sensors may not survive salt spray; we have not tested them.\n- We do not know yet how often skippers will look at it.\n";
    assert_eq!(level_for(hardware), 4);
}

#[test]
fn not_knowing_who_pays_is_an_open_money_risk() {
    assert_categories(&[(
        Step::Risks,
        "We do not yet know who pays us: the council or a charity.",
        &[Category::Money, Category::Unknown],
    )]);
}

#[test]
fn an_announced_single_risk_stays_one_risk_whatever_its_story_touches() {
    // The skipper's other work at "a factory" is part of the one dependency
    // the paragraph announces, not a hardware risk of its own.
    let body = "## Risks\nThe stalls we already build, forty of them, no problem. But one big dependency: the ferry skipper. Only he has the landing craft. This year he said maybe, he also has a contract with a factory in May. If he says no, we have no other plan yet.\n";
    assert_eq!(level_for(body), 3);
}

#[test]
fn one_serious_risk_named_beside_a_dismissal_with_nothing_mitigated_is_level_five() {
    // "We see no big risks" and then the unproven technology the whole idea
    // rests on, with nothing done about it: not acknowledged.
    let waved = "## Solution\nA cooperative that pays out when a fisher's boat is damaged.\n\n## Risks\nWe see no big risks. Claims will be checked by the AI from photos.";
    assert_eq!(level_for(waved), 5);
    // An honest "we don't know yet" beside the dismissal of one area is
    // acknowledging what is open.
    let admitted = "## Solution\nA cooperative that pays out when a fisher's boat is damaged.\n\n## Risks\nWill fishers pay at all? We don't know yet. Claims will be checked by the AI from photos, so no worries there.";
    assert!(level_for(admitted) < 5);
}

#[test]
fn a_sentence_that_only_restates_the_dependency_is_not_a_second_risk() {
    // One risk told in two sentences: the board's approval of a tool that
    // holds patient data, and that nothing yet reduces the dependency.
    let one = "## Solution\nA booking sheet for home physiotherapy visits.\n\n## Risks\nWe depend on the health board approving each clinic's use of a tool that handles personal data. We have not yet found a way to reduce that dependency.";
    assert_eq!(level_for(one), 3);
}

#[test]
fn a_difficulty_with_the_teams_move_after_it_is_a_risk_named_and_answered() {
    // No risk words at all, yet each item names what goes wrong and what
    // the team does about it: "some risk, named and mitigated" (2), not an
    // unacknowledged section (3).
    let bullets = "## Solution\nA winter slot list for the boat painters.\n\n## Risks\n- Painters are not keeping the slot because a bigger job comes: the deposit is returned double to the owner, the painters agreed this.\n- Too damp in January for varnish to cure: we are giving out the November and March weeks first.";
    assert_eq!(level_for(bullets), 2);
    let prose = "## Solution\nA winter slot list for the boat painters.\n\n## Risks\nOwners decide slowly; we open the list a month before the season. The hull records are private, so we keep them on the yard's own computer.";
    assert_eq!(level_for(prose), 2);
    // A move the team has not made yet is no answer.
    let planned = "## Solution\nA winter slot list for the boat painters.\n\n## Risks\nOwners decide slowly; we will think about it later.";
    assert_ne!(level_for(planned), 2);
}

#[test]
fn short_dismissals_wave_risk_away() {
    // "None real.", "Not an issue.", "Competition: none.": a section that
    // waves away each item beside a serious risk (a sanctuary's rules) is
    // the rubric's level 5.
    let waved = "## Solution\nSolar pumps left on the salt pans inside the wildlife sanctuary, which needs a forest department permit.\n\n## Risks\n- None real. Solar is proven.\n- Theft: the families are honest. Not an issue.\n- Competition: none.";
    assert_eq!(level_for(waved), 5);
    let honest = "## Solution\nA kiln yard for bog oak, which needs a planning permit.\n\n## Risks\nNothing, to be honest with you. The permit is only paperwork.";
    assert_eq!(level_for(honest), 5);
}

#[test]
fn a_letters_kill_criterion_shows_the_bet_is_small() {
    // No Risks section: the letter closes on its stop rule, a free data
    // source and a price, which is the rubric's small bet (1).
    let letter = "# Rain alerts for the net menders\n\n\
        My uncle mends nets on the quay at Sète and the rain ruins a day's work when it comes in fast.\n\n\
        The alerts would come from the free public forecast, through a text service that costs a few cents a message, and I would ask the menders for 2 euros a month. If it is not better than watching the sky by the end of the first summer I will stop.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 1);
}

#[test]
fn bans_protected_species_registrations_and_new_rules_are_regulation() {
    assert_categories(&[
        (
            Step::Risks,
            "Collection is banned in some years, and the tree is a protected species.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "The flour needs a health registration before it can be sold.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "New European rules may require proof of origin for each log.",
            &[Category::Regulated],
        ),
    ]);
}

#[test]
fn an_application_not_yet_made_leaves_the_risk_open() {
    let table = "## Risks\n| risk | what it means | status |\n|---|---|---|\n| Ministry approval | the courier must be approved for lab samples | application not yet made |";
    assert_eq!(mitigated_in(table), 0);
}

#[test]
fn a_partners_missing_yes_leaves_the_risk_open() {
    // A meeting is booked, but the yes is not there: nothing is answered.
    let body = "## Risks\nThe harbour board must approve the moorings. We meet them in March but we don't have their approval for now.";
    assert_eq!(mitigated_in(body), 0);
    let none = "## Risks\nThe mill must agree to share its scale tickets. No mitigating actions have been identified.";
    assert_eq!(mitigated_in(none), 0);
}

#[test]
fn a_design_that_needs_no_partner_leaves_no_dependency() {
    // Three weeks of work, a stop rule, a price, and a design that names
    // the partners it does not need: the rubric's small bet (1).
    let body = "## Risks\n- Small build: two weeks for one developer; if fewer than 8 farms pay by May we stop.\n- We depend on no partner; we do not need the dairy's agreement to weigh the milk.\n- Texts go through any of four SMS gateways, so nothing depends on a single provider.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_risk_that_cannot_be_guaranteed_is_admitted_not_dismissed() {
    let body = "## Risks\nThe service depends on the regional tender. Its outcome cannot be guaranteed at this stage.";
    let text = format!("# X\n\nA tool. $10 a month.\n\n{body}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(!analyze(&idea).2.dismissed);
    assert_eq!(level_for(body), 3);
}

#[test]
fn how_we_make_money_not_being_clear_is_an_unknown() {
    // "How we make money" is a question the author has not answered, not
    // the team acting on a risk.
    let body = "## Risks\nIt is a marketplace, so I need growers and buyers at the same time. How we make money is not clear yet; maybe a fee, maybe not.";
    assert_eq!(mitigated_in(body), 0);
    assert_eq!(level_for(body), 3);
}

#[test]
fn a_refusal_is_the_risk_come_true_not_its_answer() {
    let body = "## Risks\nThe guild has to list us, and three of the five masters I asked told me they don't want outsiders in.";
    assert_eq!(mitigated_in(body), 0);
    // A refusal seen in a pilot, in a risk table's middle cell, is what
    // happened; the last cell is still the answer.
    let table = "## Risks\n| Risk | Seen so far | Answer |\n|---|---|---|\n| Pickers resist the scale | one picker refused in the trial | the estate manager introduces it as a fair-pay check |";
    assert_eq!(mitigated_in(table), 1);
}

#[test]
fn never_having_done_hardware_is_a_hardware_risk() {
    assert_categories(&[(
        Step::Risks,
        "The scanning rig we would have to build ourselves, and I've never done hardware.",
        &[Category::Hardware],
    )]);
}

#[test]
fn a_formal_trial_that_can_be_discontinued_is_a_small_bet() {
    // Council register: a priced trial, stopped at the end of any week,
    // and withdrawn below a stated uptake.
    let body = "## Risk assessment\nThe proposal is an eight-week trial with one van, at a cost of $900, and can be discontinued at the end of any week. Should fewer than 20 residents use the service in the trial period, it will be discontinued. Lost parcels are covered by the existing insurance policy.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_partner_not_yet_approached_is_a_dependency() {
    assert_categories(&[(
        Step::Risks,
        "The ferry operator has not yet been approached but is expected to agree.",
        &[Category::Dependency, Category::Unknown],
    )]);
}

#[test]
fn naming_the_same_partner_again_to_say_it_is_open_is_one_risk() {
    // One gateway, said twice: one key dependency (3), not several (4).
    let body = "## Risks\nThe service depends on the national text gateway run by the Digital Agency. The Agency has not yet confirmed that our notices fall within its permitted uses, and no alternative channel has been arranged. Coverage in the hills is limited; this is acknowledged but not measured.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn a_test_we_ran_answers_the_risk_told_before_it() {
    // Prose, one paragraph: each risk followed by what was done about it.
    let body = "## Risks\nThe gauges use radio, which can fail in deep gullies. In May we tested the range at four farms and added a repeater where it was weak. Cold was the other risk; test cells lasted five weeks in a freezer.";
    assert_eq!(mitigated_in(body), 2);
}

#[test]
fn a_price_including_parts_or_paid_in_cash_is_a_way_to_charge() {
    // No front-matter price and no "we charge": the Solution's "€6 incl.
    // chain" and "they pay cash" still say how it makes money, so the
    // small bet can be level 1.
    let text = "# Chain Fix\n\nI fix chains at the bike rack.\n\n## Solution\nBring the bike at noon, €6 incl. chain.\n\n## Risks\n- Tiny: €40 of tools. If fewer than 8 fixes by June I stop.\n- People pay cash at the rack.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(analyze(&idea).2.priced);
}

#[test]
fn an_insurer_we_need_to_carry_the_risk_is_a_regulated_dependency() {
    assert_categories(&[(
        Step::Risks,
        "We will need a licensed Danish insurer to carry the risk; we will start talks next year.",
        &[Category::Regulated, Category::Dependency],
    )]);
}

#[test]
fn numbered_risks_on_one_line_are_separate_items() {
    // (1) and (2) are answered; (3) is a key dependency, explained and
    // admitted open in the sentences after it: one dependency (3), not a
    // dependency plus a worry (4).
    let body = "## Risks\n(1) Buyers require traceability — done: our tags are already accepted on the buyer's form. (2) Dryers can break — we buy them from a local workshop with a one-year repair warranty. (3) We depend on one buyer to pay the premium. If they stop the premium, the yard has no value. We have not found a second buyer yet.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn customers_who_may_go_back_to_their_old_way_are_a_risk_not_a_way_back() {
    // "We can go back to paper" is the team's way back; "growers may go
    // back to phoning" is a worry about the customers.
    let ours = "## Risks\n- Build: two weekends. If it fails we can go back to the paper list.";
    let theirs = "## Risks\n- Growers may go back to calling the depot. Mitigation, done: the depot answers no calls after May.";
    let idea = |body: &str| parse_str(&format!("# X\n\nA tool.\n\n{body}\n")).unwrap();
    assert!(analyze(&idea(ours)).2.small_bet);
    assert!(!analyze(&idea(theirs)).2.small_bet);
}

#[test]
fn a_device_named_by_its_radio_or_its_power_is_hardware() {
    assert_categories(&[
        (
            Step::Solution,
            "Each heifer wears a GPS collar.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "We buy a hydraulic baling press for the yard.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "Pallets carry RFID tags.",
            &[Category::Hardware],
        ),
    ]);
}

#[test]
fn a_dismissive_section_beside_a_device_is_level_five() {
    // The Solution ships a collar; the Risks section waves everything away.
    let body = "## Solution\nEvery ewe gets a GPS collar that texts the shepherd.\n\n## Risks\nNone really. Collars are collars. It will be fine.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn a_body_that_will_surely_accept_it_is_a_dependency_waved_through() {
    assert_categories(&[(
        Step::Risks,
        "The rowing league will surely accept our hulls.",
        &[Category::Dependency],
    )]);
}

#[test]
fn a_doubt_about_copyright_is_a_second_open_risk() {
    // Two sides to start and nobody asked about the rights: several serious
    // risks, acknowledged and open (4), not one (3).
    let body = "## Risks\nworried that choirs wont share scores at first since the library is empty, a two sided thing. also not sure about copyright, havent looked into it.";
    assert_eq!(level_for(body), 4);
}

#[test]
fn a_deed_we_do_not_know_how_to_do_is_no_mitigation() {
    // "We handle card payments" would be an answer; "idk how we handle"
    // admits the risk is open.
    for body in [
        "## Risks\n- idk how we handle card payments",
        "## Risks\n- We don't know how we handle card payments yet.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
}

#[test]
fn a_markup_on_cost_is_a_way_to_charge() {
    let text = "# Rope Store\n\nRope kept in the village.\n\n## Risks\n- One shed, 40 coils of first stock.\n- Money: a 12% markup on cost pays the keeper.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(analyze(&idea).2.priced);
}

#[test]
fn a_rule_whose_topic_the_risks_section_answers_is_not_unmentioned() {
    // "On credit" in the pitch is lending; the Risks section talks about the
    // credit itself and how it is bounded, so the rule is seen.
    let seen = "## Solution\nNets sold on credit to the crews.\n\n## Risks\n- Unpaid credit: a limit of one net per crew; the skipper guarantees.";
    let unseen = "## Solution\nNets sold on credit to the crews.\n\n## Risks\n- The shed may flood: it already sits on blocks.";
    let unmentioned = |body: &str| {
        let idea = parse_str(&format!("# X\n\nA store.\n\n{body}\n")).unwrap();
        analyze(&idea)
            .1
            .iter()
            .any(|s| s.rule == "risk-unmentioned-regulation")
    };
    assert!(!unmentioned(seen));
    assert!(unmentioned(unseen));
}

#[test]
fn a_letter_paragraph_listing_what_is_not_done_yet_is_its_risks() {
    // No heading at all: the last paragraph lists three things not done and
    // calls them a risk. Acknowledged and open (4), not unacknowledged (5).
    let text = "I keep bees above Kotor and write my plan here.\n\nThe idea is a scale under each hive that sends its weight with LoRa to a gateway on the hill, so beekeepers see the honey flow from home.\n\nThe price we do not know yet. For the gateway we need permission from the park office, we did not ask. The scale must work in frost, we did not test yet. Is a risk but we try.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
    let facts = analyze(&idea).2;
    assert!(facts.acknowledged);
    assert_eq!(super::super::level_of(analyze(&idea).0), 4);
}

#[test]
fn machines_the_team_buys_or_bolts_on_are_hardware() {
    assert_categories(&[
        (
            Step::Solution,
            "A technician installs the machine in each dairy.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "A steel sorting machine bolted over each belt.",
            &[Category::Hardware],
        ),
        (
            Step::Risks,
            "We will buy a drying machine from abroad.",
            &[Category::Hardware],
        ),
    ]);
}

#[test]
fn an_exchange_that_connects_one_side_with_the_other_is_two_sided() {
    assert_categories(&[(
        Step::Solution,
        "An app that connects village potters with hotel buyers.",
        &[Category::Marketplace],
    )]);
}

#[test]
fn paying_wages_into_mobile_wallets_is_regulated_money() {
    assert_categories(&[(
        Step::Solution,
        "Each picker's wages are paid straight to her mobile money wallet.",
        &[Category::Regulated],
    )]);
}

#[test]
fn a_technology_called_new_is_unproven() {
    assert_categories(&[(
        Step::Risks,
        "The ozone cabinet is new technology but the seller promises it works.",
        &[Category::Unproven],
    )]);
}

#[test]
fn a_sole_supplier_without_an_agreement_is_a_key_dependency() {
    // Non-native English drops the article ("we don't have agreement"); the
    // supplier who alone can give us the ice is still the one dependency.
    let body = "## Risks\nWe need ice every morning. Only the ice plant in the port can give us, and we don't have agreement with them yet. If they say no, the fish cannot travel.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn another_bodys_permission_waved_through_is_a_dismissed_serious_risk() {
    let body = "## Risks\nThere are no real risks here. Everybody loves the island and nobody else does this. The harbour trust's permission to moor at the quay will be fine.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn payment_terms_and_a_permit_in_hand_leave_a_small_bet_at_level_one() {
    // No price per month anywhere: the way to charge is told as terms
    // ("Payment: invoice after delivery", "payment is with the room", "a
    // fixed-price survey"), and the food rule is answered by the permit the
    // kitchen already holds.
    let risks = "## Risks\nSmall test: one dish for three months; if fewer than 30% order it we stop, nothing lost but fridge space. Food safety: we already have the health permit for the kitchen.";
    for pitch in [
        "Cold suppers for late guests. Payment: invoice after delivery, 50% up front.",
        "Cold suppers for late guests; payment is with the room.",
        "A fixed-price cold supper for late guests.",
    ] {
        let idea = parse_str(&format!("# X\n\n{pitch}\n\n{risks}\n"))
            .unwrap_or_else(|e| panic!("parse: {e}"));
        assert_eq!(super::super::level_of(analyze(&idea).0), 1, "{pitch}");
    }
}

#[test]
fn a_rule_already_cleared_so_no_worry_is_an_answer_not_a_dismissal() {
    let cleared = "## Risks\nThe bakery already has its food hygiene registration from the council, so that is not a worry. If a parcel is late we replace it.";
    let waved = "## Risks\nFood hygiene is not a worry. If a parcel is late we replace it.";
    assert_eq!(level_for(cleared), 2);
    assert!(level_for(waved) > 2);
}

#[test]
fn a_single_source_told_as_a_plain_fact_is_a_dependency() {
    // Told as a plain fact after the permit, the one clay pit is a risk of
    // its own, not the permit's answer.
    let body = "## What worries me\nI need a permit from the town to run a kiln in the yard, and the office says it takes up to a year. The clay comes from one pit in Cornwall that has raised prices twice. Sales rise and fall with the summer visitors.";
    assert_eq!(level_for(body), 4);
}

#[test]
fn a_regulation_sized_boat_is_the_sports_standard_not_a_rule() {
    // "A regulation racing gig" is built to the sport's measure; the Risks
    // section's one open partner and one untested thing stay level 3.
    let body = "## Solution\nFrame kits so rowing clubs can build a regulation racing gig in 3 weekends instead of a winter.\n\n## Risks\n- Build quality by volunteers is not tested yet.\n- The rowing association could refuse kit boats; we wrote to the rules committee, no answer yet.";
    assert_eq!(level_for(body), 3);
    let rule = body.replace(
        "a regulation racing gig",
        "a gig under a regulation that bans kit hulls",
    );
    assert!(level_for(&rule) > 3);
}

#[test]
fn a_permit_already_paid_for_and_a_registration_that_covers_it_clear_the_rule() {
    let body = "## Risks\nThis is a small test. The only new cost is a one-season pitch permit, which we have paid. If we sell fewer than 40 a morning by June, we stop. Food hygiene: our registration from the summer markets covers the cart.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_mild_verdict_followed_by_its_reasons_is_an_assessment() {
    // "Risk is small." heads the reasons that follow it in its paragraph:
    // the bet's size and a way back, and the money the team already has.
    let assessed = "## Risks\nRisk is small. We start with 40 farms only, and if fewer than 30 repay in the first 8 weeks we stop and go back to the old way. Money comes from our own working capital.";
    assert_eq!(level_for(assessed), 1);
    // The same verdict with nothing after it waves risk away.
    let waved = "## Risks\nRisk is small.";
    assert!(level_for(waved) >= 4, "{waved}");
}

#[test]
fn an_assessment_not_yet_commissioned_and_a_confirmation_still_needed_stay_open() {
    // A civil servant's prose: the impact assessment not yet commissioned is
    // an open unknown, and the legal confirmation still required is a second
    // risk of its own, not the first one's answer ("public" is no answer).
    let body = "## Risks\nPersonal data of applicants, including children, would be kept for a year, and a data protection impact assessment has not yet been commissioned. Legal authority to allocate public pitches by lottery requires confirmation from the legal department.";
    assert_eq!(level_for(body), 4);
}

#[test]
fn software_that_is_a_new_build_is_a_risk_not_the_answer_before_it() {
    // In prose, "The booking software is a new build" after an approval
    // still to come is a second risk, not that approval's answer.
    let body = "## Risks\nThe tower is listed, and the heritage body must approve the new counter at the stair foot. The booking software is a new build by a volunteer developer.";
    assert_eq!(level_for(body), 4);
}

#[test]
fn an_answer_labelled_done_answers_the_risk_before_it() {
    // Bullets in a Risks section, each a worry and a "Done:" answer: the
    // risks are named and answered, however plain their words.
    let body = "## Risks\n- Drivers are scarce in August. Done: two retired drivers are on the relief list.\n- Diesel costs climb. Done: a one-year fixed fuel price is signed with the depot.";
    assert_eq!(mitigated_in(body), 2);
    assert_eq!(level_for(body), 2);
}

#[test]
fn a_test_already_passed_is_a_done_mitigation() {
    let passed = "## Risks\n- Food safety: if the inspector rejected our smoking room, we could not sell. Our smoking room passed the county's hygiene inspection in June.";
    let pending = "## Risks\n- Food safety: if the inspector rejected our smoking room, we could not sell. We will book the county's hygiene inspection in June.";
    assert_eq!(mitigated_in(passed), 1);
    assert_eq!(mitigated_in(pending), 0);
}

#[test]
fn an_answer_word_the_team_has_none_of_answers_nothing() {
    // "We have no signed buyer yet" names the missing answer: the buyer is
    // a gap, not a contract.
    let body = "## Risks\nWe need the port authority export health certificate for the packing room (not started). The truck is second-hand and must be fitted with a chiller, which we never did. We have no signed buyer in Osaka yet, only emails.";
    assert_eq!(mitigated_in(body), 0);
}

#[test]
fn a_stop_rule_ending_a_condition_is_a_small_bet() {
    // "If …, sell the kit and stop": a kill criterion, even without "we".
    let body = "## Solution\nA stall that grinds coffee for market traders.\n\n## Risks\n- Traders may not pay. We run six Sundays; if under 30 cups a day, we sell the grinder and stop. Mitigated: the first two Sundays sold out at 2 euros a cup.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_doubt_about_a_topic_of_its_own_is_a_second_risk() {
    // In one paragraph, "Storage of the chemicals, not sure" opens on its
    // own topic: a second open risk, not the first one admitted again.
    let two = "## Risks\nYou need a street-trading licence from the council, and I'd need to find out about that. Storage of the chemicals overnight, not sure yet.";
    assert_eq!(level_for(two), 4);
    // "I haven't checked that yet" is the first risk, admitted.
    let one =
        "## Risks\nYou need a street-trading licence from the council. I haven't checked that yet.";
    assert_eq!(level_for(one), 3);
    // A curly apostrophe still opens on "we", not on a topic.
    let curly = "## Risks\nYou need a street-trading licence from the council. We’re told it is easy, not sure yet.";
    assert_eq!(level_for(curly), 3);
}

#[test]
fn holding_back_the_wider_rollout_on_a_threshold_is_a_kill_criterion() {
    // The bet stays local unless it earns the next step.
    let body = "## Risks\n- Cafés may not pay: £3 per delivery. If paid deliveries stay under 60 a week by week 8, no citywide rollout.";
    assert_eq!(facts_for(body).mitigated, 1);
    let open = "## Risks\n- Cafés may not pay: £3 per delivery.";
    assert_eq!(facts_for(open).mitigated, 0);
}

#[test]
fn an_imported_cutting_machine_and_other_sellers_listing_are_hardware_and_a_market() {
    assert_categories(&[
        (
            Step::Risks,
            "Next year we import a CNC laser router from Shenzhen to cut ten times as many boards.",
            &[Category::Hardware],
        ),
        (
            Step::Risks,
            "Then other potters can list their bowls on our site and we take a cut.",
            &[Category::Marketplace],
        ),
        // Cutting by hand with the tools already owned is no hardware risk.
        (Step::Risks, "We cut by hand with the chisels we own.", &[]),
    ]);
}

#[test]
fn trading_with_each_other_a_motorised_machine_and_food_rules_are_serious_kinds() {
    assert_categories(&[
        (
            Step::Risks,
            "The app lets members swap their spare seedlings with each other.",
            &[Category::Marketplace],
        ),
        (
            Step::Risks,
            "A workshop in Leeds will build 12 motorised presses to our design.",
            &[Category::Hardware],
        ),
        (
            Step::Risks,
            "Food rules apply to a farm kitchen like ours.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "The site takes bookings and card payments.",
            &[Category::Regulated],
        ),
    ]);
}

#[test]
fn waving_away_food_rules_while_trading_between_users_is_level_five() {
    let body = "## Risks\nNone really. Food rules are not an issue for a farm kitchen. The app lets buyers resell their jars to each other. It'll be fine.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn nothing_unknown_admits_no_unknown() {
    // "Old method, new tool, nothing unknown" denies an unknown; it does
    // not admit one.
    assert_categories(&[
        (
            Step::Risks,
            "It is the old method with a new brush, nothing unknown.",
            &[],
        ),
        (
            Step::Risks,
            "The drying time is still unknown.",
            &[Category::Unknown],
        ),
    ]);
}

#[test]
fn done_at_the_end_or_a_registration_already_held_answers_the_risk() {
    // "…, done." closes an answer the way "Done:" opens one; being already
    // registered with the authority is the regulatory answer, done.
    let body = "## Risks\n- Hygiene: whey is raw food. We are registered at the Welsh Food Agency (FSA Cymru) since april, done.\n- Van breaks: we borrow my uncle's van, agreed in writing.";
    assert_eq!(mitigated_in(body), 2);
    assert_eq!(level_for(body), 2);
    let pending = "## Risks\n- Hygiene: whey is raw food. We will register at the Welsh Food Agency (FSA Cymru) in april.\n- Van breaks: we borrow my uncle's van, agreed in writing.";
    assert_eq!(level_for(pending), 3);
}

#[test]
fn border_checks_and_biosecurity_are_regulation() {
    assert_categories(&[
        (
            Step::Risks,
            "Our cheese must pass biosecurity checks before it enters Australia.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "The border officials may hold the crates for a week.",
            &[Category::Regulated],
        ),
    ]);
    // Waving the border away, with nothing mitigated, is the rubric's 5.
    let waved = "## Risks\nNo real risk for us. The border people, the freight, all this is not a problem, it will be fine.";
    assert_eq!(level_for(waved), 5);
}

#[test]
fn a_past_approval_by_the_authority_is_a_done_mitigation() {
    // A numbered, labelled risk answered by an approval already given.
    let approved = "## Risks\n4.1 Regulatory: mobile collection is a regulated activity. The van and its procedures were inspected and approved by the national health directorate in May 2026.";
    assert_eq!(mitigated_in(approved), 1);
    assert_eq!(level_for(approved), 2);
}

#[test]
fn an_app_where_others_sell_and_getting_a_power_hammer_are_serious_risks() {
    assert_categories(&[
        (
            Step::Solution,
            "Later an app where other weavers can sell their rugs too.",
            &[Category::Marketplace],
        ),
        (
            Step::Solution,
            "We scale up by getting a power hammer for the blanks.",
            &[Category::Hardware],
        ),
    ]);
}

#[test]
fn a_cut_of_the_apps_sales_is_a_two_sided_market() {
    assert_categories(&[(
        Step::Solution,
        "Bakers rent the oven from us and we would take 12% of app sales.",
        &[Category::Marketplace],
    )]);
    assert_categories(&[(
        Step::Solution,
        "Bakers rent the oven from us for £40 a day.",
        &[],
    )]);
}

#[test]
fn hard_categories_lead_the_category_table_in_order() {
    // `hard_bits` reads the low bits of the category table's "matches
    // anywhere" byte as HARD's.
    let table = category_table();
    // `matches_anywhere` reads a category's bit at its own index.
    for (i, (c, _)) in table.iter().enumerate() {
        assert_eq!(*c as usize, i);
    }
    for (i, (c, r)) in HARD.iter().enumerate() {
        assert_eq!(table[i].0, *c);
        assert_eq!(table[i].1.as_str(), r.as_str());
    }
}

#[test]
fn hearsay_about_an_approval_is_not_an_answer_to_it() {
    // What the writer has heard about the approval restates the risk.
    let heard = "## Risks\nThe barge must be inspected and approved by the river authority, which I hear can take a year.";
    assert_eq!(mitigated_in(heard), 0);
    // The team's own act still answers it.
    let acted = "## Risks\nThe barge must be inspected and approved by the river authority, so we booked the inspection for March.";
    assert_eq!(mitigated_in(acted), 1);
}

#[test]
fn plant_health_rules_both_sides_at_once_and_no_way_of_paying_are_risks() {
    assert_categories(&[
        (
            Step::Risks,
            "Cuttings sent abroad fall under plant-health rules.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "We need both hosts and guests at once.",
            &[Category::Marketplace],
        ),
        (
            Step::Risks,
            "We have no way of paying for the second year.",
            &[Category::Money],
        ),
    ]);
}

#[test]
fn a_certificate_already_got_answers_the_rule() {
    let got = "## Risks\n- Plant-health certificate for the bulbs: got the inspectorate's certificate for the first lot in May.";
    let owed = "## Risks\n- Plant-health certificate for the bulbs: we must apply before May.";
    assert_eq!(mitigated_in(got), 1);
    assert_eq!(mitigated_in(owed), 0);
}

#[test]
fn a_processing_plant_and_a_fleet_of_lorries_are_hardware() {
    assert_categories(&[
        (
            Step::Risks,
            "We scale up with a new drying plant next spring.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "Deliveries go out on a fleet of three lorries.",
            &[Category::Hardware],
        ),
        // Plants that grow are not machinery.
        (Step::Solution, "We sell potted plants at the market.", &[]),
    ]);
}

#[test]
fn a_partner_whose_yes_costs_it_nothing_is_answered() {
    let answered = "## Risks\n- The library could refuse: the shelf costs them nothing and takes no floor space.";
    let open = "## Risks\n- The library could refuse, and we have not asked them yet.";
    assert_eq!(mitigated_in(answered), 1);
    assert_eq!(mitigated_in(open), 0);
}

#[test]
fn regulating_a_clock_is_a_trade_not_a_rule() {
    // The clockmaker's verb: adjusting a mechanism, not the law.
    assert_categories(&[
        (
            Step::Solution,
            "A yearly round in which I wind and regulate the mill's clocks.",
            &[],
        ),
        (
            Step::Risks,
            "Weighing scales used for trade are regulated.",
            &[Category::Regulated],
        ),
    ]);
}

#[test]
fn insurance_answers_the_hives_not_the_money() {
    // A risk only about money is answered only by words about money.
    let off_topic = "## Risks\nWe don't yet know whether the campsites will pay. Towing the trailers is routine for us and the trailers are insured.";
    assert_eq!(level_for(off_topic), 3);
    let on_topic = "## Risks\nWe don't yet know whether the campsites will pay. Three of them have already signed orders at £50 a week.";
    assert!(level_for(on_topic) < 3);
}

#[test]
fn a_registration_required_and_a_board_that_could_say_no_are_serious() {
    assert_categories(&[
        (
            Step::Risks,
            "The boiler must be registered with the national gas board before we fit it.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "Registration of each mobile kitchen is required before the first sale.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "Most income would come from the county board, which has not agreed to fund it and could say no.",
            &[Category::Dependency, Category::Unknown],
        ),
    ]);
}

#[test]
fn security_vetting_and_nobody_agreeing_to_fund_are_serious() {
    assert_categories(&[
        (
            Step::Risks,
            "Every driver needs security vetting, which takes months.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "The night fares cost more than they bring in; nobody has agreed to cover them.",
            &[Category::Money, Category::Unknown],
        ),
    ]);
}

#[test]
fn a_label_answered_done_with_a_dash_is_mitigated() {
    let done = "## Risks\n- Lost or swapped keys: done — a numbered tag and a photo of each key at drop-off.";
    let open = "## Risks\n- Lost keys: we have no way to tag them yet.";
    assert_eq!(mitigated_in(done), 1);
    assert_eq!(mitigated_in(open), 0);
}

#[test]
fn stop_if_under_selling_it_on_and_renting_not_buying_show_a_small_bet() {
    let small = |risks: &str| {
        let text = format!("# X\n\nA tool. $10 a month.\n\n## Risks\n{risks}\n");
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        analyze(&idea).2.small_bet
    };
    assert!(small(
        "- Spend: one cider press, stop if under 15 orchards by June."
    ));
    assert!(small(
        "- Spend is one £300 mill; if under 25 orders by October we sell it on."
    ));
    assert!(small(
        "- The trailer: we rent it for the first season, not buy, so if it fails we give it back."
    ));
    assert!(!small("- Spend: one cider press and two vans."));
}

#[test]
fn a_device_that_already_runs_is_not_new_hardware() {
    assert_categories(&[
        (
            Step::Risks,
            "My lathe already runs from a battery, so nothing new is needed.",
            &[],
        ),
        (
            Step::Solution,
            "We build a battery into the cart.",
            &[Category::Hardware],
        ),
    ]);
}

#[test]
fn a_call_out_fee_and_the_shops_own_price_are_a_way_to_charge() {
    let priced = |solution: &str| priced_in("Solution", solution);
    assert!(priced("Callers pay a £25 call-out, which covers fuel."));
    assert!(priced(
        "We fit the tyre at the farm. Price same as in the shop."
    ));
    assert!(!priced("We fit the tyre at the farm."));
    // An existing trade's own way to charge, kept as it is.
    assert!(priced(
        "Owners book a slot online. Billing remains as it is today: by the job."
    ));
}

#[test]
fn a_bodys_say_so_and_residents_addresses_are_serious() {
    assert_categories(&[
        (
            Step::Risks,
            "We don't need the harbour trust's say-so, even though they own the slipway.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "We keep a list of members' home addresses in the clubhouse.",
            &[Category::Regulated],
        ),
    ]);
}

#[test]
fn a_paragraph_with_a_failure_and_its_way_back_is_a_risk_faced() {
    // The whole section is one paragraph that closes on its way back;
    // the failure it names before that is still a risk the author faced.
    let faced = "## Solution\nShared runs to the clinic for patients' appointments.\n\n## Risks\nThe minibus is the one real cost; we have a quote and a buy-back deal if it goes wrong. If the clinic does not renew after six months we sell the bus back and carry on as before.";
    let text = format!("# X\n\nA tool. $10 a month.\n\n{faced}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.acknowledged);
    assert!(level_for(faced) < 5);
}

#[test]
fn they_will_not_mind_and_the_inspectors_never_come_here_wave_risk_away() {
    let waved = "## Solution\nA self-service fuel pump open at night, paid by card.\n\n## Risks\nWe keep the cash box in our own safe. The fuel supplier owns the pump but they will not mind. The inspectors never come here. Honestly no real risks.";
    let faced = "## Solution\nA self-service fuel pump open at night, paid by card.\n\n## Risks\nWe keep the cash box in our own safe. The fuel supplier owns the pump. The inspectors come twice a year. Honestly no real risks.";
    assert_eq!(level_for(waved), 5);
    assert!(level_for(faced) < 5);
}

/// A turbine we install and power we export to the grid are hardware and
/// regulation; the turbines a customer already runs are not ours to build.
#[test]
fn a_hydro_turbine_and_grid_export_are_hardware_and_regulation() {
    assert_categories(&[
        (
            Step::Solution,
            "A 40 kW crossflow turbine below the mill weir.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "Spare power is exported to the grid at night.",
            &[Category::Regulated],
        ),
        (
            Step::Solution,
            "A wave forecast for each turbine of the customer's wind farm.",
            &[],
        ),
    ]);
    // Waved away while the Solution builds both: level 5.
    let body = "## Solution\nA 40 kW crossflow turbine below the mill weir; spare power is exported to the grid.\n\n## Risks\nNone really, water always runs downhill.";
    assert_eq!(level_for(body), 5);
}

/// A request still waiting for its answer, and cover that is only needed,
/// answer nothing; cover held does.
#[test]
fn waiting_for_a_yes_and_needing_cover_are_not_mitigations() {
    for open in [
        "## Risks\n- The quarry owner must agree to the haul road. We have asked the owner and are waiting.",
        "## Risks\n- A nurse visiting another surgery's patients needs indemnity cover.",
    ] {
        assert_eq!(mitigated_in(open), 0, "{open}");
    }
    assert_eq!(
        mitigated_in("## Risks\n- Injury claims: we hold professional indemnity cover."),
        1
    );
}

/// Clients who "can stop anytime" are a third party that can say no, not
/// our way back; raw meat by post is food law; a machine bought or owned
/// for the job is hardware, however many words describe it.
#[test]
fn clients_who_can_stop_raw_meat_by_post_and_a_new_machine_are_serious() {
    assert_categories(&[
        (
            Step::Risks,
            "All the work comes from two estate agents, and they can stop anytime.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "We will be selling raw meat by post across the country.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "I also buy a new laser welding machine on a loan.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "Our own flake ice machine on the quay.",
            &[Category::Hardware],
        ),
    ]);
    let text = "# X\n\nA tool. $10 a month.\n\n## Risks\n- Two agents send all the work, and they can stop anytime.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(!analyze(&idea).2.small_bet);
    // Our own way back still is one.
    let ours =
        "# X\n\nA tool. $10 a month.\n\n## Risks\n- We can stop it at any time and sell the van.\n";
    let idea = parse_str(ours).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.small_bet);
}

/// "We build the sensors ourselves" names the hardware risk; it does not
/// answer it.
#[test]
fn building_the_risky_thing_ourselves_is_not_its_mitigation() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- A smart sensor in every house, and we build the sensors ourselves."
        ),
        0
    );
}

/// Risks named with "we haven't got answers to these yet" are faced and
/// open (level 4), not unacknowledged (5); animal welfare rules are
/// regulation.
#[test]
fn risks_named_without_answers_yet_are_acknowledged() {
    assert_categories(&[(
        Step::Risks,
        "Selling ponies means animal welfare rules we must learn.",
        &[Category::Regulated],
    )]);
    let body = "## Solution\nSmart collars for each pony and a marketplace where breeders list foals for buyers.\n\n## Risks\nThe collar must be made from scratch, and we need enough breeders listing foals before any buyers come. Selling ponies means animal welfare rules. We haven't got answers to these yet.";
    assert_eq!(level_for(body), 4);
}

/// A table's answer that opens "We will …" is a plan however long it runs:
/// the modal is too far from the cell's end for the plain promise test.
#[test]
fn a_long_planned_answer_in_a_table_is_not_done() {
    let table = "## Risks\n| Risk | Status |\n|---|---|\n| Members' addresses go to an outside text service | We will ask the society's data officer to review the whole arrangement before launch |\n";
    assert_eq!(mitigated_in(table), 0);
    let done = "## Risks\n| Risk | Status |\n|---|---|\n| Members' addresses go to an outside text service | The society's data officer reviewed the whole arrangement in May |\n";
    assert_eq!(mitigated_in(done), 1);
}

/// Farm food and health words the risk reading must see: bird flu,
/// pasteurised milk and a physiotherapist are regulated; a vending machine
/// is hardware. A fruit pasteuriser for a village press is not milk law.
#[test]
fn farm_food_health_and_vending_words_are_serious_categories() {
    assert_categories(&[
        (
            Step::Risks,
            "Bird flu could close the farm for a season.",
            &[Category::Regulated],
        ),
        (
            Step::Solution,
            "Milk pasteurised on the farm the same morning.",
            &[Category::Regulated],
        ),
        (
            Step::Solution,
            "Gentle exercise with our physiotherapist after the bath.",
            &[Category::Regulated],
        ),
        (
            Step::Solution,
            "A refrigerated vending machine in the old milk shed.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "A shared apple press and a bottle pasteuriser in the hall.",
            &[],
        ),
    ]);
}

/// Children on the water, a licence not yet applied for, and money made
/// "somehow … maybe ads" are serious categories, so waving them away is the
/// rubric's level 5.
#[test]
fn children_on_the_water_an_unapplied_licence_and_money_somehow_are_serious() {
    assert_categories(&[
        (
            Step::Risks,
            "Twenty children on the water in old canoes.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "Each spring we apply to the council for the 2027 licence.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "We'll make money somehow once people use it, maybe ads.",
            &[Category::Money],
        ),
    ]);
    let body = "## Risks\nHonestly there are no real risks. Nobody else does it, so there is no competition. Twenty children on the water in old canoes is perfectly safe.";
    assert_eq!(level_for(body), 5);
}

#[test]
fn a_rule_said_to_be_no_issue_is_a_second_dismissal() {
    // "So licensing is not an issue" waves the rule away as plainly as "no
    // real risks" does; with a clinical decision in the Solution, two
    // dismissals and one claimed workaround are the dismissive section.
    let body = "## Solution\nThe app chooses the dose for each patient and writes it into the record.\n\n## Risks\nNo real risks. The model is very accurate and nurses will look at it, so regulation is not an issue. We don't need the software company's permission because we copy the screen.";
    assert_eq!(level_for(body), 5);
    let plain = "## Risks\nRegulation isn't an issue.";
    assert_eq!(dismissals_in(plain), 1, "{plain}");
}

#[test]
fn kit_the_team_builds_itself_is_hardware() {
    assert_categories(&[
        (
            Step::Risks,
            "Over the winter we will weld the lifting frame ourselves.",
            &[Category::Hardware],
        ),
        (
            Step::Risks,
            "I am building the smoking kiln myself from old oil drums.",
            &[Category::Hardware],
        ),
    ]);
}

#[test]
fn specialist_machines_a_body_that_must_let_us_in_and_planning_are_serious() {
    assert_categories(&[
        (
            Step::Risks,
            "Dredging the pond needs a tracked dredger we would have to hire in.",
            &[Category::Hardware],
        ),
        (
            Step::Risks,
            "The ferry we are having built in Buckie may be late.",
            &[Category::Hardware],
        ),
        (
            Step::Risks,
            "We will need the cathedral chapter to let visitors onto the roof.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "The planning for the new barn is with the national park.",
            &[Category::Regulated],
        ),
    ]);
    // The customer's own planning application is their world, not ours.
    assert_categories(&[(
        Step::Risks,
        "We write the tree report your planning application needs.",
        &[],
    )]);
}

#[test]
fn safety_waved_off_as_common_sense_is_a_dismissal() {
    let body = "## Risks\nNo real risks. Keeping walkers off the cliff edge is just common sense.";
    assert_eq!(dismissals_in(body), 2, "{body}");
}

#[test]
fn a_control_that_waits_on_funding_is_not_in_place() {
    let body = "## Risks\nWe depend on the council agreeing to share its list of residents, which it may refuse. We will sort all of this once funding is in place.";
    assert_eq!(mitigated_in(body), 0, "{body}");
    let done = "## Risks\nWe depend on the council agreeing to share its list of residents, which it may refuse. A signed data-sharing agreement is in place.";
    assert_eq!(mitigated_in(done), 1, "{done}");
}

#[test]
fn waving_risk_away_twice_is_level_five_whatever_the_risks_are() {
    // No category we know is named: the section itself is the warning.
    let body = "## Risks\nHonestly, no real risks. Nobody else is doing this in the valley.";
    assert_eq!(level_for(body), 5);
    // Once, beside a real answer of its own, is a dismissal weighed with
    // the rest.
    let once = "## Risks\nNo real risks.\n\nIf the hall is booked we use the chapel, which has agreed in writing.";
    assert!(level_for(once) < 5, "{once}");
}

#[test]
fn a_small_bet_with_one_rule_answered_or_one_minor_worry_is_level_one() {
    // A kill rule, a price, and one rule answered by what the team holds.
    let rule = "## Risks
- Food hygiene: we already hold the council's registration for the kitchen.
- Test: six weekends; if fewer than 20 boxes sell by March we stop.";
    assert_eq!(level_for(rule), 1);
    // The same small bet beside a key dependency, even answered, is 2.
    let partner = "## Risks
- We depend on the mill's flour; a second mill has quoted.
- Test: six weekends; if fewer than 20 boxes sell by March we stop.";
    assert_eq!(level_for(partner), 2);
    // One minor worry left open does not undo a small, priced bet.
    let worry = "## Risks
- People may not like the taste.
- Test: six weekends; if fewer than 20 boxes sell by March we stop.";
    assert_eq!(level_for(worry), 1);
}

#[test]
fn a_letter_paragraph_that_calls_something_a_risk_and_answers_it_is_its_risks() {
    // Nothing is left open, so no "not yet" marks the paragraph; the
    // writer still named a risk, answered it and set a stop rule.
    let letter = "# Tunebook\n\nA booking page for school piano tuning.\n\nDear panel,\n\n\
        I tune pianos for the primary schools of north Fife and I am asking for help with a booking page.\n\n\
        Music teachers ring me in term time and I lose about four hours a week to missed calls.\n\n\
        The grant pays for four weeks of a freelance developer. If fewer than six schools book through it by Easter, I will go back to the phone. \
        The one risk I see, that a school filter blocks the page, I have already checked with the council's IT desk: the address is allowed.\n\n\
        Yours,\n\nAnna Reid\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let facts = analyze(&idea).2;
    assert!(facts.acknowledged, "the paragraph is read as the Risks");
    assert_eq!(facts.mitigated, 1);
}

#[test]
fn depending_on_nobody_answers_the_dependency() {
    assert_eq!(
        mitigated_in(
            "## Risks\nThe page is ordinary technology, and it depends on no one's permission."
        ),
        1
    );
}

#[test]
fn none_in_any_voice_and_nobody_else_doing_it_wave_risk_away() {
    assert_each_dismisses(
        &[
            "## Risks\nLiterally none.",
            "## Risks\nNobody else in the county is doing it.",
            "## Risks\nIt is only oats and honey, it can't hurt anyone.",
        ],
        1,
    );
    // Little to build is the size of the bet, not a dismissal.
    assert_eq!(
        dismissals_in("## Risks\nBasically nothing to build: a form on the site we have."),
        0
    );
}

#[test]
fn one_open_risk_beside_an_unnamed_device_is_level_three() {
    // The Risks section leaves one thing open; the tablet of the Solution is
    // never named as a risk. One risk named and not yet mitigated is the
    // rubric's level 3; an unnamed two-sided market beside it is not
    // incidental, and makes several serious risks.
    let open = "## Risks\n- The dairy has not yet agreed to share its collection times.";
    let device =
        format!("## Solution\nReadings go into a wall-mounted tablet by the door.\n\n{open}");
    assert_eq!(level_for(&device), 3);
    let market = format!(
        "## Solution\nA marketplace where farms list spare milk and cheesemakers buy it.\n\n{open}"
    );
    assert_eq!(level_for(&market), 4);
}

#[test]
fn a_trial_offered_beside_the_price_is_no_small_bet() {
    let facts = |experience: &str| {
        let text = format!("# X\n\nA tool.\n\n## Experience\n{experience}\n");
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        analyze(&idea).2
    };
    assert!(!facts("£18 a month after a 30-day trial.").small_bet);
    assert!(facts("We run a six-week pilot with two dairies first.").small_bet);
}

#[test]
fn a_sentence_pointing_back_at_an_unknown_restates_it() {
    // One unknown, told twice, beside one everyday dependency: one risk
    // named and not yet tested (level 3), not several (4).
    let body = "## Risks\nWe don't know yet if parents will pay a deposit for the holiday club. This is the big unknown and we have not tested it yet. Payments go through the council's card system, so we depend on it.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn an_arrow_to_a_need_is_the_consequence_not_the_answer() {
    // What follows the arrow is still to do: nothing is answered.
    let open = "## Risks\n- The collar counts as a veterinary device → agency registration needed, about a year, cost unknown.";
    assert_eq!(mitigated_in(open), 0);
    // The same arrow pointing at something done is the answer.
    let answered =
        "## Risks\n- The collar counts as a veterinary device → the agency registered it in March.";
    assert_eq!(mitigated_in(answered), 1);
}

#[test]
fn a_doubt_before_an_arrow_is_the_risk_and_what_follows_is_the_answer() {
    // "Might not", "won't" name the risk; the arrow points to the move.
    let doubt = "## Risks\n- Cafés might not pay for a listing → first ten free to try";
    assert_eq!(mitigated_in(doubt), 1);
    let refusal = "## Risks\n- Growers won't renew → renewal discount, reminder a month ahead";
    assert_eq!(mitigated_in(refusal), 1);
}

#[test]
fn counsel_that_has_advised_on_the_rule_answers_it() {
    let advised = "## Risks\n- Licensing: our solicitor has advised that a raffle with no cash prizes falls below the threshold for a gambling licence.";
    assert_eq!(mitigated_in(advised), 1);
}

#[test]
fn not_seeing_what_could_stop_it_waves_risk_away() {
    assert_each_dismisses(
        &[
            "## Risks\nWe have thought hard and really can't see what could go wrong with the kiosk.",
            "## Risks\nHonestly, I don't see anything that would stop it.",
        ],
        1,
    );
}

#[test]
fn none_of_the_named_partners_agreeing_is_no_answer() {
    let body = "## Risks\n- The first release must read the four ferry timetables, and none of the four operators has agreed to share them.";
    assert_eq!(mitigated_in(body), 0);
}

#[test]
fn a_sole_trader_depending_on_a_partner_or_short_of_a_loan_names_serious_risks() {
    let depends =
        facts_for("## Risks\n- I depend on the local kennels; if they close, the round stops.");
    assert!(depends.open.contains(&Category::Dependency), "{depends:?}");
    let unfunded = facts_for(
        "## Risks\n- Stocking spare parts takes £9,000, and I have no investor or loan for it yet.",
    );
    assert!(unfunded.open.contains(&Category::Money), "{unfunded:?}");
    // "£9,000, and …" is a sum followed by "and", not a price "an" item.
    assert_eq!(unfunded.open_serious, 1, "{unfunded:?}");
}

#[test]
fn low_risk_because_it_reuses_shipped_work_is_an_assessment() {
    let reasoned = "## Risks\n- Build is low risk: the export reuses the invoice module our team shipped in spring.";
    assert_eq!(dismissals_in(reasoned), 0);
    let bare = "## Risks\n- Build is low risk.";
    assert_eq!(dismissals_in(bare), 1);
}

#[test]
fn none_significant_and_not_seeing_a_regulator_as_an_issue_wave_risk_away() {
    assert_each_dismisses(
        &[
            "Risks: none significant.",
            "## Risks\nNone significant.",
            "## Risks\nWe don't see the tax office as an issue for a scheme this small.",
            "## Risks\nI do not see licensing as a real problem here.",
        ],
        1,
    );
    // Seeing it as a problem to solve is naming it.
    assert_eq!(
        dismissals_in("## Risks\nWe see the tax office as the main issue."),
        0
    );
}

#[test]
fn pay_later_credit_is_regulated_however_it_is_hyphenated() {
    for text in [
        "Shoppers split the bill with buy-now-pay-later at the till.",
        "A buy now pay later option for school uniforms.",
        "The FCA would see this as consumer credit.",
    ] {
        assert_eq!(
            categories_of(Step::Risks, text),
            vec![Category::Regulated],
            "{text}"
        );
    }
}

#[test]
fn a_sentence_ending_on_a_pronoun_restates_the_unknown_before_it() {
    // "that" is the deposit question: one unknown, said twice.
    let body = "## Risks\nWe don't know yet if parents will pay a deposit for the holiday club. We have not tested that yet. Payments go through the council's card system, so we depend on it.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn consent_collected_answers_a_data_risk() {
    assert_each_mitigated_once(&[
        "## Risks\nPersonal data of volunteers is a first name and a phone, consent is collected when they join.",
        "## Risks\nPersonal data of members is their address only, and the club takes written consent at the door.",
    ]);
    // Consent still to be sought answers nothing yet.
    assert_eq!(
        mitigated_in("## Risks\n- Members' addresses are personal data; we will ask for consent."),
        0
    );
}

#[test]
fn a_percentage_on_each_transaction_is_a_price() {
    let facts = |experience: &str| {
        let text = format!("# X\n\nA payout tool.\n\n## Experience\n{experience}\n");
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        analyze(&idea).2
    };
    assert!(facts("Set it up in five minutes. 2.5% per payout.").priced);
    assert!(facts("We keep 4% of each ticket sold.").priced);
    // A share of the customer's own numbers is no charge.
    assert!(!facts("Set it up in five minutes. 40% of shows have co-hosts.").priced);
}

#[test]
fn having_nothing_beyond_the_public_terms_is_no_answer() {
    let body = "## Risks\nWe depend on the county's booking API for bus times; the county can change its terms and we have no contract beyond the public developer terms.";
    assert_eq!(mitigated_in(body), 0);
    assert_eq!(level_for(body), 3);
}

#[test]
fn more_ways_to_wave_risk_away() {
    assert_each_dismisses(
        &[
            "## Risks\nOn risks: there are none really.",
            "## Risks\nThe cold store is already proven in other towns, so no problem.",
            "## Risks\nHonestly, we don't see meaningful risk here.",
            "## Risks\nIf the checks pass, the release is safe by definition.",
        ],
        1,
    );
    // A problem named, then answered, is not "so no problem".
    assert_eq!(
        dismissals_in("## Risks\nThere are two risks: the permit and the price."),
        0
    );
}

#[test]
fn a_guaranteed_term_and_the_build_itself_are_no_dismissals() {
    assert_each_dismisses(
        &[
            "## Risks\nWe assume the depots will give us guaranteed slots in return for steady work; nothing is signed.",
            "## Risks\nThe frame and wheels are standard parts, so the build itself is not the worry; the licence is.",
        ],
        0,
    );
    assert_each_dismisses(
        &[
            "## Risks\nSuccess is guaranteed.",
            "## Risks\nIt is a guaranteed hit with students.",
            "## Risks\nThe app sells itself.",
        ],
        1,
    );
}

#[test]
fn a_promise_that_does_not_hold_is_no_design_that_holds_nothing() {
    // "does not hold" with nothing held is a consequence, not a control.
    let open = "## Risks\nThe key dependency is the pool of registered farriers. If they won't hold slots, the six-week promise does not hold either.";
    assert_eq!(mitigated_in(open), 0);
    assert_eq!(level_for(open), 3);
    // Holding no card data by design still answers a payments risk.
    let design = "## Risks\n- Payments: we do not hold card numbers; the processor does.";
    assert_eq!(mitigated_in(design), 1);
}

#[test]
fn one_sentence_can_wave_risk_away_twice() {
    assert_eq!(
        dismissals_in(
            "## Risks\n- no real risks, people always need bread and there is no competition"
        ),
        2
    );
    assert_eq!(dismissals_in("## Risks\nNo real risks."), 1);
}

#[test]
fn an_answer_to_another_thing_leaves_the_open_question_open() {
    // The insurers' answer is about the vans, not the landlord's consent.
    for answer in [
        "Our insurers have confirmed the vans are covered for night deliveries.",
        "We already hold public liability insurance for the drivers.",
    ] {
        let other = format!(
            "## Risks\nThe mill's landlord must consent to the racking; the landlord has not replied yet. {answer}"
        );
        assert_eq!(level_for(&other), 3, "{other}");
    }
    // An answer that speaks of the same thing still answers it.
    let same = "## Risks\nThe mill's landlord must consent to the racking; the landlord has not replied yet. If the landlord refuses, we have already agreed a backup lease on the unit next door.";
    assert_eq!(mitigated_in(same), 1, "{same}");
}

#[test]
fn a_small_bet_sits_low_in_its_level_and_other_signals_do_not_move_the_score() {
    // Inside a level only the bet's size places a risk score: five points
    // under the band's middle when the idea shows it is small.
    for (body, offset) in [
        (
            "## Risks\nOur one bakery supplier may raise prices; we already have a second supplier's quote. It is a four-week build and we stop if fewer than 20 cafés order by June.",
            5,
        ),
        ("## Risks\nWe stop if fewer than 20 cafés order by June.", 5),
        (
            "## Risks\nOur one bakery supplier may raise prices; we already have a second supplier's quote.",
            10,
        ),
        (
            "## Risks\nNobody has tested whether cafés will pay. The council must license the van and has not replied. Card data stays with the payment provider, we hold none. Deliveries are insured. Staff are trained.",
            10,
        ),
    ] {
        let (score, level) = score_and_level(body);
        assert_eq!(score, (level - 1) * 20 + offset, "{body}");
    }
}

#[test]
fn no_money_at_stake_and_no_partner_needed_are_not_unknowns() {
    // "No money" admits an unknown when money is missing ("no money yet to
    // hire a driver"); with a verb of spending or holding it says the bet
    // costs nothing, and "no contract" beside a price is a term of sale.
    for body in [
        "## Risks\n- We lend the tents we already own, so no money spent.\n- If nobody borrows one by August we stop.",
        "## Risks\n- No money changes hands and nothing is lost if the page goes unused.\n- If fewer than ten members post by March we stop.",
        "## Risks\n- The booking tool is an off-the-shelf service (£12 a month, no contract); a two-day build.\n- If fewer than 40 bookings come by June we stop.",
    ] {
        assert_eq!(level_for(body), 1, "{body}");
    }
    let missing = "## Risks\n- We have no money yet to hire a driver.\n- If fewer than 40 bookings come by June we stop.";
    assert_eq!(level_for(missing), 3, "{missing}");
    // A partner the design does not need is no key dependency, and a
    // dependency the team can already meet is answered.
    assert_each_mitigated_once(&[
        "## Risks\n- The vans ride the public ferry like any car; no agreement with the ferry company is required.",
        "## Risks\n- The only dependency is the county's open data feed, which we can already read.",
    ]);
}

#[test]
fn a_labelled_answer_may_be_told_with_an_irregular_past() {
    // "ran", "held", "bought" are past facts as much as "lasted" or
    // "passed": the answer after the label is done, not planned.
    assert_each_mitigated_once(&[
        "## Risks\n- Frost and batteries: the test loggers ran all winter at -20 °C on one battery.",
        "## Risks\n- Theft from the van: the lockable racks held through a full season at three markets.",
    ]);
}

#[test]
fn a_permit_already_granted_is_a_rule_cleared() {
    assert_each_mitigated_once(&[
        "## Risks\n- Food hygiene registration with the borough is done, and every tray carries its batch number.",
        "## Risks\n- The stall sits on the quay, which takes a mooring permit: the harbour authority granted it for the summer season.",
    ]);
    // Not yet granted, or granted as a general rule, clears nothing.
    for body in [
        "## Risks\n- Food safety: the national food authority has not yet approved baking at this volume.",
        "## Risks\n- Permits: licences are issued per event by the city, and we have not applied.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
}

#[test]
fn a_control_already_in_place_is_a_done_mitigation() {
    assert_each_mitigated_once(&[
        "## Risks\n- Card payments run through the club's existing account, already PCI-compliant through the card provider.",
        "## Risks\n- We have taken out public liability cover through the growers' union, so a fall from the ladder is covered.",
        "## Risks\n- The rota holds carers' health details, so our data officer completed an impact assessment in May.",
    ]);
    // What the third party already has is its power to refuse, not our answer.
    let theirs = "## Risks\n- The national body already has its own booking system and could simply refuse to link to ours.";
    assert_eq!(mitigated_in(theirs), 0, "{theirs}");
}

#[test]
fn an_answer_the_sentence_admits_is_not_there_yet_leaves_the_risk_open() {
    for body in [
        "## Risks\n- The ferry needs a passenger licence each season; we have applied for 2027 but do not yet have it.",
        "## Risks\n- Everything rests on one miller, who has agreed in principle but signed nothing; we have not found a second.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
    // Said plainly, the same answer still counts.
    let done = "## Risks\n- The ferry needs a passenger licence each season; we already hold the licence for 2027.";
    assert_eq!(mitigated_in(done), 1, "{done}");
}

#[test]
fn a_list_closed_by_no_answers_yet_stays_open() {
    // The closing sentence says none of the risks above is answered, so
    // nothing in them counts as a mitigation, however settled it sounds.
    for close in [
        "I don't have answers to these yet.",
        "We do not yet have mitigations for most of these.",
        "We will sort all that out as we go.",
    ] {
        let body = format!(
            "## Risks\nFirst, the port must give us a berth, and there is a waiting list. Second, the tour operators already have their own boats and might not want us. {close}"
        );
        assert_eq!(mitigated_in(&body), 0, "{body}");
    }
}

#[test]
fn what_someone_else_already_has_is_no_answer() {
    for theirs in [
        "## Risks\nThe hotels may not list with us. The big chains already run their own booking desks.",
        "## Risks\nThe tour operators already have their minibuses and might not want us.",
    ] {
        assert_eq!(mitigated_in(theirs), 0, "{theirs}");
    }
    let ours = "## Risks\nThe hotels may not list with us. We already run the booking desk for eleven of them.";
    assert_eq!(mitigated_in(ours), 1, "{ours}");
}

#[test]
fn a_claim_about_what_we_will_be_is_not_a_mitigation() {
    // "We'll be faster" says what the team hopes to be, not what it does
    // about the chain that can copy it.
    assert_eq!(
        mitigated_in(
            "## Risks\n- A big chain could copy the idea. We'll be faster and friendlier."
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- A big chain could copy the idea. We'll sign the three best workshops to two-year exclusive deals."
        ),
        1
    );
}

#[test]
fn a_rule_the_item_states_without_denying_it_is_not_answered_by_design() {
    // The export rule is named, not denied: nothing answers it.
    assert_eq!(
        mitigated_in("## Risks\n- Each export consignment needs a phytosanitary certificate."),
        0
    );
    // Denied outright, the risk is ruled out by design.
    assert_eq!(
        mitigated_in(
            "## Risks\n- We are not a payment business: the money never passes through us."
        ),
        1
    );
}

#[test]
fn a_question_is_never_the_answer_to_a_risk() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- How do we charge the clubs that only race once every four years?"
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- Clubs that race once every four years: we charge them per race, not per year."
        ),
        1
    );
}

#[test]
fn a_clause_about_the_third_party_after_a_semicolon_still_describes_the_risk() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- The bathhouse owners must take the card; they are old family firms and they keep cash."
        ),
        0
    );
    // The team's own answer after the semicolon still answers.
    assert_eq!(
        mitigated_in(
            "## Risks\n- The bathhouse owners must take the card; our reader pays them the same evening in cash."
        ),
        1
    );
}

#[test]
fn a_design_that_needs_none_of_the_risky_thing_answers_it() {
    // What the product is built never to use, hold or need rules the risk
    // out: the answer is the design, said with "no".
    assert_each_mitigated_once(&[
        "## Risks\n- Privacy on the ward: the tablet collects no names, only a bed number.",
        "## Risks\n- Battery: the logger uses no radio and no screen.",
        "## Risks\n- Procurement is by each branch, so no central tender is needed.",
        "## Risks\n- The risk that pharmacies refuse the fee is answered by the six who paid it for a second year.",
    ]);
}

#[test]
fn not_seeing_much_risk_then_giving_the_reasons_is_an_assessment() {
    // In a letter, "I don't see much" opens the writer's reasons; it only
    // waves risk away when no reason follows it.
    let reasoned = "## Risks\nAs for risk, we don't see much. We already hold a contract with the printer, and if the cards don't sell we go back to the old leaflets.";
    let bare = "## Risks\nAs for risk, we don't see much. People will love it.";
    assert!(level_for(reasoned) <= 2, "{}", level_for(reasoned));
    assert!(level_for(bare) >= 4, "{}", level_for(bare));
}

#[test]
fn insurance_said_to_be_bought_answers_the_risk() {
    // The cover named first and the deed after it ("insurance bought") is
    // the same answer as "we bought insurance".
    assert_each_mitigated_once(&[
        "## Risks\n- Injury in the workshop: employer's liability insurance bought.",
        "## Risks\n- Theft from the van: insurance arranged.",
        "## Risks\n- Injury on site. Employer's liability insurance bought.",
    ]);
}

#[test]
fn none_that_worry_us_and_rivals_too_slow_to_compete_wave_risk_away() {
    assert_each_dismisses(
        &[
            "## Risks\nNone that worry me.",
            "## Risks\nNone which concern us.",
            "## Risks\nThe big banks are too slow to compete with us.",
        ],
        1,
    );
}

#[test]
fn rivals_already_in_the_market_are_competition_not_an_answer() {
    // A marketplace risk, then rivals "already here": the rivals are a
    // second risk, not the answer to the first.
    let body = "## Risks\nWe need both sides at once: sitters won't join without families and families won't book without sitters. Care.com and two local agencies are already here with deep pockets.";
    assert_eq!(mitigated_in(body), 0);
    assert_categories(&[(
        Step::Risks,
        "Two national chains are already in the local market.",
        &[Category::Competition],
    )]);
}

#[test]
fn a_licence_named_with_its_kind_is_regulation() {
    assert_categories(&[
        (
            Step::Risks,
            "Every driver needs a taxi licence.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "Each stall needs a street trading licence.",
            &[Category::Regulated],
        ),
    ]);
}

#[test]
fn a_partner_that_has_to_say_yes_is_a_dependency() {
    assert_categories(&[
        (
            Step::Risks,
            "The school board has to say yes.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "We wrote to the landlord. She could say no.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "The rollout depends on access to the tide gauges.",
            &[Category::Dependency],
        ),
    ]);
}

#[test]
fn going_back_to_an_old_habit_is_no_dependency() {
    // "into the Land Registry system" names an official register; "back to
    // the paper system" names the customer's old way, lower case and all.
    let body = "## Solution\nA sign-up sheet for the chess club's boards. We'll try it for a term; if fewer than 8 members use it, we stop and go back to the paper system.";
    assert_eq!(level_for(body), 1);
}

#[test]
fn a_claim_filed_into_an_offices_system_depends_on_that_office() {
    assert_categories(&[(
        Step::Solution,
        "The app submits it electronically to the regional office's new online filing system.",
        &[Category::Dependency],
    )]);
}

#[test]
fn what_we_do_not_control_is_a_dependency_not_a_safeguard() {
    let open = "## Risks\nThe pilot depends on things we do not control.";
    let design = "## Risks\nThe app does not control the sprinkler valves.";
    assert_eq!(mitigated_in(open), 0);
    assert_eq!(mitigated_in(design), 1);
}

#[test]
fn the_big_thing_announced_is_one_risk_told_at_length() {
    // A hard category and the partner behind it, announced as one thing:
    // one key dependency named but not mitigated, level 3, not two risks.
    let body = "## Risks\nThe big thing is the grid connection. The distribution company can refuse a bigger supply and has not replied, so we do not know the cost.";
    assert_eq!(level_for(body), 3);
}

#[test]
fn a_guarantee_in_the_offer_is_not_certainty_about_the_venture() {
    let term = "## Solution\nA laundry pickup for students, with delivery by Friday guaranteed.";
    let claim = "## Solution\nA laundry pickup for students. Success is guaranteed.";
    let shout = "## Solution\nA laundry pickup for students. Profit guaranteed!";
    assert_eq!(dismissals_in(term), 0);
    assert_eq!(dismissals_in(claim), 1);
    assert_eq!(dismissals_in(shout), 1);
}

#[test]
fn a_professional_who_checks_on_a_schedule_answers_the_risk() {
    // A standing arrangement, in the present tense, with its rhythm: done,
    // not promised. Without the rhythm it may be a one-off wish.
    assert_each_mitigated_once(&[
        "## Risks\nOur ration advice must stay within feed rules; a farm vet checks every recipe once a month.",
        "## Risks\nPayroll rules change often; an accountant reviews the tables each quarter.",
    ]);
}

#[test]
fn hard_things_owned_up_to_in_the_solution_are_named_though_open() {
    // No Risks section. The Solution lists two serious risks and admits it
    // has no answer yet: named but open, level 4. Without the admission the
    // same risks go unacknowledged, level 5.
    let solution = "## Solution\nA stall app where night-market cooks post tonight's dishes and students order ahead. The hard parts: we'd need both cooks and students on it at the same time in each market; every cook needs a street trading licence and a food hygiene rating.";
    let owned = format!("{solution} We haven't figured out how to deal with any of this yet.");
    assert_eq!(level_for(&owned), 4);
    assert_eq!(level_for(solution), 5);
}

#[test]
fn a_safeguard_still_being_looked_for_is_no_answer() {
    // "insured" names what the team is still trying to find, so the
    // dependency stays open; skippers already insured are the answer.
    let sought = "## Risks\nEverything depends on finding enough insured skippers before the regatta season.";
    let held = "## Risks\nEverything depends on our skippers; all six are already insured.";
    assert_eq!(mitigated_in(sought), 0);
    assert_eq!(mitigated_in(held), 1);
}

#[test]
fn what_the_writer_understands_a_risk_means_reports_it_and_rivals_already_out_there_compete() {
    // "Which I understand means …" is hearsay about the risk, as "which I
    // hear" is: it names the risk and answers nothing.
    assert_eq!(
        mitigated_in(
            "## Risks\nThe till must talk to the card readers, which I understand means a contract with the reader company."
        ),
        0
    );
    assert_categories(&[(
        Step::Risks,
        "There are several booking tools already, mostly for gyms.",
        &[Category::Competition],
    )]);
}

#[test]
fn kill_if_under_a_number_is_a_kill_criterion() {
    // "Kill if under …" is the stop rule written as a note: the bet is
    // shown to be small, not a risk left open.
    let text = "# X\n\nA tool. $8 a month.\n\n## Risks\nPhone-only, standard parts. Kill if under 60 paying kennels by next June.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.small_bet, "{text}");
    assert_eq!(super::super::level_of(score), 1, "{text}");
}

#[test]
fn our_own_pumps_a_gsm_module_and_assembly_are_hardware() {
    assert_categories(&[
        (
            Step::Solution,
            "Our own pump and controller, sold on instalments.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "Each gate gets a GSM relay module that opens it.",
            &[Category::Hardware],
        ),
        (
            Step::Solution,
            "The boxes are assembled in Kisumu from imported parts.",
            &[Category::Hardware],
        ),
    ]);
}

#[test]
fn paperwork_named_as_where_customers_find_us_is_a_channel_not_a_rule() {
    let risks = "## Risks\n- Two of us for six weeks; if fewer than 30 paying clubs by May we stop.\n- Coaches may ignore reminders. Mitigation: a weekly call from the club secretary.\n- Big booking apps could copy it; we stay narrow on junior football.";
    let channel = format!(
        "## Experience\nCoaches find us through the licensing course the league runs.\n\n{risks}"
    );
    let rule = format!("## Experience\nThe league runs a licensing course for coaches.\n\n{risks}");
    assert_eq!(level_for(&channel), 1);
    assert_eq!(level_for(&rule), 2);
}

#[test]
fn a_meeting_still_to_come_does_not_answer_a_dependency() {
    let body = "## Risks\n- We depend on the county rowing federation to list our boats. If they say no, few crews will find us. We have a first meeting in February.";
    assert_eq!(mitigated_in(body), 0, "{body}");
    assert_eq!(level_for(body), 3);
    // A meeting that was held and agreed answers it.
    let done = "## Risks\n- We depend on the county rowing federation to list our boats. We have their signed agreement from the March meeting.";
    assert_eq!(mitigated_in(done), 1, "{done}");
}

#[test]
fn each_item_of_a_risks_list_nested_under_its_label_is_a_risk_of_its_own() {
    // "- risks:" over an indented list (note style): every indented item
    // is a risk, not an answer to the first one.
    let notes = "# X\n\nA tool. $10 a month.\n\n- risks:\n  - two-sided market, we need hosts and guests in every town at once\n  - we don't know how we make money yet\n  - rival apps already exist and are free\n";
    let idea = parse_str(notes).unwrap_or_else(|e| panic!("parse: {e}"));
    let facts = analyze(&idea).2;
    assert_eq!(facts.mitigated, 0, "{facts:?}");
    assert!(super::super::level_of(analyze(&idea).0) >= 4);
}

#[test]
fn a_buyer_who_may_not_accept_our_record_can_say_no() {
    assert_categories(&[
        (
            Step::Risks,
            "The county archives may not accept our scans as originals.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "Two ferry lines might refuse to list our bike spaces.",
            &[Category::Dependency],
        ),
    ]);
}

#[test]
fn a_maker_named_carrier_is_no_carrier_that_can_say_no() {
    // "Carrier" with a capital, singular, is the refrigeration maker; the
    // phone and freight carriers a product depends on are written plain.
    let found = categories_of(
        Step::Solution,
        "The logger clips onto Carrier and Thermo King units in the trailer.",
    );
    assert!(!found.contains(&Category::Dependency), "{found:?}");
    for text in [
        "Mobile carriers filter texts from short codes.",
        "Carriers change their label formats every year.",
    ] {
        let found = categories_of(Step::Risks, text);
        assert!(found.contains(&Category::Dependency), "{text}: {found:?}");
    }
}

/// "Applied for and not yet got" reports the step taken and the answer
/// still missing: the permit is open, not a mitigation. The same sentence
/// with the permit in hand is one.
#[test]
fn a_permit_applied_for_and_not_yet_got_stays_open() {
    for waiting in ["got", "received", "granted"] {
        let body = format!(
            "## Risks\n- Selling needs a street trading permit that we applied for in May and not yet {waiting}."
        );
        assert_eq!(mitigated_in(&body), 0, "{body}");
    }
    let held =
        "## Risks\n- Selling needs a street trading permit; we applied in May and hold it now.";
    assert_eq!(mitigated_in(held), 1, "{held}");
}

/// A gatekeeper that "may not allow an add-on" can say no to the product as
/// surely as one that "may not allow our" app: the article does not change
/// who holds the key.
#[test]
fn a_gatekeeper_refusing_an_add_on_is_a_dependency() {
    assert_categories(&[
        (
            Step::Risks,
            "The marina's booking site may not allow an extra listing from us.",
            &[Category::Dependency],
        ),
        (
            Step::Risks,
            "Two ferry firms run the only sales desks, and they might not accept any outside offer.",
            &[Category::Dependency],
        ),
    ]);
}

/// A paragraph that answers one risk and then admits another of the same
/// kind holds two risks: the admission cannot be the first one named again,
/// because the first one is already answered.
#[test]
fn an_answered_risk_is_not_admitted_again_by_the_next_sentence() {
    let body = "## Risks\nChilled jars must travel cold and we depend on a carrier; we use a licensed carrier \
                with chilled vans, so that one is handled. The one still open: all our jars come from one \
                supplier, and we have no second source yet.";
    assert_eq!(mitigated_in(body), 1, "{body}");
    assert_eq!(level_for(body), 3, "{body}");
}

/// A risk said as a possibility and then what the team does if it
/// happens is a contingency, answered: "we would" is the condition's mood.
/// "We'd need …" is one more need, and stays open.
#[test]
fn a_contingency_after_a_possible_risk_is_a_mitigation() {
    assert_each_mitigated_once(&[
        "## Risks\n- Grooming salons could insist on their own booking app; we would add an export for each one.",
        "## Risks\n- Kennels may dislike the surcharge, we'd cap it at £5.",
    ]);
    assert_eq!(
        mitigated_in(
            "## Risks\n- Grooming salons could insist on their own booking app; we'd need their agreement first."
        ),
        0
    );
}

/// What already went wrong ("the hearing has already been postponed
/// twice") is the risk happening, not an answer to it; what is already
/// signed still answers.
#[test]
fn what_already_went_wrong_is_no_answer() {
    assert_eq!(
        mitigated_in(
            "## Risks\n- **Licensing.** The council must license each stall. The hearing has already been postponed twice."
        ),
        0
    );
    assert_eq!(
        mitigated_in(
            "## Risks\n- **Licensing.** The council must license each stall. The licence is already signed for two stalls."
        ),
        1
    );
}

/// Working with suppliers who may be trading illegally, or whose licence
/// has lapsed, is a legal risk in any trade.
#[test]
fn an_illegal_or_unlicensed_counterpart_is_regulated() {
    assert_categories(&[
        (
            Step::Risks,
            "Some of the boatyards we buy from are unlicensed, and the port is running a crackdown.",
            &[Category::Regulated],
        ),
        (
            Step::Risks,
            "A few sawmills have let their licence lapse; the ones whose licence has expired cannot sell to us.",
            &[Category::Regulated],
        ),
    ]);
}

/// Where the customers are installers, "tools for installers" in a risk
/// item names the customers, not a crew or kit the team must field: a
/// small, answered bet stays the rubric's smallest.
#[test]
fn installers_who_are_the_customers_are_not_our_hardware() {
    let risks = "## Risks\n\
        - Competition: big job-management suites for installers have scheduling modules. We stay narrow and export to them.\n\
        - Small bet: six weeks of build for two people; if fewer than 20 firms pay by month six, we shut it down.";
    let customers =
        format!("## Customer\nHeat-pump installers in Wales with 3 to 10 fitters.\n\n{risks}");
    assert_eq!(level_for(&customers), 1, "{customers}");
    let crew = format!("## Customer\nHomeowners in Wales with old oil boilers.\n\n{risks}");
    assert!(level_for(&crew) >= 2, "{crew}");
}

/// "We fit it at no upfront cost and add £20 a month to the bill" states
/// how it makes money: the "no" before the cost must not hide the price.
#[test]
fn no_upfront_cost_with_a_monthly_charge_is_priced() {
    let text = "# X\n\nA boiler monitor.\n\n## Experience\nWe fit it at no upfront cost and add £20 a month to the service bill.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.priced, "{text}");
}

#[test]
fn a_priced_bet_with_a_way_out_and_one_unnamed_serious_word_is_level_two() {
    // One rule in passing (the sign-up form asks about allergies) and a
    // bet the idea says how to end: readers judge the bet, but the rule is
    // still unnamed, so not level 1.
    let ending = "## Solution\nParents book a camp day online; the form asks about allergies. If fewer than 30 families book by May, we switch it off.";
    assert_eq!(level_for(ending), 2);
    // The same idea that only sizes the build says nothing of how the bet
    // ends: the rule stays the open risk it was.
    let sized = "## Solution\nParents book a camp day online; the form asks about allergies. Three weekends to build.";
    assert_eq!(level_for(sized), 3);
}

#[test]
fn a_crowd_going_back_to_its_old_way_is_no_way_back() {
    let small_bet = |pitch: &str| {
        let idea = parse_str(&format!("# X\n\n{pitch}\n")).unwrap_or_else(|e| panic!("{e}"));
        analyze(&idea).2.small_bet
    };
    assert!(!small_bet(
        "Growers try the co-op van, but it comes late, so most go back to the roadside dealer."
    ));
    assert!(small_bet(
        "Growers try the co-op van. If it comes late twice, we go back to the roadside dealer."
    ));
}

#[test]
fn not_counting_a_rival_as_a_real_competitor_waves_it_away() {
    assert_each_dismisses(
        &[
            "## Risks\n- The big chains sell kits too, but we don't see them as a real threat.",
            "## Risks\n- The council runs a free scheme; we do not consider it serious competition.",
        ],
        1,
    );
    // Seeing the rival as a threat is naming it, not waving it away.
    assert_each_dismisses(
        &["## Risks\n- We see the big chains as a real threat: they can match our price."],
        0,
    );
}

#[test]
fn a_gate_not_yet_passed_or_a_guessed_build_size_answers_nothing() {
    for body in [
        "## Risks\n- Bank feeds: the two big banks keep their feeds restricted to approved partners.",
        "## Risks\n- Bank feeds: we need all four feeds, and two are open only to accredited developers.",
        "## Risks\n- Build time: the whole thing is estimated at 16 months of work for a team of eight.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
    // A partnership the team already holds is an answer.
    assert_each_mitigated_once(&[
        "## Risks\n- Bank feeds: the two big banks keep their feeds for partners; our partnership was approved in May.",
    ]);
}

#[test]
fn talks_with_nothing_signed_leave_the_dependency_open() {
    for body in [
        "## Risks\n- If the one mill stops supplying us we have no wool; we are talking to a second mill but nothing is signed.",
        "## Risks\n- The ferry company could drop the deal; the renewal is not yet signed.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
    // A kill criterion about signing is a way out, not an open deal.
    assert!(
        level_for(
            "## Risks\n- Build: four weeks, already done. If we have not signed a third paying shop by June, we stop."
        ) <= 2
    );
}

#[test]
fn a_price_plan_is_a_noun_not_a_plan_to_act() {
    // "The £49 plan keeps …" states a fact about the price; "we plan to
    // cap it" is a promise.
    assert_each_mitigated_once(&[
        "## Risks\n- Model costs per call: the 200-call cap on the £49 plan keeps every account above a 55% margin.",
    ]);
    assert_eq!(
        mitigated_in(
            "## Risks\n- Model costs per call: we plan to cap calls on the £49 tier at 200."
        ),
        0
    );
}

#[test]
fn the_rule_restated_or_a_rival_already_at_work_answers_nothing() {
    for body in [
        "## Risks\n- Regulation: selling travel cover is regulated by the central bank. We would have to join a licensed agent.",
        "## Risks\n- Rivals: the big portals already compare boiler quotes for homeowners online.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
}

#[test]
fn a_light_rule_met_in_passing_beside_an_answered_small_bet_is_level_one() {
    let text = |pitch: &str| {
        format!(
            "# X\n\n{pitch} £30 a course.\n\n## Risks\n- Build: one of us, four weeks on a hosted course platform.\n- Apprentices may not finish the course; we send a weekly reminder and most pilot users finished.\n- If fewer than 100 courses sell by June, we stop and refund.\n"
        )
    };
    let level = |pitch: &str| {
        let idea = parse_str(&text(pitch)).unwrap_or_else(|e| panic!("parse: {e}"));
        let (score, _, facts) = analyze(&idea);
        assert!(facts.unnamed.contains(&Category::Regulated), "{facts:?}");
        super::super::level_of(score)
    };
    // An exam the customers must pass is a rule they meet, not the product's.
    assert_eq!(
        level(
            "Mock tests for the licensing exam apprentice electricians must pass to be certified."
        ),
        1
    );
    // Children's data is the product's own heavy regulation.
    assert_eq!(
        level("Mock tests that keep each child's exam records to be certified."),
        2
    );
}

#[test]
fn monthly_terms_with_no_contract_are_a_way_back_not_a_missing_deal() {
    // The customer's freedom to leave names no open unknown …
    assert_categories(&[
        (
            Step::Risks,
            "Rolling monthly plan, no contract, so a bakery can leave whenever it likes.",
            &[],
        ),
        // A free first term beside it is the same freedom.
        (
            Step::Risks,
            "The first two weeks are free and there is no contract, so a salon risks nothing by trying.",
            &[],
        ),
        // … but a partner with no contract is still a deal not yet made.
        (
            Step::Risks,
            "The flour mill has no contract with us yet.",
            &[Category::Unknown],
        ),
    ]);
}

#[test]
fn a_fallback_for_when_it_fails_and_a_person_who_signs_off_are_answers() {
    assert_each_mitigated_once(&[
        // A fallback is a contingency by nature: said in the future, it is
        // still the answer for when the thing fails.
        "## Risks\n- **Labels peeling.** Vinyl labels may peel in cold stores. We will try two adhesives in the pilot and fall back to stencilled bay numbers where labels peel.",
        // The person, not the software, carries the judgement.
        "## Risks\n- **Liability for a wrong reading.** The pharmacist, not the app, signs off every dose, and the printout says so.",
    ]);
    // The risk alone, with no answer, is still open.
    assert_eq!(
        mitigated_in("## Risks\n- **Labels peeling.** Vinyl labels may peel in cold stores."),
        0
    );
}

#[test]
fn the_risks_here_are_small_waves_them_away() {
    assert_each_dismisses(
        &[
            "## Risks\nTo be fair, the risks here are small.",
            "## Risks\nThe risks for this product are really low.",
        ],
        1,
    );
}

#[test]
fn under_a_bare_title_a_risk_colon_answer_line_is_answered() {
    assert_each_mitigated_once(&[
        "## Risks\n- **Frost damage.** Hard frost can crack the outdoor display cases in the garden centre: double-walled cases with a heating strip, and a winter check added to the opening rota.",
    ]);
    // The same line with no answer after the risk stays open.
    assert_eq!(
        mitigated_in(
            "## Risks\n- **Frost damage.** Hard frost can crack the outdoor display cases in the garden centre."
        ),
        0
    );
}

#[test]
fn a_check_repeated_on_a_schedule_answers_a_changing_rule() {
    assert_each_mitigated_once(&[
        "## Risks\n- Food labelling rules change now and then; I will check every recipe card against the agency's guidance each quarter.",
    ]);
    // A check promised once, with no schedule, is still a plan.
    assert_eq!(
        mitigated_in(
            "## Risks\n- Food labelling rules change now and then; I will check the recipe cards."
        ),
        0
    );
}

#[test]
fn not_thinking_there_are_risks_waves_them_away() {
    assert_each_dismisses(
        &[
            "## Risks\nI don't think there is really risks here.",
            "## Risks\nThe licence, I do not think it is a issue.",
            "## Risks\nNobody else do this in our town.",
        ],
        1,
    );
}

#[test]
fn minimal_data_covered_by_standard_terms_is_answered() {
    assert_each_mitigated_once(&[
        "## Risks\n- Customer data is minimal (first names and plot numbers) and covered by the society's usual privacy notice.",
        "## Risks\n- Patient data is kept to a minimum.",
    ]);
}

#[test]
fn no_way_to_charge_said_twice_is_one_risk() {
    // Two sentences about who pays are one viability risk: level 3, not
    // the several serious risks of level 4.
    assert_eq!(
        level_for(
            "## Risks\nMaybe the landlords don't want to pay. I am not sure yet who pays, the tenant or the landlord."
        ),
        3
    );
}

#[test]
fn consent_and_a_written_impact_assessment_answer_a_data_rule() {
    assert_each_mitigated_once(&[
        "## Risks\n- Pupils' allergy data: only first names and allergies are kept, with parental consent.",
        "## Risks\n- Patients' data: only initials are stored; a DPIA is written.",
    ]);
    // Consent still to be sought answers nothing yet.
    assert_eq!(
        mitigated_in("## Risks\n- Pupils' allergy data: we will need parental consent."),
        0
    );
}

#[test]
fn under_a_threshold_we_shut_it_is_a_kill_criterion() {
    let facts = facts_for(
        "## Risks\nUnder 25 paying salons by the end of month 3, we shut it and refund them.",
    );
    assert!(facts.small_bet && facts.way_out, "{facts:?}");
}

#[test]
fn both_parties_needed_at_once_is_a_two_sided_market() {
    assert_categories(&[(
        Step::Risks,
        "We need tutors to sign up in each town, and parents to book them, at the same time.",
        &[Category::Marketplace],
    )]);
}

#[test]
fn a_stated_heavy_weight_and_overseas_factories_are_hardware() {
    assert_categories(&[
        (
            Step::Risks,
            "The kilns are heavy (about 300 kg) and need a floor survey.",
            &[Category::Hardware],
        ),
        (
            Step::Risks,
            "The mugs come from two factories abroad.",
            &[Category::Hardware],
        ),
    ]);
}

#[test]
fn doubtful_output_passed_to_a_person_to_approve_is_answered() {
    assert_each_mitigated_once(&[
        "## Risks\n- Doubtful matches are passed to an editor to approve, never published blind.",
    ]);
}

#[test]
fn none_that_matter_waves_risk_away() {
    assert_each_dismisses(&["## Risks\nNone that matter."], 1);
}

#[test]
fn advice_not_yet_taken_is_an_open_unknown() {
    assert_categories(&[(
        Step::Risks,
        "The riders could be employees in law; we have not taken tax advice yet.",
        &[Category::Unknown],
    )]);
}

#[test]
fn a_margin_the_same_sentence_doubts_is_open_viability() {
    let body = "## Risks\n- We earn £2 per order; it may not cover courier costs.";
    assert_eq!(mitigated_in(body), 0);
    assert_categories(&[(
        Step::Risks,
        "We earn £2 per order; it may not cover courier costs.",
        &[Category::Money],
    )]);
}

#[test]
fn the_verdict_of_a_kill_criterion_is_no_unknown() {
    let facts = facts_for(
        "## Risks\nIf under a third of the trial farms reorder by spring, we will count the idea as not proven and close it.",
    );
    assert!(facts.way_out && facts.open_unknown == 0, "{facts:?}");
}

#[test]
fn a_small_bet_with_a_way_out_is_not_sunk_by_what_the_pitch_touches() {
    // The Solution names a device and clinical work; the Risks section
    // shows a small bet, how it ends, and answers what it names. The
    // categories are what the bet is about: level 2, not the several open
    // serious risks of level 4.
    let body = "## Solution\nA charging dock and spare batteries for patients' hearing aids on the ward; the audiologist does the clinical checks.\n\n\
                ## Risks\nCheap to try: 5 docks at £40 each and one ward for a month. If fewer than half the aids are charged at the next check, I stop. \
                Nurses may forget to dock the aids; we tape a one-page checklist to each dock.";
    assert_eq!(level_for(body), 2);
}

#[test]
fn a_fallback_that_works_meanwhile_answers_a_dependency() {
    assert_each_mitigated_once(&[
        "## Risks\n- Wholesalers must accept our order file; the plain CSV works with every wholesaler meanwhile.",
    ]);
}

#[test]
fn maybe_not_enough_members_is_an_open_unknown() {
    assert_eq!(
        level_for("## Risks\nMight not get enough members at first."),
        3
    );
}

#[test]
fn a_condition_on_the_risk_before_it_is_its_consequence() {
    // "If they …" and "If the marinas won't, …" say what the one open
    // dependency would cost: still one risk, admitted again after it.
    let open_of = |risks: &str| facts_for(&format!("## Risks\n{risks}")).open;
    let pronoun = "All our green beans come from one roaster in Hamburg. If they raise prices or close, every blend has to be re-tasted from scratch. We have not lined up a second roaster yet.";
    assert_eq!(open_of(pronoun), BTreeSet::from([Category::Dependency]));
    let noun = "## Risks\nMarinas must accept our photo log as proof of a hull inspection. If the marinas won't, owners keep booking the diver as before and the app is dead weight. We have not asked a single marina yet.";
    assert_eq!(level_for(noun), 3);
    // "If we …" is the team's own choice going wrong: a risk of its own,
    // though it names the roaster again.
    let ours = "All our green beans come from one roaster in Hamburg. If we order too few beans from the roaster, the cafés run dry within a week.";
    assert_eq!(
        open_of(ours),
        BTreeSet::from([Category::Dependency, Category::General])
    );
}

#[test]
fn a_limit_conceded_on_what_a_partner_offers_answers_nothing() {
    // "… but only in one colour" is what the partner will not do yet.
    let conceded = "## Risks\nThe kits depend on the two tanneries selling us offcuts. Both sell offcuts to saddlers now, but only in one colour, and we have not asked about the volumes we need.";
    assert_eq!(facts_for(conceded).mitigated, 0);
    // "We sell only in Bristol at first" is a scope the team chose.
    let chosen = "## Risks\nDelivery costs could eat the margin. We sell only in Bristol at first, within our own van's round.";
    assert_eq!(facts_for(chosen).mitigated, 1);
}

#[test]
fn a_gate_after_the_answer_is_part_of_it() {
    // "… or they're not in that week" is how the rule is enforced, not a
    // hedge on the answer.
    let gated = "## Risks\n- A member doesn't pay: they pay by card before the box is packed or they're not in that week.";
    assert_eq!(facts_for(gated).mitigated, 1);
}

#[test]
fn suppliers_who_may_not_share_their_prices_are_a_dependency() {
    // A comparison that needs the garages' own figures waits on their yes.
    assert_reads_as(
        Step::Risks,
        &[
            (
                "Garages might not want to share their prices with us.",
                Category::Dependency,
            ),
            (
                "Letting agents won't want to share their void dates with us.",
                Category::Dependency,
            ),
        ],
    );
}

#[test]
fn a_partner_that_has_said_yes_in_writing_holds_no_key_dependency() {
    // A small bet whose one partner has already agreed in writing can be
    // the rubric's smallest; a promise to get it in writing cannot.
    let agreed = "## Risks\n- Two weekends to build; if fewer than 15 riders book by May, we stop.\n- We rely on the ferry company's timetable feed: they confirmed in writing that we may use it.";
    assert_eq!(level_for(agreed), 1);
    let promised = "## Risks\n- Two weekends to build; if fewer than 15 riders book by May, we stop.\n- We rely on the ferry company's timetable feed: we will get their yes in writing.";
    assert!(level_for(promised) > 1);
}

#[test]
fn growing_as_a_company_answers_no_risk() {
    // "As we grow" is a time in the company's future, not a move against
    // the risk; scaling back to one town is a move.
    let growing = "## Risks\n- The payment processor may freeze our account. We will sort this out with better processes as we grow.";
    assert_eq!(mitigated_in(growing), 0);
    let scaled = "## Risks\n- The payment processor may freeze our account. We scale back to one town and invoice by hand until it is lifted.";
    assert_eq!(mitigated_in(scaled), 1);
}

/// "The biggest open question is …" announces one risk as "the key
/// dependency is …" does: the rights it needs and the body that grants
/// them are that one question, not two risks.
#[test]
fn the_biggest_open_question_announces_one_risk() {
    let one = "## Risks\nThe biggest open question is copyright: putting the hymns online may need the publisher's permission, and we have not yet spoken to any publisher or to the licensing society.";
    assert_eq!(level_for(one), 3);
}

/// "The recipes are copyrighted" names the rights risk as "copyright" does.
#[test]
fn something_copyrighted_needs_the_rights_holders_leave() {
    assert_reads_as(
        Step::Risks,
        &[(
            "The knitting patterns are copyrighted, I believe.",
            Category::Dependency,
        )],
    );
}

/// A word that could answer a risk ("public") inside the condition that
/// sets the risk up answers nothing: the answer would follow the comma.
#[test]
fn an_answer_word_inside_the_condition_answers_nothing() {
    let set_up = "## Risks\nOne thing could stop us: the drivers. If they do not want their rates made public, they can refuse to tell our helpers, or give false rates.";
    assert_eq!(mitigated_in(set_up), 0);
    let answered = "## Risks\nOne thing could stop us: the depot's timetable. If the depot says no we copy it from the public notice board by hand.";
    assert_eq!(mitigated_in(answered), 1);
}

/// A guess the product is built around ("the interval is a guess, so every
/// reminder has a snooze button") is an unknown with its answer; the guess
/// alone is still open.
#[test]
fn a_guess_with_a_design_around_it_is_answered() {
    let designed = "## Risks\nThe right interval between cleans is a guess, so every reminder has a snooze button that pushes it back a fortnight.";
    assert_eq!(mitigated_in(designed), 1);
    let guessed = "## Risks\nThe right interval between cleans is a guess, so every reminder may come at the wrong time.";
    assert_eq!(mitigated_in(guessed), 0);
}

/// "The main thing I'm not sure about is …" announces one risk: the
/// guesses at a price that follow are that same unknown, not a second risk.
#[test]
fn the_main_thing_we_are_unsure_of_announces_one_risk() {
    let one = "## Risks\nThe main thing we're not sure about is how the bike map pays for itself. Maybe ads, maybe a paid tier, maybe repair shops pay to be listed. We haven't settled it.";
    let facts = facts_for(one);
    assert_eq!(facts.open_serious + facts.open_unknown, 1);
}

/// Kit that "has to survive kids and rain" is hardware to keep alive, and
/// so is a VR headset; a tracker "not something we've seen working" or
/// "still in development" at the supplier is technology not yet proven.
#[test]
fn kit_that_must_survive_use_and_tech_not_seen_working_are_named() {
    assert_reads_as(
        Step::Risks,
        &[
            (
                "The boards: we'd need forty, and they have to survive children and salt spray.",
                Category::Hardware,
            ),
            (
                "Each guest wears a VR headset for the tour.",
                Category::Hardware,
            ),
            (
                "Reading the dart's landing spot from one camera is not something we've seen done well.",
                Category::Unproven,
            ),
            (
                "The supplier says the tracking chip is still in development.",
                Category::Unproven,
            ),
        ],
    );
}

/// Resting on one maker of any trade is a single-source dependency, and
/// "legal complexity" names the law as a risk.
#[test]
fn a_single_maker_and_legal_complexity_are_named_risks() {
    assert_reads_as(
        Step::Risks,
        &[
            (
                "The kilns depend on a single specialist bricklayer in the county.",
                Category::Dependency,
            ),
            (
                "Selling the recipes abroad brings legal complexity we have not looked at.",
                Category::Regulated,
            ),
        ],
    );
}

/// A supplier of the team's own that must open its system is a partner
/// that can say no, said with "our" as often as with "the"; a plan whose
/// sums nobody has done is an admitted unknown.
#[test]
fn our_own_supplier_opening_up_and_an_unmodelled_plan_are_open_risks() {
    assert_reads_as(
        Step::Risks,
        &[
            (
                "Online booking needs our ticketing supplier to open up their system.",
                Category::Dependency,
            ),
            (
                "Income would have to come from repeat visits, and we haven't modelled that.",
                Category::Unknown,
            ),
            (
                "The running costs after year one haven't been costed.",
                Category::Unknown,
            ),
        ],
    );
}

/// The store where a software's add-ons are listed is no two-sided market;
/// a marketplace the team runs still is.
#[test]
fn an_add_on_store_is_not_a_two_sided_market() {
    assert_categories(&[
        (
            Step::Experience,
            "Practices switch it on from the marketplace in their dental software.",
            &[],
        ),
        (
            Step::Experience,
            "Salons install it from the app marketplace.",
            &[],
        ),
        (
            Step::Experience,
            "Our marketplace matches locksmiths with landlords.",
            &[Category::Marketplace],
        ),
    ]);
}

/// Damage in transit and a thin margin are risks in their own words: a
/// Risks section made of them, each with its answer, has faced risk rather
/// than said nothing about it.
#[test]
fn damage_and_a_thin_margin_named_with_answers_are_faced_risks() {
    let answered = "## Risks\n- Courier damage: every order ships in a double-walled box.\n- Margins are thin at first: our supplier fixed the trade price for a year.";
    assert_eq!(level_for(answered), 2);
    let open = "## Risks\n- Keys get damaged in the post.";
    assert_eq!(facts_for(open).open_minor, 1);
}

/// A price per unit written with a hyphen ("£60 per-lock deposit") is a
/// way to charge like "£60 per lock".
#[test]
fn a_hyphenated_price_per_unit_is_a_way_to_charge() {
    let priced = pitch_priced;
    assert!(priced("Thirty owners have paid the £60 per-lock deposit."));
    assert!(!priced("Thirty owners have asked about the lock service."));
}

/// A product built on a named platform's API rests on that platform, and a
/// plan "we don't have … yet" is an admitted gap; an API described only as
/// standard is the team's own choice of tool.
#[test]
fn a_named_platforms_api_is_a_dependency_and_a_missing_plan_is_unknown() {
    assert_reads_as(
        Step::Risks,
        &[
            (
                "Everything is built on the Square Appointments API.",
                Category::Dependency,
            ),
            (
                "If they raise the price we don't have a plan for that yet.",
                Category::Unknown,
            ),
        ],
    );
    assert_categories(&[(
        Step::Risks,
        "It is built on a standard e-signature API, three weeks of work.",
        &[],
    )]);
}

/// "Not yet tested at scale" is unproven technology only where a
/// technology is named; about an arrangement with partners it is an
/// admitted unknown.
#[test]
fn an_untested_arrangement_is_unknown_not_unproven_technology() {
    assert_categories(&[
        (
            Step::Risks,
            "This is not yet tested at scale: two practices are keen, but nothing is agreed.",
            &[Category::Unknown],
        ),
        (
            Step::Risks,
            "The key-cutting machine has not been tested at scale.",
            &[Category::Unproven, Category::Unknown],
        ),
    ]);
}

/// "Nobody else rents these out" waves competition away as surely as
/// "nobody else does this".
#[test]
fn nobody_else_renting_or_running_it_is_a_dismissal() {
    assert_each_dismisses(
        &[
            "## Risks\n- No one else rents these out.",
            "## Risks\n- Nobody else in town runs them.",
        ],
        1,
    );
}

/// A way out said in a trade's own words ("we fold the stall away", "we
/// pack it up") is a kill criterion like "we stop".
#[test]
fn folding_or_packing_it_away_when_nobody_comes_is_a_way_out() {
    for way_out in [
        "If nobody comes by March, we fold the stall away.",
        "If fewer than ten people book, we pack it up.",
    ] {
        let body =
            format!("## Risks\n- Key blanks may run short: we hold a month's stock.\n- {way_out}");
        assert!(facts_for(&body).small_bet, "{way_out}");
    }
}

/// The technology a rival sells is the competition, not a technology the
/// team must make work; the team's own, named beside a rival, still is.
#[test]
fn a_rivals_ai_is_competition_not_our_unproven_technology() {
    assert_categories(&[
        (
            Step::Risks,
            "The main competitor is the big AI booking tools.",
            &[Category::Competition],
        ),
        (
            Step::Risks,
            "Unlike competitors, our AI reads the X-rays.",
            &[Category::Unproven, Category::Competition],
        ),
    ]);
}

/// Bank examiners enforce rules; a driving or exam examiner does not
/// regulate the product, and names no rule to pass.
#[test]
fn only_a_bank_examiner_is_a_regulator() {
    assert_categories(&[
        (
            Step::Risks,
            "Driving examiners keep their test routes to themselves.",
            &[],
        ),
        (
            Step::Risks,
            "Bank examiners will look at how we hold deposits.",
            &[Category::Regulated],
        ),
    ]);
}

/// "No dependency on anyone else: no API, no partner" and "nothing to
/// depend on" say the design needs nobody's yes: the "no partner" in the
/// list is what the design leaves out, not a partner still missing.
#[test]
fn a_design_that_depends_on_nobody_answers_the_dependency_risk() {
    let body = "## Risks\n- Build: two weeks of evenings, a plain web page.\n\
                - No dependency on anyone else: no shared data, no API, no partner.\n\
                - If fewer than 30 pay by June, I switch it off.";
    assert_eq!(level_for(body), 1);
    let bare = "## Risks\n- Build: two weeks, one developer.\n\
                - No logins, no partners: nothing to depend on.";
    assert_eq!(level_for(bare), 1);
    // A partner the team has not found yet is still an open unknown.
    let missing = "## Risks\n- Build: two weeks, one developer.\n- We have no partner yet.";
    assert!(level_for(missing) >= 3);
}

/// Where inspectors are the customers ("the tablets these inspectors
/// use"), the word names people at their own work, not a regulator the
/// product must satisfy. Inspectors who may refuse the product are one.
#[test]
fn inspectors_doing_their_own_work_are_customers_not_a_regulator() {
    assert_categories(&[
        (
            Step::Risks,
            "- We must read the logs from the two meters these inspectors carry.",
            &[],
        ),
        (
            Step::Risks,
            "- Drain inspectors who already pay for a report app may not switch.",
            &[],
        ),
        // How the users take to a tool is their habit, not a rule.
        (
            Step::Risks,
            "- Lift inspectors who dislike tablets: the office can still type up their notes.",
            &[],
        ),
    ]);
    assert_reads_as(
        Step::Risks,
        &[(
            "- The inspectors may refuse our reports.",
            Category::Regulated,
        )],
    );
}

/// "Hardware: we have to make a device" names the burden twice: what the
/// team has to do is the risk, not a fact that answers it.
#[test]
fn what_we_have_to_do_after_the_label_is_the_risk_not_its_answer() {
    let body =
        "## Risks\n- Hardware: we have to make a sensor, and its battery has to last a year.";
    assert_eq!(mitigated_in(body), 0);
    assert!(level_for(body) >= 3);
    let answered = "## Risks\n- Hardware: the sensor is a stock part our supplier already ships.";
    assert_eq!(mitigated_in(answered), 1);
}

/// Words of the customer's world that read like a maker's: "compliance
/// tooling" is software, and "factories pay for this" names the buyers.
/// The moulds' tooling and a factory we need are still hardware.
#[test]
fn software_tooling_and_factories_that_pay_are_not_hardware() {
    assert_categories(&[
        (
            Step::Risks,
            "- Brands buy plenty of compliance tooling.",
            &[],
        ),
        (
            Step::Risks,
            "- Factories pay for this out of the safety budget.",
            &[],
        ),
    ]);
    assert_reads_as(
        Step::Risks,
        &[
            (
                "- The tooling for the moulds costs £20,000.",
                Category::Hardware,
            ),
            ("- We need a factory to make the boxes.", Category::Hardware),
        ],
    );
}

/// A section that lists its open risks and then shrugs ("but if it's fun
/// enough people won't mind") has still named them: the shrug raises the
/// level a step, short of the unacknowledged 5. A shrug beside one named
/// risk is the rubric's dismissive section.
#[test]
fn a_shrug_after_a_list_of_open_risks_does_not_unsay_them() {
    let listed = "## Risks\n- Carpenters might not answer video calls in their busy season.\n\
                  - Customers might lose interest after one kit.\n\
                  - I haven't worked out what to charge yet.\n\
                  - But if it's fun enough people won't mind!";
    assert_eq!(level_for(listed), 4);
    let lone = "## Risks\n- I haven't worked out what to charge yet.\n\
                - But if it's fun enough people won't mind!";
    assert_eq!(level_for(lone), 5);
}

/// A retention limit answers the data an item keeps ("recordings are
/// erased after 30 days"), and a note's "Trial:" label with a figure and
/// what happened is a result, the answer to the risk before it. The same
/// label over a plan ("Trial: 6 weeks from May") answers nothing yet.
#[test]
fn a_retention_limit_and_a_labelled_trial_result_answer_their_risk() {
    assert_each_mitigated_once(&[
        "## Risks\n- Recordings of callers are personal data. Privacy page on the booking form, recordings erased after 30 days.",
        "## Risks\n- Drivers may skip the scan. Trial: 4 seconds a parcel, 19 of 20 drivers kept scanning.",
    ]);
    assert_eq!(
        mitigated_in("## Risks\n- Drivers may skip the scan. Trial: 6 weeks from May, 20 drivers."),
        0
    );
}

/// "Everything hangs on …", "the whole plan hinges on …": the one thing
/// the idea waits on, as plainly as "depends on". A sheet that hangs on a
/// door is no dependency.
#[test]
fn what_everything_hangs_on_is_a_key_dependency() {
    assert_reads_as(
        Step::Risks,
        &[
            (
                "Everything hangs on the quarry selling us its offcuts.",
                Category::Dependency,
            ),
            (
                "The whole plan hinges on the marina renewing our berth.",
                Category::Dependency,
            ),
        ],
    );
    assert_categories(&[(Step::Risks, "A rota hangs on the staffroom door.", &[])]);
}

/// "Money-wise, …" opens a topic of its own: its answer ("people pay that
/// already") answers the money, not the supplier left open before it.
#[test]
fn a_topic_named_at_the_opening_starts_a_new_risk() {
    let body = "## Risks\nWe depend on one mill selling us its yarn. \
                They said they'd think about it. \
                Price-wise we'd charge what shops pay already.";
    let f = facts_for(body);
    assert_eq!(f.open_serious, 1, "{f:?}");
}

/// "Farm shops are a second route", "stalls as a second channel": another
/// way to the customer, or to the stock, answers the dependency on the
/// first.
#[test]
fn a_second_route_answers_the_dependency_on_the_first() {
    assert_each_mitigated_once(&[
        "## Risks\n- **We reach growers through one seed merchant.** Farm shows are a second route, and half our trial growers came that way.",
        "## Risks\n- Repeat orders unknown. Pause-a-month option + market stalls as a second channel.",
    ]);
}

/// A Risks section that is one dismissal and its reasons ("We see no real
/// risks. The vans are reliable.") is the rubric's dismissive section,
/// level 5, even when no serious category is named anywhere.
#[test]
fn a_lone_dismissal_that_is_the_whole_section_is_level_5() {
    for body in [
        "## Risks\nWe see no real risks. Bakers have always bought flour this way, and the vans are reliable.",
        "## Risks\nHonestly, none. The kilns are proven and galleries always have budgets.",
    ] {
        assert_eq!(level_for(body), 5, "{body}");
    }
}

/// What the team has done, taken back in the same line ("we have stitched
/// 30; the launch needs 400, … which we haven't placed"), a result short of
/// what was promised ("20 metres, not the 50 we promised") and a date
/// missed with a debt owed ("if we miss the show we owe refunds") all
/// state the risk; none of them answers it.
#[test]
fn a_shortfall_a_gap_and_a_debt_are_not_answers() {
    for body in [
        "## Risks\n- Stock: we have hand-stitched 30 bags; the launch needs 400, and the factory quote is 10 weeks from order, which we haven't placed.",
        "## Risks\n- Range: the tag reads about 20 metres, not the 50 we promised on the box.",
        "## Risks\n- Cash: if we miss the show we owe refunds that we may not be able to pay.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
}

/// A consultant's list answers nothing: "a two-sided market needs both
/// sides" describes the risk ("-sided" is no verb of an answer), "rates
/// are to be determined" is an unknown, and "mitigation plans to be
/// scoped later" or "will be defined in the second stage" is work not yet
/// begun.
#[test]
fn labels_over_descriptions_and_work_to_be_scoped_answer_nothing() {
    for body in [
        "## Risks\n- **Liquidity:** a two-sided platform requires a critical mass of growers and of buyers.",
        "## Risks\n- **Fees:** the subscription price and the commission are to be determined.",
        "## Risks\n- The council may not renew the licence.\n\nMitigation plans to be scoped in the next phase.",
        "## Risks\nThe regulator may not accept the records. Mitigations will be defined in the second stage.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
}

/// "The printable sheet covers that case": a follow-up naming what the
/// product already has for the risk just said answers it.
#[test]
fn a_feature_that_covers_that_case_answers_the_risk() {
    assert_each_mitigated_once(&[
        "## Risks\n- Some crews may prefer paper to a phone. The printable job sheet covers that case.",
        "## Risks\n- Some crews may prefer paper to a phone. The printed card handles that.",
    ]);
}

/// A phone's microphone that hears a tap or a tone records nobody: it is
/// known technology, not a rule on recording people.
#[test]
fn a_microphone_that_hears_an_instrument_is_no_rule() {
    let body = "## Risks\n- Build: two weeks for one developer. The app uses the phone microphone to time the beat.";
    let f = facts_for(body);
    assert!(!f.touched.contains(&Category::Regulated), "{f:?}");
}

/// "The model will improve as we get more data": a time in the company's
/// future, not a move the team makes against the risk.
#[test]
fn what_happens_as_we_grow_answers_nothing() {
    for body in [
        "## Risks\nHonestly, the AI will learn it as we get more clips.",
        "## Risks\nThe AI will work it out while we add more farms.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
}

/// "Nothing to install" makes the product easy for the customer to start;
/// it says nothing of how big the team's bet is, unlike "nothing to build"
/// or "nothing to buy".
#[test]
fn nothing_for_the_customer_to_install_is_not_a_small_bet() {
    let easy = "## Risks\n- Farms may not bother to sign up. Mitigation: no login for the farmer, nothing to install, and the form opens on any phone.";
    assert!(!facts_for(easy).small_bet, "{easy}");
    let small = "## Risks\n- Farms may not bother. Mitigation: nothing new to build; we use the booking tool we already pay for.";
    assert!(facts_for(small).small_bet, "{small}");
}

/// "We have no insurance cover for that" admits the gap: the "no" sits
/// between the verb and the cover, where a reading of the verb alone would
/// miss it. Cover the team does carry still answers the risk.
#[test]
fn having_no_insurance_cover_answers_nothing() {
    let none = "## Risks\n- If a ladder slips on site, we are liable. We have no insurance cover for that.";
    assert_eq!(mitigated_in(none), 0, "{none}");
    let held = "## Risks\n- If a ladder slips on site, we are liable. We carry public liability cover for that.";
    assert_eq!(mitigated_in(held), 1, "{held}");
}

/// A concern answered in the same sentence by how the product is made:
/// "…, so notes are kept on the phone until…", "…, so the fee is set low
/// enough that…". Each is a risk named with its mitigation.
#[test]
fn a_concern_answered_by_the_design_in_one_breath_is_mitigated() {
    assert_each_mitigated_once(&[
        "## Risks\nCoverage on many allotment sites is weak, so readings are kept on the phone until it finds a signal.",
        "## Risks\nParish councils watch every penny, so the fee is set low enough that the clerk can sign it off alone.",
        "## Risks\nIt only works if the beekeeper joins in, so the beekeeper's side is free and also works by text.",
    ]);
}

/// "Would be covered by the club's existing insurance", "will follow our
/// existing safeguarding policies": the control is already held; the
/// modal only says when it applies.
#[test]
fn a_control_already_held_is_no_promise_whatever_the_modal() {
    assert_each_mitigated_once(&[
        "## Risks\nDamage to borrowed saws would be covered by the guild's existing equipment insurance.",
        "## Risks\nChecks on adults working with children will follow our existing safeguarding policies.",
    ]);
}

/// "Funding: the grant covers the costs" answers who pays.
#[test]
fn a_grant_that_covers_the_costs_answers_who_pays() {
    assert_each_mitigated_once(&[
        "## Risks\n- Who pays: the parish grant covers the costs; walkers pay nothing.",
    ]);
}

/// "We have no answer to this yet" leaves the risk before it open.
#[test]
fn a_risk_with_no_answer_yet_is_open() {
    let body =
        "## Risks\n- Riders may book once and then go direct. We have no answer to this yet.";
    assert!(facts_for(body).open_unknown >= 1, "{body}");
}

/// "I have thought hard about the risks" reports thinking, not a step
/// taken against any of them.
#[test]
fn having_thought_about_the_risks_mitigates_none() {
    assert_eq!(
        mitigated_in(
            "## Risks\nWe have thought hard about what could go wrong, and we do not see anything serious."
        ),
        0
    );
}

/// Answers by design: no personal data is ever handled, reports are never
/// shared and that is written into the terms, the tool works with a rough
/// list.
#[test]
fn answers_by_design_in_other_words() {
    assert_each_mitigated_once(&[
        "## Risks\n- Data protection: no pupil information is ever handled, only the class name.",
        "## Risks\n- Growers may fear that logging a disease brings an inspection. Logs are never shared with the inspectorate, and this is written into our terms.",
        "## Risks\n- Shops may not keep their prices current: the app works with rough prices, and staff can correct any line.",
    ]);
}

/// "No partners or suppliers we depend on" says the bet leans on nobody: no
/// unknown is admitted.
#[test]
fn no_partners_we_depend_on_is_no_unknown() {
    for body in [
        "## Risks\n- No partners or suppliers we depend on: the flour comes from any mill.",
        "## Risks\n- No partners or suppliers I depend on: the flour comes from any mill.",
    ] {
        let facts = facts_for(body);
        assert_eq!(
            facts.open_unknown + facts.open_serious,
            0,
            "{body}: {facts:?}"
        );
    }
}

/// A loss the team makes good at its own cost ("a cracked tile is replaced
/// free") answers the risk.
#[test]
fn a_remedy_at_our_cost_is_a_mitigation() {
    assert_each_mitigated_once(&[
        "## Risks\n- Frost: glazed tiles; a tile damaged early is replaced free.",
    ]);
}

/// "22 cafes paid the first month (£25) up front": a counted group paying a
/// sum is a way to charge.
#[test]
fn a_counted_group_paying_a_sum_is_priced() {
    assert!(priced_in(
        "Evidence",
        "22 cafes paid the first month (£25) up front."
    ));
}

/// "Line up two drivers per round so losing one doesn't stop it": a spare
/// held against the loss is redundancy, the risk answered by design.
#[test]
fn a_spare_so_losing_one_is_survivable_is_a_mitigation() {
    assert_each_mitigated_once(&[
        "## Risks\n- Drivers may quit: line up two drivers per round so losing one doesn't stop deliveries.",
    ]);
}

/// "…the council of every town we trade in": a clause that says which
/// towns is no step the team has taken.
#[test]
fn a_clause_that_closes_a_noun_is_no_response() {
    let body = "## Risks\n- Street trading needs a licence; we would have to satisfy the council of every town we trade in.";
    assert_eq!(mitigated_in(body), 0, "{body}");
}

/// "We have asked and have not yet had an answer": asking is not yet an
/// answer, whichever article stands before the word.
#[test]
fn not_yet_had_an_answer_leaves_the_risk_open() {
    let body = "## Risks\nThe one supplier must agree to sell to us. We have asked and have not yet had an answer.";
    let facts = facts_for(body);
    assert_eq!(facts.mitigated, 0, "{facts:?}");
    assert!(facts.open_unknown + facts.open_serious >= 1, "{facts:?}");
}

/// "We keep names, phone numbers and birthdays of every junior" holds the
/// sensitive thing: the risk said plainly. "Only first names" minimises
/// it, which answers it.
#[test]
fn holding_personal_details_is_the_risk_unless_kept_to_the_least() {
    let held = "## Risks\n- We keep names, phone numbers and birthdays of every junior member, so this is children's data.";
    assert_eq!(mitigated_in(held), 0, "{held}");
    let least = "## Risks\n- Children's data: we keep first names and phone numbers only.";
    assert_eq!(mitigated_in(least), 1, "{least}");
}

/// "Nothing is manufactured", "nothing depends on a partner": "nothing" as
/// the subject denies the thing its verb names.
#[test]
fn nothing_as_the_subject_denies_the_category() {
    let made = facts_for("## Risks\n- Size: two of us for ten weeks. Nothing is manufactured.");
    assert!(!made.touched.contains(&Category::Hardware), "{made:?}");
    let partner = facts_for(
        "## Risks\n- The app already reads the codes, so the build is three weeks. Nothing depends on a partner.",
    );
    assert!(!partner.open.contains(&Category::Dependency), "{partner:?}");
    // A verb beyond the plain ones keeps the thing named.
    let named = facts_for("## Risks\n- Nothing stops the council refusing the permit.");
    assert!(
        named.touched.contains(&Category::Regulated) || !named.open.is_empty(),
        "{named:?}"
    );
}

/// "£3 one-off per member": a price said with how often it is paid.
#[test]
fn a_one_off_price_is_a_way_to_charge() {
    assert!(pitch_priced(
        "A score sheet. Installed from a link; £3 one-off per member."
    ));
    assert!(pitch_priced("A score sheet for £3 one-off."));
}

/// "Taking the fees means we handle card payments for other shops": what
/// the risky thing entails is the risk spelled out, not a move against it.
#[test]
fn what_a_risk_means_we_do_is_no_mitigation() {
    for body in [
        "## Risks\n- Collecting the fees for the venues means we handle card payments for other businesses.",
        "## Risks\n- Collecting the fees for the venues means we handle card payments for other businesses. I have not checked the rules yet.",
    ] {
        assert_eq!(mitigated_in(body), 0, "{body}");
    }
}

/// "I don't have a plan for these yet", "I do not yet know how I would
/// overcome these": the section takes back what its items seemed to answer.
#[test]
fn no_plan_for_these_leaves_the_risks_open() {
    for closing in [
        "For now I don't have a plan for these; I will look after launch.",
        "I do not yet know how I would overcome these.",
    ] {
        let body = format!(
            "## Risks\n- The mill is our only supplier of the yarn; we keep two months of stock.\n- {closing}"
        );
        assert_eq!(mitigated_in(&body), 0, "{body}");
    }
}

/// "I don't have an answer for this yet", inside one item, leaves that item
/// open and takes back nothing the other items answer.
#[test]
fn no_answer_for_this_one_takes_back_only_its_own_item() {
    let body = "## Risks\n- The mill is our only supplier of the yarn; we keep two months of stock.\n- Some shops refuse new suppliers. I don't have an answer for this yet.";
    assert_eq!(mitigated_in(body), 1, "{body}");
}

/// "Some shops refuse new suppliers. I don't have an answer for this yet":
/// the item's own risk stays open, whatever else it says.
#[test]
fn no_answer_for_this_leaves_its_item_open() {
    let body = "## Risks\n- Some shops refuse new suppliers; we already sell to two of them. I don't have an answer for this yet.";
    assert_eq!(mitigated_in(body), 0, "{body}");
}

/// "The biggest unknown is whether owners will pay £30. I don't know yet
/// what I do if they don't pay": in a priced idea, that is one real unknown
/// on viability (level 3), not the rubric's "no way to charge" beside it.
#[test]
fn whether_they_pay_the_named_price_is_one_unknown() {
    let body = "## Risks\nThe biggest unknown is whether owners will really pay £30 for the kit, or only join the list.\n\nI did not test this yet, and I don't know yet what I do if they don't pay.";
    assert_eq!(level_for(body), 3, "{body}");
    // "No one pays for this yet" is the missing way to charge itself.
    let unpaid = "## Risks\nThe growers must keep the board up to date, and we haven't tried to get them on board yet.\n\nNo one pays for this yet; we are thinking the shops might pay a small fee.";
    assert_eq!(level_for(unpaid), 4, "{unpaid}");
}

/// "We already hold a waste carrier registration": the permit to carry
/// waste is a rule met, not a carrier the plan depends on.
#[test]
fn a_carriers_registration_is_no_dependency() {
    let facts = facts_for(
        "## Risks\n- Waste rules: we already hold an upper-tier waste carrier registration.",
    );
    assert!(!facts.touched.contains(&Category::Dependency), "{facts:?}");
}

/// "Texting needs carrier registration": a registration still needed from
/// the carriers is still theirs to give.
#[test]
fn a_carrier_registration_still_needed_is_a_dependency() {
    let text = "Texting needs carrier registration; a friend is sorting it.";
    assert!(
        categories_of(Step::Risks, text).contains(&Category::Dependency),
        "{text}"
    );
}

/// "The bookings officer checks a weekly sample", "closed months are built
/// in": a routine audit of a share of the work, and a safeguard made part of
/// the product, answer the risk before them.
#[test]
fn a_sample_check_or_a_built_in_safeguard_answers_a_risk() {
    assert_each_mitigated_once(&[
        "## Risks\n- A guide might book a route across a field with lambing ewes. Our warden writes the route rules, closed months are built in, and the bookings officer checks a weekly sample.",
        "## Risks\n- A renter could forget to bring the tent back. Reminders are built in.",
        "## Risks\n- Members may post a recipe that is not theirs. Our editors spot-check new posts.",
    ]);
    // Somebody else's check is not the team's control.
    assert_eq!(
        mitigated_in("## Risks\n- The council spot-checks stalls and could close us."),
        0
    );
}

/// "The automatic filter could approve a listing that breaks the rules":
/// the product approving wrongly is its own failure, not a partner's no.
#[test]
fn our_own_tool_approving_is_no_dependency() {
    let text = "The automatic filter could approve a listing that breaks the house rules.";
    assert!(
        !categories_of(Step::Risks, text).contains(&Category::Dependency),
        "{text}"
    );
    // A partner who may approve or not is still theirs to decide.
    let partner = "The county board could approve the scheme only next spring.";
    assert!(
        categories_of(Step::Risks, partner).contains(&Category::Dependency),
        "{partner}"
    );
}

/// Risks named in words the lexicons missed: a host that "may not allow
/// one", a grant with "no budget to keep it going after that" and a fee that
/// "will not cover it", a club "exposed legally" by a broken byelaw.
#[test]
fn a_host_that_may_not_allow_it_a_budget_gap_and_legal_exposure_are_named() {
    assert_reads_as(
        Step::Risks,
        &[
            (
                "The shop needs a booking widget, and our web host may not allow one.",
                Category::Dependency,
            ),
            (
                "The pilot runs on a one-year grant; we have no budget to keep it going after that.",
                Category::Money,
            ),
            ("The £5 fee will not cover it.", Category::Money),
            (
                "If a booking breaks a byelaw, the club is exposed legally.",
                Category::Regulated,
            ),
        ],
    );
    // Four such risks, none answered, are several serious risks open.
    let body = "## Risks\n- Some of our meadows are protected sites, and walks there need the county ecologist's sign-off, which can take months.\n- If the automatic filter approves a walk that breaks a byelaw, the club is exposed legally.\n- The form needs a payment page, and our web host may not allow one.\n- The pilot runs on a one-year grant; we have no budget to keep it going after that, and the £5 fee will not cover it.";
    assert_eq!(level_for(body), 4, "{body}");
}

/// "…once they are insured": cover that comes only once something else
/// happens is a condition, not a control in place.
#[test]
fn cover_once_they_are_insured_is_no_answer() {
    let body = "## Risks\n- A hire firm must agree to cover the vans. We have no way yet to check that drivers keep to the rules once they are insured.";
    assert_eq!(mitigated_in(body), 0, "{body}");
    // Said as done, the same cover is an answer.
    assert_eq!(
        mitigated_in(
            "## Risks\n- A van could be damaged. The drivers are insured through the hire firm."
        ),
        1
    );
}

/// "If we book more classes than the tutors can teach, …": the team's move
/// after "if" is the case the risk imagines, not its answer.
#[test]
fn what_we_do_after_if_is_the_imagined_case() {
    let body = "## Risks\n- If we sell more places than the tutors can teach, parents are let down in the first week.";
    assert_eq!(mitigated_in(body), 0, "{body}");
}

/// "The rest is familiar ground: …" turns from the open risk to what is
/// settled; what it settles does not answer the unknown before it.
#[test]
fn the_rest_is_known_ground_starts_a_new_item() {
    let body = "## Risks\nThe one open question is tutor time. A class takes 8 to 10 children and most tutors teach three or four a week in term. Parents are let down if there are too few. We have not yet agreed hours with any tutor, and we do not know how many extra classes they would take. The rest is familiar ground: the shop already sells extras through the same till, and the fee split is the one we use for room hire.";
    let facts = facts_for(body);
    assert_eq!(facts.open_unknown, 2, "{facts:?}");
    assert_eq!(level_for(body), 3, "{body}");
}

/// "Pupil data: we hold none", "we list, we do not inspect; food hygiene
/// stays the stallholder's and the market's responsibility": a rule the
/// design keeps off the team leaves a small bet at level 1.
#[test]
fn a_rule_the_design_keeps_off_the_team_leaves_a_small_bet() {
    let bet = "- Small bet: a booking form over a shared sheet, three weeks of one developer. If schools stop booking we switch it off and they keep an export.\n- Kill criterion: fewer than 15 paid bookings by June and we stop and refund.";
    for rule in [
        "- Pupil data: we hold none, only the group size and the leader's email.",
        "- We list, we do not inspect. Food hygiene stays the stallholder's and the market's responsibility, as it is today.",
    ] {
        let body = format!("## Risks\n{bet}\n{rule}");
        assert_eq!(level_for(&body), 1, "{body}");
    }
}

/// "We will log only the club and the kit number, never a child's name, so
/// no personal data about children is held": the design keeps the data out.
#[test]
fn no_data_about_them_held_answers_the_data_risk() {
    assert_each_mitigated_once(&[
        "## Risks\n- **Children's personal data.** We will log only the club and the kit number against each bib, never a child's name, so no personal data about children is held.",
    ]);
}

/// "The map depends on walkers choosing to log their routes, as we cannot
/// make them": voluntary take-up is a dependency on people who can say no;
/// "the existing licensing budget" is a budget line, not a rule.
#[test]
fn take_up_that_depends_on_people_choosing_to_is_a_dependency() {
    assert_reads_as(
        Step::Risks,
        &[(
            "The map depends on walkers choosing to log their routes, as the club has no power to make them.",
            Category::Dependency,
        )],
    );
    let budget =
        "The map will be paid from the existing licensing budget and run by current staff.";
    assert!(
        !categories_of(Step::Risks, budget).contains(&Category::Regulated),
        "{budget}"
    );
    let body = "## Risks\nThe map depends on walkers choosing to log their routes, as the club has no power to make them. We do not yet know how many will do it, and a map with few routes would be of little use. The map will be paid from the existing licensing budget and run by current staff.";
    assert_eq!(level_for(body), 3, "{body}");
}

/// "Copyright: members add only patterns they have drawn themselves": with
/// only the people's own work let in, no rights holder is left to say no,
/// so a small bet stays at level 1.
#[test]
fn only_their_own_work_leaves_no_rights_holder() {
    let body = "## Risks\n- Small and reversible: if fewer than ten groups use the library after two months, we close it and nothing is lost.\n- Copyright: members add only patterns they have drawn themselves; the guide says so and the editors spot-check.\n- Patterns leaking: the library is open to members only.";
    assert_eq!(level_for(body), 1, "{body}");
}

#[test]
fn regulation_as_a_bench_job_is_a_service_not_a_rule() {
    // In a trade that adjusts mechanisms, "regulation" is one of the jobs
    // listed: the Risks section's one open partner stays level 3.
    let body = "## Solution\nA service log per clock: cleaning, repair and regulation jobs, each in a minute.\n\n## Risks\n- Whether restorers keep the log up is not tested yet.\n- The guild could refuse to list us; we wrote to its council, no answer yet.";
    assert_eq!(level_for(body), 3);
    let rule = body.replace(
        "cleaning, repair and regulation jobs",
        "each job under a regulation that bans mercury",
    );
    assert!(level_for(&rule) > 3);
}

/// "Stop criterion: if …, the trial ends" is a kill criterion under
/// another name, and an inspection named as the day the count is taken is
/// the customer's calendar, not a rule the scheme must pass.
#[test]
fn a_stop_criterion_measured_at_an_inspection_is_a_small_bet() {
    let body = "## Risks\n- The trial is two evenings of set-up on the allotment society's own mailing list.\n- Stop criterion: if untended plots are not down by a third at the autumn inspection, the trial ends.\n- Wrong email addresses: checked against the plot register at each inspection.";
    assert_eq!(level_for(body), 1, "{body}");
    // Failing an inspection is still a rule the product must meet.
    let failed =
        format!("{body}\n- Plots could fail at the next inspection because of the app's advice.");
    assert!(level_for(&failed) > 1, "{failed}");
}

/// "No partners, no hardware, no integrations" lists what the design
/// leaves out; the same "no partner" standing alone with "yet" is a
/// partner still missing.
#[test]
fn a_list_of_things_left_out_is_no_missing_partner() {
    let body = "## Risks\n- Small build: two weekends for one developer; if fewer than 30 pay by June I close it.\n- No partners, no sensors, no integrations; card payments go through the app stores.";
    assert_eq!(level_for(body), 1, "{body}");
    let missing = "## Risks\n- Small build: two weekends for one developer.\n- There is no partner yet for the sensors.";
    assert!(level_for(missing) >= 3, "{missing}");
    let listed_missing = "## Risks\n- Small build: two weekends for one developer.\n- The sensor maker has not replied: no answer yet, no fallback agreed.";
    assert!(level_for(listed_missing) >= 3, "{listed_missing}");
}

/// "Older tenants do not like to pay by link" doubts the way of paying,
/// which is an adoption unknown beside a priced idea, not the rubric's "no
/// way to charge"; "they will not pay at all" still is.
#[test]
fn doubting_a_way_of_paying_is_not_doubting_the_price() {
    assert!(
        !categories_of(
            Step::Risks,
            "- Some older tenants do not like to pay by link, and we don't know how many."
        )
        .contains(&Category::Money)
    );
    assert!(
        categories_of(
            Step::Risks,
            "- Some older tenants will not pay for reminders at all."
        )
        .contains(&Category::Money)
    );
}

/// "How we earn is not decided yet" says the way to charge is still open,
/// as "the price is not set yet" does, bulleted or not.
#[test]
fn how_we_earn_not_decided_is_the_money_risk() {
    for text in [
        "How we earn is not decided yet.",
        "- Money: how we get paid is not settled yet. Maybe a fee, maybe a membership.",
    ] {
        assert!(
            categories_of(Step::Risks, text).contains(&Category::Money),
            "{text}"
        );
    }
}

/// "Willingness to pay £4 a month is unproven" doubts the value, not a
/// technology; "the sensor is unproven" is the technology itself.
#[test]
fn unproven_demand_is_not_unproven_technology() {
    assert!(
        !categories_of(Step::Risks, "- Willingness to pay £4 a month is unproven.")
            .contains(&Category::Unproven)
    );
    assert!(
        categories_of(Step::Risks, "- The moisture sensor is unproven in frost.")
            .contains(&Category::Unproven)
    );
}

/// "Insuring rings above £2,000 in the post may be hard to obtain": the
/// insurer can say no, a third party the bet depends on.
#[test]
fn cover_that_may_be_hard_to_obtain_is_a_dependency() {
    assert!(
        categories_of(
            Step::Risks,
            "- Insuring rings above £2,000 in the post may be hard or expensive to obtain."
        )
        .contains(&Category::Dependency)
    );
    assert!(
        !categories_of(
            Step::Risks,
            "- Rings above £2,000 are insured with the courier."
        )
        .contains(&Category::Dependency)
    );
}
