//! The structure of one sentence unit that every frame reads: where its clauses end
//! ([`UnitCues`]: semicolons, commas before another cue or a subject and its cue,
//! conjunctions before a cue), the first token after a dateline ([`skip_dateline`]), the
//! kind of a content span ([`kind_of`]) and the candidates already found in the unit
//! ([`Previous`]). Each query is constant or logarithmic time; building them is linear in
//! the unit.

use super::clause::{skip_adverbs, Cand, Who};
use super::cues;
use super::lex::{class, word, Form, Lex};
use super::tokens::{Kind, Tokens};
use crate::{Construction, StatementKind};

/// The kind of a content token range: a single quotation, a clause with quotes, or neither.
pub(super) fn kind_of(tk: &Tokens, a: usize, b: usize) -> StatementKind {
    if a >= b {
        return StatementKind::Indirect;
    }
    if tk.toks[a].kind == Kind::Open {
        let closes_at_end = tk.quote_opened_at(a).is_some_and(|q| {
            q.close
                .is_none_or(|cl| cl + 1 >= b || trailing_punct(tk, cl + 1, b))
        });
        if closes_at_end {
            return StatementKind::Direct;
        }
    }
    if tk.has_quote_mark(a, b) {
        StatementKind::Mixed
    } else {
        StatementKind::Indirect
    }
}

pub(super) fn trailing_punct(tk: &Tokens, a: usize, b: usize) -> bool {
    (a..b).all(|i| {
        tk.toks[i].kind == Kind::Punct
            && matches!(tk.raw(i), "." | "," | ";" | "!" | "?" | "*" | "…")
    })
}

/// The first token after a dateline that opens a unit ("BRUSSELS - ", "PARIS (AFP) —").
pub(super) fn skip_dateline(tk: &Tokens, us: usize, ue: usize) -> usize {
    // "SEOUL, Nov 5 (Reuters) - ", "SEOUL, Nov. 5 (Yonhap) -- ", « SÉOUL, 5 nov. (Yonhap)
    // -- »: a capitalised place, then a dash within a few tokens, with no period but an
    // abbreviation's before a day or an agency
    let caps = |i: usize| {
        tk.word(i) && tk.raw(i).chars().count() >= 2 && tk.raw(i).chars().all(|c| !c.is_lowercase())
    };
    if caps(us) {
        if let Some(d) = (us + 1..(us + 10).min(ue)).find(|&i| matches!(tk.raw(i), "-" | "–" | "—"))
        {
            let period = |i: usize| {
                tk.is(i, ".")
                    && !tk.is(i + 1, "(")
                    && !tk.raw(i + 1).starts_with(|c: char| c.is_ascii_digit())
            };
            if d + 1 < ue && !(us..d).any(period) {
                return d + 1;
            }
        }
    }
    // "Jakarta (ANTARA) - ", "Beijing (Xinhua) -- ": capitalised words, an agency in
    // parentheses, then dashes; or a month and its day ("Nov 9 (Reuters) - ")
    let mut k = us;
    while k < ue
        && k < us + 3
        && tk.word(k)
        && (tk.toks[k].upper || k > us && tk.raw(k).bytes().all(|b| b.is_ascii_digit()))
    {
        k += 1;
    }
    if k > us && tk.is(k, "(") {
        let close = (k + 1..ue.min(k + 4)).find(|&i| !tk.word(i));
        if let Some(c) = close.filter(|&c| c > k + 1 && tk.is(c, ")")) {
            let mut d = c + 1;
            while d < ue && matches!(tk.raw(d), "-" | "–" | "—") {
                d += 1;
            }
            if d > c + 1 && d < ue {
                return d;
            }
        }
    }
    let mut k = us;
    while k < ue && k < us + 4 && tk.word(k) && tk.raw(k).chars().all(|c| !c.is_lowercase()) {
        k += 1;
    }
    if k > us && k < ue && matches!(tk.raw(k), "-" | "–" | "—") {
        return k + 1;
    }
    // a live-blog time: "14h05 – ", "9:40 p.m. — ": a number first, a dash within a few
    // short tokens with no space-separated word longer than "p.m."
    if tk.word(us) && tk.raw(us).starts_with(|c: char| c.is_ascii_digit()) {
        let dash = (us + 1..(us + 6).min(ue)).find(|&i| matches!(tk.raw(i), "–" | "—" | "-"));
        if let Some(d) = dash.filter(|&d| d + 1 < ue) {
            let short = (us..d).all(|i| tk.raw(i).len() <= 5 && !tk.raw(i).contains(','));
            if short {
                return d + 1;
            }
        }
    }
    us
}

