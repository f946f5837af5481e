//! `backwards write FILE`: the four documents (and the page and JSON) as files.
//!
//! Order matters for the "nothing is written" promise: parse, render every
//! file in memory, check that no target exists, and only then touch the disk.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use backwards_core::render::{self, Document, RenderContext};

use crate::Outcome;
use crate::args::{WriteArgs, WriteFormat};
use crate::fsio::{self, Planned};
use crate::{formats, input, slug};

/// Write the requested formats into `--out`.
pub fn run(args: &WriteArgs) -> Result<Outcome> {
    let loaded = input::load(&args.file)?;
    let cx = RenderContext {
        idea: &loaded.idea,
        report: &loaded.report,
        generated_on: args.date.unwrap_or_else(super::today),
    };
    let documents = render::render_all(&cx);
    let files = plan(&cx, &documents, &args.out, &formats_in_order(&args.format))?;
    if !args.force {
        fsio::refuse_existing(files.iter().map(|f| f.path.as_path()))?;
    }
    // --polish replaces the drafts (verdict excepted); --second-opinion prints apart.
    let files = match super::polish::run(&args.llm, &loaded.idea, &documents)? {
        Some(polished) => plan(&cx, &polished, &args.out, &formats_in_order(&args.format))?,
        None => files,
    };
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the directory", args.out.display()))?;
    fsio::write_all(&files, args.force)?;
    let mut out = anstream::stdout().lock();
    for file in &files {
        writeln!(out, "wrote {}", file.path.display())?;
    }
    Ok(Outcome::Ok)
}

/// Each format once, in a fixed order, whatever the user typed.
fn formats_in_order(requested: &[WriteFormat]) -> Vec<WriteFormat> {
    let mut formats = requested.to_vec();
    formats.sort();
    formats.dedup();
    formats
}

/// Every file this run will write, fully rendered.
fn plan(
    cx: &RenderContext<'_>,
    documents: &[Document],
    out: &Path,
    wanted: &[WriteFormat],
) -> Result<Vec<Planned>> {
    let stem = slug::slug(cx.idea.name());
    let mut files = Vec::new();
    for format in wanted {
        match format {
            WriteFormat::Md => files.extend(documents.iter().map(|doc| Planned {
                path: out.join(format!("{}.md", doc.kind.slug())),
                contents: doc.markdown.clone().into_bytes(),
            })),
            WriteFormat::Html => files.push(Planned {
                path: out.join(format!("{stem}.html")),
                contents: formats::html(cx, documents).into_bytes(),
            }),
            WriteFormat::Json => files.push(Planned {
                path: out.join(format!("{stem}.json")),
                contents: formats::json(cx, Some(documents)).into_bytes(),
            }),
            WriteFormat::Pdf => files.push(Planned {
                path: out.join(format!("{stem}.pdf")),
                contents: formats::pdf(cx, documents)?,
            }),
            WriteFormat::Docx => files.push(Planned {
                path: out.join(format!("{stem}.docx")),
                contents: formats::docx(cx, documents)?,
            }),
        }
    }
    Ok(files)
}
