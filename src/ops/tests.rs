//! The operations in process, on an in-memory database with a fixed clock: the expiry rules of
//! codes, tokens and sessions, consent under `prompt=none`, and a request whose later operation
//! fails after an earlier one wrote. The clock moves by assignment, never by sleeping.

use crate::credentials::password::{Hasher, HashingCost};
use crate::model::app::{App, AppType};
use crate::model::timestamp::Timestamp;
use crate::model::user::{PasswordInput, Profile, Secret, User};
use crate::oidc::authorize::AuthRequest;
use crate::oidc::decision::{self, Facts, Next};
use crate::oidc::error::OAuthError;
use crate::ops::accounts::sessions::ActiveSession;
use crate::ops::clients::apps::NewApp;
use crate::ops::clients::tokens::TokenResponse;
use crate::ops::{Clock, Doorman};
use crate::store::Store;

pub(crate) const T0: i64 = 1_800_000_000;
const ISSUER: &str = "http://localhost:3001/oidc";
const REDIRECT: &str = "http://127.0.0.1:9/callback";

pub(crate) fn at(seconds_after_start: i64) -> Clock {
    Clock::Fixed(Timestamp::from_unix(T0 + seconds_after_start))
}

pub(crate) fn doorman() -> Doorman {
    let cheap = HashingCost {
        memory_kib: 1024,
        iterations: 1,
        parallelism: 1,
    };
    let store = Store::open_in_memory().expect("an in-memory database");
    let mut doorman = Doorman::new(store, Hasher::new(cheap).expect("a hasher"), "test", at(0));
    doorman.init(Some(ISSUER)).expect("init");
    doorman
}

fn app(doorman: &mut Doorman, third_party: bool) -> App {
    doorman
        .create_app(NewApp {
            name: "Portal".into(),
            app_type: AppType::Web,
            redirect_uris: vec![REDIRECT.into()],
            post_logout_redirect_uris: vec![],
            backchannel_logout_uri: None,
            is_third_party: third_party,
            client_id: Some("portal".into()),
            device_flow: false,
        })
        .expect("an app")
        .app
}

pub(crate) fn user(doorman: &mut Doorman, email: &str) -> User {
    let profile = Profile {
        email: Some(email.into()),
        ..Profile::default()
    };
    let password = PasswordInput::Plain(Secret::new("violet-Harbor-42"));
    doorman
        .create_user(profile, Some(password))
        .expect("a user")
}

fn request(scope: &str, prompt: &[&str]) -> AuthRequest {
    let request = AuthRequest::for_tests(scope, prompt);
    assert_eq!(request.redirect_uri, REDIRECT);
    request
}

/// An app (third-party or not) and a user signed in with a password.
fn signed_in(doorman: &mut Doorman, third_party: bool) -> (App, ActiveSession) {
    let app = app(doorman, third_party);
    let user = user(doorman, "ada@example.com");
    let (session, cookie) = doorman
        .start_session(&user, &["pwd".into()], None)
        .expect("a session");
    assert!(cookie.is_some(), "a new session sets a cookie");
    (app, ActiveSession { session, user })
}

/// The `code` of the redirect that ends an authorization.
fn code_in(location: &str) -> String {
    url::Url::parse(location)
        .expect("a redirect URL")
        .query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned())
        .expect("a code parameter")
}

/// A signed-in user with a code for `scope`: the app, the session and the code.
fn signed_in_with_code(doorman: &mut Doorman, scope: &str) -> (App, ActiveSession, String) {
    let (app, active) = signed_in(doorman, false);
    let location = doorman
        .issue_code(&request(scope, &[]), &active.session)
        .expect("a code");
    (app, active, code_in(&location))
}

fn exchange(doorman: &mut Doorman, app: &App, code: &str) -> Result<TokenResponse, OAuthError> {
    doorman.exchange_code(app, code, Some(REDIRECT), None, None)
}

#[test]
fn an_authorization_code_lives_sixty_seconds() {
    let mut in_time = doorman();
    let (app, _, code) = signed_in_with_code(&mut in_time, "openid");
    in_time.clock = at(59);
    assert!(exchange(&mut in_time, &app, &code).is_ok());

    let mut late = doorman();
    let (app, _, code) = signed_in_with_code(&mut late, "openid");
    late.clock = at(60);
    let refused = exchange(&mut late, &app, &code).expect_err("expired");
    assert!(refused.error_description.contains("expired"), "{refused}");
    // A failed exchange spends nothing: a second try is refused for the same reason.
    let again = exchange(&mut late, &app, &code).expect_err("still expired");
    assert!(again.error_description.contains("expired"), "{again}");
}

