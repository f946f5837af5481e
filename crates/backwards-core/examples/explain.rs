//! Print every signal behind an idea's scores: `cargo run -p backwards-core --example explain -- FILE...`.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    for path in std::env::args().skip(1) {
        let idea = backwards_core::model::parse(&std::fs::read(&path)?)?;
        let report = backwards_core::analyze::analyze(&idea);
        println!("== {path}: {} — {}", report.call.id(), report.reason);
        for d in report.scores.all() {
            println!("  {} {} (level {})", d.dimension.id(), d.score, d.level);
            for s in &d.signals {
                println!(
                    "    {:+4} {:<28} L{:<3} {:?}",
                    s.effect, s.rule, s.line, s.quote
                );
            }
        }
        println!("  so what: {}", report.so_what.reading);
        for i in &report.improvements {
            println!("  improve: {}", i.change);
        }
        for g in &report.gaps {
            println!("  gap [{}]: {}", g.step.id(), g.question);
        }
    }
    Ok(())
}
