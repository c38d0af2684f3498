//! The refresh_token grant (RFC 6749 §6): rotates the token; a rotated token used again revokes
//! the whole family. With `organization_id` it yields an organization token (Logto's shape).

use crate::credentials::client_secret;
use crate::model::app::App;
use crate::model::token::TokenKind;
use crate::oidc::error::OAuthError;
use crate::oidc::grants::{self, RefreshFacts};
use crate::oidc::scope::{self, OPENID};
use crate::ops::Doorman;
use crate::ops::clients::tokens::mint::Mint;
use crate::ops::clients::tokens::target;
use crate::ops::clients::tokens::{TokenResponse, live_user, revoke_family};
use crate::store::{self};

impl Doorman {
    /// The refresh_token grant. As with codes, the new tokens are signed before the write
    /// transaction, which only rotates the old token and stores the new ones.
    pub fn refresh(
        &mut self,
        client: &App,
        refresh_token: &str,
        requested_scope: Option<&str>,
        organization_id: Option<&str>,
        resource: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        let now = self.clock.now();
        let digest = client_secret::digest(refresh_token);
        let minter = self.minter()?;
        let conn = self.store.conn();
        let invalid = || OAuthError::invalid_grant("the refresh token is not valid");
        let stored = store::tokens::find(conn, &digest)?
            .filter(|t| t.kind == TokenKind::Refresh)
            .ok_or_else(invalid)?;
        let grant_id = stored.grant_id.clone().ok_or_else(invalid)?;
        let grant = store::grants::find(conn, &grant_id)?.ok_or_else(invalid)?;
        let facts = RefreshFacts {
            client_id: &stored.client_id,
            revoked: grant.revoked_at.is_some() || stored.revoked_at.is_some(),
            expires_at: stored.expires_at,
        };
        grants::refresh_client(&facts, &client.client_id)?;
        let minted = (|| {
            grants::refresh_expiry(&facts, now)?;
            let user = live_user(conn, &grant.user_id)?;
            match organization_id {
                Some(org) => minter.organization_token(
                    conn,
                    now,
                    &grant,
                    &user,
                    client,
                    org,
                    requested_scope,
                    resource,
                ),
                None => {
                    let mut narrowed = grant.clone();
                    if requested_scope.is_some() {
                        narrowed.scope =
                            grants::narrowed_scope(&scope::parse(&grant.scope), requested_scope)?;
                    }
                    let target = resource
                        .map(|r| target::for_user(conn, &grant, r, requested_scope))
                        .transpose()?;
                    minter.mint(
                        conn,
                        now,
                        &Mint {
                            grant: &narrowed,
                            user: &user,
                            app: client,
                            id_token: scope::has(&scope::parse(&narrowed.scope), OPENID),
                            refresh_token: true,
                            lifetime: None,
                            target: target.as_ref(),
                        },
                    )
                }
            }
        })();
        let tx = self.store.transaction()?;
        if !store::tokens::mark_used(&tx, &digest, now)? {
            revoke_family(&tx, &self.actor, now, "token.refresh_reused", &grant)?;
            tx.commit()?;
            return Err(OAuthError::invalid_grant(
                "the refresh token was already used; every token of its grant is revoked",
            ));
        }
        // Revoked while the tokens were signed: refused, and (as every refusal after the reuse
        // check) the old token stays as it was.
        if store::grants::find(&tx, &grant.id)?.is_none_or(|g| g.revoked_at.is_some()) {
            return Err(OAuthError::invalid_grant("the refresh token was revoked"));
        }
        let response = minted?.store(&tx)?;
        tx.commit()?;
        Ok(response)
    }
}