#[test]
fn a_failed_exchange_leaves_the_code_for_the_right_verifier() {
    let mut doorman = doorman();
    let (app, active) = signed_in(&mut doorman, false);
    // RFC 7636 appendix B.
    let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    let auth = AuthRequest {
        code_challenge: Some("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM".into()),
        ..request("openid", &[])
    };
    let location = doorman.issue_code(&auth, &active.session).expect("a code");
    let code = code_in(&location);
    let wrong = doorman.exchange_code(&app, &code, Some(REDIRECT), Some("not-the-verifier"), None);
    assert!(
        wrong
            .expect_err("refused")
            .error_description
            .contains("code_verifier")
    );
    let elsewhere = doorman.exchange_code(
        &app,
        &code,
        Some("http://evil.test/cb"),
        Some(verifier),
        None,
    );
    assert!(
        elsewhere
            .expect_err("refused")
            .error_description
            .contains("redirect_uri")
    );
    let right = doorman.exchange_code(&app, &code, Some(REDIRECT), Some(verifier), None);
    assert!(right.is_ok(), "{right:?}");
    let replay = doorman.exchange_code(&app, &code, Some(REDIRECT), Some("wrong-again"), None);
    assert!(
        replay
            .expect_err("spent")
            .error_description
            .contains("already used")
    );
}

#[test]
fn a_refresh_token_lapses_with_its_lifetime() {
    let mut doorman = doorman();
    let (app, _, code) = signed_in_with_code(&mut doorman, "openid offline_access");
    let tokens = exchange(&mut doorman, &app, &code).expect("tokens");
    let refresh = tokens.refresh_token.expect("a refresh token");
    let lifetime = doorman.lifetimes.refresh_token;

    doorman.clock = at(lifetime - 1);
    let rotated = doorman
        .refresh(&app, &refresh, None, None, None)
        .expect("still good one second before");
    let next = rotated.refresh_token.expect("a rotated refresh token");

    doorman.clock = at(2 * lifetime - 1);
    let late = doorman
        .refresh(&app, &next, None, None, None)
        .expect_err("expired");
    assert!(late.error_description.contains("expired"), "{late}");
    // The refusal neither spent the token nor revoked its family: a second earlier still
    // rotates it (the fixed clock may go back; a real one would not).
    doorman.clock = at(2 * lifetime - 2);
    assert!(doorman.refresh(&app, &next, None, None, None).is_ok());
    // The first token was rotated: using it again is a reuse.
    let reused = doorman
        .refresh(&app, &refresh, None, None, None)
        .expect_err("rotated");
    assert!(
        reused.error_description.contains("already used"),
        "{reused}"
    );
}

#[test]
fn an_opaque_access_token_answers_userinfo_until_it_expires() {
    let mut doorman = doorman();
    let (app, active, code) = signed_in_with_code(&mut doorman, "openid email");
    let tokens = exchange(&mut doorman, &app, &code).expect("tokens");
    let claims = doorman.userinfo(&tokens.access_token).expect("userinfo");
    assert_eq!(claims["sub"], active.user.id.as_str());
    assert_eq!(claims["email"], "ada@example.com");

    doorman.clock = at(doorman.lifetimes.access_token);
    let late = doorman.userinfo(&tokens.access_token).expect_err("expired");
    assert_eq!(late.error, "invalid_token");
    assert_eq!(
        doorman
            .introspect(&app, &tokens.access_token)
            .expect("an answer")["active"],
        false
    );
}

#[test]
fn a_session_ends_with_its_lifetime() {
    let mut doorman = doorman();
    let ada = user(&mut doorman, "ada@example.com");
    let (_, cookie) = doorman
        .start_session(&ada, &["pwd".into()], None)
        .expect("a session");
    let cookie = cookie.expect("a cookie");
    let lifetime = doorman.lifetimes.session;
    doorman.clock = at(lifetime - 1);
    let found = doorman.session_from_cookie(&cookie).expect("a lookup");
    assert_eq!(found.map(|s| s.user.id), Some(ada.id));
    doorman.clock = at(lifetime);
    assert!(
        doorman
            .session_from_cookie(&cookie)
            .expect("a lookup")
            .is_none()
    );
}

