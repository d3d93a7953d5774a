//! Reporting cues: verb groups in any tense and source markers.

use super::clause::{phrase_at, skip_adverbs};
use super::lex::{class, word, Form, Lex};
use super::tokens::Tokens;

/// A cue found in a unit.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// First token of the cue (negation, reflexive and auxiliary included).
    pub s: usize,
    /// Token after the cue.
    pub e: usize,
    /// Index of the verb in [`Lex::verbs`] (unused for markers).
    pub verb: usize,
    pub lemma: &'static str,
    pub form: Form,
    /// Inverted subject pronoun: byte span and plural ("a-t-il", "poursuit-elle").
    pub inv: Option<(usize, usize, bool)>,
    /// Reflexive use ("s'est dit").
    pub refl: bool,
    /// A source marker ("selon").
    pub marker: bool,
    /// A passive with its agent ("a été annoncée par X"): the token of "par" / "by".
    pub agent: Option<usize>,
    /// An impersonal passive ("il a été rapporté que"): no one is its source.
    pub impersonal: bool,
}

impl Cue {
    /// The cue of the reporting verb `verb` over tokens `s..e`: not a marker, no agent.
    fn verb(
        lx: &Lex,
        verb: usize,
        (s, e): (usize, usize),
        form: Form,
        inv: Option<(usize, usize, bool)>,
        refl: bool,
    ) -> Self {
        Cue {
            s,
            e,
            verb,
            lemma: lx.verbs[verb].lemma,
            form,
            inv,
            refl,
            marker: false,
            agent: None,
            impersonal: false,
        }
    }
}

/// The verb part of an inverted form, the length of the pronoun and whether it is plural:
/// "a-t-il" → ("a", 2, false).
fn split_inversion<'w>(lx: &Lex, word: &'w str) -> Option<(&'w str, usize, bool)> {
    if !word.contains('-') {
        return None;
    }
    lx.inversions.iter().find_map(|inv| {
        let base = word.strip_suffix(inv.suffix)?;
        (!base.is_empty()).then_some((base, inv.pronoun.len(), inv.plural))
    })
}

