//! Login sessions (team mode).
//!
//! A session is a random cookie value; only its [`TokenHash`] is stored, with
//! the expiry the caller chose. Expiry is enforced *in the lookup query*
//! against the `now` the caller passes, so an expired session is unusable
//! even before anything deletes it; [`Store::delete_expired_sessions`] is
//! housekeeping, not security.

use crate::error::on_unique;
use crate::{Store, StoreError, TokenHash, UserId, validate};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A live session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Whose session it is.
    pub user_id: UserId,
    /// When it was created (unix ms).
    pub created_at_ms: i64,
    /// The first instant (unix ms) at which it is no longer valid.
    pub expires_at_ms: i64,
}

fn session_from_row(row: &AnyRow) -> Result<Session, sqlx::Error> {
    Ok(Session {
        user_id: UserId(row.try_get("user_id")?),
        created_at_ms: row.try_get("created_at_ms")?,
        expires_at_ms: row.try_get("expires_at_ms")?,
    })
}

impl Store {
    /// Records a new session for `user`. `NotFound` if the user does not
    /// exist; `Conflict` if the token hash is already in use (a broken random
    /// generator, since real tokens never collide).
    pub async fn create_session(
        &self,
        token: &TokenHash,
        user: UserId,
        created_at_ms: i64,
        expires_at_ms: i64,
    ) -> Result<Session, StoreError> {
        let created_at_ms = validate::timestamp("created_at", created_at_ms)?;
        if expires_at_ms <= created_at_ms {
            return Err(StoreError::invalid(
                "expires_at",
                "must be after created_at",
            ));
        }
        let row = sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at_ms, expires_at_ms) \
             VALUES ($1, $2, $3, $4) RETURNING user_id, created_at_ms, expires_at_ms",
        )
        .bind(token.to_hex())
        .bind(user.0)
        .bind(created_at_ms)
        .bind(expires_at_ms)
        .fetch_one(&self.pool)
        .await
        .map_err(on_unique("a session with this token"))?;
        Ok(session_from_row(&row)?)
    }

    /// Looks up the session of a cookie. `NotFound` if there is none or it
    /// has expired at `now_ms` (a session is valid while `now < expires_at`).
    pub async fn session(&self, token: &TokenHash, now_ms: i64) -> Result<Session, StoreError> {
        let row = sqlx::query(
            "SELECT user_id, created_at_ms, expires_at_ms FROM sessions \
             WHERE token_hash = $1 AND expires_at_ms > $2",
        )
        .bind(token.to_hex())
        .bind(now_ms)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(session_from_row(&row)?)
    }

    /// Ends one session (logout). Idempotent: logging out twice, or with an
    /// unknown cookie, is not an error.
    pub async fn delete_session(&self, token: &TokenHash) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token.to_hex())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ends every session of a user (after a password change). Returns how
    /// many were ended.
    pub async fn delete_user_sessions(&self, user: UserId) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Deletes sessions expired at `now_ms`; returns how many. Run it now and
    /// then to keep the table small.
    pub async fn delete_expired_sessions(&self, now_ms: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at_ms <= $1")
            .bind(now_ms)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
