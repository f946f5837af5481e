//! Known providers, as data.
//!
//! Every OpenAI-compatible server differs from the others only in its default base
//! URL and in whether it needs a key, so adding one is adding a row here, never code.

use crate::providers::Protocol;

/// A provider we know the defaults of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// The name users type (`--provider ollama`, `BACKWARDS_PROVIDER=ollama`).
    pub name: &'static str,
    /// The wire format it speaks.
    pub protocol: Protocol,
    /// Where it listens unless told otherwise. Empty means "no default": the user
    /// must give a base URL (the generic OpenAI-compatible entry).
    pub base_url: &'static str,
    /// The environment variable conventionally holding its key.
    pub key_env: Option<&'static str>,
    /// The environment variable conventionally holding its base URL.
    pub base_url_env: Option<&'static str>,
    /// Whether a key is required when talking to the default base URL. Local servers
    /// need none, and a hosted provider behind a custom URL (a proxy) may not either.
    pub key_required: bool,
    /// A model to use when none is given. Only for servers that ignore the field
    /// (llama.cpp serves whichever model it loaded); hosted model names go stale too
    /// quickly to hard-code.
    pub default_model: Option<&'static str>,
    /// One line for help texts.
    pub description: &'static str,
}

/// Every known provider.
pub const PRESETS: &[Preset] = &[
    Preset {
        name: "openai",
        protocol: Protocol::OpenAi,
        base_url: "https://api.openai.com/v1",
        key_env: Some("OPENAI_API_KEY"),
        base_url_env: Some("OPENAI_BASE_URL"),
        key_required: true,
        default_model: None,
        description: "OpenAI (hosted)",
    },
    Preset {
        name: "anthropic",
        protocol: Protocol::Anthropic,
        base_url: "https://api.anthropic.com",
        key_env: Some("ANTHROPIC_API_KEY"),
        base_url_env: Some("ANTHROPIC_BASE_URL"),
        key_required: true,
        default_model: None,
        description: "Anthropic Messages API (hosted)",
    },
    Preset {
        name: "openrouter",
        protocol: Protocol::OpenAi,
        base_url: "https://openrouter.ai/api/v1",
        key_env: Some("OPENROUTER_API_KEY"),
        base_url_env: None,
        key_required: true,
        default_model: None,
        description: "OpenRouter (hosted router; reports cost per request)",
    },
    Preset {
        name: "ollama",
        protocol: Protocol::OpenAi,
        base_url: "http://127.0.0.1:11434/v1",
        key_env: None,
        base_url_env: None,
        key_required: false,
        default_model: None,
        description: "Ollama (local)",
    },
    Preset {
        name: "llamacpp",
        protocol: Protocol::OpenAi,
        base_url: "http://127.0.0.1:8080/v1",
        key_env: None,
        base_url_env: None,
        key_required: false,
        default_model: Some("default"),
        description: "llama.cpp server (local)",
    },
    Preset {
        name: "vllm",
        protocol: Protocol::OpenAi,
        base_url: "http://127.0.0.1:8000/v1",
        key_env: None,
        base_url_env: None,
        key_required: false,
        default_model: None,
        description: "vLLM (local or self-hosted)",
    },
    Preset {
        name: "lmstudio",
        protocol: Protocol::OpenAi,
        base_url: "http://127.0.0.1:1234/v1",
        key_env: None,
        base_url_env: None,
        key_required: false,
        default_model: None,
        description: "LM Studio (local)",
    },
    Preset {
        name: "compatible",
        protocol: Protocol::OpenAi,
        base_url: "",
        key_env: Some("OPENAI_API_KEY"),
        base_url_env: Some("OPENAI_BASE_URL"),
        key_required: false,
        default_model: None,
        description: "any other OpenAI-compatible server (give a base URL ending in /v1)",
    },
];

/// Finds a preset by name, forgiving case and punctuation so that `llama.cpp`,
/// `LM-Studio` and `openai-compatible` all work.
pub fn find(name: &str) -> Option<&'static Preset> {
    let wanted: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let wanted = match wanted.as_str() {
        "openaicompatible" | "custom" => "compatible",
        "llama" | "llamaserver" => "llamacpp",
        other => other,
    };
    PRESETS.iter().find(|p| p.name == wanted)
}

/// The comma-separated list of names, for error messages.
pub fn names() -> String {
    PRESETS
        .iter()
        .map(|p| p.name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_forgives_spelling() {
        assert_eq!(find("llama.cpp").map(|p| p.name), Some("llamacpp"));
        assert_eq!(find("LM-Studio").map(|p| p.name), Some("lmstudio"));
        assert_eq!(
            find("openai-compatible").map(|p| p.name),
            Some("compatible")
        );
        assert_eq!(
            find("Anthropic").map(|p| p.protocol),
            Some(Protocol::Anthropic)
        );
        assert!(find("gemini").is_none());
    }

    #[test]
    fn names_are_unique_and_local_presets_are_loopback() {
        for (i, preset) in PRESETS.iter().enumerate() {
            assert!(
                PRESETS[..i].iter().all(|p| p.name != preset.name),
                "{}",
                preset.name
            );
            if !preset.key_required && !preset.base_url.is_empty() {
                assert!(
                    preset.base_url.starts_with("http://127.0.0.1:"),
                    "{}",
                    preset.name
                );
            }
        }
    }
}
