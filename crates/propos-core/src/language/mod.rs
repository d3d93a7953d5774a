//! One typed language model per language, parsed once from `lexicons/<lang>/`.
//!
//! [`Language::of`] gives every stage its data: sentence abbreviations, the labels of
//! link lines, the figure and date lexicons and the statement lexicon. Each file is
//! parsed strictly ([`crate::lexicon::File`]): an unknown class, frame letter, key or
//! value, a wrong number of columns or a value that does not parse is a
//! [`LexiconError`] naming file and line, and a test loads every language, so such a
//! file never reaches a release.
//!
//! Layering: this module sits below the stages that read it (sentences, figures, dates,
//! statements) and above the file format ([`crate::lexicon`]); the stages' own logic
//! never appears here.

pub(crate) mod dates;
pub(crate) mod figures;
pub(crate) mod phrases;
pub(crate) mod plurals;

use std::sync::OnceLock;

use crate::hash::FastSet;
use crate::lexicon::LexiconError;
use crate::statements::lex::Lex;
use crate::{lexicon_strict_file, Lang};

/// Everything the pipeline knows of one language.
pub(crate) struct Language {
    /// Words that a period follows without ending the sentence ("M", "Mme").
    pub(crate) abbreviations: FastSet<&'static str>,
    /// Lower-case openers of link lines ("lire aussi"), `link_labels.txt`.
    pub(crate) link_labels: Vec<String>,
    /// Numbers, units and the words around a count.
    pub(crate) figures: figures::Lexicon,
    /// Month and weekday names, relative phrases, tense markers.
    pub(crate) dates: dates::Lexicon,
    /// Reporting verbs, word classes, roles, names: the statement lexicon.
    pub(crate) statements: Lex,
}

impl Language {
    /// Parses every lexicon of `lang`.
    pub(crate) fn load(lang: Lang) -> Result<Self, LexiconError> {
        let figures = figures::Lexicon::load(lang)?;
        let possessive = figures.noun_phrases.possessive;
        let mut dates = dates::Lexicon::load(lang)?;
        dates.number_group = figures.numbers.group;
        let time_phrases: Vec<String> = dates.phrases.phrases().map(|w| w.join(" ")).collect();
        let statements =
            crate::statements::lex::load(lang, possessive, figures.plurals.clone(), &time_phrases)?;
        Ok(Self {
            abbreviations: lexicon_strict_file!(lang, "abbreviations.txt")
                .words()?
                .into_iter()
                .collect(),
            link_labels: lexicon_strict_file!(lang, "link_labels.txt")
                .words()?
                .into_iter()
                .map(str::to_lowercase)
                .collect(),
            figures,
            dates,
            statements,
        })
    }

    /// The model of `lang`, parsed on first use.
    pub(crate) fn of(lang: Lang) -> &'static Language {
        static LANGUAGES: [OnceLock<Language>; Lang::ALL.len()] =
            [const { OnceLock::new() }; Lang::ALL.len()];
        LANGUAGES[lang.index()]
            .get_or_init(|| Language::load(lang).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Whether `line` is a link line of the page furniture ("Lire aussi : …", "Related:
    /// …"): one of `link_labels` opens it (after leading marks, in any case) and more
    /// than eight bytes follow.
    pub(crate) fn is_link_line(&self, line: &str) -> bool {
        let head: String = line
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .take(24)
            .flat_map(char::to_lowercase)
            .collect();
        self.link_labels
            .iter()
            .any(|l| head.starts_with(l.as_str()) && line.len() > l.len() + 8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_loads() {
        for lang in Lang::ALL {
            if let Err(e) = Language::load(lang) {
                panic!("{e}");
            }
            let language = Language::of(lang);
            assert!(!language.abbreviations.is_empty(), "{lang:?}");
            assert!(!language.link_labels.is_empty(), "{lang:?}");
        }
    }
}
