//! The one error type of the handlers and how it becomes a response.
//!
//! Pages and the API share it. The status is chosen here; the body is a
//! short plain sentence (JSON `{"error": …}` for the API). A store or
//! template failure is logged and answered with an opaque 500, so no SQL,
//! path or secret ever reaches a client.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use backwards_store::StoreError;

/// What a handler can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppError {
    /// Missing, or not yours: the two look the same on purpose.
    #[error("not found")]
    NotFound,
    /// Team mode without a valid session or token.
    #[error("sign in first")]
    Unauthorized,
    /// Signed in, but the role does not allow it (e.g. a viewer saving).
    #[error("your role in this workspace does not allow this")]
    Forbidden,
    /// A state-changing request without a valid CSRF token.
    #[error("the form expired or came from another site; reload the page and try again")]
    Csrf,
    /// The request is malformed or refused; the message is shown to the user.
    #[error("{0}")]
    BadRequest(String),
    /// The request body is over the limit.
    #[error("the request is too large")]
    TooLarge,
    /// Something already exists (an email, a member).
    #[error("{0} already exists")]
    Conflict(&'static str),
    /// A bug or an unwell database: logged, answered with an opaque 500.
    #[error("internal error")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict { what } => AppError::Conflict(what),
            StoreError::Invalid { field, reason } => {
                AppError::BadRequest(format!("{field} {reason}"))
            }
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<minijinja::Error> for AppError {
    fn from(err: minijinja::Error) -> Self {
        AppError::Internal(format!("template: {err:#}"))
    }
}

impl AppError {
    /// The HTTP status for this error.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The sentence shown to the client (never the internal detail).
    fn public_message(&self) -> String {
        if let AppError::Internal(detail) = self {
            tracing::error!(%detail, "request failed");
        }
        self.to_string()
    }

    /// The same error as a JSON body, for the API.
    pub(crate) fn into_json(self) -> Response {
        let status = self.status();
        let body = serde_json::json!({ "error": self.public_message() });
        (status, Json(body)).into_response()
    }
}

impl IntoResponse for AppError {
    /// Pages get plain text: the message is user-facing and short, and
    /// text/plain cannot be made to run anything. A page that needs an
    /// account sends the browser to the sign-in form instead.
    fn into_response(self) -> Response {
        if matches!(self, AppError::Unauthorized) {
            return axum::response::Redirect::to("/login").into_response();
        }
        let status = self.status();
        (status, self.public_message()).into_response()
    }
}

/// An [`AppError`] rendered as JSON: the error type of API handlers.
#[derive(Debug)]
pub(crate) struct ApiError(pub AppError);

impl<E: Into<AppError>> From<E> for ApiError {
    fn from(err: E) -> Self {
        ApiError(err.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.into_json()
    }
}
