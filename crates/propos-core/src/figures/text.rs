//! A small tokenizer with byte offsets and a phrase matcher, shared by the figure
//! and date extractors.
//!
//! Tokens are maximal runs of letters ([`Kind::Word`]), of ASCII digits
//! ([`Kind::Digits`]), of white space ([`Kind::Space`], including the no-break
//! spaces U+00A0 and U+202F) or a single other character ([`Kind::Punct`]).
//! Tokenizing is one linear pass and every span lies on char boundaries.

use std::borrow::Cow;

use crate::hash::FastMap;

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
    /// The span of its [`lower`] form in the lower-case buffer of its tokens, when that
    /// form differs from the text (empty otherwise).
    folded: (u32, u32),
}

/// Splits `text[start..end]` into tokens whose offsets point into `text`, appending
/// them to `tokens` and the lower-case forms that differ from the text to `lower`.
///
/// ASCII bytes are classified directly; other characters are decoded.
fn tokenize_into(text: &str, start: usize, end: usize, tokens: &mut Vec<Tok>, lower: &mut String) {
    let bytes = text.as_bytes();
    let class = |at: usize| -> (Kind, usize) {
        let b = bytes[at];
        if b < 0x80 {
            let kind = match b {
                b'0'..=b'9' => Kind::Digits,
                b'a'..=b'z' | b'A'..=b'Z' => Kind::Word,
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => Kind::Space,
                _ => Kind::Punct,
            };
            (kind, 1)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            let kind = if crate::chars::is_alphabetic(c) {
                Kind::Word
            } else if c.is_whitespace() {
                Kind::Space
            } else {
                Kind::Punct
            };
            (kind, c.len_utf8())
        }
    };
    let mut at = start;
    while at < end {
        let (kind, width) = class(at);
        let token_start = at;
        at += width;
        if kind != Kind::Punct {
            while at < end {
                let b = bytes[at];
                // ASCII fast path for the common runs.
                let same = match kind {
                    Kind::Word if b.is_ascii_alphabetic() => true,
                    Kind::Digits if b.is_ascii_digit() => true,
                    Kind::Space if b.is_ascii_whitespace() => true,
                    _ if b < 0x80 => false,
                    _ => {
                        let (k, w) = class(at);
                        if k == kind {
                            at += w;
                            continue;
                        }
                        false
                    }
                };
                if !same {
                    break;
                }
                at += 1;
            }
        }
        // only words and other non-ASCII characters can start with a capital
        let mut folded = (0, 0);
        if kind == Kind::Word || kind == Kind::Punct && width > 1 {
            let from = lower.len() as u32;
            if push_lower(&text[token_start..at], lower) {
                folded = (from, lower.len() as u32);
            }
        }
        tokens.push(Tok {
            start: token_start,
            end: at,
            kind,
            folded,
        });
    }
}

/// Lower case for lexicon look-ups, borrowing when the word is already lower case.
///
/// Only words that start with a capital are converted (lexicon entries are plain
/// lower-case words, so inner capitals never match anyway): one cheap test per word.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    let mut folded = String::new();
    if push_lower(word, &mut folded) {
        Cow::Owned(folded)
    } else {
        Cow::Borrowed(word)
    }
}

/// Appends the [`lower`] form of `word` to `out` when it differs from `word`, and says
/// whether it did.
fn push_lower(word: &str, out: &mut String) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_lowercase() => false,
        Some(b) if b.is_ascii_uppercase() => {
            if word.is_ascii() {
                let from = out.len();
                out.push_str(word);
                out[from..].make_ascii_lowercase();
            } else {
                out.push_str(&word.to_lowercase());
            }
            true
        }
        Some(_) if word.chars().next().is_some_and(char::is_uppercase) => {
            out.push_str(&word.to_lowercase());
            true
        }
        _ => false,
    }
}

/// A quick test that rejects most words absent from a lexicon before hashing them:
/// the pairs of first two bytes (lower-cased) and the lengths of its entries.
pub(crate) struct WordFilter {
    pairs: Vec<u64>,
    /// Bit `n` set when an entry is `n` bytes long (63: longer); a capitalized word may
    /// lower-case to another byte length, so both of its lengths are tried.
    lengths: u64,
}

impl WordFilter {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut filter = WordFilter {
            pairs: vec![0; 1024],
            lengths: 0,
        };
        for word in words {
            let (a, b) = Self::key(word);
            let k = usize::from(a) << 8 | usize::from(b);
            filter.pairs[k / 64] |= 1 << (k % 64);
            filter.lengths |= 1 << word.len().min(63);
            // Upper-case accented letters may be one byte shorter or longer.
            filter.lengths |= 1 << (word.len() + 1).min(63);
            filter.lengths |= 1 << word.len().saturating_sub(1).min(63);
        }
        filter
    }

    fn key(word: &str) -> (u8, u8) {
        let bytes = word.as_bytes();
        let a = bytes.first().map_or(0, u8::to_ascii_lowercase);
        let b = bytes.get(1).map_or(0, u8::to_ascii_lowercase);
        (a, b)
    }

    /// False when `word` (any case) cannot be in the lexicon.
    pub fn may_contain(&self, word: &str) -> bool {
        if self.lengths & (1 << word.len().min(63)) == 0 {
            return false;
        }
        let (a, b) = Self::key(word);
        let k = usize::from(a) << 8 | usize::from(b);
        self.pairs[k / 64] & (1 << (k % 64)) != 0
    }
}

