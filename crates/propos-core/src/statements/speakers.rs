//! Speakers: the noun phrases that name them, what kind of actor they are,
//! and their resolution to the canonical actors of the article.

use std::collections::hash_map::Entry;
use std::hash::BuildHasher;
use std::rc::Rc;

mod documents;
mod sources;

use super::agreement::{Feature, Gender};
use super::bodies::{
    collect_acronyms, collect_org_kinds, collect_title_case_acronyms, Acronyms, OrgKind,
    TitleCaseAcronyms,
};
use super::clause::{Cand, Who};
use super::lex::{class, Lex};
use super::subjects::{
    after_particle, age_between, apposition, cls, common_plural_apostrophe, country_in,
    initial_period, is_word, linked_name, list_member, month_before_number, name_like_word,
    name_particle, normalize, np_backward, org_tail_of, origin_title, particle_surname,
    particle_then_name, person_start, phrase_key, plural_apostrophe, possessor_opener, role_of,
    role_starts, with_phrase_key,
};
use super::tokens::{Kind, Tokens};
use super::units::skip_dateline;
use super::words::{normalize_phrase, with_joined};
use crate::chars::{base_letter, to_lowercase, with_lowercase};
use crate::hash::{FastMap, FastSet};
use crate::{ActorType, SpeakerRule};

/// Whether a person's role fits a role mention: the same, or the mention is its head
/// ("minister" for "foreign minister", "ministre" for "ministre des affaires étrangères"),
/// unless the role names another office than its head ("prime minister").
fn roles_match(lx: &Lex, held: &str, mention: &str) -> bool {
    // a modifier before the head holds no function word ("foreign minister", not
    // "porte-parole du président")
    let modifier = |rest: &str| {
        rest.ends_with(' ')
            && rest
                .split_whitespace()
                .all(|w| lx.class(w) & (class::PREP | class::DET | class::STOP) == 0)
    };
    held == mention
        || !lx.distinct_roles.contains(held)
            && (held.strip_suffix(mention).is_some_and(modifier)
                || held
                    .strip_prefix(mention)
                    .is_some_and(|rest| rest.starts_with(' ')))
}

/// Whether a person's role and office (from [`role_office`]) fit a role mention and its office.
fn role_fits(
    lx: &Lex,
    held: Option<&str>,
    held_office: Option<&str>,
    role: &str,
    office: Option<&str>,
) -> bool {
    [held, held_office].into_iter().flatten().any(|h| {
        [Some(role), office].into_iter().flatten().any(|m| {
            roles_match(lx, h, m)
                // a general role refers back to a specific one ("l'élu" for "le député")
                || lx
                    .role_hypernyms
                    .get(m)
                    .is_some_and(|specific| specific.iter().any(|s| roles_match(lx, h, s)))
                // and a specific role to a person known only by the general role a title
                // names ("Dr Ana Ruiz … the consultant", « le docteur Marc Roy … le
                // médecin »), construction `title-specific-role`
                || lx.titled_roles.contains(h)
                    && lx
                        .role_hypernyms
                        .get(h)
                        .is_some_and(|specific| specific.iter().any(|s| roles_match(lx, m, s)))
        })
    })
}

/// The rule that links a role mention to a person named with the roles `held`: the same role,
/// office or head (`role-anaphora`), or, when every role held is another noun, construction
/// `description-anaphora` (a more general role, « l'artiste » for « le graffeur X », "the
/// researcher" for "Economist Jane Park"). A person named with no role keeps `role-anaphora`.
fn anaphora_rule<'r>(
    lx: &Lex,
    held: impl IntoIterator<Item = &'r str>,
    role: &str,
    office: Option<&str>,
) -> SpeakerRule {
    let mut held = held.into_iter().peekable();
    let described = held.peek().is_some()
        && !held.any(|h| {
            [Some(role), office]
                .into_iter()
                .flatten()
                .any(|m| roles_match(lx, h, m))
        });
    if described {
        SpeakerRule::DescriptionAnaphora
    } else {
        SpeakerRule::RoleAnaphora
    }
}

/// How many tokens around a mention the role whose domain [`role_domain_near`] reads is
/// looked for (construction `role-domain-guard`).
const DOMAIN_ROLE_WINDOW: usize = 8;

/// The domain of the first role in the words and commas that end `a..b` (construction `role-domain-guard`), lower case: the
/// capitalised word after its prepositions and determiners (« ministre de la Santé »,
/// "Minister of Health"). None for a role with no capitalised domain. Reads a bounded window.
fn role_domain_near<'s>(tk: &Tokens<'s>, lx: &Lex, a: usize, b: usize) -> Option<&'s str> {
    let b = b.min(tk.toks.len());
    let r = (a..b)
        .rev()
        .take_while(|&k| is_word(tk, k) || tk.is(k, ","))
        .filter(|&k| is_word(tk, k) && tk.is_role(lx, k))
        .last()?;
    let mut k = r + 1;
    let mut linked = false;
    while k < tk.toks.len() && k < r + 4 && is_word(tk, k) && !tk.toks[k].upper {
        if tk.cls(k) & (class::PREP | class::DET) == 0 && !tk.is(k, "'") {
            break;
        }
        linked |= tk.cls(k) & class::PREP != 0;
        k += 1;
    }
    (linked && k < tk.toks.len() && is_word(tk, k) && tk.toks[k].upper && !tk.is_role(lx, k))
        .then(|| tk.lw(k))
}

/// The office named by the role phrase that starts at word `k` (before `end`), from the
/// synonym lexicon ("chef de la diplomatie belge" → "ministre des affaires étrangères"):
/// the longest phrase listed, demonyms skipped. Reads a bounded number of words.
fn role_office(tk: &Tokens, lx: &'static Lex, k: usize, end: usize) -> Option<&'static str> {
    // the phrase read so far: its first word alone is looked up without a copy
    let mut first = "";
    let mut key = String::new();
    let mut best = None;
    let mut words = 0;
    let mut i = k;
    while i < end && i < k + 2 * lx.role_synonym_len && words < lx.role_synonym_len {
        if !is_word(tk, i) {
            break;
        }
        let w = tk.lw(i);
        i += 1;
        if lx.demonyms.contains_key(w) {
            continue;
        }
        let phrase = if words == 0 {
            first = w;
            w
        } else {
            if key.is_empty() {
                key.push_str(first);
            }
            key.push(' ');
            key.push_str(w);
            key.as_str()
        };
        words += 1;
        if let Some(office) = lx.role_synonyms.get(phrase) {
            best = Some(office.as_str());
        }
        if !lx.role_synonym_prefixes.contains(phrase) {
            break;
        }
    }
    best
}

/// How many tokens before an honorific rank worn as a title the role it follows is looked
/// for (construction `role-then-honorific`): "le ministre des Affaires étrangères du Royaume
/// d'Arabie saoudite, le Prince X".
const HONORIFIC_ROLE_WINDOW: usize = 12;

/// How many units open an article (headline and lede): a role there may be named later.
const LEDE_UNITS: usize = 3;

/// How many more words back a role may stand before a name apposed to it after a comma
/// (construction `long-apposed-role`).
const APPOSED_ROLE_EXTRA: usize = 4;

/// How many units after a role, past the lede, its first named holder may come for the role
/// to stand for that holder (construction `near-cataphora`).
const CATAPHORA_UNITS: usize = 2;

/// How many units open an article for an organisation a management noun stands for
/// (headline, byline and dateline lines, lede), and how many tokens of each are read
/// (construction `management-lede-org`).
const LEDE_ORG_UNITS: usize = 5;
const LEDE_ORG_WINDOW: usize = 80;

/// How many of the latest subjects and speakers an anaphor looks back through for its
/// antecedent: constant work per anaphor however long the article ("the telco said"
/// repeated over megabytes).
pub(super) const SALIENT_WINDOW: usize = 200;
/// How many tokens before a name [`Resolver::sole_person_before`] reads for a subject
/// pronoun.
const SUBJECT_PRONOUN_WINDOW: usize = 40;
/// How many tokens before an organisation noun [`Resolver::org_mentioned`] reads.
const MENTION_WINDOW: usize = 160;
/// How many of the latest names before a pronoun its look-ups in the narration read
/// ([`Resolver::latest_names`]): constant work per pronoun in a unit of any size.
const LATEST_NAMES: usize = 50;

/// The end of a chain of [`Resolver::person_links`].
const NO_LINK: u32 = u32::MAX;

/// The agreement lexicon of one language: lower-case word → feature.
type Features = FastMap<String, Feature>;

/// The gender shown by token `k`: a gendered word, or a title written with its period.
fn gender_at(tk: &Tokens, feats: &Features, k: usize) -> Option<Gender> {
    if !is_word(tk, k) {
        return None;
    }
    let w = tk.lw(k);
    if let Some(g) = feats.get(w).and_then(|f| f.gender()) {
        return Some(g);
    }
    if k + 1 < tk.toks.len() && tk.is(k + 1, ".") {
        return with_joined(w, ".", "", |key| feats.get(key).and_then(|f| f.gender()));
    }
    None
}

/// The gender of the role at `k`: its own, or that of the determiner before it.
fn role_gender(tk: &Tokens, lx: &Lex, feats: &Features, k: usize) -> Option<Gender> {
    gender_at(tk, feats, k).or_else(|| {
        (k > 0 && cls(tk, lx, k - 1) & class::DET != 0)
            .then(|| gender_at(tk, feats, k - 1))
            .flatten()
    })
}

/// The gender a phrase shows by its title or its role noun (with its determiner),
/// before any complement.
fn phrase_gender(tk: &Tokens, lx: &Lex, feats: &Features, a: usize, b: usize) -> Option<Gender> {
    for k in a..b.min(a + 4) {
        if !is_word(tk, k) || cls(tk, lx, k) & class::PREP != 0 {
            break;
        }
        let w = tk.lw(k);
        if lx.is_title_before_period(w) {
            return gender_at(tk, feats, k);
        }
        if tk.is_role(lx, k) {
            return role_gender(tk, lx, feats, k);
        }
    }
    None
}

/// The head role of a role whose domain is another role, at `k` (construction
/// `role-of-role`: "l'adjoint au maire", "the adviser to the president"): the role before a
/// preposition and up to two determiners before `k`, else `k`.
fn role_domain_head(tk: &Tokens, lx: &Lex, k: usize) -> usize {
    let mut h = k;
    while h > 0 && k - h < 2 && (cls(tk, lx, h - 1) & class::DET != 0 || tk.is(h - 1, "'")) {
        h -= 1;
    }
    if h >= 2
        && is_word(tk, h - 1)
        && cls(tk, lx, h - 1) & (class::PREP | class::APREP | class::DOMAIN) != 0
        && is_word(tk, h - 2)
        && tk.is_role(lx, h - 2)
    {
        h - 2
    } else {
        k
    }
}

/// Blocker `role-across-finite-verb`: whether a lower-case word between the role at `k` and
/// the name at `i`, before any complement, is a verb ("the prosecutor questioned Karim
/// Bell"): not a role, a demonym, a name particle or a word of `role_gaps.txt` ("Secretary
/// General", or any word with "*", where adjectives follow the noun: « le directeur
/// financier Juergen Esser »).
fn role_across_verb(tk: &Tokens, lx: &Lex, k: usize, i: usize) -> bool {
    let any_gap = lx.role_gaps.contains("*");
    for g in k + 1..i {
        if !is_word(tk, g) || cls(tk, lx, g) & (class::PREP | class::DET | class::CONJ) != 0 {
            return false;
        }
        let w = tk.lw(g);
        let known = tk.toks[g].upper
            || tk.is_role(lx, g)
            || lx.demonyms.contains_key(w)
            || name_particle(tk, g)
            || lx.role_gaps.contains(w)
            || any_gap;
        if !known {
            return true;
        }
    }
    false
}

/// Whether a speaker phrase names a provider of data: a data noun in it or in the four
/// words before it ("according to data compiled by LSEG", "LSEG data", "selon les données
/// de Bloomberg").
fn data_source(tk: &Tokens, lx: &Lex, who: &Who) -> bool {
    let Who::Np(a, b) = *who else {
        return false;
    };
    (a.saturating_sub(4)..b).any(|k| is_word(tk, k) && lx.data_nouns.contains(tk.lw(k)))
}

/// A resolved speaker.
#[derive(Debug, Clone, Default)]
pub(crate) struct Resolution {
    pub speaker: Option<String>,
    pub mention: Option<String>,
    pub kind: Option<ActorType>,
    pub country: Option<String>,
    pub span: Option<(usize, usize)>,
    pub rule: Option<SpeakerRule>,
    /// The subject is an event, an outcome or the weather ("Le scrutin annonce …"): the cue
    /// is read in its other sense and reports nothing.
    pub event_subject: bool,
}

/// What a noun phrase names.
#[derive(Debug, Clone)]
struct Info<'t> {
    kind: ActorType,
    /// Canonical name when the phrase itself gives one (a name, an organisation, a state).
    canonical: Option<String>,
    /// A person's name inside the phrase, as tokens (lower case).
    name: Option<Vec<&'t str>>,
    role: Option<String>,
    /// The office the role names, when the synonym lexicon knows it.
    office: Option<&'static str>,
    country: Option<&'static str>,
    plural: bool,
    garbage: bool,
    /// A bare name (no determiner, no role).
    bare: bool,
    /// Introduced by a demonstrative ("ce chauffeur"): refers back.
    demonstrative: bool,
    /// Introduced by an indefinite determiner ("un porte-parole"): someone new.
    indefinite: bool,
    /// A role with no complement ("le diplomate", not "la présidente du tribunal").
    plain_role: bool,
    gender: Option<Gender>,
    /// Written with a courtesy title ("Mme Vasseur").
    title: bool,
    /// A name and a description in apposition ("la porte-parole, Claire Morin").
    apposed: bool,
    /// An acronym given its expansion.
    acronym: bool,
    /// A state by its name, capital or people.
    state: bool,
}

impl<'t> Info<'t> {
    /// A person known by a name mentioned in the article.
    fn person_named(n: &NameMention<'t>) -> Self {
        Info {
            kind: ActorType::Person,
            canonical: Some(n.text.clone()),
            name: Some(n.tokens.clone()),
            role: n.role.clone(),
            office: n.office,
            country: n.country,
            plural: false,
            garbage: false,
            bare: false,
            demonstrative: false,
            indefinite: false,
            plain_role: false,
            gender: n.gender,
            title: false,
            apposed: false,
            acronym: false,
            state: false,
        }
    }
}

#[derive(Debug, Clone)]
struct ActorRec<'t> {
    canonical: String,
    kind: ActorType,
    country: Option<&'static str>,
    name: Vec<&'t str>,
    roles: Vec<String>,
    plural: bool,
    gender: Option<Gender>,
}

impl ActorRec<'_> {
    /// An actor known only by its name `canonical`: no person's name, role, country or
    /// gender, singular.
    fn bare(canonical: String, kind: ActorType) -> Self {
        ActorRec {
            canonical,
            kind,
            country: None,
            name: Vec::new(),
            roles: Vec::new(),
            plural: false,
            gender: None,
        }
    }
}

/// A person's name found anywhere in the article, with the role written before it.
#[derive(Debug, Clone)]
struct NameMention<'t> {
    pos: usize,
    text: String,
    tokens: Vec<&'t str>,
    role: Option<String>,
    /// The office the role names ([`role_office`]).
    office: Option<&'static str>,
    country: Option<&'static str>,
    gender: Option<Gender>,
    /// A one-word name that is still a person ([`lone_person_at`]).
    lone: bool,
    /// A role coordinated before the role ("Deputy Prime Minister and Foreign Minister X":
    /// "deputy prime minister"), construction `coordinated-roles`.
    also: Option<String>,
}

impl NameMention<'_> {
    /// The roles the name was given here: its role, the office it names, a role coordinated
    /// before it.
    fn held_roles(&self) -> impl Iterator<Item = &str> {
        [self.role.as_deref(), self.office, self.also.as_deref()]
            .into_iter()
            .flatten()
    }

    /// Whether the name can stand for a person a pronoun refers to: a full name, or a
    /// one-word name that is still a person.
    fn person_like(&self) -> bool {
        self.tokens.len() >= 2 || self.lone
    }
}

/// Resolves speakers in text order.
pub(crate) struct Resolver<'t, 'a> {
    tk: &'t Tokens<'a>,
    lx: &'static Lex,
    actors: Vec<ActorRec<'t>>,
    /// (token position, actor, unit) of subjects and speakers, in order.
    salient: Vec<(usize, usize, bool)>,
    /// Speakers of the statements so far.
    speakers: Vec<(usize, usize)>,
    /// The grammatical gender of the determiner that last named an organisation or a
    /// state as a speaker before its verb (« le Programme », « la direction »): actor →
    /// gender, None when an elided determiner hides it (« l'Agence »).
    thing_genders: FastMap<usize, Option<Gender>>,
    /// Actors that have spoken only as providers of data ("according to data compiled by
    /// LSEG": [`data_source`]).
    data_only: FastSet<usize>,
    /// Actors that have spoken otherwise.
    spoke: FastSet<usize>,
    names: Vec<NameMention<'t>>,
    /// Resolving the source of a marker ("selon X").
    in_marker: bool,
    /// Positions of the statements whose speaker is the source of a marker ("selon X"): not
    /// the current speaker a later role refers back to.
    marker_sources: FastSet<usize>,
    /// A role subject opening the current unit, resolved when a statement needs it.
    pending_subject: Option<(usize, usize)>,
    /// Token → the range of [`Self::name_ids`] that lists the names holding it.
    name_index: FastMap<&'t str, (u32, u32)>,
    /// Indices of the names in [`Self::names`], those holding one token together.
    name_ids: Vec<usize>,
    /// Hash of a canonical name → the first actor with a canonical name of that hash; the
    /// first actors of other names with the same hash follow in [`Self::next_by_hash`]
    /// (no copy of the names).
    actor_by_hash: FastMap<u64, u32>,
    /// Actor → the next actor of another canonical name with the same hash, or
    /// [`NO_LINK`].
    next_by_hash: Vec<u32>,
    /// Token → (how many, first, last) entries of [`Self::person_links`] for the person
    /// actors whose name holds it.
    person_index: FastMap<&'t str, (u32, u32, u32)>,
    /// (person actor, the next entry for the same token or [`NO_LINK`]), each token's
    /// entries chained in actor order.
    person_links: Vec<(usize, u32)>,
    /// The first person actors, any and with a name.
    first_person: Option<usize>,
    first_named_person: Option<usize>,
    feats: &'static Features,
    /// Gendered pronouns that may stand for a thing.
    any_kind: &'static FastSet<String>,
    /// Lower-case acronym → its expansion in the article ([`collect_acronyms`], on first use).
    acronyms: std::cell::OnceCell<Acronyms>,
    /// Title-case acronyms spelled out in the article ([`collect_title_case_acronyms`], on
    /// first use).
    title_case_acronyms: std::cell::OnceCell<TitleCaseAcronyms>,
    /// How the latest phrase was linked to an existing entity, when not by its own words.
    link: Option<SpeakerRule>,
    /// The content tokens of the latest statement.
    last_content: (usize, usize),
    /// The first token of the phrase being resolved.
    np_start: usize,
    /// Whether the resolver is finding the actor of a name an organisation was described
    /// with ([`Self::org_named`]): an acronym is then no organisation noun, so that the
    /// look back cannot call itself again.
    naming: bool,
    /// The content tokens of the statement being resolved.
    cur_content: (usize, usize),
    /// Organisations described in apposition by their kind ([`collect_org_kinds`], on
    /// first use).
    org_kinds: std::cell::OnceCell<Vec<OrgKind>>,
    /// Lower-case forms (possessive ending off) of the words written capitalised inside a
    /// sentence, after the headline ([`Self::subject_name_org`], on first use).
    /// With those of the words written in lower case anywhere, and of those capitalised
    /// elsewhere than inside a sentence twice or more ([`inner_caps`]).
    inner_caps: std::cell::OnceCell<Caps<'t>>,
    /// (actor, first token, end token) of the subject phrases linked to an actor.
    subjects: Vec<(usize, usize, usize)>,
    /// What each phrase classified so far names ([`Self::classify`] reads only the article).
    classified: std::cell::RefCell<FastMap<(usize, usize), Rc<Info<'t>>>>,
}

/// An entity of the resolver, for the entities table: what it knows of an actor and the
/// subject phrases it linked to it, as a range of [`Known::subjects`].
#[derive(Debug, Clone)]
pub(crate) struct KnownActor {
    pub canonical: String,
    pub kind: ActorType,
    pub country: Option<&'static str>,
    pub subjects: std::ops::Range<usize>,
}

/// The entities of the resolver, in order of creation, and the byte spans of the subject
/// phrases linked to them: those of each actor together, in text order.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub actors: Vec<KnownActor>,
    pub subjects: Vec<(usize, usize)>,
}

impl<'t, 'a> Resolver<'t, 'a> {
    /// The article's acronyms ([`collect_acronyms`], on first use).
    fn acronyms(&self) -> &Acronyms {
        self.acronyms
            .get_or_init(|| collect_acronyms(self.tk, self.lx, self.title_case_acronyms()))
    }

    /// The article's title-case acronyms ([`collect_title_case_acronyms`], on first use).
    fn title_case_acronyms(&self) -> &TitleCaseAcronyms {
        self.title_case_acronyms
            .get_or_init(|| collect_title_case_acronyms(self.tk, self.lx))
    }

    pub(crate) fn new(tk: &'t Tokens<'a>, lx: &'static Lex) -> Self {
        let feats = &lx.agreement.features;
        let names = collect_names(tk, lx, feats);
        let (name_index, name_ids) = index_names(&names);
        let mut resolver = Self {
            tk,
            lx,
            actors: Vec::new(),
            salient: Vec::new(),
            speakers: Vec::new(),
            thing_genders: FastMap::default(),
            data_only: Default::default(),
            spoke: Default::default(),
            names,
            in_marker: false,
            marker_sources: FastSet::default(),
            pending_subject: None,
            name_index,
            name_ids,
            actor_by_hash: Default::default(),
            next_by_hash: Vec::new(),
            person_index: Default::default(),
            person_links: Vec::new(),
            first_person: None,
            first_named_person: None,
            feats,
            any_kind: &lx.agreement.any_kind,
            acronyms: Default::default(),
            title_case_acronyms: Default::default(),
            link: None,
            last_content: (0, 0),
            np_start: 0,
            naming: false,
            cur_content: (0, 0),
            org_kinds: Default::default(),
            inner_caps: Default::default(),
            subjects: Vec::new(),
            classified: Default::default(),
        };
        resolver.link_role_subjects();
        resolver
    }

    /// A sentence opened by a role without a name, then a sentence whose subject is a full
    /// name given no role ("La nouvelle porte-parole … a tenu sa conférence. Inès Caradec a
    /// évoqué …"): the name holds that role. One pass over the units, a bounded look into
    /// the next one; the role phrase is read only before such a name.
    fn link_role_subjects(&mut self) {
        let tk = self.tk;
        for u in 0..tk.units.len().saturating_sub(1) {
            // the subject of the next sentence: its first words, or after an opening phrase
            let (ns, ne) = tk.units[u + 1];
            let first = self.names.partition_point(|n| n.pos < ns);
            let Some(n) = self.names.get(first) else {
                continue;
            };
            let subject =
                n.pos == ns || n.pos < ne.min(ns + 15) && n.pos > ns && tk.is(n.pos - 1, ",");
            if !subject || n.tokens.len() < 2 || n.role.is_some() {
                continue;
            }
            let (us, ue) = tk.units[u];
            let Some((us, end)) = self.opening_subject(us, ue) else {
                continue;
            };
            let info = self.classify(us, end);
            if info.kind != ActorType::Person
                || info.name.is_some()
                || info.plural
                || info.garbage
                || info.indefinite
            {
                continue;
            }
            let Some(role) = info.role.clone() else {
                continue;
            };
            if self.lx.is_generic_role(&role) {
                continue;
            }
            let n = &mut self.names[first];
            if info.gender.is_none() || n.gender.is_none() || n.gender == info.gender {
                n.role = Some(role);
                n.office = info.office;
                n.country = n.country.or(info.country);
                n.gender = n.gender.or(info.gender);
            }
        }
    }

    /// Adds an actor (actors are never changed but for roles and country),
    /// indexing it by canonical name and, for a person, by name tokens.
    /// The actor already named as `actor` is, else `actor` added.
    fn named_or_push(&mut self, actor: ActorRec<'t>) -> usize {
        self.actor_named(&actor.canonical)
            .unwrap_or_else(|| self.push_actor(actor))
    }

    fn push_actor(&mut self, actor: ActorRec<'t>) -> usize {
        let id = self.actors.len();
        let hash = self
            .actor_by_hash
            .hasher()
            .hash_one(actor.canonical.as_str());
        self.next_by_hash.push(NO_LINK);
        match self.actor_by_hash.entry(hash) {
            Entry::Vacant(entry) => {
                entry.insert(id as u32);
            }
            Entry::Occupied(entry) => {
                // the first actor of its name is indexed already, else it closes the chain
                let mut at = *entry.get() as usize;
                while self.actors[at].canonical != actor.canonical {
                    match self.next_by_hash[at] {
                        NO_LINK => {
                            self.next_by_hash[at] = id as u32;
                            break;
                        }
                        next => at = next as usize,
                    }
                }
            }
        }
        if actor.kind == ActorType::Person {
            self.first_person.get_or_insert(id);
            if !actor.name.is_empty() {
                self.first_named_person.get_or_insert(id);
            }
            for token in &actor.name {
                let link = self.person_links.len() as u32;
                match self.person_index.entry(*token) {
                    Entry::Vacant(entry) => {
                        entry.insert((1, link, link));
                    }
                    Entry::Occupied(mut entry) => {
                        let (count, _, last) = entry.get_mut();
                        if self.person_links[*last as usize].0 == id {
                            continue;
                        }
                        self.person_links[*last as usize].1 = link;
                        *last = link;
                        *count += 1;
                    }
                }
                self.person_links.push((id, NO_LINK));
            }
        }
        self.actors.push(actor);
        id
    }

