//! User accounts (team mode).
//!
//! The store keeps the password *hash* string the caller computed (argon2,
//! PHC format) and never sees a password. Emails are stored lower-cased so
//! that "Ann@X.com" and "ann@x.com" cannot become two accounts.

use crate::error::{found, on_unique};
use crate::{Store, StoreError, UserId, validate};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::fmt;

/// A user account.
#[derive(Clone, PartialEq, Eq)]
pub struct User {
    /// Its id.
    pub id: UserId,
    /// The login email, lower case.
    pub email: String,
    /// The caller's password hash string (e.g. `$argon2id$…`), verbatim.
    pub password_hash: String,
    /// When the account was created (unix ms).
    pub created_at_ms: i64,
}

impl fmt::Debug for User {
    /// Leaves the password hash out: a hash is still material for an offline
    /// guessing attack and has no business in logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("email", &self.email)
            .field("password_hash", &"<redacted>")
            .field("created_at_ms", &self.created_at_ms)
            .finish()
    }
}

fn user_from_row(row: &AnyRow) -> Result<User, sqlx::Error> {
    Ok(User {
        id: UserId(row.try_get("id")?),
        email: row.try_get("email")?,
        password_hash: row.try_get("password_hash")?,
        created_at_ms: row.try_get("created_at_ms")?,
    })
}

impl Store {
    /// Creates an account. `Conflict` if the email (ignoring case) is taken.
    pub async fn create_user(
        &self,
        email: &str,
        password_hash: &str,
        created_at_ms: i64,
    ) -> Result<User, StoreError> {
        let email = validate::email(email)?;
        let password_hash = validate::present("password hash", password_hash)?;
        let created_at_ms = validate::timestamp("created_at", created_at_ms)?;
        let row = sqlx::query(
            "INSERT INTO users (email, password_hash, created_at_ms) VALUES ($1, $2, $3) \
             RETURNING id, email, password_hash, created_at_ms",
        )
        .bind(email)
        .bind(password_hash)
        .bind(created_at_ms)
        .fetch_one(&self.pool)
        .await
        .map_err(on_unique("a user with this email"))?;
        Ok(user_from_row(&row)?)
    }

    /// Fetches an account by id (e.g. the user of a session).
    pub async fn user(&self, id: UserId) -> Result<User, StoreError> {
        let row =
            sqlx::query("SELECT id, email, password_hash, created_at_ms FROM users WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await?
                .ok_or(StoreError::NotFound)?;
        Ok(user_from_row(&row)?)
    }

    /// Fetches an account by email, ignoring case: the login lookup.
    ///
    /// A malformed email is simply `NotFound`, like an unknown one, so a login
    /// form cannot tell the two apart.
    pub async fn user_by_email(&self, email: &str) -> Result<User, StoreError> {
        let email = validate::email(email).map_err(|_| StoreError::NotFound)?;
        let row = sqlx::query(
            "SELECT id, email, password_hash, created_at_ms FROM users WHERE email = $1",
        )
        .bind(email)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(user_from_row(&row)?)
    }

    /// Replaces a password hash (password change, or re-hashing with
    /// stronger argon2 parameters after a successful login).
    pub async fn set_password_hash(
        &self,
        id: UserId,
        password_hash: &str,
    ) -> Result<(), StoreError> {
        let password_hash = validate::present("password hash", password_hash)?;
        let done = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(id.0)
            .execute(&self.pool)
            .await?;
        found(done.rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_password_hash() {
        let user = User {
            id: UserId(1),
            email: "ann@example.com".into(),
            password_hash: "$argon2id$v=19$secretish".into(),
            created_at_ms: 0,
        };
        let shown = format!("{user:?}");
        assert!(!shown.contains("argon2"), "{shown}");
        assert!(shown.contains("ann@example.com"), "{shown}");
    }
}
