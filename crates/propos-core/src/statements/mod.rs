//! Statements: reporting cues tied to a speaker and a content.
//!
//! The extractor works on the tokens of the content blocks, split into
//! quote-aware sentence units:
//!
//! 1. **Cues** (`cues`): reporting verbs in any tense found through the
//!    `reporting_verbs.tsv` lexicon (compound tenses with adverbs and negation
//!    inside, reflexive uses, inverted incises "a-t-il déclaré", present
//!    participles, "avant de rappeler"), and source markers ("selon X").
//! 2. **Frames** (`frames`): for each cue, where the content is and where the
//!    speaker is, in one module per construction family: `complements` (a
//!    que-clause, an object, a quotation after a colon, after the cue),
//!    `incises` (the quotation or clause before a trailing tag), `passive`,
//!    `nonfinite` (participles, infinitives), `clefts` (cleft and as-clauses),
//!    `markers` (« selon X », "according to X"); `units` holds the clause
//!    structure of a sentence unit that they all read.
//! 3. **Quotes** (`quotes`) after a colon with no verb cue.
//! 4. Nested speech (a cue inside another statement's content) is dropped.
//! 5. **Speakers** (`speakers`) are resolved in text order against the actors
//!    of the article.
//!
//! Complexity: linear in the article's size — the text is tokenized once, and
//! cues, frames and speakers each walk the units in text order; `examples/scaling.rs` times it on hostile inputs
//! (repeated cues, quotes, incises, names, `selon`).
//!
//! Every statement carries the id of the rule that produced it, `<lang>/<kind>/<construction>`
//! ([`crate::RuleId`]): the crate docs list each construction with the function that matches it.
//!
//! Blockers (no statement): `negation`, `hypothetical` ("pour autant que X s'engage"),
//! `noun-modifier` ("state health officials"), `noun-object` ("denied reports that"),
//! `noun-possessive` ("the company's claims were"), `noun-subject` ("the latest reports suggest"),
//! `inverted-clause` ("X, speaking …, said the budget was …" is no tag), `tail-clause`,
//! `fronted-channel` ("Citing the oil company, the agency reported …"),
//! `interview-question` ("Q. : …").
//!
//! Language knowledge lives in `lexicons/<lang>/`, loaded once by `statements::lex`: the
//! main files are `reporting_verbs.tsv` (lemmas, frames and every inflected form, written by
//! `scripts/gen_cues.py`), `grammar.tsv` (word classes), `roles.txt`, `organizations.txt`,
//! `countries.tsv` (names, capitals, demonyms) and `titles.txt`; each of the other files
//! says in its header which construction reads it.

mod agreement;
mod audiences;
mod bodies;
mod clause;
mod clefts;
mod complements;
mod cues;
mod frames;
mod incises;
pub(crate) mod lex;
mod markers;
mod nonfinite;
mod passive;
mod quotes;
mod speakers;
mod subjects;
mod tokens;
mod units;
mod words;

use clause::{Cand, Who};
use frames::frame;
use incises::{end_before_tags, unknown_incises};
use lex::{class, word, Lex};
use quotes::{colon_quotes, headline_colon};
pub(crate) use speakers::Known;
use tokens::{tokenize, Kind, Tokens};
use units::{incise_reach, is_outer_incise, skip_dateline, Previous, UnitCues};

use crate::{Construction, Doc, RuleId, Statement, StatementKind};

/// What the statement finders found in an article.
pub(crate) struct Found {
    /// The statements.
    pub statements: Vec<Statement>,
    /// Construction `nested-report`: reports inside another statement's content outside
    /// quotation marks, by a named source ("…, said the college estimated that 16,600 …",
    /// « …, en rappelant que, selon les enquêteurs, … »). Nested speech is not a statement,
    /// but its source is the speaker of the figures it reports.
    pub nested: Vec<Statement>,
    /// The entities the speaker resolver knows of.
    pub known: Known,
}

