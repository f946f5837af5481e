//! Calibration: how well the scores agree with labelled ideas.
//!
//! Pure math, no I/O: the caller reads `labels.json` and the idea files,
//! analyzes them, and hands over `(file name → Report)`. For each dimension
//! we report Spearman's rho between scores and labelled levels (ties get
//! their average rank), exact-level agreement and within-one agreement;
//! then verdict accuracy; then each base/variant pair, whose dimension must
//! move at least [`PAIR_MIN_MOVE`] points the right way (down for customer,
//! problem and evidence; up for risk, where higher is worse).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::report::{Dimension, Report};

/// How far a worse variant must move, in score points.
pub const PAIR_MIN_MOVE: i32 = 10;

/// A labels.json file.
#[derive(Debug, Clone, Deserialize)]
pub struct Labels {
    /// The labelled ideas.
    pub ideas: Vec<LabelledIdea>,
    /// Base/variant pairs.
    #[serde(default)]
    pub pairs: Vec<Pair>,
}

/// One labelled idea: a person's reading of the rubric.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct LabelledIdea {
    /// File name relative to the labels file.
    pub file: String,
    /// Customer level 1-5.
    pub customer: u8,
    /// Problem level 1-5.
    pub problem: u8,
    /// Evidence level 1-5.
    pub evidence: u8,
    /// Risk level 1-5.
    pub risk: u8,
    /// go / revise / stop.
    pub verdict: String,
}

impl LabelledIdea {
    /// The labelled level of one dimension.
    pub fn level(&self, d: Dimension) -> u8 {
        match d {
            Dimension::Customer => self.customer,
            Dimension::Problem => self.problem,
            Dimension::Evidence => self.evidence,
            Dimension::Risk => self.risk,
        }
    }
}

/// A variant written to be worse than its base on one dimension.
#[derive(Debug, Clone, Deserialize)]
pub struct Pair {
    /// The original file.
    pub base: String,
    /// The worsened copy.
    pub variant: String,
    /// "customer", "problem", "evidence" or "risk".
    pub dimension: String,
}

impl Labels {
    /// Every file the labels name, each once, sorted: what the caller must read.
    pub fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = self
            .ideas
            .iter()
            .map(|i| i.file.clone())
            .chain(
                self.pairs
                    .iter()
                    .flat_map(|p| [p.base.clone(), p.variant.clone()]),
            )
            .collect();
        files.sort();
        files.dedup();
        files
    }
}

/// Parse labels.json text.
pub fn parse_labels(json: &str) -> Result<Labels, serde_json::Error> {
    serde_json::from_str(json)
}

/// Agreement on one dimension.
#[derive(Debug, Clone, Serialize)]
pub struct DimensionAgreement {
    /// Which dimension.
    pub dimension: Dimension,
    /// Spearman's rho between scores and labelled levels.
    pub spearman: f64,
    /// Share of ideas whose level equals the label.
    pub exact: f64,
    /// Share within one level.
    pub within_one: f64,
}

/// One pair's result.
#[derive(Debug, Clone, Serialize)]
pub struct PairResult {
    /// The dimension that should move.
    pub dimension: String,
    /// Base file.
    pub base: String,
    /// Variant file.
    pub variant: String,
    /// Base score (None when the file was not scored).
    pub base_score: Option<u8>,
    /// Variant score.
    pub variant_score: Option<u8>,
    /// True when the variant moved at least [`PAIR_MIN_MOVE`] the right way.
    pub ok: bool,
}

/// One idea's predicted versus labelled levels, for finding misses.
#[derive(Debug, Clone, Serialize)]
pub struct IdeaResult {
    /// File name.
    pub file: String,
    /// Predicted levels, in [`Dimension::ALL`] order.
    pub predicted: [u8; 4],
    /// Labelled levels, same order.
    pub labelled: [u8; 4],
    /// Predicted call.
    pub call: String,
    /// Labelled call.
    pub label_call: String,
}

