//! Signing in through a SAML connector: the AuthnRequest sent by redirect, and the IdP's
//! response at the ACS. The ACS is POSTed to from the IdP's page, so the browser's cookies do
//! not come with it: it checks the response, remembers the assertion (once only), and stores
//! what it said on the waiting sign-in; the browser then goes on to the callback, where its
//! binding cookie is checked and [`arrive`](Doorman::arrive) finishes as for any connector.
//! An unsolicited response (IdP-initiated) is accepted only where the connector allows it, and
//! starts a fresh sign-in to the connector's default app.

use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::connector::{Connector, ConnectorKind};
use crate::model::id::random_string;
use crate::model::saml::{SamlIdp, ServiceProvider, SpKey};
use crate::ops::Doorman;
use crate::ops::federation::sign_in::Departure;
use crate::ops::federation::upstream::UpstreamError;
use crate::saml::{self, Expected};
use crate::store::connectors::{self as table, PendingUpstream, StoredConnector};

/// How long IdP metadata read from a URL is used before it is read again: IdPs roll their
/// signing certificates over by publishing the next one there.
pub const METADATA_MAX_AGE_SECONDS: i64 = 3600;

/// Where IdP metadata comes from.
#[derive(Debug, Clone)]
pub enum MetadataSource {
    /// A URL (read now, and kept for reading again).
    Url(String),
    /// A document's text (a file the CLI read).
    Text(String),
}

/// What the ACS made of a response.
#[derive(Debug, Clone)]
pub enum Consumed {
    /// The waiting sign-in `state` has its answer: on to the callback.
    Answered {
        /// The sign-in's `state` (the RelayState).
        state: String,
    },
    /// An unsolicited response the connector accepts: a sign-in to its default app starts.
    Unsolicited {
        /// The connector.
        connector: Box<Connector>,
        /// What the assertion said.
        attributes: Value,
    },
    /// No sign-in waits under this RelayState (spent, lapsed, or another connector's).
    UnknownState,
    /// The response was refused; the page says why.
    Refused {
        /// The connector's name.
        provider: String,
        /// Why.
        reason: UpstreamError,
    },
}

fn refused(provider: &str, why: impl std::fmt::Display) -> Consumed {
    Consumed::Refused {
        provider: provider.to_string(),
        reason: UpstreamError::Refused(why.to_string()),
    }
}

/// An IdP-initiated sign-in lands in a web app: it is sent an authorization code it did not ask
/// for, and only a confidential client can redeem one without a PKCE verifier of its own.
pub(crate) fn default_app_fits(conn: &rusqlite::Connection, connector: &Connector) -> Result<()> {
    let Some(client_id) = connector
        .endpoints
        .saml
        .as_ref()
        .and_then(|s| s.default_app.as_deref())
    else {
        return Ok(());
    };
    let app = crate::ops::resolve::app(conn, client_id)?.app;
    if app.app_type != crate::model::app::AppType::Web || app.redirect_uris.is_empty() {
        return Err(Error::invalid(format!(
            "--default-app '{client_id}' must be a web app with a redirect URI: IdP-initiated \
             sign-in sends it a code it did not ask for"
        )));
    }
    Ok(())
}

impl Doorman {
    /// doorman's URLs for SAML connector `id`.
    pub fn service_provider(&self, id: &str) -> Result<ServiceProvider> {
        Ok(ServiceProvider::at(&self.base_url()?, id))
    }

    /// SAML connector `id`'s own signing key: made with the connector, or (for one made before
    /// schema 22) made and kept on first use.
    pub fn sp_key(&mut self, id: &str) -> Result<SpKey> {
        if let Some(key) = table::sp_key(self.store.conn(), id)? {
            return Ok(key);
        }
        let now = self.clock.now();
        let key = saml::generate_sp_key(id, now)?;
        let tx = self.store.transaction()?;
        table::keep_sp_key(&tx, id, &key, now)?;
        let kept = table::sp_key(&tx, id)?;
        tx.commit()?;
        kept.ok_or_else(|| Error::Runtime(format!("connector '{id}' has no signing key")))
    }

    /// Reads an IdP's metadata.
    pub fn idp_metadata(&self, source: &MetadataSource) -> Result<SamlIdp> {
        match source {
            MetadataSource::Text(xml) => saml::parse_idp_metadata(xml),
            MetadataSource::Url(url) => {
                crate::model::validate::http_url("metadata_url", url)?;
                let xml = self.upstreams.client().get_text(url).map_err(|e| {
                    Error::invalid(format!("reading the IdP metadata at '{url}' failed: {e}"))
                })?;
                let mut idp = saml::parse_idp_metadata(&xml)?;
                idp.metadata_url = Some(url.clone());
                Ok(idp)
            }
        }
    }

    /// SAML connector `connector` with its IdP's metadata read again when it came from a URL and
    /// the connector has not changed for [`METADATA_MAX_AGE_SECONDS`] (the attempt counts as a
    /// change, so it happens at most that often). A failed read keeps what was stored and is
    /// logged: the IdP's metadata host being down must neither stop the sign-ins its old
    /// certificate still verifies nor make each of them wait for the host.
    fn with_fresh_metadata(&mut self, mut connector: Connector) -> Result<Connector> {
        let now = self.clock.now();
        let Some(url) = connector
            .endpoints
            .saml
            .as_ref()
            .and_then(|idp| idp.metadata_url.clone())
            .filter(|_| now.unix() - connector.updated_at.unix() >= METADATA_MAX_AGE_SECONDS)
        else {
            return Ok(connector);
        };
        let mut changed = false;
        match self.idp_metadata(&MetadataSource::Url(url)) {
            Ok(fresh) => {
                let old = connector.endpoints.saml.take().unwrap_or_default();
                let refreshed = old.clone().refreshed_by(fresh);
                changed = refreshed != old;
                connector.endpoints.saml = Some(refreshed);
            }
            Err(e) => {
                tracing::warn!(connector = %connector.name, "re-reading the IdP metadata failed (the stored metadata is used, and read again in an hour): {e}");
            }
        }
        connector.updated_at = now;
        let tx = self.store.transaction()?;
        // Saved with the secret it has (SAML connectors have none, but the row keeps its own).
        if let Some(stored) = table::find(&tx, &connector.id)? {
            table::save(
                &tx,
                &StoredConnector {
                    connector: connector.clone(),
                    ..stored
                },
            )?;
        }
        if changed {
            crate::ops::record(
                &tx,
                &self.actor,
                now,
                "connector.metadata_refreshed",
                None,
                serde_json::json!({ "connector_id": connector.id }),
            )?;
        }
        tx.commit()?;
        Ok(connector)
    }

