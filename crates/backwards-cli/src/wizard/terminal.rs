//! The wizard's terminal side: the only wizard file that does I/O.
//!
//! It reads from any `BufRead` and writes to any `Write`, so the same code
//! runs on a real terminal, on a pipe (`backwards new < answers.txt`) and in
//! tests. The conventions are line-based on purpose, with no raw mode, so
//! piping answers works:
//! - the name is one line;
//! - every other answer is one or more lines, ended by an empty line (or the
//!   end of input);
//! - `?` or "I don't know" leaves a step open.

use std::io::{self, BufRead, Write};

use anstyle::{AnsiColor, Style};
use anyhow::{Result, bail};

use super::machine::{Effect, Machine, Stage};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const COACH: Style = AnsiColor::Cyan.on_default();

/// The finished idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finished {
    /// The product name.
    pub name: String,
    /// The idea file.
    pub markdown: String,
}

/// Run the wizard to the end. Fails, writing nothing, if the input ends early.
///
/// With `echo`, each answer is written back after its prompt: on a terminal
/// the user's typing already shows, but from a pipe the transcript would
/// otherwise have prompts with no answers.
pub fn run(input: &mut dyn BufRead, out: &mut dyn Write, echo: bool) -> Result<Finished> {
    writeln!(
        out,
        "{BOLD}Working backwards: seven questions about your idea.{BOLD:#}\n\
         End each answer with an empty line. Type ? if you don't know yet: it becomes an open \
         question.\n"
    )?;
    let mut machine = Machine::new();
    let mut effects = machine.start();
    loop {
        for effect in &effects {
            if let Some(done) = show(out, effect)? {
                return Ok(done);
            }
        }
        out.flush()?;
        let answer = match machine.stage() {
            Stage::Name => read_line(input)?,
            _ => read_block(input)?,
        };
        let Some(answer) = answer else {
            bail!(
                "the input ended before the wizard finished ({}); nothing was written",
                stage_name(machine.stage())
            );
        };
        if echo {
            writeln!(out, "{answer}\n")?;
        }
        effects = machine.submit(&answer);
    }
}

fn stage_name(stage: Stage) -> String {
    match stage {
        Stage::Name => "at the name".to_string(),
        Stage::Step(step) => format!("at the {} step", step.heading()),
        Stage::Done => "at the end".to_string(),
    }
}

/// Print one effect; return the finished idea when it is the last one.
fn show(out: &mut dyn Write, effect: &Effect) -> io::Result<Option<Finished>> {
    match effect {
        Effect::Ask { number, question } => {
            let step = if *number == 0 {
                String::new()
            } else {
                format!("Step {number} of 7: ")
            };
            writeln!(out, "{BOLD}{step}{}{BOLD:#}", question.title)?;
            writeln!(out, "{}", question.ask)?;
            writeln!(out, "{DIM}{}{DIM:#}", question.explain)?;
            writeln!(out, "{DIM}Example: {}{DIM:#}", question.example)?;
            write!(out, "> ")?;
        }
        Effect::Retry(hint) => write!(out, "{hint}\n> ")?,
        Effect::Coach(lines) => {
            for line in lines {
                writeln!(out, "  {COACH}→{COACH:#} {line}")?;
            }
            writeln!(out)?;
        }
        Effect::Finished { name, markdown } => {
            return Ok(Some(Finished {
                name: name.clone(),
                markdown: markdown.clone(),
            }));
        }
    }
    Ok(None)
}

/// One line, without its newline; `None` at the end of input.
fn read_line(input: &mut dyn BufRead) -> io::Result<Option<String>> {
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim_end_matches(['\r', '\n']).to_string()))
}

/// Lines up to an empty line. A leading empty line is returned as an empty
/// answer (the machine asks again); `None` only when the input has ended.
fn read_block(input: &mut dyn BufRead) -> io::Result<Option<String>> {
    let mut lines: Vec<String> = Vec::new();
    loop {
        match read_line(input)? {
            None if lines.is_empty() => return Ok(None),
            None => break,
            Some(line) if line.trim().is_empty() => break,
            Some(line) => lines.push(line),
        }
    }
    Ok(Some(lines.join("\n")))
}

/// Ask a yes/no question; anything but "y"/"yes" (or the end of input) is no.
pub fn confirm(input: &mut dyn BufRead, out: &mut dyn Write, question: &str) -> Result<bool> {
    write!(out, "{question} [y/N] ")?;
    out.flush()?;
    let answer = read_line(input)?.unwrap_or_default();
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(text: &str) -> (Result<Finished>, String) {
        let mut input = text.as_bytes();
        let mut out = Vec::new();
        let result = run(&mut input, &mut out, true);
        (result, String::from_utf8_lossy(&out).into_owned())
    }

    #[test]
    fn piped_answers_produce_the_idea_and_show_every_step() {
        let answers = "Kiln Share\nBook kiln space.\n\nHobby potters,\nin Leeds.\n\n?\n\n\
                       A booking page.\n\n?\n\nBook and pay.\n\nStudios may refuse.\n";
        let (result, shown) = run_on(answers);
        let done = result.unwrap_or_else(|e| panic!("{e}\n{shown}"));
        assert_eq!(done.name, "Kiln Share");
        assert!(
            done.markdown
                .contains("## Customer\n\nHobby potters,\nin Leeds.")
        );
        for n in 1..=7 {
            assert!(
                shown.contains(&format!("Step {n} of 7")),
                "step {n} missing:\n{shown}"
            );
        }
        assert_eq!(shown.matches("Example: ").count(), 8);
    }

    #[test]
    fn blank_lines_before_an_answer_are_asked_again() {
        let answers = "Kiln Share\n\n\nBook kiln space.\n\n";
        let (result, shown) = run_on(answers);
        assert!(result.is_err(), "input ends at step 2");
        assert!(shown.contains("or ? if you don't know yet"), "{shown}");
        assert!(shown.contains("Step 2 of 7"), "{shown}");
    }

    #[test]
    fn input_ending_early_is_an_error_naming_the_step() {
        let (result, _) = run_on("Kiln Share\nBook kiln space.\n\n");
        let err = result.map(drop).unwrap_err().to_string();
        assert!(err.contains("Customer step"), "{err}");
    }

    #[test]
    fn confirm_defaults_to_no() -> Result<()> {
        let mut out = Vec::new();
        assert!(confirm(&mut "y\n".as_bytes(), &mut out, "Overwrite?")?);
        assert!(!confirm(&mut "\n".as_bytes(), &mut out, "Overwrite?")?);
        assert!(!confirm(&mut "".as_bytes(), &mut out, "Overwrite?")?);
        Ok(())
    }
}
