//! Splitting a phrase into words: the lexicon keys and the tokenizer's spans, grouped
//! from the tokens of the text layer.

use std::borrow::Cow;

use crate::text::{tokenize_into, Kind as TextKind, Tok as TextTok};

/// Calls `f` with `a`, `sep` and `b` written one after the other: a lexicon key of two
/// words ("prime minister") looked up without a string of its own when it is short.
pub(crate) fn with_joined<R>(a: &str, sep: &str, b: &str, f: impl FnOnce(&str) -> R) -> R {
    let n = a.len() + sep.len() + b.len();
    let mut buf = [0u8; 64];
    let key = (n <= buf.len())
        .then(|| {
            let (x, rest) = buf.split_at_mut(a.len());
            x.copy_from_slice(a.as_bytes());
            let (y, rest) = rest.split_at_mut(sep.len());
            y.copy_from_slice(sep.as_bytes());
            rest[..b.len()].copy_from_slice(b.as_bytes());
            // (strings written one after the other are UTF-8)
            std::str::from_utf8(&buf[..n]).ok()
        })
        .flatten();
    match key {
        Some(key) => f(key),
        None => f(&[a, sep, b].concat()),
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The first character of a token.
fn first_char(text: &str, tok: &TextTok) -> char {
    match text.as_bytes()[tok.start] {
        b if b.is_ascii() => char::from(b),
        _ => text[tok.start..].chars().next().unwrap_or(' '),
    }
}

/// Whether a token of the text layer is made of letters or digits: letters, ASCII
/// digits, or one other numeric character ("²", "½").
fn is_word_part(text: &str, tok: &TextTok) -> bool {
    match tok.kind {
        TextKind::Word | TextKind::Digits => true,
        TextKind::Space => false,
        TextKind::Punct => tok.end - tok.start > 1 && first_char(text, tok).is_numeric(),
    }
}

/// Groups the tokens `parts` of the text layer (of `text`, none past `end`) into
/// (start, end, is_word) spans: a word is letters and digits with inner hyphens and
/// dots ("a-t-il", "U.S", "14.000"), a comma between digits ("3,5") and a final
/// apostrophe ("qu'"), or an apostrophe and one of the endings `kept` ("Moody's");
/// anything else but white space is one punctuation character.
pub(super) fn spans(
    text: &str,
    end: usize,
    parts: &[TextTok],
    kept: &[&str],
    out: &mut Vec<(usize, usize, bool)>,
) {
    let n = parts.len();
    let mut k = 0;
    while k < n {
        let t = parts[k];
        if t.kind == TextKind::Space {
            k += 1;
            continue;
        }
        if !is_word_part(text, &t) {
            // ''two apostrophes'' typed as one quotation mark
            let doubled = &text[t.start..t.end] == "'"
                && parts
                    .get(k + 1)
                    .is_some_and(|u| &text[u.start..u.end] == "'");
            let w = if doubled { 2 } else { 1 };
            out.push((t.start, parts[k + w - 1].end, false));
            k += w;
            continue;
        }
        let i = t.start;
        // `m`: the last part of the word so far
        let mut m = k;
        let next_k = loop {
            while m + 1 < n && is_word_part(text, &parts[m + 1]) {
                m += 1;
            }
            let j = parts[m].end;
            let Some(dt) = parts.get(m + 1) else {
                break m + 1;
            };
            let d = first_char(text, dt);
            let after = parts.get(m + 2);
            // inner hyphen or dot followed by a letter or digit: "a-t-il", "U.S", "14.000"
            if d == '-'
                || d == '.'
                || d == ',' && text.as_bytes()[i..j].iter().all(u8::is_ascii_digit)
            {
                let next = after.map(|u| first_char(text, u));
                let digit_after = next.is_some_and(|c| c.is_ascii_digit());
                // "fermée.Le préfet": a sentence end without its space, not "U.S"
                let glued_sentence = d == '.'
                    && text[i..j].chars().last().is_some_and(char::is_lowercase)
                    && next.is_some_and(char::is_uppercase);
                if after.is_some_and(|u| is_word_part(text, u))
                    && (d != ',' || digit_after)
                    && !glued_sentence
                {
                    m += 2;
                    continue;
                }
            }
            if is_apostrophe(d) {
                // "qu'il": the apostrophe closes the first word; "Korea's" stays one word
                let rest = &text[dt.end..end];
                let kept_ending = kept.iter().any(|ending| {
                    rest.strip_prefix(ending)
                        .is_some_and(|r| !r.chars().next().is_some_and(char::is_alphanumeric))
                });
                if kept_ending {
                    break m + 3;
                } else if rest.chars().next().is_some_and(char::is_alphabetic) {
                    break m + 2;
                }
            }
            break m + 1;
        };
        out.push((i, parts[next_k - 1].end, true));
        k = next_k;
    }
}

/// Splits `text` into (start, end, is_word) spans (see [`spans`]).
fn phrase_spans(text: &str, kept: &[&str]) -> Vec<(usize, usize, bool)> {
    // at most one token and one span per byte: no growing for a phrase
    let mut parts = Vec::with_capacity(text.len());
    tokenize_into(text, 0, text.len(), &mut parts, &mut String::new());
    let mut out = Vec::with_capacity(parts.len());
    spans(text, text.len(), &parts, kept, &mut out);
    out
}

/// The lower-case words of a phrase, joined by one space (lexicon keys); `kept` as in
/// [`spans`].
pub(crate) fn normalize_phrase(text: &str, kept: &[&str]) -> String {
    if is_plain_phrase(text.as_bytes()) {
        return text.to_ascii_lowercase();
    }
    normalize_spans(text, kept)
}

/// [`normalize_phrase`] of compiled-in lexicon text, borrowing the text when it already
/// is its own normal form (most lexicon words).
pub(crate) fn normalize_static_phrase(text: &'static str, kept: &[&str]) -> Cow<'static, str> {
    if is_plain_phrase(text.as_bytes()) && !text.bytes().any(|b| b.is_ascii_uppercase()) {
        return Cow::Borrowed(text);
    }
    let normal = normalize_phrase(text, kept);
    if normal == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(normal)
    }
}

/// [`normalize_phrase`] by the tokenizer's spans.
fn normalize_spans(text: &str, kept: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, &(s, e, _)) in phrase_spans(text, kept).iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        crate::chars::push_fold(&text[s..e], &mut out);
    }
    out
}

/// Whether `text` is ASCII words of letters joined by single spaces or by hyphens
/// ("porte-parole", "prime minister"): its [`normalize_phrase`] is its lower case, without
/// tokenizing it.
fn is_plain_phrase(text: &[u8]) -> bool {
    let letter = |k: usize| text.get(k).is_some_and(u8::is_ascii_alphabetic);
    !text.is_empty()
        && (0..text.len()).all(|k| {
            letter(k) || matches!(text[k], b' ' | b'-') && k > 0 && letter(k - 1) && letter(k + 1)
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_plain_phrase_normalizes_as_its_spans_do() {
        for text in [
            "Prime Minister",
            "porte-parole",
            "chef de la diplomatie",
            "a",
            "New-York City-Hall",
        ] {
            assert!(super::is_plain_phrase(text.as_bytes()), "{text}");
            assert_eq!(
                super::normalize_phrase(text, &["s"]),
                super::normalize_spans(text, &["s"])
            );
        }
        for text in [
            "", " a", "a ", "a  b", "a -b", "a-", "-a", "U.S.", "qu'il", "été", "14",
        ] {
            assert!(!super::is_plain_phrase(text.as_bytes()), "{text}");
        }
    }
}
