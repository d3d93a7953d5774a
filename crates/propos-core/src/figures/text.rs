//! A small tokenizer with byte offsets and a phrase matcher, shared by the figure
//! and date extractors.
//!
//! Tokens are maximal runs of letters ([`Kind::Word`]), of ASCII digits
//! ([`Kind::Digits`]), of white space ([`Kind::Space`], including the no-break
//! spaces U+00A0 and U+202F) or a single other character ([`Kind::Punct`]).
//! Tokenizing is one linear pass and every span lies on char boundaries.

use std::borrow::Cow;
use std::collections::HashMap;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters.
    Word,
    /// ASCII digits.
    Digits,
    /// White space.
    Space,
    /// One other character.
    Punct,
}

/// One token: a byte span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Splits `text[start..end]` into tokens whose offsets point into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let mut tokens: Vec<Tok> = Vec::new();
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        let kind = if c.is_ascii_digit() {
            Kind::Digits
        } else if c.is_alphabetic() {
            Kind::Word
        } else if c.is_whitespace() {
            Kind::Space
        } else {
            Kind::Punct
        };
        let next = at + c.len_utf8();
        match tokens.last_mut() {
            Some(last) if last.kind == kind && kind != Kind::Punct && last.end == at => {
                last.end = next
            }
            _ => tokens.push(Tok {
                start: at,
                end: next,
                kind,
            }),
        }
    }
    tokens
}

/// Lower case, borrowing when the word already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether a punctuation token joins the words of a phrase ("aujourd'hui", "mois-ci").
pub(crate) fn is_joiner(text: &str, tok: &Tok) -> bool {
    tok.kind == Kind::Punct && matches!(&text[tok.start..tok.end], "'" | "’" | "-" | "‑")
}

/// A view of the tokens of one span of text.
pub(crate) struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Vec<Tok>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str, start: usize, end: usize) -> Self {
        Self {
            text,
            toks: tokenize(text, start, end),
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn str(&self, i: usize) -> &'t str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    pub fn kind(&self, i: usize) -> Kind {
        self.toks[i].kind
    }

    pub fn is(&self, i: usize, kind: Kind) -> bool {
        i < self.toks.len() && self.toks[i].kind == kind
    }

    pub fn is_punct(&self, i: usize, s: &str) -> bool {
        self.is(i, Kind::Punct) && self.str(i) == s
    }

    /// Index of the next non-space token at or after `i`.
    pub fn skip_space(&self, mut i: usize) -> usize {
        while i < self.toks.len() && self.toks[i].kind == Kind::Space {
            i += 1;
        }
        i
    }

    /// Index of the previous non-space token before `i`.
    pub fn prev_non_space(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while j > 0 && i - j < 8 {
            j -= 1;
            if self.toks[j].kind != Kind::Space {
                return Some(j);
            }
        }
        None
    }

    /// The word before token `i` (spaces and joiners only in between), if any.
    pub fn prev_word(&self, i: usize) -> Option<usize> {
        let mut j = i;
        // Bounded: a long run of joiners ("-'-'-…") must not make scans quadratic.
        while j > 0 && i - j < 8 {
            j -= 1;
            match self.toks[j].kind {
                Kind::Space => continue,
                Kind::Punct if is_joiner(self.text, &self.toks[j]) => continue,
                Kind::Word => return Some(j),
                _ => return None,
            }
        }
        None
    }

    /// The word after token `i` (spaces and joiners only in between), if any.
    pub fn next_word(&self, i: usize) -> Option<usize> {
        let mut j = i + 1;
        while j < self.toks.len() && j - i <= 8 {
            match self.toks[j].kind {
                Kind::Space => j += 1,
                Kind::Punct if is_joiner(self.text, &self.toks[j]) => j += 1,
                Kind::Word => return Some(j),
                _ => return None,
            }
        }
        None
    }

    /// Whether tokens `a` and `b` (`a < b`) are separated by spaces only.
    pub fn spaced(&self, a: usize, b: usize) -> bool {
        a < b && (a + 1..b).all(|k| self.toks[k].kind == Kind::Space)
    }
}

