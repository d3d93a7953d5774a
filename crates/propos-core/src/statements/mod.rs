//! Statements: reporting cues tied to a speaker and a content.
//!
//! The extractor works on the tokens of the content blocks, split into
//! quote-aware sentence units:
//!
//! 1. **Cues** (`cues`): reporting verbs in any tense found through the
//!    `reporting_verbs.tsv` lexicon (compound tenses with adverbs and negation
//!    inside, reflexive uses, inverted incises "a-t-il déclaré", present
//!    participles, "avant de rappeler"), and source markers ("selon X").
//! 2. **Frames**: for each cue, where the content is (a que-clause, an object,
//!    a quotation after a colon, the quotation or clause before an incise)
//!    and where the speaker is (before the cue, after it, a pronoun, inherited).
//! 3. **Quotes** after a colon with no verb cue.
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
//! `inverted-clause` ("X, speaking …, said the budget was …" is no tag), `tail-clause`,
//! `interview-question` ("Q. : …").
//!
//! Language knowledge lives in `lexicons/<lang>/`: `reporting_verbs.tsv` (lemmas,
//! frames and every inflected form, written by `scripts/gen_cues.py`), `grammar.tsv` (word
//! classes), `roles.txt`, `generic_roles.txt`, `organizations.txt`,
//! `other_sources.txt`, `source_links.txt`, `countries.tsv` (names, capitals, demonyms),
//! `institutions.tsv`, `titles.txt`, `source_markers.txt`, `adverb_phrases.txt`,
//! `journalists.txt`, `counterpart_roles.txt`, `cue_openers.txt`, `conditionals.txt`,
//! `as_markers.txt`, `noun_homographs.txt`, `document_nouns.txt`, `event_nouns.txt`,
//! `question_labels.txt`, `role_gaps.txt`, `data_nouns.txt`.

mod agreement;
mod clause;
mod cues;
pub(crate) mod lex;
mod speakers;
mod tokens;
mod words;

use clause::{skip_adverbs, Cand, Who};
use lex::{class, lex, word, Form, Lex};
pub(crate) use speakers::Known;
use tokens::{tokenize, Kind, Tokens};

use crate::{Construction, Doc, RuleId, Statement, StatementKind};

