//! Character classes with a fast path for the characters of Latin-script news.
//!
//! `char::is_alphabetic` answers ASCII at once but looks every other character up in
//! the Unicode tables; news text in French is full of "é", "à", "«", "’" and no-break
//! spaces. Latin-1, Latin Extended-A/B and General Punctuation (U+0080–U+024F,
//! U+2000–U+206F) are answered here without the tables (for upper case, Latin-1
//! and General Punctuation). The answers are the same as
//! std's.

/// Whether `c` is alphabetic, as [`char::is_alphabetic`].
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        // Latin-1 punctuation, symbols and spaces: « » ’ no-break space …
        '\u{80}'..='\u{bf}' => matches!(c, 'ª' | 'µ' | 'º'),
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        // General Punctuation: dashes, quotation marks, spaces, ellipsis
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// Whether `c` is alphanumeric, as [`char::is_alphanumeric`].
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alphabetic(c) || c.is_numeric()
    }
}

/// Whether `c` is upper case, as [`char::is_uppercase`].
#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_uppercase(),
        // Latin-1 punctuation, symbols and spaces; « » ’ … — and no-break spaces
        '\u{80}'..='\u{bf}' | '\u{2000}'..='\u{206f}' => false,
        // À–Þ but the multiplication sign; ß–ÿ are lower case
        '\u{c0}'..='\u{de}' => c != '×',
        '\u{df}'..='\u{ff}' => false,
        _ => c.is_uppercase(),
    }
}

/// Appends the lower case of `c` to `out`, as [`char::to_lowercase`].
#[inline]
pub(crate) fn push_lowercase(c: char, out: &mut String) {
    match c {
        _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        '\u{c0}'..='\u{de}' if c != '×' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        '\u{80}'..='\u{bf}' | '\u{d7}'..='\u{ff}' | '\u{2000}'..='\u{206f}' => out.push(c),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Whether [`push_lowercase`] leaves `c` as it is.
#[inline]
pub(crate) fn lowers_to_itself(c: char) -> bool {
    match c {
        _ if c.is_ascii() => !c.is_ascii_uppercase(),
        '\u{c0}'..='\u{de}' => c == '×',
        '\u{80}'..='\u{bf}' | '\u{d7}'..='\u{ff}' | '\u{2000}'..='\u{206f}' => true,
        _ => {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        }
    }
}

/// The letter without its diacritics ("é" → "e", "ç" → "c", "ñ" → "n"): the first
/// character of its canonical decomposition. The one accent folding of the crate.
pub(crate) fn base_letter(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |part| {
        base.get_or_insert(part);
    });
    base.unwrap_or(c)
}

/// The maximal runs of alphanumeric characters of `text` ([`is_alphanumeric`]), in text
/// order: the non-empty pieces of `text.split(|c: char| !c.is_alphanumeric())`, with ASCII
/// bytes classified without decoding them. Linear in the text.
pub(crate) fn alphanumeric_runs(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = loop {
            if at >= text.len() {
                return None;
            }
            let (alphanumeric, width) = alphanumeric_at(text, at);
            at += width;
            if alphanumeric {
                break at - width;
            }
        };
        while at < text.len() {
            let (alphanumeric, width) = alphanumeric_at(text, at);
            if !alphanumeric {
                break;
            }
            at += width;
        }
        Some(&text[start..at])
    })
}

/// Whether the character at byte `at` (a char boundary) of `text` is alphanumeric, and its
/// byte width.
#[inline]
fn alphanumeric_at(text: &str, at: usize) -> (bool, usize) {
    let b = text.as_bytes()[at];
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), 1);
    }
    let c = text[at..].chars().next().unwrap_or(' ');
    (is_alphanumeric(c), c.len_utf8())
}

/// [`str::to_lowercase`] of `text`, borrowed when that is `text` itself.
pub(crate) fn to_lowercase(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(lowers_to_itself) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}

/// Calls `f` with an empty `String` of the thread, kept from call to call, to build a
/// lookup key in without allocating once it has grown (a call made inside `f` gets a new
/// one; a buffer grown past [`SCRATCH_KEPT`] bytes is given back).
pub(crate) fn with_scratch<R>(f: impl FnOnce(&mut String) -> R) -> R {
    thread_local! {
        static SCRATCH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut buffer) => {
            buffer.clear();
            let r = f(&mut buffer);
            if buffer.capacity() > SCRATCH_KEPT {
                *buffer = String::new();
            }
            r
        }
        Err(_) => f(&mut String::new()),
    })
}

