//! The invariants checked by the fuzz target `read_json_lines` of `fuzz/`, and
//! its harness itself: `fuzz/` includes this file, so a saved input replays
//! here exactly as the fuzzer ran it (see `fuzz_regressions.rs`).

use std::path::PathBuf;

use propos_read::{read_paths, Error, ReadOptions, DEFAULT_MAX_ARTICLE_BYTES};

thread_local! {
    /// One temporary directory per thread, made once: a fuzz execution
    /// only overwrites its file (no directory made and removed per input).
    static SCRATCH: tempfile::TempDir = tempfile::tempdir().expect("a temporary directory");
}

/// `data` written as file `name` of this thread's scratch directory.
pub fn scratch_file(name: &str, data: &[u8]) -> PathBuf {
    let path = SCRATCH.with(|dir| dir.path().join(name));
    std::fs::write(&path, data).expect("a temporary file");
    path
}

/// The `read_json_lines` target. The first byte picks the file name (plain
/// `.jsonl`, `.jsonl.gz` or `.ndjson.zst`) and the article size limit; the
/// other bytes are the file. Panics unless reading gives articles within the
/// limit and errors that each name the file and, but for a file-level error,
/// their line, in increasing line order, with nothing after a read error.
pub fn read_json_lines(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let name = [
        "fuzz.jsonl",
        "fuzz.jsonl",
        "fuzz.jsonl.gz",
        "fuzz.ndjson.zst",
    ][usize::from(mode % 4)];
    let limit = [DEFAULT_MAX_ARTICLE_BYTES, 256, 16, 1][usize::from(mode / 4 % 4)];
    let path = scratch_file(name, rest);
    let shown = path.display().to_string();
    let options = ReadOptions {
        max_article_bytes: limit,
        ..ReadOptions::default()
    };
    let mut last_line = 0;
    let mut ended = false;
    for item in read_paths(&[&path], &options) {
        assert!(!ended, "an item after the file's last error");
        match item {
            Ok(article) => {
                assert!(!article.text.trim().is_empty(), "an empty article");
                assert!(
                    article.text.len() as u64 <= limit,
                    "an article over the limit"
                );
            }
            Err(failure) => {
                let message = failure.error.to_string();
                match failure.doc_id.strip_prefix("fuzz:") {
                    Some(line) => {
                        let line: usize = line.parse().expect("a line number in the id");
                        assert!(line > last_line, "line {line} after line {last_line}");
                        last_line = line;
                        assert!(
                            message.starts_with(&format!("{shown}:{line}: ")),
                            "{message:?} does not name {shown}:{line}"
                        );
                        ended = matches!(failure.error, Error::ReadLine { .. });
                    }
                    None => {
                        assert_eq!(failure.doc_id, "fuzz");
                        assert!(
                            message.starts_with(&format!("{shown}: ")),
                            "{message:?} does not name {shown}"
                        );
                        ended = true;
                    }
                }
            }
        }
    }
}
