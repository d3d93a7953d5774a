//! The frame of one cue: which construction family it belongs to and where its content and
//! speaker are. [`frame`] sends markers to `markers`, passives to `passive`, incises inside
//! quotations to `incises`, clefts and as-clauses to `clefts`, non-finite cues to
//! `nonfinite`, and decides for a finite cue between a complement after it (`complements`,
//! speaker before) and a trailing tag (`incises`, content before), with the blockers that
//! keep a cue from reporting (`reduced-relative`, `fronted-phrase`, `interposed-subject`,
//! `inverted-clause`, `tail-clause`, `anonymity`). Constant work per cue beyond the spans it
//! returns.

use super::audiences::audience_only;
use super::clause::short_clause;
use super::clause::{longest_phrase_at, phrase_at, skip_adverbs, Cand, Who};
use super::clefts::{as_agent_clause, as_clause, cleft};
use super::complements::{comma_quote, frame_after};
use super::cues;
use super::incises::{clause_token, incise_before, inner_incise, split_subject};
use super::lex::{class, word, Form, Lex};
use super::markers::marker_frame;
use super::nonfinite;
use super::passive;
use super::subjects;
use super::tokens::{Kind, Tokens};
use super::units::{
    after_circumstantial, clause_end, infinitive_complement, is_outer_incise, kind_of,
    skip_dateline, tag_ends, Previous, UnitCues,
};
use crate::{Construction, StatementKind};

/// How many tokens before a tag's comma a report of the clause before it may have its cue
/// (blocker `coordinated-report`): a bound, so a unit of repeated tags stays linear.
const REPORT_WINDOW: usize = 96;

