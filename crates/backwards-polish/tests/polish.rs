//! The polish run against the scripted loopback server, in both protocols: good
//! answers accepted, invented figures and ignored formats caught (with one retry
//! that feeds the problems back), and every transport failure ending in the
//! deterministic draft with a reason. No test asserts on durations.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use backwards_core::render::DocKind;
use backwards_llm::{CancellationToken, LlmClient, Protocol, Stage};
use backwards_polish::{DocOutcome, PolishRun, polish, second_opinion};
use backwards_testkit::{Answer, Recorded, Reply, TestServer};
use common::*;

async fn run(client: &LlmClient) -> PolishRun {
    let idea = idea();
    let (sink, _) = recorder();
    polish(
        client,
        &idea,
        &drafts(&idea),
        &CancellationToken::new(),
        sink,
    )
    .await
    .expect("templates render")
}

fn outcome(run: &PolishRun, kind: DocKind) -> &DocOutcome {
    &run.documents
        .iter()
        .find(|d| d.document.kind == kind)
        .expect("every kind is in the run")
        .outcome
}

fn markdown(run: &PolishRun, kind: DocKind) -> &str {
    &run.documents
        .iter()
        .find(|d| d.document.kind == kind)
        .expect("every kind is in the run")
        .document
        .markdown
}

fn reason(run: &PolishRun, kind: DocKind) -> String {
    match outcome(run, kind) {
        DocOutcome::KeptDraft { reason } => reason.clone(),
        other => panic!("{kind:?} should have kept its draft, got {other:?}"),
    }
}

fn requests_for(server: &TestServer, kind: DocKind) -> Vec<Recorded> {
    server
        .requests()
        .into_iter()
        .filter(|r| kind_of(r) == kind)
        .collect()
}

async fn a_good_polish_is_accepted_and_the_verdict_is_never_sent(protocol: Protocol) {
    let server = TestServer::routed(all_good).await;
    let idea = idea();
    let (sink, seen) = recorder();
    let run = polish(
        &client(protocol, &server),
        &idea,
        &drafts(&idea),
        &CancellationToken::new(),
        sink,
    )
    .await
    .expect("templates render");

    for kind in [DocKind::PressRelease, DocKind::Faq, DocKind::Prd] {
        assert_eq!(outcome(&run, kind), &DocOutcome::Polished { attempts: 1 });
        let text = markdown(&run, kind);
        assert!(text.contains(TIDY), "{text}");
        assert!(text.contains("Polished by a language model (test-model)"));
    }
    assert_eq!(outcome(&run, DocKind::Verdict), &DocOutcome::NotPolished);
    assert_eq!(markdown(&run, DocKind::Verdict), draft(DocKind::Verdict));
    assert_eq!(
        server.requests().len(),
        3,
        "one request per polishable document"
    );
    assert!(
        server
            .requests()
            .iter()
            .all(|r| kind_of(r) != DocKind::Verdict)
    );
    assert!(run.usage.output_tokens > 0);

    let seen = seen.lock().expect("lock");
    for kind in [DocKind::PressRelease, DocKind::Faq, DocKind::Prd] {
        let events: Vec<_> = seen.iter().filter(|p| p.kind == kind).collect();
        assert!(matches!(
            events.first().map(|p| &p.progress.stage),
            Some(Stage::Started)
        ));
        assert!(
            events
                .iter()
                .any(|p| matches!(p.progress.stage, Stage::Delta { .. }))
        );
        assert!(matches!(
            events.last().map(|p| &p.progress.stage),
            Some(Stage::Finished { .. })
        ));
        assert!(events.iter().all(|p| p.attempt == 1));
    }
}

async fn the_prompt_carries_the_idea_the_draft_and_the_rules(protocol: Protocol) {
    let server = TestServer::routed(all_good).await;
    run(&client(protocol, &server)).await;
    let faq = &requests_for(&server, DocKind::Faq)[0];
    let body = faq.json().to_string();
    assert!(
        body.contains("Renters in Bristol flats"),
        "the idea is in the prompt"
    );
    assert!(
        body.contains("Not answered yet"),
        "the draft is in the prompt"
    );
    assert!(
        body.contains("Keep every `##` and `###` heading"),
        "the rules are in the prompt"
    );
    assert_eq!(faq.json()["stream"], true, "documents are streamed");
}

