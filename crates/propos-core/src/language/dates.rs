//! The date lexicons of a language: relative phrases, roles of the words around a
//! date, tense markers and writing conventions, parsed from `lexicons/<lang>/`.

use crate::dates::calendar::valid_day_month;
use crate::hash::{FastMap, FastSet, Sieve, Sieved, WordMap};
use crate::language::phrases::{Phrases, WordFilter};
use crate::lexicon::{File, LexiconError};
use crate::Lang;

/// What a relative or anaphoric phrase means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    Day(i32),
    Month(i32),
    Week(i32),
    SameDay,
    /// The month last named, in the year a year shift after it gives ("in the same month
    /// last year", « le même mois de l'an dernier »).
    SameMonth,
    /// This many days after (before, if negative) the day last named: "le lendemain",
    /// "two days later", "a day earlier".
    Later(i32),
    MonthAfter,
    MonthBefore,
    /// A feast on a fixed day and month ("Boxing Day", "la Saint-Sylvestre").
    Fixed(u8, u8),
}

impl Rel {
    pub(crate) fn parse(value: &str) -> Option<Rel> {
        let (kind, arg) = value.split_once(':').unwrap_or((value, ""));
        let n = || arg.trim_start_matches('+').parse::<i32>().ok();
        Some(match kind {
            "day" => Rel::Day(n()?),
            "month" => Rel::Month(n()?),
            "week" => Rel::Week(n()?),
            "same-day" => Rel::SameDay,
            "same-month" => Rel::SameMonth,
            "day-after" => Rel::Later(1),
            "day-before" => Rel::Later(-1),
            "later" => Rel::Later(n()?),
            "month-after" => Rel::MonthAfter,
            "month-before" => Rel::MonthBefore,
            "fixed" => {
                let (month, day) = arg.split_once('-')?;
                let (month, day) = (month.parse().ok()?, day.parse().ok()?);
                valid_day_month(month, day).then_some(Rel::Fixed(month, day))?
            }
            _ => return None,
        })
    }
}

/// What a word that can open a date expression opens besides a month or a weekday: one
/// look-up for [`Lexicon::phrases`] and [`Lexicon::prefixes`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Starter {
    /// The first word of a date phrase.
    pub(crate) phrase: bool,
    /// Its role as a date prefix.
    pub(crate) prefix: Option<Role>,
    /// The first word of an edge phrase ([`Lexicon::edge_phrases`]).
    pub(crate) edge: bool,
}

/// A word before or after a date that changes its meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// "le", "en", "on", "in": part of the expression, no meaning of its own.
    Plain,
    /// "début", "fin", "mi", "early", "late": part of a month.
    Edge,
    /// "ce", "this".
    This,
    /// "dernier", "last".
    Past,
    /// "prochain", "next".
    Next,
    /// "précédent": before the day last named.
    Prev,
    /// "suivant": after the day last named.
    Following,
    /// "depuis", "since": the last such day or month, up to the day of writing.
    Since,
}

impl Role {
    pub(crate) fn parse(value: &str) -> Option<Role> {
        Some(match value {
            "plain" => Role::Plain,
            "edge" => Role::Edge,
            "this" => Role::This,
            "past" => Role::Past,
            "next" => Role::Next,
            "prev" => Role::Prev,
            "following" => Role::Following,
            "since" => Role::Since,
            _ => return None,
        })
    }
}

/// The tense of the clause around a date, told by its nearest marker word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
}

