//! Entities and actors: who an article speaks of, how often it is named and quoted.
//!
//! The entities are those of the speaker resolver (`statements::speakers`): the
//! speakers of the statements and the subjects it linked to an actor. The actors
//! are the entities that speak.
//!
//! Complexity: linear in the article's size — one pass over the statements and the
//! resolver's entities, tallied in hash maps keyed by canonical name, and one
//! Aho-Corasick pass over the text for the mentions of every entity's forms.

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::hash::{FastMap, FastSet};
use crate::statements::Known;
use crate::{Actor, ActorType, Doc, Entity, Statement};

/// An entity being gathered: its record and where a statement or subject refers to it.
struct Draft {
    entity: Entity,
    first: usize,
}

/// The words referring to the entities being gathered, for all of them at once: the
/// forms that name one (counted in the text), each once, and the other words (pronouns),
/// with their byte offsets.
#[derive(Default)]
struct Forms<'s> {
    /// (entity, form), in order of noting.
    names: Vec<(usize, &'s str)>,
    /// The pairs of `names`, to keep each once.
    seen: FastSet<(usize, &'s str)>,
    /// (entity, byte offset, words).
    others: Vec<(usize, usize, &'s str)>,
}

/// The entities of an article, in order of first mention, and the
/// [`Statement::speaker_entity`] of every statement.
///
/// An entity is a speaker (by its canonical name) or an actor of the resolver that was
/// the subject of a sentence. `mentions` counts the places where the article names it
/// in any of its forms: its canonical name, the mentions of its statements and subjects
/// that are names or titles ("M. Sullivan", "Moscou", "le porte-parole"), and for a
/// person its surname alone. Overlapping forms count once; pronouns are not names and
/// are not counted, but they are among its `mention_forms`.
///
/// The forms of all entities are gathered in flat lists (no list per entity).
pub(crate) fn entities(doc: &Doc, statements: &mut [Statement], known: &Known) -> Vec<Entity> {
    // at most one draft per statement and per known entity, and about as many forms
    let most = statements.len() + known.actors.len();
    let mut drafts: Vec<Draft> = Vec::with_capacity(most);
    let mut forms = Forms::default();
    forms.seen.reserve(most);
    let mut index_of: FastMap<&str, usize> = FastMap::default();
    index_of.reserve(most);
    for statement in statements.iter() {
        let Some(name) = statement.speaker.as_deref() else {
            continue;
        };
        let i = *index_of.entry(name).or_insert_with(|| {
            drafts.push(Draft {
                entity: Entity {
                    entity_id: 0,
                    name: name.to_string(),
                    entity_type: statement.speaker_type,
                    country: None,
                    mentions: 0,
                    mention_forms: Vec::new(),
                },
                first: usize::MAX,
            });
            forms.name(drafts.len() - 1, name);
            drafts.len() - 1
        });
        let d = &mut drafts[i];
        d.first = d.first.min(statement.cue_start);
        if d.entity.country.is_none() {
            d.entity.country = statement.speaker_country.clone();
        }
        if let Some(mention) = statement.speaker_mention.as_deref() {
            forms.add(i, statement.cue_start, mention);
        }
    }
    for k in known.actors.iter().filter(|k| !k.subjects.is_empty()) {
        let i = *index_of.entry(k.canonical.as_str()).or_insert_with(|| {
            drafts.push(Draft {
                entity: Entity {
                    entity_id: 0,
                    name: k.canonical.clone(),
                    entity_type: Some(k.kind),
                    country: None,
                    mentions: 0,
                    mention_forms: Vec::new(),
                },
                first: usize::MAX,
            });
            forms.name(drafts.len() - 1, k.canonical.as_str());
            drafts.len() - 1
        });
        let d = &mut drafts[i];
        if d.entity.country.is_none() {
            d.entity.country = k.country.map(str::to_string);
        }
        for &(at, end) in &known.subjects[k.subjects.clone()] {
            d.first = d.first.min(at);
            forms.add(i, at, &doc.text[at..end]);
        }
    }
    // the forms of each entity together, in order of noting (its canonical name first)
    let Forms {
        mut names,
        mut others,
        ..
    } = forms;
    names.sort_by_key(|n| n.0);
    others.sort_by_key(|o| o.0);
    // every form of every entity, found in one pass over the text:
    // the names of each entity and at most one surname
    let mut patterns: Vec<(usize, &str)> = Vec::with_capacity(names.len() + drafts.len());
    let mut from = 0;
    for (i, d) in drafts.iter().enumerate() {
        let to = from + names[from..].partition_point(|n| n.0 == i);
        // the canonical name, borrowed like the other forms
        let name = names[from].1;
        let surname = (d.entity.entity_type == Some(ActorType::Person))
            .then(|| name.rsplit(' ').next())
            .flatten()
            .filter(|s| s.chars().count() >= 3 && *s != name);
        let own = names[from..to].iter().map(|n| n.1).chain(surname);
        patterns.extend(own.filter(|f| !f.is_empty()).map(|f| (i, f)));
        from = to;
    }
    let found = count_mentions(doc.text, &patterns);
    // the forms already listed for the entity at hand, and its places
    let mut listed = FastSet::default();
    listed.reserve(most);
    let mut places: Vec<(usize, &str)> = Vec::new();
    let (mut next_found, mut next_other) = (0, 0);
    let mut entities: Vec<(usize, Entity)> = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.into_iter().enumerate() {
        let named_to = next_found + found[next_found..].partition_point(|n| n.0 == i);
        let named = &found[next_found..named_to];
        next_found = named_to;
        let others_to = next_other + others[next_other..].partition_point(|o| o.0 == i);
        let own_others = &others[next_other..others_to];
        next_other = others_to;
        let mut entity = d.entity;
        let kept = named.iter().filter(|n| n.3).count();
        entity.mentions = (kept as u32).max(1);
        // the counted places, and the canonical name inside a longer mention
        places.clear();
        let counted = named.iter().filter(|n| n.3 || n.2 == entity.name);
        places.extend(counted.map(|n| (n.1, n.2)));
        places.extend(own_others.iter().map(|o| (o.1, o.2)));
        places.sort_by_key(|f| f.0);
        let first = places.first().map_or(d.first, |f| f.0.min(d.first));
        listed.clear();
        for &(_, form) in &places {
            if listed.insert(form) {
                entity.mention_forms.push(form.to_string());
            }
        }
        entities.push((first, entity));
    }
    entities.sort_by_key(|e| e.0);
    let entities: Vec<Entity> = entities
        .into_iter()
        .enumerate()
        .map(|(id, (_, mut entity))| {
            entity.entity_id = id as u32;
            entity
        })
        .collect();
    let mut id_of: FastMap<&str, u32> = FastMap::default();
    id_of.reserve(entities.len());
    for entity in &entities {
        id_of.insert(&entity.name, entity.entity_id);
    }
    for statement in statements.iter_mut() {
        statement.speaker_entity = statement
            .speaker
            .as_deref()
            .and_then(|name| id_of.get(name).copied());
    }
    entities
}

impl<'s> Forms<'s> {
    /// Notes the canonical name of a new entity.
    fn name(&mut self, entity: usize, name: &'s str) {
        self.seen.insert((entity, name));
        self.names.push((entity, name));
    }

    /// Notes words referring to an entity at byte `at`: a name-like form is looked
    /// for in the whole text, another (a pronoun) is kept where it is.
    fn add(&mut self, entity: usize, at: usize, words: &'s str) {
        if is_name_like(words) {
            if self.seen.insert((entity, words)) {
                self.names.push((entity, words));
            }
        } else {
            self.others.push((entity, at, words));
        }
    }
}

/// One row per entity that speaks, in order of first statement, with the number of
/// its statements.
pub fn tabulate(statements: &[Statement], entities: &[Entity]) -> Vec<Actor> {
    let mut actors: Vec<Actor> = Vec::new();
    // entity id → its row, when it has one
    let mut row_of: Vec<Option<usize>> = vec![None; entities.len()];
    for id in statements.iter().filter_map(|s| s.speaker_entity) {
        let Some(entity) = entities.get(id as usize) else {
            continue;
        };
        let row = *row_of[id as usize].get_or_insert_with(|| {
            actors.push(Actor {
                actor: entity.name.clone(),
                actor_type: entity.entity_type,
                country: entity.country.clone(),
                mentions: entity.mentions,
                statements: 0,
            });
            actors.len() - 1
        });
        actors[row].statements += 1;
    }
    actors
}

/// Whether a mention names its actor (not a pronoun or a relative "qui").
fn is_name_like(mention: &str) -> bool {
    mention.chars().count() > 4
        || mention.chars().next().is_some_and(char::is_uppercase) && mention.chars().count() > 2
}

/// The places of the text that name each entity: whole-word matches of its forms
/// (`patterns` holds (entity, form)), as (entity, start, form, kept) by entity and in
/// text order; of overlapping matches of one entity only the first and longest is kept.
fn count_mentions<'p>(
    text: &str,
    patterns: &[(usize, &'p str)],
) -> Vec<(usize, usize, &'p str, bool)> {
    // distinct forms; the patterns of each form are chained: `head[k]` is its first
    // pattern and `next[p]` the pattern after `p` of the same form
    let mut distinct: Vec<&'p str> = Vec::with_capacity(patterns.len());
    let mut head: Vec<usize> = Vec::with_capacity(patterns.len());
    let mut tail: Vec<usize> = Vec::with_capacity(patterns.len());
    let mut next: Vec<usize> = vec![usize::MAX; patterns.len()];
    let mut sharing: Vec<usize> = Vec::with_capacity(patterns.len());
    let mut index_of: FastMap<&str, usize> = FastMap::default();
    index_of.reserve(patterns.len());
    for (p, &(_, form)) in patterns.iter().enumerate() {
        match index_of.get(form) {
            Some(&k) if sharing[k] < SHARED_FORM_ENTITIES => {
                next[tail[k]] = p;
                tail[k] = p;
                sharing[k] += 1;
            }
            Some(_) => {}
            None => {
                index_of.insert(form, distinct.len());
                distinct.push(form);
                head.push(p);
                tail.push(p);
                sharing.push(1);
            }
        }
    }
    if distinct.is_empty() {
        return Vec::new();
    }
    // (entity, start, end, form)
    let mut spans: Vec<(usize, usize, usize, &'p str)> = Vec::new();
    // like `str::match_indices`, the occurrences of one form do not overlap
    // (rejected ones included): `reach` is the end of the last one taken
    let mut reach = vec![0usize; distinct.len()];
    each_occurrence(text, &distinct, |k, start, end| {
        if start < reach[k] {
            return;
        }
        reach[k] = end;
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            return;
        }
        let mut p = head[k];
        while p != usize::MAX {
            spans.push((patterns[p].0, start, end, distinct[k]));
            p = next[p];
        }
    });
    spans.sort_unstable_by_key(|&(entity, start, end, _)| (entity, start, std::cmp::Reverse(end)));
    let mut reach = (usize::MAX, 0);
    spans
        .into_iter()
        .map(|(entity, start, end, form)| {
            if reach.0 != entity {
                reach = (entity, 0);
            }
            let kept = start >= reach.1;
            reach.1 = reach.1.max(end);
            (entity, start, form, kept)
        })
        .collect()
}

/// How many entities at most count the occurrences of one form they share (« la direction »
/// standing for each of a thousand hospitals): every occurrence is a mention of each of them,
/// so without a bound the spans of an article grow with the square of its entities.
const SHARED_FORM_ENTITIES: usize = 8;

/// Forms up to this many are looked for at each byte they start with; more (an
/// article naming thousands of people) by an Aho-Corasick automaton, which
/// costs more to build than a few forms take to look for.
const MAX_SCANNED_FORMS: usize = 64;

/// Calls `found(form, start, end)` for every occurrence of every form in
/// `text`, overlapping ones included; the occurrences of one form come in
/// text order.
fn each_occurrence(text: &str, forms: &[&str], mut found: impl FnMut(usize, usize, usize)) {
    if forms.len() > MAX_SCANNED_FORMS {
        let searcher = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(forms);
        if let Ok(searcher) = searcher {
            for occurrence in searcher.find_overlapping_iter(text) {
                let form = occurrence.pattern().as_usize();
                found(form, occurrence.start(), occurrence.end());
            }
            return;
        }
    }
    // (first byte, second byte if any, form) sorted by first byte, and `from[b]..from[b + 1]`
    // the entries of first byte `b`
    let mut by_first: Vec<(u8, Option<u8>, usize)> = forms
        .iter()
        .enumerate()
        .filter_map(|(k, form)| {
            let bytes = form.as_bytes();
            Some((*bytes.first()?, bytes.get(1).copied(), k))
        })
        .collect();
    by_first.sort_by_key(|e| e.0);
    let mut from = [0u16; 257];
    for &(first, _, _) in &by_first {
        from[usize::from(first) + 1] += 1;
    }
    for b in 0..256 {
        from[b + 1] += from[b];
    }
    let bytes = text.as_bytes();
    // the places of the first bytes, three at a time (memchr3): the occurrences of one
    // form still come in text order
    let mut firsts: Vec<u8> = by_first.iter().map(|e| e.0).collect();
    firsts.dedup();
    for group in firsts.chunks(3) {
        let byte_at = |k: usize| group.get(k).copied().unwrap_or(group[0]);
        for start in memchr::memchr3_iter(byte_at(0), byte_at(1), byte_at(2), bytes) {
            let byte = usize::from(bytes[start]);
            let second = bytes.get(start + 1).copied();
            for &(_, form_second, k) in
                &by_first[usize::from(from[byte])..usize::from(from[byte + 1])]
            {
                if form_second.is_none_or(|b| Some(b) == second)
                    && bytes[start..].starts_with(forms[k].as_bytes())
                {
                    found(k, start, start + forms[k].len());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_forms_count_once() {
        let text = "Jake Sullivan a parlé. M. Sullivan a ajouté. Sullivan est parti.";
        let forms = [
            (0, "Jake Sullivan"),
            (0, "M. Sullivan"),
            (0, "Sullivan"),
            (1, "Xi"),
        ];
        let found = count_mentions(text, &forms);
        assert_eq!(
            found,
            [
                (0, 0, "Jake Sullivan", true),
                (0, 5, "Sullivan", false),
                (0, 24, "M. Sullivan", true),
                (0, 27, "Sullivan", false),
                (0, 47, "Sullivan", true)
            ]
        );
        assert_eq!(count_mentions("Sullivanisme", &[(0, "Sullivan")]), []);
    }

    fn occurrences(text: &str, forms: &[&str]) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        each_occurrence(text, forms, |k, start, end| found.push((k, start, end)));
        found.sort_unstable();
        found
    }

    #[test]
    fn the_scan_and_the_automaton_find_the_same_occurrences() {
        let text = "Jean Bac a parlé. « Non », dit M. Bac, puis Jean Bacon et aaa.";
        let forms = ["Jean Bac", "Bac", "M. Bac", "aa", "é"];
        let scanned = occurrences(text, &forms);
        assert_eq!(scanned.len(), 9, "{scanned:?}");
        let padding: Vec<String> = (0..MAX_SCANNED_FORMS).map(|n| format!("zz{n}")).collect();
        let many: Vec<&str> = forms
            .iter()
            .copied()
            .chain(padding.iter().map(String::as_str))
            .collect();
        assert_eq!(occurrences(text, &many), scanned);
    }
}
