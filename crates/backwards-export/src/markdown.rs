//! Markdown (CommonMark + GFM) → the small block model in [`crate::model`].
//!
//! pulldown-cmark hands us a flat stream of `Start`/`End` events. We rebuild the tree
//! with a few mutually recursive functions, one per kind of container, each consuming
//! events up to and including its own `End`. Anything the model has no place for
//! (raw HTML, for instance) is dropped rather than passed through: the PDF and DOCX
//! writers must only ever see text they escape themselves.
//!
//! Nesting depth is capped: a hostile `>>>>>>…` or a thousand nested lists would
//! otherwise recurse until the stack overflows. Past the cap a container's text is
//! kept, flattened into one paragraph.

use std::iter::Peekable;

use pulldown_cmark::{Alignment, Event, Options, Parser, Tag};

use crate::model::{Align, Block, Inline, ListItem, Table};

/// How deep containers (quotes, lists, emphasis) may nest before we flatten them.
const MAX_DEPTH: usize = 24;

/// Parses one Markdown document into blocks. Never fails: every input is some
/// document, at worst paragraphs of plain text.
pub(crate) fn parse(markdown: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut reader = Reader {
        events: Parser::new_ext(markdown, options).peekable(),
        depth: 0,
        tasks: Vec::new(),
    };
    reader.blocks()
}

/// The event stream plus the little state the tree rebuild needs.
struct Reader<'a> {
    events: Peekable<Parser<'a>>,
    /// Current container nesting, checked against [`MAX_DEPTH`].
    depth: usize,
    /// One slot per open list item: its GFM task marker, once seen. pulldown-cmark
    /// emits the marker inside the item's first paragraph, so it arrives after the
    /// item has started; a stack keeps nested items from taking their parent's.
    tasks: Vec<Option<bool>>,
}

impl<'a> Reader<'a> {
    /// Reads blocks until the enclosing container's `End` (consumed) or the input ends.
    fn blocks(&mut self) -> Vec<Block> {
        let mut blocks = Vec::new();
        loop {
            match self.events.peek() {
                None => break,
                Some(Event::End(_)) => {
                    self.events.next();
                    break;
                }
                // Tight list items hold their text directly, without a paragraph.
                Some(event) if is_inline(event) => {
                    let inlines = self.loose_inlines();
                    if !inlines.is_empty() {
                        blocks.push(Block::Paragraph(inlines));
                    }
                }
                Some(_) => {
                    if let Some(event) = self.events.next() {
                        blocks.extend(self.block_event(event));
                    }
                }
            }
        }
        blocks
    }

    /// Turns one block-level event into zero or more blocks.
    fn block_event(&mut self, event: Event<'a>) -> Vec<Block> {
        match event {
            Event::Start(tag) => self.block(tag),
            Event::Rule => vec![Block::Rule],
            Event::TaskListMarker(done) => {
                self.mark_task(done);
                Vec::new()
            }
            // Raw HTML and anything else without a place in the model is dropped.
            _ => Vec::new(),
        }
    }

    /// Reads the rest of a block whose `Start(tag)` was just consumed.
    fn block(&mut self, tag: Tag<'a>) -> Vec<Block> {
        let is_container = matches!(
            tag,
            Tag::BlockQuote(_) | Tag::List(_) | Tag::FootnoteDefinition(_)
        );
        if is_container && self.depth >= MAX_DEPTH {
            return vec![Block::Paragraph(vec![Inline::Text(self.flatten())])];
        }
        match tag {
            Tag::Paragraph => vec![Block::Paragraph(self.inlines())],
            Tag::Heading { level, .. } => {
                // `HeadingLevel` is `H1 = 1` … `H6 = 6`.
                let level = level as u8;
                vec![Block::Heading {
                    level,
                    content: self.inlines(),
                }]
            }
            Tag::BlockQuote(_) => vec![Block::Quote(self.nested(Self::blocks))],
            Tag::CodeBlock(_) => vec![self.code_block()],
            Tag::List(start) => vec![self.nested(|reader| reader.list(start))],
            Tag::Table(aligns) => vec![Block::Table(self.table(&aligns))],
            Tag::FootnoteDefinition(label) => {
                let mut blocks = self.nested(Self::blocks);
                if let Some(Block::Paragraph(first)) = blocks.first_mut() {
                    first.insert(0, Inline::Text(format!("[{label}] ")));
                }
                blocks
            }
            Tag::HtmlBlock => {
                self.skip();
                Vec::new()
            }
            // Any other container (definition lists, metadata…) keeps its text.
            _ => {
                let text = self.flatten();
                if text.trim().is_empty() {
                    Vec::new()
                } else {
                    vec![Block::Paragraph(vec![Inline::Text(text)])]
                }
            }
        }
    }

