//! Passkeys a signed-in user adds from the account center: the registration options for their
//! browser (the ceremony's state goes back to the caller, who keeps it bound to the session), and
//! the passkey the browser made, stored as one of their second factors.

use serde_json::{Value, json};

use crate::credentials::passkey;
use crate::error::Result;
use crate::model::mfa::{Factor, FactorKind};
use crate::ops::accounts::mfa::account_label;
use crate::ops::accounts::passkeys::insert_passkey;
use crate::ops::{Doorman, record, resolve};
use crate::store::mfa as table;

impl Doorman {
    /// The options to register a new passkey for `user_id`, and the ceremony state to keep
    /// until the browser answers; `None` when passkeys are not offered here.
    pub fn own_passkey_options(&self, user_id: &str) -> Result<Option<(Value, String)>> {
        let Some(rp) = self.relying_party()? else {
            return Ok(None);
        };
        let conn = self.store.conn();
        let user = resolve::user(conn, user_id)?.user;
        let keys: Vec<String> = table::list_kind(conn, &user.id, FactorKind::Webauthn)?
            .into_iter()
            .filter_map(|f| f.secret)
            .collect();
        let label = account_label(&user);
        let display = user.name.clone().unwrap_or_else(|| label.clone());
        passkey::start_registration(&rp, &user.id, &label, &display, &keys).map(Some)
    }

    /// Adds the passkey the browser made for the ceremony `state`; `None` when the browser's
    /// answer is refused.
    pub fn add_own_passkey(
        &mut self,
        user_id: &str,
        state: &str,
        credential: &str,
    ) -> Result<Option<Factor>> {
        let Some(rp) = self.relying_party()? else {
            return Ok(None);
        };
        let made = match passkey::finish_registration(&rp, state, credential) {
            Ok(made) => made,
            Err(refusal) => {
                tracing::info!("{}", refusal.0);
                return Ok(None);
            }
        };
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let factor = insert_passkey(&tx, user_id, made, now)?;
        record(
            &tx,
            &self.actor,
            now,
            "mfa.passkey_added",
            Some(user_id),
            json!({ "factor_id": factor.id, "at_sign_in": false }),
        )?;
        tx.commit()?;
        Ok(Some(factor))
    }
}
