//! Grants and the tokens they yield: authorization codes at the end of a sign-in, the token
//! endpoint's three grants, userinfo, introspection, revocation, and `token issue` for CI. The
//! server and the CLI both mint through [`Doorman::mint`], so a token is the same whichever way
//! it was asked for.

use std::sync::Arc;

use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::credentials::client_secret;
use crate::error::{Error, Result};
use crate::model::app::{App, AppType};
use crate::model::id::new_id;
use crate::model::timestamp::Timestamp;
use crate::model::user::User;
use crate::oidc::authorize::{AuthRequest, redirect_with};
use crate::oidc::claims::{Audience, user_claims};
use crate::oidc::error::OAuthError;
use crate::oidc::jwt;
use crate::oidc::keys::Signer;
use crate::oidc::scope::{self, OFFLINE_ACCESS, OPENID, ORGANIZATIONS};
use crate::oidc::tokens::{IdToken, access_token_claims, organization_audience};
use crate::ops::{Doorman, record};
use crate::store::codes::StoredCode;
use crate::store::grants::StoredGrant;
use crate::store::sessions::StoredSession;
use crate::store::tokens::StoredToken;
use crate::store::users::Key;
use crate::store::{self};

/// How long each kind of token and session lives, in seconds (SPEC §5 defaults).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetimes {
    /// ID tokens.
    pub id_token: i64,
    /// Access tokens.
    pub access_token: i64,
    /// Refresh tokens.
    pub refresh_token: i64,
    /// Browser sessions.
    pub session: i64,
    /// Authorization codes.
    pub authorization_code: i64,
    /// A sign-in or consent page left open.
    pub interaction: i64,
}

impl Default for Lifetimes {
    fn default() -> Self {
        Lifetimes {
            id_token: 3_600,
            access_token: 3_600,
            refresh_token: 14 * 86_400,
            session: 14 * 86_400,
            authorization_code: 60,
            interaction: 3_600,
        }
    }
}

/// The longest `token issue --expires-in` may ask for: signing keys stay published at least this
/// long after rotation, so every token they signed still verifies.
pub const MAX_ISSUED_SECONDS: i64 = 86_400;

impl Lifetimes {
    /// How long a retired key stays in the JWKS: past the longest-lived JWT it can have signed,
    /// plus five minutes for clock skew.
    pub fn key_retention(&self) -> i64 {
        self.id_token.max(self.access_token).max(MAX_ISSUED_SECONDS) + 300
    }
}

/// A token endpoint response (RFC 6749 §5.1, OIDC Core §3.1.3.3).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenResponse {
    /// The access token (opaque, or a JWT for a resource or organization).
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// The ID token, when `openid` was granted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The refresh token, when `offline_access` was granted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// The granted scopes.
    pub scope: String,
}

/// What minting needs from the `Doorman`, taken before a transaction borrows the store.
struct Minter {
    issuer: String,
    signer: Arc<Signer>,
    lifetimes: Lifetimes,
}

/// What to mint from a grant.
struct Mint<'a> {
    grant: &'a StoredGrant,
    user: &'a User,
    app: &'a App,
    id_token: bool,
    refresh_token: bool,
    /// Overrides both the access and the ID token lifetime (`token issue --expires-in`).
    lifetime: Option<i64>,
}

impl Doorman {
    fn minter(&self) -> Result<Minter> {
        Ok(Minter {
            issuer: self.issuer()?,
            signer: self.current_signer()?,
            lifetimes: self.lifetimes,
        })
    }

    /// The key that signs, cached per `Doorman` (one per server worker) until a rotation.
    pub fn current_signer(&self) -> Result<Arc<Signer>> {
        let kid = store::keys::current_kid(self.store.conn())?;
        if let Some(cached) = self.signer_cache.borrow().as_ref()
            && Some(&cached.kid) == kid.as_ref()
        {
            return Ok(cached.clone());
        }
        let signer = Arc::new(self.signer()?);
        *self.signer_cache.borrow_mut() = Some(signer.clone());
        Ok(signer)
    }

