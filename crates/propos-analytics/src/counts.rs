//! Counts over the tables: by actor, by figure, by date.
//!
//! Each function reads the columns it needs from a table of [`crate::Tables`]
//! and returns a new DataFrame, most frequent first (ties in name order, so
//! the result does not depend on the order of the input rows).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use polars::prelude::*;

use crate::error::Result;
use crate::tables::{column, frame};

fn strings<'a>(df: &'a DataFrame, name: &str) -> Result<Vec<Option<&'a str>>> {
    Ok(df.column(name)?.str()?.iter().collect())
}

/// The most frequent value of a tally, ties broken by value order.
fn most_frequent<'a>(tally: &BTreeMap<&'a str, usize>) -> Option<&'a str> {
    tally
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(v, _)| *v)
}

/// The documents of a tally, in id order. Rows of one document usually come
/// together, so a repeat of the last document is not looked up again.
#[derive(Default)]
struct Documents<'a> {
    last: Option<&'a str>,
    ids: BTreeSet<&'a str>,
}

impl<'a> Documents<'a> {
    fn add(&mut self, doc_id: Option<&'a str>) {
        if let Some(id) = doc_id.filter(|id| self.last != Some(*id)) {
            self.ids.insert(id);
            self.last = Some(id);
        }
    }

    fn len(&self) -> u32 {
        self.ids.len() as u32
    }
}

/// The [`actor_key`] of each spelling, computed once per distinct spelling.
#[derive(Default)]
struct ActorKeys<'a> {
    keys: HashMap<&'a str, std::rc::Rc<str>>,
}

impl<'a> ActorKeys<'a> {
    fn of(&mut self, name: &'a str) -> std::rc::Rc<str> {
        self.keys
            .entry(name)
            .or_insert_with(|| actor_key(name).into())
            .clone()
    }
}

/// The speakers of a tally, spellings merged under their actor key.
#[derive(Default)]
struct SpeakerNames<'a> {
    spellings: HashMap<std::rc::Rc<str>, BTreeMap<&'a str, usize>>,
}

impl<'a> SpeakerNames<'a> {
    fn add(&mut self, keys: &mut ActorKeys<'a>, speaker: &'a str) {
        *self
            .spellings
            .entry(keys.of(speaker))
            .or_default()
            .entry(speaker)
            .or_default() += 1;
    }

    /// Distinct actors.
    fn len(&self) -> u32 {
        self.spellings.len() as u32
    }

    /// The most frequent spelling of each actor, sorted, separated by "; ".
    fn joined(&self) -> String {
        let mut names: Vec<&str> = self.spellings.values().filter_map(most_frequent).collect();
        names.sort_unstable();
        names.join("; ")
    }
}

#[derive(Default)]
struct ActorTally<'a> {
    spellings: BTreeMap<&'a str, usize>,
    statements: u32,
    documents: Documents<'a>,
    types: BTreeMap<&'a str, usize>,
    countries: BTreeMap<&'a str, usize>,
    cues: BTreeMap<&'a str, usize>,
    dates: DateRange<'a>,
}

