use propos_analytics::{Corpus, Options};

/// A folder with good articles and an empty file, a binary file and invalid UTF-8.
pub fn mixed_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let seeds = crate::seeds_dir();
    for name in ["000_becc83db35df7d25.txt", "001_401c6bfd4cffbe8c.txt"] {
        std::fs::copy(seeds.join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(
        dir.path().join("image.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"Le pr\xe9sident a d\xe9clar\xe9",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("feed.jsonl"),
        "{\"id\": \"ok\", \"text\": \"Titre\\nPaul Martin a déclaré que la paix était proche.\"}\n{not json}\n{\"id\": \"no-text\"}\n",
    )
    .unwrap();
    dir
}

#[test]
fn bad_articles_are_reported_and_the_good_ones_still_come_out() {
    let dir = mixed_folder();
    let corpus = Corpus::from_paths(&[dir.path()], &Options::default()).unwrap();
    let good: Vec<_> = corpus.extractions().map(|e| e.doc_id.as_str()).collect();
    assert_eq!(good, ["000_becc83db35df7d25", "001_401c6bfd4cffbe8c", "ok"]);
    let problems: Vec<String> = corpus.failures().map(|f| f.error.to_string()).collect();
    let path = |name: &str| dir.path().join(name).display().to_string();
    assert_eq!(problems.len(), 5, "{problems:#?}");
    assert_eq!(
        problems[0],
        format!("{}: empty article (no text)", path("empty.txt"))
    );
    assert!(problems[1].starts_with(&format!("{}:2: invalid JSON", path("feed.jsonl"))));
    assert_eq!(
        problems[2],
        format!("{}:3: no \"text\" field", path("feed.jsonl"))
    );
    assert_eq!(
        problems[3],
        format!(
            "{}: binary content (NUL byte at byte 8), not a text article",
            path("image.txt")
        )
    );
    assert_eq!(
        problems[4],
        format!("{}: invalid UTF-8 at byte 5", path("latin1.txt"))
    );
    // The documents table keeps one row per article, the bad ones with their problem.
    let tables = corpus.tables().unwrap();
    assert_eq!(tables.documents.height(), 8);
    assert_eq!(tables.documents.column("problems").unwrap().null_count(), 3);
}

#[test]
fn a_missing_path_is_a_problem_row() {
    let corpus = Corpus::from_paths(&["/nonexistent/propos"], &Options::default()).unwrap();
    let failure = corpus.failures().next().unwrap();
    assert!(failure
        .error
        .to_string()
        .starts_with("/nonexistent/propos: cannot read"));
}

#[test]
fn the_read_options_limit_the_article_size() {
    let dir = mixed_folder();
    let options = Options {
        read: propos_analytics::propos_read::ReadOptions {
            max_article_bytes: 3000,
            ..Default::default()
        },
        ..Options::default()
    };
    let corpus = Corpus::from_paths(&[dir.path()], &options).unwrap();
    let good: Vec<_> = corpus.extractions().map(|e| e.doc_id.as_str()).collect();
    assert_eq!(good, ["001_401c6bfd4cffbe8c", "ok"]);
    let too_large = corpus.failures().next().unwrap();
    assert_eq!(too_large.doc_id, "000_becc83db35df7d25");
    assert_eq!(
        too_large.error.to_string(),
        format!(
            "{}: article too large: 3718 bytes, over the limit of 3000 bytes",
            dir.path().join("000_becc83db35df7d25.txt").display()
        )
    );
}
