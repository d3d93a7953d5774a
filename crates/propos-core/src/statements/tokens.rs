//! Tokens with byte offsets, quotation marks and quote-aware sentence units.

use std::cell::Cell;

use super::lex::{class, Lex};
use super::words::spans;
use crate::text::Text;
use crate::{Doc, Lang};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, digits, inner hyphens, dots and a final apostrophe ("qu'").
    Word,
    /// Any other single character.
    Punct,
    /// An opening quotation mark that has a partner (or runs to the end of its block).
    Open,
    /// A closing quotation mark paired with an opening one.
    Close,
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Index of the block in the layout.
    pub block: u32,
    /// Quote depth of the token (0 outside quotation marks; marks have the depth outside them).
    pub depth: u16,
    /// Whether the first character is upper case.
    pub upper: bool,
    /// Word classes of the grammar lexicon ([`super::lex::class`]).
    pub cls: u32,
    /// Whether the lower-case form is a form of a reporting verb.
    pub verb_form: bool,
    /// For a quotation mark, the index of its quote in [`Tokens::quotes`].
    pub pair: u32,
}

/// A pair of quotation marks: token indices of the marks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Quote {
    pub open: usize,
    /// The closing mark; `None` when the quote runs to the end of its block.
    pub close: Option<usize>,
}

/// The tokens of the content blocks of a document.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// The lower-case form of each token (typographic apostrophes made plain): a slice of
    /// the text, or of the buffer of folded forms when it differs.
    lows: Vec<&'a str>,
    pub quotes: Vec<Quote>,
    /// Sentence units as token ranges (quote-aware).
    pub units: Vec<(usize, usize)>,
    /// `marks_before[i]`: how many quotation marks precede token `i` (one entry more
    /// than tokens).
    marks_before: Vec<u32>,
    /// [`Tokens::is_role`] of each token once asked: 0 not yet, 1 no, 2 yes (the stages
    /// ask it of the same words many times, and the answer reads up to three tables).
    roles: Vec<Cell<u8>>,
}

impl<'a> Tokens<'a> {
    /// The lower-case form of token `i` (typographic apostrophes made plain).
    pub fn lw(&self, i: usize) -> &'a str {
        self.lows[i]
    }

    /// Whether the lower-case form of token `i` is a role noun ([`Lex::is_role`] of
    /// [`Tokens::lw`]), looked up once per token.
    pub fn is_role(&self, lx: &Lex, i: usize) -> bool {
        let known = &self.roles[i];
        match known.get() {
            1 => false,
            2 => true,
            _ => {
                let role = lx.is_role(self.lows[i]);
                known.set(1 + u8::from(role));
                role
            }
        }
    }

    /// The original text of token `i`.
    pub fn raw(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn is(&self, i: usize, c: &str) -> bool {
        // compared as bytes: no char-boundary checks
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct && self.text.as_bytes().get(t.start..t.end) == Some(c.as_bytes())
        })
    }

    /// The grammar classes of token `i` (0 for punctuation and unknown words).
    pub fn cls(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(0, |t| t.cls & !class::FEATURES)
    }

    /// Whether token `i` has one of the feature bits `bits` ([`class::FEATURES`]).
    pub fn has(&self, i: usize, bits: u32) -> bool {
        self.toks.get(i).is_some_and(|t| t.cls & bits != 0)
    }

    /// The quote whose opening mark is token `i`.
    pub fn quote_opened_at(&self, i: usize) -> Option<&Quote> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Open)
            .then(|| self.quotes.get(t.pair as usize))
            .flatten()
    }

    /// The quote whose closing mark is token `i`.
    pub fn quote_closed_at(&self, i: usize) -> Option<&Quote> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Close)
            .then(|| self.quotes.get(t.pair as usize))
            .flatten()
    }

    /// The innermost quote that holds token `i`.
    pub fn enclosing_quote(&self, i: usize) -> Option<&Quote> {
        let n = self.quotes.partition_point(|q| q.open < i);
        self.quotes[..n]
            .iter()
            .rev()
            .take(64)
            .find(|q| q.close.is_none_or(|c| c > i))
    }

    /// The quotes that open inside `[a, b)`.
    pub fn quotes_in(&self, a: usize, b: usize) -> &[Quote] {
        let s = self.quotes.partition_point(|q| q.open < a);
        let e = self.quotes.partition_point(|q| q.open < b);
        &self.quotes[s..e]
    }

    /// Whether token `i` is a word.
    pub fn word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == Kind::Word
    }

    /// Whether token `i` is a word or the apostrophe or hyphen inside one ("l'", "al-Qaeda").
    pub fn word_or_joiner(&self, i: usize) -> bool {
        self.word(i) || matches!(self.raw(i), "'" | "\u{2019}" | "-")
    }

    /// Whether a quotation mark lies in the tokens `[a, b)`.
    pub fn has_quote_mark(&self, a: usize, b: usize) -> bool {
        let b = b.min(self.toks.len());
        a < b && self.marks_before[b] > self.marks_before[a]
    }
}

