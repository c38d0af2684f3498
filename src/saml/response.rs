//! A Response POSTed to the ACS, checked: size and shape, no DTD, a signature by one of the
//! IdP's certificates (xmlsec1), and then only the signed bytes are read: issuer, status,
//! destination, audience, recipient, the request it answers and the time window, with a small
//! allowance for the IdP's clock.

use base64::Engine;
use samael::crypto::{
    AllowedSignatureAlgorithm, CertificateDer, Crypto, CryptoProvider, ReduceMode,
};
use samael::schema::{Assertion, Response};
use serde_json::{Map, Value};

use super::metadata::declares_dtd;
use super::{CLOCK_SKEW_SECONDS, Expected, MAX_RESPONSE_BYTES, Refused, Verified};
use crate::model::timestamp::Timestamp;

const SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";
const BEARER: &str = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
/// How old an assertion may be when it arrives, whatever its validity window says.
const MAX_AGE_SECONDS: i64 = 10 * 60;

/// SHA-2 signatures only: SHA-1 (still some IdPs' default) is refused by name.
const ALGORITHMS: [AllowedSignatureAlgorithm; 6] = [
    AllowedSignatureAlgorithm::RsaSha256,
    AllowedSignatureAlgorithm::RsaSha384,
    AllowedSignatureAlgorithm::RsaSha512,
    AllowedSignatureAlgorithm::EcdsaSha256,
    AllowedSignatureAlgorithm::EcdsaSha384,
    AllowedSignatureAlgorithm::EcdsaSha512,
];

fn invalid(why: impl Into<String>) -> Refused {
    Refused::Invalid(why.into())
}

/// Checks a base64 `SAMLResponse` against what it must be.
pub fn verify_response(encoded: &str, expected: &Expected<'_>) -> Result<Verified, Refused> {
    if encoded.len() > MAX_RESPONSE_BYTES {
        return Err(Refused::Malformed("it is too large".into()));
    }
    let compact: String = encoded.split_whitespace().collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(compact)
        .map_err(|_| Refused::Malformed("it is not base64".into()))?;
    let xml = String::from_utf8(bytes).map_err(|_| Refused::Malformed("it is not UTF-8".into()))?;
    if declares_dtd(&xml) {
        return Err(Refused::Dtd);
    }
    let certificates = expected
        .idp
        .certificates
        .iter()
        .filter_map(|c| base64::engine::general_purpose::STANDARD.decode(c).ok())
        .map(CertificateDer::from)
        .collect::<Vec<_>>();
    if certificates.is_empty() {
        return Err(Refused::Unsigned);
    }
    // The canonical bytes the one signature (or the response's, when the assertion inside is
    // signed too) covered: nothing outside them is read from here on.
    let signed = Crypto::reduce_xml_to_signed_with_allowed_algorithms(
        &xml,
        &certificates,
        ReduceMode::PreDigest,
        Some(&ALGORITHMS),
    )
    .map_err(|_| match unsigned_status(&xml) {
        Some(status) => Refused::Status(status),
        None => Refused::Unsigned,
    })?;
    let malformed = |e: &dyn std::fmt::Display| {
        Refused::Malformed(format!("the signed element does not parse ({e})"))
    };
    let assertion = match root_name(&signed) {
        Some("Response") => signed_response(signed.parse().map_err(|e| malformed(&e))?, expected)?,
        Some("Assertion") => signed.parse().map_err(|e| malformed(&e))?,
        _ => {
            return Err(Refused::Malformed(
                "the signed element is neither a Response nor an Assertion".into(),
            ));
        }
    };
    check_assertion(&assertion, expected)
}

/// The local name of a document's root element (canonical XML: no declaration, no comments
/// before it; one is skipped if there).
fn root_name(xml: &str) -> Option<&str> {
    let mut rest = xml.trim_start();
    while let Some(after) = rest.strip_prefix("<?") {
        rest = after.split_once("?>")?.1.trim_start();
    }
    let tag = rest.strip_prefix('<')?;
    let name = tag
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()?;
    Some(name.rsplit(':').next().unwrap_or(name))
}

/// The status of a response whose signature did not verify, for the page (an IdP's error
/// answer is often unsigned); never trusted for anything else.
fn unsigned_status(xml: &str) -> Option<String> {
    let response = xml.parse::<Response>().ok()?;
    let status = response.status?.status_code.value?;
    (status != SUCCESS).then_some(status)
}

