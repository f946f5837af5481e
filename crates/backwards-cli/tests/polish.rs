//! `backwards write --polish`, `--second-opinion` and `backwards doctor`, run as
//! real processes against the scripted loopback server (started on its own
//! runtime, since the test drives a child process).
//!
//! Every child gets a clean environment for the model settings, so a developer's
//! own OPENAI_API_KEY or config file can neither make a test pass nor leak in.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use backwards_testkit::{Answer, BackgroundServer, Recorded, Reply};
use tempfile::TempDir;

const KEY: &str = "sk-cli-polish-test-0123456789";

const IDEA: &str = "\
---
name: Bench Time
city: Sheffield
launch: 2027-04-05
---

# Bench Time

Bench Time lets woodworkers in Sheffield rent an hour at a fully equipped bench in a shared
workshop, booked from their phone.

## Customer
Hobby woodworkers in Sheffield flats with no room for a workbench, about 400 people in the
two local woodworking clubs. Not for professional joiners, who have their own shops.

## Problem
Members wait for the one club night a week, and most projects stall for months. Today they
saw on balconies or give up.

## Solution
A booking app for hourly bench slots in two partner workshops, with tools included.

## Evidence
We asked 35 club members; 27 said they would book weekly. 12 paid for a month of bench time.

## Risks
Tools may be damaged: members pass a short induction first. If fewer than 8 members book
again in May, we stop.
";

/// A polite sentence with no figures and no names, which a good polish adds.
const TIDY: &str = "The details below are unchanged.";

/// LLM-related variables a developer may have set; removed from every child.
const LLM_VARS: &[&str] = &[
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "ANTHROPIC_API_KEY",
    "ANTHROPIC_BASE_URL",
    "OPENROUTER_API_KEY",
    "BACKWARDS_PROVIDER",
    "BACKWARDS_MODEL",
    "BACKWARDS_BASE_URL",
    "BACKWARDS_API_KEY",
];

struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temp dir");
        fs::write(dir.path().join("idea.md"), IDEA).expect("write the idea");
        Self { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_backwards"));
        cmd.current_dir(self.path())
            .args(args)
            // No user config file: XDG_CONFIG_HOME points into the sandbox.
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("NO_COLOR", "1");
        for var in LLM_VARS {
            cmd.env_remove(var);
        }
        for (name, value) in env {
            cmd.env(name, value);
        }
        cmd.output().expect("run the backwards binary")
    }

    fn file(&self, name: &str) -> String {
        fs::read_to_string(self.path().join("out").join(name)).unwrap_or_default()
    }

    /// Every file under the sandbox, as text.
    fn all_files(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut dirs = vec![self.path().to_path_buf()];
        while let Some(dir) = dirs.pop() {
            for entry in fs::read_dir(&dir).expect("list").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    let text =
                        String::from_utf8_lossy(&fs::read(&path).expect("read")).into_owned();
                    out.push((path.display().to_string(), text));
                }
            }
        }
        out
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The model: a faithful rewrite of every draft, except that the press release
/// invents a percentage, on the first try and on the retry.
fn model(request: &Recorded) -> Reply {
    let draft = request.tagged("draft");
    if draft.is_empty() {
        // The second opinion (or a doctor probe) carries no draft.
        return Reply::Answer(Answer::new(&[
            "The board likes the customer. ",
            "Evidence is thin.",
        ]));
    }
    let (title, rest) = draft.split_once('\n').unwrap_or((&draft, ""));
    let body = if request.body.contains("Rewrite this press release") {
        "It saves members 40% on tools."
    } else {
        TIDY
    };
    let answer = format!("{title}\n\n{body}\n{rest}\n");
    let tokens: Vec<&str> = answer.split_inclusive('\n').collect();
    Reply::Answer(Answer::new(&tokens))
}

fn polish_args(base_url: &str) -> Vec<String> {
    [
        "write",
        "idea.md",
        "--out",
        "out",
        "--date",
        "2027-01-15",
        "--polish",
        "--second-opinion",
        "--provider",
        "compatible",
        "--model",
        "test-model",
        "--base-url",
        base_url,
    ]
    .map(str::to_owned)
    .to_vec()
}

