//! Agreement features of words: which pronouns, titles, determiners and role nouns show
//! a gender, a plural, a non-person, a copula or the latest mention, and which gendered pronouns
//! may stand for a thing (`lexicons/<lang>/agreement.tsv`).

use crate::hash::{FastMap, FastSet};
use crate::lexicon::{File, LexiconError};

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

/// The agreement lexicon of a language (`agreement.tsv`).
pub(crate) struct Agreement {
    /// Lower-case word → feature.
    pub(crate) features: FastMap<String, Feature>,
    /// The gendered pronouns that may stand for a thing, not only a person.
    pub(crate) any_kind: FastSet<String>,
}

/// The suffix marking a gendered pronoun that may also stand for a thing by the grammatical
/// gender of its head noun (French "il\tm+any" for "le gouvernement"); English "he" is a person.
const ANY_KIND: &str = "+any";

impl Agreement {
    /// Parses `word<TAB>feature` lines; an unknown feature is an error.
    pub(crate) fn load(file: &File) -> Result<Self, LexiconError> {
        let rows = file.pairs()?;
        let mut features = FastMap::default();
        for &(line, word, value) in &rows {
            match parse(value) {
                Some(feature) => {
                    features.insert(word.to_string(), feature);
                }
                None => return Err(file.error(line, format!("{value:?} is not a feature"))),
            }
        }
        let any_kind = rows
            .iter()
            .filter(|&&(_, _, v)| v.ends_with(ANY_KIND))
            .map(|&(_, w, _)| w.to_string())
            .collect();
        Ok(Self { features, any_kind })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn every_line_parses_and_an_unknown_feature_is_an_error() {
        for lang in Lang::ALL {
            let agreement = Agreement::load(&crate::lexicon_strict_file!(lang, "agreement.tsv"))
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(!agreement.features.is_empty());
        }
        let file = File {
            lang: Lang::Fr,
            name: "agreement.tsv",
            text: "il\tm+any\nelles\tplural\n",
        };
        let e = Agreement::load(&file).err().map(|e| e.line);
        assert_eq!(e, Some(2));
    }
}
