//! The figure lexicons of a language: number conventions, multipliers, qualifiers,
//! units and the words around a count, parsed from `lexicons/<lang>/`.

use crate::hash::{FastMap, FastSet, Sieved};
use crate::language::phrases::{Phrases, WordFilter};
use crate::language::plurals::Plurals;
use crate::lexicon::{File, LexiconError};
use crate::Lang;

/// What a qualifier does to the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qualifier {
    Approx,
    Min,
    Max,
    /// "entre": min for the first number of the range, max for the second.
    Range,
}

/// How a language writes numbers (`numbers.tsv`).
#[derive(Debug, Default)]
pub(crate) struct Numbers {
    /// The decimal separator.
    pub(crate) decimal: &'static str,
    /// The thousands separator written as punctuation.
    pub(crate) group: &'static str,
    /// Other marks, one character each, that only ever group thousands ("98'412" in
    /// Switzerland).
    pub(crate) other_groups: &'static str,
    /// Also a decimal separator when the number has no group and not three decimals.
    pub(crate) foreign_decimal: Option<&'static str>,
    /// Also a thousands separator when its group ends in "00" or another group follows.
    pub(crate) foreign_group: Option<&'static str>,
}

impl Numbers {
    pub(crate) fn load(file: &File) -> Result<Self, LexiconError> {
        let mut numbers = Numbers::default();
        for (line, key, value) in file.pairs()? {
            match key {
                "decimal" => numbers.decimal = value,
                "group" => numbers.group = value,
                "other_groups" => numbers.other_groups = value,
                "foreign_decimal" => numbers.foreign_decimal = Some(value),
                "foreign_group" => numbers.foreign_group = Some(value),
                _ => return Err(file.error(line, format!("unknown key {key:?}"))),
            }
        }
        Ok(numbers)
    }
}

/// How a counted noun phrase is written (`noun_phrases.tsv`).
#[derive(Debug, Default)]
pub(crate) struct NounPhrases {
    /// The link after a noun multiplier may be left out ("2 million people").
    pub(crate) optional_link: bool,
    /// Capitalised adjectives, initials and singular nouns may come before the noun.
    pub(crate) modifiers_before: bool,
    /// The word after an apostrophe that makes a possessive ("Vietnam's").
    pub(crate) possessive: Option<&'static str>,
    /// The unit of an age given between commas after a name ("Linda Hale, 61, said").
    pub(crate) age: Option<&'static str>,
}

impl NounPhrases {
    pub(crate) fn load(file: &File) -> Result<Self, LexiconError> {
        let mut phrases = NounPhrases::default();
        for (line, key, value) in file.pairs()? {
            let known = match key {
                "multiplier_link" => {
                    phrases.optional_link = value == "optional";
                    matches!(value, "optional" | "required")
                }
                "modifiers_before_noun" => {
                    phrases.modifiers_before = value == "yes";
                    matches!(value, "yes" | "no")
                }
                "possessive" => {
                    phrases.possessive = (value != "-").then_some(value);
                    true
                }
                "age" => {
                    phrases.age = Some(value);
                    true
                }
                _ => false,
            };
            if !known {
                return Err(file.error(line, format!("unknown key or value {key:?} {value:?}")));
            }
        }
        Ok(phrases)
    }
}

