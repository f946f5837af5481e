//! Both wire formats against the scripted loopback server: answers, slow streams,
//! retries, server errors, timeouts, truncation, malformed JSON and cancellation.
//!
//! Every scenario is one `async fn(Protocol)`; the macro at the bottom runs each for
//! OpenAI-compatible and Anthropic. No test asserts on durations: timeouts are
//! provoked with a server that never answers and a small limit.

use std::sync::Arc;
use std::time::Duration;

use backwards_llm::{
    ApiKey, CancellationToken, ChatRequest, LlmClient, LlmError, LlmSettings, Protocol,
    StreamDelta, TimeoutKind,
};
use backwards_testkit::{Answer, Reply, TestServer};
use tokio::sync::Semaphore;

const KEY: &str = "sk-test-protocols-0123456789";

fn settings(protocol: Protocol, server: &TestServer) -> LlmSettings {
    let base = match protocol {
        Protocol::OpenAi => server.openai_base(),
        Protocol::Anthropic => server.anthropic_base(),
    };
    let mut settings =
        LlmSettings::new(protocol, base, "test-model").with_api_key(ApiKey::new(KEY));
    settings.retry.base_delay = Duration::from_millis(1);
    settings.retry.max_delay = Duration::from_millis(20);
    settings.timeouts.overall = Duration::from_secs(20);
    settings.timeouts.idle = Duration::from_secs(10);
    settings
}

fn request() -> ChatRequest {
    ChatRequest::new("You edit press releases.", "Polish: Acme ships.").with_max_tokens(64)
}

fn tokens() -> Vec<&'static str> {
    vec!["Acme", " ships", " a", " faster", " planner."]
}

/// Streams `request()` and returns the deltas seen plus the result.
async fn stream(
    client: &LlmClient,
) -> (Vec<String>, Result<backwards_llm::ChatResponse, LlmError>) {
    let mut seen = Vec::new();
    let mut on_delta = |d: &StreamDelta| seen.push(d.text.clone());
    let result = client
        .stream(&request(), &CancellationToken::new(), &mut on_delta)
        .await;
    (seen, result)
}

async fn complete(client: &LlmClient) -> Result<backwards_llm::ChatResponse, LlmError> {
    client.complete(&request(), &CancellationToken::new()).await
}

