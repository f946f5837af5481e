//! Local mode: the wizard, coaching, results, downloads, history, upload,
//! API, security headers and CSRF.

use backwards_server::Mode;
use serde_json::json;

use crate::harness::{Backend, Client, TestResult, TestServer, expect_too_large};
use crate::on_both_backends;

/// A vague first draft and, step by step, the answers a user types.
const ANSWERS: [(&str, &str); 7] = [
    (
        "pitch",
        "Ward Walks finds dog walkers for nurses during their night shifts.",
    ),
    (
        "customer",
        "Night-shift nurses in Leeds who own a dog, about 1,800 of them across 3 hospitals; not day staff.",
    ),
    (
        "problem",
        "Their dogs are alone for 12 hours three nights a week; 6 of 10 we met pay a neighbour £15 a night or skip shifts.",
    ),
    (
        "solution",
        "A booking page that matches a vetted walker to each shift rota, so a walk is arranged in 2 minutes instead of an evening of calls.",
    ),
    ("evidence", "DONT_KNOW"),
    (
        "experience",
        "A nurse sees the poster in the staff room, uploads her rota, and pays £9 a walk by card. Launch in May 2027.",
    ),
    (
        "risks",
        "Walkers may not want night work; we will pay a night rate and start with 20 walkers from a student agency.",
    ),
];

/// The local workspace's page prefix, from the `/` redirect.
async fn base(client: &Client) -> Result<String, crate::harness::Failure> {
    let root = client.get("/").await?.expect(303)?;
    Ok(root.location())
}

/// Creates an idea through the form; returns its URL.
async fn new_idea(
    client: &Client,
    base: &str,
    title: &str,
) -> Result<String, crate::harness::Failure> {
    let created = client
        .post_form(&format!("{base}/ideas"), &[("title", title)])
        .await?
        .expect(303)?;
    let location = created.location();
    let idea_url = location
        .strip_suffix("/steps/pitch")
        .ok_or("new ideas open the wizard")?;
    Ok(idea_url.to_string())
}

async fn wizard_flow_saves_a_version_per_step_and_reaches_the_verdict(
    backend: Backend,
) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let base = base(&client).await?;
    assert!(
        client
            .get(&base)
            .await?
            .expect(200)?
            .body
            .contains("id=\"no-ideas\"")
    );
    let idea = new_idea(&client, &base, "Ward Walks").await?;

    let page = client
        .get(&format!("{idea}/steps/pitch"))
        .await?
        .expect(200)?;
    for needle in [
        "id=\"answer\"",
        "hx-trigger=\"input changed delay:400ms\"",
        "id=\"dont-know\"",
        "id=\"progress\"",
        "aria-current=\"step\"",
        "id=\"example-strong\"",
        "id=\"example-weak\"",
        "<label for=\"answer\">",
        "aria-live=\"polite\"",
    ] {
        assert!(page.body.contains(needle), "the step page lacks {needle}");
    }

    let mut expected_next = String::new();
    for (i, (step, answer)) in ANSWERS.iter().enumerate() {
        let path = format!("{idea}/steps/{step}");
        if !expected_next.is_empty() {
            assert_eq!(path, expected_next, "each save leads to the next step");
        }
        let saved = if *answer == "DONT_KNOW" {
            client
                .post_form(&path, &[("answer", ""), ("action", "dont_know")])
                .await?
        } else if *step == "pitch" {
            client
                .post_form(
                    &path,
                    &[
                        ("answer", answer),
                        ("name", "Ward Walks"),
                        ("action", "save"),
                    ],
                )
                .await?
        } else {
            client
                .post_form(&path, &[("answer", answer), ("action", "save")])
                .await?
        };
        expected_next = saved.expect(303)?.location();
        let versions = client
            .get(&format!("/api/v1{idea}/versions"))
            .await?
            .expect(200)?
            .json()?;
        assert_eq!(
            versions.as_array().map(Vec::len),
            Some(i + 1),
            "one version per save"
        );
    }
    assert_eq!(expected_next, idea, "the last step leads to the verdict");

    let results = client.get(&idea).await?.expect(200)?;
    for needle in [
        "id=\"call\"",
        "<svg",
        "id=\"dim-customer\"",
        "id=\"tab-press-release\"",
        "id=\"tab-faq\"",
        "id=\"tab-prd\"",
        "id=\"download-idea-md\"",
    ] {
        assert!(
            results.body.contains(needle),
            "the results page lacks {needle}"
        );
    }
    assert!(
        results.body.contains("<q>"),
        "where it holds or breaks quotes the author"
    );

    let file = client
        .get(&format!("{idea}/download/idea.md"))
        .await?
        .expect(200)?;
    assert!(file.body.starts_with("# Ward Walks\n"), "{}", file.body);
    assert!(
        file.body.contains("## Evidence\n\nI don't know yet."),
        "{}",
        file.body
    );
    assert!(file.body.contains("about 1,800 of them"));
    server.finish().await
}

