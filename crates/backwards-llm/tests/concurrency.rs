//! `run_concurrent`: the limit holds, the work really overlaps, progress is complete,
//! results keep their order, and one failure does not sink the batch.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use backwards_llm::{
    CancellationToken, ChatRequest, Job, LlmClient, LlmError, LlmSettings, Progress, Protocol,
    Stage, run_concurrent,
};
use backwards_testkit::{Answer, Reply, TestServer};

fn jobs(n: usize) -> Vec<Job> {
    (0..n)
        .map(|i| Job {
            id: format!("doc-{i}"),
            request: ChatRequest::new("s", format!("u{i}")),
        })
        .collect()
}

fn client(protocol: Protocol, server: &TestServer) -> LlmClient {
    let base = match protocol {
        Protocol::OpenAi => server.openai_base(),
        Protocol::Anthropic => server.anthropic_base(),
    };
    let mut settings = LlmSettings::new(protocol, base, "m");
    settings.retry.max_retries = 0;
    settings.timeouts.idle = Duration::from_secs(10);
    LlmClient::new(settings).unwrap()
}

/// Records every progress event in arrival order.
fn recorder() -> (
    Arc<Mutex<Vec<Progress>>>,
    impl Fn(Progress) + Send + Sync + 'static,
) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&events);
    (events, move |p: Progress| {
        sink.lock().expect("lock").push(p)
    })
}

/// How many jobs were running at once at the busiest moment, from the events.
fn peak_running(events: &[Progress]) -> usize {
    let (mut running, mut peak) = (0usize, 0usize);
    for event in events {
        match event.stage {
            Stage::Started => running += 1,
            Stage::Finished { .. } | Stage::Failed { .. } => running -= 1,
            Stage::Delta { .. } => {}
        }
        peak = peak.max(running);
    }
    peak
}

#[tokio::test]
async fn limit_is_respected_and_progress_is_complete() {
    let answer = Answer {
        delay: Duration::from_millis(2),
        ..Answer::new(&["a", "b", "c"])
    };
    let server = TestServer::repeating(Reply::Answer(answer)).await;
    let (events, on_progress) = recorder();
    let results = run_concurrent(
        &client(Protocol::OpenAi, &server),
        jobs(5),
        2,
        &CancellationToken::new(),
        on_progress,
    )
    .await;
    assert_eq!(results.len(), 5);
    assert!(
        results
            .iter()
            .all(|r| r.as_ref().is_ok_and(|a| a.text == "abc"))
    );

    let events = events.lock().expect("lock").clone();
    assert!(peak_running(&events) <= 2, "more than 2 jobs ran at once");
    assert!(
        server.max_active() <= 2,
        "the server saw more than 2 connections at once"
    );
    for index in 0..5 {
        let mine: Vec<&Progress> = events.iter().filter(|e| e.index == index).collect();
        assert_eq!(mine.first().map(|e| &e.stage), Some(&Stage::Started));
        assert_eq!(
            mine.iter()
                .filter(|e| matches!(e.stage, Stage::Delta { .. }))
                .count(),
            3
        );
        let last = mine.last().expect("events");
        assert!(matches!(last.stage, Stage::Finished { .. }));
        assert_eq!((last.tokens, last.chars), (3, 3));
        assert!(mine.iter().all(|e| e.id == format!("doc-{index}")));
        let counts: Vec<u64> = mine.iter().map(|e| e.tokens).collect();
        assert!(
            counts.windows(2).all(|w| w[0] <= w[1]),
            "token counts go down: {counts:?}"
        );
    }
}

#[tokio::test]
async fn all_four_documents_run_at_the_same_time() {
    // Each answer is held until four connections are open at once: under a limit of
    // four this completes; if the helper serialized the work it would time out.
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let answer = Answer {
        gate: Some(Arc::clone(&gate)),
        ..Answer::new(&["x", "y"])
    };
    let server = TestServer::repeating(Reply::Answer(answer)).await;
    let watcher = {
        let server = server.clone();
        tokio::spawn(async move {
            while server.requests().len() < 4 {
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            gate.add_permits(4); // one second token for each of the four streams
        })
    };
    let (events, on_progress) = recorder();
    let results = run_concurrent(
        &client(Protocol::Anthropic, &server),
        jobs(4),
        4,
        &CancellationToken::new(),
        on_progress,
    )
    .await;
    watcher.await.unwrap();
    assert!(
        results
            .iter()
            .all(|r| r.as_ref().is_ok_and(|a| a.text == "xy")),
        "{results:?}"
    );
    assert_eq!(peak_running(&events.lock().expect("lock")), 4);
}

#[tokio::test]
async fn one_failure_does_not_sink_the_batch_and_order_is_kept() {
    let replies = vec![
        Reply::Answer(Answer::new(&["first"])),
        Reply::error(400, "bad request"),
        Reply::Answer(Answer::new(&["third"])),
    ];
    let server = TestServer::start(replies).await;
    let (events, on_progress) = recorder();
    // A limit of one makes the script order match the job order.
    let results = run_concurrent(
        &client(Protocol::OpenAi, &server),
        jobs(3),
        1,
        &CancellationToken::new(),
        on_progress,
    )
    .await;
    assert_eq!(results[0].as_ref().unwrap().text, "first");
    assert!(matches!(
        results[1],
        Err(LlmError::Status { status: 400, .. })
    ));
    assert_eq!(results[2].as_ref().unwrap().text, "third");
    let failed: Vec<_> = events
        .lock()
        .expect("lock")
        .iter()
        .filter_map(|e| match &e.stage {
            Stage::Failed { error } => Some((e.index, error.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].0, 1);
    assert!(failed[0].1.contains("bad request"));
}

#[tokio::test]
async fn cancel_stops_running_and_queued_jobs() {
    let answer = Answer {
        stall_after: Some(1),
        ..Answer::new(&["a", "b"])
    };
    let server = TestServer::repeating(Reply::Answer(answer)).await;
    let cancel = CancellationToken::new();
    let trigger = cancel.clone();
    // Cancel as soon as the first text arrives; the other two jobs are still queued.
    let on_progress = move |p: Progress| {
        if matches!(p.stage, Stage::Delta { .. }) {
            trigger.cancel();
        }
    };
    let results = run_concurrent(
        &client(Protocol::OpenAi, &server),
        jobs(3),
        1,
        &cancel,
        on_progress,
    )
    .await;
    assert!(
        results
            .iter()
            .all(|r| matches!(r, Err(LlmError::Cancelled))),
        "{results:?}"
    );
    assert_eq!(
        server.requests().len(),
        1,
        "queued jobs must not start after a cancel"
    );
}

#[test]
fn progress_serializes_for_the_web_app() {
    let progress = Progress {
        index: 2,
        id: "faq".into(),
        tokens: 50,
        chars: 200,
        elapsed: Duration::from_millis(2500),
        stage: Stage::Delta { text: "Hi".into() },
    };
    assert_eq!(progress.tokens_per_second(), 20.0);
    assert_eq!(
        serde_json::to_value(&progress).unwrap(),
        serde_json::json!({"index": 2, "id": "faq", "tokens": 50, "chars": 200,
            "elapsed_ms": 2500, "stage": "delta", "text": "Hi"})
    );
}
