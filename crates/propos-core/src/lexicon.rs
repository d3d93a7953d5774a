//! Language knowledge as data: the files under `lexicons/<lang>/` are compiled in.
//!
//! Format: one entry a line, `#` starts a comment, blank lines are skipped.
//! Files of pairs separate key and value with a tab.
//!
//! Words and writing conventions are data, not code: function-word classes
//! (`grammar.tsv`), source markers and their lemmas (`source_markers.tsv`), inverted
//! pronouns (`inversions.tsv`), demonym endings, number separators (`numbers.tsv`), date
//! order and capitals (`date_conventions.tsv`), the noun phrase after a number and
//! the possessive (`noun_phrases.tsv`), the endings kept in a word after an apostrophe
//! (`orthography.tsv`) and page-furniture words (`source_labels.txt`, `counters.tsv`).
//! A new language needs its directory, its `Lang` variant and number words (figures use
//! `text2num`); no rule code changes. Every file is parsed strictly with `File`: a line
//! that does not parse (wrong number of columns, unknown key, class or value) is a
//! [`LexiconError`] naming file and line. The parsed data of one language is its
//! `language::Language`; the page-furniture words of the layout stage, read before the
//! language is known, are those of every language together.

use crate::Lang;

/// The text of lexicon file `$file` for a language, embedded at compile time.
///
/// Expands to an expression of type `fn(Lang) -> &'static str`.
#[macro_export]
#[doc(hidden)]
macro_rules! lexicon_file {
    ($file:literal) => {
        |lang: $crate::Lang| -> &'static str {
            match lang {
                $crate::Lang::Fr => {
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons/fr/", $file))
                }
                $crate::Lang::En => {
                    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons/en/", $file))
                }
            }
        }
    };
}

/// The entries of a lexicon file with their line numbers (counted from 1).
///
/// One pass over the bytes: each line is scanned once for its end and its `#`.
pub fn numbered_entries(data: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = data.as_bytes();
    let mut at = 0;
    let mut line = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            line += 1;
            let start = at;
            // the entry ends at a `#` or at the end of the line (both ASCII: char boundaries)
            let mut cut = None;
            while at < bytes.len() && bytes[at] != b'\n' {
                if bytes[at] == b'#' && cut.is_none() {
                    cut = Some(at);
                }
                at += 1;
            }
            let entry = data[start..cut.unwrap_or(at)].trim();
            at += 1;
            if !entry.is_empty() {
                return Some((line, entry));
            }
        }
        None
    })
}

/// A line of a lexicon file that does not parse: an unknown class or frame letter, a
/// wrong number of columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// The language of the file.
    pub lang: Lang,
    /// The file name in `lexicons/<lang>/`.
    pub file: &'static str,
    /// The line, counted from 1.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "lexicons/{}/{}:{}: {}",
            self.lang.code(),
            self.file,
            self.line,
            self.message
        )
    }
}

impl std::error::Error for LexiconError {}

/// One lexicon file of a language.
pub(crate) struct File {
    pub(crate) lang: Lang,
    pub(crate) name: &'static str,
    pub(crate) text: &'static str,
}

/// The lexicon file `$name` of language `$lang`.
#[macro_export]
#[doc(hidden)]
macro_rules! lexicon_strict_file {
    ($lang:expr, $name:literal) => {
        $crate::lexicon::File {
            lang: $lang,
            name: $name,
            text: $crate::lexicon_file!($name)($lang),
        }
    };
}

impl File {
    pub(crate) fn error(&self, line: usize, message: String) -> LexiconError {
        LexiconError {
            lang: self.lang,
            file: self.name,
            line,
            message,
        }
    }

    /// An error when an entry (at `line`) of `n` tab-separated columns has fewer than
    /// `min` or more than `max`.
    fn check_columns(
        &self,
        line: usize,
        n: usize,
        min: usize,
        max: usize,
    ) -> Result<(), LexiconError> {
        if n < min || n > max {
            let want = if min == max {
                min.to_string()
            } else {
                format!("{min} to {max}")
            };
            return Err(self.error(line, format!("{n} columns, expected {want}")));
        }
        Ok(())
    }

    /// The entries with their tab-separated columns (at least `min`, at most `max`).
    pub(crate) fn rows(
        &self,
        min: usize,
        max: usize,
    ) -> Result<Vec<(usize, Vec<&'static str>)>, LexiconError> {
        numbered_entries(self.text)
            .map(|(line, entry)| {
                let columns: Vec<&str> = tab_columns(entry).collect();
                self.check_columns(line, columns.len(), min, max)?;
                Ok((line, columns))
            })
            .collect()
    }

