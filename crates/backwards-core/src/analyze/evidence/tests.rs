//! Unit tests of the evidence strength analyzer: each one states a rubric reading
//! in a few words of Markdown, in our own words.

use super::*;
use crate::model::parse_str;

fn level_for(evidence: &str) -> u8 {
    let text = format!("# X\n\nA tool.\n\n## Evidence\n{evidence}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    super::super::level_of(analyze(&idea).0)
}

/// Checks that every text reads at level `want`: one row per reading.
fn assert_levels(want: u8, texts: &[&str]) {
    for text in texts {
        assert_eq!(level_for(text), want, "{text}");
    }
}

#[test]
fn certainty_in_percent_and_a_count_of_our_own_making_are_belief() {
    // "100% sure" is a figure of speech; the batch we made ourselves says
    // we can make it, not that anyone wants it.
    assert_levels(
        1,
        &[
            "I am 100% sure bakers need this. Everyone will love it.",
            "We've made 340 clay bird feeders since March and every one came out beautifully. People will definitely want them.",
        ],
    );
    // Made and sold is a customer's deed.
    assert!(
        level_for("We've made 340 clay bird feeders since March and sold 290 of them at markets.")
            >= 3
    );
}

#[test]
fn how_many_live_visit_or_work_somewhere_is_a_market_size() {
    for size in [
        "The country has over 3,000 licensed ferries, and the sector is worth billions.",
        "About 120,000 pilgrims visit the shrine every year.",
        "The harbour trade employs an estimated 900 people.",
        "Our PR agency says loyalty schemes lift footfall by 15-25%.",
    ] {
        assert_eq!(level_for(size), 2, "{size}");
    }
}

#[test]
fn crowds_firm_counts_forum_threads_and_interest_are_weak() {
    for weak in [
        "The regatta attracts over 40,000 spectators a year.",
        "The valley had around 70 sawmills in 2020, down from 150.",
        "A forum thread with 60 replies complains about the waits.",
        "5 farms have expressed interest in principle.",
        "When I showed it to 4 fitters they said it was a good idea.",
    ] {
        assert_eq!(level_for(weak), 2, "{weak}");
    }
}

#[test]
fn weeks_of_use_and_a_retention_rate_are_retention() {
    for kept in [
        "A prototype ran at 4 depots through the winter; all 4 logged stock every week for 20 weeks.",
        "Of the 30 who started, 22 are still scanning every day (73% at 6 months).",
        "Of 180 learners enrolled, 130 were still active in week 12.",
    ] {
        assert_eq!(level_for(kept), 5, "{kept}");
    }
}

#[test]
fn friends_who_keep_paying_are_retention_but_their_praise_is_a_compliment() {
    assert_levels(
        5,
        &[
            "Three friends who run kennels pay £20 a month for it and all three still use it every day.",
        ],
    );
    assert_levels(
        2,
        &["Three friends who run kennels loved it and still use it every day."],
    );
}

#[test]
fn friends_someone_needs_are_no_source_of_praise() {
    assert_levels(
        1,
        &["We are sure of it: every new student needs friends in town."],
    );
    assert_levels(2, &["Friends in town thought it was a great idea."]);
}

#[test]
fn a_form_handed_back_and_tallied_is_a_survey_but_a_count_of_cards_alone_is_not() {
    assert_levels(
        4,
        &[
            "Posted in the florists' group: 75 filled in our form, and 48 said they would pay £9 a month.",
            "A line on every delivery note for a month: 96 of 410 buyers ticked yes.",
        ],
    );
    assert_levels(
        2,
        &["Forty buyers filled in the comment card and said they would come back."],
    );
}

#[test]
fn a_count_of_people_who_replied_to_our_questions_is_a_survey() {
    // The count of replies is the survey's size, whatever the form was
    // called, and the tally after it is its numbers.
    assert_levels(
        4,
        &[
            "A one-page sheet in the parish magazine: 47 households replied and 29 ticked that they would pay £8 a month.",
            "We put three questions to the allotment society; 33 plot holders responded, and 20 said they would try it.",
        ],
    );
}

#[test]
fn visitors_we_interviewed_are_interviews_and_a_page_visited_often_is_behaviour() {
    // The count belongs to the interviews, not to visits of ours.
    assert_levels(
        3,
        &[
            "We interviewed 16 visitors at the boat museum over two weekends.",
            "We held short interviews with 22 visitors in the tasting room.",
        ],
    );
    // "Visited 300 times" counts visits to a page, not people we met.
    assert_levels(
        4,
        &["Our booking page was visited 300 times and 40 growers signed up in the first month."],
    );
}

#[test]
fn a_hunch_called_the_gut_is_belief_whatever_experience_follows_it() {
    // Years in the trade are the writer's own standing, not anything the
    // customers did or said.
    assert_levels(
        1,
        &[
            "Nothing yet. Gut + 15 yrs on the tools.",
            "My gut, and 15 years of fitting these.",
            "Gut instinct and 20 yrs in the trade.",
            "Only my gut and 25 years behind the counter.",
        ],
    );
}

#[test]
fn an_assumption_and_what_is_obvious_to_insiders_are_belief() {
    // The writer names the guess for what it is, or rests it on what
    // "anyone in the trade" can see: nobody was asked either way.
    assert_levels(
        1,
        &[
            "I am assuming bakers would pay, since one spoilt batch costs more than a year of the app.",
            "The need is obvious to anyone who has worked a night shift in a bakery.",
        ],
    );
}

#[test]
fn a_share_of_a_group_worldwide_is_a_statistic_about_the_world() {
    // A share counted across the globe describes everyone, not this
    // customer, whatever group it names.
    assert_levels(
        2,
        &[
            "Automation is named as a priority by 58% of directors globally.",
            "Flexible hours are a goal for 40% of founders worldwide.",
        ],
    );
}

#[test]
fn a_sweeping_claim_with_figures_in_it_is_still_belief() {
    assert_levels(
        1,
        &["Nobody enjoys queueing forty minutes to pay £30 for a permit."],
    );
    assert_levels(
        2,
        &["A rider told us she queued forty minutes to pay £30 for a permit."],
    );
}

#[test]
fn paying_for_the_next_season_is_a_commitment_whatever_it_is_paid_from() {
    let paid = "Three co-ops used the prototype all winter, and all three paid for the spring season out of their member fees.";
    assert_eq!(level_for(paid), 5);
}

#[test]
fn an_associations_own_survey_is_secondary_data() {
    let theirs = "The growers' association's 2025 survey says 38% of members have no successor.";
    assert_eq!(level_for(theirs), 3);
}

#[test]
fn contracts_the_customer_signed_with_others_are_not_commitments_to_us() {
    let theirs = "Co-ops that have signed supply contracts with chocolate makers must now prove fair weights.";
    assert!(level_for(theirs) < 5, "{}", level_for(theirs));
    assert_eq!(
        level_for("Seven co-ops signed contracts with us in May."),
        5
    );
}

#[test]
fn a_kill_criterion_about_paid_pilots_is_not_a_commitment() {
    let text = "# X\n\nA tool.\n\n## Evidence\nCoordinators said it would save time.\n\n## Risks\n- If fewer than 6 of the next 15 trusts we demo convert to a paid pilot by September 2027, we stop.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) < 4);
}

#[test]
fn being_paid_is_money_received_not_a_commitment() {
    assert!(level_for("Obviously people like being paid for doing nothing.") < 3);
    assert_eq!(level_for("Twelve owners have paid the £20 setup fee."), 5);
}

#[test]
fn a_named_bodys_members_survey_is_someone_elses() {
    let members =
        "The FIA's 2025 members' survey (n=410): 64% name admin time as their top problem.";
    assert!(level_for(members) < 4, "{}", level_for(members));
}

#[test]
fn a_survey_that_is_the_customers_trade_is_not_a_survey_of_people() {
    assert!(level_for("Video survey adoption grew 240% during the pandemic.") < 4);
    assert_eq!(
        level_for("Our survey of 140 removers: 61% lose a day a week to visits."),
        4
    );
}

#[test]
fn a_year_before_the_interview_count_does_not_hide_it() {
    assert_eq!(
        level_for(
            "Between March and June 2026 we interviewed 12 finance managers at 10 workshops."
        ),
        3
    );
}

#[test]
fn the_teams_own_visits_are_not_customer_behaviour() {
    let ours = "We have spent a lot of time at depots (over 60 visits last year as research).";
    assert!(level_for(ours) < 4, "{}", level_for(ours));
    assert_eq!(
        level_for("Over 60 visitors booked a slot in the first week."),
        4
    );
}

#[test]
fn revenue_the_team_believes_it_can_reach_is_a_projection_not_a_commitment() {
    for text in [
        "We believe a 5% share by 2029 is achievable, giving £2m ARR.",
        "A realistic target is 300 paying customers in year two.",
        "There are 4,000 sailing clubs, so 5% penetration is €90k ARR.",
    ] {
        assert!(level_for(text) < 4, "{text}: {}", level_for(text));
    }
    assert_eq!(level_for("We have 14 paying customers and £3k MRR."), 5);
}

#[test]
fn a_per_seat_fee_paid_and_year_long_agreements_signed_are_commitments() {
    for text in [
        "Nine paid the £6 per seat fee three months running.",
        "Seven signed 12-month agreements.",
        "31 families paid the £20 fee up front for the spring course.",
    ] {
        assert_eq!(level_for(text), 5, "{text}");
    }
    assert!(level_for("Nine had paid a £60 penalty fee last year.") < 5);
    assert!(level_for("31 families paid a £20 late fee to the old provider.") < 5);
}

#[test]
fn a_registered_manager_is_a_role_and_an_instant_price_would_be_handy_a_compliment() {
    assert_eq!(
        level_for("We interviewed 21 people: 12 placement officers and 6 registered managers."),
        3
    );
    assert_eq!(level_for("40 parents registered for the beta."), 4);
    assert_eq!(level_for("In three weeks 40 parents registered."), 4);
    assert_eq!(level_for("A past client said a quick quote'd be handy."), 2);
    assert!(level_for("A typical salon has 150 regular clients.") < 5);
    assert_eq!(
        level_for("A couple of past clients said an instant price would be handy."),
        2
    );
    assert_eq!(
        level_for("An officer I spoke to at one station said it would help."),
        2
    );
}

#[test]
fn someone_elses_survey_of_out_of_pocket_costs_is_not_a_commitment() {
    let text = "A 2023 survey published by the Patients' Forum (n = 1,240) found that 38% of participants had paid out of pocket for travel.";
    assert!(level_for(text) <= 3, "{}", level_for(text));
}

#[test]
fn counts_of_the_world_and_our_own_projections_are_not_data_about_this_customer() {
    for text in [
        "I reckon there's 40,000 plasterers in the UK and millions of DIYers.",
        "At 2% of taproom sales that's £8.4m a year for us.",
        "The caravan count: 24,000 Traveller caravans in England, of which 7,000 are on council sites.",
        "UK household seafood spending rose 4% in 2025 (trade body figures).",
    ] {
        assert!(level_for(text) <= 2, "{text}: {}", level_for(text));
    }
    assert_eq!(
        level_for("Records show 540 scripts went missing last summer."),
        3
    );
}

#[test]
fn counted_talk_polls_and_shows_of_hands_in_other_words() {
    assert_eq!(
        level_for("14 passengers and 6 drivers interviewed at the village hall."),
        3
    );
    assert_eq!(
        level_for("We asked at the October meeting: 14 members said they had tried to borrow one."),
        3
    );
    assert_eq!(
        level_for("15 of 18 households replied to a poll, 13 said they'd use it."),
        4
    );
    assert_eq!(
        level_for("Other operators were nodding a lot at the meet."),
        2
    );
    assert_eq!(
        level_for("The manager we shadowed spent 9 hours a week chasing proofs."),
        2
    );
}

#[test]
fn repeat_customers_of_a_trial_are_continued_use() {
    assert_eq!(
        level_for("A trial route ran for 10 weeks: 214 repairs, 38 repeat customers."),
        5
    );
}

#[test]
fn people_counted_by_the_places_they_work_at_are_an_interview_count() {
    for text in [
        "Spoke to the ops managers at 8 aerodromes in October.",
        "Interviews were held with the schedulers of 7 telescopes.",
    ] {
        assert_eq!(level_for(text), 3, "{text}");
    }
}

#[test]
fn the_customers_own_contracts_are_not_a_commitment_to_us() {
    let text = "# X\n\nA tool.\n\n## Customer\nInstallers. They care the week a backlog of signed contracts waits for permits.\n\n## Evidence\nInstallers at the booth loved the demo.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 2);
}

#[test]
fn compliments_told_in_passing_are_weak_evidence_not_none() {
    let idea = |experience: &str| {
        let text = format!("# X\n\nA tool.\n\n## Experience\n{experience}\n");
        parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"))
    };
    let level = |experience: &str| super::super::level_of(analyze(&idea(experience)).0);
    assert_eq!(
        level("They open a link. The nurses I showed it to said they'd use it."),
        2
    );
    assert_eq!(level("They open a link and tap Go."), 1);
}

#[test]
fn belief_is_level_one() {
    assert_eq!(level_for("We believe farmers will obviously want this."), 1);
}

#[test]
fn percentages_of_compliments_stay_compliments() {
    assert_eq!(
        level_for("97% of visitors to our stand said they loved it and 90% said they would buy."),
        2
    );
}

#[test]
fn counted_interviews_are_three() {
    assert_eq!(
        level_for("We interviewed 18 ward managers about last month's rota."),
        3
    );
}

#[test]
fn signups_are_four_and_deposits_five() {
    assert_eq!(
        level_for("From one newsletter, 212 growers joined the waitlist."),
        4
    );
    assert_eq!(level_for("Seven bakeries paid a $200 deposit each."), 5);
    // Names and numbers left on a list are a sign-up in any words.
    assert_eq!(
        level_for(
            "At the harvest fair 96 growers wrote their names and phone numbers on our sheet."
        ),
        4
    );
}

#[test]
fn promises_of_payment_are_not_payment() {
    assert_eq!(level_for("Three shops said they would pay a deposit."), 2);
}

#[test]
fn a_quote_about_the_renewal_season_is_not_a_renewal() {
    let quote = "Two buyers we met at a trade fair called the renewal season \"the worst month of the year\".";
    let renewals = "Our first 9 schools all renewed, and 2 renewals came early.";
    assert!(level_for(quote) <= 2);
    assert_eq!(level_for(renewals), 5);
}

#[test]
fn a_market_without_a_figure_is_belief() {
    assert_eq!(level_for("The market for this is going to be huge."), 1);
    assert_eq!(level_for("The market is worth $2 billion a year."), 2);
}

#[test]
fn someone_elses_survey_is_not_our_survey() {
    let theirs = "An Ipsos survey from 2025 says 41% of gyms lose members in January.";
    let ours = "We surveyed 120 gym members in January; 41% said they had cancelled before.";
    assert!(level_for(theirs) < level_for(ours));
    assert_eq!(level_for(ours), 4);
    let report = "WRAP's 2024 textiles report estimates that 12% of stock placed in banks is lost.";
    assert!(level_for(report) < 4, "{}", level_for(report));
}

#[test]
fn a_section_number_is_not_a_count() {
    let numbered = "4.1 Officers we met at conferences have indicated strong interest.";
    assert_eq!(level_for(numbered), 2);
}

#[test]
fn weekly_logins_to_a_prototype_are_continued_use() {
    let body = "We ran 20 sensors at two depots for four months. Both depot teams log in weekly (median 3 sessions a week per site).";
    assert_eq!(level_for(body), 5);
}

#[test]
fn the_customers_own_renewal_is_not_a_commitment_to_us() {
    let text = "# X\n\nA tool.\n\n## Customer\nOwners whose policy has just renewed with a 30% rise.\n\n## Evidence\nWe interviewed 14 owners.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
}

#[test]
fn interviews_and_focus_groups_are_talk_however_they_are_run() {
    assert_eq!(
        level_for("We ran two focus groups (9 and 11 people) from a parents' forum."),
        3
    );
    assert_eq!(
        level_for("We conducted structured interviews with 22 coordinators at 9 universities."),
        3
    );
    assert_eq!(
        level_for("We ran a two-week trial with 22 coordinators: 19 used it every day."),
        4
    );
}

#[test]
fn a_question_put_to_a_counted_sample_with_its_share_is_a_poll() {
    let poll = "At the market stall we asked 120 shoppers which day they would collect on; 64% picked Saturday.";
    assert_eq!(level_for(poll), 4);
    // Without the share of answers it is a conversation with a count.
    let talk = "At the market stall we asked 120 shoppers which day they would collect on.";
    assert_eq!(level_for(talk), 3);
}

#[test]
fn coming_back_inside_a_few_weeks_test_is_the_tests_result() {
    // Within a ten-day pilot, a second order is what the test measured;
    // the same second order with no short window around it is retention.
    let short = "- Pilot, 10 days: flyers in two pubs. 44 drinkers ordered. 19 of the 44 placed a second order.";
    assert_eq!(level_for(short), 4);
    let long = "- Since March: 44 drinkers ordered. 19 of the 44 placed a second order.";
    assert_eq!(level_for(long), 5);
}

#[test]
fn long_use_of_a_prototype_shared_data_and_indirect_praise() {
    assert_eq!(
        level_for("I ran a spreadsheet version for 9 distilleries for 14 months."),
        5
    );
    assert_eq!(
        level_for("We spoke to 11 harbour masters; 3 of them sent us their visitor logs."),
        3
    );
    assert_eq!(
        level_for("Two teams said at the regional meeting it'd be brilliant."),
        2
    );
}

#[test]
fn charging_for_the_service_and_second_orders_are_commitments() {
    let paid = "Since May we've filed 40 forms for 9 studios, charging NPR 2,000 each.";
    assert_eq!(level_for(paid), 5);
    let again = "We ran 40 fittings in the spring. 7 of the 9 studios have sent us a second order.";
    assert_eq!(level_for(again), 5);
    assert!(level_for("We plan on charging NPR 2,000 each.") < 5);
}

#[test]
fn the_founders_own_counted_past_is_a_story() {
    let story = "Our founder ran a mountain hut for eight years and ran out of gas 11 times.";
    assert!(level_for(story) < 4, "{}", level_for(story));
    let customers = "12 hut wardens used the order sheet and sent 40 orders in March.";
    assert_eq!(level_for(customers), 4);
}

#[test]
fn a_count_after_talked_to_must_count_the_people() {
    // "Growers we talked to lose 3 crates a week": the number counts
    // crates, not conversations.
    assert!(level_for("Growers we talked to lose 3 to 5 crates a week.") < 3);
    assert_eq!(level_for("We talked to 14 growers at the spring fair."), 3);
}

#[test]
fn what_the_team_expects_is_a_projection_and_weeks_of_logging_are_retention() {
    assert!(level_for("We expect 60% of clubs to sign up in the first year.") < 3);
    let kept = "We offered a free trial to 40 clubs: 19 signed up, 14 have logged a session every week for the past 8 weeks, and 10 secretaries stopped keeping the paper register.";
    assert_eq!(level_for(kept), 5);
}

#[test]
fn an_untested_assumption_is_not_a_commitment_and_every_load_after_the_first_is_retention() {
    let idea = parse_str("# X\n\nA tool.\n\n## Evidence\nWe interviewed 12 growers.\n\n## Risks\n| assumption | status |\n|---|---|\n| Depots pay £900 a season | Not tested |\n")
        .unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
    let kept = "We ran slots by phone for 60 growers: 48 booked at least once, and 41 booked every load after their first.";
    assert_eq!(level_for(kept), 5);
}

#[test]
fn a_commitment_word_naming_part_of_the_product_is_not_a_commitment() {
    let level = |solution: &str| {
        let text = format!(
            "# X\n\nA tool.\n\n## Solution\n{solution}\n\n## Evidence\nWe think every florist will love it.\n"
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        super::super::level_of(analyze(&idea).0)
    };
    // A pre-order form is a feature; the price and the hour are not counts
    // of anyone committing.
    assert!(
        level(
            "A pre-order form that takes a £15 deposit per wreath and texts the shop a total at 6pm on Fridays."
        ) < 3
    );
    // A count attached to the same words is what customers did.
    assert_eq!(
        level("The pre-order form is live and has 38 pre-orders from two shops."),
        5
    );
}

/// A figure about a country, an industry or the team's reach has no link to
/// this customer (rung 2); a figure that counts people the team reached is
/// data about them (rung 3).
#[test]
fn a_national_figure_is_not_a_count_of_customers() {
    assert_levels(
        2,
        &[
            "The country produces over 150,000 tonnes of dates a year.",
            "A national charity shared our post 400 times.",
            "Our listeners rate the show 4.8 stars across 19,000 ratings.",
        ],
    );
    assert_levels(
        3,
        &[
            "All 8 use carbon-copy pads at fairs, and 6 had an order dispute last year.",
            "Of 74 responding clubs, 51 hold no record of their last repair.",
            "I rang 14 strip owners over two weekends.",
        ],
    );
}

/// Money committed and use that lasts, in the words people use for them:
/// a customer now paying to extend, a committee voting to fund, a fee paid,
/// a stock sold out of hand, renters still renting.
#[test]
fn paying_to_extend_voting_to_fund_and_still_renting_are_commitments() {
    assert_levels(
        5,
        &[
            "After a six-week pilot the trust is now paying £2,000 to extend it to the whole site.",
            "The committee voted on 14 November to fund the full service next season.",
            "19 growers booked 210 tonnes through it, paying the 8% fee on the first delivery.",
            "We put 30 kits on a table after workshops and sold 26 in 3 weeks.",
            "47 beginners rented, and 39 are still renting after six months.",
            "All 6 secretaries used it for every race after the first.",
        ],
    );
}

#[test]
fn compliments_in_other_words_are_level_two_and_a_relative_clause_is_not_belief() {
    assert_levels(
        2,
        &[
            "Front-desk staff at two blocks we know loved the demo and said they'd use it tomorrow.",
            "Everyone we showed the drawings to was blown away.",
            "A couple of teachers told us at the regional fair that they'd book more if it were easier.",
            "The bakers thought it was a great idea.",
        ],
    );
    // Belief alone stays level 1.
    assert_levels(1, &["We know that every baker wants this."]);
}

#[test]
fn a_market_size_offered_outside_a_missing_evidence_section_is_level_two() {
    let text = "# X\n\nA practice app for brass players; the music-education market is worth $4.6bn.\n\n## Solution\nAn app.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 2);
    // With an Evidence section, the figure elsewhere is not read: the section is.
    let with_section = format!("{text}\n## Evidence\nWe think players will love it.\n");
    let idea = parse_str(&with_section).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 1);
}

/// The evidence level of an idea with no Evidence section, whose other
/// sections hold `body`.
fn level_without_a_section(body: &str) -> u8 {
    let text = format!("# X\n\nA tool for picnic sites.\n\n## Solution\n{body}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    super::super::level_of(analyze(&idea).0)
}

#[test]
fn outside_the_evidence_section_friends_family_and_would_pay_need_someone_saying_it() {
    // The idea's world and its plan, not anybody's reaction.
    for body in [
        "Groups book a table for a birthday or a big family event.",
        "The council would pay £40 a year per site, and visitors use it free.",
        "Walkers and their friends scan a code on the bench.",
    ] {
        assert_eq!(level_without_a_section(body), 1, "{body}");
    }
    // Someone who said it is an anecdote, the rubric's level 2.
    for body in [
        "The warden at Kinder said she would happily pay for it.",
        "My neighbour says her friends would like it very much.",
    ] {
        assert_eq!(level_without_a_section(body), 2, "{body}");
    }
}

#[test]
fn a_survey_or_an_analysis_of_records_told_outside_a_missing_evidence_section_is_level_four() {
    for body in [
        "Our allotment survey in March had 84 replies from the four sites.",
        "An analysis of ten weeks of booking records found that 27% of slots went unused.",
    ] {
        assert_eq!(level_without_a_section(body), 4, "{body}");
    }
    // Someone else's survey is market data; a time after "survey" is a
    // duration, not a response.
    for body in [
        "The council's own visitor survey says 40% of visitors come by car.",
        "From survey to repair takes 9 months.",
    ] {
        assert!(level_without_a_section(body) < 4, "{body}");
    }
}

#[test]
fn praise_from_people_at_an_occasion_the_writer_ran_is_an_anecdote() {
    assert_levels(
        2,
        &[
            "Last summer we ran tastings at three village fetes, and people loved it.",
            "We discussed it at two parish meetings and everybody was very enthusiastic.",
        ],
    );
    // The same praise with no occasion is still belief.
    assert_levels(
        1,
        &["People love fresh bread, and everybody loves it warm."],
    );
}

#[test]
fn praise_of_the_whole_world_or_a_hedged_i_think_is_belief_not_a_compliment() {
    assert_levels(
        1,
        &[
            "Jerk is a global brand and everybody loves it.",
            "A carillon is a heritage instrument and people obviously love it once they hear it.",
            "I really think every parent would use this.",
            // The contraction is the same conviction.
            "I'm sure the farriers would use this.",
            "I'm quite certain the riding schools would pay for it.",
        ],
    );
    // Praise that someone was shown or told about stays a compliment.
    assert_levels(
        2,
        &[
            "Everyone we mentioned it to thought it was fun.",
            "A couple of people in the group said they'd have paid for it.",
        ],
    );
}

#[test]
fn a_commitment_counted_per_unit_in_the_solution_is_the_design() {
    // "One pre-order per family per term" says how the product works; "12
    // pre-orders from families" says what customers did.
    let level = |solution: &str| {
        let text = format!(
            "# X\n\nA tool.\n\n## Solution\n{solution}\n\n## Evidence\nParents we know liked it.\n"
        );
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        super::super::level_of(analyze(&idea).0)
    };
    assert_eq!(
        level("One pre-order per family per term, paid before the bus runs."),
        2
    );
    assert_eq!(level("We have 12 pre-orders from families."), 5);
}

#[test]
fn a_survey_cited_in_brackets_is_someone_elses() {
    // A figure from a survey the team did not run says something about the
    // world, not about this customer.
    assert!(level_for("61% of shoppers prefer local wool (worldwide survey, 2023).") < 4);
    assert!(level_for("61% of shoppers prefer local wool (global retail report).") < 4);
    assert_eq!(
        level_for("We surveyed 80 knitters at the fair: 61% buy local wool."),
        4
    );
}

#[test]
fn a_prize_or_a_place_among_finalists_is_about_the_team() {
    // An accolade counts the team's luck with judges, not what customers
    // did: no more than the compliments beside it.
    assert_eq!(
        level_for(
            "We were selected as one of 25 finalists in a regional start-up contest. Shop owners told us it sounds great."
        ),
        2
    );
    assert_eq!(
        level_for("We won 2 prizes at the city hackathon. Shop owners told us it sounds great."),
        2
    );
}

#[test]
fn what_people_say_they_would_like_is_a_compliment_in_any_tense() {
    // "Says they would like" is the same opinion as "said they would":
    // level 2, not nothing at all.
    assert_levels(
        2,
        &[
            "Every skipper at the regatta says they would like a new boat.",
            "The harbour masters say it would save them a morning.",
        ],
    );
}

#[test]
fn a_forecast_of_downloads_is_not_a_count_of_them() {
    // "We project …" is a belief about the future, however precise.
    let forecast =
        "We project 40,000 downloads in year 1 and 90,000 by year 2, with 5% buying the pro plan.";
    assert!(level_for(forecast) <= 2, "{}", level_for(forecast));
    // A plan or a goal for the count is the same forecast, said as intent.
    let plan = "My plan is 20,000 installs in the first month, 300,000 members after two years, and 25 themes on day one.";
    assert!(level_for(plan) <= 2, "{}", level_for(plan));
    // The same figure, counted, is behaviour.
    assert_eq!(
        level_for("Our beta had 4,000 downloads in its first month."),
        4
    );
}

#[test]
fn the_visitors_a_place_receives_are_its_market_not_our_traffic() {
    let place = "The old harbour receives over 250,000 visitors every summer, and most of them walk past the rope works.";
    assert!(level_for(place) <= 2, "{}", level_for(place));
    // The same in the past tense: the valley's visitors, not ours.
    let last_year = "The Atlas valley welcomed almost 120,000 foreign visitors in 2025 and trekking is growing.";
    assert!(level_for(last_year) <= 2, "{}", level_for(last_year));
}

#[test]
fn how_many_saw_a_test_page_is_exposure_not_behaviour() {
    // Reach is how many saw it; an action counted beside it is behaviour.
    let reach = "Our test page on Instagram reached 6,300 accounts in its first month.";
    assert!(level_for(reach) <= 3, "{}", level_for(reach));
    let acted = "Our test page on Instagram reached 6,300 accounts in its first month, and 85 of them messaged to order.";
    assert_eq!(level_for(acted), 4);
}

#[test]
fn sitting_down_with_a_counted_group_or_interviews_held_with_them_are_interviews() {
    // A retired smoker's words and a county office's words for the same
    // rung: interviews with a stated count.
    assert_levels(
        3,
        &[
            "I have sat down with twenty-five members of the Oban society this year and asked what they pay now.",
            "Interviews held by the Office with 26 shepherds at the spring fair in April 2026.",
        ],
    );
}

#[test]
fn the_question_put_to_customers_is_not_a_forecast() {
    // "would … if" belong to the question the form asked; the count after
    // the colon is what the crews did.
    assert_levels(
        4,
        &[
            "Our newsletter carried a form asking which bakers would rent the oven if we bought one: 14 of our 40 bakers signed up in a week.",
            "A form in the parish newsletter asked how many households would take a weekly box: 38 households signed up.",
        ],
    );
    // A projection is still a promise.
    assert_levels(
        1,
        &["If we reach the bakers, we would see 300 sign-ups in a year."],
    );
}

#[test]
fn people_who_filled_in_a_form_or_showed_up_are_counted_behaviour() {
    assert_levels(
        4,
        &[
            "We offered a free tune-up at the Saturday market. 47 people filled in the form and 29 showed up with their bikes.",
        ],
    );
}

#[test]
fn what_a_share_of_the_interviewees_told_us_is_an_interview_finding() {
    // Counted interviews, then what some of those people showed us of
    // their own records: still the interviews' rung (3), not behaviour we
    // measured.
    assert_levels(
        3,
        &[
            "We interviewed 15 bakers. Nine opened their order book for us: on average 30 phone orders lost a month.",
        ],
    );
    // Acting on something of ours, counted among the same people, is
    // behaviour: a list they put their names on.
    assert_levels(
        4,
        &[
            "We talked to 19 allotment secretaries. 16 of them put their names on a list for the first month.",
        ],
    );
}

#[test]
fn what_one_person_said_is_an_anecdote_and_everyone_saying_it_is_belief() {
    // Someone in particular reporting back lifts belief to an anecdote (2);
    // "everyone I know says" is still the writer's belief (1).
    assert_levels(
        2,
        &[
            "We believe the shops will want it. Two potters I have known for years said they would love a shared kiln again.",
            "We think it will sell. A gallery owner in Ghent told me he would love to stock them.",
        ],
    );
    assert_levels(
        1,
        &["We think it will sell. Everyone I know with a kiln says this is needed."],
    );
}

#[test]
fn meetings_held_with_a_counted_group_are_interviews() {
    assert_levels(
        3,
        &[
            "In March the Office held meetings with 9 salt-pan operators and the two trade associations.",
            "We ran consultation meetings with 12 coach operators in Porto.",
        ],
    );
}

#[test]
fn a_share_told_after_the_interview_count_is_a_finding() {
    // "I talked with 16 riders; 12 of them had …": what the interviewees
    // did before we met them, in the same sentence, is an interview
    // finding (3), not measured behaviour.
    assert_levels(
        3,
        &[
            "At two club rides I talked with 16 riders; 12 of them had a rim trued in the past year.",
            // A year before the talk is when, not a count of what was done.
            "At the 2024 county show I talked with 11 stable owners.",
        ],
    );
}

#[test]
fn names_on_a_list_are_a_sign_up_not_a_commitment() {
    assert_levels(
        4,
        &[
            "At the general assembly 61 of our 90 members voted yes and gave their names to buy from the shop.",
            "Sign-up sheet at the co-op, 2 weeks: 140 growers put name + plot number for next season.",
        ],
    );
}

#[test]
fn comments_and_a_countrys_exports_are_weak_and_a_contest_is_about_us() {
    assert_levels(
        2,
        &[
            "When I posted photos of the masks from my trip, I got 300+ comments from people.",
            "Portugal exports over 20,000 tonnes of cork a year.",
        ],
    );
    // A prize for the pitch says something about us, nothing about the
    // customer: no evidence at all.
    assert_levels(
        1,
        &["Our pitch deck was shortlisted in a national startup contest (top 40 of 900 entries!)."],
    );
}

#[test]
fn names_on_a_list_to_say_they_want_it_are_sign_ups() {
    // The wish is the purpose of the deed; the deed is counted behaviour.
    assert_levels(
        4,
        &[
            "A clipboard at the ferry office: 23 skippers wrote their name and berth in a week to say they want a slot.",
            "An online form for one weekend: 41 stallholders filled it in before the Friday.",
            "Paper form at the hall: 64 answers, 40 had lost a booking this year.",
        ],
    );
    // A name put down to report the past is a show of hands (3 at most).
    assert!(
        level_for(
            "14 members put their name down to say they'd tried to borrow a ladder this year."
        ) < 4
    );
}

#[test]
fn records_counted_between_two_years_are_data_not_a_test() {
    assert_eq!(
        level_for(
            "The harbour's own log shows 38 of the 90 late bookings received between 2020 and 2024 came from night crews."
        ),
        3
    );
}

#[test]
fn names_written_on_a_list_in_the_present_tense_are_a_sign_up() {
    // Told in the present, as many writers do in a second language.
    assert_eq!(
        level_for(
            "We keep a list at the mill: 27 of 40 dyers write their name and how much wool they will bring."
        ),
        4
    );
}

#[test]
fn a_count_spelled_out_at_the_start_of_a_sentence_still_counts() {
    // Style guides spell out the number a sentence opens with.
    assert_eq!(
        level_for("Thirty-two boatmen put their names down on the harbour sheet."),
        4
    );
    // A spelled number inside the sentence is left alone: "for forty years"
    // counts no customers.
    assert!(level_for("I have mended these nets for forty years and I know the trade.") < 3);
}

#[test]
fn customers_ordering_again_and_again_is_retention() {
    // Orders repeated by the same customers are the rubric's real usage
    // and retention, a level above a one-off count of orders.
    assert_eq!(
        level_for(
            "Over eight weekends 52 households ordered at least once and 30 of them ordered 4 or more times."
        ),
        5
    );
}

#[test]
fn interviews_held_with_all_six_are_counted_interviews() {
    assert_eq!(
        level_for("Interviews were held with all six wardens and with nine guides in May."),
        3
    );
}

#[test]
fn an_adverb_between_the_verb_and_the_people_still_counts_the_interviews() {
    // "Sat down properly with 15 bakers" is 15 interviews, as "sat down
    // with 15 bakers" is.
    let plain = "I sat down with 16 families who had moved to the village in the last year (through the school and at the Sunday market) and 13 of them said they had either bought the wrong heating oil or put off ordering.";
    let adverb = plain.replace("sat down with", "sat down properly with");
    assert_eq!(level_for(&adverb), level_for(plain));
    assert_eq!(level_for(&adverb), 3);
}

/// The evidence level of a letter with no Evidence section.
fn letter_level(letter: &str) -> u8 {
    let text = format!("# Kiln Share\n\n{letter}\n\n## What could stop it\nThe kiln may crack.\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    super::super::level_of(analyze(&idea).0)
}

#[test]
fn a_letter_counts_the_sign_ups_and_deposits_the_writer_took() {
    // No Evidence section: the writer's own test, told in the letter, is
    // the evidence ("Evidence stated in other sections counts too").
    let opening = "Dear committee,\n\nI am asking for help to open a shared kiln for potters in Leith.\n\nPotters here wait six weeks for a firing slot at the college.";
    let signed = format!(
        "{opening}\n\nIn May I put a sign-up sheet at the Leith market: 140 potters signed up to the waiting list."
    );
    let paid =
        format!("{signed} Nine of them have already paid me a £20 deposit for the first firing.");
    assert_eq!(letter_level(&signed), 4);
    assert_eq!(letter_level(&paid), 5);
    // What customers pay others today is their problem, not our evidence.
    let theirs = format!("{opening}\n\nToday 40 potters paid the college £30 for each firing.");
    assert!(letter_level(&theirs) <= 2);
}

#[test]
fn how_many_there_are_on_a_register_is_not_behaviour() {
    // "There are N … registered" counts who exists; "N registered with
    // us" counts who came.
    assert_levels(
        2,
        &[
            "There are about 3,100 beekeepers registered with the national board. The honey trade is worth €40 million.",
        ],
    );
    assert_eq!(
        level_for("Since May, 85 beekeepers registered with us online."),
        4
    );
}

#[test]
fn a_count_of_one_is_a_story_not_behaviour() {
    assert_eq!(
        level_for(
            "Throat singing is spreading; one festival in Tuva had visitors from 31 countries."
        ),
        2
    );
    // A rate and a thousand written with a space still count.
    assert_eq!(
        level_for("One in four of the 200 readers clicked through."),
        4
    );
    assert_eq!(
        level_for("The notice had 1 180 clicks and 63 clubs booked a date."),
        4
    );
}

#[test]
fn phoning_people_and_reporting_their_past_is_an_interview() {
    assert_eq!(
        level_for("Phoned 27 boat owners from the club list; 22 last antifouled 3+ years ago."),
        3
    );
}

#[test]
fn an_offices_survey_is_someone_elses_data() {
    assert_eq!(
        level_for("The county heritage office's 2025 survey lists 31 of 50 chapels with wet rot."),
        3
    );
}

#[test]
fn a_question_in_a_quoted_card_does_not_hide_the_count_after_it() {
    // The "?" inside the quoted card must not end the sentence and leave
    // the count inside an unclosed quotation.
    let card = "We left a \"flat tyre? text us\" card in 80 cafés in May: 64 riders texted in on 9 wet days, and 40 of the 64 (63%) left their number.";
    assert_eq!(level_for(card), 4);
}

#[test]
fn what_someone_paid_in_another_shop_is_not_a_commitment_to_us() {
    assert_eq!(
        level_for("One man from Leeds told us he paid twice our price in a Manchester shop."),
        2
    );
    assert_eq!(
        level_for("Fourteen shops paid a deposit for the spring batch."),
        5
    );
}

#[test]
fn a_percentage_in_brackets_does_not_hide_what_was_counted() {
    assert_eq!(
        level_for(
            "In June we put a request form on the ferry page. 212 of the 1,300 foot passengers (16%) used it to book a bike ahead."
        ),
        4
    );
}

#[test]
fn names_on_a_sign_up_sheet_are_sign_ups() {
    assert_levels(
        4,
        &[
            "- Sign-up sheet at the craft fair: 57 names, 31 of them asked for a monthly box",
            "The interest list by the till had 40 names after a fortnight.",
        ],
    );
    // A sheet with no count is not quantified behaviour.
    assert!(level_for("We left a sign-up sheet by the till at the fair.") < 4);
}

#[test]
fn saying_they_would_pay_is_an_interview_not_retention() {
    // What people told us they would pay is talk, however it is spelt.
    assert_levels(
        3,
        &["i asked 20 people at the bus stop and 14 said theyd pay a pound."],
    );
    assert_levels(
        3,
        &["We asked 20 riders; 14 said they'd pay a pound a week."],
    );
}

#[test]
fn a_word_inside_a_compound_is_not_a_metric_of_ours() {
    // "boat-conversion" names a trade; the figure is the market's growth.
    assert_levels(2, &["The boat-conversion market has grown 12% since 2019."]);
}

#[test]
fn a_dioceses_or_countys_survey_is_someone_elses_data() {
    assert_levels(
        3,
        // Beside our own interviews it adds no rung of behaviour.
        &[
            "I spoke to 9 masons at the guild day; 6 said they had lost a job to the wait. The county survey of bridges lists 212 stone arches in the district.",
        ],
    );
}

#[test]
fn a_season_fee_paid_groups_booking_again_and_money_voted_are_commitments() {
    assert_levels(
        5,
        &[
            "All 4 skippers paid the 200 EUR season fee up front.",
            "We ran it for 2 months: 15 choirs made 40 bookings, and 9 choirs booked again.",
            "The parish council voted £600 for the second kiosk.",
        ],
    );
    // A fee paid to someone else for the problem is still the problem's cost.
    assert!(level_for("All 4 skippers paid the harbour's late-berthing fee twice last year.") < 5);
}

#[test]
fn a_pilot_who_missed_the_tide_is_a_person_not_our_trial() {
    // What 11 of the 14 interviewees said is an interview finding, even
    // when their story names a (harbour) pilot.
    assert_levels(
        3,
        &[
            "We interviewed 14 ferry masters. 11 of the 14 said a late pilot had cost them a tide this year.",
        ],
    );
    // Joining our pilot is still something they did.
    assert_levels(
        4,
        &[
            "We interviewed 14 ferry masters. 11 of the 14 joined the pilot and logged 60 crossings.",
        ],
    );
}

#[test]
fn people_met_at_a_stall_who_love_it_give_compliments() {
    assert_levels(
        2,
        &[
            "People at the Sunday car-boot love it, and my aunt says it is the best jam she has had.",
        ],
    );
    // The whole world loving it is still the writer's belief.
    assert_levels(1, &["Everyone who tastes it loves it."]);
}

#[test]
fn ordering_every_week_after_the_first_weeks_is_retention() {
    assert_levels(
        5,
        &[
            "Last spring I supplied 8 cafés for 12 weeks on trial; 6 ordered every week after week 2.",
        ],
    );
}

#[test]
fn sign_ups_told_before_what_they_said_are_still_sign_ups() {
    assert_levels(
        4,
        &[
            "Our notice in the parish magazine brought 58 sign-ups to the waiting list in a month; 40 of them said which day they would come first.",
        ],
    );
}

#[test]
fn a_boards_own_figures_are_someone_elses_data() {
    assert!(
        level_for("The tourism board figures show 12,000 visitors booked tours last year.") < 4
    );
}

#[test]
fn people_who_texted_back_to_a_card_have_signed_up() {
    // A card on the market board asked keepers to text if they wanted a
    // slot: the count of those who did is what they did, not what we saw.
    assert_levels(
        4,
        &[
            "In April I pinned a card at the feed store asking keepers to text me for a slot. In ten days 38 keepers sent the text, with their flock size.",
        ],
    );
    // Our own texts out are no one's answer.
    assert!(level_for("We sent the text to 38 keepers.") < 4);
}

#[test]
fn what_people_paid_someone_asked_about_and_a_paid_for_plan_are_no_commitment() {
    // An interview's topic: who they bought from and what they paid.
    let asked = "At the show we chatted to 31 households about their last load of logs: who they bought from, what they paid, whether it was dry. 24 of the 31 had used the same man.";
    assert!(level_for(asked) < 5, "{asked}");
    // "Paid-for" describes the plan; nobody has paid.
    let plan = "# Hut Days\n\nWe are asking for £3,000 to run paid-for work days where 12 walkers mend the hut.\n\n## Customer\nHillwalkers in the Cairngorms.\n";
    let idea = parse_str(plan).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) < 5);
}

#[test]
fn a_threshold_for_paying_customers_in_the_risks_is_no_commitment() {
    let idea = "# Soup Van\n\nA soup van for the market.\n\n## Evidence\n- a few stallholders said it sounded nice\n\n## Risks\n- kill: under 60 paying customers a week by week 10 -> stop, sell the van";
    let idea = parse_str(idea).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) <= 2);
}

