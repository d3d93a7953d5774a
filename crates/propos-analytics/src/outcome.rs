//! The extraction of one article, whatever happens inside it.

use propos_core::{Article, Extraction, Lang};
use propos_read::ReadFailure;

use crate::options::Options;

/// The result for one article: what was extracted, or why it could not be read.
pub type Outcome = std::result::Result<Extraction, ReadFailure>;

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
                entities: Vec::new(),
                actors: Vec::new(),
                problems: vec![format!("internal error while extracting: {message}")],
            }
        }
    }
}
