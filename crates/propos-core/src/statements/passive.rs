//! Passive reports (construction `passive-agent`): "La fermeture a été annoncée par le
//! ministère", "the plan was criticised by unions", where the subject is what was
//! reported and the agent who reported it; and impersonal passives with no agent
//! (« il a été annoncé que … », "it was announced that …"), whose content is the
//! complement after the cue and whose speaker is nobody.

use super::clause::{Cand, Who};
use super::complements::frame_after;
use super::cues;
use super::lex::{word, Lex, Verb};
use super::subjects;
use super::tokens::{Kind, Tokens};
use super::units::{kind_of, skip_dateline, UnitCues};
use crate::Construction;

/// Construction `passive-agent`: the agent after the token `agent` ("par X", "by X") is the
/// speaker; the content is the quotation before the agent ("jugé « inacceptable » par X")
/// or the clause from the start of the unit to the cue.
pub(super) fn agent_frame(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    ue: usize,
    cue: &cues::Cue,
    agent: usize,
    mut cand: Cand,
) -> Option<Cand> {
    // the subject is what was reported, the agent who reported it
    let np = subjects::subject_after(tk, lx, agent + 1, ue)?;
    // reduced, with a quotation before the agent: "jugé « inacceptable » par X"
    if let Some(open) = (cue.e..agent).find(|&k| tk.toks[k].kind == Kind::Open) {
        cand.who = Who::Np(np.0, np.1);
        cand.content = (open, agent);
        cand.kind = kind_of(tk, open, agent);
        cand.rule = Some(Construction::PassiveAgent);
        return Some(cand);
    }
    let a = skip_dateline(tk, us, ue);
    if a >= cue.s || tk.toks[cue.s].depth > 0 {
        return None;
    }
    cand.who = Who::Np(np.0, np.1);
    // construction `anaphoric-passive`: "This was stated by X", « Cela a été déclaré par
    // X »: the demonstrative subject stands for the sentence before, which is the content
    if cue.s == a + 1 && lx.has(tk.lw(a), word::ANAPHOR) {
        let (ps, pe) = *tk.units.get(cand.unit.checked_sub(1)?)?;
        let ps = skip_dateline(tk, ps, pe);
        if (ps..pe).filter(|&k| tk.word(k)).take(4).count() < 4 {
            return None;
        }
        cand.content = (ps, pe);
        cand.kind = kind_of(tk, ps, pe);
        cand.rule = Some(Construction::AnaphoricPassive);
        return Some(cand);
    }
    cand.content = (a, cue.s);
    cand.kind = kind_of(tk, a, cue.s);
    cand.rule = Some(Construction::PassiveAgent);
    Some(cand)
}

/// An impersonal passive cue: the content is its complement, and no one is the speaker.
pub(super) fn impersonal_frame(
    tk: &Tokens,
    lx: &Lex,
    verb: &Verb,
    cue: &cues::Cue,
    ue: usize,
    unit_cues: &UnitCues,
    mut cand: Cand,
) -> Option<Cand> {
    let (a, b, rule) = frame_after(tk, lx, verb, cue, ue, unit_cues)?;
    cand.who = Who::Nobody;
    cand.content = (a, b);
    cand.kind = kind_of(tk, a, b);
    cand.rule = Some(rule);
    Some(cand)
}
