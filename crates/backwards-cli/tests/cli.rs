//! End-to-end tests of the `backwards` binary: real process, real files in
//! temporary directories, real exit codes (the mdBook testsuite style).
//!
//! The idea files are written here, for these tests; none come from the
//! evaluation corpora.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use tempfile::TempDir;

const STRONG: &str = "\
---
name: Kiln Share
city: Leeds
launch: 2027-03-01
price: £6 per firing
---

# Kiln Share

Kiln Share lets hobby potters in Leeds book a shelf in a studio kiln near them, within a week.

## Customer
Hobby potters in Leeds who throw at home and have no kiln, about 900 people on the two clay
suppliers' mailing lists. It is not for professional studios, which own their kilns.

## Problem
Potters wait three weeks on average for a firing slot, and about one piece in five breaks on
the way to a studio. Today they queue at the one community studio or give up on glazing.

## Solution
A booking page that lists spare kiln shelves in six partner studios, with drop-off at a clay
supplier. A firing takes one week instead of three.

## Evidence
We interviewed 31 potters; 24 said the wait stopped them glazing. 40 potters paid £6 each to
book a shelf during a four-week trial, and 29 booked a second firing.

## Experience
Potters find Kiln Share at the clay supplier's counter, book a shelf online, drop their pieces
off and collect them a week later. They pay £6 per firing.

## Risks
Studios may not want strangers' pieces in their kilns: two studios already share shelves, and
we will start with them. If fewer than 20 potters book a second firing in March, we stop.
";

const WEAK: &str = "\
# Everything App

An app for everyone that makes life better.

## Customer
Everyone.
";

