//! The output records: statements, figures, dates and actors of one article.
//!
//! Offsets are byte offsets into [`Article::text`](crate::Article::text).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Lang;

/// How the content of a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// The content is entirely inside quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// An indirect frame containing a quoted fragment.
    Mixed,
}

impl StatementKind {
    /// The lower-case name used in tables and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Indirect => "indirect",
            StatementKind::Mixed => "mixed",
        }
    }
}

/// What kind of actor a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorType {
    /// A named or described person.
    Person,
    /// An organisation, institution, agency or company.
    Organization,
    /// A state, named by its name, capital or people.
    Country,
    /// Documents, communiqués, unnamed groups ("des experts").
    Other,
}

impl ActorType {
    /// The lower-case name used in tables and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorType::Person => "person",
            ActorType::Organization => "organization",
            ActorType::Country => "country",
            ActorType::Other => "other",
        }
    }
}

/// Declares a unit enum, its names in tables and JSON (`as_str`) and the list of its
/// variants (`ALL`) from one list, so that neither can miss a variant.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident => $text:literal,)*
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The name used in tables and JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }
    };
}

named_enum! {
    /// Why a statement's speaker was chosen: the link from the words at the cue to the entity.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum SpeakerRule {
        /// A proper name, resolved to its fullest form in the article.
        Name => "name",
        /// A courtesy title and a name ("Mme Vasseur").
        Title => "title",
        /// A role and a name in apposition ("la porte-parole, Claire Morin,").
        Apposition => "apposition",
        /// An acronym resolved to the expansion the article gives ("OBR").
        Acronym => "acronym",
        /// A role noun referring to a named person of the article ("la porte-parole").
        RoleAnaphora => "role-anaphora",
        /// A definite description standing for a person named earlier with another noun:
        /// a more general role ("l'artiste" for "le graffeur Malik Benali", "the researcher"
        /// for "Economist Jane Park") or an age ("the 34-year-old", « le quadragénaire »).
        DescriptionAnaphora => "description-anaphora",
        /// A spokesperson with no name, speaking for the organisation that spoke just
        /// before or that an organisation noun with it refers to ("a spokeswoman said",
        /// "a club spokesperson", « un porte-parole du club »).
        OrgVoice => "org-voice",
        /// A possessive and a noun for a body of the entity just before ("its foreign
        /// ministry", « ses services »), or a possessor noun before its data or voice ("the
        /// bloc's data", "Carter's campaign").
        Possessor => "possessor",
        /// A definite document noun standing for the document named before: its author
        /// or its name ("according to the report", « selon ce document »).
        DocumentAnaphora => "document-anaphora",
        /// A capital, state or people standing for its state ("Moscou").
        Capital => "capital",
        /// An organisation or institution named as written.
        Organization => "organization",
        /// A description left as written: a role with no name, a group, a document.
        Description => "description",
        /// A subject pronoun resolved to the most salient compatible entity.
        Pronoun => "pronoun",
        /// A relative pronoun ("qui") resolved to its antecedent.
        Relative => "relative",
        /// No subject at the cue (participle, incise): the subject of the clause or the
        /// current speaker.
        InciseSubject => "incise-subject",
    }
}

named_enum! {
    /// The construction that found a statement: the last part of its [`RuleId`]. The crate
    /// docs map each one to the function that matches it, with an example.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum Construction {
        /// A postposed cue after the quotation or clause it reports.
        Incise => "incise",
        /// An incise inside a quotation, reporting the part of it before the incise.
        InnerIncise => "inner-incise",
        /// A word in incise shape after a quotation, not in the verb lexicon.
        InciseShape => "incise-shape",
        /// A cue, then a colon and the content.
        Colon => "colon",
        /// A quotation after a colon, with a subject and no reporting verb.
        ColonQuote => "colon-quote",
        /// A cue, a few words (an addressee, a time), then a colon and a quotation.
        AddresseeColon => "addressee-colon",
        /// A quotation as the object of the cue.
        CueQuote => "cue-quote",
        /// A cue, a comma and a quotation.
        CommaQuote => "comma-quote",
        /// A verb of naming whose object stands before it, a link word and the quoted name
        /// ("a claim Athens dismissed as “unfounded”").
        NamingLink => "naming-link",
        /// A que- or that-clause.
        Que => "que",
        /// An infinitive clause after a verb of saying.
        VerbInfinitive => "verb-infinitive",
        /// The figure a verb of estimating gives its relative object ("which he estimated at
        /// €4 million").
        RelativeFigure => "relative-figure",
        /// An object a verb of estimate gives as an estimate ("put the toll at 38").
        EstimateObject => "estimate-object",
        /// An object a verb of justification gives with its cause ("justified the cut by
        /// the deficit", « justifie la hausse par l'inflation »).
        CauseObject => "cause-object",
        /// A noun phrase or prepositional object.
        Object => "object",
        /// A clause with no conjunction (English), possibly after an addressee.
        Bare => "bare",
        /// A passive whose agent is the speaker and whose subject is the content.
        PassiveAgent => "passive-agent",
        /// A passive whose subject is a demonstrative standing for the sentence before,
        /// the content ("This was stated by X", « Cela a été déclaré par X »).
        AnaphoricPassive => "anaphoric-passive",
        /// A participle coordinated with a previous cue, sharing its subject.
        Coordinated => "coordinated",
        /// A present participle or gerund cue.
        Participle => "participle",
        /// An infinitive cue.
        Infinitive => "infinitive",
        /// A clause opened by an "as" marker framing the main clause.
        AsClause => "as-clause",
        /// A source marker opening the sentence.
        SelonInitial => "selon-initial",
        /// A source marker after the content.
        SelonFinal => "selon-final",
        /// A source marker between commas after a word that opens a clause or a phrase,
        /// reporting what follows it (« où, selon X, … », "which, according to X, …").
        SelonMedial => "selon-medial",
        /// "pour" and a source opening the sentence.
        PourInitial => "pour-initial",
        /// "pour qui" after the source's noun phrase.
        PourQui => "pour-qui",
        /// A cleft pointing back at the sentence before: "C'est ce qu'a affirmé X", "That is
        /// what X said".
        Cleft => "cleft",
    }
}

