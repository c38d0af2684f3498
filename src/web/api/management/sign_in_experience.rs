//! `GET`/`PATCH /api/sign-in-exp`: doorman's sign-in experience settings in Logto's shape, so a
//! back office that configures Logto configures doorman the same way. `PATCH` takes Logto's
//! partial document, turns it into doorman's settings names and merges it through the same
//! operation as `doorman settings`, which validates the result whole. Logto fields doorman
//! shows with fixed values (dark mode, custom CSS, favicon, ...) are accepted when they keep
//! those values and refused naming the field when they would change them; unknown fields are
//! refused as Logto refuses them.

use serde_json::{Map, Value, json};

use crate::model::settings::{MfaFactor, Settings};
use crate::ops::Doorman;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::api::management::admin::{TENANT_ID, admin, not_allowed};
use crate::web::common::http::{Request, Response};

/// Logto's names of doorman's MFA factors, both ways.
const FACTORS: [(MfaFactor, &str); 5] = [
    (MfaFactor::Totp, "Totp"),
    (MfaFactor::Webauthn, "WebAuthn"),
    (MfaFactor::BackupCode, "BackupCode"),
    (MfaFactor::EmailVerificationCode, "EmailVerificationCode"),
    (MfaFactor::PhoneVerificationCode, "PhoneVerificationCode"),
];

/// Logto's names of doorman's values that are the same word in another case.
const WORDS: [(&str, &str); 10] = [
    ("sign_in", "SignIn"),
    ("register", "Register"),
    ("sign_in_and_register", "SignInAndRegister"),
    ("automatic", "Automatic"),
    ("manual_registration_only", "ManualRegistrationOnly"),
    ("manual", "Manual"),
    ("no_prompt", "NoPrompt"),
    ("prompt_at_sign_in_and_sign_up", "PromptAtSignInAndSignUp"),
    ("prompt_only_at_sign_in", "PromptOnlyAtSignIn"),
    ("mandatory", "Mandatory"),
];

fn to_logto_word(value: &Value) -> Value {
    let text = value.as_str().unwrap_or_default();
    WORDS
        .iter()
        .find(|(ours, _)| *ours == text)
        .map_or_else(|| value.clone(), |(_, logto)| json!(logto))
}

fn from_logto_word(field: &str, value: &Value) -> Result<Value, ApiError> {
    let text = value.as_str().unwrap_or_default();
    // Logto's older name for prompting at sign-in and sign-up.
    if text == "UserControlled" {
        return Ok(json!("prompt_at_sign_in_and_sign_up"));
    }
    WORDS
        .iter()
        .find(|(_, logto)| *logto == text)
        .map(|(ours, _)| json!(ours))
        .ok_or_else(|| {
            ApiError::invalid_input(field, format!("'{text}' is not a value of {field}"))
        })
}

