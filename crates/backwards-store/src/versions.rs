//! Versions: every save of an idea, numbered 1, 2, 3… per idea.
//!
//! # How concurrent saves get distinct numbers
//!
//! A save is one write transaction whose *first* statement is
//!
//! ```sql
//! UPDATE ideas SET version_count = version_count + 1, …
//!  WHERE id = $idea AND workspace_id = $workspace
//! RETURNING version_count
//! ```
//!
//! That statement is at once the workspace check (no row, no save), the
//! number allocator and the lock. On PostgreSQL the row lock makes a second
//! concurrent save wait, then re-read the committed counter, so it gets the
//! next number rather than the same one. On SQLite the transaction is
//! `BEGIN IMMEDIATE` (see `Store::begin_write`), which serialises writers
//! outright. Either way, no two saves share a number, none is lost, and the
//! `(idea_id, number)` primary key backs this up.

use crate::{IdeaId, Store, StoreError, WorkspaceId, validate};
use sqlx::Row;
use sqlx::any::AnyRow;

/// The four rubric scores (0..=100) of a verdict, kept as columns for the
/// history trend. Risk is the one where higher is worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scores {
    /// Customer clarity.
    pub customer: i64,
    /// Problem sharpness.
    pub problem: i64,
    /// Evidence strength.
    pub evidence: i64,
    /// Risk (higher is more risk).
    pub risk: i64,
}

/// Everything a save records. Built by the caller from the idea file and
/// its verdict; the store treats the texts as opaque.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewVersion {
    /// If set, the idea is renamed in the same transaction (the title usually
    /// comes from the Markdown being saved).
    pub title: Option<String>,
    /// The idea file, Markdown, verbatim.
    pub markdown: String,
    /// The verdict, serialised JSON, verbatim.
    pub verdict_json: String,
    /// The verdict's four scores.
    pub scores: Scores,
    /// The verdict's call ("go", "revise", "stop"), as text.
    pub call: String,
    /// A short note on what changed, for the history page.
    pub note: String,
    /// When it was saved (unix ms).
    pub created_at_ms: i64,
}

/// A saved version with its texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// Scores, call, note and time: everything but the texts.
    pub summary: VersionSummary,
    /// The idea file as saved.
    pub markdown: String,
    /// The verdict JSON as saved.
    pub verdict_json: String,
}

/// A saved version without its (large) texts: what the history page and
/// the score trend need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionSummary {
    /// The idea it belongs to.
    pub idea_id: IdeaId,
    /// 1 for the first save, then 2, 3…; never reused.
    pub number: i64,
    /// The four scores.
    pub scores: Scores,
    /// The call.
    pub call: String,
    /// The change note.
    pub note: String,
    /// When it was saved (unix ms).
    pub created_at_ms: i64,
}

/// Maps the summary columns; `created_at_ms` is selected as
/// `version_created_at_ms` so the same mapper works on joins with `ideas`.
pub(crate) fn summary_from_row(row: &AnyRow) -> Result<VersionSummary, sqlx::Error> {
    Ok(VersionSummary {
        idea_id: IdeaId(row.try_get("idea_id")?),
        number: row.try_get("number")?,
        scores: Scores {
            customer: row.try_get("customer_score")?,
            problem: row.try_get("problem_score")?,
            evidence: row.try_get("evidence_score")?,
            risk: row.try_get("risk_score")?,
        },
        call: row.try_get("verdict_call")?,
        note: row.try_get("note")?,
        created_at_ms: row.try_get("version_created_at_ms")?,
    })
}

fn version_from_row(row: &AnyRow) -> Result<Version, sqlx::Error> {
    Ok(Version {
        summary: summary_from_row(row)?,
        markdown: row.try_get("markdown")?,
        verdict_json: row.try_get("verdict_json")?,
    })
}

/// The column list of a full version, aliased for [`summary_from_row`].
macro_rules! version_columns {
    () => {
        "v.idea_id, v.number, v.customer_score, v.problem_score, v.evidence_score, \
         v.risk_score, v.verdict_call, v.note, v.created_at_ms AS version_created_at_ms, \
         v.markdown, v.verdict_json"
    };
}

