//! The input record: one news article, and its language.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// One news article as read from a file, a JSON Lines record or a string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier (file stem, or the `id` / `doc_id` of a JSON record).
    pub id: String,
    /// The article text exactly as stored; every offset points into it.
    pub text: String,
    /// Where the article was published, when known.
    pub url: Option<String>,
    /// Publication date as an ISO date (`YYYY-MM-DD`), when known.
    pub published: Option<String>,
    /// Language, when known; detected from the text otherwise.
    pub lang: Option<Lang>,
}

impl Article {
    /// An article with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            text: text.into(),
            url: None,
            published: None,
            lang: None,
        }
    }
}

/// A language propos has lexicons for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// ISO 639-1 codes of the supported languages.
    pub const SUPPORTED: [&'static str; 2] = ["fr", "en"];

    /// Every supported language.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The position of the language in [`Lang::ALL`], for tables indexed by language.
    pub fn index(self) -> usize {
        Lang::ALL.iter().position(|&l| l == self).unwrap_or(0)
    }

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = Error;

    /// Parses `fr`, `en` (any case, region suffixes such as `fr-FR` allowed).
    fn from_str(s: &str) -> Result<Self, Error> {
        let primary = s.trim().split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "fr" => Ok(Lang::Fr),
            "en" => Ok(Lang::En),
            _ => Err(Error::UnsupportedLanguage {
                given: s.to_string(),
                supported: &Lang::SUPPORTED,
            }),
        }
    }
}
