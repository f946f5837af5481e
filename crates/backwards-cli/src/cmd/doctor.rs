//! `backwards doctor`: which model is configured, from where, and does it answer.
//!
//! The report itself (and the promise never to show the key) lives in
//! `backwards_llm::doctor`; this file adds where the config file was looked for
//! and turns an unhealthy answer into a non-zero exit.

use std::io::Write;
use std::time::Duration;

use anyhow::{Result, bail};
use backwards_llm::CancellationToken;

use crate::Outcome;
use crate::args::DoctorArgs;

/// How long the probe may take: a model that needs longer to list itself or
/// say one word is not usable for polish either.
const PROBE_TIMEOUT: Duration = Duration::from_secs(15);

/// Print what is configured and whether it answers.
pub fn run(args: &DoctorArgs) -> Result<Outcome> {
    let (path, _) = super::polish::config_file(&args.model)?;
    let settings = super::polish::settings(&args.model)?;
    let report = super::polish::runtime()?.block_on(backwards_llm::doctor(
        settings.as_ref(),
        PROBE_TIMEOUT,
        &CancellationToken::new(),
    ));
    let mut out = anstream::stdout().lock();
    match &path {
        Some(path) => writeln!(out, "config:    {}", path.display())?,
        None => writeln!(out, "config:    no config file")?,
    }
    write!(out, "{report}")?;
    if report.configured && !report.healthy() {
        bail!("the configured model is not usable (see above)");
    }
    Ok(Outcome::Ok)
}