/// Marker words and endings of `tense_markers.tsv`.
pub(crate) struct TenseMarkers {
    /// `None`: a word or an ending that says nothing of the tense (it overrides a
    /// shorter ending: "pourrait" is not an imperfect).
    pub(crate) words: WordMap<Option<Tense>>,
    pub(crate) endings: Vec<(String, Option<Tense>)>,
    /// The last bytes of the [`Self::endings`], one bit each: a word ending in none of
    /// them is matched against no ending.
    pub(crate) ending_last_bytes: [u64; 4],
    /// Words before an infinitive ("to"): a past marker right after them says nothing.
    pub(crate) infinitives: Sieved<FastSet<String>>,
    /// Conditionals: future for a weekday only ("said the bridge would reopen on
    /// Friday"; "said in May he would resign in June" is no coming June).
    pub(crate) conditionals: Sieved<FastSet<String>>,
    /// Words of a comparison ("than"): a marker right after them says nothing ("fell
    /// more than expected in October", « plus tôt que prévu »).
    pub(crate) comparatives: Sieved<FastSet<String>>,
    /// Present copulas: future right before a date ("the vote is on Thursday").
    pub(crate) copulas: Sieved<FastSet<String>>,
    /// Modals: future, but no verb of their own for [`untensed`] ("said it may cut
    /// 500 jobs on Tuesday" dates the report).
    pub(crate) modals: Sieved<FastSet<String>>,
    /// Phrases that make the date right after them a time limit, a coming day unless
    /// its clause is past ("has until Friday", "d'ici vendredi").
    pub(crate) deadlines: Phrases<()>,
    /// Phrases that say something already took effect on the day right after them
    /// ("took effect on", « entrée en vigueur »): that day is past.
    pub(crate) completed: Phrases<()>,
    /// Phrases that set something for the day right after them ("scheduled for",
    /// « reporté au »): that day is a coming one, even in a past clause.
    pub(crate) scheduled: Phrases<()>,
    /// Complementizers ("that", « que »): a marker after one is in another clause than a
    /// date before it ("told the podcast on Thursday that the club should have …").
    pub(crate) complementizers: Sieved<FastSet<String>>,
    /// Endings of past participles that mark a past only right before a date and after
    /// no determiner (« les chiffres publiés en mars », not « la rentrée en septembre »).
    pub(crate) participles: Vec<String>,
    /// Determiners: the word after one is a noun, not a participle.
    pub(crate) determiners: Sieved<FastSet<String>>,
    /// Verbs of appeal ("urged", « appelle »): future for a date after one of the
    /// [`Self::infinitives`] or [`Self::appeal_links`] that follows them ("called on fans
    /// to gather on Sunday").
    pub(crate) appeals: Sieved<FastSet<String>>,
    /// Other words that open what an appeal asks for (« à »).
    pub(crate) appeal_links: Sieved<FastSet<String>>,
    /// Verbs of forecast and promise ("predicted", « a promis »): what they announce is
    /// to come, so a time limit after one in its clause is a coming day even when a past
    /// word is nearer ("predicted no move before March").
    pub(crate) prospects: Sieved<FastSet<String>>,
}

