//! The wizard as a pure state machine: an answer goes in, effects come out.
//!
//! Nothing here reads or writes a terminal, so every transition is a plain
//! unit test (the atuin-ai FSM pattern). The terminal layer shows the
//! effects and feeds the user's lines back in.
//!
//! Coaching is not canned text per answer: after each answer the machine
//! writes the partial idea file, runs the real parser and analyzer on it,
//! and turns what they found for THIS step (its dimension's level and the
//! signals quoting the answer, gaps, lint findings, the so-what test) into a
//! few lines of advice (`backwards_core::coach`, shared with the web wizard).
//! Better rules in the core make better coaching here for free.

use std::collections::BTreeMap;

use backwards_core::analyze::{self, Report};
use backwards_core::coach::{self, Answered, NOTHING_TO_FLAG};
use backwards_core::model::{self, Step};

use super::questions::{self, Question};

/// The text an "I don't know" answer becomes in the idea file: an explicit
/// open question that the analyzers treat as a gap.
pub const DONT_KNOW_TEXT: &str = "I don't know yet.";

/// At most this many coaching lines after an answer: advice, not a lecture.
const MAX_COACHING: usize = 4;

/// Where the wizard is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Asking for the product's name.
    Name,
    /// Asking one of the seven steps.
    Step(Step),
    /// All answers given; the idea is complete.
    Done,
}

/// One recorded answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// What the user wrote.
    Text(String),
    /// The user said they don't know: an open question.
    DontKnow,
}

/// What the terminal should do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Ask a question: show its title, explanation and example, then read an answer.
    Ask {
        /// 0 for the name, 1-7 for the steps.
        number: usize,
        /// The question.
        question: Question,
    },
    /// The answer was empty: say how to answer, and ask again.
    Retry(String),
    /// Advice on the answer just given, derived from the analyzer.
    Coach(Vec<String>),
    /// The idea is complete: here is the file.
    Finished {
        /// The product name (for a default file name).
        name: String,
        /// The idea file, in the format of `idea-format.md`.
        markdown: String,
    },
}

/// The wizard's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    stage: Stage,
    name: Option<String>,
    answers: BTreeMap<Step, Answer>,
}

impl Default for Machine {
    fn default() -> Self {
        Self::new()
    }
}

impl Machine {
    /// A wizard at its first question.
    pub fn new() -> Self {
        Self {
            stage: Stage::Name,
            name: None,
            answers: BTreeMap::new(),
        }
    }

    /// The current stage.
    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// The effects that open the wizard: the first question.
    pub fn start(&self) -> Vec<Effect> {
        self.ask()
    }

    /// Take one answer (the user's raw text) and move on.
    pub fn submit(&mut self, raw: &str) -> Vec<Effect> {
        let answer = match classify(raw) {
            None => return self.retry(),
            Some(answer) => answer,
        };
        let mut effects = Vec::new();
        match self.stage {
            Stage::Name => {
                self.name = match answer {
                    Answer::Text(text) => Some(one_line(&text)),
                    Answer::DontKnow => None,
                };
                self.stage = Stage::Step(Step::Pitch);
            }
            Stage::Step(step) => {
                self.answers.insert(step, answer);
                effects.push(Effect::Coach(self.coach(step)));
                self.stage = next_stage(step);
            }
            Stage::Done => return effects,
        }
        effects.extend(self.ask());
        effects
    }

    /// The effects for the current stage: a question, or the finished file.
    fn ask(&self) -> Vec<Effect> {
        let (number, question) = match self.stage {
            Stage::Name => (0, questions::NAME),
            Stage::Step(step) => (step_number(step), questions::for_step(step)),
            Stage::Done => {
                return vec![Effect::Finished {
                    name: self.name().to_string(),
                    markdown: self.markdown(),
                }];
            }
        };
        vec![Effect::Ask { number, question }]
    }

    fn retry(&self) -> Vec<Effect> {
        let hint = match self.stage {
            Stage::Name => "Type a name (a working name is fine), or ? if you don't know yet.",
            _ => "Type your answer and end it with an empty line, or ? if you don't know yet.",
        };
        vec![Effect::Retry(hint.to_string())]
    }

    /// The product's name so far.
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or("Untitled idea")
    }

    /// The idea file as answered so far (unanswered steps are left out, so
    /// the analyzer reports them as gaps).
    pub fn markdown(&self) -> String {
        let mut out = format!("# {}\n\n", self.name());
        for (step, answer) in &self.answers {
            let body = match answer {
                Answer::Text(text) => escape_headings(text),
                Answer::DontKnow => DONT_KNOW_TEXT.to_string(),
            };
            if *step == Step::Pitch {
                out.push_str(&format!("{body}\n\n"));
            } else {
                out.push_str(&format!("## {}\n\n{body}\n\n", step.heading()));
            }
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
        out
    }

    /// Coaching on the answer to `step`, from the analysis of the partial idea.
    fn coach(&self, step: Step) -> Vec<String> {
        match model::parse_str(&self.markdown()) {
            Ok(idea) => coaching(step, self.answers.get(&step), &analyze::analyze(&idea)),
            Err(err) => vec![format!("This answer makes the file unreadable: {err}")],
        }
    }
}