/// Finds the statements of an article on its tokens, the nested reports, and the entities
/// the speaker resolver knows of.
pub(crate) fn extract_in(doc: &Doc, text: &crate::text::Text) -> Found {
    let lx = &crate::language::Language::of(doc.lang).statements;
    let mut lower = String::new();
    let tk = tokenize(doc, lx, text, &mut lower);
    let mut cands = Vec::new();
    let mut question_block = None;
    for (u, &(us, ue)) in tk.units.iter().enumerate() {
        // photo captions describe pictures; they do not report speech
        let block = doc.layout.blocks.get(tk.toks[us].block as usize);
        if block.is_some_and(|b| b.kind == crate::layout::BlockKind::Caption) {
            continue;
        }
        // blocker `interview-question`: a paragraph opened by a question label ("Q. :",
        // "Question :") is the interviewer's; what it reports is asked, not said
        if question_label(&tk, lx, us, ue) {
            question_block = Some(tk.toks[us].block);
        }
        if question_block == Some(tk.toks[us].block) {
            continue;
        }
        unit_candidates(&tk, lx, u, us, ue, &mut cands);
    }
    colon_quotes(&tk, lx, &mut cands);
    headline_colon(doc, &tk, lx, &mut cands);
    cands.sort_by_key(|c| c.cue_tok.0);
    let (cands, nested_cands) = drop_nested(&tk, cands);
    let mut resolver = speakers::Resolver::new(&tk, lx);
    let mut out = Vec::with_capacity(cands.len());
    let mut next_cand = 0;
    for (u, &(us, ue)) in tk.units.iter().enumerate() {
        let has_cue = cands.get(next_cand).is_some_and(|c| c.unit == u);
        resolver.register_subject(us, ue, has_cue);
        while next_cand < cands.len() && cands[next_cand].unit == u {
            let c = &cands[next_cand];
            next_cand += 1;
            let Some(statement) = build(doc, &tk, c, &mut resolver, out.len()) else {
                continue;
            };
            // built first, so that its speaker stays the subject of the next cue ("stated
            // this on Monday, adding that …")
            if anaphoric_object(&tk, lx, c) {
                continue;
            }
            // blocker `first-person`: "Je pense que …", "I demand …" outside quotations is
            // the author or an interviewee speaking, not a reported statement
            // (a reflexive verb of asking voices the speaker's own question: « “Qui va
            // payer ?”, s'interroge un chauffeur »)
            let reflexive = tk.word(c.cue_tok.0) && tk.cls(c.cue_tok.0) & class::REFL != 0;
            if is_question(lx, &statement) && !reflexive || first_person(lx, &statement) {
                continue;
            }
            out.push(statement);
        }
    }
    // candidates from colon quotes may sit in any unit order: make sure none is lost
    for c in &cands[next_cand..] {
        if let Some(statement) = build(doc, &tk, c, &mut resolver, out.len()) {
            out.push(statement);
        }
    }
    // after every statement, so that resolving them leaves the statements' speakers alone
    let nested = nested_cands
        .iter()
        .filter_map(|c| build(doc, &tk, c, &mut resolver, out.len()))
        .filter(|s| s.speaker.is_some())
        .collect();
    Found {
        statements: out,
        nested,
        known: resolver.into_known(),
    }
}

/// Blocker `anaphoric-object`: "stated this on Wednesday", « a déclaré cela lundi »: an
/// object that is a pronoun pointing back at what was said before, then a circumstance or
/// nothing, reports nothing new.
fn anaphoric_object(tk: &Tokens, lx: &Lex, c: &Cand) -> bool {
    let (a, b) = c.content;
    let object = matches!(c.rule, Some(Construction::Bare | Construction::Object));
    if !(object && tk.word(a) && lx.has(tk.lw(a), lex::word::ANAPHOR)) {
        return false;
    }
    let n = a + 1;
    n >= b
        || !tk.word(n) && !tk.is(n, ":") && tk.toks[n].kind != Kind::Open
        || tk.word(n)
            && tk.cls(n) & (class::STOP | class::PREP | class::TIME | class::SUB | class::CONJ) != 0
            && tk.cls(n) & (class::DET | class::AUX | class::PRON) == 0
}

/// Whether the speaker mention is a first-person pronoun of `first_person.txt` (not
/// lower-cased when more than three times longer than the longest: a lower case keeps at
/// least a third of the bytes).
fn first_person(lx: &Lex, s: &Statement) -> bool {
    let longest = lx
        .first_person
        .iter()
        .map(|word| word.len())
        .max()
        .unwrap_or(0);
    s.speaker_mention.as_deref().is_some_and(|m| {
        m.len() <= 3 * longest && lx.first_person.contains(&crate::chars::to_lowercase(m))
    })
}

/// Whether the unit opens with a question label of `question_labels.txt` and a colon.
fn question_label(tk: &Tokens, lx: &Lex, us: usize, ue: usize) -> bool {
    let colon = (us..ue.min(us + 4)).find(|&k| tk.is(k, ":"));
    colon.is_some_and(|c| {
        let label: String = (us..c)
            .filter(|&k| tk.word(k))
            .map(|k| tk.lw(k))
            .collect::<Vec<_>>()
            .join(" ");
        lx.question_labels.contains(label.as_str())
    })
}

