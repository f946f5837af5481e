//! `backwards eval DIR`: how far the verdicts agree with labelled ideas.
//!
//! This command only does the I/O: read labels.json and every file it names,
//! analyze each, then hand the reports to the calibration math and print it.
//! Any file that cannot be read or parsed fails the run (exit 2) after the
//! figures for the rest are printed, because a silently skipped file would
//! flatter the numbers.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Context, Result, bail};
use backwards_core::analyze::Report;

use crate::Outcome;
use crate::args::EvalArgs;
use crate::calibration::{self, CalibrationReport};
use crate::input;

/// Evaluate the corpus in `args.dir`.
pub fn run(args: &EvalArgs) -> Result<Outcome> {
    let labels_path = args.dir.join("labels.json");
    let text = std::fs::read_to_string(&labels_path)
        .with_context(|| format!("{}: cannot read", labels_path.display()))?;
    let labels = calibration::parse_labels(&text)
        .map_err(|e| anyhow::anyhow!("{}:{}: {e}", labels_path.display(), e.line()))?;
    let mut reports = BTreeMap::new();
    let mut failures = Vec::new();
    for file in labels.files() {
        match input::load(&args.dir.join(&file)) {
            Ok(loaded) => {
                reports.insert(file, loaded.report);
            }
            Err(err) => failures.push(format!("{err:#}")),
        }
    }
    let result = calibration::evaluate(&labels, &reports);
    let mut out = anstream::stdout().lock();
    print(&mut out, &args.dir.display().to_string(), &reports, &result)?;
    out.flush()?;
    if !failures.is_empty() {
        bail!(
            "{} file(s) failed to score:\n  {}",
            failures.len(),
            failures.join("\n  ")
        );
    }
    Ok(Outcome::Ok)
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

fn print(
    out: &mut dyn Write,
    dir: &str,
    reports: &BTreeMap<String, Report>,
    result: &CalibrationReport,
) -> std::io::Result<()> {
    writeln!(out, "{dir}: {} idea files scored", reports.len())?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<10} {:>9} {:>7} {:>11}",
        "dimension", "spearman", "exact", "within-one"
    )?;
    for d in &result.dimensions {
        writeln!(
            out,
            "{:<10} {:>9.2} {:>7} {:>11}",
            d.dimension.id(),
            d.spearman,
            percent(d.exact),
            percent(d.within_one)
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "verdict accuracy: {}",
        percent(result.verdict_accuracy)
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "pairs (the variant must score at least 10 points worse):"
    )?;
    let shown = |s: Option<u8>| s.map_or_else(|| "-".to_string(), |s| s.to_string());
    for p in &result.pairs {
        writeln!(
            out,
            "  {:<8} {} {} -> {} {}  {}",
            p.dimension,
            p.base,
            shown(p.base_score),
            p.variant,
            shown(p.variant_score),
            if p.ok { "OK" } else { "FAIL" }
        )?;
    }
    Ok(())
}