#[test]
fn how_people_are_paid_today_is_no_payment_to_us() {
    // Present tense: how the world works. Past tense: money that moved.
    assert_eq!(
        level_for(
            "We spoke to 12 of our drivers in June about their wages. Most are paid in cash on a Friday."
        ),
        3
    );
    assert_eq!(
        level_for(
            "We spoke to 12 of our drivers in June about their wages. 9 paid the £20 deposit for the new rota app."
        ),
        5
    );
}

#[test]
fn a_market_trend_from_year_to_year_is_no_test_of_ours() {
    assert_eq!(
        level_for("Online booking among small garages rose from 12% in 2022 to 31% in 2025."),
        2
    );
    assert_eq!(
        level_for("In our six-week trial with 14 garages, no-shows fell from 18% to 6%."),
        4
    );
}

#[test]
fn a_conversation_counted_in_the_present_tense_is_still_interviews() {
    // Written by someone for whom English is a second language: the tense
    // slips, the count of people spoken to does not.
    assert_eq!(
        level_for(
            "I speak with 14 of the bakers at the Saturday market about their labels. All 14 told me the allergen sheet takes them an evening each week."
        ),
        3
    );
}

#[test]
fn paying_someone_else_or_our_own_measuring_is_no_continued_use() {
    assert_eq!(
        level_for(
            "We interviewed 15 dairy farmers in March. 11 of them scrub the tanks by hand and 4 pay a contractor."
        ),
        3
    );
    assert_eq!(
        level_for(
            "We interviewed 15 dairy farmers in March. We also weighed the waste at 5 of their dairies every day for 6 weeks."
        ),
        3
    );
    // A fee paid to us, kept up, is still the strongest evidence.
    assert_eq!(
        level_for(
            "In the pilot, 9 of the 15 dairies pay a monthly fee of £30 and still use it every day."
        ),
        5
    );
}

