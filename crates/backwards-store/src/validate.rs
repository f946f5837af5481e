//! Input checks shared by the entity modules.
//!
//! The web layer validates forms for the user's benefit; these checks exist
//! so the database never holds a row the rest of the app cannot handle (an
//! idea with an empty title, a score of 250), whoever the caller is. They are
//! deliberately few and loose: the store is not the place for product rules.

use crate::StoreError;

/// Longest accepted title or name, in characters. Generous on purpose: it
/// only stops absurd input from bloating every listing query.
pub(crate) const MAX_NAME_CHARS: usize = 500;

/// Longest accepted email address (RFC 5321's path limit).
pub(crate) const MAX_EMAIL_CHARS: usize = 254;

/// A title or name: trimmed, not empty, not absurdly long.
pub(crate) fn name<'a>(field: &'static str, value: &'a str) -> Result<&'a str, StoreError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(StoreError::invalid(field, "must not be empty"));
    }
    if trimmed.chars().count() > MAX_NAME_CHARS {
        return Err(StoreError::invalid(field, "is too long"));
    }
    Ok(trimmed)
}

/// A value that must merely be present (a password hash, a call).
pub(crate) fn present<'a>(field: &'static str, value: &'a str) -> Result<&'a str, StoreError> {
    if value.trim().is_empty() {
        return Err(StoreError::invalid(field, "must not be empty"));
    }
    Ok(value)
}

/// An email address, normalised to lower case so that uniqueness and
/// lookups ignore case ("Ann@X.com" and "ann@x.com" are one account).
pub(crate) fn email(value: &str) -> Result<String, StoreError> {
    let trimmed = value.trim();
    let well_formed = trimmed
        .split_once('@')
        .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty());
    if !well_formed || trimmed.chars().any(char::is_whitespace) {
        return Err(StoreError::invalid("email", "is not an email address"));
    }
    if trimmed.chars().count() > MAX_EMAIL_CHARS {
        return Err(StoreError::invalid("email", "is too long"));
    }
    Ok(trimmed.to_lowercase())
}

/// A caller-supplied timestamp in unix milliseconds.
pub(crate) fn timestamp(field: &'static str, ms: i64) -> Result<i64, StoreError> {
    if ms < 0 {
        return Err(StoreError::invalid(field, "must not be before 1970"));
    }
    Ok(ms)
}

/// A rubric score.
pub(crate) fn score(field: &'static str, value: i64) -> Result<i64, StoreError> {
    if !(0..=100).contains(&value) {
        return Err(StoreError::invalid(field, "must be between 0 and 100"));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(
            email("  Ann@Example.COM ").ok().as_deref(),
            Some("ann@example.com")
        );
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in ["", "ann", "@x.com", "ann@", "an n@x.com"] {
            assert!(email(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(name("title", "  Plan  ").ok(), Some("Plan"));
        assert!(name("title", "   ").is_err());
        assert!(name("title", &"x".repeat(MAX_NAME_CHARS + 1)).is_err());
        assert!(name("title", &"x".repeat(MAX_NAME_CHARS)).is_ok());
    }

    #[test]
    fn scores_outside_the_rubric_are_refused() {
        assert!(score("risk", -1).is_err());
        assert!(score("risk", 101).is_err());
        assert_eq!(score("risk", 0).ok(), Some(0));
        assert_eq!(score("risk", 100).ok(), Some(100));
    }
}
