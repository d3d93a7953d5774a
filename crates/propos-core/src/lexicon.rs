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
    use std::collections::HashSet;
    use std::sync::LazyLock;
    static STOPWORDS: LazyLock<Vec<(Lang, HashSet<&'static str>)>> = LazyLock::new(|| {
        let file = lexicon_file!("stopwords.txt");
        Lang::ALL
            .iter()
            .map(|&lang| (lang, entries(file(lang)).collect()))
            .collect()
    });
    let mut hits = vec![0usize; STOPWORDS.len()];
    for word in text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .take(2000)
    {
        let lower = word.to_lowercase();
        for (i, (_, words)) in STOPWORDS.iter().enumerate() {
            if words.contains(lower.as_str()) {
                hits[i] += 1;
            }
        }
    }
    let best = hits
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))
        .map(|(i, _)| i)
        .unwrap_or(0);
    STOPWORDS[best].0
}
