//! The one error type of the crate.

/// Why an export failed. Messages name the stage and never echo document text
/// beyond what typst puts in its own diagnostics.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// typst could not typeset the document (for example, an unreadable SVG).
    #[error("could not typeset the PDF: {0}")]
    Pdf(String),
    /// docx-rs could not write the DOCX archive.
    #[error("could not write the DOCX: {0}")]
    Docx(String),
    /// The scores SVG could not be read or rasterised for the DOCX.
    #[error("could not draw the scores picture: {0}")]
    Picture(String),
}
