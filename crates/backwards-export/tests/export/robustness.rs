//! Any Markdown, any idea name: the export succeeds and the DOCX stays valid XML.
//!
//! The generated documents come from an LLM and from people editing them, so the
//! exporter must never fail (or panic) on what they contain. These properties mix
//! the constructs that matter (headings, lists, tables, links, raw HTML, every
//! typst and XML special character) with arbitrary characters.

use std::io::{Cursor, Read};

use backwards_export::ExportInput;
use proptest::prelude::*;

fn fragment() -> impl Strategy<Value = String> {
    const CONSTRUCTS: &[&str] = &[
        "# ",
        "## ",
        "### ",
        "#### ",
        "\n",
        "\n\n",
        "- ",
        "1. ",
        "> ",
        "**",
        "*",
        "_",
        "`",
        "```\n",
        "~~",
        "| a | b |\n|---|:-:|\n| c | d |\n",
        "[x]()",
        "[l](javascript:alert(1))",
        "[w](https://example.com)",
        "<b>",
        "<!-- c -->",
        "&amp;",
        "&#0;",
        "Not answered yet",
        "- [ ] ",
        "[^1]",
        "[^1]: note\n",
        "---\n",
        "#",
        "$",
        "\\",
        "[",
        "]",
        "/*",
        "*/",
        "//",
        "<",
        ">",
        "@",
        "=",
        "+",
        "~",
        "\"",
        "'",
        "{",
        "}",
        "(",
        ")",
    ];
    prop_oneof![
        3 => proptest::sample::select(CONSTRUCTS).prop_map(str::to_owned),
        2 => "[a-zA-Z0-9 ]{0,12}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|parts| parts.concat())
}

fn input<'a>(name: &'a str, markdown: &'a str) -> ExportInput<'a> {
    ExportInput {
        idea_name: name,
        version: name,
        date: name,
        scores_svg: None,
        verdict_md: markdown,
        press_release_md: markdown,
        faq_md: markdown,
        prd_md: markdown,
    }
}

/// Every XML part of the DOCX parses, and holds no character XML 1.0 forbids.
fn assert_valid_docx(bytes: &[u8]) {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).expect("a zip entry");
        if !file.name().ends_with(".xml") && !file.name().ends_with(".rels") {
            continue;
        }
        let name = file.name().to_owned();
        let mut xml = String::new();
        file.read_to_string(&mut xml).expect("UTF-8 XML");
        // XML 1.0 allows C1 controls but no C0 control except tab and line ends.
        let forbidden = xml.chars().find(|c| {
            (*c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
        });
        assert_eq!(forbidden, None, "{name} holds a character XML forbids");
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{name} is not well-formed XML: {e}"),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_markdown_makes_a_valid_docx(md in markdown(), name in "\\PC{0,20}|[\\x00-\\x1f<>&]{0,5}") {
        let bytes = backwards_export::docx(&input(&name, &md)).expect("the DOCX is written");
        assert_valid_docx(&bytes);
    }
}

#[cfg(feature = "pdf")]
proptest! {
    // typst takes ~0.2 s per document in a debug build: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn any_markdown_typesets(md in markdown(), name in "\\PC{0,20}|[\\x00-\\x1f<>&#\"\\\\]{0,5}") {
        let result = backwards_export::pdf(&input(&name, &md));
        prop_assert!(result.is_ok(), "typst failed: {:?}", result.err());
    }
}
