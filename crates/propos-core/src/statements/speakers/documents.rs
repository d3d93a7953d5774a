//! Construction `document-anaphora`: a definite document noun as the source ("according to
//! the report", « selon ce document ») stands for the document the article named before:
//! its author when an agent names one ("a new report by the Workers' Rights Consortium"),
//! else its name when it has one ("the Harbour Declaration").

use super::{ActorRec, Resolution, Resolver};
use crate::statements::lex::class;
use crate::statements::subjects::{cls, is_word};
use crate::{ActorType, SpeakerRule};

/// How many tokens before the anaphora are searched for the document (constant work).
const WINDOW: usize = 400;

impl Resolver<'_, '_> {
    /// The resolution of a phrase `[a, b)` that is a determiner, not an indefinite one, and
    /// a document noun (`document_nouns.txt`): the latest document noun before it, in the
    /// last [`WINDOW`] tokens, names its author after an agent ("by", « par ») or, capitalised
    /// after capitalised words, the document's own name; none else (an unnamed document
    /// stays its noun).
    pub(super) fn document_antecedent(&mut self, a: usize, b: usize) -> Option<Resolution> {
        let (tk, lx) = (self.tk, self.lx);
        let document = |k: usize| is_word(tk, k) && lx.document_nouns.contains(tk.lw(k));
        if b != a + 2
            || cls(tk, lx, a) & class::DET == 0
            || lx.indefinites.contains(tk.lw(a))
            || !document(a + 1)
        {
            return None;
        }
        // the latest document named by its author or its name; a new unnamed one before
        // it ("A report released on Tuesday …", "issued a press statement") ends the search
        let agent = |k: usize| {
            (k + 1..(k + 3).min(a))
                .take_while(|&j| is_word(tk, j) && !tk.toks[j].upper)
                .find(|&j| tk.cls(j) & class::AGENT != 0)
        };
        let named = |k: usize| {
            tk.toks[k].upper
                && k > 0
                && is_word(tk, k - 1)
                && tk.toks[k - 1].upper
                && cls(tk, lx, k - 1) & class::DET == 0
        };
        let indefinite = |k: usize| {
            (k.saturating_sub(2)..k).any(|j| is_word(tk, j) && lx.indefinites.contains(tk.lw(j)))
        };
        let found = (a.saturating_sub(WINDOW)..a)
            .rev()
            .filter(|&k| document(k))
            .find(|&k| agent(k).is_some() || named(k) || indefinite(k));
        // construction `document-of-source`: a document named by no agent and no name, when
        // the latest document noun before it is no new unnamed one and has no complement ("Selon l'Observatoire,
        // dont le rapport a été publié mercredi, … Le document évalue"), is the publication
        // of the named organisation that spoke in its sentence or the two before
        let Some(k) = found.filter(|&k| agent(k).is_some() || named(k)) else {
            let nearest = (a.saturating_sub(WINDOW)..a).rev().find(|&k| document(k));
            // (nor after one with its own complement: "le communiqué du ministère")
            let complement = |k: usize| is_word(tk, k + 1) && cls(tk, lx, k + 1) & class::PREP != 0;
            if nearest.is_some_and(|k| indefinite(k) || complement(k)) {
                return None;
            }
            let author = self.source_before(a)?;
            let mention = Some(self.text(a, b));
            let span = Some((tk.toks[a].start, tk.toks[b - 1].end));
            return Some(self.resolution_at(author, mention, span, SpeakerRule::DocumentAnaphora));
        };
        let (s, e, kind) = if let Some(g) = agent(k) {
            let s = (g + 1..a).find(|&j| cls(tk, lx, j) & class::DET == 0)?;
            (s, self.author_end(s, a), ActorType::Organization)
        } else if named(k) {
            let s = (k.saturating_sub(6)..k)
                .rev()
                .take_while(|&j| {
                    is_word(tk, j) && tk.toks[j].upper && cls(tk, lx, j) & class::DET == 0
                })
                .last()?;
            (s, k + 1, ActorType::Other)
        } else {
            return None;
        };
        if e <= s || !(s..e).any(|j| tk.toks[j].upper) {
            return None;
        }
        let canonical = self.text(s, e);
        let actor = self.named_or_push(ActorRec::bare(canonical, kind));
        let mention = Some(self.text(a, b));
        let span = Some((tk.toks[a].start, tk.toks[b - 1].end));
        Some(self.resolution_at(actor, mention, span, SpeakerRule::DocumentAnaphora))
    }

    /// The named organisation that spoke last before `a`, in its unit or the two before (a
    /// bounded walk back over the speakers, which are in text order).
    fn source_before(&self, a: usize) -> Option<usize> {
        self.speakers
            .iter()
            .rev()
            .filter(|s| s.0 < a)
            .take_while(|s| self.units_between(s.0, a) <= 2)
            .map(|s| s.1)
            .find(|&x| self.named_org(&self.actors[x]))
    }

    /// The end of an author's name opening at `s`, before `limit`: an actor of the article
    /// whose name the words open with ("l'Observatoire des ports décrit" → "Observatoire des
    /// ports"), else capitalised words, with an apostrophe or a lower-case function word
    /// before a capitalised one between them ("the Harbour Workers' Alliance (HWA)").
    fn author_end(&self, s: usize, limit: usize) -> usize {
        let (tk, lx) = (self.tk, self.lx);
        let rest = self.text(s, limit.min(s + 12));
        let known = self
            .actors
            .iter()
            .map(|x| x.canonical.as_str())
            .filter(|c| {
                rest.strip_prefix(c)
                    .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.', '(']))
            })
            .max_by_key(|c| c.len());
        if let Some(c) = known {
            let end = tk.toks[s].start + c.len();
            return (s..limit)
                .find(|&j| tk.toks[j].start >= end)
                .unwrap_or(limit);
        }
        let mut e = s;
        let mut j = s;
        while j < limit && j < s + 10 {
            if is_word(tk, j) && tk.toks[j].upper {
                j += 1;
                e = j;
            } else if tk.is(j, "'")
                || tk.is(j, "’")
                || is_word(tk, j) && cls(tk, lx, j) & (class::PREP | class::DET) != 0
            {
                j += 1;
            } else {
                break;
            }
        }
        e
    }
}
