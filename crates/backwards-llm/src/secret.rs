//! The API key newtype.
//!
//! A key is the one value in this crate that must never leave the process except in
//! the one HTTP header that needs it. Wrapping it in a type whose `Debug` and `Display`
//! print `***` means that `{:?}` on a settings struct, a `tracing` field or an error
//! built with `format!` cannot leak it by accident: leaking it takes a deliberate
//! call to [`ApiKey::expose`].

use std::fmt;

use serde::Deserialize;

/// An API key that prints as `***` everywhere.
///
/// There is deliberately no `Serialize` impl: nothing this crate produces (reports,
/// JSON for the web app, saved files) should be able to contain a key.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key. Surrounding whitespace is trimmed because keys pasted into
    /// environment variables or config files often carry a trailing newline, which
    /// would otherwise make an invalid header value.
    pub fn new(key: impl Into<String>) -> Self {
        let key: String = key.into();
        Self(key.trim().to_owned())
    }

    /// Returns the secret itself. The only caller should be the code that sets the
    /// authentication header, and [`redact`] which scrubs it out of text.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// An empty key (for example `OPENAI_API_KEY=`) counts as "no key".
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(***)")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Replaces every occurrence of the key in `text` with `***`.
///
/// Providers sometimes echo (part of) the key back in an error message ("Incorrect
/// API key provided: sk-...") and transport errors may quote what they were sent.
/// Every error string built from network input passes through here first.
pub fn redact(text: &str, key: Option<&ApiKey>) -> String {
    match key {
        // Very short "keys" (a local server's dummy `x`) would turn ordinary words
        // into asterisks without protecting anything real.
        Some(key) if key.expose().len() >= 8 => text.replace(key.expose(), "***"),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_key() {
        let key = ApiKey::new("sk-very-secret-123");
        assert_eq!(format!("{key:?}"), "ApiKey(***)");
        assert_eq!(format!("{key}"), "***");
        assert_eq!(key.expose(), "sk-very-secret-123");
    }

    #[test]
    fn new_trims_and_empty_is_detected() {
        assert_eq!(ApiKey::new("  abc\n").expose(), "abc");
        assert!(ApiKey::new(" \n").is_empty());
    }

    #[test]
    fn redact_scrubs_every_occurrence() {
        let key = ApiKey::new("sk-very-secret-123");
        let text = "bad key sk-very-secret-123 (sk-very-secret-123)";
        assert_eq!(redact(text, Some(&key)), "bad key *** (***)");
        assert_eq!(redact(text, None), text);
    }
}
