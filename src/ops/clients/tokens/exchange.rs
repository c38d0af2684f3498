//! Logto's token exchange of a personal access token (`urn:ietf:params:oauth:grant-type:
//! token-exchange` with `subject_token_type=urn:logto:token-type:personal_access_token`): a
//! first-party app trades a user's token for an access token of that user: opaque for
//! userinfo and doorman's own APIs (the requested OIDC scopes), or a JWT for a `resource` with
//! the requested scopes the user's roles grant. No ID token, no refresh token.

use crate::credentials::client_secret;
use crate::model::app::App;
use crate::model::id::new_id;
use crate::oidc::error::OAuthError;
use crate::oidc::scope;
use crate::ops::Doorman;
use crate::ops::clients::tokens::mint::Mint;
use crate::ops::clients::tokens::target;
use crate::ops::clients::tokens::{TokenResponse, live_user};
use crate::store::grants::StoredGrant;
use crate::store::{self};

/// The grant type.
pub const TOKEN_EXCHANGE: &str = "urn:ietf:params:oauth:grant-type:token-exchange";
/// The subject token type of a personal access token (Logto's).
pub const PERSONAL_ACCESS_TOKEN: &str = "urn:logto:token-type:personal_access_token";

impl Doorman {
    /// Exchanges a personal access token for an access token of its user.
    pub fn exchange_personal_token(
        &mut self,
        client: &App,
        subject_token: &str,
        subject_token_type: &str,
        requested_scope: Option<&str>,
        resource: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        if subject_token_type != PERSONAL_ACCESS_TOKEN {
            return Err(OAuthError::invalid_request(format!(
                "subject_token_type '{subject_token_type}' is not supported; use '{PERSONAL_ACCESS_TOKEN}'"
            )));
        }
        if client.is_third_party {
            return Err(OAuthError::unauthorized_client(
                "third-party apps may not exchange a user's tokens",
            ));
        }
        let now = self.clock.now();
        let conn = self.store.conn();
        let invalid = || OAuthError::invalid_grant("the personal access token is not valid");
        let stored =
            store::personal_tokens::find_by_digest(conn, &client_secret::digest(subject_token))?
                .filter(|t| t.expires_at.is_none_or(|at| at > now))
                .ok_or_else(invalid)?;
        let user = live_user(conn, &stored.user_id)?;
        if let Some(r) = resource
            && let Some(unknown) = self.unregistered_resource(&[r.to_string()])?
        {
            return Err(OAuthError::new(
                "invalid_target",
                format!("resource '{unknown}' is not a registered API resource"),
            ));
        }
        let grant = StoredGrant {
            id: new_id(),
            user_id: user.id.clone(),
            client_id: client.client_id.clone(),
            session_id: None,
            scope: scope::join(&scope::parse(requested_scope.unwrap_or_default())),
            resources: resource.map(|r| vec![r.to_string()]).unwrap_or_default(),
            nonce: None,
            auth_time: now,
            amr: Vec::new(),
            created_at: now,
            revoked_at: None,
        };
        let minter = self.minter()?;
        let conn = self.store.conn();
        let target = resource
            .map(|r| target::for_user(conn, &grant, r, requested_scope))
            .transpose()?;
        let minted = minter.mint(
            conn,
            now,
            &Mint {
                grant: &grant,
                user: &user,
                app: client,
                id_token: false,
                refresh_token: false,
                lifetime: None,
                target: target.as_ref(),
            },
        )?;
        let tx = self.store.transaction()?;
        store::grants::insert(&tx, &grant)?;
        store::personal_tokens::used(&tx, &stored.id, now)?;
        let response = minted.store(&tx)?;
        tx.commit()?;
        Ok(response)
    }
}