/// The statement a cue introduces, if it has a content.
#[allow(clippy::too_many_arguments)]
pub(super) fn frame(
    tk: &Tokens,
    lx: &Lex,
    u: usize,
    us: usize,
    ue: usize,
    cue: &cues::Cue,
    unit_cues: &UnitCues,
    previous: &Previous,
) -> Option<Cand> {
    let mut cand = Cand {
        unit: u,
        cue_tok: (cue.s, cue.e),
        lemma: cue.lemma,
        kind: StatementKind::Indirect,
        content: (0, 0),
        who: Who::Inherit,
        rule: None,
        weak: false,
        inner: false,
    };
    if cue.marker {
        return marker_frame(tk, lx, us, ue, cue, unit_cues, cand);
    }
    if let Some(agent) = cue.agent {
        if let Some(c) = as_agent_clause(tk, lx, us, ue, cue, agent, unit_cues, cand.clone()) {
            return Some(c);
        }
        return passive::agent_frame(tk, lx, us, ue, cue, agent, cand);
    }
    // blocker `apposed-participle`: "…, a claim rejected by the tribunal", « …, une version
    // aussitôt contestée par l'opposition »: a noun phrase in apposition qualifies the
    // clause before it with a participle and its agent; the cue bounds the content of a
    // report before it, and reports nothing itself
    if cues::apposed_participle(tk, lx, us, ue, cue).is_some() {
        return None;
    }
    // blocker `relayed-document`: "a leaked report seen by Reuters": a cue word followed by a
    // relay participle and its agent (construction `relayed-source`) is a noun, the source
    // a reporter read, and reports nothing itself
    if cue.form == Form::Finite && subjects::relay_at(tk, lx, cue.e, ue) {
        return None;
    }
    let verb = &lx.verbs[cue.verb];
    // blocker `asked-participle`: "Asked whether …, she said", « Questionné sur …, il a
    // répondu »: the participle of a verb of asking opening its sentence names the question
    // put to the subject, who then speaks; it reports nothing itself
    if matches!(cue.form, Form::Participle | Form::Finite)
        && cue.s == skip_dateline(tk, us, ue)
        && lx.question_verbs.contains(verb.lemma)
    {
        return None;
    }
    if cue.impersonal {
        let end = skip_adverbs(tk, lx, cue.e, ue);
        if cues::impersonal_tag(tk, us, cue.s, end, ue) {
            cand.who = Who::Nobody;
            return incise_before(tk, lx, unit_cues, previous, us, cue, cand);
        }
        return passive::impersonal_frame(tk, lx, verb, cue, ue, unit_cues, cand);
    }
    let depth = tk.toks[cue.s].depth;
    // an incise inside a quotation: « A, poursuit-il. B » / « A, a assuré X. B »
    if depth > 0 {
        return inner_incise(tk, lx, ue, cue, previous, cand);
    }
    if cue.inv.is_none() && matches!(cue.form, Form::Finite | Form::Participle) {
        if let Some(c) = as_clause(tk, lx, us, ue, cue, unit_cues, cand.clone()) {
            return Some(c);
        }
        if let Some(c) = cleft(tk, lx, u, us, ue, cue, cand.clone()) {
            return Some(c);
        }
    }
    let prev = cue.s.checked_sub(1).filter(|&p| p >= us);
    let after_comma = prev.is_some_and(|p| tk.is(p, ",") || tk.toks[p].kind == Kind::Close);
    // content after the cue
    let after =
        frame_after(tk, lx, verb, cue, ue, unit_cues).or_else(|| comma_quote(tk, lx, us, cue, ue));
    // blocker `anonymity`: "who asked not to be named", « qui a requis l'anonymat »: an object
    // of `anonymity_requests.txt` asks for anonymity and reports nothing
    // (from the word after the cue, which may be an adverb: "asked not to be named")
    if after.is_some_and(|(_, b, _)| phrase_at(tk, &lx.anonymity_requests, cue.e, b).is_some()) {
        return None;
    }
    // blocker `reminder`: "It will be recalled that …", « Il convient de rappeler que … »:
    // a phrase of `reminders.txt` holding the cue is the writer reminding the reader
    let reminder = (cue.s.saturating_sub(4).max(us)..=cue.s)
        .any(|k| phrase_at(tk, &lx.reminders, k, ue).is_some_and(|len| k + len > cue.s));
    if reminder {
        return None;
    }
    if let Some(pron) = cue.inv {
        if lx.has(&tk.text[pron.0..pron.1], word::IMPERSONAL) {
            return None;
        }
        cand.who = Who::Pronoun {
            start: pron.0,
            end: pron.1,
            plural: pron.2,
        };
        // « Mais, a-t-elle reconnu, « … » », « Pourtant, a-t-il ajouté, le calendrier
        // reste serré »: an incise after a lone connective tags what follows it (construction
        // `comma-quote` for a quotation, `bare` for a clause), also with adverbs after the
        // incise (« Mais, prévient-il aussitôt, « … » »)
        let a0 = skip_dateline(tk, us, ue);
        let connective = cue.s == a0 + 2
            && tk.is(cue.s - 1, ",")
            && tk.word(a0)
            && tk.cls(a0) & (class::CONJ | class::ADV) != 0;
        let comma = skip_adverbs(tk, lx, cue.e, ue);
        if connective && comma + 1 < ue && tk.is(comma, ",") {
            let a = comma + 1;
            let (b, rule) = match tk.quote_opened_at(a).and_then(|q| q.close) {
                Some(c) => (c + 1, Construction::CommaQuote),
                None => (clause_end(tk, a, unit_cues), Construction::Bare),
            };
            if b > a + 1 {
                cand.content = (a, b);
                cand.kind = kind_of(tk, a, b);
                cand.rule = Some(rule);
                return Some(cand);
            }
        }
        if after_comma || prev.is_none() {
            return incise_before(tk, lx, unit_cues, previous, us, cue, cand);
        }
        let (a, b, rule) = after?;
        cand.content = (a, b);
        cand.kind = kind_of(tk, a, b);
        cand.rule = Some(rule);
        return Some(cand);
    }
    // "« … », tente de se justifier X": a verb group in incise position (not "« … », sans
    // exclure de …", which follows the subject's own verb)
    if cue.form == Form::Infinitive
        && cues::incise_verb(tk, us, cue.s)
        && !lx.has(tk.lw(cue.s), word::WITHOUT)
        // « « … », avant de préciser que … » continues the subject's own clause (and « « … »,
        // après avoir précisé que … »)
        && !lx.has(tk.lw(cue.s), word::INF_OPEN)
        && !(cue.s + 1 < cue.e && lx.has(tk.lw(cue.s + 1), word::PERFECT))
    {
        let np = subjects::subject_after(tk, lx, cue.e, ue)?;
        cand.who = Who::Np(np.0, np.1);
        return incise_before(tk, lx, unit_cues, previous, us, cue, cand);
    }
    if nonfinite::coordinated(tk, us, cue) {
        return nonfinite::coordinated_frame(tk, lx, us, cue, after, cand);
    }
    match cue.form {
        Form::Present | Form::Infinitive => {
            nonfinite::participle_frame(tk, lx, us, cue, unit_cues, after, cand)
        }
        Form::Finite | Form::Participle => {
            // the first token of the clause, after a dateline
            let opening = skip_dateline(tk, us, ue);
            // postposed cue with its subject after it: "…, a déclaré X"
            // (an object with a quoted name is one: "X, after …, compared the chamber to a
            // “petri dish”")
            let strong_after = after.filter(|&(a, b, r)| {
                !matches!(r, Construction::Object | Construction::Bare)
                    || verb.names && tk.has_quote_mark(a, b)
            });
            let mut before = subjects::subject_before(tk, lx, us, cue.s);
            // "The port authority, however, said", "X, asked about the leak, said": the
            // subject before an adverb, or before a phrase when it opens the sentence
            if prev.is_some_and(|p| tk.is(p, ",")) && !matches!(before, Who::Relative(_)) {
                let open = (us..cue.s - 1).rev().take(9).find(|&k| !tk.word(k));
                if let Some(o) = open.filter(|&o| o > us && tk.is(o, ",")) {
                    let adverbs = skip_adverbs(tk, lx, o + 1, cue.s - 1) == cue.s - 1;
                    let subject = subjects::subject_before(tk, lx, us, o);
                    // (or after a fronted phrase of place or time, when the subject found
                    // before the cue is only the apposition or the subject opens with an
                    // article: « Au Sénat, la sénatrice X, rapporteuse du texte, a estimé »,
                    // construction `fronted-subject-apposition`)
                    let named = |a: usize| {
                        matches!(before, Who::Np(b0, _) if b0 <= a) && tk.cls(a) & class::DET == 0
                    };
                    let opens = matches!(subject, Who::Np(a, _)
                        if a <= opening + 1 || fronted_phrase(tk, lx, opening, a) && !named(a));
                    // not an apposition ("X, the opposition leader, said", "le ministre,
                    // Jean Martin, a dit"): the phrase starts lower case, without article
                    let phrase = !tk.toks[o + 1].upper && tk.cls(o + 1) & class::DET == 0;
                    // (nor a role and its holder's name, construction `role-name-apposition`:
                    // "One shareholder, retired banker Lionel Thorn, said", "The party's
                    // spokesman, councillor Ann Hale, said": a lower-case role right before
                    // a person's name, no preposition before it; the name is the subject)
                    let holder = (o + 2..cue.s - 1).any(|t| {
                        tk.is_role(lx, t - 1)
                            && !tk.toks[t - 1].upper
                            && subjects::is_name_chunk(tk, lx, t, cue.s - 1)
                            && subjects::person_start(tk, lx, t)
                            && (o + 1..t)
                                .all(|k| tk.word(k) && tk.cls(k) & (class::PREP | class::STOP) == 0)
                    });
                    // blocker `interposed-clause`: « Au total, trente amendements ont été
                    // déposés, a précisé la ministre », "Overall, thirty amendments were
                    // filed, said Anne Roy": a stretch holding a finite verb (an auxiliary
                    // outside a relative clause) is a clause tagged by the cue, not a phrase
                    // after its subject; nor is a fronted adverbial a subject
                    let clause = (o + 1..cue.s - 1)
                        .take_while(|&k| tk.cls(k) & (class::REL | class::QUE) == 0)
                        .any(|k| tk.word(k) && tk.cls(k) & class::AUX != 0);
                    let adverbial =
                        o <= opening + FRONTED_WINDOW && skip_adverbs(tk, lx, opening, o) == o;
                    if before == Who::Inherit && adverbs
                        || opens && phrase && !adverbs && !holder && !clause && !adverbial
                    {
                        before = subject;
                    }
                }
            }
            // "Fares will rise in October, the regulator said": a noun phrase with one comma,
            // starting after a plain word (inside a clause), not closed by a second comma
            // before the cue, is the end of that clause and a subject, not an apposition
            // ("le premier ministre, Pierre Olsen, avait …" is one)
            if let Who::Np(a, b) = before {
                let inside = a > us && tk.word(a - 1) && tk.cls(a - 1) & class::DET == 0;
                let closed = tk.is(cue.s - 1, ",");
                if let Some(comma) = (a..b)
                    .find(|&k| tk.is(k, ","))
                    .filter(|_| inside && !closed)
                {
                    if comma + 1 < b && !(comma + 1..b).any(|k| tk.is(k, ",")) {
                        before = Who::Np(comma + 1, b);
                    }
                }
            }
            // "Fares will rise in October, the regulator said": a noun phrase with a comma
            // whose first part is a name after a preposition is the end of a clause, then a
            // subject, not an apposition
            if let Who::Np(a, b) = before {
                let after_prep = a > us
                    && tk.word(a - 1)
                    && tk.cls(a - 1) & (class::STOP | class::PREP) != 0
                    && tk.cls(a - 1) & class::DET == 0;
                // or it starts inside a name ("sought by the Trump administration, Reuters")
                let in_name = a > us + 1 && tk.word(a - 1) && tk.toks[a - 1].upper;
                if let Some(comma) = (a..b).find(|&k| tk.is(k, ",")) {
                    let name = (a..comma).all(|k| tk.word(k) && tk.toks[k].upper);
                    if (after_prep && name || in_name) && comma + 1 < b {
                        before = Who::Np(comma + 1, b);
                    }
                }
            }
            // blocker `reduced-relative`: "…, a charge China has repeatedly rejected": an
            // indefinite article and a common noun right before another subject are a noun
            // and its relative clause without "that", not the subject of the cue (none of
            // them a role or an organisation: not "a senior Iranian official said")
            if let Who::Np(a, b) = before {
                let relative = a + 2 < b
                    && b == cue.s
                    && lx.indefinites.contains(tk.lw(a))
                    && tk.word(a + 1)
                    && tk.cls(a + 1) == 0
                    && !tk.toks[a + 1].upper
                    && tk.word(a + 2)
                    && (tk.toks[a + 2].upper
                        || tk.cls(a + 2) & class::DET != 0 && tk.cls(a + 2) & class::PREP == 0)
                    && !(a..b).any(|k| tk.is_role(lx, k) || lx.is_org(tk.lw(k)));
                if relative {
                    return None;
                }
            }
            // the impersonal "on" ("lorsqu'on lui a demandé") reports no one, unless the
            // clause opens by naming its source (« De source militaire, on indiquait … »)
            if let Who::Pronoun { start, end, .. } = before {
                if lx.has(&tk.text[start..end].to_lowercase(), word::IMPERSONAL) {
                    before = Who::Np(impersonal_source(tk, lx, us, cue.s)?, cue.s - 2);
                }
            }
            // "le porte-parole, Matthew Cooper, a exhorté …": a subject in apposition
            let appositive = matches!(before, Who::Np(a, b) if (a..b).any(|i| tk.is(i, ",")))
                || subjects::relative_before(tk, lx, us, cue.s);
            // English and rare French order: "« … », he said" / "« … », X a ajouté"
            let subject_start = match before {
                Who::Np(a, _) => Some(a),
                Who::Pronoun { .. } => Some(cue.s - 1),
                _ => None,
            };
            if strong_after.is_none() {
                if let Some(a) = subject_start.filter(|&a| a > us) {
                    // "“…,” Mr. Smith said": the courtesy title with its period is part of
                    // the subject
                    let a = if a >= us + 3
                        && tk.is(a - 1, ".")
                        && tk.toks[a - 2].upper
                        && lx.titles.contains(tk.lw(a - 2))
                    {
                        a - 2
                    } else {
                        a
                    };
                    let close = if tk.toks[a - 1].kind == Kind::Close {
                        Some(a - 1)
                    } else {
                        (tk.is(a - 1, ",") && a >= 2 && tk.toks[a - 2].kind == Kind::Close)
                            .then(|| a - 2)
                    };
                    // "“We are ready.”  The network said it would …": a quotation closed by a
                    // period, then a sentence with its own content, is not tagged by it
                    // (a circumstantial phrase after the cue is no content of its own: "“We
                    // are ready.” Ruiz said in an interview.")
                    let own_content = after.is_some_and(|(f, _, _)| {
                        !(tk.word(f) && tk.cls(f) & class::STOP != 0 && tk.cls(f) & class::DET == 0)
                    });
                    let new_sentence = close.is_some_and(|c| c > 0 && tk.is(c - 1, "."))
                        && own_content
                        && tk.toks[a].upper;
                    // a quotation inside a fronted phrase ("Warning of a “catastrophe”, the
                    // minister said aid must arrive") is not tagged by a cue with its own
                    // content: only one that opens the clause is
                    let inside_phrase = close.is_some_and(|c| {
                        own_content && tk.quote_closed_at(c).is_some_and(|q| q.open > opening)
                    });
                    let after_quote = close.is_some() && !new_sentence && !inside_phrase;
                    // a trailing tag (rule `incise`): "…, officials said." / "…, the minister said
                    // Sunday." / "…, X told the conference, which …": a subject of a few words,
                    // the verb and at most a short phrase close the clause
                    let j = skip_adverbs(tk, lx, cue.e, ue);
                    // only a phrase of at most four words counts, or nine when it is
                    // circumstantial ("said in a speech in Frankfurt", "told the Financial
                    // Times in an interview"): the search stops there (constant time per cue)
                    let circumstantial = tk.word(j)
                        && (tk.cls(j) & class::STOP != 0 && tk.cls(j) & class::DET == 0
                            || lx.verbs[cue.verb].addressee);
                    let max = if circumstantial { 9 } else { 4 };
                    let limit = ue.min(j + max + 1);
                    let m = (j..limit)
                        .find(|&k| {
                            tk.toks[k].kind != Kind::Word
                                || tk.cls(k) & (class::QUE | class::REL) != 0
                        })
                        .unwrap_or(limit);
                    // blocker `tail-clause`: "When asked …, Ruiz said the union was right":
                    // an auxiliary after the cue makes the tail a clause, not a phrase
                    let tail_short = m <= j + max
                        && (m >= ue
                            || tk.toks[m].kind == Kind::Punct
                                && matches!(tk.raw(m), "." | "!" | "?" | ";" | ","))
                        && !(j..m).any(|k| tk.cls(k) & class::AUX != 0)
                        // blocker `infinitive-tail`: "According to him, …, Russia continues
                        // to observe the limits": a verb before its infinitive complement
                        // is the clause's own verb, not a trailing tag
                        && !infinitive_complement(tk, lx, j, ue);
                    let short = matches!(before, Who::Np(a, b) if b - a <= 10)
                        || matches!(before, Who::Pronoun { .. });
                    // the clause before is more than a time phrase ("Plus tôt jeudi, X a …")
                    // (a figure's glued symbol counts as a word: "Sales fell 12%, the
                    // company said")
                    let clause_words = (us..a).filter(|&k| clause_token(tk, k)).take(4).count();
                    let clause = clause_words >= 4
                        || short_clause(tk, opening, a - 1)
                        || m < ue && tk.is(m, ",") && split_subject(tk, lx, opening, a - 1, m + 1);
                    // blocker `fronted-phrase`: "Après la lecture du verdict mardi, le maire a
                    // dénoncé une décision injuste": a prepositional or subordinate phrase
                    // before the only comma, and words after the cue, make a sentence, not a
                    // trailing tag
                    // (or a participle and its agent, with or without words after the cue:
                    // "Contacté par l'AFP, le ministère a confirmé l'information", "Interviewed
                    // by the BBC, the minister denied …"; or a participle and a prepositional
                    // phrase before a cue with an object: "Interrogé sur France Inter, le
                    // ministre a démenti toute démission")
                    // (a verb of telling's audience is no object: "Burglaries in the
                    // province fell, the police chief told the briefing")
                    let object = j < m
                        && tk.word(j)
                        && tk.cls(j) & class::STOP == 0
                        && !(lx.verbs[cue.verb].addressee && audience_only(tk, lx, j, ue));
                    let participle_agent = tk.word(opening)
                        && tk.cls(opening) == 0
                        && tk.word(opening + 1)
                        && (tk.cls(opening + 1) & class::AGENT != 0
                            || object && tk.cls(opening + 1) & (class::STOP | class::PREP) != 0);
                    // (or a participle of speaking and its phrase: "Speaking to the BBC, Berg
                    // denied any wrongdoing", « S'exprimant sur France Inter, la ministre a
                    // démenti », after a reflexive pronoun)
                    let speaking = if tk.word(opening) && tk.cls(opening) & class::REFL != 0 {
                        opening + 1
                    } else {
                        opening
                    };
                    let speaking = tk.word(speaking) && lx.has(tk.lw(speaking), word::FRONTED);
                    // (a participle's phrase may hold a comma of its own: « Interrogée sur
                    // les comptes du club, placé sous surveillance, la présidente a balayé … »)
                    let fronted_phrase = (j < m
                        && tk.word(opening)
                        && tk.cls(opening) & (class::PREP | class::STOP) != 0
                        && tk.cls(opening) & (class::QUE | class::REL | class::DET) == 0
                        || participle_agent
                        || speaking)
                        && (participle_agent || !(opening..a - 1).any(|k| tk.is(k, ",")));
                    // blocker `coordinated-report`: "Somalia says 70 militants were killed,
                    // Uganda denies heavy losses", « les rebelles revendiquent la prise de la
                    // ville, l'armée dément »: a clause before the comma that is a report of
                    // its own (a cue after its subject) is coordinated with this cue, not
                    // tagged by it when the cue has an object of its own, or closes a
                    // headline (a unit without final punctuation): it reports that object,
                    // or nothing ("The minister said …, the agency reported." is a tag)
                    // (in the clause before the comma, after a semicolon or a colon; a
                    // verb of telling's object is its addressee: "…, X told reporters"; a cue
                    // at most REPORT_WINDOW tokens before the comma; the candidates come in
                    // the order of their cues, so only those are read)
                    let clause_start = unit_cues
                        .after_break_before(a - 1)
                        .unwrap_or(opening)
                        .max((a - 1).saturating_sub(REPORT_WINDOW));
                    let reported = !lx.verbs[cue.verb].addressee
                        && previous
                            .cands
                            .iter()
                            .rev()
                            .take_while(|c| c.cue_tok.0 > clause_start)
                            .any(|c| {
                                !c.weak
                                    && !c.inner
                                    && !is_outer_incise(c)
                                    && c.cue_tok.1 < a - 1
                                    && tk.toks[c.cue_tok.0].depth == 0
                                    && matches!(c.who, Who::Np(..) | Who::Pronoun { .. })
                            });
                    // construction `appositive-tag`: "…, a union spokesperson, Maria Costa,
                    // said." / "…, Alan Brooks, director of the health service, said at a
                    // briefing": after the clause's comma, a subject with its apposition (one
                    // comma inside it, at most sixteen tokens) before the cue and a short tail
                    // is a trailing tag, not a subject opening the sentence
                    let appositive_tag = matches!(before, Who::Np(s, b)
                        if s == a && b - s <= 16 && a > opening
                            && (s..b).filter(|&i| tk.is(i, ",")).count() == 1)
                        && !subjects::relative_before(tk, lx, us, cue.s);
                    // blocker `name-apposition` (as below): "The farmers' union's regional
                    // chairman, Owen Price, disputed the figures": a noun phrase and a name
                    // between commas are the subject, not a clause and its tag
                    let clause_before = tk.is(a - 1, ",")
                        && tail_short
                        && (short && !appositive || appositive_tag)
                        && !fronted_phrase
                        && clause
                        && !phrase_then_name(tk, opening, cue.s);
                    // (in a headline, a unit without final punctuation, any clause before
                    // the comma is coordinated with a cue that has an object of its own: « la
                    // junte repousse les élections, la Cédéao menace de nouvelles sanctions »,
                    // "De Zerbi savoure, Fonseca fulmine contre l'arbitrage"; not a verb of
                    // telling, whose object is its addressee: "…, BMRCL tells state cabinet")
                    let headline =
                        !lx.verbs[cue.verb].addressee && tk.word(ue - 1) && after.is_some();
                    // blocker `determined-object`: « À gauche, le député X a réclamé la
                    // nationalisation des autoroutes », "The union's head, Ann Lee, demanded
                    // on Monday a new vote": a cue after its subject whose object opens with
                    // a determiner, or a quantifier of `object_quantifiers.txt` ("demanded on
                    // Wednesday more transparency"), reports that object; the phrase before the comma is a
                    // fronted phrase or an apposition, not a clause it tags (not a verb of
                    // telling, whose object is its addressee: "…, the mayor told the council";
                    // nor, right after a comma, a role or an organisation, the inverted subject
                    // of a tag: « …, à Morlaix, a annoncé la préfecture. »)
                    let determined_object = !lx.verbs[cue.verb].addressee
                        && after.is_some_and(|(f, b, r)| {
                            r == Construction::Object
                                && tk.word(f)
                                && (tk.cls(f) & class::DET != 0
                                    || longest_phrase_at(tk, &lx.object_quantifiers, f, b)
                                        .is_some())
                                && !(after_comma && subjects::has_role_or_org(tk, lx, f, b))
                        });
                    if clause_before && (reported || headline || determined_object) && !after_quote
                    {
                        if let Some((a, b, rule)) = after {
                            cand.who = before;
                            cand.content = (a, b);
                            cand.kind = kind_of(tk, a, b);
                            cand.rule = Some(rule);
                            return Some(cand);
                        }
                        if tk.word(ue - 1) {
                            return None;
                        }
                    }
                    if after_quote || clause_before {
                        let mut moved = cue.clone();
                        moved.s = a;
                        cand.who = before;
                        return incise_before(tk, lx, unit_cues, previous, us, &moved, cand);
                    }
                }
            }
            // blocker `interposed-subject`: « La maire, de son côté, annonce une
            // hausse », « Le préfet, lui, promet des renforts »: the noun phrase opening the
            // clause, before an adverbial phrase or a tonic pronoun between commas, is the
            // subject, not the content of a trailing tag
            // (also after the subject's acronym: « Le Front (FLA), lié à al-Qaïda, a
            // revendiqué l'attaque »)
            let interposed = matches!(before, Who::Np(a, b)
            if a <= opening && b + 1 < cue.s && (tk.is(b, ",") || tk.is(b, "(") && {
                let comma = (b + 2..cue.s.min(b + 5)).find(|&c| tk.is(c, ","));
                comma.and_then(|c| subjects::acronym_before(tk, us, c)) == Some(b)
            }));
            if after_comma && strong_after.is_none() && !appositive && !interposed {
                // blocker `inverted-clause`: "The mayor, speaking on Monday, said the budget
                // was balanced": an inverted subject ends the tag; one followed by more words
                // is the subject of the clause the cue reports
                let inverted = subjects::subject_after(tk, lx, cue.e, ue)
                    .or_else(|| {
                        let k = after_circumstantial(tk, cue.e, ue)?;
                        subjects::subject_after(tk, lx, k, ue)
                    })
                    .filter(|&(_, b)| after.is_none() || tag_ends(tk, b, ue));
                // blocker `name-apposition`: "Anna Berg, an economist at the bank, said
                // Miller erred": a name opening the sentence, then a comma and an article,
                // is a subject and its apposition, not a clause tagged by an inverted subject
                // (nor "The party's spokesperson on housing, Mary Byrne, accused …", "Harvest
                // Foods of Ames, Iowa, announced …": a noun phrase, then a name between commas)
                let name_apposition = after.is_some()
                    && (name_then_apposition(tk, opening, cue.s)
                        || phrase_then_name(tk, opening, cue.s)
                        || acronym_then_apposition(tk, opening, cue.s));
                if let Some(np) = inverted.filter(|_| !name_apposition) {
                    cand.who = Who::Np(np.0, np.1);
                    return incise_before(tk, lx, unit_cues, previous, us, cue, cand);
                }
                // "“…,” says top doctor": after a quotation, a subject of one to four plain
                // words without article that closes the sentence
                let quoted = tk.toks[cue.s - 1].kind == Kind::Close
                    || cue.s >= us + 2 && tk.toks[cue.s - 2].kind == Kind::Close;
                let end = (cue.e..ue).find(|&k| !tk.word(k)).unwrap_or(ue);
                let closes = end >= ue || tk.is(end, ".") && end + 1 >= ue;
                let plain = (cue.e..end).all(|k| tk.cls(k) == 0 && !tk.toks[k].verb_form);
                if quoted && closes && plain && (1..=4).contains(&(end - cue.e)) {
                    cand.who = Who::Np(cue.e, end);
                    return incise_before(tk, lx, unit_cues, previous, us, cue, cand);
                }
            }
            if prev.is_none() && strong_after.is_none() {
                // "« … » a déclaré X" at the start of a unit after a quote is handled above;
                // a cue opening a unit with its subject after it ("Annonce X") has no content
                if let Some(np) = subjects::subject_after(tk, lx, cue.e, ue) {
                    let q = us
                        .checked_sub(1)
                        .and_then(|p| tk.quote_closed_at(p))
                        .or_else(|| us.checked_sub(2).and_then(|p| tk.quote_closed_at(p)));
                    if let Some(q) = q {
                        cand.who = Who::Np(np.0, np.1);
                        cand.content = (q.open, q.close.map_or(q.open, |c| c + 1));
                        cand.kind = StatementKind::Direct;
                        cand.rule = Some(Construction::Incise);
                        return Some(cand);
                    }
                }
            }
            let (a, b, rule) = after?;
            cand.who = before;
            cand.content = (a, b);
            cand.kind = kind_of(tk, a, b);
            cand.rule = Some(rule);
            Some(cand)
        }
    }
}