/// The settings in Logto's shape.
pub fn to_logto(settings: &Settings) -> Value {
    let doc = settings.to_json();
    let methods: Vec<Value> = settings
        .sign_in
        .methods
        .iter()
        .map(|m| {
            json!({
                "identifier": m.identifier,
                "password": m.password,
                "verificationCode": m.verification_code,
                "isPasswordPrimary": m.password_first,
            })
        })
        .collect();
    let factors: Vec<&str> = settings
        .mfa
        .factors
        .iter()
        .filter_map(|f| FACTORS.iter().find(|(ours, _)| ours == f).map(|(_, l)| *l))
        .collect();
    let policy = &settings.password_policy;
    json!({
        "tenantId": TENANT_ID,
        "id": "default",
        "color": {
            "primaryColor": settings.branding.primary_color,
            "isDarkModeEnabled": false,
            "darkPrimaryColor": settings.branding.primary_color,
        },
        "branding": { "logoUrl": settings.branding.logo_url },
        "languageInfo": {
            "autoDetect": settings.languages.auto_detect,
            "fallbackLanguage": settings.languages.default,
        },
        "termsOfUseUrl": settings.terms_of_use_url,
        "privacyPolicyUrl": settings.privacy_policy_url,
        "agreeToTermsPolicy": to_logto_word(&doc["agree_to_terms"]),
        "signIn": { "methods": methods },
        "signUp": {
            "identifiers": doc["sign_up"]["identifiers"],
            "password": settings.sign_up.password,
            "verify": settings.sign_up.verify,
        },
        "socialSignIn": {
            "automaticAccountLinking": settings.social_sign_in.automatic_account_linking,
        },
        "socialSignInConnectorTargets": settings.social_sign_in.connectors,
        "signInMode": to_logto_word(&doc["sign_in_mode"]),
        "customCss": Value::Null,
        "customContent": {},
        "passwordPolicy": {
            "length": { "min": policy.min_length, "max": policy.max_length },
            "characterTypes": { "min": policy.character_types },
            "rejects": {
                "pwned": policy.reject_common,
                "repetitionAndSequence": policy.reject_repetition,
                "userInfo": policy.reject_user_info,
                "words": [],
            },
        },
        "mfa": {
            "factors": factors,
            "policy": to_logto_word(&doc["mfa"]["policy"]),
            "organizationRequiredMfaPolicy":
                to_logto_word(&doc["mfa"]["organization_required_mfa_policy"]),
        },
        "singleSignOnEnabled": settings.single_sign_on,
        "hideLogtoBranding": false,
    })
}

