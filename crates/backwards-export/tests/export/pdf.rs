//! The PDF, read back with poppler's `pdftotext`/`pdftoppm` (apt: poppler-utils).
//! These tests fail, with install instructions, when poppler is missing.
#![cfg(feature = "pdf")]

use std::path::{Path, PathBuf};

use crate::common::{self, pdf_text, run_tool, sample, squash};
use backwards_export::ExportInput;

/// Writes a PDF of `input` into a fresh temp dir and returns (dir guard, path).
fn write_pdf(input: &ExportInput<'_>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("export.pdf");
    let bytes = backwards_export::pdf(input).expect("the sample typesets");
    std::fs::write(&path, bytes).expect("write the PDF");
    (dir, path)
}

fn page_count(pdf: &Path) -> usize {
    let output = run_tool(
        "pdfinfo",
        &[pdf.to_str().expect("UTF-8 path")],
        "poppler-utils",
    );
    let info = String::from_utf8_lossy(&output.stdout);
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo printed no page count:\n{info}"))
}

/// Each page's text, squashed, with typographic quotes made straight so that it
/// can be compared with the Markdown.
fn pages(pdf: &Path) -> Vec<String> {
    (1..=page_count(pdf))
        .map(|n| {
            squash(&pdf_text(pdf, Some((n, n))))
                .replace(['“', '”'], "\"")
                .replace(['‘', '’'], "'")
        })
        .collect()
}

#[test]
fn every_section_heading_is_in_the_text() {
    let (_dir, pdf) = write_pdf(&sample());
    let text = pages(&pdf).join(" ");
    let mut checked = 0;
    for markdown in common::DOCUMENTS {
        for heading in common::headings(markdown) {
            assert!(
                text.contains(&squash(&heading)),
                "heading {heading:?} not found in the PDF text"
            );
            checked += 1;
        }
    }
    assert!(checked > 30, "the sample has more headings than {checked}");
}

#[test]
fn title_block_and_running_header() {
    let (_dir, pdf) = write_pdf(&sample());
    // Letter-spacing and thin spaces make pdftotext's spacing unreliable: compare
    // without whitespace.
    let pages: Vec<String> = pages(&pdf).iter().map(|p| p.replace(' ', "")).collect();
    assert!(
        pages[0].starts_with("WORKINGBACKWARDSKilnbookVersionv3·2027-01-15"),
        "page 1: {}",
        pages[0]
    );
    let total = pages.len();
    for (index, page) in pages.iter().enumerate() {
        if index > 0 {
            assert!(
                page.starts_with("KilnbookWorkingBackwards·v3·2027-01-15"),
                "no header on page {}",
                index + 1
            );
        }
        assert!(
            page.ends_with(&format!("{}/{total}", index + 1)),
            "no page number on page {}",
            index + 1
        );
    }
}

#[test]
fn press_release_is_alone_on_one_page() {
    let (_dir, pdf) = write_pdf(&sample());
    let pages = pages(&pdf);
    let first_line = "Kilnbook lets pottery studio members book the kiln";
    let last_line = "with the first month free. The sensor is included.";
    let page = pages
        .iter()
        .position(|p| p.contains(first_line))
        .expect("the press release headline is in the PDF");
    assert!(
        pages[page].contains(last_line),
        "the press release runs past page {}",
        page + 1
    );
    assert!(pages[page].contains("PRESS RELEASE"), "{}", pages[page]);
    // Nothing else shares the page: the verdict ends before it, the FAQ starts after.
    assert!(!pages[page].contains("What would raise the verdict most"));
    assert!(!pages[page].contains("Frequently asked questions"));
    assert!(pages[page - 1].contains("What would raise the verdict most"));
    assert!(pages[page + 1].contains("Frequently asked questions: Kilnbook"));
}

#[test]
fn requirements_table_keeps_its_rows() {
    let (_dir, pdf) = write_pdf(&sample());
    let text = pages(&pdf).join(" ");
    for needle in [
        "ID Requirement Priority Acceptance criterion",
        "R1 Members book",
        "R5 The manager exports",
    ] {
        assert!(text.contains(needle), "{needle:?} not in the PDF text");
    }
}