async fn an_invented_figure_is_fed_back_and_a_corrected_answer_accepted(protocol: Protocol) {
    let server = TestServer::routed(|r: &Recorded| {
        let kind = kind_of(r);
        if kind == DocKind::PressRelease && !is_retry(r) {
            Reply::Answer(answer(&invented(kind)))
        } else {
            Reply::Answer(answer(&good(kind)))
        }
    })
    .await;
    let run = run(&client(protocol, &server)).await;
    assert_eq!(
        outcome(&run, DocKind::PressRelease),
        &DocOutcome::Polished { attempts: 2 }
    );
    assert!(!markdown(&run, DocKind::PressRelease).contains("40%"));
    let sent = requests_for(&server, DocKind::PressRelease);
    assert_eq!(sent.len(), 2);
    assert!(!is_retry(&sent[0]));
    assert!(is_retry(&sent[1]));
    assert!(
        sent[1].body.contains("the percentage '40%'"),
        "the retry names the violation: {}",
        sent[1].body
    );
    assert!(
        sent[1].body.contains("It saves members 40% on tools."),
        "the retry shows the model its own answer"
    );
    assert_eq!(
        outcome(&run, DocKind::Faq),
        &DocOutcome::Polished { attempts: 1 }
    );
}

async fn an_invented_figure_twice_keeps_the_draft_and_says_why(protocol: Protocol) {
    let server =
        TestServer::routed(|r: &Recorded| Reply::Answer(answer(&invented(kind_of(r))))).await;
    let run = run(&client(protocol, &server)).await;
    for kind in [DocKind::PressRelease, DocKind::Faq, DocKind::Prd] {
        let why = reason(&run, kind);
        assert!(
            why.starts_with("kept the draft: the model wrote the percentage '40%'"),
            "{why}"
        );
        assert!(why.contains("which the idea does not contain"), "{why}");
        assert_eq!(markdown(&run, kind), draft(kind), "the draft is kept as is");
        assert_eq!(requests_for(&server, kind).len(), 2, "exactly one retry");
    }
}

async fn a_model_that_ignores_the_format_keeps_the_draft(protocol: Protocol) {
    let server = TestServer::routed(|r: &Recorded| {
        if kind_of(r) == DocKind::Faq {
            Reply::Answer(answer(
                "Sure! Here is a friendlier FAQ.\n\nShelf Swap lets neighbours lend tools.\n",
            ))
        } else {
            all_good(r)
        }
    })
    .await;
    let run = run(&client(protocol, &server)).await;
    let why = reason(&run, DocKind::Faq);
    assert!(
        why.contains("did not start with the title `# FAQ: Shelf Swap`"),
        "{why}"
    );
    assert!(why.contains("dropped the section"), "{why}");
    assert_eq!(markdown(&run, DocKind::Faq), draft(DocKind::Faq));
    let retry = &requests_for(&server, DocKind::Faq)[1];
    assert!(retry.body.contains("did not start with the title"));
    assert_eq!(
        outcome(&run, DocKind::Prd),
        &DocOutcome::Polished { attempts: 1 }
    );
}

async fn a_rate_limit_then_success_is_polished(protocol: Protocol) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let server = TestServer::routed(move |r: &Recorded| {
        if kind_of(r) == DocKind::Prd && counter.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::rate_limited(0)
        } else {
            all_good(r)
        }
    })
    .await;
    let run = run(&client(protocol, &server)).await;
    assert_eq!(
        outcome(&run, DocKind::Prd),
        &DocOutcome::Polished { attempts: 1 },
        "a 429 is the client's retry, not the guard's"
    );
    assert_eq!(requests_for(&server, DocKind::Prd).len(), 2);
}