#[test]
fn a_rate_down_from_one_figure_to_another_is_a_measured_test() {
    assert_levels(
        4,
        &[
            "- Four-week trial at 3 bakeries with a printed QR code\n- missed collections down from 18% to 5%",
        ],
    );
}

#[test]
fn a_funnel_where_fewer_stay_on_is_retention() {
    assert_levels(
        5,
        &[
            "We opened the tool shed to members in March: 82 borrowed something, 57 were still borrowing in June.",
            "The night classes ran for ten weeks; 64 learners came once and 41 came six or more times.",
            "Trial at two depots: 120 drivers installed the app, 88 still active after 8 weeks.",
        ],
    );
}

#[test]
fn a_funnel_that_is_a_promise_or_today_s_habit_is_not_retention() {
    // Said, not done; and the workaround people keep is not our product.
    assert!(
        level_for(
            "After the demo day 75 visitors left an e-mail and 30 said they would come back."
        ) < 5
    );
    assert!(
        level_for("We visited 40 bakeries; 31 still use paper order books.") < 5,
        "today's habit read as retention"
    );
    // Still waiting is not staying.
    assert!(level_for("We opened bookings: 90 signed up and 25 are still waiting for a slot.") < 5);
}

#[test]
fn a_deal_with_someone_else_told_outside_the_evidence_is_no_commitment() {
    // In the Customer section, with a count beside it: the boatyards'
    // contracts are with the marina group, not with us.
    let theirs = "# X\n\nA tool.\n\n## Customer\nBoatyards (we met 4 of the 11) that have signed maintenance contracts with the marina group and must log every haul-out.\n\n## Evidence\nOwners said it sounded handy.\n";
    let idea = parse_str(theirs).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) < 5);
    let ours = "# X\n\nA tool.\n\n## Customer\nBoatyards on the Solent; 4 of them signed contracts for the first season.\n\n## Evidence\nOwners said it sounded handy.\n";
    let idea = parse_str(ours).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 5);
}

