//! A picture of the four scores: a hand-written, deterministic SVG.
//!
//! Why by hand: four bars need ~100 lines of `format!`, while a charting
//! crate would bring fonts, bitmaps and nondeterminism. The output is the
//! same bytes for the same report, so it can be snapshot-tested and
//! embedded anywhere (the HTML page inlines it; a PDF can draw it).
//!
//! Design choices:
//! - Accessible: `role="img"` with a `<title>` and a `<desc>` that say every
//!   score in words, and every number is also drawn as text, so nothing
//!   depends on colour alone.
//! - Self-contained: no external references, fonts, images or scripts.
//! - Risk reads as "higher = riskier": its label says so, its bar fills the
//!   same way as the others, and its colours run the other way (a long risk
//!   bar is red, a long customer bar is green).

use std::fmt::Write as _;

use super::verdict;
use crate::analyze::{Call, Dimension, DimensionScore, Report};

/// Width of the whole picture, in user units.
const WIDTH: u32 = 640;
/// Left edge of the bars and labels.
const LEFT: u32 = 24;
/// Length of a full (100-point) bar.
const BAR: u32 = 440;
/// Height of a bar.
const BAR_HEIGHT: u32 = 18;
/// Vertical space for one dimension (label + bar + gap).
const ROW: u32 = 58;
/// Space above the first row, for the call.
const TOP: u32 = 64;

/// Colours for levels 1-5 where higher is better: red to green, each dark
/// enough for white-background contrast (WCAG AA for large graphics).
const GOOD_SCALE: [&str; 5] = ["#b91c1c", "#c2410c", "#a16207", "#4d7c0f", "#15803d"];

/// The SVG for a report. `name` is the idea's name, used in the title.
///
/// ```
/// let idea = backwards_core::model::parse(b"# Demo\n\nA tool.\n").unwrap();
/// let report = backwards_core::analyze::analyze(&idea);
/// let svg = backwards_core::render::svg::render(&report, idea.name());
/// assert!(svg.starts_with("<svg") && svg.contains("<title"));
/// ```
pub fn render(report: &Report, name: &str) -> String {
    let height = TOP + ROW * 4 + 8;
    let mut out = String::with_capacity(4096);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"{WIDTH}\" height=\"{height}\" role=\"img\" \
         aria-labelledby=\"backwards-scores-title backwards-scores-desc\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">"
    );
    let _ = writeln!(
        out,
        "<title id=\"backwards-scores-title\">Scores for {}</title>",
        escape(name)
    );
    let _ = writeln!(
        out,
        "<desc id=\"backwards-scores-desc\">{}</desc>",
        escape(&description(report))
    );
    let _ = writeln!(
        out,
        "<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>"
    );
    let _ = writeln!(
        out,
        "<text x=\"{LEFT}\" y=\"36\" font-size=\"22\" font-weight=\"700\" fill=\"{}\">Verdict: {}</text>",
        call_colour(report.call),
        call_word(report.call)
    );
    for (i, score) in report.scores.all().into_iter().enumerate() {
        let top = TOP + ROW * u32::try_from(i).unwrap_or(0);
        row(&mut out, score, top);
    }
    out.push_str("</svg>\n");
    out
}

/// One dimension: its label, its value in words, the track, the bar and
/// the level boundaries (every 20 points).
fn row(out: &mut String, d: &DimensionScore, top: u32) {
    let score = u32::from(d.score.min(100));
    let level = d.level.clamp(1, 5);
    let fill = colour(d.dimension, level);
    let bar_top = top + 10;
    let _ = writeln!(out, "<g>");
    let _ = writeln!(
        out,
        "<text x=\"{LEFT}\" y=\"{top}\" font-size=\"15\" fill=\"#1f2937\">{}</text>",
        escape(verdict::label(d.dimension))
    );
    let _ = writeln!(
        out,
        "<rect x=\"{LEFT}\" y=\"{bar_top}\" width=\"{BAR}\" height=\"{BAR_HEIGHT}\" rx=\"3\" fill=\"#e5e7eb\"/>"
    );
    let _ = writeln!(
        out,
        "<rect x=\"{LEFT}\" y=\"{bar_top}\" width=\"{}\" height=\"{BAR_HEIGHT}\" rx=\"3\" fill=\"{fill}\"/>",
        score * BAR / 100
    );
    for step in 1..5 {
        let x = LEFT + BAR * step / 5;
        let _ = writeln!(
            out,
            "<line x1=\"{x}\" y1=\"{bar_top}\" x2=\"{x}\" y2=\"{}\" stroke=\"#ffffff\" stroke-width=\"1\"/>",
            bar_top + BAR_HEIGHT
        );
    }
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"15\" font-weight=\"700\" fill=\"#1f2937\">{score}</text>",
        LEFT + BAR + 12,
        bar_top + 14
    );
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#4b5563\">level {level} of 5</text>",
        LEFT + BAR + 48,
        bar_top + 14
    );
    let _ = writeln!(out, "</g>");
}

