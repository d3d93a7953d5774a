//! The prepared article every extractor reads: text, language, layout and sentences.

use crate::layout::{self, Layout};
use crate::sentences::{self, Sentence};
use crate::Lang;

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