/// Finds the cues of the unit `[us, ue)`, in order, without overlaps. Linear in the
/// unit's length: each token starts at most one cue look-up of bounded length.
// not inlined: inlined into `unit_candidates` (with `Resolver::resolve`), it raised peak RSS
// by about 200 KB on dev + invented, the peak heap unchanged
#[inline(never)]
pub(crate) fn find(tk: &Tokens, lx: &Lex, us: usize, ue: usize) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    let lower_case = mostly_lower_case(tk, us, ue);
    let mut i = us;
    while i < ue {
        let last_form = out.last().map(|c| c.form);
        if let Some(cue) =
            marker_at(tk, lx, i, ue).or_else(|| verb_at(tk, lx, us, i, ue, last_form, lower_case))
        {
            i = cue.e.max(i + 1);
            if !negated(tk, lx, &cue)
                && !hypothetical(tk, lx, us, &cue)
                && !no_one(tk, lx, us, &cue)
                && !nested_passive(tk, lx, out.last(), &cue)
            {
                out.push(cue);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// How many tokens after the cue whose clause holds it a nested passive may start.
const NESTED_PASSIVE_WINDOW: usize = 24;

/// Blocker `nested-passive`: a passive with its agent and auxiliary inside the clause of the
/// cue before it ("said that nine cases had been confirmed by the institute", « a déclaré
/// que neuf cas avaient été confirmés par l'institut ») is part of what that cue reports:
/// no punctuation or conjunction at depth 0 between them.
fn nested_passive(tk: &Tokens, lx: &Lex, before: Option<&Cue>, cue: &Cue) -> bool {
    let Some(b) = before.filter(|b| !b.marker && b.agent.is_none() && !b.impersonal) else {
        return false;
    };
    let verb = &lx.verbs[b.verb];
    cue.agent.is_some()
        && (verb.que || verb.bare)
        && tk.word(cue.s)
        && tk.cls(cue.s) & (class::AUX | class::ETRE) != 0
        && cue.s >= b.e
        && cue.s - b.e <= NESTED_PASSIVE_WINDOW
        && tk.toks[cue.s].depth == 0
        && (b.e..cue.s).all(|k| {
            if tk.word(k) {
                tk.cls(k) & class::CONJ == 0
            } else {
                !matches!(tk.raw(k), "," | ";" | ":" | "." | "(" | ")")
                    && tk.toks[k].kind != super::tokens::Kind::Open
            }
        })
}

/// Blocker `negation`: a negated cue ("n'a pas précisé si", "Ni X ni Y n'ont confirmé
/// que", "did not say whether") reports nothing, unless its verb still reports when
/// negated (frame X: "n'a pas exclu que").
///
/// An opener of `affirming_negations.txt` in the group asserts: "n'a cessé de clamer",
/// "has never stopped saying".
fn negated(tk: &Tokens, lx: &Lex, cue: &Cue) -> bool {
    !cue.marker
        && !lx.verbs[cue.verb].negated
        && (cue.s..cue.e).any(|k| tk.word(k) && tk.cls(k) & class::NEG != 0)
        && !(cue.s..cue.e).any(|k| phrase_at(tk, &lx.affirming_negations, k, cue.e).is_some())
}

/// Blocker `negation`, on the subject: "No injuries reported", "Nobody has confirmed that …",
/// "Neither the mayor nor the police said …": a word of class `noone` opens the words
/// before the cue (at most six, no punctuation between).
fn no_one(tk: &Tokens, lx: &Lex, us: usize, cue: &Cue) -> bool {
    if cue.marker {
        return false;
    }
    let Some(k) = words_before(tk, us, cue.s).last() else {
        return false;
    };
    (k == us || !tk.word(k - 1)) && lx.has(tk.lw(k), word::NO_ONE)
}

/// The words right before token `s` in the unit starting at `us`, nearest first: at most
/// six, and none once punctuation comes between.
pub(crate) fn words_before<'t>(
    tk: &'t Tokens<'_>,
    us: usize,
    s: usize,
) -> impl Iterator<Item = usize> + 't {
    (us.max(s.saturating_sub(6))..s)
        .rev()
        .take_while(|&k| tk.word(k))
}

/// Blocker `hypothetical`: a cue in a condition ("pour autant que Moscou s'engage à",
/// "if Russia announces") reports nothing: a phrase of `conditionals.txt` opens its clause,
/// at most six words before the cue with no punctuation between, not after an adverb
/// ("même si" is concessive).
fn hypothetical(tk: &Tokens, lx: &Lex, us: usize, cue: &Cue) -> bool {
    if cue.marker {
        return false;
    }
    for k in words_before(tk, us, cue.s) {
        let opens = lx
            .conditionals
            .iter()
            .any(|p| k + p.len() <= cue.s && p.iter().enumerate().all(|(n, w)| tk.lw(k + n) == w));
        // "même si", "even if": concessive, the report stands
        let concessive = k > us && tk.word(k - 1) && tk.cls(k - 1) & class::ADV != 0;
        if opens && !concessive {
            return true;
        }
    }
    false
}

/// Whether the unit `[us, ue)` has more lower-case words than capitalised ones (it is not
/// in title case).
fn mostly_lower_case(tk: &Tokens, us: usize, ue: usize) -> bool {
    let words = (us..ue).filter(|&k| tk.word(k));
    let upper = words.clone().filter(|&k| tk.toks[k].upper).count();
    words.count() - upper > upper
}

/// Blocker `name-part`: a capitalised cue word beside another capitalised word, in a unit
/// that is not in title case (`lower_case`), belongs to a name ("United States", "State
/// Department").
fn name_part(tk: &Tokens, us: usize, i: usize, ue: usize, lower_case: bool) -> bool {
    let capital_word = |k: usize| tk.word(k) && tk.toks[k].upper;
    if !lower_case || !capital_word(i) || i == us {
        return false;
    }
    capital_word(i - 1) || i + 1 < ue && capital_word(i + 1)
}

fn marker_at(tk: &Tokens, lx: &Lex, i: usize, ue: usize) -> Option<Cue> {
    if !tk.word(i) {
        return None;
    }
    let len = phrase_at(tk, &lx.markers, i, ue)?;
    let at = lx
        .markers
        .iter()
        .position(|p| p.len() == len && p.iter().enumerate().all(|(k, w)| tk.lw(i + k) == w))?;
    let lemma = lx.marker_lemmas[at];
    // "les informations selon lesquelles …", "d'après nos informations": no source, and no
    // cue to end a clause or quotation before it ("pour qui" is one: `pour-qui`)
    let next = i + len;
    let not_source =
        next < ue && tk.word(next) && tk.cls(next) & (class::REL | class::QUE | class::OWN) != 0;
    if !lx.is_initial_marker(lemma) && not_source {
        return None;
    }
    if lx.is_final_marker(lemma) && !final_source(tk, lx, i, next, ue) {
        return None;
    }
    Some(Cue {
        s: i,
        e: i + len,
        verb: 0,
        lemma,
        form: Form::Finite,
        inv: None,
        refl: false,
        marker: true,
        agent: None,
        impersonal: false,
    })
}

/// The most tokens of the source after a marker read only at the end of a sentence.
const FINAL_SOURCE_TOKENS: usize = 6;

/// Construction `selon-final` with a marker read only there ("…, so the company.", "…, so
/// Meyer."): a comma before the marker at `i`, then at most [`FINAL_SOURCE_TOKENS`] words
/// from `next` to the end of the unit or its final period, none a lower-case verb: words
/// closing with a capital (a name, a role before a name: "so union spokesman Paul von
/// Berg"), or an article and words ending with a role or an organisation noun (not "…, so
/// far.", "…, so the bank raised rates.").
fn final_source(tk: &Tokens, lx: &Lex, i: usize, next: usize, ue: usize) -> bool {
    let end = if ue > next && tk.is(ue - 1, ".") {
        ue - 1
    } else {
        ue
    };
    if !(i > 0 && tk.is(i - 1, ",") && end > next && end - next <= FINAL_SOURCE_TOKENS) {
        return false;
    }
    let words = (next..end).all(|k| tk.word_or_joiner(k));
    // (no lower-case verb: "…, so the bank hired Smith.", "…, so we called Smith.")
    let verb = (next..end).any(|k| {
        tk.word(k)
            && !tk.toks[k].upper
            && (tk.toks[k].verb_form
                || tk.cls(k) & (class::AUX | class::PRON) != 0
                || lx.past_forms.contains(tk.lw(k))
                || lx.has_past_ending(tk.lw(k), 2))
    });
    let name = tk.toks[end - 1].upper;
    let head = tk.lw(end - 1);
    let described = tk.cls(next) & class::DET != 0 && (lx.is_role(head) || lx.is_org(head));
    words && !verb && (name || described)
}

/// A verb group whose main verb is a reporting verb, starting at token `i`;
/// `last_form`: the form of the cue before it in the unit; `lower_case`: the
/// unit is not in title case.
fn verb_at(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    i: usize,
    ue: usize,
    last_form: Option<Form>,
    lower_case: bool,
) -> Option<Cue> {
    if !tk.word(i) {
        return None;
    }
    if name_part(tk, us, i, ue, lower_case) {
        return None;
    }
    let word = tk.lw(i);
    // neither a reporting verb, an auxiliary nor an inverted form ("a-t-il"): no cue
    if !tk.toks[i].verb_form && tk.cls(i) & class::AUX == 0 && !word.contains('-') {
        return None;
    }
    // `next`: the token after the verb and its inverted pronoun
    let (base, inv, next) = match split_inversion(lx, word) {
        Some((base, pron_len, plural)) => {
            let end = tk.toks[i].end;
            (base, Some((end - pron_len, end, plural)), i + 1)
        }
        None => match detached_inversion(tk, lx, i, ue) {
            Some((base, pron)) => (base, Some(pron), i + 3),
            None => (word, None, i + 1),
        },
    };
    // the classes of a word token are those of its lower-case form
    let cls = if inv.is_none() {
        tk.cls(i)
    } else {
        lx.class(base)
    };
    // start of the group: negation and reflexive before the verb, and adverbs between the
    // negation and the verb ("did not immediately respond")
    let mut s = i;
    let mut refl = false;
    let mut adverbs = 0;
    while s > us && tk.word(s - 1) {
        let c = tk.cls(s - 1);
        let negation = c & class::NEG != 0 && tk.lw(s - 1).starts_with('n');
        if c & class::REFL != 0 && !refl && adverbs == 0 {
            refl = true;
            s -= 1;
        } else if negation {
            s -= 1;
            adverbs = 0;
        } else if c & class::ADV != 0 && adverbs < 2 {
            s -= 1;
            adverbs += 1;
        } else {
            break;
        }
    }
    // adverbs not preceded by a negation are not part of the group
    s += adverbs;
    if cls & class::AUX != 0 {
        // compound tense: aux [adverbs] participle
        let mut j = skip_adverbs(tk, lx, next, ue);
        // construction `aux-parenthetical`: "a, de son côté, assuré que": a short phrase
        // between commas after the auxiliary
        if j < ue && tk.is(j, ",") {
            let close = (j + 1..ue.min(j + 7)).find(|&k| !tk.word(k));
            if let Some(c) = close.filter(|&c| c > j + 1 && tk.is(c, ",")) {
                j = skip_adverbs(tk, lx, c + 1, ue);
            }
        }
        if j >= ue || !tk.word(j) {
            return None;
        }
        let etre = cls & class::ETRE != 0;
        // construction `progressive`: "are saying" reads as a finite verb
        if etre && inv.is_none() {
            if let Some((verb, _)) = lx
                .forms(tk.lw(j))
                .and_then(|mut c| c.find(|&(_, f)| f == Form::Present))
            {
                let e = tail(tk, lx, verb, j + 1, ue)?;
                return Some(Cue::verb(lx, verb, (s, e), Form::Finite, inv, refl));
            }
        }
        if let Some(cue) = passive_agent(tk, lx, s, i, j, ue) {
            return Some(cue);
        }
        if let Some(cue) = anaphoric_passive(tk, lx, us, s, i, j, ue) {
            return Some(cue);
        }
        if let Some(cue) = impersonal_passive(tk, lx, us, s, i, j, ue) {
            return Some(cue);
        }
        if etre && !refl {
            return None;
        }
        // the first lemma whose tail follows: "a fait état de" is not "faire savoir"
        let (verb, e) = lx.forms(tk.lw(j))?.find_map(|(v, f)| {
            (f == Form::Participle && (!refl || lx.verbs[v].reflexive))
                .then(|| tail(tk, lx, v, j + 1, ue).map(|e| (v, e)))
                .flatten()
        })?;
        return Some(Cue::verb(lx, verb, (s, e), Form::Participle, inv, refl));
    }
    let candidates = lx.forms(base)?;
    // construction `infinitive` after "sans" / "without" and up to two adverbs: "sans
    // toutefois exclure de …", "without ruling out …" report only with a verb that still
    // reports when negated (frame X); "sans préciser" reports nothing
    let mut w = s;
    while w > us && w + 2 > s && tk.word(w - 1) && tk.cls(w - 1) & class::ADV != 0 {
        w -= 1;
    }
    if w > us && tk.word(w - 1) && lx.has(tk.lw(w - 1), word::WITHOUT) {
        let (verb, form) = candidates
            .clone()
            .find(|&(_, f)| matches!(f, Form::Infinitive | Form::Present))?;
        if !lx.verbs[verb].negated {
            return None;
        }
        let e = tail(tk, lx, verb, next, ue)?;
        return Some(Cue::verb(lx, verb, (w - 1, e), form, None, false));
    }
    let prev = (s > us).then(|| s - 1);
    let prev_word = prev.filter(|&p| tk.word(p)).map(|p| tk.lw(p));
    let prev_class = prev.filter(|&p| tk.word(p)).map_or(0, |p| tk.cls(p));
    // construction `infinitive` or `participle`, perfect: "…, après avoir averti que …",
    // "…, after having warned that …": a participle after the auxiliary of a perfect infinitive or gerund,
    // itself after a gerund word or a subordinating word, reads as that infinitive (an
    // auxiliary of class `inf`) or gerund; the cue starts at that word (after "sans" /
    // "without", only a verb that still reports when negated: "without having ruled out")
    let perfect = prev.filter(|&p| {
        p > us
            && inv.is_none()
            && !refl
            && tk.word(p)
            && lx.has(tk.lw(p), word::PERFECT)
            && tk.word(p - 1)
            && (lx.has(tk.lw(p - 1), word::GERUND | word::WITHOUT)
                || tk.cls(p - 1) & class::SUBQ != 0)
    });
    if let Some(p) = perfect {
        let form = if tk.cls(p) & class::INF != 0 {
            Form::Infinitive
        } else {
            Form::Present
        };
        let (verb, _) = candidates.clone().find(|&(_, f)| f == Form::Participle)?;
        if lx.has(tk.lw(p - 1), word::WITHOUT) && !lx.verbs[verb].negated {
            return None;
        }
        let e = tail(tk, lx, verb, next, ue)?;
        return Some(Cue::verb(lx, verb, (p - 1, e), form, None, false));
    }
    // construction `passive-agent`, reduced: "un texte jugé « inacceptable » par le
    // groupe", "a plan described as “reckless” by critics"
    if let Some(agent) = quoted_agent(tk, i + 1, ue).filter(|_| inv.is_none() && !refl) {
        let reduced = candidates
            .clone()
            .find(|&(v, f)| f == Form::Participle && lx.verbs[v].object);
        if let Some((verb, form)) = reduced {
            return Some(Cue {
                agent: Some(agent),
                ..Cue::verb(lx, verb, (s, i + 1), form, None, false)
            });
        }
    }
    // construction `as-clause` in the passive: "As noted by X, …", « Comme indiqué par X, … »:
    // a participle right after a word of `as_markers.txt`, then its agent
    if inv.is_none() && !refl && prev_word.is_some_and(|w| lx.as_markers.contains(w)) {
        let passive = candidates.clone().find_map(|(v, f)| {
            let e = (f == Form::Participle).then(|| tail(tk, lx, v, i + 1, ue))??;
            let agent = skip_adverbs(tk, lx, e, ue);
            agent_at(tk, agent, ue).then_some((v, f, e, agent))
        });
        if let Some((verb, form, e, agent)) = passive {
            return Some(Cue {
                agent: Some(agent),
                ..Cue::verb(lx, verb, (s, e), form, None, false)
            });
        }
    }
    for (verb, form) in candidates {
        let v = &lx.verbs[verb];
        if refl && !v.reflexive {
            continue;
        }
        let ok = match form {
            // not a noun ("l'annonce", "la demande"), not after an auxiliary
            // not a noun ("l'annonce", "by state media"), not after an auxiliary
            Form::Finite => {
                let after_preposition = prev_class & class::STOP != 0
                    && prev_class & (class::REL | class::QUE | class::CONJ | class::PRON) == 0;
                // blocker `noun-object`: "denied reports that …": right after a reporting
                // verb, the form is its object noun
                // (not after a noun: "sources close to the talks said", where the verb
                // form follows a determiner)
                let after_cue = prev.is_some_and(|p| {
                    tk.word(p)
                        && tk.toks[p].verb_form
                        && !lx.noun_homographs.contains(tk.lw(p))
                        && !(p > us && tk.word(p - 1) && tk.cls(p - 1) & class::DET != 0)
                }) && prev_class & class::AUX == 0;
                // blocker `noun-modifier`: "…, state health officials", "state Sen. X": a noun
                // homograph with no subject before it and a plain word after it is a noun
                let modifier = !refl
                    && prev.is_none_or(|p| !tk.word(p))
                    && lx.noun_homographs.contains(word)
                    && {
                        let next = i + 1;
                        next < ue && tk.word(next) && tk.cls(next) == 0
                    };
                // blocker `noun-of`: "a previous forecast of 5%": a noun homograph before
                // "of" is the noun
                let noun_of = lx.noun_homographs.contains(word)
                    && i + 1 < ue
                    && tk.word(i + 1)
                    && lx.has(tk.lw(i + 1), word::NOUN_OF);
                // blocker `reduced-passive`: "a decision criticized by several lawmakers": a
                // verb of judgement right before its agent is a participle, the target its noun
                let reduced = v.target && agent_at(tk, i + 1, ue);
                // blocker `document-noun`: "media reports saying …": a document noun right
                // before a present participle cue is the document, not a verb
                let document = lx.document_nouns.contains(word)
                    && i + 1 < ue
                    && tk.word(i + 1)
                    && lx
                        .forms(tk.lw(i + 1))
                        .is_some_and(|mut c| c.any(|(_, f)| f == Form::Present));
                // blocker `noun-possessive`: "the company's claims were rejected": a noun
                // homograph right after a possessive is the possessed noun
                // (also after a possessive and a lower-case modifier of up to three tokens:
                // "its full-year forecast", "the firm's latest claims", not after a role:
                // "its spokesman forecast")
                let modified = prev.is_some_and(|p| {
                    let plain = |k: usize| {
                        tk.is(k, "-")
                            || tk.word(k)
                                && !tk.toks[k].upper
                                && tk.cls(k) == 0
                                && !tk.toks[k].verb_form
                                && !tk.is_role(lx, k)
                    };
                    let first = (p.saturating_sub(2).max(us + 1)..=p)
                        .rev()
                        .take_while(|&k| plain(k))
                        .last();
                    first.is_some_and(|f| {
                        tk.word(f - 1)
                            && (lx.has(tk.lw(f - 1), word::POSS) || lx.is_possessive(tk.lw(f - 1)))
                    })
                });
                let possessed = lx.noun_homographs.contains(word)
                    && (prev_word.is_some_and(|w| lx.is_possessive(w)) || modified);
                // blocker `noun-subject`: "the latest reports suggest that …": a noun
                // homograph right before a finite reporting verb that is no noun, or right
                // before an auxiliary ("the next report is due"), is its subject
                let subject = lx.noun_homographs.contains(word)
                    && i + 1 < ue
                    && tk.word(i + 1)
                    && (tk.cls(i + 1) & class::AUX != 0
                        || !lx.noun_homographs.contains(tk.lw(i + 1))
                            && lx
                                .forms(tk.lw(i + 1))
                                .is_some_and(|mut c| c.any(|(_, f)| f == Form::Finite)));
                // blocker `prenominal-adjective`: « la prochaine annonce de la banque », "the
                // federal states": after an article and an adjective that stands before its
                // noun, the form is that noun (not after a demonstrative: « ce dernier »)
                let adjective = prev.is_some_and(|p| {
                    p > us
                        && lx.prenominal_adjectives.contains(tk.lw(p))
                        && tk.word(p - 1)
                        && tk.cls(p - 1) & class::DET != 0
                        && tk.cls(p - 1) & class::DEMO == 0
                });
                if after_cue
                    || modifier
                    || noun_of
                    || reduced
                    || document
                    || possessed
                    || subject
                    || adjective
                {
                    continue;
                }
                // construction `clitic-object`: « le ministre l'assure : … », « il l'a dit,
                // … »: an elided object pronoun between a subject and the verb, not an
                // article (not « continue le juge »); « il les accuse », « Dupont la
                // critique »: an object pronoun that is also an article, after a subject
                // pronoun or a name
                let clitic = prev_class & class::CLITIC != 0
                    && prev.is_some_and(|p| {
                        p > us
                            && tk.word(p - 1)
                            && (tk.cls(p - 1) & class::PRON != 0
                                || tk.cls(p - 1) == 0
                                    && !tk.toks[p - 1].verb_form
                                    && (tk.lw(p).ends_with('\'') || tk.toks[p - 1].upper))
                    });
                // blocker `adjective`: "plus critique que prévu"
                prev_class & (class::DET | class::AUX | class::PREP | class::DEGREE) == 0
                    && !after_preposition
                    || refl
                    || clitic
                    || anaphoric_opener_before(tk, lx, us, s)
            }
            Form::Present => {
                prev.is_none()
                    || prev.is_some_and(|p| {
                        tk.is(p, ",")
                            || tk.toks[p].kind == super::tokens::Kind::Close
                            || p > us && tk.word(p) && tk.toks[p].upper
                    })
                    || prev_word.is_some_and(|w| lx.has(w, word::GERUND))
                    // cue `document-participle` (rule `participle`): "un communiqué
                    // indiquant que", "a statement saying": the document's author reports
                    || prev_word.is_some_and(|w| lx.document_nouns.contains(w))
                    // cue `coordinated-participle` (rule `participle`): "…, saying the
                    // deal was fair and accusing the agency of bias", « …, estimant que … et
                    // appelant à … »: after a conjunction, a participle coordinated with the
                    // participle cue before it
                    || prev_class & class::COORD != 0 && last_form == Some(Form::Present)
            }
            Form::Infinitive => {
                prev_word.is_some_and(|w| lx.has(w, word::INF_MARK))
                    && prev.and_then(|p| p.checked_sub(1)).is_some_and(|pp| {
                        pp < us
                            || tk.word(pp) && lx.has(tk.lw(pp), word::INF_OPEN)
                            || incise_verb(tk, us, pp)
                    })
            }
            // construction `coordinated`: "a dénoncé la décision et appelé à …"
            // (or `as-agent`: "As noted by the minister, …", « Comme souligné par X, … »)
            // (or with a compound verb that is no cue: « a ouvert la séance et annoncé la
            // fermeture », not a passive: « et annoncé par »)
            Form::Participle => {
                prev_class & class::CONJ != 0
                    && (last_form == Some(Form::Participle)
                        || (v.que || v.object || v.prep_object)
                            && prev.and_then(|p| compound_before(tk, us, p)).is_some()
                            && !agent_at(tk, i + 1, ue))
                    || (prev_word.is_some_and(|w| lx.as_markers.contains(w))
                        || v.object && !v.target && apposition_before(tk, us, i).is_some())
                        && agent_at(tk, i + 1, ue)
            }
        };
        // cue `opener` (the frame after it gives the rule): "a tenu à rappeler que", "was
        // quoted as saying": a verb group that only introduces the reporting verb reads as
        // its finite form
        let opener = if ok || form == Form::Finite || form == Form::Participle {
            None
        } else {
            opener_start(tk, lx, us, s)
        };
        if !ok && opener.is_none() {
            continue;
        }
        let Some(e) = tail(tk, lx, verb, next, ue) else {
            continue;
        };
        if let Some(start) = opener {
            return Some(Cue::verb(lx, verb, (start, e), Form::Finite, None, false));
        }
        let s = match (form, prev) {
            // the gerund "en affirmant", "tout en précisant": the cue starts at "en" (a
            // comma before it then ends the clause of an earlier cue)
            (Form::Present, Some(p)) if prev_word.is_some_and(|w| lx.has(w, word::GERUND)) => {
                let before = p.checked_sub(1).filter(|&b| b >= us && tk.word(b));
                match before {
                    Some(b) if !tk.toks[b].upper && tk.cls(b) & (class::ADV | class::DET) != 0 => b,
                    _ => p,
                }
            }
            // "tente de se justifier": the cue starts at the finite verb
            (Form::Infinitive, Some(p)) if p > us && incise_verb(tk, us, p - 1) => p - 1,
            // "avant de rappeler": the cue starts at the word that opens the infinitive
            // (a comma before it then ends the clause of an earlier cue)
            (Form::Infinitive, Some(p))
                if p > us && tk.word(p - 1) && lx.has(tk.lw(p - 1), word::INF_OPEN) =>
            {
                p - 1
            }
            (Form::Infinitive, Some(p)) => p,
            _ => s,
        };
        return Some(Cue::verb(lx, verb, (s, e), form, inv, refl));
    }
    None
}

/// The most words of a phrase of `anaphoric_openers.txt` ([`anaphoric_opener_before`]).
const ANAPHORIC_OPENER_WORDS: usize = 3;

/// Construction `anaphoric-opener` (rule `cleft`): a phrase of `anaphoric_openers.txt` ends
/// right before token `s` ("About this informed …", « À ce sujet a informé … »), where a
/// verb form after its determiner or preposition is still the verb.
fn anaphoric_opener_before(tk: &Tokens, lx: &Lex, us: usize, s: usize) -> bool {
    (s.saturating_sub(ANAPHORIC_OPENER_WORDS).max(us)..s)
        .any(|k| phrase_at(tk, &lx.anaphoric_openers, k, s) == Some(s - k))
}

/// The start of the verb group ending in an opener phrase of `cue_openers.txt` right before
/// token `i` ("a également tenu à", "was quoted as"), with its auxiliaries and adverbs.
fn opener_start(tk: &Tokens, lx: &Lex, us: usize, i: usize) -> Option<usize> {
    // the words of `p` end right before token `end`
    let ends_at = |p: &[String], end: usize| {
        p.len() <= end - us
            && p.iter()
                .enumerate()
                .all(|(k, w)| tk.word(end - p.len() + k) && tk.lw(end - p.len() + k) == w)
    };
    let starts = lx.cue_openers.iter().filter_map(|p| {
        // "quoted * as": a gap of up to six words ("quoted by state media as saying")
        match p.iter().position(|w| w == "*") {
            None => ends_at(p, i).then(|| i - p.len()),
            Some(g) => {
                let tail = i
                    .checked_sub(p.len() - g - 1)
                    .filter(|_| ends_at(&p[g + 1..], i))?;
                (tail.saturating_sub(7).max(us)..tail)
                    .rev()
                    .take_while(|&k| tk.word(k))
                    .find(|&k| k + g <= tail && ends_at(&p[..g], k + g))
            }
        }
    });
    let mut s = starts.min()?;
    // at most a few words back: auxiliaries, adverbs, a reflexive ("s'est empressé de"), the
    // negation ("n'a pas souhaité commenter" reports nothing)
    let mut n = 0;
    let group = class::AUX | class::ADV | class::REFL | class::NEG;
    while s > us && n < 5 && tk.word(s - 1) && tk.cls(s - 1) & group != 0 {
        s -= 1;
        n += 1;
    }
    Some(s)
}

/// The word where the participle of a passive stands, after the auxiliary `i` and the word
/// `j` after it and its adverbs: `j` itself after "est" ("est annoncée"), the word after
/// the passive participle and its adverbs after "a" ("a été annoncée").
fn passive_participle(tk: &Tokens, lx: &Lex, i: usize, j: usize, ue: usize) -> Option<usize> {
    let p = if tk.cls(i) & class::ETRE != 0 {
        j
    } else if tk.cls(j) & class::PASSIVE != 0 {
        skip_adverbs(tk, lx, j + 1, ue)
    } else {
        return None;
    };
    (p < ue && tk.word(p)).then_some(p)
}

/// Construction `passive-agent`: "a été annoncée par le ministère", "was announced by X".
/// `i` is the auxiliary, `j` the word after it and its adverbs.
fn passive_agent(tk: &Tokens, lx: &Lex, s: usize, i: usize, j: usize, ue: usize) -> Option<Cue> {
    let p = passive_participle(tk, lx, i, j, ue)?;
    let (verb, _) = lx
        .forms(tk.lw(p))?
        // what was reported is the subject ("annoncée"), not the target of a judgement
        // ("critiquée par")
        .find(|&(v, f)| f == Form::Participle && lx.verbs[v].object && !lx.verbs[v].target)?;
    let e = tail(tk, lx, verb, p + 1, ue)?;
    let agent = skip_adverbs(tk, lx, e, ue);
    agent_at(tk, agent, ue).then(|| Cue {
        agent: Some(agent),
        ..Cue::verb(lx, verb, (s, e), Form::Participle, None, false)
    })
}

/// The most words between an anaphoric passive's participle and its agent
/// ([`anaphoric_passive`]: "This was stated on Wednesday by …").
const ANAPHORIC_AGENT_GAP: usize = 4;

/// Construction `anaphoric-passive`: "… This was stated on Wednesday by Foreign Minister X.",
/// « … Cela a été déclaré par le ministre X. »: an anaphoric demonstrative alone before the
/// auxiliary `i` (group start `s`), the passive participle of any verb of saying at `j`, then
/// its agent within [`ANAPHORIC_AGENT_GAP`] words. The demonstrative stands for the sentence
/// before, which [`super::passive::agent_frame`] reports.
fn anaphoric_passive(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    s: usize,
    i: usize,
    j: usize,
    ue: usize,
) -> Option<Cue> {
    let pron = s.checked_sub(1).filter(|&k| k == us && tk.word(k))?;
    if !lx.has(tk.lw(pron), word::ANAPHOR) {
        return None;
    }
    let p = passive_participle(tk, lx, i, j, ue)?;
    let (verb, _) = lx
        .forms(tk.lw(p))?
        .find(|&(v, f)| f == Form::Participle && (lx.verbs[v].que || lx.verbs[v].object))?;
    let e = tail(tk, lx, verb, p + 1, ue)?;
    let from = skip_adverbs(tk, lx, e, ue);
    let agent = (from..ue.min(from + ANAPHORIC_AGENT_GAP + 1))
        .take_while(|&k| tk.word(k))
        .find(|&k| agent_at(tk, k, ue))?;
    Some(Cue {
        agent: Some(agent),
        ..Cue::verb(lx, verb, (s, e), Form::Participle, None, false)
    })
}

/// Construction `impersonal-passive`: "Il a été rapporté que …", "It was reported that …":
/// an expletive pronoun right before the auxiliary `i` (group start `s`), a passive
/// participle of a verb that takes a que-clause at `j`, then "que" / "that" (or the end of
/// the sentence in a tag, [`impersonal_tag`]). The cue starts at the pronoun.
fn impersonal_passive(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    s: usize,
    i: usize,
    j: usize,
    ue: usize,
) -> Option<Cue> {
    let pron = s.checked_sub(1).filter(|&k| k >= us && tk.word(k))?;
    if !lx.has(tk.lw(pron), word::EXPLETIVE) {
        return None;
    }
    let p = passive_participle(tk, lx, i, j, ue)?;
    let (verb, _) = lx
        .forms(tk.lw(p))?
        .find(|&(v, f)| f == Form::Participle && lx.verbs[v].que)?;
    let e = tail(tk, lx, verb, p + 1, ue)?;
    let q = skip_adverbs(tk, lx, e, ue);
    let que = q < ue && tk.word(q) && tk.cls(q) & class::QUE != 0;
    (que || impersonal_tag(tk, us, pron, q, ue)).then(|| Cue {
        impersonal: true,
        ..Cue::verb(lx, verb, (pron, e), Form::Participle, None, false)
    })
}

/// Construction `impersonal-tag`: "…, it was announced.": an impersonal passive right
/// after a comma (the pronoun at `pron`) that closes the sentence at `q` tags the clause
/// before the comma.
pub(super) fn impersonal_tag(tk: &Tokens, us: usize, pron: usize, q: usize, ue: usize) -> bool {
    pron > us && tk.is(pron - 1, ",") && (q >= ue || tk.is(q, "."))
}

/// Whether token `k` is an agent marker ("par", "by") with a word after it in the unit.
fn agent_at(tk: &Tokens, k: usize, ue: usize) -> bool {
    k + 1 < ue && tk.word(k) && tk.cls(k) & class::AGENT != 0
}

/// The agent marker ("par", "by") after the quotation that follows a participle at `j`,
/// possibly after one function word ("qualifié de « … » par", "described as “…” by").
fn quoted_agent(tk: &Tokens, j: usize, ue: usize) -> Option<usize> {
    let open = if j < ue && tk.word(j) && tk.cls(j) & class::STOP != 0 {
        j + 1
    } else {
        j
    };
    let close = tk.quote_opened_at(open)?.close?;
    let agent = close + 1;
    agent_at(tk, agent, ue).then_some(agent)
}

/// Whether token `i` is a lower-case verb right after "« … »," (the verb of an incise).
pub(crate) fn incise_verb(tk: &Tokens, us: usize, i: usize) -> bool {
    i >= us + 2
        && tk.word(i)
        && !tk.toks[i].upper
        && tk.is(i - 1, ",")
        && tk.toks[i - 2].kind == super::tokens::Kind::Close
}

/// Construction `inversion-typo`: an inverted pronoun cut off its verb by a stray space, « a
/// -t-elle ajouté », « a-t- il dit », « poursuit -il »: the verb part ("a") and the pronoun's
/// byte span and number, when token `i` is followed by a hyphen glued to the rest.
fn detached_inversion<'t>(
    tk: &'t Tokens,
    lx: &Lex,
    i: usize,
    ue: usize,
) -> Option<(&'t str, (usize, usize, bool))> {
    if i + 2 >= ue || !tk.is(i + 1, "-") || !tk.word(i + 2) {
        return None;
    }
    let word = tk.lw(i);
    let rest = tk.lw(i + 2);
    let (glued_before, glued_after) = (
        tk.toks[i].end == tk.toks[i + 1].start,
        tk.toks[i + 1].end == tk.toks[i + 2].start,
    );
    let end = tk.toks[i + 2].end;
    lx.inversions.iter().find_map(|inv| {
        // "a -t-elle": the whole suffix after the space
        let whole =
            !glued_before && glued_after && inv.suffix.strip_prefix('-').is_some_and(|x| x == rest);
        // "a-t- il": the "-t-" glued to the verb, the pronoun after the space
        let cut = glued_before
            && !glued_after
            && rest == inv.pronoun
            && word.ends_with(&inv.suffix[..inv.suffix.len() - inv.pronoun.len() - 1]);
        let base = if whole {
            word
        } else if cut {
            let stem = &inv.suffix[..inv.suffix.len() - inv.pronoun.len() - 1];
            word.strip_suffix(stem).filter(|b| !b.is_empty())?
        } else {
            return None;
        };
        Some((base, (end - inv.pronoun.len(), end, inv.plural)))
    })
}

