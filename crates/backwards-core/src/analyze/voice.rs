//! Who is speaking: the team that builds the product, or one of its customers.
//!
//! Many ideas are written by a customer who wants the tool for themselves: a
//! site foreman, a charge nurse, a farmer. For them "it costs us $6,000" or
//! "we lose a morning" is the customer's pain told in the first person, not a
//! company's revenue goal. The Customer section gives the writer away: "there
//! are maybe 600 of us", "people like me", "I run one of them". A team writing
//! about its market says "our customers" or "they", never "of us".

use std::sync::LazyLock;

use regex::Regex;

use super::signals::{self, re};
use crate::model::{Idea, Step};

/// The writer counts themselves in the segment: "600 of us", "people like
/// me", "I am one of them", "we superintendents", "on my shifts".
static ONE_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:of us|like us|like me|all of us|(?:i|i'm|i am) (?:one of them|one of those|one too)|we all|i (?:am|was) (?:a|an|one)|i'm (?:a|an|one)|on my (?:jobs?|shifts?|sites?|farm|ward|runs?|routes?))\b",
    )
});

/// True when the Customer section shows the writer is one of the customers,
/// so first-person costs in the Problem section are the customer's own.
pub(crate) fn writer_is_customer(idea: &Idea) -> bool {
    signals::section(idea, Step::Customer)
        .iter()
        .any(|s| s.has(&ONE_OF_THEM))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn writer_is_customer_in(customer: &str) -> bool {
        let text = format!("# T\n\nA board.\n\n## Customer\n{customer}\n");
        let idea = crate::model::parse_str(&text).expect("parses");
        writer_is_customer(&idea)
    }

    #[test]
    fn a_member_of_the_segment_speaks_in_the_first_person() {
        assert!(writer_is_customer_in(
            "Site foremen in Dallas. There are maybe 600 of us."
        ));
        assert!(writer_is_customer_in(
            "Charge nurses on night shift. I am one of them."
        ));
    }

    #[test]
    fn a_team_describing_its_market_is_not_a_customer() {
        assert!(!writer_is_customer_in(
            "Site foremen in Dallas. Our customers are the 600 firms we can reach."
        ));
        assert!(!writer_is_customer_in("Everyone who uses a phone."));
    }
}
