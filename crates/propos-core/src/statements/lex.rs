//! The lexicons the statement extractor reads, loaded once per language.

use std::borrow::Cow;

use super::agreement::{Agreement, Gender};
use super::words::{normalize_phrase, normalize_static_phrase};
use crate::hash::{FastMap, FastSet, Sieve, Sieved, WordMap, WordSet};
use crate::language::plurals::Plurals;
use crate::lexicon::{File, LexiconError};
use crate::{lexicon_strict_file, ActorType, Lang};

/// How a verb form is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A finite form ("affirme", "déclara", "said").
    Finite,
    /// A past participle, read after an auxiliary ("a déclaré").
    Participle,
    /// A present participle ("ajoutant").
    Present,
    /// An infinitive ("avant d'ajouter").
    Infinitive,
}

/// One reporting verb.
#[derive(Debug)]
pub(crate) struct Verb {
    /// Dictionary form, without its tail ("mettre" for "mettre en garde").
    pub lemma: &'static str,
    /// Words that must follow the verb ("en garde").
    pub tail: Vec<String>,
    /// Takes a que / that clause.
    pub que: bool,
    /// Takes an object (a noun-object report).
    pub object: bool,
    /// Used reflexively ("s'est dit").
    pub reflexive: bool,
    /// Takes a bare clause ("said it was").
    pub bare: bool,
    /// Takes an object only with "à" / "to" ("a appelé à", "urged X to").
    pub prep_object: bool,
    /// Still reports when negated ("n'a pas exclu que"); other negated cues report nothing.
    pub negated: bool,
    /// Its object may be a prepositional phrase ("a temporisé sur", "warned of").
    pub prep_phrase: bool,
    /// Its object is the target judged or addressed, not what was said ("a critiqué").
    pub target: bool,
    /// Names its addressee before a bare clause ("told the committee the budget was …").
    pub addressee: bool,
    /// Gives its object a quoted name ("called the plan “a disgrace”").
    pub names: bool,
    /// Gives its object a quoted name through a link word of `naming_links.txt` ("described
    /// the plan as “reckless”", « a qualifié le plan de « dangereux » »).
    pub link_names: bool,
    /// Takes an object only when it holds a figure ("expects revenue of $72 billion",
    /// "prévoit un déficit de 17,5 milliards").
    pub figure_object: bool,
    /// Takes an object only when it gives an estimate: a noun of figure after its article
    /// (« avance un bilan plus lourd ») or a link of estimate after it ("put the toll at 38").
    pub estimate: bool,
    /// Takes an object only when a link of cause follows it (« justifie la hausse par
    /// l'inflation », "justified the cut by the deficit").
    pub cause: bool,
    /// Reports only with a study, a report or an inquiry of `finding_sources.txt` as its
    /// subject ("the study found that", « l'étude montre que »).
    pub document_subject: bool,
    /// Takes an object only when a possessive determiner opens it: the feeling it voices
    /// (« a dit sa colère », « a dit son inquiétude »).
    pub possessive_object: bool,
}

impl Verb {
    /// How many of the frames that make a report the verb takes (the modifiers `negated`,
    /// `target`, `addressee`, `link_names` and `document_subject` are no frames).
    fn frames(&self) -> usize {
        [
            self.que,
            self.object,
            self.reflexive,
            self.bare,
            self.prep_object,
            self.prep_phrase,
            self.names,
            self.figure_object,
            self.estimate,
            self.cause,
            self.possessive_object,
        ]
        .into_iter()
        .filter(|&f| f)
        .count()
    }

    /// Reports only in the reflexive: its one frame is R (« s'attend à », « s'oppose à »;
    /// « attendaient un train » reports nothing).
    pub fn reflexive_only(&self) -> bool {
        self.reflexive && self.frames() == 1
    }

    /// Reports only by giving its object a name: its one frame is N ("compared the plan to a
    /// tax", « traite le projet de « folie » »).
    pub fn names_only(&self) -> bool {
        self.names && self.frames() == 1
    }

    /// Reports only through a that-clause: its one frame is Q ("evaluated that …"; "and
    /// consider a tax" reports nothing).
    pub fn que_only(&self) -> bool {
        self.que && self.frames() == 1
    }
}

/// Word classes of the grammar file.
pub(crate) mod class {
    pub const DET: u32 = 1;
    pub const PREP: u32 = 1 << 1;
    pub const AUX: u32 = 1 << 2;
    pub const REFL: u32 = 1 << 3;
    pub const NEG: u32 = 1 << 4;
    pub const PRON: u32 = 1 << 5;
    pub const TONIC: u32 = 1 << 6;
    pub const REL: u32 = 1 << 7;
    pub const QUE: u32 = 1 << 8;
    pub const CONJ: u32 = 1 << 9;
    pub const STOP: u32 = 1 << 10;
    pub const TIME: u32 = 1 << 11;
    pub const ADV: u32 = 1 << 12;
    pub const ETRE: u32 = 1 << 13;
    pub const SUB: u32 = 1 << 14;
    pub const SUBQ: u32 = 1 << 15;
    pub const CLITIC: u32 = 1 << 16;
    pub const DEMO: u32 = 1 << 17;
    /// First word of a multiword adverb or source marker (computed, not in the file).
    pub const PHRASE: u32 = 1 << 18;
    pub const APREP: u32 = 1 << 19;
    pub const OWN: u32 = 1 << 20;
    /// A degree adverb: a verb form after it is an adjective ("plus critique").
    pub const DEGREE: u32 = 1 << 21;
    pub const PASSIVE: u32 = 1 << 22;
    pub const AGENT: u32 = 1 << 23;
    pub const INF: u32 = 1 << 24;
    /// Indefinite pronouns that can stand as a source ("selon certains", "according to some").
    pub const INDEF: u32 = 1 << 25;
    /// Auxiliaries of the pluperfect ("had", "avait"): a cue in that tense after another
    /// cue is most often part of what that cue reports.
    pub const PLUP: u32 = 1 << 26;
    /// A preposition tying a role to its domain ("a spokesperson for the ministry").
    pub const DOMAIN: u32 = 1 << 27;
    /// A conjunction joining two subjects into one group ("et", "and").
    pub const COORD: u32 = 1 << 28;
    /// A word that may sit inside a person's name without a capital ("de", "van", "bin").
    pub const PARTICLE: u32 = 1 << 29;
    /// A plural determiner or pronoun ("les", "ils", "these").
    pub const PLURAL: u32 = 1 << 30;
    /// Bits that tell a feature of a word ([`PARTICLE`], [`PLURAL`]), not its part of
    /// speech: [`super::tokens::Tokens::cls`] leaves them out, so that a name particle
    /// ("Ben", "Van") is still an open-class word; read them with `Tokens::has`.
    pub const FEATURES: u32 = PARTICLE | PLURAL;
    /// A form of a reporting verb (computed, not a grammar class: [`super::Lex::class`]
    /// leaves it out).
    pub const VERB_FORM: u32 = 1 << 31;
}

/// Classes of the grammar file that only a few constructions read: kept off the tokens,
/// looked up with [`Lex::has`].
pub(crate) mod word {
    /// A preposition before the addressee of a cue ("a indiqué à l'AFP X", "told to").
    pub const ADDRESSEE: u16 = 1;
    /// The word that makes a present participle a gerund ("en affirmant").
    pub const GERUND: u16 = 1 << 1;
    /// The word before an infinitive cue ("de rappeler").
    pub const INF_MARK: u16 = 1 << 2;
    /// A word before [`INF_MARK`] that opens an infinitive cue ("avant de rappeler").
    pub const INF_OPEN: u16 = 1 << 3;
    /// A subject pronoun that stands for no one ("on").
    pub const IMPERSONAL: u16 = 1 << 4;
    /// A relative pronoun that stands for a person ("pour qui").
    pub const WHO: u16 = 1 << 5;
    /// A conjunction between two quotations, which carries no content ("et", "and").
    pub const LINK: u16 = 1 << 6;
    /// A determiner or pronoun that makes its subject no one ("no", "nobody", "neither").
    pub const NO_ONE: u16 = 1 << 7;
    /// A preposition after which a noun homograph is a noun ("a previous forecast of").
    pub const NOUN_OF: u16 = 1 << 8;
    /// A preposition that negates the infinitive or gerund after it ("sans", "without").
    pub const WITHOUT: u16 = 1 << 9;
    /// A subject pronoun that stands for nothing before a passive cue ("il a été rapporté
    /// que", "it was reported that").
    pub const EXPLETIVE: u16 = 1 << 10;
    /// A pronoun opening a free relative that points back at the sentence before ("c'est
    /// ce qu'a dit X", "that is what X said").
    pub const CLEFT: u16 = 1 << 11;
    /// A participle that opens a circumstantial phrase before its clause's subject
    /// ("Speaking to the BBC, X denied", « S'exprimant sur France Inter, X a démenti »): the
    /// phrase is not what the clause's cue reports.
    pub const FRONTED: u16 = 1 << 12;
    /// A pronoun object that points back at what was said before ("stated this on
    /// Wednesday", « a déclaré cela lundi »): the cue reports nothing new.
    pub const ANAPHOR: u16 = 1 << 13;
    /// A third-person possessive determiner ("ses calculs", "her publisher"): it opens a
    /// noun phrase, not a subject.
    pub const POSS: u16 = 1 << 14;
    /// The auxiliary of a perfect infinitive or gerund ("après avoir averti", "after having
    /// warned"): its participle reads as that infinitive or gerund.
    pub const PERFECT: u16 = 1 << 15;
}

