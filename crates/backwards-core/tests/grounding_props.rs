//! Properties of the grounding check that must hold for any text.
//!
//! - It never panics, whatever the bytes.
//! - A text is always grounded in itself: if the check ever reports a figure
//!   of the source as unsupported by that same source, its normalisation is
//!   inconsistent between the two sides.
//! - Appending a figure the source lacks is always caught.

use backwards_core::grounding::{FigureKind, Grounding, figures};
use proptest::prelude::*;

/// Words and figures in many spellings, to build texts from.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}",
        "[A-Z][a-z]{1,8}",
        "[A-Z]{2,4}",
        "[0-9]{1,4}",
        "[0-9]{1,3},[0-9]{3}",
        "[0-9]{1,2}\\.[0-9]{1,2}",
        "\\$[0-9]{1,4}( million| k|bn)?",
        "[0-9]{1,3} (dollars|euros|percent)",
        "[0-9]{1,2}%",
        "[0-9]{1,2}:[0-9]{2}",
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
        "(March|May|October|Nov\\.) [0-9]{1,2}(, 20[0-9]{2})?",
        "(three|five|twelve)",
        "[.,;:!?()\\-–—|*#\n]",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..40).prop_map(|t| t.join(" "))
}

proptest! {
    #[test]
    fn never_panics_on_any_text(source in "\\PC{0,200}", doc in "\\PC{0,200}") {
        let _ = Grounding::new(&source).check(&doc);
        let _ = figures(&doc);
    }

    #[test]
    fn a_text_is_grounded_in_itself(source in text()) {
        let violations = Grounding::new(&source).check(&source);
        prop_assert!(violations.is_empty(), "{violations:?} in {source:?}");
    }

    #[test]
    fn an_amount_the_source_lacks_is_caught(source in text()) {
        let doc = format!("{source} It costs $98765.4321 today.");
        let found = Grounding::new(&source).check(&doc);
        prop_assert!(
            found.iter().any(|v| v.kind == FigureKind::Money && v.text.starts_with("$98765")),
            "{found:?}"
        );
    }
}
