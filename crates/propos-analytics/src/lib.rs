//! # propos-analytics
//!
//! Extracts a corpus of news articles in parallel (rayon) and turns the records
//! of [`propos_core`] into polars DataFrames with fixed schemas, then counts them
//! by actor, figure and date.
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
//! ## Tables
//! Offsets are byte offsets into the article text.
//! - `statements`: doc_id, statement_id, sentence, start, end, speaker, speaker_mention,
//!   speaker_type, speaker_country, cue, cue_start, cue_end, cue_lemma, kind, content,
//!   content_start, content_end, date, lang, rule
//! - `figures`: doc_id, figure_id, start, end, text, value, unit, approx, bound,
//!   statement_id, speaker
//! - `dates`: doc_id, start, end, text, value, granularity
//! - `actors`: doc_id, actor, actor_type, country, mentions, statements
//! - `documents`: doc_id, url, published, lang, chars, statements, problems
//!   (one row per article read, also for articles that could not be read: their
//!   `problems` says why)

mod corpus;
mod counts;
mod error;
mod tables;

pub use corpus::{Corpus, Options, Outcome, ProgressFn};
pub use counts::{counts_by_actor, counts_by_date, counts_by_figure};
pub use error::{Error, Result};
pub use polars;
pub use propos_core;
pub use tables::Tables;
