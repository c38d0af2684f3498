//! The one integration-test binary: black-box tests of the built `doorman` executable.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod browser;
mod browser_flows;
mod browser_passkeys;
mod browser_playground;
mod cli_apps;
mod cli_errors;
mod cli_invitations;
mod cli_keys;
mod cli_orgs;
mod cli_prompts;
mod cli_rbac;
mod cli_seed;
mod cli_seed_input;
mod cli_settings;
mod cli_users;
mod code_limits;
mod completions;
mod csrf;
mod http_floods;
mod http_transport;
mod logto_compat;
mod logto_sdk;
mod mfa;
mod oidc_flow;
mod oidc_logout;
mod oidc_security;
mod oidc_tokens;
mod org_apps;
mod outbox_retention;
mod pages_account;
mod serve_shutdown;
mod server;
mod sign_in_limits;
mod util;
