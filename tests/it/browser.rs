//! A small WebDriver client over Debian's ChromeDriver and headless Chromium, for tests that
//! drive the hosted pages as a user does: type, click, follow redirects, and keep a screenshot
//! of every page under `target/screenshots/`. WebDriver is HTTP and JSON, so ureq and serde_json
//! are all it needs.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use base64::Engine;
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A headless Chromium session behind its own ChromeDriver.
pub struct Chrome {
    driver: Child,
    endpoint: String,
    profile: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

fn call(method: &str, url: &str, body: Option<Value>) -> Value {
    try_call(method, url, body).unwrap_or_else(|e| panic!("WebDriver {method} {url}: {e}"))
}

fn try_call(method: &str, url: &str, body: Option<Value>) -> Result<Value, String> {
    let agent = agent();
    let response = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        ("DELETE", _) => agent.delete(url).call(),
        (_, body) => agent
            .post(url)
            .header("Content-Type", "application/json")
            .send(body.unwrap_or_else(|| json!({})).to_string()),
    }
    .map_err(|e| e.to_string())?;
    let text = response
        .into_body()
        .read_to_string()
        .map_err(|e| e.to_string())?;
    let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    if value["value"]["error"].is_string() {
        return Err(value["value"].to_string());
    }
    Ok(value["value"].clone())
}

impl Chrome {
    /// Starts ChromeDriver and a headless Chromium. Fails (never skips) when they are missing:
    /// `scripts/test` installs them.
    pub fn start() -> Chrome {
        let driver_path = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
            .expect("chromedriver is missing: run scripts/test, which installs chromium and chromium-driver");
        let port = free_port();
        let mut driver = Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        // ChromeDriver says it has started on stdout; keep draining it afterwards.
        let mut lines = BufReader::new(driver.stdout.take().unwrap()).lines();
        for line in lines.by_ref() {
            if line.unwrap_or_default().contains("started successfully") {
                break;
            }
        }
        std::thread::spawn(move || for _ in lines {});
        let profile = tempfile::tempdir().unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let session = call(
            "POST",
            &format!("{base}/session"),
            Some(json!({
                "capabilities": { "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": "/usr/bin/chromium",
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync",
                            format!("--window-size={}", window_size()),
                            format!("--user-data-dir={}", profile.path().display()),
                        ]
                    }
                }}
            })),
        );
        let id = session["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
        Chrome {
            driver,
            endpoint: format!("{base}/session/{id}"),
            profile,
        }
    }

    /// Opens a URL and waits for it to load.
    pub fn open(&self, url: &str) {
        call(
            "POST",
            &format!("{}/url", self.endpoint),
            Some(json!({ "url": url })),
        );
    }

    /// The address the browser is at.
    pub fn url(&self) -> String {
        call("GET", &format!("{}/url", self.endpoint), None)
            .as_str()
            .unwrap()
            .to_string()
    }

    /// The page's HTML as the browser has it.
    pub fn source(&self) -> String {
        call("GET", &format!("{}/source", self.endpoint), None)
            .as_str()
            .unwrap()
            .to_string()
    }

    fn find(&self, css: &str) -> String {
        let found = call(
            "POST",
            &format!("{}/element", self.endpoint),
            Some(json!({ "using": "css selector", "value": css })),
        );
        found[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_string()
    }

    /// Whether an element matches.
    pub fn has(&self, css: &str) -> bool {
        let found = call(
            "POST",
            &format!("{}/elements", self.endpoint),
            Some(json!({ "using": "css selector", "value": css })),
        );
        found.as_array().is_some_and(|a| !a.is_empty())
    }

    /// Types into a field.
    pub fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css);
        call(
            "POST",
            &format!("{}/element/{element}/value", self.endpoint),
            Some(json!({ "text": text })),
        );
    }

    /// Clicks a link or submit button and waits until the page it leads to has loaded:
    /// ChromeDriver may return from a click before a form submission's navigation starts.
    pub fn click(&self, css: &str) {
        let element = self.find(css);
        let script = |source: &str| {
            try_call(
                "POST",
                &format!("{}/execute/sync", self.endpoint),
                Some(json!({ "script": source, "args": [] })),
            )
        };
        script("window.__doormanOldPage = true; return true;").expect("mark the page");
        call(
            "POST",
            &format!("{}/element/{element}/click", self.endpoint),
            Some(json!({})),
        );
        // A generous deadline, only so a broken page fails the test instead of hanging it.
        for _ in 0..600 {
            let state = script("return [document.readyState, window.__doormanOldPage === true];");
            if let Ok(state) = state
                && state[0] == "complete"
                && state[1] == false
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("clicking {css} led to no new page");
    }

    /// Ticks a checkbox without a click: no page follows.
    pub fn tick(&self, css: &str) {
        call(
            "POST",
            &format!("{}/execute/sync", self.endpoint),
            Some(json!({
                "script": "document.querySelector(arguments[0]).checked = true; return true;",
                "args": [css],
            })),
        );
    }

    /// Sets a field's value (a select's choice) without a click: no page follows.
    pub fn set_value(&self, css: &str, value: &str) {
        call(
            "POST",
            &format!("{}/execute/sync", self.endpoint),
            Some(json!({
                "script": "document.querySelector(arguments[0]).value = arguments[1]; return true;",
                "args": [css, value],
            })),
        );
    }

    /// The text of an element.
    pub fn text(&self, css: &str) -> String {
        let element = self.find(css);
        call(
            "GET",
            &format!("{}/element/{element}/text", self.endpoint),
            None,
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Adds a virtual authenticator through WebDriver's WebAuthn extension: CTAP2, built in,
    /// with discoverable credentials and user verification that succeeds, so the pages can make
    /// and use passkeys as on a laptop with a fingerprint reader. Returns its id.
    pub fn add_virtual_authenticator(&self) -> String {
        let id = call(
            "POST",
            &format!("{}/webauthn/authenticator", self.endpoint),
            Some(json!({
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": true,
                "hasUserVerification": true,
                "isUserVerified": true,
                "isUserConsenting": true,
            })),
        );
        id.as_str().expect("an authenticator id").to_string()
    }

    /// The credentials a virtual authenticator holds.
    pub fn authenticator_credentials(&self, authenticator: &str) -> Vec<Value> {
        call(
            "GET",
            &format!(
                "{}/webauthn/authenticator/{authenticator}/credentials",
                self.endpoint
            ),
            None,
        )
        .as_array()
        .cloned()
        .unwrap_or_default()
    }

    /// Runs `script` in the page as an async function body given `args` (as `arguments`), and
    /// returns what it passes to its callback, the last argument: for a test that calls an API
    /// from a page's origin, as an app's own script would.
    pub fn run_async(&self, script: &str, args: Vec<Value>) -> Value {
        call(
            "POST",
            &format!("{}/execute/async", self.endpoint),
            Some(json!({ "script": script, "args": args })),
        )
    }

    /// Saves what the browser shows as `target/screenshots/<name>.png`.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        let data = call("GET", &format!("{}/screenshot", self.endpoint), None);
        let png = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap())
            .unwrap();
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }
}

