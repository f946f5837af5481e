//! API tokens: long-lived bearer credentials a user creates for scripts.
//!
//! As with sessions only the [`TokenHash`] is stored, so the secret is shown
//! to its owner once, at creation, and never again. Revoked tokens stay in the
//! table (with `revoked_at_ms`) so their owner can still see what existed.

use crate::error::{found, on_unique};
use crate::{ApiTokenId, Store, StoreError, TokenHash, UserId, validate};
use sqlx::Row;
use sqlx::any::AnyRow;

/// An API token's metadata (never the secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    /// Its id, to list and revoke it.
    pub id: ApiTokenId,
    /// The user it acts as.
    pub user_id: UserId,
    /// The owner's label for it ("CI", "laptop script").
    pub name: String,
    /// When it was created (unix ms).
    pub created_at_ms: i64,
    /// When it was revoked (unix ms), if it was.
    pub revoked_at_ms: Option<i64>,
}

fn token_from_row(row: &AnyRow) -> Result<ApiToken, sqlx::Error> {
    Ok(ApiToken {
        id: ApiTokenId(row.try_get("id")?),
        user_id: UserId(row.try_get("user_id")?),
        name: row.try_get("name")?,
        created_at_ms: row.try_get("created_at_ms")?,
        revoked_at_ms: row.try_get("revoked_at_ms")?,
    })
}

impl Store {
    /// Records a new token for `user`. `NotFound` if the user does not exist.
    pub async fn create_api_token(
        &self,
        user: UserId,
        name: &str,
        token: &TokenHash,
        created_at_ms: i64,
    ) -> Result<ApiToken, StoreError> {
        let name = validate::name("token name", name)?;
        let created_at_ms = validate::timestamp("created_at", created_at_ms)?;
        let row = sqlx::query(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at_ms) \
             VALUES ($1, $2, $3, $4) \
             RETURNING id, user_id, name, created_at_ms, revoked_at_ms",
        )
        .bind(user.0)
        .bind(name)
        .bind(token.to_hex())
        .bind(created_at_ms)
        .fetch_one(&self.pool)
        .await
        .map_err(on_unique("a token with this secret"))?;
        Ok(token_from_row(&row)?)
    }

    /// Authenticates an API request: the active token with this hash.
    /// `NotFound` if unknown or revoked.
    pub async fn api_token_by_hash(&self, token: &TokenHash) -> Result<ApiToken, StoreError> {
        let row = sqlx::query(
            "SELECT id, user_id, name, created_at_ms, revoked_at_ms FROM api_tokens \
             WHERE token_hash = $1 AND revoked_at_ms IS NULL",
        )
        .bind(token.to_hex())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(token_from_row(&row)?)
    }

    /// A user's tokens, revoked ones included, newest first.
    pub async fn api_tokens(&self, user: UserId) -> Result<Vec<ApiToken>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, user_id, name, created_at_ms, revoked_at_ms FROM api_tokens \
             WHERE user_id = $1 ORDER BY created_at_ms DESC, id DESC",
        )
        .bind(user.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(token_from_row).collect::<Result<_, _>>()?)
    }

    /// Revokes one of `user`'s tokens at `now_ms`.
    ///
    /// `NotFound` if the token does not exist or is someone else's. Revoking
    /// twice succeeds and keeps the first revocation time.
    pub async fn revoke_api_token(
        &self,
        user: UserId,
        id: ApiTokenId,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let now_ms = validate::timestamp("revoked_at", now_ms)?;
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at_ms = COALESCE(revoked_at_ms, $1) \
             WHERE id = $2 AND user_id = $3",
        )
        .bind(now_ms)
        .bind(id.0)
        .bind(user.0)
        .execute(&self.pool)
        .await?;
        found(done.rows_affected())
    }
}
