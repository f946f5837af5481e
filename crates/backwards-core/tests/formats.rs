//! The output formats: the Verdict Markdown, the JSON schema, the SVG and
//! the self-contained HTML page.
//!
//! The snapshots use a fixed idea and a hand-built [`Report`], not the live
//! analyzers: they pin the *formats*, so a change in scoring never churns
//! them, and a change in a format always shows up in review.

use backwards_core::analyze::{
    self, Call, Dimension, DimensionScore, Finding, Gap, Improvement, Report, Scorecard, Severity,
    Signal, SoWhat, Span,
};
use backwards_core::model::{self, Idea, Step};
use backwards_core::render::{self, DocKind, Document, RenderContext, html, json, svg, verdict};

/// A small idea with front matter, every kind of section and a note.
const IDEA: &str = "\
---
name: Rota Relief
city: Leeds
launch: 2027-09-01
---
# Rota Relief

Shift swaps for hospital wards, agreed in minutes instead of days.

## Customer
Nurse managers on NHS wards in England, about 6,400 such wards.
Not for agency staff.

## Problem
Each manager spends 3 hours a week on swap requests | by phone.

## Solution
Nurses post a swap; the app checks the rules; the manager taps approve.

## Evidence
We interviewed 14 managers; 9 paid a £50 deposit.

## Risks
Trusts may block new apps.

## Team
Two former ward managers and one developer.
";

fn idea() -> Idea {
    model::parse(IDEA.as_bytes()).expect("the fixture idea parses")
}

fn signal(rule: &str, effect: i16, quote: &str, step: Step, line: usize, message: &str) -> Signal {
    Signal {
        rule: rule.into(),
        effect,
        quote: quote.into(),
        step,
        line,
        message: message.into(),
    }
}

fn dimension(
    dimension: Dimension,
    score: u8,
    reading: &str,
    signals: Vec<Signal>,
) -> DimensionScore {
    DimensionScore {
        dimension,
        score,
        level: analyze::level_of(score),
        reading: reading.into(),
        signals,
    }
}

/// A report as the scorer might write it, fixed so the snapshots only
/// change when a format does.
fn report() -> Report {
    Report {
        call: Call::Revise,
        reason: "The customer and problem are sharp, but the risks have no mitigation yet.".into(),
        scores: Scorecard {
            customer: dimension(
                Dimension::Customer,
                84,
                "A counted segment with a clear exclusion.",
                vec![
                    signal(
                        "customer-count",
                        20,
                        "about 6,400 such wards",
                        Step::Customer,
                        11,
                        "The segment is counted.",
                    ),
                    signal(
                        "customer-exclusion",
                        10,
                        "Not for agency staff.",
                        Step::Customer,
                        12,
                        "Says who is not the customer.",
                    ),
                ],
            ),
            problem: dimension(
                Dimension::Problem,
                66,
                "A quantified pain with a workaround, but no urgency.",
                vec![
                    signal(
                        "problem-frequency",
                        15,
                        "3 hours a week",
                        Step::Problem,
                        15,
                        "The pain has a frequency.",
                    ),
                    signal(
                        "problem-urgency",
                        -10,
                        "",
                        Step::Problem,
                        0,
                        "Nothing says why it is urgent now.",
                    ),
                ],
            ),
            evidence: dimension(
                Dimension::Evidence,
                82,
                "Commitments: deposits from customers.",
                vec![signal(
                    "evidence-commitment",
                    30,
                    "9 paid a £50 deposit",
                    Step::Evidence,
                    21,
                    "Customers paid.",
                )],
            ),
            risk: dimension(
                Dimension::Risk,
                52,
                "A third party can say no, and nothing mitigates it.",
                vec![
                    signal(
                        "risk-gatekeeper",
                        20,
                        "Trusts may block new apps",
                        Step::Risks,
                        24,
                        "A third party can say no.",
                    ),
                    signal(
                        "risk-mitigation",
                        -5,
                        "one developer",
                        Step::Risks,
                        27,
                        "A small first step.",
                    ),
                ],
            ),
        },
        so_what: SoWhat {
            passes: true,
            reading: "Swaps are agreed in minutes instead of days.".into(),
            quote: Some(signal(
                "so-what-faster",
                0,
                "in minutes instead of days",
                Step::Pitch,
                8,
                "Faster than today.",
            )),
        },
        improvements: vec![
            Improvement {
                dimension: Some(Dimension::Risk),
                change: "Name how you will get past a trust that blocks new apps.".into(),
                why: "An unmitigated gatekeeper keeps risk at level 3.".into(),
            },
            Improvement {
                dimension: None,
                change: "Add a launch plan to the Experience section.".into(),
                why: String::new(),
            },
        ],
        gaps: vec![Gap {
            step: Step::Experience,
            question: "What does the customer see and do?".into(),
        }],
        findings: vec![Finding {
            rule: "hedge".into(),
            severity: Severity::Warning,
            span: Some(Span {
                step: Some(Step::Risks),
                line: 24,
                start: 0,
                end: 3,
                text: "may".into(),
            }),
            message: "“may” hedges: the reader cannot tell whether it is true.".into(),
            hint: "Say what you know, or name it as an open question and how you will find out."
                .into(),
        }],
    }
}

