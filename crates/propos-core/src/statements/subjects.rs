//! Subjects: the noun phrase that names who speaks, found on the tokens around a cue —
//! before it ([`subject_before`]: "le ministre de l'Intérieur, Jean Martin, a dit", lists
//! of subjects, relative clauses, incises between commas peeled until the subject, a head
//! before its bare description, `peeled-described-head`), after it ([`subject_after`]: "a
//! déclaré X", "said Mr. Brown"; not a possessed object, `possessed-object`), after a
//! source marker ([`marker_np`]) or before a colon ([`colon_subject`]), and the small
//! token tests they share (name particles, titles with a period, an ampersand inside a name,
//! `name-ampersand`, roles).
//! The frames call them; the speaker resolver (`speakers`) then ties the phrase to an
//! entity. Each search looks at a bounded window of tokens around the cue.

use std::borrow::Cow;

use super::clause::{skip_adverbs, Who};
use super::lex::{class, word, Lex};
use super::tokens::{Kind, Tokens};

/// Whether the capitalised run `[r0, r1)` of two or more words ends with an organisation
/// noun ("Acme Corp", "Harvard University").
pub(super) fn org_tail_of(tk: &Tokens, lx: &Lex, r0: usize, r1: usize) -> bool {
    r1 > r0 + 1 && lx.is_org(tk.lw(r1 - 1))
}

pub(super) fn is_word(tk: &Tokens, i: usize) -> bool {
    tk.word(i)
}

pub(super) fn cls(tk: &Tokens, _lx: &Lex, i: usize) -> u32 {
    if tk.word(i) {
        tk.cls(i)
    } else {
        0
    }
}

/// Whether word `k` may be a word of a name: capitalised, no verb form, of no grammar class
/// and no role noun.
pub(super) fn name_like_word(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    is_word(tk, k)
        && tk.toks[k].upper
        && !tk.toks[k].verb_form
        && cls(tk, lx, k) == 0
        && !tk.is_role(lx, k)
}

/// Whether token `k` may sit inside a person's name without a capital ("de", "van", "bin").
pub(super) fn name_particle(tk: &Tokens, k: usize) -> bool {
    tk.has(k, class::PARTICLE)
}

/// Construction `particle-surname`: whether word `k` is a surname joined to its particle by a
/// hyphen ("Abdel Fattah al-Sisi", « Majed al-Ansari »): a lower-case word whose part before
/// its first hyphen is a name particle and whose part after it starts with a capital.
pub(super) fn particle_surname(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    is_word(tk, k)
        && !tk.toks[k].upper
        && tk.raw(k).split_once('-').is_some_and(|(particle, rest)| {
            lx.class(particle) & class::PARTICLE != 0 && rest.starts_with(char::is_uppercase)
        })
}

/// Whether the particles from `j` ("von der") are followed by a capitalised word before `end`.
pub(super) fn particle_then_name(tk: &Tokens, j: usize, end: usize) -> bool {
    let mut k = j;
    while k < end && is_word(tk, k) && !tk.toks[k].upper && name_particle(tk, k) {
        k += 1;
    }
    k < end && k > j && is_word(tk, k) && tk.toks[k].upper
}

/// Whether token `k` is the period of a courtesy title ("Mr.", "Sen."), the last period
/// of a dotted acronym ("the U.S. Army", "the U.N. refugee agency": capitals of one or two
/// letters between periods) or the period of an initial inside a name ("R. Kumar", « J.
/// Dupont »: one capital letter before a capitalised word).
pub(super) fn titled_period(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    k > 0
        && tk.is(k, ".")
        && is_word(tk, k - 1)
        && (lx.titles.contains(tk.lw(k - 1))
            || dotted_acronym(tk.raw(k - 1))
            || initial_period(tk, k))
}

/// Whether token `k` is the period of an initial inside a name ("R. Kumar", « J. Dupont »):
/// one capital letter before it, a capitalised word after it.
pub(super) fn initial_period(tk: &Tokens, k: usize) -> bool {
    k > 0
        && tk.is(k, ".")
        && is_word(tk, k - 1)
        && initial(tk.raw(k - 1))
        && k + 1 < tk.toks.len()
        && is_word(tk, k + 1)
        && tk.toks[k + 1].upper
}

/// Whether token `k` is the period of an abbreviation inside a phrase, followed by a comma
/// or a lower-case word ("Globex, which makes phones for Apple Inc., said", "The minister,
/// who met Acme Corp. executives, said"): a period the unit split did not end a sentence at.
fn inner_period(tk: &Tokens, k: usize) -> bool {
    k > 0
        && tk.is(k, ".")
        && is_word(tk, k - 1)
        && k + 1 < tk.toks.len()
        && (tk.is(k + 1, ",") || is_word(tk, k + 1) && !tk.toks[k + 1].upper)
}

/// Whether a word is an initial without its period: one capital letter ("R", "J").
fn initial(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Whether a word is a dotted acronym without its last period ("U.S", "U.N"): capitals of
/// one or two letters between periods.
pub(super) fn dotted_acronym(w: &str) -> bool {
    w.contains('.')
        && w.split('.')
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_uppercase))
}

/// Whether the word at `k` ties a role or an organisation noun to its domain ("a
/// spokesperson for the ministry", "the league for the protection of rights"): a
/// preposition right after a role or organisation noun, before a word.
pub(super) fn role_of(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    k > 0
        && is_word(tk, k - 1)
        && ((tk.is_role(lx, k - 1) || lx.is_org(tk.lw(k - 1)))
            && cls(tk, lx, k) & class::DOMAIN != 0
            // "a source close to the ministry", "une source proche du dossier"
            || lx.source_links.contains(tk.lw(k - 1)))
        && k + 1 < tk.toks.len()
        && is_word(tk, k + 1)
}

/// Whether a role starts at word `i` ("minister", "Foreign Minister").
pub(super) fn role_starts(tk: &Tokens, lx: &Lex, i: usize) -> bool {
    is_word(tk, i) && (tk.is_role(lx, i) || lx.role_heads.contains(tk.lw(i)))
}

/// Whether the capitalised word `j` follows a capitalised particle inside a name: a surname
/// that is also a noun ("Bruno Le Maire", "Anne De Juge") stays in the name.
pub(super) fn after_particle(tk: &Tokens, j: usize) -> bool {
    j > 0
        && tk.toks[j].upper
        && is_word(tk, j - 1)
        && tk.toks[j - 1].upper
        && name_particle(tk, j - 1)
}

/// Construction `name-ampersand`: whether token `k` is an ampersand joining two capitalised
/// words of one name ("an economist at Hale Investment & Securities", « analyste chez Brun
/// & Fils »), so that the name is read whole and not from its last word.
pub(super) fn name_ampersand(tk: &Tokens, k: usize) -> bool {
    k > 0
        && tk.is(k, "&")
        && is_word(tk, k - 1)
        && tk.toks[k - 1].upper
        && is_word(tk, k + 1)
        && tk.toks[k + 1].upper
}

/// Whether token `k` is the apostrophe of a plural possessive inside a capitalised name
/// (construction `capitalised-org-name`: "the Zimbabwe Teachers' Association"): glued to a
/// capitalised plural word, before a capitalised word.
pub(super) fn plural_apostrophe(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    k > 0
        && (tk.is(k, "'") || tk.is(k, "\u{2019}"))
        && is_word(tk, k - 1)
        && tk.toks[k - 1].upper
        && tk.toks[k - 1].end == tk.toks[k].start
        && lx.plurals.is_plural(tk.lw(k - 1))
        && k + 1 < tk.toks.len()
        && is_word(tk, k + 1)
        && tk.toks[k + 1].upper
}

/// Whether token `k` is the apostrophe of a plural possessive before a lower-case
/// organisation noun (construction `role-qualified-org-noun`: "the tenants' union", "the
/// farmers' federation"): glued to a lower-case plural word.
pub(super) fn common_plural_apostrophe(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    k > 0
        && (tk.is(k, "'") || tk.is(k, "\u{2019}"))
        && is_word(tk, k - 1)
        && !tk.toks[k - 1].upper
        && tk.toks[k - 1].end == tk.toks[k].start
        && lx.plurals.is_plural(tk.lw(k - 1))
        && k + 1 < tk.toks.len()
        && is_word(tk, k + 1)
        && !tk.toks[k + 1].upper
        && lx.is_org(tk.lw(k + 1))
}

