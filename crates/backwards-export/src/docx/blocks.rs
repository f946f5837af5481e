//! Blocks → Word paragraphs and tables.
//!
//! The [`Writer`] also owns two things docx-rs would otherwise take from
//! process-wide counters, which would make the output differ between two exports of
//! the same input: paragraph ids (we number them ourselves) and list numberings (one
//! Word numbering instance per numbered list, so each list restarts at its own start).

use docx_rs::{
    AbstractNumbering, IndentLevel, Level, LevelJc, LevelOverride, LevelText, NumberFormat,
    Numbering, NumberingId, Paragraph, Run, Shading, SpecialIndentType, Start, Table, TableCell,
    TableLayoutType, TableRow, WidthType,
};

use super::inline::{self, Format};
use super::styles::{self, id};
use crate::model::{self, Align, Block, Column, Inline, ListItem};

// docx-rs always writes an abstract numbering 1 and a numbering instance 1 of its
// own (a decimal list), so ours start at 2.
/// The abstract numbering of every bulleted list, and its one instance.
const BULLETS: usize = 2;
/// The abstract numbering every numbered list instantiates.
const DECIMAL: usize = 3;
/// List nesting Word supports (levels 0-8).
const MAX_LEVEL: usize = 8;

/// One thing in the document body, in order.
pub(crate) enum Item {
    /// A paragraph (boxed, as is the table: docx-rs elements are large, ~2 KB
    /// for a paragraph, and very unequal).
    Paragraph(Box<Paragraph>),
    /// A table.
    Table(Box<Table>),
}

/// One Word numbering instance: a list's bullets or its own count.
pub(crate) struct ListNumbering {
    /// The id paragraphs refer to.
    pub num_id: usize,
    /// The abstract numbering (bullets or decimal) it instantiates.
    pub abstract_id: usize,
    /// `(level, first number)` where a numbered list restarts.
    pub restart: Option<(usize, usize)>,
}

/// Accumulates the body of the DOCX.
pub(crate) struct Writer {
    /// The body so far.
    pub items: Vec<Item>,
    /// Numbering instances to register with the document.
    pub numberings: Vec<ListNumbering>,
    next_paragraph: u32,
    /// The text width in twentieths of a point, for table column widths.
    text_width: usize,
}

impl Writer {
    /// An empty body for a page whose text area is `text_width` twips wide.
    pub(crate) fn new(text_width: usize) -> Self {
        // The first instance is the shared bullet list; numbered lists follow.
        Self {
            items: Vec::new(),
            numberings: vec![ListNumbering {
                num_id: BULLETS,
                abstract_id: BULLETS,
                restart: None,
            }],
            next_paragraph: 0,
            text_width,
        }
    }

    /// A new paragraph with the next id of this document.
    pub(crate) fn paragraph(&mut self) -> Paragraph {
        self.next_paragraph += 1;
        // Word wants ids below 0x80000000 as 8 hex digits.
        Paragraph::new().id(format!("{:08X}", self.next_paragraph))
    }

    /// Appends a paragraph to the body.
    pub(crate) fn push(&mut self, paragraph: Paragraph) {
        self.items.push(Item::Paragraph(Box::new(paragraph)));
    }

