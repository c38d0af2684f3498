//! The client_credentials grant (RFC 6749 §4.4) for machine-to-machine apps, as Logto issues
//! it: with `resource`, a JWT for that registered API carrying the requested scopes the app's
//! roles grant; with `organization_id` (the app must be a member), an organization token with
//! the requested scopes its organization roles grant, or with both, the API permissions those
//! roles hold; with neither, an opaque token with no scope. Unrequested scopes are never added.

use rusqlite::Connection;

use crate::model::app::{App, AppType};
use crate::model::principal::Principal;
use crate::model::token::TokenKind;
use crate::oidc::error::OAuthError;
use crate::oidc::jwt;
use crate::oidc::scope;
use crate::oidc::tokens::{AccessToken, organization_audience};
use crate::ops::Doorman;
use crate::ops::clients::tokens::TokenResponse;
use crate::ops::clients::tokens::mint::new_token;
use crate::ops::clients::tokens::target::{self, Target};
use crate::store::{self};

impl Doorman {
    /// The client_credentials grant for m2m apps.
    pub fn client_credentials(
        &mut self,
        client: &App,
        requested_scope: Option<&str>,
        resource: Option<&str>,
        organization_id: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        if client.app_type != AppType::M2m {
            return Err(OAuthError::unauthorized_client(format!(
                "client_credentials is for m2m apps; '{}' is a {} app",
                client.client_id,
                client.app_type.as_str()
            )));
        }
        let now = self.clock.now();
        let conn = self.store.conn();
        let target = match (organization_id, resource) {
            (None, None) => None,
            (Some(org), _) => Some(organization_target(
                conn,
                &client.client_id,
                org,
                resource,
                requested_scope,
                self.lifetimes.access_token,
            )?),
            (None, Some(indicator)) => Some(target::for_app(
                conn,
                &client.client_id,
                None,
                indicator,
                requested_scope,
            )?),
        };
        let lifetime = target
            .as_ref()
            .map_or(self.lifetimes.access_token, |t| t.lifetime);
        // Without an API or an organization, the opaque token is the app's own, with no scope
        // to carry: never the strings a client made up.
        let scope_text = match &target {
            Some(t) => scope::join(&t.scopes),
            None => String::new(),
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
                    organization_id,
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

/// An M2M organization token's target: the organization's audience with the requested
/// organization scopes the app's organization roles carry, or a registered API with the
/// permissions those roles hold for it. A non-member is refused with 403 `access_denied`.
fn organization_target(
    conn: &Connection,
    client_id: &str,
    organization_id: &str,
    resource: Option<&str>,
    requested: Option<&str>,
    lifetime: i64,
) -> Result<Target, OAuthError> {
    if !store::memberships::is_member(conn, Principal::App, organization_id, client_id)? {
        return Err(OAuthError::new(
            "access_denied",
            format!("app '{client_id}' is not a member of organization '{organization_id}'"),
        ));
    }
    if let Some(indicator) = resource {
        return target::for_app(conn, client_id, Some(organization_id), indicator, requested);
    }
    let carried =
        store::memberships::member_scopes(conn, Principal::App, organization_id, client_id)?;
    Ok(Target {
        indicator: organization_audience(organization_id),
        scopes: scope::intersect(&scope::parse(requested.unwrap_or_default()), &carried),
        lifetime,
    })
}
