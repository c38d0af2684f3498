//! Signing in through a connector: the trip upstream and back. The departure parks a `state`,
//! `nonce` and PKCE verifier beside the interaction; the arrival exchanges the code, checks what
//! came back, and finds the user: by the linked identity, else by email (linking when that is
//! safe: an enterprise IdP that owns the domain, or a verified email with automatic linking
//! on), else by creating one with the email the upstream verified. An email the upstream did
//! not verify never joins an existing account (a verified one can, once the user proves the
//! account: the link waits on the interaction until then), and never makes one: the user proves
//! an email first ([`email_step`](crate::ops::federation::email_step)).

use serde_json::{Value, json};

use crate::error::Result;
use crate::model::connector::{Connector, ConnectorKind, Identity, UpstreamProfile};
use crate::model::id::random_string;
use crate::model::session::AMR_VALUES;
use crate::model::settings::SignInMode;
use crate::model::user::User;
use crate::model::validate::fold_email;
use crate::oidc::upstream::{self, Expected, Outbound};
use crate::ops::Doorman;
use crate::ops::accounts::sessions::{SignIn, conclude_sign_in};
use crate::ops::federation::identity_links::{
    AwaitingEmail, HeldLink, account_from_upstream, hold, join_organizations, linked_elsewhere,
};
use crate::ops::federation::upstream::UpstreamError;
use crate::store;
use crate::store::connectors::{self as table, PendingUpstream, StoredConnector};
use crate::store::users::Key;

/// Where the browser goes to sign in upstream, or why it cannot.
#[derive(Debug, Clone, PartialEq)]
pub enum Departure {
    /// The upstream's authorization URL.
    Redirect(String),
    /// The upstream's discovery document could not be had.
    Failed(UpstreamError),
}

/// What the upstream sent back to the callback.
#[derive(Debug, Clone, Copy, Default)]
pub struct Callback<'a> {
    /// The authorization code.
    pub code: Option<&'a str>,
    /// An OAuth error (`access_denied`).
    pub error: Option<&'a str>,
    /// Its description.
    pub error_description: Option<&'a str>,
    /// Sign in with Apple's `user` (JSON with the name, sent on the first sign-in only and not
    /// signed: only the name is taken from it).
    pub user: Option<&'a str>,
}

/// How a connector sign-in ended.
#[derive(Debug, Clone)]
pub enum Arrival {
    /// The user is known (or was just made) and proved by the upstream.
    SignedIn {
        /// Who.
        user: Box<User>,
        /// Whether the account was made just now.
        created: bool,
        /// What the upstream said about how they signed in (RFC 8176 values only).
        amr: Vec<String>,
    },
    /// No account has the upstream's email, and the upstream did not vouch for one (or shared
    /// none): the user proves an email on `/continue/email` first, so an address nobody proved
    /// never lands on a new account. The identity waits on the interaction.
    NeedsEmail {
        /// What the upstream claimed, to fill the field in.
        suggested: Option<String>,
    },
    /// The sign-in cannot go on; the page says why.
    Refused(Refusal),
}

/// Why a connector sign-in was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The upstream answered with an error (the user denied consent, say).
    Denied(String),
    /// The upstream could not be reached, or answered with something unusable.
    Upstream(UpstreamError),
    /// The connector was deleted while the user was away.
    ConnectorGone,
    /// An account already has the email. `linkable`: the upstream verified it, so the
    /// identity is linked once the user signs in to that account.
    EmailTaken {
        /// The email.
        email: String,
        /// Whether signing in to the account links the identity.
        linkable: bool,
    },
    /// No account matches and registration is closed.
    RegistrationClosed,
    /// An SSO connector's IdP gave no email, and its users are found by their domain.
    NoEmail,
    /// An SSO connector vouched for an email outside its domains.
    DomainNotOwned(String),
    /// The account with the email is linked to another account at this provider already (one
    /// identity per provider and account).
    AlreadyLinked(String),
    /// The account is suspended.
    Suspended,
}

