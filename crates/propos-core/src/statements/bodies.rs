//! Organisations an article names in two ways: acronyms with their expansion ("the
//! Office for Budget Responsibility (OBR) … the OBR", [`collect_acronyms`]) and bodies
//! described by their kind ("Brightwell, a British start-up", "energy regulator Ofwell",
//! [`collect_org_kinds`]), so that a later acronym or kind noun ("the start-up") names
//! the organisation. Each is collected in one pass over the article's tokens.

use super::lex::{class, Lex};
use super::subjects::{
    cls, dotted_acronym, is_word, month_before_number, name_like_word, with_phrase_key,
};
use super::tokens::Tokens;
use crate::chars::base_letter;
use crate::hash::{FastMap, FastSet};

/// The acronyms an article expands, found the first time one is looked up.
pub(super) struct Acronyms {
    /// Lower-case acronym written after its expansion → the byte range of the expansion.
    explicit: FastMap<String, (usize, usize)>,
    /// Initials of a capitalised phrase ([`initials_key`]) → the byte range of the phrase.
    initials: FastMap<[char; 8], (usize, usize)>,
    /// Lower-case acronyms whose written expansion spells them ("World Health Organization
    /// (WHO)"): the article's name wins over a lexicon entry for the acronym.
    spelled: FastSet<String>,
}

impl Acronyms {
    /// Whether the article spells out an acronym: its expansion before it in parentheses,
    /// or a capitalised phrase of its initials ("the European Union … the EU").
    pub(super) fn spelled_out(&self, acronym: &str) -> bool {
        self.spelled.contains(acronym)
            || initials_key(acronym).is_some_and(|k| self.initials.contains_key(&k))
    }

    /// The byte range of the expansion of a lower-case acronym.
    pub(super) fn get(&self, acronym: &str) -> Option<(usize, usize)> {
        self.explicit
            .get(acronym)
            .or_else(|| self.initials.get(&initials_key(acronym)?))
            .copied()
    }
}

/// Up to eight characters as a fixed key, padded with NUL; `None` for longer words and
/// words holding NUL.
fn initials_key(word: &str) -> Option<[char; 8]> {
    let mut key = ['\0'; 8];
    let mut chars = word.chars();
    for slot in &mut key {
        match chars.next() {
            Some('\0') => return None,
            Some(c) => *slot = c,
            None => return Some(key),
        }
    }
    chars.next().is_none().then_some(key)
}

/// The span of the words in the parenthesis opened at `i` whose capitalised words spell
/// the acronym right before it, all their initials or all but one ("CREA (Centre for Research on Energy and Clean Air)").
/// Reads at most 16 tokens.
fn expansion_after(tk: &Tokens, i: usize) -> Option<(usize, usize)> {
    if !tk.is(i, "(") || !is_word(tk, i - 1) {
        return None;
    }
    let acr = tk.raw(i - 1);
    let n = acr.chars().count();
    if !(2..=10).contains(&n) || !acr.chars().all(char::is_uppercase) {
        return None;
    }
    let close = (i + 2..tk.toks.len().min(i + 17)).find(|&k| !is_word(tk, k))?;
    if !tk.is(close, ")") || !tk.toks[i + 1].upper {
        return None;
    }
    let initials: String = (i + 1..close)
        .filter(|&k| tk.toks[k].upper)
        .filter_map(|k| tk.raw(k).chars().next())
        .collect();
    // (the acronym may skip one of them: "CREA" for "… and Clean Air")
    let mut rest = initials.chars();
    let spells = initials.starts_with(&acr[..1])
        && initials.chars().count() <= n + 1
        && acr.chars().all(|c| rest.any(|r| r == c));
    spells.then(|| (tk.toks[i + 1].start, tk.toks[close - 1].end))
}

