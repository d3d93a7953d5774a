//! # propos-analytics
//!
//! Extracts a corpus of news articles in parallel (rayon) and turns the records
//! of [`propos_core`] into polars DataFrames with fixed schemas, then counts them
//! by actor, figure and date.
//!
//! ## Layers
//! ```text
//! propos-core  <-  propos-read  <-  propos-analytics  <-  propos-cli, propos-py
//! ```
//! [`propos_core`] turns text into records and touches no file;
//! [`propos_read`] reads articles from `.txt`, JSON Lines (plain, gzip, zstd)
//! and directories; this crate adds Parquet files and polars DataFrames (which
//! need polars) and [`read_inputs`], the one reader of every input that the
//! CLI, the Python module and Spark use. Both lower crates are re-exported.
//!
//! ```no_run
//! use propos_analytics::{counts_by_actor, Corpus, Options};
//!
//! let tables = Corpus::from_paths(&["seeds"], &Options::default())
//!     .unwrap()
//!     .tables()
//!     .unwrap();
//! println!("{}", tables.statements);
//! println!("{}", counts_by_actor(&tables.statements).unwrap());
//! ```
//!
//! ## Streaming
//! [`extract_chunks`] reads articles lazily and hands their extractions to a
//! sink chunk by chunk, in input order, whatever the number of threads;
//! [`TableWriter`] writes each chunk's tables as Parquet row groups. Memory then
//! depends on the chunk size, not on the corpus:
//!
//! ```no_run
//! use propos_analytics::{
//!     extract_chunks, read_inputs, ArticleColumns, Options, TableWriter, DEFAULT_CHUNK_SIZE,
//! };
//!
//! let mut writer = TableWriter::create("out".as_ref())?;
//! let options = Options::default();
//! let summary = extract_chunks(
//!     read_inputs(&["seeds"], &options),
//!     &options,
//!     DEFAULT_CHUNK_SIZE,
//!     None,
//!     |chunk| writer.write(&chunk),
//! )?;
//! writer.finish()?;
//! println!("{} read, {} skipped", summary.read, summary.skipped);
//! # Ok::<(), propos_analytics::Error>(())
//! ```
//!
//! ## Tables
//! Offsets are byte offsets into the article text.
//! - `statements`: doc_id, statement_id, sentence, start, end, speaker, speaker_mention,
//!   speaker_type, speaker_country, cue, cue_start, cue_end, cue_lemma, kind, content,
//!   content_start, content_end, date, lang, rule, speaker_rule, speaker_entity (the
//!   `entity_id` of the speaker in `entities`)
//! - `figures`: doc_id, figure_id, start, end, text, value, unit, approx, bound,
//!   statement_id, speaker, date (the date of the figure's statement)
//! - `dates`: doc_id, start, end, text, value, granularity
//! - `entities`: doc_id, entity_id, name, entity_type, country, mentions, mention_forms
//!   (a list of the distinct words naming it, pronouns resolved to it included): the
//!   speakers and the subjects the speaker resolver linked, ids in order of first mention
//! - `actors`: doc_id, actor, actor_type, country, mentions, statements (the entities
//!   that speak)
//! - `documents`: doc_id, url, published, lang, chars, statements, problems
//!   (one row per article read, also for articles that could not be read: their
//!   `problems` says why)

mod analysis;
mod corpus;
mod counts;
mod error;
mod ids;
mod input;
mod options;
mod outcome;
mod parquet_pages;
mod stream;
pub mod synth;
mod tables;
mod write;

pub use analysis::{Analysis, Counter, COUNT_BATCH_ROWS};
pub use corpus::{Corpus, ProgressFn};
pub use counts::{
    actor_key, claims, counts_by_actor, counts_by_cue, counts_by_date, counts_by_figure, quote_key,
    repeated_quotes,
};
pub use error::{Error, Result};
pub use input::{articles_from_frame, read_inputs, read_parquet};
pub use options::{max_threads, ArticleColumns, Options};
pub use outcome::Outcome;
pub use polars;
pub use propos_core;
pub use propos_read;
pub use stream::{extract_chunks, Progress, ProgressCallback, Summary, DEFAULT_CHUNK_SIZE};
pub use tables::Tables;
pub use write::{check_outputs, ParquetFile, PendingFile, TableWriter};
