//! The human verdict printed by `backwards verdict` and at the end of `new`.
//!
//! It is written for a person at a terminal: the call first, then the four
//! scores, then the evidence behind them (the author's own words with their
//! line, so they can jump there), then what to change. Styles are plain
//! ANSI codes; the anstream writer we print through strips them when colour
//! is off (NO_COLOR, `--color never`, or output that is not a terminal), so
//! this file never needs to ask.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use backwards_core::analyze::{Call, Dimension, DimensionScore, Report, Signal};
use backwards_core::model::Idea;

/// How many signals to show per dimension: enough to explain, few enough to read.
const SIGNALS_PER_DIMENSION: usize = 3;
/// How many changes to suggest.
const TOP_CHANGES: usize = 3;

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const GOOD: Style = AnsiColor::Green.on_default();
const BAD: Style = AnsiColor::Red.on_default();
const QUOTE: Style = AnsiColor::Cyan.on_default();

/// Print the whole verdict.
pub fn print_verdict(out: &mut dyn Write, idea: &Idea, report: &Report) -> io::Result<()> {
    print_call(out, idea, report)?;
    print_scores(out, report)?;
    print_signals(out, report)?;
    print_so_what(out, report)?;
    print_changes(out, report)?;
    print_gaps(out, report)
}

fn call_style(call: Call) -> Style {
    match call {
        Call::Go => GOOD.bold(),
        Call::Revise => AnsiColor::Yellow.on_default().bold(),
        Call::Stop => BAD.bold(),
    }
}

fn print_call(out: &mut dyn Write, idea: &Idea, report: &Report) -> io::Result<()> {
    let style = call_style(report.call);
    let call = report.call.id().to_uppercase();
    writeln!(out, "{BOLD}{}{BOLD:#}: {style}{call}{style:#}", idea.name())?;
    if !report.reason.is_empty() {
        writeln!(out, "{}", report.reason)?;
    }
    writeln!(out)
}

/// Colour a level by what it means for this dimension: risk 5 is bad,
/// customer 5 is good.
fn level_style(score: &DimensionScore) -> Style {
    let good = if score.dimension.higher_is_worse() {
        score.level <= 2
    } else {
        score.level >= 4
    };
    let bad = if score.dimension.higher_is_worse() {
        score.level >= 4
    } else {
        score.level <= 2
    };
    match (good, bad) {
        (true, _) => GOOD,
        (_, true) => BAD,
        _ => Style::new(),
    }
}

fn label(dimension: Dimension) -> String {
    if dimension.higher_is_worse() {
        format!("{} (higher = riskier)", dimension.label())
    } else {
        dimension.label().to_string()
    }
}

fn print_scores(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    writeln!(out, "{BOLD}Scores{BOLD:#}")?;
    for score in report.scores.all() {
        let style = level_style(score);
        writeln!(
            out,
            "  {:<30} {style}{:>3}/100  level {}/5{style:#}  {}",
            label(score.dimension),
            score.score,
            score.level,
            score.reading
        )?;
    }
    writeln!(out)
}

fn print_signals(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    writeln!(out, "{BOLD}Why{BOLD:#}")?;
    for score in report.scores.all() {
        writeln!(out, "  {}", score.dimension.label())?;
        if score.signals.is_empty() {
            writeln!(out, "    {DIM}no signals{DIM:#}")?;
        }
        for signal in score.signals.iter().take(SIGNALS_PER_DIMENSION) {
            print_signal(out, score.dimension, signal)?;
        }
    }
    writeln!(out)
}

fn print_signal(out: &mut dyn Write, dimension: Dimension, signal: &Signal) -> io::Result<()> {
    // The signed effect as in the JSON; the colour says whether it helps
    // (for risk, +points is more risk, so red).
    let style = if signal.breaks(dimension) { BAD } else { GOOD };
    writeln!(
        out,
        "    {style}{:>+4}{style:#}  {}",
        signal.effect, signal.message
    )?;
    if signal.quote.is_empty() {
        writeln!(
            out,
            "          {DIM}(the {} section){DIM:#}",
            signal.step.heading()
        )
    } else {
        writeln!(
            out,
            "          {DIM}line {}:{DIM:#} {QUOTE}“{}”{QUOTE:#}",
            signal.line, signal.quote
        )
    }
}

fn print_so_what(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let so_what = &report.so_what;
    let (word, style) = if so_what.passes {
        ("passes", GOOD)
    } else {
        ("fails", BAD)
    };
    writeln!(
        out,
        "{BOLD}So what?{BOLD:#} {style}{word}{style:#}: {}",
        so_what.reading
    )?;
    if let Some(quote) = &so_what.quote {
        writeln!(
            out,
            "  {DIM}line {}{DIM:#} {QUOTE}“{}”{QUOTE:#}",
            quote.line, quote.quote
        )?;
    }
    writeln!(out)
}

fn print_changes(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    if report.improvements.is_empty() {
        return Ok(());
    }
    writeln!(out, "{BOLD}Top changes{BOLD:#}")?;
    for (i, change) in report.improvements.iter().take(TOP_CHANGES).enumerate() {
        writeln!(out, "  {}. {}", i + 1, change.change)?;
        if !change.why.is_empty() {
            writeln!(out, "     {DIM}{}{DIM:#}", change.why)?;
        }
    }
    writeln!(out)
}

fn print_gaps(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    if report.gaps.is_empty() {
        return Ok(());
    }
    writeln!(out, "{BOLD}Open questions{BOLD:#}")?;
    for gap in &report.gaps {
        writeln!(out, "  - {}: {}", gap.step.heading(), gap.question)?;
    }
    Ok(())
}