/// Statements per speaker: `actor, actor_type, country, statements, documents,
/// first_date, last_date, top_cue, variants`, from the `statements` table.
///
/// Spellings of one name across documents are merged (see [`actor_key`]:
/// "Choe Son Hui" and "Choe Son-hui" are one actor), shown under their most
/// frequent spelling; `variants` lists every spelling seen, most frequent
/// first, separated by "; ". Statements without a speaker are not counted. Dates are the statements'
/// own dates (ISO strings compare in calendar order).
pub fn counts_by_actor(statements: &DataFrame) -> Result<DataFrame> {
    let doc_ids = strings(statements, "doc_id")?;
    let speakers = strings(statements, "speaker")?;
    let types = strings(statements, "speaker_type")?;
    let countries = strings(statements, "speaker_country")?;
    let cues = strings(statements, "cue_lemma")?;
    let dates = strings(statements, "date")?;
    let mut keys = ActorKeys::default();
    let mut tallies: HashMap<std::rc::Rc<str>, ActorTally> = HashMap::new();
    for i in 0..statements.height() {
        let Some(speaker) = speakers[i] else { continue };
        let tally = tallies.entry(keys.of(speaker)).or_default();
        *tally.spellings.entry(speaker).or_default() += 1;
        tally.statements += 1;
        tally.documents.add(doc_ids[i]);
        for (value, counts) in [
            (types[i], &mut tally.types),
            (countries[i], &mut tally.countries),
            (cues[i], &mut tally.cues),
        ] {
            if let Some(v) = value {
                *counts.entry(v).or_default() += 1;
            }
        }
        tally.dates.add(dates[i]);
    }
    let mut rows: Vec<(&str, ActorTally)> = tallies
        .into_values()
        .filter_map(|t| Some((most_frequent(&t.spellings)?, t)))
        .collect();
    rows.sort_by(|a, b| b.1.statements.cmp(&a.1.statements).then(a.0.cmp(b.0)));
    frame(vec![
        column("actor", rows.iter().map(|r| r.0).collect::<Vec<_>>()),
        column(
            "actor_type",
            rows.iter()
                .map(|r| most_frequent(&r.1.types))
                .collect::<Vec<_>>(),
        ),
        column(
            "country",
            rows.iter()
                .map(|r| most_frequent(&r.1.countries))
                .collect::<Vec<_>>(),
        ),
        column(
            "statements",
            rows.iter().map(|r| r.1.statements).collect::<Vec<_>>(),
        ),
        column(
            "documents",
            rows.iter().map(|r| r.1.documents.len()).collect::<Vec<_>>(),
        ),
        column(
            "first_date",
            rows.iter().map(|r| r.1.dates.first).collect::<Vec<_>>(),
        ),
        column(
            "last_date",
            rows.iter().map(|r| r.1.dates.last).collect::<Vec<_>>(),
        ),
        column(
            "top_cue",
            rows.iter()
                .map(|r| most_frequent(&r.1.cues))
                .collect::<Vec<_>>(),
        ),
        column(
            "variants",
            rows.iter()
                .map(|r| by_frequency(&r.1.spellings).join("; "))
                .collect::<Vec<_>>(),
        ),
    ])
}

/// The values of a tally, most frequent first, ties in value order.
fn by_frequency<'a>(tally: &BTreeMap<&'a str, usize>) -> Vec<&'a str> {
    let mut values: Vec<(&str, usize)> = tally.iter().map(|(v, n)| (*v, *n)).collect();
    values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    values.into_iter().map(|(v, _)| v).collect()
}

/// Keeps the earliest and latest of full ISO dates (partial ones such as
/// `--11-16` have no year and are left out).
#[derive(Default, Clone, Copy)]
struct DateRange<'a> {
    first: Option<&'a str>,
    last: Option<&'a str>,
}

impl<'a> DateRange<'a> {
    fn add(&mut self, date: Option<&'a str>) {
        if let Some(date) = date.filter(|d| !d.starts_with("--")) {
            self.first = Some(self.first.map_or(date, |d| d.min(date)));
            self.last = Some(self.last.map_or(date, |d| d.max(date)));
        }
    }
}

