//! Passkeys (WebAuthn) over `webauthn-rs`: the relying party is the issuer's host (a name, never
//! an IP address: browsers refuse those, so passkeys are then not offered) and the issuer's
//! origin. Ceremony state and credentials travel as JSON, so the server keeps them in its
//! database between the page that starts a ceremony and the post that ends it. Registration
//! asks for a discoverable credential, so the passkey can also be the first factor (sign-in
//! without an identifier).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;
use sha2::{Digest, Sha256};
use webauthn_rs::prelude::{
    DiscoverableAuthentication, Passkey, PasskeyAuthentication, PasskeyRegistration,
    PublicKeyCredential, RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnBuilder,
};

use crate::error::{Error, Result};

/// Why a passkey ceremony failed, for the page (the detail goes to the log).
#[derive(Debug)]
pub struct Refused(pub String);

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Runtime(format!("encoding WebAuthn data: {e}")))
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> std::result::Result<T, Refused> {
    serde_json::from_str(text).map_err(|e| Refused(format!("unreadable WebAuthn data: {e}")))
}

/// Whether passkeys can work for an issuer: its host must be a name (browsers refuse IP
/// addresses as relying parties). What the pages check before offering them, without building
/// the relying party.
pub fn available(issuer: &str) -> bool {
    Url::parse(issuer).is_ok_and(|url| url.domain().is_some())
}

/// The relying party of an issuer, or none when passkeys cannot work there (an IP address).
pub fn relying_party(issuer: &str, name: &str) -> Option<Webauthn> {
    let url = Url::parse(issuer).ok()?;
    let host = url.domain()?.to_string();
    let origin = Url::parse(&url.origin().ascii_serialization()).ok()?;
    WebauthnBuilder::new(&host, &origin)
        .ok()?
        .rp_name(name)
        .build()
        .ok()
}

