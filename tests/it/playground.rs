//! The playground over plain HTTP: a generated test-user password shown once, the form refused
//! once a user exists, an organization token from the result page, and a run that answers only
//! to the browser that started it.

use crate::server::{Browser, Reply, Server};
use crate::util::Env;

fn origin(server: &Server) -> String {
    server.issuer.trim_end_matches("/oidc").to_string()
}

/// The text of the first element carrying `attribute`.
fn marked(body: &str, attribute: &str) -> String {
    let rest = body
        .split(attribute)
        .nth(1)
        .unwrap_or_else(|| panic!("no {attribute} in {body}"));
    let start = rest.find('>').unwrap() + 1;
    let end = rest[start..].find('<').unwrap() + start;
    rest[start..end].to_string()
}

/// Starts a sign-in from `/` with the given scopes and signs in; returns the result page.
fn sign_in(
    browser: &mut Browser,
    server: &Server,
    email: &str,
    password: &str,
    scopes: &[&str],
) -> Reply {
    let home = browser.get(&format!("{}/", origin(server)));
    let mut form = vec![("csrf_token", home.field("csrf_token"))];
    form.extend(scopes.iter().map(|s| ("scope", s.to_string())));
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let to_auth = browser.post(&format!("{}/playground/start", origin(server)), &form);
    let page = browser.get(to_auth.location());
    let sign_in = browser.get(&format!("{}{}", origin(server), page.location()));
    let back = browser.post(
        &format!("{}/sign-in", origin(server)),
        &[
            ("csrf_token", &sign_in.field("csrf_token")),
            ("interaction", &sign_in.field("interaction")),
            ("identifier", email),
            ("password", password),
        ],
    );
    let result = browser.get(back.location());
    assert_eq!(result.status, 200, "{result:#?}");
    result
}

#[test]
fn a_generated_password_signs_in_and_an_organization_token_comes_from_the_result_page() {
    let env = Env::new();
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let home = browser.get(&format!("{}/", origin(&server)));
    let made = browser.post(
        &format!("{}/playground/user", origin(&server)),
        &[
            ("csrf_token", &home.field("csrf_token")),
            ("email", "ada@example.com"),
            ("password", ""),
        ],
    );
    assert_eq!(made.status, 200, "{made:#?}");
    let password = marked(&made.body, "data-generated-password");
    assert!(password.len() >= 12, "{password}");
    // Only on an empty database.
    let again = browser.post(
        &format!("{}/playground/user", origin(&server)),
        &[
            ("csrf_token", &made.field("csrf_token")),
            ("email", "eve@example.com"),
            ("password", ""),
        ],
    );
    assert_eq!(again.status, 409);

    env.json(&["org", "scope", "create", "read:docs"]);
    env.json(&["org", "role", "create", "viewer", "--scope", "read:docs"]);
    let org = env.json(&["org", "create", "Acme"]);
    env.json(&[
        "org",
        "member",
        "add",
        "Acme",
        "ada@example.com",
        "--role",
        "viewer",
    ]);
    let result = sign_in(
        &mut browser,
        &server,
        "ada@example.com",
        &password,
        &["openid", "offline_access", "urn:logto:scope:organizations"],
    );
    assert!(result.body.contains("data-signature=\"verified\""));
    let org_id = org["id"].as_str().unwrap();
    assert!(
        result
            .body
            .contains(&format!("value=\"{org_id}\">Acme</option>")),
        "{}",
        result.body
    );
    let with_org = browser.post(
        &format!("{}/playground/organization", origin(&server)),
        &[
            ("csrf_token", &result.field("csrf_token")),
            ("run", &result.field("run")),
            ("organization_id", org_id),
        ],
    );
    assert_eq!(with_org.status, 200);
    assert_eq!(
        marked(&with_org.body, "data-organization-claim=\"aud\"").replace("&#34;", "\""),
        format!("\"urn:logto:organization:{org_id}\"")
    );

    // Another browser cannot continue the run.
    let mut stranger = Browser::new(&server);
    let home = stranger.get(&format!("{}/", origin(&server)));
    let refused = stranger.post(
        &format!("{}/playground/refresh", origin(&server)),
        &[
            ("csrf_token", &home.field("csrf_token")),
            ("run", &result.field("run")),
        ],
    );
    assert_eq!(refused.status, 400);
}