/// The cues of one unit and the tokens where its clauses may end.
pub(super) struct UnitCues {
    /// First tokens of the cues, sorted.
    pub(super) starts: Vec<usize>,
    /// `(token, depth, reasons)` of the tokens that end a clause (of the depth of its
    /// first token or deeper) for one of the [`UnitCues::ALWAYS`] … reasons, in order.
    pub(super) stops: Vec<(usize, u16, u8)>,
    /// The semicolons and colons outside quotations, in order.
    pub(super) breaks: Vec<usize>,
    /// The token after the unit.
    pub(super) end: usize,
}

impl UnitCues {
    /// A semicolon, or a comma before another cue or a subordinate clause.
    pub(super) const ALWAYS: u8 = 1;
    /// A comma before a subject and a cue (", le ministre a ajouté").
    pub(super) const SUBJECT: u8 = 2;
    /// A conjunction before a cue, when it is not the first token of the clause.
    pub(super) const CONJUNCTION: u8 = 4;

    pub(super) fn new(tk: &Tokens, lx: &Lex, cues: &[cues::Cue], us: usize, ue: usize) -> Self {
        let mut starts: Vec<usize> = cues.iter().map(|c| c.s).collect();
        starts.sort_unstable();
        let mut unit = Self {
            starts,
            stops: Vec::new(),
            breaks: Vec::new(),
            end: ue,
        };
        if cues.is_empty() {
            // nothing asks where the clauses of a unit without cues end
            return unit;
        }
        let class_at = |i: usize| if tk.word(i) { tk.cls(i) } else { 0 };
        // the commas that open an apposition with a participle and its agent (in order),
        // when it closes the clause: the unit ends within 40 tokens with no comma, or its
        // next comma opens another clause or a subject (not "the bridge, a project announced
        // by the EU, would open", which goes on)
        let closing = |e: usize| {
            let comma = (e..ue.min(e + 40)).find(|&k| tk.is(k, ",") && tk.toks[k].depth == 0);
            match comma {
                Some(k) => {
                    k + 1 < ue
                        && tk.word(k + 1)
                        && (tk.toks[k + 1].upper
                            || tk.cls(k + 1) & (class::REL | class::SUB | class::CONJ | class::DET)
                                != 0)
                }
                None => ue <= e + 40,
            }
        };
        let appositions: Vec<usize> = cues
            .iter()
            .filter_map(|c| cues::apposed_participle(tk, lx, us, ue, c).filter(|_| closing(c.e)))
            .collect();
        for i in us..ue {
            let t = tk.toks[i];
            let mut reasons = 0;
            if t.kind == Kind::Punct {
                let raw = tk.raw(i);
                if t.depth == 0 && matches!(raw, ";" | ":") {
                    unit.breaks.push(i);
                }
                if raw == ";" {
                    reasons |= Self::ALWAYS;
                }
                if raw == "," {
                    let next = class_at(i + 1);
                    // another cue; a subordinate clause ("alors que", "lorsque", "ce que")
                    // "reported the prime minister, X, had threatened …": a pluperfect cue
                    // after an earlier cue is inside its clause (construction `pluperfect-inside`)
                    // "said the cut, proposed by the Commission, would …": a reduced passive
                    // (a participle cue, then its agent) after an earlier cue, likewise
                    // (construction `reduced-inside`)
                    let verb_at = |k: usize| {
                        cues.binary_search_by_key(&k, |c| c.s)
                            .is_ok_and(|n| !cues[n].marker)
                    };
                    // (or a participle cue and a prepositional phrase closed by a comma before
                    // the clause's auxiliary: "said the cuts, estimated at $2 billion a year,
                    // would fall on schools", construction `apposed-phrase-inside`)
                    let reduced = unit.starts_at(i + 1)
                        && (class_at(i + 2) & class::AGENT != 0
                            || verb_at(i + 1) && apposed_phrase_before_aux(tk, i + 2, ue));
                    let inside = (next & class::PLUP != 0 || reduced)
                        && unit.starts.first().is_some_and(|&k| k < i);
                    // ", which he estimated at …", « , qu'il a évalués à … »: a relative
                    // pronoun, its subject and a verb cue open a clause of its own
                    let relative = next & (class::REL | class::QUE) != 0
                        && (i + 3..(i + 6).min(ue))
                            .any(|k| verb_at(k) && (i + 2..k).all(|w| tk.word(w)));
                    // "a affirmé que, selon X, …": a source marker opening a que-clause is
                    // an aside inside it (construction `marker-after-que`)
                    let aside = i > us
                        && class_at(i - 1) & class::QUE != 0
                        && cues
                            .binary_search_by_key(&(i + 1), |c| c.s)
                            .is_ok_and(|n| cues[n].marker);
                    // ", a toll confirmed by the governor", « , un bilan confirmé par le
                    // préfet »: an apposition with a participle and its agent qualifies the
                    // clause before it, which ends there, even a reported clause
                    // (construction `apposed-participle-end`)
                    if unit.starts_at(i + 1) && !inside && !aside
                        || appositions.binary_search(&i).is_ok()
                        || relative
                        || next & class::SUB != 0
                        || next & class::SUBQ != 0
                            && class_at(i + 2) & (class::QUE | class::REL) != 0
                    {
                        reasons |= Self::ALWAYS;
                    }
                    // ", le ministre a ajouté", ", and several groups called for": a subject
                    // (after a conjunction) then a cue
                    let s0 = if class_at(i + 1) & class::CONJ != 0 {
                        i + 2
                    } else {
                        i + 1
                    };
                    // (not a verb before its infinitive complement, blocker `infinitive-tail`:
                    // ", Russia continues to observe the limits" goes on)
                    let tag_verb = |k: usize| {
                        cues.binary_search_by_key(&k, |c| c.s).is_ok_and(|n| {
                            let j = skip_adverbs(tk, lx, cues[n].e, ue);
                            !infinitive_complement(tk, lx, j, ue)
                        })
                    };
                    let naming_link_at = |k: usize| {
                        cues.binary_search_by_key(&k, |c| c.s).is_ok_and(|n| {
                            let c = &cues[n];
                            let j = skip_adverbs(tk, lx, c.e, ue);
                            let open = j
                                + 1
                                + usize::from(j + 1 < ue && matches!(tk.raw(j + 1), "'" | "’"));
                            !c.marker
                                && lx.verbs[c.verb].link_names
                                && j < ue
                                && tk.word(j)
                                && lx.naming_links.contains(tk.lw(j))
                                && open < ue
                                && tk.toks[open].kind == Kind::Open
                        })
                    };
                    let mut k = i + 1;
                    while k < ue && k <= s0 + 5 && tk.word(k) && class_at(k) & class::REL == 0 {
                        k += 1;
                        if unit.starts_at(k)
                            && k > s0
                            && s0 < ue
                            && (tk.toks[s0].upper || class_at(s0) & class::DET != 0)
                            && tag_verb(k)
                        {
                            reasons |= Self::SUBJECT;
                            // ", a figure the ministry dismissed as “…”": a noun in
                            // apposition named by a verb of naming (construction
                            // `naming-link`) closes the clause before it, even a reported one
                            if naming_link_at(k) {
                                reasons |= Self::ALWAYS;
                            }
                            break;
                        }
                    }
                }
            }
            // (a verb that reports only through a that-clause, without one, is the clause's
            // own: "said Ottawa should go further and consider a tax")
            let clause_cue = |k: usize| {
                cues.binary_search_by_key(&k, |c| c.s)
                    .is_ok_and(|n| reports_clause(tk, lx, &cues[n], ue))
            };
            if tk.word(i)
                && class_at(i) & class::CONJ != 0
                && unit.starts_at(i + 1)
                && clause_cue(i + 1)
            {
                // "a souligné que … et a condamné …": a compound cue right after the
                // conjunction, with the auxiliary of the first cue of the unit, is coordinated
                // with that main verb and ends its que-clause (not in "rapporte que X a
                // exprimé … et a réitéré …", coordinated inside the clause)
                let main = unit.starts.first().copied();
                let coordinated = class_at(i + 1) & class::AUX != 0
                    && main.is_some_and(|k| k < i && tk.word(k) && tk.lw(k) == tk.lw(i + 1))
                    || simple_coordinated(tk, lx, cues, i + 1);
                if coordinated {
                    reasons |= Self::ALWAYS;
                } else {
                    reasons |= Self::CONJUNCTION;
                }
            }
            // construction `quote-then-clause`: "…," and she stressed "…", « … », et il a
            // rejeté …: after a closing quotation, a conjunction, a subject pronoun and a
            // cue open a report of their own, which ends the clause before it
            if tk.word(i)
                && t.depth == 0
                && class_at(i) & class::CONJ != 0
                && i > us
                && (tk.toks[i - 1].kind == Kind::Close
                    || i > us + 1 && tk.is(i - 1, ",") && tk.toks[i - 2].kind == Kind::Close)
                && class_at(i + 1) & class::PRON != 0
                && unit.starts_at(i + 2)
            {
                reasons |= Self::ALWAYS;
            }
            if reasons != 0 {
                unit.stops.push((i, t.depth, reasons));
            }
        }
        unit
    }

