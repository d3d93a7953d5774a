//! # propos-core
//!
//! Turns one news article into tables of *statements* (who said what), *figures*
//! (numbers with what they count) and *dates*, as plain Rust records with serde.
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
//! later stage) → statements → dates → figures → actors. Language knowledge lives in
//! `lexicons/<lang>/*.txt`, compiled in.

pub mod actors;
pub mod article;
mod chars;
pub mod dates;
pub mod error;
pub mod figures;
mod hash;
pub mod layout;
pub mod lexicon;
pub mod read;
pub mod record;
pub mod sentences;
mod spans;
pub mod statements;
mod text;

pub use article::{Article, Lang};
pub use error::{Error, Result};
pub use record::{
    Actor, ActorType, Bound, DateMention, Extraction, Figure, Granularity, SpeakerRule, Statement,
    StatementKind,
};

use layout::Layout;
use sentences::Sentence;

/// An article prepared for the extractors: its text, language, blocks and sentences.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    /// The original text; all offsets point into it.
    pub text: &'a str,
    /// The language whose lexicons are used.
    pub lang: Lang,
    /// Title, body, captions and boilerplate.
    pub layout: Layout,
    /// Sentences of the content blocks, in order.
    pub sentences: Vec<Sentence>,
    /// Publication date, when known and valid.
    pub published: Option<jiff::civil::Date>,
}

impl<'a> Doc<'a> {
    /// Prepares a text: finds its layout and sentences.
    pub fn new(text: &'a str, lang: Lang, published: Option<jiff::civil::Date>) -> Self {
        let layout = layout::layout(text);
        let sentences = sentences::split(text, &layout, lang);
        Self {
            text,
            lang,
            layout,
            sentences,
            published,
        }
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, sentence: &Sentence) -> &'a str {
        &self.text[sentence.start..sentence.end]
    }
}

/// Runs the whole pipeline on one article.
///
/// Never fails: what is wrong with the article (an unreadable publication
/// date, say) is listed in [`Extraction::problems`].
pub fn extract(article: &Article) -> Extraction {
    let mut problems = Vec::new();
    let lang = article
        .lang
        .unwrap_or_else(|| lexicon::detect_language(&article.text));
    let published = article.published.as_deref().and_then(|p| {
        parse_published(p)
            .map_err(|e| problems.push(e.to_string()))
            .ok()
    });
    let doc = Doc::new(&article.text, lang, published);
    let text = text::Text::new(doc.text, &doc.layout);
    let mut statements = statements::extract_in(&doc, &text);
    let sentence_tokens = figures::text::SentenceTokens::from_text(&doc, text);
    let dates = dates::extract_from(&doc, &sentence_tokens);
    dates::date_statements(&doc, &dates, &mut statements);
    let mut figures = figures::extract_from(&doc, &sentence_tokens, &dates);
    figures::attribute_in(&doc, &mut figures, &statements);
    let actors = actors::tabulate(&doc, &statements);
    Extraction {
        doc_id: article.id.clone(),
        url: article
            .url
            .clone()
            .or_else(|| doc.layout.source_url.clone()),
        published: published.map(|d| d.to_string()),
        lang,
        chars: article.text.chars().count(),
        statements,
        figures,
        dates,
        actors,
        problems,
    }
}

/// Parses a publication date: `YYYY-MM-DD`, optionally followed by a time.
pub fn parse_published(value: &str) -> Result<jiff::civil::Date> {
    let day = value.trim().get(..10).unwrap_or(value.trim());
    day.parse().map_err(|_| Error::InvalidDate {
        given: value.to_string(),
    })
}
