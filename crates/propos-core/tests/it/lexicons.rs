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
                        // grammar entries are word+class pairs and demonym endings kind+ending
                        // rules; others are keyed by the first column
                        if name == "grammar.tsv" {
                            line.to_string()
                        } else if name == "demonym_endings.tsv" {
                            cols[..2].join("\t")
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
                frames.chars().all(|c| "QORSAXPTDNLFECWM".contains(c)),
                "{lang}: bad frames in {line:?}"
            );
        }
    }
}

#[test]
fn counter_words_say_where_the_count_is() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    for lang in propos_core::Lang::SUPPORTED {
        let text = std::fs::read_to_string(root.join(lang).join("counters.tsv")).expect("counters");
        for line in entries(&text) {
            let place = line.split('\t').nth(1).unwrap_or("").trim();
            assert!(
                place == "count" || place == "either",
                "{lang}: bad place in {line:?}"
            );
        }
    }
}

#[test]
fn number_conventions_have_known_keys_and_both_separators() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    for lang in propos_core::Lang::SUPPORTED {
        let text = std::fs::read_to_string(root.join(lang).join("numbers.tsv")).expect("numbers");
        let keys: Vec<&str> = entries(&text)
            .into_iter()
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        for key in &keys {
            assert!(
                [
                    "decimal",
                    "group",
                    "foreign_decimal",
                    "foreign_group",
                    "other_groups",
                ]
                .contains(key),
                "{lang}: unknown key {key:?} in numbers.tsv"
            );
        }
        assert!(
            keys.contains(&"decimal") && keys.contains(&"group"),
            "{lang}"
        );
    }
}

#[test]
fn date_conventions_have_known_keys_and_values() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    let known: [(&str, &[&str]); 5] = [
        ("names_capitalized", &["yes", "no"]),
        ("numeric_order", &["day-month", "unambiguous"]),
        ("month_day", &["yes", "no"]),
        ("year_comma", &["yes", "no"]),
        ("untensed_weekday", &["past", "future"]),
    ];
    for lang in propos_core::Lang::SUPPORTED {
        let path = root.join(lang).join("date_conventions.tsv");
        let text = std::fs::read_to_string(path).expect("date conventions");
        let lines = entries(&text);
        for (key, values) in known {
            let value = lines
                .iter()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix('\t'))
                .unwrap_or_else(|| panic!("{lang}: no {key} in date_conventions.tsv"));
            assert!(values.contains(&value.trim()), "{lang}: {key} = {value:?}");
        }
        // optional: the separators of a clock time that stamps an update of a live report
        let clocks = lines
            .iter()
            .filter_map(|l| l.strip_prefix("clock_separators\t"))
            .inspect(|v| {
                assert!(
                    !v.trim().is_empty() && !v.contains(|c: char| c.is_ascii_digit()),
                    "{lang}: clock_separators = {v:?}"
                );
            })
            .count();
        assert!(clocks <= 1, "{lang}: clock_separators given twice");
        // an optional key, given at most once, with one of its values
        let optional = |key: &str, values: &[&str]| {
            let given = lines
                .iter()
                .filter_map(|l| l.strip_prefix(key)?.strip_prefix('\t'))
                .inspect(|v| assert!(values.contains(&v.trim()), "{lang}: {key} = {v:?}"))
                .count();
            assert!(given <= 1, "{lang}: {key} given twice");
            given
        };
        // an ordinal day alone after a day preposition
        let ordinals = optional("bare_ordinal_day", &["yes", "no"]);
        // the day of an update of a live report that names none
        let updates = optional("update_day", &["named", "publication"]);
        // the words after a clock time of the morning and the afternoon ("7.52am")
        let halves = lines
            .iter()
            .filter_map(|l| l.strip_prefix("clock_halves\t"))
            .inspect(|v| assert_eq!(v.split(' ').count(), 2, "{lang}: clock_halves = {v:?}"))
            .count();
        assert!(halves <= 1, "{lang}: clock_halves given twice");
        // the endings that make a day the modifier of a noun ("Saturday's")
        let genitives = lines
            .iter()
            .filter(|l| l.starts_with("genitives\t"))
            .count();
        assert!(genitives <= 1, "{lang}: genitives given twice");
        assert_eq!(
            lines.len(),
            known.len() + clocks + ordinals + updates + halves + genitives,
            "{lang}: unknown key in date_conventions.tsv"
        );
    }
}

#[test]
fn noun_phrase_conventions_have_known_keys_and_values() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    for lang in propos_core::Lang::SUPPORTED {
        let text = std::fs::read_to_string(root.join(lang).join("noun_phrases.tsv"))
            .expect("noun phrases");
        let lines = entries(&text);
        assert_eq!(lines.len(), 4, "{lang}: noun_phrases.tsv has four keys");
        for line in lines {
            let (key, value) = line.split_once('\t').unwrap_or((line, ""));
            let ok = match key {
                "multiplier_link" => ["required", "optional"].contains(&value),
                "modifiers_before_noun" => ["yes", "no"].contains(&value),
                "possessive" | "age" => !value.is_empty() && !value.contains(' '),
                _ => false,
            };
            assert!(ok, "{lang}: bad line {line:?} in noun_phrases.tsv");
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

/// The forms the generator wrote for a lemma, column by column.
fn verb_forms(lang: &str, lemma: &str) -> Vec<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons");
    let text = std::fs::read_to_string(root.join(lang).join("reporting_verbs.tsv")).expect("verbs");
    let line = entries(&text)
        .into_iter()
        .find(|l| l.split('\t').next() == Some(lemma))
        .unwrap_or_else(|| panic!("{lang}: no lemma {lemma:?}"));
    line.split('\t')
        .skip(2)
        .map(|c| c.split(',').map(str::to_string).collect())
        .collect()
}

#[test]
fn reporting_verbs_have_their_inflected_forms() {
    // columns: finite, past participles, present participles, infinitive
    let cases: [(&str, &str, usize, &str); 12] = [
        ("en", "deny", 0, "denied"),
        ("en", "deny", 0, "denies"),
        ("en", "say", 1, "said"),
        ("en", "slam", 0, "slammed"),
        ("en", "tell", 0, "told"),
        ("en", "reply", 2, "replying"),
        ("fr", "dire", 0, "dirent"),
        ("fr", "annoncer", 0, "annonçait"),
        ("fr", "rappeler", 0, "rappelle"),
        ("fr", "prévenir", 1, "prévenue"),
        ("fr", "répéter", 0, "répète"),
        ("fr", "juger", 2, "jugeant"),
    ];
    for (lang, lemma, column, form) in cases {
        let forms = verb_forms(lang, lemma);
        assert!(
            forms
                .get(column)
                .is_some_and(|c| c.iter().any(|f| f == form)),
            "{lang}: {lemma} lacks {form:?} in column {column}: {forms:?}"
        );
    }
    let deny = verb_forms("en", "deny");
    assert!(!deny.iter().flatten().any(|f| f == "denyed"));
}
