//! The hosted pages' own client: `/account` and the invitation page sign their visitors in
//! through the usual sign-in pages as an authorization request of this built-in client, which
//! ends back on the page that started it with the session, and never with a code or a token.

use crate::error::Result;
use crate::ops::Doorman;
use crate::ops::clients::built_in::BuiltIn;

/// The built-in client's id.
pub const CLIENT_ID: &str = "doorman-account";
/// Where the account center lives on doorman's origin (and its client's redirect URI).
pub const PATH: &str = "/account";
/// The meta key that says the client was registered once.
const REGISTERED: &str = "account_client_registered";

/// Where a sign-in of this client goes back to: the page that started it, as its `state`
/// names it (`/account`, or an invitation's page), else the account center. Only doorman's own
/// pages: the client never sends anyone elsewhere.
pub fn return_path(state: Option<&str>) -> &str {
    match state {
        Some(path) if is_return_path(path) => path,
        _ => PATH,
    }
}

/// Whether `path` is a page a sign-in of this client may return to.
pub fn is_return_path(path: &str) -> bool {
    path == PATH
        || path
            .strip_prefix("/invitation/")
            .is_some_and(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl Doorman {
    /// Registers the account center's client pointed at `origin` (on a visit to `/account`).
    pub fn register_account_center(&mut self, origin: &str) -> Result<()> {
        self.register_built_in(&BuiltIn {
            client_id: CLIENT_ID,
            name: "Account center",
            registered_key: REGISTERED,
            redirect_uri: format!("{origin}{PATH}"),
            post_logout_redirect_uri: format!("{origin}{PATH}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sign_in_returns_only_to_doormans_own_pages() {
        assert_eq!(
            return_path(Some("/invitation/abc123")),
            "/invitation/abc123"
        );
        assert_eq!(return_path(Some("/account")), "/account");
        for elsewhere in [
            "https://evil.test/",
            "//evil.test",
            "/invitation/",
            "/invitation/a/../../x",
            "/invitation/a?next=//evil.test",
            "/sign-out",
        ] {
            assert_eq!(return_path(Some(elsewhere)), PATH, "{elsewhere}");
        }
        assert_eq!(return_path(None), PATH);
    }
}
