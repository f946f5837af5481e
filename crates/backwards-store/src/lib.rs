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
