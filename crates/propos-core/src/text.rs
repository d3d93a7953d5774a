//! The text layer: one tokenizer for every stage, run once per article.
//!
//! [`tokenize_into`] splits text into maximal runs of letters ([`Kind::Word`]), of
//! ASCII digits ([`Kind::Digits`]), of white space ([`Kind::Space`], including the
//! no-break spaces U+00A0 and U+202F) or a single other character ([`Kind::Punct`]).
//! [`Text`] holds these tokens for the content blocks of an article, made once: the
//! figure and date extractors read them sentence by sentence, and the statement
//! tokens group them into words ("a-t-il", "14.000", "qu'") and punctuation.
//! Tokenizing is one linear pass and every span lies on char boundaries.

use std::borrow::Cow;

use crate::layout::Layout;

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
    pub folded: (u32, u32),
}

/// Splits `text[start..end]` into tokens whose offsets point into `text`, appending
/// them to `tokens` and the lower-case forms that differ from the text to `lower`.
///
/// ASCII bytes are classified directly; other characters are decoded.
pub(crate) fn tokenize_into(
    text: &str,
    start: usize,
    end: usize,
    tokens: &mut Vec<Tok>,
    lower: &mut String,
) {
    let bytes = text.as_bytes();
    let mut at = start;
    while at < end {
        let token_start = at;
        let first = bytes[at];
        let (kind, width) = if first < 0x80 {
            (ascii_kind(first), 1)
        } else {
            wide_class(text, at)
        };
        at += width;
        if kind != Kind::Punct {
            at = run_end(text, at, end, kind);
        }
        // only words and other non-ASCII characters can start with a capital (a lower-case
        // ASCII first letter never does: `push_lower` would leave it)
        let mut folded = (0, 0);
        if (kind == Kind::Word || kind == Kind::Punct && width > 1) && !first.is_ascii_lowercase() {
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

/// The kind of a token starting with the ASCII byte `b`.
#[inline]
fn ascii_kind(b: u8) -> Kind {
    match b {
        b'0'..=b'9' => Kind::Digits,
        b'a'..=b'z' | b'A'..=b'Z' => Kind::Word,
        b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => Kind::Space,
        _ => Kind::Punct,
    }
}

/// The kind and byte width of the non-ASCII character at `at`.
fn wide_class(text: &str, at: usize) -> (Kind, usize) {
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

/// The end of the run of `kind` (not punctuation) that goes on at `at`, at most `end`.
#[inline]
fn run_end(text: &str, at: usize, end: usize, kind: Kind) -> usize {
    // ASCII fast path for the common runs, one loop per kind
    match kind {
        Kind::Word => run_end_by(text, at, end, kind, |b| b.is_ascii_alphabetic()),
        Kind::Digits => run_end_by(text, at, end, kind, |b| b.is_ascii_digit()),
        _ => run_end_by(text, at, end, kind, |b| b.is_ascii_whitespace()),
    }
}

/// [`run_end`] with `same` telling the ASCII bytes that go on the run.
#[inline(always)]
fn run_end_by(
    text: &str,
    mut at: usize,
    end: usize,
    kind: Kind,
    same: impl Fn(u8) -> bool,
) -> usize {
    let bytes = text.as_bytes();
    while at < end {
        let b = bytes[at];
        if b < 0x80 {
            if !same(b) {
                break;
            }
            at += 1;
        } else {
            let (k, w) = wide_class(text, at);
            if k != kind {
                break;
            }
            at += w;
        }
    }
    at
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
                push_lowercase(word, out);
            }
            true
        }
        Some(_) if word.chars().next().is_some_and(crate::chars::is_uppercase) => {
            push_lowercase(word, out);
            true
        }
        _ => false,
    }
}

/// The tokens of the content blocks of an article, in text order.
pub(crate) struct Text {
    pub toks: Vec<Tok>,
    /// The lower-case forms the tokens point to ([`Tok::folded`]).
    pub folded: String,
    /// For each block of the layout, its tokens `toks[a..b]` (empty for blocks without
    /// content).
    blocks: Vec<(u32, u32)>,
}

impl Text {
    /// Tokenizes the content blocks of `layout`. Linear in the text.
    pub fn new(text: &str, layout: &Layout) -> Self {
        // about one token per two or three bytes: words, the spaces between them, punctuation
        let mut toks = Vec::with_capacity(text.len() / 2 + 8);
        let mut folded = String::with_capacity(text.len() / 8);
        let mut blocks = Vec::with_capacity(layout.blocks.len());
        for block in &layout.blocks {
            let a = toks.len() as u32;
            if block.kind.has_content() {
                tokenize_into(text, block.start, block.end, &mut toks, &mut folded);
            }
            blocks.push((a, toks.len() as u32));
        }
        Self {
            toks,
            folded,
            blocks,
        }
    }

    /// The tokens of block `b` of the layout.
    pub fn block(&self, b: usize) -> &[Tok] {
        let (a, e) = self.blocks.get(b).copied().unwrap_or((0, 0));
        &self.toks[a as usize..e as usize]
    }
}

/// Appends [`str::to_lowercase`] of `word` to `out` without a buffer of its own.
///
/// Only the capital sigma folds depending on its neighbours; a word holding one is
/// left to `to_lowercase`.
fn push_lowercase(word: &str, out: &mut String) {
    if word.contains('Σ') {
        out.push_str(&word.to_lowercase());
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}
