//! Sentence splitting with byte offsets: abbreviation-aware ("M.", "Mme", "U.S."),
//! number-aware ("14.000", "3,5") and quote-aware (closing marks stay with their sentence).
//!
//! Complexity: linear in the article's size — one forward scan of each content
//! block; the word before a period is looked up in a hash set.

use serde::{Deserialize, Serialize};

use crate::hash::FastSet;
use crate::language::Language;
use crate::layout::Layout;
use crate::Lang;

/// One sentence: a byte span inside one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character (final punctuation included).
    pub end: usize,
    /// Index of the block in [`Layout::blocks`].
    pub block: usize,
}

/// Whether a word (without its period) is an abbreviation of the language ("M", "Mme").
pub(crate) fn is_abbreviation_word(lang: Lang, word: &str) -> bool {
    Language::of(lang).abbreviations.contains(word)
}

const CLOSERS: [char; 6] = ['»', '"', '”', ')', '\'', '’'];

/// Splits the content blocks of an article into sentences.
pub fn split(text: &str, layout: &Layout, lang: Lang) -> Vec<Sentence> {
    let abbreviations = &Language::of(lang).abbreviations;
    let mut sentences = Vec::new();
    for (index, block) in layout.blocks.iter().enumerate() {
        if !block.kind.has_content() {
            continue;
        }
        split_block(
            text,
            block.start,
            block.end,
            index,
            abbreviations,
            lang,
            &mut sentences,
        );
    }
    sentences
}

fn split_block(
    text: &str,
    start: usize,
    end: usize,
    block: usize,
    abbreviations: &FastSet<&str>,
    lang: Lang,
    out: &mut Vec<Sentence>,
) {
    let chunk = &text[start..end];
    let bytes = chunk.as_bytes();
    let mut sentence_start = 0;
    // terminators are found by byte: '.', '!', '?' and the three bytes of '…'
    // (ASCII bytes and 0xE2 never sit inside another character)
    let mut pos = 0;
    // the next '.', '!' or '?' and the next 0xE2 at or after `pos`, each searched again
    // only once passed (memchr: many bytes a step; each byte is searched once)
    let mut next_stop = 0;
    let mut next_lead = 0;
    while pos < bytes.len() {
        if next_stop < pos {
            next_stop =
                memchr::memchr3(b'.', b'!', b'?', &bytes[pos..]).map_or(bytes.len(), |k| pos + k);
        }
        if next_lead < pos {
            next_lead = memchr::memchr(0xE2, &bytes[pos..]).map_or(bytes.len(), |k| pos + k);
        }
        let i = next_stop.min(next_lead);
        if i >= bytes.len() {
            break;
        }
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            0xE2 if bytes[i + 1..].starts_with(&[0x80, 0xA6]) => '…',
            _ => {
                pos = i + 1;
                continue;
            }
        };
        // Extend over repeated terminators and closing marks: "?!", ». »
        let mut stop = i + c.len_utf8();
        while let Some(next) = chunk[stop..].chars().next() {
            let j = stop;
            if matches!(next, '.' | '!' | '?' | '…') || CLOSERS.contains(&next) {
                stop = j + next.len_utf8();
            } else if next == ' ' || next == '\u{a0}' || next == '\u{202f}' {
                // a space before a closing guillemet: "fin. »"
                let rest = &chunk[j + next.len_utf8()..];
                match rest.chars().next() {
                    Some(closer @ ('»' | '”')) => stop = j + next.len_utf8() + closer.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        pos = stop;
        let rest = &chunk[stop..];
        let after = rest.trim_start();
        if after.is_empty() || after.len() == rest.len() {
            continue;
        }
        if c == '.' && is_abbreviation(&chunk[sentence_start..i], abbreviations) {
            continue;
        }
        let next = after.chars().next().unwrap_or(' ');
        // an abbreviated month before its year or an agency: « le 2 déc. 2023 », « SÉOUL,
        // 5 nov. (Yonhap) -- »
        if c == '.'
            && (next.is_ascii_digit() || next == '(')
            && is_month_abbreviation(lang, last_word(&chunk[sentence_start..i]))
        {
            continue;
        }
        if !(next.is_uppercase() || next.is_ascii_digit() || "«\"“-–—(".contains(next)) {
            continue;
        }
        out.push(Sentence {
            start: start + sentence_start,
            end: start + stop,
            block,
        });
        sentence_start = stop + (rest.len() - after.len());
    }
    if sentence_start < chunk.len() {
        out.push(Sentence {
            start: start + sentence_start,
            end,
            block,
        });
    }
}

/// Whether the word before a period is an abbreviation or an initial ("M.", "J.").
/// The word before a period: after the last space, parenthesis or guillemet.
fn last_word(before: &str) -> &str {
    before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '«')
        .next()
        .unwrap_or("")
}

/// Whether a word is a month abbreviation of `months.tsv` ("déc"): with its period, it
/// ends no sentence before a year or an agency (« le 2 déc. 2023 », « 5 nov. (Yonhap) »).
pub(crate) fn is_month_abbreviation(lang: Lang, word: &str) -> bool {
    crate::lexicon::months(lang)
        .get(word.to_lowercase().as_str())
        .is_some_and(|m| m.abbreviation)
}

fn is_abbreviation(before: &str, abbreviations: &FastSet<&str>) -> bool {
    let word = last_word(before);
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars();
    let single_capital =
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    // "U.S" before the final period; not a decimal number ("rose 4.3%. The bank …",
    // construction `decimal-sentence-end`)
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && !p.chars().any(|c| c.is_ascii_digit()));
    single_capital || dotted || abbreviations.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::layout;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, &layout(text), Lang::Fr)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_decimal_figure_ends_its_sentence() {
        let text = "Titre\nLe taux est resté à 4.3%. La banque prévoit 1.5%. Aux U.S. aussi.";
        assert_eq!(
            sentences(text),
            [
                "Titre",
                "Le taux est resté à 4.3%.",
                "La banque prévoit 1.5%.",
                "Aux U.S. aussi."
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_numbers_and_closing_quotes() {
        let text = "Titre\nM. Sullivan a parlé de 14.000 soldats. « C'est grave. » Mme Dupont a répondu ! J. Biden aussi.";
        assert_eq!(
            sentences(text),
            [
                "Titre",
                "M. Sullivan a parlé de 14.000 soldats.",
                "« C'est grave. »",
                "Mme Dupont a répondu !",
                "J. Biden aussi."
            ]
        );
    }
}