/// Questions asked by journalists are not statements: a question mark closing the
/// content of "demander" / "ask", or a speaker who is a journalist.
fn is_question(lx: &Lex, s: &Statement) -> bool {
    let asked = lx.question_verbs.contains(s.cue_lemma.as_str());
    let mut lower = String::new();
    // (an organisation of journalists is no journalist asking: "Reporters Without Borders")
    let organization = s.speaker_type == Some(crate::ActorType::Organization);
    let journalist = !organization
        && s.speaker_mention.as_deref().is_some_and(|m| {
            m.split(|c: char| !crate::chars::is_alphanumeric(c))
                .any(|w| {
                    // most words are lower case already: no copy for them
                    if w.chars().all(crate::chars::lowers_to_itself) {
                        return lx.journalists.contains(w);
                    }
                    lower.clear();
                    if w.is_ascii() {
                        lower.push_str(w);
                        lower.make_ascii_lowercase();
                    } else {
                        lower.extend(w.chars().flat_map(char::to_lowercase));
                    }
                    lx.journalists.contains(&lower)
                })
        });
    journalist || asked && s.content.trim_end().ends_with('?')
}

fn build(
    doc: &Doc,
    tk: &Tokens,
    c: &Cand,
    resolver: &mut speakers::Resolver,
    id: usize,
) -> Option<Statement> {
    let construction = c.rule?;
    let (cs, ce) = content_bytes(tk, c)?;
    let cue_start = tk.toks[c.cue_tok.0].start;
    let cue_end = tk.toks[c.cue_tok.1 - 1].end;
    let who = resolver.resolve(c);
    if who.event_subject {
        return None;
    }
    let start = cue_start.min(cs).min(who.span.map_or(usize::MAX, |s| s.0));
    let end = cue_end.max(ce).max(who.span.map_or(0, |s| s.1));
    let sentence = doc
        .sentences
        .partition_point(|s| s.end <= cue_start)
        .min(doc.sentences.len().saturating_sub(1));
    Some(Statement {
        statement_id: id as u32,
        sentence: sentence as u32,
        start,
        end,
        speaker: who.speaker,
        speaker_mention: who.mention,
        speaker_type: who.kind,
        speaker_country: who.country,
        speaker_rule: who.rule,
        speaker_entity: None,
        cue: doc.text[cue_start..cue_end].to_string(),
        cue_start,
        cue_end,
        cue_lemma: c.lemma.to_string(),
        kind: c.kind,
        content: doc.text[cs..ce].to_string(),
        content_start: cs,
        content_end: ce,
        date: None,
        rule: RuleId {
            lang: doc.lang,
            kind: c.kind,
            construction,
        }
        .text(),
    })
}

/// The byte span of a candidate's content, trimmed of marks, spaces and final periods.
fn content_bytes(tk: &Tokens, c: &Cand) -> Option<(usize, usize)> {
    let (a, mut b) = c.content;
    if a >= b {
        return None;
    }
    if c.kind == StatementKind::Direct {
        // « … ». : the period after the closing mark is not content
        while b > a + 1
            && tk.toks[b - 1].kind == Kind::Punct
            && matches!(tk.raw(b - 1), "." | "," | ";" | ":" | "…")
        {
            b -= 1;
        }
    }
    let (mut s, mut e) = (tk.toks[a].start, tk.toks[b - 1].end);
    if c.kind == StatementKind::Direct {
        if tk.toks[a].kind == Kind::Open {
            s = tk.toks[a].end;
        }
        if tk.toks[b - 1].kind == Kind::Close {
            e = tk.toks[b - 1].start;
        }
    }
    let text = tk.text;
    let trimmed = text[s..e].trim_start();
    s = e - trimmed.len();
    let trimmed =
        text[s..e].trim_end_matches(|ch: char| ch.is_whitespace() || ".,;:*".contains(ch));
    e = s + trimmed.len();
    (e > s && text[s..e].chars().any(char::is_alphanumeric)).then_some((s, e))
}

