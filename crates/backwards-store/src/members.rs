//! Workspace membership: who belongs to a team workspace, with which role.
//!
//! The store records roles; what each role may do is the web layer's policy.

use crate::error::{found, on_unique};
use crate::workspaces::workspace_from_row;
use crate::{Store, StoreError, UserId, Workspace, WorkspaceId, validate};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A member's role in a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Role {
    /// Reads ideas, versions and documents.
    Viewer,
    /// Also creates and saves ideas and share links.
    Editor,
    /// Also manages members.
    Owner,
}

impl Role {
    /// The text stored in the `role` column (and a handy form label).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Owner => "owner",
        }
    }

    /// Parses the column text; anything else is a corrupt row.
    pub(crate) fn parse(text: &str) -> Result<Self, sqlx::Error> {
        match text {
            "viewer" => Ok(Role::Viewer),
            "editor" => Ok(Role::Editor),
            "owner" => Ok(Role::Owner),
            _ => Err(sqlx::Error::Decode("unknown role".into())),
        }
    }
}

/// A member of a workspace, as listed on its members page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The member's account.
    pub user_id: UserId,
    /// The account's email (lower case), to show who it is.
    pub email: String,
    /// Their role here.
    pub role: Role,
    /// When they joined (unix ms).
    pub created_at_ms: i64,
}

/// One workspace a user belongs to, with their role in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// The workspace.
    pub workspace: Workspace,
    /// The user's role in it.
    pub role: Role,
}

fn member_from_row(row: &AnyRow) -> Result<Member, sqlx::Error> {
    Ok(Member {
        user_id: UserId(row.try_get("user_id")?),
        email: row.try_get("email")?,
        role: Role::parse(&row.try_get::<String, _>("role")?)?,
        created_at_ms: row.try_get("created_at_ms")?,
    })
}

impl Store {
    /// Adds `user` to `workspace`.
    ///
    /// `Conflict` if they are already a member (change roles with
    /// [`Store::set_member_role`]); `NotFound` if either does not exist.
    pub async fn add_member(
        &self,
        workspace: WorkspaceId,
        user: UserId,
        role: Role,
        created_at_ms: i64,
    ) -> Result<(), StoreError> {
        let created_at_ms = validate::timestamp("created_at", created_at_ms)?;
        sqlx::query(
            "INSERT INTO workspace_members (workspace_id, user_id, role, created_at_ms) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(workspace.0)
        .bind(user.0)
        .bind(role.as_str())
        .bind(created_at_ms)
        .execute(&self.pool)
        .await
        .map_err(on_unique("this member"))?;
        Ok(())
    }

    /// Changes a member's role. `NotFound` if they are not a member.
    pub async fn set_member_role(
        &self,
        workspace: WorkspaceId,
        user: UserId,
        role: Role,
    ) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE workspace_members SET role = $1 WHERE workspace_id = $2 AND user_id = $3",
        )
        .bind(role.as_str())
        .bind(workspace.0)
        .bind(user.0)
        .execute(&self.pool)
        .await?;
        found(done.rows_affected())
    }

    /// Removes a member. `NotFound` if they are not a member.
    pub async fn remove_member(
        &self,
        workspace: WorkspaceId,
        user: UserId,
    ) -> Result<(), StoreError> {
        let done =
            sqlx::query("DELETE FROM workspace_members WHERE workspace_id = $1 AND user_id = $2")
                .bind(workspace.0)
                .bind(user.0)
                .execute(&self.pool)
                .await?;
        found(done.rows_affected())
    }

    /// The role of `user` in `workspace`: the authorization check for every
    /// team-mode request. `NotFound` if they are not a member.
    pub async fn member_role(
        &self,
        workspace: WorkspaceId,
        user: UserId,
    ) -> Result<Role, StoreError> {
        let role: String = sqlx::query_scalar(
            "SELECT role FROM workspace_members WHERE workspace_id = $1 AND user_id = $2",
        )
        .bind(workspace.0)
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(Role::parse(&role)?)
    }

    /// The members of a workspace, oldest first.
    pub async fn members(&self, workspace: WorkspaceId) -> Result<Vec<Member>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.user_id, u.email, m.role, m.created_at_ms \
             FROM workspace_members m JOIN users u ON u.id = m.user_id \
             WHERE m.workspace_id = $1 ORDER BY m.created_at_ms, m.user_id",
        )
        .bind(workspace.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(member_from_row).collect::<Result<_, _>>()?)
    }

    /// The workspaces `user` belongs to, by name: what a workspace switcher
    /// shows after login.
    pub async fn memberships(&self, user: UserId) -> Result<Vec<Membership>, StoreError> {
        let rows = sqlx::query(
            "SELECT w.id, w.name, w.kind, w.created_at_ms, m.role \
             FROM workspace_members m JOIN workspaces w ON w.id = m.workspace_id \
             WHERE m.user_id = $1 ORDER BY w.name, w.id",
        )
        .bind(user.0)
        .fetch_all(&self.pool)
        .await?;
        let to_membership = |row: &AnyRow| -> Result<Membership, sqlx::Error> {
            Ok(Membership {
                workspace: workspace_from_row(row)?,
                role: Role::parse(&row.try_get::<String, _>("role")?)?,
            })
        };
        Ok(rows.iter().map(to_membership).collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_column_text() {
        for role in [Role::Viewer, Role::Editor, Role::Owner] {
            assert_eq!(Role::parse(role.as_str()).ok(), Some(role));
        }
        assert!(Role::parse("admin").is_err());
    }

    #[test]
    fn roles_are_ordered_by_power() {
        assert!(Role::Viewer < Role::Editor && Role::Editor < Role::Owner);
    }
}
