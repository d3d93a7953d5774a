//! Source phrases read beyond their head: construction `possessed-source` (a possessive and
//! a noun for a body of the entity just before: "its foreign ministry", « ses services »)
//! and construction `final-apposition` (a role source and the name apposed to it at the end
//! of the sentence: "…, according to its head, Dr Ann Lee.").

use super::{roles_match, ActorRec, Gender, Info, NameMention, Resolver, SALIENT_WINDOW};
use crate::chars::with_lowercase;
use crate::statements::lex::class;
use crate::statements::subjects::{cls, is_word, name_particle};
use crate::statements::tokens::Kind;
use crate::ActorType;

impl<'t> Resolver<'t, '_> {
    /// The end of a speaker phrase `[a, b)` without the time words or adverbs that close it
    /// (construction `trailing-time`: "unions yesterday claimed", "according to figures
    /// released by the force earlier this month"): lower-case words of those classes, not a
    /// determiner, a preposition, a role, a word of agreement ("the latter") or the
    /// complement of a preposition.
    pub(super) fn phrase_end(&self, a: usize, b: usize) -> usize {
        let (tk, lx) = (self.tk, self.lx);
        let mut e = b;
        while e > a + 1 && is_word(tk, e - 1) && !tk.toks[e - 1].upper {
            let c = cls(tk, lx, e - 1);
            let trailing = c & (class::TIME | class::ADV) != 0
                && c & (class::DET | class::PREP) == 0
                && !tk.is_role(lx, e - 1)
                && !self.feats.contains_key(tk.lw(e - 1))
                // (not the complement of a preposition: « d'hier », "of today")
                && !(cls(tk, lx, e - 2) & class::PREP != 0 || tk.raw(e - 2).ends_with(['\'', '’']));
            if !trailing {
                break;
            }
            e -= 1;
        }
        e
    }

    /// Construction `circle-of`: the actor a phrase `[a, b)` names when its head, after at
    /// most a determiner, is a noun for someone's own circle (`possessed_parts.tsv`, own)
    /// followed by a preposition and its owner (« l'entourage du Premier ministre », "the
    /// entourage of the president"): the circle as written, without its determiner, not its
    /// owner, who does not speak. An organisation noun (« cabinet », "office") heads an
    /// organisation's name instead (« le cabinet de conseil Proxinvest »).
    pub(super) fn circle_of(&mut self, a: usize, b: usize) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        let det = |k: usize| cls(tk, lx, k) & class::DET != 0 || tk.raw(k).ends_with(['\'', '’']);
        let k = if det(a) { a + 1 } else { a };
        if k + 2 >= b
            || !is_word(tk, k)
            || tk.toks[k].upper
            || lx.possessed_parts.get(tk.lw(k)).map(String::as_str) != Some("own")
            || lx.is_org(tk.lw(k))
            || cls(tk, lx, k + 1) & class::PREP == 0
        {
            return None;
        }
        let canonical = self.text(k, b);
        Some(self.named_or_push(ActorRec {
            plural: lx.plurals.is_plural(tk.lw(k)),
            ..ActorRec::bare(canonical, ActorType::Other)
        }))
    }

    /// The actor a possessed phrase `[a, b)` names: a possessive (`possessives.tsv`), then at
    /// most three lower-case words with no preposition whose last is an organisation noun, a
    /// noun for a possessor's staff or circle (`possessed_parts.tsv`) or a role no person
    /// named before holds. The possessor is the
    /// latest subject or speaker before the phrase, in its unit or the one before, that the
    /// possessive agrees with; its data or documents (`data_nouns.txt`, `document_nouns.txt`,
    /// `finding_sources.txt`), its voice ("his campaign") and an organisation's own services
    /// are the possessor, any
    /// other body is named after it (`{owner}`, `{noun}` in `possessives.tsv`).
    pub(super) fn possessed(&mut self, a: usize, b: usize) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        if !is_word(tk, a) || b <= a + 1 || b - a > 4 || lx.possessed_form.is_empty() {
            return None;
        }
        let feature = lx.possessives.get(tk.lw(a))?.as_str();
        let plain = (a + 1..b)
            .all(|k| is_word(tk, k) && !tk.toks[k].upper && cls(tk, lx, k) & class::PREP == 0);
        let noun = tk.lw(b - 1);
        let part = lx.possessed_parts.get(noun).map(String::as_str);
        // "its own figures", « ses relevés »: the possessor's data or documents are its word
        let data = lx.data_nouns.contains(noun)
            || lx.document_nouns.contains(noun)
            || lx.finding_sources.contains(noun);
        // "its chief financial officer", « son directeur financier »: a role of the
        // possessor no one named holds
        let role =
            part.is_none() && !data && !lx.is_org(noun) && (a + 1..b).any(|k| tk.is_role(lx, k));
        if !plain || part.is_none() && !data && !lx.is_org(noun) && !role {
            return None;
        }
        let words = self.text(a + 1, b).to_lowercase();
        let before = self.names.partition_point(|n| n.pos < a);
        if role
            && self.names[..before]
                .iter()
                .rev()
                .take(SALIENT_WINDOW)
                .any(|n| {
                    n.role
                        .as_deref()
                        .is_some_and(|r| roles_match(lx, r, &words))
                })
        {
            return None;
        }
        // (a one-word name with no role or gender may be an organisation: "Brightwell")
        let thing = |x: &ActorRec| {
            x.kind != ActorType::Person
                || x.name.len() == 1 && x.roles.is_empty() && x.gender.is_none()
        };
        let agrees = |x: &ActorRec, plural: bool| match feature {
            "thing" => thing(x) && !plural,
            "pl" => plural || x.kind != ActorType::Person,
            "one" => !plural,
            g => {
                let want = match g {
                    "m" => Gender::Masculine,
                    _ => Gender::Feminine,
                };
                x.kind == ActorType::Person && !plural && x.gender.is_none_or(|have| have == want)
            }
        };
        let owner = self
            .salient
            .iter()
            .rev()
            .filter(|s| s.0 < a)
            .take(8)
            .filter(|s| self.units_between(s.0, a) <= 1)
            .find(|s| {
                let x = &self.actors[s.1];
                x.canonical.chars().any(char::is_uppercase) && agrees(x, s.2)
            })
            .map(|s| s.1)
            .or_else(|| self.unit_owner(a, feature))?;
        let kind = self.actors[owner].kind;
        if data || part == Some("voice") || part == Some("same") && kind == ActorType::Organization
        {
            return Some(owner);
        }
        // (a body is named after a proper name only: not « entourage de ministre »)
        let name = self.actors[owner].canonical.clone();
        if !name.starts_with(char::is_uppercase) {
            return None;
        }
        let country = self.actors[owner].country;
        let canonical = self.possessed_name(&name, &self.text(a + 1, b));
        let kind = if role {
            ActorType::Person
        } else {
            ActorType::Organization
        };
        Some(self.named_or_push(ActorRec {
            country,
            roles: role.then_some(words).into_iter().collect(),
            ..ActorRec::bare(canonical, kind)
        }))
    }

    /// Construction `noun-possessor`: the actor a phrase `[a, b)` names when a possessor
    /// noun, then its possessive ending, then at most five lower-case words with no
    /// preposition, end in a noun for the possessor's data or documents (`data_nouns.txt`,
    /// `document_nouns.txt`, `finding_sources.txt`) or its voice (`possessed_parts.tsv`,
    /// voice), with nothing capitalised and no role after it ("the bloc's data show",
    /// "Carter's campaign said", "the BMC's latest report released"): the possessor speaks.
    /// At most a determiner and three capitalised words before the possessive word. The
    /// possessor is a person by that name, an actor named so, or an organisation among the
    /// latest subjects, then the latest speakers, whose name holds the word; a proper name
    /// no one bore before names a new organisation; a common noun found nowhere leaves the
    /// phrase read as before.
    pub(super) fn noun_possessed(&mut self, a: usize, b: usize) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        let det = usize::from(cls(tk, lx, a) & class::DET != 0);
        let p = (a + det..b.min(a + det + 4))
            .take_while(|&k| is_word(tk, k))
            .find(|&k| lx.possessor(tk.lw(k)).is_some())?;
        let proper = tk.toks[p].upper;
        if (a + det..p).any(|k| !tk.toks[k].upper) || p > a + det && !proper {
            return None;
        }
        let plain =
            |k: usize| is_word(tk, k) && !tk.toks[k].upper && cls(tk, lx, k) & class::PREP == 0;
        let voice = |w: &str| {
            lx.data_nouns.contains(w)
                || lx.document_nouns.contains(w)
                || lx.finding_sources.contains(w)
                || lx.possessed_parts.get(w).map(String::as_str) == Some("voice")
        };
        let noun = (p + 1..b.min(p + 6))
            .take_while(|&k| plain(k))
            .find(|&k| voice(tk.lw(k)))?;
        if (noun + 1..b).any(|k| tk.toks[k].upper || tk.is_role(lx, k)) {
            return None;
        }
        let stem = lx.possessor(tk.lw(p))?;
        let written = tk.raw(p).get(..stem.len()).unwrap_or(stem);
        let name = (a + det..p)
            .map(|k| tk.raw(k))
            .chain([written])
            .collect::<Vec<_>>()
            .join(" ");
        if proper {
            if let Some(i) = self.actor_named(&name) {
                return Some(i);
            }
            if let Some(i) = self.person_with(&[stem], true) {
                return Some(i);
            }
            let before = self.names.partition_point(|n| n.pos < a);
            if let Some(n) = self.names[..before]
                .iter()
                .rev()
                .take(SALIENT_WINDOW)
                .find(|n| n.tokens.last() == Some(&stem))
                .cloned()
            {
                return self.actor_for(&Info::person_named(&n), a, false);
            }
        }
        let holds = |x: &ActorRec| {
            x.kind != ActorType::Person
                && x.canonical.split(' ').any(|w| w.eq_ignore_ascii_case(stem))
        };
        let subject = self
            .salient
            .iter()
            .rev()
            .filter(|s| s.0 < a)
            .take(SALIENT_WINDOW)
            .map(|s| s.1);
        let speaker = self
            .speakers
            .iter()
            .rev()
            .filter(|s| s.0 < a)
            .take(SALIENT_WINDOW)
            .map(|s| s.1);
        let found = subject.chain(speaker).find(|&i| holds(&self.actors[i]));
        if found.is_some() || !proper {
            return found;
        }
        // (a proper name no one bore before: the organisation so named, "the BMC's report")
        Some(self.push_actor(ActorRec::bare(name, ActorType::Organization)))
    }

    /// Construction `possessive-role-cataphora`: a role after the possessive of a body or of
    /// anyone ("its chief executive", « son directeur », not "her lawyer") that no one named
    /// before holds, when the next sentence names a person first (in two words, none an
    /// organisation's noun), with no role or this one, is that person ("Lanvex will close a
    /// plant, its chief executive said. Ann Ford said …": Ann Ford).
    pub(super) fn possessive_role_cataphora(&self, a: usize, b: usize) -> Option<NameMention<'t>> {
        let (tk, lx) = (self.tk, self.lx);
        if !is_word(tk, a) || b <= a + 1 || b - a > 4 {
            return None;
        }
        let feature = lx.possessives.get(tk.lw(a))?.as_str();
        let noun = tk.lw(b - 1);
        let plain = (a + 1..b)
            .all(|k| is_word(tk, k) && !tk.toks[k].upper && cls(tk, lx, k) & class::PREP == 0);
        if !["thing", "one", "pl"].contains(&feature)
            || !plain
            || !(a + 1..b).any(|k| tk.is_role(lx, k))
            || lx.possessed_parts.contains_key(noun)
            || lx.is_org(noun)
        {
            return None;
        }
        let words = self.text(a + 1, b).to_lowercase();
        let from = self.names.partition_point(|n| n.pos < b);
        let n = self.names[from..]
            .iter()
            .take(12)
            .take_while(|n| self.units_between(a, n.pos) <= 1)
            .find(|n| n.person_like() && !self.same_unit(a, n.pos))?;
        let person = n.tokens.len() >= 2
            && !n.tokens.iter().any(|w| with_lowercase(w, |l| lx.is_org(l)))
            && n.role.as_deref().is_none_or(|r| roles_match(lx, r, &words))
            && self
                .actor_named(&n.text)
                .is_none_or(|i| self.actors[i].kind == ActorType::Person);
        // (a holder named before is that holder, unless it is this person again; not a
        // name after a preposition, the role's domain: "chief executive of Zorvex Books")
        let before = self.names.partition_point(|m| m.pos < a);
        let other_holder = self.names[before.saturating_sub(300)..before]
            .iter()
            .any(|m| {
                m.text != n.text
                    && m.role
                        .as_deref()
                        .is_some_and(|r| roles_match(lx, r, &words))
                    && !(m.pos > 0 && cls(tk, lx, m.pos - 1) & class::PREP != 0)
            });
        (person && !other_holder).then(|| n.clone())
    }

    /// The possessor a possessive at `a` names when no subject or speaker was noted before
    /// it: the capitalised words that open its unit before a lower-case word, one word for a
    /// thing
    /// ("Lanvex expects a loss, its chief executive said": Lanvex).
    fn unit_owner(&mut self, a: usize, feature: &str) -> Option<usize> {
        let tk = self.tk;
        let unit = tk.units.partition_point(|&(_, e)| e <= a);
        let &(us, ue) = tk.units.get(unit)?;
        let mut e = us;
        while e < a.min(ue) && is_word(tk, e) && tk.toks[e].upper {
            e += 1;
        }
        if e == us || e >= a || !is_word(tk, e) || tk.toks[e].upper {
            return None;
        }
        let info = self.classify(us, e);
        let name = info.name.as_ref()?;
        let thing = name.len() == 1 && info.role.is_none() && !info.plural;
        if feature == "thing" && !thing || !["thing", "one"].contains(&feature) {
            return None;
        }
        let info = Info::clone(&info);
        self.actor_for(&info, us, false)
    }

    /// The name of the body `noun` of `owner` by the language's form, a preposition before
    /// the owner elided before a vowel (« entourage d'Anne Roy »).
    fn possessed_name(&self, owner: &str, noun: &str) -> String {
        let form = self.lx.possessed_form.as_str();
        let (before, after) = form.split_once("{owner}").unwrap_or((form, ""));
        let mut before = before.to_string();
        let vowel = crate::chars::fold(owner).starts_with(['a', 'e', 'i', 'o', 'u', 'y']);
        if let Some((head, prep)) = before.trim_end().rsplit_once(' ') {
            if let Some(elided) = self.lx.elisions.get(prep).filter(|_| vowel) {
                before = format!("{head} {elided}");
            }
        }
        format!("{before}{owner}{after}").replace("{noun}", noun)
    }

    /// The end of a name apposed to a role or organisation source at `comma` when the name
    /// closes its sentence ("according to its head, Dr Ann Lee."): capitalised words (a title
    /// and initials with their periods) up to the unit's end `ue`, with only punctuation
    /// after them.
    pub(super) fn final_apposition(&self, a: usize, comma: usize, ue: usize) -> Option<usize> {
        let (tk, lx) = (self.tk, self.lx);
        let head = (a..comma).rev().find(|&k| is_word(tk, k))?;
        // (a role, an organisation, or any noun after a possessive: "her publisher")
        let possessed = is_word(tk, a) && lx.possessives.contains_key(tk.lw(a));
        if !tk.is(comma, ",") || !(possessed || tk.is_role(lx, head) || lx.is_org(tk.lw(head))) {
            return None;
        }
        let mut j = comma + 1;
        while j < ue {
            let word =
                is_word(tk, j) && (tk.toks[j].upper || name_particle(tk, j) && j > comma + 1);
            let period = tk.is(j, ".") && j + 1 < ue && is_word(tk, j + 1) && tk.toks[j + 1].upper;
            if !word && !period {
                break;
            }
            j += 1;
        }
        let words = (comma + 1..j).filter(|&k| is_word(tk, k)).count();
        let closes = (j..ue).all(|k| !is_word(tk, k) && tk.toks[k].kind != Kind::Open);
        ((1..=6).contains(&words) && closes).then_some(j)
    }
}
