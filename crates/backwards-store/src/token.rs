//! Hashing of bearer secrets (session cookies, API tokens, share links).
//!
//! The store never sees, stores or logs a raw token. The web layer generates a
//! random token, gives it to the user, and hands the store only
//! `TokenHash::of(&token)`. A leaked database backup therefore contains no
//! usable credentials. Plain SHA-256 (no salt, no stretching) is right here,
//! unlike for passwords: the tokens are long random strings, so there is
//! nothing to brute-force, and an unsalted hash keeps lookup a single indexed
//! equality query.

use sha2::{Digest, Sha256};
use std::fmt;

/// The SHA-256 of a bearer token, the only form in which tokens are stored.
///
/// Taking a `TokenHash` (not a `&str`) in every store method makes it
/// impossible to store a raw token by accident.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TokenHash([u8; 32]);

impl TokenHash {
    /// Hashes a raw token as received from a cookie, header or URL.
    pub fn of(token: &str) -> Self {
        TokenHash(Sha256::digest(token.as_bytes()).into())
    }

    /// The lower-case hex form used in the database (64 characters).
    pub fn to_hex(&self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(64);
        for byte in self.0 {
            out.push(char::from(DIGITS[usize::from(byte >> 4)]));
            out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
        }
        out
    }
}

impl fmt::Debug for TokenHash {
    /// Shows only a prefix: enough to correlate log lines, not enough to
    /// matter, and it keeps log output short.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hex = self.to_hex();
        write!(f, "TokenHash({}…)", &hex[..8])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_published_sha256_test_vector() {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        assert_eq!(
            TokenHash::of("abc").to_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn debug_does_not_print_the_whole_hash() {
        let shown = format!("{:?}", TokenHash::of("abc"));
        assert_eq!(shown, "TokenHash(ba7816bf…)");
    }
}