/// The upstream's `amr` values that RFC 8176 defines, which doorman passes on.
fn upstream_amr(raw: &Value) -> Vec<String> {
    raw.get("amr")
        .and_then(Value::as_array)
        .map(|values| {
            values
                .iter()
                .filter_map(Value::as_str)
                .filter(|v| AMR_VALUES.contains(v))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

impl Doorman {
    /// The connector a `direct_sign_in` value or a button names: `social:<name or id>` or
    /// `sso:<name or id>`, or a bare name or id.
    pub fn connector_for_sign_in(&self, target: &str) -> Result<Option<Connector>> {
        let (wants_sso, key) = match target.split_once(':') {
            Some(("social", key)) => (Some(false), key),
            Some(("sso", key)) => (Some(true), key),
            _ => (None, target),
        };
        Ok(table::find(self.store.conn(), key)?
            .map(|s| s.connector)
            .filter(|c| wants_sso.is_none_or(|sso| sso == c.sso)))
    }

    /// The social connectors the sign-in page offers, in the settings' order.
    pub fn social_buttons(&self) -> Result<Vec<Connector>> {
        let settings = self.settings()?;
        let mut buttons = Vec::new();
        for name in &settings.social_sign_in.connectors {
            if let Some(stored) = table::find(self.store.conn(), name)?
                && !stored.connector.sso
                && !buttons
                    .iter()
                    .any(|c: &Connector| c.id == stored.connector.id)
            {
                buttons.push(stored.connector);
            }
        }
        Ok(buttons)
    }

    /// The SSO connector that owns an email's domain, if single sign-on is on.
    pub fn sso_connector_for(&self, email: &str) -> Result<Option<Connector>> {
        if !self.settings()?.single_sign_on || !email.contains('@') {
            return Ok(None);
        }
        Ok(table::list(self.store.conn())?
            .into_iter()
            .map(|s| s.connector)
            .find(|c| c.owns_email(email)))
    }

    /// Starts a sign-in at a connector for an interaction: parks the `state`, `nonce` and
    /// verifier, and returns where to send the browser.
    pub fn depart(
        &mut self,
        interaction: &str,
        connector: &Connector,
        login_hint: Option<&str>,
    ) -> Result<Departure> {
        if connector.kind == ConnectorKind::Saml {
            return self.depart_saml(interaction, connector);
        }
        let endpoint = match &connector.endpoints.authorization_endpoint {
            Some(endpoint) => endpoint.clone(),
            None => {
                let issuer = connector.endpoints.issuer.as_deref().unwrap_or_default();
                match self.upstreams.metadata(issuer) {
                    Ok(m) => m.authorization_endpoint,
                    Err(e) => return Ok(Departure::Failed(e)),
                }
            }
        };
        let now = self.clock.now();
        let pending = PendingUpstream {
            state: random_string(32),
            interaction_id: interaction.to_string(),
            connector_id: connector.id.clone(),
            nonce: random_string(32),
            verifier: random_string(64),
            expires_at: now.plus(self.lifetimes.interaction),
            profile: None,
        };
        let redirect_uri = self.callback_url(&connector.id)?;
        let url = upstream::authorization_url(
            connector,
            &Outbound {
                endpoint: &endpoint,
                redirect_uri: &redirect_uri,
                state: &pending.state,
                nonce: (connector.kind == ConnectorKind::Oidc).then_some(pending.nonce.as_str()),
                verifier: &pending.verifier,
                login_hint,
            },
        )?;
        self.park_departure(&pending)?;
        Ok(Departure::Redirect(url))
    }

    /// Parks a sign-in that waits for its connector's answer (dropping lapsed ones on the way).
    pub(crate) fn park_departure(&mut self, pending: &PendingUpstream) -> Result<()> {
        let tx = self.store.transaction()?;
        table::insert_pending(&tx, pending, self.clock.now())?;
        tx.commit()?;
        Ok(())
    }

    /// The sign-in a callback's `state` names, while it lasts, left in place: the callback takes
    /// it only once the browser proved it is the one that left, so a stranger who sees the URL
    /// cannot spend (and so cancel) someone else's sign-in.
    pub fn waiting_departure(&self, state: &str) -> Result<Option<PendingUpstream>> {
        let now = self.clock.now();
        Ok(table::find_pending(self.store.conn(), state)?.filter(|p| p.expires_at > now))
    }

    /// Takes the sign-in a callback's `state` names: once, and only while it lasts. What the
    /// request wrote so far is committed, so no write lock is held while the upstream is asked.
    pub fn take_departure(&mut self, state: &str) -> Result<Option<PendingUpstream>> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let taken = table::take_pending(&tx, state)?;
        tx.commit()?;
        self.store.flush_deferred()?;
        Ok(taken.filter(|p| p.expires_at > now))
    }

    /// Finishes a connector sign-in: exchanges the code, checks the answer, and finds, links or
    /// makes the user.
    pub fn arrive(&mut self, pending: &PendingUpstream, callback: Callback<'_>) -> Result<Arrival> {
        let refused = |r| Ok(Arrival::Refused(r));
        let Some(stored) = table::find(self.store.conn(), &pending.connector_id)? else {
            return refused(Refusal::ConnectorGone);
        };
        if stored.connector.kind == ConnectorKind::Saml {
            // The ACS checked the response and left what it said on the sign-in.
            let Some(raw) = pending.profile.clone() else {
                return refused(Refusal::Denied("no SAML response came back".into()));
            };
            return match upstream::profile(&stored.connector, raw) {
                Ok(profile) => self.sign_in_upstream(&stored.connector, pending, profile),
                Err(e) => refused(Refusal::Upstream(UpstreamError::Refused(e.to_string()))),
            };
        }
        if let Some(error) = callback.error {
            let text = match callback.error_description {
                Some(d) => format!("{error}: {d}"),
                None => error.to_string(),
            };
            return refused(Refusal::Denied(text));
        }
        let Some(code) = callback.code else {
            return refused(Refusal::Denied("no authorization code came back".into()));
        };
        match self.fetch_profile(&stored, pending, code) {
            Ok(mut profile) => {
                if profile.name.is_none() {
                    profile.name = callback.user.and_then(upstream::apple_user_name);
                }
                self.sign_in_upstream(&stored.connector, pending, profile)
            }
            Err(e) => refused(Refusal::Upstream(e)),
        }
    }

    /// The code exchange and the user's profile: from the checked ID token (OIDC) or the
    /// user-info endpoint (OAuth 2.0).
    fn fetch_profile(
        &self,
        stored: &StoredConnector,
        pending: &PendingUpstream,
        code: &str,
    ) -> std::result::Result<UpstreamProfile, UpstreamError> {
        let connector = &stored.connector;
        let refused = |e: crate::Error| UpstreamError::Refused(e.to_string());
        let metadata = match connector.kind {
            ConnectorKind::Oidc => Some(
                self.upstreams
                    .metadata(connector.endpoints.issuer.as_deref().unwrap_or_default())?,
            ),
            ConnectorKind::Oauth2 | ConnectorKind::Saml => None,
        };
        let token_endpoint = connector
            .endpoints
            .token_endpoint
            .clone()
            .or_else(|| metadata.as_ref().map(|m| m.token_endpoint.clone()))
            .unwrap_or_default();
        let redirect_uri = self.callback_url(&connector.id).map_err(refused)?;
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri.as_str()),
            ("client_id", connector.client_id.as_str()),
            ("code_verifier", pending.verifier.as_str()),
        ];
        let apple_secret = match (&connector.endpoints.apple, &stored.client_secret) {
            (Some(key), Some(pem)) => {
                let audience = metadata
                    .as_ref()
                    .map(|m| m.issuer.as_str())
                    .or(connector.endpoints.issuer.as_deref())
                    .unwrap_or_default();
                let now = self.clock.now();
                Some(
                    upstream::apple_client_secret(key, pem, &connector.client_id, audience, now)
                        .map_err(refused)?,
                )
            }
            _ => None,
        };
        if let Some(secret) = apple_secret.as_ref().or(stored.client_secret.as_ref()) {
            form.push(("client_secret", secret.as_str()));
        }
        let (status, answer) = self.upstreams.client().post_form(&token_endpoint, &form)?;
        if let Some(error) = answer.get("error").and_then(Value::as_str) {
            return Err(UpstreamError::Refused(format!(
                "the provider refused the code: {error}"
            )));
        }
        if !(200..300).contains(&status) {
            return Err(UpstreamError::Refused(format!(
                "the provider's token endpoint answered {status}"
            )));
        }
        let raw = match metadata {
            Some(metadata) => {
                let id_token = answer
                    .get("id_token")
                    .and_then(Value::as_str)
                    .ok_or_else(|| UpstreamError::Refused("no ID token came back".into()))?;
                let kid = jsonwebtoken::decode_header(id_token)
                    .ok()
                    .and_then(|h| h.kid);
                let keys = self.upstreams.keys(&metadata.jwks_uri, kid.as_deref())?;
                let expected = Expected {
                    issuer: &metadata.issuer,
                    audience: &connector.client_id,
                    nonce: &pending.nonce,
                    now: self.clock.now(),
                };
                Value::Object(
                    upstream::verify_id_token(id_token, &keys, &expected).map_err(refused)?,
                )
            }
            None => {
                let access_token = answer
                    .get("access_token")
                    .and_then(Value::as_str)
                    .ok_or_else(|| UpstreamError::Refused("no access token came back".into()))?;
                let userinfo = connector
                    .endpoints
                    .userinfo_endpoint
                    .as_deref()
                    .unwrap_or_default();
                self.upstreams
                    .client()
                    .get_json(userinfo, Some(access_token))?
            }
        };
        upstream::profile(connector, raw).map_err(refused)
    }

    /// Finds, links or makes the user an upstream profile belongs to, in one transaction.
    fn sign_in_upstream(
        &mut self,
        connector: &Connector,
        pending: &PendingUpstream,
        profile: UpstreamProfile,
    ) -> Result<Arrival> {
        let now = self.clock.now();
        let amr = upstream_amr(&profile.raw);
        let tx = self.store.transaction()?;
        let settings = store::settings::load(&tx)?;
        let email = profile.email.as_deref().map(fold_email);
        let identity = Identity {
            connector_id: connector.id.clone(),
            connector: connector.name.clone(),
            subject: profile.subject.clone(),
            email: email.clone(),
            sso: connector.sso,
            issuer: connector.endpoints.issuer.clone(),
            profile: profile.raw.clone(),
            linked_at: now,
        };
        let detail = json!({ "method": "connector", "connector": connector.name });
        let refuse = |r| Ok(Arrival::Refused(r));
        if let Some((_, user_id)) = table::find_identity(&tx, &connector.id, &profile.subject)? {
            table::upsert_identity(&tx, &user_id, &identity)?;
            let found = store::users::find_by(&tx, Key::Id, &user_id)?;
            let outcome = conclude_sign_in(&tx, &self.actor, now, found, detail)?;
            tx.commit()?;
            return Ok(match outcome {
                SignIn::Success(user) => Arrival::SignedIn {
                    user,
                    created: false,
                    amr,
                },
                _ => Arrival::Refused(Refusal::Suspended),
            });
        }
        if connector.sso {
            match &email {
                None => return refuse(Refusal::NoEmail),
                Some(e) if !connector.owns_email(e) => {
                    return refuse(Refusal::DomainNotOwned(e.clone()));
                }
                Some(_) => {}
            }
        }
        let existing = match &email {
            Some(e) => store::users::find_by(&tx, Key::Email, e)?,
            None => None,
        };
        let (user, created) = match existing {
            Some(stored) => {
                let trusted = connector.sso
                    || (profile.email_verified
                        && settings.social_sign_in.automatic_account_linking);
                if !trusted {
                    let email = email.unwrap_or_default();
                    if profile.email_verified {
                        let held = HeldLink {
                            connector_id: connector.id.clone(),
                            subject: profile.subject.clone(),
                            email: email.clone(),
                            profile: profile.raw.clone(),
                            awaiting_email: None,
                        };
                        hold(&tx, &pending.interaction_id, &held)?;
                        tx.commit()?;
                    }
                    return refuse(Refusal::EmailTaken {
                        email,
                        linkable: profile.email_verified,
                    });
                }
                if linked_elsewhere(&tx, &stored.user.id, &connector.id, &profile.subject)? {
                    return refuse(Refusal::AlreadyLinked(email.unwrap_or_default()));
                }
                (stored, false)
            }
            None => {
                if settings.sign_in_mode == SignInMode::SignIn {
                    return refuse(Refusal::RegistrationClosed);
                }
                let email = match email.clone() {
                    Some(email) if profile.email_verified || connector.sso => email,
                    suggested => {
                        let held = HeldLink {
                            connector_id: connector.id.clone(),
                            subject: profile.subject.clone(),
                            email: suggested.clone().unwrap_or_default(),
                            profile: profile.raw.clone(),
                            awaiting_email: Some(AwaitingEmail {
                                name: profile.name.clone(),
                                avatar_url: profile.avatar.clone(),
                                amr,
                            }),
                        };
                        hold(&tx, &pending.interaction_id, &held)?;
                        tx.commit()?;
                        return Ok(Arrival::NeedsEmail { suggested });
                    }
                };
                let (name, avatar) = (profile.name.clone(), profile.avatar.clone());
                let stored = account_from_upstream(
                    &tx,
                    &self.actor,
                    &self.hasher,
                    now,
                    email,
                    name,
                    avatar,
                )?;
                (stored, true)
            }
        };
        table::upsert_identity(&tx, &user.user.id, &identity)?;
        if connector.sso {
            join_organizations(&tx, connector, &user.user.id, &profile.groups, now)?;
        }
        let outcome = conclude_sign_in(&tx, &self.actor, now, Some(user), detail)?;
        tx.commit()?;
        Ok(match outcome {
            SignIn::Success(user) => Arrival::SignedIn { user, created, amr },
            _ => Arrival::Refused(Refusal::Suspended),
        })
    }
}
