//! The one place that turns what an operator or a fixture typed (an id, an email, a name) into
//! the user, organization, role, scope or app it names, with the same "not found" message for
//! the CLI, the fixtures and the server.

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::model::organization::{OrgRole, OrgScope, Organization};
use crate::model::settings::Identifier;
use crate::store::apps::{self, StoredApp};
use crate::store::orgs;
use crate::store::users::{self, Key, StoredUser};

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
