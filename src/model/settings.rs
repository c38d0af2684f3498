//! The sign-in experience (SPEC §3): one document that decides what the hosted pages offer and
//! what the password policy demands. Stored in the database, changed by `doorman settings` and
//! fixtures, and always validated as a whole so no half-valid state is ever saved.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::account_center::AccountCenter;
use crate::model::validate;

/// Whether the hosted pages offer sign-in, registration, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignInMode {
    /// Sign-in only: user registration is disabled.
    SignIn,
    /// Registration only.
    Register,
    /// Both screens, linked to each other.
    SignInAndRegister,
}

/// The kinds of identifier a user can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Identifier {
    /// An email address.
    Email,
    /// An E.164 phone number.
    Phone,
    /// A username.
    Username,
}

impl Identifier {
    /// The one rule for what kind of identifier a typed value is: an `@` makes an email, a
    /// leading `+` a phone number, anything else a username. It says nothing of validity.
    pub fn of(value: &str) -> Identifier {
        if value.contains('@') {
            Identifier::Email
        } else if value.starts_with('+') {
            Identifier::Phone
        } else {
            Identifier::Username
        }
    }
}

/// What sign-up asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignUp {
    /// Identifiers collected at sign-up; empty means social or SSO only.
    pub identifiers: Vec<Identifier>,
    /// Whether a password is set at sign-up.
    pub password: bool,
    /// Whether email or phone is verified with a one-time code before the account exists.
    pub verify: bool,
}

impl Default for SignUp {
    fn default() -> Self {
        SignUp {
            identifiers: vec![Identifier::Email],
            password: true,
            verify: true,
        }
    }
}

/// One way to sign in, in page order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignInMethod {
    /// The identifier typed in.
    pub identifier: Identifier,
    /// Whether a password is accepted.
    #[serde(default = "yes")]
    pub password: bool,
    /// Whether a one-time code is accepted instead.
    #[serde(default)]
    pub verification_code: bool,
    /// Whether the password is offered before the code when both are allowed.
    #[serde(default = "yes")]
    pub password_first: bool,
}

fn yes() -> bool {
    true
}

/// The sign-in methods offered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignIn {
    /// Methods in the order the page shows them.
    pub methods: Vec<SignInMethod>,
}

impl Default for SignIn {
    fn default() -> Self {
        SignIn {
            methods: vec![
                SignInMethod {
                    identifier: Identifier::Email,
                    password: true,
                    verification_code: true,
                    password_first: true,
                },
                SignInMethod {
                    identifier: Identifier::Username,
                    password: true,
                    verification_code: false,
                    password_first: true,
                },
            ],
        }
    }
}

/// The password rules; enforced by `credentials::policy`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PasswordPolicy {
    /// Minimum length in characters.
    pub min_length: u32,
    /// Maximum length in characters.
    pub max_length: u32,
    /// How many of lower, upper, digit and symbol must appear (1–4).
    pub character_types: u32,
    /// Refuse passwords containing the username, email local part or name.
    pub reject_user_info: bool,
    /// Refuse passwords from the embedded list of common passwords.
    pub reject_common: bool,
    /// Refuse runs such as `aaaa`, `1234` or `abcd`.
    pub reject_repetition: bool,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            min_length: 8,
            max_length: 256,
            character_types: 1,
            reject_user_info: true,
            reject_common: true,
            reject_repetition: true,
        }
    }
}

/// A second factor kind users may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MfaFactor {
    /// Time-based one-time passwords from an authenticator app.
    Totp,
    /// Passkeys and security keys.
    Webauthn,
    /// Single-use backup codes.
    BackupCode,
    /// A one-time code sent to the account's verified email.
    EmailVerificationCode,
    /// A one-time code sent to the account's verified phone.
    PhoneVerificationCode,
}

/// When users are asked to enrol a second factor (Logto's MFA policies). Users who have one
/// are always asked for it at sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MfaPolicy {
    /// Never prompted; users may still enrol (from the CLI or a fixture).
    NoPrompt,
    /// Prompted once after signing up or signing in, and may skip.
    #[serde(alias = "user_controlled", alias = "prompt")]
    PromptAtSignInAndSignUp,
    /// Prompted once after signing in (not right after signing up), and may skip.
    PromptOnlyAtSignIn,
    /// Every user must enrol before the sign-in completes.
    Mandatory,
}

