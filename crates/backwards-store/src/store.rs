//! The [`Store`] handle: opening a database by URL and the shared plumbing
//! that every entity module uses.
//!
//! # Why one concrete type over sqlx's `Any` driver
//!
//! SQLite and PostgreSQL get *the same SQL* for every query: `$1`
//! placeholders, `RETURNING`, `ON CONFLICT DO NOTHING` and partial unique
//! indexes mean the same on both. Only the DDL differs, so only the migrations
//! are per-backend. Running that single body of SQL through `sqlx::AnyPool`
//! means each behaviour is written once and tested once against both
//! databases, and callers hold a plain `Store` (cheap to clone: it wraps a
//! reference-counted pool) instead of an `Arc<dyn Trait>` with boxed futures.
//! The price is that `Any` only speaks the basic types (i64, f64, text,
//! bytes), which is all this schema uses: timestamps are unix milliseconds
//! and ids are i64.

use crate::{StoreError, migrate};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Any, AnyPool, ConnectOptions, Transaction};
use std::fmt;
use std::path::Path;

/// The database behind a [`Store`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Backend {
    /// A single SQLite file: local mode and small teams, nothing to install.
    Sqlite,
    /// A PostgreSQL server: teams that already run one.
    Postgres,
}

/// Per-connection SQLite settings, applied to every pooled connection.
///
/// * `busy_timeout` first, so the following pragmas (and every write) wait
///   for a competing writer instead of failing with "database is locked".
/// * `journal_mode = WAL`: readers never block the writer, and a commit is a
///   single append to the log.
/// * `synchronous = FULL`: the log is fsynced at every commit. WAL with
///   `NORMAL` already survives a killed process; `FULL` also survives a power
///   cut, and a save is small enough that the extra fsync does not matter.
/// * `foreign_keys = ON`: SQLite ignores `REFERENCES … ON DELETE CASCADE`
///   without it.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 10000;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;";

/// SQLite allows one writer at a time, so a handful of connections (for
/// concurrent readers) is plenty.
const SQLITE_MAX_CONNECTIONS: u32 = 4;
/// PostgreSQL servers are shared; stay well under the default
/// `max_connections = 100`.
const POSTGRES_MAX_CONNECTIONS: u32 = 10;

/// A handle to the database: every persistence operation of the web app.
///
/// Cloning is cheap and all clones share one connection pool, so put one in
/// the app state and clone it into each request.
///
/// # Durability
///
/// Every method that writes returns only after its transaction has committed
/// (and, on SQLite, after `synchronous = FULL` has fsynced the WAL). A caller
/// that acknowledges a save after `Ok` therefore never acknowledges something
/// a `SIGKILL` could lose.
///
/// # Authorization
///
/// Every method about ideas, versions or share links takes the
/// [`WorkspaceId`](crate::WorkspaceId) of the caller's workspace and answers
/// [`StoreError::NotFound`] for rows of any other workspace. The web layer
/// decides *which* workspace a request may act for; the store guarantees that
/// nothing leaks across that boundary even if a handler forgets a check.
///
/// # Time
///
/// The store never reads the clock: every timestamp (unix milliseconds) is
/// passed in by the caller, which keeps tests deterministic. The one
/// exception is sqlx's own `_sqlx_migrations.installed_on` column, which the
/// database fills with its own `now()`; nothing in the store reads it.
#[derive(Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
}

impl fmt::Debug for Store {
    /// Shows the backend only: the pool's options could include the URL, and
    /// a PostgreSQL URL may carry a password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating and migrating if needed) the database at `url`.
    ///
    /// * `sqlite://PATH`: PATH is a plain file path, relative to the current
    ///   directory unless it starts with `/` (so `sqlite:///var/lib/b.db` is
    ///   absolute). The file and its parent directories are created if
    ///   missing. No query parameters: the store sets SQLite's options itself.
    /// * `postgres://…` or `postgresql://…`: any libpq-style URL sqlx
    ///   accepts. The database must exist; its tables are created here.
    ///
    /// Pending migrations are applied before this returns, so a fresh file
    /// or an empty PostgreSQL database is ready to use, and opening an
    /// up-to-date database again is a no-op.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let (backend, options) = parse_url(url)?;
        let pool = pool_options(backend).connect_with(options).await?;
        let store = Store { pool, backend };
        store.migrate().await?;
        Ok(store)
    }

    /// Which database this store talks to.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Closes every pooled connection and waits for them to finish.
    ///
    /// Not needed for correctness (committed data is already durable), but a
    /// graceful shutdown should call it so SQLite can checkpoint its WAL and
    /// PostgreSQL sees clean disconnects.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The newest schema migration applied to this database.
    ///
    /// Useful in a health check or a startup log line, and lets tests prove
    /// that opening really migrated.
    pub async fn schema_version(&self) -> Result<i64, StoreError> {
        let version: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = $1")
                .bind(true)
                .fetch_one(&self.pool)
                .await?;
        Ok(version.unwrap_or(0))
    }

    /// The newest schema migration this build of the store knows about.
    pub fn latest_schema_version() -> i64 {
        migrate::latest_version()
    }

    /// Applies pending migrations, safely even when several processes open
    /// the same fresh database at once.
    ///
    /// On PostgreSQL sqlx serialises migrators with an advisory lock. On
    /// SQLite its lock is a no-op, so two first starts could both see an
    /// empty schema and the slower one would fail on `CREATE TABLE`. Running
    /// the whole migration inside one `BEGIN IMMEDIATE` transaction makes the
    /// second wait for the first, then find nothing left to do (sqlx's
    /// per-migration transactions become savepoints inside it).
    async fn migrate(&self) -> Result<(), StoreError> {
        let migrator = migrate::migrator(self.backend);
        match self.backend {
            Backend::Sqlite => {
                let mut tx = self.begin_write().await?;
                // `run_direct` is what `run` calls after acquiring; calling it
                // on the transaction's connection directly avoids rustc's
                // "`Acquire` is not general enough" error, which would make
                // `Store::open` unusable inside `tokio::spawn`. It is
                // `#[doc(hidden)]` in sqlx; should a release drop it, this
                // line stops compiling (it cannot silently misbehave).
                migrator.run_direct(None, &mut *tx, false).await?;
                tx.commit().await?;
            }
            Backend::Postgres => migrator.run(&self.pool).await?,
        }
        Ok(())
    }

    /// Starts a transaction that will write.
    ///
    /// On SQLite this is `BEGIN IMMEDIATE`: it takes the write lock up front,
    /// waiting out other writers through `busy_timeout`. A plain (deferred)
    /// `BEGIN` that reads first and writes later can instead fail with
    /// `SQLITE_BUSY` when another connection committed in between, which is
    /// exactly what concurrent saves to one idea would do. PostgreSQL needs no
    /// such hint: row locks taken by the first `UPDATE` serialise writers.
    pub(crate) async fn begin_write(&self) -> Result<Transaction<'static, Any>, StoreError> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(tx)
    }
}

