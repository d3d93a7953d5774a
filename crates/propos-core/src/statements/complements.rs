//! What follows a finite cue: constructions `que` (a que- or that-clause), `object`,
//! `bare` (a clause with no conjunction), `colon`, `addressee-colon`, `cue-quote`,
//! `comma-quote`, `naming-link` and `verb-infinitive` ([`frame_after`], [`comma_quote`]). Each search is
//! bounded by the clause end of [`UnitCues`] or a constant window.

use super::audiences;
use super::clause::{longest_phrase_at, skip_adverbs};
use super::lex::{class, word, Form, Lex, Verb};
use super::subjects::opens_participle;
use super::tokens::{Kind, Tokens};
use super::units::{clause_end, infinitive, marked_infinitive, subject_after_phrase, UnitCues};
use crate::Construction;

use super::cues;

/// Construction `comma-quote`: `Lopez said, "We will win."`: a quotation after the cue and a
/// comma, when no quotation before the cue makes it an incise (`"A," he said, "B."`).
pub(super) fn comma_quote(
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
pub(super) fn frame_after(
    tk: &Tokens,
    lx: &Lex,
    verb: &Verb,
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
        && tk.lw(cue.s - 1).ends_with('\'')
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
    // (or any infinitive by its ending: « espère rétablir le courant »)
    let finite = matches!(cue.form, Form::Finite | Form::Participle);
    // (after an opening quotation mark and negation words: « a dit « regretter
    // profondément » ce blocage », « a dit ne pas être opposée »)
    let mut v = j + usize::from(tk.toks[j].kind == Kind::Open);
    while v + 1 < ue && tk.word(v) && tk.cls(v) & class::NEG != 0 {
        v += 1;
    }
    let any_infinitive = lx.infinitive_cues.contains(cue.lemma)
        && (infinitive(tk, lx, v, ue) || marked_infinitive(tk, lx, v, ue));
    if verb.que && finite && tk.word(v) && (tk.cls(v) & class::INF != 0 || any_infinitive) {
        let b = clause_end(tk, j, unit_cues);
        // a verb of forecast reports an infinitive that holds a figure ("expects to record
        // charges of $95 million", not "expects to win")
        let figure = !verb.figure_object || (j..b).any(|i| holds_figure(tk.raw(i)));
        return (b > j + 1 && figure).then_some((j, b, Construction::VerbInfinitive));
    }
    // construction `naming-link`: a verb that names its object through a link word
    // (`naming_links.txt`), the object standing before it (a relative, a clitic): "a claim
    // Athens dismissed as “unfounded”", « un budget qu'il a qualifié de « dangereux » »: the
    // quoted name alone is what was said, when no plain word or article follows it
    // (an elided link stands apart from its apostrophe before a quotation mark: « d'« »)
    let open = j + 1 + usize::from(j + 1 < ue && matches!(tk.raw(j + 1), "'" | "’"));
    if verb.link_names
        && tk.word(j)
        && lx.naming_links.contains(tk.lw(j))
        && open < ue
        && tk.toks[open].kind == Kind::Open
        && tk.toks[open].depth == 0
    {
        if let Some(close) = tk.quote_opened_at(open).and_then(|q| q.close) {
            let after = close + 1;
            // (nor with the object after the name: « a qualifié de « mensonges » les
            // accusations »)
            let c = if after < ue && tk.word(after) {
                tk.cls(after)
            } else {
                class::STOP
            };
            if after >= ue || c != 0 && c & class::DET == 0 {
                return Some((open, after, Construction::NamingLink));
            }
            // the object after the name: the link, the name and the object ("dismissed as
            // “baseless” Ethiopian claims that …")
            let b = clause_end(tk, j, unit_cues);
            return (b > after).then_some((j, b, Construction::Object));
        }
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
    // blocker `comparative-que`: an object opened by a comparative quantifier
    // (`comparative_openers.txt`: « a réclamé davantage de moyens que l'an dernier ») owns the
    // « que » of its comparison, which opens no clause (not a quantifier after a preposition,
    // inside an addressee or a circumstance: « a déclaré à plus de 200 élus que … »)
    let mut comparative = false;
    while k < limit {
        let t = tk.toks[k];
        if t.kind == Kind::Punct && t.depth == 0 && matches!(tk.raw(k), "." | ";" | ":" | "!" | "?")
        {
            break;
        }
        if tk.is(k, ",") {
            comparative = false;
        } else if tk.word(k) && longest_phrase_at(tk, &lx.comparative_openers, k, limit).is_some() {
            comparative =
                k == j || !tk.word(k - 1) || tk.cls(k - 1) & (class::PREP | class::STOP) == 0;
        }
        // another cue, even right after this one ("a réagi en affirmant que"), owns the clause
        if t.kind == Kind::Open || unit_cues.starts_at(k) {
            break;
        }
        // construction `relative-figure`: « des travaux, qu'il a évalués à … »: a relative
        // "que" whose subject a cue follows is that cue's object
        let relative = k > j && tk.is(k - 1, ",") && tk.word(k) && tk.cls(k) & class::QUE != 0 && {
            let s = (k + 2..limit.min(k + 5)).find(|&s| unit_cues.starts_at(s));
            s.is_some_and(|s| (k + 1..s).all(|w| tk.word(w)))
        };
        if relative {
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
            // blocker `participle-relative`: "said, pointing to data that showed …", « a
            // déclaré la ministre, citant des chiffres que … »: a participle after the last
            // comma opens a phrase of its own, whose "that" / « que » is a relative pronoun
            // (a participle between commas is an aside: "reported, citing two officials, that")
            let participial = (j..k)
                .rev()
                .find(|&i| tk.is(i, ",") && tk.toks[i].depth == 0)
                .is_some_and(|i| opens_participle(tk, lx, i + 1, k));
            if before & (class::SUBQ | class::STOP | class::CONJ) != 0
                || comparative
                || !(k <= j + 3 || circumstantial || prepositional)
                || apposition
                || participial
            {
                break;
            }
            // "que, selon X, …": the clause starts after the comma
            let a = if tk.is(k + 1, ",") { k + 2 } else { k + 1 };
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
            // or when another cue follows it: said “…,” adding “…”; or a subordinate
            // clause: "rues ‘two inches’ as Boks snatch late win"
            if after >= ue
                || tk.toks[after].kind == Kind::Punct
                    && matches!(tk.raw(after), "," | "." | ";" | "!" | "?")
                || unit_cues.starts_at(after)
                || tk.word(after) && tk.cls(after) & class::SUB != 0
            {
                return Some((j, after, Construction::CueQuote));
            }
        }
        let b = clause_end(tk, j, unit_cues);
        return Some((j, b, Construction::CueQuote));
    }
    let reflexive = cue.refl && verb.reflexive;
    let participle = matches!(cue.form, Form::Present | Form::Infinitive);
    // (construction `quoted-preposition`: the preposition may open a quotation, « a appelé
    // les syndicats « à reprendre le dialogue » », "urged residents “to stay indoors”")
    let with_prep = verb.prep_object && {
        let b = clause_end(tk, j, unit_cues);
        let depth = tk.toks[j].depth;
        (j..b).any(|k| {
            tk.cls(k) & class::APREP != 0
                && (tk.toks[k].depth == depth
                    || k > j && tk.toks[k - 1].kind == Kind::Open && tk.toks[k].depth == depth + 1)
        })
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
    // construction `relative-figure`: "inspections, which he estimated at €4 million", « des
    // travaux, qu'il a évalués à 4 millions d'euros »: a verb of forecast whose object is
    // a relative pronoun before its subject reports the figure phrase after it
    if (verb.figure_object || verb.estimate)
        && preposition
        && finite
        && relative_object(tk, cue.s)
        && (j + 1..ue.min(j + 4)).any(|k| holds_figure(tk.raw(k)))
    {
        let b = clause_end(tk, j, unit_cues);
        return (b > j + 1).then_some((j, b, Construction::RelativeFigure));
    }
    // blocker `circumstance-only`: a verb taking a bare clause followed by a prepositional
    // phrase alone ("conceded in a short speech", "responded within hours") reports nothing,
    // unless a subject follows that phrase ("said in July the strikes were …")
    // (a number qualifier opens the subject, not a circumstance: "said at least 30 families
    // were …", construction `qualified-subject`)
    let qualified = longest_phrase_at(tk, &lx.number_qualifiers, j, ue)
        .is_some_and(|n| j + n < ue && tk.word(j + n));
    if preposition
        && c & class::APREP == 0
        && verb.bare
        && !verb.prep_phrase
        && !reflexive
        && !qualified
    {
        subject_after_phrase(tk, j, ue, class::DET | class::PRON, true)?;
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
    // a verb that voices a feeling after a possessive (« a dit sa colère »)
    let possessive_object = verb.possessive_object
        && !verb.object
        && !reflexive
        && tk.word(j)
        && lx.has(tk.lw(j), word::POSS);
    // a participle of a verb that reports only a figure ("the report published last month",
    // "Presenting the estimates") describes a noun or a circumstance, it reports nothing
    if figure_object && participle && !verb.que {
        return None;
    }
    // a participle of a verb that takes no object reports no prepositional phrase: « Répondant
    // à une question sur … » names what it answers, not what was said
    let participle = participle
        && !(tk.word(j)
            && tk.cls(j) & (class::STOP | class::PREP) != 0
            && tk.cls(j) & class::DET == 0
            && !(verb.object || verb.prep_object || verb.prep_phrase || verb.bare));
    // blocker `estimate-object`: a verb of estimate alone ("put") takes only an object that
    // gives an estimate
    let estimate = verb.estimate && !(verb.object || reflexive || verb.bare);
    if estimate {
        let b = clause_end(tk, j, unit_cues);
        return estimate_object(tk, lx, j, b).then_some((j, b, Construction::EstimateObject));
    }
    // construction `cause-object`: a verb of justification alone takes only an object
    // followed by its cause (« justifie la hausse par l'inflation », "justified the cut by
    // the deficit"), not « a justifié son vote »
    if verb.cause && !(verb.object || reflexive || verb.bare) {
        let b = clause_end(tk, j, unit_cues);
        return cause_object(tk, lx, j, b).then_some((j, b, Construction::CauseObject));
    }
    // blocker `bare-infinitive`: a verb of a bare clause and no object, not one of an
    // infinitive (`infinitive_cues.txt`), before an infinitive marker commits its subject to
    // an act, it reports no clause ("the two states agreed to deploy troops")
    if verb.bare
        && !(verb.object || reflexive || with_prep || verb.addressee)
        && !lx.infinitive_cues.contains(cue.lemma)
        && tk.word(j)
        && lx.infinitive_markers.contains(tk.lw(j))
    {
        return None;
    }
    if verb.object
        || reflexive
        || verb.bare
        || participle
        || with_prep
        || figure_object
        || possessive_object
    {
        // construction `addressee`: "told the committee the budget was …", "assured them
        // it was …": the addressee of a verb of telling before its bare clause
        let j0 = j;
        if verb.bare && verb.addressee {
            j = addressee_end(tk, j, ue);
        }
        let clause_after_addressee = j > j0;
        // "told reporters the launch was …": an addressee before a bare clause
        if verb.bare
            && verb.addressee
            && j == j0
            && tk.word(j)
            && tk.cls(j) == 0
            && lx.plurals.is_plural(tk.lw(j))
            && tk.word(j + 1)
        {
            j += 1;
        }
        // blocker `addressee-only`: "told TASS on Friday.", "told the BBC in an interview":
        // a verb of telling with no object frame, its addressee (a name, or an article and
        // up to three words), then only a circumstance, tells no clause
        if verb.bare && verb.addressee && !verb.object && !reflexive && !clause_after_addressee {
            let mut k = j0;
            if tk.word(k) && tk.cls(k) & class::DET != 0 {
                k += 1;
                while k < ue && k < j0 + 4 && tk.word(k) && tk.cls(k) == 0 {
                    k += 1;
                }
            } else {
                while k < ue && k < j0 + 4 && tk.word(k) && tk.toks[k].upper && tk.cls(k) == 0 {
                    k += 1;
                }
            }
            let circumstance = k > j0
                && k < ue
                && tk.word(k)
                && tk.cls(k) & (class::STOP | class::TIME) != 0
                && tk.cls(k) & (class::DET | class::QUE | class::PRON) == 0;
            if circumstance
                && subject_after_phrase(tk, k, ue, class::DET | class::PRON, true).is_none()
            {
                return None;
            }
        }
        let mut b = clause_end(tk, j, unit_cues);
        // construction `setting-end`: an object ends before the phrase of the medium or the
        // occasion it was said in ("defended the budget in a statement on Saturday", « a
        // salué l'accord lors d'une conférence de presse »)
        if !verb.bare {
            b = audiences::setting_end(tk, lx, j, b);
        }
        // blocker `audience-object`: "the police chief told the briefing.": the object of a
        // verb of telling that is only an audience (another verb's object may be one:
        // "announced a meeting", "claimed 5,000 participants")
        if verb.addressee && audiences::audience_only(tk, lx, j, b) {
            return None;
        }
        // an object that is a whole quotation ends with it before a comma: « a salué sur X
        // « une victoire précieuse », y voyant … »
        if let Some(close) = tk
            .quote_opened_at(j)
            .and_then(|q| q.close)
            .filter(|&c| c + 1 < b && tk.is(c + 1, ","))
        {
            b = close + 1;
        }
        // blocker `sentence`: a verb of judging whose object is followed by "to" / « à » and
        // a penalty (`penalty_nouns.txt`) passes a sentence, it says nothing: « a condamné
        // le capitaine à une amende de 2 millions », "condemned him to ten years in prison"
        if verb.target && sentence(tk, lx, j, b) {
            return None;
        }
        // blocker `act-object`: a verb of declaring whose object names an act of authority
        // (`act_nouns.txt`) performs it, it says nothing: "declared a state of emergency",
        // « a déclaré l'état d'urgence »
        if lx.act_verbs.contains(cue.lemma)
            && (j..b.min(j + 6)).any(|k| tk.word(k) && lx.act_nouns.contains(tk.lw(k)))
        {
            return None;
        }
        // blocker `match-object`: a verb of conceding whose object, within its first
        // MATCH_OBJECT_TOKENS tokens, names what a side gives away in a match
        // (`match_nouns.txt`) tells a score: "Leeds have conceded 14 goals", « l'équipe a
        // concédé trois buts » (not "conceded the plan had failed", with a verb; nor
        // "conceded defeat", which a candidate says)
        if lx.match_verbs.contains(cue.lemma)
            && (j..b.min(j + MATCH_OBJECT_TOKENS))
                .any(|k| tk.word(k) && lx.match_nouns.contains(tk.lw(k)))
            && !clause_has_verb(tk, lx, j, b)
        {
            return None;
        }
        // blocker `object-sense`: a verb of saying whose object, within its first
        // MATCH_OBJECT_TOKENS tokens, holds a noun that reads it in another sense
        // (`object_senses.tsv`) says nothing: "the army defended the city", « le collectif
        // prévoit une manifestation » (not "defended the plan", « prévoit un redoux »)
        if lx.object_senses.get(cue.lemma).is_some_and(|nouns| {
            (j..b.min(j + MATCH_OBJECT_TOKENS)).any(|k| tk.word(k) && nouns.contains(tk.lw(k)))
        }) {
            return None;
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
        // or a headline's last word when it is a noun of reply or figure of
        // `headline_nouns.txt` ("Minsk vows response", "Kabul disputes toll")
        let punct_after = j + 1 < ue
            && tk.toks[j + 1].kind == Kind::Punct
            && matches!(tk.raw(j + 1), "." | "," | ";");
        let headline_noun = j + 1 == ue && tk.word(j) && lx.headline_nouns.contains(tk.lw(j));
        let noun = (verb.object || with_prep)
            && words == 1
            && tk.word(j)
            && (punct_after || headline_noun)
            && tk.cls(j) == 0
            && !tk.toks[j].upper
            && !tk.toks[j].verb_form;
        // blocker `count-sense`: "Vey added a late third", "the firm added 200 jobs": a verb
        // of `count_senses.txt` before a bare clause with no verb adds to a count
        if verb.bare
            && !verb.object
            && lx.count_senses.contains(cue.lemma)
            && !tk.has_quote_mark(j, b)
            && !clause_has_verb(tk, lx, j, b)
        {
            return None;
        }
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

/// The first tokens of an object that may name what a side gives away in a match
/// (blocker `match-object`: "only seven goals", « le nul »).
const MATCH_OBJECT_TOKENS: usize = 4;

/// Whether the words `j..b` (at most the first 12) hold a verb: a subject pronoun opening
/// them, an auxiliary, a verb of saying, an irregular past form (`past_forms.txt`) or a word
/// with a past ending (`past_endings.txt`). Bounded.
fn clause_has_verb(tk: &Tokens, lx: &Lex, j: usize, b: usize) -> bool {
    let pronoun = tk.word(j) && tk.cls(j) & class::PRON != 0;
    pronoun
        || (j..b.min(j + 12)).any(|k| {
            tk.word(k)
                && (tk.cls(k) & (class::AUX | class::ETRE) != 0
                    || tk.toks[k].verb_form
                    || lx.past_forms.contains(tk.lw(k))
                    || lx.has_past_ending(tk.lw(k), 2))
        })
}

/// Whether the object `j..b` of a verb of estimate gives an estimate (construction
/// `estimate-object`): a noun of `estimate_nouns.txt` opens it, alone or after an article
/// (« un bilan plus lourd », "toll above 100"), or a word of `estimate_links.tsv` follows a
/// word of it, with a figure within four tokens when the link asks for one ("the rate at
/// 36.9%", "the toll far higher"; not "put 350 jobs at risk").
fn estimate_object(tk: &Tokens, lx: &Lex, j: usize, b: usize) -> bool {
    let noun = |k: usize| k < b && tk.word(k) && lx.estimate_nouns.contains(tk.lw(k));
    let opens = noun(j) || tk.word(j) && tk.cls(j) & class::DET != 0 && noun(j + 1);
    opens
        || (j + 1..b.min(j + 12)).any(|k| {
            tk.word(k)
                && tk.toks[k].depth == tk.toks[j].depth
                && lx.estimate_links.get(tk.lw(k)).is_some_and(|&figure| {
                    !figure || (k + 1..b.min(k + 5)).any(|i| holds_figure(tk.raw(i)))
                })
        })
}

/// Whether the object `j..b` of a verb of justification gives its cause (construction
/// `cause-object`): a word of `cause_links.txt` after one to eight words of the object, at
/// its depth, then a word (« cette décision par la flambée des prix », "the cut by the
/// deficit").
fn cause_object(tk: &Tokens, lx: &Lex, j: usize, b: usize) -> bool {
    tk.word(j)
        && tk.cls(j) & (class::STOP | class::CONJ | class::QUE) == 0
        && (j + 1..b.min(j + 9))
            .take_while(|&k| tk.word(k))
            .find(|&k| lx.cause_links.contains(tk.lw(k)))
            .is_some_and(|k| k + 1 < b && tk.toks[k].depth == tk.toks[j].depth)
}

/// Whether a link of sentence (`sentence_links.txt`: « à », "to") at depth 0 in `j..b` has
/// a penalty of `penalty_nouns.txt` within its next four tokens (« à trois ans de prison »,
/// "to a fine of $5,000").
fn sentence(tk: &Tokens, lx: &Lex, j: usize, b: usize) -> bool {
    // (the link within the object's first 40 tokens: constant work per cue)
    (j..b.min(j + 40)).any(|k| {
        tk.word(k)
            && tk.toks[k].depth == 0
            && lx.sentence_links.contains(tk.lw(k))
            && (k + 1..b.min(k + 5)).any(|i| tk.word(i) && lx.penalty_nouns.contains(tk.lw(i)))
    })
}

/// Whether a relative pronoun after a comma ("which", « que ») and a subject of one to
/// three words come right before the cue at `s`: the relative is the cue's object.
fn relative_object(tk: &Tokens, s: usize) -> bool {
    (s.saturating_sub(4)..s.saturating_sub(1)).any(|r| {
        r > 0
            && tk.is(r - 1, ",")
            && tk.word(r)
            && tk.cls(r) & (class::REL | class::QUE) != 0
            && (r + 1..s).all(|k| tk.word(k))
    })
}

/// Whether a token is a number other than a year ("17,5", "$72bn", not "2035").
pub(super) fn holds_figure(raw: &str) -> bool {
    let year = raw.len() == 4
        && (raw.starts_with("19") || raw.starts_with("20"))
        && raw.bytes().all(|c| c.is_ascii_digit());
    !year && raw.bytes().any(|c| c.is_ascii_digit())
}

/// The token after the addressee that starts the bare clause at `j`, or `j`: a tonic
/// pronoun ("him"), or a determiner and up to three plain words or one name, followed by
/// the determiner or pronoun that opens the clause ("the committee the budget …").
pub(super) fn addressee_end(tk: &Tokens, j: usize, ue: usize) -> usize {
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
