//! Blocker `audience-object`: the object of a cue that is only an audience or an occasion
//! ("the police chief told the briefing.", "told a news conference in Lagos", « le préfet a
//! averti la presse ») names whom or where the speaker spoke, not what was said.

use super::lex::{class, Lex};
use super::tokens::Tokens;

/// The plain words an audience's noun phrase may hold after its article ("a news
/// conference", "the shareholders' meeting").
const AUDIENCE_WORDS: usize = 3;

/// Whether the object `[j, b)` is only an audience of `audiences.txt`: an optional article
/// or possessive, at most [`AUDIENCE_WORDS`] plain words, the last an audience noun, then
/// the end of the object or a circumstance (a preposition or a time word: "told the
/// briefing on Monday", « devant la presse lundi »). Constant time.
pub(super) fn audience_only(tk: &Tokens, lx: &Lex, j: usize, b: usize) -> bool {
    let mut k = j;
    if k < b && tk.word(k) && tk.cls(k) & class::DET != 0 {
        k += 1;
    }
    let from = k;
    let mut last = None;
    while k < b && k < from + AUDIENCE_WORDS && tk.word(k) && tk.cls(k) == 0 {
        last = Some(k);
        k += 1;
        // a possessive's apostrophe inside the phrase ("the shareholders' meeting")
        if k < b && matches!(tk.raw(k), "'" | "’") && tk.word(k + 1) {
            k += 1;
        }
    }
    let Some(noun) = last else {
        return false;
    };
    let ends = k >= b
        || !tk.word(k) && matches!(tk.raw(k), "," | "." | ";" | ":" | "!" | "?" | "(" | ")")
        || tk.word(k)
            && tk.cls(k) & (class::STOP | class::TIME) != 0
            && tk.cls(k) & (class::DET | class::QUE | class::PRON | class::REL) == 0;
    ends && lx.audiences.contains(tk.lw(noun))
}

/// The most tokens read after a setting phrase's preposition for its noun ("in a short
/// written statement", « lors d'une conférence »).
const SETTING_WORDS: usize = 4;

/// Construction `setting-end`: the end of the object `[j, b)` before its first setting
/// phrase, a preposition of `setting_openers.txt` at the object's depth, past its first two
/// tokens, followed among the next [`SETTING_WORDS`] words by a noun of `setting_nouns.txt`
/// ("in a statement", « lors d'une conférence de presse »); `b` when there is none (a day
/// alone is not a setting: "announced a strike on Tuesday"). Linear in the object's length.
pub(super) fn setting_end(tk: &Tokens, lx: &Lex, j: usize, b: usize) -> usize {
    let depth = tk.toks[j].depth;
    (j + 2..b)
        .find(|&k| {
            tk.word(k)
                && tk.toks[k].depth == depth
                && lx.setting_openers.contains(tk.lw(k))
                && (k + 1..b.min(k + 1 + SETTING_WORDS))
                    .take_while(|&w| tk.word(w) || matches!(tk.raw(w), "'" | "’"))
                    .any(|w| tk.word(w) && lx.setting_nouns.contains(tk.lw(w)))
        })
        .map_or(b, |k| {
            // (and a comma before it: "…, in a statement")
            if tk.is(k - 1, ",") {
                k - 1
            } else {
                k
            }
        })
}
