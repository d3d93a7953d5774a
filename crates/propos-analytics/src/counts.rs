//! Counts over the tables: by actor, by figure, by date, claims, cues and
//! repeated quotes.
//!
//! Each count reads the columns it needs from one or two tables of
//! [`crate::Tables`] and returns a new DataFrame, most frequent first (ties in
//! name order, so the result does not depend on the order of the input rows).
//! A count takes its tables a batch of rows at a time ([`Count`]) and keeps
//! only its tallies, each string once: a stored table larger than memory is
//! counted in bounded memory (see [`crate::Analysis::run_stored`]).

use polars::prelude::*;

use crate::error::Result;
use crate::tables::{column, frame};

/// A count fed its tables a batch of rows at a time, in the order of
/// [`crate::Analysis::inputs`], then finished into its DataFrame.
pub(crate) trait Count {
    /// Adds a batch of rows of `table` (`statements`, `figures` or `documents`).
    fn add(&mut self, table: &str, rows: &DataFrame) -> Result<()>;
    /// The count's DataFrame.
    fn finish(self: Box<Self>) -> Result<DataFrame>;
}

/// Strings kept across batches, each stored once and named by its index.
#[derive(Default)]
struct Strings(PlIndexSet<Box<str>>);

impl Strings {
    fn id(&mut self, value: &str) -> u32 {
        match self.0.get_index_of(value) {
            Some(id) => id as u32,
            None => self.0.insert_full(value.into()).0 as u32,
        }
    }

    fn get(&self, id: u32) -> &str {
        &self.0[id as usize]
    }

    /// The ids of a string column of a batch. A value equal to the row
    /// before's (rows of one document come together) is not looked up again.
    fn ids(&mut self, rows: &DataFrame, name: &str) -> Result<Vec<Option<u32>>> {
        let mut last: Option<(&str, u32)> = None;
        Ok(rows
            .column(name)?
            .str()?
            .iter()
            .map(|value| {
                value.map(|value| match last {
                    Some((previous, id)) if previous == value => id,
                    _ => {
                        let id = self.id(value);
                        last = Some((value, id));
                        id
                    }
                })
            })
            .collect())
    }
}

/// How often each value (a [`Strings`] id) was seen. Tallies are small (a
/// few spellings, kinds or cues), so a list is searched.
#[derive(Default)]
struct Tally(Vec<(u32, u32)>);

impl Tally {
    fn add(&mut self, id: u32) {
        match self.0.iter_mut().find(|(seen, _)| *seen == id) {
            Some((_, n)) => *n += 1,
            None => self.0.push((id, 1)),
        }
    }

    fn total(&self) -> u32 {
        self.0.iter().map(|(_, n)| n).sum()
    }

    /// The most frequent value, ties broken by string order.
    fn most_frequent<'s>(&self, strings: &'s Strings) -> Option<&'s str> {
        self.0
            .iter()
            .map(|&(id, n)| (strings.get(id), n))
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map(|(value, _)| value)
    }

    /// The values, most frequent first, ties in string order.
    fn by_frequency<'s>(&self, strings: &'s Strings) -> Vec<&'s str> {
        let mut values: Vec<(&str, u32)> =
            self.0.iter().map(|&(id, n)| (strings.get(id), n)).collect();
        values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        values.into_iter().map(|(value, _)| value).collect()
    }
}

/// The documents of a tally. Rows of one document usually come together, so
/// a repeat of the last document is not kept again; [`Documents::distinct`]
/// removes the other repeats.
#[derive(Default)]
struct Documents {
    ids: Vec<u32>,
}

impl Documents {
    fn add(&mut self, doc_id: Option<u32>) {
        if let Some(id) = doc_id.filter(|id| self.ids.last() != Some(id)) {
            self.ids.push(id);
        }
    }

    /// Each document once.
    fn distinct(&mut self) -> &[u32] {
        self.ids.sort_unstable();
        self.ids.dedup();
        &self.ids
    }

    fn count(&mut self) -> u32 {
        self.distinct().len() as u32
    }
}

/// Speaker spellings and the actor ([`actor_key`]) each belongs to, the key
/// computed once per spelling.
#[derive(Default)]
struct Actors {
    spellings: Strings,
    keys: Strings,
    key_of: Vec<u32>,
}