#[test]
fn what_an_interview_asked_about_is_its_topic_not_a_commitment() {
    assert_levels(
        3,
        &[
            "We talked to 14 allotment holders in June about how they renewed their plots last spring.",
            "The team interviewed 26 stallholders about how the water bill is split and paid.",
        ],
    );
    assert_eq!(
        level_for("Of the 14 allotment holders we signed up last year, 11 renewed in March."),
        5
    );
}

#[test]
fn sign_ups_in_other_words_are_behaviour() {
    assert_levels(
        4,
        &[
            // A share in brackets between the count and the deed.
            "In five weeks 930 tenants (18% of the estate) had registered a phone number for repair alerts.",
            "Our notice in the parish newsletter had a reply slip: 206 people asked to be notified when the first van runs.",
            // A count of things customers did, in the passive.
            "Over two months at the surgery, 143 requests were made through the paper card.",
        ],
    );
}

#[test]
fn things_customers_bought_told_in_the_passive_are_a_commitment() {
    assert_eq!(
        level_for(
            "After the harbour office put a QR code on the slipway, 164 day passes were bought in eight weeks."
        ),
        5
    );
    // What was sold elsewhere, uncounted, is no commitment.
    assert!(level_for("Passes were sold at the kiosk for years.") < 5);
}

#[test]
fn a_poll_run_through_a_messaging_app_is_our_own_poll() {
    // WhatsApp is the channel, not the author: the click is counted behaviour.
    let ours = "In a WhatsApp poll of the 80 families in the parents' group, 52 said mornings were the worst, and 44 clicked the link to see the timetable.";
    assert_eq!(level_for(ours), 4);
    // A named organisation's survey stays someone else's data.
    let theirs =
        "A Eurostat survey of 9,000 households found 44 clicked through to a comparison site.";
    assert!(level_for(theirs) < 4, "{}", level_for(theirs));
}

