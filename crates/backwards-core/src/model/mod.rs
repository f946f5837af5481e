//! The idea model: what an idea file is, once read.
//!
//! Glossary:
//! - **Idea**: one product idea in seven steps, parsed from Markdown.
//! - **Step**: pitch, customer, problem, solution, evidence, experience, risks.
//! - **Section**: the text under a step's heading, with its position in the file.
//! - **Gap**: a step with no text; not an error, a finding.
//! - **Note**: a section whose heading names no step; kept and shown.
//! - **Launch date**: a day, a month, a quarter or a year, kept at that precision.

mod error;
mod front_matter;
mod idea;
mod launch_date;
mod letter;
mod parse;
mod step;
mod subject;
pub mod text;

pub use error::ParseError;
pub use front_matter::FrontMatter;
pub use idea::{Idea, Section};
pub(crate) use idea::{formality, without_greeting};
pub use launch_date::{ACCEPTED_FORMS, LaunchDate, LaunchDateError, Precision};
pub(crate) use launch_date::{half_of, quarter_of};
pub use parse::{MAX_INPUT_BYTES, parse, parse_str};
pub use step::Step;