/// The id of the rule that found a statement: `<lang>/<kind>/<construction>`, the text of
/// [`Statement::rule`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RuleId {
    /// The language of the article.
    pub lang: Lang,
    /// How the content is reported.
    pub kind: StatementKind,
    /// The construction that matched.
    pub construction: Construction,
}

impl RuleId {
    /// The id as text, as [`ToString::to_string`] gives it but in one allocation of the
    /// right size, without the formatting machinery (one per statement).
    pub fn text(&self) -> String {
        [
            self.lang.code(),
            self.kind.as_str(),
            self.construction.as_str(),
        ]
        .join("/")
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}/{}",
            self.lang,
            self.kind.as_str(),
            self.construction.as_str()
        )
    }
}

/// Something an actor is reported to have said, written or claimed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Index of the statement in its article, from 0.
    pub statement_id: u32,
    /// Index of the sentence holding the cue.
    pub sentence: u32,
    /// Start of the whole statement (speaker, cue and content).
    pub start: usize,
    /// End of the whole statement.
    pub end: usize,
    /// Canonical name of the speaker, resolved across the article.
    pub speaker: Option<String>,
    /// The words naming the speaker at this statement ("il", "M. Sullivan").
    pub speaker_mention: Option<String>,
    /// What kind of actor the speaker is.
    pub speaker_type: Option<ActorType>,
    /// ISO 3166-1 alpha-2 code of the state the speaker speaks for.
    pub speaker_country: Option<String>,
    /// Why the speaker was chosen; `None` when there is no speaker.
    #[serde(default)]
    pub speaker_rule: Option<SpeakerRule>,
    /// The [`Entity::entity_id`] of the speaker; `None` when there is no speaker.
    #[serde(default)]
    pub speaker_entity: Option<u32>,
    /// The reporting expression as written ("a déclaré", "selon").
    pub cue: String,
    /// Start of the cue.
    pub cue_start: usize,
    /// End of the cue.
    pub cue_end: usize,
    /// The dictionary form of the cue's verb ("déclarer", "selon").
    pub cue_lemma: String,
    /// Direct, indirect or mixed.
    pub kind: StatementKind,
    /// What was said, as written.
    pub content: String,
    /// Start of the content.
    pub content_start: usize,
    /// End of the content.
    pub content_end: usize,
    /// The day (or `--MM-DD`) the statement was made, when the text gives it.
    pub date: Option<String>,
    /// Id of the rule that found the statement, a [`RuleId`] as text (`fr/direct/incise`).
    pub rule: String,
}

/// How a qualifier bounds a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// "plus de", "au moins", "more than": the value is a lower bound.
    Min,
    /// "jusqu'à", "moins de", "up to": the value is an upper bound.
    Max,
}

impl Bound {
    /// The lower-case name used in tables and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Min => "min",
            Bound::Max => "max",
        }
    }
}

/// A quantity with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Index of the figure in its article, from 0.
    pub figure_id: u32,
    /// Start of qualifier + number + unit.
    pub start: usize,
    /// End of qualifier + number + unit.
    pub end: usize,
    /// The words of the figure as written.
    pub text: String,
    /// The number (`None` for vague quantities such as "des milliers").
    pub value: Option<f64>,
    /// What is counted, as a singular lower-case lemma ("soldat", "%", "dollar").
    pub unit: Option<String>,
    /// Whether a qualifier makes the number approximate ("environ").
    pub approx: bool,
    /// Whether a qualifier makes the number a bound ("plus de").
    pub bound: Option<Bound>,
    /// The statement whose content holds the figure.
    pub statement_id: Option<u32>,
    /// The speaker the figure is attributed to.
    pub speaker: Option<String>,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A calendar day.
    Day,
    /// A calendar month.
    Month,
}

impl Granularity {
    /// The lower-case name used in tables and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Month => "month",
        }
    }
}

