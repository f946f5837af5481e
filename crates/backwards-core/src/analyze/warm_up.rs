//! Compiling the analyzers' patterns before the first idea arrives.
//!
//! The analyzers hold their lexicons as regexes compiled once per process,
//! on first use (`pattern::re` behind `LazyLock`). That compilation is
//! nearly all of a one-shot command's run time: the analysis itself takes
//! about a millisecond, the patterns some hundreds of milliseconds. The
//! dimensions' patterns are independent, so they can be compiled side by
//! side: each warm-up below runs one analyzer on a built-in idea, which
//! forces exactly the patterns that analyzer touches.
//!
//! The core never starts a thread itself (it does no I/O and keeps no
//! hidden machinery); it hands out plain functions and lets the binary
//! decide whether to run them on threads. Running them is always safe: a
//! `LazyLock` that two threads reach at once is built by one while the
//! other waits, and the patterns' values do not depend on who built them,
//! so every report is byte-identical with or without a warm-up.

use crate::model::{self, Idea};

use super::{customer, evidence, lint, problem, risk, signals, so_what};

/// A built-in idea with every step filled in, so that each analyzer walks
/// the paths a real idea takes. Our own words; any idea would do, but one
/// with counts, payments, a survey and mitigated risks reaches more of the
/// rubric's patterns than a bare one.
const WARM_UP_IDEA: &str = include_str!("warm_up.md");

/// The independent pieces of start-up work, the largest (risk) first and
/// then the others against the order in which [`analyze`](super::analyze)
/// meets them: the caller's own thread starts at the customer, a single
/// helper thread at the risks, and the two meet in the middle with nothing
/// done twice.
///
/// Each is a plain function: run them on as many threads as the machine
/// has to spare, or not at all.
pub fn warm_ups() -> &'static [fn()] {
    &[
        || run(|idea| drop(risk::analyze(idea))),
        || {
            run(|idea| {
                drop(lint::lint_idea(idea));
                drop(so_what::test(idea));
            })
        },
        || run(|idea| drop(evidence::analyze(idea))),
        || run(|idea| drop(problem::analyze(idea))),
        || run(|idea| drop(customer::analyze(idea))),
    ]
}

/// Parse the built-in idea and run one piece of analysis on it, inside a
/// sentence scope of this thread's own (see `signals::Scope`).
fn run(analysis: impl FnOnce(&Idea)) {
    // The built-in idea is valid UTF-8 well under the size limit; should it
    // ever fail to parse, there is simply nothing to warm.
    if let Ok(idea) = model::parse(WARM_UP_IDEA.as_bytes()) {
        let _sentences = signals::Scope::open(&idea);
        analysis(&idea);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::analyze;

    #[test]
    fn the_built_in_idea_fills_every_step_so_each_analyzer_walks_its_paths() {
        let idea = model::parse(WARM_UP_IDEA.as_bytes()).expect("the built-in idea parses");
        let report = analyze(&idea);
        // A warm-up idea with empty sections would only compile the patterns
        // that gaps take; every dimension must find words to read.
        for score in report.scores.all() {
            assert!(
                !score.signals.is_empty(),
                "the warm-up idea gives {:?} no signal",
                score.dimension
            );
        }
        assert!(
            report.gaps.is_empty(),
            "the warm-up idea leaves gaps: {:?}",
            report.gaps
        );
    }

    #[test]
    fn warm_ups_run_side_by_side_and_leave_reports_unchanged() {
        let idea = model::parse(WARM_UP_IDEA.as_bytes()).expect("the built-in idea parses");
        let before = format!("{:?}", analyze(&idea));
        let threads: Vec<_> = warm_ups()
            .iter()
            .map(|warm| std::thread::spawn(*warm))
            .collect();
        for thread in threads {
            thread.join().expect("a warm-up panicked");
        }
        assert_eq!(before, format!("{:?}", analyze(&idea)));
    }
}
