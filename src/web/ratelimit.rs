//! Failed sign-in limits, per identifier and per client IP: after `max_failures` failures within
//! `window` seconds, further attempts are refused until the window has passed. Kept in memory:
//! a restart forgets them, which is fine for a local provider and keeps sign-in off the disk.

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

    /// Counts a failure for `key`.
    pub fn fail(&self, key: &str, now: i64) {
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
    }

    /// Forgets `key`'s failures (after a success).
    pub fn clear(&self, key: &str) {
        self.entries
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_the_limit_until_the_window_passes() {
        let limiter = RateLimiter::new(2, 60);
        limiter.fail("a", 100);
        assert!(!limiter.is_blocked("a", 100));
        limiter.fail("a", 101);
        assert!(limiter.is_blocked("a", 102));
        assert!(!limiter.is_blocked("b", 102));
        assert!(!limiter.is_blocked("a", 161), "window over");
        limiter.clear("a");
        assert!(!limiter.is_blocked("a", 102));
    }
}
