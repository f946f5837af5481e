//! Workspaces: the unit that owns ideas and that authorization is checked
//! against.
//!
//! Local mode (no accounts) uses one well-known workspace created on demand by
//! [`Store::ensure_local_workspace`]. Team mode creates a workspace per team,
//! always with an owner.

use crate::{Role, Store, StoreError, UserId, WorkspaceId, validate};
use sqlx::Row;
use sqlx::any::AnyRow;

/// What a workspace is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WorkspaceKind {
    /// The single workspace of local mode; it has no members.
    Local,
    /// A team workspace with accounts and roles.
    Team,
}

impl WorkspaceKind {
    fn as_str(self) -> &'static str {
        match self {
            WorkspaceKind::Local => "local",
            WorkspaceKind::Team => "team",
        }
    }

    fn parse(text: &str) -> Result<Self, sqlx::Error> {
        match text {
            "local" => Ok(WorkspaceKind::Local),
            "team" => Ok(WorkspaceKind::Team),
            _ => Err(sqlx::Error::Decode("unknown workspace kind".into())),
        }
    }
}

/// A workspace row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workspace {
    /// Its id, passed to every idea, version and share-link call.
    pub id: WorkspaceId,
    /// The display name.
    pub name: String,
    /// Local or team.
    pub kind: WorkspaceKind,
    /// When it was created (unix ms).
    pub created_at_ms: i64,
}

/// Maps a row selected as `id, name, kind, created_at_ms`.
pub(crate) fn workspace_from_row(row: &AnyRow) -> Result<Workspace, sqlx::Error> {
    Ok(Workspace {
        id: WorkspaceId(row.try_get("id")?),
        name: row.try_get("name")?,
        kind: WorkspaceKind::parse(&row.try_get::<String, _>("kind")?)?,
        created_at_ms: row.try_get("created_at_ms")?,
    })
}

/// The name given to the local-mode workspace.
const LOCAL_NAME: &str = "Local";

impl Store {
    /// Returns the local-mode workspace, creating it on first use.
    ///
    /// Safe to call from many requests at once: a partial unique index allows
    /// only one local workspace, and `ON CONFLICT DO NOTHING` turns the
    /// loser's insert into a no-op. `now_ms` is only used if it is created.
    pub async fn ensure_local_workspace(&self, now_ms: i64) -> Result<Workspace, StoreError> {
        let now_ms = validate::timestamp("created_at", now_ms)?;
        sqlx::query(
            "INSERT INTO workspaces (name, kind, created_at_ms) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING",
        )
        .bind(LOCAL_NAME)
        .bind(WorkspaceKind::Local.as_str())
        .bind(now_ms)
        .execute(&self.pool)
        .await?;
        let row = sqlx::query(
            "SELECT w.id, w.name, w.kind, w.created_at_ms FROM workspaces w WHERE w.kind = $1",
        )
        .bind(WorkspaceKind::Local.as_str())
        .fetch_one(&self.pool)
        .await?;
        Ok(workspace_from_row(&row)?)
    }

    /// Creates a team workspace with `owner` as its first member.
    ///
    /// Both rows go in one transaction so there is never an ownerless team
    /// workspace that nobody can manage. `NotFound` if the owner does not
    /// exist.
    pub async fn create_workspace(
        &self,
        name: &str,
        owner: UserId,
        created_at_ms: i64,
    ) -> Result<Workspace, StoreError> {
        let name = validate::name("workspace name", name)?;
        let created_at_ms = validate::timestamp("created_at", created_at_ms)?;
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO workspaces (name, kind, created_at_ms) VALUES ($1, $2, $3) \
             RETURNING id, name, kind, created_at_ms",
        )
        .bind(name)
        .bind(WorkspaceKind::Team.as_str())
        .bind(created_at_ms)
        .fetch_one(&mut *tx)
        .await?;
        let workspace = workspace_from_row(&row)?;
        sqlx::query(
            "INSERT INTO workspace_members (workspace_id, user_id, role, created_at_ms) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(workspace.id.0)
        .bind(owner.0)
        .bind(Role::Owner.as_str())
        .bind(created_at_ms)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(workspace)
    }

    /// Fetches one workspace by id.
    pub async fn workspace(&self, id: WorkspaceId) -> Result<Workspace, StoreError> {
        let row = sqlx::query(
            "SELECT w.id, w.name, w.kind, w.created_at_ms FROM workspaces w WHERE w.id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(workspace_from_row(&row)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_column_text() {
        for kind in [WorkspaceKind::Local, WorkspaceKind::Team] {
            assert_eq!(WorkspaceKind::parse(kind.as_str()).ok(), Some(kind));
        }
        assert!(WorkspaceKind::parse("other").is_err());
    }
}
