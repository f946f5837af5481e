//! LLM polish for backwards: a model rewrites the deterministic drafts, and a
//! grounding guard makes sure it added nothing the idea does not say.
//!
//! The drafts from `backwards_core::render` are honest but plain. [`polish`] asks
//! the configured model (through `backwards-llm`) to rewrite the press release,
//! the FAQ and the PRD, all at once under the configured concurrency limit, with
//! streamed [`PolishProgress`]. The verdict is never sent: the model does not
//! decide or reword it.
//!
//! Every answer goes through the [`Guard`]: core's grounding checker (figures,
//! money, percentages, dates and names the idea does not contain) and a format
//! check (same `# Title`, every `##` section, every "Not answered yet" item, the
//! labels on illustrative quotes and derived dates, not empty or cut off). A
//! failing answer is retried once with its problems listed; if the retry fails
//! too, the draft is kept and [`DocOutcome::KeptDraft`] says why.
//!
//! [`second_opinion`] is separate: a short critique in the board's voice, always
//! labelled as written by a model, never part of the report.
//!
//! The prompts are template files in `prompts/`, rendered by [`prompts`].

pub mod error;
pub mod format;
pub mod guard;
pub mod outcome;
pub mod prompts;
pub mod run;
pub mod second_opinion;

pub use error::PolishError;
pub use guard::{Guard, Problem};
pub use outcome::{DocOutcome, PolishProgress, PolishRun, PolishedDocument};
pub use run::{ProgressSink, polish};
pub use second_opinion::{SecondOpinion, second_opinion};
