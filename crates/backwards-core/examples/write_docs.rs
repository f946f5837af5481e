//! Print the four generated documents of idea files (for reading output
//! while developing the writers): `cargo run -p backwards-core --example write_docs -- FILE...`.
//!
//! The date is fixed so the output matches the snapshot tests.
fn main() {
    let generated_on = jiff::civil::date(2026, 11, 28);
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_default();
        match backwards_core::model::parse(&bytes) {
            Ok(idea) => {
                let report = backwards_core::analyze::analyze(&idea);
                let cx = backwards_core::render::RenderContext {
                    idea: &idea,
                    report: &report,
                    generated_on,
                };
                for doc in backwards_core::render::render_all(&cx) {
                    println!("<<<<< {path}: {}\n{}", doc.title, doc.markdown);
                }
            }
            Err(e) => println!("{path}: ERROR {e}"),
        }
    }
}
