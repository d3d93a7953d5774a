//! Language knowledge as data: the files under `lexicons/<lang>/` are compiled in.
//!
//! Format: one entry a line, `#` starts a comment, blank lines are skipped.
//! Files of pairs separate key and value with a tab.

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

/// The entries of a lexicon file: trimmed lines, without comments and blank lines.
pub fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines().filter_map(|line| {
        let entry = line.split('#').next().unwrap_or("").trim();
        (!entry.is_empty()).then_some(entry)
    })
}

/// The `key<TAB>value` pairs of a lexicon file.
///
/// Lines without a tab are an error in the data file and are reported by
/// the lexicon tests; here they are skipped.
pub fn pairs(data: &str) -> impl Iterator<Item = (&str, &str)> {
    entries(data).filter_map(|entry| {
        let (key, value) = entry.split_once('\t')?;
        Some((key.trim(), value.trim()))
    })
}

/// Guesses the language of a text from its most common function words.
///
/// Falls back to French, the first language of propos, when no word is known.
pub fn detect_language(text: &str) -> Lang {
    use crate::statements::lex::HashMap;
    use std::sync::LazyLock;
    // word -> bit set of the languages (indices of `Lang::ALL`) that list it
    static STOPWORDS: LazyLock<(HashMap<&'static str, u32>, usize)> = LazyLock::new(|| {
        let file = lexicon_file!("stopwords.txt");
        let mut words: HashMap<&'static str, u32> = HashMap::default();
        for (i, &lang) in Lang::ALL.iter().enumerate() {
            for word in entries(file(lang)) {
                *words.entry(word).or_default() |= 1 << i;
            }
        }
        // the longest stop word, in characters
        let longest = words.keys().map(|w| w.chars().count()).max().unwrap_or(0);
        (words, longest)
    });
    let (stopwords, longest) = &*STOPWORDS;
    let mut hits = vec![0usize; Lang::ALL.len()];
    let mut lower = String::new();
    for word in text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .take(2000)
    {
        // a word folds to at least as many characters as it has
        if word.is_empty() || word.len() > *longest && word.chars().count() > *longest {
            continue;
        }
        let key = if word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
            word
        } else if word.is_ascii() {
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
            lower.as_str()
        } else {
            lower = word.to_lowercase();
            lower.as_str()
        };
        if let Some(&langs) = stopwords.get(key) {
            for (i, hit) in hits.iter_mut().enumerate() {
                if langs & (1 << i) != 0 {
                    *hit += 1;
                }
            }
        }
    }
    let best = hits
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))
        .map(|(i, _)| i)
        .unwrap_or(0);
    Lang::ALL[best]
}
