//! `backwards new`: the seven-step wizard.
//!
//! Split the zola/atuin way so the logic is testable without a terminal:
//! - `questions`: what each step asks, why, and an example (data);
//! - `machine`: a pure state machine (answer in → effects out), including
//!   the coaching, which runs the analyzer on the partial idea;
//! - `terminal`: the only file doing I/O, over any `BufRead`/`Write`, so tests
//!   can pipe answers in.

pub mod machine;
pub mod questions;
pub mod terminal;
