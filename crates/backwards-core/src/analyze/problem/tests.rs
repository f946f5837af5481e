//! Unit tests of the problem sharpness analyzer: each one states a rubric reading
//! in a few words of Markdown, in our own words.

use super::*;
use crate::model::parse_str;

fn level_for(problem: &str) -> u8 {
    let text = format!("# Acme\n\nA tool.\n\n## Problem\n{problem}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    super::super::level_of(analyze(&idea).0)
}

/// What the analyzer found in a Problem section holding `problem`.
fn facts_for(problem: &str) -> ProblemFacts {
    let text = format!("# Acme\n\nA tool.\n\n## Problem\n{problem}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    analyze(&idea).2
}

/// Checks that every text reads at level `want`: one row per reading.
fn assert_levels(want: u8, texts: &[&str]) {
    for text in texts {
        assert_eq!(level_for(text), want, "{text}");
    }
}

#[test]
fn an_institutions_deficit_and_its_committees_target_are_its_own_problem() {
    let text = "Donations have fallen by 41% since 2019, from £93,000 to £55,000 a year. The trust has a structural deficit of £210,000 and must replace the lost income to keep the 2027 budget balanced. The finance committee has set a target of 20p per visitor.";
    assert_eq!(level_for(text), 1);
}

#[test]
fn a_sole_traders_own_falling_trade_is_not_the_customers_problem() {
    // A saddler writing to a fund: the pain is her order book, not the
    // riders'. Her own words say so.
    assert_levels(
        1,
        &[
            "Frankly, that is my own. My bookings have dropped by a third since the show ground closed, and I need to earn another £9,000 a year to keep the bench. Riders still come in the spring.",
            "The trouble here is really my own: my takings have halved since 2024, and I have to bring in another £500 a month.",
        ],
    );
    // A rider writing as one of the riders tells the riders' pain.
    let rider = "# Tack\n\nA tack room.\n\n## Customer\nRiders at the yard; I am one of them.\n\n## Problem\nMy bookings at the arena have dropped since the roof leaks, so I ride in the rain twice a week.\n";
    let idea = parse_str(rider).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) >= 2);
}

#[test]
fn a_traders_idle_plant_and_the_work_it_needs_are_its_own_problem() {
    // A print shop writing about the schools it would serve: its idle
    // presses and the work it must find are the shop's, not the schools'.
    assert_levels(
        1,
        &[
            "Our real problem is utilisation. On Mondays our two litho presses stand at roughly 30% of capacity, and the unit rent rose by £7,800 this year. We need another £300 a week of work just to stand still.",
            "Our main issue is spare capacity. Our riso machines run at about 35% of capacity after lunch, and we need an extra £1,200 a month of orders to keep both printers on.",
        ],
    );
    // A school office writing as one of the customers tells its own pain.
    let school = "# Print\n\nA print run.\n\n## Customer\nPrimary school offices; I am one of them.\n\n## Problem\nOur problem is capacity: our one copier runs at 100% of capacity every Monday, and we queue for forty minutes.\n";
    let idea = parse_str(school).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) >= 2);
}

#[test]
fn a_councils_commitment_and_its_missing_kiosk_are_not_a_customer_problem() {
    assert_levels(
        1,
        &[
            "The council is committed in its transport plan to raising ferry use by 5% by 2030. Its performance against the national ferry use indicator is the worst in the region.",
            "At present there is no ticket kiosk at any pier on the loch, and walkers ask the skipper.",
        ],
    );
}

#[test]
fn a_body_required_to_show_growth_and_serve_its_indicators_states_its_own_goal() {
    assert_levels(
        1,
        &[
            "Visits to the county museums fell by a fifth since 2023. The museums service is required to demonstrate increased visitor numbers to keep its grant. A handling-box loan would contribute to the service's learning performance indicators.",
        ],
    );
}

#[test]
fn bad_experiences_and_better_technology_are_vague() {
    let vague = "Brands are damaged every day by bad experiences that could be avoided with better technology.";
    assert_eq!(level_for(vague), 2);
}

#[test]
fn a_market_forecast_is_not_why_now() {
    let base = "Owners rebuild the round by hand in a spreadsheet, about 6 hours a week, and 8% of visits are skipped, £430 a month in refunds. The spreadsheet fails because it knows customers, not collection days.";
    let forecast =
        format!("{base} The European cleaning market is forecast to reach €1.3tn by 2030.");
    assert_eq!(level_for(&forecast), 4);
}

#[test]
fn the_current_scheme_is_the_workaround() {
    assert!(WORKAROUND.is_match("A handwritten sign by the till is the current scheme."));
}

#[test]
fn keeping_track_with_a_note_is_how_they_cope() {
    let text = "Samples are due every quarter and void if late, £45 each time. Wardens keep track with a note on the fridge.";
    assert_eq!(level_for(text), 4);
}

#[test]
fn a_check_signed_without_being_done_is_the_workaround_failing() {
    assert!(FAILURE.is_match(
        "In practice the sheet is initialled at handover without the alarms being tested."
    ));
}

#[test]
fn a_rhythm_in_numbers_is_frequency() {
    for often in [
        "the delivery comes every 7 to 10 days",
        "a slot every few hours, day and night",
        "they restock every 3 weeks",
    ] {
        assert!(FREQUENCY.is_match(often), "{often}");
    }
    assert!(!FREQUENCY.is_match("a post every 50 metres"));
}

#[test]
fn a_register_a_ledger_or_a_tried_remedy_is_the_workaround() {
    for coping in [
        "The rota is written in a register at the office.",
        "Each sale goes in the stallholder's ledger.",
        "Drivers do keep a spare charger in the cab, but it is always flat.",
    ] {
        assert!(WORKAROUND.is_match(coping), "{coping}");
    }
    assert!(FAILURE.is_match("One buyer in five disputes the weight."));
}

#[test]
fn a_dated_change_or_demands_already_made_are_why_now() {
    for now in [
        "Since March the council publishes every missed collection.",
        "The county started charging per bag in October 2026.",
        "The regulator announced spot checks for 2027.",
        "Wholesalers are already asking for the certificates.",
        "The 2026 safety programme added surprise inspections.",
        "Shorter seasons mean every lost day now matters more.",
    ] {
        assert!(URGENCY.is_match(now), "{now}");
    }
    assert!(!URGENCY.is_match("In March we counted 40 crates."));
}

#[test]
fn a_share_of_something_lost_is_a_cost_and_one_thing_in_n_is_frequency() {
    assert!(COST.is_match("8-12% of the seedlings are lost"));
    assert!(COST.is_match("about 6% of the catch is thrown away"));
    assert!(!COST.is_match("8% of members are retired"));
    assert!(FREQUENCY.is_match("one boiler in eight fails its check"));
}

#[test]
fn catching_up_after_the_fact_is_the_workaround_and_double_bookings_are_a_scene() {
    assert!(
        WORKAROUND
            .is_match("The skipper fills the sheet in at the end of the week from the deck log.")
    );
    assert!(SITUATION.is_match("Double bookings happen every month."));
    assert!(SITUATION.is_match("Players turn up to find the court taken."));
    assert!(SITUATION.is_match("Racks get missed, or cleaned twice."));
}

#[test]
fn a_dated_rule_a_removal_stale_lists_and_working_days() {
    assert!(URGENCY.is_match("The depot's zero-tolerance rule of March 2026 bites."));
    assert!(URGENCY.is_match("The paper ticket is withdrawn in April 2027."));
    assert!(!URGENCY.is_match("A closed area in 2025 meant a recall."));
    assert!(dated_change("A closed area in 2025 meant a recall.").is_none());
    assert!(FAILURE.is_match("The printed list goes stale by Tuesday."));
    assert!(FREQUENCY.is_match("Every working day the clerk rebuilds the plan."));
    assert!(COST.is_match("a claim of 240,000 taka per container"));
}

#[test]
fn capturing_a_market_and_a_missing_blockchain_are_not_customer_problems() {
    assert_eq!(
        level_for(
            "Jade dealing is stuck in the past, and we need a platform to capture the global jade market."
        ),
        1
    );
    assert!(SOLUTION_AS_PROBLEM.is_match("There is no blockchain for jade yet."));
}

#[test]
fn a_cost_in_naira_pesos_or_won_is_a_cost() {
    for cost in [
        "₦2.5m a year",
        "₱40,000 a month",
        "₩90,000 each time",
        "£45 each time",
        "a fine of KSh 2,000-10,000",
        "CLP 350,000 per site",
        "Rs. 500 a visit",
        "GH₵ 410 each time",
    ] {
        assert!(COST.is_match(cost), "{cost}");
    }
    assert!(!COST.is_match("a ledger book"));
    assert!(!COST.is_match("try 3 times, then the usd field"));
    assert!(!COST.is_match("Bob 3 and Mad 4 are the team names."));
}

#[test]
fn a_switch_this_year_is_why_now() {
    let base = "Owners rebuild the round by hand in a spreadsheet, about 6 hours a week, and 8% of visits are skipped, £430 a month in refunds. The spreadsheet fails because it knows customers, not collection days.";
    assert_eq!(level_for(base), 4);
    let now = format!(
        "{base} The councils switching to three-weekly collections this year have redrawn whole districts."
    );
    assert_eq!(level_for(&now), 5);
}

#[test]
fn a_companys_strategy_is_its_own_problem() {
    let strategy = "Acme has sold payroll software since 2009 and holds a 4% share. Growth has slowed, and the board has set a target that 15% of revenue must come from new verticals by 2028. Entering this sector is a strategic priority, and this module would give us a foothold.";
    assert_eq!(level_for(strategy), 1);
}

#[test]
fn how_long_something_lasts_is_not_how_often_it_happens() {
    let lasts = "Sites get missed when a volunteer is ill, and samples sit in someone's fridge for a weekend. Coordinators chase by email and find the gaps late.";
    assert_eq!(level_for(lasts), 3);
    let often = "Sites get missed twice a month, and samples sit in someone's fridge for a weekend. Coordinators chase by email and find the gaps late.";
    assert_eq!(level_for(often), 4);
}

#[test]
fn urgency_from_a_change_that_started_or_takes_effect() {
    let base = "Attendants make 38 wasted trips a day, about $21,000 a year. Today the desk radios the lead, but the radio call never happens when the desk is busy.";
    assert_eq!(level_for(base), 4);
    for why_now in [
        "Since the spring, more hotels sell late checkout.",
        "Since the two utilities changed their forms in March 2026, rejections went up.",
        "The new allergen rule takes effect in 2026.",
        "From this year buyers charge a 5% penalty for late delivery.",
        // A date with no year, an event named by its rule, an enforcement
        // that is new, a rise measured in percent, a deadline ahead.
        "Since 1 November every departure needs a signed manifest.",
        "Since the harbour levy came to the island, the desk is swamped.",
        "The rest-break rules are now enforced at every depot.",
        "Fuel prices rose 22% over the winter.",
        "The county's minimum-wage rise in October makes every lost hour dearer.",
        "Attendants need it fixed before next winter.",
        // A recent change named by "since the new …", whatever it is.
        "Since the new diesel price, one lost day is the week's profit.",
        // A change this year to how the customer's world is arranged.
        "This year the hospital moved every clinic onto Monday mornings.",
    ] {
        assert_eq!(level_for(&format!("{base} {why_now}")), 5, "{why_now}");
    }
}

#[test]
fn a_card_index_a_memory_or_a_tool_tried_and_dropped_is_how_they_cope() {
    let base = "Each firm loses a day a week to failed visits, about £9,000 a year.";
    assert!(!facts_for(base).workaround, "{base}");
    for coping in [
        "The records are in a card index and in the engineer's head.",
        "They have tried Google Calendar and gone back to paper.",
    ] {
        assert!(
            facts_for(&format!("{base} {coping}")).workaround,
            "{coping}"
        );
    }
    assert_eq!(level_for("Quoting is fiddly."), 2);
}

#[test]
fn an_adjective_followed_by_the_event_that_earns_it_is_concrete() {
    assert_eq!(
        level_for(
            "It's a nightmare: fixtures fall through because the crew didn't fill up and then the hall money is lost."
        ),
        3
    );
    assert_eq!(
        level_for("After a long day, making up a story is exhausting."),
        2
    );
}

#[test]
fn raising_money_for_ourselves_is_the_organisations_problem() {
    assert!(
        level_for("The parish council needs to raise £4,200 for the roof. We need more donations.")
            <= 2
    );
}

#[test]
fn a_pain_named_only_in_the_pitch_is_a_vague_problem() {
    let idea = parse_str("# X\n\n- bands lend kilts to members\n- keeping track of who has what is a pain\n\n## Solution\nA web page.\n")
        .unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 2);
    let none = parse_str("# X\n\nA web page for bands.\n\n## Solution\nA web page.\n")
        .unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&none).0), 1);
}

#[test]
fn an_idea_with_no_sections_can_still_describe_a_concrete_pain() {
    let letter = "# Tracker\n\nHi all. We take in clocks and then we lose track, and customers ring up asking if it is ready.\n\nWhat I'm thinking is a simple job tracker on the phone.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
}

#[test]
fn a_paragraph_on_how_things_go_today_states_the_pain_without_a_heading() {
    // The idea has Solution and Risks labels but no Problem section; a
    // paragraph that opens on today's way is where its pain is told.
    let notes = "# Saddles\n\nWe stitch saddles by hand.\n\nWhat happens now is riders message us, and when a message slips down the list we forget the order.\n\nWhat I want: an order page.\n\nWorries: payments are slow.\n";
    let idea = parse_str(notes).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
    let pitch_only =
        "# Saddles\n\nWe stitch saddles by hand, when riders ask.\n\nWhat I want: an order page.\n";
    let idea = parse_str(pitch_only).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) < 3);
}

