//! Optional YAML front matter: name, company, city, launch date, price.
//!
//! Unknown keys are kept (as text) so that a round trip through the web app
//! never drops what a user wrote. A front matter that does not parse is an
//! error naming the line, because silently ignoring it would change the
//! documents without telling anyone.

use std::collections::BTreeMap;

use serde::Serialize;
use yaml_rust2::{Yaml, YamlLoader};

use super::error::ParseError;
use super::launch_date::LaunchDate;

/// The known front-matter keys, plus any others the author added.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FrontMatter {
    /// Product name (default: the H1 title).
    pub name: Option<String>,
    /// Who launches it (default: the name).
    pub company: Option<String>,
    /// Dateline city of the press release.
    pub city: Option<String>,
    /// Target launch date, at the precision written (day, month, quarter or year).
    pub launch: Option<LaunchDate>,
    /// What the customer pays, as written.
    pub price: Option<String>,
    /// Every other key, rendered as text, in key order.
    pub extra: BTreeMap<String, String>,
}

/// Where the front matter sits in the file.
pub(crate) struct Located<'a> {
    /// The YAML text between the fences.
    pub yaml: &'a str,
    /// 1-based line of the first YAML line.
    pub first_line: usize,
    /// Byte offset where the Markdown body starts.
    pub body_offset: usize,
}

impl Located<'_> {
    /// The file's line of the YAML's `index`-th character, clamped to the
    /// block.
    ///
    /// Counted here rather than taken from the YAML reader, because to YAML
    /// a lone `\r` also ends a line, and the line named in an error must be
    /// the one the author's editor shows.
    fn line_at(&self, index: usize) -> usize {
        let breaks_before = self.yaml.chars().take(index).filter(|c| *c == '\n').count();
        let last = self.yaml.matches('\n').count().saturating_sub(1);
        self.first_line + breaks_before.min(last)
    }

    /// How to mend the commonest front-matter mistake: a value that holds
    /// `: ` itself (`price: Tiered: $49 / $99`), which YAML reads as a second
    /// key. Only offered when the file's `line` is such a `key: value` line.
    fn colon_hint(&self, line: usize) -> Option<String> {
        let text = self.yaml.lines().nth(line.checked_sub(self.first_line)?)?;
        let (key, value) = text.split_once(": ")?;
        let value = value.trim();
        let quoted = value.starts_with(['"', '\'']);
        (!quoted && (value.contains(": ") || value.ends_with(':'))).then(|| {
            let value = value.replace('"', "\\\"");
            format!(
                " (the value of `{}` holds \": \"; put it in quotes: {}: \"{value}\")",
                key.trim(),
                key.trim()
            )
        })
    }
}

/// Find a `---` fenced block at the very top of the file.
///
/// Returns `Ok(None)` when there is none. An opening fence without a closing
/// one is an error: the rest of the file would otherwise vanish into YAML.
pub(crate) fn locate(source: &str) -> Result<Option<Located<'_>>, ParseError> {
    let rest = source.strip_prefix('\u{feff}').unwrap_or(source);
    let bom = source.len() - rest.len();
    let Some(first_end) = rest.find('\n') else {
        return Ok(None);
    };
    if rest[..first_end].trim_end() != "---" {
        return Ok(None);
    }
    let yaml_start = bom + first_end + 1;
    let mut offset = yaml_start;
    for line in source[yaml_start..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Ok(Some(Located {
                yaml: &source[yaml_start..offset],
                first_line: 2,
                body_offset: offset + line.len(),
            }));
        }
        offset += line.len();
    }
    Err(ParseError::FrontMatter {
        line: 1,
        message: "the `---` that opens the front matter is never closed; add a `---` line after the last key".into(),
    })
}

/// Parse the YAML block into [`FrontMatter`].
pub(crate) fn parse(located: &Located<'_>) -> Result<FrontMatter, ParseError> {
    let docs = YamlLoader::load_from_str(located.yaml).map_err(|e| {
        let line = located.line_at(e.marker().index());
        let mut message = e.info().to_string();
        if let Some(hint) = located.colon_hint(line) {
            message.push_str(&hint);
        }
        ParseError::FrontMatter { line, message }
    })?;
    let mut front = FrontMatter::default();
    let Some(doc) = docs.into_iter().next() else {
        return Ok(front);
    };
    let map = match doc {
        Yaml::Hash(map) => map,
        Yaml::Null => return Ok(front),
        _ => {
            return Err(ParseError::FrontMatter {
                line: located.first_line,
                message: "expected `key: value` lines".into(),
            });
        }
    };
    for (key, value) in map {
        let key_text = scalar_text(&key).unwrap_or_default();
        let line = line_of_key(located, &key_text);
        if !KNOWN_KEYS.contains(&key_text.as_str()) {
            front.extra.insert(key_text, render_yaml(&value));
            continue;
        }
        let text = value_text(&value).ok_or_else(|| ParseError::FrontMatter {
            line,
            message: format!("`{key_text}` must be a single value, not a list or a map"),
        });
        apply(&mut front, &key_text, text, line)?;
    }
    Ok(front)
}

