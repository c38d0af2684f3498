//! The connector tables: upstream providers, the identities they link, and the sign-ins sent
//! upstream that wait for their callback. What a connector may do is decided in `ops`; here are
//! the rows.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::{Error, Result};
use crate::model::connector::{Connector, ConnectorKind, Endpoints, Identity, Preset, Sso};
use crate::model::saml::SpKey;
use crate::model::timestamp::Timestamp;

/// A connector with its secret, as the protocol needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredConnector {
    /// What is printed.
    pub connector: Connector,
    /// The client secret registered upstream.
    pub client_secret: Option<String>,
}

/// Everything but the id, names and kind, as one document.
#[derive(serde::Serialize, serde::Deserialize)]
struct Config {
    #[serde(flatten)]
    endpoints: Endpoints,
    #[serde(flatten)]
    sso: Sso,
}

const COLUMNS: &str =
    "id, name, kind, preset, client_id, client_secret, sso, config, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredConnector> {
    let kind: String = r.get(2)?;
    let preset: Option<String> = r.get(3)?;
    let config: String = r.get(7)?;
    let config: Config = serde_json::from_str(&config).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(7, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let client_secret: Option<String> = r.get(5)?;
    Ok(StoredConnector {
        connector: Connector {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: ConnectorKind::parse(&kind).unwrap_or(ConnectorKind::Oidc),
            preset: preset.as_deref().and_then(Preset::parse),
            client_id: r.get(4)?,
            has_secret: client_secret.is_some(),
            endpoints: config.endpoints,
            sso: r.get(6)?,
            sso_config: config.sso,
            created_at: Timestamp::from_unix(r.get(8)?),
            updated_at: Timestamp::from_unix(r.get(9)?),
        },
        client_secret,
    })
}

fn config_json(c: &Connector) -> Result<String> {
    serde_json::to_string(&Config {
        endpoints: c.endpoints.clone(),
        sso: c.sso_config.clone(),
    })
    .map_err(|e| Error::Runtime(format!("encoding a connector failed: {e}")))
}

/// Stores a connector: a new one, or the changes to one with its id (whose `created_at` stays).
pub fn save(conn: &Connection, s: &StoredConnector) -> Result<()> {
    let c = &s.connector;
    conn.prepare_cached(&format!(
        "INSERT INTO connectors ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO UPDATE SET name = ?2, kind = ?3, preset = ?4, client_id = ?5,
         client_secret = ?6, sso = ?7, config = ?8, updated_at = ?10"
    ))?
    .execute(params![
        c.id,
        c.name,
        c.kind.as_str(),
        c.preset.map(Preset::as_str),
        c.client_id,
        s.client_secret,
        c.sso,
        config_json(c)?,
        c.created_at.unix(),
        c.updated_at.unix()
    ])?;
    Ok(())
}

/// A connector by id, or by name (case-insensitively).
pub fn find(conn: &Connection, key: &str) -> Result<Option<StoredConnector>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM connectors WHERE id = ?1
             UNION ALL SELECT {COLUMNS} FROM connectors WHERE name = ?1 AND id <> ?1 LIMIT 1"
        ))?
        .query_row([key], from_row)
        .optional()?)
}

/// Every connector, by name.
pub fn list(conn: &Connection) -> Result<Vec<StoredConnector>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM connectors ORDER BY name COLLATE NOCASE"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes a connector with its identities and pending sign-ins.
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM connectors WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

const IDENTITY: &str = "SELECT i.connector_id, c.name, i.subject, i.email, c.sso, c.config,
    i.profile, i.linked_at, i.user_id FROM identities i JOIN connectors c ON c.id = i.connector_id";

fn identity_row(r: &Row<'_>) -> rusqlite::Result<(Identity, String)> {
    let config: String = r.get(5)?;
    let issuer = serde_json::from_str::<Config>(&config)
        .ok()
        .and_then(|c| c.endpoints.issuer);
    let profile: String = r.get(6)?;
    Ok((
        Identity {
            connector_id: r.get(0)?,
            connector: r.get(1)?,
            subject: r.get(2)?,
            email: r.get(3)?,
            sso: r.get(4)?,
            issuer,
            profile: serde_json::from_str(&profile).unwrap_or_default(),
            linked_at: Timestamp::from_unix(r.get(7)?),
        },
        r.get(8)?,
    ))
}

/// A user's identities, oldest first.
pub fn identities(conn: &Connection, user_id: &str) -> Result<Vec<Identity>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{IDENTITY} WHERE i.user_id = ?1 ORDER BY i.linked_at, c.name"
    ))?;
    let rows = stmt.query_map([user_id], |r| identity_row(r).map(|(i, _)| i))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The user an upstream subject is linked to, with the identity.
pub fn find_identity(
    conn: &Connection,
    connector_id: &str,
    subject: &str,
) -> Result<Option<(Identity, String)>> {
    Ok(conn
        .prepare_cached(&format!(
            "{IDENTITY} WHERE i.connector_id = ?1 AND i.subject = ?2"
        ))?
        .query_row([connector_id, subject], identity_row)
        .optional()?)
}

