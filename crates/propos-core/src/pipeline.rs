//! The whole pipeline on one article: layout → sentences → the text layer → statements
//! → dates → figures → entities → actors.

use crate::doc::Doc;
use crate::{actors, dates, figures, lexicon, statements, text};
use crate::{Article, Error, Extraction, Result};

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
    let statements::Found {
        mut statements,
        nested,
        known,
    } = statements::extract_in(&doc, &text);
    let sentence_tokens = figures::text::SentenceTokens::from_text(&doc, text);
    let dates = dates::extract_from(&doc, &sentence_tokens);
    dates::date_statements(&doc, &dates, &mut statements);
    let mut figures = figures::extract_from(&doc, &sentence_tokens, &dates);
    figures::attribute_in(&doc, &mut figures, &statements, &nested);
    let entities = actors::entities(&doc, &mut statements, &known);
    let actors = actors::tabulate(&statements, &entities);
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
        entities,
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