    /// The first actor with this canonical name.
    fn actor_named(&self, canonical: &str) -> Option<usize> {
        let hash = self.actor_by_hash.hasher().hash_one(canonical);
        let mut at = *self.actor_by_hash.get(&hash)?;
        while self.actors[at as usize].canonical != canonical {
            at = self.next_by_hash[at as usize];
            if at == NO_LINK {
                return None;
            }
        }
        Some(at as usize)
    }

    /// The first person actor whose name holds every token of `tokens` (with
    /// no token: the first person, or with `named` the first with a name).
    fn person_with(&self, tokens: &[&str], named: bool) -> Option<usize> {
        let Some(fewest) = tokens
            .iter()
            .map(|t| self.person_index.get(t).copied())
            .min_by_key(|entry| entry.map_or(0, |e| e.0))
        else {
            return if named {
                self.first_named_person
            } else {
                self.first_person
            };
        };
        let mut link = fewest.map_or(NO_LINK, |e| e.1);
        while link != NO_LINK {
            let (i, next) = self.person_links[link as usize];
            if tokens.iter().all(|t| self.actors[i].name.contains(t)) {
                return Some(i);
            }
            link = next;
        }
        None
    }

    /// The indices of the first [`SALIENT_WINDOW`] names that hold the token `t`, in order
    /// (a name repeated over megabytes is read in constant work per look-up).
    fn names_holding(&self, t: &str) -> &[usize] {
        self.name_index.get(t).map_or(&[][..], |&(a, b)| {
            let (a, b) = (a as usize, b as usize);
            &self.name_ids[a..b.min(a + SALIENT_WINDOW)]
        })
    }

    fn text(&self, a: usize, b: usize) -> String {
        self.tk.text[self.tk.toks[a].start..self.tk.toks[b - 1].end].to_string()
    }

    /// The end of the subject phrase that opens the unit `[us, ue)`, if any.
    fn unit_subject(&self, us: usize, ue: usize) -> Option<usize> {
        let tk = self.tk;
        let lx = self.lx;
        if us >= ue || !is_word(tk, us) {
            return None;
        }
        let c = cls(tk, lx, us);
        let upper_run = |mut k: usize| -> usize {
            while k < ue
                && is_word(tk, k)
                && !tk.toks[k].verb_form
                && (tk.toks[k].upper || name_particle(tk, k) && particle_then_name(tk, k, ue))
            {
                k += 1;
            }
            k
        };
        let mut k = us;
        if c & class::DET != 0 {
            // determiner + head noun (+ demonym) (+ name): "Le docteur Karim Haddad"
            while k < ue && cls(tk, lx, k) & class::DET != 0 {
                k += 1;
            }
            if k >= ue || !is_word(tk, k) {
                return None;
            }
            // an adjective before the head: "Le nouveau porte-parole"
            if k + 1 < ue
                && !tk.toks[k].upper
                && cls(tk, lx, k) == 0
                && !tk.is_role(lx, k)
                && is_word(tk, k + 1)
                && tk.is_role(lx, k + 1)
            {
                k += 1;
            }
            let head = tk.lw(k);
            let mut known = tk.is_role(lx, k) || lx.is_org(head);
            if k + 1 < ue && is_word(tk, k + 1) && lx.is_role_pair(head, tk.lw(k + 1)) {
                known = true;
                k += 1;
            }
            k += 1;
            while k < ue && is_word(tk, k) && lx.demonyms.contains_key(tk.lw(k)) {
                k += 1;
            }
            // an adjective before the name: "Le groupe agroalimentaire Valorest" (not the
            // cue: "The club said Jaylen Brown …"; after a role, not a verb: "The prosecutor
            // questioned Karim Bell")
            if known
                && k + 1 < ue
                && is_word(tk, k)
                && !tk.toks[k].upper
                && !tk.toks[k].verb_form
                && cls(tk, lx, k) == 0
                && !(tk.is_role(lx, k - 1) && role_across_verb(tk, lx, k - 1, k + 1))
                && person_start(tk, lx, k + 1)
            {
                k += 1;
            }
            let named = upper_run(k);
            let apposed = k + 1 < ue && tk.is(k, ",") && person_start(tk, lx, k + 1);
            if !known && named == k && !apposed {
                return None;
            }
            k = named;
        } else if tk.toks[us].upper && c == 0 {
            k = upper_run(us);
            // a lone capitalised word opening a sentence is too often not a name, unless it
            // is the surname of a person named in full before ("Bettencourt, a Republican
            // …, conceded", « Bamba, lui, ne veut pas se projeter »)
            let surname = || {
                let ids = self.names_holding(tk.lw(us));
                ids.iter().map(|&n| &self.names[n]).any(|n| {
                    n.pos < us
                        && n.tokens.len() >= 2
                        && n.tokens.last().is_some_and(|&t| t == tk.lw(us))
                })
            };
            if k == us + 1
                && !self.lx.places.contains_key(tk.lw(us))
                && !surname()
                && self.thing_possessive_after(k, ue).is_none()
            {
                return None;
            }
        } else {
            return None;
        }
        // complements: "de Nantes", "de la diplomatie belge"
        while k + 1 < ue && is_word(tk, k) && cls(tk, lx, k) & class::PREP != 0 {
            let mut j = k + 1;
            while j < ue && cls(tk, lx, j) & class::DET != 0 {
                j += 1;
            }
            if j >= ue || !is_word(tk, j) {
                break;
            }
            j = if tk.toks[j].upper {
                // and an adjective of the name before the next complement or the
                // apposition ("des Affaires étrangères du Royaume du Maroc, X")
                let mut r = upper_run(j);
                if r + 1 < ue
                    && is_word(tk, r)
                    && !tk.toks[r].upper
                    && !tk.toks[r].verb_form
                    && cls(tk, lx, r) == 0
                    && (tk.is(r + 1, ",") || cls(tk, lx, r + 1) & class::PREP != 0)
                {
                    r += 1;
                }
                r
            } else {
                j + 1
            };
            while j < ue && is_word(tk, j) && lx.demonyms.contains_key(tk.lw(j)) {
                j += 1;
            }
            // "des Comptes publics, Julie Vasseur": adjectives before an apposition
            if let Some(comma) = (j..(j + 3).min(ue)).find(|&c| tk.is(c, ",")) {
                if (j..comma).all(|c| is_word(tk, c) && !tk.toks[c].upper && tk.cls(c) == 0) {
                    j = comma;
                }
            }
            k = j;
        }
        // apposition: ", Paul Leroy,", or after a description (construction
        // `role-then-description`: "Le préformateur, le socialiste flamand Conner Rousseau,")
        // (after a role, determiners and bare words only: not "The committee, chaired by")
        let description = |c: usize| {
            let after_role = c > 0 && is_word(tk, c - 1) && tk.is_role(lx, c - 1);
            (c + 1..(c + 6).min(ue))
                .take_while(|&h| {
                    // (an elided determiner: "l'ancien syndicaliste")
                    let elision = tk.lw(h).ends_with('\'');
                    after_role
                        && (elision
                            || is_word(tk, h)
                                && !tk.toks[h].upper
                                && !tk.toks[h].verb_form
                                && cls(tk, lx, h) & !class::DET == 0)
                })
                .last()
                .filter(|&h| h + 1 < ue && person_start(tk, lx, h + 1))
                .map_or(c, |h| h)
        };
        if k + 1 < ue && tk.is(k, ",") && person_start(tk, lx, description(k) + 1) {
            let j = upper_run(description(k) + 1);
            if j > k + 2 || j < ue && tk.is(j, ",") {
                k = j;
            }
        }
        (k > us).then_some(k)
    }

    /// The subject phrase of a unit: at its start, or after an opening phrase ended by a
    /// comma or a dash within its first words ("Depuis l'ouverture du procès, l'ancien édile
    /// …", "SEOUL, 22 mai (Yonhap) -- Le ministre …").
    fn opening_subject(&self, us: usize, ue: usize) -> Option<(usize, usize)> {
        if let Some(end) = self.unit_subject(us, ue) {
            return Some((us, end));
        }
        let tk = self.tk;
        let head = us..ue.min(us + 15);
        let comma = head.clone().find(|&k| tk.is(k, ","));
        let is_dash = |k: usize| {
            tk.toks.get(k).is_some_and(|t| t.kind == Kind::Punct)
                && matches!(tk.raw(k), "-" | "–" | "—" | "--")
        };
        // the last mark of a dash run ("--" may be two tokens)
        let dash = head.clone().find(|&k| is_dash(k)).map(|mut k| {
            while k + 1 < ue && is_dash(k + 1) {
                k += 1;
            }
            k
        });
        // construction `apposition-not-subject`: after a unit opened by a subject pronoun,
        // a phrase after a comma that follows a name or a role is that name's apposition
        // ("He met Sam Cole, the minister.")
        let after_mention = |k: usize| {
            k > us && is_word(tk, k - 1) && (tk.toks[k - 1].upper || tk.is_role(self.lx, k - 1))
        };
        if self.subject_pronoun_at(us) && comma.is_some_and(after_mention) {
            return None;
        }
        [comma, dash]
            .into_iter()
            .flatten()
            .find_map(|k| Some((k + 1, self.unit_subject(k + 1, ue)?)))
            .filter(|&(_, end)| !self.pronoun_subject_after(end))
    }

    /// Whether token `k` is a subject pronoun, not a tonic one set off by commas
    /// ("Jean Durand, lui, a dit").
    fn subject_pronoun_at(&self, k: usize) -> bool {
        is_word(self.tk, k)
            && cls(self.tk, self.lx, k) & class::PRON != 0
            && !self.tk.is(k + 1, ",")
    }

    /// Construction `apposition-not-subject`: whether a comma and a subject pronoun follow
    /// the phrase ending before `end`, so that the pronoun, not the phrase, is the subject
    /// (« Questionné sur son Premier ministre, Jean Durand, il a balayé … »).
    fn pronoun_subject_after(&self, end: usize) -> bool {
        self.tk.is(end, ",") && self.subject_pronoun_at(end + 1)
    }

