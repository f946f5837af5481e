//! `backwards write --format pdf,docx` end to end, on every idea in `examples/`.
//!
//! The real binary writes the files; the PDF is read back with poppler's
//! `pdftotext`/`pdfinfo` and the DOCX is opened as what it is, a zip of XML.
//! The headings we look for come from the same run's Markdown (`--format md`),
//! so the tests follow the core's documents instead of a copy of them.
//!
//! poppler-utils must be installed: without it these tests FAIL, saying how to
//! install it (they never skip).

use std::fs;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use quick_xml::events::Event;

/// The generation date every run pins, so output is reproducible.
const DATE: &str = "2026-11-28";

/// The four Markdown documents `write --format md` produces, in reading order.
const DOCUMENTS: [&str; 4] = ["verdict.md", "press-release.md", "faq.md", "prd.md"];

/// Runs the `backwards` binary built for these tests.
fn backwards(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_backwards"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the backwards binary runs")
}

/// `backwards write IDEA --format FORMATS --date DATE --out OUT [extra…]`.
fn write(idea: &Path, formats: &str, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "write",
        utf8(idea),
        "--format",
        formats,
        "--date",
        DATE,
        "--out",
        utf8(out),
    ];
    args.extend_from_slice(extra);
    backwards(&args)
}

/// Like [`write`], failing the test unless the run succeeds.
fn write_ok(idea: &Path, formats: &str, out: &Path) {
    let output = write(idea, formats, out, &[]);
    assert!(
        output.status.success(),
        "write --format {formats} {} failed:\n{}",
        idea.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn utf8(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}

/// Every idea in the repository's `examples/` folder, sorted.
fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut ideas: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("the examples folder exists")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    ideas.sort();
    assert!(ideas.len() >= 3, "examples/ has {} ideas", ideas.len());
    ideas
}

/// Runs an external tool; a missing tool fails the test with the apt package
/// that provides it.
fn run_tool(program: &str, args: &[&str]) -> Output {
    match Command::new(program).args(args).output() {
        Ok(output) if output.status.success() => output,
        Ok(output) => panic!(
            "`{program} {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(e) => panic!(
            "`{program}` could not be run ({e}). These tests need it: \
             install it with `apt-get install -y poppler-utils`."
        ),
    }
}

/// Whitespace runs become one space and typographic quotes straight ones, so
/// Markdown and `pdftotext` output can be compared across line breaks.
fn squash(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['“', '”'], "\"")
        .replace(['‘', '’'], "'")
}

/// The text of each page of a PDF, squashed.
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let info = String::from_utf8_lossy(&run_tool("pdfinfo", &[utf8(pdf)]).stdout).into_owned();
    let count: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo printed no page count:\n{info}"));
    (1..=count)
        .map(|n| {
            let n = n.to_string();
            let args = ["-f", &n, "-l", &n, "-layout", utf8(pdf), "-"];
            squash(&String::from_utf8_lossy(
                &run_tool("pdftotext", &args).stdout,
            ))
        })
        .collect()
}

/// A Markdown heading: its level (1 to 3) and its text as a reader sees it.
#[derive(Debug, Clone)]
struct Heading {
    level: usize,
    text: String,
}

/// Every heading of a Markdown document, inline markup removed.
fn headings(markdown: &str) -> Vec<Heading> {
    markdown
        .lines()
        .filter(|line| line.starts_with('#'))
        .map(|line| Heading {
            level: line.chars().take_while(|c| *c == '#').count().min(3),
            text: squash(&line.trim_start_matches('#').replace(['*', '`'], "")),
        })
        .collect()
}

/// One paragraph of the DOCX body: its style id and its text.
#[derive(Debug, Default)]
struct Paragraph {
    style: Option<String>,
    text: String,
}

/// The paragraphs of `word/document.xml`, read from the DOCX zip. Malformed
/// XML fails the test: Word would refuse the file.
fn docx_paragraphs(docx: &[u8]) -> Vec<Paragraph> {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).expect("the DOCX is a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("the DOCX has word/document.xml")
        .read_to_string(&mut xml)
        .expect("document.xml is UTF-8");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut paragraphs, mut current, mut in_text) = (Vec::new(), None::<Paragraph>, false);
    loop {
        match reader.read_event().expect("document.xml is well formed") {
            Event::Start(e) if e.name().as_ref() == b"w:p" => current = Some(Paragraph::default()),
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::Empty(e) if e.name().as_ref() == b"w:pStyle" => {
                let style = e
                    .try_get_attribute("w:val")
                    .expect("well-formed attributes")
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned());
                if let Some(p) = current.as_mut() {
                    p.style = style;
                }
            }
            Event::Text(t) if in_text => {
                if let Some(p) = current.as_mut() {
                    p.text.push_str(&t.decode().expect("UTF-8 text"));
                }
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().expect("UTF-8 entity");
                let resolved = match r.resolve_char_ref().expect("a valid character reference") {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap_or_else(|| panic!("unknown entity &{name};"))
                        .to_owned(),
                };
                if let Some(p) = current.as_mut() {
                    p.text.push_str(&resolved);
                }
            }
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::End(e) if e.name().as_ref() == b"w:p" => paragraphs.extend(current.take()),
            Event::Eof => break,
            _ => {}
        }
    }
    paragraphs
}

