//! `backwards eval DIR`: how far the verdicts agree with labelled ideas.
//!
//! This command only does the I/O: read labels.json and every file it names,
//! analyze each, then hand the reports to the core's calibration math
//! (`analyze::calibration`) and print the result. Any file that cannot be
//! read or parsed fails the run (exit 2) after the figures for the rest are
//! printed, because a silently skipped file would flatter the numbers.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Context, Result, anyhow, bail};
use backwards_core::analyze::calibration::{
    self, CalibrationReport, LabelledIdea, Labels, PAIR_MIN_MOVE,
};
use backwards_core::analyze::{self, Call, FactSheet, Report};
use serde::Serialize;

use crate::Outcome;
use crate::args::EvalArgs;
use crate::input;

/// Evaluate the corpus in `args.dir`.
pub fn run(args: &EvalArgs) -> Result<Outcome> {
    let labels_path = args.dir.join("labels.json");
    let text = std::fs::read_to_string(&labels_path)
        .with_context(|| format!("{}: cannot read", labels_path.display()))?;
    let labels = calibration::parse_labels(&text)
        .map_err(|e| anyhow!("{}:{}: {e}", labels_path.display(), e.line()))?;
    let mut reports = BTreeMap::new();
    let mut sheets = BTreeMap::new();
    let mut failures = Vec::new();
    for file in labels.files() {
        match input::read_idea(&args.dir.join(&file)) {
            Ok(idea) => {
                let (report, facts) = analyze::analyze_with_facts(&idea);
                reports.insert(file.clone(), report);
                sheets.insert(file, facts);
            }
            Err(err) => failures.push(format!("{err:#}")),
        }
    }
    let mut out = anstream::stdout().lock();
    if args.facts {
        print_facts(&mut out, &labels, &reports, &sheets)?;
    } else {
        let result = calibration::evaluate(&labels, &reports);
        writeln!(
            out,
            "{}: {} idea files scored\n",
            args.dir.display(),
            reports.len()
        )?;
        print_dimensions(&mut out, &result)?;
        print_pairs(&mut out, &result)?;
        if args.ideas {
            print_ideas(&mut out, &result)?;
        }
        if args.strict && !result.passes() {
            out.flush()?;
            return finish(failures, Outcome::BelowMinimum);
        }
    }
    out.flush()?;
    finish(failures, Outcome::Ok)
}

/// Any file that failed to score fails the run, after the rest is printed.
fn finish(failures: Vec<String>, outcome: Outcome) -> Result<Outcome> {
    if !failures.is_empty() {
        bail!(
            "{} file(s) failed to score:\n  {}",
            failures.len(),
            failures.join("\n  ")
        );
    }
    Ok(outcome)
}

/// One JSON object per line, in file order: `file`, `label` (the labels
/// file's entry, or null for a file named only by a pair), `given` (the
/// levels and call the analyzers gave) and `facts`. One line per idea, so
/// `grep`, `jq -s` or a few lines of Python can group a whole corpus.
fn print_facts(
    out: &mut dyn Write,
    labels: &Labels,
    reports: &BTreeMap<String, Report>,
    sheets: &BTreeMap<String, FactSheet>,
) -> Result<()> {
    for (file, report) in reports {
        let s = &report.scores;
        let line = FactLine {
            file,
            label: labels.ideas.iter().find(|i| &i.file == file),
            given: Given {
                customer: s.customer.level,
                problem: s.problem.level,
                evidence: s.evidence.level,
                risk: s.risk.level,
                verdict: report.call,
            },
            facts: sheets.get(file),
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    Ok(())
}

/// A line of `--facts`; a struct rather than `json!` so the keys keep this
/// order (a file's name first is what a person scanning the lines needs).
#[derive(Serialize)]
struct FactLine<'a> {
    file: &'a str,
    label: Option<&'a LabelledIdea>,
    given: Given,
    facts: Option<&'a FactSheet>,
}

/// The levels and call the analyzers gave one idea.
#[derive(Serialize)]
struct Given {
    customer: u8,
    problem: u8,
    evidence: u8,
    risk: u8,
    verdict: Call,
}
fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

fn print_dimensions(out: &mut dyn Write, result: &CalibrationReport) -> std::io::Result<()> {
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
    writeln!(
        out,
        "\nverdict accuracy: {}\n",
        percent(result.verdict_accuracy)
    )
}

fn print_pairs(out: &mut dyn Write, result: &CalibrationReport) -> std::io::Result<()> {
    writeln!(
        out,
        "pairs (the variant must score at least {PAIR_MIN_MOVE} points worse; risk goes up):"
    )?;
    for p in &result.pairs {
        let movement = match (p.base_score, p.variant_score) {
            (Some(b), Some(v)) => format!("{b} -> {v} ({:+})", i32::from(v) - i32::from(b)),
            _ => "not scored".to_string(),
        };
        writeln!(
            out,
            "  {:<8} {} vs {}: {movement}  {}",
            p.dimension,
            p.base,
            p.variant,
            if p.ok { "OK" } else { "FAIL" }
        )?;
    }
    Ok(())
}

fn print_ideas(out: &mut dyn Write, result: &CalibrationReport) -> std::io::Result<()> {
    writeln!(
        out,
        "\nideas (predicted / labelled levels: customer problem evidence risk):"
    )?;
    for idea in &result.ideas {
        let levels = |l: &[u8; 4]| l.map(|x| x.to_string()).join(" ");
        let miss = if idea.call == idea.label_call {
            ""
        } else {
            "  MISS"
        };
        writeln!(
            out,
            "  {:<40} {} / {}  {} / {}{miss}",
            idea.file,
            levels(&idea.predicted),
            levels(&idea.labelled),
            idea.call,
            idea.label_call
        )?;
    }
    Ok(())
}
