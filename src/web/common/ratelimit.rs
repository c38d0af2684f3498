//! Counting limits: after `max_failures` events (failed sign-ins, codes sent, wrong codes) for a
//! key within `window` seconds, further attempts are refused until the window has passed. Kept
//! in memory: a restart forgets them, which is fine for a local provider and keeps sign-in off
//! the disk.

use std::collections::HashMap;
use std::sync::Mutex;

/// One limiter (identifiers or IPs).
#[derive(Debug)]
pub struct RateLimiter {
    max_failures: u32,
    window: i64,
    entries: Mutex<HashMap<String, (u32, i64)>>,
}

impl RateLimiter {
    /// A limiter allowing `max_failures` within `window` seconds.
    pub fn new(max_failures: u32, window: i64) -> Self {
        RateLimiter {
            max_failures,
            window,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// Whether `key` has used up its failures at `now` (unix seconds).
    pub fn is_blocked(&self, key: &str, now: i64) -> bool {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries
            .get(key)
            .is_some_and(|(count, start)| *count >= self.max_failures && now < start + self.window)
    }

    /// Seconds until `key` may try again, when it is blocked at `now`.
    pub fn retry_after(&self, key: &str, now: i64) -> Option<i64> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries
            .get(key)
            .filter(|(count, start)| *count >= self.max_failures && now < start + self.window)
            .map(|(_, start)| start + self.window - now)
    }

    /// Counts a failure for `key`; true when this one used up its allowance (the moment a
    /// lock-out begins).
    pub fn fail(&self, key: &str, now: i64) -> bool {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() > 100_000 {
            let window = self.window;
            entries.retain(|_, (_, start)| now < *start + window);
        }
        let entry = entries.entry(key.to_string()).or_insert((0, now));
        if now >= entry.1 + self.window {
            *entry = (0, now);
        }
        entry.0 += 1;
        entry.0 == self.max_failures
    }

    /// Forgets `key`'s failures (after a success).
    pub fn clear(&self, key: &str) {
        self.entries
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }

    /// Forgets every key's failures (a test reset).
    pub fn forget_all(&self) {
        self.entries
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
    }
}

/// One limit counted twice, against a key (an account, an address) and against the client's IP:
/// an attempt is refused while either has had its share, and each event counts against both.
/// Failed sign-ins and codes sent are limited this way; a client the per-IP limit leaves alone
/// (see [`ServerState::limited_ip`]) is counted by key only.
///
/// [`ServerState::limited_ip`]: crate::web::engine::state::ServerState::limited_ip
#[derive(Debug)]
pub struct KeyAndIpLimit {
    per_key: RateLimiter,
    per_ip: RateLimiter,
}

impl KeyAndIpLimit {
    /// `per_key` events per key and `per_ip` per IP within `window` seconds.
    pub fn new(per_key: u32, per_ip: u32, window: i64) -> Self {
        KeyAndIpLimit {
            per_key: RateLimiter::new(per_key, window),
            per_ip: RateLimiter::new(per_ip, window),
        }
    }

    /// Seconds until a client at `ip` may try `key` again (the longer wait of the two), or
    /// `None` when neither limit blocks it.
    pub fn wait(&self, key: &str, ip: Option<&str>, now: i64) -> Option<i64> {
        let by_key = self.per_key.retry_after(key, now);
        let by_ip = ip.and_then(|ip| self.per_ip.retry_after(ip, now));
        by_key.max(by_ip)
    }

    /// Counts one event against `key` and, when given, `ip`.
    pub fn count(&self, key: &str, ip: Option<&str>, now: i64) {
        self.per_key.fail(key, now);
        if let Some(ip) = ip {
            self.per_ip.fail(ip, now);
        }
    }

    /// Forgets `key`'s events after a success; the IP's stay counted.
    pub fn clear(&self, key: &str) {
        self.per_key.clear(key);
    }

    /// Forgets every key's and every IP's events (a test reset).
    pub fn forget_all(&self) {
        self.per_key.forget_all();
        self.per_ip.forget_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_the_limit_until_the_window_passes() {
        let limiter = RateLimiter::new(2, 60);
        assert!(!limiter.fail("a", 100));
        assert!(!limiter.is_blocked("a", 100));
        assert_eq!(limiter.retry_after("a", 100), None);
        assert!(
            limiter.fail("a", 101),
            "the second failure begins the lock-out"
        );
        assert!(limiter.is_blocked("a", 102));
        assert_eq!(limiter.retry_after("a", 102), Some(58));
        assert!(!limiter.fail("a", 103), "only once");
        assert!(!limiter.is_blocked("b", 102));
        assert!(!limiter.is_blocked("a", 161), "window over");
        limiter.clear("a");
        assert!(!limiter.is_blocked("a", 102));
    }

    #[test]
    fn a_key_and_ip_limit_blocks_on_either_and_clears_the_key_only() {
        let limit = KeyAndIpLimit::new(2, 3, 60);
        limit.count("ada", Some("10.0.0.1"), 0);
        assert_eq!(limit.wait("ada", Some("10.0.0.1"), 1), None);
        limit.count("ada", Some("10.0.0.1"), 10);
        assert_eq!(limit.wait("ada", Some("10.0.0.2"), 20), Some(40));
        assert_eq!(limit.wait("bob", Some("10.0.0.1"), 20), None);
        limit.count("bob", Some("10.0.0.1"), 30);
        assert_eq!(limit.wait("bob", Some("10.0.0.1"), 30), Some(30));
        assert_eq!(limit.wait("bob", None, 30), None);
        limit.clear("ada");
        assert_eq!(limit.wait("ada", None, 30), None);
        assert_eq!(limit.wait("ada", Some("10.0.0.1"), 30), Some(30));
        assert_eq!(limit.wait("ada", Some("10.0.0.1"), 60), None);
    }
}
