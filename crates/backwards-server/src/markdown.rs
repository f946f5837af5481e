//! User Markdown → safe HTML: pulldown-cmark, then ammonia.
//!
//! The documents quote the user's own words, so their Markdown is
//! untrusted. ammonia keeps only a safe subset of tags and attributes
//! (no scripts, no event handlers, no `style`, no `javascript:` URLs) and
//! adds `rel="noopener noreferrer"` to links.

use pulldown_cmark::{Options, Parser, html};

/// Renders Markdown to sanitized HTML, safe to insert unescaped.
pub(crate) fn to_safe_html(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut raw = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options));
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_javascript_links_are_removed() {
        let html = to_safe_html(
            "# T\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) **ok**",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("<strong>ok</strong>"), "{html}");
    }
}