#[test]
fn a_form_filled_in_to_say_what_they_need_is_a_sign_up() {
    assert_eq!(
        level_for("61 tenants filled in the form to say which tools they need first."),
        4
    );
}

#[test]
fn the_familys_own_past_counted_is_a_story_not_what_customers_did() {
    // A year before the subject, and a trade verb: still the family's history.
    let story =
        "In 2009 my grandfather sold 300 jars of heather honey from the croft gate in one summer.";
    assert!(level_for(story) < 4, "{}", level_for(story));
    let ours =
        "From our honesty box at the croft gate, 212 walkers bought 300 jars of honey last summer.";
    assert!(level_for(ours) >= 4, "{}", level_for(ours));
}

#[test]
fn a_share_of_a_counted_group_acting_on_our_mock_up_is_a_measured_test() {
    let tested = "In May we sent every club secretary a link to a mock-up of the entry form and asked them to try it for the June regatta: 14 of the 19 secretaries (74%) entered their whole crew list, 212 entries in all.";
    assert_eq!(level_for(tested), 4);
    // What a share of interviewees once did is what the interviews found.
    let recalled =
        "We interviewed 19 club secretaries; 11 of them walked us through last June's entry night.";
    assert_eq!(level_for(recalled), 3);
}

#[test]
fn a_tally_of_those_who_replied_is_a_survey_with_a_size() {
    // No "survey" word: the question went out in a bulletin, and the count
    // of replies is the sample.
    let tally = "We put one question to members in the winter bulletin: of 212 growers who replied, 130 said a frost had cost them a crop in the last two years, and 88 said they would use a frost alert if one existed.";
    assert_eq!(level_for(tally), 4);
}

