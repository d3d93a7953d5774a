//! How a corpus is read and extracted.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use propos_core::Lang;
use propos_read::ReadOptions;

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

/// The columns that hold an article's fields in a table of articles.
///
/// Only the text column is required. Articles without an id column (or with
/// a null id) get `NAME:ROW` (file stem, 0-based row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleColumns {
    /// The article text (string column).
    pub text: String,
    /// The article id; `doc_id` is tried when this column is absent.
    pub id: String,
    /// The source URL (optional column).
    pub url: String,
    /// The publication date, `YYYY-MM-DD` strings (optional column).
    pub published: String,
    /// The language code, e.g. `fr` (optional column).
    pub lang: String,
}

impl Default for ArticleColumns {
    fn default() -> Self {
        Self {
            text: "text".into(),
            id: "id".into(),
            url: "url".into(),
            published: "published".into(),
            lang: "lang".into(),
        }
    }
}
