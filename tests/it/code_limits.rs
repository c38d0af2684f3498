//! Wrong one-time codes count per account: guesses spread over an account's email and phone
//! share one budget, as sign-in failures do.

use crate::oidc_flow::{auth_url, web_app};
use crate::pages_account::{code_sent_to, post_code, wrong};
use crate::server::{Browser, Server};
use crate::util::{Env, create_user};

#[test]
fn wrong_codes_for_an_accounts_addresses_share_one_budget() {
    let env = Env::new();
    create_user(&env, "both@example.com");
    env.json(&[
        "user",
        "update",
        "both@example.com",
        "--phone",
        "+14155550188",
    ]);
    env.json(&[
        "settings",
        "set",
        "sign_in.methods",
        "[{identifier: email, password: true, verification_code: true}, \
         {identifier: phone, password: true, verification_code: true}]",
    ]);
    web_app(&env, "web");
    let server = Server::start(&env);
    let mut attacker = Browser::new(&server);
    let start = attacker.get(&auth_url(&server, "web", "&first_screen=reset_password"));
    let form = attacker.get(start.location());
    let ask = |browser: &mut Browser, who: &str| {
        let sent = browser.post(
            "/forgot-password",
            &[
                ("csrf_token", &form.field("csrf_token")),
                ("interaction", &form.field("interaction")),
                ("identifier", who),
            ],
        );
        assert_eq!(sent.status, 303, "{who}: {}", sent.body);
        browser.get(sent.location())
    };
    // Five wrong codes to the email, then to the phone: the tenth locks the account.
    let mut last = None;
    for who in ["both@example.com", "+14155550188"] {
        let page = ask(&mut attacker, who);
        let code = code_sent_to(&env, who);
        for _ in 0..5 {
            last = Some(post_code(&mut attacker, &page, &wrong(&code)));
        }
    }
    let locked = last.unwrap();
    assert_eq!(locked.status, 429, "{}", locked.body);
    assert!(
        locked.body.contains("Too many wrong codes"),
        "{}",
        locked.body
    );
    // The right code to either address is refused while the lock lasts.
    let page = ask(&mut attacker, "both@example.com");
    let right = code_sent_to(&env, "both@example.com");
    assert_eq!(post_code(&mut attacker, &page, &right).status, 429);
}
