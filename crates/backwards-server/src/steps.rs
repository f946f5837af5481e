//! What the wizard shows on each of the seven steps: the question (from the
//! core, so the terminal and web wizards ask the same thing), guidance, and
//! a strong and a weak example written for this app.

use backwards_core::model::Step;
use serde::Serialize;

/// One step's page content.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct StepInfo {
    /// 1-7.
    pub number: usize,
    /// URL and form id, e.g. `customer`.
    pub id: &'static str,
    /// The section heading, e.g. `Customer`.
    pub heading: &'static str,
    /// The question.
    pub question: &'static str,
    /// How to answer it well.
    pub guidance: &'static str,
    /// An answer that scores well, and why.
    pub strong: &'static str,
    /// An answer that does not, and why.
    pub weak: &'static str,
}

/// The content of one step.
pub(crate) fn info(step: Step) -> StepInfo {
    let (guidance, strong, weak) = content(step);
    StepInfo {
        number: number(step),
        id: step.id(),
        heading: step.heading(),
        question: step.question(),
        guidance,
        strong,
        weak,
    }
}

/// All seven, in order (the progress bar).
pub(crate) fn all() -> Vec<StepInfo> {
    Step::ALL.into_iter().map(info).collect()
}

/// 1-based position.
pub(crate) fn number(step: Step) -> usize {
    Step::ALL
        .iter()
        .position(|s| *s == step)
        .map_or(1, |i| i + 1)
}

/// The step after `step`, if any.
pub(crate) fn next(step: Step) -> Option<Step> {
    Step::ALL.get(number(step)).copied()
}

/// The step before `step`, if any.
pub(crate) fn previous(step: Step) -> Option<Step> {
    number(step)
        .checked_sub(2)
        .and_then(|i| Step::ALL.get(i).copied())
}

/// Parses a URL segment such as `risks`.
pub(crate) fn parse(id: &str) -> Option<Step> {
    Step::ALL.into_iter().find(|s| s.id() == id)
}

/// (guidance, strong example, weak example).
fn content(step: Step) -> (&'static str, &'static str, &'static str) {
    match step {
        Step::Pitch => (
            "One sentence a stranger understands: who it is for and what it lets them do. \
             Leave the adjectives out.",
            "Shelf Swap lets evening-class potters in Bristol rent a shelf in a studio kiln \
             by the firing, booked from their phone.",
            "A revolutionary, AI-powered platform that transforms creativity for everyone.",
        ),
        Step::Customer => (
            "Name a group you could find and count: what they have in common, what event \
             makes them look for help, roughly how many there are, and who it is not for.",
            "Evening-class potters in Bristol who throw at home but have no kiln: about 1,200 \
             people across 9 studios' class lists. Not professional ceramicists, who own kilns.",
            "Small businesses and creative people.",
        ),
        Step::Problem => (
            "Describe the pain in their terms: how often it happens, what it costs them in \
             time or money, and what they do about it today.",
            "Finished pieces wait 2 to 4 weeks for a class kiln slot; one in six cracks in the \
             car on the way there. Today they beg tutors for space or give up glazing.",
            "People find it hard to be creative.",
        ),
        Step::Solution => (
            "Say what you will build and the one benefit that matters most, compared with \
             what they do today.",
            "A booking page showing free kiln shelves within 3 miles, with drop-off at the \
             nearest studio: fired within 5 days instead of 3 weeks.",
            "An all-in-one solution with many powerful features.",
        ),
        Step::Evidence => (
            "What have you seen people do, not say? Count interviews, quote numbers, and \
             best of all name commitments: pre-orders, signed pilots, deposits.",
            "We interviewed 22 class potters; 17 had waited over two weeks. 40 paid a £5 \
             deposit on a waiting list in 10 days, and 2 studios signed a 3-month pilot.",
            "Everyone we talked to loved the idea.",
        ),
        Step::Experience => (
            "Walk through what the customer sees and does: how they hear of it, sign up, \
             use it the first time, and pay. Say when it launches.",
            "A potter sees the flyer at class, books a shelf on the site, drops pieces at the \
             studio desk and gets a text when they are fired. £6 per shelf. Launch: March 2027.",
            "Users will have a seamless, delightful experience.",
        ),
        Step::Risks => (
            "What must be true for this to work, what could kill it, what it depends on, \
             who else does it, and how it makes money. Say how you will reduce each risk.",
            "Studios may refuse to share kilns: the two pilot studios already rent shelves \
             informally. We depend on studio staff for loading; we pay them per firing.",
            "There are no real risks.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_chain_forward_and_back() {
        assert_eq!(next(Step::Pitch), Some(Step::Customer));
        assert_eq!(next(Step::Risks), None);
        assert_eq!(previous(Step::Pitch), None);
        assert_eq!(previous(Step::Customer), Some(Step::Pitch));
        for step in Step::ALL {
            assert_eq!(parse(step.id()), Some(step));
        }
        assert_eq!(parse("nope"), None);
    }
}
