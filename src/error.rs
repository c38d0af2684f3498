//! One error type for the whole crate, so every layer speaks the same language about what went
//! wrong and the CLI (exit codes) and later the server (HTTP status) map it in exactly one place.

use std::fmt;

/// Everything that can go wrong in doorman, classified by what the caller should do about it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input was wrong: a bad email, a weak password, an unknown setting, a refused prompt.
    #[error("{0}")]
    Invalid(String),
    /// A named thing (user, setting key, file) does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The change collides with existing data: a taken username, email or phone.
    #[error("{0}")]
    Conflict(String),
    /// The database said no; the message names what was being done.
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    /// Reading or writing a file failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being read or written, with its path.
        context: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Anything else that is the machine's fault rather than the user's.
    #[error("{0}")]
    Runtime(String),
}

/// The crate-wide result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Builds an [`Error::Invalid`] from anything printable.
    pub fn invalid(message: impl fmt::Display) -> Self {
        Error::Invalid(message.to_string())
    }

    /// Builds an [`Error::NotFound`] from anything printable.
    pub fn not_found(message: impl fmt::Display) -> Self {
        Error::NotFound(message.to_string())
    }

    /// Builds an [`Error::Conflict`] from anything printable.
    pub fn conflict(message: impl fmt::Display) -> Self {
        Error::Conflict(message.to_string())
    }

    /// Wraps an I/O error with what was being done, so the one-line message names the file.
    pub fn io(context: impl fmt::Display, source: std::io::Error) -> Self {
        Error::Io {
            context: context.to_string(),
            source,
        }
    }

    /// The process exit code SPEC §1 assigns to this kind of failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Invalid(_) => 2,
            Error::NotFound(_) => 3,
            Error::Conflict(_) => 4,
            Error::Database(_) | Error::Io { .. } | Error::Runtime(_) => 1,
        }
    }

    /// The HTTP status the server answers this kind of failure with: the same classification
    /// as [`Error::exit_code`], so a rule refused by the CLI and by a page reads the same.
    pub fn http_status(&self) -> u16 {
        match self {
            Error::Invalid(_) => 400,
            Error::NotFound(_) => 404,
            Error::Conflict(_) => 409,
            Error::Database(_) | Error::Io { .. } | Error::Runtime(_) => 500,
        }
    }

    /// Prefixes the message with where the problem was found (a file, a record index), keeping
    /// the kind so the exit code stays right.
    pub fn context(self, prefix: impl fmt::Display) -> Self {
        match self {
            Error::Invalid(m) => Error::Invalid(format!("{prefix}: {m}")),
            Error::NotFound(m) => Error::NotFound(format!("{prefix}: {m}")),
            Error::Conflict(m) => Error::Conflict(format!("{prefix}: {m}")),
            Error::Runtime(m) => Error::Runtime(format!("{prefix}: {m}")),
            Error::Io { context, source } => Error::Io {
                context: format!("{prefix}: {context}"),
                source,
            },
            Error::Database(e) => Error::Runtime(format!("{prefix}: database: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_spec() {
        assert_eq!(Error::invalid("x").exit_code(), 2);
        assert_eq!(Error::not_found("x").exit_code(), 3);
        assert_eq!(Error::conflict("x").exit_code(), 4);
        assert_eq!(Error::Runtime("x".into()).exit_code(), 1);
    }

    #[test]
    fn http_statuses_follow_the_kinds() {
        assert_eq!(Error::invalid("x").http_status(), 400);
        assert_eq!(Error::not_found("x").http_status(), 404);
        assert_eq!(Error::conflict("x").http_status(), 409);
        assert_eq!(Error::Runtime("x".into()).http_status(), 500);
    }

    #[test]
    fn context_keeps_the_kind() {
        let e = Error::invalid("bad email").context("users[3].email");
        assert_eq!(e.exit_code(), 2);
        assert_eq!(e.to_string(), "users[3].email: bad email");
    }
}
