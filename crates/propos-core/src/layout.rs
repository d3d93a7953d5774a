//! Cleaning: find the title, body paragraphs, captions, boilerplate and the
//! "Source : URL" line of an article, keeping byte offsets into the original.
//!
//! Nothing is removed: every line becomes a [`Block`] with its kind, and later
//! stages decide which kinds they read.
//!
//! Complexity: linear in the article's size — one pass over the lines, each
//! classified from its words with hashed lexicons.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::hash::FastSet;
use crate::lexicon::{File, LexiconError};
use crate::{lexicon_strict_file, Lang};

/// What a line of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The first line that carries text: the headline.
    Title,
    /// A short line without final punctuation inside the article: a subheading.
    Heading,
    /// A paragraph of running text.
    Body,
    /// A photo caption (`| … |`, "Photo : …").
    Caption,
    /// Page furniture: subscription prompts, comment counters, disclaimers, agency lines.
    Boilerplate,
    /// A byline, credit or timestamp line ("By …", "Reporting by …", "Publié le …"):
    /// its dates and figures are read, its words are no statement.
    Byline,
    /// The "Source : URL" line.
    Source,
}

impl BlockKind {
    /// Whether statements, figures and dates are looked for in this kind of block.
    pub fn has_content(self) -> bool {
        matches!(
            self,
            BlockKind::Title
                | BlockKind::Heading
                | BlockKind::Body
                | BlockKind::Caption
                | BlockKind::Byline
        )
    }

    /// Whether statements are looked for in this kind of block.
    pub fn has_statements(self) -> bool {
        self.has_content() && self != BlockKind::Byline
    }
}

/// One line of the article with its byte span (surrounding white space excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What the line is.
    pub kind: BlockKind,
}

/// The blocks of an article and the URL of its "Source :" line, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    /// Every non-blank line, in order.
    pub blocks: Vec<Block>,
    /// The URL given by a "Source : URL" line.
    pub source_url: Option<String>,
}

/// The words of the page-furniture lines of every language, matched in any case.
struct Furniture {
    /// The labels of a "Source : URL" line (`source_labels.txt`).
    source_labels: Vec<&'static str>,
    /// Counter words after a count: "12 commentaires", "(3) shares" (`counters.tsv`).
    after_count: Vec<&'static str>,
    /// Counter words before a count: "Comments (12)".
    before_count: Vec<&'static str>,
    /// Lower-case ASCII first letters of the source labels.
    source_initials: Vec<u8>,
    /// Lower-case ASCII first letters of the counter words read before a count.
    counter_initials: Vec<u8>,
}

