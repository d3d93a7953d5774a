//! Tests of the `propos` command, run as a user would run it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn propos(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_propos"))
        .args(args)
        .output()
        .expect("propos runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn extract_writes_one_json_object_per_article() {
    let seeds = seeds();
    let out = propos(&["extract", seeds.to_str().unwrap(), "--quiet"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let docs: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 5);
    assert_eq!(docs[0]["doc_id"], "000_becc83db35df7d25");
    for key in ["statements", "figures", "dates", "entities", "actors"] {
        assert!(docs[0][key].is_array(), "{key}");
    }
    let statements: usize = docs
        .iter()
        .map(|d| d["statements"].as_array().unwrap().len())
        .sum();
    assert!(statements >= 5);
}

#[test]
fn extract_to_parquet_and_csv_files() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = seeds();
    for name in ["statements.parquet", "statements.csv"] {
        let path = dir.path().join(name);
        let out = propos(&[
            "extract",
            seeds.to_str().unwrap(),
            "-o",
            path.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(std::fs::metadata(&path).unwrap().len() > 100);
    }
    let csv = std::fs::read_to_string(dir.path().join("statements.csv")).unwrap();
    assert!(csv.starts_with("doc_id,statement_id,sentence,start,end,speaker,"));
    let parquet = std::fs::read(dir.path().join("statements.parquet")).unwrap();
    assert_eq!(&parquet[..4], b"PAR1");
}

#[test]
fn report_prints_every_count() {
    let seeds = seeds();
    let out = propos(&["report", seeds.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for title in [
        "Statements by actor",
        "Figures",
        "Statements by date",
        "Claims: who put which figure forward when",
        "Reporting verbs",
        "Quotes repeated across documents",
    ] {
        assert!(stdout.contains(title), "{title} missing from:\n{stdout}");
    }
    assert!(text(&out.stderr).contains("5 article(s) read, 0 skipped"));
}

#[test]
fn bad_files_are_named_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        seeds().join("002_3f039fbe64c38482.txt"),
        dir.path().join("good.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"\0\x01\x02").unwrap();
    let out = propos(&["extract", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("empty.txt: empty article"), "{stderr}");
    assert!(stderr.contains("bin.txt: binary content"), "{stderr}");
    assert!(stderr.contains("1 article(s) read, 2 skipped"), "{stderr}");
    assert_eq!(text(&out.stdout).lines().count(), 1);
}

#[test]
fn nothing_readable_is_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), " \n").unwrap();
    let out = propos(&["extract", dir.path().to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("no article could be read"));
}

#[test]
fn wrong_options_get_clear_errors() {
    let seeds = seeds();
    let out = propos(&["extract", seeds.to_str().unwrap(), "--lang", "de"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("supported languages are fr, en"));
    let out = propos(&[
        "extract",
        seeds.to_str().unwrap(),
        "--published",
        "yesterday",
    ]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("invalid publication date \"yesterday\""));
    let out = propos(&["extract", seeds.to_str().unwrap(), "--format", "parquet"]);
    assert!(text(&out.stderr).contains("parquet output needs a file"));
}

/// A folder with a good article, an empty one, a binary one and a JSON Lines
/// file with one good and one broken line.
fn mixed_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        seeds().join("002_3f039fbe64c38482.txt"),
        dir.path().join("good.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"\0\x01\x02").unwrap();
    std::fs::write(
        dir.path().join("feed.jsonl"),
        "{\"id\": \"ok\", \"text\": \"Titre\\nPaul Martin a déclaré que la paix était proche.\"}\n{broken\n",
    )
    .unwrap();
    dir
}

#[test]
fn out_dir_streams_the_six_tables_as_parquet() {
    use propos_analytics::polars::prelude::*;
    let input = mixed_folder();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("tables");
    let run = propos(&[
        "extract",
        input.path().to_str().unwrap(),
        "--out-dir",
        dir.to_str().unwrap(),
        "--chunk-size",
        "2",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let stderr = text(&run.stderr);
    assert!(
        stderr.contains("2 article(s) read, 3 skipped;") && stderr.contains("; 3 problem(s)"),
        "{stderr}"
    );
    assert!(stderr.contains("feed.jsonl:2: invalid JSON"), "{stderr}");
    let read = |name: &str| {
        ParquetReader::new(std::fs::File::open(dir.join(name)).unwrap())
            .finish()
            .unwrap()
    };
    let documents = read("documents.parquet");
    assert_eq!(documents.height(), 5);
    assert_eq!(documents.column("problems").unwrap().null_count(), 2);
    assert!(read("statements.parquet").height() >= 2);
    for name in ["figures", "dates", "entities", "actors"] {
        read(&format!("{name}.parquet"));
    }
}

/// `--out-dir` writes the entities table, and every statement's speaker joins it on
/// (doc_id, speaker_entity) to the entity of that name.
#[test]
fn out_dir_writes_the_entities_that_statements_join() {
    use propos_analytics::polars::prelude::*;
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("tables");
    let seeds = seeds();
    let args = ["extract", seeds.to_str().unwrap(), "-q", "--out-dir"];
    let run = propos(&[&args[..], &[dir.to_str().unwrap()]].concat());
    assert!(run.status.success(), "{}", text(&run.stderr));
    let read = |name: &str| {
        ParquetReader::new(std::fs::File::open(dir.join(name)).unwrap())
            .finish()
            .unwrap()
    };
    let entities = read("entities.parquet");
    let columns: Vec<&str> = entities
        .get_column_names()
        .into_iter()
        .map(|c| c.as_str())
        .collect();
    assert_eq!(
        columns,
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
    assert!(entities.height() >= 5, "{entities}");
    let names: std::collections::HashMap<(&str, u32), &str> = {
        let doc = entities.column("doc_id").unwrap().str().unwrap();
        let id = entities.column("entity_id").unwrap().u32().unwrap();
        let name = entities.column("name").unwrap().str().unwrap();
        (0..entities.height())
            .map(|i| {
                let key = (doc.get(i).unwrap(), id.get(i).unwrap());
                (key, name.get(i).unwrap())
            })
            .collect()
    };
    let statements = read("statements.parquet");
    let doc = statements.column("doc_id").unwrap().str().unwrap();
    let speaker = statements.column("speaker").unwrap().str().unwrap();
    let entity = statements.column("speaker_entity").unwrap().u32().unwrap();
    let mut spoken = 0;
    for i in 0..statements.height() {
        let joined = entity.get(i).map(|id| names[&(doc.get(i).unwrap(), id)]);
        assert_eq!(joined, speaker.get(i), "statement row {i}");
        spoken += usize::from(joined.is_some());
    }
    assert!(spoken > 0);
}

#[test]
fn output_is_byte_identical_whatever_the_threads_and_chunks() {
    let seeds = seeds();
    let dir = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for (threads, chunk, ext) in [
        ("1", "1", "jsonl"),
        ("2", "3", "jsonl"),
        ("1", "1", "csv"),
        ("2", "2", "csv"),
        // Parquet row groups follow the chunks: same chunk size, other threads.
        ("1", "2", "parquet"),
        ("2", "2", "parquet"),
    ] {
        let path = dir.path().join(format!("{threads}-{chunk}.{ext}"));
        let run = propos(&[
            "extract",
            seeds.to_str().unwrap(),
            "--quiet",
            "--threads",
            threads,
            "--chunk-size",
            chunk,
            "-o",
            path.to_str().unwrap(),
        ]);
        assert!(run.status.success(), "{}", text(&run.stderr));
        outputs.push(std::fs::read(&path).unwrap());
    }
    for pair in outputs.chunks(2) {
        assert!(pair[0].len() > 100);
        assert!(pair[0] == pair[1]);
    }
    let jsonl = text(&outputs[0]);
    assert_eq!(jsonl.lines().count(), 5);
    let csv = text(&outputs[2]);
    assert_eq!(csv.matches("doc_id,statement_id,").count(), 1, "one header");
}

#[test]
fn quiet_and_non_terminal_runs_print_no_progress_bar() {
    let seeds = seeds();
    let run = propos(&["extract", seeds.to_str().unwrap(), "--quiet"]);
    assert!(run.status.success());
    assert_eq!(text(&run.stderr), "");
    let run = propos(&["extract", seeds.to_str().unwrap()]);
    let stderr = text(&run.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("propos: 5 article(s) read, 0 skipped;"));
}

#[test]
fn nothing_readable_fails_also_with_out_dir() {
    let input = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("empty.txt"), "").unwrap();
    let out = tempfile::tempdir().unwrap();
    let run = propos(&[
        "extract",
        input.path().to_str().unwrap(),
        "--out-dir",
        out.path().to_str().unwrap(),
    ]);
    assert!(!run.status.success());
    assert!(text(&run.stderr).contains("no article could be read"));
    let run = propos(&[
        "extract",
        input.path().to_str().unwrap(),
        "--out-dir",
        out.path().to_str().unwrap(),
        "-o",
        "x.jsonl",
    ]);
    assert!(!run.status.success());
    assert!(text(&run.stderr).contains("cannot be used with"));
}

#[test]
fn bench_reports_one_thread_and_all_threads() {
    let run = propos(&[
        "bench",
        "--mb",
        "0.05",
        "--threads",
        "2",
        "--chunk-size",
        "8",
        "--runs",
        "2",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let stdout = text(&run.stdout);
    let rows: Vec<Vec<&str>> = stdout
        .lines()
        .skip(2)
        .take(4)
        .map(|l| l.split_whitespace().collect())
        .collect();
    // two rounds of 1 thread then 2 threads, the same articles in each
    let threads: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    assert_eq!(threads, ["1", "2", "1", "2"], "{stdout}");
    assert!(rows.iter().all(|r| r[1] == rows[0][1]), "{stdout}");
    assert!(rows[0][1].parse::<usize>().unwrap() > 10);
    assert!(stdout.contains("best of 2 run(s): 1 thread "), "{stdout}");
    assert!(
        stdout.contains("speed-up with 2 threads over 1:"),
        "{stdout}"
    );
    let run = propos(&["bench", "--mb", "0"]);
    assert!(!run.status.success());
    assert!(text(&run.stderr).contains("--mb must be a positive"));
}

#[test]
fn counts_of_stored_tables_equal_counts_of_the_articles() {
    use propos_analytics::polars::prelude::*;
    let seeds = seeds();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("tables");
    let run = propos(&[
        "extract",
        seeds.to_str().unwrap(),
        "-q",
        "--out-dir",
        dir.to_str().unwrap(),
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    for analysis in ["actors", "figures", "dates", "claims", "cues", "quotes"] {
        let stored = out.path().join(format!("{analysis}-stored.csv"));
        let direct = out.path().join(format!("{analysis}-direct.csv"));
        let from_tables = propos(&[
            "counts",
            analysis,
            "--tables",
            dir.to_str().unwrap(),
            "-o",
            stored.to_str().unwrap(),
        ]);
        assert!(
            from_tables.status.success(),
            "{}",
            text(&from_tables.stderr)
        );
        let from_articles = propos(&[
            "counts",
            analysis,
            seeds.to_str().unwrap(),
            "-q",
            "-o",
            direct.to_str().unwrap(),
        ]);
        assert!(
            from_articles.status.success(),
            "{}",
            text(&from_articles.stderr)
        );
        let stored = std::fs::read_to_string(stored).unwrap();
        assert_eq!(
            stored,
            std::fs::read_to_string(direct).unwrap(),
            "{analysis}"
        );
        assert!(
            stored.lines().count() >= 2 || analysis == "quotes",
            "{analysis}: {stored}"
        );
    }
    let printed = propos(&["counts", "figures", "--tables", dir.to_str().unwrap()]);
    let stdout = text(&printed.stdout);
    assert!(
        stdout.starts_with("Figures (2 rows)") && stdout.contains("soldat"),
        "{stdout}"
    );
    let wrong = propos(&["counts", "actors", "--tables", out.path().to_str().unwrap()]);
    assert!(!wrong.status.success());
    assert!(
        text(&wrong.stderr).contains("statements.parquet: cannot open"),
        "{}",
        text(&wrong.stderr)
    );
    // the cause once, not repeated by the error chain
    assert_eq!(
        text(&wrong.stderr).matches("(os error 2)").count(),
        1,
        "{}",
        text(&wrong.stderr)
    );
    let mut frame = df!("body" => ["x"]).unwrap();
    let parquet = out.path().join("articles.parquet");
    ParquetWriter::new(std::fs::File::create(&parquet).unwrap())
        .finish(&mut frame)
        .unwrap();
    let no_text = propos(&["extract", parquet.to_str().unwrap()]);
    assert!(!no_text.status.success());
    assert!(
        text(&no_text.stderr).contains("articles.parquet: no text column \"text\" (columns: body)"),
        "{}",
        text(&no_text.stderr)
    );
    let named = propos(&[
        "extract",
        parquet.to_str().unwrap(),
        "--text-column",
        "body",
        "-q",
    ]);
    assert!(named.status.success(), "{}", text(&named.stderr));
    assert!(
        text(&named.stdout).contains("\"doc_id\":\"articles:0\""),
        "{}",
        text(&named.stdout)
    );
}

/// Gzip-compresses bytes.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// A folder with two seed articles and one of each kind of bad input: a JSON
/// Lines file with a malformed line, a line without `text` and a non-UTF-8
/// line, a non-UTF-8 file, an empty one, a binary one, a symlink loop, an
/// article over 10 000 bytes, a truncated `.jsonl.gz`, and a good `.jsonl.zst`.
fn bad_input_matrix() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let put = |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes).unwrap();
    for name in ["000_becc83db35df7d25.txt", "001_401c6bfd4cffbe8c.txt"] {
        std::fs::copy(seeds().join(name), dir.path().join(name)).unwrap();
    }
    let good = |id: &str| {
        format!("{{\"id\": \"{id}\", \"text\": \"Titre\\nPaul Martin a déclaré que la paix était proche.\"}}\n")
    };
    let mut feed = good("feed-first").into_bytes();
    feed.extend_from_slice(b"{not json\n{\"id\": \"no-text\"}\n{\"text\": \"pr\xe9sident\"}\n");
    feed.extend_from_slice(good("feed-last").as_bytes());
    put("feed.jsonl", &feed);
    put("latin1.txt", b"Le pr\xe9sident a d\xe9clar\xe9");
    put("empty.txt", b"");
    // A directory walk does not read .jpg files; a binary file named .txt is an error.
    put("photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0");
    put("scan.txt", b"\xff\xd8\xff\xe0\0\x10JFIF\0");
    std::fs::create_dir(dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("loop/back")).unwrap();
    put(
        "huge.txt",
        "Le ministre a déclaré que tout allait bien. "
            .repeat(300)
            .as_bytes(),
    );
    let lines: String = (0..3000).map(|i| good(&format!("gz-{i}"))).collect();
    let mut truncated = gzip(lines.as_bytes());
    truncated.truncate(truncated.len() / 2);
    put("wire.jsonl.gz", &truncated);
    put(
        "wire.jsonl.zst",
        &zstd::encode_all(good("zst-1").as_bytes(), 3).unwrap(),
    );
    dir
}

#[test]
fn every_bad_input_is_named_and_every_good_article_still_comes_out() {
    let input = bad_input_matrix();
    let dir = input.path();
    let out = propos(&[
        "extract",
        dir.to_str().unwrap(),
        "--max-article-bytes",
        "10000",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    let at = |name: &str| dir.join(name).display().to_string();
    for expected in [
        format!(
            "propos: skipped {}: empty article (no text)",
            at("empty.txt")
        ),
        format!("propos: skipped {}:2: invalid JSON", at("feed.jsonl")),
        format!("propos: skipped {}:3: no \"text\" field", at("feed.jsonl")),
        format!(
            "propos: skipped {}:4: invalid UTF-8 at byte 12",
            at("feed.jsonl")
        ),
        format!(
            "propos: skipped {}: article too large: 13800 bytes, over the limit of 10000 bytes",
            at("huge.txt")
        ),
        format!(
            "propos: skipped {}: invalid UTF-8 at byte 5",
            at("latin1.txt")
        ),
        format!(
            "propos: skipped {}: symlink loop back to {}, not followed",
            at("loop/back"),
            std::fs::canonicalize(dir).unwrap().display()
        ),
        format!(
            "propos: skipped {}: binary content (NUL byte at byte 4), not a text article",
            at("scan.txt")
        ),
        format!("propos: skipped {}:", at("wire.jsonl.gz")),
    ] {
        assert!(stderr.contains(&expected), "{expected}\nnot in:\n{stderr}");
    }
    let gz_error = stderr
        .lines()
        .find(|l| l.contains("wire.jsonl.gz:"))
        .unwrap();
    assert!(gz_error.contains(": cannot read: "), "{gz_error}");
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["doc_id"].to_string())
        .collect();
    let gz_read = ids.iter().filter(|id| id.starts_with("\"gz-")).count();
    assert!(gz_read > 100, "{gz_read} lines of the truncated .gz read");
    let others: Vec<&str> = ids
        .iter()
        .filter(|id| !id.starts_with("\"gz-"))
        .map(String::as_str)
        .collect();
    assert_eq!(
        others,
        [
            "\"000_becc83db35df7d25\"",
            "\"001_401c6bfd4cffbe8c\"",
            "\"feed-first\"",
            "\"feed-last\"",
            "\"zst-1\""
        ]
    );
    assert!(
        stderr.contains(&format!("{} article(s) read, 9 skipped", gz_read + 5)),
        "{stderr}"
    );
}

#[test]
fn an_unreadable_file_is_named_and_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        seeds().join("002_3f039fbe64c38482.txt"),
        dir.path().join("good.txt"),
    )
    .unwrap();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "Un texte.").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&locked).is_ok() {
        eprintln!("SKIPPED an_unreadable_file_is_named_and_skipped: running as root, chmod 000 does not stop reading");
        return;
    }
    let out = propos(&["extract", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let stderr = text(&out.stderr);
    let expected = format!("propos: skipped {}: cannot read: ", locked.display());
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(stderr.contains("1 article(s) read, 1 skipped"), "{stderr}");
}

#[test]
fn max_article_bytes_must_be_positive() {
    let seeds = seeds();
    let out = propos(&[
        "extract",
        seeds.to_str().unwrap(),
        "--max-article-bytes",
        "0",
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--max-article-bytes"),
        "{}",
        text(&out.stderr)
    );
}

const GOOD_TEXT: &str = "Titre\nPaul Martin a déclaré que la paix était proche.";

#[test]
fn an_output_that_is_an_input_is_refused_and_left_intact() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    std::fs::write(&input, GOOD_TEXT).unwrap();
    let a = input.to_str().unwrap();
    let out = propos(&["extract", a, "-o", a]);
    assert!(!out.status.success());
    assert_eq!(
        text(&out.stderr).trim(),
        format!("propos: error: {a}: the output is also an input (given as {a}): nothing written")
    );
    assert_eq!(std::fs::read_to_string(&input).unwrap(), GOOD_TEXT);
    let d = dir.path().to_str().unwrap();
    let inside = dir.path().join("tables");
    let out = propos(&["extract", d, "--out-dir", inside.to_str().unwrap()]);
    assert!(!out.status.success(), "{}", text(&out.stderr));
    assert!(!inside.exists());
    let counts = dir.path().join("actors.csv");
    let out = propos(&["counts", "actors", a, "-q", "-o", counts.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listed: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(listed.len(), 2, "no temporary file left: {listed:?}");
}

#[test]
fn hostile_inputs_are_named_problems_and_the_good_articles_come_out() {
    let dir = tempfile::tempdir().unwrap();
    let put = |name: &str, bytes: &str| std::fs::write(dir.path().join(name), bytes).unwrap();
    put("a.txt", GOOD_TEXT);
    put(
        "cr.txt",
        "Sommet sur le climat\r« Nous ne céderons pas », a déclaré Jeanne Morel.",
    );
    put("notes.md", GOOD_TEXT);
    put("tool.py", "print('x')");
    let line = |id: &str| format!("{{\"id\": \"{id}\", \"text\": {GOOD_TEXT:?}}}\n");
    put("all.json", &line("json"));
    put(
        "feed.jsonl",
        &format!(
            "{}{}{{\"id\": \"n\", \"text\": 42}}\n",
            line("a"),
            line("https://example.org/b")
        ),
    );
    let fifo = dir.path().join("pipe.txt");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let d = dir.path().to_str().unwrap();
    let out = propos(&["extract", d, "-j", "1099511627776"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    let at = |name: &str| dir.path().join(name).display().to_string();
    for expected in [
        "propos: 1099511627776 threads asked for, ".to_string(),
        format!(
            "propos: skipped {}, record 1: duplicate id \"a\": already the id of {}",
            at("feed.jsonl"),
            at("a.txt")
        ),
        format!(
            "propos: skipped {}:3: field \"text\" must be a string",
            at("feed.jsonl")
        ),
        format!(
            "propos: skipped {}: a FIFO (named pipe), not a file of articles: not opened",
            at("pipe.txt")
        ),
        "propos: 3 article(s) read, 3 skipped".to_string(),
    ] {
        assert!(stderr.contains(&expected), "{expected}\nnot in:\n{stderr}");
    }
    let records: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = records
        .iter()
        .map(|r| r["doc_id"].as_str().unwrap())
        .collect();
    // a URL is an id like any other
    assert_eq!(ids, ["a", "cr", "https://example.org/b"]);
    // The title and the quote separated by CR alone are two lines: the quote is found.
    assert_eq!(records[1]["statements"].as_array().unwrap().len(), 1);

    let out = propos(&["extract", d, "-q", "--include-ext", "md,json"]);
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["doc_id"].to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "\"a\"",
            "\"all\"",
            "\"cr\"",
            "\"https://example.org/b\"",
            "\"notes\""
        ]
    );
}

#[test]
fn an_interrupted_run_leaves_the_previous_tables_intact() {
    let dir = tempfile::tempdir().unwrap();
    let tables = dir.path().join("tables");
    let seeds = seeds();
    let first = propos(&[
        "extract",
        seeds.to_str().unwrap(),
        "-q",
        "--out-dir",
        tables.to_str().unwrap(),
    ]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let snapshot = || {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&tables)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    };
    let before = snapshot();
    let corpus = dir.path().join("big.jsonl");
    let written = propos(&["bench", "--mb", "20", "--write", corpus.to_str().unwrap()]);
    assert!(written.status.success(), "{}", text(&written.stderr));
    let mut run = Command::new(env!("CARGO_BIN_EXE_propos"))
        .args([
            "extract",
            corpus.to_str().unwrap(),
            "-q",
            "-j",
            "1",
            "--chunk-size",
            "16",
        ])
        .arg("--out-dir")
        .arg(&tables)
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let still_running = run.try_wait().unwrap().is_none();
    run.kill().unwrap();
    run.wait().unwrap();
    assert!(
        still_running,
        "the run ended before it was killed: make the corpus larger"
    );
    let after = snapshot();
    let names = |files: &[(String, Vec<u8>)]| files.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    // The temporary files of the killed run are hidden (a walk skips them).
    let visible: Vec<_> = after
        .iter()
        .filter(|f| !f.0.starts_with('.'))
        .cloned()
        .collect();
    assert_eq!(names(&visible), names(&before));
    assert!(visible == before, "the previous tables changed");
    assert!(
        after.len() > visible.len(),
        "the killed run left no temporary file"
    );
    // the next run for the same tables removes the killed run's temporary files
    let next = propos(&[
        "extract",
        seeds.to_str().unwrap(),
        "-q",
        "--out-dir",
        tables.to_str().unwrap(),
    ]);
    assert!(next.status.success(), "{}", text(&next.stderr));
    assert_eq!(snapshot(), before);
}