    /// Sends the browser to a SAML IdP: parks the RelayState with the AuthnRequest's id.
    pub(crate) fn depart_saml(
        &mut self,
        interaction: &str,
        connector: &Connector,
    ) -> Result<Departure> {
        let connector = self.with_fresh_metadata(connector.clone())?;
        let Some(idp) = &connector.endpoints.saml else {
            return Err(Error::invalid(format!(
                "connector '{}' has no SAML IdP",
                connector.name
            )));
        };
        let now = self.clock.now();
        let pending = PendingUpstream {
            state: random_string(32),
            interaction_id: interaction.to_string(),
            connector_id: connector.id.clone(),
            // An NCName: an xsd:ID may not start with a digit.
            nonce: format!("_{}", random_string(32)),
            verifier: String::new(),
            expires_at: now.plus(self.lifetimes.interaction),
            profile: None,
        };
        let sp = self.service_provider(&connector.id)?;
        let signer = match idp.want_signed_requests {
            true => Some(self.sp_key(&connector.id)?),
            false => None,
        };
        let url = saml::authn_request_url(
            idp,
            &sp,
            &pending.nonce,
            &pending.state,
            now,
            signer.as_ref(),
        )?;
        self.park_departure(&pending)?;
        Ok(Departure::Redirect(url))
    }

    /// The ACS: checks a response for connector `id` and stores what it said on the sign-in its
    /// RelayState names, or, unsolicited, hands it back for a fresh sign-in.
    pub fn consume_saml_response(
        &mut self,
        id: &str,
        encoded: &str,
        relay_state: Option<&str>,
    ) -> Result<Option<Consumed>> {
        let Some(stored) =
            table::find(self.store.conn(), id)?.filter(|s| s.connector.kind == ConnectorKind::Saml)
        else {
            return Ok(None);
        };
        let connector = self.with_fresh_metadata(stored.connector)?;
        let Some(idp) = connector
            .endpoints
            .saml
            .clone()
            .filter(|_| connector.kind == ConnectorKind::Saml)
        else {
            return Ok(None);
        };
        let now = self.clock.now();
        let relay_state = relay_state.filter(|s| !s.is_empty());
        let pending = match relay_state {
            Some(state) => table::find_pending(self.store.conn(), state)?
                .filter(|p| p.connector_id == connector.id && p.expires_at > now),
            None => None,
        };
        if pending.is_none() && !idp.idp_initiated {
            return Ok(Some(if relay_state.is_some() {
                Consumed::UnknownState
            } else {
                refused(
                    &connector.name,
                    "unsolicited responses (IdP-initiated sign-in) are not allowed for this connector",
                )
            }));
        }
        let sp = self.service_provider(&connector.id)?;
        let expected = Expected {
            idp: &idp,
            sp: &sp,
            in_response_to: pending.as_ref().map(|p| p.nonce.as_str()),
            now,
        };
        let verified = match saml::verify_response(encoded, &expected) {
            Ok(verified) => verified,
            Err(why) => {
                if let Some(pending) = &pending {
                    // A refused answer spends the sign-in: the user starts again.
                    let tx = self.store.transaction()?;
                    table::take_pending(&tx, &pending.state)?;
                    tx.commit()?;
                }
                tracing::warn!(connector = %connector.name, "SAML response refused: {why}");
                return Ok(Some(refused(&connector.name, why)));
            }
        };
        let tx = self.store.transaction()?;
        if !table::remember_assertion(
            &tx,
            &connector.id,
            &verified.assertion_id,
            verified.expires_at,
            now,
        )? {
            drop(tx);
            return Ok(Some(refused(
                &connector.name,
                "the SAML assertion was used before (a replayed response)",
            )));
        }
        let consumed = match pending {
            Some(pending) => {
                if !table::answer_pending(&tx, &pending.state, &verified.attributes)? {
                    drop(tx);
                    return Ok(Some(Consumed::UnknownState));
                }
                Consumed::Answered {
                    state: pending.state,
                }
            }
            None => Consumed::Unsolicited {
                connector: Box::new(connector),
                attributes: verified.attributes,
            },
        };
        tx.commit()?;
        Ok(Some(consumed))
    }

    /// Parks an IdP-initiated sign-in's checked assertion beside the interaction started for it;
    /// returns the `state` the callback takes it by.
    pub fn park_unsolicited(
        &mut self,
        interaction: &str,
        connector: &Connector,
        attributes: Value,
    ) -> Result<String> {
        let now = self.clock.now();
        let pending = PendingUpstream {
            state: random_string(32),
            interaction_id: interaction.to_string(),
            connector_id: connector.id.clone(),
            nonce: String::new(),
            verifier: String::new(),
            expires_at: now.plus(self.lifetimes.interaction),
            profile: Some(attributes),
        };
        self.park_departure(&pending)?;
        Ok(pending.state)
    }
}
