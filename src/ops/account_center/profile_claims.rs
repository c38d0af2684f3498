//! A user's standard profile claims (`given_name`, `address`, ...): read for the claims and the
//! Account API, changed by the Account API (Logto's `PATCH /api/my-account/profile`) and
//! fixtures. See [`standard_claims`](crate::model::standard_claims).

use serde_json::{Map, Value, json};

use crate::error::Result;
use crate::model::standard_claims::merge;
use crate::ops::{Doorman, record};
use crate::store::users as table;

impl Doorman {
    /// A user's standard profile claims, by claim name.
    pub fn standard_claims(&self, user_id: &str) -> Result<Map<String, Value>> {
        table::standard_claims(self.store.conn(), user_id)
    }

    /// Applies checked changes (claim names; `null` removes) and returns the claims after.
    pub fn update_standard_claims(
        &mut self,
        user_id: &str,
        changes: Map<String, Value>,
    ) -> Result<Map<String, Value>> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let mut claims = table::standard_claims(&tx, user_id)?;
        let before = claims.clone();
        let fields: Vec<String> = changes.keys().cloned().collect();
        merge(&mut claims, changes);
        if claims != before {
            table::set_standard_claims(&tx, user_id, &claims)?;
            record(
                &tx,
                &self.actor,
                now,
                "user.updated",
                Some(user_id),
                json!({ "fields": fields }),
            )?;
        }
        tx.commit()?;
        Ok(claims)
    }
}