/// One example, exported once for all the tests of this file.
struct Exported {
    /// The example's file name, for failure messages.
    name: String,
    /// The four Markdown documents, in reading order.
    markdown: Vec<String>,
    /// The PDF's pages, squashed.
    pages: Vec<String>,
    /// The DOCX body's paragraphs.
    paragraphs: Vec<Paragraph>,
}

/// Exports one example as Markdown (the reference) and as PDF and DOCX.
fn export(idea: &Path) -> Exported {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (md, print) = (dir.path().join("md"), dir.path().join("print"));
    write_ok(idea, "md", &md);
    write_ok(idea, "pdf,docx", &print);
    let markdown = DOCUMENTS
        .iter()
        .map(|doc| fs::read_to_string(md.join(doc)).expect("the Markdown was written"))
        .collect();
    let pdf = only_file(&print, "pdf");
    let docx = fs::read(only_file(&print, "docx")).expect("the DOCX was written");
    Exported {
        name: idea
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        markdown,
        pages: pdf_pages(&pdf),
        paragraphs: docx_paragraphs(&docx),
    }
}

/// The one file with extension `ext` in `dir`.
fn only_file(dir: &Path, ext: &str) -> PathBuf {
    let found: Vec<PathBuf> = listing(dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == ext))
        .collect();
    assert_eq!(found.len(), 1, "one .{ext} file in {}", dir.display());
    found.into_iter().next().expect("checked above")
}

/// The files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("a readable directory")
        .map(|entry| entry.expect("a readable entry").path())
        .collect();
    files.sort();
    files
}

/// Every example exported once: typesetting is the slow part, and the tests
/// only read the results.
fn exported() -> &'static [Exported] {
    static EXPORTED: OnceLock<Vec<Exported>> = OnceLock::new();
    EXPORTED.get_or_init(|| examples().iter().map(|idea| export(idea)).collect())
}

#[test]
fn the_pdf_shows_every_heading_of_every_document() {
    for example in exported() {
        let text = example.pages.join(" ");
        let mut checked = 0;
        for heading in example.markdown.iter().flat_map(|md| headings(md)) {
            assert!(
                text.contains(&heading.text),
                "{}: heading {:?} is not in the PDF text",
                example.name,
                heading.text
            );
            checked += 1;
        }
        assert!(checked >= 12, "{}: only {checked} headings", example.name);
    }
}

#[test]
fn the_press_release_fits_on_one_page_of_its_own() {
    for example in exported() {
        let (name, pages) = (&example.name, &example.pages);
        let press_release = &example.markdown[1];
        let all = headings(press_release);
        let title = &all.first().expect("the press release has a title").text;
        // The title alone can be the idea's name, which every running header
        // repeats: the page is the one where the title runs into the first line.
        let body_lines = || {
            press_release
                .lines()
                .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
                .map(|line| squash(&line.replace(['*', '_', '`'], "")))
        };
        let first_line = body_lines().next().expect("the press release has text");
        let last_line = body_lines()
            .next_back()
            .expect("the press release has text");
        let opening = format!("{title} {first_line}");
        let page = pages
            .iter()
            .position(|p| p.contains(&opening))
            .unwrap_or_else(|| panic!("{name}: no page holds {opening:?}"));
        for heading in &all {
            assert!(
                pages[page].contains(&heading.text),
                "{name}: {:?} is not on the press release's page {}",
                heading.text,
                page + 1
            );
        }
        assert!(
            pages[page].contains(&last_line),
            "{name}: the press release runs past page {}: {last_line:?} is not on it",
            page + 1
        );
        // The page before ends the verdict; the next page starts the FAQ.
        let verdict_title = &headings(&example.markdown[0])[0].text;
        let faq_title = &headings(&example.markdown[2])[0].text;
        assert!(
            !pages[page].contains(verdict_title.as_str()),
            "{name}: the verdict shares the press release's page"
        );
        // Past the running header (which ends with the date), only the small
        // label above the title may come before the FAQ's title.
        let next = pages.get(page + 1).expect("a page after the press release");
        let header_ends = next.find(DATE).map_or(0, |at| at + DATE.len());
        let title_at = next[header_ends..].find(faq_title.as_str());
        assert!(
            title_at.is_some_and(|at| at <= 20),
            "{name}: page {} does not start with {faq_title:?}: {next}",
            page + 2
        );
    }
}

