//! Streaming extraction: articles are read lazily, extracted in parallel chunk
//! by chunk, and handed to a sink in input order, so memory stays bounded by
//! the chunk size whatever the size of the corpus.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use propos_core::Article;
use propos_read::ReadFailure;

use crate::error::Error;
use crate::options::Options;
use crate::outcome::{extract_one, Outcome};

/// Articles per chunk when the caller has no better idea: large enough to keep
/// every worker busy, small enough to keep memory low.
pub const DEFAULT_CHUNK_SIZE: usize = 1024;

/// How far a streamed extraction has got: articles done and bytes of their text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Articles done (read and extracted, or failed to read).
    pub articles: usize,
    /// Bytes of text of the articles done.
    pub bytes: u64,
}

/// Called now and then, from any worker thread, with the progress so far.
pub type ProgressCallback<'a> = dyn Fn(Progress) + Sync + 'a;

/// What a streamed extraction went through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles read and extracted.
    pub read: usize,
    /// Articles that could not be read (each is still a `documents` row).
    pub skipped: usize,
    /// Bytes of text of the articles read.
    pub bytes: u64,
    /// Statements found.
    pub statements: usize,
    /// Figures found.
    pub figures: usize,
    /// Date mentions found.
    pub dates: usize,
    /// Problems: articles that could not be read plus problems of the articles read.
    pub problems: usize,
}

impl Summary {
    /// Adds the outcomes of a chunk to the summary.
    pub fn add(&mut self, outcomes: &[Outcome]) {
        for outcome in outcomes {
            match outcome {
                Ok(e) => {
                    self.read += 1;
                    self.statements += e.statements.len();
                    self.figures += e.figures.len();
                    self.dates += e.dates.len();
                    self.problems += e.problems.len();
                }
                Err(_) => {
                    self.skipped += 1;
                    self.problems += 1;
                }
            }
        }
    }
}

/// Extracts articles chunk by chunk with `options.thread_count()` workers.
///
/// `items` is consumed lazily, `chunk_size` articles at a time (0 counts as 1);
/// each chunk is extracted in parallel and given to `sink` in input order, so
/// the output is the same whatever the number of threads. A panic while
/// extracting one article becomes that article's problem. Stops at the first
/// error of the sink and returns it, and with [`Error::Interrupted`] when
/// `options.stop` is set (no article is started after that).
pub fn extract_chunks<I, F, E>(
    items: I,
    options: &Options,
    chunk_size: usize,
    progress: Option<&ProgressCallback<'_>>,
    mut sink: F,
) -> std::result::Result<Summary, E>
where
    I: IntoIterator<Item = std::result::Result<Article, ReadFailure>>,
    F: FnMut(Vec<Outcome>) -> std::result::Result<(), E>,
    E: From<Error>,
{
    let threads = options.thread_count();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::ThreadPool {
            threads,
            message: e.to_string(),
        })?;
    let chunk_size = chunk_size.max(1);
    let articles = AtomicUsize::new(0);
    let bytes = AtomicU64::new(0);
    let extract_chunk = |chunk: Vec<std::result::Result<Article, ReadFailure>>| -> Vec<Outcome> {
        chunk
            .into_par_iter()
            .filter_map(|item| {
                if options.stopped() {
                    // the run ends with `Interrupted` once this chunk is done
                    return None;
                }
                let size = item.as_ref().map_or(0, |a| a.text.len() as u64);
                let outcome = item.map(|article| extract_one(article, options));
                let n = articles.fetch_add(1, Ordering::Relaxed) + 1;
                let b = bytes.fetch_add(size, Ordering::Relaxed) + size;
                if let Some(report) = progress {
                    if n.is_multiple_of(16) {
                        report(Progress {
                            articles: n,
                            bytes: b,
                        });
                    }
                }
                Some(outcome)
            })
            .collect()
    };
    let mut summary = Summary::default();
    let mut items = items.into_iter();
    let mut chunk: Vec<_> = items.by_ref().take(chunk_size).collect();
    let mut extracted: Option<Vec<Outcome>> = None;
    // While the workers extract one chunk, this thread hands the previous
    // chunk to the sink and reads the next one, so reading and writing
    // overlap with extraction.
    while !chunk.is_empty() {
        let mut outcomes = Vec::new();
        let mut written = Ok(());
        pool.in_place_scope(|scope| {
            let work = std::mem::take(&mut chunk);
            let slot = &mut outcomes;
            let extract_chunk = &extract_chunk;
            scope.spawn(move |_| *slot = extract_chunk(work));
            if let Some(previous) = extracted.take() {
                summary.add(&previous);
                written = sink(previous);
            }
            if written.is_ok() {
                chunk = items.by_ref().take(chunk_size).collect();
            }
        });
        written?;
        if options.stopped() {
            return Err(Error::Interrupted.into());
        }
        extracted = Some(outcomes);
    }
    if options.stopped() {
        return Err(Error::Interrupted.into());
    }
    if let Some(last) = extracted {
        summary.add(&last);
        sink(last)?;
    }
    summary.bytes = bytes.load(Ordering::Relaxed);
    if let Some(report) = progress {
        report(Progress {
            articles: articles.load(Ordering::Relaxed),
            bytes: summary.bytes,
        });
    }
    Ok(summary)
}
