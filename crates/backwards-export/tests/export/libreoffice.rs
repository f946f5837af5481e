//! LibreOffice opens the DOCX and converts it to PDF without error (apt:
//! libreoffice-writer-nogui). This is the closest we get on CI to "it opens cleanly
//! in Word and Google Docs". Fails, with install instructions, when LibreOffice is
//! missing.

use crate::common::{pdf_text, run_tool, sample, squash};

#[test]
fn libreoffice_converts_the_docx_to_pdf() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let docx = dir.path().join("kilnbook.docx");
    std::fs::write(
        &docx,
        backwards_export::docx(&sample()).expect("the DOCX is written"),
    )
    .expect("write");
    // A private profile: concurrent runs (and a desktop LibreOffice) do not share locks.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let out_dir = dir.path().join("out");
    let args = [
        profile.as_str(),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        out_dir.to_str().expect("UTF-8 path"),
        docx.to_str().expect("UTF-8 path"),
    ];
    let output = run_tool("libreoffice", &args, "libreoffice-writer-nogui");
    assert!(
        output.status.success(),
        "libreoffice failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = out_dir.join("kilnbook.pdf");
    let size = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 1_000,
        "LibreOffice wrote no PDF (or an empty one: {size} bytes)"
    );
    // And what it wrote is our document, headings included.
    let text = squash(&pdf_text(&pdf, None));
    for heading in [
        "Verdict: Kilnbook",
        "External FAQ",
        "6. Requirements",
        "Acceptance criterion",
    ] {
        assert!(
            text.contains(heading),
            "{heading:?} missing from LibreOffice's PDF"
        );
    }
}
