//! `backwards doctor`: what is configured, and does it answer?
//!
//! The report is data (serializable for the web app, `Display` for the terminal) so
//! the CLI does no formatting logic of its own. It never contains the key, only
//! whether one is set and where it came from.

use std::fmt;
use std::time::Duration;

use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::client::LlmClient;
use crate::error::LlmError;
use crate::providers;
use crate::secret::redact;
use crate::settings::{LlmSettings, how_to_configure};
use crate::types::ChatRequest;

/// How doctor reached (or failed to reach) the endpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Reachability {
    /// Nothing is configured, so nothing was contacted.
    NotChecked,
    /// The endpoint answered.
    Ok {
        /// `list models` (free) or `1-token request` (when the server has no model list).
        via: String,
        /// Whether the configured model is in the server's list; `None` when the list
        /// was not available.
        model_listed: Option<bool>,
    },
    /// The endpoint did not answer properly.
    Failed {
        /// Why, redacted.
        error: String,
    },
}

/// What doctor found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoctorReport {
    /// Whether a provider is configured at all.
    pub configured: bool,
    /// Provider preset name.
    pub provider: Option<String>,
    /// Wire format name.
    pub protocol: Option<String>,
    /// Base URL.
    pub base_url: Option<String>,
    /// Model.
    pub model: Option<String>,
    /// Whether a key is set (never the key).
    pub key_set: bool,
    /// Where the key came from, such as `env OPENAI_API_KEY`.
    pub key_source: Option<String>,
    /// The result of contacting the endpoint.
    pub reachability: Reachability,
    /// Configuration help, when nothing is configured.
    pub help: Option<String>,
}

impl DoctorReport {
    /// Whether everything is in order.
    pub fn healthy(&self) -> bool {
        matches!(
            self.reachability,
            Reachability::Ok {
                model_listed: Some(true) | None,
                ..
            }
        )
    }
}

/// Reports on `settings` and, if there are any, contacts the endpoint.
///
/// The probe first asks for the model list, which costs nothing; servers without
/// one (404/405) get a 1-token chat request instead. Retries are off and the wait
/// is capped at `probe_timeout`, so a dead server gives a quick answer.
pub async fn doctor(
    settings: Option<&LlmSettings>,
    probe_timeout: Duration,
    cancel: &CancellationToken,
) -> DoctorReport {
    let Some(settings) = settings else {
        return DoctorReport {
            configured: false,
            provider: None,
            protocol: None,
            base_url: None,
            model: None,
            key_set: false,
            key_source: None,
            reachability: Reachability::NotChecked,
            help: Some(how_to_configure()),
        };
    };
    let mut probe_settings = settings.clone();
    probe_settings.retry.max_retries = 0;
    probe_settings.timeouts.overall = probe_settings.timeouts.overall.min(probe_timeout);
    probe_settings.timeouts.idle = probe_settings.timeouts.idle.min(probe_timeout);
    let reachability = match LlmClient::new(probe_settings) {
        Ok(client) => probe(&client, cancel).await,
        Err(error) => Reachability::Failed {
            error: error.to_string(),
        },
    };
    DoctorReport {
        configured: true,
        provider: Some(settings.provider.clone()),
        protocol: Some(settings.protocol.name().to_owned()),
        base_url: Some(settings.base_url.clone()),
        model: Some(settings.model.clone()),
        key_set: settings.api_key.is_some(),
        key_source: settings.key_source.clone(),
        reachability,
        help: None,
    }
}

async fn probe(client: &LlmClient, cancel: &CancellationToken) -> Reachability {
    match list_models(client, cancel).await {
        Ok(models) => Reachability::Ok {
            via: "list models".to_owned(),
            model_listed: models.map(|m| m.iter().any(|id| id == &client.settings().model)),
        },
        Err(LlmError::Status {
            status: 404 | 405, ..
        }) => {
            let request = ChatRequest::new("Reply with one word.", "ping").with_max_tokens(1);
            match client.complete(&request, cancel).await {
                Ok(_) => Reachability::Ok {
                    via: "1-token request".to_owned(),
                    model_listed: None,
                },
                Err(error) => Reachability::Failed {
                    error: error.to_string(),
                },
            }
        }
        Err(error) => Reachability::Failed {
            error: error.to_string(),
        },
    }
}

/// `GET` the model list; `Ok(None)` when it answered 200 with an unknown shape.
async fn list_models(
    client: &LlmClient,
    cancel: &CancellationToken,
) -> Result<Option<Vec<String>>, LlmError> {
    let settings = client.settings();
    let url = providers::models_url(settings.protocol, &settings.base_url);
    let (auth, extra) = match settings.protocol {
        providers::Protocol::OpenAi => (providers::AuthScheme::Bearer, None),
        providers::Protocol::Anthropic => (
            providers::AuthScheme::XApiKey,
            Some(("anthropic-version", providers::anthropic::ANTHROPIC_VERSION)),
        ),
    };
    let mut request = client.http().get(&url);
    if let Some((name, value)) = extra {
        request = request.header(name, value);
    }
    let request = client.authorize(request, auth)?;
    let limit = settings.timeouts.overall;
    let send = async {
        let response = request.send().await?;
        let status = response.status();
        let body = response.text().await?;
        Ok::<_, reqwest::Error>((status, body))
    };
    let (status, body) = tokio::select! {
        biased;
        () = cancel.cancelled() => return Err(LlmError::Cancelled),
        r = tokio::time::timeout(limit, send) => r
            .map_err(|_| LlmError::Timeout { kind: crate::error::TimeoutKind::Overall, limit })?
            .map_err(|e| LlmError::Transport(redact(&e.to_string(), settings.api_key.as_ref())))?,
    };
    if !status.is_success() {
        let message = redact(&providers::error_message(&body), settings.api_key.as_ref());
        return Err(LlmError::Status {
            status: status.as_u16(),
            message,
            retry_after: None,
        });
    }
    let ids = serde_json::from_str::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| {
            let data = v.get("data")?.as_array()?.clone();
            Some(
                data.iter()
                    .filter_map(|m| m.get("id")?.as_str().map(str::to_owned))
                    .collect(),
            )
        });
    Ok(ids)
}

impl fmt::Display for DoctorReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.configured {
            return write!(
                f,
                "{}",
                self.help
                    .as_deref()
                    .unwrap_or("No LLM provider is configured.")
            );
        }
        let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_owned());
        writeln!(
            f,
            "provider:  {} ({})",
            show(&self.provider),
            show(&self.protocol)
        )?;
        writeln!(f, "base URL:  {}", show(&self.base_url))?;
        writeln!(f, "model:     {}", show(&self.model))?;
        match (&self.key_set, &self.key_source) {
            (true, Some(source)) => writeln!(f, "API key:   set (from {source})")?,
            (true, None) => writeln!(f, "API key:   set")?,
            (false, _) => writeln!(f, "API key:   not set")?,
        }
        match &self.reachability {
            Reachability::NotChecked => writeln!(f, "endpoint:  not checked"),
            Reachability::Ok { via, model_listed } => {
                write!(f, "endpoint:  answers ({via})")?;
                match model_listed {
                    Some(true) => writeln!(f, "; the model is available"),
                    Some(false) => writeln!(f, "; but the model is NOT in its model list"),
                    None => writeln!(f),
                }
            }
            Reachability::Failed { error } => writeln!(f, "endpoint:  FAILED: {error}"),
        }
    }
}
