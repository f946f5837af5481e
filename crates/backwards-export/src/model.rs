//! The small document model both back ends render.
//!
//! Markdown is parsed once (see [`crate::markdown`]) into these blocks, and the typst and
//! DOCX writers each walk the same tree. Keeping the model tiny is deliberate: it holds
//! only what the four generated documents use, so each writer is a short `match`, and
//! the two formats cannot drift apart in what they understand.

/// A run of inline content: text and the emphasis around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Inline {
    /// Plain user text, exactly as written (the writers escape it).
    Text(String),
    /// Inline code, set in the monospaced font.
    Code(String),
    /// `**bold**`.
    Strong(Vec<Inline>),
    /// `*italic*`.
    Emph(Vec<Inline>),
    /// `~~struck~~`.
    Strike(Vec<Inline>),
    /// A link; the writers show the label and keep the target.
    Link {
        /// The destination as written (never interpreted, only escaped).
        url: String,
        /// The visible label.
        children: Vec<Inline>,
    },
    /// A forced line break inside a paragraph.
    HardBreak,
}

/// A block-level element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// `#` to `######`; level 1 is a document's title.
    Heading {
        /// 1-6, as written in the Markdown.
        level: u8,
        /// The heading text.
        content: Vec<Inline>,
    },
    /// A paragraph of inline content.
    Paragraph(Vec<Inline>),
    /// A bulleted (`start == None`) or numbered list.
    List {
        /// The first number of a numbered list.
        start: Option<u64>,
        /// The items, each a small block tree of its own.
        items: Vec<ListItem>,
    },
    /// A blockquote (press-release quotes use these).
    Quote(Vec<Block>),
    /// A fenced or indented code block, verbatim.
    Code(String),
    /// A GFM table.
    Table(Table),
    /// A thematic break (`---`).
    Rule,
}

/// One list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ListItem {
    /// `Some(done)` for a GFM task-list item (`- [ ]` / `- [x]`).
    pub task: Option<bool>,
    /// The item's content.
    pub blocks: Vec<Block>,
}

/// Column alignment of a GFM table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    /// No alignment given (left in practice).
    None,
    /// `:---`.
    Left,
    /// `:---:`.
    Center,
    /// `---:`.
    Right,
}

/// A cell is inline content (GFM cells cannot hold blocks).
pub(crate) type Cell = Vec<Inline>;

/// A GFM table. Rows are padded or cut to the header's width by the parser, so the
/// writers can rely on every row having `aligns.len()` cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Table {
    /// One alignment per column.
    pub aligns: Vec<Align>,
    /// The header row.
    pub head: Vec<Cell>,
    /// The body rows.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// Whether this is the PRD's requirements table, which gets narrower priority
    /// columns and coloured priority tags. The document writers promise a header
    /// with both `Priority` and `Acceptance` in it.
    pub(crate) fn is_requirements(&self) -> bool {
        let head: Vec<String> = self
            .head
            .iter()
            .map(|c| plain_text(c).to_lowercase())
            .collect();
        head.iter().any(|h| h.contains("priority")) && head.iter().any(|h| h.contains("acceptance"))
    }

    /// The index of the priority column, if the header names one.
    pub(crate) fn priority_column(&self) -> Option<usize> {
        self.head
            .iter()
            .position(|c| plain_text(c).to_lowercase().contains("priority"))
    }

    /// How wide each column should be, from its text: a short column (an id, a
    /// score, a priority) is "narrow" and sized to its content; the others share the
    /// rest of the line by their average text length.
    pub(crate) fn columns(&self) -> Vec<Column> {
        (0..self.aligns.len())
            .map(|col| {
                let lengths: Vec<usize> = std::iter::once(&self.head)
                    .chain(self.rows.iter())
                    .filter_map(|row| row.get(col))
                    .map(|cell| plain_text(cell).chars().count())
                    .collect();
                let longest = lengths.iter().copied().max().unwrap_or(0);
                let average = lengths.iter().sum::<usize>() / lengths.len().max(1);
                let weight = if longest <= NARROW_COLUMN {
                    0
                } else {
                    u32::try_from(average.clamp(8, 40)).unwrap_or(40)
                };
                Column { longest, weight }
            })
            .collect()
    }
}