    /// Appends blocks to the body.
    pub(crate) fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            self.block(block, 0);
        }
    }

    fn block(&mut self, block: &Block, depth: usize) {
        match block {
            Block::Heading { level, content } => {
                let index = usize::from(level.clamp(&1, &3) - 1);
                let p = self.paragraph().style(id::HEADINGS[index]);
                let p = add_runs(p, inline::runs(content, Format::default()));
                self.push(p);
            }
            Block::Paragraph(content) => {
                let style = if model::is_unanswered(content) {
                    Some(id::UNANSWERED)
                } else {
                    None
                };
                let p = self.paragraph();
                let p = if let Some(style) = style {
                    p.style(style)
                } else {
                    p
                };
                let p = add_runs(p, inline::runs(content, Format::default()));
                self.push(p);
            }
            Block::List { start, items } => self.list(*start, items, depth),
            Block::Quote(inner) => self.quote(inner, depth),
            Block::Code(code) => {
                let p = self.paragraph().style(id::CODE);
                let p = add_runs(p, code_runs(code));
                self.push(p);
            }
            Block::Table(table) => {
                let table = self.table(table);
                self.items.push(Item::Table(Box::new(table)));
            }
            Block::Rule => {
                let mut p = self.paragraph();
                let line = docx_rs::ParagraphBorder::new(docx_rs::ParagraphBorderPosition::Bottom)
                    .val(docx_rs::BorderType::Single)
                    .size(4)
                    .color(styles::RULE);
                p.property = p.property.set_borders(styles::only(line));
                self.push(p);
            }
        }
    }

    fn quote(&mut self, inner: &[Block], depth: usize) {
        for block in inner {
            match block {
                Block::Paragraph(content) => {
                    let p = self.paragraph().style(id::QUOTE);
                    let p = add_runs(p, inline::runs(content, Format::default()));
                    self.push(p);
                }
                other => self.block(other, depth),
            }
        }
    }

    fn list(&mut self, start: Option<u64>, items: &[ListItem], depth: usize) {
        let level = depth.min(MAX_LEVEL);
        let num_id = match start {
            None => BULLETS,
            Some(first) => {
                // Each numbered list is its own numbering instance, restarting at `first`.
                let num_id = BULLETS + self.numberings.len();
                let first = usize::try_from(first).unwrap_or(1);
                let restart = Some((level, first));
                self.numberings.push(ListNumbering {
                    num_id,
                    abstract_id: DECIMAL,
                    restart,
                });
                num_id
            }
        };
        for item in items {
            self.list_item(item, num_id, level, depth);
        }
    }

    fn list_item(&mut self, item: &ListItem, num_id: usize, level: usize, depth: usize) {
        let mut numbered = false;
        for block in &item.blocks {
            match block {
                // The first paragraph carries the bullet; later ones align with it.
                Block::Paragraph(content) => {
                    let mut p = self.paragraph().style(id::LIST);
                    if numbered {
                        p = p.indent(Some(indent_of(level)), None, None, None);
                    } else {
                        p = p.numbering(NumberingId::new(num_id), IndentLevel::new(level));
                        if let Some(done) = item.task {
                            p = p.add_run(Run::new().add_text(if done { "☑ " } else { "☐ " }));
                        }
                    }
                    if model::is_unanswered(content) {
                        p.property = p
                            .property
                            .shading(Shading::new().fill(styles::GAP_FILL).color("auto"));
                    }
                    numbered = true;
                    let p = add_runs(p, inline::runs(content, Format::default()));
                    self.push(p);
                }
                Block::List { start, items } => self.list(*start, items, depth + 1),
                other => self.block(other, depth + 1),
            }
        }
    }

    fn table(&mut self, table: &model::Table) -> Table {
        let widths = column_widths(&table.columns(), self.text_width);
        let priority = table
            .is_requirements()
            .then(|| table.priority_column())
            .flatten();
        let mut rows = Vec::with_capacity(table.rows.len() + 1);
        let head: Vec<TableCell> = table
            .head
            .iter()
            .zip(&widths)
            .zip(&table.aligns)
            .map(|((cell, width), align)| {
                let shading = Shading::new().fill(styles::HEAD_FILL).color("auto");
                self.cell(cell, *width, *align, Format::bold())
                    .shading(shading)
            })
            .collect();
        rows.push(TableRow::new(head).cant_split());
        for row in &table.rows {
            let cells: Vec<TableCell> = row
                .iter()
                .zip(&widths)
                .zip(&table.aligns)
                .enumerate()
                .map(|(index, ((cell, width), align))| {
                    if priority == Some(index)
                        && let Some(level) = model::priority_level(&model::plain_text(cell))
                    {
                        return self.priority_cell(level, *width);
                    }
                    let tc = self.cell(cell, *width, *align, Format::default());
                    if model::is_unanswered(cell) {
                        tc.shading(Shading::new().fill(styles::GAP_FILL).color("auto"))
                    } else {
                        tc
                    }
                })
                .collect();
            rows.push(TableRow::new(cells).cant_split());
        }
        Table::new(rows)
            .style(id::TABLE)
            .set_borders(styles::table_borders())
            .layout(TableLayoutType::Fixed)
            .width(self.text_width, WidthType::Dxa)
            .set_grid(widths)
    }

    fn cell(
        &mut self,
        content: &[Inline],
        width: usize,
        align: Align,
        format: Format,
    ) -> TableCell {
        let mut p = self.paragraph().style(id::TABLE_TEXT);
        p = match align {
            Align::Center => p.align(docx_rs::AlignmentType::Center),
            Align::Right => p.align(docx_rs::AlignmentType::Right),
            Align::None | Align::Left => p,
        };
        // Every cell gets a paragraph of ours, even an empty one: Word requires one,
        // and docx-rs would otherwise add one with an id from its global counter.
        let p = add_runs(p, inline::runs(content, format));
        TableCell::new()
            .add_paragraph(p)
            .width(width, WidthType::Dxa)
    }
}

