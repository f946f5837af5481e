//! What the web tests share: the real `backwards serve` process on a free
//! loopback port, a small cookie-aware HTTP client, the XSS payloads and
//! the checker that reads a page the way a browser's tokenizer would.
//!
//! Each `tests/web_*.rs` file is its own test binary and uses only part
//! of this module, hence the `dead_code` allowance below: without it every
//! binary would warn about the helpers that *other* binaries use.
#![allow(dead_code)]

pub mod browser;
pub mod client;
pub mod inert;
pub mod payloads;
pub mod seed;
pub mod server;

/// What a failing step returns: any error, boxed, so `?` works on I/O,
/// HTTP and WebDriver errors alike and the test fails with the message.
pub type Failure = Box<dyn std::error::Error + Send + Sync>;
/// A test's result.
pub type TestResult = Result<(), Failure>;
