//! Every lexicon file parses (one entry a line, tab-separated columns where
//! expected) and has no duplicate entries.

use std::collections::HashSet;
use std::path::Path;

/// Files whose entries are `key<TAB>value…` with at least this many columns.
const COLUMNS: [(&str, usize); 4] = [
    ("reporting_verbs.tsv", 2),
    ("grammar.tsv", 2),
    ("countries.tsv", 3),
    ("institutions.tsv", 4),
];

fn entries(text: &str) -> Vec<&str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim_end())
        .filter(|l| !l.trim().is_empty())
        .collect()
}

#[test]
fn lexicon_files_parse_without_duplicates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    let mut checked = 0;
    for lang in propos_core::Lang::SUPPORTED {
        let dir = root.join(lang);
        for entry in std::fs::read_dir(&dir)
            .expect("lexicon directory")
            .flatten()
        {
            let path = entry.path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let text = std::fs::read_to_string(&path).expect("lexicon is UTF-8");
            // Listed files have their own minimum; any other .tsv has key and value.
            let columns = COLUMNS
                .iter()
                .find(|(f, _)| *f == name)
                .map(|&(_, n)| n)
                .or_else(|| name.ends_with(".tsv").then_some(2));
            let mut seen = HashSet::new();
            for line in entries(&text) {
                let key = match columns {
                    Some(n) => {
                        let cols: Vec<&str> = line.split('\t').collect();
                        assert!(
                            cols.len() >= n,
                            "{lang}/{name}: {line:?} has fewer than {n} columns"
                        );
                        assert!(
                            cols.iter()
                                .take(n)
                                .all(|c| !c.trim().is_empty() || name == "countries.tsv"),
                            "{lang}/{name}: empty column in {line:?}"
                        );
                        // grammar entries are word+class pairs; others are keyed by the first column
                        if name == "grammar.tsv" {
                            line.to_string()
                        } else {
                            cols[0].to_string()
                        }
                    }
                    None => {
                        assert!(
                            !line.contains('\t'),
                            "{lang}/{name}: unexpected tab in {line:?}"
                        );
                        line.trim().to_lowercase()
                    }
                };
                assert!(
                    seen.insert(key.clone()),
                    "{lang}/{name}: duplicate entry {key:?}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} lexicon files found");
}

#[test]
fn reporting_verb_frames_are_known_letters() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    for lang in propos_core::Lang::SUPPORTED {
        let text =
            std::fs::read_to_string(root.join(lang).join("reporting_verbs.tsv")).expect("verbs");
        for line in entries(&text) {
            let frames = line.split('\t').nth(1).unwrap_or("");
            assert!(
                frames.chars().all(|c| "QORSNA".contains(c)),
                "{lang}: bad frames in {line:?}"
            );
        }
    }
}

#[test]
fn stop_words_are_lower_case_and_at_most_eight_bytes() {
    // language detection packs each stop word into one 64-bit integer
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    for lang in propos_core::Lang::SUPPORTED {
        let text = std::fs::read_to_string(root.join(lang).join("stopwords.txt")).expect("stops");
        for word in entries(&text) {
            let word = word.trim();
            assert!(
                word.len() <= 8,
                "{lang}: stop word {word:?} is over 8 bytes"
            );
            assert_eq!(
                word,
                word.to_lowercase(),
                "{lang}: stop word not lower case"
            );
        }
    }
}