async fn server_errors_keep_the_draft(protocol: Protocol) {
    let server = TestServer::routed(|r: &Recorded| {
        if kind_of(r) == DocKind::PressRelease {
            Reply::error(500, "the model is on fire")
        } else {
            all_good(r)
        }
    })
    .await;
    let run = run(&client(protocol, &server)).await;
    let why = reason(&run, DocKind::PressRelease);
    assert!(why.contains("HTTP 500"), "{why}");
    assert!(why.contains("the model is on fire"), "{why}");
    assert_eq!(
        markdown(&run, DocKind::PressRelease),
        draft(DocKind::PressRelease)
    );
    // 1 + the client's 3 retries; the guard does not retry a failed request.
    assert_eq!(requests_for(&server, DocKind::PressRelease).len(), 4);
    assert_eq!(
        outcome(&run, DocKind::Faq),
        &DocOutcome::Polished { attempts: 1 }
    );
}

async fn a_silent_server_times_out_and_keeps_the_draft(protocol: Protocol) {
    let server = TestServer::routed(|r: &Recorded| {
        if kind_of(r) == DocKind::Faq {
            Reply::Hang
        } else {
            all_good(r)
        }
    })
    .await;
    let mut settings = settings(protocol, &server);
    settings.timeouts.idle = Duration::from_millis(300);
    let run = run(&LlmClient::new(settings).expect("a client")).await;
    let why = reason(&run, DocKind::Faq);
    assert!(why.contains("timed out"), "{why}");
    assert_eq!(
        outcome(&run, DocKind::Prd),
        &DocOutcome::Polished { attempts: 1 }
    );
}

async fn a_truncated_stream_keeps_the_draft(protocol: Protocol) {
    let server = TestServer::routed(|r: &Recorded| {
        let kind = kind_of(r);
        if kind == DocKind::Prd {
            let mut cut = answer(&good(kind));
            cut.cut_after = Some(5);
            Reply::Answer(cut)
        } else {
            all_good(r)
        }
    })
    .await;
    let run = run(&client(protocol, &server)).await;
    let why = reason(&run, DocKind::Prd);
    assert!(
        why.contains("the stream ended before the answer was complete"),
        "{why}"
    );
    assert_eq!(markdown(&run, DocKind::Prd), draft(DocKind::Prd));
}

async fn malformed_json_keeps_the_draft(protocol: Protocol) {
    let server = TestServer::routed(|r: &Recorded| {
        if kind_of(r) == DocKind::PressRelease {
            Reply::Malformed
        } else {
            all_good(r)
        }
    })
    .await;
    let run = run(&client(protocol, &server)).await;
    let why = reason(&run, DocKind::PressRelease);
    assert!(why.contains("malformed JSON"), "{why}");
}

async fn a_slow_stream_still_polishes(protocol: Protocol) {
    let server = TestServer::routed(|r: &Recorded| {
        let mut slow = answer(&good(kind_of(r)));
        slow.delay = Duration::from_millis(1);
        Reply::Answer(slow)
    })
    .await;
    let run = run(&client(protocol, &server)).await;
    assert_eq!(
        outcome(&run, DocKind::Faq),
        &DocOutcome::Polished { attempts: 1 }
    );
}

async fn the_second_opinion_is_labelled_and_apart(protocol: Protocol) {
    let server = TestServer::routed(|_: &Recorded| {
        Reply::Answer(Answer::new(&[
            "The customer is sharp. ",
            "The evidence is thin: the board would expect 90% renewals.",
        ]))
    })
    .await;
    let opinion = second_opinion(
        &client(protocol, &server),
        &idea(),
        &CancellationToken::new(),
    )
    .await
    .expect("an answer");
    assert!(
        opinion
            .label
            .contains("written by a language model (test-model)")
    );
    assert!(opinion.label.contains("not the verdict"));
    assert!(opinion.text.starts_with("The customer is sharp."));
    assert_eq!(opinion.unsupported.len(), 1, "{:?}", opinion.unsupported);
    assert!(opinion.unsupported[0].contains("'90%'"));
    let request = &server.requests()[0];
    assert_ne!(
        request.json()["stream"],
        true,
        "the critique is not streamed"
    );
    assert!(request.body.contains("board"));
}

