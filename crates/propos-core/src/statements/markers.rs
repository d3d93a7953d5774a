//! Source markers: constructions `selon-initial` (« Selon X, … », "According to X, …"),
//! `selon-final` (« …, selon X », with `paired-count`: « 4 200 selon X, 11 000 selon Y »),
//! `selon-medial` (« où, selon X, … », « En juillet, selon X, … »), `pour-initial`
//! (« Pour X, … ») and `pour-qui` (« …, pour qui … »), found by [`marker_frame`]. Constant
//! work per marker beyond the clause it reports.

use super::clause::{Cand, Who};
use super::cues;
use super::lex::{class, word, Lex};
use super::subjects;
use super::tokens::{Kind, Tokens};
use super::units::{clause_end, kind_of, skip_dateline, UnitCues};
use crate::{Construction, StatementKind};

/// "Selon X, …", "…, selon X", "Pour X, …".
pub(super) fn marker_frame(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    ue: usize,
    cue: &cues::Cue,
    unit_cues: &UnitCues,
    mut cand: Cand,
) -> Option<Cand> {
    let e = cue.e;
    if e >= ue {
        return None;
    }
    // "… l'état-major, pour qui il s'agirait d'un missile": the antecedent speaks
    if lx.is_initial_marker(cue.lemma) && lx.has(tk.lw(e), word::WHO) && cue.s > us {
        let a = e + 1;
        let b = clause_end(tk, a, unit_cues);
        if b > a + 1 {
            cand.cue_tok = (cue.s, e + 1);
            cand.who = Who::Relative(cue.s);
            cand.content = (a, b);
            cand.kind = kind_of(tk, a, b);
            cand.rule = Some(Construction::PourQui);
            return Some(cand);
        }
    }
    // "selon lesquelles" is not a source; "d'après nos informations" is the paper's own
    if tk.cls(e) & (class::REL | class::QUE | class::OWN) != 0 {
        return None;
    }
    let first = tk.lw(e);
    // (a list item's bullet opens no clause: « - Selon X, … », "• According to X, …")
    let bullet = |i: usize| matches!(tk.raw(i), "*" | "-" | "–" | "—" | "•");
    let initial = (skip_dateline(tk, us, ue)..cue.s)
        .all(|i| tk.word(i) && tk.cls(i) & (class::CONJ | class::ADV) != 0 || bullet(i));
    let pour = lx.is_initial_marker(cue.lemma);
    if pour && !initial {
        return None;
    }
    // a marker read only at the end of a sentence ("…, so the company."): its noun phrase
    // closes the sentence, or it is no source ("…, so the bank raised rates.")
    let last = lx.is_final_marker(cue.lemma);
    if last {
        let np = subjects::marker_np(tk, lx, e, ue)?;
        if !(np.1 >= ue || tk.is(np.1, ".") && np.1 + 1 >= ue) {
            return None;
        }
    }
    let initial = initial && !last;
    // « où, selon X, … », "which, according to X, …": a source between commas right after a
    // word that opens a clause reports what follows it (construction `selon-medial`), and
    // one right after a colon opens its clause (« … son savoir : selon X, … »)
    let medial = !pour
        && !last
        && cue.s >= us + 2
        && tk.is(cue.s - 1, ",")
        && tk.word(cue.s - 2)
        && (lx.marker_openers.contains(tk.lw(cue.s - 2))
            || fronted_adjunct(tk, lx, skip_dateline(tk, us, ue), cue.s - 1));
    let initial = initial || !pour && cue.s > us && tk.is(cue.s - 1, ":");
    // the source
    // ("according to her publisher": a possessive before a noun opens the source; not
    // before her data, documents or research, whose source is she)
    let possessive = lx.possessives.contains_key(first)
        && e + 1 < ue
        && tk.word(e + 1)
        && !tk.toks[e + 1].upper
        && tk.cls(e + 1) & (class::PREP | class::CONJ | class::TIME | class::ADV) == 0
        && ![&lx.data_nouns, &*lx.document_nouns, &*lx.finding_sources]
            .iter()
            .any(|l| l.contains(tk.lw(e + 1)));
    // construction `possessive-marker`: "In his words, …", « Selon ses termes, … »: the
    // possessive inside the marker stands for the source, at the start of a sentence
    let (np_s, np_e) = if lx.is_possessive_marker(cue.lemma) {
        if !initial {
            return None;
        }
        let p = (cue.s..e).find(|&k| tk.word(k) && lx.has(tk.lw(k), word::POSS))?;
        cand.who = Who::Pronoun {
            start: tk.toks[p].start,
            end: tk.toks[p].end,
            // (a possessive's number is its noun's: « ses termes » has one owner)
            plural: false,
        };
        (e, e)
    } else if tk.word(e) && lx.class(first) & class::TONIC != 0 && !possessive {
        cand.who = Who::Pronoun {
            start: tk.toks[e].start,
            end: tk.toks[e].end,
            plural: lx.class(first) & class::PLURAL != 0,
        };
        (e, e + 1)
    } else if tk.word(e) && tk.cls(e) & class::INDEF != 0 && tk.is(e + 1, ",") {
        // "Selon certains, …" / "According to some, …": an indefinite pronoun alone
        cand.who = Who::Np(e, e + 1);
        (e, e + 1)
    } else {
        let np = subjects::marker_np(tk, lx, e, ue)?;
        cand.who = Who::Np(np.0, np.1);
        np
    };
    if pour {
        let (s, _) = np_s.checked_sub(0).map(|s| (s, np_e))?;
        if !subjects::looks_like_source(tk, lx, s, np_e) && !speaking_side(tk, lx, s, ue) {
            return None;
        }
    }
    if initial || medial {
        // content after the comma that closes the source (and an apposition)
        let mut k = np_e;
        while k < ue && !tk.is(k, ",") && tk.toks[k].kind != Kind::Open {
            if tk.is(k, ".") {
                return None;
            }
            k += 1;
        }
        // (a pronoun has no apposition: "According to him, after the talks, Russia …"
        // reports all that follows, blocker `pronoun-no-apposition`)
        let pronoun = matches!(cand.who, Who::Pronoun { .. });
        if k < ue && tk.is(k, ",") {
            k += 1;
        }
        if k < ue && !pronoun && tk.is(k - 1, ",") {
            if let Some(after) = subjects::apposition(tk, lx, k, ue) {
                k = after;
            } else if tk.cls(k) & class::REL != 0 {
                // "Selon X, qui cite Y, …": skip the relative clause
                if let Some(comma) = (k..ue).find(|&i| tk.is(i, ",")) {
                    k = comma + 1;
                }
            } else if let Some(comma) = description_end(tk, lx, k, ue) {
                k = comma + 1;
            }
        }
        while k < ue
            && tk.toks[k].kind == Kind::Punct
            && tk.toks[k].kind != Kind::Open
            && tk.is(k, "*")
        {
            k += 1;
        }
        let b = clause_end(tk, k, unit_cues);
        if b <= k {
            return None;
        }
        cand.content = (k, b);
        cand.kind = kind_of(tk, k, b);
        cand.rule = Some(if pour {
            Construction::PourInitial
        } else if medial && !initial {
            Construction::SelonMedial
        } else {
            Construction::SelonInitial
        });
        return Some(cand);
    }
    // postposed: "…, selon X"
    let p = cue.s.checked_sub(1)?;
    if p < us {
        return None;
    }
    // without a comma ("« Une victoire » selon X", "closed according to police") the marker
    // may mean "depending on" ("varie selon les régions"): its source must be a name, a
    // role or an organisation, and a quotation just before it is the whole content
    let comma = tk.is(p, ",");
    // "a affirmé que, selon X, …" / "said that, according to X, …": an aside opening the
    // que-clause, which its verb reports whole
    if comma && p > us && tk.cls(p - 1) & class::QUE != 0 {
        return None;
    }
    // a count before it (« 9 000 selon les organisateurs »): a source, whatever its noun
    let pair = if comma {
        None
    } else {
        paired_count(tk, us, p, cue.s, unit_cues)
    };
    if !comma && pair.is_none() && !subjects::looks_like_source(tk, lx, np_s, np_e) {
        return None;
    }
    let quote = (!comma && tk.toks[p].kind == Kind::Close)
        .then(|| tk.quote_closed_at(p))
        .flatten()
        .map(|q| q.open);
    let end = if comma { p } else { cue.s };
    let start = quote.or(pair).unwrap_or_else(|| {
        unit_cues
            .after_break_before(p)
            .unwrap_or_else(|| skip_dateline(tk, us, p))
    });
    if start >= end {
        return None;
    }
    cand.content = (start, end);
    cand.kind = kind_of(tk, start, end);
    if cand.kind == StatementKind::Direct && quote.is_none() {
        cand.kind = StatementKind::Mixed;
    }
    cand.rule = Some(Construction::SelonFinal);
    cand.weak = true;
    Some(cand)
}

