//! The scores SVG as a PNG, for the DOCX.
//!
//! Word only takes an SVG together with a PNG fallback, and LibreOffice and Google
//! Docs read the PNG, so the DOCX carries a PNG. resvg draws it; it is already in
//! typst's dependency graph, so the PDF build pays nothing extra for it.
//!
//! Like the typst world, the renderer is sealed: it uses only the embedded fonts (so
//! the picture is identical on every machine) and resolves no external image
//! references (an SVG cannot make the exporter read a file).

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, ImageHrefResolver, fontdb};

use crate::ExportError;

/// The picture is drawn at twice its nominal size so it stays sharp when printed.
const SCALE: f32 = 2.0;
/// No side of the PNG exceeds this, whatever size the SVG claims.
const MAX_SIDE: f32 = 2400.0;

/// A PNG and its size in pixels.
pub(crate) struct Png {
    /// The encoded PNG.
    pub bytes: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            for data in crate::fonts::embedded() {
                db.load_font_data(data.to_vec());
            }
            // Generic families map onto the embedded text font.
            db.set_serif_family("Libertinus Serif");
            db.set_sans_serif_family("Libertinus Serif");
            db.set_monospace_family("DejaVu Sans Mono");
            Arc::new(db)
        })
        .clone()
}

/// Rasterises an SVG document.
pub(crate) fn png(svg: &str) -> Result<Png, ExportError> {
    let options = usvg::Options {
        font_family: "Libertinus Serif".to_owned(),
        fontdb: fonts(),
        image_href_resolver: ImageHrefResolver {
            resolve_string: Box::new(|_, _| None),
            ..ImageHrefResolver::default()
        },
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Picture(e.to_string()))?;
    let size = tree.size();
    let scale = SCALE
        .min(MAX_SIDE / size.width())
        .min(MAX_SIDE / size.height());
    // Sizes are positive and bounded by MAX_SIDE, so the casts cannot overflow.
    let width = (size.width() * scale).ceil().max(1.0) as u32;
    let height = (size.height() * scale).ceil().max(1.0) as u32;
    let mut pixmap = Pixmap::new(width, height)
        .ok_or_else(|| ExportError::Picture(format!("cannot draw a {width}×{height} picture")))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let bytes = encode(&pixmap).map_err(|e| ExportError::Picture(e.to_string()))?;
    Ok(Png {
        bytes,
        width,
        height,
    })
}

/// Encodes the pixmap as a PNG with png's fast compression: tiny-skia's own
/// encoder uses the default level, which in a debug build costs about half a
/// second per picture for a file only slightly smaller. The background is opaque
/// white, so the premultiplied pixels are plain RGBA.
fn encode(pixmap: &Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(pixmap.data())?;
    writer.finish()?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
        <rect x="10" y="10" width="80" height="40" fill="#1f3a5f"/>
        <text x="100" y="40" font-family="sans-serif" font-size="14">Reach 72</text></svg>"##;

    #[test]
    fn draws_at_twice_the_size() {
        let png = png(SVG).expect("a valid SVG draws");
        assert_eq!((png.width, png.height), (400, 200));
        assert!(png.bytes.starts_with(b"\x89PNG"));
    }

    #[test]
    fn same_svg_same_png() {
        assert_eq!(
            png(SVG).expect("draws").bytes,
            png(SVG).expect("draws").bytes
        );
    }

    #[test]
    fn huge_claimed_sizes_are_capped() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="50000"/>"#;
        let png = png(svg).expect("draws");
        assert!(
            png.width <= 2400 && png.height <= 2400,
            "{}x{}",
            png.width,
            png.height
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(matches!(png("not an svg"), Err(ExportError::Picture(_))));
    }
}