    /// Ends an authorization request with a code: makes the grant and the single-use code, and
    /// returns the URL that takes the browser back to the app.
    pub fn issue_code(&mut self, request: &AuthRequest, session: &StoredSession) -> Result<String> {
        let now = self.clock.now();
        let issuer = self.issuer()?;
        let code = client_secret::generate();
        let tx = self.store.transaction()?;
        let grant = StoredGrant {
            id: new_id(),
            user_id: session.user_id.clone(),
            client_id: request.client_id.clone(),
            session_id: Some(session.id.clone()),
            scope: scope::join(&request.scopes),
            resource: request.resource.clone(),
            nonce: request.nonce.clone(),
            auth_time: session.auth_time,
            amr: session.amr.clone(),
            created_at: now,
            revoked_at: None,
        };
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

    /// Authenticates the client of a token, introspection or revocation request. Confidential
    /// apps must present their secret; public apps may only name themselves.
    pub fn authenticate_token_client(
        &self,
        client_id: &str,
        secret: Option<&str>,
    ) -> Result<App, OAuthError> {
        match secret {
            Some(secret) => self
                .authenticate_client(client_id, secret)
                .map_err(|_| OAuthError::invalid_client("client authentication failed")),
            None => match store::apps::find(self.store.conn(), client_id)? {
                Some(stored) if !stored.app.app_type.is_confidential() => Ok(stored.app),
                _ => Err(OAuthError::invalid_client("client authentication failed")),
            },
        }
    }

    /// The authorization_code grant (RFC 6749 §4.1.3, RFC 7636 §4.6). A code is good once; a
    /// second redemption revokes everything the first one issued.
    pub fn exchange_code(
        &mut self,
        client: &App,
        code: &str,
        redirect_uri: Option<&str>,
        verifier: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        let now = self.clock.now();
        let digest = client_secret::digest(code);
        let minter = self.minter()?;
        let tx = self.store.transaction()?;
        let stored = store::codes::find(&tx, &digest)?
            .ok_or_else(|| OAuthError::invalid_grant("the authorization code is not valid"))?;
        let grant = store::grants::find(&tx, &stored.grant_id)?
            .ok_or_else(|| OAuthError::invalid_grant("the authorization code is not valid"))?;
        if grant.client_id != client.client_id {
            return Err(OAuthError::invalid_grant(
                "the authorization code was issued to another client",
            ));
        }
        if !store::codes::mark_used(&tx, &digest, now)? {
            revoke_family(&tx, &self.actor, now, "token.code_replayed", &grant)?;
            tx.commit()?;
            return Err(OAuthError::invalid_grant(
                "the authorization code was already used; the tokens it issued are revoked",
            ));
        }
        if stored.expires_at <= now {
            tx.commit()?;
            return Err(OAuthError::invalid_grant(
                "the authorization code has expired",
            ));
        }
        if grant.revoked_at.is_some() {
            tx.commit()?;
            return Err(OAuthError::invalid_grant("the grant was revoked"));
        }
        if redirect_uri != Some(stored.redirect_uri.as_str()) {
            tx.commit()?;
            return Err(OAuthError::invalid_grant(
                "redirect_uri does not match the authorization request",
            ));
        }
        match (&stored.code_challenge, verifier) {
            (Some(challenge), Some(v)) if crate::oidc::pkce::verify(v, challenge) => {}
            (Some(_), _) => {
                tx.commit()?;
                return Err(OAuthError::invalid_grant(
                    "code_verifier does not match the code_challenge",
                ));
            }
            (None, Some(_)) => {
                tx.commit()?;
                return Err(OAuthError::invalid_grant(
                    "code_verifier sent but the authorization request had no code_challenge",
                ));
            }
            (None, None) => {}
        }
        let user = live_user(&tx, &grant.user_id)?;
        let scopes = scope::parse(&grant.scope);
        let response = minter.mint(
            &tx,
            now,
            &Mint {
                grant: &grant,
                user: &user,
                app: client,
                id_token: scope::has(&scopes, OPENID),
                refresh_token: scope::has(&scopes, OFFLINE_ACCESS),
                lifetime: None,
            },
        )?;
        tx.commit()?;
        Ok(response)
    }

    /// The refresh_token grant: rotates the token; a rotated token used again revokes the whole
    /// family. With `organization_id` it yields an organization token (Logto's shape).
    pub fn refresh(
        &mut self,
        client: &App,
        refresh_token: &str,
        requested_scope: Option<&str>,
        organization_id: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        let now = self.clock.now();
        let digest = client_secret::digest(refresh_token);
        let minter = self.minter()?;
        let tx = self.store.transaction()?;
        let invalid = || OAuthError::invalid_grant("the refresh token is not valid");
        let stored = store::tokens::find(&tx, &digest)?
            .filter(|t| t.kind == "refresh")
            .ok_or_else(invalid)?;
        if stored.client_id != client.client_id {
            return Err(OAuthError::invalid_grant(
                "the refresh token was issued to another client",
            ));
        }
        let grant_id = stored.grant_id.clone().ok_or_else(invalid)?;
        let grant = store::grants::find(&tx, &grant_id)?.ok_or_else(invalid)?;
        if grant.revoked_at.is_some() || stored.revoked_at.is_some() {
            return Err(OAuthError::invalid_grant("the refresh token was revoked"));
        }
        if !store::tokens::mark_used(&tx, &digest, now)? {
            revoke_family(&tx, &self.actor, now, "token.refresh_reused", &grant)?;
            tx.commit()?;
            return Err(OAuthError::invalid_grant(
                "the refresh token was already used; every token of its grant is revoked",
            ));
        }
        if stored.expires_at <= now {
            return Err(OAuthError::invalid_grant("the refresh token has expired"));
        }
        let user = live_user(&tx, &grant.user_id)?;
        let granted = scope::parse(&grant.scope);
        let response = match organization_id {
            Some(org) => {
                minter.organization_token(&tx, now, &grant, &user, client, org, requested_scope)?
            }
            None => {
                let mut narrowed = grant.clone();
                if let Some(wanted) = requested_scope {
                    let wanted = scope::parse(wanted);
                    if !scope::covers(&granted, &wanted) {
                        return Err(OAuthError::new(
                            "invalid_scope",
                            "the requested scope exceeds what was granted",
                        ));
                    }
                    narrowed.scope = scope::join(&wanted);
                }
                minter.mint(
                    &tx,
                    now,
                    &Mint {
                        grant: &narrowed,
                        user: &user,
                        app: client,
                        id_token: scope::has(&scope::parse(&narrowed.scope), OPENID),
                        refresh_token: true,
                        lifetime: None,
                    },
                )?
            }
        };
        tx.commit()?;
        Ok(response)
    }

    /// The client_credentials grant for m2m apps. With `resource`, a JWT for that API;
    /// otherwise an opaque token.
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
        let scope_text = scope::join(&scope::parse(requested_scope.unwrap_or_default()));
        let access_token = match resource {
            Some(resource) => {
                let signer = self.current_signer()?;
                jwt::sign(
                    &signer,
                    Some(jwt::ACCESS_TOKEN_TYPE),
                    &access_token_claims(
                        &self.issuer()?,
                        &client.client_id,
                        &client.client_id,
                        resource,
                        &scope_text,
                        now,
                        self.lifetimes.access_token,
                        None,
                    ),
                )?
            }
            None => {
                let tx = self.store.transaction()?;
                let token = store_token(
                    &tx,
                    now,
                    Kind::Access,
                    None,
                    &client.client_id,
                    &scope_text,
                    self.lifetimes.access_token,
                )?;
                tx.commit()?;
                token
            }
        };
        Ok(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: self.lifetimes.access_token,
            id_token: None,
            refresh_token: None,
            scope: scope_text,
        })
    }

    /// Userinfo (OIDC Core §5.3) for an opaque access token issued to a user.
    pub fn userinfo(&self, access_token: &str) -> Result<Map<String, Value>, OAuthError> {
        let conn = self.store.conn();
        let invalid = || OAuthError::new("invalid_token", "the access token is not valid");
        let (token, grant) = self.live_token(conn, access_token)?.ok_or_else(invalid)?;
        let grant = grant
            .filter(|_| token.kind == "access")
            .ok_or_else(invalid)?;
        let user = live_user(conn, &grant.user_id).map_err(|_| invalid())?;
        let memberships = store::orgs::user_memberships(conn, &user.id)?;
        let scopes = scope::parse(&token.scope);
        if !scope::has(&scopes, OPENID) {
            return Err(OAuthError::new(
                "insufficient_scope",
                "the access token was not granted 'openid'",
            ));
        }
        Ok(user_claims(
            &user,
            &memberships,
            &scopes,
            Audience::Userinfo,
        ))
    }

    /// Introspection (RFC 7662): what a token is, or just `active: false`.
    pub fn introspect(&self, token: &str) -> Result<Value> {
        let conn = self.store.conn();
        let issuer = self.issuer()?;
        if let Some((stored, grant)) = self.live_token(conn, token)? {
            let mut out = json!({
                "active": true,
                "iss": issuer,
                "client_id": stored.client_id,
                "scope": stored.scope,
                "token_type": if stored.kind == "refresh" { "refresh_token" } else { "Bearer" },
                "iat": stored.created_at.unix(),
                "exp": stored.expires_at.unix(),
            });
            if let Some(g) = grant {
                out["sub"] = json!(g.user_id);
                if let Some(sid) = g.session_id {
                    out["sid"] = json!(sid);
                }
            }
            return Ok(out);
        }
        if token.matches('.').count() == 2
            && let Ok(claims) = jwt::verify(token, &self.jwks()?, &issuer, true)
            && claims.get("events").is_none()
            && claims.get("scope").is_some()
        {
            let mut out = Map::new();
            out.insert("active".into(), json!(true));
            out.insert("token_type".into(), json!("Bearer"));
            for k in [
                "iss",
                "sub",
                "aud",
                "client_id",
                "scope",
                "iat",
                "exp",
                "jti",
                "organization_id",
            ] {
                if let Some(v) = claims.get(k) {
                    out.insert(k.into(), v.clone());
                }
            }
            return Ok(Value::Object(out));
        }
        Ok(json!({ "active": false }))
    }

    /// Revocation (RFC 7009). A refresh token takes its whole grant with it; an opaque access
    /// token only itself. Unknown tokens and other clients' tokens are ignored, as the RFC asks.
    pub fn revoke_token(&mut self, client: &App, token: &str) -> Result<()> {
        let now = self.clock.now();
        let digest = client_secret::digest(token);
        let tx = self.store.transaction()?;
        if let Some(stored) = store::tokens::find(&tx, &digest)?
            && stored.client_id == client.client_id
        {
            match (&stored.kind[..], &stored.grant_id) {
                ("refresh", Some(grant)) => {
                    store::grants::revoke(&tx, grant, now)?;
                }
                _ => store::tokens::revoke(&tx, &digest, now)?,
            }
            record(
                &tx,
                &self.actor,
                now,
                "token.revoked",
                stored.user_id.as_deref(),
                json!({ "client_id": client.client_id, "kind": stored.kind }),
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Mints tokens for a user and app without a browser (`doorman token issue`), audited.
    pub fn issue_tokens(&mut self, request: IssueRequest) -> Result<TokenResponse> {
        let now = self.clock.now();
        if store::keys::current_kid(self.store.conn())?.is_none() {
            // A seeded database that never ran `init` or `serve`: make the first key now.
            let tx = self.store.transaction()?;
            crate::ops::keys::ensure_current(&tx, now)?;
            tx.commit()?;
        }
        let minter = self.minter()?;
        let tx = self.store.transaction()?;
        let user = crate::ops::resolve::user(&tx, &request.user)?.user;
        if user.suspended {
            return Err(Error::invalid(format!(
                "user '{}' is suspended",
                request.user
            )));
        }
        let app = crate::ops::resolve::app(&tx, &request.app)?.app;
        if !app.app_type.signs_users_in() {
            return Err(Error::invalid(format!(
                "app '{}' is an m2m app; user tokens need a web, spa or native app",
                request.app
            )));
        }
        let lifetime = match request.expires_in {
            None => None,
            Some(s) if s > MAX_ISSUED_SECONDS => {
                return Err(Error::invalid(format!(
                    "--expires-in {s}s is longer than the {MAX_ISSUED_SECONDS}s signing keys are kept"
                )));
            }
            Some(s) => Some(s),
        };
        let mut scopes = request.scopes;
        if !scope::has(&scopes, OPENID) {
            scopes.insert(0, OPENID.to_string());
        }
        let grant = StoredGrant {
            id: new_id(),
            user_id: user.id.clone(),
            client_id: app.client_id.clone(),
            session_id: None,
            scope: scope::join(&scopes),
            resource: request.resource.clone(),
            nonce: None,
            auth_time: now,
            amr: vec!["pwd".into()],
            created_at: now,
            revoked_at: None,
        };
        store::grants::insert(&tx, &grant)?;
        let mut response = minter
            .mint(
                &tx,
                now,
                &Mint {
                    grant: &grant,
                    user: &user,
                    app: &app,
                    id_token: true,
                    refresh_token: scope::has(&scopes, OFFLINE_ACCESS)
                        || request.organization.is_some(),
                    lifetime,
                },
            )
            .map_err(|e| Error::invalid(e.error_description))?;
        if let Some(org) = &request.organization {
            let org = crate::ops::resolve::organization(&tx, org)?;
            if !scope::has(&scopes, ORGANIZATIONS) {
                scopes.push(ORGANIZATIONS.to_string());
            }
            let mut org_grant = grant.clone();
            org_grant.scope = scope::join(&scopes);
            let org_token = minter
                .organization_token(&tx, now, &org_grant, &user, &app, &org.id, None)
                .map_err(|e| Error::invalid(e.error_description))?;
            response.access_token = org_token.access_token;
            response.scope = org_token.scope;
            if !scope::has(&scopes, OFFLINE_ACCESS) {
                response.refresh_token = None;
            }
        }
        record(
            &tx,
            &self.actor,
            now,
            "token.issued",
            Some(&user.id),
            json!({
                "client_id": app.client_id,
                "scope": grant.scope,
                "resource": request.resource,
                "organization": request.organization,
            }),
        )?;
        tx.commit()?;
        Ok(response)
    }

    /// A stored token that is neither expired, revoked, rotated nor of a revoked grant.
    fn live_token(
        &self,
        conn: &Connection,
        token: &str,
    ) -> Result<Option<(StoredToken, Option<StoredGrant>)>> {
        let now = self.clock.now();
        let Some(stored) = store::tokens::find(conn, &client_secret::digest(token))? else {
            return Ok(None);
        };
        if stored.revoked_at.is_some() || stored.used_at.is_some() || stored.expires_at <= now {
            return Ok(None);
        }
        let grant = match &stored.grant_id {
            Some(id) => match store::grants::find(conn, id)? {
                Some(g) if g.revoked_at.is_none() => Some(g),
                _ => return Ok(None),
            },
            None => None,
        };
        Ok(Some((stored, grant)))
    }
}

impl Minter {
    #[allow(clippy::too_many_arguments)]
    fn organization_token(
        &self,
        conn: &Connection,
        now: Timestamp,
        grant: &StoredGrant,
        user: &User,
        client: &App,
        organization_id: &str,
        requested_scope: Option<&str>,
    ) -> Result<TokenResponse, OAuthError> {
        if !scope::has(&scope::parse(&grant.scope), ORGANIZATIONS) {
            return Err(OAuthError::invalid_grant(format!(
                "organization tokens need the '{ORGANIZATIONS}' scope"
            )));
        }
        if !store::orgs::is_member(conn, organization_id, &user.id)? {
            return Err(OAuthError::invalid_grant(format!(
                "the user is not a member of organization '{organization_id}'"
            )));
        }
        let member_scopes = store::orgs::member_scopes(conn, organization_id, &user.id)?;
        let scopes = match requested_scope {
            Some(wanted) => scope::intersect(&scope::parse(wanted), &member_scopes),
            None => member_scopes,
        };
        let scope_text = scope::join(&scopes);
        let signer = self.signer.clone();
        let issuer = &self.issuer;
        let access_token = jwt::sign(
            &signer,
            Some(jwt::ACCESS_TOKEN_TYPE),
            &access_token_claims(
                issuer,
                &user.id,
                &client.client_id,
                &organization_audience(organization_id),
                &scope_text,
                now,
                self.lifetimes.access_token,
                Some(organization_id),
            ),
        )?;
        let refresh_token = store_token(
            conn,
            now,
            Kind::Refresh,
            Some(grant),
            &client.client_id,
            &grant.scope,
            self.lifetimes.refresh_token,
        )?;
        Ok(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: self.lifetimes.access_token,
            id_token: None,
            refresh_token: Some(refresh_token),
            scope: scope_text,
        })
    }

    fn mint(
        &self,
        conn: &Connection,
        now: Timestamp,
        m: &Mint<'_>,
    ) -> Result<TokenResponse, OAuthError> {
        let issuer = &self.issuer;
        let scopes = scope::parse(&m.grant.scope);
        let access_lifetime = m.lifetime.unwrap_or(self.lifetimes.access_token);
        let id_lifetime = m.lifetime.unwrap_or(self.lifetimes.id_token);
        let access_token = match &m.grant.resource {
            Some(resource) => {
                let api_scopes: Vec<String> = scopes
                    .iter()
                    .filter(|s| !scope::SUPPORTED.contains(&s.as_str()))
                    .cloned()
                    .collect();
                let signer = self.signer.clone();
                jwt::sign(
                    &signer,
                    Some(jwt::ACCESS_TOKEN_TYPE),
                    &access_token_claims(
                        issuer,
                        &m.user.id,
                        &m.app.client_id,
                        resource,
                        &scope::join(&api_scopes),
                        now,
                        access_lifetime,
                        None,
                    ),
                )?
            }
            None => store_token(
                conn,
                now,
                Kind::Access,
                Some(m.grant),
                &m.app.client_id,
                &m.grant.scope,
                access_lifetime,
            )?,
        };
        let refresh_token = if m.refresh_token && scope::has(&scopes, OFFLINE_ACCESS) {
            Some(store_token(
                conn,
                now,
                Kind::Refresh,
                Some(m.grant),
                &m.app.client_id,
                &m.grant.scope,
                self.lifetimes.refresh_token,
            )?)
        } else {
            None
        };
        let id_token = if m.id_token {
            let signer = self.signer.clone();
            let memberships = store::orgs::user_memberships(conn, &m.user.id)?;
            let claims = IdToken {
                issuer,
                client_id: &m.app.client_id,
                now,
                lifetime: id_lifetime,
                auth_time: m.grant.auth_time,
                nonce: m.grant.nonce.as_deref(),
                at_hash: Some(jwt::at_hash(signer.algorithm, &access_token)),
                sid: m.grant.session_id.as_deref(),
                amr: &m.grant.amr,
            }
            .claims(user_claims(
                m.user,
                &memberships,
                &scopes,
                Audience::IdToken,
            ));
            Some(jwt::sign(&signer, None, &claims)?)
        } else {
            None
        };
        Ok(TokenResponse {
            access_token,
            token_type: "Bearer",
            expires_in: access_lifetime,
            id_token,
            refresh_token,
            scope: m.grant.scope.clone(),
        })
    }
}

/// What `doorman token issue` asks for.
#[derive(Debug, Clone, Default)]
pub struct IssueRequest {
    /// The user (id, email, username or phone).
    pub user: String,
    /// The app (client id or name).
    pub app: String,
    /// Scopes; `openid` is added.
    pub scopes: Vec<String>,
    /// An API resource for a JWT access token.
    pub resource: Option<String>,
    /// An organization for an organization token.
    pub organization: Option<String>,
    /// Token lifetime in seconds.
    pub expires_in: Option<i64>,
}

/// The kinds of stored token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Access,
    Refresh,
}

