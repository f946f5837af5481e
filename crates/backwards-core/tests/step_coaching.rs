//! Live coaching analyzes only the step being typed (`analyze::for_step`);
//! this checks, on every step of every idea in `tests/ideas/`, that it
//! says what the full analysis says about that step.
//!
//! The pieces must be equal: the dimension score with its signals, the
//! step's gaps, its lint findings and (on the Solution step) the "so what"
//! test. The coaching built from them must equal the coaching built from
//! the full report for every kind of answer, with one designed difference:
//! the full report keeps only the few changes that raise the verdict most,
//! so a dimension's change can be ranked out of it; the step report always
//! carries it. Then, and only then, the step coaching has one more line,
//! "Next: …", right where the full coaching would have put it.

use std::fs;
use std::path::{Path, PathBuf};

use backwards_core::analyze::{self, Report, StepReport};
use backwards_core::coach::{self, Answered, StepCoaching};
use backwards_core::model::{self, Idea, Step};

/// Every idea file in `tests/ideas/`, sorted.
fn ideas() -> Vec<(PathBuf, Idea)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ideas");
    let entries = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the test ideas in {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "expected the test ideas in {}",
        dir.display()
    );
    files
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let idea = model::parse_str(&text)
                .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
            (path, idea)
        })
        .collect()
}

/// The step report holds exactly the full report's pieces for the step.
fn same_pieces(full: &Report, part: &StepReport, step: Step, what: &str) {
    let score = coach::dimension_of(step).map(|d| full.scores.get(d));
    assert_eq!(part.score.as_ref(), score, "{what}: score");
    let gaps: Vec<_> = full.gaps.iter().filter(|g| g.step == step).collect();
    assert_eq!(part.gaps.iter().collect::<Vec<_>>(), gaps, "{what}: gaps");
    let findings: Vec<_> = full
        .findings
        .iter()
        .filter(|f| f.span.as_ref().is_some_and(|s| s.step == Some(step)))
        .collect();
    assert_eq!(
        part.findings.iter().collect::<Vec<_>>(),
        findings,
        "{what}: findings"
    );
    let so_what = (step == Step::Solution).then_some(&full.so_what);
    assert_eq!(part.so_what.as_ref(), so_what, "{what}: so what");
    // The verdict's change for the dimension, when it ranks one, is the
    // step's; when it ranks none, the verdict was full of changes that
    // raise the call more.
    if let Some(score) = score {
        let ranked = full
            .improvements
            .iter()
            .find(|i| i.dimension == Some(score.dimension));
        match (ranked, &part.improvement) {
            (Some(r), Some(p)) => assert_eq!(r, p, "{what}: next change"),
            (None, Some(_)) => assert_eq!(full.improvements.len(), 4, "{what}: ranked out"),
            (None, None) => {}
            (Some(r), None) => panic!("{what}: the step report lost the change {r:?}"),
        }
    }
}

/// The two coachings agree, but for a "Next:" line the verdict ranked out.
fn same_coaching(full: &StepCoaching, part: &StepCoaching, ranked_out: bool, what: &str) {
    assert_eq!(part.dimension, full.dimension, "{what}");
    assert_eq!(part.level, full.level, "{what}");
    assert_eq!(part.reading, full.reading, "{what}");
    if !ranked_out {
        assert_eq!(part.advice, full.advice, "{what}");
        return;
    }
    let next: Vec<usize> = (0..part.advice.len())
        .filter(|&i| part.advice[i].starts_with("Next: "))
        .collect();
    assert_eq!(next.len(), 1, "{what}: one Next line in {:?}", part.advice);
    let mut without = part.advice.clone();
    without.remove(next[0]);
    assert_eq!(without, full.advice, "{what}");
}

#[test]
fn step_coaching_says_what_the_full_analysis_says() {
    let mut ranked_out_seen = 0;
    let mut compared = 0;
    for (path, idea) in ideas() {
        let full = analyze::analyze(&idea);
        for step in Step::ALL {
            let what = format!("{} / {step:?}", path.display());
            let part = analyze::for_step(&idea, step);
            assert_eq!(part.step, step, "{what}");
            same_pieces(&full, &part, step, &what);
            let ranked_out = part
                .improvement
                .as_ref()
                .is_some_and(|p| !full.improvements.iter().any(|i| i.dimension == p.dimension));
            for answered in [Answered::Text, Answered::DontKnow, Answered::Empty] {
                let whole = coach::coach(step, answered, &full);
                let only = coach::coach_step(answered, &part);
                let ranked_out = ranked_out && answered == Answered::Text;
                same_coaching(&whole, &only, ranked_out, &format!("{what} {answered:?}"));
                compared += 1;
            }
            ranked_out_seen += usize::from(ranked_out);
        }
    }
    assert!(compared > 0);
    // Not asserted to be zero or more: how often the ranking drops a
    // dimension depends on the corpus. Printed so a change in it is seen.
    println!("{compared} coachings compared, {ranked_out_seen} with a ranked-out Next line");
}
