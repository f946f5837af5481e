//! `backwards verdict FILE`: the verdict as text, JSON or Markdown.

use std::io::Write;

use anyhow::Result;
use backwards_core::render::{self, DocKind, RenderContext};

use crate::Outcome;
use crate::args::{VerdictArgs, VerdictFormat};
use crate::{formats, input, text};

/// Print the verdict on one idea.
pub fn run(args: &VerdictArgs) -> Result<Outcome> {
    let loaded = input::load(&args.file)?;
    let cx = RenderContext {
        idea: &loaded.idea,
        report: &loaded.report,
        generated_on: super::today(),
    };
    let mut out = anstream::stdout().lock();
    match args.format {
        VerdictFormat::Text => text::print_verdict(&mut out, &loaded.idea, &loaded.report)?,
        VerdictFormat::Json => out.write_all(formats::json(&cx, None).as_bytes())?,
        VerdictFormat::Md => {
            out.write_all(render::render(&cx, DocKind::Verdict).markdown.as_bytes())?
        }
    }
    out.flush()?;
    Ok(Outcome::Ok)
}