/// Links a subject to a user, or refreshes the email and profile of the link it has.
pub fn upsert_identity(conn: &Connection, user_id: &str, identity: &Identity) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO identities (connector_id, subject, user_id, email, profile, linked_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (connector_id, subject) DO UPDATE SET email = ?4, profile = ?5",
    )?
    .execute(params![
        identity.connector_id,
        identity.subject,
        user_id,
        identity.email,
        identity.profile.to_string(),
        identity.linked_at.unix()
    ])?;
    Ok(())
}

/// Unlinks a user's identity at a connector; false when there was none.
pub fn delete_identity(conn: &Connection, user_id: &str, connector_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM identities WHERE user_id = ?1 AND connector_id = ?2")?
        .execute([user_id, connector_id])?
        > 0)
}

/// A sign-in sent upstream, waiting for its callback.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingUpstream {
    /// The `state` sent upstream.
    pub state: String,
    /// The interaction it continues.
    pub interaction_id: String,
    /// The connector.
    pub connector_id: String,
    /// The `nonce` sent (OIDC), or the AuthnRequest's id (SAML).
    pub nonce: String,
    /// The PKCE verifier.
    pub verifier: String,
    /// When it lapses.
    pub expires_at: Timestamp,
    /// SAML: what the checked assertion said, stored by the ACS for the callback.
    pub profile: Option<serde_json::Value>,
}

/// Stores a sign-in sent upstream, dropping lapsed ones on the way.
pub fn insert_pending(conn: &Connection, p: &PendingUpstream, now: Timestamp) -> Result<()> {
    conn.prepare_cached("DELETE FROM connector_states WHERE expires_at < ?1")?
        .execute([now.unix()])?;
    conn.prepare_cached(
        "INSERT INTO connector_states (state, interaction_id, connector_id, nonce, verifier,
         expires_at, profile) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        p.state,
        p.interaction_id,
        p.connector_id,
        p.nonce,
        p.verifier,
        p.expires_at.unix(),
        p.profile.as_ref().map(|v| v.to_string())
    ])?;
    Ok(())
}

/// Takes a pending sign-in by its `state`: it is deleted, so a callback is answered once.
pub fn take_pending(conn: &Connection, state: &str) -> Result<Option<PendingUpstream>> {
    Ok(conn
        .prepare_cached(&format!(
            "DELETE FROM connector_states WHERE state = ?1
             RETURNING {PENDING}"
        ))?
        .query_row([state], pending_row)
        .optional()?)
}

const PENDING: &str = "state, interaction_id, connector_id, nonce, verifier, expires_at, profile";

fn pending_row(r: &Row<'_>) -> rusqlite::Result<PendingUpstream> {
    let profile: Option<String> = r.get(6)?;
    Ok(PendingUpstream {
        state: r.get(0)?,
        interaction_id: r.get(1)?,
        connector_id: r.get(2)?,
        nonce: r.get(3)?,
        verifier: r.get(4)?,
        expires_at: Timestamp::from_unix(r.get(5)?),
        profile: profile.and_then(|p| serde_json::from_str(&p).ok()),
    })
}

/// A pending sign-in by its `state`, left in place (the ACS reads it; the callback takes it).
pub fn find_pending(conn: &Connection, state: &str) -> Result<Option<PendingUpstream>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {PENDING} FROM connector_states WHERE state = ?1"
        ))?
        .query_row([state], pending_row)
        .optional()?)
}

/// Stores the checked assertion's profile on a pending sign-in that has none yet; false when
/// it is gone or answered already.
pub fn answer_pending(conn: &Connection, state: &str, profile: &serde_json::Value) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE connector_states SET profile = ?2 WHERE state = ?1 AND profile IS NULL",
        )?
        .execute(params![state, profile.to_string()])?
        > 0)
}

/// Remembers an accepted assertion until it lapses; false when it was accepted before (a
/// replay). Lapsed ones are dropped on the way.
pub fn remember_assertion(
    conn: &Connection,
    connector_id: &str,
    assertion_id: &str,
    expires_at: Timestamp,
    now: Timestamp,
) -> Result<bool> {
    conn.prepare_cached("DELETE FROM saml_assertions WHERE expires_at < ?1")?
        .execute([now.unix()])?;
    Ok(conn
        .prepare_cached(
            "INSERT INTO saml_assertions (connector_id, assertion_id, expires_at)
             VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
        )?
        .execute(params![connector_id, assertion_id, expires_at.unix()])?
        > 0)
}

/// SAML connector `connector_id`'s own signing key, if it has one yet.
pub fn sp_key(conn: &Connection, connector_id: &str) -> Result<Option<SpKey>> {
    Ok(conn
        .prepare_cached(
            "SELECT private_key, certificate FROM saml_sp_keys WHERE connector_id = ?1",
        )?
        .query_row([connector_id], |r| {
            Ok(SpKey {
                private_key: r.get(0)?,
                certificate: r.get(1)?,
            })
        })
        .optional()?)
}

/// Keeps a new signing key for SAML connector `connector_id`, unless one was kept meanwhile
/// (two first requests at once): read it back with [`sp_key`].
pub fn keep_sp_key(
    conn: &Connection,
    connector_id: &str,
    key: &SpKey,
    now: Timestamp,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO saml_sp_keys (connector_id, private_key, certificate, created_at)
         VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
    )?
    .execute(params![
        connector_id,
        key.private_key,
        key.certificate,
        now.unix()
    ])?;
    Ok(())
}