    /// Construction `thing-possessor-subject`: a possessive of a thing (`possessives.tsv`:
    /// "its") within the three words after `k`, only lower-case words before it ("Globex
    /// raised its forecast"): the capitalised word before `k` is an organisation, not a
    /// person, and "It said" later stands for it. Bounded.
    fn thing_possessive_after(&self, k: usize, ue: usize) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        (k..(k + 3).min(ue))
            .take_while(|&j| is_word(tk, j) && !tk.toks[j].upper)
            .find(|&j| lx.possessives.get(tk.lw(j)).is_some_and(|f| f == "thing"))
    }

    /// Notes the subject phrase that opens a unit ("Le procureur semble lassé."), so
    /// that a later pronoun can refer to it.
    pub(crate) fn register_subject(&mut self, us: usize, ue: usize, has_cue: bool) {
        self.pending_subject = None;
        let Some((us, end)) = self.opening_subject(us, ue) else {
            return;
        };
        // construction `header-line-subject`: a name opening a line after the headline
        // that holds no lower-case word, a source, byline or dateline line ("Milwaukee
        // Daily Ledger", "Harbour News | Tuesday 1 December 2026"), is no subject a later
        // noun or pronoun refers to
        if self.header_line(us, end - 1) {
            return;
        }
        let mut info = self.classify(us, end);
        if end == us + 1 && info.name.is_some() && self.thing_possessive_after(end, ue).is_some() {
            let mut org = Info::clone(&info);
            org.kind = ActorType::Organization;
            org.name = None;
            org.gender = None;
            org.canonical = Some(self.text(us, end));
            info = std::rc::Rc::new(org);
        }
        // a role alone in a sentence with a statement is resolved with the statement
        if info.garbage || has_cue && info.kind == ActorType::Person && info.name.is_none() {
            if !info.garbage {
                self.pending_subject = Some((us, end));
            }
            return;
        }
        self.np_start = us;
        // construction `subject-epithet`: a role opening a sentence with no statement ("Paul
        // Rossi a exigé une réaction. L'entraîneur italien n'a pas mâché ses mots.") is, as
        // a speaker's role would be, the person the sentences before name without that role
        let epithet = info
            .role
            .as_deref()
            .filter(|_| {
                info.kind == ActorType::Person
                    && info.name.is_none()
                    && !info.plural
                    && !info.indefinite
                    && info.plain_role
                    && !info.acronym
            })
            .and_then(|role| self.epithet_antecedent(role, info.office, &info))
            .map(|n| self.named_actor(&n, info.role.clone()));
        if let Some(actor) = epithet.or_else(|| self.actor_for(&info, us, false)) {
            self.salient.push((us, actor, info.plural));
            self.subjects.push((actor, us, end));
        }
    }

    /// Every actor the resolver made, in order of creation, with its subject phrases.
    pub(crate) fn into_known(mut self) -> Known {
        // stable: the subjects of one actor stay in text order
        self.subjects.sort_by_key(|s| s.0);
        let toks = &self.tk.toks;
        let subjects = self.subjects.iter();
        let subjects = subjects.map(|&(_, a, b)| (toks[a].start, toks[b - 1].end));
        let subjects: Vec<(usize, usize)> = subjects.collect();
        let mut next = 0;
        let actors = self.actors.into_iter().enumerate();
        let actors = actors.map(|(id, a)| {
            let from = next;
            next += self.subjects[next..].partition_point(|s| s.0 == id);
            KnownActor {
                canonical: a.canonical,
                kind: a.kind,
                country: a.country,
                subjects: from..next,
            }
        });
        Known {
            actors: actors.collect(),
            subjects,
        }
    }

    /// Resolves the speaker of a candidate statement.
    // not inlined, as `cues::find`: inlined, the two raised peak RSS by about 200 KB
    #[inline(never)]
    pub(crate) fn resolve(&mut self, c: &Cand) -> Resolution {
        let pos = c.cue_tok.0;
        self.cur_content = c.content;
        let res = match c.who {
            Who::Np(a, b) => {
                // after "selon", a lone unknown name is a source, not translation garbage
                self.in_marker = self.lx.is_marker_lemma(c.lemma);
                // construction `marker-apposition`: "Selon le rapporteur, le sénateur (LR)
                // Édouard Marcilhac, …": the source is the person its apposition names
                let ue = self.tk.units.get(c.unit).map_or(b, |u| u.1);
                let b = match apposition(self.tk, self.lx, b + 1, ue) {
                    Some(after)
                        if self.in_marker
                            && self.tk.is(b, ",")
                            && (b + 1..after - 1).any(|i| person_start(self.tk, self.lx, i)) =>
                    {
                        after - 1
                    }
                    // construction `final-apposition`
                    _ if self.in_marker => self.final_apposition(a, b, ue).unwrap_or(b),
                    _ => b,
                };
                let r = self.resolve_np(a, b, pos, true);
                if self.in_marker {
                    self.marker_sources.insert(pos);
                }
                self.in_marker = false;
                r
            }
            Who::Relative(q) => {
                let from = self.tk.units[c.unit].0;
                match np_backward(self.tk, self.lx, from, q) {
                    Some((a, b)) => {
                        let mut r = self.resolve_np(a, b, pos, true);
                        r.mention = Some(self.tk.raw(q).to_string());
                        r.span = Some((self.tk.toks[q].start, self.tk.toks[q].end));
                        r.rule = Some(SpeakerRule::Relative);
                        r
                    }
                    None => Resolution {
                        rule: Some(SpeakerRule::InciseSubject),
                        ..self.inherit(pos)
                    },
                }
            }
            Who::Pronoun { start, end, plural } => {
                let word = to_lowercase(&self.tk.text[start..end]);
                let feature = self.feats.get(word.as_ref()).copied();
                let any_kind = self.any_kind.contains(word.as_ref());
                // "they" shows its number in the agreement lexicon, not by a final -s
                let plural = plural || feature == Some(Feature::Plural);
                let mut r = self.pronoun(pos, plural, feature, any_kind);
                r.mention = Some(self.tk.text[start..end].to_string());
                r.span = Some((start, end));
                r.rule = Some(SpeakerRule::Pronoun);
                r
            }
            Who::Nobody => Resolution::default(),
            Who::Inherit => {
                let mut r = self.inherit(pos);
                r.rule = Some(SpeakerRule::InciseSubject);
                r
            }
        };
        let res = Resolution {
            rule: res.speaker.as_ref().and(res.rule),
            ..res
        };
        self.last_content = c.content;
        if let Some(name) = &res.speaker {
            if let Some(actor) = self.actor_named(name) {
                if !data_source(self.tk, self.lx, &c.who) {
                    self.spoke.insert(actor);
                    self.data_only.remove(&actor);
                } else if !self.spoke.contains(&actor) {
                    self.data_only.insert(actor);
                }
                self.speakers.push((pos, actor));
                if let Who::Np(a, _) = c.who {
                    let kind = self.actors[actor].kind;
                    let g = is_word(self.tk, a)
                        .then(|| self.lx.thing_genders.get(self.tk.lw(a)))
                        .flatten();
                    match g {
                        // (a subject before its verb: the sentence's topic)
                        Some(&g) if kind != ActorType::Person && a < pos => {
                            self.thing_genders.insert(actor, g);
                        }
                        _ => {
                            self.thing_genders.remove(&actor);
                        }
                    }
                }
                let plural = self.actors[actor].plural;
                self.salient.push((pos, actor, plural));
            }
        }
        res
    }

    /// The resolution to `actor` of the phrase `mention` at byte `span`, linked by `rule`.
    fn resolution_at(
        &self,
        actor: usize,
        mention: Option<String>,
        span: Option<(usize, usize)>,
        rule: SpeakerRule,
    ) -> Resolution {
        Resolution {
            mention,
            span,
            rule: Some(rule),
            ..self.resolution(actor)
        }
    }

    fn resolution(&self, actor: usize) -> Resolution {
        let a = &self.actors[actor];
        Resolution {
            speaker: Some(a.canonical.clone()),
            mention: None,
            kind: Some(a.kind),
            country: a.country.map(str::to_string),
            span: None,
            rule: None,
            event_subject: false,
        }
    }

    fn inherit(&mut self, pos: usize) -> Resolution {
        // the role that opens this unit ("Le ministre a répondu …, en affirmant que")
        if let Some((a, b)) = self.pending_subject {
            let latest = self.speakers.last().map_or(0, |s| s.0);
            if self.same_unit(a, pos) && a < pos && latest < a {
                let mut r = self.resolve_np(a, b, pos, true);
                r.mention = None;
                r.span = None;
                return r;
            }
        }
        // a person named earlier in the same unit, after the latest speaker
        let unit = self.tk.units.partition_point(|&(_, e)| e <= pos);
        let unit_start = self.tk.units.get(unit).map_or(0, |u| u.0);
        let latest_pos = self.speakers.last().map_or(0, |s| s.0);
        let lo = self
            .names
            .partition_point(|n| n.pos < unit_start.max(latest_pos));
        let hi = self.names.partition_point(|n| n.pos < pos);
        // a name inside the content of the statement before is its object, not the
        // subject of this clause ("X a salué l'invitation de Y, affirmant"); so is one
        // between its cue and its content, its addressee (construction
        // `addressee-not-subject`: "X told Nova TV on Monday that …, and ruled out", « X a
        // déclaré à la chaîne Nova TV que …, et a exclu »)
        let (c0, c1) = self.last_content;
        let frame = if c0 >= latest_pos {
            latest_pos..c1
        } else {
            c0..c1
        };
        if let Some(n) = self.names[lo..hi.max(lo)]
            .iter()
            .rev()
            .find(|n| n.tokens.len() >= 2)
            .filter(|n| !frame.contains(&n.pos))
            .cloned()
        {
            let info = Info::person_named(&n);
            if let Some(actor) = self.actor_for(&info, pos, true) {
                return self.resolution(actor);
            }
        }
        // construction `participle-shared-subject`: "Greenpeace backed the bill, adding
        // that …", « Les Verts ont soutenu le texte, ajoutant que … »: a name opening the
        // unit, right before its verb, when no one spoke or was a subject in it before
        if let Some((a, b)) = self.clause_opening(unit_start, pos) {
            let mut r = self.resolve_np(a, b, pos, true);
            if r.speaker.is_some() {
                r.mention = None;
                r.span = None;
                return r;
            }
        }
        // the latest speaker, or else the latest salient subject
        let latest = self
            .speakers
            .iter()
            .rev()
            .find(|&&(p, _)| p < pos)
            .map(|&(p, a)| (p, a));
        let subject = self
            .salient
            .iter()
            .rev()
            .find(|&&(p, _, _)| p < pos)
            .map(|&(p, a, _)| (p, a));
        match (latest, subject) {
            (Some((p1, a1)), Some((p2, a2))) => {
                self.resolution(if p2 > p1 && self.same_unit(p2, pos) {
                    a2
                } else {
                    a1
                })
            }
            (Some((_, a)), None) | (None, Some((_, a))) => self.resolution(a),
            (None, None) => Resolution::default(),
        }
    }

    /// The name that opens the unit starting at `us`, right before a word that may be its
    /// verb (an auxiliary or a word of no class): "Greenpeace backed", « Les Verts ont
    /// soutenu ». None when a speaker or subject was already found in the unit before `pos`.
    fn clause_opening(&self, us: usize, pos: usize) -> Option<(usize, usize)> {
        let (tk, lx) = (self.tk, self.lx);
        // (both lists follow the text unit by unit: only their entries from this unit on
        // are read, so that the walk is bounded by the unit's own entries)
        // whether an entry, listed from the last back, starts in the unit before `pos`
        fn entry_before(starts: impl Iterator<Item = usize>, us: usize, pos: usize) -> bool {
            starts.take_while(|&p| p >= us).any(|p| p < pos)
        }
        if entry_before(self.speakers.iter().rev().map(|s| s.0), us, pos)
            || entry_before(self.salient.iter().rev().map(|s| s.0), us, pos)
        {
            return None;
        }
        let mut k = us;
        while k < pos && is_word(tk, k) && cls(tk, lx, k) & class::DET != 0 {
            k += 1;
        }
        let head = k;
        while k < pos && name_like_word(tk, lx, k) {
            k += 1;
        }
        let verb = k < pos
            && k > head
            && is_word(tk, k)
            && !tk.toks[k].upper
            && !tk.toks[k].verb_form
            && (cls(tk, lx, k) == 0 || cls(tk, lx, k) & class::AUX != 0);
        verb.then_some((us, k))
    }

    /// How many unit boundaries lie between token positions `a <= b`.
    fn units_between(&self, a: usize, b: usize) -> usize {
        let unit = |p: usize| self.tk.units.partition_point(|&(_, e)| e <= p);
        unit(b).saturating_sub(unit(a))
    }

    /// Whether the role's words stand on their own after the mention at `from`, before the
    /// unit of the token `at`, past the mention's own words (its determiner, role words and
    /// name): then "the lawmaker" refers to that phrase, someone else ("Macron met the
    /// lawmaker. The lawmaker said"), not to the person named at `from` ("Le député Marc
    /// Petit a visité l'usine. Le député a dit"). Reads at most the unit before `at`'s.
    fn role_named_after(&self, role: &str, from: usize, at: usize) -> bool {
        let tk = self.tk;
        let unit = tk.units.partition_point(|&(_, e)| e <= at);
        let to = tk.units.get(unit).map_or(at, |&(s, _)| s.min(at));
        let words: Vec<&str> = role.split(' ').collect();
        let mut k = from;
        while k < to
            && tk.word(k)
            && (tk.toks[k].upper || tk.cls(k) & class::DET != 0 || tk.is_role(self.lx, k))
        {
            k += 1;
        }
        (k..to).any(|i| {
            i + words.len() <= to
                && words
                    .iter()
                    .enumerate()
                    .all(|(j, w)| tk.word(i + j) && tk.lw(i + j) == *w)
        })
    }

    /// Whether the token at `pos` is in the subject phrase that opens its unit ("Striker
    /// Paolo Mancuso, who …").
    fn opens_unit(&self, pos: usize) -> bool {
        let unit = self.tk.units.partition_point(|&(_, e)| e <= pos);
        self.tk
            .units
            .get(unit)
            .is_some_and(|&(s, e)| s == pos || self.unit_subject(s, e).is_some_and(|end| pos < end))
    }

    /// Blocker `name-not-actor`: whether a name stands where no person acts — a source or
    /// byline line it opens, closed by a separator or the line's end ("RÚV English |
    /// Published …", "Ravi Kumar S." alone), in parentheses ("(Steppe News) -"), or after a
    /// preposition ("in State Great Khural"). Reads the line around the name only.
    fn source_line_or_oblique(&self, n: &NameMention) -> bool {
        let (tk, lx) = (self.tk, self.lx);
        let start = tk.toks[n.pos].start;
        let last = (n.pos..tk.toks.len())
            .filter(|&k| is_word(tk, k))
            .nth(n.tokens.len().saturating_sub(1))
            .unwrap_or(n.pos);
        let before = tk.text[..start].trim_end_matches([' ', '\t']);
        // (the word before the capitalised run that holds the name: "in State Great Khural")
        let run = (n.pos.saturating_sub(4)..n.pos)
            .rev()
            .find(|&k| !(is_word(tk, k) && tk.toks[k].upper))
            .unwrap_or(n.pos.saturating_sub(4));
        self.source_line(n.pos, last)
            || before.ends_with('(')
            || n.pos > 0 && is_word(tk, run) && cls(tk, lx, run) & (class::STOP | class::PREP) != 0
    }

    /// Whether tokens `first..=last` stand alone on a source or byline line: they open it,
    /// and its end or a separator closes them ("Milwaukee Daily Ledger", "Harbour News |
    /// Tuesday").
    fn source_line(&self, first: usize, last: usize) -> bool {
        let tk = self.tk;
        let before = tk.text[..tk.toks[first].start].trim_end_matches([' ', '\t']);
        let after = tk.text[tk.toks[last].end..].trim_start_matches(['.', ' ', '\t']);
        (before.is_empty() || before.ends_with('\n'))
            && (after.is_empty()
                || after.starts_with(['\n', '\r', '|', '-', '\u{2013}', '\u{2014}', '/', '(']))
    }

    /// Whether tokens `first..=last` open a line after the first that is a source, byline
    /// or dateline line: its rest holds no lower-case letter ("VNA Saturday, October 31,
    /// 2026 - 21:16"), or a dash or a bar follows them, after an agency in parentheses
    /// ("MASERU – Most …", "Hanoi (VNA) - …"). Reads that line only.
    fn header_line(&self, first: usize, last: usize) -> bool {
        let tk = self.tk;
        // (only a line's opening unit reads the rest of it: one read a line)
        let before = tk.text[..tk.toks[first].start].trim_end_matches([' ', '\t']);
        if !before.ends_with('\n') {
            return false;
        }
        let rest = tk.text[tk.toks[last].end..]
            .split('\n')
            .next()
            .unwrap_or("");
        let after = rest.trim_start();
        let after = match after.strip_prefix('(').and_then(|a| a.split_once(')')) {
            Some((_, a)) => a.trim_start(),
            None => after,
        };
        !rest.chars().any(char::is_lowercase)
            || after.starts_with(['-', '|', '\u{2013}', '\u{2014}'])
    }

    fn same_unit(&self, a: usize, b: usize) -> bool {
        let unit = |p: usize| self.tk.units.partition_point(|&(_, e)| e <= p);
        unit(a) == unit(b)
    }

    /// The entity a subject pronoun stands for: the most salient one that agrees with it
    /// (number, gender, person or not), else a person named in the narration before it,
    /// else the first person named after it.
    fn pronoun(
        &mut self,
        pos: usize,
        plural: bool,
        feature: Option<Feature>,
        any_kind: bool,
    ) -> Resolution {
        let thing = feature == Some(Feature::Thing);
        let gender = feature.and_then(Feature::gender);
        // "he", "she" stand for a person; French "il", "elle" also for a thing
        let person_only = gender.is_some() && !any_kind;
        let agrees = |g: Option<Gender>| gender.is_none() || g.is_none() || g == gender;
        let fits = |a: &ActorRec| {
            if thing {
                !a.plural && a.kind != ActorType::Person
            } else {
                agrees(a.gender)
                    && (plural || a.kind != ActorType::Person || !a.plural)
                    && !(person_only && a.kind != ActorType::Person)
            }
        };
        // (not a subject inside the statement's own content: "Le Vietnam demande …,
        // a-t-elle souligné")
        let (c0, c1) = self.cur_content;
        let outside = |p: usize| !(c0..c1).contains(&p);
        // same unit subjects first (any kind), then the latest person
        for &(p, a, pl) in self.salient.iter().rev().take(SALIENT_WINDOW) {
            if p >= pos || !outside(p) {
                continue;
            }
            if self.same_unit(p, pos) && pl == plural && fits(&self.actors[a]) {
                return self.agreed(a, gender);
            }
            break;
        }
        // construction `org-pronoun`
        if let Some(g) = gender.filter(|_| any_kind && !plural && !thing) {
            if let Some(a) = self.org_subject_before(pos, g) {
                return self.agreed(a, gender);
            }
        }
        let want = |a: &ActorRec| {
            if plural {
                a.plural
            } else if thing {
                fits(a)
            } else {
                !a.plural && a.kind == ActorType::Person && agrees(a.gender)
            }
        };
        let salient = self
            .salient
            .iter()
            .rev()
            .take(SALIENT_WINDOW)
            .find(|&&(p, a, _)| {
                p < pos
                    && outside(p)
                    && (want(&self.actors[a])
                        // ("it" for a name that may be an organisation's, in the sentence or
                        // the one before, construction `name-taken-as-org`)
                        || thing
                            && self.units_between(p, pos) <= 1
                            && self.org_like_name(&self.actors[a]))
            })
            .copied();
        // the subject of the sentence just before, named only in the narration, is more
        // salient than an earlier speaker ("« … », explique Julien. Martin, 54 ans, a été
        // arrêté. « … », a-t-il dit" is Martin)
        if !plural && !thing {
            if let Some(n) = self.narration_subject_before(pos, salient.map_or(0, |s| s.0)) {
                if let Some(a) = self.agreeing_person(&n, pos, gender) {
                    return self.agreed(a, gender);
                }
            }
        }
        // construction `sole-person-before`
        if !plural && !thing {
            if let Some(n) = self.sole_person_before(pos, salient.map_or(0, |s| s.0)) {
                if let Some(a) = self.agreeing_person(&n, pos, gender) {
                    return self.agreed(a, gender);
                }
            }
        }
        if let Some((_, a, _)) = salient {
            if thing {
                self.name_taken_as_org(a);
            }
            return self.agreed(a, gender);
        }
        if thing {
            return Resolution::default();
        }
        if let Some(&(_, a, _)) = self
            .salient
            .iter()
            .rev()
            .take(SALIENT_WINDOW)
            .find(|&&(p, a, pl)| p < pos && outside(p) && pl == plural && fits(&self.actors[a]))
        {
            return self.agreed(a, gender);
        }
        // a plural pronoun for the institution or state that spoke last ("Officials in
        // Kyiv said … They added", "The ministry said … They added")
        if plural {
            if let Some(&(_, a, _)) = self
                .salient
                .iter()
                .rev()
                .take(SALIENT_WINDOW)
                .find(|&&(p, _, _)| p < pos)
            {
                let kind = self.actors[a].kind;
                if matches!(kind, ActorType::Organization | ActorType::Country)
                    && self
                        .speakers
                        .iter()
                        .rev()
                        .take(SALIENT_WINDOW)
                        .any(|s| s.1 == a)
                {
                    return self.agreed(a, gender);
                }
            }
        }
        // a group named by a plural role in the narration of this sentence or the one
        // before ("La ministre a rencontré les agriculteurs. Ils ont affirmé …")
        if plural {
            if let Some((a, b)) = self.plural_group_before(pos) {
                let info = self.classify(a, b);
                if info.plural && !info.garbage {
                    if let Some(actor) = self.actor_for(&info, pos, false) {
                        return self.agreed(actor, gender);
                    }
                }
            }
        }
        // a person named only in the narration before ("ont entendu Julien Morel")
        if !plural {
            if let Some(n) = self
                .latest_names(0, pos)
                .iter()
                .rev()
                .find(|n| {
                    n.person_like()
                        && agrees(n.gender)
                        // a name already known as an organisation is no person
                        && self
                            .actor_named(&n.text)
                            .is_none_or(|a| self.actors[a].kind == ActorType::Person)
                })
                .cloned()
            {
                if let Some(a) = self.agreeing_person(&n, pos, gender) {
                    return self.agreed(a, gender);
                }
            }
        }
        // cataphora: the first person named after
        if !plural {
            // the first person named after with a role (not "son homologue X"), else any full name
            let from = self.names.partition_point(|n| n.pos <= pos);
            let later = &self.names[from..self.names.len().min(from + 200)];
            let counterpart = |n: &NameMention| {
                n.role
                    .as_ref()
                    .is_some_and(|r| self.lx.counterparts.contains(r))
            };
            if let Some(n) = later
                .iter()
                .find(|n| n.role.is_some() && !counterpart(n) && agrees(n.gender))
                .or_else(|| {
                    later
                        .iter()
                        .find(|n| n.tokens.len() >= 2 && !counterpart(n) && agrees(n.gender))
                })
            {
                return Resolution {
                    speaker: Some(n.text.clone()),
                    kind: Some(ActorType::Person),
                    country: n.country.map(str::to_string),
                    ..Resolution::default()
                };
            }
        }
        Resolution::default()
    }

    /// Construction `org-pronoun`: the organisation or state of gender `gender` that is the
    /// latest subject before `pos` and spoke in the sentence just before, for a pronoun
    /// that may stand for a thing, before its verb ("Le Programme alimentaire mondial
    /// prévient qu'il devra réduire les rations. Il estime …") or in an incise (« Le
    /// syndicat réclame des greffiers. Leur absence « paralyse les audiences », estime-t-il »,
    /// construction `org-pronoun-incise`); of either gender after an
    /// elided determiner (construction `elided-org-pronoun`: « L'Agence régionale de santé
    /// a indiqué … Elle précise … »).
    fn org_subject_before(&self, pos: usize, gender: Gender) -> Option<usize> {
        let (c0, c1) = self.cur_content;
        let &(p, a, plural) = self
            .salient
            .iter()
            .rev()
            .take(SALIENT_WINDOW)
            .find(|s| s.0 < pos && !(c0..c1).contains(&s.0))?;
        let actor = &self.actors[a];
        let spoke = self
            .speakers
            .iter()
            .rev()
            .take_while(|s| self.units_between(s.0, pos) <= 1)
            .any(|s| s.1 == a && s.0 < pos && !self.same_unit(s.0, pos));
        (!plural
            && matches!(actor.kind, ActorType::Organization | ActorType::Country)
            && self
                .thing_genders
                .get(&a)
                .is_some_and(|g| g.is_none_or(|g| g == gender))
            && self.units_between(p, pos) == 1
            && spoke)
            .then_some(a)
    }

    /// The latest plural role phrase ("les agriculteurs", "farmers", "the residents") of the
    /// unit of `pos` or the one before, before `pos` and outside the current content: its
    /// determiner and noun. Reads at most 80 tokens.
    fn plural_group_before(&self, pos: usize) -> Option<(usize, usize)> {
        let (tk, lx) = (self.tk, self.lx);
        let unit = tk.units.partition_point(|&(_, e)| e <= pos);
        let from = tk.units[unit.saturating_sub(1).min(tk.units.len().checked_sub(1)?)]
            .0
            .max(pos.saturating_sub(80));
        let (c0, c1) = self.cur_content;
        (from..pos).rev().find_map(|k| {
            if !is_word(tk, k) || tk.toks[k].upper || (c0..c1).contains(&k) {
                return None;
            }
            let w = tk.lw(k);
            let plural_role =
                lx.plurals.strip(w).is_some_and(|s| lx.is_role(s)) && tk.is_role(lx, k);
            if !plural_role {
                return None;
            }
            let det = k > from && cls(tk, lx, k - 1) & class::DET != 0;
            let bare = k > from && cls(tk, lx, k - 1) & class::DET == 0;
            (det || bare).then_some((k - usize::from(det), k + 1))
        })
    }

    /// The names from token `from` up to token `to`, at most the [`LATEST_NAMES`] latest.
    fn latest_names(&self, from: usize, to: usize) -> &[NameMention<'t>] {
        let b = self.names.partition_point(|n| n.pos < to);
        let a = self
            .names
            .partition_point(|n| n.pos < from)
            .max(b.saturating_sub(LATEST_NAMES));
        &self.names[a.min(b)..b]
    }

    /// A person's name opening the unit before the one of `pos` (or its own unit), after
    /// token `after`, that is not yet an actor's: a subject named in the narration.
    fn narration_subject_before(&self, pos: usize, after: usize) -> Option<NameMention<'t>> {
        let unit = self.tk.units.partition_point(|&(_, e)| e <= pos);
        let first = unit.saturating_sub(1);
        let from = self.tk.units.get(first)?.0.max(after + 1);
        self.latest_names(from, pos)
            .iter()
            .rev()
            .find(|n| {
                let opens = self.tk.units[first..=unit.min(self.tk.units.len() - 1)]
                    .iter()
                    .any(|u| u.0 == n.pos || self.subject_head(u.0, n.pos));
                // (or the surname of a full name of the article: "Brown" for "Jaylen Brown")
                let surname = || {
                    n.tokens.len() == 1
                        && self
                            .names_with(&n.tokens)
                            .any(|f| f.tokens.len() >= 2 && f.tokens.last() == n.tokens.last())
                };
                opens
                    && (n.person_like() || surname())
                    && self.actor_named(&n.text).is_none()
                    && !self.pronoun_subject_after(n.pos + n.tokens.len())
            })
            .cloned()
    }

    /// Construction `sole-person-before`: the one person the unit just before the one of
    /// `pos` names (a full name with a role or a known first name), when no subject or
    /// speaker of that unit came after token `after`, no subject pronoun comes before the
    /// name in it and the person is not yet an actor's:
    /// named there only as an object or in a relative clause ("Un calendrier qui laisse
    /// sceptique Paul Roux, président du syndicat. « … », a-t-il dit"). At most the
    /// [`LATEST_NAMES`] latest names.
    fn sole_person_before(&self, pos: usize, after: usize) -> Option<NameMention<'t>> {
        let unit = self.tk.units.partition_point(|&(_, e)| e <= pos);
        let &(us, ue) = self.tk.units.get(unit.checked_sub(1)?)?;
        if after >= us {
            return None;
        }
        let mut people = self
            .latest_names(us, ue.min(pos))
            .iter()
            .filter(|n| n.tokens.len() >= 2 && (n.role.is_some() || n.gender.is_some()));
        let n = people.next()?;
        // (not after a subject pronoun of that unit: "He met Sam Keller, the minister. He
        // said", construction `apposition-not-subject`)
        let pronoun_before = (n.pos.saturating_sub(SUBJECT_PRONOUN_WINDOW).max(us)..n.pos)
            .any(|k| self.subject_pronoun_at(k));
        (people.next().is_none() && !pronoun_before && self.actor_named(&n.text).is_none())
            .then(|| n.clone())
    }

    /// Whether the name at `name` heads the subject phrase opening the unit at `us`
    /// (construction `described-subject`): only a conjunction, determiners, capitalised
    /// words and role words before it ("But Urban MP Ann Lee was unconvinced", "River
    /// captain Enzo Vidal was more direct"), or a role phrase before a comma without a verb
    /// ("Le président de la fédération des pêcheurs, Abdou Sy, se montre prudent"). At most
    /// 15 tokens.
    fn subject_head(&self, us: usize, name: usize) -> bool {
        let (tk, lx) = (self.tk, self.lx);
        if name <= us || name - us > 15 {
            return false;
        }
        // (after a phrase opened by a preposition and closed by a comma: « À Bordeaux,
        // Mélanie, 34 ans, attend », "In Leeds, Joan Tate runs", construction
        // `fronted-phrase-subject`)
        let fronted = (cls(tk, lx, us) & class::PREP != 0)
            .then(|| {
                (us + 1..name)
                    .take_while(|&k| !tk.toks[k].verb_form)
                    .find(|&k| !is_word(tk, k) && tk.is(k, ","))
            })
            .flatten();
        if fronted.is_some_and(|c| c + 1 == name) {
            return true;
        }
        let us = fronted.map_or(us, |c| c + 1);
        let from = us + usize::from(cls(tk, lx, us) & class::CONJ != 0);
        let role = |k: usize| is_word(tk, k) && tk.is_role(lx, k);
        let described = (from..name).all(|k| {
            is_word(tk, k)
                && !tk.toks[k].verb_form
                && (tk.toks[k].upper || role(k) || cls(tk, lx, k) & class::DET != 0)
        }) && (from..name).any(role);
        let apposed = tk.is(name - 1, ",")
            && (from..name - 1).any(role)
            && (from..name - 1).all(|k| !tk.toks[k].verb_form && (is_word(tk, k) || tk.is(k, "'")));
        described || apposed
    }

    /// The person a name mention stands for, when the genders of the mention and of that
    /// person agree with a pronoun's `gender`.
    fn agreeing_person(
        &mut self,
        n: &NameMention<'t>,
        pos: usize,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let agrees = |g: Option<Gender>| gender.is_none() || g.is_none() || g == gender;
        if !agrees(n.gender) {
            return None;
        }
        let a = self.actor_for(&Info::person_named(n), pos, false)?;
        agrees(self.actors[a].gender).then_some(a)
    }

    /// The resolution to `actor`, which a pronoun of `gender` now shows the gender of.
    fn agreed(&mut self, actor: usize, gender: Option<Gender>) -> Resolution {
        let a = &mut self.actors[actor];
        if a.kind == ActorType::Person && !a.plural && a.gender.is_none() {
            a.gender = gender;
        }
        self.resolution(actor)
    }

    fn last_person_speaker(&self, pos: usize) -> Option<usize> {
        self.speakers
            .iter()
            .rev()
            .take(SALIENT_WINDOW)
            .find(|&&(p, a)| {
                p < pos
                    && self.actors[a].kind == ActorType::Person
                    && !self.actors[a].plural
                    && !self.marker_sources.contains(&p)
            })
            .map(|&(_, a)| a)
    }

    fn resolve_np(&mut self, a: usize, b: usize, pos: usize, statement: bool) -> Resolution {
        let b = self.phrase_end(a, b);
        let info = self.classify(a, b);
        let mention = Some(self.text(a, b));
        let span = Some((self.tk.toks[a].start, self.tk.toks[b - 1].end));
        self.link = None;
        self.np_start = a;
        // "ce dernier", "the latter": the person named last
        let latest = b == a + 2
            && cls(self.tk, self.lx, a) & class::DET != 0
            && self.feats.get(self.tk.lw(a + 1)) == Some(&Feature::Latest);
        if latest {
            let before = self.names.partition_point(|n| n.pos < a);
            if let Some(n) = self.names[..before]
                .last()
                .filter(|n| self.units_between(n.pos, pos) <= 1)
                .cloned()
            {
                let actor = self.named_actor(&n, n.role.clone());
                return self.resolution_at(actor, mention, span, SpeakerRule::Pronoun);
            }
        }
        if let Some(n) = self.possessive_role_cataphora(a, b).filter(|_| statement) {
            let actor = self.named_actor(&n, Some(self.text(a + 1, b).to_lowercase()));
            return self.resolution_at(actor, mention, span, SpeakerRule::RoleAnaphora);
        }
        if let Some(actor) = self.possessed(a, b) {
            return self.resolution_at(actor, mention, span, SpeakerRule::Possessor);
        }
        if let Some(actor) = self.noun_possessed(a, b) {
            return self.resolution_at(actor, mention, span, SpeakerRule::Possessor);
        }
        if let Some(actor) = self.circle_of(a, b) {
            return self.resolution_at(actor, mention, span, SpeakerRule::Description);
        }
        if let Some(r) = self.document_antecedent(a, b) {
            return r;
        }
        if self.is_event_phrase(&info, a, b) {
            return Resolution {
                event_subject: true,
                ..Resolution::default()
            };
        }
        let actor = if info.garbage {
            self.link = Some(SpeakerRule::InciseSubject);
            self.last_person_speaker(pos).or_else(|| {
                self.salient
                    .iter()
                    .rev()
                    .take(SALIENT_WINDOW)
                    .find(|&&(p, a, _)| p < pos && self.actors[a].kind == ActorType::Person)
                    .map(|s| s.1)
            })
        } else {
            self.actor_for(&info, pos, statement)
        };
        let own = if info.acronym {
            SpeakerRule::Acronym
        } else if info.apposed {
            SpeakerRule::Apposition
        } else if info.title {
            SpeakerRule::Title
        } else if info.name.is_some() {
            SpeakerRule::Name
        } else if info.state {
            SpeakerRule::Capital
        } else if info.kind == ActorType::Organization {
            SpeakerRule::Organization
        } else {
            SpeakerRule::Description
        };
        match actor {
            Some(actor) => {
                let rule = self.link.take().unwrap_or(own);
                self.resolution_at(actor, mention, span, rule)
            }
            None => Resolution {
                mention,
                span,
                ..Resolution::default()
            },
        }
    }

    /// A description that names no one and whose head, a lower-case word before any
    /// preposition, is an event, an outcome or the weather (`event_nouns.txt`): "Ce scrutin
    /// serré", "The result", « une domination stérile ».
    fn is_event_phrase(&self, info: &Info, a: usize, b: usize) -> bool {
        if info.name.is_some()
            || info.role.is_some()
            || info.state
            || info.acronym
            || info.garbage
            || info.kind != ActorType::Other
        {
            return false;
        }
        let (tk, lx) = (self.tk, self.lx);
        (a..b)
            .take_while(|&k| cls(tk, lx, k) & class::PREP == 0)
            .any(|k| {
                is_word(tk, k)
                    && tk.raw(k).starts_with(|c: char| c.is_lowercase())
                    && lx.event_nouns.contains(tk.lw(k))
            })
    }

    /// The actor a classified phrase stands for, created when new.
    fn actor_for(&mut self, info: &Info<'t>, pos: usize, statement: bool) -> Option<usize> {
        if let Some(name) = &info.name {
            // a name: the fullest form of it in the article
            let full = self
                .names_with(name)
                .max_by_key(|n| (n.tokens.len(), std::cmp::Reverse(n.pos)));
            let tokens = full.map_or(name, |f| &f.tokens).clone();
            if let Some(i) = self.person_with(&tokens, true) {
                for role in info.role.as_deref().into_iter().chain(info.office) {
                    if !self.actors[i].roles.iter().any(|r| r == role) {
                        self.actors[i].roles.push(role.to_string());
                    }
                }
                if self.actors[i].country.is_none() {
                    self.actors[i].country = info.country;
                }
                if self.actors[i].gender.is_none() {
                    self.actors[i].gender = info.gender;
                }
                return Some(i);
            }
            let canonical = full.map_or_else(
                || info.canonical.clone().unwrap_or_default(),
                |f| f.text.clone(),
            );
            if canonical.is_empty() {
                return None;
            }
            let role = info
                .role
                .clone()
                .or_else(|| full.and_then(|f| f.role.clone()));
            let office = info.office.or_else(|| full.and_then(|f| f.office));
            let country = info.country.or_else(|| full.and_then(|f| f.country));
            let gender = info
                .gender
                .or_else(|| self.names_with(&tokens).find_map(|n| n.gender));
            let id = self.push_actor(ActorRec {
                canonical,
                kind: ActorType::Person,
                country,
                name: tokens,
                roles: role.into_iter().chain(office.map(str::to_string)).collect(),
                plural: false,
                gender,
            });
            return Some(id);
        }
        if info.kind == ActorType::Person && !info.plural {
            let role = info.role.clone()?;
            // nominal anaphora: the latest person with this role (and country)
            let compatible = |country: Option<&str>| {
                info.country.is_none() || country.is_none() || country == info.country
            };
            let same_gender =
                |g: Option<Gender>| info.gender.is_none() || g.is_none() || g == info.gender;
            let office = info.office;
            // construction `role-domain-guard`: a role whose domain differs from the
            // holder's ("la ministre de la Santé" after "la ministre du Budget, X") is
            // someone else
            // (construction `periphrasis-office`: a periphrasis naming another role's office,
            // « le représentant de l'État » for « le préfet », has no domain of its own)
            let periphrasis = office.is_some_and(|o| o.split(' ').next() != role.split(' ').next());
            let domain = role_domain_near(
                self.tk,
                self.lx,
                pos.saturating_sub(DOMAIN_ROLE_WINDOW),
                pos,
            )
            .filter(|_| !periphrasis);
            let other_domain = |n: &NameMention| {
                domain.is_some()
                    && !(office.is_some() && n.office == office)
                    && role_domain_near(
                        self.tk,
                        self.lx,
                        n.pos.saturating_sub(DOMAIN_ROLE_WINDOW),
                        n.pos,
                    )
                    .is_some_and(|d| Some(d) != domain)
            };
            let holds = |n: &NameMention| {
                n.role.is_some()
                    && role_fits(self.lx, n.role.as_deref(), n.office, &role, office)
                    && !other_domain(n)
                    // (a second role is taken up by its own words or office, not by a
                    // general role: « le dirigeant » is not « le président de la commission,
                    // le sénateur X », construction `role-then-apposed-role`; a title's role
                    // by a specific one: « le docteur X … l'infectiologue »)
                    || n.also.as_deref().is_some_and(|a| {
                        [Some(role.as_str()), office]
                            .into_iter()
                            .flatten()
                            .any(|m| roles_match(self.lx, a, m))
                            || self.lx.titled_roles.contains(a)
                                && role_fits(self.lx, Some(a), None, &role, office)
                    })
            };
            let before = self.names.partition_point(|n| n.pos < pos);
            // an indefinite role ("un porte-parole de l'armée", "a spokesperson") is someone
            // new: it refers back to nobody
            let back = if info.indefinite { 0 } else { before };
            // construction `same-role-speaker`: a definite plain role that the speaker of this
            // sentence or the one before was given with no name ("A police officer said …
            // The officer said", « Un responsable a dit … Le responsable a ajouté ») is that
            // speaker, before any named holder of the role
            if statement && !info.indefinite && info.plain_role {
                let same = self.last_person_speaker(pos).filter(|&i| {
                    self.actors[i].name.is_empty()
                        && self.actors[i]
                            .roles
                            .iter()
                            .any(|r| roles_match(self.lx, r, &role))
                        && self
                            .speakers
                            .iter()
                            .rev()
                            .take(SALIENT_WINDOW)
                            .find(|s| s.1 == i)
                            .is_some_and(|s| self.units_between(s.0, pos) <= 1)
                });
                if let Some(i) = same {
                    self.link = Some(SpeakerRule::RoleAnaphora);
                    return Some(i);
                }
            }
            // construction `age-antecedent`: a role naming a person by age ("le
            // sexagénaire", "the 62-year-old") is the latest person named with an age in
            // its span ("Paul Leroy, 62 ans,"), even with another person between them
            if let Some(span) = self.lx.age_span(&role).filter(|_| !info.indefinite) {
                if let Some(n) = self.names[..back]
                    .iter()
                    .rev()
                    .take(40)
                    .find(|n| {
                        n.tokens.len() >= 2
                            && same_gender(n.gender)
                            && self
                                .apposed_age(n)
                                .is_some_and(|a| span.0 <= a && a <= span.1)
                    })
                    .cloned()
                {
                    self.link = Some(SpeakerRule::DescriptionAnaphora);
                    return Some(self.named_actor(&n, Some(role)));
                }
            }
            // construction `country-role-anaphora`: a role with a country's adjective ("le
            // ministre canadien", "the head of Serbian diplomacy") is first the latest person
            // of that country who holds it or was named as a counterpart ("son homologue
            // canadien X"), or any role for a vague one ("le responsable équato-guinéen"),
            // before a holder of no known country
            // (a vague role that names an office, "the head of Serbian diplomacy", is that
            // office)
            let vague_role = self.lx.is_generic_role(&role) && office.is_none();
            let counterpart = |n: &NameMention| {
                n.role
                    .as_ref()
                    .is_some_and(|r| self.lx.counterparts.contains(r))
            };
            let of_country = info.country.filter(|_| !info.indefinite).and_then(|c| {
                self.names[..back]
                    .iter()
                    .rev()
                    .take(300)
                    .find(|n| {
                        n.tokens.len() >= 2
                            && n.country == Some(c)
                            && (holds(n) || counterpart(n) || vague_role && n.role.is_some())
                            && same_gender(n.gender)
                    })
                    .cloned()
            });
            if let Some(n) = of_country.or_else(|| {
                self.names[..back]
                    .iter()
                    .rev()
                    .take(300)
                    .find(|n| holds(n) && compatible(n.country))
                    .cloned()
            }) {
                self.link = Some(anaphora_rule(self.lx, n.held_roles(), &role, office));
                return Some(self.named_actor(&n, Some(role)));
            }
            if let Some(i) = self
                .salient
                .iter()
                .rev()
                .take(SALIENT_WINDOW)
                .map(|s| s.1)
                .find(|&a| {
                    !info.indefinite
                        && self.actors[a]
                            .roles
                            .iter()
                            .any(|r| role_fits(self.lx, Some(r), None, &role, office))
                        && compatible(self.actors[a].country)
                        && !self.names[..back]
                            .iter()
                            .rev()
                            .take(300)
                            .any(|n| n.text == self.actors[a].canonical && other_domain(n))
                })
            {
                let held = self.actors[i].roles.iter().map(String::as_str);
                self.link = Some(anaphora_rule(self.lx, held, &role, office));
                return Some(i);
            }
            // a vague role of a country ("le dirigeant ukrainien", "the Ukrainian leader"):
            // the latest person of that country named with a role
            // and a role of a country for the person of that country named with a vague
            // role ("Chinese leader Xi Jinping … The Chinese president")
            let generic = self.lx.is_generic_role(&role);
            let vague = |n: &NameMention| {
                generic || n.role.as_ref().is_some_and(|r| self.lx.is_generic_role(r))
            };
            if info.country.is_some() {
                if let Some(n) = self.names[..back]
                    .iter()
                    .rev()
                    .take(300)
                    .find(|n| {
                        n.role.is_some()
                            && n.tokens.len() >= 2
                            && n.country == info.country
                            && vague(n)
                    })
                    .cloned()
                {
                    self.link = Some(anaphora_rule(self.lx, n.held_roles(), &role, office));
                    return Some(self.named_actor(&n, Some(role)));
                }
            }
            if statement {
                let current = self.last_person_speaker(pos).filter(|_| !info.indefinite);
                // a vague epithet refers to the person who opens this sentence or the one
                // before, named after the current speaker last spoke, rather than to that
                // speaker ("Rossi said … Striker Paolo Mancuso, who scored twice, dedicated
                // the win to the fans. \"…,\" the veteran said")
                if self.lx.is_generic_role(&role) && !info.indefinite && info.plain_role {
                    let last = self.speakers.iter().rev().find(|s| s.0 < pos).map(|s| s.0);
                    if let Some(n) = self
                        .epithet_antecedent(&role, office, info)
                        .filter(|n| last.is_none_or(|l| l < n.pos))
                        .filter(|n| self.units_between(n.pos, pos) <= 1 && self.opens_unit(n.pos))
                        .filter(|n| !self.role_named_after(&role, n.pos, pos))
                    {
                        self.link = Some(anaphora_rule(self.lx, n.held_roles(), &role, office));
                        return Some(self.named_actor(&n, Some(role)));
                    }
                }
                if let Some(i) = current {
                    // a specific role ("la présidente du tribunal") is someone new unless
                    // the current speaker has no known role
                    // a plain or demonstrative role refers back only to a recent speaker
                    let recent = self
                        .speakers
                        .iter()
                        .rev()
                        .take(SALIENT_WINDOW)
                        .find(|s| s.1 == i)
                        .is_some_and(|s| self.units_between(s.0, pos) <= 1);
                    // an unnamed role ("le maire") is not redescribed by another ("le préfet")
                    let redescribable =
                        !self.actors[i].name.is_empty() || self.actors[i].roles.contains(&role);
                    // a plain role that names another office than the speaker's is
                    // someone new ("Hart, the trade minister, said … The prime minister said")
                    // (nor a role of another domain, construction `role-domain-guard`)
                    let fitting = self.actors[i]
                        .roles
                        .iter()
                        .any(|r| role_fits(self.lx, Some(r), None, &role, office))
                        && !self.names[..back]
                            .iter()
                            .rev()
                            .take(300)
                            .any(|n| n.text == self.actors[i].canonical && other_domain(n));
                    // a past office ("l'ancien Premier ministre") contradicts no role held now
                    let former = recent
                        && info
                            .canonical
                            .as_deref()
                            .is_some_and(|c| self.lx.is_former_role(c));
                    // a role with a country's adjective ("le président ukrainien") is not a
                    // speaker of no known role and no known country ("Marc Levasseur a
                    // déclaré … Le président ukrainien a déclaré"), construction
                    // `country-role-blocker`
                    let unknown_country =
                        info.country.is_some() && self.actors[i].country.is_none();
                    let fits = self.actors[i].roles.is_empty() && !unknown_country
                        || info.demonstrative
                        || former
                        || info.plain_role && recent && redescribable && fitting
                        || self.lx.is_generic_role(&role);
                    // a role of the other gender is someone else ("Mary Hale said …
                    // The man said")
                    if compatible(self.actors[i].country)
                        && fits
                        && same_gender(self.actors[i].gender)
                    {
                        let held = self.actors[i].roles.iter().map(String::as_str);
                        self.link = Some(anaphora_rule(self.lx, held, &role, office));
                        return Some(i);
                    }
                }
                // a vague role ("the official") with no speaker before: the person who
                // opened the sentence before ("John Miller, who heads …, met …")
                if generic && !info.indefinite {
                    if let Some(&(_, a, _)) = self
                        .salient
                        .iter()
                        .rev()
                        .find(|s| s.0 < pos)
                        .filter(|s| self.units_between(s.0, pos) <= 1)
                        .filter(|s| !self.role_named_after(&role, s.0, pos))
                        .filter(|s| {
                            let a = &self.actors[s.1];
                            a.kind == ActorType::Person
                                && !a.plural
                                && compatible(a.country)
                                && same_gender(a.gender)
                        })
                    {
                        let held = self.actors[a].roles.iter().map(String::as_str);
                        self.link = Some(anaphora_rule(self.lx, held, &role, office));
                        return Some(a);
                    }
                }
                // a role named before its name ("the minister said" in a headline):
                // the first person given that role later (not an indefinite role past the
                // lede: "A spokesperson added" is not "the party's spokesperson, Jane Reed"
                // below), or a role of the same office that the role's synonyms or
                // hypernyms cover ("Union chief warns" … "union leader Ann Fox", « le patron
                // du syndicat » … « Jean Roux, secrétaire général du syndicat »,
                // construction `cataphoric-role-synonym`)
                let unit = self.tk.units.partition_point(|&(_, e)| e <= pos);
                let later = if info.indefinite && unit >= LEDE_UNITS {
                    &[][..]
                } else {
                    &self.names[before..self.names.len().min(before + 300)]
                };
                // (for an indefinite role, not a name in the statement's own sentence, its
                // object or its content: "An official said the delegation, led by envoy Mark
                // Stone, …", construction `indefinite-own-sentence`)
                // (past the lede, a holder named within the next sentences only: a role
                // named paragraphs before a holder of the same role is someone else,
                // construction `near-cataphora`)
                let near = |n: &NameMention| {
                    unit < LEDE_UNITS || self.units_between(pos, n.pos) <= CATAPHORA_UNITS
                };
                if let Some(n) = later
                    .iter()
                    .filter(|n| !(info.indefinite && self.same_unit(n.pos, pos)))
                    .find(|n| n.tokens.len() >= 2 && holds(n) && compatible(n.country) && near(n))
                    .cloned()
                {
                    self.link = Some(anaphora_rule(self.lx, n.held_roles(), &role, office));
                    return Some(self.named_actor(&n, Some(role)));
                }
                // a headline or lede names by role whom the body names by name alone
                // (a vague role too when a complement makes it specific, « le patron de
                // Norvia », construction `headline-complement-role`)
                let specific = !self.lx.is_generic_role(&role) || !info.plain_role;
                if unit < LEDE_UNITS && specific && !info.acronym {
                    let counterpart = |n: &NameMention| {
                        n.role
                            .as_ref()
                            .is_some_and(|r| self.lx.counterparts.contains(r))
                    };
                    // "a spokesman for President Kim": Kim is the domain, not the spokesman
                    let domain = |n: &NameMention| {
                        (n.pos.saturating_sub(4)..n.pos).any(|k| role_of(self.tk, self.lx, k))
                    };
                    if let Some(n) = later
                        .iter()
                        // a name in the statement's own sentence is its object ("la maire a
                        // salué l'invitation du club à Park Min Soo")
                        .filter(|n| !self.same_unit(n.pos, pos))
                        .find(|n| {
                            n.tokens.len() >= 2
                                && !counterpart(n)
                                && !domain(n)
                                && !self.source_line_or_oblique(n)
                        })
                        .filter(|n| n.role.is_none())
                        .filter(|n| {
                            info.gender.is_none() || n.gender.is_none() || n.gender == info.gender
                        })
                        .cloned()
                    {
                        self.link = Some(anaphora_rule(self.lx, n.held_roles(), &role, office));
                        return Some(self.named_actor(&n, Some(role)));
                    }
                }
                // an epithet for a person the sentences before name without a role ("Le
                // tribunal a condamné Julien M. … Le prévenu a affirmé", "Vladimir Putin …
                // the Russian president said")
                if !info.indefinite && info.plain_role && !info.acronym {
                    if let Some(n) = self.epithet_antecedent(&role, office, info) {
                        self.link = Some(anaphora_rule(self.lx, n.held_roles(), &role, office));
                        return Some(self.named_actor(&n, Some(role)));
                    }
                }
                // construction `complement-role-epithet`: a role with a complement
                // (« l'entraîneur turc du club », "the coach of the visitors") for the
                // person named with no role who is the subject of this sentence or the one
                // before
                if !info.indefinite && !info.plain_role && !info.acronym {
                    if let Some(n) = self.subject_epithet_antecedent(&role, office, info) {
                        self.link = Some(anaphora_rule(self.lx, n.held_roles(), &role, office));
                        return Some(self.named_actor(&n, Some(role)));
                    }
                }
            }
        }
        let mut canonical = info.canonical.clone()?;
        // construction `role-of-org-noun`: a role for a plain organisation noun ("un
        // porte-parole de l'entreprise", "a spokesman for the company") is a role of the
        // organisation the noun refers back to
        if info.kind == ActorType::Person && info.name.is_none() && info.role.is_some() {
            if let Some(c) = self.role_of_org_noun(&canonical, pos) {
                canonical = c;
            } else if let Some(c) = self.org_voice(&canonical, pos) {
                self.link = Some(SpeakerRule::OrgVoice);
                canonical = c;
            }
        }
        // "the news agency", "la compagnie": a plain organisation noun refers to the
        // organisation named with it, or else to the organisation that spoke last
        // (not one with its own modifier: "l'armée israélienne", "l'état-major interarmées")
        // its words in lower case (split again where needed: no list of them)
        let lower = to_lowercase(&canonical);
        let words = || lower.split_whitespace();
        let count = words().count();
        let (first, last) = (
            words().next().unwrap_or_default(),
            words().next_back().unwrap_or_default(),
        );
        // (or with one epithet that is no country's adjective: "le club aveyronnais",
        // "l'agence onusienne", construction `org-epithet-anaphora`)
        // (a part of any organisation written in several words: « le conseil
        // d'administration », construction `board-org-part`)
        // (only a phrase of several words is looked up)
        let key = (count > 1).then(|| normalize_phrase(&canonical, &self.lx.kept_after_apostrophe));
        let key = key.as_deref().unwrap_or_default();
        let part = count > 1 && self.lx.org_parts.contains(key);
        let epithet = !part
            && count == 2
            && self.lx.is_org(first)
            && !self.lx.is_org(last)
            && !self.lx.is_role(last)
            && self.lx.class(last) == 0;
        // (a country's adjective only with the noun of a firm: "the German conglomerate", « le
        // constructeur japonais », construction `demonym-kind-anaphora`; not "the Israeli army")
        let demonym = |w: &str| self.lx.demonyms.contains_key(w);
        let demonym_kind = count == 2
            && (demonym(first) && self.lx.demonym_kinds.contains(last)
                || demonym(last) && self.lx.demonym_kinds.contains(first));
        // (read as the noun alone, not as an epithet of its kind)
        let epithet = epithet && !demonym_kind;
        let bare_noun = demonym_kind
            || (part || count <= 2 && (epithet || count > 0 && self.lx.is_org(last)))
                && !words().any(demonym);
        // (written with its determiner: "police said" is the police, not an organisation
        // named before)
        let determined = cls(self.tk, self.lx, self.np_start) & class::DET != 0;
        // (its capitalised words may be an organisation noun written as an acronym, « l'ONG »,
        // "the NGO", construction `acronym-kind-noun`, and an epithet of where it sits, "the
        // Paris-based group", construction `seat-epithet-anaphora`)
        let common = |w: &str| !w.chars().any(char::is_uppercase);
        let kind_caps = |w: &str| {
            let w = w.rsplit(['\'', '\u{2019}']).next().unwrap_or(w);
            !self.naming
                && w.chars().count() >= 2
                && !w.chars().any(char::is_lowercase)
                && with_lowercase(w, |l| self.lx.is_org(l))
        };
        let seat = |w: &str| {
            w.rsplit_once('-').is_some_and(|(place, end)| {
                place.starts_with(char::is_uppercase)
                    && common(end)
                    && self.lx.seat_epithets.contains(end)
            })
        };
        let anaphor = info.kind == ActorType::Organization
            && canonical.split_whitespace().all(|w| {
                common(w) || kind_caps(w) || seat(w) || demonym_kind && with_lowercase(w, demonym)
            })
            && (info.plain_role || part)
            && bare_noun
            && !info.plural
            && determined;
        // (an organisation noun said before without a name, "as charity warns" in a
        // headline, is no antecedent for the noun when the article names one of its kind,
        // construction `org-noun-before-name`)
        if !anaphor {
            if let Some(i) = self.actor_named(&canonical) {
                return Some(i);
            }
        }
        // a headline's bare organisation noun names the organisation the article describes
        // as one of its kind
        let headline = self.tk.units.first().is_some_and(|&(_, e)| pos < e);
        if headline
            && info.kind == ActorType::Organization
            && !canonical.chars().any(char::is_uppercase)
            && info.plain_role
            && bare_noun
            && !epithet
            && !info.plural
        {
            if let Some(i) = with_lowercase(&canonical, |c| self.org_described_later(c, pos)) {
                self.link = Some(SpeakerRule::RoleAnaphora);
                return Some(i);
            }
        }
        if anaphor {
            let named = with_lowercase(&canonical, |c| self.salient_org_naming(c));
            // or else the organisation that spoke in this sentence or the one before, or
            // the latest organisation the article described as one of this kind ("le
            // SNCTA, premier syndicat de la profession … Le syndicat réclame"), the same
            // noun before a more general one
            let noun = if part {
                key
            } else if epithet || demonym_kind && demonym(last) {
                first
            } else {
                last
            };
            let just_spoke = self.org_spoke_within(pos, 1, false, noun);
            let named = named
                .or_else(|| self.org_of_kind(noun, pos, false))
                .or_else(|| self.subject_name_org(pos, noun, false))
                .or(just_spoke)
                .or_else(|| self.org_of_kind(noun, pos, true));
            // (with an epithet, only an organisation of a fitting kind: not a state)
            if epithet {
                let org = |a: usize| self.actors[a].kind == ActorType::Organization;
                let named = named.filter(|&a| org(a)).or_else(|| {
                    self.org_spoke_within(pos, 3, false, noun)
                        .filter(|&a| org(a))
                });
                if let Some(i) = named {
                    self.link = Some(SpeakerRule::RoleAnaphora);
                    return Some(i);
                }
            }
            // or else the latest organisation of this kind named in the sentences before;
            // for an organ of an organisation, before one that spoke earlier (« L'AMUF
            // alerte … Au CHU de Dijon … Selon la direction » is the CHU), construction
            // `org-part-nearest`
            let organ = self.lx.org_parts.contains(noun);
            let mentioned = if named.is_none()
                && (organ || self.org_spoke_within(pos, 3, false, noun).is_none())
            {
                self.org_mentioned(pos, noun)
            } else {
                None
            };
            let nearest = mentioned.filter(|_| organ);
            let recent = || self.org_spoke_within(pos, 3, false, noun);
            // or else the latest organisation, or subject named without a role, of the
            // sentences before: "Nordvik Semiconductor reported … the chief executive
            // said … The company said" (a bounded look back)
            let unroled = || {
                let near: Vec<usize> = self
                    .salient
                    .iter()
                    .rev()
                    // (not a phrase of the statement's own sentence: "Fares will rise in
                    // October, the regulator confirmed")
                    .filter(|s| s.0 < pos && !self.same_unit(s.0, pos))
                    .take(12)
                    .take_while(|s| self.units_between(s.0, pos) <= 6)
                    .map(|s| s.1)
                    .collect();
                near.iter()
                    .copied()
                    .find(|&a| {
                        self.named_org(&self.actors[a])
                            && !self.data_only.contains(&a)
                            && self.org_fits(a, noun, pos, false)
                    })
                    .or_else(|| {
                        // (of no known kind: not for a public administration's noun)
                        near.iter().copied().find(|&a| {
                            self.org_like_name(&self.actors[a])
                                && !self.data_only.contains(&a)
                                && !self.lx.public_bodies.contains(noun)
                        })
                    })
            };
            if let Some(i) = named
                .or(nearest)
                .or_else(recent)
                .or(mentioned)
                .or_else(unroled)
                .or_else(|| self.org_spoke_within(pos, 1, true, noun))
                .filter(|_| !epithet)
                // (a state is not one of the noun's kind: "le gouvernement" said before
                // stays itself)
                .filter(|&i| {
                    self.actors[i].kind != ActorType::Country
                        || self.actor_named(&canonical).is_none()
                })
            {
                self.link = Some(SpeakerRule::RoleAnaphora);
                return Some(i);
            }
            // a management noun with no other antecedent stands for the name opening the
            // headline (« Vantel relève ses prévisions … La direction anticipe »),
            // construction `management-headline-org`
            // or, failing one, for the organisation the headline or lede names as a
            // complement (« Grève aux urgences du CHU Amiens-Picardie … La direction
            // conteste »), construction `management-lede-org`
            if !epithet && self.lx.org_parts.contains(noun) {
                if let Some(i) = self
                    .subject_name_org(pos, noun, true)
                    .or_else(|| self.lede_complement_org(pos))
                {
                    self.link = Some(SpeakerRule::RoleAnaphora);
                    return Some(i);
                }
            }
            if let Some(i) = self.actor_named(&canonical) {
                return Some(i);
            }
            if !epithet {
                if let Some(i) = self.role_complement_org(pos, noun) {
                    self.link = Some(SpeakerRule::RoleAnaphora);
                    return Some(i);
                }
            }
        }
        let id = self.push_actor(ActorRec {
            canonical,
            kind: info.kind,
            country: info.country,
            name: Vec::new(),
            roles: info.role.clone().into_iter().collect(),
            plural: info.plural,
            gender: info.gender,
        });
        Some(id)
    }

    /// The canonical form of a role for a plain organisation noun ("porte-parole de
    /// l'entreprise") with the noun's organisation in its place ("porte-parole d'Enedis"):
    /// the organisation named with the noun, described as one of its kind, or that spoke in
    /// the sentence or the one before. A role of `org_voices.tsv` before a preposition
    /// that holds its determiner (« un porte-parole du club ») takes its form there
    /// (construction `org-voice`).
    fn role_of_org_noun(&mut self, canonical: &str, pos: usize) -> Option<String> {
        let lx = self.lx;
        let det = |w: &str| with_lowercase(w, |w| lx.class(w)) & class::DET != 0;
        let (head, last) = canonical.rsplit_once(' ')?;
        let (prefix, noun) = match last.split_once(['\'', '\u{2019}']) {
            Some((d, noun)) if det(&format!("{d}'")) => (head, noun),
            Some(_) => return None,
            None => {
                let (prefix, d) = head.rsplit_once(' ')?;
                if !det(d) {
                    return None;
                }
                if !prefix.contains(' ') && with_lowercase(d, |d| lx.class(d)) & class::PREP != 0 {
                    let form = with_lowercase(prefix, |p| lx.org_voices.get(p))?;
                    if last.chars().any(char::is_uppercase) || !lx.is_org(last) {
                        return None;
                    }
                    let org = self.org_for_noun(last, pos)?;
                    self.link = Some(SpeakerRule::OrgVoice);
                    return Some(voice_form(lx, form, &self.actors[org].canonical));
                }
                (prefix, last)
            }
        };
        let (role, prep) = prefix.rsplit_once(' ')?;
        if role.is_empty()
            || with_lowercase(prep, |p| lx.class(p)) & (class::PREP | class::DOMAIN) == 0
            || noun.chars().any(char::is_uppercase)
            || !lx.is_org(noun)
        {
            return None;
        }
        let org = self.org_for_noun(noun, pos)?;
        Some(format!(
            "{role} {}",
            with_preposition(lx, prep, &self.actors[org].canonical)
        ))
    }

    /// The organisation a plain organisation noun said with a role stands for ("the
    /// company" in "a spokesman for the company"): the one named with the noun, described
    /// as one of its kind, or that spoke in the sentence or the one before.
    fn org_for_noun(&mut self, noun: &str, pos: usize) -> Option<usize> {
        let named = self.salient_org_naming(noun);
        let spoke = self.org_just_spoke(pos);
        named
            .or_else(|| self.org_of_kind(noun, pos, false))
            .or(spoke)
            .or_else(|| self.org_of_kind(noun, pos, true))
    }

    /// Construction `role-complement-org`: the organisation a plain organisation noun with
    /// no other antecedent stands for when a role's complement named it with that noun in
    /// the sentence of `pos` or the two before (« Claire Marchal, porte-parole du collectif
    /// Vallée Libre … Le collectif a annoncé »): after a role, a preposition and at most two
    /// determiners, the noun then capitalised words or numbers. The latest such complement,
    /// read in at most the three units' tokens.
    fn role_complement_org(&mut self, pos: usize, noun: &str) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        let unit = tk.units.partition_point(|&(_, e)| e <= pos);
        let from = tk.units.get(unit.saturating_sub(2))?.0;
        let word = |k: usize| k < pos && is_word(tk, k);
        let upper = |k: usize| word(k) && tk.toks[k].upper;
        // (a number ends a name: « Bure Stop 55 »)
        let number = |k: usize| word(k) && tk.raw(k).bytes().all(|b| b.is_ascii_digit());
        let (s, e) = (from..pos).rev().find_map(|k| {
            if !(word(k)
                && tk.is_role(lx, k)
                && word(k + 1)
                && cls(tk, lx, k + 1) & class::PREP != 0)
            {
                return None;
            }
            let mut j = k + 2;
            while word(j) && cls(tk, lx, j) & class::DET != 0 && j < k + 4 {
                j += 1;
            }
            if !(word(j) && !tk.toks[j].upper && tk.lw(j) == noun && upper(j + 1)) {
                return None;
            }
            let mut e = j + 1;
            while e < j + 10 && (upper(e) || number(e)) {
                e += 1;
            }
            Some((j, e))
        })?;
        let canonical = self.text(s, e);
        Some(self.named_or_push(ActorRec::bare(canonical, ActorType::Organization)))
    }

    /// The named organisation that spoke last, in the sentence of `pos` or the one before
    /// (a one-word name with no role or gender that spoke is an organisation too: "Enedis
    /// a annoncé").
    fn org_just_spoke(&self, pos: usize) -> Option<usize> {
        let one_word = |a: &ActorRec| {
            a.kind == ActorType::Person
                && !a.plural
                && a.name.len() == 1
                && a.roles.is_empty()
                && a.gender.is_none()
        };
        self.speakers
            .iter()
            .rev()
            .find(|s| s.0 < pos)
            .filter(|s| self.units_between(s.0, pos) <= 1)
            .map(|s| s.1)
            .filter(|&a| self.named_org(&self.actors[a]) || one_word(&self.actors[a]))
    }

    /// Whether an actor read as a person is known only by a capitalised name that may be an
    /// organisation's ("Northwind Freight said"): singular, with no role, gender or first
    /// name, and not the speaker of a blocked first-person statement ("Je pense que …").
    fn org_like_name(&self, a: &ActorRec) -> bool {
        let lx = self.lx;
        a.kind == ActorType::Person
            && !a.plural
            && a.roles.is_empty()
            && a.gender.is_none()
            && a.canonical.chars().any(char::is_uppercase)
            && !with_lowercase(&a.canonical, |c| lx.first_person.contains(c))
    }

    /// Construction `name-taken-as-org`: an actor read as a person whose name an
    /// organisation noun or "it" stands for ("Northwind Freight will cut jobs, the company
    /// said", "Northwind Freight said … It added") is an organisation from then on.
    fn name_taken_as_org(&mut self, actor: usize) {
        if self.org_like_name(&self.actors[actor]) {
            self.actors[actor].kind = ActorType::Organization;
        }
    }

    /// Construction `org-voice`: a role of `org_voices.tsv` with no name and no complement
    /// ("a spokeswoman said", « une porte-parole a ajouté ») speaks for the organisation
    /// that spoke in the sentence or the one before; one after a plain organisation noun
    /// ("a club spokesperson") for the organisation the noun stands for. Its canonical form
    /// is the role's form with that organisation ("Harbour Lines spokeswoman").
    fn org_voice(&mut self, canonical: &str, pos: usize) -> Option<String> {
        let lx = self.lx;
        let (noun, role) = match canonical.rsplit_once(' ') {
            Some((noun, role)) => (Some(noun), role),
            None => (None, canonical),
        };
        let form = with_lowercase(role, |r| lx.org_voices.get(r))?;
        let org = match noun {
            None => self.org_just_spoke(pos)?,
            Some(noun)
                if !noun.contains(' ')
                    && !noun.chars().any(char::is_uppercase)
                    && lx.is_org(noun) =>
            {
                self.org_for_noun(noun, pos)?
            }
            Some(_) => return None,
        };
        Some(voice_form(lx, form, &self.actors[org].canonical))
    }

    /// The latest named organisation among the salient subjects and speakers whose name
    /// holds the lower-case `noun` ("the Agency" after "European Space Agency").
    fn salient_org_naming(&self, noun: &str) -> Option<usize> {
        self.salient
            .iter()
            .rev()
            .take(SALIENT_WINDOW)
            .map(|s| s.1)
            .find(|&a| {
                self.named_org(&self.actors[a])
                    && with_lowercase(&self.actors[a].canonical, |c| c.contains(noun))
            })
    }

    /// Whether an actor is a named organisation or state (not a document or data source:
    /// "according to LSEG data", nor an organisation noun written as an acronym: "NGO").
    fn named_org(&self, a: &ActorRec) -> bool {
        a.kind != ActorType::Person
            && !a.plural
            && a.canonical.chars().any(char::is_uppercase)
            && !(a.canonical.chars().all(char::is_uppercase)
                && with_lowercase(&a.canonical, |c| self.lx.is_org(c)))
            && !a
                .canonical
                .rsplit(' ')
                .next()
                .is_some_and(|w| with_lowercase(w, |w| self.lx.others.contains(w)))
    }

    /// The latest named organisation that spoke before `pos` and that the organisation noun
    /// `noun` can stand for ([`Self::org_fits`]), at most `units` units before it; one that
    /// spoke only as a provider of data only with `sources` ("The company said … according
    /// to data compiled by LSEG … The company said").
    fn org_spoke_within(
        &self,
        pos: usize,
        units: usize,
        sources: bool,
        noun: &str,
    ) -> Option<usize> {
        // (speakers are in text order: the walk back stops at the first one too far, so a
        // long run of speakers costs constant work per noun)
        self.speakers
            .iter()
            .rev()
            .filter(|s| s.0 < pos)
            .take_while(|s| self.units_between(s.0, pos) <= units)
            .find(|s| {
                self.named_org(&self.actors[s.1])
                    && (sources || !self.data_only.contains(&s.1))
                    && self.org_fits(s.1, noun, pos, false)
            })
            .map(|s| s.1)
    }

    /// Whether the organisation noun `noun` ("la préfecture", "the company") can stand for
    /// the organisation `a`: yes unless its kind is known, from an organisation noun of its
    /// name ("Muséum d'histoire naturelle") or of an acronym's expansion, or from a description before `pos` ("Brightwell,
    /// a start-up"), and none of its kinds is `noun`, a kind `noun` is general for or one
    /// general for `noun` (`org_hypernyms.tsv`); a noun for a part of any organisation
    /// (« la direction ») fits all. With `known`, or for a noun of a public administration (`public_bodies.txt`), an organisation of no known kind does not
    /// fit. Bounded: the 50 latest descriptions.
    fn org_fits(&self, a: usize, noun: &str, pos: usize, known: bool) -> bool {
        let (tk, lx) = (self.tk, self.lx);
        let lower = crate::chars::fold(&self.actors[a].canonical);
        // (an acronym's kinds are those of its expansion in the article: "MNHN"; the
        // acronyms are collected only for a name that has one)
        let mut name = lower.clone();
        for w in self.actors[a].canonical.split_whitespace() {
            if w.chars().count() >= 2 && w.chars().all(char::is_uppercase) {
                let acronyms = self.acronyms();
                if let Some((from, to)) = with_lowercase(w, |w| acronyms.get(w)) {
                    name.push(' ');
                    name.push_str(&tk.text[from..to].to_lowercase());
                }
            }
        }
        let mut kinds: Vec<String> = name
            .split([' ', '\'', '-'])
            .filter(|w| !w.is_empty() && lx.is_org(w))
            .map(str::to_string)
            .collect();
        let described = self.org_kinds.get_or_init(|| collect_org_kinds(tk, lx));
        let before = described.partition_point(|o| o.pos < pos);
        kinds.extend(
            described[..before]
                .iter()
                .rev()
                .take(50)
                .filter(|o| self.text(o.name.0, o.name.1).to_lowercase() == lower)
                .map(|o| o.noun.clone()),
        );
        // a state is not its ministry or its army, only its government
        if self.actors[a].kind == ActorType::Country {
            return lx.state_nouns.contains(noun);
        }
        // (the noun of a public administration fits only a known kind: "Airbus said … The
        // police said" are two sources, construction `public-body-noun`)
        if kinds.is_empty() {
            return !known && !lx.public_bodies.contains(noun);
        }
        lx.org_parts.contains(noun) || kinds.iter().any(|k| kind_fits(lx, k, noun))
    }

    /// The actor of the latest organisation described before `pos` as a `noun`, or with
    /// `general` as a kind `noun` is general for ([`collect_org_kinds`]), among the 50
    /// latest.
    fn org_of_kind(&mut self, noun: &str, pos: usize, general: bool) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        let kinds = self.org_kinds.get_or_init(|| collect_org_kinds(tk, lx));
        let before = kinds.partition_point(|o| o.pos < pos);
        // the same noun, or with `general` a kind the noun is general for ("the company"
        // for a start-up)
        let kinds_of = lx.org_hypernyms.get(noun);
        let fits = |w: &str| {
            if general {
                kinds_of.is_some_and(|k| k.iter().any(|x| x == w))
            } else {
                w == noun || lx.plurals.strip(w) == Some(noun)
            }
        };
        let (a, b) = kinds[..before]
            .iter()
            .rev()
            .take(50)
            .find(|o| fits(&o.noun))?
            .name;
        self.org_named(a, b, pos, None)
    }

    /// The actor of the first organisation described after `pos` as a `noun` or as a kind
    /// `noun` is general for ([`collect_org_kinds`]), among the 50 first: what a headline's
    /// bare organisation noun stands for ("Rents soar as charity warns" … "housing charity
    /// Northfold Trust").
    fn org_described_later(&mut self, noun: &str, pos: usize) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        let kinds = self.org_kinds.get_or_init(|| collect_org_kinds(tk, lx));
        let after = kinds.partition_point(|o| o.pos <= pos);
        let general = lx.org_hypernyms.get(noun);
        let (a, b) = kinds[after..]
            .iter()
            .take(50)
            .find(|o| {
                o.noun == noun
                    || lx.plurals.strip(&o.noun) == Some(noun)
                    || general.is_some_and(|k| k.contains(&o.noun))
            })?
            .name;
        self.org_named(a, b, pos, None)
    }

    /// The actor of the organisation named by tokens `a..b`, as `name` when given.
    fn org_named(&mut self, a: usize, b: usize, pos: usize, name: Option<String>) -> Option<usize> {
        // the description makes it an organisation, also when its name alone would read as
        // a person's ("Brightline, a rail company")
        let mut info = Info::clone(&self.classify(a, b));
        if info.kind == ActorType::Person || info.canonical.is_none() {
            info.canonical = Some(self.text(a, b));
        }
        if name.is_some() {
            info.canonical = name;
        }
        info.kind = ActorType::Organization;
        info.name = None;
        info.role = None;
        info.gender = None;
        let naming = std::mem::replace(&mut self.naming, true);
        let actor = self.actor_for(&info, pos, false);
        self.naming = naming;
        actor
    }

    /// The organisation a plain organisation noun stands for when a sentence before names
    /// it without its speaking, construction `org-noun-mentioned` ("Shares in Norvalex AG
    /// rose 2%. The company said", "the press office of Kestrovia Bank … the bank said"):
    /// the latest capitalised name of an organisation, as subject, object or possessor, in
    /// the noun's sentence before it or the two sentences before, whose kind is known (from
    /// its name or a description) and is the noun's ([`Self::org_fits`]). Bounded:
    /// [`MENTION_WINDOW`] tokens back.
    fn org_mentioned(&mut self, pos: usize, noun: &str) -> Option<usize> {
        // (not while reading a name itself)
        if self.naming {
            return None;
        }
        let (tk, lx) = (self.tk, self.lx);
        let unit = tk.units.partition_point(|&(_, e)| e <= pos);
        let start = tk
            .units
            .get(unit.saturating_sub(2))?
            .0
            .max(pos.saturating_sub(MENTION_WINDOW));
        let name_word = |k: usize| name_like_word(tk, lx, k) && !month_before_number(tk, lx, k);
        let mut runs = Vec::new();
        let mut i = start;
        while i < pos {
            if !name_word(i) {
                i += 1;
                continue;
            }
            // (with its linking words: "Department of Wildlife", « Commission de l'UEMOA »)
            let link = |j: usize| {
                let mut k = j;
                while k < pos
                    && k < j + 3
                    && is_word(tk, k)
                    && !tk.toks[k].upper
                    && cls(tk, lx, k) & (class::DET | class::PREP) != 0
                {
                    k += 1;
                }
                k > j && k < pos && name_word(k)
            };
            let mut j = i + 1;
            while j < pos && (name_word(j) || particle_then_name(tk, j, pos) || link(j)) {
                j += 1;
            }
            runs.push((i, j));
            i = j;
        }
        for &(a, b) in runs.iter().rev() {
            // (a name read only in part ends the search: "Federation of Picardy Students",
            // « la Fédération des transporteurs aériens »)
            let cut = b < pos
                && is_word(tk, b)
                && (tk.toks[b].upper
                    || lx.is_org(tk.lw(a)) && cls(tk, lx, b) & (class::DET | class::PREP) != 0);
            if cut {
                return None;
            }
            // (a capitalised organisation noun alone is no name: "the Court", « L'Entreprise »)
            if (a..b).all(|k| lx.is_org(tk.lw(k))) {
                continue;
            }
            let info = self.classify(a, b);
            if info.kind != ActorType::Organization || info.plural || info.canonical.is_none() {
                continue;
            }
            let Some(id) = self.org_named(a, b, pos, None) else {
                continue;
            };
            if self.named_org(&self.actors[id]) && self.org_fits(id, noun, pos, true) {
                return Some(id);
            }
        }
        None
    }

    /// The organisation a kind noun with no other antecedent stands for, construction
    /// `kind-noun-subject-name` ("Vantel's profit rose 9%, the telco said", "Orvala beat
    /// Kesto … the club said"): the capitalised name opening the noun's sentence, or the one
    /// before (after its dateline; with `headline`, the headline's instead), as a possessor
    /// or as the subject of a lower-case verb; not a person's name (a first name or a person
    /// already met), a place, or a role. A one-word name is written capitalised inside a
    /// sentence too, or is a [`lone_opening_name`]. Not for the noun of a public
    /// administration (construction `public-body-noun`: "Halvorsen Foods said … The police
    /// said").
    fn subject_name_org(&mut self, pos: usize, noun: &str, headline: bool) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        if lx.public_bodies.contains(noun) {
            return None;
        }
        let unit = tk.units.partition_point(|&(_, e)| e <= pos);
        // (not a month, capitalised in English wherever it is written: "November revenue
        // rose 31%, the company said")
        let name_word = |k: usize| name_like_word(tk, lx, k) && !lx.months.contains_key(tk.lw(k));
        // a verb or an auxiliary, not a function word ("Orvala and Kesto"), a role or an
        // organisation noun ("British Airways owner IAG"), nor a noun before a word that shows
        // a verb ("Air France pilots went on strike")
        let verb = |k: usize| {
            is_word(tk, k)
                && !tk.toks[k].upper
                && (cls(tk, lx, k) == 0 || cls(tk, lx, k) & (class::AUX | class::ETRE) != 0)
                && !tk.is_role(lx, k)
                && !lx.is_org(tk.lw(k))
                && (shows_verb(tk, lx, k) || !shows_verb(tk, lx, k + 1))
        };
        let units = if headline {
            0..=0
        } else {
            unit.saturating_sub(1)..=unit
        };
        for u in units.rev() {
            let &(s, e) = tk.units.get(u)?;
            let e = e.min(pos);
            // (a headline's rubric before a colon is not its subject: « Résultats : Vantel … »;
            // nor is the dateline opening a sentence: « NYON - L'UEFA a décidé … »)
            let s = if headline {
                (s..e)
                    .rev()
                    .find(|&k| tk.raw(k) == ":")
                    .map_or(s, |k| k + 1)
            } else {
                skip_dateline(tk, s, e)
            };
            // (after a singular determiner, a name of two capitalised words or more,
            // particles between them, or an acronym: « L'UEFA a décidé », « La Banque du
            // Canada a abaissé », "The Kestrel Group cut"; not « Le Premier ministre », nor
            // a plural « Les TGV »)
            let det = s + 1 < e
                && cls(tk, lx, s) & class::DET != 0
                && !tk.has(s, class::PLURAL)
                && tk.toks[s + 1].upper;
            let s = if det { s + 1 } else { s };
            // (inside a sentence's name, a capitalised verb form is the name's word and an
            // ampersand joins two words of it: "Harbor Point Mutual will", "Cuyahoga Arts &
            // Culture will", construction `kind-noun-inner-name-word`; not in a headline,
            // where verbs are capitalised too)
            let inner_word = |k: usize| {
                !headline
                    && k > s
                    && (is_word(tk, k)
                        && tk.toks[k].upper
                        && tk.toks[k].verb_form
                        && cls(tk, lx, k) == 0
                        && !tk.is_role(lx, k)
                        || tk.is(k, "&") && k + 1 < e && name_word(k + 1)
                        // (or a capitalised role word before a capitalised organisation
                        // noun: "Kestrel General Hospital closed", construction
                        // `title-inside-org-name`)
                        || is_word(tk, k)
                            && tk.toks[k].upper
                            && tk.is_role(lx, k)
                            && k + 1 < e
                            && tk.toks[k + 1].upper
                            && lx.is_org(tk.lw(k + 1)))
            };
            let mut j = s;
            while j < e
                && j < s + 5
                && (name_word(j) || inner_word(j) || det && j > s && particle_then_name(tk, j, e))
                && !lx.is_possessive(tk.lw(j))
            {
                j += 1;
            }
            // (a capitalised role word closing a name of two words or more, before the verb,
            // is the organisation's word, not a person's role: "State Farm General will",
            // construction `title-closing-org-name`)
            let closing_title = j >= s + 2
                && j + 1 < e
                && is_word(tk, j)
                && tk.toks[j].upper
                && tk.is_role(lx, j)
                && verb(j + 1)
                && !(s..j).any(|m| tk.is_role(lx, m));
            if closing_title {
                j += 1;
            }
            let acronym = |k: usize| {
                tk.raw(k).chars().count() >= 2 && tk.raw(k).chars().all(char::is_uppercase)
            };
            // (an organisation noun written as an acronym is no name: « L'ONG recense »,
            // construction `acronym-kind-noun`)
            if det && j == s + 1 && (!acronym(s) || lx.is_org(tk.lw(s))) {
                continue;
            }
            let possessed = j < e && name_word(j) && lx.is_possessive(tk.lw(j));
            if possessed {
                j += 1;
            }
            if j == s {
                continue;
            }
            // (or before the apostrophe of a plural possessive: "Corvalis Therapeutics'")
            let possessive = possessed
                || j < e
                    && (tk.is(j, "'") || tk.is(j, "\u{2019}"))
                    && tk.toks[j - 1].end == tk.toks[j].start
                    && lx.is_possessive(&format!("{}'", tk.lw(j - 1)));
            // a name, not a common noun opening the sentence ("Revenue grew"): more than
            // one word, or written capitalised inside a sentence too, or a lone opening name
            // (an acronym is no common noun: "NBC will close …, the broadcaster said",
            // construction `acronym-opening-name`)
            if j == s + 1 {
                let inner = self.inner_caps.get_or_init(|| inner_caps(tk, lx));
                let first = lx.possessor(tk.lw(s)).unwrap_or(tk.lw(s));
                // (in a headline, a name the article never writes in lower case: « Danone »)
                if inner.1.contains(first)
                    || !headline
                        && !inner.0.contains(first)
                        && !lone_opening_name(
                            tk,
                            lx,
                            s,
                            e,
                            possessive,
                            inner.2.contains(first) || acronym(s),
                        )
                {
                    continue;
                }
            }
            let person = (s..j).any(|k| {
                lx.first_names.contains_key(tk.lw(k))
                    || lx.titles.contains(tk.lw(k)) && !(closing_title && k + 1 == j)
                    || self
                        .names_holding(lx.possessor(tk.lw(k)).unwrap_or(tk.lw(k)))
                        .iter()
                        .any(|&i| {
                            let n = &self.names[i];
                            n.lone
                                || n.role.is_some()
                                || n.gender.is_some()
                                || n.tokens.first().is_some_and(|&f| {
                                    with_lowercase(f, |f| lx.first_names.contains_key(f))
                                })
                        })
            });
            if j == s
                || person
                || !(possessive || j < e && verb(j))
                || with_phrase_key(tk, s, j, |k| lx.places.contains_key(k))
                || possessed && {
                    // (a place as a possessor: "Nigeria's ruling party")
                    let mut key = normalize(tk, s, j - 1);
                    if j - 1 > s {
                        key.push(' ');
                    }
                    key.push_str(lx.possessor(tk.lw(j - 1)).unwrap_or(tk.lw(j - 1)));
                    lx.places.contains_key(&key)
                }
            {
                continue;
            }
            // (a name with an organisation noun of another kind: "Ashby District Council's
            // committee … the company")
            let kinds: Vec<&str> = (s..j)
                .map(|k| lx.possessor(tk.lw(k)).unwrap_or(tk.lw(k)))
                .filter(|w| lx.is_org(w))
                .collect();
            if self.classify(s, j).kind == ActorType::Country
                || !kinds.is_empty()
                    && !lx.org_parts.contains(noun)
                    && !kinds.iter().any(|k| kind_fits(lx, k, noun))
            {
                continue;
            }
            // (the possessive ending is not part of the name: "Vantel's")
            let name = possessed.then(|| {
                let last = tk.raw(j - 1);
                let stem = lx.possessor(tk.lw(j - 1)).map_or(last.len(), str::len);
                let from = tk.toks[s].start;
                self.tk.text[from..tk.toks[j - 1].start + stem.min(last.len())].to_string()
            });
            return self.org_named(s, j, pos, name);
        }
        None
    }

    /// Construction `management-lede-org`: the organisation the headline or lede (the
    /// [`LEDE_ORG_UNITS`] first units before `pos`, at most [`LEDE_ORG_WINDOW`] tokens each)
    /// names as a complement after a preposition: the first capitalised name of at most six
    /// words holding an organisation noun that is no part of one (« des urgences du CHU
    /// Amiens-Picardie », "a strike at the Harbor Authority of Tacoma").
    fn lede_complement_org(&mut self, pos: usize) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        let name_word = |k: usize| {
            is_word(tk, k) && (tk.toks[k].upper || name_particle(tk, k)) && !tk.toks[k].verb_form
        };
        for u in 0..LEDE_ORG_UNITS {
            let &(s, e) = tk.units.get(u)?;
            let e = e.min(pos).min(s + LEDE_ORG_WINDOW);
            let mut k = s + 1;
            while k < e {
                let after_prep = is_word(tk, k - 1)
                    && !tk.toks[k - 1].upper
                    && cls(tk, lx, k - 1) & class::PREP != 0
                    || k >= s + 2
                        && is_word(tk, k - 1)
                        && cls(tk, lx, k - 1) & class::DET != 0
                        && is_word(tk, k - 2)
                        && cls(tk, lx, k - 2) & class::PREP != 0;
                if !(after_prep && is_word(tk, k) && tk.toks[k].upper) {
                    k += 1;
                    continue;
                }
                let mut j = k;
                while j < e && j < k + 6 && name_word(j) {
                    j += 1;
                }
                while j > k + 1 && name_particle(tk, j - 1) {
                    j -= 1;
                }
                let org = (k..j).any(|h| {
                    let w = tk.lw(h);
                    lx.is_org(w) && !lx.org_parts.contains(w)
                });
                if org && j > k + 1 {
                    return self.org_named(k, j, pos, None);
                }
                k = j.max(k + 1);
            }
        }
        None
    }

    /// Whether the unit holding token `pos` names the country `iso` (its name, capital,
    /// people or an institution of it), within 200 tokens of `pos`.
    fn unit_names_country(&self, pos: usize, iso: &str) -> bool {
        let (tk, lx) = (self.tk, self.lx);
        let unit = tk.units.partition_point(|&(_, e)| e <= pos);
        let Some(&(us, ue)) = tk.units.get(unit) else {
            return false;
        };
        // (at most a bounded window around the token: constant time per call)
        let (us, ue) = (us.max(pos.saturating_sub(200)), ue.min(pos + 200));
        (us..ue).any(|i| country_in(tk, lx, i, (i + lx.place_len.max(1)).min(ue)) == Some(iso))
    }

    /// The person a definite role with no holder refers back to: the latest name, in the
    /// phrase's unit or the two before, of a person given no other role (any role for a vague
    /// one, `generic_roles.txt`), agreeing in gender
    /// and country; none when the role's noun is written between them (someone else holds
    /// it: "Jean Dupont a rencontré le ministre. Le ministre a dit"). Bounded look back
    /// (twelve names, 400 tokens).
    fn epithet_antecedent(
        &self,
        role: &str,
        office: Option<&str>,
        info: &Info,
    ) -> Option<NameMention<'t>> {
        let tk = self.tk;
        let start = self.np_start;
        let head = role.split_whitespace().next()?;
        let before = self.names.partition_point(|n| n.pos < start);
        // a vague epithet ("le coureur", "l'intéressé") redescribes whatever role was given
        let vague = self.lx.is_generic_role(role);
        let fits = |r: &str| vague || role_fits(self.lx, Some(r), None, role, office);
        // the actor of the latest subject or speaker before the role, in its sentence or the
        // one before
        let subject = self.recent_subject(start);
        let n = self.names[..before]
            .iter()
            .rev()
            .take(12)
            .take_while(|n| self.units_between(n.pos, start) <= 2)
            .filter(|n| n.person_like())
            .enumerate()
            .filter(|(_, n)| n.role.as_deref().is_none_or(fits))
            .find(|&(latest, n)| {
                let roles_fit = self
                    .person_with(&n.tokens, false)
                    .is_none_or(|i| self.actors[i].roles.iter().all(|r| fits(r)));
                // a role of a country needs a person of that country, or named in a
                // sentence about it ("Vladimir Putin" next to "the Kremlin"); a vague
                // epithet's nationality only describes ("le meneur américain")
                // (construction `subject-country-epithet`: or the latest person named, of
                // no known country, who is the subject of the sentence before or of this
                // one: "Paolo Rossi a exigé une réaction. L'entraîneur italien …")
                let country = match (info.country, n.country) {
                    (Some(c), Some(nc)) => c == nc,
                    (Some(c), None) => {
                        vague
                            || self.unit_names_country(n.pos, c)
                            || latest == 0
                                && subject
                                    .is_some_and(|a| self.person_with(&n.tokens, false) == Some(a))
                    }
                    (None, _) => true,
                };
                roles_fit
                    && country
                    && (info.gender.is_none() || n.gender.is_none() || n.gender == info.gender)
            })
            .map(|(_, n)| n)?;
        if (n.pos + 1..start)
            .take(400)
            .any(|k| is_word(tk, k) && tk.lw(k) == head)
        {
            return None;
        }
        Some(n.clone())
    }

    /// The actor of the latest subject or speaker before token `start`, in its sentence or
    /// the one before (at most SALIENT_WINDOW entries back).
    fn recent_subject(&self, start: usize) -> Option<usize> {
        self.salient
            .iter()
            .rev()
            .take(SALIENT_WINDOW)
            .find(|s| s.0 < start)
            .filter(|s| self.units_between(s.0, start) <= 1)
            .map(|s| s.1)
    }

    /// The antecedent [`Self::epithet_antecedent`] finds when it is named with no role and
    /// is the latest subject or speaker of the role's sentence or the one before
    /// (construction `complement-role-epithet`); not, for a role with a country's
    /// adjective, the speaker of that sentence or the one before when of no known country
    /// (construction `country-role-blocker`).
    fn subject_epithet_antecedent(
        &self,
        role: &str,
        office: Option<&str>,
        info: &Info,
    ) -> Option<NameMention<'t>> {
        let start = self.np_start;
        let subject = self.recent_subject(start)?;
        let spoke_just_before = self
            .speakers
            .iter()
            .rev()
            .take(SALIENT_WINDOW)
            .find(|s| s.0 < start)
            .is_some_and(|s| s.1 == subject && self.units_between(s.0, start) <= 1);
        if info.country.is_some() && self.actors[subject].country.is_none() && spoke_just_before {
            return None;
        }
        self.epithet_antecedent(role, office, info)
            .filter(|n| n.role.is_none() && self.person_with(&n.tokens, false) == Some(subject))
    }

    /// The age given in apposition right after a name ("Paul Leroy, 62 ans,", "Paul
    /// Leroy, 62,"): the number after the comma that closes the name.
    fn apposed_age(&self, n: &NameMention) -> Option<u32> {
        let tk = self.tk;
        let end = (n.pos + 2 * n.tokens.len() + 1).min(tk.toks.len());
        let comma = (n.pos..end).find(|&k| tk.is(k, ","))?;
        let age: u32 = (comma + 1 < tk.toks.len())
            .then(|| tk.raw(comma + 1))?
            .parse()
            .ok()?;
        (age < 130).then_some(age)
    }

    /// The person actor of a name mention, created when new.
    fn named_actor(&mut self, n: &NameMention<'t>, role: Option<String>) -> usize {
        if let Some(i) = self.person_with(&n.tokens, false) {
            return i;
        }
        self.push_actor(ActorRec {
            canonical: n.text.clone(),
            kind: ActorType::Person,
            country: n.country,
            name: n.tokens.clone(),
            roles: role.into_iter().chain(n.also.clone()).collect(),
            plural: false,
            gender: n.gender,
        })
    }

    /// What the phrase `[a, b)` names, shared with the memo (no copy of its strings).
    fn classify(&self, a: usize, b: usize) -> Rc<Info<'t>> {
        if let Some(info) = self.classified.borrow().get(&(a, b)) {
            return Rc::clone(info);
        }
        let info = Rc::new(self.classify_phrase(a, b));
        self.classified
            .borrow_mut()
            .insert((a, b), Rc::clone(&info));
        info
    }

    /// [`Self::classify`] without the memo.
    fn classify_phrase(&self, a: usize, b: usize) -> Info<'t> {
        let tk = self.tk;
        let lx = self.lx;
        let mut info = Info {
            kind: ActorType::Other,
            canonical: None,
            name: None,
            role: None,
            office: None,
            country: None,
            plural: false,
            garbage: false,
            bare: false,
            demonstrative: cls(tk, lx, a) & class::DEMO != 0,
            indefinite: is_word(tk, a) && lx.indefinites.contains(tk.lw(a)),
            plain_role: !(a..b).any(|k| cls(tk, lx, k) & class::PREP != 0) && b - a <= 3,
            gender: phrase_gender(tk, lx, self.feats, a, b),
            title: false,
            apposed: false,
            acronym: false,
            state: false,
        };
        let mut words = (a..b).filter(|&i| is_word(tk, i));
        if !words
            .clone()
            .any(|i| tk.raw(i).chars().any(char::is_alphabetic))
        {
            info.garbage = true;
            return info;
        }
        // construction `date-line`: a capitalised month before a number ("December 3,
        // 2026", "Tue Dec 1 2026" on a dateline) closes a date, not a name: no actor
        if words.any(|k| month_before_number(tk, lx, k)) {
            info.garbage = true;
            return info;
        }
        // "selon certains", "according to some": an indefinite pronoun is its own source
        if b == a + 1 && cls(tk, lx, a) & class::INDEF != 0 {
            info.kind = ActorType::Other;
            info.canonical = Some(tk.raw(a).to_string());
            info.plural = true;
            return info;
        }
        // "des analystes cités par le Global Times": the agent of a participle after a
        // role is not the head
        if let Some(k) = (a + 2..b.saturating_sub(1)).find(|&k| {
            cls(tk, lx, k) & class::AGENT != 0
                && is_word(tk, k - 1)
                && !tk.toks[k - 1].upper
                && cls(tk, lx, k - 1) == 0
                && (a..k - 1).any(|h| is_word(tk, h) && tk.is_role(lx, h))
        }) {
            return Info::clone(&self.classify(a, k - 1));
        }
        // (not a list: "Britain, France and Germany", each member an actor)
        let commas = (a..b).filter(|&k| tk.is(k, ","));
        let list = commas.clone().next_back().is_some_and(|l| {
            (l + 1..b)
                .find(|&k| cls(tk, lx, k) & class::COORD != 0)
                .is_some_and(|k| {
                    let mut m = a;
                    commas.chain([k]).all(|c| {
                        let ok = list_member(tk, lx, m, c);
                        m = c + 1;
                        ok
                    })
                })
        });
        // apposition: "le porte-parole, Lin Jian": the side that is a proper name leads
        if let Some(k) = (a + 1..b.saturating_sub(1))
            .find(|&k| tk.is(k, ","))
            .filter(|_| !list)
        {
            let left = self.classify(a, k);
            let right = self.classify(k + 1, b);
            // a proper name leads, also after its determiner ("Le Palika, l'une des …")
            // (or after a common noun's possessive: "The country's Audit Council, an
            // independent advisory body", construction `org-name-apposition`)
            let proper = |i: usize| {
                let mut h = i;
                while h < b
                    && (cls(tk, lx, h) & class::DET != 0
                        || !tk.toks[h].upper && lx.is_possessive(tk.lw(h)))
                {
                    h += 1;
                }
                h < b && tk.toks[h].upper
            };
            // a lone capitalised word opening a sentence before a comma is an adverb
            // ("Privately, the senator"), unless it names a state (construction
            // `state-apposition`: "Lisbon, the former colonial power")
            let opener = k == a + 1
                && (a == 0
                    || tk.toks[a - 1].block != tk.toks[a].block
                    || self.tk.units.binary_search_by_key(&a, |u| u.0).is_ok());
            // "Ann Ford, a Republican": a person's name before a description with a
            // determiner leads
            // (or a description opened by a proper name's possessive: "Ann Ford, Zenith's
            // chief executive", construction `possessor-apposition`)
            let described = left.name.is_some()
                && (cls(tk, lx, k + 1) & class::DET != 0 || possessor_opener(tk, lx, k + 1, b));
            // a name described as an organisation in a closed apposition leads also at
            // the opening, and before a description with capitalised adjectives whose
            // organisation noun is in lower case ("Ofgem, the energy regulator, said",
            // "Frontex, the European border agency, says")
            let common = |w: &str| !w.chars().any(char::is_uppercase);
            let org_described = right.kind == ActorType::Organization
                && right.canonical.as_ref().is_none_or(|c| {
                    c.split_whitespace().all(common)
                        || c.split_whitespace().any(|w| common(w) && lx.is_org(w))
                })
                && cls(tk, lx, a) == 0
                && tk.is(b, ",");
            // (a state before a description opened by another's possessive: "Moscow,
            // Minsk's closest ally", construction `state-apposition`)
            let state_described =
                left.state && k + 2 < b && lx.is_possessive(tk.lw(k + 1)) && !tk.toks[k + 2].upper;
            let (main, other) = if described && !opener
                || org_described && proper(a) && !left.garbage
                || state_described
            {
                (left, right)
            } else if proper(k + 1) && !right.garbage {
                (right, left)
            } else if proper(a)
                && !left.garbage
                && (!opener || right.garbage || org_described || left.state)
            {
                (left, right)
            } else if !right.garbage {
                (right, left)
            } else {
                (left, right)
            };
            let describes = other.role.is_some() || other.kind == ActorType::Organization;
            let mut main = Info::clone(&main);
            // construction `linked-org-name`: a name with lower-case function words inside
            // described as an organisation ("Poder in Action, a local advocacy group") is
            // that organisation, whole
            if org_described && linked_name(tk, lx, a, k) {
                main.kind = ActorType::Organization;
                main.canonical = Some(self.text(a, k));
                main.name = None;
                main.role = None;
            }
            if main.role.is_none() {
                main.role.clone_from(&other.role);
                main.office = other.office;
            }
            // the description gives the country ("Lin Jian, porte-parole chinois"), not a
            // circumstance ("X, speaking in Riyadh")
            if main.country.is_none() && describes {
                main.country = other.country;
            }
            if main.gender.is_none() {
                main.gender = other.gender;
            }
            main.apposed = describes && main.name.is_some();
            main.bare = false;
            return main;
        }
        // the capitalised words from `i` to the end of the phrase are the end of a
        // capitalised role's domain and its holder's name (construction `domain-then-name`):
        // where that name starts, at a known first name or two words before the end, with no
        // role but a rank before it (a role starts another title: "… and Foreign Secretary
        // Tom Hale"; a rank is the holder's: "… for Foreign Affairs Ambassador X")
        let domain_closes = |i: usize| {
            if !capitalised_run(tk, i, b) || !role_domain(tk, lx, i) {
                return None;
            }
            domain_name_start(tk, lx, i, b).filter(|&start| {
                !(i..start).any(|k| tk.is_role(lx, k) && !lx.honorific_roles.contains(tk.lw(k)))
            })
        };
        // coordination: "X et Y"
        // (not inside a complement: "les dirigeants du Japon et de la Corée"; nor two roles
        // of one person: "Deputy Prime Minister and Foreign Minister X"; nor inside a
        // capitalised role's domain: "Minister of Mining and Heavy Industry X")
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| {
            is_word(tk, k)
                && cls(tk, lx, k) & class::COORD != 0
                && cls(tk, lx, k + 1) & class::PREP == 0
                && !(tk.is_role(lx, k - 1) && role_starts(tk, lx, k + 1))
                && domain_closes(k + 1).is_none()
        }) {
            // construction `comma-list`: "Britain, France and Germany": the members before
            // the last are separated by commas
            let mut members = Vec::new();
            let mut m = a;
            for c in (a..k).filter(|&c| tk.is(c, ",")) {
                members.push(self.classify(m, c));
                m = c + 1;
            }
            let left = self.classify(m, k);
            let right = self.classify(k + 1, b);
            let head: Option<Vec<String>> = members
                .iter()
                .map(|i| i.canonical.clone().filter(|_| !i.garbage))
                .collect();
            if let (false, false, Some(head)) = (left.garbage, right.garbage, head) {
                let name_of = |i: &Info| -> Option<String> {
                    i.canonical
                        .clone()
                        .or_else(|| i.name.as_ref().map(|n| n.join(" ")))
                };
                let left_name = left
                    .name
                    .as_ref()
                    .and_then(|n| self.full_name(n))
                    .or_else(|| name_of(&left));
                let right_name = right
                    .name
                    .as_ref()
                    .and_then(|n| self.full_name(n))
                    .or_else(|| name_of(&right));
                if let (Some(l), Some(r)) = (left_name, right_name) {
                    info.kind = left.kind;
                    let l = head.iter().map(|h| format!("{h}, ")).collect::<String>() + &l;
                    info.canonical = Some(format!("{l} {} {r}", tk.raw(k)));
                    info.country = if left.country == right.country {
                        left.country
                    } else {
                        None
                    };
                    info.plural = true;
                    return info;
                }
            }
        }
        let mut s = a;
        while s < b && is_word(tk, s) && cls(tk, lx, s) & class::DET != 0 {
            s += 1;
        }
        let has_det = s > a;
        if has_det {
            info.plural = is_word(tk, a) && tk.has(a, class::PLURAL);
        }
        if s >= b {
            info.garbage = true;
            return info;
        }
        // courtesy titles: "M. Sullivan"
        let mut title = false;
        if lx.titles.contains(tk.lw(s)) && tk.toks[s].upper {
            title = true;
            s += 1;
            while s < b && tk.is(s, ".") {
                s += 1;
            }
        }
        if s >= b {
            info.garbage = true;
            return info;
        }
        info.title = title;
        // construction `origin-epithet`: a singular definite phrase closed by a capitalised
        // noun of origin, with only lower-case words that are no role, organisation or
        // preposition before it ("le Breton", "l'ancien Lyonnais", "the former Texan"), is a
        // vague role for a person named before, not a state or an organisation
        // (an age complement may close it: « le Guadeloupéen de 37 ans »)
        let aged = (b.saturating_sub(3).max(s + 1)..b)
            .find(|&k| cls(tk, lx, k) & class::PREP != 0 && age_between(tk, k + 1, b));
        let last = aged.map_or(b - 1, |k| k - 1);
        if has_det
            && !info.plural
            && !info.indefinite
            && !title
            && last < s + 3
            && is_word(tk, last)
            && tk.toks[last].upper
            && lx.is_origin_epithet(tk.lw(last))
            && (s..last).all(|k| {
                is_word(tk, k)
                    && !tk.toks[k].upper
                    && cls(tk, lx, k) & (class::PREP | class::DET) == 0
                    && !tk.is_role(lx, k)
                    && !lx.is_org(tk.lw(k))
            })
        {
            info.kind = ActorType::Person;
            info.role = Some(tk.lw(last).to_string());
            info.canonical = Some(self.text(s, b));
            // (its determiner shows the gender: « la Française » is a woman)
            info.gender = info
                .gender
                .or_else(|| role_gender(tk, lx, self.feats, last));
            return info;
        }
        // an acronym the article expands: "the OBR" → "Office for Budget Responsibility";
        // an acronym of a role is that role ("the PM"); a place is known by its name ("US"),
        // but an institution listed by its acronym takes a name of the article its initials
        // spell ("WHO" → "World Health Organization")
        let listed = lx.places.get(tk.lw(s));
        // a mixed-case acronym ("BoE", "MoD") spells the initials of its capitals: its
        // lower-case letters stand for function words ("Bank of England")
        let raw = tk.raw(s);
        let capitals = || -> String {
            raw.chars()
                .filter(|c| c.is_uppercase())
                .flat_map(char::to_lowercase)
                .collect()
        };
        // (the capitals spelled only for a word of that shape: most words are not)
        let mixed = raw.chars().count() <= 5
            && raw.chars().all(char::is_alphabetic)
            && raw.starts_with(char::is_uppercase)
            && raw.ends_with(char::is_uppercase)
            && raw.chars().any(char::is_lowercase)
            && cls(tk, lx, s) == 0
            && capitals().chars().count() >= 2;
        let acronym = s + 1 == b
            && (raw.chars().count() >= 2 && raw.chars().all(|c| c.is_uppercase()) || mixed)
            && listed.is_none_or(|p| p.canonical == raw);
        // a word capitalised on its first letter only is an acronym when the article spells
        // it out before it in parentheses ("Cnes", construction `title-case-acronym`)
        if s + 1 == b && !acronym && !mixed && raw.chars().skip(1).all(char::is_lowercase) {
            let spelled = self.title_case_acronyms().contains(tk.lw(s));
            if let Some((from, to)) = spelled.then(|| self.acronyms().get(tk.lw(s))).flatten() {
                return self.acronym_org(info, &tk.text[from..to], s, b);
            }
        }
        if mixed && acronym {
            let acronyms = self.acronyms();
            if let Some((from, to)) = acronyms.get(&capitals()) {
                return self.acronym_org(info, &tk.text[from..to], s, b);
            }
        }
        if acronym && !mixed {
            let acronyms = self.acronyms();
            let expansion = if listed.is_some() {
                acronyms
                    .spelled_out(tk.lw(s))
                    .then(|| acronyms.get(tk.lw(s)))
                    .flatten()
            } else {
                acronyms.get(tk.lw(s))
            };
            if let Some((from, to)) = expansion {
                let full = &tk.text[from..to];
                let lower = full.to_lowercase();
                // construction `role-acronym`: an acronym of a role ("DPM", "the PS" for
                // "Principal Secretary", « le SP » for « Secrétaire permanent »): a role word,
                // no organisation noun and no function word. It refers to the holder of the
                // role it abbreviates, whom the article names with the role spelled out,
                // never to a person named without that role
                // (so neither the headline nor the epithet guesses below take it)
                let role = lx.is_singular_role(&lower)
                    || lower.split_whitespace().any(|w| lx.is_role(w))
                        && lower
                            .split_whitespace()
                            .all(|w| lx.class(w) == 0 && !lx.is_org(w));
                if role {
                    info.kind = ActorType::Person;
                    info.office = lx.role_synonyms.get(&lower).map(String::as_str);
                    info.role = Some(lower);
                    info.canonical = Some(full.to_string());
                    info.acronym = true;
                    return info;
                }
                return self.acronym_org(info, full, s, b);
            }
        }
        // construction `described-acronym`: "le centre de réflexion CREA", "the think tank
        // CSIS": lower-case words before an acronym whose initials the article spells out
        // name its expansion (not a role or a complement: « le porte-parole de la DGAC »)
        let last = b - 1;
        if last > s
            && (s..last).all(|k| is_word(tk, k) && !tk.toks[k].upper && !tk.is_role(lx, k))
            && cls(tk, lx, last - 1) & (class::PREP | class::DET) == 0
            && tk.raw(last).chars().count() >= 2
            && tk.raw(last).chars().all(char::is_uppercase)
        {
            let acronyms = self.acronyms();
            if let Some((from, to)) = acronyms
                .spelled_out(tk.lw(last))
                .then(|| acronyms.get(tk.lw(last)))
                .flatten()
            {
                return self.acronym_org(info, &tk.text[from..to], s, b);
            }
        }
        let body = self.text(s, b);
        let body_key = phrase_key(tk, s, b);
        info.country = self.country_in(s, b);
        // "South Korea's military": the possessor gives the country, the rest the head
        let possessive =
            (s..b.saturating_sub(1)).find_map(|k| Some((k, lx.possessor(tk.lw(k))?.len())));
        // (not a possessor inside the complement of a full name: "Analyst Ann Lee of King
        // Olaf's Institute", construction `name-of-body`)
        let name_of = |k: usize| {
            (s + 2..k).any(|h| {
                cls(tk, lx, h) & class::PREP != 0
                    && !tk.toks[h].upper
                    && tk.toks[h - 1].upper
                    && tk.toks[h - 2].upper
            })
        };
        if let Some((k, stem)) = possessive.filter(|&(k, _)| !name_of(k)) {
            let mut key = normalize(tk, s, k + 1);
            key.truncate(key.len() - (tk.lw(k).len() - stem));
            let place = lx.places.get(&key);
            if let Some(p) = place {
                info.country = p.country.or(info.country);
            }
            // the last role or organisation noun is the head ("China's foreign ministry
            // spokesman Lin Jian" is the spokesman)
            let head = (k + 1..b)
                .rev()
                .find(|&h| is_word(tk, h) && (tk.is_role(lx, h) || lx.is_org(tk.lw(h))));
            // construction `capitalised-org-name`: a known first name after the
            // organisation noun starts its holder's name ("the chairman of the Baltic
            // Fishermen's Union Tom Hale")
            let holder = head.map(|h| h + 1).filter(|&n| {
                n + 1 < b
                    && lx.first_names.contains_key(tk.lw(n))
                    && (n..b).all(|j| is_word(tk, j) && tk.toks[j].upper)
            });
            if let Some(n) = holder {
                return Info::clone(&self.classify(n, b));
            }
            if head.is_some_and(|h| !tk.is_role(lx, h)) {
                info.kind = ActorType::Organization;
                // a capitalised name after a common noun's possessive is the name alone
                // ("the country's Audit Council")
                let named = place.is_none() && !tk.toks[k].upper && tk.toks[k + 1].upper;
                info.canonical = Some(if named { self.text(k + 1, b) } else { body });
                return info;
            }
            // "Yoon's spokesperson": the role is the head, the possessor its complement
            if head.is_some() {
                let mut inner = Info::clone(&self.classify(k + 1, b));
                inner.country = inner.country.or(info.country);
                return inner;
            }
            // construction `place-possessive`: a place's body named by a common noun of no
            // list ("Poland's operational command", "Yemen's Huthi rebels") is the whole
            // phrase, not the place alone
            if place.is_some() && k + 1 < b && is_word(tk, b - 1) && !tk.toks[b - 1].upper {
                info.kind = ActorType::Organization;
                info.canonical = Some(body);
                return info;
            }
        }
        if let Some(place) = lx.places.get(&body_key) {
            info.kind = place.kind;
            // a state by its name, capital or people: the country name; an institution:
            // its name as written
            info.canonical = Some(if place.kind == ActorType::Country {
                place.canonical.to_string()
            } else {
                body.clone()
            });
            info.country = place.country;
            info.plural = info.plural && place.kind != ActorType::Country;
            info.state = place.kind == ActorType::Country;
            return info;
        }
        // the office a role phrase names: "le chef de la diplomatie", "the top diplomat"
        let office = role_office(tk, lx, s, b);
        // the head noun may follow an adjective: "le triple champion", "l'ancien ministre"

        // or an English demonym: "the Egyptian foreign ministry"
        // (not inside a role of two words: "the prime minister")
        let pair = s + 1 < b && is_word(tk, s + 1) && lx.is_role_pair(tk.lw(s), tk.lw(s + 1));
        // construction `capitalised-domain-role`: "the State Minister", "the Trade Minister":
        // a capitalised word that is no role nor organisation before a capitalised role
        // closing the phrase is its domain, the role its head
        let capital_role = s + 2 == b
            && tk.toks[s].upper
            && tk.toks[s + 1].upper
            && !tk.is_role(lx, s)
            && !lx.is_org(tk.lw(s));
        for k in s..(s + 4).min(b) {
            if pair {
                break;
            }
            // (a role's plural possessive before the organisation noun qualifies it: "the
            // tenants' union", construction `role-qualified-org-noun`)
            if common_plural_apostrophe(tk, lx, k) {
                continue;
            }
            let demonym = lx.demonyms.contains_key(tk.lw(k));
            // a capitalised word before the final role noun is its domain: "the Florida
            // congressman", "le Tory MP"; so is a capitalised word that is no role before a
            // capitalised role (construction `capitalised-domain-role`)
            let domain = (k == s || k == s + 1 && capital_role)
                && s + 2 == b
                && is_word(tk, s + 1)
                && (!tk.toks[s + 1].upper || capital_role)
                && tk.is_role(lx, s + 1);
            if !is_word(tk, k)
                || cls(tk, lx, k) & (class::PREP | class::DET) != 0
                || tk.toks[k].upper && !demonym && !domain
            {
                break;
            }
            if (tk.is_role(lx, k) || lx.is_org(tk.lw(k)))
                && k > s
                && !demonym
                && !common_plural_apostrophe(tk, lx, k + 1)
            {
                s = k;
                break;
            }
        }
        let head = tk.lw(s);
        let pair_role = s + 1 < b && lx.is_role_pair(head, tk.lw(s + 1));
        if !lx.is_singular_role(head) && tk.is_role(lx, s)
            || !lx.orgs.contains(head) && lx.is_org(head)
        {
            // "diplomats", "experts": a plural role names a group; "the unions" are several
            info.plural = true;
        }
        let role = if pair_role {
            Some(format!("{head} {}", tk.lw(s + 1)))
        } else if tk.is_role(lx, s) {
            Some(lx.role_lemma(head))
        } else if s + 1 == b && lx.is_age_epithet(head) {
            // construction `age-epithet`: "the 54-year-old" alone is a vague role ("a
            // 54-year-old man" is the man; "the 46-year-old TV chef", the chef)
            info.plural = lx.plurals.is_plural(head);
            Some(head.to_string())
        } else {
            office.map(str::to_string)
        };
        info.office = office.or_else(|| role_office(tk, lx, s, b));
        // a person's name: the last run of capitalised words that is not a title part
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = s;
        while i < b {
            // "a spokesman for President Kim": a name after the role's domain is not the head,
            // unless the domain runs into the name that closes the phrase
            if role_of(tk, lx, i) {
                if let Some(r0) = (i + 1..b).rev().take_while(|&k| tk.toks[k].upper).last() {
                    if let Some(start) = domain_closes(r0) {
                        runs.push((start, b));
                    }
                }
                break;
            }
            // construction `person-complement`: "l'avocate de Paul Martin", "the daughter of
            // Ann Lee": a person named (by a known first name) in the complement of a
            // lower-case head is not the head
            if i > s
                && cls(tk, lx, i) & class::PREP != 0
                && !tk.toks[i].upper
                && is_word(tk, i - 1)
                && !tk.toks[i - 1].upper
                && i + 1 < b
                && tk.toks[i + 1].upper
                && lx.first_names.contains_key(tk.lw(i + 1))
            {
                break;
            }
            if person_start(tk, lx, i) && !tk.toks[i].verb_form && !lx.places.contains_key(tk.lw(i))
            {
                let mut j = i + 1;
                while j < b
                    && is_word(tk, j)
                    && (tk.toks[j].upper
                        || name_particle(tk, j) && particle_then_name(tk, j, b)
                        || particle_surname(tk, lx, j))
                    && (!tk.is_role(lx, j) || after_particle(tk, j))
                    && !tk.toks[j].verb_form
                {
                    j += 1;
                }
                // construction `capitalised-org-name`: a capitalised organisation noun
                // before a known first name closes the organisation's name; its holder's
                // name follows ("the chairman of the Farmers Union Jonas Kalnas")
                let org_end = (i..j.saturating_sub(2))
                    .find(|&k| lx.is_org(tk.lw(k)) && lx.first_names.contains_key(tk.lw(k + 1)));
                // (the capitalised run closing the phrase may start before `i`, at the
                // domain's word: « de l'Agriculture Oksana Lut »)
                let run_start = (s..i)
                    .rev()
                    .take(8)
                    .take_while(|&k| is_word(tk, k) && tk.toks[k].upper)
                    .last();
                if let Some(start) = domain_closes(run_start.unwrap_or(i)).filter(|_| j == b) {
                    runs.push((start, j));
                } else if let Some(k) = org_end {
                    runs.push((k + 1, j));
                } else {
                    runs.push((i + usize::from(party_prefix(tk, i, j)), j));
                }
                i = j;
            } else {
                i += 1;
            }
        }
        // (not the first word of a role of two words: "council member Ann Ford")
        let is_org_head = !pair_role
            && (lx.is_org(head)
                || s + 1 < b && with_joined(head, " ", tk.lw(s + 1), |key| lx.is_org(key)));
        // "a State Department spokesperson": a role closing the phrase heads it
        let last = b - 1;
        // (not the role of an organisation's complement: « le cabinet du Premier ministre »,
        // "the office of the prime minister" are the office, construction `office-of-role`)
        if role.is_none()
            && is_word(tk, last)
            && !tk.toks[last].upper
            && tk.is_role(lx, last)
            && last > s
            && !(lx.is_org(head) && {
                // the role (or a role of two words) right after a preposition or determiner
                let r0 = if lx.is_role_pair(tk.lw(last - 1), tk.lw(last)) {
                    last - 1
                } else {
                    last
                };
                r0 > s + 1 && cls(tk, lx, r0 - 1) & (class::PREP | class::DET) != 0
            })
        {
            info.kind = if lx.is_singular_role(tk.lw(last)) {
                ActorType::Person
            } else {
                ActorType::Other
            };
            info.plural = !lx.is_singular_role(tk.lw(last));
            info.role = Some(tk.lw(last).to_string());
            info.canonical = Some(body);
            return info;
        }
        // construction `described-person`: "le météorologue Denis Faure", "veteran climber
        // Anna Kerr": a lower-case noun of a trade (by its ending), or any lower-case noun
        // before a known first name, makes the last name of two or more words a person
        let described_person = runs.last().is_some_and(|&(r0, r1)| {
            r1 >= r0 + 2
                && r0 > s
                && is_word(tk, r0 - 1)
                && !tk.toks[r0 - 1].upper
                && cls(tk, lx, r0 - 1) == 0
                && !is_org_head
                && !org_tail_of(tk, lx, r0, r1)
                && (lx.first_names.contains_key(tk.lw(r0)) || {
                    let noun = tk.lw(r0 - 1);
                    lx.person_suffixes
                        .iter()
                        .any(|e| noun.len() > e.len() + 2 && noun.ends_with(e.as_str()))
                })
        });
        // a capitalised name with lower-case words inside is an organisation: "Santé publique France"
        if !has_det
            && !described_person
            && !title
            && role.is_none()
            && tk.toks[s].upper
            && s + 2 < b
            && is_word(tk, s + 1)
            && !tk.toks[s + 1].upper
            && cls(tk, lx, s + 1) == 0
            && !lx.demonyms.contains_key(tk.lw(s + 1))
            && !(s..b).any(|k| is_word(tk, k) && tk.is_role(lx, k))
            && (s + 2..b).any(|i| tk.toks[i].upper)
        {
            info.kind = ActorType::Organization;
            info.canonical = Some(body);
            return info;
        }
        // construction `name-of-body`: "Commissioner Rob Rogers of the NSW Rural Fire
        // Service", "Ann Lee of the Acme Group", "Economist Ann Lee of Bank Nordia": a
        // person's name (after a role or title, or with a known first name) before a
        // preposition and a capitalised organisation (an organisation noun in it) closing
        // the phrase is the person, not the organisation
        let role_led = |p0: usize| (s..p0).any(|k| is_word(tk, k) && tk.is_role(lx, k));
        let of_body = runs.iter().find(|r| r.1 >= r.0 + 2).filter(|&&(p0, p1)| {
            runs.len() >= 2
                && p1 >= p0 + 2
                && p1 + 1 < b
                && !tk.toks[p1].upper
                && cls(tk, lx, p1) & class::PREP != 0
                // (with function words inside the organisation's name: "the Institute
                // for Public Policy Research")
                && (p1 + 1..b).all(|k| {
                    plural_apostrophe(tk, lx, k)
                        || is_word(tk, k)
                        && (tk.toks[k].upper
                            || cls(tk, lx, k) & class::DET != 0
                            || k > p1 + 1
                                && cls(tk, lx, k) & (class::PREP | class::DOMAIN) != 0
                                && k + 1 < b
                                && tk.toks[k + 1].upper)
                })
                && (role_led(p0)
                    || (p1 + 1..b).any(|k| tk.toks[k].upper && lx.is_org(tk.lw(k))))
                && !org_tail_of(tk, lx, p0, p1)
                && (title || lx.first_names.contains_key(tk.lw(p0)) || role_led(p0))
        });
        if let Some(&(r0, r1)) = of_body.or(runs.last()) {
            let run_is_acronym = r1 == r0 + 1
                && tk
                    .raw(r0)
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                && tk.raw(r0).chars().count() >= 2;
            let single = r1 == r0 + 1;
            // "Météo-France", "SUD-Rail": one hyphenated capitalised word alone names an organisation
            let hyphenated = single
                && r0 == s
                && !has_det
                && tk.raw(r0).split('-').count() >= 2
                && tk
                    .raw(r0)
                    .split('-')
                    .all(|p| p.starts_with(char::is_uppercase));
            if hyphenated && role.is_none() && !title {
                info.kind = ActorType::Organization;
                info.canonical = Some(body);
                return info;
            }
            // construction `capitalised-org-name`: capitalised words closed by an
            // organisation noun, with no title nor known first name ("The Harbour Workers
            // Union", "the Riverside Tenants Association", "County Chief Police
            // Commissariat"): a role word inside names the members or the domain, not a
            // person's title; the whole name is the organisation
            let org_name = !title
                && r1 == b
                && b > s + 1
                && (s..b)
                    .all(|k| is_word(tk, k) && tk.toks[k].upper || plural_apostrophe(tk, lx, k))
                && lx.is_org(tk.lw(b - 1))
                && !(s..b).any(|k| lx.first_names.contains_key(tk.lw(k)));
            // "Union leader Tom Hughes": a role before the name makes it a person
            // (or a noun of origin: "l'Espagnol Kilian Jornet", construction `origin-title`)
            let role_before = !org_name
                && (described_person
                    || (s..r0)
                        .any(|k| is_word(tk, k) && tk.is_role(lx, k) || origin_title(tk, lx, k)));
            // "Acme Corp", "Harvard University": a name ending with an organisation noun
            let org_tail = org_tail_of(tk, lx, r0, r1) && role.is_none() && !title;
            if !role_before
                && (is_org_head
                    || org_tail
                    || org_name
                    || (has_det && role.is_none() && !title)
                    || run_is_acronym && role.is_none() && !title)
            {
                // "les Occidentaux": a plural group, not an organisation
                let group = info.plural && !is_org_head && single && r0 == s && b == r1;
                info.kind = if group {
                    ActorType::Other
                } else {
                    ActorType::Organization
                };
                info.canonical = Some(body);
                if let Some(p) = with_phrase_key(tk, r0, r1, |k| lx.places.get(k)) {
                    info.country = info.country.or(p.country);
                }
                return info;
            }
            // construction `capitalised-opener`: a lone capitalised word opening the
            // sentence before lower-case words ("Civil rights groups said", "Animal welfare
            // groups said") is an adjective, not a name, unless it is a first name, a place,
            // a possessive, a source noun ("Sources close to …") or a word of a person named
            // before: the phrase is a group
            let opener_adjective = single
                && r0 == s
                && !has_det
                && !title
                && role.is_none()
                && !run_is_acronym
                && r1 < b
                && (r1..b).all(|k| is_word(tk, k) && !tk.toks[k].upper)
                && tk.units.binary_search_by_key(&s, |u| u.0).is_ok()
                && !lx.first_names.contains_key(tk.lw(s))
                && !lx.places.contains_key(tk.lw(s))
                && lx.possessor(tk.lw(s)).is_none()
                && !lx.others.contains(tk.lw(s))
                && !self
                    .names_holding(tk.lw(s))
                    .iter()
                    .any(|&n| self.names[n].pos < s);
            if opener_adjective {
                info.kind = ActorType::Other;
                info.canonical = Some(body);
                info.plural |= lx.plurals.is_plural(tk.lw(b - 1));
                return info;
            }
            info.kind = ActorType::Person;
            info.name = Some(
                (r0..r1)
                    .filter(|&k| is_word(tk, k))
                    .map(|k| tk.lw(k))
                    .collect(),
            );
            info.canonical = Some(self.text(r0, r1));
            info.role = role;
            info.bare = !has_det && info.role.is_none() && !title && single && r0 == s;
            return info;
        }
        if is_org_head {
            info.kind = ActorType::Organization;
            info.canonical = Some(body);
            return info;
        }
        if let Some(role) = role {
            if info.plural || lx.others.contains(head) {
                info.kind = ActorType::Other;
                info.canonical = Some(body);
                return info;
            }
            info.kind = ActorType::Person;
            info.role = Some(role);
            info.canonical = Some(body);
            return info;
        }
        // a bare plural group of `other_sources.txt` ("according to sources", "witnesses
        // said") is a source, not garbage; also after at most two lower-case qualifiers
        // (construction `qualified-sources`: "according to sector sources", "two sources")
        let qualified = b - s <= 3
            && (s..b).all(|k| is_word(tk, k) && !tk.toks[k].upper)
            && lx.others.contains(tk.lw(b - 1));
        if !has_det && !tk.toks[s].upper && !lx.others.contains(head) && !qualified {
            info.garbage = true;
            return info;
        }
        info.kind = ActorType::Other;
        info.canonical = Some(body);
        info
    }

    fn full_name(&self, name: &[&str]) -> Option<String> {
        self.names_with(name)
            .max_by_key(|n| n.tokens.len())
            .map(|n| n.text.clone())
    }

    /// The names of the article that hold every token of `name`.
    fn names_with<'s>(
        &'s self,
        name: &'s [&str],
    ) -> impl Iterator<Item = &'s NameMention<'t>> + 's {
        // the names holding the token held by the fewest names
        let ids: &[usize] = name
            .iter()
            .map(|t| self.names_holding(t))
            .min_by_key(|ids| ids.len())
            .unwrap_or(&[]);
        ids.iter()
            .map(|&i| &self.names[i])
            .filter(move |n| name.iter().all(|t| n.tokens.contains(t)))
    }

    /// The first demonym or state named inside `[a, b)`.
    fn country_in(&self, a: usize, b: usize) -> Option<&'static str> {
        country_in(self.tk, self.lx, a, b)
    }

    /// `info` as the organisation that an acronym in `[s, b)` stands for, named by its
    /// expansion `canonical`.
    fn acronym_org(&self, mut info: Info<'t>, canonical: &str, s: usize, b: usize) -> Info<'t> {
        info.kind = ActorType::Organization;
        info.canonical = Some(canonical.to_string());
        info.country = self.country_in(s, b);
        info.acronym = true;
        info
    }
}

