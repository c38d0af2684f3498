//! The interactive paths, on a real pseudo-terminal: prompts for missing values and
//! confirmations. Driven by `tests/it/pty/drive.py`, which answers each prompt once it appears.

use std::process::Command;

use crate::util::{Env, binary};

/// Runs doorman on a pty in the env's directory, answering `(prompt, answer)` pairs in order.
fn on_terminal(env: &Env, answers: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let driver = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/pty/drive.py");
    let mut command = Command::new("python3");
    command.arg(driver).arg("20");
    for (prompt, answer) in answers {
        command.arg(format!("{prompt}={answer}"));
    }
    let out = command
        .arg("--")
        .arg(binary())
        .args(args)
        .current_dir(env.dir())
        .env("USER", "tester")
        .env_remove("DOORMAN_OUTPUT")
        .output()
        .expect("python3 runs the pty driver");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn user_create_asks_for_what_is_missing_on_a_terminal() {
    let env = Env::new();
    let (code, screen) = on_terminal(
        &env,
        &[
            ("Email", "ada@example.com"),
            ("Username", "ada"),
            ("?Password", "violet-Harbor-42"),
            ("?Repeat it", "violet-Harbor-42"),
        ],
        &["user", "create"],
    );
    assert_eq!(code, 0, "{screen}");
    assert!(
        !screen.contains("violet-Harbor-42"),
        "the password is not echoed: {screen}"
    );
    // On a terminal the result is a readable table, even one that reports no width.
    assert!(
        screen.contains("ada@example.com") && screen.contains("email"),
        "{screen}"
    );
    let user = env.json(&["user", "show", "ada"]);
    assert_eq!(user["email"], "ada@example.com");
    assert_eq!(user["has_password"], true);
}

#[test]
fn destructive_commands_confirm_on_a_terminal() {
    let env = Env::new();
    env.json(&["user", "create", "--username", "keep"]);
    let (code, screen) = on_terminal(&env, &[("Really delete", "n")], &["user", "delete", "keep"]);
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("cancelled"), "{screen}");
    env.json(&["user", "show", "keep"]);
    let (code, screen) = on_terminal(&env, &[("Really delete", "y")], &["user", "delete", "keep"]);
    assert_eq!(code, 0, "{screen}");
    env.cmd(&["user", "show", "keep"])
        .run()
        .fails(3, "not found");
}