#[test]
fn customers_still_paying_after_a_trial_are_a_commitment() {
    assert_levels(
        5,
        &[
            "- both bakeries now paying €40/day for the van, 2 more on a waitlist",
            "- two clinics still paying £90/week for the service",
        ],
    );
}

/// The founder's own years in the trade and their certainty are belief,
/// wherever the "I" stands in the sentence; a count of people interviewed
/// over a few years is still a count.
#[test]
fn a_founders_tenure_and_certainty_are_belief() {
    assert_levels(
        1,
        &[
            "Believe me — I have fitted kitchens for 22 years and I have never seen buyers react like they do to this.",
            "Honestly, I have managed rental flats for 12 years and every tenant I describe it to lights up.",
            "Honestly, it's obvious once you have seen a stable yard in January.",
            "It's clear the whole sector is moving this way.",
        ],
    );
    assert!(
        level_for(
            "We interviewed 20 landlords in 3 years; 14 of them still keep paper rent books."
        ) >= 3
    );
}

#[test]
fn a_whole_markets_trend_is_a_market_figure_not_our_customers_behaviour() {
    assert_levels(
        2,
        &[
            "SME spending on bookkeeping apps rose 12% across the Nordics last year.",
            "Clinic scheduling software adoption in Ireland has grown from 40% of practices in 2018 to 71% in 2025.",
        ],
    );
    // Our own customers' numbers stay behaviour.
    assert_levels(
        4,
        &["Usage of our analytics page grew from 40 to 310 weekly active users in the pilot."],
    );
}

