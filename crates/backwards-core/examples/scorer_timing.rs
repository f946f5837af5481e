//! Rough timing of `analyze` on every idea of a directory (debug builds are
//! far slower than release; use it to compare changes, not as a benchmark).
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let mut ideas = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "md") {
            ideas.push(backwards_core::model::parse(&std::fs::read(&path)?)?);
        }
    }
    // Warm up the lazily compiled patterns.
    for idea in &ideas {
        backwards_core::analyze::analyze(idea);
    }
    let rounds = 20;
    let start = Instant::now();
    for _ in 0..rounds {
        for idea in &ideas {
            std::hint::black_box(backwards_core::analyze::analyze(idea));
        }
    }
    let per = start.elapsed() / (rounds * ideas.len() as u32);
    println!("{} ideas, {per:?} per analyze", ideas.len());
    Ok(())
}
