//! Trailing tags and incises, content before the cue: constructions `incise` ("« … », a
//! assuré la maire", "Prices rose, he said"), `inner-incise` (« A, poursuit-il. B ») and
//! `incise-shape` (a verb not in the lexicon in incise position: « … », ronchonne X). Also
//! where a clause ends before a trailing tag. Linear in the unit: each incise looks back
//! over the candidates before it through [`Previous`]'s sorted reaches.

use super::clause::{Cand, Who};
use super::cues;
use super::lex::{class, word, Form, Lex};
use super::subjects;
use super::tokens::{Kind, Tokens};
use super::units::{incise_reach, is_outer_incise, kind_of, skip_dateline, Previous, UnitCues};
use crate::{Construction, StatementKind};

/// "X said that the drills were routine, the agency reported": a clause that runs into a
/// trailing tag ends before the tag's subject (the tag reports the clause, cue and all).
pub(super) fn end_before_tags(tk: &Tokens, cands: &mut [Cand]) {
    for t in 1..cands.len() {
        let Who::Np(a, _) = cands[t].who else {
            continue;
        };
        if !is_outer_incise(&cands[t])
            || cands[t].kind == StatementKind::Direct
            || a >= cands[t].cue_tok.0
        {
            continue;
        }
        let Some(comma) = (a.saturating_sub(3)..a).rev().find(|&k| tk.is(k, ",")) else {
            continue;
        };
        // the few candidates just before it (constant work per tag)
        for c in cands[t.saturating_sub(4)..t].iter_mut() {
            if !is_outer_incise(c) && c.content.0 < comma && comma < c.content.1 {
                c.content.1 = comma;
            }
        }
    }
}

/// "« … », admet le prévenu": an incise whose verb is not in the lexicon (a rare or
/// misspelt verb) is still recognised by its shape: quotation, comma, verb, subject, end.
pub(super) fn unknown_incises(
    tk: &Tokens,
    lx: &Lex,
    u: usize,
    us: usize,
    ue: usize,
    found: &[cues::Cue],
    out: &mut Vec<Cand>,
) {
    let quotes = tk.quotes_in(us, ue);
    if quotes.is_empty() {
        return;
    }
    // the tokens of the unit inside a cue (a running sum of +1 at each cue start, -1 past its end)
    let mut change = vec![0i32; ue - us + 1];
    for c in found {
        let (a, b) = (c.s.max(us), c.e.max(c.s + 1).min(ue));
        if a < b {
            change[a - us] += 1;
            change[b - us] -= 1;
        }
    }
    let mut inside = 0;
    let in_cue: Vec<bool> = change[..ue - us]
        .iter()
        .map(|d| {
            inside += d;
            inside > 0
        })
        .collect();
    for q in quotes {
        let Some(close) = q.close else { continue };
        if close < us || close + 3 > ue || tk.toks[q.open].depth != 0 || !tk.is(close + 1, ",") {
            continue;
        }
        let v = close + 2;
        if !tk.word(v) || tk.toks[v].upper || tk.cls(v) != 0 || tk.lw(v).chars().count() < 3 {
            continue;
        }
        if in_cue[v - us] || (q.open + 1..close).filter(|&i| tk.word(i)).take(2).count() < 2 {
            continue;
        }
        let word = tk.lw(v);
        // an inverted pronoun that stands for someone ("-t-il", not "-on")
        let inverted = lx
            .inversions
            .iter()
            .find(|inv| word.ends_with(inv.suffix) && !lx.has(inv.pronoun, word::IMPERSONAL));
        let who = if let Some(inv) = inverted {
            let end = tk.toks[v].end;
            Who::Pronoun {
                start: end - inv.pronoun.len(),
                end,
                plural: inv.plural,
            }
        } else {
            let Some((a, b)) = subjects::subject_after(tk, lx, v + 1, ue) else {
                continue;
            };
            let ends = b >= ue || !tk.word(b) || tk.cls(b) & class::STOP != 0;
            if !ends || !(tk.toks[a].upper || tk.cls(a) & class::DET != 0) {
                continue;
            }
            Who::Np(a, b)
        };
        let from = q.open;
        if from < us {
            continue;
        }
        out.push(Cand {
            unit: u,
            cue_tok: (v, v + 1),
            lemma: "",
            kind: StatementKind::Direct,
            content: (q.open, close + 1),
            who,
            rule: Some(Construction::InciseShape),
            weak: false,
            inner: false,
        });
    }
}

