//! Writes the sample export (the "Kilnbook" test fixture) as `sample.pdf` and
//! `sample.docx` into the directory given as the first argument (default: `.`).
//!
//! Used to regenerate the page images under `docs/export/`:
//! `cargo run -p backwards-export --example sample -- /tmp/out && pdftoppm -png -r 60 /tmp/out/sample.pdf docs/export/page`

use std::path::PathBuf;

use backwards_export::ExportInput;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".to_owned()));
    let input = ExportInput {
        idea_name: "Kilnbook",
        version: "v3",
        date: "2027-01-15",
        scores_svg: Some(include_str!("../tests/fixtures/scores.svg")),
        verdict_md: include_str!("../tests/fixtures/verdict.md"),
        press_release_md: include_str!("../tests/fixtures/press_release.md"),
        faq_md: include_str!("../tests/fixtures/faq.md"),
        prd_md: include_str!("../tests/fixtures/prd.md"),
    };
    #[cfg(feature = "pdf")]
    std::fs::write(dir.join("sample.pdf"), backwards_export::pdf(&input)?)?;
    std::fs::write(dir.join("sample.docx"), backwards_export::docx(&input)?)?;
    println!("wrote the sample export to {}", dir.display());
    Ok(())
}
