//! Team mode accounts: register, sign in and out, workspaces and members,
//! and API tokens. Every route here answers 404 in local mode.

use axum::extract::{Extension, Form, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use backwards_store::{ApiTokenId, Role, StoreError, TokenHash, UserId};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::{self, Ctx, SESSION_COOKIE, SESSION_MS, cookie, random_token, signed_in};
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::state::{AppState, Mode, now_ms};

/// Shortest accepted password.
const MIN_PASSWORD_CHARS: usize = 10;

fn team_only(state: &AppState) -> Result<(), AppError> {
    if state.mode == Mode::Team {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The signed-in user, or the sign-in redirect.
async fn user(state: &AppState, headers: &HeaderMap) -> Result<UserId, AppError> {
    team_only(state)?;
    signed_in(headers, state)
        .await?
        .ok_or(AppError::Unauthorized)
}

fn frame(csrf: &CsrfToken, extra: Value) -> Value {
    let mut base = json!({ "csrf": csrf.0, "team": true, "base": "/workspaces" });
    if let (Some(map), Value::Object(extra)) = (base.as_object_mut(), extra) {
        map.extend(extra);
    }
    base
}

/// The sign-in and registration form.
#[derive(Debug, Deserialize)]
pub(crate) struct Credentials {
    email: String,
    password: String,
}

fn login_form(
    state: &AppState,
    csrf: &CsrfToken,
    mode: &str,
    error: Option<&str>,
) -> Result<Html<String>, AppError> {
    let view = json!({ "csrf": csrf.0, "team": false, "mode": mode, "error": error });
    Ok(Html(state.views.render("login.html", &view)?))
}

/// `GET /login`.
pub(crate) async fn login_page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
) -> Result<Html<String>, AppError> {
    team_only(&state)?;
    login_form(&state, &csrf, "login", None)
}

/// `GET /register`.
pub(crate) async fn register_page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
) -> Result<Html<String>, AppError> {
    team_only(&state)?;
    login_form(&state, &csrf, "register", None)
}

/// Starts a session and sends the browser to its workspaces.
async fn start_session(state: &AppState, user: UserId) -> Result<Response, AppError> {
    let token = random_token();
    let now = now_ms();
    state
        .store
        .create_session(&TokenHash::of(&token), user, now, now + SESSION_MS)
        .await?;
    let mut response = Redirect::to("/workspaces").into_response();
    let value = auth::session_cookie(&token, state.secure_cookies, SESSION_MS / 1000);
    if let Ok(value) = HeaderValue::from_str(&value) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// `POST /login`. Unknown email and wrong password get the same answer.
pub(crate) async fn login(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Form(form): Form<Credentials>,
) -> Result<Response, AppError> {
    team_only(&state)?;
    let found = match state.store.user_by_email(&form.email).await {
        Ok(user) => Some(user),
        Err(StoreError::NotFound) => None,
        Err(err) => return Err(err.into()),
    };
    // An unknown email still costs one argon2 verification, so response
    // time does not tell which emails have accounts.
    let matches = match &found {
        Some(user) => auth::verify_password(&form.password, &user.password_hash),
        None => {
            // Same work as a real check; the result is meaningless.
            let _ = auth::verify_password(&form.password, auth::decoy_hash());
            false
        }
    };
    match found {
        Some(user) if matches => start_session(&state, user.id).await,
        _ => {
            let page = login_form(
                &state,
                &csrf,
                "login",
                Some("That email and password do not match an account."),
            )?;
            Ok((StatusCode::UNAUTHORIZED, page).into_response())
        }
    }
}

/// `POST /register`: creates the account and its own workspace, and signs in.
pub(crate) async fn register(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Form(form): Form<Credentials>,
) -> Result<Response, AppError> {
    team_only(&state)?;
    if form.password.chars().count() < MIN_PASSWORD_CHARS {
        let page = login_form(
            &state,
            &csrf,
            "register",
            Some("Use a password of at least 10 characters."),
        )?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let hash = auth::hash_password(&form.password)?;
    let now = now_ms();
    let user = match state.store.create_user(&form.email, &hash, now).await {
        Ok(user) => user,
        Err(StoreError::Conflict { .. }) | Err(StoreError::Invalid { .. }) => {
            let page = login_form(
                &state,
                &csrf,
                "register",
                Some("That email cannot be used. Sign in if it is yours."),
            )?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
        Err(err) => return Err(err.into()),
    };
    state
        .store
        .create_workspace("Personal", user.id, now)
        .await?;
    start_session(&state, user.id).await
}

/// `POST /logout`: ends the session and clears the cookie.
pub(crate) async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    team_only(&state)?;
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        state.store.delete_session(&TokenHash::of(&token)).await?;
    }
    let mut response = Redirect::to("/login").into_response();
    let value = auth::session_cookie("", state.secure_cookies, 0);
    if let Ok(value) = HeaderValue::from_str(&value) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// `GET /workspaces`: the caller's workspaces, with member forms for owners.
pub(crate) async fn workspaces(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
) -> Result<Html<String>, AppError> {
    let user = user(&state, &headers).await?;
    let memberships: Vec<Value> = state
        .store
        .memberships(user)
        .await?
        .into_iter()
        .map(|m| json!({ "id": m.workspace.id.0, "name": m.workspace.name, "role": m.role.as_str() }))
        .collect();
    let view = frame(&csrf, json!({ "memberships": memberships }));
    Ok(Html(state.views.render("workspaces.html", &view)?))
}

/// The new-workspace form.
#[derive(Debug, Deserialize)]
pub(crate) struct NewWorkspace {
    name: String,
}

/// `POST /workspaces`.
pub(crate) async fn create_workspace(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<NewWorkspace>,
) -> Result<Redirect, AppError> {
    let user = user(&state, &headers).await?;
    let ws = state
        .store
        .create_workspace(&form.name, user, now_ms())
        .await?;
    Ok(Redirect::to(&format!("/w/{}", ws.id)))
}

/// The add-member form.
#[derive(Debug, Deserialize)]
pub(crate) struct NewMember {
    email: String,
    role: String,
}

/// `POST /w/{ws}/members`: owners add an existing account by email.
pub(crate) async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<NewMember>,
) -> Result<Redirect, AppError> {
    team_only(&state)?;
    if ctx.role != Role::Owner {
        return Err(AppError::Forbidden);
    }
    let role = match form.role.as_str() {
        "viewer" => Role::Viewer,
        "editor" => Role::Editor,
        "owner" => Role::Owner,
        _ => {
            return Err(AppError::BadRequest(
                "role must be viewer, editor or owner".into(),
            ));
        }
    };
    let member = state.store.user_by_email(&form.email).await.map_err(|_| {
        AppError::BadRequest("no account has that email; ask them to register first".into())
    })?;
    state
        .store
        .add_member(ctx.ws, member.id, role, now_ms())
        .await?;
    Ok(Redirect::to("/workspaces"))
}

/// `GET /settings`: the caller's API tokens.
pub(crate) async fn settings(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
) -> Result<Html<String>, AppError> {
    let user = user(&state, &headers).await?;
    settings_page(&state, &csrf, user, None).await
}

async fn settings_page(
    state: &AppState,
    csrf: &CsrfToken,
    user: UserId,
    new_token: Option<String>,
) -> Result<Html<String>, AppError> {
    let tokens: Vec<Value> = state
        .store
        .api_tokens(user)
        .await?
        .into_iter()
        .map(|t| json!({ "id": t.id.0, "name": t.name, "revoked": t.revoked_at_ms.is_some() }))
        .collect();
    let view = frame(csrf, json!({ "tokens": tokens, "new_token": new_token }));
    Ok(Html(state.views.render("settings.html", &view)?))
}

/// The new-token form.
#[derive(Debug, Deserialize)]
pub(crate) struct NewToken {
    name: String,
}

/// `POST /settings/tokens`: creates a token and shows it once.
pub(crate) async fn create_token(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
    Form(form): Form<NewToken>,
) -> Result<Html<String>, AppError> {
    let user = user(&state, &headers).await?;
    let token = random_token();
    state
        .store
        .create_api_token(user, &form.name, &TokenHash::of(&token), now_ms())
        .await?;
    settings_page(&state, &csrf, user, Some(token)).await
}

/// `POST /settings/tokens/{id}/revoke`.
pub(crate) async fn revoke_token(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Redirect, AppError> {
    let user = user(&state, &headers).await?;
    state
        .store
        .revoke_api_token(user, ApiTokenId(id), now_ms())
        .await?;
    Ok(Redirect::to("/settings"))
}