#[test]
fn the_customers_service_desk_is_not_our_service() {
    let problem = "A dealer has 1,100 machines due a service every year and misses about 150 of them, £620 each. Today the service desk rings round from a printout of last year's jobs.";
    assert_eq!(level_for(problem), 4);
}

#[test]
fn a_dated_condition_that_demands_something_is_why_now() {
    let base = "Every term 8% of loaned tubas come back late, about 90 a year, and 20 are written off at £600 each. Today it is a shared spreadsheet, which is out of date by the first week.";
    assert_eq!(level_for(base), 4);
    for why_now in [
        "The 2027 funding condition asks each hub to report utilisation.",
        "Funders started demanding utilisation reports in 2026.",
        "The matter is pressing because lost tubas become a reportable event.",
        "Under the new funding, a late tuba now costs the hub money.",
        "This spring the hubs logged 9,840 late returns, against 3,100 in an average term.",
    ] {
        assert_eq!(level_for(&format!("{base} {why_now}")), 5, "{why_now}");
    }
}

#[test]
fn a_forced_choice_or_an_option_that_fails_them_is_how_they_cope() {
    let base = "The last tram leaves at 23:10, so a nurse finishing at 23:30 pays £18 for a cab, about 3 times a week.";
    assert!(!facts_for(base).workaround, "{base}");
    for coping in [
        "They either pay for a taxi or walk.",
        "The employer's bike voucher fails these staff because it needs £900 up front.",
    ] {
        assert!(
            facts_for(&format!("{base} {coping}")).workaround,
            "{coping}"
        );
    }
}

#[test]
fn no_way_to_see_in_a_measured_pain_is_why_the_workaround_fails() {
    let problem = "A court sees 15 to 20 interpreter cancellations a week. Each continued hearing costs about $1,100. Today the coordinator phones down a printed list before 7:30; most interpreters do not answer, and there is no way to see who is already booked. From 1 January 2026 a new plan requires an interpreter in all civil hearings.";
    assert_eq!(level_for(problem), 5);
}

#[test]
fn the_missing_product_is_not_a_problem() {
    assert_eq!(
        level_for("There is no app that does all of this in one place."),
        1
    );
}

#[test]
fn company_goals_are_not_customer_problems() {
    assert_eq!(
        level_for("Our revenue is flat. We need to grow engagement on Acme this year."),
        1
    );
}

#[test]
fn whose_pain_it_is_decides() {
    // The users' pain, told by the team that serves them.
    assert_eq!(
        level_for(
            "Our users lose 3 hours every week matching invoices. Today they use a \
             spreadsheet, which still misses credit notes."
        ),
        4
    );
    // The organisation's goal, told in the first person.
    assert_eq!(
        level_for(
            "We lose too many volunteers. That leaves our Saturday shifts short, and \
             our board has set a target of 60% return by 2026."
        ),
        1
    );
}

#[test]
fn ambition_and_market_size_are_not_a_customer_problem() {
    assert_eq!(
        level_for(
            "There is no mirror on the market that truly understands you. The wellness \
             economy is worth $5.6 trillion and we can capture a meaningful slice of it."
        ),
        1
    );
}

#[test]
fn adjectives_alone_are_vague() {
    assert_eq!(level_for("Scheduling is frustrating and inefficient."), 2);
}

#[test]
fn frequency_cost_workaround_failure_and_urgency_make_five() {
    let p = "Every week each nurse spends 3 hours rebuilding the rota. Today she uses a \
             spreadsheet, which still misses swaps. Since 2026 the new staffing law fines \
             wards $2,000 per gap.";
    assert_eq!(level_for(p), 5);
}

#[test]
fn coping_said_in_other_words_is_a_workaround() {
    let cases = [
        "Every week a tenant waits 3 days for a repair, costing £40 a visit. The current fix is a shared inbox that nobody owns.",
        "Every week a tenant waits 3 days for a repair, costing £40 a visit. Agencies fill the gap by sending whoever is free.",
        "Every week a tenant waits 3 days for a repair, costing £40 a visit. Bookings are taken through Facebook Messenger.",
        "Every week a tenant waits 3 days for a repair, costing £40 a visit. Most landlords just eat the loss.",
        "Every week a tenant waits 3 days for a repair, costing £40 a visit. A Facebook post goes up when the office opens.",
        "Every week a tenant waits 3 days for a repair, costing £40 a visit. In practice: a carbon ticket book and a phone.",
        "Every week a tenant waits 3 days for a repair, costing £40 a visit. So they wait until a handy nephew drops by.",
    ];
    for problem in cases {
        assert!(facts_for(problem).workaround, "{problem}");
    }
    let bare = "Every week a tenant waits 3 days for a repair, costing £40 a visit.";
    assert!(!facts_for(bare).workaround);
}

#[test]
fn the_companys_staff_are_not_the_companys_goal() {
    let problem = "Every Monday a café spends 20 minutes writing an order, and 1 in 10 arrives wrong because our sales person retypes them by hand.";
    assert!(level_for(problem) >= 3, "{}", level_for(problem));
}

#[test]
fn coping_by_going_without_or_hiring_contractors_is_a_workaround() {
    let without = "Every year premiums rise 27%, to £95 a month. A third cancel and self-insure.";
    let hired = "Every month each borehole must be dipped; a contractor visit costs £400 per site.";
    assert_eq!(level_for(without), 4);
    assert_eq!(level_for(hired), 4);
}

#[test]
fn a_consequence_and_a_habit_with_its_hour_are_concrete() {
    assert_eq!(
        level_for("If you don't get a pitch you drive home with a van full of stock."),
        3
    );
    assert_eq!(
        level_for("Traders queue from early morning for a pitch."),
        3
    );
    assert_eq!(level_for("Markets are a hassle and frustrating."), 2);
}

#[test]
fn a_cost_ranked_largest_is_the_customers_pain_not_an_ambition() {
    // Becoming the biggest outlay of a trade is a burden the customer carries…
    let burden = "Every week the price of gas has become the biggest single cost of a florist's van round, at £80 a refill.";
    assert!(!facts_for(burden).company, "{burden}");
    assert!(level_for(burden) >= 3, "{}", level_for(burden));
    // …becoming the biggest marketplace is still the company's goal.
    let ambition = "We want to become the biggest marketplace for florists within two years.";
    assert_eq!(level_for(ambition), 1);
}

#[test]
fn a_reviews_income_target_and_its_indicators_are_the_bodys_own_problem() {
    // A body's own review sets the target and its indicators score the
    // branches: the numbers are the body's, however exact they are.
    let text = "Weekday visits to the town's three libraries fell to 40% of their 2019 level. The Leisure Review has set a goal of raising visitor numbers by 15% by 2029. Branches are reported against the authority's footfall indicators.";
    assert!(facts_for(text).company, "{text}");
    assert_eq!(level_for(text), 1);
    let needs = "Hall bookings fell to 30% in 2025. The service therefore needs evening classes that bring in income. Branches are reported against the authority's footfall indicators.";
    assert_eq!(level_for(needs), 1);
}

#[test]
fn the_sites_own_falling_numbers_said_in_the_present_are_its_problem() {
    // Terse notes on the seller's own figures, in the present tense.
    let text =
        "- our site visitors dip 60% every summer\n- our newsletter subscribers fall each January";
    assert!(facts_for(text).company, "{text}");
    assert_eq!(level_for(text), 1);
}

#[test]
fn a_problem_growing_now_or_at_a_record_is_why_now() {
    for text in [
        "Each month a bakery bins 30 loaves. More shops are asking for day-old bread, so the waste is getting bigger.",
        "Each week a mill waits 4 days for parts, and the queue at the importer is the longest in twenty years.",
    ] {
        assert!(facts_for(text).urgency, "{text}");
    }
    // A size said without time is no reason to act now.
    assert!(
        !facts_for("Each month a bakery bins 30 loaves, the biggest waste in the shop.").urgency
    );
}

#[test]
fn a_count_over_the_summer_is_how_often() {
    for text in [
        "Each scout group hires between two and four coaches over the summer.",
        "A youth club runs 5 to 8 trips during the school holidays.",
    ] {
        assert!(facts_for(text).frequency, "{text}");
    }
}

#[test]
fn our_tool_as_one_of_the_tools_in_use_today_is_where_the_workaround_happens() {
    let text = "Every week a choir changes its set list. Today the librarian retypes it by hand in our software or a rival's.";
    assert!(facts_for(text).workaround, "{text}");
    // Our app as the answer is still a promise, not today's way.
    let promise =
        "Every week a choir changes its set list. Our app will save the librarian that hour.";
    assert!(!facts_for(promise).workaround, "{promise}");
}

#[test]
fn a_flat_company_metric_is_the_companys_problem() {
    let problem = "Franchisees miss calls, and our average job value has been flat for two years.";
    assert!(level_for(problem) <= 2, "{}", level_for(problem));
}

#[test]
fn the_sellers_own_scoreboard_is_the_companys_problem() {
    // Revenue per shop, our renewal rate, share lost to rivals, a venue's
    // audience and its funder's growth target: each alone is the seller's
    // scoreboard, however concrete it sounds, not a customer's pain.
    assert_levels(
        1,
        &[
            "Revenue per shop has been flat since spring.",
            "Our renewal rate is behind plan.",
            "We keep losing share to the new chain on the ring road.",
            "The gallery's Sunday attendance dropped by a quarter last winter.",
            "The lottery grant asks us to show growth in young audiences.",
            "The plan is to increase secondary spend at the café.",
            "We need to bring more young families in on weekdays.",
        ],
    );
}

#[test]
fn moments_and_consequences_make_a_pain_concrete() {
    assert_levels(
        3,
        &[
            "By the time the keeper sees it, the colony is weak or gone.",
            "On the good days the last boats arrive and the silo is empty.",
            "Problems that start between visits go unnoticed.",
            "The fish arrives warm. Then the buyers give a lower price for it.",
        ],
    );
}

#[test]
fn a_falling_company_rate_and_its_margin_are_the_companys_problem() {
    let problem = "Our core-return rate has fallen from 78% to 61% over three years. Buying cores on the open market has taken 2.1 points off gross margin.";
    assert_eq!(level_for(problem), 1);
}

#[test]
fn a_market_and_its_growth_are_not_the_customers_pain() {
    assert_eq!(
        level_for("Canal holidays are a £420m segment, forecast to grow 6.8% a year."),
        2
    );
}

#[test]
fn a_change_dated_by_month_or_against_an_earlier_year_is_why_now() {
    let base = "Growers sell each crate through the packhouse 3 times a week and lose about £40 a crate when it is graded down. Today they drive samples over themselves, but the packhouse ignores them.";
    assert_eq!(level_for(base), 4);
    let dated = format!("{base} The packhouse raised its grading standard in March.");
    assert_eq!(level_for(&dated), 5);
    let trend = format!("{base} The season started 12 days later in 2026 than in 2015.");
    assert_eq!(level_for(&trend), 5);
    // A month with "next year" rather than its year is still a date.
    let coming = format!("{base} From June next year the packhouse grades every crate by camera.");
    assert_eq!(level_for(&coming), 5);
}

#[test]
fn being_shut_out_is_a_concrete_pain_not_a_missing_product() {
    // "No way to get in" names a barrier the customer meets; "no way to
    // see which berths are free" names the product that is missing.
    let barrier = "Small boats cannot get berths. The quays are held by a dozen firms, and skippers who ask end up selling at whatever the agent offers. There is no way to get in.";
    assert_eq!(level_for(barrier), 3);
    let missing = "Small boats cannot get berths. There is no way to see which berths are free.";
    assert!(level_for(missing) < 3, "{}", level_for(missing));
}

#[test]
fn a_councils_savings_target_is_its_own_problem() {
    let text = "Each phone contact costs the council £5.80 against £0.70 online, and the medium-term financial strategy requires a 15% reduction in contact-centre expenditure by 2029. Channel shift is a corporate priority.";
    assert_eq!(level_for(text), 1);
}

#[test]
fn seasons_weekdays_shares_and_queue_keeping_are_measures_and_workarounds() {
    // "Each winter a third of the orders slip" measures how often; "on
    // Saturdays" is a weekly rhythm; ordering "by calling the depot" and
    // leaving a bag "to hold their place" are today's ways of coping.
    let seasons = "Each winter about a third of planned deliveries slip: 900 crates short last year. Today the buyer phones depots one by one, and the depots oversell.";
    assert_eq!(level_for(seasons), 4);
    let queue = "On Saturdays the queue at the well is 2 hours. People leave a bucket in line to hold their place, and they lose it when the keeper serves whoever is there.";
    assert_eq!(level_for(queue), 4);
    let calling = "A kiln burns 40 kg of wood a firing, 3 firings a week, £30 of wood each. Potters order wood by calling one of the local yards, and in January the yards run a week behind. From this winter the county limits private cutting.";
    assert_eq!(level_for(calling), 5);
}

#[test]
fn a_measure_another_body_imposes_is_the_customers_pain() {
    let text = "In peak weeks the depot turns away 1 load in 6, about 40 a day, and each costs the grower £120. Today drivers phone the night before, but the whiteboard can't show bays freeing up. The board's 2027 freshness KPI now pays growers less for late fruit.";
    assert_eq!(level_for(text), 5);
}

