//! Property: any UTF-8 input gives valid, in-bounds, char-boundary spans and never panics.

use propos_core::{extract, Article, Lang};
use proptest::prelude::*;

fn check_spans(text: &str, lang: Lang) {
    let mut article = Article::new("prop", text);
    article.lang = Some(lang);
    crate::invariants::check_extraction(text, &extract(&article));
}

/// Text made of the pieces the extractor reacts to, in random order.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "« ",
        " »",
        "\"",
        "“",
        "”",
        "„",
        "‹",
        "›",
        ", ",
        ". ",
        ": ",
        "\n",
        " - ",
        "(",
        ")",
        "a déclaré",
        "a-t-il ajouté",
        "selon",
        "qu'",
        "que ",
        "s'est dit",
        "M.",
        "Le président",
        "Jean Dupont",
        "Moscou",
        "il",
        "elle",
        "qui",
        "said",
        "according to",
        "he",
        "The minister",
        "n'a pas",
        "également",
        "ajoutant",
        "avant de rappeler",
        "Pour",
        "le 3 mars",
        "é",
        "😀",
        "\u{a0}",
        "Zz",
        "de la",
        "et",
        "Washington",
        "KCNA",
        "mettent en garde contre",
        "’",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_gives_valid_spans(text in "\\PC*") {
        check_spans(&text, Lang::Fr);
        check_spans(&text, Lang::En);
    }

    #[test]
    fn news_like_text_gives_valid_spans(text in newsy()) {
        check_spans(&text, Lang::Fr);
        check_spans(&text, Lang::En);
    }
}

/// An article naming a new speaker in every paragraph (thousands of distinct
/// actors, their first names shared) keeps each apart: one actor per name,
/// each with its two statements and its mentions counted.
#[test]
fn thousands_of_distinct_speakers_stay_apart() {
    let first_names = ["Jean", "Marie", "Paul"];
    let surname = |n: usize| {
        let letters: String = format!("{n:04}")
            .bytes()
            .map(|d| char::from(b'a' + d - b'0'))
            .collect();
        format!("Ka{letters}")
    };
    let speakers = 3_000;
    let mut text = String::new();
    for n in 0..speakers {
        let name = format!("{} {}", first_names[n % 3], surname(n));
        text.push_str(&format!(
            "Selon {name}, 1 200 soldats sont arrivés le 3 mars. « Nous tiendrons », a déclaré {name}.\n\n"
        ));
    }
    let extraction = propos_core::extract(&propos_core::Article::new("many", &text));
    assert_eq!(extraction.actors.len(), speakers);
    for (n, actor) in extraction.actors.iter().enumerate() {
        assert_eq!(
            actor.actor,
            format!("{} {}", first_names[n % 3], surname(n))
        );
        assert_eq!(actor.statements, 2, "{}", actor.actor);
        assert_eq!(actor.mentions, 2, "{}", actor.actor);
    }
}
