//! Parallel extraction of a corpus.

use std::path::Path;

use propos_core::{Article, Extraction};
use propos_read::ReadFailure;

use crate::error::Result;
use crate::ids::{Ids, Place};
use crate::input::read_inputs;
use crate::options::Options;
use crate::outcome::Outcome;
use crate::stream::{extract_chunks, Progress, ProgressCallback, DEFAULT_CHUNK_SIZE};
use crate::tables::Tables;

/// Called now and then with the number of articles done so far.
pub type ProgressFn = dyn Fn(usize) + Sync;

/// A corpus after extraction: one outcome per article, in input order.
#[derive(Debug, Default)]
pub struct Corpus {
    /// One entry per article read or attempted, in input order.
    pub outcomes: Vec<Outcome>,
}

impl Corpus {
    /// Reads and extracts every article of the given files and directories
    /// (`.txt`, JSON Lines, Parquet).
    pub fn from_paths<P: AsRef<Path>>(paths: &[P], options: &Options) -> Result<Self> {
        Self::extract(read_inputs(paths, options).collect(), options, None)
    }

    /// Extracts articles already in memory.
    pub fn from_articles(articles: Vec<Article>, options: &Options) -> Result<Self> {
        Self::extract(articles.into_iter().map(Ok).collect(), options, None)
    }

    /// Extracts articles (or the failures of reading them) in parallel, keeping their order.
    ///
    /// Everything is kept in memory; for corpora larger than memory use
    /// [`crate::extract_chunks`] or [`crate::TableWriter`], which stream.
    ///
    /// A panic inside the extraction of one article is caught and recorded as
    /// that article's problem; the others still come out. An article whose id
    /// an earlier one has, or whose id is invalid, is a failure naming its
    /// rank in `items` (and the earlier one's), never merged with it.
    pub fn extract(
        items: Vec<std::result::Result<Article, ReadFailure>>,
        options: &Options,
        progress: Option<&ProgressFn>,
    ) -> Result<Self> {
        let mut outcomes = Vec::with_capacity(items.len());
        let report = progress.map(|report| move |p: Progress| report(p.articles));
        let mut ids = Ids::default();
        let checked = items.into_iter().enumerate().map(|(rank, item)| {
            let place = Place {
                file: None,
                record: rank as u64 + 1,
            };
            item.and_then(|article| ids.check(article, place))
        });
        extract_chunks(
            checked,
            options,
            DEFAULT_CHUNK_SIZE,
            report.as_ref().map(|r| r as &ProgressCallback),
            |chunk| -> Result<()> {
                outcomes.extend(chunk);
                Ok(())
            },
        )?;
        Ok(Self { outcomes })
    }

    /// The extractions of the articles that could be read.
    pub fn extractions(&self) -> impl Iterator<Item = &Extraction> {
        self.outcomes.iter().filter_map(|o| o.as_ref().ok())
    }

    /// The articles that could not be read.
    pub fn failures(&self) -> impl Iterator<Item = &ReadFailure> {
        self.outcomes.iter().filter_map(|o| o.as_ref().err())
    }

    /// The six tables of the corpus.
    pub fn tables(&self) -> Result<Tables> {
        Tables::from_outcomes(&self.outcomes)
    }
}
