//! Is a page inert? The page is read with html5ever's tokenizer (the one
//! ammonia and Servo use, following the WHATWG spec), so "what is a tag"
//! and "what does this attribute value decode to" are answered the way a
//! browser answers them, entities and odd quoting included. A string
//! search alone would miss `&#106;avascript:` or count escaped text as a
//! tag.
//!
//! The rule is positional, not per payload: our templates contain only
//! our own scripts (the vendored htmx, the Polish panel's), no event handler attribute, no
//! `javascript:` URL and no frame or object. So *any* such construct in a
//! page can only have come from user text, and is a finding.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// The only scripts a page may load: the vendored htmx, and the Polish
/// panel's own script (results pages, when a model is configured), both
/// from our origin.
const OUR_SCRIPTS: [&str; 2] = ["/assets/vendor/htmx.min.js", "/assets/polish.js"];

/// Elements that run code, load another document or change the base URL.
const ACTIVE_ELEMENTS: &[&str] = &[
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "isindex",
    "portal",
    "fencedframe",
];

/// Attributes holding a URL the browser may navigate to or load. SVG
/// animation attributes (`to`, `from`, `values`) are here because
/// `<set attributeName=href to=javascript:…>` rewrites a link.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcset",
    "lowsrc",
    "dynsrc",
    "codebase",
    "longdesc",
    "ping",
    "manifest",
    "icon",
    "to",
    "from",
    "values",
    "cite",
];

/// The htmx attributes our templates use. Any other `hx-*` (notably
/// `hx-on:*`, which is an event handler, or `hx-vals` with `js:`) could
/// only come from user text.
const OUR_HTMX_ATTRIBUTES: &[&str] = &[
    "hx-post",
    "hx-get",
    "hx-trigger",
    "hx-target",
    "hx-swap",
    "hx-include",
    "hx-select",
    "hx-push-url",
    "hx-headers",
];

/// One token, owned.
#[derive(Debug, Clone)]
pub enum Tok {
    /// `<name attr=value…>`; names lower-cased, values entity-decoded.
    Start(String, Vec<(String, String)>),
    /// `</name>`.
    End(String),
    /// Text (also the raw text inside `<script>`, `<style>`, `<textarea>`).
    Text(String),
}

/// Collects tokens and switches the tokenizer into raw-text states after
/// the tags that need it, as the tree builder would.
struct Collector(RefCell<Vec<Tok>>);

impl TokenSink for Collector {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) => return self.tag(tag),
            Token::CharacterTokens(text) => self.push_text(&text),
            Token::NullCharacterToken => self.push_text("\u{0}"),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

