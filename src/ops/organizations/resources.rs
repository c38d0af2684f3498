//! API resources (Logto's "API resources"): create, list, show, update and delete, with their
//! permissions. The indicator is what apps send as `resource` and what tokens carry as `aud`.

use serde_json::json;

use crate::error::{Error, Result};
use crate::model::id::new_id;
use crate::model::resource::{Resource, ResourceScope};
use crate::model::validate;
use crate::oidc::authorize::is_resource_uri;
use crate::ops::organizations::orgs::{check_description, check_name};
use crate::ops::{Doorman, record, resolve};
use crate::store::resources as table;

/// The resource Logto's SDKs ask for to get organization scopes into an organization token; it
/// is built in, not registered.
pub const ORGANIZATIONS_RESOURCE: &str = "urn:logto:resource:organizations";

/// The longest access-token lifetime a resource may set (Logto's limit: one day).
pub const MAX_ACCESS_TOKEN_TTL: i64 = 86_400;

/// What `resource update` changes; absent fields stay.
#[derive(Debug, Clone, Default)]
pub struct ResourceChanges {
    /// New display name.
    pub name: Option<String>,
    /// New access-token lifetime in seconds.
    pub access_token_ttl: Option<i64>,
    /// Scopes to add (or re-describe), as `NAME[:DESCRIPTION]`.
    pub add_scopes: Vec<String>,
    /// Scope names to remove.
    pub remove_scopes: Vec<String>,
}

/// Checks a resource indicator: an absolute URI without a fragment (RFC 8707 §2), not the
/// built-in organizations resource.
pub fn check_indicator(indicator: &str) -> Result<()> {
    let bad = |why: &str| {
        Err(Error::invalid(format!(
            "invalid resource indicator '{}': {why}",
            validate::shown(indicator)
        )))
    };
    if indicator.len() > validate::MAX_URL_BYTES {
        return bad("it is too long");
    }
    if indicator == ORGANIZATIONS_RESOURCE {
        return bad("it is built in (organization tokens)");
    }
    if is_resource_uri(indicator) {
        Ok(())
    } else {
        bad("use an absolute URI without a fragment, such as https://api.example.com")
    }
}

/// Parses `NAME[: DESCRIPTION]` into a checked scope. Scope names often hold colons
/// (`read:orders`), so the description starts after the first colon that a space follows.
pub fn parse_scope(text: &str) -> Result<ResourceScope> {
    let (name, description) = match text.split_once(": ") {
        Some((name, description)) => (name, Some(description.trim().to_string())),
        None => (text, None),
    };
    let scope = ResourceScope {
        name: name.to_string(),
        description: description.filter(|d| !d.is_empty()),
    };
    check_scope(&scope)?;
    Ok(scope)
}

/// Checks a resource scope's name (no spaces: scopes travel space-separated) and description.
pub fn check_scope(scope: &ResourceScope) -> Result<()> {
    check_name("scope", &scope.name, false)?;
    check_description("scope", scope.description.as_deref())
}

/// Checks an access-token lifetime in seconds: one second to [`MAX_ACCESS_TOKEN_TTL`].
pub fn check_ttl(seconds: i64) -> Result<()> {
    if (1..=MAX_ACCESS_TOKEN_TTL).contains(&seconds) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid access-token lifetime {seconds}s: use 1s to 1d"
        )))
    }
}

