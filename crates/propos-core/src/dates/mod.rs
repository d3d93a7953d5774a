//! Dates: expressions naming a calendar day or month, resolved against the
//! publication date.
//!
//! Forms: absolute ("le 16 novembre", "jeudi 18 janvier 2024", "November 16"),
//! numeric ("samedi (2/11)", "31/10/2024", "2024-11-02"), months ("en juin",
//! "février 2022", "fin juin"), weekdays ("vendredi", "lundi dernier", "on Friday"),
//! relative days and months ("hier", "le mois dernier", "yesterday") and anaphora
//! ("le même jour", "le lendemain", "two days later", "le mois suivant").
//!
//! A bare weekday or month is the last one in a past clause ("the House passed the
//! bill on Wednesday") and the next one in a future clause ("jeudi, le ministre
//! présentera"): the tense is told by the marker word nearest to the date in its
//! clause (`tense_markers.tsv`); a month joined to a month before it, with at most
//! the participle of an elliptic clause between, takes its tense ("to be published in
//! April and debated in May": construction `coordinated-month`).
//!
//! Resolution uses a reference date, the *anchor*: the publication date when known,
//! else a publication date stated in the text ("Publié le 25/09/2013", a
//! "date 2025-05" line), else a day given with "demain"/"hier"/"aujourd'hui", else
//! the year pinned by weekday + day + month mentions ("samedi (2/11)"). Weekdays and
//! relative days need a day-precise anchor; otherwise their value is null. A year is
//! only given when it is certain; else the partial form `--MM-DD` / `--MM` is kept.
//!
//! Statement dates ([`date_statements`]) come from the reporting clause, not from what is
//! reported: a day in the subject of an indirect content, before its verb, is the day of
//! the fact ("said their scan on Friday evening was clear": construction
//! `content-subject-day`); a day in a quotation dates no statement after it (construction
//! `quoted-day-no-lead`); a headline or lead statement that names no day takes the day of
//! the report by its speaker that the story tells next ("Lula promet …", then "Lula a
//! promis jeudi …": construction `lead-report-echo`); the updates of a live report are
//! found by their clock stamps, followed by a stop or a half of the day ("19h40. Le
//! parquet …", "7.52am GMT": construction `live-stamp-forms`).
//!
//! Complexity: linear in the article's size — each sentence's tokens are scanned
//! once for date forms looked up in hashed lexicons; `examples/scaling.rs` times it on hostile inputs.

pub(crate) mod calendar;

use calendar::{civil_from_days, days_from_civil, valid, valid_day_month, weekday, Value};

use crate::chars::{ceil_boundary, floor_boundary};
use crate::figures::text::{Kind, SentenceTokens, Tokens};
use crate::hash::{FastMap, FastSet};
use crate::language::dates::{Conventions, Lexicon, Rel, Role, Tense, TenseMarkers};
use crate::language::Language;
use crate::layout::BlockKind;
use crate::spans::SpanIndex;
use crate::{DateMention, Doc, Granularity, Lang, Statement, StatementKind};

impl TenseMarkers {
    /// Whether the date starting at token `i` is a time limit: opened by a deadline
    /// word ("until Friday") or right after a deadline phrase ("until at least Monday").
    fn deadline(&self, t: &Tokens, i: usize) -> bool {
        self.deadlines
            .match_at(t, i)
            .is_some_and(|(last, _)| last == i)
            || self.deadlines.match_before(t, i, 4).is_some()
    }

    /// Whether the date starting at token `i` is a day something already took effect on
    /// ("took effect on Jan. 1").
    fn completed(&self, t: &Tokens, i: usize) -> bool {
        self.completed.match_before(t, i, 5).is_some()
    }

    /// Whether the date starting at token `i` is a day something is set for: right after
    /// a scheduling phrase ("scheduled for Friday"), or opened by the last word of one
    /// ("planned" + "for May").
    fn scheduled(&self, t: &Tokens, i: usize) -> bool {
        self.scheduled.match_before(t, i, 5).is_some()
            || t.next_word(i)
                .is_some_and(|n| self.scheduled.match_before(t, n, 5).is_some())
    }

    /// The tense the word at `k` marks: none for a past after an infinitive word, a
    /// modal or a present copula ("plans to cut rates", "may cut", "are suspended"), none
    /// at all after a comparison ("than expected").
    fn at(&self, t: &Tokens, k: usize) -> Option<Tense> {
        let tense = self.of(t.low(k))?;
        if t.prev_word(k)
            .is_some_and(|p| self.comparatives.contains(t.low(p)))
        {
            return None;
        }
        let after_infinitive = t.prev_word(k).is_some_and(|p| {
            let p = t.low(p);
            self.infinitives.contains(p) || self.modals.contains(p) || self.copulas.contains(p)
        });
        (tense == Tense::Future || !after_infinitive).then_some(tense)
    }

    /// Whether a lower-case word is a conditional, by itself or by its ending.
    fn conditional(&self, word: &str) -> bool {
        self.conditionals.contains(word)
            || !self.words.contains_key(word)
                && self.conditionals.iter().any(|c| {
                    c.strip_prefix('*').is_some_and(|e| {
                        word.ends_with(e) && word.chars().count() >= e.chars().count() + 3
                    })
                })
    }

    /// Whether the word at `k`, right before a date, is a past participle by its ending
    /// (« publiés », not « la rentrée »): a past marker.
    fn participle(&self, t: &Tokens, k: usize) -> bool {
        let word = t.low(k);
        !self.words.contains_key(word)
            && self.participles.iter().any(|e| {
                word.ends_with(e.as_str()) && word.chars().count() >= e.chars().count() + 3
            })
            && !t
                .prev_word(k)
                .is_some_and(|p| self.determiners.contains(t.low(p)))
    }

    /// The tense a lower-case word marks, if any.
    fn of(&self, word: &str) -> Option<Tense> {
        if let Some(&tense) = self.words.get(word) {
            return tense;
        }
        // the last byte first: most words end in none of the endings' last bytes
        let last = word.as_bytes().last();
        if last.is_none_or(|&b| self.ending_last_bytes[usize::from(b / 64)] & 1 << (b % 64) == 0) {
            return None;
        }
        self.endings
            .iter()
            .find(|(e, _)| {
                e.as_bytes().last() == last
                    && word.ends_with(e.as_str())
                    && word.chars().count() >= e.chars().count() + 3
            })
            .and_then(|&(_, tense)| tense)
    }
}

fn lexicon(lang: Lang) -> &'static Lexicon {
    &Language::of(lang).dates
}

/// A date expression before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Form {
    Day {
        year: Option<i32>,
        month: u8,
        day: u8,
        weekday: Option<u8>,
        role: Role,
        /// "demain 12 mai": the day is this many days from the day of writing.
        relative: Option<i32>,
        /// "12/04/2026" where the order is unknown: day and month may be swapped, the
        /// reading nearer the day of writing is taken.
        swap: bool,
    },
    Month {
        year: Option<i32>,
        month: u8,
        role: Role,
    },
    Weekday {
        weekday: u8,
        role: Role,
    },
    /// An ordinal day without its month ("on the 5th"): a day of the month of writing
    /// or of the month before or after it.
    MonthDay {
        day: u8,
        role: Role,
    },
    Rel(Rel),
}