/// The noun phrase ending at `end` (exclusive), walking back within `[from, end)`.
pub(super) fn np_backward(
    tk: &Tokens,
    lx: &Lex,
    from: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let mut i = end;
    let mut start = None;
    // the determiner of the second of two coordinated actor phrases
    let mut second = None;
    while i > from {
        let k = i - 1;
        if titled_period(tk, lx, k) {
            // "Sen. Maria Lopez": the period of a courtesy title stays in the phrase
            i = k;
            continue;
        }
        if !is_word(tk, k) {
            if start.is_some()
                && (plural_apostrophe(tk, lx, k) || common_plural_apostrophe(tk, lx, k))
            {
                i = k;
                continue;
            }
            // an apostrophe-less hyphen or parenthesis ends the phrase
            break;
        }
        let c = cls(tk, lx, k);
        if c & (class::PRON | class::QUE | class::REL | class::AUX | class::NEG | class::REFL) != 0
            && c & class::DET == 0
        {
            break;
        }
        if c & class::CONJ != 0 {
            // "X et Y": keep coordinated names or phrases; "Deputy Prime Minister and Foreign
            // Minister X": two roles of one person
            let kept = start.is_some()
                && k > from
                && is_word(tk, k - 1)
                && cls(tk, lx, k - 1) & class::STOP == 0
                && c & class::COORD != 0
                && (tk.toks[k - 1].upper || tk.is_role(lx, k - 1) || lx.is_org(tk.lw(k - 1)));
            if kept {
                i = k;
                continue;
            }
            break;
        }
        // "Board for Vaccine Safety": a domain word between capitalised words of a name
        let inside_name = c & class::DOMAIN != 0
            && k > from
            && is_word(tk, k - 1)
            && tk.toks[k - 1].upper
            && k + 1 < end
            && tk.toks[k + 1].upper;
        if c & class::STOP != 0
            && c & (class::DET | class::PREP) == 0
            && !role_of(tk, lx, k)
            && !inside_name
        {
            break;
        }
        start = Some(k);
        if c & class::DET != 0 {
            // a determiner ends the phrase unless a preposition chains it ("du ministère de la …")
            let chained = k > from
                && is_word(tk, k - 1)
                && (cls(tk, lx, k - 1) & class::PREP != 0 || role_of(tk, lx, k - 1));
            // "de la Corée et de la Russie"; "la Corée du Nord et la Russie"; two actor
            // phrases ("le maire et le préfet", "the mayor and the governor")
            // ("the mayor met unions and the governor": the first conjunct is a whole phrase)
            let noun = |w: &str| lx.is_role(w) || lx.is_org(w);
            let actor_word = |h: usize| {
                tk.toks[h].upper || noun(tk.lw(h)) || lx.plurals.strip(tk.lw(h)).is_some_and(noun)
            };
            let opens_phrase = |h: usize| {
                h == from
                    || !is_word(tk, h - 1)
                    || cls(tk, lx, h - 1) & class::DET != 0
                    || tk.toks[h - 1].upper
            };
            let joined = k > from + 1
                && is_word(tk, k - 1)
                && cls(tk, lx, k - 1) & class::COORD != 0
                && is_word(tk, k - 2);
            let names = joined
                && (c & class::PREP != 0
                    || tk.toks[k - 2].upper && k + 1 < end && tk.toks[k + 1].upper);
            let actors = joined
                && k + 1 < end
                && is_word(tk, k + 1)
                && actor_word(k - 2)
                && actor_word(k + 1)
                && opens_phrase(k - 2);
            let coordinated = names || actors;
            if coordinated && !names {
                second = Some(k);
            }
            // "Jeanne Le Maire": a capitalised particle inside a name
            let particle = k > from
                && tk.toks[k].upper
                && name_particle(tk, k)
                && is_word(tk, k - 1)
                && tk.toks[k - 1].upper;
            let chained = chained
                || coordinated
                || particle
                || c & class::PREP != 0
                    && k > from
                    && is_word(tk, k - 1)
                    && cls(tk, lx, k - 1) & (class::STOP | class::CONJ) == 0;
            if !chained {
                break;
            }
        }
        i = k;
    }
    let s = start?;
    // drop leading prepositions and adverbs ("de nombreux" keeps its determiner)
    let mut s = s;
    while s < end && is_word(tk, s) && cls(tk, lx, s) & (class::ADV | class::TIME) != 0 {
        s += 1;
    }
    // two coordinated actor phrases open their chunk; else the first is the object of a
    // verb before them ("le ministre a reçu les syndicats et le patronat a affirmé")
    if let Some(d) = second {
        let opens = s == from
            || !is_word(tk, s - 1)
            || cls(tk, lx, s - 1) & (class::ADV | class::TIME) != 0;
        if !opens && d > s {
            s = d;
        }
    }
    (s < end).then_some((s, end))
}

/// Construction `head-in-place`: "A WHO spokesperson in Geneva said", « un porte-parole de
/// l'ONU en Haïti a déclaré »: the phrase `(a1, b1)` read back from a cue in the chunk from
/// `c1` stops at a preposition of place; it says where the head before it (a lower-case role
/// or body noun, a person's name) is, and the head speaks, not the place (not a body's own
/// name, "the UN Mission in Sudan", nor a body as the place, nor an apposition after a noun
/// phrase, `apposed`); a body named with a capitalised organisation noun speaks with its
/// place. The head may open the unit capitalised ("Officials in Lisbon said"), or open a
/// trailing tag after a clause ("Two boats sank, doctors in Lisbon said").
fn head_in_place(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    c1: usize,
    (a1, b1): (usize, usize),
    apposed: bool,
) -> Option<(usize, usize)> {
    let locative = |k: usize| is_word(tk, k) && lx.locative_prepositions.contains(tk.lw(k));
    if a1 <= c1 + 1 || !locative(a1 - 1) || apposed {
        return None;
    }
    let o = a1 - 1;
    let place = (a1..b1).all(|j| {
        is_word(tk, j) && (tk.toks[j].upper || name_particle(tk, j)) && !lx.is_org(tk.lw(j))
    });
    let noun = |w: &str| lx.is_role(w) || lx.is_org(w);
    let body_name = |a: usize| (a..o).any(|i| tk.toks[i].upper && lx.is_org(tk.lw(i)));
    // (a person: a known first name in the capitalised words; no verb form: "X, speaking at
    // the centre in Y, said" is a participle's complement)
    let head = |a: usize| {
        let lower_noun = |i: usize| {
            (!tk.toks[i].upper || i == us)
                && (noun(tk.lw(i)) || lx.plurals.strip(tk.lw(i)).is_some_and(noun))
        };
        ((a..o).any(|i| is_word(tk, i) && lower_noun(i))
            || (a..o).any(|i| lx.first_names.contains_key(tk.lw(i))) && !body_name(a))
            && !(c1..o).any(|i| tk.toks[i].verb_form)
    };
    let (a0, b0) = np_backward(tk, lx, c1, o).filter(|&(_, b0)| place && b0 == o)?;
    if head(a0) {
        return Some((a0, b0));
    }
    // construction `body-in-place`: a body named with a capitalised organisation noun before
    // the place ("The Ministry of Health in Gaza said", "The US Embassy in Kyiv said") is
    // named with it: the whole phrase speaks, not the place
    body_name(a0).then_some((a0, b1))
}

/// How many tokens before a cue its subject (with an apposition or a relative clause) may
/// start. A bound, so that each cue looks at a constant number of tokens: a unit of thousands
/// of cues with no punctuation would otherwise make the subject search quadratic.
pub(super) const SUBJECT_WINDOW: usize = 48;

/// How many comma-separated list members may close a relative clause before a cue
/// (construction `listed-relative`).
const LISTED_RELATIVE_MEMBERS: usize = 4;

/// How many words a chain of phrases of time or place between a subject and its verb may
/// hold (construction `adjunct-chain-subject`).
const ADJUNCT_CHAIN_WINDOW: usize = 24;

/// Whether tokens `a..b` are an age after a name: a number under 130, maybe with its
/// unit ("58", « 45 ans »).
pub(super) fn age_between(tk: &Tokens, a: usize, b: usize) -> bool {
    a < b && b - a <= 2 && tk.raw(a).parse::<u32>().is_ok_and(|n| n < 130)
}

