//! `doorman token issue`: tokens for a user and app without a browser, for CI and scripts;
//! audited like every other grant.

use serde_json::json;

use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::token::MAX_ISSUED_SECONDS;
use crate::oidc::scope::{self, OFFLINE_ACCESS, OPENID, ORGANIZATIONS};
use crate::ops::clients::tokens::TokenResponse;
use crate::ops::clients::tokens::mint::Mint;
use crate::ops::clients::tokens::target;
use crate::ops::{Doorman, record, resolve};
use crate::store::grants::StoredGrant;
use crate::store::{self};

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
    /// How the ID token says the user signed in (RFC 8176); `pwd` when empty.
    pub amr: Vec<String>,
}

/// The `amr` a request asks for, each value one RFC 8176 names.
fn amr_of(request: &IssueRequest) -> Result<Vec<String>> {
    if request.amr.is_empty() {
        return Ok(vec!["pwd".into()]);
    }
    for value in &request.amr {
        if !crate::model::session::AMR_VALUES.contains(&value.as_str()) {
            return Err(crate::Error::invalid(format!(
                "--amr '{}' is not an RFC 8176 method (pwd, otp, mfa, hwk, ...)",
                crate::model::validate::shown(value)
            )));
        }
    }
    Ok(request.amr.clone())
}

impl Doorman {
    /// Mints tokens for a user and app without a browser (`doorman token issue`), audited.
    pub fn issue_tokens(&mut self, request: IssueRequest) -> Result<TokenResponse> {
        let now = self.clock.now();
        if store::keys::current_kid(self.store.conn())?.is_none() {
            // A seeded database that never ran `init` or `serve`: make the first key now.
            let tx = self.store.transaction()?;
            crate::ops::clients::keys::ensure_current(&tx, now)?;
            tx.commit()?;
        }
        let minter = self.minter()?;
        let tx = self.store.transaction()?;
        let user = resolve::user(&tx, &request.user)?.user;
        if user.suspended {
            return Err(Error::invalid(format!(
                "user '{}' is suspended",
                request.user
            )));
        }
        let app = resolve::app(&tx, &request.app)?.app;
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
        let amr = amr_of(&request)?;
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
            resources: request.resource.iter().cloned().collect(),
            nonce: None,
            auth_time: now,
            amr,
            created_at: now,
            revoked_at: None,
        };
        store::grants::insert(&tx, &grant)?;
        // The same rules as the token endpoint: a registered resource, the scopes the user's
        // roles grant.
        let target = request
            .resource
            .as_deref()
            .map(|r| target::for_user(&tx, &grant, r, None))
            .transpose()
            .map_err(|e| Error::invalid(e.error_description))?;
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
                    target: target.as_ref(),
                },
            )
            .map_err(|e| Error::invalid(e.error_description))?
            .store(&tx)?;
        if let Some(org) = &request.organization {
            let org = resolve::organization(&tx, org)?;
            if !scope::has(&scopes, ORGANIZATIONS) {
                scopes.push(ORGANIZATIONS.to_string());
            }
            let mut org_grant = grant.clone();
            org_grant.scope = scope::join(&scopes);
            let org_token = minter
                .organization_token(&tx, now, &org_grant, &user, &app, &org.id, None, None)
                .map_err(|e| Error::invalid(e.error_description))?
                .store(&tx)?;
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
}