pub(crate) struct Lexicon {
    pub(crate) numbers: Numbers,
    pub(crate) noun_phrases: NounPhrases,
    pub(crate) multipliers: FastMap<String, u128>,
    pub(crate) qualifiers: Phrases<Qualifier>,
    pub(crate) symbols: FastMap<String, String>,
    pub(crate) abbreviations: FastMap<String, String>,
    pub(crate) unit_phrases: Phrases<String>,
    /// Regular and irregular plurals of nouns.
    pub(crate) plurals: Plurals,
    pub(crate) invariables: FastSet<&'static str>,
    pub(crate) adjectives: FastSet<&'static str>,
    pub(crate) stopwords: FastSet<&'static str>,
    pub(crate) references: FastSet<&'static str>,
    /// Determiners that open a name a model number may follow ("the Boeing 737 jets").
    pub(crate) name_determiners: FastSet<&'static str>,
    pub(crate) rankings: FastSet<&'static str>,
    pub(crate) time_units: FastSet<&'static str>,
    pub(crate) time_before: Phrases<()>,
    pub(crate) time_after: FastSet<String>,
    /// Words right after a number of hours that make it a duration whatever comes
    /// before ("après 19 heures de négociations").
    pub(crate) time_spans: FastSet<String>,
    pub(crate) year_prepositions: FastSet<&'static str>,
    /// Determiners that open a noun phrase a year modifies ("the deadly 2024 protests").
    pub(crate) year_determiners: FastSet<&'static str>,
    /// Conjunctions joining two modifiers of one counted noun ("foreign and domestic
    /// tourists").
    pub(crate) modifier_links: FastSet<&'static str>,
    /// Events a number right before them measures, and the unit ("an 8.0 quake" → magnitude).
    pub(crate) measured_events: FastMap<String, String>,
    /// Units that measure rather than count (the lemmas of `units.tsv`, `measured_events.tsv`,
    /// `measure_units.txt` and `time_units.txt`: "%", "km", "tonne", "hour"): a verb that counts people
    /// ("injuring 214") outweighs one of them given to an earlier figure.
    pub(crate) measures: FastSet<String>,
    pub(crate) ordinal_suffixes: FastSet<&'static str>,
    pub(crate) connectors: FastSet<&'static str>,
    pub(crate) ratio_words: Phrases<()>,
    /// Words between the numbers of a proportion whose noun follows the total ("3 in 10 voters").
    pub(crate) proportion_links: FastSet<&'static str>,
    pub(crate) currencies: FastSet<&'static str>,
    pub(crate) count_nouns: Sieved<FastSet<&'static str>>,
    /// Verbs by which a plural subject reaches a bare number ("tourist trips reached 21.8
    /// million"): the subject is what the number counts.
    pub(crate) level_verbs: FastSet<&'static str>,
    /// Verbs setting a plural object to the level of a bare number after a preposition,
    /// with that preposition ("cap flights at 460,000"), `object_levels.tsv`.
    pub(crate) object_levels: FastMap<String, String>,
    /// Nouns naming a sum of money: after a multiplier they count the currency of the
    /// text ("3 millions de bonus" → euro), `money_nouns.txt`.
    pub(crate) money_nouns: FastSet<&'static str>,
    pub(crate) months: &'static crate::lexicon::Months,
    pub(crate) triggers: FastSet<&'static str>,
    pub(crate) trigger_filter: WordFilter,
    pub(crate) partitives: Phrases<()>,
    /// Openers of a fronted partitive ("Of the aircraft, 28 crossed"): its noun is what
    /// the bare number after the comma counts.
    pub(crate) fronted_partitives: Phrases<()>,
    pub(crate) vague: FastSet<&'static str>,
    pub(crate) vague_filter: WordFilter,
    pub(crate) vague_openers: FastSet<&'static str>,
    pub(crate) demonym_suffixes: Vec<&'static str>,
    pub(crate) links: FastSet<&'static str>,
    pub(crate) group_links: FastSet<&'static str>,
    /// Words between a part and its counted whole: "12 of the 40 hostages".
    pub(crate) group_totals: FastSet<&'static str>,
    /// Labels of an interviewee's answer, lower case without periods ("A: …").
    pub(crate) answer_labels: FastSet<&'static str>,
    /// Words that open, after an incise's speaker, a phrase about that speaker ("…, said
    /// Ana Ruiz, who runs a 40-bed shelter"), `speaker_asides.txt`.
    pub(crate) speaker_asides: Vec<&'static str>,
    /// First words of a phrase fronted before a statement's subject ("In a 45-page ruling,
    /// the judge wrote …"), `fronted_openers.txt`.
    pub(crate) fronted_openers: FastSet<&'static str>,
    /// Relative pronouns opening, after a person speaking in an incise, a clause about that
    /// person ("…, said Sara Lind, who runs a 40-bed hostel"), `person_relatives.txt`.
    pub(crate) person_relatives: Vec<&'static str>,
    /// Nouns naming what a bare number after them counts ("death toll" → "death").
    pub(crate) count_units: Phrases<String>,
    /// Count nouns that count spectators in an article reporting a match ("crowd").
    pub(crate) match_count_units: Phrases<String>,
    /// Verbs whose bare number object or subject counts a unit ("killed 12" → person).
    pub(crate) verb_units: FastMap<String, String>,
    /// Participles that, right after a bare number, are the noun counted ("17 injured").
    pub(crate) nominal_participles: FastSet<&'static str>,
    /// Counted nouns of two words naming one thing ("polling station").
    pub(crate) compound_units: FastSet<&'static str>,
    /// Coins worth a hundredth of a currency, with the lemmas of their currencies
    /// ("kurus" → "lira").
    pub(crate) currency_hundredths: FastMap<&'static str, Vec<&'static str>>,
    /// Plural nouns of people whose bound on a bare number is an age ("people over 65").
    pub(crate) age_groups: FastSet<&'static str>,
    /// Nouns and pronouns of a person whose bare number after a link is an age ("My mother
    /// is 82."), `age_subjects.txt`.
    pub(crate) age_subjects: FastSet<&'static str>,
    /// Words between such a person and the number of the age ("is", "now"), `age_links.txt`.
    pub(crate) age_links: FastSet<&'static str>,
    /// Letters glued to a number after a currency symbol that multiply it ("$5m").
    pub(crate) currency_multipliers: FastMap<String, u128>,
    /// Single letters glued before a number that name a currency ("K12 million" kwacha),
    /// only read as money when the number is grouped or multiplied (not road "N7").
    pub(crate) currency_letters: FastMap<String, String>,
    /// "half" → 0.5: fractions of spelled numbers.
    pub(crate) fractions: Sieved<FastMap<String, f64>>,
    /// "dizaine" → 10: a value after an article of `approx_openers`.
    pub(crate) approx_quantities: FastMap<String, f64>,
    pub(crate) approx_openers: FastSet<&'static str>,
    /// Number words under ten that multiply an approximate quantity ("two dozen").
    pub(crate) small_numbers: Sieved<FastMap<String, f64>>,
    /// Words announcing a vote count, with its unit ("voted" → "vote").
    pub(crate) vote_words: Sieved<FastMap<String, String>>,
    pub(crate) vote_links: FastSet<&'static str>,
    /// Words of a match result ("beat", « battu »): a dashed pair of small numbers in
    /// their sentence is a score.
    pub(crate) score_words: Sieved<FastSet<&'static str>>,
    /// Lower-case words naming what an article's scores count, with their rank (the
    /// lowest in the article wins, `score_units.tsv`): "rugby" → point, "goals" → goal.
    pub(crate) score_units: FastMap<String, (usize, String)>,
    /// The words of `score_units`, that most words of an article pass without lower-casing.
    pub(crate) score_unit_filter: WordFilter,
    /// Words after a bare number that make it a rate ("1,100 per day", "212 pour 100 000
    /// habitants"): what it counts is the noun the clause is about.
    pub(crate) rate_links: FastSet<&'static str>,
    /// Nouns naming a rate or count, never its unit ("taux", "rate").
    pub(crate) rate_nouns: FastSet<&'static str>,
    /// Rate nouns whose noun right before them is what they count ("murder rate").
    pub(crate) counted_rates: FastSet<&'static str>,
    /// Words right before a number that make it negative ("minus 8 degrees").
    pub(crate) negative_words: FastSet<&'static str>,
    /// Phrases giving a margin before a number, never a sign ("plus or minus 2%").
    pub(crate) margins: Phrases<()>,
    /// Lower-case demonym adjectives of `countries.tsv` ("ugandan"): a capitalised word
    /// after a number that is one qualifies a noun, it is not the people counted.
    pub(crate) demonyms: FastSet<String>,
    /// Lower-case weekday names (`weekdays.tsv`): "scored 30 Friday" counts no Friday.
    pub(crate) weekdays: FastSet<String>,
    /// Words joined to a number by a hyphen that qualify it ("30,000-plus"), with what
    /// they do (`None`: nothing but name the noun after, "1,200-strong force").
    pub(crate) number_suffixes: FastMap<String, Option<Qualifier>>,
    /// Pronouns, or phrases opened by one, before a bare number that point back to an
    /// earlier unit ("ils sont 1 500", « la police n'en a compté que 12 000 »).
    pub(crate) anaphora: Phrases<()>,
    /// Words before a number that make it a part of the figure before it in the sentence
    /// (« 32 personnes, dont 11 placées en garde à vue »).
    pub(crate) part_links: FastSet<&'static str>,
    /// Endings of regular past participles (`past_endings.txt`): « placées », "detained".
    pub(crate) past_endings: FastSet<&'static str>,
    /// Questions asking for a count ("how many", "combien de"): the noun after them is
    /// the unit of the bare numbers of the answer.
    pub(crate) questions: Phrases<()>,
    /// Who a figure is attributed to by the words after it ([`figure_source`]).
    pub(crate) forecast: FastMap<&'static str, FastSet<&'static str>>,
    /// The source markers of [`Self::forecast`] ("according to"), each split into its
    /// words, in file order; a marker with no word is left out.
    pub(crate) forecast_markers: Vec<Vec<&'static str>>,
    pub(crate) text2num: text2num::Language,
}

