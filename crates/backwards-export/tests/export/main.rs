//! The export's integration tests, in one test binary.
//!
//! Every test here links typst (about 100 MB of code in a debug build), so
//! they share one binary rather than one each: a fresh CI machine builds and
//! stores it once. Each module is a file of its own, as separate test files
//! would be.

mod common;
mod docx;
mod libreoffice;
mod pdf;
mod robustness;