#[test]
fn a_dated_change_named_by_its_noun_is_why_now() {
    // "The 2026 tariff change", "the 2027 harbour ban": a change in the
    // world with its year, told as a noun rather than a verb.
    let base = "Each week a stall loses about 3 crates, £40 each. Today the owner counts by hand at night, but the count is wrong by morning.";
    assert_eq!(level_for(base), 4);
    assert_eq!(
        level_for(&format!(
            "{base} The 2026 market-fee change applies to every stall."
        )),
        5
    );
    assert_eq!(
        level_for(&format!(
            "{base} The 2027 harbour ban on night deliveries starts in March."
        )),
        5
    );
}

/// Why today's way fails, said as its consequence: too late to help, given
/// up for the old way, or a workaround that only moves the pain.
#[test]
fn a_workaround_that_comes_too_late_or_moves_the_pain_fails() {
    let base = "About 9 bookings a week are cancelled, £32 each. Since 1 November the council caps the numbers. Today the manager keeps a paper waitlist and texts people one by one.";
    assert!(!facts_for(base).failure, "{base}");
    for fails in [
        "By the time anyone answers, drop-off is over.",
        "Two sites bought a booking suite and have gone back to paper.",
        "Some come at 5am, which just moves the queue earlier.",
        "The replies arrive 2 hours late.",
    ] {
        assert!(facts_for(&format!("{base} {fails}")).failure, "{fails}");
    }
}

/// A concrete outcome, with no number yet, is the rubric's level 3; a
/// figure of speech is still only a vague pain.
#[test]
fn what_physically_goes_wrong_is_concrete_and_a_figure_of_speech_is_not() {
    assert_levels(
        3,
        &[
            "Come autumn the windfalls just rot on the lawn.",
            "A junior on club kit lost a bout to a broken body wire.",
            "Half of the big dogs won't fit in a normal car boot.",
        ],
    );
    assert_levels(
        2,
        &[
            "The whole experience feels stuck in 1995.",
            "Things slip through the cracks.",
        ],
    );
}

/// A public body's or a consortium's own performance target, framed as the
/// problem, is the company's problem, not the customer's.
#[test]
fn an_institutions_own_performance_target_is_its_own_problem() {
    assert_levels(
        1,
        &[
            "The county has to lift its grant execution rate or lose part of next year's budget allocation.",
            "The quarry board must hit its revenue targets this year.",
            "The harbour office wants to improve its mooring fee collection rates.",
        ],
    );
}

fn level_of_file(text: &str) -> u8 {
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    super::super::level_of(analyze(&idea).0)
}

#[test]
fn an_untitled_paragraph_under_the_pitch_is_the_problem_when_other_steps_have_headings() {
    let measured = "Tide Check\n\nA yearly check of the posts under the boathouses on the estuary.\n\nTwice a year, after the spring gales, one of the boathouses loses a post. A new post costs about £900 fitted. Today owners wait until the floor sags, then ring round for whoever is free.\n\n## Solution\nWe tap every post at low tide and mark it on a sheet.\n\n## Risks\nWet work: always in pairs, with a rope.\n";
    assert_eq!(level_of_file(measured), 4);
    // The same idea with the pain paragraph gone has no problem at all.
    let without = measured.replace("Twice a year, after the spring gales, one of the boathouses loses a post. A new post costs about £900 fitted. Today owners wait until the floor sags, then ring round for whoever is free.\n\n", "");
    assert_eq!(level_of_file(&without), 1);
}

#[test]
fn a_paragraph_after_the_customer_label_that_opens_on_the_pain_is_the_problem() {
    let text = "# Kit Board\n\nA sign-out sheet for the club's shared tents.\n\nWho it's for: scouts who borrow tents for weekend camps.\n\nThe thing that goes wrong is that a tent goes home with someone and nobody knows who. Before a camp we open the store and a tent is missing.\n\nPlan: a sheet on the store door.\n";
    assert_eq!(level_of_file(text), 3);
    // The customer's own first paragraph is not read as the problem.
    let customer_only = "# Kit Board\n\nA sign-out sheet for the club's shared tents.\n\nWho it's for: scouts who borrow tents when they camp at weekends.\n\nPlan: a sheet on the store door.\n";
    assert_eq!(level_of_file(customer_only), 1);
}

#[test]
fn a_rate_needs_a_count_before_a_or_an() {
    for rate in [
        "Riders lose 3 hours a week.",
        "Leaf is weighed 2x a day.",
        "Two or three houses a year lose a pile.",
        "It happens twice a month.",
        "We send reminders four times a week.",
        "It happens about 20 nights a winter.",
    ] {
        assert!(FREQUENCY.is_match(rate), "{rate}");
    }
    // The object of a verb, or a stretch of time, is not how often.
    for once in [
        "Sometimes we lost an order because the message went down the list.",
        "A teacher who takes a class to the shore has nothing to do afterwards.",
        "We trialled it for a month.",
        "A wedding for 300 guests needs a big pot.",
    ] {
        assert!(!FREQUENCY.is_match(once), "{once}");
    }
}

#[test]
fn a_day_of_the_week_and_a_missed_run_set_a_concrete_scene() {
    assert_levels(
        3,
        &[
            "You turn up on a Saturday and there's six people on the bench.",
            "The inspector misses a run he was meant to witness.",
            "At a bank appointment a deaf client often sits across from someone who does not sign.",
        ],
    );
}

#[test]
fn how_they_cope_is_a_concrete_situation() {
    // No number and no scene word, but a way of coping is something that
    // happens, not an adjective.
    assert_levels(
        3,
        &[
            "A wedding for 300 guests needs a huge pot; few families own one, so they borrow one from the neighbours.",
        ],
    );
}

#[test]
fn a_change_dated_in_any_tense_is_why_now() {
    for now in [
        "The council moved to camera enforcement in January 2026, so fines are rising.",
        "The new fare structure removes the paper book in April 2027.",
        "Since the port switched every booking onto its portal in March 2026 nobody knows the slot.",
    ] {
        assert!(dated_change(now).is_some(), "{now}");
    }
    // A dated incident or a dated count is history, not a change.
    for then in [
        "Five of 31 trips in 2025 sailed with an empty seat because a change was missed.",
        "A closed area means a recall (4 in 2025).",
        "The Brass Band Results list shows 1,143 active bands in 2026.",
    ] {
        assert!(dated_change(then).is_none(), "{then}");
    }
}

#[test]
fn a_dated_change_in_the_customers_trigger_is_why_now_but_a_yearly_deadline_is_not() {
    let problem = "## Problem\nEngineers lose 2 hours a day hunting certificates, about £300 a week. Today they search old emails, but the emails are never complete.\n";
    let with_trigger = |trigger: &str| {
        format!(
            "# Acme\n\nA tool.\n\n## Customer\nService engineers with one to five vans. {trigger}\n\n{problem}"
        )
    };
    let dated =
        with_trigger("The trigger: since 2025 the big insurers ask for the last certificate.");
    assert_eq!(level_of_file(&dated), 5);
    let recurring = with_trigger("The trigger is the renewal deadline each spring.");
    assert_eq!(level_of_file(&recurring), 4);
}

#[test]
fn people_named_by_their_trade_doing_something_by_habit_is_how_they_cope() {
    for coping in [
        "Guides check the river gauge each evening and drive out at dawn to look.",
        "Operators find out at 06:30, then ring every booked passenger.",
        "Owners pay a freight agent for each carton.",
        "Clients who lack one have to get to a rental shop before it shuts.",
        "The alternatives are a cover-up or living with it.",
        "The only recourse is arguing with the supervisor.",
        "Inspections are done once a year by rope-access teams.",
        "So the way it works now is you leave your bag in the hall.",
    ] {
        assert!(WORKAROUND.is_match(coping), "{coping}");
    }
    // Waiting, a sponsor paying, or buying again after a loss is the pain
    // or a plan, not a way of coping.
    for not_coping in [
        "Some families wait a long time.",
        "Maybe free for dancers and sponsors pay.",
        "Then they have to buy seed again.",
    ] {
        assert!(!WORKAROUND.is_match(not_coping), "{not_coping}");
    }
}

#[test]
fn the_organisations_own_numbers_and_needs_are_its_problem() {
    assert_levels(
        1,
        &[
            "Our marketplace's listing growth has stalled at 1,100 listings; we need a differentiator to keep dealers.",
            "Our workshop's income is lumpy, and we need a steadier revenue line to keep two tuners employed.",
            "Our agency needs to double bookings to break even this year, and we need more traffic to the website.",
            "The station needs more local advertisers. Without a new channel we will not meet the revenue target.",
            "Management has set the objective of restoring channel revenue by 2028. Our group's print circulation to cafés has declined by 23% since 2022.",
        ],
    );
}

#[test]
fn the_companys_goal_and_the_missing_app_together_are_level_one() {
    let measured = ProblemFacts {
        present: true,
        concrete: true,
        frequency: true,
        cost: true,
        workaround: true,
        solution_as_problem: true,
        ..ProblemFacts::default()
    };
    // A measured pain that mentions the missing app is still a problem…
    assert_eq!(level(&measured), 4);
    // …but with the company's goal beside it, the section is level 1.
    let with_goal = ProblemFacts {
        company_hint: true,
        ..measured
    };
    assert_eq!(level(&with_goal), 1);
}

#[test]
fn an_apps_active_users_and_a_feature_it_needs_are_its_own_problem() {
    assert_levels(
        1,
        &[
            "WienAktiv's monthly active users have been flat at 62,000 since spring. We need a new content feature that brings people back every week.",
        ],
    );
}

#[test]
fn a_dated_rulebook_update_or_what_a_rule_now_allows_is_why_now() {
    for now in [
        "From the 2026/27 regulations, every absent invigilator must be reported.",
        "The 2026 loss adjustment manual update accepts remote imagery.",
        "The insurer now accepts photos instead of a visit.",
    ] {
        assert!(URGENCY.is_match(now), "{now}");
    }
}

#[test]
fn money_in_more_of_the_worlds_currencies_is_a_cost() {
    for cost in [
        "Each stolen animal costs about 1.2 million ariary.",
        "A lost lot is worth S/ 50,000 to the cooperative.",
        "The deposit is 50,000 to 150,000 CFA.",
        "Growers lose MGA 75,000 a kilo.",
        "The ambulance is held off the road for ~40 min.",
    ] {
        assert!(COST.is_match(cost), "{cost}");
    }
}

#[test]
fn a_workaround_that_gets_wet_is_copied_or_shut_down_fails() {
    for fails in [
        "Paper gets wet and smoke-stained; entries are filled in from memory.",
        "Initials are copied in minutes.",
        "Some lots pooled generators, which the fire marshal shut down.",
        "Rows get promised twice and the second buyer finds out on the quay.",
        "The sighting map lags the bears by a day.",
    ] {
        assert!(FAILURE.is_match(fails), "{fails}");
    }
}

#[test]
fn a_list_kept_in_an_exercise_book_is_todays_way() {
    // Concrete, counted and costed, and the way it is done today is a
    // school exercise book. Without the book it lacks the workaround.
    let with_book = "Every market day the stallholders queue at the office at 6 am for a pitch. The warden keeps the pitch list in a school exercise book. On an average day 40 queued and 12 got a pitch, and a lost morning costs about $30 in sales.";
    let without = "Every market day the stallholders queue at the office at 6 am for a pitch. On an average day 40 queued and 12 got a pitch, and a lost morning costs about $30 in sales.";
    assert!(facts_for(with_book).workaround);
    assert!(!facts_for(without).workaround);
}

#[test]
fn a_society_that_needs_more_income_states_its_own_problem() {
    // The body's need for income, and its plan to grow revenue, are the
    // organisation's goal: no customer problem at all.
    let own = "The Harbour Rowing Club needs more income. Half the members did not renew last year. We need to grow the club's revenue and give members a reason to stay.";
    assert_eq!(level_for(own), 1);
}

/// A letter with no headings whose only situation is the company's own
/// ("our shop needs new revenue since the ferry stopped") states no
/// customer problem; a customer's situation beside it still counts.
#[test]
fn a_letter_whose_only_situation_is_the_companys_goal_is_level_one() {
    let level = |letter: &str| {
        let idea = parse_str(&format!("Kava online\n\n{letter}\n"))
            .unwrap_or_else(|e| panic!("parse: {e}"));
        super::super::level_of(analyze(&idea).0)
    };
    let company = "We want to sell kava online.\n\nOur cooperative needs a new line of revenue after the ferry stopped coming and we think kava is a good opportunity to grow our sales.\n\nWe will post photos on Facebook.";
    assert_eq!(level(company), 1);
    let customer = "We want to sell kava online.\n\nEvery Friday the growers carry their kava two hours to the market, and when the ferry is late they sell at half price.\n\nWe will post photos on Facebook.";
    assert!(level(customer) >= 2, "{}", level(customer));
}

#[test]
fn the_missing_app_said_with_isnt_still_poses_as_the_problem() {
    // "There isn't an app for X" is "there is no app for X" in other words;
    // a comparison with what other trades have online is no customer pain.
    assert_levels(
        1,
        &[
            "There isn't an app for booking a knife sharpener. You can book a haircut, a taxi and a table on your phone, but not that.",
            "There aren't any websites for renting folk costumes. Everything else is online now.",
        ],
    );
}