/// The subject of a cue, from the words before it in the unit (at most [`SUBJECT_WINDOW`]
/// tokens: constant time per cue).
pub(super) fn subject_before(tk: &Tokens, lx: &Lex, us: usize, cue_s: usize) -> Who {
    if cue_s <= us {
        return Who::Inherit;
    }
    let us = us.max(cue_s.saturating_sub(SUBJECT_WINDOW));
    let mut prev = cue_s - 1;
    // object clitics between subject and verb: "on lui a demandé", "il leur a dit"
    while prev > us && is_word(tk, prev) && cls(tk, lx, prev) & class::CLITIC != 0 {
        prev -= 1;
    }
    let cue_s = prev + 1;
    // construction `pronoun-adverb`: "he later said", "she also noted": up to two
    // adverbs between a subject pronoun and its verb
    let mut back = prev;
    while back > us
        && back + 2 > prev
        && is_word(tk, back)
        && !tk.toks[back].upper
        && cls(tk, lx, back) & (class::ADV | class::NEG) != 0
    {
        back -= 1;
    }
    let c = cls(tk, lx, back);
    if back < prev && is_word(tk, back) && c & (class::PRON | class::TONIC) != 0 {
        return Who::pronoun_at(tk, back);
    }
    if is_word(tk, prev) {
        let c = cls(tk, lx, prev);
        if c & class::REL != 0 {
            return Who::Relative(prev);
        }
        if c & class::PRON != 0 {
            return Who::pronoun_at(tk, prev);
        }
        if c & class::CONJ != 0 {
            return Who::Inherit;
        }
    }
    let mut end = cue_s;
    let closed = tk.is(prev, ",");
    if closed {
        end = prev;
    }
    // adverbs between the subject and the verb: "NIS also said", "the senator in turn
    // said", "the minister for her part said"
    loop {
        if end > us + 1 && is_word(tk, end - 1) && cls(tk, lx, end - 1) & class::ADV != 0 {
            end -= 1;
            continue;
        }
        let phrase = (end.saturating_sub(6).max(us + 1)..end.saturating_sub(1))
            .find(|&k| super::clause::adverb_phrase_at(tk, lx, k, end) == Some(end - k));
        match phrase {
            Some(k) => end = k,
            None => break,
        }
    }
    // a parenthesis or dashes before the verb: "les syndicats - CGT, Unsa - ont appelé"
    if end > us + 1 && (tk.is(end - 1, ")") || tk.is(end - 1, "-") || tk.is(end - 1, "–")) {
        let closer = tk.raw(end - 1);
        let opener = if closer == ")" { "(" } else { closer };
        if let Some(o) = (us..end - 1).rev().take(25).find(|&i| tk.is(i, opener)) {
            end = o;
        }
    }
    // boundaries of the chunk
    let chunk_start = |end: usize| -> usize {
        let mut k = end;
        while k > us {
            let t = tk.toks[k - 1];
            if t.kind != Kind::Word
                && !titled_period(tk, lx, k - 1)
                && !inner_period(tk, k - 1)
                && !name_ampersand(tk, k - 1)
                && !plural_apostrophe(tk, lx, k - 1)
                && !common_plural_apostrophe(tk, lx, k - 1)
            {
                break;
            }
            if tk.cls(k - 1) & class::QUE != 0 {
                break;
            }
            k -= 1;
        }
        k
    };
    let mut c1 = chunk_start(end);
    // (a participial incise is read up to the verb's comma, over the phrases of time or
    // place just stripped from its end: « X, placée en liquidation en mai, a dit »)
    let stripped_end = end;
    // construction `incise-chain`: the incises between commas before the verb are peeled
    // latest first, in any order and as many as the window holds, until the subject ("A
    // baker from Oldbury, Martin Shaw, 61, who lost his shop, told", "Her lawyer, Paul
    // Ridley, KC, argued"): an age, a party tag, a post-nominal suffix, an adverb, a tonic
    // pronoun, a participial phrase, a relative clause. Each peel
    // moves `end` left, within the SUBJECT_WINDOW tokens before the cue.
    loop {
        // ", de leur côté,": an adverb between commas is not the subject; nor is an age after
        // a name ("Jean Dupont, 45 ans, a dit"), nor a tonic pronoun doubling the subject
        // before it ("Le préfet, lui, promet")
        let tonic = end == c1 + 1 && is_word(tk, c1) && cls(tk, lx, c1) & class::TONIC != 0;
        let age = age_between(tk, c1, end) && c1 > us + 1 && {
            // (the name may follow its role: "skipper Martin Byrne, 58, said")
            let c0 = chunk_start(c1 - 1);
            let mut t0 = c1 - 1;
            while t0 > c0
                && (titled_period(tk, lx, t0 - 1)
                    || tk.toks[t0 - 1].upper && !tk.is_role(lx, t0 - 1)
                    || name_particle(tk, t0 - 1))
            {
                t0 -= 1;
            }
            is_name_chunk(tk, lx, t0, c1 - 1)
        };
        // construction `party-tag`: "Sen. Chuck Grassley, R-Iowa, said": a party and state
        // tag after a name is skipped like an age
        let party = end == c1 + 1
            && tk.toks[c1].upper
            && tk
                .lw(c1)
                .split_once('-')
                .is_some_and(|(p, st)| lx.party_tags.contains(p) && !st.is_empty())
            && c1 > us + 1
            && is_word(tk, c1 - 2)
            && tk.toks[c1 - 2].upper;
        // construction `name-suffix`: "Andrew Pilgrim, KC, said", "Tom Ruiz, Jr., said":
        // post-nominal letters after a name (`name_suffixes.txt`, with or without their
        // period) are skipped like an age
        let suffix = (end == c1 + 1 || end == c1 + 2 && tk.is(c1 + 1, "."))
            && tk.toks[c1].upper
            && lx.name_suffixes.contains(tk.lw(c1))
            && c1 > us + 1
            && is_word(tk, c1 - 2)
            && tk.toks[c1 - 2].upper;
        if c1 > us + 1
            && tk.is(c1 - 1, ",")
            && (age
                || party
                || suffix
                || tonic
                || super::clause::adverb_phrase_at(tk, lx, c1, end) == Some(end - c1))
        {
            end = c1 - 1;
            c1 = chunk_start(end);
            continue;
        }
        if end == cue_s {
            break;
        }
        // construction `participle-incise`: "The governor, speaking at a briefing in
        // Tallahassee, said", « Le ministre, s'exprimant à Lyon, a déclaré », and a past
        // participle ("Finance minister Tom Hale, asked about the Greens' plan, said", "The
        // committee, chaired by a retired judge, found"): a participial phrase from the
        // latest comma (at most PARTICIPLE_INCISE_WINDOW tokens) is a circumstance
        let incise_end = if closed && end == stripped_end {
            prev
        } else {
            end
        };
        let participle = (us + 1..end)
            .rev()
            .take(PARTICIPLE_INCISE_WINDOW)
            .find(|&k| tk.is(k, ","))
            .filter(|&k| {
                opens_participle(tk, lx, k + 1, incise_end)
                    || opens_past_participle(tk, lx, k + 1, incise_end)
            });
        if let Some(k) = participle {
            end = k;
            c1 = chunk_start(end);
            continue;
        }
        // "Le président X, dont le pays …, a conclu": the subject is before the relative
        // clause (construction `punctuated-relative`: also when the clause holds a symbol, a
        // parenthesis or a number: "Pellow, who earned £96,000 a year, told", « X, qui a
        // dirigé la SGP (Société …) de 2019 à 2025, a admis »; the latest relative pronoun
        // after a comma, with no comma after it, within the window)
        // construction `listed-relative`: a relative clause closed by a list whose members
        // are separated by commas ("Harbor Watch, which represents Fairway, Oceanic and
        // other shipping firms, said"): the chunk before the verb holds the coordination,
        // each chunk before it a member of at most four words, up to the chunk the relative
        // pronoun opens after a comma (at most LISTED_RELATIVE_MEMBERS members)
        let mut r = c1;
        if c1 > us + 1 && (c1..end).any(|k| cls(tk, lx, k) & class::COORD != 0) {
            let mut c = c1;
            for _ in 0..LISTED_RELATIVE_MEMBERS {
                if c <= us + 1 || !tk.is(c - 1, ",") {
                    break;
                }
                let c0 = chunk_start(c - 1);
                if c0 > us + 1 && tk.is(c0 - 1, ",") && cls(tk, lx, c0) & class::REL != 0 {
                    r = c0;
                    break;
                }
                if c0 == c - 1 || c - 1 - c0 > 4 {
                    break;
                }
                c = c0;
            }
        }
        if r > us + 1 {
            if let Some(p) = (us + 2..r)
                .rev()
                .take_while(|&p| !tk.is(p, ",") && tk.toks[p].kind != Kind::Close)
                .find(|&p| tk.is(p - 1, ",") && is_word(tk, p) && cls(tk, lx, p) & class::REL != 0)
            {
                r = p;
            }
        }
        if r > us + 1 && tk.is(r - 1, ",") && cls(tk, lx, r) & class::REL != 0 {
            end = r - 1;
            c1 = chunk_start(end);
            continue;
        }
        break;
    }
    // construction `adjunct-chain-subject` (after a comma): "The head of the chamber, Hadi
    // Tabar, in an interview with the agency on Saturday expressed hope": a chain of phrases
    // of time or place opening the chunk before the verb, after a comma closing a person's
    // name, is a circumstance; the subject is before it
    // (one comma only: a chain between two commas is skipped as an adverb phrase)
    if c1 > us + 1
        && !closed
        && tk.is(c1 - 1, ",")
        && adjunct_chain(tk, lx, c1, end)
        && person_closes(tk, lx, chunk_start(c1 - 1), c1 - 1, true)
    {
        end = c1 - 1;
        c1 = chunk_start(end);
    } else if let Some(p) = (c1 + 1..end).find(|&p| adjunct_chain(tk, lx, p, end)) {
        // construction `adjunct-chain-subject`: "Reza Kamali in his weekly press conference
        // last week had said", "Tom Varga on Monday at the opening of the berth noted": a
        // person's name opening the chunk, then a chain of phrases of time or place up to
        // the verb; the person is the subject
        if person_closes(tk, lx, c1, p, false) {
            if let Some((a, b)) = np_backward(tk, lx, c1, p).filter(|&(a, b)| {
                b == p
                    && (c1..a)
                        .all(|k| is_word(tk, k) && cls(tk, lx, k) & (class::CONJ | class::ADV) != 0)
            }) {
                return Who::Np(a, b);
            }
        }
    }
    // construction `name-long-apposition`: a name of two words or more (after its role),
    // then an apposition opened by an article and a lower-case word and closed by the comma
    // before the verb, whatever it holds before that comma (a participle, an infinitive:
    // "Mayor Anna Berg, a former teacher elected in 2019, said", "Flood Re, the scheme set up
    // to keep premiums affordable, said"): the name and its apposition are the subject (not
    // a relative clause, construction `apposed-relative`; at most LONG_APPOSITION_WINDOW
    // tokens)
    if end < cue_s && tk.is(end, ",") {
        let open = (us + 1..end)
            .rev()
            .take(LONG_APPOSITION_WINDOW)
            .find(|&h| !tk.word_or_joiner(h))
            .filter(|&k| {
                tk.is(k, ",")
                    && k + 2 < end
                    && tk.cls(k + 1) & class::DET != 0
                    && !tk.toks[k + 1].upper
                    && !tk.toks[k + 2].upper
                    && !(k + 1..end).any(|h| tk.cls(h) & class::REL != 0)
            });
        if let Some(mut k) = open {
            // (construction `aged-long-apposition`: an age between the name and its
            // apposition: "Mark Ode, 58, a retired teacher in Leeds, said")
            let c = chunk_start(k);
            if c > us + 1 && tk.is(c - 1, ",") && age_between(tk, c, k) {
                k = c - 1;
            }
            let c0 = chunk_start(k);
            if let Some((a0, b0)) = np_backward(tk, lx, c0, k).filter(|&np| np == (c0, k)) {
                let mut t0 = b0;
                while t0 > a0 && tk.toks[t0 - 1].upper && !tk.is_role(lx, t0 - 1) {
                    t0 -= 1;
                }
                if b0 >= t0 + 2 && is_name_chunk(tk, lx, t0, b0) {
                    return Who::Np(a0, end);
                }
            }
        }
    }
    // construction `acronym-apposition`: "The Liberation Front (FLA), a group linked to
    // al-Qaeda, said": an acronym in parentheses closes the named subject
    if c1 > us + 1 && tk.is(c1 - 1, ",") {
        let e0 = acronym_before(tk, us, c1 - 1).unwrap_or(c1 - 1);
        let n0 = chunk_start(e0);
        // (the acronym's name opens the unit and the apposition is closed by a comma
        // before the verb: not "Citing its parent, Ofgem (OG), the agency said", "In Congo
        // (DRC), the army said")
        let mut h = n0;
        while h < e0 && cls(tk, lx, h) & class::DET != 0 {
            h += 1;
        }
        // (not a qualifier in parentheses after a role, then the holder's name apposed
        // before the verb: "The Minister of State for Mines (Gold), Peter Okafor, had
        // vowed", construction `bracketed-qualifier-name`: the name is the subject)
        let named = is_name_chunk(tk, lx, c1, end) && person_closes(tk, lx, c1, end, true);
        let defined = e0 < c1 - 1
            && !named
            && end < cue_s
            && (n0 == 0 || !tk.is(n0 - 1, ","))
            && h < e0
            && tk.toks[h].upper
            && cls(tk, lx, h) & (class::PREP | class::STOP | class::TIME) == 0;
        if defined {
            return Who::Np(n0, e0);
        }
    }
    let Some((a1, b1)) = np_backward(tk, lx, c1, end) else {
        return Who::Inherit;
    };
    // construction `name-from-place`: "Martina from Milan writes", « Martina, de Lyon,
    // écrit »: a proper name (a place, a body) after a preposition of origin tells where
    // the person named before it is from; the person is the subject
    let origin = |k: usize| is_word(tk, k) && lx.origin_prepositions.contains(tk.lw(k));
    let o = if a1 > c1 && origin(a1 - 1) {
        Some(a1 - 1)
    } else {
        Some(a1).filter(|&k| origin(k))
    };
    if let Some(o) = o {
        let mut s = o + 1;
        while s < b1 && cls(tk, lx, s) & class::DET != 0 && !tk.toks[s].upper {
            s += 1;
        }
        let place = s < b1 && tk.toks[s].upper;
        let (h0, h1) = if o == c1 && c1 > us + 1 && tk.is(c1 - 1, ",") {
            (chunk_start(c1 - 1), c1 - 1)
        } else {
            (c1, o)
        };
        if place && h1 > h0 {
            if let Some((a0, b0)) = np_backward(tk, lx, h0, h1) {
                // (or a name of two words or more after its role: « l'économiste Pierre
                // Roux, de HEC Lausanne, estime »)
                let mut t0 = b0;
                while t0 > a0 && tk.toks[t0 - 1].upper && !tk.is_role(lx, t0 - 1) {
                    t0 -= 1;
                }
                let described = t0 > a0
                    && b0 >= t0 + 2
                    && is_name_chunk(tk, lx, t0, b0)
                    && (a0..t0).any(|k| is_word(tk, k) && tk.is_role(lx, k));
                // (a lone word: not a state or a body, "Germany from 2020")
                let person = described
                    || is_name_chunk(tk, lx, a0, b0)
                        && (b0 > a0 + 1
                            || !lx.places.contains_key(tk.lw(a0)) && !lx.is_org(tk.lw(a0)));
                if b0 == h1 && person {
                    return Who::Np(a0, b0);
                }
            }
        }
    }
    // (an apposition: the chunk before the comma is one noun phrase, "Jean Roux, a
    // spokesman in Geneva"; not a clause, the content of a trailing tag, nor a short one,
    // "Two boats sank, witnesses in Gaza said")
    let apposed = c1 > us + 1 && tk.is(c1 - 1, ",") && {
        let c0 = chunk_start(c1 - 1);
        np_backward(tk, lx, c0, c1 - 1) == Some((c0, c1 - 1))
            && !super::clause::short_clause(tk, c0, c1 - 1)
    };
    if let Some((a0, b0)) = head_in_place(tk, lx, us, c1, (a1, b1), apposed) {
        return Who::Np(a0, b0);
    }
    if let Some(np) = prepositional_tail(tk, lx, c1, (a1, b1)) {
        return Who::Np(np.0, np.1);
    }
    // construction `restrictive-relative`: "The congresswoman who interviewed Paul Martin
    // said", "La juge qui a entendu Paul Martin a déclaré": the subject is the head before
    // the relative pronoun, not the object inside the relative clause
    // (the relative clause: at most eight words, no punctuation, before the phrase)
    // (not a phrase right after the pronoun, the subject of the cue inside the clause: "a
    // treasurer who prosecutors say stole")
    let relative = (c1 + 1..a1)
        .rev()
        .take(8)
        .take_while(|&r| tk.word(r))
        .find(|&r| tk.cls(r) & class::REL != 0 && tk.cls(r) & class::QUE == 0)
        .filter(|&r| {
            r + 1 < a1
                || !(cls(tk, lx, r + 1) & class::DET != 0
                    || tk.toks[r + 1].upper
                    || tk.is_role(lx, r + 1)
                    || lx.is_org(tk.lw(r + 1)))
        });
    if let Some(r) = relative {
        // construction `apposed-relative`: the relative clause closes an apposition after a
        // name ("Ian Ferris, a cardiologist at the University of Michigan who led the
        // trial, told", « Yiaga Africa, un groupe de la société civile qui a déployé 600
        // observateurs, a dit »): the name and its apposition are the subject
        if c1 > us + 1 && tk.is(c1 - 1, ",") && has_role_or_org(tk, lx, c1, r) {
            let c0 = chunk_start(c1 - 1);
            if let Some((a0, b0)) = np_backward(tk, lx, c0, c1 - 1).filter(|&(_, b)| b == c1 - 1) {
                let mut t0 = b0;
                while t0 > a0 && tk.toks[t0 - 1].upper && !tk.is_role(lx, t0 - 1) {
                    t0 -= 1;
                }
                if t0 < b0 && is_name_chunk(tk, lx, t0, b0)
                    || (a0..b0).any(|i| person_start(tk, lx, i))
                {
                    return Who::Np(a0, r);
                }
            }
        }
        if let Some((a0, b0)) = np_backward(tk, lx, c1, r) {
            return Who::Np(a0, b0);
        }
    }
    // "Des analystes cités par le Global Times estiment": the subject is before the
    // participle and its agent
    if let Some(k) = (c1 + 2..a1).find(|&k| {
        cls(tk, lx, k) & class::AGENT != 0
            && is_word(tk, k - 1)
            && !tk.toks[k - 1].upper
            && cls(tk, lx, k - 1) == 0
            && (c1..k - 1).any(|h| is_word(tk, h) && tk.is_role(lx, h))
    }) {
        if let Some((a, b)) = np_backward(tk, lx, c1, k - 1) {
            return Who::Np(a, b);
        }
    }
    // construction `comma-list`: "Britain, France and Germany said", « La France,
    // l'Allemagne et l'Italie ont dit »: a coordination whose first members, each a short
    // actor phrase, are separated by commas from the start of the unit
    if a1 == c1 && (a1..b1).any(|k| cls(tk, lx, k) & class::COORD != 0) {
        let mut c = c1;
        while c > us + 1 && tk.is(c - 1, ",") {
            let c0 = chunk_start(c - 1);
            let whole = np_backward(tk, lx, c0, c - 1) == Some((c0, c - 1));
            if !(whole && list_member(tk, lx, c0, c - 1)) {
                break;
            }
            c = c0;
        }
        if c < c1 && c == us {
            return Who::Np(c, b1);
        }
    }
    // apposition: "Le porte-parole du ministère, Lin Jian, a dit"; "Jean X, président de Y, a dit"
    if c1 > us + 1 && tk.is(c1 - 1, ",") {
        let c0 = chunk_start(c1 - 1);
        if let Some((a0, _)) = np_backward(tk, lx, c0, c1 - 1) {
            let name1 = is_name_chunk(tk, lx, a1, b1);
            let role0 = has_role_or_org(tk, lx, a0, c1 - 1);
            let role1 = has_role_or_org(tk, lx, a1, b1) && !name1;
            // a lone capitalised word opening the sentence is an adverb ("Privately,"),
            // not a name in apposition
            let opens = a0 == us || tk.toks[a0 - 1].block != tk.toks[a0].block;
            // (or by a proper name's possessive: "Acme, Zenith's main rival, said",
            // construction `possessor-apposition`)
            let described1 =
                (cls(tk, lx, a1) & class::DET != 0 || possessor_opener(tk, lx, a1, b1)) && !name1;
            // unless an organisation noun describes it in an apposition closed before the
            // verb ("Ofgem, the energy regulator, said")
            // (a role that only qualifies the organisation noun after it is no person:
            // "Acorn, the tenants' union, said", construction `role-qualified-org-noun`)
            let org_after = |h: usize| {
                let n = if common_plural_apostrophe(tk, lx, h + 1) {
                    h + 2
                } else {
                    h + 1
                };
                n < b1 && is_word(tk, n) && !tk.toks[n].upper && lx.is_org(tk.lw(n))
            };
            let org1 = described1
                && end < cue_s
                && (a1..b1).any(|h| is_word(tk, h) && lx.is_org(tk.lw(h)))
                && !(a1..b1).any(|h| is_word(tk, h) && tk.is_role(lx, h) && !org_after(h));
            // construction `state-apposition`: a lone word naming a state, by its name or its
            // capital, is no adverb ("Lisbon, the former colonial power, urged", « Paris,
            // l'ancienne puissance coloniale, a affirmé »)
            let state0 = lx
                .places
                .get(tk.lw(a0))
                .is_some_and(|p| p.kind == crate::ActorType::Country);
            // the name is the whole chunk ("Since March, the agency": not "March")
            let name0 = is_name_chunk(tk, lx, a0, c1 - 1)
                && (!(opens && c1 - 1 == a0 + 1) || org1 || state0)
                && a0 == c0;
            // construction `titled-name-apposition`: a title or role before the name
            // ("Ambassador Tom Riley, the official spokesman for the ministry, stated",
            // "Senator Ann Ford, a Republican, said"): the titled name is the subject
            // (bounded: the chunk lies within the SUBJECT_WINDOW tokens before the cue)
            let titled_name0 = a0 == c0
                && (a0 + 1..c1 - 1).any(|p| {
                    is_name_chunk(tk, lx, p, c1 - 1)
                        && person_start(tk, lx, p)
                        && (a0..p).all(|h| {
                            titled_period(tk, lx, h)
                                || is_word(tk, h)
                                    && (tk.is_role(lx, h)
                                        || lx.titles.contains(tk.lw(h))
                                        || cls(tk, lx, h) & class::DET != 0)
                        })
                });
            // a role whose complement holds names: "Ann Lee, director of the Center for
            // Vaccine Research, said" (the phrase before the verb is only its tail)
            let role_chunk = a1 > c1 && {
                let mut h = c1;
                while h < a1 && cls(tk, lx, h) & class::DET != 0 {
                    h += 1;
                }
                // (after at most two lower-case modifiers: "a commodities analyst at BNP
                // Paribas")
                (h..a1.min(h + 3)).any(|r| {
                    is_word(tk, r)
                        && !tk.toks[r].upper
                        && tk.is_role(lx, r)
                        && (h..r).all(|m| !tk.toks[m].upper && cls(tk, lx, m) == 0)
                })
            };
            // construction `name-of-body`: a complement opening with a preposition after a
            // named person ("Le commissaire Rob Rogers, du service des incendies, a dit")
            // tells where the person works; it cannot be the subject
            let complement = role1
                && !tk.toks[a1].upper
                && cls(tk, lx, a1) & class::PREP != 0
                && (a0..c1 - 1).any(|i| person_start(tk, lx, i));
            // construction `org-name-apposition`: an organisation named by a capitalised
            // organisation noun, then its description ("The country's Audit Council, an
            // independent advisory body, said", « Le Conseil fiscal, un organisme
            // indépendant, a jugé »): the name is the subject, not the description
            // (the name opens the chunk after its determiners: not "membre du Parti vert")
            let mut h0 = a0;
            // (or a common noun's possessive: "The country's Audit Council")
            while h0 + 1 < c1
                && !tk.toks[h0].upper
                && (cls(tk, lx, h0) & class::DET != 0 || lx.is_possessive(tk.lw(h0)))
            {
                h0 += 1;
            }
            let org_name0 = org1
                && tk.toks[h0].upper
                && (h0..c1 - 1).any(|h| is_word(tk, h) && tk.toks[h].upper && lx.is_org(tk.lw(h)));
            if name1 && role0
                || (role1 || described1 || role_chunk) && (name0 || titled_name0)
                || complement
                || org_name0
            {
                return Who::Np(a0, b1);
            }
            // construction `linked-org-name`: a name with lower-case function words inside,
            // described as an organisation ("Poder in Action, a local advocacy group, said")
            if org1 && linked_name(tk, lx, c0, c1 - 1) {
                return Who::Np(c0, b1);
            }
            // construction `described-head`: a subject opening the unit, then a description
            // apposed to it and closed by a comma before the verb ("Residents of Kessan, the
            // town closest to the dam, told", "Veltrix, Orano's main rival, said", « Les
            // habitants de Kessan, le village le plus proche du barrage, ont dit »): the head
            // speaks, not the noun the description ends with (not a description closed by a
            // name, "Her lawyer, the former MP Tom Ross,", nor one holding a name after an
            // unnamed head, "Its owner, the fund QIA,"; not a fronted phrase: a preposition,
            // an adverb, a time, a verb form; the description right before the verb's comma,
            // not "Separately, the minister, speaking in Rome, said")
            let head_words = (c0..c1 - 1).all(|h| {
                titled_period(tk, lx, h)
                    || is_word(tk, h)
                        && !tk.toks[h].verb_form
                        && cls(tk, lx, h) & (class::ADV | class::TIME | class::PRON | class::REL)
                            == 0
            }) && cls(tk, lx, c0) & (class::PREP | class::CONJ | class::QUE) == 0;
            let named_head = (c0..c1 - 1).any(|h| {
                is_word(tk, h)
                    && tk.toks[h].upper
                    && (h > c0 || cls(tk, lx, h) & class::DET == 0 && !tk.is_role(lx, h))
            });
            let named_description = (c1..end).any(|h| is_word(tk, h) && tk.toks[h].upper);
            // (the description closes with its common noun or with a complement after a
            // preposition, "seul candidat à la reprise de la fonderie Lorfonte": not with a
            // name it gives, "le colonel-général Emomali Sobirzoda")
            let mut closing_name = end;
            while closing_name > c1
                && is_word(tk, closing_name - 1)
                && tk.toks[closing_name - 1].upper
            {
                closing_name -= 1;
            }
            let common_close = closing_name == end
                || a1 > c1 && is_word(tk, a1 - 1) && cls(tk, lx, a1 - 1) & class::PREP != 0;
            // (also a description without article, its noun and a complement, « seul
            // repreneur de l'usine Altem », "sole bidder for the plant", and one whose
            // incises were peeled before the verb: « Le groupe Norvex, seul repreneur de
            // l'usine Altem, placée en liquidation en mai, a présenté son offre »,
            // construction `peeled-described-head`)
            let bare_description = a1 == c1
                && is_word(tk, c1)
                && !tk.toks[c1].upper
                && !tk.toks[c1].verb_form
                && cls(tk, lx, c1)
                    & (class::STOP | class::PREP | class::ADV | class::TIME | class::PRON)
                    == 0
                && (c1 + 1..closing_name)
                    .any(|h| is_word(tk, h) && cls(tk, lx, h) & class::PREP != 0);
            if (described1 || role_chunk || role1 || bare_description)
                && closed
                && c0 == us
                && a0 == c0
                && head_words
                && (named_head || !named_description)
                && (common_close || bare_description)
            {
                return Who::Np(a0, c1 - 1);
            }
            // "Le député Marc Petit, membre du Parti vert, la deuxième force du conseil, a
            // déclaré": two descriptions after the named subject that opens the sentence
            // (not when the last phrase names its person and the first is a fronted
            // phrase of place: « À Villa del Sol, l'une des villes les plus touchées, la
            // maire Claire Vidal a affirmé », construction `fronted-place-apposition`)
            let named1 = (a1..b1).any(|i| person_start(tk, lx, i));
            if (role1 || described1) && !name0 && c0 > us + 1 && tk.is(c0 - 1, ",") {
                let cn = chunk_start(c0 - 1);
                if cn == us {
                    if let Some((an, bn)) = np_backward(tk, lx, cn, c0 - 1) {
                        let fronted = named1 && cls(tk, lx, an) & class::PREP != 0;
                        if an == us && !fronted && (an..bn).any(|i| person_start(tk, lx, i)) {
                            return Who::Np(an, bn);
                        }
                    }
                }
            }
        }
    }
    Who::Np(a1, b1)
}