impl Doorman {
    /// Registers an API resource with its scopes. The access-token lifetime defaults to the
    /// configured one.
    pub fn create_resource(
        &mut self,
        name: &str,
        indicator: &str,
        scopes: &[String],
        access_token_ttl: Option<i64>,
    ) -> Result<Resource> {
        check_name("API resource", name, true)?;
        check_indicator(indicator)?;
        let ttl = access_token_ttl.unwrap_or(self.lifetimes.access_token);
        check_ttl(ttl)?;
        let scopes = scopes
            .iter()
            .map(|s| parse_scope(s))
            .collect::<Result<Vec<_>>>()?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        if table::find_by_indicator(&tx, indicator)?.is_some() {
            return Err(Error::conflict(format!(
                "an API resource with indicator '{indicator}' exists already"
            )));
        }
        let resource = Resource {
            id: new_id(),
            indicator: indicator.to_string(),
            name: name.to_string(),
            access_token_ttl: ttl,
            scopes,
            created_at: now,
            updated_at: now,
        };
        table::insert(&tx, &resource)?;
        record(
            &tx,
            &self.actor,
            now,
            "resource.created",
            None,
            json!({ "indicator": indicator }),
        )?;
        tx.commit()?;
        table::find_by_indicator(self.store.conn(), indicator)?
            .ok_or_else(|| Error::Runtime("the new API resource is gone".into()))
    }

    /// The first of `indicators` that is neither registered nor the built-in organizations
    /// resource.
    pub fn unregistered_resource(&self, indicators: &[String]) -> Result<Option<String>> {
        for indicator in indicators {
            if indicator != ORGANIZATIONS_RESOURCE
                && table::find_by_indicator(self.store.conn(), indicator)?.is_none()
            {
                return Ok(Some(indicator.clone()));
            }
        }
        Ok(None)
    }

    /// Every API resource with its scopes.
    pub fn list_resources(&self) -> Result<Vec<Resource>> {
        table::list(self.store.conn())
    }

    /// One API resource by indicator, id or name.
    pub fn show_resource(&self, key: &str) -> Result<Resource> {
        resolve::resource(self.store.conn(), key)
    }

    /// Renames an API resource, changes its token lifetime, adds and removes scopes.
    pub fn update_resource(&mut self, key: &str, changes: &ResourceChanges) -> Result<Resource> {
        if let Some(name) = &changes.name {
            check_name("API resource", name, true)?;
        }
        if let Some(ttl) = changes.access_token_ttl {
            check_ttl(ttl)?;
        }
        let added = changes
            .add_scopes
            .iter()
            .map(|s| parse_scope(s))
            .collect::<Result<Vec<_>>>()?;
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut resource = resolve::resource(&tx, key)?;
        for name in &changes.remove_scopes {
            if !table::delete_scope(&tx, &resource.id, name)? {
                return Err(Error::not_found(format!(
                    "API resource '{}' has no scope '{name}'",
                    resource.indicator
                )));
            }
        }
        for scope in &added {
            table::upsert_scope(&tx, &resource.id, scope, now)?;
        }
        if let Some(name) = &changes.name {
            resource.name = name.clone();
        }
        if let Some(ttl) = changes.access_token_ttl {
            resource.access_token_ttl = ttl;
        }
        resource.updated_at = now;
        table::update(&tx, &resource)?;
        record(
            &tx,
            &self.actor,
            now,
            "resource.updated",
            None,
            json!({ "indicator": resource.indicator }),
        )?;
        let updated = resolve::resource(&tx, &resource.indicator)?;
        tx.commit()?;
        Ok(updated)
    }

    /// Deletes an API resource; roles lose its permissions.
    pub fn delete_resource(&mut self, key: &str) -> Result<Resource> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let resource = resolve::resource(&tx, key)?;
        table::delete(&tx, &resource.id)?;
        record(
            &tx,
            &self.actor,
            now,
            "resource.deleted",
            None,
            json!({ "indicator": resource.indicator }),
        )?;
        tx.commit()?;
        Ok(resource)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicators_and_scopes() {
        for ok in [
            "https://api.example.com",
            "https://api.test/v1",
            "urn:example:api",
        ] {
            check_indicator(ok).unwrap();
        }
        for bad in ["api", "https://api.test/#x", ORGANIZATIONS_RESOURCE, ""] {
            assert!(check_indicator(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_scope("read:orders: Read the orders").unwrap(),
            ResourceScope {
                name: "read:orders".into(),
                description: Some("Read the orders".into())
            }
        );
        assert_eq!(parse_scope("read:orders").unwrap().description, None);
        assert_eq!(parse_scope("write").unwrap().name, "write");
        assert!(parse_scope("two words").is_err());
    }
}
