//! `doorman token issue`: tokens for CI and API tests, without a browser.

use clap::Subcommand;

use crate::cli::Session;
use crate::error::Result;
use crate::model::duration::parse_seconds;
use crate::ops::clients::tokens::IssueRequest;

#[derive(Debug, Subcommand)]
pub(crate) enum TokenCommand {
    /// Mint ID, access (and with offline_access, refresh) tokens for a user and app; audited
    Issue {
        /// User id, email, username or phone
        user: String,
        /// The app (client id or name)
        #[arg(long, value_name = "APP")]
        app: String,
        /// Scope (repeatable) [default: openid profile email]
        #[arg(long = "scope", value_name = "SCOPE")]
        scopes: Vec<String>,
        /// An API resource: the access token becomes a JWT for it
        #[arg(long, value_name = "URI")]
        resource: Option<String>,
        /// An organization: the access token becomes an organization token
        #[arg(long, value_name = "ORG")]
        org: Option<String>,
        /// Token lifetime, such as 15m or 1h (at most 1d) [default: the configured lifetimes]
        #[arg(long, value_name = "DURATION")]
        expires_in: Option<String>,
        /// How the ID token says the user signed in, an RFC 8176 value such as pwd, otp or mfa
        /// (repeatable) [default: pwd]
        #[arg(long = "amr", value_name = "METHOD")]
        amr: Vec<String>,
        /// The issuer to sign as [default: the config's, else the last `serve`'s, else init's]
        #[arg(long, value_name = "URL")]
        issuer: Option<String>,
    },
}

pub(crate) fn run(session: &Session, cmd: TokenCommand) -> Result<()> {
    let TokenCommand::Issue {
        user,
        app,
        scopes,
        resource,
        org,
        expires_in,
        amr,
        issuer: _,
    } = cmd;
    let expires_in = expires_in
        .as_deref()
        .map(|t| parse_seconds(t).map_err(|e| e.context("--expires-in")))
        .transpose()?;
    let scopes = if scopes.is_empty() {
        vec!["openid".into(), "profile".into(), "email".into()]
    } else {
        scopes
            .iter()
            .flat_map(|s| crate::oidc::scope::parse(s))
            .collect()
    };
    let mut doorman = session.open()?;
    let tokens = doorman.issue_tokens(IssueRequest {
        user,
        app,
        scopes,
        resource,
        organization: org,
        expires_in,
        amr,
    })?;
    session.printer.data(&tokens);
    Ok(())
}
