//! Connectors (Logto's social and SSO connectors): create, list, show, update and delete, and
//! the identities they link to users. A social connector gets a button on the sign-in page (its
//! name joins `social_sign_in.connectors` when it is made); an SSO connector owns email domains
//! instead, and can add the users it signs in to organizations.

use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::connector::{
    Connector, ConnectorKind, Endpoints, Identity, JitOrganization, Preset, Sso,
};
use crate::model::id::new_id;
use crate::model::resource::RoleType;
use crate::model::saml::ServiceProvider;
use crate::ops::{Doorman, record, resolve};
use crate::store;
use crate::store::connectors::{self as table, StoredConnector};

/// What `connector create` (and a fixture) describes. Absent endpoints and scopes come from the
/// preset.
#[derive(Debug, Clone, Default)]
pub struct ConnectorInput {
    /// A fixed id (fixtures, CI); random when absent.
    pub id: Option<String>,
    /// Unique name.
    pub name: String,
    /// Protocol; the preset's when absent.
    pub kind: Option<ConnectorKind>,
    /// Well-known provider.
    pub preset: Option<Preset>,
    /// Issuer, endpoints, scopes and mapping given explicitly.
    pub endpoints: Endpoints,
    /// Client id registered upstream.
    pub client_id: String,
    /// Client secret registered upstream.
    pub client_secret: Option<String>,
    /// Enterprise SSO.
    pub sso: bool,
    /// SSO email domains.
    pub domains: Vec<String>,
    /// SSO organizations to join, as `[GROUP=]ORG[:ROLE]`.
    pub jit_organizations: Vec<String>,
}

/// What `connector update` changes; absent fields stay.
#[derive(Debug, Clone, Default)]
pub struct ConnectorChanges {
    /// New name.
    pub name: Option<String>,
    /// New client id.
    pub client_id: Option<String>,
    /// New client secret.
    pub client_secret: Option<String>,
    /// Endpoints to set (each given one replaces the stored one).
    pub endpoints: Endpoints,
    /// New scopes (replacing the list), when given.
    pub scopes: Option<Vec<String>>,
    /// New domains (replacing the list), when given.
    pub domains: Option<Vec<String>>,
    /// New JIT organizations (replacing the list), when given.
    pub jit_organizations: Option<Vec<String>>,
    /// SAML: accept IdP-initiated sign-in, when given.
    pub idp_initiated: Option<bool>,
    /// SAML: the app IdP-initiated sign-in lands in, when given.
    pub default_app: Option<String>,
}

/// A connector as printed: with the callback URL to register upstream.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConnectorView {
    /// The connector.
    #[serde(flatten)]
    pub connector: Connector,
    /// `<base>/callback/<id>`.
    pub callback_url: String,
    /// SAML: the entity id, ACS and metadata URLs to register at the IdP.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub service_provider: Option<ServiceProvider>,
}

/// Parses `CLAIM=FIELD` mapping entries.
pub fn parse_mapping(entries: &[String]) -> Result<std::collections::BTreeMap<String, String>> {
    entries
        .iter()
        .map(|entry| match entry.split_once('=') {
            Some((claim, field)) if !claim.trim().is_empty() && !field.trim().is_empty() => {
                Ok((claim.trim().to_string(), field.trim().to_string()))
            }
            _ => Err(Error::invalid(format!(
                "invalid mapping '{entry}': use CLAIM=FIELD, such as avatar=avatar_url"
            ))),
        })
        .collect()
}

