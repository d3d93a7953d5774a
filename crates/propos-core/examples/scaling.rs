//! Checks that [`propos_core::extract`] takes linear time on pathological inputs.
//!
//! Synthesises inputs of growing size for each kind below, times `extract` on
//! each and prints seconds and µs per KB, so superlinear growth shows as a
//! rising µs/KB. A size is skipped when the previous one of its kind, scaled up
//! linearly, predicts more than a minute.
//!
//! `cargo run --release -p propos-core --example scaling -- [MAX_MB] [KIND]`
//! (default: 16 MB, every kind; sizes 0.1, 0.5, 4 and 16 MB)
//!
//! Kinds: `one-line` (article text with no newline), `unmatched` (stray « and "
//! marks every few words), `unclosed` (a quotation opened and never closed),
//! `digits` (one run of digits), `verbs` (reporting verbs nested without end:
//! "a déclaré que il a dit que …"), `article` (paragraphs repeated), `dots` (initials
//! joined by periods without a space: "A.B.C.…"), `incises` (« … », dit-il, « … »,
//! dit-il, … in one sentence), `speakers` (a new named speaker in every
//! sentence: thousands of distinct actors), `figures` (one sentence of
//! figures and statements with no full stop), `cues` ("a déclaré " repeated),
//! `quoted-a` (`"a" ` repeated), `selon` ("selon Jean Martin, " repeated), `names`
//! (one name repeated), `roles` ("le ministre a dit qu'il " repeated), `dated-cues`
//! (a cue and a date with no sentence end: "a dit qu'il viendrait avant mars et " repeated),
//! `capitalised` (one run of capitalised words no lexicon knows: "Tran Khoa " repeated),
//! `gerund-tail` (a clause and a cue after a subordinating word, with no sentence end: "Le
//! maire a parlé, après avoir averti que " repeated), `pronoun-mismatch` (a pronoun that
//! agrees with no earlier subject: "La mutuelle a des adhérents, a-t-il dit. " repeated),
//! `subordinate-days` (days in clauses of time with no sentence end: "deux jours après que
//! le ministre a annoncé samedi que " repeated), `possessor-role` (a role after a
//! possessive, with one name repeated: "Lanvex will close a plant, its chief executive
//! said. " repeated), `complement-role` (a role with a complement after a subject named
//! with no role: "Paul Roy attend. « Oui », a dit l'entraîneur du club. " repeated) and
//! `nested-reports` (reports nested in a reported clause with no sentence end: "Le maire a
//! dit que les experts estiment que 300 ponts sont fragiles et que " repeated) and
//! `shared-forms` (one role noun standing for a new organisation each time: « Au CHU de
//! Bac, la tension monte. Selon la direction, 30 lits sont fermés. » with a new name).

use std::time::Instant;

/// A made-up news paragraph with statements, figures and dates.
const PARAGRAPH: &str = "Le ministre de l'Économie, Jean Martin, a déclaré mardi 12 mars 2024 que \
le déficit atteindrait 4,5 % du PIB en 2025. « Nous ne céderons pas », a-t-il ajouté devant \
les députés. Selon l'Insee, 1,2 million de ménages ont vu leurs dépenses augmenter de 300 euros \
depuis janvier. La porte-parole du gouvernement a affirmé : « Les 15 mesures seront appliquées \
d'ici le 1er juillet. » Pour l'opposition, ce plan de 20 milliards d'euros « ne suffira pas ».";

const KINDS: [&str; 24] = [
    "one-line",
    "unmatched",
    "unclosed",
    "digits",
    "verbs",
    "article",
    "dots",
    "incises",
    "speakers",
    "figures",
    "cues",
    "quoted-a",
    "selon",
    "names",
    "roles",
    "dated-cues",
    "capitalised",
    "gerund-tail",
    "pronoun-mismatch",
    "subordinate-days",
    "possessor-role",
    "complement-role",
    "nested-reports",
    "shared-forms",
];

/// The kinds made of one pattern repeated after the title, and their pattern.
const REPEATED: [(&str, &str); 13] = [
    ("cues", "a déclaré "),
    ("quoted-a", "\"a\" "),
    ("selon", "selon Jean Martin, "),
    ("names", "Jean Martin "),
    ("roles", "le ministre a dit qu'il "),
    ("dated-cues", "a dit qu'il viendrait avant mars et "),
    ("capitalised", "Tran Khoa "),
    ("gerund-tail", "Le maire a parlé, après avoir averti que "),
    (
        "pronoun-mismatch",
        "La mutuelle a des adhérents, a-t-il dit. ",
    ),
    (
        "possessor-role",
        "Lanvex will close a plant, its chief executive said. ",
    ),
    (
        "complement-role",
        "Paul Roy attend. « Oui », a dit l'entraîneur du club. ",
    ),
    (
        "nested-reports",
        "Le maire a dit que les experts estiment que 300 ponts sont fragiles et que ",
    ),
    (
        "subordinate-days",
        "deux jours après que le ministre a annoncé samedi que ",
    ),
];

/// A capitalised made-up surname for each number: "Bac", "Cac", … "Babac".
fn surname(mut n: usize) -> String {
    let mut name = String::new();
    loop {
        name.push(char::from(b'a' + (n % 26) as u8));
        name.push_str(["ac", "or", "el"][n % 3]);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    let mut chars = name.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase());
    first.into_iter().chain(chars).collect()
}

