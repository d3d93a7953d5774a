//! Quotations with no verb of saying: construction `colon-quote` — a subject, a colon and a
//! quotation (« Elle reste confiante : « … » »), and headlines "Name: '…'" or "« … » —
//! diplomat" ([`colon_quotes`], [`headline_colon`], [`headline_dash`]). Linear in the
//! article: each quotation is looked at once.

use super::clause::{Cand, Who};
use super::lex::{class, Lex};
use super::subjects;
use super::tokens::Tokens;
use super::units::{kind_of, skip_dateline};
use crate::hash::FastMap;
use crate::{Construction, Doc, StatementKind};

/// Quotations after a colon that no cue claimed: "il demeure prudent : « … »".
pub(super) fn colon_quotes(tk: &Tokens, lx: &Lex, cands: &mut Vec<Cand>) {
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
        let Some((who, cue_s)) = subjects::colon_subject(tk, lx, us, colon) else {
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
/// place), then a clause holding a quotation. Also in a subheading (a live blog's post
/// headline: "Albanese: ‘We won't be lectured on housing’"), with a quotation or a source.
pub(super) fn headline_colon(doc: &Doc, tk: &Tokens, lx: &Lex, cands: &mut Vec<Cand>) {
    use crate::layout::BlockKind;
    let kind = |us: usize| {
        doc.layout
            .blocks
            .get(tk.toks[us].block as usize)
            .map(|b| b.kind)
    };
    // the units that already have a candidate
    let mut taken = vec![false; tk.units.len()];
    for c in cands.iter() {
        if let Some(t) = taken.get_mut(c.unit) {
            *t = true;
        }
    }
    // each surname that the article gives after a capitalised word ("Marko Djuric"), with
    // its first and last tokens, for construction `headline-name-colon` (one pass over the
    // article)
    let mut surnames: FastMap<&str, (usize, usize)> = FastMap::default();
    for k in 1..tk.toks.len() {
        if tk.word(k) && tk.word(k - 1) && tk.toks[k].upper && tk.toks[k - 1].upper {
            surnames.entry(tk.lw(k)).or_insert((k, k)).1 = k;
        }
    }
    for (u, &(u0, ue)) in tk.units.iter().enumerate() {
        // construction `headline-clock-colon`: a live blog's post headline opened by its
        // clock time ("16:10 – De Wever: …", « 16h10 – Le maire : … »), also when it ends
        // with a quotation mark (a line of its own that the layout reads as body text)
        let us = if tk.raw(u0).starts_with(|c: char| c.is_ascii_digit()) {
            skip_dateline(tk, u0, ue)
        } else {
            u0
        };
        let post = us > u0;
        let line = || {
            let b = tk.toks[u0].block;
            (u0 == 0 || tk.toks[u0 - 1].block != b) && tk.toks.get(ue).is_none_or(|t| t.block != b)
        };
        let heading = match kind(u0) {
            Some(BlockKind::Title) => false,
            Some(BlockKind::Heading) => true,
            Some(BlockKind::Body) if post && line() => true,
            _ => continue,
        };
        // (a headline with no punctuation in its first seven tokens may still be signed)
        let colon = (us..ue.min(us + 7))
            .find(|&k| !tk.word(k) && !tk.is(k, "-"))
            .unwrap_or(ue);
        // (after the person's role or title: "President Ilham Aliyev: …")
        let p = (us..colon)
            .find(|&i| !(tk.is_role(lx, i) || lx.titles.contains(tk.lw(i))))
            .unwrap_or(colon);
        let name = p < colon
            && colon < ue
            && tk.is(colon, ":")
            && subjects::person_start(tk, lx, p)
            && (us..colon)
                .all(|i| tk.is(i, "-") || tk.toks[i].upper && !lx.places.contains_key(tk.lw(i)));
        let a = colon + 1;
        if taken[u] {
            continue;
        }
        // blocker `rubric`: "Mercato : « … », Kader Bamba se présente", "Disparition : Odile
        // Marchetti, la « grand-mère » …": a name of two capitalised words outside the
        // quotation after the colon is the headline's subject, the word before the colon a
        // rubric
        let named = (a..ue.saturating_sub(1)).any(|k| {
            let plain = |i: usize| {
                tk.word(i)
                    && tk.toks[i].upper
                    && tk.toks[i].depth == tk.toks[us].depth
                    && tk.cls(i) == 0
                    && !lx.places.contains_key(tk.lw(i))
            };
            plain(k) && plain(k + 1)
        });
        // construction `headline-name-colon`: "Djuric: Belgrade will respond to …", a
        // clause of four words or more with no quotation after a surname that the article
        // gives in full ("Marko Djuric") as a person's; not a rubric ("Chômage : …") (in the
        // first three units of the article or a live blog's post headline)
        // (a quotation of two words or more: a single quoted word is a term or a label, not
        // speech: « Marseille : huit ans requis contre le « logisticien » du réseau »)
        let quoted = a < ue
            && tk.has_quote_mark(a, ue)
            && (a..ue)
                .filter(|&k| tk.word(k) && tk.toks[k].depth > tk.toks[us].depth)
                .take(2)
                .count()
                == 2;
        let clause = (a..ue).filter(|&k| tk.word(k)).take(4).count() == 4;
        let full = || {
            surnames
                .get(tk.lw(colon - 1))
                .is_some_and(|&(f, l)| f < u0 || l >= ue)
        };
        // (a name the article gives in full is no rubric: "Likhachev: fourth unit of Kursk
        // NPP-2 will …")
        let named = named && !(name && full());
        let first = u < 3 || post;
        // construction `headline-source-colon` (rule id colon-quote): "Kremlin: talks with
        // Kyiv are over", « Pyongyang : les manœuvres sont une provocation », "WHO chief: …":
        // an institution, a capital, an organisation or a role before the colon is the
        // source the colon cues, before a clause of three words or more or a quotation (a
        // country's own name is a rubric: "Ukraine: Russia launches …")
        let source = !name
            && colon < ue
            && tk.is(colon, ":")
            && !named
            && (quoted || first && (a..ue).filter(|&k| tk.word(k)).take(3).count() == 3)
            && headline_source(tk, lx, us, colon);
        if !source && (!name || named || a >= ue || !(quoted || clause && first && full())) {
            // "Russia to respond “in a way that hurts” — diplomat": a quoting headline
            // signed after a dash by a role, a name or an organisation
            if let Some(c) = headline_dash(tk, lx, u, us, ue).filter(|_| !heading) {
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

/// Whether the words `[us, colon)` before a headline's colon name a source
/// (construction `headline-source-colon`): at most four capitalised-headed words that are an
/// institution or a capital of the gazetteer (a country's own name is a rubric: "Ukraine:
/// “massive” strikes …"), or that end with a role or an organisation noun (or its demonym).
fn headline_source(tk: &Tokens, lx: &Lex, us: usize, colon: usize) -> bool {
    if colon <= us
        || colon - us > 4
        || !tk.toks[us].upper
        || !(us..colon).all(|i| tk.word(i) || tk.is(i, "-") || tk.is(i, "'"))
    {
        return false;
    }
    // (after a determiner: « Le Kremlin : … »)
    let a = if colon - us > 1 && tk.cls(us) & class::DET != 0 {
        us + 1
    } else {
        us
    };
    let key = subjects::phrase_key(tk, a, colon);
    if let Some(place) = lx.places.get(&key) {
        let own_name = crate::chars::fold(place.canonical) == key.as_ref();
        return place.kind != crate::ActorType::Country || !own_name;
    }
    // the head: a role or an organisation noun in the singular (plural roles name the
    // headline's subject: « Contrôleurs aériens : nouvelle grève »), last or followed
    // only by demonyms (« L'armée ukrainienne », not "Airline IT outage", "Council live",
    // « Conseil municipal en direct »)
    (us..colon).any(|i| {
        let w = tk.lw(i);
        (lx.is_singular_role(w) || lx.orgs.contains(w))
            && (i + 1..colon).all(|k| !tk.toks[k].upper && lx.demonyms.contains_key(tk.lw(k)))
    })
}

/// The signature after the last dash of a quoting headline: "… “in a way that hurts” —
/// diplomat" (construction `colon-quote`, the dash standing for the colon): a role, an
/// organisation or a name opened by a known first name (not "— Bavaria").
/// Construction `headline-dash` (rule id colon-quote): a headline of four words or more
/// with no quotation is signed the same way by a role or an organisation noun ("Fuel prices
/// will rise by 10% – ministry", "…: Ministry"), not by a name ("… – Reuters" is the
/// agency's byline).
pub(super) fn headline_dash(tk: &Tokens, lx: &Lex, u: usize, us: usize, ue: usize) -> Option<Cand> {
    let d = (us + 1..ue)
        .rev()
        .take(5)
        .find(|&k| matches!(tk.raw(k), "—" | "–" | ":"))?;
    let noun = (d + 1..ue).any(|k| tk.is_role(lx, k) || lx.is_org(tk.lw(k)));
    let plain = d + 1 < ue && (d + 1..ue).all(|k| tk.word(k) || tk.is(k, "-") || tk.is(k, "'"));
    // construction `headline-dash-named`: "Inflation eases to 19.6% – NBS", "EU must not
    // weaken sanctions, – Sybiha": a signature the article names in full, an acronym it
    // defines in brackets ("National Bureau of Statistics (NBS)") or a surname it gives
    // with a first name ("Andrii Sybiha"), not an agency's byline (in the first three units
    // of the title: the search over the article stays linear)
    let named = plain && u < 3 && named_in_article(tk, d + 1, ue);
    let signed = plain && (lx.first_names.contains_key(tk.lw(d + 1)) || noun || named);
    let clause = (noun || named) && (us..d).filter(|&k| tk.word(k)).take(4).count() == 4;
    (signed && (tk.has_quote_mark(us, d) || clause)).then(|| Cand {
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

/// Whether the name opening at token `k` spells the acronym `letters`: capitalised words,
/// each giving its initial in order, with short lower-case joiners between them giving none
/// ("National Bureau of Statistics" → NBS). The name ends there: a capitalised word after
/// it makes it another name. A walk of at most 2 × [`ACRONYM_LETTERS`] tokens.
fn spells(tk: &Tokens, k: usize, letters: &[char]) -> bool {
    let initial = |j: usize| {
        tk.raw(j)
            .chars()
            .next()
            .filter(|_| tk.word(j) && tk.toks[j].upper)
    };
    let mut i = 0;
    for j in k..tk.toks.len().min(k + 2 * ACRONYM_LETTERS) {
        match initial(j) {
            Some(c) if i < letters.len() && c == letters[i] => i += 1,
            Some(_) => return false,
            None if i > 0 && tk.word(j) && tk.raw(j).len() <= 3 => {}
            None => break,
        }
    }
    i == letters.len()
}

/// The most letters of an acronym that signs a headline ([`named_in_article`]).
const ACRONYM_LETTERS: usize = 8;

/// Whether the signature `[a, b)` of a headline is one capitalised word that the article
/// after it names in full: an acronym (two to [`ACRONYM_LETTERS`] capitals) it defines in
/// brackets after a word in lower case, "Statistics (NBS)" (not a dateline's "PARIS (AFP) -"),
/// or that a name of the article spells ([`spells`]: "the National Bureau of Statistics"),
/// or a surname it gives after a capitalised first name, "Andrii Sybiha".
fn named_in_article(tk: &Tokens, a: usize, b: usize) -> bool {
    if b != a + 1 || !tk.word(a) || !tk.toks[a].upper {
        return false;
    }
    let w = tk.raw(a);
    let acronym =
        (2..=ACRONYM_LETTERS).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase());
    let letters: Vec<char> = w.chars().collect();
    (b + 1..tk.toks.len()).any(|k| {
        if acronym && spells(tk, k, &letters) {
            return true;
        }
        tk.raw(k) == w
            && if acronym {
                // (not a dateline's agency: "PARIS (AFP) - …")
                let dash =
                    |i: usize| matches!(tk.toks.get(i).map(|_| tk.raw(i)), Some("-" | "–" | "—"));
                tk.is(k - 1, "(")
                    && tk.is(k + 1, ")")
                    && !dash(k + 2)
                    && k >= 2
                    && tk.word(k - 2)
                    && tk.raw(k - 2).chars().any(|c| c.is_lowercase())
            } else {
                tk.word(k - 1) && tk.toks[k - 1].upper && k - 1 > b
            }
    })
}