#[test]
fn a_counted_harm_or_a_loss_in_bolivianos_is_the_cost() {
    // Severity quantified is the rubric's other half of level 5: people
    // hurt, counted; and "Bs" is how money is written in Bolivia.
    let with = |harm: &str| {
        format!(
            "Every night of the dry season the herders burn the stubble. {harm} Today they post a boy on the ridge, but he cannot see the far side. Since the 2026 drought the fires spread further."
        )
    };
    assert_eq!(
        level_for(&with("The clinic treated 9 burns last season.")),
        5
    );
    assert_eq!(level_for(&with("A lost pasture costs a family Bs 900.")), 5);
    assert_eq!(
        level_for(&with("The clinic treated many people last season.")),
        4
    );
}

#[test]
fn a_letter_whose_only_pain_is_the_companys_and_whose_plan_names_the_customer_has_no_problem() {
    // The plan sentence names the travellers' situation, but it is the
    // plan; the only pain stated is the agency's lost business.
    let letter = "Ferry desk proposal\n\n\
        Over the last two years our agency has lost most of its island ferry business, and head office has set a target to win it back by 2028.\n\n\
        The plan is a desk that sells walkers arriving at the station a ferry ticket, a bag transfer and a bed by the pier the night before the crossing, in one booking.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 1);
}

#[test]
fn a_paragraph_that_announces_the_plan_is_not_the_customers_situation() {
    // "What happens now: it's a mess" with the plan after it: the plan's
    // "two days instead of weeks" does not make the pain concrete.
    let text = "# X\n\nA tool.\n\n## What happens now\nThe old lathes are a headache and finding parts is frustrating.\n\n\
        My idea is that we keep the twenty parts that break most on a shelf. A lathe runs again in two days instead of four weeks, for 40 euro a part.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 2);
}

#[test]
fn a_boards_instruction_and_a_strategys_target_are_the_organisations_problem() {
    assert_levels(
        1,
        &[
            "Ferry ticket income fell by 9% in 2025 and is below the target in the long-term business strategy. The board has instructed the harbour office to grow ticket income by 12% by 2028.",
            "Café takings dropped 6% last summer. Every outlet must contribute to these targets.",
        ],
    );
}

#[test]
fn a_letter_whose_problem_is_the_missing_app_is_level_one() {
    let letter = "Shell Board\n\n\
        There is no app for the cockle pickers of Morecambe Bay to sell their catch to restaurants. That is the problem we want to solve.\n\n\
        The picker logs the catch on the quay with the app and is paid when a restaurant buys it.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 1);
}

#[test]
fn one_person_coping_is_a_workaround_too() {
    // "The owner goes to the market", "they get family to push it": one
    // person's way of coping today, said in the singular.
    assert_levels(
        4,
        &[
            "Every morning before 6 the owner goes to the wholesale market for flour because the mill does not deliver on time. It takes 2 hours a day and the taxi costs €12 a day.",
            "A broken wheelchair waits 8 days for the contracted repairer, twice a year on average. People get family to push the chair, or pay €90 for a private call-out.",
        ],
    );
}

#[test]
fn faxing_lending_and_borrowing_from_a_moneylender_are_workarounds() {
    // Each pain has its frequency or cost; the way they cope today is told
    // with a tool (the fax), a favour (lending) or a loan: level 4.
    assert_levels(
        4,
        &[
            "Every March the choir master must order the robes. He telephone to two tailors and send the sizes by fax, and waits about four weeks for a price.",
            "A new loom costs 900 euro and the waiting list is 5 months. So every autumn weavers lend their old looms, one for every four apprentices.",
            "A carver waits on average 9 weeks to be paid for a mask. To eat meanwhile, most borrow from a moneylender at 8% a month.",
        ],
    );
}

#[test]
fn a_town_that_must_raise_visitor_revenue_states_its_own_problem() {
    let town = "The Municipality of Ston must increase tourist revenue before the season ends. Our website shows low engagement and the salt museum sold fewer tickets than planned.";
    assert_eq!(level_for(town), 1);
}

#[test]
fn a_note_with_no_customer_or_problem_heading_tells_its_scene_in_the_pitch() {
    // No Customer and no Problem section: after the opening sentence the
    // pitch tells the scene (goods that arrive broken, people who end up
    // coping), a concrete pain with nothing measured: level 3.
    let note = "Glass floats by post\n\n\
        A small shop page for the glass fishing floats blown in our village near Murano. Buyers from Vienna write to ask for them by post, and the blowers end up packing floats in straw in old crates, and many arrive broken.\n\n\
        ## Plan\n\
        A shop template and the foam boxes the bottle maker in Treviso already makes.\n";
    let idea = parse_str(note).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
}

#[test]
fn a_dated_change_in_the_customers_world_makes_it_urgent() {
    // Frequency, cost, a workaround that fails, and why now: each row says
    // "now" with a dated change of its own kind.
    let pain = "Every week 30 to 40 parcels of smoked cheese go out, and one in eight arrives soft, at about €25 each. Today the dairy wraps each one in newspaper, which fails in any warm spell.";
    for now in [
        "Since the avian flu restrictions of the winter of 2025, couriers refuse soft parcels.",
        "From next May the courier will stop taking chilled parcels from villages.",
        "Courier surcharges rise again 1 Mar 2027.",
        "The one van driver will not be doing the run after this Christmas.",
        "This year the biggest buyer added a freshness clause to every order.",
        "Wholesalers are now holding back 10% of each payment for returns.",
        "A heatwave summer is forecast for 2027.",
    ] {
        assert_eq!(level_for(&format!("{pain} {now}")), 5, "{now}");
    }
}

#[test]
fn a_thing_that_splits_or_people_who_give_up_and_go_home_are_concrete() {
    // Physical failures and people turned away, with nothing measured:
    // the rubric's concrete pain (3), not a vague one (2).
    assert_levels(
        3,
        &[
            "The kiln shelves split along the grain in the first firing season.",
            "Visitors wait around in the rain and give up and go home without a ticket.",
        ],
    );
}

#[test]
fn a_pain_told_mostly_as_feelings_is_vague_even_with_one_scene() {
    // Two sentences of feeling around one scene, nothing measured: the
    // rubric's vague pain (2). One feeling beside the scene stays 3.
    assert_levels(
        2,
        &[
            "It is a nightmare to organise the rota. Volunteers text me the night before. It is so stressful and honestly really inefficient.",
        ],
    );
    assert_levels(
        3,
        &[
            "It is a nightmare to organise the rota. Volunteers text me the night before and the creche opens short-handed.",
        ],
    );
}

#[test]
fn an_office_held_to_a_visitor_target_states_its_own_problem() {
    // The office must raise overnight stays, is falling short of the
    // target and must report engagement upward: the institution's goal,
    // told twice, not a customer's pain (level 1).
    assert_levels(
        1,
        &[
            "Under the county's visitor plan the Office is required to raise registered overnight stays by 10% by 2028. Current figures show the county falling short of this target, and the Office needs a tool to report engagement to the regional board.",
        ],
    );
}

#[test]
fn goods_spoiled_by_the_quantity_are_a_cost() {
    // A frequency, a workaround that fails and a reason it is urgent, with
    // the loss counted in litres rather than money: the rubric's level 5.
    assert_levels(
        5,
        &[
            "Twice a month in summer the cold room trips overnight and about 60 litres of milk is spoiled each time. Today the dairyman gets up at 2 a.m. to check the thermometer, which fails because he sleeps through the alarm after milking. Since the 2026 power cuts began it happens every week in July.",
        ],
    );
}

#[test]
fn a_quetzal_amount_is_a_cost() {
    assert_levels(
        5,
        &[
            "A weaver buys thread three times a month and pays Q60 more per huipil than in the capital. The workaround is a bus trip to the city, which fails because the shops there run out of the exact colour. Why now: the last thread shop in town closed in May.",
        ],
    );
}

#[test]
fn a_nuisance_agreed_at_a_meeting_is_still_vague() {
    assert_levels(
        2,
        &[
            "Repairs have become rather inconvenient for our members. At the last meeting everyone agreed it is a nuisance.",
        ],
    );
}

#[test]
fn praise_for_the_product_is_not_the_pitchs_scene_of_a_pain() {
    // A note with no Customer and no Problem section: the only situation
    // it tells ("When I showed the butter …") is praise, which is evidence;
    // the pain is only adjectives (level 2).
    let note = "# Shea butter for salons\n\n\
        The women of the Sissili villages make shea butter by hand. Life is hard for them and selling the butter is complicated and not fair. When I showed the butter to a salon in Lyon the stylists loved it and said their clients would buy it.\n\n\
        ## Solution\nWe buy from the women's groups and sell to salons.\n";
    let idea = parse_str(note).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 2);
}

#[test]
fn burning_or_dumping_what_will_not_sell_is_how_they_cope() {
    for coping in [
        "So each autumn most growers burn their prunings.",
        "Many fishers dump the small crabs back at sea.",
        "Smallholders sell them off cheap to the dealer.",
    ] {
        assert!(WORKAROUND.is_match(coping), "{coping}");
    }
}

#[test]
fn a_directorate_required_to_shift_its_channels_has_its_own_problem() {
    assert_levels(
        1,
        &[
            "The Directorate is required, under the county's digital plan, to increase the share of permits applied for online from 20% to 70% by 2028. Missing the channel-shift target would put its transformation funding at risk.",
        ],
    );
}

#[test]
fn events_counted_over_a_season_are_a_frequency() {
    assert!(FREQUENCY.is_match("In winter 2025-2026 there were 27 such storms."));
    assert!(FREQUENCY.is_match("There were 14 floods during the year."));
}

#[test]
fn a_funder_asking_us_to_raise_our_figures_is_our_problem() {
    // The museum's own counts and its funding case, however concrete and
    // however well measured: the institution's goal, not a visitor's pain.
    assert_levels(
        1,
        &[
            "The regional board has asked us to raise our member numbers by 10% before the next grant round. Our attendance figures in winter are half the summer's, which weakens our case for the 2028 grant.",
        ],
    );
}

#[test]
fn no_app_said_with_emphasis_is_still_a_solution_posing_as_a_problem() {
    assert_levels(
        1,
        &["there is literally no app for this. you can check the tides but not the slipway"],
    );
}

#[test]
fn a_missing_guide_or_map_is_still_the_missing_product() {
    // The product is a guide or a map, and its absence poses as the pain.
    assert_levels(
        1,
        &[
            "There is no single handbook that explains thatching, dry-stone walling and pond lining together.",
            "There's no up-to-date map of the county's public water taps.",
        ],
    );
}

#[test]
fn paying_for_a_substitute_is_the_workaround() {
    // Frequency and cost, and what they do instead: pay someone else.
    assert_levels(
        4,
        &[
            "Twice a week the night crew finds the pool shut. Most go home; the ones with bad knees then pay for a physiotherapist, 40 euros a visit.",
        ],
    );
}

#[test]
fn the_companys_growth_in_fragments_is_its_own_problem() {
    // Terse bullets drop the subject and the verb: still the company's goal.
    assert_levels(
        1,
        &[
            "- Our mill needs to grow autumn revenue\n- Want a bigger share of the regional flour market\n- Ovens idle in the afternoon",
            "- shop revenue flat for three years\n- board wants half of sales online by 2029\n- tourist coaches stopped coming",
        ],
    );
}

#[test]
fn evenings_lost_each_month_and_a_trip_they_must_make_are_cost_frequency_and_coping() {
    // Time lost in evenings, a month as the rhythm, "must drive" as the way
    // they cope today, and money written the way people say it ("25 euro").
    let text = "Each March the grooms spend 2 or 3 evenings finding a farrier, and then they must drive the horse to the next county. Some pay 25 euro extra for a call-out.";
    let f = facts_for(text);
    assert!(f.frequency && f.cost && f.workaround, "{f:?}");
}

#[test]
fn what_still_went_wrong_last_year_is_not_why_now() {
    // "Last year they still started with …" tells the pain again; "last
    // year the council started charging" is a change that makes it urgent.
    // "A fifth of the stallholders cancel" is how often it happens.
    let base = "Every fair, a fifth of the stallholders cancel in the last week, and the organiser phones round the reserve list for 3 evenings.";
    let told = format!("{base} Last year they still started with 11 empty pitches.");
    let changed = format!("{base} Last year the council started charging for every empty pitch.");
    let urgent = |text: &str| {
        let f = facts_for(text);
        assert!(f.frequency && f.cost && f.workaround, "{f:?}");
        f.urgency
    };
    assert!(!urgent(&told));
    assert!(urgent(&changed));
}

#[test]
fn a_letters_ruined_goods_are_a_concrete_pain() {
    // A letter with no section but its Risks: what physically went wrong
    // (the dye ran, nobody can tell the buyer who made it) is a concrete
    // pain, though no "when" clause sets the scene.
    let letter = "Dear fund,\n\nWe ask for 4,000 dollars for a web shop for our cooperative of potters.\n\n\
        Visitors who buy glazed bowls in the city market find that nobody can tell them who made a piece. One buyer told us the colours ran in the first wash.\n\n\
        ## Risks\nPost is slow.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
}

#[test]
fn an_office_without_the_system_and_its_staffing_target_state_no_customer_problem() {
    // A formal memo: the missing system is the product's absence, and the
    // directorate's saving is its own goal; neither is a caller's pain.
    assert_levels(
        1,
        &[
            "2.1 The Board does not at present have an online permit-renewal system, unlike its neighbours.\n\n2.2 The Directorate is required to reduce customer-services staffing costs by 6% next year, and renewals by telephone take officer time.",
        ],
    );
}

