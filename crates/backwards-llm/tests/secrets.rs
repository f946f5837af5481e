//! The API key never appears in errors, `Debug` output, reports or logs.
//!
//! The server is scripted to be as unhelpful as possible: it echoes the key in its
//! error messages and in a malformed body. Every outcome is then rendered every way
//! a caller could render it, and all tracing output is captured, and the key must
//! appear in none of it. The test also checks that the key *was* sent, so it cannot
//! pass by never using the key at all.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use backwards_llm::{
    ApiKey, CancellationToken, ChatRequest, Job, LlmClient, LlmSettings, Protocol, StreamDelta,
    doctor, run_concurrent,
};
use backwards_testkit::{Answer, Reply, TestServer};

const KEY: &str = "sk-live-DO-NOT-LEAK-7f3a9c1e5b";

/// A `MakeWriter` that appends everything to a shared buffer.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Capture {
    type Writer = Capture;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

fn hostile_replies() -> Vec<Reply> {
    let echo = format!("Incorrect API key provided: {KEY}. Find your key at the dashboard.");
    vec![
        Reply::error(401, &echo),                          // complete: rejected
        Reply::rate_limited(0),                            // stream: retried...
        Reply::Answer(Answer::new(&["fine"])),             // ...then fine
        Reply::Json(format!("{{\"choices\": [\"{KEY}\"")), // complete: malformed, quotes the key
        Reply::error(500, &echo), // batch: 5xx echoing the key, retried into...
        Reply::Answer(Answer {
            cut_after: Some(1),
            ..Answer::new(&["a", "b"])
        }), // ...a cut stream
                                  // then the script is exhausted: batch2 and doctor get 500s
    ]
}

async fn exercise(protocol: Protocol, logs: &Capture) -> Vec<String> {
    let server = TestServer::start(hostile_replies()).await;
    let base = match protocol {
        Protocol::OpenAi => server.openai_base(),
        Protocol::Anthropic => server.anthropic_base(),
    };
    let mut settings = LlmSettings::new(protocol, base, "m").with_api_key(ApiKey::new(KEY));
    settings.retry.max_retries = 1;
    settings.retry.base_delay = Duration::from_millis(1);
    let client = LlmClient::new(settings.clone()).unwrap();
    let request = ChatRequest::new("system", "user");
    let cancel = CancellationToken::new();
    let mut texts = vec![format!("{settings:?}"), format!("{client:?}")];

    let mut on_delta = |_: &StreamDelta| {};
    let outcomes = [
        client.complete(&request, &cancel).await,
        client.stream(&request, &cancel, &mut on_delta).await,
        client.complete(&request, &cancel).await,
    ];
    // The 500 (after one retry) and the truncated stream, via the concurrent helper.
    let jobs = vec![Job {
        id: "prd".into(),
        request: request.clone(),
    }];
    let progress = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&progress);
    let batch = run_concurrent(&client, jobs.clone(), 1, &cancel, move |p| {
        sink.lock()
            .expect("lock")
            .push(serde_json::to_string(&p).expect("progress is JSON"));
    })
    .await;
    let batch2 = run_concurrent(&client, jobs, 1, &cancel, |_| {}).await;
    for outcome in outcomes.iter().chain(&batch).chain(&batch2) {
        texts.push(format!("{outcome:?}"));
        if let Err(error) = outcome {
            texts.push(error.to_string());
        }
    }
    texts.extend(progress.lock().expect("lock").iter().cloned());

    let report = doctor(Some(&settings), Duration::from_secs(2), &cancel).await;
    texts.push(format!("{report:?}"));
    texts.push(report.to_string());
    texts.push(serde_json::to_string(&report).expect("report is JSON"));

    // Prove the scenario is real: the key went over the wire, and errors happened.
    let requests = server.requests();
    let sent_key = requests.iter().any(|r| {
        r.header("authorization") == Some(format!("Bearer {KEY}").as_str())
            || r.header("x-api-key") == Some(KEY)
    });
    assert!(
        sent_key,
        "the key was never sent, so this test proves nothing"
    );
    assert!(outcomes[0].is_err() && outcomes[2].is_err());
    assert_eq!(
        outcomes[1].as_ref().map(|r| r.text.as_str()).ok(),
        Some("fine")
    );
    assert!(batch[0].is_err() && batch2[0].is_err());
    texts.push(String::from_utf8_lossy(&logs.0.lock().expect("lock")).to_string());
    texts
}

async fn key_never_leaks(protocol: Protocol) {
    let logs = Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(logs.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let texts = exercise(protocol, &logs).await;
    let all = texts.join("\n");
    assert!(
        all.contains("sending LLM request"),
        "logs were not captured:\n{all}"
    );
    assert!(all.contains("retrying"), "the retry was not logged:\n{all}");
    assert!(
        all.contains("Incorrect API key provided: ***"),
        "the echo was not redacted:\n{all}"
    );
    for (i, text) in texts.iter().enumerate() {
        assert!(!text.contains(KEY), "text #{i} leaks the key:\n{text}");
        assert!(
            !text.contains("DO-NOT-LEAK"),
            "text #{i} leaks part of the key:\n{text}"
        );
    }
}

// Current-thread runtimes, so the thread-local subscriber sees every task.
#[tokio::test]
async fn openai_key_never_leaks() {
    key_never_leaks(Protocol::OpenAi).await;
}

#[tokio::test]
async fn anthropic_key_never_leaks() {
    key_never_leaks(Protocol::Anthropic).await;
}
