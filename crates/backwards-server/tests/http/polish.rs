//! The Polish button over real HTTP, against the scripted loopback model
//! from `backwards-testkit`: the run starts with a CSRF-checked POST, the
//! documents arrive as server-sent events, and a figure the model invents
//! never reaches the page (the draft is kept, with the reason shown).

use backwards_llm::{LlmSettings, Protocol};
use backwards_server::Mode;
use backwards_testkit::{Answer, Recorded, Reply, TestServer as Model};

use crate::harness::{Backend, Client, Failure, TestResult, TestServer};
use crate::on_both_backends;

/// A whole idea, so every document has something to polish.
const IDEA: &str = "# Bench Time

Bench Time lets woodworkers in Sheffield rent an hour at a fully equipped bench in a shared
workshop, booked from their phone.

## Customer

Hobby woodworkers in Sheffield flats with no room for a workbench, about 400 people in the
two local woodworking clubs. Not for professional joiners, who have their own shops.

## Problem

Members wait for the one club night a week, and most projects stall for months.

## Solution

A booking app for hourly bench slots in two partner workshops, with tools included.

## Evidence

We asked 35 club members; 27 said they would book weekly. 12 paid for a month of bench time.

## Risks

Tools may be damaged: members pass a short induction first. If fewer than 8 members book
again in May, we stop.
";

/// What a faithful polish adds: no figure, no name.
const TIDY: &str = "Every detail below comes from the idea itself.";
/// What the fake model invents in the press release, every time.
const INVENTED: &str = "It saves members 40% on tools.";

/// The fake model: rewrites each draft faithfully (adding [`TIDY`]), except
/// the press release, where it invents a percentage on every attempt.
fn model(request: &Recorded) -> Reply {
    let draft = request.tagged("draft");
    let (title, rest) = draft.split_once('\n').unwrap_or((&draft, ""));
    let body = if request.body.contains("Rewrite this press release") {
        INVENTED
    } else {
        TIDY
    };
    let answer = format!("{title}\n\n{body}\n{rest}\n");
    let tokens: Vec<&str> = answer.split_inclusive('\n').collect();
    Reply::Answer(Answer::new(&tokens))
}

/// One server-sent event.
#[derive(Debug)]
struct Sse {
    event: String,
    id: String,
    data: String,
}

/// Splits an SSE body into events (comments and keep-alives skipped).
fn parse_sse(body: &str) -> Vec<Sse> {
    body.split("\n\n")
        .filter_map(|block| {
            let mut sse = Sse {
                event: "message".into(),
                id: String::new(),
                data: String::new(),
            };
            let mut any = false;
            for line in block.lines() {
                let (field, value) = line.split_once(':').unwrap_or((line, ""));
                let value = value.strip_prefix(' ').unwrap_or(value);
                match field {
                    "event" => sse.event = value.to_string(),
                    "id" => sse.id = value.to_string(),
                    "data" => {
                        if any {
                            sse.data.push('\n');
                        }
                        sse.data.push_str(value);
                        any = true;
                    }
                    _ => {}
                }
            }
            any.then_some(sse)
        })
        .collect()
}

/// Uploads [`IDEA`] through the API; returns the idea's page URL.
async fn seed(client: &Client) -> Result<String, Failure> {
    let ws = client
        .get("/api/v1/workspaces")
        .await?
        .expect(200)?
        .json()?;
    let ws = ws[0]["id"].as_i64().ok_or("no workspace")?;
    let created = client
        .post_json(
            &format!("/api/v1/w/{ws}/ideas"),
            &serde_json::json!({ "markdown": IDEA }),
        )
        .await?
        .expect(201)?
        .json()?;
    let id = created["id"].as_i64().ok_or("no idea id")?;
    Ok(format!("/w/{ws}/ideas/{id}"))
}