/// Construction `prepositional-tail`: "Officials involved in the talks said", "Sources
/// close to the talks said", "A volunteer in the town of Ye-U, who …, told": a phrase
/// `(a1, b1)` after a preposition that cannot speak is the complement of the subject before
/// it in the chunk from `c1`, which can (and holds no other cue: not "X told analysts on a
/// conference call"); the subject with its complement.
fn prepositional_tail(
    tk: &Tokens,
    lx: &Lex,
    c1: usize,
    (a1, b1): (usize, usize),
) -> Option<(usize, usize)> {
    let may_speak = |a: usize, b: usize| {
        (looks_like_source(tk, lx, a, b) || (a..b).any(|i| lx.others.contains(tk.lw(i))))
            && !(a..b).any(|i| tk.toks[i].verb_form)
    };
    let p = a1.wrapping_sub(1);
    if a1 > c1 + 1
        && is_word(tk, p)
        && cls(tk, lx, p) & class::STOP != 0
        && cls(tk, lx, p) & (class::DET | class::PREP | class::QUE | class::REL) == 0
        && !may_speak(a1, b1)
    {
        let (a0, _) = np_backward(tk, lx, c1, p).filter(|&(a0, b0)| may_speak(a0, b0))?;
        return Some((a0, b1));
    }
    None
}