async fn coaching_changes_when_a_vague_customer_is_made_specific(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let base = base(&client).await?;
    let idea = new_idea(&client, &base, "Ward Walks").await?;
    let coach = format!("{idea}/steps/customer/coach");
    let vague = client
        .post_form(
            &coach,
            &[("answer", "Small businesses and everyone who has a dog.")],
        )
        .await?
        .expect(200)?;
    let specific = client
        .post_form(&coach, &[("answer", ANSWERS[1].1)])
        .await?
        .expect(200)?;
    assert!(vague.body.contains("id=\"coach-level\""), "{}", vague.body);
    assert!(!vague.body.contains("<html"), "a fragment, not a page");
    assert_ne!(vague.body, specific.body);
    let level = |body: &str| {
        body.split("level ")
            .nth(1)
            .and_then(|r| r.chars().next())
            .and_then(|c| c.to_digit(10))
    };
    assert!(
        level(&specific.body) > level(&vague.body),
        "{}\n---\n{}",
        vague.body,
        specific.body
    );
    // Coaching saves nothing.
    let versions = client
        .get(&format!("/api/v1{idea}/versions"))
        .await?
        .expect(200)?
        .json()?;
    assert_eq!(versions.as_array().map(Vec::len), Some(0));
    server.finish().await
}

/// An idea file with every step, written for these tests.
const IDEA_FILE: &str = "---\ncity: Leeds\n---\n\n# Ward Walks\n\nDog walks for night-shift nurses.\n\n\
## Customer\n\nNight-shift nurses in Leeds who own a dog, about 1,800 of them.\n\n\
## Problem\n\nTheir dogs are alone 12 hours a night; many pay a neighbour £15 a night.\n\n\
## Solution\n\nA rota-matched walker booking page.\n\n## Evidence\n\nPeople said they liked it.\n\n\
## Experience\n\nUpload the rota, pay £9 a walk.\n\n## Risks\n\nWalkers may not want night work.\n\n## Budget\n\nSmall.\n";