/// A set of phrases (lower-case words) with a value, matched word by word.
pub(crate) struct Phrases<V> {
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> Phrases<V> {
    /// Builds a matcher from `(phrase, value)` pairs; the words of a phrase are split on
    /// spaces, apostrophes and hyphens.
    pub fn new(pairs: impl IntoIterator<Item = (String, V)>) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, V)>> = HashMap::new();
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
        Self { by_first }
    }

    /// The first words of the phrases.
    pub fn first_words(&self) -> impl Iterator<Item = String> + '_ {
        self.by_first.keys().cloned()
    }

    /// The longest phrase starting at word token `i`: the index of its last token and its value.
    pub fn match_at(&self, t: &Tokens, i: usize) -> Option<(usize, &V)> {
        if !t.is(i, Kind::Word) {
            return None;
        }
        let first = lower(t.str(i));
        let list = self.by_first.get(first.as_ref())?;
        'phrases: for (words, value) in list {
            let mut last = i;
            for word in &words[1..] {
                let Some(next) = t.next_word(last) else {
                    continue 'phrases;
                };
                if lower(t.str(next)) != word.as_str() {
                    continue 'phrases;
                }
                last = next;
            }
            return Some((last, value));
        }
        None
    }

    /// The longest phrase ending on the token just before `i` (spaces between allowed):
    /// the index of its first token and its value.
    pub fn match_before(&self, t: &Tokens, i: usize, max_words: usize) -> Option<(usize, &V)> {
        let end = t.prev_word(i)?;
        // Walk back over at most `max_words` words and try each as the start.
        let mut starts = vec![end];
        let mut j = end;
        while starts.len() < max_words {
            match t.prev_word(j) {
                Some(p) => {
                    starts.push(p);
                    j = p;
                }
                None => break,
            }
        }
        for &start in starts.iter().rev() {
            if let Some(value) = self.match_span(t, start, end) {
                return Some((start, value));
            }
        }
        None
    }

    /// The value of a phrase that covers exactly the words from `start` to `end`.
    pub fn match_span(&self, t: &Tokens, start: usize, end: usize) -> Option<&V> {
        let list = self.by_first.get(lower(t.str(start)).as_ref())?;
        'phrases: for (words, value) in list {
            let mut last = start;
            for word in &words[1..] {
                match t.next_word(last) {
                    Some(next) if next <= end && lower(t.str(next)) == word.as_str() => last = next,
                    _ => continue 'phrases,
                }
            }
            if last == end {
                return Some(value);
            }
        }
        None
    }
}

/// Parses the `phrase<TAB>value` lines of a lexicon.
pub(crate) fn pair_list(data: &'static str) -> Vec<(String, &'static str)> {
    crate::lexicon::pairs(data)
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_no_break_spaces() {
        let text = "a 10\u{202f}000 soldats, l’été";
        let t = Tokens::new(text, 0, text.len());
        let kinds: Vec<_> = t.toks.iter().map(|t| t.kind).collect();
        use Kind::*;
        assert_eq!(
            kinds,
            [Word, Space, Digits, Space, Digits, Space, Word, Punct, Space, Word, Punct, Word]
        );
        assert_eq!(t.str(4), "000");
        assert_eq!(t.str(11), "été");
    }

    #[test]
    fn phrases_match_across_apostrophes() {
        let phrases = Phrases::new([("jusqu'à".to_string(), 1), ("près de".to_string(), 2)]);
        let text = "jusqu’à 8 000, près de 10";
        let t = Tokens::new(text, 0, text.len());
        assert_eq!(phrases.match_at(&t, 0).map(|(e, v)| (e, *v)), Some((2, 1)));
        let ten = t.len() - 1;
        assert_eq!(
            phrases
                .match_before(&t, ten, 3)
                .map(|(s, v)| (t.str(s), *v)),
            Some(("près", 2))
        );
    }
}
