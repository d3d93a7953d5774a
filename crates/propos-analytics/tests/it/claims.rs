//! `claims` and the merging of actor spellings, on small hand-made tables.

use propos_analytics::polars::prelude::*;
use propos_analytics::{claims, counts_by_actor};

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