fn apply(
    front: &mut FrontMatter,
    key: &str,
    text: Result<Option<String>, ParseError>,
    line: usize,
) -> Result<(), ParseError> {
    let slot = match key {
        "name" => &mut front.name,
        "company" => &mut front.company,
        "city" => &mut front.city,
        "price" => &mut front.price,
        "launch" => {
            front.launch = match text? {
                Some(t) => Some(parse_date(&t, line)?),
                None => None,
            };
            return Ok(());
        }
        _ => return Ok(()),
    };
    *slot = text?.filter(|t| !t.trim().is_empty());
    Ok(())
}

fn parse_date(text: &str, line: usize) -> Result<LaunchDate, ParseError> {
    text.parse().map_err(|e| ParseError::FrontMatter {
        line,
        message: format!("launch: {e}"),
    })
}

/// The keys with a meaning; every other key is kept verbatim in `extra`.
const KNOWN_KEYS: &[&str] = &["name", "company", "city", "launch", "price"];

/// Render any YAML value as one line of text, lists joined with commas.
fn render_yaml(y: &Yaml) -> String {
    match y {
        Yaml::Array(items) => items.iter().map(render_yaml).collect::<Vec<_>>().join(", "),
        Yaml::Hash(map) => map
            .iter()
            .map(|(k, v)| format!("{}: {}", render_yaml(k), render_yaml(v)))
            .collect::<Vec<_>>()
            .join(", "),
        other => scalar_text(other).unwrap_or_default(),
    }
}

fn scalar_text(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `Some(None)` for null, `Some(Some(text))` for a scalar, `None` for collections.
fn value_text(y: &Yaml) -> Option<Option<String>> {
    match y {
        Yaml::Null => Some(None),
        other => scalar_text(other).map(Some),
    }
}

/// Best-effort line of a key, for error messages about its value.
fn line_of_key(located: &Located<'_>, key: &str) -> usize {
    located
        .yaml
        .lines()
        .position(|l| {
            l.trim_start().starts_with(key)
                && l[l.find(key).unwrap_or(0) + key.len()..]
                    .trim_start()
                    .starts_with(':')
        })
        .map_or(located.first_line, |i| located.first_line + i)
}

#[cfg(test)]
mod tests {
    use crate::model::{ParseError, Precision, parse_str};

    fn launch_of(value: &str) -> Result<Option<String>, ParseError> {
        let idea = parse_str(&format!("---\nname: x\nlaunch: {value}\n---\n# T\n"))?;
        Ok(idea.front.launch.map(|d| d.to_string()))
    }

    #[test]
    fn a_launch_day_month_or_year_parses_as_written() {
        for (value, written, precision) in [
            ("2027-09-01", "2027-09-01", Precision::Day),
            ("2028-01", "2028-01", Precision::Month),
            ("\"2028-01\"", "2028-01", Precision::Month),
            ("2028", "2028", Precision::Year),
            ("2027-Q3", "2027-Q3", Precision::Quarter),
            ("Q3 2027", "2027-Q3", Precision::Quarter),
            ("H2 2027", "2027-H2", Precision::Half),
        ] {
            let idea = parse_str(&format!("---\nlaunch: {value}\n---\n# T\n"))
                .unwrap_or_else(|e| panic!("{value}: {e}"));
            let json = serde_json::to_value(&idea.front).expect("serializes");
            assert_eq!(json["launch"], written, "{json}");
            let launch = idea.front.launch.expect("a launch date");
            assert_eq!(
                (launch.to_string(), launch.precision()),
                (written.to_string(), precision)
            );
        }
        assert_eq!(launch_of("").ok(), Some(None));
    }

    #[test]
    fn any_other_launch_is_an_error_on_its_line_listing_the_forms() {
        for bad in ["2028-13", "2028-Q5", "next spring", "2027-13-45", "28-01"] {
            let err = launch_of(bad).expect_err(bad);
            assert_eq!(err.line(), Some(3), "{err}");
            let msg = err.to_string();
            assert!(msg.contains(&format!("`{bad}`")), "{msg}");
            assert!(
                msg.contains("YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY"),
                "{msg}"
            );
        }
    }

    #[test]
    fn a_value_holding_a_colon_is_an_error_that_says_to_quote_it() {
        let err = parse_str("---\nname: Ledger\nprice: Tiered: $40 / $90 a year\n---\n# T\n")
            .expect_err("a second colon in a value");
        assert_eq!(err.line(), Some(3), "{err}");
        let msg = err.to_string();
        assert!(
            msg.contains(r#"put it in quotes: price: "Tiered: $40 / $90 a year""#),
            "{msg}"
        );
        // Quoted, the same value parses as written.
        let idea = parse_str("---\nprice: \"Tiered: $40 / $90 a year\"\n---\n# T\n")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            idea.front.price.as_deref(),
            Some("Tiered: $40 / $90 a year")
        );
    }

    #[test]
    fn a_yaml_error_after_a_lone_carriage_return_names_a_line_of_the_block() {
        // A lone `\r` is a line break to YAML but not to an editor (nor to
        // us): the error's line must still be one of the file's lines.
        let source = "\u{feff}---\n\n- \r.\n\r\n    indented code\r\n---";
        let err = parse_str(source).expect_err("a list item then a plain line");
        let line = err.line().expect("a line");
        assert!((2..=5).contains(&line), "line {line}: {err}");
    }
}
