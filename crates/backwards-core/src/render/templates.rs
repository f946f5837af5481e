//! The document templates: Markdown layouts embedded at build time and
//! rendered with minijinja.
//!
//! Layout lives in `templates/*.md.j2`; which sentence goes where is Rust
//! (the writers' `pick` functions). Keeping every fixed word of a document in
//! a template has a second use: the templates *are* the format's vocabulary,
//! which the grounding check needs to tell a section title ("Vision") from
//! an invented name.

use std::sync::OnceLock;

use minijinja::Value;
use minijinja::value::Serde;
use minijinja::{Environment, ErrorKind, UndefinedBehavior, syntax::SyntaxConfig};
use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

/// Every template, by name. Embedded so the binary needs no files at run time.
const TEMPLATES: [(&str, &str); 3] = [
    (
        "press_release.md.j2",
        include_str!("../../templates/press_release.md.j2"),
    ),
    ("faq.md.j2", include_str!("../../templates/faq.md.j2")),
    ("prd.md.j2", include_str!("../../templates/prd.md.j2")),
];

/// The shared environment, built on first use.
///
/// Strict undefined behaviour turns a misspelt field into an error in the
/// template test instead of a silently empty paragraph.
fn environment() -> &'static Result<Environment<'static>, minijinja::Error> {
    static ENV: OnceLock<Result<Environment<'static>, minijinja::Error>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_syntax(
            SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .build()?,
        );
        env.add_function("answer", answer);
        env.add_function("list", list);
        for (name, source) in TEMPLATES {
            env.add_template(name, source)?;
        }
        Ok(env)
    })
}

/// Render one template with `doc` as its context, then tidy the Markdown.
pub(crate) fn render<T: Serialize>(name: &str, doc: &T) -> Result<String, minijinja::Error> {
    let env = environment()
        .as_ref()
        .map_err(|e| minijinja::Error::new(ErrorKind::InvalidOperation, e.to_string()))?;
    let text = env
        .get_template(name)?
        .render(minijinja::context! { doc => Serde(doc) })?;
    Ok(tidy(&text))
}

/// An answer as one paragraph: the idea's sentences, or "Not answered
/// yet" with how to find out.
///
/// A function rather than a template macro: the FAQ asks this a dozen
/// times, and each macro call cost more than the rest of the document. The
/// FAQ template keeps the macro it replaces, in a comment, as its spec.
/// The sentences are read where they are, not copied into a list first.
fn answer(sentences: &Value, missing: &str) -> Result<String, minijinja::Error> {
    let mut out = String::new();
    let mut count = 0;
    each_text(sentences, |s| {
        if count > 0 {
            out.push(' ');
        }
        out.push_str(s);
        count += 1;
    })?;
    Ok(if count == 0 {
        format!("**Not answered yet:** {missing}\n")
    } else {
        out.push('\n');
        out
    })
}

/// [`answer`] as a bulleted list, one sentence per item.
fn list(sentences: &Value, missing: &str) -> Result<String, minijinja::Error> {
    let mut out = String::new();
    each_text(sentences, |s| {
        out.push_str("- ");
        out.push_str(s);
        out.push('\n');
    })?;
    Ok(if out.is_empty() {
        format!("**Not answered yet:** {missing}\n")
    } else {
        out
    })
}

/// Call `f` with the text of each item of a list, in order (an item that
/// is not a string as the template would print it).
fn each_text(list: &Value, mut f: impl FnMut(&str)) -> Result<(), minijinja::Error> {
    for item in list.try_iter()? {
        match item.as_str() {
            Some(s) => f(s),
            None => f(&item.to_string()),
        }
    }
    Ok(())
}

/// Serialize a list of sentences for a template as the paragraph they
/// make: joined by a space, alone in a list (an empty list for none).
///
/// The templates print most lists of sentences as one paragraph. Handed
/// over this way it costs one string instead of one per sentence, and the
/// template prints it as `x[0]` instead of calling `join`. It is still a
/// list, and a list of one paragraph reads as the list of its sentences did
/// wherever it is tested for being empty, given to [`answer`] or joined
/// after another list (even a paragraph of one empty sentence is there).
pub(crate) fn paragraph<S: Serializer>(
    sentences: &[String],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut seq = serializer.serialize_seq(Some(usize::from(!sentences.is_empty())))?;
    if !sentences.is_empty() {
        seq.serialize_element(&sentences.join(" "))?;
    }
    seq.end()
}

/// The texts of every template: the fixed words documents may hold.
pub(crate) fn sources() -> impl Iterator<Item = &'static str> {
    TEMPLATES.iter().map(|(_, source)| *source)
}

/// Trim trailing spaces, collapse runs of blank lines and end with one newline,
/// so output is byte-stable whatever the template whitespace.
fn tidy(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut blank = 0;
    // Split at each line break by a vectorised byte search: a document has
    // hundreds of short lines. `trim_end` drops the "\r" of a "\r\n", and
    // the empty piece after a final line break only adds a blank line,
    // dropped below, so this reads the lines `str::lines` would.
    let mut from = 0;
    let ends = memchr::memchr_iter(b'\n', markdown.as_bytes()).chain([markdown.len()]);
    for end in ends {
        let line = markdown[from..end].trim_end();
        from = end + 1;
        if line.is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_compiles() {
        assert!(environment().is_ok(), "{:?}", environment().as_ref().err());
    }

    #[test]
    fn answer_and_list_write_what_the_faq_macros_wrote() {
        let two = Value::from(vec!["One.", "Two."]);
        let none = Value::from(Vec::<&str>::new());
        let ok = |r: Result<String, minijinja::Error>| r.unwrap_or_else(|e| e.to_string());
        assert_eq!(ok(answer(&two, "m")), "One. Two.\n");
        assert_eq!(ok(list(&two, "m")), "- One.\n- Two.\n");
        assert_eq!(ok(answer(&none, "ask.")), "**Not answered yet:** ask.\n");
        assert_eq!(ok(list(&none, "ask.")), "**Not answered yet:** ask.\n");
        // An empty sentence still counts as an answer, as in a join.
        let blank = Value::from(vec!["", "Two."]);
        assert_eq!(ok(answer(&blank, "m")), " Two.\n");
    }

    #[test]
    fn a_paragraph_is_its_sentences_joined_alone_in_a_list() {
        #[derive(Serialize)]
        struct Doc {
            #[serde(serialize_with = "paragraph")]
            two: Vec<String>,
            #[serde(serialize_with = "paragraph")]
            none: Vec<String>,
            #[serde(serialize_with = "paragraph")]
            blank: Vec<String>,
        }
        let doc = Value::from(Serde(Doc {
            two: vec!["One.".into(), "Two.".into()],
            none: Vec::new(),
            blank: vec![String::new()],
        }));
        let field = |name: &str| doc.get_attr(name).unwrap_or_default();
        assert_eq!(field("two"), Value::from(vec!["One. Two."]));
        assert_eq!(field("none"), Value::from(Vec::<&str>::new()));
        // One empty sentence is still an answer: the list is not empty.
        assert!(field("blank").is_true());
        let ok = |r: Result<String, minijinja::Error>| r.unwrap_or_else(|e| e.to_string());
        assert_eq!(ok(answer(&field("two"), "m")), "One. Two.\n");
        assert_eq!(ok(answer(&field("blank"), "m")), "\n");
    }

    #[test]
    fn tidy_collapses_blank_lines() {
        assert_eq!(tidy("\n# A  \n\n\n\nB\n\n"), "# A\n\nB\n");
    }
}