/// Tokenizes the content blocks of a document, pairs quotation marks and finds units.
/// The lower-case forms that differ from the text are written to `lower`.
pub(crate) fn tokenize<'a>(
    doc: &Doc<'a>,
    lx: &Lex,
    parts: &Text,
    lower: &'a mut String,
) -> Tokens<'a> {
    let text = doc.text;
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut lows: Vec<&'a str> = Vec::with_capacity(text.len() / 5);
    // (token, range in `lower`) of the folded forms, made slices once `lower` is whole
    // (about one capitalised word per 50 bytes of news: sized not to grow)
    let mut folded_forms: Vec<(usize, u32, u32)> = Vec::with_capacity(text.len() / 32);
    lower.reserve(text.len() / 8);
    let mut quotes = Vec::new();
    let mut units = Vec::new();
    // the spans of a block, at most one per token of its largest block: sized once
    let largest = (0..doc.layout.blocks.len())
        .map(|b| parts.block(b).len())
        .max()
        .unwrap_or(0);
    let mut buf = Vec::with_capacity(largest);
    let language = crate::language::Language::of(doc.lang);
    let mut link_parts = Vec::new();
    let mut link_folded = String::new();
    for (b, block) in doc.layout.blocks.iter().enumerate() {
        // a link line of the page furniture is the headline of another article: a
        // statement with a cue and a source is annotated there as in a headline
        let link = block.kind == crate::layout::BlockKind::Boilerplate
            && language.is_link_line(&text[block.start..block.end]);
        if !block.kind.has_statements() && !link {
            continue;
        }
        let block_parts = if link {
            link_parts.clear();
            link_folded.clear();
            crate::text::tokenize_into(
                text,
                block.start,
                block.end,
                &mut link_parts,
                &mut link_folded,
            );
            &link_parts[..]
        } else {
            parts.block(b)
        };
        let first = toks.len();
        buf.clear();
        spans(
            text,
            block.end,
            block_parts,
            &lx.kept_after_apostrophe,
            &mut buf,
        );
        for &(s, e, word) in &buf {
            let raw = &text[s..e];
            let folded = push_folded(raw, lower);
            if let Some((a, b)) = folded {
                folded_forms.push((toks.len(), a, b));
            }
            lows.push(raw);
            let low = folded.map_or(raw, |(a, b)| &lower[a as usize..b as usize]);
            let (cls, verb_form) = if word {
                lx.class_and_verb_form(low)
            } else {
                (0, false)
            };
            toks.push(Tok {
                cls,
                verb_form,
                pair: u32::MAX,
                start: s,
                end: e,
                kind: if word { Kind::Word } else { Kind::Punct },
                block: b as u32,
                depth: 0,
                upper: raw.chars().next().is_some_and(crate::chars::is_uppercase),
            });
        }
        mark_acronyms(text, &mut toks[first..]);
        pair_quotes(text, &mut toks, first, &mut quotes);
        split_units(text, doc.lang, &toks, first, &mut units);
    }
    let mut marks_before = Vec::with_capacity(toks.len() + 1);
    let mut marks = 0u32;
    marks_before.push(marks);
    for tok in &toks {
        marks += u32::from(matches!(tok.kind, Kind::Open | Kind::Close));
        marks_before.push(marks);
    }
    let lower: &'a String = lower;
    for (k, a, b) in folded_forms {
        lows[k] = &lower[a as usize..b as usize];
    }
    Tokens {
        text,
        roles: vec![Cell::new(0); toks.len()],
        toks,
        lows,
        quotes,
        units,
        marks_before,
    }
}