/// The lower-case ASCII first letters of `words` (a line starting with another ASCII
/// character matches none of them, in any case).
fn initials(words: &[&str]) -> Vec<u8> {
    let mut out: Vec<u8> = words
        .iter()
        .filter_map(|w| w.bytes().next())
        .filter(u8::is_ascii)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl Furniture {
    /// Parses the source labels and counter words of every language.
    fn load() -> Result<Self, LexiconError> {
        let mut source_labels: Vec<&str> = Vec::new();
        for &lang in &Lang::ALL {
            source_labels.extend(lexicon_strict_file!(lang, "source_labels.txt").words()?);
        }
        let (mut after_count, mut before_count) = (Vec::new(), Vec::new());
        for &lang in &Lang::ALL {
            let file = lexicon_strict_file!(lang, "counters.tsv");
            // "count" words only follow a count
            let places = file.parsed_pairs("count or either", |v| match v {
                "count" => Some(true),
                "either" => Some(false),
                _ => None,
            })?;
            for (word, after_only) in places {
                after_count.push(word);
                if !after_only {
                    before_count.push(word);
                }
            }
        }
        Ok(Furniture {
            source_initials: initials(&source_labels),
            counter_initials: initials(&before_count),
            source_labels,
            after_count,
            before_count,
        })
    }

    /// The URL of a "Source : URL" line: "(" and spaces, a source label, spaces, ":",
    /// spaces, "<", then "http://" or "https://" and what follows up to a space, ">" or
    /// ")". Linear in the line for each label.
    fn source_url<'l>(&self, line: &'l str) -> Option<&'l str> {
        let head = line.strip_prefix('(').unwrap_or(line).trim_start();
        // (labels hold no space nor colon: at most one of them is followed by one)
        self.source_labels.iter().find_map(|label| {
            let rest = strip_word(head, label)?.trim_start().strip_prefix(':')?;
            let rest = rest.trim_start();
            let url = rest.strip_prefix('<').unwrap_or(rest);
            let after = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"))?;
            let len = after
                .find(|c: char| c.is_whitespace() || c == '>' || c == ')')
                .unwrap_or(after.len());
            (len > 0).then(|| &url[..url.len() - after.len() + len])
        })
    }

    /// Whether a whole line is a counter: a count of ASCII digits (maybe in brackets),
    /// spaces and a counter word ("12 commentaires", "(3) shares"), or a counter word
    /// read before a count, spaces and the count in brackets ("Comments (12)").
    fn is_counter_line(&self, line: &str) -> bool {
        let count_first =
            after_digits(line.strip_prefix('(').unwrap_or(line)).is_some_and(|rest| {
                let rest = rest.strip_prefix(')').unwrap_or(rest).trim_start();
                self.after_count
                    .iter()
                    .any(|w| strip_word(rest, w) == Some(""))
            });
        count_first
            || self.before_count.iter().any(|w| {
                strip_word(line, w)
                    .and_then(|rest| rest.trim_start().strip_prefix('('))
                    .and_then(after_digits)
                    == Some(")")
            })
    }
}

/// What follows the ASCII digits (at least one) that open `text`.
fn after_digits(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    (rest.len() < text.len()).then_some(rest)
}

/// What follows `word` at the start of `text`, the letters compared in any case
/// ([`same_letter`]).
fn strip_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let mut chars = text.chars();
    for w in word.chars() {
        if !chars.next().is_some_and(|c| same_letter(c, w)) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// Whether two characters are one letter in any case, as Unicode simple case folding
/// has it for the letters of the furniture words: "é" and "É"; "s", "S" and "ſ"; "k",
/// "K" and the kelvin sign "K" (a test checks every character against them).
fn same_letter(a: char, b: char) -> bool {
    // two ASCII characters fold to ASCII: no case tables
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(&b);
    }
    a == b || simple_fold(a) == simple_fold(b)
}

