//! Security headers on every response, and the request body limit.
//!
//! The CSP is the backstop behind escaping: even if some user text slipped
//! through unescaped, `script-src 'self'` refuses inline scripts and event
//! handlers, and `style-src 'self'` refuses inline styles (htmx is
//! configured with `includeIndicatorStyles: false` so it injects none).
//! SVG pictures are inline markup from the core, with presentation
//! attributes only, which `style-src` does not govern.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

/// Largest request body accepted: an idea file is at most 1 MiB (the
/// parser's limit), plus room for multipart framing and form encoding.
pub(crate) const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// The Content-Security-Policy of every response.
pub(crate) const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Adds the security headers to every response, errors included.
pub(crate) async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        // Pages show private ideas: keep them out of shared caches.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