/// Finds the candidate statements of one sentence unit.
fn unit_candidates(tk: &Tokens, lx: &Lex, u: usize, us: usize, ue: usize, out: &mut Vec<Cand>) {
    let found = cues::find(tk, lx, us, ue);
    let unit_cues = UnitCues::new(tk, lx, &found, us, ue);
    let first = out.len();
    let mut inner = Vec::new();
    let mut inner_sorted = true;
    let mut incises: Vec<(usize, usize)> = Vec::new();
    let mut incises_sorted = true;
    for cue in &found {
        let previous = Previous {
            cands: &out[first..],
            inner: &inner,
            inner_sorted,
            incises: &incises,
            incises_sorted,
        };
        if let Some(mut c) = frame(tk, lx, u, us, ue, cue, &unit_cues, &previous) {
            // blocker `finding-source`: "found", "shows" report only what a study, a report
            // or an inquiry found, not "Police found the car"
            let opening = c.content.0 >= cue.e && finding_opening(tk, lx, us, cue.s);
            if !cue.marker
                && lx.verbs[cue.verb].document_subject
                && !finding_source(tk, lx, &c.who)
                && !opening
            {
                continue;
            }
            if !cue.marker && lx.verbs[cue.verb].document_subject {
                sample_end(tk, &mut c.who);
            }
            // blocker `subjectless-opening`: a verb opening its sentence in capitals with no
            // subject before or after it and its content after it is a label or an order of
            // the page ("Note: the text is translated …", "Thank you for following", « Annonce :
            // … »), not a report
            if !cue.marker
                && cue.s == us
                && tk.toks[cue.s].upper
                && matches!(c.who, Who::Inherit)
                && c.content.0 >= cue.e
                && matches!(cue.form, lex::Form::Finite | lex::Form::Participle)
            {
                continue;
            }
            // "X, qui s'est expliqué sur Y, a …": a relative clause ends at its comma
            if let Who::Relative(_) = c.who {
                c.content.1 = relative_end(tk, c.content.0, c.content.1);
            }
            fronted_clause_end(tk, us, ue, &mut c);
            subordinate_report_end(tk, lx, &found, &mut c);
            coordinated_report_end(tk, lx, &found, &mut c);
            coordinated_act_end(tk, lx, &found, &mut c);
            object_colon_end(tk, &mut c);
            if c.inner {
                inner_sorted &= inner
                    .last()
                    .is_none_or(|&(s, e)| s <= c.cue_tok.0 && e <= c.cue_tok.1);
                inner.push(c.cue_tok);
            }
            if is_outer_incise(&c) {
                let last = incises.last().copied();
                incises_sorted &= last.is_none_or(|(e, _)| e <= c.cue_tok.1);
                let reach = incise_reach(&c).max(last.map_or(0, |(_, r)| r));
                incises.push((c.cue_tok.1, reach));
            }
            out.push(c);
        }
    }
    end_before_tags(tk, &mut out[first..]);
    unknown_incises(tk, lx, u, us, ue, &found, out);
}

/// The end of a relative clause's content from `a` to `b`: its first comma ("X, qui s'est
/// expliqué sur Y, a …"), past a phrase inserted between commas after a short subject
/// ("pour qui le taux, tombé à 0,6 %, « ne laisse … »", construction `inserted-phrase`).
fn relative_end(tk: &Tokens, a: usize, b: usize) -> usize {
    let comma = |from: usize| (from..b).find(|&k| tk.is(k, ",") && tk.toks[k].depth == 0);
    let Some(k) = comma(a) else {
        return b;
    };
    // a subject: an article and at most five words
    let subject = k > a + 1
        && k <= a + 6
        && tk.cls(a) & class::DET != 0
        && (a..k).all(|i| tk.word(i) && tk.cls(i) & (class::AUX | class::QUE | class::REL) == 0);
    // the phrase: a lower-case participle or preposition, then a closing comma
    let opens = k + 1 < b
        && tk.word(k + 1)
        && !tk.toks[k + 1].upper
        && tk.cls(k + 1)
            & (class::DET | class::PRON | class::REL | class::CONJ | class::QUE | class::AUX)
            == 0;
    let close = (k + 2..b.min(k + 14))
        .take_while(|&i| tk.toks[i].kind != Kind::Open && !matches!(tk.raw(i), "." | ";" | ":"))
        .find(|&i| tk.is(i, ","))
        .filter(|&i| i + 1 < b);
    match close {
        Some(c) if subject && opens => comma(c + 1).unwrap_or(b),
        _ => k,
    }
}

/// Whether the speaker phrase holds a word of `finding_sources.txt` ("the report", "a
/// parliamentary inquiry").
fn finding_source(tk: &Tokens, lx: &Lex, who: &Who) -> bool {
    match *who {
        Who::Np(a, b) => (a..b).any(|k| tk.word(k) && lx.finding_sources.contains(tk.lw(k))),
        _ => false,
    }
}