/// The browser window's size, `WIDTH,HEIGHT`: 900,900 unless `SCREENSHOT_WINDOW` asks for
/// another (`SCREENSHOT_WINDOW=390,844` to look at the pages as a phone shows them).
fn window_size() -> String {
    std::env::var("SCREENSHOT_WINDOW")
        .ok()
        .filter(|size| {
            size.split_once(',')
                .is_some_and(|(w, h)| w.parse::<u32>().is_ok() && h.parse::<u32>().is_ok())
        })
        .unwrap_or_else(|| "900,900".to_string())
}

impl Drop for Chrome {
    fn drop(&mut self) {
        let _ = agent().delete(&self.endpoint).call();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = &self.profile;
    }
}

/// A stand-in app: answers every request with a small page and remembers the paths asked for,
/// so a test sees the redirect back with its code.
pub struct App {
    /// `http://127.0.0.1:PORT/callback`.
    pub redirect_uri: String,
    requests: std::sync::mpsc::Receiver<String>,
}

impl App {
    /// Listens on a free port.
    pub fn start() -> App {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut line = String::new();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                        break;
                    }
                }
                let path = line.split(' ').nth(1).unwrap_or_default().to_string();
                let _ = tx.send(path);
                let body = "<!doctype html><title>App</title><h1>Back in the app</h1>";
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        App {
            redirect_uri: format!("http://127.0.0.1:{port}/callback"),
            requests: rx,
        }
    }

    /// The next request's path and query (favicon requests skipped).
    pub fn next_request(&self) -> String {
        loop {
            let path = self
                .requests
                .recv_timeout(Duration::from_secs(30))
                .expect("the app got no request");
            if !path.starts_with("/favicon") {
                return path;
            }
        }
    }
}