/// Whether a word is written in capitals only, with at least two letters ("WHO", "IT").
pub(crate) fn all_capitals(word: &str) -> bool {
    // most words open with a lower-case ASCII letter: no scan for them
    if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    if word.is_ascii() {
        let bytes = word.as_bytes();
        return !bytes.iter().any(u8::is_ascii_lowercase)
            && bytes
                .iter()
                .filter(|b| b.is_ascii_alphabetic())
                .nth(1)
                .is_some();
    }
    word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && !word.chars().any(char::is_lowercase)
}

/// A word in capitals among words that are not ("WHO warns", "IT firms said") is an
/// acronym, not the function word it spells: its word classes are cleared (a verb form
/// keeps them: "he SAID"). A line all in capitals keeps every class. One pass over the
/// block's tokens.
fn mark_acronyms(text: &str, toks: &mut [Tok]) {
    let capitals = |t: &Tok| t.kind == Kind::Word && all_capitals(&text[t.start..t.end]);
    let next_word =
        |toks: &[Tok], from: usize| (from..toks.len()).find(|&j| toks[j].kind == Kind::Word);
    let mut previous: Option<usize> = None;
    let mut word = next_word(toks, 0);
    while let Some(i) = word {
        let next = next_word(toks, i + 1);
        let tok = &toks[i];
        if tok.cls != 0
            && !tok.verb_form
            && capitals(tok)
            && !previous.is_some_and(|p| capitals(&toks[p]))
            && !next.is_some_and(|j| capitals(&toks[j]))
        {
            toks[i].cls = 0;
        }
        previous = Some(i);
        word = next;
    }
}

/// Appends the lower case of `raw` (typographic apostrophes made plain) to `lower` and
/// gives its range, or `None` when that form is `raw` itself.
fn push_folded(raw: &str, lower: &mut String) -> Option<(u32, u32)> {
    let bytes = raw.as_bytes();
    let ascii = raw.is_ascii();
    let same = if ascii {
        !bytes.iter().any(u8::is_ascii_uppercase)
    } else {
        raw.chars()
            .all(|c| c != '’' && crate::chars::lowers_to_itself(c))
    };
    if same {
        return None;
    }
    let a = lower.len() as u32;
    if ascii {
        lower.push_str(raw);
        lower[a as usize..].make_ascii_lowercase();
    } else {
        for c in raw.chars() {
            if c == '’' {
                lower.push('\'');
            } else {
                crate::chars::push_lowercase(c, lower);
            }
        }
    }
    Some((a, lower.len() as u32))
}

