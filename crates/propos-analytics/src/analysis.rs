//! The analyses of a corpus, run on tables in memory or on the Parquet tables
//! that [`crate::TableWriter`] wrote (reading only the columns they need).

use std::path::Path;

use polars::prelude::*;

use crate::counts::{
    ActorCounts, ClaimCounts, Count, CueCounts, DateCounts, FigureCounts, QuoteCounts,
};
use crate::error::{Error, Result};
use crate::parquet_pages::{check_page_headers, read_metadata, read_rows, Refusal};

/// Rows of a stored table that an analysis reads at a time: its memory is
/// about one batch plus its tallies, whatever the table's size.
pub const COUNT_BATCH_ROWS: usize = 65_536;
use crate::tables::Tables;

/// One of the counts over a corpus's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Analysis {
    /// [`counts_by_actor`](crate::counts_by_actor): statements per speaker.
    Actors,
    /// [`counts_by_figure`](crate::counts_by_figure): mentions per value + unit.
    Figures,
    /// [`counts_by_date`](crate::counts_by_date): statements per day.
    Dates,
    /// [`claims`](crate::claims): who put which figure forward when.
    Claims,
    /// [`counts_by_cue`](crate::counts_by_cue): statements per reporting verb.
    Cues,
    /// [`repeated_quotes`](crate::repeated_quotes): direct quotes found in several documents.
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

    /// The tables the analysis reads, in the order it reads them, and the
    /// columns it needs of each.
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
                ("documents", &["doc_id", "published"]),
                ("statements", &["doc_id", "date"]),
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
    /// `propos extract --out-dir DIR`), reading only the columns it needs,
    /// [`COUNT_BATCH_ROWS`] rows at a time.
    pub fn run_stored(self, dir: &Path) -> Result<DataFrame> {
        let mut count = new_count(self);
        for (table, columns) in self.inputs() {
            let path = dir.join(format!("{table}.parquet"));
            for_each_batch(&path, columns, |rows| count.add(table, &rows))?;
        }
        count.finish()
    }

    /// Runs several analyses on the Parquet tables in `dir` at once, on the
    /// rayon pool (each reads its tables itself, [`COUNT_BATCH_ROWS`] rows at
    /// a time); the results come in the order of `analyses`.
    pub fn run_all_stored(analyses: &[Analysis], dir: &Path) -> Result<Vec<DataFrame>> {
        use rayon::prelude::*;
        analyses
            .par_iter()
            .with_max_len(1)
            .map(|analysis| analysis.run_stored(dir))
            .collect()
    }

    /// Runs the analysis on the tables that `table` gives by name
    /// (`statements`, `figures`, `documents`; see [`Analysis::inputs`]).
    pub fn run_with(self, table: impl Fn(&str) -> Result<DataFrame>) -> Result<DataFrame> {
        let mut count = new_count(self);
        for (name, _) in self.inputs() {
            count.add(name, &table(name)?)?;
        }
        count.finish()
    }
}

/// Several analyses fed a corpus's tables chunk by chunk, as
/// [`crate::extract_chunks`] makes them: memory holds the tallies, not the
/// tables, and the results are those of [`Analysis::run`] on the whole tables.
pub struct Counter {
    counts: Vec<(Analysis, Box<dyn Count>)>,
}

impl Counter {
    /// Starts the given analyses.
    pub fn new(analyses: &[Analysis]) -> Self {
        Self {
            counts: analyses.iter().map(|&a| (a, new_count(a))).collect(),
        }
    }

    /// Adds the tables of one chunk of articles.
    pub fn add(&mut self, tables: &Tables) -> Result<()> {
        for (analysis, count) in &mut self.counts {
            for (name, _) in analysis.inputs() {
                let rows = match *name {
                    "statements" => &tables.statements,
                    "figures" => &tables.figures,
                    _ => &tables.documents,
                };
                count.add(name, rows)?;
            }
        }
        Ok(())
    }

    /// The results, in the order of the analyses given to [`Counter::new`].
    pub fn finish(self) -> Result<Vec<DataFrame>> {
        self.counts
            .into_iter()
            .map(|(_, count)| count.finish())
            .collect()
    }
}

/// Calls `add` on some columns of a Parquet table, [`COUNT_BATCH_ROWS`] rows
/// at a time (once, with no row, for an empty table), with errors naming
/// the file.
fn for_each_batch(
    path: &Path,
    columns: &[&str],
    mut add: impl FnMut(DataFrame) -> Result<()>,
) -> Result<()> {
    let refused = |refusal: Refusal| match refusal {
        Refusal::Open(source) => Error::Open {
            path: path.to_path_buf(),
            source,
        },
        Refusal::Damaged(message) => Error::Damaged {
            path: path.to_path_buf(),
            message,
        },
        Refusal::Unreadable(source) => Error::Read {
            path: path.to_path_buf(),
            source,
        },
    };
    let metadata = read_metadata(path).map_err(refused)?;
    check_page_headers(path, &metadata).map_err(refused)?;
    let columns: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
    let mut offset = 0;
    loop {
        let batch =
            read_rows(path, &metadata, &columns, offset, COUNT_BATCH_ROWS).map_err(refused)?;
        add(batch)?;
        offset += COUNT_BATCH_ROWS;
        if offset >= metadata.num_rows {
            return Ok(());
        }
    }
}

/// A new, empty count of each kind, by the name of its analysis.
pub(crate) fn new_count(analysis: crate::Analysis) -> Box<dyn Count> {
    use crate::Analysis::*;
    match analysis {
        Actors => Box::<ActorCounts>::default(),
        Figures => Box::<FigureCounts>::default(),
        Dates => Box::<DateCounts>::default(),
        Claims => Box::<ClaimCounts>::default(),
        Cues => Box::<CueCounts>::default(),
        Quotes => Box::<QuoteCounts>::default(),
    }
}
