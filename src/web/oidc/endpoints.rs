//! The JSON endpoints: discovery, JWKS, token, userinfo, introspection and revocation. Client
//! authentication (RFC 6749 §2.3) is decided here once for all of them.

use serde_json::json;

use crate::model::app::App;
use crate::oidc::authorize::{is_resource_uri, resource_values, single};
use crate::oidc::error::OAuthError;
use crate::ops::Doorman;
use crate::ops::clients::tokens::TokenResponse;
use crate::ops::clients::tokens::exchange::TOKEN_EXCHANGE;
use crate::web::common::http::{Request, Response};
use crate::web::engine::state::ServerState;

/// What an endpoint answers: a response, or the OAuth error [`oauth_error`] turns into one.
pub type Reply = Result<Response, OAuthError>;

/// `GET /oidc/.well-known/openid-configuration`.
pub fn discovery(state: &ServerState) -> Reply {
    Ok(Response::empty(200)
        .header("Content-Type", "application/json")
        .body(state.discovery.clone()))
}

/// `GET /oidc/jwks`.
pub fn jwks(doorman: &Doorman) -> Reply {
    let json = doorman.jwks_json()?;
    Ok(Response::empty(200)
        .header("Content-Type", "application/jwk-set+json")
        .body(json.as_ref().clone()))
}

/// CORS preflight for browser apps calling the token, userinfo and revocation endpoints.
pub fn preflight() -> Reply {
    Ok(Response::empty(204)
        .header("Access-Control-Allow-Methods", "GET, POST")
        .header(
            "Access-Control-Allow-Headers",
            "Authorization, Content-Type",
        )
        .header("Access-Control-Max-Age", "600"))
}

/// An OAuth error as JSON, with `WWW-Authenticate` on 401: the one conversion of the JSON
/// endpoints. A server failure behind the error is logged here, not where it was converted.
pub fn oauth_error(error: &OAuthError) -> Response {
    if let Some(cause) = &error.cause {
        tracing::error!("{}: {cause}", error.error);
    }
    let response = Response::no_store_json(error.status(), error);
    if error.status() == 401 {
        response.header("WWW-Authenticate", "Basic realm=\"doorman\"")
    } else {
        response
    }
}

/// One parameter of the form body; repeating it is an error (RFC 6749 §3.2).
fn param<'a>(request: &'a Request, name: &str) -> Result<Option<&'a str>, OAuthError> {
    single(&request.form, name).map_err(OAuthError::invalid_request)
}

fn required<'a>(request: &'a Request, name: &str) -> Result<&'a str, OAuthError> {
    param(request, name)?.ok_or_else(|| OAuthError::invalid_request(format!("'{name}' is missing")))
}

/// The client of a token, introspection or revocation request: HTTP Basic, or `client_id` (and
/// `client_secret`) in the form — exactly one method.
fn authenticate_client(doorman: &Doorman, request: &Request) -> Result<App, OAuthError> {
    let form_id = param(request, "client_id")?;
    let form_secret = param(request, "client_secret")?;
    match request.basic_credentials() {
        Some(_) if form_secret.is_some() => Err(OAuthError::invalid_request(
            "use one client authentication method, not Basic and client_secret together",
        )),
        Some((id, _)) if form_id.is_some_and(|f| f != id) => Err(OAuthError::invalid_request(
            "client_id in the form differs from the Basic credentials",
        )),
        Some((id, secret)) => doorman.authenticate_token_client(&id, Some(&secret)),
        None => match form_id {
            Some(id) => doorman.authenticate_token_client(id, form_secret),
            None => Err(OAuthError::invalid_client(
                "client authentication is required",
            )),
        },
    }
}

/// `POST /oidc/token`.
pub fn token(doorman: &mut Doorman, request: &Request) -> Reply {
    Ok(Response::no_store_json(200, &tokens(doorman, request)?))
}

