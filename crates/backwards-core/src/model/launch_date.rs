//! The launch date at the precision the author gave it.
//!
//! People plan launches by month, by quarter or by year as often as by day.
//! ISO 8601 writes a day, a month and a year as `2027-09-01`, `2028-01` and
//! `2028`; planners write a quarter as `2027-Q3` (ISO 8601-2's sub-year
//! groupings have no shorter common form), and often as `Q3 2027`; a half-year
//! the same way, as `2027-H2` or `H2 2027`. A plain [`Date`] would
//! force a day onto `2028-01`, and that day ("January 1") would then show up
//! in the documents as a fact the idea never stated. So the launch date keeps
//! its precision next to an *anchor*, the first day of the period, which is
//! what milestones are counted from (and what their labels say they are
//! counted from).

use std::fmt;
use std::str::FromStr;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How much of the launch date the author wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// `2027-09-01`: a day.
    Day,
    /// `2028-01`: a month.
    Month,
    /// `2027-Q3`: a quarter, the way roadmaps are planned.
    Quarter,
    /// `2027-H2`: a half-year, the way longer roadmaps are planned.
    Half,
    /// `2028`: a year.
    Year,
}

/// A target launch date: a day, a month, a quarter, a half-year or a year.
///
/// It serializes (and displays) exactly as ISO 8601 writes it at its
/// precision, so a day-precision date reads the same as it always did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LaunchDate {
    anchor: Date,
    precision: Precision,
}

/// The forms the front matter accepts, for error messages.
pub const ACCEPTED_FORMS: &str = "YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY, \
     for example 2027-09-01, 2028-01, 2027-Q3, 2027-H2 or 2028";

/// A launch date that is none of the accepted forms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a date; write it as {ACCEPTED_FORMS}")]
pub struct LaunchDateError {
    text: String,
}

impl LaunchDate {
    /// A launch on one day.
    pub fn day(date: Date) -> Self {
        Self {
            anchor: date,
            precision: Precision::Day,
        }
    }

    /// The first day of the period: the day itself, or the first day of the
    /// month, quarter, half-year or year. Milestones count back from it.
    pub fn anchor(self) -> Date {
        self.anchor
    }

    /// Day, month, quarter, half-year or year.
    pub fn precision(self) -> Precision {
        self.precision
    }

    /// The last day of the period: a month launch has not passed until its
    /// month is over. `None` only at the very end of the calendar.
    pub fn last_day(self) -> Option<Date> {
        let period = match self.precision {
            Precision::Day => return Some(self.anchor),
            Precision::Month => 1.month(),
            Precision::Quarter => 3.months(),
            Precision::Half => 6.months(),
            Precision::Year => 1.year(),
        };
        self.anchor
            .checked_add(period)
            .and_then(|next| next.checked_sub(1.day()))
            .ok()
    }

    /// True when the whole period lies before `today`.
    pub fn passed(self, today: Date) -> bool {
        self.last_day().is_some_and(|last| last < today)
    }
}

impl FromStr for LaunchDate {
    type Err = LaunchDateError;

    /// Accepts `YYYY`, `YYYY-MM`, `YYYY-Qn` (or `Qn YYYY`), `YYYY-Hn` (or
    /// `Hn YYYY`), and every day
    /// that [`Date`] parses (`YYYY-MM-DD`), so no file that parsed before
    /// stops parsing.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let t = text.trim();
        let err = || LaunchDateError {
            text: text.to_string(),
        };
        for period in [Period::QUARTER, Period::HALF] {
            if let Some(launch) = period.parse(t) {
                return launch.ok_or_else(err);
            }
        }
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let reduced = match t.split_once('-') {
            None if digits(t, 4) => Some((t, "01", Precision::Year)),
            Some((y, m)) if digits(y, 4) && digits(m, 2) => Some((y, m, Precision::Month)),
            _ => None,
        };
        let Some((year, month, precision)) = reduced else {
            return t.parse::<Date>().map(Self::day).map_err(|_| err());
        };
        let year: i16 = year.parse().map_err(|_| err())?;
        let month: i8 = month.parse().map_err(|_| err())?;
        let anchor = Date::new(year, month, 1).map_err(|_| err())?;
        Ok(Self { anchor, precision })
    }
}

