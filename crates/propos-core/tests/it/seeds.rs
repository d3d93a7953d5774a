//! Snapshots of the statements and actors of the seed articles (`seeds/` at the repo root).
//!
//! Only the statement part is snapshot, so that figure and date work does not churn them.

use std::path::Path;

use propos_core::{extract, Article};
use serde::Serialize;

#[derive(Serialize)]
struct Row<'a> {
    speaker: Option<&'a str>,
    speaker_type: Option<&'a str>,
    speaker_country: Option<&'a str>,
    speaker_mention: Option<&'a str>,
    cue: &'a str,
    kind: &'a str,
    content: &'a str,
    rule: &'a str,
}

#[test]
fn seed_statements() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    for path in files {
        let text = std::fs::read_to_string(&path).expect("seed text");
        let id = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let extraction = extract(&Article::new(id.clone(), text));
        let rows: Vec<Row> = extraction
            .statements
            .iter()
            .map(|s| Row {
                speaker: s.speaker.as_deref(),
                speaker_type: s.speaker_type.map(|t| t.as_str()),
                speaker_country: s.speaker_country.as_deref(),
                speaker_mention: s.speaker_mention.as_deref(),
                cue: &s.cue,
                kind: s.kind.as_str(),
                content: &s.content,
                rule: &s.rule,
            })
            .collect();
        insta::assert_json_snapshot!(format!("{id}_statements"), rows);
        insta::assert_json_snapshot!(format!("{id}_actors"), extraction.actors);
    }
}
