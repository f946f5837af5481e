//! What live coaching keeps in memory: the newest draft of each idea, and
//! the coaching already computed for an answer.
//!
//! # Drafts
//!
//! The coach endpoint runs on every pause in typing. Without this cache each
//! of those requests read the newest version from the database and split it
//! into a [`Draft`] again, although the text only changes when someone saves.
//! Here the draft is kept per (workspace, idea), tagged with its version
//! number:
//!
//! * every save made by this process puts the new draft in (so the coach
//!   sees a save at once);
//! * an entry older than [`TTL`] is read again from the database, which
//!   bounds how stale coaching can be when *another* server process writes
//!   the same PostgreSQL database;
//! * an entry never goes back to an older version, so a slow read that
//!   started before a save cannot overwrite the saved draft.
//!
//! Only coaching reads from here. Saves always start from the database, so
//! the cache can never make a save lose text. The key includes the
//! workspace, and entries are only filled by reads the store already scoped
//! to that workspace, so the cache cannot leak an idea across workspaces.
//!
//! # Coaching
//!
//! Coaching is a pure function of (draft version, step, answer): the
//! analysis of that step of the idea with the answer in place. [`CoachMemo`] keeps
//! the last results, keyed by all of that (the full texts, not a hash, so
//! two answers can never share a result), for the requests that repeat
//! one: a second tab, a retyped word, htmx sending the same text again. A
//! new answer is always analyzed. The version in the key means a save
//! makes every older result unreachable.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use backwards_store::{IdeaId, WorkspaceId};

use backwards_core::model::Step;

use crate::coach::Coaching;
use crate::idea_file::Draft;

/// How long a draft is trusted without asking the database again.
const TTL: Duration = Duration::from_secs(2);
/// More ideas than this being coached at once is unusual; past it the cache
/// is emptied rather than grown (the next requests simply read again).
const MAX_ENTRIES: usize = 4096;

/// One idea's newest draft.
struct Entry {
    /// The version it was read from (0: no version saved yet).
    version: i64,
    draft: Arc<Draft>,
    read_at: Instant,
}

/// The cache shared by every request (through [`crate::AppState`]).
#[derive(Default)]
pub(crate) struct DraftCache {
    entries: Mutex<HashMap<(WorkspaceId, IdeaId), Entry>>,
}

impl DraftCache {
    /// The cached draft with its version, if fresh enough to coach on.
    pub fn get(&self, ws: WorkspaceId, id: IdeaId) -> Option<(i64, Arc<Draft>)> {
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries
            .get(&(ws, id))
            .filter(|e| e.read_at.elapsed() < TTL)
            .map(|e| (e.version, Arc::clone(&e.draft)))
    }

    /// Records the draft of `version`, unless a newer version is already
    /// cached (a read that lost the race against a save).
    pub fn put(&self, ws: WorkspaceId, id: IdeaId, version: i64, draft: Arc<Draft>) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.get(&(ws, id)).is_some_and(|e| e.version > version) {
            return;
        }
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(
            (ws, id),
            Entry {
                version,
                draft,
                read_at: Instant::now(),
            },
        );
    }
}

/// Everything a coaching result depends on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct CoachKey {
    /// The workspace (results never cross workspaces).
    pub ws: WorkspaceId,
    /// The idea.
    pub id: IdeaId,
    /// The version of the draft the answer was put into.
    pub version: i64,
    /// The step being typed.
    pub step: Step,
    /// "I don't know" was chosen.
    pub dont_know: bool,
    /// The idea's name (the pitch step can rename it).
    pub name: Option<String>,
    /// The answer as typed.
    pub answer: String,
}

/// Recent coaching results; see the module documentation.
#[derive(Default)]
pub(crate) struct CoachMemo {
    results: Mutex<HashMap<CoachKey, Arc<Coaching>>>,
}

impl CoachMemo {
    /// A result computed before for exactly this key.
    pub fn get(&self, key: &CoachKey) -> Option<Arc<Coaching>> {
        let results = self.results.lock().unwrap_or_else(PoisonError::into_inner);
        results.get(key).map(Arc::clone)
    }

    /// Remembers a result (emptying the memo first when it is full).
    pub fn put(&self, key: CoachKey, coaching: Arc<Coaching>) {
        let mut results = self.results.lock().unwrap_or_else(PoisonError::into_inner);
        if results.len() >= MAX_ENTRIES {
            results.clear();
        }
        results.insert(key, coaching);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str) -> Arc<Draft> {
        Arc::new(Draft::named(name))
    }

    #[test]
    fn a_newer_version_is_never_replaced_by_an_older_read() {
        let cache = DraftCache::default();
        let (ws, id) = (WorkspaceId(1), IdeaId(7));
        cache.put(ws, id, 3, draft("saved"));
        cache.put(ws, id, 2, draft("slow read"));
        assert_eq!(
            cache.get(ws, id).map(|(v, d)| (v, d.name.clone())),
            Some((3, "saved".into()))
        );
        cache.put(ws, id, 4, draft("next save"));
        assert_eq!(
            cache.get(ws, id).map(|(v, d)| (v, d.name.clone())),
            Some((4, "next save".into()))
        );
    }

    #[test]
    fn entries_are_per_workspace() {
        let cache = DraftCache::default();
        cache.put(WorkspaceId(1), IdeaId(7), 1, draft("a"));
        assert!(cache.get(WorkspaceId(2), IdeaId(7)).is_none());
        assert!(cache.get(WorkspaceId(1), IdeaId(8)).is_none());
    }

    #[test]
    fn coaching_is_remembered_only_for_the_exact_same_key() {
        let memo = CoachMemo::default();
        let key = CoachKey {
            ws: WorkspaceId(1),
            id: IdeaId(2),
            version: 3,
            step: Step::Customer,
            dont_know: false,
            name: None,
            answer: "Nurses in Leeds".into(),
        };
        let coaching = Arc::new(Coaching {
            dimension: None,
            level: Some(2),
            reading: None,
            lines: vec!["a line".into()],
        });
        memo.put(key.clone(), coaching);
        assert!(memo.get(&key).is_some());
        for other in [
            CoachKey {
                version: 4,
                ..key.clone()
            },
            CoachKey {
                answer: "Nurses in York".into(),
                ..key.clone()
            },
            CoachKey {
                ws: WorkspaceId(9),
                ..key.clone()
            },
            CoachKey {
                step: Step::Problem,
                ..key.clone()
            },
            CoachKey {
                dont_know: true,
                ..key.clone()
            },
        ] {
            assert!(memo.get(&other).is_none(), "{other:?}");
        }
    }
}
