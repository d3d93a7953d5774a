//! # propos-core
//!
//! Turns one news article into tables of *statements* (who said what), *figures*
//! (numbers with what they count), *dates* and *entities* (the people, organisations
//! and states the statements' speakers are, with the words that name them), as plain
//! Rust records with serde.
//!
//! ```
//! use propos_core::{extract, Article};
//!
//! let article = Article::new(
//!     "demo",
//!     "Titre\nLe porte-parole Jean Dupont a déclaré : « Nous ne céderons pas. »",
//! );
//! let extraction = extract(&article);
//! assert_eq!(extraction.statements[0].content, "Nous ne céderons pas");
//! ```
//!
//! The pipeline: [`layout`] (title, body, captions, boilerplate) → [`sentences`]
//! → the text layer (`text`: the article's tokens, made once and read by every
//! later stage) → statements → dates → figures → entities (module [`actors`]: the
//! speaker resolver's entities, which [`Statement::speaker_entity`] points to) → actors
//! (the entities that speak). Language knowledge lives in
//! `lexicons/<lang>/*.txt`, compiled in, and is parsed once into one typed model per
//! language (`language::Language`) that the stages read.
//!
//! Text in, records out: this crate opens no file and decompresses nothing.
//! Reading articles from files is propos-read's, below propos-analytics:
//! core ← read ← analytics ← cli, py.
#![doc = include_str!("rule_ids.md")]

pub mod actors;
pub mod article;
mod chars;
pub mod dates;
mod doc;
pub mod error;
pub mod figures;
mod hash;
mod language;
pub mod layout;
pub mod lexicon;
mod pipeline;
pub mod record;
pub mod sentences;
mod spans;
pub mod statements;
mod text;

pub use article::{Article, Lang};
pub use doc::Doc;
pub use error::{Error, Result};
pub use pipeline::{extract, parse_published};
pub use record::{
    Actor, ActorType, Bound, Construction, DateMention, Entity, Extraction, Figure, Granularity,
    RuleId, SpeakerRule, Statement, StatementKind,
};