async fn upload_results_tabs_and_every_download(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let base = base(&client).await?;
    let uploaded = client
        .upload(
            &format!("{base}/ideas/upload"),
            "ward.md",
            IDEA_FILE.as_bytes(),
            true,
        )
        .await?
        .expect(303)?;
    let idea = uploaded.location();
    assert!(client.get(&base).await?.body.contains("Ward Walks"));
    let faq = client.get(&format!("{idea}?tab=faq")).await?.expect(200)?;
    assert!(
        faq.body
            .contains("id=\"tab-faq\" href=\"?tab=faq\" aria-selected=\"true\""),
        "{}",
        faq.body
    );
    let files = [
        ("idea.md", "text/markdown"),
        ("verdict.md", "text/markdown"),
        ("press-release.md", "text/markdown"),
        ("faq.md", "text/markdown"),
        ("prd.md", "text/markdown"),
        ("backwards.html", "text/html"),
        ("verdict.json", "application/json"),
    ];
    for (file, content_type) in files {
        let got = client
            .get(&format!("{idea}/download/{file}"))
            .await?
            .expect(200)?;
        assert!(
            got.header("content-type").starts_with(content_type),
            "{file}: {}",
            got.header("content-type")
        );
        assert!(
            got.header("content-disposition")
                .starts_with("attachment; filename=\"ward-walks-v1-"),
            "{file}"
        );
        assert!(!got.body.is_empty(), "{file} is empty");
    }
    let idea_md = client.get(&format!("{idea}/download/idea.md")).await?;
    assert_eq!(
        idea_md.body, IDEA_FILE,
        "the uploaded file comes back byte for byte"
    );
    let json = client
        .get(&format!("{idea}/download/verdict.json"))
        .await?
        .json()?;
    assert_eq!(json["schema_version"], 1);
    assert!(
        json["documents"]["prd"]
            .as_str()
            .is_some_and(|p| !p.is_empty())
    );
    let html = client
        .get(&format!("{idea}/download/backwards.html"))
        .await?;
    assert!(html.body.starts_with("<!DOCTYPE html>"));
    client
        .get(&format!("{idea}/download/nope.exe"))
        .await?
        .expect(404)?;
    // Editing a step of an uploaded file keeps its front matter and notes.
    client
        .post_form(
            &format!("{idea}/steps/customer"),
            &[("answer", "Nurses."), ("action", "save")],
        )
        .await?
        .expect(303)?;
    let edited = client.get(&format!("{idea}/download/idea.md")).await?.body;
    assert!(
        edited.starts_with("---\ncity: Leeds\n---\n") && edited.contains("## Budget\n\nSmall."),
        "{edited}"
    );
    server.finish().await
}

/// The results page offers the printable PDF and DOCX, and they are what
/// they claim: a PDF file and a Word zip whose body names the idea.
async fn printable_downloads_are_a_pdf_and_a_word_document(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let base = base(&client).await?;
    let idea = client
        .upload(
            &format!("{base}/ideas/upload"),
            "ward.md",
            IDEA_FILE.as_bytes(),
            true,
        )
        .await?
        .expect(303)?
        .location();
    let results = client.get(&idea).await?.expect(200)?;
    for id in ["download-backwards-pdf", "download-backwards-docx"] {
        let link = format!("id=\"{id}\"");
        assert!(
            results.body.contains(&link),
            "no {id} link on the results page"
        );
    }

    let pdf = client
        .get(&format!("{idea}/download/backwards.pdf"))
        .await?
        .expect(200)?;
    assert_eq!(pdf.header("content-type"), "application/pdf");
    assert_eq!(
        pdf.header("content-disposition"),
        "attachment; filename=\"ward-walks-v1-backwards.pdf\""
    );
    assert!(pdf.bytes.starts_with(b"%PDF-"), "not a PDF");
    assert!(pdf.bytes.len() > 10_000, "a {}-byte PDF", pdf.bytes.len());

    let docx = client
        .get(&format!("{idea}/download/backwards.docx"))
        .await?
        .expect(200)?;
    assert!(
        docx.header("content-type")
            .contains("wordprocessingml.document")
    );
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx.bytes))?;
    let mut body = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml")?, &mut body)?;
    assert!(
        body.contains("Ward Walks"),
        "the DOCX body lacks the idea's name"
    );
    assert!(
        body.contains("w:val=\"Heading1\""),
        "the DOCX has no Heading 1"
    );
    server.finish().await
}

