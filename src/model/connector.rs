//! Connectors: upstream identity providers a user can sign in with, Logto's social connectors
//! (a button on the sign-in page) and SSO connectors (enterprise sign-in chosen by the email's
//! domain). Each is an OpenID Connect provider (found through its discovery document, its ID
//! tokens checked against its keys) or a plain OAuth 2.0 one (a user-info endpoint whose JSON
//! is mapped onto a profile). Presets fill in the endpoints and mapping of well-known providers;
//! every URL stays overridable, so tests point them at localhost.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::saml::SamlIdp;
use crate::model::timestamp::Timestamp;
use crate::model::validate;

/// The protocol a connector speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ConnectorKind {
    /// OpenID Connect: discovery, ID tokens checked against the upstream's JWKS.
    Oidc,
    /// OAuth 2.0 with a user-info endpoint.
    Oauth2,
    /// SAML 2.0 web browser SSO: AuthnRequests by redirect, signed responses POSTed back.
    Saml,
}

impl ConnectorKind {
    /// The stored and printed name.
    pub fn as_str(self) -> &'static str {
        match self {
            ConnectorKind::Oidc => "oidc",
            ConnectorKind::Oauth2 => "oauth2",
            ConnectorKind::Saml => "saml",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "oidc" => Some(ConnectorKind::Oidc),
            "oauth2" => Some(ConnectorKind::Oauth2),
            "saml" => Some(ConnectorKind::Saml),
            _ => None,
        }
    }
}

/// A well-known provider whose endpoints and mapping doorman knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// GitHub (OAuth 2.0 with its user API).
    Github,
    /// Google (OpenID Connect).
    Google,
    /// Microsoft identity platform, any tenant (OpenID Connect).
    Microsoft,
    /// Sign in with Apple (OpenID Connect).
    Apple,
}

impl Preset {
    /// The stored and printed name.
    pub fn as_str(self) -> &'static str {
        match self {
            Preset::Github => "github",
            Preset::Google => "google",
            Preset::Microsoft => "microsoft",
            Preset::Apple => "apple",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "github" => Some(Preset::Github),
            "google" => Some(Preset::Google),
            "microsoft" => Some(Preset::Microsoft),
            "apple" => Some(Preset::Apple),
            _ => None,
        }
    }

    /// The kind the provider speaks.
    pub fn kind(self) -> ConnectorKind {
        match self {
            Preset::Github => ConnectorKind::Oauth2,
            _ => ConnectorKind::Oidc,
        }
    }

    /// The provider's endpoints, scopes and mapping, which explicit values override.
    pub fn defaults(self) -> Endpoints {
        let oidc = |issuer: &str, scopes: &[&str]| Endpoints {
            issuer: Some(issuer.to_string()),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            ..Endpoints::default()
        };
        match self {
            Preset::Github => Endpoints {
                issuer: None,
                authorization_endpoint: Some("https://github.com/login/oauth/authorize".into()),
                token_endpoint: Some("https://github.com/login/oauth/access_token".into()),
                userinfo_endpoint: Some("https://api.github.com/user".into()),
                scopes: vec!["read:user".into(), "user:email".into()],
                mapping: [
                    ("id", "id"),
                    ("email", "email"),
                    ("name", "name"),
                    ("avatar", "avatar_url"),
                ]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
                ..Endpoints::default()
            },
            Preset::Google => oidc(
                "https://accounts.google.com",
                &["openid", "profile", "email"],
            ),
            Preset::Microsoft => oidc(
                "https://login.microsoftonline.com/consumers/v2.0",
                &["openid", "profile", "email"],
            ),
            Preset::Apple => Endpoints {
                response_mode: Some("form_post".into()),
                ..oidc("https://appleid.apple.com", &["openid", "name", "email"])
            },
        }
    }
}

/// The fields of a profile a mapping fills, and where OIDC finds each by default. `groups`
/// (a list) decides the JIT organizations that name a group.
pub const PROFILE_FIELDS: [(&str, &str); 6] = [
    ("id", "sub"),
    ("email", "email"),
    ("email_verified", "email_verified"),
    ("name", "name"),
    ("avatar", "picture"),
    ("groups", "groups"),
];

/// Where a connector's protocol happens: an OIDC issuer, or OAuth 2.0 endpoints, plus the
/// scopes asked for and how the upstream's fields map onto a profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Endpoints {
    /// The OIDC issuer (its discovery document is `<issuer>/.well-known/openid-configuration`).
    pub issuer: Option<String>,
    /// OAuth 2.0 authorization endpoint (OIDC: from discovery unless set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_endpoint: Option<String>,
    /// Token endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_endpoint: Option<String>,
    /// User-info endpoint, which an OAuth 2.0 connector reads the profile from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub userinfo_endpoint: Option<String>,
    /// Scopes asked for.
    pub scopes: Vec<String>,
    /// UpstreamProfile field (`id`, `email`, `email_verified`, `name`, `avatar`) to the upstream's
    /// field (a dotted path into the JSON), where it differs from the default.
    pub mapping: BTreeMap<String, String>,
    /// How the provider sends the authorization response back: `form_post` POSTs it to the
    /// callback (Sign in with Apple does when it is asked for the name or email).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_mode: Option<String>,
    /// Sign in with Apple's client secret: a short-lived JWT doorman signs (ES256) with the
    /// connector's private key (stored as its secret) for this team and key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apple: Option<AppleKey>,
    /// A SAML connector's identity provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saml: Option<SamlIdp>,
}

