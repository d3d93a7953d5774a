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