async fn uploads_refuse_unreadable_files_and_forged_forms(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let base = base(&client).await?;
    let upload = format!("{base}/ideas/upload");
    client
        .upload(&upload, "x.md", b"\x00\x01binary", true)
        .await?
        .expect(422)?;
    client
        .upload(&upload, "x.md", b"---\nname: [unclosed\n---\n# X\n", true)
        .await?
        .expect(422)?;
    client
        .upload(&upload, "x.md", IDEA_FILE.as_bytes(), false)
        .await?
        .expect(403)?;
    let too_big = vec![b'a'; 3 * 1024 * 1024];
    expect_too_large(client.upload(&upload, "x.md", &too_big, true).await)?;
    let listed = client.get("/api/v1/workspaces").await?.json()?;
    let ws = listed[0]["id"].as_i64().unwrap_or_default();
    let ideas = client.get(&format!("/api/v1/w/{ws}/ideas")).await?.json()?;
    assert_eq!(
        ideas.as_array().map(Vec::len),
        Some(0),
        "nothing refused was stored"
    );
    server.finish().await
}

async fn history_shows_the_trend_and_diffs_text_and_verdict(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let ws = client.get("/api/v1/workspaces").await?.json()?[0]["id"]
        .as_i64()
        .unwrap_or_default();
    let weak = IDEA_FILE;
    let strong = IDEA_FILE.replace(
        "People said they liked it.",
        "We interviewed 24 nurses; 31 paid a £10 deposit and 2 wards signed a 3-month pilot.",
    );
    let created = client
        .post_json(
            &format!("/api/v1/w/{ws}/ideas"),
            &json!({ "markdown": weak }),
        )
        .await?
        .expect(201)?
        .json()?;
    let id = created["id"].as_i64().unwrap_or_default();
    client
        .post_json(
            &format!("/api/v1/w/{ws}/ideas/{id}/versions"),
            &json!({ "markdown": strong, "note": "pilots" }),
        )
        .await?
        .expect(201)?;
    let page = client
        .get(&format!("/w/{ws}/ideas/{id}/history?a=1&b=2"))
        .await?
        .expect(200)?;
    assert_eq!(
        page.body.matches("<polyline").count(),
        4,
        "a trend line per score"
    );
    let versions = client
        .get(&format!("/api/v1/w/{ws}/ideas/{id}/versions"))
        .await?
        .json()?;
    let (e1, e2) = (
        versions[0]["scores"]["evidence"].as_i64(),
        versions[1]["scores"]["evidence"].as_i64(),
    );
    assert!(e2 > e1, "the strong evidence scores higher: {versions}");
    let summary = format!(
        "evidence {} → {}",
        e1.unwrap_or_default(),
        e2.unwrap_or_default()
    );
    assert!(
        page.body.contains(&summary),
        "the verdict diff says {summary}"
    );
    assert!(
        page.body
            .contains("<span class=\"add\">+ We interviewed 24 nurses"),
        "the text diff shows the added line"
    );
    assert!(
        page.body
            .contains("<span class=\"remove\">- People said they liked it.")
    );
    client
        .get(&format!("/w/{ws}/ideas/{id}/history?a=1&b=9"))
        .await?
        .expect(404)?;
    server.finish().await
}