impl Actors {
    /// The spelling and actor ids of a speaker column of a batch.
    fn ids(&mut self, rows: &DataFrame, name: &str) -> Result<Vec<Option<(u32, u32)>>> {
        let spellings = self.spellings.ids(rows, name)?;
        Ok(spellings
            .into_iter()
            .map(|spelling| spelling.map(|spelling| (spelling, self.actor(spelling))))
            .collect())
    }

    fn actor(&mut self, spelling: u32) -> u32 {
        while self.key_of.len() <= spelling as usize {
            let key = actor_key(self.spellings.get(self.key_of.len() as u32));
            self.key_of.push(self.keys.id(&key));
        }
        self.key_of[spelling as usize]
    }
}

/// The speakers of a tally: spellings counted by actor.
#[derive(Default)]
struct SpeakerNames(PlHashMap<u32, Tally>);

impl SpeakerNames {
    fn add(&mut self, (spelling, actor): (u32, u32)) {
        self.0.entry(actor).or_default().add(spelling);
    }

    /// Distinct actors.
    fn count(&self) -> u32 {
        self.0.len() as u32
    }

    /// The most frequent spelling of each actor, sorted, separated by "; ".
    fn joined(&self, actors: &Actors) -> String {
        let mut names: Vec<&str> = self
            .0
            .values()
            .filter_map(|spellings| spellings.most_frequent(&actors.spellings))
            .collect();
        names.sort_unstable();
        names.join("; ")
    }
}

/// The earliest and latest of full ISO dates (partial ones such as `--11-16`
/// have no year and are left out).
#[derive(Default, Clone, Copy)]
struct DateRange {
    first: Option<u32>,
    last: Option<u32>,
}

impl DateRange {
    fn add(&mut self, date: Option<u32>, strings: &Strings) {
        let Some(date) = date.filter(|&d| !strings.get(d).starts_with("--")) else {
            return;
        };
        let value = strings.get(date);
        if self.first.is_none_or(|first| value < strings.get(first)) {
            self.first = Some(date);
        }
        if self.last.is_none_or(|last| value > strings.get(last)) {
            self.last = Some(date);
        }
    }

    fn first<'s>(&self, strings: &'s Strings) -> Option<&'s str> {
        self.first.map(|id| strings.get(id))
    }

    fn last<'s>(&self, strings: &'s Strings) -> Option<&'s str> {
        self.last.map(|id| strings.get(id))
    }

    /// The `first_date` and `last_date` columns of the ranges of a count's rows.
    fn columns<'r>(
        ranges: impl Iterator<Item = &'r DateRange> + Clone,
        strings: &Strings,
    ) -> [Column; 2] {
        [
            column(
                "first_date",
                ranges.clone().map(|r| r.first(strings)).collect::<Vec<_>>(),
            ),
            column(
                "last_date",
                ranges.map(|r| r.last(strings)).collect::<Vec<_>>(),
            ),
        ]
    }
}

/// Runs a count on whole tables in memory, given in feeding order.
fn count_tables(mut count: Box<dyn Count>, tables: &[(&str, &DataFrame)]) -> Result<DataFrame> {
    for (name, rows) in tables {
        count.add(name, rows)?;
    }
    count.finish()
}

#[derive(Default)]
struct ActorTally {
    spellings: Tally,
    statements: u32,
    documents: Documents,
    types: Tally,
    countries: Tally,
    cues: Tally,
    dates: DateRange,
}

#[derive(Default)]
pub(crate) struct ActorCounts {
    documents: Strings,
    values: Strings,
    actors: Actors,
    tallies: PlHashMap<u32, ActorTally>,
}

