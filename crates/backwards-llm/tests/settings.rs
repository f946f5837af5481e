//! Settings resolution: file < environment < flags, provider inference, and the
//! "nothing configured" outcome. The environment is a closure over a fixed list, so
//! no test touches the process environment.

use std::time::Duration;

use backwards_llm::{ApiKey, LlmFlags, Protocol, SettingsError, how_to_configure, resolve};

fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    move |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

fn resolved(
    file: Option<&str>,
    vars: &[(&str, &str)],
    flags: &LlmFlags,
) -> backwards_llm::LlmSettings {
    resolve(file, &env(vars), flags)
        .expect("resolves")
        .expect("is configured")
}

fn error(file: Option<&str>, vars: &[(&str, &str)], flags: &LlmFlags) -> SettingsError {
    resolve(file, &env(vars), flags).expect_err("should fail")
}

#[test]
fn nothing_configured_is_none() {
    assert_eq!(resolve(None, &env(&[]), &LlmFlags::default()), Ok(None));
    // Unrelated config sections and empty variables do not count as configuration.
    let file = "[export]\nformat = \"pdf\"\n";
    assert_eq!(
        resolve(
            Some(file),
            &env(&[("OPENAI_API_KEY", " ")]),
            &LlmFlags::default()
        ),
        Ok(None)
    );
}

#[test]
fn openai_key_and_model_from_environment() {
    let s = resolved(
        None,
        &[("OPENAI_API_KEY", "sk-a"), ("BACKWARDS_MODEL", "gpt-x")],
        &LlmFlags::default(),
    );
    assert_eq!(s.provider, "openai");
    assert_eq!(s.protocol, Protocol::OpenAi);
    assert_eq!(s.base_url, "https://api.openai.com/v1");
    assert_eq!(s.model, "gpt-x");
    assert_eq!(s.api_key, Some(ApiKey::new("sk-a")));
    assert_eq!(s.key_source.as_deref(), Some("env OPENAI_API_KEY"));
}

#[test]
fn anthropic_from_environment_with_custom_base() {
    let vars = [
        ("ANTHROPIC_API_KEY", "sk-ant"),
        ("ANTHROPIC_BASE_URL", "http://127.0.0.1:9000/"),
        ("BACKWARDS_MODEL", "claude-x"),
    ];
    let s = resolved(None, &vars, &LlmFlags::default());
    assert_eq!(
        (s.provider.as_str(), s.protocol),
        ("anthropic", Protocol::Anthropic)
    );
    assert_eq!(s.base_url, "http://127.0.0.1:9000");
}

#[test]
fn openai_base_url_alone_means_a_compatible_local_server() {
    let vars = [
        ("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1"),
        ("BACKWARDS_MODEL", "qwen"),
    ];
    let s = resolved(None, &vars, &LlmFlags::default());
    assert_eq!(s.provider, "compatible");
    assert_eq!(s.base_url, "http://127.0.0.1:8000/v1");
    assert_eq!(s.api_key, None);
}

#[test]
fn local_presets_need_no_key() {
    let vars = [
        ("BACKWARDS_PROVIDER", "Ollama"),
        ("BACKWARDS_MODEL", "llama3.2"),
    ];
    let s = resolved(None, &vars, &LlmFlags::default());
    assert_eq!(s.base_url, "http://127.0.0.1:11434/v1");
    assert!(s.api_key.is_none());
    // llama.cpp serves whatever it loaded, so it has a default model.
    let s = resolved(
        None,
        &[("BACKWARDS_PROVIDER", "llama.cpp")],
        &LlmFlags::default(),
    );
    assert_eq!(
        (s.provider.as_str(), s.model.as_str()),
        ("llamacpp", "default")
    );
}

