//! PDF and DOCX exports of the four Working Backwards documents.
//!
//! The core crate writes the verdict, press release, FAQ and PRD as Markdown. People
//! read them in a meeting, on paper or in Word and Google Docs, so this crate turns
//! them into one document per format that looks like the genre: a title block, the
//! verdict with its scores picture, the press release alone on its page, bold FAQ
//! questions, a real requirements table, and every "Not answered yet" visibly marked.
//!
//! Both formats come from the same parsed tree ([`model`]) so they cannot disagree
//! about what the Markdown meant. Neither needs anything installed at run time:
//! the PDF is typeset in memory by typst with fonts embedded in the binary, and the
//! DOCX is plain OOXML written by docx-rs. Output is deterministic: the same input
//! gives the same bytes (the crate never reads the clock; the caller passes the date).
//!
//! typst is expensive to compile (minutes), so the PDF sits behind the default
//! cargo feature `pdf`; `--no-default-features` still builds the DOCX.

mod document;
mod docx;
mod error;
#[cfg(feature = "fonts")]
mod fonts;
mod markdown;
mod model;
#[cfg(feature = "pdf")]
mod pdf;
#[cfg(feature = "picture")]
mod picture;

pub use error::ExportError;

/// Everything an export needs, borrowed from the caller.
///
/// The crate deliberately takes finished Markdown rather than the core's types: it
/// depends on no other `backwards-*` crate, so a change to the analysis never forces
/// a rebuild of typst, and the same function can export documents a user edited by hand.
#[derive(Debug, Clone, Copy)]
pub struct ExportInput<'a> {
    /// The idea's name, shown in the title block and in every page header.
    pub idea_name: &'a str,
    /// Which revision of the idea this is (for example `v3` or `draft`), so two
    /// printouts on a table can be told apart.
    pub version: &'a str,
    /// The date to print, ISO `YYYY-MM-DD`, given by the caller so that output is
    /// reproducible. An ISO date also becomes the file's creation date; any other
    /// text is printed as is.
    pub date: &'a str,
    /// The verdict's picture of the four scores, as an SVG document. `None` leaves
    /// the picture out (the verdict text still lists the scores).
    pub scores_svg: Option<&'a str>,
    /// The verdict, Markdown, starting with `# Title`.
    pub verdict_md: &'a str,
    /// The press release, Markdown; it is laid out on a page of its own.
    pub press_release_md: &'a str,
    /// The FAQ, Markdown, with `### Question?` headings.
    pub faq_md: &'a str,
    /// The PRD, Markdown, with a requirements table whose header names `Priority`
    /// and `Acceptance`.
    pub prd_md: &'a str,
}

/// Typesets the four documents into one PDF, fonts embedded.
///
/// # Errors
/// [`ExportError::Pdf`] if typst rejects the document, which in practice means the
/// scores SVG could not be read: user text is always escaped and cannot break it.
#[cfg(feature = "pdf")]
pub fn pdf(input: &ExportInput<'_>) -> Result<Vec<u8>, ExportError> {
    pdf::render(input)
}

/// Writes the four documents into one DOCX with real Word styles (Title, Heading 1-3,
/// list paragraphs, a table style), so the outline works in Word, LibreOffice and
/// Google Docs.
///
/// # Errors
/// [`ExportError::Docx`] if the archive cannot be written, and
/// [`ExportError::Picture`] if the scores SVG cannot be read.
pub fn docx(input: &ExportInput<'_>) -> Result<Vec<u8>, ExportError> {
    docx::render(input)
}