    /// Runs `read` one nesting level deeper.
    fn nested<T>(&mut self, read: impl FnOnce(&mut Self) -> T) -> T {
        self.depth += 1;
        let result = read(self);
        self.depth -= 1;
        result
    }

    fn code_block(&mut self) -> Block {
        let mut code = String::new();
        for event in self.events.by_ref() {
            match event {
                Event::Text(text) => code.push_str(&text),
                Event::End(_) => break,
                _ => {}
            }
        }
        Block::Code(code.trim_end_matches('\n').to_owned())
    }

    fn list(&mut self, start: Option<u64>) -> Block {
        let mut items = Vec::new();
        while let Some(event) = self.events.next() {
            match event {
                Event::Start(Tag::Item) => {
                    self.tasks.push(None);
                    let blocks = self.nested(Self::blocks);
                    let task = self.tasks.pop().flatten();
                    items.push(ListItem { task, blocks });
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        Block::List { start, items }
    }

    fn mark_task(&mut self, done: bool) {
        if let Some(slot) = self.tasks.last_mut() {
            slot.get_or_insert(done);
        }
    }

    fn table(&mut self, aligns: &[Alignment]) -> Table {
        let aligns: Vec<Align> = aligns.iter().map(|a| align(*a)).collect();
        let mut head = Vec::new();
        let mut rows = Vec::new();
        while let Some(event) = self.events.next() {
            match event {
                Event::Start(Tag::TableHead) => head = self.row(aligns.len()),
                Event::Start(Tag::TableRow) => rows.push(self.row(aligns.len())),
                Event::End(_) => break,
                _ => {}
            }
        }
        Table { aligns, head, rows }
    }

    /// Reads one row's cells, padded or cut to the table's width.
    fn row(&mut self, width: usize) -> Vec<Vec<Inline>> {
        let mut cells = Vec::new();
        while let Some(event) = self.events.next() {
            match event {
                Event::Start(Tag::TableCell) => cells.push(self.inlines()),
                Event::End(_) => break,
                _ => {}
            }
        }
        cells.resize_with(width, Vec::new);
        cells
    }

    /// Reads inline content up to the enclosing `End` (consumed).
    fn inlines(&mut self) -> Vec<Inline> {
        let mut out = Vec::new();
        while let Some(event) = self.events.next() {
            if matches!(event, Event::End(_)) {
                break;
            }
            self.inline_event(event, &mut out);
        }
        out
    }

    /// Reads inline events for as long as they come (tight list items).
    fn loose_inlines(&mut self) -> Vec<Inline> {
        let mut out = Vec::new();
        while self.events.peek().is_some_and(is_inline) {
            if let Some(event) = self.events.next() {
                self.inline_event(event, &mut out);
            }
        }
        out
    }

    fn inline_event(&mut self, event: Event<'a>, out: &mut Vec<Inline>) {
        match event {
            Event::Text(text) => push_text(out, &text),
            Event::SoftBreak => push_text(out, " "),
            Event::Code(code) | Event::InlineMath(code) | Event::DisplayMath(code) => {
                out.push(Inline::Code(code.into_string()));
            }
            Event::HardBreak => out.push(Inline::HardBreak),
            Event::FootnoteReference(label) => push_text(out, &format!("[{label}]")),
            Event::TaskListMarker(done) => self.mark_task(done),
            Event::Start(tag) => self.inline_tag(tag, out),
            // Inline HTML is dropped: it could only be shown as tag soup.
            _ => {}
        }
    }

    fn inline_tag(&mut self, tag: Tag<'a>, out: &mut Vec<Inline>) {
        if self.depth >= MAX_DEPTH {
            let text = self.flatten();
            push_text(out, &text);
            return;
        }
        let children = self.nested(Self::inlines);
        match tag {
            Tag::Strong => out.push(Inline::Strong(children)),
            Tag::Emphasis => out.push(Inline::Emph(children)),
            Tag::Strikethrough => out.push(Inline::Strike(children)),
            Tag::Link { dest_url, .. } => {
                out.push(Inline::Link {
                    url: dest_url.into_string(),
                    children,
                });
            }
            // An image cannot be shown from a URL we must not fetch: keep its alt text.
            Tag::Image { .. } => out.push(Inline::Emph(children)),
            // Superscript, subscript and anything new: keep the text.
            _ => {
                for child in children {
                    match child {
                        Inline::Text(text) => push_text(out, &text),
                        other => out.push(other),
                    }
                }
            }
        }
    }

    /// Consumes the rest of the current container, keeping only its text. Iterative,
    /// so it is safe at any depth.
    fn flatten(&mut self) -> String {
        let mut text = String::new();
        let mut open = 1usize;
        for event in self.events.by_ref() {
            match event {
                Event::Start(_) => open += 1,
                Event::End(_) => {
                    open -= 1;
                    if open == 0 {
                        break;
                    }
                }
                Event::Text(t) | Event::Code(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                _ => {}
            }
        }
        text
    }

    /// Consumes the rest of the current container and drops it.
    fn skip(&mut self) {
        let _ = self.flatten();
    }
}

/// Appends text, merging with a preceding text run (pulldown-cmark splits text at
/// every character that might have been markup, which would bloat the output).
fn push_text(out: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::Text(text.to_owned()));
    }
}

fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_)
        | Event::FootnoteReference(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        _ => false,
    }
}

