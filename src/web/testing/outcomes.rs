//! Scripted outcomes (`/dev/next`): one-shot answers queued for the next authorization or
//! token request, so an app's tests can reach the error paths a real provider takes only on a
//! bad day — an OAuth error at the callback, a failing or slow token endpoint, a token with the
//! claims a test needs.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::oidc::error::OAuthError;
use crate::oidc::jwt;
use crate::ops::Doorman;
use crate::ops::clients::tokens::TokenResponse;
use crate::web::api::body;
use crate::web::api::error::{ApiAnswer, ApiError};
use crate::web::common::http::{Request, Response};
use crate::web::testing::controls::{Outcome, Queued, TestControls};

/// The errors an authorization may be scripted to answer (RFC 6749 §4.1.2.1, OIDC Core §3.1.2.6).
const AUTHORIZATION_ERRORS: &[&str] = &[
    "access_denied",
    "login_required",
    "consent_required",
    "interaction_required",
    "account_selection_required",
    "server_error",
    "temporarily_unavailable",
    "invalid_request",
    "invalid_scope",
    "unauthorized_client",
];

/// The errors a token request may be scripted to answer (RFC 6749 §5.2; `server_error`
/// answers HTTP 500).
const TOKEN_ERRORS: &[&str] = &[
    "invalid_grant",
    "invalid_client",
    "invalid_request",
    "invalid_scope",
    "unauthorized_client",
    "unsupported_grant_type",
    "server_error",
];

/// The longest a token response may be held back: longer than any client's timeout, short
/// enough that a forgotten delay does not hang a worker for long.
const MAX_DELAY_MS: u64 = 60_000;

