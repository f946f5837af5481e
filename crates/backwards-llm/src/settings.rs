//! Where the provider, model, key and limits come from.
//!
//! Three layers, later ones winning: the `[llm]` table of a config file, the
//! environment, and explicit command-line flags. The environment is passed in as a
//! lookup function rather than read from the process, so tests (and the web app,
//! which may serve several users) never touch global state.
//!
//! "Nothing configured" is a normal outcome, not an error: [`resolve`] returns
//! `Ok(None)` and the caller keeps the deterministic drafts, showing
//! [`how_to_configure`] when the user asked for polish. A half-done configuration
//! (a provider without a model, a hosted provider without a key) is an error, whose
//! message says what is missing and never contains a key.

use std::time::Duration;

use serde::Deserialize;

use crate::presets::{self, Preset};
use crate::providers::Protocol;
use crate::secret::ApiKey;

/// The three timeouts of one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing the TCP (and TLS) connection.
    pub connect: Duration,
    /// One whole attempt, from sending to the last streamed byte (each retry gets
    /// its own). Generous by default because a local model on a laptop CPU writes
    /// slowly.
    pub overall: Duration,
    /// The longest silence tolerated between stream chunks (and, when streaming,
    /// before the response headers). This catches a stalled server long before
    /// the overall limit would.
    pub idle: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            overall: Duration::from_secs(300),
            idle: Duration::from_secs(60),
        }
    }
}

/// How often and how patiently to retry rate limits and server errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (so `3` means at most 4 requests).
    pub max_retries: u32,
    /// The first backoff delay; it doubles with every retry.
    pub base_delay: Duration,
    /// The cap on any single delay, including one a `Retry-After` header asks for.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

/// Everything needed to talk to one model.
#[derive(Debug, Clone, PartialEq)]
pub struct LlmSettings {
    /// The preset name (`openai`, `ollama`, ...), for reports.
    pub provider: String,
    /// The wire format.
    pub protocol: Protocol,
    /// Base URL; for OpenAI-compatible servers it includes `/v1`.
    pub base_url: String,
    /// The model name as the provider knows it.
    pub model: String,
    /// The key, if any. Its `Debug` prints `***`, so this struct can be logged.
    pub api_key: Option<ApiKey>,
    /// Where the key came from (`env OPENAI_API_KEY`, `flag`, ...), never the key.
    pub key_source: Option<String>,
    /// Request timeouts.
    pub timeouts: Timeouts,
    /// Retry behaviour.
    pub retry: RetryPolicy,
    /// How many requests may run at once.
    pub concurrency: usize,
    /// Default token limit for requests that do not set one.
    pub max_tokens: u32,
    /// Default temperature for requests that do not set one.
    pub temperature: Option<f32>,
}

impl LlmSettings {
    /// Settings with default limits, for callers (and tests) that already know the
    /// endpoint and want no resolution logic.
    pub fn new(protocol: Protocol, base_url: impl Into<String>, model: impl Into<String>) -> Self {
        Self {
            provider: protocol.name().to_owned(),
            protocol,
            base_url: base_url.into(),
            model: model.into(),
            api_key: None,
            key_source: None,
            timeouts: Timeouts::default(),
            retry: RetryPolicy::default(),
            concurrency: 4,
            max_tokens: 4096,
            temperature: None,
        }
    }

    /// Sets the key.
    pub fn with_api_key(mut self, key: ApiKey) -> Self {
        self.api_key = Some(key);
        self.key_source = Some("explicit".to_owned());
        self
    }
}

/// Values given explicitly (command-line flags); every field is optional and wins
/// over the config file and the environment.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LlmFlags {
    /// `--provider`.
    pub provider: Option<String>,
    /// `--model`.
    pub model: Option<String>,
    /// `--base-url`.
    pub base_url: Option<String>,
    /// An explicit key. Prefer the environment: flags end up in shell history.
    pub api_key: Option<ApiKey>,
    /// Overall timeout in seconds.
    pub timeout_secs: Option<u64>,
    /// Concurrency limit.
    pub concurrency: Option<usize>,
    /// Default token limit.
    pub max_tokens: Option<u32>,
    /// Default temperature.
    pub temperature: Option<f32>,
}