/// The end of the cue after the tail words of a multiword verb ("mettre en garde").
fn tail(tk: &Tokens, lx: &Lex, verb: usize, from: usize, ue: usize) -> Option<usize> {
    let words = &lx.verbs[verb].tail;
    if words.is_empty() {
        return Some(from);
    }
    let j = skip_adverbs(tk, lx, from, ue);
    // a tail word may be elided before a vowel (`elisions.tsv`): « parlent d'un « choc » »
    let same = |k: usize, w: &String| {
        tk.lw(k) == w || lx.elisions.get(w.as_str()).is_some_and(|e| tk.lw(k) == e)
    };
    (j + words.len() <= ue && words.iter().enumerate().all(|(k, w)| same(j + k, w)))
        .then_some(j + words.len())
}

/// The comma opening an apposition right before token `s`: one to four lower-case words
/// after a comma at depth 0, the first a determiner (", a toll confirmed by", « , un bilan
/// confirmé par »).
pub(super) fn apposition_before(tk: &Tokens, us: usize, s: usize) -> Option<usize> {
    let comma = (s.saturating_sub(5).max(us)..s)
        .rev()
        .find(|&k| tk.is(k, ","))?;
    (comma > us
        && comma + 1 < s
        && tk.toks[comma].depth == 0
        && tk.cls(comma + 1) & class::DET != 0
        && (comma + 1..s).all(|k| tk.word(k) && !tk.toks[k].upper))
    .then_some(comma)
}