/// Whether the capitalised run `[i, j)` opens with an acronym before a name of two or more
/// words: a party or an organisation ("le député LFI Éric Coquerel"), not part of the name.
/// `prep name`, the preposition elided before a vowel as `elisions.tsv` says
/// ("d'Enedis").
fn with_preposition(lx: &Lex, prep: &str, name: &str) -> String {
    let vowel = crate::chars::fold(name).starts_with(['a', 'e', 'i', 'o', 'u', 'y']);
    match lx.elisions.get(prep).filter(|_| vowel) {
        Some(elided) => format!("{elided}{name}"),
        None => format!("{prep} {name}"),
    }
}

/// The canonical form of a role of `org_voices.tsv` speaking for `org`: its `form` with
/// the organisation's name for "~", after a preposition elided as [`with_preposition`].
fn voice_form(lx: &Lex, form: &str, org: &str) -> String {
    let (before, after) = form.split_once('~').unwrap_or((form, ""));
    match before
        .strip_suffix(' ')
        .map(|b| b.rsplit_once(' ').unwrap_or(("", b)))
    {
        Some((head, prep)) if !prep.is_empty() => {
            let joined = with_preposition(lx, prep, org);
            if head.is_empty() {
                format!("{joined}{after}")
            } else {
                format!("{head} {joined}{after}")
            }
        }
        _ => format!("{before}{org}{after}"),
    }
}