/// Construction `sample-complement`: « Une enquête réalisée par l'Ifop auprès de 1 000
/// personnes montre … », "A survey by YouGov of 2,000 adults found …": the speaker of a
/// verb of finding ends before the prepositional phrase that counts the sample (a
/// preposition before a number, with the word that opens a compound preposition: « auprès
/// de »).
fn sample_end(tk: &Tokens, who: &mut Who) {
    let Who::Np(a, b) = *who else {
        return;
    };
    let number = |k: usize| tk.raw(k).starts_with(|ch: char| ch.is_ascii_digit());
    let Some(p) = (a + 1..b.saturating_sub(1))
        .find(|&k| tk.word(k) && tk.cls(k) & class::PREP != 0 && number(k + 1))
    else {
        return;
    };
    // (« auprès de »: a plain lower-case word after a name opens the preposition)
    let head = p > a + 1
        && tk.word(p - 1)
        && tk.cls(p - 1) == 0
        && !tk.toks[p - 1].upper
        && tk.word(p - 2)
        && tk.cls(p - 2) == 0
        && tk.toks[p - 2].upper;
    let end = if head { p - 1 } else { p };
    if end > a {
        *who = Who::Np(a, end);
    }
}

/// Construction `finding-opening`: "A 2025 study by the University of Leeds found that …",
/// "The survey of 1,500 adults, conducted online, also found …": a study, a report or an
/// inquiry in the first three words of the sentence is the head of the subject, whose
/// agent the speaker phrase may name instead (when the content follows the cue: the
/// subject is no content).
fn finding_opening(tk: &Tokens, lx: &Lex, us: usize, cue_s: usize) -> bool {
    let open = skip_dateline(tk, us, cue_s);
    (open..cue_s.min(open + 3)).any(|k| tk.word(k) && lx.finding_sources.contains(tk.lw(k)))
}

/// "Même si le gouvernement a affirmé que …, les rebelles …": a report inside a subordinate
/// clause that opens the sentence ends at the comma closing that clause.
fn fronted_clause_end(tk: &Tokens, us: usize, ue: usize, c: &mut Cand) {
    if c.kind == StatementKind::Direct || !matches!(c.who, Who::Np(..) | Who::Pronoun { .. }) {
        return;
    }
    let mut f = skip_dateline(tk, us, ue);
    // "Alors que …", "Tandis que …": a conjunction of two words
    let two = f + 1 < ue && tk.word(f) && tk.cls(f) & class::SUBQ != 0 && tk.has(f + 1, class::QUE);
    if !two && f < ue && tk.word(f) && tk.cls(f) & class::ADV != 0 {
        f += 1;
    }
    let (a, b) = c.content;
    let sub = two || f < ue && tk.word(f) && tk.cls(f) & class::SUB != 0;
    if !sub || c.cue_tok.0 > f + 15 || a < c.cue_tok.1 {
        return;
    }
    if (f..c.cue_tok.0).any(|k| tk.toks[k].kind != Kind::Word) {
        return;
    }
    if let Some(k) = (a..b).find(|&k| tk.is(k, ",") && tk.toks[k].depth == 0) {
        c.content.1 = k;
    }
}

/// "The ministry said it had detected 37 aircraft, after Beijing announced drills", « a
/// indiqué que … , après que Pékin a annoncé … »: a reported clause ends at a comma, then a
/// conjunction or preposition whose short subject is followed by a finite cue (within six
/// words; not after a possessive): that clause is the article's narration of another report.
fn trailing_report_end(tk: &Tokens, lx: &Lex, found: &[cues::Cue], c: &mut Cand) {
    let (a, b) = c.content;
    // only the commas of the first 60 tokens: constant work per statement
    for k in (a + 2..b.min(a + 60)).filter(|&k| tk.is(k - 1, ",") && tk.toks[k].depth == 0) {
        let link = tk.word(k) && tk.cls(k) & (class::STOP | class::SUBQ) != 0;
        // "in their first claimed attack": a possessive opens a noun phrase, not a subject
        if !link
            || tk.cls(k) & class::DET != 0
            || k + 1 < b && lx.has(tk.lw(k + 1), lex::word::POSS)
        {
            continue;
        }
        let at = found.partition_point(|cue| cue.s <= k + 1);
        let report = found.get(at).is_some_and(|cue| {
            !cue.marker
                && (cue.form == lex::Form::Finite
                    || cue.form == lex::Form::Participle && tk.has(cue.s, class::AUX))
                && cue.s < b
                && k + 1 < cue.s
                && cue.s <= k + 6
                && (k + 1..cue.s).all(|i| tk.word(i))
        });
        if report {
            c.content.1 = k - 1;
            return;
        }
    }
}

