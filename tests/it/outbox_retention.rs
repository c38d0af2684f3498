//! The outbox is a development aid, not an archive: the server cuts it to its retention when it
//! starts (and every ten minutes), and `/dev/outbox` shows it a page at a time.

use doorman::model::outbox::Channel;
use doorman::model::timestamp::Timestamp;
use doorman::ops::Clock;

use crate::server::{Browser, Server};
use crate::util::Env;

/// Writes `count` messages to `to`, as if sent `days_ago`.
fn write_messages(env: &Env, to: &str, count: usize, days_ago: i64) {
    let mut doorman = env.doorman();
    let now = Timestamp::now().unix();
    doorman.clock = Clock::Fixed(Timestamp::from_unix(now - days_ago * 86_400));
    for i in 0..count {
        doorman
            .send_message(Channel::Email, to, Some("Code"), &format!("message {i}"))
            .unwrap();
    }
}

fn count(env: &Env, to: &str) -> usize {
    env.json(&["outbox", "--to", to]).as_array().unwrap().len()
}

#[test]
fn the_server_keeps_the_outbox_to_its_retention() {
    let env = Env::new();
    env.json(&["init"]);
    write_messages(&env, "old@example.com", 3, 8);
    write_messages(&env, "busy@example.com", 8, 0);
    write_messages(&env, "quiet@example.com", 2, 0);
    env.write(
        "doorman.yaml",
        "server:\n  outbox:\n    keep_for: 7d\n    keep_per_address: 5\n    keep: 100\n",
    );
    let _server = Server::start(&env);
    assert_eq!(count(&env, "old@example.com"), 0, "older than keep_for");
    assert_eq!(
        count(&env, "busy@example.com"),
        5,
        "the newest five of eight"
    );
    let newest = env.json(&["outbox", "--to", "busy@example.com", "--last"]);
    assert_eq!(newest["body"], "message 7", "{newest}");
    assert_eq!(count(&env, "quiet@example.com"), 2);
}

#[test]
fn the_outbox_page_shows_fifty_messages_a_page() {
    let env = Env::new();
    env.json(&["init"]);
    write_messages(&env, "many@example.com", 60, 0);
    write_messages(&env, "other@example.com", 1, 0);
    env.write(
        "doorman.yaml",
        "server:\n  outbox:\n    keep_per_address: 100\n",
    );
    let server = Server::start(&env);
    let mut browser = Browser::new(&server);
    let first = browser.get("/dev/outbox?to=many%40example.com");
    assert_eq!(first.status, 200);
    assert_eq!(first.body.matches("class=\"message\"").count(), 50);
    assert!(first.body.contains("message 59") && !first.body.contains("message 9<"));
    assert!(!first.body.contains("other@example.com"));
    let older = "/dev/outbox?to=many%40example.com&#38;page=2";
    assert!(first.body.contains(older), "{}", first.body);
    let second = browser.get(&older.replace("&#38;", "&"));
    assert_eq!(second.body.matches("class=\"message\"").count(), 10);
    assert!(second.body.contains("message 0<") && second.body.contains("rel=\"prev\""));
    assert!(!second.body.contains("rel=\"next\""));
    let beyond = browser.get("/dev/outbox?page=99999999");
    assert_eq!(beyond.status, 200);
    assert_eq!(beyond.body.matches("class=\"message\"").count(), 0);
}