#[test]
fn asking_a_relative_and_a_long_drive_are_how_they_cope() {
    // The coping is done by someone else ("ask a cousin to bring it"), or by
    // "these hosts" driving, a plural no list of job titles names.
    let text = "Each winter these hosts drive 4 hours to the market town or ask a cousin to bring the cheese on the bus, one trip costing about 90 euro.";
    assert!(facts_for(text).workaround);
}

#[test]
fn growing_turnover_and_no_brand_of_our_own_are_the_companys_problem() {
    assert_levels(
        1,
        &[
            "Our family mill has stood still since 2020 and we need to bring it back and grow our turnover. Nobody grinds flour here any more: there is no local flour brand.",
        ],
    );
}

#[test]
fn a_target_the_office_must_meet_and_its_rating_are_its_own_goals() {
    assert_levels(
        1,
        &[
            "The Office is required to meet the national digital services target that 60% of processes be online by 2028. Moving rosters online would also raise the district's rating in the annual review, on which next year's funding depends.",
        ],
    );
}

#[test]
fn a_funds_revenue_target_a_missing_webshop_and_an_online_presence_are_not_pains() {
    assert_levels(
        1,
        &[
            "The harbour trust must raise berth revenue 20% by 2028. Guest berths sit empty on weekdays.",
            "There is no webshop where you can buy flour from a real windmill. Windmills need a modern online presence.",
        ],
    );
}

#[test]
fn they_bring_or_they_drive_is_how_they_cope() {
    let text = "Most of the night crew eat nothing hot until 10 am. They either bring a cold sandwich from home or drive 10 minutes to a service station for a 4 euro croissant.";
    assert!(facts_for(text).workaround);
}

#[test]
fn coming_back_disappointed_is_an_outcome_and_finding_it_disappointing_a_feeling() {
    // What happens to them (they come back disappointed, and say so in
    // reviews) is a concrete pain; the adjective alone is a feeling.
    assert_levels(
        3,
        &[
            "The usual excursion is a bus tour to a roadside distillery with a gift shop. Guests come back disappointed and some say so in their hotel reviews.",
        ],
    );
    assert_levels(
        2,
        &[
            "The excursions that exist are not great, and guests find the whole thing frustrating and a bit disappointing.",
        ],
    );
}

#[test]
fn a_department_required_by_its_agreement_to_go_digital_states_its_own_goal() {
    assert_levels(
        1,
        &[
            "The Department is required under the 2025-2030 agreement to raise the share of its transactions handled online from 52% to 80% by 2028. Its performance against its digitalisation indicator was reported as insufficient.",
        ],
    );
}

#[test]
fn an_organisation_naming_its_own_numbers_states_its_own_problem() {
    // "Society membership down 12%", "Society newsletter barely read": the
    // organisation's own figures, under its own name, beside its goal.
    let own = "- Society membership down 12% since 2021\n- need to grow Society revenue 20% to keep the hall open\n- Society newsletter barely read";
    assert_eq!(level_for(own), 1);
    // The same goal beside customers' pain is still capped, not level 1.
    let customers = "- Hill farmers lose 3 ewes a winter to collapsed walls since 2021\n- need to grow Society revenue 20% to keep the hall open\n- Farmers wait 8 months for a waller today";
    assert!(level_for(customers) > 1);
}

#[test]
fn shorthand_frequency_and_hours_measure_the_pain() {
    // "2x/week" and "3 h" are how a terse writer says how often and how
    // long; with how they cope today, that is level 4.
    let terse = "- Every stall holder drives to the depot 2x/week, ~3 h incl. queueing\n- On strike days they fall back on the cash-and-carry and lose their organic label that week";
    let f = facts_for(terse);
    assert!(f.frequency && f.cost && f.workaround, "{f:?}");
    assert_eq!(level_for(terse), 4);
}

#[test]
fn waiting_years_between_visits_is_how_often_and_how_they_cope() {
    let text = "- The nearest farrier charges €90 for the trip\n- So owners wait 2 to 3 years between visits; hooves crack";
    let f = facts_for(text);
    assert!(f.frequency && f.workaround, "{f:?}");
}

#[test]
fn doing_it_the_evening_before_or_carrying_it_there_is_a_workaround() {
    for text in [
        "Bakers who start at 4 a.m. collect flour the evening before, and a sack in ten goes damp overnight, which costs about £12 a sack.",
        "When a pram wheel breaks it either sits in the hall for weeks or a parent loses half a day taking it to the shop in town, 50 minutes away.",
        "A player who misses the autumn order waits until the next season, or buys a foreign stick at £80 that does not fit.",
        "Some try to glue the blades at home, but the joint fails in the first frost; it happens every winter and costs £40 a blade.",
    ] {
        assert!(facts_for(text).workaround, "{text}");
    }
}

#[test]
fn a_time_word_that_closes_a_feeling_is_no_workaround() {
    // The pain adjective dated by "these days" says nothing of what
    // people do; "Today they …" does.
    let feeling = "Boats leak. It is hard to find anyone to caulk them properly these days, and it is a shame.";
    assert!(!facts_for(feeling).workaround);
    let doing = "Boats leak. Today they stuff the seams with rags, which is broken by every swell.";
    assert!(facts_for(doing).workaround);
}

#[test]
fn daily_labour_is_a_kind_of_work_not_a_frequency() {
    let text = "When the kiln is down the potter goes for daily labour on the roads and loses his commission.";
    assert!(!facts_for(text).frequency);
    assert!(facts_for("The kiln cracks pots daily and he loses his commission.").frequency);
}

#[test]
fn a_letter_paragraph_offering_what_the_writer_would_build_is_not_the_problem() {
    // No Problem heading: the untitled paragraphs are read for the pain,
    // but the one that opens on what the writer would build holds its
    // price, which is not what the problem costs.
    let letter = "# Reed Roofs\n\nA thatch patching service.\n\nDear panel,\n\nI thatch roofs in the fens.\n\nOwners of reed-thatched cottages find that the ridge has slipped so badly that the rain gets in and ruins the bedroom ceiling.\n\nWhat I would build with your help is a patching round, done in a day for a fixed £400.\n\nYou asked how I know people want this. 30 owners put their names on my list.\n\n## Risks\nI may fall ill.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (_, signals, facts) = analyze(&idea);
    assert!(facts.untitled && facts.concrete, "{facts:?}");
    assert!(!facts.cost, "{signals:?}");
}

#[test]
fn a_letter_paragraph_showing_the_product_at_work_is_not_the_problem() {
    // The letter's own problem paragraph is vague; the paragraph after it
    // shows the product removing the pain ("With MoorMate skippers book
    // …, and the queue at the harbour office stops"), which is the
    // Solution, not a measured pain.
    let letter = "Subject: idea for the spring meeting - MoorMate\n\n\
        Dear board,\n\nMoorMate is a booking page for the visitor moorings of small harbours.\n\n\
        What goes wrong today: mooring is a hassle and it is frustrating for everyone.\n\n\
        With MoorMate skippers book a berth on their phone the evening before, and the harbour master no longer rings round every morning or keeps the paper list by the kettle.\n\n\
        Best,\nRos\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 2);
}

#[test]
fn the_sum_a_letter_asks_for_is_not_what_the_problem_costs() {
    let asks = "I am writing to ask for your support of 30,000 dollars. The weavers' looms break every winter and they borrow a neighbour's.";
    assert!(!facts_for(asks).cost);
    let costs = "The weavers' looms break every winter, and each repair costs 300 dollars; they borrow a neighbour's.";
    assert!(facts_for(costs).cost);
}

#[test]
fn an_authority_needing_to_raise_its_yield_states_its_own_problem() {
    let own = "Income from the harbour's visitor moorings fell by 9% between 2023 and 2025, while dredging costs rose by 20%. The Trust needs to raise the yield per mooring and improve the financial return of the harbour.";
    assert_eq!(level_for(own), 1);
}

#[test]
fn doing_it_anyway_or_doing_without_is_how_they_cope() {
    for text in [
        "- wholesalers want min. 100 rugs, about EUR 900 upfront\n- twice a year the shops order the big lot anyway and sit on stock",
        "- the nearest kiln is 80 km away, EUR 60 a trip\n- every spring, or they skip glazing",
    ] {
        assert!(facts_for(text).workaround, "{text}");
    }
}

#[test]
fn a_board_that_must_raise_revenue_to_balance_its_budget_states_its_own_problem() {
    let own = "The drainage board must raise approximately €30,000 in additional non-tax revenue from its land in order to balance the 2027 operating budget. At present the grass is mown by a contractor at a cost to the board.";
    assert_eq!(level_for(own), 1);
}

#[test]
fn a_fallback_that_runs_out_too_is_a_workaround_that_fails() {
    let text = "Each café serves about 40 bagels a day, every day of the festival, and loses about £90 a morning when they run out. So they fall back on the supermarket, and the supermarket runs out too by the second weekend.";
    assert!(facts_for(text).failure);
}

#[test]
fn an_administrations_deficit_and_its_councils_instruction_are_its_own_problem() {
    let own = "The Parks Office's operating deficit reached €200,000 in 2025, and the Council has instructed the Office to raise its own income by 10% within two years. The Office therefore requires a new source of fee income.";
    assert_eq!(level_for(own), 1);
}

#[test]
fn a_body_that_needs_an_income_stream_for_its_budget_gap_states_its_own_problem() {
    // The trust's own shortfall, and the new income that would fill it, are
    // the organisation's goal; the missing product is the solution restated.
    let own = "There is no bottle bank at the quay. The Pier Trust needs a new income stream to cover the £12,000 gap in its repairs budget.";
    assert_eq!(level_for(own), 1);
}

#[test]
fn a_workshop_whose_revenue_fell_and_needs_steady_income_states_its_own_problem() {
    let own = "Our forge's revenue fell 40% when the film studio left, and we need steady recurring income to keep our apprentice.";
    assert_eq!(level_for(own), 1);
    // The customers' own takings falling is their problem, not ours.
    let theirs = "Our customers' takings fell 40% when the bypass opened, and most now close at 3 pm on weekdays.";
    assert!(level_for(theirs) > 1);
}

#[test]
fn trying_a_cheap_substitute_is_the_workaround() {
    let tried = "The only repairer is two hours away and charges £60 a visit. Most owners try a glue kit from the hardware shop, which fails within a month.";
    let none = "The only repairer is two hours away and charges £60 a visit.";
    assert!(facts_for(tried).workaround);
    assert!(!facts_for(none).workaround);
    // Buying the thing that goes wrong is the pain itself, not a way round it.
    let bought = "Owners buy a used boiler for £600 and find out it leaks.";
    assert!(!facts_for(bought).workaround);
}

#[test]
fn private_providers_price_and_a_second_chore_are_the_workaround() {
    // What the existing providers charge is what customers turn to today.
    let providers = "Each repair takes 3 visits. Private workshops in Bergen charge £90 a visit.";
    assert!(facts_for(providers).workaround);
    // "set alarms and drive round": the chore after the first one.
    let chore = "Swarm days come 20 times a spring. Beekeepers set alarms and walk the hives at dawn with a net.";
    assert!(facts_for(chore).workaround);
    // A price with nobody charging it is only the cost.
    assert!(!facts_for("Each repair takes 3 visits and costs £90.").workaround);
}

#[test]
fn a_scene_at_bedtime_or_after_a_colon_is_concrete() {
    // Not quantified, but a real situation: level 3, not a vague pain.
    assert_eq!(
        level_for(
            "At bedtime the parents read the English book aloud in Polish and skip the words they do not know."
        ),
        3
    );
    assert_eq!(
        level_for(
            "A flat tyre on the towpath is miserable: you push the bike for an hour when the one shop is shut."
        ),
        3
    );
    // The adjective alone stays vague.
    assert_eq!(level_for("A flat tyre on the towpath is miserable."), 2);
}

#[test]
fn nothing_it_costs_us_is_no_goal_but_new_footfall_and_a_contract_line_are() {
    // "It costs us nothing extra" is why now, told by the seller; not a goal.
    let why_now = "Deaf regulars drive 2 hours each way, about £25 in petrol, to the one captioned screening a month in the city. Since March the films arrive with captions, so it costs us nothing extra to show them.";
    assert!(level_for(why_now) >= 3);
    // The shop's own needs, stated twice, are its own problem.
    let ours = "The bakery needs to grow revenue. Counter income fell 20% and we need new footfall to stay open. We want to capture more of the wedding-cake market.";
    assert_eq!(level_for(ours), 1);
    let line = "- cooperative revenue down 12% since the contract ended\n- we need a new contract line to keep 6 drivers busy";
    assert_eq!(level_for(line), 1);
}

#[test]
fn going_into_winter_is_a_situation_and_reading_forums_a_workaround() {
    let text = "New pigeon fanciers are not sure whether their birds are fit going into winter, and worry about missing canker. They watch videos.";
    assert_eq!(level_for(text), 3);
    assert!(facts_for(text).workaround);
}

#[test]
fn what_people_do_now_is_the_workaround() {
    let text = "Three mornings a week in summer the early bus is full. What people do now is walk to the main road at six and hope for a lift.";
    assert!(facts_for(text).workaround);
}

#[test]
fn trying_to_cope_buying_a_substitute_and_doing_it_themselves_are_workarounds() {
    for text in [
        "Each box of strings has two good ones in ten. They try to sort them by ear at home.",
        "The baker runs out of rye on Mondays; cafés then buy supermarket loaves.",
        "Florists buy whole bunches from a grower in Kent and strip them themselves.",
    ] {
        assert!(facts_for(text).workaround, "{text}");
    }
}

