//! Fresh databases for each test: a SQLite file in a temp dir, or a new
//! PostgreSQL database created on the server named by
//! `BACKWARDS_TEST_PG_URL` (so parallel tests and repeated runs never see each
//! other's rows), dropped again when the test passes.

use backwards_store::Store;
use sqlx::{Connection, Executor, PgConnection};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};
use tempfile::TempDir;

/// The variable that names the PostgreSQL server for the tests.
const PG_URL_VAR: &str = "BACKWARDS_TEST_PG_URL";

/// One test's database and the store opened on it.
pub struct TestDb {
    /// The store under test.
    pub store: Store,
    url: String,
    cleanup: Cleanup,
    /// Extra PostgreSQL databases handed out by `empty_database_url`.
    extra: std::sync::Mutex<Vec<String>>,
}

enum Cleanup {
    /// The temp dir holding the SQLite file; deleted on drop.
    Sqlite { _dir: TempDir },
    /// The server URL to connect to for `DROP DATABASE`, and the name.
    Postgres { admin_url: String, name: String },
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

impl TestDb {
    /// A store on a new SQLite file in a nested directory that does not
    /// exist yet (so `open` must create it).
    pub async fn sqlite() -> Result<TestDb, Failure> {
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite://{}/data dir/backwards.db", dir.path().display());
        let store = Store::open(&url).await?;
        Ok(TestDb {
            store,
            url,
            cleanup: Cleanup::Sqlite { _dir: dir },
            extra: Default::default(),
        })
    }

    /// A store on a brand-new PostgreSQL database.
    pub async fn postgres() -> Result<TestDb, Failure> {
        let Ok(admin_url) = std::env::var(PG_URL_VAR) else {
            // A panic rather than an `Err` so the instructions print as
            // written instead of as an escaped Debug string.
            panic!(
                "{PG_URL_VAR} is not set. The PostgreSQL conformance tests need a real \
                 server; they fail rather than skip without one. Start one on 127.0.0.1 \
                 (it installs PostgreSQL from apt if needed) from the repository root:\n\n    \
                 eval \"$(.ci/postgres.sh)\"\n\nthen rerun the tests."
            );
        };
        let name = create_pg_database(&admin_url).await?;
        let url = with_database(&admin_url, &name)?;
        let store = Store::open(&url).await?;
        let cleanup = Cleanup::Postgres { admin_url, name };
        Ok(TestDb {
            store,
            url,
            cleanup,
            extra: Default::default(),
        })
    }

    /// The URL of another database of the same backend that nothing has
    /// opened yet: no file, or an empty PostgreSQL database.
    pub async fn empty_database_url(&self) -> Result<String, Failure> {
        match &self.cleanup {
            Cleanup::Sqlite { _dir: dir } => {
                let n = COUNTER.fetch_add(1, Ordering::Relaxed);
                Ok(format!(
                    "sqlite://{}/fresh-{n}/backwards.db",
                    dir.path().display()
                ))
            }
            Cleanup::Postgres { admin_url, .. } => {
                let name = create_pg_database(admin_url).await?;
                let url = with_database(admin_url, &name)?;
                self.extra.lock().map_err(|_| "poisoned")?.push(name);
                Ok(url)
            }
        }
    }

    /// Opens a second, independent store on the same database, as a
    /// restarted server would.
    pub async fn reopen(&self) -> Result<Store, Failure> {
        Ok(Store::open(&self.url).await?)
    }

    /// The URL of this test's database.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Closes the store and removes the database. Only reached when the test
    /// passed, so a failed run leaves its database behind for inspection.
    pub async fn finish(self) -> Result<(), Failure> {
        self.store.close().await;
        if let Cleanup::Postgres { admin_url, name } = &self.cleanup {
            let mut names = self.extra.lock().map_err(|_| "poisoned")?.clone();
            names.push(name.clone());
            let mut admin = PgConnection::connect(admin_url).await?;
            for name in names {
                drop_pg_database(&mut admin, &name).await;
            }
            admin.close().await?;
        }
        Ok(())
    }
}

/// Drops a test database. `WITH (FORCE)` ends our own leftover
/// connections, but the server refuses to end an autovacuum worker that has
/// just started on the new database (it is not ours to signal), so the drop
/// is retried for a couple of seconds while that worker finishes. If it
/// still fails, the database is left behind with a message: cleanup is not
/// what the tests check, and failing a passed test over it would be a lie.
async fn drop_pg_database(admin: &mut PgConnection, name: &str) {
    let sql = format!("DROP DATABASE {name} WITH (FORCE)");
    for attempt in 0..10 {
        match admin.execute(sqlx::AssertSqlSafe(sql.clone())).await {
            Ok(_) => return,
            Err(err) if attempt == 9 => eprintln!("left test database {name} behind: {err}"),
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(200)).await,
        }
    }
}

/// Numbers the databases and files one test process creates.
static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Creates an empty database on the server and returns its name.
async fn create_pg_database(admin_url: &str) -> Result<String, Failure> {
    let name = unique_database_name();
    let mut admin = PgConnection::connect(admin_url)
        .await
        .map_err(|err| format!("cannot connect to {PG_URL_VAR} (is the server running?): {err}"))?;
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await?;
    admin.close().await?;
    Ok(name)
}

/// `backwards_test_<pid>_<n>_<ns>`: unique across the parallel tests of one
/// run (counter) and across runs (pid and time). Only `[a-z0-9_]`, so it
/// needs no quoting.
fn unique_database_name() -> String {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("backwards_test_{}_{n}_{nanos}", std::process::id())
}

/// The same server URL pointing at another database.
fn with_database(url: &str, name: &str) -> Result<String, Failure> {
    let mut parsed = url::Url::parse(url)?;
    parsed.set_path(name);
    Ok(parsed.into())
}

/// A fixed "now" for the tests (2026-01-01T00:00:00Z in unix ms); checks
/// add offsets to it so every timestamp is predictable.
pub const T0: i64 = 1_767_225_600_000;

/// A version to save: distinct texts and scores per `n`, so a test can tell
/// which save ended up under which number. Saved at `T0 + n` seconds.
pub fn draft(n: i64) -> backwards_store::NewVersion {
    backwards_store::NewVersion {
        title: None,
        markdown: format!("# Idea\n\nDraft number {n}.\n"),
        verdict_json: format!("{{\"draft\":{n}}}"),
        scores: backwards_store::Scores {
            customer: n % 101,
            problem: (n * 7) % 101,
            evidence: (n * 13) % 101,
            risk: 100 - n % 101,
        },
        call: "revise".into(),
        note: format!("note {n}"),
        created_at_ms: T0 + 1_000 * n,
    }
}

/// Fails unless `result` is `Err(StoreError::NotFound)`.
pub fn expect_not_found<T: std::fmt::Debug>(
    result: Result<T, backwards_store::StoreError>,
    what: &str,
) -> Result<(), Failure> {
    match result {
        Err(backwards_store::StoreError::NotFound) => Ok(()),
        other => Err(format!("{what}: expected NotFound, got {other:?}").into()),
    }
}
