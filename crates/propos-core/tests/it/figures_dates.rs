//! Figure and date cases as data: `tests/cases/<lang>/{figures,dates}.toml` at the
//! repository root. Each case gives a text (the first line is the title), an optional
//! publication date, and the complete list of figures or dates expected, in order;
//! a date case may also give the date of statements, found by their cue.

use crate::{cases_dir, read_case_file, CaseFile};

use propos_core::{extract, Article, Bound, Extraction, Lang};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    published: Option<String>,
    #[serde(default)]
    figures: Vec<ExpectedFigure>,
    #[serde(default)]
    dates: Vec<ExpectedDate>,
    #[serde(default)]
    statements: Vec<ExpectedStatementDate>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct ExpectedFigure {
    text: String,
    /// Absent for vague quantities ("des milliers de soldats").
    value: Option<f64>,
    unit: String,
    #[serde(default)]
    approx: bool,
    bound: Option<String>,
    /// Checked only when the case gives it; `""` asserts that the figure has no speaker.
    speaker: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct ExpectedDate {
    text: String,
    value: Option<String>,
}

/// The date of the statement whose cue is `cue` (`None`: no date).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedStatementDate {
    cue: String,
    date: Option<String>,
}

fn load(lang: &str, kind: &str) -> Vec<Case> {
    let path = cases_dir().join(lang).join(format!("{kind}.toml"));
    let file: CaseFile<Case> = read_case_file(&path);
    assert!(!file.cases.is_empty(), "{} has no case", path.display());
    assert_eq!(file.lang, lang, "{}: lang", path.display());
    file.cases
}

fn article(case: &Case, lang: Lang) -> Article {
    let mut article = Article::new(case.name.clone(), case.text.clone());
    article.lang = Some(lang);
    article.published = case.published.clone();
    article
}

/// Extracts an article and checks that its spans are valid (see `invariants`).
fn extract_checked(article: &Article) -> Extraction {
    let extraction = extract(article);
    crate::invariants::check_extraction(&article.text, &extraction);
    extraction
}