#[test]
fn one_actor_or_an_age_is_a_story_not_a_counted_action() {
    assert_levels(
        2,
        &[
            "One of our drivers followed a 12-year-old van that changed hands three times in a year before it came to us.",
        ],
    );
    // Many actors and a count of what they did stay behaviour.
    assert_levels(
        4,
        &["Nine of our drivers logged 140 breakdown calls through the form in March."],
    );
}

#[test]
fn a_survey_run_by_someone_else_is_not_our_survey() {
    for theirs in [
        "A survey by a national retail body found 61% of florists plan to sell online next year.",
        "A study from Lantern Research found 44% of dentists struggle to fill cancellations.",
    ] {
        assert!(level_for(theirs) < 4, "{theirs}");
    }
    // The team's own survey, with its size, stays a survey.
    assert_levels(
        4,
        &[
            "A survey by our team of 85 florists found 61% had lost a wedding order to a late delivery.",
        ],
    );
}

#[test]
fn a_paid_pilot_with_a_count_and_signed_renewals_are_commitments() {
    assert_levels(
        5,
        &[
            "A paid pilot with 6 dental practices in Cork since May, at €60 a month.",
            "Five of the six practices have signed one-year renewals.",
        ],
    );
    // A deal the customers made with a supplier is still not ours.
    assert!(level_for("Practices have signed contracts with lab suppliers.") < 5);
}

#[test]
fn a_paid_pilot_talked_about_or_not_yet_agreed_is_no_commitment() {
    for text in [
        "Three care homes are open to discussing a paid pilot in the spring.",
        "We offered a paid pilot to four gyms; none has signed yet.",
    ] {
        assert!(level_for(text) < 5, "{text}");
    }
    // The same words, agreed, still commit.
    assert_eq!(
        level_for("Three care homes are in a paid pilot since March."),
        5
    );
}

#[test]
fn a_span_of_time_before_a_count_of_people_asked_is_not_an_action_counted() {
    // "three weeks I asked 20": the first number is how long the asking
    // went on, so this is counted interviews (3), not a measured test.
    assert_levels(
        3,
        &[
            "For three weeks I asked 20 dog owners at the park gate whether they would book walks by text. 15 said yes.",
        ],
    );
}

#[test]
fn tried_about_is_not_tried_a() {
    // "tried a" is the start of a test ("tried a paper version with 12
    // bakers"); "tried about 40" is one person's evening, a story.
    assert_levels(2, &["My neighbour tried about 40 recipes over a weekend."]);
}

#[test]
fn a_few_reviews_that_mention_the_pain_are_anecdotes() {
    // Told once each, in the present tense of a review: a story, not a count.
    assert_levels(
        2,
        &[
            "Two online reviews mention waiting all day for the engineer.",
            "A couple of regulars complain that the hatch closes too early.",
        ],
    );
}

#[test]
fn chatting_to_a_counted_number_of_customers_is_interviews() {
    // An informal word for the conversations still states their count.
    assert_levels(
        3,
        &[
            "I chatted to 11 cat owners at the vet's waiting room about boarding.",
            "We chatted with 7 of the 20 allotment holders about the water rota.",
        ],
    );
}

#[test]
fn certainty_felt_in_the_gut_is_belief() {
    // Knowing "in my bones", "zero doubt", "it feels obvious": certainty
    // without a source, and a past love of the pastime is not praise of
    // the idea.
    assert_levels(
        1,
        &[
            "There's zero doubt in my mind.",
            "I just know this will fly, I feel it in my bones.",
            "It feels obvious that people who loved skating would come back if the rink reopened.",
        ],
    );
}

#[test]
fn what_a_counted_share_would_have_done_is_intent_not_retention() {
    // "Would have stayed" is what they say they would have done; only a
    // deed done ("12 of the 15 stayed on") is retention.
    assert_levels(
        2,
        &["11 of the 14 said they would have stayed for a second session."],
    );
    assert_levels(
        5,
        &["11 of the 14 families stayed on for a second paid session."],
    );
}

#[test]
fn people_stopped_and_talked_to_are_counted_interviews() {
    assert_levels(
        3,
        &["On three market days we stopped 22 shoppers leaving the hall and talked to them."],
    );
}

#[test]
fn a_share_measured_over_our_own_counted_bookings_is_analytics() {
    // The team's own logs, counted and turned into a share, measure what
    // customers did; a count of the world's games does not.
    assert_levels(
        4,
        &["Across 540 lessons at our two pools, 38% of cancellations came in the last hour."],
    );
    assert_levels(
        2,
        &["Across 540 lessons at the county's pools, swimming is popular with parents."],
    );
}

#[test]
fn asking_our_counted_staff_is_counted_interviews() {
    assert_levels(
        3,
        &["We asked our twelve drivers: nine said the paper rota had made them miss a pick-up."],
    );
}

#[test]
fn what_a_counted_share_of_interviewees_do_is_an_interview_finding() {
    // After the interviews, "9 of the 12 write up…" and "8 of 11 keep…"
    // recount what the interviewees said they do: rung 3, not behaviour
    // we measured.
    assert_levels(
        3,
        &[
            "We interviewed 12 grooms at 4 yards. 9 of the 12 write up their visits at home most weeks.",
            "I spoke with 14 riding school owners. 12 of 14 have a paper waiting list for lessons.",
        ],
    );
}

/// A share of a generation or of the public ("64% of Gen Z", "a third of
/// adults") sizes a market; it says nothing of this customer, so it stays
/// below a counted fact about people the team reached.
#[test]
fn a_share_of_a_generation_is_desk_research() {
    assert_eq!(
        level_for("- 64% of millennials prefer to book a dentist online."),
        2
    );
    assert_eq!(level_for("- 64% of our patients book online."), 3);
}

/// A percentage of a group the team counted ("64% of the 25 we asked") is
/// a counted sample, as "16 of the 25" is.
#[test]
fn a_percentage_of_a_counted_group_is_a_sample() {
    assert_eq!(
        level_for("- 64% of the 25 patients we asked book online."),
        3
    );
}

/// What the team gave away is how many it reached, not what anyone chose
/// to do: a count of free samples stays below a counted fact.
#[test]
fn a_count_of_free_samples_given_away_is_exposure() {
    assert_eq!(level_for("- We gave away 60 spare keys at the fair."), 2);
    assert_eq!(
        level_for("- We handed out 200 leaflets in the high street."),
        2
    );
    assert_eq!(
        level_for("- We sold 60 spare keys at the fair, at £4 each."),
        5
    );
}

/// A list under "Our plan assumes:" holds the plan's own figures, each
/// worded like a measured rate once the lead-in is out of sight. A list
/// under a lead-in that reports a check holds its results, and the list
/// ends where its items do.
#[test]
fn figures_listed_under_an_assumption_lead_in_are_not_measured() {
    assert_eq!(
        level_for(
            "Our plan assumes:\n\n- 40% of shop visitors book a fitting\n- 20% come back within a year"
        ),
        1
    );
    assert_eq!(
        level_for(
            "Expectations by the end of 2028:\n- 300 owners renew\n- 60% of them buy a second frame"
        ),
        1
    );
    assert_eq!(
        level_for("We checked two assumptions:\n- 18 of 25 owners paid the £20 deposit"),
        5
    );
    assert_eq!(
        level_for(
            "Targets:\n- 50 bookings a month\n\nLast spring 31 of 40 visitors booked a fitting."
        ),
        4
    );
}