#[test]
fn later_layers_win() {
    let file = "[llm]\nprovider = \"vllm\"\nmodel = \"from-file\"\nbase_url = \"http://127.0.0.1:1/v1\"\ntimeout_secs = 11\nconcurrency = 2\n";
    let s = resolved(Some(file), &[], &LlmFlags::default());
    assert_eq!(
        (s.provider.as_str(), s.model.as_str()),
        ("vllm", "from-file")
    );
    assert_eq!(s.base_url, "http://127.0.0.1:1/v1");
    assert_eq!(s.timeouts.overall, Duration::from_secs(11));
    assert_eq!(s.concurrency, 2);

    let vars = [
        ("BACKWARDS_MODEL", "from-env"),
        ("BACKWARDS_BASE_URL", "http://127.0.0.1:2/v1"),
        ("BACKWARDS_LLM_TIMEOUT", "22"),
    ];
    let s = resolved(Some(file), &vars, &LlmFlags::default());
    assert_eq!(s.model, "from-env");
    assert_eq!(s.base_url, "http://127.0.0.1:2/v1");
    assert_eq!(s.timeouts.overall, Duration::from_secs(22));

    let flags = LlmFlags {
        provider: Some("lmstudio".into()),
        model: Some("from-flag".into()),
        base_url: Some("http://127.0.0.1:3/v1".into()),
        timeout_secs: Some(33),
        concurrency: Some(0),
        ..LlmFlags::default()
    };
    let s = resolved(Some(file), &vars, &flags);
    assert_eq!(
        (s.provider.as_str(), s.model.as_str()),
        ("lmstudio", "from-flag")
    );
    assert_eq!(s.base_url, "http://127.0.0.1:3/v1");
    assert_eq!(s.timeouts.overall, Duration::from_secs(33));
    assert_eq!(
        s.concurrency, 1,
        "a zero limit would deadlock, so it means one"
    );
}

#[test]
fn key_precedence() {
    let file = "[llm]\nprovider = \"openai\"\nmodel = \"m\"\napi_key = \"from-file\"\n";
    let key = |vars: &[(&str, &str)], flags: &LlmFlags| {
        let s = resolved(Some(file), vars, flags);
        (s.api_key.map(|k| k.expose().to_owned()), s.key_source)
    };
    let none = LlmFlags::default();
    assert_eq!(
        key(&[], &none),
        (Some("from-file".into()), Some("config file".into()))
    );
    let vars = [("OPENAI_API_KEY", "from-openai-env")];
    assert_eq!(key(&vars, &none).0.as_deref(), Some("from-openai-env"));
    let vars = [
        ("OPENAI_API_KEY", "from-openai-env"),
        ("BACKWARDS_API_KEY", "from-backwards-env"),
    ];
    assert_eq!(key(&vars, &none).0.as_deref(), Some("from-backwards-env"));
    let flags = LlmFlags {
        api_key: Some(ApiKey::new("from-flag")),
        ..LlmFlags::default()
    };
    assert_eq!(
        key(&vars, &flags),
        (Some("from-flag".into()), Some("flag".into()))
    );
}

#[test]
fn config_file_can_point_at_a_key_variable() {
    let file =
        "[llm]\nprovider = \"openrouter\"\nmodel = \"x/y\"\napi_key_env = \"MY_ROUTER_KEY\"\n";
    let s = resolved(
        Some(file),
        &[("MY_ROUTER_KEY", "sk-or")],
        &LlmFlags::default(),
    );
    assert_eq!(s.api_key, Some(ApiKey::new("sk-or")));
    assert_eq!(s.key_source.as_deref(), Some("env MY_ROUTER_KEY"));
    assert_eq!(s.base_url, "https://openrouter.ai/api/v1");
}