/// The longest participial incise skipped before a cue's verb (construction
/// `participle-incise`), in tokens.
const PARTICIPLE_INCISE_WINDOW: usize = 24;

/// Construction `adjunct-chain-subject`: whether `[p, end)` is a chain of phrases of time or
/// place (at most ADJUNCT_CHAIN_WINDOW words, all words): it opens with a preposition of a
/// fronted phrase (`fronted_prepositions.txt`), holds no role, no form of a reporting verb, no
/// conjunction and no pronoun or relative, and each determiner follows a preposition (not "on Monday the
/// minister": a new subject).
fn adjunct_chain(tk: &Tokens, lx: &Lex, p: usize, end: usize) -> bool {
    end > p + 1
        && end - p <= ADJUNCT_CHAIN_WINDOW
        && is_word(tk, p)
        && !tk.toks[p].upper
        && lx.fronted_prepositions.contains(tk.lw(p))
        && (p + 1..end).all(|k| {
            let c = cls(tk, lx, k);
            is_word(tk, k)
                && !tk.toks[k].verb_form
                && !tk.is_role(lx, k)
                && c & (class::REL | class::QUE | class::AUX | class::CONJ) == 0
                && (c & class::PRON == 0 || lx.possessives.contains_key(tk.lw(k)))
                && (c & class::DET == 0
                    || lx.possessives.contains_key(tk.lw(k))
                    || cls(tk, lx, k - 1) & (class::PREP | class::STOP) != 0)
        })
}

/// Whether `[c, e)` ends with a person's full name (two to four capitalised words, none an
/// organisation noun) shown a person's by a known first name or by a role or title before
/// it, or (`apposed`) by a comma before it opening the chunk ("The head of the chamber, Hadi
/// Tabar,").
fn person_closes(tk: &Tokens, lx: &Lex, c: usize, e: usize, apposed: bool) -> bool {
    (c.max(e.saturating_sub(4))..e.saturating_sub(1)).any(|t| {
        let first = tk.lw(t).split('-').next().unwrap_or_default();
        let shown = lx.first_names.contains_key(first)
            || t > c && (tk.is_role(lx, t - 1) || lx.titles.contains(tk.lw(t - 1)))
            || apposed && t == c && c > 0 && tk.is(c - 1, ",");
        is_name_chunk(tk, lx, t, e)
            && person_start(tk, lx, t)
            && (t..e).all(|k| !lx.is_org(tk.lw(k)))
            && shown
    })
}

/// The longest apposition read back from the comma before a cue by `name-long-apposition`.
const LONG_APPOSITION_WINDOW: usize = 16;

/// Whether the chunk `[c1, end)` opens with a past participle ([`bare_participle`], no
/// role) before a word that is no role nor organisation noun it would qualify ("asked about
/// the plan", "chaired by a judge", "based in Leeds"; not "retired banker Tom Lee").
fn opens_past_participle(tk: &Tokens, lx: &Lex, c1: usize, end: usize) -> bool {
    c1 + 1 < end
        && bare_participle(tk, lx, c1)
        && !tk.is_role(lx, c1)
        && is_word(tk, c1 + 1)
        && !tk.is_role(lx, c1 + 1)
        && !lx.is_org(tk.lw(c1 + 1))
}

/// Whether the chunk `[c1, end)` opens with a present participle (`participle_endings.txt`),
/// after a gerund marker or a reflexive pronoun: lower case, not a function word nor a role,
/// and a word after it.
pub(super) fn opens_participle(tk: &Tokens, lx: &Lex, c1: usize, end: usize) -> bool {
    let mut k = c1;
    while k < end && k < c1 + 2 && is_word(tk, k) {
        let marker = lx.has(tk.lw(k), word::GERUND);
        if !(marker || cls(tk, lx, k) & class::REFL != 0) {
            break;
        }
        k += 1;
    }
    let w = tk.lw(k);
    k + 1 < end
        && is_word(tk, k)
        && !tk.toks[k].upper
        && cls(tk, lx, k)
            & (class::STOP | class::DET | class::PREP | class::ADV | class::CONJ | class::PRON)
            == 0
        && w.chars().count() > 5
        && !tk.is_role(lx, k)
        && lx
            .participle_endings
            .iter()
            .any(|e| w.ends_with(e.as_str()))
}

/// Where the parenthesis opens when the tokens before `end` are an acronym of one or two
/// capitalised words in parentheses ("(FLA)", "(LR)"), after `us`.
pub(super) fn acronym_before(tk: &Tokens, us: usize, end: usize) -> Option<usize> {
    let close = end.checked_sub(1)?;
    if !tk.is(close, ")") {
        return None;
    }
    (close.saturating_sub(3)..close.saturating_sub(1))
        .rev()
        .find(|&o| o > us && tk.is(o, "("))
        .filter(|&o| (o + 1..close).all(|k| tk.word(k) && tk.toks[k].upper))
}

/// Whether `[a, b)` may be a member of a list of actors separated by commas: at most four
/// words, one of them a state, a place, an organisation or a role ("Britain", « l'Allemagne »,
/// "the United States": a place of several words).
pub(super) fn list_member(tk: &Tokens, lx: &Lex, a: usize, b: usize) -> bool {
    b > a
        && b - a <= 4
        && (a..b).all(|h| is_word(tk, h))
        && (a..b).any(|h| {
            let w = tk.lw(h);
            tk.toks[h].upper && (lx.places.contains_key(w) || country_in(tk, lx, h, b).is_some())
                || lx.is_org(w)
                || tk.is_role(lx, h)
        })
}

