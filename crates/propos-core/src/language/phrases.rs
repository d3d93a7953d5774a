//! Word sets of the lexicons built for fast lookup: a prefilter of words
//! ([`WordFilter`]) and phrases keyed by their first word ([`Phrases`]; the matching
//! over tokens is in `figures::text`).

use crate::hash::FastMap;

/// A quick test that rejects most words absent from a lexicon before hashing them:
/// the pairs of first two bytes of the lower case of its entries (their low seven bits:
/// a byte of a multi-byte letter shares its bit with an ASCII one; of the first byte, only
/// the five low bits, which tell letters apart: 512 bytes of bits) and their lengths.
pub(crate) struct WordFilter {
    pairs: Vec<u64>,
    /// Bit `n` set when an entry is `n` bytes long (63: longer); a capitalized word may
    /// lower-case to another byte length, so both of its lengths are tried.
    lengths: u64,
}

impl WordFilter {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut filter = WordFilter {
            pairs: vec![0; 64],
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

    /// The bit of the first two bytes of the lower case of `word` (as the look-ups fold
    /// it: "Été" and "été" share their bit), below 2^12.
    #[inline(always)]
    fn key(word: &str) -> usize {
        let (a, b) = match *word.as_bytes() {
            [] => (0, 0),
            [a] => (a.to_ascii_lowercase(), 0),
            [a, b, ..] if a.is_ascii() && b.is_ascii() => {
                (a.to_ascii_lowercase(), b.to_ascii_lowercase())
            }
            // À–Þ (but ×) lower-case to the letter 0x20 after, in the same first byte
            [0xc3, b, ..] if (0x80..=0x9e).contains(&b) && b != 0x97 => (0xc3, b + 0x20),
            [0xc3, b, ..] => (0xc3, b),
            // a letter of U+0080–U+00FF after an ASCII one lower-cases in its first byte
            [a, b @ (0xc2 | 0xc3), ..] if a.is_ascii() => (a.to_ascii_lowercase(), b),
            _ => Self::lower_pair(word),
        };
        usize::from(a & 0x1f) << 7 | usize::from(b & 0x7f)
    }

    /// The first two bytes of the lower case of `word`.
    #[cold]
    fn lower_pair(word: &str) -> (u8, u8) {
        let mut lower = [0u8; 2];
        let mut n = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            for &byte in c.encode_utf8(&mut [0; 4]).as_bytes() {
                if n == 2 {
                    return (lower[0], lower[1]);
                }
                lower[n] = byte;
                n += 1;
            }
        }
        (lower[0], lower[1])
    }

    /// False when `word` (any case) cannot be in the lexicon. Inlined: it is called for
    /// most words of a text, and most calls end at the length test.
    #[inline(always)]
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
    /// The last words of the phrases, to reject most phrase ends without a look-up.
    lasts: WordFilter,
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
        let lasts = WordFilter::new(
            by_first
                .values()
                .flatten()
                .filter_map(|(words, _)| words.last().map(String::as_str)),
        );
        Self {
            by_first,
            firsts,
            lasts,
        }
    }

    /// The phrases starting with the lower-case word `first`, longest first.
    pub(crate) fn starting_with(&self, first: &str) -> Option<&Vec<(Vec<String>, V)>> {
        if !self.firsts.may_contain(first) {
            return None;
        }
        self.by_first.get(first)
    }

    /// False when no phrase can end with the lower-case word `last`.
    pub(crate) fn may_end_with(&self, last: &str) -> bool {
        self.lasts.may_contain(last)
    }

    /// Every phrase, as its words.
    pub(crate) fn phrases(&self) -> impl Iterator<Item = &[String]> + '_ {
        self.by_first
            .values()
            .flatten()
            .map(|(words, _)| words.as_slice())
    }

    /// The first words of the phrases.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = String> + '_ {
        self.by_first.keys().cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_passes_the_filter_of_its_lower_case_entry_in_any_case() {
        let filter = WordFilter::new(["écluse", "ombre", "ça", "ωμέγα", "dérive"]);
        let words = ["Écluse", "ÉCLUSE", "OMBRE", "Ça", "ça", "Ωμέγα", "DÉRIVE"];
        for word in words {
            assert!(filter.may_contain(word), "{word}");
        }
        assert!(!filter.may_contain("Oasis") && !filter.may_contain("ample"));
    }
}