/// Construction `incise` splitting a clause after its one-word subject: "Inflation, the
/// bank said, will slow", « Moscou, a affirmé le ministre, ne cédera pas »: the word
/// `[a, b)` opens with a subject (no preposition, adverb, connective or time word), and the
/// clause goes on after the incise's comma with its verb at `rest` (an auxiliary, a
/// negation, a past form: not "Meanwhile, he said, inflation will slow"); the content is
/// the subject, the rest of the clause being the second part of the split statement.
pub(super) fn split_subject(tk: &Tokens, lx: &Lex, a: usize, b: usize, rest: usize) -> bool {
    let phrase = class::STOP | class::PREP | class::SUB | class::SUBQ | class::TIME;
    let first = class::ADV | class::DEGREE | class::CONJ | class::PRON;
    let verb = tk.word(rest)
        && !tk.toks[rest].upper
        && (tk.cls(rest) & (class::AUX | class::ETRE | class::NEG) != 0
            || lx.past_forms.contains(tk.lw(rest))
            || lx.has_past_ending(tk.lw(rest), 2));
    b == a + 1 && tk.word(a) && tk.cls(a) & (phrase | first) == 0 && verb
}

/// Whether the token `k` counts as a word of the clause before a trailing tag: a word, or
/// a symbol glued to the figure before it ("12%").
pub(super) fn clause_token(tk: &Tokens, k: usize) -> bool {
    tk.word(k)
        || k > 0
            && tk.toks[k].kind == Kind::Punct
            && tk.toks[k].start == tk.toks[k - 1].end
            && tk.word(k - 1)
            && tk.raw(k - 1).starts_with(|c: char| c.is_ascii_digit())
            && !matches!(tk.raw(k), "," | "." | ";" | ":" | "!" | "?" | ")")
}

/// The first token of a quotation part after the inner incises already found in it.
pub(super) fn inner_incise_end(
    tk: &Tokens,
    previous: &Previous,
    from: usize,
    before: usize,
) -> usize {
    // the incise starting in [from, before) that ends furthest
    let furthest = if previous.inner_sorted {
        let k = previous.inner.partition_point(|&(s, _)| s < before);
        previous.inner[..k]
            .last()
            .filter(|&&(s, _)| s >= from)
            .map(|&(_, e)| e)
    } else {
        previous
            .inner
            .iter()
            .filter(|&&(s, _)| s >= from && s < before)
            .map(|&(_, e)| e)
            .max()
    };
    let Some(mut i) = furthest else {
        return from;
    };
    while i < before && tk.toks[i].kind == Kind::Punct {
        i += 1;
    }
    from.max(i)
}

