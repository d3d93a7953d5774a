//! Errors of the core crate: an article's fields that cannot be understood.
//! Reading errors (files, lines, tables) are propos-read's.

/// What can go wrong while configuring extraction: a language or a date.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A language code that propos has no lexicons for.
    #[error("unsupported language {given:?}: supported languages are {}", supported.join(", "))]
    UnsupportedLanguage {
        /// The code as given.
        given: String,
        /// The codes propos has lexicons for.
        supported: &'static [&'static str],
    },
    /// A publication date that is not an ISO date.
    #[error("invalid publication date {given:?}: expected YYYY-MM-DD")]
    InvalidDate {
        /// The date as given.
        given: String,
    },
}

/// Result type of the core crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
