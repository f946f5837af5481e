//! The `backwards` command-line tool.
//!
//! `main` does three things, as in ripgrep and mdBook: parse the arguments,
//! dispatch to one subcommand, and turn the result into an exit code. The
//! codes are part of the interface (CI scripts read them):
//!
//! - 0: done, and every verdict reached the minimum;
//! - 1: done, but a verdict is below the minimum (`check`);
//! - 2: an error (bad input, unreadable file, refused overwrite).
//!
//! A closed pipe (`backwards verdict idea.md | head`) is not an error.

mod args;
mod cmd;
mod formats;
mod fsio;
mod input;
mod slug;
mod text;
mod warm;
mod wizard;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, ColorWhen};

/// What a successful run concluded, mapped to an exit code in [`main`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything passed.
    Ok,
    /// The run finished, but a verdict is below the minimum asked for.
    BelowMinimum,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    set_color(cli.color);
    // Compile the analyzers' patterns on the spare cores while this thread
    // reads the input; see `warm` for why this is most of a run.
    warm::start();
    match cmd::run(cli.command) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::BelowMinimum) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // `{:#}` prints the whole context chain on one line:
            // "idea.md:3: front matter: ...".
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Apply `--color` to every anstream writer. Under `auto`, anstream already
/// honours NO_COLOR, CLICOLOR_FORCE and whether the output is a terminal.
fn set_color(when: ColorWhen) {
    let choice = match when {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
}

/// True when the error is only the reader of our stdout going away.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
