//! The PDF: typst markup generated from the documents, typeset in memory.
//!
//! [`source`] writes one typst file: the template (`templates/document.typ`, which
//! holds every layout decision), then the title block and the four documents as
//! markup. [`render`] compiles it in a sealed [`world::ExportWorld`] and exports
//! the pages with typst-pdf (tagged PDF, subset fonts, byte-identical across runs).

mod markup;
mod world;

use std::fmt::Write as _;

use typst::diag::SourceDiagnostic;
use typst::ecow::EcoVec;

use crate::ExportError;
use crate::ExportInput;
use crate::document::{self, Kind, Part, iso_date};
use crate::model::{Block, Inline};

use markup::string_literal;

/// The layout: page furniture, typography and the helper functions the generated
/// markup calls (`conf`, `title-block`, `gap`, `scores`, `prio`, `press-release`,
/// `standfirst`).
const TEMPLATE: &str = include_str!("../../templates/document.typ");

/// How many compilations typst's memoisation cache may keep unused entries for.
/// Without eviction a long-running server would grow its cache with every export.
const CACHE_MAX_AGE: usize = 10;

/// Typesets the four documents into one PDF.
pub(crate) fn render(input: &ExportInput<'_>) -> Result<Vec<u8>, ExportError> {
    let parts = document::parts(input);
    let source = source(input, &parts);
    let world = world::ExportWorld::new(source, input.scores_svg, iso_date(input.date))
        .map_err(ExportError::Pdf)?;
    let compiled = typst::compile(&world).output;
    typst::comemo::evict(CACHE_MAX_AGE);
    let document = compiled.map_err(|errors| ExportError::Pdf(describe(&errors)))?;
    typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|errors| ExportError::Pdf(describe(&errors)))
}

/// typst's first few distinct error messages, joined. They describe the failing
/// construct (for example "failed to parse SVG"), not the document's text.
fn describe(errors: &EcoVec<SourceDiagnostic>) -> String {
    let mut messages: Vec<&str> = Vec::new();
    for error in errors {
        if !messages.contains(&error.message.as_str()) {
            messages.push(error.message.as_str());
        }
    }
    messages.truncate(5);
    messages.join("; ")
}

/// The complete typst source of an export.
pub(crate) fn source(input: &ExportInput<'_>, parts: &[Part]) -> String {
    let mut out = String::with_capacity(TEMPLATE.len() + 16 * 1024);
    out.push_str(TEMPLATE);
    let meta_date = match iso_date(input.date) {
        Some((y, m, d)) => format!("datetime(year: {y}, month: {m}, day: {d})"),
        None => "none".to_owned(),
    };
    let (name, version, date) = (
        string_literal(input.idea_name),
        string_literal(input.version),
        string_literal(input.date),
    );
    let _ = write!(
        out,
        "\n#show: conf.with(title: {name}, version: {version}, date: {date}, meta-date: {meta_date})\n\n\
         #title-block(name: {name}, version: {version}, date: {date})\n\n"
    );
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            out.push_str("#pagebreak()\n\n");
        }
        write_part(part, input.scores_svg.is_some(), &mut out);
    }
    out
}

/// The label above a document's title, naming the genre.
fn kicker(kind: Kind) -> &'static str {
    match kind {
        Kind::Verdict => "The verdict",
        Kind::PressRelease => "Press release",
        Kind::Faq => "FAQ",
        Kind::Prd => "Product requirements document",
    }
}

fn write_part(part: &Part, has_scores: bool, out: &mut String) {
    let _ = writeln!(out, "#kicker({})", string_literal(kicker(part.kind)));
    out.push_str("#heading(level: 1)[");
    markup::inlines(&part.title, out);
    out.push_str("]\n\n");
    match part.kind {
        Kind::Verdict if has_scores => {
            // The overall call reads best right above the picture of the scores.
            let split = usize::from(matches!(part.body.first(), Some(Block::Paragraph(_))));
            markup::blocks(&part.body[..split], out);
            let _ = writeln!(out, "#scores({})\n", string_literal(world::SCORES_PATH));
            markup::blocks(&part.body[split..], out);
        }
        Kind::PressRelease => {
            out.push_str("#press-release[\n");
            // The genre's sub-headline (the standfirst) comes right under the
            // headline, written either as a `##` or as one italic paragraph; any
            // later `##` is a section such as "How it works".
            let rest = match part.body.split_first() {
                Some((Block::Heading { level: 2, content }, rest)) => {
                    standfirst(content, out);
                    rest
                }
                Some((Block::Paragraph(content), rest)) => match content.as_slice() {
                    [Inline::Emph(inner)] => {
                        standfirst(inner, out);
                        rest
                    }
                    _ => &part.body[..],
                },
                _ => &part.body[..],
            };
            markup::blocks(rest, out);
            out.push_str("]\n\n");
        }
        _ => markup::blocks(&part.body, out),
    }
}

/// The press release's sub-headline, set larger than the text under it.
fn standfirst(content: &[Inline], out: &mut String) {
    out.push_str("#standfirst[");
    markup::inlines(content, out);
    out.push_str("]\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The markup of the press release alone.
    fn press_release_markup(markdown: &str) -> String {
        let input = ExportInput {
            idea_name: "Demo",
            version: "v1",
            date: "2027-01-15",
            scores_svg: None,
            verdict_md: "",
            press_release_md: markdown,
            faq_md: "",
            prd_md: "",
        };
        let parts = document::parts(&input);
        let mut out = String::new();
        write_part(&parts[1], false, &mut out);
        out
    }

    #[test]
    fn the_sub_headline_is_a_standfirst_and_later_sections_stay_headings() {
        for markdown in [
            "# Headline\n\n## Sub\n\nText.\n\n## How it works\n\nSteps.\n",
            "# Headline\n\n*Sub*\n\nText.\n\n## How it works\n\nSteps.\n",
        ] {
            let out = press_release_markup(markdown);
            assert!(out.contains("#standfirst[Sub]"), "{out}");
            assert!(out.contains("#heading(level: 2)[How it works]"), "{out}");
        }
        let plain = press_release_markup("# Headline\n\nText with *some* emphasis.\n");
        assert!(!plain.contains("#standfirst"), "{plain}");
    }
}
