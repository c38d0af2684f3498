//! Durations as people type them on the command line: `90s`, `15m`, `1h`, `7d`, `2w`.

use crate::error::{Error, Result};

/// Seconds in a duration such as `7d`; a bare number is seconds.
pub fn parse_seconds(text: &str) -> Result<i64> {
    let bad = || {
        Error::invalid(format!(
            "invalid duration '{text}': use a number with s, m, h, d or w, such as 7d"
        ))
    };
    let text_trim = text.trim();
    let split = text_trim
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text_trim.len());
    let (digits, unit) = text_trim.split_at(split);
    let n: i64 = digits.parse().map_err(|_| bad())?;
    let unit_seconds = match unit {
        "" | "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(bad()),
    };
    match n.checked_mul(unit_seconds) {
        Some(s) if s > 0 && s <= 10 * 365 * 86_400 => Ok(s),
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(parse_seconds("90").unwrap(), 90);
        assert_eq!(parse_seconds("15m").unwrap(), 900);
        assert_eq!(parse_seconds("7d").unwrap(), 604_800);
        assert_eq!(parse_seconds("2w").unwrap(), 1_209_600);
        for bad in ["", "d", "7x", "-1d", "0s", "1.5h", "99999999999w"] {
            let err = parse_seconds(bad).unwrap_err().to_string();
            assert!(err.contains(&format!("'{bad}'")), "{err}");
        }
    }
}
