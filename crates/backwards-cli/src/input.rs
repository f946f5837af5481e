//! Reading idea files from disk, with errors that name the file and line.
//!
//! The core parses bytes and knows nothing about paths; this is the one place
//! that joins the two, so every subcommand reports bad input the same way:
//! `idea.md:3: front matter: did not find expected key`.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result, anyhow};
use backwards_core::analyze::{self, Report};
use backwards_core::model::{self, Idea, MAX_INPUT_BYTES, ParseError};

/// An idea read from a file, with its analysis.
pub struct Loaded {
    /// The parsed idea.
    pub idea: Idea,
    /// What the analyzers made of it.
    pub report: Report,
}

/// Read, parse and analyze one idea file.
pub fn load(path: &Path) -> Result<Loaded> {
    let idea = read_idea(path)?;
    let report = analyze::analyze(&idea);
    Ok(Loaded { idea, report })
}

/// Read and parse one idea file.
pub fn read_idea(path: &Path) -> Result<Idea> {
    let bytes = read_capped(path)?;
    if bytes.len() > MAX_INPUT_BYTES {
        // Only the first MiB was read; report the file's real size.
        let size = std::fs::metadata(path).map_or(bytes.len(), |m| {
            usize::try_from(m.len()).unwrap_or(usize::MAX)
        });
        let err = ParseError::TooLarge {
            size,
            limit: MAX_INPUT_BYTES,
        };
        return Err(parse_error(path, &err));
    }
    model::parse(&bytes).map_err(|e| parse_error(path, &e))
}

/// Read at most one byte more than the parser accepts: enough for it to
/// refuse an oversized file, without loading a multi-gigabyte one into memory.
fn read_capped(path: &Path) -> Result<Vec<u8>> {
    let file = File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    Ok(bytes)
}

/// Turn a parse error into `path:line: message`.
///
/// The core's messages start with `line N: ` so they read well on their own;
/// here the line moves next to the path, where editors and CI logs look for it.
pub fn parse_error(path: &Path, err: &ParseError) -> anyhow::Error {
    let message = err.to_string();
    match err.line() {
        Some(line) => {
            let prefix = format!("line {line}: ");
            let rest = message.strip_prefix(&prefix).unwrap_or(&message);
            anyhow!("{}:{line}: {rest}", path.display())
        }
        None => anyhow!("{}: {message}", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_put_the_line_next_to_the_path() {
        let err = ParseError::FrontMatter {
            line: 3,
            message: "bad key".into(),
        };
        let shown = parse_error(Path::new("idea.md"), &err).to_string();
        assert_eq!(shown, "idea.md:3: front matter: bad key");
    }

    #[test]
    fn errors_without_a_line_keep_the_path() {
        let err = ParseError::TooLarge { size: 2, limit: 1 };
        let shown = parse_error(Path::new("big.md"), &err).to_string();
        assert!(shown.starts_with("big.md: "), "{shown}");
    }
}
