//! Cross-site request forgery protection: a double-submit token.
//!
//! Every browser gets a random `bw_csrf` cookie (SameSite=Strict,
//! HttpOnly). Pages put the same value in each form (`<input name="csrf">`)
//! and in the `X-CSRF-Token` header htmx sends (`hx-headers` on `<body>`).
//! A state-changing request must carry it in one of the two; another site
//! can make a browser *send* the cookie but can neither read it nor set a
//! matching field, so its forged form fails.
//!
//! Exempt: the JSON API (it demands `application/json`, which a cross-site
//! form cannot send, and in team mode a Bearer token, which a browser never
//! adds by itself) and multipart uploads (their handler checks the `csrf`
//! field itself, since the middleware does not parse multipart bodies).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::{cookie, random_token};
use crate::error::AppError;
use crate::security::BODY_LIMIT;

/// The cookie holding the token.
pub(crate) const COOKIE: &str = "bw_csrf";
/// The header htmx sends it in.
pub(crate) const HEADER: &str = "x-csrf-token";

/// The request's CSRF token, for templates to embed.
#[derive(Debug, Clone)]
pub(crate) struct CsrfToken(pub String);

/// Issues the cookie when missing and checks unsafe methods.
pub(crate) async fn layer(request: Request, next: Next) -> Response {
    let existing = cookie(request.headers(), COOKIE).filter(|t| valid_shape(t));
    let token = existing.clone().unwrap_or_else(random_token);
    let (mut parts, body) = request.into_parts();
    let mut body = body;
    if needs_check(&parts.method, parts.uri.path(), &parts.headers) {
        let Some(expected) = existing.as_deref() else {
            return AppError::Csrf.into_response();
        };
        match presented(&parts.headers, body).await {
            Ok((given, rebuilt)) if given.as_deref().is_some_and(|g| same(g, expected)) => {
                body = rebuilt;
            }
            Ok(_) => return AppError::Csrf.into_response(),
            Err(too_large) => return too_large,
        }
    }
    parts.extensions.insert(CsrfToken(token.clone()));
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if existing.is_none() {
        let value = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict");
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Unsafe methods outside the API and multipart uploads.
fn needs_check(method: &Method, path: &str, headers: &HeaderMap) -> bool {
    let safe = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    let multipart = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    !safe && !path.starts_with("/api/") && !multipart
}

/// The token the request presents: the header, else the `csrf` field of a
/// URL-encoded body. The body is buffered (bounded: a bigger one is a 413,
/// as the extractors would answer) and handed back.
async fn presented(headers: &HeaderMap, body: Body) -> Result<(Option<String>, Body), Response> {
    if let Some(value) = headers.get(HEADER).and_then(|v| v.to_str().ok()) {
        return Ok((Some(value.to_string()), body));
    }
    let bytes = to_bytes(body, BODY_LIMIT)
        .await
        .map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "the request is too large").into_response())?;
    let given = form_field(&bytes, "csrf");
    Ok((given, Body::from(bytes)))
}

/// One field of a URL-encoded form.
pub(crate) fn form_field(bytes: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(bytes)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// Tokens are 64 lower-case hex characters; anything else is ignored (and
/// replaced), so a planted odd cookie cannot smuggle text into pages.
fn valid_shape(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Constant-time comparison, so timing does not reveal a prefix.
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
