//! The harness of the `read_parquet` fuzz target of `fuzz/`: `fuzz/` includes
//! this file, so a saved input replays here exactly as the fuzzer ran it.

use std::path::PathBuf;

use propos_analytics::{read_inputs, Options};

thread_local! {
    /// One temporary directory per thread with the good JSON Lines file,
    /// made once: a fuzz execution only overwrites the Parquet file.
    static SCRATCH: (tempfile::TempDir, PathBuf) = {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let good = dir.path().join("good.jsonl");
        std::fs::write(&good, "{\"id\": \"good\", \"text\": \"Il a parlé.\"}\n")
            .expect("a temporary file");
        (dir, good)
    };
}

/// Any bytes, as a `.parquet` file read beside a good JSON Lines file: reading
/// never panics, every failure names the damaged file, every article has text,
/// and the good file's article still comes out after it.
pub fn read_parquet(data: &[u8]) {
    let (damaged, good) =
        SCRATCH.with(|(dir, good)| (dir.path().join("fuzz.parquet"), good.clone()));
    std::fs::write(&damaged, data).expect("a temporary file");
    let shown = damaged.display().to_string();
    let mut items: Vec<_> =
        read_inputs(&[damaged.as_path(), good.as_path()], &Options::default()).collect();
    let last = items.pop().expect("the good file's article");
    assert_eq!(
        last.map(|article| article.id)
            .map_err(|f| f.error.to_string()),
        Ok("good".to_string())
    );
    for item in items {
        match item {
            Ok(article) => assert!(!article.text.trim().is_empty(), "an empty article"),
            Err(failure) => {
                let message = failure.error.to_string();
                assert!(
                    message.contains(&shown),
                    "{message:?} does not name {shown}"
                );
                assert!(!failure.doc_id.is_empty(), "a failure without an id");
            }
        }
    }
}