    /// The token after the last semicolon or colon outside quotations before token `i`.
    pub(super) fn after_break_before(&self, i: usize) -> Option<usize> {
        let k = self.breaks.partition_point(|&b| b < i);
        k.checked_sub(1).map(|k| self.breaks[k] + 1)
    }

    /// Whether a cue of the unit starts at token `i`.
    pub(super) fn starts_at(&self, i: usize) -> bool {
        self.starts.binary_search(&i).is_ok()
    }

    /// The end (exclusive) of the clause that starts at `a`: the unit end, a semicolon,
    /// or a comma before another cue; `subjects`: also before ", <subject> <cue>" and
    /// "<conjunction> <cue>" (not inside a que-clause, where such a clause is reported
    /// speech of its own).
    pub(super) fn clause_end(&self, tk: &Tokens, a: usize, subjects: bool) -> usize {
        let depth = tk.toks.get(a).map_or(0, |t| t.depth);
        let from = self.stops.partition_point(|&(i, _, _)| i < a);
        self.stops[from..]
            .iter()
            .find(|&&(i, d, reasons)| {
                d <= depth
                    && (reasons & Self::ALWAYS != 0
                        || subjects
                            && (reasons & Self::SUBJECT != 0
                                || reasons & Self::CONJUNCTION != 0 && i > a))
            })
            .map_or(self.end, |&(i, _, _)| i)
    }
}

