//! Unit tests of the customer clarity analyzer: each one states a rubric reading
//! in a few words of Markdown, in our own words.

use super::*;
use crate::model::parse_str;

fn excludes_text(text: &str) -> bool {
    let idea = parse_str(&format!("# X\n\nA tool.\n\n## Customer\n{text}\n"))
        .unwrap_or_else(|e| panic!("parse: {e}"));
    signals::section(&idea, Step::Customer)
        .iter()
        .any(|s| excludes(s).is_some())
}

/// What the analyzer found in a Customer section holding `customer`.
fn facts_for(customer: &str) -> CustomerFacts {
    let text = format!("# X\n\nA tool.\n\n## Customer\n{customer}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    analyze(&idea).2
}

fn size_in(customer: &str) -> bool {
    facts_for(customer).size
}

fn level_for(customer: &str) -> u8 {
    let text = format!("# X\n\nA tool.\n\n## Customer\n{customer}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, _, _) = analyze(&idea);
    super::super::level_of(score)
}

#[test]
fn simple_grammar_still_names_size_buyer_user_and_trigger() {
    let customer = "Managers of knitting factories in Tiruppur having 40 to 200 machine. About 1,100 such factory are there (member list of the association). Owner is paying, supervisor and mechanic are using. They are feeling it most when shipment date is near. Not for small units below 20 machine.";
    assert_eq!(level_for(customer), 5);
}

#[test]
fn an_occasion_or_an_incoming_request_is_a_trigger() {
    let occasion = "Groups of four to six adults who book a big table for Friday night, usually a birthday. About 220 bookings a month come through the booking page on our Instagram.";
    assert_eq!(level_for(occasion), 4);
    let request = "Registrars at public universities of 8,000 to 30,000 students whose transcript desk receives requests from students with holds. There are about 310 such institutions.";
    assert_eq!(level_for(request), 4);
}

#[test]
fn being_written_up_by_an_inspector_or_caring_the_winter_a_bill_arrives_is_the_situation() {
    assert_eq!(
        level_for(
            "Facilities managers at acute hospitals in Wales who were written up in an inspection for overfilled bins. There are 18 such hospitals."
        ),
        4
    );
    assert_eq!(
        level_for(
            "Parks managers at district councils in Kent that run floodlit courts. About 40 councils do. They care the winter the electricity bill arrives."
        ),
        4
    );
}

#[test]
fn feeling_it_every_race_weekend_or_a_threat_to_targets_is_the_situation() {
    assert_eq!(
        level_for(
            "Volunteer secretaries of rowing clubs affiliated to British Rowing, in clubs of 15-60 members. They feel it every regatta weekend. There are about 900 such clubs."
        ),
        4
    );
    assert_eq!(
        level_for(
            "Research managers at NHS trusts that host phase II trials, where patient dropout threatens recruitment. There are 131 such trusts."
        ),
        4
    );
}

#[test]
fn an_annual_audit_or_preparing_for_an_event_is_the_situation() {
    assert_eq!(
        level_for(
            "Smallholder coffee groups in Huila of 40 to 200 farmers, facing the annual certification audit. About 600 such groups."
        ),
        4
    );
    assert_eq!(
        level_for(
            "Adults in Wales who stammer and are preparing for a job interview. Roughly 30,000 of them."
        ),
        4
    );
}

#[test]
fn a_count_of_nouns_with_accents_is_a_size() {
    let accented = "Owners of tortillerías in Puebla with 1 or 2 machines, who feel it the day the tank runs empty. The census lists about 2,400 tortillerías in the city.";
    assert_eq!(level_for(accented), 4);
}

#[test]
fn a_segment_that_sprawls_over_the_world_or_more_groups_is_broad() {
    for sprawl in [
        "Amateur theatre groups in Leeds. Also schools doing shows, and probably film students too.",
        "Couples planning a wedding in Cork, and of course their guests.",
    ] {
        assert_eq!(level_for(sprawl), 2, "{sprawl}");
    }
    let focused = "Amateur theatre groups in Leeds. Also I forget which props went back.";
    assert_eq!(level_for(focused), 3);
}

#[test]
fn everyone_in_a_clause_of_time_is_the_moment_not_the_segment() {
    let moment = "Cello students at one conservatoire (about 210 of us), mostly in the weeks before recitals when everyone needs a room.";
    assert_eq!(level_for(moment), 4);
    assert_eq!(level_for("Everyone who needs a practice room."), 1);
}

#[test]
fn an_uninflected_count_a_shift_rhythm_and_unpaid_weekends_are_read() {
    let uninflected = "Owners of family-run dive lodges with 8-20 rooms in Gozo, where the first season after the ferry reopened doubled bookings. Around 140 lodges of that size on the island.";
    assert_eq!(level_for(uninflected), 4);
    let uninflected_noun = "Owners of family-run ryokan with 8-20 rooms in Gifu, where the first season after the border reopened doubled bookings. Around 1,300 ryokan of that size in the prefecture.";
    assert_eq!(level_for(uninflected_noun), 4);
    let rhythm = "The 640 bank nurses on our books who cover the 14 homes we supply in Kent and Sussex, most of them working 2-4 shifts a week on top of a hospital contract.";
    assert_eq!(level_for(rhythm), 4);
    let unpaid = "Volunteer referees of county youth leagues, usually a parent doing it unpaid on a Saturday. About 120 leagues run each year.";
    assert_eq!(level_for(unpaid), 4);
    assert!(level_for("Referees of county youth leagues. About 120 leagues run each year.") < 4);
}

#[test]
fn a_season_or_an_unsupported_tool_is_the_situation() {
    let season = "Loss adjusters working hail claims on wheat in Kansas. About 1,900 of them; in hail season each carries 60 to 90 claims.";
    assert_eq!(level_for(season), 4);
    let unsupported = "Managers of university labs who run instruments that the manufacturer no longer services. There are about 210 such labs.";
    assert_eq!(level_for(unsupported), 4);
}

#[test]
fn a_count_and_an_exclusion_draw_the_segment_without_a_when() {
    let drawn = "Duty managers of the 140 council-run leisure centres in Wales that run swimming lessons. \
                 Private gyms are not our customer.";
    assert_eq!(level_for(drawn), 5);
    // A count and where to reach them also draw it (level 4).
    let reached = "Duty managers of the 140 council-run leisure centres in Wales that run swimming lessons. \
                   We meet them at the association's spring conference.";
    assert_eq!(level_for(reached), 4);
    // One edge alone is not enough: no trigger, no exclusion stays at 3.
    let counted =
        "Duty managers of the 140 council-run leisure centres in Wales that run swimming lessons.";
    assert_eq!(level_for(counted), 3);
    let excluded = "Duty managers of council-run leisure centres in Wales that run swimming lessons. \
                    Private gyms are not our customer.";
    assert_eq!(level_for(excluded), 3);
}

#[test]
fn a_collective_nouns_count_is_a_size() {
    assert!(size_in(
        "Harbour masters of a group of 23 ports who share one pilot roster."
    ));
    assert!(!size_in("Owners of firms of 20 staff or more."));
    assert!(size_in(
        "Skippers of the 212 small-boat (under 12 m) licence holders in Gozo."
    ));
    assert!(size_in(
        "Buyers at the 160-odd private flax mills in the delta."
    ));
}

#[test]
fn a_channel_is_where_they_already_gather() {
    for reach in [
        "Nearly all of them attend the state association's spring meeting.",
        "Bookings come in through the booking page linked from our Instagram.",
    ] {
        assert!(CHANNEL.is_match(reach), "{reach}");
    }
    assert!(!CHANNEL.is_match("They read books at night."));
}

#[test]
fn everybody_is_level_one() {
    assert_eq!(level_for("Everyone who owns a phone."), 1);
    assert_eq!(level_for("Users."), 1);
}

#[test]
fn a_whole_industry_is_a_category_not_a_segment() {
    assert!(level_for("The ferry industry.") <= 2);
    assert!(level_for("The hospitality sector in general.") <= 2);
}

#[test]
fn a_bare_category_is_level_two() {
    assert_eq!(level_for("Dentists."), 2);
}

#[test]
fn a_qualifier_lifts_to_three() {
    assert_eq!(
        level_for("Dentists in rural Wales who run their own practice."),
        3
    );
}

#[test]
fn the_most_specific_sentence_is_the_segment() {
    let text = "Two groups ride our boats. Islanders on Rum and Eigg who cross to \
                Mallaig for work; the councils count roughly 310 of them. It matters \
                when a gale cancels the morning sailing. We reach them through the \
                community councils. The council pays; the islander gets the text. \
                Not: day-trippers.";
    assert_eq!(level_for(text), 5);
}

#[test]
fn broad_exclamations_are_everybody_unless_narrowed() {
    assert_eq!(level_for("Families! Anyone who loves a bedtime story."), 1);
    assert_eq!(
        level_for(
            "Swimming is for everyone! But we start with parents in Bristol whose \
             child is on a council waiting list."
        ),
        3
    );
}

#[test]
fn a_taste_is_not_a_qualifier_but_a_place_is() {
    assert_eq!(level_for("Gardeners who love roses."), 2);
    assert_eq!(
        level_for("Gardeners who love roses, in Leeds allotments."),
        3
    );
}

#[test]
fn numbers_about_the_economy_do_not_rescue_everybody() {
    let text = "Companies of every size. There are 30 million of them.";
    assert_eq!(level_for(text), 1);
}

#[test]
fn a_role_in_a_named_place_is_qualified() {
    let role =
        "The customer is the head groundsman of a Yorkshire cricket club with its own square.";
    let bare = "The customer is the manager.";
    assert!(level_for(role) >= 3, "{}", level_for(role));
    assert!(level_for(bare) < level_for(role));
}

#[test]
fn framing_exclusions_and_thresholds_in_other_words() {
    let base = "Windfall is for the cider makers in the Wye Valley who press between 50 and 400 tonnes a year. There are 41 of them.";
    assert_eq!(
        level_for(base),
        3,
        "a frame and a counted segment, no trigger and no other edge yet"
    );
    let trigger =
        format!("{base} They start looking at the point their orchard passes 20 hectares.");
    assert_eq!(level_for(&trigger), 4);
    let full = format!(
        "{trigger} The owner buys; the press foreman uses it. We are explicitly not serving: hobby pressers."
    );
    assert_eq!(level_for(&full), 5);
}

#[test]
fn situations_said_as_whose_and_who_need_because_qualify() {
    assert!(level_for("Parents whose kids play the cello.") >= 3);
    assert!(level_for("Households in which a grandparent lives with dementia.") >= 3);
    assert!(level_for("Families where one parent works nights on a hospital rota.") >= 3);
    assert!(
        level_for("Commuters who need a new bike within a day because theirs was stolen.") >= 3
    );
    assert_eq!(level_for("Holiday park guests."), 2);
}

#[test]
fn triggers_and_channels_in_other_words() {
    let base = "Practice managers of GP surgeries in North Yorkshire. There are 71 such surgeries.";
    assert_eq!(level_for(base), 3);
    let lost = format!("{base} The ones whose district nurses stopped taking bloods care most.");
    assert_eq!(level_for(&lost), 4);
    let letter = "Bar managers in Leeds city centre who put out five bins a week. They care the week they get a warning letter from the council. We reach them because they all turn up at the licensing forum.";
    assert_eq!(level_for(letter), 4);
}

#[test]
fn a_standing_situation_with_a_rhythm_is_the_situation_that_makes_them_care() {
    let text = "Organ builders of 2 to 8 people in Britain that hold annual tuning contracts. There are about 70 such firms.";
    assert_eq!(level_for(text), 4);
    let shifts = "Parents in Sheffield who work night shifts at least four times a month. About 1,050 such households.";
    assert_eq!(level_for(shifts), 4);
}

#[test]
fn its_for_is_a_frame_like_is_for() {
    let short = "It's for the cider makers in the Wye Valley who press 50 to 400 tonnes a year.";
    let long =
        "Windfall is for the cider makers in the Wye Valley who press 50 to 400 tonnes a year.";
    assert_eq!(level_for(short), level_for(long));
    assert!(level_for(short) >= 3);
}

#[test]
fn a_sentence_is_not_a_noun_phrase() {
    assert_eq!(level_for("Every bride needs alterations."), 2);
    assert_eq!(level_for("Wedding photographers need backups."), 3);
}

#[test]
fn seasons_and_obligations_in_a_who_clause_are_triggers() {
    let season = "Exams officers in English secondary schools with a sixth form, who each summer must staff a hundred exam sessions. We reach them through the Exams Officers' Association.";
    assert_eq!(level_for(season), 4);
    let run_up = "Independent printmakers who sell at weekend print fairs and who have to send out framed work in the run-up to Christmas. We reach them through the Printmakers' Council newsletter.";
    assert_eq!(level_for(run_up), 4);
}

#[test]
fn excluding_the_public_does_not_widen_the_segment() {
    let text = "The council's 11 highway inspectors, who each spring log defects. Members of the public who report defects are not the customer.";
    assert!(level_for(text) >= 3, "{}", level_for(text));
    let ours = "Discharge coordinators on 14 wards at one hospital. Stretcher transport is the ambulance service's job and not ours.";
    let text = format!("# X\n\nA tool.\n\n## Customer\n{ours}\n");
    let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.exclusion);
}

#[test]
fn anyone_listed_after_an_exclusion_label_is_left_out_not_served() {
    // The bullet opens with a label that says who is not served; the
    // "anyone" in the list after it is one more group left out.
    let text = "Owners of 2 to 6 bicycle shops in Oregon.\n\n- **Who it is not for.** Big-box sporting chains, online-only sellers, and anyone outside the state, where the warranty law differs.";
    let facts = facts_for(text);
    assert!(facts.exclusion && !facts.widened, "{facts:?}");
    // Without the label the same "anyone" still widens the segment.
    let widened = facts_for(
        "Owners of 2 to 6 bicycle shops in Oregon.\n\n- Really, anyone who sells bikes could use it.",
    );
    assert!(widened.widened, "{widened:?}");
}

#[test]
fn anyone_in_the_list_under_an_exclusion_lead_is_left_out_not_served() {
    // The lead line says who is not served and ends in a colon; each bullet
    // under it, the "anyone" included, is one more group left out.
    let text = "Night-shift nurses at the three Dundee hospitals who drive home after 2 am.\n\nWho this is not for:\n- day staff, who have buses,\n- visitors,\n- anyone who just wants a cheaper taxi (the ranks are outside).";
    let facts = facts_for(text);
    assert!(!facts.widened, "{facts:?}");
    // A list under a lead that excludes nobody still widens the segment.
    let widened = facts_for(
        "Night-shift nurses at the three Dundee hospitals who drive home after 2 am.\n\nOthers who could use it:\n- day staff,\n- anyone who just wants a cheaper taxi.",
    );
    assert!(widened.widened, "{widened:?}");
}

#[test]
fn accountability_short_notice_and_legal_needs_are_triggers() {
    for text in [
        "Portering managers at NHS hospitals with 400+ beds, who are judged on how long patients wait. 137 trusts run such a site.",
        "Site managers on small building jobs in Yorkshire who need a crane for a day, usually because a delivery got moved at short notice. About 3,100 such contractors.",
        "Drivers of HGVs on UK trunk routes who need a legal 11-hour daily rest. Our nine sites see about 2,600 such lorries a night.",
    ] {
        assert_eq!(level_for(text), 4, "{text}");
    }
}

#[test]
fn a_working_rhythm_or_the_calls_they_field_is_the_situation() {
    for text in [
        "Leaders of sea-rowing crews in Cornwall who launch at dawn on Sundays. There are about 60 such crews.",
        "Registrars at small-town wedding venues who host three to five ceremonies a week. About 900 such venues.",
        "Independent piano tuners in Ireland with one van. They get the 'can you come before the concert?' calls. About 240 of them.",
        "Coordinators at dubbing studios in Spain. There are about 45 such studios. The coordinator is the one who gets the script from the platform and turns it into a week of sessions.",
    ] {
        assert_eq!(level_for(text), 4, "{text}");
    }
    let yearly =
        "Cheese makers in Somerset who press 20 to 90 tonnes a year. There are 35 of them.";
    assert_eq!(
        level_for(yearly),
        3,
        "a yearly volume is scale, not a rhythm"
    );
}

#[test]
fn irregular_plurals_count_and_a_paying_aside_still_names_the_buyer() {
    let text = "Carers aged 70+ in the Dales villages who look after a partner at home, about 380 people by the surgery's register. The county pays (from the carers' grant); the carer books. Not for paid care workers.";
    let idea = parse_str(&format!("# X\n\nA tool.\n\n## Customer\n{text}\n"))
        .unwrap_or_else(|e| panic!("parse: {e}"));
    let facts = analyze(&idea).2;
    assert!(facts.size, "380 people is a count");
    assert!(
        facts.buyer_user,
        "an aside after 'pays' keeps buyer and user apart"
    );
}

#[test]
fn a_heading_that_is_a_plural_of_people_is_the_customer_section() {
    for heading in [
        "The traders",
        "Our growers",
        "Tenants",
        "The librarians",
        "Target buyers",
        "Who are our members?",
        "Guests",
    ] {
        assert!(heading_names_people(heading), "{heading}");
    }
    for heading in [
        "The numbers",
        "Partners",
        "Team",
        "The traders and the money",
        "Triggers",
        "Waitlists",
    ] {
        assert!(!heading_names_people(heading), "{heading}");
    }
    let text = "# X\n\nA loan app.\n\n## The traders\nMarket traders in Ibadan who restock every Monday. About 9,000 of them.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) >= 4);
}

#[test]
fn a_pitch_that_opens_with_the_product_may_name_its_people_next() {
    let text = "# X\n\nonline entries + running orders for village shows\n\nShow secretaries in Wales who run two-day shows.\n\n## Problem\nBookings get lost.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
}

#[test]
fn a_pitch_made_for_an_obligation_names_the_trigger() {
    let customer =
        "## Customer\nExams officers at sixth-form colleges in Kent. There are 41 such colleges.\n";
    let plain = format!("# X\n\nA matching service for colleges.\n\n{customer}");
    let obliged =
        format!("# X\n\nA matching service for the compulsory work-experience week.\n\n{customer}");
    let level = |t: &str| {
        super::super::level_of(analyze(&parse_str(t).unwrap_or_else(|e| panic!("{e}"))).0)
    };
    assert_eq!(level(&plain), 3);
    assert_eq!(level(&obliged), 4);
}

#[test]
fn a_place_after_to_qualifies_and_the_first_weekend_it_matters_is_a_trigger() {
    assert_eq!(
        level_for("Regular visitors to Leeds's two public lidos. About 2,000 of them."),
        3
    );
    let base = "The race secretary of a Kent pigeon club. About 700 such clubs.";
    assert_eq!(level_for(base), 3);
    let trigger = format!("{base} It starts to matter the first weekend a result is disputed.");
    assert_eq!(level_for(&trigger), 4);
}

#[test]
fn the_public_they_buy_from_is_not_the_customer() {
    let text = "Owners of licensed scrap yards in Wales that buy over the counter from the public. About 400 of them.";
    assert_eq!(level_for(text), 3);
}

#[test]
fn anyone_in_a_comparison_does_not_widen_the_segment() {
    let text = "Hedgehog rescues in Devon taking 20 hogs a week. About 80 of them. They care in October, when juveniles arrive faster than anyone can write notes.";
    assert_eq!(level_for(text), 4);
}

#[test]
fn a_segment_with_trigger_count_and_exclusion_is_five_when_one_person_buys_and_uses() {
    let base = "Piano tuners in Ireland who get the 'before the concert' calls each Friday. About 240 of them.";
    assert_eq!(level_for(base), 4);
    let excluded = format!("{base} Not for piano shops with their own workshop.");
    assert_eq!(level_for(&excluded), 5);
}

#[test]
fn a_sentence_that_opens_with_not_and_a_plural_excludes() {
    for text in [
        "Not holiday caravan parks, and not the three big operators with their own helpdesks.",
        "Not jewellers' chains with a repair counter, which send work out.",
    ] {
        assert!(excludes_text(text), "{text}");
    }
    for text in [
        "Not many shops have a till that can print labels yet.",
        "Not every owner is on the association's list of members.",
        "Not sure about prices.",
        "Not just farmers, but also contractors.",
        "Not all clubs in the league have a website.",
    ] {
        assert!(!excludes_text(text), "{text}");
    }
}

#[test]
fn busy_days_and_farming_seasons_are_triggers() {
    for text in [
        "Hire-desk supervisors at UK ice rinks that rent 300 pairs on a busy Saturday. There are 58 such rinks.",
        "Hill sheep farmers in Wales lambing 400 to 1,500 ewes outdoors, who fall behind at lambing time. About 6,100 such holdings.",
    ] {
        assert_eq!(level_for(text), 4, "{text}");
    }
}

#[test]
fn a_category_widened_with_anyone_else_is_still_a_category() {
    // Level 1 is "everyone"; a named group plus "anyone else who…" is
    // the rubric's broad category.
    assert_eq!(
        level_for("Potteries, mostly small ones, and anyone else who fires a kiln."),
        2
    );
    assert_eq!(level_for("Anyone who fires a kiln."), 1);
}

#[test]
fn an_exclusion_with_an_aside_and_a_buyer_who_pays_the_bill() {
    assert!(excludes_text(
        "Not weekend sailors (they hire twice a year), not the marinas."
    ));
    let both = "Skippers of day-trip boats in Oban who lose bookings when the forecast turns, about 140 of them. The harbour office pays the invoice; skippers log trips. Not weekend sailors (they hire twice a year), not the marinas.";
    assert_eq!(level_for(both), 5);
}

#[test]
fn counts_read_past_long_qualifiers_registers_and_a_tilde() {
    // "alone" holds no "one": the count is the 61 routes after it.
    assert!(size_in(
        "In Fife alone there are 61 contracted routes run by 8 firms."
    ));
    assert!(size_in(
        "Foremen at the 52 independent and family-run coastal slate quarries in Wales."
    ));
    assert!(size_in("There are about 310 listed on the booking site."));
    assert!(size_in(
        "- who: owners of river barges\n  - ~380 barges still registered"
    ));
    assert!(!size_in("Owners of river barges, mostly retired."));
}

#[test]
fn a_role_that_pays_beside_those_who_do_the_work_and_care_at_a_place() {
    // Buyer and user told apart with a slash in the users' noun; the
    // moment they care named by where it happens.
    let text = "Owners of canal barges on the Shropshire Union, about 300 of them. They care at the lock flights, where queues form every summer weekend. Owner pays, sons/daughters do the painting. Not hire-boat firms.";
    assert_eq!(level_for(text), 5);
}

#[test]
fn a_role_pointing_back_at_a_category_does_not_narrow_it() {
    assert_eq!(level_for("Garden centres and the people who run them."), 2);
    assert_eq!(level_for("Owners who run garden centres in Devon."), 3);
}

#[test]
fn a_duty_with_a_deadline_is_the_situation() {
    let duty = "The volunteer secretaries of county bowls leagues, the one person per club who has to send every team sheet to the league by Friday noon. There are about 140 clubs in the county league.";
    assert_eq!(level_for(duty), 4);
}

/// One trade narrowed by its modifier is the rubric's segment ("wedding
/// photographers", like "Shopify merchants"); a list of trades is several
/// categories, none narrowed, and widening it does not make it everybody.
#[test]
fn a_list_of_trades_is_a_broad_category() {
    assert_eq!(level_for("Wedding photographers."), 3);
    assert_eq!(level_for("Boatyards and boat owners."), 2);
    assert_eq!(level_for("Takeaways and chip shops."), 2);
    assert_eq!(
        level_for(
            "Venues and promoters. Anyone who runs a night where people pay on the door, really."
        ),
        2
    );
    assert_eq!(level_for("Everyone. Anyone with a phone can use it."), 1);
}

/// The moment they care, said as a time of their own year ("at harvest",
/// "in the months before they lend an object"), and a count of the people
/// on a list the team holds.
#[test]
fn harvest_time_a_run_up_and_a_customer_list_count() {
    assert!(
        level_for(
            "Smallholder quinoa growers (2-10 ha) in the southern Altiplano who sell to intermediaries at harvest. Roughly 9,000 households, reachable through the member cooperatives."
        ) >= 4
    );
    assert!(
        level_for(
            "Registrars at small accredited museums in the UK in the months before they lend an object. There are about 1,700 accredited museums."
        ) >= 4
    );
    assert!(size_in(
        "Button-box players in Ireland. About 2,300 are on our customer list."
    ));
}

#[test]
fn where_they_are_reached_is_a_channel() {
    for reach in [
        "We would reach them exclusively through the living donor coordinators at the 23 centres.",
        "Mostly through vet practices in Kent where we do our collections.",
        "They book via the hostels and tour agencies on the main street.",
        "The coaches all go on the same regional courses, which is where I'd find them.",
        "All licensed guides are in the register of the walking association.",
        // The people reached by name, at the place they gather.
        "We reach the growers at the Tuesday weigh-in.",
        "We met the stallholders in the market office every Friday.",
    ] {
        assert!(CHANNEL.is_match(reach), "{reach}");
    }
    assert!(!CHANNEL.is_match("They find the forms confusing."));
    assert!(!CHANNEL.is_match("We reach the limit of the spreadsheet in a week."));
}

#[test]
fn a_rhythm_in_the_segments_own_clause_is_its_moment() {
    for moment in [
        "Volunteer counters who do the monthly estuary count.",
        "Coaches who take juniors to shows most weekends.",
    ] {
        assert!(TRIGGER.is_match(moment), "{moment}");
    }
}

#[test]
fn a_public_space_officer_is_a_role_not_the_public() {
    let officer = "# X\n\nA tool.\n\n## Customer\nThe public-space officer of a parish council in a city paved in stone.\n";
    let idea = parse_str(officer).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) >= 3);
    let public = "# X\n\nA tool.\n\n## Customer\nThe general public.\n";
    let idea = parse_str(public).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 1);
}

