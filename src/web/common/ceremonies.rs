//! Passkey ceremonies started outside a sign-in (the account center's): the state the server
//! made for the options it sent, kept in memory for a few minutes under the session that asked,
//! and taken once when the browser answers. A session id is a secret the server chose, so a
//! ceremony answers only the browser that started it.

use std::collections::HashMap;
use std::sync::Mutex;

/// How long a ceremony waits for the browser's answer.
pub const CEREMONY_SECONDS: i64 = 300;

/// The ceremonies waiting, by session id.
#[derive(Debug, Default)]
pub struct Ceremonies(Mutex<HashMap<String, (String, i64)>>);

impl Ceremonies {
    /// Keeps `state` for `session` (replacing one it had), as of `now` (unix seconds).
    pub fn put(&self, session: &str, state: String, now: i64) {
        let mut waiting = self.0.lock().unwrap_or_else(|p| p.into_inner());
        waiting.retain(|_, (_, at)| now - *at < CEREMONY_SECONDS);
        waiting.insert(session.to_string(), (state, now));
    }

    /// The state kept for `session`, once, if it has not lapsed.
    pub fn take(&self, session: &str, now: i64) -> Option<String> {
        let mut waiting = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let (state, at) = waiting.remove(session)?;
        (now - at < CEREMONY_SECONDS).then_some(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ceremony_is_taken_once_by_its_session_before_it_lapses() {
        let ceremonies = Ceremonies::default();
        ceremonies.put("s1", "state".into(), 100);
        assert_eq!(ceremonies.take("s2", 101), None);
        assert_eq!(ceremonies.take("s1", 101), Some("state".into()));
        assert_eq!(ceremonies.take("s1", 102), None, "once");
        ceremonies.put("s1", "later".into(), 100);
        assert_eq!(
            ceremonies.take("s1", 100 + CEREMONY_SECONDS),
            None,
            "lapsed"
        );
    }
}
