//! `backwards new [FILE]`: run the wizard, write the idea, print its verdict.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Result, bail};
use backwards_core::{analyze, model};

use crate::Outcome;
use crate::args::NewArgs;
use crate::wizard::terminal;
use crate::{fsio, input, slug, text};

/// Run the wizard on stdin/stdout.
pub fn run(args: &NewArgs) -> Result<Outcome> {
    let stdin = std::io::stdin();
    let mut input_lines = stdin.lock();
    let mut out = anstream::stdout().lock();
    let echo = !stdin.is_terminal();
    let done = terminal::run(&mut input_lines, &mut out, echo)?;

    let path = args
        .file
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}.md", slug::slug(&done.name))));
    let overwrite = path.exists();
    if overwrite {
        let question = format!("{} already exists. Overwrite it?", path.display());
        if !terminal::confirm(&mut input_lines, &mut out, &question)? {
            // Do not lose the user's answers: show the file they would have got.
            writeln!(
                out,
                "\nKept {}. Your idea, to save by hand:\n",
                path.display()
            )?;
            out.write_all(done.markdown.as_bytes())?;
            out.flush()?;
            bail!("{} exists and was not overwritten", path.display());
        }
    }
    // Parse what we are about to write, so a bad file is never written.
    let idea = model::parse_str(&done.markdown).map_err(|e| input::parse_error(&path, &e))?;
    fsio::write_atomic(&path, done.markdown.as_bytes(), overwrite)?;
    writeln!(out, "\nWrote {}.\n", path.display())?;
    text::print_verdict(&mut out, &idea, &analyze::analyze(&idea))?;
    out.flush()?;
    Ok(Outcome::Ok)
}