#[test]
fn not_intended_or_offered_for_draws_an_edge() {
    for edge in [
        "This service is not intended for private condominiums.",
        "It is not offered to the tram concessionaires.",
    ] {
        assert!(EXCLUSION.is_match(edge), "{edge}");
    }
}

#[test]
fn everyone_in_a_clause_of_time_is_the_moment_not_the_customer() {
    // The segment is the co-op's olive growers; "everyone" only says when
    // the queue forms. Said as who it is for, it is still everybody.
    let moment = "Our member olive growers who bring their harvest to the press in November, once the picking is over and everyone arrives in the same fortnight.";
    assert_eq!(level_for(moment), 3);
    assert_eq!(level_for("Everyone who likes olive oil."), 1);
}

#[test]
fn a_named_place_after_on_narrows_a_broad_noun() {
    // "On the Welsh coast" narrows households as "in Leeds" narrows
    // dentists; an unnamed place does not.
    assert_eq!(
        level_for("Households on the Welsh coast who heat with peat."),
        3
    );
    assert_eq!(level_for("Households on a budget."), 2);
}

#[test]
fn a_letter_counts_and_reaches_its_customer_in_one_paragraph() {
    // No heading anywhere. The paragraph that counts the dealers and says
    // where to find them is read as the Customer section's details; a count
    // of goods elsewhere is not a segment's size.
    let letter = "Fleece Book, a record book for licensed wool dealers\n\nI bought wool for thirty years.\n\nEvery licensed wool dealer in the county keeps a ledger of each fleece. There are about 90 licensed dealers in the county, and they all meet at the county show, so they are easy to reach.\n\nA tablet keeps the ledger instead.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.size && facts.channel);
    assert_eq!(super::super::level_of(score), 4);
    let goods = letter.replace("about 90 licensed dealers", "about 900 kilos of fleece");
    let idea = parse_str(&goods).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 3);
}