#[test]
fn polish_writes_guarded_documents_and_reports_kept_drafts() {
    let server = BackgroundServer::routed(model);
    let sandbox = Sandbox::new();
    let args = polish_args(&server.server().openai_base());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = sandbox.run(&args, &[("BACKWARDS_API_KEY", KEY)]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "stdout:\n{stdout}\nstderr:\n{stderr}");

    let faq = sandbox.file("faq.md");
    assert!(faq.contains(TIDY), "the FAQ is polished:\n{faq}");
    assert!(faq.contains("Polished by a language model (test-model)"));
    assert!(sandbox.file("prd.md").contains(TIDY));
    let press = sandbox.file("press-release.md");
    assert!(
        !press.contains("40%"),
        "the invented figure never reaches the file"
    );
    assert!(!press.contains(TIDY) && press.starts_with("# "), "{press}");
    let verdict = sandbox.file("verdict.md");
    assert!(!verdict.is_empty() && !verdict.contains("Polished by"));

    assert!(stderr.contains("polished faq.md"), "{stderr}");
    assert!(
        stderr.contains("press-release.md: kept the draft: the model wrote the percentage '40%'"),
        "{stderr}"
    );
    assert!(stderr.contains("model test-model: "), "{stderr}");
    assert!(stderr.contains("tokens in"), "{stderr}");
    assert!(stdout.contains("wrote "), "{stdout}");
    assert!(
        stdout.contains("written by a language model (test-model)"),
        "{stdout}"
    );
    assert!(stdout.contains("The board likes the customer."), "{stdout}");

    // The key went out on the wire, and nowhere else.
    let requests = server.server().requests();
    assert!(
        requests
            .iter()
            .any(|r| r.header("authorization").is_some_and(|v| v.contains(KEY)))
    );
    assert!(!stdout.contains(KEY) && !stderr.contains(KEY));
    for (path, contents) in sandbox.all_files() {
        assert!(!contents.contains(KEY), "{path} contains the key");
    }
}

#[test]
fn polish_without_a_provider_says_how_to_configure_and_writes_nothing() {
    let sandbox = Sandbox::new();
    let out = sandbox.run(&["write", "idea.md", "--out", "out", "--polish"], &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("No LLM provider is configured"), "{stderr}");
    assert!(stderr.contains("backwards doctor"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!sandbox.path().join("out").exists(), "nothing is written");

    let plain = sandbox.run(&["write", "idea.md", "--out", "out"], &[]);
    assert!(plain.status.success(), "{}", text(&plain.stderr));
    assert!(sandbox.file("faq.md").starts_with("# FAQ: Bench Time"));
}

#[test]
fn polish_reads_the_config_file() {
    let server = BackgroundServer::routed(model);
    let sandbox = Sandbox::new();
    let config = sandbox.path().join("config").join("backwards");
    fs::create_dir_all(&config).expect("config dir");
    fs::write(
        config.join("config.toml"),
        format!(
            "[llm]\nprovider = \"compatible\"\nmodel = \"from-config\"\nbase_url = \"{}\"\n",
            server.server().openai_base()
        ),
    )
    .expect("write config");
    let out = sandbox.run(&["write", "idea.md", "--out", "out", "--polish"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        sandbox
            .file("prd.md")
            .contains("Polished by a language model (from-config)")
    );
}

#[test]
fn doctor_reports_the_model_and_never_the_key() {
    let server = BackgroundServer::routed(|r: &Recorded| {
        if r.path.ends_with("/models") {
            Reply::Json(r#"{"data":[{"id":"test-model"}]}"#.to_owned())
        } else {
            Reply::error(404, "no such route")
        }
    });
    let sandbox = Sandbox::new();
    let base = server.server().openai_base();
    let out = sandbox.run(
        &[
            "doctor",
            "--provider",
            "compatible",
            "--model",
            "test-model",
            "--base-url",
            &base,
        ],
        &[("BACKWARDS_API_KEY", KEY)],
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("model:     test-model"), "{stdout}");
    assert!(
        stdout.contains("API key:   set (from env BACKWARDS_API_KEY)"),
        "{stdout}"
    );
    assert!(stdout.contains("answers"), "{stdout}");
    assert!(!stdout.contains(KEY));
}

#[test]
fn doctor_fails_when_the_model_does_not_answer() {
    let server = BackgroundServer::routed(|_: &Recorded| Reply::error(401, "bad key"));
    let sandbox = Sandbox::new();
    let base = server.server().openai_base();
    let out = sandbox.run(
        &[
            "doctor",
            "--provider",
            "compatible",
            "--model",
            "m",
            "--base-url",
            &base,
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stdout).contains("FAILED"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn doctor_without_a_provider_explains_how_to_configure() {
    let out = Sandbox::new().run(&["doctor"], &[]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("No LLM provider is configured"));
}
