//! `--polish` and `--second-opinion` for `backwards write`, and the model settings
//! they share with `backwards doctor`.
//!
//! This file is the CLI's whole contact with language models: it resolves the
//! settings (config file, environment, flags), runs the async polish on a small
//! runtime of its own, draws one progress bar per document, and reports what the
//! run cost and which drafts were kept. The rest of `write` stays synchronous and
//! unaware of models: it gets back documents, polished or not.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use backwards_core::model::Idea;
use backwards_core::render::{DocKind, Document};
use backwards_llm::{
    CancellationToken, LlmClient, LlmFlags, LlmSettings, Stage, Usage, how_to_configure, resolve,
};
use backwards_polish::{PolishProgress, PolishRun, ProgressSink, SecondOpinion};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::args::{LlmArgs, ModelArgs};

/// Polishes `drafts` and/or asks for a second opinion, as the flags say.
///
/// Returns the documents to write instead of the drafts, or `None` when polish was
/// not asked for. Fails, before anything is written, when no provider is
/// configured (after printing how to configure one) or when the user cancels.
pub fn run(args: &LlmArgs, idea: &Idea, drafts: &[Document]) -> Result<Option<Vec<Document>>> {
    if !args.polish && !args.second_opinion {
        return Ok(None);
    }
    let Some(settings) = settings(&args.model)? else {
        eprintln!("{}", how_to_configure());
        bail!("--polish and --second-opinion need a language model; nothing was written");
    };
    let client = LlmClient::new(settings).context("cannot set up the LLM client")?;
    let runtime = runtime()?;
    let cancel = CancellationToken::new();
    // The critique does not wait for the documents: both run at once.
    let (polished, opinion) = runtime.block_on(async {
        cancel_on_ctrl_c(&cancel);
        let polished = async {
            match args.polish {
                true => Some(polish(&client, idea, drafts, &cancel).await),
                false => None,
            }
        };
        let opinion = async {
            match args.second_opinion {
                true => Some(backwards_polish::second_opinion(&client, idea, &cancel).await),
                false => None,
            }
        };
        tokio::join!(polished, opinion)
    });
    let polished = polished.transpose()?;
    if cancel.is_cancelled() {
        bail!("cancelled; nothing was written");
    }
    if let Some(run) = &polished {
        report(run)?;
    }
    if let Some(opinion) = opinion {
        print_opinion(&opinion.context("the second opinion could not be written")?)?;
    }
    Ok(polished.map(PolishRun::into_documents))
}

/// Resolves the LLM settings from the config file, the environment and the flags.
/// `Ok(None)` means nothing is configured, which is not an error.
pub fn settings(model: &ModelArgs) -> Result<Option<LlmSettings>> {
    let (path, text) = config_file(model)?;
    let env = |name: &str| std::env::var(name).ok();
    let flags = LlmFlags {
        provider: model.provider.clone(),
        model: model.model.clone(),
        base_url: model.base_url.clone(),
        ..LlmFlags::default()
    };
    resolve(text.as_deref(), &env, &flags).with_context(|| match &path {
        Some(path) => format!("LLM settings (config file {})", path.display()),
        None => "LLM settings".to_owned(),
    })
}

/// The config file's path and text: `--config PATH` (which must exist), else
/// `$XDG_CONFIG_HOME/backwards/config.toml` (or `~/.config/...`) if it exists.
pub fn config_file(model: &ModelArgs) -> Result<(Option<PathBuf>, Option<String>)> {
    let (path, required) = match &model.config {
        Some(path) => (Some(path.clone()), true),
        None => (default_config_path(), false),
    };
    let Some(path) = path else {
        return Ok((None, None));
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok((Some(path), Some(text))),
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Ok((None, None)),
        Err(e) => {
            Err(e).with_context(|| format!("{}: cannot read the config file", path.display()))
        }
    }
}

fn default_config_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(base.join("backwards").join("config.toml"))
}

/// A single-threaded runtime: the work is waiting on the network, and the
/// concurrency limit, not threads, decides how much runs at once.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// Ctrl-C cancels the requests in flight instead of killing the process, so the
/// run ends cleanly with "nothing was written".
fn cancel_on_ctrl_c(cancel: &CancellationToken) {
    let cancel = cancel.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            cancel.cancel();
        }
    });
}

