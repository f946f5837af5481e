//! The shape a polished document must keep.
//!
//! The grounding check catches invented facts; these checks catch a model that
//! ignores the format: drops the title, merges or renames sections or questions, answers an
//! open question that the idea leaves open, strips the label off an illustrative
//! quote, or stops half way. Each check compares the answer with the draft it was
//! asked to rewrite, so the rules follow the templates without being copied here.

/// The marker of an open question in the drafts.
pub const NOT_ANSWERED: &str = "Not answered yet";

/// The start of a derived-date label, as the grounding checker reads them.
const DERIVED_LABEL: &str = "(counted ";

/// A way in which an answer breaks the draft's format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatProblem {
    /// The answer is empty (or whitespace).
    Empty,
    /// The model hit its token limit, so the text is cut off.
    CutOff,
    /// The answer is much shorter than the draft, which usually means it is cut
    /// off or summarised rather than rewritten.
    TooShort {
        /// Characters in the answer.
        got: usize,
        /// Characters in the draft.
        draft: usize,
    },
    /// The first line is not the draft's `# Title`.
    WrongTitle {
        /// The draft's first line.
        expected: String,
    },
    /// A `##` section (or `###` question) of the draft is missing.
    MissingSection {
        /// The heading line.
        heading: String,
    },
    /// Fewer "Not answered yet" markers than the draft.
    LostOpenQuestions {
        /// In the draft.
        expected: usize,
        /// In the answer.
        found: usize,
    },
    /// Fewer labels (illustrative quotes, derived dates) than the draft.
    LostLabels {
        /// Which label.
        label: &'static str,
        /// In the draft.
        expected: usize,
        /// In the answer.
        found: usize,
    },
    /// A quotation that the idea does not contain, in a paragraph with no
    /// "illustrative" label.
    UnlabelledQuote {
        /// The start of the quote.
        quote: String,
    },
}

impl std::fmt::Display for FormatProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => write!(f, "the model's answer was empty"),
            Self::CutOff => write!(f, "the model's answer was cut off at its token limit"),
            Self::TooShort { got, draft } => write!(
                f,
                "the model's answer was too short to be the whole document ({got} characters for a {draft}-character draft)"
            ),
            Self::WrongTitle { expected } => {
                write!(f, "the model did not start with the title `{expected}`")
            }
            Self::MissingSection { heading } => {
                write!(f, "the model dropped the section `{heading}`")
            }
            Self::LostOpenQuestions { expected, found } => write!(
                f,
                "the model kept {found} of the {expected} \"{NOT_ANSWERED}\" items"
            ),
            Self::LostLabels {
                label,
                expected,
                found,
            } => write!(f, "the model kept {found} of the {expected} {label} labels"),
            Self::UnlabelledQuote { quote } => write!(
                f,
                "the model wrote the quote “{quote}” without an illustrative label, and the idea does not contain it"
            ),
        }
    }
}

/// Removes what models often wrap a document in: surrounding blank lines and a
/// Markdown code fence. Done before checking, so a well-behaved document in a
/// fence is not rejected for its wrapping.
pub fn clean(answer: &str) -> String {
    let trimmed = answer.trim();
    let unfenced = trimmed
        .strip_prefix("```")
        .and_then(|rest| rest.split_once('\n'))
        .and_then(|(_, body)| body.trim_end().strip_suffix("```"));
    let mut text = unfenced.unwrap_or(trimmed).trim().to_owned();
    text.push('\n');
    text
}

/// Every way `answer` breaks the format of `draft`. `idea` is the source the
/// quotes may come from; `cut_off` says the provider stopped at its token limit.
pub fn check(draft: &str, answer: &str, idea: &str, cut_off: bool) -> Vec<FormatProblem> {
    if answer.trim().is_empty() {
        return vec![FormatProblem::Empty];
    }
    let mut problems = Vec::new();
    if cut_off {
        problems.push(FormatProblem::CutOff);
    }
    let (got, draft_len) = (answer.chars().count(), draft.chars().count());
    if got * 3 < draft_len {
        problems.push(FormatProblem::TooShort {
            got,
            draft: draft_len,
        });
    }
    let title = first_line(draft);
    if first_line(answer) != title {
        problems.push(FormatProblem::WrongTitle {
            expected: title.to_owned(),
        });
    }
    let answer_headings: Vec<&str> = headings(answer).collect();
    for heading in headings(draft) {
        if !answer_headings.contains(&heading) {
            problems.push(FormatProblem::MissingSection {
                heading: heading.to_owned(),
            });
        }
    }
    let (expected, found) = (
        draft.matches(NOT_ANSWERED).count(),
        answer.matches(NOT_ANSWERED).count(),
    );
    if found < expected {
        problems.push(FormatProblem::LostOpenQuestions { expected, found });
    }
    for (label, needle) in [
        ("illustrative", "illustrative"),
        ("derived-date", DERIVED_LABEL),
    ] {
        let expected = draft.to_lowercase().matches(needle).count();
        let found = answer.to_lowercase().matches(needle).count();
        if found < expected {
            problems.push(FormatProblem::LostLabels {
                label,
                expected,
                found,
            });
        }
    }
    problems.extend(unlabelled_quotes(answer, idea, draft));
    problems
}

