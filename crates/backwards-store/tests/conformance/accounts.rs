//! Workspaces, users, members, sessions and API tokens.

use crate::Outcome;
use crate::harness::{T0, TestDb, expect_not_found};
use backwards_store::{Role, StoreError, TokenHash, UserId, WorkspaceKind};

pub async fn the_local_workspace_is_created_once(db: &TestDb) -> Outcome {
    // Many first requests racing to create it must all get the same one.
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = db.store.clone();
            tokio::spawn(async move { store.ensure_local_workspace(T0 + i).await })
        })
        .collect();
    let mut ids = Vec::new();
    for task in tasks {
        let workspace = task.await??;
        assert_eq!(workspace.kind, WorkspaceKind::Local);
        ids.push(workspace.id);
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "more than one local workspace: {ids:?}");
    let again = db.store.ensure_local_workspace(T0 + 100).await?;
    assert_eq!(again.id, ids[0]);
    assert!(
        again.created_at_ms < T0 + 8,
        "a later call overwrote created_at"
    );
    assert_eq!(db.store.workspace(again.id).await?, again);
    Ok(())
}

pub async fn users_are_unique_by_email_ignoring_case(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ann = store
        .create_user("Ann@Example.com", "$argon2id$hash-1", T0)
        .await?;
    assert_eq!(ann.email, "ann@example.com");
    assert_eq!(ann.password_hash, "$argon2id$hash-1");
    assert_eq!(ann.created_at_ms, T0);

    assert_eq!(store.user(ann.id).await?, ann);
    assert_eq!(store.user_by_email("  ANN@example.COM ").await?, ann);
    expect_not_found(
        store.user_by_email("bob@example.com").await,
        "unknown email",
    )?;
    expect_not_found(store.user_by_email("not an email").await, "malformed email")?;
    expect_not_found(store.user(UserId(ann.id.0 + 1000)).await, "unknown id")?;

    let duplicate = store
        .create_user("ann@EXAMPLE.com", "$argon2id$other", T0)
        .await;
    assert!(
        matches!(duplicate, Err(StoreError::Conflict { .. })),
        "second account with the same email: {duplicate:?}"
    );
    let invalid = store
        .create_user("ann-at-example.com", "$argon2id$x", T0)
        .await;
    assert!(
        matches!(invalid, Err(StoreError::Invalid { field: "email", .. })),
        "{invalid:?}"
    );
    let no_hash = store.create_user("cy@example.com", " ", T0).await;
    assert!(
        matches!(no_hash, Err(StoreError::Invalid { .. })),
        "{no_hash:?}"
    );

    store.set_password_hash(ann.id, "$argon2id$hash-2").await?;
    assert_eq!(store.user(ann.id).await?.password_hash, "$argon2id$hash-2");
    expect_not_found(
        store
            .set_password_hash(UserId(ann.id.0 + 1000), "$argon2id$x")
            .await,
        "password of an unknown user",
    )?;
    Ok(())
}