/// The class of a grammar file name: a token class bit or a word class bit.
fn class_named(name: &str) -> Option<(u32, u16)> {
    Some(match name {
        "det" => (class::DET, 0),
        "prep" => (class::PREP, 0),
        "aux" => (class::AUX, 0),
        "refl" => (class::REFL, 0),
        "neg" => (class::NEG, 0),
        "pron" => (class::PRON, 0),
        "tonic" => (class::TONIC, 0),
        "rel" => (class::REL, 0),
        "que" => (class::QUE, 0),
        "conj" => (class::CONJ, 0),
        "stop" => (class::STOP, 0),
        "time" => (class::TIME, 0),
        "adv" => (class::ADV, 0),
        "etre" => (class::ETRE, 0),
        "sub" => (class::SUB, 0),
        "subq" => (class::SUBQ, 0),
        "clitic" => (class::CLITIC, 0),
        "demo" => (class::DEMO, 0),
        "aprep" => (class::APREP, 0),
        "own" => (class::OWN, 0),
        "degree" => (class::DEGREE, 0),
        "passive" => (class::PASSIVE, 0),
        "agent" => (class::AGENT, 0),
        "inf" => (class::INF, 0),
        "indef" => (class::INDEF, 0),
        "plup" => (class::PLUP, 0),
        "domain" => (class::DOMAIN, 0),
        "coord" => (class::COORD, 0),
        "particle" => (class::PARTICLE, 0),
        "plural" => (class::PLURAL, 0),
        "addressee" => (0, word::ADDRESSEE),
        "gerund" => (0, word::GERUND),
        "infmark" => (0, word::INF_MARK),
        "infopen" => (0, word::INF_OPEN),
        "impersonal" => (0, word::IMPERSONAL),
        "who" => (0, word::WHO),
        "link" => (0, word::LINK),
        "noone" => (0, word::NO_ONE),
        "nounof" => (0, word::NOUN_OF),
        "without" => (0, word::WITHOUT),
        "fronted" => (0, word::FRONTED),
        "anaphor" => (0, word::ANAPHOR),
        "poss" => (0, word::POSS),
        "perfect" => (0, word::PERFECT),
        "expletive" => (0, word::EXPLETIVE),
        "cleft" => (0, word::CLEFT),
        _ => return None,
    })
}

/// An inverted subject pronoun after a verb ("-t-il").
#[derive(Debug)]
pub(crate) struct Inversion {
    /// The suffix, with its hyphens ("-t-il").
    pub suffix: &'static str,
    /// The pronoun: the suffix after its last hyphen ("il").
    pub pronoun: &'static str,
    /// Whether the pronoun is plural.
    pub plural: bool,
}

/// A place or institution of the gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    /// What the name stands for as a speaker.
    pub kind: ActorType,
    /// The canonical speaker name (country name for capitals).
    pub canonical: &'static str,
    /// ISO 3166-1 alpha-2, if any.
    pub country: Option<&'static str>,
}

/// The gazetteer: normalised phrase → place, each distinct place stored once (the
/// names, people and sides of a country share its entry).
pub(crate) struct Places {
    names: WordMap<u16>,
    places: Vec<Place>,
}

impl Places {
    /// The place a normalised phrase names.
    #[inline]
    pub fn get(&self, phrase: &str) -> Option<&Place> {
        self.names
            .get(phrase)
            .and_then(|&k| self.places.get(usize::from(k)))
    }

    /// Whether a normalised phrase names a place.
    #[inline]
    pub fn contains_key(&self, phrase: &str) -> bool {
        self.names.contains_key(phrase)
    }

    /// The phrases.
    fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.names.keys()
    }
}

/// [`Places`] being read, with the index of each distinct place.
struct PlacesBuilder {
    built: Places,
    index: FastMap<(ActorType, &'static str, Option<&'static str>), u16>,
}

impl PlacesBuilder {
    fn new() -> Self {
        PlacesBuilder {
            built: Places {
                names: WordMap::new(),
                places: Vec::new(),
            },
            index: FastMap::default(),
        }
    }

    /// The index of `place` in [`Places::places`], added when new.
    fn place(&mut self, place: &Place) -> u16 {
        let places = &mut self.built.places;
        *self
            .index
            .entry((place.kind, place.canonical, place.country))
            .or_insert_with(|| {
                places.push(place.clone());
                u16::try_from(places.len() - 1).unwrap_or(u16::MAX)
            })
    }

    /// Names `place` by `name` unless `name` already names one.
    fn or_insert(&mut self, name: &str, place: &Place) {
        if !self.built.names.contains_key(name) {
            let k = self.place(place);
            self.built.names.entry_or_insert_with(name, || k);
        }
    }

    /// Names `place` by `name`, instead of any place it named.
    fn insert(&mut self, name: &str, place: &Place) {
        let k = self.place(place);
        *self.built.names.entry_or_insert_with(name, || k) = k;
    }
}

/// Phrases of lower-case words, indexed by their first word.
pub(crate) struct PhraseList {
    phrases: Vec<Vec<String>>,
    /// First word → the indices of the phrases it opens, in list order.
    by_first: FastMap<String, Vec<usize>>,
}

impl PhraseList {
    fn new(phrases: Vec<Vec<String>>) -> Self {
        let mut by_first: FastMap<String, Vec<usize>> = FastMap::default();
        for (k, phrase) in phrases.iter().enumerate() {
            if let Some(first) = phrase.first() {
                by_first.entry(first.clone()).or_default().push(k);
            }
        }
        Self { phrases, by_first }
    }

    /// The phrases that open with `word`.
    pub fn opened_by(&self, word: &str) -> impl Iterator<Item = &[String]> {
        self.by_first
            .get(word)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&k| self.phrases[k].as_slice())
    }
}

impl std::ops::Deref for PhraseList {
    type Target = [Vec<String>];

    fn deref(&self) -> &Self::Target {
        &self.phrases
    }
}