fn first_line(text: &str) -> &str {
    text.trim_start().lines().next().unwrap_or("").trim_end()
}

/// The `##` and `###` heading lines (sections and, in the FAQ, the questions),
/// trimmed. The `#` title is checked on its own.
fn headings(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| l.starts_with("## ") || l.starts_with("### "))
}

/// Quotes that neither the idea nor the draft contains, in paragraphs that carry
/// no label. (A quote the draft already has was vetted when the draft was written.)
///
/// A paragraph (text between blank lines) is the unit because the drafts put the
/// label on the line right after the quote. Short quotes (under four words) are
/// terms in quotation marks, not things someone said.
fn unlabelled_quotes(answer: &str, idea: &str, draft: &str) -> Vec<FormatProblem> {
    let (idea, draft) = (normalise(idea), normalise(draft));
    let mut problems = Vec::new();
    for paragraph in answer.split("\n\n") {
        if paragraph.to_lowercase().contains("illustrative") {
            continue;
        }
        for quote in quotes(paragraph) {
            let words = normalise(quote);
            let words = words.trim_matches(|c: char| !c.is_alphanumeric());
            if quote.split_whitespace().count() >= 4
                && !idea.contains(words)
                && !draft.contains(words)
            {
                let start: String = quote.chars().take(60).collect();
                problems.push(FormatProblem::UnlabelledQuote { quote: start });
            }
        }
    }
    problems
}

/// Text between curly double quotes, or between straight double quotes.
fn quotes(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('"', '"')] {
        let mut rest = paragraph;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(close) else { break };
            out.push(&after[..end]);
            rest = &after[end + close.len_utf8()..];
        }
    }
    out
}

/// Lowercase with single spaces, so line breaks and case do not hide a match.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAFT: &str = "# FAQ: Demo\n\nIntro.\n\n## External\n\n### Price?\n\n**Not answered yet:** no price.\n\n## Internal\n\nOne of the bakers said: “I lose two hours every day to orders.”\n*(Illustrative customer quote.)*\n\nBeta: 2027-06-09 (counted back 12 weeks from the 2027-09-01 launch date)\n";

    fn problems(answer: &str) -> Vec<FormatProblem> {
        check(DRAFT, answer, "bakers lose time", false)
    }

    #[test]
    fn the_draft_itself_passes() {
        assert_eq!(problems(DRAFT), vec![]);
    }

    #[test]
    fn clean_strips_a_code_fence_and_blank_lines() {
        assert_eq!(clean("\n```markdown\n# T\n\nx\n```\n"), "# T\n\nx\n");
        assert_eq!(clean("  # T\n"), "# T\n");
    }

    #[test]
    fn each_lost_part_is_named() {
        assert_eq!(problems("  \n"), vec![FormatProblem::Empty]);
        let no_title = DRAFT.replacen("# FAQ: Demo", "# Questions", 1);
        assert!(matches!(
            problems(&no_title)[..],
            [FormatProblem::WrongTitle { .. }]
        ));
        let no_section = DRAFT.replace("## Internal\n", "");
        assert_eq!(
            problems(&no_section),
            vec![FormatProblem::MissingSection {
                heading: "## Internal".into()
            }]
        );
        let answered = DRAFT.replace("**Not answered yet:** no price.", "It costs little.");
        assert_eq!(
            problems(&answered),
            vec![FormatProblem::LostOpenQuestions {
                expected: 1,
                found: 0
            }]
        );
        let unlabelled = DRAFT.replace("*(Illustrative customer quote.)*\n", "");
        let found = problems(&unlabelled);
        assert!(found.contains(&FormatProblem::LostLabels {
            label: "illustrative",
            expected: 1,
            found: 0
        }));
        let invented = format!("{DRAFT}\nA baker said: “This changed my whole week for good.”\n");
        assert_eq!(
            problems(&invented),
            vec![FormatProblem::UnlabelledQuote {
                quote: "This changed my whole week for good.".into()
            }]
        );
    }

    #[test]
    fn a_quote_from_the_idea_needs_no_label() {
        let idea = "Bakers said: \"we lose two hours every day\".";
        let answer = format!("{DRAFT}\nAs one baker put it, “We lose two hours every day.”\n");
        assert_eq!(check(DRAFT, &answer, idea, false), vec![]);
    }

    #[test]
    fn cut_off_and_too_short_answers_are_caught() {
        assert!(check(DRAFT, DRAFT, "", true).contains(&FormatProblem::CutOff));
        let short = check(DRAFT, "# FAQ: Demo\n", "", false);
        assert!(
            short
                .iter()
                .any(|p| matches!(p, FormatProblem::TooShort { .. }))
        );
    }
}