/// How many tokens before its conjunction the auxiliary of a coordinated participle may be
/// (« a décrété mardi trois jours de deuil national et promis »): constant work per cue.
const COORDINATED_WINDOW: usize = 24;

/// The auxiliary (not « être ») of the compound verb a participle after the conjunction at
/// `conj` is coordinated with (« Le préfet a ouvert la séance et annoncé … »): the nearest
/// one before it, at the same quotation depth, in the same clause (no colon or semicolon
/// between them), and not in a que-clause (« a indiqué que deux individus ont fracturé une
/// porte et emporté … » is one report).
pub(super) fn compound_before(tk: &Tokens, us: usize, conj: usize) -> Option<usize> {
    let depth = tk.toks[conj].depth;
    let lo = us.max(conj.saturating_sub(COORDINATED_WINDOW));
    let aux = (lo..conj)
        .rev()
        .take_while(|&k| !(tk.is(k, ";") || tk.is(k, ":")))
        .find(|&k| {
            tk.word(k)
                && tk.toks[k].depth == depth
                && tk.cls(k) & class::AUX != 0
                && tk.cls(k) & class::ETRE == 0
        })?;
    let lo = us.max(aux.saturating_sub(COORDINATED_WINDOW));
    let subordinate = (lo..aux).any(|k| tk.word(k) && tk.cls(k) & class::QUE != 0);
    (!subordinate).then_some(aux)
}

/// Whether `cue` is the participle of an apposition with its agent (", a toll confirmed by
/// the sheriff", « , un bilan contesté par les autorités »): a verb taking an object (the
/// participle has the form of a past tense in English) after a noun phrase that opens with
/// a determiner after a comma ([`apposition_before`]). Returns the comma.
pub(super) fn apposed_participle(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    ue: usize,
    cue: &Cue,
) -> Option<usize> {
    let agent = cue.e;
    if cue.marker || cue.e != cue.s + 1 || !agent_at(tk, agent, ue) {
        return None;
    }
    let participle = lx.forms(tk.lw(cue.s))?.any(|(v, f)| {
        f == Form::Participle && v == cue.verb && lx.verbs[v].object && !lx.verbs[v].target
    });
    participle.then(|| apposition_before(tk, us, cue.s))?
}
