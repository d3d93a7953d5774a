//! The output records: statements, figures, dates and actors of one article.
//!
//! Offsets are byte offsets into [`Article::text`](crate::Article::text).

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

/// Why a statement's speaker was chosen: the link from the words at the cue to the entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerRule {
    /// A proper name, resolved to its fullest form in the article.
    Name,
    /// A courtesy title and a name ("Mme Vasseur").
    Title,
    /// A role and a name in apposition ("la porte-parole, Claire Morin,").
    Apposition,
    /// An acronym resolved to the expansion the article gives ("OBR").
    Acronym,
    /// A role noun referring to a named person of the article ("la porte-parole").
    RoleAnaphora,
    /// A capital, state or people standing for its state ("Moscou").
    Capital,
    /// An organisation or institution named as written.
    Organization,
    /// A description left as written: a role with no name, a group, a document.
    Description,
    /// A subject pronoun resolved to the most salient compatible entity.
    Pronoun,
    /// A relative pronoun ("qui") resolved to its antecedent.
    Relative,
    /// No subject at the cue (participle, incise): the subject of the clause or the
    /// current speaker.
    InciseSubject,
}

impl SpeakerRule {
    /// The name used in tables and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerRule::Name => "name",
            SpeakerRule::Title => "title",
            SpeakerRule::Apposition => "apposition",
            SpeakerRule::Acronym => "acronym",
            SpeakerRule::RoleAnaphora => "role-anaphora",
            SpeakerRule::Capital => "capital",
            SpeakerRule::Organization => "organization",
            SpeakerRule::Description => "description",
            SpeakerRule::Pronoun => "pronoun",
            SpeakerRule::Relative => "relative",
            SpeakerRule::InciseSubject => "incise-subject",
        }
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
    /// Id of the extraction rule that produced the statement (`fr/direct/guillemets`).
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
    /// The actors who speak in the article.
    pub actors: Vec<Actor>,
    /// What went wrong with this article (unusable publication date, …); empty when all is well.
    pub problems: Vec<String>,
}
