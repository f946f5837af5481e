//! The OpenAPI 3.1 document of the JSON API, served at `/api/openapi.json`.
//!
//! Hand-written JSON rather than generated: the API is small, the file is
//! reviewed like code, and a test checks that every route in
//! [`API_ROUTES`](super::API_ROUTES) is described, so it cannot drift
//! silently.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// The document.
pub(crate) const OPENAPI_JSON: &str = include_str!("openapi.json");

/// `GET /api/openapi.json`.
pub(crate) async fn document() -> Response {
    let mut response = OPENAPI_JSON.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::API_ROUTES;

    #[test]
    fn every_api_route_is_described_and_nothing_else() {
        let doc: serde_json::Value = serde_json::from_str(OPENAPI_JSON).unwrap_or_default();
        assert_eq!(doc["openapi"], "3.1.0");
        for (method, path) in API_ROUTES {
            assert!(
                doc["paths"][path][method].is_object(),
                "{method} {path} is not described"
            );
        }
        let described: usize = doc["paths"]
            .as_object()
            .map(|paths| {
                paths
                    .values()
                    .filter_map(|p| p.as_object())
                    .map(|p| p.keys().filter(|k| *k != "parameters").count())
                    .sum()
            })
            .unwrap_or(0);
        assert_eq!(
            described,
            API_ROUTES.len(),
            "the document describes routes the server lacks"
        );
    }
}