/// Whether the words before a cue are ", <relative clause>," ("X, dont le pays …, a conclu"),
/// looking at most [`SUBJECT_WINDOW`] tokens back.
pub(super) fn relative_before(tk: &Tokens, lx: &Lex, us: usize, cue_s: usize) -> bool {
    if cue_s < us + 2 || !tk.is(cue_s - 1, ",") || cue_s - us > SUBJECT_WINDOW {
        return false;
    }
    let mut k = cue_s - 1;
    while k > us && tk.word(k - 1) {
        k -= 1;
    }
    if !(k > us && tk.is(k - 1, ",") && cls(tk, lx, k) & class::REL != 0) {
        return false;
    }
    // the relative follows a subject that opens the unit: "Le président X, dont …,"
    // (not a clause with its auxiliary: "Ses résultats sont annulés, dont …, a précisé X")
    let mut j = k - 1;
    while j > us && tk.word(j - 1) {
        j -= 1;
    }
    j == us && !(us..k - 1).any(|i| cls(tk, lx, i) & class::AUX != 0)
}

/// Whether `[a, b)` is a run of capitalised words (a proper name).
pub(super) fn is_name_chunk(tk: &Tokens, lx: &Lex, a: usize, b: usize) -> bool {
    b > a
        && (a..b).all(|i| {
            titled_period(tk, lx, i)
                || is_word(tk, i)
                    && (tk.toks[i].upper || name_particle(tk, i) || particle_surname(tk, lx, i))
        })
        && tk.toks[a].upper
        && !tk.is_role(lx, a)
        // "À Paris,", "Since March,": a capitalised preposition opens an adverbial
        && cls(tk, lx, a) & (class::PREP | class::STOP | class::TIME | class::ADV | class::CONJ) == 0
}

/// Construction `linked-org-name`: whether `[a, b)` is a name of capitalised words with
/// lower-case function words between them ("Poder in Action", "Voices for Change"): a
/// capitalised first word of no class and no known first name, a capitalised last word, no
/// role, each lower-case word a function word inside the name.
pub(super) fn linked_name(tk: &Tokens, lx: &Lex, a: usize, b: usize) -> bool {
    let link = class::STOP | class::PREP | class::DET | class::DOMAIN;
    b >= a + 3
        && (a..b).all(|k| {
            is_word(tk, k)
                && !tk.is_role(lx, k)
                && (tk.toks[k].upper || k > a && k + 1 < b && cls(tk, lx, k) & link != 0)
        })
        && (a..b).any(|k| !tk.toks[k].upper)
        && cls(tk, lx, a) == 0
        && !lx.first_names.contains_key(tk.lw(a))
}

/// Construction `possessor-apposition`: whether `[a, b)` opens with a proper name's
/// possessive, its capitalised words then the possessive word, before a lower-case word
/// ("Zenith's main rival", "NHS England's national medical director"): a description of the
/// name apposed before it, as one opened by a determiner (at most four words of the name).
pub(super) fn possessor_opener(tk: &Tokens, lx: &Lex, a: usize, b: usize) -> bool {
    (a..b.min(a + 4))
        .take_while(|&p| is_word(tk, p) && tk.toks[p].upper)
        .find(|&p| lx.is_possessive(tk.lw(p)))
        .is_some_and(|p| p + 1 < b && is_word(tk, p + 1) && !tk.toks[p + 1].upper)
}

pub(super) fn has_role_or_org(tk: &Tokens, lx: &Lex, a: usize, b: usize) -> bool {
    (a..b.min(a + 4)).any(|i| is_word(tk, i) && (tk.is_role(lx, i) || lx.is_org(tk.lw(i))))
}

/// The subject after a postposed cue: "…, a déclaré le ministre X lors de …".
pub(super) fn subject_after(
    tk: &Tokens,
    lx: &Lex,
    from: usize,
    ue: usize,
) -> Option<(usize, usize)> {
    let mut j = skip_adverbs(tk, lx, from, ue);
    // an addressee before the subject: "a indiqué à l'AFP X"
    if j < ue && is_word(tk, j) && lx.has(tk.lw(j), word::ADDRESSEE) {
        let mut k = j + 1;
        while k < ue && cls(tk, lx, k) & class::DET != 0 {
            k += 1;
        }
        if k < ue && is_word(tk, k) {
            k += 1;
        }
        j = skip_adverbs(tk, lx, k, ue);
    }
    if j >= ue || !is_word(tk, j) {
        return None;
    }
    let c = cls(tk, lx, j);
    if c & (class::QUE | class::REL | class::PRON) != 0
        || c & class::STOP != 0 && c & class::DET == 0
    {
        return None;
    }
    let digits = tk.raw(j).starts_with(|c: char| c.is_ascii_digit());
    if c & class::DET == 0 && !tk.toks[j].upper && !digits {
        // a lower-case word that is neither determiner nor name: MT garbage ("pléger")
        // is still a mention; a verb or adjective is not, unless a name follows the
        // description (construction `described-person`: "said local pharmacist Mark Doyle");
        // a word that is also a verb may open it when a role closes it, as the modifier of
        // a compound role ("said project director Lena Moss"); a courtesy title may come
        // before the name ("said chief engineer Dr Omar Haddad", "lead author Dr. Ana Silva")
        let name_at = |k: usize| {
            let n = if lx.titles.contains(tk.lw(k)) {
                k + 1 + usize::from(tk.is(k + 1, "."))
            } else {
                k
            };
            n < ue && person_start(tk, lx, n)
        };
        let described = (j + 1..(j + 4).min(ue))
            .take_while(|&k| is_word(tk, k))
            .find(|&k| tk.toks[k].upper)
            .is_some_and(|k| {
                let compound_role = tk.is_role(lx, k - 1);
                name_at(k)
                    && (j..k)
                        .all(|h| cls(tk, lx, h) == 0 && (compound_role || !tk.toks[h].verb_form))
            });
        if j + 1 < ue && is_word(tk, j + 1) && !described {
            return None;
        }
    }
    let mut end = np_forward(tk, lx, j, ue);
    // construction `postposed-addressee`: "…, a déclaré Martin aux journalistes", "a
    // dit le maire à des habitants": the addressee after the subject is not part of it
    // when its noun is lower case (a role's own domain is capitalised: "le ministre aux
    // Transports", "la secrétaire d'État à la Mer")
    if let Some(k) = (j + 1..end).find(|&k| {
        lx.has(tk.lw(k), word::ADDRESSEE)
            // "a source close to the ministry": the preposition of a source link
            && !lx.source_links.contains(tk.lw(k - 1))
            && {
            let mut h = k + 1;
            while h < end && cls(tk, lx, h) & class::DET != 0 {
                h += 1;
            }
            h < end && !tk.toks[h].upper
        }
    }) {
        end = k;
    }
    if end <= j {
        return None;
    }
    // construction `possessed-object`: a phrase opened by a possessive is a subject only when
    // its head can speak (« a déclaré son président », "said its chief executive", « a
    // confié son entourage »); « a présenté son offre », "filed its bid" name an object
    if lx.has(tk.lw(j), word::POSS) && !possessed_speaker(tk, lx, j, end) {
        return None;
    }
    // apposition after a role without a name: "le porte-parole, John Kirby,", also after
    // a complement the phrase does not take in ("la responsable de l'agence pour les
    // urgences, Anne Valois")
    // construction `coordinated-role-apposition`: a role whose complement is coordinated
    // ("le ministre de l'Économie et des Finances, X", "the Minister of Agriculture and
    // Fisheries, X"): a coordinator before a preposition, a determiner or a role goes on
    // with the role
    let role_goes_on = |k: usize| {
        cls(tk, lx, k) & class::COORD != 0
            && k + 1 < ue
            && is_word(tk, k + 1)
            && (cls(tk, lx, k + 1) & (class::PREP | class::DET) != 0 || tk.is_role(lx, k + 1))
            && (j..k).any(|h| is_word(tk, h) && tk.is_role(lx, h))
    };
    // (and over the acronym in brackets of the role's organisation: "le directeur de
    // l'Institut de la pêche (INP), Paul Morin,", construction `bracketed-acronym-apposition`)
    let bracketed = |k: usize| {
        (k + 2..(k + 4).min(ue))
            .find(|&h| !is_word(tk, h))
            .filter(|&h| tk.is(k, "(") && tk.is(h, ")"))
    };
    let mut comma = end;
    while comma < ue && comma < end + 6 {
        if let Some(close) = bracketed(comma) {
            comma = close + 1;
            continue;
        }
        if !(is_word(tk, comma)
            && !tk.toks[comma].verb_form
            && (cls(tk, lx, comma)
                & (class::QUE | class::REL | class::CONJ | class::PRON | class::AUX)
                == 0
                || role_goes_on(comma)))
        {
            break;
        }
        comma += 1;
    }
    // (a name inside the complement is its domain: "le président du Rodez AF, X"; a
    // capitalised word after a coordinator of capitalised words is one of the domain:
    // "Agriculture and Fisheries")
    let inside = |i: usize| {
        i > j && tk.is(i - 1, "(")
            || i > j
                && is_word(tk, i - 1)
                && (tk.toks[i - 1].upper
                    || i > j + 1
                        && cls(tk, lx, i - 1) & class::COORD != 0
                        && is_word(tk, i - 2)
                        && tk.toks[i - 2].upper)
    };
    let named = (j..comma).any(|i| person_start(tk, lx, i) && !inside(i));
    if comma < ue && tk.is(comma, ",") && !named {
        let k = comma + 1;
        if k < ue {
            let e2 = np_forward(tk, lx, k, ue);
            if e2 > k && (k..e2).any(|i| person_start(tk, lx, i)) {
                end = e2;
            }
        }
    }
    Some((j, end))
}

/// Whether the phrase `[j, end)`, opened by a possessive, names who may speak: a name, a
/// role or an organisation ([`looks_like_source`]), another source or a body of the
/// possessor (`possessed_parts.tsv`) as its head ("its chief executive", « son entourage »; not « son offre »).
fn possessed_speaker(tk: &Tokens, lx: &Lex, j: usize, end: usize) -> bool {
    let speaks = |w: &str| {
        lx.is_role(w)
            || lx.is_org(w)
            || lx.others.contains(w)
            || lx.possessed_parts.contains_key(w)
            || lx
                .plurals
                .strip(w)
                .is_some_and(|s| lx.possessed_parts.contains_key(s))
    };
    looks_like_source(tk, lx, j, end) || qualified_head(tk, lx, j, end, speaks).is_some()
}

