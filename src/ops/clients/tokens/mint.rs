//! Making the tokens of a grant: the access token (opaque, or a JWT for an API resource or an
//! organization), the refresh token and the ID token. Minting signs and builds everything first
//! and stores the opaque tokens' digests last ([`Minted::store`]), so a grant signs its JWTs
//! before it takes the database's write lock and holds the lock only to write.

use std::sync::Arc;

use rusqlite::Connection;

use crate::credentials::client_secret;
use crate::error::Result;
use crate::model::app::App;
use crate::model::principal::Principal;
use crate::model::timestamp::Timestamp;
use crate::model::token::{Lifetimes, TokenKind};
use crate::model::user::User;
use crate::oidc::claims::{Audience, user_claims};
use crate::oidc::custom_claims;
use crate::oidc::error::OAuthError;
use crate::oidc::jwt;
use crate::oidc::keys::Signer;
use crate::oidc::scope::{self, OFFLINE_ACCESS, ORGANIZATIONS};
use crate::oidc::tokens::{AccessToken, IdToken, organization_audience};
use crate::ops::clients::tokens::TokenResponse;
use crate::ops::clients::tokens::target::{self, Target};
use crate::store::grants::StoredGrant;
use crate::store::tokens::StoredToken;
use crate::store::{self};

/// What minting needs from the `Doorman`, taken before a transaction borrows the store.
pub(super) struct Minter {
    pub(super) issuer: String,
    pub(super) signer: Arc<Signer>,
    pub(super) lifetimes: Lifetimes,
}

/// What to mint from a grant.
pub(super) struct Mint<'a> {
    pub(super) grant: &'a StoredGrant,
    pub(super) user: &'a User,
    pub(super) app: &'a App,
    pub(super) id_token: bool,
    pub(super) refresh_token: bool,
    /// Overrides both the access and the ID token lifetime (`token issue --expires-in`).
    pub(super) lifetime: Option<i64>,
    /// The API resource the access token is for: a JWT then, else an opaque token for
    /// userinfo.
    pub(super) target: Option<&'a Target>,
}

impl<'a> Mint<'a> {
    /// What a grant yields when it is redeemed (a code, a device's approval): an ID token with
    /// `openid`, a refresh token with `offline_access`, lifetimes as configured.
    pub(super) fn of_grant(
        grant: &'a StoredGrant,
        user: &'a User,
        app: &'a App,
        target: Option<&'a Target>,
    ) -> Mint<'a> {
        let scopes = scope::parse(&grant.scope);
        Mint {
            grant,
            user,
            app,
            id_token: scope::has(&scopes, scope::OPENID),
            refresh_token: scope::has(&scopes, OFFLINE_ACCESS),
            lifetime: None,
            target,
        }
    }
}

/// Tokens made and signed, whose opaque tokens are not stored yet: they exist only once
/// [`Minted::store`] has written their digests.
#[must_use = "opaque tokens exist only once stored"]
pub(super) struct Minted {
    response: TokenResponse,
    rows: Vec<StoredToken>,
}

impl Minted {
    /// Stores the opaque tokens' digests inside the caller's transaction and hands out the
    /// response.
    pub(super) fn store(self, conn: &Connection) -> Result<TokenResponse> {
        for row in &self.rows {
            store::tokens::insert(conn, row)?;
        }
        Ok(self.response)
    }
}

/// A new opaque token of `kind` and the row that stores its digest; a grant gives it a user and
/// a family.
pub(super) fn new_token(
    now: Timestamp,
    kind: TokenKind,
    grant: Option<&StoredGrant>,
    client_id: &str,
    scope_text: &str,
    lifetime: i64,
) -> (String, StoredToken) {
    let token = client_secret::generate();
    let row = StoredToken {
        digest: client_secret::digest(&token),
        kind,
        grant_id: grant.map(|g| g.id.clone()),
        client_id: client_id.into(),
        user_id: grant.map(|g| g.user_id.clone()),
        scope: scope_text.into(),
        created_at: now,
        expires_at: now.plus(lifetime),
        used_at: None,
        revoked_at: None,
    };
    (token, row)
}

