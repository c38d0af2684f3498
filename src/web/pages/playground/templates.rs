//! The playground's two pages as templates: the start page (the sign-in form, and a test user
//! on an empty database) and the result page (the tokens decoded, claim by claim, with what
//! each claim means).

use askama::Template;
use serde_json::{Map, Value};

use crate::model::timestamp::Timestamp;
use crate::web::common::i18n::Texts;
use crate::web::pages::templates::Chrome;

/// The scopes offered, and whether each is ticked at first.
pub const SCOPES: [(&str, bool); 9] = [
    ("openid", true),
    ("profile", true),
    ("email", true),
    ("phone", false),
    ("offline_access", true),
    ("custom_data", false),
    ("identities", false),
    ("urn:logto:scope:organizations", false),
    ("urn:logto:scope:organization_roles", false),
];

/// An option of a select: value and label.
#[derive(Debug, Clone)]
pub struct Choice {
    /// What the form sends.
    pub value: String,
    /// What the user reads.
    pub label: String,
    /// Whether it is chosen at first.
    pub selected: bool,
}

/// The start page.
#[derive(Template)]
#[template(path = "playground.html")]
pub struct PlaygroundPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The issuer.
    pub issuer: String,
    /// The form's CSRF token.
    pub csrf_token: String,
    /// Scopes with whether they are ticked.
    pub scopes: Vec<(&'static str, bool)>,
    /// Registered API resources.
    pub resources: Vec<Choice>,
    /// Organizations, for an organization token.
    pub organizations: Vec<Choice>,
    /// Whether to offer the test-user form (no user yet).
    pub offers_test_user: bool,
    /// Whether the built-in client is there (an operator may have deleted it).
    pub client_ready: bool,
    /// Who is signed in, if anyone.
    pub signed_in_as: Option<String>,
    /// A notice (the test user was made).
    pub notice: Option<String>,
    /// A generated password, shown once.
    pub generated_password: Option<String>,
    /// What went wrong.
    pub error: Option<String>,
}

/// One claim as the result page shows it.
#[derive(Debug, Clone)]
pub struct ClaimRow {
    /// The claim's name.
    pub name: String,
    /// Its value as JSON.
    pub value: String,
    /// What it means (and for times, when that is), if doorman knows the claim.
    pub meaning: String,
}

/// The claims of a token, in their order, with their meanings in the page's language.
pub fn claim_rows(t: &Texts, claims: &Map<String, Value>, now: Timestamp) -> Vec<ClaimRow> {
    claims
        .iter()
        .map(|(name, value)| {
            let key = format!("claim.{}", name.replace(':', "_"));
            let mut meaning = match t.get(&key) {
                text if text == key => String::new(),
                text => text.to_string(),
            };
            if matches!(
                name.as_str(),
                "exp" | "iat" | "auth_time" | "nbf" | "created_at" | "updated_at"
            ) && let Some(at) = value.as_i64()
            {
                let when = Timestamp::from_unix(at).to_rfc3339();
                let minutes = (at - now.unix()) / 60;
                let relative = match minutes {
                    0 => t.get("claim.just_now").to_string(),
                    1.. => t.count("claim.in_minutes", minutes),
                    _ => t.count("claim.minutes_ago", -minutes),
                };
                meaning = format!("{meaning} ({when}, {relative})");
            }
            ClaimRow {
                name: name.clone(),
                value: value.to_string(),
                meaning: meaning.trim().to_string(),
            }
        })
        .collect()
}

/// The result page.
#[derive(Template)]
#[template(path = "playground_result.html")]
pub struct ResultPage {
    /// Shared chrome.
    pub chrome: Chrome,
    /// The forms' CSRF token.
    pub csrf_token: String,
    /// The run the forms continue.
    pub run: String,
    /// `verified` when the ID token's signature checked out against the JWKS, else `failed`.
    pub signature: &'static str,
    /// The key that signed it (`kid`, algorithm).
    pub signing_key: String,
    /// The ID token's claims.
    pub id_claims: Vec<ClaimRow>,
    /// The access token's claims, when it is a JWT.
    pub access_claims: Vec<ClaimRow>,
    /// The organization token's claims, after that button.
    pub organization_claims: Vec<ClaimRow>,
    /// The userinfo response (pretty JSON), or why there is none.
    pub userinfo: String,
    /// Whether a refresh token came.
    pub has_refresh_token: bool,
    /// Organizations the user can get a token for, when the organizations scope was granted.
    pub organizations: Vec<Choice>,
    /// The raw tokens, for copying.
    pub raw: Vec<(&'static str, String)>,
    /// What went wrong (a refresh refused).
    pub error: Option<String>,
}

impl ResultPage {
    /// The key of the sentence that explains the signature check.
    pub fn signature_key(&self) -> String {
        format!("playground.signature.{}", self.signature)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Map, Value};

    use crate::model::timestamp::Timestamp;
    use crate::web::common::i18n::Texts;
    use crate::web::pages::playground::templates::claim_rows;

    /// Every claim doorman puts in an ID token, an access token or userinfo, as the code that
    /// inserts them names it (read from the source, so a claim added later is checked too).
    fn claim_names() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/oidc");
        let mut names = Vec::new();
        for file in ["claims.rs", "tokens.rs"] {
            let text = std::fs::read_to_string(root.join(file)).expect("an oidc source");
            for part in text.split(".insert(\"").skip(1) {
                let name = part.split('"').next().unwrap_or_default();
                // `events` is a logout token's, which the playground never shows.
                if name != "events" && !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
        }
        assert!(names.len() > 20, "found only {names:?}");
        names
    }

    #[test]
    fn every_claim_shown_has_a_meaning_in_every_language() {
        let names = claim_names();
        for lang in ["en", "de", "fr", "ko", "ru"] {
            let t = Texts::for_language(lang);
            let claims: Map<String, Value> =
                names.iter().map(|n| (n.clone(), Value::from(1))).collect();
            for row in claim_rows(&t, &claims, Timestamp::from_unix(0)) {
                assert!(
                    !row.meaning.is_empty(),
                    "{lang}: no meaning for {}",
                    row.name
                );
            }
        }
    }

    #[test]
    fn times_read_as_now_or_minutes_away() {
        let t = Texts::for_language("en");
        let now = Timestamp::from_unix(1_796_400_000);
        let claims: Map<String, Value> = [
            ("iat", 1_796_399_990),
            ("exp", 1_796_403_600),
            ("auth_time", 1_796_399_820),
        ]
        .into_iter()
        .map(|(name, at)| (name.to_string(), Value::from(at)))
        .collect();
        let rows = claim_rows(&t, &claims, now);
        assert!(
            rows[0].meaning.ends_with(", just now)"),
            "{}",
            rows[0].meaning
        );
        assert!(
            rows[1].meaning.ends_with(", in 60 minutes)"),
            "{}",
            rows[1].meaning
        );
        assert!(
            rows[2].meaning.ends_with(", 3 minutes ago)"),
            "{}",
            rows[2].meaning
        );
    }
}
