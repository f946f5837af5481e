//! Run the pipeline (or one stage of it) many times on the benchmark idea,
//! for a profiler: `valgrind --tool=callgrind target/release/examples/profile
//! [pipeline|parse|analyze|render] [N]`. Criterion's timings move with the
//! machine's load; counted instructions do not, so this is how a speed change
//! is checked on the shared machine.
//!
//! `profile corpus DIR` instead runs the whole pipeline once on every idea
//! file of a directory. Count a change to how patterns are matched that way
//! too: the regex engine builds its automata's states lazily, on the text it
//! meets, so the benchmark's one repeated idea only ever pays for them once.
//!
//! Like the benchmark, it alternates between two copies of the idea that
//! differ by one trailing newline, and it runs each stage once before the
//! counted rounds so the one-off pattern compilation can be told apart
//! (callgrind's totals include it; divide the difference of two runs with
//! different N by the difference of N for the per-idea cost).
use std::hint::black_box;

use backwards_core::{analyze, model, render};

const IDEA: &str = include_str!("../benches/idea_700.md");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let stage = args.next().unwrap_or_else(|| "pipeline".into());
    if stage == "corpus" {
        return corpus(args.next().as_deref().unwrap_or("."));
    }
    let rounds: usize = args.next().map_or(Ok(100), |n| n.parse())?;
    let sources = [IDEA.to_string(), format!("{IDEA}\n")];
    let ideas = [
        model::parse(sources[0].as_bytes())?,
        model::parse(sources[1].as_bytes())?,
    ];
    let reports = [analyze::analyze(&ideas[0]), analyze::analyze(&ideas[1])];
    let cx = |i: usize| render::RenderContext {
        idea: &ideas[i],
        report: &reports[i],
        generated_on: jiff::civil::date(2026, 11, 28),
    };
    black_box(render::render_all(&cx(0)));
    for round in 0..rounds {
        let i = round % 2;
        match stage.as_str() {
            "parse" => drop(black_box(model::parse(black_box(sources[i].as_bytes())))),
            "analyze" => drop(black_box(analyze::analyze(black_box(&ideas[i])))),
            "render" => drop(black_box(render::render_all(&cx(i)))),
            _ => write_all(&model::parse(black_box(sources[i].as_bytes()))?),
        }
    }
    Ok(())
}

/// Parse, analyze and write every `.md` idea of `dir` once, in name order.
fn corpus(dir: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    paths.retain(|p| p.extension().is_some_and(|e| e == "md"));
    paths.sort();
    for path in paths {
        let Ok(idea) = model::parse(&std::fs::read(&path)?) else {
            continue;
        };
        write_all(&idea);
    }
    Ok(())
}

/// Analyze one parsed idea and write all its documents: what a real run
/// does after parsing.
fn write_all(idea: &model::Idea) {
    let report = analyze::analyze(idea);
    let cx = render::RenderContext {
        idea,
        report: &report,
        generated_on: jiff::civil::date(2026, 11, 28),
    };
    black_box(render::render_all(&cx));
}