fn party_prefix(tk: &Tokens, i: usize, j: usize) -> bool {
    let caps = |k: usize| {
        let letters = tk.raw(k).chars().filter(|c| c.is_alphabetic());
        letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
    };
    j >= i + 3 && caps(i) && !caps(i + 1) && !caps(i + 2)
}

/// Whether a name after a preposition is a person's, described after a comma by an age or
/// a phrase with a determiner ("le tour de Julien Morel, 24 ans", "the turn of Peter Hall,
/// a fisherman"). Reads at most five tokens.
fn described_after_preposition(tk: &Tokens, lx: &Lex, i: usize) -> bool {
    let name_word =
        |k: usize| is_word(tk, k) && tk.toks[k].upper && tk.cls(k) == 0 && !tk.is_role(lx, k);
    if i == 0 || !name_word(i) || cls(tk, lx, i - 1) & (class::PREP | class::DET) == 0 {
        return false;
    }
    let mut j = i;
    while j < tk.toks.len() && j < i + 4 && name_word(j) {
        j += 1;
    }
    // a known first name alone, with an age ("le tour de Julien, 24 ans")
    let first_name = j == i + 1 && lx.first_names.contains_key(tk.lw(i));
    let age = j + 1 < tk.toks.len() && tk.raw(j + 1).starts_with(|c: char| c.is_ascii_digit());
    (j >= i + 2 || first_name && age)
        && j + 1 < tk.toks.len()
        && tk.is(j, ",")
        && (age || cls(tk, lx, j + 1) & class::DET != 0)
}

