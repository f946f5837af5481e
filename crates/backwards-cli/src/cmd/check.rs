//! `backwards check FILE...`: a CI gate for teams that keep ideas in git.
//!
//! One line per file, in the order given, so a log reads like a checklist.
//! A file that cannot be read is reported on its own line (with its line
//! number) and the others are still checked: one broken file should not hide
//! the verdicts on the rest.

use std::io::Write;

use anyhow::{Result, bail};
use backwards_core::analyze::{Call, Report};

use crate::Outcome;
use crate::args::{CheckArgs, MinCall};
use crate::input;

/// Check every file against the minimum verdict.
pub fn run(args: &CheckArgs) -> Result<Outcome> {
    let mut out = anstream::stdout().lock();
    let (mut bad, mut below) = (0usize, 0usize);
    for path in &args.files {
        match input::load(path) {
            Ok(loaded) => {
                let passes = reaches(loaded.report.call, args.min);
                below += usize::from(!passes);
                let mark = if passes { "" } else { "  below the minimum" };
                writeln!(out, "{}: {}{mark}", path.display(), summary(&loaded.report))?;
            }
            Err(err) => {
                bad += 1;
                writeln!(out, "{err:#}")?;
            }
        }
    }
    out.flush()?;
    if bad > 0 {
        bail!("{bad} of {} files could not be checked", args.files.len());
    }
    Ok(if below > 0 {
        Outcome::BelowMinimum
    } else {
        Outcome::Ok
    })
}

/// True when `call` is at least as good as the minimum.
fn reaches(call: Call, min: MinCall) -> bool {
    match min {
        MinCall::Go => call == Call::Go,
        MinCall::Revise => call != Call::Stop,
    }
}

/// `revise (customer 4, problem 3, evidence 2, risk 3)`: the call and the levels.
fn summary(report: &Report) -> String {
    let levels: Vec<String> = report
        .scores
        .all()
        .iter()
        .map(|s| format!("{} {}", s.dimension.id(), s.level))
        .collect();
    format!("{} ({})", report.call.id(), levels.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_minimum_orders_the_calls() {
        assert!(reaches(Call::Go, MinCall::Go));
        assert!(!reaches(Call::Revise, MinCall::Go));
        assert!(reaches(Call::Revise, MinCall::Revise));
        assert!(!reaches(Call::Stop, MinCall::Revise));
    }
}