/// All the lexicons of one language.
pub(crate) struct Lex {
    pub verbs: Vec<Verb>,
    /// Regular and irregular plurals of nouns.
    pub plurals: Plurals,
    /// Gender, number and kind of pronouns, titles and role nouns (`agreement.tsv`).
    pub agreement: Agreement,
    /// Lower-case word → its token classes and its verbs in [`Lex::verb_forms`].
    classes: WordMap<Entry>,
    /// The verbs (indices) each form of a reporting verb is a form of, and how, one run per
    /// form: the longest multiword verb first.
    verb_forms: Box<[(u16, Form)]>,
    /// Lower-case word → its [`word`] classes.
    pub words: WordMap<u16>,
    pub adverb_phrases: PhraseList,
    /// Phrases that qualify a number ("at least", « au moins »), the keys of the figure
    /// lexicon's `qualifiers.tsv`.
    pub number_qualifiers: PhraseList,
    /// The relative date phrases of the date lexicon ("last week", « la semaine
    /// dernière »), adverbs inside a verb group like [`Lex::adverb_phrases`].
    pub time_phrases: PhraseList,
    /// The shapes of the first words of [`Lex::time_phrases`].
    pub time_phrase_firsts: Sieve,
    /// The roles of `roles.txt`.
    pub roles: Sieved<WordSet>,
    /// Prefixes of rank that make a role of one word another role of the same kind
    /// (« sous-gouverneure », "vice-chair"), `role_prefixes.txt`.
    role_prefixes: Vec<&'static str>,
    /// The shapes of the roles of one word after each prefix, singular and plural: most
    /// words are rejected here before any prefix is tried.
    prefixed_role_forms: Sieve,
    /// The shapes of the roles and their plurals, for [`Lex::is_role`].
    role_forms: Sieve,
    /// First words of the roles of several words.
    pub role_heads: Sieved<WordSet>,
    /// Role phrase (normalised words) → the office it names ("chef de la diplomatie" →
    /// "ministre des affaires étrangères").
    pub role_synonyms: Sieved<FastMap<String, String>>,
    /// General roles and the specific ones they can refer back to ("élu" → "député"),
    /// `role_hypernyms.tsv`.
    pub role_hypernyms: FastMap<String, Vec<String>>,
    /// Roles that speak for an organisation, and the canonical form of one with no name
    /// ("~" for the organisation: "~ spokesperson", "porte-parole de ~"), `org_voices.tsv`.
    pub org_voices: FastMap<String, String>,
    /// Abbreviated titles that name a role ("sen." → "senator"), `title_roles.tsv`.
    pub title_roles: Sieved<FastMap<String, String>>,
    /// The roles those titles name ("doctor", "docteur"): a role a person may be known by
    /// before a more specific one of the same kind ([`Lex::role_hypernyms`]) redescribes them.
    pub titled_roles: WordSet,
    /// Longest phrase of [`Lex::role_synonyms`], in words.
    pub role_synonym_len: usize,
    /// The beginnings of the phrases of [`Lex::role_synonyms`] that a space follows
    /// ("chef", "chef de"): a phrase read word by word stops when it is none of them.
    pub role_synonym_prefixes: WordMap<()>,
    /// Roles of several words that are not their head noun ("prime minister").
    pub distinct_roles: Sieved<WordSet>,
    pub orgs: Sieved<WordSet>,
    /// The shapes of the organisation nouns and their plurals, for [`Lex::is_org`].
    org_forms: Sieve,
    /// A general organisation noun → the kinds it may refer back to ("company" → "start-up",
    /// "airline"), `org_hypernyms.tsv`.
    pub org_hypernyms: FastMap<String, Vec<String>>,
    /// Organisation nouns for a part of any organisation ("direction"), `org_parts.txt`.
    pub org_parts: Sieved<WordSet>,
    /// Last parts of a hyphenated epithet that tells where an organisation sits ("the
    /// Paris-based group"), `seat_epithets.txt`.
    pub seat_epithets: WordSet,
    /// Organisation nouns of a public administration ("police", « préfecture ») that refer
    /// back only to an organisation known to be of their kind, `public_bodies.txt`.
    pub public_bodies: WordSet,
    /// Organisation nouns for a firm that a country's adjective may qualify in an anaphor
    /// ("the German conglomerate"), `demonym_kinds.txt`.
    pub demonym_kinds: WordSet,
    /// Third-person possessives → whom they agree with (`possessives.tsv`).
    pub possessives: FastMap<String, String>,
    /// Words that may close a date expression after a time word (« vendredi dernier »,
    /// "Monday next"), the first column of `date_suffixes.tsv`.
    pub date_suffixes: WordSet,
    /// How a body of a possessor is named, with `{owner}` and `{noun}` (`possessives.tsv`).
    pub possessed_form: String,
    /// Nouns for the staff or circle of a possessor → `same` or `own`
    /// (`possessed_parts.tsv`).
    pub possessed_parts: FastMap<String, String>,
    /// Organisation nouns that may stand for a state (`state_nouns.txt`).
    pub state_nouns: WordSet,
    pub others: Sieved<WordSet>,
    /// Words that tie a source to its domain by the preposition after them ("close" in
    /// "a source close to the ministry").
    pub source_links: Sieved<WordSet>,
    pub generic_roles: Sieved<WordSet>,
    /// Nouns of origin that name a person alone ("the Spaniard", « le Breton »),
    /// `origin_epithets.txt`.
    pub origin_epithets: WordSet,
    /// Endings of demonyms that do not change in the plural ("Chinese", « Français »),
    /// `demonym_suffixes.txt`.
    pub invariable_demonyms: Vec<String>,
    /// Ranks worn as a title before a name, after the person's role
    /// (`honorific_roles.txt`).
    pub honorific_roles: WordSet,
    /// Words opening a past role ("former", « ancien »), `former_markers.txt`.
    pub former_markers: Sieved<WordSet>,
    /// Endings of a word naming a person by age, after its number ("54-year-old",
    /// `age_epithets.txt`).
    pub age_epithets: Vec<String>,
    /// Nouns naming a person by the decade of their age, with its first year
    /// (« quinquagénaire » 50), `age_nouns.tsv`.
    pub age_nouns: FastMap<String, u32>,
    /// Words written elided before a vowel, with their elided form (« de » → « d' »),
    /// `elisions.tsv`.
    pub elisions: FastMap<String, String>,
    /// The endings that stay in a word after an apostrophe ("Moody's"), `orthography.tsv`.
    pub kept_after_apostrophe: Vec<&'static str>,
    /// Whether a capitalised demonym is a noun of people, never an adjective (« l'Espagnol
    /// Kilian Jornet »; English capitalises "the Iranian Foreign Ministry" too),
    /// `orthography.tsv`.
    pub capitalised_demonym_nouns: bool,
    /// Whether a common noun may open a sentence with no determiner ("Growth was weaker"),
    /// `bare_nouns open` in `orthography.tsv`.
    pub bare_nouns: bool,
    /// The articles before a role's domain where the language capitalises only the
    /// domain's first word (« ministre de l'Agriculture »), `orthography.tsv`.
    pub domain_articles: Vec<&'static str>,
    /// The word after an apostrophe that makes a possessive ("Korea's"), if the language
    /// has one (`noun_phrases.tsv`).
    possessive: Option<&'static str>,
    /// Indefinite determiners: a role after one is someone new ("un porte-parole").
    pub indefinites: Sieved<WordSet>,
    /// Lower-case first names that show a person's gender.
    pub first_names: WordMap<Gender>,
    /// Determiners that open an organisation's noun and the grammatical gender they show
    /// (`thing_genders.tsv`): None for an elided one that hides it (« l'Agence »).
    pub thing_genders: FastMap<String, Option<Gender>>,
    /// Endings of nouns naming a person by trade ("-logue", "-ist"), `person_suffixes.txt`.
    pub person_suffixes: Vec<String>,
    /// Endings of infinitives a verb of saying takes bare (« espère rétablir »),
    /// `infinitive_endings.txt`.
    pub infinitive_endings: Vec<String>,
    /// Endings of present participles (`participle_endings.txt`).
    pub participle_endings: Vec<String>,
    /// Endings of regular past forms (`past_endings.txt`).
    pub past_endings: Vec<String>,
    /// Lemmas of verbs of saying whose other sense adds to a count (`count_senses.txt`).
    pub count_senses: WordSet,
    /// Lemmas of the verbs that take any infinitive (`infinitive_cues.txt`).
    pub infinitive_cues: WordSet,
    /// Words opening an infinitive after such a verb ("to"), `infinitive_markers.txt`.
    pub infinitive_markers: WordSet,
    /// Nouns of figure that make an object an estimate (« bilan », "toll"),
    /// `estimate_nouns.txt`.
    pub estimate_nouns: WordSet,
    /// Words after the object of a verb of justification that give its cause (« par »,
    /// "by"), `cause_links.txt`.
    pub cause_links: WordSet,
    /// Nouns of reply or figure that a headline's cue takes alone as its last word
    /// ("Minsk vows response"), `headline_nouns.txt`.
    pub headline_nouns: WordSet,
    /// Words linking a convicted object to its penalty (« à », "to"), `sentence_links.txt`.
    pub sentence_links: WordSet,
    /// Nouns of penalty (« amende », "prison"), `penalty_nouns.txt`.
    pub penalty_nouns: WordSet,
    /// Lemmas of verbs of declaring that perform an act (`act_verbs.txt`: "declare").
    pub act_verbs: WordSet,
    /// Irregular past forms of verbs (`past_forms.txt`: "took", « conclu »), with the
    /// regular "-ed" read from the spelling: construction `coordinated-act-end`.
    pub past_forms: Sieved<WordSet>,
    /// Nouns of acts of authority they perform ("emergency", « couvre-feu »),
    /// `act_nouns.txt`.
    pub act_nouns: WordSet,
    /// Lemmas of verbs of saying that also give away a score (`match_verbs.txt`: "concede").
    pub match_verbs: WordSet,
    /// Nouns of what a side gives away in a match ("goals", « défaite »), `match_nouns.txt`.
    pub match_nouns: WordSet,
    /// Lemmas of verbs of saying with another sense, and the nouns of an object that
    /// choose it ("defend": "city", "title"), `object_senses.tsv`.
    pub object_senses: FastMap<String, FastSet<String>>,
    /// Nouns of an audience or occasion a cue speaks to ("briefing", « presse »),
    /// `audiences.txt`.
    pub audiences: WordSet,
    /// Prepositions that open a setting phrase ("in", « lors »), `setting_openers.txt`
    /// (construction `setting-end`).
    pub setting_openers: WordSet,
    /// Nouns of the medium or occasion a statement is made in ("statement", « entretien »),
    /// `setting_nouns.txt` (construction `setting-end`).
    pub setting_nouns: WordSet,
    /// Words after an object that give it as an estimate, and whether a figure must follow
    /// them ("at 38", "far higher"), `estimate_links.tsv`.
    pub estimate_links: FastMap<String, bool>,
    /// Small number words (`small_numbers.tsv`): « quatre » is no infinitive.
    pub number_words: WordSet,
    pub journalists: Sieved<WordSet>,
    /// Prepositions of origin after a person's name ("from"), `origin_prepositions.txt`.
    pub origin_prepositions: Sieved<WordSet>,
    /// Prepositions of place after a subject's head ("in", « à »),
    /// `locative_prepositions.txt`.
    pub locative_prepositions: WordSet,
    /// Prepositions that open a fronted phrase of place or time before a subject ("In the
    /// Senate,", « Dans l'hémicycle, »), `fronted_prepositions.txt` (construction
    /// `fronted-subject-apposition`).
    pub fronted_prepositions: WordSet,
    /// Sides that speak with one voice, named by a common noun alone (« l'accusation », « la
    /// défense »): a source of « Pour X, … », `speaking_sides.txt`.
    pub speaking_sides: WordSet,
    /// Words that open a clause or a phrase right before a source between commas (« où,
    /// selon X, … », "which, according to X, …"), `marker_openers.txt`.
    pub marker_openers: WordSet,
    /// Words that may sit between a role and its holder's name besides demonyms
    /// ("Secretary General"; "*" where adjectives follow the noun), `role_gaps.txt`.
    pub role_gaps: WordSet,
    /// Nouns of data a source provides ("data", « données »), `data_nouns.txt`.
    pub data_nouns: WordSet,
    pub counterparts: Sieved<WordSet>,
    pub titles: Sieved<WordSet>,
    /// The titles of [`Lex::titles`] that end with a period, without it.
    titles_with_period: Sieved<WordSet>,
    pub markers: PhraseList,
    /// The cue lemma of each of [`Lex::markers`] ("selon", "according to").
    pub marker_lemmas: Vec<&'static str>,
    /// Lemmas of the markers read only at the start of a sentence ("Pour X, …").
    pub initial_markers: Vec<&'static str>,
    /// Lemmas of the markers whose source is the possessive inside them, read only at the
    /// start of a sentence ("In his words, …", « Selon ses termes, … »).
    pub possessive_markers: Vec<&'static str>,
    /// Lemmas of the markers read only after a comma, their source closing the sentence
    /// ("…, so the company.", a German order in translations).
    pub final_markers: Vec<&'static str>,
    /// Inverted subject pronouns, longest suffix first.
    pub inversions: Vec<Inversion>,
    /// Lemmas of verbs of asking ("demander", "ask").
    pub question_verbs: Sieved<WordSet>,
    /// Phrases that introduce a reporting verb's infinitive or participle ("tenu à").
    pub cue_openers: Vec<Vec<String>>,
    /// Month names and abbreviations (`months.tsv`): "le 16 novembre" is a time phrase.
    pub months: &'static crate::lexicon::Months,
    /// Openers that assert after a negation ("n'a cessé de"), `affirming_negations.txt`.
    pub affirming_negations: PhraseList,
    /// Objects that request anonymity ("not to be named"), `anonymity_requests.txt`.
    pub anonymity_requests: PhraseList,
    /// The writer's reminders to the reader ("it will be recalled"), `reminders.txt`.
    pub reminders: PhraseList,
    /// Phrases pointing back at the sentence before, right before an inverted cue ("about
    /// this"), `anaphoric_openers.txt`.
    pub anaphoric_openers: PhraseList,
    /// Quantifiers that open an object and ask for a comparison (« davantage de », "so many"),
    /// `comparative_openers.txt`: the « que » / "that" after them completes it.
    pub comparative_openers: PhraseList,
    /// Quantifiers that open an object as a determiner does ("more", « davantage de »),
    /// `object_quantifiers.txt`.
    pub object_quantifiers: PhraseList,
    /// Phrases that open a clause by naming the source of its impersonal subject (« De
    /// source militaire, on indiquait … »), `impersonal_sources.txt`.
    pub impersonal_sources: PhraseList,
    /// Phrases placing an impersonal subject at its source, named after them (« Chez
    /// Renault, on assure … »), `impersonal_places.txt`.
    pub impersonal_places: PhraseList,
    /// First-person subject pronouns ("je", "I"): their speaker is not reported.
    pub first_person: Sieved<WordSet>,
    /// Nouns of documents a participle cue may follow ("un communiqué indiquant que").
    pub document_nouns: Sieved<WordSet>,
    /// Participles of reading, obtaining, relaying or questioning a source
    /// (`relay_participles.txt`: "seen", « consulté »).
    pub relay_participles: Sieved<WordSet>,
    /// Studies, reports and inquiries that find or show (`finding_sources.txt`).
    pub finding_sources: Sieved<WordSet>,
    /// Nouns of events, outcomes and weather (`event_nouns.txt`): a subject
    /// headed by one names no speaker ("Le scrutin annonce …", "The result confirms …").
    pub event_nouns: Sieved<WordSet>,
    /// Labels of an interviewer's question ("q", "question"), lower case, without periods.
    pub question_labels: Sieved<WordSet>,
    /// Verb forms that are also nouns used as modifiers or subjects ("state", "reports").
    pub noun_homographs: Sieved<WordSet>,
    /// Adjectives that stand before their noun ("next", « prochaine »): after an article,
    /// the verb form they precede is a noun, `prenominal_adjectives.txt`.
    pub prenominal_adjectives: WordSet,
    /// Words that open a comparative clause framing a report ("as", "comme").
    pub as_markers: Sieved<WordSet>,
    /// Prepositions that open an absolute clause whose noun phrase is the subject of the
    /// participle after it ("with officials reporting …"), `absolute_markers.txt`.
    pub absolute_markers: Sieved<WordSet>,
    /// Words that link a verb of naming to the quoted name it gives ("as", « de », « comme »),
    /// `naming_links.txt`.
    pub naming_links: WordSet,
    /// Party initials of an affiliation tag after a name ("R-Iowa", `party_tags.txt`).
    pub party_tags: Sieved<WordSet>,
    /// Post-nominal letters between commas after a name ("KC", "Jr", `name_suffixes.txt`).
    pub name_suffixes: WordSet,
    /// Phrases that open a condition ("pour autant que", "if"): a cue there is hypothetical.
    pub conditionals: Vec<Vec<String>>,
    /// Normalised phrase → place; keys are space-joined lower-case tokens.
    pub places: Places,
    /// Longest place name, in tokens.
    pub place_len: usize,
    /// First words of the place names.
    pub place_heads: WordMap<()>,
    /// The beginnings of the place names that a space follows ("new", "new south").
    pub place_prefixes: WordMap<()>,
    /// Lower-case demonym adjective (any inflection) → ISO code.
    pub demonyms: WordMap<&'static str>,
}