/// The bar colour: by level, reversed for risk so that red always means
/// "this is where it is weak".
fn colour(dimension: Dimension, level: u8) -> &'static str {
    let index = usize::from(level.clamp(1, 5) - 1);
    if dimension.higher_is_worse() {
        GOOD_SCALE[4 - index]
    } else {
        GOOD_SCALE[index]
    }
}

fn call_colour(call: Call) -> &'static str {
    match call {
        Call::Go => GOOD_SCALE[4],
        Call::Revise => GOOD_SCALE[2],
        Call::Stop => GOOD_SCALE[0],
    }
}

fn call_word(call: Call) -> &'static str {
    match call {
        Call::Go => "go",
        Call::Revise => "revise",
        Call::Stop => "stop",
    }
}

/// Every score in one sentence, for screen readers and for anyone who
/// cannot see the colours.
fn description(report: &Report) -> String {
    let parts: Vec<String> = report
        .scores
        .all()
        .iter()
        .map(|d| {
            format!(
                "{} {} of 100 (level {} of 5)",
                d.dimension.label(),
                d.score,
                d.level
            )
        })
        .collect();
    format!(
        "Verdict: {}. {}. For risk, a higher score means more risk.",
        call_word(report.call),
        parts.join("; ")
    )
}

/// Escape text for XML or HTML content and quoted attribute values.
///
/// Public because every producer of markup outside a template engine (the
/// SVG charts here, the server's streamed Polish fragments) must escape
/// user and model text the same way, quotes included.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::{Scorecard, SoWhat};

    fn report(scores: [u8; 4]) -> Report {
        let d = |dimension, score: u8| DimensionScore {
            dimension,
            score,
            level: crate::analyze::level_of(score),
            reading: String::new(),
            signals: Vec::new(),
        };
        Report {
            call: Call::Revise,
            reason: String::new(),
            scores: Scorecard {
                customer: d(Dimension::Customer, scores[0]),
                problem: d(Dimension::Problem, scores[1]),
                evidence: d(Dimension::Evidence, scores[2]),
                risk: d(Dimension::Risk, scores[3]),
            },
            so_what: SoWhat {
                passes: false,
                reading: String::new(),
                quote: None,
            },
            improvements: Vec::new(),
            gaps: Vec::new(),
            findings: Vec::new(),
        }
    }

    #[test]
    fn bars_are_proportional_and_risk_colours_run_backwards() {
        let svg = render(&report([100, 50, 0, 100]), "X");
        assert!(svg.contains(&format!(
            "width=\"{BAR}\" height=\"{BAR_HEIGHT}\" rx=\"3\" fill=\"#15803d\""
        )));
        assert!(svg.contains(&format!("width=\"{}\" height", BAR / 2)));
        // Risk 100 is level 5: drawn red, the colour of a weak customer.
        assert!(svg.contains(&format!(
            "width=\"{BAR}\" height=\"{BAR_HEIGHT}\" rx=\"3\" fill=\"#b91c1c\""
        )));
        assert!(svg.contains("Risk (higher = riskier)"));
    }

    #[test]
    fn is_accessible_self_contained_and_escaped() {
        let svg = render(&report([10, 30, 50, 70]), "<script>\"x\" & y</script>");
        assert!(svg.contains("&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;"));
        assert!(!svg.contains("<script"));
        assert!(svg.contains("Customer clarity 10 of 100 (level 1 of 5)"));
        for external in ["href", "url(", "<image", "<script", "@import"] {
            assert!(!svg.contains(external), "{external}");
        }
        assert_eq!(
            svg,
            render(&report([10, 30, 50, 70]), "<script>\"x\" & y</script>")
        );
    }
}
