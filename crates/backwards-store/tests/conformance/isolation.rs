//! Tenancy: with workspace B's id, no method can see or change anything of
//! workspace A, and every refusal is a plain `NotFound`.

use crate::Outcome;
use crate::harness::{T0, TestDb, draft, expect_not_found};
use backwards_store::{Role, TokenHash};

pub async fn another_workspace_can_neither_see_nor_change_an_idea(db: &TestDb) -> Outcome {
    let store = &db.store;
    let alice = store.create_user("alice@a.example", "h", T0).await?;
    let bert = store.create_user("bert@b.example", "h", T0).await?;
    let a = store.create_workspace("A", alice.id, T0).await?.id;
    let b = store.create_workspace("B", bert.id, T0).await?.id;
    let idea = store.create_idea(a, "A's secret plan", T0).await?;
    store.save_version(a, idea.id, &draft(1)).await?;
    let link = store
        .create_share_link(a, idea.id, &TokenHash::of("a-share"), T0)
        .await?;
    let b_idea = store.create_idea(b, "B's own idea", T0).await?;

    // Every idea, version and share-link method, called with B's id.
    expect_not_found(store.idea(b, idea.id).await, "idea")?;
    expect_not_found(
        store.rename_idea(b, idea.id, "Pwned", T0 + 1).await,
        "rename_idea",
    )?;
    expect_not_found(store.delete_idea(b, idea.id).await, "delete_idea")?;
    expect_not_found(
        store.save_version(b, idea.id, &draft(2)).await,
        "save_version",
    )?;
    expect_not_found(store.version(b, idea.id, 1).await, "version")?;
    expect_not_found(store.latest_version(b, idea.id).await, "latest_version")?;
    expect_not_found(store.versions(b, idea.id).await, "versions")?;
    let token = TokenHash::of("b-share");
    expect_not_found(
        store.create_share_link(b, idea.id, &token, T0).await,
        "create_share_link",
    )?;
    expect_not_found(store.share_links(b, idea.id).await, "share_links")?;
    expect_not_found(
        store.revoke_share_link(b, link.id, T0 + 1).await,
        "revoke_share_link",
    )?;
    let b_list: Vec<_> = store
        .ideas(b)
        .await?
        .into_iter()
        .map(|l| l.idea.id)
        .collect();
    assert_eq!(b_list, [b_idea.id], "B's list shows only B's idea");

    // And A's data is untouched by all of the above.
    let after = store.idea(a, idea.id).await?;
    assert_eq!(
        (after.title.as_str(), after.version_count),
        ("A's secret plan", 1)
    );
    assert_eq!(store.versions(a, idea.id).await?.len(), 1);
    assert_eq!(
        store.share_link_by_hash(&TokenHash::of("a-share")).await?,
        link
    );
    expect_not_found(store.share_link_by_hash(&token).await, "B's refused link")?;
    assert_eq!(store.share_links(a, idea.id).await?, [link]);

    // The other direction, for B's idea.
    expect_not_found(store.idea(a, b_idea.id).await, "B's idea from A")?;
    expect_not_found(
        store.save_version(a, b_idea.id, &draft(1)).await,
        "save into B",
    )?;
    Ok(())
}

pub async fn membership_is_per_workspace(db: &TestDb) -> Outcome {
    let store = &db.store;
    let alice = store.create_user("alice@a.example", "h", T0).await?;
    let bert = store.create_user("bert@b.example", "h", T0).await?;
    let a = store.create_workspace("A", alice.id, T0).await?.id;
    let b = store.create_workspace("B", bert.id, T0).await?.id;

    expect_not_found(store.member_role(b, alice.id).await, "alice in B")?;
    expect_not_found(store.member_role(a, bert.id).await, "bert in A")?;
    expect_not_found(
        store.set_member_role(b, alice.id, Role::Owner).await,
        "promote in B",
    )?;
    expect_not_found(
        store.remove_member(b, alice.id).await,
        "remove alice from B",
    )?;
    let b_members: Vec<_> = store
        .members(b)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    assert_eq!(b_members, [bert.id]);
    let alices: Vec<_> = store
        .memberships(alice.id)
        .await?
        .into_iter()
        .map(|m| m.workspace.id)
        .collect();
    assert_eq!(alices, [a]);
    assert_eq!(store.member_role(a, alice.id).await?, Role::Owner);
    Ok(())
}
