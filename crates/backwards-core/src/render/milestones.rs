//! Milestones counted from the launch date.
//!
//! The one kind of figure a document may add is a date derived from the
//! idea's launch date. Each one carries its derivation in a fixed label,
//! "(counted back 16 weeks from the 2027-09-01 launch date)", which the
//! grounding check recognises; without a launch date the milestones are
//! relative weeks, labelled the same way.
//!
//! A launch month or year has no day to count from, so the plan counts back
//! from the start of the period and forward from its end, and the label says
//! which: "(counted back 16 weeks from the start of the 2028-01 launch
//! month)". The launch milestone itself is the period as written, so no day
//! the idea does not give ever appears unlabelled.

use jiff::Span;
use serde::Serialize;

use crate::model::{LaunchDate, Precision};

/// One milestone of the PRD's plan.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Milestone {
    /// Its name, e.g. "Prototype".
    pub name: &'static str,
    /// When, with its derivation label.
    pub when: String,
    /// What it must show.
    pub goal: &'static str,
}

/// The plan: name, weeks relative to launch, and what the milestone shows.
const PLAN: [(&str, i64, &str); 5] = [
    (
        "Discovery",
        -24,
        "Interviews with customers from the segment; the open questions below have answers.",
    ),
    (
        "Prototype",
        -16,
        "The P0 requirements work end to end and prospective customers have tried them.",
    ),
    (
        "Beta with named customers",
        -8,
        "Named customers from the segment use it for real; the success metrics are measured.",
    ),
    ("Launch", 0, "Available to every customer in the segment."),
    (
        "Review after launch",
        4,
        "The success metrics and the kill criterion are checked against their targets.",
    ),
];

/// The fixed words of the plan, for the grounding vocabulary.
pub(crate) fn vocabulary() -> impl Iterator<Item = &'static str> {
    PLAN.iter().flat_map(|(name, _, goal)| [*name, *goal])
}

/// The milestones, counted from `launch` or, without one, from the start of work.
pub(crate) fn plan(launch: Option<LaunchDate>) -> Vec<Milestone> {
    PLAN.iter()
        .map(|(name, weeks, goal)| Milestone {
            name,
            when: when(launch, *weeks),
            goal,
        })
        .collect()
}

/// The labelled date (or week) of one milestone.
fn when(launch: Option<LaunchDate>, weeks: i64) -> String {
    let Some(launch) = launch else {
        return relative(weeks);
    };
    let period = match launch.precision() {
        Precision::Day => "date",
        Precision::Month => "month",
        Precision::Quarter => "quarter",
        Precision::Half => "half-year",
        Precision::Year => "year",
    };
    if weeks == 0 {
        return format!("{launch} (the launch {period} in the idea)");
    }
    // Back from the first day of the period, forward from its last day.
    let (from, edge) = match (launch.precision(), weeks < 0) {
        (Precision::Day, _) => (Some(launch.anchor()), "the"),
        (_, true) => (Some(launch.anchor()), "the start of the"),
        (_, false) => (launch.last_day(), "the end of the"),
    };
    let derived = from.and_then(|d| d.checked_add(Span::new().weeks(weeks)).ok());
    match derived {
        Some(d) if weeks < 0 => format!(
            "{d} (counted back {} weeks from {edge} {launch} launch {period})",
            -weeks
        ),
        Some(d) => {
            format!("{d} (counted forward {weeks} weeks from {edge} {launch} launch {period})")
        }
        // Beyond the calendar jiff supports (a launch near year 9999).
        None => relative(weeks),
    }
}

/// A week relative to the start of work, for an idea without a launch date.
fn relative(weeks_from_launch: i64) -> String {
    let week = weeks_from_launch - PLAN[0].1;
    if week == 0 {
        "At the start of work".to_string()
    } else {
        format!(
            "week {week} (counted forward {week} weeks from the start of work; the idea gives no launch date)"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_back_from_launch_and_say_so() {
        let plan = plan(Some(LaunchDate::day(jiff::civil::date(2027, 9, 1))));
        assert_eq!(
            plan[1].when,
            "2027-05-12 (counted back 16 weeks from the 2027-09-01 launch date)"
        );
        assert_eq!(plan[3].when, "2027-09-01 (the launch date in the idea)");
    }

    fn launch(text: &str) -> Option<LaunchDate> {
        Some(text.parse().expect("a launch date"))
    }

    #[test]
    fn a_launch_month_counts_back_from_its_start_and_forward_from_its_end() {
        let plan = plan(launch("2028-01"));
        assert_eq!(
            plan[1].when,
            "2027-09-11 (counted back 16 weeks from the start of the 2028-01 launch month)"
        );
        assert_eq!(plan[3].when, "2028-01 (the launch month in the idea)");
        assert_eq!(
            plan[4].when,
            "2028-02-28 (counted forward 4 weeks from the end of the 2028-01 launch month)"
        );
    }

    #[test]
    fn a_launch_quarter_counts_from_its_first_and_last_days() {
        let plan = plan(launch("2027-Q3"));
        assert_eq!(
            plan[1].when,
            "2027-03-11 (counted back 16 weeks from the start of the 2027-Q3 launch quarter)"
        );
        assert_eq!(plan[3].when, "2027-Q3 (the launch quarter in the idea)");
        assert_eq!(
            plan[4].when,
            "2027-10-28 (counted forward 4 weeks from the end of the 2027-Q3 launch quarter)"
        );
    }

    #[test]
    fn a_launch_half_year_counts_from_its_first_and_last_days() {
        let plan = plan(launch("H2 2027"));
        assert_eq!(
            plan[1].when,
            "2027-03-11 (counted back 16 weeks from the start of the 2027-H2 launch half-year)"
        );
        assert_eq!(plan[3].when, "2027-H2 (the launch half-year in the idea)");
        assert_eq!(
            plan[4].when,
            "2028-01-28 (counted forward 4 weeks from the end of the 2027-H2 launch half-year)"
        );
    }

    #[test]
    fn a_launch_year_is_said_as_a_year() {
        let plan = plan(launch("2028"));
        assert_eq!(
            plan[0].when,
            "2027-07-17 (counted back 24 weeks from the start of the 2028 launch year)"
        );
        assert_eq!(plan[3].when, "2028 (the launch year in the idea)");
        assert!(
            plan[4]
                .when
                .starts_with("2029-01-28 (counted forward 4 weeks from the end")
        );
    }

    #[test]
    fn without_a_launch_date_weeks_are_relative() {
        let plan = plan(None);
        assert_eq!(plan[0].when, "At the start of work");
        assert!(
            plan[2]
                .when
                .starts_with("week 16 (counted forward 16 weeks")
        );
    }
}