/// "estime que … et demande …", "warned that …, but said …": a simple finite cue at `k`,
/// right after a conjunction, coordinated with the first cue of the unit, a simple finite
/// verb of the same ending (the same tense and number, as far as the ending shows).
/// (A verb that reports only through a that-clause, without one, is not coordinated: "said
/// Ottawa should go further and consider a tax".)
pub(super) fn simple_coordinated(tk: &Tokens, lx: &Lex, cues: &[cues::Cue], k: usize) -> bool {
    let simple = |c: &cues::Cue| !c.marker && c.form == Form::Finite && c.e == c.s + 1;
    let Some(main) = cues.first().filter(|c| simple(c) && c.s < k) else {
        return false;
    };
    let Ok(n) = cues.binary_search_by_key(&k, |c| c.s) else {
        return false;
    };
    let last = |i: usize| tk.lw(i).chars().last();
    let c = &cues[n];
    simple(c) && reports_clause(tk, lx, c, tk.toks.len()) && last(main.s) == last(k)
}

/// Whether cue `c` may report a clause of its own: a marker, a verb with a frame other than
/// the that-clause, or a that-clause verb followed by "that" / « que » or an infinitive (an
/// auxiliary of class `inf` included: "evaluated that …", « assure avoir recruté »; not "and
/// consider a tax").
pub(super) fn reports_clause(tk: &Tokens, lx: &Lex, c: &cues::Cue, ue: usize) -> bool {
    c.marker
        || !lx.verbs[c.verb].que_only()
        || c.e < ue && tk.word(c.e) && tk.cls(c.e) & (class::QUE | class::INF) != 0
        || infinitive(tk, lx, c.e, ue)
}

