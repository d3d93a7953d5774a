//! Actors: who speaks in an article, how often it is named and quoted.
//!
//! Complexity: linear in the article's size — one pass over the statements,
//! tallied in hash maps keyed by actor, and one Aho-Corasick pass over the text
//! for the mentions of every actor's forms.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::{Actor, ActorType, Doc, Statement};

/// One row per distinct speaker, in order of first statement.
///
/// `mentions` counts the places where the article names the actor in any of
/// the forms it was seen under: its canonical name, the mentions of its
/// statements that are names or titles ("M. Sullivan", "Moscou", "le
/// porte-parole"), and for a person its surname alone. Overlapping forms
/// count once; pronouns are not names and are not counted.
pub fn tabulate(doc: &Doc, statements: &[Statement]) -> Vec<Actor> {
    let mut actors: Vec<(Actor, Vec<&str>)> = Vec::new();
    let mut index_of: HashMap<&str, usize> = HashMap::new();
    for statement in statements {
        let Some(name) = statement.speaker.as_deref() else {
            continue;
        };
        let index = match index_of.get(name) {
            Some(&i) => i,
            None => {
                index_of.insert(name, actors.len());
                actors.push((
                    Actor {
                        actor: name.to_string(),
                        actor_type: statement.speaker_type,
                        country: statement.speaker_country.clone(),
                        mentions: 0,
                        statements: 0,
                    },
                    vec![name],
                ));
                actors.len() - 1
            }
        };
        let (actor, forms) = &mut actors[index];
        actor.statements += 1;
        if actor.country.is_none() {
            actor.country = statement.speaker_country.clone();
        }
        if let Some(mention) = statement.speaker_mention.as_deref() {
            if is_name_like(mention) && !forms.contains(&mention) {
                forms.push(mention);
            }
        }
    }
    // every form of every actor, found in one pass over the text
    let mut patterns: Vec<&str> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    for (i, (actor, forms)) in actors.iter().enumerate() {
        let surname = (actor.actor_type == Some(ActorType::Person))
            .then(|| actor.actor.rsplit(' ').next())
            .flatten()
            .filter(|s| s.chars().count() >= 3 && *s != actor.actor);
        for form in forms
            .iter()
            .copied()
            .chain(surname)
            .filter(|f| !f.is_empty())
        {
            patterns.push(form);
            owner.push(i);
        }
    }
    let counts = count_mentions(doc.text, &patterns, &owner, actors.len());
    actors
        .into_iter()
        .zip(counts)
        .map(|((mut actor, _), n)| {
            actor.mentions = n.max(1);
            actor
        })
        .collect()
}

/// Whether a mention names its actor (not a pronoun or a relative "qui").
fn is_name_like(mention: &str) -> bool {
    mention.chars().count() > 4
        || mention.chars().next().is_some_and(char::is_uppercase) && mention.chars().count() > 2
}

/// How many places of the text name each actor: whole-word matches of its forms
/// (`owner[i]` is the actor of `patterns[i]`); overlapping matches count once.
fn count_mentions(text: &str, patterns: &[&str], owner: &[usize], actors: usize) -> Vec<u32> {
    let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); actors];
    // distinct patterns, each with the actors it belongs to
    let mut distinct: Vec<&str> = Vec::new();
    let mut owners: Vec<Vec<usize>> = Vec::new();
    let mut index_of: HashMap<&str, usize> = HashMap::new();
    for (&form, &actor) in patterns.iter().zip(owner) {
        match index_of.get(form) {
            Some(&k) => owners[k].push(actor),
            None => {
                index_of.insert(form, distinct.len());
                distinct.push(form);
                owners.push(vec![actor]);
            }
        }
    }
    if distinct.is_empty() {
        return vec![0; actors];
    }
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
        for &actor in &owners[k] {
            spans[actor].push((start, end));
        }
    });
    spans
        .into_iter()
        .map(|mut spans| {
            spans.sort_unstable();
            let (mut count, mut reach) = (0, 0);
            for (start, end) in spans {
                if start >= reach {
                    count += 1;
                }
                reach = reach.max(end);
            }
            count
        })
        .collect()
}

/// Forms up to this many are looked for at each byte they start with; more (an
/// article naming thousands of people) by an Aho-Corasick automaton, which
/// costs more to build than a few forms take to look for.
const MAX_SCANNED_FORMS: usize = 32;

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
    // the forms by first byte, each with its second byte (if any) to test before the rest
    let mut by_first: Vec<Vec<(usize, Option<u8>)>> = vec![Vec::new(); 256];
    // bit `b` set when some form starts with byte `b`
    let mut starts_some = [0u64; 4];
    for (k, form) in forms.iter().enumerate() {
        if let Some(&first) = form.as_bytes().first() {
            by_first[usize::from(first)].push((k, form.as_bytes().get(1).copied()));
            starts_some[usize::from(first >> 6)] |= 1 << (first & 63);
        }
    }
    let bytes = text.as_bytes();
    for (start, &byte) in bytes.iter().enumerate() {
        if starts_some[usize::from(byte >> 6)] & 1 << (byte & 63) == 0 {
            continue;
        }
        let candidates = &by_first[usize::from(byte)];
        let second = bytes.get(start + 1).copied();
        for &(k, form_second) in candidates {
            if form_second.is_none_or(|b| Some(b) == second)
                && bytes[start..].starts_with(forms[k].as_bytes())
            {
                found(k, start, start + forms[k].len());
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
        let forms = ["Jake Sullivan", "M. Sullivan", "Sullivan", "Xi"];
        assert_eq!(count_mentions(text, &forms, &[0, 0, 0, 1], 2), [3, 0]);
        assert_eq!(count_mentions("Sullivanisme", &["Sullivan"], &[0], 1), [0]);
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
