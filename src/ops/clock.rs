//! Where "now" comes from. Operations take the clock as a value so expiry rules are testable
//! without sleeping: `DOORMAN_NOW` pins it for the CLI's black-box tests, and a server with test
//! controls runs on a [`ControlledClock`] an app's test suite moves over HTTP (`/dev/clock`).

use std::sync::atomic::{AtomicI64, Ordering};

use crate::model::timestamp::Timestamp;

/// The clock an operation reads.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The system clock.
    System,
    /// A fixed instant.
    Fixed(Timestamp),
    /// A clock a test moves: every worker of a server and its sweeper share it, so a code, a
    /// token or a rate-limit window expires for all of them at once.
    Controlled(&'static ControlledClock),
}

impl Clock {
    /// The current instant by this clock.
    pub fn now(self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Fixed(t) => t,
            Clock::Controlled(clock) => clock.now(),
        }
    }
}

/// A clock that runs with a base clock (the system's, or one `DOORMAN_NOW` pinned) plus an
/// offset a test sets: moved forward it keeps running from there, as time does, so a test
/// that advances an hour sees a token issued after the jump live its full lifetime.
#[derive(Debug)]
pub struct ControlledClock {
    base: Option<Timestamp>,
    offset: AtomicI64,
}

impl ControlledClock {
    /// A clock over `base` (the system clock or a pinned instant), not yet moved. It lives as
    /// long as the process: every `Doorman` of a server copies the reference.
    pub fn leak(base: Clock) -> &'static ControlledClock {
        let base = match base {
            Clock::System => None,
            Clock::Fixed(t) => Some(t),
            Clock::Controlled(clock) => Some(clock.now()),
        };
        Box::leak(Box::new(ControlledClock {
            base,
            offset: AtomicI64::new(0),
        }))
    }

    /// The current instant by this clock.
    pub fn now(&self) -> Timestamp {
        let base = self.base.unwrap_or_else(Timestamp::now);
        base.plus(self.offset.load(Ordering::Relaxed))
    }

    /// How far this clock is ahead of its base (negative: behind), in seconds.
    pub fn offset(&self) -> i64 {
        self.offset.load(Ordering::Relaxed)
    }

    /// Moves the clock forward by `seconds` (backward when negative).
    pub fn advance(&self, seconds: i64) {
        self.offset.fetch_add(seconds, Ordering::Relaxed);
    }

    /// Sets the clock to `at`, from where it keeps running.
    pub fn set(&self, at: Timestamp) {
        let base = self.base.unwrap_or_else(Timestamp::now);
        self.offset
            .store(at.unix().saturating_sub(base.unix()), Ordering::Relaxed);
    }

    /// Back to the base clock.
    pub fn reset(&self) {
        self.offset.store(0, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_controlled_clock_moves_from_its_base_and_comes_back() {
        let base = Timestamp::from_unix(1_000_000);
        let clock = ControlledClock::leak(Clock::Fixed(base));
        assert_eq!(Clock::Controlled(clock).now(), base);
        clock.advance(7_200);
        assert_eq!(clock.now(), base.plus(7_200));
        clock.set(Timestamp::from_unix(500));
        assert_eq!(clock.now().unix(), 500);
        assert_eq!(clock.offset(), 500 - 1_000_000);
        clock.reset();
        assert_eq!(clock.now(), base);
    }

    #[test]
    fn over_the_system_clock_it_keeps_running() {
        let clock = ControlledClock::leak(Clock::System);
        clock.advance(3_600);
        let ahead = clock.now().unix() - Timestamp::now().unix();
        assert!((3_599..=3_601).contains(&ahead), "{ahead}");
    }
}
