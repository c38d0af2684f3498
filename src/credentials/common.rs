//! The embedded list of common passwords. It ships inside the binary so the policy works offline
//! and never sends a password anywhere to be checked.

use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../data/common-passwords.txt");

fn set() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        LIST.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether the password (compared lower-cased) is on the list.
pub fn is_common(password: &str) -> bool {
    set().contains(password.to_lowercase().as_str())
}

/// How many passwords the list holds.
pub fn len() -> usize {
    set().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_large_and_case_insensitive() {
        assert!(len() >= 10_000, "{}", len());
        assert!(is_common("password"));
        assert!(is_common("PassWord"));
        assert!(is_common("qwerty123"));
        assert!(!is_common("correct horse battery staple"));
    }
}