    /// The `key<TAB>value` pairs, trimmed.
    pub(crate) fn pairs(&self) -> Result<Vec<(usize, &'static str, &'static str)>, LexiconError> {
        numbered_entries(self.text)
            .map(|(line, entry)| {
                let (key, value) = match entry.bytes().position(|b| b == b'\t') {
                    Some(tab) => (&entry[..tab], &entry[tab + 1..]),
                    None => (entry, ""),
                };
                let n = if value.is_empty() && key.len() == entry.len() {
                    1
                } else {
                    1 + tab_columns(value).count()
                };
                self.check_columns(line, n, 2, 2)?;
                Ok((line, key.trim(), value.trim()))
            })
            .collect()
    }

    /// The entries of a one-column file.
    pub(crate) fn words(&self) -> Result<Vec<&'static str>, LexiconError> {
        numbered_entries(self.text)
            .map(|(line, entry)| {
                let n = if entry.as_bytes().contains(&b'\t') {
                    tab_columns(entry).count()
                } else {
                    1
                };
                self.check_columns(line, n, 1, 1)?;
                Ok(entry)
            })
            .collect()
    }

    /// The `key<TAB>value` pairs with their values read by `parse`: a value it refuses
    /// is an error naming `what` was expected.
    pub(crate) fn parsed_pairs<T>(
        &self,
        what: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Vec<(&'static str, T)>, LexiconError> {
        self.pairs()?
            .into_iter()
            .map(|(line, key, value)| match parse(value) {
                Some(v) => Ok((key, v)),
                None => Err(self.error(line, format!("{value:?} is not {what}"))),
            })
            .collect()
    }
}

/// The tab-separated columns of an entry, as `split('\t')` gives them, found by a byte
/// scan (a tab is one byte; the pattern searcher costs more on short lines).
fn tab_columns(entry: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(entry);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b'\t') {
            Some(tab) => {
                rest = Some(&r[tab + 1..]);
                Some(&r[..tab])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The bytes of a word of at most 8 bytes as one integer (zero-padded; no word holds a
/// zero byte, so different words give different integers); `None` for longer words.
fn pack_word(word: &str) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes
        .get_mut(..word.len())?
        .copy_from_slice(word.as_bytes());
    Some(u64::from_le_bytes(bytes))
}

/// The stop words of `lang` (`stopwords.txt`): lower case, at most 8 bytes each.
fn stopwords(lang: Lang) -> Result<Vec<&'static str>, LexiconError> {
    let file = crate::lexicon_strict_file!(lang, "stopwords.txt");
    let words = file.words()?;
    for (line, word) in numbered_entries(file.text) {
        if pack_word(word).is_none() || word.to_lowercase() != word {
            return Err(file.error(
                line,
                format!("{word:?} is not lower case of 8 bytes at most"),
            ));
        }
    }
    Ok(words)
}

/// How many words (runs between separators, empty ones included) language detection reads.
const DETECTION_WORDS: usize = 2000;

/// Guesses the language of a text from its most common function words.
///
/// Reads the first `DETECTION_WORDS` (2000) words, split at every character that is
/// neither a letter nor `'`. Falls back to French, the first language of propos,
/// when no word is known.
pub fn detect_language(text: &str) -> Lang {
    use crate::hash::FastMap;
    use std::sync::LazyLock;
    struct Stopwords {
        /// packed word ([`pack_word`]) -> bit set of the languages (indices of `Lang::ALL`)
        langs: FastMap<u64, u32>,
        /// The longest stop word, in characters.
        longest: usize,
    }
    static STOPWORDS: LazyLock<Stopwords> = LazyLock::new(|| {
        let mut langs: FastMap<u64, u32> = FastMap::default();
        let mut longest = 0;
        for (i, &lang) in Lang::ALL.iter().enumerate() {
            let words = stopwords(lang).unwrap_or_else(|e| panic!("{e}"));
            for (word, key) in words.into_iter().filter_map(|w| Some((w, pack_word(w)?))) {
                *langs.entry(key).or_default() |= 1 << i;
                longest = longest.max(word.chars().count());
            }
        }
        Stopwords { langs, longest }
    });
    let stopwords = &*STOPWORDS;
    let mut hits = [0usize; Lang::ALL.len()];
    let mut lower = String::new();
    let mut count = |word: &str| {
        // a word folds to at least as many characters as it has
        if word.is_empty()
            || word.len() > stopwords.longest && word.chars().count() > stopwords.longest
        {
            return;
        }
        let key = if word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
            word
        } else {
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            lower.as_str()
        };
        if let Some(&langs) = pack_word(key).and_then(|k| stopwords.langs.get(&k)) {
            for (i, hit) in hits.iter_mut().enumerate() {
                if langs & (1 << i) != 0 {
                    *hit += 1;
                }
            }
        }
    };
    let bytes = text.as_bytes();
    let (mut words, mut start, mut at) = (0, 0, 0);
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_alphabetic() || b == b'\'' {
            at += 1;
            continue;
        }
        let width = if b.is_ascii() {
            1
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            if crate::chars::is_alphabetic(c) {
                at += c.len_utf8();
                continue;
            }
            c.len_utf8()
        };
        count(&text[start..at]);
        words += 1;
        if words == DETECTION_WORDS {
            break;
        }
        at += width;
        start = at;
    }
    if words < DETECTION_WORDS {
        count(&text[start..]);
    }
    let best = hits
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))
        .map(|(i, _)| i)
        .unwrap_or(0);
    Lang::ALL[best]
}

