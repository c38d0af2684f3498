//! The authorization code: issued at the end of a sign-in with its grant, and exchanged once at
//! the token endpoint (RFC 6749 §4.1.3, RFC 7636 §4.6). A second redemption revokes everything
//! the first one issued.

use crate::credentials::client_secret;
use crate::error::Result;
use crate::model::app::App;
use crate::model::id::new_id;
use crate::model::session::Session;
use crate::model::timestamp::Timestamp;
use crate::oidc::authorize::{AuthRequest, redirect_with};
use crate::oidc::error::OAuthError;
use crate::oidc::grants::{self, CodeFacts, CodeRedemption};
use crate::oidc::scope;
use crate::ops::Doorman;
use crate::ops::clients::tokens::mint::Mint;
use crate::ops::clients::tokens::target;
use crate::ops::clients::tokens::{TokenResponse, live_user, revoke_family};
use crate::store::codes::StoredCode;
use crate::store::grants::StoredGrant;
use crate::store::{self};

impl Doorman {
    /// Ends an authorization request with a code: makes the grant and the single-use code, and
    /// returns the URL that takes the browser back to the app.
    pub fn issue_code(&mut self, request: &AuthRequest, session: &Session) -> Result<String> {
        let now = self.clock.now();
        let issuer = self.issuer()?;
        let code = client_secret::generate();
        let tx = self.store.transaction()?;
        let grant = grant_for(request, session, now);
        store::grants::insert(&tx, &grant)?;
        store::codes::insert(
            &tx,
            &StoredCode {
                digest: client_secret::digest(&code),
                grant_id: grant.id,
                redirect_uri: request.redirect_uri.clone(),
                code_challenge: request.code_challenge.clone(),
                expires_at: now.plus(self.lifetimes.authorization_code),
                used_at: None,
            },
        )?;
        tx.commit()?;
        let mut params = vec![("code", code.as_str())];
        if let Some(state) = &request.state {
            params.push(("state", state));
        }
        params.push(("iss", &issuer));
        Ok(redirect_with(&request.redirect_uri, &params))
    }

    /// The authorization_code grant. The code and its grant are read and the tokens signed
    /// first; the write transaction only spends the code and stores the tokens, so requests
    /// do not queue behind each other's signatures. A code is spent only by a successful
    /// exchange; a second redemption revokes everything the first one issued.
    pub fn exchange_code(
        &mut self,
        client: &App,
        code: &str,
        redirect_uri: Option<&str>,
        verifier: Option<&str>,
        resource: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        let now = self.clock.now();
        let digest = client_secret::digest(code);
        let minter = self.minter()?;
        let conn = self.store.conn();
        let invalid = || OAuthError::invalid_grant("the authorization code is not valid");
        let stored = store::codes::find(conn, &digest)?.ok_or_else(invalid)?;
        let grant = store::grants::find(conn, &stored.grant_id)?.ok_or_else(invalid)?;
        let facts = CodeFacts {
            client_id: &grant.client_id,
            redirect_uri: &stored.redirect_uri,
            code_challenge: stored.code_challenge.as_deref(),
            expires_at: stored.expires_at,
            grant_revoked: grant.revoked_at.is_some(),
        };
        let asked = CodeRedemption {
            client_id: &client.client_id,
            redirect_uri,
            code_verifier: verifier,
        };
        grants::code_client(&facts, &asked)?;
        let checked = grants::code_redemption(&facts, &asked, now);
        if let Err(refusal) = &checked
            && stored.used_at.is_none()
        {
            // A failed exchange (a wrong verifier, redirect URI or a lapsed code) spends
            // nothing: whoever holds the right verifier can still redeem it. A spent code is
            // a replay whatever else is wrong with it, and is answered below.
            return Err(refusal.clone());
        }
        // Without `resource`, an opaque access token for userinfo (Logto does not reuse the
        // authorization request's resource); with one, a JWT for it.
        let target = resource
            .map(|r| target::for_user(conn, &grant, r, None))
            .transpose()?;
        let minted = checked.is_ok().then(|| {
            let user = live_user(conn, &grant.user_id)?;
            minter.mint(
                conn,
                now,
                &Mint::of_grant(&grant, &user, client, target.as_ref()),
            )
        });
        let tx = self.store.transaction()?;
        if !store::codes::mark_used(&tx, &digest, now)? {
            revoke_family(&tx, &self.actor, now, "token.code_replayed", &grant)?;
            tx.commit()?;
            return Err(OAuthError::invalid_grant(
                "the authorization code was already used; the tokens it issued are revoked",
            ));
        }
        // Revoked while the tokens were signed (a sign-out, a replay): spent, and refused.
        if store::grants::find(&tx, &grant.id)?.is_none_or(|g| g.revoked_at.is_some()) {
            tx.commit()?;
            return Err(OAuthError::invalid_grant("the grant was revoked"));
        }
        // A failed check returned above unless the code was spent, and a spent code is a replay:
        // here the checks passed and `minted` holds the tokens. A user suspended or gone leaves
        // the code unspent, as a failed mint always has.
        let minted = minted.ok_or_else(invalid)??;
        let response = minted.store(&tx)?;
        tx.commit()?;
        Ok(response)
    }
}

/// The grant an authorization request ends in, for the user of `session`: what a code or an
/// approved device request redeems into.
pub(super) fn grant_for(request: &AuthRequest, session: &Session, now: Timestamp) -> StoredGrant {
    StoredGrant {
        id: new_id(),
        user_id: session.user_id.clone(),
        client_id: request.client_id.clone(),
        session_id: Some(session.id.clone()),
        scope: scope::join(&request.scopes),
        resources: request.resources.clone(),
        nonce: request.nonce.clone(),
        auth_time: session.auth_time,
        amr: session.amr.clone(),
        created_at: now,
        revoked_at: None,
    }
}
