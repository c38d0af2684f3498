//! The hosted account center's own client: `/account` signs its visitors in through the usual
//! sign-in pages as an authorization request of this built-in client, which ends back on
//! `/account` with the session and never with a code or a token.

use crate::error::Result;
use crate::ops::Doorman;
use crate::ops::clients::built_in::BuiltIn;

/// The built-in client's id.
pub const CLIENT_ID: &str = "doorman-account";
/// Where the account center lives on doorman's origin (and its client's redirect URI).
pub const PATH: &str = "/account";
/// The meta key that says the client was registered once.
const REGISTERED: &str = "account_client_registered";

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