/// Whether a quotation mark opens, closes, or can do either.
fn mark_role(text: &str, tok: &Tok) -> Option<(char, bool, bool)> {
    let c = text[tok.start..].chars().next()?;
    // the characters around the mark, decoded only for a quotation mark (most punctuation
    // is none, and leaves through the last arm)
    let before = || text[..tok.start].chars().next_back();
    let after = || text[tok.end..].chars().next();
    let space = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || "([{-–—/".contains(c));
    Some(match c {
        // a guillemet glued to the word before it and followed by a space or a comma is a
        // closing one typed as an opening one: « Nous avons gagné« , a lancé X
        '«' | '‹' => {
            let closes = !space(before())
                && after().is_none_or(|c| c.is_whitespace() || ",.;:!?)".contains(c));
            (c, true, closes)
        }
        '„' => (c, true, false),
        '»' | '›' | '”' => (c, false, true),
        '“' => (c, true, true),
        // single curly quotes (British style): ‘ opens; ’ closes one (a possessive or an
        // elision closes nothing unless a ‘ is open)
        '‘' => (c, space(before()), false),
        '’' => (c, false, !after().is_some_and(char::is_alphanumeric)),
        // ''…'': a doubled apostrophe is a straight double quote
        '"' | '\'' if c == '"' || text[tok.start..tok.end].len() == 2 => {
            let (before, after) = (before(), after());
            let opens = space(before) && !after.is_none_or(char::is_whitespace);
            let closes =
                !space(before) || after.is_none_or(|c| c.is_whitespace() || ",.;:!?)".contains(c));
            (c, opens, closes)
        }
        // a straight single quote typed for a curly one (headline style: "alleges 'misuse'"):
        // it opens after a space before a letter or digit, and closes after a word before a
        // space or punctuation (an apostrophe of elision is inside its word)
        '\'' => {
            let (before, after) = (before(), after());
            let opens = space(before) && after.is_some_and(char::is_alphanumeric);
            let closes =
                !space(before) && after.is_none_or(|c| c.is_whitespace() || ",.;:!?)".contains(c));
            (c, opens, closes)
        }
        _ => return None,
    })
}

fn partner(open: char) -> &'static [char] {
    match open {
        '«' => &['»', '«'],
        '‹' => &['›', '‹'],
        '„' => &['“', '”'],
        // mixed typography: “…" and "…”
        '“' => &['”', '"'],
        '"' => &['"', '”'],
        '‘' => &['’'],
        '\'' => &['\''],
        _ => &[],
    }
}

fn pair_quotes(text: &str, toks: &mut [Tok], first: usize, quotes: &mut Vec<Quote>) {
    let first_quote = quotes.len();
    // stack of (token index, opening char)
    let mut stack: Vec<(usize, char)> = Vec::new();
    for i in first..toks.len() {
        if toks[i].kind != Kind::Punct {
            continue;
        }
        let Some((c, opens, closes)) = mark_role(text, &toks[i]) else {
            continue;
        };
        let top = stack.last().copied();
        if closes && top.is_some_and(|(_, o)| partner(o).contains(&c)) {
            let (o, _) = stack.pop().unwrap_or((i, c));
            toks[o].kind = Kind::Open;
            toks[i].kind = Kind::Close;
            quotes.push(Quote {
                open: o,
                close: Some(i),
            });
        } else if opens {
            stack.push((i, c));
        }
    }
    // an unclosed guillemet or curly quote runs to the end of the block (multi-sentence
    // quotes, and quotes over several paragraphs, each reopened and only the last closed)
    if let Some(&(o, c)) = stack.first() {
        if matches!(c, '«' | '“')
            && toks[o + 1..]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .take(3)
                .count()
                >= 3
        {
            toks[o].kind = Kind::Open;
            quotes.push(Quote {
                open: o,
                close: None,
            });
        }
    }
    quotes[first_quote..].sort_by_key(|q| q.open);
    for (k, q) in quotes.iter().enumerate().skip(first_quote) {
        toks[q.open].pair = k as u32;
        if let Some(c) = q.close {
            toks[c].pair = k as u32;
        }
    }
    // depths: count enclosing quotes
    let mut depth: u16 = 0;
    for tok in &mut toks[first..] {
        match tok.kind {
            Kind::Open => {
                tok.depth = depth;
                depth += 1;
            }
            Kind::Close => {
                depth = depth.saturating_sub(1);
                tok.depth = depth;
            }
            _ => tok.depth = depth,
        }
    }
}

