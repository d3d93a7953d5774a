//! The plural of nouns in one language: regular endings (`plural_suffixes.tsv`) and
//! irregular plurals (`unit_plurals.tsv`), shared by the figure and statement lexicons so
//! that no stage spells a plural ending in code.

use crate::hash::FastMap;
use crate::lexicon::LexiconError;
use crate::Lang;

/// How nouns of one language make their plural.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plurals {
    /// (plural ending, singular ending), longest first; an ending that is its own singular
    /// ending marks a singular ("ss" in "boss").
    endings: Vec<(&'static str, &'static str)>,
    /// For each value of a word's last byte, the `endings` that a word closing with it may
    /// have, longest first (a few of them, not every ending tried on every word).
    by_last: Vec<Vec<(&'static str, &'static str)>>,
    /// [`Plurals::additions`], made once.
    additions: Vec<(&'static str, &'static str)>,
    /// Irregular plural → singular ("people" → "person").
    irregular: FastMap<String, String>,
}

impl Plurals {
    /// Parses the plural files of `lang`.
    pub(crate) fn load(lang: Lang) -> Result<Self, LexiconError> {
        let mut endings: Vec<(&str, &str)> =
            crate::lexicon_strict_file!(lang, "plural_suffixes.tsv")
                .pairs()?
                .into_iter()
                .map(|(_, plural, singular)| (plural, if singular == "-" { "" } else { singular }))
                .collect();
        endings.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let by_last = (0..=u8::MAX)
            .map(|b| {
                let closes = |p: &str| p.as_bytes().last().is_none_or(|&l| l == b);
                endings.iter().copied().filter(|(p, _)| closes(p)).collect()
            })
            .collect();
        let additions = endings
            .iter()
            .filter_map(|&(plural, singular)| {
                plural
                    .strip_prefix(singular)
                    .filter(|a| !a.is_empty())
                    .map(|added| (singular, added))
            })
            .collect();
        let irregular = crate::lexicon_strict_file!(lang, "unit_plurals.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, plural, singular)| (plural.to_string(), singular.to_string()))
            .collect();
        Ok(Self {
            endings,
            by_last,
            additions,
            irregular,
        })
    }

    /// The longest listed ending of `word`, with its singular ending.
    pub(crate) fn ending(&self, word: &str) -> Option<(&'static str, &'static str)> {
        let endings = match word.as_bytes().last() {
            Some(&b) => self.by_last.get(usize::from(b)).unwrap_or(&self.endings),
            None => &self.endings,
        };
        endings.iter().copied().find(|(p, _)| word.ends_with(p))
    }

    /// The singular of an irregular plural ("people" → "person").
    pub(crate) fn irregular(&self, word: &str) -> Option<&str> {
        self.irregular.get(word).map(String::as_str)
    }

    /// Whether lower-case `word` has the form of a plural: an irregular plural, or a regular
    /// plural ending ("soldats", "journaux", "bosses"; not "boss", "campus").
    pub(crate) fn is_plural(&self, word: &str) -> bool {
        self.irregular.contains_key(word) || self.ending(word).is_some_and(|(p, s)| p != s)
    }

    /// `word` without its plural ending when its singular is a prefix of it ("soldats" →
    /// "soldat", "bureaux" → "bureau", "bosses" → "boss"); `None` for a singular and for a
    /// plural that changes its stem ("journaux", "authorities").
    pub(crate) fn strip<'a>(&self, word: &'a str) -> Option<&'a str> {
        let (plural, singular) = self.ending(word)?;
        let added = plural.strip_prefix(singular).filter(|a| !a.is_empty())?;
        word.strip_suffix(added).filter(|stem| !stem.is_empty())
    }

    /// The letters a plural adds after the end of its singular: (singular ending, added
    /// letters) for each regular ending whose singular is a prefix of the plural ("" and "s";
    /// "eau" and "x").
    pub(crate) fn additions(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.additions.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_the_endings_of_each_language() {
        let en = Plurals::load(Lang::En).unwrap();
        assert!(en.is_plural("soldiers") && en.is_plural("people") && en.is_plural("bosses"));
        assert!(!en.is_plural("boss") && !en.is_plural("campus") && !en.is_plural("soldier"));
        assert_eq!(en.strip("soldiers"), Some("soldier"));
        assert_eq!(en.strip("bosses"), Some("boss"));
        assert_eq!(en.strip("boss"), None);
        assert_eq!(en.strip("authorities"), None);
        let fr = Plurals::load(Lang::Fr).unwrap();
        assert!(fr.is_plural("soldats") && fr.is_plural("journaux") && !fr.is_plural("soldat"));
        assert_eq!(fr.strip("bureaux"), Some("bureau"));
        assert_eq!(fr.strip("jeux"), Some("jeu"));
        assert_eq!(fr.strip("soldats"), Some("soldat"));
        assert_eq!(fr.strip("journaux"), None);
        assert!(fr.additions().any(|(s, a)| s == "eau" && a == "x"));
    }
}
