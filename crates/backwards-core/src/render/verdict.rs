//! The Verdict document: the call, the four scores and why, as Markdown.
//!
//! The verdict is the document a reader opens first, so it answers in the
//! order they ask: what is the call and why (one sentence), how does each
//! dimension score, where exactly does the idea hold and break (the
//! author's own words with their line), does it pass the "so what" test,
//! and what to change first.
//!
//! Selection and wording live here, in Rust; layout lives in
//! `templates/verdict.md.j2`. Every piece of text that comes from the idea
//! (the name, quotes, note headings) is Markdown-escaped before it reaches
//! the template: idea text is untrusted, and a stray `|` or `<script>` in
//! it must stay text in every format derived from this Markdown.

use std::fmt::Write as _;

use serde::Serialize;

use super::engine::{self, VERDICT_MD};
use super::pick::escape_into;
use super::{DocKind, Document, RenderContext};
use crate::analyze::{Call, Dimension, DimensionScore, Finding, Report, Signal};
use crate::model::Idea;

/// How many writing findings the Markdown lists before it summarises the
/// rest (the JSON form carries them all). A verdict that lists 60 hedges
/// buries the call.
pub const MAX_FINDINGS_SHOWN: usize = 12;

/// Render the Verdict document for an idea.
///
/// ```
/// use backwards_core::{analyze, model, render};
/// let idea = model::parse(b"# Demo\n\nA tool.\n\n## Customer\nEveryone.\n").unwrap();
/// let report = analyze::analyze(&idea);
/// let cx = render::RenderContext { idea: &idea, report: &report, generated_on: jiff::civil::date(2027, 1, 4) };
/// let doc = render::verdict::render(&cx);
/// assert!(doc.markdown.starts_with("# Verdict: Demo\n"));
/// ```
pub fn render(cx: &RenderContext<'_>) -> Document {
    Document {
        kind: DocKind::Verdict,
        title: format!("Verdict: {}", cx.idea.name()),
        markdown: markdown(cx.idea, cx.report),
    }
}

/// The Verdict as Markdown: what `backwards verdict --format md` prints.
/// It needs no date, so it takes the idea and report directly.
pub fn markdown(idea: &Idea, report: &Report) -> String {
    engine::render(VERDICT_MD, &view(idea, report))
}

/// Everything the template shows, already worded and escaped.
#[derive(Debug, Serialize)]
struct View {
    name: String,
    call: &'static str,
    reason: String,
    dimensions: Vec<DimensionView>,
    so_what: SoWhatView,
    improvements: Vec<String>,
    gaps: Vec<String>,
    findings: Vec<String>,
    more_findings: usize,
    notes: Vec<String>,
}

/// One dimension: its row in the table and its section.
#[derive(Debug, Serialize)]
struct DimensionView {
    label: &'static str,
    score: u8,
    level: u8,
    reading: String,
    holds: Vec<String>,
    breaks: Vec<String>,
}

/// The "so what" test, worded.
#[derive(Debug, Serialize)]
struct SoWhatView {
    result: &'static str,
    reading: String,
    quote: Option<String>,
}

fn view(idea: &Idea, report: &Report) -> View {
    // Only the findings shown are worded: the rest are only counted.
    let shown = report.findings.len().min(MAX_FINDINGS_SHOWN);
    View {
        name: escape(idea.name()),
        call: call_word(report.call),
        reason: or_default(
            &without_call(&report.reason, report.call),
            default_reason(report.call),
        ),
        dimensions: report
            .scores
            .all()
            .into_iter()
            .map(dimension_view)
            .collect(),
        so_what: SoWhatView {
            result: if report.so_what.passes {
                "Passes."
            } else {
                "Does not pass yet."
            },
            reading: or_default(
                &report.so_what.reading,
                "The idea does not yet say how it beats what customers do today.",
            ),
            quote: report
                .so_what
                .quote
                .as_ref()
                .filter(|s| !s.quote.is_empty())
                .map(|s| format!("{}: “{}”", place(s), escape(&s.quote))),
        },
        improvements: report
            .improvements
            .iter()
            .map(|i| {
                let why = if i.why.is_empty() {
                    String::new()
                } else {
                    format!(" {}", escape(&i.why))
                };
                format!("**{}**{why}", escape(&i.change))
            })
            .collect(),
        gaps: report
            .gaps
            .iter()
            .map(|g| format!("**{}**: {}", g.step.heading(), escape(&g.question)))
            .collect(),
        more_findings: report.findings.len() - shown,
        findings: report.findings[..shown].iter().map(finding_line).collect(),
        notes: idea
            .notes
            .iter()
            .map(|n| {
                let summary = n.summary();
                let summary = if summary.is_empty() {
                    "(empty)".to_string()
                } else {
                    escape(&summary)
                };
                format!(
                    "“{}” (line {}): {summary}",
                    escape(&n.heading),
                    n.heading_line
                )
            })
            .collect(),
    }
}

fn dimension_view(d: &DimensionScore) -> DimensionView {
    let line = |s: &Signal| signal_line(s, d.dimension);
    let (holds, breaks): (Vec<&Signal>, Vec<&Signal>) = d.signals.iter().partition(|s| holds(s, d));
    DimensionView {
        label: label(d.dimension),
        score: d.score,
        level: d.level,
        reading: or_default(&d.reading, "No reading yet."),
        holds: holds.into_iter().map(line).collect(),
        breaks: breaks.into_iter().map(line).collect(),
    }
}

