//! Ideas: a titled container of versions, owned by one workspace.
//!
//! Every query here filters on `workspace_id` as well as the idea id. That
//! one extra predicate is the whole multi-tenant boundary: an id from another
//! workspace matches no row and comes back as [`StoreError::NotFound`].

use crate::error::found;
use crate::versions::{VersionSummary, summary_from_row};
use crate::{IdeaId, Store, StoreError, WorkspaceId, validate};
use sqlx::Row;
use sqlx::any::AnyRow;

/// An idea row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idea {
    /// Its id (meaningful only with its workspace).
    pub id: IdeaId,
    /// The workspace that owns it.
    pub workspace_id: WorkspaceId,
    /// Its display title.
    pub title: String,
    /// The number of its newest version; 0 until the first save.
    pub version_count: i64,
    /// When it was created (unix ms).
    pub created_at_ms: i64,
    /// When it was last renamed or saved (unix ms).
    pub updated_at_ms: i64,
}

/// An idea with its newest version's scores, for the ideas list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaListing {
    /// The idea.
    pub idea: Idea,
    /// Its newest version without the big texts, if it has one.
    pub latest: Option<VersionSummary>,
}

pub(crate) fn idea_from_row(row: &AnyRow) -> Result<Idea, sqlx::Error> {
    Ok(Idea {
        id: IdeaId(row.try_get("id")?),
        workspace_id: WorkspaceId(row.try_get("workspace_id")?),
        title: row.try_get("title")?,
        version_count: row.try_get("version_count")?,
        created_at_ms: row.try_get("created_at_ms")?,
        updated_at_ms: row.try_get("updated_at_ms")?,
    })
}

fn listing_from_row(row: &AnyRow) -> Result<IdeaListing, sqlx::Error> {
    let has_version: Option<i64> = row.try_get("number")?;
    Ok(IdeaListing {
        idea: idea_from_row(row)?,
        latest: has_version.map(|_| summary_from_row(row)).transpose()?,
    })
}

impl Store {
    /// Creates an empty idea (no versions yet) in `workspace`.
    /// `NotFound` if the workspace does not exist.
    pub async fn create_idea(
        &self,
        workspace: WorkspaceId,
        title: &str,
        created_at_ms: i64,
    ) -> Result<Idea, StoreError> {
        let title = validate::name("title", title)?;
        let created_at_ms = validate::timestamp("created_at", created_at_ms)?;
        let row = sqlx::query(
            "INSERT INTO ideas (workspace_id, title, version_count, created_at_ms, updated_at_ms) \
             VALUES ($1, $2, 0, $3, $3) \
             RETURNING id, workspace_id, title, version_count, created_at_ms, updated_at_ms",
        )
        .bind(workspace.0)
        .bind(title)
        .bind(created_at_ms)
        .fetch_one(&self.pool)
        .await?;
        Ok(idea_from_row(&row)?)
    }

    /// Fetches one idea of `workspace`.
    pub async fn idea(&self, workspace: WorkspaceId, id: IdeaId) -> Result<Idea, StoreError> {
        let row = sqlx::query(
            "SELECT id, workspace_id, title, version_count, created_at_ms, updated_at_ms \
             FROM ideas WHERE id = $1 AND workspace_id = $2",
        )
        .bind(id.0)
        .bind(workspace.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(idea_from_row(&row)?)
    }

    /// The ideas of `workspace`, most recently updated first, each with its
    /// newest version's scores and call (one query, no N+1).
    pub async fn ideas(&self, workspace: WorkspaceId) -> Result<Vec<IdeaListing>, StoreError> {
        let rows = sqlx::query(
            "SELECT i.id, i.workspace_id, i.title, i.version_count, i.created_at_ms, \
                    i.updated_at_ms, v.idea_id, v.number, v.customer_score, v.problem_score, \
                    v.evidence_score, v.risk_score, v.verdict_call, v.note, \
                    v.created_at_ms AS version_created_at_ms \
             FROM ideas i \
             LEFT JOIN versions v ON v.idea_id = i.id AND v.number = i.version_count \
             WHERE i.workspace_id = $1 \
             ORDER BY i.updated_at_ms DESC, i.id DESC",
        )
        .bind(workspace.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(listing_from_row)
            .collect::<Result<_, _>>()?)
    }

    /// Renames an idea of `workspace` at `now_ms`.
    pub async fn rename_idea(
        &self,
        workspace: WorkspaceId,
        id: IdeaId,
        title: &str,
        now_ms: i64,
    ) -> Result<Idea, StoreError> {
        let title = validate::name("title", title)?;
        let now_ms = validate::timestamp("updated_at", now_ms)?;
        let row = sqlx::query(
            "UPDATE ideas SET title = $1, updated_at_ms = $2 \
             WHERE id = $3 AND workspace_id = $4 \
             RETURNING id, workspace_id, title, version_count, created_at_ms, updated_at_ms",
        )
        .bind(title)
        .bind(now_ms)
        .bind(id.0)
        .bind(workspace.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(idea_from_row(&row)?)
    }

    /// Deletes an idea of `workspace` with all its versions and share links
    /// (`ON DELETE CASCADE`), so its share links stop working at once.
    pub async fn delete_idea(&self, workspace: WorkspaceId, id: IdeaId) -> Result<(), StoreError> {
        let done = sqlx::query("DELETE FROM ideas WHERE id = $1 AND workspace_id = $2")
            .bind(id.0)
            .bind(workspace.0)
            .execute(&self.pool)
            .await?;
        found(done.rows_affected())
    }
}