/// Columns whose longest cell has at most this many characters are "narrow".
const NARROW_COLUMN: usize = 14;

/// The sizing of one table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Column {
    /// Characters in the column's longest cell.
    pub longest: usize,
    /// Share of the free width (in `8..=40`), or 0 for a narrow column that is
    /// only as wide as its content.
    pub weight: u32,
}

/// A requirement priority as the PRD writes them (`P0`, `P1`, …), trimmed.
pub(crate) fn priority_level(text: &str) -> Option<&str> {
    let text = text.trim();
    let mut chars = text.chars();
    let valid = matches!(chars.next(), Some('P' | 'p'))
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_ascii_digit());
    valid.then_some(text)
}

/// The words that mark an item the idea does not answer yet.
const UNANSWERED: &str = "not answered yet";

/// Whether inline content carries the "Not answered yet" marker (any case).
pub(crate) fn is_unanswered(inlines: &[Inline]) -> bool {
    plain_text(inlines).to_lowercase().contains(UNANSWERED)
}

/// Splits text around each "Not answered yet" (any case), so the writers can tag
/// the phrase itself. Returns `(piece, is_marker)` pairs in order.
pub(crate) fn split_unanswered(text: &str) -> Vec<(&str, bool)> {
    let lower = text.to_ascii_lowercase();
    let mut pieces = Vec::new();
    let mut rest = 0;
    // ASCII lowering keeps byte offsets identical, so indices into `lower` are valid
    // in `text`.
    while let Some(found) = lower[rest..].find(UNANSWERED) {
        let start = rest + found;
        let end = start + UNANSWERED.len();
        if start > rest {
            pieces.push((&text[rest..start], false));
        }
        pieces.push((&text[start..end], true));
        rest = end;
    }
    if rest < text.len() {
        pieces.push((&text[rest..], false));
    }
    pieces
}

/// The visible text of inline content, without any formatting.
pub(crate) fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain(inlines, &mut out);
    out
}

fn push_plain(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(text) | Inline::Code(text) => out.push_str(text),
            Inline::Strong(children)
            | Inline::Emph(children)
            | Inline::Strike(children)
            | Inline::Link { children, .. } => push_plain(children, out),
            Inline::HardBreak => out.push(' '),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_finds_every_marker_in_any_case() {
        let pieces = split_unanswered("A: not answered yet. B: NOT ANSWERED YET");
        assert_eq!(
            pieces,
            vec![
                ("A: ", false),
                ("not answered yet", true),
                (". B: ", false),
                ("NOT ANSWERED YET", true)
            ]
        );
    }

    #[test]
    fn split_leaves_plain_text_whole() {
        assert_eq!(
            split_unanswered("all answered"),
            vec![("all answered", false)]
        );
    }

    #[test]
    fn priority_levels() {
        assert_eq!(priority_level(" P0 "), Some("P0"));
        assert_eq!(priority_level("p12"), Some("p12"));
        assert_eq!(priority_level("P"), None);
        assert_eq!(priority_level("Pz"), None);
        assert_eq!(priority_level("High"), None);
    }

    #[test]
    fn short_columns_get_zero_weight() {
        let cell = |s: &str| vec![Inline::Text(s.to_owned())];
        let table = Table {
            aligns: vec![Align::None, Align::None],
            head: vec![cell("Priority"), cell("Acceptance")],
            rows: vec![vec![
                cell("P0"),
                cell("The export finishes in under two seconds for a long idea"),
            ]],
        };
        let columns = table.columns();
        assert_eq!(
            columns[0],
            Column {
                longest: 8,
                weight: 0
            }
        );
        assert!(columns[1].weight > 0);
        assert!(table.is_requirements());
        assert_eq!(table.priority_column(), Some(0));
    }
}
