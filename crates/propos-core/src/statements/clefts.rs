//! Clauses that point at another clause: constructions `cleft` (« C'est ce qu'a affirmé
//! X », "That is what X said", reporting the sentence before) and `as-clause` (« Comme l'a
//! rappelé X, … », "As X noted, …", "As noted by X, …", reporting the main clause). Constant
//! work per cue beyond the clause reported.

use super::clause::{phrase_at, skip_adverbs, Cand, Who};
use super::cues;
use super::lex::{class, word, Lex};
use super::subjects;
use super::tokens::Tokens;
use super::units::{clause_end, kind_of, skip_dateline, UnitCues};
use crate::Construction;

/// Construction `cleft`: "Les prix vont baisser. C'est ce qu'a affirmé le ministre.", "That is
/// what the minister said.": a form of être / be, a pronoun of class `cleft` ("ce" and "que",
/// "what") right before the cue or its subject, and the sentence before in the same
/// paragraph is the content.
pub(super) fn cleft(
    tk: &Tokens,
    lx: &Lex,
    u: usize,
    us: usize,
    ue: usize,
    cue: &cues::Cue,
    mut cand: Cand,
) -> Option<Cand> {
    // construction `anaphoric-opener`: "About this informed the head of the regional
    // administration.", « À ce sujet a informé le porte-parole. »: a phrase of
    // `anaphoric_openers.txt` opening the sentence right before the cue, its subject after
    // it, and the sentence before (in any paragraph) is the content
    let opening = skip_dateline(tk, us, ue);
    if cue.inv.is_none()
        && cue.s > opening
        && phrase_at(tk, &lx.anaphoric_openers, opening, cue.s) == Some(cue.s - opening)
    {
        let np = subjects::subject_after(tk, lx, cue.e, ue)?;
        let (ps, pe) = *tk.units.get(u.checked_sub(1)?)?;
        if pe <= ps {
            return None;
        }
        cand.who = Who::Np(np.0, np.1);
        cand.content = (ps, pe);
        cand.kind = kind_of(tk, ps, pe);
        cand.rule = Some(Construction::Cleft);
        return Some(cand);
    }
    // the pronoun within six words before the cue, after a form of être / be
    let p = cues::words_before(tk, us, cue.s).find(|&k| lx.has(tk.lw(k), word::CLEFT))?;
    if !(us..p).any(|k| tk.word(k) && tk.cls(k) & class::ETRE != 0) || (us..p).any(|k| !tk.word(k))
    {
        return None;
    }
    let mut k = p + 1;
    if tk.word(k) && tk.cls(k) & class::QUE != 0 {
        k += 1;
    }
    cand.who = if k == cue.s {
        let np = subjects::subject_after(tk, lx, cue.e, ue)?;
        Who::Np(np.0, np.1)
    } else {
        match subjects::subject_before(tk, lx, k, cue.s) {
            who @ (Who::Np(..) | Who::Pronoun { .. }) => who,
            _ => return None,
        }
    };
    // the sentence before, in the same paragraph
    let (ps, pe) = *tk.units.get(u.checked_sub(1)?)?;
    if pe <= ps || tk.toks[ps].block != tk.toks[us].block {
        return None;
    }
    cand.content = (ps, pe);
    cand.kind = kind_of(tk, ps, pe);
    cand.rule = Some(Construction::Cleft);
    Some(cand)
}

