//! Counts over the tables: by actor, by figure, by date.
//!
//! Each function reads the columns it needs from a table of [`crate::Tables`]
//! and returns a new DataFrame, most frequent first (ties in name order, so
//! the result does not depend on the order of the input rows).

use std::collections::{BTreeMap, BTreeSet, HashMap};

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

#[derive(Default)]
struct ActorTally<'a> {
    statements: u32,
    documents: BTreeSet<&'a str>,
    types: BTreeMap<&'a str, usize>,
    countries: BTreeMap<&'a str, usize>,
    cues: BTreeMap<&'a str, usize>,
    first_date: Option<&'a str>,
    last_date: Option<&'a str>,
}

/// Statements per speaker: `actor, actor_type, country, statements, documents,
/// first_date, last_date, top_cue`, from the `statements` table.
///
/// Statements without a speaker are not counted. Dates are the statements'
/// own dates (ISO strings compare in calendar order).
pub fn counts_by_actor(statements: &DataFrame) -> Result<DataFrame> {
    let doc_ids = strings(statements, "doc_id")?;
    let speakers = strings(statements, "speaker")?;
    let types = strings(statements, "speaker_type")?;
    let countries = strings(statements, "speaker_country")?;
    let cues = strings(statements, "cue_lemma")?;
    let dates = strings(statements, "date")?;
    let mut tallies: BTreeMap<&str, ActorTally> = BTreeMap::new();
    for i in 0..statements.height() {
        let Some(speaker) = speakers[i] else { continue };
        let tally = tallies.entry(speaker).or_default();
        tally.statements += 1;
        tally.documents.extend(doc_ids[i]);
        for (value, counts) in [
            (types[i], &mut tally.types),
            (countries[i], &mut tally.countries),
            (cues[i], &mut tally.cues),
        ] {
            if let Some(v) = value {
                *counts.entry(v).or_default() += 1;
            }
        }
        if let Some(date) = dates[i].filter(|d| !d.starts_with("--")) {
            tally.first_date = Some(tally.first_date.map_or(date, |d| d.min(date)));
            tally.last_date = Some(tally.last_date.map_or(date, |d| d.max(date)));
        }
    }
    let mut rows: Vec<(&str, ActorTally)> = tallies.into_iter().collect();
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
            rows.iter()
                .map(|r| r.1.documents.len() as u32)
                .collect::<Vec<_>>(),
        ),
        column(
            "first_date",
            rows.iter().map(|r| r.1.first_date).collect::<Vec<_>>(),
        ),
        column(
            "last_date",
            rows.iter().map(|r| r.1.last_date).collect::<Vec<_>>(),
        ),
        column(
            "top_cue",
            rows.iter()
                .map(|r| most_frequent(&r.1.cues))
                .collect::<Vec<_>>(),
        ),
    ])
}

/// Mentions per figure (value + unit): `value, unit, mentions, documents,
/// speakers, speaker_names`, from the `figures` table.
///
/// Figures without a value (vague quantities) are not counted;
/// `speaker_names` lists the distinct speakers the figure is attributed to.
pub fn counts_by_figure(figures: &DataFrame) -> Result<DataFrame> {
    let doc_ids = strings(figures, "doc_id")?;
    let units = strings(figures, "unit")?;
    let speakers = strings(figures, "speaker")?;
    let values: Vec<Option<f64>> = figures.column("value")?.f64()?.iter().collect();
    // f64 has no total order as a map key: key by its bits, sort by value later.
    type Key<'a> = (u64, Option<&'a str>);
    let mut tallies: HashMap<Key, (u32, BTreeSet<&str>, BTreeSet<&str>)> = HashMap::new();
    for i in 0..figures.height() {
        let Some(value) = values[i].filter(|v| v.is_finite()) else {
            continue;
        };
        let tally = tallies.entry((value.to_bits(), units[i])).or_default();
        tally.0 += 1;
        tally.1.extend(doc_ids[i]);
        tally.2.extend(speakers[i]);
    }
    let mut rows: Vec<_> = tallies.into_iter().collect();
    rows.sort_by(|a, b| {
        b.1 .0
            .cmp(&a.1 .0)
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
        column("mentions", rows.iter().map(|r| r.1 .0).collect::<Vec<_>>()),
        column(
            "documents",
            rows.iter().map(|r| r.1 .1.len() as u32).collect::<Vec<_>>(),
        ),
        column(
            "speakers",
            rows.iter().map(|r| r.1 .2.len() as u32).collect::<Vec<_>>(),
        ),
        column(
            "speaker_names",
            rows.iter()
                .map(|r| r.1 .2.iter().copied().collect::<Vec<_>>().join("; "))
                .collect::<Vec<_>>(),
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
    let mut tallies: BTreeMap<&str, (u32, BTreeSet<&str>)> = BTreeMap::new();
    for (doc_id, date) in doc_ids.into_iter().zip(dates) {
        let Some(date) = date.or_else(|| doc_id.and_then(|id| published.get(id).copied())) else {
            continue;
        };
        let tally = tallies.entry(date).or_default();
        tally.0 += 1;
        tally.1.extend(doc_id);
    }
    frame(vec![
        column("date", tallies.keys().copied().collect::<Vec<_>>()),
        column(
            "statements",
            tallies.values().map(|t| t.0).collect::<Vec<_>>(),
        ),
        column(
            "documents",
            tallies
                .values()
                .map(|t| t.1.len() as u32)
                .collect::<Vec<_>>(),
        ),
    ])
}
