//! The question bank: for each stage, a title, why it matters, and an example.
//!
//! The examples build one made-up idea across the steps, so a user sees what
//! a complete, concrete answer looks like at every point. They are the
//! wizard's own, not taken from any corpus.

use backwards_core::model::Step;

/// What the wizard shows before asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Short title ("The customer").
    pub title: &'static str,
    /// The question itself.
    pub ask: &'static str,
    /// Why the step matters and what a good answer contains.
    pub explain: &'static str,
    /// A worked answer.
    pub example: &'static str,
}

/// The product's name: asked first, so the file and documents have a title.
pub const NAME: Question = Question {
    title: "The name",
    ask: "What is the product called?",
    explain: "A working name is enough; it titles the idea file and every document.",
    example: "RouteCheck",
};

/// The question for one of the seven steps.
pub fn for_step(step: Step) -> Question {
    let (title, explain, example) = match step {
        Step::Pitch => (
            "The idea in one sentence",
            "Say who it is for and what changes for them. If it takes two sentences, the idea \
             is probably two ideas.",
            "RouteCheck texts every affected parent when a school bus route changes, within a \
             minute of the change.",
        ),
        Step::Customer => (
            "The customer",
            "Name a specific group you could find and count, how many of them there are, and who \
             it is NOT for. A category (\"schools\", \"small businesses\") is not yet a customer.",
            "Transport coordinators at US school districts that run 20 to 200 buses, about 3,000 \
             districts. Not private charter operators, not parents (they receive the texts but do \
             not buy).",
        ),
        Step::Problem => (
            "The problem",
            "Describe what goes wrong for them, how often, what it costs (time, money, risk) and \
             how they cope today. Use their words, not your solution's.",
            "Most school mornings a coordinator reroutes 5 to 15 buses and phones parents one by \
             one: about 90 minutes a day. Calls get missed and children wait at the wrong stop.",
        ),
        Step::Solution => (
            "The solution",
            "What you will build, and the single most important benefit compared with what they \
             do today, ideally with a number: faster, cheaper, easier by how much?",
            "A web page where the coordinator ticks the changed stops; RouteCheck texts each \
             affected family. Notifying parents drops from 90 minutes to about 5.",
        ),
        Step::Evidence => (
            "The evidence",
            "How do you know they want it? What people did (paid, signed, switched, used) counts \
             more than what they said they would do. Give counts.",
            "We interviewed 14 coordinators; 11 keep a paper call list. Four districts paid $500 \
             each for a one-term pilot, and three asked for a quote for next year.",
        ),
        Step::Experience => (
            "The experience",
            "Walk through what the customer sees and does: how they find it, start, use it and \
             pay, and when it launches.",
            "The coordinator uploads the route sheet once. Each morning they tick changed stops \
             and press Send; parents can reply STOP. $2 per bus per month, from August 2027.",
        ),
        Step::Risks => (
            "The risks",
            "What must be true for this to work, what could kill it, what it depends on, who \
             competes, how it makes money, and what you will do about each.",
            "District purchasing is slow: we price under the $5,000 limit that needs no tender. \
             Texts can fail: the page keeps a call list as a fallback. If fewer than 3 of the 4 \
             pilots renew, we stop.",
        ),
    };
    Question {
        title,
        ask: step.question(),
        explain,
        example,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_explains_and_shows_an_example() {
        for step in Step::ALL {
            let q = for_step(step);
            assert!(!q.explain.is_empty() && !q.example.is_empty(), "{step:?}");
            assert!(q.ask.ends_with('?') || q.ask.ends_with('.'), "{step:?}");
        }
    }
}
