//! The invariants checked by the fuzz target `extract_bytes` of `fuzz/`, and
//! its harness itself: `fuzz/` includes this file, so a saved input replays
//! here exactly as the fuzzer ran it (see `fuzz_regressions.rs`). The reading
//! target's harness is in propos-read's tests.

// Each fuzz target uses only its own harness.
#![allow(dead_code)]

use propos_core::{extract, Article, Construction, Extraction, Lang, RuleId};

/// Panics unless every span of `extraction` lies in `text` on char boundaries
/// and every text it reports is the text at its span.
pub fn check_extraction(text: &str, extraction: &Extraction) {
    let at = |what: &str, start: usize, end: usize| -> &str {
        assert!(
            start <= end && end <= text.len(),
            "{what} span {start}..{end} out of bounds (text of {} bytes)",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{what} span {start}..{end} not on char boundaries"
        );
        &text[start..end]
    };
    let statements = &extraction.statements;
    for s in statements {
        at("statement", s.start, s.end);
        assert_eq!(at("cue", s.cue_start, s.cue_end), s.cue);
        assert_eq!(at("content", s.content_start, s.content_end), s.content);
        assert!(
            s.start <= s.cue_start && s.cue_end <= s.end,
            "cue outside its statement"
        );
        assert!(
            s.start <= s.content_start && s.content_end <= s.end,
            "content outside its statement"
        );
        if let Some(mention) = &s.speaker_mention {
            assert!(
                text.contains(mention.as_str()),
                "speaker {mention:?} not in the text"
            );
        }
        // the rule is `<lang>/<kind>/<construction>` of this article and statement
        let id = |construction| RuleId {
            lang: extraction.lang,
            kind: s.kind,
            construction,
        };
        assert!(
            Construction::ALL
                .iter()
                .any(|&c| id(c).to_string() == s.rule),
            "rule {:?} is no id of a {} {} statement",
            s.rule,
            extraction.lang,
            s.kind.as_str()
        );
        // a speaker has the rule that chose it; one named by its own words is an entity
        // with a mention in the article
        assert_eq!(
            s.speaker.is_some(),
            s.speaker_rule.is_some(),
            "speaker_rule"
        );
        // every speaker is an entity of the article, under its name
        let entity = s
            .speaker_entity
            .and_then(|id| extraction.entities.get(id as usize));
        assert_eq!(
            entity.map(|e| e.name.as_str()),
            s.speaker.as_deref(),
            "speaker_entity"
        );
        if let (Some(speaker), Some(rule)) = (&s.speaker, s.speaker_rule) {
            use propos_core::SpeakerRule::{Acronym, Apposition, Name, Title};
            if matches!(rule, Name | Title | Apposition | Acronym) {
                assert!(
                    text.contains(speaker.as_str()),
                    "speaker {speaker:?} ({}) not in the text",
                    rule.as_str()
                );
            }
        }
    }
    for (i, e) in extraction.entities.iter().enumerate() {
        assert_eq!(e.entity_id as usize, i, "entity ids are 0..n");
        assert!(e.mentions >= 1, "entity {:?} with no mention", e.name);
    }
    for a in &extraction.actors {
        assert!(
            extraction.entities.iter().any(|e| e.name == a.actor),
            "actor {:?} is no entity",
            a.actor
        );
    }
    for f in &extraction.figures {
        assert_eq!(at("figure", f.start, f.end), f.text);
        if let Some(id) = f.statement_id {
            assert!(
                statements.iter().any(|s| s.statement_id == id),
                "figure of no statement"
            );
        }
    }
    for d in &extraction.dates {
        assert_eq!(at("date", d.start, d.end), d.text);
    }
}

/// The `extract_bytes` target. The first byte picks the language (fr, en or
/// detected) and whether the article has a publication date; the other bytes,
/// decoded as UTF-8 with invalid sequences replaced, are the text.
pub fn extract_bytes(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut article = Article::new("fuzz", String::from_utf8_lossy(rest));
    article.lang = [None, Some(Lang::Fr), Some(Lang::En)][usize::from(mode % 3)];
    if mode & 4 != 0 {
        article.published = Some("2026-03-02".into());
    }
    check_extraction(&article.text, &extract(&article));
}