/// The WebAuthn user handle of a doorman user: derived from the id, the same for all their
/// passkeys, and revealing nothing about it.
fn user_handle(user_id: &str) -> Uuid {
    let digest = Sha256::digest(format!("doorman-user-handle:{user_id}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(bytes)
}

/// A credential id as stored and looked up: base64url without padding.
pub fn encode_id(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A passkey as stored: its credential id and its JSON.
pub struct StoredPasskey {
    /// The credential id (base64url).
    pub credential_id: String,
    /// The credential (public key, counter) as JSON.
    pub json: String,
}

/// Starts registering a passkey for a user: the options for the browser (asking for a
/// discoverable credential) and the state to keep.
pub fn start_registration(
    rp: &Webauthn,
    user_id: &str,
    user_name: &str,
    display_name: &str,
    existing: &[String],
) -> Result<(Value, String)> {
    let exclude = existing
        .iter()
        .filter_map(|text| serde_json::from_str::<Passkey>(text).ok())
        .map(|p| p.cred_id().clone())
        .collect::<Vec<_>>();
    let (options, state) = rp
        .start_passkey_registration(
            user_handle(user_id),
            user_name,
            display_name,
            (!exclude.is_empty()).then_some(exclude),
        )
        .map_err(|e| Error::Runtime(format!("starting a passkey registration: {e}")))?;
    let mut options = serde_json::to_value(&options)
        .map_err(|e| Error::Runtime(format!("encoding WebAuthn options: {e}")))?;
    // Discoverable, so the passkey can sign in without an identifier; the library's state does
    // not depend on this choice.
    if let Some(selection) = options["publicKey"]["authenticatorSelection"].as_object_mut() {
        selection.insert("residentKey".into(), "required".into());
        selection.insert("requireResidentKey".into(), true.into());
    }
    Ok((options, json(&state)?))
}

/// Ends a registration with what the browser sent: the new passkey.
pub fn finish_registration(
    rp: &Webauthn,
    state: &str,
    credential: &str,
) -> std::result::Result<StoredPasskey, Refused> {
    let state: PasskeyRegistration = parse(state)?;
    let credential: RegisterPublicKeyCredential = parse(credential)?;
    let passkey = rp
        .finish_passkey_registration(&credential, &state)
        .map_err(|e| Refused(format!("passkey registration refused: {e}")))?;
    Ok(StoredPasskey {
        credential_id: encode_id(passkey.cred_id().as_ref()),
        json: json(&passkey).map_err(|e| Refused(e.to_string()))?,
    })
}

/// Starts an authentication with one of a user's passkeys (the second factor).
pub fn start_authentication(rp: &Webauthn, passkeys: &[String]) -> Result<(Value, String)> {
    let keys: Vec<Passkey> = passkeys
        .iter()
        .filter_map(|text| serde_json::from_str(text).ok())
        .collect();
    let (options, state) = rp
        .start_passkey_authentication(&keys)
        .map_err(|e| Error::Runtime(format!("starting a passkey authentication: {e}")))?;
    let options = serde_json::to_value(&options)
        .map_err(|e| Error::Runtime(format!("encoding WebAuthn options: {e}")))?;
    Ok((options, json(&state)?))
}

/// Ends an authentication with one of the user's passkeys: the passkey with its counter
/// updated, to store back.
pub fn finish_authentication(
    rp: &Webauthn,
    state: &str,
    credential: &str,
    passkeys: &[StoredPasskey],
) -> std::result::Result<StoredPasskey, Refused> {
    let state: PasskeyAuthentication = parse(state)?;
    let credential: PublicKeyCredential = parse(credential)?;
    let result = rp
        .finish_passkey_authentication(&credential, &state)
        .map_err(|e| Refused(format!("passkey authentication refused: {e}")))?;
    let used = encode_id(result.cred_id().as_ref());
    let stored = passkeys
        .iter()
        .find(|p| p.credential_id == used)
        .ok_or_else(|| Refused("the passkey is not the user's".into()))?;
    let mut passkey: Passkey = parse(&stored.json)?;
    passkey.update_credential(&result);
    Ok(StoredPasskey {
        credential_id: used,
        json: json(&passkey).map_err(|e| Refused(e.to_string()))?,
    })
}

/// Starts a sign-in with any discoverable passkey (no identifier).
pub fn start_discoverable(rp: &Webauthn) -> Result<(Value, String)> {
    let (options, state) = rp
        .start_discoverable_authentication()
        .map_err(|e| Error::Runtime(format!("starting a passkey sign-in: {e}")))?;
    let mut options = serde_json::to_value(&options)
        .map_err(|e| Error::Runtime(format!("encoding WebAuthn options: {e}")))?;
    // A button starts it, so the browser's own dialog rather than autofill ("conditional").
    if let Some(object) = options.as_object_mut() {
        object.remove("mediation");
    }
    Ok((options, json(&state)?))
}

/// The credential id a browser's sign-in response names (base64url), to find the passkey.
pub fn credential_id_of(credential: &str) -> std::result::Result<String, Refused> {
    let credential: PublicKeyCredential = parse(credential)?;
    Ok(encode_id(credential.get_credential_id()))
}

/// Ends a sign-in with a discoverable passkey found by its credential id: the passkey with its
/// counter updated.
pub fn finish_discoverable(
    rp: &Webauthn,
    state: &str,
    credential: &str,
    stored: &StoredPasskey,
) -> std::result::Result<StoredPasskey, Refused> {
    let state: DiscoverableAuthentication = parse(state)?;
    let credential: PublicKeyCredential = parse(credential)?;
    let mut passkey: Passkey = parse(&stored.json)?;
    let result = rp
        .finish_discoverable_authentication_v2(&credential, state, &passkey)
        .map_err(|e| Refused(format!("passkey sign-in refused: {e}")))?;
    passkey.update_credential(&result);
    Ok(StoredPasskey {
        credential_id: stored.credential_id.clone(),
        json: json(&passkey).map_err(|e| Refused(e.to_string()))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passkeys_need_a_host_name_and_ask_for_discoverable_credentials() {
        assert!(relying_party("http://127.0.0.1:3001/oidc", "doorman").is_none());
        assert!(!available("http://127.0.0.1:3001/oidc"));
        assert!(available("http://localhost:3001/oidc"));
        let rp = relying_party("http://localhost:3001/oidc", "doorman").unwrap();
        let (options, state) = start_registration(&rp, "u1", "ada", "Ada", &[]).unwrap();
        let public_key = &options["publicKey"];
        assert_eq!(public_key["rp"]["id"], "localhost");
        assert_eq!(
            public_key["authenticatorSelection"]["residentKey"],
            "required"
        );
        assert!(serde_json::from_str::<PasskeyRegistration>(&state).is_ok());
        assert_eq!(user_handle("u1"), user_handle("u1"));
        assert_ne!(user_handle("u1"), user_handle("u2"));
        let (options, _) = start_discoverable(&rp).unwrap();
        assert!(options.get("mediation").is_none());
        assert!(finish_registration(&rp, &state, "{}").is_err());
    }
}
