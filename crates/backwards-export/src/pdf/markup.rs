//! The block model → typst markup, with every user character escaped.
//!
//! The safety argument is short, which is the point:
//! - user text in markup goes through [`escape`], which puts a backslash before
//!   every ASCII punctuation character typst could read as syntax (`#`, `[`, `*`,
//!   `/`, `=`, `$`, `<`, `@`, …; typst turns `\x` into a literal `x` for any
//!   non-space `x`) and turns line breaks and control characters into spaces, so a
//!   line can never start a heading, list or comment;
//! - user text in code (URLs, inline code, the idea's name) goes through
//!   [`string_literal`], a typst string with `\` and `"` escaped;
//! - all structure (`#heading`, `#table`, …) is emitted by this module, never copied
//!   from the input.
//!
//! Straight quotes are the one exception: left unescaped, typst sets them as curly
//! quotes, which is what a printed document should show and cannot change meaning.

use std::fmt::Write as _;

use crate::model::{self, Align, Block, Inline, ListItem, Table};

/// Appends `text` as literal typst markup.
pub(crate) fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\'' | '"' => out.push(c),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}

/// `text` as a typst string literal (for function arguments).
pub(crate) fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Appends inline content as markup.
pub(crate) fn inlines(content: &[Inline], out: &mut String) {
    for inline in content {
        match inline {
            Inline::Text(text) => escape(text, out),
            Inline::Code(code) => {
                let _ = write!(out, "#raw({})", string_literal(code));
            }
            Inline::Strong(children) => wrapped("strong", children, out),
            Inline::Emph(children) => wrapped("emph", children, out),
            Inline::Strike(children) => wrapped("strike", children, out),
            Inline::Link { url, children } if is_linkable(url) => {
                let _ = write!(out, "#link({})[", string_literal(url));
                inlines(children, out);
                out.push(']');
            }
            // Anything else (relative, `javascript:`, empty) is shown but not linked.
            Inline::Link { children, .. } => inlines(children, out),
            Inline::HardBreak => out.push_str("#linebreak()"),
        }
    }
}

/// Whether a link target becomes a PDF link: web and mail addresses only, and
/// within typst's limits (it rejects empty URLs and URLs over 8,000 bytes, which
/// would fail the whole export).
fn is_linkable(url: &str) -> bool {
    let scheme = ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| url.starts_with(s));
    scheme && url.len() <= 8_000
}

/// `#name[children]`.
fn wrapped(name: &str, children: &[Inline], out: &mut String) {
    out.push('#');
    out.push_str(name);
    out.push('[');
    inlines(children, out);
    out.push(']');
}

/// Appends blocks as markup, one paragraph apart.
pub(crate) fn blocks(content: &[Block], out: &mut String) {
    for block in content {
        self::block(block, out);
        out.push_str("\n\n");
    }
}

fn block(block: &Block, out: &mut String) {
    match block {
        Block::Heading { level, content } => {
            let _ = write!(out, "#heading(level: {level})[");
            inlines(content, out);
            out.push(']');
        }
        Block::Paragraph(content) if model::is_unanswered(content) => {
            out.push_str("#gap[");
            inlines(content, out);
            out.push(']');
        }
        Block::Paragraph(content) => inlines(content, out),
        Block::List { start, items } => list(*start, items, out),
        Block::Quote(inner) => {
            out.push_str("#quote[");
            blocks(inner, out);
            out.push(']');
        }
        Block::Code(code) => {
            let _ = write!(out, "#raw(block: true, {})", string_literal(code));
        }
        Block::Table(t) => table(t, out),
        Block::Rule => out.push_str("#line(length: 100%, stroke: 0.5pt + rule-grey)"),
    }
}

fn list(start: Option<u64>, items: &[ListItem], out: &mut String) {
    match start {
        Some(first) => {
            let _ = write!(out, "#enum(start: {first}, ");
        }
        None => out.push_str("#list("),
    }
    for item in items {
        out.push('[');
        if let Some(done) = item.task {
            out.push_str(if done { "☑ " } else { "☐ " });
        }
        // A one-paragraph item needs no paragraph breaks (they would loosen the list).
        match item.blocks.as_slice() {
            [Block::Paragraph(content)] if !model::is_unanswered(content) => inlines(content, out),
            other => blocks(other, out),
        }
        out.push_str("], ");
    }
    out.push(')');
}

fn table(t: &Table, out: &mut String) {
    if t.aligns.is_empty() {
        return;
    }
    let columns: Vec<String> = t
        .columns()
        .iter()
        .map(|c| {
            if c.weight == 0 {
                "auto".to_owned()
            } else {
                format!("{}fr", c.weight)
            }
        })
        .collect();
    let aligns: Vec<&str> = t.aligns.iter().map(|a| align(*a)).collect();
    let _ = write!(
        out,
        "#table(columns: ({},), align: ({},), table.header(",
        columns.join(", "),
        aligns.join(", ")
    );
    for cell in &t.head {
        out.push('[');
        inlines(cell, out);
        out.push_str("], ");
    }
    out.push_str("), ");
    let priority = t.is_requirements().then(|| t.priority_column()).flatten();
    for row in &t.rows {
        for (index, cell) in row.iter().enumerate() {
            body_cell(cell, priority == Some(index), out);
        }
    }
    out.push(')');
}

fn body_cell(cell: &[Inline], is_priority: bool, out: &mut String) {
    let text = model::plain_text(cell);
    if let Some(level) = model::priority_level(&text).filter(|_| is_priority) {
        let _ = write!(out, "[#prio({})[", string_literal(level));
        escape(level, out);
        out.push_str("]], ");
    } else if model::is_unanswered(cell) {
        out.push_str("table.cell(fill: gap-fill)[");
        inlines(cell, out);
        out.push_str("], ");
    } else {
        out.push('[');
        inlines(cell, out);
        out.push_str("], ");
    }
}

fn align(a: Align) -> &'static str {
    match a {
        Align::None | Align::Left => "left",
        Align::Center => "center",
        Align::Right => "right",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_markup_character_is_escaped() {
        let mut out = String::new();
        escape(
            "#set page(width: 1cm) // *x* $y$ <l> @r [a] = - + / ~ ` \\ 1. ...",
            &mut out,
        );
        // No unescaped special character survives: each is preceded by a backslash.
        let chars: Vec<char> = out.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if "#*_$<>@[]=-+/~`.()".contains(*c) {
                assert_eq!(chars[i - 1], '\\', "unescaped {c:?} in {out}");
            }
        }
    }

    #[test]
    fn line_breaks_cannot_start_a_new_markup_line() {
        let mut out = String::new();
        escape("a\n= Heading\n- item", &mut out);
        assert!(!out.contains('\n'), "{out}");
    }

    #[test]
    fn only_web_and_mail_links_are_linked() {
        assert!(is_linkable("https://example.com/a?b=c"));
        assert!(is_linkable("mailto:someone@example.com"));
        assert!(!is_linkable(""), "typst rejects empty URLs");
        assert!(!is_linkable("javascript:alert(1)"));
        assert!(!is_linkable("#anchor"));
        assert!(
            !is_linkable(&format!("https://{}", "a".repeat(8_000))),
            "typst rejects long URLs"
        );
        let mut out = String::new();
        inlines(
            &[Inline::Link {
                url: String::new(),
                children: vec![Inline::Text("x".into())],
            }],
            &mut out,
        );
        assert_eq!(out, "x");
    }

    #[test]
    fn string_literals_escape_quotes_and_backslashes() {
        assert_eq!(string_literal(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(string_literal("x\u{7}"), r#""x\u{7}""#);
    }
}
