//! The core of **backwards**: an idea file in; a verdict, a press release, an
//! FAQ and a PRD out.
//!
//! This crate does no I/O: no files, no clock, no network. Everything that
//! varies (the date a document is generated on, for instance) comes in as an
//! argument, so the same input always gives byte-identical output.
//!
//! ```
//! let idea = backwards_core::model::parse(b"# Demo\n\nA tool.\n\n## Customer\nEveryone.\n").unwrap();
//! let report = backwards_core::analyze::analyze(&idea);
//! assert!(report.scores.customer.score <= 100);
//! ```

pub mod analyze;
pub mod coach;
pub mod grounding;
pub mod model;
mod pattern;
pub mod render;