/// Construction `prepositional-name`: a capitalised word after a preposition that is not
/// a known first name is a medium, a place or a firm ("Writing on Facebook,"), and so is
/// the rest of a name whose first word is a place after a preposition (« sur France
/// Inter »): neither is a person.
fn prepositional_name(tk: &Tokens, lx: &Lex, i: usize) -> bool {
    let prep = |k: usize| {
        is_word(tk, k) && !tk.toks[k].upper && cls(tk, lx, k) & (class::STOP | class::PREP) != 0
    };
    let upper = |k: usize| is_word(tk, k) && tk.toks[k].upper;
    if i > 1 && upper(i - 1) && lx.places.contains_key(tk.lw(i - 1)) && prep(i - 2) {
        return true;
    }
    i > 0
        && prep(i - 1)
        && !upper(i + 1)
        && !lx.first_names.contains_key(tk.lw(i))
        && !described_after_preposition(tk, lx, i)
}

/// Whether the list going on at `k` (a conjunction or a comma, then capitalised words)
/// ends right before a verb: the list is a subject. At most [`PLACE_WORDS`] members.
fn list_then_verb(tk: &Tokens, lx: &Lex, mut k: usize) -> bool {
    let n = tk.toks.len();
    for _ in 0..PLACE_WORDS {
        while k < n && (tk.is(k, ",") || is_word(tk, k) && cls(tk, lx, k) & class::COORD != 0) {
            k += 1;
        }
        let start = k;
        while k < n && k < start + PLACE_WORDS && is_word(tk, k) && tk.toks[k].upper {
            k += 1;
        }
        if k == start {
            break;
        }
    }
    k < n && is_word(tk, k) && (tk.toks[k].verb_form || cls(tk, lx, k) & class::AUX != 0)
}