async fn polish(
    client: &LlmClient,
    idea: &Idea,
    drafts: &[Document],
    cancel: &CancellationToken,
) -> Result<PolishRun> {
    let bars = Bars::new(drafts);
    let sink: ProgressSink = {
        let bars = bars.clone();
        Arc::new(move |p| bars.update(&p))
    };
    let run = backwards_polish::polish(client, idea, drafts, cancel, sink).await;
    bars.clear();
    Ok(run?)
}

/// One progress bar per polished document, on stderr, hidden when stderr is not
/// a terminal (so logs and pipes get only the summary).
#[derive(Clone)]
struct Bars {
    multi: MultiProgress,
    bars: Arc<HashMap<DocKind, ProgressBar>>,
}

impl Bars {
    fn new(drafts: &[Document]) -> Self {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let multi = MultiProgress::with_draw_target(target);
        let style = ProgressStyle::with_template("{prefix:>16} {spinner} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        let bars = drafts
            .iter()
            .filter(|d| d.kind != DocKind::Verdict)
            .map(|d| {
                let bar = multi.add(ProgressBar::no_length().with_style(style.clone()));
                bar.set_prefix(format!("{}.md", d.kind.slug()));
                bar.set_message("waiting");
                (d.kind, bar)
            })
            .collect();
        Self {
            multi,
            bars: Arc::new(bars),
        }
    }

    fn update(&self, p: &PolishProgress) {
        let Some(bar) = self.bars.get(&p.kind) else {
            return;
        };
        let retry = if p.attempt > 1 { " (retry)" } else { "" };
        let speed = format!(
            "{} tokens, {:.0} tokens/s{retry}",
            p.progress.tokens,
            p.progress.tokens_per_second()
        );
        match &p.progress.stage {
            Stage::Started => bar.set_message(format!("writing{retry}")),
            Stage::Delta { .. } => {
                bar.set_message(speed);
                bar.tick();
            }
            Stage::Finished { .. } => bar.set_message(format!("{speed}, done")),
            Stage::Failed { .. } => bar.set_message(format!("failed{retry}")),
        }
    }

    fn clear(&self) {
        for bar in self.bars.values() {
            bar.finish_and_clear();
        }
        let _ = self.multi.clear();
    }
}

/// What the run did: which documents the model wrote, which kept their draft and
/// why, and what it cost.
fn report(run: &PolishRun) -> Result<()> {
    let mut err = anstream::stderr().lock();
    for doc in &run.documents {
        let name = format!("{}.md", doc.document.kind.slug());
        match &doc.outcome {
            backwards_polish::DocOutcome::NotPolished => {}
            backwards_polish::DocOutcome::Polished { attempts } => {
                let note = if *attempts > 1 {
                    " (after one retry)"
                } else {
                    ""
                };
                writeln!(err, "polished {name}{note}")?;
            }
            backwards_polish::DocOutcome::KeptDraft { reason } => {
                writeln!(err, "{name}: {reason}")?;
            }
        }
    }
    writeln!(err, "{}", usage_line(&run.model, &run.usage))?;
    Ok(())
}

fn usage_line(model: &str, usage: &Usage) -> String {
    let cost = match usage.cost_usd {
        Some(cost) => format!("cost ${cost:.4}"),
        None => "cost not reported by the provider".to_owned(),
    };
    format!(
        "model {model}: {} tokens in, {} tokens out, {cost}",
        usage.input_tokens, usage.output_tokens
    )
}

fn print_opinion(opinion: &SecondOpinion) -> Result<()> {
    let mut out = anstream::stdout().lock();
    writeln!(out, "\n{}\n", opinion.label)?;
    writeln!(out, "{}", opinion.text.trim_end())?;
    if !opinion.unsupported.is_empty() {
        writeln!(out, "\nNot in the idea (treat with care):")?;
        for item in &opinion.unsupported {
            writeln!(out, "- {item}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_line_says_when_cost_is_unknown() {
        let mut usage = Usage {
            input_tokens: 12,
            output_tokens: 34,
            cost_usd: None,
        };
        assert_eq!(
            usage_line("m", &usage),
            "model m: 12 tokens in, 34 tokens out, cost not reported by the provider"
        );
        usage.cost_usd = Some(0.5);
        assert!(usage_line("m", &usage).ends_with("cost $0.5000"));
    }
}