pub async fn team_workspaces_have_an_owner_and_members(db: &TestDb) -> Outcome {
    let store = &db.store;
    let owner = store.create_user("owner@example.com", "h", T0).await?;
    let bob = store.create_user("bob@example.com", "h", T0).await?;
    let team = store.create_workspace("  Acme  ", owner.id, T0).await?;
    assert_eq!(team.name, "Acme");
    assert_eq!(team.kind, WorkspaceKind::Team);
    assert_eq!(store.member_role(team.id, owner.id).await?, Role::Owner);
    expect_not_found(store.member_role(team.id, bob.id).await, "not yet a member")?;

    store
        .add_member(team.id, bob.id, Role::Viewer, T0 + 1)
        .await?;
    assert_eq!(store.member_role(team.id, bob.id).await?, Role::Viewer);
    let again = store
        .add_member(team.id, bob.id, Role::Editor, T0 + 2)
        .await;
    assert!(
        matches!(again, Err(StoreError::Conflict { .. })),
        "{again:?}"
    );

    store.set_member_role(team.id, bob.id, Role::Editor).await?;
    let members = store.members(team.id).await?;
    let listed: Vec<_> = members.iter().map(|m| (m.email.as_str(), m.role)).collect();
    assert_eq!(
        listed,
        [
            ("owner@example.com", Role::Owner),
            ("bob@example.com", Role::Editor)
        ]
    );

    let bobs = store.memberships(bob.id).await?;
    assert_eq!(bobs.len(), 1);
    assert_eq!(
        (bobs[0].workspace.id, bobs[0].role),
        (team.id, Role::Editor)
    );

    store.remove_member(team.id, bob.id).await?;
    expect_not_found(store.member_role(team.id, bob.id).await, "removed member")?;
    expect_not_found(store.remove_member(team.id, bob.id).await, "removing twice")?;
    expect_not_found(
        store.set_member_role(team.id, bob.id, Role::Owner).await,
        "role of a non-member",
    )?;
    assert!(store.memberships(bob.id).await?.is_empty());

    let ghost = UserId(bob.id.0 + 1000);
    expect_not_found(
        store.add_member(team.id, ghost, Role::Viewer, T0).await,
        "unknown user",
    )?;
    expect_not_found(
        store.create_workspace("Ghost", ghost, T0).await,
        "unknown owner",
    )?;
    let blank = store.create_workspace("   ", owner.id, T0).await;
    assert!(
        matches!(blank, Err(StoreError::Invalid { .. })),
        "{blank:?}"
    );
    Ok(())
}

pub async fn sessions_are_found_by_hash_until_they_expire(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ann = store.create_user("ann@example.com", "h", T0).await?;
    let cookie = TokenHash::of("session-cookie-1");
    let other = TokenHash::of("session-cookie-2");
    let expires = T0 + 60_000;
    let session = store.create_session(&cookie, ann.id, T0, expires).await?;
    store.create_session(&other, ann.id, T0, T0 + 1_000).await?;
    assert_eq!(session.user_id, ann.id);
    assert_eq!(
        (session.created_at_ms, session.expires_at_ms),
        (T0, expires)
    );

    assert_eq!(store.session(&cookie, T0).await?, session);
    assert_eq!(store.session(&cookie, expires - 1).await?, session);
    expect_not_found(
        store.session(&cookie, expires).await,
        "at the expiry instant",
    )?;
    expect_not_found(
        store.session(&TokenHash::of("guess"), T0).await,
        "unknown cookie",
    )?;

    let dup = store.create_session(&cookie, ann.id, T0, expires).await;
    assert!(matches!(dup, Err(StoreError::Conflict { .. })), "{dup:?}");
    let backwards = store
        .create_session(&TokenHash::of("x"), ann.id, T0, T0)
        .await;
    assert!(
        matches!(backwards, Err(StoreError::Invalid { .. })),
        "{backwards:?}"
    );
    let ghost = UserId(ann.id.0 + 1000);
    let orphan = store
        .create_session(&TokenHash::of("y"), ghost, T0, expires)
        .await;
    expect_not_found(orphan, "session of an unknown user")?;

    // Only `other` has expired at T0 + 1000; housekeeping removes just it.
    assert_eq!(store.delete_expired_sessions(T0 + 1_000).await?, 1);
    assert_eq!(store.delete_expired_sessions(T0 + 1_000).await?, 0);
    expect_not_found(store.session(&other, T0).await, "deleted expired session")?;
    assert_eq!(store.session(&cookie, T0).await?, session);

    store.delete_session(&cookie).await?;
    store.delete_session(&cookie).await?; // logging out twice is fine
    expect_not_found(store.session(&cookie, T0).await, "after logout")?;

    for n in 0..3 {
        let token = TokenHash::of(&format!("device-{n}"));
        store.create_session(&token, ann.id, T0, expires).await?;
    }
    assert_eq!(store.delete_user_sessions(ann.id).await?, 3);
    expect_not_found(
        store.session(&TokenHash::of("device-0"), T0).await,
        "ended by user",
    )?;
    Ok(())
}

