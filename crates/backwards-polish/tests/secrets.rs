//! The API key never reaches anything the polish step produces: not the
//! documents, not the reasons a draft was kept, not the errors, not the files
//! written from a run. The server echoes the key back in an error message, as
//! real providers do ("Incorrect API key provided: sk-..."), to give it every
//! chance to leak.

mod common;

use std::fs;

use backwards_core::render::DocKind;
use backwards_llm::{CancellationToken, Protocol};
use backwards_polish::{DocOutcome, polish, second_opinion};
use backwards_testkit::{Recorded, Reply, TestServer};
use common::*;

fn echoing_server_reply(r: &Recorded) -> Reply {
    match kind_of(r) {
        DocKind::Faq => Reply::error(401, &format!("Incorrect API key provided: {KEY}")),
        DocKind::Prd => Reply::Answer(answer(&invented(DocKind::Prd))),
        _ => all_good(r),
    }
}

async fn no_key_in_documents_reasons_errors_or_files(protocol: Protocol) {
    let server = TestServer::routed(echoing_server_reply).await;
    let client = client(protocol, &server);
    let idea = idea();
    let (sink, seen) = recorder();
    let run = polish(
        &client,
        &idea,
        &drafts(&idea),
        &CancellationToken::new(),
        sink,
    )
    .await
    .expect("templates render");

    // The key did go out, in the request headers: the test can only pass by redaction.
    let sent = server.requests();
    assert!(
        sent.iter()
            .any(|r| { r.headers.iter().any(|(_, v)| v.contains(KEY)) })
    );
    let faq = run
        .documents
        .iter()
        .find(|d| d.document.kind == DocKind::Faq)
        .expect("the FAQ is in the run");
    let DocOutcome::KeptDraft { reason } = &faq.outcome else {
        panic!("a 401 keeps the draft, got {:?}", faq.outcome);
    };
    assert!(
        reason.contains("Incorrect API key provided: ***"),
        "{reason}"
    );

    let failed = second_opinion_error(protocol).await;

    let dir = tempfile::tempdir().expect("a temp dir");
    for doc in &run.documents {
        let path = dir.path().join(format!("{}.md", doc.document.kind.slug()));
        fs::write(path, &doc.document.markdown).expect("write a document");
    }
    let json = serde_json::to_string_pretty(&run).expect("the run serializes");
    fs::write(dir.path().join("run.json"), json).expect("write the run");
    let progress = format!("{:?}", seen.lock().expect("lock"));
    fs::write(dir.path().join("progress.log"), progress).expect("write progress");
    fs::write(
        dir.path().join("debug.log"),
        format!("{run:?}\n{client:?}\n{failed}"),
    )
    .expect("write debug");

    let mut checked = 0;
    for entry in fs::read_dir(dir.path()).expect("list the temp dir") {
        let path = entry.expect("an entry").path();
        let text = fs::read_to_string(&path).expect("read back");
        assert!(!text.contains(KEY), "{} contains the key", path.display());
        checked += 1;
    }
    assert_eq!(
        checked, 7,
        "four documents, the run, progress and debug output"
    );
}

/// The second opinion against a server that rejects the key and echoes it.
async fn second_opinion_error(protocol: Protocol) -> String {
    let echo = TestServer::routed(|_: &Recorded| {
        Reply::error(401, &format!("Incorrect API key provided: {KEY}"))
    })
    .await;
    let error = second_opinion(&client(protocol, &echo), &idea(), &CancellationToken::new())
        .await
        .expect_err("a 401 is an error for the second opinion");
    let text = format!("{error} {error:?}");
    assert!(text.contains("***"), "{text}");
    text
}

#[tokio::test]
async fn openai_never_leaks_the_key() {
    no_key_in_documents_reasons_errors_or_files(Protocol::OpenAi).await;
}

#[tokio::test]
async fn anthropic_never_leaks_the_key() {
    no_key_in_documents_reasons_errors_or_files(Protocol::Anthropic).await;
}
