//! Opening creates the schema on a fresh database, and opening again (a
//! restart) changes nothing and loses nothing.

use crate::Outcome;
use crate::harness::{T0, TestDb, draft};
use backwards_store::Store;

pub async fn a_fresh_database_is_migrated_and_reopens_unchanged(db: &TestDb) -> Outcome {
    assert_eq!(
        db.store.schema_version().await?,
        Store::latest_schema_version()
    );
    assert!(Store::latest_schema_version() >= 1);

    let local = db.store.ensure_local_workspace(T0).await?;
    let idea = db
        .store
        .create_idea(local.id, "Survives restarts", T0)
        .await?;
    db.store.save_version(local.id, idea.id, &draft(1)).await?;

    for _ in 0..2 {
        let again = db.reopen().await?;
        assert_eq!(again.backend(), db.store.backend());
        assert_eq!(
            again.schema_version().await?,
            Store::latest_schema_version()
        );
        let same = again.latest_version(local.id, idea.id).await?;
        assert_eq!(same, draft_as_saved(&idea, 1));
        assert_eq!(again.ensure_local_workspace(T0 + 1).await?, local);
        again.close().await;
    }
    Ok(())
}

pub async fn concurrent_opens_of_a_fresh_database_all_succeed(db: &TestDb) -> Outcome {
    // Several server processes starting at once on one fresh database must
    // not trip over each other's migrations.
    let url = db.empty_database_url().await?;
    let opens: Vec<_> = (0..4)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move { Store::open(&url).await })
        })
        .collect();
    for open in opens {
        let store = open.await??;
        assert_eq!(
            store.schema_version().await?,
            Store::latest_schema_version()
        );
        store.close().await;
    }
    Ok(())
}

/// What `draft(n)` looks like once saved as version `n` of `idea`.
fn draft_as_saved(idea: &backwards_store::Idea, n: i64) -> backwards_store::Version {
    let new = draft(n);
    backwards_store::Version {
        summary: backwards_store::VersionSummary {
            idea_id: idea.id,
            number: n,
            scores: new.scores,
            call: new.call,
            note: new.note,
            created_at_ms: new.created_at_ms,
        },
        markdown: new.markdown,
        verdict_json: new.verdict_json,
    }
}