/// Construction `as-clause`: "As the governor noted, prices …", "…, comme l'a rappelé le
/// ministre": a clause opened by a word of `as_markers.txt` frames the main clause, which is
/// the content (after its comma when it opens the sentence, before it when it ends it).
pub(super) fn as_clause(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    ue: usize,
    cue: &cues::Cue,
    unit_cues: &UnitCues,
    mut cand: Cand,
) -> Option<Cand> {
    let p = cues::words_before(tk, us, cue.s).find(|&k| lx.as_markers.contains(tk.lw(k)))?;
    let start = skip_dateline(tk, us, ue);
    let opens = p == start;
    if !(opens || p > us && tk.is(p - 1, ",")) {
        return None;
    }
    // an object clitic alone before the cue ("comme l'a rappelé X"): the subject follows
    let clitic = cue.s == p + 2 && tk.cls(p + 1) & class::DET != 0;
    // construction `as-agent`: "As noted by the minister, …", « Comme souligné par le
    // ministre, … »: a participle and its agent
    let agent = cue.s == p + 1 && cue.e < ue && tk.word(cue.e) && tk.cls(cue.e) & class::AGENT != 0;
    cand.who = if cue.s == p + 1 || clitic {
        // (after adverbs: « Comme a communiqué auparavant le Conseil, … »)
        let from = if agent {
            cue.e + 1
        } else {
            skip_adverbs(tk, lx, cue.e, ue)
        };
        let np = subjects::subject_after(tk, lx, from, ue)?;
        Who::Np(np.0, np.1)
    } else {
        match subjects::subject_before(tk, lx, p + 1, cue.s) {
            Who::Inherit | Who::Relative(_) => return None,
            who => who,
        }
    };
    // "as repairs continued" is temporal: the subject must be a possible source
    if let Who::Np(a, b) = cand.who {
        if !subjects::looks_like_source(tk, lx, a, b) {
            return None;
        }
    }
    // "As the minister announced new measures, …" is temporal: a reporting "as" takes no
    // complement, only adverbs or a circumstantial phrase ("as X noted on Monday")
    let after = match cand.who {
        Who::Np(_, b) if b > cue.e => b,
        _ => cue.e,
    };
    let j = skip_adverbs(tk, lx, after, ue);
    let bare =
        j >= ue || !tk.word(j) || tk.cls(j) & class::STOP != 0 && tk.cls(j) & class::DET == 0;
    if !bare {
        return None;
    }
    let (a, b) = if opens {
        let comma =
            (after..ue.min(after + 12)).find(|&k| tk.is(k, ",") && tk.toks[k].depth == 0)?;
        (comma + 1, clause_end(tk, comma + 1, unit_cues))
    } else {
        (unit_cues.after_break_before(p).unwrap_or(start), p - 1)
    };
    if b <= a + 1 {
        return None;
    }
    cand.content = (a, b);
    cand.kind = kind_of(tk, a, b);
    cand.rule = Some(Construction::AsClause);
    Some(cand)
}

/// Construction `as-clause` in the passive: "As noted by the minister at the briefing, exports
/// …", « Comme indiqué par le ministre, … », "…, as noted by X": a word of `as_markers.txt`
/// right before a passive cue and its agent; the agent is the speaker and the main clause the
/// content (after the first comma past the agent when the clause opens the sentence, before
/// the marker when it ends it).
#[allow(clippy::too_many_arguments)]
pub(super) fn as_agent_clause(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    ue: usize,
    cue: &cues::Cue,
    agent: usize,
    unit_cues: &UnitCues,
    mut cand: Cand,
) -> Option<Cand> {
    let p = cue.s.checked_sub(1).filter(|&p| p >= us)?;
    if !lx.as_markers.contains(tk.lw(p)) {
        return None;
    }
    let start = skip_dateline(tk, us, ue);
    let opens = p == start;
    if !(opens || p > us && tk.is(p - 1, ",")) {
        return None;
    }
    let np = subjects::subject_after(tk, lx, agent + 1, ue)?;
    let (a, b) = if opens {
        let comma = (np.1..ue.min(np.1 + 16)).find(|&k| tk.is(k, ",") && tk.toks[k].depth == 0)?;
        (comma + 1, clause_end(tk, comma + 1, unit_cues))
    } else {
        (unit_cues.after_break_before(p).unwrap_or(start), p - 1)
    };
    if b <= a + 1 {
        return None;
    }
    cand.who = Who::Np(np.0, np.1);
    cand.content = (a, b);
    cand.kind = kind_of(tk, a, b);
    cand.rule = Some(Construction::AsClause);
    Some(cand)
}
