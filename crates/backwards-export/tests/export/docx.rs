//! The DOCX, opened as what it is: a zip of XML parts. We read `word/document.xml`
//! and `word/styles.xml` back and check headings, styles, tables and marks.

use std::io::{Cursor, Read};

use crate::common::{self, sample, squash};
use backwards_export::ExportInput;
use quick_xml::events::Event;

/// One paragraph of `document.xml`: its style and text, and its runs.
#[derive(Debug, Default)]
struct Para {
    style: Option<String>,
    text: String,
    page_break_before: bool,
    numbered: bool,
    runs: Vec<RunInfo>,
}

/// One run: its character style, whether it is shaded, and its text.
#[derive(Debug, Default, Clone)]
struct RunInfo {
    style: Option<String>,
    shaded: bool,
    text: String,
}

/// What the tests look at in a DOCX.
struct Parsed {
    paragraphs: Vec<Para>,
    /// Tables as rows of cell texts.
    tables: Vec<Vec<Vec<String>>>,
    styles: String,
    parts: Vec<String>,
}

fn unzip(bytes: &[u8]) -> (zip::ZipArchive<Cursor<&[u8]>>, Vec<String>) {
    let archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("the DOCX is a zip");
    let names = archive.file_names().map(str::to_owned).collect();
    (archive, names)
}

fn part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> String {
    let mut file = archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} is in the DOCX"));
    let mut xml = String::new();
    file.read_to_string(&mut xml).expect("the part is UTF-8");
    xml
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .expect("well-formed attributes")
        // The attributes read here (style ids, flags) never contain entities.
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

fn parse(bytes: &[u8]) -> Parsed {
    let (mut archive, parts) = unzip(bytes);
    let document = part(&mut archive, "word/document.xml");
    let styles = part(&mut archive, "word/styles.xml");
    let (paragraphs, tables) = parse_document(&document);
    Parsed {
        paragraphs,
        tables,
        styles,
        parts,
    }
}

