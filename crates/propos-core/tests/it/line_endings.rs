//! CR, LF and CRLF all end a line: the layout and the statements found do not
//! depend on which one a file uses.

use propos_core::{extract, Article};

const LINES: [&str; 3] = [
    "Sommet sur le climat",
    "« Nous ne céderons pas », a déclaré Jeanne Morel.",
    "Le ministre Paul Arnaud a affirmé que 300 délégués étaient présents.",
];

fn statements(text: &str) -> Vec<(Option<String>, String)> {
    extract(&Article::new("t", text))
        .statements
        .into_iter()
        .map(|s| (s.speaker, s.content))
        .collect()
}

#[test]
fn cr_and_crlf_line_endings_are_line_breaks_like_lf() {
    let lf = statements(&LINES.join("\n"));
    assert_eq!(lf.len(), 2, "{lf:?}");
    assert_eq!(statements(&LINES.join("\r")), lf);
    assert_eq!(statements(&LINES.join("\r\n")), lf);
}

#[test]
fn a_title_and_a_quote_separated_by_cr_alone_are_two_blocks() {
    let text = "Sommet sur le climat\r« Nous ne céderons pas », a déclaré Jeanne Morel.";
    let layout = propos_core::layout::layout(text);
    assert_eq!(layout.blocks.len(), 2, "{:?}", layout.blocks);
    assert_eq!(
        &text[layout.blocks[0].start..layout.blocks[0].end],
        "Sommet sur le climat"
    );
}
