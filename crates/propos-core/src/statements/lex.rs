//! The lexicons the statement extractor reads, loaded once per language.

use std::sync::LazyLock;

use super::agreement::Gender;
use super::words::{normalize_phrase, tokenize_words};
use crate::hash::{FastMap, FastSet};
use crate::lexicon::{entries, pairs};
use crate::{lexicon_file, ActorType, Lang};

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
    /// A form of a reporting verb (computed, not a grammar class: [`super::Lex::class`]
    /// leaves it out).
    pub const VERB_FORM: u32 = 1 << 31;
}

/// A place or institution of the gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    /// What the name stands for as a speaker.
    pub kind: ActorType,
    /// The canonical speaker name (country name for capitals).
    pub canonical: String,
    /// ISO 3166-1 alpha-2, if any.
    pub country: Option<&'static str>,
}

/// All the lexicons of one language.
pub(crate) struct Lex {
    pub verbs: Vec<Verb>,
    pub forms: FastMap<String, Vec<(usize, Form)>>,
    pub classes: FastMap<String, u32>,
    pub adverb_phrases: Vec<Vec<String>>,
    pub roles: FastSet<String>,
    /// First words of the roles of several words.
    pub role_heads: FastSet<String>,
    /// Role phrase (normalised words) → the office it names ("chef de la diplomatie" →
    /// "ministre des affaires étrangères").
    pub role_synonyms: FastMap<String, String>,
    /// General roles and the specific ones they can refer back to ("élu" → "député"),
    /// `role_hypernyms.tsv`.
    pub role_hypernyms: FastMap<String, Vec<String>>,
    /// Abbreviated titles that name a role ("sen." → "senator"), `title_roles.tsv`.
    pub title_roles: FastMap<String, String>,
    /// Longest phrase of [`Lex::role_synonyms`], in words.
    pub role_synonym_len: usize,
    /// Roles of several words that are not their head noun ("prime minister").
    pub distinct_roles: FastSet<String>,
    pub orgs: FastSet<String>,
    pub others: FastSet<String>,
    pub generic_roles: FastSet<String>,
    /// Indefinite determiners: a role after one is someone new ("un porte-parole").
    pub indefinites: FastSet<String>,
    /// Lower-case first names that show a person's gender.
    pub first_names: FastMap<String, Gender>,
    /// Endings of nouns naming a person by trade ("-logue", "-ist"), `person_suffixes.txt`.
    pub person_suffixes: Vec<String>,
    pub journalists: FastSet<String>,
    pub counterparts: FastSet<String>,
    pub titles: FastSet<String>,
    pub markers: Vec<Vec<String>>,
    /// Phrases that introduce a reporting verb's infinitive or participle ("tenu à").
    pub cue_openers: Vec<Vec<String>>,
    /// First-person subject pronouns ("je", "I"): their speaker is not reported.
    pub first_person: FastSet<String>,
    /// Nouns of documents a participle cue may follow ("un communiqué indiquant que").
    pub document_nouns: FastSet<String>,
    /// Labels of an interviewer's question ("q", "question"), lower case, without periods.
    pub question_labels: FastSet<String>,
    /// Verb forms that are also nouns used as modifiers or subjects ("state", "reports").
    pub noun_homographs: FastSet<String>,
    /// Words that open a comparative clause framing a report ("as", "comme").
    pub as_markers: FastSet<String>,
    /// Phrases that open a condition ("pour autant que", "if"): a cue there is hypothetical.
    pub conditionals: Vec<Vec<String>>,
    /// Normalised phrase → place; keys are space-joined lower-case tokens.
    pub places: FastMap<String, Place>,
    /// Longest place name, in tokens.
    pub place_len: usize,
    /// First words of the place names.
    pub place_heads: FastSet<String>,
    /// Lower-case demonym adjective (any inflection) → ISO code.
    pub demonyms: FastMap<String, &'static str>,
}

impl Lex {
    /// The classes of a lower-case word.
    pub fn class(&self, word: &str) -> u32 {
        self.class_and_verb_form(word).0
    }

    /// The classes of a lower-case word, and whether it is a form of a reporting verb
    /// (a key of [`Lex::forms`]): one look-up for both.
    pub fn class_and_verb_form(&self, word: &str) -> (u32, bool) {
        let bits = self.classes.get(word).copied().unwrap_or(0);
        (bits & !class::VERB_FORM, bits & class::VERB_FORM != 0)
    }

    /// Whether a lower-case word is a role noun, singular or plural.
    pub fn is_role(&self, word: &str) -> bool {
        self.roles.contains(word) || singular(word).is_some_and(|s| self.roles.contains(s))
    }

    /// Whether the two lower-case words `a b` are a role ("vice président").
    pub fn is_role_pair(&self, a: &str, b: &str) -> bool {
        self.role_heads.contains(a) && self.roles.contains(&format!("{a} {b}"))
    }

