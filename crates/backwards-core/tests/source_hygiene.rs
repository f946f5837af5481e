//! Source hygiene: no control characters hide in the code.
//!
//! A pattern edited through a script once gained a backspace byte where `\b`
//! was meant: the file still compiled, the regex silently never matched, and
//! no test of that pattern existed yet. This guards every source file of the
//! crate against invisible bytes of that kind.

use std::path::Path;

fn visit(dir: &Path, bad: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, bad);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "txt" || e == "j2" || e == "md")
        {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                if line.chars().any(|c| c.is_control() && c != '\t') {
                    bad.push(format!("{}:{}", path.display(), n + 1));
                }
            }
        }
    }
}

#[test]
fn no_control_characters_in_sources_templates_or_lexicons() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bad = Vec::new();
    for dir in ["src", "templates", "lexicons", "tests"] {
        visit(&root.join(dir), &mut bad);
    }
    assert!(bad.is_empty(), "control characters at: {bad:?}");
}
