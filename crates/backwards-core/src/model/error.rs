//! Errors for input the parser refuses.
//!
//! Only input that cannot be read at all is an error. A missing section is
//! not: it is a gap, and the verdict reports it (see `analyze`).

use thiserror::Error;

/// Why an idea file was refused. Every variant says what was wrong and where,
/// so the user can fix the file without guessing.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The file is larger than [`crate::model::MAX_INPUT_BYTES`].
    #[error("the idea file is {size} bytes; the limit is {limit} bytes (1 MiB)")]
    TooLarge {
        /// The size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The bytes are not valid UTF-8.
    #[error(
        "line {line}: the idea file is not valid UTF-8 (invalid byte at offset {offset}); save it as UTF-8"
    )]
    NotUtf8 {
        /// 1-based line of the first invalid byte.
        line: usize,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The input looks like a binary file (NUL or other control bytes).
    #[error(
        "line {line}: the idea file looks binary (control byte 0x{byte:02x}); expected a Markdown text file"
    )]
    Binary {
        /// 1-based line of the first suspicious byte.
        line: usize,
        /// The offending byte.
        byte: u8,
    },
    /// The YAML front matter does not parse, or a known key has a bad value.
    #[error("line {line}: front matter: {message}")]
    FrontMatter {
        /// 1-based line in the file.
        line: usize,
        /// What was wrong.
        message: String,
    },
}

impl ParseError {
    /// The 1-based line the error points at, for editors and JSON output.
    pub fn line(&self) -> Option<usize> {
        match self {
            ParseError::TooLarge { .. } => None,
            ParseError::NotUtf8 { line, .. }
            | ParseError::Binary { line, .. }
            | ParseError::FrontMatter { line, .. } => Some(*line),
        }
    }
}
