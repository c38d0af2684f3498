//! The shape rules for identifiers. They live here, once, so the CLI, fixtures and (later) the
//! sign-up page accept and refuse exactly the same values.

use std::borrow::Cow;

use crate::error::{Error, Result};

/// The longest display name, organization, role or scope name (Logto's column sizes).
pub const MAX_NAME_CHARS: usize = 128;
/// The longest description of an organization, role or scope.
pub const MAX_DESCRIPTION_CHARS: usize = 256;
/// The longest URL kept (avatars, redirect URIs, links).
pub const MAX_URL_BYTES: usize = 2048;
/// The largest `custom_data` object, as JSON.
pub const MAX_CUSTOM_DATA_BYTES: usize = 64 * 1024;

/// A value as an error message shows it: whole when short, else its start and how long it
/// was, so a 50 MB mistake does not come back as a 50 MB message.
pub fn shown(value: &str) -> Cow<'_, str> {
    const SHOWN_CHARS: usize = 48;
    if value.chars().count() <= SHOWN_CHARS {
        return Cow::Borrowed(value);
    }
    let start: String = value.chars().take(SHOWN_CHARS).collect();
    Cow::Owned(format!("{start}… ({} bytes)", value.len()))
}

/// Checks free text such as a display name or a description: at most `max` characters, no
/// control characters but line breaks and tabs.
pub fn text(field: &str, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(Error::invalid(format!(
            "{field} is too long: use at most {max} characters"
        )));
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::invalid(format!(
            "invalid {field} '{}': control characters are not allowed",
            shown(value).escape_debug()
        )));
    }
    Ok(())
}

/// An email address as doorman compares it: ASCII letters folded to lower case and nothing else,
/// as SQLite's `NOCASE` does. Unicode case folding would make a look-alike (`\u{212A}ate@…`, a
/// KELVIN SIGN) the same address as `kate@…`.
pub fn fold_email(value: &str) -> String {
    value.to_ascii_lowercase()
}

/// Whether two email addresses are the same, by [`fold_email`].
pub fn same_email(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Checks an email address: one `@`, a non-empty local part, a dotted domain of letters, digits
/// and hyphens, no spaces. Deliberately simpler than RFC 5322: it refuses typos, not rare forms.
pub fn email(value: &str) -> Result<()> {
    let bad = || Error::invalid(format!("invalid email '{}'", shown(value)));
    if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    let (local, domain) = value.split_once('@').ok_or_else(bad)?;
    if local.is_empty() || local.len() > 64 || domain.contains('@') {
        return Err(bad());
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(bad());
    }
    for label in labels {
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !ok {
            return Err(bad());
        }
    }
    Ok(())
}

/// Checks an E.164 phone number: `+`, a non-zero country digit, 8 to 15 digits in all.
pub fn phone(value: &str) -> Result<()> {
    let digits = value.strip_prefix('+').unwrap_or("");
    let ok = (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid phone '{}': use E.164, such as +14155550100",
            shown(value)
        )))
    }
}

/// Checks a username: 1–128 ASCII letters, digits and `_`, not starting with a digit (Logto's rule).
pub fn username(value: &str) -> Result<()> {
    let ok = (1..=128).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && !value.as_bytes()[0].is_ascii_digit();
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid username '{}': use 1-128 letters, digits and _, not starting with a digit",
            shown(value)
        )))
    }
}

/// An absolute `http://` or `https://` URL with a host, parsed (WHATWG URL rules, through the
/// `url` crate), or `None`. The text must name its authority (`http:/x` and `https:///x`, which
/// the URL standard would quietly repair, are refused) and hold no whitespace or control
/// characters (which it would quietly encode).
pub fn web_url(value: &str) -> Option<url::Url> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    if rest.is_empty()
        || rest.starts_with('/')
        || value.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return None;
    }
    url::Url::parse(value)
        .ok()
        .filter(|url| url.host_str().is_some_and(|host| !host.is_empty()))
}

/// Checks an absolute http(s) URL, as used for avatars and the terms and privacy links.
pub fn http_url(field: &str, value: &str) -> Result<()> {
    if value.len() > MAX_URL_BYTES {
        return Err(Error::invalid(format!(
            "{field} is too long: use at most {MAX_URL_BYTES} bytes"
        )));
    }
    match web_url(value) {
        Some(_) => Ok(()),
        None => Err(Error::invalid(format!(
            "invalid {field} '{}': use an absolute http(s) URL",
            shown(value)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for ok in [
            "a@b.co",
            "first.last+tag@mail.example.com",
            "x@xn--bcher-kva.de",
        ] {
            assert!(email(ok).is_ok(), "{ok}");
        }
        for bad in [
            "", "a", "a@", "@b.co", "a@b", "a b@c.de", "a@b..c", "a@-b.de", "a@@b.de",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
        assert!(email("nope").unwrap_err().to_string().contains("'nope'"));
    }

    #[test]
    fn phones() {
        assert!(phone("+14155550100").is_ok());
        assert!(phone("+4930123456").is_ok());
        for bad in [
            "14155550100",
            "+0123456789",
            "+1 415 555",
            "+123",
            "+1234567890123456",
        ] {
            assert!(phone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn usernames() {
        assert!(username("alice").is_ok());
        assert!(username("_bot_7").is_ok());
        for bad in ["", "7up", "a-b", "a b", "émile", &"a".repeat(129)] {
            assert!(username(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls() {
        assert!(http_url("avatar_url", "https://example.com/a.png").is_ok());
        assert!(http_url("avatar_url", "ftp://example.com").is_err());
        assert!(http_url("avatar_url", "https://").is_err());
        assert!(http_url("avatar_url", "https:///a.png").is_err());
        assert!(http_url("avatar_url", "http://example.com:99999/").is_err());
        assert!(http_url("avatar_url", "http://[::1/").is_err());
    }

    #[test]
    fn emails_fold_ascii_letters_only() {
        assert!(same_email("Kate@Example.com", "kate@example.com"));
        assert!(!same_email("\u{212A}ate@example.com", "kate@example.com"));
        assert_eq!(
            fold_email("\u{212A}ATE@Example.COM"),
            "\u{212A}ate@example.com"
        );
    }
}