/// The Apple developer account's ids that sign Sign in with Apple's client secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppleKey {
    /// The team id (the JWT's `iss`).
    pub team_id: String,
    /// The id of the private key (`AuthKey_<key id>.p8`; the JWT's `kid`).
    pub key_id: String,
}

/// Enterprise SSO: the email domains a connector owns and the organizations its users join.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sso {
    /// Email domains, lower case.
    pub domains: Vec<String>,
    /// Organizations joined on the first sign-in (just-in-time), with the role given there.
    pub jit_organizations: Vec<JitOrganization>,
}

/// An organization an SSO connector's users join, and the role they get.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JitOrganization {
    /// The organization's id.
    pub organization_id: String,
    /// Its name, as last read.
    #[serde(default)]
    pub organization: String,
    /// An organization role granted on joining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// When set, only users whose upstream `groups` include this group join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

/// A connector, without its secret.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Connector {
    /// Id, the last segment of its callback URL.
    pub id: String,
    /// Unique name, shown on its button and used by `direct_sign_in`.
    pub name: String,
    /// Protocol.
    pub kind: ConnectorKind,
    /// The provider whose defaults it took.
    pub preset: Option<Preset>,
    /// The client id registered upstream.
    pub client_id: String,
    /// Whether a client secret is stored (it is never shown).
    #[serde(skip)]
    pub has_secret: bool,
    /// Issuer, endpoints, scopes and mapping.
    #[serde(flatten)]
    pub endpoints: Endpoints,
    /// Enterprise SSO (chosen by email domain) rather than a social button.
    pub sso: bool,
    /// Domains and JIT organizations (SSO only).
    #[serde(flatten)]
    pub sso_config: Sso,
    /// When it was made.
    pub created_at: Timestamp,
    /// Last change.
    pub updated_at: Timestamp,
}

impl Connector {
    /// The upstream's field that fills a profile field: the mapping's, or the preset's, or the
    /// OIDC default (a plain OAuth 2.0 user API names its id `id`).
    pub fn field_for(&self, field: &str) -> String {
        if let Some(mapped) = self.endpoints.mapping.get(field) {
            return mapped.clone();
        }
        if let Some(preset) = self.preset
            && let Some(mapped) = preset.defaults().mapping.get(field)
        {
            return mapped.clone();
        }
        match (self.kind, field) {
            (ConnectorKind::Oauth2, "id") => return "id".into(),
            // A SAML assertion's subject; its attributes go by their names.
            (ConnectorKind::Saml, "id") => return "nameID".into(),
            _ => {}
        }
        PROFILE_FIELDS
            .iter()
            .find(|(name, _)| *name == field)
            .map_or_else(|| field.to_string(), |(_, default)| default.to_string())
    }

    /// Whether an email's domain is one this SSO connector owns.
    pub fn owns_email(&self, email: &str) -> bool {
        let Some((_, domain)) = email.rsplit_once('@') else {
            return false;
        };
        let domain = domain.to_ascii_lowercase();
        self.sso && self.sso_config.domains.contains(&domain)
    }

