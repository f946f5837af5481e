//! File names from idea names: "Sitter Swap!" → `sitter-swap`.
//!
//! Only ASCII letters and digits survive, so the name is safe on every file
//! system and in a URL; anything else becomes a single dash.

/// A file-name-safe slug of `name`, or `idea` when nothing usable is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    // Keep names short enough for every file system, cutting at a dash if possible.
    let mut short: String = trimmed.chars().take(60).collect();
    if short.len() < trimmed.len()
        && let Some(cut) = short.rfind('-')
    {
        short.truncate(cut);
    }
    if short.is_empty() {
        "idea".to_string()
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn keeps_letters_and_digits_and_joins_the_rest_with_dashes() {
        assert_eq!(slug("Sitter Swap!"), "sitter-swap");
        assert_eq!(slug("  3D  Print -- Hub "), "3d-print-hub");
    }

    #[test]
    fn falls_back_when_nothing_is_left() {
        assert_eq!(slug("???"), "idea");
        assert_eq!(slug(""), "idea");
    }

    #[test]
    fn long_names_are_cut_at_a_word() {
        let s = slug(&"word ".repeat(40));
        assert!(s.len() <= 60 && !s.ends_with('-'), "{s}");
    }
}
