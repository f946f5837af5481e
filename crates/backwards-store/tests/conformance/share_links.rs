//! Share links: found by token hash until revoked or their idea is gone.

use crate::Outcome;
use crate::harness::{T0, TestDb, draft, expect_not_found};
use backwards_store::{IdeaId, TokenHash};

pub async fn share_links_resolve_until_revoked(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ws = store.ensure_local_workspace(T0).await?.id;
    let idea = store.create_idea(ws, "Shared idea", T0).await?;
    store.save_version(ws, idea.id, &draft(1)).await?;

    let first = store
        .create_share_link(ws, idea.id, &TokenHash::of("share-1"), T0)
        .await?;
    let second = store
        .create_share_link(ws, idea.id, &TokenHash::of("share-2"), T0 + 1)
        .await?;
    assert_eq!(
        (first.workspace_id, first.idea_id, first.revoked_at_ms),
        (ws, idea.id, None)
    );

    // Following a link gives what is needed to render the shared idea.
    let followed = store.share_link_by_hash(&TokenHash::of("share-1")).await?;
    assert_eq!(followed, first);
    let shown = store
        .latest_version(followed.workspace_id, followed.idea_id)
        .await?;
    assert_eq!(shown.markdown, draft(1).markdown);
    expect_not_found(
        store.share_link_by_hash(&TokenHash::of("share-3")).await,
        "unknown",
    )?;
    let ids: Vec<_> = store
        .share_links(ws, idea.id)
        .await?
        .into_iter()
        .map(|l| l.id)
        .collect();
    assert_eq!(ids, [second.id, first.id], "newest first");

    store.revoke_share_link(ws, first.id, T0 + 10).await?;
    store.revoke_share_link(ws, first.id, T0 + 20).await?;
    expect_not_found(
        store.share_link_by_hash(&TokenHash::of("share-1")).await,
        "revoked",
    )?;
    assert_eq!(
        store.share_link_by_hash(&TokenHash::of("share-2")).await?,
        second
    );
    let links = store.share_links(ws, idea.id).await?;
    let revoked = links
        .iter()
        .find(|l| l.id == first.id)
        .map(|l| l.revoked_at_ms);
    assert_eq!(
        revoked,
        Some(Some(T0 + 10)),
        "listed with the first revocation time"
    );

    let dup = store
        .create_share_link(ws, idea.id, &TokenHash::of("share-2"), T0)
        .await;
    assert!(
        matches!(dup, Err(backwards_store::StoreError::Conflict { .. })),
        "{dup:?}"
    );
    let ghost = IdeaId(idea.id.0 + 1000);
    let orphan = store
        .create_share_link(ws, ghost, &TokenHash::of("g"), T0)
        .await;
    expect_not_found(orphan, "link to an unknown idea")?;
    Ok(())
}

pub async fn share_links_die_with_their_idea(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ws = store.ensure_local_workspace(T0).await?.id;
    let idea = store.create_idea(ws, "Short-lived", T0).await?;
    let link = store
        .create_share_link(ws, idea.id, &TokenHash::of("doomed"), T0)
        .await?;
    store.delete_idea(ws, idea.id).await?;
    expect_not_found(
        store.share_link_by_hash(&TokenHash::of("doomed")).await,
        "after delete",
    )?;
    expect_not_found(
        store.revoke_share_link(ws, link.id, T0).await,
        "revoke after delete",
    )?;
    Ok(())
}
