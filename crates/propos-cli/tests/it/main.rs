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
    for key in ["statements", "figures", "dates", "actors"] {
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
fn report_prints_the_three_tables() {
    let seeds = seeds();
    let out = propos(&["report", seeds.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for title in ["Statements by actor", "Figures", "Statements by date"] {
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