/// Construction `coordinated-report-end`: "X said the vote was fair and urged his
/// supporters to stay calm", « X a jugé la mesure utile, et a appelé à … »: a reported clause
/// or object ends before a coordinating conjunction followed by a cue (after at most one
/// auxiliary), a second report of the same subject, not part of the first. The two verbs
/// agree in tense: a compound cue goes on with a participle ("a jugé … et rappelé", "… et a
/// appelé"), a simple one with the same simple form ("said … and urged"); otherwise the verb
/// after the conjunction is the reported clause's own (« X rapporte que A et B ont exprimé
/// … et ont réitéré … », « X a affirmé que la société reste … et prévoit … »).
fn coordinated_report_end(tk: &Tokens, lx: &Lex, found: &[cues::Cue], c: &mut Cand) {
    let (a, b) = c.content;
    if c.kind == StatementKind::Direct || c.inner {
        return;
    }
    let (s, e) = c.cue_tok;
    let Some(main) = found.get(found.partition_point(|cue| cue.s < s)) else {
        return;
    };
    let compound = (s..e).any(|i| tk.has(i, class::AUX));
    // the conjunctions of the first 60 tokens: constant work per statement
    for k in (a + 1..b.min(a + 60))
        .filter(|&k| tk.word(k) && tk.toks[k].depth == 0 && tk.cls(k) & class::COORD != 0)
    {
        let at = found.partition_point(|cue| cue.s <= k);
        let report = found.get(at).is_some_and(|cue| {
            let aux = cue.s == k + 2 && tk.has(k + 1, class::AUX);
            let agree = if compound {
                aux || cue.form == lex::Form::Participle
            } else {
                cue.s == k + 1 && cue.form == main.form
            };
            // (a verb that reports only through a that-clause, without one, is the
            // reported clause's own: "said Ottawa should go further and consider a tax")
            let clause = units::reports_clause(tk, lx, cue, b);
            !cue.marker
                && clause
                && cue.s < b
                && (cue.s == k + 1 || aux)
                && agree
                && matches!(
                    cue.form,
                    lex::Form::Finite | lex::Form::Participle | lex::Form::Present
                )
        });
        if report {
            let end = if tk.is(k - 1, ",") { k - 1 } else { k };
            if end > a {
                c.content.1 = end;
            }
            return;
        }
    }
}

/// Construction `coordinated-act-end`: "X said the plant would close and declined to
/// comment", « X a déclaré que l'usine fermerait et a refusé de … »: a reported clause ends
/// before a coordinating conjunction followed by a verb of the speaker that reports
/// nothing, told by its agreement with the cue: the cue's own auxiliary and a word after
/// it for a compound cue ("has said … and has left"), a past form for a simple past cue
/// ("said … and declined to", "… and pointed to"). Blockers: the reported clause has a verb
/// of that same form itself ("said the plant closed and laid off 200 workers", "said it was
/// \"balanced\" and took …", « a dit que l'usine a fermé et a licencié »), which the
/// coordinated one may go on; a past form before a noun and its verb is an adjective
/// ("said rents and related costs would rise"). After a simple past cue the clause needs a
/// tensed verb of another form before the conjunction ("would close", "is"), unless the
/// content is an object or a bare noun phrase ("called for calm and offered to mediate",
/// "reported higher orders and raised its outlook").
fn coordinated_act_end(tk: &Tokens, lx: &Lex, found: &[cues::Cue], c: &mut Cand) {
    let (a, b) = c.content;
    if c.kind == StatementKind::Direct || c.inner {
        return;
    }
    let (s, e) = c.cue_tok;
    let Some(main) = found.get(found.partition_point(|cue| cue.s < s)) else {
        return;
    };
    let aux = (s..e).find(|&i| tk.has(i, class::AUX)).map(|i| tk.lw(i));
    // a past form, an auxiliary's ("was", "had") or not
    let past_word = |i: usize| {
        let w = tk.lw(i);
        tk.word(i) && !tk.toks[i].upper && (lx.past_forms.contains(w) || lx.has_past_ending(w, 4))
    };
    let past = |i: usize| past_word(i) && tk.cls(i) == 0;
    let simple_past = aux.is_none() && main.form == lex::Form::Finite && past(main.s);
    if aux.is_none() && !simple_past {
        return;
    }
    // the verb agreeing with the cue at `i`: the same auxiliary, or a past form
    let agrees = |i: usize| match aux {
        Some(w) => tk.word(i) && tk.lw(i) == w,
        None => past(i),
    };
    // (or after an object: "called for calm and offered to mediate")
    let object = is_object(tk, c) || c.rule == Some(Construction::Bare);
    let (mut parallel, mut tensed) = (false, false);
    // the first 60 tokens: constant work per statement
    for k in a..b.min(a + 60) {
        if tk.toks[k].depth != 0 || !tk.word(k) {
            continue;
        }
        if tk.cls(k) & class::COORD != 0 && k > a && k + 1 < b && agrees(k + 1) {
            // "and related costs would rise": an adjective before its noun and verb
            let adjective = (tk.cls(k + 2) & class::DET == 0 && tk.has(k + 3, class::AUX))
                || (aux.is_some() && tk.cls(k + 2) & (class::DET | class::PREP | class::PRON) != 0);
            if !adjective && !parallel && (tensed || aux.is_some() || object) {
                let end = if tk.is(k - 1, ",") { k - 1 } else { k };
                if end > a {
                    c.content.1 = end;
                }
                return;
            }
        }
        parallel |= agrees(k) || (simple_past && past_word(k));
        tensed |= tk.has(k, class::AUX);
    }
}