/// Why settings could not be resolved. Messages are meant for the user as is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SettingsError {
    /// The config file is not valid TOML or has a bad `[llm]` table.
    #[error("config file, line {line}: {message}")]
    ConfigFile {
        /// 1-based line of the problem (0 when unknown).
        line: usize,
        /// What is wrong, without quoting the line (it could hold a key).
        message: String,
    },
    /// A provider name we do not know.
    #[error("unknown LLM provider `{name}`; known providers: {known}")]
    UnknownProvider {
        /// What the user wrote.
        name: String,
        /// The names we know.
        known: String,
    },
    /// A provider is chosen but no model is named.
    #[error(
        "provider `{provider}` is configured but no model is named; set BACKWARDS_MODEL, \
         pass --model, or add `model = \"...\"` to the [llm] section of the config file"
    )]
    MissingModel {
        /// The chosen provider.
        provider: String,
    },
    /// A hosted provider without a key.
    #[error("provider `{provider}` needs an API key; set {hint}")]
    MissingKey {
        /// The chosen provider.
        provider: String,
        /// Where to put the key.
        hint: String,
    },
    /// The generic OpenAI-compatible provider without a base URL.
    #[error(
        "provider `{provider}` needs a base URL (ending in /v1); set OPENAI_BASE_URL or \
         BACKWARDS_BASE_URL, or pass --base-url"
    )]
    MissingBaseUrl {
        /// The chosen provider.
        provider: String,
    },
    /// Something LLM-related is set, but nothing says which provider to use.
    #[error("{what} is set but no LLM provider is; {help}")]
    NoProvider {
        /// What was set.
        what: String,
        /// How to choose a provider.
        help: String,
    },
    /// A value that does not parse (a timeout that is not a number, a bad URL).
    #[error("invalid value for {name}: {reason}")]
    InvalidValue {
        /// The setting (an environment variable or config key).
        name: String,
        /// Why it is invalid.
        reason: String,
    },
}

/// The `[llm]` table of the config file. Unknown keys are rejected so that a typo
/// (`modle = ...`) is reported instead of silently ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLlm {
    provider: Option<String>,
    model: Option<String>,
    base_url: Option<String>,
    /// Discouraged (config files get committed), but honoured.
    api_key: Option<ApiKey>,
    /// The name of an environment variable that holds the key: the safe way to
    /// point the config file at a key.
    api_key_env: Option<String>,
    timeout_secs: Option<u64>,
    connect_timeout_secs: Option<u64>,
    idle_timeout_secs: Option<u64>,
    max_retries: Option<u32>,
    concurrency: Option<usize>,
    max_tokens: Option<u32>,
    temperature: Option<f32>,
}

/// The whole config file: only `[llm]` is ours; other sections belong to other
/// parts of backwards and are ignored here.
#[derive(Debug, Default, Deserialize)]
struct FileRoot {
    #[serde(default)]
    llm: Option<FileLlm>,
}

/// One layer of optional values; the file, the environment and the flags are each
/// turned into one, then merged.
#[derive(Debug, Default, Clone)]
struct Layer {
    provider: Option<String>,
    model: Option<String>,
    base_url: Option<String>,
    api_key: Option<(ApiKey, String)>,
    timeout_secs: Option<u64>,
    connect_timeout_secs: Option<u64>,
    idle_timeout_secs: Option<u64>,
    max_retries: Option<u32>,
    concurrency: Option<usize>,
    max_tokens: Option<u32>,
    temperature: Option<f32>,
}