/// The lower case of `c` when it is one character ("ſ" is "s"), else `c` itself.
fn simple_fold(c: char) -> char {
    if c == 'ſ' {
        return 's';
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// The furniture words, parsed once; a test parses them, so lexicons that do not parse
/// never reach a release.
static FURNITURE: LazyLock<Furniture> =
    LazyLock::new(|| Furniture::load().unwrap_or_else(|e| panic!("{e}")));

struct BoilerplateLexicon {
    /// Folded prefixes, sorted (see [`has_prefix`]).
    prefixes: Vec<String>,
    /// Folded prefixes, sorted.
    caption_prefixes: Vec<String>,
    /// The longest prefix, in bytes.
    longest: usize,
    /// Folded words of share bars.
    share_words: FastSet<String>,
    /// Folded openers of bylines, credits and timestamps, sorted (`byline_prefixes.txt`).
    byline_prefixes: Vec<String>,
}

impl BoilerplateLexicon {
    /// Parses the boilerplate, caption, byline and share-bar words of every language.
    fn load() -> Result<Self, LexiconError> {
        let (mut prefixes, mut caption_prefixes, mut byline_prefixes) =
            (Vec::new(), Vec::new(), Vec::new());
        let mut share_words = FastSet::default();
        for &lang in &Lang::ALL {
            let fold = |file: File| -> Result<Vec<String>, LexiconError> {
                Ok(file.words()?.into_iter().map(fold_case).collect())
            };
            prefixes.extend(fold(lexicon_strict_file!(lang, "boilerplate.txt"))?);
            caption_prefixes.extend(fold(lexicon_strict_file!(lang, "caption_prefixes.txt"))?);
            byline_prefixes.extend(fold(lexicon_strict_file!(lang, "byline_prefixes.txt"))?);
            share_words.extend(fold(lexicon_strict_file!(lang, "share_words.txt"))?);
        }
        prefixes.sort_unstable();
        caption_prefixes.sort_unstable();
        byline_prefixes.sort_unstable();
        let longest = prefixes
            .iter()
            .chain(&caption_prefixes)
            .chain(&byline_prefixes)
            .map(String::len)
            .max()
            .unwrap_or(0);
        Ok(BoilerplateLexicon {
            prefixes,
            caption_prefixes,
            longest,
            share_words,
            byline_prefixes,
        })
    }
}

/// The boilerplate words, parsed once (see [`FURNITURE`]).
static BOILERPLATE: LazyLock<BoilerplateLexicon> =
    LazyLock::new(|| BoilerplateLexicon::load().unwrap_or_else(|e| panic!("{e}")));

/// Whether `text` starts with one of the `sorted` non-empty prefixes: only those sharing
/// its first byte are tried.
fn has_prefix(sorted: &[String], text: &str) -> bool {
    prefix_rest(sorted, text, |_| true)
}

/// Whether `text` starts with one of the `sorted` prefixes as whole words: the prefix is
/// followed by the end, or by a character that is neither a letter nor a digit.
fn has_word_prefix(sorted: &[String], text: &str) -> bool {
    prefix_rest(sorted, text, |rest| {
        !rest.starts_with(char::is_alphanumeric)
    })
}

/// Whether one of the `sorted` prefixes starts `text` with a rest that `ends` accepts:
/// only the prefixes sharing its first byte are tried.
fn prefix_rest(sorted: &[String], text: &str, ends: impl Fn(&str) -> bool) -> bool {
    let first = text.as_bytes().first();
    let from = sorted.partition_point(|p| p.as_bytes().first() < first);
    sorted[from..]
        .iter()
        .take_while(|p| p.as_bytes().first() == first)
        .any(|p| text.strip_prefix(p.as_str()).is_some_and(&ends))
}

/// Whether a line is a share bar: every word is one of the share-bar words
/// ("Facebook Tweet Email", "Share on X | Print"), separators aside.
fn is_share_bar(line: &str) -> bool {
    let mut words = line
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '•' | '·' | '/' | ','))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(|w| BOILERPLATE.share_words.contains(fold_case(w).as_str()))
}

/// Lower case with typographic apostrophes made plain, for prefix matching.
fn fold_case(text: &str) -> String {
    crate::chars::fold(text)
}

/// The start of [`fold_case`]`(text)`, at least `bytes` long when the whole is.
///
/// Every character folds to at least one byte, so folding the first `bytes`
/// characters is enough; only the capital sigma folds depending on what
/// follows it, so a head holding one is folded whole.
fn fold_case_head(text: &str, bytes: usize) -> String {
    // an ASCII start is its own first `bytes` characters: no decoding
    let ascii_cut = text.len() > bytes && text.as_bytes()[..bytes].is_ascii();
    let head = if ascii_cut {
        &text[..bytes]
    } else {
        match text.char_indices().nth(bytes) {
            Some((cut, _)) => &text[..cut],
            None => return fold_case(text),
        }
    };
    if !ascii_cut && head.contains('Σ') {
        return fold_case(text);
    }
    fold_case(head)
}

