//! Team mode: accounts, sessions, CSRF, roles, share links, API tokens,
//! and above all that a member of workspace A can read nothing of B.

use backwards_server::Mode;
use serde_json::json;

use crate::harness::{Backend, Client, Failure, TestResult, TestServer};
use crate::on_both_backends;

const IDEA: &str =
    "# Secret Plan\n\nAlpha pitch.\n\n## Customer\n\nNight-shift nurses in Leeds, about 1,800.\n";

/// Registers an account; returns the client (signed in) and its workspace id.
async fn register(server: &TestServer, email: &str) -> Result<(Client, i64), Failure> {
    let client = server.client()?;
    let done = client
        .post_form(
            "/register",
            &[("email", email), ("password", "a long passphrase")],
        )
        .await?
        .expect(303)?;
    assert_eq!(done.location(), "/workspaces");
    let cookie = done.header("set-cookie");
    assert!(
        cookie.contains("bw_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let list = client
        .get("/api/v1/workspaces")
        .await?
        .expect(200)?
        .json()?;
    let ws = list[0]["id"].as_i64().ok_or("a personal workspace")?;
    Ok((client, ws))
}

/// The 64-hex token that follows `marker` in a page.
fn token_after(body: &str, marker: &str) -> Option<String> {
    let start = body.find(marker)? + marker.len();
    let token: String = body[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    (token.len() == 64).then_some(token)
}

/// Every workspace-scoped page and API route, as (method, path, form).
fn routes(ws: i64, id: i64) -> Vec<(&'static str, String)> {
    let page = format!("/w/{ws}");
    let idea = format!("{page}/ideas/{id}");
    let api = format!("/api/v1/w/{ws}");
    vec![
        ("GET", page.clone()),
        ("POST", format!("{page}/ideas")),
        ("POST", format!("{page}/members")),
        ("GET", idea.clone()),
        ("GET", format!("{idea}?tab=prd")),
        ("GET", format!("{idea}/steps/customer")),
        ("POST", format!("{idea}/steps/customer")),
        ("POST", format!("{idea}/steps/customer/coach")),
        ("GET", format!("{idea}/history")),
        ("GET", format!("{idea}/history?a=1&b=1")),
        ("GET", format!("{idea}/download/idea.md")),
        ("GET", format!("{idea}/download/verdict.json")),
        ("POST", format!("{idea}/share")),
        ("POST", format!("{idea}/share/1/revoke")),
        ("GET", format!("{api}/ideas")),
        ("POST", format!("{api}/ideas")),
        ("GET", format!("{api}/ideas/{id}")),
        ("GET", format!("{api}/ideas/{id}/versions")),
        ("POST", format!("{api}/ideas/{id}/versions")),
        ("GET", format!("{api}/ideas/{id}/versions/1")),
        ("GET", format!("{api}/ideas/{id}/verdict")),
        ("GET", format!("{api}/ideas/{id}/documents/faq")),
        ("POST", format!("{api}/ideas/{id}/steps/customer/coach")),
    ]
}

/// Calls a route the way its page or script would.
async fn call(client: &Client, method: &str, path: &str) -> Result<crate::harness::Resp, Failure> {
    match (method, path.starts_with("/api/")) {
        ("GET", _) => client.get(path).await,
        (_, true) => {
            client
                .post_json(
                    path,
                    &json!({ "markdown": IDEA, "title": "x", "answer": "x" }),
                )
                .await
        }
        _ => {
            client
                .post_form(
                    path,
                    &[
                        ("title", "x"),
                        ("answer", "x"),
                        ("email", "a@b.c"),
                        ("role", "viewer"),
                    ],
                )
                .await
        }
    }
}

async fn a_member_of_one_workspace_reads_nothing_of_another(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Team).await?;
    let (alice, ws_a) = register(&server, "alice@example.com").await?;
    let (mut bob, ws_b) = register(&server, "bob@example.com").await?;
    let created = alice
        .post_json(
            &format!("/api/v1/w/{ws_a}/ideas"),
            &json!({ "markdown": IDEA }),
        )
        .await?
        .expect(201)?
        .json()?;
    let id = created["id"].as_i64().ok_or("an id")?;
    alice
        .post_form(&format!("/w/{ws_a}/ideas/{id}/share"), &[])
        .await?
        .expect(200)?;
    // Alice can use every route of her workspace (sanity: the list is right).
    for (method, path) in routes(ws_a, id) {
        if method == "GET" {
            let got = call(&alice, method, &path).await?;
            assert_eq!(got.status, 200, "alice {method} {path}: {}", got.body);
        }
    }
    let before = alice
        .get(&format!("/api/v1/w/{ws_a}/ideas/{id}/versions"))
        .await?
        .json()?;
    // Bob, signed in, through pages and API, with A's ids and with his own
    // workspace id and A's idea id: always 404, and nothing of A in the body.
    for (ws, what) in [(ws_a, "A's workspace"), (ws_b, "his workspace, A's idea")] {
        for (method, path) in routes(ws, id) {
            if ws == ws_b && !path.contains(&format!("/ideas/{id}")) {
                continue;
            }
            let got = call(&bob, method, &path).await?;
            assert_eq!(
                got.status, 404,
                "bob {method} {path} ({what}): {}",
                got.body
            );
            assert!(
                !got.body.contains("Secret Plan"),
                "bob {method} {path} leaks"
            );
        }
    }
    // The same with Bob's API token instead of his cookie.
    let page = bob
        .post_form("/settings/tokens", &[("name", "script")])
        .await?
        .expect(200)?;
    let token =
        token_after(&page.body, "(shown once): <code>").ok_or("the new token is shown once")?;
    let api_only = server.client()?;
    let mut api_only = api_only;
    api_only.bearer = Some(token.clone());
    assert_eq!(
        api_only
            .get(&format!("/api/v1/w/{ws_b}/ideas"))
            .await?
            .status,
        200,
        "the token works on B"
    );
    for (method, path) in routes(ws_a, id)
        .into_iter()
        .filter(|(_, p)| p.starts_with("/api/"))
    {
        let got = call(&api_only, method, &path).await?;
        assert_eq!(got.status, 404, "token {method} {path}: {}", got.body);
    }
    // Nobody signed in: the API says 401, pages send to the sign-in form.
    let anonymous = server.client()?;
    assert_eq!(
        anonymous
            .get(&format!("/api/v1/w/{ws_a}/ideas"))
            .await?
            .status,
        401
    );
    assert_eq!(
        anonymous
            .get(&format!("/w/{ws_a}/ideas/{id}"))
            .await?
            .expect(303)?
            .location(),
        "/login"
    );
    // A bad or revoked token is 401.
    bob.bearer = Some("0".repeat(64));
    assert_eq!(
        bob.get(&format!("/api/v1/w/{ws_b}/ideas")).await?.status,
        401
    );
    let ideas = alice
        .get(&format!("/api/v1/w/{ws_a}/ideas/{id}/versions"))
        .await?
        .json()?;
    assert_eq!(ideas, before, "nothing bob sent changed A");
    server.finish().await
}

async fn share_links_show_one_idea_read_only_until_revoked(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Team).await?;
    let (alice, ws) = register(&server, "alice@example.com").await?;
    let created = alice
        .post_json(
            &format!("/api/v1/w/{ws}/ideas"),
            &json!({ "markdown": IDEA }),
        )
        .await?
        .expect(201)?
        .json()?;
    let id = created["id"].as_i64().ok_or("an id")?;
    let page = alice
        .post_form(&format!("/w/{ws}/ideas/{id}/share"), &[])
        .await?
        .expect(200)?;
    let token =
        token_after(&page.body, "(shown once): <code>/s/").ok_or("the link is shown once")?;
    let stranger = server.client()?;
    let shared = stranger.get(&format!("/s/{token}")).await?.expect(200)?;
    assert!(shared.body.contains("Secret Plan") && shared.body.contains("Shared read-only"));
    assert!(
        !shared.body.contains("/steps/") && !shared.body.contains("/download/"),
        "read-only: no edit or download links"
    );
    stranger
        .get(&format!("/s/{}", "f".repeat(64)))
        .await?
        .expect(404)?;
    let links = server
        .store
        .share_links(
            backwards_store::WorkspaceId(ws),
            backwards_store::IdeaId(id),
        )
        .await?;
    let link = links.first().ok_or("one link")?.id;
    alice
        .post_form(&format!("/w/{ws}/ideas/{id}/share/{link}/revoke"), &[])
        .await?
        .expect(303)?;
    stranger.get(&format!("/s/{token}")).await?.expect(404)?;
    server.finish().await
}

async fn viewers_read_but_cannot_write_and_owners_add_members(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Team).await?;
    let (alice, ws) = register(&server, "alice@example.com").await?;
    let (bob, _) = register(&server, "bob@example.com").await?;
    let created = alice
        .post_json(
            &format!("/api/v1/w/{ws}/ideas"),
            &json!({ "markdown": IDEA }),
        )
        .await?
        .expect(201)?
        .json()?;
    let id = created["id"].as_i64().ok_or("an id")?;
    alice
        .post_form(
            &format!("/w/{ws}/members"),
            &[("email", "bob@example.com"), ("role", "viewer")],
        )
        .await?
        .expect(303)?;
    bob.get(&format!("/w/{ws}/ideas/{id}")).await?.expect(200)?;
    bob.post_form(
        &format!("/w/{ws}/ideas/{id}/steps/customer"),
        &[("answer", "x")],
    )
    .await?
    .expect(403)?;
    bob.post_json(
        &format!("/api/v1/w/{ws}/ideas/{id}/versions"),
        &json!({ "markdown": IDEA }),
    )
    .await?
    .expect(403)?;
    bob.post_form(
        &format!("/w/{ws}/members"),
        &[("email", "bob@example.com"), ("role", "owner")],
    )
    .await?
    .expect(403)?;
    server.finish().await
}