impl Layer {
    /// `self` with every value that `top` sets replaced by `top`'s.
    fn under(self, top: Layer) -> Layer {
        Layer {
            provider: top.provider.or(self.provider),
            model: top.model.or(self.model),
            base_url: top.base_url.or(self.base_url),
            api_key: top.api_key.or(self.api_key),
            timeout_secs: top.timeout_secs.or(self.timeout_secs),
            connect_timeout_secs: top.connect_timeout_secs.or(self.connect_timeout_secs),
            idle_timeout_secs: top.idle_timeout_secs.or(self.idle_timeout_secs),
            max_retries: top.max_retries.or(self.max_retries),
            concurrency: top.concurrency.or(self.concurrency),
            max_tokens: top.max_tokens.or(self.max_tokens),
            temperature: top.temperature.or(self.temperature),
        }
    }
}

/// A lookup that treats empty (or all-blank) variables as unset, because
/// `export OPENAI_API_KEY=` is how people switch a variable off.
fn get(env: &dyn Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    env(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn parse_env<T: std::str::FromStr>(
    env: &dyn Fn(&str) -> Option<String>,
    name: &str,
) -> Result<Option<T>, SettingsError> {
    match get(env, name) {
        None => Ok(None),
        Some(text) => text
            .parse()
            .map(Some)
            .map_err(|_| SettingsError::InvalidValue {
                name: name.to_owned(),
                reason: format!("`{text}` is not a valid number"),
            }),
    }
}

fn file_layer(
    text: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Layer, SettingsError> {
    let Some(text) = text else {
        return Ok(Layer::default());
    };
    let root: FileRoot = toml::from_str(text).map_err(|e| SettingsError::ConfigFile {
        line: e.span().map(|s| line_of(text, s.start)).unwrap_or(0),
        // `message()` is the complaint alone; `Display` would quote the source line,
        // which could be the line holding an API key.
        message: without_quoted_values(e.message()),
    })?;
    let file = root.llm.unwrap_or_default();
    let api_key = match (&file.api_key_env, file.api_key) {
        (Some(var), _) => get(env, var).map(|k| (ApiKey::new(k), format!("env {var}"))),
        (None, Some(key)) => Some((key, "config file".to_owned())),
        (None, None) => None,
    };
    Ok(Layer {
        provider: file.provider,
        model: file.model,
        base_url: file.base_url,
        api_key: api_key.filter(|(k, _)| !k.is_empty()),
        timeout_secs: file.timeout_secs,
        connect_timeout_secs: file.connect_timeout_secs,
        idle_timeout_secs: file.idle_timeout_secs,
        max_retries: file.max_retries,
        concurrency: file.concurrency,
        max_tokens: file.max_tokens,
        temperature: file.temperature,
    })
}

/// The 1-based line number of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.bytes().take(offset).filter(|&b| b == b'\n').count() + 1
}

/// Replaces double-quoted values in a TOML error message with `"***"`.
///
/// Messages such as `invalid type: string "...", expected u64` quote the value, and
/// a key pasted into the wrong field would be quoted with them. Field names are
/// quoted with backticks and stay readable.
fn without_quoted_values(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut parts = message.split('"');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push('"');
        out.push_str(if i % 2 == 0 { "***" } else { part });
    }
    out
}

/// The generic `BACKWARDS_*` variables. Provider-specific ones (`OPENAI_API_KEY`,
/// ...) are applied later, once the provider is known.
fn env_layer(env: &dyn Fn(&str) -> Option<String>) -> Result<Layer, SettingsError> {
    Ok(Layer {
        provider: get(env, "BACKWARDS_PROVIDER"),
        model: get(env, "BACKWARDS_MODEL"),
        base_url: get(env, "BACKWARDS_BASE_URL"),
        api_key: get(env, "BACKWARDS_API_KEY")
            .map(|k| (ApiKey::new(k), "env BACKWARDS_API_KEY".to_owned())),
        timeout_secs: parse_env(env, "BACKWARDS_LLM_TIMEOUT")?,
        connect_timeout_secs: parse_env(env, "BACKWARDS_LLM_CONNECT_TIMEOUT")?,
        idle_timeout_secs: parse_env(env, "BACKWARDS_LLM_IDLE_TIMEOUT")?,
        max_retries: parse_env(env, "BACKWARDS_LLM_RETRIES")?,
        concurrency: parse_env(env, "BACKWARDS_LLM_CONCURRENCY")?,
        max_tokens: parse_env(env, "BACKWARDS_LLM_MAX_TOKENS")?,
        temperature: parse_env(env, "BACKWARDS_LLM_TEMPERATURE")?,
    })
}

fn flags_layer(flags: &LlmFlags) -> Layer {
    Layer {
        provider: flags.provider.clone(),
        model: flags.model.clone(),
        base_url: flags.base_url.clone(),
        api_key: flags
            .api_key
            .clone()
            .filter(|k| !k.is_empty())
            .map(|k| (k, "flag".to_owned())),
        timeout_secs: flags.timeout_secs,
        concurrency: flags.concurrency,
        max_tokens: flags.max_tokens,
        temperature: flags.temperature,
        ..Layer::default()
    }
}

/// Picks the provider when none is named, from the variables people already have
/// set for other tools. The order makes the choice predictable when several are
/// set: `OPENAI_BASE_URL` (any OpenAI-compatible server), then `OPENAI_API_KEY`,
/// then `ANTHROPIC_API_KEY`/`ANTHROPIC_BASE_URL`, then `OPENROUTER_API_KEY`, then a
/// bare base URL (OpenAI-compatible).
fn infer_provider(
    merged: &Layer,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<&'static Preset>, SettingsError> {
    let has = |name: &str| get(env, name).is_some();
    let name = if has("OPENAI_BASE_URL") {
        "compatible"
    } else if has("OPENAI_API_KEY") {
        "openai"
    } else if has("ANTHROPIC_API_KEY") || has("ANTHROPIC_BASE_URL") {
        "anthropic"
    } else if has("OPENROUTER_API_KEY") {
        "openrouter"
    } else if merged.base_url.is_some() {
        "compatible"
    } else if merged.model.is_some() || merged.api_key.is_some() {
        let what = if merged.model.is_some() {
            "a model"
        } else {
            "an API key"
        };
        return Err(SettingsError::NoProvider {
            what: what.to_owned(),
            help: how_to_configure(),
        });
    } else {
        return Ok(None);
    };
    Ok(presets::find(name))
}

fn validate_url(name: &str, url: &str) -> Result<String, SettingsError> {
    let parsed = reqwest::Url::parse(url).map_err(|e| SettingsError::InvalidValue {
        name: name.to_owned(),
        reason: format!("`{url}` is not a URL ({e})"),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(SettingsError::InvalidValue {
            name: name.to_owned(),
            reason: format!("`{url}` must start with http:// or https://"),
        });
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// Resolves the settings from a config file's text, an environment lookup and flags.
///
/// Returns `Ok(None)` when nothing at all is configured.
pub fn resolve(
    config_file: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    flags: &LlmFlags,
) -> Result<Option<LlmSettings>, SettingsError> {
    let file = file_layer(config_file, env)?;
    let top = env_layer(env)?.under(flags_layer(flags));
    let merged = file.clone().under(top.clone());
    let preset = match &merged.provider {
        Some(name) => Some(
            presets::find(name).ok_or_else(|| SettingsError::UnknownProvider {
                name: name.clone(),
                known: presets::names(),
            })?,
        ),
        None => infer_provider(&merged, env)?,
    };
    let Some(preset) = preset else {
        return Ok(None);
    };
    build(preset, &file, &top, merged, env).map(Some)
}

/// Fills in provider-specific variables and defaults, then checks completeness.
///
/// The key and the base URL have one more layer than the other settings: the
/// provider's own variable (`OPENAI_API_KEY`, `ANTHROPIC_BASE_URL`, ...), which can
/// only be read once the provider is known. It ranks with the environment: below
/// flags and `BACKWARDS_*`, above the config file.
fn build(
    preset: &Preset,
    file: &Layer,
    top: &Layer,
    merged: Layer,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<LlmSettings, SettingsError> {
    let preset_key = preset
        .key_env
        .and_then(|var| get(env, var).map(|k| (ApiKey::new(k), format!("env {var}"))));
    let api_key = top
        .api_key
        .clone()
        .or(preset_key)
        .or_else(|| file.api_key.clone());

    let preset_url = preset.base_url_env.and_then(|var| get(env, var));
    let default_url = Some(preset.base_url.to_owned()).filter(|u| !u.is_empty());
    let base_url = top
        .base_url
        .clone()
        .or(preset_url)
        .or_else(|| file.base_url.clone())
        .or(default_url)
        .ok_or_else(|| SettingsError::MissingBaseUrl {
            provider: preset.name.to_owned(),
        })?;
    let base_url = validate_url("the base URL", &base_url)?;

    let model = merged
        .model
        .or_else(|| preset.default_model.map(str::to_owned))
        .ok_or_else(|| SettingsError::MissingModel {
            provider: preset.name.to_owned(),
        })?;

    let at_default_url = base_url == preset.base_url.trim_end_matches('/');
    if preset.key_required && at_default_url && api_key.is_none() {
        let hint = match preset.key_env {
            Some(var) => format!("{var} (or BACKWARDS_API_KEY)"),
            None => "BACKWARDS_API_KEY".to_owned(),
        };
        return Err(SettingsError::MissingKey {
            provider: preset.name.to_owned(),
            hint,
        });
    }

    let defaults = LlmSettings::new(preset.protocol, String::new(), String::new());
    let secs = Duration::from_secs;
    let (api_key, key_source) = match api_key {
        Some((key, source)) => (Some(key), Some(source)),
        None => (None, None),
    };
    Ok(LlmSettings {
        provider: preset.name.to_owned(),
        protocol: preset.protocol,
        base_url,
        model,
        api_key,
        key_source,
        timeouts: Timeouts {
            connect: merged
                .connect_timeout_secs
                .map(secs)
                .unwrap_or(defaults.timeouts.connect),
            overall: merged
                .timeout_secs
                .map(secs)
                .unwrap_or(defaults.timeouts.overall),
            idle: merged
                .idle_timeout_secs
                .map(secs)
                .unwrap_or(defaults.timeouts.idle),
        },
        retry: RetryPolicy {
            max_retries: merged.max_retries.unwrap_or(defaults.retry.max_retries),
            ..defaults.retry
        },
        concurrency: merged.concurrency.unwrap_or(defaults.concurrency).max(1),
        max_tokens: merged.max_tokens.unwrap_or(defaults.max_tokens),
        temperature: merged.temperature.or(defaults.temperature),
    })
}

/// The text shown when polish was asked for but no provider is configured.
pub fn how_to_configure() -> String {
    let mut text = String::from(
        "No LLM provider is configured, so backwards keeps its deterministic drafts.\n\
         To let a model polish them, pick a provider and a model, for example:\n\
         \n  export OPENAI_API_KEY=...      BACKWARDS_MODEL=<model>   # OpenAI\
         \n  export ANTHROPIC_API_KEY=...   BACKWARDS_MODEL=<model>   # Anthropic\
         \n  export OPENROUTER_API_KEY=...  BACKWARDS_MODEL=<vendor/model>   # OpenRouter\
         \n  export BACKWARDS_PROVIDER=ollama BACKWARDS_MODEL=llama3.2   # local Ollama\n\
         \nKnown providers (BACKWARDS_PROVIDER or --provider):\n",
    );
    for preset in presets::PRESETS {
        let url = if preset.base_url.is_empty() {
            "(give a base URL)"
        } else {
            preset.base_url
        };
        text.push_str(&format!(
            "  {:<11} {:<30} {}\n",
            preset.name, url, preset.description
        ));
    }
    text.push_str(
        "\nOther settings: BACKWARDS_BASE_URL, BACKWARDS_API_KEY, BACKWARDS_LLM_TIMEOUT (seconds),\n\
         BACKWARDS_LLM_CONCURRENCY, or the flags --provider, --model, --base-url.\n\
         The same keys go in the [llm] section of the config file, for example:\n\
         \n  [llm]\n  provider = \"ollama\"\n  model = \"llama3.2\"\n\
         \nThen run `backwards doctor` to check that the model answers.\n",
    );
    text
}
