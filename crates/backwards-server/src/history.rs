//! The history page's pieces: the score trend picture, and the text and
//! verdict diff of two versions.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use backwards_core::analyze::{Dimension, Report};
use backwards_store::VersionSummary;
use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// Picture size, in user units.
const WIDTH: usize = 640;
const HEIGHT: usize = 220;
const PAD: usize = 32;

/// The four series: dimension, colour, dash pattern (so colour is never
/// the only difference).
const SERIES: [(Dimension, &str, &str); 4] = [
    (Dimension::Customer, "#1d4ed8", "none"),
    (Dimension::Problem, "#7c3aed", "6 3"),
    (Dimension::Evidence, "#15803d", "2 3"),
    (Dimension::Risk, "#b91c1c", "8 3 2 3"),
];

/// A small line chart of the four scores across versions. Only numbers go
/// into it, so it needs no escaping; it is accessible through its title,
/// description and a text legend.
pub(crate) fn trend_svg(versions: &[VersionSummary]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         role=\"img\" aria-labelledby=\"trend-title trend-desc\" class=\"trend\">\
         <title id=\"trend-title\">Score trend across {} versions</title><desc id=\"trend-desc\">{}</desc>",
        versions.len(),
        describe(versions)
    );
    let plot_h = HEIGHT - 2 * PAD;
    for level in [0, 50, 100] {
        let y = PAD + plot_h - plot_h * level / 100;
        let _ = write!(
            out,
            "<line x1=\"{PAD}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#d4d4d8\"/>\
             <text x=\"4\" y=\"{}\" font-size=\"10\">{level}</text>",
            WIDTH - PAD,
            y + 3
        );
    }
    for (i, (dimension, colour, dash)) in SERIES.iter().enumerate() {
        let points: Vec<String> = versions
            .iter()
            .enumerate()
            .map(|(n, v)| {
                let (x, y) = point(n, versions.len(), score(v, *dimension), plot_h);
                format!("{x},{y}")
            })
            .collect();
        let _ = write!(
            out,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"{dash}\" points=\"{}\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"{colour}\">{}</text>",
            points.join(" "),
            PAD + i * 150,
            HEIGHT - 6,
            dimension.label()
        );
    }
    out.push_str("</svg>");
    out
}

fn point(n: usize, count: usize, score: i64, plot_h: usize) -> (usize, usize) {
    let span = WIDTH - 2 * PAD;
    let x = if count <= 1 {
        PAD + span / 2
    } else {
        PAD + span * n / (count - 1)
    };
    let score = usize::try_from(score.clamp(0, 100)).unwrap_or(0);
    (x, PAD + plot_h - plot_h * score / 100)
}

fn score(v: &VersionSummary, dimension: Dimension) -> i64 {
    match dimension {
        Dimension::Customer => v.scores.customer,
        Dimension::Problem => v.scores.problem,
        Dimension::Evidence => v.scores.evidence,
        Dimension::Risk => v.scores.risk,
    }
}

/// The chart in words, for screen readers.
fn describe(versions: &[VersionSummary]) -> String {
    versions
        .iter()
        .map(|v| {
            format!(
                "v{}: customer {}, problem {}, evidence {}, risk {}",
                v.number, v.scores.customer, v.scores.problem, v.scores.evidence, v.scores.risk
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One line of a text diff.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct DiffLine {
    /// "add", "remove" or "same".
    pub kind: &'static str,
    /// The line, without its newline.
    pub text: String,
}

/// A line-based diff of two idea files.
pub(crate) fn text_diff(old: &str, new: &str) -> Vec<DiffLine> {
    TextDiff::from_lines(old, new)
        .iter_all_changes()
        .map(|change| DiffLine {
            kind: match change.tag() {
                ChangeTag::Insert => "add",
                ChangeTag::Delete => "remove",
                ChangeTag::Equal => "same",
            },
            text: change.value().trim_end_matches('\n').to_string(),
        })
        .collect()
}

/// How one dimension moved between two versions.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DimensionDiff {
    /// "Evidence strength".
    pub label: &'static str,
    /// "evidence".
    pub id: &'static str,
    /// Old score.
    pub from: u8,
    /// New score.
    pub to: u8,
    /// "evidence 35 → 62".
    pub summary: String,
    /// Signals (with quotes) present only in the new version.
    pub appeared: Vec<String>,
    /// Signals present only in the old version.
    pub disappeared: Vec<String>,
}

/// The verdict diff: every dimension's move and the signals behind it.
pub(crate) fn verdict_diff(old: &Report, new: &Report) -> Vec<DimensionDiff> {
    Dimension::ALL
        .into_iter()
        .map(|d| {
            let (a, b) = (old.scores.get(d), new.scores.get(d));
            let describe = |r: &Report| -> BTreeSet<String> {
                r.scores
                    .get(d)
                    .signals
                    .iter()
                    .map(|s| {
                        if s.quote.is_empty() {
                            s.message.clone()
                        } else {
                            format!("{}: “{}”", s.message, s.quote)
                        }
                    })
                    .collect()
            };
            let (before, after) = (describe(old), describe(new));
            DimensionDiff {
                label: d.label(),
                id: d.id(),
                from: a.score,
                to: b.score,
                summary: format!("{} {} → {}", d.id(), a.score, b.score),
                appeared: after.difference(&before).cloned().collect(),
                disappeared: before.difference(&after).cloned().collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use backwards_core::{analyze, model};
    use backwards_store::{IdeaId, Scores};

    fn summary(number: i64, evidence: i64) -> VersionSummary {
        VersionSummary {
            idea_id: IdeaId(1),
            number,
            scores: Scores {
                customer: 10,
                problem: 20,
                evidence,
                risk: 90,
            },
            call: "revise".into(),
            note: String::new(),
            created_at_ms: 0,
        }
    }

    #[test]
    fn the_trend_has_one_line_per_dimension_and_describes_every_version() {
        let svg = trend_svg(&[summary(1, 35), summary(2, 62)]);
        assert_eq!(svg.matches("<polyline").count(), 4);
        assert!(svg.contains("v2: customer 10, problem 20, evidence 62, risk 90"));
        assert!(
            svg.contains("points=\"32,173 "),
            "customer at 10 starts low: {svg}"
        );
    }

    #[test]
    fn text_diff_marks_added_and_removed_lines() {
        let diff = text_diff("a\nb\n", "a\nc\n");
        let kinds: Vec<_> = diff.iter().map(|l| (l.kind, l.text.as_str())).collect();
        assert_eq!(kinds, vec![("same", "a"), ("remove", "b"), ("add", "c")]);
    }

    #[test]
    fn verdict_diff_names_the_move_and_the_new_signals() {
        let old = model::parse_str("# D\n\nA tool.\n\n## Evidence\n\nPeople liked it.\n").ok();
        let new = model::parse_str(
            "# D\n\nA tool.\n\n## Evidence\n\n12 clinics paid a $500 deposit; 3 signed a pilot.\n",
        )
        .ok();
        let (Some(old), Some(new)) = (old, new) else {
            panic!("both parse");
        };
        let diff = verdict_diff(&analyze::analyze(&old), &analyze::analyze(&new));
        let evidence = diff.iter().find(|d| d.id == "evidence");
        assert!(
            evidence.is_some_and(|e| e.to > e.from && !e.appeared.is_empty()),
            "{diff:?}"
        );
        assert!(evidence.is_some_and(|e| e.summary.starts_with("evidence ")));
    }
}
