//! The one place that turns what an operator or a fixture typed (an id, an email, a name) into
//! the user, organization, role, scope or app it names, with the same "not found" message for
//! the CLI, the fixtures and the server.

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::model::app::AppType;
use crate::model::organization::{OrgRole, OrgScope, Organization};
use crate::model::principal::Principal;
use crate::model::resource::{Resource, Role};
use crate::model::settings::Identifier;
use crate::store::apps::{self, StoredApp};
use crate::store::users::{self, Key, StoredUser};
use crate::store::{orgs, resources, roles};

/// Finds a user by id, then by the identifier the key's shape says it is ([`Identifier::of`]).
pub(crate) fn user(conn: &Connection, key: &str) -> Result<StoredUser> {
    for k in [Key::Id, Key::from(Identifier::of(key))] {
        if let Some(found) = users::find_by(conn, k, key)? {
            return Ok(found);
        }
    }
    Err(Error::not_found(format!("user '{key}' not found")))
}

/// The organization with this id or name.
pub(crate) fn organization(conn: &Connection, key: &str) -> Result<Organization> {
    orgs::find_org(conn, key)?
        .ok_or_else(|| Error::not_found(format!("organization '{key}' not found")))
}

/// The organization role named.
pub(crate) fn role(conn: &Connection, name: &str) -> Result<OrgRole> {
    orgs::find_role(conn, name)?
        .ok_or_else(|| Error::not_found(format!("organization role '{name}' not found")))
}

/// The organization scope named.
pub(crate) fn scope(conn: &Connection, name: &str) -> Result<OrgScope> {
    orgs::find_scope(conn, name)?
        .ok_or_else(|| Error::not_found(format!("organization scope '{name}' not found")))
}

/// The ids of the named roles, all of which must exist.
pub(crate) fn role_ids(conn: &Connection, names: &[String]) -> Result<Vec<String>> {
    names.iter().map(|n| role(conn, n).map(|r| r.id)).collect()
}

/// The app with this client id, or the only app with this name.
pub(crate) fn app(conn: &Connection, key: &str) -> Result<StoredApp> {
    if let Some(found) = apps::find(conn, key)? {
        return Ok(found);
    }
    let mut named = apps::find_by_name(conn, key)?;
    match named.len() {
        1 => Ok(named.remove(0)),
        0 => Err(Error::not_found(format!("app '{key}' not found"))),
        n => Err(Error::invalid(format!(
            "{n} apps are named '{key}': use the client id"
        ))),
    }
}

/// The machine-to-machine app `key` names: among apps, only M2M apps hold roles and join
/// organizations (the others act for users).
pub(crate) fn m2m_app(conn: &Connection, key: &str) -> Result<StoredApp> {
    let found = app(conn, key)?;
    if found.app.app_type != AppType::M2m {
        return Err(Error::invalid(format!(
            "app '{}' is a {} app: roles and organization memberships are for machine-to-machine apps",
            found.app.client_id,
            found.app.app_type.as_str()
        )));
    }
    Ok(found)
}

/// The id of the user or M2M app `key` names: a user id or a client id.
pub(crate) fn principal(conn: &Connection, who: Principal, key: &str) -> Result<String> {
    match who {
        Principal::User => Ok(user(conn, key)?.user.id),
        Principal::App => Ok(m2m_app(conn, key)?.app.client_id),
    }
}

/// A member to be: the user `key` names, or else the M2M app. A key that names both a user and
/// an app is refused rather than guessed at.
pub(crate) fn member(conn: &Connection, key: &str) -> Result<(Principal, String)> {
    let as_user = [Key::Id, Key::from(Identifier::of(key))]
        .into_iter()
        .map(|k| users::find_by(conn, k, key))
        .find_map(|found| found.transpose())
        .transpose()?;
    let as_app = match apps::find(conn, key)? {
        Some(found) => Some(found),
        None => apps::find_by_name(conn, key)?.into_iter().next(),
    };
    match (as_user, as_app) {
        (Some(_), Some(_)) => Err(Error::invalid(format!(
            "'{key}' names both a user and an app: use the user's id or the app's client id"
        ))),
        (Some(found), None) => Ok((Principal::User, found.user.id)),
        (None, Some(_)) => Ok((Principal::App, m2m_app(conn, key)?.app.client_id)),
        (None, None) => Err(Error::not_found(format!("no user or app '{key}' found"))),
    }
}

/// The API resource with this indicator or id, or the only one with this name.
pub(crate) fn resource(conn: &Connection, key: &str) -> Result<Resource> {
    if let Some(found) = resources::find_by_indicator(conn, key)? {
        return Ok(found);
    }
    let mut named = resources::find_by_id_or_name(conn, key)?;
    match named.len() {
        1 => Ok(named.remove(0)),
        0 => Err(Error::not_found(format!("API resource '{key}' not found"))),
        n => Err(Error::invalid(format!(
            "{n} API resources are named '{key}': use the indicator"
        ))),
    }
}

/// The role (of Logto's RBAC, not an organization role) with this id or name.
pub(crate) fn rbac_role(conn: &Connection, key: &str) -> Result<Role> {
    roles::find(conn, key)?.ok_or_else(|| Error::not_found(format!("role '{key}' not found")))
}

/// The resource scope a permission names, written `<resource>:<scope>` where the resource is
/// its indicator or name: the longest registered prefix before a colon wins, so indicators
/// with colons of their own and scope names such as `read:orders` both work. Returns the
/// resource and the scope's id.
pub(crate) fn permission(conn: &Connection, text: &str) -> Result<(Resource, String)> {
    let bad = || {
        Error::invalid(format!(
            "invalid permission '{text}': write RESOURCE:SCOPE (resource by indicator or name)"
        ))
    };
    let mut cuts: Vec<usize> = text.match_indices(':').map(|(i, _)| i).collect();
    cuts.reverse();
    for cut in cuts {
        let (prefix, scope) = (&text[..cut], &text[cut + 1..]);
        if prefix.is_empty() || scope.is_empty() {
            continue;
        }
        let Ok(found) = resource(conn, prefix) else {
            continue;
        };
        return match resources::scope_id(conn, &found.id, scope)? {
            Some(id) => Ok((found, id)),
            None => Err(Error::not_found(format!(
                "API resource '{}' has no scope '{scope}'",
                found.indicator
            ))),
        };
    }
    if text.contains(':') {
        Err(Error::not_found(format!(
            "permission '{text}' names no registered API resource"
        )))
    } else {
        Err(bad())
    }
}
