//! The four documents as one parsed bundle, normalised for both writers.
//!
//! The writers should not have to care whether a document forgot its `# Title` or
//! used `####`: this module gives every document exactly one title and headings of
//! level 2 or 3 only, so the PDF outline and the Word navigation pane stay tidy.

use crate::ExportInput;
use crate::markdown;
use crate::model::{Block, Inline};

/// Which of the four documents a part is; the writers lay some out differently
/// (the press release gets a page of its own, the verdict carries the scores picture).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The verdict, first, under the title block.
    Verdict,
    /// The press release, alone on its page.
    PressRelease,
    /// The FAQ: `###` questions with answers below.
    Faq,
    /// The PRD, with its requirements table.
    Prd,
}

impl Kind {
    /// The title used when a document does not start with `# Title`.
    fn fallback_title(self) -> &'static str {
        match self {
            Kind::Verdict => "Verdict",
            Kind::PressRelease => "Press release",
            Kind::Faq => "Frequently asked questions",
            Kind::Prd => "Product requirements",
        }
    }
}

/// One of the four documents, parsed.
#[derive(Debug, Clone)]
pub(crate) struct Part {
    /// Which document this is.
    pub kind: Kind,
    /// The document's title (its `# Title`).
    pub title: Vec<Inline>,
    /// Everything after the title; headings are level 2 or 3.
    pub body: Vec<Block>,
}

/// Parses and normalises the four documents, in reading order.
pub(crate) fn parts(input: &ExportInput<'_>) -> Vec<Part> {
    [
        (Kind::Verdict, input.verdict_md),
        (Kind::PressRelease, input.press_release_md),
        (Kind::Faq, input.faq_md),
        (Kind::Prd, input.prd_md),
    ]
    .into_iter()
    .map(|(kind, markdown)| part(kind, markdown))
    .collect()
}

fn part(kind: Kind, markdown: &str) -> Part {
    let mut body = markdown::parse(markdown);
    let title = match body.first() {
        Some(Block::Heading { level: 1, content }) if !content.is_empty() => {
            let title = content.clone();
            body.remove(0);
            title
        }
        _ => vec![Inline::Text(kind.fallback_title().to_owned())],
    };
    normalise_headings(&mut body);
    Part { kind, title, body }
}

/// A stray second `#` becomes a section (`##`); `####` and deeper become `###`.
fn normalise_headings(blocks: &mut [Block]) {
    for block in blocks {
        match block {
            Block::Heading { level, .. } => *level = (*level).clamp(2, 3),
            Block::Quote(inner) => normalise_headings(inner),
            Block::List { items, .. } => {
                for item in items {
                    normalise_headings(&mut item.blocks);
                }
            }
            _ => {}
        }
    }
}

/// Parses an ISO `YYYY-MM-DD` date; anything else is shown as given but not used
/// as document metadata.
pub(crate) fn iso_date(date: &str) -> Option<(i32, u8, u8)> {
    let mut fields = date.trim().splitn(3, '-');
    let year: i32 = fields.next()?.parse().ok()?;
    let month: u8 = fields.next()?.parse().ok()?;
    let day: String = fields
        .next()?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let day: u8 = day.parse().ok()?;
    let valid = (1..=9999).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in_month(year, month)).contains(&day);
    valid.then_some((year, month, day))
}

/// A real calendar check: typst refuses `datetime(month: 2, day: 30)`, and an
/// invalid metadata date must not fail the export.
fn days_in_month(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_taken_from_the_first_heading() {
        let p = part(Kind::Faq, "# Questions\n\n#### Deep?\n\nYes.\n\n# Again\n");
        assert_eq!(p.title, vec![Inline::Text("Questions".to_owned())]);
        let levels: Vec<u8> = p
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, .. } => Some(*level),
                _ => None,
            })
            .collect();
        assert_eq!(levels, vec![3, 2]);
    }

    #[test]
    fn missing_title_gets_a_fallback() {
        let p = part(Kind::Prd, "Just text.\n");
        assert_eq!(
            p.title,
            vec![Inline::Text("Product requirements".to_owned())]
        );
        assert_eq!(p.body.len(), 1);
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso_date("2026-03-09"), Some((2026, 3, 9)));
        assert_eq!(iso_date("2026-03-09T10:00:00Z"), Some((2026, 3, 9)));
        assert_eq!(iso_date("next week"), None);
        assert_eq!(iso_date("2026-13-01"), None);
        assert_eq!(iso_date("2027-02-29"), None);
        assert_eq!(iso_date("2028-02-29"), Some((2028, 2, 29)));
        assert_eq!(iso_date("2027-04-31"), None);
    }
}