/// The largest scratch buffer ([`with_scratch`]) kept for the next call, in bytes.
const SCRATCH_KEPT: usize = 4096;

/// Calls `f` with [`str::to_lowercase`] of `text`, for a lookup: `text` itself when that
/// is its lower case, else a copy made in the thread's scratch buffer ([`with_scratch`]).
pub(crate) fn with_lowercase<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    if text.chars().all(lowers_to_itself) {
        return f(text);
    }
    with_scratch(|lower| {
        push_to_lowercase(text, lower);
        f(lower)
    })
}

/// Appends [`str::to_lowercase`] of `text` to `out`.
pub(crate) fn push_to_lowercase(text: &str, out: &mut String) {
    push_lower(text, out, false);
}

/// Lower case with typographic apostrophes made plain: `text.to_lowercase()` with
/// ’ as ', in one buffer. The one case folding of the crate (layout, lexicon keys).
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_fold(text, &mut out);
    out
}

/// Appends [`fold`]`(text)` to `out`.
pub(crate) fn push_fold(text: &str, out: &mut String) {
    push_lower(text, out, true);
}

/// Appends [`str::to_lowercase`] of `text` to `out`, with typographic apostrophes made
/// plain when `plain_apostrophes`: the one lower-casing loop of [`push_to_lowercase`] and
/// [`push_fold`].
fn push_lower(text: &str, out: &mut String, plain_apostrophes: bool) {
    if text.is_ascii() {
        let from = out.len();
        out.push_str(text);
        out[from..].make_ascii_lowercase();
    } else if text.contains('Σ') {
        // a final sigma lowers by its place in the word
        let lower = text.to_lowercase();
        if plain_apostrophes {
            out.push_str(&lower.replace('’', "'"));
        } else {
            out.push_str(&lower);
        }
    } else {
        for c in text.chars() {
            if plain_apostrophes && c == '’' {
                out.push('\'');
            } else {
                push_lowercase(c, out);
            }
        }
    }
}

/// The char boundary of `text` at or before byte `at`, which is at most `text.len()`.
pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The char boundary of `text` at or after byte `at`, which is at most `text.len()`.
pub(crate) fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {

    #[test]
    fn boundaries_move_out_of_a_character() {
        // "é" takes bytes 1 and 2
        assert_eq!(super::floor_boundary("aé!", 2), 1);
        assert_eq!(super::ceil_boundary("aé!", 2), 3);
        assert_eq!(super::floor_boundary("aé!", 3), 3);
        assert_eq!(super::ceil_boundary("aé!", 4), 4);
    }
    #[test]
    fn answers_as_std_does() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(super::is_uppercase(c), c.is_uppercase(), "{c:?}");
            let mut lower = String::new();
            super::push_lowercase(c, &mut lower);
            assert_eq!(lower, c.to_lowercase().to_string(), "{c:?}");
            assert_eq!(super::lowers_to_itself(c), lower == c.to_string(), "{c:?}");
        }
    }

    #[test]
    fn lowercase_lookups_see_what_std_gives() {
        for text in ["abc", "ABC Déf", "ÉTÉ", "ΟΔΟΣ", "ǅ İ", ""] {
            let lower = super::with_lowercase(text, |outer| {
                // a nested call makes its own copy
                let inner = super::with_lowercase(text, str::to_string);
                assert_eq!(inner, outer);
                outer.to_string()
            });
            assert_eq!(lower, text.to_lowercase(), "{text:?}");
        }
    }

    #[test]
    fn alphanumeric_runs_are_the_pieces_of_split() {
        for text in ["", "a", " l’été, 2024-25 : Ωμέγα²x «X»", "…", "État1 ½ b"] {
            let split: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(
                super::alphanumeric_runs(text).collect::<Vec<_>>(),
                split,
                "{text:?}"
            );
        }
    }

    #[test]
    fn base_letters_lose_their_diacritics() {
        let folded: String = "éèêëàçñÅøx".chars().map(super::base_letter).collect();
        assert_eq!(folded, "eeeeacnAøx");
    }

    #[test]
    fn fold_is_lower_case_with_plain_apostrophes() {
        for text in ["L’ÉTÉ « Très » chaud", "ΣΟΦΟΣ d’Athènes", "İstanbul Ǆ"] {
            assert_eq!(super::fold(text), text.to_lowercase().replace('’', "'"));
        }
        assert_eq!(super::fold("L’Été"), "l'été");
        assert_eq!(super::fold("Partager sur X"), "partager sur x");
    }
}