/// A temp directory with helpers to write files and run the binary in it.
struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("a temp dir for the test"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create parent");
        }
        fs::write(&path, contents).expect("write test file");
        path
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_backwards"));
        cmd.args(args)
            .current_dir(self.dir.path())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run backwards")
    }

    fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = self
            .cmd(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn backwards");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
            .expect("write stdin");
        child.wait_with_output().expect("wait for backwards")
    }

    fn files(&self, dir: &str) -> Vec<String> {
        let Ok(entries) = fs::read_dir(self.path(dir)) else {
            return Vec::new();
        };
        let mut names: Vec<String> = entries
            .map(|e| {
                e.expect("dir entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code (not a signal)")
}

// ---------------------------------------------------------------- help, version

#[test]
fn version_prints_the_crate_version() {
    let out = Sandbox::new().run(&["--version"]);
    assert_eq!(code(&out), 0);
    assert!(
        stdout(&out).contains(env!("CARGO_PKG_VERSION")),
        "{}",
        stdout(&out)
    );
}

#[test]
fn every_subcommand_help_has_examples() {
    let sandbox = Sandbox::new();
    for sub in ["verdict", "write", "new", "check", "eval"] {
        let out = sandbox.run(&[sub, "--help"]);
        assert_eq!(code(&out), 0, "{sub}");
        let help = stdout(&out);
        assert!(
            help.contains("Examples:"),
            "{sub} --help has no examples:\n{help}"
        );
        assert!(help.contains(&format!("backwards {sub}")), "{sub}:\n{help}");
    }
}

// ---------------------------------------------------------------- verdict

#[test]
fn verdict_text_shows_the_call_scores_and_so_what() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", STRONG);
    let out = sandbox.run(&["verdict", "idea.md"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Kiln Share: "), "{text}");
    for label in [
        "Customer clarity",
        "Problem sharpness",
        "Evidence strength",
        "Risk",
        "So what?",
    ] {
        assert!(text.contains(label), "missing {label}:\n{text}");
    }
    assert!(text.contains("level "), "{text}");
}

#[test]
fn verdict_json_has_the_documented_shape() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", STRONG);
    let out = sandbox.run(&["verdict", "idea.md", "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert!(json["schema_version"].is_u64(), "{json}");
    let verdict = json["verdict"].as_str().expect("verdict is a string");
    assert!(["go", "revise", "stop"].contains(&verdict), "{verdict}");
    for dimension in ["customer", "problem", "evidence", "risk"] {
        let score = &json["scores"][dimension];
        let points = score["score"].as_u64().expect("score is a number");
        let level = score["level"].as_u64().expect("level is a number");
        assert!(points <= 100, "{dimension}: {points}");
        assert!((1..=5).contains(&level), "{dimension}: {level}");
        assert!(score["signals"].is_array(), "{dimension}: {score}");
    }
}

#[test]
fn verdict_markdown_is_the_verdict_document() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", STRONG);
    let out = sandbox.run(&["verdict", "idea.md", "--format", "md"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).starts_with("# "), "{}", stdout(&out));
}

#[test]
fn verdict_text_is_plain_when_piped_and_under_no_color() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", STRONG);
    let piped = sandbox.run(&["verdict", "idea.md"]);
    assert!(
        !stdout(&piped).contains('\u{1b}'),
        "piped output has escapes"
    );

    // CLICOLOR_FORCE turns colour on for a pipe, which proves colour exists...
    let forced = sandbox
        .cmd(&["verdict", "idea.md"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("run");
    assert!(
        stdout(&forced).contains("\u{1b}["),
        "forced colour has no escapes"
    );

    // ...and NO_COLOR wins over it.
    let no_color = sandbox
        .cmd(&["verdict", "idea.md"])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    assert_eq!(code(&no_color), 0);
    assert!(
        !stdout(&no_color).contains('\u{1b}'),
        "NO_COLOR output has escapes"
    );
}

// ---------------------------------------------------------------- bad input

#[test]
fn bad_input_is_refused_with_path_and_line() {
    let sandbox = Sandbox::new();
    let cases: [(&str, &[u8], &str); 3] = [
        ("latin1.md", b"# Caf\xe9\n\nA caf\xe9.\n", "latin1.md:1: "),
        (
            "binary.md",
            b"# Tool\n\n\x00\x01\x02\x03 binary\n",
            "binary.md:3: ",
        ),
        (
            "front.md",
            b"---\nname: [unclosed\ncity: Leeds\n---\n# T\n",
            "front.md:",
        ),
    ];
    for (name, bytes, expected) in cases {
        sandbox.write(name, bytes);
        let out = sandbox.run(&["verdict", name]);
        assert_eq!(code(&out), 2, "{name}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
    let out = sandbox.run(&["verdict", "front.md"]);
    assert!(stderr(&out).contains("front matter"), "{}", stderr(&out));
}

#[test]
fn an_oversized_file_is_refused_with_its_real_size() {
    let sandbox = Sandbox::new();
    let mut big = STRONG.to_string();
    while big.len() <= 3 * 1024 * 1024 {
        big.push_str("More words about the customer, repeated to make the file large.\n");
    }
    sandbox.write("big.md", &big);
    let out = sandbox.run(&["verdict", "big.md"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("big.md: "), "{err}");
    assert!(
        err.contains(&big.len().to_string()),
        "real size missing: {err}"
    );
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let out = Sandbox::new().run(&["verdict", "nope.md"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("nope.md"), "{}", stderr(&out));
}

#[test]
fn write_with_bad_input_writes_nothing() {
    let sandbox = Sandbox::new();
    sandbox.write("bad.md", b"---\nname: x\n# never closed\n");
    sandbox.write("bin.md", b"\x7fELF\x02\x01\x01\x00\x00");
    for file in ["bad.md", "bin.md"] {
        let out = sandbox.run(&["write", file, "--out", "docs", "--format", "md,html,json"]);
        assert_eq!(code(&out), 2, "{file}: {}", stderr(&out));
        assert!(stderr(&out).contains(file), "{}", stderr(&out));
        assert!(!sandbox.path("docs").exists(), "{file}: docs/ was created");
    }
}

// ---------------------------------------------------------------- write

#[test]
fn write_creates_the_four_documents_by_default() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", STRONG);
    let out = sandbox.run(&["write", "idea.md", "--out", "docs", "--date", "2026-11-28"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        sandbox.files("docs"),
        ["faq.md", "prd.md", "press-release.md", "verdict.md"]
    );
}

#[test]
fn write_all_formats_gives_html_and_json_named_after_the_idea() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", STRONG);
    let args = [
        "write",
        "idea.md",
        "--out",
        "docs",
        "--format",
        "md,html,json",
    ];
    let out = sandbox.run(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        sandbox.files("docs"),
        [
            "faq.md",
            "kiln-share.html",
            "kiln-share.json",
            "prd.md",
            "press-release.md",
            "verdict.md"
        ]
    );
    let json: Value =
        serde_json::from_slice(&fs::read(sandbox.path("docs/kiln-share.json")).expect("json"))
            .expect("valid JSON");
    assert!(json["schema_version"].is_u64());
    assert!(json["documents"]["press_release"].is_string(), "{json}");
    let html = fs::read_to_string(sandbox.path("docs/kiln-share.html")).expect("html");
    assert!(html.to_lowercase().starts_with("<!doctype html>"), "{html}");
}

#[test]
fn write_never_overwrites_without_force_and_writes_nothing_if_one_exists() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", STRONG);
    sandbox.write("docs/prd.md", "my own PRD");
    let out = sandbox.run(&["write", "idea.md", "--out", "docs"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("prd.md"), "{}", stderr(&out));
    assert_eq!(
        sandbox.files("docs"),
        ["prd.md"],
        "other files were written"
    );
    assert_eq!(
        fs::read_to_string(sandbox.path("docs/prd.md")).expect("read"),
        "my own PRD"
    );

    let out = sandbox.run(&["write", "idea.md", "--out", "docs", "--force"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(sandbox.files("docs").len(), 4);
    assert_ne!(
        fs::read_to_string(sandbox.path("docs/prd.md")).expect("read"),
        "my own PRD"
    );
}

#[test]
fn write_with_a_fixed_date_is_byte_identical() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", STRONG);
    for dir in ["a", "b"] {
        let args = [
            "write",
            "idea.md",
            "--out",
            dir,
            "--format",
            "md,json,html",
            "--date",
            "2027-01-15",
        ];
        assert_eq!(code(&sandbox.run(&args)), 0);
    }
    for name in sandbox.files("a") {
        let a = fs::read(sandbox.path(&format!("a/{name}"))).expect("a");
        let b = fs::read(sandbox.path(&format!("b/{name}"))).expect("b");
        assert_eq!(a, b, "{name} differs between runs");
    }
}

// ---------------------------------------------------------------- check

#[test]
fn check_prints_one_line_per_file_and_passes_at_the_default_minimum() {
    let sandbox = Sandbox::new();
    sandbox.write("a.md", STRONG);
    sandbox.write("b.md", STRONG);
    let out = sandbox.run(&["check", "a.md", "b.md"]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("a.md: "), "{text}");
    assert!(
        lines[0].contains("customer ") && lines[0].contains("risk "),
        "{text}"
    );
}

#[test]
fn check_exits_1_when_a_verdict_is_below_the_minimum() {
    let sandbox = Sandbox::new();
    sandbox.write("strong.md", STRONG);
    sandbox.write("weak.md", WEAK);
    let out = sandbox.run(&["check", "strong.md", "weak.md", "--min", "go"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(stdout(&out).contains("weak.md: "), "{}", stdout(&out));
}

#[test]
fn check_exits_1_when_a_weak_idea_is_a_stop() {
    let sandbox = Sandbox::new();
    sandbox.write("weak.md", WEAK);
    let out = sandbox.run(&["check", "weak.md"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(stdout(&out).contains("weak.md: stop"), "{}", stdout(&out));
}

#[test]
fn check_exits_2_on_bad_input_and_still_reports_the_other_files() {
    let sandbox = Sandbox::new();
    sandbox.write("good.md", STRONG);
    sandbox.write("bad.md", b"# Ok\n\nfine\n\xff\n");
    let out = sandbox.run(&["check", "bad.md", "good.md"]);
    assert_eq!(code(&out), 2);
    let text = stdout(&out);
    assert!(text.contains("bad.md:4: "), "{text}");
    assert!(text.contains("good.md: "), "{text}");
}

// ---------------------------------------------------------------- eval

fn labelled_corpus(sandbox: &Sandbox, labels: &str) {
    sandbox.write("corpus/strong.md", STRONG);
    sandbox.write("corpus/weak.md", WEAK);
    let variant = STRONG.replace(
        "We interviewed 31 potters; 24 said the wait stopped them glazing. 40 potters paid £6 each to\n\
         book a shelf during a four-week trial, and 29 booked a second firing.",
        "We think potters would like it.",
    );
    assert_ne!(variant, STRONG, "the variant must differ");
    sandbox.write("corpus/strong--thin-evidence.md", variant);
    sandbox.write("corpus/labels.json", labels);
}

const LABELS: &str = r#"{
  "ideas": [
    {"file": "strong.md", "customer": 5, "problem": 4, "evidence": 5, "risk": 2, "verdict": "go"},
    {"file": "weak.md", "customer": 1, "problem": 1, "evidence": 1, "risk": 5, "verdict": "stop"},
    {"file": "strong--thin-evidence.md", "customer": 5, "problem": 4, "evidence": 1, "risk": 2, "verdict": "revise"}
  ],
  "pairs": [
    {"base": "strong.md", "variant": "strong--thin-evidence.md", "dimension": "evidence"}
  ]
}"#;

#[test]
fn eval_prints_agreement_per_dimension_verdict_accuracy_and_pairs() {
    let sandbox = Sandbox::new();
    labelled_corpus(&sandbox, LABELS);
    let out = sandbox.run(&["eval", "corpus"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("spearman") && text.contains("within-one"),
        "{text}"
    );
    for dimension in ["customer", "problem", "evidence", "risk"] {
        assert!(
            text.lines().any(|l| l.starts_with(dimension)),
            "{dimension}:\n{text}"
        );
    }
    assert!(text.contains("verdict accuracy: "), "{text}");
    let pair = text
        .lines()
        .find(|l| l.contains("strong--thin-evidence.md"))
        .unwrap_or_else(|| panic!("no pair line:\n{text}"));
    assert!(pair.ends_with("OK") || pair.ends_with("FAIL"), "{pair}");
}

#[test]
fn eval_ideas_lists_every_labelled_idea() {
    let sandbox = Sandbox::new();
    labelled_corpus(&sandbox, LABELS);
    let out = sandbox.run(&["eval", "corpus", "--ideas"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    for file in ["strong.md", "weak.md", "strong--thin-evidence.md"] {
        assert!(
            text.lines().any(|l| l.trim_start().starts_with(file)),
            "{file}:\n{text}"
        );
    }
}

#[test]
fn eval_strict_exits_1_when_the_labels_disagree_with_the_verdicts() {
    // Labels turned upside down: the strong idea labelled as hopeless and the
    // weak one as perfect, so no honest scorer can meet the bars.
    let upside_down = r#"{
      "ideas": [
        {"file": "strong.md", "customer": 1, "problem": 1, "evidence": 1, "risk": 5, "verdict": "stop"},
        {"file": "weak.md", "customer": 5, "problem": 5, "evidence": 5, "risk": 1, "verdict": "go"}
      ],
      "pairs": []
    }"#;
    let sandbox = Sandbox::new();
    labelled_corpus(&sandbox, upside_down);
    let out = sandbox.run(&["eval", "corpus"]);
    assert_eq!(
        code(&out),
        0,
        "without --strict the figures are only reported"
    );
    let out = sandbox.run(&["eval", "corpus", "--strict"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
}

#[test]
fn eval_fails_when_a_named_file_does_not_parse() {
    let sandbox = Sandbox::new();
    labelled_corpus(&sandbox, &LABELS.replace("weak.md", "broken.md"));
    sandbox.write("corpus/broken.md", b"---\nname: [\n---\n");
    let out = sandbox.run(&["eval", "corpus"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("broken.md:"), "{}", stderr(&out));
}

#[test]
fn eval_facts_prints_one_json_line_per_idea_with_the_facts_its_levels_came_from() {
    let sandbox = Sandbox::new();
    labelled_corpus(&sandbox, LABELS);
    let out = sandbox.run(&["eval", "corpus", "--facts"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let files: Vec<&str> = lines.iter().filter_map(|l| l["file"].as_str()).collect();
    assert_eq!(files, ["strong--thin-evidence.md", "strong.md", "weak.md"]);
    let line = |file: &str| {
        lines
            .iter()
            .find(|l| l["file"] == file)
            .unwrap_or_else(|| panic!("no line for {file}"))
    };
    // The labels travel with the line, and `given` is what `verdict` gives.
    assert_eq!(line("weak.md")["label"]["verdict"], "stop");
    let verdict = sandbox.run(&["verdict", "corpus/weak.md", "--format", "json"]);
    let report: Value = serde_json::from_slice(&verdict.stdout).expect("verdict JSON");
    assert_eq!(line("weak.md")["given"]["verdict"], report["verdict"]);
    assert_eq!(
        line("weak.md")["given"]["customer"],
        report["scores"]["customer"]["level"]
    );
    // The facts are read from each idea: "Everyone." is the universal
    // customer, and the variant that swaps its commitments for a belief
    // stands on a lower rung of the evidence ladder than its base.
    assert_eq!(line("weak.md")["facts"]["customer"]["universal"], true);
    assert_eq!(line("strong.md")["facts"]["customer"]["universal"], false);
    let rung = |file: &str| line(file)["facts"]["evidence"]["rung"].as_u64();
    assert!(
        rung("strong--thin-evidence.md") < rung("strong.md"),
        "{:?} vs {:?}",
        rung("strong--thin-evidence.md"),
        rung("strong.md")
    );
    assert!(line("weak.md")["facts"]["risk"]["open"].is_array());
}

#[test]
fn eval_facts_is_not_a_pass_or_fail_and_refuses_strict() {
    let sandbox = Sandbox::new();
    labelled_corpus(&sandbox, LABELS);
    let out = sandbox.run(&["eval", "corpus", "--facts", "--strict"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--strict"), "{}", stderr(&out));
}

#[test]
fn eval_without_labels_is_an_error() {
    let sandbox = Sandbox::new();
    fs::create_dir_all(sandbox.path("empty")).expect("mkdir");
    let out = sandbox.run(&["eval", "empty"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("labels.json"), "{}", stderr(&out));
}

// ---------------------------------------------------------------- new

const ANSWERS: &str = "\
Kiln Share
Kiln Share lets hobby potters book a shelf in a studio kiln near them.

Small businesses.

?

A booking page for spare kiln shelves.

We think potters would like it.

Potters book online and pay per firing.

I don't know
";

#[test]
fn new_runs_the_wizard_from_piped_answers_writes_the_idea_and_prints_the_verdict() {
    let sandbox = Sandbox::new();
    let out = sandbox.run_with_stdin(&["new", "idea.md"], ANSWERS);
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    let shown = stdout(&out);
    assert!(shown.contains("Step 7 of 7"), "{shown}");
    assert!(shown.contains("Example: "), "{shown}");
    assert!(
        shown.contains("Customer clarity"),
        "coaching or verdict missing:\n{shown}"
    );
    assert!(shown.contains("So what?"), "verdict missing:\n{shown}");
    let idea = fs::read_to_string(sandbox.path("idea.md")).expect("idea written");
    assert!(idea.starts_with("# Kiln Share\n"), "{idea}");
    assert!(idea.contains("## Customer\n\nSmall businesses."), "{idea}");
    assert!(idea.contains("## Problem\n\nI don't know yet."), "{idea}");
    assert!(idea.contains("## Risks\n\nI don't know yet."), "{idea}");
    // The file it wrote is a valid idea.
    assert_eq!(code(&sandbox.run(&["verdict", "idea.md"])), 0);
}

#[test]
fn new_names_the_file_after_the_idea_when_none_is_given() {
    let sandbox = Sandbox::new();
    let out = sandbox.run_with_stdin(&["new"], ANSWERS);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(sandbox.path("kiln-share.md").exists());
}

#[test]
fn new_does_not_overwrite_without_confirmation() {
    let sandbox = Sandbox::new();
    sandbox.write("idea.md", "mine");
    let out = sandbox.run_with_stdin(&["new", "idea.md"], &format!("{ANSWERS}\nn\n"));
    assert_eq!(code(&out), 2);
    assert_eq!(
        fs::read_to_string(sandbox.path("idea.md")).expect("read"),
        "mine"
    );
    assert!(stdout(&out).contains("# Kiln Share"), "answers not shown");

    let out = sandbox.run_with_stdin(&["new", "idea.md"], &format!("{ANSWERS}\ny\n"));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        fs::read_to_string(sandbox.path("idea.md"))
            .expect("read")
            .starts_with("# Kiln")
    );
}

#[test]
fn new_with_input_ending_early_writes_nothing() {
    let sandbox = Sandbox::new();
    let out = sandbox.run_with_stdin(&["new", "idea.md"], "Kiln Share\nA pitch.\n\n");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("nothing was written"),
        "{}",
        stderr(&out)
    );
    assert!(!Path::new(&sandbox.path("idea.md")).exists());
}
