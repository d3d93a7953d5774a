//! Parallel extraction of a corpus.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use propos_core::read::{ReadFailure, ReadOptions};
use propos_core::{Article, Extraction, Lang};

use crate::error::Result;
use crate::ids::{Ids, Place};
use crate::input::{read_inputs, ArticleColumns};
use crate::stream::{extract_chunks, Progress, ProgressCallback, DEFAULT_CHUNK_SIZE};
use crate::tables::Tables;

/// Called now and then with the number of articles done so far.
pub type ProgressFn = dyn Fn(usize) + Sync;

/// How to read and extract a corpus.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Worker threads; `None`: `PROPOS_MAX_THREADS`, else all cores. At most
    /// [`max_threads`]: more are never faster, and thousands of threads take
    /// seconds to start (see [`Options::threads_capped`]).
    pub threads: Option<usize>,
    /// Language of articles that do not state theirs (detected when `None`).
    pub lang: Option<Lang>,
    /// Publication date (`YYYY-MM-DD`) of articles that do not state theirs.
    pub published: Option<String>,
    /// How files are read (the largest article accepted, say).
    pub read: ReadOptions,
    /// The columns of Parquet inputs that hold the article fields.
    pub columns: ArticleColumns,
    /// Set from another thread (a Ctrl-C handler, say) to stop a run: no
    /// article is started after it is set, and the run ends with
    /// [`crate::Error::Interrupted`].
    pub stop: Option<Arc<AtomicBool>>,
}

/// The cores available to this process (1 when unknown).
fn cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// The most worker threads used: 4 × the available cores, at least 16 and at
/// most 256, whatever is asked for.
pub fn max_threads() -> usize {
    (4 * cores()).clamp(16, 256)
}

impl Options {
    /// The threads asked for (`threads`, else `PROPOS_MAX_THREADS`), before the cap.
    fn threads_asked(&self) -> Option<usize> {
        self.threads
            .or_else(|| {
                std::env::var("PROPOS_MAX_THREADS")
                    .ok()
                    .and_then(|v| v.parse().ok())
            })
            .filter(|&n| n > 0)
    }

    /// The number of worker threads used: as asked, at most [`max_threads`].
    pub fn thread_count(&self) -> usize {
        self.threads_asked()
            .unwrap_or_else(cores)
            .min(max_threads())
    }

    /// Whether [`Options::stop`] has been set.
    pub fn stopped(&self) -> bool {
        self.stop
            .as_ref()
            .is_some_and(|s| s.load(Ordering::Relaxed))
    }

    /// A message for the user when more threads were asked for than are used.
    pub fn threads_capped(&self) -> Option<String> {
        let asked = self.threads_asked()?;
        let used = self.thread_count();
        (asked > used).then(|| {
            format!(
                "{asked} threads asked for, {used} used (at most 4 × the {} cores, between 16 and 256)",
                cores()
            )
        })
    }
}

/// The result for one article: what was extracted, or why it could not be read.
pub type Outcome = std::result::Result<Extraction, ReadFailure>;

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

    /// The five tables of the corpus.
    pub fn tables(&self) -> Result<Tables> {
        Tables::from_outcomes(&self.outcomes)
    }
}

pub(crate) fn extract_one(mut article: Article, options: &Options) -> Extraction {
    if article.lang.is_none() {
        article.lang = options.lang;
    }
    if article.published.is_none() {
        article.published.clone_from(&options.published);
    }
    match std::panic::catch_unwind(|| propos_core::extract(&article)) {
        Ok(extraction) => extraction,
        Err(panic) => {
            let message = crate::error::panic_message(panic.as_ref());
            Extraction {
                doc_id: article.id.clone(),
                url: article.url.clone(),
                published: article.published.clone(),
                lang: article.lang.unwrap_or(Lang::Fr),
                chars: article.text.chars().count(),
                statements: Vec::new(),
                figures: Vec::new(),
                dates: Vec::new(),
                actors: Vec::new(),
                problems: vec![format!("internal error while extracting: {message}")],
            }
        }
    }
}