/// Splits an article into classified blocks.
pub fn layout(text: &str) -> Layout {
    let mut layout = Layout::default();
    let mut offset = 0;
    let mut seen_title = false;
    // CR, LF and CRLF all end a line (CRLF gives an empty line, skipped). Lines are
    // found by byte (memchr), terminator included (both are ASCII).
    let bytes = text.as_bytes();
    while offset < bytes.len() {
        let line_start = offset;
        offset =
            memchr::memchr2(b'\n', b'\r', &bytes[offset..]).map_or(bytes.len(), |p| offset + p + 1);
        let raw_line = &text[line_start..offset];
        let trimmed_start = raw_line.trim_start();
        let line = trimmed_start.trim_end();
        if line.is_empty() {
            continue;
        }
        let start = line_start + (raw_line.len() - trimmed_start.len());
        let end = start + line.len();
        let kind = classify(line, seen_title, &mut layout.source_url);
        if kind == BlockKind::Title {
            seen_title = true;
        }
        layout.blocks.push(Block { start, end, kind });
    }
    layout
}

/// Whether `c` may be the first letter of a word of `initials` in any case: one of them,
/// or not ASCII ("ſ" folds to "s").
fn may_start(initials: &[u8], c: char) -> bool {
    !c.is_ascii() || initials.contains(&(c as u8).to_ascii_lowercase())
}

/// Whether a line may hold [`Furniture::source_url`]: after "(" and spaces comes the
/// first letter of one of its labels.
fn may_be_source_line(line: &str) -> bool {
    let head = line.strip_prefix('(').unwrap_or(line).trim_start();
    head.chars()
        .next()
        .is_some_and(|c| may_start(&FURNITURE.source_initials, c))
}

/// Whether a line may be [`Furniture::is_counter_line`]: it starts with "(", a digit or
/// the first letter of one of its words.
fn may_be_counter_line(line: &str) -> bool {
    line.chars()
        .next()
        .is_some_and(|c| c == '(' || c.is_numeric() || may_start(&FURNITURE.counter_initials, c))
}

/// The segments after a separator that may open a byline ([`classify`]).
const BYLINE_SEGMENTS: usize = 2;

fn classify(line: &str, seen_title: bool, source_url: &mut Option<String>) -> BlockKind {
    if let Some(url) = may_be_source_line(line)
        .then(|| FURNITURE.source_url(line))
        .flatten()
    {
        if source_url.is_none() {
            *source_url = Some(url.to_string());
        }
        return BlockKind::Source;
    }
    if line.starts_with('|') {
        return BlockKind::Caption;
    }
    // ">> Lire aussi : …", "• Copié": prefixes are matched after leading marks
    let folded = fold_case_head(
        line.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©'),
        BOILERPLATE.longest,
    );
    if may_be_counter_line(line) && FURNITURE.is_counter_line(line)
        || !line.chars().any(char::is_alphabetic)
        || has_prefix(&BOILERPLATE.prefixes, &folded)
        || is_share_bar(line)
    {
        return BlockKind::Boilerplate;
    }
    if has_prefix(&BOILERPLATE.caption_prefixes, &folded) {
        return BlockKind::Caption;
    }
    // a photo credit ends a caption, even one that opens the page before the title
    if ends_with_credit(line) {
        return BlockKind::Caption;
    }
    if !seen_title {
        return BlockKind::Title;
    }
    let ends_sentence = line.ends_with(['.', '!', '?', '»', '"', '”', ':', '…']);
    // also after an outlet's name and a separator, in the first BYLINE_SEGMENTS segments
    // after it: "Channel 5 Belize | Posted: Thursday, …", "CBC News · Posted: Dec 02, …"
    // (a line that ends no sentence)
    let after_separator = || {
        line.split(['|', '·', '•'])
            .skip(1)
            .take(BYLINE_SEGMENTS)
            .any(|segment| {
                has_word_prefix(
                    &BOILERPLATE.byline_prefixes,
                    &fold_case_head(segment.trim_start(), BOILERPLATE.longest),
                )
            })
    };
    if !ends_sentence
        && (has_word_prefix(&BOILERPLATE.byline_prefixes, &folded) || after_separator())
    {
        return BlockKind::Byline;
    }
    if ends_sentence {
        return BlockKind::Body;
    }
    // only compared with 2 and 12: counted up to 13, for lines that end no sentence
    let words = line.split_whitespace().take(13).count();
    if words <= 2 {
        // A lone word or two after the title: an agency byline ("AFP") or a label.
        return BlockKind::Boilerplate;
    }
    if words <= 12 {
        return BlockKind::Heading;
    }
    BlockKind::Body
}

