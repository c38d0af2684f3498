//! The step a connector sign-in takes when no account has the upstream's email and the upstream
//! did not vouch for one (or shared none): the user proves an email with a code on
//! `/continue/email`, and only then does the identity join an account, as Logto asks for a
//! missing identifier. An address nobody proved never lands on a new account.

use serde_json::json;

use crate::error::Result;
use crate::model::connector::Identity;
use crate::model::settings::SignInMode;
use crate::model::validate::fold_email;
use crate::ops::Doorman;
use crate::ops::accounts::sessions::{SignIn, conclude_sign_in};
use crate::ops::accounts::verification::{Purpose, spend, verified};
use crate::ops::federation::identity_links::{account_from_upstream, held, linked_elsewhere};
use crate::ops::federation::sign_in::{Arrival, Refusal};
use crate::store;
use crate::store::connectors as table;
use crate::store::interactions::Slot;
use crate::store::users::Key;

/// A connector sign-up waiting on `/continue/email`: the provider's name and the email it
/// claimed, to fill the field in.
#[derive(Debug, Clone, PartialEq)]
pub struct AwaitedEmail {
    /// The connector's display name.
    pub provider: String,
    /// What the upstream claimed, if anything.
    pub suggested: Option<String>,
}

impl Doorman {
    /// The connector sign-up an interaction holds that waits for a proven email, if any.
    pub fn awaited_email(&self, interaction: &str) -> Result<Option<AwaitedEmail>> {
        let conn = self.store.conn();
        let Some(held) = held(conn, interaction)?.filter(|h| h.awaiting_email.is_some()) else {
            return Ok(None);
        };
        let Some(connector) = table::find(conn, &held.connector_id)? else {
            return Ok(None);
        };
        Ok(Some(AwaitedEmail {
            provider: connector.connector.name,
            suggested: Some(held.email).filter(|e| !e.is_empty()),
        }))
    }

    /// Finishes a connector sign-in that waited for a proven email, now that the code of
    /// `verification` (this interaction's) proved one: the account with that email (the code proved the mailbox, as a code sign-in
    /// does), or a new one with it verified and the upstream's name and picture; the identity
    /// is linked either way, without the unverified claim, which a later proof of the address
    /// would otherwise take for a pre-hijack.
    pub fn finish_connector_sign_up(
        &mut self,
        verification: &str,
        interaction: &str,
    ) -> Result<Arrival> {
        let now = self.clock.now();
        let tx = self.store.transaction()?;
        let proof = verified(&tx, verification, Purpose::ConnectorEmail, now)?;
        if proof.interaction.as_deref() != Some(interaction) {
            return Err(crate::Error::not_found(
                "the verification is not this sign-in's",
            ));
        }
        let email = proof.target.clone();
        spend(&tx, proof, now)?;
        let Some(held) = held(&tx, interaction)? else {
            return Ok(Arrival::Refused(Refusal::ConnectorGone));
        };
        let (Some(awaiting), Some(connector)) = (
            held.awaiting_email.clone(),
            table::find(&tx, &held.connector_id)?,
        ) else {
            return Ok(Arrival::Refused(Refusal::ConnectorGone));
        };
        store::interactions::set_slot(&tx, interaction, Slot::Link, None)?;
        let email = fold_email(&email);
        let (user, created) = match store::users::find_by(&tx, Key::Email, &email)? {
            Some(stored) => {
                if linked_elsewhere(&tx, &stored.user.id, &held.connector_id, &held.subject)? {
                    return Ok(Arrival::Refused(Refusal::AlreadyLinked(email)));
                }
                (stored, false)
            }
            None => {
                if store::settings::load(&tx)?.sign_in_mode == SignInMode::SignIn {
                    return Ok(Arrival::Refused(Refusal::RegistrationClosed));
                }
                let (name, avatar) = (awaiting.name, awaiting.avatar_url);
                let stored = account_from_upstream(
                    &tx,
                    &self.actor,
                    &self.hasher,
                    now,
                    email.clone(),
                    name,
                    avatar,
                )?;
                (stored, true)
            }
        };
        let identity = Identity {
            connector_id: held.connector_id,
            connector: connector.connector.name.clone(),
            subject: held.subject,
            email: None,
            sso: connector.connector.sso,
            issuer: connector.connector.endpoints.issuer.clone(),
            profile: held.profile,
            linked_at: now,
        };
        table::upsert_identity(&tx, &user.user.id, &identity)?;
        let detail = json!({
            "method": "connector",
            "connector": connector.connector.name,
            "email": "proven by code",
        });
        let outcome = conclude_sign_in(&tx, &self.actor, now, Some(user), detail)?;
        tx.commit()?;
        Ok(match outcome {
            SignIn::Success(user) => Arrival::SignedIn {
                user,
                created,
                amr: awaiting.amr,
            },
            _ => Arrival::Refused(Refusal::Suspended),
        })
    }
}