/// Whether token `i` starts a person's name: capitalised, not after a preposition,
/// not a role, title, place or determiner.
pub(super) fn person_start(tk: &Tokens, lx: &Lex, i: usize) -> bool {
    if !is_word(tk, i) || !tk.toks[i].upper {
        return false;
    }
    let w = tk.lw(i);
    // the classes of a word token are those of its lower-case form; a possessive
    // ("Tuesday's") has those of the word without its ending
    let c = match lx.possessor(w).or_else(|| w.strip_suffix('\'')) {
        Some(stem) => tk.cls(i) | lx.class(stem),
        None => tk.cls(i),
    };
    // a known word of any class (determiners included) is not a name
    if c != 0 {
        return false;
    }
    // "Foreign", "Prime": the first word of a role of several words ("Foreign Mnister X")
    if tk.is_role(lx, i) || lx.titles.contains(w) || lx.role_heads.contains(w) {
        return false;
    }
    if i + 1 < tk.toks.len() && is_word(tk, i + 1) && lx.is_role_pair(w, tk.lw(i + 1)) {
        return false;
    }
    if origin_title(tk, lx, i) {
        return false;
    }
    if i > 0 && is_word(tk, i - 1) && cls(tk, lx, i - 1) & class::PREP != 0 {
        return false;
    }
    // not the second word of a capitalised name after a determiner ("de la Maison
    // Blanche")
    if i > 1
        && is_word(tk, i - 1)
        && tk.toks[i - 1].upper
        && cls(tk, lx, i - 1) == 0
        && is_word(tk, i - 2)
        && cls(tk, lx, i - 2) & (class::DET | class::PREP) == class::DET
    {
        let p = tk.lw(i - 1);
        if !(tk.is_role(lx, i - 1)
            || lx.titles.contains(p)
            || lx.role_heads.contains(p)
            || origin_title(tk, lx, i - 1))
        {
            return false;
        }
    }
    if i > 1
        && is_word(tk, i - 1)
        && cls(tk, lx, i - 1) & class::DET != 0
        && cls(tk, lx, i - 2) & class::PREP != 0
    {
        return false;
    }
    true
}