impl TenseMarkers {
    /// `pasts` lists the irregular past forms of the verbs (`past_forms.txt`): past
    /// markers, unless `file` gives the word a class of its own.
    pub(crate) fn load(file: &File, pasts: &File) -> Result<Self, LexiconError> {
        let mut words = WordMap::new();
        let mut endings = Vec::new();
        let mut infinitives = FastSet::default();
        let mut copulas = FastSet::default();
        let mut comparatives = FastSet::default();
        let mut conditionals = FastSet::default();
        let mut modals = FastSet::default();
        let mut deadlines = Vec::new();
        let mut completed = Vec::new();
        let mut scheduled = Vec::new();
        let mut complementizers = FastSet::default();
        let mut participles = Vec::new();
        let mut determiners = FastSet::default();
        let mut appeals = FastSet::default();
        let mut appeal_links = FastSet::default();
        let mut prospects = FastSet::default();
        let known = |v: &str| {
            matches!(
                v,
                "past"
                    | "future"
                    | "modal"
                    | "infinitive"
                    | "copula"
                    | "comparative"
                    | "conditional"
                    | "deadline"
                    | "completed"
                    | "scheduled"
                    | "complementizer"
                    | "participle"
                    | "determiner"
                    | "appeal"
                    | "appeal_link"
                    | "prospect"
                    | "-"
            )
            .then_some(())
        };
        for (line, key, value) in file.pairs()? {
            if known(value).is_none() {
                return Err(file.error(line, format!("{value:?} is not a tense marker class")));
            }
            match value {
                "deadline" => {
                    deadlines.push((key.to_string(), ()));
                    continue;
                }
                "completed" => {
                    completed.push((key.to_string(), ()));
                    continue;
                }
                "scheduled" => {
                    scheduled.push((key.to_string(), ()));
                    continue;
                }
                "complementizer" => {
                    complementizers.insert(key.to_string());
                    continue;
                }
                "determiner" => {
                    determiners.insert(key.to_string());
                    continue;
                }
                "appeal" => {
                    appeals.insert(key.to_string());
                    continue;
                }
                "appeal_link" => {
                    appeal_links.insert(key.to_string());
                    continue;
                }
                "prospect" => {
                    prospects.insert(key.to_string());
                    continue;
                }
                "participle" => {
                    participles.push(key.trim_start_matches('*').to_string());
                    continue;
                }
                "modal" => {
                    modals.insert(key.to_string());
                }
                "infinitive" => {
                    infinitives.insert(key.to_string());
                    continue;
                }
                "copula" => {
                    copulas.insert(key.to_string());
                    continue;
                }
                "conditional" => {
                    conditionals.insert(key.to_string());
                }
                "comparative" => {
                    comparatives.insert(key.to_string());
                    continue;
                }
                _ => {}
            }
            let tense = match value {
                "past" => Some(Tense::Past),
                "future" | "modal" | "conditional" => Some(Tense::Future),
                _ => None,
            };
            match key.strip_prefix('*') {
                Some(ending) => endings.push((ending.to_string(), tense)),
                None => {
                    words.insert(key, tense);
                }
            }
        }
        for word in pasts.words()? {
            words.entry_or_insert_with(&word.to_lowercase(), || Some(Tense::Past));
        }
        words.shrink_to_fit();
        endings.sort_by_key(|(e, _)| std::cmp::Reverse(e.len()));
        let mut ending_last_bytes = [0u64; 4];
        for b in endings.iter().filter_map(|(e, _)| e.as_bytes().last()) {
            ending_last_bytes[usize::from(b / 64)] |= 1 << (b % 64);
        }
        participles.sort_by_key(|e| std::cmp::Reverse(e.len()));
        Ok(Self {
            words,
            endings,
            ending_last_bytes,
            infinitives: infinitives.into(),
            copulas: copulas.into(),
            comparatives: comparatives.into(),
            conditionals: conditionals.into(),
            modals: modals.into(),
            deadlines: Phrases::new(deadlines),
            completed: Phrases::new(completed),
            scheduled: Phrases::new(scheduled),
            complementizers: complementizers.into(),
            participles,
            determiners: determiners.into(),
            appeals: appeals.into(),
            appeal_links: appeal_links.into(),
            prospects: prospects.into(),
        })
    }
}

/// How a language writes dates (`date_conventions.tsv`).
#[derive(Debug, Default)]
pub(crate) struct Conventions {
    /// Month and weekday names take a capital.
    pub(crate) names_capitalized: bool,
    /// "12/03" is read only when one number is over 12 (else: day then month).
    pub(crate) numeric_unambiguous: bool,
    /// A day may follow the month ("November 16").
    pub(crate) month_day: bool,
    /// A comma may come between the month and the year ("16 November, 2024").
    pub(crate) year_comma: bool,
    /// A bare weekday in a clause with no tense marker, in a sentence not all past, is
    /// a coming one: the language marks its past ("Lyon travel to Lens on Saturday").
    pub(crate) untensed_future: bool,
    /// The characters between the hours and the minutes of a clock time ("16h40",
    /// "4:05"): a line opening with one stamps an update of a live report.
    pub(crate) clock_separators: Vec<char>,
    /// The words after a clock time of the morning and of the afternoon ("7.52am",
    /// "11.47pm"), in that order; none in a language that counts 24 hours.
    pub(crate) clock_halves: Vec<String>,
    /// A day named before the stamp of an update of a live report still dates the
    /// statements of an update that names none (else they are of the day of publication).
    pub(crate) update_keeps_day: bool,
    /// An ordinal day may stand alone after a day preposition, a day of the month of
    /// writing ("on 2nd, in the 48th week", "reported on 30th that").
    pub(crate) bare_ordinal_day: bool,
    /// The endings written right after a day that make it the modifier of a noun
    /// ("Saturday's election"): the day of an event, never that of a report.
    pub(crate) genitives: Vec<String>,
}