/// Resolves `[GROUP=]ORG[:ROLE]` entries into organizations and user-type organization roles;
/// an entry with a group is joined only by the users the upstream puts in that group. The whole
/// entry is tried as an organization first, so a name with `=` or `:` in it still resolves.
fn jit_organizations(conn: &Connection, entries: &[String]) -> Result<Vec<JitOrganization>> {
    entries
        .iter()
        .map(|entry| {
            let (group, entry) = match entry.split_once('=') {
                Some((group, rest))
                    if !group.trim().is_empty() && resolve::organization(conn, entry).is_err() =>
                {
                    (Some(group.trim().to_string()), rest)
                }
                _ => (None, entry.as_str()),
            };
            let (org, role) = match (resolve::organization(conn, entry), entry.rsplit_once(':')) {
                (Ok(org), _) => (org, None),
                (Err(_), Some((org, role))) => (resolve::organization(conn, org)?, Some(role)),
                (Err(e), None) => return Err(e),
            };
            if let Some(role) = role {
                let found = resolve::role(conn, role)?;
                if found.role_type != RoleType::User {
                    return Err(Error::invalid(format!(
                        "organization role '{role}' is for apps: JIT members are users"
                    )));
                }
            }
            Ok(JitOrganization {
                organization_id: org.id,
                organization: org.name,
                role: role.map(str::to_string),
                group,
            })
        })
        .collect()
}

fn domains(list: &[String]) -> Vec<String> {
    let mut out: Vec<String> = list
        .iter()
        .map(|d| d.trim().trim_start_matches('@').to_ascii_lowercase())
        .collect();
    out.dedup();
    out
}

fn taken(conn: &Connection, name: &str, except: Option<&str>) -> Result<()> {
    match table::find(conn, name)? {
        Some(other) if Some(other.connector.id.as_str()) != except => Err(Error::conflict(
            format!("a connector named '{name}' exists already"),
        )),
        _ => Ok(()),
    }
}

/// The stored connector named by id or name.
pub(crate) fn find(conn: &Connection, key: &str) -> Result<StoredConnector> {
    table::find(conn, key)?.ok_or_else(|| Error::not_found(format!("connector '{key}' not found")))
}

/// Keeps the sign-in page's button list in step: `old` is replaced by `new` (or removed).
fn rename_button(
    conn: &Connection,
    old: Option<&str>,
    new: Option<&str>,
    now: crate::model::timestamp::Timestamp,
) -> Result<()> {
    let mut settings = store::settings::load(conn)?;
    let list = &mut settings.social_sign_in.connectors;
    let before = list.clone();
    match (
        old.and_then(|o| list.iter().position(|n| n.eq_ignore_ascii_case(o))),
        new,
    ) {
        (Some(at), Some(new)) => list[at] = new.to_string(),
        (Some(at), None) => {
            list.remove(at);
        }
        (None, Some(new)) if old.is_none() && !list.iter().any(|n| n.eq_ignore_ascii_case(new)) => {
            list.push(new.to_string());
        }
        (None, _) => {}
    }
    if *list != before {
        store::settings::save(conn, &settings, now)?;
    }
    Ok(())
}

impl Doorman {
    /// The callback URL an upstream must allow for a connector.
    pub fn callback_url(&self, connector_id: &str) -> Result<String> {
        Ok(format!("{}/callback/{connector_id}", self.base_url()?))
    }

    fn view(&self, connector: Connector) -> Result<ConnectorView> {
        let service_provider = match connector.kind {
            ConnectorKind::Saml => Some(self.service_provider(&connector.id)?),
            _ => None,
        };
        Ok(ConnectorView {
            callback_url: self.callback_url(&connector.id)?,
            service_provider,
            connector,
        })
    }