/// Whether a punctuation token joins the words of a phrase ("aujourd'hui", "mois-ci").
pub(crate) fn is_joiner(text: &str, tok: &Tok) -> bool {
    tok.kind == Kind::Punct && matches!(&text[tok.start..tok.end], "'" | "’" | "-" | "‑")
}

/// A view of the tokens of one span of text.
pub(crate) struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Cow<'t, [Tok]>,
    /// The lower-case forms the tokens point to ([`Tok::folded`]).
    folded: Cow<'t, str>,
}

/// The tokens of every sentence of a document, made once for the date and figure
/// extractors.
pub(crate) struct SentenceTokens {
    toks: Vec<Tok>,
    /// Sentence `k` has the tokens `toks[bounds[k]..bounds[k + 1]]`.
    bounds: Vec<usize>,
    folded: String,
}

impl SentenceTokens {
    pub fn new(doc: &crate::Doc) -> Self {
        let mut toks = Vec::with_capacity(doc.text.len() / 3);
        let mut bounds = Vec::with_capacity(doc.sentences.len() + 1);
        let mut folded = String::new();
        bounds.push(0);
        for sentence in &doc.sentences {
            tokenize_into(
                doc.text,
                sentence.start,
                sentence.end,
                &mut toks,
                &mut folded,
            );
            bounds.push(toks.len());
        }
        Self {
            toks,
            bounds,
            folded,
        }
    }

    /// The tokens of sentence `k`.
    pub fn sentence<'t>(&'t self, text: &'t str, k: usize) -> Tokens<'t> {
        Tokens {
            text,
            toks: Cow::Borrowed(&self.toks[self.bounds[k]..self.bounds[k + 1]]),
            folded: Cow::Borrowed(&self.folded),
        }
    }
}

impl<'t> Tokens<'t> {
    /// Tokenizes `text[start..end]`.
    pub fn new(text: &'t str, start: usize, end: usize) -> Self {
        let mut toks = Vec::with_capacity((end - start) / 4 + 1);
        let mut folded = String::new();
        tokenize_into(text, start, end, &mut toks, &mut folded);
        Self {
            text,
            toks: Cow::Owned(toks),
            folded: Cow::Owned(folded),
        }
    }

    /// The [`lower`] form of token `i` ("" past the end), made once at tokenizing.
    pub fn low(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(&Tok {
                folded: (from, to), ..
            }) if from < to => &self.folded[from as usize..to as usize],
            _ => self.str(i),
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` ("" past the end).
    pub fn str(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The kind of token `i` (space past the end, so that scans stop there).
    pub fn kind(&self, i: usize) -> Kind {
        self.toks.get(i).map_or(Kind::Space, |t| t.kind)
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
    by_first: FastMap<String, Vec<(Vec<String>, V)>>,
    /// The keys of `by_first`, to reject most words without hashing them.
    firsts: WordFilter,
}

impl<V> Phrases<V> {
    /// Builds a matcher from `(phrase, value)` pairs; the words of a phrase are split on
    /// spaces, apostrophes and hyphens.
    pub fn new(pairs: impl IntoIterator<Item = (String, V)>) -> Self {
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
    fn starting_with(&self, first: &str) -> Option<&Vec<(Vec<String>, V)>> {
        if !self.firsts.may_contain(first) {
            return None;
        }
        self.by_first.get(first)
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
        let list = self.starting_with(t.low(i))?;
        // the words after `i`, found once for all the phrases: `follow[k]` is the k-th
        // one, `UNKNOWN` until looked for, `NONE` when there is none
        const UNKNOWN: usize = usize::MAX;
        const NONE: usize = usize::MAX - 1;
        let mut follow = [UNKNOWN; 8];
        'phrases: for (words, value) in list {
            let mut last = i;
            for (k, word) in words[1..].iter().enumerate() {
                let next = match follow.get(k) {
                    Some(&known) if known != UNKNOWN => known,
                    slot => {
                        let found = t.next_word(last).unwrap_or(NONE);
                        if slot.is_some() {
                            follow[k] = found;
                        }
                        found
                    }
                };
                if next == NONE || t.low(next) != word.as_str() {
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
        let list = self.starting_with(t.low(start))?;
        'phrases: for (words, value) in list {
            let mut last = start;
            for word in &words[1..] {
                match t.next_word(last) {
                    Some(next) if next <= end && t.low(next) == word.as_str() => last = next,
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
