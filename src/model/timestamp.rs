//! Time as doorman stores and prints it: whole seconds since the Unix epoch in the database
//! (compact, sortable), RFC 3339 in UTC everywhere a person or a script reads it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::error::{Error, Result};

/// A UTC instant with second precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    /// The current time. Operations take the time as a value so tests can inject a clock.
    pub fn now() -> Self {
        Timestamp(OffsetDateTime::now_utc().unix_timestamp())
    }

    /// Wraps seconds since the epoch, as stored in the database.
    pub const fn from_unix(seconds: i64) -> Self {
        Timestamp(seconds)
    }

    /// Seconds since the epoch, as stored in the database.
    pub fn unix(self) -> i64 {
        self.0
    }

    /// Milliseconds since the epoch, as Logto's JSON bodies give times.
    pub fn unix_millis(self) -> i64 {
        self.0.saturating_mul(1000)
    }

    /// The second a time in milliseconds since the epoch falls in (Logto's bodies).
    pub fn from_unix_millis(millis: i64) -> Self {
        Timestamp(millis.div_euclid(1000))
    }

    /// This instant plus some seconds (an expiry).
    pub fn plus(self, seconds: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(seconds))
    }

    /// Parses an RFC 3339 string such as `2026-11-21T10:00:00Z`.
    pub fn parse(text: &str) -> Result<Self> {
        OffsetDateTime::parse(text, &Rfc3339)
            .map(|t| Timestamp(t.unix_timestamp()))
            .map_err(|e| Error::invalid(format!("invalid timestamp '{text}': {e}")))
    }

    /// This instant as RFC 3339 in UTC.
    pub fn to_rfc3339(self) -> String {
        OffsetDateTime::from_unix_timestamp(self.0)
            .ok()
            .and_then(|t| t.format(&Rfc3339).ok())
            .unwrap_or_else(|| self.0.to_string())
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_rfc3339() {
        let t = Timestamp::from_unix(1_795_000_000);
        assert_eq!(Timestamp::parse(&t.to_rfc3339()).ok(), Some(t));
        assert!(t.to_rfc3339().ends_with('Z'));
    }

    #[test]
    fn rejects_garbage() {
        assert!(Timestamp::parse("yesterday").is_err());
    }
}
