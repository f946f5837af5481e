//! Writing files safely: atomically, and never over someone's work by accident.
//!
//! Two promises, both visible to users:
//! - a reader never sees a half-written file: each file is written to a
//!   temporary file in the same directory, flushed to disk (fsync), then
//!   renamed over the target, which the OS does in one step;
//! - without `--force` nothing is overwritten, and the check covers every
//!   target BEFORE the first write, so a refused run leaves the directory
//!   exactly as it was.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// A file to write: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// The target path.
    pub path: PathBuf,
    /// The full contents.
    pub contents: Vec<u8>,
}

/// Write every planned file, or none if any already exists (unless `force`).
pub fn write_all(files: &[Planned], force: bool) -> Result<()> {
    if !force {
        refuse_existing(files.iter().map(|f| f.path.as_path()))?;
    }
    for file in files {
        write_atomic(&file.path, &file.contents, force)?;
    }
    Ok(())
}

/// Fail, naming every target that exists, if any does.
pub fn refuse_existing<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Result<()> {
    let existing: Vec<String> = paths
        .into_iter()
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        bail!(
            "refusing to overwrite {} (use --force to replace); nothing was written",
            existing.join(", ")
        );
    }
    Ok(())
}

/// Write one file atomically: temp file in the same directory, fsync, rename.
///
/// The temp file must live in the target's directory because a rename is only
/// atomic within one file system. Without `overwrite`, the final step is a
/// no-clobber link, so a file that appeared since the check is still safe.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: bool) -> Result<()> {
    let dir = parent_dir(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".backwards-").suffix(".tmp");
    // Temp files are created 0600; the documents are meant to be shared,
    // so give them the usual 0644 of a file the user saved.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder
        .tempfile_in(dir)
        .with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
    temp.write_all(contents)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("{}: cannot write", path.display()))?;
    let persisted = if overwrite {
        temp.persist(path).map(drop)
    } else {
        temp.persist_noclobber(path).map(drop)
    };
    persisted.map_err(|e| e.error).with_context(|| {
        if !overwrite && path.exists() {
            format!(
                "{}: already exists (use --force to replace)",
                path.display()
            )
        } else {
            format!("{}: cannot write", path.display())
        }
    })?;
    sync_dir(dir);
    Ok(())
}

/// The directory a path lives in ("." for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Flush the directory entry too, so the rename survives a power cut.
/// Best effort: some platforms cannot open a directory, and the data itself
/// is already on disk.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(dir: &Path, name: &str, text: &str) -> Planned {
        Planned {
            path: dir.join(name),
            contents: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn writes_every_file() -> Result<()> {
        let dir = tempfile::tempdir()?;
        write_all(
            &[plan(dir.path(), "a.md", "A"), plan(dir.path(), "b.md", "B")],
            false,
        )?;
        assert_eq!(fs::read_to_string(dir.path().join("a.md"))?, "A");
        assert_eq!(fs::read_to_string(dir.path().join("b.md"))?, "B");
        Ok(())
    }

    #[test]
    fn one_existing_target_stops_every_write() -> Result<()> {
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join("b.md"), "mine")?;
        let err = write_all(
            &[plan(dir.path(), "a.md", "A"), plan(dir.path(), "b.md", "B")],
            false,
        )
        .map(drop)
        .unwrap_err();
        assert!(err.to_string().contains("b.md"), "{err}");
        assert!(!dir.path().join("a.md").exists());
        assert_eq!(fs::read_to_string(dir.path().join("b.md"))?, "mine");
        Ok(())
    }

    #[test]
    fn force_replaces_and_leaves_no_temp_files() -> Result<()> {
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join("a.md"), "old")?;
        write_all(&[plan(dir.path(), "a.md", "new")], true)?;
        assert_eq!(fs::read_to_string(dir.path().join("a.md"))?, "new");
        let names: Vec<_> = fs::read_dir(dir.path())?.collect::<Result<_, _>>()?;
        assert_eq!(names.len(), 1);
        Ok(())
    }

    #[test]
    fn no_clobber_holds_even_without_the_upfront_check() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("a.md");
        fs::write(&path, "old")?;
        assert!(write_atomic(&path, b"new", false).is_err());
        assert_eq!(fs::read_to_string(&path)?, "old");
        Ok(())
    }
}
