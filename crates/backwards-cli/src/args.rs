//! Every clap type of the `backwards` command.
//!
//! The doc comments here ARE the `--help` text, so they are written for the
//! user, not for the maintainer. Each subcommand ends its help with worked
//! examples (`after_help`), because an example is what people copy.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Work backwards from the customer: turn an idea file into an honest verdict,
/// a press release, an FAQ and a PRD, offline.
#[derive(Debug, Parser)]
#[command(name = "backwards", version, long_about = None)]
#[command(after_help = "\
Examples:
  backwards new idea.md                 answer seven questions, get an idea file and its verdict
  backwards verdict idea.md             the verdict, coloured on a terminal
  backwards write idea.md --out docs/   the verdict, press release, FAQ and PRD as files
  backwards check ideas/*.md --min go   one line per idea; exit 1 if one is below `go`
  backwards eval corpus/                compare the verdicts with labelled ideas")]
pub struct Cli {
    /// When to colour the output (NO_COLOR and a non-terminal output turn colour off under `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the verdict on an idea: the call, the four scores and why.
    #[command(after_help = "\
Examples:
  backwards verdict idea.md                  coloured text on a terminal (plain when piped or NO_COLOR=1)
  backwards verdict idea.md --format json    the versioned JSON (see docs/schema.md)
  backwards verdict idea.md --format md      the verdict document as Markdown
  NO_COLOR=1 backwards verdict idea.md       plain text even on a terminal")]
    Verdict(VerdictArgs),

    /// Write the verdict, press release, FAQ and PRD next to each other.
    #[command(after_help = "\
Examples:
  backwards write idea.md                         Markdown files in the current directory
  backwards write idea.md --out docs/ --format md,html,json
  backwards write idea.md --out print/ --format pdf,docx
  backwards write idea.md --out docs/ --force     replace files written earlier
  backwards write idea.md --date 2027-01-15       pin the generation date (reproducible output)

Nothing is written if the idea file is bad or if any target already exists (without --force).")]
    Write(WriteArgs),

    /// Answer seven questions in the terminal and get an idea file, with coaching after each answer.
    #[command(after_help = "\
Examples:
  backwards new                      ask for everything; the file is named after the idea
  backwards new ideas/sitter-swap.md write the idea to this file
  backwards new idea.md < answers.txt

Answers end with an empty line. Type `?` (or \"I don't know\") to leave a step open: it becomes an
open question in the file and in the documents.")]
    New(NewArgs),

    /// Check ideas in CI: one line per file, and an exit code for the weakest verdict.
    #[command(after_help = "\
Examples:
  backwards check ideas/*.md              exit 0 if every idea is at least `revise`
  backwards check ideas/*.md --min go     exit 1 unless every idea is a `go`

Exit codes: 0 every verdict reaches the minimum, 1 at least one does not, 2 a file could not be read.")]
    Check(CheckArgs),

    /// Measure the verdicts against a labelled corpus (DIR/labels.json).
    #[command(after_help = "\
Examples:
  backwards eval corpus/            Spearman, level agreement, verdict accuracy and pairs
  backwards eval corpus/ --ideas    ...and each idea's predicted vs labelled levels
  backwards eval corpus/ --strict   exit 1 unless every acceptance bar is met (for CI)
  backwards eval corpus/ --facts | jq -s -c --arg dim risk -f eval/group-facts.jq
                                    group ideas by the facts their risk level came from

DIR/labels.json lists `ideas` (file, customer, problem, evidence, risk levels 1-5, verdict) and
`pairs` (base, variant, dimension): a variant must score at least 10 points worse on its dimension.
Exits 2 if any file named there cannot be read or parsed; with --strict, 1 if a bar is missed.")]
    Eval(EvalArgs),

    /// Show which language model is configured (never the key) and whether it answers.
    #[command(after_help = "\
Examples:
  backwards doctor                                  the configured model, from config file and environment
  backwards doctor --provider ollama --model llama3.2
  backwards doctor --config ./backwards.toml

Settings come from the [llm] section of $XDG_CONFIG_HOME/backwards/config.toml (or --config),
then the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY, BACKWARDS_MODEL, ...), then the flags.")]
    Doctor(DoctorArgs),

    /// Start the web app: the seven-step wizard, results, history and the JSON API.
    #[command(after_help = "\
Examples:
  backwards serve                                   local mode on http://127.0.0.1:8080, SQLite in the data dir
  backwards serve --addr 127.0.0.1:3000             another port
  backwards serve --database postgres://u:p@db/backwards --team --addr 0.0.0.0:8080

Without --team there are no accounts and the server only listens on a loopback address.
The default database is $XDG_DATA_HOME/backwards/backwards.db (~/.local/share/backwards/),
created and migrated on first start. Stop with Ctrl-C or SIGTERM: requests in flight finish first.")]
    Serve(ServeArgs),
}

/// `backwards serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Where to listen. Must be loopback unless --team is given.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// The database: `sqlite://PATH` or `postgres://…` (default: SQLite in the data directory).
    #[arg(long, env = "BACKWARDS_DATABASE_URL")]
    pub database: Option<String>,
    /// Team mode: accounts, workspaces, share links and API tokens.
    #[arg(long)]
    pub team: bool,
    /// The data directory (default: $XDG_DATA_HOME/backwards or ~/.local/share/backwards).
    #[arg(long, env = "BACKWARDS_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Mark session cookies Secure (turn on behind a TLS proxy).
    #[arg(long)]
    pub secure_cookies: bool,
    /// The model behind the results page's Polish button (as for `write --polish`;
    /// with none configured, the page explains how to configure one).
    #[command(flatten)]
    pub model: ModelArgs,
}

/// How the verdict is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerdictFormat {
    /// Human text, coloured on a terminal.
    Text,
    /// The versioned JSON schema.
    Json,
    /// The verdict document in Markdown.
    Md,
}

/// `backwards verdict`.
#[derive(Debug, Args)]
pub struct VerdictArgs {
    /// The idea file (Markdown).
    pub file: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = VerdictFormat::Text)]
    pub format: VerdictFormat,
}

/// A format `backwards write` can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum WriteFormat {
    /// verdict.md, press-release.md, faq.md, prd.md.
    Md,
    /// One self-contained `<name>.html` page with everything.
    Html,
    /// `<name>.json`: the verdict and the documents, versioned.
    Json,
    /// `<name>.pdf`: verdict, press release, FAQ and PRD, typeset (needs the `pdf` feature, on by default).
    Pdf,
    /// `<name>.docx`: the same, with real Word styles (opens in Word, LibreOffice, Google Docs).
    Docx,
}

/// `backwards write`.
#[derive(Debug, Args)]
pub struct WriteArgs {
    /// The idea file (Markdown).
    pub file: PathBuf,
    /// Directory to write into (created if missing).
    #[arg(long, short, default_value = ".")]
    pub out: PathBuf,
    /// Comma-separated formats.
    #[arg(long, short, value_enum, value_delimiter = ',', default_value = "md")]
    pub format: Vec<WriteFormat>,
    /// Replace files that already exist.
    #[arg(long)]
    pub force: bool,
    /// The generation date (YYYY-MM-DD) instead of today's, for reproducible output.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<jiff::civil::Date>,
    /// Language-model polish and second opinion.
    #[command(flatten)]
    pub llm: LlmArgs,
}

/// `backwards new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to write the idea (default: a file named after the idea, in the current directory).
    pub file: Option<PathBuf>,
}

/// The lowest verdict `check` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinCall {
    /// Only `go` passes.
    Go,
    /// `go` and `revise` pass; `stop` fails.
    Revise,
}

/// `backwards check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The idea files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The lowest verdict that passes.
    #[arg(long, value_enum, default_value_t = MinCall::Revise)]
    pub min: MinCall,
}

/// `backwards eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A directory holding labels.json and the idea files it names.
    pub dir: PathBuf,
    /// Also print every idea's predicted and labelled levels and verdict.
    #[arg(long)]
    pub ideas: bool,
    /// Print, instead of the figures, one JSON line per idea: its labels,
    /// the levels and call given, and the facts each level was decided from.
    /// Group ideas by these to check a level rule (CONTRIBUTING.md).
    #[arg(long, conflicts_with_all = ["ideas", "strict"])]
    pub facts: bool,
    /// Exit 1 unless every acceptance bar is met (Spearman >= 0.90 and exact
    /// level >= 70% per dimension, verdicts >= 85%, every pair moves).
    #[arg(long)]
    pub strict: bool,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal, unless NO_COLOR is set.
    Auto,
    /// Always colour (CLICOLOR_FORCE does the same).
    Always,
    /// Never colour.
    Never,
}

/// `--polish` and `--second-opinion` on `backwards write`.
#[derive(Debug, Clone, Default, Args)]
pub struct LlmArgs {
    /// Let a language model rewrite the press release, FAQ and PRD. A guard keeps the
    /// draft of any document where the model added a figure or name the idea does not
    /// contain, or dropped part of the format. The verdict is never sent.
    #[arg(long)]
    pub polish: bool,
    /// Also print a short critique of the idea in the review board's voice, written by
    /// the model and shown apart from the verdict.
    #[arg(long)]
    pub second_opinion: bool,
    /// Which model (see `backwards doctor`).
    #[command(flatten)]
    pub model: ModelArgs,
}

/// The model settings given on the command line; they win over the config file
/// and the environment.
#[derive(Debug, Clone, Default, Args)]
pub struct ModelArgs {
    /// LLM provider (with none configured, `backwards doctor` lists them).
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// The model name, as the provider knows it.
    #[arg(long, value_name = "NAME")]
    pub model: Option<String>,
    /// The provider's base URL (for OpenAI-compatible servers, ending in /v1).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Config file with an [llm] section (default: $XDG_CONFIG_HOME/backwards/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

/// `backwards doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Which model to check.
    #[command(flatten)]
    pub model: ModelArgs,
}
