//! The harness: a temporary working directory per test with a cheap password-hashing config, and
//! a small builder that runs the real binary in it and captures what it printed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

/// The built binary under test.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_doorman")
}

/// A scratch directory that acts as the working directory of every command a test runs.
pub struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    /// A fresh directory with a `doorman.yaml` that makes password hashing cheap.
    pub fn new() -> Env {
        let env = Env {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        env.write(
            "doorman.yaml",
            "password_hashing:\n  memory_kib: 1024\n  iterations: 1\n  parallelism: 1\n",
        );
        env
    }

    /// A path inside the directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file inside the directory.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).expect("write file");
        path
    }

    /// A `doorman` command with these arguments, run in the directory.
    pub fn cmd(&self, args: &[&str]) -> Cmd {
        let mut command = Command::new(binary());
        command
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("DOORMAN_DB")
            .env_remove("DOORMAN_CONFIG")
            .env_remove("DOORMAN_OUTPUT")
            .env_remove("DOORMAN_NOW")
            .env_remove("RUST_LOG")
            .env("USER", "tester");
        Cmd {
            command,
            stdin: None,
        }
    }

    /// Seeds a fixture file with the clock pinned far in the future, so a round trip that
    /// reproduces data only while the clock stands still fails every time, not now and then.
    pub fn seed_later(&self, file: &str) -> Value {
        self.cmd(&["seed", file])
            .env("DOORMAN_NOW", "2999-01-01T00:00:00Z")
            .run()
            .success()
            .json()
    }

    /// Runs a command that must succeed and returns its JSON output.
    pub fn json(&self, args: &[&str]) -> Value {
        self.cmd(args).run().success().json()
    }

    /// The directory itself.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The library's operations on this directory's database, for what the server will do
    /// (accepting invitations, authenticating clients) before there is a server to do it.
    pub fn doorman(&self) -> doorman::ops::Doorman {
        use doorman::credentials::password::{Hasher, HashingCost};
        doorman::ops::Doorman::new(
            doorman::store::Store::open(&self.path("doorman.db")).expect("open the database"),
            Hasher::new(HashingCost::default()).expect("a hasher"),
            "test",
            doorman::ops::Clock::System,
        )
    }
}

/// A command about to run.
pub struct Cmd {
    command: Command,
    stdin: Option<String>,
}

impl Cmd {
    /// Feeds this text on stdin (otherwise stdin is empty).
    pub fn stdin(mut self, text: &str) -> Cmd {
        self.stdin = Some(text.to_string());
        self
    }

    /// Sets an environment variable.
    pub fn env(mut self, key: &str, value: &str) -> Cmd {
        self.command.env(key, value);
        self
    }

    /// Runs to completion.
    pub fn run(mut self) -> Run {
        self.command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.command.spawn().expect("spawn doorman");
        let mut stdin = child.stdin.take().expect("stdin");
        if let Some(text) = &self.stdin {
            stdin.write_all(text.as_bytes()).expect("write stdin");
        }
        drop(stdin);
        let out = child.wait_with_output().expect("wait for doorman");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// What a finished command printed and how it exited.
#[derive(Debug)]
pub struct Run {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Asserts exit code 0.
    pub fn success(self) -> Run {
        assert_eq!(self.code, 0, "expected success, got {self:#?}");
        self
    }

    /// Asserts an exit code and that stderr is one `error:` line containing `needle`.
    pub fn fails(self, code: i32, needle: &str) -> Run {
        assert_eq!(self.code, code, "wrong exit code: {self:#?}");
        let line = self.stderr.trim_end();
        assert!(
            line.starts_with("error: ") && !line.contains('\n'),
            "expected one error line, got {self:#?}"
        );
        assert!(line.contains(needle), "expected '{needle}' in {line:?}");
        self
    }

    /// Parses stdout as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }
}

/// The names of the audit events `doorman audit` prints (newest first), with extra arguments.
pub fn audit_events(env: &Env, args: &[&str]) -> Vec<String> {
    let mut all = vec!["audit"];
    all.extend_from_slice(args);
    env.json(&all)
        .as_array()
        .expect("an array")
        .iter()
        .map(|e| e["event"].as_str().expect("event name").to_string())
        .collect()
}

/// Creates a user with an email and a password, returning its JSON.
pub fn create_user(env: &Env, email: &str) -> Value {
    env.json(&[
        "user",
        "create",
        "--email",
        email,
        "--password",
        "violet-Harbor-42",
    ])
}

/// A seed of 20,000 users (with imported hashes, so nothing to hash) run at trace level and
/// left paused once its log shows `marker`: the caller stops reading its stderr, the pipe fills
/// and the child blocks right there, with no timing involved. Returns the child, still
/// running, and the rest of its log.
pub fn paused_bulk_seed(
    env: &Env,
    marker: &str,
) -> (
    std::process::Child,
    std::io::Lines<std::io::BufReader<std::process::ChildStderr>>,
) {
    use std::io::BufRead;
    let hash = "$2b$04$FoX8PMJ.vwwTO1FvfpCAuOAQxYLGJHbo9D8AYh1dHy7G79v14YuZW";
    let mut text = String::from("users:\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "  - email: bulk{i}@example.com\n    password_hash: '{hash}'\n"
        ));
    }
    let file = env.write("bulk.yaml", &text);
    let mut child = std::process::Command::new(binary())
        .args(["-vvv", "seed"])
        .arg(&file)
        .current_dir(env.dir())
        .env("USER", "tester")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let reached = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|l| l.contains(marker));
    assert!(reached, "the seed logged '{marker}'");
    assert!(
        child.try_wait().unwrap().is_none(),
        "still running, paused on its log pipe"
    );
    (child, lines)
}

/// The `id` of the item named `name` in a JSON list (roles, scopes, organizations...).
pub fn id_named(list: &Value, name: &str) -> String {
    list.as_array()
        .and_then(|items| items.iter().find(|item| item["name"] == name))
        .and_then(|item| item["id"].as_str())
        .unwrap_or_else(|| panic!("no '{name}' in {list}"))
        .to_string()
}
