//! Start-up in parallel: compile the analyzers' patterns on spare cores.
//!
//! A one-shot command (`backwards verdict idea.md`) spends nearly all its
//! time compiling the rubric's patterns, once per process, and about a
//! millisecond on the idea itself. The core hands out that compilation as
//! independent pieces (`backwards_core::analyze::warm_ups`); here the
//! spare cores take them one after another, and the main thread goes on
//! reading the input and analysing it. When the main thread reaches a
//! pattern a warm-up is still building, it waits for that one build instead
//! of repeating it, so nothing is done twice and the output is the same
//! byte for byte.
//!
//! The threads are detached: a command that fails early (a missing file)
//! exits at once, and the process takes its unfinished warm-ups with it.
//! They write nothing and hold no locks a caller could see.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// The index of the next warm-up a helper thread takes.
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// Spawn one helper thread per spare core (none on a single core), each
/// taking the next warm-up until none is left.
///
/// The main thread is one of the cores: it compiles what it meets first
/// itself, from the other end of the list (see `warm_ups`), so more helpers
/// than spare cores would only take turns with it.
pub fn start() {
    let pieces = backwards_core::analyze::warm_ups();
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    let helpers = cores.saturating_sub(1).min(pieces.len());
    for _ in 0..helpers {
        // A failure to spawn (a thread limit) only costs the speed-up: the
        // main thread compiles whatever is left on first use.
        let _ = thread::Builder::new()
            .name("warm-up".into())
            .spawn(move || {
                while let Some(warm) = pieces.get(NEXT.fetch_add(1, Ordering::Relaxed)) {
                    warm();
                }
            });
    }
}
