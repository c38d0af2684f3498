//! The playground at `/`: doorman as its own relying party. The start page starts a real code
//! flow with PKCE as the built-in client; the callback exchanges the code and lays out what came
//! back (the ID token verified against the JWKS and decoded, the access token, userinfo), with
//! buttons to refresh, fetch an organization token and sign out. On an empty database it also
//! offers a test user. Every form carries a CSRF token signed for the browser, and a run answers
//! only to the browser holding the cookie its start set (a secret the server chose, which no
//! other server on the same host can plant). Off (`server.playground: false`, or a non-loopback
//! interface by default), `/` is a 404.

pub mod templates;

use serde_json::{Map, Value};

use crate::ops::Doorman;
use crate::ops::clients::playground::{CLIENT_ID, RunTokens};
use crate::store::playground::{RUN_SECONDS, Run};
use crate::web::common::binding::{self, Binding};
use crate::web::common::http::{Request, Response};
use crate::web::common::page_context::PageContext;
use crate::web::common::responses::{Answer, Failure, error_page};
use crate::web::common::session::{current_session, user_label};
use crate::web::engine::state::ServerState;
use crate::web::pages::playground::templates::{
    Choice, PlaygroundPage, ResultPage, SCOPES, claim_rows,
};

/// Whether the playground answers; else its pages are a 404.
fn off(state: &ServerState, doorman: &Doorman, request: &Request) -> Option<Response> {
    (!state.playground).then(|| error_page(doorman, request, None, 404, "error.not_found"))
}

/// What the start page shows besides the form.
#[derive(Default)]
struct Notes {
    notice: Option<String>,
    generated_password: Option<String>,
    error: Option<String>,
}

fn start_page(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    status: u16,
    notes: Notes,
) -> Answer {
    let context = PageContext::load(state, doorman, request, None)?;
    let resources = doorman
        .list_resources()?
        .into_iter()
        .map(|r| Choice {
            label: format!("{} ({})", r.name, r.indicator),
            value: r.indicator,
            selected: false,
        })
        .collect();
    let organizations = doorman
        .list_orgs()?
        .into_iter()
        .map(|o| Choice {
            value: o.id,
            label: o.name,
            selected: false,
        })
        .collect();
    let page = PlaygroundPage {
        chrome: context.chrome.clone(),
        issuer: doorman.issuer()?,
        csrf_token: context.csrf.clone(),
        scopes: SCOPES.to_vec(),
        resources,
        organizations,
        offers_test_user: doorman.has_no_users()?,
        client_ready: doorman.playground_client()?.is_some(),
        signed_in_as: current_session(doorman, request).map(|s| user_label(&s.user)),
        notice: notes.notice,
        generated_password: notes.generated_password,
        error: notes.error,
    };
    Ok(context.render(state, status, &page))
}

/// `GET /`. Reached by another name than the issuer's (`127.0.0.1` for `localhost`), it sends
/// the browser to the issuer's origin first: the sign-in comes back there, and the browser's
/// cookies must be the same ones.
pub fn home(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    if let Some(not_found) = off(state, doorman, request) {
        return Ok(not_found);
    }
    let origin = doorman.base_url()?;
    let host = request.header("host").unwrap_or_default();
    if !host.is_empty() && origin.split("://").nth(1) != Some(host) {
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&request.query)
            .finish();
        let query = if query.is_empty() {
            query
        } else {
            format!("?{query}")
        };
        return Ok(Response::redirect(&format!("{origin}/{query}")));
    }
    start_page(state, doorman, request, 200, Notes::default())
}

