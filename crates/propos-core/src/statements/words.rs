//! Splitting a phrase into words: the lexicon keys and the tokenizer's spans.

fn is_word_char(c: char) -> bool {
    crate::chars::is_alphanumeric(c)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The character at byte `i` of `text` (a char boundary) and its width.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some((char::from(b), 1)),
        _ => text[i..].chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// Splits `text` into (start, end, is_word) spans, offsets relative to `text`.
pub(super) fn spans(text: &str, out: &mut Vec<(usize, usize, bool)>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some((c, width)) = char_at(text, i) {
        if c.is_whitespace() {
            i += width;
            continue;
        }
        if !is_word_char(c) {
            // ''two apostrophes'' typed as one quotation mark
            let w = if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
                2
            } else {
                width
            };
            out.push((i, i + w, false));
            i += w;
            continue;
        }
        let mut end = i + width;
        loop {
            // ASCII letters and digits: the common run
            while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
            }
            let j = end;
            let Some((d, d_width)) = char_at(text, j) else {
                break;
            };
            if is_word_char(d) {
                end = j + d_width;
                continue;
            }
            // inner hyphen or dot followed by a letter or digit: "a-t-il", "U.S", "14.000"
            if d == '-' || d == '.' || d == ',' && bytes[i..j].iter().all(u8::is_ascii_digit) {
                let next = char_at(text, j + d_width).map(|(c, _)| c);
                let digit_after = next.is_some_and(|c| c.is_ascii_digit());
                // "fermée.Le préfet": a sentence end without its space, not "U.S"
                let glued_sentence = d == '.'
                    && text[i..j].chars().last().is_some_and(char::is_lowercase)
                    && next.is_some_and(char::is_uppercase);
                if next.is_some_and(is_word_char) && (d != ',' || digit_after) && !glued_sentence {
                    end = j + d_width;
                    continue;
                }
            }
            if is_apostrophe(d) {
                // "qu'il": the apostrophe closes the first word; "Korea's" stays one word
                let rest = &text[j + d_width..];
                let mut after = rest.chars();
                let possessive = matches!(after.next(), Some('s'))
                    && !after.next().is_some_and(char::is_alphanumeric);
                if possessive {
                    end = j + d_width + 1;
                } else if rest.chars().next().is_some_and(char::is_alphabetic) {
                    end = j + d_width;
                }
            }
            break;
        }
        out.push((i, end, true));
        i = end;
    }
}

/// The lower-case words of a phrase, joined by one space (lexicon keys).
pub(crate) fn normalize_phrase(text: &str) -> String {
    let mut out = Vec::new();
    spans(text, &mut out);
    let words: Vec<String> = out
        .iter()
        .map(|&(s, e, _)| text[s..e].to_lowercase().replace('’', "'"))
        .collect();
    words.join(" ")
}

/// The words of a phrase, as written.
pub(crate) fn tokenize_words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    spans(text, &mut out);
    out.iter().map(|&(s, e, _)| &text[s..e]).collect()
}