/// Mentions per figure (value + unit): `value, unit, mentions, documents,
/// speakers, speaker_names, first_date, last_date`, from the `figures` table.
///
/// Figures without a value (vague quantities) are not counted;
/// `speaker_names` lists the distinct speakers the figure is attributed to
/// (spellings merged as in [`counts_by_actor`]); the dates are those of the
/// figures' statements.
pub fn counts_by_figure(figures: &DataFrame) -> Result<DataFrame> {
    let doc_ids = strings(figures, "doc_id")?;
    let units = strings(figures, "unit")?;
    let speakers = strings(figures, "speaker")?;
    let dates = strings(figures, "date")?;
    let values: Vec<Option<f64>> = figures.column("value")?.f64()?.iter().collect();
    #[derive(Default)]
    struct FigureTally<'a> {
        mentions: u32,
        documents: Documents<'a>,
        speakers: SpeakerNames<'a>,
        dates: DateRange<'a>,
    }
    let mut keys = ActorKeys::default();
    // f64 has no total order as a map key: key by its bits, sort by value later.
    let mut tallies: HashMap<(u64, Option<&str>), FigureTally> = HashMap::new();
    for i in 0..figures.height() {
        let Some(value) = values[i].filter(|v| v.is_finite()) else {
            continue;
        };
        let tally = tallies.entry((value.to_bits(), units[i])).or_default();
        tally.mentions += 1;
        tally.documents.add(doc_ids[i]);
        if let Some(speaker) = speakers[i] {
            tally.speakers.add(&mut keys, speaker);
        }
        tally.dates.add(dates[i]);
    }
    let mut rows: Vec<_> = tallies.into_iter().collect();
    rows.sort_by(|a, b| {
        b.1.mentions
            .cmp(&a.1.mentions)
            .then(f64::from_bits(a.0 .0).total_cmp(&f64::from_bits(b.0 .0)))
            .then(a.0 .1.cmp(&b.0 .1))
    });
    frame(vec![
        column(
            "value",
            rows.iter()
                .map(|r| f64::from_bits(r.0 .0))
                .collect::<Vec<_>>(),
        ),
        column("unit", rows.iter().map(|r| r.0 .1).collect::<Vec<_>>()),
        column(
            "mentions",
            rows.iter().map(|r| r.1.mentions).collect::<Vec<_>>(),
        ),
        column(
            "documents",
            rows.iter().map(|r| r.1.documents.len()).collect::<Vec<_>>(),
        ),
        column(
            "speakers",
            rows.iter().map(|r| r.1.speakers.len()).collect::<Vec<_>>(),
        ),
        column(
            "speaker_names",
            rows.iter()
                .map(|r| r.1.speakers.joined())
                .collect::<Vec<_>>(),
        ),
        column(
            "first_date",
            rows.iter().map(|r| r.1.dates.first).collect::<Vec<_>>(),
        ),
        column(
            "last_date",
            rows.iter().map(|r| r.1.dates.last).collect::<Vec<_>>(),
        ),
    ])
}

/// Statements per day: `date, statements, documents`, in calendar order.
///
/// A statement counts on its own date when the text gives one, else on its
/// article's publication date (from the `documents` table); statements with
/// neither are not counted. Partial dates (`--11-16`) are kept as they are and
/// sort first.
pub fn counts_by_date(statements: &DataFrame, documents: &DataFrame) -> Result<DataFrame> {
    let published: HashMap<&str, &str> = strings(documents, "doc_id")?
        .into_iter()
        .zip(strings(documents, "published")?)
        .filter_map(|(id, p)| Some((id?, p?)))
        .collect();
    let doc_ids = strings(statements, "doc_id")?;
    let dates = strings(statements, "date")?;
    let mut tallies: BTreeMap<&str, (u32, Documents)> = BTreeMap::new();
    for (doc_id, date) in doc_ids.into_iter().zip(dates) {
        let Some(date) = date.or_else(|| doc_id.and_then(|id| published.get(id).copied())) else {
            continue;
        };
        let tally = tallies.entry(date).or_default();
        tally.0 += 1;
        tally.1.add(doc_id);
    }
    frame(vec![
        column("date", tallies.keys().copied().collect::<Vec<_>>()),
        column(
            "statements",
            tallies.values().map(|t| t.0).collect::<Vec<_>>(),
        ),
        column(
            "documents",
            tallies.values().map(|t| t.1.len()).collect::<Vec<_>>(),
        ),
    ])
}