/// Walks `document.xml`. Failing to parse it is a test failure: the XML must be
/// well formed whatever the user wrote.
fn parse_document(xml: &str) -> (Vec<Para>, Vec<Vec<Vec<String>>>) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut paragraphs, mut tables) = (Vec::new(), Vec::<Vec<Vec<String>>>::new());
    let mut para: Option<Para> = None;
    let mut run: Option<RunInfo> = None;
    let mut in_text = false;
    loop {
        let event = reader
            .read_event()
            .expect("document.xml is well-formed XML");
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.name().as_ref() {
                    b"w:p" if !empty => para = Some(Para::default()),
                    b"w:r" if !empty => run = Some(RunInfo::default()),
                    b"w:t" if !empty => in_text = true,
                    b"w:pStyle" => {
                        if let Some(p) = para.as_mut() {
                            p.style = attr(e, "w:val");
                        }
                    }
                    b"w:rStyle" => {
                        if let Some(r) = run.as_mut() {
                            r.style = attr(e, "w:val");
                        }
                    }
                    b"w:shd" => {
                        if let Some(r) = run.as_mut() {
                            r.shaded = true;
                        }
                    }
                    b"w:pageBreakBefore" => {
                        if let Some(p) = para.as_mut() {
                            p.page_break_before =
                                attr(e, "w:val").is_none_or(|v| v != "false" && v != "0");
                        }
                    }
                    b"w:numPr" => {
                        if let Some(p) = para.as_mut() {
                            p.numbered = true;
                        }
                    }
                    b"w:tbl" if !empty => tables.push(Vec::new()),
                    b"w:tr" if !empty => {
                        if let Some(t) = tables.last_mut() {
                            t.push(Vec::new());
                        }
                    }
                    b"w:tc" if !empty => {
                        if let Some(row) = tables.last_mut().and_then(|t| t.last_mut()) {
                            row.push(String::new());
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                push_text(
                    &t.decode().expect("UTF-8 text"),
                    &mut para,
                    &mut run,
                    &mut tables,
                );
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().expect("UTF-8 entity");
                let resolved = match r.resolve_char_ref().expect("valid character reference") {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap_or_else(|| panic!("unknown entity &{name};"))
                        .to_owned(),
                };
                push_text(&resolved, &mut para, &mut run, &mut tables);
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:r" => {
                    if let (Some(p), Some(r)) = (para.as_mut(), run.take()) {
                        p.runs.push(r);
                    }
                }
                b"w:p" => paragraphs.extend(para.take()),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    (paragraphs, tables)
}

fn push_text(
    text: &str,
    para: &mut Option<Para>,
    run: &mut Option<RunInfo>,
    tables: &mut [Vec<Vec<String>>],
) {
    if let Some(p) = para.as_mut() {
        p.text.push_str(text);
    }
    if let Some(r) = run.as_mut() {
        r.text.push_str(text);
    }
    // Text inside a table cell (the walker only sees the innermost open table).
    if let Some(cell) = tables
        .last_mut()
        .and_then(|t| t.last_mut())
        .and_then(|row| row.last_mut())
    {
        cell.push_str(text);
    }
}

fn export(input: &ExportInput<'_>) -> Vec<u8> {
    backwards_export::docx(input).expect("the DOCX is written")
}

/// `(level, text)` of every heading of a Markdown document; deeper than `###`
/// counts as level 3, as in the export.
fn markdown_headings(markdown: &str) -> Vec<(usize, String)> {
    markdown
        .lines()
        .filter(|line| line.starts_with('#'))
        .map(|line| {
            let level = line.chars().take_while(|c| *c == '#').count().min(3);
            (
                level,
                squash(&line.trim_start_matches('#').replace(['*', '`'], "")),
            )
        })
        .collect()
}

#[test]
fn every_heading_has_its_heading_style() {
    let doc = parse(&export(&sample()));
    let mut checked = 0;
    for markdown in common::DOCUMENTS {
        for (level, text) in markdown_headings(markdown) {
            let expected = format!("Heading{level}");
            let found = doc.paragraphs.iter().find(|p| squash(&p.text) == text);
            let para =
                found.unwrap_or_else(|| panic!("heading {text:?} is not a paragraph of the DOCX"));
            assert_eq!(
                para.style.as_deref(),
                Some(expected.as_str()),
                "style of heading {text:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 30, "only {checked} headings checked");
}

#[test]
fn styles_are_defined_with_outline_levels() {
    let doc = parse(&export(&sample()));
    for level in 1..=3 {
        let id = format!(r#"w:styleId="Heading{level}""#);
        let start = doc
            .styles
            .find(&id)
            .unwrap_or_else(|| panic!("style Heading{level} is defined"));
        let definition = &doc.styles[start
            ..doc.styles[start..]
                .find("</w:style>")
                .map_or(doc.styles.len(), |e| start + e)];
        assert!(
            definition.contains(&format!(r#"<w:name w:val="heading {level}" />"#)),
            "{definition}"
        );
        assert!(
            definition.contains(&format!(r#"<w:outlineLvl w:val="{}" />"#, level - 1)),
            "{definition}"
        );
    }
    for id in [
        "Title",
        "Subtitle",
        "ListParagraph",
        "Quote",
        "Header",
        "Footer",
        "NotAnsweredYet",
        "NotAnsweredYetTag",
    ] {
        assert!(
            doc.styles.contains(&format!(r#"w:styleId="{id}""#)),
            "style {id} is defined"
        );
    }
    assert!(
        doc.styles
            .contains(r#"<w:style w:type="table" w:styleId="BackwardsTable">"#),
        "table style"
    );
}

#[test]
fn title_block_comes_first() {
    let doc = parse(&export(&sample()));
    assert_eq!(doc.paragraphs[0].style.as_deref(), Some("Title"));
    assert_eq!(doc.paragraphs[0].text, "Kilnbook");
    assert_eq!(doc.paragraphs[1].style.as_deref(), Some("Subtitle"));
    assert!(
        doc.paragraphs[1].text.contains("Version v3")
            && doc.paragraphs[1].text.contains("2027-01-15")
    );
}

#[test]
fn each_document_starts_a_page_so_the_press_release_has_its_own() {
    let doc = parse(&export(&sample()));
    let titles: Vec<&Para> = doc
        .paragraphs
        .iter()
        .filter(|p| p.style.as_deref() == Some("Heading1"))
        .collect();
    assert_eq!(titles.len(), 4, "one title per document");
    assert!(
        !titles[0].page_break_before,
        "the verdict follows the title block"
    );
    assert!(
        titles[1]
            .text
            .starts_with("Kilnbook lets pottery studio members"),
        "{}",
        titles[1].text
    );
    for title in &titles[1..] {
        assert!(
            title.page_break_before,
            "{:?} starts a new page",
            title.text
        );
    }
}

#[test]
fn requirements_are_a_real_table() {
    let doc = parse(&export(&sample()));
    let table = doc
        .tables
        .iter()
        .find(|t| {
            t.first()
                .is_some_and(|head| head.iter().any(|c| c == "Acceptance criterion"))
        })
        .expect("the requirements table");
    assert_eq!(
        table[0],
        ["ID", "Requirement", "Priority", "Acceptance criterion"]
    );
    assert_eq!(table.len(), 7, "a header and six requirements");
    assert_eq!(table[1][2], "P0");
    assert!(
        table[6][3].starts_with("Not answered yet"),
        "{:?}",
        table[6]
    );
}

#[test]
fn unanswered_marks_are_tagged_runs() {
    let doc = parse(&export(&sample()));
    let tags: Vec<&RunInfo> = doc
        .paragraphs
        .iter()
        .flat_map(|p| &p.runs)
        .filter(|r| r.text == "Not answered yet")
        .collect();
    let expected: usize = [common::VERDICT, common::FAQ, common::PRD]
        .iter()
        .map(|md| md.matches("Not answered yet").count())
        .sum();
    assert_eq!(tags.len(), expected);
    for tag in tags {
        assert_eq!(tag.style.as_deref(), Some("NotAnsweredYetTag"));
        assert!(tag.shaded, "the tag is shaded");
    }
    let boxed = doc
        .paragraphs
        .iter()
        .filter(|p| p.style.as_deref() == Some("NotAnsweredYet"))
        .count();
    assert_eq!(boxed, 3, "the three unanswered FAQ paragraphs are boxed");
}

#[test]
fn lists_are_numbered_list_paragraphs() {
    let doc = parse(&export(&sample()));
    let items = doc
        .paragraphs
        .iter()
        .filter(|p| p.style.as_deref() == Some("ListParagraph"))
        .collect::<Vec<_>>();
    assert!(items.len() >= 25, "only {} list paragraphs", items.len());
    assert!(
        items.iter().all(|p| p.numbered),
        "every list paragraph has numbering"
    );
    assert!(
        doc.parts.iter().any(|p| p == "word/numbering.xml"),
        "the numbering part is written"
    );
}

#[test]
fn header_names_the_idea_and_footer_numbers_pages() {
    let bytes = export(&sample());
    let (mut archive, names) = unzip(&bytes);
    let headers: Vec<String> = names
        .iter()
        .filter(|n| n.starts_with("word/header"))
        .map(|n| part(&mut archive, n))
        .collect();
    assert!(
        headers.iter().any(|h| h.contains("Kilnbook")),
        "a header names the idea"
    );
    let footers: Vec<String> = names
        .iter()
        .filter(|n| n.starts_with("word/footer"))
        .map(|n| part(&mut archive, n))
        .collect();
    assert!(!footers.is_empty());
    for footer in footers {
        assert!(
            footer.contains("PAGE") && footer.contains("NUMPAGES"),
            "{footer}"
        );
    }
}

#[cfg(feature = "picture")]
#[test]
fn scores_picture_is_embedded_as_png() {
    let doc = parse(&export(&sample()));
    assert!(
        doc.parts
            .iter()
            .any(|p| p.starts_with("word/media/") && p.ends_with(".png")),
        "{:?}",
        doc.parts
    );
    let without = ExportInput {
        scores_svg: None,
        ..sample()
    };
    let doc = parse(&export(&without));
    assert!(
        !doc.parts.iter().any(|p| p.starts_with("word/media/")),
        "no picture without an SVG"
    );
}

#[test]
fn bad_svg_is_an_error_not_a_panic() {
    let input = ExportInput {
        scores_svg: Some("<svg"),
        ..sample()
    };
    let result = backwards_export::docx(&input);
    if cfg!(feature = "picture") {
        assert!(result.is_err(), "an unreadable SVG is reported");
    } else {
        assert!(result.is_ok(), "without a rasteriser the SVG is not read");
    }
}

#[test]
fn same_input_same_bytes_even_across_threads() {
    let first = export(&sample());
    assert!(export(&sample()) == first, "a second export differs");
    let other_thread = std::thread::spawn(|| export(&sample()))
        .join()
        .expect("the thread finishes");
    assert!(other_thread == first, "an export on another thread differs");
}

#[test]
fn special_characters_are_text_not_markup() {
    let hostile = r#"</w:t></w:r></w:p><w:p> & &amp; "quotes" 'apos' <![CDATA[x]]> <!-- c --> ]]>"#;
    let markdown =
        format!("# T {hostile}\n\nBody {hostile}\n\n| A | B |\n|---|---|\n| {hostile} | y |\n");
    let input = ExportInput {
        idea_name: hostile,
        version: "v1 <b>",
        date: "2027-01-15 & later",
        scores_svg: None,
        verdict_md: &markdown,
        press_release_md: &markdown,
        faq_md: &markdown,
        prd_md: &markdown,
    };
    let doc = parse(&export(&input));
    assert_eq!(
        doc.paragraphs[0].text, hostile,
        "the idea name is kept literally"
    );
    // Markdown itself turns `&amp;` into `&` and drops the comment and CDATA as raw
    // HTML; everything else must arrive as text.
    let body = doc
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("Body "))
        .expect("the body paragraph");
    assert!(
        body.text
            .contains(r#"</w:t></w:r></w:p><w:p> & & "quotes" 'apos'"#),
        "{}",
        body.text
    );
    assert!(body.text.contains("]]>"), "{}", body.text);
}
