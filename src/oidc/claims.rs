//! User claims by scope, as Logto maps them, so an app written for a Logto SDK finds its claims
//! where it looks. Some claims are large or change often, so (as in Logto) they are served by
//! userinfo only and never baked into an ID token.

use serde_json::{Map, Value, json};

use crate::model::connector::Identity;
use crate::model::organization::Membership;
use crate::model::standard_claims::PROFILE_CLAIMS;
use crate::model::user::User;
use crate::oidc::scope::{self, ADDRESS, ORGANIZATION_ROLES, ORGANIZATIONS};

/// Every claim doorman can release, for discovery.
pub const SUPPORTED_CLAIMS: [&str; 40] = [
    "iss",
    "sub",
    "aud",
    "exp",
    "iat",
    "auth_time",
    "nonce",
    "at_hash",
    "sid",
    "amr",
    "name",
    "picture",
    "username",
    "given_name",
    "family_name",
    "middle_name",
    "nickname",
    "preferred_username",
    "profile",
    "website",
    "gender",
    "birthdate",
    "zoneinfo",
    "locale",
    "address",
    "created_at",
    "updated_at",
    "email",
    "email_verified",
    "phone_number",
    "phone_number_verified",
    "custom_data",
    "identities",
    "sso_identities",
    "organizations",
    "organization_data",
    "organization_roles",
    "client_id",
    "scope",
    "jti",
];

/// Where the claims are going.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Into an ID token.
    IdToken,
    /// Out of the userinfo endpoint.
    Userinfo,
}

/// The user's claims that `scopes` release, `sub` included.
pub fn user_claims(
    user: &User,
    standard: &Map<String, Value>,
    memberships: &[Membership],
    identities: &[Identity],
    scopes: &[String],
    audience: Audience,
) -> Map<String, Value> {
    let mut claims = Map::new();
    claims.insert("sub".into(), json!(user.id));
    let userinfo = audience == Audience::Userinfo;
    if scope::has(scopes, "profile") {
        claims.insert("name".into(), json!(user.name));
        claims.insert("picture".into(), json!(user.avatar_url));
        claims.insert("username".into(), json!(user.username));
        claims.insert("created_at".into(), json!(user.created_at.unix()));
        claims.insert("updated_at".into(), json!(user.updated_at.unix()));
        for (claim, _) in PROFILE_CLAIMS {
            if let Some(value) = standard.get(claim) {
                claims.insert(claim.into(), value.clone());
            }
        }
    }
    if scope::has(scopes, ADDRESS)
        && let Some(address) = standard.get(ADDRESS)
    {
        claims.insert(ADDRESS.into(), address.clone());
    }
    if scope::has(scopes, "email") {
        claims.insert("email".into(), json!(user.email));
        claims.insert("email_verified".into(), json!(user.email_verified));
    }
    if scope::has(scopes, "phone") {
        claims.insert("phone_number".into(), json!(user.phone));
        claims.insert("phone_number_verified".into(), json!(user.phone_verified));
    }
    if userinfo && scope::has(scopes, "custom_data") {
        claims.insert(
            "custom_data".into(),
            Value::Object(user.custom_data.clone()),
        );
    }
    if userinfo && scope::has(scopes, "identities") {
        // Logto's shapes: social identities by connector, SSO ones as a list.
        let social: Map<String, Value> = identities
            .iter()
            .filter(|i| !i.sso)
            .map(|i| {
                let linked = json!({ "userId": i.subject, "details": i.profile });
                (i.connector.clone(), linked)
            })
            .collect();
        let sso: Vec<Value> = identities
            .iter()
            .filter(|i| i.sso)
            .map(|i| json!({ "issuer": i.issuer, "identityId": i.subject, "detail": i.profile }))
            .collect();
        claims.insert("identities".into(), Value::Object(social));
        claims.insert("sso_identities".into(), Value::Array(sso));
    }
    if scope::has(scopes, ORGANIZATIONS) {
        let ids: Vec<&str> = memberships.iter().map(|m| m.id.as_str()).collect();
        claims.insert("organizations".into(), json!(ids));
        if userinfo {
            let data: Vec<Value> = memberships
                .iter()
                .map(|m| json!({ "id": m.id, "name": m.name }))
                .collect();
            claims.insert("organization_data".into(), Value::Array(data));
        }
    }
    if scope::has(scopes, ORGANIZATION_ROLES) {
        let roles: Vec<String> = memberships
            .iter()
            .flat_map(|m| m.roles.iter().map(move |r| format!("{}:{r}", m.id)))
            .collect();
        claims.insert("organization_roles".into(), json!(roles));
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::timestamp::Timestamp;

    fn user() -> User {
        User {
            id: "u1".into(),
            username: Some("ada".into()),
            email: Some("ada@example.com".into()),
            email_verified: true,
            phone: None,
            phone_verified: false,
            name: Some("Ada".into()),
            avatar_url: None,
            custom_data: Map::from_iter([("plan".to_string(), json!("pro"))]),
            claims: Map::new(),
            suspended: false,
            test_user: false,
            has_password: true,
            created_at: Timestamp::from_unix(1),
            updated_at: Timestamp::from_unix(2),
            last_sign_in_at: None,
        }
    }

    #[test]
    fn scopes_release_logto_claims() {
        let orgs = vec![Membership {
            id: "o1".into(),
            name: "Acme".into(),
            roles: vec!["admin".into(), "member".into()],
        }];
        let scopes = scope::parse(
            "openid profile email custom_data urn:logto:scope:organizations urn:logto:scope:organization_roles",
        );
        let info = user_claims(
            &user(),
            &Map::new(),
            &orgs,
            &[],
            &scopes,
            Audience::Userinfo,
        );
        assert_eq!(info["username"], "ada");
        assert_eq!(info["email_verified"], true);
        assert_eq!(info["custom_data"]["plan"], "pro");
        assert_eq!(info["organizations"], json!(["o1"]));
        assert_eq!(info["organization_roles"], json!(["o1:admin", "o1:member"]));
        assert!(!info.contains_key("phone_number"));
        let id = user_claims(&user(), &Map::new(), &orgs, &[], &scopes, Audience::IdToken);
        assert!(!id.contains_key("custom_data"), "userinfo only");
        assert!(!id.contains_key("organization_data"), "userinfo only");
        let bare = user_claims(
            &user(),
            &Map::new(),
            &orgs,
            &[],
            &scope::parse("openid"),
            Audience::Userinfo,
        );
        assert_eq!(bare.len(), 1, "{bare:?}");
        let standard = Map::from_iter([
            ("given_name".to_string(), json!("Ada")),
            ("address".to_string(), json!({ "country": "DE" })),
        ]);
        let profile = user_claims(
            &user(),
            &standard,
            &[],
            &[],
            &scope::parse("openid profile"),
            Audience::IdToken,
        );
        assert_eq!(profile["given_name"], "Ada");
        assert!(
            !profile.contains_key("address"),
            "the address scope releases it"
        );
        let address = user_claims(
            &user(),
            &standard,
            &[],
            &[],
            &scope::parse("openid address"),
            Audience::IdToken,
        );
        assert_eq!(address["address"]["country"], "DE");
    }
}