fn documents() -> Vec<Document> {
    let doc = |kind, title: &str, markdown: &str| Document {
        kind,
        title: title.into(),
        markdown: markdown.into(),
    };
    vec![
        doc(
            DocKind::PressRelease,
            "Press release",
            "# Rota Relief launches\n\n## Summary\n\nLEEDS: shift swaps in minutes.\n",
        ),
        doc(
            DocKind::Faq,
            "FAQ",
            "# FAQ\n\n## External FAQ\n\n### What does it cost?\n\n**Not answered yet:** no price.\n",
        ),
        doc(
            DocKind::Prd,
            "PRD",
            "# PRD\n\n## Requirements\n\n| ID | Requirement |\n|---|---|\n| R1 | Post a swap |\n",
        ),
    ]
}

#[test]
fn verdict_markdown_snapshot() {
    insta::assert_snapshot!("verdict_md", verdict::markdown(&idea(), &report()));
}

#[test]
fn verdict_quotes_words_with_their_line_and_sorts_holds_from_breaks() {
    let md = verdict::markdown(&idea(), &report());
    assert!(
        md.starts_with("# Verdict: Rota Relief\n\n**Revise.** The customer and problem"),
        "{md}"
    );
    assert!(
        md.contains("| Risk (higher = riskier) | 52/100 | 3 of 5 |"),
        "{md}"
    );
    let risk = &md[md.find("## Risk").expect("risk section")..];
    let holds = &risk[risk.find("### Where it holds").expect("holds")
        ..risk.find("### Where it breaks").expect("breaks")];
    assert!(
        holds.contains("line 27 (Risks): “one developer” — A small first step. (−5 risk)"),
        "{risk}"
    );
    assert!(risk.contains(
        "line 24 (Risks): “Trusts may block new apps” — A third party can say no. (+20 risk)"
    ));
    assert!(md.contains("- Not in the idea: Nothing says why it is urgent now. (−10 points)"));
    assert!(md.contains(
        "1. **Name how you will get past a trust that blocks new apps.** An unmitigated"
    ));
    assert!(
        md.contains("“Team” (line 26): Two former ward managers and one developer."),
        "{md}"
    );
    assert!(md.ends_with(".\n") && !md.contains("\n\n\n"), "{md:?}");
}

#[test]
fn verdict_escapes_idea_text() {
    let mut report = report();
    report.scores.problem.signals[0].quote = "a | b <script>x</script> [l](javascript:y)".into();
    let md = verdict::markdown(&idea(), &report);
    assert!(
        md.contains("a \\| b \\<script\\>x\\</script\\> \\[l\\](javascript:y)"),
        "{md}"
    );
}

#[test]
fn json_snapshot_of_a_fixed_idea() {
    insta::assert_snapshot!("verdict_json", json::render(&idea(), &report()));
}

#[test]
fn json_has_the_documented_shape_and_round_trips() {
    let text = json::render(&idea(), &report());
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["schema_version"], json::SCHEMA_VERSION);
    assert_eq!(value["verdict"], "revise");
    for (key, higher_is_better) in [
        ("customer", true),
        ("problem", true),
        ("evidence", true),
        ("risk", false),
    ] {
        let d = &value["scores"][key];
        assert!(d["score"].as_u64().is_some_and(|s| s <= 100), "{key}");
        assert!(
            d["level"].as_u64().is_some_and(|l| (1..=5).contains(&l)),
            "{key}"
        );
        assert_eq!(d["higher_is_better"], higher_is_better, "{key}");
    }
    let first = &value["scores"]["customer"]["signals"][0];
    for field in ["rule", "effect", "quote", "step", "line", "message"] {
        assert!(!first[field].is_null(), "signal field {field}");
    }
    assert!(
        value.get("documents").is_none(),
        "documents only on request"
    );
    let back: json::Verdict =
        serde_json::from_str(&text).expect("reads back into the schema types");
    assert_eq!(back, json::verdict(&idea(), &report()));
}

