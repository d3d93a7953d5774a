//! Dates: expressions naming a calendar day or month, resolved against the
//! publication date.

use crate::{DateMention, Doc, Statement};

/// Finds the dates of an article.
///
/// Not written yet: date extraction comes with its own issue, so this
/// returns no dates for now.
pub fn extract(_doc: &Doc) -> Vec<DateMention> {
    Vec::new()
}

/// Gives each statement the date the text ties to it, if any.
pub fn date_statements(_doc: &Doc, dates: &[DateMention], statements: &mut [Statement]) {
    for statement in statements {
        statement.date = dates
            .iter()
            .find(|d| statement.start <= d.start && d.end <= statement.content_start)
            .and_then(|d| d.value.clone());
    }
}
