//! Bearer authentication for the JSON APIs, as Logto's `koaAuth` and `koaOidcAuth` do it: the
//! token must be live, be for the API's audience (a resource indicator, or no resource at all
//! for an API of doorman itself, which takes the user's opaque access token) and carry the
//! scopes the route needs. The caller it names (a user, or an app acting as itself) is who the
//! operation acts for and who the audit log names.

use crate::model::principal::Principal;
use crate::ops::Doorman;
use crate::ops::clients::tokens::bearer::BearerGrant;
use crate::web::api::error::ApiError;
use crate::web::common::http::Request;

/// Which tokens an API takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience<'a> {
    /// A user's opaque access token from `/oidc/token` without a `resource` (Logto's Account
    /// API): good at doorman itself.
    Doorman,
    /// A JWT access token for this API resource indicator (Logto's Management API).
    Resource(&'a str),
}

/// Who called, once the token checked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// A user, or a machine-to-machine app acting as itself.
    pub principal: Principal,
    /// The user's id, or the app's client id.
    pub id: String,
    /// The client the token was issued to.
    pub client_id: String,
    /// The token's scopes.
    pub scopes: Vec<String>,
    /// The browser session behind a user's opaque token.
    pub session_id: Option<String>,
}

impl Caller {
    /// How the audit log names this caller (`user:<id>`, `app:<client id>`).
    pub fn actor(&self) -> String {
        format!("{}:{}", self.principal.as_str(), self.id)
    }

    /// Whether the token carries `scope`.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }
}

/// Checks the request's bearer token for `audience` and every one of `scopes`, with Logto's
/// codes: no `Authorization` header 401 `auth.authorization_header_missing`, another scheme 401
/// `auth.authorization_token_type_not_supported`, a token that is not live or is for another
/// audience 401 `auth.unauthorized`, a missing scope 403 `auth.forbidden`.
pub fn authenticate(
    doorman: &Doorman,
    request: &Request,
    audience: Audience<'_>,
    scopes: &[&str],
) -> Result<Caller, ApiError> {
    let token = bearer_token(request)?;
    let grant = doorman
        .bearer_grant(token)?
        .filter(|grant| fits(grant, audience))
        .ok_or_else(unauthorized)?;
    let caller = Caller {
        principal: if grant.user_id.is_some() {
            Principal::User
        } else {
            Principal::App
        },
        id: grant.user_id.unwrap_or_else(|| grant.client_id.clone()),
        client_id: grant.client_id,
        scopes: grant.scopes,
        session_id: grant.session_id,
    };
    if let Some(missing) = scopes.iter().find(|s| !caller.has_scope(s)) {
        return Err(ApiError::new(
            403,
            "auth.forbidden",
            "Forbidden. Please check your user roles and permissions.",
        )
        .with_details(format!("the token does not carry the scope '{missing}'"))
        .with_header(
            "WWW-Authenticate",
            format!(
                "Bearer error=\"insufficient_scope\", scope=\"{}\"",
                scopes.join(" ")
            ),
        ));
    }
    Ok(caller)
}

/// The token of `Authorization: Bearer <token>`.
fn bearer_token(request: &Request) -> Result<&str, ApiError> {
    let Some(value) = request.header("authorization") else {
        return Err(ApiError::new(
            401,
            "auth.authorization_header_missing",
            "Authorization header is missing.",
        )
        .with_header("WWW-Authenticate", "Bearer"));
    };
    request.bearer().ok_or_else(|| {
        let scheme = value.split(' ').next().unwrap_or_default();
        ApiError::new(
            401,
            "auth.authorization_token_type_not_supported",
            "Authorization type is not supported.",
        )
        .with_data(serde_json::json!({ "supportedTypes": ["Bearer"] }))
        .with_details(format!("the scheme '{scheme}' is not Bearer"))
        .with_header("WWW-Authenticate", "Bearer")
    })
}

/// Whether a live token is for this API: an opaque user token for doorman itself, a JWT whose
/// `aud` is the resource for a resource.
fn fits(grant: &BearerGrant, audience: Audience<'_>) -> bool {
    match audience {
        Audience::Doorman => grant.audience.is_none() && grant.user_id.is_some(),
        Audience::Resource(indicator) => grant.audience.as_deref() == Some(indicator),
    }
}

fn unauthorized() -> ApiError {
    ApiError::new(
        401,
        "auth.unauthorized",
        "Unauthorized. Please check credentials and its scope.",
    )
    .with_header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(user: Option<&str>, audience: Option<&str>) -> BearerGrant {
        BearerGrant {
            user_id: user.map(str::to_string),
            client_id: "web".into(),
            scopes: vec!["openid".into()],
            audience: audience.map(str::to_string),
            session_id: None,
        }
    }

    #[test]
    fn doorman_takes_a_users_opaque_token_and_a_resource_its_own_jwts() {
        let opaque = grant(Some("u1"), None);
        let jwt = grant(Some("u1"), Some("https://api.test"));
        let app_jwt = grant(None, Some("https://api.test"));
        assert!(fits(&opaque, Audience::Doorman));
        assert!(!fits(&jwt, Audience::Doorman));
        assert!(!fits(&app_jwt, Audience::Doorman));
        assert!(fits(&jwt, Audience::Resource("https://api.test")));
        assert!(fits(&app_jwt, Audience::Resource("https://api.test")));
        assert!(!fits(&jwt, Audience::Resource("https://other.test")));
        assert!(!fits(&opaque, Audience::Resource("https://api.test")));
    }

    #[test]
    fn the_audit_log_names_users_and_apps() {
        let caller = |principal, id: &str| Caller {
            principal,
            id: id.into(),
            client_id: "admin".into(),
            scopes: vec!["all".into()],
            session_id: None,
        };
        assert_eq!(caller(Principal::User, "u1").actor(), "user:u1");
        assert_eq!(caller(Principal::App, "admin").actor(), "app:admin");
        assert!(caller(Principal::App, "admin").has_scope("all"));
    }
}