impl Lex {
    /// The classes of a lower-case word.
    pub fn class(&self, word: &str) -> u32 {
        self.class_and_verb_form(word).0
    }

    /// The classes of a lower-case word, and whether it is a form of a reporting verb
    /// ([`Lex::forms`]): one look-up for both.
    pub fn class_and_verb_form(&self, word: &str) -> (u32, bool) {
        let bits = self.classes.get(word).map_or(0, |e| e.bits);
        (bits & !class::VERB_FORM, bits & class::VERB_FORM != 0)
    }

    /// The reporting verbs (indices) a lower-case word is a form of, and how, the longest
    /// multiword verb first ("table sur" is "tabler sur" before "tabler").
    pub fn forms(&self, word: &str) -> Option<impl Iterator<Item = (usize, Form)> + Clone + '_> {
        let e = self.classes.get(word).filter(|e| e.len > 0)?;
        let run = self
            .verb_forms
            .get(usize::from(e.start)..usize::from(e.start) + usize::from(e.len))?;
        Some(run.iter().map(|&(v, f)| (usize::from(v), f)))
    }

    /// Whether a lower-case word has a [`word`] class.
    pub fn has(&self, word: &str, class: u16) -> bool {
        self.words.get(word).is_some_and(|&c| c & class != 0)
    }

    /// Whether a cue lemma is that of a source marker ("selon").
    pub fn is_marker_lemma(&self, lemma: &str) -> bool {
        self.marker_lemmas.contains(&lemma)
    }

    /// Whether a cue lemma is that of a marker whose source is the possessive inside it.
    pub fn is_possessive_marker(&self, lemma: &str) -> bool {
        self.possessive_markers.contains(&lemma)
    }

    /// Whether a cue lemma is that of a marker read only after a comma, its source closing
    /// the sentence.
    pub fn is_final_marker(&self, lemma: &str) -> bool {
        self.final_markers.contains(&lemma)
    }

    /// Whether a cue lemma is that of a marker read only at the start of a sentence.
    pub fn is_initial_marker(&self, lemma: &str) -> bool {
        self.initial_markers.contains(&lemma)
    }

    /// The possessor of a singular possessive word, lower case ("korea's" → "korea").
    pub fn possessor<'w>(&self, word: &'w str) -> Option<&'w str> {
        word.strip_suffix(self.possessive?)?
            .strip_suffix('\'')
            .filter(|stem| !stem.is_empty())
    }

    /// Whether a lower-case word is possessive: singular ("the company's") or plural,
    /// where the apostrophe follows the possessive ending ("the companies'").
    pub fn is_possessive(&self, word: &str) -> bool {
        self.possessor(word).is_some()
            || self.possessive.is_some_and(|ending| {
                word.strip_suffix('\'')
                    .is_some_and(|stem| stem.len() > ending.len() && stem.ends_with(ending))
            })
    }

    /// Whether a lower-case word has a regular past ending (`past_endings.txt`) after a stem
    /// of at least `stem` letters ("destroyed", « annoncé »).
    pub fn has_past_ending(&self, word: &str, stem: usize) -> bool {
        self.past_endings
            .iter()
            .any(|e| word.len() >= e.len() + stem && word.ends_with(e.as_str()))
    }

    /// The role a lower-case role noun names: the word when it is listed, else its singular
    /// ("spokesmen" → "spokesman").
    pub fn role_lemma(&self, word: &str) -> String {
        self.roles
            .get(word)
            .map(|role| role.to_string())
            .unwrap_or_else(|| self.plurals.strip(word).unwrap_or(word).to_string())
    }

    /// Whether a lower-case word is a role noun, singular or plural.
    pub fn is_role(&self, word: &str) -> bool {
        let listed =
            |w: &str| self.role_forms.may_hold(w) && with_plural(&self.roles, &self.plurals, w);
        listed(word)
            || self.prefixed_role_forms.may_hold(word) && self.unprefixed(word).is_some_and(listed)
    }

    /// Whether a lower-case word is a role noun in the singular, also after a prefix of
    /// rank.
    pub fn is_singular_role(&self, word: &str) -> bool {
        self.roles.contains(word)
            || self
                .unprefixed(word)
                .is_some_and(|b| self.roles.contains(b))
    }

    /// The word without its prefix of rank (« sous-gouverneure » → « gouverneure »).
    fn unprefixed<'w>(&self, word: &'w str) -> Option<&'w str> {
        self.role_prefixes
            .iter()
            .find_map(|p| word.strip_prefix(p))
            .filter(|base| !base.is_empty())
    }

    /// Whether a lower-case word names a person by age: a number and an ending of
    /// `age_epithets.txt` ("54-year-old").
    pub fn is_age_epithet(&self, word: &str) -> bool {
        let rest = word.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < word.len() && self.age_epithets.iter().any(|e| rest == e)
    }

    /// The ages a role naming a person by age covers: "54-year-old" 54 to 54,
    /// « quinquagénaire » 50 to 59.
    pub fn age_span(&self, role: &str) -> Option<(u32, u32)> {
        if self.is_age_epithet(role) {
            let digits = role.len() - role.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let age = role[..digits].parse().ok()?;
            return Some((age, age));
        }
        self.age_nouns.get(role).map(|&d| (d, d + 9))
    }

    /// Whether a role is vague enough to refer back to the current speaker or the person
    /// who opened the sentence before ("the official", "the 54-year-old").
    pub fn is_generic_role(&self, role: &str) -> bool {
        self.generic_roles.contains(role)
            || self.is_age_epithet(role)
            || self.is_origin_epithet(role)
    }

    /// Whether a lower-case word names a person by origin alone (construction
    /// `origin-epithet`): a noun of `origin_epithets.txt`, or a country's demonym in a
    /// singular form (not one ending like a plural, nor one that does not change in the
    /// plural: "the Chinese" may be the country).
    pub fn is_origin_epithet(&self, word: &str) -> bool {
        self.origin_epithets.contains(word)
            || self.demonyms.contains_key(word)
                && !word.ends_with(['s', 'x'])
                && !self
                    .invariable_demonyms
                    .iter()
                    .any(|e| word.ends_with(e.as_str()))
    }

    /// Whether a role names a past office ("former prime minister", « ex-président »).
    pub fn is_former_role(&self, role: &str) -> bool {
        role.to_lowercase()
            .split_once([' ', '-'])
            .is_some_and(|(w, rest)| !rest.is_empty() && self.former_markers.contains(w))
    }

    /// Whether the two lower-case words `a b` are a role ("vice président").
    pub fn is_role_pair(&self, a: &str, b: &str) -> bool {
        self.role_heads.contains(a)
            && super::words::with_joined(a, " ", b, |key| self.roles.contains(key))
    }

    /// Whether a lower-case word is a title, or is one when a period follows it.
    pub fn is_title_before_period(&self, word: &str) -> bool {
        self.titles.contains(word) || self.titles_with_period.contains(word)
    }

    /// Whether a lower-case word heads an organisation, singular or plural.
    pub fn is_org(&self, word: &str) -> bool {
        self.org_forms.may_hold(word) && with_plural(&self.orgs, &self.plurals, word)
    }
}