/// The key under which spellings of one actor's name are merged: lower case,
/// accents removed from Latin letters, hyphens, apostrophes and dots as spaces,
/// spaces collapsed ("Choe Son-hui", "Choe Son Hui" and "CHOÉ Son Hui" give
/// "choe son hui").
pub fn actor_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ś' | 'š' | 'ş' => 's',
            'ť' | 'ţ' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'ł' => 'l',
            'œ' => {
                key.push('o');
                'e'
            }
            'æ' => {
                key.push('a');
                'e'
            }
            'ß' => {
                key.push('s');
                's'
            }
            '-' | '‐' | '‑' | '–' | '\'' | '’' | '.' => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c != ' ' || !(key.is_empty() || key.ends_with(' ')) {
            key.push(c);
        }
    }
    let trimmed = key.trim_end().len();
    key.truncate(trimmed);
    key
}

/// Who put which number forward when: `actor, value, unit, date, mentions,
/// documents`, from the `statements` and `figures` tables.
///
/// A figure counts for the speaker it is attributed to (its own `speaker`,
/// else the speaker of its statement), on the date of its statement (null
/// when the text gives none). Spellings of an actor are merged as in
/// [`counts_by_actor`], under the actor's most frequent spelling in the table. Figures without a value or a speaker are left out.
/// Rows are in actor, date (undated last), value and unit order.
pub fn claims(statements: &DataFrame, figures: &DataFrame) -> Result<DataFrame> {
    let s_docs = strings(statements, "doc_id")?;
    let s_ids: Vec<Option<u32>> = statements.column("statement_id")?.u32()?.iter().collect();
    let s_speakers = strings(statements, "speaker")?;
    let s_dates = strings(statements, "date")?;
    let by_statement: HashMap<(&str, u32), usize> = (0..statements.height())
        .filter_map(|i| Some(((s_docs[i]?, s_ids[i]?), i)))
        .collect();
    let f_docs = strings(figures, "doc_id")?;
    let f_ids: Vec<Option<u32>> = figures.column("statement_id")?.u32()?.iter().collect();
    let f_speakers = strings(figures, "speaker")?;
    let units = strings(figures, "unit")?;
    let values: Vec<Option<f64>> = figures.column("value")?.f64()?.iter().collect();
    // Key: actor key, date (None sorts last), value bits in total order, unit.
    type Key<'a> = (
        std::rc::Rc<str>,
        (bool, Option<&'a str>),
        i64,
        Option<&'a str>,
    );
    let mut tallies: BTreeMap<Key, (u32, Documents)> = BTreeMap::new();
    let mut spellings: HashMap<std::rc::Rc<str>, BTreeMap<&str, usize>> = HashMap::new();
    let mut keys = ActorKeys::default();
    for i in 0..figures.height() {
        let Some(value) = values[i].filter(|v| v.is_finite()) else {
            continue;
        };
        let statement = f_docs[i]
            .zip(f_ids[i])
            .and_then(|key| by_statement.get(&key).copied());
        let Some(speaker) = f_speakers[i].or_else(|| s_speakers[statement?]) else {
            continue;
        };
        let date = statement.and_then(|j| s_dates[j]);
        let actor = keys.of(speaker);
        *spellings
            .entry(actor.clone())
            .or_default()
            .entry(speaker)
            .or_default() += 1;
        let key = (
            actor,
            (date.is_none(), date),
            total_order_bits(value),
            units[i],
        );
        let tally = tallies.entry(key).or_default();
        tally.0 += 1;
        tally.1.add(f_docs[i]);
    }
    let rows: Vec<_> = tallies.iter().collect();
    frame(vec![
        column(
            "actor",
            rows.iter()
                .map(|(k, _)| most_frequent(&spellings[&k.0]))
                .collect::<Vec<_>>(),
        ),
        column(
            "value",
            rows.iter()
                .map(|(k, _)| from_total_order_bits(k.2))
                .collect::<Vec<_>>(),
        ),
        column("unit", rows.iter().map(|(k, _)| k.3).collect::<Vec<_>>()),
        column("date", rows.iter().map(|(k, _)| k.1 .1).collect::<Vec<_>>()),
        column(
            "mentions",
            rows.iter().map(|(_, t)| t.0).collect::<Vec<_>>(),
        ),
        column(
            "documents",
            rows.iter().map(|(_, t)| t.1.len()).collect::<Vec<_>>(),
        ),
    ])
}

