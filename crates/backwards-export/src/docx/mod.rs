//! The DOCX: the same layout as the PDF, in Word styles.
//!
//! A4 pages with a running header naming the idea (from page two on) and
//! "Page N of M" in the footer; the title block on page one; each document starting
//! on a new page under a "heading 1", so the press release sits on a page of its own.

mod blocks;
mod inline;
mod styles;

use std::io::Cursor;

use docx_rs::{
    AlignmentType, Docx, Footer, Header, LineSpacing, LineSpacingType, NumPages, PageMargin,
    PageNum, Paragraph, Run, Tab, TabValueType,
};

use crate::ExportError;
use crate::ExportInput;
use crate::document::{self, Kind, Part, iso_date};
use crate::model::Block;
use blocks::{Item, Writer};
use inline::Format;
use styles::id;

/// A4 in twentieths of a point.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
/// 2.3 cm left and right, as in the PDF.
const SIDE_MARGIN: i32 = 1_304;
/// The width of the text column.
const TEXT_WIDTH: usize = 9_298;

/// Writes the DOCX.
pub(crate) fn render(input: &ExportInput<'_>) -> Result<Vec<u8>, ExportError> {
    let parts = document::parts(input);
    let mut writer = Writer::new(TEXT_WIDTH);
    title_block(&mut writer, input);
    for (index, part) in parts.iter().enumerate() {
        write_part(&mut writer, part, index > 0, input.scores_svg)?;
    }
    let docx = assemble(input, writer);
    let mut bytes = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(bytes.into_inner())
}

fn title_block(writer: &mut Writer, input: &ExportInput<'_>) {
    let title = writer
        .paragraph()
        .style(id::TITLE)
        .add_run(inline::text_run(input.idea_name));
    writer.push(title);
    let line = format!(
        "Working Backwards  ·  Version {}  ·  {}",
        input.version, input.date
    );
    let subtitle = writer
        .paragraph()
        .style(id::SUBTITLE)
        .add_run(inline::text_run(&line));
    writer.push(subtitle);
}

fn write_part(
    writer: &mut Writer,
    part: &Part,
    new_page: bool,
    scores_svg: Option<&str>,
) -> Result<(), ExportError> {
    let mut heading = writer
        .paragraph()
        .style(id::HEADINGS[0])
        .page_break_before(new_page);
    for run in inline::runs(&part.title, Format::default()) {
        heading = heading.add_run(run);
    }
    writer.push(heading);
    match (part.kind, scores_svg) {
        (Kind::Verdict, Some(svg)) => {
            // The overall call, then the picture, then the rest: as in the PDF.
            let split = usize::from(matches!(part.body.first(), Some(Block::Paragraph(_))));
            writer.blocks(&part.body[..split]);
            scores_picture(writer, svg)?;
            writer.blocks(&part.body[split..]);
        }
        _ => writer.blocks(&part.body),
    }
    Ok(())
}

/// The scores picture, centred, 78 % of the text width.
#[cfg(feature = "picture")]
fn scores_picture(writer: &mut Writer, svg: &str) -> Result<(), ExportError> {
    /// English Metric Units per twip.
    const EMU_PER_TWIP: u64 = 635;
    let png = crate::picture::png(svg)?;
    let width_emu = TEXT_WIDTH as u64 * EMU_PER_TWIP * 78 / 100;
    let height_emu = width_emu * u64::from(png.height) / u64::from(png.width.max(1));
    let clamp = |emu: u64| u32::try_from(emu).unwrap_or(u32::MAX);
    // docx-rs would number pictures from a process-wide counter; a fixed id keeps
    // the output reproducible (there is only one picture).
    let picture = docx_rs::Pic::new_with_dimensions(png.bytes, png.width, png.height)
        .id("rIdImage1")
        .size(clamp(width_emu), clamp(height_emu));
    let paragraph = writer
        .paragraph()
        .align(AlignmentType::Center)
        .add_run(Run::new().add_image(picture));
    writer.push(paragraph);
    Ok(())
}

/// Without the `picture` feature there is no rasteriser: the verdict's own text
/// still gives every score, so the picture is left out.
#[cfg(not(feature = "picture"))]
fn scores_picture(_writer: &mut Writer, _svg: &str) -> Result<(), ExportError> {
    Ok(())
}

/// Page setup, styles, numbering, header and footer around the written body.
fn assemble(input: &ExportInput<'_>, writer: Writer) -> Docx {
    let margin = PageMargin::new()
        .top(1_474)
        .bottom(1_361)
        .left(SIDE_MARGIN)
        .right(SIDE_MARGIN)
        .header(720)
        .footer(567);
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(margin)
        .default_fonts(styles::body_fonts())
        .default_size(21)
        .default_line_spacing(
            LineSpacing::new()
                .after(120)
                .line(264)
                .line_rule(LineSpacingType::Auto),
        );
    for style in styles::all() {
        docx = docx.add_style(style);
    }
    for numbering in blocks::abstract_numberings() {
        docx = docx.add_abstract_numbering(numbering);
    }
    let Writer {
        items, numberings, ..
    } = writer;
    for list in &numberings {
        docx = docx.add_numbering(blocks::numbering(list));
    }
    docx = page_furniture(docx, input);
    if let Some((y, m, d)) = iso_date(input.date) {
        let stamp = format!("{y:04}-{m:02}-{d:02}T00:00:00Z");
        docx = docx.created_at(&stamp).updated_at(&stamp);
    }
    for item in items {
        docx = match item {
            Item::Paragraph(p) => docx.add_paragraph(*p),
            Item::Table(t) => docx.add_table(*t),
        };
    }
    docx
}

/// The running header (not on page one, which has the title block) and the footer.
fn page_furniture(docx: Docx, input: &ExportInput<'_>) -> Docx {
    // Header and footer paragraphs get fixed ids of their own, outside the body's
    // range, for the same reproducibility reason as body paragraphs.
    let header_line = Paragraph::new()
        .id("7F000001")
        .style(id::HEADER)
        .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_WIDTH))
        .add_run(inline::text_run(input.idea_name).bold())
        .add_run(Run::new().add_tab().add_text(inline::xml_safe(&format!(
            "Working Backwards · {}",
            input.version
        ))));
    let footer_line = || {
        Paragraph::new()
            .style(id::FOOTER)
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text("Page "))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" of "))
            .add_num_pages(NumPages::new())
    };
    docx.header(Header::new().add_paragraph(header_line))
        .first_header(
            Header::new().add_paragraph(Paragraph::new().id("7F000002").style(id::HEADER)),
        )
        .footer(Footer::new().add_paragraph(footer_line().id("7F000003")))
        .first_footer(Footer::new().add_paragraph(footer_line().id("7F000004")))
        .title_pg()
}