    /// Whether a lower-case word heads an organisation.
    pub fn is_org(&self, word: &str) -> bool {
        self.orgs.contains(word) || singular(word).is_some_and(|s| self.orgs.contains(s))
    }
}

/// The word without a plural -s or -x, if it has one.
pub(crate) fn singular(word: &str) -> Option<&str> {
    word.strip_suffix('s').or_else(|| word.strip_suffix('x'))
}

static LEXICONS: LazyLock<Vec<Lex>> =
    LazyLock::new(|| Lang::ALL.iter().map(|&l| load(l)).collect());

/// The lexicons of a language.
pub(crate) fn lex(lang: Lang) -> &'static Lex {
    &LEXICONS[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
}

fn lower(text: &str) -> String {
    text.to_lowercase().replace('’', "'")
}

fn load(lang: Lang) -> Lex {
    let mut verbs = Vec::new();
    let mut forms: FastMap<String, Vec<(usize, Form)>> = FastMap::default();
    for line in entries(lexicon_file!("reporting_verbs.tsv")(lang)) {
        let mut cols = line.split('\t');
        let lemma_full = cols.next().unwrap_or("").trim();
        let frames = cols.next().unwrap_or("").trim();
        let mut words = lemma_full.split_whitespace();
        words.next();
        let tail: Vec<String> = words.map(lower).collect();
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
                let entry = forms.entry(lower(form)).or_default();
                if !entry.contains(&(id, kind)) {
                    entry.push((id, kind));
                }
            }
        }
    }
    let mut classes: FastMap<String, u32> = FastMap::default();
    for (word, name) in pairs(lexicon_file!("grammar.tsv")(lang)) {
        let bit = match name {
            "det" => class::DET,
            "prep" => class::PREP,
            "aux" => class::AUX,
            "refl" => class::REFL,
            "neg" => class::NEG,
            "pron" => class::PRON,
            "tonic" => class::TONIC,
            "rel" => class::REL,
            "que" => class::QUE,
            "conj" => class::CONJ,
            "stop" => class::STOP,
            "time" => class::TIME,
            "adv" => class::ADV,
            "etre" => class::ETRE,
            "sub" => class::SUB,
            "subq" => class::SUBQ,
            "clitic" => class::CLITIC,
            "demo" => class::DEMO,
            "aprep" => class::APREP,
            "own" => class::OWN,
            "degree" => class::DEGREE,
            "passive" => class::PASSIVE,
            "agent" => class::AGENT,
            "inf" => class::INF,
            "indef" => class::INDEF,
            "plup" => class::PLUP,
            "domain" => class::DOMAIN,
            "coord" => class::COORD,
            _ => 0,
        };
        *classes.entry(word.to_string()).or_default() |= bit;
    }
    let phrases = |file: &'static str| -> Vec<Vec<String>> {
        entries(file)
            .map(|e| normalize_phrase(e).split(' ').map(str::to_string).collect())
            .collect()
    };
    let set = |file: &'static str| -> FastSet<String> {
        entries(file)
            .map(|e| normalize_phrase(e.trim_end_matches('.')))
            .collect()
    };
    let mut places = FastMap::default();
    let mut demonyms = FastMap::default();
    for line in entries(lexicon_file!("countries.tsv")(lang)) {
        let cols: Vec<&'static str> = line.split('\t').collect();
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
            canonical: canonical.to_string(),
            country: Some(iso),
        };
        for name in names
            .iter()
            .copied()
            .chain(cols.get(2).map(|c| c.split('|')).into_iter().flatten())
        {
            if !name.is_empty() {
                places
                    .entry(normalize_phrase(name))
                    .or_insert_with(|| country.clone());
            }
        }
        for adjective in cols.get(3).map(|c| c.split('|')).into_iter().flatten() {
            if adjective.is_empty() {
                continue;
            }
            for form in inflect_adjective(lang, adjective) {
                demonyms.entry(lower(&form)).or_insert(iso);
                // "les Américains": the people stands for its state
                places
                    .entry(normalize_phrase(&people(lang, &form)))
                    .or_insert_with(|| country.clone());
            }
        }
    }
    for line in entries(lexicon_file!("institutions.tsv")(lang)) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let (Some(name), Some(kind)) = (cols.first(), cols.get(1)) else {
            continue;
        };
        let kind = if *kind == "country" {
            ActorType::Country
        } else {
            ActorType::Organization
        };
        let country = cols.get(2).filter(|c| **c != "-").copied();
        places.insert(
            normalize_phrase(name),
            Place {
                kind,
                canonical: name.to_string(),
                country,
            },
        );
    }
    let adverb_phrases = phrases(lexicon_file!("adverb_phrases.txt")(lang));
    let markers = phrases(lexicon_file!("source_markers.txt")(lang));
    for phrase in adverb_phrases.iter().chain(&markers) {
        if let Some(first) = phrase.first() {
            *classes.entry(first.clone()).or_default() |= class::PHRASE;
        }
    }
    for form in forms.keys() {
        *classes.entry(form.clone()).or_default() |= class::VERB_FORM;
    }
    let place_len = places
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let roles = set(lexicon_file!("roles.txt")(lang));
    let heads = |keys: &mut dyn Iterator<Item = &String>| -> FastSet<String> {
        keys.filter_map(|k| k.split_once(' ').map(|(head, _)| head.to_string()))
            .collect()
    };
    let role_heads = heads(&mut roles.iter());
    let role_synonyms: FastMap<String, String> = pairs(lexicon_file!("role_synonyms.tsv")(lang))
        .map(|(phrase, office)| (normalize_phrase(phrase), normalize_phrase(office)))
        .collect();
    let mut role_hypernyms: FastMap<String, Vec<String>> = FastMap::default();
    for (general, specific) in pairs(lexicon_file!("role_hypernyms.tsv")(lang)) {
        role_hypernyms.insert(
            normalize_phrase(general),
            specific.split(',').map(normalize_phrase).collect(),
        );
    }
    let role_synonym_len = role_synonyms
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let place_heads = places
        .keys()
        .map(|k| k.split(' ').next().unwrap_or("").to_string())
        .collect();
    Lex {
        verbs,
        forms,
        classes,
        adverb_phrases,
        roles,
        role_heads,
        role_synonyms,
        role_hypernyms,
        title_roles: pairs(lexicon_file!("title_roles.tsv")(lang))
            .map(|(title, role)| (title.to_string(), role.to_string()))
            .collect(),
        role_synonym_len,
        distinct_roles: set(lexicon_file!("distinct_roles.txt")(lang)),
        orgs: set(lexicon_file!("organizations.txt")(lang)),
        others: set(lexicon_file!("other_sources.txt")(lang)),
        generic_roles: set(lexicon_file!("generic_roles.txt")(lang)),
        indefinites: set(lexicon_file!("indefinites.txt")(lang)),
        first_names: pairs(lexicon_file!("first_names.tsv")(lang))
            .filter_map(|(name, g)| {
                let gender = match g {
                    "m" => Gender::Masculine,
                    "f" => Gender::Feminine,
                    _ => return None,
                };
                Some((name.to_string(), gender))
            })
            .collect(),
        person_suffixes: entries(lexicon_file!("person_suffixes.txt")(lang))
            .map(str::to_string)
            .collect(),
        journalists: set(lexicon_file!("journalists.txt")(lang)),
        counterparts: set(lexicon_file!("counterpart_roles.txt")(lang)),
        titles: set(lexicon_file!("titles.txt")(lang)),
        markers,
        cue_openers: phrases(lexicon_file!("cue_openers.txt")(lang)),
        first_person: set(lexicon_file!("first_person.txt")(lang)),
        document_nouns: set(lexicon_file!("document_nouns.txt")(lang)),
        question_labels: set(lexicon_file!("question_labels.txt")(lang)),
        noun_homographs: set(lexicon_file!("noun_homographs.txt")(lang)),
        as_markers: set(lexicon_file!("as_markers.txt")(lang)),
        conditionals: phrases(lexicon_file!("conditionals.txt")(lang)),
        places,
        place_len,
        place_heads,
        demonyms,
    }
}