/// Statements per reporting verb: `cue_lemma, statements, documents,
/// speakers, direct, indirect, mixed`, from the `statements` table, most
/// frequent first.
///
/// `speakers` counts distinct speakers (spellings merged as in
/// [`counts_by_actor`]); `direct`, `indirect` and `mixed` split the
/// statements by kind.
pub fn counts_by_cue(statements: &DataFrame) -> Result<DataFrame> {
    let doc_ids = strings(statements, "doc_id")?;
    let cues = strings(statements, "cue_lemma")?;
    let kinds = strings(statements, "kind")?;
    let speakers = strings(statements, "speaker")?;
    #[derive(Default)]
    struct CueTally<'a> {
        statements: u32,
        documents: Documents<'a>,
        speakers: HashSet<std::rc::Rc<str>>,
        kinds: [u32; 3],
    }
    let mut keys = ActorKeys::default();
    let mut tallies: BTreeMap<&str, CueTally> = BTreeMap::new();
    for i in 0..statements.height() {
        let Some(cue) = cues[i] else { continue };
        let tally = tallies.entry(cue).or_default();
        tally.statements += 1;
        tally.documents.add(doc_ids[i]);
        tally.speakers.extend(speakers[i].map(|s| keys.of(s)));
        match kinds[i] {
            Some("direct") => tally.kinds[0] += 1,
            Some("indirect") => tally.kinds[1] += 1,
            Some("mixed") => tally.kinds[2] += 1,
            _ => {}
        }
    }
    let mut rows: Vec<(&str, CueTally)> = tallies.into_iter().collect();
    rows.sort_by(|a, b| b.1.statements.cmp(&a.1.statements).then(a.0.cmp(b.0)));
    let kind = |k: usize| rows.iter().map(|r| r.1.kinds[k]).collect::<Vec<_>>();
    frame(vec![
        column("cue_lemma", rows.iter().map(|r| r.0).collect::<Vec<_>>()),
        column(
            "statements",
            rows.iter().map(|r| r.1.statements).collect::<Vec<_>>(),
        ),
        column(
            "documents",
            rows.iter().map(|r| r.1.documents.len()).collect::<Vec<_>>(),
        ),
        column(
            "speakers",
            rows.iter()
                .map(|r| r.1.speakers.len() as u32)
                .collect::<Vec<_>>(),
        ),
        column("direct", kind(0)),
        column("indirect", kind(1)),
        column("mixed", kind(2)),
    ])
}

/// Quotes shorter than this many words are too common to tell outlets apart
/// ("C'est faux", "Nous verrons").
const MIN_REPEATED_QUOTE_WORDS: usize = 5;

