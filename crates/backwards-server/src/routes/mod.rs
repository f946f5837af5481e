//! Every route, listed in one place.
//!
//! Pages live under `/w/{ws}/…` and the JSON API under `/api/v1/w/{ws}/…`;
//! both go through the same service functions (`service.rs`), so a page
//! and its API twin cannot disagree.

mod account;
mod api;
mod download;
mod history;
mod home;
mod openapi;
mod polish;
mod results;
mod service;
mod share;
mod wizard;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::routing::{get, post};

use crate::state::AppState;
use crate::{assets, csrf, security};

/// Every API route as (method, path in OpenAPI syntax). The OpenAPI
/// document must describe each one (a test checks it), and the router
/// below registers exactly these under `/api/v1`.
pub const API_ROUTES: &[(&str, &str)] = &[
    ("get", "/api/v1/workspaces"),
    ("get", "/api/v1/w/{ws}/ideas"),
    ("post", "/api/v1/w/{ws}/ideas"),
    ("get", "/api/v1/w/{ws}/ideas/{id}"),
    ("get", "/api/v1/w/{ws}/ideas/{id}/versions"),
    ("post", "/api/v1/w/{ws}/ideas/{id}/versions"),
    ("get", "/api/v1/w/{ws}/ideas/{id}/versions/{number}"),
    ("get", "/api/v1/w/{ws}/ideas/{id}/verdict"),
    ("get", "/api/v1/w/{ws}/ideas/{id}/documents/{kind}"),
    ("post", "/api/v1/w/{ws}/ideas/{id}/steps/{step}/coach"),
];

/// The whole app: pages, API, assets, with the security headers, CSRF
/// check and body limit applied to every request.
pub fn app(state: AppState) -> Router {
    let pages = Router::new()
        .route("/", get(home::root))
        .route("/healthz", get(|| async { "ok" }))
        .route("/assets/{*path}", get(assets::serve))
        .route("/w/{ws}", get(home::list))
        .route("/w/{ws}/ideas", post(home::create))
        .route("/w/{ws}/ideas/upload", post(home::upload))
        .route("/w/{ws}/ideas/{id}", get(results::page))
        .route(
            "/w/{ws}/ideas/{id}/steps/{step}",
            get(wizard::page).post(wizard::save),
        )
        .route("/w/{ws}/ideas/{id}/steps/{step}/coach", post(wizard::coach))
        .route("/w/{ws}/ideas/{id}/polish", post(polish::start))
        .route("/w/{ws}/ideas/{id}/polish/{job}", get(polish::events))
        .route("/w/{ws}/ideas/{id}/history", get(history::page))
        .route("/w/{ws}/ideas/{id}/download/{file}", get(download::file))
        .route("/w/{ws}/ideas/{id}/share", post(share::create))
        .route(
            "/w/{ws}/ideas/{id}/share/{link}/revoke",
            post(share::revoke),
        )
        .route("/w/{ws}/members", post(account::add_member))
        .route("/s/{token}", get(share::page))
        .route("/login", get(account::login_page).post(account::login))
        .route(
            "/register",
            get(account::register_page).post(account::register),
        )
        .route("/logout", post(account::logout))
        .route(
            "/workspaces",
            get(account::workspaces).post(account::create_workspace),
        )
        .route("/settings", get(account::settings))
        .route("/settings/tokens", post(account::create_token))
        .route("/settings/tokens/{id}/revoke", post(account::revoke_token));
    let api = Router::new()
        .route("/api/openapi.json", get(openapi::document))
        .route("/api/v1/workspaces", get(api::workspaces))
        .route("/api/v1/w/{ws}/ideas", get(api::list).post(api::create))
        .route("/api/v1/w/{ws}/ideas/{id}", get(api::idea))
        .route(
            "/api/v1/w/{ws}/ideas/{id}/versions",
            get(api::versions).post(api::save),
        )
        .route(
            "/api/v1/w/{ws}/ideas/{id}/versions/{number}",
            get(api::version),
        )
        .route("/api/v1/w/{ws}/ideas/{id}/verdict", get(api::verdict))
        .route(
            "/api/v1/w/{ws}/ideas/{id}/documents/{kind}",
            get(api::document),
        )
        .route(
            "/api/v1/w/{ws}/ideas/{id}/steps/{step}/coach",
            post(api::coach),
        );
    pages
        .merge(api)
        .layer(DefaultBodyLimit::max(security::BODY_LIMIT))
        .layer(middleware::from_fn(csrf::layer))
        .layer(middleware::from_fn(security::headers))
        .with_state(state)
}
