//! The schema migrations, embedded in the binary and applied on every open.
//!
//! SQLite and PostgreSQL get separate SQL files because their DDL differs
//! (`INTEGER PRIMARY KEY AUTOINCREMENT` vs `BIGINT GENERATED ALWAYS AS
//! IDENTITY`), but both folders must always hold the same versions with the
//! same meaning. The files are pulled in with `include_str!` rather than
//! `sqlx::migrate!` so we do not need sqlx's `macros` feature (which compiles
//! a second copy of sqlx and SQLite). Migrations are append-only: sqlx records
//! each one's checksum and refuses to open a database whose applied migrations
//! were edited afterwards.

use crate::Backend;
use sqlx::SqlSafeStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};

/// One migration: version, description, SQLite text, PostgreSQL text.
type Step = (i64, &'static str, &'static str, &'static str);

/// Every migration, oldest first. Append new ones; never edit old ones.
const STEPS: &[Step] = &[(
    1,
    "init",
    include_str!("../migrations/sqlite/0001_init.sql"),
    include_str!("../migrations/postgres/0001_init.sql"),
)];

/// Builds the migrator for one backend.
pub(crate) fn migrator(backend: Backend) -> Migrator {
    let migrations = STEPS
        .iter()
        .map(|&(version, description, sqlite, postgres)| {
            let sql = match backend {
                Backend::Sqlite => sqlite,
                Backend::Postgres => postgres,
            };
            Migration::new(
                version,
                description.into(),
                MigrationType::Simple,
                sql.into_sql_str(),
                false,
            )
        })
        .collect();
    Migrator::with_migrations(migrations)
}

/// How many migrations this build knows, so tests can check they all ran.
pub(crate) fn latest_version() -> i64 {
    STEPS.last().map_or(0, |step| step.0)
}
