//! Word sets of the lexicons built for fast lookup: a prefilter of words
//! ([`WordFilter`]) and phrases keyed by their first word ([`Phrases`]; the matching
//! over tokens is in `figures::text`).

use crate::hash::FastMap;

/// A quick test that rejects most words absent from a lexicon before hashing them:
/// the pairs of first two bytes (lower-cased, their low seven bits: a byte of a
/// multi-byte letter shares its bit with an ASCII one) and the lengths of its entries.
pub(crate) struct WordFilter {
    pairs: Vec<u64>,
    /// Bit `n` set when an entry is `n` bytes long (63: longer); a capitalized word may
    /// lower-case to another byte length, so both of its lengths are tried.
    lengths: u64,
}

impl WordFilter {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut filter = WordFilter {
            pairs: vec![0; 256],
            lengths: 0,
        };
        for word in words {
            let k = Self::key(word);
            filter.pairs[k / 64] |= 1 << (k % 64);
            filter.lengths |= 1 << word.len().min(63);
            // Upper-case accented letters may be one byte shorter or longer.
            filter.lengths |= 1 << (word.len() + 1).min(63);
            filter.lengths |= 1 << word.len().saturating_sub(1).min(63);
        }
        filter
    }

    /// The bit of the first two bytes of `word`, below 2^14.
    fn key(word: &str) -> usize {
        let bytes = word.as_bytes();
        let a = bytes.first().map_or(0, u8::to_ascii_lowercase) & 0x7f;
        let b = bytes.get(1).map_or(0, u8::to_ascii_lowercase) & 0x7f;
        usize::from(a) << 7 | usize::from(b)
    }

    /// False when `word` (any case) cannot be in the lexicon.
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        if self.lengths & (1 << word.len().min(63)) == 0 {
            return false;
        }
        let k = Self::key(word);
        self.pairs[k / 64] & (1 << (k % 64)) != 0
    }
}

/// A set of phrases (lower-case words) with a value, matched word by word.
pub(crate) struct Phrases<V> {
    by_first: FastMap<String, Vec<(Vec<String>, V)>>,
    /// The keys of `by_first`, to reject most words without hashing them.
    firsts: WordFilter,
}

impl<V> Phrases<V> {
    /// Builds a matcher from `(phrase, value)` pairs; the words of a phrase are split on
    /// spaces, apostrophes and hyphens.
    pub(crate) fn new(pairs: impl IntoIterator<Item = (String, V)>) -> Self {
        let mut by_first: FastMap<String, Vec<(Vec<String>, V)>> = FastMap::default();
        for (phrase, value) in pairs {
            let words: Vec<String> = phrase
                .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '-'))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            if let Some(first) = words.first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, value));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        let firsts = WordFilter::new(by_first.keys().map(String::as_str));
        Self { by_first, firsts }
    }

    /// The phrases starting with the lower-case word `first`, longest first.
    pub(crate) fn starting_with(&self, first: &str) -> Option<&Vec<(Vec<String>, V)>> {
        if !self.firsts.may_contain(first) {
            return None;
        }
        self.by_first.get(first)
    }

    /// The first words of the phrases.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = String> + '_ {
        self.by_first.keys().cloned()
    }
}
