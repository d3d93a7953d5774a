//! Statements: reporting cues tied to a speaker and a content.
//!
//! First extractor: direct quotes whose sentence holds a reporting cue, and
//! "X a déclaré que …" frames. The speaker is the run of capitalised words
//! before the cue.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::lexicon::pairs;
use crate::sentences::Sentence;
use crate::{lexicon_file, Doc, Lang, Statement, StatementKind};

/// Reporting cues of one language: an automaton over their forms and their lemmas.
struct Cues {
    automaton: AhoCorasick,
    lemmas: Vec<&'static str>,
}

static CUES: LazyLock<Vec<Cues>> = LazyLock::new(|| {
    let file = lexicon_file!("cues.tsv");
    Lang::ALL
        .iter()
        .map(|&lang| {
            let (forms, lemmas): (Vec<_>, Vec<_>) = pairs(file(lang)).unzip();
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .build(forms)
                .expect("cue lexicon builds an automaton");
            Cues { automaton, lemmas }
        })
        .collect()
});

fn cues(lang: Lang) -> &'static Cues {
    &CUES[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
}

const QUOTE_PAIRS: [(char, char); 3] = [('«', '»'), ('“', '”'), ('"', '"')];

/// A cue found in a sentence, with whole-word boundaries.
struct CueMatch {
    start: usize,
    end: usize,
    lemma: &'static str,
}

fn find_cues(text: &str, sentence: &Sentence, lang: Lang) -> Vec<CueMatch> {
    let cues = cues(lang);
    let slice = &text[sentence.start..sentence.end];
    cues.automaton
        .find_iter(slice)
        .filter(|m| is_word_boundary(slice, m.start(), m.end()))
        .map(|m| CueMatch {
            start: sentence.start + m.start(),
            end: sentence.start + m.end(),
            lemma: cues.lemmas[m.pattern().as_usize()],
        })
        .collect()
}

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The run of capitalised words ending just before `end` (a name), if any.
fn name_before(text: &str, from: usize, end: usize) -> Option<(usize, usize)> {
    let window = &text[from..end];
    let trimmed = window.trim_end_matches([' ', ',']);
    let mut name_start = None;
    for (i, word) in word_spans(trimmed).into_iter().rev() {
        if word.chars().next().is_some_and(char::is_uppercase) {
            name_start = Some(i);
        } else {
            break;
        }
    }
    name_start.map(|s| (from + s, from + trimmed.len()))
}

fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' || c == '.';
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, &text[s..]));
    }
    spans
}

/// Finds the statements of an article.
pub fn extract(doc: &Doc) -> Vec<Statement> {
    let mut statements = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let found = find_cues(doc.text, sentence, doc.lang);
        let Some(cue) = found.first() else { continue };
        let speaker = name_before(doc.text, sentence.start, cue.start);
        let content = quoted(doc.text, sentence)
            .map(|span| (span, StatementKind::Direct, "direct/quoted-with-cue"))
            .or_else(|| {
                que_clause(doc.text, cue.end, sentence.end)
                    .map(|span| (span, StatementKind::Indirect, "indirect/cue-que"))
            });
        let Some(((content_start, content_end), kind, rule)) = content else {
            continue;
        };
        let speaker_text = speaker.map(|(s, e)| doc.text[s..e].to_string());
        statements.push(Statement {
            statement_id: statements.len() as u32,
            sentence: index as u32,
            start: sentence.start,
            end: sentence.end,
            speaker: speaker_text.clone(),
            speaker_mention: speaker_text,
            speaker_type: None,
            speaker_country: None,
            cue: doc.text[cue.start..cue.end].to_string(),
            cue_start: cue.start,
            cue_end: cue.end,
            cue_lemma: cue.lemma.to_string(),
            kind,
            content: doc.text[content_start..content_end].to_string(),
            content_start,
            content_end,
            date: None,
            rule: format!("{}/{rule}", doc.lang),
        });
    }
    statements
}

/// The span inside the first pair of quotation marks of a sentence.
fn quoted(text: &str, sentence: &Sentence) -> Option<(usize, usize)> {
    let slice = &text[sentence.start..sentence.end];
    QUOTE_PAIRS.iter().find_map(|&(open, close)| {
        let open_at = slice.find(open)? + open.len_utf8();
        let close_at = open_at + slice[open_at..].find(close)?;
        let inner = &slice[open_at..close_at];
        let lead = inner.len() - inner.trim_start().len();
        let inner = inner.trim();
        (inner.split_whitespace().count() >= 3).then(|| {
            let start = sentence.start + open_at + lead;
            (start, start + inner.len())
        })
    })
}

/// The clause after "que" / "qu'" / "that" following a cue, final period excluded.
fn que_clause(text: &str, cue_end: usize, sentence_end: usize) -> Option<(usize, usize)> {
    let rest = &text[cue_end..sentence_end];
    let after_space = rest.trim_start();
    let skip = rest.len() - after_space.len();
    let marker = ["que ", "qu'", "qu’", "that "]
        .iter()
        .find(|m| after_space.starts_with(**m))?;
    let start = cue_end + skip + marker.len();
    let clause = text[start..sentence_end].trim_end_matches(['.', ' ']);
    (!clause.is_empty()).then(|| (start, start + clause.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(text: &str) -> Vec<Statement> {
        extract(&Doc::new(text, Lang::Fr, None))
    }

    #[test]
    fn finds_a_quote_and_a_que_clause() {
        let found = statements(
            "Titre\nJean Dupont a déclaré : « Nous ne céderons pas. » Marie Curie a affirmé que la paix était proche.",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].content, "Nous ne céderons pas.");
        assert_eq!(found[0].kind, StatementKind::Direct);
        assert_eq!(found[0].speaker.as_deref(), Some("Jean Dupont"));
        assert_eq!(found[1].content, "la paix était proche");
        assert_eq!(found[1].cue_lemma, "affirmer");
        assert_eq!(found[1].speaker.as_deref(), Some("Marie Curie"));
    }
}