/// Whether a line ends with a photo credit in parentheses: capitalised names split by a
/// slash ("… le 14 mars ( AFP / Jean Dupont )", "… on Monday (Reuters/Jane Doe)").
fn ends_with_credit(line: &str) -> bool {
    let Some(inner) = line.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    let credit = &inner[open + 1..];
    let parts: Vec<&str> = credit.split('/').map(str::trim).collect();
    parts.len() >= 2
        && parts.iter().all(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            (1..=4).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_furniture_lexicons_of_every_language_parse() {
        if let Err(e) = Furniture::load() {
            panic!("{e}");
        }
        if let Err(e) = BoilerplateLexicon::load() {
            panic!("{e}");
        }
    }

    /// The regular expressions the furniture matchers stand for, from the same words.
    fn furniture_patterns(f: &Furniture) -> (regex::Regex, regex::Regex) {
        let alternation = |words: &[&str]| {
            let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
            escaped.join("|")
        };
        let source = format!(
            r"^\(?\s*(?i:{})\s*:\s*<?(https?://[^\s>)]+)",
            alternation(&f.source_labels)
        );
        let counter = format!(
            r"^(?i:\(?[0-9]+\)?\s*({})|({})\s*\([0-9]+\))$",
            alternation(&f.after_count),
            alternation(&f.before_count)
        );
        (
            regex::Regex::new(&source).unwrap(),
            regex::Regex::new(&counter).unwrap(),
        )
    }

    #[test]
    fn furniture_letters_match_in_any_case_as_a_case_insensitive_pattern_does() {
        let f = Furniture::load().unwrap();
        let every_char: String = (0..=0x10ffffu32).filter_map(char::from_u32).collect();
        let mut letters: Vec<char> = f
            .source_labels
            .iter()
            .chain(&f.after_count)
            .chain(&f.before_count)
            .flat_map(|w| w.chars())
            .collect();
        letters.sort_unstable();
        letters.dedup();
        for l in letters {
            let pattern = regex::Regex::new(&format!("(?i){}", regex::escape(&l.to_string())));
            let by_pattern: Vec<char> = pattern
                .unwrap()
                .find_iter(&every_char)
                .flat_map(|m| m.as_str().chars())
                .collect();
            let by_fold: Vec<char> = every_char.chars().filter(|&c| same_letter(c, l)).collect();
            assert_eq!(by_fold, by_pattern, "{l:?}");
        }
    }

    #[test]
    fn furniture_lines_are_found_as_by_their_patterns() {
        let f = Furniture::load().unwrap();
        let (source, counter) = furniture_patterns(&f);
        let lines = [
            "Source : https://example.org/a.html",
            "(Source: <http://example.org/b>) suite",
            "SOURCES :https://exemple.fr/c?d=1 et plus",
            "ſource : https://example.org/long-s",
            "Sources:   https://",
            "Source https://example.org/no-colon",
            "Source : ftp://example.org/x",
            "Source : HTTPS://example.org/upper",
            "Via : https://a.example/b>c",
            "Lien : https://a.example/b)c",
            "( \u{a0}link: https://a.example/nbsp",
            "Linked: https://a.example/linked",
            "12 commentaires",
            "(3) shares",
            "(3 shares",
            "3) RÉACTIONS",
            "3 réactions.",
            "Comments (12)",
            "Comments(12)",
            "COMMENTAIRE (0)",
            "Comments (12) more",
            "Shares (4)",
            "Partages",
            "12",
            "() comments",
            "Comment ()",
            "Kommentare (2)",
        ];
        for line in lines {
            let expected = source.captures(line).map(|c| c.get(1).unwrap().as_str());
            assert_eq!(f.source_url(line), expected, "{line:?}");
            assert_eq!(f.is_counter_line(line), counter.is_match(line), "{line:?}");
        }
    }

    #[test]
    fn classifies_the_parts_of_a_news_page() {
        let text = "Titre de l'article\n| Une photo. (Source : AFP) |\n\nLe ministre a déclaré que tout allait bien.\nSource : https://example.org/a.html\nComment (0)\nAbonnez-vous à notre lettre\n";
        let layout = layout(text);
        let kinds: Vec<_> = layout.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Title,
                BlockKind::Caption,
                BlockKind::Body,
                BlockKind::Source,
                BlockKind::Boilerplate,
                BlockKind::Boilerplate
            ]
        );
        assert_eq!(
            layout.source_url.as_deref(),
            Some("https://example.org/a.html")
        );
        let body = layout.blocks[2];
        assert_eq!(
            &text[body.start..body.end],
            "Le ministre a déclaré que tout allait bien."
        );
    }

    #[test]
    fn a_line_ending_with_a_photo_credit_is_a_caption() {
        let text = "Titre\nLa ministre arrive au sommet de Bruxelles, le 3 mars 2021 ( AFP / Jean Morel )\nThe minister leaves the summit in Brussels on March 3 (Reuters/Anna Berg)\nLe ministre a parlé longuement devant la presse (Paris/Lyon) ce matin.\n";
        let kinds: Vec<_> = layout(text).blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Title,
                BlockKind::Caption,
                BlockKind::Caption,
                BlockKind::Body
            ]
        );
    }

    #[test]
    fn boilerplate_prefixes_are_matched_after_leading_marks() {
        let text = "Titre\n>> Lire également : Le ministre a déclaré que tout allait bien\nLe ministre a parlé longuement devant la presse ce matin.\n";
        let kinds: Vec<_> = layout(text).blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [BlockKind::Title, BlockKind::Boilerplate, BlockKind::Body]
        );
    }

    #[test]
    fn counters_and_source_labels_of_every_language() {
        let kind = |line: &str| layout(&format!("Titre\n{line}\n")).blocks[1].kind;
        for line in [
            "12 commentaires",
            "(3) Shares",
            "Réactions (4)",
            "COMMENTS (12)",
        ] {
            assert_eq!(kind(line), BlockKind::Boilerplate, "{line}");
        }
        for line in [
            "Lien : https://example.org/b",
            "(via: https://example.org/c)",
        ] {
            assert_eq!(kind(line), BlockKind::Source, "{line}");
        }
    }

    #[test]
    fn bylines_credits_and_timestamps_keep_their_dates_but_no_statements() {
        let kind = |line: &str| layout(&format!("Titre\n{line}\n")).blocks[1].kind;
        for line in [
            "By Ana Ruiz and Tom Becker",
            "(Reporting by Ana Ruiz; Editing by Paul Grey)",
            "Posted: 2025-03-04 08:15",
            "Par Claire Morel, avec AFP",
            "Publié le 04/03/2025 à 08h15",
        ] {
            assert_eq!(kind(line), BlockKind::Byline, "{line}");
            assert!(kind(line).has_content() && !kind(line).has_statements());
        }
        for line in [
            "By Monday the port will reopen, the minister said.",
            "Parfois, le maire se tait.",
            "Bystanders and residents watched the fire from the bridge",
            "Paris et Lyon sous la neige",
        ] {
            assert_ne!(kind(line), BlockKind::Byline, "{line}");
        }
    }
}