impl Writer {
    /// A requirement's priority in bold, red for P0, orange for P1, grey after.
    fn priority_cell(&mut self, level: &str, width: usize) -> TableCell {
        let color = match level {
            "P0" | "p0" => "B91C1C",
            "P1" | "p1" => "C2410C",
            _ => styles::MUTED,
        };
        let run = inline::text_run(level).bold().color(color);
        let p = self.paragraph().style(id::TABLE_TEXT).add_run(run);
        TableCell::new()
            .add_paragraph(p)
            .width(width, WidthType::Dxa)
    }
}

fn add_runs(mut paragraph: Paragraph, runs: Vec<Run>) -> Paragraph {
    for run in runs {
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

/// A code block as one run per line, separated by line breaks, so it stays one
/// shaded paragraph.
fn code_runs(code: &str) -> Vec<Run> {
    code.split('\n')
        .enumerate()
        .map(|(index, line)| {
            let run = Run::new();
            let run = if index > 0 {
                run.add_break(docx_rs::BreakType::TextWrapping)
            } else {
                run
            };
            run.add_text(inline::xml_safe(line.trim_end_matches('\r')))
        })
        .collect()
}

/// Column widths in twips: a narrow column gets room for its longest cell, the
/// others share what is left by weight.
fn column_widths(columns: &[Column], text_width: usize) -> Vec<usize> {
    // About 110 twips per character at 9.5 pt, plus the cell's side margins.
    let narrow_width = |c: &Column| (c.longest * 110 + 300).clamp(500, 1_800);
    let narrow: usize = columns
        .iter()
        .filter(|c| c.weight == 0)
        .map(narrow_width)
        .sum();
    let total: usize = columns.iter().map(|c| c.weight as usize).sum();
    let remaining = text_width.saturating_sub(narrow);
    if total == 0 || remaining < 1_000 {
        let share = text_width / columns.len().max(1);
        return vec![share; columns.len()];
    }
    let mut widths: Vec<usize> = columns
        .iter()
        .map(|c| {
            if c.weight == 0 {
                narrow_width(c)
            } else {
                remaining * c.weight as usize / total
            }
        })
        .collect();
    // Integer division loses a few twips; the last shared column takes them, so
    // the grid spans exactly the text width.
    let lost = text_width.saturating_sub(widths.iter().sum());
    if let Some(last) = columns.iter().rposition(|c| c.weight > 0) {
        widths[last] += lost;
    }
    widths
}

/// Left indent of list level `level`, in twips.
fn indent_of(level: usize) -> i32 {
    let level = i32::try_from(level).unwrap_or(0);
    360 + 360 * level
}

/// The two abstract numberings: bullets and decimal, each with all nine levels.
pub(crate) fn abstract_numberings() -> [AbstractNumbering; 2] {
    let bullets = ["•", "–", "▪"];
    let mut bullet = AbstractNumbering::new(BULLETS);
    let mut decimal = AbstractNumbering::new(DECIMAL);
    for level in 0..=MAX_LEVEL {
        let indent = Some(indent_of(level));
        let hanging = Some(SpecialIndentType::Hanging(360));
        bullet = bullet.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new(bullets[level % 3]),
                LevelJc::new("left"),
            )
            .indent(indent, hanging, None, None),
        );
        let (format, text) = match level % 3 {
            0 => ("decimal", format!("%{}.", level + 1)),
            1 => ("lowerLetter", format!("%{}.", level + 1)),
            _ => ("lowerRoman", format!("%{}.", level + 1)),
        };
        decimal = decimal.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(indent, hanging, None, None),
        );
    }
    [bullet, decimal]
}

/// The docx-rs numbering instance, restarting where the list says.
pub(crate) fn numbering(list: &ListNumbering) -> Numbering {
    let numbering = Numbering::new(list.num_id, list.abstract_id);
    match list.restart {
        Some((level, first)) => numbering.add_override(LevelOverride::new(level).start(first)),
        None => numbering,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_fill_the_text_width() {
        let columns = [
            Column {
                longest: 5,
                weight: 0,
            },
            Column {
                longest: 90,
                weight: 20,
            },
            Column {
                longest: 30,
                weight: 10,
            },
        ];
        let widths = column_widths(&columns, 9000);
        assert_eq!(widths[0], 850);
        assert_eq!(widths[1] + widths[2], 8150);
        assert!(widths[1] > widths[2]);
    }

    #[test]
    fn all_narrow_columns_share_equally() {
        let narrow = Column {
            longest: 3,
            weight: 0,
        };
        assert_eq!(column_widths(&[narrow, narrow], 9000), vec![4500, 4500]);
    }
}