/// Logto's partial document as doorman's partial settings document.
fn from_logto(patch: &Map<String, Value>) -> Result<Value, ApiError> {
    let mut out = Map::new();
    let object = |field: &str, value: &Value| -> Result<Map<String, Value>, ApiError> {
        value
            .as_object()
            .cloned()
            .ok_or_else(|| ApiError::invalid_input(field, format!("{field} is an object")))
    };
    for (key, value) in patch {
        match key.as_str() {
            "id" | "tenantId" | "customContent" => {}
            "customCss" | "hideLogtoBranding" if value.is_null() || *value == json!(false) => {}
            "signInMode" => {
                out.insert("sign_in_mode".into(), from_logto_word(key, value)?);
            }
            "agreeToTermsPolicy" => {
                out.insert("agree_to_terms".into(), from_logto_word(key, value)?);
            }
            "termsOfUseUrl" | "privacyPolicyUrl" => {
                let name = if key == "termsOfUseUrl" {
                    "terms_of_use_url"
                } else {
                    "privacy_policy_url"
                };
                let url = value.as_str().filter(|u| !u.is_empty()).map(Value::from);
                out.insert(name.into(), url.unwrap_or(Value::Null));
            }
            "singleSignOnEnabled" => {
                out.insert("single_sign_on".into(), value.clone());
            }
            "color" => {
                let color = object(key, value)?;
                if let Some(primary) = color.get("primaryColor") {
                    let branding = out.entry("branding").or_insert_with(|| json!({}));
                    branding["primary_color"] = primary.clone();
                }
            }
            "branding" => {
                let branding = object(key, value)?;
                if let Some(logo) = branding.get("logoUrl") {
                    let ours = out.entry("branding").or_insert_with(|| json!({}));
                    ours["logo_url"] = logo.clone();
                }
            }
            "languageInfo" => {
                let info = object(key, value)?;
                let mut languages = Map::new();
                if let Some(auto) = info.get("autoDetect") {
                    languages.insert("auto_detect".into(), auto.clone());
                }
                if let Some(fallback) = info.get("fallbackLanguage") {
                    languages.insert("default".into(), fallback.clone());
                }
                out.insert("languages".into(), Value::Object(languages));
            }
            "signUp" => {
                let sign_up = object(key, value)?;
                let mut ours = Map::new();
                for (field, name) in [
                    ("identifiers", "identifiers"),
                    ("password", "password"),
                    ("verify", "verify"),
                ] {
                    if let Some(v) = sign_up.get(field) {
                        ours.insert(name.into(), v.clone());
                    }
                }
                out.insert("sign_up".into(), Value::Object(ours));
            }
            "signIn" => {
                let methods = object(key, value)?
                    .get("methods")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let ours: Vec<Value> = methods
                    .iter()
                    .map(|m| {
                        json!({
                            "identifier": m["identifier"],
                            "password": m["password"].as_bool().unwrap_or(false),
                            "verification_code": m["verificationCode"].as_bool().unwrap_or(false),
                            "password_first": m["isPasswordPrimary"].as_bool().unwrap_or(true),
                        })
                    })
                    .collect();
                out.insert("sign_in".into(), json!({ "methods": ours }));
            }
            "socialSignIn" => {
                let social = object(key, value)?;
                if let Some(linking) = social.get("automaticAccountLinking") {
                    let ours = out.entry("social_sign_in").or_insert_with(|| json!({}));
                    ours["automatic_account_linking"] = linking.clone();
                }
            }
            "socialSignInConnectorTargets" => {
                let ours = out.entry("social_sign_in").or_insert_with(|| json!({}));
                ours["connectors"] = value.clone();
            }
            "passwordPolicy" => {
                let policy = Value::Object(object(key, value)?);
                let mut ours = Map::new();
                let mut put = |name: &str, v: &Value| {
                    if !v.is_null() {
                        ours.insert(name.into(), v.clone());
                    }
                };
                put("min_length", &policy["length"]["min"]);
                put("max_length", &policy["length"]["max"]);
                put("character_types", &policy["characterTypes"]["min"]);
                put("reject_common", &policy["rejects"]["pwned"]);
                put(
                    "reject_repetition",
                    &policy["rejects"]["repetitionAndSequence"],
                );
                put("reject_user_info", &policy["rejects"]["userInfo"]);
                out.insert("password_policy".into(), Value::Object(ours));
            }
            "mfa" => {
                let mfa = object(key, value)?;
                let mut ours = Map::new();
                if let Some(factors) = mfa.get("factors").and_then(Value::as_array) {
                    let mut names = Vec::new();
                    for factor in factors {
                        let text = factor.as_str().unwrap_or_default();
                        let (ours, _) =
                            FACTORS.iter().find(|(_, l)| *l == text).ok_or_else(|| {
                                ApiError::invalid_input(
                                    "mfa.factors",
                                    format!("'{text}' is not an MFA factor doorman offers"),
                                )
                            })?;
                        names.push(json!(ours));
                    }
                    ours.insert("factors".into(), Value::Array(names));
                }
                if let Some(policy) = mfa.get("policy") {
                    ours.insert("policy".into(), from_logto_word("mfa.policy", policy)?);
                }
                if let Some(policy) = mfa.get("organizationRequiredMfaPolicy") {
                    ours.insert(
                        "organization_required_mfa_policy".into(),
                        from_logto_word("mfa.organizationRequiredMfaPolicy", policy)?,
                    );
                }
                out.insert("mfa".into(), Value::Object(ours));
            }
            other => {
                return Err(ApiError::invalid_input(
                    other,
                    format!("{other} is not a sign-in experience setting doorman offers"),
                ));
            }
        }
    }
    Ok(Value::Object(out))
}

/// `GET`/`PATCH /api/sign-in-exp`.
pub fn route(doorman: &mut Doorman, request: &Request) -> ApiAnswer {
    let actor = admin(doorman, request)?.actor();
    match request.method.as_str() {
        "GET" => Ok(Response::json(200, &to_logto(&doorman.settings()?))),
        "PATCH" => {
            let patch: Map<String, Value> = body::json(request)?;
            let partial = from_logto(&patch)?;
            let settings = doorman
                .acting_as(actor, |d| d.apply_settings(partial))
                .map_err(|e| match e {
                    crate::Error::Invalid(m) => ApiError::new(400, "guard.invalid_input", m),
                    other => other.into(),
                })?;
            Ok(Response::json(200, &to_logto(&settings)))
        }
        _ => Err(not_allowed(request, "GET, PATCH")),
    }
}
