//! Which API an access token is for, and which of its permissions it carries, as Logto decides:
//! the resource must be registered (else `invalid_target`) and, for a user's grant, asked for
//! when the user signed in; the token carries the requested scopes that the subject's roles
//! grant for that resource, and lives as long as the resource says.

use rusqlite::Connection;

use crate::model::principal::Principal;
use crate::oidc::error::OAuthError;
use crate::oidc::scope;
use crate::store::grants::StoredGrant;
use crate::store::resources;
use crate::store::roles;
use crate::store::{self};

/// An API resource an access token is minted for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Target {
    /// The indicator: the token's `aud`.
    pub(super) indicator: String,
    /// The scopes the token carries.
    pub(super) scopes: Vec<String>,
    /// Its lifetime in seconds.
    pub(super) lifetime: i64,
}

fn invalid_target(description: String) -> OAuthError {
    OAuthError::new("invalid_target", description)
}

/// The registered resource's lifetime, or `invalid_target`.
fn registered(conn: &Connection, indicator: &str) -> Result<i64, OAuthError> {
    resources::access_token_ttl(conn, indicator)?.ok_or_else(|| {
        invalid_target(format!(
            "resource '{indicator}' is not a registered API resource"
        ))
    })
}

/// What a token from a user's grant may be for: a registered resource the authorization request
/// named, and the grant's scopes (narrowed by `requested`). Returns the resource's token
/// lifetime and the scopes asked for.
fn from_grant(
    conn: &Connection,
    grant: &StoredGrant,
    indicator: &str,
    requested: Option<&str>,
) -> Result<(i64, Vec<String>), OAuthError> {
    if !grant.resources.iter().any(|r| r == indicator) {
        return Err(invalid_target(format!(
            "resource '{indicator}' was not requested when the user signed in"
        )));
    }
    let lifetime = registered(conn, indicator)?;
    let asked = match requested {
        Some(text) => scope::intersect(&scope::parse(text), &scope::parse(&grant.scope)),
        None => scope::parse(&grant.scope),
    };
    Ok((lifetime, asked))
}

/// The target of a token from a user's grant: the resource the token request names, with the
/// scopes the user's roles grant.
pub(super) fn for_user(
    conn: &Connection,
    grant: &StoredGrant,
    indicator: &str,
    requested: Option<&str>,
) -> Result<Target, OAuthError> {
    let (lifetime, asked) = from_grant(conn, grant, indicator, requested)?;
    let granted = roles::granted_scopes(conn, Principal::User, &grant.user_id, indicator)?;
    Ok(Target {
        indicator: indicator.to_string(),
        scopes: scope::intersect(&asked, &granted),
        lifetime,
    })
}

/// The target of an organization token for an API resource (`organization_id` and `resource`
/// together): the requested scopes that the member's organization roles grant for it there.
/// Membership is the caller's check.
pub(super) fn for_member(
    conn: &Connection,
    grant: &StoredGrant,
    organization_id: &str,
    indicator: &str,
    requested: Option<&str>,
) -> Result<Target, OAuthError> {
    let (lifetime, asked) = from_grant(conn, grant, indicator, requested)?;
    let granted = store::memberships::member_resource_scopes(
        conn,
        Principal::User,
        organization_id,
        &grant.user_id,
        indicator,
    )?;
    Ok(Target {
        indicator: indicator.to_string(),
        scopes: scope::intersect(&asked, &granted),
        lifetime,
    })
}

/// The target of a machine-to-machine token: the requested scopes that the app's roles grant
/// (none when none are named, as in Logto), or with `organization_id` those that the app's
/// organization roles grant there. Membership is the caller's check.
pub(super) fn for_app(
    conn: &Connection,
    client_id: &str,
    organization_id: Option<&str>,
    indicator: &str,
    requested: Option<&str>,
) -> Result<Target, OAuthError> {
    let lifetime = registered(conn, indicator)?;
    let granted = match organization_id {
        Some(org) => store::memberships::member_resource_scopes(
            conn,
            Principal::App,
            org,
            client_id,
            indicator,
        )?,
        None => roles::granted_scopes(conn, Principal::App, client_id, indicator)?,
    };
    Ok(Target {
        indicator: indicator.to_string(),
        scopes: scope::intersect(&scope::parse(requested.unwrap_or_default()), &granted),
        lifetime,
    })
}
