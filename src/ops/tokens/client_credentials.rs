//! The client_credentials grant (RFC 6749 §4.4) for machine-to-machine apps: with `resource`, a
//! JWT access token for that registered API carrying the requested scopes (all, when none are
//! named) that the app's roles grant; otherwise an opaque token.

use crate::model::app::{App, AppType};
use crate::model::token::TokenKind;
use crate::oidc::error::OAuthError;
use crate::oidc::jwt;
use crate::oidc::scope;
use crate::oidc::tokens::AccessToken;
use crate::ops::Doorman;
use crate::ops::tokens::TokenResponse;
use crate::ops::tokens::mint::new_token;
use crate::ops::tokens::target;
use crate::store::{self};

impl Doorman {
    /// The client_credentials grant for m2m apps.
    pub fn client_credentials(
        &mut self,
        client: &App,
        requested_scope: Option<&str>,
        resource: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        if client.app_type != AppType::M2m {
            return Err(OAuthError::unauthorized_client(format!(
                "client_credentials is for m2m apps; '{}' is a {} app",
                client.client_id,
                client.app_type.as_str()
            )));
        }
        let now = self.clock.now();
        let target = resource
            .map(|r| target::for_app(self.store.conn(), &client.client_id, r, requested_scope))
            .transpose()?;
        let lifetime = target
            .as_ref()
            .map_or(self.lifetimes.access_token, |t| t.lifetime);
        let scope_text = match &target {
            Some(t) => scope::join(&t.scopes),
            None => scope::join(&scope::parse(requested_scope.unwrap_or_default())),
        };
        let access_token = match &target {
            Some(target) => jwt::sign(
                &*self.current_signer()?,
                Some(jwt::ACCESS_TOKEN_TYPE),
                &AccessToken {
                    issuer: &self.issuer()?,
                    subject: &client.client_id,
                    client_id: &client.client_id,
                    audience: &target.indicator,
                    scope: &scope_text,
                    now,
                    lifetime,
                    organization_id: None,
                    grant_id: None,
                }
                .claims(),
            )?,
            None => {
                let (token, row) = new_token(
                    now,
                    TokenKind::Access,
                    None,
                    &client.client_id,
                    &scope_text,
                    lifetime,
                );
                let tx = self.store.transaction()?;
                store::tokens::insert(&tx, &row)?;
                tx.commit()?;
                token
            }
        };
        Ok(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: lifetime,
            id_token: None,
            refresh_token: None,
            scope: scope_text,
        })
    }
}
