//! The printable downloads: the same PDF and DOCX that `backwards write`
//! makes, so a document printed from the web app and one printed from the
//! terminal are the same document.
//!
//! Typesetting a PDF takes real CPU time (tens of milliseconds in release,
//! far more in debug), which is why the download handler runs it on the
//! blocking pool rather than on an async worker.

use backwards_core::render::DocKind;
use backwards_export::{ExportError, ExportInput};

use crate::analysis::Analysis;
use crate::error::AppError;

/// A format for paper and for Word, as opposed to the text downloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Printable {
    /// One PDF, fonts embedded.
    Pdf,
    /// One DOCX with real Word styles.
    Docx,
}

/// Renders `analysis` (version `number` of its idea) as one printable file.
///
/// The version printed in the title block is the history's number (`v3`),
/// so two printouts on a table can be told apart; the date is the one the
/// documents themselves carry, so re-downloading an old version gives the
/// same bytes.
pub(crate) fn render(
    analysis: &Analysis,
    number: i64,
    format: Printable,
) -> Result<Vec<u8>, AppError> {
    let svg = analysis.svg();
    let date = analysis.generated_on.to_string();
    let version = format!("v{number}");
    let markdown = |kind: DocKind| analysis.document(kind).map_or("", |d| d.markdown.as_str());
    let input = ExportInput {
        idea_name: analysis.idea.name(),
        version: &version,
        date: &date,
        scores_svg: Some(&svg),
        verdict_md: markdown(DocKind::Verdict),
        press_release_md: markdown(DocKind::PressRelease),
        faq_md: markdown(DocKind::Faq),
        prd_md: markdown(DocKind::Prd),
    };
    match format {
        Printable::Pdf => pdf(&input),
        Printable::Docx => backwards_export::docx(&input).map_err(internal),
    }
}

#[cfg(feature = "pdf")]
fn pdf(input: &ExportInput<'_>) -> Result<Vec<u8>, AppError> {
    backwards_export::pdf(input).map_err(internal)
}

/// A build without the typesetter offers no PDF link, so a request for one
/// is for a file that does not exist here.
#[cfg(not(feature = "pdf"))]
fn pdf(_input: &ExportInput<'_>) -> Result<Vec<u8>, AppError> {
    Err(AppError::NotFound)
}

/// The exporter only fails on a bug (user text is always escaped), so the
/// client gets the opaque 500 and the log gets the detail.
fn internal(err: ExportError) -> AppError {
    AppError::Internal(format!("export: {err}"))
}