/// Construction `title-case-acronym`: an acronym written as a word, capitalised only on
/// its first letter ("Centre national d'études spatiales (Cnes)", « Atelier parisien
/// d'urbanisme (Apur) »), in the parenthesis opened at `i`: the first token of the phrase
/// before it whose content words, from a capitalised one, spell it with the first letters
/// of each in turn (one or more: "Co" + "na" + "f" for « Corporation nationale
/// forestière (Conaf) »). At most eight letters and eight content words.
fn title_case_expansion(tk: &Tokens, lx: &Lex, i: usize) -> Option<usize> {
    const MAX: usize = 8;
    if !(tk.is(i, "(") && is_word(tk, i + 1) && tk.is(i + 2, ")")) {
        return None;
    }
    let raw = tk.raw(i + 1);
    let mut chars = raw.chars();
    let title = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().count() >= 2
        && chars.all(char::is_lowercase);
    if !title || raw.chars().count() > MAX {
        return None;
    }
    let letters: Vec<char> = tk.lw(i + 1).chars().map(base_letter).collect();
    // the content words before the parenthesis, nearest first (function words skipped)
    let mut words: Vec<usize> = Vec::new();
    let mut k = i;
    while k > 0 && words.len() < MAX && i - k < 2 * MAX {
        k -= 1;
        if !is_word(tk, k) {
            break;
        }
        if cls(tk, lx, k) == 0 {
            words.push(k);
        }
    }
    // (the nearest phrase that spells it)
    (2..=words.len()).find_map(|m| {
        let first = words[m - 1];
        let opens = tk.toks[first].upper
            && tk.lw(first).chars().next().map(base_letter) == letters.first().copied();
        if !opens {
            return None;
        }
        let phrase: Vec<Vec<char>> = words[..m]
            .iter()
            .rev()
            .map(|&k| tk.lw(k).chars().map(base_letter).collect())
            .collect();
        spells(&phrase, &letters).then_some(first)
    })
}