/// The role of two words opening at token `k` (`Lex::is_role_pair`: « directeur général », "chief
/// executive"), its second word before `end`.
fn role_pair_at(tk: &Tokens, lx: &Lex, k: usize, end: usize) -> Option<String> {
    (k + 1 < end && is_word(tk, k + 1) && lx.is_role_pair(tk.lw(k), tk.lw(k + 1)))
        .then(|| format!("{} {}", tk.lw(k), tk.lw(k + 1)))
}

/// The most words of a person's name ("Sheikh Mohammed bin Abdulrahman bin Jassim Al
/// Thani" has eight): a longer capitalised run (a list, a title-case page) is cut, so
/// matching names against each other stays linear in the article.
const NAME_WORDS: usize = 10;

/// The most words of a place listed after another ([`listed_after`]).
const PLACE_WORDS: usize = 4;

/// Whether the capitalised word at `i` is the next member of a list whose member before
/// ends at `e`: a comma, a conjunction or both between them.
fn listed_after(tk: &Tokens, lx: &Lex, e: usize, i: usize) -> bool {
    let coord = |k: usize| is_word(tk, k) && cls(tk, lx, k) & class::COORD != 0;
    (i == e + 1 && (tk.is(e, ",") || coord(e))) || (i == e + 2 && tk.is(e, ",") && coord(e + 1))
}

/// Where the holder's name starts in the capitalised run `i..j` of a role's domain: after
/// the domain's last organisation noun ("Secretary General of the Foreign Ministry Sheikh
/// Khalifa Al Harthy"), else at a known first name that is not the run's last word
/// ("Minister for Water Resources Ahmed Baloch"); where the language capitalises a domain's
/// first word only (`domain_articles`), right after that word (« ministre de l'Agriculture
/// Oksana Lut »); else two words before its end ([`domain_then_name`]).
fn domain_name_start(tk: &Tokens, lx: &Lex, i: usize, j: usize) -> Option<usize> {
    if let Some(k) = (i..j)
        .rev()
        .find(|&k| is_word(tk, k) && lx.is_org(tk.lw(k)))
    {
        return (j >= k + 2).then_some(k + 1);
    }
    match (i + 1..j).find(|&k| lx.first_names.contains_key(tk.lw(k))) {
        Some(k) if k + 1 < j => Some(k),
        _ if !lx.domain_articles.is_empty() => (j >= i + 3).then_some(i + 1),
        _ => domain_then_name(tk, lx, i, j),
    }
}

/// Construction `domain-then-name`: where the name of two words ends the capitalised run
/// `i..j` of a role's domain after one or two domain words, with no known first name
/// ("Minister of Minerals and Energy Bogolo Kenewendo"): three words or more, the last two
/// unknown words and no organisation noun. A middle initial stays inside the name ("Leader
/// of the Opposition Edappadi K. Palaniswami").
fn domain_then_name(tk: &Tokens, lx: &Lex, i: usize, j: usize) -> Option<usize> {
    let plain = |k: usize| is_word(tk, k) && tk.cls(k) == 0 && !lx.is_org(tk.lw(k));
    let mut first = j.checked_sub(2)?;
    if first > i + 2 && initial_period(tk, first) {
        first -= 2;
    }
    (first > i
        && capitalised_run(tk, i, j)
        && !(i..j).any(|k| lx.first_names.contains_key(tk.lw(k)))
        && plain(first)
        && plain(j - 1))
    .then_some(first)
}

/// Whether `i..j` holds only capitalised words and the periods of initials.
fn capitalised_run(tk: &Tokens, i: usize, j: usize) -> bool {
    (i..j).all(|k| is_word(tk, k) && tk.toks[k].upper || initial_period(tk, k))
}

/// Whether the capitalised word at `i` is in the domain of a capitalised role before it
/// ("Minister of Lands and Natural Resources"): a preposition after the role, then only
/// capitalised words and links, and no other role (a title after the domain starts the
/// name's own title: "Minister for Trade Ambassador X"). Determiners may follow the
/// preposition ("Minister of the Interior"). Where the language capitalises a domain's first
/// word only, a lower-case role counts when one of its `domain_articles` opens the domain
/// (« ministre de l'Agriculture », « ministre des Armées »; not « l'avocat de Paul
/// Martin »). Reads at most eight tokens back.
fn role_domain(tk: &Tokens, lx: &Lex, i: usize) -> bool {
    let link = |k: usize| {
        !tk.toks[k].upper
            && cls(tk, lx, k) & (class::PREP | class::DOMAIN | class::CONJ | class::DET) != 0
    };
    let article = |k: usize| k < i && lx.domain_articles.contains(&tk.lw(k));
    let mut k = i;
    while k > 1 && i - k < 8 && is_word(tk, k - 1) && (tk.toks[k - 1].upper || link(k - 1)) {
        k -= 1;
        let prep = !tk.toks[k].upper && cls(tk, lx, k) & (class::PREP | class::DOMAIN) != 0;
        if prep
            && is_word(tk, k - 1)
            && tk.is_role(lx, k - 1)
            && (tk.toks[k - 1].upper || article(k) || article(k + 1))
        {
            return true;
        }
        // (an organisation noun closes the domain: the capitalised words after it are the
        // holder's name, "of the Foreign Ministry Sheikh Khalifa Al Harthy")
        if tk.toks[k].upper && (tk.is_role(lx, k) || lx.is_org(tk.lw(k))) {
            return false;
        }
    }
    false
}

/// Construction `lone-opening-name`: whether the one capitalised word at `s`, opening a
/// sentence and written nowhere else (not in lower case, not capitalised inside a
/// sentence), reads as a name rather than a common noun (« Varlen a accepté de céder sa
/// division, a indiqué l'entreprise »; not "Net income fell", "Repairs would take"): of no
/// class and no plural (its possessive ending off), a possessor (`possessive`), or before a
/// verb that shows it: an auxiliary or a past form. Where a common noun may open a sentence
/// bare (`bare_nouns open` in `orthography.tsv`: "Growth was weaker"), a word that is no
/// possessor must open another sentence too (`again`).
fn lone_opening_name(
    tk: &Tokens,
    lx: &Lex,
    s: usize,
    e: usize,
    possessive: bool,
    again: bool,
) -> bool {
    let word = lx.possessor(tk.lw(s)).unwrap_or(tk.lw(s));
    lx.class(word) == 0
        && !lx.plurals.is_plural(word)
        && (possessive || s + 1 < e && shows_verb(tk, lx, s + 1) && (again || !lx.bare_nouns))
}

/// Whether the lower-case word at `k` shows a verb: an auxiliary or a past form.
fn shows_verb(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    is_word(tk, k)
        && !tk.toks[k].upper
        && (cls(tk, lx, k) & (class::AUX | class::ETRE) != 0
            || lx.past_forms.contains(tk.lw(k))
            || lx.has_past_ending(tk.lw(k), 4))
}

/// Whether an organisation of kind `kind` can be called `noun`: the same noun, or one
/// general for the other (`org_hypernyms.tsv`).
fn kind_fits(lx: &Lex, kind: &str, noun: &str) -> bool {
    let fold = |w: &str| -> String { w.chars().map(base_letter).collect() };
    let same = |k: &str, n: &str| {
        let (k, n) = (fold(k), fold(n));
        k == n
            || lx.plurals.strip(&k) == Some(n.as_str())
            || lx.plurals.strip(&n) == Some(k.as_str())
    };
    let general = |g: &str, k: &str| {
        lx.org_hypernyms
            .get(g)
            .is_some_and(|ks| ks.iter().any(|x| same(x, k)))
    };
    same(kind, noun) || general(noun, kind) || general(kind, noun)
}

/// Construction `lone-name`: a capitalised word alone (no capitalised word after it) is a
/// person when it is a known first name ("Vient le tour de Julien. « … », explique-t-il")
/// or an age follows it between commas ("Julia, 24, …", "Ruiz, 54 ans,"; not a word of a
/// grammar class, blocker `adverbial-count`); a lone surname
/// or word otherwise may be a place or a firm.
fn lone_person_at(tk: &Tokens, lx: &Lex, i: usize) -> bool {
    let n = tk.toks.len();
    // (not the last word of a capitalised name after a determiner: "la Maison Blanche")
    let in_name = i > 1
        && is_word(tk, i - 1)
        && tk.toks[i - 1].upper
        && cls(tk, lx, i - 1) == 0
        && is_word(tk, i - 2)
        && cls(tk, lx, i - 2) & (class::DET | class::PREP) == class::DET
        && !lx.is_title_before_period(tk.lw(i - 1));
    if !(is_word(tk, i) && tk.toks[i].upper)
        || i + 1 < n && is_word(tk, i + 1) && tk.toks[i + 1].upper
        || in_name
    {
        return false;
    }
    if lx.first_names.contains_key(tk.lw(i)) {
        return true;
    }
    // (a time word or adverb before a count is no name: « Hier, 30 amendements … »)
    i + 2 < n
        && cls(tk, lx, i) == 0
        && tk.is(i + 1, ",")
        && tk.raw(i + 2).len() <= 3
        && tk.raw(i + 2).bytes().all(|b| b.is_ascii_digit())
}

