//! Versions: numbering, contents, the trend listing, and concurrent saves.

use crate::Outcome;
use crate::harness::{T0, TestDb, draft, expect_not_found};
use std::collections::BTreeMap;

pub async fn versions_are_numbered_from_one_and_keep_their_texts(db: &TestDb) -> Outcome {
    let store = &db.store;
    let ws = store.ensure_local_workspace(T0).await?.id;
    let idea = store.create_idea(ws, "Draft title", T0).await?;
    expect_not_found(
        store.latest_version(ws, idea.id).await,
        "latest of an idea never saved",
    )?;
    assert!(store.versions(ws, idea.id).await?.is_empty());

    let mut titled = draft(2);
    titled.title = Some(" Final title ".into());
    let notes = [
        "unicode ✓ «quotes» 'single' \"double\" <b>&amp;",
        "",
        "line\r\nbreaks",
    ];
    let mut saved = Vec::new();
    for (n, new) in [draft(1), titled, draft(3)].into_iter().enumerate() {
        let mut new = new;
        new.note = notes[n].to_owned();
        let version = store.save_version(ws, idea.id, &new).await?;
        assert_eq!(version.summary.number, n as i64 + 1);
        assert_eq!(
            (version.markdown.as_str(), version.summary.scores),
            (new.markdown.as_str(), new.scores)
        );
        saved.push(version);
    }

    for version in &saved {
        let read = store.version(ws, idea.id, version.summary.number).await?;
        assert_eq!(&read, version, "read back differs from what was saved");
    }
    assert_eq!(store.latest_version(ws, idea.id).await?, saved[2]);
    expect_not_found(store.version(ws, idea.id, 4).await, "version 4 of 3")?;
    expect_not_found(store.version(ws, idea.id, 0).await, "version 0")?;

    let trend = store.versions(ws, idea.id).await?;
    let expected: Vec<_> = saved.iter().map(|v| v.summary.clone()).collect();
    assert_eq!(
        trend, expected,
        "oldest first, summaries equal to the saves"
    );

    let after = store.idea(ws, idea.id).await?;
    assert_eq!(
        after.title, "Final title",
        "a titled save renames in the same transaction"
    );
    assert_eq!(after.version_count, 3);
    assert_eq!(after.updated_at_ms, draft(3).created_at_ms);
    Ok(())
}

pub async fn concurrent_saves_get_distinct_numbers_and_none_is_lost(db: &TestDb) -> Outcome {
    const SAVES: i64 = 20;
    let ws = db.store.ensure_local_workspace(T0).await?.id;
    let idea = db.store.create_idea(ws, "Hot idea", T0).await?;
    let tasks: Vec<_> = (1..=SAVES)
        .map(|n| {
            let store = db.store.clone();
            tokio::spawn(async move { (n, store.save_version(ws, idea.id, &draft(n)).await) })
        })
        .collect();

    // number -> which draft got it
    let mut by_number = BTreeMap::new();
    for task in tasks {
        let (n, saved) = task.await?;
        let number = saved?.summary.number;
        if let Some(previous) = by_number.insert(number, n) {
            return Err(format!("drafts {previous} and {n} both got number {number}").into());
        }
    }
    let numbers: Vec<i64> = by_number.keys().copied().collect();
    assert_eq!(numbers, (1..=SAVES).collect::<Vec<_>>());

    // Every acknowledged save is there, under the number it was given.
    for (&number, &n) in &by_number {
        let stored = db.store.version(ws, idea.id, number).await?;
        assert_eq!(stored.markdown, draft(n).markdown, "version {number}");
    }
    assert_eq!(db.store.versions(ws, idea.id).await?.len(), SAVES as usize);
    assert_eq!(db.store.idea(ws, idea.id).await?.version_count, SAVES);
    Ok(())
}
