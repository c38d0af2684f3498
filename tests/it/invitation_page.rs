//! `/invitation/{id}`, the page an invitation email links to, over HTTP: it names the
//! organization and the inviter, signs the invitee in as the invited email and comes back,
//! proves an unverified address with a code, accepts (the membership and roles appear) or
//! declines; someone else signed in is asked to sign in as the invitee; expired, used and unknown
//! invitations get their pages; forms need the session's CSRF token.

use serde_json::{Value, json};

use crate::connectors::last_code;
use crate::server::{Browser, PASSWORD, Reply, Server};
use crate::util::{Env, create_user};

fn setup() -> (Env, Server) {
    let env = Env::new();
    env.json(&["org", "role", "create", "member"]);
    env.json(&["org", "create", "Acme"]);
    env.json(&[
        "user",
        "create",
        "--email",
        "boss@example.com",
        "--name",
        "The Boss",
    ]);
    let server = Server::start_args(&env, &["--test-controls"], &[]);
    (env, server)
}

fn invite(env: &Env, email: &str) -> Value {
    env.json(&[
        "invite",
        "create",
        "--org",
        "Acme",
        "--email",
        email,
        "--role",
        "member",
        "--inviter",
        "boss@example.com",
    ])
}

fn path_of(invitation: &Value) -> String {
    let link = invitation["link"].as_str().unwrap();
    let at = link.find("/invitation/").unwrap();
    link[at..].to_string()
}

/// Follows the page's sign-in link and signs in as `email`; the browser lands back on the page.
fn sign_in_from(browser: &mut Browser, page_path: &str, email: &str) -> Reply {
    let back = browser.sign_in(&format!("{page_path}/sign-in"), email, PASSWORD);
    assert_eq!(back.location(), page_path, "{back:#?}");
    browser.get(page_path)
}

#[test]
fn the_invitee_signs_in_from_the_email_link_and_joins() {
    let (env, server) = setup();
    create_user(&env, "ada@example.com");
    env.json(&["user", "update", "ada@example.com", "--email-verified"]);
    let invitation = invite(&env, "ada@example.com");
    let page_path = path_of(&invitation);
    let email = env.json(&["outbox", "--to", "ada@example.com", "--last"]);
    assert!(
        email["body"].as_str().unwrap().contains(&page_path),
        "{email}"
    );

    let mut browser = Browser::new(&server);
    let first = browser.get(&page_path);
    assert_eq!(first.status, 200, "{first:#?}");
    assert!(
        first.body.contains("Acme") && first.body.contains("The Boss"),
        "{}",
        first.body
    );
    assert!(
        first
            .body
            .contains(&format!("href=\"{page_path}/sign-in\""))
    );
    let start = browser.get(&format!("{page_path}/sign-in"));
    assert!(
        start.location().starts_with("/sign-in?"),
        "an account exists: {start:#?}"
    );

    let decide = sign_in_from(&mut browser, &page_path, "ada@example.com");
    assert!(decide.body.contains("name=\"accept\"") && decide.body.contains("name=\"decline\""));
    let forged = browser.post(&page_path, &[("csrf_token", "x.y"), ("accept", "1")]);
    assert_eq!(forged.status, 403, "{forged:#?}");
    let joined = browser.post(
        &page_path,
        &[("csrf_token", &decide.field("csrf_token")), ("accept", "1")],
    );
    assert_eq!(joined.status, 200, "{joined:#?}");
    assert!(
        joined.body.contains("data-invitation-status=\"accepted\""),
        "{}",
        joined.body
    );
    let members = env.json(&["org", "member", "list", "Acme"]);
    let ada = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "ada@example.com")
        .unwrap_or_else(|| panic!("{members}"));
    assert_eq!(ada["roles"], json!(["member"]), "{ada}");
    let again = browser.get(&page_path);
    assert_eq!(again.status, 410, "used: {again:#?}");
    assert!(again.body.contains("data-invitation-status=\"accepted\""));
}

