//! Read-only share links: an unguessable token that shows one idea to anyone
//! holding it, until revoked.
//!
//! Managing links (create, list, revoke) is workspace-scoped like every idea
//! operation. *Following* a link is the one lookup that takes no workspace:
//! the token itself is the credential, and the link row says which workspace
//! and idea it opens. A revoked link, or one whose idea was deleted, is
//! `NotFound`, which the web layer turns into a plain 404.

use crate::error::{found, on_unique};
use crate::{IdeaId, ShareLinkId, Store, StoreError, TokenHash, WorkspaceId, validate};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A share link's metadata (never the token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareLink {
    /// Its id, to list and revoke it.
    pub id: ShareLinkId,
    /// The workspace of the shared idea: pass it to [`Store::idea`] and
    /// friends when rendering the shared page.
    pub workspace_id: WorkspaceId,
    /// The shared idea.
    pub idea_id: IdeaId,
    /// When it was created (unix ms).
    pub created_at_ms: i64,
    /// When it was revoked (unix ms), if it was.
    pub revoked_at_ms: Option<i64>,
}

fn link_from_row(row: &AnyRow) -> Result<ShareLink, sqlx::Error> {
    Ok(ShareLink {
        id: ShareLinkId(row.try_get("id")?),
        workspace_id: WorkspaceId(row.try_get("workspace_id")?),
        idea_id: IdeaId(row.try_get("idea_id")?),
        created_at_ms: row.try_get("created_at_ms")?,
        revoked_at_ms: row.try_get("revoked_at_ms")?,
    })
}

impl Store {
    /// Creates a share link for an idea of `workspace`.
    pub async fn create_share_link(
        &self,
        workspace: WorkspaceId,
        idea: IdeaId,
        token: &TokenHash,
        created_at_ms: i64,
    ) -> Result<ShareLink, StoreError> {
        let created_at_ms = validate::timestamp("created_at", created_at_ms)?;
        // INSERT … SELECT: the row is only inserted if the idea is in this
        // workspace, in the same statement, so there is no check-then-act gap.
        let row = sqlx::query(
            "INSERT INTO share_links (idea_id, token_hash, created_at_ms) \
             SELECT i.id, $1, $2 FROM ideas i WHERE i.id = $3 AND i.workspace_id = $4 \
             RETURNING id, idea_id, created_at_ms, revoked_at_ms",
        )
        .bind(token.to_hex())
        .bind(created_at_ms)
        .bind(idea.0)
        .bind(workspace.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(on_unique("a share link with this token"))?
        .ok_or(StoreError::NotFound)?;
        Ok(ShareLink {
            id: ShareLinkId(row.try_get("id")?),
            workspace_id: workspace,
            idea_id: IdeaId(row.try_get("idea_id")?),
            created_at_ms: row.try_get("created_at_ms")?,
            revoked_at_ms: row.try_get("revoked_at_ms")?,
        })
    }

    /// The share links of an idea of `workspace`, revoked ones included,
    /// newest first. `NotFound` for an idea of another workspace.
    pub async fn share_links(
        &self,
        workspace: WorkspaceId,
        idea: IdeaId,
    ) -> Result<Vec<ShareLink>, StoreError> {
        self.idea(workspace, idea).await?;
        let rows = sqlx::query(
            "SELECT s.id, i.workspace_id, s.idea_id, s.created_at_ms, s.revoked_at_ms \
             FROM share_links s JOIN ideas i ON i.id = s.idea_id \
             WHERE s.idea_id = $1 AND i.workspace_id = $2 \
             ORDER BY s.created_at_ms DESC, s.id DESC",
        )
        .bind(idea.0)
        .bind(workspace.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(link_from_row).collect::<Result<_, _>>()?)
    }

    /// Revokes a share link of `workspace` at `now_ms`. Revoking twice
    /// succeeds and keeps the first time; a link of another workspace is
    /// `NotFound`.
    pub async fn revoke_share_link(
        &self,
        workspace: WorkspaceId,
        id: ShareLinkId,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let now_ms = validate::timestamp("revoked_at", now_ms)?;
        let done = sqlx::query(
            "UPDATE share_links SET revoked_at_ms = COALESCE(revoked_at_ms, $1) \
             WHERE id = $2 AND idea_id IN (SELECT id FROM ideas WHERE workspace_id = $3)",
        )
        .bind(now_ms)
        .bind(id.0)
        .bind(workspace.0)
        .execute(&self.pool)
        .await?;
        found(done.rows_affected())
    }

    /// Follows a share link: the active link with this token hash.
    /// `NotFound` if unknown, revoked, or its idea was deleted.
    pub async fn share_link_by_hash(&self, token: &TokenHash) -> Result<ShareLink, StoreError> {
        let row = sqlx::query(
            "SELECT s.id, i.workspace_id, s.idea_id, s.created_at_ms, s.revoked_at_ms \
             FROM share_links s JOIN ideas i ON i.id = s.idea_id \
             WHERE s.token_hash = $1 AND s.revoked_at_ms IS NULL",
        )
        .bind(token.to_hex())
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(link_from_row(&row)?)
    }
}