/// `POST /playground/user`: the first user, on an empty database.
pub fn create_test_user(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    if let Some(not_found) = off(state, doorman, request) {
        return Ok(not_found);
    }
    let context = PageContext::load(state, doorman, request, None)?;
    context.check_csrf(state, doorman, request)?;
    let t = context.chrome.t;
    let email = request
        .param("email")
        .unwrap_or_default()
        .trim()
        .to_string();
    let password = request.param("password");
    match doorman.create_test_user(&email, password) {
        Ok(made) => {
            let notes = Notes {
                notice: Some(t.fill("playground.test_user.made", [("email", email.as_str())])),
                generated_password: made.generated_password,
                error: None,
            };
            start_page(state, doorman, request, 200, notes)
        }
        Err(e @ (crate::Error::Invalid(_) | crate::Error::Conflict(_))) => {
            let notes = Notes {
                error: Some(e.to_string()),
                ..Notes::default()
            };
            start_page(state, doorman, request, e.http_status(), notes)
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /playground/start`: a run, and the authorization request it makes.
pub fn start(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    if let Some(not_found) = off(state, doorman, request) {
        return Ok(not_found);
    }
    let context = PageContext::load(state, doorman, request, None)?;
    context.check_csrf(state, doorman, request)?;
    let Some(client) = doorman.playground_client()? else {
        return Ok(error_page(doorman, request, None, 400, "error.unknown_app"));
    };
    let chosen = |name: &str| request.param(name).filter(|v| !v.is_empty());
    let mut scopes: Vec<&str> = request.params_named("scope").collect();
    if !scopes.contains(&"openid") {
        scopes.insert(0, "openid");
    }
    // An organization token needs the organizations scope and a refresh token.
    if chosen("organization_id").is_some() {
        for needed in ["urn:logto:scope:organizations", "offline_access"] {
            if !scopes.contains(&needed) {
                scopes.push(needed);
            }
        }
    }
    // The run answers only the browser this response sets its cookie in: not whoever can
    // plant a CSRF cookie (any server on the same host can).
    let binding = Binding::new();
    let run = doorman.start_playground_run(
        &binding.digest,
        chosen("resource"),
        chosen("organization_id"),
    )?;
    let mut query = form_urlencoded::Serializer::new(String::new());
    query
        .append_pair("client_id", CLIENT_ID)
        .append_pair("redirect_uri", &client.redirect_uris[0])
        .append_pair("response_type", "code")
        .append_pair("scope", &scopes.join(" "))
        .append_pair("state", &run.id)
        .append_pair("nonce", &run.nonce)
        .append_pair("code_challenge", &run.challenge)
        .append_pair("code_challenge_method", "S256");
    for name in [
        "resource",
        "prompt",
        "first_screen",
        "ui_locales",
        "login_hint",
    ] {
        if let Some(value) = chosen(name) {
            query.append_pair(name, value);
        }
    }
    let redirect = Response::redirect(&format!("{}/auth?{}", state.issuer, query.finish()));
    Ok(binding.set_on(state, redirect, &run.id, RUN_SECONDS))
}

/// The claims of a JWT, unverified (for the access and organization tokens, whose audience is
/// an API); empty for an opaque token.
fn payload(token: &str) -> Map<String, Value> {
    use base64::Engine;
    token
        .split('.')
        .nth(1)
        .filter(|_| token.split('.').count() == 3)
        .and_then(|p| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p)
                .ok()
        })
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

fn result_page(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
    run: &Run,
    tokens: &RunTokens,
    error: Option<String>,
) -> Answer {
    let context = PageContext::load(state, doorman, request, None)?;
    let t = context.chrome.t;
    let now = doorman.clock.now();
    let id_token = tokens.id_token.clone().unwrap_or_default();
    let jwks = doorman.jwks()?;
    let verified = crate::oidc::jwt::verify(&id_token, &jwks, &state.issuer, true)
        .ok()
        .filter(|claims| claims.get("nonce").and_then(Value::as_str) == Some(run.nonce.as_str()));
    let header = jsonwebtoken::decode_header(&id_token).ok();
    let signing_key = header
        .map(|h| format!("{} {:?}", h.kid.unwrap_or_default(), h.alg))
        .unwrap_or_default();
    let userinfo = match doorman.userinfo(&tokens.access_token) {
        Ok(claims) => serde_json::to_string_pretty(&claims).unwrap_or_default(),
        Err(e) => format!("{}: {}", e.error, e.error_description),
    };
    let organizations = if tokens
        .scope
        .split(' ')
        .any(|s| s == "urn:logto:scope:organizations")
    {
        // Named as the server knows them; the one the start form chose comes first.
        let names: std::collections::HashMap<String, String> = doorman
            .list_orgs()?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let ids = payload(&id_token)
            .get("organizations")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        ids.iter()
            .filter_map(Value::as_str)
            .map(|id| Choice {
                value: id.to_string(),
                label: names.get(id).cloned().unwrap_or_else(|| id.to_string()),
                selected: run.organization_id.as_deref() == Some(id),
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut raw = vec![
        ("id_token", id_token.clone()),
        ("access_token", tokens.access_token.clone()),
    ];
    if let Some(org) = &tokens.organization_token {
        raw.push(("organization_token", org.clone()));
    }
    let page = ResultPage {
        chrome: context.chrome.clone(),
        csrf_token: context.csrf.clone(),
        run: run.id.clone(),
        signature: if verified.is_some() {
            "verified"
        } else {
            "failed"
        },
        signing_key,
        id_claims: claim_rows(&t, &payload(&id_token), now),
        access_claims: claim_rows(&t, &payload(&tokens.access_token), now),
        organization_claims: tokens
            .organization_token
            .as_deref()
            .map(|token| claim_rows(&t, &payload(token), now))
            .unwrap_or_default(),
        userinfo,
        has_refresh_token: tokens.refresh_token.is_some(),
        organizations,
        raw,
        error,
    };
    Ok(context.render(state, 200, &page))
}

/// The run a request names, when it is this browser's: the one holding the cookie its start
/// set.
fn this_browsers_run(doorman: &Doorman, request: &Request, id: &str) -> crate::Result<Option<Run>> {
    Ok(doorman
        .playground_run(id)?
        .filter(|run| binding::proved(request, &run.id, Some(&run.binding))))
}

/// `GET /playground/callback`: the code exchanged as the built-in client, and the tokens laid
/// out.
pub fn callback(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    if let Some(not_found) = off(state, doorman, request) {
        return Ok(not_found);
    }
    let id = request.param("state").unwrap_or_default();
    let Some(run) = this_browsers_run(doorman, request, id)? else {
        return Ok(error_page(
            doorman,
            request,
            None,
            400,
            "error.interaction_gone",
        ));
    };
    if let Some(error) = request.param("error") {
        let detail = request.param("error_description").unwrap_or_default();
        let notes = Notes {
            error: Some(format!("{error}: {detail}")),
            ..Notes::default()
        };
        return start_page(state, doorman, request, 400, notes);
    }
    let code = request.param("code").unwrap_or_default();
    match doorman.finish_playground_run(&run, code) {
        Ok(tokens) => result_page(state, doorman, request, &run, &tokens, None),
        Err(e @ crate::Error::Invalid(_)) => {
            let notes = Notes {
                error: Some(e.to_string()),
                ..Notes::default()
            };
            start_page(state, doorman, request, 400, notes)
        }
        Err(e) => Err(e.into()),
    }
}

/// The run a result-page form posts, with its tokens: after the playground, CSRF and browser
/// checks, or the page that answers instead.
fn posted_run(
    state: &ServerState,
    doorman: &mut Doorman,
    request: &Request,
) -> Result<Result<(Run, RunTokens), Response>, Failure> {
    if let Some(not_found) = off(state, doorman, request) {
        return Ok(Err(not_found));
    }
    let context = PageContext::load(state, doorman, request, None)?;
    context.check_csrf(state, doorman, request)?;
    let id = request.param("run").unwrap_or_default();
    let Some(run) = this_browsers_run(doorman, request, id)? else {
        let gone = error_page(doorman, request, None, 400, "error.interaction_gone");
        return Ok(Err(gone));
    };
    let tokens = run
        .tokens
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or_default();
    Ok(Ok((run, tokens)))
}

/// `POST /playground/refresh` and `POST /playground/organization`: new tokens for the run.
pub fn refresh(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let (run, tokens) = match posted_run(state, doorman, request)? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    let organization = if request.path == "/playground/organization" {
        request.param("organization_id").filter(|o| !o.is_empty())
    } else {
        None
    };
    match doorman.refresh_playground_run(&run, &tokens, organization) {
        Ok(next) => result_page(state, doorman, request, &run, &next, None),
        Err(e @ (crate::Error::Invalid(_) | crate::Error::NotFound(_))) => {
            result_page(state, doorman, request, &run, &tokens, Some(e.to_string()))
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /playground/sign-out`: RP-initiated logout back to `/`.
pub fn sign_out(state: &ServerState, doorman: &mut Doorman, request: &Request) -> Answer {
    let (run, tokens) = match posted_run(state, doorman, request)? {
        Ok(found) => found,
        Err(page) => return Ok(page),
    };
    doorman.end_playground_run(&run.id)?;
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("client_id", CLIENT_ID).append_pair(
        "post_logout_redirect_uri",
        &format!("{}/", doorman.base_url()?),
    );
    if let Some(hint) = &tokens.id_token {
        query.append_pair("id_token_hint", hint);
    }
    Ok(Response::redirect(&format!(
        "{}/session/end?{}",
        state.issuer,
        query.finish()
    )))
}