#[test]
fn what_most_of_them_do_and_someone_walking_for_it_are_the_workaround() {
    for problem in [
        "After a day on the hill a picker has 3 kg of berries. Most of them freeze them in tubs, and half go to waste by March.",
        "Every market day the same thing happens: someone walks two miles to the bank while the others mind the stall alone.",
    ] {
        assert!(facts_for(problem).workaround, "{problem}");
    }
}

#[test]
fn a_bodys_falling_income_and_running_at_a_loss_are_its_own_problem() {
    assert_levels(
        1,
        &[
            "The slipway's use has fallen by half since 2024. The club's income from boat storage has dropped by £9,000 a year, and the yard now runs at a loss.",
        ],
    );
}

#[test]
fn a_quota_a_body_must_report_to_its_funder_is_its_own_goal() {
    assert_levels(
        1,
        &[
            "Under its grant, the society is required to report a minimum of 5,000 visitor hours a year to the fund. Hours logged on the society's booking system fell by 9% last year.",
        ],
    );
}

#[test]
fn a_change_that_gave_the_team_its_supply_is_not_the_customers_why_now() {
    let ours = "Every winter the village buys logs from a van at £110 a load, and they are wet. Since the storm came through in January 2024, we have had 60 fallen oaks stacked by the car park.";
    assert!(!facts_for(ours).urgency, "{ours}");
    // The same change landing on the customers is their why-now.
    let theirs = "Every winter the village buys logs from a van at £110 a load, and they are wet. Since the storm came through in January 2024, the van has doubled its price.";
    assert!(facts_for(theirs).urgency, "{theirs}");
}

#[test]
fn a_crew_losing_its_own_revenue_and_needing_turnover_states_its_own_problem() {
    assert_levels(
        1,
        &[
            "From December to February the boatyard is quiet, and we lose about £20,000 of revenue each winter while still paying wages. We need to fill the diary and grow our winter turnover by a third.",
        ],
    );
}

#[test]
fn the_teams_need_to_hit_its_target_or_make_its_kit_pay_is_its_own_problem() {
    assert_levels(
        1,
        &[
            "Our clinic team needs to reach the board's target of 60% flu-jab uptake by April, and we stand at 41%. The hall we rent on Thursdays sits empty most weeks.",
            "We bought a kiln in 2023 for £4,800 and it is cold most of the year. We need to make it pay for itself and bring in more income outside our own firing weeks.",
        ],
    );
}

#[test]
fn no_product_designed_for_a_setting_is_the_solution_posing_as_the_problem() {
    assert_levels(
        1,
        &[
            "At present there exists no rain gauge specifically designed for school roofs. The absence of a dedicated product for this setting is the gap we address.",
        ],
    );
}

#[test]
fn a_plain_account_of_what_happens_is_concrete_without_event_words() {
    // No pain adjective, none of our event words, but a scene all the same.
    let account = "The tide turns early in March. A picker who walks out at the usual hour can meet the channel filling behind her and must wade back through it.";
    assert!(facts_for(account).concrete, "{account}");
    assert_eq!(level_for(account), 3);
    // An adjective with nothing beside it is still only a feeling.
    assert_eq!(
        level_for("Picking is hard and tiring work for everyone involved in it all year."),
        2
    );
}

#[test]
fn how_often_and_what_it_costs_together_are_level_four_and_a_passive_can_is_no_benefit() {
    let measured = "Every week a tenant waits 3 days for a repair, costing £40 a visit.";
    assert_eq!(level_for(measured), 4);
    // "The turf can be cut" is the season, not the product promising a cut.
    let season = "When a wall slumps, the owner must find the one mason in the valley, who can only come in the short season when the turf can be cut.";
    assert!(facts_for(season).concrete, "{season}");
}

#[test]
fn how_often_what_it_costs_the_workaround_and_why_now_are_level_five() {
    // Why today's way fails is left unsaid: the numbers say it.
    let problem = "About 9 bookings a week are cancelled, £32 each. Since 1 November the council caps the numbers. Today the manager keeps a paper waitlist and texts people one by one.";
    assert_eq!(level_for(problem), 5);
    // Without the cost the rubric's "frequency AND cost" is not there.
    let uncosted = "About 9 bookings a week are cancelled. Since 1 November the council caps the numbers. Today the manager keeps a paper waitlist and texts people one by one.";
    assert_eq!(level_for(uncosted), 4);
    // Nor without how often, however plainly the workaround fails.
    let unfrequent = "A cancelled booking costs the family £32. Since 1 November the council caps the numbers. Today the manager keeps a paper waitlist, and by the time anyone answers, drop-off is over.";
    assert_eq!(level_for(unfrequent), 4);
}

#[test]
fn a_sweeping_claim_and_a_study_are_no_plain_account() {
    assert_eq!(
        level_for(
            "Everybody is too busy to cook proper meals. Surveys say 70% of renters eat takeaway food."
        ),
        2
    );
}

#[test]
fn a_letter_telling_what_happens_now_plainly_states_a_concrete_pain() {
    // One heading, so the letter has no Problem section; the paragraph
    // opening on today's way tells the scene in plain words.
    let letter = "To the parish fund,\n\nI clear chimneys in the Tamar valley and I would like to add a bird-guard fitting service.\n\n\
        What happens now is that a jackdaw pair builds a nest in an open pot every April and the smoke comes back down into the front room.\n\n\
        ## Risks\nI have not yet found a supplier for the guards.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
}

#[test]
fn a_second_revenue_stream_is_the_companys_goal() {
    assert_eq!(
        level_for(
            "Our quiet weekdays are the issue. The boatyard earns most of its money in July and August, and we need to fill the empty weekdays and bring in a second income stream to pay £30,000 of winter wages."
        ),
        1
    );
}

#[test]
fn a_thing_full_of_something_is_not_a_full_place() {
    assert!(!facts_for("Shop granola is full of sugar.").concrete);
    assert!(facts_for("By nine the car park is full.").concrete);
}

#[test]
fn missing_appointments_in_the_plural_is_a_concrete_outcome() {
    assert!(facts_for("No bus goes to the clinic. Patients miss appointments.").concrete);
    assert!(facts_for("Walkers miss ferries.").concrete);
}

#[test]
fn mostly_feelings_with_a_figure_and_no_way_of_coping_stay_vague() {
    let feelings = "Labelling is a headache for small bakers. It is frustrating and confusing. Every week the rules seem to change and a fine can cost £5,000.";
    assert_eq!(level_for(feelings), 2);
    // How they cope today makes the figure part of a described pain.
    let coping =
        format!("{feelings} Today they copy the allergen sheet by hand from the supplier's PDF.");
    assert_eq!(level_for(&coping), 4);
}

#[test]
fn a_machine_or_a_herd_giving_less_is_a_concrete_outcome() {
    // Nothing is counted, but the pain is a real thing happening: level 3.
    assert_levels(
        3,
        &[
            "Sand blows onto the mirrors and the output drops.",
            "Pollen coats the collectors and their efficiency falls.",
            "In the heat the cows drink less and the milk yield falls.",
        ],
    );
}

#[test]
fn a_letter_naming_its_product_in_passing_still_keeps_its_solution_out_of_the_problem() {
    // No title and no "X is …": the name comes as an aside ("a small
    // service, KilnKeep, that …"), and the paragraph opening "With KilnKeep,
    // …" is the plan, whose weekly rhythm is not the pain's frequency.
    let letter = "Dear Mr Adeyemi,\n\nThank you for the chat at the guild fair.\n\nI fire pots in a shared kiln in Leeds. My idea is a small service, KilnKeep, that books kiln space for the potters who share one.\n\nThe problem I see is that potters turn up to find the kiln already full, and their work waits.\n\nWith KilnKeep, each potter books a shelf on their phone, and once a week the kiln steward reviews the bookings and sends back a photo of the loaded kiln. It is better than what they do today because someone actually plans the firing.\n\nI have spoken to a handful of potters about it and they were very keen; one said she would sign up tomorrow.\n\nThe parts I am unsure about are whether stewards have the time, and whether potters would pay. I have not worked out either yet.\n\nBest wishes,\nAda\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (_, signals, facts) = analyze(&idea);
    assert!(!facts.frequency, "{signals:?}");
}

#[test]
fn a_new_version_of_a_rule_dated_and_requiring_is_why_now() {
    let text = "Skippers fill the catch log by hand after every trip. The revised fisheries code in 2028 requires an electronic log on every boat over ten metres.";
    assert!(facts_for(text).urgency, "{text}");
}

#[test]
fn a_how_often_field_answered_with_a_count_or_a_period_is_frequency() {
    // The table's own question answered in words no time phrase list holds.
    let table = "| | |\n|---|---|\n| What goes wrong | The kiln shelf cracks mid-firing and the load is lost |\n| How often | Three kiln loads in the last twenty, more in a damp spell |\n| What it costs | £180 of glazed work per lost firing |\n| Today | The potter props the shelf on spare posts |\n| Why that fails | Posts shift when the kiln heats and the shelf still sags |\n| Why now | The only shelf supplier in the county closes in March 2027 |";
    assert!(facts_for(table).frequency, "{table}");
    assert_eq!(level_for(table), 5);
    // "Sometimes" or "not sure" in the field leaves the question open.
    for vague in ["sometimes", "not sure yet"] {
        let open = table.replace(
            "Three kiln loads in the last twenty, more in a damp spell",
            vague,
        );
        assert!(!facts_for(&open).frequency, "{open}");
        assert_eq!(level_for(&open), 4, "{open}");
    }
    let labelled = "Frequency: most weeks, twice per shift.\nEach missed swap costs the ward 40 minutes of a nurse's time.";
    assert!(facts_for(labelled).frequency, "{labelled}");
}

#[test]
fn per_annum_days_in_a_season_and_a_normal_winter_week_are_frequencies() {
    for often in [
        "The harbour office logs 31 groundings per annum.",
        "Frost takes the blossom 3 to 5 nights in a 40-night spring.",
        "On a normal winter week the depot loses 4 drivers to sickness.",
    ] {
        assert!(facts_for(often).frequency, "{often}");
    }
    // A season named for a scene is not a rhythm.
    assert!(!facts_for("On a winter evening the hall is cold.").frequency);
}

#[test]
fn every_or_each_named_period_is_frequency_whatever_names_it() {
    for often in [
        "In each lambing season the farm loses about 30 lambs to cold nights.",
        "Every weekday the clinic's phone line jams at 8 am.",
        "Every exam term the school reprints 400 timetables.",
        // No word between: the period alone after each/every.
        "The depot turns away six late lorries each weekday.",
    ] {
        assert!(facts_for(often).frequency, "{often}");
    }
    // A period that is not a recurrence is not a rhythm.
    assert!(!facts_for("Our shed was built one wet autumn, long ago.").frequency);
}

#[test]
fn the_customers_own_product_is_not_our_pitch() {
    // "The product" a trader must trace is the goods they sell: the
    // sentence still tells the pain, and here the reason it is urgent.
    let traced = "Each bad batch of smoked eel costs a deli €200, about once a month. Today they phone the smokehouse and keep a spare batch, which fails because the wholesaler mixes lots. It is urgent now: since the 2026 labelling rule a shop can be fined if it cannot trace the product.";
    assert!(facts_for(traced).urgency);
    // Our own product named in the Problem section is still set aside.
    let pitched = "Each bad batch of smoked eel costs a deli €200, about once a month. Our app will make it urgent now.";
    assert!(!facts_for(pitched).urgency);
}

#[test]
fn a_body_cutting_its_own_service_is_not_our_promise() {
    // The ferry company, not the product, "will cut its" sailings: the
    // sentence is a dated change in the customer's world.
    let cut = "Islanders miss the 7:10 sailing twice a month, and each missed sailing costs a day's wages. Today they sleep at a cousin's on the mainland, which fails in the holidays. From May 2027 the ferry company will cut its winter timetable to two sailings a day.";
    assert!(facts_for(cut).urgency);
    // A promise of ours stays out of the problem's measure.
    let promise =
        "Islanders miss the 7:10 sailing. From May 2027 the booking app will cut their waiting.";
    assert!(!facts_for(promise).urgency);
}

#[test]
fn a_dated_change_may_name_a_hyphenated_count_or_a_short_month() {
    // "16-seat" and "under-12" are names, not counts: the change still
    // carries its date. So does "Jan 2027".
    for now in [
        "The operator will withdraw its 16-seat minibus in July 2027.",
        "The league starts a new under-12 section in September 2027.",
        "The cashless rule is enforced again from Jan 2027.",
    ] {
        assert!(dated_change(&now.to_lowercase()).is_some(), "{now}");
    }
    // A count between the verb and the year is still a dated count.
    assert!(dated_change("we stopped 5 of 31 trips in 2025.").is_none());
}

#[test]
fn urgency_from_a_coming_end_a_scheme_condition_or_an_approved_rise() {
    for now in [
        "The bank is ending its free business account in June, so every club must move.",
        "The harbour board will withdraw the night pilot in March.",
        "The 2026 grazing scheme pays only if the records are complete.",
        "The 2025 lifting guidance now tells yards not to let one person rig alone.",
        "Since the berth fee rise approved by the trust in May, owners have left.",
    ] {
        assert!(URGENCY.is_match(now), "{now}");
    }
    // A month alone, or a scheme that simply exists, is no change.
    assert!(!URGENCY.is_match("The club meets in June at the slipway."));
    assert!(!URGENCY.is_match("The grazing scheme pays for fencing."));
}

