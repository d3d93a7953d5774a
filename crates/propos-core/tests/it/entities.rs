//! The entities table: the speaker resolver's entities with their mentions, and the
//! statements and actors that refer to them.

use propos_core::{extract, ActorType, Article, Entity, Extraction};

fn extraction(lang: &str, text: &str) -> Extraction {
    let mut article = Article::new("inv", text);
    article.lang = Some(lang.parse().unwrap());
    extract(&article)
}

fn entity<'e>(x: &'e Extraction, name: &str) -> &'e Entity {
    x.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}: {:#?}", x.entities))
}

/// Ids are 0..n, every speaker is an entity, and the actors are the entities that speak.
fn check_links(x: &Extraction) {
    for (i, e) in x.entities.iter().enumerate() {
        assert_eq!(e.entity_id as usize, i);
        assert!(e.mentions >= 1 && !e.mention_forms.is_empty(), "{e:?}");
    }
    for s in &x.statements {
        let id = s
            .speaker_entity
            .map(|id| x.entities[id as usize].name.as_str());
        assert_eq!(id, s.speaker.as_deref(), "{s:#?}");
    }
    for a in &x.actors {
        let e = entity(x, &a.actor);
        assert_eq!((a.actor_type, a.mentions), (e.entity_type, e.mentions));
    }
}

#[test]
fn a_person_named_titled_and_pronominalised_is_one_entity_fr() {
    let x = extraction(
        "fr",
        "Titre\n\nLe porte-parole du ministère, Jean Roux, a déclaré que la route restait \
         fermée. « Nous attendons les experts », a ajouté M. Roux. Il a précisé que les \
         travaux dureraient un mois.\n\nLa société Vialis a affirmé que le chantier était prêt.",
    );
    check_links(&x);
    let roux = entity(&x, "Jean Roux");
    assert_eq!(roux.entity_type, Some(ActorType::Person));
    for form in ["Jean Roux", "M. Roux", "Il"] {
        assert!(roux.mention_forms.iter().any(|f| f == form), "{roux:?}");
    }
    // "Le porte-parole du ministère, Jean Roux" and "M. Roux" name it; "Il" is not counted
    assert_eq!(roux.mentions, 2, "{roux:?}");
    let speaking: Vec<_> = x
        .statements
        .iter()
        .filter(|s| s.speaker_entity == Some(roux.entity_id))
        .collect();
    assert_eq!(speaking.len(), 3, "{:#?}", x.statements);
    let vialis = x
        .entities
        .iter()
        .find(|e| e.name.contains("Vialis"))
        .unwrap_or_else(|| panic!("{:#?}", x.entities));
    assert_eq!(vialis.entity_type, Some(ActorType::Organization));
    assert!(vialis.entity_id > roux.entity_id, "order of first mention");
    assert_eq!(x.actors.len(), 2);
    assert_eq!(x.actors[0].statements, 3);
}

#[test]
fn a_person_named_titled_and_pronominalised_is_one_entity_en() {
    let x = extraction(
        "en",
        "Title\n\nThe ministry spokesman, Peter Hale, said the bridge would stay closed. \
         \"We are waiting for the engineers,\" Mr. Hale added. He said the repairs would take \
         a month.\n\nThe Harbour Authority said the work was ready to start.",
    );
    check_links(&x);
    let hale = entity(&x, "Peter Hale");
    assert_eq!(hale.entity_type, Some(ActorType::Person));
    for form in ["Peter Hale", "Mr. Hale", "He"] {
        assert!(hale.mention_forms.iter().any(|f| f == form), "{hale:?}");
    }
    assert_eq!(
        x.statements
            .iter()
            .filter(|s| s.speaker_entity == Some(hale.entity_id))
            .count(),
        3,
        "{:#?}",
        x.statements
    );
    let org = x
        .entities
        .iter()
        .find(|e| e.name.contains("Harbour Authority"))
        .unwrap_or_else(|| panic!("{:#?}", x.entities));
    assert_eq!(org.entity_type, Some(ActorType::Organization));
}

/// A subject of a sentence without a statement is an entity that does not speak:
/// among the entities, not among the actors.
#[test]
fn a_subject_that_does_not_speak_is_an_entity_not_an_actor() {
    let x = extraction(
        "fr",
        "Titre\n\nLa mairie de Lorvan a fermé la piscine lundi. Claire Mornet, la directrice, \
         a déclaré que les bassins seraient vidés.",
    );
    check_links(&x);
    let mairie = x
        .entities
        .iter()
        .find(|e| e.name.contains("mairie de Lorvan"))
        .unwrap_or_else(|| panic!("{:#?}", x.entities));
    assert!(
        x.actors.iter().all(|a| a.actor != mairie.name),
        "{:#?}",
        x.actors
    );
    assert!(x
        .statements
        .iter()
        .all(|s| s.speaker_entity != Some(mairie.entity_id)));
    assert!(
        x.actors.iter().any(|a| a.actor == "Claire Mornet"),
        "{:#?}",
        x.actors
    );
}
