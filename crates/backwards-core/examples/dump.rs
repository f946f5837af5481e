//! Print how the parser splits an idea file (a debugging aid).
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_default();
        match backwards_core::model::parse(&bytes) {
            Ok(idea) => {
                let steps: Vec<&str> = idea.sections.keys().map(|s| s.id()).collect();
                let notes: Vec<&str> = idea.notes.iter().map(|n| n.heading.as_str()).collect();
                println!("{path}: {} | {:?} | notes {:?}", idea.name(), steps, notes);
            }
            Err(e) => println!("{path}: ERROR {e}"),
        }
    }
}
