//! Calibration loop for the scorer: `cargo run -p backwards-core --example eval -- DIR [--misses]`.
//!
//! Prints the figures for a labelled directory, then each idea's predicted
//! versus labelled levels (`--misses` shows only ideas with a difference).
use std::collections::BTreeMap;
use std::path::Path;

use backwards_core::analyze::{self, calibration};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses_only = args.iter().any(|a| a == "--misses");
    for dir in args.iter().filter(|a| !a.starts_with("--")) {
        let dir = Path::new(dir);
        let labels = calibration::parse_labels(&std::fs::read_to_string(dir.join("labels.json"))?)?;
        let mut reports = BTreeMap::new();
        for file in labels.files() {
            let idea = backwards_core::model::parse(&std::fs::read(dir.join(&file))?)?;
            reports.insert(file, analyze::analyze(&idea));
        }
        let result = calibration::evaluate(&labels, &reports);
        println!("== {}\n{result}", dir.display());
        for i in &result.ideas {
            let differs = i.predicted != i.labelled || i.call != i.label_call;
            if misses_only && !differs {
                continue;
            }
            let r = &reports[&i.file];
            let scores: Vec<String> = r.scores.all().iter().map(|s| s.score.to_string()).collect();
            println!(
                "{:<42} got {:?} {:<6} want {:?} {:<6} scores {}",
                i.file,
                i.predicted,
                i.call,
                i.labelled,
                i.label_call,
                scores.join("/")
            );
        }
    }
    Ok(())
}