impl Form {
    /// The role of its prefix or suffix word, if it has one.
    fn role(self) -> Option<Role> {
        match self {
            Form::Day { role, .. }
            | Form::Month { role, .. }
            | Form::Weekday { role, .. }
            | Form::MonthDay { role, .. } => Some(role),
            Form::Rel(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Raw {
    start: usize,
    end: usize,
    form: Form,
    /// Preceded by a publication label ("Publié le").
    labelled: bool,
    /// The tense of its clause, when a marker word tells it.
    tense: Option<Tense>,
    /// No marker in reach, but all those of its sentence are past.
    past_sentence: bool,
    /// Years from the year of writing ("in March last year": -1).
    year_shift: Option<i32>,
    /// A day something already took effect on: the last one (`TenseMarkers::completed`).
    completed: bool,
    /// "Tomorrow" in a sentence that also says "today": read as the time to come in
    /// general when quoted ("what we spend today we don't spend tomorrow").
    beside_today: bool,
    /// A weekday joined to a weekday before it that is not past ("on Monday, then on
    /// Wednesday"): it comes after that one.
    follows: bool,
}

/// How far (in tokens, spaces included) apart two weekdays joined by a coordinator are
/// read as one list ("lundi, puis le Monténégro mercredi").
const COORDINATION_REACH: usize = 12;

/// Scans the tokens of one sentence (or block) for date expressions.
fn scan(t: &Tokens, lang: Lang, out: &mut Vec<Raw>) {
    let lex = lexicon(lang);
    let first_word = (0..t.len()).find(|&i| t.is(i, Kind::Word));
    // The dates of the sentence (first token, last token, form), then the tense of
    // each from the marker words outside every date ("prochain" in "le 26 juillet
    // prochain" says nothing of "le 17 novembre").
    let mut found: Vec<(usize, usize, Form)> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // dates start on a word or a number
        if !matches!(t.kind(i), Kind::Word | Kind::Digits) {
            i += 1;
            continue;
        }
        match scan_at(t, i, lex, first_word == Some(i)) {
            Some((last, form)) => {
                let opened_by_word = t.is(i, Kind::Word);
                found.push((i, last, form));
                i = last + 1;
                // "Nov. 20-21": the second day of the month, a date of its own.
                let second = opened_by_word.then(|| second_day(t, last, lex, form));
                if let Some((d2, dl2, second)) = second.flatten() {
                    found.push((d2, dl2, second));
                    i = dl2 + 1;
                }
            }
            None => i += 1,
        }
    }
    if found.is_empty() {
        return;
    }
    let markers = tense_markers(t, lex, &found);
    let today = found
        .iter()
        .any(|&(_, _, form)| matches!(form, Form::Rel(Rel::Day(0))));
    // the tense of the date before, if a weekday
    let mut weekday_before: Option<Tense> = None;
    // the tense of the date before, if a month without a year
    let mut month_before: Option<Tense> = None;
    for (n, &(i, mut last, form)) in found.iter().enumerate() {
        // "today" beside a quantity is the present state, no day ("employs today 1,600
        // people", « passer de 1,7 aujourd'hui à 1,4 en 2050 »); not before a clock time
        // ("Aujourd'hui à 06:30" is past the word after it)
        if matches!(form, Form::Rel(Rel::Day(0))) && quantity_near(t, i, last, lex, 0) {
            continue;
        }
        // a date between commas after a fronted phrase, or a weekday closing one
        // ("Speaking at a briefing on Wednesday, he warned"; construction
        // `fronted-phrase-day`), before a comma with no tense marker before it
        // ("Later, on March 5, the minister resigned", "Le lendemain, le 5 mars, il a
        // démissionné"): the main clause after it tells its tense, as for a date that
        // opens the sentence ("Asked about a cut in December, she declined" keeps its month
        // to come)
        let weekday = matches!(form, Form::Weekday { .. } | Form::Rel(_));
        let after = t.skip_space(last + 1);
        let fronted = (weekday || t.prev_non_space(i).is_some_and(|p| t.is_punct(p, ",")))
            && after < t.len()
            && t.is_punct(after, ",")
            && markers.words.first().is_none_or(|&(m, _)| m > last);
        // "said work would start in April" is a coming April, "said in May that the works
        // would end in June" the June after May
        // a past marker before a "since" date is that date's ("closed since February
        // and stays shut until the end of March")
        let floor = n
            .checked_sub(1)
            .map(|p| found[p])
            .filter(|&(_, _, f)| f.role() == Some(Role::Since))
            .map(|(_, last, _)| last);
        let tense = markers.nearest(
            (i, last),
            floor,
            first_word == Some(i) || fronted,
            !weekday,
            n == 0,
            matches!(form, Form::Month { .. }),
        );
        // a time limit on a weekday, a day of the month or a month is a coming one
        // ("until Friday", "by June", « dès janvier »); a day and month keeps the nearest
        // ("jusqu'au 12 décembre")
        // so is one after a past word when a future marker or a verb of forecast or
        // promise opens its clause before it ("would present measures for affected
        // workers before the end of January", "predicted no move before March")
        let limit = matches!(
            form,
            Form::Weekday { .. } | Form::MonthDay { .. } | Form::Month { year: None, .. }
        ) && lex.tense.deadline(t, i)
            && (tense != Some(Tense::Past) || markers.ahead(t, lex, i));
        // a day something is set for is a coming one ("the vote, scheduled for Thursday",
        // "set sentencing for March 18", « le procès a été renvoyé au 12 janvier »)
        let tense = if limit || lex.tense.scheduled(t, i) {
            Some(Tense::Future)
        } else {
            tense
        };
        // "will face Sweden on Monday, then Montenegro on Wednesday", « appelle à
        // manifester samedi, puis dimanche »: a weekday joined to one before it, with no
        // marker between, comes after it, and shares its future
        let is_weekday = matches!(form, Form::Weekday { .. });
        let follows = is_weekday
            && n > 0
            && tense.is_none()
            && weekday_before != Some(Tense::Past)
            && matches!(found[n - 1].2, Form::Weekday { .. })
            && {
                let before = found[n - 1].1;
                let k = markers.words.partition_point(|&(m, _)| m <= before);
                i - before <= COORDINATION_REACH
                    && markers.words.get(k).is_none_or(|&(m, _)| m > i)
                    && (before + 1..i)
                        .any(|k| t.is(k, Kind::Word) && lex.coordinators.contains(t.low(k)))
            };
        let tense = if follows { weekday_before } else { tense };
        // "is expected to be published in April and debated in May", « sera publié en
        // avril et débattu en mai »: a month joined to a month before it, with nothing
        // between but the participle of an elliptic clause, takes its tense (construction
        // `coordinated-month`), unless it is a time limit or a day set ("until the end of
        // March")
        let bare_month = matches!(form, Form::Month { year: None, .. });
        let coordinated_month = bare_month
            && tense != Some(Tense::Future)
            && month_before.is_some()
            && matches!(found[n - 1].2, Form::Month { year: None, .. })
            && {
                let before = found[n - 1].1;
                let coordinator =
                    |k: usize| t.is(k, Kind::Word) && lex.coordinators.contains(t.low(k));
                i - before <= COORDINATION_REACH
                    && (before + 1..i).any(coordinator)
                    && markers.words[markers.words.partition_point(|&(m, _)| m <= before)..]
                        .iter()
                        .take_while(|&&(m, _)| m < i)
                        .all(|&(m, marked)| {
                            marked == Tense::Past && t.prev_word(m).is_some_and(coordinator)
                        })
            };
        let tense = if coordinated_month {
            month_before
        } else {
            tense
        };
        month_before = if bare_month { tense } else { None };
        // "today" with no tense of its own a few words from a quantity is the present
        // state too (« la part de produits bio, aujourd'hui de 18 % », "emploie aujourd'hui
        // quelque 1 600 salariés", "43 euros today, against 40"; construction
        // `today-present-state`); "confirmed today that 300 jobs" keeps its day
        if matches!(form, Form::Rel(Rel::Day(0)))
            && tense.is_none()
            && quantity_near(t, i, last, lex, QUANTITY_WORDS)
        {
            continue;
        }
        weekday_before = if is_weekday { tense } else { None };
        // "in March last year", "le 5 mars de l'an dernier"
        let mut year_shift = None;
        if matches!(
            form,
            Form::Day { year: None, .. }
                | Form::Month { year: None, .. }
                | Form::Rel(Rel::SameMonth)
        ) {
            let j = t.skip_space(last + 1);
            if j > last + 1 {
                if let Some((end, &shift)) = lex.year_shifts.match_at(t, j) {
                    year_shift = Some(shift);
                    last = end;
                }
            }
        }
        out.push(Raw {
            start: t.toks[i].start,
            end: t.toks[last].end,
            form,
            labelled: lex.labels.match_before(t, i, 4).is_some(),
            tense,
            past_sentence: tense.is_none() && markers.all_past,
            year_shift,
            completed: lex.tense.completed(t, i),
            beside_today: matches!(form, Form::Rel(Rel::Day(1))) && today,
            follows,
        });
    }
}

/// The most words between "today" with no tense of its own and a quantity
/// (construction `today-present-state`).
const QUANTITY_WORDS: usize = 2;

/// Whether a number (not a clock time) stands at most `words` words before token `first`
/// or after token `last`, with nothing but words and spaces between (0: right beside it).
fn quantity_near(t: &Tokens, first: usize, last: usize, lex: &Lexicon, words: usize) -> bool {
    let number = |k: usize| {
        t.is(k, Kind::Digits) && {
            let stamp: String = (k..(k + 3).min(t.len())).map(|j| t.str(j)).collect();
            clock_stamp(&stamp, &lex.conventions).is_none()
        }
    };
    let mut k = last;
    for _ in 0..=words {
        let n = t.skip_space(k + 1);
        if n == k + 1 || n >= t.len() {
            break;
        }
        if number(n) {
            return true;
        }
        if !t.is(n, Kind::Word) {
            break;
        }
        k = n;
    }
    let mut k = first;
    for _ in 0..=words {
        let Some(p) = t.prev_non_space(k) else {
            break;
        };
        if p + 1 == k {
            break;
        }
        if t.is(p, Kind::Digits) {
            return true;
        }
        if !t.is(p, Kind::Word) {
            break;
        }
        k = p;
    }
    false
}

/// The second day of "Nov. 20-21" after the first date `form` (opened by a word, not
/// "18-19 November") ending at token `last`, in a language that writes the day after the
/// month: its last token and form.
fn second_day(t: &Tokens, last: usize, lex: &Lexicon, form: Form) -> Option<(usize, usize, Form)> {
    let Form::Day {
        year: None,
        month,
        day,
        role,
        ..
    } = form
    else {
        return None;
    };
    let ends_on_day = t.is(last, Kind::Digits) || lex.ordinal_suffixes.contains(t.low(last));
    if !lex.conventions.month_day || !ends_on_day {
        return None;
    }
    let first = if matches!(t.str(last + 1), "-" | "–") {
        last + 2
    } else {
        // "Nov. 12 to 14", "March 3 and 5": a day after a pair link, ending the phrase
        let link = t.skip_space(last + 1);
        let k = t.skip_space(link + 1);
        let linked =
            link > last + 1 && t.is(link, Kind::Word) && lex.pair_links.contains(t.low(link));
        let after = t.skip_space(k + 1);
        let ends = !t.is(after, Kind::Word)
            || t.str(after).starts_with(char::is_uppercase)
            || lex.prefixes.contains_key(t.low(after));
        if !linked || k == link + 1 || !ends || t.is_punct(after, "%") {
            return None;
        }
        k
    };
    let (d2, dl2) = day_at(t, first, lex)?;
    // "on 14 and 15 December", "on 14-15 December": the second day has a month of its own
    let after = t.skip_space(dl2 + 1);
    if after > dl2 + 1 && t.is(after, Kind::Word) && month_at(t, after, lex).is_some() {
        return None;
    }
    if d2 <= day || !valid_day_month(month, d2) || t.is(dl2 + 1, Kind::Digits) {
        return None;
    }
    let second = Form::Day {
        year: None,
        month,
        day: d2,
        weekday: None,
        role,
        relative: None,
        swap: false,
    };
    Some((first, dl2, second))
}

/// The tense marker words and the commas of a sentence, in text order.
struct Markers {
    /// The markers.
    words: Vec<(usize, Tense)>,
    /// Whether there is a marker other than a conditional or a modal and every one is past.
    all_past: bool,
    /// The conditionals among the markers: the tense of a month or a day after them only
    /// ("said work would start in April", not "talks in June would resume"), and not
    /// after another date of the sentence ([`Markers::nearest`]).
    conditionals: Vec<usize>,
    /// The markers without the modals, which do not tell the tense of a weekday ("said it
    /// may raise rates on Thursday": said on Thursday).
    unmodal: Vec<(usize, Tense)>,
    commas: Vec<usize>,
    /// The complementizers and comparison words: a marker after one is in another clause
    /// than a date before it.
    complementizers: Vec<usize>,
}

/// How far (in tokens, spaces included) a tense marker is read from a date.
const TENSE_REACH: usize = 16;

/// How far back a future marker is read: a future auxiliary or modal governs the
/// whole clause after it ("will hold a second round of talks on the programme on
/// Saturday"), a past marker may be a participle of a clause that ended before.
const TENSE_REACH_BEFORE: usize = 32;

fn tense_markers(t: &Tokens, lex: &Lexicon, dates: &[(usize, usize, Form)]) -> Markers {
    let mut words: Vec<(usize, Tense)> = Vec::new();
    let mut next_date = 0;
    for k in 0..t.len() {
        while dates.get(next_date).is_some_and(|&(_, last, _)| last < k) {
            next_date += 1;
        }
        let in_date = dates
            .get(next_date)
            .is_some_and(|&(first, _, _)| first <= k);
        if in_date || !t.is(k, Kind::Word) || !t.str(k).starts_with(char::is_lowercase) {
            continue;
        }
        let before_date = || {
            dates
                .get(next_date)
                .is_some_and(|&(first, _, _)| t.next_word(k) == Some(first))
        };
        if lex.tense.copulas.contains(t.low(k)) && before_date() {
            words.push((k, Tense::Future));
            continue;
        }
        // "urged residents to stay home on Sunday": what an appeal asks for is to come
        if lex.tense.appeals.contains(t.low(k)) {
            let date = dates.get(next_date).map_or(k, |&(first, _, _)| first);
            if (k + 1..date.min(k + TENSE_REACH_BEFORE)).any(|j| {
                t.is(j, Kind::Word) && {
                    let w = t.low(j);
                    lex.tense.infinitives.contains(w) || lex.tense.appeal_links.contains(w)
                }
            }) {
                words.push((k, Tense::Future));
                continue;
            }
        }
        let Some(mut tense) = lex
            .tense
            .at(t, k)
            .or_else(|| (before_date() && lex.tense.participle(t, k)).then_some(Tense::Past))
        else {
            continue;
        };
        // "will be held": the participle of a future.
        if let Some(&(before, Tense::Future)) = words.last() {
            if t.prev_word(k) == Some(before) {
                tense = Tense::Future;
            }
        }
        words.push((k, tense));
    }
    let unmodal = words
        .iter()
        .copied()
        .filter(|&(k, _)| !lex.tense.modals.contains(t.low(k)))
        .collect();
    // a conditional says nothing of a sentence all past, nor does a modal, present
    // ("said on Friday that Kenyans have reached the limit of what they can carry")
    let unconditional = words.iter().filter(|&&(k, _)| {
        let w = t.low(k);
        !lex.tense.conditional(w) && !lex.tense.modals.contains(w)
    });
    let all_past = unconditional.clone().next().is_some()
        && unconditional
            .clone()
            .all(|&(_, tense)| tense == Tense::Past);
    let conditionals = words
        .iter()
        .map(|&(k, _)| k)
        .filter(|&k| lex.tense.conditional(t.low(k)))
        .collect();
    // a comma between digits groups a number ("12,000 visits"): it ends no clause
    let digit = |k: usize, end: bool| {
        let s = t.str(k);
        if end {
            s.ends_with(|c: char| c.is_ascii_digit())
        } else {
            s.starts_with(|c: char| c.is_ascii_digit())
        }
    };
    let commas = (0..t.len())
        .filter(|&k| t.is_punct(k, ",") && !(k > 0 && digit(k - 1, true) && digit(k + 1, false)))
        .collect();
    let complementizers = (0..t.len())
        .filter(|&k| {
            t.is(k, Kind::Word) && {
                let w = t.low(k);
                lex.tense.complementizers.contains(w) || lex.tense.comparatives.contains(w)
            }
        })
        .collect();
    Markers {
        words,
        all_past,
        conditionals,
        unmodal,
        commas,
        complementizers,
    }
}

impl Markers {
    /// Whether a future marker or a verb of forecast or promise
    /// ([`TenseMarkers::prospects`]) stands before token `i` in its clause, within
    /// [`TENSE_REACH_BEFORE`].
    fn ahead(&self, t: &Tokens, lex: &Lexicon, i: usize) -> bool {
        let from = i.saturating_sub(TENSE_REACH_BEFORE);
        let k = self.words.partition_point(|&(m, _)| m < from);
        let future = self.words[k..]
            .iter()
            .take_while(|&&(m, _)| m < i)
            .any(|&(m, tense)| tense == Tense::Future && !self.comma_between(m, i));
        future
            || (from..i).any(|j| {
                t.is(j, Kind::Word)
                    && lex.tense.prospects.contains(t.low(j))
                    && !self.comma_between(j, i)
            })
    }

    fn comma_between(&self, a: usize, b: usize) -> bool {
        between(&self.commas, a, b)
    }

    /// The tense of the marker nearest to the tokens `first..=last` (the one before on a
    /// tie), within reach ([`TENSE_REACH`], [`TENSE_REACH_BEFORE`] for a future marker
    /// before) and the same clause: not across a comma, unless the
    /// date opens the sentence ("Jeudi, le ministre présentera …"), nor after a
    /// complementizer ("told X on Thursday that it should …"); modals only when
    /// `modals`; a conditional (always read for a weekday) before a month or a day only
    /// when `conditional`; a past marker only after `floor`. With `past_before` (a
    /// month), a past marker before the date in its clause wins over a nearer marker after
    /// it, which is the verb of what follows ("released $150 million in November and
    /// expected more by June", « a versé 80 millions en octobre et versera le reste »;
    /// construction `month-past-verb-before`).
    fn nearest(
        &self,
        (first, last): (usize, usize),
        floor: Option<usize>,
        opening: bool,
        modals: bool,
        conditional: bool,
        past_before: bool,
    ) -> Option<Tense> {
        let markers = if modals { &self.words } else { &self.unmodal };
        let read = |m: usize, before: bool| {
            !modals || (before && conditional) || self.conditionals.binary_search(&m).is_err()
        };
        let k = markers.partition_point(|&(m, _)| m < first);
        let before = markers[..k]
            .iter()
            .rev()
            .take_while(|&&(m, _)| first - m <= TENSE_REACH_BEFORE)
            .find(|&&(m, _)| read(m, true))
            .copied()
            .filter(|&(m, tense)| {
                let reach = match tense {
                    Tense::Future => TENSE_REACH_BEFORE,
                    Tense::Past => TENSE_REACH,
                };
                first - m <= reach
                    && !self.comma_between(m, first)
                    && (tense == Tense::Future || floor.is_none_or(|f| m > f))
            });
        let after = markers[k..]
            .iter()
            .skip_while(|&&(m, _)| m <= last)
            .take_while(|&&(m, _)| m - last <= TENSE_REACH)
            .find(|&&(m, _)| read(m, false))
            .copied()
            .filter(|&(m, _)| {
                (opening || !self.comma_between(last, m))
                    && !between(&self.complementizers, last, m)
            });
        if past_before && matches!(before, Some((_, Tense::Past))) {
            return Some(Tense::Past);
        }
        nearest_of(before, after, first, last)
    }
}

/// Whether a position of the sorted `positions` lies strictly between `a` and `b`.
fn between(positions: &[usize], a: usize, b: usize) -> bool {
    let k = positions.partition_point(|&c| c <= a);
    positions.get(k).is_some_and(|&c| c < b)
}

/// The nearer of two markers around `first..=last`, the one before on a tie.
fn nearest_of(
    before: Option<(usize, Tense)>,
    after: Option<(usize, Tense)>,
    first: usize,
    last: usize,
) -> Option<Tense> {
    match (before, after) {
        (Some((b, tb)), Some((a, ta))) => Some(if first - b <= a - last { tb } else { ta }),
        (Some((_, tense)), None) | (None, Some((_, tense))) => Some(tense),
        (None, None) => None,
    }
}

/// A date expression starting at token `i`: its last token and form.
fn scan_at(t: &Tokens, i: usize, lex: &Lexicon, sentence_first: bool) -> Option<(usize, Form)> {
    if t.is(i, Kind::Word) {
        if !lex.starter_filter.may_contain(t.str(i)) {
            return None;
        }
        let starter = *lex.starters.get(t.low(i))?;
        // "the beginning of October": an edge prefix of several words
        if let Some((last, _)) = starter
            .edge
            .then(|| lex.edge_phrases.match_at(t, i))
            .flatten()
        {
            let j = t.skip_space(last + 1);
            if let Some(found) = (j > last + 1)
                .then(|| core(t, j, lex, Role::Edge, true))
                .flatten()
            {
                return Some(found);
            }
        }
        if let Some((last, &rel)) = starter.phrase.then(|| lex.phrases.match_at(t, i)).flatten() {
            // "demain 12 mai": a relative day made explicit.
            if let Rel::Day(n) = rel {
                let mut j = t.skip_space(last + 1);
                if t.is_punct(j, ",") {
                    j = t.skip_space(j + 1);
                }
                if let Some((
                    end,
                    Form::Day {
                        year,
                        month,
                        day,
                        weekday,
                        swap,
                        ..
                    },
                )) = core(t, j, lex, Role::Plain, false)
                {
                    return Some((
                        end,
                        Form::Day {
                            year,
                            month,
                            day,
                            weekday,
                            role: Role::Plain,
                            relative: Some(n),
                            swap,
                        },
                    ));
                }
            }
            return Some((last, Form::Rel(rel)));
        }
        if let Some(role) = starter.prefix {
            // "depuis le 3 janvier": a plain prefix after a "since" one is a since
            // ("last" before "until" is rather a verb: "would last until Saturday")
            let since = t
                .prev_word(i)
                .filter(|&p| role == Role::Plain && t.spaced(p, i))
                .and_then(|p| lex.prefixes.get(t.low(p)))
                .is_some_and(|&r| r == Role::Since);
            let role = if since { Role::Since } else { role };
            // "en juin", "mi-mars"
            let j = if t.is_punct(i + 1, "-") {
                i + 2
            } else {
                t.skip_space(i + 1)
            };
            if j > i + 1 {
                if let Some(found) = core(t, j, lex, role, true) {
                    return Some(found);
                }
                // "since the month of March": a month only
                if let Some((end, _)) = lex.month_nouns.match_at(t, j) {
                    let k = t.skip_space(end + 1);
                    if let Some(found @ (_, Form::Month { .. })) = core(t, k, lex, role, true) {
                        return Some(found);
                    }
                }
            }
        }
    }
    core(
        t,
        i,
        lex,
        Role::Plain,
        // a scheduling phrase is a preposition of its own ("planned for May")
        sentence_first && !lex.conventions.names_capitalized
            || lex.tense.scheduled.match_before(t, i, 5).is_some(),
    )
}

/// Whether the ordinal day ending at token `dl` ("5th") stands alone, with no noun after
/// it ("the 5th anniversary", "on 2nd floor") nor its month ("the 1st of July"): nothing
/// after it but a day part ("on the 4th afternoon"), a complementizer, a date prefix or a
/// tense marker.
fn ordinal_alone(t: &Tokens, dl: usize, lex: &Lexicon) -> bool {
    let k = t.skip_space(dl + 1);
    let of_month = |w: &str| {
        lex.of_links.contains(w) && {
            let m = t.skip_space(k + 1);
            m > k + 1 && month_at(t, m, lex).is_some()
        }
    };
    !t.is(k, Kind::Digits)
        && (!t.is(k, Kind::Word) || {
            let w = t.low(k);
            month_at(t, k, lex).is_none()
                && !of_month(w)
                && (lex.day_parts.match_at(t, k).is_some()
                    || lex.tense.complementizers.contains(w)
                    || lex.prefixes.contains_key(w)
                    || lex.tense.at(t, k).is_some())
        })
}

fn digits_value(t: &Tokens, i: usize, max_len: usize) -> Option<u32> {
    if !t.is(i, Kind::Digits) || t.str(i).len() > max_len {
        return None;
    }
    t.str(i).parse().ok()
}

fn year_at(t: &Tokens, i: usize) -> Option<i32> {
    if !t.is(i, Kind::Digits) || t.str(i).len() != 4 {
        return None;
    }
    if t.is(i + 1, Kind::Digits) || (t.is(i + 1, Kind::Word)) {
        return None;
    }
    let y: i32 = t.str(i).parse().ok()?;
    (1000..=2200).contains(&y).then_some(y)
}

/// A day number at `i` ("16", "1er", "21st"): its value and last token.
fn day_at(t: &Tokens, i: usize, lex: &Lexicon) -> Option<(u8, usize)> {
    let d = digits_value(t, i, 2)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    if i > 0 && matches!(t.kind(i - 1), Kind::Digits | Kind::Word) {
        return None;
    }
    // "October 2,875 persons": the head of a number grouped in thousands
    if t.is_punct(i + 1, lex.number_group) && t.is(i + 2, Kind::Digits) && t.str(i + 2).len() == 3 {
        return None;
    }
    if t.is(i + 1, Kind::Word) {
        let suffix = t.low(i + 1);
        if lex.ordinal_suffixes.contains(suffix) {
            return Some((d as u8, i + 1));
        }
        return None;
    }
    Some((d as u8, i))
}

fn month_at(t: &Tokens, i: usize, lex: &Lexicon) -> Option<(u8, bool, usize)> {
    if !t.is(i, Kind::Word) {
        return None;
    }
    let month = lex.months.get(t.low(i))?;
    let (m, abbreviation) = (month.number, month.abbreviation);
    // "sept." keeps its period inside the expression.
    let last = if abbreviation && t.is_punct(i + 1, ".") {
        i + 1
    } else {
        i
    };
    Some((m, abbreviation, last))
}

/// "2/11", "31/10/2024", "31.10.2024": day, month, optional year, last token and whether
/// day and month may be read either way.
fn numeric_at(t: &Tokens, i: usize, lex: &Lexicon) -> Option<(u8, u8, Option<i32>, usize, bool)> {
    let a = digits_value(t, i, 2)?;
    let sep = if t.is(i + 1, Kind::Punct) {
        t.str(i + 1)
    } else {
        return None;
    };
    if !matches!(sep, "/" | ".") {
        return None;
    }
    let b = digits_value(t, i + 2, 2)?;
    let mut last = i + 2;
    let mut year = None;
    if t.is_punct(i + 3, sep) && t.is(i + 4, Kind::Digits) {
        let y = t.str(i + 4);
        let y: i32 = match y.len() {
            4 => y.parse().ok()?,
            2 => 2000 + y.parse::<i32>().ok()?,
            _ => return None,
        };
        year = Some(y);
        last = i + 4;
    }
    if t.is(last + 1, Kind::Digits)
        || (t.is(last + 1, Kind::Punct) && t.is(last + 2, Kind::Digits) && t.str(last + 1) == sep)
    {
        return None;
    }
    if sep == "." && year.is_none() {
        return None;
    }
    // Dotted dates are day first in every convention; an ambiguous slashed one with
    // its year is read against the day of writing.
    let (d, m, swap) = match lex.conventions.numeric_unambiguous {
        false => (a, b, false),
        true if a > 12 || sep == "." => (a, b, false),
        true if b > 12 => (b, a, false),
        true if year.is_some() => (a, b, a != b),
        true => return None,
    };
    if !valid_day_month(m as u8, d as u8) {
        return None;
    }
    Some((d as u8, m as u8, year, last, swap))
}

/// The year of a month joined at token `link` to a later month and its year ("January
/// and June 2025", "de janvier à juin 2025"); the year before if the second month comes
/// earlier in the year ("December to March 2025").
fn paired_month_year(t: &Tokens, link: usize, lex: &Lexicon, month: u8) -> Option<i32> {
    if !t.is(link, Kind::Word) || !lex.pair_links.contains(t.low(link)) {
        return None;
    }
    let k = t.skip_space(link + 1);
    let (m2, _, last) = month_at(t, k, lex).filter(|_| k > link + 1)?;
    if lex.conventions.names_capitalized && !t.str(k).starts_with(char::is_uppercase) {
        return None;
    }
    let j = t.skip_space(last + 1);
    let year = year_at(t, j).filter(|_| j > last + 1)?;
    Some(if month <= m2 { year } else { year - 1 })
}

/// Whether the capitalized weekday at `i` is a word of a name ("the Saturday Kitchen
/// favourite", "the Sunday Times"), in a language whose weekdays take a capital: a
/// capitalized word follows it, and the word before it is neither capitalized (but for
/// the first word of the sentence: "The Sunday Times") nor a tense marker ("said
/// Tuesday") nor a date prefix ("On Sunday President …"); or a capitalized epithet
/// of `weekday_epithets.txt` comes right before it ("Black Friday").
fn weekday_in_name(t: &Tokens, i: usize, lex: &Lexicon) -> bool {
    let epithet = t.prev_word(i).is_some_and(|p| {
        t.spaced(p, i)
            && t.str(p).starts_with(char::is_uppercase)
            && lex.weekday_epithets.contains(t.low(p))
    });
    if epithet {
        return true;
    }
    let named_after = t.next_word(i).is_some_and(|n| {
        t.spaced(i, n)
            && t.str(n).starts_with(char::is_uppercase)
            && !lex.months.contains_key(t.low(n))
            && !lex.weekdays.contains_key(t.low(n))
    });
    let before = t.prev_word(i).filter(|&p| t.spaced(p, i));
    named_after
        && before.is_some_and(|p| {
            (t.str(p).starts_with(char::is_lowercase) || t.prev_word(p).is_none())
                && lex.tense.of(t.low(p)).is_none()
                && !lex.prefixes.contains_key(t.low(p))
        })
}

/// The core of a date expression at token `i`, with the role of its prefix.
/// `context` is true after a prefix word ("en", "in", "le") or at the start of a sentence.
fn core(t: &Tokens, i: usize, lex: &Lexicon, prefix: Role, context: bool) -> Option<(usize, Form)> {
    let (last, form) = core_without_suffix(t, i, lex, prefix, context)?;
    // Suffix modifiers: "lundi dernier", "le 26 juillet prochain".
    let j = t.skip_space(last + 1);
    if j > last + 1 && t.is(j, Kind::Word) {
        if let Some(&role) = lex.suffixes.get(t.low(j)) {
            let form = match form {
                Form::Day {
                    year,
                    month,
                    day,
                    weekday,
                    relative,
                    swap,
                    ..
                } => Form::Day {
                    year,
                    month,
                    day,
                    weekday,
                    role,
                    relative,
                    swap,
                },
                Form::Month { year, month, .. } => Form::Month { year, month, role },
                Form::Weekday { weekday, .. } => Form::Weekday { weekday, role },
                other => other,
            };
            return Some((j, form));
        }
    }
    // "le samedi", "every Friday", "a normal Friday": any such day, not a date
    let habitual = matches!(form, Form::Weekday { .. })
        && t.prev_word(i)
            .is_some_and(|p| t.spaced(p, i) && lex.habitual.contains(t.low(p)));
    if habitual {
        return None;
    }
    Some((last, form))
}

fn core_without_suffix(
    t: &Tokens,
    i: usize,
    lex: &Lexicon,
    role: Role,
    context: bool,
) -> Option<(usize, Form)> {
    let day_form = |year, month, day, weekday| Form::Day {
        year,
        month,
        day,
        weekday,
        role,
        relative: None,
        swap: false,
    };
    let numeric_form =
        |(d, m, y, _, swap): (u8, u8, Option<i32>, usize, bool), weekday| Form::Day {
            year: y,
            month: m,
            day: d,
            weekday,
            role,
            relative: None,
            swap,
        };
    match t.kind(i) {
        Kind::Word => {
            let word = t.low(i);
            // a word that is no month, weekday or day article opens no date
            if !lex.core_words.may_hold(word) {
                return None;
            }
            // "on the 5th": an ordinal day after a preposition and an article, and no
            // noun after it ("the 5th anniversary").
            if context && lex.day_articles.contains(word) {
                let j = t.skip_space(i + 1);
                let (d, dl) = day_at(t, j, lex).filter(|_| j > i + 1)?;
                if dl > j && ordinal_alone(t, dl, lex) {
                    return Some((dl, Form::MonthDay { day: d, role }));
                }
                return None;
            }
            if let Some(&wd) = lex.weekdays.get(word) {
                if lex.conventions.names_capitalized && !t.str(i).starts_with(char::is_uppercase) {
                    return None;
                }
                if lex.conventions.names_capitalized && !context && weekday_in_name(t, i, lex) {
                    return None;
                }
                // "Tues., Dec. 3": an abbreviation with its period, before its day
                let abbreviation = lex.weekday_abbreviations.contains(word);
                let wd_last = if abbreviation {
                    if !t.is_punct(i + 1, ".") {
                        return None;
                    }
                    i + 1
                } else {
                    i
                };
                let mut j = t.skip_space(wd_last + 1);
                // "mardi soir (5/11)"
                if let Some((end, _)) = lex.day_parts.match_at(t, j) {
                    let k = t.skip_space(end + 1);
                    if t.is_punct(k, "(") || t.is(k, Kind::Digits) {
                        j = k;
                    }
                }
                if t.is_punct(j, ",") {
                    j = t.skip_space(j + 1);
                }
                // "samedi (2/11)"
                if t.is_punct(j, "(") {
                    if let Some(n) = numeric_at(t, j + 1, lex) {
                        if t.is_punct(n.3 + 1, ")") {
                            return Some((n.3 + 1, numeric_form(n, Some(wd))));
                        }
                    }
                    // "Tuesday (Nov. 12)", "mardi (12 novembre)"
                    let k = t.skip_space(j + 1);
                    if let Some((
                        last,
                        Form::Day {
                            year, month, day, ..
                        },
                    )) = core_without_suffix(t, k, lex, role, false)
                    {
                        let close = t.skip_space(last + 1);
                        if t.is_punct(close, ")") {
                            return Some((close, day_form(year, month, day, Some(wd))));
                        }
                    }
                }
                if j > wd_last + 1 {
                    if let Some(n) = numeric_at(t, j, lex) {
                        return Some((n.3, numeric_form(n, Some(wd))));
                    }
                    if let Some((
                        last,
                        Form::Day {
                            year, month, day, ..
                        },
                    )) = core_without_suffix(t, j, lex, role, false)
                    {
                        return Some((last, day_form(year, month, day, Some(wd))));
                    }
                }
                return (!abbreviation).then_some((i, Form::Weekday { weekday: wd, role }));
            }
            let (m, abbreviation, mut last) = month_at(t, i, lex)?;
            let capitalized = t.str(i).starts_with(char::is_uppercase);
            if lex.conventions.names_capitalized && !capitalized {
                return None;
            }
            let j = t.skip_space(last + 1);
            // English "November 16", "November 16th, 2024"
            if lex.conventions.month_day && j > last + 1 {
                if let Some((d, dl)) = day_at(t, j, lex) {
                    if valid_day_month(m, d) && !t.is(dl + 1, Kind::Digits) {
                        let mut end = dl;
                        let mut k = t.skip_space(dl + 1);
                        if t.is_punct(k, ",") {
                            k = t.skip_space(k + 1);
                        }
                        // "April 1/2023"
                        if t.is_punct(dl + 1, "/") {
                            k = dl + 2;
                        }
                        let year = year_at(t, k);
                        if year.is_some() {
                            end = k;
                        }
                        return Some((end, day_form(year, m, d, None)));
                    }
                }
            }
            if j > last + 1 {
                // "May of 2024": the year after a link word
                let jy = if lex.of_links.contains(t.low(j)) {
                    Some(t.skip_space(j + 1)).filter(|&k| k > j + 1)
                } else {
                    Some(j)
                };
                if let Some((jy, y)) = jy.and_then(|k| year_at(t, k).map(|y| (k, y))) {
                    return Some((
                        jy,
                        Form::Month {
                            year: Some(y),
                            month: m,
                            role,
                        },
                    ));
                }
                // "between January and June 2025": the year of the second month.
                if let Some(year) = paired_month_year(t, j, lex, m) {
                    return Some((
                        last,
                        Form::Month {
                            year: Some(year),
                            month: m,
                            role,
                        },
                    ));
                }
            }
            // A bare month needs a preposition, a modifier, or to be plainly a month.
            let next_word = t.next_word(last).map(|w| t.low(w));
            let has_suffix = next_word.is_some_and(|w| {
                lex.suffixes.contains_key(w) && t.spaced(last, t.next_word(last).unwrap_or(0))
            });
            // A title-case month of its own, not the first name of a name ("June Carter").
            let alone = capitalized
                && lex.bare_months.contains(t.low(i))
                && !t
                    .next_word(last)
                    .is_some_and(|w| t.spaced(last, w) && t.str(w).starts_with(char::is_uppercase));
            let plain = if lex.conventions.names_capitalized {
                // "to Jan Egeland" is no month; "in Nov." is, with its period.
                (!abbreviation || t.is_punct(last, ".") && role == Role::Plain && context)
                    && (context || alone)
            } else {
                !abbreviation && (!capitalized || context)
            };
            if role != Role::Plain || has_suffix || plain {
                if abbreviation && t.is_punct(last, ".") && role == Role::Plain && !has_suffix {
                    last = i;
                }
                return Some((
                    last,
                    Form::Month {
                        year: None,
                        month: m,
                        role,
                    },
                ));
            }
            None
        }
        Kind::Digits => {
            // ISO "2024-11-02", the year first with dots or slashes too ("2026.12.05",
            // "2026/12/05"), and, after a publication label, "2025-05".
            let sep = t.str(i + 1);
            // dotted or slashed: the month and the day of two digits each ("2026.1.3" is
            // a version)
            let padded = |k: usize| t.is(k, Kind::Digits) && t.str(k).len() == 2;
            let year_first = t.str(i).len() == 4
                && t.is(i + 1, Kind::Punct)
                && t.is(i + 2, Kind::Digits)
                && (sep == "-"
                    || matches!(sep, "." | "/")
                        && padded(i + 2)
                        && t.is_punct(i + 3, sep)
                        && padded(i + 4));
            if year_first {
                let y: i32 = t.str(i).parse().ok()?;
                let m = digits_value(t, i + 2, 2)? as u8;
                if t.is_punct(i + 3, sep) && t.is(i + 4, Kind::Digits) {
                    let d = digits_value(t, i + 4, 2)? as u8;
                    // "2024-11-02", "2024-11-02T10:00"
                    let time_follows =
                        t.is(i + 5, Kind::Word) && t.str(i + 5) == "T" && t.is(i + 6, Kind::Digits);
                    if valid(y, m, d)
                        && !t.is(i + 5, Kind::Digits)
                        && (!t.is(i + 5, Kind::Word) || time_follows)
                    {
                        return Some((i + 4, day_form(Some(y), m, d, None)));
                    }
                    return None;
                }
                if sep == "-"
                    && t.str(i + 2).len() == 2
                    && (1..=12).contains(&m)
                    && (1000..=2200).contains(&y)
                    && !t.is(i + 3, Kind::Word)
                    && !t.is_punct(i + 3, "-")
                    && lex.labels.match_before(t, i, 4).is_some()
                {
                    return Some((
                        i + 2,
                        Form::Month {
                            year: Some(y),
                            month: m,
                            role,
                        },
                    ));
                }
                return None;
            }
            // The second day of "20-21 November" is a date; "2023-11", "3.5", "1,5" are not.
            let day_pair = || {
                t.str(i - 1) == "-"
                    && t.str(i - 2).len() <= 2
                    && t.str(i).len() <= 2
                    && day_at(t, i, lex).is_some_and(|(_, dl)| {
                        let k = t.skip_space(dl + 1);
                        k > dl + 1 && month_at(t, k, lex).is_some()
                    })
            };
            if i > 1
                && t.is(i - 1, Kind::Punct)
                && matches!(t.str(i - 1), "-" | "/" | "." | ",")
                && t.is(i - 2, Kind::Digits)
                && !day_pair()
            {
                return None;
            }
            // "31/10/2024", "(2/11)", "le 04/05"
            if let Some(n) = numeric_at(t, i, lex) {
                let last = n.3;
                let parenthesized = i > 0 && t.is_punct(i - 1, "(") && t.is_punct(last + 1, ")");
                if n.2.is_some() || parenthesized || context {
                    return Some((last, numeric_form(n, None)));
                }
                return None;
            }
            // "16 novembre [2024]", "16th of November"
            let (d, dl) = day_at(t, i, lex)?;
            // "20-21 November": the first day takes the month of the second.
            if matches!(t.str(dl + 1), "-" | "–") {
                if let Some((d2, dl2)) = day_at(t, dl + 2, lex) {
                    let k = t.skip_space(dl2 + 1);
                    let month = (k > dl2 + 1)
                        .then(|| month_at(t, k, lex))
                        .flatten()
                        .filter(|_| {
                            !lex.conventions.names_capitalized
                                || t.str(k).starts_with(char::is_uppercase)
                        });
                    if let Some((m, _, _)) = month {
                        if d < d2 && valid_day_month(m, d2) {
                            return Some((dl, day_form(None, m, d, None)));
                        }
                    }
                }
            }
            // "on 2nd, in the 48th week", "reported on 30th that": an ordinal day after a
            // day preposition, with no noun after it ("on 2nd floor"), where the language
            // writes one alone: a day of a month near the writing
            if context && dl > i && lex.conventions.bare_ordinal_day && ordinal_alone(t, dl, lex) {
                return Some((dl, Form::MonthDay { day: d, role }));
            }
            let mut j = t.skip_space(dl + 1);
            if j == dl + 1 {
                return None;
            }
            // "les 14 et 15 décembre", "du 3 au 5 mars": the first day takes the month
            // of the second.
            if t.is(j, Kind::Word) && lex.pair_links.contains(t.low(j)) {
                let mut k = t.skip_space(j + 1);
                // "le 5 et le 6 mars": the article repeated before the second day
                if k > j + 1 && t.is(k, Kind::Word) && lex.repeated_articles.contains(t.low(k)) {
                    let after = t.skip_space(k + 1);
                    k = if after > k + 1 { after } else { j };
                }
                if k > j + 1 {
                    if let Some((d2, _)) = day_at(t, k, lex) {
                        if let Some((
                            _,
                            Form::Day {
                                year, month, day, ..
                            },
                        )) = core_without_suffix(t, k, lex, Role::Plain, false)
                        {
                            if day == d2 && d < d2 && valid_day_month(month, d) {
                                return Some((dl, day_form(year, month, d, None)));
                            }
                        }
                    }
                }
            }
            if lex.of_links.contains(t.low(j)) {
                j = t.skip_space(j + 1);
            }
            let (m, _, ml) = month_at(t, j, lex)?;
            if lex.conventions.names_capitalized && !t.str(j).starts_with(char::is_uppercase) {
                return None;
            }
            if !valid_day_month(m, d) {
                return None;
            }
            let k = t.skip_space(ml + 1);
            let mut k2 = k;
            if lex.conventions.year_comma && t.is_punct(k, ",") {
                k2 = t.skip_space(k + 1);
            }
            if k2 > ml + 1 {
                if let Some(y) = year_at(t, k2) {
                    return Some((k2, day_form(Some(y), m, d, None)));
                }
            }
            Some((ml, day_form(None, m, d, None)))
        }
        _ => None,
    }
}

/// How precise the reference date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Precision {
    /// The day of writing is known.
    Day,
    /// Only its month is known ("date 2025-05").
    Month,
    /// Inferred from weekday + day + month mentions: good for years only.
    Inferred,
}

#[derive(Debug, Clone, Copy)]
struct Anchor {
    day: i64,
    precision: Precision,
}

/// Candidate years for a weekday + day + month without a year or reference date.
#[derive(Debug, Clone, Copy)]
struct Window {
    first: i32,
    last: i32,
}

impl Window {
    /// The recent years: the current year and the six before it.
    fn recent() -> Self {
        let today = jiff::Timestamp::now().as_second().div_euclid(86_400);
        let year = civil_from_days(today).0;
        Self::ending(year)
    }

    fn ending(year: i32) -> Self {
        Window {
            first: year - 6,
            last: year,
        }
    }

    fn pin(self, month: u8, day: u8, wd: u8) -> Option<i64> {
        let mut found = None;
        for y in self.first..=self.last {
            if valid(y, month, day) && weekday(days_from_civil(y, month, day)) == wd {
                if found.is_some() {
                    return None;
                }
                found = Some(days_from_civil(y, month, day));
            }
        }
        found
    }
}

/// A day and month without a year: the nearest one to the anchor, unless the tense
/// of its clause says otherwise beyond [`TENSE_SLACK`] ("the ceasefire began on
/// March 3" in November) or a modifier does.
#[allow(clippy::too_many_arguments)]
fn resolve_day(
    year: Option<i32>,
    month: u8,
    day: u8,
    wd: Option<u8>,
    role: Role,
    anchor: Option<Anchor>,
    window: Window,
    tense: Option<Tense>,
) -> Option<Value> {
    if let Some(y) = year {
        return valid(y, month, day).then(|| Value::Day(days_from_civil(y, month, day)));
    }
    if !valid_day_month(month, day) {
        return None;
    }
    let partial = Value::DayNoYear(month, day);
    if let Some(a) = anchor {
        let ay = civil_from_days(a.day).0;
        let candidates = (ay - 1..=ay + 1)
            .filter(|&y| valid(y, month, day))
            .map(|y| days_from_civil(y, month, day));
        let candidates: Vec<i64> = candidates.collect();
        let nearest = candidates
            .iter()
            .copied()
            .min_by_key(|&c| ((c - a.day).abs(), c));
        let by_day = a.precision == Precision::Day;
        let pick = match (role, tense) {
            (Role::Next, _) => candidates.into_iter().filter(|&c| c >= a.day).min(),
            (Role::Past | Role::Since, _) => candidates.into_iter().filter(|&c| c <= a.day).max(),
            (_, Some(Tense::Past))
                if by_day && nearest.is_some_and(|c| c > a.day + TENSE_SLACK) =>
            {
                candidates.into_iter().filter(|&c| c <= a.day).max()
            }
            (_, Some(Tense::Future))
                if by_day && nearest.is_some_and(|c| c < a.day - TENSE_SLACK) =>
            {
                candidates.into_iter().filter(|&c| c >= a.day).min()
            }
            _ => nearest,
        };
        return Some(match (pick, wd) {
            (Some(z), Some(w)) if weekday(z) != w => partial,
            (Some(z), _) => Value::Day(z),
            (None, _) => partial,
        });
    }
    if let Some(w) = wd {
        if let Some(z) = window.pin(month, day, w) {
            return Some(Value::Day(z));
        }
    }
    Some(partial)
}

/// Days a day and month without a year may lie on the wrong side of the publication
/// day for the tense of its clause: a deadline or a hearing set a few weeks ahead is
/// often named in a past clause ("mis en délibéré au 12 septembre"), a day months
/// ahead in a past clause is last year's.
const TENSE_SLACK: i64 = 90;

/// A month without a year: the nearest one to the anchor, the last one in a past
/// clause, the next one in a future clause, unless a modifier says otherwise.
fn resolve_month(
    year: Option<i32>,
    month: u8,
    role: Role,
    anchor: Option<Anchor>,
    tense: Option<Tense>,
) -> Value {
    if let Some(y) = year {
        return Value::Month(y, month);
    }
    let Some(a) = anchor else {
        return Value::MonthNoYear(month);
    };
    let (ay, am, _) = civil_from_days(a.day);
    let here = ay * 12 + i32::from(am) - 1;
    let candidates = (ay - 1..=ay + 1).map(|y| y * 12 + i32::from(month) - 1);
    let pick = match (role, tense) {
        (Role::Next, _) => candidates.filter(|&c| c > here).min(),
        (Role::Past, _) => candidates.filter(|&c| c < here).max(),
        (Role::Since, _) => candidates.filter(|&c| c <= here).max(),
        (_, None) => candidates.min_by_key(|&c| ((c - here).abs(), c)),
        (_, Some(Tense::Past)) => candidates.filter(|&c| c <= here).max(),
        (_, Some(Tense::Future)) => candidates.filter(|&c| c >= here).min(),
    };
    match pick {
        Some(c) => Value::Month(c.div_euclid(12), (c.rem_euclid(12) + 1) as u8),
        None => Value::MonthNoYear(month),
    }
}

/// The weekday `wd` seen from day `now`: the last one in a past clause, the next one
/// in a future clause ("jeudi, il présentera"), else past up to 5 days back, unless a
/// modifier ("dernier", "next") says otherwise.
fn resolve_weekday(wd: u8, role: Role, now: i64, tense: Option<Tense>) -> i64 {
    let back = i64::from((weekday(now) + 7 - wd) % 7);
    match (role, tense) {
        (Role::Past, _) => now - if back == 0 { 7 } else { back },
        (Role::Next, _) => now + if back == 0 { 7 } else { 7 - back },
        (Role::Since, _) | (_, Some(Tense::Past)) => now - back,
        (_, Some(Tense::Future)) => now + (7 - back) % 7,
        _ if back <= 5 => now - back,
        _ => now + (7 - back),
    }
}

/// The ordinal day `day` of the month of `now`, of the month before or of the month
/// after: the last one up to `now` in a past clause or after "since", the next one in a
/// future clause, else the nearest (the earlier on a tie).
fn resolve_month_day(day: u8, role: Role, now: i64, tense: Option<Tense>) -> Option<i64> {
    let (y, m, _) = civil_from_days(now);
    let here = y * 12 + i32::from(m) - 1;
    let candidates: Vec<i64> = (here - 1..=here + 1)
        .map(|c| (c.div_euclid(12), (c.rem_euclid(12) + 1) as u8))
        .filter(|&(y, m)| valid(y, m, day))
        .map(|(y, m)| days_from_civil(y, m, day))
        .collect();
    let candidates = candidates.into_iter();
    match (role, tense) {
        (Role::Next, _) | (_, Some(Tense::Future)) => candidates.filter(|&c| c >= now).min(),
        (Role::Past | Role::Since, _) | (_, Some(Tense::Past)) => {
            candidates.filter(|&c| c <= now).max()
        }
        _ => candidates.min_by_key(|&c| ((c - now).abs(), c)),
    }
}

/// Finds the dates of an article.
pub fn extract(doc: &Doc) -> Vec<DateMention> {
    extract_in(doc, &SentenceTokens::new(doc), Window::recent())
}

/// [`extract`] with the tokens of the sentences already made.
pub(crate) fn extract_from(doc: &Doc, tokens: &SentenceTokens) -> Vec<DateMention> {
    extract_in(doc, tokens, Window::recent())
}

/// The kind of the block (line) that holds the bytes `start..end`, if one does.
fn block_kind(doc: &Doc, start: usize, end: usize) -> Option<BlockKind> {
    let blocks = &doc.layout.blocks;
    let k = blocks.partition_point(|b| b.end < end);
    blocks.get(k).filter(|b| b.start <= start).map(|b| b.kind)
}

fn extract_in(doc: &Doc, tokens: &SentenceTokens, window: Window) -> Vec<DateMention> {
    let lex = lexicon(doc.lang);
    let mut raws = Vec::new();
    for (stretch, _, _) in crate::figures::text::stretches(doc) {
        scan(&tokens.stretch(doc.text, stretch), doc.lang, &mut raws);
    }
    let anchor = find_anchor(doc, tokens, &raws, window);

    // A weekday named once with its date ("ce dimanche 18 février") is the same day
    // when named alone.
    let mut dated_weekdays: FastMap<u8, FastSet<i64>> = FastMap::default();
    for raw in &raws {
        if let Form::Day {
            year,
            month,
            day,
            weekday: Some(wd),
            role,
            ..
        } = raw.form
        {
            if let Some(Value::Day(z)) =
                resolve_day(year, month, day, Some(wd), role, anchor, window, raw.tense)
            {
                dated_weekdays.entry(wd).or_default().insert(z);
            }
        }
    }

    let now = anchor
        .filter(|a| a.precision == Precision::Day)
        .map(|a| a.day);
    let mut last_day: Option<Value> = None;
    let mut last_month: Option<Value> = None;
    // the last bare month found: its index in `out`, its year and month, where it ends
    let mut bare_month: Option<(usize, (i32, u8), usize)> = None;
    let mut out: Vec<DateMention> = Vec::with_capacity(raws.len());
    for raw in raws {
        let year_of_writing = anchor
            .filter(|a| a.precision != Precision::Inferred)
            .map(|a| civil_from_days(a.day).0);
        let form = match (raw.form, raw.year_shift.zip(year_of_writing)) {
            (
                Form::Day {
                    year: None,
                    month,
                    day,
                    weekday,
                    role,
                    relative,
                    swap,
                },
                Some((k, y)),
            ) => Form::Day {
                year: Some(y + k),
                month,
                day,
                weekday,
                role,
                relative,
                swap,
            },
            // "12/04/2026": the reading nearer the day of writing.
            (
                Form::Day {
                    year: Some(y),
                    month,
                    day,
                    weekday,
                    role,
                    relative,
                    swap: true,
                },
                _,
            ) => {
                let far =
                    |m: u8, d: u8| anchor.map_or(0, |a| (days_from_civil(y, m, d) - a.day).abs());
                let (month, day) = if far(day, month) < far(month, day) {
                    (day, month)
                } else {
                    (month, day)
                };
                Form::Day {
                    year: Some(y),
                    month,
                    day,
                    weekday,
                    role,
                    relative,
                    swap: false,
                }
            }
            (
                Form::Month {
                    year: None,
                    month,
                    role,
                },
                Some((k, y)),
            ) => Form::Month {
                year: Some(y + k),
                month,
                role,
            },
            (form, _) => form,
        };
        let (value, granularity) = match form {
            Form::Day {
                year,
                month,
                day,
                weekday,
                role,
                ..
            } => {
                let role = if raw.completed && role == Role::Plain {
                    Role::Past
                } else {
                    role
                };
                (
                    resolve_day(year, month, day, weekday, role, anchor, window, raw.tense),
                    Granularity::Day,
                )
            }
            Form::Month { year, month, role } => (
                Some(resolve_month(year, month, role, anchor, raw.tense)),
                Granularity::Month,
            ),
            Form::Weekday { weekday: wd, role } => {
                let value = match role {
                    Role::Prev | Role::Following => match last_day {
                        Some(Value::Day(z)) => {
                            let step = if role == Role::Prev { -1 } else { 1 };
                            (1..=7)
                                .map(|k| z + step * k)
                                .find(|&c| weekday(c) == wd)
                                .map(Value::Day)
                        }
                        _ => None,
                    },
                    _ => {
                        let named = dated_weekdays
                            .get(&wd)
                            .filter(|set| {
                                // with no day of publication only "ce jeudi", "this Thursday"
                                // is surely the Thursday named with its date
                                set.len() == 1
                                    && (role == Role::This
                                        || role == Role::Plain && doc.published.is_some())
                            })
                            .and_then(|set| set.iter().next().copied())
                            // not against the tense: a past clause's weekday is not a later
                            // one named with its date ("won on Saturday" before "face
                            // Wales on Saturday, November 28"), a future clause's not an
                            // earlier one
                            // (a sentence all in the past, with no marker in reach:
                            // "came from behind to beat the Rovers in Leeds on Saturday")
                            .filter(|&z| match (now, raw.tense) {
                                (Some(n), Some(Tense::Past)) => z <= n,
                                (Some(n), None) if raw.past_sentence => z <= n,
                                (Some(n), Some(Tense::Future)) => z >= n,
                                _ => true,
                            });
                        named
                            .or_else(|| {
                                // a photo caption shows what happened, and a headline or a
                                // subheading tells it: their present ("Councillors debate the
                                // budget on Wednesday", "Storm batters coast on Tuesday") is
                                // no future
                                let untensed = raw.tense.is_none()
                                    && !raw.past_sentence
                                    && !matches!(
                                        block_kind(doc, raw.start, raw.end),
                                        Some(
                                            BlockKind::Caption
                                                | BlockKind::Title
                                                | BlockKind::Heading
                                        )
                                    );
                                let tense = if untensed && lex.conventions.untensed_future {
                                    Some(Tense::Future)
                                } else {
                                    raw.tense
                                };
                                now.map(|n| resolve_weekday(wd, role, n, tense))
                            })
                            .map(|z| match last_day {
                                Some(Value::Day(before)) if raw.follows && z <= before => z + 7,
                                _ => z,
                            })
                            .map(Value::Day)
                    }
                };
                (value, Granularity::Day)
            }
            Form::MonthDay { day, role } => (
                now.and_then(|n| resolve_month_day(day, role, n, raw.tense))
                    .map(Value::Day),
                Granularity::Day,
            ),
            Form::Rel(rel) => match rel {
                // "today" in a quotation is the speaker's, often "nowadays": not dated
                Rel::Day(0) if quoted(doc.text, raw.start) => continue,
                // so is a quoted "tomorrow" set against "today": "every rand we spend
                // today is a rand we don't spend on emergencies tomorrow"
                Rel::Day(1) if raw.beside_today && quoted(doc.text, raw.start) => continue,
                Rel::Day(n) => (now.map(|z| Value::Day(z + i64::from(n))), Granularity::Day),
                Rel::Month(n) => (
                    anchor
                        .filter(|a| a.precision != Precision::Inferred)
                        .and_then(|a| Value::Day(a.day).add_months(n)),
                    Granularity::Month,
                ),
                Rel::Week(_) => continue,
                Rel::SameDay => (last_day, Granularity::Day),
                Rel::SameMonth => (
                    match (last_month, raw.year_shift.zip(year_of_writing)) {
                        (Some(m), Some((k, y))) => Some(Value::Month(y + k, m.month_number())),
                        (m, _) => m,
                    },
                    Granularity::Month,
                ),
                Rel::Later(n) => (
                    match last_day {
                        Some(Value::Day(z)) => Some(Value::Day(z + i64::from(n))),
                        _ => None,
                    },
                    Granularity::Day,
                ),
                Rel::Fixed(month, day) => (
                    resolve_day(
                        None,
                        month,
                        day,
                        None,
                        Role::Plain,
                        anchor,
                        window,
                        raw.tense,
                    ),
                    Granularity::Day,
                ),
                Rel::MonthAfter | Rel::MonthBefore => {
                    let step = if rel == Rel::MonthAfter { 1 } else { -1 };
                    (
                        last_month.and_then(|m| m.add_months(step)),
                        Granularity::Month,
                    )
                }
            },
        };
        if let Some(v) = value {
            if granularity == Granularity::Day {
                last_day = Some(v);
            }
            last_month = Some(v.month());
        }
        // "between April and October", « d'avril à octobre »: a range of bare months
        // starts no later than it ends; "between June and December last year",
        // "January-October of this year", « de janvier à octobre de cette année »: a bare
        // month takes the year its range ends in
        let bare = matches!(form, Form::Month { year: None, .. });
        let month = matches!(form, Form::Month { .. });
        if let (true, Some(Value::Month(y2, m2)), Some((k, (y1, m1), start_end))) =
            (month, value, bare_month)
        {
            // the link between them, or opening the second ("from October" "to May")
            let between = doc.text.get(start_end..raw.start).unwrap_or_default();
            let mut own = doc.text[raw.start..raw.end].split_whitespace();
            let own = (own.next(), own.next(), own.next());
            let mut words = between.split_whitespace();
            let link = match (words.next(), words.next(), own) {
                (Some(w), None, (Some(_), None, _)) => Some(w),
                (Some(w), None, (Some(_), _, _)) if !bare => Some(w),
                (None, _, (Some(w), Some(_), None)) => Some(w),
                (None, _, (Some(w), Some(_), _)) if !bare => Some(w),
                _ => None,
            };
            let linked = link.is_some_and(|w| lex.pair_links.contains(w.to_lowercase().as_str()));
            let start_year = match (bare, (y1, m1) > (y2, m2), m1 > m2) {
                (true, true, _) => y1 - 1,
                (true, false, _) => y1,
                (false, _, true) => y2 - 1,
                (false, _, false) => y2,
            };
            if linked && start_year != y1 {
                out[k].value = Some(Value::Month(start_year, m1).to_string());
            }
        }
        bare_month = match value {
            Some(Value::Month(y, m)) if bare => Some((out.len(), (y, m), raw.end)),
            _ => None,
        };
        out.push(DateMention {
            start: raw.start,
            end: raw.end,
            text: doc.text[raw.start..raw.end].to_string(),
            value: value.map(|v| v.to_string()),
            granularity,
        });
    }
    out
}

/// Whether byte `at` lies inside a quotation opened in its paragraph (at most 3000
/// bytes back): more « or “ opened than closed, or an odd number of straight quotes.
fn quoted(text: &str, at: usize) -> bool {
    let from = ceil_boundary(text, at.saturating_sub(3000));
    let Some(before) = text.get(from..at) else {
        return false;
    };
    let paragraph = before.rfind('\n').map_or(before, |k| &before[k + 1..]);
    let (mut open, mut straight) = (0i32, false);
    for c in paragraph.chars() {
        match c {
            '«' | '“' => open += 1,
            '»' | '”' => open = (open - 1).max(0),
            '"' => straight = !straight,
            _ => {}
        }
    }
    open > 0 || straight
}

/// The reference date of an article: see the module documentation.
fn find_anchor(doc: &Doc, tokens: &SentenceTokens, raws: &[Raw], window: Window) -> Option<Anchor> {
    if let Some(p) = doc.published {
        return Some(Anchor {
            day: days_from_civil(i32::from(p.year()), p.month() as u8, p.day() as u8),
            precision: Precision::Day,
        });
    }
    // A publication date stated in the text, in the sentences or in page furniture:
    // only at the top or the bottom of the page, or outside the body ("un rapport
    // publié le 3 mars 2021" in the middle of an article is not the article's date).
    let blocks = &doc.layout.blocks;
    let page_furniture = |raw: &Raw| {
        let k = blocks.partition_point(|b| b.end < raw.end);
        k < 3 || k + 3 >= blocks.len() || blocks.get(k).is_some_and(|b| b.kind != BlockKind::Body)
    };
    let mut labelled: Vec<Raw> = raws
        .iter()
        .copied()
        .filter(|r| r.labelled && page_furniture(r))
        .collect();
    if labelled.is_empty() {
        for (b, block) in doc.layout.blocks.iter().enumerate() {
            if block.kind == BlockKind::Body {
                continue;
            }
            // a content block has its tokens in the article's; another is tokenized here
            let t = if block.kind.has_content() {
                tokens.block_tokens(doc.text, b)
            } else {
                Tokens::new(doc.text, block.start, block.end)
            };
            let mut found = Vec::new();
            scan(&t, doc.lang, &mut found);
            labelled.extend(found.into_iter().filter(|r| r.labelled));
            if !labelled.is_empty() {
                break;
            }
        }
    }
    // a date line at the top of the page: a day with its year and nothing else but
    // capitalised words, short words and numbers ("Tue 3 Dec 2024 10.45 GMT", "By Jane
    // Roe | December 3, 2024", « Le 03/12/2024 à 10:45 »)
    if labelled.is_empty() {
        labelled.extend(raws.iter().copied().filter(|raw| {
            let k = blocks.partition_point(|b| b.end < raw.end);
            k < 3 && blocks.get(k).is_some_and(|b| date_line(doc.text, b, raw))
        }));
    }
    let mut anchor = None;
    for raw in &labelled {
        match raw.form {
            Form::Day {
                year: Some(y),
                month,
                day,
                ..
            } if valid(y, month, day) => {
                return Some(Anchor {
                    day: days_from_civil(y, month, day),
                    precision: Precision::Day,
                });
            }
            Form::Month {
                year: Some(y),
                month,
                ..
            } if anchor.is_none() => {
                anchor = Some(Anchor {
                    day: days_from_civil(y, month, 15),
                    precision: Precision::Month,
                });
            }
            _ => {}
        }
    }
    // "demain 12 mai": the day of writing is the day before; "ce mardi 3 janvier", a
    // demonstrative weekday with its date, is the day of writing itself.
    for raw in raws {
        if let Form::Day {
            year,
            month,
            day,
            weekday,
            role,
            relative,
            ..
        } = raw.form
        {
            let n = match (relative, role, weekday) {
                (Some(n), _, _) => n,
                (None, Role::This, Some(_)) => 0,
                _ => continue,
            };
            if let Some(Value::Day(z)) =
                resolve_day(year, month, day, weekday, Role::Plain, anchor, window, None)
            {
                return Some(Anchor {
                    day: z - i64::from(n),
                    precision: Precision::Day,
                });
            }
        }
    }
    if anchor.is_some() {
        return anchor;
    }
    // The year most weekday + day + month mentions pin, within the recent years.
    let mut pins: FastMap<i32, Vec<i64>> = FastMap::default();
    for raw in raws {
        if let Form::Day {
            year: None,
            month,
            day,
            weekday: Some(wd),
            ..
        } = raw.form
        {
            if let Some(z) = window.pin(month, day, wd) {
                pins.entry(civil_from_days(z).0).or_default().push(z);
            }
        }
    }
    pins.into_iter()
        .max_by_key(|(y, days)| (days.len(), *y))
        .and_then(|(_, days)| days.into_iter().max())
        .map(|day| Anchor {
            day,
            precision: Precision::Inferred,
        })
}

/// The longest line (in bytes) read as a date line by [`date_line`].
const DATE_LINE_REACH: usize = 80;

/// Whether block `b` is a date line around the day `raw` with its year, in an order
/// known ("12/04/2026" is no such day in English): short, and every word outside the date
/// capitalised or of at most two letters.
fn date_line(text: &str, b: &crate::layout::Block, raw: &Raw) -> bool {
    if b.end - b.start > DATE_LINE_REACH
        || b.start > raw.start
        || !matches!(
            raw.form,
            Form::Day {
                year: Some(_),
                swap: false,
                ..
            }
        )
    {
        return false;
    }
    let outside = [&text[b.start..raw.start], &text[raw.end..b.end]];
    outside.iter().all(|part| {
        part.split(|c: char| !c.is_alphabetic())
            .all(|w| w.chars().count() <= 2 || w.starts_with(char::is_uppercase))
    })
}

/// Whether a date names the day of the news ("mercredi", "hier", "ce dimanche 18
/// février") rather than a background date ("le 14 octobre 2022"), from the tokens `t` of
/// its text.
fn is_news_day(t: &Tokens, lang: Lang) -> bool {
    let lex = lexicon(lang);
    (0..t.len()).any(|i| {
        t.is(i, Kind::Word)
            && (lex.weekdays.contains_key(t.low(i))
                || matches!(lex.phrases.match_at(t, i), Some((_, Rel::Day(_)))))
    })
}

/// The minute of the day of the clock time a line opens with, its hours and minutes
/// joined by one of the language's separators ("16h40", "12h35 - Le ministre …", "19:40
/// GMT", « 19h40. Le parquet … »), a half of the day after it or not ("7.52am GMT";
/// construction `live-stamp-forms`): it stamps an update.
fn clock_stamp(line: &str, conventions: &Conventions) -> Option<u32> {
    let line = line.trim_start();
    let hours = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&hours) {
        return None;
    }
    let mut rest = line[hours..].chars();
    if !rest.next().is_some_and(|c| {
        conventions
            .clock_separators
            .contains(&c.to_ascii_lowercase())
    }) {
        return None;
    }
    let rest = rest.as_str();
    let minutes = rest.bytes().take_while(u8::is_ascii_digit).count();
    let number = |digits: &str| digits.parse::<u32>().unwrap_or_default();
    let (h, m) = (number(&line[..hours]), number(&rest[..minutes.min(2)]));
    if minutes != 2 {
        return None;
    }
    let after = &rest[2..];
    // "7.52am", "11.47 pm": the hours of a half of the day
    let half = conventions
        .clock_halves
        .iter()
        .zip([0, 12])
        .find_map(|(word, shift)| {
            let tail = after.strip_prefix(' ').unwrap_or(after);
            let end = tail
                .char_indices()
                .nth(word.chars().count())
                .map_or(tail.len(), |(i, _)| i);
            (tail[..end].eq_ignore_ascii_case(word)
                && tail[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric()))
            .then_some((shift, &tail[end..]))
        });
    let (hour, after, hour_limit) = match half {
        Some((shift, tail)) => ((h % 12) + shift, tail, 13),
        None => (h, after, 24),
    };
    // a time of day, not a duration or a ratio ("1:23.45", "2:05:32", "3:16,"); a stop or
    // a colon before a space ends the stamp
    let mut next = after.chars();
    let closed = match next.next() {
        None => true,
        Some('.' | ':') => next.next().is_none_or(char::is_whitespace),
        Some(c) => !c.is_alphanumeric() && c != ',',
    };
    (closed && h < hour_limit && m < 60).then_some(hour * 60 + m)
}

/// How far (in bytes) before a date a "since" word is read by [`opens_since`].
const SINCE_REACH: usize = 24;

/// Whether a date opens with a "since" word ("depuis lundi", "since Monday"), or follows
/// one right before it ("since yesterday evening", « depuis hier soir »: a relative day
/// takes no prefix of its own): the start of a stretch, not the day of the news. `t`: the
/// tokens of the date's text.
fn opens_since(doc: &Doc, d: &DateMention, t: &Tokens) -> bool {
    let lex = lexicon(doc.lang);
    let since = |w: &str| lex.prefixes.get(w) == Some(&Role::Since);
    let first = t.skip_space(0);
    if t.is(first, Kind::Word) && since(t.low(first)) {
        return true;
    }
    let lo = ceil_boundary(doc.text, d.start.saturating_sub(SINCE_REACH));
    let before = &doc.text[lo..d.start];
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() {
        return false;
    }
    let word = trimmed
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    !word.is_empty() && since(&word.to_lowercase())
}

/// Whether the news day `d` (one that opens no stretch, [`opens_since`]) inside the
/// content of `statement` dates its report: the content is indirect, and the day comes
/// before its verbs ([`before_verbs`]); or the
/// content is indirect or mixed, and the day closes a phrase of the occasion of the
/// statement ([`at_occasion`]).
fn reports_day(doc: &Doc, statement: &Statement, d: &DateMention) -> bool {
    if statement.kind == crate::StatementKind::Direct || d.start < statement.content_start {
        return false;
    }
    statement.kind == crate::StatementKind::Indirect && before_verbs(doc, statement, d)
        || at_occasion(doc, statement.content_start, d)
}

/// Whether a day of a content comes before every verb of it and, unless it opens the
/// content or a clause of it, before none that a complementizer does not introduce: a day
/// past the first word and before the content's verb is of its subject ("said their scan
/// on Friday evening was clear"; construction `content-subject-day`), not of the report.
fn before_verbs(doc: &Doc, statement: &Statement, d: &DateMention) -> bool {
    // the day opens the content or a clause of it ("350 : dimanche, une foule a marché")
    let opens = d.start <= statement.content_start + 1
        || doc.text[..d.start]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    // a verb after the day before any complementizer or comma ("told the Senate last
    // Wednesday that …", "reported record revenue on Saturday, boosted by …" keep the day
    // of the report)
    let verb_after = || {
        let lex = lexicon(doc.lang);
        let end = statement.content_end.min(d.end + UNTENSED_REACH).max(d.end);
        let t = Tokens::new(doc.text, d.end, end);
        (0..t.len())
            .filter(|&k| t.is(k, Kind::Word) || t.str(k) == ",")
            .find_map(|k| {
                let word = t.low(k);
                if word == "," || lex.tense.complementizers.contains(word) {
                    Some(false)
                } else {
                    (!lex.tense.modals.contains(word) && lex.tense.at(&t, k).is_some())
                        .then_some(true)
                }
            })
            .unwrap_or(false)
    };
    untensed(doc, statement.content_start, d.start) && (opens || !verb_after())
}

/// The most words read before a date for a noun of occasion by [`at_occasion`].
const OCCASION_WORDS: usize = 8;

/// Whether a noun of the occasion of a statement ("interview", « entretien ») is among the
/// few words before the date `d`, after byte `from`: "lors d'une interview accordée
/// dimanche soir à TRT Haber", "in an interview with CNN on Sunday".
fn at_occasion(doc: &Doc, from: usize, d: &DateMention) -> bool {
    let text = doc.text;
    let lo = ceil_boundary(
        text,
        d.start
            .saturating_sub(UNTENSED_REACH / 2)
            .max(from)
            .min(d.start),
    );
    let lex = lexicon(doc.lang);
    let t = Tokens::new(text, lo, d.start);
    (0..t.len())
        .rev()
        .filter(|&k| t.is(k, Kind::Word))
        .take(OCCASION_WORDS)
        .any(|k| lex.occasions.contains(t.low(k)))
}

/// The longest stretch (in bytes) read for a tense marker by [`untensed`].
const UNTENSED_REACH: usize = 240;

/// Whether no tense marker lies between bytes `start` and `end`: no verb of the content
/// before a date claims it ("les pays « jouent avec le feu » … mardi", not "the bridge
/// had collapsed on Sunday").
fn untensed(doc: &Doc, start: usize, end: usize) -> bool {
    // a verbless phrase is short: the scan stays bounded however many dates a content has
    if end.saturating_sub(start) > UNTENSED_REACH {
        return false;
    }
    let lex = lexicon(doc.lang);
    let t = Tokens::new(doc.text, start, end.max(start));
    !(0..t.len()).any(|k| {
        t.is(k, Kind::Word) && !lex.tense.modals.contains(t.low(k)) && lex.tense.at(&t, k).is_some()
    })
}

/// How far (in bytes) from a date the commas of an aside are looked for by [`in_aside`].
const ASIDE_REACH: usize = 120;

/// Whether a date before a statement's cue (starting at byte `cue`) lies in an aside
/// between commas opened by a relative pronoun ("Trump, who endorsed Carter in May,
/// said", « Le BEUC, qui avait porté plainte en novembre 2023, s'est félicité »): the day
/// of what the aside tells, not of the report. The aside starts at or after byte `from`.
fn in_aside(doc: &Doc, d: &DateMention, from: usize, cue: usize) -> bool {
    let text = doc.text;
    if d.end > cue {
        return false;
    }
    let lo = ceil_boundary(
        text,
        d.start.saturating_sub(ASIDE_REACH).max(from).min(d.start),
    );
    let hi = floor_boundary(text, (d.end + ASIDE_REACH).min(cue));
    let Some(open) = text[lo..d.start].rfind(',').map(|k| lo + k) else {
        return false;
    };
    if !text[d.end..hi].contains(',') {
        return false;
    }
    let t = Tokens::new(text, open + 1, d.start);
    let first = t.skip_space(0);
    first < t.len()
        && t.is(first, Kind::Word)
        && lexicon(doc.lang).aside_relatives.contains(t.low(first))
}

/// The most words read back from a date for a conjunction of time by [`in_subordinate`],
/// and the most bytes.
const SUBORDINATE_WORDS: usize = 12;
const SUBORDINATE_REACH: usize = 120;

/// Whether a date lies in a clause of time opened by a conjunction (« deux jours après que
/// l'agence a rapporté samedi », "a week after the ministry announced on Monday"; construction
/// `subordinate-day-no-carry`) at most [`SUBORDINATE_WORDS`] words before it, with no
/// comma or stop between (an agency in parentheses may be) and a word at least between the
/// conjunction and the day: the day
/// of a background event, not the day of the news.
fn in_subordinate(doc: &Doc, d: &DateMention) -> bool {
    let lex = lexicon(doc.lang);
    let lo = ceil_boundary(doc.text, d.start.saturating_sub(SUBORDINATE_REACH));
    // only the words after the last comma or stop are read: each of these is a token of
    // its own, so the tokens after it are the same as those of the whole window
    let from = doc.text[lo..d.start]
        .rfind([',', '.', ';', ':'])
        .map_or(lo, |p| lo + p + 1);
    let t = Tokens::new(doc.text, from, d.start);
    let mut words = 0;
    for k in (0..t.len()).rev() {
        if !t.is(k, Kind::Word) {
            continue;
        }
        words += 1;
        if words > SUBORDINATE_WORDS {
            return false;
        }
        if lex
            .subordinators
            .match_at(&t, k)
            .is_some_and(|(last, _)| t.next_word(last).is_some())
        {
            return true;
        }
    }
    false
}

/// How far (in bytes) around a date a dateline's place and agency are read.
const DATELINE_REACH: usize = 40;

/// Whether a date is the day of a dateline: after a place and a comma at the start of its
/// line, before a dash, with an agency in parentheses between or not ("KIEV, 4 décembre
/// 2026 (AFP) - ", "SEOUL, Nov. 10 (Yonhap) -- ").
fn in_dateline(text: &str, d: &DateMention) -> bool {
    let bytes = text.as_bytes();
    let lo = d.start.saturating_sub(DATELINE_REACH);
    let line_start = match bytes[lo..d.start].iter().rposition(|&b| b == b'\n') {
        Some(k) => lo + k + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let place = &text[line_start..d.start];
    if !place.trim_end().ends_with(',') || place.starts_with(char::is_lowercase) {
        return false;
    }
    let hi = (d.end + DATELINE_REACH).min(bytes.len());
    let mut k = d.end;
    let skip_spaces = |mut k: usize| {
        while k < hi && bytes[k] == b' ' {
            k += 1;
        }
        k
    };
    k = skip_spaces(k);
    if bytes.get(k) == Some(&b'(') {
        match bytes[k..hi].iter().position(|&b| b == b')') {
            Some(close) => k = skip_spaces(k + close + 1),
            None => return false,
        }
    }
    text[k..].starts_with(['-', '–', '—'])
}

/// The most dates looked at on each side of a statement's cue for its own day, and at the
/// start of a content for its news day: a sentence holds far fewer, and an article with no
/// sentence break stays linear.
const DATE_WINDOW: usize = 32;

/// The most paragraphs of running text between a lead statement and the first news
/// day that dates it: a news day further on tells a later part of the story.
const LEAD_REACH: usize = 2;

/// The most statements after a headline or lead statement searched for the report it
/// announces ([`date_statements`], construction `lead-report-echo`).
const ECHO_REACH: usize = 12;

/// The fewest bytes of a block of running text counted as a paragraph by
/// [`date_statements`]: a line naming an author or a place is shorter.
const PARAGRAPH_BYTES: usize = 100;

/// Gives each statement the date the text ties to it, if any.
///
/// A date in the statement's sentence but outside every content ("a déclaré le 25
/// octobre", "vendredi, le porte-parole a déclaré …"), or opening the statement's
/// content, is the statement's date; the one nearest to the cue wins. A statement whose sentence gives no date takes the
/// last news day named before it in the narration (a weekday or "hier", outside any
/// statement's content and captions, not after the publication date): the day the
/// article reports on; a statement before every news day takes the first one when its
/// story names a day near it ([`LEAD_REACH`]); with no news day at all, or only far ones,
/// the last day named in the narration before it, else (far ones only) the day of
/// publication. In an update of a live report (a line opening with a clock time,
/// [`clock_stamp`]), a statement that names no day of its own, and whose update names
/// none before it, is of the day of publication. A statement before every news day then
/// takes the day of the next report of its speaker that names one ([`ECHO_REACH`]).
/// Before all these, a statement with no day of its own takes the day of the last
/// statement of its speaker that named one. Before every news day, a news day in the content of the first such statement that names one (a
/// headline's statement names none), after no verb of it ("X a déclaré que les pays
/// « jouent avec le feu » … lors de sa rencontre avec Y mardi") or
/// in a content before its cue (a lead attributed at its end: "Tappara beat Ilves on
/// Saturday, the club said"), dates it and the statements after it.
pub fn date_statements(doc: &Doc, dates: &[DateMention], statements: &mut [Statement]) {
    let contents = SpanIndex::contents(statements);
    // A news day inside an indirect content before any verb of it ("reported revenue of
    // $2.3bn on Wednesday", "confirmed the news to us last night") dates the report,
    // not what is reported: it is not in the content.
    let queries: Vec<(usize, usize)> = dates.iter().map(|d| (d.start, d.end)).collect();
    let holders = contents.innermost_each(&queries);
    // The content span of each statement, read while the statements are dated.
    let spans: Vec<(usize, usize)> = statements
        .iter()
        .map(|s| (s.content_start, s.content_end))
        .collect();
    // Whether each date names the day of the news without opening a stretch: read once
    // per date, not again for each statement near it.
    let (since, news_not_since): (Vec<bool>, Vec<bool>) = dates
        .iter()
        .map(|d| {
            let t = Tokens::new(&d.text, 0, d.text.len());
            let since = opens_since(doc, d, &t);
            (since, !since && is_news_day(&t, doc.lang))
        })
        .unzip();
    let adverbial: FastSet<usize> = holders
        .iter()
        .copied()
        .zip(dates)
        .zip(&news_not_since)
        .filter(|&((holder, d), &news)| {
            news && holder.is_some_and(|i| reports_day(doc, &statements[i], d))
        })
        .map(|((_, d), _)| d.start)
        .collect();
    let in_content =
        |d: &DateMention| contents.covers(d.start, d.end) && !adverbial.contains(&d.start);
    let blocks = &doc.layout.blocks;
    // captions, and the link lines of the page furniture ("Lire aussi : …")
    let in_caption = |d: &DateMention| {
        matches!(
            block_kind(doc, d.start, d.end),
            Some(BlockKind::Caption | BlockKind::Boilerplate)
        )
    };
    let published = doc.published.map(|p| p.to_string());
    // A statement reported is made by the day of writing: a later day is what it
    // announces ("Jeudi, le ministre présentera son plan, a annoncé son cabinet").
    let after_publication = |d: &DateMention| match (&published, &d.value) {
        (Some(p), Some(v)) => v.as_str() > p.as_str(),
        _ => false,
    };
    // A day that modifies a noun ("Saturday's election"; construction
    // `genitive-day-no-report`) names an event by its day: no statement is made on it.
    let genitives = &lexicon(doc.lang).conventions.genitives;
    let genitive = |d: &DateMention| {
        genitives
            .iter()
            .any(|g| doc.text[d.end..].starts_with(g.as_str()))
    };
    // A day with a value, of unknown year too ("GENÈVE, 3 mars (Xinhua)" with no
    // publication date: "--03-03"), not after publication, in no caption and no genitive.
    let told_day = |d: &DateMention| {
        d.granularity == Granularity::Day
            && d.value.is_some()
            && !after_publication(d)
            && !in_caption(d)
            && !genitive(d)
    };
    // Whether each date is a told day outside a clause of time: a day in one (construction
    // `subordinate-day-no-carry`) is a background event's, no day of the news carried to
    // the statements after it.
    let told: Vec<bool> = dates
        .iter()
        .map(|d| told_day(d) && !in_subordinate(doc, d))
        .collect();
    // The days of the narration, in text order, and among them the news days.
    let narrated: Vec<bool> = dates
        .iter()
        .zip(&told)
        .map(|(d, &told)| told && !in_content(d))
        .collect();
    let narration_days: Vec<&DateMention> = dates
        .iter()
        .enumerate()
        .filter(|&(k, _)| narrated[k])
        .map(|(_, d)| d)
        .collect();
    // the date line of the page ("Publié le mercredi 2 décembre", a line "Tuesday November
    // 17, 2026" giving the day of publication) stamps the publication: no day the article
    // reports on
    let in_byline = |d: &DateMention| {
        let k = blocks.partition_point(|b| b.end < d.end);
        blocks.get(k).is_some_and(|b| {
            b.start <= d.start
                && (b.kind == BlockKind::Byline
                    || b.kind == BlockKind::Heading && d.value.is_some() && d.value == published)
        })
    };
    // whether date `k` is a news day
    let news_day = |k: usize| news_not_since[k] && !in_byline(&dates[k]);
    let news_days: Vec<&DateMention> = dates
        .iter()
        .enumerate()
        .filter(|&(k, _)| narrated[k] && news_day(k))
        .map(|(_, d)| d)
        .collect();
    // The news days named anywhere but in captions, contents too: a lead with one near
    // it is told by its story ("A treasurer who prosecutors say stole $3m was sentenced
    // Thursday", with "Thursday" read into the content).
    let story_days: Vec<&DateMention> = dates
        .iter()
        .enumerate()
        .filter(|&(k, _)| told[k] && news_day(k))
        .map(|(_, d)| d)
        .collect();
    // The news day of the content of the first statement dated by none that names one
    // (a headline's statement names none): "X a déclaré que … lors de sa rencontre avec
    // Y mardi", then "Il a ajouté …".
    let mut lead_day: Option<&DateMention> = None;
    // The first news day a content names, of known year: before its cue, or before its
    // verbs; not in a quotation, the speaker's words (construction `quoted-day-no-lead`:
    // "« We lost on Friday », he said" is not said on Friday).
    let content_day = |statement: &Statement| {
        if statement.kind == StatementKind::Direct {
            return None;
        }
        let c = dates.partition_point(|d| d.start < statement.content_start);
        dates[c..]
            .iter()
            .zip(&news_not_since[c..])
            .take_while(|(d, _)| d.end <= statement.content_end)
            .take(DATE_WINDOW)
            .find(|&(d, &news)| {
                news && !genitive(d)
                    && d.value.as_deref().is_some_and(|v| !v.starts_with("--"))
                    && !after_publication(d)
                    && (statement.content_end <= statement.cue_start
                        || before_verbs(doc, statement, d))
            })
            .map(|(d, _)| d)
    };
    // The paragraphs of running text before each block (not a name or a place on a line
    // of its own), to count those between a lead and the first news day.
    let body_before: Vec<usize> = std::iter::once(0)
        .chain(blocks.iter().scan(0, |n, b| {
            *n += usize::from(b.kind == BlockKind::Body && b.end - b.start > PARAGRAPH_BYTES);
            Some(*n)
        }))
        .collect();
    let body_between = |from: usize, to: usize| {
        let a = blocks.partition_point(|b| b.end <= from);
        let b = blocks.partition_point(|b| b.end <= to);
        body_before[b].saturating_sub(body_before[(a + 1).min(b)])
    };
    // The ends of the lines that stamp the updates of a live report with a clock time
    // ("12h35 - Le ministre attendu sur place", "16h40"): two at least, the newest
    // first (a timeline of the past runs the other way).
    let conventions = &lexicon(doc.lang).conventions;
    let keeps_day = conventions.update_keeps_day;
    let timed: Vec<(usize, u32)> = blocks
        .iter()
        .filter_map(|b| {
            let block = &doc.text[b.start..b.end];
            clock_stamp(block, conventions)
                .map(|minute| (b.start + block.find('\n').unwrap_or(block.len()), minute))
        })
        .collect();
    // newest first: more steps back in time than forward (an update of the day before
    // closes many: "1.05am GMT", then "11.47pm GMT (Friday)")
    let steps = |back: bool| {
        timed
            .windows(2)
            .filter(|w| (w[1].1 < w[0].1) == back && w[1].1 != w[0].1)
            .count()
    };
    let newest_first = steps(true) > steps(false);
    let stamps: Vec<usize> = if newest_first {
        timed.iter().map(|&(end, _)| end).collect()
    } else {
        Vec::new()
    };
    // The day of the last statement of each speaker that names a day of its own (not
    // the day of a dateline, which stamps the dispatch).
    let mut speaker_days: FastMap<String, String> = FastMap::default();
    let mut undated = Vec::new();
    // The day each statement names of its own, and the statements before every news day
    // that name none (a headline's, a lead's), for construction `lead-report-echo`.
    let mut own_days: Vec<Option<String>> = Vec::with_capacity(statements.len());
    let mut leads = Vec::new();
    for (index, statement) in statements.iter_mut().enumerate() {
        let (s_start, s_end) = doc
            .sentences
            .get(statement.sentence as usize)
            .map(|s| (s.start, s.end))
            .unwrap_or((statement.start, statement.end));
        let (s_start, s_end) = (s_start.min(statement.start), s_end.max(statement.end));
        let distance = |d: &DateMention| {
            if d.end <= statement.cue_start {
                statement.cue_start - d.end
            } else {
                d.start.saturating_sub(statement.cue_end)
            }
        };
        let at_cue = dates.partition_point(|d| d.start < statement.cue_start);
        let first = dates
            .partition_point(|d| d.start < s_start)
            .max(at_cue.saturating_sub(DATE_WINDOW));
        // "As the agency reported, on November 27 the bank said that …": a day (resolved)
        // in the content of another report that holds this statement's cue too is this one's
        let framing = |n: usize| {
            holders[first + n].is_some_and(|h| {
                h != index && spans[h].0 <= statement.cue_start && statement.cue_end <= spans[h].1
            })
        };
        let own = dates[first..]
            .iter()
            .enumerate()
            .take_while(|(_, d)| d.start < s_end)
            .take(at_cue.saturating_sub(first) + DATE_WINDOW)
            .filter(|&(n, d)| {
                // Outside every content ("« … », a-t-il dit, avant d'ajouter que « … au 31
                // décembre »" keeps the 31st for the second statement), or opening this
                // statement's content ("a évalué en mars la baisse …"), unless it opens a
                // stretch ("Depuis janvier, 180 000 citoyens sont revenus. Cela a été déclaré
                // par X", "The shipyard, in administration since June, told creditors"):
                // the start of a state of things, not the day of the report.
                let opens_content = d.start <= statement.content_start + 1
                    && statement.content_start <= d.start
                    && d.end <= statement.content_end;
                d.end <= s_end
                    && !since[first + n]
                    && !genitive(d)
                    && !in_aside(doc, d, s_start, statement.cue_start)
                    && (!in_content(d) || opens_content || framing(n) && d.value.is_some())
                    && !after_publication(d)
            })
            .map(|(_, d)| d)
            .min_by_key(|d| distance(d));
        // the day of a dateline stamps the dispatch: a news day its content names before
        // the cue is the day of the statement ("KIEV, 4 décembre (AFP) - Les deux pays ont
        // procédé jeudi à un échange, a annoncé …"), and the lead day of those after it
        let own = match own {
            Some(d) if in_dateline(doc.text, d) && statement.content_end <= statement.cue_start => {
                let day = content_day(statement);
                lead_day = lead_day.or(day);
                day.or(Some(d))
            }
            own => own,
        };
        // A lead whose story names no day near it, nor any day before it, and a statement
        // of an update of a live report that names no day of its own: the day of
        // publication, that of the news it reports.
        let mut publication_day = false;
        // A date of its own, even unresolved ("a déclaré vendredi" with no publication
        // date), keeps the statement from inheriting another day.
        let date = match own {
            Some(d) => Some(d),
            // Before any news day (a lead that the next sentences date): the first one,
            // when the story names a day (in a content too) before it or at most
            // [`LEAD_REACH`] paragraphs after it; else, or with no news day, the last day
            // of the narration before ("SEOUL, Nov. 10").
            None => {
                let k = news_days.partition_point(|d| d.end <= statement.cue_start);
                if k == 0 {
                    leads.push(index);
                }
                let n = narration_days.partition_point(|d| d.end <= statement.cue_start);
                // a statement whose content names no news day leaves the lead to the next
                if k == 0 && lead_day.is_none() {
                    lead_day = content_day(statement);
                }
                let lead = if k == 0 { lead_day } else { None };
                let first = news_days.first().copied();
                let s = story_days.partition_point(|d| d.end <= statement.cue_start);
                let story = s > 0
                    || story_days
                        .get(s)
                        .is_some_and(|d| body_between(statement.cue_end, d.start) <= LEAD_REACH);
                let near = first.filter(|_| story);
                let far = k == 0 && lead.is_none() && first.is_some() && near.is_none();
                let carried = k
                    .checked_sub(1)
                    .map(|k| news_days[k])
                    .or(lead)
                    .or(near)
                    .or_else(|| n.checked_sub(1).map(|n| narration_days[n]));
                // in an update of a live report, a day carried from after the statement is
                // not its day, nor one named before its stamp unless the language keeps it
                let update = stamps[..stamps.partition_point(|&e| e <= statement.cue_start)]
                    .last()
                    .is_some_and(|&end| {
                        carried.is_none_or(|d| {
                            d.start < end && !keeps_day || d.start > statement.cue_start
                        })
                    });
                publication_day = far && carried.is_none() || update;
                carried.filter(|_| !update)
            }
        };
        let own_day = own
            .filter(|d| d.granularity == Granularity::Day && !in_dateline(doc.text, d))
            .and_then(|d| d.value.clone());
        if let (Some(v), Some(sp)) = (&own_day, &statement.speaker) {
            speaker_days.insert(sp.clone(), v.clone());
        }
        own_days.push(own_day);
        // a statement with no day of its own whose speaker already spoke on a day named
        // is of that day, not of a day the narration named since ("Guardiola was
        // adamant on Friday …", "Rodri limped off on Tuesday", "Guardiola said …")
        let spoken = own
            .is_none()
            .then(|| {
                statement
                    .speaker
                    .as_ref()
                    .and_then(|sp| speaker_days.get(sp))
            })
            .flatten();
        if let Some(v) = spoken {
            statement.date = Some(v.clone());
            continue;
        }
        statement.date = match date {
            Some(d) => d.value.clone(),
            None if publication_day => published.clone(),
            None => {
                undated.push(index);
                None
            }
        };
    }
    // A statement the text ties to no day at all (a headline's, before a lead whose
    // content names the news day: "Kiev salue « un pas … »", then "… ont procédé jeudi à
    // un échange, a annoncé …") is of the lead's day.
    if let Some(lead) = lead_day {
        for &index in &undated {
            statements[index].date.clone_from(&lead.value);
        }
    }
    // Construction `lead-report-echo`: a headline or a lead that names no day announces a
    // report the story tells with its day, by the same speaker (by the same verb when a
    // speaker is unknown): "Lula promet une réponse", then "Lula a promis jeudi …" is of
    // that report's day, not of the first news day of the story ("des données publiées
    // mercredi"), within [`ECHO_REACH`] statements.
    for index in leads {
        let echo = (index + 1..statements.len().min(index + 1 + ECHO_REACH)).find(|&j| {
            let same_verb = statements[j].cue_lemma == statements[index].cue_lemma;
            own_days[j].is_some()
                && match (&statements[j].speaker, &statements[index].speaker) {
                    (Some(a), Some(b)) => a == b,
                    _ => same_verb,
                }
        });
        if let Some(j) = echo {
            statements[index].date.clone_from(&own_days[j]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates_at(
        text: &str,
        published: Option<&str>,
        lang: Lang,
        year: i32,
    ) -> Vec<(String, Option<String>)> {
        let published = published.map(|p| p.parse().unwrap());
        let doc = Doc::new(text, lang, published);
        extract_in(&doc, &SentenceTokens::new(&doc), Window::ending(year))
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn fr(text: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
        dates_at(text, published, Lang::Fr, 2026)
    }

    fn pairs(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        list.iter()
            .map(|(t, v)| (t.to_string(), v.map(str::to_string)))
            .collect()
    }

    #[test]
    fn weekday_day_and_month_pin_the_year() {
        assert_eq!(
            fr("Titre\nIl l'a dit jeudi 18 janvier à Paris.", None),
            pairs(&[("jeudi 18 janvier", Some("2024-01-18"))])
        );
        // Two years of the window fit: the year stays unknown.
        assert_eq!(
            dates_at("Titre\nIl l'a dit jeudi 18 janvier.", None, Lang::Fr, 2024),
            pairs(&[("jeudi 18 janvier", Some("--01-18"))])
        );
    }

    #[test]
    fn inconsistent_weekdays_keep_the_partial_form() {
        let got = fr(
            "Titre\nIl est arrivé lundi (28/10). Le tir de jeudi (31/8) a eu lieu avant samedi (2/11). Un sommet en juin dernier.",
            None,
        );
        assert_eq!(
            got,
            pairs(&[
                ("lundi (28/10)", Some("2024-10-28")),
                ("jeudi (31/8)", Some("--08-31")),
                ("samedi (2/11)", Some("2024-11-02")),
                ("en juin dernier", Some("2024-06")),
            ])
        );
    }

    #[test]
    fn relative_days_resolve_against_the_publication_date() {
        let got = fr(
            "Titre\nHier, le ministre a parlé. Samedi, il a voté. Lundi dernier aussi. Il reviendra mardi prochain, le lendemain de la fête. Le 17 novembre et le 26 juillet prochain.",
            Some("2019-03-19"),
        );
        assert_eq!(
            got,
            pairs(&[
                ("Hier", Some("2019-03-18")),
                ("Samedi", Some("2019-03-16")),
                ("Lundi dernier", Some("2019-03-18")),
                ("mardi prochain", Some("2019-03-26")),
                ("le lendemain", Some("2019-03-27")),
                ("Le 17 novembre", Some("2018-11-17")),
                ("le 26 juillet prochain", Some("2019-07-26")),
            ])
        );
    }

    #[test]
    fn bare_weekday_without_publication_date_is_null() {
        assert_eq!(
            fr(
                "Titre\nLa Chine a déclaré vendredi que rien n'a changé.",
                None
            ),
            pairs(&[("vendredi", None)])
        );
    }

    #[test]
    fn numeric_iso_and_month_forms() {
        let got = fr(
            "Titre\nLe 31/10/2024, puis le 2024-11-02. En février 2022, fin juin et en août, pas en 2022 ni pendant 3 mois ni 18 samedis.",
            None,
        );
        assert_eq!(
            got,
            pairs(&[
                ("Le 31/10/2024", Some("2024-10-31")),
                ("le 2024-11-02", Some("2024-11-02")),
                ("En février 2022", Some("2022-02")),
                ("fin juin", Some("--06")),
                ("en août", Some("--08")),
            ])
        );
    }

    #[test]
    fn stated_publication_date_and_anaphora() {
        let got = fr(
            "Publié le 25/09/2013\nLe 25 octobre, il a parlé. Le même jour, elle a répondu. Une baisse en août puis une hausse le mois suivant, et ce mercredi.",
            None,
        );
        assert_eq!(
            got,
            pairs(&[
                ("le 25/09/2013", Some("2013-09-25")),
                ("Le 25 octobre", Some("2013-10-25")),
                ("Le même jour", Some("2013-10-25")),
                ("en août", Some("2013-08")),
                ("le mois suivant", Some("2013-09")),
                ("ce mercredi", Some("2013-09-25")),
            ])
        );
    }

    #[test]
    fn english_forms() {
        let got = dates_at(
            "Title\nOn Friday, the minister said on November 16, 2024 that talks in June would resume. Yesterday they met.",
            Some("2024-11-20"),
            Lang::En,
            2026,
        );
        assert_eq!(
            got,
            pairs(&[
                ("On Friday", Some("2024-11-15")),
                ("on November 16, 2024", Some("2024-11-16")),
                ("in June", Some("2024-06")),
                ("Yesterday", Some("2024-11-19")),
            ])
        );
    }
}
