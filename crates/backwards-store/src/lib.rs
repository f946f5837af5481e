//! Persistence for the backwards web app, on SQLite (the default: one file,
//! nothing to install) or PostgreSQL (for teams), with the same features and
//! the same SQL on both.
//!
//! # Shape
//!
//! One [`Store`] handle, opened from a URL by [`Store::open`], which also
//! creates the database file and applies the embedded migrations. Methods are
//! grouped by entity, one module each:
//!
//! | module | rows |
//! |---|---|
//! | `workspaces`, `members` | workspaces (local and team) and who belongs to them |
//! | `users`, `sessions`, `api_tokens` | accounts and their credentials (hashes only) |
//! | `ideas`, `versions` | ideas and every saved version, with scores for the trend |
//! | `share_links` | read-only links to one idea, revocable |
//!
//! The store depends on no other backwards crate: idea Markdown and verdict
//! JSON are opaque text to it, plus the handful of scalar columns (four
//! scores, the call) that the history page charts.
//!
//! # Rules every method follows
//!
//! * **Tenancy**: idea, version and share-link methods take a
//!   [`WorkspaceId`] and answer [`StoreError::NotFound`] for rows of another
//!   workspace.
//! * **Durability**: a write returns `Ok` only after its transaction
//!   committed; SQLite runs in WAL mode with `synchronous = FULL`.
//! * **No secrets at rest**: tokens arrive as [`TokenHash`]es; passwords
//!   arrive already hashed by the caller.
//! * **No clock**: the caller passes every timestamp, in unix milliseconds.
//!
//! ```no_run
//! # async fn demo() -> Result<(), backwards_store::StoreError> {
//! use backwards_store::Store;
//! let store = Store::open("sqlite://./data/backwards.db").await?;
//! let local = store.ensure_local_workspace(1_767_225_600_000).await?;
//! let idea = store.create_idea(local.id, "Dog-walking for night-shift nurses", 1_767_225_600_000).await?;
//! # let _ = idea; Ok(()) }
//! ```

mod api_tokens;
mod error;
mod ideas;
mod ids;
mod members;
mod migrate;
mod sessions;
mod share_links;
mod store;
mod token;
mod users;
mod validate;
mod versions;
mod workspaces;

pub use api_tokens::ApiToken;
pub use error::StoreError;
pub use ideas::{Idea, IdeaListing};
pub use ids::{ApiTokenId, IdeaId, ShareLinkId, UserId, WorkspaceId};
pub use members::{Member, Membership, Role};
pub use sessions::Session;
pub use share_links::ShareLink;
pub use store::{Backend, Store};
pub use token::TokenHash;
pub use users::User;
pub use versions::{NewVersion, Scores, Version, VersionSummary};
pub use workspaces::{Workspace, WorkspaceKind};

/// Compile-time check that every public future is `Send` *when awaited
/// inside another async block*, which is how axum handlers and
/// `tokio::spawn`ed tasks use them. sqlx generics can lose `Send` there
/// through a "not general enough" lifetime error that a plain
/// `T: Send` bound on the bare future does not reveal; this makes such a
/// regression a build failure here rather than in the server.
#[cfg(test)]
#[allow(dead_code)]
fn every_store_future_is_send(store: Store, token: TokenHash, new: NewVersion) {
    fn send<T: Send + 'static>(_: T) {}
    send(async move {
        let (ws, user, idea) = (WorkspaceId(1), UserId(1), IdeaId(1));
        let (token, new, text) = (&token, &new, String::new());
        let _ = Store::open(&text).await;
        let _ = store.close().await;
        let _ = store.schema_version().await;
        let _ = store.ensure_local_workspace(0).await;
        let _ = store.create_workspace(&text, user, 0).await;
        let _ = store.workspace(ws).await;
        let _ = store.add_member(ws, user, Role::Viewer, 0).await;
        let _ = store.set_member_role(ws, user, Role::Viewer).await;
        let _ = store.remove_member(ws, user).await;
        let _ = store.member_role(ws, user).await;
        let _ = store.members(ws).await;
        let _ = store.memberships(user).await;
        let _ = store.create_user(&text, &text, 0).await;
        let _ = store.user(user).await;
        let _ = store.user_by_email(&text).await;
        let _ = store.set_password_hash(user, &text).await;
        let _ = store.create_session(token, user, 0, 0).await;
        let _ = store.session(token, 0).await;
        let _ = store.delete_session(token).await;
        let _ = store.delete_user_sessions(user).await;
        let _ = store.delete_expired_sessions(0).await;
        let _ = store.create_api_token(user, &text, token, 0).await;
        let _ = store.api_token_by_hash(token).await;
        let _ = store.api_tokens(user).await;
        let _ = store.revoke_api_token(user, ApiTokenId(1), 0).await;
        let _ = store.create_idea(ws, &text, 0).await;
        let _ = store.idea(ws, idea).await;
        let _ = store.ideas(ws).await;
        let _ = store.rename_idea(ws, idea, &text, 0).await;
        let _ = store.delete_idea(ws, idea).await;
        let _ = store.save_version(ws, idea, new).await;
        let _ = store.version(ws, idea, 1).await;
        let _ = store.latest_version(ws, idea).await;
        let _ = store.versions(ws, idea).await;
        let _ = store.create_share_link(ws, idea, token, 0).await;
        let _ = store.share_links(ws, idea).await;
        let _ = store.revoke_share_link(ws, ShareLinkId(1), 0).await;
        let _ = store.share_link_by_hash(token).await;
    });
}
