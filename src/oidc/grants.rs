//! The checks of the token endpoint's user grants, as plain values and a clock: the
//! authorization_code grant (RFC 6749 §4.1.3, RFC 7636 §4.6) and the refresh_token grant
//! (RFC 6749 §6). The checks of the code's own client come first; the others
//! ([`code_redemption`]) decide whether the exchange succeeds. Only a successful exchange spends
//! a code, so a request with a wrong verifier cannot burn the code of the client that holds the
//! right one; a spent code shown again is a replay whatever else is wrong with it.

use crate::model::timestamp::Timestamp;
use crate::oidc::error::OAuthError;
use crate::oidc::{pkce, scope};

/// What the token endpoint knows of an authorization code it was shown.
#[derive(Debug, Clone, Copy)]
pub struct CodeFacts<'a> {
    /// The client its grant was issued to.
    pub client_id: &'a str,
    /// The redirect URI of the authorization request.
    pub redirect_uri: &'a str,
    /// The PKCE challenge of the authorization request.
    pub code_challenge: Option<&'a str>,
    /// When the code lapses.
    pub expires_at: Timestamp,
    /// Whether its grant was revoked.
    pub grant_revoked: bool,
}

/// What a token request presented with a code.
#[derive(Debug, Clone, Copy)]
pub struct CodeRedemption<'a> {
    /// The authenticated client.
    pub client_id: &'a str,
    /// `redirect_uri`.
    pub redirect_uri: Option<&'a str>,
    /// `code_verifier`.
    pub code_verifier: Option<&'a str>,
}

/// Only its own client may redeem a code (another client's attempt must not burn it or learn
/// that it was used).
pub fn code_client(code: &CodeFacts<'_>, asked: &CodeRedemption<'_>) -> Result<(), OAuthError> {
    if code.client_id != asked.client_id {
        return Err(OAuthError::invalid_grant(
            "the authorization code was issued to another client",
        ));
    }
    Ok(())
}

/// Whether the exchange may succeed: expiry, revocation, the exact redirect URI and the PKCE
/// verifier.
pub fn code_redemption(
    code: &CodeFacts<'_>,
    asked: &CodeRedemption<'_>,
    now: Timestamp,
) -> Result<(), OAuthError> {
    if code.expires_at <= now {
        return Err(OAuthError::invalid_grant(
            "the authorization code has expired",
        ));
    }
    if code.grant_revoked {
        return Err(OAuthError::invalid_grant("the grant was revoked"));
    }
    if asked.redirect_uri != Some(code.redirect_uri) {
        return Err(OAuthError::invalid_grant(
            "redirect_uri does not match the authorization request",
        ));
    }
    match (code.code_challenge, asked.code_verifier) {
        (Some(challenge), Some(v)) if pkce::verify(v, challenge) => Ok(()),
        (Some(_), _) => Err(OAuthError::invalid_grant(
            "code_verifier does not match the code_challenge",
        )),
        (None, Some(_)) => Err(OAuthError::invalid_grant(
            "code_verifier sent but the authorization request had no code_challenge",
        )),
        (None, None) => Ok(()),
    }
}

/// What the token endpoint knows of a refresh token it was shown.
#[derive(Debug, Clone, Copy)]
pub struct RefreshFacts<'a> {
    /// The client it was issued to.
    pub client_id: &'a str,
    /// Whether the token or its grant was revoked.
    pub revoked: bool,
    /// When it lapses.
    pub expires_at: Timestamp,
}

/// Before the refresh token is spent: its own client, and not revoked.
pub fn refresh_client(token: &RefreshFacts<'_>, client_id: &str) -> Result<(), OAuthError> {
    if token.client_id != client_id {
        return Err(OAuthError::invalid_grant(
            "the refresh token was issued to another client",
        ));
    }
    if token.revoked {
        return Err(OAuthError::invalid_grant("the refresh token was revoked"));
    }
    Ok(())
}

/// After the refresh token is spent: not expired.
pub fn refresh_expiry(token: &RefreshFacts<'_>, now: Timestamp) -> Result<(), OAuthError> {
    if token.expires_at <= now {
        return Err(OAuthError::invalid_grant("the refresh token has expired"));
    }
    Ok(())
}