/// Finds the statements of an article on its tokens, and the entities the speaker
/// resolver knows of.
pub(crate) fn extract_in(doc: &Doc, text: &crate::text::Text) -> (Vec<Statement>, Vec<Known>) {
    let lx = lex(doc.lang);
    let tk = tokenize(doc, lx, text);
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
    let cands = drop_nested(&tk, cands);
    let mut resolver = speakers::Resolver::new(&tk, lx, doc.lang);
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
            // blocker `first-person`: "Je pense que …", "I demand …" outside quotations is
            // the author or an interviewee speaking, not a reported statement
            if is_question(lx, &statement) || first_person(lx, &statement) {
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
    (out, resolver.into_known())
}

/// Whether the speaker mention is a first-person pronoun of `first_person.txt`.
fn first_person(lx: &Lex, s: &Statement) -> bool {
    s.speaker_mention
        .as_deref()
        .is_some_and(|m| lx.first_person.contains(m.to_lowercase().as_str()))
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
    let journalist = s.speaker_mention.as_deref().is_some_and(|m| {
        m.split(|c: char| !crate::chars::is_alphanumeric(c))
            .any(|w| {
                lower.clear();
                lower.extend(w.chars().flat_map(char::to_lowercase));
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

/// The kind of a content token range: a single quotation, a clause with quotes, or neither.
fn kind_of(tk: &Tokens, a: usize, b: usize) -> StatementKind {
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

fn trailing_punct(tk: &Tokens, a: usize, b: usize) -> bool {
    (a..b).all(|i| {
        tk.toks[i].kind == Kind::Punct
            && matches!(tk.raw(i), "." | "," | ";" | "!" | "?" | "*" | "…")
    })
}

/// The first token after a dateline that opens a unit ("BRUSSELS - ", "PARIS (AFP) —").
pub(crate) fn skip_dateline(tk: &Tokens, us: usize, ue: usize) -> usize {
    // "SEOUL, Nov 5 (Reuters) - ": a capitalised place, then a dash within a few tokens
    let caps = |i: usize| {
        tk.word(i) && tk.raw(i).chars().count() >= 2 && tk.raw(i).chars().all(|c| !c.is_lowercase())
    };
    if caps(us) {
        if let Some(d) = (us + 1..(us + 10).min(ue)).find(|&i| matches!(tk.raw(i), "-" | "–" | "—"))
        {
            if d + 1 < ue && !(us..d).any(|i| tk.is(i, ".")) {
                return d + 1;
            }
        }
    }
    // "Jakarta (ANTARA) - ", "Beijing (Xinhua) -- ": capitalised words, an agency in
    // parentheses, then dashes
    let mut k = us;
    while k < ue && k < us + 3 && tk.word(k) && tk.toks[k].upper {
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
pub(crate) struct UnitCues {
    /// First tokens of the cues, sorted.
    starts: Vec<usize>,
    /// `(token, depth, reasons)` of the tokens that end a clause (of the depth of its
    /// first token or deeper) for one of the [`UnitCues::ALWAYS`] … reasons, in order.
    stops: Vec<(usize, u16, u8)>,
    /// The semicolons and colons outside quotations, in order.
    breaks: Vec<usize>,
    /// The token after the unit.
    end: usize,
}

impl UnitCues {
    /// A semicolon, or a comma before another cue or a subordinate clause.
    const ALWAYS: u8 = 1;
    /// A comma before a subject and a cue (", le ministre a ajouté").
    const SUBJECT: u8 = 2;
    /// A conjunction before a cue, when it is not the first token of the clause.
    const CONJUNCTION: u8 = 4;

    fn new(tk: &Tokens, cues: &[cues::Cue], us: usize, ue: usize) -> Self {
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
                    let inside =
                        next & class::PLUP != 0 && unit.starts.first().is_some_and(|&k| k < i);
                    if unit.starts_at(i + 1) && !inside
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
                    let mut k = i + 1;
                    while k < ue && k <= s0 + 5 && tk.word(k) && class_at(k) & class::REL == 0 {
                        k += 1;
                        if unit.starts_at(k)
                            && k > s0
                            && s0 < ue
                            && (tk.toks[s0].upper || class_at(s0) & class::DET != 0)
                        {
                            reasons |= Self::SUBJECT;
                            break;
                        }
                    }
                }
            }
            if tk.word(i) && class_at(i) & class::CONJ != 0 && unit.starts_at(i + 1) {
                // "a souligné que … et a condamné …": a compound cue right after the
                // conjunction, with the auxiliary of the first cue of the unit, is coordinated
                // with that main verb and ends its que-clause (not in "rapporte que X a
                // exprimé … et a réitéré …", coordinated inside the clause)
                let main = unit.starts.first().copied();
                let coordinated = class_at(i + 1) & class::AUX != 0
                    && main.is_some_and(|k| k < i && tk.word(k) && tk.lw(k) == tk.lw(i + 1))
                    || simple_coordinated(tk, cues, i + 1);
                if coordinated {
                    reasons |= Self::ALWAYS;
                } else {
                    reasons |= Self::CONJUNCTION;
                }
            }
            if reasons != 0 {
                unit.stops.push((i, t.depth, reasons));
            }
        }
        unit
    }

    /// The token after the last semicolon or colon outside quotations before token `i`.
    fn after_break_before(&self, i: usize) -> Option<usize> {
        let k = self.breaks.partition_point(|&b| b < i);
        k.checked_sub(1).map(|k| self.breaks[k] + 1)
    }

    /// Whether a cue of the unit starts at token `i`.
    fn starts_at(&self, i: usize) -> bool {
        self.starts.binary_search(&i).is_ok()
    }

    /// The end (exclusive) of the clause that starts at `a`: the unit end, a semicolon,
    /// or a comma before another cue; `subjects`: also before ", <subject> <cue>" and
    /// "<conjunction> <cue>" (not inside a que-clause, where such a clause is reported
    /// speech of its own).
    fn clause_end(&self, tk: &Tokens, a: usize, subjects: bool) -> usize {
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
fn simple_coordinated(tk: &Tokens, cues: &[cues::Cue], k: usize) -> bool {
    let simple = |c: &cues::Cue| !c.marker && c.form == Form::Finite && c.e == c.s + 1;
    let Some(main) = cues.first().filter(|c| simple(c) && c.s < k) else {
        return false;
    };
    let Ok(n) = cues.binary_search_by_key(&k, |c| c.s) else {
        return false;
    };
    let last = |i: usize| tk.lw(i).chars().last();
    simple(&cues[n]) && last(main.s) == last(k)
}

/// The end (exclusive) of the clause that starts at `a`: see [`UnitCues::clause_end`].
fn clause_end(tk: &Tokens, a: usize, cues: &UnitCues) -> usize {
    cues.clause_end(tk, a, true)
}

/// The candidates already found in a unit.
struct Previous<'a> {
    cands: &'a [Cand],
    /// The cue tokens of the inner incises among them, in order.
    inner: &'a [(usize, usize)],
    /// Whether both ends of `inner` never decrease (so a range of starts holds the
    /// furthest end last).
    inner_sorted: bool,
    /// The outer incises among them, in order: the end of the cue and the furthest
    /// [`incise_reach`] so far.
    incises: &'a [(usize, usize)],
    /// Whether the cue ends of `incises` never decrease.
    incises_sorted: bool,
}

/// Finds the candidate statements of one sentence unit.
fn unit_candidates(tk: &Tokens, lx: &Lex, u: usize, us: usize, ue: usize, out: &mut Vec<Cand>) {
    let found = cues::find(tk, lx, us, ue);
    let unit_cues = UnitCues::new(tk, &found, us, ue);
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
            // "X, qui s'est expliqué sur Y, a …": a relative clause ends at its comma
            if let Who::Relative(_) = c.who {
                if let Some(k) =
                    (c.content.0..c.content.1).find(|&k| tk.is(k, ",") && tk.toks[k].depth == 0)
                {
                    c.content.1 = k;
                }
            }
            fronted_clause_end(tk, us, ue, &mut c);
            subordinate_report_end(tk, &found, &mut c);
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

/// "X said that the drills were routine, the agency reported": a clause that runs into a
/// trailing tag ends before the tag's subject (the tag reports the clause, cue and all).
fn end_before_tags(tk: &Tokens, cands: &mut [Cand]) {
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

/// Construction `subordinate-report`: "X warned of strikes as the minister insisted …",
/// « X a dénoncé la réforme tandis que le ministre a assuré … »: an object (or a
/// prepositional object) ends at a subordinating conjunction whose clause holds a cue of
/// its own within a few words: that clause is another report, not part of the object.
fn subordinate_report_end(tk: &Tokens, found: &[cues::Cue], c: &mut Cand) {
    let (a, b) = c.content;
    let object = match c.rule {
        Some(Construction::Object) => true,
        Some(Construction::Bare) => a < b && tk.word(a) && tk.cls(a) & class::PREP != 0,
        _ => false,
    };
    if !object || c.kind == StatementKind::Direct {
        return;
    }
    let opens = |k: usize| {
        tk.word(k)
            && tk.toks[k].depth == 0
            && (tk.cls(k) & class::SUB != 0
                || tk.cls(k) & class::SUBQ != 0 && k + 1 < b && tk.has(k + 1, class::QUE))
    };
    // within the first 40 tokens of the object: constant work per statement
    let Some(k) = (a + 1..b.min(a + 40)).find(|&k| opens(k)) else {
        return;
    };
    // the first cue after the conjunction, within twelve tokens of it
    let at = found.partition_point(|cue| cue.s <= k);
    if found
        .get(at)
        .is_some_and(|cue| cue.s < b && cue.s <= k + 12)
    {
        c.content.1 = k;
    }
}

/// "« … », admet le prévenu": an incise whose verb is not in the lexicon (a rare or
/// misspelt verb) is still recognised by its shape: quotation, comma, verb, subject, end.
fn unknown_incises(
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
            let Some((a, b)) = speakers::subject_after(tk, lx, v + 1, ue) else {
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

/// The statement a cue introduces, if it has a content.
#[allow(clippy::too_many_arguments)]
fn frame(
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
        // the subject is what was reported, the agent who reported it
        let np = speakers::subject_after(tk, lx, agent + 1, ue)?;
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
        cand.content = (a, cue.s);
        cand.kind = kind_of(tk, a, cue.s);
        cand.rule = Some(Construction::PassiveAgent);
        return Some(cand);
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
        let (a, b, rule) = frame_after(tk, lx, verb, cue, ue, unit_cues)?;
        cand.who = Who::Nobody;
        cand.content = (a, b);
        cand.kind = kind_of(tk, a, b);
        cand.rule = Some(rule);
        return Some(cand);
    }
    let depth = tk.toks[cue.s].depth;
    // an incise inside a quotation: « A, poursuit-il. B » / « A, a assuré X. B »
    if depth > 0 {
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
                let np = speakers::subject_after(tk, lx, cue.e, ue)?;
                let end = (np.1..ue.min(np.1 + 12)).find(|&k| !tk.word(k) && !tk.is(k, ","));
                if !matches!(cue.form, Form::Finite | Form::Participle)
                    || !end.is_some_and(|k| tk.is(k, "."))
                {
                    return None;
                }
                Who::Np(np.0, np.1)
            }
        };
        let start = inner_incise_end(tk, previous, q.open + 1, cue.s);
        cand.content = (start, cue.s - 1);
        cand.kind = StatementKind::Direct;
        cand.rule = Some(Construction::InnerIncise);
        cand.inner = true;
        return Some(cand);
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
        // `comma-quote` for a quotation, `bare` for a clause)
        let a0 = skip_dateline(tk, us, ue);
        let connective = cue.s == a0 + 2
            && tk.is(cue.s - 1, ",")
            && tk.word(a0)
            && tk.cls(a0) & (class::CONJ | class::ADV) != 0;
        if connective && cue.e + 1 < ue && tk.is(cue.e, ",") {
            let a = cue.e + 1;
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
        // « « … », avant de préciser que … » continues the subject's own clause
        && !lx.has(tk.lw(cue.s), word::INF_OPEN)
    {
        let np = speakers::subject_after(tk, lx, cue.e, ue)?;
        cand.who = Who::Np(np.0, np.1);
        return incise_before(tk, lx, unit_cues, previous, us, cue, cand);
    }
    // a participle coordinated with a compound cue shares its auxiliary and subject
    let coordinated = cue.form == Form::Participle
        && cue.s > us
        && tk.word(cue.s - 1)
        && tk.cls(cue.s - 1) & class::CONJ != 0
        && !cue.refl
        && tk.cls(cue.s) & class::AUX == 0;
    if coordinated {
        let (a, b, _) = after?;
        cand.content = (a, b);
        cand.kind = kind_of(tk, a, b);
        cand.rule = Some(Construction::Coordinated);
        return Some(cand);
    }
    // the first token of the clause, after a dateline
    let opening = skip_dateline(tk, us, ue);
    match cue.form {
        Form::Present | Form::Infinitive => {
            // the subject of a participle is the subject of the clause it continues; after a
            // document ("a publié un communiqué indiquant"), the subject of its verb
            let (a, mut b, _) = after?;
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
                let comma =
                    (a + 1..(b + 1).min(ue)).find(|&k| tk.is(k, ",") && tk.toks[k].depth == depth);
                // blocker `fronted-topic`: "Commenting on the verdict, the lawyer said …",
                // « Réagissant à la décision, l'avocat a annoncé … »: a prepositional phrase
                // without a quotation up to the comma is the topic or the channel, not a report
                let topic = comma.is_some_and(|k| {
                    tk.word(a)
                        && tk.cls(a) & (class::PREP | class::STOP) != 0
                        && tk.cls(a) & (class::QUE | class::REL | class::DET) == 0
                        && !(a..k).any(|i| tk.toks[i].depth > depth)
                });
                if topic {
                    return None;
                }
                if let Some(k) = comma {
                    let j = k + 1;
                    let who = if j < ue && tk.word(j) && tk.cls(j) & class::PRON != 0 {
                        Some(Who::pronoun_at(tk, j))
                    } else {
                        // the subject ends at its last name or role word: "the minister
                        // left the room" is "the minister"
                        speakers::subject_after(tk, lx, j, ue).map(|(s, e)| {
                            let head = (s..e).rev().find(|&h| {
                                tk.word(h)
                                    && (tk.toks[h].upper
                                        || lx.is_role(tk.lw(h))
                                        || lx.is_org(tk.lw(h)))
                            });
                            // a verb and its object after the head: "left the room"
                            let verb_object = head.is_some_and(|h| {
                                h + 2 < ue
                                    && h + 1 < e
                                    && tk.word(h + 2)
                                    && tk.cls(h + 2) & class::DET != 0
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
            if cue.s > us + 2 && lx.document_nouns.contains(tk.lw(cue.s - 1)) {
                let mut v = cue.s - 1;
                while v > us && tk.word(v - 1) && tk.cls(v - 1) & class::DET != 0 {
                    v -= 1;
                }
                v = v.saturating_sub(1);
                while v > us && tk.word(v - 1) && tk.cls(v - 1) & (class::AUX | class::ADV) != 0 {
                    v -= 1;
                }
                if let who @ (Who::Np(..) | Who::Pronoun { .. }) =
                    speakers::subject_before(tk, lx, us, v)
                {
                    cand.who = who;
                }
            }
            // "Media reports saying …" opening the sentence: the document is the source
            let opens_with_document =
                cue.s > us && cue.s <= opening + 3 && lx.document_nouns.contains(tk.lw(cue.s - 1));
            if opens_with_document && cand.who == Who::Inherit {
                if let who @ Who::Np(..) = speakers::subject_before(tk, lx, us, cue.s) {
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
        Form::Finite | Form::Participle => {
            // postposed cue with its subject after it: "…, a déclaré X"
            // (an object with a quoted name is one: "X, after …, compared the chamber to a
            // “petri dish”")
            let strong_after = after.filter(|&(a, b, r)| {
                !matches!(r, Construction::Object | Construction::Bare)
                    || verb.names && tk.has_quote_mark(a, b)
            });
            let mut before = speakers::subject_before(tk, lx, us, cue.s);
            // "The port authority, however, said", "X, asked about the leak, said": the
            // subject before an adverb, or before a phrase when it opens the sentence
            if prev.is_some_and(|p| tk.is(p, ",")) && !matches!(before, Who::Relative(_)) {
                let open = (us..cue.s - 1).rev().take(9).find(|&k| !tk.word(k));
                if let Some(o) = open.filter(|&o| o > us && tk.is(o, ",")) {
                    let adverbs = skip_adverbs(tk, lx, o + 1, cue.s - 1) == cue.s - 1;
                    let subject = speakers::subject_before(tk, lx, us, o);
                    let opens = matches!(subject, Who::Np(a, _) if a <= opening + 1);
                    // not an apposition ("X, the opposition leader, said", "le ministre,
                    // Jean Martin, a dit"): the phrase starts lower case, without article
                    let phrase = !tk.toks[o + 1].upper && tk.cls(o + 1) & class::DET == 0;
                    if before == Who::Inherit && adverbs || opens && phrase && !adverbs {
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
                    && !(a..b).any(|k| lx.is_role(tk.lw(k)) || lx.is_org(tk.lw(k)));
                if relative {
                    return None;
                }
            }
            // the impersonal "on" ("lorsqu'on lui a demandé") reports no one
            if let Who::Pronoun { start, end, .. } = before {
                if lx.has(&tk.text[start..end].to_lowercase(), word::IMPERSONAL) {
                    return None;
                }
            }
            // "le porte-parole, Matthew Cooper, a exhorté …": a subject in apposition
            let appositive = matches!(before, Who::Np(a, b) if (a..b).any(|i| tk.is(i, ",")))
                || speakers::relative_before(tk, lx, us, cue.s);
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
                        && !(j..m).any(|k| tk.cls(k) & class::AUX != 0);
                    let short = matches!(before, Who::Np(a, b) if b - a <= 10)
                        || matches!(before, Who::Pronoun { .. });
                    // the clause before is more than a time phrase ("Plus tôt jeudi, X a …")
                    let clause_words = (us..a).filter(|&k| tk.word(k)).take(4).count();
                    let clause = clause_words >= 4 || short_clause(tk, opening, a - 1);
                    // blocker `fronted-phrase`: "Après la lecture du verdict mardi, le maire a
                    // dénoncé une décision injuste": a prepositional or subordinate phrase
                    // before the only comma, and words after the cue, make a sentence, not a
                    // trailing tag
                    // (or a participle and its agent, with or without words after the cue:
                    // "Contacté par l'AFP, le ministère a confirmé l'information", "Interviewed
                    // by the BBC, the minister denied …"; or a participle and a prepositional
                    // phrase before a cue with an object: "Interrogé sur France Inter, le
                    // ministre a démenti toute démission")
                    let object = j < m && tk.word(j) && tk.cls(j) & class::STOP == 0;
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
                    let clause_before = tk.is(a - 1, ",")
                        && tail_short
                        && short
                        && !appositive
                        && !fronted_phrase
                        && clause;
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
            let interposed = matches!(before, Who::Np(a, b)
                if a <= opening && b + 1 < cue.s && tk.is(b, ","));
            if after_comma && strong_after.is_none() && !appositive && !interposed {
                // blocker `inverted-clause`: "The mayor, speaking on Monday, said the budget
                // was balanced": an inverted subject ends the tag; one followed by more words
                // is the subject of the clause the cue reports
                let inverted = speakers::subject_after(tk, lx, cue.e, ue)
                    .or_else(|| {
                        let k = after_circumstantial(tk, cue.e, ue)?;
                        speakers::subject_after(tk, lx, k, ue)
                    })
                    .filter(|&(_, b)| after.is_none() || tag_ends(tk, b, ue));
                // blocker `name-apposition`: "Anna Berg, an economist at the bank, said
                // Miller erred": a name opening the sentence, then a comma and an article,
                // is a subject and its apposition, not a clause tagged by an inverted subject
                let name_apposition = after.is_some() && name_then_apposition(tk, opening, cue.s);
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
                if let Some(np) = speakers::subject_after(tk, lx, cue.e, ue) {
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

/// Construction `incise` on a short clause: "Prices rose, he said.", « Les négociations ont
/// échoué, a dit le ministre. »: two or three words `[a, b)` that open with a subject (an
/// article, a pronoun or a noun), with no preposition, adverb or time word that would make
/// them a fronted phrase ("On Monday, …", "Plus tôt jeudi, …"), and a verb after the first
/// (a lower-case word: "The United States, Japan and Korea condemned …" is a list).
fn short_clause(tk: &Tokens, a: usize, b: usize) -> bool {
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

/// Construction `cleft`: "Les prix vont baisser. C'est ce qu'a affirmé le ministre.", "That is
/// what the minister said.": a form of être / be, a pronoun of class `cleft` ("ce" and "que",
/// "what") right before the cue or its subject, and the sentence before in the same
/// paragraph is the content.
fn cleft(
    tk: &Tokens,
    lx: &Lex,
    u: usize,
    us: usize,
    ue: usize,
    cue: &cues::Cue,
    mut cand: Cand,
) -> Option<Cand> {
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
        let np = speakers::subject_after(tk, lx, cue.e, ue)?;
        Who::Np(np.0, np.1)
    } else {
        match speakers::subject_before(tk, lx, k, cue.s) {
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
fn as_clause(
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
    cand.who = if cue.s == p + 1 || clitic {
        let np = speakers::subject_after(tk, lx, cue.e, ue)?;
        Who::Np(np.0, np.1)
    } else {
        match speakers::subject_before(tk, lx, p + 1, cue.s) {
            Who::Inherit | Who::Relative(_) => return None,
            who => who,
        }
    };
    // "as repairs continued" is temporal: the subject must be a possible source
    if let Who::Np(a, b) = cand.who {
        if !speakers::looks_like_source(tk, lx, a, b) {
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
            (cue.e..ue.min(cue.e + 12)).find(|&k| tk.is(k, ",") && tk.toks[k].depth == 0)?;
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

/// "a déclaré lors d'un point de presse la responsable …": the first token after a
/// circumstantial phrase (a preposition, then words up to the article that opens the
/// subject), within a few words.
fn after_circumstantial(tk: &Tokens, from: usize, ue: usize) -> Option<usize> {
    let prep = tk.word(from) && tk.cls(from) & class::STOP != 0 && tk.cls(from) & class::DET == 0;
    if !prep {
        return None;
    }
    let mut noun = false;
    for k in from + 1..ue.min(from + 8) {
        if !tk.word(k) {
            return None;
        }
        let c = tk.cls(k);
        if c & class::DET != 0 && noun && !tk.lw(k).ends_with(['\'', '’']) {
            return Some(k);
        }
        noun |= c == 0;
    }
    None
}

/// Whether a prepositional phrase opening at `from` ("in March", "at the same briefing")
/// is followed, within eight words, by a subject: a determiner or a pronoun right after a
/// noun (not after another preposition: "in a speech at his headquarters").
fn subject_after_phrase(tk: &Tokens, from: usize, ue: usize) -> bool {
    for k in from + 2..ue.min(from + 8) {
        if !tk.word(k) {
            return false;
        }
        let c = tk.cls(k);
        if c & (class::DET | class::PRON) != 0
            && tk.cls(k - 1) == 0
            && !tk.lw(k).ends_with(['\'', '’'])
        {
            return true;
        }
    }
    false
}

/// A prepositional phrase between commas before an object that opens with an article or a
/// quotation ("a dénoncé lundi, dans un communiqué du ministère, un « protectionnisme »"):
/// the first token of that object, the comma opening the phrase being at `j`.
fn phrase_between_commas(tk: &Tokens, j: usize, ue: usize) -> Option<usize> {
    let p = j + 1;
    let prep = p < ue
        && tk.word(p)
        && tk.cls(p) & class::STOP != 0
        && tk.cls(p) & (class::DET | class::QUE | class::REL | class::CONJ | class::PRON) == 0;
    if !prep {
        return None;
    }
    let comma =
        (p + 1..ue.min(p + 12)).find(|&k| !tk.word(k) && !matches!(tk.raw(k), "'" | "’"))?;
    let k = comma + 1;
    let object =
        k < ue && (tk.word(k) && tk.cls(k) & class::DET != 0 || tk.toks[k].kind == Kind::Open);
    (tk.is(comma, ",") && object).then_some(k)
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
        && (comma + 1..cue - 1).all(|k| tk.word(k) || matches!(tk.raw(k), "'" | "’" | "-"))
}

/// Whether an inverted subject ending at token `b` ends its tag: no auxiliary follows it
/// within a few words ("said the budget was balanced" is a cue and its clause, not a tag).
fn tag_ends(tk: &Tokens, b: usize, ue: usize) -> bool {
    // a few words on ("said Russia's cooperation with North Korea was"), not past a comma
    !(b..ue.min(b + 6))
        .take_while(|&k| tk.word(k))
        .any(|k| tk.cls(k) & class::AUX != 0)
}

/// The first token of a quotation part after the inner incises already found in it.
fn inner_incise_end(tk: &Tokens, previous: &Previous, from: usize, before: usize) -> usize {
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

/// Whether a candidate is an incise outside quotations ("« … », a-t-il dit"); incises inside
/// them are `inner-incise`.
fn is_outer_incise(c: &Cand) -> bool {
    c.rule == Some(Construction::Incise)
}

/// Where the text after an incise starts: past its cue and its speaker.
fn incise_reach(c: &Cand) -> usize {
    match c.who {
        Who::Np(_, b) => c.cue_tok.1.max(b),
        _ => c.cue_tok.1,
    }
}

/// Construction `incise`: a postposed cue; the content is the quotation or clause before it.
fn incise_before(
    tk: &Tokens,
    lx: &Lex,
    unit_cues: &UnitCues,
    previous: &Previous,
    us: usize,
    cue: &cues::Cue,
    mut cand: Cand,
) -> Option<Cand> {
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
    // before the comma is a fronted participle's, not what this cue reports
    if previous.cands.iter().any(|c| {
        c.rule == Some(Construction::Participle) && (start..=start + 1).contains(&c.cue_tok.0)
    }) {
        return None;
    }
    cand.content = (start, end);
    cand.kind = kind_of(tk, start, end);
    cand.rule = Some(Construction::Incise);
    Some(cand)
}

/// Construction `comma-quote`: `Lopez said, "We will win."`: a quotation after the cue and a
/// comma, when no quotation before the cue makes it an incise (`"A," he said, "B."`).
fn comma_quote(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    cue: &cues::Cue,
    ue: usize,
) -> Option<(usize, usize, Construction)> {
    let j = skip_adverbs(tk, lx, cue.e, ue);
    if j + 1 >= ue || !tk.is(j, ",") || cue.inv.is_some() {
        return None;
    }
    if (us..cue.s).any(|k| tk.toks[k].kind == Kind::Close) {
        return None;
    }
    let q = tk.quote_opened_at(j + 1)?;
    let close = q.close?;
    Some((j + 1, close + 1, Construction::CommaQuote))
}

/// The content after a cue: (start token, end token, construction).
fn frame_after(
    tk: &Tokens,
    lx: &Lex,
    verb: &lex::Verb,
    cue: &cues::Cue,
    ue: usize,
    unit_cues: &UnitCues,
) -> Option<(usize, usize, Construction)> {
    let j = skip_adverbs(tk, lx, cue.e, ue);
    if j >= ue {
        return None;
    }
    if tk.is(j, ":") {
        let k = j + 1;
        // "Il a déclaré :" closing a paragraph, the quotation opening the next one
        if k >= ue {
            let q = tk
                .quote_opened_at(k)
                .filter(|q| tk.toks[q.open].depth == 0)?;
            let close = q.close.map_or(k + 1, |c| c + 1);
            return Some((k, close, Construction::Colon));
        }
        if k < ue && tk.toks[k].kind == Kind::Open {
            let q = tk.quote_opened_at(k)?;
            let close = q.close.map_or(ue, |c| c + 1);
            return Some((k, close, Construction::Colon));
        }
        let b = clause_end(tk, k, unit_cues);
        return (b > k).then_some((k, b, Construction::Colon));
    }
    // « Le ministre l'assure, la réforme ira à son terme »: after an object pronoun that
    // stands for it, the clause after the comma is what was said (construction `colon`)
    let clitic = cue.s > 0
        && tk.word(cue.s - 1)
        && tk.cls(cue.s - 1) & class::CLITIC != 0
        && tk.cls(cue.s - 1) & class::DET != 0;
    if clitic && tk.is(j, ",") && j + 1 < ue && tk.word(j + 1) {
        let b = clause_end(tk, j + 1, unit_cues);
        return (b > j + 2).then_some((j + 1, b, Construction::Colon));
    }
    // construction `addressee-colon`: "told CNN: “…”", "a déclaré lundi à la presse : « … »":
    // a few words (an addressee, a time) between the cue and the colon of a quotation
    if let Some(colon) = (j..ue.min(j + 6)).find(|&k| !tk.word(k) || tk.toks[k].depth > 0) {
        if colon > j && tk.is(colon, ":") && colon + 1 < ue {
            if let Some(q) = tk.quote_opened_at(colon + 1).filter(|q| q.close.is_some()) {
                let close = q.close.map_or(ue, |c| c + 1);
                return Some((colon + 1, close, Construction::AddresseeColon));
            }
        }
    }
    // construction `verb-infinitive`: "dit vouloir réformer la loi", "assure être prêt"
    let finite = matches!(cue.form, Form::Finite | Form::Participle);
    if verb.que && finite && tk.word(j) && tk.cls(j) & class::INF != 0 {
        let b = clause_end(tk, j, unit_cues);
        return (b > j + 1).then_some((j, b, Construction::VerbInfinitive));
    }
    // construction `object` of a verb of naming: "called the sentence “harsh but fair”",
    // "a traité le ministre de « menteur »": a short object, then the quoted name
    if verb.names && tk.word(j) {
        let k = (j + 1..ue.min(j + 10)).find(|&k| !tk.word(k) && !tk.is(k, "'") && !tk.is(k, "-"));
        if let Some(close) = k
            .filter(|&k| tk.toks[k].kind == Kind::Open && tk.toks[k].depth == 0)
            .and_then(|k| tk.quote_opened_at(k))
            .and_then(|q| q.close)
        {
            return Some((j, close + 1, Construction::Object));
        }
    }
    // a que-clause, possibly after a time phrase or an addressee
    let limit = (j + 30).min(ue);
    let mut k = j;
    while k < limit {
        let t = tk.toks[k];
        if t.kind == Kind::Punct && t.depth == 0 && matches!(tk.raw(k), "." | ";" | ":" | "!" | "?")
        {
            break;
        }
        // another cue, even right after this one ("a réagi en affirmant que"), owns the clause
        if t.kind == Kind::Open || unit_cues.starts_at(k) {
            break;
        }
        if tk.word(k) && t.depth == 0 && tk.cls(k) & class::QUE != 0 && verb.que {
            // not a relative "que" after the object ("ce que", "alors que"): the skipped
            // words must be few, or circumstantial (a comma, a preposition)
            let before = if k > j && tk.word(k - 1) {
                tk.cls(k - 1)
            } else {
                0
            };
            let circumstantial = tk.is(j, ",")
                || tk.word(j)
                    && tk.cls(j) & (class::PREP | class::STOP) != 0
                    && tk.cls(j) & class::DET == 0;
            let prepositional =
                k <= j + 8 && (j..k).any(|i| tk.cls(i) & (class::PREP | class::STOP) != 0);
            // ", and that …": a second clause coordinated with a bare first one
            // blocker `apposition-que`: "accuse Pékin de dumping, une accusation que la Chine
            // rejette": a comma, then an article, opens a noun in apposition whose "que" is
            // a relative pronoun
            let apposition = (j..k.saturating_sub(1)).any(|i| {
                tk.is(i, ",")
                    && tk.toks[i].depth == 0
                    && tk.word(i + 1)
                    && tk.cls(i + 1) & class::DET != 0
            });
            if before & (class::SUBQ | class::STOP | class::CONJ) != 0
                || !(k <= j + 3 || circumstantial || prepositional)
                || apposition
            {
                break;
            }
            let a = k + 1;
            // "Tout en déclarant que …, la directrice a fait savoir …": a participle's
            // clause ends before the subject of the main verb
            let b = unit_cues.clause_end(tk, a, cue.form == Form::Present);
            return (b > a).then_some((a, b, Construction::Que));
        }
        k += 1;
    }
    // a time between commas before the object: "a annoncé, lundi, sa candidature"
    let mut j = j;
    if tk.is(j, ",") {
        let k = skip_adverbs(tk, lx, j + 1, ue);
        if k > j + 1 && k + 1 < ue && tk.is(k, ",") {
            j = k + 1;
        } else if let Some(k) = phrase_between_commas(tk, j, ue) {
            j = k;
        }
    }
    let first = tk.toks[j];
    // a sign glued to a number opens an amount: "requested $40 million"
    let amount = j + 1 < ue
        && tk.word(j + 1)
        && tk.toks[j + 1].start == first.end
        && tk.raw(j + 1).starts_with(|c: char| c.is_ascii_digit());
    // a single opening quotation mark glued to a word opens a scare-quoted object
    // ("slams ‘reckless’ plan")
    let scare =
        tk.raw(j) == "‘" && j + 1 < ue && tk.word(j + 1) && tk.toks[j + 1].start == first.end;
    if first.kind == Kind::Punct && tk.raw(j) != "(" && !amount && !scare {
        return None;
    }
    if first.kind == Kind::Open {
        // a verb without an object frame takes a quotation only if it is a sentence of its
        // own (« Nous … »), not a fragment ("prévoit « dix milliards … »")
        let participle = matches!(cue.form, Form::Present | Form::Infinitive);
        let fragment = j + 1 < ue && tk.word(j + 1) && !tk.toks[j + 1].upper;
        // a verb that takes a bare clause takes a quoted one: said “nobody can …”
        let takes_object = verb.object
            || verb.prep_object
            || verb.bare
            || participle
            || cue.refl && verb.reflexive;
        if fragment && !takes_object {
            return None;
        }
        // the quotation alone, when it ends the clause
        if let Some(close) = tk.quote_opened_at(j).and_then(|q| q.close) {
            let after = close + 1;
            // or when another cue follows it: said “…,” adding “…”
            if after >= ue
                || tk.toks[after].kind == Kind::Punct
                    && matches!(tk.raw(after), "," | "." | ";" | "!" | "?")
                || unit_cues.starts_at(after)
            {
                return Some((j, after, Construction::CueQuote));
            }
        }
        let b = clause_end(tk, j, unit_cues);
        return Some((j, b, Construction::CueQuote));
    }
    let reflexive = cue.refl && verb.reflexive;
    let participle = matches!(cue.form, Form::Present | Form::Infinitive);
    let with_prep = verb.prep_object && {
        let b = clause_end(tk, j, unit_cues);
        (j..b).any(|k| tk.cls(k) & class::APREP != 0 && tk.toks[k].depth == tk.toks[j].depth)
    };
    // blocker `object-phrase`: an object is a noun phrase, not a prepositional phrase or a
    // conjunction ("a communiqué sur les réseaux", "criticised in Canberra")
    let c = if tk.word(j) { tk.cls(j) } else { 0 };
    let preposition = c & class::STOP != 0
        && c & (class::REL | class::QUE | class::CONJ | class::PRON | class::DET) == 0
        && !(with_prep && c & class::APREP != 0);
    // nor a relative "que" after a noun homograph (", chiffre que personne n'avait prévu")
    if c & class::CONJ != 0 || c & class::QUE != 0 && c & class::DET == 0 {
        return None;
    }
    // blocker `circumstance-only`: a verb taking a bare clause followed by a prepositional
    // phrase alone ("conceded in a short speech", "responded within hours") reports nothing,
    // unless a subject follows that phrase ("said in July the strikes were …")
    if preposition && c & class::APREP == 0 && verb.bare && !verb.prep_phrase && !reflexive {
        subject_after_phrase(tk, j, ue).then_some(())?;
    }
    if preposition && !verb.prep_phrase && !verb.bare && !reflexive {
        // a short circumstantial phrase before the object: "a évalué en mars la baisse",
        // "a dénoncé dans un communiqué l'hystérie …"
        // "a salué dans son rapport préliminaire un scrutin « apaisé »": up to two plain
        // words after the preposition's determiner and noun, when the object quotes
        // (not "a communiqué sur les réseaux sociaux toute la journée")
        let first = if j + 1 < ue && tk.word(j + 1) && tk.cls(j + 1) & class::DET != 0 {
            j + 3
        } else {
            j + 2
        };
        let opens =
            |k: usize| tk.word(k) && tk.cls(k) & class::DET != 0 || tk.toks[k].kind == Kind::Open;
        let k = (first..ue.min(first + 3))
            .take_while(|&k| k == first || tk.word(k - 1) && tk.cls(k - 1) == 0)
            .find(|&k| opens(k));
        let quotes = |k: usize| k == first || tk.has_quote_mark(k, clause_end(tk, k, unit_cues));
        j = k.filter(|&k| (j + 1..k).all(|i| tk.word(i)) && quotes(k))?;
    }
    let figure_object = verb.figure_object && !(verb.object || reflexive || verb.bare);
    // a participle of a verb that takes no object reports no prepositional phrase: « Répondant
    // à une question sur … » names what it answers, not what was said
    let participle = participle
        && !(tk.word(j)
            && tk.cls(j) & (class::STOP | class::PREP) != 0
            && tk.cls(j) & class::DET == 0
            && !(verb.object || verb.prep_object || verb.prep_phrase || verb.bare));
    if verb.object || reflexive || verb.bare || participle || with_prep || figure_object {
        // construction `addressee`: "told the committee the budget was …", "assured them
        // it was …": the addressee of a verb of telling before its bare clause
        let j0 = j;
        if verb.bare && verb.addressee {
            j = addressee_end(tk, j, ue);
        }
        // "told reporters the launch was …": an addressee before a bare clause
        if verb.bare
            && verb.addressee
            && j == j0
            && tk.word(j)
            && tk.cls(j) == 0
            && tk.lw(j).ends_with('s')
            && tk.word(j + 1)
        {
            j += 1;
        }
        let mut b = clause_end(tk, j, unit_cues);
        // an object that is a whole quotation ends with it before a comma: « a salué sur X
        // « une victoire précieuse », y voyant … »
        if let Some(close) = tk
            .quote_opened_at(j)
            .and_then(|q| q.close)
            .filter(|&c| c + 1 < b && tk.is(c + 1, ","))
        {
            b = close + 1;
        }
        // a verb of forecast takes an object that holds a figure: "expects revenue of $72
        // billion", not "expects a tough year"
        if figure_object && !(participle || with_prep) && !(j..b).any(|i| holds_figure(tk.raw(i))) {
            return None;
        }
        // only compared with 1 and 2: counted up to 2
        let words = (j..b).filter(|&i| tk.word(i)).take(2).count();
        // construction `object`, one noun: "called for calm", "denied wrongdoing" (a verb that
        // takes an object, not a bare clause alone: not "said Monday"), then punctuation
        // (not a headline's last word: "as chip demand cools")
        let noun = (verb.object || with_prep)
            && words == 1
            && tk.word(j)
            && j + 1 < ue
            && tk.toks[j + 1].kind == Kind::Punct
            && matches!(tk.raw(j + 1), "." | "," | ";")
            && tk.cls(j) == 0
            && !tk.toks[j].upper
            && !tk.toks[j].verb_form;
        if words >= 2 || words >= 1 && tk.has_quote_mark(j, b) || noun {
            return Some((
                j,
                b,
                if verb.bare {
                    Construction::Bare
                } else {
                    Construction::Object
                },
            ));
        }
    }
    // "a appelé à …", "a mis en garde contre …"
    None
}

/// Whether a token is a number other than a year ("17,5", "$72bn", not "2035").
fn holds_figure(raw: &str) -> bool {
    let year = raw.len() == 4
        && (raw.starts_with("19") || raw.starts_with("20"))
        && raw.bytes().all(|c| c.is_ascii_digit());
    !year && raw.bytes().any(|c| c.is_ascii_digit())
}

/// The token after the addressee that starts the bare clause at `j`, or `j`: a tonic
/// pronoun ("him"), or a determiner and up to three plain words or one name, followed by
/// the determiner or pronoun that opens the clause ("the committee the budget …").
fn addressee_end(tk: &Tokens, j: usize, ue: usize) -> usize {
    let opens_clause =
        |k: usize| k + 1 < ue && tk.word(k) && tk.cls(k) & (class::DET | class::PRON) != 0;
    if tk.word(j) && tk.cls(j) & class::TONIC != 0 && opens_clause(j + 1) {
        return j + 1;
    }
    let mut k = j;
    if k < ue && tk.word(k) && tk.cls(k) & class::DET != 0 {
        k += 1;
    }
    let from = k;
    while k < ue && k < from + 3 && tk.word(k) && tk.cls(k) == 0 {
        k += 1;
    }
    // a time after the addressee: "told the BBC on Monday the …"
    let time = k + 2 < ue && tk.word(k + 1) && tk.cls(k + 1) & class::TIME != 0;
    if k > from && time && tk.word(k) && tk.cls(k) & class::STOP != 0 {
        k += 2;
    }
    if k > from && opens_clause(k) && tk.word(k + 1) {
        k
    } else {
        j
    }
}

/// "Selon X, …", "…, selon X", "Pour X, …".
fn marker_frame(
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
    let initial = (skip_dateline(tk, us, ue)..cue.s)
        .all(|i| tk.word(i) && tk.cls(i) & (class::CONJ | class::ADV) != 0 || tk.is(i, "*"));
    let pour = lx.is_initial_marker(cue.lemma);
    if pour && !initial {
        return None;
    }
    // the source
    let (np_s, np_e) = if tk.word(e) && lx.class(first) & class::TONIC != 0 {
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
        let np = speakers::marker_np(tk, lx, e, ue)?;
        cand.who = Who::Np(np.0, np.1);
        np
    };
    if pour {
        let (s, _) = np_s.checked_sub(0).map(|s| (s, np_e))?;
        if !speakers::looks_like_source(tk, lx, s, np_e) {
            return None;
        }
    }
    if initial {
        // content after the comma that closes the source (and an apposition)
        let mut k = np_e;
        while k < ue && !tk.is(k, ",") && tk.toks[k].kind != Kind::Open {
            if tk.is(k, ".") {
                return None;
            }
            k += 1;
        }
        if k < ue && tk.is(k, ",") {
            k += 1;
            if let Some(after) = speakers::apposition(tk, lx, k, ue) {
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
    if !comma && !speakers::looks_like_source(tk, lx, np_s, np_e) {
        return None;
    }
    let quote = (!comma && tk.toks[p].kind == Kind::Close)
        .then(|| tk.quote_closed_at(p))
        .flatten()
        .map(|q| q.open);
    let end = if comma { p } else { cue.s };
    let start = quote.unwrap_or_else(|| {
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

/// "Pour la CGT, premier syndicat de l'entreprise, …", "According to Ofgem, the energy
/// regulator, …": a description of the source in apposition, a lower-case phrase with no
/// verb group of at most eight words from `k` closed by a comma, with no article or with a
/// role or an organisation: the comma.
fn description_end(tk: &Tokens, lx: &Lex, k: usize, ue: usize) -> Option<usize> {
    let other = class::PRON | class::ADV | class::TIME | class::STOP;
    if !tk.word(k) || tk.toks[k].upper || tk.cls(k) & other != 0 && tk.cls(k) & class::DET == 0 {
        return None;
    }
    let comma = (k + 1..ue.min(k + 9)).find(|&i| !tk.word(i))?;
    let plain = (k..comma).all(|i| tk.cls(i) & (class::AUX | class::QUE | class::CONJ) == 0);
    let source = tk.cls(k) & class::DET == 0
        || (k..comma).any(|i| lx.is_role(tk.lw(i)) || lx.is_org(tk.lw(i)));
    (tk.is(comma, ",") && plain && source && comma + 1 < ue).then_some(comma)
}

/// Quotations after a colon that no cue claimed: "il demeure prudent : « … »".
fn colon_quotes(tk: &Tokens, lx: &Lex, cands: &mut Vec<Cand>) {
    let mut add = Vec::new();
    // the opening marks already inside (or opening) the content of a candidate
    // (counted as a running sum of +1 at each content start and -1 past its end)
    let mut change = vec![0i32; tk.toks.len() + 1];
    for c in cands.iter() {
        let (a, b) = c.content;
        if a < tk.toks.len() {
            change[a] += 1;
            change[b.max(a + 1).min(tk.toks.len())] -= 1;
        }
    }
    let mut inside = 0;
    let taken: Vec<bool> = change[..tk.toks.len()]
        .iter()
        .map(|d| {
            inside += d;
            inside > 0
        })
        .collect();
    for q in &tk.quotes {
        if tk.toks[q.open].depth != 0 || q.open == 0 || !tk.is(q.open - 1, ":") {
            continue;
        }
        if taken.get(q.open).copied().unwrap_or(false) {
            continue;
        }
        let u = tk.units.partition_point(|&(_, e)| e <= q.open);
        if u >= tk.units.len() || tk.units[u].0 > q.open {
            continue;
        }
        let (us, _) = tk.units[u];
        let colon = q.open - 1;
        if colon <= us {
            continue;
        }
        let words = (q.open..q.close.unwrap_or(tk.toks.len()))
            .filter(|&i| tk.word(i))
            .take(3)
            .count();
        if words < 3 {
            continue;
        }
        let Some((who, cue_s)) = speakers::colon_subject(tk, lx, us, colon) else {
            continue;
        };
        add.push(Cand {
            unit: u,
            cue_tok: (cue_s, colon),
            lemma: "",
            kind: StatementKind::Direct,
            content: (q.open, q.close.map_or(tk.units[u].1, |c| c + 1)),
            who,
            rule: Some(Construction::ColonQuote),
            weak: false,
            inner: false,
        });
    }
    cands.extend(add);
}

/// Construction `colon-quote` in a headline with no cue: "Lavrov : l'Occident « joue avec le
/// feu »", "Lopez: ‘We will win’". A name alone before the colon (capitalised words, not a
/// place), then a clause holding a quotation.
fn headline_colon(doc: &Doc, tk: &Tokens, lx: &Lex, cands: &mut Vec<Cand>) {
    let title = |us: usize| {
        doc.layout
            .blocks
            .get(tk.toks[us].block as usize)
            .is_some_and(|b| b.kind == crate::layout::BlockKind::Title)
    };
    for (u, &(us, ue)) in tk
        .units
        .iter()
        .enumerate()
        .take_while(|&(_, &(us, _))| title(us))
    {
        let Some(colon) = (us..ue.min(us + 7)).find(|&k| !tk.word(k) && !tk.is(k, "-")) else {
            continue;
        };
        let name = colon > us
            && tk.is(colon, ":")
            && speakers::person_start(tk, lx, us)
            && (us..colon)
                .all(|i| tk.is(i, "-") || tk.toks[i].upper && !lx.places.contains_key(tk.lw(i)));
        let a = colon + 1;
        if cands.iter().any(|c| c.unit == u) {
            continue;
        }
        if !name || a >= ue || !tk.has_quote_mark(a, ue) {
            // "Russia to respond “in a way that hurts” — diplomat": a quoting headline
            // signed after a dash by a role, a name or an organisation
            if let Some(c) = headline_dash(tk, lx, u, us, ue) {
                cands.push(c);
            }
            continue;
        }
        cands.push(Cand {
            unit: u,
            cue_tok: (colon, a),
            lemma: "",
            kind: kind_of(tk, a, ue),
            content: (a, ue),
            who: Who::Np(us, colon),
            rule: Some(Construction::ColonQuote),
            weak: false,
            inner: false,
        });
    }
}

/// The signature after the last dash of a quoting headline: "… “in a way that hurts” —
/// diplomat" (construction `colon-quote`, the dash standing for the colon): a role, an
/// organisation or a name opened by a known first name (not "— Bavaria").
fn headline_dash(tk: &Tokens, lx: &Lex, u: usize, us: usize, ue: usize) -> Option<Cand> {
    let d = (us + 1..ue)
        .rev()
        .take(5)
        .find(|&k| matches!(tk.raw(k), "—" | "–"))?;
    let signed = d + 1 < ue
        && (d + 1..ue).all(|k| tk.word(k) || tk.is(k, "-") || tk.is(k, "'"))
        && (lx.first_names.contains_key(tk.lw(d + 1))
            || (d + 1..ue).any(|k| lx.is_role(tk.lw(k)) || lx.is_org(tk.lw(k))));
    (signed && tk.has_quote_mark(us, d)).then(|| Cand {
        unit: u,
        cue_tok: (d, d + 1),
        lemma: "",
        kind: kind_of(tk, us, d),
        content: (us, d),
        who: Who::Np(d + 1, ue),
        rule: Some(Construction::ColonQuote),
        weak: false,
        inner: false,
    })
}

/// Drops nested speech: a cue inside another statement's content. A weak container
/// ("…, selon X") gives way to the cue inside it instead.
///
/// `cands` is sorted by cue position; the work is O(n log n).
fn drop_nested(tk: &Tokens, cands: Vec<Cand>) -> Vec<Cand> {
    let bytes = |c: &Cand| -> (usize, usize) {
        let (a, b) = c.content;
        if a >= b {
            return (0, 0);
        }
        (tk.toks[a].start, tk.toks[b - 1].end)
    };
    let cue_at = |c: &Cand| tk.toks[c.cue_tok.0].start;
    let mut keep = vec![true; cands.len()];
    // strong containers sorted by start, with the running maximum of their ends; a trailing
    // tag's clause ("X said …, KCNA reported") holds reports of their own outside quotations,
    // so it only contains the cues inside its quotations
    let containers = |tags: bool| {
        let mut strong: Vec<(usize, usize)> = cands
            .iter()
            .filter(|c| !c.weak && (tags || !is_outer_incise(c)))
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
        }
    }
    // one statement per cue
    let mut last: Option<usize> = None;
    cands
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| {
            if !k || last == Some(c.cue_tok.0) {
                return None;
            }
            last = Some(c.cue_tok.0);
            Some(c)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn statements(text: &str) -> Vec<Statement> {
        let doc = Doc::new(text, Lang::Fr, None);
        extract_in(&doc, &crate::text::Text::new(doc.text, &doc.layout)).0
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
}
