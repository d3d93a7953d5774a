//! Agreement features of words: which pronouns, titles, determiners and role nouns show
//! a gender, a plural, a non-person, a copula or the latest mention, and which gendered pronouns
//! may stand for a thing (`lexicons/<lang>/agreement.tsv`).

use std::sync::LazyLock;

use crate::hash::{FastMap, FastSet};
use crate::lexicon::pairs;
use crate::{lexicon_file, Lang};

/// What a word tells of the entity it names or stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Feature {
    /// A man.
    Masculine,
    /// A woman.
    Feminine,
    /// Several entities.
    Plural,
    /// Not a person.
    Thing,
    /// A copula: a name before it takes the role after it.
    Copula,
    /// Refers to the person named last ("ce dernier", "the latter").
    Latest,
}

/// The gender of a person entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
}

impl Feature {
    /// The gender this feature shows, if any.
    pub fn gender(self) -> Option<Gender> {
        match self {
            Feature::Masculine => Some(Gender::Masculine),
            Feature::Feminine => Some(Gender::Feminine),
            Feature::Plural | Feature::Thing | Feature::Copula | Feature::Latest => None,
        }
    }
}

fn parse(value: &str) -> Option<Feature> {
    let value = value.strip_suffix(ANY_KIND).unwrap_or(value);
    match value {
        "m" => Some(Feature::Masculine),
        "f" => Some(Feature::Feminine),
        "pl" => Some(Feature::Plural),
        "thing" => Some(Feature::Thing),
        "copula" => Some(Feature::Copula),
        "latest" => Some(Feature::Latest),
        _ => None,
    }
}

fn load(lang: Lang) -> FastMap<String, Feature> {
    pairs(lexicon_file!("agreement.tsv")(lang))
        .filter_map(|(word, value)| Some((word.to_string(), parse(value)?)))
        .collect()
}

static FEATURES: LazyLock<Vec<FastMap<String, Feature>>> =
    LazyLock::new(|| Lang::ALL.iter().map(|&l| load(l)).collect());

/// The suffix marking a gendered pronoun that may also stand for a thing by the grammatical
/// gender of its head noun (French "il\tm+any" for "le gouvernement"); English "he" is a person.
const ANY_KIND: &str = "+any";

static ANY: LazyLock<Vec<FastSet<String>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&l| {
            pairs(lexicon_file!("agreement.tsv")(l))
                .filter(|&(_, v)| v.ends_with(ANY_KIND))
                .map(|(w, _)| w.to_string())
                .collect()
        })
        .collect()
});

/// The agreement lexicon of a language: lower-case word → feature.
pub(crate) fn features(lang: Lang) -> &'static FastMap<String, Feature> {
    &FEATURES[lang.index()]
}

/// The gendered pronouns of a language that may stand for a thing, not only a person.
pub(crate) fn any_kind(lang: Lang) -> &'static FastSet<String> {
    &ANY[lang.index()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_parses() {
        for lang in Lang::ALL {
            let data = lexicon_file!("agreement.tsv")(lang);
            for (word, value) in pairs(data) {
                assert!(parse(value).is_some(), "{lang}: {word}\t{value}");
            }
            assert!(!features(lang).is_empty());
        }
    }
}