/// Direct quotes found in more than one document: `quote, documents,
/// mentions, speakers, first_date, last_date, doc_ids`, from the `statements`
/// table, most widely repeated first.
///
/// Quotes are compared by their words (case, accents, punctuation and quote
/// marks ignored, as [`actor_key`] does for names), so the same quote
/// typeset differently by two outlets is one row, shown in its most frequent
/// form. Quotes of fewer than five words are left out. `speakers` lists the
/// speakers it is attributed to, merged by spelling; `doc_ids` the documents,
/// separated by "; ".
pub fn repeated_quotes(statements: &DataFrame) -> Result<DataFrame> {
    let doc_ids = strings(statements, "doc_id")?;
    let kinds = strings(statements, "kind")?;
    let contents = strings(statements, "content")?;
    let speakers = strings(statements, "speaker")?;
    let dates = strings(statements, "date")?;
    #[derive(Default)]
    struct QuoteTally<'a> {
        forms: BTreeMap<&'a str, usize>,
        documents: Documents<'a>,
        speakers: SpeakerNames<'a>,
        dates: DateRange<'a>,
    }
    let mut tallies: HashMap<std::rc::Rc<str>, QuoteTally> = HashMap::new();
    // The same content often comes back (wire copy): its key is computed once.
    let mut quote_keys: HashMap<&str, Option<std::rc::Rc<str>>> = HashMap::new();
    let mut keys = ActorKeys::default();
    for i in 0..statements.height() {
        let (Some("direct"), Some(content), Some(doc_id)) = (kinds[i], contents[i], doc_ids[i])
        else {
            continue;
        };
        let key = quote_keys.entry(content).or_insert_with(|| {
            let key = quote_key(content);
            (key.split(' ').count() >= MIN_REPEATED_QUOTE_WORDS).then(|| key.into())
        });
        let Some(key) = key.clone() else { continue };
        let tally = tallies.entry(key).or_default();
        *tally.forms.entry(content).or_default() += 1;
        tally.documents.add(Some(doc_id));
        if let Some(speaker) = speakers[i] {
            tally.speakers.add(&mut keys, speaker);
        }
        tally.dates.add(dates[i]);
    }
    let mut rows: Vec<(&str, QuoteTally)> = tallies
        .into_values()
        .filter(|t| t.documents.len() > 1)
        .filter_map(|t| Some((most_frequent(&t.forms)?, t)))
        .collect();
    rows.sort_by(|a, b| {
        b.1.documents
            .len()
            .cmp(&a.1.documents.len())
            .then(a.0.cmp(b.0))
    });
    frame(vec![
        column("quote", rows.iter().map(|r| r.0).collect::<Vec<_>>()),
        column(
            "documents",
            rows.iter().map(|r| r.1.documents.len()).collect::<Vec<_>>(),
        ),
        column(
            "mentions",
            rows.iter()
                .map(|r| r.1.forms.values().sum::<usize>() as u32)
                .collect::<Vec<_>>(),
        ),
        column(
            "speakers",
            rows.iter()
                .map(|r| r.1.speakers.joined())
                .collect::<Vec<_>>(),
        ),
        column(
            "first_date",
            rows.iter().map(|r| r.1.dates.first).collect::<Vec<_>>(),
        ),
        column(
            "last_date",
            rows.iter().map(|r| r.1.dates.last).collect::<Vec<_>>(),
        ),
        column(
            "doc_ids",
            rows.iter()
                .map(|r| {
                    r.1.documents
                        .ids
                        .iter()
                        .copied()
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .collect::<Vec<_>>(),
        ),
    ])
}

/// The words of a quote for comparison: [`actor_key`] with every other
/// punctuation mark (commas, quote marks, ellipses…) as a space.
fn quote_key(content: &str) -> String {
    let words: String = content
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    actor_key(&words)
}

/// An `i64` that sorts like `f64::total_cmp`.
fn total_order_bits(value: f64) -> i64 {
    let bits = value.to_bits() as i64;
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

fn from_total_order_bits(key: i64) -> f64 {
    f64::from_bits((key ^ (((key >> 63) as u64) >> 1) as i64) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_keys_merge_accents_hyphens_and_case() {
        for name in [
            "Choe Son Hui",
            "Choe Son-hui",
            "CHOÉ  Son Hui ",
            "choe son\u{a0}hui",
        ] {
            assert_eq!(actor_key(name), "choe son hui", "{name}");
        }
        assert_eq!(actor_key("Jean-Noël Barrot"), "jean noel barrot");
        assert_eq!(actor_key("M. Œuvray"), "m oeuvray");
        assert_ne!(actor_key("Kim Jong Un"), actor_key("Kim Yo Jong"));
    }

    #[test]
    fn total_order_bits_sort_like_total_cmp_and_round_trip() {
        let mut values = [3.5, -2.0, 0.0, -0.0, 1e9, -1e-9, f64::MAX, f64::MIN];
        let mut keys: Vec<i64> = values.iter().map(|&v| total_order_bits(v)).collect();
        keys.sort();
        values.sort_by(f64::total_cmp);
        let back: Vec<f64> = keys.into_iter().map(from_total_order_bits).collect();
        assert_eq!(
            back.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            values.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
        );
    }
}
