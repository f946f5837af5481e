//! The store conformance suite: one set of checks, run against a real
//! SQLite file and a real PostgreSQL server.
//!
//! Each check is an `async fn(&TestDb) -> Outcome` in one of the area
//! modules, written once against the `Store` API. The `conformance!` macro
//! below instantiates every check twice, as `sqlite::<check>` and
//! `postgres::<check>`, each on its own fresh database, so a failure names
//! both the behaviour and the backend.
//!
//! PostgreSQL comes from `BACKWARDS_TEST_PG_URL`. When it is not set the
//! PostgreSQL tests fail (they never skip) and say how to start a server:
//! `eval "$(.ci/postgres.sh)"`.

mod accounts;
mod harness;
mod ideas;
mod isolation;
mod migrations;
mod share_links;
mod versions;

use harness::TestDb;

/// What every check returns: `?` on store calls, `assert!` for the rest.
pub type Outcome = Result<(), Box<dyn std::error::Error + Send + Sync>>;

macro_rules! conformance {
    ($($area:ident :: $check:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $check() -> $crate::Outcome {
                    let db = $crate::TestDb::sqlite().await?;
                    $crate::$area::$check(&db).await?;
                    db.finish().await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $check() -> $crate::Outcome {
                    let db = $crate::TestDb::postgres().await?;
                    $crate::$area::$check(&db).await?;
                    db.finish().await
                }
            )*
        }
    };
}

conformance!(
    migrations::a_fresh_database_is_migrated_and_reopens_unchanged,
    migrations::concurrent_opens_of_a_fresh_database_all_succeed,
    accounts::the_local_workspace_is_created_once,
    accounts::users_are_unique_by_email_ignoring_case,
    accounts::team_workspaces_have_an_owner_and_members,
    accounts::sessions_are_found_by_hash_until_they_expire,
    accounts::api_tokens_are_found_by_hash_until_revoked,
    accounts::raw_tokens_are_never_stored,
    ideas::ideas_can_be_created_listed_renamed_and_deleted,
    ideas::invalid_input_is_refused_without_writing,
    versions::versions_are_numbered_from_one_and_keep_their_texts,
    versions::concurrent_saves_get_distinct_numbers_and_none_is_lost,
    isolation::another_workspace_can_neither_see_nor_change_an_idea,
    isolation::membership_is_per_workspace,
    share_links::share_links_resolve_until_revoked,
    share_links::share_links_die_with_their_idea,
);
