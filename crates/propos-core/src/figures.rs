//! Figures: numbers with what they count.

use crate::{Doc, Figure, Statement};

/// Finds the figures of an article.
///
/// Not written yet: figure extraction comes with its own issue, so this
/// returns no figures for now.
pub fn extract(_doc: &Doc) -> Vec<Figure> {
    Vec::new()
}

/// Ties each figure inside a statement's content to that statement and its speaker.
pub fn attribute(figures: &mut [Figure], statements: &[Statement]) {
    for figure in figures {
        if let Some(statement) = statements
            .iter()
            .find(|s| s.content_start <= figure.start && figure.end <= s.content_end)
        {
            figure.statement_id = Some(statement.statement_id);
            figure.speaker = statement.speaker.clone();
        }
    }
}
