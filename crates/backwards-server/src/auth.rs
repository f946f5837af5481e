//! Who is asking, and for which workspace.
//!
//! Every workspace-scoped handler takes a [`Ctx`]. Building one is the
//! authorization check: in local mode the path's workspace must be the
//! local one; in team mode the caller must be signed in (session cookie or
//! `Authorization: Bearer` API token) *and* a member of that workspace.
//! Anything else is a 404 (or 401 when nobody is signed in), the same
//! answer as for a workspace that does not exist, so ids reveal nothing.

use argon2::Argon2;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::{HeaderMap, header, request::Parts};
use backwards_store::{Role, TokenHash, UserId, WorkspaceId};

use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::state::{AppState, Mode, now_ms};

/// The session cookie (team mode).
pub(crate) const SESSION_COOKIE: &str = "bw_session";
/// How long a session lasts: two weeks.
pub(crate) const SESSION_MS: i64 = 14 * 24 * 60 * 60 * 1000;

/// The caller of a workspace-scoped request, already authorized to read it.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    /// The workspace the request acts for.
    pub ws: WorkspaceId,
    /// The caller's role in it (Owner in local mode).
    pub role: Role,
    /// The CSRF token to embed in forms.
    pub csrf: String,
    /// Team mode (templates show account links).
    pub team: bool,
}

impl Ctx {
    /// Refuses writes to viewers.
    pub fn require_editor(&self) -> Result<(), AppError> {
        if self.role >= Role::Editor {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// `/w/{ws}`: the prefix of every page of this workspace.
    pub fn base(&self) -> String {
        format!("/w/{}", self.ws)
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let ws = params
            .iter()
            .find(|(k, _)| *k == "ws")
            .and_then(|(_, v)| v.parse::<i64>().ok())
            .map(WorkspaceId)
            .ok_or(AppError::NotFound)?;
        let csrf = csrf_of(parts);
        match state.mode {
            Mode::Local if Some(ws) == state.local => Ok(Ctx {
                ws,
                role: Role::Owner,
                csrf,
                team: false,
            }),
            Mode::Local => Err(AppError::NotFound),
            Mode::Team => {
                let user = signed_in(&parts.headers, state)
                    .await?
                    .ok_or(AppError::Unauthorized)?;
                let role = state.store.member_role(ws, user).await?;
                Ok(Ctx {
                    ws,
                    role,
                    csrf,
                    team: true,
                })
            }
        }
    }
}

/// The CSRF token the middleware put in the request.
pub(crate) fn csrf_of(parts: &Parts) -> String {
    parts
        .extensions
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default()
}

/// The signed-in user, from a Bearer API token or the session cookie.
pub(crate) async fn signed_in(
    headers: &HeaderMap,
    state: &AppState,
) -> Result<Option<UserId>, AppError> {
    if let Some(token) = bearer(headers) {
        // A wrong token is an error, not "anonymous": scripts should learn
        // their token is bad rather than see empty results.
        let token = state
            .store
            .api_token_by_hash(&TokenHash::of(&token))
            .await
            .map_err(|_| AppError::Unauthorized)?;
        return Ok(Some(token.user_id));
    }
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    match state.store.session(&TokenHash::of(&token), now_ms()).await {
        Ok(session) => Ok(Some(session.user_id)),
        Err(backwards_store::StoreError::NotFound) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

/// The token of an `Authorization: Bearer …` header.
fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then(|| token.to_string())
}

/// One cookie's value.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// 32 bytes from the OS, as 64 hex characters: sessions, CSRF, share links
/// and API tokens (256 bits: unguessable).
pub(crate) fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// An argon2id hash (PHC string) of a password, with a fresh salt.
pub(crate) fn hash_password(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(format!("password hashing failed: {e}")))
}

/// Checks a password against a stored PHC string.
pub(crate) fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// A valid argon2 hash of a random password, computed once: what a
/// sign-in with an unknown email is checked against (and always fails).
pub(crate) fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&random_token()).unwrap_or_default())
}

/// A `Set-Cookie` value for the session.
pub(crate) fn session_cookie(token: &str, secure: bool, max_age_s: i64) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_s}{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse").unwrap_or_default();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong horse", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
    }

    #[test]
    fn tokens_are_long_random_hex() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
    }

    #[test]
    fn cookies_are_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            "a=1; bw_session=abc; c=3"
                .parse()
                .unwrap_or(header::HeaderValue::from_static("")),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE).as_deref(), Some("abc"));
        assert_eq!(cookie(&headers, "zz"), None);
    }
}