    /// Checks what must hold before a connector is stored: a name, URLs that are URLs, what
    /// its kind needs, and domains that look like domains.
    pub fn validate(&self) -> Result<()> {
        validate::text("name", &self.name, 128)?;
        validate::text("client_id", &self.client_id, 512)?;
        if let Some(idp) = &self.endpoints.saml {
            if self.kind != ConnectorKind::Saml {
                return Err(Error::invalid(
                    "SAML metadata is for --kind saml connectors",
                ));
            }
            idp.validate(&self.name)?;
        } else if self.kind == ConnectorKind::Saml {
            return Err(Error::invalid(format!(
                "connector '{}' is SAML: give its --metadata-url or --metadata-file",
                self.name
            )));
        }
        let e = &self.endpoints;
        for (field, value) in [
            ("issuer", &e.issuer),
            ("authorization_endpoint", &e.authorization_endpoint),
            ("token_endpoint", &e.token_endpoint),
            ("userinfo_endpoint", &e.userinfo_endpoint),
        ] {
            if let Some(value) = value {
                validate::http_url(field, value)?;
            }
        }
        match self.kind {
            ConnectorKind::Oidc if e.issuer.is_none() => {
                return Err(Error::invalid(format!(
                    "connector '{}' is OIDC: give its --issuer",
                    self.name
                )));
            }
            ConnectorKind::Oauth2 => {
                let missing: Vec<&str> = [
                    ("--authorization-endpoint", &e.authorization_endpoint),
                    ("--token-endpoint", &e.token_endpoint),
                    ("--userinfo-endpoint", &e.userinfo_endpoint),
                ]
                .into_iter()
                .filter(|(_, v)| v.is_none())
                .map(|(flag, _)| flag)
                .collect();
                if !missing.is_empty() {
                    return Err(Error::invalid(format!(
                        "connector '{}' is OAuth 2.0: give its {}",
                        self.name,
                        missing.join(", ")
                    )));
                }
            }
            ConnectorKind::Oidc | ConnectorKind::Saml => {}
        }
        for field in e.mapping.keys() {
            if !PROFILE_FIELDS.iter().any(|(name, _)| name == field) {
                return Err(Error::invalid(format!(
                    "invalid mapping '{field}': map one of id, email, email_verified, name, avatar, groups"
                )));
            }
        }
        for domain in &self.sso_config.domains {
            let ok = !domain.is_empty()
                && domain.contains('.')
                && domain
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
            if !ok {
                return Err(Error::invalid(format!(
                    "invalid domain '{}': use a DNS name such as example.com",
                    validate::shown(domain)
                )));
            }
        }
        if self.sso && self.kind != ConnectorKind::Saml && self.sso_config.domains.is_empty() {
            return Err(Error::invalid(format!(
                "SSO connector '{}' needs at least one --domain",
                self.name
            )));
        }
        if !self.sso && !self.sso_config.domains.is_empty() {
            return Err(Error::invalid("--domain is for SSO connectors: add --sso"));
        }
        if !self.sso && !self.sso_config.jit_organizations.is_empty() {
            return Err(Error::invalid(
                "--jit-org is for SSO connectors: add --sso and --domain",
            ));
        }
        Ok(())
    }
}

/// A user's link to an upstream subject.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Identity {
    /// The connector's id.
    pub connector_id: String,
    /// The connector's name.
    pub connector: String,
    /// The subject the upstream knows the user by.
    pub subject: String,
    /// The email the upstream gave.
    pub email: Option<String>,
    /// Whether the connector is enterprise SSO.
    #[serde(skip)]
    pub sso: bool,
    /// The connector's issuer (OIDC), for the `sso_identities` claim.
    #[serde(skip)]
    pub issuer: Option<String>,
    /// The profile the upstream returned when it was linked or last used.
    #[serde(skip)]
    pub profile: serde_json::Value,
    /// When it was linked.
    pub linked_at: Timestamp,
}

/// What the upstream said about the user, mapped.
#[derive(Debug, Clone, PartialEq)]
pub struct UpstreamProfile {
    /// The upstream's stable id for the user.
    pub subject: String,
    /// Email, if given.
    pub email: Option<String>,
    /// Whether the upstream says it checked the email.
    pub email_verified: bool,
    /// Display name.
    pub name: Option<String>,
    /// Picture URL.
    pub avatar: Option<String>,
    /// The groups the upstream says the user is in (for group-bound JIT organizations).
    pub groups: Vec<String>,
    /// Everything it returned (ID-token claims or user-info JSON).
    pub raw: serde_json::Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn connector() -> Connector {
        Connector {
            id: "c1".into(),
            name: "Acme".into(),
            kind: ConnectorKind::Oidc,
            preset: None,
            client_id: "doorman".into(),
            has_secret: true,
            endpoints: Endpoints {
                issuer: Some("http://localhost:4000/oidc".into()),
                ..Endpoints::default()
            },
            sso: true,
            sso_config: Sso {
                domains: vec!["acme.test".into()],
                jit_organizations: Vec::new(),
            },
            created_at: Timestamp::from_unix(0),
            updated_at: Timestamp::from_unix(0),
        }
    }

    #[test]
    fn mapping_falls_back_to_preset_then_oidc() {
        let mut c = connector();
        assert_eq!(c.field_for("avatar"), "picture");
        c.preset = Some(Preset::Github);
        assert_eq!(c.field_for("avatar"), "avatar_url");
        c.endpoints.mapping.insert("avatar".into(), "photo".into());
        assert_eq!(c.field_for("avatar"), "photo");
    }

    #[test]
    fn domains_match_case_insensitively_and_exactly() {
        let c = connector();
        assert!(c.owns_email("ada@ACME.test"));
        assert!(!c.owns_email("ada@sub.acme.test"));
        assert!(!c.owns_email("ada@evilacme.test"));
        assert!(!c.owns_email("acme.test"));
    }

    #[test]
    fn validation_names_what_is_missing() {
        let mut c = connector();
        assert!(c.validate().is_ok());
        c.kind = ConnectorKind::Oauth2;
        let e = c.validate().unwrap_err().to_string();
        assert!(e.contains("--token-endpoint"), "{e}");
        c = connector();
        c.sso_config.domains = vec!["not a domain".into()];
        assert!(
            c.validate()
                .unwrap_err()
                .to_string()
                .contains("'not a domain'")
        );
        c = connector();
        c.endpoints.mapping.insert("nickname".into(), "x".into());
        assert!(c.validate().is_err());
    }
}
