//! The counts (claims, actors with their spellings, cues, repeated quotes),
//! on small hand-made tables.

use propos_analytics::polars::prelude::*;
use propos_analytics::{claims, counts_by_actor, counts_by_cue, counts_by_figure, repeated_quotes};

fn statements() -> DataFrame {
    df!(
        "doc_id" => ["a", "a", "b", "c"],
        "statement_id" => [0u32, 1, 0, 0],
        "speaker" => [Some("Choe Son Hui"), Some("Marie Curie"), Some("Choe Son-hui"), Some("Choe Son Hui")],
        "speaker_type" => ["person", "person", "person", "person"],
        "speaker_country" => [Some("KP"), Some("FR"), Some("KP"), None],
        "cue_lemma" => ["déclarer", "affirmer", "déclarer", "dire"],
        "date" => [Some("2024-11-02"), None, Some("2024-11-05"), Some("2024-11-02")],
    )
    .unwrap()
}

fn figures() -> DataFrame {
    df!(
        "doc_id" => ["a", "a", "b", "c", "c", "a"],
        "statement_id" => [Some(0u32), Some(1), Some(0), Some(0), None, None],
        "speaker" => [None, Some("Marie Curie"), Some("Choe Son-hui"), None, None, Some("Paul Martin")],
        "value" => [Some(10_000.0), Some(3.5), Some(10_000.0), Some(10_000.0), Some(7.0), None],
        "unit" => [Some("soldats"), Some("%"), Some("soldats"), Some("soldats"), None, None],
    )
    .unwrap()
}

#[test]
fn counts_by_actor_merges_spellings_across_documents() {
    let counts = counts_by_actor(&statements()).unwrap();
    let expected = df!(
        "actor" => ["Choe Son Hui", "Marie Curie"],
        "actor_type" => ["person", "person"],
        "country" => [Some("KP"), Some("FR")],
        "statements" => [3u32, 1],
        "documents" => [3u32, 1],
        "first_date" => [Some("2024-11-02"), None],
        "last_date" => [Some("2024-11-05"), None],
        "top_cue" => ["déclarer", "affirmer"],
        "variants" => ["Choe Son Hui; Choe Son-hui", "Marie Curie"],
    )
    .unwrap();
    assert!(counts.equals_missing(&expected), "{counts}");
}

#[test]
fn claims_tell_who_put_which_number_forward_when() {
    let claims = claims(&statements(), &figures()).unwrap();
    let expected = df!(
        "actor" => ["Choe Son Hui", "Choe Son Hui", "Marie Curie"],
        "value" => [10_000.0, 10_000.0, 3.5],
        "unit" => [Some("soldats"), Some("soldats"), Some("%")],
        "date" => [Some("2024-11-02"), Some("2024-11-05"), None],
        "mentions" => [2u32, 1, 1],
        "documents" => [2u32, 1, 1],
    )
    .unwrap();
    assert!(claims.equals_missing(&expected), "{claims}");
}

#[test]
fn claims_need_their_columns() {
    let error = claims(&statements(), &df!("doc_id" => ["a"]).unwrap()).unwrap_err();
    assert!(error.to_string().contains("statement_id"), "{error}");
}

#[test]
fn counts_by_figure_tell_who_cites_a_figure_and_when() {
    let mut figures = figures();
    let dates = Series::new(
        "date".into(),
        [
            Some("2024-11-02"),
            None,
            Some("2024-11-05"),
            Some("2024-11-01"),
            None,
            None,
        ],
    );
    figures.with_column(dates.into_column()).unwrap();
    let counts = counts_by_figure(&figures).unwrap();
    let expected = df!(
        "value" => [10_000.0, 3.5, 7.0],
        "unit" => [Some("soldats"), Some("%"), None],
        "mentions" => [3u32, 1, 1],
        "documents" => [3u32, 1, 1],
        "speakers" => [1u32, 1, 0],
        "speaker_names" => ["Choe Son-hui", "Marie Curie", ""],
        "first_date" => [Some("2024-11-01"), None, None],
        "last_date" => [Some("2024-11-05"), None, None],
    )
    .unwrap();
    assert!(counts.equals_missing(&expected), "{counts}");
}

#[test]
fn counts_by_cue_split_statements_by_kind() {
    let mut statements = statements();
    let kinds = Series::new("kind".into(), ["direct", "indirect", "mixed", "direct"]);
    statements.with_column(kinds.into_column()).unwrap();
    let counts = counts_by_cue(&statements).unwrap();
    let expected = df!(
        "cue_lemma" => ["déclarer", "affirmer", "dire"],
        "statements" => [2u32, 1, 1],
        "documents" => [2u32, 1, 1],
        "speakers" => [1u32, 1, 1],
        "direct" => [1u32, 0, 1],
        "indirect" => [0u32, 1, 0],
        "mixed" => [1u32, 0, 0],
    )
    .unwrap();
    assert!(counts.equals_missing(&expected), "{counts}");
}

#[test]
fn repeated_quotes_match_across_typography_and_skip_short_ones() {
    let statements = df!(
        "doc_id" => ["afp", "reuters", "bbc", "afp", "reuters", "bbc"],
        "kind" => ["direct", "direct", "direct", "direct", "direct", "indirect"],
        "content" => [
            "Nous ne céderons jamais au chantage",
            "nous ne cèderons jamais au chantage…",
            "Nous ne céderons jamais au chantage",
            "C'est faux",
            "C'est faux",
            "nous ne céderons jamais au chantage",
        ],
        "speaker" => [Some("Choe Son Hui"), Some("Choe Son-hui"), None, None, None, Some("Kim")],
        "date" => [Some("2024-11-02"), Some("2024-11-03"), None, None, None, None],
    )
    .unwrap();
    let quotes = repeated_quotes(&statements).unwrap();
    let expected = df!(
        "quote" => ["Nous ne céderons jamais au chantage"],
        "documents" => [3u32],
        "mentions" => [3u32],
        "speakers" => ["Choe Son Hui"],
        "first_date" => [Some("2024-11-02")],
        "last_date" => [Some("2024-11-03")],
        "doc_ids" => ["afp; bbc; reuters"],
    )
    .unwrap();
    assert!(quotes.equals_missing(&expected), "{quotes}");
}