/// Whether the word at `k`, before a period, is an abbreviation ("A.", "U.S.", "Dr.").
fn is_abbreviation(text: &str, lang: Lang, toks: &[Tok], k: usize) -> bool {
    let w = &text[toks[k].start..toks[k].end];
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
        // "U.S.", "U.N."
        || w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2)
        || crate::sentences::is_abbreviation_word(lang, w)
}

/// The most tokens a unit holds. The longest sentence of the dev, check and invented
/// articles has 102; a run of text with no sentence end (a list, a broken page, hostile
/// input) is cut into units of this size, so that the stages' work over a unit, some of it
/// quadratic in the unit, stays constant per token.
pub(super) const MAX_UNIT_TOKENS: usize = 256;

/// Splits the tokens from `first` into sentence units: at a terminal mark at depth 0 before
/// a capital, a quotation or a digit, or a quoted period; a unit never exceeds
/// `MAX_UNIT_TOKENS`. Linear in the tokens.
fn split_units(
    text: &str,
    lang: Lang,
    toks: &[Tok],
    first: usize,
    units: &mut Vec<(usize, usize)>,
) {
    let mut start = first;
    let n = toks.len();
    let mut i = first;
    while i < n {
        let t = toks[i];
        let raw = &text[t.start..t.end];
        let terminal =
            t.kind == Kind::Punct && t.depth == 0 && matches!(raw, "." | "!" | "?" | "…");
        // blocker `quoted-period`: "X said the drills were “a stern warning.” Y said …": a
        // period just inside the closing mark of a quotation opened within the sentence
        // ends the sentence too (not a quotation opening it: "“We are ready.” Ruiz said")
        let quoted_period = t.kind == Kind::Close
            && t.depth == 0
            && i > start + 1
            && toks[i - 1].kind == Kind::Punct
            && &text[toks[i - 1].start..toks[i - 1].end] == "."
            && toks[i - 2].kind == Kind::Word
            && !is_abbreviation(text, lang, toks, i - 2)
            // (its opening mark within the 200 tokens before, after the unit's first)
            && (i.saturating_sub(200).max(start + 1)..i)
                .rev()
                .any(|o| toks[o].kind == Kind::Open && toks[o].pair == t.pair);
        if quoted_period {
            let j = i + 1;
            let next_ok = j < n
                && (toks[j].upper
                    || toks[j].kind == Kind::Open
                    || text[toks[j].start..].starts_with(|c: char| c.is_ascii_digit()));
            if next_ok {
                units.push((start, j));
                start = j;
                i = j;
                continue;
            }
        }
        if i - start >= MAX_UNIT_TOKENS {
            units.push((start, i));
            start = i;
        }
        if terminal {
            let mut j = i + 1;
            while j < n
                && toks[j].kind == Kind::Punct
                && matches!(
                    &text[toks[j].start..toks[j].end],
                    "." | "!" | "?" | "…" | ")" | "*"
                )
            {
                j += 1;
            }
            let next_ok = j >= n
                || toks[j].upper
                || toks[j].kind == Kind::Open
                || text[toks[j].start..]
                    .starts_with(|c: char| c.is_ascii_digit() || "-–—(\"«“".contains(c));
            let word_before = (raw == "." && i > start && toks[i - 1].kind == Kind::Word)
                .then(|| &text[toks[i - 1].start..toks[i - 1].end]);
            // « le 2 déc. 2023 », « SÉOUL, 5 nov. (Yonhap) -- »
            let month_before = j < n
                && text[toks[j].start..].starts_with(|c: char| c.is_ascii_digit() || c == '(')
                && word_before.is_some_and(|w| crate::sentences::is_month_abbreviation(lang, w));
            let abbreviation =
                month_before || word_before.is_some() && is_abbreviation(text, lang, toks, i - 1);
            if next_ok && !abbreviation {
                units.push((start, j));
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < n {
        units.push((start, n));
    }
}