#[test]
fn urgent_before_a_noun_names_a_kind_of_job_not_why_now() {
    let base = "Each boatyard loses two days a month to late parts, about £1,200. Today they phone three chandlers, which fails at weekends.";
    for routine in [
        "Chandlers charge an \"urgent\" fee on one order in four.",
        "About 6 urgent repairs a week wait for a part.",
    ] {
        assert!(
            !facts_for(&format!("{base} {routine}")).urgency,
            "{routine}"
        );
    }
    for why_now in [
        "It is urgent now: the last chandler on the river closes in May 2027.",
        "This is urgent because the insurer has changed its terms.",
    ] {
        assert!(facts_for(&format!("{base} {why_now}")).urgency, "{why_now}");
    }
}

/// A date long before the idea's own latest year is biography, not why
/// now: "mending nets since 2009" in an idea that plans for 2027. The same
/// "since" a year before that latest year is news, and an idea that names
/// no later year keeps its date.
#[test]
fn a_change_years_before_the_ideas_latest_year_is_history_not_why_now() {
    let old = "Skippers have brought me their torn nets since 2009. \
               Each tear costs a day at sea, about £600, twice a season; they patch it on the quay and it tears again. \
               We want the loft open by spring 2027.";
    assert!(!facts_for(old).urgency, "{old}");
    let recent = old.replace("since 2009", "since 2026");
    assert!(facts_for(&recent).urgency, "{recent}");
    let alone = old.replace(" We want the loft open by spring 2027.", "");
    assert!(facts_for(&alone).urgency, "{alone}");
    assert!(long_past("since 2007", Some(2027)));
    assert!(!long_past("since 2024", Some(2027)));
    assert!(!long_past("since March", Some(2027)));
}

/// What a share of people prefer, expect or say they would do is a poll of
/// opinions, and a figure cited to a survey in brackets is someone else's
/// study: neither is a scene from this customer's day. A share that counts
/// what happened to the customers still is one.
#[test]
fn an_opinion_poll_is_not_a_concrete_situation() {
    for poll in [
        "Tenants increasingly expect apps: 68% of renters prefer to report repairs online, and 55% say they would move for a better landlord portal.",
        "Some 64% of garages rank digital tools as a top priority (trade survey, 2025), yet the gap remains large.",
        "71% of younger commuters say they expect to pay for parking on their phone.",
    ] {
        assert!(!facts_for(poll).concrete, "{poll}");
    }
    let happened =
        "Last winter 40% of our tenants had a burst pipe and waited three days for a plumber.";
    assert!(facts_for(happened).concrete, "{happened}");
}

/// One "costs us" beside the customer's own situation is most likely a
/// customer writing in the first person: it names whose cost it is, and
/// caps nothing. A board's target is still the company's goal.
#[test]
fn a_lone_cost_to_us_does_not_cap_a_customers_pain() {
    let pain = "Every Saturday two of our booked dogs fail to show, and each no-show costs us £45 of grooming time. \
                We text reminders the night before, but half of them go unread. \
                In August it is four dogs a week.";
    assert!(level_for(pain) >= 3, "{pain}");
    let goal =
        "Our board has set a target of 20% more bookings this year, and each no-show costs us £45.";
    assert!(level_for(goal) <= 2, "{goal}");
    // A team's own count to reach, with where it stands, is its target too.
    let count = "The Active Travel Unit has a yearly target of 5,000 cycle-training sign-ups this year and we stand at 2,100. \
                 Our posters are not reaching enough families, and councillors want a digital offer they can report.";
    assert!(level_for(count) <= 2, "{count}");
}

/// A market's forecast is the market's future, however it writes its
/// billions ("a £4B opportunity", "forecast to be worth"): not why this
/// customer needs it now. A dated change to the customer's costs is.
#[test]
fn a_market_forecast_in_short_billions_is_not_why_now() {
    let base = "Garden firms lose two days a week to rain, about £300 each time; they rebook every job by phone.";
    for forecast in [
        "Outdoor services are forecast to be a £4B opportunity by 2029.",
        "Garden care is a $2.5b market by 2030.",
    ] {
        assert!(
            !facts_for(&format!("{base} {forecast}")).urgency,
            "{forecast}"
        );
    }
    let change = "From March 2027 the council charges £40 for every green-waste collection.";
    assert!(facts_for(&format!("{base} {change}")).urgency, "{change}");
}

#[test]
fn a_missing_app_described_with_commas_is_still_the_missing_product() {
    let missing = "There is no simple, all-in-one app for booking dog sitters.";
    assert!(facts_for(missing).solution_as_problem);
    assert_eq!(level_for(missing), 1);
}

#[test]
fn feelings_beside_a_missing_app_are_a_vague_pain() {
    // Mostly how it feels, then the missing app: the rubric's vague pain.
    let feelings = "Learning the bass alone is hard. It is frustrating and lonely, and practice is boring. There is no friendly app that makes practising fun.";
    assert_eq!(level_for(feelings), 2);
}

#[test]
fn a_customer_suspecting_an_upsell_is_their_pain_not_our_goal() {
    // The salon's clients see a list of add-on treatments and suspect an
    // upsell: the salon's lost sales are the customer's pain.
    let text = "Twice a week a salon's stylist spots a scalp problem and recommends a treatment. Clients suspect an upsell and 7 in 10 say no, so each salon loses about £300 a week; today the stylist explains it by mouth, which does not convince them.";
    let facts = facts_for(text);
    assert!(!facts.company_hint && !facts.company, "{facts:?}");
    // The team's own upselling is still its goal.
    let ours = facts_for("We need to upsell our premium plan to more salons.");
    assert!(ours.company_hint || ours.company, "{ours:?}");
}

#[test]
fn a_plan_that_is_our_growth_goal_is_the_company_problem() {
    let text = "Independent bakeries are many and small; the top five chains hold under 10% of sales.\n\nOur plan is to become the leading ordering platform for them. To raise our next round we need to reach £4m in annual orders within two years.";
    let facts = facts_for(text);
    assert!(facts.company, "{facts:?}");
    assert_eq!(level_for(text), 1);
}

#[test]
fn a_worldwide_statistic_measures_no_customer_pain() {
    // The whole world's numbers say nothing of how often this customer
    // suffers or what it costs them.
    for text in [
        "Ferries worldwide carry over 2 billion passengers every year, and every delay is frustrating.",
        "Across the world, ferries run late on 1 trip in 5, and it is frustrating.",
        // A nation's total is the same kind of figure.
        "Delays are stressful, and ferry passengers collectively lose 9 million hours a year.",
    ] {
        let facts = facts_for(text);
        assert!(!facts.frequency && !facts.cost, "{text}: {facts:?}");
    }
}

#[test]
fn once_every_few_winters_is_a_frequency() {
    // A season counted in the plural is as much a rhythm as "every 3 years".
    assert!(facts_for("The boiler pump seizes about once every two or three winters.").frequency);
}

#[test]
fn paying_for_the_alternative_is_the_workaround_and_a_worse_year_is_why_now() {
    // "Renting a second trailer costs …" opens on what they do instead;
    // "this season is worse" says why it matters now.
    let instead = facts_for(
        "Show jumpers lose a day when the trailer fails. Renting a second trailer costs £90 a weekend.",
    );
    assert!(instead.workaround, "{instead:?}");
    let worse = facts_for(
        "Show jumpers lose a day when the trailer fails. This season is even worse: the hire yard shut.",
    );
    assert!(worse.urgency, "{worse:?}");
}

#[test]
fn a_figure_that_worsened_from_last_year_to_this_year_says_why_now() {
    assert!(
        facts_for("Ferry queues went from 40 minutes last summer to two hours this summer.")
            .urgency
    );
    assert!(!facts_for("Ferry queues last about two hours in summer.").urgency);
}

#[test]
fn a_real_headache_at_the_moment_is_a_feeling_not_how_they_cope() {
    let text = "Filing the returns is a proper nightmare for bookkeepers at the moment.";
    assert!(!facts_for(text).workaround);
    assert_eq!(level_for(text), 2);
}

#[test]
fn a_change_about_to_make_it_worse_says_why_now() {
    for text in [
        "Parking at the surgery is about to get worse, because the council closes the side car park from 1 June.",
        "The wait gets worse from this September, when the new rota starts.",
        "Calling round used to be fine. It isn't now, because two of the three local farriers retired last year.",
    ] {
        assert!(facts_for(text).urgency, "{text}");
    }
    // A pain that gets worse at a time of day is no change in the world.
    assert!(!facts_for("The queue gets worse when the kids are tired.").urgency);
}

#[test]
fn most_nights_is_a_frequency() {
    assert!(facts_for("Alarms go off at the depot most nights.").frequency);
}

#[test]
fn head_office_wanting_engagement_up_is_the_companys_problem() {
    // Two company goals and nothing the customer suffers: the company's
    // problem, level 1.
    let text = "We have to lift revenue per member by 10% this year, and the club app is stuck at 400 monthly active users. Head office wants engagement up before the new gyms open. The rewards scheme is how we get there.";
    assert!(facts_for(text).company);
    assert_eq!(level_for(text), 1);
}

#[test]
fn friction_and_a_fragmented_experience_are_vague() {
    // Consultant words for a pain say nothing a customer suffers.
    assert_levels(
        2,
        &[
            "Booking a pitch is fragmented and disjointed. Paper forms and phone calls create friction at every step, and the process hasn't kept pace with modern players.",
        ],
    );
}

#[test]
fn years_of_experience_and_a_coverage_above_a_hundred_percent_are_not_how_often() {
    assert!(
        !facts_for("I was a groundsman 9 years in three clubs, so I know this well.").frequency
    );
    assert!(!facts_for("A full-bleed poster at 250% ink coverage soaks the paper.").frequency);
    assert!(facts_for("About 30% of the posters come back smudged.").frequency);
}

/// The company's goal beside a sector described only in the abstract is
/// the company's problem; beside a moment the customer lives through and
/// what they do about it today, it caps the level at 2 instead.
#[test]
fn the_companys_goal_beside_nothing_the_customer_lives_through_is_level_one() {
    let abstract_sector = "The dental market is fragmented and under-served. Our aim is to win a leading share of practice software spend. Rivals are slow and old-fashioned.";
    assert_eq!(level_for(abstract_sector), 1);
    let with_a_moment = "When a crown comes back from the lab the wrong shade, the patient sits in the chair for a second fitting. It happens about twice a week; the practice phones the lab and waits for a remake. Our aim is to win a leading share of practice software spend.";
    assert_eq!(level_for(with_a_moment), 2);
}

#[test]
fn what_people_try_and_what_they_do_instead_are_workarounds() {
    for text in [
        "Varnish blooms white within a day of rain. Owners try rubbing it out with a hairdryer, which dulls it.",
        "A replacement key fob costs £140. So owners put the spare fob in a drawer and squint at the old one.",
    ] {
        assert!(facts_for(text).workaround, "{text}");
    }
}

#[test]
fn what_they_do_listed_after_a_colon_is_the_workaround() {
    let text = "Every autumn each grower has to press the apples, and it costs them a whole Saturday: borrowing a press, turning the garage into a cider shed and hosing it down after.";
    assert!(facts_for(text).workaround);
}

#[test]
fn a_date_and_then_what_ended_says_why_now() {
    // The date first, an aside between commas, then the ending.
    let text = "Every March the pools need their chlorine logs checked, and a late check costs £300. In January 2026 Aquaserve, the only contractor left in the valley, stopped taking new sites.";
    assert!(facts_for(text).urgency);
    // A dated count with no ending is not a change.
    assert!(!facts_for("In 2025 we counted 40 late checks at £300 each.").urgency);
}

/// "No app exists for X" is "there is no app for X" turned round: the
/// product's absence standing in for a customer's problem. A cure or a
/// rule that does not exist is not a product.
#[test]
fn a_product_said_not_to_exist_is_the_solution_posing_as_the_problem() {
    for text in [
        "- No booking software exists that is made for piano tuners",
        "No apps are available for allotment committees.",
    ] {
        assert!(facts_for(text).solution_as_problem, "{text}");
        assert_eq!(level_for(text), 1, "{text}");
    }
    assert!(!facts_for("No cure exists for the blight.").solution_as_problem);
}

/// "Since the court went online-first" dates a change in the customer's
/// world, as "since the mill closed" does: it says why now.
#[test]
fn since_a_service_went_or_switched_another_way_is_why_now() {
    for text in [
        "Since parking fines went digital last year, a tenant can appeal in five minutes.",
        "Since the ferry switched to booking only, walk-up cyclists get turned away.",
    ] {
        assert!(facts_for(text).urgency, "{text}");
    }
    assert!(!facts_for("The boxes went out late twice.").urgency);
}

/// "The firm must establish a defensible position before rivals do" is
/// strategy-deck talk for the company's own goal: beside a market-share
/// target, the section holds no customer problem at all.
#[test]
fn a_defensible_position_to_establish_is_the_companys_goal() {
    let text = "Harbourline needs to establish a defensible position in marine insurance before rivals move. \
                Our objectives are to capture 6% market share by Year 2 and to lift weekly sessions per user to 3. \
                Waiting risks handing the lead to better-funded entrants.";
    assert!(facts_for(text).company, "{text}");
    assert_eq!(level_for(text), 1);
}

