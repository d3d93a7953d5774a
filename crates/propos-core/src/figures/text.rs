//! Sentence views of the article's tokens ([`crate::text`]) and a phrase matcher,
//! shared by the figure and date extractors.

use std::borrow::Cow;

pub(crate) use crate::language::phrases::Phrases;
pub(crate) use crate::text::{lower, Kind, Tok};
use crate::text::{tokenize_into, Text};

/// Whether a punctuation token joins the words of a phrase ("aujourd'hui", "mois-ci").
pub(crate) fn is_joiner(text: &str, tok: &Tok) -> bool {
    // compared as bytes ("’" and "‑" spelled in UTF-8): no char-boundary checks
    tok.kind == Kind::Punct
        && matches!(
            text.as_bytes().get(tok.start..tok.end),
            Some(b"'" | b"\xE2\x80\x99" | b"-" | b"\xE2\x80\x91")
        )
}

/// The maximal runs of alphanumeric characters of `toks` (tokens of `text` end to end):
/// [`crate::chars::alphanumeric_runs`] of their text, read from its tokens (words,
/// digits, and a one-character token that is a non-ASCII numeral: "²", "½").
pub(crate) fn alphanumeric_runs<'t>(
    text: &'t str,
    toks: &'t [Tok],
) -> impl Iterator<Item = &'t str> + 't {
    let alphanumeric = |t: &Tok| match t.kind {
        Kind::Word | Kind::Digits => true,
        Kind::Space => false,
        Kind::Punct => {
            t.end - t.start > 1
                && text[t.start..]
                    .chars()
                    .next()
                    .is_some_and(crate::chars::is_alphanumeric)
        }
    };
    let mut k = 0;
    std::iter::from_fn(move || {
        while k < toks.len() && !alphanumeric(&toks[k]) {
            k += 1;
        }
        let first = toks.get(k)?;
        let (start, mut end) = (first.start, first.end);
        k += 1;
        while k < toks.len() && toks[k].start == end && alphanumeric(&toks[k]) {
            end = toks[k].end;
            k += 1;
        }
        Some(&text[start..end])
    })
}

/// A view of the tokens of one span of text.
pub(crate) struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Cow<'t, [Tok]>,
    /// The lower-case forms the tokens point to ([`Tok::folded`]).
    folded: Cow<'t, str>,
}

/// The tokens of every sentence of a document, for the date and figure extractors:
/// slices of the article's [`Text`].
pub(crate) struct SentenceTokens {
    text: Text,
    /// Sentence `k` has the tokens `text.toks[ranges[k].0..ranges[k].1]`.
    ranges: Vec<(u32, u32)>,
}

impl SentenceTokens {
    /// Tokenizes the content blocks of a document and finds its sentences in them.
    pub fn new(doc: &crate::Doc) -> Self {
        Self::from_text(doc, Text::new(doc.text, &doc.layout))
    }

    /// The sentences of `doc` in its tokens `text`. A sentence starts and ends next to
    /// white space or at the edge of its block, so it is a run of whole tokens; one that
    /// is not (none is known) gets its own tokens at the end of the buffer.
    pub fn from_text(doc: &crate::Doc, mut text: Text) -> Self {
        let mut ranges = Vec::with_capacity(doc.sentences.len());
        let shared = text.toks.len();
        let mut at = 0;
        for sentence in &doc.sentences {
            while at < shared && text.toks[at].start < sentence.start {
                at += 1;
            }
            let a = at;
            while at < shared && text.toks[at].end <= sentence.end {
                at += 1;
            }
            let whole = if a < at {
                text.toks[a].start == sentence.start && text.toks[at - 1].end == sentence.end
            } else {
                sentence.start == sentence.end
            };
            if whole {
                ranges.push((a as u32, at as u32));
            } else {
                let from = text.toks.len() as u32;
                tokenize_into(
                    doc.text,
                    sentence.start,
                    sentence.end,
                    &mut text.toks,
                    &mut text.folded,
                );
                ranges.push((from, text.toks.len() as u32));
                at = a;
            }
        }
        Self { text, ranges }
    }

    /// The tokens of block `b` of the layout (none for a block without content).
    pub fn block(&self, b: usize) -> &[Tok] {
        self.text.block(b)
    }

    /// The tokens of content block `b` of the layout, as a view.
    pub fn block_tokens<'t>(&'t self, text: &'t str, b: usize) -> Tokens<'t> {
        Tokens {
            text,
            toks: Cow::Borrowed(self.text.block(b)),
            folded: Cow::Borrowed(&self.text.folded),
        }
    }

    /// The tokens of sentence `k`.
    pub fn sentence<'t>(&'t self, text: &'t str, k: usize) -> Tokens<'t> {
        let (a, b) = self.ranges[k];
        Tokens {
            text,
            toks: Cow::Borrowed(&self.text.toks[a as usize..b as usize]),
            folded: Cow::Borrowed(&self.text.folded),
        }
    }
}

/// A stretch of text whose figures and dates are read: sentence `k` of the content, or
/// a link line of the page furniture ("Lire aussi : …", "Related: …"), the headline of
/// another article whose numbers and days the page still gives.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Stretch {
    Sentence(usize),
    Link(usize, usize),
}