pub async fn api_tokens_are_found_by_hash_until_revoked(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ann = store.create_user("ann@example.com", "h", T0).await?;
    let bob = store.create_user("bob@example.com", "h", T0).await?;
    let ci = store
        .create_api_token(ann.id, " CI ", &TokenHash::of("bw_ci"), T0)
        .await?;
    let laptop = store
        .create_api_token(ann.id, "laptop", &TokenHash::of("bw_lap"), T0 + 1)
        .await?;
    assert_eq!(
        (ci.user_id, ci.name.as_str(), ci.revoked_at_ms),
        (ann.id, "CI", None)
    );

    assert_eq!(store.api_token_by_hash(&TokenHash::of("bw_ci")).await?, ci);
    assert_eq!(
        store.api_token_by_hash(&TokenHash::of("bw_lap")).await?,
        laptop
    );
    expect_not_found(
        store.api_token_by_hash(&TokenHash::of("bw_nope")).await,
        "unknown",
    )?;
    let listed: Vec<_> = store
        .api_tokens(ann.id)
        .await?
        .into_iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(listed, [laptop.id, ci.id], "newest first");
    assert!(store.api_tokens(bob.id).await?.is_empty());

    expect_not_found(
        store.revoke_api_token(bob.id, ci.id, T0 + 5).await,
        "someone else's",
    )?;
    assert_eq!(store.api_token_by_hash(&TokenHash::of("bw_ci")).await?, ci);

    store.revoke_api_token(ann.id, ci.id, T0 + 10).await?;
    store.revoke_api_token(ann.id, ci.id, T0 + 20).await?;
    expect_not_found(
        store.api_token_by_hash(&TokenHash::of("bw_ci")).await,
        "revoked",
    )?;
    assert_eq!(
        store.api_token_by_hash(&TokenHash::of("bw_lap")).await?,
        laptop
    );
    let tokens = store.api_tokens(ann.id).await?;
    let revoked = tokens
        .iter()
        .find(|t| t.id == ci.id)
        .map(|t| t.revoked_at_ms);
    assert_eq!(
        revoked,
        Some(Some(T0 + 10)),
        "the first revocation time is kept"
    );

    let dup = store
        .create_api_token(bob.id, "copy", &TokenHash::of("bw_lap"), T0)
        .await;
    assert!(matches!(dup, Err(StoreError::Conflict { .. })), "{dup:?}");
    let ghost = UserId(bob.id.0 + 1000);
    let orphan = store
        .create_api_token(ghost, "x", &TokenHash::of("z"), T0)
        .await;
    expect_not_found(orphan, "token of an unknown user")?;
    Ok(())
}

pub async fn raw_tokens_are_never_stored(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ann = store.create_user("ann@example.com", "h", T0).await?;
    let local = store.ensure_local_workspace(T0).await?;
    let idea = store.create_idea(local.id, "Shared", T0).await?;
    let secrets = ["raw-session-secret", "raw-api-secret", "raw-share-secret"];
    store
        .create_session(&TokenHash::of(secrets[0]), ann.id, T0, T0 + 1)
        .await?;
    store
        .create_api_token(ann.id, "t", &TokenHash::of(secrets[1]), T0)
        .await?;
    store
        .create_share_link(local.id, idea.id, &TokenHash::of(secrets[2]), T0)
        .await?;

    // Look at the raw tables through a separate connection.
    let raw = raw_connection(db).await?;
    for (table, secret) in [
        ("sessions", secrets[0]),
        ("api_tokens", secrets[1]),
        ("share_links", secrets[2]),
    ] {
        let sql = format!("SELECT token_hash FROM {table}");
        let stored: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .fetch_all(&raw)
            .await?;
        assert_eq!(stored, [TokenHash::of(secret).to_hex()], "{table}");
        assert!(
            stored.iter().all(|s| !s.contains(secret)),
            "{table} holds the raw token"
        );
    }
    raw.close().await;
    Ok(())
}

/// A plain sqlx pool on the test database, bypassing the store.
async fn raw_connection(db: &TestDb) -> Result<sqlx::AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let url = match db.store.backend() {
        backwards_store::Backend::Sqlite => format!("{}?mode=ro", db.url()),
        _ => db.url().to_owned(),
    };
    sqlx::AnyPool::connect(&url).await
}