/// Whether `word` or its singular ([`Plurals::strip`]) is one of `words`.
fn with_plural(words: &Sieved<WordSet>, plurals: &Plurals, word: &str) -> bool {
    words.contains(word) || plurals.strip(word).is_some_and(|s| words.contains(s))
}

/// A sieve of `words` and of their regular plurals: the words [`with_plural`] may accept.
fn plural_sieve(words: &WordSet, plurals: &Plurals) -> Sieve {
    let mut sieve = Sieve::sized(words.len() * 3);
    for word in words {
        add_with_plurals(&mut sieve, "", word, plurals);
    }
    sieve
}

/// Marks the shapes of `prefix` + `word` and of its regular plurals in `sieve`.
fn add_with_plurals(sieve: &mut Sieve, prefix: &str, word: &str, plurals: &Plurals) {
    let mut form = String::with_capacity(prefix.len() + word.len() + 3);
    form.push_str(prefix);
    form.push_str(word);
    sieve.insert(&form);
    let stem = form.len();
    for (end, added) in plurals.additions() {
        if word.ends_with(end) {
            form.truncate(stem);
            form.push_str(added);
            sieve.insert(&form);
        }
    }
}

/// A word of [`Lex::classes`]: its token classes ([`class`]) and the run of its verbs in
/// [`Lex::verb_forms`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Entry {
    bits: u32,
    start: u16,
    len: u16,
}

/// Lower-case word → its token classes, and → its word classes ([`word`]).
type Classes = (WordMap<Entry>, WordMap<u16>);

/// Each lower-case form of a reporting verb, the verb (index) and how, in file order.
type VerbForms = Vec<(Cow<'static, str>, usize, Form)>;

/// `text` folded ([`crate::chars::fold`]), borrowed when each of its characters already is.
fn lower_static(text: &'static str) -> Cow<'static, str> {
    let is_lower = |c: char| {
        let mut l = c.to_lowercase();
        c != '’' && l.next() == Some(c) && l.next().is_none()
    };
    if text.chars().all(is_lower) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(crate::chars::fold(text))
    }
}

/// Frame letters of the reporting verbs file.
const FRAMES: &str = "QORSAXPTDNLFECWM";

/// The reporting verbs and their forms (lower case) of `reporting_verbs.tsv`.
fn parse_verbs(verb_file: &File) -> Result<(Vec<Verb>, VerbForms), LexiconError> {
    let mut verbs = Vec::new();
    let mut forms = Vec::new();
    for (line, cols) in verb_file.rows(2, 6)? {
        let mut cols = cols.into_iter();
        let lemma_full = cols.next().unwrap_or("").trim();
        let frames = cols.next().unwrap_or("").trim();
        if let Some(bad) = frames.chars().find(|&c| !FRAMES.contains(c)) {
            return Err(verb_file.error(line, format!("unknown frame letter {bad:?}")));
        }
        let mut words = lemma_full.split_whitespace();
        words.next();
        let tail: Vec<String> = words.map(crate::chars::fold).collect();
        let id = verbs.len();
        verbs.push(Verb {
            lemma: lemma_full,
            tail,
            que: frames.contains('Q'),
            object: frames.contains('O'),
            reflexive: frames.contains('R'),
            bare: frames.contains('S'),
            prep_object: frames.contains('A'),
            negated: frames.contains('X'),
            prep_phrase: frames.contains('P'),
            target: frames.contains('T'),
            addressee: frames.contains('D'),
            names: frames.contains('N'),
            link_names: frames.contains('L'),
            figure_object: frames.contains('F'),
            estimate: frames.contains('E'),
            cause: frames.contains('C'),
            document_subject: frames.contains('W'),
            possessive_object: frames.contains('M'),
        });
        // the generated columns: finite, past participles, present participles, infinitive
        let kinds = [
            Form::Finite,
            Form::Participle,
            Form::Present,
            Form::Infinitive,
        ];
        for (column, kind) in cols.zip(kinds) {
            for form in column.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                forms.push((lower_static(form), id, kind));
            }
        }
    }
    Ok((verbs, forms))
}

/// Marks the forms of `forms` as [`class::VERB_FORM`] in `classes` and lays out their verbs,
/// each once, in one run per form, a multiword verb before the verb it extends, so that
/// the first lemma whose tail follows is the longest ("table sur" is "tabler sur", not
/// "tabler").
/// More than 65,535 verbs or verb forms is an error of `verb_file`.
fn add_verb_forms(
    classes: &mut WordMap<Entry>,
    verbs: &[Verb],
    forms: VerbForms,
    verb_file: &File,
) -> Result<Box<[(u16, Form)]>, LexiconError> {
    // the forms grouped by text in the order each first comes, the verbs of a form in file
    // order: a number per distinct form, then a counting sort by it (linear; a sort of the
    // strings cost about 3.9M instructions of loading)
    let mut numbers: FastMap<&str, u32> = FastMap::default();
    numbers.reserve(forms.len());
    let group: Vec<u32> = forms
        .iter()
        .map(|(form, _, _)| {
            let next = numbers.len() as u32;
            *numbers.entry(form).or_insert(next)
        })
        .collect();
    let mut firsts = vec![0u32; numbers.len() + 1];
    for &g in &group {
        firsts[g as usize + 1] += 1;
    }
    for g in 1..firsts.len() {
        firsts[g] += firsts[g - 1];
    }
    let mut order = vec![0u32; forms.len()];
    let mut next = firsts.clone();
    for (k, &g) in group.iter().enumerate() {
        order[next[g as usize] as usize] = k as u32;
        next[g as usize] += 1;
    }
    let too_many = || verb_file.error(0, "more than 65,535 verbs or verb forms".to_string());
    let mut runs: Vec<(u16, Form)> = Vec::with_capacity(forms.len());
    for members in firsts.windows(2) {
        let members = &order[members[0] as usize..members[1] as usize];
        let Some(&first) = members.first() else {
            continue;
        };
        let start = runs.len();
        for &k in members {
            let (_, v, kind) = forms[k as usize];
            let v = u16::try_from(v).map_err(|_| too_many())?;
            if !runs[start..].contains(&(v, kind)) {
                runs.push((v, kind));
            }
        }
        runs[start..].sort_by_key(|&(v, _)| std::cmp::Reverse(verbs[usize::from(v)].tail.len()));
        let entry = classes.entry_or_insert_with(&forms[first as usize].0, Entry::default);
        entry.bits |= class::VERB_FORM;
        entry.start = u16::try_from(start).map_err(|_| too_many())?;
        entry.len = u16::try_from(runs.len() - start).map_err(|_| too_many())?;
    }
    Ok(runs.into_boxed_slice())
}

/// The token classes and word classes of the words of `grammar.tsv`.
fn parse_grammar(grammar: &File) -> Result<Classes, LexiconError> {
    let mut classes = WordMap::new();
    let mut words = WordMap::new();
    for (line, word, name) in grammar.pairs()? {
        let Some((bit, word_bit)) = class_named(name) else {
            return Err(grammar.error(line, format!("unknown class {name:?}")));
        };
        if word_bit != 0 {
            *words.entry_or_insert_with(word, || 0) |= word_bit;
        }
        if bit != 0 {
            classes.entry_or_insert_with(word, Entry::default).bits |= bit;
        }
    }
    words.shrink_to_fit();
    Ok((classes, words))
}

/// The `kept_after_apostrophe` endings of `orthography.tsv`, and whether a capitalised
/// demonym is a noun of people (`demonym_nouns capitalised`), the `domain_articles`, and
/// whether a common noun may open a sentence bare (`bare_nouns open`).
type Orthography = (Vec<&'static str>, bool, Vec<&'static str>, bool);

