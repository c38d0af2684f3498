//! Logto's account center settings: whether users may manage their own accounts through the
//! Account API (and the hosted `/account` pages), and for each field whether they may not see
//! it, only read it, or change it. Off by default, as in Logto: a developer turns on what their
//! app offers.

use serde::{Deserialize, Serialize};

/// What users may do with one field of their account.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Control {
    /// Not shown, not changed.
    #[default]
    Off,
    /// Shown, not changed.
    ReadOnly,
    /// Shown and changed.
    Edit,
}

impl Control {
    /// Whether the field is shown.
    pub fn readable(self) -> bool {
        self != Control::Off
    }

    /// Whether the field may be changed.
    pub fn editable(self) -> bool {
        self == Control::Edit
    }
}

/// The fields of an account and what users may do with each (Logto's names, snake_case).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Fields {
    /// The display name.
    pub name: Control,
    /// The picture.
    pub avatar: Control,
    /// The username.
    pub username: Control,
    /// The standard OIDC profile claims.
    pub profile: Control,
    /// The app's own data on the user.
    pub custom_data: Control,
    /// The primary email.
    pub email: Control,
    /// The primary phone.
    pub phone: Control,
    /// The password.
    pub password: Control,
    /// Linked social and enterprise identities.
    pub social: Control,
    /// Second factors.
    pub mfa: Control,
    /// Sessions and authorized apps.
    pub session: Control,
}

/// The account center settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AccountCenter {
    /// Whether the Account API and the account pages answer at all.
    pub enabled: bool,
    /// What users may do with each field.
    pub fields: Fields,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_off_until_turned_on_field_by_field() {
        let center = AccountCenter::default();
        assert!(!center.enabled);
        assert!(!center.fields.name.readable());
        let center: AccountCenter =
            serde_yaml::from_str("enabled: true\nfields: {name: edit, email: read_only}\n")
                .unwrap();
        assert!(center.enabled);
        assert!(center.fields.name.editable());
        assert!(center.fields.email.readable() && !center.fields.email.editable());
        assert_eq!(center.fields.password, Control::Off);
        assert!(serde_yaml::from_str::<AccountCenter>("fields: {name: write}\n").is_err());
    }
}
