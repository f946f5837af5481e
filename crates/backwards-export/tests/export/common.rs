//! The sample idea every test exports: "Kilnbook", a fictional booking tool for
//! shared pottery kilns, written in the document writers' Markdown conventions.

use std::path::Path;
use std::process::Command;

use backwards_export::ExportInput;

/// The verdict, with a scores table, lists and a "Not answered yet" item.
pub const VERDICT: &str = include_str!("../fixtures/verdict.md");
/// A press release of about 360 words, which must fit on one page.
pub const PRESS_RELEASE: &str = include_str!("../fixtures/press_release.md");
/// External and internal FAQ with `###` questions, two unanswered.
pub const FAQ: &str = include_str!("../fixtures/faq.md");
/// The PRD with a Priority/Acceptance requirements table.
pub const PRD: &str = include_str!("../fixtures/prd.md");
/// The four documents, in the order the export lays them out.
pub const DOCUMENTS: [&str; 4] = [VERDICT, PRESS_RELEASE, FAQ, PRD];
/// A bar chart of the four scores.
pub const SCORES_SVG: &str = include_str!("../fixtures/scores.svg");

/// The complete sample export input.
pub fn sample() -> ExportInput<'static> {
    ExportInput {
        idea_name: "Kilnbook",
        version: "v3",
        date: "2027-01-15",
        scores_svg: Some(SCORES_SVG),
        verdict_md: VERDICT,
        press_release_md: PRESS_RELEASE,
        faq_md: FAQ,
        prd_md: PRD,
    }
}

/// Every `##`/`###` heading text of a Markdown document, without the hashes or
/// inline markup characters, as the exported text should show it.
#[cfg(feature = "pdf")]
pub fn headings(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|line| line.starts_with('#'))
        .map(|line| line.trim_start_matches('#').trim().replace(['*', '`'], ""))
        .collect()
}

/// Runs an external tool, failing the test with install instructions if it is
/// missing (these tests must fail, not skip, on a machine without the tool).
pub fn run_tool(program: &str, args: &[&str], apt_package: &str) -> std::process::Output {
    match Command::new(program).args(args).output() {
        Ok(output) => output,
        Err(e) => panic!(
            "`{program}` could not be run ({e}). These tests need it: \
             install it with `apt-get install -y {apt_package}`."
        ),
    }
}

/// The text of a PDF (or of pages `first..=last`), via poppler's `pdftotext`.
pub fn pdf_text(pdf: &Path, pages: Option<(usize, usize)>) -> String {
    let (first, last) = pages.map(|(f, l)| (f.to_string(), l.to_string())).unzip();
    let mut args: Vec<&str> = vec!["-layout"];
    if let (Some(first), Some(last)) = (&first, &last) {
        args.extend(["-f", first, "-l", last]);
    }
    let pdf_arg = pdf.to_str().expect("temp paths are UTF-8");
    args.extend([pdf_arg, "-"]);
    let output = run_tool("pdftotext", &args, "poppler-utils");
    assert!(
        output.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Collapses all whitespace runs to one space, so text can be searched across
/// pdftotext's line breaks and column padding.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
