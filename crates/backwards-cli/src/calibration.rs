//! INTERIM calibration math, used by `backwards eval` until
//! `backwards_core::analyze::calibration` lands (same function names, so the
//! switch is an import). Delete this file then.
//!
//! Spearman uses average ranks for ties; a pair "moves the right way" when
//! the variant scores at least [`PAIR_MIN_MOVE`] points worse on its
//! dimension (lower, or higher for risk).

use std::collections::BTreeMap;

use backwards_core::analyze::{Dimension, Report};
use serde::{Deserialize, Serialize};

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

/// One labelled idea.
#[derive(Debug, Clone, Deserialize)]
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

/// A variant that must score worse than its base on one dimension.
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
    /// Every file the labels name, each once, sorted.
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
    /// The pair.
    pub dimension: String,
    /// Base file.
    pub base: String,
    /// Variant file.
    pub variant: String,
    /// Base score.
    pub base_score: Option<u8>,
    /// Variant score.
    pub variant_score: Option<u8>,
    /// True when the variant moved at least [`PAIR_MIN_MOVE`] the right way.
    pub ok: bool,
}

/// Everything `backwards eval` prints.
#[derive(Debug, Clone, Serialize)]
pub struct CalibrationReport {
    /// Per dimension.
    pub dimensions: Vec<DimensionAgreement>,
    /// Share of verdicts equal to the label.
    pub verdict_accuracy: f64,
    /// Each pair.
    pub pairs: Vec<PairResult>,
}

/// Compare reports (keyed by file name) with the labels.
pub fn evaluate(labels: &Labels, reports: &BTreeMap<String, Report>) -> CalibrationReport {
    let scored: Vec<(&LabelledIdea, &Report)> = labels
        .ideas
        .iter()
        .filter_map(|i| reports.get(&i.file).map(|r| (i, r)))
        .collect();
    let dimensions = Dimension::ALL
        .into_iter()
        .map(|d| agreement(d, &scored))
        .collect();
    let right = scored
        .iter()
        .filter(|(l, r)| l.verdict == r.call.id())
        .count();
    CalibrationReport {
        dimensions,
        verdict_accuracy: share(right, scored.len()),
        pairs: labels.pairs.iter().map(|p| pair(p, reports)).collect(),
    }
}

fn label_of(idea: &LabelledIdea, d: Dimension) -> u8 {
    match d {
        Dimension::Customer => idea.customer,
        Dimension::Problem => idea.problem,
        Dimension::Evidence => idea.evidence,
        Dimension::Risk => idea.risk,
    }
}

fn agreement(d: Dimension, scored: &[(&LabelledIdea, &Report)]) -> DimensionAgreement {
    let scores: Vec<f64> = scored
        .iter()
        .map(|(_, r)| f64::from(r.scores.get(d).score))
        .collect();
    let labels: Vec<f64> = scored
        .iter()
        .map(|(l, _)| f64::from(label_of(l, d)))
        .collect();
    let diffs: Vec<u8> = scored
        .iter()
        .map(|(l, r)| label_of(l, d).abs_diff(r.scores.get(d).level))
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
fn ranks(values: &[f64]) -> Vec<f64> {
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

/// Spearman's rho: Pearson correlation of the ranks (0 when undefined).
fn spearman(a: &[f64], b: &[f64]) -> f64 {
    let (ra, rb) = (ranks(a), ranks(b));
    let n = ra.len() as f64;
    if ra.len() < 2 {
        return 0.0;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_their_average_rank() {
        assert_eq!(ranks(&[10.0, 20.0, 10.0]), vec![1.5, 3.0, 1.5]);
    }

    #[test]
    fn spearman_is_one_for_the_same_order_and_minus_one_reversed() {
        let a = [1.0, 2.0, 3.0, 4.0];
        assert!((spearman(&a, &[10.0, 20.0, 30.0, 40.0]) - 1.0).abs() < 1e-9);
        assert!((spearman(&a, &[4.0, 3.0, 2.0, 1.0]) + 1.0).abs() < 1e-9);
    }
}
