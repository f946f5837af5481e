//! `doctor`: reports the configuration as data and checks that the endpoint answers.

use std::time::Duration;

use backwards_llm::{ApiKey, CancellationToken, LlmSettings, Protocol, Reachability, doctor};
use backwards_testkit::{Answer, Reply, TestServer};

const PROBE: Duration = Duration::from_secs(5);

fn settings(protocol: Protocol, server: &TestServer, model: &str) -> LlmSettings {
    let base = match protocol {
        Protocol::OpenAi => server.openai_base(),
        Protocol::Anthropic => server.anthropic_base(),
    };
    LlmSettings::new(protocol, base, model).with_api_key(ApiKey::new("sk-doctor-key-123456"))
}

const MODELS: &str = r#"{"object":"list","data":[{"id":"llama3.2","object":"model"},{"id":"qwen3","object":"model"}]}"#;

#[tokio::test]
async fn not_configured_reports_how_to_configure() {
    let report = doctor(None, PROBE, &CancellationToken::new()).await;
    assert!(!report.configured);
    assert_eq!(report.reachability, Reachability::NotChecked);
    assert!(!report.healthy());
    assert!(report.to_string().contains("OPENAI_API_KEY"));
    assert!(
        report
            .help
            .as_deref()
            .is_some_and(|h| h.contains("BACKWARDS_MODEL"))
    );
}

#[tokio::test]
async fn model_list_confirms_the_model() {
    for protocol in [Protocol::OpenAi, Protocol::Anthropic] {
        let server = TestServer::start(vec![Reply::Json(MODELS.into())]).await;
        let report = doctor(
            Some(&settings(protocol, &server, "qwen3")),
            PROBE,
            &CancellationToken::new(),
        )
        .await;
        assert!(report.configured && report.key_set);
        assert_eq!(report.key_source.as_deref(), Some("explicit"));
        assert_eq!(
            report.reachability,
            Reachability::Ok {
                via: "list models".into(),
                model_listed: Some(true)
            }
        );
        assert!(report.healthy());
        let sent = &server.requests()[0];
        assert_eq!(sent.method, "GET");
        assert_eq!(sent.path, "/v1/models");
        if protocol == Protocol::Anthropic {
            assert_eq!(sent.header("anthropic-version"), Some("2023-06-01"));
            assert_eq!(sent.header("x-api-key"), Some("sk-doctor-key-123456"));
        }
        let text = report.to_string();
        assert!(
            text.contains("model is available") && text.contains("set (from explicit)"),
            "{text}"
        );
    }
}

#[tokio::test]
async fn missing_model_is_flagged() {
    let server = TestServer::start(vec![Reply::Json(MODELS.into())]).await;
    let report = doctor(
        Some(&settings(Protocol::OpenAi, &server, "gpt-9")),
        PROBE,
        &CancellationToken::new(),
    )
    .await;
    assert_eq!(
        report.reachability,
        Reachability::Ok {
            via: "list models".into(),
            model_listed: Some(false)
        }
    );
    assert!(!report.healthy());
    assert!(report.to_string().contains("NOT in its model list"));
}

#[tokio::test]
async fn server_without_model_list_gets_a_one_token_request() {
    let replies = vec![
        Reply::error(404, "no such route"),
        Reply::Answer(Answer::new(&["pong"])),
    ];
    let server = TestServer::start(replies).await;
    let report = doctor(
        Some(&settings(Protocol::OpenAi, &server, "m")),
        PROBE,
        &CancellationToken::new(),
    )
    .await;
    assert_eq!(
        report.reachability,
        Reachability::Ok {
            via: "1-token request".into(),
            model_listed: None
        }
    );
    let chat = &server.requests()[1];
    assert_eq!(chat.path, "/v1/chat/completions");
    assert_eq!(chat.json()["max_tokens"], 1);
}

#[tokio::test]
async fn rejected_key_and_dead_server_are_failures() {
    let server = TestServer::start(vec![Reply::error(401, "invalid x-api-key")]).await;
    let report = doctor(
        Some(&settings(Protocol::Anthropic, &server, "c")),
        PROBE,
        &CancellationToken::new(),
    )
    .await;
    match &report.reachability {
        Reachability::Failed { error } => {
            assert!(error.contains("401") && error.contains("invalid x-api-key"))
        }
        other => panic!("expected a failure, got {other:?}"),
    }

    // Held until the end of the test, so no other test's server can take it.
    let (_held, port) = backwards_testkit::refusing_port();
    let dead = LlmSettings::new(Protocol::OpenAi, format!("http://127.0.0.1:{port}/v1"), "m");
    let report = doctor(Some(&dead), PROBE, &CancellationToken::new()).await;
    assert!(matches!(report.reachability, Reachability::Failed { .. }));
    assert!(!report.key_set);
    assert!(report.to_string().contains("FAILED"));
}

#[tokio::test]
async fn silent_server_is_reported_quickly_as_a_timeout() {
    let server = TestServer::start(vec![Reply::Hang]).await;
    let report = doctor(
        Some(&settings(Protocol::OpenAi, &server, "m")),
        Duration::from_millis(200),
        &CancellationToken::new(),
    )
    .await;
    match &report.reachability {
        Reachability::Failed { error } => assert!(error.contains("timed out"), "{error}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn report_serializes_without_the_key() {
    let server = TestServer::start(vec![Reply::Json(MODELS.into())]).await;
    let report = doctor(
        Some(&settings(Protocol::OpenAi, &server, "llama3.2")),
        PROBE,
        &CancellationToken::new(),
    )
    .await;
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["key_set"], true);
    assert_eq!(json["reachability"]["status"], "ok");
    assert_eq!(json["protocol"], "openai-compatible");
    assert!(!json.to_string().contains("sk-doctor-key"));
}