fn run_figures(lang_code: &str, lang: Lang) {
    let mut failures = Vec::new();
    for case in load(lang_code, "figures") {
        let got: Vec<ExpectedFigure> = extract_checked(&article(&case, lang))
            .figures
            .into_iter()
            .enumerate()
            .map(|(i, f)| ExpectedFigure {
                text: f.text,
                value: f.value,
                unit: f.unit.unwrap_or_default(),
                approx: f.approx,
                bound: f.bound.map(|b| Bound::as_str(b).to_string()),
                speaker: case
                    .figures
                    .get(i)
                    .and_then(|e| e.speaker.as_ref())
                    .map(|_| f.speaker.unwrap_or_default()),
            })
            .collect();
        if got != case.figures {
            failures.push(format!(
                "{}: {}\n  expected {:?}\n  got      {:?}",
                lang_code, case.name, case.figures, got
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn run_dates(lang_code: &str, lang: Lang) {
    let mut failures = Vec::new();
    for case in load(lang_code, "dates") {
        let extraction = extract_checked(&article(&case, lang));
        for expect in &case.statements {
            let found = extraction.statements.iter().find(|s| s.cue == expect.cue);
            match found {
                Some(s) if s.date == expect.date => {}
                Some(s) => failures.push(format!(
                    "{}: {}\n  statement {:?}: expected date {:?}, got {:?}",
                    lang_code, case.name, expect.cue, expect.date, s.date
                )),
                None => failures.push(format!(
                    "{}: {}\n  no statement with cue {:?}",
                    lang_code, case.name, expect.cue
                )),
            }
        }
        let got: Vec<ExpectedDate> = extraction
            .dates
            .into_iter()
            .map(|d| ExpectedDate {
                text: d.text,
                value: d.value,
            })
            .collect();
        if got != case.dates {
            failures.push(format!(
                "{}: {}\n  expected {:?}\n  got      {:?}",
                lang_code, case.name, case.dates, got
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn french_figures() {
    run_figures("fr", Lang::Fr);
}

#[test]
fn english_figures() {
    run_figures("en", Lang::En);
}

#[test]
fn french_dates() {
    run_dates("fr", Lang::Fr);
}

#[test]
fn english_dates() {
    run_dates("en", Lang::En);
}

/// Any text gives in-bounds, char-boundary spans whose text is the span's text.
#[test]
fn spans_are_valid_on_awkward_input() {
    let texts = [
        "",
        "\n\n",
        "Titre\n1",
        "Titre\n- 5 % -",
        "Titre\n10\u{202f}000\u{a0}000 ½ 3,5 milliards de 🙂 dollars, (2/11",
        "Titre\nle 31 février, jeudi (99/99), 2024-13-45, 1er, 9999999999999999999999 soldats",
        "Titre\nà 20 heures 30, il y a 29 minutes, 5h39, 1m90m, -0,5 %, +3 %, 3.000.000.000.000.000 €",
        "Titre\n« ‘Mardi’ » 12,,,5 1..2 1 000 000 000 000 000 000 000 personnes demain 32 mai",
        "ÿ\u{0301}1\u{0300}2 mars\u{200d}2024 €€ $$ 5$ %%",
    ];
    for text in texts {
        for lang in [Lang::Fr, Lang::En] {
            let mut a = Article::new("x", text);
            a.lang = Some(lang);
            a.published = Some("2024-02-29".into());
            let e = extract(&a);
            for f in &e.figures {
                assert!(f.start <= f.end && f.end <= text.len());
                assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
                assert!(f.value.is_none_or(f64::is_finite));
            }
            for d in &e.dates {
                assert!(d.start <= d.end && d.end <= text.len());
                assert_eq!(text.get(d.start..d.end), Some(d.text.as_str()));
            }
        }
    }
}

/// Random texts over a palette of the characters the scanners care about: no panic,
/// valid spans (a small deterministic fuzz, no extra dependency).
#[test]
fn random_texts_give_valid_spans() {
    let palette: Vec<&str> = vec![
        "1",
        "0",
        "12",
        "2024",
        "000",
        " ",
        "\u{a0}",
        "\u{202f}",
        ",",
        ".",
        "-",
        "/",
        ":",
        "(",
        ")",
        "%",
        "€",
        "$",
        "°",
        "'",
        "’",
        "«",
        "»",
        "\n",
        "é",
        "É",
        "🙂",
        "\u{301}",
        "le",
        "de",
        "mardi",
        "mars",
        "May",
        "juin",
        "1er",
        "h",
        "m",
        "M",
        "km",
        "millions",
        "dix",
        "mille",
        "soldats",
        "plus",
        "environ",
        "entre",
        "et",
        "à",
        "hier",
        "demain",
        "dernier",
        "prochain",
        "Publié",
        "date",
        "T",
        "x",
        "e",
        "-t-il",
        "a déclaré",
        "selon",
        "G",
        "Acte",
        "sur",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..400 {
        let len = (next() % 60) as usize + 1;
        let text: String = (0..len)
            .map(|_| palette[(next() % palette.len() as u64) as usize])
            .collect();
        for lang in [Lang::Fr, Lang::En] {
            let mut a = Article::new(format!("r{round}"), text.clone());
            a.lang = Some(lang);
            a.published = (round % 2 == 0).then(|| "2024-03-01".to_string());
            let e = extract(&a);
            for f in &e.figures {
                assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()), "{text:?}");
                assert!(f.value.is_none_or(f64::is_finite), "{text:?}");
            }
            for d in &e.dates {
                assert_eq!(text.get(d.start..d.end), Some(d.text.as_str()), "{text:?}");
            }
        }
    }
}

/// Long runs that could make a scan quadratic stay fast.
#[test]
fn pathological_inputs_stay_linear() {
    let inputs = [
        "7".repeat(1_000_000),
        "1 000 ".repeat(100_000),
        "mardi (2/11) ".repeat(40_000),
        "-'".repeat(200_000),
        "le 3 mars et ".repeat(40_000),
        "entre 3 et ".repeat(40_000),
        "3 milliers de ".repeat(40_000),
    ];
    for text in inputs {
        let mut a = Article::new("p", format!("Titre\n{text}"));
        a.lang = Some(Lang::Fr);
        let start = std::time::Instant::now();
        let e = extract(&a);
        assert!(
            start.elapsed().as_secs() < 30,
            "{} bytes took {:?}",
            text.len(),
            start.elapsed()
        );
        assert!(e.figures.iter().all(|f| f.end <= a.text.len()));
    }
}
