//! Character classes with a fast path for the characters of Latin-script news.
//!
//! `char::is_alphabetic` answers ASCII at once but looks every other character up in
//! the Unicode tables; news text in French is full of "é", "à", "«", "’" and no-break
//! spaces. Latin-1, Latin Extended-A/B and General Punctuation (U+0080–U+024F,
//! U+2000–U+206F) are answered here without the tables. The answers are the same as
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

#[cfg(test)]
mod tests {
    #[test]
    fn answers_as_std_does() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