#[test]
fn a_decline_closes_the_invitation_and_someone_else_is_asked_to_switch() {
    let (env, server) = setup();
    create_user(&env, "bob@example.com");
    create_user(&env, "carol@example.com");
    env.json(&["user", "update", "bob@example.com", "--email-verified"]);
    let invitation = invite(&env, "bob@example.com");
    let page_path = path_of(&invitation);

    env.json(&["settings", "set", "account_center.enabled", "true"]);
    let mut carol = Browser::new(&server);
    let back = carol.sign_in("/account", "carol@example.com", PASSWORD);
    assert_eq!(back.status, 303);
    let page = carol.get(&page_path);
    assert!(
        page.body.contains("carol@example.com"),
        "names who is signed in: {}",
        page.body
    );
    assert!(
        !page.body.contains("name=\"accept\""),
        "carol cannot accept bob's invitation"
    );
    // Even with a token signed for her session (the account page's), carol cannot accept it.
    let token = carol.get("/account").field("csrf_token");
    let refused = carol.post(&page_path, &[("csrf_token", &token), ("accept", "1")]);
    assert_eq!(refused.status, 200, "{refused:#?}");
    assert!(!refused.body.contains("data-invitation-status=\"accepted\""));
    let switch = carol.get(&format!("{page_path}/sign-in"));
    let sign_in = carol.get(switch.location());
    assert!(
        sign_in.body.contains("value=\"bob@example.com\""),
        "pre-filled: {}",
        sign_in.body
    );

    let mut bob = Browser::new(&server);
    let decide = sign_in_from(&mut bob, &page_path, "bob@example.com");
    let declined = bob.post(
        &page_path,
        &[
            ("csrf_token", &decide.field("csrf_token")),
            ("decline", "1"),
        ],
    );
    assert!(
        declined
            .body
            .contains("data-invitation-status=\"declined\""),
        "{}",
        declined.body
    );
    let shown = env.json(&["invite", "show", invitation["id"].as_str().unwrap()]);
    assert_eq!(shown["status"], "revoked", "{shown}");
    assert_eq!(env.json(&["org", "member", "list", "Acme"]), json!([]));
}

#[test]
fn an_unverified_address_is_proved_by_a_code_first() {
    let (env, server) = setup();
    create_user(&env, "dave@example.com");
    let page_path = path_of(&invite(&env, "dave@example.com"));
    let mut browser = Browser::new(&server);
    let verify = sign_in_from(&mut browser, &page_path, "dave@example.com");
    assert!(!verify.body.contains("name=\"accept\""), "{}", verify.body);
    let sent = browser.post(
        &page_path,
        &[
            ("csrf_token", &verify.field("csrf_token")),
            ("action", "send"),
        ],
    );
    let step = browser.get(sent.location());
    let proved = browser.post(
        &page_path,
        &[
            ("csrf_token", &step.field("csrf_token")),
            ("action", "verify"),
            ("verification", &step.field("verification")),
            ("code", &last_code(&env, "dave@example.com")),
        ],
    );
    assert_eq!(proved.location(), page_path, "{proved:#?}");
    let decide = browser.get(&page_path);
    assert!(decide.body.contains("name=\"accept\""), "{}", decide.body);
    assert_eq!(
        env.json(&["user", "show", "dave@example.com"])["email_verified"],
        true
    );
}

#[test]
fn a_newcomer_is_sent_to_sign_up_and_closed_invitations_say_why() {
    let (env, server) = setup();
    let page_path = path_of(&invite(&env, "new@example.com"));
    let mut browser = Browser::new(&server);
    let start = browser.get(&format!("{page_path}/sign-in"));
    assert!(
        start.location().starts_with("/register?"),
        "no account yet: {start:#?}"
    );
    let register = browser.get(start.location());
    assert!(
        register.body.contains("value=\"new@example.com\""),
        "{}",
        register.body
    );

    crate::server::advance_clock(&server, "8d");
    let expired = browser.get(&page_path);
    assert_eq!(expired.status, 410);
    assert!(
        expired.body.contains("data-invitation-status=\"expired\""),
        "{}",
        expired.body
    );
    assert_eq!(browser.get("/invitation/nosuchinvitation").status, 404);
}
