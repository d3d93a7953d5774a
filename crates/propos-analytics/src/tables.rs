//! The six tables of a corpus as polars DataFrames, with fixed schemas.

use std::collections::HashMap;

use polars::prelude::*;

use propos_core::Extraction;

use crate::error::Result;
use crate::outcome::Outcome;

/// The tables of a corpus (see the crate docs for their columns).
#[derive(Debug, Clone)]
pub struct Tables {
    /// One row per statement.
    pub statements: DataFrame,
    /// One row per figure.
    pub figures: DataFrame,
    /// One row per date mention.
    pub dates: DataFrame,
    /// One row per entity and article.
    pub entities: DataFrame,
    /// One row per actor (entity that speaks) and article.
    pub actors: DataFrame,
    /// One row per article, readable or not.
    pub documents: DataFrame,
}

/// A named column from values.
pub(crate) fn column<T, P>(name: &str, values: T) -> Column
where
    Series: NamedFrom<T, P>,
    P: ?Sized,
{
    Series::new(name.into(), values).into_column()
}

/// A DataFrame from columns of equal length.
pub(crate) fn frame(columns: Vec<Column>) -> Result<DataFrame> {
    let height = columns.first().map_or(0, Column::len);
    Ok(DataFrame::new(height, columns)?)
}

impl Tables {
    /// The tables of no article: empty, with the fixed schemas.
    pub fn empty() -> Result<Self> {
        Self::from_outcomes(&[])
    }

    /// Builds the tables from the outcomes of a corpus, in order.
    pub fn from_outcomes(outcomes: &[Outcome]) -> Result<Self> {
        let extractions: Vec<&Extraction> =
            outcomes.iter().filter_map(|o| o.as_ref().ok()).collect();
        Ok(Self {
            statements: statements(&extractions)?,
            figures: figures(&extractions)?,
            dates: dates(&extractions)?,
            entities: entities(&extractions)?,
            actors: actors(&extractions)?,
            documents: documents(outcomes)?,
        })
    }
}

/// Repeats each extraction's doc id once per record of one kind.
fn doc_ids<'a, T>(
    extractions: &[&'a Extraction],
    records: impl Fn(&Extraction) -> &[T],
) -> Vec<&'a str> {
    extractions
        .iter()
        .flat_map(|e| std::iter::repeat_n(e.doc_id.as_str(), records(e).len()))
        .collect()
}

fn statements(extractions: &[&Extraction]) -> Result<DataFrame> {
    let rows: Vec<(&Extraction, &propos_core::Statement)> = extractions
        .iter()
        .flat_map(|e| e.statements.iter().map(move |s| (*e, s)))
        .collect();
    let get = |f: fn(&propos_core::Statement) -> Option<&str>| -> Vec<Option<&str>> {
        rows.iter().map(|(_, s)| f(s)).collect()
    };
    let offset = |f: fn(&propos_core::Statement) -> usize| -> Vec<u64> {
        rows.iter().map(|(_, s)| f(s) as u64).collect()
    };
    frame(vec![
        column("doc_id", doc_ids(extractions, |e| &e.statements)),
        column(
            "statement_id",
            rows.iter().map(|(_, s)| s.statement_id).collect::<Vec<_>>(),
        ),
        column(
            "sentence",
            rows.iter().map(|(_, s)| s.sentence).collect::<Vec<_>>(),
        ),
        column("start", offset(|s| s.start)),
        column("end", offset(|s| s.end)),
        column("speaker", get(|s| s.speaker.as_deref())),
        column("speaker_mention", get(|s| s.speaker_mention.as_deref())),
        column("speaker_type", get(|s| s.speaker_type.map(|t| t.as_str()))),
        column("speaker_country", get(|s| s.speaker_country.as_deref())),
        column("cue", get(|s| Some(s.cue.as_str()))),
        column("cue_start", offset(|s| s.cue_start)),
        column("cue_end", offset(|s| s.cue_end)),
        column("cue_lemma", get(|s| Some(s.cue_lemma.as_str()))),
        column("kind", get(|s| Some(s.kind.as_str()))),
        column("content", get(|s| Some(s.content.as_str()))),
        column("content_start", offset(|s| s.content_start)),
        column("content_end", offset(|s| s.content_end)),
        column("date", get(|s| s.date.as_deref())),
        column(
            "lang",
            rows.iter().map(|(e, _)| e.lang.code()).collect::<Vec<_>>(),
        ),
        column("rule", get(|s| Some(s.rule.as_str()))),
        column("speaker_rule", get(|s| s.speaker_rule.map(|r| r.as_str()))),
        column(
            "speaker_entity",
            rows.iter()
                .map(|(_, s)| s.speaker_entity)
                .collect::<Vec<_>>(),
        ),
    ])
}