impl Minter {
    /// An organization token (Logto's shape): a JWT for the organization's audience with the
    /// member's organization scopes, or with `resource` for that API with the permissions the
    /// member's organization roles grant there; and a new refresh token. `conn` is only read.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn organization_token(
        &self,
        conn: &Connection,
        now: Timestamp,
        grant: &StoredGrant,
        user: &User,
        client: &App,
        organization_id: &str,
        requested_scope: Option<&str>,
        resource: Option<&str>,
    ) -> Result<Minted, OAuthError> {
        if !scope::has(&scope::parse(&grant.scope), ORGANIZATIONS) {
            return Err(OAuthError::invalid_grant(format!(
                "organization tokens need the '{ORGANIZATIONS}' scope"
            )));
        }
        if !store::memberships::is_member(conn, Principal::User, organization_id, &user.id)? {
            return Err(OAuthError::invalid_grant(format!(
                "the user is not a member of organization '{organization_id}'"
            )));
        }
        // An organization that requires MFA gives no token to a member without a second factor
        // (as Logto), nor to a grant whose sign-in did not use one (stricter than Logto: a
        // refresh token from a password-only sign-in before the member enrolled is not enough).
        let requires_mfa =
            store::orgs::find_org(conn, organization_id)?.is_some_and(|o| o.mfa_required);
        if requires_mfa && store::mfa::list(conn, &user.id)?.is_empty() {
            return Err(OAuthError::new(
                "access_denied",
                format!(
                    "organization '{organization_id}' requires MFA and the user has no second factor"
                ),
            ));
        }
        if requires_mfa && !grant.amr.iter().any(|method| method == "mfa") {
            return Err(OAuthError::new(
                "access_denied",
                format!(
                    "organization '{organization_id}' requires MFA and this sign-in did not use a second factor"
                ),
            ));
        }
        let (audience, scopes, lifetime) = match resource {
            Some(indicator) => {
                let target =
                    target::for_member(conn, grant, organization_id, indicator, requested_scope)?;
                (target.indicator, target.scopes, target.lifetime)
            }
            None => {
                let member_scopes = store::memberships::member_scopes(
                    conn,
                    Principal::User,
                    organization_id,
                    &user.id,
                )?;
                let scopes = match requested_scope {
                    Some(wanted) => scope::intersect(&scope::parse(wanted), &member_scopes),
                    None => member_scopes,
                };
                let audience = organization_audience(organization_id);
                (audience, scopes, self.lifetimes.access_token)
            }
        };
        let scope_text = scope::join(&scopes);
        let mut claims = AccessToken {
            issuer: &self.issuer,
            subject: &user.id,
            client_id: &client.client_id,
            audience: &audience,
            scope: &scope_text,
            now,
            lifetime,
            organization_id: Some(organization_id),
            grant_id: Some(&grant.id),
        }
        .claims();
        if scope::has(&scope::parse(&grant.scope), scope::OPENID) {
            custom_claims::add_to(
                &mut claims,
                &custom_claims::merged(&client.claims, &user.claims),
            );
        }
        let access_token = jwt::sign(&self.signer, Some(jwt::ACCESS_TOKEN_TYPE), &claims)?;
        let (refresh_token, row) = new_token(
            now,
            TokenKind::Refresh,
            Some(grant),
            &client.client_id,
            &grant.scope,
            self.lifetimes.refresh_token,
        );
        Ok(Minted {
            response: TokenResponse {
                access_token,
                token_type: "Bearer",
                expires_in: lifetime,
                id_token: None,
                refresh_token: Some(refresh_token),
                scope: scope_text,
            },
            rows: vec![row],
        })
    }

    /// The tokens of a grant. `conn` is only read (the user's organizations for the ID token).
    pub(super) fn mint(
        &self,
        conn: &Connection,
        now: Timestamp,
        m: &Mint<'_>,
    ) -> Result<Minted, OAuthError> {
        let issuer = &self.issuer;
        let scopes = scope::parse(&m.grant.scope);
        // An opaque access token is good at doorman only: it carries the scopes doorman knows.
        let opaque_scope = scope::join(&scope::user_scopes(&scopes));
        let access_lifetime = m.lifetime.unwrap_or(
            m.target
                .map_or(self.lifetimes.access_token, |target| target.lifetime),
        );
        let id_lifetime = m.lifetime.unwrap_or(self.lifetimes.id_token);
        // The app's and the user's own claims, whenever `openid` is granted.
        let custom = if scope::has(&scopes, scope::OPENID) {
            custom_claims::merged(&m.app.claims, &m.user.claims)
        } else {
            serde_json::Map::new()
        };
        let mut rows = Vec::with_capacity(2);
        let access_token = match m.target {
            Some(target) => {
                let mut claims = AccessToken {
                    issuer,
                    subject: &m.user.id,
                    client_id: &m.app.client_id,
                    audience: &target.indicator,
                    scope: &scope::join(&target.scopes),
                    now,
                    lifetime: access_lifetime,
                    organization_id: None,
                    grant_id: Some(&m.grant.id),
                }
                .claims();
                custom_claims::add_to(&mut claims, &custom);
                jwt::sign(&self.signer, Some(jwt::ACCESS_TOKEN_TYPE), &claims)?
            }
            None => {
                let (token, row) = new_token(
                    now,
                    TokenKind::Access,
                    Some(m.grant),
                    &m.app.client_id,
                    &opaque_scope,
                    access_lifetime,
                );
                rows.push(row);
                token
            }
        };
        let refresh_token = (m.refresh_token && scope::has(&scopes, OFFLINE_ACCESS)).then(|| {
            let (token, row) = new_token(
                now,
                TokenKind::Refresh,
                Some(m.grant),
                &m.app.client_id,
                &m.grant.scope,
                self.lifetimes.refresh_token,
            );
            rows.push(row);
            token
        });
        let id_token = if m.id_token {
            let memberships = store::memberships::user_memberships(conn, &m.user.id)?;
            let standard = if scope::has(&scopes, "profile") || scope::has(&scopes, scope::ADDRESS)
            {
                store::users::standard_claims(conn, &m.user.id)?
            } else {
                serde_json::Map::new()
            };
            let mut claims = IdToken {
                issuer,
                client_id: &m.app.client_id,
                now,
                lifetime: id_lifetime,
                auth_time: m.grant.auth_time,
                nonce: m.grant.nonce.as_deref(),
                at_hash: Some(jwt::at_hash(self.signer.algorithm, &access_token)),
                sid: m.grant.session_id.as_deref(),
                amr: &m.grant.amr,
            }
            .claims(user_claims(
                m.user,
                &standard,
                &memberships,
                &[],
                &scopes,
                Audience::IdToken,
            ));
            custom_claims::add_to(&mut claims, &custom);
            Some(jwt::sign(&self.signer, None, &claims)?)
        } else {
            None
        };
        Ok(Minted {
            response: TokenResponse {
                access_token,
                token_type: "Bearer",
                expires_in: access_lifetime,
                id_token,
                refresh_token,
                scope: m.target.map_or(opaque_scope, |t| scope::join(&t.scopes)),
            },
            rows,
        })
    }
}
