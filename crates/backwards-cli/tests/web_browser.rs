//! The web app in a real browser: Debian's headless Chromium, driven over
//! WebDriver (fantoccini), against the real `backwards serve` binary.
//!
//! One test walks the seven wizard steps typing a real idea, watches the
//! live coaching panel change when a vague customer ("Everyone.") is made
//! specific, reaches the verdict, switches a document tab and downloads
//! the Markdown with the session's cookies. It also takes the screenshots
//! the README shows (`docs/screenshots/wizard.png` and `results.png`; they
//! are written there only with `BACKWARDS_UPDATE_SCREENSHOTS` set, and
//! under the build's scratch folder otherwise).
//!
//! Another loads pages full of XSS payloads and checks that no alert
//! opened and no payload script ran (`window.__xss` stays unset).
//!
//! The last clicks the results page's Polish button with the server
//! pointed at the scripted loopback model (`backwards-testkit`) and waits
//! for the polished documents to stream in over server-sent events; the
//! figure the model invents must not appear, and the press release must
//! say it kept its draft.
//!
//! Chromium runs one at a time (a lock below), as the 2-core CI box
//! requires. Without Chromium the tests fail, saying how to install it.

mod support;

use std::time::Duration;

use backwards_testkit::{Answer, Recorded, Reply, TestServer as Model};
use fantoccini::{Client, Locator};
use serde_json::{Value, json};
use support::browser::{Browser, screenshot_path};
use support::client::Client as Http;
use support::payloads::{self, Payload};
use support::seed::{through_wizard, workspace};
use support::server::Server;
use support::{Failure, TestResult};

/// One Chromium at a time, across the tests of this binary.
static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// 100 ms polls while waiting for the page to react (a bound on waiting,
/// never an assertion about speed).
const POLLS: u32 = 300;

