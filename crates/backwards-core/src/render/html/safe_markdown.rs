//! Markdown → HTML that is safe to open, whatever the idea file contained.
//!
//! The documents quote the idea, and the idea is untrusted: someone may
//! paste `<script>`, an `<img onerror=…>` or a `javascript:` link into it,
//! and the page may be mailed around and opened by anyone. So the Markdown
//! events are filtered before pulldown-cmark writes any HTML:
//! - raw HTML (blocks and inline) is turned into text, which the writer
//!   escapes: `<script>` shows up as the characters `<script>`;
//! - links keep their target only for `http:`, `https:`, `mailto:` and
//!   `#fragment` URLs; any other link (`javascript:`, `data:`, relative
//!   paths) becomes its plain text;
//! - images are dropped (their alt text stays): the page must load nothing
//!   from anywhere;
//! - heading attributes are never parsed, and heading ids are generated
//!   here from the heading text, so no author-controlled attribute exists.
//!
//! pulldown-cmark's HTML writer escapes all text and attribute values.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use serde::Serialize;

/// One entry of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct TocEntry {
    /// The heading's generated id (the link target).
    pub id: String,
    /// The heading's text.
    pub title: String,
}

/// A document converted to HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Converted {
    /// The text of the leading `# Title`, which is taken out of the body so
    /// the page can place it (and the score picture) itself.
    pub title: Option<String>,
    /// The body HTML, headings shifted one level down (the page owns `<h1>`
    /// and each document's `<h2>`).
    pub html: String,
    /// The document's `##` sections, for the table of contents.
    pub sections: Vec<TocEntry>,
}

/// Convert one document. `prefix` keeps heading ids unique across the
/// documents of one page ("faq-pricing", "prd-pricing").
pub(crate) fn convert(markdown: &str, prefix: &str) -> Converted {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut out: Vec<Event<'_>> = Vec::new();
    let mut links: Vec<bool> = Vec::new();
    let mut heading: Option<Heading> = None;
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut seen_block = false;
    let mut ids = Ids::new(prefix);
    let mut sections = Vec::new();
    for event in Parser::new_ext(markdown, options) {
        // The first block, if it is an H1, is the title.
        if !seen_block {
            seen_block = true;
            if matches!(
                event,
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H1,
                    ..
                })
            ) {
                in_title = true;
                title = Some(String::new());
                continue;
            }
        }
        if in_title {
            match event {
                Event::End(TagEnd::Heading(_)) => in_title = false,
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    if let Some(title) = title.as_mut() {
                        title.push_str(&t);
                    }
                }
                _ => {}
            }
            continue;
        }
        let event = match event {
            Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => continue,
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let safe = is_safe_url(&dest_url);
                links.push(safe);
                if !safe {
                    continue;
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Link) => {
                if links.pop().unwrap_or(false) {
                    Event::End(TagEnd::Link)
                } else {
                    continue;
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some(Heading {
                    index: out.len(),
                    level,
                    text: String::new(),
                });
                Event::Start(Tag::Heading {
                    level: shift(level),
                    id: None,
                    classes: Vec::new(),
                    attrs: Vec::new(),
                })
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(h) = heading.take() {
                    let id = ids.next(&h.text);
                    if h.level == HeadingLevel::H2 {
                        sections.push(TocEntry {
                            id: id.clone(),
                            title: h.text.trim().to_string(),
                        });
                    }
                    if let Some(Event::Start(Tag::Heading { id: slot, .. })) = out.get_mut(h.index)
                    {
                        *slot = Some(CowStr::from(id));
                    }
                }
                Event::End(TagEnd::Heading(shift(level)))
            }
            other => other,
        };
        if let (Some(h), Event::Text(t) | Event::Code(t)) = (heading.as_mut(), &event) {
            h.text.push_str(t);
        }
        out.push(event);
    }
    let mut body = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut body, out.into_iter());
    Converted {
        title: title
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
        html: body,
        sections,
    }
}

/// A heading being read: where its start event is, and its text so far.
struct Heading {
    index: usize,
    level: HeadingLevel,
    text: String,
}

/// One level down: the page's `<h1>` is the idea, `<h2>` each document.
fn shift(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

/// True for link targets a reader can follow safely from a file on disk.
fn is_safe_url(url: &str) -> bool {
    // Browsers ignore whitespace and control characters inside a scheme
    // ("java\tscript:"), so they are removed before looking at it.
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["https://", "http://", "mailto:", "#"]
        .iter()
        .any(|prefix| cleaned.starts_with(prefix))
}

/// Generates unique, readable heading ids: `faq-what-does-it-cost`.
struct Ids {
    prefix: String,
    used: Vec<String>,
}

impl Ids {
    fn new(prefix: &str) -> Ids {
        Ids {
            prefix: prefix.to_string(),
            used: Vec::new(),
        }
    }

    fn next(&mut self, text: &str) -> String {
        let mut slug = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
        let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
        let slug = slug.trim_end_matches('-');
        let base = if slug.is_empty() {
            format!("{}-section", self.prefix)
        } else {
            format!("{}-{slug}", self.prefix)
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.used.push(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_becomes_text() {
        let c = convert(
            "Hi <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n",
            "d",
        );
        assert!(!c.html.contains("<script"), "{}", c.html);
        assert!(!c.html.contains("<div"), "{}", c.html);
        assert!(
            c.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{}",
            c.html
        );
    }

    #[test]
    fn only_safe_links_keep_their_target_and_images_are_dropped() {
        let md = "[ok](https://example.com/a?b=\"c\") [bad](javascript:alert(1)) [enc](&#106;avascript:x) ![pic](https://x/y.png)";
        let c = convert(md, "d");
        assert!(
            c.html
                .contains("<a href=\"https://example.com/a?b=%22c%22\">ok</a>"),
            "{}",
            c.html
        );
        assert!(
            c.html.contains(" bad ") && c.html.contains(" enc "),
            "{}",
            c.html
        );
        assert!(!c.html.to_lowercase().contains("javascript"), "{}", c.html);
        assert!(
            !c.html.contains("<img") && c.html.contains("pic"),
            "{}",
            c.html
        );
    }

    #[test]
    fn scheme_checks_ignore_case_and_hidden_whitespace() {
        assert!(!is_safe_url(" Java\tScript:alert(1)"));
        assert!(!is_safe_url("data:text/html,x"));
        assert!(!is_safe_url("relative/path"));
        assert!(is_safe_url("HTTPS://example.com"));
        assert!(is_safe_url("#faq-pricing"));
    }

    #[test]
    fn title_is_lifted_and_headings_get_unique_ids() {
        let c = convert(
            "# The FAQ\n\n## Pricing\n\n### What does it cost?\n\n## Pricing\n",
            "faq",
        );
        assert_eq!(c.title.as_deref(), Some("The FAQ"));
        assert!(
            c.html.contains("<h3 id=\"faq-pricing\">Pricing</h3>"),
            "{}",
            c.html
        );
        assert!(
            c.html.contains("<h4 id=\"faq-what-does-it-cost\">"),
            "{}",
            c.html
        );
        assert!(c.html.contains("<h3 id=\"faq-pricing-2\">"), "{}", c.html);
        let ids: Vec<&str> = c.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, vec!["faq-pricing", "faq-pricing-2"]);
    }
}
