//! Authenticator-app codes (TOTP, RFC 6238) as every authenticator app computes them: SHA-1, six
//! digits, 30-second steps. A code is accepted for the step before and after the current one
//! (clock drift), and the step it matched is returned so the caller can refuse it a second time
//! (RFC 6238 §5.2); the caller owns that record. Secrets are 160 random bits in base32, the form
//! apps and `otpauth://` URIs use.

use subtle::ConstantTimeEq;
use totp_rs::{Builder, Secret, Totp};

use crate::error::{Error, Result};
use crate::model::id::random_bytes;

/// Seconds per step.
pub const STEP_SECONDS: u64 = 30;
/// Steps accepted either side of the current one.
const SKEW: u16 = 1;

/// A new secret in base32 (32 characters, 160 bits).
pub fn generate_secret() -> String {
    Secret::from(random_bytes::<20>().to_vec()).to_base32()
}

/// A secret typed or pasted by an operator, normalized (upper case, no spaces or padding), or
/// an error naming it: base32 of at least 128 bits, as RFC 4226 asks.
pub fn normalize_secret(text: &str) -> Result<String> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=' && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let shown = crate::model::validate::shown(text);
    let secret = Secret::try_from_base32(&cleaned)
        .map_err(|_| Error::invalid(format!("TOTP secret '{shown}' is not base32")))?;
    if secret.as_ref().len() < 16 {
        return Err(Error::invalid(format!(
            "TOTP secret '{shown}' is too short: use at least 26 base32 characters (128 bits)"
        )));
    }
    Ok(cleaned)
}

fn totp(secret: &str, account: &str, issuer: &str) -> Result<Totp> {
    let secret = Secret::try_from_base32(secret)
        .map_err(|_| Error::Runtime("a stored TOTP secret is not base32".into()))?;
    Builder::new()
        .with_secret(secret)
        .with_step_duration(STEP_SECONDS)
        .with_account_name(account.replace(':', " "))
        .with_issuer(Some(issuer.replace(':', " ")))
        .build()
        .map_err(|e| Error::Runtime(format!("building a TOTP failed: {e}")))
}

/// The step `code` (spaces ignored) matches at `unix_time`, if any: the current step or one
/// either side. Each candidate is compared in constant time.
pub fn matching_step(secret: &str, code: &str, unix_time: i64) -> Result<Option<u64>> {
    let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let totp = totp(secret, "", "doorman")?;
    let origin = u64::try_from(unix_time).unwrap_or(0) / STEP_SECONDS;
    let first = origin.saturating_sub(u64::from(SKEW));
    Ok((first..=origin + u64::from(SKEW)).find(|&step| {
        let expected = totp.generate(step * STEP_SECONDS).to_string();
        bool::from(expected.as_bytes().ct_eq(typed.as_bytes()))
    }))
}

/// The code for `unix_time` (for tests and the fixed-clock unit tests).
pub fn code_at(secret: &str, unix_time: i64) -> Result<String> {
    Ok(totp(secret, "", "doorman")?
        .generate(u64::try_from(unix_time).unwrap_or(0))
        .to_string())
}

/// The `otpauth://totp/...` URI an authenticator app scans.
pub fn otpauth_uri(secret: &str, account: &str, issuer: &str) -> Result<String> {
    totp(secret, account, issuer)?
        .to_url()
        .map_err(|e| Error::Runtime(format!("building an otpauth URI failed: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B, SHA-1: the key is "12345678901234567890".
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_follow_rfc_6238_with_one_step_of_drift() {
        assert_eq!(code_at(RFC_SECRET, 59).unwrap(), "287082");
        assert_eq!(code_at(RFC_SECRET, 1_111_111_109).unwrap(), "081804");
        let now = 1_111_111_109;
        assert_eq!(
            matching_step(RFC_SECRET, "081804", now).unwrap(),
            Some(now as u64 / 30)
        );
        let previous = code_at(RFC_SECRET, now - 30).unwrap();
        assert_eq!(
            matching_step(RFC_SECRET, &previous, now).unwrap(),
            Some(now as u64 / 30 - 1)
        );
        let stale = code_at(RFC_SECRET, now - 90).unwrap();
        assert_eq!(matching_step(RFC_SECRET, &stale, now).unwrap(), None);
        assert_eq!(matching_step(RFC_SECRET, "08180", now).unwrap(), None);
        assert_eq!(
            matching_step(RFC_SECRET, "081 804", now).unwrap(),
            Some(now as u64 / 30)
        );
    }

    #[test]
    fn secrets_are_base32_of_at_least_128_bits() {
        let secret = generate_secret();
        assert_eq!(secret.len(), 32);
        assert_eq!(normalize_secret(&secret.to_lowercase()).unwrap(), secret);
        assert!(normalize_secret("not base32!").is_err());
        assert!(
            normalize_secret("GEZDGNBV")
                .unwrap_err()
                .to_string()
                .contains("too short")
        );
        let uri = otpauth_uri(&secret, "ada@example.com", "doorman").unwrap();
        assert!(
            uri.starts_with("otpauth://totp/doorman:ada%40example.com?"),
            "{uri}"
        );
        assert!(uri.contains(&format!("secret={secret}")), "{uri}");
    }
}
