//! A sealed typst `World`: one generated main file, one SVG, embedded fonts.
//!
//! typst asks its `World` for every file, font, package and the date. Ours answers
//! with the generated `/main.typ`, the scores picture at `/scores.svg`, the fonts
//! compiled into the binary and a fixed date, and denies everything else. That
//! keeps exports reproducible (no clock, no system fonts) and sandboxed: a document
//! can never read a file from disk or fetch an `@preview` package from the network.

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Where the generated document lives inside the world.
const MAIN_PATH: &str = "/main.typ";
/// Where the template's `scores()` finds the picture.
pub(crate) const SCORES_PATH: &str = "/scores.svg";

/// Fonts and the standard library are the same for every export and costly to
/// build (17 font files to parse), so they are made once per process.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = crate::fonts::embedded()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        Shared {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

/// A file id in the project root. The paths are constants, so this cannot fail in
/// practice; it still returns a typed error instead of panicking.
fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("bad virtual path {path}: {e:?}"))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

/// The world one export is compiled in.
pub(crate) struct ExportWorld {
    main: Source,
    scores_id: FileId,
    scores: Option<Bytes>,
    today: Option<Datetime>,
}

impl ExportWorld {
    /// A world around the generated markup, the optional SVG and the date that
    /// typst's `datetime.today()` should return.
    pub(crate) fn new(
        markup: String,
        scores_svg: Option<&str>,
        today: Option<(i32, u8, u8)>,
    ) -> Result<Self, String> {
        let main_id = file_id(MAIN_PATH)?;
        Ok(Self {
            main: Source::new(main_id, markup),
            scores_id: file_id(SCORES_PATH)?,
            scores: scores_svg.map(|svg| Bytes::new(svg.as_bytes().to_vec())),
            today: today.and_then(|(y, m, d)| Datetime::from_ymd(y, m, d)),
        })
    }
}

impl World for ExportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        match &self.scores {
            Some(bytes) if id == self.scores_id => Ok(bytes.clone()),
            _ => Err(FileError::AccessDenied),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The export date, never the clock: the same input must give the same bytes.
        self.today.or_else(|| Datetime::from_ymd(2000, 1, 1))
    }
}
