//! Runs the statement cases of `tests/cases/<lang>/*.toml` (repo root).
//!
//! Each file holds cases: a text, the statements expected in it (speaker,
//! kind, content, optionally cue, cue lemma, rule id and speaker country), optionally the exact
//! number of statements and figures found by their text (value, unit, speaker). `figures.toml`
//! and `dates.toml` hold complete figure and date lists and are run by `figures_dates.rs`.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::{cases_dir, read_case_file, CaseFile};

use propos_core::{
    extract, Article, Construction, Lang, RuleId, SpeakerRule, Statement, StatementKind,
};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    expect: Vec<Expect>,
    count: Option<usize>,
    #[serde(default)]
    figures: Vec<ExpectFigure>,
}

/// A figure of the case, found by its text; `speaker = ""` asserts it has none.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectFigure {
    text: String,
    value: Option<f64>,
    unit: Option<String>,
    speaker: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    speaker: Option<String>,
    speaker_country: Option<String>,
    speaker_rule: Option<String>,
    kind: String,
    cue: Option<String>,
    /// The lemma of the cue ("dire", "selon").
    cue_lemma: Option<String>,
    /// The id of the construction that found it.
    rule: Option<String>,
    content: String,
}

fn case_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for lang in Lang::SUPPORTED {
        let dir = cases_dir().join(lang);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let owned_by_figures_dates = ["figures.toml", "dates.toml"]
                .map(std::ffi::OsStr::new)
                .contains(&entry.file_name().as_os_str());
            if path.extension().is_some_and(|e| e == "toml") && !owned_by_figures_dates {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn describe(found: &[Statement]) -> String {
    found
        .iter()
        .map(|s| {
            format!(
                "  [{}] {:?} <{}> | {} | {:?} ({})",
                s.kind.as_str(),
                s.speaker,
                s.speaker_rule.map_or("-", |r| r.as_str()),
                s.cue,
                s.content,
                s.rule
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Checks one case; returns what went wrong.
fn check(lang: Lang, case: &Case) -> Vec<String> {
    let mut article = Article::new(case.name.clone(), case.text.clone());
    article.lang = Some(lang);
    let extraction = extract(&article);
    crate::invariants::check_extraction(&article.text, &extraction);
    let found = extraction.statements;
    let mut errors = Vec::new();
    for expect in &case.expect {
        let Some(s) = found.iter().find(|s| s.content == expect.content) else {
            errors.push(format!("no statement with content {:?}", expect.content));
            continue;
        };
        if s.kind.as_str() != expect.kind {
            errors.push(format!(
                "{:?}: kind {} (expected {})",
                expect.content,
                s.kind.as_str(),
                expect.kind
            ));
        }
        if s.speaker != expect.speaker {
            errors.push(format!(
                "{:?}: speaker {:?} (expected {:?})",
                expect.content, s.speaker, expect.speaker
            ));
        }
        if let Some(rule) = &expect.speaker_rule {
            let found = s.speaker_rule.map(|r| r.as_str());
            if found != Some(rule.as_str()) {
                errors.push(format!(
                    "{:?}: speaker_rule {found:?} (expected {rule:?})",
                    expect.content
                ));
            }
        }
        if let Some(cue) = &expect.cue {
            if &s.cue != cue {
                errors.push(format!(
                    "{:?}: cue {:?} (expected {:?})",
                    expect.content, s.cue, cue
                ));
            }
        }
        if let Some(lemma) = &expect.cue_lemma {
            if &s.cue_lemma != lemma {
                errors.push(format!(
                    "{:?}: cue_lemma {:?} (expected {:?})",
                    expect.content, s.cue_lemma, lemma
                ));
            }
        }
        if let Some(rule) = &expect.rule {
            if &s.rule != rule {
                errors.push(format!(
                    "{:?}: rule {:?} (expected {:?})",
                    expect.content, s.rule, rule
                ));
            }
        }
        if expect.speaker_country.is_some() && s.speaker_country != expect.speaker_country {
            errors.push(format!(
                "{:?}: country {:?} (expected {:?})",
                expect.content, s.speaker_country, expect.speaker_country
            ));
        }
    }
    for expect in &case.figures {
        let Some(f) = extraction.figures.iter().find(|f| f.text == expect.text) else {
            errors.push(format!("no figure {:?}", expect.text));
            continue;
        };
        if expect.value.is_some() && f.value != expect.value {
            errors.push(format!(
                "figure {:?}: value {:?} (expected {:?})",
                expect.text, f.value, expect.value
            ));
        }
        if expect.unit.is_some() && f.unit != expect.unit {
            errors.push(format!(
                "figure {:?}: unit {:?} (expected {:?})",
                expect.text, f.unit, expect.unit
            ));
        }
        if let Some(speaker) = &expect.speaker {
            if f.speaker.as_deref().unwrap_or_default() != speaker {
                errors.push(format!(
                    "figure {:?}: speaker {:?} (expected {speaker:?})",
                    expect.text, f.speaker
                ));
            }
        }
    }
    if let Some(count) = case.count {
        if found.len() != count {
            errors.push(format!("{} statements (expected {count})", found.len()));
        }
    }
    if !errors.is_empty() {
        errors.push(format!("found:\n{}", describe(&found)));
    }
    errors
}

#[test]
fn statement_cases() {
    let files = case_files();
    assert!(
        files.len() >= 10,
        "statement cases missing under {}",
        cases_dir().display()
    );
    let mut failures = Vec::new();
    let mut total = 0;
    for path in files {
        let file: CaseFile<Case> = read_case_file(&path);
        let lang: Lang = file.lang.parse().expect("case file language");
        for case in &file.cases {
            total += 1;
            let errors = check(lang, case);
            if !errors.is_empty() {
                failures.push(format!(
                    "{} / {}:\n  {}",
                    path.file_name().unwrap_or_default().to_string_lossy(),
                    case.name,
                    errors.join("\n  ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every construction of the rule ids and every speaker rule has a case asserting it (a
/// construction found in one language only needs a case in that one).
#[test]
fn rule_coverage() {
    let kinds = [
        StatementKind::Direct,
        StatementKind::Indirect,
        StatementKind::Mixed,
    ];
    let mut constructions = HashSet::new();
    let mut speaker_rules = HashSet::new();
    let mut bad = Vec::new();
    for path in case_files() {
        let file: CaseFile<Case> = read_case_file(&path);
        let lang: Lang = file.lang.parse().expect("case file language");
        for expect in file.cases.iter().flat_map(|c| &c.expect) {
            if let Some(rule) = &expect.rule {
                let kind = kinds.iter().find(|k| k.as_str() == expect.kind);
                let id = kind.and_then(|&kind| {
                    Construction::ALL.iter().find(|&&construction| {
                        let id = RuleId {
                            lang,
                            kind,
                            construction,
                        };
                        id.to_string() == *rule
                    })
                });
                match id {
                    Some(&c) => {
                        constructions.insert(c);
                    }
                    None => bad.push(format!("{}: rule {rule:?}", path.display())),
                }
            }
            if let Some(rule) = &expect.speaker_rule {
                match SpeakerRule::ALL.iter().find(|r| r.as_str() == rule) {
                    Some(&r) => {
                        speaker_rules.insert(r);
                    }
                    None => bad.push(format!("{}: speaker_rule {rule:?}", path.display())),
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "not a rule of its language and kind:\n{}",
        bad.join("\n")
    );
    let missing: Vec<_> = Construction::ALL
        .iter()
        .filter(|c| !constructions.contains(*c))
        .map(|c| c.as_str())
        .chain(
            SpeakerRule::ALL
                .iter()
                .filter(|r| !speaker_rules.contains(*r))
                .map(|r| r.as_str()),
        )
        .collect();
    assert!(missing.is_empty(), "no case asserts {missing:?}");
}

/// Every construction or blocker that a comment of the source names (`construction \`x\``,
/// `blocker \`x\``) is named by a case file too, so that a name found in the code leads to
/// the cases that show it (a rule id asserted by a case names its construction as well).
#[test]
fn named_constructions_have_cases() {
    let name_pattern =
        regex::Regex::new(r"\b(?:construction|blocker) `([a-z0-9]+(?:-[a-z0-9]+)*)`").unwrap();
    let mut named = std::collections::BTreeMap::new();
    let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder") {
            let path = entry.expect("source entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source file");
                for m in name_pattern.captures_iter(&text) {
                    named.entry(m[1].to_string()).or_insert(path.clone());
                }
            }
        }
    }
    let mut case_text = String::new();
    for lang in Lang::SUPPORTED {
        for entry in std::fs::read_dir(cases_dir().join(lang)).expect("case folder") {
            let path = entry.expect("case entry").path();
            if path.extension().is_some_and(|e| e == "toml") {
                case_text.push_str(&std::fs::read_to_string(&path).expect("case file"));
                case_text.push('\n');
            }
        }
    }
    let word = regex::Regex::new(r"[a-z0-9]+(?:-[a-z0-9]+)*").unwrap();
    let in_cases: HashSet<&str> = word.find_iter(&case_text).map(|m| m.as_str()).collect();
    let missing: Vec<String> = named
        .iter()
        .filter(|(name, _)| !in_cases.contains(name.as_str()))
        .map(|(name, path)| format!("{name} ({})", path.display()))
        .collect();
    assert!(
        missing.is_empty(),
        "named in the source, named by no case file: {missing:?}"
    );
}
