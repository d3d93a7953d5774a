//! Actors: who speaks in an article, how often it is named and quoted.

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
    for statement in statements {
        let Some(name) = statement.speaker.as_deref() else {
            continue;
        };
        let index = match actors.iter().position(|(a, _)| a.actor == name) {
            Some(i) => i,
            None => {
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
    for (&form, &actor) in patterns.iter().zip(owner) {
        match distinct.iter().position(|&d| d == form) {
            Some(k) => owners[k].push(actor),
            None => {
                distinct.push(form);
                owners.push(vec![actor]);
            }
        }
    }
    // the patterns by first byte (a pattern starts at a character boundary)
    let mut by_first: Vec<Vec<usize>> = vec![Vec::new(); 256];
    for (k, form) in distinct.iter().enumerate() {
        by_first[usize::from(form.as_bytes()[0])].push(k);
    }
    // the end of the last occurrence taken per pattern: like `str::match_indices`,
    // occurrences of one pattern do not overlap (rejected ones included)
    let mut reach = vec![0usize; distinct.len()];
    let bytes = text.as_bytes();
    for (start, &byte) in bytes.iter().enumerate() {
        let candidates = &by_first[usize::from(byte)];
        if candidates.is_empty() {
            continue;
        }
        for &k in candidates {
            let form = distinct[k];
            if start < reach[k] || !bytes[start..].starts_with(form.as_bytes()) {
                continue;
            }
            let end = start + form.len();
            reach[k] = end;
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            for &actor in &owners[k] {
                spans[actor].push((start, end));
            }
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
