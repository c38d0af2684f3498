//! The device authorization grant (RFC 8628): a device asks for a code pair at
//! `/oidc/device/auth`, a person types the user code at `/device` and signs in on another
//! screen (the interaction that approves it is an ordinary one, naming the request), and the
//! device polls the token endpoint until the grant is approved, denied or lapsed. The rules
//! are [`oidc::device`](crate::oidc::device).

use serde::Serialize;

use crate::credentials::client_secret;
use crate::error::{Error, Result};
use crate::model::app::App;
use crate::model::id::new_id;
use crate::model::session::Session;
use crate::oidc::authorize::AuthRequest;
use crate::oidc::device::{self, Poll, PollFacts, Status};
use crate::oidc::error::OAuthError;
use crate::oidc::scope;
use crate::ops::Doorman;
use crate::ops::clients::tokens::code::grant_for;
use crate::ops::clients::tokens::mint::Mint;
use crate::ops::clients::tokens::target;
use crate::ops::clients::tokens::{TokenResponse, live_user};
use crate::store::devices::StoredDevice;
use crate::store::{self};

/// The device authorization response (RFC 8628 §3.2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeviceStart {
    /// The code the device polls with; secret.
    pub device_code: String,
    /// The code a person types, as shown: `BCDF-GHJK`.
    pub user_code: String,
    /// Where the person types it.
    pub verification_uri: String,
    /// The same page with the code filled in (for a QR code or a link).
    pub verification_uri_complete: String,
    /// Seconds until both codes lapse.
    pub expires_in: i64,
    /// Seconds the device waits between polls.
    pub interval: i64,
}

impl Doorman {
    /// Starts a device request for `client` with the scopes doorman knows of `scope` (every
    /// scope when an API is named, as at `/oidc/auth`).
    pub fn start_device_authorization(
        &mut self,
        client: &App,
        scope: Option<&str>,
        resources: Vec<String>,
    ) -> Result<DeviceStart, OAuthError> {
        if !client.device_flow {
            return Err(OAuthError::unauthorized_client(format!(
                "app '{}' does not use the device flow (app update {} --device-flow)",
                client.client_id, client.client_id
            )));
        }
        if let Some(unknown) = self.unregistered_resource(&resources)? {
            return Err(OAuthError::new(
                "invalid_target",
                format!("resource '{unknown}' is not a registered API resource"),
            ));
        }
        let scopes: Vec<String> = scope::parse(scope.unwrap_or_default())
            .into_iter()
            .filter(|s| !resources.is_empty() || scope::SUPPORTED.contains(&s.as_str()))
            .collect();
        let now = self.clock.now();
        let device_code = client_secret::generate();
        let mut stored = StoredDevice {
            id: new_id(),
            device_code_digest: client_secret::digest(&device_code),
            user_code: device::new_user_code(),
            client_id: client.client_id.clone(),
            scope: scope::join(&scopes),
            resources,
            created_at: now,
            expires_at: now.plus(device::LIFETIME_SECONDS),
            interval: device::POLL_INTERVAL,
            polled_at: None,
            status: Status::Pending,
            grant_id: None,
        };
        let tx = self.store.transaction()?;
        // 20^8 codes: a clash with a live one is rare, and a fresh code settles it.
        while store::devices::find_by_user_code(&tx, &stored.user_code)?.is_some() {
            stored.user_code = device::new_user_code();
        }
        store::devices::insert(&tx, &stored)?;
        tx.commit()?;
        let verification_uri = format!("{}/device", self.base_url()?);
        let shown = device::display_user_code(&stored.user_code);
        Ok(DeviceStart {
            device_code,
            verification_uri_complete: format!("{verification_uri}?user_code={shown}"),
            user_code: shown,
            verification_uri,
            expires_in: device::LIFETIME_SECONDS,
            interval: stored.interval,
        })
    }

    /// The live, undecided request a person's typed code names, if any.
    pub fn pending_device(&self, typed: &str) -> Result<Option<StoredDevice>> {
        let Some(code) = device::normalize_user_code(typed) else {
            return Ok(None);
        };
        let now = self.clock.now().unix();
        Ok(store::devices::find_by_user_code(self.store.conn(), &code)?
            .filter(|d| d.status == Status::Pending && d.expires_at.unix() > now))
    }