/// "I haven't done any surveys or interviews yet" names the conversations
/// that did not happen: no anecdote, only belief. Conversations that did
/// happen, uncounted, are still an anecdote.
#[test]
fn interviews_said_not_to_have_happened_are_no_anecdote() {
    assert_levels(
        1,
        &[
            "I haven't done any polls or interviews or anything yet, but I just know it will sell.",
            "We have not yet spoken to any florists about it.",
        ],
    );
    assert_eq!(level_for("I chatted to a few florists at the market."), 2);
}

/// "Over three Fridays I chatted to 22 stallholders": the first number is
/// how long the talking took, not a count of people who did something, so
/// it stays interviews with a count.
#[test]
fn talks_spread_over_named_days_are_still_interviews() {
    assert_levels(
        3,
        &["Over three Fridays I chatted to 22 stallholders about how they take card payments."],
    );
}

/// What the writer would do ("I'd use it every week myself") or what
/// everybody would ("every dog walker would buy one") is belief, level 1.
/// The same words said by someone else are a compliment, level 2.
#[test]
fn the_writers_own_wish_is_belief_and_a_customers_is_a_compliment() {
    assert_levels(
        1,
        &[
            "I'd use it every week myself.",
            "Every dog walker would buy one, honestly.",
            "I'm 100% sure every dairy in the county would sign up tomorrow.",
        ],
    );
    assert_levels(
        2,
        &[
            "One owner said \"I'd pay for that\".",
            "She says all the stallholders would use it.",
        ],
    );
}

/// "Have spoken to" is the perfect of "spoke to": the same conversations
/// counted, so the same interviews, level 3.
#[test]
fn conversations_in_the_perfect_tense_are_interviews() {
    assert_levels(
        3,
        &[
            "We have spoken to all nine ward sisters; all nine say the night handover is where drugs go missing.",
            "I've spoken with 6 parish clerks and every one keeps the minutes on paper.",
        ],
    );
}

/// "I haven't asked anyone" names the gathering that did not happen: it is
/// no observation, whatever source of hunch follows it.
#[test]
fn a_denial_of_asking_is_no_observation() {
    assert_levels(
        1,
        &[
            "Nothing so far. I haven't asked anyone; it comes from my own feel for the orders.",
            "We never tested it with a single school.",
        ],
    );
}

/// Sellers putting their goods on the board and buyers sending requests
/// are deeds that were counted, as a sign-up is.
#[test]
fn counted_listings_and_requests_sent_are_behaviour() {
    assert_levels(
        4,
        &[
            "In its first month 52 bakeries listed their spare oven on the board.",
            "Over the summer, cafes nearby sent 19 hire requests through the form.",
        ],
    );
}

/// "Our projections show…", "by year three", and a list under "our plan
/// for the numbers:" or opening "Year 2:" are the plan's own figures.
#[test]
fn projections_and_yearly_plan_items_are_not_observations() {
    assert_levels(
        1,
        &[
            "Our projections show 900 rentals a month and £2 million in revenue by year three.",
            "Our plan for the numbers:\n- 300 boatyards on board, 40,000 hulls logged.\n- 90 marinas signed.",
            "Honestly we just know.\n\n- Year 2: 80,000 downloads and 12 countries.",
        ],
    );
}

/// "Any dairy farmer would pay for it" is the writer's belief about a
/// whole trade, not what anyone said.
#[test]
fn what_any_member_of_a_trade_would_do_is_belief() {
    assert_levels(1, &["Any dairy farmer would pay for it."]);
}

/// "85 people left an email address to hear when it opens" is a sign-up.
#[test]
fn leaving_an_email_address_is_a_sign_up() {
    assert_levels(
        4,
        &[
            "The flyers were read all week and 85 people left an email address to hear when the hire opens.",
        ],
    );
}

/// "Spoken at length with nine harpists" is counted talk, however the
/// talking is described.
#[test]
fn talk_described_at_length_or_in_depth_is_still_counted() {
    assert_levels(
        3,
        &[
            "This spring I have spoken at length with nine harpists and three stage managers.",
            "We talked in depth with twelve stable owners.",
        ],
    );
}

/// "I've always loved boats" is the writer's own taste, and "I am certain
/// that skippers would pay" the writer's belief: neither is praise anyone
/// gave.
#[test]
fn the_writers_own_love_and_certainty_are_belief() {
    for text in [
        "I've always loved boats, and nobody has built this yet.",
        "I am certain that skippers would pay for this.",
    ] {
        assert_eq!(level_for(text), 1, "{text}");
    }
}

/// "The board firmly believes this is the future": conviction held by the
/// company's leaders is belief, as the writer's own is.
#[test]
fn the_leaders_conviction_is_belief() {
    assert_levels(
        1,
        &["Our management strongly believes this is where the market is going."],
    );
}

/// "I interviewed harbour masters from nine ports": people met from a
/// counted set of places are counted interviews.
#[test]
fn interviews_from_a_counted_set_of_places_are_counted() {
    assert_levels(
        3,
        &["Last spring I interviewed harbour masters from nine small ports along the coast."],
    );
}

/// "5 out of 5 bakers I showed the prototype to said it looked great": the
/// verb after "I" is the team's own move; what the bakers did was talk.
#[test]
fn a_share_we_showed_a_mock_up_to_is_not_behaviour() {
    let text = "5 out of 5 bakers I showed the prototype to said it looked great.";
    assert!(level_for(text) < 4, "{text}");
    // What the share then did, unprompted, is behaviour.
    let acted = "5 out of 5 bakers who saw the prototype ordered the trial pack.";
    assert_eq!(level_for(acted), 4, "{acted}");
}

#[test]
fn the_may_issue_is_a_month_not_a_maybe() {
    // "The May bulletin" names an issue of it; nothing here is only hoped for.
    assert_eq!(
        level_for("After a post in the May bulletin, 26 owners paid a £30 deposit."),
        5
    );
    // The modal verb still makes a promise of the same words.
    assert!(level_for("After a post in the bulletin, 26 owners may pay a £30 deposit.") < 5);
}

#[test]
fn paid_work_is_the_kind_of_job_not_money_paid_to_us() {
    let text = "We interviewed 14 newly qualified electricians. 9 of them were still looking for paid work six months later.";
    assert_eq!(level_for(text), 3, "{text}");
    // Paying for the course is a commitment.
    assert_eq!(
        level_for("We interviewed 14 newly qualified electricians. 9 of them paid for the course."),
        5
    );
}

/// "A 4.2-star rating" measures the app; the "4" in it is no count of what
/// its users did, so a platform's size and rating stay a vanity figure.
#[test]
fn a_rating_with_decimals_is_no_count_of_what_users_did() {
    assert!(level_for("Our booking app has 12,500 registered riders and a 4.2-star rating.") <= 2);
    assert!(
        level_for("Of the 40 riders we signed up, 31 booked a second lesson within 2 weeks.") >= 4
    );
}

/// Two rates a league's own records set side by side are data about the
/// problem; the same comparison from the team's pilot is a test.
#[test]
fn rates_compared_in_someone_elses_records_are_data_not_a_test() {
    assert_eq!(
        level_for(
            "The league's fixture records for 2024 show the village clubs fielded a full side for 61% of matches, against 90% for the town clubs."
        ),
        3
    );
    assert_eq!(
        level_for(
            "In our pilot, the village clubs using the rota fielded a full side for 84% of matches, against 61% for the clubs without it."
        ),
        4
    );
}

/// "27 wardens whose reserve has a hide replied": a relative clause
/// between the count and the reply still counts the answers of a survey.
#[test]
fn a_count_of_replies_with_a_relative_clause_is_a_survey() {
    let text = "In March we sent a short online survey to reserve wardens. 27 wardens whose reserve has a bird hide replied:\n\n- 15 of 27 (56%) had no record of the last hide repair;\n- 9 of 27 (33%) did not know who holds the hide key.";
    assert_eq!(level_for(text), 4, "{text}");
}

/// "Members have mentioned that a map like this would be helpful" and
/// "the chair is keen on the idea" are compliments: level 2, not belief.
#[test]
fn mentioned_as_helpful_and_keen_on_the_idea_are_compliments() {
    assert_levels(
        2,
        &[
            "Several wardens have mentioned at the county meeting that a map like this would be helpful.",
            "The chair of the trust is very keen on the idea.",
        ],
    );
}