/// Construction `incise`: a postposed cue; the content is the quotation or clause before it.
pub(super) fn incise_before(
    tk: &Tokens,
    lx: &Lex,
    unit_cues: &UnitCues,
    previous: &Previous,
    us: usize,
    cue: &cues::Cue,
    mut cand: Cand,
) -> Option<Cand> {
    // a verb that reports only in the reflexive tags nothing without its pronoun: « À la
    // gare, des voyageurs attendaient un train » (« s'attendre à »)
    if !cue.refl && lx.verbs[cue.verb].reflexive_only() {
        return None;
    }
    // blocker `naming-incise`: a verb that reports only by naming its object tags no clause
    // before it ("Sales reached 900, compared with 700 a year earlier")
    if lx.verbs[cue.verb].names_only() {
        return None;
    }
    let mut end = cue.s;
    while end > us && tk.toks[end - 1].kind == Kind::Punct && tk.is(end - 1, ",") {
        end -= 1;
    }
    if end <= us {
        // the quotation closes the previous unit: "« … ». a-t-il dit" is rare; look back
        return None;
    }
    // start of the clause: the unit start, after a colon or semicolon at depth 0
    let mut start = unit_cues
        .after_break_before(end)
        .unwrap_or_else(|| skip_dateline(tk, us, end));
    // the end of a previous statement of this unit (two incises in one unit)
    if previous.incises_sorted {
        let k = previous.incises.partition_point(|&(e, _)| e <= end);
        if let Some(&(_, reach)) = k.checked_sub(1).map(|k| &previous.incises[k]) {
            start = start.max(reach);
        }
    } else {
        for c in previous
            .cands
            .iter()
            .filter(|c| c.cue_tok.1 <= end && is_outer_incise(c))
        {
            start = start.max(incise_reach(c));
        }
    }
    while start < end
        && tk.toks[start].kind == Kind::Punct
        && !matches!(tk.toks[start].kind, Kind::Open)
    {
        start += 1;
    }
    if start >= end {
        return None;
    }
    // two quotations in a row, one tag: it belongs to the second (« A ? » « B », rétorque X)
    if let Some(q) = tk.quote_closed_at(end - 1) {
        if q.open > start && tk.toks[q.open - 1].kind == Kind::Close {
            start = q.open;
        }
    }
    // a short introduction before a quotation that ends at the incise: "D'autre part, « … »"
    if tk.toks[start].kind != Kind::Open && tk.toks[end - 1].kind == Kind::Close {
        if let Some(q) = tk.quote_closed_at(end - 1).filter(|q| q.open > start) {
            let intro = q.open - start;
            if intro <= 5
                && tk.is(q.open - 1, ",")
                && (start..q.open).all(|i| tk.toks[i].depth == 0)
            {
                start = q.open;
            }
        }
    }
    if tk.toks[start].kind == Kind::Open {
        let q = tk.quote_opened_at(start)?;
        // words outside quotations after the first one make it mixed: « A » par rapport à B
        let close_at = q.close.unwrap_or(end - 1);
        let outside_words = (close_at + 1..end)
            .any(|i| tk.word(i) && tk.toks[i].depth == 0 && !lx.has(tk.lw(i), word::LINK));
        if outside_words {
            cand.content = (start, end);
            cand.kind = StatementKind::Mixed;
            cand.rule = Some(Construction::Incise);
            return Some(cand);
        }
        let close = q.close.unwrap_or(end - 1).min(end - 1);
        let from = inner_incise_end(tk, previous, start + 1, close);
        if from > start + 1 {
            cand.content = (from, close);
            cand.kind = StatementKind::Direct;
            cand.rule = Some(Construction::Incise);
            return Some(cand);
        }
        cand.content = (start, close + 1);
        cand.kind = StatementKind::Direct;
        cand.rule = Some(Construction::Incise);
        return Some(cand);
    }
    // "Estimant que la loi était injuste, le syndicat a appelé à la grève": the clause
    // before the comma is a fronted participle's, not what this cue reports (the candidates
    // of the unit come in the order of their cues: the first from `start` on is looked up)
    let from = previous.cands.partition_point(|c| c.cue_tok.0 < start);
    if previous.cands[from..]
        .iter()
        .take_while(|c| c.cue_tok.0 <= start + 1)
        .any(|c| c.rule == Some(Construction::Participle))
    {
        return None;
    }
    cand.content = (start, end);
    cand.kind = kind_of(tk, start, end);
    cand.rule = Some(Construction::Incise);
    Some(cand)
}

/// Sentences of a quotation, up to its incise, that an inner incise reports at most.
const INNER_QUOTE_UNITS: usize = 8;

/// Construction `inner-incise`: an incise inside a quotation (« A, poursuit-il. B », « A, a
/// assuré X. B ») reports the part of the quotation before it.
pub(super) fn inner_incise(
    tk: &Tokens,
    lx: &Lex,
    ue: usize,
    cue: &cues::Cue,
    previous: &Previous,
    mut cand: Cand,
) -> Option<Cand> {
    let q = tk.enclosing_quote(cue.s)?;
    if !tk.is(cue.s.checked_sub(1)?, ",") {
        return None;
    }
    cand.who = match cue.inv {
        Some(pron) => Who::Pronoun {
            start: pron.0,
            end: pron.1,
            plural: pron.2,
        },
        None => {
            // an inverted noun phrase, then the end of the sentence
            let np = subjects::subject_after(tk, lx, cue.e, ue)?;
            let end = (np.1..ue.min(np.1 + 12)).find(|&k| !tk.word(k) && !tk.is(k, ","));
            if !matches!(cue.form, Form::Finite | Form::Participle)
                || !end.is_some_and(|k| tk.is(k, "."))
            {
                return None;
            }
            Who::Np(np.0, np.1)
        }
    };
    // (a quotation left open reports at most INNER_QUOTE_UNITS sentences before its incise:
    // linear time whatever the length of the open quotation)
    let unit = tk.units.partition_point(|&(_, e)| e <= cue.s);
    let reach = tk
        .units
        .get(unit.saturating_sub(INNER_QUOTE_UNITS))
        .map_or(0, |&(s, _)| s);
    let start = inner_incise_end(tk, previous, (q.open + 1).max(reach), cue.s);
    cand.content = (start, cue.s - 1);
    cand.kind = StatementKind::Direct;
    cand.rule = Some(Construction::InnerIncise);
    cand.inner = true;
    Some(cand)
}
