//! Durability: a server killed with SIGKILL in the middle of concurrent
//! saves loses, after a restart on the same SQLite file, none of the saves
//! it acknowledged.
//!
//! Eight clients save 25 versions each through the JSON API, spread over
//! two ideas (so saves race on the same idea too). Every 201 is recorded
//! with the version number it names and the exact text sent. Once a third
//! of the saves are acknowledged the process is killed outright: no
//! graceful shutdown, no WAL checkpoint. A new process then opens the same
//! data directory and must return every acknowledged version, byte for
//! byte. Nothing here is timed: the kill is triggered by a count.

mod support;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};
use support::client::Client;
use support::server::Server;
use support::{Failure, TestResult};
use tokio::sync::{Mutex, Notify};

/// Concurrent clients.
const TASKS: usize = 8;
/// Saves each client attempts.
const SAVES: usize = 25;
/// The server is killed once this many saves were acknowledged.
const KILL_AFTER: usize = TASKS * SAVES / 3;
/// Ideas the clients share.
const IDEAS: usize = 2;

/// One acknowledged save: where the server said it put it, and what was sent.
#[derive(Debug, Clone)]
struct Ack {
    idea: i64,
    number: i64,
    markdown: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_save_is_lost_when_the_server_is_killed() -> TestResult {
    let dir = tempfile::tempdir()?;
    let server = Server::start(dir.path()).await?;
    let client = Client::new(&server.base)?;
    let ws = workspace(&client).await?;
    let mut ideas = Vec::new();
    for n in 0..IDEAS {
        let created = client
            .post_json(
                &format!("/api/v1/w/{ws}/ideas"),
                &json!({ "title": format!("Durable idea {n}") }),
            )
            .await?
            .expect(201, "creating an idea")?;
        let body: Value = serde_json::from_str(&created.body)?;
        ideas.push(body["id"].as_i64().ok_or("the new idea has no id")?);
    }

    let acks = Arc::new(Mutex::new(Vec::<Ack>::new()));
    let count = Arc::new(AtomicUsize::new(0));
    let enough = Arc::new(Notify::new());
    let mut tasks = tokio::task::JoinSet::new();
    for task in 0..TASKS {
        let saver = Saver {
            client: Client::new(&server.base)?,
            url: format!("/api/v1/w/{ws}/ideas/{}/versions", ideas[task % IDEAS]),
            idea: ideas[task % IDEAS],
            task,
        };
        let (acks, count, enough) = (acks.clone(), count.clone(), enough.clone());
        tasks.spawn(async move { saver.run(&acks, &count, &enough).await });
    }
    // Kill once enough saves were acknowledged (a notify, not a clock).
    enough.notified().await;
    server.kill9()?;
    let mut refused_after_kill = 0;
    while let Some(done) = tasks.join_next().await {
        refused_after_kill += done??;
    }
    let acks = acks.lock().await.clone();
    assert!(
        acks.len() >= KILL_AFTER && refused_after_kill > 0,
        "the kill must land mid-run: {} acknowledged, {refused_after_kill} cut off",
        acks.len()
    );
    distinct_numbers(&acks)?;

    // A new process on the same data directory (same SQLite file).
    let restarted = Server::start(dir.path()).await?;
    let client = Client::new(&restarted.base)?;
    let mut lost = Vec::new();
    for ack in &acks {
        let url = format!("/api/v1/w/{ws}/ideas/{}/versions/{}", ack.idea, ack.number);
        let page = client.get(&url).await?;
        let stored: Option<String> = (page.status == 200)
            .then(|| serde_json::from_str::<Value>(&page.body).ok())
            .flatten()
            .and_then(|v| v["markdown"].as_str().map(String::from));
        if stored.as_deref() != Some(ack.markdown.as_str()) {
            lost.push(format!("{url}: HTTP {}: {:?}", page.status, stored));
        }
    }
    eprintln!(
        "durability: {} saves acknowledged before SIGKILL, {refused_after_kill} cut off, {} missing after restart",
        acks.len(),
        lost.len()
    );
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged saves are missing or changed after SIGKILL:\n{}",
        lost.len(),
        acks.len(),
        lost.join("\n")
    );
    Ok(())
}

/// One client saving versions of one idea as fast as the server answers.
struct Saver {
    client: Client,
    url: String,
    idea: i64,
    task: usize,
}

impl Saver {
    /// Saves until done or until the server is gone; records every 201 and
    /// returns how many saves were cut off by the kill.
    async fn run(
        &self,
        acks: &Mutex<Vec<Ack>>,
        count: &AtomicUsize,
        enough: &Notify,
    ) -> Result<usize, Failure> {
        for save in 0..SAVES {
            let markdown = idea_text(self.task, save);
            let body =
                json!({ "markdown": markdown, "note": format!("task {} save {save}", self.task) });
            let Ok(page) = self.client.post_json(&self.url, &body).await else {
                // Connection refused or reset: the server was killed.
                return Ok(SAVES - save);
            };
            if page.status != 201 {
                // Not acknowledged: the client may not assume it is saved.
                continue;
            }
            let summary: Value = serde_json::from_str(&page.body)?;
            let number = summary["number"]
                .as_i64()
                .ok_or("a 201 without a version number")?;
            acks.lock().await.push(Ack {
                idea: self.idea,
                number,
                markdown,
            });
            if count.fetch_add(1, Ordering::SeqCst) + 1 == KILL_AFTER {
                enough.notify_one();
            }
        }
        // Finished before the kill: wake the test anyway, so a server too
        // fast to interrupt fails the "mid-run" check instead of hanging.
        enough.notify_one();
        Ok(0)
    }
}

/// A realistic idea file, different for every save.
fn idea_text(task: usize, save: usize) -> String {
    format!(
        "# Crate Courier {task}\n\nCrate Courier lends reusable moving crates to students in \
         Leeds, dropped off and collected at their halls.\n\n## Customer\n\nFirst-year students \
         moving out of 14 halls each June, about {n} of them; not families.\n\n## Problem\n\n\
         Cardboard boxes cost £40 a move and {save} in 10 collapse on the stairs.\n\n## Evidence\n\
         \nSave {task}-{save}: we interviewed {save} students this week.\n",
        n = 3000 + task * 100 + save
    )
}

/// Two acknowledgements must never name the same version of one idea.
fn distinct_numbers(acks: &[Ack]) -> TestResult {
    let mut seen = BTreeMap::new();
    for ack in acks {
        if let Some(previous) = seen.insert((ack.idea, ack.number), &ack.markdown) {
            return Err(format!(
                "idea {} version {} was acknowledged twice:\n{previous}\n---\n{}",
                ack.idea, ack.number, ack.markdown
            )
            .into());
        }
    }
    Ok(())
}

/// The local workspace id, from the API.
async fn workspace(client: &Client) -> Result<i64, Failure> {
    let page = client
        .get("/api/v1/workspaces")
        .await?
        .expect(200, "workspaces")?;
    let list: Value = serde_json::from_str(&page.body)?;
    Ok(list[0]["id"]
        .as_i64()
        .ok_or("the local workspace has no id")?)
}