/// What happens to members of organizations that require MFA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationMfaPolicy {
    /// Members are not prompted; without a factor they get no token for the organization.
    NoPrompt,
    /// Members must enrol before their sign-in completes.
    Mandatory,
}

/// Multi-factor settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Mfa {
    /// Factors users may enrol and use.
    pub factors: Vec<MfaFactor>,
    /// When enrolment is asked for.
    pub policy: MfaPolicy,
    /// For members of organizations that require MFA.
    pub organization_required_mfa_policy: OrganizationMfaPolicy,
}

impl Default for Mfa {
    fn default() -> Self {
        Mfa {
            factors: vec![MfaFactor::Totp, MfaFactor::Webauthn, MfaFactor::BackupCode],
            policy: MfaPolicy::NoPrompt,
            organization_required_mfa_policy: OrganizationMfaPolicy::NoPrompt,
        }
    }
}

/// How agreement to the terms is collected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreeToTerms {
    /// Using the service implies agreement; links are shown.
    Automatic,
    /// A checkbox on registration only.
    ManualRegistrationOnly,
    /// A checkbox on registration and sign-in.
    Manual,
}

/// The look of the hosted pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Branding {
    /// The product name shown in titles and headings.
    pub app_name: String,
    /// The accent colour, `#RRGGBB`.
    pub primary_color: String,
    /// A logo image URL.
    pub logo_url: Option<String>,
}

impl Default for Branding {
    fn default() -> Self {
        Branding {
            app_name: "doorman".into(),
            primary_color: "#5D34F2".into(),
            logo_url: None,
        }
    }
}

/// The page languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Languages {
    /// The fallback language.
    pub default: String,
    /// Whether `ui_locales` and `Accept-Language` choose the language.
    pub auto_detect: bool,
}

impl Default for Languages {
    fn default() -> Self {
        Languages {
            default: "en".into(),
            auto_detect: true,
        }
    }
}

/// Social sign-in: which connectors get a button, and whether an upstream identity joins an
/// existing account with the same verified email without asking.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SocialSignIn {
    /// Connector names, in button order.
    pub connectors: Vec<String>,
    /// Link to the account with the same email when the upstream says it verified it.
    pub automatic_account_linking: bool,
}

/// The languages the hosted pages are translated into.
pub const SUPPORTED_LANGUAGES: [&str; 5] = ["en", "de", "fr", "ko", "ru"];

/// The whole sign-in experience document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Which screens exist.
    pub sign_in_mode: SignInMode,
    /// Registration requirements.
    pub sign_up: SignUp,
    /// Sign-in methods.
    pub sign_in: SignIn,
    /// Password rules.
    pub password_policy: PasswordPolicy,
    /// Second factors.
    pub mfa: Mfa,
    /// Social connectors on the sign-in page.
    pub social_sign_in: SocialSignIn,
    /// Link to the terms of use.
    pub terms_of_use_url: Option<String>,
    /// Link to the privacy policy.
    pub privacy_policy_url: Option<String>,
    /// How agreement to the terms is collected.
    pub agree_to_terms: AgreeToTerms,
    /// Page look.
    pub branding: Branding,
    /// Page languages.
    pub languages: Languages,
    /// Enterprise SSO by email domain.
    pub single_sign_on: bool,
    /// What users may see and change of their own accounts (the Account API).
    pub account_center: AccountCenter,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            sign_in_mode: SignInMode::SignInAndRegister,
            sign_up: SignUp::default(),
            sign_in: SignIn::default(),
            password_policy: PasswordPolicy::default(),
            mfa: Mfa::default(),
            account_center: AccountCenter::default(),
            social_sign_in: SocialSignIn::default(),
            terms_of_use_url: None,
            privacy_policy_url: None,
            agree_to_terms: AgreeToTerms::Automatic,
            branding: Branding::default(),
            languages: Languages::default(),
            single_sign_on: false,
        }
    }
}

