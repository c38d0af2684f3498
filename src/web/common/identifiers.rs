//! Which identifiers a form accepts (the settings' sign-in methods, narrowed by Logto's
//! `identifier` parameter) and how the field is labelled in the page's language.

use crate::model::settings::{Identifier, Settings};
use crate::oidc::authorize::AuthRequest;
use crate::web::common::i18n::Texts;

/// The identifier kinds a form accepts: the settings' methods (with a password, or with a code),
/// narrowed by Logto's `identifier` parameter when it names any of them.
pub fn accepted_identifiers(
    settings: &Settings,
    auth: Option<&AuthRequest>,
    with_code: bool,
) -> Vec<Identifier> {
    let offered: Vec<Identifier> = settings
        .sign_in
        .methods
        .iter()
        .filter(|m| {
            if with_code {
                m.verification_code
            } else {
                m.password
            }
        })
        .map(|m| m.identifier)
        .collect();
    let wanted: Vec<Identifier> = auth
        .and_then(|a| a.identifier.as_deref())
        .map(|list| {
            list.split([' ', ','])
                .filter_map(|w| match w {
                    "email" => Some(Identifier::Email),
                    "phone" => Some(Identifier::Phone),
                    "username" => Some(Identifier::Username),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let narrowed: Vec<Identifier> = offered
        .iter()
        .copied()
        .filter(|i| wanted.contains(i))
        .collect();
    if narrowed.is_empty() {
        offered
    } else {
        narrowed
    }
}

/// "Email, phone number or username" in the page's language.
pub fn identifier_label(t: &Texts, kinds: &[Identifier]) -> String {
    let names: Vec<&str> = kinds
        .iter()
        .map(|kind| match kind {
            Identifier::Email => t.get("identifier.email"),
            Identifier::Phone => t.get("identifier.phone"),
            Identifier::Username => t.get("identifier.username"),
        })
        .collect();
    match names.as_slice() {
        [] => t.get("identifier.fallback").into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} {} {}", init.join(", "), t.get("identifier.or"), last),
    }
}