const NAME: &str = "Spoke Stop";
const PITCH: &str = "Spoke Stop sends a bike mechanic to office car parks once a week, \
so commuters get their bikes fixed while they work.";
const VAGUE_CUSTOMER: &str = "Everyone.";
const CUSTOMER: &str = "Bike commuters at the 12 business parks around Cambridge who ride in \
at least three days a week: about 4,000 people, going by the parks' own travel surveys. Not \
leisure riders or racers, who already use their local shop.";
/// Steps 3 to 7, typed after the customer.
const LATER_STEPS: [(&str, &str); 5] = [
    (
        "problem",
        "A puncture or a worn chain takes a bike off the road for 5 to 9 days, because shops in \
         town book repairs a week out; 7 of the 18 commuters we met drove instead, paying £12 a \
         day to park.",
    ),
    (
        "solution",
        "A mechanic in a van parks at the office every Tuesday; staff book a slot on their phone \
         in the morning and collect the fixed bike at 5pm: a same-day repair instead of a week \
         without a bike.",
    ),
    (
        "evidence",
        "We interviewed 18 commuters at two parks; 15 had waited over five days for a repair. In \
         a two-week trial we fixed 31 bikes at £25 on average, and one park's facilities manager \
         signed a letter of intent for a paid weekly visit.",
    ),
    (
        "experience",
        "An employee sees the poster by the bike racks, books a slot online, leaves the bike \
         with a tag and pays by card when it is done. Launch: April 2027 at the first three \
         parks.",
    ),
    (
        "risks",
        "Parks may refuse van access: we start with the park that signed the letter of intent. \
         Demand may drop in winter; servicing packages smooth it. Town shops may copy us with \
         pick-ups. Revenue: £25 per repair plus £150 a month per park.",
    ),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_walks_the_wizard_sees_coaching_reaches_the_verdict_and_downloads() -> TestResult {
    let _one = ONE_BROWSER.lock().await;
    let dir = tempfile::tempdir()?;
    let server = Server::start(dir.path()).await?;
    let browser = Browser::start().await?;
    // Close the browser whatever happened, then report.
    let outcome = walk(&browser.client, &server).await;
    browser.close().await?;
    outcome.map_err(|e| format!("{e}\n\nserver log:\n{}", server.log()).into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_payload_runs_in_the_browser() -> TestResult {
    let _one = ONE_BROWSER.lock().await;
    let dir = tempfile::tempdir()?;
    let server = Server::start(dir.path()).await?;
    let browser = Browser::start().await?;
    let outcome = visit_payload_pages(&browser.client, &server).await;
    browser.close().await?;
    outcome.map_err(|e| format!("{e}\n\nserver log:\n{}", server.log()).into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_polish_button_streams_guarded_documents_into_the_page() -> TestResult {
    let _one = ONE_BROWSER.lock().await;
    let model = Model::routed(polish_model).await;
    let base_url = model.openai_base();
    let dir = tempfile::tempdir()?;
    let args = [
        "--provider",
        "compatible",
        "--model",
        "test-model",
        "--base-url",
        base_url.as_str(),
    ];
    let key = [("BACKWARDS_API_KEY", "sk-browser-polish-0123456789")];
    let server = Server::start_with(dir.path(), &args, &key).await?;
    let browser = Browser::start().await?;
    let outcome = polish(&browser.client, &server).await;
    browser.close().await?;
    outcome.map_err(|e| format!("{e}\n\nserver log:\n{}", server.log()).into())
}

/// What a faithful polish adds to a document: no figure, no name.
const TIDY: &str = "Every detail below comes from the idea itself.";
/// What the scripted model invents in every press release.
const INVENTED: &str = "It saves commuters 40% on repairs.";

/// The scripted model: a faithful rewrite of each draft (plus [`TIDY`]),
/// except the press release, where it invents a percentage every time.
fn polish_model(request: &Recorded) -> Reply {
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

/// Uploads the full idea, opens its results, clicks Polish and waits for
/// the streamed documents.
async fn polish(c: &Client, server: &Server) -> TestResult {
    let http = Http::new(&server.base)?;
    let base = workspace(&http).await?;
    let mut markdown = format!("# {NAME}\n\n{PITCH}\n\n## Customer\n\n{CUSTOMER}\n\n");
    for (step, answer) in LATER_STEPS {
        let heading = step[..1].to_uppercase() + &step[1..];
        markdown.push_str(&format!("## {heading}\n\n{answer}\n\n"));
    }
    let url = format!("/api/v1{}/ideas", base);
    let created = http
        .post_json(&url, &json!({ "markdown": markdown }))
        .await?
        .expect(201, &url)?;
    let id = serde_json::from_str::<Value>(&created.body)?["id"]
        .as_i64()
        .ok_or("the API returned no idea id")?;
    c.goto(&format!("{}{base}/ideas/{id}", server.base)).await?;
    quiet(c, "the results page with a model").await?;
    c.find(Locator::Css("#polish")).await?.click().await?;

    let mut faq = String::new();
    let mut press = String::new();
    let mut status = String::new();
    for _ in 0..POLLS {
        faq = read(c, "#polish-doc-faq", None).await.unwrap_or_default();
        press = read(c, "#polish-doc-press-release", None)
            .await
            .unwrap_or_default();
        status = read(c, "#polish-status", None).await.unwrap_or_default();
        if status.starts_with("Done") {
            // The documents arrive before "done" on the same stream, but
            // they may have landed after the reads above: read them again
            // now that the status says the run is over.
            faq = read(c, "#polish-doc-faq", None).await.unwrap_or_default();
            press = read(c, "#polish-doc-press-release", None)
                .await
                .unwrap_or_default();
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if !status.starts_with("Done") || !faq.contains(TIDY) {
        return Err(
            format!("the polished FAQ never appeared:\nstatus: {status}\nFAQ: {faq}").into(),
        );
    }
    if press.contains(INVENTED) || !press.contains("kept the draft") {
        return Err(format!("the press release did not fall back to its draft:\n{press}").into());
    }
    let outcome = read(c, "#polish-outcome-faq", None)
        .await
        .unwrap_or_default();
    check_eq(
        Some(outcome.as_str()),
        Some("polished by the model"),
        "FAQ outcome",
    )?;
    quiet(c, "the polished results").await
}

async fn walk(c: &Client, server: &Server) -> TestResult {
    c.goto(&format!("{}/", server.base)).await?;
    quiet(c, "the ideas page").await?;
    c.find(Locator::Css("#new-title"))
        .await?
        .send_keys(NAME)
        .await?;
    c.find(Locator::Css("#new-idea")).await?.click().await?;
    wait_for_path(c, "/steps/pitch").await?;

    // Step 1: the name is prefilled from the title; type the pitch.
    let name = c.find(Locator::Css("#name")).await?;
    check_eq(name.prop("value").await?.as_deref(), Some(NAME), "name")?;
    type_answer(c, PITCH).await?;
    save(c, "/steps/customer").await?;
    let idea = idea_path(c).await?;

    // Step 2: coaching on a vague customer, then on a specific one.
    let vague = coach_api(server, &idea, "customer", VAGUE_CUSTOMER).await?;
    let specific = coach_api(server, &idea, "customer", CUSTOMER).await?;
    type_answer(c, VAGUE_CUSTOMER).await?;
    let vague_panel = wait_for_coaching(c, &vague).await?;
    clear_answer(c).await?;
    type_answer(c, CUSTOMER).await?;
    let specific_panel = wait_for_coaching(c, &specific).await?;
    if vague_panel == specific_panel || specific["level"].as_u64() <= vague["level"].as_u64() {
        return Err(format!(
            "the coaching did not improve when the customer became specific:\n\
             vague: {vague_panel}\nspecific: {specific_panel}"
        )
        .into());
    }
    quiet(c, "the customer step").await?;
    shoot(c, "wizard.png").await?;
    save(c, "/steps/problem").await?;

    // Steps 3 to 7; the last save opens the verdict.
    for (i, (step, answer)) in LATER_STEPS.iter().enumerate() {
        check_eq(
            Some(current_path(c).await?.as_str()),
            Some(format!("{idea}/steps/{step}").as_str()),
            "wizard order",
        )?;
        let progress = c.find(Locator::Css("#progress")).await?;
        check_eq(
            progress.attr("value").await?.as_deref(),
            Some((i + 3).to_string().as_str()),
            "progress bar",
        )?;
        type_answer(c, answer).await?;
        let next = LATER_STEPS
            .get(i + 1)
            .map_or(String::new(), |(s, _)| format!("/steps/{s}"));
        save(c, &format!("{idea}{next}")).await?;
    }
    results(c, server, &idea).await
}

/// The verdict page: the call, the picture, a document tab, the download.
async fn results(c: &Client, server: &Server, idea: &str) -> TestResult {
    let call = c.find(Locator::Css("#call")).await?.text().await?;
    if !["GO", "REVISE", "STOP"].contains(&call.trim()) {
        return Err(format!("no verdict on the results page: {call:?}").into());
    }
    c.find(Locator::Css("#scores svg")).await?;
    check_eq(
        Some(
            c.find(Locator::Css("#idea-name"))
                .await?
                .text()
                .await?
                .as_str(),
        ),
        Some(NAME),
        "results heading",
    )?;
    quiet(c, "the results page").await?;
    shoot(c, "results.png").await?;

    // The FAQ tab swaps in place (htmx) and marks itself selected.
    c.find(Locator::Css("#tab-faq")).await?.click().await?;
    let mut selected = None;
    for _ in 0..POLLS {
        selected = read(c, "#tab-faq", Some("aria-selected")).await;
        if selected.as_deref() == Some("true") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    check_eq(selected.as_deref(), Some("true"), "FAQ tab selected")?;

    // Download the idea file with the browser's own cookies.
    let link = c.find(Locator::Css("#download-idea-md")).await?;
    let href = link
        .prop("href")
        .await?
        .ok_or("the download link has no href")?;
    if !href.starts_with(&format!("{}{idea}/download/", server.base)) {
        return Err(format!("the download points elsewhere: {href}").into());
    }
    let cookies: Vec<String> = c
        .get_all_cookies()
        .await?
        .iter()
        .map(|k| format!("{}={}", k.name(), k.value()))
        .collect();
    backwards_llm::install_crypto_provider();
    let response = reqwest::Client::new()
        .get(&href)
        .header(reqwest::header::COOKIE, cookies.join("; "))
        .send()
        .await?;
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = response.text().await?;
    check_eq(Some(status), Some(200), "download status")?;
    if !kind.starts_with("text/markdown") {
        return Err(format!("the download is {kind}, not Markdown").into());
    }
    for typed in [NAME, PITCH, CUSTOMER, LATER_STEPS[4].1] {
        if !body.contains(typed) {
            return Err(format!("the downloaded idea file lacks {typed:?}:\n{body}").into());
        }
    }
    Ok(())
}

/// Seeds ideas holding every payload (through the wizard's forms, over
/// HTTP), then loads their pages in Chromium and types a payload into a
/// live coaching box.
async fn visit_payload_pages(c: &Client, server: &Server) -> TestResult {
    let http = Http::new(&server.base)?;
    let base = workspace(&http).await?;
    let all = payloads::all();
    let mut ideas = Vec::new();
    for group in all.chunks(4) {
        ideas.push(through_wizard(&http, &base, group).await?);
    }
    c.goto(&format!("{}{base}", server.base)).await?;
    quiet(c, "the ideas page").await?;
    for idea in &ideas {
        for page in [
            idea.clone(),
            format!("{idea}?tab=faq"),
            format!("{idea}/steps/customer"),
        ] {
            c.goto(&format!("{}{page}", server.base)).await?;
            quiet(c, &page).await?;
        }
    }
    // Live coaching: type payloads and let htmx swap the panel.
    let first = ideas.first().ok_or("no idea was created")?;
    c.goto(&format!("{}{first}/steps/problem", server.base))
        .await?;
    clear_answer(c).await?;
    let typed: Vec<&Payload> = all.iter().filter(|p| p.family == "event-handler").collect();
    for p in typed {
        type_answer(c, &format!("{}\n", p.text)).await?;
    }
    let expected = coach_api(
        server,
        first,
        "problem",
        &c.find(Locator::Css("#answer"))
            .await?
            .prop("value")
            .await?
            .unwrap_or_default(),
    )
    .await?;
    wait_for_coaching(c, &expected).await?;
    quiet(c, "the coaching panel").await
}

/// Fails if an alert is open or a payload ran on the current page. Gives
/// the page's own load events a moment to fire first.
async fn quiet(c: &Client, page: &str) -> TestResult {
    if let Ok(text) = c.get_alert_text().await {
        return Err(format!("an alert opened on {page}: {text:?}").into());
    }
    let script = "const done = arguments[arguments.length - 1];
        const report = () => setTimeout(() => done({
            xss: window.__xss === undefined ? null : String(window.__xss),
            scripts: Array.from(document.scripts)
                .filter(s => !['/assets/vendor/htmx.min.js', '/assets/polish.js']
                    .includes(s.getAttribute('src'))).length,
        }), 100);
        if (document.readyState === 'complete') report();
        else window.addEventListener('load', report);";
    let state = c.execute_async(script, vec![]).await;
    if let Ok(text) = c.get_alert_text().await {
        return Err(format!("an alert opened on {page}: {text:?}").into());
    }
    let state = state?;
    if !state["xss"].is_null() || state["scripts"] != json!(0) {
        return Err(format!("a payload ran on {page}: {state}").into());
    }
    Ok(())
}

/// Types into the answer box key by key, as a user does (each key fires
/// the input event htmx listens to).
async fn type_answer(c: &Client, text: &str) -> TestResult {
    c.find(Locator::Css("#answer"))
        .await?
        .send_keys(text)
        .await?;
    Ok(())
}

/// Empties the answer box.
async fn clear_answer(c: &Client) -> TestResult {
    c.find(Locator::Css("#answer")).await?.clear().await?;
    Ok(())
}

/// Clicks "Save and continue" and waits for the next page.
async fn save(c: &Client, next: &str) -> TestResult {
    c.find(Locator::Css("#save")).await?.click().await?;
    wait_for_path(c, next).await
}

/// Waits until the browser's path ends with `suffix`.
async fn wait_for_path(c: &Client, suffix: &str) -> TestResult {
    let mut path = String::new();
    for _ in 0..POLLS {
        path = current_path(c).await?;
        if path.ends_with(suffix) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("the browser never reached …{suffix}; it is on {path}").into())
}

async fn current_path(c: &Client) -> Result<String, Failure> {
    Ok(c.current_url().await?.path().to_string())
}

/// `/w/1/ideas/7` from a wizard URL.
async fn idea_path(c: &Client) -> Result<String, Failure> {
    let path = current_path(c).await?;
    let (idea, _) = path
        .split_once("/steps/")
        .ok_or_else(|| format!("not a wizard page: {path}"))?;
    Ok(idea.to_string())
}

/// What the coaching API says about `answer` on `step`: the panel on the
/// page must end up showing the same.
async fn coach_api(
    server: &Server,
    idea: &str,
    step: &str,
    answer: &str,
) -> Result<Value, Failure> {
    let url = format!("/api/v1{idea}/steps/{step}/coach");
    let page = Http::new(&server.base)?
        .post_json(&url, &json!({ "answer": answer }))
        .await?
        .expect(200, &url)?;
    Ok(serde_json::from_str(&page.body)?)
}

/// Waits until the coaching panel shows `expected` (its level and first
/// line); returns the panel's text.
async fn wait_for_coaching(c: &Client, expected: &Value) -> Result<String, Failure> {
    let level = expected["level"]
        .as_u64()
        .map(|l| format!("level {l}/5"))
        .unwrap_or_default();
    let first = expected["lines"][0]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let mut panel = String::new();
    for _ in 0..POLLS {
        panel = read(c, "#coach", None).await.unwrap_or_default();
        if panel.contains(&level) && panel.contains(&first) {
            return Ok(panel);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("the coaching panel never showed {expected}; it shows:\n{panel}").into())
}

/// An element's text (or one attribute), `None` while it is missing or
/// being swapped out by htmx (a stale reference): pollers just retry.
async fn read(c: &Client, css: &str, attribute: Option<&str>) -> Option<String> {
    let element = c.find(Locator::Css(css)).await.ok()?;
    match attribute {
        Some(name) => element.attr(name).await.ok().flatten(),
        None => element.text().await.ok(),
    }
}

/// Saves a PNG of the viewport (see [`screenshot_path`] for where).
async fn shoot(c: &Client, name: &str) -> TestResult {
    let png = c.screenshot().await?;
    if !png.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(format!("{name}: the browser's screenshot is not a PNG").into());
    }
    let path = screenshot_path(name);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&path, png)?;
    Ok(())
}

fn check_eq<T: PartialEq + std::fmt::Debug>(
    got: Option<T>,
    want: Option<T>,
    what: &str,
) -> TestResult {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}: expected {want:?}, got {got:?}").into())
    }
}
