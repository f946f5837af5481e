//! One file per subcommand (mdBook's `src/cmd`), dispatched from here.

mod check;
mod doctor;
mod eval;
mod new;
mod polish;
mod serve;
mod verdict;
mod write;

use anyhow::Result;

use crate::Outcome;
use crate::args::Command;

/// Run one subcommand.
pub fn run(command: Command) -> Result<Outcome> {
    match command {
        Command::Verdict(args) => verdict::run(&args),
        Command::Write(args) => write::run(&args),
        Command::New(args) => new::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Doctor(args) => doctor::run(&args),
        Command::Serve(args) => serve::run(&args),
    }
}

/// Today's date (UTC), for documents that count back from it.
///
/// The core never reads the clock (so its output is reproducible); the CLI is
/// the one place that does, and `--date` overrides it. UTC rather than the
/// local zone keeps the binary free of a time-zone database.
pub fn today() -> jiff::civil::Date {
    jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}