/// Whether word `k` is a capitalised month name or abbreviation with a number right after
/// it ("December 3", "Dec 1 2026"): the end of a date, not of a name.
pub(super) fn month_before_number(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    is_word(tk, k)
        && tk.toks[k].upper
        && lx.months.contains_key(tk.lw(k))
        && k + 1 < tk.toks.len()
        && tk.raw(k + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// Construction `origin-title`: a capitalised noun of origin before a capitalised word
/// ("l'Espagnol Kilian Jornet", "Spaniard Carlos Ruiz") describes the name after it like a
/// role; it is no first word of the name (unless it is a first name itself). A country's
/// demonym counts only where a capitalised one is always a noun (`orthography.tsv`).
pub(super) fn origin_title(tk: &Tokens, lx: &Lex, i: usize) -> bool {
    is_word(tk, i)
        && tk.toks[i].upper
        && (lx.origin_epithets.contains(tk.lw(i))
            || lx.capitalised_demonym_nouns && lx.is_origin_epithet(tk.lw(i)))
        && !lx.first_names.contains_key(tk.lw(i))
        && i + 1 < tk.toks.len()
        && is_word(tk, i + 1)
        && tk.toks[i + 1].upper
}

/// The end of a noun phrase starting at `j`.
pub(super) fn np_forward(tk: &Tokens, lx: &Lex, j: usize, ue: usize) -> usize {
    // construction `listed-institution`: an institution of the lexicon whose name holds
    // lower-case words ("Médecins sans frontières", "Committee to Protect Journalists") is
    // the whole phrase (at most five words)
    if j < ue && is_word(tk, j) && tk.toks[j].upper {
        let listed = (3..=5).rev().find(|&n| {
            j + n <= ue
                && (j..j + n).all(|i| is_word(tk, i))
                && with_phrase_key(tk, j, j + n, |key| {
                    lx.places
                        .get(key)
                        .is_some_and(|p| p.kind == crate::ActorType::Organization)
                })
        });
        if let Some(n) = listed {
            return j + n;
        }
    }
    let mut k = j;
    let mut words = 0;
    while k < ue && words < 14 {
        if !is_word(tk, k) {
            // the period of a title or a dotted acronym inside the phrase ("the U.N. body")
            if k > j && titled_period(tk, lx, k) && k + 1 < ue && is_word(tk, k + 1) {
                k += 1;
                continue;
            }
            break;
        }
        let c = cls(tk, lx, k);
        // "Office for National Statistics", "Centers for Disease Control and Prevention": a
        // domain word or a conjunction between capitalised words of a name
        let inside_name = k > j
            && c & (class::DOMAIN | class::COORD) != 0
            && tk.toks[k - 1].upper
            && k + 1 < ue
            && is_word(tk, k + 1)
            && tk.toks[k + 1].upper;
        if inside_name {
            words += 1;
            k += 1;
            continue;
        }
        if k > j
            && c & class::STOP != 0
            && c & (class::DET | class::PREP) == 0
            && !role_of(tk, lx, k)
        {
            break;
        }
        if k > j && c & class::TIME != 0 {
            break;
        }
        // a reflexive or negation opens the verb group ("le ministre s'est montré", "ne")
        if k > j
            && c & (class::QUE
                | class::REL
                | class::CONJ
                | class::PRON
                | class::AUX
                | class::REFL
                | class::NEG)
                != 0
            && c & class::DET == 0
        {
            break;
        }
        // a determiner after the head that is not chained by a preposition: a new phrase
        if k > j
            && c & class::DET != 0
            && c & class::PREP == 0
            && cls(tk, lx, k - 1) & class::PREP == 0
            && !role_of(tk, lx, k - 1)
        {
            break;
        }
        words += 1;
        k += 1;
        // "M. Sullivan": a courtesy title keeps its period
        if k < ue && tk.is(k, ".") && lx.titles.contains(tk.lw(k - 1)) {
            k += 1;
        }
    }
    // do not end on a preposition or determiner
    while k > j && is_word(tk, k - 1) && cls(tk, lx, k - 1) & (class::PREP | class::DET) != 0 {
        k -= 1;
    }
    k
}

/// The source after a marker: up to a comma, a period or a quotation.
pub(super) fn marker_np(tk: &Tokens, lx: &Lex, e: usize, ue: usize) -> Option<(usize, usize)> {
    let end = np_forward(tk, lx, e, ue);
    if end <= e {
        return None;
    }
    if let Some(k) = relayed_source(tk, lx, e, end, ue) {
        return Some((e, k));
    }
    // construction `document-participle`: a document or group of `other_sources.txt` closed by
    // a participle with no agent ("according to a study published Tuesday in …", "a new poll
    // released on Wednesday") is the phrase before the participle
    let mut end = end;
    if let Some(p) = end.checked_sub(1).filter(|&p| p > e + 1) {
        let head = is_word(tk, p - 1)
            && (lx.others.contains(tk.lw(p - 1)) || lx.document_nouns.contains(tk.lw(p - 1)));
        if bare_participle(tk, lx, p) && head && !agent_after(tk, lx, p, ue) {
            end = p;
        }
    }
    // "selon les données fournies par X": the source is X
    if others_head(tk, lx, e, end) {
        let mut k = end;
        while k < ue && k < end + 6 && !(tk.toks[k].kind != Kind::Word) {
            if tk.cls(k) & class::AGENT != 0 {
                let e2 = np_forward(tk, lx, k + 1, ue);
                if e2 > k + 1 {
                    return Some((k + 1, e2));
                }
            }
            k += 1;
        }
    }
    Some(data_provider(tk, lx, e, end, ue).unwrap_or((e, end)))
}

/// construction `relayed-source`: a source the reporter read, obtained, quoted or reached
/// ("according to a document seen by Reuters", « selon un responsable joint par l'AFP »,
/// `relay_participles.txt`: a participle after a word of the phrase, then its agent within
/// three words) is the phrase before the participle, not the agent who passed it on; not
/// data, whose relayer provides them (« selon des chiffres cités par l'état-major »).
/// The position of the participle.
fn relayed_source(tk: &Tokens, lx: &Lex, e: usize, end: usize, ue: usize) -> Option<usize> {
    if qualified_head(tk, lx, e, end, |w| lx.data_nouns.contains(w)).is_some() {
        return None;
    }
    (e + 1..(end + 1).min(ue)).find(|&k| is_word(tk, k - 1) && relay_at(tk, lx, k, ue))
}

/// Whether a relay participle (`relay_participles.txt`) stands at `k` with its agent within
/// the three words after it ("seen by", « joint par téléphone par »).
pub(super) fn relay_at(tk: &Tokens, lx: &Lex, k: usize, ue: usize) -> bool {
    is_word(tk, k)
        && !tk.toks[k].upper
        && lx.relay_participles.contains(tk.lw(k))
        && agent_after(tk, lx, k, ue)
}

/// Whether an agent word ("by", « par ») stands among the three words after token `k`,
/// before the unit's end `ue`.
fn agent_after(tk: &Tokens, lx: &Lex, k: usize, ue: usize) -> bool {
    (k + 1..(k + 4).min(ue))
        .take_while(|&a| is_word(tk, a))
        .any(|a| cls(tk, lx, a) & class::AGENT != 0)
}

/// Whether token `k` is a lower-case word of no class with a past form or a regular past
/// ending: a participle closing a noun phrase ("a study published", "figures obtained").
fn bare_participle(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    let w = tk.lw(k);
    is_word(tk, k)
        && !tk.toks[k].upper
        && cls(tk, lx, k) == 0
        && (lx.has_past_ending(w, 3) || lx.past_forms.contains(w))
}

/// The provider of the data a marker's source names: "selon les chiffres du ministère",
/// "according to figures from the Home Office" (a data noun, `data_nouns.txt`, then a
/// preposition and a name, a role or an organisation), "according to Home Office figures"
/// (capitalised words before the data noun that ends the phrase).
fn data_provider(tk: &Tokens, lx: &Lex, e: usize, end: usize, ue: usize) -> Option<(usize, usize)> {
    let mut i = e;
    while i < end && cls(tk, lx, i) & class::DET != 0 {
        i += 1;
    }
    let data = |k: usize| k < ue && is_word(tk, k) && lx.data_nouns.contains(tk.lw(k));
    let document = |k: usize| k < ue && is_word(tk, k) && lx.document_nouns.contains(tk.lw(k));
    // ("unofficial results from X": qualifiers before the data noun)
    if let Some(h) = qualified_head(tk, lx, e, end, |w| {
        lx.data_nouns.contains(w) || lx.document_nouns.contains(w)
    }) {
        i = h;
    }
    let preposition = |k: usize| {
        is_word(tk, k)
            && (cls(tk, lx, k) & class::PREP != 0 || lx.origin_prepositions.contains(tk.lw(k)))
    };
    // construction `document-author`: a document's author after "de" or "from" or an agent
    // (« selon le dernier rapport de la Cour des comptes », "according to a report from the
    // IMF"), not its topic (« le rapport sur … »)
    let author = |k: usize| {
        is_word(tk, k)
            && (cls(tk, lx, k) & class::PREP != 0 && cls(tk, lx, k) & class::DET != 0
                || lx.origin_prepositions.contains(tk.lw(k))
                || cls(tk, lx, k) & class::AGENT != 0)
    };
    // construction `received-data-source`: a participle between the noun and its
    // preposition ("according to the information received from sector sources", "figures
    // obtained from the ministry"): the source after the preposition
    let p = if i + 2 < ue && data(i) && bare_participle(tk, lx, i + 1) {
        i + 2
    } else {
        i + 1
    };
    // (a document's author after "of" when the author is named: "according to the report
    // of the Audit Commission", not "a report of violence")
    let of = |k: usize| is_word(tk, k) && lx.has(tk.lw(k), word::NOUN_OF);
    if (data(i) && preposition(p) || document(i) && (author(i + 1) || of(i + 1))) && p + 1 < ue {
        let to = np_forward(tk, lx, p + 1, ue);
        // (not a time: "data from March")
        let dated = (p + 1..to).any(|k| lx.months.contains_key(tk.lw(k)));
        let named = (p + 1..to).any(|k| tk.toks[k].upper);
        let authored = data(i) && preposition(p) || author(i + 1) || named;
        let source = looks_like_source(tk, lx, p + 1, to)
            || (p + 1..to).any(|k| lx.others.contains(tk.lw(k)));
        if to > p + 1 && !dated && authored && (named || source) {
            return Some((p + 1, to));
        }
    }
    let last = end.checked_sub(1)?;
    let named = last > i && (i..last).all(|k| is_word(tk, k) && tk.toks[k].upper);
    (data(last) && named && looks_like_source(tk, lx, i, last)).then_some((i, last))
}

pub(super) fn others_head(tk: &Tokens, lx: &Lex, a: usize, b: usize) -> bool {
    qualified_head(tk, lx, a, b, |w| lx.others.contains(w)).is_some()
}

/// The word of `[a, b)` that `head` accepts, after the determiners and at most two
/// lower-case qualifiers of no class that are no role or organisation ("unofficial
/// results", « les premiers résultats »).
fn qualified_head(
    tk: &Tokens,
    lx: &Lex,
    a: usize,
    b: usize,
    head: impl Fn(&str) -> bool,
) -> Option<usize> {
    let mut i = a;
    while i < b && cls(tk, lx, i) & class::DET != 0 {
        i += 1;
    }
    (i..b.min(i + 3))
        .take_while(|&k| {
            is_word(tk, k)
                && !tk.toks[k].upper
                && (head(tk.lw(k))
                    || cls(tk, lx, k) == 0 && !tk.is_role(lx, k) && !lx.is_org(tk.lw(k)))
        })
        .find(|&k| head(tk.lw(k)))
}

/// Whether `[s, e)` can be the source of "Pour X, …": a name, a role or an organisation.
pub(super) fn looks_like_source(tk: &Tokens, lx: &Lex, s: usize, e: usize) -> bool {
    (s..e).any(|i| person_start(tk, lx, i)) || has_role_or_org(tk, lx, s, e)
}

/// An apposition chunk "porte-parole du ministère," starting at `k`: the token after its comma.
pub(super) fn apposition(tk: &Tokens, lx: &Lex, k: usize, ue: usize) -> Option<usize> {
    // the name of a role source: "Selon le directeur du club, Luc Bernard, …"
    let role_before = k >= 2
        && tk.is(k - 1, ",")
        && (k.saturating_sub(8)..k - 1)
            .rev()
            .take_while(|&i| is_word(tk, i))
            .any(|i| tk.is_role(lx, i));
    if role_before && person_start(tk, lx, k) {
        let mut j = k;
        while j < ue && is_word(tk, j) && (tk.toks[j].upper || name_particle(tk, j)) {
            j += 1;
        }
        if j < ue && tk.is(j, ",") && j - k <= 5 {
            return Some(j + 1);
        }
    }
    let mut i = k;
    while i < ue && cls(tk, lx, i) & class::DET != 0 {
        i += 1;
    }
    if i >= ue || !is_word(tk, i) || !(tk.is_role(lx, i) || lx.is_org(tk.lw(i))) {
        return None;
    }
    let mut j = i;
    while j < ue && !tk.is(j, ",") {
        // (a party in parentheses: "le sénateur (LR) X")
        let party = tk.is(j, "(") || tk.is(j, ")");
        if tk.toks[j].kind != Kind::Word && !tk.is(j, "-") && !tk.is(j, "'") && !party {
            return None;
        }
        j += 1;
    }
    (j < ue && j - k <= 12).then_some(j + 1)
}

/// The subject of a clause ending with a colon before a quotation, and where its verb starts.
pub(super) fn colon_subject(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    colon: usize,
) -> Option<(Who, usize)> {
    // start after the last comma-separated introduction
    let mut start = us;
    for i in (us..colon).rev() {
        if tk.toks[i].kind != Kind::Word && !tk.is(i, "-") && !tk.is(i, "'") {
            if tk.is(i, ",") || tk.toks[i].kind == Kind::Close || tk.toks[i].kind == Kind::Open {
                start = i + 1;
                break;
            }
            return None;
        }
    }
    if colon - start > 14 || colon <= start {
        return None;
    }
    if let Some(i) = (start + 1..colon)
        .rev()
        .find(|&i| cls(tk, lx, i) & class::REL != 0)
    {
        return Some((Who::Relative(i), (i + 1).min(colon - 1)));
    }
    for i in start..colon {
        let c = cls(tk, lx, i);
        if c & class::PRON != 0 && c & class::DET == 0 {
            let who = Who::pronoun_at(tk, i);
            return Some((who, (i + 1).min(colon - 1)));
        }
        if c & class::REL != 0 && i > start {
            return Some((Who::Relative(i), (i + 1).min(colon - 1)));
        }
    }
    // "Le ministre prévient :" — a subject phrase, then the verb
    let end = np_forward(tk, lx, start, colon);
    if end <= start || end >= colon {
        return apposed_colon_subject(tk, lx, us, start, colon);
    }
    let (a, b) = (start, end);
    if !(looks_like_source(tk, lx, a, b)) {
        return apposed_colon_subject(tk, lx, us, start, colon);
    }
    Some((Who::Np(a, b), b))
}

/// The subject of a colon quotation whose predicate follows an apposition: "Marcel, retraité
/// de 71 ans, fait ses comptes :", "Aisha, a fabric seller, remains sceptical:" — a name
/// between commas (or opening the unit), its apposition, then the predicate from `start`,
/// which opens with a lower-case word that is no determiner.
fn apposed_colon_subject(
    tk: &Tokens,
    lx: &Lex,
    us: usize,
    start: usize,
    colon: usize,
) -> Option<(Who, usize)> {
    let c1 = start.checked_sub(1).filter(|&c| c > us && tk.is(c, ","))?;
    if !is_word(tk, start) || tk.toks[start].upper || cls(tk, lx, start) & class::DET != 0 {
        return None;
    }
    let c2 = (c1.saturating_sub(10).max(us)..c1)
        .rev()
        .find(|&k| !is_word(tk, k))?;
    if !tk.is(c2, ",") || c2 + 1 >= c1 {
        return None;
    }
    let a = (us..c2)
        .rev()
        .find(|&k| !is_word(tk, k))
        .map_or(us, |k| k + 1);
    (a < c2 && c2 - a <= 4 && is_name_chunk(tk, lx, a, c2) && person_start(tk, lx, a))
        .then_some((Who::Np(a, c2), start.min(colon - 1)))
}

pub(super) fn country_in(tk: &Tokens, lx: &Lex, a: usize, b: usize) -> Option<&'static str> {
    for i in a..b {
        if !is_word(tk, i) {
            continue;
        }
        if let Some(&iso) = lx.demonyms.get(tk.lw(i)) {
            if !tk.toks[i].upper || i > a {
                return Some(iso);
            }
        }
        // only a capitalised place names a country; a place starts with a head word
        if !tk.toks[i].upper || !lx.place_heads.contains(tk.lw(i)) {
            continue;
        }
        // the longest place from `i` that names a country, read word by word
        let mut key = String::new();
        let mut country = None;
        for k in i..(i + lx.place_len).min(b) {
            if k > i {
                key.push(' ');
            }
            key.push_str(tk.lw(k));
            if let Some(c) = lx.places.get(&key).and_then(|p| p.country) {
                country = Some(c);
            }
            if !lx.place_prefixes.contains(&key) {
                break;
            }
        }
        if country.is_some() {
            return country;
        }
    }
    None
}

/// [`normalize`] for a lookup: one word is borrowed, not copied.
pub(super) fn phrase_key<'t>(tk: &'t Tokens, a: usize, b: usize) -> Cow<'t, str> {
    match b.checked_sub(a) {
        Some(1) => Cow::Borrowed(tk.lw(a)),
        _ => Cow::Owned(normalize(tk, a, b)),
    }
}

/// Calls `f` with [`phrase_key`]`(tk, a, b)`, for a lookup: one word as it is, more
/// joined in the thread's scratch buffer ([`crate::chars::with_scratch`]).
pub(super) fn with_phrase_key<R>(tk: &Tokens, a: usize, b: usize, f: impl FnOnce(&str) -> R) -> R {
    if b.checked_sub(a) == Some(1) {
        return f(tk.lw(a));
    }
    crate::chars::with_scratch(|key| {
        push_normalized(tk, a, b, key);
        f(key)
    })
}

/// The space-joined lower-case words of `[a, b)`.
pub(super) fn normalize(tk: &Tokens, a: usize, b: usize) -> String {
    let len = (a..b).map(|i| tk.lw(i).len() + 1).sum();
    let mut out = String::with_capacity(len);
    push_normalized(tk, a, b, &mut out);
    out
}

/// Appends [`normalize`]`(tk, a, b)` to the empty `out`.
fn push_normalized(tk: &Tokens, a: usize, b: usize, out: &mut String) {
    for i in a..b {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(tk.lw(i));
    }
}