/// Whether the content of `c` is an object or a prepositional object ("a dénoncé un
/// chantage", "se félicite d'une hausse").
fn is_object(tk: &Tokens, c: &Cand) -> bool {
    let (a, b) = c.content;
    match c.rule {
        Some(Construction::Object) => true,
        Some(Construction::Bare) => a < b && tk.word(a) && tk.cls(a) & class::PREP != 0,
        _ => false,
    }
}

/// « dénonce un « chantage » : Budapest réclamerait … », "denounced "blackmail": Budapest
/// wants …": an object that closes a quotation ends at the colon right after it; what
/// follows explains it in the article's voice (not "a mis en garde le Hamas : si …", whose
/// colon opens what was said).
fn object_colon_end(tk: &Tokens, c: &mut Cand) {
    let (a, b) = c.content;
    if !is_object(tk, c) {
        return;
    }
    // (within the first 60 tokens of the object: constant work per statement)
    let colon = (a + 2..b.min(a + 60)).find(|&k| tk.is(k, ":") && tk.toks[k].depth == 0);
    if let Some(k) = colon.filter(|&k| tk.toks[k - 1].kind == Kind::Close) {
        c.content.1 = k;
    }
}

/// Construction `subordinate-report`: "X warned of strikes as the minister insisted …",
/// « X a dénoncé la réforme tandis que le ministre a assuré … »: an object (or a
/// prepositional object) ends at a subordinating conjunction whose clause holds a cue of
/// its own within a few words: that clause is another report, not part of the object.
/// Construction `without-report-end`: "X defended the budget without ruling out cuts",
/// « X a défendu le budget sans exclure de coupes »: an object ends where a cue opened by
/// "without" / « sans » starts, which reports on its own.
fn subordinate_report_end(tk: &Tokens, lx: &Lex, found: &[cues::Cue], c: &mut Cand) {
    let (a, b) = c.content;
    if c.kind == StatementKind::Direct {
        return;
    }
    if !is_object(tk, c) {
        trailing_report_end(tk, lx, found, c);
        return;
    }
    let opens = |k: usize| {
        tk.word(k)
            && tk.toks[k].depth == 0
            && (tk.cls(k) & class::SUB != 0
                || tk.cls(k) & class::SUBQ != 0 && k + 1 < b && tk.has(k + 1, class::QUE))
    };
    let without_cue = |k: usize| {
        tk.word(k)
            && tk.toks[k].depth == 0
            && lx.has(tk.lw(k), word::WITHOUT)
            && found.binary_search_by_key(&k, |cue| cue.s).is_ok()
    };
    // within the first 40 tokens of the object: constant work per statement
    let Some(k) = (a + 1..b.min(a + 40)).find(|&k| opens(k) || without_cue(k)) else {
        return;
    };
    if without_cue(k) {
        c.content.1 = k;
        return;
    }
    // the first cue after the conjunction, within twelve tokens of it
    let at = found.partition_point(|cue| cue.s <= k);
    if found
        .get(at)
        .is_some_and(|cue| cue.s < b && cue.s <= k + 12)
    {
        c.content.1 = k;
    }
}

