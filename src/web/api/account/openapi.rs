//! The Account API's and the security verification routes' part of `GET /api/swagger.json`
//! (see [`openapi`](crate::web::api::openapi), which makes the document and is proven against
//! the routing code by a test).

use crate::web::api::route_table::{Route, route};

const A: &str = "Account";
const V: &str = "Verifications";

/// Every route under `/api/my-account` and `/api/verifications`.
pub const ACCOUNT_ROUTES: &[Route] = &[
    route("GET", "/api/my-account", A, "The signed-in user's account"),
    route(
        "PATCH",
        "/api/my-account",
        A,
        "Update name, avatar, username, custom data",
    ),
    route(
        "DELETE",
        "/api/my-account",
        A,
        "Delete the account (doorman's addition)",
    ),
    route(
        "PATCH",
        "/api/my-account/profile",
        A,
        "Update the profile claims",
    ),
    route("POST", "/api/my-account/password", A, "Set a new password"),
    route(
        "POST",
        "/api/my-account/primary-email",
        A,
        "Add or replace the email",
    ),
    route(
        "DELETE",
        "/api/my-account/primary-email",
        A,
        "Remove the email",
    ),
    route(
        "POST",
        "/api/my-account/primary-phone",
        A,
        "Add or replace the phone",
    ),
    route(
        "DELETE",
        "/api/my-account/primary-phone",
        A,
        "Remove the phone",
    ),
    route(
        "DELETE",
        "/api/my-account/identities/{target}",
        A,
        "Unlink an identity",
    ),
    route(
        "GET",
        "/api/my-account/mfa-verifications",
        A,
        "List second factors",
    ),
    route(
        "POST",
        "/api/my-account/mfa-verifications",
        A,
        "Add a second factor",
    ),
    route(
        "POST",
        "/api/my-account/mfa-verifications/totp-secret/generate",
        A,
        "A new authenticator secret",
    ),
    route(
        "POST",
        "/api/my-account/mfa-verifications/backup-codes/generate",
        A,
        "New backup codes",
    ),
    route(
        "DELETE",
        "/api/my-account/mfa-verifications/{verificationId}",
        A,
        "Remove a second factor",
    ),
    route(
        "PUT",
        "/api/my-account/mfa-verifications/totp",
        A,
        "Replace the authenticator app",
    ),
    route(
        "PATCH",
        "/api/my-account/mfa-verifications/{verificationId}/name",
        A,
        "Name a passkey",
    ),
    route(
        "GET",
        "/api/my-account/mfa-settings",
        A,
        "Whether the second factor is skipped at sign-in",
    ),
    route(
        "PATCH",
        "/api/my-account/mfa-settings",
        A,
        "Skip the second factor at sign-in, or not",
    ),
    route(
        "GET",
        "/api/my-account/personal-access-tokens",
        A,
        "List personal access tokens",
    ),
    route(
        "POST",
        "/api/my-account/personal-access-tokens",
        A,
        "Make a personal access token",
    ),
    route(
        "DELETE",
        "/api/my-account/personal-access-tokens/{name}",
        A,
        "Revoke a personal access token",
    ),
    route("GET", "/api/my-account/sessions", A, "List sessions"),
    route(
        "DELETE",
        "/api/my-account/sessions/{sessionId}",
        A,
        "End a session",
    ),
    route("GET", "/api/my-account/grants", A, "List authorized apps"),
    route(
        "DELETE",
        "/api/my-account/grants/{grantId}",
        A,
        "Revoke an app",
    ),
    route(
        "POST",
        "/api/verifications/password",
        V,
        "Verify by password",
    ),
    route(
        "POST",
        "/api/verifications/verification-code",
        V,
        "Send a verification code",
    ),
    route(
        "POST",
        "/api/verifications/verification-code/verify",
        V,
        "Verify a code",
    ),
    route(
        "POST",
        "/api/verifications/totp/verify",
        V,
        "Verify by authenticator app",
    ),
    route(
        "POST",
        "/api/verifications/web-authn/registration",
        V,
        "Start registering a passkey",
    ),
    route(
        "POST",
        "/api/verifications/web-authn/registration/verify",
        V,
        "Prove a new passkey",
    ),
    route(
        "POST",
        "/api/verifications/web-authn/authentication",
        V,
        "Start verifying by passkey",
    ),
    route(
        "POST",
        "/api/verifications/web-authn/authentication/verify",
        V,
        "Verify by passkey",
    ),
];