impl Settings {
    /// Builds settings from a JSON document, naming the offending key on a type error or an
    /// unknown key, then checks the rules that span several fields.
    pub fn from_json(value: serde_json::Value) -> Result<Self> {
        let settings: Settings = serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            if path == "." {
                Error::invalid(format!("invalid settings: {inner}"))
            } else {
                Error::invalid(format!("invalid settings: {path}: {inner}"))
            }
        })?;
        settings.validate()?;
        Ok(settings)
    }

    /// The settings as a JSON document, the form they are stored and merged in.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    /// Checks the rules serde's types cannot express.
    pub fn validate(&self) -> Result<()> {
        let p = &self.password_policy;
        if p.min_length == 0 || p.min_length > p.max_length {
            return Err(Error::invalid(format!(
                "invalid settings: password_policy.min_length ({}) must be between 1 and max_length ({})",
                p.min_length, p.max_length
            )));
        }
        if p.max_length > 1024 {
            return Err(Error::invalid(format!(
                "invalid settings: password_policy.max_length ({}) must be at most 1024",
                p.max_length
            )));
        }
        if !(1..=4).contains(&p.character_types) {
            return Err(Error::invalid(format!(
                "invalid settings: password_policy.character_types ({}) must be 1-4",
                p.character_types
            )));
        }
        if !SUPPORTED_LANGUAGES.contains(&self.languages.default.as_str()) {
            return Err(Error::invalid(format!(
                "invalid settings: languages.default '{}' is not one of {}",
                self.languages.default,
                SUPPORTED_LANGUAGES.join(", ")
            )));
        }
        if !is_hex_color(&self.branding.primary_color) {
            return Err(Error::invalid(format!(
                "invalid settings: branding.primary_color '{}' must look like #5D34F2",
                self.branding.primary_color
            )));
        }
        for (field, url) in [
            ("terms_of_use_url", &self.terms_of_use_url),
            ("privacy_policy_url", &self.privacy_policy_url),
            ("branding.logo_url", &self.branding.logo_url),
        ] {
            if let Some(url) = url {
                validate::http_url(field, url).map_err(|e| e.context("invalid settings"))?;
            }
        }
        if self.sign_in_mode != SignInMode::SignIn
            && !self.sign_up.password
            && self.sign_up.identifiers == [Identifier::Username]
        {
            return Err(Error::invalid(
                "invalid settings: sign_up with only a username needs sign_up.password: true",
            ));
        }
        for (i, m) in self.sign_in.methods.iter().enumerate() {
            if !m.password && !m.verification_code {
                return Err(Error::invalid(format!(
                    "invalid settings: sign_in.methods[{i}] needs password or verification_code"
                )));
            }
            if m.identifier == Identifier::Username && m.verification_code {
                return Err(Error::invalid(format!(
                    "invalid settings: sign_in.methods[{i}]: a username cannot receive a verification code"
                )));
            }
        }
        if self.sign_up.verify
            && self.sign_up.identifiers == [Identifier::Username]
            && self.sign_in_mode != SignInMode::SignIn
        {
            return Err(Error::invalid(
                "invalid settings: sign_up.verify needs an email or phone identifier",
            ));
        }
        Ok(())
    }
}

fn is_hex_color(value: &str) -> bool {
    value.len() == 7 && value.starts_with('#') && value[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_are_valid_and_round_trip() {
        let s = Settings::default();
        assert!(s.validate().is_ok());
        assert_eq!(Settings::from_json(s.to_json()).ok(), Some(s));
    }

    #[test]
    fn unknown_keys_are_named() {
        let err = Settings::from_json(json!({"password_policy": {"min_lenght": 3}})).unwrap_err();
        assert!(err.to_string().contains("min_lenght"), "{err}");
        let err = Settings::from_json(json!({"password_policy": {"min_length": "x"}})).unwrap_err();
        assert!(
            err.to_string()
                .contains("password_policy.min_length: invalid type"),
            "{err}"
        );
    }

    #[test]
    fn cross_field_rules() {
        let err = Settings::from_json(json!({"password_policy": {"min_length": 300}})).unwrap_err();
        assert!(err.to_string().contains("min_length"));
        let err = Settings::from_json(json!({"languages": {"default": "xx"}})).unwrap_err();
        assert!(err.to_string().contains("'xx'"));
        let err = Settings::from_json(json!({"branding": {"primary_color": "red"}})).unwrap_err();
        assert!(err.to_string().contains("'red'"));
    }
}