impl Conventions {
    pub(crate) fn load(file: &File) -> Result<Self, LexiconError> {
        let mut conventions = Conventions::default();
        for (line, key, value) in file.pairs()? {
            let yes = value == "yes";
            let yes_no = matches!(value, "yes" | "no");
            let known = match key {
                "names_capitalized" => {
                    conventions.names_capitalized = yes;
                    yes_no
                }
                "numeric_order" => {
                    conventions.numeric_unambiguous = value == "unambiguous";
                    matches!(value, "unambiguous" | "day-month")
                }
                "month_day" => {
                    conventions.month_day = yes;
                    yes_no
                }
                "year_comma" => {
                    conventions.year_comma = yes;
                    yes_no
                }
                "untensed_weekday" => {
                    conventions.untensed_future = value == "future";
                    matches!(value, "past" | "future")
                }
                "bare_ordinal_day" => {
                    conventions.bare_ordinal_day = yes;
                    yes_no
                }
                "update_day" => {
                    conventions.update_keeps_day = value == "named";
                    matches!(value, "named" | "publication")
                }
                "clock_separators" => {
                    conventions.clock_separators = value.chars().collect();
                    !value.is_empty() && !value.contains(|c: char| c.is_ascii_digit())
                }
                "clock_halves" => {
                    conventions.clock_halves = value.split(' ').map(str::to_string).collect();
                    conventions.clock_halves.len() == 2
                }
                "genitives" => {
                    conventions.genitives = value.split(' ').map(str::to_string).collect();
                    !value.trim().is_empty()
                }
                _ => false,
            };
            if !known {
                return Err(file.error(line, format!("unknown key or value {key:?} {value:?}")));
            }
        }
        Ok(conventions)
    }
}

pub(crate) struct Lexicon {
    pub(crate) conventions: Conventions,
    pub(crate) tense: TenseMarkers,
    pub(crate) months: &'static crate::lexicon::Months,
    pub(crate) weekdays: FastMap<String, u8>,
    pub(crate) phrases: Phrases<Rel>,
    pub(crate) prefixes: FastMap<String, Role>,
    pub(crate) suffixes: FastMap<String, Role>,
    pub(crate) labels: Phrases<()>,
    /// "last year", "l'an prochain" after a day or month: its year from the day of writing.
    pub(crate) year_shifts: Phrases<i32>,
    pub(crate) ordinal_suffixes: FastSet<&'static str>,
    /// Month names that name a month standing alone in title case ("between January
    /// and July"): not those that are also verbs or first names ("May", "March").
    pub(crate) bare_months: FastSet<String>,
    /// Capitalized words before a weekday that make it a name ("Black Friday").
    pub(crate) weekday_epithets: FastSet<String>,
    /// Words before a bare weekday that make it any such day ("le samedi", "every Friday").
    pub(crate) habitual: FastSet<String>,
    /// Relative pronouns opening an aside whose dates are not the report's ("who", « qui »).
    pub(crate) aside_relatives: FastSet<String>,
    /// Conjunctions opening a clause of time whose day is a background event's
    /// (`event_subordinators.txt`).
    pub(crate) subordinators: Phrases<()>,
    /// Words joining two weekdays of one clause ("on Monday, then on Wednesday").
    pub(crate) coordinators: FastSet<String>,
    /// Nouns of the occasion of a statement ("interview", « entretien »).
    pub(crate) occasions: FastSet<String>,
    /// "et", "au" (two days of one month) and "of" ("the 14th of March").
    pub(crate) pair_links: FastSet<String>,
    pub(crate) of_links: FastSet<String>,
    /// The article before an ordinal day without its month ("on the 5th").
    pub(crate) day_articles: FastSet<String>,
    /// The articles that may open the second day of a pair again ("le 5 et le 6 mars",
    /// "the 7th and the 8th of March"): the day articles and the `repeat` links.
    pub(crate) repeated_articles: FastSet<String>,
    /// Nouns with their link naming a part of a month before it ("the beginning of
    /// October", "the end of May"): an edge prefix of several words.
    pub(crate) edge_phrases: Phrases<()>,
    /// The abbreviations of `weekdays.tsv` (a prefix of a longer name of the same day:
    /// "Tues."): a weekday only with their period and before a day of the month
    /// ("Tues., Dec. 3").
    pub(crate) weekday_abbreviations: FastSet<String>,
    /// The shapes of the words that can open the core of a date: months, weekdays and
    /// [`Self::day_articles`]; most other words are passed over with one probe.
    pub(crate) core_words: Sieve,
    /// The noun "month" and its link before a month named after a prefix ("since the
    /// month of March", « depuis le mois de mars »).
    pub(crate) month_nouns: Phrases<()>,
    pub(crate) day_parts: Phrases<()>,
    /// Every word that can open a date expression, with what it opens, and a fast filter
    /// for them.
    pub(crate) starters: Sieved<FastMap<String, Starter>>,
    pub(crate) starter_filter: WordFilter,
    /// The separator of thousands written as punctuation (`numbers.tsv`, set by
    /// [`Language::load`](super::Language::load)): "October 2,875 persons" holds no day.
    pub(crate) number_group: &'static str,
}

