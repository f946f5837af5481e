//! The one error type of the store, and how database errors are sorted into it.
//!
//! Callers (the web app) need to tell four situations apart, because each maps
//! to a different answer: "not there or not yours" (404), "already exists"
//! (409 or a form error), "you sent nonsense" (422) and "the database is
//! unwell" (500, logged). Everything sqlx can return is folded into one of
//! those four here, so no caller ever matches on sqlx types.

use sqlx::error::ErrorKind;

/// What went wrong in a store call.
///
/// Messages never contain user input or secrets: variants carry static
/// descriptions chosen by the store, and [`StoreError::Backend`] wraps the
/// database driver's error, whose messages name constraints and SQL states but
/// not bound parameter values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The row does not exist, *or it belongs to another workspace*. The two
    /// are deliberately indistinguishable so that probing ids in a workspace
    /// you are not a member of reveals nothing.
    #[error("not found")]
    NotFound,
    /// A uniqueness rule would be broken, e.g. a second account with the same
    /// email. `what` names the rule in words a form can show.
    #[error("conflict: {what} already exists")]
    Conflict {
        /// The thing that already exists, e.g. "a user with this email".
        what: &'static str,
    },
    /// The caller passed a value the store refuses to persist (an empty
    /// title, a score outside 0..=100, a URL it cannot open).
    #[error("invalid {field}: {reason}")]
    Invalid {
        /// Which input was wrong.
        field: &'static str,
        /// Why it was refused.
        reason: &'static str,
    },
    /// The database failed (connection lost, disk full, migration checksum
    /// mismatch, …). Not the caller's fault; log it and answer 500.
    #[error("database error: {0}")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl StoreError {
    /// Shorthand used by the validators.
    pub(crate) fn invalid(field: &'static str, reason: &'static str) -> Self {
        StoreError::Invalid { field, reason }
    }
}

impl From<sqlx::Error> for StoreError {
    /// The default sorting: a missing row is `NotFound`, a broken foreign key
    /// means the referenced parent is missing (also `NotFound`), everything
    /// else is `Backend`. Unique violations are mapped per call site with
    /// [`on_unique`], which knows what the duplicate *is*.
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(db) if db.kind() == ErrorKind::ForeignKeyViolation => {
                StoreError::NotFound
            }
            sqlx::Error::Database(db) if db.kind() == ErrorKind::UniqueViolation => {
                StoreError::Conflict {
                    what: "a row with this key",
                }
            }
            _ => StoreError::Backend(Box::new(err)),
        }
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(err: sqlx::migrate::MigrateError) -> Self {
        StoreError::Backend(Box::new(err))
    }
}

/// Builds an error mapper for one INSERT: a unique violation becomes
/// `Conflict { what }`, anything else takes the default route. Used as
/// `.map_err(on_unique("a user with this email"))`.
pub(crate) fn on_unique(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |err| match &err {
        sqlx::Error::Database(db) if db.kind() == ErrorKind::UniqueViolation => {
            StoreError::Conflict { what }
        }
        _ => StoreError::from(err),
    }
}

/// Turns "rows affected" of a single-row UPDATE/DELETE into `NotFound` when
/// nothing matched (the row is missing or belongs to another workspace).
pub(crate) fn found(rows_affected: u64) -> Result<(), StoreError> {
    if rows_affected == 0 {
        Err(StoreError::NotFound)
    } else {
        Ok(())
    }
}