/// Whether `[a, cue)` is a capitalised name, a comma, an article and a phrase closed by the
/// comma right before the cue, with no other comma ("Anna Berg, an economist at the bank,").
fn name_then_apposition(tk: &Tokens, a: usize, cue: usize) -> bool {
    let Some(comma) = (a..cue).find(|&k| !tk.word(k)) else {
        return false;
    };
    comma > a
        && comma + 2 < cue
        && tk.is(comma, ",")
        && (a..comma).all(|k| tk.toks[k].upper)
        && tk.cls(comma + 1) & class::DET != 0
        && tk.is(cue - 1, ",")
        && (comma + 1..cue - 1).all(|k| tk.word_or_joiner(k))
}

/// Whether `[a, cue)` is a phrase of words opening with a capital, an acronym in
/// parentheses, a comma and a phrase closed by the comma right before the cue, with no other
/// punctuation ("The Liberation Front (FLA), a group linked to al-Qaeda,").
fn acronym_then_apposition(tk: &Tokens, a: usize, cue: usize) -> bool {
    let Some(open) = (a..cue).find(|&k| !tk.word_or_joiner(k)) else {
        return false;
    };
    let Some(comma) = (open + 1..cue).find(|&k| !tk.word(k) && !tk.is(k, ")")) else {
        return false;
    };
    open > a
        && tk.toks[a].upper
        && tk.is(open, "(")
        && tk.is(comma, ",")
        && subjects::acronym_before(tk, a, comma) == Some(open)
        && comma + 2 < cue
        && tk.is(cue - 1, ",")
        && (comma + 1..cue - 1).all(|k| tk.word_or_joiner(k))
}