/// Splits a database URL into its backend and sqlx connect options.
fn parse_url(url: &str) -> Result<(Backend, AnyConnectOptions), StoreError> {
    if let Some(path) = url.strip_prefix("sqlite://") {
        return Ok((Backend::Sqlite, sqlite_options(path)?));
    }
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        // The parse error is replaced by a fixed message: the URL may hold a
        // password, and some URL errors quote the offending part.
        let options = url
            .parse::<AnyConnectOptions>()
            .map_err(|_| StoreError::invalid("database url", "not a valid postgres:// URL"))?;
        return Ok((Backend::Postgres, options));
    }
    Err(StoreError::invalid(
        "database url",
        "must start with sqlite:// or postgres://",
    ))
}

/// Prepares a SQLite file path: absolute, parent directories created.
///
/// The path goes through `SqliteConnectOptions` and back to a URL rather than
/// being pasted into one, because URL parsing would lower-case the first path
/// segment of a relative path (it parses as a host name) and mangle `?`, `#`
/// and `%` in file names. An absolute path has no host segment.
fn sqlite_options(path: &str) -> Result<AnyConnectOptions, StoreError> {
    if path.is_empty() {
        return Err(StoreError::invalid(
            "database url",
            "sqlite:// needs a file path",
        ));
    }
    if path.contains('?') {
        return Err(StoreError::invalid(
            "database url",
            "sqlite:// URLs take no query parameters",
        ));
    }
    let path = std::path::absolute(Path::new(path)).map_err(backend)?;
    if let Some(parent) = path.parent() {
        // Blocking I/O in an async fn: acceptable here, it runs once at
        // startup and touches a handful of directories.
        std::fs::create_dir_all(parent).map_err(backend)?;
    }
    let url = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .to_url_lossy();
    Ok(AnyConnectOptions::from_url(&url)?)
}

/// Pool settings per backend; SQLite also gets its pragmas on every connect.
fn pool_options(backend: Backend) -> AnyPoolOptions {
    match backend {
        Backend::Sqlite => AnyPoolOptions::new()
            .max_connections(SQLITE_MAX_CONNECTIONS)
            .after_connect(|conn, _meta| {
                Box::pin(async move {
                    sqlx::raw_sql(SQLITE_PRAGMAS).execute(conn).await?;
                    Ok(())
                })
            }),
        Backend::Postgres => AnyPoolOptions::new().max_connections(POSTGRES_MAX_CONNECTIONS),
    }
}

/// Wraps a non-sqlx failure (file system) as a backend error.
fn backend(err: std::io::Error) -> StoreError {
    StoreError::Backend(Box::new(err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_unknown_schemes_without_echoing_the_url() {
        let err = parse_url("mysql://root:hunter2@localhost/db").err();
        let shown = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(shown.contains("must start with sqlite://"), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
    }

    #[test]
    fn refuses_sqlite_query_parameters_and_empty_paths() {
        assert!(matches!(
            parse_url("sqlite://x.db?mode=ro"),
            Err(StoreError::Invalid { .. })
        ));
        assert!(matches!(
            parse_url("sqlite://"),
            Err(StoreError::Invalid { .. })
        ));
    }

    #[tokio::test]
    async fn sqlite_connections_are_durable_wal_with_foreign_keys() -> Result<(), StoreError> {
        let dir = tempfile::tempdir().map_err(backend)?;
        let url = format!("sqlite://{}/Nested Dir/b#1.db", dir.path().display());
        let store = Store::open(&url).await?;
        let mut conn = store.pool.acquire().await?;
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?;
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *conn)
            .await?;
        let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await?;
        assert_eq!(journal, "wal");
        assert_eq!(synchronous, 2, "2 is FULL");
        assert_eq!(foreign_keys, 1);
        assert!(dir.path().join("Nested Dir").join("b#1.db").is_file());
        assert_eq!(
            store.schema_version().await?,
            Store::latest_schema_version()
        );
        Ok(())
    }
}