/// An input of kind `kind` of about `size` bytes (never less).
fn synthesise(kind: &str, size: usize) -> String {
    let mut text = String::from("Titre de l'article\n");
    if let Some(&(_, pattern)) = REPEATED.iter().find(|(k, _)| *k == kind) {
        while text.len() < size {
            text.push_str(pattern);
        }
        return text;
    }
    match kind {
        "one-line" => {
            text.clear();
            while text.len() < size {
                text.push_str(PARAGRAPH);
                text.push(' ');
            }
        }
        "unmatched" => {
            let mut n = 0usize;
            while text.len() < size {
                for word in PARAGRAPH.split(' ') {
                    text.push_str(word);
                    text.push(' ');
                    n += 1;
                    if n.is_multiple_of(6) {
                        text.push_str(if n.is_multiple_of(12) { "« " } else { "\" " });
                    }
                }
                text.push('\n');
            }
        }
        "unclosed" => {
            text.push_str("Le ministre a déclaré : « ");
            let plain: String = PARAGRAPH.chars().filter(|c| !"«»".contains(*c)).collect();
            while text.len() < size {
                text.push_str(&plain);
                text.push(' ');
            }
        }
        "digits" => {
            text.push_str("Le ministre a déclaré que ");
            let digits = size.saturating_sub(text.len()).max(1);
            text.extend(std::iter::repeat_n('7', digits));
            text.push_str(" euros ont été dépensés.\n");
        }
        "verbs" => {
            text.push_str("Le ministre ");
            while text.len() < size {
                text.push_str("a déclaré que il a dit que elle a affirmé que ");
            }
            text.push_str("tout va bien.\n");
        }
        "dots" => {
            text.push_str("Le ministre a cité ");
            while text.len() < size {
                text.push_str("A.B.");
            }
            text.push_str(" hier.\n");
        }
        "incises" => {
            while text.len() < size {
                text.push_str("« Nous irons jusqu'au bout », a-t-il déclaré, ");
            }
            text.push_str("« fin ».\n");
        }
        "speakers" => {
            let first_names = ["Jean", "Marie", "Paul", "Anne", "Luc", "Sophie"];
            let mut n = 0;
            while text.len() < size {
                let name = format!("{} {}", first_names[n % first_names.len()], surname(n));
                text.push_str(&format!(
                    "Selon {name}, 1 200 soldats sont arrivés le 3 mars. \
                     « Nous tiendrons », a déclaré {name}.\n"
                ));
                n += 1;
            }
        }
        "shared-forms" => {
            let mut n = 0;
            while text.len() < size {
                let town = surname(n);
                text.push_str(&format!(
                    "Les urgences saturent. Les patients attendent. Au CHU de {town}, la \
                     tension monte. Selon la direction, 30 lits sont fermés.\n"
                ));
                n += 1;
            }
        }
        "figures" => {
            text.push_str("Le ministre a déclaré que ");
            let mut n = 0;
            while text.len() < size {
                text.push_str(&format!(
                    "{n} soldats, {n},5 % du PIB et {n} millions d'euros, a-t-il ajouté, puis "
                ));
                n += 1;
            }
            text.push_str("rien.\n");
        }
        _ => {
            while text.len() < size {
                text.push_str(PARAGRAPH);
                text.push_str("\n\n");
            }
        }
    }
    text
}

/// Seconds per run of `extract` on `text`, repeating small inputs for a stable figure.
fn time_extract(text: &str) -> f64 {
    let article = propos_core::Article::new("scaling", text);
    let mut runs = 0u32;
    let start = Instant::now();
    loop {
        std::hint::black_box(propos_core::extract(&article));
        runs += 1;
        let elapsed = start.elapsed().as_secs_f64();
        if elapsed > 0.2 || text.len() >= 1 << 20 {
            return elapsed / f64::from(runs);
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let max_mb: f64 = match std::env::args().nth(1) {
        Some(arg) => arg.parse()?,
        None => 16.0,
    };
    let only = std::env::args().nth(2);
    let mut sizes: Vec<usize> = vec![100_000, 500_000, 4_000_000, 16_000_000];
    sizes.retain(|&s| s as f64 <= max_mb * 1e6);
    // warm the lexicons up
    propos_core::extract(&propos_core::Article::new("warm", PARAGRAPH));
    print!("{:<10}", "kind");
    for size in &sizes {
        print!(" {:>20}", format!("{} KB", size / 1000));
    }
    println!(" {:>14}", "µs/KB max/100K");
    for kind in KINDS {
        if only.as_ref().is_some_and(|k| k != kind) {
            continue;
        }
        print!("{kind:<10}");
        // (size, seconds) of the last size run
        let mut previous: Option<(usize, f64)> = None;
        let mut per_kb = Vec::new();
        for &size in &sizes {
            if previous.is_some_and(|(n, s)| s * size as f64 / n as f64 > 60.0) {
                print!(" {:>20}", "skipped");
                continue;
            }
            let text = synthesise(kind, size);
            let seconds = time_extract(&text);
            let us_per_kb = seconds * 1e6 / (text.len() as f64 / 1000.0);
            per_kb.push((size, us_per_kb));
            print!(" {:>20}", format!("{seconds:.4} s {us_per_kb:.1}"));
            previous = Some((size, seconds));
        }
        let at_100k = per_kb.iter().find(|(s, _)| *s == 100_000).map(|p| p.1);
        match (at_100k, per_kb.last()) {
            (Some(base), Some(&(_, last))) => println!(" {:>14.2}", last / base),
            _ => println!(),
        }
    }
    println!("(each cell: seconds per run, µs per KB)");
    Ok(())
}