/// Whether `letters` is the first letters of each of `words` in turn, one or more of each.
/// Bounded by the callers' eight words of eight letters.
fn spells(words: &[Vec<char>], letters: &[char]) -> bool {
    let Some((first, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    (1..=first.len().min(letters.len().saturating_sub(rest.len())))
        .any(|p| first[..p] == letters[..p] && spells(rest, &letters[p..]))
}

/// Acronyms that follow their expansion ("Office for Budget Responsibility (OBR)", the
/// title-case ones from `title_case`) and the initials of capitalised phrases. Linear in
/// the tokens.
pub(super) fn collect_acronyms(tk: &Tokens, lx: &Lex, title_case: &TitleCaseAcronyms) -> Acronyms {
    let mut out: FastMap<String, (usize, usize)> = Default::default();
    let mut spelled: FastSet<String> = Default::default();
    let n = tk.toks.len();
    for i in 1..n.saturating_sub(2) {
        // construction `acronym-then-expansion`: "le centre de réflexion CREA (Centre for
        // Research on Energy and Clean Air)": the capitalised words in the parenthesis
        // spell the acronym before it
        if let Some(span) = expansion_after(tk, i) {
            spelled.insert(tk.lw(i - 1).to_string());
            out.entry(tk.lw(i - 1).to_string()).or_insert(span);
        }
        if !(tk.is(i, "(") && is_word(tk, i + 1) && tk.is(i + 2, ")")) {
            continue;
        }
        let acr = tk.raw(i + 1);
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        if let Some(a) = title_case.expansion(i) {
            out.entry(tk.lw(i + 1).to_string())
                .or_insert((tk.toks[a].start, tk.toks[i - 1].end));
            continue;
        }
        if letters.len() < 2 || letters.len() > 10 || !letters.iter().all(|c| c.is_uppercase()) {
            continue;
        }
        let letters: Vec<char> = tk.lw(i + 1).chars().filter(|c| c.is_alphabetic()).collect();
        let mut need = letters.len();
        let mut start = None;
        let mut k = i;
        while k > 0 && need > 0 && i - k < 3 * letters.len() + 2 {
            k -= 1;
            if !is_word(tk, k) {
                break;
            }
            // a hyphenated word gives the initials of its parts ("Agence France-Presse
            // (AFP)")
            let parts: Vec<char> = tk
                .lw(k)
                .split('-')
                .filter_map(|p| p.chars().next().map(base_letter))
                .collect();
            if parts.len() >= 2 && parts.len() <= need && letters[need - parts.len()..need] == parts
            {
                need -= parts.len();
                start = Some(k);
                continue;
            }
            let matches = tk.lw(k).chars().next().map(base_letter) == Some(letters[need - 1]);
            if !matches {
                // a lower-case word may sit between the initials ("for", "de la")
                if tk.toks[k].upper {
                    break;
                }
                continue;
            }
            need -= 1;
            start = Some(k);
        }
        let a = match (need, start) {
            (0, Some(a)) => {
                spelled.insert(tk.lw(i + 1).to_string());
                Some(a)
            }
            _ => acronym_phrase(tk, lx, i),
        };
        if let Some(a) = a {
            let text = (tk.toks[a].start, tk.toks[i - 1].end);
            out.entry(tk.lw(i + 1).to_string()).or_insert(text);
        }
    }
    // expansions written elsewhere without the acronym: the initials of the content
    // words of a phrase opened by a capitalised word ("la Haute cour constitutionnelle")
    let mut initials = String::new();
    let mut by_initials: FastMap<[char; 8], (usize, usize)> = Default::default();
    for i in 0..n {
        // an acronym is not its own expansion ("La CE a estimé"), but a dotted one may open
        // it with its letters ("the U.N. Environment Programme … UNEP")
        let dotted = is_word(tk, i) && dotted_acronym(tk.raw(i)) && tk.is(i + 1, ".");
        if !dotted
            && (!(is_word(tk, i) && tk.toks[i].upper)
                || cls(tk, lx, i) != 0
                || super::tokens::all_capitals(tk.raw(i)))
        {
            continue;
        }
        initials.clear();
        let mut k = i;
        if dotted {
            initials.extend(tk.lw(i).split('.').filter_map(|p| p.chars().next()));
            k += 2;
            if !(k < n && is_word(tk, k) && tk.toks[k].upper) {
                continue;
            }
        }
        // the phrase ends at a verb ("Haute cour constitutionnelle a confirmé")
        while k < n
            && k < i + 12
            && is_word(tk, k)
            && !tk.toks[k].verb_form
            && initials.chars().count() < 8
        {
            if cls(tk, lx, k) == 0 || k == i {
                let Some(c) = tk.lw(k).chars().next().filter(|c| c.is_alphabetic()) else {
                    break;
                };
                initials.push(base_letter(c));
                if initials.chars().count() >= 2 {
                    if let Some(key) = initials_key(&initials) {
                        by_initials
                            .entry(key)
                            .or_insert((tk.toks[i].start, tk.toks[k].end));
                    }
                }
            }
            k += 1;
        }
    }
    Acronyms {
        explicit: out,
        initials: by_initials,
        spelled,
    }
}

/// The words capitalised on their first letter only that the article spells out before
/// them in parentheses ([`title_case_expansion`]): a cheap first test before
/// [`collect_acronyms`], which every single-word name would otherwise trigger.
pub(super) struct TitleCaseAcronyms {
    /// The parenthesis → the first token of the expansion before it.
    at: FastMap<usize, usize>,
    /// The acronyms, lower case.
    names: FastSet<String>,
}

impl TitleCaseAcronyms {
    /// Whether the article spells out a title-case acronym (lower case).
    pub(super) fn contains(&self, acronym: &str) -> bool {
        self.names.contains(acronym)
    }

    /// The first token of the expansion before the parenthesis opened at `i`.
    fn expansion(&self, i: usize) -> Option<usize> {
        self.at.get(&i).copied()
    }
}

/// The title-case acronyms of an article. Linear in the tokens.
pub(super) fn collect_title_case_acronyms(tk: &Tokens, lx: &Lex) -> TitleCaseAcronyms {
    let at: FastMap<usize, usize> = (1..tk.toks.len().saturating_sub(2))
        .filter_map(|i| Some((i, title_case_expansion(tk, lx, i)?)))
        .collect();
    let names = at.keys().map(|&i| tk.lw(i + 1).to_string()).collect();
    TitleCaseAcronyms { at, names }
}

/// An organisation named, then described in apposition by the noun of its kind ("le
/// SNCTA, premier syndicat de la profession", "Ofgem, the energy regulator").
pub(super) struct OrgKind {
    /// The comma between name and description.
    pub(super) pos: usize,
    /// The name's tokens.
    pub(super) name: (usize, usize),
    /// The organisation noun, lower case.
    pub(super) noun: String,
}

/// Every organisation described by its kind in apposition: a run of capitalised words (not
/// a place), a comma, an optional determiner and at most three words, the last an
/// organisation noun, none a role, and no cue before the punctuation that closes it.
/// Linear in the tokens.
pub(super) fn collect_org_kinds(tk: &Tokens, lx: &Lex) -> Vec<OrgKind> {
    let mut out = Vec::new();
    let n = tk.toks.len();
    // a name word: capitalised, no function word, role, place or verb
    let name_word = |k: usize| {
        k < n
            && name_like_word(tk, lx, k)
            // (not a date: "December 3, 2026" on a dateline, construction `date-line`)
            && !month_before_number(tk, lx, k)
    };
    // the noun is a role's complement: "the spokesman for the government, Jane Reed,"
    let of_role = |i: usize| {
        let mut k = i;
        while k > 0
            && i - k < 3
            && cls(tk, lx, k - 1) & (class::DET | class::PREP | class::APREP | class::DOMAIN) != 0
        {
            k -= 1;
        }
        k < i && k > 0 && is_word(tk, k - 1) && tk.is_role(lx, k - 1)
    };
    for i in 1..n {
        // the kind before the name: "energy regulator Ofgem", "Britain's energy regulator,
        // Ofgem,", "le régulateur de l'énergie, la CRE,"
        if is_word(tk, i) && !tk.toks[i].upper && lx.is_org(tk.lw(i)) && !of_role(i) {
            let mut j = i + 1;
            if j < n && tk.is(j, ",") {
                j += 1;
                while j < n && cls(tk, lx, j) & class::DET != 0 {
                    j += 1;
                }
            }
            let mut r = j;
            while r < j + 5 && name_word(r) {
                r += 1;
            }
            let apposed = j > i + 1;
            // (with its determiner right before, "le groupe Valmont" is the organisation's
            // own name: [`Resolver::unit_subject`])
            let determined = cls(tk, lx, i - 1) & class::DET != 0;
            let closed = if apposed {
                r < n && tk.is(r, ",")
            } else {
                !determined
            };
            if r > j && closed && !with_phrase_key(tk, j, r, |k| lx.places.contains_key(k)) {
                out.push(OrgKind {
                    pos: r,
                    name: (j, r),
                    noun: tk.lw(i).to_string(),
                });
            }
        }
        // construction `name-then-kind`: the name before its kind noun, after a determiner
        // ("the Tollgate union said", "the IG Metall union"), so that a headline's "union
        // says" names it; not a state noun ("the Labour government"), a management noun,
        // a place or a demonym ("the German company"), nor a name going on after the noun
        if is_word(tk, i)
            && !tk.toks[i].upper
            && lx.is_org(tk.lw(i))
            && !lx.state_nouns.contains(tk.lw(i))
            && !lx.org_parts.contains(tk.lw(i))
            && !name_word(i + 1)
        {
            let mut s = i;
            while s > 1 && i - s < 4 && name_word(s - 1) {
                s -= 1;
            }
            // (a word of origin is no name: "the Leeds company", "the Ohio-based firm")
            let origin = (s..i).any(|k| {
                lx.demonyms.contains_key(tk.lw(k))
                    || tk.raw(k).contains('-')
                    || with_phrase_key(tk, k, k + 1, |w| lx.places.contains_key(w))
            });
            // (after a singular definite determiner: "a Leeds start-up" describes; and as
            // the subject of the verb right after it: "Brightwell, the Leeds start-up that
            // rents …" describes)
            let subject = i + 1 < n
                && is_word(tk, i + 1)
                && (tk.toks[i + 1].verb_form || cls(tk, lx, i + 1) & class::AUX != 0);
            let definite = cls(tk, lx, s - 1) & class::DET != 0
                && subject
                && !tk.has(s - 1, class::PLURAL)
                && !lx.indefinites.contains(tk.lw(s - 1));
            // (two words or more, or an acronym: a lone capitalised word may be a place
            // missing from the lexicon, "the Leeds company")
            let named = i - s >= 2 || super::tokens::all_capitals(tk.raw(s));
            if s < i
                && named
                && definite
                && !origin
                && !with_phrase_key(tk, s, i, |k| lx.places.contains_key(k))
            {
                out.push(OrgKind {
                    pos: i,
                    name: (s, i),
                    noun: tk.lw(i).to_string(),
                });
            }
        }
        if !tk.is(i, ",") || !is_word(tk, i - 1) || !tk.toks[i - 1].upper {
            continue;
        }
        let mut r0 = i - 1;
        // (within its line: not a headline's last word)
        while r0 > 0
            && i - r0 < 6
            && is_word(tk, r0 - 1)
            && tk.toks[r0 - 1].upper
            && tk.toks[r0 - 1].block == tk.toks[i].block
        {
            r0 -= 1;
        }
        if (r0..i).any(|k| cls(tk, lx, k) != 0 || tk.is_role(lx, k))
            || with_phrase_key(tk, r0, i, |k| lx.places.contains_key(k))
        {
            continue;
        }
        let mut j = i + 1;
        while j < tk.toks.len() && cls(tk, lx, j) & class::DET != 0 {
            j += 1;
        }
        // (no preposition or marker before the noun: "…in Gaza, according to the group,",
        // « … à Gaza, selon l'organisation, » name no organisation, construction
        // `marker-not-apposition`)
        let noun = (j..j + 3)
            .take_while(|&k| {
                is_word(tk, k)
                    && !tk.is_role(lx, k)
                    && cls(tk, lx, k) & (class::PREP | class::STOP) == 0
            })
            .find(|&k| lx.is_org(tk.lw(k)));
        // the description is closed: not the subject of the cue after it ("…in October,
        // the regulator confirmed")
        let closed = noun.is_some_and(|h| {
            (h + 1..(h + 12).min(tk.toks.len()))
                .find(|&k| !is_word(tk, k) || tk.toks[k].verb_form)
                .is_none_or(|k| !is_word(tk, k))
        });
        if let Some(h) = noun.filter(|_| closed) {
            out.push(OrgKind {
                pos: i,
                name: (r0, i),
                noun: tk.lw(h).to_string(),
            });
        }
    }
    out.sort_by_key(|o| o.pos);
    out
}

/// The start of the phrase before the parenthesis at `i` that an acronym its initials do
/// not spell stands for ("le service national de renseignement (NIS)", "Centers for Disease
/// Control and Prevention (CDC)"): back to its determiner, at most ten words, headed by an
/// organisation noun or made of capitalised words.
fn acronym_phrase(tk: &Tokens, lx: &Lex, i: usize) -> Option<usize> {
    let mut a = i;
    while a > 0 && i - a < 10 && is_word(tk, a - 1) {
        let c = cls(tk, lx, a - 1);
        let link = c & (class::PREP | class::CONJ | class::APREP | class::DOMAIN) != 0;
        // (a determiner after a preposition is inside the name: « Groupe de soutien à
        // l'islam et aux musulmans (JNIM) »)
        let inner = a >= 2
            && is_word(tk, a - 2)
            && !tk.toks[a - 2].upper
            && cls(tk, lx, a - 2) & class::PREP != 0;
        if c & class::DET != 0 && !link && !inner
            || c & (class::AUX | class::PRON | class::REL | class::QUE) != 0
            || c & class::STOP != 0 && !link
        {
            break;
        }
        a -= 1;
    }
    while a < i && cls(tk, lx, a) != 0 {
        a += 1;
    }
    if a >= i {
        return None;
    }
    let content: Vec<usize> = (a..i).filter(|&k| cls(tk, lx, k) == 0).collect();
    let named = content.len() >= 2 && content.iter().all(|&k| tk.toks[k].upper);
    (lx.is_org(tk.lw(a)) || named).then_some(a)
}
