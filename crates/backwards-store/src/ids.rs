//! Typed row ids.
//!
//! Most store calls take two ids, e.g. `get_idea(workspace, idea)`. With bare
//! `i64`s, swapping them compiles and silently breaks the workspace check that
//! keeps tenants apart. A newtype per table turns that mistake into a type
//! error. The inner value is public because the web layer has to move ids in
//! and out of URLs and JSON.

use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// Identifies a workspace: the unit of ownership and authorization.
    WorkspaceId
);
id_type!(
    /// Identifies a user account (team mode only).
    UserId
);
id_type!(
    /// Identifies an idea. Only meaningful together with its workspace.
    IdeaId
);
id_type!(
    /// Identifies an API token row, so its owner can list and revoke it
    /// without ever seeing the secret again.
    ApiTokenId
);
id_type!(
    /// Identifies a share link row, so it can be listed and revoked.
    ShareLinkId
);