fn orthography(file: &File) -> Result<Orthography, LexiconError> {
    let mut kept = Vec::new();
    let mut capitalised_demonyms = false;
    let mut domain_articles = Vec::new();
    let mut bare_nouns = false;
    for (line, key, value) in file.pairs()? {
        match (key, value) {
            ("kept_after_apostrophe", _) => kept.extend(value.split('|')),
            ("domain_articles", _) => domain_articles.extend(value.split('|')),
            ("demonym_nouns", "capitalised") => capitalised_demonyms = true,
            ("bare_nouns", "open") => bare_nouns = true,
            _ => return Err(file.error(line, format!("unknown key {key:?}"))),
        }
    }
    Ok((kept, capitalised_demonyms, domain_articles, bare_nouns))
}

/// Parses the lexicons of a language; an unknown class name or frame letter, or a wrong
/// number of columns, is an error naming the file and line. `possessive` is the word after
/// an apostrophe that makes a possessive, read with the noun phrases (`noun_phrases.tsv`).
pub(crate) fn load(
    lang: Lang,
    possessive: Option<&'static str>,
    plurals: Plurals,
    time_phrases: &[String],
) -> Result<Lex, LexiconError> {
    let (kept, capitalised_demonym_nouns, domain_articles, bare_nouns) =
        orthography(&lexicon_strict_file!(lang, "orthography.tsv"))?;
    let verb_file = lexicon_strict_file!(lang, "reporting_verbs.tsv");
    let (verbs, forms) = parse_verbs(&verb_file)?;
    let (mut classes, words) = parse_grammar(&lexicon_strict_file!(lang, "grammar.tsv"))?;
    let age_file = lexicon_strict_file!(lang, "age_nouns.tsv");
    let mut age_nouns = FastMap::default();
    for (line, noun, decade) in age_file.pairs()? {
        let Ok(decade) = decade.parse::<u32>() else {
            return Err(age_file.error(line, format!("not an age: {decade:?}")));
        };
        age_nouns.insert(noun.to_string(), decade);
    }
    let phrases = |file: File| -> Result<Vec<Vec<String>>, LexiconError> {
        Ok(file
            .words()?
            .into_iter()
            .map(|e| {
                normalize_phrase(e, &kept)
                    .split(' ')
                    .map(str::to_string)
                    .collect()
            })
            .collect())
    };
    // a word list kept as written: endings, suffixes, epithets
    let list = |file: File| -> Result<Vec<String>, LexiconError> {
        Ok(file.words()?.into_iter().map(str::to_string).collect())
    };
    let set = |file: File| -> Result<WordSet, LexiconError> {
        Ok(file
            .words()?
            .into_iter()
            .map(|e| normalize_static_phrase(e.trim_end_matches('.'), &kept))
            .collect())
    };
    let endings = Endings::load(lang)?;
    let mut places = PlacesBuilder::new();
    let mut demonyms = WordMap::new();
    // "la partie chinoise", "the Chinese side": a side named by a people stands for its state
    let sides = lexicon_strict_file!(lang, "state_sides.txt").words()?;
    for (_, cols) in lexicon_strict_file!(lang, "countries.tsv").rows(2, 4)? {
        let Some(&iso) = cols.first() else { continue };
        let names: Vec<&str> = cols
            .get(1)
            .map(|c| c.split('|').collect())
            .unwrap_or_default();
        let Some(&canonical) = names.first() else {
            continue;
        };
        let country = Place {
            kind: ActorType::Country,
            canonical,
            country: Some(iso),
        };
        for name in names
            .iter()
            .copied()
            .chain(cols.get(2).map(|c| c.split('|')).into_iter().flatten())
        {
            if !name.is_empty() {
                places.or_insert(&normalize_phrase(name, &kept), &country);
            }
        }
        for adjective in cols.get(3).map(|c| c.split('|')).into_iter().flatten() {
            if adjective.is_empty() {
                continue;
            }
            for form in endings.inflect(adjective) {
                demonyms.entry_or_insert_with(&crate::chars::fold(&form), || iso);
                // "les Américains": the people stands for its state (the key is the
                // normal form, lower case: the adjective's own)
                places.or_insert(&normalize_phrase(&form, &kept), &country);
                for side in &sides {
                    places.or_insert(
                        &normalize_phrase(&side.replace('~', &form), &kept),
                        &country,
                    );
                }
            }
        }
    }
    for (_, cols) in lexicon_strict_file!(lang, "institutions.tsv").rows(4, 4)? {
        let (Some(name), Some(kind)) = (cols.first(), cols.get(1)) else {
            continue;
        };
        let kind = if *kind == "country" {
            ActorType::Country
        } else {
            ActorType::Organization
        };
        let country = cols.get(2).filter(|c| **c != "-").copied();
        let place = Place {
            kind,
            canonical: name,
            country,
        };
        places.insert(&normalize_phrase(name, &kept), &place);
    }
    let mut places = places.built;
    places.names.shrink_to_fit();
    places.places.shrink_to_fit();
    demonyms.shrink_to_fit();
    let adverb_phrases =
        PhraseList::new(phrases(lexicon_strict_file!(lang, "adverb_phrases.txt"))?);
    let number_qualifiers = PhraseList::new(
        lexicon_strict_file!(lang, "qualifiers.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, q, _)| {
                normalize_phrase(q, &kept)
                    .split(' ')
                    .map(str::to_string)
                    .collect()
            })
            .collect(),
    );
    let time_phrases = PhraseList::new(
        time_phrases
            .iter()
            .map(|p| {
                normalize_phrase(p, &kept)
                    .split(' ')
                    .map(str::to_string)
                    .collect()
            })
            .collect(),
    );
    let marker_file = lexicon_strict_file!(lang, "source_markers.tsv");
    let mut markers = Vec::new();
    let mut marker_lemmas = Vec::new();
    let mut initial_markers = Vec::new();
    let mut possessive_markers = Vec::new();
    let mut final_markers = Vec::new();
    for (line, cols) in marker_file.rows(2, 3)? {
        let lemma = cols[1].trim();
        markers.push(
            normalize_phrase(cols[0], &kept)
                .split(' ')
                .map(str::to_string)
                .collect(),
        );
        marker_lemmas.push(lemma);
        match cols.get(2).map(|c| c.trim()) {
            None => {}
            Some("initial") => initial_markers.push(lemma),
            Some("possessive") => possessive_markers.push(lemma),
            Some("final") => final_markers.push(lemma),
            Some(flag) => return Err(marker_file.error(line, format!("unknown flag {flag:?}"))),
        }
    }
    let inversion_file = lexicon_strict_file!(lang, "inversions.tsv");
    let mut inversions = Vec::new();
    for (line, suffix, number) in inversion_file.pairs()? {
        let plural = match number {
            "sg" => false,
            "pl" => true,
            _ => return Err(inversion_file.error(line, format!("unknown number {number:?}"))),
        };
        let pronoun = suffix.rsplit('-').next().unwrap_or(suffix);
        inversions.push(Inversion {
            suffix,
            pronoun,
            plural,
        });
    }
    // a suffix of another suffix comes after it
    inversions.sort_by_key(|inv| std::cmp::Reverse(inv.suffix.len()));
    let markers = PhraseList::new(markers);
    let affirming_negations = PhraseList::new(phrases(lexicon_strict_file!(
        lang,
        "affirming_negations.txt"
    ))?);
    let anonymity_requests = PhraseList::new(phrases(lexicon_strict_file!(
        lang,
        "anonymity_requests.txt"
    ))?);
    let reminders = PhraseList::new(phrases(lexicon_strict_file!(lang, "reminders.txt"))?);
    let anaphoric_openers = PhraseList::new(phrases(lexicon_strict_file!(
        lang,
        "anaphoric_openers.txt"
    ))?);
    let comparative_openers = PhraseList::new(phrases(lexicon_strict_file!(
        lang,
        "comparative_openers.txt"
    ))?);
    let object_quantifiers = PhraseList::new(phrases(lexicon_strict_file!(
        lang,
        "object_quantifiers.txt"
    ))?);
    let impersonal_sources = PhraseList::new(phrases(lexicon_strict_file!(
        lang,
        "impersonal_sources.txt"
    ))?);
    let impersonal_places = PhraseList::new(phrases(lexicon_strict_file!(
        lang,
        "impersonal_places.txt"
    ))?);
    for phrase in adverb_phrases
        .iter()
        .chain(markers.iter())
        .chain(affirming_negations.iter())
        .chain(anonymity_requests.iter())
        .chain(reminders.iter())
        .chain(anaphoric_openers.iter())
        .chain(impersonal_sources.iter())
        .chain(impersonal_places.iter())
    {
        if let Some(first) = phrase.first() {
            classes.entry_or_insert_with(first, Entry::default).bits |= class::PHRASE;
        }
    }
    let verb_forms = add_verb_forms(&mut classes, &verbs, forms, &verb_file)?;
    classes.shrink_to_fit();
    let place_len = places
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    // the roles, and each role of one word with a prefix of rank (« sous-gouverneure »,
    // "vice-chair"; not « vice-Premier ministre », whose « ministre » is the role named)
    let role_prefixes = lexicon_strict_file!(lang, "role_prefixes.txt").words()?;
    let roles = set(lexicon_strict_file!(lang, "roles.txt"))?;
    let one_word_roles = roles.iter().filter(|r| !r.contains(' '));
    let mut prefixed_role_forms =
        Sieve::sized(one_word_roles.clone().count() * role_prefixes.len() * 2);
    for role in one_word_roles {
        for prefix in &role_prefixes {
            add_with_plurals(&mut prefixed_role_forms, prefix, role, &plurals);
        }
    }
    let orgs = set(lexicon_strict_file!(lang, "organizations.txt"))?;
    let role_heads: WordSet = roles
        .iter()
        .filter_map(|role| {
            role.split_once(' ')
                .map(|(head, _)| head.to_string().into())
        })
        .collect();
    let role_synonyms: FastMap<String, String> = lexicon_strict_file!(lang, "role_synonyms.tsv")
        .pairs()?
        .into_iter()
        .map(|(_, phrase, office)| {
            (
                normalize_phrase(phrase, &kept),
                normalize_phrase(office, &kept),
            )
        })
        .collect();
    let mut role_hypernyms: FastMap<String, Vec<String>> = FastMap::default();
    for (_, general, specific) in lexicon_strict_file!(lang, "role_hypernyms.tsv").pairs()? {
        role_hypernyms.insert(
            normalize_phrase(general, &kept),
            specific
                .split(',')
                .map(|phrase| normalize_phrase(phrase, &kept))
                .collect(),
        );
    }
    let mut org_hypernyms: FastMap<String, Vec<String>> = FastMap::default();
    for (_, general, specific) in lexicon_strict_file!(lang, "org_hypernyms.tsv").pairs()? {
        org_hypernyms.insert(
            normalize_phrase(general, &kept),
            specific
                .split(',')
                .map(|phrase| normalize_phrase(phrase, &kept))
                .collect(),
        );
    }
    let title_pairs = lexicon_strict_file!(lang, "title_roles.tsv").pairs()?;
    let title_roles: FastMap<String, String> = title_pairs
        .iter()
        .map(|(_, title, role)| (title.to_string(), role.to_string()))
        .collect();
    let role_synonym_len = role_synonyms
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let role_synonym_prefixes = prefixes(role_synonyms.keys().map(String::as_str));
    let titles = set(lexicon_strict_file!(lang, "titles.txt"))?;
    let titles_with_period: WordSet = titles
        .iter()
        .filter_map(|t| t.strip_suffix('.').map(|t| t.to_string().into()))
        .collect();
    let place_prefixes = prefixes(places.keys());
    let place_heads: WordMap<()> = places
        .keys()
        .map(|k| k.split(' ').next().unwrap_or(""))
        .collect();
    let name_file = lexicon_strict_file!(lang, "first_names.tsv");
    let mut first_names = WordMap::new();
    for (line, name, g) in name_file.pairs()? {
        let gender = match g {
            "m" => Gender::Masculine,
            "f" => Gender::Feminine,
            _ => return Err(name_file.error(line, format!("unknown gender {g:?}"))),
        };
        first_names.insert(name, gender);
    }
    first_names.shrink_to_fit();
    let gender_file = lexicon_strict_file!(lang, "thing_genders.tsv");
    let mut thing_genders = FastMap::default();
    for (line, word, g) in gender_file.pairs()? {
        let gender = match g {
            "m" => Some(Gender::Masculine),
            "f" => Some(Gender::Feminine),
            "mf" => None,
            _ => return Err(gender_file.error(line, format!("unknown gender {g:?}"))),
        };
        thing_genders.insert(word.to_string(), gender);
    }
    let question_verbs: WordSet = lexicon_strict_file!(lang, "question_verbs.txt")
        .words()?
        .into_iter()
        .map(Cow::Borrowed)
        .collect();
    let possessives = lexicon_strict_file!(lang, "possessives.tsv").pairs()?;
    Ok(Lex {
        verbs,
        agreement: Agreement::load(&lexicon_strict_file!(lang, "agreement.tsv"))?,
        classes,
        verb_forms,
        words,
        adverb_phrases,
        number_qualifiers,
        time_phrase_firsts: {
            let mut sieve = Sieve::sized(time_phrases.len());
            for phrase in time_phrases.iter() {
                if let Some(first) = phrase.first() {
                    sieve.insert(first);
                }
            }
            sieve
        },
        time_phrases,
        role_forms: plural_sieve(&roles, &plurals),
        roles: roles.into(),
        role_heads: role_heads.into(),
        role_synonyms: role_synonyms.into(),
        role_hypernyms,
        org_hypernyms,
        org_voices: lexicon_strict_file!(lang, "org_voices.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, role, form)| (role.to_string(), form.to_string()))
            .collect(),
        title_roles: title_roles.clone().into(),
        titled_roles: title_pairs
            .iter()
            .map(|&(_, _, role)| Cow::Borrowed(role))
            .collect(),
        role_synonym_len,
        role_synonym_prefixes,
        distinct_roles: set(lexicon_strict_file!(lang, "distinct_roles.txt"))?.into(),
        org_forms: plural_sieve(&orgs, &plurals),
        orgs: orgs.into(),
        org_parts: set(lexicon_strict_file!(lang, "org_parts.txt"))?.into(),
        seat_epithets: set(lexicon_strict_file!(lang, "seat_epithets.txt"))?,
        public_bodies: set(lexicon_strict_file!(lang, "public_bodies.txt"))?,
        demonym_kinds: set(lexicon_strict_file!(lang, "demonym_kinds.txt"))?,
        possessed_form: possessives
            .iter()
            .find(|(_, w, _)| *w == "~")
            .map(|(_, _, f)| f.to_string())
            .unwrap_or_default(),
        possessives: possessives
            .iter()
            .filter(|(_, w, _)| *w != "~")
            .map(|(_, w, f)| (w.to_string(), f.to_string()))
            .collect(),
        date_suffixes: lexicon_strict_file!(lang, "date_suffixes.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, w, _)| Cow::Borrowed(w))
            .collect(),
        possessed_parts: lexicon_strict_file!(lang, "possessed_parts.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, w, k)| (w.to_string(), k.to_string()))
            .collect(),
        state_nouns: set(lexicon_strict_file!(lang, "state_nouns.txt"))?,
        others: set(lexicon_strict_file!(lang, "other_sources.txt"))?.into(),
        source_links: set(lexicon_strict_file!(lang, "source_links.txt"))?.into(),
        generic_roles: set(lexicon_strict_file!(lang, "generic_roles.txt"))?.into(),
        origin_epithets: set(lexicon_strict_file!(lang, "origin_epithets.txt"))?,
        invariable_demonyms: list(lexicon_strict_file!(lang, "demonym_suffixes.txt"))?,
        honorific_roles: set(lexicon_strict_file!(lang, "honorific_roles.txt"))?,
        former_markers: set(lexicon_strict_file!(lang, "former_markers.txt"))?.into(),
        age_epithets: list(lexicon_strict_file!(lang, "age_epithets.txt"))?,
        age_nouns,
        elisions: lexicon_strict_file!(lang, "elisions.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, word, elided)| (word.to_string(), elided.to_string()))
            .collect(),
        kept_after_apostrophe: kept.clone(),
        capitalised_demonym_nouns,
        bare_nouns,
        domain_articles,
        possessive,
        indefinites: set(lexicon_strict_file!(lang, "indefinites.txt"))?.into(),
        first_names,
        thing_genders,
        infinitive_cues: set(lexicon_strict_file!(lang, "infinitive_cues.txt"))?,
        infinitive_markers: set(lexicon_strict_file!(lang, "infinitive_markers.txt"))?,
        estimate_nouns: set(lexicon_strict_file!(lang, "estimate_nouns.txt"))?,
        cause_links: set(lexicon_strict_file!(lang, "cause_links.txt"))?,
        headline_nouns: set(lexicon_strict_file!(lang, "headline_nouns.txt"))?,
        sentence_links: set(lexicon_strict_file!(lang, "sentence_links.txt"))?,
        penalty_nouns: set(lexicon_strict_file!(lang, "penalty_nouns.txt"))?,
        act_verbs: set(lexicon_strict_file!(lang, "act_verbs.txt"))?,
        past_forms: set(lexicon_strict_file!(lang, "past_forms.txt"))?.into(),
        act_nouns: set(lexicon_strict_file!(lang, "act_nouns.txt"))?,
        match_verbs: set(lexicon_strict_file!(lang, "match_verbs.txt"))?,
        match_nouns: set(lexicon_strict_file!(lang, "match_nouns.txt"))?,
        object_senses: lexicon_strict_file!(lang, "object_senses.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, lemma, nouns)| {
                (
                    lemma.to_string(),
                    nouns.split(',').map(str::to_string).collect(),
                )
            })
            .collect(),
        audiences: set(lexicon_strict_file!(lang, "audiences.txt"))?,
        setting_openers: set(lexicon_strict_file!(lang, "setting_openers.txt"))?,
        setting_nouns: set(lexicon_strict_file!(lang, "setting_nouns.txt"))?,
        estimate_links: lexicon_strict_file!(lang, "estimate_links.tsv")
            .parsed_pairs("figure or any", |v| match v {
                "figure" => Some(true),
                "any" => Some(false),
                _ => None,
            })?
            .into_iter()
            .map(|(word, figure)| (word.to_string(), figure))
            .collect(),
        number_words: lexicon_strict_file!(lang, "small_numbers.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, word, _)| Cow::Borrowed(word))
            .collect(),
        infinitive_endings: list(lexicon_strict_file!(lang, "infinitive_endings.txt"))?,
        participle_endings: list(lexicon_strict_file!(lang, "participle_endings.txt"))?,
        past_endings: list(lexicon_strict_file!(lang, "past_endings.txt"))?,
        count_senses: set(lexicon_strict_file!(lang, "count_senses.txt"))?,
        person_suffixes: list(lexicon_strict_file!(lang, "person_suffixes.txt"))?,
        journalists: set(lexicon_strict_file!(lang, "journalists.txt"))?.into(),
        origin_prepositions: set(lexicon_strict_file!(lang, "origin_prepositions.txt"))?.into(),
        locative_prepositions: set(lexicon_strict_file!(lang, "locative_prepositions.txt"))?,
        fronted_prepositions: set(lexicon_strict_file!(lang, "fronted_prepositions.txt"))?,
        speaking_sides: set(lexicon_strict_file!(lang, "speaking_sides.txt"))?,
        marker_openers: set(lexicon_strict_file!(lang, "marker_openers.txt"))?,
        role_gaps: set(lexicon_strict_file!(lang, "role_gaps.txt"))?,
        data_nouns: set(lexicon_strict_file!(lang, "data_nouns.txt"))?,
        counterparts: set(lexicon_strict_file!(lang, "counterpart_roles.txt"))?.into(),
        titles: titles.into(),
        titles_with_period: titles_with_period.into(),
        markers,
        marker_lemmas,
        initial_markers,
        possessive_markers,
        final_markers,
        inversions,
        question_verbs: question_verbs.into(),
        cue_openers: phrases(lexicon_strict_file!(lang, "cue_openers.txt"))?,
        months: crate::lexicon::months(lang),
        affirming_negations,
        anonymity_requests,
        reminders,
        anaphoric_openers,
        comparative_openers,
        object_quantifiers,
        impersonal_sources,
        impersonal_places,
        first_person: set(lexicon_strict_file!(lang, "first_person.txt"))?.into(),
        document_nouns: set(lexicon_strict_file!(lang, "document_nouns.txt"))?.into(),
        relay_participles: set(lexicon_strict_file!(lang, "relay_participles.txt"))?.into(),
        finding_sources: set(lexicon_strict_file!(lang, "finding_sources.txt"))?.into(),
        event_nouns: set(lexicon_strict_file!(lang, "event_nouns.txt"))?.into(),
        question_labels: set(lexicon_strict_file!(lang, "question_labels.txt"))?.into(),
        noun_homographs: set(lexicon_strict_file!(lang, "noun_homographs.txt"))?.into(),
        prenominal_adjectives: set(lexicon_strict_file!(lang, "prenominal_adjectives.txt"))?,
        as_markers: set(lexicon_strict_file!(lang, "as_markers.txt"))?.into(),
        absolute_markers: set(lexicon_strict_file!(lang, "absolute_markers.txt"))?.into(),
        naming_links: set(lexicon_strict_file!(lang, "naming_links.txt"))?,
        party_tags: set(lexicon_strict_file!(lang, "party_tags.txt"))?.into(),
        name_suffixes: set(lexicon_strict_file!(lang, "name_suffixes.txt"))?,
        conditionals: phrases(lexicon_strict_file!(lang, "conditionals.txt"))?,
        places,
        place_len,
        place_heads,
        place_prefixes,
        demonyms,
        prefixed_role_forms,
        role_prefixes,
        plurals,
    })
}

/// The beginnings of the phrases that a space follows ("chef", "chef de" for "chef de
/// la diplomatie"), to stop reading words once no phrase can match.
fn prefixes<'k>(phrases: impl Iterator<Item = &'k str>) -> WordMap<()> {
    phrases
        .flat_map(|k| {
            // (a byte scan: a space is one byte, and the search for a pattern cost more)
            k.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b' ')
                .map(|(at, _)| &k[..at])
        })
        .collect()
}

/// The inflection rules of demonym adjectives (`demonym_endings.tsv`).
#[derive(Debug, Default)]
struct Endings {
    /// (ending, replacement), first match wins; the ending "*" matches any word.
    feminine: Vec<(&'static str, &'static str)>,
    plural: Vec<(&'static str, &'static str)>,
    /// Irregular feminines (`irregular_feminines.tsv`).
    irregular: FastMap<&'static str, &'static str>,
}

impl Endings {
    fn load(lang: Lang) -> Result<Self, LexiconError> {
        let file = lexicon_strict_file!(lang, "demonym_endings.tsv");
        let mut endings = Endings::default();
        for (line, cols) in file.rows(3, 3)? {
            let rule = (cols[1].trim(), cols[2].trim());
            match cols[0].trim() {
                "feminine" => endings.feminine.push(rule),
                "plural" => endings.plural.push(rule),
                kind => return Err(file.error(line, format!("unknown kind {kind:?}"))),
            }
        }
        endings.irregular = lexicon_strict_file!(lang, "irregular_feminines.tsv")
            .pairs()?
            .into_iter()
            .map(|(_, m, f)| (m, f))
            .collect();
        Ok(endings)
    }

    /// `word` by the first of `rules` that applies (unchanged if none does).
    fn apply(rules: &[(&str, &str)], word: &str) -> String {
        for &(ending, replacement) in rules {
            if ending == "*" {
                return format!("{word}{replacement}");
            }
            if let Some(stem) = word.strip_suffix(ending) {
                return format!("{stem}{replacement}");
            }
        }
        word.to_string()
    }

    /// Every inflection of a demonym adjective: masculine and feminine, singular and plural.
    fn inflect(&self, adjective: &str) -> Vec<String> {
        let feminine = match self.irregular.get(adjective) {
            Some(f) => f.to_string(),
            None => Self::apply(&self.feminine, adjective),
        };
        let mut out = vec![
            Self::apply(&self.plural, adjective),
            Self::apply(&self.plural, &feminine),
            feminine,
            adjective.to_string(),
        ];
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_or_organisation_is_found_singular_or_plural() {
        let words: WordSet = ["ministre", "porte-parole", "a"]
            .into_iter()
            .map(Cow::Borrowed)
            .collect();
        let sieve = plural_sieve(&words, &Plurals::load(Lang::Fr).unwrap());
        for word in &words {
            for form in [word.to_string(), format!("{word}s"), format!("{word}x")] {
                assert!(sieve.may_hold(&form), "{form}");
            }
        }
        let fr = &crate::language::Language::of(Lang::Fr).statements;
        assert!(fr.is_role("ministre") && fr.is_role("ministres"));
        assert!(!fr.is_role("ministress") && !fr.is_role("ministr"));
        let en = &crate::language::Language::of(Lang::En).statements;
        assert!(en.is_org("company") && en.is_org("ministry"));
        assert!(!en.is_org("compan"));
        assert!(en.is_role("ministers") && !en.is_role("ministe"));
    }

    #[test]
    fn possessives_follow_the_language() {
        let en = &crate::language::Language::of(Lang::En).statements;
        assert_eq!(en.possessor("korea's"), Some("korea"));
        assert_eq!(en.possessor("'s"), None);
        assert!(en.is_possessive("companies'"));
        assert!(!en.is_possessive("qu'"));
        let fr = &crate::language::Language::of(Lang::Fr).statements;
        assert_eq!(fr.possessor("korea's"), None);
        assert!(!fr.is_possessive("companies'"));
        // an orthographic ending, not a grammatical one: "Moody's" is one word in both
        for lex in [en, fr] {
            assert_eq!(
                normalize_phrase("Moody's dit", &lex.kept_after_apostrophe),
                "moody's dit"
            );
            assert_eq!(
                normalize_phrase("qu'il", &lex.kept_after_apostrophe),
                "qu' il"
            );
        }
    }

    #[test]
    fn every_language_loads() {
        for lang in Lang::ALL {
            if let Err(e) = crate::language::Language::load(lang) {
                panic!("{e}");
            }
        }
    }

    #[test]
    fn demonyms_inflect_by_the_endings_of_their_language() {
        let forms = |lang, adjective| Endings::load(lang).unwrap_or_default().inflect(adjective);
        let fr = [
            ("coréen", "coréenne coréennes coréens coréen"),
            ("grec", "grecque grecques grecs grec"),
            ("turc", "turque turques turcs turc"),
            ("russe", "russes russe"),
            ("français", "française françaises français"),
        ];
        for (adjective, expected) in fr {
            let mut expected: Vec<&str> = expected.split(' ').collect();
            expected.sort_unstable();
            assert_eq!(forms(Lang::Fr, adjective), expected, "{adjective}");
        }
        assert_eq!(forms(Lang::En, "Korean"), ["Korean", "Koreans"]);
    }

    /// An invented English lexicon file `name`.
    fn invented(name: &'static str, text: &'static str) -> File {
        File {
            lang: Lang::En,
            name,
            text,
        }
    }

    #[test]
    fn an_unknown_class_is_an_error_naming_file_and_line() {
        let file = invented("grammar.tsv", "# classes\nthe\tdet\n\nof\tprepp\n");
        let err = parse_grammar(&file).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("lexicons/en/grammar.tsv:4: unknown class \"prepp\"")
        );
        let (classes, words) = parse_grammar(&invented("grammar.tsv", "the\tdet\nto\taddressee"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(classes.get("the").map(|e| e.bits), Some(class::DET));
        assert_eq!(words.get("to"), Some(&word::ADDRESSEE));
    }

    #[test]
    fn an_unknown_frame_letter_is_an_error() {
        let file = invented("reporting_verbs.tsv", "say\tQS\tsays\nclaim\tQZ\tclaims\n");
        let err = parse_verbs(&file).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("lexicons/en/reporting_verbs.tsv:2: unknown frame letter 'Z'")
        );
    }

    #[test]
    fn a_wrong_column_count_is_an_error() {
        let file = invented("grammar.tsv", "the\tdet\nof\tprep\textra\n");
        let err = parse_grammar(&file).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("lexicons/en/grammar.tsv:2: 3 columns, expected 2")
        );
        let verbs = invented("reporting_verbs.tsv", "say\n");
        let err = parse_verbs(&verbs).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("lexicons/en/reporting_verbs.tsv:1: 1 columns, expected 2 to 6")
        );
    }
}
