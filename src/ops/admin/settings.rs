//! Reading and changing the sign-in experience. Changes arrive as a dotted key and a YAML value
//! (`settings set`) or a partial document (`settings apply`, fixtures); both merge into the
//! current document and are validated whole before anything is saved.

use serde_json::{Value, json};

use crate::error::{Error, Result};
use crate::model::settings::Settings;
use crate::model::timestamp::Timestamp;
use crate::ops::{Doorman, record};
use crate::store;

impl Doorman {
    /// The current settings (parsed again only when they changed; read once per server request,
    /// see [`Doorman::begin_request`]).
    pub fn settings(&self) -> Result<Settings> {
        store::settings::load_cached(self.store.conn(), &self.settings_cache)
    }

    /// One setting by dotted key (`password_policy.min_length`, `sign_in.methods.0`).
    pub fn setting(&self, key: &str) -> Result<Value> {
        let doc = self.settings()?.to_json();
        lookup(&doc, key)
            .cloned()
            .ok_or_else(|| Error::invalid(format!("unknown setting '{key}'")))
    }

    /// Sets one setting from YAML text (`8`, `true`, `[email, phone]`, `null`).
    pub fn set_setting(&mut self, key: &str, value_text: &str) -> Result<Settings> {
        let value: Value = serde_yaml::from_str(value_text).map_err(|e| {
            Error::invalid(format!("invalid value '{value_text}' for '{key}': {e}"))
        })?;
        self.change_settings(|doc| {
            let slot = lookup_mut(doc, key)
                .ok_or_else(|| Error::invalid(format!("unknown setting '{key}'")))?;
            *slot = value;
            Ok(())
        })
    }

    /// Merges a partial settings document into the current one.
    pub fn apply_settings(&mut self, partial: Value) -> Result<Settings> {
        self.change_settings(|doc| merge(doc, partial))
    }

    /// Replaces the whole document (as `settings edit` does after the editor closes).
    pub fn replace_settings(&mut self, document: Value) -> Result<Settings> {
        self.change_settings(|doc| {
            *doc = document;
            Ok(())
        })
    }

    fn change_settings(
        &mut self,
        change: impl FnOnce(&mut Value) -> Result<()>,
    ) -> Result<Settings> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let (current, next) = change_in(&tx, now, change)?;
        if next != current {
            let keys = changed_keys(&current.to_json(), &next.to_json());
            record(
                &tx,
                &self.actor,
                now,
                "settings.updated",
                None,
                json!({ "keys": keys }),
            )?;
        }
        tx.commit()?;
        Ok(next)
    }
}

/// Changes the stored settings inside the caller's transaction: `change` edits the document, the
/// result is validated whole and saved if it differs. Returns the settings before and after.
pub(crate) fn change_in(
    conn: &rusqlite::Connection,
    now: Timestamp,
    change: impl FnOnce(&mut Value) -> Result<()>,
) -> Result<(Settings, Settings)> {
    let current = store::settings::load(conn)?;
    let mut doc = current.to_json();
    change(&mut doc)?;
    let next = Settings::from_json(doc)?;
    if next != current {
        store::settings::save(conn, &next, now)?;
    }
    Ok((current, next))
}

/// Deep-merges `patch` into `doc`: objects merge key by key, anything else replaces. A key the
/// document does not have is an error naming its full path.
pub fn merge(doc: &mut Value, patch: Value) -> Result<()> {
    merge_at(doc, patch, "")
}

fn merge_at(doc: &mut Value, patch: Value, path: &str) -> Result<()> {
    match (doc, patch) {
        (Value::Object(target), Value::Object(patch)) => {
            for (key, value) in patch {
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match target.get_mut(&key) {
                    Some(slot) => merge_at(slot, value, &child)?,
                    None => return Err(Error::invalid(format!("unknown setting '{child}'"))),
                }
            }
            Ok(())
        }
        (slot, value) => {
            *slot = value;
            Ok(())
        }
    }
}

fn lookup<'a>(doc: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.').try_fold(doc, |node, part| match node {
        Value::Object(map) => map.get(part),
        Value::Array(items) => part.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

fn lookup_mut<'a>(doc: &'a mut Value, key: &str) -> Option<&'a mut Value> {
    key.split('.').try_fold(doc, |node, part| match node {
        Value::Object(map) => map.get_mut(part),
        Value::Array(items) => part.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

fn changed_keys(a: &Value, b: &Value) -> Vec<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x
            .iter()
            .filter(|(k, v)| y.get(*k) != Some(*v))
            .map(|(k, _)| k.clone())
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_names_unknown_paths() {
        let mut doc = Settings::default().to_json();
        let err = merge(&mut doc, json!({"branding": {"colour": "x"}})).unwrap_err();
        assert_eq!(err.to_string(), "unknown setting 'branding.colour'");
        merge(&mut doc, json!({"branding": {"app_name": "Acme"}})).unwrap();
        assert_eq!(lookup(&doc, "branding.app_name"), Some(&json!("Acme")));
        assert_eq!(
            lookup(&doc, "branding.primary_color"),
            Some(&json!("#5D34F2"))
        );
    }

    #[test]
    fn lookup_walks_arrays() {
        let doc = Settings::default().to_json();
        assert_eq!(
            lookup(&doc, "sign_in.methods.1.identifier"),
            Some(&json!("username"))
        );
        assert_eq!(lookup(&doc, "sign_in.methods.9"), None);
    }
}
