//! The Word styles the DOCX defines and uses.
//!
//! Real styles, not direct formatting, are what make a DOCX behave: Word's navigation
//! pane, LibreOffice's navigator and Google Docs' outline are all built from
//! paragraphs styled "heading N" with an outline level, and a reader who wants a
//! different look changes one style instead of every paragraph. The ids and names
//! follow Word's built-in ones (`Heading1` / "heading 1", `Title`, `ListParagraph`,
//! `Quote`, `Header`, `Footer`, `Hyperlink`), so each application maps them onto its
//! own built-in styles.

use docx_rs::{
    BorderType, LineSpacing, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, RunFonts,
    Shading, Style, StyleType, TableBorder, TableBorderPosition, TableBorders, TableProperty,
};

/// The accent colour of headings and rules (a dark navy).
pub(crate) const ACCENT: &str = "1F3A5F";
/// Secondary text: header, footer, subtitle.
pub(crate) const MUTED: &str = "5F6B7A";
/// Hairlines in tables.
pub(crate) const RULE: &str = "C9CED6";
/// The tinted header row of a table.
pub(crate) const HEAD_FILL: &str = "E8EDF3";
/// The pale amber behind an unanswered item.
pub(crate) const GAP_FILL: &str = "FFF5DC";
/// The amber of the "Not answered yet" tag.
pub(crate) const GAP_INK: &str = "B45309";

/// The body font. Georgia exists in Word, Google Docs and most LibreOffice installs;
/// where it does not, the application picks a serif of the same metrics class.
pub(crate) const BODY_FONT: &str = "Georgia";
/// Code and other verbatim text.
pub(crate) const MONO_FONT: &str = "Courier New";

/// Style ids the writer refers to.
pub(crate) mod id {
    /// The idea's name on page one.
    pub(crate) const TITLE: &str = "Title";
    /// "Working Backwards · version · date" under the title.
    pub(crate) const SUBTITLE: &str = "Subtitle";
    /// Heading styles by level (1 = a document's title).
    pub(crate) const HEADINGS: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
    /// Paragraphs inside bulleted and numbered lists.
    pub(crate) const LIST: &str = "ListParagraph";
    /// Blockquotes.
    pub(crate) const QUOTE: &str = "Quote";
    /// Code blocks.
    pub(crate) const CODE: &str = "Code";
    /// A paragraph that is not answered yet.
    pub(crate) const UNANSWERED: &str = "NotAnsweredYet";
    /// The "Not answered yet" words themselves.
    pub(crate) const UNANSWERED_TAG: &str = "NotAnsweredYetTag";
    /// Link text.
    pub(crate) const HYPERLINK: &str = "Hyperlink";
    /// Inline code.
    pub(crate) const CODE_CHAR: &str = "CodeChar";
    /// Running header and footer.
    pub(crate) const HEADER: &str = "Header";
    /// Page numbers.
    pub(crate) const FOOTER: &str = "Footer";
    /// Text inside table cells.
    pub(crate) const TABLE_TEXT: &str = "TableText";
    /// The table style of every table.
    pub(crate) const TABLE: &str = "BackwardsTable";
}

/// Twentieths of a point, the unit of Word spacing.
const fn pt(points: u32) -> u32 {
    points * 20
}

/// Every style the document uses, in the order they appear in Word's style list.
pub(crate) fn all() -> Vec<Style> {
    let mut styles = vec![title(), subtitle()];
    styles.extend((1..=3).map(heading));
    styles.extend([
        list_paragraph(),
        quote(),
        code(),
        unanswered(),
        unanswered_tag(),
        hyperlink(),
        code_char(),
        header_footer(id::HEADER, "header"),
        header_footer(id::FOOTER, "footer"),
        table_text(),
        table(),
    ]);
    styles
}

fn paragraph(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
}

fn spacing(style: Style, before: u32, after: u32) -> Style {
    style.line_spacing(LineSpacing::new().before(before).after(after))
}

fn title() -> Style {
    let style = paragraph(id::TITLE, "Title").size(52).color(ACCENT).bold();
    spacing(style, pt(6), pt(2))
}

fn subtitle() -> Style {
    let style = paragraph(id::SUBTITLE, "Subtitle").size(21).color(MUTED);
    let mut style = spacing(style, 0, pt(18));
    let rule = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
        .val(BorderType::Single)
        .size(12)
        .space(6)
        .color(ACCENT);
    style.paragraph_property = style.paragraph_property.set_borders(only(rule));
    style
}