/// The assertion of a signed response, once the response's own fields are checked.
fn signed_response(response: Response, expected: &Expected<'_>) -> Result<Assertion, Refused> {
    if let Some(status) = response
        .status
        .as_ref()
        .and_then(|s| s.status_code.value.clone())
        && status != SUCCESS
    {
        return Err(Refused::Status(status));
    }
    if let Some(issuer) = response.issuer.as_ref().and_then(|i| i.value.as_deref())
        && issuer != expected.idp.entity_id
    {
        return Err(invalid(format!(
            "comes from '{issuer}', not '{}'",
            expected.idp.entity_id
        )));
    }
    if let Some(destination) = &response.destination
        && *destination != expected.sp.acs_url
    {
        return Err(invalid(format!(
            "was sent to '{destination}', not this connector"
        )));
    }
    if response.in_response_to.as_deref() != expected.in_response_to
        && response.in_response_to.is_some()
    {
        return Err(invalid("answers another sign-in request"));
    }
    if response.encrypted_assertion.is_some() {
        return Err(invalid(
            "is encrypted, which doorman does not support: turn assertion encryption off at the IdP",
        ));
    }
    response
        .assertion
        .ok_or_else(|| Refused::Malformed("the response has no assertion".into()))
}

/// The checks on the assertion itself, and what it says about the user.
fn check_assertion(assertion: &Assertion, expected: &Expected<'_>) -> Result<Verified, Refused> {
    let now = expected.now.unix();
    let skew = CLOCK_SKEW_SECONDS;
    if assertion.issuer.value.as_deref() != Some(expected.idp.entity_id.as_str()) {
        return Err(invalid(format!(
            "comes from '{}', not '{}'",
            assertion.issuer.value.as_deref().unwrap_or_default(),
            expected.idp.entity_id
        )));
    }
    let issued = assertion.issue_instant.timestamp();
    if issued > now + skew {
        return Err(invalid("was issued in the future"));
    }
    if issued + MAX_AGE_SECONDS + skew < now {
        return Err(invalid("has expired"));
    }
    let conditions = assertion
        .conditions
        .as_ref()
        .ok_or_else(|| invalid("has no Conditions"))?;
    let mut expires_at = now + MAX_AGE_SECONDS;
    if let Some(not_before) = conditions.not_before
        && not_before.timestamp() > now + skew
    {
        return Err(invalid("is not valid yet"));
    }
    if let Some(not_on_or_after) = conditions.not_on_or_after {
        if not_on_or_after.timestamp() + skew <= now {
            return Err(invalid("has expired"));
        }
        expires_at = expires_at.max(not_on_or_after.timestamp() + skew);
    }
    let audiences = conditions.audience_restrictions.iter().flatten();
    let mut restricted = false;
    for restriction in audiences {
        restricted = true;
        if !restriction.audience.contains(&expected.sp.sp_entity_id) {
            return Err(invalid(format!(
                "is meant for another audience, not '{}'",
                expected.sp.sp_entity_id
            )));
        }
    }
    if !restricted {
        return Err(invalid("names no audience"));
    }
    let subject = assertion
        .subject
        .as_ref()
        .ok_or_else(|| invalid("has no Subject"))?;
    let confirmation = subject
        .subject_confirmations
        .iter()
        .flatten()
        .filter(|c| c.method.as_deref() == Some(BEARER))
        .find_map(|c| c.subject_confirmation_data.as_ref())
        .ok_or_else(|| invalid("has no bearer SubjectConfirmationData"))?;
    if confirmation.recipient.as_deref() != Some(expected.sp.acs_url.as_str()) {
        return Err(invalid(format!(
            "is for recipient '{}', not this connector's ACS",
            confirmation.recipient.as_deref().unwrap_or_default()
        )));
    }
    match confirmation.not_on_or_after {
        Some(at) if at.timestamp() + skew > now => {
            expires_at = expires_at.max(at.timestamp() + skew);
        }
        Some(_) => return Err(invalid("has expired")),
        None => {
            return Err(invalid(
                "has no NotOnOrAfter on its SubjectConfirmationData",
            ));
        }
    }
    match (
        confirmation.in_response_to.as_deref(),
        expected.in_response_to,
    ) {
        (Some(got), Some(want)) if got == want => {}
        (None, None) => {}
        (Some(_), None) => {
            return Err(invalid(
                "answers a sign-in request this browser did not make",
            ));
        }
        (_, Some(_)) => return Err(invalid("answers another sign-in request")),
    }
    let name_id = subject
        .name_id
        .as_ref()
        .filter(|n| !n.value.trim().is_empty())
        .ok_or_else(|| invalid("has no NameID"))?;
    let mut attributes = Map::new();
    attributes.insert(
        "nameID".into(),
        Value::String(name_id.value.trim().to_string()),
    );
    if let Some(format) = &name_id.format {
        attributes.insert("nameIDFormat".into(), Value::String(format.clone()));
    }
    for attribute in assertion
        .attribute_statements
        .iter()
        .flatten()
        .flat_map(|s| &s.attributes)
    {
        let values: Vec<Value> = attribute
            .values
            .iter()
            .filter_map(|v| v.value.clone())
            .map(Value::String)
            .collect();
        let value = match values.len() {
            0 => continue,
            1 => values.into_iter().next().unwrap_or_default(),
            _ => Value::Array(values),
        };
        for key in [&attribute.name, &attribute.friendly_name]
            .into_iter()
            .flatten()
        {
            attributes
                .entry(key.clone())
                .or_insert_with(|| value.clone());
        }
    }
    Ok(Verified {
        assertion_id: assertion.id.clone(),
        expires_at: Timestamp::from_unix(expires_at),
        attributes: Value::Object(attributes),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::saml::{SamlIdp, ServiceProvider};

    const RESPONSE: &str = include_str!("../../tests/saml/canned/response.b64");
    const METADATA: &str = include_str!("../../tests/saml/canned/idp-metadata.xml");
    /// The canned response's IssueInstant, 2026-12-05T10:29:57Z.
    const ISSUED: i64 = 1_796_466_597;

    fn idp() -> SamlIdp {
        super::super::parse_idp_metadata(METADATA).unwrap()
    }

    fn check(
        encoded: &str,
        sp: &str,
        in_response_to: Option<&str>,
        at: i64,
    ) -> Result<Verified, Refused> {
        let idp = idp();
        let sp = ServiceProvider::at("http://localhost:3001", sp);
        verify_response(
            encoded,
            &Expected {
                idp: &idp,
                sp: &sp,
                in_response_to,
                now: Timestamp::from_unix(at),
            },
        )
    }

    #[test]
    fn the_canned_response_verifies_inside_its_window_only() {
        let ok = check(RESPONSE, "bench", None, ISSUED + 1).unwrap();
        assert_eq!(ok.attributes["nameID"], "ada@acme.test");
        assert_eq!(ok.attributes["email"], "ada@acme.test");
        assert_eq!(ok.attributes["groups"], "engineering");
        assert!(ok.expires_at.unix() > ISSUED + 300);
        let late = check(RESPONSE, "bench", None, ISSUED + 3600).unwrap_err();
        assert_eq!(late, Refused::Invalid("has expired".into()));
        let early = check(RESPONSE, "bench", None, ISSUED - 3600).unwrap_err();
        assert!(matches!(early, Refused::Invalid(_)), "{early}");
    }

    #[test]
    fn audience_request_and_content_are_bound() {
        let other = check(RESPONSE, "other", None, ISSUED + 1).unwrap_err();
        assert!(other.to_string().contains("another audience"), "{other}");
        // An unsolicited response never answers a sign-in that waits for its own request.
        let solicited = check(RESPONSE, "bench", Some("_request"), ISSUED + 1).unwrap_err();
        assert!(
            solicited.to_string().contains("another sign-in request"),
            "{solicited}"
        );
        // One changed byte inside the signed assertion, and the signature no longer holds.
        let xml = String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(RESPONSE.split_whitespace().collect::<String>())
                .unwrap(),
        )
        .unwrap();
        let tampered = xml.replacen(">ada@acme.test<", ">eve@acme.test<", 1);
        assert_ne!(tampered, xml);
        let encoded = base64::engine::general_purpose::STANDARD.encode(tampered);
        assert_eq!(
            check(&encoded, "bench", None, ISSUED + 1).unwrap_err(),
            Refused::Unsigned
        );
        assert_eq!(
            check("%%%", "bench", None, ISSUED + 1).unwrap_err(),
            Refused::Malformed("it is not base64".into())
        );
    }
}
