//! How much concurrency buys when polishing four documents.
//!
//! The loopback test server streams every answer at a fixed rate (200 tokens, one
//! every 2 ms), like a model that writes at ~500 tokens/s. We time one document,
//! four one after another, and four through `run_concurrent`. Because the time is
//! spent waiting on the "model", four concurrent documents should take about as long
//! as the slowest single one (ratio ≈ 1.0-1.3) and four sequential ones about four
//! times as long (ratio ≈ 4).
//!
//! Run with `cargo bench -p backwards-llm`. Wall-clock numbers on a shared machine
//! are noisy; nothing is gated on them.

use std::time::{Duration, Instant};

use backwards_llm::{
    CancellationToken, ChatRequest, Job, LlmClient, LlmSettings, Protocol, StreamDelta,
    run_concurrent,
};
use backwards_testkit::{Answer, Reply, TestServer};
use criterion::{Criterion, SamplingMode, criterion_group};
use tokio::runtime::Runtime;

const TOKENS: usize = 200;
const TOKEN_DELAY: Duration = Duration::from_millis(2);
const DOCUMENTS: usize = 4;

struct Setup {
    runtime: Runtime,
    client: LlmClient,
    _server: TestServer,
}

fn setup() -> Setup {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let tokens: Vec<String> = (0..TOKENS).map(|i| format!(" w{i}")).collect();
    let answer = Answer {
        tokens,
        delay: TOKEN_DELAY,
        ..Answer::default()
    };
    let server = runtime.block_on(TestServer::repeating(Reply::Answer(answer)));
    let settings = LlmSettings::new(Protocol::OpenAi, server.openai_base(), "bench-model");
    let client = LlmClient::new(settings).expect("client");
    Setup {
        runtime,
        client,
        _server: server,
    }
}

fn request(i: usize) -> ChatRequest {
    ChatRequest::new("You polish documents.", format!("Document {i}"))
}

async fn one(client: &LlmClient, i: usize) {
    let mut on_delta = |_: &StreamDelta| {};
    let answer = client
        .stream(&request(i), &CancellationToken::new(), &mut on_delta)
        .await;
    assert_eq!(answer.expect("answer").usage.output_tokens, TOKENS as u64);
}

async fn sequential(client: &LlmClient) {
    for i in 0..DOCUMENTS {
        one(client, i).await;
    }
}

async fn concurrent(client: &LlmClient) {
    let jobs = (0..DOCUMENTS)
        .map(|i| Job {
            id: format!("doc-{i}"),
            request: request(i),
        })
        .collect();
    let results = run_concurrent(client, jobs, DOCUMENTS, &CancellationToken::new(), |_| {}).await;
    assert!(results.iter().all(Result::is_ok));
}

fn bench(c: &mut Criterion) {
    let s = setup();
    let mut group = c.benchmark_group("polish");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1));
    group.bench_function("one document", |b| {
        b.iter(|| s.runtime.block_on(one(&s.client, 0)))
    });
    group.bench_function("four sequential", |b| {
        b.iter(|| s.runtime.block_on(sequential(&s.client)))
    });
    group.bench_function("four concurrent", |b| {
        b.iter(|| s.runtime.block_on(concurrent(&s.client)))
    });
    group.finish();
}

/// Times `f` once.
fn time(runtime: &Runtime, f: impl std::future::Future<Output = ()>) -> Duration {
    let start = Instant::now();
    runtime.block_on(f);
    start.elapsed()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// The two ratios the README quotes, from five rounds (median of each).
fn ratios() {
    let s = setup();
    let (mut concurrent_ratio, mut sequential_ratio) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let singles: Vec<Duration> = (0..DOCUMENTS)
            .map(|i| time(&s.runtime, one(&s.client, i)))
            .collect();
        let slowest = singles
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .as_secs_f64();
        let mean = singles.iter().map(Duration::as_secs_f64).sum::<f64>() / DOCUMENTS as f64;
        let seq = time(&s.runtime, sequential(&s.client)).as_secs_f64();
        let conc = time(&s.runtime, concurrent(&s.client)).as_secs_f64();
        concurrent_ratio.push(conc / slowest);
        sequential_ratio.push(seq / mean);
    }
    println!(
        "\nratio four concurrent / slowest single: {:.2} (expected at most 1.3)\n\
         ratio four sequential / single:         {:.2} (expected about 4)\n",
        median(concurrent_ratio),
        median(sequential_ratio)
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    ratios();
    Criterion::default().configure_from_args().final_summary();
}
