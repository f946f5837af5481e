//! Test support shared by the crates that talk to language models.
//!
//! The one thing here is [`server`]: a scripted loopback HTTP server that speaks
//! both chat protocols (OpenAI-compatible and Anthropic), streaming and not, and
//! can misbehave on cue (429s, 500s, silence, cut streams, broken JSON). The
//! provider crate, the polish crate and the CLI all test against it, so it lives
//! in one place instead of being copied into each test suite.
//!
//! Not published: it exists only as a dev-dependency.

pub mod server;

pub use server::{Answer, BackgroundServer, Recorded, Reply, Router, TestServer, refusing_port};