impl Lexicon {
    /// Parses the date lexicons of `lang`.
    pub(crate) fn load(lang: Lang) -> Result<Self, LexiconError> {
        macro_rules! file {
            ($name:literal) => {
                crate::lexicon_strict_file!(lang, $name)
            };
        }
        let lower_set = |file: File| -> Result<FastSet<String>, LexiconError> {
            Ok(file.words()?.into_iter().map(str::to_lowercase).collect())
        };
        let months = crate::lexicon::months(lang);
        let weekdays: FastMap<String, u8> = file!("weekdays.tsv")
            .parsed_pairs("a day number", |v| v.parse().ok())?
            .into_iter()
            .map(|(k, v)| (k.to_lowercase(), v))
            .collect();
        let weekday_abbreviations = weekdays
            .iter()
            .filter(|&(word, n)| {
                weekdays.iter().any(|(other, m)| {
                    m == n && other.len() > word.len() && other.starts_with(word.as_str())
                })
            })
            .map(|(word, _)| word.clone())
            .collect();
        let phrases = Phrases::new(
            file!("date_phrases.tsv")
                .parsed_pairs("a date phrase meaning", Rel::parse)?
                .into_iter()
                .map(|(k, v)| (k.to_string(), v)),
        );
        let roles = |file: File| -> Result<FastMap<String, Role>, LexiconError> {
            Ok(file
                .parsed_pairs("a date word role", Role::parse)?
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect())
        };
        let prefixes = roles(file!("date_prefixes.tsv"))?;
        let links: Vec<(String, &str)> = file!("date_links.tsv")
            .parsed_pairs("pair, of, article, repeat, edge or month", |v| match v {
                "pair" => Some("pair"),
                "of" => Some("of"),
                "article" => Some("article"),
                "repeat" => Some("repeat"),
                "edge" => Some("edge"),
                "month" => Some("month"),
                _ => None,
            })?
            .into_iter()
            .map(|(k, v)| (k.to_lowercase(), v))
            .collect();
        let link_set = |role: &str| -> FastSet<String> {
            links
                .iter()
                .filter(|(_, v)| *v == role)
                .map(|(k, _)| k.clone())
                .collect()
        };
        let link_phrases = |role: &str| -> Phrases<()> {
            Phrases::new(
                links
                    .iter()
                    .filter(|(_, v)| *v == role)
                    .map(|(k, _)| (k.clone(), ())),
            )
        };
        let edge_phrases = link_phrases("edge");
        let mut starters: FastMap<String, Starter> = months
            .keys()
            .chain(weekdays.keys())
            .map(|word| (word.clone(), Starter::default()))
            .collect();
        for (word, &role) in &prefixes {
            starters.entry(word.clone()).or_default().prefix = Some(role);
        }
        for word in phrases.first_words() {
            starters.entry(word).or_default().phrase = true;
        }
        for word in edge_phrases.first_words() {
            starters.entry(word).or_default().edge = true;
        }
        let starter_filter = WordFilter::new(starters.keys().map(String::as_str));
        let phrase_list = |file: File| -> Result<Phrases<()>, LexiconError> {
            Ok(Phrases::new(
                file.words()?.into_iter().map(|e| (e.to_string(), ())),
            ))
        };
        let day_articles = link_set("article");
        let repeated_articles = link_set("repeat")
            .into_iter()
            .chain(day_articles.iter().cloned())
            .collect();
        let mut core_words = Sieve::sized(months.len() + weekdays.len() + day_articles.len());
        for word in months.keys().chain(weekdays.keys()).chain(&day_articles) {
            core_words.insert(word);
        }
        Ok(Self {
            conventions: Conventions::load(&file!("date_conventions.tsv"))?,
            tense: TenseMarkers::load(&file!("tense_markers.tsv"), &file!("past_forms.txt"))?,
            day_parts: phrase_list(file!("day_parts.txt"))?,
            pair_links: link_set("pair"),
            of_links: link_set("of"),
            day_articles,
            core_words,
            month_nouns: link_phrases("month"),
            repeated_articles,
            edge_phrases,
            weekday_abbreviations,
            months,
            weekdays,
            phrases,
            starters: starters.into(),
            starter_filter,
            number_group: "",
            prefixes,
            suffixes: roles(file!("date_suffixes.tsv"))?,
            year_shifts: Phrases::new(
                file!("year_shifts.tsv")
                    .parsed_pairs("a number of years", |v| v.parse().ok())?
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v)),
            ),
            labels: phrase_list(file!("publication_labels.txt"))?,
            ordinal_suffixes: file!("ordinal_suffixes.txt").words()?.into_iter().collect(),
            weekday_epithets: lower_set(file!("weekday_epithets.txt"))?,
            habitual: lower_set(file!("habitual_weekday_words.txt"))?,
            aside_relatives: lower_set(file!("aside_relatives.txt"))?,
            coordinators: lower_set(file!("date_coordinators.txt"))?,
            subordinators: phrase_list(file!("event_subordinators.txt"))?,
            occasions: lower_set(file!("speech_occasions.txt"))?,
            bare_months: lower_set(file!("bare_months.txt"))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_that_opens_a_date_core_passes_its_sieve() {
        for lang in Lang::ALL {
            let lex = Lexicon::load(lang).unwrap_or_else(|e| panic!("{e}"));
            let words = lex.months.keys().chain(lex.weekdays.keys());
            for word in words.chain(&lex.day_articles) {
                assert!(lex.core_words.may_hold(word), "{lang:?} {word}");
            }
        }
        let en = Lexicon::load(Lang::En).unwrap_or_else(|e| panic!("{e}"));
        assert!(en.core_words.may_hold("march") && en.core_words.may_hold("friday"));
    }

    fn file(name: &'static str, text: &'static str) -> File {
        File {
            lang: Lang::Fr,
            name,
            text,
        }
    }

    #[test]
    fn an_unknown_tense_class_or_convention_is_an_error() {
        let e = TenseMarkers::load(
            &file("tense_markers.tsv", "hier\tpast\ndemain\tsoon\n"),
            &file("past_forms.txt", "fait\n"),
        )
        .err()
        .map(|e| (e.file, e.line));
        assert_eq!(e, Some(("tense_markers.tsv", 2)));
        let e = Conventions::load(&file("date_conventions.tsv", "month_day\tperhaps\n"))
            .err()
            .map(|e| e.line);
        assert_eq!(e, Some(1));
    }

    #[test]
    fn an_unknown_date_phrase_meaning_is_an_error() {
        assert_eq!(Rel::parse("day:+1"), Some(Rel::Day(1)));
        assert_eq!(Rel::parse("fixed:2-30"), None);
        assert_eq!(Role::parse("sometime"), None);
    }

    #[test]
    fn every_language_loads_its_date_lexicons() {
        for lang in Lang::ALL {
            let lexicon = Lexicon::load(lang).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(lexicon.weekdays.values().max(), Some(&7), "{lang:?}");
        }
    }
}