/// An expression naming a calendar day or month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// Start of the expression.
    pub start: usize,
    /// End of the expression.
    pub end: usize,
    /// The expression as written ("samedi (2/11)").
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM`, `--MM-DD` or `--MM`; `None` when it cannot be resolved.
    pub value: Option<String>,
    /// Day or month.
    pub granularity: Granularity,
}

/// An actor of one article with how often it is named and quoted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name.
    pub actor: String,
    /// What kind of actor it is.
    pub actor_type: Option<ActorType>,
    /// ISO 3166-1 alpha-2 code of its state.
    pub country: Option<String>,
    /// How many times the article names it.
    pub mentions: u32,
    /// How many statements it made.
    pub statements: u32,
}

/// A person, organisation or state of one article: the speakers and the subjects the
/// speaker resolver linked mentions to, with the words that name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Index of the entity in its article, from 0, in order of first mention.
    pub entity_id: u32,
    /// Canonical name: the name [`Statement::speaker`] gives it.
    pub name: String,
    /// What kind of entity it is.
    pub entity_type: Option<ActorType>,
    /// ISO 3166-1 alpha-2 code of its state.
    pub country: Option<String>,
    /// How many places of the text name it (names, titles, roles; pronouns are not counted).
    pub mentions: u32,
    /// The distinct words that refer to it, in order of first use: names, titles, role
    /// nouns, and the pronouns resolved to it.
    pub mention_forms: Vec<String>,
}

/// Everything propos found in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The article's id.
    pub doc_id: String,
    /// The article's URL, or the one of its "Source :" line.
    pub url: Option<String>,
    /// Publication date, ISO.
    pub published: Option<String>,
    /// The language the lexicons were taken from.
    pub lang: Lang,
    /// Length of the text in characters.
    pub chars: usize,
    /// The statements, in text order.
    pub statements: Vec<Statement>,
    /// The figures, in text order.
    pub figures: Vec<Figure>,
    /// The dates, in text order.
    pub dates: Vec<DateMention>,
    /// The entities of the article, in order of first mention.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// The actors who speak in the article: the entities with statements.
    pub actors: Vec<Actor>,
    /// What went wrong with this article (unusable publication date, …); empty when all is well.
    pub problems: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows of the rule-id table of the crate docs: construction and functions.
    fn table() -> Vec<(&'static str, Vec<&'static str>)> {
        include_str!("rule_ids.md")
            .lines()
            .filter_map(|line| {
                let mut cells = line.strip_prefix("| `")?.split(" | ");
                let construction = cells.next()?.strip_suffix('`')?;
                let functions = cells.next()?.split(", ");
                Some((
                    construction,
                    functions.map(|f| f.trim_matches('`')).collect(),
                ))
            })
            .collect()
    }

    /// The source of a top-level function of a module of the table.
    fn function_source(path: &str) -> Option<&'static str> {
        let (module, name) = path.strip_prefix("statements::")?.split_once("::")?;
        let source = match module {
            "clefts" => include_str!("statements/clefts.rs"),
            "complements" => include_str!("statements/complements.rs"),
            "frames" => include_str!("statements/frames.rs"),
            "incises" => include_str!("statements/incises.rs"),
            "markers" => include_str!("statements/markers.rs"),
            "nonfinite" => include_str!("statements/nonfinite.rs"),
            "passive" => include_str!("statements/passive.rs"),
            "quotes" => include_str!("statements/quotes.rs"),
            _ => return None,
        };
        let start = source.find(&format!("\npub(super) fn {name}("))? + 1;
        let end = source[start..]
            .find("\n}\n")
            .map_or(source.len(), |e| start + e);
        Some(&source[start..end])
    }

    #[test]
    fn the_docs_map_every_construction_to_the_functions_that_set_it() {
        let rows = table();
        for c in Construction::ALL {
            let found: Vec<_> = rows
                .iter()
                .filter(|(name, _)| *name == c.as_str())
                .collect();
            assert_eq!(
                found.len(),
                1,
                "`{}`: {} rows in rule_ids.md",
                c.as_str(),
                found.len()
            );
            for path in &found[0].1 {
                let source = function_source(path)
                    .unwrap_or_else(|| panic!("`{}`: no function {path}", c.as_str()));
                assert!(
                    source.contains(&format!("Construction::{c:?}")),
                    "`{}`: {path} does not set Construction::{c:?}",
                    c.as_str()
                );
            }
        }
        for (name, _) in &rows {
            assert!(
                Construction::ALL.iter().any(|c| c.as_str() == *name),
                "rule_ids.md lists `{name}`, no construction"
            );
        }
    }

    #[test]
    fn names_are_the_serde_names() {
        for c in Construction::ALL {
            assert_eq!(serde_json::to_value(c).ok(), Some(c.as_str().into()));
        }
        for r in SpeakerRule::ALL {
            assert_eq!(serde_json::to_value(r).ok(), Some(r.as_str().into()));
        }
    }

    #[test]
    fn a_rule_id_reads_lang_kind_construction() {
        let id = RuleId {
            lang: Lang::Fr,
            kind: StatementKind::Mixed,
            construction: Construction::SelonFinal,
        };
        assert_eq!(id.to_string(), "fr/mixed/selon-final");
        assert_eq!(id.text(), id.to_string());
    }
}