/// A part of a year that planners name by its number: a quarter (`Q3`) or
/// a half (`H2`).
struct Period {
    /// The letter before the number: `Q` or `H`.
    letter: char,
    /// How many of them make a year: 4 or 2.
    per_year: i8,
    /// The precision a launch written this way has.
    precision: Precision,
}

impl Period {
    const QUARTER: Period = Period {
        letter: 'Q',
        per_year: 4,
        precision: Precision::Quarter,
    };
    const HALF: Period = Period {
        letter: 'H',
        per_year: 2,
        precision: Precision::Half,
    };

    /// `2027-Q3` or `Q3 2027` (any case, and the same with `H`): `None`
    /// when the text is not written as this period at all, `Some(None)`
    /// when it is but names no real one (`2027-Q5`, `2027-H3`), so that the
    /// caller reports the same error as for any other bad date.
    fn parse(&self, text: &str) -> Option<Option<LaunchDate>> {
        let upper = text.to_ascii_uppercase();
        let (year, n) = match upper.split_once(&format!("-{}", self.letter)) {
            Some(parts) => parts,
            None => upper
                .strip_prefix(self.letter)?
                .split_once(' ')
                .map(|(n, y)| (y.trim(), n))?,
        };
        let year_ok = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
        let n_ok = n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit());
        if !(year_ok && n_ok) {
            return None;
        }
        let (year, n): (i16, i8) = (year.parse().ok()?, n.parse().ok()?);
        if !(1..=self.per_year).contains(&n) {
            return Some(None);
        }
        let months = 12 / self.per_year;
        let anchor = Date::new(year, (n - 1) * months + 1, 1).ok();
        Some(anchor.map(|anchor| LaunchDate {
            anchor,
            precision: self.precision,
        }))
    }
}

impl fmt::Display for LaunchDate {
    /// ISO 8601 at the date's precision: `2027-09-01`, `2028-01`, `2028`, and
    /// a quarter or a half-year as planners write it: `2027-Q3`, `2027-H2`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let a = self.anchor;
        match self.precision {
            Precision::Day => write!(f, "{a}"),
            Precision::Month => write!(f, "{:04}-{:02}", a.year(), a.month()),
            Precision::Quarter => write!(f, "{:04}-Q{}", a.year(), quarter_of(a)),
            Precision::Half => write!(f, "{:04}-H{}", a.year(), half_of(a)),
            Precision::Year => write!(f, "{:04}", a.year()),
        }
    }
}

/// 1 to 4: which quarter a day falls in.
pub(crate) fn quarter_of(day: Date) -> i8 {
    (day.month() - 1) / 3 + 1
}

/// 1 or 2: which half of its year a day falls in.
pub(crate) fn half_of(day: Date) -> i8 {
    (day.month() - 1) / 6 + 1
}