fn align(alignment: Alignment) -> Align {
    match alignment {
        Alignment::None => Align::None,
        Alignment::Left => Align::Left,
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_owned())
    }

    #[test]
    fn headings_paragraphs_and_emphasis() {
        let blocks = parse("# Title\n\nSome **bold** and *it* `code`.\n");
        assert_eq!(
            blocks,
            vec![
                Block::Heading {
                    level: 1,
                    content: vec![text("Title")]
                },
                Block::Paragraph(vec![
                    text("Some "),
                    Inline::Strong(vec![text("bold")]),
                    text(" and "),
                    Inline::Emph(vec![text("it")]),
                    text(" "),
                    Inline::Code("code".to_owned()),
                    text("."),
                ]),
            ]
        );
    }

    #[test]
    fn tight_and_task_list_items() {
        let blocks = parse("- [x] done\n- [ ] open\n  - nested\n");
        let Block::List { start: None, items } = &blocks[0] else {
            panic!("expected a bullet list, got {blocks:?}");
        };
        assert_eq!(items[0].task, Some(true));
        assert_eq!(items[1].task, Some(false));
        assert_eq!(items[0].blocks, vec![Block::Paragraph(vec![text("done")])]);
        let Block::List { items: nested, .. } = &items[1].blocks[1] else {
            panic!("expected a nested list");
        };
        assert_eq!(nested[0].task, None);
    }

    #[test]
    fn tables_are_padded_to_the_header_width() {
        let blocks = parse("| Priority | Acceptance |\n|---|:-:|\n| P0 |\n");
        let Block::Table(table) = &blocks[0] else {
            panic!("expected a table, got {blocks:?}");
        };
        assert_eq!(table.aligns, vec![Align::None, Align::Center]);
        assert_eq!(table.rows, vec![vec![vec![text("P0")], vec![]]]);
    }

    #[test]
    fn raw_html_is_dropped() {
        let blocks = parse("<div>x</div>\n\nA <b>b</b> c\n");
        assert_eq!(blocks, vec![Block::Paragraph(vec![text("A b c")])]);
    }

    #[test]
    fn deep_nesting_is_flattened_not_overflowed() {
        let deep = format!("{}deep", "> ".repeat(10_000));
        let blocks = parse(&deep);
        assert_eq!(blocks.len(), 1);
        let mut depth = 0;
        let mut block = &blocks[0];
        while let Block::Quote(inner) = block {
            depth += 1;
            block = &inner[0];
        }
        assert!(depth <= MAX_DEPTH, "depth {depth}");
        assert_eq!(block, &Block::Paragraph(vec![text("deep")]));
    }
}
