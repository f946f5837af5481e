//! Backoff arithmetic, kept pure so it can be tested without sleeping.

use std::time::Duration;

use reqwest::header::HeaderMap;

use crate::settings::RetryPolicy;

/// The delay before retry number `retry` (0-based).
///
/// Exponential (`base * 2^retry`), scaled by `jitter` in `[0.5, 1.0]` so that the
/// four documents of one run, rate-limited together, do not all come back in the
/// same millisecond. A `Retry-After` from the provider wins over our guess (the
/// server knows when its window reopens), but both are capped at `max_delay` so a
/// misbehaving server cannot park the CLI for an hour.
pub fn backoff_delay(
    policy: &RetryPolicy,
    retry: u32,
    retry_after: Option<Duration>,
    jitter: f64,
) -> Duration {
    let delay = match retry_after {
        Some(asked) => asked,
        None => {
            let factor = 2u32.saturating_pow(retry.min(20));
            policy
                .base_delay
                .saturating_mul(factor)
                .mul_f64(jitter.clamp(0.5, 1.0))
        }
    };
    delay.min(policy.max_delay)
}

/// A jitter factor in `[0.5, 1.0]` from the clock. Quality does not matter here,
/// only that concurrent callers differ, so no random-number crate is needed.
pub fn clock_jitter() -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    0.5 + f64::from(nanos % 1000) / 2000.0
}

/// Reads how long the provider wants us to wait.
///
/// OpenAI sends `retry-after-ms` as well as the standard `Retry-After`; the
/// millisecond one is more precise, so it wins. The HTTP-date form of `Retry-After`
/// is rare for APIs and falls back to our own backoff.
pub fn parse_retry_after(headers: &HeaderMap) -> Option<Duration> {
    let number = |name: &str| -> Option<f64> {
        let value = headers
            .get(name)?
            .to_str()
            .ok()?
            .trim()
            .parse::<f64>()
            .ok()?;
        (value.is_finite() && value >= 0.0).then_some(value)
    };
    if let Some(ms) = number("retry-after-ms") {
        return Some(Duration::from_secs_f64(ms / 1000.0));
    }
    number("retry-after").map(|secs| Duration::from_secs_f64(secs.min(86_400.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> RetryPolicy {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
        }
    }

    #[test]
    fn doubles_and_caps() {
        let p = policy();
        assert_eq!(backoff_delay(&p, 0, None, 1.0), Duration::from_millis(100));
        assert_eq!(backoff_delay(&p, 1, None, 1.0), Duration::from_millis(200));
        assert_eq!(backoff_delay(&p, 3, None, 1.0), Duration::from_millis(800));
        assert_eq!(backoff_delay(&p, 10, None, 1.0), Duration::from_secs(2));
        assert_eq!(backoff_delay(&p, 1, None, 0.5), Duration::from_millis(100));
        assert_eq!(
            backoff_delay(&p, u32::MAX, None, 1.0),
            Duration::from_secs(2)
        );
    }

    #[test]
    fn retry_after_wins_but_is_capped() {
        let p = policy();
        let asked = Some(Duration::from_millis(1500));
        assert_eq!(
            backoff_delay(&p, 0, asked, 1.0),
            Duration::from_millis(1500)
        );
        assert_eq!(
            backoff_delay(&p, 0, Some(Duration::from_secs(600)), 1.0),
            p.max_delay
        );
    }

    #[test]
    fn jitter_is_in_range() {
        let j = clock_jitter();
        assert!((0.5..=1.0).contains(&j), "{j}");
    }

    #[test]
    fn parses_retry_after_headers() {
        let mut headers = HeaderMap::new();
        assert_eq!(parse_retry_after(&headers), None);
        headers.insert("retry-after", "3".parse().unwrap());
        assert_eq!(parse_retry_after(&headers), Some(Duration::from_secs(3)));
        headers.insert("retry-after-ms", "250".parse().unwrap());
        assert_eq!(
            parse_retry_after(&headers),
            Some(Duration::from_millis(250))
        );
        let mut date = HeaderMap::new();
        date.insert(
            "retry-after",
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(parse_retry_after(&date), None);
    }
}