/// "américain" → "Américains"; "British" → "British" (English peoples are not derived).
fn people(lang: Lang, form: &str) -> String {
    let mut chars = form.chars();
    let capital: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    match lang {
        Lang::Fr if capital.ends_with('s') => capital,
        Lang::Fr => capital,
        Lang::En => capital,
    }
}

/// Every inflection of a demonym adjective.
fn inflect_adjective(lang: Lang, adjective: &str) -> Vec<String> {
    let a = adjective.to_string();
    match lang {
        Lang::En => vec![a.clone(), format!("{a}s")],
        Lang::Fr => {
            let feminine = if a.ends_with('e') {
                a.clone()
            } else if a.ends_with("en") || a.ends_with("on") {
                format!("{a}ne")
            } else if a.ends_with('c') && a != "turc" {
                format!("{}que", &a[..a.len() - 1])
            } else if a == "turc" {
                "turque".to_string()
            } else {
                format!("{a}e")
            };
            let plural = |w: &str| {
                if w.ends_with('s') || w.ends_with('x') {
                    w.to_string()
                } else {
                    format!("{w}s")
                }
            };
            let mut out = vec![plural(&a), plural(&feminine), feminine, a];
            out.dedup();
            out
        }
    }
}

/// Lower-case token sequence of a phrase, for matching.
#[allow(dead_code)]
pub(crate) fn phrase_tokens(text: &str) -> Vec<String> {
    tokenize_words(text).into_iter().map(lower).collect()
}