/// Does this signal show where the idea holds?
///
/// Mostly the sign of its effect decides ([`Signal::breaks`]). One case
/// needs more: a score is built up from a base, so the signal that sets a
/// low level ("Everyone." adds the 5 points of level 1; "friends loved it"
/// adds the 30 of level 2) has a positive effect, yet it is the very reason
/// the idea is weak. So on a good-is-high dimension at level 1 or 2, the
/// strongest positive signal and any positive absence ("Level 2: …") are
/// shown where the idea breaks.
fn holds(s: &Signal, d: &DimensionScore) -> bool {
    if s.effect == 0 || s.breaks(d.dimension) {
        return false;
    }
    if d.dimension.higher_is_worse() || d.level > 2 {
        return true;
    }
    let strongest = d.signals.iter().map(|x| x.effect).max().unwrap_or(0);
    !(s.quote.is_empty() || s.effect == strongest)
}

/// The dimension's name as the table shows it; risk says which way it runs.
pub(crate) fn label(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Risk => "Risk (higher = riskier)",
        other => other.label(),
    }
}

/// "line 12 (Customer): “about 6,400 such firms” — The customer is counted. (+15 points)";
/// an absence has no quote and no line: "Not in the idea: … (−20)".
fn signal_line(s: &Signal, dimension: Dimension) -> String {
    // Built in one string: a report has dozens of these lines.
    let mut out = String::with_capacity(s.quote.len() + s.message.len() + 64);
    if s.quote.is_empty() {
        out.push_str("Not in the idea: ");
    } else {
        push_place(&mut out, s);
        out.push_str(": “");
        escape_into(&mut out, &s.quote);
        out.push_str("” — ");
    }
    escape_into(&mut out, &s.message);
    out.push(' ');
    push_effect(&mut out, s.effect, dimension);
    out
}

/// [`place`], appended to `out`.
fn push_place(out: &mut String, s: &Signal) {
    if s.line == 0 {
        out.push_str(s.step.heading());
    } else {
        // Writing to a `String` cannot fail.
        let _ = write!(out, "line {} ({})", s.line, s.step.heading());
    }
}

/// Where a signal's words are: "line 12 (Customer)", or the step alone.
fn place(s: &Signal) -> String {
    if s.line == 0 {
        s.step.heading().to_string()
    } else {
        format!("line {} ({})", s.line, s.step.heading())
    }
}

/// "(+15 points)", "(−20 points)"; for risk "(+15 risk)", so nobody reads
/// a rise in risk as good news. Appended to `out`, the line it ends.
fn push_effect(out: &mut String, points: i16, dimension: Dimension) {
    let unit = if dimension.higher_is_worse() {
        "risk"
    } else {
        "points"
    };
    if points == 0 {
        out.push_str("(no change)");
        return;
    }
    out.push_str(if points > 0 { "(+" } else { "(−" });
    // Writing to a `String` cannot fail.
    let _ = write!(out, "{} {unit})", points.unsigned_abs());
}

/// A writing finding as one line: where, the words, what and how to fix.
fn finding_line(f: &Finding) -> String {
    let mut what = String::with_capacity(f.message.len() + f.hint.len() + 8);
    escape_into(&mut what, &f.message);
    what.push(' ');
    escape_into(&mut what, &f.hint);
    match &f.span {
        Some(span) if f.rule != crate::analyze::lint::LONG_SENTENCE => {
            format!("line {}: “{}” — {what}", span.line, escape(&span.text))
        }
        Some(span) => format!(
            "line {}: “{}” {what}",
            span.line,
            escape(&opening(&span.text))
        ),
        None => what,
    }
}

/// The first words of a long sentence, enough to find it: "We believe
/// every new hire would …".
fn opening(sentence: &str) -> String {
    const WORDS: usize = 8;
    // Only the first words are read, and one more to know whether the
    // sentence goes on: a long sentence is long.
    let mut words = sentence.split_whitespace();
    let first: Vec<&str> = words.by_ref().take(WORDS).collect();
    if words.next().is_none() {
        first.join(" ")
    } else {
        format!("{} …", first.join(" "))
    }
}

/// The reason without a leading "Revise:" when it repeats the call the
/// document has just printed in bold, the first letter of the rest
/// capitalised; unchanged when there is no such label or nothing follows it.
pub(crate) fn without_call(reason: &str, call: Call) -> String {
    let label = call.id();
    let trimmed = reason.trim_start();
    let rest = trimmed
        .get(..label.len())
        .filter(|head| head.eq_ignore_ascii_case(label))
        .and_then(|_| trimmed[label.len()..].strip_prefix([':', '.', ',']))
        .map(str::trim_start)
        .filter(|after| !after.is_empty());
    match rest {
        Some(after) => {
            let mut chars = after.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
        None => reason.to_string(),
    }
}

fn call_word(call: Call) -> &'static str {
    match call {
        Call::Go => "Go",
        Call::Revise => "Revise",
        Call::Stop => "Stop",
    }
}

/// The rubric's meaning of each call, used when the analysis gave no reason.
fn default_reason(call: Call) -> &'static str {
    match call {
        Call::Go => "Every bar of the rubric is met.",
        Call::Revise => "Change the inputs below and write it again.",
        Call::Stop => {
            "There is no clear customer, no customer problem, or a serious risk nobody has acknowledged."
        }
    }
}

fn or_default(text: &str, default: &str) -> String {
    if text.trim().is_empty() {
        default.to_string()
    } else {
        escape(text)
    }
}

/// Make untrusted text inert as inline Markdown: one line, every Markdown
/// punctuation mark backslash-escaped (CommonMark allows escaping any ASCII
/// punctuation), so it cannot open a table cell, a link, raw HTML or emphasis.
pub(crate) fn escape(text: &str) -> String {
    // One rule for every writer: the press release, FAQ and PRD quote idea
    // text the same way.
    super::pick::escape(text)
}

#[cfg(test)]
mod tests;