impl Lexicon {
    /// Whether a symbol of `units.tsv` names a currency ("$", "€").
    pub(crate) fn is_currency_symbol(&self, symbol: &str) -> bool {
        self.symbols
            .get(symbol)
            .is_some_and(|unit| self.currencies.contains(unit.as_str()))
    }

    /// Parses the figure lexicons of `lang`.
    pub(crate) fn load(lang: Lang) -> Result<Self, LexiconError> {
        macro_rules! file {
            ($name:literal) => {
                crate::lexicon_strict_file!(lang, $name)
            };
        }
        let set = |file: File| -> Result<FastSet<&'static str>, LexiconError> {
            Ok(file.words()?.into_iter().collect())
        };
        let phrases = |file: File| -> Result<Phrases<()>, LexiconError> {
            Ok(Phrases::new(
                file.words()?.into_iter().map(|e| (e.to_string(), ())),
            ))
        };
        let owned = |file: File| -> Result<FastMap<String, String>, LexiconError> {
            Ok(file
                .pairs()?
                .into_iter()
                .map(|(_, k, v)| (k.to_string(), v.to_string()))
                .collect())
        };
        fn numbers<T: std::str::FromStr>(file: File) -> Result<FastMap<String, T>, LexiconError> {
            Ok(file
                .parsed_pairs("a number", |v| v.parse().ok())?
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect())
        }
        let mut symbols = FastMap::default();
        let mut abbreviations = FastMap::default();
        let mut unit_phrases = Vec::new();
        let mut measures = FastSet::default();
        for (_, key, lemma) in file!("units.tsv").pairs()? {
            measures.insert(lemma.to_string());
            if key.contains(' ') {
                unit_phrases.push((key.to_string(), lemma.to_string()));
            } else if key.chars().all(|c| !c.is_alphanumeric()) {
                symbols.insert(key.to_string(), lemma.to_string());
            } else {
                abbreviations.insert(key.to_string(), lemma.to_string());
            }
        }
        let measured_events = owned(file!("measured_events.tsv"))?;
        let mut time_before = Vec::new();
        let mut time_after = FastSet::default();
        let mut time_spans = FastSet::default();
        // where a time marker stands: before the number of hours, after it, or after it
        // making it a duration
        enum Side {
            Before,
            After,
            Span,
        }
        let sides = file!("time_markers.tsv");
        for (phrase, side) in sides.parsed_pairs("before, after or span", |v| match v {
            "before" => Some(Side::Before),
            "after" => Some(Side::After),
            "span" => Some(Side::Span),
            _ => None,
        })? {
            match side {
                Side::Before => time_before.push((phrase.to_string(), ())),
                Side::After => {
                    time_after.insert(phrase.to_lowercase());
                }
                Side::Span => {
                    time_spans.insert(phrase.to_lowercase());
                }
            }
        }
        let qualifier = |v: &str| match v {
            "approx" => Some(Qualifier::Approx),
            "min" => Some(Qualifier::Min),
            "max" => Some(Qualifier::Max),
            "range" => Some(Qualifier::Range),
            _ => None,
        };
        let triggers = file!("number_word_triggers.txt").words()?;
        let vague = file!("vague_quantities.txt").words()?;
        let score_units: FastMap<String, (usize, String)> = file!("score_units.tsv")
            .pairs()?
            .into_iter()
            .enumerate()
            .map(|(rank, (_, word, unit))| (word.to_string(), (rank, unit.to_string())))
            .collect();
        let forecast: FastMap<&str, Vec<&str>> = file!("figure_sources.tsv")
            .pairs()?
            .into_iter()
            .fold(FastMap::default(), |mut map, (_, word, roles)| {
                for role in roles.split(',') {
                    map.entry(role.trim()).or_insert_with(Vec::new).push(word);
                }
                map
            });
        Ok(Self {
            numbers: Numbers::load(&file!("numbers.tsv"))?,
            noun_phrases: NounPhrases::load(&file!("noun_phrases.tsv"))?,
            multipliers: numbers(file!("multipliers.tsv"))?,
            qualifiers: Phrases::new(
                file!("qualifiers.tsv")
                    .parsed_pairs("approx, min, max or range", qualifier)?
                    .into_iter()
                    .map(|(k, q)| (k.to_string(), q)),
            ),
            symbols,
            abbreviations,
            unit_phrases: Phrases::new(unit_phrases),
            plurals: Plurals::load(lang)?,
            invariables: set(file!("unit_invariables.txt"))?,
            adjectives: set(file!("unit_adjectives.txt"))?,
            stopwords: set(file!("unit_stopwords.txt"))?,
            references: set(file!("reference_words.txt"))?,
            name_determiners: set(file!("name_determiners.txt"))?,
            rankings: set(file!("ranking_words.txt"))?,
            time_units: set(file!("time_units.txt"))?,
            time_before: Phrases::new(time_before),
            time_after,
            time_spans,
            year_prepositions: set(file!("year_prepositions.txt"))?,
            year_determiners: set(file!("year_determiners.txt"))?,
            modifier_links: set(file!("modifier_links.txt"))?,
            measures: measures
                .into_iter()
                .chain(measured_events.values().cloned())
                .chain(
                    file!("measure_units.txt")
                        .words()?
                        .into_iter()
                        .map(str::to_string),
                )
                .chain(
                    file!("time_units.txt")
                        .words()?
                        .into_iter()
                        .map(str::to_string),
                )
                .collect(),
            measured_events,
            ordinal_suffixes: set(file!("ordinal_suffixes.txt"))?,
            connectors: set(file!("range_connectors.txt"))?,
            ratio_words: phrases(file!("ratio_words.txt"))?,
            proportion_links: set(file!("proportion_links.txt"))?,
            currencies: set(file!("currencies.txt"))?,
            count_nouns: set(file!("count_nouns.txt"))?.into(),
            level_verbs: set(file!("level_verbs.txt"))?,
            object_levels: owned(file!("object_levels.tsv"))?,
            money_nouns: set(file!("money_nouns.txt"))?,
            months: crate::lexicon::months(lang),
            trigger_filter: WordFilter::new(triggers.iter().copied()),
            triggers: triggers.into_iter().collect(),
            links: set(file!("unit_links.txt"))?,
            fractions: numbers(file!("fractions.tsv"))?.into(),
            approx_quantities: numbers(file!("approx_quantities.tsv"))?,
            approx_openers: set(file!("approx_openers.txt"))?,
            small_numbers: numbers(file!("small_numbers.tsv"))?.into(),
            count_units: Phrases::new(
                file!("count_units.tsv")
                    .pairs()?
                    .into_iter()
                    .map(|(_, k, v)| (k.to_string(), v.to_string())),
            ),
            match_count_units: Phrases::new(
                file!("match_count_units.tsv")
                    .pairs()?
                    .into_iter()
                    .map(|(_, k, v)| (k.to_string(), v.to_string())),
            ),
            number_suffixes: file!("number_suffixes.tsv")
                .parsed_pairs("min, approx or -", |v| match v {
                    "min" => Some(Some(Qualifier::Min)),
                    "approx" => Some(Some(Qualifier::Approx)),
                    "-" => Some(None),
                    _ => None,
                })?
                .into_iter()
                .map(|(k, q)| (k.to_string(), q))
                .collect(),
            verb_units: owned(file!("verb_units.tsv"))?,
            nominal_participles: set(file!("nominal_participles.txt"))?,
            compound_units: set(file!("compound_units.txt"))?,
            currency_hundredths: file!("currency_hundredths.tsv")
                .pairs()?
                .into_iter()
                .map(|(_, coin, currencies)| (coin, currencies.split('|').collect()))
                .collect(),
            age_groups: set(file!("age_groups.txt"))?,
            age_subjects: set(file!("age_subjects.txt"))?,
            age_links: set(file!("age_links.txt"))?,
            currency_multipliers: numbers(file!("currency_multipliers.tsv"))?,
            currency_letters: owned(file!("currency_letters.tsv"))?,
            vote_words: owned(file!("vote_words.tsv"))?.into(),
            vote_links: set(file!("vote_links.txt"))?,
            score_words: set(file!("score_words.txt"))?.into(),
            score_unit_filter: WordFilter::new(score_units.keys().map(String::as_str)),
            score_units,
            rate_links: set(file!("rate_links.txt"))?,
            rate_nouns: set(file!("rate_nouns.txt"))?,
            counted_rates: set(file!("counted_rates.txt"))?,
            negative_words: set(file!("negative_words.txt"))?,
            margins: phrases(file!("margins.txt"))?,
            demonyms: file!("countries.tsv")
                .rows(2, 4)?
                .into_iter()
                .filter_map(|(_, cols)| cols.get(3).copied())
                .flat_map(|c| c.split('|'))
                .filter(|d| !d.is_empty())
                .map(str::to_lowercase)
                .collect(),
            weekdays: file!("weekdays.tsv")
                .pairs()?
                .into_iter()
                .map(|(_, day, _)| day.to_lowercase())
                .collect(),
            anaphora: phrases(file!("unit_anaphora.txt"))?,
            part_links: set(file!("part_links.txt"))?,
            past_endings: set(file!("past_endings.txt"))?,
            questions: phrases(file!("count_questions.txt"))?,
            forecast_markers: forecast
                .get("marker")
                .into_iter()
                .flatten()
                .map(|m| {
                    m.split(|c: char| !(c.is_alphanumeric() || c == '-'))
                        .filter(|w| !w.is_empty())
                        .collect::<Vec<_>>()
                })
                .filter(|m| !m.is_empty())
                .collect(),
            forecast: forecast
                .into_iter()
                .map(|(role, words)| (role, words.into_iter().collect()))
                .collect(),
            group_links: set(file!("group_links.txt"))?,
            group_totals: set(file!("group_totals.txt"))?,
            answer_labels: set(file!("answer_labels.txt"))?,
            speaker_asides: file!("speaker_asides.txt").words()?,
            fronted_openers: set(file!("fronted_openers.txt"))?,
            person_relatives: file!("person_relatives.txt").words()?,
            vague_filter: WordFilter::new(vague.iter().copied()),
            vague: vague.into_iter().collect(),
            vague_openers: set(file!("vague_openers.txt"))?,
            demonym_suffixes: file!("demonym_suffixes.txt").words()?,
            partitives: phrases(file!("partitives.txt"))?,
            fronted_partitives: phrases(file!("fronted_partitives.txt"))?,
            text2num: match lang {
                Lang::Fr => text2num::Language::french(),
                Lang::En => text2num::Language::english(),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &'static str, text: &'static str) -> File {
        File {
            lang: Lang::En,
            name,
            text,
        }
    }

    #[test]
    fn an_unknown_number_convention_is_an_error() {
        let e = Numbers::load(&file("numbers.tsv", "decimal\t.\ngroups\t,\n")).unwrap_err();
        assert_eq!((e.file, e.line), ("numbers.tsv", 2));
        let e =
            NounPhrases::load(&file("noun_phrases.tsv", "multiplier_link\tmaybe\n")).unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn every_language_loads_its_figure_lexicons() {
        for lang in Lang::ALL {
            let lexicon = Lexicon::load(lang).unwrap_or_else(|e| panic!("{e}"));
            assert!(!lexicon.multipliers.is_empty() && !lexicon.numbers.decimal.is_empty());
        }
    }
}
