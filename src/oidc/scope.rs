//! The scopes doorman understands, with Logto's names, and the small set algebra grants need.

/// The OpenID scope every authorization request must carry.
pub const OPENID: &str = "openid";
/// Asks for a refresh token.
pub const OFFLINE_ACCESS: &str = "offline_access";
/// Logto's scope for the `organizations` claim.
pub const ORGANIZATIONS: &str = "urn:logto:scope:organizations";
/// Logto's scope for the `organization_roles` claim.
pub const ORGANIZATION_ROLES: &str = "urn:logto:scope:organization_roles";
/// The standard scope of the `address` claim (OIDC Core §5.4).
pub const ADDRESS: &str = "address";
/// Logto's scope for the Account API's sessions and authorized apps; it adds no claims.
pub const SESSIONS: &str = "urn:logto:scope:sessions";

/// Every user scope doorman grants, in discovery order.
pub const SUPPORTED: [&str; 11] = [
    OPENID,
    "profile",
    "email",
    "phone",
    ADDRESS,
    OFFLINE_ACCESS,
    "custom_data",
    "identities",
    ORGANIZATIONS,
    ORGANIZATION_ROLES,
    SESSIONS,
];

/// The scopes of `granted` that mean something at doorman itself ([`SUPPORTED`]): what an opaque
/// access token, good only at `/oidc/me` and doorman's own APIs, carries. An API's permissions
/// asked for at sign-in belong in that API's JWT, never in the opaque token.
pub fn user_scopes(granted: &[String]) -> Vec<String> {
    granted
        .iter()
        .filter(|s| SUPPORTED.contains(&s.as_str()))
        .cloned()
        .collect()
}

/// Splits a space-separated scope string, dropping repeats and empty parts.
pub fn parse(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split(' ').filter(|p| !p.is_empty()) {
        if !out.iter().any(|s| s == part) {
            out.push(part.to_string());
        }
    }
    out
}

/// Joins scopes back into the wire form.
pub fn join(scopes: &[String]) -> String {
    scopes.join(" ")
}

/// Whether a scope list holds `scope`.
pub fn has(scopes: &[String], scope: &str) -> bool {
    scopes.iter().any(|s| s == scope)
}

/// The scopes of `wanted` that `allowed` holds, in `wanted`'s order.
pub fn intersect(wanted: &[String], allowed: &[String]) -> Vec<String> {
    wanted.iter().filter(|s| has(allowed, s)).cloned().collect()
}

/// Whether every scope of `wanted` is in `allowed`.
pub fn covers(allowed: &[String], wanted: &[String]) -> bool {
    wanted.iter().all(|s| has(allowed, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_drops_repeats_and_blanks() {
        assert_eq!(parse("openid  email openid"), vec!["openid", "email"]);
        assert!(covers(&parse("openid email"), &parse("email")));
        assert!(!covers(&parse("openid"), &parse("email")));
        assert_eq!(
            intersect(&parse("a b c"), &parse("c a")),
            vec!["a".to_string(), "c".to_string()]
        );
    }

    #[test]
    fn an_opaque_token_carries_only_the_scopes_doorman_knows() {
        let granted = parse("openid email read:items admin offline_access");
        assert_eq!(join(&user_scopes(&granted)), "openid email offline_access");
    }
}
