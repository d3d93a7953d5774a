//! Non-finite cues: present participles and gerunds (construction `participle`: "…,
//! adding that …", « Tout en déclarant que …, la directrice a fait savoir … »), infinitives
//! (construction `infinitive`: « avant de préciser que … »), and participles coordinated
//! with a compound cue (construction `coordinated`: « a dénoncé la décision et appelé à … »),
//! which all share the subject of the clause they continue.

use super::clause::{skip_adverbs, Cand, Who};
use super::cues;
use super::lex::{class, Form, Lex};
use super::subjects;
use super::tokens::Tokens;
use super::units::{kind_of, skip_dateline, UnitCues};
use crate::Construction;

/// Whether a past participle right after a conjunction shares the auxiliary and the
/// subject of a compound cue before it (« a dénoncé … et appelé à … »).
pub(super) fn coordinated(tk: &Tokens, us: usize, cue: &cues::Cue) -> bool {
    cue.form == Form::Participle
        && cue.s > us
        && tk.word(cue.s - 1)
        && tk.cls(cue.s - 1) & class::CONJ != 0
        && !cue.refl
        && tk.cls(cue.s) & class::AUX == 0
}

/// Construction `coordinated`: the content after the participle (`after`, from
/// [`frame_after`]); the speaker is the subject of the auxiliary the participle shares, or
/// is inherited from the cue it is coordinated with.
pub(super) fn coordinated_frame(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    cue: &cues::Cue,
    after: Option<(usize, usize, Construction)>,
    mut cand: Cand,
) -> Option<Cand> {
    let (a, b, _) = after?;
    // (a compound cue before it gives the speaker: « a dénoncé … et appelé »)
    let verb = |aux: usize| skip_adverbs(tk, lx, aux + 1, cue.s);
    if let Some(aux) =
        cues::compound_before(tk, us, cue.s - 1).filter(|&x| !tk.toks[verb(x)].verb_form)
    {
        if let who @ (Who::Np(..) | Who::Pronoun { .. }) = subjects::subject_before(tk, lx, us, aux)
        {
            cand.who = who;
        }
    }
    cand.content = (a, b);
    cand.kind = kind_of(tk, a, b);
    cand.rule = Some(Construction::Coordinated);
    Some(cand)
}

/// How many tokens after the comma of a fronted participle the cue of its main clause
/// may start (blocker `fronted-channel`).
const CHANNEL_WINDOW: usize = 16;

/// The longest noun phrase, in tokens, between a word of `absolute_markers.txt` and the
/// participle whose subject it is.
const ABSOLUTE_WINDOW: usize = 6;

