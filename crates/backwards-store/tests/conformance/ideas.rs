//! Ideas: create, read, list, rename, delete; bad input writes nothing.

use crate::Outcome;
use crate::harness::{T0, TestDb, draft, expect_not_found};
use backwards_store::{IdeaId, StoreError, WorkspaceId};

pub async fn ideas_can_be_created_listed_renamed_and_deleted(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ws = store.ensure_local_workspace(T0).await?.id;
    assert!(store.ideas(ws).await?.is_empty());

    let first = store
        .create_idea(ws, "  Night-shift dog walking ", T0)
        .await?;
    assert_eq!(first.title, "Night-shift dog walking");
    assert_eq!((first.workspace_id, first.version_count), (ws, 0));
    assert_eq!((first.created_at_ms, first.updated_at_ms), (T0, T0));
    assert_eq!(store.idea(ws, first.id).await?, first);

    let second = store.create_idea(ws, "Clinic scheduling", T0 + 10).await?;
    store.save_version(ws, second.id, &draft(3)).await?;
    let listed = store.ideas(ws).await?;
    let order: Vec<_> = listed.iter().map(|l| l.idea.id).collect();
    assert_eq!(order, [second.id, first.id], "most recently updated first");
    assert_eq!(listed[1].latest, None, "no versions yet");
    let latest = listed[0]
        .latest
        .as_ref()
        .ok_or("the saved idea lists no latest version")?;
    assert_eq!((latest.number, latest.scores), (1, draft(3).scores));
    assert_eq!(listed[0].idea.version_count, 1);

    let renamed = store
        .rename_idea(ws, first.id, "Dog walking for nurses", T0 + 10_000)
        .await?;
    assert_eq!(renamed.title, "Dog walking for nurses");
    assert_eq!(
        (renamed.created_at_ms, renamed.updated_at_ms),
        (T0, T0 + 10_000)
    );
    assert_eq!(store.idea(ws, first.id).await?, renamed);
    assert_eq!(
        store.ideas(ws).await?[0].idea.id,
        first.id,
        "renaming counts as an update"
    );

    store.delete_idea(ws, second.id).await?;
    expect_not_found(store.idea(ws, second.id).await, "deleted idea")?;
    expect_not_found(
        store.version(ws, second.id, 1).await,
        "version of a deleted idea",
    )?;
    expect_not_found(store.delete_idea(ws, second.id).await, "deleting twice")?;
    assert_eq!(store.ideas(ws).await?.len(), 1);

    // Ids are never handed out again, even after the newest row is deleted.
    let third = store.create_idea(ws, "Another", T0 + 20_000).await?;
    assert!(
        third.id.0 > second.id.0,
        "{:?} reused after {:?}",
        third.id,
        second.id
    );

    expect_not_found(
        store.idea(ws, IdeaId(third.id.0 + 1000)).await,
        "unknown idea",
    )?;
    expect_not_found(
        store
            .create_idea(WorkspaceId(ws.0 + 1000), "Orphan", T0)
            .await,
        "idea in an unknown workspace",
    )?;
    Ok(())
}

pub async fn invalid_input_is_refused_without_writing(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ws = store.ensure_local_workspace(T0).await?.id;
    let blank = store.create_idea(ws, " \n ", T0).await;
    assert!(
        matches!(blank, Err(StoreError::Invalid { field: "title", .. })),
        "{blank:?}"
    );
    let long = store.create_idea(ws, &"x".repeat(10_000), T0).await;
    assert!(matches!(long, Err(StoreError::Invalid { .. })), "{long:?}");
    let early = store.create_idea(ws, "Before 1970", -1).await;
    assert!(
        matches!(early, Err(StoreError::Invalid { .. })),
        "{early:?}"
    );
    assert!(store.ideas(ws).await?.is_empty());

    let idea = store.create_idea(ws, "Valid", T0).await?;
    store.save_version(ws, idea.id, &draft(1)).await?;
    let mut bad = draft(2);
    bad.scores.evidence = 101;
    let refused = store.save_version(ws, idea.id, &bad).await;
    assert!(
        matches!(refused, Err(StoreError::Invalid { .. })),
        "{refused:?}"
    );
    let mut no_call = draft(2);
    no_call.call = String::new();
    assert!(matches!(
        store.save_version(ws, idea.id, &no_call).await,
        Err(StoreError::Invalid { .. })
    ));
    let mut blank_title = draft(2);
    blank_title.title = Some("  ".into());
    assert!(matches!(
        store.save_version(ws, idea.id, &blank_title).await,
        Err(StoreError::Invalid { .. })
    ));
    let renamed = store.rename_idea(ws, idea.id, "", T0).await;
    assert!(
        matches!(renamed, Err(StoreError::Invalid { .. })),
        "{renamed:?}"
    );

    let after = store.idea(ws, idea.id).await?;
    assert_eq!((after.title.as_str(), after.version_count), ("Valid", 1));
    assert_eq!(store.versions(ws, idea.id).await?.len(), 1);
    // The next good save still gets the next number: refusals burnt none.
    assert_eq!(
        store
            .save_version(ws, idea.id, &draft(2))
            .await?
            .summary
            .number,
        2
    );
    Ok(())
}
