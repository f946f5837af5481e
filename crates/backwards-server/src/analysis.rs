//! Running the core on an idea file: verdict, documents, and what a save
//! stores. Pure: the date and time come in as arguments.

use backwards_core::analyze::{self, Report};
use backwards_core::model::{self, Idea, ParseError};
use backwards_core::render::{self, DocKind, Document, RenderContext, json, svg};
use backwards_store::{NewVersion, Scores};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::Offset;

/// An idea file with its analysis and its four documents.
pub(crate) struct Analysis {
    /// The idea file, verbatim.
    pub markdown: String,
    /// The parsed idea.
    pub idea: Idea,
    /// The verdict.
    pub report: Report,
    /// Verdict, press release, FAQ and PRD, in reading order.
    pub documents: Vec<Document>,
    /// The date the documents carry; the PDF and DOCX title blocks print it too.
    pub generated_on: Date,
}

impl Analysis {
    /// Parses, analyzes and writes the documents, dated `generated_on`.
    pub fn of(markdown: &str, generated_on: Date) -> Result<Analysis, ParseError> {
        let idea = model::parse_str(markdown)?;
        let report = analyze::analyze(&idea);
        let documents = render::render_all(&RenderContext {
            idea: &idea,
            report: &report,
            generated_on,
        });
        Ok(Analysis {
            markdown: markdown.to_string(),
            idea,
            report,
            documents,
            generated_on,
        })
    }

    /// One document.
    pub fn document(&self, kind: DocKind) -> Option<&Document> {
        self.documents.iter().find(|d| d.kind == kind)
    }

    /// The verdict JSON (the core's versioned schema, with the documents).
    pub fn json(&self) -> String {
        json::to_string(&json::with_documents(
            &self.idea,
            &self.report,
            &self.documents,
        ))
    }

    /// The verdict JSON without documents: what a version stores.
    pub fn verdict_json(&self) -> String {
        json::render(&self.idea, &self.report)
    }

    /// The core's self-contained HTML page.
    pub fn html_page(&self) -> String {
        render::html::render(&self.idea, &self.report, &self.documents)
    }

    /// The four scores as the core's SVG (escaped by the core).
    pub fn svg(&self) -> String {
        svg::render(&self.report, self.idea.name())
    }

    /// What saving this analysis as a new version records.
    pub fn new_version(&self, note: &str, now_ms: i64) -> NewVersion {
        let s = &self.report.scores;
        NewVersion {
            title: Some(self.idea.name().to_string()),
            markdown: self.markdown.clone(),
            verdict_json: self.verdict_json(),
            scores: Scores {
                customer: i64::from(s.customer.score),
                problem: i64::from(s.problem.score),
                evidence: i64::from(s.evidence.score),
                risk: i64::from(s.risk.score),
            },
            call: self.report.call.id().to_string(),
            note: note.to_string(),
            created_at_ms: now_ms,
        }
    }
}

/// The UTC calendar day of a unix-ms instant: the date documents of a
/// version carry, so re-rendering an old version gives the same text.
pub(crate) fn day_of(ms: i64) -> Date {
    let at = Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH);
    Offset::UTC.to_datetime(at).date()
}

/// Parses a document kind from its slug (`press-release`).
pub(crate) fn kind_of(slug: &str) -> Option<DocKind> {
    DocKind::ALL.into_iter().find(|k| k.slug() == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_carries_the_scores_and_call_of_its_analysis() {
        let day = day_of(1_767_225_600_000);
        assert_eq!(day.to_string(), "2026-01-01");
        let analysis = Analysis::of("# Demo\n\nA tool.\n\n## Customer\nEveryone.\n", day);
        let Ok(analysis) = analysis else {
            panic!("the demo idea parses");
        };
        let version = analysis.new_version("first", 5);
        assert_eq!(
            version.scores.customer,
            i64::from(analysis.report.scores.customer.score)
        );
        assert_eq!(version.call, analysis.report.call.id());
        assert_eq!(analysis.documents.len(), 4);
        assert!(analysis.json().contains("\"press_release\""));
        assert_eq!(kind_of("press-release"), Some(DocKind::PressRelease));
    }
}
