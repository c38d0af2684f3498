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

    /// The longest wait of several limits, each asked for its own key: `None` when none blocks.
    pub fn longest_wait(limits: &[(&RateLimiter, &str)], now: i64) -> Option<i64> {
        limits
            .iter()
            .filter_map(|(limiter, key)| limiter.retry_after(key, now))
            .max()
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
}
