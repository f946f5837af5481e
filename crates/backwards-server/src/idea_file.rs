//! The idea file as the wizard edits it: one answer per step, rebuilt into
//! the Markdown idea format on every save.
//!
//! Round-tripping matters because uploaded files and files from git come
//! through here too: the front matter is kept verbatim, and sections that
//! name no step (notes) are kept, so editing one step in the browser never
//! drops what someone wrote in their editor.

use std::collections::BTreeMap;

use backwards_core::model::{self, ParseError, Step};

/// What an "I don't know" answer becomes: an explicit open question that
/// the analyzers treat as a gap (the terminal wizard writes the same).
pub(crate) const DONT_KNOW: &str = "I don't know yet.";

/// An idea file split into what the wizard edits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Draft {
    /// The front matter block, fences included, verbatim ("" if none).
    pub front: String,
    /// The H1 title.
    pub name: String,
    /// One answer per step (the pitch is the paragraph under the title).
    pub answers: BTreeMap<Step, String>,
    /// Sections whose heading names no step: (heading, body).
    pub notes: Vec<(String, String)>,
}

impl Draft {
    /// A new idea with only its name.
    pub fn named(name: &str) -> Draft {
        Draft {
            name: one_line(name),
            ..Draft::default()
        }
    }

    /// Splits an idea file. Fails only where the parser does (bad front
    /// matter, binary or oversized input).
    pub fn parse(markdown: &str) -> Result<Draft, ParseError> {
        let idea = model::parse_str(markdown)?;
        let answers = idea
            .sections
            .iter()
            // Keep an "I don't know yet." answer as written: it is the user's
            // answer (the analyzer reads it as a gap), and it must round-trip.
            .filter(|(_, s)| !s.body.trim().is_empty())
            .map(|(step, s)| (*step, s.body.trim().to_string()))
            .collect();
        Ok(Draft {
            front: front_block(markdown),
            // The H1 (what `to_markdown` writes back), not a front-matter
            // `name:`, which stays in the front matter untouched.
            name: idea
                .title
                .clone()
                .unwrap_or_else(|| idea.name().to_string()),
            answers,
            notes: idea
                .notes
                .iter()
                .map(|n| (n.heading.clone(), n.body.trim().to_string()))
                .collect(),
        })
    }

    /// The answer to one step ("" if unanswered).
    pub fn answer(&self, step: Step) -> &str {
        self.answers.get(&step).map_or("", String::as_str)
    }

    /// Sets one answer; an empty one removes the step (a gap).
    pub fn set(&mut self, step: Step, text: &str) {
        let text = clean(text);
        if text.is_empty() {
            self.answers.remove(&step);
        } else {
            self.answers.insert(step, text);
        }
    }

    /// Renames the idea (one line; empty keeps the old name).
    pub fn rename(&mut self, name: &str) {
        let name = one_line(name);
        if !name.is_empty() {
            self.name = name;
        }
    }

    /// The idea file in the idea format.
    pub fn to_markdown(&self) -> String {
        let mut out = self.front.clone();
        let name = if self.name.is_empty() {
            "Untitled idea"
        } else {
            &self.name
        };
        out.push_str(&format!("# {}\n\n", escape_block(name)));
        if let Some(pitch) = self.answers.get(&Step::Pitch) {
            out.push_str(&format!("{}\n\n", escape_block(pitch)));
        }
        for step in Step::ALL.into_iter().skip(1) {
            if let Some(body) = self.answers.get(&step) {
                out.push_str(&format!(
                    "## {}\n\n{}\n\n",
                    step.heading(),
                    escape_block(body)
                ));
            }
        }
        for (heading, body) in &self.notes {
            out.push_str(&format!(
                "## {}\n\n{}\n\n",
                one_line(heading),
                escape_block(body)
            ));
        }
        let end = out.trim_end().len();
        out.truncate(end);
        out.push('\n');
        out
    }
}

/// The `---` fenced block at the top of the file, with its fences.
fn front_block(markdown: &str) -> String {
    let rest = markdown.strip_prefix('\u{feff}').unwrap_or(markdown);
    let mut lines = rest.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return String::new();
    }
    let mut len = 4;
    for line in lines {
        len += line.len();
        if matches!(line.trim_end(), "---" | "...") {
            let block = &rest[..len.min(rest.len())];
            let mut block = block.to_string();
            if !block.ends_with('\n') {
                block.push('\n');
            }
            block.push('\n');
            return block;
        }
    }
    String::new()
}

/// Form text: line endings normalised, control characters dropped, trimmed.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect::<String>()
        .trim()
        .to_string()
}

/// Names and headings are single lines.
fn one_line(text: &str) -> String {
    clean(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keeps an answer inside its section: a line that would start a new
/// heading (`# …`, or a `---`/`===` underline) or a front matter fence is
/// escaped so it stays text.
fn escape_block(text: &str) -> String {
    text.lines()
        .map(|line| {
            let t = line.trim_start();
            let underline = !t.is_empty()
                && (t.chars().all(|c| c == '-' || c == ' ')
                    || t.chars().all(|c| c == '=' || c == ' '));
            if t.starts_with('#') || underline {
                format!("\\{t}")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_front_matter_steps_and_notes() {
        let source = "---\nname: Kiln\ncity: Leeds\n---\n\n# Kiln\n\nShelves for potters.\n\n\
                      ## Customer\n\nPotters in Leeds.\n\n## Budget\n\nSmall.\n";
        let draft = Draft::parse(source).unwrap_or_default();
        assert_eq!(draft.name, "Kiln");
        assert_eq!(draft.answer(Step::Pitch), "Shelves for potters.");
        assert_eq!(draft.answer(Step::Customer), "Potters in Leeds.");
        let again = Draft::parse(&draft.to_markdown()).unwrap_or_default();
        assert_eq!(again, draft);
        assert!(
            draft
                .to_markdown()
                .starts_with("---\nname: Kiln\ncity: Leeds\n---\n")
        );
        assert!(draft.to_markdown().contains("## Budget\n\nSmall."));
    }

    #[test]
    fn an_answer_cannot_open_a_new_section() {
        let mut draft = Draft::named("Demo");
        draft.set(Step::Customer, "Nurses\n## Risks\nnone\nTitle\n---\nmore");
        let idea = model::parse_str(&draft.to_markdown()).ok();
        let idea = idea.as_ref();
        assert!(idea.is_some_and(|i| i.section(Step::Risks).is_none()));
        assert!(idea.is_some_and(|i| i.text(Step::Customer).contains("Risks")));
    }

    #[test]
    fn empty_answers_are_gaps_and_names_are_one_line() {
        let mut draft = Draft::named("  Two\nlines ");
        assert_eq!(draft.name, "Two lines");
        draft.set(Step::Problem, "pain");
        draft.set(Step::Problem, "  \r\n ");
        assert_eq!(draft.answer(Step::Problem), "");
    }
}