#[test]
fn a_market_total_after_a_bare_category_does_not_narrow_it() {
    // "Tourists." then the country's visitor count: still the broad
    // category; a later sentence that names a real group narrows it.
    assert_eq!(
        level_for(
            "Tourists. Portugal receives millions of visitors every year, and all of them see the tiles."
        ),
        2
    );
    assert_eq!(
        level_for("Tourists. Cruise passengers who land in Funchal for one day."),
        3
    );
    // Every kind listed is no kind: the place at the end of the list does
    // not narrow the category either.
    assert_eq!(
        level_for("Potters. Big ones, small ones, hobby ones, the ones at the markets in Seville."),
        2
    );
}

/// Reaching them at a moment the team already owns, or through the
/// message every booking already gets, is a way to reach them.
#[test]
fn reaching_them_before_they_arrive_or_with_every_booking_is_a_channel() {
    for text in [
        "Cyclists hiring one of our e-bikes for a weekend in the Dales. We can reach them when they pick up the keys.",
        "Cyclists hiring one of our e-bikes for a weekend in the Dales. Every booking receives a welcome email from us.",
    ] {
        assert!(facts_for(text).channel, "{text}");
    }
}

/// A group spread over every age is still that group ("grandparents of
/// all ages"), the rubric's broad category; people of all ages are
/// everybody.
#[test]
fn a_group_of_every_age_is_broad_but_people_of_every_age_are_everybody() {
    let group = "Grandparents. Kids of all ages enjoy a puppet show, so we see this as a service for grandparents.";
    assert_eq!(level_for(group), 2);
    let everybody = "Grandparents. People of every age enjoy a puppet show, so we see this as a service for anyone.";
    assert_eq!(level_for(everybody), 1);
}

/// "The users are everyone at the table": a universal word bounded by the
/// gathering the segment names does not widen it; "everyone in the
/// country" still does.
#[test]
fn everyone_at_the_table_is_bounded_but_everyone_in_the_country_is_not() {
    let base = "Households in Tartu who hold a smoke-sauna evening for 6 to 12 guests and own no sauna; about 900 such bookings last winter. The host books and pays.";
    let bounded = format!("{base} The users are everyone at the table, children included.");
    let wide = format!("{base} Really, everyone in the country could use it.");
    assert!(level_for(&bounded) >= 4, "{}", level_for(&bounded));
    assert!(level_for(&wide) < level_for(&bounded));
}

/// With no Customer section, a pitch that opens with a greeting and then
/// answers who it is for with "everybody" as the subject is for everybody
/// (level 1); an "everyone" further into a sentence ("free for everyone")
/// is not an answer about who, and leaves the pitch's reading alone.
#[test]
fn a_pitch_whose_answer_to_who_is_everybody_is_universal() {
    let level = |pitch: &str| {
        let idea = parse_str(&format!("Bula vinaka.\n\n{pitch}\n"))
            .unwrap_or_else(|e| panic!("parse: {e}"));
        super::super::level_of(analyze(&idea).0)
    };
    assert_eq!(
        level(
            "Bula vinaka. We want to sell our kava online. Everybody drinks kava and everybody would buy it."
        ),
        1
    );
    assert!(
        level(
            "Bula vinaka. We want to sell our kava online. The first month is free for everyone."
        ) >= 2
    );
}

#[test]
fn a_letter_whose_writer_counts_their_own_kind_sizes_the_segment() {
    // "There are 30 of us": the writer is one of the customers and counts
    // them; with when they care and where they meet, that is level 4.
    let text = "# Net Loft\n\nWe are the inshore net-menders of Peel harbour (there are 30 of us who mend for the trawlers), and every spring, before the herring, the torn nets pile up. We all meet at the harbour store on Saturdays.\n\nThe rest of the letter is about the loft we want to rent.\n\nLast spring we asked the skippers and 12 of them said yes.\n\nIf the loft is let to someone else, we go back to the quay.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.size, "{facts:?}");
    assert_eq!(super::super::level_of(score), 4);
}

#[test]
fn public_describing_an_institution_is_not_the_public() {
    // "The public" is everybody; "the public and private school music
    // teachers" are teachers of a kind.
    assert_eq!(
        level_for("The public and private school music teachers of Cork county."),
        3
    );
    assert_eq!(level_for("Librarians in the public libraries of Tartu."), 3);
    assert_eq!(level_for("The public."), 1);
    // A page anyone may open is a thing the product shows, not a customer.
    let page = "Secretaries of allotment societies in Fife with 20 to 90 plots. The buyer is the committee; the user is the secretary, and plot holders use the public waiting-list page.";
    assert_eq!(level_for(page), 3);
}

#[test]
fn a_pitch_that_says_it_is_for_everyone_names_nobody() {
    // The product's description names a place and a trade; the pitch's
    // answer to who it is for is everybody: level 1.
    let text = "# Loom Walk\n\nLoom Walk is a guided evening among the weavers of Kairouan, where you watch a carpet being knotted.\n\nIt's for everyone, really: anyone who visits Tunisia.\n\nTickets are 40 dinars.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("{e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.universal, "{facts:?}");
    assert_eq!(super::super::level_of(score), 1);
}

#[test]
fn the_sentence_that_says_whom_it_is_for_names_the_segment() {
    // The author's own story comes first; "This is for …" names the
    // segment, and "the seven" counts all of it.
    let customer = "I mended nets on this coast for thirty years, first for my uncle and then on my own. This is for the seven net lofts in Killybegs that still mend by hand. They need us in March, before the season opens.";
    assert!(size_in(customer));
    assert_eq!(level_for(customer), 4);
    let segment = segment_quote(&format!("# X\n\nA tool.\n\n## Customer\n{customer}\n"));
    assert!(segment.contains("seven net lofts"), "{segment:?}");
}

/// The words of the idea the analyzer read as the qualified segment.
fn segment_quote(idea: &str) -> String {
    let idea = parse_str(idea).unwrap_or_else(|e| panic!("parse: {e}"));
    let (_, signals, _) = analyze(&idea);
    signals
        .into_iter()
        .find(|s| s.rule == "customer-qualified")
        .map(|s| s.quote)
        .unwrap_or_default()
}

#[test]
fn a_small_number_without_the_is_not_a_segment_size() {
    assert!(!size_in(
        "Net lofts in Killybegs that mend by hand, and 7 boats use them."
    ));
}

#[test]
fn a_letters_count_of_businesses_in_the_sentence_that_says_whom_it_is_for_is_its_size() {
    // No headings. The count is of boatyards, not of people, but it sits
    // in the sentence that says whom the product is for.
    let letter = "# Slipway Diary\n\n\
        A shared booking diary for the one slipway on the island.\n\n\
        This is for the small boatyards round Loch Fyne that haul out wooden boats, about 30 yards, \
        and most of all in October, when every boat comes out before the gales. \
        Nearly all of them come to the harbour association's winter meeting.\n\n\
        Today the yards phone the harbour master and argue over the tide tables.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.size, "{facts:?}");
    assert_eq!(super::super::level_of(score), 4);
}

#[test]
fn what_makes_them_care_and_where_to_find_all_of_them_are_trigger_and_channel() {
    let facts = |customer: &str| {
        let text = format!("# X\n\nA tool.\n\n## Customer\n{customer}\n");
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        analyze(&idea).2
    };
    let f = facts("The net makers of Killybegs harbour. What makes us care is the spring refit.");
    assert!(f.trigger, "{f:?}");
    let f = facts(
        "The net makers of Killybegs harbour. You can find all twelve of us at the co-op on Fridays.",
    );
    assert!(f.channel, "{f:?}");
}

#[test]
fn a_letters_paragraph_about_the_people_it_has_in_mind_is_its_customer() {
    // The writer's own story opens the letter; the paragraph that says
    // who they have in mind, when they want it ("it is at Easter that…")
    // and how to find them ("we know where to find them") is the segment.
    let letter = "Smoked Eel Post\n\n\
        I smoked eels on Lough Neagh for thirty years and now help my nephew with the orders.\n\n\
        The people I have in mind are Ulster families living in Scotland who grew up on smoked eel. \
        It is at Easter that they want them. The Ulster clubs in Glasgow and Edinburgh send a newsletter \
        to about 900 members, so we know where to find them.\n\n\
        Today they ring us and we post a parcel that often arrives warm.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.trigger && facts.channel && facts.size, "{facts:?}");
    assert_eq!(super::super::level_of(score), 4);
    let segment = segment_quote(letter);
    assert!(segment.contains("Ulster families"), "{segment:?}");
}

#[test]
fn a_trade_of_all_kinds_is_a_category_but_businesses_of_all_sizes_are_everybody() {
    assert_eq!(level_for("Choirs of all kinds."), 2);
    assert_eq!(level_for("Businesses of all sizes."), 1);
    // Said the other way round: the kinds of a trade, or of everybody.
    assert_eq!(
        level_for("Studios. It is for all sorts of studios, big or small."),
        2
    );
    assert_eq!(level_for("It is for all sorts of people."), 1);
    // Ages spread a trade the same way; only people of every age are all.
    assert_eq!(level_for("Anglers of every age."), 2);
    assert_eq!(level_for("People of every age."), 1);
}

#[test]
fn an_associations_meetings_or_newsletter_is_where_to_reach_them() {
    let idea = parse_str(
        "# X\n\nA tool.\n\n## Customer\nHarbourmasters of small marinas on the Clyde. The Clyde Marinas Association's spring meetings put us in a room with most of them.\n",
    )
    .unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.channel);
}

/// A letter in our own voice: a boatyard hand on a lake, no headings.
const TRAILER_LETTER: &str = "Trailer Days\n\n\
    I ran the slipway at Dromineer for twenty years and still own the big boat trailer.\n\n\
    Who I mean is people with cruisers of seven to ten metres on Lough Derg who lift them out each October. \
    The Lough Derg cruiser club has 84 such owners and I can reach every one of them through its monthly newsletter.\n\n\
    At the lift-out weekend they ring round for someone with a trailer, but anyone who has one is lifting their own boat that weekend, so the boats sit in the water into November.\n\n\
    Last October I asked 20 owners, and 11 of them paid a deposit for next year.\n\n\
    The risk is my back; if I cannot drive, my son takes the trailer.\n";

#[test]
fn a_letter_declares_its_people_and_its_problem_paragraph_does_not_widen_them() {
    let idea = parse_str(TRAILER_LETTER).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, facts) = analyze(&idea);
    // "anyone who has one" is the owners of trailers, in the paragraph on
    // the problem: it says nothing about whom the letter is for.
    assert!(!facts.widened, "{signals:?}");
    assert!(super::super::level_of(score) >= 4, "{signals:?}");
    let segment = signals
        .iter()
        .find(|s| s.rule == "customer-qualified")
        .unwrap_or_else(|| panic!("{signals:?}"));
    assert!(
        segment.quote.contains("Who I mean is people with cruisers"),
        "{segment:?}"
    );
}

#[test]
fn a_taste_or_a_purchase_in_a_compound_is_still_a_broad_category() {
    // "Opera lovers" names what people like, "cheese buyers" what they
    // buy: the rubric's broad category, not a segment.
    for customer in ["Opera lovers.", "Cheese buyers.", "Craft-beer drinkers."] {
        assert_eq!(level_for(customer), 2, "{customer}");
    }
    // Those who already buy from us are a segment we can name.
    assert_eq!(
        level_for("Model-railway hobbyists who order from our catalogue."),
        3
    );
}

/// A letter in our own voice: a retired baker near Kraków, no headings.
const OVEN_LETTER: &str = "Oven Share\n\
    \n\
    I baked bread in Wieliczka for thirty years and still own a deck oven that stands cold most days.\n\
    \n\
    The people I mean are the small family bakeries around Kraków and Tarnów, one to three bakers, who still bake by hand. The guild list has 64 of these bakeries and I see most owners at the Tuesday flour market, which is where I would tell them. They care in December, when the poppy-seed rolls must go out and their one oven is full.\n\
    \n\
    Last December I asked 15 of them, and 9 paid a deposit for next year.\n\
    \n\
    The risk is my oven; if it breaks, the guild's second oven in Bochnia takes the bookings.\n\
    ";

#[test]
fn a_letter_counts_the_kind_it_just_named_around_a_named_place() {
    // "Bakeries around Kraków" are people named by a place; "64 of these
    // bakeries" counts them, and the paragraph reads as the customer's.
    let idea = parse_str(OVEN_LETTER).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, facts) = analyze(&idea);
    assert!(facts.size, "{signals:?}");
    assert!(super::super::level_of(score) >= 4, "{signals:?}");
}

#[test]
fn a_loss_already_suffered_is_a_trigger_and_a_shared_notice_board_a_channel() {
    // "Who lost a batch to a power cut" is the moment that makes them care;
    // "the same mill, where we put the poster" is where to reach them.
    let customer = "Family bakeries in Cork who lost a batch to a power cut last winter. About 80 bakeries; all buy flour from the same mill, where we put the poster.";
    assert_eq!(level_for(customer), 4);
}