async fn non_streaming_answer_and_request_shape(protocol: Protocol) {
    let server = TestServer::start(vec![Reply::Answer(Answer::new(&tokens()))]).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    let answer = complete(&client).await.unwrap();
    assert_eq!(answer.text, "Acme ships a faster planner.");
    assert_eq!(answer.model, "test-model");
    assert_eq!(
        (answer.usage.input_tokens, answer.usage.output_tokens),
        (10, 5)
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let sent = &requests[0];
    assert_eq!(sent.method, "POST");
    let body = sent.json();
    assert_eq!(body["model"], "test-model");
    assert_eq!(body["max_tokens"], 64);
    match protocol {
        Protocol::OpenAi => {
            assert_eq!(sent.path, "/v1/chat/completions");
            assert_eq!(
                sent.header("authorization"),
                Some(format!("Bearer {KEY}").as_str())
            );
            assert_eq!(body["messages"][0]["role"], "system");
            assert_eq!(body["stream"], false);
        }
        Protocol::Anthropic => {
            assert_eq!(sent.path, "/v1/messages");
            assert_eq!(sent.header("x-api-key"), Some(KEY));
            assert_eq!(sent.header("anthropic-version"), Some("2023-06-01"));
            assert_eq!(body["system"], "You edit press releases.");
            assert!(sent.header("authorization").is_none());
        }
    }
}

async fn slow_stream_arrives_incrementally(protocol: Protocol) {
    // The server sends each token only after the client has handed the previous one
    // to our callback, so this passes only if deltas are delivered as they arrive.
    let gate = Arc::new(Semaphore::new(0));
    let answer = Answer {
        delay: Duration::from_millis(15),
        gate: Some(Arc::clone(&gate)),
        ..Answer::new(&tokens())
    };
    let server = TestServer::start(vec![Reply::Answer(answer)]).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    let mut seen = Vec::new();
    let mut on_delta = |d: &StreamDelta| {
        seen.push(d.text.clone());
        gate.add_permits(1);
    };
    let answer = client
        .stream(&request(), &CancellationToken::new(), &mut on_delta)
        .await
        .unwrap();
    assert_eq!(seen, tokens());
    assert_eq!(answer.text, "Acme ships a faster planner.");
    assert_eq!(answer.usage.output_tokens, 5);
    assert_eq!(server.requests()[0].json()["stream"], true);
    assert_eq!(
        server.requests()[0].header("accept"),
        Some("text/event-stream")
    );
}

async fn rate_limit_then_success(protocol: Protocol) {
    let replies = vec![
        Reply::rate_limited(0),
        Reply::Answer(Answer::new(&tokens())),
        Reply::rate_limited(0),
        Reply::Answer(Answer::new(&tokens())),
    ];
    let server = TestServer::start(replies).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    assert_eq!(
        complete(&client).await.unwrap().text,
        "Acme ships a faster planner."
    );
    let (seen, result) = stream(&client).await;
    assert_eq!(result.unwrap().text, "Acme ships a faster planner.");
    assert_eq!(seen, tokens());
    assert_eq!(server.requests().len(), 4);
}

async fn server_errors_are_retried_then_reported(protocol: Protocol) {
    let replies = vec![
        Reply::error(500, "internal"),
        Reply::error(503, "busy"),
        Reply::Answer(Answer::new(&tokens())),
        Reply::error(500, "still broken"),
        Reply::error(502, "still broken"),
    ];
    let server = TestServer::start(replies).await;
    let mut config = settings(protocol, &server);
    config.retry.max_retries = 2;
    let client = LlmClient::new(config.clone()).unwrap();
    assert!(complete(&client).await.is_ok());
    assert_eq!(server.requests().len(), 3);

    config.retry.max_retries = 1;
    let client = LlmClient::new(config).unwrap();
    match stream(&client).await.1 {
        Err(LlmError::Status {
            status: 502,
            message,
            ..
        }) => assert_eq!(message, "still broken"),
        other => panic!("expected the last 5xx, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 5, "one attempt plus one retry");
}

async fn client_errors_are_not_retried(protocol: Protocol) {
    let server = TestServer::start(vec![Reply::error(404, "model 'test-model' not found")]).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    match complete(&client).await {
        Err(LlmError::Status {
            status: 404,
            message,
            ..
        }) => {
            assert_eq!(message, "model 'test-model' not found")
        }
        other => panic!("expected 404, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1);
}

async fn silent_server_times_out(protocol: Protocol) {
    let server = TestServer::start(vec![Reply::Hang, Reply::Hang]).await;
    let mut config = settings(protocol, &server);
    config.timeouts.overall = Duration::from_millis(300);
    config.timeouts.idle = Duration::from_millis(150);
    let client = LlmClient::new(config).unwrap();
    assert!(matches!(
        complete(&client).await,
        Err(LlmError::Timeout {
            kind: TimeoutKind::Overall,
            ..
        })
    ));
    assert!(matches!(
        stream(&client).await.1,
        Err(LlmError::Timeout {
            kind: TimeoutKind::Idle,
            ..
        })
    ));
    assert_eq!(server.requests().len(), 2, "timeouts are not retried");
}

async fn stream_that_stalls_midway_times_out(protocol: Protocol) {
    let answer = Answer {
        stall_after: Some(2),
        ..Answer::new(&tokens())
    };
    let server = TestServer::start(vec![Reply::Answer(answer)]).await;
    let mut config = settings(protocol, &server);
    // Long enough that a busy CI machine does not fire it before the two tokens
    // that do arrive; short enough to keep the test quick.
    config.timeouts.idle = Duration::from_secs(1);
    let client = LlmClient::new(config).unwrap();
    let (seen, result) = stream(&client).await;
    assert_eq!(seen, ["Acme", " ships"]);
    assert!(
        matches!(
            result,
            Err(LlmError::Timeout {
                kind: TimeoutKind::Idle,
                ..
            })
        ),
        "{result:?}"
    );
}

async fn truncated_stream_is_an_error(protocol: Protocol) {
    let answer = Answer {
        cut_after: Some(3),
        ..Answer::new(&tokens())
    };
    let server = TestServer::start(vec![Reply::Answer(answer)]).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    let (seen, result) = stream(&client).await;
    assert_eq!(seen, ["Acme", " ships", " a"]);
    assert!(
        matches!(result, Err(LlmError::Truncated { .. })),
        "{result:?}"
    );
    assert_eq!(
        server.requests().len(),
        1,
        "a half-delivered stream is not retried"
    );
}

async fn malformed_json_is_reported(protocol: Protocol) {
    let server = TestServer::start(vec![Reply::Malformed, Reply::Malformed]).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    let whole = complete(&client).await;
    assert!(
        matches!(whole, Err(LlmError::MalformedJson { .. })),
        "{whole:?}"
    );
    let streamed = stream(&client).await.1;
    assert!(
        matches!(streamed, Err(LlmError::MalformedJson { .. })),
        "{streamed:?}"
    );
}

async fn cancelling_aborts_an_in_flight_stream(protocol: Protocol) {
    // Without the cancel the stream would stall forever after its first token.
    let answer = Answer {
        stall_after: Some(1),
        ..Answer::new(&tokens())
    };
    let server = TestServer::start(vec![Reply::Answer(answer)]).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    let cancel = CancellationToken::new();
    let mut on_delta = |_: &StreamDelta| cancel.cancel();
    let result = client.stream(&request(), &cancel, &mut on_delta).await;
    assert!(matches!(result, Err(LlmError::Cancelled)), "{result:?}");
}

async fn cancelling_stops_a_retry_wait(protocol: Protocol) {
    let server = TestServer::start(vec![Reply::rate_limited(3600)]).await;
    let mut config = settings(protocol, &server);
    config.retry.max_delay = Duration::from_secs(3600);
    let client = LlmClient::new(config).unwrap();
    let cancel = CancellationToken::new();
    let watcher = {
        let (server, cancel) = (server.clone(), cancel.clone());
        tokio::spawn(async move {
            while server.requests().is_empty() {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            cancel.cancel();
        })
    };
    let result = client.complete(&request(), &cancel).await;
    assert!(matches!(result, Err(LlmError::Cancelled)), "{result:?}");
    watcher.await.unwrap();
    assert_eq!(server.requests().len(), 1);
}

async fn provider_error_inside_a_stream(protocol: Protocol) {
    // A 200 whose stream carries an error event (Anthropic's `error`, OpenRouter's
    // `error` chunk) must fail, not yield an empty document.
    let body = match protocol {
        Protocol::OpenAi => r#"{"error":{"message":"upstream overloaded","code":502}}"#,
        Protocol::Anthropic => {
            r#"{"type":"error","error":{"type":"overloaded_error","message":"upstream overloaded"}}"#
        }
    };
    let server = TestServer::start(vec![Reply::Json(body.to_owned())]).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    let result = complete(&client).await;
    match protocol {
        Protocol::OpenAi => {
            assert!(
                matches!(&result, Err(LlmError::Provider(m)) if m == "upstream overloaded"),
                "{result:?}"
            )
        }
        // An Anthropic error body on a 200 has no content blocks.
        Protocol::Anthropic => {
            assert!(
                matches!(result, Err(LlmError::UnexpectedResponse(_))),
                "{result:?}"
            )
        }
    }
}

async fn streaming_request_answered_in_one_piece(protocol: Protocol) {
    // A server that ignores `stream: true` and answers with plain JSON still works.
    let body = match protocol {
        Protocol::OpenAi => {
            r#"{"model":"m","choices":[{"message":{"content":"whole"},"finish_reason":"stop"}]}"#
        }
        Protocol::Anthropic => {
            r#"{"model":"m","content":[{"type":"text","text":"whole"}],"stop_reason":"end_turn"}"#
        }
    };
    let server = TestServer::start(vec![Reply::Json(body.to_owned())]).await;
    let client = LlmClient::new(settings(protocol, &server)).unwrap();
    let (seen, result) = stream(&client).await;
    assert_eq!(result.unwrap().text, "whole");
    assert_eq!(seen, ["whole"]);
}

macro_rules! for_both_protocols {
    ($($scenario:ident),* $(,)?) => {
        mod openai {
            $( #[tokio::test] async fn $scenario() { super::$scenario(super::Protocol::OpenAi).await } )*
        }
        mod anthropic {
            $( #[tokio::test] async fn $scenario() { super::$scenario(super::Protocol::Anthropic).await } )*
        }
    };
}

for_both_protocols!(
    non_streaming_answer_and_request_shape,
    slow_stream_arrives_incrementally,
    rate_limit_then_success,
    server_errors_are_retried_then_reported,
    client_errors_are_not_retried,
    silent_server_times_out,
    stream_that_stalls_midway_times_out,
    truncated_stream_is_an_error,
    malformed_json_is_reported,
    cancelling_aborts_an_in_flight_stream,
    cancelling_stops_a_retry_wait,
    provider_error_inside_a_stream,
    streaming_request_answered_in_one_piece,
);

#[tokio::test]
async fn openrouter_cost_is_reported_streaming_and_not() {
    let answer = Answer {
        cost: Some(0.00042),
        ..Answer::new(&tokens())
    };
    let server =
        TestServer::start(vec![Reply::Answer(answer.clone()), Reply::Answer(answer)]).await;
    let client = LlmClient::new(settings(Protocol::OpenAi, &server)).unwrap();
    assert_eq!(
        complete(&client).await.unwrap().usage.cost_usd,
        Some(0.00042)
    );
    assert_eq!(
        stream(&client).await.1.unwrap().usage.cost_usd,
        Some(0.00042)
    );
}

#[tokio::test]
async fn connection_refused_is_a_transport_error_after_retries() {
    // A port bound but never listening: connections are refused, and no
    // other test's server can take it while `_held` lives.
    let (_held, port) = backwards_testkit::refusing_port();
    let mut config = LlmSettings::new(Protocol::OpenAi, format!("http://127.0.0.1:{port}/v1"), "m");
    config.retry.max_retries = 1;
    config.retry.base_delay = Duration::from_millis(1);
    let client = LlmClient::new(config).unwrap();
    let result = complete(&client).await;
    assert!(matches!(result, Err(LlmError::Transport(_))), "{result:?}");
}