/// The tokens a token request earns, before they become a response.
pub fn tokens(doorman: &mut Doorman, request: &Request) -> Result<TokenResponse, OAuthError> {
    let client = authenticate_client(doorman, request)?;
    let tokens = match required(request, "grant_type")? {
        "authorization_code" => doorman.exchange_code(
            &client,
            required(request, "code")?,
            param(request, "redirect_uri")?,
            param(request, "code_verifier")?,
            param(request, "resource")?,
        ),
        "refresh_token" => doorman.refresh(
            &client,
            required(request, "refresh_token")?,
            param(request, "scope")?,
            param(request, "organization_id")?,
            param(request, "resource")?,
        ),
        DEVICE_CODE_GRANT => doorman.poll_device(
            &client,
            required(request, "device_code")?,
            param(request, "resource")?,
        ),
        TOKEN_EXCHANGE => doorman.exchange_personal_token(
            &client,
            required(request, "subject_token")?,
            required(request, "subject_token_type")?,
            param(request, "scope")?,
            param(request, "resource")?,
        ),
        "client_credentials" => doorman.client_credentials(
            &client,
            param(request, "scope")?,
            param(request, "resource")?,
            param(request, "organization_id")?,
        ),
        other => Err(OAuthError::new(
            "unsupported_grant_type",
            format!("grant_type '{other}' is not supported"),
        )),
    }?;
    Ok(tokens)
}

/// The grant type a device polls with (RFC 8628 §3.4).
pub const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

/// `POST /oidc/device/auth` (RFC 8628 §3.1): a device of an app with the device flow on asks
/// for a device code and a user code.
pub fn device_authorization(doorman: &mut Doorman, request: &Request) -> Reply {
    let client = authenticate_client(doorman, request)?;
    let resources = resource_values(&request.form);
    if let Some(r) = resources.iter().find(|r| !is_resource_uri(r)) {
        return Err(OAuthError::new(
            "invalid_target",
            format!("resource '{r}' is not an absolute URI"),
        ));
    }
    let started =
        doorman.start_device_authorization(&client, param(request, "scope")?, resources)?;
    Ok(Response::no_store_json(200, &started))
}

/// `GET/POST /oidc/me` (userinfo), with the access token as a bearer header or a form field.
pub fn userinfo(doorman: &Doorman, request: &Request) -> Reply {
    let token = request.bearer().or_else(|| {
        (request.method == "POST")
            .then(|| request.param("access_token"))
            .flatten()
    });
    let Some(token) = token else {
        return Ok(Response::no_store_json(
            401,
            &json!({ "error": "invalid_token", "error_description": "no access token" }),
        )
        .header("WWW-Authenticate", "Bearer realm=\"doorman\""));
    };
    match doorman.userinfo(token) {
        Ok(claims) => Ok(Response::no_store_json(200, &claims)),
        Err(e) if e.cause.is_some() => Err(e),
        Err(e) => {
            let status = if e.error == "insufficient_scope" {
                403
            } else {
                401
            };
            let challenge = format!(
                "Bearer realm=\"doorman\", error=\"{}\", error_description=\"{}\"",
                e.error, e.error_description
            );
            Ok(Response::no_store_json(status, &e).header("WWW-Authenticate", &challenge))
        }
    }
}

/// `POST /oidc/token/introspection` (RFC 7662): confidential clients only.
pub fn introspection(doorman: &Doorman, request: &Request) -> Reply {
    let client = authenticate_client(doorman, request)?;
    if !client.app_type.is_confidential() {
        return Err(OAuthError::invalid_client(
            "introspection needs a confidential client",
        ));
    }
    let token = required(request, "token")?;
    let answer = doorman.introspect(&client, token)?;
    Ok(Response::no_store_json(200, &answer))
}

/// `POST /oidc/token/revocation` (RFC 7009).
pub fn revocation(doorman: &mut Doorman, request: &Request) -> Reply {
    let client = authenticate_client(doorman, request)?;
    let token = required(request, "token")?;
    doorman.revoke_token(&client, token)?;
    Ok(Response::empty(200).header("Cache-Control", "no-store"))
}