#[test]
fn incomplete_configurations_say_what_is_missing() {
    let no_model = error(None, &[("OPENAI_API_KEY", "sk")], &LlmFlags::default());
    assert!(matches!(no_model, SettingsError::MissingModel { .. }));
    assert!(no_model.to_string().contains("BACKWARDS_MODEL"));

    let no_key = error(
        None,
        &[("BACKWARDS_PROVIDER", "openai"), ("BACKWARDS_MODEL", "m")],
        &LlmFlags::default(),
    );
    assert!(no_key.to_string().contains("OPENAI_API_KEY"), "{no_key}");

    let no_url = error(
        None,
        &[
            ("BACKWARDS_PROVIDER", "compatible"),
            ("BACKWARDS_MODEL", "m"),
        ],
        &LlmFlags::default(),
    );
    assert!(matches!(no_url, SettingsError::MissingBaseUrl { .. }));

    let no_provider = error(None, &[("BACKWARDS_MODEL", "m")], &LlmFlags::default());
    assert!(matches!(no_provider, SettingsError::NoProvider { .. }));
    assert!(no_provider.to_string().contains("BACKWARDS_PROVIDER"));

    let unknown = error(
        None,
        &[("BACKWARDS_PROVIDER", "gemini")],
        &LlmFlags::default(),
    );
    assert!(unknown.to_string().contains("ollama"), "{unknown}");
}

#[test]
fn bad_values_are_rejected() {
    let vars = [
        ("BACKWARDS_PROVIDER", "ollama"),
        ("BACKWARDS_MODEL", "m"),
        ("BACKWARDS_LLM_TIMEOUT", "soon"),
    ];
    assert!(matches!(
        error(None, &vars, &LlmFlags::default()),
        SettingsError::InvalidValue { name, .. } if name == "BACKWARDS_LLM_TIMEOUT"
    ));
    let vars = [
        ("BACKWARDS_PROVIDER", "ollama"),
        ("BACKWARDS_MODEL", "m"),
        ("BACKWARDS_BASE_URL", "ftp://x"),
    ];
    assert!(matches!(
        error(None, &vars, &LlmFlags::default()),
        SettingsError::InvalidValue { .. }
    ));
}

#[test]
fn config_file_errors_have_a_line_and_never_quote_values() {
    let typo = "[llm]\nprovider = \"ollama\"\nmodle = \"m\"\n";
    match error(Some(typo), &[], &LlmFlags::default()) {
        SettingsError::ConfigFile { line, message } => {
            assert_eq!(line, 3);
            assert!(message.contains("modle"), "{message}");
        }
        other => panic!("expected a config file error, got {other:?}"),
    }
    let misplaced_key =
        "[llm]\nprovider = \"openai\"\ntimeout_secs = \"sk-secret-in-wrong-field\"\n";
    let message = error(Some(misplaced_key), &[], &LlmFlags::default()).to_string();
    assert!(message.contains("line 3"), "{message}");
    assert!(!message.contains("sk-secret-in-wrong-field"), "{message}");
    let broken = "[llm\nprovider = ";
    assert!(matches!(
        error(Some(broken), &[], &LlmFlags::default()),
        SettingsError::ConfigFile { .. }
    ));
}

#[test]
fn settings_debug_hides_the_key() {
    let s = resolved(
        None,
        &[
            ("ANTHROPIC_API_KEY", "sk-ant-hidden-key"),
            ("BACKWARDS_MODEL", "c"),
        ],
        &LlmFlags::default(),
    );
    let debug = format!("{s:?}");
    assert!(!debug.contains("sk-ant-hidden-key"), "{debug}");
    assert!(debug.contains("***"));
}

#[test]
fn help_text_explains_every_way_to_configure() {
    let help = how_to_configure();
    for needle in [
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "OPENROUTER_API_KEY",
        "BACKWARDS_MODEL",
        "BACKWARDS_PROVIDER",
        "--provider",
        "[llm]",
        "http://127.0.0.1:11434/v1",
        "llamacpp",
        "vllm",
        "lmstudio",
        "backwards doctor",
    ] {
        assert!(help.contains(needle), "help lacks {needle}:\n{help}");
    }
}
