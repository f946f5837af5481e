//! Milestones counted from the launch date.
//!
//! The one kind of figure a document may add is a date derived from the
//! idea's launch date. Each one carries its derivation in a fixed label,
//! "(counted back 16 weeks from the 2027-09-01 launch date)", which the
//! grounding check recognises; without a launch date the milestones are
//! relative weeks, labelled the same way.

use jiff::Span;
use jiff::civil::Date;
use serde::Serialize;

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
pub(crate) fn plan(launch: Option<Date>) -> Vec<Milestone> {
    PLAN.iter()
        .map(|(name, weeks, goal)| Milestone {
            name,
            when: when(launch, *weeks),
            goal,
        })
        .collect()
}

/// The labelled date (or week) of one milestone.
fn when(launch: Option<Date>, weeks: i64) -> String {
    let derived = launch.and_then(|l| l.checked_add(Span::new().weeks(weeks)).ok().map(|d| (l, d)));
    match (derived, weeks) {
        (Some((l, _)), 0) => format!("{l} (the launch date in the idea)"),
        (Some((l, d)), w) if w < 0 => {
            format!("{d} (counted back {} weeks from the {l} launch date)", -w)
        }
        (Some((l, d)), w) => format!("{d} (counted forward {w} weeks from the {l} launch date)"),
        (None, w) => relative(w),
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
        let plan = plan(Some(jiff::civil::date(2027, 9, 1)));
        assert_eq!(
            plan[1].when,
            "2027-05-12 (counted back 16 weeks from the 2027-09-01 launch date)"
        );
        assert_eq!(plan[3].when, "2027-09-01 (the launch date in the idea)");
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