/// The most tokens of a count before its source ([`paired_count`]).
const PAIRED_COUNT_TOKENS: usize = 6;

/// « 4 200 selon la préfecture, 11 000 selon les syndicats », "85% according to the union
/// and 31% according to the ministry": a count right after a comma or a conjunction, then a
/// source marker with no comma (construction `paired-count`, a `selon-final`), after the
/// same marker earlier in the unit, reports the count alone, not the sentence before it
/// (not « entre 5 et 10 % selon les régions », with no marker before). The count's first
/// token, within [`PAIRED_COUNT_TOKENS`] tokens before `p` (the token before the marker at
/// `m`).
fn paired_count(tk: &Tokens, us: usize, p: usize, m: usize, cues: &UnitCues) -> Option<usize> {
    let lo = us.max(p.saturating_sub(PAIRED_COUNT_TOKENS));
    // (not the comma inside "4,200", with no space after it)
    let comma = |k: usize| tk.is(k, ",") && k < p && tk.toks[k].end < tk.toks[k + 1].start;
    let k = (lo..=p)
        .rev()
        .find(|&k| comma(k) || tk.word(k) && tk.cls(k) & class::CONJ != 0)?;
    let digit = |i: usize| tk.word(i) && tk.raw(i).starts_with(|c: char| c.is_ascii_digit());
    let before = cues.starts.partition_point(|&c| c < k);
    let same = before > 0 && tk.lw(cues.starts[before - 1]) == tk.lw(m);
    (same && k < p && digit(k + 1) && tk.toks[k].depth == tk.toks[p].depth).then_some(k + 1)
}

