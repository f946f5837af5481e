//! Shared setup for the polish tests: an idea written for these tests, its
//! deterministic drafts, a client pointed at the loopback server, and the
//! scripted "model" answers (good, invented, format-breaking).

#![allow(dead_code)] // each test binary uses a different subset

use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use backwards_core::model::{self, Idea};
use backwards_core::render::{self, DocKind, Document, RenderContext};
use backwards_llm::{ApiKey, LlmClient, LlmSettings, Protocol};
use backwards_polish::{PolishProgress, ProgressSink};
use backwards_testkit::{Answer, Recorded, Reply, TestServer};

/// A key long enough for the redactor to scrub (it ignores dummy keys under 8 characters).
pub const KEY: &str = "sk-polish-test-key-7f3a9c2e51";

pub const IDEA: &str = "\
---
name: Shelf Swap
city: Bristol
launch: 2027-05-03
price: £4 per month
---

# Shelf Swap

Shelf Swap lets neighbours in Bristol lend each other rarely used tools through a shared shelf
in their building.

## Customer
Renters in Bristol flats who need a drill or a ladder twice a year, about 300 households in
the four buildings we manage. Not for tradespeople, who own their tools.

## Problem
Renters buy tools they use once, and storage in a flat is tight. Today they borrow from
friends across town or buy and store.

## Solution
A locked shelf in each lobby with an app to book and unlock it. Members pay £4 per month.

## Evidence
We asked 52 residents; 38 said they had bought a tool they used once. 20 households paid for
a two-month trial and 14 renewed.

## Risks
Tools may go missing: the app records who unlocks the shelf. If fewer than 10 households renew
in June, we stop.
";

pub fn idea() -> Idea {
    model::parse_str(IDEA).expect("the test idea parses")
}

/// The drafts are rendered once per test binary: analysing an idea in a debug
/// build is slow enough that rendering on every scripted answer adds seconds.
static DRAFTS: LazyLock<Vec<Document>> = LazyLock::new(|| render_drafts(&idea()));

/// The deterministic drafts of the test idea.
pub fn drafts(idea: &Idea) -> Vec<Document> {
    if idea.source == IDEA {
        return DRAFTS.clone();
    }
    render_drafts(idea)
}

fn render_drafts(idea: &Idea) -> Vec<Document> {
    let report = backwards_core::analyze::analyze(idea);
    let cx = RenderContext {
        idea,
        report: &report,
        generated_on: jiff::civil::date(2026, 11, 28),
    };
    render::render_all(&cx)
}

pub fn draft(kind: DocKind) -> String {
    drafts(&idea())
        .into_iter()
        .find(|d| d.kind == kind)
        .map(|d| d.markdown)
        .expect("every kind is rendered")
}

/// A sentence a "model" adds that contains no figure and no name, so a good
/// polish is visibly different from the draft yet passes the guard.
pub const TIDY: &str = "The details below are unchanged.";

/// A faithful rewrite: the draft with one harmless sentence after the title line.
pub fn good(kind: DocKind) -> String {
    let draft = draft(kind);
    let (title, rest) = draft.split_once('\n').expect("a title line");
    format!("{title}\n\n{TIDY}\n{rest}")
}

/// A rewrite that invents a percentage.
pub fn invented(kind: DocKind) -> String {
    good(kind).replace(TIDY, "It saves members 40% on tools.")
}

/// The tokens of a streamed answer: the text cut after every line (a token per
/// word makes thousands of chunks, which is slow in a debug build and tests nothing more).
pub fn answer(text: &str) -> Answer {
    let tokens: Vec<&str> = text.split_inclusive('\n').collect();
    Answer::new(&tokens)
}

/// Which document a request is about, from the instruction its template starts with.
pub fn kind_of(request: &Recorded) -> DocKind {
    let body = &request.body;
    if body.contains("Rewrite this press release") {
        DocKind::PressRelease
    } else if body.contains("Rewrite this FAQ") {
        DocKind::Faq
    } else if body.contains("Rewrite this product requirements document") {
        DocKind::Prd
    } else {
        DocKind::Verdict
    }
}

/// Whether a request is the retry that lists the guard's problems.
pub fn is_retry(request: &Recorded) -> bool {
    request.body.contains("Your rewrite cannot be used")
}

pub fn settings(protocol: Protocol, server: &TestServer) -> LlmSettings {
    let base = match protocol {
        Protocol::OpenAi => server.openai_base(),
        Protocol::Anthropic => server.anthropic_base(),
    };
    let mut settings =
        LlmSettings::new(protocol, base, "test-model").with_api_key(ApiKey::new(KEY));
    settings.retry.base_delay = Duration::from_millis(1);
    settings.retry.max_delay = Duration::from_millis(5);
    settings.timeouts.overall = Duration::from_secs(20);
    settings.timeouts.idle = Duration::from_secs(10);
    settings
}

pub fn client(protocol: Protocol, server: &TestServer) -> LlmClient {
    LlmClient::new(settings(protocol, server)).expect("a client")
}

/// A progress sink that keeps every event for the test to inspect.
pub fn recorder() -> (ProgressSink, Arc<Mutex<Vec<PolishProgress>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink_seen = Arc::clone(&seen);
    let sink: ProgressSink = Arc::new(move |p| sink_seen.lock().expect("lock").push(p));
    (sink, seen)
}

/// Good answers for every document, whatever the attempt.
pub fn all_good(request: &Recorded) -> Reply {
    Reply::Answer(answer(&good(kind_of(request))))
}