/// The stretches of `doc` in text order, with their byte spans: its sentences, its link
/// lines (`link_labels.txt`), its lines of furniture giving a price with a currency symbol
/// and its datelines of digits. Linear in the article's size.
pub(crate) fn stretches(doc: &crate::Doc) -> Vec<(Stretch, usize, usize)> {
    let language = crate::language::Language::of(doc.lang);
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut next = 0;
    for block in &doc.layout.blocks {
        while let Some(s) = doc.sentences.get(next).filter(|s| s.start < block.start) {
            out.push((Stretch::Sentence(next), s.start, s.end));
            next += 1;
        }
        if block.kind != crate::layout::BlockKind::Boilerplate {
            continue;
        }
        let line = &doc.text[block.start..block.end];
        // a dateline of digits alone ("13:20 10.12.2025") is read too
        let digits_only =
            line.contains(|c: char| c.is_ascii_digit()) && !line.contains(char::is_alphabetic);
        // a price in the furniture ("Abonnez-vous à partir de 1 € le premier mois")
        let priced = || {
            line.chars().any(|c| {
                let mut buf = [0; 4];
                language.figures.is_currency_symbol(c.encode_utf8(&mut buf))
            })
        };
        if digits_only || language.is_link_line(line) || priced() {
            out.push((
                Stretch::Link(block.start, block.end),
                block.start,
                block.end,
            ));
        }
    }
    while let Some(s) = doc.sentences.get(next) {
        out.push((Stretch::Sentence(next), s.start, s.end));
        next += 1;
    }
    out
}

impl SentenceTokens {
    /// The tokens of a stretch.
    pub fn stretch<'t>(&'t self, text: &'t str, stretch: Stretch) -> Tokens<'t> {
        match stretch {
            Stretch::Sentence(k) => self.sentence(text, k),
            Stretch::Link(start, end) => Tokens::new(text, start, end),
        }
    }
}

impl<'t> Tokens<'t> {
    /// Tokenizes `text[start..end]`.
    pub fn new(text: &'t str, start: usize, end: usize) -> Self {
        // about one token per two bytes (a word and the space after it): no growing
        let mut toks = Vec::with_capacity((end - start) / 2 + 1);
        let mut folded = String::new();
        tokenize_into(text, start, end, &mut toks, &mut folded);
        Self {
            text,
            toks: Cow::Owned(toks),
            folded: Cow::Owned(folded),
        }
    }

    /// The [`lower`] form of token `i` ("" past the end), made once at tokenizing.
    #[inline(always)]
    pub fn low(&self, i: usize) -> &str {
        // one look-up of the token for both of its forms
        let Some(&Tok {
            start,
            end,
            folded: (from, to),
            ..
        }) = self.toks.get(i)
        else {
            return "";
        };
        if from < to {
            &self.folded[from as usize..to as usize]
        } else {
            &self.text[start..end]
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` ("" past the end).
    #[inline]
    pub fn str(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The kind of token `i` (space past the end, so that scans stop there).
    #[inline]
    pub fn kind(&self, i: usize) -> Kind {
        self.toks.get(i).map_or(Kind::Space, |t| t.kind)
    }

    #[inline]
    pub fn is(&self, i: usize, kind: Kind) -> bool {
        i < self.toks.len() && self.toks[i].kind == kind
    }

    pub fn is_punct(&self, i: usize, s: &str) -> bool {
        // compared as bytes: no char-boundary checks
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct && self.text.as_bytes().get(t.start..t.end) == Some(s.as_bytes())
        })
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

impl<V> Phrases<V> {
    /// The longest phrase starting at word token `i`: the index of its last token and its value.
    pub fn match_at(&self, t: &Tokens, i: usize) -> Option<(usize, &V)> {
        if !t.is(i, Kind::Word) {
            return None;
        }
        let list = self.starting_with(t.low(i))?;
        // the words after `i`, found once for all the phrases: `follow[k]` is the k-th
        // one and its lower-case form, `UNKNOWN` until looked for, `NONE` when there is none
        const UNKNOWN: usize = usize::MAX;
        const NONE: usize = usize::MAX - 1;
        let mut follow = [(UNKNOWN, ""); 8];
        'phrases: for (words, value) in list {
            let mut last = i;
            for (k, word) in words[1..].iter().enumerate() {
                let (next, low) = match follow.get(k) {
                    Some(&known) if known.0 != UNKNOWN => known,
                    slot => {
                        let found = t.next_word(last).map_or((NONE, ""), |n| (n, t.low(n)));
                        if slot.is_some() {
                            follow[k] = found;
                        }
                        found
                    }
                };
                if next == NONE || low != word.as_str() {
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
        // (a phrase covers the words up to `end`: most words end none)
        if !self.may_end_with(t.low(end)) {
            return None;
        }
        // Walk back over at most `max_words` words (8 at most) and try each as the start.
        let mut starts = [end; 8];
        let mut n = 1;
        while n < max_words.min(starts.len()) {
            match t.prev_word(starts[n - 1]) {
                Some(p) => {
                    starts[n] = p;
                    n += 1;
                }
                None => break,
            }
        }
        for &start in starts[..n].iter().rev() {
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

#[cfg(test)]
mod tests {
    #[test]
    fn alphanumeric_runs_of_tokens_are_those_of_the_text() {
        for text in [
            "",
            "A380 et 3²m, l’été ½ x",
            "Ωμέγα—12ab «X» 1,5",
            " a-b  c ",
        ] {
            let mut toks = Vec::new();
            crate::text::tokenize_into(text, 0, text.len(), &mut toks, &mut String::new());
            let runs: Vec<&str> = super::alphanumeric_runs(text, &toks).collect();
            let words: Vec<&str> = crate::chars::alphanumeric_runs(text).collect();
            assert_eq!(runs, words, "{text:?}");
        }
    }

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