/// Makes a new opaque token of `kind` and stores its digest; a grant gives it a user and a
/// family. Returns the token.
fn store_token(
    conn: &Connection,
    now: Timestamp,
    kind: Kind,
    grant: Option<&StoredGrant>,
    client_id: &str,
    scope_text: &str,
    lifetime: i64,
) -> Result<String> {
    let token = client_secret::generate();
    store::tokens::insert(
        conn,
        &StoredToken {
            digest: client_secret::digest(&token),
            kind: match kind {
                Kind::Access => "access",
                Kind::Refresh => "refresh",
            }
            .into(),
            grant_id: grant.map(|g| g.id.clone()),
            client_id: client_id.into(),
            user_id: grant.map(|g| g.user_id.clone()),
            scope: scope_text.into(),
            created_at: now,
            expires_at: now.plus(lifetime),
            used_at: None,
            revoked_at: None,
        },
    )?;
    Ok(token)
}

/// Answers a second use of a single-use credential: revokes its whole grant and audits it.
fn revoke_family(
    conn: &Connection,
    actor: &str,
    now: Timestamp,
    event: &str,
    grant: &StoredGrant,
) -> Result<()> {
    store::grants::revoke(conn, &grant.id, now)?;
    record(
        conn,
        actor,
        now,
        event,
        Some(&grant.user_id),
        json!({ "client_id": grant.client_id, "grant_id": grant.id }),
    )
}

fn live_user(conn: &Connection, user_id: &str) -> Result<User, OAuthError> {
    match store::users::find_by(conn, Key::Id, user_id)? {
        Some(u) if !u.user.suspended => Ok(u.user),
        Some(_) => Err(OAuthError::invalid_grant("the user is suspended")),
        None => Err(OAuthError::invalid_grant("the user no longer exists")),
    }
}