impl Count for ActorCounts {
    fn add(&mut self, _table: &str, rows: &DataFrame) -> Result<()> {
        let doc_ids = self.documents.ids(rows, "doc_id")?;
        let speakers = self.actors.ids(rows, "speaker")?;
        let types = self.values.ids(rows, "speaker_type")?;
        let countries = self.values.ids(rows, "speaker_country")?;
        let cues = self.values.ids(rows, "cue_lemma")?;
        let dates = self.values.ids(rows, "date")?;
        for i in 0..rows.height() {
            let Some((spelling, actor)) = speakers[i] else {
                continue;
            };
            let tally = self.tallies.entry(actor).or_default();
            tally.spellings.add(spelling);
            tally.statements += 1;
            tally.documents.add(doc_ids[i]);
            for (value, counts) in [
                (types[i], &mut tally.types),
                (countries[i], &mut tally.countries),
                (cues[i], &mut tally.cues),
            ] {
                if let Some(v) = value {
                    counts.add(v);
                }
            }
            tally.dates.add(dates[i], &self.values);
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<DataFrame> {
        let ActorCounts {
            values,
            actors,
            tallies,
            ..
        } = *self;
        let mut rows: Vec<(&str, ActorTally)> = tallies
            .into_values()
            .filter_map(|t| Some((t.spellings.most_frequent(&actors.spellings)?, t)))
            .collect();
        rows.sort_by(|a, b| b.1.statements.cmp(&a.1.statements).then(a.0.cmp(b.0)));
        let documents: Vec<u32> = rows.iter_mut().map(|r| r.1.documents.count()).collect();
        let of = |tally: fn(&ActorTally) -> &Tally| {
            rows.iter()
                .map(|r| tally(&r.1).most_frequent(&values))
                .collect::<Vec<_>>()
        };
        let [first_date, last_date] = DateRange::columns(rows.iter().map(|r| &r.1.dates), &values);
        let columns = vec![
            column("actor", rows.iter().map(|r| r.0).collect::<Vec<_>>()),
            column("actor_type", of(|t| &t.types)),
            column("country", of(|t| &t.countries)),
            column(
                "statements",
                rows.iter().map(|r| r.1.statements).collect::<Vec<_>>(),
            ),
            column("documents", documents),
            first_date,
            last_date,
            column("top_cue", of(|t| &t.cues)),
            column(
                "variants",
                rows.iter()
                    .map(|r| r.1.spellings.by_frequency(&actors.spellings).join("; "))
                    .collect::<Vec<_>>(),
            ),
        ];
        frame(columns)
    }
}

/// Statements per speaker: `actor, actor_type, country, statements, documents,
/// first_date, last_date, top_cue, variants`, from the `statements` table.
///
/// Spellings of one name across documents are merged (see [`actor_key`]:
/// "Choe Son Hui" and "Choe Son-hui" are one actor), shown under their most
/// frequent spelling; `variants` lists every spelling seen, most frequent
/// first, separated by "; ". Statements without a speaker are not counted.
/// Dates are the statements' own dates (ISO strings compare in calendar order).
pub fn counts_by_actor(statements: &DataFrame) -> Result<DataFrame> {
    count_tables(Box::<ActorCounts>::default(), &[("statements", statements)])
}

#[derive(Default)]
struct FigureTally {
    mentions: u32,
    documents: Documents,
    speakers: SpeakerNames,
    dates: DateRange,
}

#[derive(Default)]
pub(crate) struct FigureCounts {
    documents: Strings,
    values: Strings,
    actors: Actors,
    // f64 has no total order as a map key: key by its bits, sort by value later.
    tallies: PlHashMap<(u64, Option<u32>), FigureTally>,
}

impl Count for FigureCounts {
    fn add(&mut self, _table: &str, rows: &DataFrame) -> Result<()> {
        let doc_ids = self.documents.ids(rows, "doc_id")?;
        let units = self.values.ids(rows, "unit")?;
        let speakers = self.actors.ids(rows, "speaker")?;
        let dates = self.values.ids(rows, "date")?;
        let values = rows.column("value")?.f64()?;
        for (i, value) in values.iter().enumerate() {
            let Some(value) = value.filter(|v| v.is_finite()) else {
                continue;
            };
            let tally = self.tallies.entry((value.to_bits(), units[i])).or_default();
            tally.mentions += 1;
            tally.documents.add(doc_ids[i]);
            if let Some(speaker) = speakers[i] {
                tally.speakers.add(speaker);
            }
            tally.dates.add(dates[i], &self.values);
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<DataFrame> {
        let FigureCounts {
            values,
            actors,
            tallies,
            ..
        } = *self;
        let unit = |id: Option<u32>| id.map(|id| values.get(id));
        let mut rows: Vec<_> = tallies.into_iter().collect();
        rows.sort_by(|a, b| {
            b.1.mentions
                .cmp(&a.1.mentions)
                .then(f64::from_bits(a.0 .0).total_cmp(&f64::from_bits(b.0 .0)))
                .then(unit(a.0 .1).cmp(&unit(b.0 .1)))
        });
        let [first_date, last_date] = DateRange::columns(rows.iter().map(|r| &r.1.dates), &values);
        frame(vec![
            column(
                "value",
                rows.iter()
                    .map(|r| f64::from_bits(r.0 .0))
                    .collect::<Vec<_>>(),
            ),
            column(
                "unit",
                rows.iter().map(|r| unit(r.0 .1)).collect::<Vec<_>>(),
            ),
            column(
                "mentions",
                rows.iter().map(|r| r.1.mentions).collect::<Vec<_>>(),
            ),
            column(
                "documents",
                rows.iter_mut()
                    .map(|r| r.1.documents.count())
                    .collect::<Vec<_>>(),
            ),
            column(
                "speakers",
                rows.iter()
                    .map(|r| r.1.speakers.count())
                    .collect::<Vec<_>>(),
            ),
            column(
                "speaker_names",
                rows.iter()
                    .map(|r| r.1.speakers.joined(&actors))
                    .collect::<Vec<_>>(),
            ),
            first_date,
            last_date,
        ])
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
    count_tables(Box::<FigureCounts>::default(), &[("figures", figures)])
}

#[derive(Default)]
pub(crate) struct DateCounts {
    documents: Strings,
    dates: Strings,
    /// The publication date of each document, by document id.
    published: Vec<Option<u32>>,
    tallies: PlHashMap<u32, (u32, Documents)>,
}

impl Count for DateCounts {
    fn add(&mut self, table: &str, rows: &DataFrame) -> Result<()> {
        let doc_ids = self.documents.ids(rows, "doc_id")?;
        if table == "documents" {
            let published = self.dates.ids(rows, "published")?;
            for (doc_id, published) in doc_ids.into_iter().zip(published) {
                let (Some(doc_id), Some(published)) = (doc_id, published) else {
                    continue;
                };
                let doc_id = doc_id as usize;
                if self.published.len() <= doc_id {
                    self.published.resize(doc_id + 1, None);
                }
                self.published[doc_id] = Some(published);
            }
            return Ok(());
        }
        let dates = self.dates.ids(rows, "date")?;
        for (doc_id, date) in doc_ids.into_iter().zip(dates) {
            let publication =
                || doc_id.and_then(|id| self.published.get(id as usize).copied().flatten());
            let Some(date) = date.or_else(publication) else {
                continue;
            };
            let tally = self.tallies.entry(date).or_default();
            tally.0 += 1;
            tally.1.add(doc_id);
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<DataFrame> {
        let DateCounts { dates, tallies, .. } = *self;
        let mut rows: Vec<(&str, (u32, Documents))> = tallies
            .into_iter()
            .map(|(date, tally)| (dates.get(date), tally))
            .collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
        frame(vec![
            column("date", rows.iter().map(|r| r.0).collect::<Vec<_>>()),
            column(
                "statements",
                rows.iter().map(|r| r.1 .0).collect::<Vec<_>>(),
            ),
            column(
                "documents",
                rows.iter_mut().map(|r| r.1 .1.count()).collect::<Vec<_>>(),
            ),
        ])
    }
}

/// Statements per day: `date, statements, documents`, in calendar order.
///
/// A statement counts on its own date when the text gives one, else on its
/// article's publication date (from the `documents` table); statements with
/// neither are not counted. Partial dates (`--11-16`) are kept as they are and
/// sort first.
pub fn counts_by_date(statements: &DataFrame, documents: &DataFrame) -> Result<DataFrame> {
    count_tables(
        Box::<DateCounts>::default(),
        &[("documents", documents), ("statements", statements)],
    )
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

/// What a figure takes from its statement: the speaker's spelling and the
/// date ([`NONE`] for neither).
#[derive(Clone, Copy)]
struct StatementContext {
    spelling: u32,
    date: u32,
}

/// No id: a null in a [`StatementContext`].
const NONE: u32 = u32::MAX;

fn some(id: u32) -> Option<u32> {
    (id != NONE).then_some(id)
}

/// A claim: actor, date, value bits in total order, unit.
type ClaimKey = (u32, Option<u32>, i64, Option<u32>);

#[derive(Default)]
pub(crate) struct ClaimCounts {
    documents: Strings,
    values: Strings,
    actors: Actors,
    /// Statements with a speaker or a date, by document, as (statement id,
    /// context); sorted by statement id once the figures come.
    statements: PlHashMap<u32, Vec<(u32, StatementContext)>>,
    /// The documents given statements since the last sort: only these are
    /// sorted again, so a corpus fed chunk by chunk is not sorted once per chunk.
    unsorted: Vec<u32>,
    tallies: PlHashMap<ClaimKey, (u32, Documents)>,
    spellings: PlHashMap<u32, Tally>,
}

impl ClaimCounts {
    fn add_statements(&mut self, rows: &DataFrame) -> Result<()> {
        let doc_ids = self.documents.ids(rows, "doc_id")?;
        let ids = rows.column("statement_id")?.u32()?;
        let speakers = self.actors.spellings.ids(rows, "speaker")?;
        let dates = self.values.ids(rows, "date")?;
        // Rows of one document come together: each run is added at once.
        let mut run: (Option<u32>, Vec<(u32, StatementContext)>) = (None, Vec::new());
        let mut flush = |run: &mut (Option<u32>, Vec<_>)| {
            if let Some(doc_id) = run.0 {
                self.statements
                    .entry(doc_id)
                    .or_default()
                    .append(&mut run.1);
                self.unsorted.push(doc_id);
            }
        };
        for (i, id) in ids.iter().enumerate() {
            let (Some(doc_id), Some(id)) = (doc_ids[i], id) else {
                continue;
            };
            if speakers[i].is_none() && dates[i].is_none() {
                continue;
            }
            let context = StatementContext {
                spelling: speakers[i].unwrap_or(NONE),
                date: dates[i].unwrap_or(NONE),
            };
            if run.0 != Some(doc_id) {
                flush(&mut run);
                run.0 = Some(doc_id);
            }
            run.1.push((id, context));
        }
        flush(&mut run);
        Ok(())
    }

    /// The context of a statement: the last one given with that id.
    fn statement(&self, doc_id: u32, id: u32) -> Option<StatementContext> {
        let statements = self.statements.get(&doc_id)?;
        let after = statements.partition_point(|(seen, _)| *seen <= id);
        statements[..after]
            .last()
            .filter(|(seen, _)| *seen == id)
            .map(|(_, context)| *context)
    }

    fn add_figures(&mut self, rows: &DataFrame) -> Result<()> {
        self.unsorted.sort_unstable();
        self.unsorted.dedup();
        for doc_id in self.unsorted.drain(..) {
            if let Some(statements) = self.statements.get_mut(&doc_id) {
                statements.sort_by_key(|(id, _)| *id);
            }
        }
        let doc_ids = self.documents.ids(rows, "doc_id")?;
        let ids = rows.column("statement_id")?.u32()?;
        let speakers = self.actors.spellings.ids(rows, "speaker")?;
        let units = self.values.ids(rows, "unit")?;
        let values = rows.column("value")?.f64()?;
        for (i, (value, id)) in values.iter().zip(ids.iter()).enumerate() {
            let Some(value) = value.filter(|v| v.is_finite()) else {
                continue;
            };
            let statement = doc_ids[i]
                .zip(id)
                .and_then(|(doc_id, id)| self.statement(doc_id, id));
            let Some(spelling) = speakers[i].or_else(|| some(statement?.spelling)) else {
                continue;
            };
            let date = statement.and_then(|s| some(s.date));
            let actor = self.actors.actor(spelling);
            self.spellings.entry(actor).or_default().add(spelling);
            let key = (actor, date, total_order_bits(value), units[i]);
            let tally = self.tallies.entry(key).or_default();
            tally.0 += 1;
            tally.1.add(doc_ids[i]);
        }
        Ok(())
    }
}

impl Count for ClaimCounts {
    fn add(&mut self, table: &str, rows: &DataFrame) -> Result<()> {
        if table == "statements" {
            self.add_statements(rows)
        } else {
            self.add_figures(rows)
        }
    }

    fn finish(self: Box<Self>) -> Result<DataFrame> {
        let ClaimCounts {
            values,
            actors,
            tallies,
            spellings,
            ..
        } = *self;
        let string = |id: Option<u32>| id.map(|id| values.get(id));
        let mut rows: Vec<_> = tallies.into_iter().collect();
        rows.sort_by(|(a, _), (b, _)| {
            let date = |d: Option<u32>| (d.is_none(), string(d));
            actors
                .keys
                .get(a.0)
                .cmp(actors.keys.get(b.0))
                .then(date(a.1).cmp(&date(b.1)))
                .then(a.2.cmp(&b.2))
                .then(string(a.3).cmp(&string(b.3)))
        });
        frame(vec![
            column(
                "actor",
                rows.iter()
                    .map(|(k, _)| spellings[&k.0].most_frequent(&actors.spellings))
                    .collect::<Vec<_>>(),
            ),
            column(
                "value",
                rows.iter()
                    .map(|(k, _)| from_total_order_bits(k.2))
                    .collect::<Vec<_>>(),
            ),
            column(
                "unit",
                rows.iter().map(|(k, _)| string(k.3)).collect::<Vec<_>>(),
            ),
            column(
                "date",
                rows.iter().map(|(k, _)| string(k.1)).collect::<Vec<_>>(),
            ),
            column(
                "mentions",
                rows.iter().map(|(_, t)| t.0).collect::<Vec<_>>(),
            ),
            column(
                "documents",
                rows.iter_mut()
                    .map(|(_, t)| t.1.count())
                    .collect::<Vec<_>>(),
            ),
        ])
    }
}

/// Who put which number forward when: `actor, value, unit, date, mentions,
/// documents`, from the `statements` and `figures` tables.
///
/// A figure counts for the speaker it is attributed to (its own `speaker`,
/// else the speaker of its statement), on the date of its statement (null
/// when the text gives none). Spellings of an actor are merged as in
/// [`counts_by_actor`], under the actor's most frequent spelling in the
/// table. Figures without a value or a speaker are left out. Rows are in
/// actor, date (undated last), value and unit order.
pub fn claims(statements: &DataFrame, figures: &DataFrame) -> Result<DataFrame> {
    count_tables(
        Box::<ClaimCounts>::default(),
        &[("statements", statements), ("figures", figures)],
    )
}

#[derive(Default)]
struct CueTally {
    statements: u32,
    documents: Documents,
    speakers: PlHashSet<u32>,
    kinds: [u32; 3],
}

#[derive(Default)]
pub(crate) struct CueCounts {
    documents: Strings,
    cues: Strings,
    actors: Actors,
    tallies: PlHashMap<u32, CueTally>,
}

impl Count for CueCounts {
    fn add(&mut self, _table: &str, rows: &DataFrame) -> Result<()> {
        let doc_ids = self.documents.ids(rows, "doc_id")?;
        let cues = self.cues.ids(rows, "cue_lemma")?;
        let speakers = self.actors.ids(rows, "speaker")?;
        let kinds = rows.column("kind")?.str()?;
        for (i, kind) in kinds.iter().enumerate() {
            let Some(cue) = cues[i] else { continue };
            let tally = self.tallies.entry(cue).or_default();
            tally.statements += 1;
            tally.documents.add(doc_ids[i]);
            tally.speakers.extend(speakers[i].map(|(_, actor)| actor));
            match kind {
                Some("direct") => tally.kinds[0] += 1,
                Some("indirect") => tally.kinds[1] += 1,
                Some("mixed") => tally.kinds[2] += 1,
                _ => {}
            }
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<DataFrame> {
        let CueCounts { cues, tallies, .. } = *self;
        let mut rows: Vec<(&str, CueTally)> = tallies
            .into_iter()
            .map(|(cue, tally)| (cues.get(cue), tally))
            .collect();
        rows.sort_by(|a, b| b.1.statements.cmp(&a.1.statements).then(a.0.cmp(b.0)));
        let documents: Vec<u32> = rows.iter_mut().map(|r| r.1.documents.count()).collect();
        let kind = |k: usize| rows.iter().map(|r| r.1.kinds[k]).collect::<Vec<_>>();
        frame(vec![
            column("cue_lemma", rows.iter().map(|r| r.0).collect::<Vec<_>>()),
            column(
                "statements",
                rows.iter().map(|r| r.1.statements).collect::<Vec<_>>(),
            ),
            column("documents", documents),
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
}

/// Statements per reporting verb: `cue_lemma, statements, documents,
/// speakers, direct, indirect, mixed`, from the `statements` table, most
/// frequent first.
///
/// `speakers` counts distinct speakers (spellings merged as in
/// [`counts_by_actor`]); `direct`, `indirect` and `mixed` split the
/// statements by kind.
pub fn counts_by_cue(statements: &DataFrame) -> Result<DataFrame> {
    count_tables(Box::<CueCounts>::default(), &[("statements", statements)])
}

/// Quotes shorter than this many words are too common to tell outlets apart
/// ("C'est faux", "Nous verrons").
const MIN_REPEATED_QUOTE_WORDS: usize = 5;

#[derive(Default)]
struct QuoteTally {
    forms: Tally,
    documents: Documents,
    speakers: SpeakerNames,
    dates: DateRange,
}

#[derive(Default)]
pub(crate) struct QuoteCounts {
    documents: Strings,
    dates: Strings,
    actors: Actors,
    contents: Strings,
    quote_keys: Strings,
    /// The quote key of each content, by content id (`None`: too short).
    key_of: Vec<Option<u32>>,
    tallies: PlHashMap<u32, QuoteTally>,
}

impl QuoteCounts {
    /// The quote key of a content, computed once per distinct content (the
    /// same content often comes back: wire copy).
    fn key(&mut self, content: u32) -> Option<u32> {
        while self.key_of.len() <= content as usize {
            let key = quote_key(self.contents.get(self.key_of.len() as u32));
            self.key_of.push(key.map(|key| self.quote_keys.id(&key)));
        }
        self.key_of[content as usize]
    }
}

impl Count for QuoteCounts {
    fn add(&mut self, _table: &str, rows: &DataFrame) -> Result<()> {
        let doc_ids = self.documents.ids(rows, "doc_id")?;
        let kinds = rows.column("kind")?.str()?;
        let contents = rows.column("content")?.str()?;
        let speakers = self.actors.ids(rows, "speaker")?;
        let dates = self.dates.ids(rows, "date")?;
        for (i, (kind, content)) in kinds.iter().zip(contents.iter()).enumerate() {
            let (Some("direct"), Some(content), Some(doc_id)) = (kind, content, doc_ids[i]) else {
                continue;
            };
            let content = self.contents.id(content);
            let Some(key) = self.key(content) else {
                continue;
            };
            let tally = self.tallies.entry(key).or_default();
            tally.forms.add(content);
            tally.documents.add(Some(doc_id));
            if let Some(speaker) = speakers[i] {
                tally.speakers.add(speaker);
            }
            tally.dates.add(dates[i], &self.dates);
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<DataFrame> {
        let QuoteCounts {
            documents,
            dates,
            actors,
            contents,
            tallies,
            ..
        } = *self;
        let mut rows: Vec<(&str, QuoteTally)> = tallies
            .into_values()
            .filter_map(|mut t| {
                (t.documents.count() > 1).then_some(())?;
                Some((t.forms.most_frequent(&contents)?, t))
            })
            .collect();
        rows.sort_by(|a, b| {
            b.1.documents
                .ids
                .len()
                .cmp(&a.1.documents.ids.len())
                .then(a.0.cmp(b.0))
        });
        let [first_date, last_date] = DateRange::columns(rows.iter().map(|r| &r.1.dates), &dates);
        frame(vec![
            column("quote", rows.iter().map(|r| r.0).collect::<Vec<_>>()),
            column(
                "documents",
                rows.iter()
                    .map(|r| r.1.documents.ids.len() as u32)
                    .collect::<Vec<_>>(),
            ),
            column(
                "mentions",
                rows.iter().map(|r| r.1.forms.total()).collect::<Vec<_>>(),
            ),
            column(
                "speakers",
                rows.iter()
                    .map(|r| r.1.speakers.joined(&actors))
                    .collect::<Vec<_>>(),
            ),
            first_date,
            last_date,
            column(
                "doc_ids",
                rows.iter()
                    .map(|r| {
                        let mut ids: Vec<&str> =
                            r.1.documents
                                .ids
                                .iter()
                                .map(|&id| documents.get(id))
                                .collect();
                        ids.sort_unstable();
                        ids.join("; ")
                    })
                    .collect::<Vec<_>>(),
            ),
        ])
    }
}

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
    count_tables(Box::<QuoteCounts>::default(), &[("statements", statements)])
}

/// The key under which [`repeated_quotes`] compares direct quotes: their
/// words, as [`actor_key`] with every other punctuation mark (commas, quote
/// marks, ellipses…) as a space; `None` for a quote too short to count.
pub fn quote_key(content: &str) -> Option<String> {
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
    let key = actor_key(&words);
    (key.split(' ').count() >= MIN_REPEATED_QUOTE_WORDS).then_some(key)
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