impl Collector {
    fn tag(&self, tag: Tag) -> TokenSinkResult<()> {
        let name = tag.name.to_string();
        if tag.kind == TagKind::EndTag {
            self.0.borrow_mut().push(Tok::End(name));
            return TokenSinkResult::Continue;
        }
        let attrs = tag
            .attrs
            .iter()
            .map(|a| (a.name.local.to_string(), a.value.to_string()))
            .collect();
        self.0.borrow_mut().push(Tok::Start(name.clone(), attrs));
        match name.as_str() {
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

    fn push_text(&self, text: &str) {
        let mut tokens = self.0.borrow_mut();
        if let Some(Tok::Text(last)) = tokens.last_mut() {
            last.push_str(text);
        } else {
            tokens.push(Tok::Text(text.to_string()));
        }
    }
}

/// The page as tokens.
pub fn tokens(html: &str) -> Vec<Tok> {
    let tokenizer = Tokenizer::new(
        Collector(RefCell::new(Vec::new())),
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.take()
}

/// The text inside the first element with `id="…"` up to its end tag
/// (meant for `<textarea>`, whose content is one raw text token).
pub fn text_of(html: &str, id: &str) -> Option<String> {
    let toks = tokens(html);
    let start = toks.iter().position(
        |t| matches!(t, Tok::Start(_, attrs) if attrs.iter().any(|(k, v)| k == "id" && v == id)),
    )?;
    match toks.get(start + 1) {
        Some(Tok::Text(text)) => Some(text.clone()),
        _ => Some(String::new()),
    }
}

/// Every way `html` could run code or navigate because of its content;
/// empty when the page is inert.
pub fn findings(html: &str) -> Vec<String> {
    let toks = tokens(html);
    let mut found = Vec::new();
    let mut in_style = false;
    for tok in &toks {
        match tok {
            Tok::Start(name, attrs) => {
                in_style = name == "style";
                element_findings(name, attrs, &mut found);
            }
            Tok::End(_) => in_style = false,
            Tok::Text(text) if in_style => style_findings(text, "a <style> element", &mut found),
            Tok::Text(_) => {}
        }
    }
    found
}

fn element_findings(name: &str, attrs: &[(String, String)], found: &mut Vec<String>) {
    let attr = |key: &str| {
        attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    if name == "script" && !attr("src").is_some_and(|src| OUR_SCRIPTS.contains(&src)) {
        found.push(format!("a <script> element: {attrs:?}"));
    }
    if ACTIVE_ELEMENTS.contains(&name) {
        found.push(format!("an active <{name}> element: {attrs:?}"));
    }
    // A page may tighten its own policy (the downloadable HTML page sets a
    // CSP in a meta tag); any other http-equiv (refresh, set-cookie) acts.
    let equiv = attr("http-equiv").map(str::to_ascii_lowercase);
    if name == "meta" && equiv.is_some_and(|e| e != "content-security-policy") {
        found.push(format!("a <meta http-equiv> element: {attrs:?}"));
    }
    if name == "link" && !attr("href").is_some_and(|h| h.starts_with("/assets/")) {
        found.push(format!("a <link> to somewhere else: {attrs:?}"));
    }
    for (key, value) in attrs {
        attribute_findings(name, key, value, found);
    }
}

fn attribute_findings(element: &str, key: &str, value: &str, found: &mut Vec<String>) {
    let key = key.to_ascii_lowercase();
    let at = format!("<{element} {key}={value:?}>");
    if key.starts_with("on") {
        found.push(format!("an event handler attribute: {at}"));
    }
    if key.starts_with("hx-") || key.starts_with("data-hx-") {
        let ours = OUR_HTMX_ATTRIBUTES.contains(&key.as_str());
        if !ours {
            found.push(format!("an htmx attribute our templates never write: {at}"));
        }
        if matches!(key.as_str(), "hx-get" | "hx-post")
            && !(value.starts_with('/') || value.starts_with('?'))
        {
            found.push(format!("an htmx request to another origin or scheme: {at}"));
        }
    }
    if key == "srcdoc" {
        found.push(format!("an inline document: {at}"));
    }
    if key == "style" {
        style_findings(value, &at, found);
    }
    if URL_ATTRIBUTES.contains(&key.as_str()) && dangerous_url(element, &key, value) {
        found.push(format!("a script or data URL: {at}"));
    }
}

/// CSS that can load or run something.
fn style_findings(css: &str, at: &str, found: &mut Vec<String>) {
    let css = css.to_ascii_lowercase();
    for bad in ["url(", "@import", "expression(", "javascript:", "behavior:"] {
        if css.contains(bad) {
            found.push(format!("CSS with `{bad}` in {at}"));
        }
    }
}

/// A URL the browser would run or render as a document: `javascript:`,
/// `vbscript:`, or `data:` other than a plain raster image in `<img src>`.
/// Browsers strip tabs, newlines and leading control characters and
/// spaces before reading the scheme, so this does too.
fn dangerous_url(element: &str, key: &str, value: &str) -> bool {
    let normalized: String = value
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    // srcset and values are lists: check each entry.
    normalized
        .split([',', ';'])
        .map(|entry| entry.trim_start_matches(|c: char| !c.is_ascii_alphanumeric()))
        .any(|entry| {
            let raster = [
                "data:image/png",
                "data:image/gif",
                "data:image/jpeg",
                "data:image/webp",
            ]
            .iter()
            .any(|p| entry.starts_with(p));
            entry.starts_with("javascript:")
                || entry.starts_with("vbscript:")
                || (entry.starts_with("data:") && !(element == "img" && key == "src" && raster))
        })
}