impl Serialize for LaunchDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LaunchDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn parse(text: &str) -> LaunchDate {
        text.parse()
            .unwrap_or_else(|e| panic!("{text} should parse: {e}"))
    }

    #[test]
    fn a_day_keeps_its_day() {
        let d = parse("2027-09-01");
        assert_eq!(d.precision(), Precision::Day);
        assert_eq!(d.anchor(), date(2027, 9, 1));
        assert_eq!(d.to_string(), "2027-09-01");
    }

    #[test]
    fn a_month_is_anchored_on_its_first_day_and_written_without_it() {
        let d = parse(" 2028-01 ");
        assert_eq!(d.precision(), Precision::Month);
        assert_eq!(d.anchor(), date(2028, 1, 1));
        assert_eq!(d.last_day(), Some(date(2028, 1, 31)));
        assert_eq!(d.to_string(), "2028-01");
        assert_eq!(parse("2028-02").last_day(), Some(date(2028, 2, 29)));
    }

    #[test]
    fn a_year_is_anchored_on_january_first_and_written_as_the_year() {
        let d = parse("2028");
        assert_eq!(d.precision(), Precision::Year);
        assert_eq!(d.anchor(), date(2028, 1, 1));
        assert_eq!(d.last_day(), Some(date(2028, 12, 31)));
        assert_eq!(d.to_string(), "2028");
    }

    #[test]
    fn bad_forms_are_errors_that_list_the_accepted_forms() {
        for bad in [
            "2028-13",
            "2028-00",
            "2028-1",
            "28-01",
            "next spring",
            "2028-Q5",
            "2028-Q0",
            "Q5 2028",
            "2028-Q12",
            "2028-H3",
            "2028-H0",
            "H3 2028",
            "second half of 2028",
            "28-Q1",
            "Q1-2028",
            "2027-02-30",
            "20281",
            "",
            "2028-01-",
            "January 2028",
        ] {
            let err = bad
                .parse::<LaunchDate>()
                .expect_err(&format!("{bad:?} should not parse"));
            let msg = err.to_string();
            assert!(msg.contains(&format!("`{bad}`")), "{msg}");
            assert!(
                msg.contains("YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY"),
                "{msg}"
            );
        }
    }

    #[test]
    fn a_quarter_is_anchored_on_its_first_day_and_written_as_planners_write_it() {
        for text in ["2027-Q3", "2027-q3", "Q3 2027", " q3 2027 "] {
            let d = parse(text);
            assert_eq!(d.precision(), Precision::Quarter, "{text}");
            assert_eq!(d.anchor(), date(2027, 7, 1), "{text}");
            assert_eq!(d.last_day(), Some(date(2027, 9, 30)), "{text}");
            assert_eq!(d.to_string(), "2027-Q3", "{text}");
        }
        assert_eq!(parse("2028-Q1").last_day(), Some(date(2028, 3, 31)));
        assert_eq!(parse("2028-Q4").anchor(), date(2028, 10, 1));
        assert!(!parse("2028-Q4").passed(date(2028, 12, 31)));
        assert!(parse("2028-Q4").passed(date(2029, 1, 1)));
    }

    #[test]
    fn a_half_year_is_anchored_on_its_first_day_and_written_as_planners_write_it() {
        for text in ["2027-H2", "2027-h2", "H2 2027", " h2 2027 "] {
            let d = parse(text);
            assert_eq!(d.precision(), Precision::Half, "{text}");
            assert_eq!(d.anchor(), date(2027, 7, 1), "{text}");
            assert_eq!(d.last_day(), Some(date(2027, 12, 31)), "{text}");
            assert_eq!(d.to_string(), "2027-H2", "{text}");
        }
        assert_eq!(parse("2028-H1").last_day(), Some(date(2028, 6, 30)));
        assert!(!parse("2028-H1").passed(date(2028, 6, 30)));
        assert!(parse("2028-H1").passed(date(2028, 7, 1)));
    }

    #[test]
    fn a_period_has_passed_only_after_its_last_day() {
        let month = parse("2028-01");
        assert!(!month.passed(date(2028, 1, 31)));
        assert!(month.passed(date(2028, 2, 1)));
        let year = parse("2028");
        assert!(!year.passed(date(2028, 12, 31)));
        assert!(year.passed(date(2029, 1, 1)));
        let day = parse("2027-09-01");
        assert!(!day.passed(date(2027, 9, 1)));
        assert!(day.passed(date(2027, 9, 2)));
    }

    #[test]
    fn json_round_trips_each_precision_as_written() {
        for text in ["2027-09-01", "2028-01", "2027-Q3", "2027-H2", "2028"] {
            let d = parse(text);
            let json = serde_json::to_string(&d).expect("serializes");
            assert_eq!(json, format!("\"{text}\""));
            let back: LaunchDate = serde_json::from_str(&json).expect("deserializes");
            assert_eq!(back, d);
        }
        assert!(serde_json::from_str::<LaunchDate>("\"2028-13\"").is_err());
    }
}