#[test]
fn prompt_none_without_consent_is_consent_required_until_the_user_consents() {
    let mut doorman = doorman();
    let (app, ActiveSession { session, user: ada }) = signed_in(&mut doorman, true);
    let silent = request("openid email", &["none"]);
    let facts = Facts {
        signed_in_at: Some(session.auth_time),
        fresh_sign_in: false,
        third_party: app.is_third_party,
        just_consented: false,
    };
    let decide = |doorman: &Doorman| {
        decision::decide(&silent, facts, doorman.clock.now(), || {
            let asked = doorman.consent_request(&silent.scopes, &[])?;
            doorman.consent_covers(&app, &ada.id, &asked)
        })
        .expect("a decision")
    };
    let Next::Refuse(error) = decide(&doorman) else {
        panic!("prompt=none without consent must be refused");
    };
    assert_eq!(error.error, "consent_required");

    doorman
        .record_consent(&app, &ada.id, &asked_for(&doorman, "openid"))
        .expect("consent");
    assert!(
        matches!(decide(&doorman), Next::Refuse(_)),
        "consent to fewer scopes does not cover the request"
    );
    doorman
        .record_consent(&app, &ada.id, &asked_for(&doorman, "email"))
        .expect("consent");
    assert_eq!(decide(&doorman), Next::Issue);
}

#[test]
fn a_request_keeps_its_earlier_writes_when_a_later_operation_fails() {
    let mut doorman = doorman();
    doorman.store.defer_commits();
    let ada = user(&mut doorman, "ada@example.com");
    let taken = doorman.create_user(
        Profile {
            email: Some("ADA@example.com".into()),
            ..Profile::default()
        },
        None,
    );
    assert!(matches!(taken, Err(crate::Error::Conflict(_))), "{taken:?}");
    doorman
        .store
        .commit_deferred()
        .expect("the request commits");

    let users = doorman
        .list_users(&Default::default())
        .expect("a list")
        .users;
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].id, ada.id);
    let created = doorman
        .audit(None, 100)
        .expect("the audit log")
        .into_iter()
        .filter(|e| e.event == "user.created")
        .count();
    assert_eq!(created, 1, "the failed creation left no audit event");
}

#[test]
fn a_sweep_removes_lapsed_verifications_and_keeps_the_outbox_to_its_retention() {
    use crate::model::outbox::{Channel, Retention};
    use crate::ops::accounts::verification::Purpose;
    let mut doorman = doorman();
    let lapsed = doorman
        .start_verification(Purpose::SignIn, "old@example.com", None, None)
        .expect("a verification");
    for i in 0..4 {
        doorman.clock = at(i);
        doorman
            .send_message(Channel::Email, "busy@example.com", None, &format!("m{i}"))
            .expect("a message");
    }
    doorman.clock = at(86_400);
    let fresh = doorman
        .start_verification(Purpose::SignIn, "new@example.com", None, None)
        .expect("a verification");
    // Two days on, the first verification lapsed over a day ago, the second not yet.
    doorman.clock = at(2 * 86_400);
    let retention = Retention {
        keep_for: 7 * 86_400,
        per_recipient: 2,
        total: 4,
    };
    let swept = doorman.sweep(&retention).expect("a sweep");
    assert_eq!(swept.verifications, 1);
    assert!(doorman.verification(&lapsed.id).expect("read").is_none());
    assert!(doorman.verification(&fresh.id).expect("read").is_some());
    let kept: Vec<String> = doorman
        .outbox(Some("busy@example.com"), false)
        .expect("the outbox")
        .into_iter()
        .map(|m| m.body)
        .collect();
    assert_eq!(kept, ["m3", "m2"], "the newest two for the address");
    // Past keep_for, everything goes; the total cap holds across addresses.
    doorman.clock = at(10 * 86_400);
    doorman.sweep(&retention).expect("a sweep");
    assert!(doorman.outbox(None, false).expect("the outbox").is_empty());
}

/// The consent a request for `scopes` (and no API) asks for.
fn asked_for(doorman: &Doorman, scopes: &str) -> crate::ops::clients::consent::ConsentRequest {
    doorman
        .consent_request(&crate::oidc::scope::parse(scopes), &[])
        .expect("a consent request")
}