macro_rules! both_protocols {
    ($($name:ident),* $(,)?) => {
        mod openai {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(backwards_llm::Protocol::OpenAi).await;
                }
            )*
        }
        mod anthropic {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(backwards_llm::Protocol::Anthropic).await;
                }
            )*
        }
    };
}

both_protocols!(
    a_good_polish_is_accepted_and_the_verdict_is_never_sent,
    the_prompt_carries_the_idea_the_draft_and_the_rules,
    an_invented_figure_is_fed_back_and_a_corrected_answer_accepted,
    an_invented_figure_twice_keeps_the_draft_and_says_why,
    a_model_that_ignores_the_format_keeps_the_draft,
    a_rate_limit_then_success_is_polished,
    server_errors_keep_the_draft,
    a_silent_server_times_out_and_keeps_the_draft,
    a_truncated_stream_keeps_the_draft,
    malformed_json_keeps_the_draft,
    a_slow_stream_still_polishes,
    the_second_opinion_is_labelled_and_apart,
);

#[tokio::test]
async fn usage_and_cost_are_summed_over_the_run() {
    let server = TestServer::routed(|r: &Recorded| {
        let kind = kind_of(r);
        let mut a = if kind == DocKind::Faq && !is_retry(r) {
            answer(&invented(kind))
        } else {
            answer(&good(kind))
        };
        a.cost = Some(0.25);
        Reply::Answer(a)
    })
    .await;
    let run = run(&client(Protocol::OpenAi, &server)).await;
    // Four requests (three documents, one retry), each reporting 10 prompt tokens
    // and a cost of 0.25.
    assert_eq!(run.usage.input_tokens, 40);
    assert_eq!(run.usage.cost_usd, Some(1.0));
    assert_eq!(run.model, "test-model");
}

#[tokio::test]
async fn cost_is_unknown_when_the_provider_does_not_report_it() {
    let server = TestServer::routed(all_good).await;
    let run = run(&client(Protocol::Anthropic, &server)).await;
    assert_eq!(run.usage.cost_usd, None);
    assert!(run.usage.input_tokens > 0);
}

#[tokio::test]
async fn cancelling_keeps_every_draft() {
    let server = TestServer::routed(|_: &Recorded| Reply::Hang).await;
    let client = client(Protocol::OpenAi, &server);
    let idea = idea();
    let cancel = CancellationToken::new();
    let on_start = cancel.clone();
    // Cancel as soon as the first request is on its way, as Ctrl-C would.
    let sink: backwards_polish::ProgressSink = Arc::new(move |p| {
        if matches!(p.progress.stage, Stage::Started) {
            on_start.cancel();
        }
    });
    let run = polish(&client, &idea, &drafts(&idea), &cancel, sink)
        .await
        .expect("templates render");
    for kind in [DocKind::PressRelease, DocKind::Faq, DocKind::Prd] {
        assert!(reason(&run, kind).contains("cancelled"), "{kind:?}");
        assert_eq!(markdown(&run, kind), draft(kind));
    }
}

#[tokio::test]
async fn the_three_documents_are_requested_at_the_same_time() {
    // Every answer stops after its first token until all three requests have
    // arrived: the run can only finish if they are in flight together.
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let server_gate = Arc::clone(&gate);
    let server = TestServer::routed(move |r: &Recorded| {
        let mut gated = answer(&good(kind_of(r)));
        gated.gate = Some(Arc::clone(&server_gate));
        Reply::Answer(gated)
    })
    .await;
    let opener = {
        let server = server.clone();
        tokio::spawn(async move {
            while server.requests().len() < 3 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            gate.add_permits(10_000);
        })
    };
    let run = run(&client(Protocol::OpenAi, &server)).await;
    opener.await.expect("the opener finishes");
    assert_eq!(server.max_active(), 3);
    for kind in [DocKind::PressRelease, DocKind::Faq, DocKind::Prd] {
        assert_eq!(outcome(&run, kind), &DocOutcome::Polished { attempts: 1 });
    }
}