/// The most tokens of the phrase before the name in [`phrase_then_name`] ("The Farmers
/// Union's Welsh branch chairman", « Le directeur régional de l'agence pour l'Europe »).
const PHRASE_WINDOW: usize = 20;

/// Whether `[a, cue)` is a phrase of words opening with a capital or an article, a comma,
/// a name of at most four capitalised words and the comma right before the cue, with no
/// other comma or quotation ("Sinn Féin's spokesperson on housing, Mary Byrne,").
fn phrase_then_name(tk: &Tokens, a: usize, cue: usize) -> bool {
    let Some(comma) = (a..cue).find(|&k| !tk.word(k) && !matches!(tk.raw(k), "'" | "’")) else {
        return false;
    };
    let opens = tk.toks[a].upper || tk.cls(a) & class::DET != 0;
    let name = comma + 1..cue - 1;
    opens
        && comma > a
        && comma <= a + PHRASE_WINDOW
        && tk.is(comma, ",")
        && tk.is(cue - 1, ",")
        && !name.is_empty()
        && name.len() <= 4
        && name.clone().all(|k| tk.word(k) && tk.toks[k].upper)
}

/// « De source militaire, on indiquait à l'AFP que … »: a
/// phrase of `impersonal_sources.txt` opens the clause, then the source's words up to a
/// comma right before the impersonal subject and its cue at `cue_s`: the first token of
/// the source ("source militaire"). Construction `impersonal-place`: a phrase of
/// `impersonal_places.txt` places the subject at its source, named after it in up to five
/// words with a capital or an organisation noun (« Du côté de la CGT, on dénonce »,
/// « Au ministère de la Santé, on explique »; not « À la surprise générale, on apprend »).
fn impersonal_source(tk: &Tokens, lx: &Lex, us: usize, cue_s: usize) -> Option<usize> {
    let k = skip_dateline(tk, us, cue_s);
    let comma = cue_s.checked_sub(2)?;
    if !tk.is(comma, ",") {
        return None;
    }
    if let Some(len) = phrase_at(tk, &lx.impersonal_sources, k, cue_s) {
        let words = k + len..comma;
        return (!words.is_empty() && words.len() <= 3 && words.clone().all(|i| tk.word(i)))
            .then_some(k + len - 1);
    }
    let len = phrase_at(tk, &lx.impersonal_places, k, cue_s)?;
    let words = k + len..comma;
    (!words.is_empty()
        && words.len() <= 5
        && words.clone().all(|i| tk.word(i))
        && words
            .clone()
            .any(|i| tk.toks[i].upper || lx.is_org(tk.lw(i))))
    .then_some(k + len)
}

/// The longest fronted phrase of place or time before a subject, in tokens (construction
/// `fronted-subject-apposition`).
const FRONTED_WINDOW: usize = 6;

/// Whether the tokens from `opening` to the comma before `a` are a fronted phrase of place
/// or time (a preposition of the grammar's `prep` class or of `fronted_prepositions.txt`
/// and its complement, or adverbs), of at most [`FRONTED_WINDOW`] words: « Au Parlement, »,
/// « Dans l'hémicycle, », « Hier, », "In the Senate,".
fn fronted_phrase(tk: &Tokens, lx: &Lex, opening: usize, a: usize) -> bool {
    let comma = a.wrapping_sub(1);
    a > opening + 1
        && comma - opening <= FRONTED_WINDOW
        && tk.is(comma, ",")
        && (opening..comma).all(|k| tk.word(k) || matches!(tk.raw(k), "'" | "\u{2019}"))
        && (tk.cls(opening) & class::PREP != 0
            || lx.fronted_prepositions.contains(tk.lw(opening))
            || skip_adverbs(tk, lx, opening, comma) == comma)
}
