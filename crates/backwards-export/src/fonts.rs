//! The fonts every export uses, embedded in the binary.
//!
//! Both the PDF and the rasterised scores picture use only these fonts, never the
//! system's: output must not change with the machine it runs on, and the binary must
//! work on a server with no fonts installed at all.

/// The embedded font files (Libertinus Serif for text, DejaVu Sans Mono for code,
/// New Computer Modern for maths), from typst-assets.
pub(crate) fn embedded() -> impl Iterator<Item = &'static [u8]> {
    typst_assets::fonts()
}