/// Counts the pixels of a page that are close to the amber of the
/// "Not answered yet" tag, from a low-resolution `pdftoppm` rendering (PPM).
fn amber_pixels(pdf: &Path, page: usize) -> usize {
    let n = page.to_string();
    let args = [
        "-r",
        "30",
        "-f",
        &n,
        "-l",
        &n,
        pdf.to_str().expect("UTF-8 path"),
    ];
    let output = run_tool("pdftoppm", &args, "poppler-utils");
    assert!(output.status.success(), "pdftoppm failed");
    let ppm = output.stdout;
    // Binary PPM: "P6\n<w> <h>\n255\n" then RGB bytes.
    let mut header_fields = 0;
    let mut start = 0;
    for (i, byte) in ppm.iter().enumerate() {
        if byte.is_ascii_whitespace() && i > 0 && !ppm[i - 1].is_ascii_whitespace() {
            header_fields += 1;
            if header_fields == 4 {
                start = i + 1;
                break;
            }
        }
    }
    ppm[start..]
        .chunks_exact(3)
        .filter(|px| {
            px[0].abs_diff(0xb4) < 30 && px[1].abs_diff(0x53) < 30 && px[2].abs_diff(0x09) < 30
        })
        .count()
}

#[test]
fn unanswered_items_are_visibly_marked() {
    let (_dir, pdf) = write_pdf(&sample());
    let pages = pages(&pdf);
    let faq = pages
        .iter()
        .position(|p| p.contains("Frequently asked questions: Kilnbook"))
        .expect("FAQ page");
    let press = pages
        .iter()
        .position(|p| p.contains("PRESS RELEASE"))
        .expect("press release page");
    assert!(
        pages[faq]
            .replace(' ', "")
            .contains("Notansweredyet:theideadoesnotsaywherebookingdata")
    );
    // The FAQ page carries amber tags; the press release, which has no gap, none.
    // (The scores picture's risk bar is amber too, which is why page 1 is not used.)
    assert!(
        amber_pixels(&pdf, faq + 1) > 20,
        "no amber tag on the FAQ page"
    );
    assert_eq!(
        amber_pixels(&pdf, press + 1),
        0,
        "amber on the press release page"
    );
}

#[test]
fn same_input_same_bytes() {
    let input = sample();
    let first = backwards_export::pdf(&input).expect("typesets");
    let second = backwards_export::pdf(&input).expect("typesets");
    assert!(first == second, "two exports of the same input differ");
}

#[test]
fn user_text_cannot_inject_typst() {
    let hostile = concat!(
        "#panic(\"injected\") #set page(width: 1cm) $x^2$ <label 1 < 2 > 0 @ref [brackets] ",
        "\\backslash // not a comment /* nor this */ *not bold* _not italic_ ",
        "= not a heading - + ~ `tick` 1. 2026. a--b ... #{1+1} \\u{41}"
    );
    let markdown = format!(
        "# Hostile {hostile}\n\n{hostile}\n\n- {hostile}\n\n| A | B |\n|---|---|\n| {} | x |\n",
        hostile.replace('|', "/")
    );
    let name = "Evil\") #panic(\"name\") #(\"";
    let input = ExportInput {
        idea_name: name,
        version: "v1\" + panic(\"version\") + \"",
        date: "2027-01-15\\",
        scores_svg: None,
        verdict_md: &markdown,
        press_release_md: &markdown,
        faq_md: &markdown,
        prd_md: &markdown,
    };
    let (_dir, pdf) = write_pdf(&input);
    let text = squash(&pdf_text(&pdf, None));
    // The Markdown parser itself consumes `*…*`, `_…_` and backticks, so compare with
    // the text as Markdown shows it.
    let shown = "#panic(\"injected\") #set page(width: 1cm) $x^2$ <label 1 < 2 > 0 @ref [brackets] \\backslash // not a comment /* nor this */ not bold not italic = not a heading - + ~ tick 1. 2026. a--b ... #{1+1} \\u{41}";
    let straight = text.replace(['“', '”'], "\"");
    assert!(
        straight.contains(shown),
        "the hostile text was not rendered literally:\n{straight}"
    );
    assert!(
        straight.contains(name),
        "the idea name was not rendered literally"
    );
}