    /// The authorization request a person signs in for when they confirm a device's code: no
    /// redirect URI, no PKCE (the device code is the device's proof), and the request's id.
    pub fn device_auth_request(
        &self,
        stored: &StoredDevice,
        ui_locales: Option<&str>,
    ) -> AuthRequest {
        AuthRequest {
            client_id: stored.client_id.clone(),
            redirect_uri: String::new(),
            scopes: scope::parse(&stored.scope),
            state: None,
            nonce: None,
            code_challenge: None,
            prompt: Vec::new(),
            max_age: None,
            login_hint: None,
            ui_locales: ui_locales.map(str::to_string),
            resources: stored.resources.clone(),
            first_screen: None,
            identifier: None,
            direct_sign_in: None,
            device: Some(stored.id.clone()),
        }
    }

    /// Ends a device request's sign-in with approval: the grant the device's next poll redeems.
    /// False when the request was decided meanwhile or lapsed.
    pub fn approve_device(&mut self, request: &AuthRequest, session: &Session) -> Result<bool> {
        let id = request
            .device
            .as_deref()
            .ok_or_else(|| Error::Runtime("approving a request that is not a device's".into()))?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let live = store::devices::find(&tx, id)?
            .is_some_and(|d| d.status == Status::Pending && d.expires_at.unix() > now.unix());
        if !live {
            return Ok(false);
        }
        let grant = grant_for(request, session, now);
        store::grants::insert(&tx, &grant)?;
        let moved =
            store::devices::advance(&tx, id, Status::Pending, Status::Approved, Some(&grant.id))?;
        tx.commit()?;
        Ok(moved)
    }

    /// Ends a device request with a refusal: the person cancelled, or the sign-in was refused.
    pub fn deny_device(&mut self, id: &str) -> Result<()> {
        let tx = self.store.transaction()?;
        store::devices::advance(&tx, id, Status::Pending, Status::Denied, None)?;
        tx.commit()
    }

    /// The device_code grant: a poll, answered by [`device::poll`]; once approved, the tokens,
    /// minted as for a code (signed before the write lock), and the device code spent.
    pub fn poll_device(
        &mut self,
        client: &App,
        device_code: &str,
        resource: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        if !client.device_flow {
            return Err(OAuthError::unauthorized_client(format!(
                "app '{}' does not use the device flow",
                client.client_id
            )));
        }
        let now = self.clock.now();
        let conn = self.store.conn();
        let stored =
            store::devices::find_by_device_code(conn, &client_secret::digest(device_code))?
                .ok_or_else(|| OAuthError::invalid_grant("the device code is not valid"))?;
        let facts = PollFacts {
            client_id: &stored.client_id,
            status: stored.status,
            expires_at: stored.expires_at,
            polled_at: stored.polled_at,
            interval: stored.interval,
        };
        match device::poll(&facts, &client.client_id, now) {
            Poll::Refuse(error) => return Err(error),
            Poll::Wait(error) => {
                let interval = if error.error == "slow_down" {
                    stored.interval + device::SLOW_DOWN_STEP
                } else {
                    stored.interval
                };
                let tx = self.store.transaction()?;
                store::devices::record_poll(&tx, &stored.id, now, interval)?;
                tx.commit()?;
                return Err(error);
            }
            Poll::Redeem => {}
        }
        let invalid = || OAuthError::invalid_grant("the device code is not valid");
        let minter = self.minter()?;
        let conn = self.store.conn();
        let grant_id = stored.grant_id.as_deref().ok_or_else(invalid)?;
        let grant = store::grants::find(conn, grant_id)?
            .filter(|g| g.revoked_at.is_none())
            .ok_or_else(|| OAuthError::invalid_grant("the grant was revoked"))?;
        let target = resource
            .map(|r| target::for_user(conn, &grant, r, None))
            .transpose()?;
        let user = live_user(conn, &grant.user_id)?;
        let minted = minter.mint(
            conn,
            now,
            &Mint::of_grant(&grant, &user, client, target.as_ref()),
        )?;
        let tx = self.store.transaction()?;
        if !store::devices::advance(&tx, &stored.id, Status::Approved, Status::Used, None)? {
            return Err(OAuthError::invalid_grant(
                "the device code was already used",
            ));
        }
        let response = minted.store(&tx)?;
        tx.commit()?;
        Ok(response)
    }
}