/// The most tokens of a fronted phrase before a source between commas ([`fronted_adjunct`]).
const FRONTED_ADJUNCT_TOKENS: usize = 6;

/// "In November, according to him, …", « Dans la région, selon la police, … »: `[s, comma)`
/// opens the sentence with a phrase of time or place, of at most [`FRONTED_ADJUNCT_TOKENS`]
/// words, opened by a preposition of `fronted_prepositions.txt`, with no verb form,
/// conjunction, auxiliary, relative or « que » (not « Entre 4 000 et 6 000 personnes, selon
/// X, ont défilé »): the source between commas after it reports what follows its comma
/// (construction `selon-medial`).
fn fronted_adjunct(tk: &Tokens, lx: &Lex, s: usize, comma: usize) -> bool {
    comma > s + 1
        && comma - s <= FRONTED_ADJUNCT_TOKENS
        && tk.word(s)
        && lx.fronted_prepositions.contains(tk.lw(s))
        && (s + 1..comma).all(|k| {
            tk.word(k)
                && !tk.toks[k].verb_form
                && tk.cls(k) & (class::REL | class::QUE | class::AUX | class::CONJ) == 0
        })
}

/// The most adjectives after a speaking side's noun ([`speaking_side`]).
const SIDE_ADJECTIVES: usize = 3;

/// Construction `pour-initial` with a side (« Pour l'accusation, … », « Pour le front commun
/// syndical, … »): from `s`, a determiner, a noun of `speaking_sides.txt`, then up to
/// [`SIDE_ADJECTIVES`] lower-case words with no preposition or determiner before a comma
/// (not « Pour la défense de la planète, … »).
fn speaking_side(tk: &Tokens, lx: &Lex, s: usize, ue: usize) -> bool {
    let mut k = s;
    while k < ue && (tk.word(k) && tk.cls(k) & class::DET != 0 || tk.is(k, "'") || tk.is(k, "’"))
    {
        k += 1;
    }
    if k == s || k >= ue || !tk.word(k) || !lx.speaking_sides.contains(tk.lw(k)) {
        return false;
    }
    let plain =
        |i: usize| tk.word(i) && !tk.toks[i].upper && tk.cls(i) & (class::PREP | class::DET) == 0;
    (k + 1..ue.min(k + 2 + SIDE_ADJECTIVES))
        .find(|&i| !plain(i))
        .is_some_and(|i| tk.is(i, ","))
}

/// "Pour la CGT, premier syndicat de l'entreprise, …", "According to Ofgem, the energy
/// regulator, …": a description of the source in apposition, a lower-case phrase with no
/// verb group of at most eight words from `k` closed by a comma, with no article or with a
/// role or an organisation: the comma.
pub(super) fn description_end(tk: &Tokens, lx: &Lex, k: usize, ue: usize) -> Option<usize> {
    let other = class::PRON | class::ADV | class::TIME | class::STOP;
    if !tk.word(k) || tk.toks[k].upper || tk.cls(k) & other != 0 && tk.cls(k) & class::DET == 0 {
        return None;
    }
    let comma = (k + 1..ue.min(k + 9)).find(|&i| !tk.word(i))?;
    let plain = (k..comma).all(|i| tk.cls(i) & (class::AUX | class::QUE | class::CONJ) == 0);
    let source =
        tk.cls(k) & class::DET == 0 || (k..comma).any(|i| tk.is_role(lx, i) || lx.is_org(tk.lw(i)));
    (tk.is(comma, ",") && plain && source && comma + 1 < ue).then_some(comma)
}