/// The `data-polish-events` URL in the fragment the POST answers, decoded
/// as a browser decodes the attribute (the template escapes `/` too).
fn events_url(fragment: &str) -> Result<String, Failure> {
    let start = fragment
        .find("data-polish-events=\"")
        .ok_or("the polish panel names no event stream")?
        + "data-polish-events=\"".len();
    let end = fragment[start..]
        .find('"')
        .ok_or("unterminated attribute")?
        + start;
    Ok(fragment[start..end]
        .replace("&#x2f;", "/")
        .replace("&amp;", "&"))
}

async fn polished_documents_stream_over_sse_and_an_invented_figure_falls_back(
    backend: Backend,
) -> TestResult {
    let model = Model::routed(model).await;
    let settings = LlmSettings::new(Protocol::OpenAi, model.openai_base(), "test-model");
    let server = TestServer::start_with_llm(backend, Mode::Local, Some(settings)).await?;
    let client = server.client()?;
    let idea = seed(&client).await?;

    let page = client.get(&idea).await?.expect(200)?;
    assert!(page.body.contains("id=\"polish\""), "no Polish button");
    assert!(page.body.contains("/assets/polish.js"), "no polish script");
    let csrf = client.cookie("bw_csrf").unwrap_or_default();

    // The POST is a state-changing request: no token, no run.
    client
        .post_form_without_csrf(&format!("{idea}/polish"), &[])
        .await?
        .expect(403)?;
    let panel = client
        .post_form_htmx(&format!("{idea}/polish"), &[], &csrf)
        .await?
        .expect(200)?;
    assert!(
        panel.body.contains("id=\"polish-progress-faq\""),
        "{}",
        panel.body
    );
    let url = events_url(&panel.body)?;
    assert!(url.starts_with(&format!("{idea}/polish/")), "{url}");

    let stream = client.get(&url).await?.expect(200)?;
    assert!(
        stream
            .header("content-type")
            .starts_with("text/event-stream"),
        "{}",
        stream.header("content-type")
    );
    let events = parse_sse(&stream.body);
    assert!(
        events.iter().any(|e| e.event == "progress"),
        "progress events stream first: {events:?}"
    );
    assert_eq!(events.last().map(|e| e.event.as_str()), Some("done"));
    let doc = |slug: &str| {
        events
            .iter()
            .find(|e| e.event == "document" && e.id == slug)
            .map(|e| e.data.clone())
            .unwrap_or_default()
    };

    let faq = doc("faq");
    assert!(
        faq.contains(TIDY),
        "the polished FAQ arrives over SSE:\n{faq}"
    );
    assert!(faq.contains("polished by the model"), "{faq}");
    assert!(doc("prd").contains(TIDY));

    let press = doc("press-release");
    assert!(
        !press.contains(INVENTED),
        "the invented figure never reaches the page:\n{press}"
    );
    assert!(press.contains("kept the draft"), "{press}");
    assert!(
        press.contains("40%"),
        "the reason names the figure: {press}"
    );
    assert!(!press.contains(TIDY), "{press}");

    // The run is watched once; a stranger's token finds nothing.
    client.get(&url).await?.expect(404)?;
    client
        .get(&format!("{idea}/polish/{}", "0".repeat(64)))
        .await?
        .expect(404)?;
    server.finish().await
}

async fn without_a_model_the_page_says_how_to_configure_one(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let idea = seed(&client).await?;
    let page = client.get(&idea).await?.expect(200)?;
    assert!(
        !page.body.contains("id=\"polish\""),
        "a button that cannot work"
    );
    assert!(page.body.contains("id=\"polish-unavailable\""));
    assert!(page.body.contains("BACKWARDS_MODEL"), "{}", page.body);
    assert!(!page.body.contains("/assets/polish.js"));
    let csrf = client.cookie("bw_csrf").unwrap_or_default();
    let refused = client
        .post_form_htmx(&format!("{idea}/polish"), &[], &csrf)
        .await?
        .expect(422)?;
    assert!(
        refused.body.contains("no language model"),
        "{}",
        refused.body
    );
    server.finish().await
}

on_both_backends!(
    polished_documents_stream_over_sse_and_an_invented_figure_falls_back,
    without_a_model_the_page_says_how_to_configure_one,
);
