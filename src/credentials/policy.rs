//! The password policy of SPEC §3, checked in this one place for the CLI, fixtures and pages.
//! It reports every rule a password breaks, so a person can fix them all at once.

use crate::credentials::common;
use crate::model::settings::PasswordPolicy;

/// What the policy knows about the user, for `reject_user_info`.
#[derive(Debug, Default, Clone, Copy)]
pub struct UserInfo<'a> {
    /// Username.
    pub username: Option<&'a str>,
    /// Email address.
    pub email: Option<&'a str>,
    /// Phone number.
    pub phone: Option<&'a str>,
    /// Display name.
    pub name: Option<&'a str>,
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// Shorter than `min_length`.
    TooShort(u32),
    /// Longer than `max_length`.
    TooLong(u32),
    /// Fewer character types than required.
    TooFewCharacterTypes(u32),
    /// Contains the user's own details.
    ContainsUserInfo,
    /// On the common-password list.
    Common,
    /// A repeated or sequential run.
    Repetition,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Violation::TooShort(n) => write!(f, "use at least {n} characters"),
            Violation::TooLong(n) => write!(f, "use at most {n} characters"),
            Violation::TooFewCharacterTypes(n) => write!(
                f,
                "mix at least {n} of lower-case letters, upper-case letters, digits and symbols"
            ),
            Violation::ContainsUserInfo => {
                f.write_str("leave out the username, email, phone and name")
            }
            Violation::Common => f.write_str("choose a less common password"),
            Violation::Repetition => {
                f.write_str("avoid repeated or sequential characters such as aaaa or 1234")
            }
        }
    }
}

/// Every rule the password breaks; empty when it passes.
pub fn check(policy: &PasswordPolicy, password: &str, user: UserInfo<'_>) -> Vec<Violation> {
    let mut broken = Vec::new();
    let length = password.chars().count() as u32;
    if length < policy.min_length {
        broken.push(Violation::TooShort(policy.min_length));
    }
    if length > policy.max_length {
        broken.push(Violation::TooLong(policy.max_length));
    }
    if character_types(password) < policy.character_types {
        broken.push(Violation::TooFewCharacterTypes(policy.character_types));
    }
    if policy.reject_user_info && contains_user_info(password, user) {
        broken.push(Violation::ContainsUserInfo);
    }
    if policy.reject_common && common::is_common(password) {
        broken.push(Violation::Common);
    }
    if policy.reject_repetition && has_run(password) {
        broken.push(Violation::Repetition);
    }
    broken
}

/// Formats violations as one line for the CLI: `weak password: use at least 8 characters; ...`.
pub fn describe(violations: &[Violation]) -> String {
    let rules: Vec<String> = violations.iter().map(ToString::to_string).collect();
    format!("weak password: {}", rules.join("; "))
}

fn character_types(password: &str) -> u32 {
    let mut kinds = [false; 4];
    for c in password.chars() {
        let k = if c.is_lowercase() {
            0
        } else if c.is_uppercase() {
            1
        } else if c.is_numeric() {
            2
        } else {
            3
        };
        kinds[k] = true;
    }
    kinds.iter().filter(|k| **k).count() as u32
}

fn contains_user_info(password: &str, user: UserInfo<'_>) -> bool {
    let lower = password.to_lowercase();
    let email_local = user.email.map(|e| e.split('@').next().unwrap_or(e));
    let phone_digits = user.phone.map(|p| p.trim_start_matches('+'));
    let mut parts: Vec<&str> = [user.username, user.email, email_local, phone_digits]
        .into_iter()
        .flatten()
        .collect();
    if let Some(name) = user.name {
        parts.push(name);
        parts.extend(name.split_whitespace());
    }
    // Parts of 3 characters or fewer would refuse too much ("Al" in "Always").
    parts
        .into_iter()
        .filter(|p| p.chars().count() >= 4)
        .any(|p| lower.contains(&p.to_lowercase()))
}

/// Whether four or more characters in a row repeat one character or step by one (`aaaa`, `1234`,
/// `dcba`).
fn has_run(password: &str) -> bool {
    let chars: Vec<u32> = password
        .chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c) as u32)
        .collect();
    const RUN: usize = 4;
    chars.windows(RUN).any(|w| {
        let step = i64::from(w[1]) - i64::from(w[0]);
        (-1..=1).contains(&step)
            && w.windows(2)
                .all(|p| i64::from(p[1]) - i64::from(p[0]) == step)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> PasswordPolicy {
        PasswordPolicy::default()
    }

    #[test]
    fn a_good_password_passes() {
        assert!(check(&policy(), "violet-Harbor-42", UserInfo::default()).is_empty());
    }

    #[test]
    fn reports_every_broken_rule() {
        let strict = PasswordPolicy {
            character_types: 3,
            ..policy()
        };
        let v = check(&strict, "aaaa", UserInfo::default());
        assert!(v.contains(&Violation::TooShort(8)));
        assert!(v.contains(&Violation::TooFewCharacterTypes(3)));
        assert!(v.contains(&Violation::Repetition));
        let msg = describe(&v);
        assert!(
            msg.contains("at least 8 characters") && msg.contains("aaaa"),
            "{msg}"
        );
    }

    #[test]
    fn common_and_sequences() {
        assert_eq!(
            check(&policy(), "password1", UserInfo::default()),
            vec![Violation::Common]
        );
        assert!(
            check(&policy(), "xq1234vz-long", UserInfo::default()).contains(&Violation::Repetition)
        );
        assert!(
            check(&policy(), "zyxw-long-pass", UserInfo::default())
                .contains(&Violation::Repetition)
        );
        let relaxed = PasswordPolicy {
            reject_common: false,
            reject_repetition: false,
            ..policy()
        };
        assert!(check(&relaxed, "password1234", UserInfo::default()).is_empty());
    }

    #[test]
    fn user_info_is_refused() {
        let user = UserInfo {
            username: Some("marguerite"),
            email: Some("mdupont@example.com"),
            name: Some("Marguerite Dupont"),
            phone: None,
        };
        for pw in ["Marguerite!77", "x-mdupont-99", "dupont-River-5"] {
            assert_eq!(
                check(&policy(), pw, user),
                vec![Violation::ContainsUserInfo],
                "{pw}"
            );
        }
        assert!(check(&policy(), "violet-Harbor-42", user).is_empty());
    }

    #[test]
    fn length_limits_count_characters() {
        let p = PasswordPolicy {
            max_length: 10,
            ..policy()
        };
        assert_eq!(
            check(&p, "éléphantéléphant", UserInfo::default()),
            vec![Violation::TooLong(10)]
        );
    }
}