/// "heading 1" to "heading 3" with outline levels 0 to 2: the outline of the document.
fn heading(level: usize) -> Style {
    let index = level - 1;
    let (size, before, after) = [(38, 0, 8), (27, 16, 6), (22, 12, 3)][index];
    let mut style = paragraph(id::HEADINGS[index], &format!("heading {level}"))
        .size(size)
        .bold()
        .outline_lvl(index);
    if level < 3 {
        style = style.color(ACCENT);
    }
    let mut style = spacing(style, pt(before), pt(after));
    style.paragraph_property = style.paragraph_property.keep_next(true).keep_lines(true);
    if level == 1 {
        let rule = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
            .val(BorderType::Single)
            .size(8)
            .space(4)
            .color(ACCENT);
        style.paragraph_property = style.paragraph_property.set_borders(only(rule));
    }
    style
}

fn list_paragraph() -> Style {
    spacing(paragraph(id::LIST, "List Paragraph"), 0, pt(3))
}

fn quote() -> Style {
    let mut style = paragraph(id::QUOTE, "Quote").italic().color("333F4D");
    style = spacing(style, pt(4), pt(6)).indent(Some(480), None, None, None);
    let bar = ParagraphBorder::new(ParagraphBorderPosition::Left)
        .val(BorderType::Single)
        .size(12)
        .space(8)
        .color(RULE);
    style.paragraph_property = style.paragraph_property.set_borders(only(bar));
    style
}

fn code() -> Style {
    let mut style = paragraph(id::CODE, "Code").size(18).fonts(mono());
    style = spacing(style, pt(2), pt(8));
    style.paragraph_property = style
        .paragraph_property
        .shading(Shading::new().fill("F6F8FA").color("auto"));
    style
}

/// A pale amber box with an amber bar on the left, like the PDF's.
fn unanswered() -> Style {
    let mut style = paragraph(id::UNANSWERED, "Not Answered Yet");
    style = spacing(style, pt(4), pt(8));
    let bar = ParagraphBorder::new(ParagraphBorderPosition::Left)
        .val(BorderType::Single)
        .size(24)
        .space(6)
        .color(GAP_INK);
    style.paragraph_property = style
        .paragraph_property
        .shading(Shading::new().fill(GAP_FILL).color("auto"))
        .set_borders(only(bar));
    style
}

fn unanswered_tag() -> Style {
    let mut style = Style::new(id::UNANSWERED_TAG, StyleType::Character)
        .name("Not Answered Yet Tag")
        .bold()
        .color("FFFFFF");
    style.run_property = style
        .run_property
        .shading(Shading::new().fill(GAP_INK).color("auto"));
    style
}

fn hyperlink() -> Style {
    Style::new(id::HYPERLINK, StyleType::Character)
        .name("Hyperlink")
        .color(ACCENT)
        .underline("single")
}

fn code_char() -> Style {
    Style::new(id::CODE_CHAR, StyleType::Character)
        .name("Code Char")
        .size(19)
        .fonts(mono())
}

fn header_footer(id: &str, name: &str) -> Style {
    paragraph(id, name).size(17).color(MUTED)
}

fn table_text() -> Style {
    spacing(
        paragraph(id::TABLE_TEXT, "Table Text").size(19),
        pt(1),
        pt(1),
    )
}

/// Horizontal hairlines only, an accent line on top: the same table as the PDF's.
pub(crate) fn table_borders() -> TableBorders {
    let line = |position, size, color: &str| {
        TableBorder::new(position)
            .border_type(BorderType::Single)
            .size(size)
            .color(color)
    };
    TableBorders::with_empty()
        .set(line(TableBorderPosition::Top, 8, ACCENT))
        .set(line(TableBorderPosition::Bottom, 4, RULE))
        .set(line(TableBorderPosition::InsideH, 4, RULE))
}

fn table() -> Style {
    let property = TableProperty::new().set_borders(table_borders());
    Style::new(id::TABLE, StyleType::Table)
        .name("Backwards Table")
        .table_property(property)
}

/// Borders with just `border` set. docx-rs starts from all four sides when one is
/// set, which Word and LibreOffice draw as a box.
pub(crate) fn only(border: ParagraphBorder) -> ParagraphBorders {
    ParagraphBorders::with_empty().set(border)
}

fn mono() -> RunFonts {
    RunFonts::new()
        .ascii(MONO_FONT)
        .hi_ansi(MONO_FONT)
        .cs(MONO_FONT)
}

/// The document defaults: body font and size, and paragraph spacing.
pub(crate) fn body_fonts() -> RunFonts {
    RunFonts::new()
        .ascii(BODY_FONT)
        .hi_ansi(BODY_FONT)
        .cs(BODY_FONT)
        .east_asia(BODY_FONT)
}