/// Read a raw answer: `None` when empty, "I don't know" in its usual forms,
/// or the text with control characters removed.
pub fn classify(raw: &str) -> Option<Answer> {
    let cleaned: String = raw
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    let text = cleaned.trim();
    if text.is_empty() {
        return None;
    }
    let key: String = text
        .to_lowercase()
        .replace('’', "'")
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '\'' || *c == '?')
        .collect();
    const DONT_KNOW: &[&str] = &[
        "?",
        "??",
        "idk",
        "i don't know",
        "i dont know",
        "i do not know",
        "don't know",
        "dont know",
        "i don't know yet",
        "not sure",
        "unknown",
        "skip",
    ];
    if DONT_KNOW.contains(&key.trim()) {
        Some(Answer::DontKnow)
    } else {
        Some(Answer::Text(text.to_string()))
    }
}

/// 1-7 for the steps, as the idea format numbers them.
fn step_number(step: Step) -> usize {
    Step::ALL
        .iter()
        .position(|s| *s == step)
        .map_or(0, |i| i + 1)
}

fn next_stage(step: Step) -> Stage {
    Step::ALL
        .iter()
        .skip_while(|s| **s != step)
        .nth(1)
        .map_or(Stage::Done, |s| Stage::Step(*s))
}

/// A name is one line: newlines would break the title.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A `#` at the start of an answer line would start a new section and move
/// the rest of the answer out of its step; escape it so it stays text.
fn escape_headings(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.trim_start().starts_with('#') {
                format!("\\{}", line.trim_start())
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Turn the report into advice about one step: the core's coaching (shared
/// with the web wizard), with the dimension's level and reading as the first
/// line after a written answer.
pub fn coaching(step: Step, answer: Option<&Answer>, report: &Report) -> Vec<String> {
    let answered = if matches!(answer, Some(Answer::DontKnow)) {
        Answered::DontKnow
    } else {
        Answered::Text
    };
    let coached = coach::coach(step, answered, report);
    let mut lines = Vec::new();
    if answered == Answered::Text
        && let (Some(dimension), Some(level), Some(reading)) =
            (coached.dimension, coached.level, &coached.reading)
        && !reading.is_empty()
    {
        lines.push(format!("{}: level {level}/5. {reading}", dimension.label()));
    }
    lines.extend(coached.advice);
    if lines.is_empty() {
        lines.push(NOTHING_TO_FLAG.to_string());
    }
    lines.truncate(MAX_COACHING);
    lines
}

#[cfg(test)]
mod tests {
    use backwards_core::analyze::{
        Call, Dimension, DimensionScore, Gap, Improvement, Scorecard, Signal, SoWhat,
    };

    use super::*;

    const ANSWERS: [&str; 8] = [
        "Kiln Share",
        "Kiln Share lets hobby potters book firing space in studio kilns near them.",
        "Hobby potters in Leeds who throw at home, about 900 of them; not professional studios.",
        "They wait up to 3 weeks for a firing slot and lose about 1 piece in 5 to bad transport.",
        "A booking page for spare kiln shelves, with collection from a drop-off shop.",
        "?",
        "Potters find it through clay suppliers, book a shelf and pay per firing.",
        "Studios may not share shelves; we will start with two studios that already do.",
    ];

    /// Feed every answer, returning all effects in order.
    fn run_all(machine: &mut Machine) -> Vec<Effect> {
        let mut effects = machine.start();
        for answer in ANSWERS {
            effects.extend(machine.submit(answer));
        }
        effects
    }

    #[test]
    fn asks_the_name_then_the_seven_steps_in_order_then_finishes() {
        let mut machine = Machine::new();
        let effects = run_all(&mut machine);
        let asked: Vec<usize> = effects
            .iter()
            .filter_map(|e| match e {
                Effect::Ask { number, .. } => Some(*number),
                _ => None,
            })
            .collect();
        assert_eq!(asked, vec![0, 1, 2, 3, 4, 5, 6, 7]);
        let coached = effects
            .iter()
            .filter(|e| matches!(e, Effect::Coach(_)))
            .count();
        assert_eq!(coached, 7, "one coaching block after each step");
        assert!(matches!(effects.last(), Some(Effect::Finished { .. })));
        assert_eq!(machine.stage(), Stage::Done);
    }

    #[test]
    fn the_finished_file_parses_back_to_the_answers() {
        let mut machine = Machine::new();
        let effects = run_all(&mut machine);
        let Some(Effect::Finished { name, markdown }) = effects.last() else {
            panic!("no Finished effect: {effects:?}");
        };
        assert_eq!(name, "Kiln Share");
        let idea = model::parse_str(markdown).unwrap_or_else(|e| panic!("{e}\n{markdown}"));
        assert_eq!(idea.name(), "Kiln Share");
        assert_eq!(idea.text(Step::Customer), ANSWERS[2]);
        assert_eq!(idea.text(Step::Risks), ANSWERS[7]);
        // "I don't know" is written to the file and read back as a gap.
        assert_eq!(idea.sections[&Step::Evidence].body, DONT_KNOW_TEXT);
        assert!(idea.missing_steps().contains(&Step::Evidence));
        assert!(idea.text(Step::Pitch).contains("hobby potters"));
    }

    #[test]
    fn an_empty_answer_is_asked_again_without_moving_on() {
        let mut machine = Machine::new();
        machine.submit("Kiln Share");
        let effects = machine.submit("   \n ");
        assert!(
            matches!(effects.as_slice(), [Effect::Retry(_)]),
            "{effects:?}"
        );
        assert_eq!(machine.stage(), Stage::Step(Step::Pitch));
    }

    #[test]
    fn dont_know_becomes_an_open_question_and_is_coached_as_such() {
        let mut machine = Machine::new();
        machine.submit("Kiln Share");
        let effects = machine.submit("I don't know");
        let Some(Effect::Coach(lines)) = effects.first() else {
            panic!("{effects:?}");
        };
        assert!(lines[0].starts_with("Left open"), "{lines:?}");
        assert!(machine.markdown().contains(DONT_KNOW_TEXT));
    }

    #[test]
    fn a_heading_inside_an_answer_stays_in_its_step() {
        let mut machine = Machine::new();
        machine.submit("Kiln Share");
        machine.submit("A pitch.");
        machine.submit("Potters.\n# Not a heading\nMore.");
        let idea = model::parse_str(&machine.markdown()).map_err(|e| e.to_string());
        let idea = idea.unwrap_or_else(|e| panic!("{e}"));
        assert!(idea.text(Step::Customer).contains("Not a heading"));
        assert!(idea.notes.is_empty());
    }

    #[test]
    fn classify_recognises_dont_know_in_its_usual_forms() {
        for raw in [
            "?",
            "idk",
            "I don't know",
            "I don’t know.",
            "Not sure",
            " skip ",
        ] {
            assert_eq!(classify(raw), Some(Answer::DontKnow), "{raw}");
        }
        assert_eq!(classify(" \n"), None);
        assert_eq!(
            classify("I don't know how many, but at least 40 clinics"),
            Some(Answer::Text(
                "I don't know how many, but at least 40 clinics".into()
            ))
        );
        assert_eq!(classify("a\u{7}b"), Some(Answer::Text("ab".into())));
    }

    fn blank(dimension: Dimension) -> DimensionScore {
        DimensionScore {
            dimension,
            score: 50,
            level: 3,
            reading: String::new(),
            signals: Vec::new(),
        }
    }

    fn report_with_customer_signal() -> Report {
        let mut customer = blank(Dimension::Customer);
        customer.level = 2;
        customer.reading = "A category, not yet a customer.".into();
        customer.signals = vec![
            Signal {
                rule: "customer-category".into(),
                effect: -15,
                quote: "small businesses".into(),
                step: Step::Customer,
                line: 5,
                message: "is a category: which ones, how many, and how will you reach them?".into(),
            },
            Signal {
                rule: "elsewhere".into(),
                effect: -5,
                quote: "from the pitch".into(),
                step: Step::Pitch,
                line: 3,
                message: "not about this step".into(),
            },
        ];
        Report {
            call: Call::Revise,
            reason: String::new(),
            scores: Scorecard {
                customer,
                problem: blank(Dimension::Problem),
                evidence: blank(Dimension::Evidence),
                risk: blank(Dimension::Risk),
            },
            so_what: SoWhat {
                passes: false,
                reading: String::new(),
                quote: None,
            },
            improvements: vec![Improvement {
                dimension: Some(Dimension::Customer),
                change: "Say how many there are.".into(),
                why: String::new(),
            }],
            gaps: vec![Gap {
                step: Step::Customer,
                question: "Who is it not for?".into(),
            }],
            findings: Vec::new(),
        }
    }

    #[test]
    fn coaching_quotes_the_signals_of_this_step_with_level_gap_and_next_change() {
        let report = report_with_customer_signal();
        let answer = Answer::Text("Small businesses.".into());
        let lines = coaching(Step::Customer, Some(&answer), &report);
        assert_eq!(
            lines[0],
            "Customer clarity: level 2/5. A category, not yet a customer."
        );
        assert_eq!(
            lines[1],
            "“small businesses”: is a category: which ones, how many, and how will you reach them?"
        );
        assert_eq!(lines[2], "Next: Say how many there are.");
        assert_eq!(lines[3], "Still open: Who is it not for?");
        assert!(!lines.iter().any(|l| l.contains("from the pitch")));
    }

    #[test]
    fn coaching_on_another_step_ignores_the_customer_signals() {
        let report = report_with_customer_signal();
        let answer = Answer::Text("Anything.".into());
        let lines = coaching(Step::Experience, Some(&answer), &report);
        assert!(
            !lines.iter().any(|l| l.contains("small businesses")),
            "{lines:?}"
        );
    }
}