/// Everything `backwards eval` prints.
#[derive(Debug, Clone, Serialize)]
pub struct CalibrationReport {
    /// Per dimension, in [`Dimension::ALL`] order.
    pub dimensions: Vec<DimensionAgreement>,
    /// Share of verdicts equal to the label.
    pub verdict_accuracy: f64,
    /// Each pair.
    pub pairs: Vec<PairResult>,
    /// Each labelled idea that was scored.
    pub ideas: Vec<IdeaResult>,
    /// Labelled files with no report (the caller could not score them).
    pub missing: Vec<String>,
}

/// Compare reports (keyed by file name) with the labels.
pub fn evaluate(labels: &Labels, reports: &BTreeMap<String, Report>) -> CalibrationReport {
    let scored: Vec<(&LabelledIdea, &Report)> = labels
        .ideas
        .iter()
        .filter_map(|i| reports.get(&i.file).map(|r| (i, r)))
        .collect();
    let right = scored
        .iter()
        .filter(|(l, r)| l.verdict == r.call.id())
        .count();
    CalibrationReport {
        dimensions: Dimension::ALL
            .into_iter()
            .map(|d| agreement(d, &scored))
            .collect(),
        verdict_accuracy: share(right, scored.len()),
        pairs: labels.pairs.iter().map(|p| pair(p, reports)).collect(),
        ideas: scored.iter().map(|(l, r)| idea_result(l, r)).collect(),
        missing: labels
            .files()
            .into_iter()
            .filter(|f| !reports.contains_key(f))
            .collect(),
    }
}

fn idea_result(l: &LabelledIdea, r: &Report) -> IdeaResult {
    IdeaResult {
        file: l.file.clone(),
        predicted: Dimension::ALL.map(|d| r.scores.get(d).level),
        labelled: Dimension::ALL.map(|d| l.level(d)),
        call: r.call.id().to_string(),
        label_call: l.verdict.clone(),
    }
}

fn agreement(d: Dimension, scored: &[(&LabelledIdea, &Report)]) -> DimensionAgreement {
    let scores: Vec<f64> = scored
        .iter()
        .map(|(_, r)| f64::from(r.scores.get(d).score))
        .collect();
    let labels: Vec<f64> = scored.iter().map(|(l, _)| f64::from(l.level(d))).collect();
    let diffs: Vec<u8> = scored
        .iter()
        .map(|(l, r)| l.level(d).abs_diff(r.scores.get(d).level))
        .collect();
    DimensionAgreement {
        dimension: d,
        spearman: spearman(&scores, &labels),
        exact: share(diffs.iter().filter(|x| **x == 0).count(), diffs.len()),
        within_one: share(diffs.iter().filter(|x| **x <= 1).count(), diffs.len()),
    }
}