    /// Registers a connector. A social one is added to the sign-in page's buttons.
    pub fn create_connector(&mut self, input: &ConnectorInput) -> Result<ConnectorView> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let stored = create_in(&tx, &self.actor, now, input)?;
        tx.commit()?;
        self.view(stored.connector)
    }

    /// Every connector.
    pub fn list_connectors(&self) -> Result<Vec<ConnectorView>> {
        table::list(self.store.conn())?
            .into_iter()
            .map(|s| self.view(s.connector))
            .collect()
    }

    /// One connector, by id or name.
    pub fn show_connector(&self, key: &str) -> Result<ConnectorView> {
        self.view(find(self.store.conn(), key)?.connector)
    }

    /// Changes a connector.
    pub fn update_connector(
        &mut self,
        key: &str,
        changes: &ConnectorChanges,
    ) -> Result<ConnectorView> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut stored = find(&tx, key)?;
        let old_name = stored.connector.name.clone();
        let c = &mut stored.connector;
        if let Some(name) = &changes.name {
            taken(&tx, name, Some(&c.id))?;
            c.name = name.clone();
        }
        if let Some(client_id) = &changes.client_id {
            c.client_id = client_id.clone();
        }
        let e = &changes.endpoints;
        for (from, to) in [
            (&e.issuer, &mut c.endpoints.issuer),
            (
                &e.authorization_endpoint,
                &mut c.endpoints.authorization_endpoint,
            ),
            (&e.token_endpoint, &mut c.endpoints.token_endpoint),
            (&e.userinfo_endpoint, &mut c.endpoints.userinfo_endpoint),
            (&e.response_mode, &mut c.endpoints.response_mode),
        ] {
            if from.is_some() {
                to.clone_from(from);
            }
        }
        if e.apple.is_some() {
            c.endpoints.apple.clone_from(&e.apple);
        }
        if let Some(saml) = &e.saml {
            // New metadata keeps what the operator allowed.
            let old = c.endpoints.saml.take().unwrap_or_default();
            c.endpoints.saml = Some(old.refreshed_by(saml.clone()));
        }
        if let Some(saml) = &mut c.endpoints.saml {
            if let Some(on) = changes.idp_initiated {
                saml.idp_initiated = on;
            }
            if changes.default_app.is_some() {
                saml.default_app.clone_from(&changes.default_app);
            }
        }
        c.endpoints.mapping.extend(e.mapping.clone());
        if let Some(scopes) = &changes.scopes {
            c.endpoints.scopes.clone_from(scopes);
        }
        if let Some(list) = &changes.domains {
            c.sso_config.domains = domains(list);
        }
        if let Some(list) = &changes.jit_organizations {
            c.sso_config.jit_organizations = jit_organizations(&tx, list)?;
        }
        if changes.client_secret.is_some() {
            stored.client_secret.clone_from(&changes.client_secret);
            stored.connector.has_secret = true;
        }
        stored.connector.updated_at = now;
        stored.connector.validate()?;
        crate::ops::federation::saml_sign_in::default_app_fits(&tx, &stored.connector)?;
        if stored.connector.endpoints.apple.is_some() {
            crate::oidc::upstream::check_apple_key(stored.client_secret.as_deref())?;
        }
        table::save(&tx, &stored)?;
        if !stored.connector.sso && old_name != stored.connector.name {
            rename_button(&tx, Some(&old_name), Some(&stored.connector.name), now)?;
        }
        record(
            &tx,
            &self.actor,
            now,
            "connector.updated",
            None,
            json!({ "connector_id": stored.connector.id }),
        )?;
        tx.commit()?;
        self.view(stored.connector)
    }

    /// Deletes a connector and unlinks its identities.
    pub fn delete_connector(&mut self, key: &str) -> Result<ConnectorView> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let stored = find(&tx, key)?;
        table::delete(&tx, &stored.connector.id)?;
        rename_button(&tx, Some(&stored.connector.name), None, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "connector.deleted",
            None,
            json!({ "connector_id": stored.connector.id, "name": stored.connector.name }),
        )?;
        tx.commit()?;
        self.view(stored.connector)
    }

    /// A user's linked identities.
    pub fn user_identities(&self, user: &str) -> Result<Vec<Identity>> {
        let conn = self.store.conn();
        let user = resolve::user(conn, user)?;
        table::identities(conn, &user.user.id)
    }

    /// Unlinks a user's identity at a connector.
    pub fn unlink_identity(&mut self, user: &str, connector: &str) -> Result<Identity> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let user = resolve::user(&tx, user)?;
        let connector = find(&tx, connector)?.connector;
        let identity = table::identities(&tx, &user.user.id)?
            .into_iter()
            .find(|i| i.connector_id == connector.id)
            .ok_or_else(|| {
                Error::not_found(format!(
                    "user '{}' has no identity at connector '{}'",
                    user.user.id, connector.name
                ))
            })?;
        table::delete_identity(&tx, &user.user.id, &connector.id)?;
        record(
            &tx,
            &self.actor,
            now,
            "identity.unlinked",
            Some(&user.user.id),
            json!({ "connector_id": connector.id, "subject": identity.subject }),
        )?;
        tx.commit()?;
        Ok(identity)
    }
}