async fn sign_in_sign_out_and_csrf_on_account_forms(backend: Backend) -> TestResult {
    let server = TestServer::start(backend, Mode::Team).await?;
    let (alice, ws) = register(&server, "alice@example.com").await?;
    let fresh = server.client()?;
    fresh
        .post_form(
            "/login",
            &[
                ("email", "alice@example.com"),
                ("password", "wrong password"),
            ],
        )
        .await?
        .expect(401)?;
    fresh
        .post_form(
            "/login",
            &[
                ("email", "nobody@example.com"),
                ("password", "a long passphrase"),
            ],
        )
        .await?
        .expect(401)?;
    fresh
        .post_form_without_csrf(
            "/login",
            &[
                ("email", "alice@example.com"),
                ("password", "a long passphrase"),
            ],
        )
        .await?
        .expect(403)?;
    fresh
        .post_form(
            "/login",
            &[
                ("email", "Alice@Example.com"),
                ("password", "a long passphrase"),
            ],
        )
        .await?
        .expect(303)?;
    fresh.get(&format!("/w/{ws}")).await?.expect(200)?;
    fresh.post_form("/logout", &[]).await?.expect(303)?;
    assert_eq!(
        fresh
            .get(&format!("/w/{ws}"))
            .await?
            .expect(303)?
            .location(),
        "/login"
    );
    alice.get(&format!("/w/{ws}")).await?.expect(200)?;
    let short = server.client()?;
    short
        .post_form(
            "/register",
            &[("email", "c@example.com"), ("password", "short")],
        )
        .await?
        .expect(422)?;
    server.finish().await
}

on_both_backends!(
    a_member_of_one_workspace_reads_nothing_of_another,
    share_links_show_one_idea_read_only_until_revoked,
    viewers_read_but_cannot_write_and_owners_add_members,
    sign_in_sign_out_and_csrf_on_account_forms,
);