fn pair(p: &Pair, reports: &BTreeMap<String, Report>) -> PairResult {
    let dimension = Dimension::ALL.into_iter().find(|d| d.id() == p.dimension);
    let score =
        |file: &str| dimension.and_then(|d| reports.get(file).map(|r| r.scores.get(d).score));
    let (base_score, variant_score) = (score(&p.base), score(&p.variant));
    let ok = match (dimension, base_score, variant_score) {
        (Some(d), Some(b), Some(v)) => {
            let worse_by = if d.higher_is_worse() {
                i32::from(v) - i32::from(b)
            } else {
                i32::from(b) - i32::from(v)
            };
            worse_by >= PAIR_MIN_MOVE
        }
        _ => false,
    };
    PairResult {
        dimension: p.dimension.clone(),
        base: p.base.clone(),
        variant: p.variant.clone(),
        base_score,
        variant_score,
        ok,
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Ranks starting at 1, ties sharing the average of their positions.
pub fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|a, b| values[*a].total_cmp(&values[*b]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        let average = (i + j) as f64 / 2.0 + 1.0;
        for k in &order[i..=j] {
            ranks[*k] = average;
        }
        i = j + 1;
    }
    ranks
}

/// Spearman's rho: the Pearson correlation of the ranks (0 when undefined,
/// e.g. when every score is the same).
pub fn spearman(a: &[f64], b: &[f64]) -> f64 {
    if a.len() != b.len() || a.len() < 2 {
        return 0.0;
    }
    let (ra, rb) = (ranks(a), ranks(b));
    let n = ra.len() as f64;
    let (ma, mb) = (ra.iter().sum::<f64>() / n, rb.iter().sum::<f64>() / n);
    let cov: f64 = ra.iter().zip(&rb).map(|(x, y)| (x - ma) * (y - mb)).sum();
    let va: f64 = ra.iter().map(|x| (x - ma).powi(2)).sum();
    let vb: f64 = rb.iter().map(|y| (y - mb).powi(2)).sum();
    if va == 0.0 || vb == 0.0 {
        0.0
    } else {
        cov / (va * vb).sqrt()
    }
}

impl CalibrationReport {
    /// True when every acceptance bar is met: Spearman ≥ 0.90 and exact
    /// level ≥ 70% on every dimension, verdicts ≥ 85%, every pair moves.
    pub fn passes(&self) -> bool {
        self.dimensions
            .iter()
            .all(|d| d.spearman >= 0.90 && d.exact >= 0.70)
            && self.verdict_accuracy >= 0.85
            && self.pairs.iter().all(|p| p.ok)
            && self.missing.is_empty()
    }
}

impl fmt::Display for CalibrationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<18} {:>8} {:>7} {:>10}",
            "dimension", "spearman", "exact", "within-1"
        )?;
        for d in &self.dimensions {
            writeln!(
                f,
                "{:<18} {:>8.3} {:>6.0}% {:>9.0}%",
                d.dimension.label(),
                d.spearman,
                d.exact * 100.0,
                d.within_one * 100.0
            )?;
        }
        writeln!(
            f,
            "verdict accuracy   {:>6.0}%",
            self.verdict_accuracy * 100.0
        )?;
        for p in &self.pairs {
            let show = |s: Option<u8>| s.map_or_else(|| "-".to_string(), |s| s.to_string());
            writeln!(
                f,
                "pair {:<9} {} {} → {} {}  {}",
                p.dimension,
                p.base,
                show(p.base_score),
                p.variant,
                show(p.variant_score),
                if p.ok { "ok" } else { "FAIL" }
            )?;
        }
        for m in &self.missing {
            writeln!(f, "not scored: {m}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_their_average_rank() {
        assert_eq!(ranks(&[10.0, 20.0, 10.0]), vec![1.5, 3.0, 1.5]);
    }

    #[test]
    fn spearman_is_one_in_order_and_minus_one_reversed() {
        let a = [1.0, 2.0, 3.0, 4.0];
        assert!((spearman(&a, &[10.0, 20.0, 30.0, 40.0]) - 1.0).abs() < 1e-9);
        assert!((spearman(&a, &[4.0, 3.0, 2.0, 1.0]) + 1.0).abs() < 1e-9);
        assert_eq!(spearman(&a, &[5.0, 5.0, 5.0, 5.0]), 0.0);
    }

    #[test]
    fn labels_parse_with_and_without_pairs() {
        let json = r#"{"ideas":[{"file":"a.md","customer":1,"problem":2,"evidence":3,"risk":4,"verdict":"stop","why":{}}]}"#;
        let labels = parse_labels(json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(labels.ideas[0].level(Dimension::Risk), 4);
        assert!(labels.pairs.is_empty());
        assert_eq!(labels.files(), vec!["a.md".to_string()]);
    }

    #[test]
    fn an_unscored_file_is_reported_missing() {
        let labels = parse_labels(r#"{"ideas":[{"file":"a.md","customer":1,"problem":1,"evidence":1,"risk":1,"verdict":"stop"}]}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        let report = evaluate(&labels, &BTreeMap::new());
        assert_eq!(report.missing, vec!["a.md".to_string()]);
        assert!(!report.passes());
    }
}
