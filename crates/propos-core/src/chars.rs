//! Character classes with a fast path for Latin letters.
//!
//! `char::is_alphabetic` answers ASCII at once but looks every other character up in
//! the Unicode tables; news text in French is full of "é", "è", "à". The Latin-1
//! Supplement and Latin Extended-A/B letters (U+00C0–U+024F, save × and ÷) are
//! answered here without the tables. The answers are the same as std's.

/// Whether `c` is alphabetic, as [`char::is_alphabetic`].
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if matches!(c, '\u{c0}'..='\u{24f}') {
        c != '×' && c != '÷'
    } else {
        c.is_alphabetic()
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
        for c in (0..=0x3000u32).filter_map(char::from_u32) {
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