#[test]
fn the_docx_gives_every_heading_its_heading_style() {
    for example in exported() {
        let mut checked = 0;
        for heading in example.markdown.iter().flat_map(|md| headings(md)) {
            let paragraph = example
                .paragraphs
                .iter()
                // The title block repeats the idea's name: skip it.
                .filter(|p| !matches!(p.style.as_deref(), Some("Title" | "Subtitle")))
                .find(|p| squash(&p.text) == heading.text)
                .unwrap_or_else(|| {
                    panic!(
                        "{}: heading {:?} is not a paragraph of the DOCX",
                        example.name, heading.text
                    )
                });
            let expected = format!("Heading{}", heading.level);
            assert_eq!(
                paragraph.style.as_deref(),
                Some(expected.as_str()),
                "{}: style of {:?}",
                example.name,
                heading.text
            );
            checked += 1;
        }
        assert!(checked >= 12, "{}: only {checked} headings", example.name);
        assert_eq!(
            example.paragraphs[0].style.as_deref(),
            Some("Title"),
            "{}: the title block comes first",
            example.name
        );
    }
}

/// The strong example: the one used for the single-idea tests below.
fn strong_example() -> PathBuf {
    examples()
        .into_iter()
        .find(|path| path.to_string_lossy().contains("strong"))
        .expect("examples/ has a strong idea")
}

#[test]
fn one_call_writes_all_five_formats() {
    let dir = tempfile::tempdir().expect("a temp dir");
    write_ok(&strong_example(), "md,html,json,pdf,docx", dir.path());
    let files = listing(dir.path());
    let names: Vec<String> = files
        .iter()
        .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    for doc in DOCUMENTS {
        assert!(names.iter().any(|n| n == doc), "{doc} missing: {names:?}");
    }
    assert_eq!(
        names.len(),
        8,
        "four .md, one .html, .json, .pdf, .docx: {names:?}"
    );
    let read = |ext| fs::read(only_file(dir.path(), ext)).expect("readable");
    assert!(read("pdf").starts_with(b"%PDF-"), "not a PDF");
    assert!(read("docx").starts_with(b"PK\x03\x04"), "not a zip");
    assert!(
        read("html").starts_with(b"<!DOCTYPE html>"),
        "not an HTML page"
    );
    let json: serde_json::Value = serde_json::from_slice(&read("json")).expect("valid JSON");
    assert!(
        json["documents"]["prd"]
            .as_str()
            .is_some_and(|p| !p.is_empty())
    );
}

#[test]
fn an_existing_target_stops_the_run_before_any_file_is_written() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let idea = strong_example();
    let reference = dir.path().join("reference");
    write_ok(&idea, "docx", &reference);
    let docx_name = only_file(&reference, "docx")
        .file_name()
        .expect("a file name")
        .to_owned();
    let out = dir.path().join("out");
    fs::create_dir(&out).expect("mkdir");
    fs::write(out.join(&docx_name), "my edited copy").expect("write");
    let output = write(&idea, "md,html,json,pdf,docx", &out, &[]);
    assert!(
        !output.status.success(),
        "an existing target must refuse the run"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--force"),
        "the error says how to replace: {stderr}"
    );
    assert_eq!(
        listing(&out),
        vec![out.join(&docx_name)],
        "nothing else was written"
    );
    assert_eq!(
        fs::read_to_string(out.join(&docx_name)).expect("readable"),
        "my edited copy"
    );
}

#[test]
fn a_format_that_cannot_be_written_leaves_no_half_written_file() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let idea = strong_example();
    let reference = dir.path().join("reference");
    write_ok(&idea, "md,html,json,pdf,docx", &reference);
    // A directory where the PDF should go: even --force cannot replace it,
    // so the run fails part-way, after the Markdown, HTML and JSON.
    let out = dir.path().join("out");
    let pdf_name = only_file(&reference, "pdf")
        .file_name()
        .expect("a name")
        .to_owned();
    fs::create_dir_all(out.join(&pdf_name)).expect("mkdir");
    let output = write(&idea, "md,html,json,pdf,docx", &out, &["--force"]);
    assert!(
        !output.status.success(),
        "writing over a directory must fail"
    );
    for path in listing(&out) {
        let name = path.file_name().expect("a name").to_owned();
        if name == pdf_name {
            assert!(path.is_dir(), "the directory is untouched");
            continue;
        }
        // Whatever was written is whole: byte for byte the reference run's file.
        let written = fs::read(&path).expect("readable");
        let whole = fs::read(reference.join(&name)).unwrap_or_else(|_| {
            panic!(
                "{} is not a file the run should write (a temp file left behind?)",
                path.display()
            )
        });
        assert!(written == whole, "{} is not the whole file", path.display());
    }
    let nested = listing(&out.join(&pdf_name));
    assert!(
        nested.is_empty(),
        "nothing was written into the directory: {nested:?}"
    );
}

#[test]
fn an_unwritable_out_directory_writes_nothing() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let blocker = dir.path().join("a-file");
    fs::write(&blocker, "not a directory").expect("write");
    let output = write(&strong_example(), "md,pdf,docx", &blocker.join("out"), &[]);
    assert!(!output.status.success(), "--out under a file must fail");
    assert_eq!(listing(dir.path()), vec![blocker.clone()]);
    assert_eq!(
        fs::read_to_string(&blocker).expect("readable"),
        "not a directory"
    );
}