#[test]
fn our_small_count_meetings_and_sign_up_places_and_a_recurring_day_read_as_level_four() {
    // "Our twelve member ferries" counts the whole segment as the
    // association knows it; "they come to our meetings" and "that is where
    // we will sign them up" say where to reach them; "on the Sundays they
    // sail to the fair" is the recurring moment they care.
    assert!(size_in(
        "Our twelve member ferries on the Lake Ohrid shore that run out of diesel in August."
    ));
    let meetings = "Our twelve member ferries on the Lake Ohrid shore that run out of diesel in August, when the tourist boats queue at the one pump. They are members, and they come to our meetings.";
    assert_eq!(level_for(meetings), 4);
    let sign_up = "Beekeepers in the Vâlcea hills who move their hives to the acacia forest, at the moment in May when the acacia flowers. All of them sit in the county beekeepers' cooperative; that is where we will sign them up.";
    assert_eq!(level_for(sign_up), 4);
    let recurring = "Potters from the villages above Kalabsha who bring jars to the Aswan souk on the Sundays they sail down the river. The souk is also where we find them.";
    assert_eq!(level_for(recurring), 4);
}

#[test]
fn a_note_that_names_its_customer_as_everybody_is_level_one() {
    // The note opens with the product and then declares the customer in so
    // many words: everybody, whatever examples follow.
    let note = "Ferry Flask\n\n\
        A steel flask that keeps ayran cold for the whole crossing.\n\n\
        Our customer is everybody. All people who take the ferry, Turkish families, tourists, anyone who drives to Bodrum.\n\n\
        The flask costs 90 lira and we sell it at the pier.\n";
    let idea = parse_str(note).unwrap_or_else(|e| panic!("parse: {e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 1);
}

#[test]
fn a_count_stated_outright_is_the_segments_size_whatever_its_plural() {
    // "There are about 340 mukhtar", "we know of 46", a table row that
    // answers "How many": the sentence says it counts the segment.
    for customer in [
        "Village heads (mukhtar) in the Beqaa valley. In the Beqaa there are about 340 mukhtar.",
        "Secretaries of village hall committees in Powys. We know of 46, from the county's hall register.",
        "| | |\n|---|---|\n| Who | Village heads (mukhtar) in the Beqaa valley |\n| How many | About 340 mukhtar across the valley |",
    ] {
        assert!(size_in(customer), "{customer}");
    }
    assert!(!size_in(
        "Village heads in the Beqaa valley. There are about 40 minutes of paperwork each week."
    ));
}

#[test]
fn a_duty_that_rotates_each_spring_and_a_rule_imposed_on_them_are_triggers() {
    let rotates = "The chair of each allotment committee in Leuven. The chair rotates every March, and most new chairs have never done it. We meet them all at the city's allotment day.";
    assert_eq!(level_for(rotates), 4);
    let imposed = "Stonemasons in the Cotswolds who repair listed walls. Conservation officers require matching oolitic stone, and that is how we would reach them: through the officers' approved list.";
    assert_eq!(level_for(imposed), 4);
}

#[test]
fn a_notice_at_their_fairs_a_seasonal_rush_and_phones_that_die_read_as_level_four() {
    // Where to reach them ("puts up a notice at the regional fairs", "are
    // in the three big Facebook groups"), the moment they care ("for the
    // Eid rush", "whose phones die by noon") and a count with a loose
    // apostrophe ("Theres roughly 2,000 stalls").
    for customer in [
        "Wood turners in the Black Forest clubs, in the week before a craft fair when a chuck breaks. Every club puts up a notice at the regional fairs.",
        "Halal butchers in Bradford and Leeds that order lamb in November for the Eid rush; there are about 140 such shops on the council register.",
        "Fish sellers at Kampala's two lake markets whose phones die by noon, and they need the phone to take mobile money. Theres roughly 2,000 stalls at those markets.",
        "Owners of vintage sewing machines in Wales who need needles for the winter quilting season. Roughly 1,500 people are in the three big Welsh sewing Facebook groups.",
    ] {
        assert_eq!(level_for(customer), 4, "{customer}");
    }
}

#[test]
fn an_accented_place_a_register_count_and_a_first_person_exclusion_are_read() {
    // "Évora" narrows the segment although its capital is not ASCII; "the
    // cooperative register counts about 640" states the size; "I am not
    // selling to …" excludes in the first person singular.
    assert_eq!(
        level_for("Households in Évora that cure their own olives but own no press."),
        3
    );
    assert!(size_in(
        "Olive growers near Évora. The cooperative register counts about 640 such households."
    ));
    assert!(excludes_text(
        "I am not selling to the commercial mills, only to households."
    ));
}

#[test]
fn a_segment_that_can_also_work_for_other_trades_sprawls() {
    let sprawling = "Potters. Mainly the ones who throw on a wheel, but the glaze kits can also work for other crafts.";
    assert_eq!(level_for(sprawling), 2);
}

/// The customer level of a whole idea file.
fn idea_level(text: &str) -> u8 {
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    super::super::level_of(analyze(&idea).0)
}

#[test]
fn a_letters_paragraph_that_says_whom_it_means_describes_the_customer() {
    // No heading and no count: "The riders I mean are …" names the segment,
    // the spring rides are the trigger and the club newsletter the channel.
    let letter = "Rim truing by post for vintage bicycles\n\n\
        I built wheels in Ghent for twenty-six years and I still have the stand. What I propose is simple: a rider posts me a warped wooden rim and I post back a loaner the same day.\n\n\
        The riders I mean are the vintage racers of East Flanders who ride the heritage classics most weekends, and whose wooden rims warp just before the spring season. I see them every year at the Flanders heritage start and they all read the club newsletter.\n\n\
        The frame builders in the region have a queue of three months, so today they ride a rim that rubs the brake.\n";
    assert_eq!(idea_level(letter), 4);
}

#[test]
fn the_people_named_before_we_are_building_for_them_are_the_segment() {
    // "… are who we're building for" declares the segment with the people
    // first; "before anyone notices" tells the moment and "anyone who has
    // worked a summer there has seen it" calls a witness: neither widens.
    let note = "Hi all, a few lines before Friday so the form has something in it.\n\n\
        The idea is a float sensor for the oyster tables of the Thau lagoon. The farmers who work the oyster tables there are who we're building for. When the water warms in August the oysters die before anyone notices, and anyone who has worked a summer on the lagoon has seen it.\n\n\
        Cheers, Lou\n";
    assert_eq!(idea_level(note), 3);
}

#[test]
fn a_letter_that_titles_only_its_worries_is_still_read_by_its_paragraphs() {
    // The customer paragraph counts households, says where they gather
    // and when they care; only the closing step has a heading.
    let letter = "# Salt sheds\n\nDear trust committee,\n\n\
        I write to ask for two covered sheds for the salt makers of our bay.\n\n\
        In our villages there are about 260 households that rake salt by hand, and they all come on Fridays to the cooperative's weighing day, which is where we would tell them. They care most when the first autumn storm comes before the salt is bagged.\n\n\
        Each storm washes away a week of salt, about 40 kg a family.\n\n\
        ## What worries me\n\
        The land is leased year by year.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(super::super::level_of(analyze(&idea).0), 4);
}

#[test]
fn a_kind_taken_in_general_is_a_broad_category() {
    assert_eq!(level_for("Mushroom pickers and foragers in general."), 2);
    assert_eq!(
        level_for("The service is intended for rail passengers generally."),
        2
    );
    // "generally" inside the sentence describes what they do.
    assert!(level_for("Oyster farmers on the Dyfi who generally sell at the quay.") >= 3);
}

#[test]
fn a_count_after_and_is_a_size_and_all_of_them_reached_somewhere_is_a_channel() {
    // "and 340 students" is not the end of a range; "reach basically all
    // of them through" names where they are; a WhatsApp group or a notice
    // board they keep is where to find them.
    let customer = "Pupils at our school who cycle in from the villages. I asked the office and 340 students live more than 10 km away. It matters the moment they get a puncture on the way in. I can reach basically all of them through the school app.";
    assert!(size_in(customer));
    assert_eq!(level_for(customer), 4);
    let boards = "Licensed ferrymen of the lagoon who own their boat. Each boat must be slipped every spring. There are 120 licences, and every ferryman belongs to one of 6 stands, which have a notice board and a WhatsApp group each.";
    assert_eq!(level_for(boards), 4);
    let months = "- Basket weavers in the Dordogne valley\n- they care October–December: the market season\n- ~80 family workshops, all sell at the Sarlat market hall";
    assert_eq!(level_for(months), 4);
}

#[test]
fn an_unsure_everyone_is_still_everyone() {
    assert_eq!(
        level_for("literally everyone?? like anyone who likes boats"),
        1
    );
}

#[test]
fn an_order_that_lands_out_of_season_is_the_moment_they_care() {
    let customer = "Charcoal burners in the Ardennes who get a 40-sack order out of season. 150 active members in the county federation.";
    assert_eq!(level_for(customer), 4);
}

#[test]
fn coming_looking_in_one_situation_is_the_trigger() {
    let customer = "About 90 glassblowers work alone in the valley. They only come looking for help in one situation: a furnace cracks in the middle of an order.";
    assert_eq!(level_for(customer), 4);
}

#[test]
fn something_falling_due_or_a_notice_just_received_is_their_moment() {
    for moment in [
        "Owners of chestnut coppices whose stands come due for cutting next winter.",
        "Landlords who just got a notice from the fire brigade about their stairs.",
        "Farmers who recently received the reminder to renew their water permit.",
    ] {
        assert!(TRIGGER.is_match(moment), "{moment}");
    }
    assert!(!TRIGGER.is_match("Owners of chestnut coppices in the valley."));
}

#[test]
fn meeting_them_every_morning_somewhere_is_a_channel() {
    for reach in [
        "We meet them every morning at the auction hall.",
        "I meet them each Saturday in the cattle market.",
    ] {
        assert!(CHANNEL.is_match(reach), "{reach}");
    }
    assert!(!CHANNEL.is_match("We meet every morning to plan the day."));
}

#[test]
fn meeting_them_once_a_year_a_member_list_and_their_contacts_are_channels() {
    for reach in [
        // A yearly fair is where a trade is met as surely as a daily market.
        "We meet them every year at the national beekeeping show in Stoneleigh.",
        // A list the segment is on, or a body that holds its contacts, is
        // somewhere to write to all of them.
        "The guild already has every one of them on its member list.",
        "We would sell through the growers' board, which holds their contacts.",
    ] {
        assert!(CHANNEL.is_match(reach), "{reach}");
    }
    // Being on a list of chores or holding a contract reaches nobody.
    assert!(!CHANNEL.is_match("Repairs are on the member's own list of jobs."));
    assert!(!CHANNEL.is_match("Each owner holds their contract for five years."));
}

#[test]
fn a_proposal_that_does_not_concern_some_people_excludes_them() {
    for not_ours in [
        "The proposal does not concern the town's private marinas.",
        "The service will not cover hospital porters, whose shifts differ.",
    ] {
        assert!(EXCLUSION.is_match(not_ours), "{not_ours}");
    }
    // Money that does not cover a cost excludes nobody.
    assert!(!EXCLUSION.is_match("The daily fare doesn't cover the loan."));
}

#[test]
fn the_people_a_maker_is_making_them_for_are_the_segment() {
    // The pitch names a place the product goes; the letter's sentence that
    // says whom the maker is making them for names the people.
    let letter = "# Oar Kits\n\nFlat-packed oars that rowing clubs on the Severn can assemble.\n\n\
        Dear panel,\n\n\
        I have carved oars for thirty years.\n\n\
        The people I am making them for are the coaches of junior crews at the 12 river clubs \
        between Worcester and Gloucester, when a new intake arrives in September.\n\n\
        ## What I will make\nA kit of two oars.\n";
    let segment = segment_quote(letter);
    assert!(segment.contains("coaches of junior crews"), "{segment:?}");
}

#[test]
fn a_count_of_two_digits_spelled_out_is_a_size() {
    // A formal writer spells the number out; a clause number is no count.
    let spelled = "# X\n\nA tool.\n\n## Customer\nThe managers of the island's fishing co-operatives, of which there are twenty-two with a working harbour.\n";
    let idea = parse_str(spelled).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(analyze(&idea).2.size);
    let numbered = "# X\n\nA tool.\n\n## Customer\n2.1 The intended customers are the managers of the island's fishing co-operatives.\n";
    let idea = parse_str(numbered).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(!analyze(&idea).2.size);
}

#[test]
fn the_public_concerned_is_the_group_named_after_it() {
    // Formal register: "the public concerned" is the people in question,
    // and the sentence goes on to name them; "the public" alone is everyone.
    let formal = "The public concerned is the holders of mooring licences in the two river harbours whose licence ends this year. About 420 licences end in 2027.";
    assert!(level_for(formal) >= 3, "{formal}");
    assert_eq!(level_for("The public."), 1);
    assert!(excludes_text(
        "The scheme is not addressed to commercial skippers."
    ));
}

#[test]
fn a_letter_says_whom_it_serves_in_so_many_words() {
    // A letter titling only its Risks: "the people I serve are …" declares
    // the segment, and the paragraph's count, trigger and channel are its
    // details, though the count names the hives rather than the people.
    let letter = "Dear panel,\n\nI ask for £9,000 for a swarm-collection service in the two valleys.\n\n\
        The people I serve are the beekeepers of the upper Wye who have just lost a colony to a swarm in May. There are about 600 registered hives in the two valleys, and I meet the keepers through the county association, which sends my card with every swarm report.\n\n\
        The trouble is that a swarm leaves in an afternoon.\n\n## What could go wrong\nThe association may change its secretary.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    assert!(super::super::level_of(analyze(&idea).0) >= 4);
}

#[test]
fn a_list_they_are_on_narrows_a_broad_noun() {
    // "Residents" alone is broad; the residents on a waiting list, offered a
    // berth when one falls vacant, are a group one could go and find.
    let listed = "The service is intended for residents on the harbour mooring waiting list who are offered a berth when a holder gives notice. There are 380 residents on the list. The user is the resident; the harbour office pays. It is not intended for visiting yachts.";
    assert_eq!(level_for(listed), 5);
}

#[test]
fn a_counted_set_of_places_narrows_a_broad_noun() {
    // "People" is broad; the people at the four moorings of one harbour are
    // a group one could walk round and count.
    let counted = "people who keep boats at the four moorings along our quay. there are about 70 boats, and they start asking in March when the hulls need scraping. I reach them at the harbour cafe.";
    assert!(level_for(counted) >= 4, "{counted}");
    // Without the count, "the moorings" could be any moorings anywhere.
    let any = "people who keep boats at moorings. they start asking in March when the hulls need scraping.";
    assert!(level_for(any) <= 3, "{any}");
}

#[test]
fn a_list_we_can_write_to_is_where_we_reach_them() {
    let customer = "Narrowboat owners who must fit a sealed toilet under the 2027 mooring rule. About 240 boats; the licence holders are on a list we can write to.";
    assert!(facts_for(customer).channel);
}

#[test]
fn a_count_on_a_register_and_records_for_every_family() {
    // "380 on the wine agency list" counts the segment with no noun after
    // the number; "contact details for every family" says how to reach
    // them, not that every family is the customer.
    assert!(size_in(
        "Family wineries in Kakheti, when a vessel fails its spring test. 380 on the wine agency list."
    ));
    let reached = "The next of kin of people whose deaths go to inquest in the county, at the opening of the inquest. The office opened 1,180 such cases last year. They are reached through the coroner's officers, who already hold contact details for every family.";
    assert!(level_for(reached) >= 4, "{reached}");
}

#[test]
fn a_chat_group_with_its_families_counts_and_reaches_them() {
    // A teenager's shorthand: the group has a size and is where to tell them.
    let customer = "parents of the kids (7-12) in our junior football club in Lahti. the ones whose kids' boots split mid season. there's a parents whatsapp group with 140 families in it so thats where i'd tell them. (parents pay, kids play)";
    let f = facts_for(customer);
    assert!(f.size && f.channel, "{f:?}");
}

#[test]
fn people_who_already_own_one_of_ours_are_a_narrowed_group() {
    let customer = "Private individuals who already own a whole cask maturing in our warehouse. There are 312 of them, and we have every owner's email. They care in years 3 to 8, when they must decide whether to bottle. The buyer is often a parent; the user is the grown child. Not for brokers.";
    assert_eq!(level_for(customer), 5);
}

#[test]
fn everyone_in_the_scene_of_the_trigger_is_not_the_segment() {
    // "… and everyone wants to leave the first week" tells the moment; the
    // segment is the small fleets named first.
    let customer = "Owner-operators and small fleets (1 to 8 trucks) hauling to the mines during the winter road season, at the moment the road opens and everyone wants to leave the first week. In 2026 there were 74 such carriers; the permit office gives us the list. The buyer is the fleet owner; the user is the dispatcher. Not for the two big contract haulers.";
    assert_eq!(level_for(customer), 5);
    assert_eq!(level_for("Everyone wants it."), 1);
}

#[test]
fn a_segment_whose_stage_falls_this_season_has_its_trigger() {
    // "Whose vines reach their fourth leaf this spring": the segment's own
    // turn, dated, is the moment they start to care.
    let body = "- growers of 2–10 ha vineyards in the Douro whose young vines reach their fourth leaf this spring\n- about 800 such vineyards in the valley";
    assert_eq!(level_for(body), 4);
    let undated = body.replace(" this spring", "");
    assert_eq!(level_for(&undated), 3);
}

#[test]
fn owners_of_a_named_kind_of_thing_are_a_segment() {
    // "Owners of wood-fired lake saunas" is "wood-fired lake sauna owners":
    // the kind of thing they own narrows the role.
    assert_eq!(level_for("- Owners of wood-fired lake saunas"), 3);
    assert_eq!(level_for("- Keepers of rare-breed dairy goats"), 3);
    // One plain word after "of" narrows nothing much.
    assert_eq!(level_for("- Owners of cars"), 2);
}

#[test]
fn a_broad_noun_narrowed_by_what_they_have_done_is_a_segment() {
    // "Patients who have lodged a complaint": the event they went through
    // narrows the broad noun, as a place or a trade does.
    assert_eq!(
        level_for("Patients who have lodged a complaint about their ward."),
        3
    );
    assert_eq!(
        level_for("Students who have applied for a hardship grant."),
        3
    );
    assert_eq!(level_for("Patients."), 2);
}

#[test]
fn residents_of_a_named_place_who_cannot_get_out_are_a_segment() {
    // A named place before the broad noun, and what they cannot do, narrow
    // "residents" as surely as "in Leith" does.
    assert_eq!(level_for("The service is for Dunmore residents."), 3);
    assert_eq!(
        level_for("Residents who are unable to leave home for a month or more."),
        3
    );
    assert_eq!(level_for("The service is for residents."), 2);
}

#[test]
fn everyone_else_who_pays_is_no_widening() {
    // "For everyone else the singer pays": the rest of the named group,
    // told apart by who pays, not the customer widened to everybody.
    let named = "Retired fishermen in Ullapool who want to learn net mending.\n\nFor the harbour trust the buyer is the trust and the user is the member; for everyone else the member pays.";
    let plain = "Retired fishermen in Ullapool who want to learn net mending.\n\nFor the harbour trust the buyer is the trust and the user is the member.";
    assert_eq!(level_for(named), level_for(plain));
}

#[test]
fn an_exclusion_stands_though_another_phrase_says_no() {
    // "with no ferry service" negates the ferry, not the exclusion.
    assert!(excludes_text(
        "Families on the two islands with no ferry service are not the customer of this plan."
    ));
    assert!(excludes_text(
        "The service is not directed at the general public or at day visitors."
    ));
    assert!(excludes_text(
        "Holiday lets and schools are explicitly not included in this scheme."
    ));
    assert!(!excludes_text("We do not exclude anyone who asks."));
}

#[test]
fn a_later_sentence_saying_who_would_buy_it_names_the_segment() {
    // The story first, then the declaration; an aside between dashes does
    // not hide the noun phrase.
    let customer = "So, let me tell you how this began. My uncle mended nets for thirty years. The people I think would buy this are the trawler crews — the small family boats — in the harbour of Peterhead, the ones that fish for prawns.";
    assert!(facts_for(customer).qualified);
    for customer in [
        "A bit about me first. The people I write for are the herding families of west Finnmark who move herds every April.",
        "I trained as a potter. The people we want to make it for are bakeries in Leith that still bake their own sourdough.",
    ] {
        assert!(facts_for(customer).qualified, "{customer}");
    }
}

#[test]
fn the_writers_own_story_is_not_the_customers_trigger() {
    let story = "Bakeries in Leith. My grandmother ran a bakery there, and when she retired in 2020 I took over the ovens.";
    assert!(!facts_for(story).trigger);
    let customers = "Bakeries in Leith, when their oven breaks down before the Saturday market.";
    assert!(facts_for(customers).trigger);
}

#[test]
fn a_letters_greeting_is_not_its_customer() {
    // No Customer section: the pitch is read. The greeting names the
    // fund's panel, and "I believe it is for everyone" is the answer.
    let letter = "# Coffee Rounds\n\nDear members of the Community Fund panel,\n\nMy name is Abeba and I am writing to ask for £5,000 to start a coffee ceremony service for events in Leeds.\n\nI believe the ceremony is for everyone.\n\n## Problem\nBreaks at events fall flat.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.universal, "{facts:?}");
    assert_eq!(super::super::level_of(score), 1);
}

#[test]
fn a_labelled_moment_or_a_seasonal_outing_is_the_trigger() {
    for customer in [
        "- hobby potters, 1 to 3 kilns, Cork\n- moment they care: a firing cracks half the shelf",
        "Families from Lyon who drive out for the chestnut fair on a weekend in October.",
    ] {
        assert!(facts_for(customer).trigger, "{customer}");
    }
    assert!(!facts_for("Families from Lyon who like chestnuts.").trigger);
}

#[test]
fn my_customers_for_this_idea_are_declares_the_segment() {
    let customer = "I have run the ferry café for nine years. My customers for this idea are small groups of walkers staying in Ullapool, who want a packed lunch before the early boat.";
    assert!(facts_for(customer).qualified);
}

#[test]
fn a_story_then_so_the_customer_is_or_that_is_who_this_is_for() {
    for customer in [
        "Right, so let me tell you how this started. My dad ran a chip shop for years. So the customer is the owner of a chip shop on the Fife coast that fries with beef dripping.",
        "Let me tell you how this started. A teacher bought forty skeins from me once. That is who this is for: art teachers in Welsh primary schools who run the weaving module.",
    ] {
        assert!(facts_for(customer).qualified, "{customer}");
    }
}

#[test]
fn a_category_cheered_alone_is_still_a_category() {
    // "Anglers!!" names a broad category, however loudly; only a section
    // that then opens it to anyone is a cheer for everybody.
    assert_eq!(level_for("Anglers!!"), 2);
    assert_eq!(level_for("Anglers! Anyone who has ever held a rod."), 1);
}

#[test]
fn arriving_and_finding_out_is_the_moment_they_care() {
    // The discovery ("who arrive … and find …") is the trigger; the
    // count and the place to reach them make it level 4.
    let found = "Couples on a walking holiday in Kerry who reach the hostel and find the last bus has gone. The six hostels on the route host about 900 walkers a month, and the hostel desks are where they ask.";
    let plain = "Couples on a walking holiday in Kerry. The six hostels on the route host about 900 walkers a month, and the hostel desks are where they ask.";
    assert_eq!(level_for(found), 4);
    assert_eq!(level_for(plain), 3);
}

#[test]
fn a_letter_naming_the_customer_it_wants_to_serve_has_a_segment() {
    // A chimney sweep's letter: the pitch names the service, and a later
    // paragraph says whom it is for, when they care and where to meet them.
    let letter = "# Flue Checks\n\nSpring flue checks for wood-fired bakeries.\n\nDear panel,\n\nI have swept chimneys for twenty years. The customer I now want to serve is the head baker at the wood-fired bakeries in the Vale of Clwyd who has just failed, or fears failing, a fire-safety visit. There are 23 such bakeries in the vale, and I meet most of their bakers at the county bakers' guild every month.\n\nThe flues soot up every winter and the fire officer calls in March.\n\n## What could go wrong\nA wet spring keeps the ovens lit.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, facts) = analyze(&idea);
    assert!(super::super::level_of(score) >= 4, "{signals:?}");
    assert!(facts.trigger && facts.channel, "{facts:?}");
    assert!(
        signals
            .iter()
            .any(|s| s.rule == "customer-qualified" && s.quote.contains("head baker")),
        "{signals:?}"
    );
}

#[test]
fn a_job_falling_due_is_the_moment_they_care() {
    // A list-writer's fragments: the second bullet is the trigger.
    let due = "- Owners of timber-framed barns in the Weald\n- roofs due for re-tiling in the next three years\n- reach them: the barn owners' society newsletter";
    let facts = facts_for(due);
    assert!(facts.trigger, "{facts:?}");
    assert!(level_for(due) >= 4, "{due}");
}

#[test]
fn people_who_inherit_a_thing_are_a_segment() {
    // Inheriting is a life event, as owning is a possession: it narrows
    // "people" to the ones it happened to.
    let heirs = "People who inherit a farmhouse clock and find it stopped, when they clear a parent's house. We meet them through the auction rooms in Ludlow.";
    assert!(level_for(heirs) >= 4, "{heirs}");
}

#[test]
fn a_product_described_by_two_uses_then_for_everyone_is_everybody() {
    // No Customer section: the pitch lists what the room is for ("rehearsal
    // and performance"), which names no trade, and then answers who with
    // everybody.
    let text = "# Hall Hire\n\nA bookable rehearsal and recording room in our old school hall, with a calendar online.\n\nDear trustees,\n\nThe room is for everyone. Bands ring me to ask which nights are free.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, facts) = analyze(&idea);
    assert!(facts.universal, "{signals:?}");
    assert_eq!(super::super::level_of(score), 1);
}

#[test]
fn a_second_group_tied_back_and_counted_is_not_sprawl() {
    let tied = "- owners of listed barns in the Cotswolds\n- trigger: the council refuses a steel door on a listed barn\n- reach: the two conservation officers hand out a list of approved joiners\n- also carpenters working on those barns (about 30 of them we know by name)";
    assert!(!facts_for(tied).widened, "{tied}");
    assert!(level_for(tied) >= 4, "{tied}");
    // A second group counted as it is named is just as precise.
    let counted = "Cyclists who ride the Elan valley loop and arrive at our café with a flat battery, mostly in summer. We reach them on the valley's cycling club page. Also the 12 hire riders from the lodge.";
    assert!(!facts_for(counted).widened, "{counted}");
    // "Also landlords" with nothing tying them back widens the segment.
    let loose = "- owners of listed barns in the Cotswolds\n- trigger: the council refuses a steel door on a listed barn\n- also landlords and builders";
    assert!(facts_for(loose).widened, "{loose}");
}

#[test]
fn a_reach_label_beside_the_customer_and_a_moment_after_nobody_count() {
    // "who have nobody to … once the frost comes": the "no" is the main
    // clause's; the moment is still named. "Where to find them:" on its own
    // line is the section's reach.
    let text = "# X\n\nA tool.\n\nCustomer: Allotment holders in Hexham with 1 to 3 plots, who have nobody to lift their dahlias once the first frost comes.\nWhere to find them: the allotment society's newsletter and the seed swap in March.\n";
    let idea = parse_str(text).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, facts) = analyze(&idea);
    assert!(facts.trigger && facts.channel, "{signals:?}");
    assert_eq!(super::super::level_of(score), 4);
}

#[test]
fn a_letters_customers_for_this_round_counted_as_of_them_are_its_segment() {
    let letter = "# Milk Round\n\nA dawn milk round for the dale.\n\nDear panel,\n\nThank you for inviting us to apply to the Moorland Fund.\n\nI have farmed here for twenty years. The customers for this round are the tea rooms and hostels in upper Teesdale that open before the shops. There are 28 of them between Middleton and Langdon Beck, and I reach them through the dale's tourism association. They run short on summer weekends, when walkers arrive early.\n\nToday they drive to Barnard Castle for milk before opening.\n\n## What could go wrong\nThe van may break down; a neighbour's van is our spare.\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, _) = analyze(&idea);
    assert!(super::super::level_of(score) >= 4, "{signals:?}");
    assert!(
        signals
            .iter()
            .any(|s| s.rule == "customer-qualified" && s.quote.contains("tea rooms")),
        "{signals:?}"
    );
}

#[test]
fn everybody_as_the_other_side_of_a_superlative_is_no_customer() {
    let text = "families!! families spend the most on days out of basically anyone.";
    assert!(!facts_for(text).universal, "{text}");
    assert!(level_for(text) >= 2, "{text}");
}

#[test]
fn a_segment_defined_by_what_it_lacks_or_is_refused_names_its_situation() {
    // What they lack or are refused is why they care; the weather they must
    // get through is the situation too.
    for customer in [
        "Shift workers at the Kelso bakery who do not drive. About 40 of them, all on the staff noticeboard.",
        "Tenants over 80 in the Holm Street flats who are refused a ground-floor transfer. The housing office lists 65 of them.",
        "Farm workers in upper Weardale who must get to the clinic during snow and ice. The parish list has 120 names.",
    ] {
        assert!(facts_for(customer).trigger, "{customer}");
        assert_eq!(level_for(customer), 4, "{customer}");
    }
    // The same segment with its qualifier alone stays a segment.
    let plain =
        "Shift workers at the Kelso bakery. About 40 of them, all on the staff noticeboard.";
    assert!(!facts_for(plain).trigger, "{plain}");
}

#[test]
fn a_firms_size_in_vans_or_a_trailing_place_qualifies_a_broad_noun() {
    for customer in [
        "Two-van electrical firms",
        "Sole-trader roofing firms",
        "Roofing firms, Cornwall and Devon",
    ] {
        assert_eq!(level_for(customer), 3, "{customer}");
    }
    assert_eq!(level_for("Roofing firms"), 2);
}

#[test]
fn a_season_named_by_its_months_is_when_they_care() {
    assert!(facts_for("Households in two villages who find a wasp nest in the loft between early June and late August.").trigger);
}

#[test]
fn a_life_event_just_past_or_a_decision_at_hand_is_when_they_care() {
    for text in [
        "Families in Kirkby who have just moved into the new estate.",
        "Owners of Victorian terraces in Leeds deciding whether to repair or replace their sash windows.",
    ] {
        assert!(facts_for(text).trigger, "{text}");
    }
}

#[test]
fn a_letter_paragraph_on_the_people_we_want_is_its_customer_section() {
    // No heading anywhere: "The people we want are …" says whom it is for
    // in so many words, so that paragraph's trigger, buyer and exclusion
    // are read as the Customer section's.
    let letter = "Dear Sam,\n\nHere is the idea in short: a booking tool for mobile farriers.\n\nThe people we want are self-employed farriers in Devon and Cornwall who shoe for riding schools; there are about 300 of them, and they all read the farriers' association newsletter. The trigger is the spring rush, when every yard wants its horses shod at once. The yard owner pays; the farrier uses it. We are not going after the big equine hospitals.\n\nBest,\nAlex\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.trigger, "the spring rush is the moment they care");
    assert!(super::super::level_of(score) >= 4);
}

#[test]
fn a_letter_paragraph_that_counts_and_bounds_its_people_is_its_customer_section() {
    // No channel and no moment, but "the people we're trying to help are …"
    // with a count, who pays apart from who uses, and who is left out: the
    // paragraph draws the segment as surely as a Customer section would.
    let letter = "Dear Priya,\n\nA short note before the committee meets, because the music service is losing instruments and the fix is cheap.\n\nIt concerns the loan instruments. The people we're trying to help are the peripatetic music teachers in our county's primary schools. There are about 140 of them across the county. The schools would pay for this, but the teachers are the ones using it. We are deliberately leaving out the secondary schools, which run their own stores.\n\nToday each teacher keeps a paper list, and a third of the violins lent last year were never seen again.\n\nKind regards,\nOwen\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, _, facts) = analyze(&idea);
    assert!(facts.size, "about 140 of them sizes the segment");
    assert!(facts.buyer_user, "the schools pay, the teachers use");
    assert!(facts.exclusion, "leaving out the secondary schools");
    assert_eq!(super::super::level_of(score), 5);
}

#[test]
fn leaving_a_group_out_on_purpose_is_an_exclusion() {
    for text in [
        "Allotment holders in Bristol. We're leaving out the commercial growers.",
        "Night-shift nurses in Ohio. I am deliberately keeping out agency staff.",
    ] {
        assert!(facts_for(text).exclusion, "{text}");
    }
}

#[test]
fn the_buyer_paying_for_everyone_in_the_group_does_not_make_the_customer_everyone() {
    let customer = "Climbing clubs in the Peak District that book a hut for a weekend. One member books and pays for everybody; the others just turn up.";
    let f = facts_for(customer);
    assert!(
        !f.universal,
        "paying for everybody names the group, not the world"
    );
    assert!(level_for(customer) >= 3);
}

#[test]
fn a_threshold_or_a_named_place_in_what_they_do_narrows_a_broad_noun() {
    for text in [
        "Walkers who cross the Pyrenees on foot.",
        "Travellers who visit four or more cities in one trip.",
    ] {
        assert_eq!(level_for(text), 3, "{text}");
    }
    // What people like is a taste anyone may have.
    assert_eq!(level_for("People who love Portugal."), 2);
}

#[test]
fn a_universal_phrase_held_up_in_quotes_is_rejected_not_used() {
    // The writer quotes "anybody who cooks" as the answer that failed; the
    // segment is the next sentence, with its own count and edge.
    let customer = "I will be precise, because the last pitch I wrote died on \"anybody who cooks.\" Our customer is the head chef of an independent restaurant in Lyon with 20 to 60 covers; there are about 900 of them. The owner pays; the chef uses it. Not for hotel kitchens.";
    let f = facts_for(customer);
    assert!(!f.universal, "a quoted phrase is a mention");
    assert!(level_for(customer) >= 4);
    // Said without quotes it is the customer, and the customer is everybody.
    assert!(facts_for("Anybody who cooks.").universal);
}

#[test]
fn a_letter_saying_who_would_pay_names_its_segment_in_any_language() {
    // "Syndics" is a word of another language with no plural the analyzer
    // knows, but "the people who would pay are" already says they are
    // people; the paragraph's moment and reach are read as the Customer
    // section's.
    let letter = "Subject: idea for Monday\n\nHi Marc,\n\nBikeBox is a booking system for the locked bicycle rooms that many Lyon blocks share. The people who would pay are the syndics running blocks of 30 to 120 flats, at the point when the bike room is full and residents start chaining bikes to the stairs. We can reach them through the regional syndics' federation and its newsletter.\n\nToday the caretaker keeps a paper list and a box of keys, and keys go missing every month.\n\nNumbers so far: 41 syndics answered our survey and 17 joined the waitlist.\n\nThe big unknown: we depend on the lock makers letting us open their locks.\n\nCheers,\nLea\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, facts) = analyze(&idea);
    let segment = signals
        .iter()
        .find(|s| s.rule == "customer-qualified")
        .unwrap_or_else(|| panic!("no segment: {signals:?}"));
    assert!(segment.quote.contains("syndics"), "{segment:?}");
    assert!(facts.trigger && facts.channel, "{facts:?}");
    assert_eq!(super::super::level_of(score), 4);
}

#[test]
fn a_letters_courtesy_is_not_its_segment_and_would_be_for_anybody_is_everybody() {
    // "I trust you are all keeping warm this winter!" is about the reader;
    // "It would be for anybody who…" answers who it is for with everybody.
    let letter = "Dear members of the allotment committee,\n\nI trust you are all keeping warm this winter! I have been turning over an idea since the spring show.\n\nSeedSwap would be a phone app for trading spare seedlings between plots. It would be for anybody who likes growing things and hates waste.\n\nGrowing from seed is fiddly and most of us end up with too many tomato plants.\n\nBest wishes,\nRuth\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, facts) = analyze(&idea);
    assert!(
        signals.iter().all(|s| !s.quote.contains("keeping warm")),
        "{signals:?}"
    );
    assert!(facts.universal, "{signals:?}");
    assert_eq!(super::super::level_of(score), 1);
}

#[test]
fn an_associations_members_are_the_segment_its_letter_declares() {
    // The association writes for its members: "Our members are the …"
    // declares the segment, and the thanks that open the letter are not it.
    let letter = "Dear Ms Okafor,\n\nThank you for seeing me on Tuesday. Here is the outline I promised.\n\nOur members are the independent bakeries of County Cork, mostly two to six staff, who bake overnight for the morning trade. The ones who care are those whose oven breaks down mid-bake. We reach all 140 of them through our monthly bulletin.\n\nTheir difficulty is the repair call-out.\n\nYours sincerely,\nDeclan\n";
    let idea = parse_str(letter).unwrap_or_else(|e| panic!("parse: {e}"));
    let (score, signals, _) = analyze(&idea);
    assert!(
        signals.iter().all(|s| !s.quote.contains("Thank you")),
        "{signals:?}"
    );
    assert!(super::super::level_of(score) >= 4, "{signals:?}");
}

#[test]
fn who_may_join_later_is_not_the_segment() {
    let customer = "Runners. It is built for runners at every level, on road or trail. Over time we see physiotherapists, race organisers and kit shops joining the community as well.";
    assert!(level_for(customer) <= 2, "{customer}");
}

#[test]
fn a_declaration_after_but_or_after_thats_our_customer_names_the_segment() {
    // A story first, then the declaration in the clause after "but".
    let after_but = "Where do I begin. Walkers have always wandered in, but the people we are really building this for are night-shift nurses at the four hospitals in Dundee who finish after the canteen closes.";
    assert!(facts_for(after_but).qualified, "{after_but}");
    let thinks_of = "The tourists still come. The regulars keep us going, but the people I really think about are the ones in the hill villages who keep sheep and have no van.";
    assert!(facts_for(thinks_of).qualified, "{thinks_of}");
    // A portrait of one customer, then "That's our customer:" and the group.
    let portrait = "Picture Ahmed. He runs a corner shop and his chiller broke twice last summer. That's our customer: owners of one or two corner shops in Bradford with a single chiller cabinet.";
    assert!(facts_for(portrait).qualified, "{portrait}");
    // An aside inside the declaration ("The customers, really, are …").
    let aside = "So let me tell you how this began. I have sold bread for years. The customers, really, are the cooks of the eleven school kitchens in Fife that bake their own rolls.";
    assert!(facts_for(aside).qualified, "{aside}");
    // "Folk living in …": a participle after a plural without an "s".
    let folk = "So let me tell you how this began. My mother ran the ferry cafe for years. So the customer, really, is the retired folk living in the cottages along the loch between Tarbet and Arrochar who cannot drive anymore.";
    assert!(facts_for(folk).qualified, "{folk}");
    // "those growers when the frost comes": the moment qualifies them.
    let moment = "So, some history first. I ran the seed shop on the quay for twenty years. Our town has about 300 people. The people I mean are those growers when the first frost warnings come round at the Bergerac market.";
    assert!(facts_for(moment).qualified, "{moment}");
    // Without the declaration the same story names nobody in particular.
    let story = "Where do I begin. Walkers have always wandered in, and we like them.";
    assert!(!facts_for(story).qualified, "{story}");
}

#[test]
fn a_place_after_into_narrows_a_broad_noun() {
    // "Travellers" alone is a broad population; flying into named airports
    // narrows them as "in Leeds" would.
    let into =
        "Travellers with limited sight who book help when flying into small Scottish airports.";
    assert!(facts_for(into).qualified, "{into}");
}

#[test]
fn a_bare_category_with_its_moment_and_where_to_find_it_is_a_drawn_segment() {
    let drawn = "Hosts. They start looking the week their first guest cancels at the last minute. We find them in the regional hosts' Facebook group.";
    let f = facts_for(drawn);
    assert!(f.trigger && f.channel && !f.qualified, "{f:?}");
    assert_eq!(level_for(drawn), 4);
    // The moment alone is still a category.
    assert_eq!(
        level_for(
            "Hosts. They start looking the week their first guest cancels at the last minute."
        ),
        2
    );
}

#[test]
fn a_shrug_after_a_category_narrows_nothing() {
    // The hedge trails the noun; the noun alone is still the category.
    for shrug in [
        "Beekeepers basically.",
        "grandparents really",
        "young people i guess",
        "Small charities I suppose.",
        "surfers tbh",
    ] {
        assert_eq!(level_for(shrug), 2, "{shrug}");
    }
    // What the hedge trails is kept: a compound or a place still narrows.
    assert_eq!(level_for("Hospital porters basically."), 3);
    assert_eq!(level_for("Beekeepers in Tipperary really."), 3);
}

#[test]
fn a_letter_may_say_whom_it_would_serve_in_the_conditional() {
    // A grant letter asks before the product exists, so it says who the
    // customers "would be"; that declares the segment as "are" does.
    let letter = "# Hung lamb\n\nDear panel,\n\n\
        I am asking the county fund for a cold room to hang lamb on my farm above Brecon.\n\n\
        My customers would be the hotel kitchens within forty miles of Brecon that serve local lamb. There are about 30 such kitchens, and I meet their chefs at the monthly Brecon mart. They start looking for a new supplier when the abattoir in Merthyr changes its kill days.\n\n\
        Today they hang lamb in crowded back rooms and lose a carcass or two each summer.\n\n\
        ## Risks\n\
        The cold room needs a three-phase supply.\n";
    assert_eq!(idea_level(letter), 4);
}

/// Where the customers already meet one another ("we see each other at the
/// county show") is where to reach them, told in their own words.
#[test]
fn where_they_meet_each_other_is_a_channel() {
    for reach in [
        "We see each other at the regional farriers' meetings and the Stoneleigh horse fair.",
        "I run into most of them at the Thursday cattle auctions.",
    ] {
        assert!(CHANNEL.is_match(reach), "{reach}");
    }
    assert!(!CHANNEL.is_match("We see each other as rivals."));
}

#[test]
fn a_qualifier_the_sentence_takes_back_narrows_nothing() {
    let taken_back = "Any gardener who loves their roses, which to be fair is every gardener! There are 4 million of them.";
    assert!(facts_for(taken_back).widened);
    assert!(level_for(taken_back) <= 2);
    // A clause that goes on to name the members is not taken back.
    let named = "Hospices in Kent, which covers all the county's eleven inpatient units and their ward managers.";
    assert!(!facts_for(named).widened);
}

#[test]
fn having_passed_one_step_and_the_partners_that_reach_them_are_read() {
    let text =
        "Learner drivers in Leeds who have passed the theory test and now book the practical.";
    let facts = facts_for(text);
    assert!(facts.trigger, "{facts:?}");
    let reached = "Learner drivers in Leeds. The two training colleges are how we reach learners.";
    assert!(facts_for(reached).channel, "{reached}");
}

#[test]
fn anyone_who_can_walk_into_a_place_is_not_the_customer() {
    // Who can get into the yard describes the yard, not the buyer.
    let facts = facts_for(
        "Owners of small marinas on the Norfolk Broads, with 20 to 80 berths and a slipway that anyone can drive onto.",
    );
    assert!(!facts.universal && !facts.widened, "{facts:?}");
    // A product anyone can use is still for everybody.
    let everybody =
        facts_for("A phone game where anyone can build a village and trade with friends.");
    assert!(everybody.universal || everybody.widened, "{everybody:?}");
}

#[test]
fn everybody_in_that_world_points_back_to_the_category() {
    // "That world" is the dog owners just named: a broad category, level 2.
    let text = "Dog owners, really. We want to be the first stop for everyone in that world.";
    assert_eq!(level_for(text), 2, "{:?}", facts_for(text));
    // Everyone in the world is still everybody.
    assert_eq!(
        level_for("Dog owners, really. We want to be the first stop for everyone in the world."),
        1
    );
}

#[test]
fn anyone_who_will_know_what_i_mean_is_an_aside() {
    // Asking the reader to nod is a turn of speech; the segment is the
    // broad category named beside it, not everybody.
    for body in [
        "Drivers, mostly, and their partners. Anyone who's got a car with a dodgy clutch will know what I mean.",
        "Cyclists, basically. Anybody who has ever had a puncture in the rain knows the feeling.",
    ] {
        let text = format!("# X\n\nA tool.\n\n## Customer\n{body}\n");
        let idea = parse_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
        let (_, _, facts) = analyze(&idea);
        assert!(!facts.universal, "{body}: {facts:?}");
    }
}

#[test]
fn a_generation_or_the_scope_of_a_superlative_narrows_nothing() {
    // "Millennials" and "Gen Z" are capitalised like places but are whole
    // age groups; "in history" is how far a superlative reaches.
    for customer in [
        "Climbers and boulderers, with a focus on Millennials and Gen Z.",
        "Knitters and crocheters, the keenest makers in history.",
    ] {
        assert_eq!(level_for(customer), 2, "{customer}");
    }
}

#[test]
fn a_trade_of_all_kinds_is_that_trade_not_everybody() {
    // "Bakery businesses of all kinds": the trade narrows the broad noun
    // before it is spread over its kinds.
    assert_eq!(
        level_for("Bakery businesses of all kinds, large or small."),
        2
    );
    // Without a trade, businesses of all kinds are everybody in business.
    assert_eq!(level_for("Businesses of all kinds."), 1);
}

#[test]
fn booking_with_us_is_the_moment_and_our_own_call_is_where_we_reach_them() {
    // The moment they buy from us is when they care, and the call we
    // already make to them is where we reach them.
    let booked = facts_for("Couples who book a wedding cake with us but skip the tasting.");
    assert!(booked.trigger, "{booked:?}");
    let called = facts_for("Garden owners in Kent. We suggest it on the survey visit.");
    assert!(called.channel, "{called:?}");
}

#[test]
fn all_stakeholders_or_a_segment_agnostic_plan_is_everybody() {
    for customer in [
        "All stakeholders across the wedding trade: couples, venues, florists and caterers.",
        "Farmers, shops and councils. Our market is deliberately segment-agnostic.",
    ] {
        assert_eq!(level_for(customer), 1, "{customer}");
    }
}

#[test]
fn for_all_of_us_is_the_trade_named_before_not_everybody() {
    // A trade, then "the same for all of us": still the broad trade (2).
    assert_eq!(
        level_for("Bakers. Sourdough, pastry, cakes. The ovens work the same for all of us."),
        2
    );
    // A qualified segment that it "works for all of them" widens back out.
    assert_eq!(
        level_for(
            "Bakeries in Cork with two ovens or more. Big or small, it works for all of them."
        ),
        2
    );
    // A plain "for all" is still everybody.
    assert_eq!(level_for("It's for all."), 1);
}

#[test]
fn a_segment_that_reaches_more_broadly_past_itself_sprawls() {
    assert_eq!(
        level_for(
            "Tilers in Leeds with one van, and more broadly the wider trade: merchants, suppliers and councils."
        ),
        2
    );
    assert_eq!(level_for("Tilers in Leeds with one van."), 3);
}

#[test]
fn everybody_said_twice_is_everybody() {
    // One widening in passing leaves a broad category; two sentences that
    // each answer "anyone" make the customer everybody (and so does one
    // said as the conclusion, see `a_list_concluded_with_everyone_is_everybody`).
    let twice = "Tandem serves the full range of stakeholders across the cycling world: riders, shops, brands and clubs. In short, anyone who touches a bike. Our addressable audience is everyone who has ever ridden one.";
    assert!(facts_for(twice).universal);
    let once = "Tandem serves the full range of stakeholders across the cycling world: riders, shops, brands and clubs. Anyone who touches a bike could use it, too.";
    assert!(!facts_for(once).universal);
}

#[test]
fn the_ones_who_have_just_had_a_bad_day_have_a_trigger() {
    let text = "Landlords of student flats in Leeds. Mostly the ones who've just had a tenant move out owing rent. There are about 300 such landlords.";
    assert!(facts_for(text).trigger);
    assert_eq!(level_for(text), 4);
}

#[test]
fn a_trade_spread_across_the_whole_country_is_still_broad() {
    // Spread over a nation is where the trade is, not a part of it chosen;
    // a region, or a group living in a country, is a qualifier.
    assert_eq!(
        level_for("Plumbers and heating engineers across the UK."),
        2
    );
    assert_eq!(level_for("Vets and vet nurses all over the country."), 2);
    assert_eq!(
        level_for("Plumbers and heating engineers across Yorkshire."),
        3
    );
    assert_eq!(level_for("Polish families in the UK."), 3);
}

/// A list of groups closed by "in short, everyone" answers the question
/// with everybody; the same list widened in passing ("anyone could use
/// it") stays a broad category.
#[test]
fn a_list_concluded_with_everyone_is_everybody() {
    let concluded = "Dentists who run their own practices in Leeds, hygienists and insurers. In short, anyone who has teeth, which by definition is everyone.";
    let widened = "Dentists who run two-chair practices in Leeds. Anyone with a practice could use it, though.";
    assert_eq!(level_for(concluded), 1);
    assert_eq!(level_for(widened), 2);
}

/// Opening a new shop, and the day something must be ready by, are the
/// moments a customer starts looking.
#[test]
fn opening_a_new_premises_and_a_day_to_be_ready_by_are_triggers() {
    for text in [
        "Dentists opening their first practice in Bristol.",
        "Landlords in Hull who need new locks fitted before moving-in day.",
    ] {
        assert!(facts_for(text).trigger, "{text}");
    }
    assert!(!facts_for("Dentists with a practice in Bristol.").trigger);
}

#[test]
fn whoever_did_the_last_job_does_not_widen_the_customer() {
    // The boilers may have been fitted by anybody; the customers are still
    // the landlords with boilers of that age.
    let customer = "Landlords in Hull with gas boilers fitted eight or more years ago, by us or anyone else. They care when a tenant rings on a cold Sunday.";
    let facts = facts_for(customer);
    assert!(!facts.universal && !facts.widened, "{facts:?}");
    assert!(level_for(customer) >= 3);
    // "Used by almost anyone" is still everybody.
    let anyone = facts_for("A kettle that can be used by almost anyone.");
    assert!(anyone.universal || anyone.widened, "{anyone:?}");
}

#[test]
fn where_we_would_contact_them_and_where_we_see_them_are_channels() {
    for text in [
        "Stairlift engineers in Kent. The maker lists its approved engineers by county, which is where we would contact them.",
        "Piano teachers near Bath. We see them at the termly lunches of the county music teachers' association.",
    ] {
        assert!(facts_for(text).channel, "{text}");
    }
}

#[test]
fn people_just_quoted_for_a_treatment_are_a_segment() {
    // A broad noun narrowed by what has just happened to them.
    let text = "Pet owners who have just been quoted for a cruciate operation.";
    assert_eq!(level_for(text), 3);
}

#[test]
fn partners_who_send_customers_to_us_are_a_channel() {
    for text in [
        "Brides who buy a dress in the town's bridal shops. The shops hand out our card at the final fitting.",
        "Walkers who break a pole on the fells. Two outdoor shops in Keswick send them straight to us.",
    ] {
        assert!(facts_for(text).channel, "{text}");
    }
}

/// "The people who buy their work" makes them customers, nothing more: a
/// clause hung on a broad noun after the head narrows only as far as a
/// real qualifier would. A place in the clause still narrows.
#[test]
fn a_clause_hung_on_people_after_the_head_does_not_qualify_the_segment() {
    assert!(!facts_for("Potters, and the people who buy their pots.").qualified);
    assert!(!facts_for("Cobblers, and the customers who collect their shoes.").qualified);
    assert!(facts_for("Potters, and the people who buy from them in Whitby.").qualified);
}

/// A segment named in words our qualifier lists miss, but given the moment
/// it starts looking, how many there are and who is left out, has had its
/// edges drawn: it reaches the levels a qualified segment would. Without
/// the edge it stays a category.
#[test]
fn a_trigger_a_count_and_an_edge_draw_a_segment_named_in_other_words() {
    let drawn = "UK joinery businesses that refit old sash windows for landlords. \
                 They start looking when a frame arrives with rot hidden under the paint. \
                 The trade federation counts around 2,300 such firms. \
                 Not for new-build joiners.";
    assert_eq!(level_for(drawn), 5);
    let open = "UK joinery businesses that refit old sash windows for landlords. \
                They start looking when a frame arrives with rot hidden under the paint. \
                The trade federation counts around 2,300 such firms.";
    assert_eq!(level_for(open), 2);
}

/// A role at a kind of workplace ("duty managers at regional airports",
/// "estate managers at council-run crematoria") is the rubric's role
/// qualifier: the workplace narrows the broad noun.
#[test]
fn a_role_at_a_kind_of_workplace_is_qualified() {
    for text in [
        "Duty managers at regional airports.",
        "Bookings managers at city-centre theatres.",
        "Estate managers at council-run crematoria.",
    ] {
        assert_eq!(level_for(text), 3, "{text}");
    }
}

/// "People who enjoy a cup of tea. That's basically everyone.": the
/// section itself says its group is everybody, the rubric's level 1.
#[test]
fn a_group_said_to_be_basically_everyone_is_everybody() {
    for text in [
        "People who enjoy a cup of tea. That's basically everyone, which is the exciting part.",
        "folk who like a picnic. pretty much everybody in summer",
    ] {
        assert_eq!(level_for(text), 1, "{text}");
    }
}

/// "Trades" and "tradespeople" are as broad as "businesses": a word in
/// front ("local", "building") or a habit every trade shares ("who take
/// bookings") leaves them a broad category.
#[test]
fn trades_and_tradespeople_are_a_broad_category() {
    for text in [
        "Local tradespeople who take bookings.",
        "Building trades in the region.",
    ] {
        assert_eq!(level_for(text), 2, "{text}");
    }
}

/// "I know most of them by name": the writer's own acquaintance is where
/// to reach the segment, as an association or a trade show is.
#[test]
fn knowing_the_segment_personally_is_where_to_reach_it() {
    let base = "Ferry skippers on the island routes who run their own boats. \
                They care the week the harbour office changes the berth fees.";
    assert_eq!(level_for(base), 3);
    for reach in [
        "I know most of them by name.",
        "We know them all personally.",
    ] {
        let text = format!("{base} {reach}");
        assert_eq!(level_for(&text), 4, "{text}");
    }
}

/// "It is easy to get hold of them: the harbour newsletter, …": getting
/// at the segment through where it gathers is where to reach it.
#[test]
fn getting_hold_of_them_through_a_newsletter_is_where_to_reach_them() {
    let text = "Ferry skippers on the island routes who run their own boats. \
                They care the week the harbour office changes the berth fees. \
                It is easy to get hold of them: the harbour newsletter, the chandlery \
                noticeboard and the skippers' group chat.";
    assert_eq!(level_for(text), 4);
}

/// "Tree surgeons, fencers, landscapers and the like": a comma that goes
/// on to more short names lists several trades, a broad category, even
/// when the first of them reads as a narrowed trade. A comma that goes on
/// to say where they are ("mostly in Leeds and Bradford") is no list.
#[test]
fn trades_listed_with_commas_are_a_broad_category() {
    for text in [
        "Tree surgeons, fencers, landscapers and the like.",
        "Dog groomers, dog walkers and kennels.",
    ] {
        assert_eq!(level_for(text), 2, "{text}");
    }
    assert_eq!(
        level_for("Wedding photographers, mostly in Leeds and Bradford."),
        3
    );
}

/// "Families looking for a weekend away": what a broad group is after is
/// no part of it chosen, as "who want a weekend away" is none. What they
/// run ("parents running a small café") or where they live still narrows.
#[test]
fn a_broad_group_named_by_what_it_seeks_stays_broad() {
    for text in [
        "Families looking for a weekend away.",
        "Students searching for a cheaper flat.",
    ] {
        assert_eq!(level_for(text), 2, "{text}");
    }
    for text in [
        "Parents running a small café.",
        "Families living in Swansea.",
        "Tourists visiting Lisbon in the spring.",
    ] {
        assert_eq!(level_for(text), 3, "{text}");
    }
}

/// A business's own line to its customers is where to reach them: "they
/// all book directly with us", "we can offer it in the welcome email".
#[test]
fn the_writers_own_line_to_customers_is_a_channel() {
    for text in [
        "Walkers on our three-day guided trips who have booked the hut nights. They all book directly with us.",
        "Walkers on our three-day guided trips who have booked the hut nights. We can offer it in the welcome email.",
    ] {
        assert!(facts_for(text).channel, "{text}");
    }
}

/// "The jobs where the client is still living in the house" names the
/// situation that makes the segment care, as "when" does.
#[test]
fn the_jobs_where_something_holds_are_the_trigger() {
    let text = "Plasterers who skim ceilings in lived-in flats: the jobs where the family is still at home and there is nowhere to mix outside. We reach them at the builders' merchants where they collect bags before 7am.";
    assert!(facts_for(text).trigger, "{text}");
    assert_eq!(level_for(text), 4, "{text}");
}

/// "They know their instruments better than nearly anybody": a hedge
/// between the comparison and the universal word keeps it a comparison.
#[test]
fn a_hedged_comparison_with_anybody_does_not_widen_the_segment() {
    let text = "This is for music shops that repair brass instruments. They know their instruments better than nearly anybody.";
    let facts = facts_for(text);
    assert!(!facts.universal && !facts.widened, "{facts:?}");
    assert_eq!(level_for(text), 3);
}

/// "The groom is the one who gets the reminders": "the one who" stands for
/// a person; it is no count of the segment.
#[test]
fn the_one_who_is_a_person_not_a_count() {
    let facts =
        facts_for("Livery yards. The owner pays; the groom is the one who gets the reminders.");
    assert!(!facts.size, "{facts:?}");
}

/// "We already supply rope to 140 such theatres": "such" ties the count to
/// the segment, though "to" stands before it.
#[test]
fn a_count_of_such_customers_after_to_is_the_size() {
    let facts = facts_for(
        "Stage managers at touring theatres. We already supply rope to 140 such theatres.",
    );
    assert!(facts.size, "{facts:?}");
}

/// A group opened out to its whole kind ("and makers more generally", "of
/// every kind") is a broad category, whatever qualifier follows.
#[test]
fn a_group_opened_out_to_its_kind_is_widened() {
    for text in [
        "Weavers, and makers more generally, who buy yarn from us.",
        "Violin repairers, of every kind, in the north of England.",
    ] {
        let facts = facts_for(text);
        assert!(facts.widened, "{text}: {facts:?}");
        assert_eq!(level_for(text), 2, "{text}");
    }
}

/// "They are easy for us to find" and "the guild sends a newsletter to all
/// its members" say where to reach them.
#[test]
fn easy_to_find_and_a_members_newsletter_are_channels() {
    for text in [
        "Potters in Devon. They are easy for us to find: most weekends they sell at the craft fair.",
        "Potters in Devon. The county guild sends a newsletter to all its members.",
    ] {
        assert!(facts_for(text).channel, "{text}");
    }
}

/// "Shift managers at our cinemas": a role bounded by the author's own
/// sites is a segment the author can name one by one, however broad the
/// role word is on its own.
#[test]
fn a_role_at_our_own_sites_is_qualified() {
    for text in [
        "Shift managers at our cinemas.",
        "Ward managers across our hospitals.",
    ] {
        assert!(facts_for(text).qualified, "{text}");
    }
}

/// "…across our product lines and beyond": opened out past what was named,
/// the group is the rubric's broad category again.
#[test]
fn a_group_and_beyond_is_widened() {
    let facts = facts_for("Small firms across our main verticals and beyond.");
    assert!(facts.widened, "{facts:?}");
}

/// "We can reach every one of them" is a claim about reach the author can
/// be held to: a channel.
#[test]
fn reaching_all_of_them_is_a_channel() {
    for text in [
        "Dental nurses in Cardiff. Each is on our rota app, so we can reach all of them.",
        "Dental nurses in Cardiff. I reach every one of them by text already.",
    ] {
        assert!(facts_for(text).channel, "{text}");
    }
}

/// "Farriers, saddlers, grooms, all the stable trades": a list of trades
/// swept up with "all the …" is the whole kind, not a group chosen.
#[test]
fn a_list_swept_up_with_all_the_is_broad() {
    let text = "Country craftspeople. Farriers, saddlers, grooms, all the stable trades.";
    assert_eq!(level_for(text), 2, "{text}");
}

/// "Garden centres, and the gardeners who shop in their aisles": a trade and
/// then the trade's own customers are two segments, so neither is chosen.
#[test]
fn a_trade_and_the_people_who_use_its_premises_is_widened() {
    let text = "Cinema chains, and the couples who watch films in their screens.";
    assert!(facts_for(text).widened, "{text}");
    assert_eq!(level_for(text), 2, "{text}");
}

/// "We reach them directly" and "they already pay in our app"
/// name a way in the author already has.
#[test]
fn reaching_them_directly_or_through_our_own_site_is_a_channel() {
    for text in [
        "Dog walkers in Bristol. We contact them directly, one call each.",
        "Dog walkers in Bristol. They already pay for kennel space in our app.",
    ] {
        assert!(facts_for(text).channel, "{text}");
    }
}

/// "Not customers for us: …" leaves people out as surely as "not our
/// customers" does.
#[test]
fn not_customers_for_us_is_an_exclusion() {
    let text = "Hill farms in Powys. Not customers for us: lowland dairies and hobby flocks.";
    assert!(facts_for(text).exclusion, "{text}");
}

/// "We meet them where they already are" and a group's booking pages, in
/// the plural, are ways to reach the customer.
#[test]
fn where_they_already_are_and_booking_pages_are_channels() {
    for text in [
        "Climbing coaches in Sheffield. We meet them where they already are, at the bouldering walls.",
        "Climbing coaches in Sheffield. We would list it through the walls' booking pages.",
    ] {
        assert!(facts_for(text).channel, "{text}");
    }
}

/// "This covers bakeries, florists, garages and dentists": a segment
/// spelled out as a run of sectors is several segments, the rubric's broad
/// category.
#[test]
fn a_segment_that_covers_a_run_of_sectors_sprawls() {
    let text =
        "Shops in Leeds that sell online. This covers bakeries, florists, garages and dentists.";
    assert_eq!(level_for(text), 2, "{text}");
}

/// "Treasurers of village cricket clubs" is the compound turned round
/// ("village cricket club treasurers"): a role in a named kind of
/// organisation is a qualified segment. Words that narrow nothing ("owners
/// of small businesses") leave the rubric's broad category.
#[test]
fn a_role_of_a_named_kind_is_qualified() {
    for text in [
        "Treasurers of village cricket clubs.",
        "Members of amateur brass bands.",
    ] {
        assert!(facts_for(text).qualified, "{text}");
    }
    let broad = "Owners of small businesses.";
    assert!(!facts_for(broad).qualified, "{broad}");
}

/// "Younger ones who want cards that say something": the clause after a
/// taste describes what they want, and narrows the people no more than
/// the taste does.
#[test]
fn a_clause_inside_a_taste_narrows_nothing() {
    let text = "Card buyers and collectors, mostly younger ones who want cards that actually say something.";
    assert!(!facts_for(text).qualified, "{text}");
}

/// "I have deliberately not narrowed it further yet": the author says the
/// segment is still its whole category, whatever qualifier the story holds.
#[test]
fn a_segment_the_author_has_not_narrowed_stays_broad() {
    let narrowed = "I first saw the need in the winter I spent as a volunteer in a choir. The app is for singers, and for the choirs they sing in.";
    assert_eq!(level_for(narrowed), 3, "{narrowed}");
    let open = format!(
        "{narrowed} I have deliberately not narrowed it further yet, because the need is common to any group that sings."
    );
    assert_eq!(level_for(&open), 2, "{open}");
}

/// "Small workshops, and the craftsmen who work in them": "in them" points
/// back at the workshops, so the category is as broad as before.
#[test]
fn a_place_that_points_back_narrows_nothing() {
    let text = "Small bakeries, and the bakers who work in them.";
    assert_eq!(level_for(text), 2, "{text}");
    // A real place still narrows.
    let placed = "Small bakeries in Leeds, and the bakers who work in them.";
    assert_eq!(level_for(placed), 3, "{placed}");
    // Buying from them ties the people to the category; it is no place.
    let buyers = "Potters, and the galleries who buy from them.";
    assert_eq!(level_for(buyers), 3, "{buyers}");
}

/// "Cat owners!": an exclamation ends the noun phrase as a full stop does,
/// so the broad category is still read as one.
#[test]
fn an_exclamation_ends_the_segment_phrase() {
    for text in ["Cat owners!", "Cat owners?! Honestly, all of them."] {
        assert_eq!(level_for(text), 2, "{text}");
    }
}

/// "Members who have booked at least one class on the app this year": what
/// the people have already done (booked, bought, hired) is a situation
/// that narrows a broad noun, as the rubric's qualifier asks.
#[test]
fn what_they_have_already_booked_narrows_a_broad_noun() {
    for text in [
        "Members who have booked at least one pottery class on the app in the last year.",
        "Customers who have hired a van from us for a house move.",
    ] {
        assert_eq!(level_for(text), 3, "{text}");
    }
}

/// "Cat owners, and through them the sitters who look after their cats": a second
/// group reached through the first is two segments, neither chosen.
#[test]
fn a_group_reached_through_another_is_two_segments() {
    let text = "Cat owners, and through them the sitters who look after their cats.";
    assert_eq!(level_for(text), 2, "{text}");
}

#[test]
fn a_whole_nation_or_a_household_thing_does_not_narrow_owners() {
    // A country in front of a broad category is every one of them there.
    assert_eq!(level_for("US car owners."), 2);
    assert_eq!(level_for("British homeowners."), 2);
    // Owning property is as broad as owning a home.
    assert_eq!(level_for("Property owners."), 2);
    // A trade is still narrowed by its modifier, wherever it is.
    assert_eq!(level_for("UK laundromat owners."), 3);
}

#[test]
fn caring_about_something_seriously_is_a_taste_not_a_qualifier() {
    assert_eq!(level_for("Homeowners who take their privacy seriously."), 2);
    // What they have is a qualifier.
    assert_eq!(level_for("Homeowners with a septic tank."), 3);
}

#[test]
fn a_list_of_categories_ending_in_a_household_thing_is_still_a_list() {
    // Two categories named, then "anyone": a broad category, not everybody.
    let text =
        "Courier firms and property owners. Anyone who has a parcel locker in a lobby can use it.";
    assert_eq!(level_for(text), 2);
}

#[test]
fn a_count_in_front_of_a_noun_chooses_nobody() {
    // "Two halves of one market" counts the categories just named; it is
    // no segment of its own.
    assert_eq!(
        level_for("Cyclists and drivers! Two halves of one road."),
        2
    );
    // A size word that is a real qualifier still narrows.
    assert_eq!(level_for("Two-chair barbershops."), 3);
}

/// "It hurts most in shops where the owner also bakes": the circumstance
/// in which the segment feels the problem most is its trigger; what they
/// care most about is a taste, not a moment.
#[test]
fn where_they_feel_it_most_is_their_trigger() {
    let base = "Owners of bakeries with 2 to 5 staff, reached through the county bakers' guild.";
    assert!(
        facts_for(&format!(
            "{base} It hurts most in shops where the owner also bakes."
        ))
        .trigger
    );
    assert!(facts_for(&format!("{base} They feel it most if a supplier fails.")).trigger);
    assert!(!facts_for(&format!("{base} They care most about price.")).trigger);
}

/// A watch, a clock or a piece of jewellery is in nearly every home: their
/// owners are as broad a category as car owners, unlike the owners of a
/// repair shop.
#[test]
fn owners_of_what_every_home_has_are_broad() {
    assert_eq!(level_for("Watch owners."), 2);
    assert_eq!(level_for("Clock owners."), 2);
    assert_eq!(level_for("Jewellery owners."), 2);
    assert_eq!(level_for("Watch repair shop owners."), 3);
}
