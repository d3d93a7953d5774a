use propos_analytics::polars::prelude::*;
use propos_analytics::{counts_by_actor, counts_by_date, counts_by_figure, Corpus, Options};

use crate::seeds_dir;

fn names(df: &DataFrame) -> Vec<String> {
    df.get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect()
}

#[test]
fn tables_have_the_documented_schemas() {
    let tables = Corpus::from_paths(&[seeds_dir()], &Options::default())
        .unwrap()
        .tables()
        .unwrap();
    assert_eq!(
        names(&tables.statements),
        [
            "doc_id",
            "statement_id",
            "sentence",
            "start",
            "end",
            "speaker",
            "speaker_mention",
            "speaker_type",
            "speaker_country",
            "cue",
            "cue_start",
            "cue_end",
            "cue_lemma",
            "kind",
            "content",
            "content_start",
            "content_end",
            "date",
            "lang",
            "rule",
            "speaker_rule",
            "speaker_entity"
        ]
    );
    assert_eq!(
        names(&tables.figures),
        [
            "doc_id",
            "figure_id",
            "start",
            "end",
            "text",
            "value",
            "unit",
            "approx",
            "bound",
            "statement_id",
            "speaker",
            "date"
        ]
    );
    assert_eq!(
        names(&tables.dates),
        ["doc_id", "start", "end", "text", "value", "granularity"]
    );
    assert_eq!(
        names(&tables.entities),
        [
            "doc_id",
            "entity_id",
            "name",
            "entity_type",
            "country",
            "mentions",
            "mention_forms"
        ]
    );
    assert_eq!(
        tables.entities.column("mention_forms").unwrap().dtype(),
        &DataType::List(Box::new(DataType::String))
    );
    assert_eq!(
        names(&tables.actors),
        [
            "doc_id",
            "actor",
            "actor_type",
            "country",
            "mentions",
            "statements"
        ]
    );
    assert_eq!(
        names(&tables.documents),
        [
            "doc_id",
            "url",
            "published",
            "lang",
            "chars",
            "statements",
            "problems"
        ]
    );
}

#[test]
fn the_seeds_give_one_document_each_and_real_statements() {
    let corpus = Corpus::from_paths(&[seeds_dir()], &Options::default()).unwrap();
    let tables = corpus.tables().unwrap();
    let ids: Vec<_> = tables
        .documents
        .column("doc_id")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .map(|s| s.unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "000_becc83db35df7d25",
            "001_401c6bfd4cffbe8c",
            "002_3f039fbe64c38482",
            "003_7bbe899204955759",
            "004_2dd278950ddd2d8d"
        ]
    );
    assert_eq!(tables.documents.column("problems").unwrap().null_count(), 5);
    assert!(tables.statements.height() >= 5);
    // Every content is the text at its offsets.
    for extraction in corpus.extractions() {
        let text = std::fs::read_to_string(seeds_dir().join(format!("{}.txt", extraction.doc_id)))
            .unwrap();
        for s in &extraction.statements {
            assert_eq!(&text[s.content_start..s.content_end], s.content);
        }
    }
    // The "Source : URL" line gives the article's URL.
    let urls: Vec<_> = corpus.extractions().map(|e| e.url.is_some()).collect();
    assert_eq!(urls, [true, false, true, false, false]);
    let first = corpus.extractions().next().unwrap();
    assert!(first
        .url
        .as_deref()
        .unwrap()
        .starts_with("https://baoquocte.vn/my-phan-ung"));
}

#[test]
fn counts_add_up_to_the_tables() {
    let tables = Corpus::from_paths(&[seeds_dir()], &Options::default())
        .unwrap()
        .tables()
        .unwrap();
    let by_actor = counts_by_actor(&tables.statements).unwrap();
    let attributed =
        tables.statements.height() - tables.statements.column("speaker").unwrap().null_count();
    let counted: u32 = by_actor
        .column("statements")
        .unwrap()
        .u32()
        .unwrap()
        .into_no_null_iter()
        .sum();
    assert_eq!(counted as usize, attributed);
    let counts: Vec<u32> = by_actor
        .column("statements")
        .unwrap()
        .u32()
        .unwrap()
        .into_no_null_iter()
        .collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "most frequent first"
    );

    let by_figure = counts_by_figure(&tables.figures).unwrap();
    let mentions: u32 = by_figure
        .column("mentions")
        .unwrap()
        .u32()
        .unwrap()
        .into_no_null_iter()
        .sum();
    let valued = tables.figures.height() - tables.figures.column("value").unwrap().null_count();
    assert_eq!(mentions as usize, valued);

    let by_date = counts_by_date(&tables.statements, &tables.documents).unwrap();
    assert_eq!(names(&by_date), ["date", "statements", "documents"]);
}

#[test]
fn the_thread_count_does_not_change_the_tables() {
    let one = Options {
        threads: Some(1),
        ..Options::default()
    };
    let two = Options {
        threads: Some(2),
        ..Options::default()
    };
    let a = Corpus::from_paths(&[seeds_dir()], &one)
        .unwrap()
        .tables()
        .unwrap();
    let b = Corpus::from_paths(&[seeds_dir()], &two)
        .unwrap()
        .tables()
        .unwrap();
    assert!(a.statements.equals_missing(&b.statements));
    assert!(a.documents.equals_missing(&b.documents));
}

#[test]
fn counting_a_table_without_its_columns_is_an_error_not_a_panic() {
    let wrong = DataFrame::new(1, vec![Column::new("doc_id".into(), ["a"])]).unwrap();
    let error = counts_by_actor(&wrong).unwrap_err();
    assert!(error.to_string().contains("speaker"), "{error}");
}