/// A month name or abbreviation of `months.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Month {
    /// 1 to 12.
    pub(crate) number: u8,
    /// A prefix of a longer name of the same month ("sept", "janv").
    pub(crate) abbreviation: bool,
}

/// Lower-case month name or abbreviation → its month.
pub(crate) type Months = crate::hash::FastMap<String, Month>;

/// Parses `months.tsv` of a language: `name<TAB>number`, the number from 1 to 12.
pub(crate) fn parse_months(lang: Lang) -> Result<Months, LexiconError> {
    let file = crate::lexicon_strict_file!(lang, "months.tsv");
    let mut names: Vec<(String, u8)> = Vec::new();
    for (line, name, number) in file.pairs()? {
        match number.parse::<u8>() {
            Ok(n @ 1..=12) => names.push((name.to_lowercase(), n)),
            _ => return Err(file.error(line, format!("month {number:?} is not 1 to 12"))),
        }
    }
    Ok(names
        .iter()
        .map(|(name, number)| {
            let abbreviation = names.iter().any(|(other, n)| {
                n == number && other.len() > name.len() && other.starts_with(name.as_str())
            });
            let month = Month {
                number: *number,
                abbreviation,
            };
            (name.clone(), month)
        })
        .collect())
}

/// The month names of a language, parsed once and shared by dates, figures and
/// statements. A test parses every language, so a file that does not parse never
/// reaches a release.
pub(crate) fn months(lang: Lang) -> &'static Months {
    use std::sync::OnceLock;
    static MONTHS: [OnceLock<Months>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    MONTHS[lang.index()].get_or_init(|| parse_months(lang).unwrap_or_else(|e| panic!("{e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &'static str) -> File {
        File {
            lang: Lang::Fr,
            name: "test.tsv",
            text,
        }
    }

    #[test]
    fn a_row_with_a_wrong_number_of_columns_names_its_file_and_line() {
        let f = file("# comment\nun\t1\n\ndeux\n");
        let e = f.pairs().unwrap_err();
        assert_eq!(e.line, 4);
        assert_eq!(
            e.to_string(),
            "lexicons/fr/test.tsv:4: 1 columns, expected 2"
        );
        let e = file("un\ndeux\tdeux\n").words().unwrap_err();
        assert_eq!((e.file, e.line), ("test.tsv", 2));
    }

    #[test]
    fn a_value_that_does_not_parse_names_its_file_and_line() {
        let f = file("un\t1\ndeux\tdeux\n");
        let e = f
            .parsed_pairs("a number", |v| v.parse::<u8>().ok())
            .unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("is not a number"), "{e}");
        let ok = file("un\t1\n# deux\n").parsed_pairs("a number", |v| v.parse::<u8>().ok());
        assert_eq!(ok, Ok(vec![("un", 1)]));
    }

    #[test]
    fn every_language_has_stop_words() {
        for lang in Lang::ALL {
            let words = stopwords(lang).unwrap_or_else(|e| panic!("{e}"));
            assert!(words.len() > 20, "{lang:?}");
        }
    }

    #[test]
    fn every_language_has_twelve_months() {
        for lang in Lang::ALL {
            let months = parse_months(lang).unwrap_or_else(|e| panic!("{e}"));
            let mut numbers: Vec<u8> = months.values().map(|m| m.number).collect();
            numbers.sort_unstable();
            numbers.dedup();
            assert_eq!(numbers, (1..=12).collect::<Vec<u8>>(), "{lang:?}");
        }
    }

    #[test]
    fn a_prefix_of_a_longer_name_of_its_month_is_an_abbreviation() {
        let fr = parse_months(Lang::Fr).unwrap();
        assert_eq!(fr["sept"].number, 9);
        assert!(fr["sept"].abbreviation);
        assert!(!fr["septembre"].abbreviation);
        let en = parse_months(Lang::En).unwrap();
        assert!(en["jan"].abbreviation && !en["january"].abbreviation);
    }
}