/// The body of `POST /dev/next`: one outcome, optionally for one client.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QueueBody {
    client_id: Option<String>,
    authorization: Option<ErrorBody>,
    token: Option<TokenBody>,
    id_token: Option<ClaimsBody>,
    access_token: Option<ClaimsBody>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ErrorBody {
    error: String,
    error_description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenBody {
    error: Option<String>,
    error_description: Option<String>,
    delay_ms: Option<u64>,
    status: Option<u16>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimsBody {
    claims: Map<String, Value>,
}

/// `POST /dev/next`: queues one outcome.
pub fn queue(controls: &TestControls, request: &Request) -> ApiAnswer {
    let body: QueueBody = body::json(request)?;
    let outcome = outcome_of(
        body.authorization,
        body.token,
        body.id_token,
        body.access_token,
    )?;
    let queued = Queued {
        client_id: body.client_id,
        outcome,
    };
    let shown = describe(&queued);
    controls
        .queue
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(queued);
    Ok(Response::no_store_json(201, &shown))
}

/// `GET /dev/next`: what is queued, in the order it will be used.
pub fn list(controls: &TestControls) -> ApiAnswer {
    let queue = controls.queue.lock().unwrap_or_else(|p| p.into_inner());
    let shown: Vec<Value> = queue.iter().map(describe).collect();
    Ok(Response::no_store_json(200, &shown))
}

/// `DELETE /dev/next`: clears the queue.
pub fn clear(controls: &TestControls) -> ApiAnswer {
    controls
        .queue
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clear();
    Ok(Response::empty(204))
}

fn outcome_of(
    authorization: Option<ErrorBody>,
    token: Option<TokenBody>,
    id_token: Option<ClaimsBody>,
    access_token: Option<ClaimsBody>,
) -> Result<Outcome, ApiError> {
    let given = [
        authorization.is_some(),
        token.is_some(),
        id_token.is_some(),
        access_token.is_some(),
    ];
    if given.iter().filter(|g| **g).count() != 1 {
        return Err(ApiError::invalid_input(
            "body",
            "give exactly one of authorization, token, id_token and access_token",
        ));
    }
    if let Some(ErrorBody {
        error,
        error_description,
    }) = authorization
    {
        return Ok(Outcome::Authorization {
            error: known(AUTHORIZATION_ERRORS, "authorization.error", &error)?,
            error_description: error_description.unwrap_or_else(|| scripted(&error)),
        });
    }
    if let Some(token) = token {
        return match (token.error, token.delay_ms, token.status) {
            (None, None, Some(status)) if (400..=599).contains(&status) => {
                Ok(Outcome::TokenStatus { status })
            }
            (None, None, Some(status)) => Err(ApiError::invalid_input(
                "body",
                format!("token.status {status} is not an HTTP error status (400-599)"),
            )),
            (Some(error), None, None) => Ok(Outcome::TokenError {
                error: known(TOKEN_ERRORS, "token.error", &error)?,
                error_description: token.error_description.unwrap_or_else(|| scripted(&error)),
            }),
            (None, Some(delay_ms), None) if delay_ms <= MAX_DELAY_MS => {
                Ok(Outcome::TokenDelay { delay_ms })
            }
            (None, Some(delay_ms), None) => Err(ApiError::invalid_input(
                "body",
                format!("token.delay_ms {delay_ms} is over {MAX_DELAY_MS}"),
            )),
            _ => Err(ApiError::invalid_input(
                "body",
                "token takes one of error, status and delay_ms",
            )),
        };
    }
    Ok(match (id_token, access_token) {
        (Some(body), _) => Outcome::IdTokenClaims {
            claims: body.claims,
        },
        (_, Some(body)) => Outcome::AccessTokenClaims {
            claims: body.claims,
        },
        _ => unreachable!("exactly one outcome was given"),
    })
}

/// `value` if it is one of `allowed`, as the static name the OAuth error carries.
fn known(allowed: &[&'static str], field: &str, value: &str) -> Result<&'static str, ApiError> {
    allowed
        .iter()
        .find(|a| **a == value)
        .copied()
        .ok_or_else(|| {
            ApiError::invalid_input(
                "body",
                format!("{field} '{value}' is not one of {}", allowed.join(", ")),
            )
        })
}

fn scripted(error: &str) -> String {
    format!("{error} (scripted by /dev/next)")
}

/// A queued outcome as `GET /dev/next` shows it: the shape `POST` takes.
fn describe(queued: &Queued) -> Value {
    let mut shown = match &queued.outcome {
        Outcome::Authorization {
            error,
            error_description,
        } => json!({ "authorization": { "error": error, "error_description": error_description } }),
        Outcome::TokenError {
            error,
            error_description,
        } => json!({ "token": { "error": error, "error_description": error_description } }),
        Outcome::TokenDelay { delay_ms } => json!({ "token": { "delay_ms": delay_ms } }),
        Outcome::TokenStatus { status } => json!({ "token": { "status": status } }),
        Outcome::IdTokenClaims { claims } => json!({ "id_token": { "claims": claims } }),
        Outcome::AccessTokenClaims { claims } => json!({ "access_token": { "claims": claims } }),
    };
    if let Some(client_id) = &queued.client_id {
        shown["client_id"] = json!(client_id);
    }
    shown
}

/// The OAuth error the next authorization request of `client_id` is scripted to answer.
pub fn authorization_error(controls: &TestControls, client_id: &str) -> Option<OAuthError> {
    controls.take(Some(client_id), |outcome| match outcome {
        Outcome::Authorization {
            error,
            error_description,
        } => Some(OAuthError::new(error, error_description.clone())),
        _ => None,
    })
}

/// What a token request's script says before it runs: fail with an error, or be held back.
pub enum BeforeToken {
    /// Answer this error instead.
    Fail(OAuthError),
    /// Answer as usual, this many milliseconds late.
    Delay(u64),
}

/// The scripted failure or delay for the next token request of `client_id`.
pub fn before_token(controls: &TestControls, client_id: Option<&str>) -> Option<BeforeToken> {
    controls.take(client_id, |outcome| match outcome {
        Outcome::TokenError {
            error,
            error_description,
        } => Some(BeforeToken::Fail(OAuthError::new(
            error,
            error_description.clone(),
        ))),
        Outcome::TokenDelay { delay_ms } => Some(BeforeToken::Delay(*delay_ms)),
        Outcome::TokenStatus { status } => {
            let error = if *status == 503 {
                "temporarily_unavailable"
            } else {
                "server_error"
            };
            Some(BeforeToken::Fail(
                OAuthError::new(error, scripted(error)).with_status(*status),
            ))
        }
        _ => None,
    })
}

/// Puts the queued claims for `client_id` into the tokens just issued, signed again with the
/// current key: the next ID token (when there is one) and the next JWT access token (when the
/// access token is one). An opaque access token leaves its claims queued.
pub fn add_claims(
    controls: &TestControls,
    doorman: &Doorman,
    client_id: &str,
    tokens: &mut TokenResponse,
) -> crate::Result<()> {
    if let Some(id_token) = &tokens.id_token
        && let Some(claims) = controls.take(Some(client_id), |outcome| match outcome {
            Outcome::IdTokenClaims { claims } => Some(claims.clone()),
            _ => None,
        })
    {
        tokens.id_token = Some(resign(doorman, id_token, None, &claims)?);
    }
    if jwt::looks_like_jwt(&tokens.access_token)
        && let Some(claims) = controls.take(Some(client_id), |outcome| match outcome {
            Outcome::AccessTokenClaims { claims } => Some(claims.clone()),
            _ => None,
        })
    {
        tokens.access_token = resign(
            doorman,
            &tokens.access_token,
            Some(jwt::ACCESS_TOKEN_TYPE),
            &claims,
        )?;
    }
    Ok(())
}

/// `token` (one doorman signed) with `claims` over its own, signed again.
fn resign(
    doorman: &Doorman,
    token: &str,
    typ: Option<&str>,
    claims: &Map<String, Value>,
) -> crate::Result<String> {
    let mut payload = jwt::payload(token)?;
    payload.extend(claims.iter().map(|(k, v)| (k.clone(), v.clone())));
    let signer = doorman.current_signer()?;
    jwt::sign(&signer, typ, &payload)
}