/// How many tokens an apposed phrase inside a reported clause may hold before its closing
/// comma (construction `apposed-phrase-inside`): a bound, so each comma costs constant work.
const APPOSED_PHRASE_WINDOW: usize = 12;

/// Whether a prepositional phrase opens at `p` and closes, within
/// [`APPOSED_PHRASE_WINDOW`] tokens, at a comma followed by an auxiliary: the phrase of a
/// participle apposed to a subject whose verb comes next ("estimated at $2 billion a year,
/// would …").
fn apposed_phrase_before_aux(tk: &Tokens, p: usize, ue: usize) -> bool {
    let preposition =
        p < ue && tk.word(p) && tk.cls(p) & class::STOP != 0 && tk.cls(p) & class::DET == 0;
    preposition
        && (p + 1..ue.min(p + 1 + APPOSED_PHRASE_WINDOW))
            .find(|&k| matches!(tk.raw(k), "," | "." | ";" | ":" | "!" | "?"))
            .is_some_and(|k| {
                tk.is(k, ",") && k + 1 < ue && tk.word(k + 1) && tk.cls(k + 1) & class::AUX != 0
            })
}

/// The end (exclusive) of the clause that starts at `a`: see [`UnitCues::clause_end`].
pub(super) fn clause_end(tk: &Tokens, a: usize, cues: &UnitCues) -> usize {
    cues.clause_end(tk, a, true)
}

/// The candidates already found in a unit.
pub(super) struct Previous<'a> {
    pub(super) cands: &'a [Cand],
    /// The cue tokens of the inner incises among them, in order.
    pub(super) inner: &'a [(usize, usize)],
    /// Whether both ends of `inner` never decrease (so a range of starts holds the
    /// furthest end last).
    pub(super) inner_sorted: bool,
    /// The outer incises among them, in order: the end of the cue and the furthest
    /// [`incise_reach`] so far.
    pub(super) incises: &'a [(usize, usize)],
    /// Whether the cue ends of `incises` never decrease.
    pub(super) incises_sorted: bool,
}

/// "a déclaré lors d'un point de presse la responsable …": the first token after a
/// circumstantial phrase (a preposition, then words up to the article that opens the
/// subject), within a few words.
pub(super) fn after_circumstantial(tk: &Tokens, from: usize, ue: usize) -> Option<usize> {
    let prep = tk.word(from) && tk.cls(from) & class::STOP != 0 && tk.cls(from) & class::DET == 0;
    if !prep {
        return None;
    }
    subject_after_phrase(tk, from, ue, class::DET, false)
}

/// The token that opens a subject after a prepositional phrase opening at `from` ("lors
/// d'un point de presse la responsable", "in July the strikes were"): within eight words,
/// a word of the classes `openers` after a noun — right after it when `adjacent`, so not
/// after another preposition ("in a speech at his headquarters") — and not elided ("l'").
/// None at a token that is no word.
pub(super) fn subject_after_phrase(
    tk: &Tokens,
    from: usize,
    ue: usize,
    openers: u32,
    adjacent: bool,
) -> Option<usize> {
    let mut noun = false;
    for k in from + 1..ue.min(from + 8) {
        if !tk.word(k) {
            return None;
        }
        let c = tk.cls(k);
        let after_noun = if adjacent { tk.cls(k - 1) == 0 } else { noun };
        if c & openers != 0 && after_noun && !tk.lw(k).ends_with('\'') {
            return Some(k);
        }
        noun |= c == 0;
    }
    None
}