fn figures(extractions: &[&Extraction]) -> Result<DataFrame> {
    let rows: Vec<&propos_core::Figure> =
        extractions.iter().flat_map(|e| e.figures.iter()).collect();
    let statement_dates: Vec<Option<&str>> = extractions
        .iter()
        .flat_map(|e| {
            let by_id: HashMap<u32, Option<&str>> = e
                .statements
                .iter()
                .map(|s| (s.statement_id, s.date.as_deref()))
                .collect();
            e.figures.iter().map(move |f| {
                f.statement_id
                    .and_then(|id| by_id.get(&id).copied().flatten())
            })
        })
        .collect();
    frame(vec![
        column("doc_id", doc_ids(extractions, |e| &e.figures)),
        column(
            "figure_id",
            rows.iter().map(|f| f.figure_id).collect::<Vec<_>>(),
        ),
        column(
            "start",
            rows.iter().map(|f| f.start as u64).collect::<Vec<_>>(),
        ),
        column("end", rows.iter().map(|f| f.end as u64).collect::<Vec<_>>()),
        column(
            "text",
            rows.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
        ),
        column("value", rows.iter().map(|f| f.value).collect::<Vec<_>>()),
        column(
            "unit",
            rows.iter().map(|f| f.unit.as_deref()).collect::<Vec<_>>(),
        ),
        column("approx", rows.iter().map(|f| f.approx).collect::<Vec<_>>()),
        column(
            "bound",
            rows.iter()
                .map(|f| f.bound.map(|b| b.as_str()))
                .collect::<Vec<_>>(),
        ),
        column(
            "statement_id",
            rows.iter().map(|f| f.statement_id).collect::<Vec<_>>(),
        ),
        column(
            "speaker",
            rows.iter()
                .map(|f| f.speaker.as_deref())
                .collect::<Vec<_>>(),
        ),
        column("date", statement_dates),
    ])
}

fn dates(extractions: &[&Extraction]) -> Result<DataFrame> {
    let rows: Vec<&propos_core::DateMention> =
        extractions.iter().flat_map(|e| e.dates.iter()).collect();
    frame(vec![
        column("doc_id", doc_ids(extractions, |e| &e.dates)),
        column(
            "start",
            rows.iter().map(|d| d.start as u64).collect::<Vec<_>>(),
        ),
        column("end", rows.iter().map(|d| d.end as u64).collect::<Vec<_>>()),
        column(
            "text",
            rows.iter().map(|d| d.text.as_str()).collect::<Vec<_>>(),
        ),
        column(
            "value",
            rows.iter().map(|d| d.value.as_deref()).collect::<Vec<_>>(),
        ),
        column(
            "granularity",
            rows.iter()
                .map(|d| d.granularity.as_str())
                .collect::<Vec<_>>(),
        ),
    ])
}

fn entities(extractions: &[&Extraction]) -> Result<DataFrame> {
    let rows: Vec<&propos_core::Entity> =
        extractions.iter().flat_map(|e| e.entities.iter()).collect();
    let mut forms = ListStringChunkedBuilder::new(
        "mention_forms".into(),
        rows.len(),
        rows.iter().map(|e| e.mention_forms.len()).sum(),
    );
    for entity in &rows {
        forms.append_values_iter(entity.mention_forms.iter().map(String::as_str));
    }
    frame(vec![
        column("doc_id", doc_ids(extractions, |e| &e.entities)),
        column(
            "entity_id",
            rows.iter().map(|e| e.entity_id).collect::<Vec<_>>(),
        ),
        column(
            "name",
            rows.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ),
        column(
            "entity_type",
            rows.iter()
                .map(|e| e.entity_type.map(|t| t.as_str()))
                .collect::<Vec<_>>(),
        ),
        column(
            "country",
            rows.iter()
                .map(|e| e.country.as_deref())
                .collect::<Vec<_>>(),
        ),
        column(
            "mentions",
            rows.iter().map(|e| e.mentions).collect::<Vec<_>>(),
        ),
        forms.finish().into_series().into_column(),
    ])
}

fn actors(extractions: &[&Extraction]) -> Result<DataFrame> {
    let rows: Vec<&propos_core::Actor> = extractions.iter().flat_map(|e| e.actors.iter()).collect();
    frame(vec![
        column("doc_id", doc_ids(extractions, |e| &e.actors)),
        column(
            "actor",
            rows.iter().map(|a| a.actor.as_str()).collect::<Vec<_>>(),
        ),
        column(
            "actor_type",
            rows.iter()
                .map(|a| a.actor_type.map(|t| t.as_str()))
                .collect::<Vec<_>>(),
        ),
        column(
            "country",
            rows.iter()
                .map(|a| a.country.as_deref())
                .collect::<Vec<_>>(),
        ),
        column(
            "mentions",
            rows.iter().map(|a| a.mentions).collect::<Vec<_>>(),
        ),
        column(
            "statements",
            rows.iter().map(|a| a.statements).collect::<Vec<_>>(),
        ),
    ])
}

fn documents(outcomes: &[Outcome]) -> Result<DataFrame> {
    let mut doc_id = Vec::with_capacity(outcomes.len());
    let mut url = Vec::with_capacity(outcomes.len());
    let mut published = Vec::with_capacity(outcomes.len());
    let mut lang = Vec::with_capacity(outcomes.len());
    let mut chars = Vec::with_capacity(outcomes.len());
    let mut statements = Vec::with_capacity(outcomes.len());
    let mut problems = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
        match outcome {
            Ok(e) => {
                doc_id.push(e.doc_id.clone());
                url.push(e.url.clone());
                published.push(e.published.clone());
                lang.push(Some(e.lang.code()));
                chars.push(Some(e.chars as u64));
                statements.push(e.statements.len() as u32);
                problems.push((!e.problems.is_empty()).then(|| e.problems.join("; ")));
            }
            Err(failure) => {
                doc_id.push(failure.doc_id.clone());
                url.push(None);
                published.push(None);
                lang.push(None);
                chars.push(None);
                statements.push(0);
                problems.push(Some(failure.error.to_string()));
            }
        }
    }
    frame(vec![
        column("doc_id", doc_id),
        column("url", url),
        column("published", published),
        column("lang", lang),
        column("chars", chars),
        column("statements", statements),
        column("problems", problems),
    ])
}
