//! Inline content → Word runs.
//!
//! Word has no nesting of bold-inside-italic: a paragraph is a flat list of runs,
//! each with its own formatting. So we walk the inline tree carrying the formatting
//! accumulated so far ([`Format`]) and emit one run per piece of text.

use docx_rs::{BreakType, Run};

use super::styles::{self, id};
use crate::model::{self, Inline};

/// The formatting in force at a point of the inline tree.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Format {
    /// Inside `**…**` (or a table header cell).
    pub bold: bool,
    italic: bool,
    strike: bool,
    link: bool,
}

impl Format {
    /// Bold text, for table header cells.
    pub(crate) fn bold() -> Self {
        Self {
            bold: true,
            ..Self::default()
        }
    }
}

/// The runs for inline content.
pub(crate) fn runs(content: &[Inline], format: Format) -> Vec<Run> {
    let mut out = Vec::new();
    push_runs(content, format, &mut out);
    out
}

fn push_runs(content: &[Inline], format: Format, out: &mut Vec<Run>) {
    for inline in content {
        match inline {
            Inline::Text(text) => push_text(text, format, out),
            Inline::Code(code) => out.push(styled(text_run(code), format).style(id::CODE_CHAR)),
            Inline::Strong(children) => push_runs(
                children,
                Format {
                    bold: true,
                    ..format
                },
                out,
            ),
            Inline::Emph(children) => push_runs(
                children,
                Format {
                    italic: true,
                    ..format
                },
                out,
            ),
            Inline::Strike(children) => push_runs(
                children,
                Format {
                    strike: true,
                    ..format
                },
                out,
            ),
            Inline::Link { url, children } => {
                push_runs(
                    children,
                    Format {
                        link: true,
                        ..format
                    },
                    out,
                );
                // Printed documents cannot be clicked: show where a web link goes.
                let label = model::plain_text(children);
                if is_web(url) && label.trim() != url.trim() {
                    let target = Run::new()
                        .add_text(xml_safe(&format!(" ({url})")))
                        .color(styles::MUTED);
                    out.push(target);
                }
            }
            Inline::HardBreak => out.push(Run::new().add_break(BreakType::TextWrapping)),
        }
    }
}

/// Text, with each "Not answered yet" set as a tag of its own.
fn push_text(text: &str, format: Format, out: &mut Vec<Run>) {
    for (piece, is_marker) in model::split_unanswered(text) {
        let run = styled(text_run(piece), format);
        if is_marker {
            // The character style says what it is; the direct formatting makes sure
            // it shows even where an application ignores character styles.
            let tag = docx_rs::Shading::new().fill(styles::GAP_INK).color("auto");
            out.push(
                run.style(id::UNANSWERED_TAG)
                    .bold()
                    .color("FFFFFF")
                    .shading(tag),
            );
        } else {
            out.push(run);
        }
    }
}

/// A run of user text.
pub(crate) fn text_run(text: &str) -> Run {
    Run::new().add_text(xml_safe(text))
}

/// `text` without the characters XML 1.0 cannot hold (most C0 controls, U+FFFE,
/// U+FFFF). docx-rs escapes markup characters but passes these through, and a
/// single one makes Word and LibreOffice refuse the whole file.
pub(crate) fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'))
        .collect()
}

fn styled(mut run: Run, format: Format) -> Run {
    if format.bold {
        run = run.bold();
    }
    if format.italic {
        run = run.italic();
    }
    if format.strike {
        run = run.strike();
    }
    if format.link {
        run = run.style(id::HYPERLINK);
    }
    run
}

fn is_web(url: &str) -> bool {
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
}