/// The company's goal beside the company's own figures ("each van brings
/// in £280 a day") is the company's problem, level 1, however measured.
/// What the customer does about it today is the customer's life, and
/// keeps level 2 in reach.
#[test]
fn the_companys_goal_beside_its_own_figures_is_level_1() {
    let goal = "- Each van brings in £280 a day on average. Target is £400.\n\
                - Income swings too much week to week. Need a steady line.\n\
                - The investors want recurring revenue before the next round.";
    assert_eq!(level_for(goal), 1);
    let with_workaround = "- Each van brings in £280 a day on average. Target is £400.\n\
                - The investors want recurring revenue before the next round.\n\
                - Cafés sharpen their own knives on a steel today, and blades go dull within a week.";
    assert_eq!(level_for(with_workaround), 2);
}

/// "Meanwhile bakers buy cheap tins", "Or they post the tins to a repair
/// firm": what people do while the pain lasts, and the other way they
/// cope, are workarounds.
#[test]
fn what_people_do_meanwhile_and_the_other_way_they_cope_are_workarounds() {
    for text in [
        "Meanwhile bakers buy cheap tins: about £6 each, ten a month.",
        "Or they post the tins to a repair firm: ten days without them.",
        "Meanwhile most surgeries print the rota twice.",
    ] {
        assert!(facts_for(text).workaround, "{text}");
    }
}

/// A share of a market to capture, a valuation to reach or a revenue gap
/// to close is the company's ambition, not a pain its customer feels.
#[test]
fn a_valuation_or_a_share_to_capture_is_the_companys_problem() {
    for text in [
        "The wedding trade is scattered. We will capture 4% of the market's spend and reach a $500m valuation.",
        "Tutoring is a huge revenue gap, and whoever owns the rails owns it.",
    ] {
        assert_eq!(level_for(text), 1, "{text}");
    }
}

/// "Today there is no single super-app that…" opens the missing product
/// with a time word: it poses as the problem and says nothing of how
/// anyone copes, so a market share beside it does not make a level 2.
#[test]
fn today_before_a_missing_product_is_no_workaround() {
    let text = "There is no marketplace for hand-thrown pottery. Today there is no one super-platform that joins selling, lessons and repairs for a £900 million trade. The trade is scattered over 6,000 studios, and 85% of them sell nothing online.";
    assert_eq!(level_for(text), 1, "{text}");
    assert!(
        facts_for("Today there is no single super-app for the trade.").solution_as_problem,
        "a hyphenated product noun is still the missing product"
    );
}

/// A firm that must widen where its money comes from states its own goal,
/// as one that must grow it does.
#[test]
fn a_firm_that_needs_to_diversify_its_revenue_has_its_own_problem() {
    let text = "The practice needs to diversify revenue beyond routine check-ups and reach 20% of fees from plans by 2029.";
    assert_eq!(level_for(text), 1, "{text}");
}

/// Customers going round the company ("they book direct instead of
/// through us") is the company's lost trade: beside the company's target
/// it is no way the customer copes, and the section stays the company's.
#[test]
fn customers_going_round_us_is_not_their_workaround() {
    let text = "- Repeat orders on our app fell from 52% to 38% this year\n- Need to grow GMV 25% before the next raise\n- Cafés now order straight from the roasters instead of through us";
    assert_eq!(level_for(text), 1, "{text}");
    // The trade the company wants to win from its rivals is its goal too.
    let rivals = "- Spring is slow for the yard. From December to March the slipways sit at about 35% and we still pay two fitters full time.\n- We need a product that fills the yard in the quiet months and grows spring revenue by a quarter.\n- We also want more of the harbour's boats using us instead of the other yards.";
    assert_eq!(level_for(rivals), 1, "{rivals}");
}

/// "It ought to be simple, and at the moment it just isn't" dates an unmet
/// wish; "caring for" or "looking after" old things names no moment.
#[test]
fn an_unmet_wish_and_looking_after_things_are_no_scene() {
    assert_levels(
        2,
        &[
            "Tuning old pianos is complicated. Keeping an old piano sweet ought to be simple, and at the moment it just isn't.",
            "Tuning old pianos is complicated. Looking after lovely instruments should be a joy.",
        ],
    );
}

/// A crack that means the piece cannot be used and "a diner can cut a
/// finger" is a harm, not a promise of ours to cut costs.
#[test]
fn a_cut_to_the_body_is_a_harm_not_a_benefit() {
    assert_levels(
        3,
        &[
            "A hairline crack in a serving bowl means it can not go out to tables again: a diner can cut a finger, and it looks cheap.",
        ],
    );
}

/// "The other way is to borrow one" is how they cope; "this matters more
/// now than it did" is why now.
#[test]
fn the_other_way_and_mattering_more_now() {
    let facts = facts_for(
        "Without a press the cooper buys new hoops. The other way is to borrow the yard's press, and wait till late at night for a turn.",
    );
    assert!(facts.workaround, "{facts:?}");
    let facts = facts_for(
        "Boats sit idle when a sail tears. This matters more now than it did: owners switch yards after one bad summer.",
    );
    assert!(facts.urgency, "{facts:?}");
}

/// The hours a trade keeps are when it opens, not a way of coping.
#[test]
fn the_hours_a_trade_keeps_are_no_workaround() {
    let facts = facts_for(
        "Tailors keep office hours, nine to five on weekdays, the same hours their clients are at work, so the torn coat hangs by the door for weeks.",
    );
    assert!(!facts.workaround, "{facts:?}");
}

/// A supplier that closed "in the spring" and a nuisance that "has become"
/// a queue are changes that make it urgent now.
#[test]
fn a_closure_in_the_spring_and_what_has_become_worse_are_why_now() {
    for text in [
        "Owners wait three weeks for a saddle refit. The one fitter in the county closed in the spring.",
        "Owners wait three weeks for a saddle refit. What used to be a nuisance has become a backlog.",
    ] {
        assert!(facts_for(text).urgency, "{text}");
    }
}

/// Know-how about to leave with a maker who plans to stop within two years
/// is why now.
#[test]
fn know_how_about_to_leave_is_why_now() {
    for text in [
        "Dyers mix each colour by eye. The one dyer who knows the recipes plans to retire within two years.",
        "Dyers mix each colour by eye, so the recipes are about to leave with her.",
    ] {
        assert!(facts_for(text).urgency, "{text}");
    }
}

/// "The wait has been six weeks for the last four summers": a pain that
/// has come back each season is a frequency, once a season.
#[test]
fn a_pain_over_the_last_few_seasons_is_a_frequency() {
    let text = "Orchards wait six weeks for a sprayer repair, and have for the last four summers.";
    assert!(facts_for(text).frequency, "{text}");
}

/// "Parcels arrive damaged, so returns get complicated": an adjective that
/// is the result of an event told before it is earned, not a bare feeling.
#[test]
fn an_adjective_that_follows_from_an_event_is_concrete() {
    let text = "Parcels arrive damaged, so the returns end up complicated for the shop.";
    assert!(facts_for(text).concrete, "{text}");
}

/// Marks that wear away in the weather ("paint flakes off in the frost")
/// are something physically going wrong.
#[test]
fn markings_that_wear_away_are_an_outcome() {
    let text = "The gate signs are hand painted, and the paint flakes off in the frost.";
    assert!(facts_for(text).concrete, "{text}");
}

/// "New staff get put on the tricky jobs": an adjective that picks out
/// which jobs is not a feeling about the pain, so the scene stays concrete.
#[test]
fn an_adjective_naming_which_parts_is_no_pain_word() {
    let text = "New glaziers get put on the tricky jobs, and a senior fitter has to redo the glazing before the client arrives.";
    assert!(facts_for(text).concrete, "{text}");
}

/// "The whole system is not efficient" is "inefficient" said with a
/// negation: a pain adjective, not a scene.
#[test]
fn not_efficient_is_a_pain_adjective() {
    let text = "The whole system is not efficient, and owners are unhappy with how it goes today.";
    assert_eq!(level_for(text), 2, "{text}");
}

/// "A locksmith charges £90 a visit", "the secretary drives round the
/// clubs": paying a trade for the job, or going round in person, is how
/// the customer copes today.
#[test]
fn a_trade_paid_or_a_round_driven_is_a_workaround() {
    for text in [
        "Each winter a hinge seizes, and a local locksmith charges £90 to free it.",
        "Before each match the fixtures secretary drives round the grounds to pin up the team sheets.",
    ] {
        assert!(facts_for(text).workaround, "{text}");
    }
}

/// "For every show the organiser wants a new form": a show, a fair or a
/// race is an event that recurs, as a match or a wedding is.
#[test]
fn every_show_is_a_frequency() {
    let text =
        "For every show the organiser wants a fresh safety form, and one form takes me two hours.";
    assert!(facts_for(text).frequency, "{text}");
}

/// "All the care that went into the frame is wasted": work thrown away is
/// something going wrong, a concrete outcome.
#[test]
fn work_that_is_wasted_is_an_outcome() {
    let text = "All the care that went into the frame is wasted at the last step.";
    assert!(facts_for(text).concrete, "{text}");
}

/// "A lot of time is wasted" says only that it feels slow: time lost, with
/// nothing named that it was spent on, is no outcome.
#[test]
fn time_wasted_is_no_outcome() {
    let text = "Planning the rounds is slow. A lot of time is wasted.";
    assert!(!facts_for(text).concrete, "{text}");
}

/// "Some clubs have given up and hire a van": giving up on the real thing
/// for a stand-in is how they cope today.
#[test]
fn giving_up_for_a_stand_in_is_a_workaround() {
    let text = "The bandstand sits empty most weekends. Some villages have given up and play recorded music through a speaker.";
    assert!(facts_for(text).workaround, "{text}");
}

/// "Filling in the form is not difficult": a pain adjective denied is no
/// feeling, so the scene beside it stays concrete.
#[test]
fn a_denied_pain_adjective_is_no_feeling() {
    let text = "Filling in the form is not difficult; the clerk then types every entry again at the end of the week.";
    assert!(facts_for(text).concrete, "{text}");
}

/// "A club runs 10 to 14 matches between April and September": a count
/// over a span of months says how often the pain comes round.
#[test]
fn a_count_between_two_months_is_frequency() {
    for often in [
        "A typical club runs 10 to 14 away matches between April and September.",
        "We host 30 tastings from October to March.",
    ] {
        assert!(FREQUENCY.is_match(often), "{often}");
    }
    // Months without a count are when, not how often.
    assert!(!FREQUENCY.is_match("The season runs from April to September."));
}

/// "Copying spares for the doubled desks": a change verb used as an
/// adjective after "the" describes a thing, not a change that makes it urgent.
#[test]
fn a_change_word_used_as_an_adjective_is_no_urgency() {
    let body = "A steward spends four hours on each fixture: printing lists, copying spares for the doubled gates and chasing passes that go missing. A busy club plays 20 fixtures a year. A new pass from the league costs £5 and takes a week, so most stewards write one by hand instead.";
    let facts = facts_for(body);
    assert!(!facts.urgency, "{facts:?}");
    // Said as the change it is, the same word is urgency.
    let changed = format!("{body} The league doubled the fee this spring.");
    assert!(facts_for(&changed).urgency, "{changed}");
}

#[test]
fn a_missing_digital_register_or_an_undigitised_trade_is_the_missing_product() {
    assert_levels(
        1,
        &[
            "There is no central digital register of who serviced which boiler.",
            "There is no trusted, shared ledger of which hives were treated.",
            "Funeral directing is one of the last industries to be digitised.",
            "Scaffolding is a trade that has not been digitised yet.",
        ],
    );
    // A paper register that fails people is a pain of its own.
    assert_levels(
        3,
        &["The paper register at the gate gets rained on and the names run."],
    );
}

/// "Before Acme, the five test kitchens binned 9 trays a week": the time
/// before the product is the world as it is, so its numbers measure the
/// pain; "Acme cuts that to 2" is the promise, left out of the measure.
#[test]
fn the_time_before_the_product_measures_the_pain() {
    let before = "Before Acme, the five test kitchens binned 9 trays of bread a week, about £60. Today they guess the batch from memory.";
    assert_eq!(level_for(before), 4, "{before}");
    let promise =
        "Acme cuts waste to 2 trays a week, saving £50. Today they guess the batch from memory.";
    assert!(level_for(promise) < 4, "{promise}");
}

/// "Ten or twelve stewards for a match Saturday" counts people for one
/// occasion; "ten matches a season" says how often.
#[test]
fn a_count_for_one_occasion_is_not_how_often() {
    assert!(
        !facts_for(
            "The club has to find ten or twelve stewards for a match Saturday, at short notice."
        )
        .frequency
    );
    assert!(
        facts_for("The club has to find stewards for ten matches a season, at short notice.")
            .frequency
    );
}

/// "Phoning round the drivers, which takes about an hour" puts a number on
/// the time lost, written as a word.
#[test]
fn an_hour_spelt_as_a_word_is_a_cost() {
    assert!(
        facts_for("Every Friday the manager phones round the drivers, which takes about an hour.")
            .cost
    );
    assert!(!facts_for("Every Friday the manager phones round the drivers.").cost);
}

/// "Since last year feed costs much more" and "a lost morning hurts more
/// than it did" say why it matters now, without a date in figures.
#[test]
fn a_change_since_last_year_is_why_now() {
    assert!(
        facts_for("Since last year feed costs much more, so a wasted delivery is now a real loss.")
            .urgency
    );
    assert!(facts_for("With feed up again, a wasted delivery hurts more than it did.").urgency);
    assert!(!facts_for("A wasted delivery hurts more than a late one.").urgency);
}
