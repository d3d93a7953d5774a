//! What the statement finders share: a candidate statement before its speaker
//! is resolved, and the clause helpers that cues and speakers use too.

use super::lex::{class, Lex, PhraseList};
use super::tokens::Tokens;
use crate::{Construction, StatementKind};

/// Where the speaker of a candidate statement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Who {
    /// A noun phrase: token range.
    Np(usize, usize),
    /// A subject pronoun, possibly inside an inverted verb ("a-t-il"): byte span.
    Pronoun {
        start: usize,
        end: usize,
        plural: bool,
    },
    /// Relative "qui" at this token: the antecedent is the noun phrase before it.
    Relative(usize),
    /// The subject of the clause, or the speaker of the previous statement.
    Inherit,
    /// No one: an impersonal passive ("il a été rapporté que") names no source.
    Nobody,
}

impl Who {
    /// The subject pronoun at word token `k`, its number from the lexicon.
    pub(crate) fn pronoun_at(tk: &Tokens, k: usize) -> Self {
        Who::Pronoun {
            start: tk.toks[k].start,
            end: tk.toks[k].end,
            plural: tk.has(k, class::PLURAL),
        }
    }
}

/// A statement before its speaker is resolved.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub unit: usize,
    pub cue_tok: (usize, usize),
    pub lemma: &'static str,
    pub kind: StatementKind,
    /// Content token range.
    pub content: (usize, usize),
    pub who: Who,
    /// The construction that matched, set by every frame that returns the candidate; one
    /// without it makes no statement.
    pub rule: Option<Construction>,
    /// A postposed source marker ("…, selon X"): weaker than a verb inside its content.
    pub weak: bool,
    /// An incise inside a quotation ("« A, poursuit-il. B »").
    pub inner: bool,
}

/// Skips adverbs, multiword adverbs, negation and time words from token `i`.
pub(crate) fn skip_adverbs(tk: &Tokens, lx: &Lex, mut i: usize, end: usize) -> usize {
    loop {
        if i >= end {
            return i;
        }
        if tk.word(i) && tk.cls(i) & (class::ADV | class::TIME | class::NEG) != 0 {
            // (a time word and the word that closes its date: « vendredi dernier »)
            let suffix = tk.cls(i) & class::TIME != 0
                && i + 1 < end
                && tk.word(i + 1)
                && lx.date_suffixes.contains(tk.lw(i + 1));
            i += 1 + usize::from(suffix);
            continue;
        }
        if let Some(len) = adverb_phrase_at(tk, lx, i, end) {
            i += len;
            continue;
        }
        // "le 16 novembre", "le 3 mai 2024", "ce mercredi" (not "de 300 évacuations")
        if tk.word(i) && tk.cls(i) & class::DET != 0 && i + 1 < end {
            let next = tk.lw(i + 1);
            if next.starts_with(|c: char| c.is_ascii_digit())
                && i + 2 < end
                && tk.word(i + 2)
                && lx.months.contains_key(tk.lw(i + 2))
            {
                i += 3;
                let year = |k: usize| {
                    k < end && tk.lw(k).len() == 4 && tk.lw(k).bytes().all(|b| b.is_ascii_digit())
                };
                if year(i) {
                    i += 1;
                }
                continue;
            }
            if lx.class(next) & class::TIME != 0 {
                i += 2;
                continue;
            }
        }
        return i;
    }
}

/// The length of the multiword adverb starting at token `i`, if any: a phrase of
/// [`Lex::adverb_phrases`] ("for her part") or a relative date phrase of
/// [`Lex::time_phrases`] ("last week", « la semaine dernière »).
pub(crate) fn adverb_phrase_at(tk: &Tokens, lx: &Lex, i: usize, end: usize) -> Option<usize> {
    phrase_at(tk, &lx.adverb_phrases, i, end).or_else(|| {
        if !lx.time_phrase_firsts.may_hold(tk.lw(i)) {
            return None;
        }
        longest_phrase_at(tk, &lx.time_phrases, i, end)
    })
}

/// The length of the lexicon phrase starting at token `i`, if any.
pub(crate) fn phrase_at(tk: &Tokens, phrases: &PhraseList, i: usize, end: usize) -> Option<usize> {
    if tk.cls(i) & class::PHRASE == 0 {
        return None;
    }
    longest_phrase_at(tk, phrases, i, end)
}

/// The length of the longest phrase of `phrases` starting at token `i` and ending by
/// `end`, whatever the class of its first word.
pub(crate) fn longest_phrase_at(
    tk: &Tokens,
    phrases: &PhraseList,
    i: usize,
    end: usize,
) -> Option<usize> {
    // (the phrases opened by the word at `i` share it: their other words are compared)
    phrases
        .opened_by(tk.lw(i))
        .filter(|p| {
            i + p.len() <= end && p.iter().enumerate().skip(1).all(|(k, w)| tk.lw(i + k) == w)
        })
        .map(<[String]>::len)
        .max()
}

/// Construction `incise` on a short clause: "Prices rose, he said.", « Les négociations ont
/// échoué, a dit le ministre. »: two or three words `[a, b)` that open with a subject (an
/// article, a pronoun or a noun), with no preposition, adverb or time word that would make
/// them a fronted phrase ("On Monday, …", "Plus tôt jeudi, …"), and a verb after the first
/// (a lower-case word: "The United States, Japan and Korea condemned …" is a list).
pub(super) fn short_clause(tk: &Tokens, a: usize, b: usize) -> bool {
    let n = b.saturating_sub(a);
    if !(2..=3).contains(&n) || !(a..b).all(|k| tk.word(k)) {
        return false;
    }
    let phrase = class::STOP | class::PREP | class::SUB | class::SUBQ | class::TIME;
    let first = class::ADV | class::DEGREE | class::CONJ;
    tk.cls(a) & (phrase | first) == 0
        && (a + 1..b).all(|k| tk.cls(k) & (phrase | class::DET) == 0)
        && (a + 1..b).any(|k| tk.cls(k) & !class::AUX == 0 && !tk.toks[k].upper)
}