/// The scopes a refreshed token carries: the grant's, or the narrower set asked for (never
/// more than was granted, RFC 6749 §6). A narrower set must keep `offline_access`: the refresh
/// spends the token it was given, and without that scope no successor would be issued, so the
/// client would lose its grant to a request that only meant to narrow one access token.
pub fn narrowed_scope(granted: &[String], requested: Option<&str>) -> Result<String, OAuthError> {
    match requested {
        None => Ok(scope::join(granted)),
        Some(wanted) => {
            let wanted = scope::parse(wanted);
            if !scope::covers(granted, &wanted) {
                return Err(OAuthError::new(
                    "invalid_scope",
                    "the requested scope exceeds what was granted",
                ));
            }
            if scope::has(granted, scope::OFFLINE_ACCESS)
                && !scope::has(&wanted, scope::OFFLINE_ACCESS)
            {
                return Err(OAuthError::new(
                    "invalid_scope",
                    "a narrower scope must keep 'offline_access'; the refresh token was not spent",
                ));
            }
            Ok(scope::join(&wanted))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;
    // RFC 7636 appendix B.
    const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    fn code(expires_in: i64) -> CodeFacts<'static> {
        CodeFacts {
            client_id: "portal",
            redirect_uri: "http://127.0.0.1/cb",
            code_challenge: Some(CHALLENGE),
            expires_at: Timestamp::from_unix(NOW + expires_in),
            grant_revoked: false,
        }
    }

    fn asked(verifier: Option<&'static str>) -> CodeRedemption<'static> {
        CodeRedemption {
            client_id: "portal",
            redirect_uri: Some("http://127.0.0.1/cb"),
            code_verifier: verifier,
        }
    }

    fn refused(result: Result<(), OAuthError>) -> String {
        result.expect_err("refused").error_description
    }

    const AT: Timestamp = Timestamp::from_unix(NOW);

    #[test]
    fn a_good_code_passes_until_it_expires() {
        assert!(code_client(&code(60), &asked(Some(VERIFIER))).is_ok());
        assert!(code_redemption(&code(60), &asked(Some(VERIFIER)), AT).is_ok());
        assert!(code_redemption(&code(1), &asked(Some(VERIFIER)), AT).is_ok());
        assert!(refused(code_redemption(&code(0), &asked(Some(VERIFIER)), AT)).contains("expired"));
    }

    #[test]
    fn another_client_cannot_redeem_a_code() {
        let other = CodeRedemption {
            client_id: "intruder",
            ..asked(Some(VERIFIER))
        };
        assert!(refused(code_client(&code(60), &other)).contains("another client"));
    }

    #[test]
    fn the_redirect_uri_must_match_exactly() {
        for uri in [
            None,
            Some("http://127.0.0.1/cb/"),
            Some("http://127.0.0.1/CB"),
        ] {
            let wrong = CodeRedemption {
                redirect_uri: uri,
                ..asked(Some(VERIFIER))
            };
            assert!(refused(code_redemption(&code(60), &wrong, AT)).contains("redirect_uri"));
        }
    }

    #[test]
    fn pkce_is_checked_both_ways() {
        assert!(refused(code_redemption(&code(60), &asked(None), AT)).contains("code_verifier"));
        assert!(
            refused(code_redemption(
                &code(60),
                &asked(Some("wrong-verifier")),
                AT
            ))
            .contains("does not match")
        );
        let plain = CodeFacts {
            code_challenge: None,
            ..code(60)
        };
        assert!(code_redemption(&plain, &asked(None), AT).is_ok());
        assert!(
            refused(code_redemption(&plain, &asked(Some(VERIFIER)), AT))
                .contains("had no code_challenge")
        );
    }

    #[test]
    fn a_revoked_grant_refuses_its_code() {
        let revoked = CodeFacts {
            grant_revoked: true,
            ..code(60)
        };
        assert!(refused(code_redemption(&revoked, &asked(Some(VERIFIER)), AT)).contains("revoked"));
    }

    #[test]
    fn refresh_tokens_belong_to_their_client_and_lapse() {
        let token = RefreshFacts {
            client_id: "portal",
            revoked: false,
            expires_at: Timestamp::from_unix(NOW + 10),
        };
        assert!(refresh_client(&token, "portal").is_ok());
        assert!(refused(refresh_client(&token, "other")).contains("another client"));
        let revoked = RefreshFacts {
            revoked: true,
            ..token
        };
        assert!(refused(refresh_client(&revoked, "portal")).contains("revoked"));
        assert!(refresh_expiry(&token, AT).is_ok());
        assert!(
            refused(refresh_expiry(&token, Timestamp::from_unix(NOW + 10))).contains("expired")
        );
    }

    #[test]
    fn a_refresh_may_narrow_but_never_widen_the_scope() {
        let granted = scope::parse("openid email offline_access");
        assert_eq!(
            narrowed_scope(&granted, None).unwrap(),
            "openid email offline_access"
        );
        assert_eq!(
            narrowed_scope(&granted, Some("openid offline_access")).unwrap(),
            "openid offline_access"
        );
        let wider = narrowed_scope(&granted, Some("openid phone")).unwrap_err();
        assert_eq!(wider.error, "invalid_scope");
        let spent = narrowed_scope(&granted, Some("openid")).unwrap_err();
        assert!(
            spent.error_description.contains("offline_access"),
            "{spent:?}"
        );
        let no_refresh = scope::parse("openid email");
        assert_eq!(
            narrowed_scope(&no_refresh, Some("openid")).unwrap(),
            "openid"
        );
    }
}