/// Every run of two or more capitalised words that looks like a person's name,
/// with the role noun written before it ("le président ukrainien Volodymyr Zelensky").
/// Whether token `k` is the period of an initial inside a name: not a title's ("M.
/// Dupont"), a word of no known class after it ("R. Kumar", not "Plan B. The").
fn name_initial(tk: &Tokens, lx: &Lex, k: usize) -> bool {
    initial_period(tk, k) && !lx.is_title_before_period(tk.lw(k - 1)) && tk.cls(k + 1) == 0
}

/// [`Resolver::inner_caps`]: the capitalised words written inside a sentence, in lower
/// case, and opening two sentences or more.
type Caps<'t> = (FastSet<&'t str>, FastSet<&'t str>, FastSet<&'t str>);

/// [`Resolver::inner_caps`]: the forms (possessive ending off) of the capitalised words
/// inside a sentence after the headline, the forms written in lower case anywhere of
/// the words written capitalised somewhere (the only ones asked for: a capitalised first
/// word), and the forms of the capitalised words that open two sentences or more after the
/// headline. Linear in the tokens.
fn inner_caps<'t>(tk: &'t Tokens, lx: &Lex) -> Caps<'t> {
    let form = |k: usize| lx.possessor(tk.lw(k)).unwrap_or(tk.lw(k));
    let starts: FastSet<usize> = tk.units.iter().map(|u| u.0).collect();
    let body = tk.units.first().map_or(0, |u| u.1);
    let (mut inner, mut opening, mut again) =
        (FastSet::default(), FastSet::default(), FastSet::default());
    for k in body.max(1)..tk.toks.len() {
        if !(is_word(tk, k) && tk.toks[k].upper) {
            continue;
        }
        if !starts.contains(&k) && tk.toks[k - 1].block == tk.toks[k].block {
            inner.insert(form(k));
        } else if !opening.insert(form(k)) {
            again.insert(form(k));
        }
    }
    let capitalised: FastSet<&str> = (0..tk.toks.len())
        .filter(|&k| is_word(tk, k) && tk.toks[k].upper)
        .map(form)
        .collect();
    let lower = (0..tk.toks.len())
        .filter(|&k| is_word(tk, k) && !tk.toks[k].upper && capitalised.contains(tk.lw(k)))
        .map(|k| tk.lw(k))
        .collect();
    (inner, lower, again)
}

/// The names of the article indexed by their tokens, each distinct name once (its first
/// mention): token → a range of the returned list of name indices, those of one token in
/// order. Two passes over the names' tokens, no list per token.
fn index_names<'t>(names: &[NameMention<'t>]) -> (FastMap<&'t str, (u32, u32)>, Vec<usize>) {
    // (token, name) pairs, each once
    let mut pairs: Vec<(&'t str, usize)> = Vec::new();
    let mut distinct: FastSet<&str> = Default::default();
    for (i, n) in names.iter().enumerate() {
        if !distinct.insert(n.text.as_str()) {
            continue;
        }
        for (k, &t) in n.tokens.iter().enumerate() {
            if !n.tokens[..k].contains(&t) {
                pairs.push((t, i));
            }
        }
    }
    // how many names hold each token, then where its list starts (and is filled up to)
    let mut index: FastMap<&'t str, (u32, u32)> = FastMap::default();
    index.reserve(pairs.len());
    for &(t, _) in &pairs {
        index.entry(t).or_default().1 += 1;
    }
    let mut at = 0;
    for range in index.values_mut() {
        let count = range.1;
        *range = (at, at);
        at += count;
    }
    let mut ids = vec![0; pairs.len()];
    for (t, i) in pairs {
        if let Some(range) = index.get_mut(t) {
            ids[range.1 as usize] = i;
            range.1 += 1;
        }
    }
    (index, ids)
}

fn collect_names<'t>(tk: &'t Tokens, lx: &'static Lex, feats: &Features) -> Vec<NameMention<'t>> {
    let mut out = Vec::new();
    let n = tk.toks.len();
    let mut i = 0;
    // the end of the capitalised run a preposition placed (a place, [`prepositional_name`])
    let mut place_end = None;
    while i < n {
        // every start below is a capitalised word, no verb form, place or organisation
        // noun (turned away before the costlier tests)
        // (an initial opens a name even when it is a word: "A. Ngom", « A. Ngom »; looked
        // for after a capitalised word only)
        if !(is_word(tk, i) && tk.toks[i].upper) {
            i += 1;
            continue;
        }
        let initialled = name_initial(tk, lx, i + 1);
        if !initialled
            && (tk.toks[i].verb_form || lx.places.contains_key(tk.lw(i)) || lx.is_org(tk.lw(i)))
        {
            i += 1;
            continue;
        }
        // construction `place-list`: the capitalised words listed after a place a
        // preposition governs are places too ("strikes on Lorvik, Tamsel and Nova Brena",
        // « des frappes sur Lorvik, Tamsel et Nova Brena »): no person's name
        // (a known first name opens a person's name: "talks with Kovac, Anna Berg and …")
        if place_end.is_some_and(|e| listed_after(tk, lx, e, i))
            && !lx.first_names.contains_key(tk.lw(i))
        {
            let mut j = i + 1;
            while j < n && j < i + PLACE_WORDS && is_word(tk, j) && tk.toks[j].upper {
                j += 1;
            }
            // (after a comma alone, the list goes on after the member: not an apposition,
            // "of Saudi Arabia, Prince Fayez, who")
            let goes_on = |k: usize| {
                k + 1 < n
                    && (is_word(tk, k) && cls(tk, lx, k) & class::COORD != 0
                        || tk.is(k, ",") && is_word(tk, k + 1) && tk.toks[k + 1].upper)
            };
            // (nor the subject after a fronted place: "Speaking at Davos, Kovac and Berg said")
            if !tk.is(i - 1, ",") || goes_on(j) && !list_then_verb(tk, lx, j) {
                place_end = Some(j);
                i = j;
                continue;
            }
        }
        // construction `person-complement`: "l'avocate de Paul Martin": a name opening with a
        // known first name right after a preposition is a person, not the head's role holder
        let complement = i > 0
            && is_word(tk, i - 1)
            && cls(tk, lx, i - 1) & class::PREP != 0
            && !tk.toks[i - 1].upper
            && is_word(tk, i)
            && tk.toks[i].upper
            && lx.first_names.contains_key(tk.lw(i))
            && i + 1 < n
            && is_word(tk, i + 1)
            && tk.toks[i + 1].upper;
        let lone = lone_person_at(tk, lx, i);
        let start = initialled
            || person_start(tk, lx, i)
            || described_after_preposition(tk, lx, i)
            || complement
            || lone;
        if !start || prepositional_name(tk, lx, i) {
            if start {
                place_end = Some(i + 1);
            }
            i += 1;
            continue;
        }
        // not the first word of a unit unless a name follows
        // (an initial's period is inside the name: "R. Kumar", « J. Dupont »)
        let mut j = i + 1;
        while j < n
            && j < i + NAME_WORDS
            && (name_initial(tk, lx, j)
                || is_word(tk, j)
                    && tk.toks[j].block == tk.toks[i].block
                    && (tk.toks[j].upper
                        || name_particle(tk, j) && particle_then_name(tk, j, n)
                        || particle_surname(tk, lx, j))
                    && (!tk.is_role(lx, j) || after_particle(tk, j))
                    && !lx.places.contains_key(tk.lw(j))
                    // a title-case headline: "Jerome Powell Says Rates …"
                    && !tk.toks[j].verb_form)
        {
            j += 1;
        }
        // (a particle before a place closes no name: "Les Dépêches de Brazzaville")
        while j > i + 1 && name_particle(tk, j - 1) {
            j -= 1;
        }
        // a lone capitalised word opening a sentence before a comma is an adverb ("Privately,")
        let opens = i == 0
            || tk.toks[i - 1].block != tk.toks[i].block
            || tk.units.binary_search_by_key(&i, |u| u.0).is_ok();
        if opens && j == i + 1 && j < n && tk.is(j, ",") && !lone {
            i = j;
            continue;
        }
        i += usize::from(party_prefix(tk, i, j));
        // construction `role-domain`: "Minister of Lands and Natural Resources", "Minister for
        // Water Resources Ahmed Baloch": capitalised words after a capitalised role and its
        // preposition name its domain; a person's name in them starts at a known first name
        // (the capitalised run may start before `i`, at a domain word no name starts at:
        // « de l'Agriculture Oksana Lut », "of the Opposition Edappadi K. Palaniswami")
        let r0 = (i.saturating_sub(8)..i)
            .rev()
            .take_while(|&k| is_word(tk, k) && tk.toks[k].upper)
            .last()
            .unwrap_or(i);
        let in_domain = role_domain(tk, lx, r0);
        if in_domain {
            match domain_name_start(tk, lx, r0, j) {
                Some(k) => i = k,
                None => {
                    i = j;
                    continue;
                }
            }
        }
        // (a date is no name: "Tue Dec 1 2026", construction `date-line`)
        if (i..j).any(|k| month_before_number(tk, lx, k)) {
            i = j;
            continue;
        }
        let tokens: Vec<&str> = (i..j).map(|k| tk.lw(k)).collect();
        // "Acme Corp", "Harvard University": an organisation, not a person
        if j > i + 1 && lx.is_org(tk.lw(j - 1)) {
            i = j;
            continue;
        }
        let all_caps = (i..j).all(|k| {
            tk.raw(k)
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        });
        let place = with_phrase_key(tk, i, j, |k| lx.places.contains_key(k));
        if !all_caps && !place && !tokens.is_empty() {
            // a capitalised determiner opening the name ("Le Thi Thu Hang") is part of it
            // for the walk back to its role
            let lead =
                usize::from(i > 1 && tk.toks[i - 1].upper && cls(tk, lx, i - 1) & class::DET != 0);
            // a title just before the name: "Mme Marie Dubois", "M. Dupont"
            let titled = (i.saturating_sub(2)..i)
                .rev()
                .filter(|&k| tk.word(k) && lx.is_title_before_period(tk.lw(k)));
            let mut gender = titled.clone().find_map(|k| gender_at(tk, feats, k));
            // a title that names a role ("Sen. Maria Lopez" is a senator)
            let title_role = titled
                .clone()
                .find_map(|k| lx.title_roles.get(tk.lw(k)))
                .cloned();
            // role before: up to six words back within the phrase
            let mut role = None;
            let mut office = None;
            let mut role_at = None;
            let mut role_start = None;
            let mut k = i;
            let mut steps = 0;
            let mut apposed = false;
            let mut comma = i;
            // (after the comma of an apposition, a role with a longer domain: "the spokeswoman of
            // the park authority in Emden, Karla Vos", construction `long-apposed-role`)
            while k > 0
                && steps < 7 + lead + if apposed { APPOSED_ROLE_EXTRA } else { 0 }
                && !complement
            {
                k -= 1;
                steps += 1;
                // blocker `role-across-block`: a role ending the headline is not the role of
                // a name opening the next line ("…, says minister / Nordic News | Published")
                if tk.toks[k].block != tk.toks[i].block {
                    break;
                }
                if !is_word(tk, k) {
                    // construction `role-then-description`: "Le préformateur, le socialiste
                    // flamand Conner Rousseau,": a role, a comma, then a description with no
                    // role (lower-case words, no verb) before the name is the name's role
                    let described = steps > 1 + lead
                        && k > 0
                        && is_word(tk, k - 1)
                        && tk.is_role(lx, k - 1)
                        && (k + 1..i - lead)
                            .all(|h| is_word(tk, h) && !tk.toks[h].upper && !tk.toks[h].verb_form);
                    if tk.is(k, ",") && (steps == 1 + lead || described) {
                        apposed = true;
                        comma = k;
                        continue;
                    }
                    // construction `acronym-then-apposed-name`: the acronym of the role's
                    // domain closing it before the comma (« la procureure du parquet
                    // national financier (PNF), Claire X ») is read past, as a party's
                    // right before the name (« le sénateur (LR) Paul X », construction
                    // `party-before-name`)
                    if (apposed && k + 1 == comma || steps == 1 + lead)
                        && k >= 3
                        && tk.is(k, ")")
                        && tk.is(k - 2, "(")
                        && is_word(tk, k - 1)
                        && tk.raw(k - 1).chars().count() >= 2
                        && tk.raw(k - 1).chars().all(|c| c.is_uppercase() || c == '-')
                    {
                        k -= 2;
                        steps -= 1;
                        continue;
                    }
                    break;
                }
                // blocker `role-across-name`: a role before another person's name is that
                // person's (« requise par la procureure Anne Vial contre Marc Roy », "the
                // prosecutor Ann Vial against Mark Roy")
                // (a word in lower case between the two names: not one name read in two)
                if out.last().is_some_and(|m: &NameMention| {
                    let end = m.pos + m.tokens.len();
                    m.pos <= k && k < end && (end..i).any(|h| is_word(tk, h) && !tk.toks[h].upper)
                }) {
                    break;
                }
                // blocker `role-across-verb`: "la juge a interrogé Paul Martin", "the judge
                // who heard Paul Martin": a verb, auxiliary or pronoun between a role and a
                // name ends the role's noun phrase; the name is another person
                if tk.toks[k].verb_form
                    || cls(tk, lx, k) & (class::AUX | class::REL | class::PRON | class::REFL) != 0
                {
                    break;
                }
                // "a spokesman for President Kim": the role is another person's, unless
                // the name is in apposition to it ("the spokeswoman for the ministry, Ann Lee")
                // or closes its capitalised domain with no organisation noun ("Minister for
                // Trade Ann Lee", construction `domain-then-name`)
                let mut across_domain = false;
                if role_of(tk, lx, k) {
                    across_domain = in_domain && !(k + 1..i).any(|h| lx.is_org(tk.lw(h)));
                    if !apposed && !across_domain {
                        break;
                    }
                    k -= 1;
                }
                if tk.is_role(lx, k) && !apposed && !across_domain && role_across_verb(tk, lx, k, i)
                {
                    break;
                }
                // "l'entraîneur Paulo Fonseca, Kader Bamba": a role followed by its own name
                // is that name's, not the next one's
                let named = apposed
                    && k + 1 < comma
                    && person_start(tk, lx, k + 1)
                    && (k + 1..comma).all(|h| is_word(tk, h) && tk.toks[h].upper);
                if tk.is_role(lx, k) && named {
                    break;
                }
                if tk.is_role(lx, k) {
                    // construction `role-of-role`: in an apposition, a role whose domain is
                    // another role ("l'adjoint au maire, X", "the adviser to the president,
                    // X") is the head role's holder
                    let k = if apposed {
                        role_domain_head(tk, lx, k)
                    } else {
                        k
                    };
                    let w = tk.lw(k);
                    let adjective = k > 0
                        && is_word(tk, k - 1)
                        && cls(tk, lx, k - 1) & (class::DET | class::PREP) == 0;
                    office = adjective
                        .then(|| role_office(tk, lx, k - 1, i))
                        .flatten()
                        .or_else(|| role_office(tk, lx, k, i));
                    role = Some(lx.role_lemma(w));
                    if k > 0 && is_word(tk, k - 1) && lx.is_role_pair(tk.lw(k - 1), w) {
                        role = Some(format!("{} {w}", tk.lw(k - 1)));
                    }
                    gender = gender.or_else(|| role_gender(tk, lx, feats, k));
                    role_at = Some(k);
                    break;
                }
            }
            // construction `role-then-honorific`: a rank worn as a title after another role
            // ("State Minister for Foreign Affairs Ambassador X", « le porte-parole du
            // ministère, l'ambassadeur X ») leaves the person that first role
            // construction `role-then-apposed-role`: any other role worn before the name in
            // apposition to a role ("the chair of the committee, Senator X", « le rapporteur
            // de la commission, le sénateur X ») leaves the person both roles
            let mut apposed_role = None;
            if let Some(h) = role_at {
                let honorific = lx.honorific_roles.contains(tk.lw(h));
                let mut m = h;
                while m > 0 && cls(tk, lx, m - 1) & class::DET != 0 {
                    m -= 1;
                }
                if m > 0 && tk.is(m - 1, "'") {
                    m -= 1;
                    while m > 0 && cls(tk, lx, m - 1) & class::DET != 0 {
                        m -= 1;
                    }
                }
                // (up to two adjectives before the role in apposition: "the head of the
                // board, former senator X", « le président du conseil régional, ancien
                // député du Finistère, X »)
                let adjectives = (m.saturating_sub(2)..m)
                    .rev()
                    .take_while(|&a| {
                        is_word(tk, a)
                            && !tk.toks[a].upper
                            && !tk.toks[a].verb_form
                            && cls(tk, lx, a) == 0
                    })
                    .last();
                if let Some(a) = adjectives.filter(|&a| a > 0 && tk.is(a - 1, ",")) {
                    m = a;
                }
                let comma = m > 0 && tk.is(m - 1, ",");
                if comma {
                    m -= 1;
                }
                // (an elided preposition inside the role's domain: « du Royaume d'Arabie
                // saoudite »)
                let first = (m.saturating_sub(HONORIFIC_ROLE_WINDOW)..m)
                    .rev()
                    // (not across a conjunction: "Minister X and Ambassador Y")
                    .take_while(|&r| {
                        (is_word(tk, r) || tk.is(r, "'"))
                            && !tk.toks[r].verb_form
                            && cls(tk, lx, r) & (class::CONJ | class::COORD) == 0
                    })
                    .filter(|&r| tk.is_role(lx, r) && !lx.honorific_roles.contains(tk.lw(r)))
                    .last()
                    .filter(|&r| {
                        honorific || comma && lx.role_lemma(tk.lw(r)) != lx.role_lemma(tk.lw(h))
                    });
                if let Some(r) = first {
                    let w = tk.lw(r);
                    let first_role =
                        if r > 0 && is_word(tk, r - 1) && lx.is_role_pair(tk.lw(r - 1), w) {
                            format!("{} {w}", tk.lw(r - 1))
                        } else {
                            // (or a role of two words from it: "le ministre délégué au Commerce,
                            // l'ambassadeur X")
                            role_pair_at(tk, lx, r, m).unwrap_or_else(|| lx.role_lemma(w))
                        };
                    if honorific {
                        role_start = Some(r);
                        office = role_office(tk, lx, r, m);
                        role = Some(first_role);
                    } else {
                        apposed_role = Some(first_role);
                    }
                }
            }
            // a rank worn as a title with no other role before it ("Ambassador X, the
            // ministry's spokesman,") leaves the apposition after the name its role
            let rank_only = role_start.is_none()
                && role_at.is_some_and(|h| lx.honorific_roles.contains(tk.lw(h)));
            // construction `coordinated-roles`: a role coordinated before the name's role
            // ("Deputy Prime Minister and Foreign Minister X", "Qatari Prime Minister and
            // Minister of Foreign Affairs Sheikh X", « le Premier ministre et ministre des
            // Finances X ») is the person's too: the role right before the conjunction, with
            // the capitalised words before it that are no demonym
            let role_start = role_start.or(role_at);
            let also = role_start
                .map(|r| {
                    if r > 0 && is_word(tk, r - 1) && lx.is_role_pair(tk.lw(r - 1), tk.lw(r)) {
                        r - 1
                    } else {
                        r
                    }
                })
                .filter(|&r| r >= 2 && is_word(tk, r - 1) && cls(tk, lx, r - 1) & class::COORD != 0)
                // (with one adjective after the first role: « la vice-présidente exécutive et
                // ministre des Finances X »)
                .and_then(|r| {
                    let plain = |a: usize| {
                        is_word(tk, a)
                            && !tk.toks[a].upper
                            && !tk.toks[a].verb_form
                            && cls(tk, lx, a) == 0
                    };
                    if is_word(tk, r - 2) && tk.is_role(lx, r - 2) {
                        Some(r - 1)
                    } else if r >= 3 && plain(r - 2) && is_word(tk, r - 3) && tk.is_role(lx, r - 3)
                    {
                        Some(r - 2)
                    } else {
                        None
                    }
                })
                .map(|end| {
                    let mut h = end - 1;
                    while h > 0
                        && end - h < 3
                        && is_word(tk, h - 1)
                        && tk.toks[h - 1].upper
                        && cls(tk, lx, h - 1) == 0
                        && !lx.demonyms.contains_key(tk.lw(h - 1))
                        && tk.toks[h - 1].block == tk.toks[end].block
                    {
                        h -= 1;
                    }
                    (h..end).map(|k| tk.lw(k)).collect::<Vec<_>>().join(" ")
                });
            let mut also = also.or(apposed_role);
            // apposition or copula after: "Tony Estanguet, le président du comité",
            // "Sophie Lenoir est la porte-parole de la mairie"
            let copula = j < n && feats.get(tk.lw(j)) == Some(&Feature::Copula);
            // (construction `rank-then-apposition`: the rank stays a role of the person)
            if (role.is_none() || rank_only) && j + 1 < n && (tk.is(j, ",") || copula) {
                let mut k = j + 1;
                while k < n && cls(tk, lx, k) & class::DET != 0 {
                    k += 1;
                }
                // up to two adjectives before the role ("Jean Duval, ancien maire de …",
                // "Ann Lee, the newly appointed minister")
                if let Some(r) = (k..(k + 3).min(n)).find(|&r| is_word(tk, r) && tk.is_role(lx, r))
                {
                    if (k..r).all(|a| {
                        is_word(tk, a)
                            && !tk.toks[a].upper
                            && !tk.toks[a].verb_form
                            && tk.cls(a) == 0
                    }) {
                        k = r;
                    }
                }
                // a vague role before another is its adjective ("the official spokesman")
                if k + 1 < n
                    && is_word(tk, k)
                    && is_word(tk, k + 1)
                    && lx.is_generic_role(tk.lw(k))
                    && tk.is_role(lx, k + 1)
                    && !lx.is_role_pair(tk.lw(k), tk.lw(k + 1))
                {
                    k += 1;
                }
                // an apposition is closed ("X, le président du comité, a dit"); a role
                // running on to its verb is the next subject ("…, la porte-parole a dit")
                let closed = copula
                    || (k..(k + 12).min(n))
                        .find(|&c| !is_word(tk, c))
                        .is_some_and(|c| !tk.is(c, "-") && !tk.is(c, "'"));
                if k < n && is_word(tk, k) && tk.is_role(lx, k) && closed {
                    office = role_office(tk, lx, k, n);
                    if also.is_none() {
                        also = role.take();
                    }
                    // (a role of two words whole: « X, directeur général de Y, », "X, chief
                    // executive of Y,", construction `apposed-role-pair`)
                    let pair = role_pair_at(tk, lx, k, n);
                    let c = k + 1 + usize::from(pair.is_some());
                    role = Some(pair.unwrap_or_else(|| {
                        lx.roles
                            .get(tk.lw(k))
                            .map(|role| role.to_string())
                            .unwrap_or_else(|| tk.lw(k).to_string())
                    }));
                    // a role coordinated after it is the person's too (« X, cofondateur et
                    // directeur général de Y, », "X, co-founder and chief executive of Y,"),
                    // construction `coordinated-apposed-roles`
                    if also.is_none()
                        && c + 1 < n
                        && is_word(tk, c)
                        && cls(tk, lx, c) & class::COORD != 0
                        && is_word(tk, c + 1)
                        && tk.is_role(lx, c + 1)
                    {
                        also = Some(
                            role_pair_at(tk, lx, c + 1, n)
                                .unwrap_or_else(|| lx.role_lemma(tk.lw(c + 1))),
                        );
                    }
                    gender = gender.or_else(|| role_gender(tk, lx, feats, k));
                }
            }
            // (a title's role stays the person's beside a role given in full: "Dr Ana
            // Ruiz, the head of the unit, … the doctor said")
            let (role, also) = match (role, title_role) {
                (Some(r), Some(t)) if also.is_none() && r != t => (Some(r), Some(t)),
                (r, t) => (r.or(t), also),
            };
            // the nearest demonym or state before the name, back to its role
            // (within the name's own clause: not past a relative, a complementiser, a
            // subordinating conjunction or a verb, « la presse britannique selon laquelle
            // Vladimir Poutine … », construction `name-country-clause-bound`)
            let clause_bound = class::REL | class::QUE | class::SUB;
            let country = (i.saturating_sub(7)..i)
                .rev()
                .take_while(|&k| is_word(tk, k) || tk.is(k, ","))
                .take_while(|&k| !tk.toks[k].verb_form && cls(tk, lx, k) & clause_bound == 0)
                .find_map(|k| country_in(tk, lx, k, k + 1).filter(|_| tk.word(k)));
            // else the first name of a full name ("Mary Duncan") or a lone first name
            let gender = gender.or_else(|| {
                (tokens.len() >= 2 || lone)
                    .then(|| lx.first_names.get(tokens[0]).copied())
                    .flatten()
            });
            out.push(NameMention {
                pos: i,
                text: tk.text[tk.toks[i].start..tk.toks[j - 1].end].to_string(),
                tokens,
                role,
                office,
                country,
                gender,
                lone: lone && j == i + 1,
                also,
            });
        }
        i = j;
    }
    out
}
