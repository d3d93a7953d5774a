//! The analyses of a corpus, run on tables in memory or on the Parquet tables
//! that [`crate::TableWriter`] wrote (reading only the columns they need).

use std::path::Path;

use polars::prelude::*;

use crate::counts::{
    claims, counts_by_actor, counts_by_cue, counts_by_date, counts_by_figure, repeated_quotes,
};
use crate::error::{Error, Result};
use crate::tables::Tables;

/// One of the counts over a corpus's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Analysis {
    /// [`counts_by_actor`]: statements per speaker.
    Actors,
    /// [`counts_by_figure`]: mentions per value + unit.
    Figures,
    /// [`counts_by_date`]: statements per day.
    Dates,
    /// [`claims`]: who put which figure forward when.
    Claims,
    /// [`counts_by_cue`]: statements per reporting verb.
    Cues,
    /// [`repeated_quotes`]: direct quotes found in several documents.
    Quotes,
}

impl Analysis {
    /// Every analysis, in the order a report shows them.
    pub const ALL: [Analysis; 6] = [
        Analysis::Actors,
        Analysis::Figures,
        Analysis::Dates,
        Analysis::Claims,
        Analysis::Cues,
        Analysis::Quotes,
    ];

    /// The analysis's name: `actors`, `figures`, `dates`, `claims`, `cues`, `quotes`.
    pub fn name(self) -> &'static str {
        match self {
            Analysis::Actors => "actors",
            Analysis::Figures => "figures",
            Analysis::Dates => "dates",
            Analysis::Claims => "claims",
            Analysis::Cues => "cues",
            Analysis::Quotes => "quotes",
        }
    }

    /// The analysis of a name (see [`Analysis::name`]).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }

    /// A title for the analysis's table.
    pub fn title(self) -> &'static str {
        match self {
            Analysis::Actors => "Statements by actor",
            Analysis::Figures => "Figures",
            Analysis::Dates => "Statements by date",
            Analysis::Claims => "Claims: who put which figure forward when",
            Analysis::Cues => "Reporting verbs",
            Analysis::Quotes => "Quotes repeated across documents",
        }
    }

    /// The tables the analysis reads and the columns it needs of each.
    pub fn inputs(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            Analysis::Actors => &[(
                "statements",
                &[
                    "doc_id",
                    "speaker",
                    "speaker_type",
                    "speaker_country",
                    "cue_lemma",
                    "date",
                ],
            )],
            Analysis::Figures => &[("figures", &["doc_id", "value", "unit", "speaker", "date"])],
            Analysis::Dates => &[
                ("statements", &["doc_id", "date"]),
                ("documents", &["doc_id", "published"]),
            ],
            Analysis::Claims => &[
                ("statements", &["doc_id", "statement_id", "speaker", "date"]),
                (
                    "figures",
                    &["doc_id", "statement_id", "speaker", "value", "unit"],
                ),
            ],
            Analysis::Cues => &[("statements", &["doc_id", "cue_lemma", "kind", "speaker"])],
            Analysis::Quotes => &[(
                "statements",
                &["doc_id", "kind", "content", "speaker", "date"],
            )],
        }
    }

    /// Runs the analysis on tables in memory.
    pub fn run(self, tables: &Tables) -> Result<DataFrame> {
        self.run_with(|name| {
            Ok(match name {
                "statements" => tables.statements.clone(),
                "figures" => tables.figures.clone(),
                "documents" => tables.documents.clone(),
                other => unreachable!("no analysis reads the {other} table"),
            })
        })
    }

    /// Runs the analysis on the Parquet tables in `dir` (as written by
    /// `propos extract --out-dir DIR`), reading only the columns it needs.
    pub fn run_stored(self, dir: &Path) -> Result<DataFrame> {
        self.run_with(|name| {
            let columns = self
                .inputs()
                .iter()
                .find(|(table, _)| *table == name)
                .map_or(&[][..], |(_, columns)| *columns);
            read_table_columns(&dir.join(format!("{name}.parquet")), columns)
        })
    }

    /// Runs the analysis on the tables that `table` gives by name
    /// (`statements`, `figures`, `documents`; see [`Analysis::inputs`]).
    pub fn run_with(self, table: impl Fn(&str) -> Result<DataFrame>) -> Result<DataFrame> {
        match self {
            Analysis::Actors => counts_by_actor(&table("statements")?),
            Analysis::Figures => counts_by_figure(&table("figures")?),
            Analysis::Dates => counts_by_date(&table("statements")?, &table("documents")?),
            Analysis::Claims => claims(&table("statements")?, &table("figures")?),
            Analysis::Cues => counts_by_cue(&table("statements")?),
            Analysis::Quotes => repeated_quotes(&table("statements")?),
        }
    }
}

/// Reads some columns of a Parquet table, with errors naming the file.
fn read_table_columns(path: &Path, columns: &[&str]) -> Result<DataFrame> {
    let read_error = |source: PolarsError| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(|source| Error::Open {
        path: path.to_path_buf(),
        source,
    })?;
    ParquetReader::new(file)
        .with_columns(Some(columns.iter().map(|c| c.to_string()).collect()))
        .finish()
        .map_err(read_error)
}
