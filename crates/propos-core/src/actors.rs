//! Actors: who speaks in an article, how often it is named and quoted.

use std::collections::HashMap;

use aho_corasick::AhoCorasick;

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
    // Every occurrence of every form, in one pass (overlapping ones too);
    // like `str::match_indices`, the occurrences of one form do not overlap
    // (rejected ones included): `reach` is the end of the last one taken.
    let Ok(searcher) = AhoCorasick::new(&distinct) else {
        return vec![0; actors];
    };
    let mut reach = vec![0usize; distinct.len()];
    for found in searcher.find_overlapping_iter(text) {
        let (k, start, end) = (found.pattern().as_usize(), found.start(), found.end());
        if start < reach[k] {
            continue;
        }
        reach[k] = end;
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        for &actor in &owners[k] {
            spans[actor].push((start, end));
        }
    }
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
}
