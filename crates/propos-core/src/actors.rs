//! Actors: who speaks in an article, how often.

use std::collections::BTreeMap;

use crate::{Actor, Doc, Statement};

/// One row per distinct speaker, in order of first statement.
pub fn tabulate(doc: &Doc, statements: &[Statement]) -> Vec<Actor> {
    let mut order: Vec<&str> = Vec::new();
    let mut by_name: BTreeMap<&str, Actor> = BTreeMap::new();
    for statement in statements {
        let Some(name) = statement.speaker.as_deref() else {
            continue;
        };
        let actor = by_name.entry(name).or_insert_with(|| {
            order.push(name);
            Actor {
                actor: name.to_string(),
                actor_type: statement.speaker_type,
                country: statement.speaker_country.clone(),
                mentions: count_mentions(doc.text, name),
                statements: 0,
            }
        });
        actor.statements += 1;
    }
    order
        .into_iter()
        .filter_map(|name| by_name.remove(name))
        .collect()
}

/// How many times a name occurs in the text, at least once per statement.
fn count_mentions(text: &str, name: &str) -> u32 {
    text.matches(name).count().max(1) as u32
}