#[test]
fn json_with_documents_carries_all_four() {
    let v = json::with_documents(&idea(), &report(), &documents());
    let docs = v.documents.expect("documents present");
    assert!(docs.verdict.starts_with("# Verdict: Rota Relief"));
    assert!(docs.press_release.starts_with("# Rota Relief launches"));
    assert!(docs.faq.contains("Not answered yet"));
    assert!(docs.prd.contains("| R1 |"));
}

#[test]
fn svg_snapshot() {
    insta::assert_snapshot!("scores_svg", svg::render(&report(), "Rota Relief"));
}

#[test]
fn html_page_holds_everything_and_loads_nothing() {
    let page = html::render(&idea(), &report(), &documents());
    for needle in [
        "<!DOCTYPE html>",
        "<nav class=\"toc\"",
        "<a href=\"#verdict\">Verdict</a>",
        "<a href=\"#faq-external-faq\">External FAQ</a>",
        "<article id=\"press-release\"",
        "<svg xmlns",
        "@media print",
        "name=\"viewport\"",
        "<table>",
    ] {
        assert!(page.contains(needle), "missing {needle}");
    }
    let verdict_at = page.find("<article id=\"verdict\"").expect("verdict");
    let prd_at = page.find("<article id=\"prd\"").expect("prd");
    assert!(
        verdict_at < page.find("<svg").expect("svg") && page.find("<svg").expect("svg") < prd_at
    );
    for external in ["src=", "<link", "<script", "@import", "url("] {
        assert!(!page.contains(external), "page references {external}");
    }
    assert_eq!(
        page,
        html::render(&idea(), &report(), &documents()),
        "deterministic"
    );
}

/// An idea written to attack the page: every trick must come out inert.
const HOSTILE: &str = r#"---
name: "<script>alert('name')</script>"
---
# <img src=x onerror=alert(1)>

Pitch with <script>alert(1)</script> and [click](javascript:alert(2)).

## Customer
"><img src=x onerror=alert(3)> managers. <a href="javascript:alert(4)" onclick="alert(5)">x</a>

## Problem
[tab](java	script:alert(6)) [entity](&#106;avascript:alert(7)) ![img](javascript:alert(8))
<svg onload=alert(9)></svg>

## Solution
<iframe src="https://evil.example"></iframe> <style>body{display:none}</style>

## Risks
<details open ontoggle=alert(10)>
"#;

#[test]
fn hostile_idea_renders_inert() {
    let idea = model::parse(HOSTILE.as_bytes()).expect("hostile idea still parses");
    let report = analyze::analyze(&idea);
    let cx = RenderContext {
        idea: &idea,
        report: &report,
        generated_on: jiff::civil::date(2027, 1, 4),
    };
    let mut docs = render::render_all(&cx);
    docs.retain(|d| d.kind != DocKind::Verdict);
    docs.push(verdict::render(&cx));
    let page = html::render(&idea, &report, &docs);
    let lower = page.to_lowercase();
    assert!(!lower.contains("<script"), "script tag in page");
    for tag in [
        "<img",
        "<iframe",
        "<details",
        "<a href=\"java",
        "<svg onload",
    ] {
        assert!(!lower.contains(tag), "{tag} in page");
    }
    // No attribute anywhere starts an event handler or a javascript: URL.
    let handler = regex::Regex::new(r#"(?i)<[^>]*\son[a-z]+\s*="#).expect("constant regex");
    assert!(
        !handler.is_match(&page),
        "event handler attribute: {:?}",
        handler.find(&page)
    );
    let js_url = regex::Regex::new(
        r#"(?i)(href|src|action|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript):"#,
    )
    .expect("constant regex");
    assert!(
        !js_url.is_match(&page),
        "script URL: {:?}",
        js_url.find(&page)
    );
    // Exactly one <style> element: ours; the idea's became text.
    assert_eq!(lower.matches("<style").count(), 1);
    // The text is still there for the reader to see, escaped.
    assert!(page.contains("&lt;script&gt;"), "escaped text kept");
}