async fn the_api_covers_ideas_versions_verdicts_documents_and_coaching(
    backend: Backend,
) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let ws = client
        .get("/api/v1/workspaces")
        .await?
        .expect(200)?
        .json()?[0]["id"]
        .as_i64()
        .unwrap_or_default();
    let api = format!("/api/v1/w/{ws}");
    let created = client
        .post_json(&format!("{api}/ideas"), &json!({ "title": "Empty one" }))
        .await?
        .expect(201)?
        .json()?;
    assert_eq!(created["version_count"], 0);
    let created = client
        .post_json(&format!("{api}/ideas"), &json!({ "markdown": IDEA_FILE }))
        .await?
        .expect(201)?
        .json()?;
    let id = created["id"].as_i64().unwrap_or_default();
    assert_eq!(created["title"], "Ward Walks");
    assert_eq!(created["latest"]["number"], 1);
    assert_eq!(
        client
            .get(&format!("{api}/ideas"))
            .await?
            .json()?
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let one = client
        .get(&format!("{api}/ideas/{id}"))
        .await?
        .expect(200)?
        .json()?;
    assert!(["go", "revise", "stop"].contains(&one["latest"]["call"].as_str().unwrap_or_default()));
    let version = client
        .get(&format!("{api}/ideas/{id}/versions/1"))
        .await?
        .expect(200)?
        .json()?;
    assert_eq!(version["markdown"], IDEA_FILE);
    assert_eq!(version["verdict"]["schema_version"], 1);
    let verdict = client
        .get(&format!("{api}/ideas/{id}/verdict"))
        .await?
        .expect(200)?
        .json()?;
    assert_eq!(verdict["verdict"], one["latest"]["call"]);
    let prd = client
        .get(&format!("{api}/ideas/{id}/documents/prd"))
        .await?
        .expect(200)?
        .json()?;
    assert!(
        prd["markdown"]
            .as_str()
            .is_some_and(|m| m.contains("Ward Walks"))
    );
    client
        .get(&format!("{api}/ideas/{id}/documents/poem"))
        .await?
        .expect(404)?;
    let coaching = client
        .post_json(
            &format!("{api}/ideas/{id}/steps/customer/coach"),
            &json!({ "answer": "Small businesses." }),
        )
        .await?
        .expect(200)?
        .json()?;
    assert_eq!(coaching["dimension"], "Customer clarity");
    assert!(coaching["lines"].as_array().is_some_and(|l| !l.is_empty()));
    let bad = client
        .post_json(
            &format!("{api}/ideas/{id}/versions"),
            &json!({ "markdown": "\u{0}" }),
        )
        .await?
        .expect(422)?;
    assert!(bad.json()?["error"].is_string());
    client
        .get(&format!("{api}/ideas/99999"))
        .await?
        .expect(404)?;
    client.get("/api/v1/w/99999/ideas").await?.expect(404)?;
    let openapi = client.get("/api/openapi.json").await?.expect(200)?.json()?;
    for (method, path) in backwards_server::API_ROUTES {
        assert!(
            openapi["paths"][path][method].is_object(),
            "{method} {path}"
        );
    }
    server.finish().await
}

async fn every_response_carries_the_security_headers(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let base = base(&client).await?;
    for path in [
        base.as_str(),
        "/nope",
        "/assets/app.css",
        "/api/v1/workspaces",
        "/api/openapi.json",
        "/w/99999",
    ] {
        let got = client.get(path).await?;
        let csp = got.header("content-security-policy");
        for needle in [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(needle), "{path}: CSP lacks {needle}: {csp}");
        }
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(got.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(got.header("referrer-policy"), "no-referrer", "{path}");
    }
    let htmx = client
        .get("/assets/vendor/htmx.min.js")
        .await?
        .expect(200)?;
    assert_eq!(htmx.body.len(), 52_182, "the vendored htmx 2.0.11");
    assert!(htmx.header("content-type").starts_with("text/javascript"));
    let page = client.get(&base).await?;
    assert!(
        !page.body.contains("<script>") && !page.body.contains("style=\""),
        "no inline script or style"
    );
    assert!(page.body.contains("\"includeIndicatorStyles\": false"));
    let ws = client.get("/api/v1/workspaces").await?.json()?[0]["id"]
        .as_i64()
        .unwrap_or_default();
    let body = serde_json::to_vec(&json!({ "markdown": "a".repeat(3 * 1024 * 1024) }))?;
    expect_too_large(
        client
            .post_raw(&format!("/api/v1/w/{ws}/ideas"), "application/json", body)
            .await,
    )?;
    let big_form = format!("title={}", "a".repeat(3 * 1024 * 1024));
    expect_too_large(
        client
            .post_raw(
                &format!("{base}/ideas"),
                "application/x-www-form-urlencoded",
                big_form.into_bytes(),
            )
            .await,
    )?;
    server.finish().await
}