/// Whether an inverted subject ending at token `b` ends its tag: no auxiliary follows it
/// within a few words ("said the budget was balanced" is a cue and its clause, not a tag).
pub(super) fn tag_ends(tk: &Tokens, b: usize, ue: usize) -> bool {
    // a few words on ("said Russia's cooperation with North Korea was"), not past a comma
    !(b..ue.min(b + 6))
        .take_while(|&k| tk.word(k))
        .any(|k| tk.cls(k) & class::AUX != 0)
}

/// Whether a candidate is an incise outside quotations ("« … », a-t-il dit"); incises inside
/// them are `inner-incise`.
pub(super) fn is_outer_incise(c: &Cand) -> bool {
    c.rule == Some(Construction::Incise)
}

/// Where the text after an incise starts: past its cue and its speaker.
pub(super) fn incise_reach(c: &Cand) -> usize {
    match c.who {
        Who::Np(_, b) => c.cue_tok.1.max(b),
        _ => c.cue_tok.1,
    }
}

/// Whether word token `k` is an infinitive by its ending (`infinitive_endings.txt`): lower
/// case, no grammar class, not a number word (« quatre »), not a form of a reporting verb
/// used as a noun, with a word or a quotation after it (its object or complement).
pub(super) fn infinitive(tk: &Tokens, lx: &Lex, k: usize, ue: usize) -> bool {
    k + 1 < ue
        && (tk.word(k + 1) || tk.toks[k + 1].kind == Kind::Open)
        && infinitive_form(tk, lx, k)
}

/// Whether word token `k` has the form of an infinitive ([`infinitive`] without the
/// complement after it).
fn infinitive_form(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    let w = tk.lw(k);
    tk.word(k)
        && !tk.toks[k].upper
        && tk.cls(k) == 0
        && w.chars().count() > 3
        && !lx.noun_homographs.contains(w)
        && !lx.number_words.contains(w)
        && lx
            .infinitive_endings
            .iter()
            .any(|e| w.ends_with(e.as_str()))
}

/// Whether word token `k` is a marker of `infinitive_markers.txt` ("to") before a verb: a
/// lower-case word with no grammar class, not a plural noun ("proposed to introduce", not
/// "proposed to lawmakers").
pub(super) fn marked_infinitive(tk: &Tokens, lx: &Lex, k: usize, ue: usize) -> bool {
    let v = k + 1;
    lx.infinitive_markers.contains(tk.lw(k))
        && v + 1 < ue
        && tk.word(v)
        && tk.word(v + 1)
        && !tk.toks[v].upper
        && tk.cls(v) == 0
        && !lx.plurals.is_plural(tk.lw(v))
}

/// Whether word token `k` opens an infinitive complement: a marker of
/// `infinitive_markers.txt` before a verb and its object or complement ("continues to
/// observe the limits", not "wrote to parliament on Monday", whose preposition after the
/// word makes it a noun), or a word of class `infmark` before an infinitive by its ending
/// (« continue de respecter », « menacent de débrayer » at the end of a headline).
pub(super) fn infinitive_complement(tk: &Tokens, lx: &Lex, k: usize, ue: usize) -> bool {
    let marked = || {
        let o = k + 2;
        marked_infinitive(tk, lx, k, ue)
            && (tk.cls(o) & class::DET != 0 || tk.cls(o) & (class::STOP | class::PREP) == 0)
    };
    k < ue
        && tk.word(k)
        && (marked()
            || lx.has(tk.lw(k), word::INF_MARK) && k + 1 < ue && infinitive_form(tk, lx, k + 1))
}