/// Constructions `participle` and `infinitive`: the content after the cue (`after`); the
/// subject of a fronted participle is the subject of the main clause after its comma, the
/// subject after a document noun ("a publié un communiqué indiquant") that of its verb.
pub(super) fn participle_frame(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    cue: &cues::Cue,
    unit_cues: &UnitCues,
    after: Option<(usize, usize, Construction)>,
    mut cand: Cand,
) -> Option<Cand> {
    let ue = unit_cues.end;
    // the first token of the clause, after a dateline
    let opening = skip_dateline(tk, us, ue);
    // the subject of a participle is the subject of the clause it continues; after a
    // document ("a publié un communiqué indiquant"), the subject of its verb
    let (a, mut b, construction) = after?;
    // construction `participle`, fronted: "Adding that the talks were over, the
    // minister left", "Tout en déclarant que …, la directrice a fait savoir …": a
    // participle opening the sentence ends at its comma, and its subject is the
    // subject of the main clause after it
    if cue.form == Form::Present
        && (cue.s <= opening
            || skip_adverbs(tk, lx, opening, cue.s) == cue.s
            // "Tout en déclarant": one adverb or determiner before the gerund
            || cue.s == opening + 1 && tk.cls(opening) & (class::ADV | class::DET) != 0)
    {
        let depth = tk.toks[a].depth;
        let comma = (a + 1..(b + 1).min(ue)).find(|&k| tk.is(k, ",") && tk.toks[k].depth == depth);
        // blocker `fronted-topic`: "Commenting on the verdict, the lawyer said …",
        // « Réagissant à la décision, l'avocat a annoncé … »: a prepositional phrase
        // without a quotation up to the comma is the topic or the channel, not a report
        let topic = comma.is_some_and(|k| {
            tk.word(a)
                && tk.cls(a) & (class::PREP | class::STOP) != 0
                && tk.cls(a) & (class::QUE | class::REL | class::DET) == 0
                && !(a..k).any(|i| tk.toks[i].depth > depth)
        });
        // blocker `fronted-channel`: "Confirming the ministry's account, the agency
        // reported that …", « Confirmant les chiffres du ministère, l'agence a indiqué … »:
        // a fronted participle of a verb that does not judge a target, whose noun-phrase
        // object names a source (a name, a role or an organisation) without a quotation
        // (not « Dénonçant une « trahison », le maire a annoncé … »), before a main clause
        // whose own cue comes within CHANNEL_WINDOW tokens of the comma, names the source
        // of that report, not a report of its own
        let channel = matches!(construction, Construction::Object | Construction::Bare)
            && !lx.verbs[cue.verb].target
            && comma.is_some_and(|k| {
                let quoted = (a..k).any(|i| tk.toks[i].depth > depth);
                let source = subjects::looks_like_source(tk, lx, a, k);
                let next = unit_cues.starts.partition_point(|&c| c <= k);
                unit_cues
                    .starts
                    .get(next)
                    .is_some_and(|&c| c < ue && c <= k + CHANNEL_WINDOW)
                    && !quoted
                    && source
            });
        if topic || channel {
            return None;
        }
        if let Some(k) = comma {
            let j = k + 1;
            let who = if j < ue && tk.word(j) && tk.cls(j) & class::PRON != 0 {
                Some(Who::pronoun_at(tk, j))
            } else {
                // the subject ends at its last name or role word: "the minister
                // left the room" is "the minister"
                subjects::subject_after(tk, lx, j, ue).map(|(s, e)| {
                    let head = (s..e).rev().find(|&h| {
                        tk.word(h) && (tk.toks[h].upper || tk.is_role(lx, h) || lx.is_org(tk.lw(h)))
                    });
                    // a verb and its object after the head: "left the room"
                    let verb_object = head.is_some_and(|h| {
                        h + 2 < ue && h + 1 < e && tk.word(h + 2) && tk.cls(h + 2) & class::DET != 0
                    });
                    match head {
                        // or a reporting verb of its own: "the minister said aid
                        // must arrive"
                        Some(h) if verb_object || h + 1 < e && tk.toks[h + 1].verb_form => {
                            Who::Np(s, h + 1)
                        }
                        _ => Who::Np(s, e),
                    }
                })
            };
            if let Some(who) = who {
                b = k;
                cand.who = who;
            }
        }
    }
    // construction `absolute-participle`: "…, with officials reporting five more deaths",
    // « …, avec des témoins affirmant que … »: the noun phrase between a word of
    // `absolute_markers.txt` opening a clause after a comma and the participle, naming a
    // source, is its subject (not "a deal with Russia saying …", a complement)
    if cue.form == Form::Present {
        let depth = tk.toks[cue.s].depth;
        let marker = (cue.s.saturating_sub(ABSOLUTE_WINDOW + 1).max(us)..cue.s)
            .rev()
            .take_while(|&k| tk.word(k) && tk.toks[k].depth == depth && !tk.toks[k].verb_form)
            .find(|&k| lx.absolute_markers.contains(tk.lw(k)));
        if let Some(w) = marker.filter(|&w| {
            w > us
                && tk.is(w - 1, ",")
                && w + 1 < cue.s
                && subjects::looks_like_source(tk, lx, w + 1, cue.s)
        }) {
            cand.who = Who::Np(w + 1, cue.s);
        }
    }
    if cue.s > us + 2 && lx.document_nouns.contains(tk.lw(cue.s - 1)) {
        let mut v = cue.s - 1;
        while v > us && tk.word(v - 1) && tk.cls(v - 1) & class::DET != 0 {
            v -= 1;
        }
        v = v.saturating_sub(1);
        while v > us && tk.word(v - 1) && tk.cls(v - 1) & (class::AUX | class::ADV) != 0 {
            v -= 1;
        }
        if let who @ (Who::Np(..) | Who::Pronoun { .. }) = subjects::subject_before(tk, lx, us, v) {
            cand.who = who;
        }
    }
    // "Media reports saying …" opening the sentence: the document is the source
    let opens_with_document =
        cue.s > us && cue.s <= opening + 3 && lx.document_nouns.contains(tk.lw(cue.s - 1));
    if opens_with_document && cand.who == Who::Inherit {
        if let who @ Who::Np(..) = subjects::subject_before(tk, lx, us, cue.s) {
            cand.who = who;
        }
    }
    cand.content = (a, b);
    cand.kind = kind_of(tk, a, b);
    cand.rule = Some(if cue.form == Form::Present {
        Construction::Participle
    } else {
        Construction::Infinitive
    });
    Some(cand)
}