/// Drops nested speech: a cue inside another statement's content. A weak container
/// ("…, selon X") gives way to the cue inside it instead. Returns the statements kept and
/// the nested reports outside quotation marks whose source is a noun phrase.
///
/// `cands` is sorted by cue position; the work is O(n log n).
fn drop_nested(tk: &Tokens, cands: Vec<Cand>) -> (Vec<Cand>, Vec<Cand>) {
    let bytes = |c: &Cand| -> (usize, usize) {
        let (a, b) = c.content;
        if a >= b {
            return (0, 0);
        }
        (tk.toks[a].start, tk.toks[b - 1].end)
    };
    let cue_at = |c: &Cand| tk.toks[c.cue_tok.0].start;
    let mut keep = vec![true; cands.len()];
    let mut nested = vec![false; cands.len()];
    // strong containers sorted by start, with the running maximum of their ends; a trailing
    // tag's clause ("X said …, KCNA reported") and a relay's ("As KCNA reported, X said …",
    // « Comme l'a rapporté l'agence, X a déclaré … », construction `as-clause`) hold reports
    // of their own outside quotations, so they only contain the cues inside its quotations
    let containers = |tags: bool| {
        let mut strong: Vec<(usize, usize)> = cands
            .iter()
            .filter(|c| {
                !c.weak && (tags || !is_outer_incise(c) && c.rule != Some(Construction::AsClause))
            })
            .map(bytes)
            .filter(|&(a, b)| a < b)
            .collect();
        strong.sort_unstable();
        let mut reach = Vec::with_capacity(strong.len());
        let mut max_end = 0;
        for &(_, b) in &strong {
            max_end = max_end.max(b);
            reach.push(max_end);
        }
        (strong, reach)
    };
    let all = containers(true);
    let untagged = containers(false);
    let positions: Vec<usize> = cands.iter().filter(|c| !c.inner).map(cue_at).collect();
    for (i, c) in cands.iter().enumerate() {
        if c.weak {
            // a weak container holding any other cue gives way
            let (a, b) = bytes(c);
            let from = positions.partition_point(|&p| p < a);
            if positions.get(from).is_some_and(|&p| p < b) {
                keep[i] = false;
            }
        }
        if c.inner {
            continue;
        }
        let pos = cue_at(c);
        let (strong, reach) = if tk.toks[c.cue_tok.0].depth == 0 {
            &untagged
        } else {
            &all
        };
        let n = strong.partition_point(|&(a, _)| a <= pos);
        if n > 0 && reach[n - 1] > pos {
            keep[i] = false;
            nested[i] = tk.toks[c.cue_tok.0].depth == 0
                && matches!(c.who, Who::Np(..))
                && matches!(
                    c.rule,
                    Some(
                        Construction::Que
                            | Construction::SelonInitial
                            | Construction::SelonMedial
                            | Construction::SelonFinal
                    )
                );
        }
    }
    // one statement per cue
    let mut last: Option<usize> = None;
    let mut kept = Vec::with_capacity(cands.len());
    let mut reports = Vec::new();
    for ((c, k), n) in cands.into_iter().zip(keep).zip(nested) {
        if n {
            reports.push(c);
        } else if k && last != Some(c.cue_tok.0) {
            last = Some(c.cue_tok.0);
            kept.push(c);
        }
    }
    (kept, reports)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn statements(text: &str) -> Vec<Statement> {
        let doc = Doc::new(text, Lang::Fr, None);
        extract_in(&doc, &crate::text::Text::new(doc.text, &doc.layout)).statements
    }

    #[test]
    fn finds_a_quote_and_a_que_clause() {
        let found = statements(
            "Titre\nJean Dupont a déclaré : « Nous ne céderons pas. » Marie Curie a affirmé que la paix était proche.",
        );
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].content, "Nous ne céderons pas");
        assert_eq!(found[0].kind, StatementKind::Direct);
        assert_eq!(found[0].speaker.as_deref(), Some("Jean Dupont"));
        assert_eq!(found[1].content, "la paix était proche");
        assert_eq!(found[1].cue_lemma, "affirmer");
        assert_eq!(found[1].speaker.as_deref(), Some("Marie Curie"));
    }

    /// A run with no sentence end ("… a critiqué le projet et " × 5 000) is cut into units
    /// of at most `MAX_UNIT_TOKENS`, so the scans over a cue's content stay bounded; a
    /// sentence of ordinary length stays one unit.
    #[test]
    fn units_are_bounded() {
        for lang in [Lang::Fr, Lang::En] {
            let run = "Le maire a critiqué le projet et ".repeat(5_000);
            let text = format!("Titre\nLe maire a dit que tout allait bien. {run}");
            let doc = Doc::new(&text, lang, None);
            let lx = &crate::language::Language::of(doc.lang).statements;
            let text = crate::text::Text::new(doc.text, &doc.layout);
            let mut lower = String::new();
            let tk = tokenize(&doc, lx, &text, &mut lower);
            let longest = tk.units.iter().map(|&(a, b)| b - a).max();
            assert_eq!(longest, Some(tokens::MAX_UNIT_TOKENS));
            let first = tk.units.iter().find(|&&(a, _)| tk.raw(a) == "Le");
            assert_eq!(first.map(|&(a, b)| b - a), Some(9), "{:?}", &tk.units[..3]);
        }
    }
}