/// Builds a connector from its description, filling in the preset's endpoints and scopes.
pub(crate) fn build(
    conn: &Connection,
    input: &ConnectorInput,
    now: crate::model::timestamp::Timestamp,
) -> Result<StoredConnector> {
    let kind = match (input.kind, input.preset) {
        (Some(kind), _) => kind,
        (None, Some(preset)) => preset.kind(),
        (None, None) => {
            return Err(Error::invalid(format!(
                "connector '{}' needs --kind oidc|oauth2|saml or a --preset",
                input.name
            )));
        }
    };
    let defaults = input.preset.map(Preset::defaults).unwrap_or_default();
    let given = &input.endpoints;
    let pick = |given: &Option<String>, default: &Option<String>| given.clone().or(default.clone());
    let scopes = if !given.scopes.is_empty() {
        given.scopes.clone()
    } else if !defaults.scopes.is_empty() {
        defaults.scopes.clone()
    } else if kind == ConnectorKind::Oidc {
        vec!["openid".into(), "profile".into(), "email".into()]
    } else {
        Vec::new()
    };
    let connector = Connector {
        id: input.id.clone().unwrap_or_else(new_id),
        name: input.name.trim().to_string(),
        kind,
        preset: input.preset,
        client_id: input.client_id.clone(),
        has_secret: input.client_secret.is_some(),
        endpoints: Endpoints {
            issuer: pick(&given.issuer, &defaults.issuer),
            authorization_endpoint: pick(
                &given.authorization_endpoint,
                &defaults.authorization_endpoint,
            ),
            token_endpoint: pick(&given.token_endpoint, &defaults.token_endpoint),
            userinfo_endpoint: pick(&given.userinfo_endpoint, &defaults.userinfo_endpoint),
            scopes,
            mapping: given.mapping.clone(),
            response_mode: pick(&given.response_mode, &defaults.response_mode),
            apple: given.apple.clone(),
            saml: given.saml.clone(),
        },
        // A SAML IdP is always enterprise SSO: there is no social SAML button.
        sso: input.sso || kind == ConnectorKind::Saml,
        sso_config: Sso {
            domains: domains(&input.domains),
            jit_organizations: jit_organizations(conn, &input.jit_organizations)?,
        },
        created_at: now,
        updated_at: now,
    };
    if !connector
        .id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        || connector.id.is_empty()
        || connector.id.len() > 64
    {
        return Err(Error::invalid(format!(
            "invalid connector id '{}': use 1-64 letters, digits, - and _",
            crate::model::validate::shown(&connector.id)
        )));
    }
    connector.validate()?;
    if connector.endpoints.apple.is_some() {
        crate::oidc::upstream::check_apple_key(input.client_secret.as_deref())?;
    }
    crate::ops::federation::saml_sign_in::default_app_fits(conn, &connector)?;
    Ok(StoredConnector {
        connector,
        client_secret: input.client_secret.clone(),
    })
}

/// Creates a connector inside the caller's transaction (the CLI and fixtures).
pub(crate) fn create_in(
    conn: &Connection,
    actor: &str,
    now: crate::model::timestamp::Timestamp,
    input: &ConnectorInput,
) -> Result<StoredConnector> {
    let stored = build(conn, input, now)?;
    taken(conn, &stored.connector.name, None)?;
    if table::find(conn, &stored.connector.id)?.is_some() {
        return Err(Error::conflict(format!(
            "a connector with id '{}' exists already",
            stored.connector.id
        )));
    }
    table::save(conn, &stored)?;
    if stored.connector.kind == ConnectorKind::Saml {
        // Made with the connector, so a snapshot of the seeded database (the test controls'
        // reset) holds the key whose certificate the IdP has read.
        let key = crate::saml::generate_sp_key(&stored.connector.id, now)?;
        table::keep_sp_key(conn, &stored.connector.id, &key, now)?;
    }
    if !stored.connector.sso {
        rename_button(conn, None, Some(&stored.connector.name), now)?;
    }
    record(
        conn,
        actor,
        now,
        "connector.created",
        None,
        json!({ "connector_id": stored.connector.id, "name": stored.connector.name }),
    )?;
    Ok(stored)
}