/// Checks a new version before any SQL runs.
fn check(new: &NewVersion) -> Result<(), StoreError> {
    if let Some(title) = &new.title {
        validate::name("title", title)?;
    }
    validate::score("customer score", new.scores.customer)?;
    validate::score("problem score", new.scores.problem)?;
    validate::score("evidence score", new.scores.evidence)?;
    validate::score("risk score", new.scores.risk)?;
    validate::present("call", &new.call)?;
    validate::timestamp("created_at", new.created_at_ms)?;
    Ok(())
}

impl Store {
    /// Saves a new version of an idea of `workspace` and returns it with its
    /// number. Returns only after the transaction has committed.
    pub async fn save_version(
        &self,
        workspace: WorkspaceId,
        idea: IdeaId,
        new: &NewVersion,
    ) -> Result<Version, StoreError> {
        check(new)?;
        let title = new.title.as_deref().map(str::trim);
        let mut tx = self.begin_write().await?;
        let number: i64 = sqlx::query_scalar(
            "UPDATE ideas SET version_count = version_count + 1, updated_at_ms = $1, \
                              title = COALESCE($2, title) \
             WHERE id = $3 AND workspace_id = $4 RETURNING version_count",
        )
        .bind(new.created_at_ms)
        .bind(title)
        .bind(idea.0)
        .bind(workspace.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        sqlx::query(
            "INSERT INTO versions (idea_id, number, markdown, verdict_json, customer_score, \
                                   problem_score, evidence_score, risk_score, verdict_call, \
                                   note, created_at_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(idea.0)
        .bind(number)
        .bind(&new.markdown)
        .bind(&new.verdict_json)
        .bind(new.scores.customer)
        .bind(new.scores.problem)
        .bind(new.scores.evidence)
        .bind(new.scores.risk)
        .bind(&new.call)
        .bind(&new.note)
        .bind(new.created_at_ms)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Version {
            summary: VersionSummary {
                idea_id: idea,
                number,
                scores: new.scores,
                call: new.call.clone(),
                note: new.note.clone(),
                created_at_ms: new.created_at_ms,
            },
            markdown: new.markdown.clone(),
            verdict_json: new.verdict_json.clone(),
        })
    }

    /// One version of an idea of `workspace`, with its texts.
    pub async fn version(
        &self,
        workspace: WorkspaceId,
        idea: IdeaId,
        number: i64,
    ) -> Result<Version, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            version_columns!(),
            " FROM versions v JOIN ideas i ON i.id = v.idea_id \
              WHERE v.idea_id = $1 AND i.workspace_id = $2 AND v.number = $3"
        ))
        .bind(idea.0)
        .bind(workspace.0)
        .bind(number)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(version_from_row(&row)?)
    }

    /// The newest version of an idea of `workspace`. `NotFound` if the idea
    /// is not there or has no versions yet.
    pub async fn latest_version(
        &self,
        workspace: WorkspaceId,
        idea: IdeaId,
    ) -> Result<Version, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            version_columns!(),
            " FROM versions v JOIN ideas i ON i.id = v.idea_id AND v.number = i.version_count \
              WHERE v.idea_id = $1 AND i.workspace_id = $2"
        ))
        .bind(idea.0)
        .bind(workspace.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(version_from_row(&row)?)
    }

    /// All versions of an idea of `workspace`, oldest first (the order of a
    /// trend line), without their texts.
    ///
    /// `NotFound` (not an empty list) for an idea of another workspace, so a
    /// caller cannot tell "exists elsewhere" from "does not exist".
    pub async fn versions(
        &self,
        workspace: WorkspaceId,
        idea: IdeaId,
    ) -> Result<Vec<VersionSummary>, StoreError> {
        self.idea(workspace, idea).await?;
        let rows = sqlx::query(
            "SELECT v.idea_id, v.number, v.customer_score, v.problem_score, v.evidence_score, \
                    v.risk_score, v.verdict_call, v.note, v.created_at_ms AS version_created_at_ms \
             FROM versions v JOIN ideas i ON i.id = v.idea_id \
             WHERE v.idea_id = $1 AND i.workspace_id = $2 ORDER BY v.number",
        )
        .bind(idea.0)
        .bind(workspace.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(summary_from_row)
            .collect::<Result<_, _>>()?)
    }
}