async fn state_changing_forms_need_the_csrf_token(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let base = base(&client).await?;
    let cookie_header = server.client()?.get("/healthz").await?.header("set-cookie");
    assert!(
        cookie_header.contains("HttpOnly") && cookie_header.contains("SameSite=Strict"),
        "{cookie_header}"
    );
    client
        .post_form_without_csrf(&format!("{base}/ideas"), &[("title", "Forged")])
        .await?
        .expect(403)?;
    client
        .post_form_without_csrf(
            &format!("{base}/ideas"),
            &[("title", "Forged"), ("csrf", &"0".repeat(64))],
        )
        .await?
        .expect(403)?;
    // htmx sends the token in a header instead of a field.
    let idea = new_idea(&client, &base, "Header token").await?;
    let token = client.cookie("bw_csrf").unwrap_or_default();
    let coach = format!("{idea}/steps/customer/coach");
    client
        .post_form_htmx(&coach, &[("answer", "Nurses.")], &token)
        .await?
        .expect(200)?;
    client
        .post_form_htmx(&coach, &[("answer", "Nurses.")], &"1".repeat(64))
        .await?
        .expect(403)?;
    let stranger = server.client()?;
    stranger
        .post_form_without_csrf(&format!("{base}/ideas"), &[("title", "Forged")])
        .await?
        .expect(403)?;
    let ideas = client.get(&format!("/api/v1{base}/ideas")).await?.json()?;
    assert_eq!(
        ideas.as_array().map(Vec::len),
        Some(1),
        "only the real form created an idea"
    );
    server.finish().await
}

async fn user_text_is_escaped_on_every_page(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    let base = base(&client).await?;
    let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let file = format!(
        "# Evil {payload}\n\n{payload} pitch.\n\n## Customer\n\n{payload} nurses, [x](javascript:alert(3)).\n\n## Evidence\n\n{payload}\n"
    );
    let idea = client
        .upload(
            &format!("{base}/ideas/upload"),
            "evil.md",
            file.as_bytes(),
            true,
        )
        .await?
        .expect(303)?
        .location();
    client
        .post_form(
            &format!("{idea}/steps/problem"),
            &[("answer", payload), ("action", "save")],
        )
        .await?
        .expect(303)?;
    let pages = [
        base.clone(),
        idea.clone(),
        format!("{idea}?tab=faq"),
        format!("{idea}?tab=prd"),
        format!("{idea}/steps/customer"),
        format!("{idea}/steps/pitch"),
        format!("{idea}/history"),
    ];
    for page in &pages {
        let body = client.get(page).await?.expect(200)?.body;
        assert!(!body.contains("<script>alert"), "{page} runs a script");
        assert!(!body.contains("<img src=x"), "{page} has a live img");
        assert!(
            !body.contains("href=\"javascript:"),
            "{page} has a javascript: link"
        );
    }
    let coach = client
        .post_form(
            &format!("{idea}/steps/customer/coach"),
            &[("answer", payload)],
        )
        .await?
        .expect(200)?;
    assert!(
        !coach.body.contains("<script>alert") && !coach.body.contains("<img src=x"),
        "{}",
        coach.body
    );
    server.finish().await
}

async fn local_mode_knows_only_its_own_workspace(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Local).await?;
    let client = server.client()?;
    client.get("/w/99999").await?.expect(404)?;
    client.get("/w/abc").await?.expect(404)?;
    client.get("/login").await?.expect(404)?;
    client.get("/s/0000").await?.expect(404)?;
    server.finish().await
}

on_both_backends!(
    wizard_flow_saves_a_version_per_step_and_reaches_the_verdict,
    coaching_changes_when_a_vague_customer_is_made_specific,
    upload_results_tabs_and_every_download,
    printable_downloads_are_a_pdf_and_a_word_document,
    uploads_refuse_unreadable_files_and_forged_forms,
    history_shows_the_trend_and_diffs_text_and_verdict,
    the_api_covers_ideas_versions_verdicts_documents_and_coaching,
    every_response_carries_the_security_headers,
    state_changing_forms_need_the_csrf_token,
    user_text_is_escaped_on_every_page,
    local_mode_knows_only_its_own_workspace,
);
