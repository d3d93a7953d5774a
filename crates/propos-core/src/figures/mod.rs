//! Figures: numbers with what they count.
//!
//! A figure is a number written with digits (any grouping seen in news: "10 000"
//! with a space, no-break or narrow no-break space, "14.000", "14,000" in English,
//! decimals "3,5" / "3.5", signs "-55%") or with number words worth 10 or more
//! ("dix mille", "ten thousand", read by the `text2num` crate), possibly multiplied
//! ("3,5 milliards", "10M€"), with its unit: the counted noun as a singular lower-case
//! lemma ("soldats nord-coréens" → "soldat", "people" → "person"), a currency or "%"
//! (a currency symbol before the number wins: "$1 billion aid" counts dollars), or a
//! hyphenated noun ("a 72-year-old man" → "year"); a noun of two words that name one thing
//! keeps its first (`compound-unit`: "1,212 polling stations" → "polling station"). Money
//! in a currency and its coins is one figure (`currency-and-coins`: "2 lira 15 kurus" →
//! 2.15 lira). A spaced multiplier leads through a link to its noun
//! (`multiplier-of-noun`: "35 thousand of soldiers" → 35000 soldier). Qualifiers before it
//! set `approx` ("environ", "about") and `bound` ("plus de" → min, "jusqu'à" → max).
//!
//! Not figures: dates, years, clock times, ages of articles, ordinals, reference
//! numbers ("résolution 2231"), parts of names ("G7", "Su-35", "Acte 18"), phone
//! numbers, and bare numbers whose unit cannot be found. Vote counts after a vote word
//! ("passed the bill 415-2" → two figures of votes) and match scores in a sentence of a
//! result word ("Leeds beat Hull 2-1" → two figures of the scoring unit the article
//! names, `score_units.tsv`) are pairs of figures sharing their text. A bare number takes the
//! unit of its range partner ("entre 300 et 500km", "8 000-10 000 soldats"), of a
//! count noun before it ("nombre de X", "death toll", even past a figure inside its
//! phrase; an invariable noun before a plural is its modifier, `invariable-modifier`:
//! "the number of bus drivers" counts drivers) or just after it, of a figure just before it in the sentence ("10 000
//! soldats, dont 8 000 …"), of the nearest plural noun or currency before
//! a rate ("averaging 1,100 per day"; "the murder rate … 35 per 100,000" counts murders), of
//! the plural subject a verb of `level_verbs.txt` leads to it ("tourist trips reached 21.8
//! million"), of the last counted noun after a partitive
//! ("3 000 d'entre eux"), of an earlier figure of the same value, after a pronoun of
//! the figure of an earlier sentence ("ils ne sont que 1 500"), or — with a
//! multiplier — the currency of its sentence, else of the text before. Vague
//! quantities ("des milliers de soldats") are figures with a unit and no value; "une
//! dizaine de", "a dozen" are approximate values.
//!
//! A figure takes the speaker of the statement whose content holds it (or of a report
//! nested in that content, construction `nested-report-figure`: "X said the federation
//! estimated that 4,000 …", or of a source marker opening that content, construction
//! `content-marker-figure`: "X noted that, according to customs officers, …"), of an
//! interview answer, or of who forecast or counted it ("the $2.45bn analysts had expected",
//! `figure_sources.tsv`), or, in narration, of the subject of a counting verb right before it
//! (construction `counter-subject-figure`: "…, while police counted 1,500", « La police n'en a
//! compté que 800 »), or of the source of the data that show it
//! (construction `data-source-figure`: "Brightmoor's figures showed rents rose 0.3%", "…,
//! data from the Rail Office showed", « …, montrent les chiffres de l'Insee »): [`attribute_in`].
//!
//! All language knowledge (multipliers, qualifiers, units, plural endings, stop
//! words, reference words…) is in `lexicons/<lang>/`; the scans are linear.
//!
//! Complexity: linear in the article's size — each sentence's tokens are scanned
//! once for numbers, and units are looked up in hashed lexicons; `examples/scaling.rs` times it on hostile inputs.

pub(crate) mod text;

use crate::chars::{ceil_boundary, floor_boundary};
use crate::hash::{FastMap, FastSet};
use text::{lower, Kind, SentenceTokens, Tokens};
use text2num::find_numbers;

use crate::language::figures::{Lexicon, Qualifier};
use crate::language::Language;
use crate::layout::BlockKind;
use crate::spans::SpanIndex;
use crate::{ActorType, Bound, DateMention, Doc, Figure, Lang, Statement};

impl Lexicon {
    /// Whether a lower-case word can be the plural noun counted by a number of 2 or more
    /// ("soldats", "pays", "people"); "viennent" or "fled" cannot.
    fn is_plural(&self, word: &str) -> bool {
        self.invariables.contains(word) || self.plurals.is_plural(word)
    }

    /// The singular lower-case lemma of a counted noun; of each part of a hyphenated
    /// compound whose parts are all plural ("sapeurs-pompiers" → "sapeur-pompier").
    fn lemma(&self, word: &str) -> String {
        let w = lower(word);
        let w = w.as_ref();
        if let Some((head, rest)) = w.split_once('-') {
            let plural = |p: &str| {
                p.chars().count() >= 3 && !self.stopwords.contains(p) && self.plurals.is_plural(p)
            };
            if !rest.contains('-') && plural(head) && plural(rest) {
                return format!("{}-{}", self.lemma(head), self.lemma(rest));
            }
        }
        if let Some(s) = self.plurals.irregular(w) {
            return s.to_string();
        }
        if self.invariables.contains(w) || w.chars().count() <= 2 {
            return w.to_string();
        }
        // Capitalized nouns of peoples: "Français", "Chinois".
        if word.starts_with(char::is_uppercase)
            && self.demonym_suffixes.iter().any(|e| w.ends_with(e))
        {
            return w.to_string();
        }
        // "buses" → "bus": an invariable word with a plural ending.
        for cut in [2, 1] {
            if let Some(stem) = w.get(..w.len().saturating_sub(cut)) {
                if self.invariables.contains(stem) {
                    return stem.to_string();
                }
            }
        }
        if let Some((plural, singular)) = self.plurals.ending(w) {
            let stem = &w[..w.len() - plural.len()];
            if stem.chars().count() >= 2 {
                return format!("{stem}{singular}");
            }
        }
        w.to_string()
    }
}

fn lexicon(lang: Lang) -> &'static Lexicon {
    &Language::of(lang).figures
}

/// A number found in a sentence, before its unit is settled.
#[derive(Debug, Clone)]
struct Candidate {
    /// First token of the figure (qualifier or currency symbol included).
    first: usize,
    /// First token of the number itself.
    number: usize,
    /// Last token of the number (multiplier included).
    number_last: usize,
    /// Last token of the figure (unit included).
    last: usize,
    value: f64,
    multiplier: Option<u128>,
    unit: Option<String>,
    /// The unit is a noun written after the number (not inferred).
    written_unit: bool,
    approx: bool,
    bound: Option<Bound>,
    range: bool,
    from_words: bool,
    /// A four-digit integer written without grouping: maybe a year.
    year_like: bool,
    /// Joined to another number by a dash ("3-2", "10-15 %").
    dashed: bool,
    /// A spelled number after a vague opener ("several hundred million dollars"): no value.
    vague: bool,
    /// The tokens of the text both figures of a score or vote share ("415-2").
    pair: Option<(usize, usize)>,
    /// Dashed right after a capitalised name: a figure only as half of a score ("Leeds
    /// beat Hull 2-1"), not as a model number ("Boeing 737-800 jets").
    named: bool,
}

/// A number parsed from digits: tokens, value, and what was glued to it.
struct Parsed {
    first: usize,
    last: usize,
    value: f64,
    grouped: bool,
    decimals: u32,
    digits: usize,
    glued_unit: Option<String>,
    glued_multiplier: Option<u128>,
    dashed: bool,
    /// The currency of a letter glued before the number ("K150,000").
    letter_currency: Option<String>,
}

fn is_group_space(s: &str) -> bool {
    matches!(s, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// Parses the digits at token `i` with their grouping, decimals, sign and glued letters.
fn parse_digits(t: &Tokens, i: usize, lex: &Lexicon) -> Option<Parsed> {
    let head = t.str(i);
    // Too long for a quantity, or a leading zero ("01 45 67 89 10", "007"): a reference.
    if head.len() > 15 || (head.len() > 1 && head.starts_with('0')) {
        return None;
    }
    let mut first = i;
    let mut sign = 1.0;
    let mut dashed = false;
    let mut letter_currency = None;
    if i > 0 {
        match t.kind(i - 1) {
            // "K12 million": a currency letter, checked once the number is read
            Kind::Word if lex.currency_letters.contains_key(t.str(i - 1)) => {
                letter_currency = lex.currency_letters.get(t.str(i - 1)).cloned();
            }
            // "G7", "CO2", but "VND1.2 trillion", "Rp10 trillion": a currency code
            Kind::Word
                if !lex
                    .abbreviations
                    .get(t.str(i - 1))
                    .is_some_and(|u| lex.currencies.contains(u.as_str())) =>
            {
                return None
            }
            Kind::Punct => {
                let p = t.str(i - 1);
                // "4.75%-5%" is a range too
                let glued_left = i >= 2
                    && (matches!(t.kind(i - 2), Kind::Word | Kind::Digits) || t.str(i - 2) == "%");
                match p {
                    // "Su-35", "Covid-19"; "8 000-10 000" is a range.
                    "-" | "‑" | "−" | "–" if glued_left => {
                        if t.kind(i - 2) == Kind::Word {
                            return None;
                        }
                        dashed = true;
                    }
                    "-" | "−" => {
                        sign = -1.0;
                        first = i - 1;
                    }
                    "+" if !glued_left => first = i - 1,
                    "/" | ":" | "°" | "#" | "№" | "_" | "@" => return None,
                    "." | "," if glued_left => return None,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let mut mantissa: u128 = head.parse().ok()?;
    let mut digits = head.len();
    let mut decimals = 0u32;
    let mut grouped = false;
    let mut last = i;
    if head.len() <= 3 {
        let mut separator: Option<&str> = None;
        while t.is(last + 2, Kind::Digits) && t.str(last + 2).len() == 3 && digits < 15 {
            let sep = t.str(last + 1);
            let group = t.str(last + 2);
            let ok = match t.kind(last + 1) {
                Kind::Space => is_group_space(sep),
                // the other convention's thousands ("14,000 soldats" in French, often
                // machine-translated): a decimal would not end in "00"
                Kind::Punct => {
                    sep == lex.numbers.group
                        || (sep.chars().count() == 1 && lex.numbers.other_groups.contains(sep))
                        || (lex.numbers.foreign_group == Some(sep)
                            && (group.ends_with("00")
                                || (t.is_punct(last + 3, sep) && t.is(last + 4, Kind::Digits))))
                }
                _ => false,
            };
            if !ok || separator.is_some_and(|s| s != sep) {
                break;
            }
            // "1.550.3" is not a grouped number; stop before ambiguous tails.
            separator = Some(sep);
            mantissa = mantissa * 1000 + t.str(last + 2).parse::<u128>().ok()?;
            digits += 3;
            last += 2;
            grouped = true;
        }
    }
    // Decimals: "3,5" (French), "3.5" (`numbers.tsv`).
    if t.is(last + 1, Kind::Punct) && t.is(last + 2, Kind::Digits) {
        let sep = t.str(last + 1);
        let frac = t.str(last + 2);
        let ok = sep == lex.numbers.decimal
            || (lex.numbers.foreign_decimal == Some(sep) && !grouped && frac.len() != 3);
        let continues =
            t.is(last + 3, Kind::Punct) && t.str(last + 3) == sep && t.is(last + 4, Kind::Digits);
        if ok && !continues && frac.len() <= 6 {
            mantissa = mantissa * 10u128.pow(frac.len() as u32) + frac.parse::<u128>().ok()?;
            decimals = frac.len() as u32;
            last += 2;
        } else if continues || (ok && frac.len() > 6) {
            return None;
        }
    }
    // Times and fractions: "10:30", "2/11". "3-2" may be a score or a range ("10-15 %"):
    // such numbers only take the unit of their range partner.
    if t.is(last + 1, Kind::Punct) && t.is(last + 2, Kind::Digits) {
        match t.str(last + 1) {
            "/" | ":" => return None,
            "-" | "‑" | "–" => dashed = true,
            _ => {}
        }
    }
    let mut glued_unit = None;
    let mut glued_multiplier = None;
    // "$14.6-billion", "R753-million", "a 48-billion-baht plan": a multiplier joined by
    // a hyphen.
    let glued = |a: usize, b: usize| b < t.len() && t.toks[b].start == t.toks[a].end;
    if t.is_punct(last + 1, "-") && glued(last, last + 1) && glued(last + 1, last + 2) {
        if let Some(&m) = t
            .is(last + 2, Kind::Word)
            .then(|| lex.multipliers.get(t.str(last + 2)))
            .flatten()
        {
            glued_multiplier = Some(m);
            last += 2;
        }
    }
    if glued_multiplier.is_none() && t.is(last + 1, Kind::Word) {
        let word = t.str(last + 1);
        let low = lower(word);
        if lex.ordinal_suffixes.contains(low.as_ref()) {
            return None;
        }
        if low == "h" {
            return None; // "5h39", "20H"
        }
        if word == "m"
            && decimals == 0
            && t.is(last + 2, Kind::Digits)
            && t.str(last + 2).len() == 2
        {
            // "1m90"
            mantissa = mantissa * 100 + t.str(last + 2).parse::<u128>().ok()?;
            decimals = 2;
            glued_unit = Some("m".to_string());
            last += 2;
        } else if let Some(&m) = lex.multipliers.get(word) {
            glued_multiplier = Some(m);
            last += 1;
        } else if let Some(&m) = lex
            .currency_multipliers
            .get(word)
            .filter(|_| currency_before(t, first, lex) || plural_after(t, last + 1, lex))
        {
            // "$400k", "2.5m people": a multiplier, not a metre.
            glued_multiplier = Some(m);
            last += 1;
        } else if let Some(unit) = lex.abbreviations.get(word) {
            glued_unit = Some(unit.clone());
            last += 1;
        } else if word.chars().count() >= 3
            && word.chars().all(char::is_lowercase)
            && lex.is_plural(word)
        {
            // "4.789.200demandeurs": a glued noun.
            glued_unit = Some(lex.lemma(word));
            last += 1;
        } else {
            return None; // "5G", "3D"
        }
        // "40m2", "300km2": a square or cubic unit (`compound_unit` reads the power)
        let power = glued_unit.is_some()
            && matches!(t.str(last + 1), "2" | "3")
            && !matches!(t.kind(last + 2), Kind::Word | Kind::Digits);
        if t.is(last + 1, Kind::Digits) && !power {
            return None;
        }
    }
    // "K150,000", "K2.1 billion", "N209.50" (cents) are money; "N7", "K2" are names of
    // roads or peaks.
    if letter_currency.is_some() && !grouped && decimals != 2 && glued_multiplier.is_none() {
        let next = t.skip_space(last + 1);
        let multiplied =
            next > last + 1 && t.is(next, Kind::Word) && lex.multipliers.contains_key(t.str(next));
        if !multiplied {
            return None;
        }
    }
    let value = sign * scale(mantissa, decimals, glued_multiplier.unwrap_or(1));
    Some(Parsed {
        first,
        last,
        value,
        grouped,
        decimals,
        digits,
        glued_unit,
        glued_multiplier,
        dashed,
        letter_currency,
    })
}

/// Whether a currency symbol is glued before token `first` ("$400k").
fn currency_before(t: &Tokens, first: usize, lex: &Lexicon) -> bool {
    first > 0 && t.is(first - 1, Kind::Punct) && lex.is_currency_symbol(t.str(first - 1))
}

/// Whether the word after token `i`, past a space, is a lower-case plural noun ("2.5m
/// people").
fn plural_after(t: &Tokens, i: usize, lex: &Lexicon) -> bool {
    let j = t.skip_space(i + 1);
    j > i + 1
        && t.is(j, Kind::Word)
        && t.str(j).starts_with(char::is_lowercase)
        && !lex.stopwords.contains(t.low(j))
        && lex.is_plural(t.low(j))
}

/// A phone or reference number starting at digit token `i` ("01 45 67 89 10",
/// "0800 123", "+33 1 45 67 89 10"): the last token of the run.
fn phone_like(t: &Tokens, i: usize) -> Option<usize> {
    let mut groups = vec![i];
    let mut last = i;
    let mut separator: Option<&str> = None;
    while groups.len() < 64 {
        let sep = last + 1;
        let ok = match t.kind(sep) {
            Kind::Space => is_group_space(t.str(sep)),
            Kind::Punct => matches!(t.str(sep), "." | "-"),
            _ => false,
        };
        // One separator throughout: "8 000-10 000" is a range, not a number.
        if !ok || !t.is(sep + 1, Kind::Digits) || separator.is_some_and(|s| s != t.str(sep)) {
            break;
        }
        separator = Some(t.str(sep));
        last = sep + 1;
        groups.push(last);
    }
    let leading_zero = t.str(i).len() > 1 && t.str(i).starts_with('0');
    let grouping = t.str(i).len() <= 3 && groups[1..].iter().all(|&g| t.str(g).len() == 3);
    ((leading_zero && groups.len() > 1) || (groups.len() >= 4 && !grouping)).then_some(last)
}

/// `mantissa × multiplier / 10^decimals`, exact when it is an integer.
fn scale(mantissa: u128, decimals: u32, multiplier: u128) -> f64 {
    let divisor = 10u128.pow(decimals);
    match mantissa.checked_mul(multiplier) {
        Some(n) if n % divisor == 0 => (n / divisor) as f64,
        Some(n) => n as f64 / divisor as f64,
        None => mantissa as f64 * multiplier as f64 / divisor as f64,
    }
}

/// A text2num token: one of our tokens, lower-cased once.
struct WordToken<'a> {
    text: &'a str,
    lower: std::borrow::Cow<'a, str>,
    digits: bool,
}

impl text2num::Token for &WordToken<'_> {
    fn text(&self) -> std::borrow::Cow<'_, str> {
        self.text.into()
    }

    fn text_lowercase(&self) -> std::borrow::Cow<'_, str> {
        self.lower.as_ref().into()
    }

    fn not_a_number_part(&self) -> bool {
        self.digits
    }
}

/// Spelled-out numbers of a sentence: start token → (last token, value), from text2num.
fn word_numbers(t: &Tokens, lex: &Lexicon) -> FastMap<usize, (usize, f64)> {
    let mut found = FastMap::default();
    let triggered = (0..t.len()).any(|i| {
        t.is(i, Kind::Word)
            && lex.trigger_filter.may_contain(t.str(i))
            && lex.triggers.contains(t.low(i))
    });
    if !triggered {
        return found;
    }
    // text2num reads "vingt-cinq" as one word: hyphenated words are joined, spaces
    // left out, and `spans` maps each of its tokens back to ours.
    // at most one word token per token of the sentence: no growing
    let mut tokens: Vec<WordToken> = Vec::with_capacity(t.len());
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        let kind = t.kind(i);
        if kind == Kind::Space {
            i += 1;
            continue;
        }
        let mut last = i;
        if kind == Kind::Word {
            while t.is(last + 2, Kind::Word) && t.is_punct(last + 1, "-") {
                last += 2;
            }
        }
        let text = &t.text[t.toks[i].start..t.toks[last].end];
        tokens.push(WordToken {
            text,
            lower: lower(text),
            digits: kind == Kind::Digits,
        });
        spans.push((i, last));
        i = last + 1;
    }
    for occurrence in find_numbers(tokens.iter(), &lex.text2num, 10.0) {
        if occurrence.is_ordinal || occurrence.value < 10.0 || occurrence.end == 0 {
            continue;
        }
        let (Some(&(first, _)), Some(&(_, last))) =
            (spans.get(occurrence.start), spans.get(occurrence.end - 1))
        else {
            continue;
        };
        if !t.is(first, Kind::Word) {
            continue;
        }
        // "des millions de", "thousands of": vague quantities.
        let head = t.low(first);
        if lex.vague.contains(head)
            || lex
                .plurals
                .strip(head)
                .is_some_and(|s| lex.multipliers.contains_key(s))
        {
            continue;
        }
        found.insert(first, (last, occurrence.value));
    }
    found
}

/// The low end of a range written with a number word under ten ("between eight and 10
/// weeks", "de huit à 10 semaines"): a figure, as the high end after the connector is.
fn small_range_ends(t: &Tokens, lex: &Lexicon, words: &mut FastMap<usize, (usize, f64)>) {
    for i in 0..t.len() {
        if !t.is(i, Kind::Word) {
            continue;
        }
        let Some(&n) = lex.small_numbers.get(t.low(i)) else {
            continue;
        };
        let Some(link) = t
            .next_word(i)
            .filter(|&w| lex.connectors.contains(t.low(w)))
        else {
            continue;
        };
        let high = t.skip_space(link + 1);
        if high > link + 1 && (t.is(high, Kind::Digits) || words.contains_key(&high)) {
            words.insert(i, (i, n));
        }
    }
}

/// Fractions of spelled numbers: "half a million", "a quarter of a million", "un
/// demi-million", "deux millions et demi".
fn fractions(t: &Tokens, lex: &Lexicon, words: &mut FastMap<usize, (usize, f64)>) {
    if lex.fractions.is_empty() {
        return;
    }
    let fraction = |i: usize| -> Option<f64> {
        t.is(i, Kind::Word)
            .then(|| lex.fractions.get(t.low(i)).copied())
            .flatten()
    };
    let mut found: Vec<(usize, usize, f64)> = Vec::new();
    for i in 0..t.len() {
        // "un demi-million" (the hyphen first: most words are followed by none)
        if t.is_punct(i + 1, "-") && t.is(i + 2, Kind::Word) {
            if let Some(f) = fraction(i) {
                if let Some(&m) = lex.multipliers.get(t.low(i + 2)) {
                    found.push((i, i + 2, f * m as f64));
                }
            }
        }
    }
    let mut moved: Vec<(usize, usize, usize, f64)> = Vec::new();
    for (&first, &(last, value)) in words.iter() {
        // "deux millions et demi"
        if let Some(&m) = lex.multipliers.get(t.low(last)) {
            let half = t
                .next_word(last)
                .filter(|&w| lex.connectors.contains(t.low(w)))
                .and_then(|w| t.next_word(w))
                .and_then(|w| Some((w, fraction(w)?)));
            if let Some((w, f)) = half {
                moved.push((first, first, w, value + f * m as f64));
                continue;
            }
        }
        // "half a million", "a quarter of a million"
        let Some(article) = t
            .prev_word(first)
            .filter(|&a| lex.approx_openers.contains(t.low(a)))
        else {
            continue;
        };
        let mut p = t.prev_word(article);
        if let Some(link) = p.filter(|&w| lex.links.contains(t.low(w))) {
            p = t.prev_word(link);
        }
        if let Some((w, f)) = p.and_then(|w| Some((w, fraction(w)?))) {
            let start = t
                .prev_word(w)
                .filter(|&a| lex.approx_openers.contains(t.low(a)))
                .unwrap_or(w);
            moved.push((first, start, last, value * f));
        }
    }
    for (old, first, last, value) in moved {
        words.remove(&old);
        words.insert(first, (last, value));
    }
    for (first, last, value) in found {
        words.insert(first, (last, value));
    }
}

/// Finds the figures of an article.
pub fn extract(doc: &Doc) -> Vec<Figure> {
    let dates = crate::dates::extract(doc);
    extract_with_dates(doc, &dates)
}

/// Finds the figures of an article whose dates are known (their numbers are not figures).
pub fn extract_with_dates(doc: &Doc, dates: &[DateMention]) -> Vec<Figure> {
    extract_from(doc, &SentenceTokens::new(doc), dates)
}

/// [`extract_with_dates`] with the tokens of the sentences already made.
pub(crate) fn extract_from(
    doc: &Doc,
    tokens: &SentenceTokens,
    dates: &[DateMention],
) -> Vec<Figure> {
    let lex = lexicon(doc.lang);
    let mut figures: Vec<Figure> = Vec::new();
    // Unit of the last figure of each value, for bare repeats of a value.
    let mut units_by_value: FastMap<u64, String> = FastMap::default();
    // Unit of the last figure whose unit was written, for "3 000 d'entre eux".
    let mut last_written: Option<String> = None;
    // Units of the last figure counting money, and counting anything else.
    let mut earlier = Earlier::default();
    let mut scoring = Scoring {
        doc,
        tokens,
        unit: None,
    };
    let mut date_index = 0;
    for (stretch, start, end) in text::stretches(doc) {
        let t = tokens.stretch(doc.text, stretch);
        while date_index < dates.len() && dates[date_index].end <= start {
            date_index += 1;
        }
        let sentence_dates: Vec<(usize, usize)> = dates[date_index..]
            .iter()
            .take_while(|d| d.start < end)
            .map(|d| (d.start, d.end))
            .collect();
        let mut candidates = sentence_candidates(&t, lex, &sentence_dates);
        minor_coins(&t, lex, &mut candidates);
        proportions(&t, lex, &mut candidates);
        infer_units(
            &t,
            lex,
            &mut candidates,
            &units_by_value,
            last_written.as_deref(),
            &earlier,
            &mut scoring,
        );
        let mut found: Vec<Figure> = vague_quantities(&t, lex, &candidates);
        // "Des milliers de manifestants ont défilé. Ils étaient 3 000 selon la police."
        if let Some(unit) = found.iter().rev().find_map(|f| f.unit.as_ref()) {
            if lex.currencies.contains(unit.as_str()) {
                earlier.currency = Some(unit.clone());
            } else if unit != "%" {
                earlier.counted = Some(unit.clone());
            }
        }
        for c in candidates {
            if c.named && c.pair.is_none() {
                continue;
            }
            let Some(unit) = c.unit else { continue };
            if !c.vague && c.pair.is_none() {
                units_by_value.insert(c.value.to_bits(), unit.clone());
            }
            if lex.currencies.contains(unit.as_str()) {
                earlier.currency = Some(unit.clone());
            } else if unit != "%" {
                earlier.counted = Some(unit.clone());
            }
            // "171,020 wounded": a state, not the noun a later "36 of those" points back to
            if c.written_unit && unit != "%" && !lex.nominal_participles.contains(unit.as_str()) {
                last_written = Some(unit.clone());
            }
            let (first, last) = c.pair.unwrap_or((c.first, c.last));
            let start = t.toks[first].start;
            let end = t.toks[last].end;
            found.push(Figure {
                figure_id: 0,
                start,
                end,
                text: doc.text[start..end].to_string(),
                value: (!c.vague).then_some(c.value),
                unit: Some(unit),
                approx: c.approx || c.vague,
                bound: c.bound,
                statement_id: None,
                speaker: None,
            });
        }
        if let Some(asked) = asked_unit(&t, lex) {
            earlier.asked = asked;
        }
        found.sort_by_key(|f| f.start);
        for mut f in found {
            f.figure_id = figures.len() as u32;
            figures.push(f);
        }
    }
    figures
}

/// Units of the figures of earlier sentences, for numbers whose unit is implied.
#[derive(Default)]
struct Earlier {
    /// The last currency: "2 milliards d'euros. La santé en reçoit 1,7 milliard."
    currency: Option<String>,
    /// The last other unit (not "%"): "3 000 soldats. Selon Moscou, ils sont 1 500."
    counted: Option<String>,
    /// The noun of the last question asking for a count, until the next question: "How
    /// many homes use your batteries? — About 18,000."
    asked: Option<String>,
}

/// The counted noun of a question asking for a count ("How many homes …?", "Combien de
/// lits …?"), `Some(None)` for another question, `None` when the sentence asks nothing.
fn asked_unit(t: &Tokens, lex: &Lexicon) -> Option<Option<String>> {
    let last = (0..t.len()).rev().find(|&k| t.kind(k) != Kind::Space)?;
    if !t.is_punct(last, "?") {
        return None;
    }
    let noun = (0..t.len()).find_map(|k| {
        let (end, _) = lex.questions.match_at(t, k)?;
        let noun = t.next_word(end)?;
        let word = t.str(noun);
        let low = lower(word);
        (word.starts_with(char::is_lowercase)
            && !lex.stopwords.contains(low.as_ref())
            && lex.is_plural(&low))
        .then(|| lex.lemma(word))
    });
    Some(noun)
}

/// Vague quantities ("des milliers de soldats", "plusieurs centaines de milliers
/// d'offres"): figures with a unit and no value.
fn vague_quantities(t: &Tokens, lex: &Lexicon, candidates: &[Candidate]) -> Vec<Figure> {
    let mut out = Vec::new();
    // Candidates are in text order and do not overlap.
    let taken = |i: usize| {
        let k = candidates.partition_point(|c| c.first <= i);
        k > 0 && candidates[k - 1].last >= i
    };
    let mut i = 0;
    while i < t.len() {
        if !t.is(i, Kind::Word)
            || !lex.vague_filter.may_contain(t.str(i))
            || !lex.vague.contains(t.low(i))
            || taken(i)
        {
            i += 1;
            continue;
        }
        let mut first = i;
        // "une dizaine de policiers": about 10.
        let mut value = None;
        if let Some(p) = t.prev_word(i) {
            if lex.vague_openers.contains(t.low(p)) {
                first = p;
            } else if lex.approx_openers.contains(t.low(p)) {
                if let Some(&v) = lex.approx_quantities.get(t.low(i)) {
                    first = p;
                    value = Some(v);
                }
            } else if let Some(&n) = lex.small_numbers.get(t.low(p)) {
                // "two dozen", "deux douzaines": so many of the quantity.
                if let Some(&v) = lex.approx_quantities.get(&lex.lemma(t.str(i))) {
                    first = p;
                    value = Some(n * v);
                }
            }
        }
        // "centaines de milliers d'offres"
        let mut last = i;
        let mut noun = None;
        let mut people_unit = None;
        while let Some(link) = t.next_word(last) {
            if !lex.links.contains(t.low(link)) {
                // "a dozen soldiers": the noun right after, or after its modifiers ("a
                // dozen Chinese fishing vessels").
                if value.is_some() {
                    noun = noun_after_modifiers(t, lex, last);
                }
                break;
            }
            let Some(mut next) = t.next_word(link) else {
                break;
            };
            if lex.vague.contains(t.low(next)) {
                // "une centaine de milliers": vague again.
                value = None;
                last = next;
                continue;
            }
            for _ in 0..3 {
                if !lex.adjectives.contains(t.low(next)) {
                    break;
                }
                match t.next_word(next) {
                    Some(n) => next = n,
                    None => break,
                }
            }
            let word = t.str(next);
            let low = lower(word);
            if word.starts_with(char::is_lowercase)
                && !lex.stopwords.contains(low.as_ref())
                && lex.is_plural(&low)
            {
                noun = Some(next);
            } else if let Some(people) = hyphenated_people(t, lex, next) {
                // "une quarantaine d'Équato-Guinéens"
                noun = Some(people.0);
                people_unit = Some(people.1);
            }
            break;
        }
        // "de 120 lits à une soixantaine", "130 espèces, dont une vingtaine": an
        // approximate quantity without a noun counts what the figure before it counts.
        let (noun, unit) = match noun {
            Some(noun) => (noun, people_unit.unwrap_or_else(|| lex.lemma(t.str(noun)))),
            None => {
                let k = candidates.partition_point(|c| c.last < first);
                let before = candidates[..k]
                    .iter()
                    .rev()
                    .find_map(|c| c.unit.as_deref().filter(|&u| u != "%"));
                match before.filter(|_| value.is_some()) {
                    Some(unit) => (last, unit.to_string()),
                    None => {
                        i = last + 1;
                        continue;
                    }
                }
            }
        };
        // "environ une centaine de personnes", "about a dozen".
        let mut bound = None;
        if value.is_some() {
            if let Some((start, &q)) = lex.qualifiers.match_before(t, first, 4) {
                match q {
                    Qualifier::Min => bound = Some(Bound::Min),
                    Qualifier::Max => bound = Some(Bound::Max),
                    Qualifier::Approx | Qualifier::Range => {}
                }
                first = start;
            }
        }
        let (start, end) = (t.toks[first].start, t.toks[noun].end);
        out.push(Figure {
            figure_id: 0,
            start,
            end,
            text: t.text[start..end].to_string(),
            value,
            unit: Some(unit),
            approx: true,
            bound,
            statement_id: None,
            speaker: None,
        });
        i = noun + 1;
    }
    out
}

/// The numbers of one sentence with their written units and qualifiers.
fn sentence_candidates(t: &Tokens, lex: &Lexicon, dates: &[(usize, usize)]) -> Vec<Candidate> {
    let mut words = word_numbers(t, lex);
    fractions(t, lex, &mut words);
    small_range_ends(t, lex, &mut words);
    // `dates` are in text order and do not overlap.
    let in_date = |i: usize| {
        let tok = t.toks[i];
        let k = dates.partition_point(|&(_, b)| b <= tok.start);
        dates.get(k).is_some_and(|&(a, _)| a < tok.end)
    };
    let first_word = (0..t.len()).find(|&k| t.is(k, Kind::Word));
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if t.kind(i) == Kind::Digits {
            if let Some(end) = phone_like(t, i) {
                i = end + 1;
                continue;
            }
        }
        let parsed = match t.kind(i) {
            Kind::Digits if !in_date(i) => parse_digits(t, i, lex),
            Kind::Word => words.get(&i).map(|&(last, value)| Parsed {
                first: i,
                last,
                value,
                grouped: true,
                decimals: 0,
                digits: 0,
                glued_unit: None,
                // "dix milliards": the value already counts the multiplier; "deux
                // millions et demi": the multiplier before the fraction.
                glued_multiplier: lex
                    .multipliers
                    .get(t.low(last))
                    .or_else(|| {
                        let before = lex
                            .fractions
                            .contains_key(t.low(last))
                            .then(|| t.prev_word(last).and_then(|link| t.prev_word(link)));
                        lex.multipliers.get(t.low(before.flatten()?))
                    })
                    .copied(),
                dashed: false,
                letter_currency: None,
            }),
            _ => None,
        };
        let Some(p) = parsed else {
            i += 1;
            continue;
        };
        let from_words = t.kind(i) == Kind::Word;
        if (p.first..=p.last).any(in_date) {
            i = p.last + 1;
            continue;
        }
        let mut c = complete(t, lex, p, from_words);
        i = c.last + 1;
        if from_words {
            if let Some(w) = t.prev_word(c.first) {
                if lex.vague_openers.contains(t.low(w)) {
                    c.vague = true;
                    c.first = w;
                }
            }
        }
        if let Some(c) = c.filter(t, lex, first_word) {
            out.push(c);
        }
    }
    out
}

/// Whether the text [`between`] two candidates is one of `words`, without lower-casing a
/// text too long to be one: a lower case has at least a third of the bytes of its text
/// (the Kelvin sign, three bytes, lower-cases to "k").
fn link_is(t: &Tokens, a: &Candidate, b: &Candidate, words: &FastSet<&str>) -> bool {
    let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
    let (start, end) = (t.toks[a.last].end, t.toks[b.first].start);
    if start <= end && t.text[start..end].trim().len() > 3 * longest {
        return false;
    }
    words.contains(between(t, a, b).as_str())
}

/// The text between two candidates, trimmed and in lower case.
fn between(t: &Tokens, a: &Candidate, b: &Candidate) -> String {
    let start = t.toks[a.last].end;
    let end = t.toks[b.first].start;
    if start <= end {
        t.text[start..end].trim().to_lowercase()
    } else {
        String::new()
    }
}

impl Candidate {
    /// Drops years, references, parts of names and clock times.
    fn filter(mut self, t: &Tokens, lex: &Lexicon, first_word: Option<usize>) -> Option<Candidate> {
        // "No. 2", "No.3": a reference word abbreviated with a period.
        let abbreviated = t
            .prev_non_space(self.first)
            .filter(|&p| t.is_punct(p, "."))
            .and_then(|p| p.checked_sub(1))
            .is_some_and(|w| t.is(w, Kind::Word) && lex.references.contains(t.low(w)));
        if abbreviated {
            return None;
        }
        let before = t.prev_word(self.first).map(|w| (w, t.low(w)));
        if let Some((w, word)) = &before {
            // "Article 5", "No. 2", "No.3"
            let abbreviated =
                t.is_punct(*w + 1, ".") && (*w + 2 == self.first || t.spaced(*w + 1, self.first));
            if lex.references.contains(word) && (t.spaced(*w, self.first) || abbreviated) {
                return None;
            }
            // "le top 10", but "the top 20 countries" counts countries.
            if lex.rankings.contains(word) && !self.written_unit {
                return None;
            }
            // "Acte 18", "France 24": a number after a capitalized name, with no unit (not
            // past a word of the figure: "gave Labour between 300 and 350 seats").
            let name = t.str(*w).starts_with(char::is_uppercase)
                && self.first == self.number
                && !lex.stopwords.contains(word)
                && !lex.months.contains_key(*word)
                && t.spaced(*w, self.first)
                && Some(*w) != first_word;
            if name && !self.written_unit && !self.approx && self.bound.is_none() {
                if !self.dashed || !t.is(self.number_last + 2, Kind::Digits) {
                    return None;
                }
                self.named = true;
            }
            // "the Boeing 737 jets", "Max 9 jets": a plain number after a name opened by
            // a determiner or by a number is a model number, whatever noun follows.
            let opened = t.prev_non_space(*w).is_some_and(|p| {
                t.is(p, Kind::Digits)
                    || t.is(p, Kind::Word) && lex.name_determiners.contains(t.low(p))
            });
            let plain = self.first == self.number
                && self.number == self.number_last
                && !self.from_words
                && self.multiplier.is_none();
            if name && opened && plain {
                return None;
            }
        }
        if self.first > 0 && t.is_punct(t.prev_non_space(self.first).unwrap_or(0), "°") {
            return None;
        }
        // "20 MINUTES", "7 Jours": a bare number before a capitalized word names something.
        if self.unit.is_none() {
            let next = t.skip_space(self.last + 1);
            if next > self.last + 1
                && t.is(next, Kind::Word)
                && t.str(next).starts_with(char::is_uppercase)
            {
                return None;
            }
        }
        // "entre 2016 et 2021": a range of years, not of figures.
        if self.year_like && self.range && !self.written_unit && self.multiplier.is_none() {
            let j = t.skip_space(self.last + 1);
            let k = t.skip_space(j + 1);
            let linked = t.is(j, Kind::Word) && lex.connectors.contains(t.low(j))
                || t.is(j, Kind::Punct) && lex.connectors.contains(t.str(j));
            let year = t.is(k, Kind::Digits)
                && t.str(k).len() == 4
                && t.str(k)
                    .parse::<u32>()
                    .is_ok_and(|y| (1000..=2100).contains(&y));
            if linked && year {
                return None;
            }
        }
        let unit = self.unit.as_deref().unwrap_or("");
        if self.year_like
            && self.multiplier.is_none()
            && !self.approx
            && self.bound.is_none()
            && !self.range
        {
            let preposition = before.as_ref().is_some_and(|(w, word)| {
                lex.year_prepositions.contains(word) && t.spaced(*w, self.first)
            });
            let counted = self.written_unit && !lex.currencies.contains(unit) || unit == "%";
            // "the 1951 Mutual Defense Treaty extends …": the year of a name, whatever
            // plural word follows it
            let next = t.skip_space(self.number_last + 1);
            let named = next > self.number_last + 1
                && t.is(next, Kind::Word)
                && t.str(next).starts_with(char::is_uppercase);
            // "une centrale de 1500 mégawatts": a unit of measure makes it no year
            let measured = lex.abbreviations.contains_key(t.str(self.last));
            // "the deadly 2024 protests", "Wisconsin's 2027 hunting license fees": a
            // determiner or a possessive, at most one lower-case word before the number,
            // opens the noun phrase the year modifies
            let opens = |w: usize| {
                lex.year_determiners.contains(t.low(w))
                    || lex.noun_phrases.possessive == Some(t.str(w))
                        && w > 0
                        && matches!(t.str(w - 1), "'" | "’")
            };
            let determined = before.as_ref().is_some_and(|&(w, word)| {
                opens(w)
                    || t.str(w).starts_with(char::is_lowercase)
                        && !lex.stopwords.contains(word)
                        && t.prev_word(w).is_some_and(opens)
            });
            // "French Alps 2030 organisers", "Paris 2024 volunteers": in a language whose
            // modifiers come before the noun, a year right after a name names an event,
            // whatever plural follows it
            let after_name = lex.noun_phrases.modifiers_before
                && before.as_ref().is_some_and(|&(w, word)| {
                    t.str(w).starts_with(char::is_uppercase)
                        && !lex.stopwords.contains(word)
                        && !lex.months.contains_key(word)
                        && t.spaced(w, self.first)
                        && Some(w) != first_word
                });
            if !counted || (preposition || determined || after_name) && !measured || named {
                return None;
            }
        }
        // "10 p.m.": the unit letter opens an initialism, a clock time
        if t.is_punct(self.last + 1, ".")
            && t.is(self.last + 2, Kind::Word)
            && t.str(self.last + 2).len() == 1
            && t.is_punct(self.last + 3, ".")
        {
            return None;
        }
        // "9.12 a.m.": lower-case initials right after the number, a clock time
        let j = t.skip_space(self.number_last + 1);
        let initial = |k: usize| {
            t.is(k, Kind::Word)
                && t.str(k).len() == 1
                && t.str(k).starts_with(|ch: char| ch.is_ascii_lowercase())
                && t.is_punct(k + 1, ".")
        };
        if initial(j) && initial(j + 2) {
            return None;
        }
        if lex.time_units.contains(unit) || lex.time_units.contains(unit.trim_end_matches('s')) {
            let span = t
                .next_word(self.last)
                .is_some_and(|w| lex.time_spans.contains(t.low(w)));
            if unit == "h" || !span && lex.time_before.match_before(t, self.first, 3).is_some() {
                return None;
            }
            if let Some(w) = t.next_word(self.last) {
                if lex.time_after.contains(t.low(w)) {
                    return None;
                }
            }
            if t.is(t.skip_space(self.last + 1), Kind::Digits) {
                return None; // "20 heures 30"
            }
        }
        Some(self)
    }
}

/// Completes a parsed number with multiplier, currency, percent, unit noun and qualifier.
fn complete(t: &Tokens, lex: &Lexicon, p: Parsed, from_words: bool) -> Candidate {
    let mut c = Candidate {
        first: p.first,
        number: p.first,
        number_last: p.last,
        last: p.last,
        value: p.value,
        multiplier: p.glued_multiplier,
        unit: p.glued_unit.clone(),
        written_unit: p.glued_unit.is_some(),
        approx: false,
        bound: None,
        range: false,
        from_words,
        dashed: p.dashed,
        vague: false,
        pair: None,
        named: false,
        year_like: !from_words
            && !p.grouped
            && p.decimals == 0
            && p.digits == 4
            && (1000.0..=2100.0).contains(&p.value),
    };
    // A spaced multiplier: "3,5 milliards", "10 M€".
    if c.multiplier.is_none() && !from_words {
        let j = t.skip_space(c.last + 1);
        if j > c.last + 1 && t.is(j, Kind::Word) {
            let word = t.str(j);
            let m = lex.multipliers.get(word).or_else(|| {
                (word.len() > 2)
                    .then(|| lex.multipliers.get(lower(word).as_ref()))
                    .flatten()
            });
            if let Some(&m) = m {
                c.multiplier = Some(m);
                c.value = scale_value(c.value, m);
                c.last = j;
                c.number_last = j;
            }
        }
    }
    // A currency prefix: "$10 billion", "€3,5 milliards". It is the unit, whatever noun
    // follows ("$1 billion aid").
    let mut prefixed = false;
    if let Some(prev) = t.prev_non_space(c.first) {
        if t.is(prev, Kind::Punct) && prev + 2 >= c.first {
            if let Some(unit) = lex.symbols.get(t.str(prev)) {
                if unit != "%" {
                    c.unit = Some(unit.clone());
                    c.written_unit = true;
                    c.first = prev;
                    prefixed = true;
                    // "R$ 5 billion", "US$400 million": letters glued before the symbol.
                    let letters = prev
                        .checked_sub(1)
                        .filter(|&w| t.is(w, Kind::Word) && t.toks[w].end == t.toks[prev].start);
                    if let Some(w) = letters {
                        let code = format!("{}{}", t.str(w), t.str(prev));
                        if let Some(unit) = lex.abbreviations.get(&code) {
                            c.unit = Some(unit.clone());
                            c.first = w;
                        }
                    }
                }
            }
        }
    }
    // A currency code before the number: "USD 5 million", "VND1.2 trillion", "K12 million".
    if !prefixed && !from_words {
        if let Some(prev) = t.prev_non_space(c.first) {
            let unit = lex
                .abbreviations
                .get(t.str(prev))
                .or(p.letter_currency.as_ref().filter(|_| prev + 1 == c.first));
            if prev + 2 >= c.first
                && t.is(prev, Kind::Word)
                && unit.is_some_and(|u| lex.currencies.contains(u.as_str()))
            {
                c.unit = unit.cloned();
                c.written_unit = true;
                c.first = prev;
                prefixed = true;
            }
        }
    }
    // "90km/h", "40m²": a glued unit symbol extended as a written one is
    if !prefixed && p.glued_unit.is_some() && c.unit == p.glued_unit {
        compound_unit(t, &mut c);
    }
    if prefixed {
        // "$10 billion", "$5bn": nothing more to read but "$5m" (million, not metres).
        if p.glued_unit.is_some() && c.multiplier.is_none() {
            if let Some(&m) = lex.currency_multipliers.get(t.str(c.number_last)) {
                c.value = scale_value(c.value, m);
                c.multiplier = Some(m);
            }
        }
    } else if c.unit.is_none() || (c.multiplier.is_some() && p.glued_unit.is_none()) {
        find_unit(t, lex, &mut c);
    } else if t.is(c.last + 1, Kind::Punct) {
        // "10M€"
        if let Some(unit) = lex.symbols.get(t.str(c.last + 1)) {
            c.unit = Some(unit.clone());
            c.last += 1;
        }
    }
    // Qualifier: "environ", "plus de", "jusqu'à", "entre".
    if let Some((start, &q)) = lex.qualifiers.match_before(t, c.first, 4) {
        match q {
            Qualifier::Approx => c.approx = true,
            Qualifier::Min => c.bound = Some(Bound::Min),
            Qualifier::Max => c.bound = Some(Bound::Max),
            Qualifier::Range => c.range = true,
        }
        c.first = start;
    }
    // "minus 8 degrees": a sign word right before the number itself (not a margin, "plus
    // or minus 2%").
    let sign = t.prev_word(c.first).filter(|&w| {
        c.first == c.number
            && t.spaced(w, c.first)
            && lex.margins.match_before(t, c.first, 3).is_none()
    });
    if let Some(w) = sign.filter(|&w| lex.negative_words.contains(t.low(w)) && c.value > 0.0) {
        c.value = -c.value;
        c.first = w;
    }
    c
}

fn scale_value(value: f64, multiplier: u128) -> f64 {
    // Re-scale exactly through the decimal text of the value.
    let text = format!("{value}");
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let negative = int.starts_with('-');
    let digits = format!("{}{}", int.trim_start_matches('-'), frac);
    match digits.parse::<u128>() {
        Ok(m) if frac.len() <= 6 => {
            let v = scale(m, frac.len() as u32, multiplier);
            if negative {
                -v
            } else {
                v
            }
        }
        _ => value * multiplier as f64,
    }
}

/// The unit after the number: a symbol, an abbreviation, a unit phrase or a noun.
fn find_unit(t: &Tokens, lex: &Lexicon, c: &mut Candidate) {
    // "30,000-plus fans", "a 1,200-strong force": the word joined by a hyphen qualifies
    // the number, the noun after it is the unit.
    if t.is_punct(c.last + 1, "-") && t.is(c.last + 2, Kind::Word) {
        if let Some(&q) = lex.number_suffixes.get(t.low(c.last + 2)) {
            match q {
                Some(Qualifier::Min) => c.bound = Some(Bound::Min),
                Some(Qualifier::Approx) => c.approx = true,
                _ => {}
            }
            c.last += 2;
            let n = t.skip_space(c.last + 1);
            let noun = t.is(n, Kind::Word)
                && n > c.last
                && t.str(n).starts_with(char::is_lowercase)
                && !lex.stopwords.contains(t.low(n));
            if q.is_none() && noun {
                c.unit = Some(lex.lemma(t.str(n)));
                c.written_unit = true;
                c.last = n;
                return;
            }
        }
    }
    let j = t.skip_space(c.last + 1);
    if j >= t.len() || j > c.last + 2 {
        return;
    }
    if t.is_punct(j, "°") && t.is(j + 1, Kind::Word) && matches!(t.str(j + 1), "C" | "F") {
        c.unit = Some(format!("°{}", t.str(j + 1)));
        c.written_unit = true;
        c.last = j + 1;
        return;
    }
    // "a 25-per-cent tariff", "a 3-percentage-point rise": a unit phrase of `units.tsv`
    // written with hyphens
    if j == c.last + 1 && t.is_punct(j, "-") {
        if let Some((last, unit)) = hyphenated_unit(t, lex, j + 1) {
            c.unit = Some(unit.clone());
            c.written_unit = true;
            c.last = last;
            return;
        }
    }
    // "a 72-year-old man", "a 10-kilometre march": a singular noun joined by a hyphen;
    // "the 1,117-kg satellite", "a 500-MW plant": a unit symbol.
    if j == c.last + 1
        && t.is_punct(j, "-")
        && t.is(j + 1, Kind::Word)
        && !t.is(j + 2, Kind::Digits)
    {
        let word = t.str(j + 1);
        if let Some(unit) = lex
            .abbreviations
            .get(word)
            .filter(|_| !t.is_punct(j + 2, "-"))
        {
            c.unit = Some(unit.clone());
            c.written_unit = true;
            c.last = j + 1;
            return;
        }
        let low = lower(word);
        if word.starts_with(char::is_lowercase)
            && word.chars().count() >= 3
            && !lex.stopwords.contains(low.as_ref())
            && !lex.is_plural(&low)
        {
            c.unit = Some(low.into_owned());
            c.written_unit = true;
            c.last = j + 1;
            // "-year-old"
            if t.is_punct(j + 2, "-") && t.is(j + 3, Kind::Word) {
                c.last = j + 3;
            }
            return;
        }
    }
    if t.is(j, Kind::Punct) {
        if let Some(unit) = lex.symbols.get(t.str(j)) {
            c.unit = Some(unit.clone());
            c.written_unit = true;
            c.last = j;
        }
        return;
    }
    if !t.is(j, Kind::Word) {
        return;
    }
    if let Some((end, unit)) = lex.unit_phrases.match_at(t, j) {
        c.unit = Some(unit.clone());
        c.written_unit = true;
        c.last = end;
        return;
    }
    // "1 800 l'an dernier": an elided article, not a unit symbol.
    let elided = matches!(t.str(j + 1), "'" | "’");
    // "3 F-16s", "2 C-130 planes": a letter of a name, not a unit symbol.
    let named = t.is_punct(j + 1, "-") && t.is(j + 2, Kind::Digits);
    if let Some(unit) = lex
        .abbreviations
        .get(t.str(j))
        .filter(|_| !elided && !named)
    {
        if j > c.last + 1 || c.multiplier.is_none() {
            c.unit = Some(unit.clone());
            c.written_unit = true;
            c.last = j;
            compound_unit(t, c);
            return;
        }
    }
    let mut k = j;
    // "mille" and "thousand" are adjectives; "millions de", "milliards d'" are nouns.
    if c.multiplier.is_some_and(|m| m > 1000) {
        // "milliards de dollars", "millions d'euros", "million of"; English may omit "of".
        let word = t.low(k);
        if lex.links.contains(word) {
            match t.next_word(k) {
                Some(n) => k = n,
                None => return,
            }
        } else if !lex.noun_phrases.optional_link {
            return;
        }
    } else if lex.links.contains(t.low(k)) {
        // A part of a group: "10 of the drones", "12 de ses soldats", "25 des soldats";
        // after a spaced multiplier the link leads to the noun (`multiplier-of-noun`:
        // "35 thousand of soldiers").
        let with_article = lex.group_links.contains(t.low(k));
        match t.next_word(k) {
            Some(n)
                if with_article || c.multiplier.is_some() || lex.adjectives.contains(t.low(n)) =>
            {
                k = n
            }
            _ => return,
        }
    }
    // "2 millions de mètres cubes": a unit phrase after the link; "38 milliards de FCFA":
    // a currency code.
    if k > j {
        if let Some((end, unit)) = lex.unit_phrases.match_at(t, k) {
            c.unit = Some(unit.clone());
            c.written_unit = true;
            c.last = end;
            return;
        }
        let code = lex.abbreviations.get(t.str(k));
        if let Some(unit) = code.filter(|u| lex.currencies.contains(u.as_str())) {
            c.unit = Some(unit.clone());
            c.written_unit = true;
            c.last = k;
            return;
        }
    }
    if let Some((last, unit)) =
        hyphenated_people(t, lex, k).filter(|_| !c.year_like && c.value.abs() >= 2.0)
    {
        c.unit = Some(unit);
        c.written_unit = true;
        c.last = last;
        return;
    }
    // Skip adjectives before the noun: "10 dernières années", and in English the
    // capitalized ones, "10,000 North Korean soldiers", "US troops".
    // A capitalised word other than a demonym was skipped ("10 Downing Street").
    let mut named_before = false;
    for _ in 0..3 {
        let raw = t.str(k);
        let word = lower(raw);
        // "an 8.0 quake", "Magnitude 6.1 quake kills": the event the number measures
        if let Some(unit) = lex.measured_events.get(word.as_ref()) {
            c.unit = Some(unit.clone());
            c.written_unit = true;
            c.last = k;
            return;
        }
        // "down from 8,400 two years earlier", « contre 8 400 dix ans plus tôt »: a number
        // word opens another quantity (a plural of one, "50 cents", may be the unit).
        let number_word = lex.small_numbers.contains_key(word.as_ref())
            || lex.triggers.contains(word.as_ref()) && {
                let lemma = lex.lemma(raw);
                lemma == word || !lex.triggers.contains(lemma.as_str())
            };
        if number_word {
            return;
        }
        let capitalized = raw.starts_with(char::is_uppercase);
        let modifiers_before = lex.noun_phrases.modifiers_before;
        // A plural noun right after: "Russian-made drones", "pro-Russian separatists",
        // "U.S.-made missiles" (a hyphenated modifier), "Hamas fighters" (a name).
        let plural_after = |e: usize| {
            t.next_word(e).filter(|&n| {
                t.spaced(e, n)
                    && t.str(n).starts_with(char::is_lowercase)
                    && !lex.stopwords.contains(t.low(n))
                    && lex.is_plural(t.low(n))
            })
        };
        if modifiers_before {
            let mut e = k;
            if t.is_punct(e + 1, ".") && t.is_punct(e + 2, "-") {
                e += 1;
            }
            let start = e;
            while t.is_punct(e + 1, "-") && t.is(e + 2, Kind::Word) {
                e += 2;
            }
            let hyphenated = e > start;
            let named = capitalized && !lex.currencies.contains(word.as_ref());
            if hyphenated || named {
                // "120 new double-deck electric buses": also past singular modifiers
                let head =
                    plural_after(e).or_else(|| plural_head(t, lex, e).filter(|_| hyphenated));
                if let Some(n) = head {
                    k = n;
                    continue;
                }
            }
        }
        // An initial of "U.S. troops".
        if modifiers_before && capitalized && raw.chars().count() == 1 && t.is_punct(k + 1, ".") {
            let n = t.skip_space(k + 2);
            if !t.is(n, Kind::Word) {
                return;
            }
            k = n;
            continue;
        }
        let english_adjective = modifiers_before
            && capitalized
            && (!lex.is_plural(&word) || raw.chars().all(char::is_uppercase))
            && !lex.currencies.contains(word.as_ref());
        // "176 foreign markets": in English any singular word before a plural noun, and
        // an invariable one ("500 police officers", "20 aircraft carriers"), also through
        // more singular words ("46 local government areas").
        let before_plural = || {
            modifiers_before
                && !capitalized
                && (!lex.is_plural(&word) || lex.invariables.contains(word.as_ref()))
                && !lex.stopwords.contains(word.as_ref())
                && plural_head(t, lex, k).is_some()
        };
        if english_adjective && !named_before && group_head(t, lex, c, k) {
            c.unit = Some(lex.lemma(raw));
            c.written_unit = true;
            c.last = k;
            return;
        }
        named_before |= english_adjective && !lex.demonyms.contains(word.as_ref());
        if lex.adjectives.contains(word.as_ref()) || english_adjective || before_plural() {
            // "61 Vietnam's trade offices": over the possessive.
            let possessive = capitalized
                && matches!(t.str(k + 1), "'" | "’")
                && t.is(k + 2, Kind::Word)
                && lex.noun_phrases.possessive == Some(t.str(k + 2));
            if possessive {
                k += 2;
            }
            match t.next_word(k) {
                Some(n) if t.spaced(k, n) => k = coordinated_modifier(t, lex, n).unwrap_or(n),
                _ => return,
            }
        } else {
            break;
        }
    }
    // "48 light-years", "3 sub-districts": a hyphenated noun whose last part is plural
    // (not "19 au-dessus").
    if t.is_punct(k + 1, "-")
        && t.is(k + 2, Kind::Word)
        && !t.is_punct(k + 3, "-")
        && t.str(k).starts_with(char::is_lowercase)
        && t.str(k + 2).starts_with(char::is_lowercase)
        && !lex.stopwords.contains(t.low(k))
        && lex.is_plural(t.low(k + 2))
    {
        c.unit = Some(lex.lemma(&format!("{}-{}", t.low(k), t.low(k + 2))));
        c.written_unit = true;
        c.last = k + 2;
        return;
    }
    let word = t.str(k);
    let low = lower(word);
    // A capitalized noun counts only as a plural people or group ("196 Néerlandais",
    // "27 États"), never after a year ("2024 Olympics").
    let capitalized = word.starts_with(char::is_uppercase);
    let shouted = word.chars().count() > 1 && word.chars().all(char::is_uppercase); // "20 MINUTES"
                                                                                    // "18 billion Birr": a currency, whatever its case.
    let currency = lex.currencies.contains(lex.lemma(word).as_str());
    // "41 of the injured", "17 wounded": a participle used as a noun is what is counted
    let participle = lex.nominal_participles.contains(low.as_ref());
    if (capitalized
        && !currency
        && (c.year_like || shouted || !lex.is_plural(&low) || c.value.abs() < 2.0))
        || !word.starts_with(char::is_alphabetic)
        || lex.stopwords.contains(low.as_ref())
        || lex.months.contains_key(low.as_ref())
        || ((c.value.abs() >= 2.0 || c.dashed) && !lex.is_plural(&low) && !currency && !participle)
    {
        return;
    }
    c.unit = Some(lex.lemma(word));
    c.written_unit = true;
    c.last = k;
    compound_unit_before(t, lex, c, k);
    // "3 trains sur 5": the total belongs to the figure; a grouped one ("412 agents sur
    // 1 210") is a figure of its own.
    if let Some(w) = t.next_word(k) {
        if let Some((end, _)) = lex.ratio_words.match_at(t, w) {
            let n = t.skip_space(end + 1);
            let whole = parse_digits(t, n, lex).is_some_and(|p| !p.grouped);
            if t.is(n, Kind::Digits) && t.spaced(end, n) && whole {
                c.last = n;
            }
        }
    }
}

/// "1,212 polling stations", "4,000 community health workers": the noun right before the
/// counted noun at `k` joins the unit when the two name one thing (`compound_units.txt`).
fn compound_unit_before(t: &Tokens, lex: &Lexicon, c: &mut Candidate, k: usize) {
    let Some(m) = t
        .prev_word(k)
        .filter(|&m| m > c.number_last && t.spaced(m, k))
    else {
        return;
    };
    if let Some(unit) = &c.unit {
        let compound = format!("{} {unit}", t.low(m));
        if lex.compound_units.contains(compound.as_str()) {
            c.unit = Some(compound);
        }
    }
}

/// The unit phrase of `units.tsv` of two words or more whose words, lower case, are joined
/// by hyphens from token `k` ("per-cent" → "%"): its last token and its lemma.
fn hyphenated_unit<'a>(t: &Tokens, lex: &'a Lexicon, k: usize) -> Option<(usize, &'a String)> {
    // the words joined by hyphens, four at most
    let mut words = vec![k];
    while words.len() < 4 {
        let w = words[words.len() - 1];
        if !t.is(w, Kind::Word) || !t.str(w).starts_with(char::is_lowercase) {
            return None;
        }
        if !(t.is_punct(w + 1, "-") && t.is(w + 2, Kind::Word)) {
            break;
        }
        words.push(w + 2);
    }
    lex.unit_phrases
        .starting_with(t.low(k))?
        .iter()
        .find(|(phrase, _)| {
            phrase.len() >= 2
                && phrase.len() <= words.len()
                && phrase.iter().zip(&words).all(|(p, &w)| p == t.low(w))
        })
        .map(|(phrase, unit)| (words[phrase.len() - 1], unit))
}

/// "650 000 Franco-Ontariens", "1,200 Franco-Ontarians": a people named by a capitalised
/// hyphenated noun at token `k` whose last part is plural; its last token and lemma.
fn hyphenated_people(t: &Tokens, lex: &Lexicon, k: usize) -> Option<(usize, String)> {
    let people = t.is_punct(k + 1, "-")
        && t.is(k + 2, Kind::Word)
        && !t.is_punct(k + 3, "-")
        && t.str(k).starts_with(char::is_uppercase)
        && t.str(k + 2).starts_with(char::is_uppercase)
        && lex.is_plural(t.low(k + 2));
    people.then(|| (k + 2, format!("{}-{}", t.low(k), lex.lemma(t.str(k + 2)))))
}

/// Whether the capitalised word `k` after the number of `c` is the invariable name of a
/// group that ends the noun phrase ("more than 200 Taliban were killed", "70 Khawarij"):
/// not a demonym ("19 Ugandan and 6 Somali soldiers"), a month or weekday, an acronym, nor
/// a word after a name ("Windows 11 Home") or before one ("10 Downing Street").
fn group_head(t: &Tokens, lex: &Lexicon, c: &Candidate, k: usize) -> bool {
    let raw = t.str(k);
    let low = t.low(k);
    let counted = c.value >= 2.0
        && c.value.fract() == 0.0
        && !c.year_like
        && c.multiplier.is_none()
        && !c.dashed;
    let word = raw.chars().count() >= 4
        && !raw.chars().all(char::is_uppercase)
        && !lex.demonyms.contains(low)
        && !lex.weekdays.contains(low)
        && !lex.months.contains_key(low)
        && !lex.stopwords.contains(low);
    let after_name = t
        .prev_word(c.first)
        .is_some_and(|p| t.str(p).starts_with(char::is_uppercase));
    let n = t.skip_space(k + 1);
    // "14 Patriot interceptor batteries": a name before the counted noun
    let ends = n >= t.len()
        || match t.kind(n) {
            Kind::Word => {
                t.str(n).starts_with(char::is_lowercase) && plural_head(t, lex, k).is_none()
            }
            Kind::Punct => !matches!(t.str(n), "'" | "’" | "-" | "–"),
            _ => false,
        };
    counted && word && !after_name && ends
}

/// The plural noun after word `k`, right after it or, in a language whose modifiers come
/// before the noun, after capitalised or singular modifiers ("Chinese fishing vessels").
fn noun_after_modifiers(t: &Tokens, lex: &Lexicon, k: usize) -> Option<usize> {
    let mut at = k;
    for _ in 0..3 {
        let n = t.next_word(at).filter(|&n| t.spaced(at, n))?;
        let capitalized = t.str(n).starts_with(char::is_uppercase);
        if !capitalized || !lex.noun_phrases.modifiers_before {
            return plural_head(t, lex, at);
        }
        if lex.is_plural(t.low(n)) && !lex.currencies.contains(t.low(n)) {
            return None;
        }
        at = n;
    }
    None
}

/// The plural noun ending the noun phrase after word `k`, in a language whose modifiers
/// come before the noun: the next word, or the first plural after at most two more lower-case
/// singular words or invariable modifiers ("local government areas", "bus drivers").
fn plural_head(t: &Tokens, lex: &Lexicon, k: usize) -> Option<usize> {
    let mut at = k;
    for _ in 0..3 {
        let mut n = t.next_word(at).filter(|&n| t.spaced(at, n))?;
        // "foreign and domestic tourists": over a conjunction to a second modifier
        if let Some(m) = coordinated_modifier(t, lex, n) {
            n = m;
        }
        let word = t.str(n);
        if !word.starts_with(char::is_lowercase) || lex.stopwords.contains(t.low(n)) {
            return None;
        }
        if lex.is_plural(t.low(n)) && !invariable_modifier(t, lex, n) {
            return Some(n);
        }
        let unit = lex.unit_phrases.match_at(t, n).is_some() || lex.time_units.contains(t.low(n));
        if !lex.noun_phrases.modifiers_before || unit {
            return None;
        }
        at = n;
    }
    None
}

/// Whether the invariable noun at token `n` modifies the regular plural after it, in a
/// language whose modifiers come before the noun (`invariable-modifier`: "the number of
/// bus drivers", "aircraft engineers"): the plural is the head.
fn invariable_modifier(t: &Tokens, lex: &Lexicon, n: usize) -> bool {
    lex.noun_phrases.modifiers_before
        && lex.invariables.contains(t.low(n))
        && t.next_word(n).filter(|&m| t.spaced(n, m)).is_some_and(|m| {
            let next = t.low(m);
            t.str(m).starts_with(char::is_lowercase)
                && !lex.invariables.contains(next)
                && lex.is_plural(next)
        })
}

/// The second of two modifiers of one noun after the conjunction at token `k`, in a language
/// whose modifiers come before the noun: "16.3 million foreign and domestic tourists", "5,870
/// search and rescue personnel" (`modifier_links.txt`). A plural after the conjunction is a
/// noun of its own ("200 police and soldiers"), and a number word opens another quantity
/// ("34 aircraft and nine ships").
fn coordinated_modifier(t: &Tokens, lex: &Lexicon, k: usize) -> Option<usize> {
    if !lex.noun_phrases.modifiers_before || !lex.modifier_links.contains(t.low(k)) {
        return None;
    }
    t.next_word(k).filter(|&n| {
        let low = t.low(n);
        t.spaced(k, n)
            && !lex.stopwords.contains(low)
            && !lex.is_plural(low)
            && !lex.small_numbers.contains_key(low)
            && !lex.triggers.contains(low)
    })
}

/// Money written in a currency and its coins, "2 lira 15 kurus", "78 dollars 40 cents"
/// (`currency-and-coins`): one figure of the currency, the coins a hundredth each
/// (`currency_hundredths.tsv`); the number of coins is no figure of its own.
fn minor_coins(t: &Tokens, lex: &Lexicon, candidates: &mut Vec<Candidate>) {
    let mut keep = vec![true; candidates.len()];
    for n in 1..candidates.len() {
        let (a, b) = (&candidates[n - 1], &candidates[n]);
        let Some(currency) = a.unit.as_deref() else {
            continue;
        };
        let amount = keep[n - 1] && a.written_unit && a.multiplier.is_none() && a.pair.is_none();
        let coins = b.first == b.number
            && b.multiplier.is_none()
            && b.value >= 0.0
            && b.value < 100.0
            && b.value.fract() == 0.0
            && t.spaced(a.last, b.number);
        let coin = t
            .next_word(b.number_last)
            .filter(|&w| t.spaced(b.number_last, w))
            .filter(|&w| {
                lex.currency_hundredths
                    .get(t.low(w))
                    .is_some_and(|c| c.contains(&currency))
            });
        let Some(coin) = coin.filter(|_| amount && coins) else {
            continue;
        };
        let cents = b.value / 100.0;
        let a = &mut candidates[n - 1];
        a.value += cents;
        a.last = coin;
        keep[n] = false;
    }
    let mut k = 0;
    candidates.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// A proportion whose noun follows the total, "3 in 10 voters": one figure, the part,
/// counting the noun. Its total is no figure, nor is anything when the part is a number
/// word under ten ("Nine in 10 voters"). A part above its total is no proportion ("27 in
/// 11 states", "21.8 million in ten months").
fn proportions(t: &Tokens, lex: &Lexicon, candidates: &mut Vec<Candidate>) {
    let mut keep = vec![true; candidates.len()];
    for n in 0..candidates.len() {
        let b = &candidates[n];
        let part = t
            .prev_word(b.first)
            .filter(|&w| lex.proportion_links.contains(t.low(w)))
            .and_then(|w| t.prev_non_space(w));
        let timed = b
            .unit
            .as_deref()
            .is_some_and(|u| lex.time_units.contains(u));
        let Some(part) = part.filter(|_| b.written_unit && !timed) else {
            continue;
        };
        if n > 0 && keep[n - 1] && candidates[n - 1].number_last == part {
            if candidates[n - 1].value > b.value {
                continue;
            }
            if candidates[n - 1].unit.is_none() {
                let (unit, last) = (b.unit.clone(), b.last);
                let a = &mut candidates[n - 1];
                a.unit = unit;
                a.written_unit = true;
                a.last = last;
                keep[n] = false;
            }
        } else if lex.small_numbers.contains_key(t.low(part)) {
            keep[n] = false;
        }
    }
    let mut k = 0;
    candidates.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// A unit symbol extended by what is glued to it: "km²", "km2", "km/h", "m/s".
fn compound_unit(t: &Tokens, c: &mut Candidate) {
    let Some(unit) = c.unit.as_mut() else { return };
    let glued = |a: usize, b: usize| b < t.len() && t.toks[b].start == t.toks[a].end;
    let j = c.last + 1;
    if glued(c.last, j) && matches!(t.str(j), "²" | "³") {
        unit.push_str(t.str(j));
        c.last = j;
    } else if glued(c.last, j)
        && matches!(t.str(j), "2" | "3")
        && !matches!(t.kind(j + 1), Kind::Word | Kind::Digits)
    {
        // "km2", "m3"
        unit.push(if t.str(j) == "2" { '²' } else { '³' });
        c.last = j;
    } else if glued(c.last, j)
        && t.is_punct(j, "/")
        && glued(j, j + 1)
        && t.is(j + 1, Kind::Word)
        && t.str(j + 1).chars().count() <= 3
        && !matches!(t.kind(j + 2), Kind::Word | Kind::Digits)
    {
        unit.push('/');
        unit.push_str(t.str(j + 1));
        c.last = j + 1;
    }
}

/// Makes two candidates the two figures of a score or vote, sharing their text.
fn pair(a: &mut Candidate, b: &mut Candidate) {
    let text = (a.first, b.last);
    a.pair = Some(text);
    b.pair = Some(text);
}

/// What the scores of an article count (`score_units.tsv`), read once when a score is
/// first met.
struct Scoring<'a> {
    doc: &'a Doc<'a>,
    tokens: &'a SentenceTokens,
    unit: Option<Option<String>>,
}

impl Scoring<'_> {
    /// The unit of the lowest rank among the words of the whole article (every block):
    /// the words of a content block are read from its tokens, those of another block
    /// from its text ([`crate::chars::alphanumeric_runs`]); blocks are the lines of the
    /// text, so no word runs across two.
    fn unit(&mut self, lex: &Lexicon) -> Option<String> {
        let (doc, tokens) = (self.doc, self.tokens);
        self.unit
            .get_or_insert_with(|| {
                let mut best: Option<&(usize, String)> = None;
                let mut read = |w: &str| {
                    if !((2..=12).contains(&w.len()) && lex.score_unit_filter.may_contain(w)) {
                        return;
                    }
                    if let Some(found) = lex.score_units.get(lower(w).as_ref()) {
                        // the first of the lowest rank
                        if best.is_none_or(|b| found.0 < b.0) {
                            best = Some(found);
                        }
                    }
                };
                for (b, block) in doc.layout.blocks.iter().enumerate() {
                    if block.kind.has_content() {
                        text::alphanumeric_runs(doc.text, tokens.block(b)).for_each(&mut read);
                    } else {
                        crate::chars::alphanumeric_runs(&doc.text[block.start..block.end])
                            .for_each(&mut read);
                    }
                }
                best.map(|(_, unit)| unit.clone())
            })
            .clone()
    }
}

/// A phrase of `match_count_units.tsv` found ("crowd" → spectator), kept when the article
/// reports a match: the article is read for its score unit only once such a phrase is met.
fn in_match<T>(found: Option<T>, score: &mut Scoring, lex: &Lexicon) -> Option<T> {
    found.filter(|_| score.unit(lex).is_some())
}

/// Gives bare numbers the unit their context implies; see the module documentation.
fn infer_units(
    t: &Tokens,
    lex: &Lexicon,
    candidates: &mut [Candidate],
    earlier: &FastMap<u64, String>,
    last_written: Option<&str>,
    before: &Earlier,
    score: &mut Scoring,
) {
    // the scans below only serve candidates: a sentence without numbers is not read
    if candidates.is_empty() {
        return;
    }
    let between = |a: &Candidate, b: &Candidate| between(t, a, b);
    link_ranges(t, lex, candidates);
    // A part of a counted whole: "12 of the 40 hostages", "douze des 40 otages".
    for n in 1..candidates.len() {
        let (left, right) = candidates.split_at_mut(n);
        let (a, b) = (&mut left[n - 1], &right[0]);
        // a part above its total is no part ("3 400 sur 12 jours")
        if !(a.unit.is_none() && b.written_unit && a.value <= b.value) {
            continue;
        }
        let link = between(a, b);
        // "14 of Ukraine's 24 regions": a link of `group_totals` and a possessive name.
        let possessive = lex.noun_phrases.possessive.is_some_and(|s| {
            link.rsplit_once(' ').is_some_and(|(head, name)| {
                lex.group_totals.contains(head)
                    && [format!("'{s}"), format!("’{s}")]
                        .iter()
                        .any(|end| name.len() > end.len() + 1 && name.ends_with(end.as_str()))
            })
        });
        if lex.group_totals.contains(link.as_str()) || possessive {
            a.unit = b.unit.clone();
        }
    }
    // Votes: "passed the bill 415-2", "adoptée (50 contre 47)".
    let vote = (0..t.len())
        .find(|&k| t.is(k, Kind::Word) && lex.vote_words.contains_key(t.low(k)))
        .and_then(|k| Some((k, lex.vote_words.get(t.low(k))?)));
    if let Some((at, unit)) = vote {
        for n in 1..candidates.len() {
            let (left, right) = candidates.split_at_mut(n);
            let (a, b) = (&mut left[n - 1], &mut right[0]);
            if a.unit.is_none()
                && b.unit.is_none()
                && at < a.first
                && link_is(t, a, b, &lex.vote_links)
            {
                a.unit = Some(unit.clone());
                b.unit = Some(unit.clone());
                pair(a, b);
            }
        }
    }
    // Scores: "Leeds beat Hull 2-1" in an article that counts goals.
    if (0..t.len()).any(|k| t.is(k, Kind::Word) && lex.score_words.contains(t.low(k))) {
        for n in 1..candidates.len() {
            let (left, right) = candidates.split_at_mut(n);
            let (a, b) = (&mut left[n - 1], &mut right[0]);
            let small = |c: &Candidate| {
                c.unit.is_none()
                    && !c.from_words
                    && c.multiplier.is_none()
                    && c.value >= 0.0
                    && c.value < 1000.0
                    && c.value.fract() == 0.0
                    && c.first == c.number
            };
            if a.dashed && b.dashed && small(a) && small(b) && b.number == a.number_last + 2 {
                let Some(unit) = score.unit(lex) else { break };
                a.unit = Some(unit.clone());
                b.unit = Some(unit);
                pair(a, b);
            }
        }
    }
    // "nombre de demandeurs … à 3.235.700", "à 3 000 le nombre de soldats": the nouns
    // announced by a count noun, with the count noun.
    let mut announced: Vec<(usize, usize)> = Vec::new();
    for k in 0..t.len() {
        if t.is(k, Kind::Word) && lex.count_nouns.contains(t.low(k)) {
            let Some(de) = t.next_word(k) else { continue };
            if lex.links.contains(t.low(de)) {
                // "the number of Malian refugees": past the modifiers to the noun
                let noun = noun_after_modifiers(t, lex, de).or_else(|| t.next_word(de));
                if let Some(noun) = noun {
                    if !lex.stopwords.contains(t.low(noun)) {
                        announced.push((k, noun));
                    }
                }
            }
        }
    }
    // "the death toll rose to 45": what the count noun says is counted; one right
    // before a number is that number's own ("the toll from a magnitude 7.1 quake rose
    // to 38" counts deaths).
    let numbers: Vec<usize> = candidates.iter().map(|c| c.first).collect();
    // in an article reporting a match, a crowd counts spectators; the plain count units
    // after the match ones
    let mut count_unit_at = |k: usize| {
        in_match(lex.match_count_units.match_at(t, k), score, lex)
            .or_else(|| lex.count_units.match_at(t, k))
    };
    let mut implied: Vec<(usize, &String)> = Vec::new();
    let mut k = 0;
    while k < t.len() {
        match count_unit_at(k) {
            Some((end, unit)) => {
                let next = t.skip_space(end + 1);
                if numbers.binary_search(&next).is_err() {
                    implied.push((k, unit));
                }
                k = end + 1;
            }
            None => k += 1,
        }
    }
    let currencies: Vec<(usize, String)> = candidates
        .iter()
        .filter_map(|c| {
            let u = c.unit.as_deref()?;
            lex.currencies
                .contains(u)
                .then(|| (c.number, u.to_string()))
        })
        .collect();
    let mut previous: Option<String> = None;
    // What the last rate counted: "35 per 100,000 people, against 44 per 100,000".
    let mut rated: Option<String> = None;
    // The most recent written unit, "%" included: "55 % des voix, contre 45 pour …".
    let mut latest: Option<String> = None;
    let ends: Vec<usize> = candidates.iter().map(|c| c.last).collect();
    // the high end of a range ("aged 15 to 49") counts what its low end counts
    let ranged: Vec<bool> = (0..candidates.len())
        .map(|n| n > 0 && link_is(t, &candidates[n - 1], &candidates[n], &lex.connectors))
        .collect();
    for (n, c) in candidates.iter_mut().enumerate() {
        if c.unit.is_none() && !c.dashed {
            if let Some(age) = apposed_age(t, lex, c)
                .or_else(|| bounded_age(t, lex, c))
                .or_else(|| linked_age(t, lex, c))
            {
                c.unit = Some(age.to_string());
                continue;
            }
            // "four were killed and 17 injured": the participle is the noun counted.
            if let Some(w) = t
                .next_word(c.last)
                .filter(|&w| t.spaced(c.last, w) && lex.nominal_participles.contains(t.low(w)))
            {
                c.unit = Some(t.low(w).to_string());
                c.last = w;
                continue;
            }
            // "aged 19 and 22": a count noun right before the number, and the numbers
            // after it.
            let count_before = in_match(
                lex.match_count_units.match_before(t, c.first, 3),
                score,
                lex,
            )
            .or_else(|| lex.count_units.match_before(t, c.first, 3));
            if let Some((_, unit)) = count_before {
                c.unit = Some(unit.clone());
                previous = c.unit.clone();
                continue;
            }
            let percent =
                (latest.as_deref() == Some("%") && c.value.abs() <= 100.0).then(|| "%".to_string());
            let multiplied = c.multiplier.is_some() || c.from_words && c.value >= 1e6;
            let same_value = || earlier.get(&c.value.to_bits()).cloned();
            // the count nouns announced before the figure end at `k`; `after` is one
            // announced within two words after it
            let announced_near = || {
                let k = announced.partition_point(|&(_, noun)| noun < c.number);
                let after = t
                    .next_word(c.last)
                    .and_then(|w| {
                        let w2 = t.next_word(w);
                        announced
                            .get(k)
                            .filter(|&&(count, _)| count == w || Some(count) == w2)
                    })
                    .copied();
                (k, after)
            };
            let count_unit = || {
                let (k, after) = announced_near();
                let implied_unit = || {
                    let k = implied.partition_point(|&(at, _)| at < c.number);
                    k.checked_sub(1).map(|k| implied[k].1.clone())
                };
                k.checked_sub(1)
                    .map(|k| announced[k])
                    .or(after)
                    .map(|(_, noun)| lex.lemma(t.str(noun)))
                    .or_else(implied_unit)
            };
            // "bringing the number of refugees to 120,000", "portant à 880 000 le nombre
            // de réfugiés": a count noun after the figure before outweighs its unit.
            let fresh_count = || {
                let prior = n.checked_sub(1).map(|m| ends[m]);
                let (k, after) = announced_near();
                let before = k
                    .checked_sub(1)
                    .map(|k| announced[k])
                    .filter(|&(count, _)| prior.is_none_or(|p| count > p));
                before.or(after).map(|(_, noun)| lex.lemma(t.str(noun)))
            };
            // "ils ne sont que 1 500": a pronoun a few words before points back.
            let anaphoric = || {
                let mut w = c.first;
                for _ in 0..5 {
                    match t.prev_word(w) {
                        Some(p)
                            if lex
                                .anaphora
                                .match_at(t, p)
                                .is_some_and(|(end, _)| end < c.first) =>
                        {
                            return true
                        }
                        Some(p) => w = p,
                        None => return false,
                    }
                }
                false
            };
            let currency = || nearest_currency(&currencies, c.number);
            // "killed 12", "at least 30 were wounded": what the verb counts.
            let verb_unit = || {
                let before = t.prev_word(c.first);
                let mut after = t.next_word(c.last);
                for _ in 0..2 {
                    match after {
                        Some(w) if lex.stopwords.contains(t.low(w)) => after = t.next_word(w),
                        _ => break,
                    }
                }
                [before, after]
                    .into_iter()
                    .flatten()
                    .find_map(|w| lex.verb_units.get(t.low(w)).cloned())
            };
            // "45 dead and 300 injured": a participle right after the number names
            // what it counts, whatever the figure before counted.
            let participle = t
                .next_word(c.last)
                .filter(|&w| t.spaced(c.last, w))
                .and_then(|w| lex.verb_units.get(t.low(w)).cloned());
            // "averaging around 1,100 per day", "212 pour 100 000 habitants": a rate counts
            // the nearest plural noun or currency before it in its clause.
            let per_link = t
                .next_word(c.last)
                .is_some_and(|w| t.spaced(c.last, w) && lex.rate_links.contains(t.low(w)));
            let rate = || {
                let link = t
                    .next_word(c.last)
                    .filter(|&w| t.spaced(c.last, w) && lex.rate_links.contains(t.low(w)))?;
                let n = t.skip_space(link + 1);
                let per = t.is(n, Kind::Digits)
                    || t.is(n, Kind::Word)
                        && t.str(n).starts_with(char::is_lowercase)
                        && !lex.stopwords.contains(t.low(n));
                if !per {
                    return None;
                }
                // at most ten words back, whatever lies between them
                let mut clause = Vec::new();
                for k in (0..c.first).rev().take(40) {
                    match t.kind(k) {
                        Kind::Punct if matches!(t.str(k), "," | ";" | ":") => break,
                        Kind::Digits => break,
                        Kind::Word if clause.len() < 10 => clause.push(k),
                        Kind::Word => break,
                        _ => {}
                    }
                }
                // "the murder rate stands at 35 per 100,000": the noun before the rate
                let counted_rate = clause.iter().find_map(|&k| {
                    let m = t
                        .prev_word(k)
                        .filter(|&m| lex.counted_rates.contains(t.low(k)) && t.spaced(m, k))?;
                    let raw = t.str(m);
                    (raw.starts_with(char::is_lowercase) && !lex.stopwords.contains(t.low(m)))
                        .then(|| lex.lemma(raw))
                });
                counted_rate.or_else(|| {
                    clause.iter().find_map(|&k| {
                        let (raw, low) = (t.str(k), t.low(k));
                        if !raw.starts_with(char::is_lowercase)
                            || raw.chars().count() < 3
                            || lex.stopwords.contains(low)
                            || lex.rate_nouns.contains(low)
                        {
                            return None;
                        }
                        let lemma = lex.lemma(raw);
                        (lex.currencies.contains(lemma.as_str()) || lex.is_plural(low))
                            .then_some(lemma)
                    })
                })
            };
            // "Of the aircraft, 28 crossed", "Parmi ces avions, 28 ont …": the noun of a
            // partitive opening the sentence, before the comma.
            let fronted = || {
                let comma = t.prev_non_space(c.first).filter(|&p| t.is_punct(p, ","))?;
                let head = t.prev_word(comma)?;
                let mut start = head;
                for _ in 0..4 {
                    start = t.prev_word(start)?;
                    if let Some((end, _)) = lex.fronted_partitives.match_at(t, start) {
                        let opens = t.prev_non_space(start).is_none();
                        return (end < head && opens).then(|| lex.lemma(t.str(head)));
                    }
                }
                None
            };
            let partitive = t
                .next_word(c.last)
                .is_some_and(|w| lex.partitives.match_at(t, w).is_some());
            let subject = || subject_noun(t, lex, c.first);
            c.unit = if partitive {
                previous
                    .clone()
                    .or_else(|| last_written.map(str::to_string))
                    // "Des milliers d'habitants ont fui. 3 500 d'entre eux …"
                    .or_else(|| before.counted.clone())
            } else if multiplied {
                // "the number of tourists to 15 million": a count noun, then money.
                fresh_count()
                    .or_else(same_value)
                    .or_else(currency)
                    .or(previous.clone())
                    .or_else(subject)
                    .or_else(|| before.currency.clone())
            } else {
                percent
                    .or(participle)
                    .or_else(|| rate().or_else(|| rated.clone().filter(|_| per_link)))
                    .or_else(fronted)
                    .or_else(fresh_count)
                    .or_else(|| previous.clone().filter(|_| ranged[n]))
                    // "the number of candidates with 100 points rose to 1,712": the count
                    // noun outweighs a figure inside its phrase
                    .or_else(count_unit)
                    .or_else(subject)
                    .or_else(|| object_noun(t, lex, c.first))
                    // "a magnitude 6.1 quake …, injuring 214": what the verb counts
                    // outweighs a measure an earlier figure was given
                    .or_else(|| {
                        previous.clone().filter(|u| {
                            !lex.measures.contains(u) && !lex.currencies.contains(u.as_str())
                        })
                    })
                    .or_else(verb_unit)
                    .or_else(|| previous.clone())
                    .or_else(same_value)
                    .or_else(|| anaphoric().then(|| before.counted.clone()).flatten())
                    .or_else(|| before.asked.clone())
            };
            if per_link && c.unit.is_some() {
                rated = c.unit.clone();
            }
            // "Ils étaient 8 500 selon la police, 30 000 selon la CGT": the unit the
            // first bare number was given carries to the next.
            if previous.is_none() && c.unit.as_deref().is_some_and(|u| u != "%") {
                previous = c.unit.clone();
            }
        } else if c.written_unit {
            // "32 personnes interpellées, dont 11 placées en garde à vue": a part of the
            // figure before, described by a past participle with its complement, counts
            // what that figure counts.
            if let Some(unit) = previous.as_ref().filter(|_| participial_part(t, lex, c)) {
                c.unit = Some(unit.clone());
            }
            // "3 millions de bonus": a sum of money counts the currency of the
            // sentence, or of the sentences before.
            if c.multiplier.is_some()
                && c.unit
                    .as_deref()
                    .is_some_and(|u| lex.money_nouns.contains(u))
            {
                if let Some(u) =
                    nearest_currency(&currencies, c.number).or_else(|| before.currency.clone())
                {
                    c.unit = Some(u);
                }
            }
            latest = c.unit.clone();
            if c.unit.as_deref() != Some("%") {
                previous = c.unit.clone();
            }
        }
    }
    // The low end of a range takes the unit the high end was given ("between 2,500 and
    // 3,000 of them").
    link_ranges(t, lex, candidates);
}

/// Whether the number of `c` follows a word of `part_links.txt` and its written unit is a
/// past participle (`past_endings.txt`) followed by a stop word that opens its complement:
/// « dont 1 200 mobilisés aux abords », "including 40 detained in the capital".
fn participial_part(t: &Tokens, lex: &Lexicon, c: &Candidate) -> bool {
    let linked = t
        .prev_word(c.first)
        .is_some_and(|p| lex.part_links.contains(t.low(p)));
    let unit = c.last;
    let participle = t.next_word(c.number_last) == Some(unit)
        && t.is(unit, Kind::Word)
        && t.str(unit).starts_with(char::is_lowercase)
        && lex.past_endings.iter().any(|e| {
            let w = t.low(unit);
            w.len() > e.len() + 2 && w.ends_with(e)
        });
    linked
        && participle
        && t.next_word(unit)
            .is_some_and(|w| t.spaced(unit, w) && lex.stopwords.contains(t.low(w)))
}

/// What the object of a verb of `object_levels.tsv` counts when the verb's preposition
/// right before the number at token `first` sets it to that level: "cap flights at 460,000"
/// → "flight", "cap student numbers at 295,000" → "student" (the noun before a count noun),
/// « plafonner les vols à 460 000 » → "vol". Looks back at most twelve words in the clause.
fn object_noun(t: &Tokens, lex: &Lexicon, first: usize) -> Option<String> {
    let prep = t.prev_word(first).filter(|&p| t.spaced(p, first))?;
    let mut words = Vec::new();
    let mut k = prep;
    let mut steps = 0;
    let verb = loop {
        // a bounded look back keeps the scan linear
        steps += 1;
        if steps > 40 {
            return None;
        }
        let p = t.prev_non_space(k)?;
        // an apostrophe or a hyphen ends no clause ("d'élèves", "Amsterdam's")
        if t.is(p, Kind::Punct) && matches!(t.str(p), "'" | "’" | "-") {
            k = p;
            continue;
        }
        if !t.is(p, Kind::Word) || words.len() >= 12 {
            return None;
        }
        if lex
            .object_levels
            .get(t.low(p))
            .is_some_and(|want| want == t.low(prep))
        {
            break p;
        }
        words.push(p);
        k = p;
    };
    // the first plural noun after the verb
    let noun = words.iter().rev().copied().find(|&w| {
        let raw = t.str(w);
        raw.starts_with(char::is_lowercase)
            && raw.chars().count() >= 3
            && !lex.stopwords.contains(t.low(w))
            && lex.is_plural(t.low(w))
    })?;
    let lemma = lex.lemma(t.str(noun));
    if lex.money_nouns.contains(lemma.as_str()) || lex.currencies.contains(lemma.as_str()) {
        return None;
    }
    if lex.count_nouns.contains(lemma.as_str()) {
        let m = t
            .prev_word(noun)
            .filter(|&m| m > verb && t.spaced(m, noun))?;
        let ok = t.str(m).starts_with(char::is_lowercase) && !lex.stopwords.contains(t.low(m));
        return ok.then(|| lex.lemma(t.str(m)));
    }
    Some(lemma)
}

/// What the subject of the number's clause counts when a verb of `level_verbs` leads it
/// to the number at token `first`: "tourist trips reached 21.8 million" → "trip",
/// "passenger numbers rose by 3 percent to 38 million" → "passenger" (the noun before a
/// count noun), « les arrivées touristiques ont atteint 2 millions » → "arrivée". A sum
/// of money ("profits rose to 2 billion") counts no noun.
fn subject_noun(t: &Tokens, lex: &Lexicon, first: usize) -> Option<String> {
    let mut words = 0;
    let mut verb = None;
    // a bounded look back keeps the scan linear
    for k in (0..first).rev().take(64) {
        // a separator of thousands ("1,877") ends no clause
        let grouping = k > 0 && t.is(k - 1, Kind::Digits) && t.is(k + 1, Kind::Digits);
        match t.kind(k) {
            Kind::Punct if matches!(t.str(k), "," | ";" | ":" | "(" | ")") && !grouping => {
                return None
            }
            Kind::Word => {}
            _ => continue,
        }
        words += 1;
        if words > 16 {
            return None;
        }
        let low = t.low(k);
        let Some(verb_at) = verb else {
            verb = lex.level_verbs.contains(low).then_some(words);
            continue;
        };
        let raw = t.str(k);
        if words - verb_at > 6 {
            return None;
        }
        // capitalised only as the first word: "Visits reached 3,400"
        let opens = t.prev_non_space(k).is_none();
        if !(opens || raw.starts_with(char::is_lowercase))
            || lex.stopwords.contains(low)
            || raw.chars().count() < 3
            || !lex.is_plural(low)
        {
            continue;
        }
        let lemma = lex.lemma(raw);
        if lex.money_nouns.contains(lemma.as_str()) || lex.currencies.contains(lemma.as_str()) {
            return None;
        }
        if lex.count_nouns.contains(lemma.as_str()) {
            // "passenger numbers": the noun before the count noun
            // (capitalised only as the first word: "Visitor numbers rose")
            let m = t.prev_word(k).filter(|&m| t.spaced(m, k))?;
            let opens = t.prev_non_space(m).is_none();
            let ok = (opens || t.str(m).starts_with(char::is_lowercase))
                && !lex.stopwords.contains(t.low(m));
            return ok.then(|| lex.lemma(t.str(m)));
        }
        // « les arrivées touristiques »: the noun before its plural adjectives
        let mut head = k;
        // (at most three adjectives, keeping the scan linear)
        for _ in 0..3 {
            match t.prev_word(head).filter(|&m| {
                !lex.noun_phrases.modifiers_before
                    && t.spaced(m, head)
                    && t.str(m).starts_with(char::is_lowercase)
                    && !lex.stopwords.contains(t.low(m))
                    && lex.is_plural(t.low(m))
            }) {
                Some(m) => head = m,
                None => break,
            }
        }
        return Some(lex.lemma(t.str(head)));
    }
    None
}

/// The currency of the figure nearest to the number at token `number`, among the
/// `(number token, currency)` of a sentence in order.
fn nearest_currency(currencies: &[(usize, String)], number: usize) -> Option<String> {
    let k = currencies.partition_point(|(n, _)| *n < number);
    [k.checked_sub(1), Some(k)]
        .into_iter()
        .flatten()
        .filter_map(|k| currencies.get(k))
        .min_by_key(|(n, _)| n.abs_diff(number))
        .map(|(_, u)| u.clone())
}

/// The unit of an age between commas after a name ("Linda Hale, 61, was convicted") or
/// after a noun phrase a determiner opens ("The Welsh winger, 27, scored"), or between a
/// comma and the full stop that closes the sentence (`sentence-final-age`: "…, said
/// Linda Hale, 61.").
fn apposed_age(t: &Tokens, lex: &Lexicon, c: &Candidate) -> Option<&'static str> {
    let age = lex.noun_phrases.age?;
    let whole = c.value.fract() == 0.0 && (1.0..=120.0).contains(&c.value);
    if !whole || c.from_words || c.multiplier.is_some() || c.approx || c.bound.is_some() {
        return None;
    }
    let comma = t.prev_non_space(c.first)?;
    let name = t.prev_non_space(comma)?;
    let after = t.skip_space(c.last + 1);
    let word = t.str(name);
    let named = t.is(name, Kind::Word)
        && word.chars().count() >= 2
        && word.starts_with(char::is_uppercase)
        && !word.chars().all(char::is_uppercase)
        && !lex.months.contains_key(t.low(name))
        && !lex.stopwords.contains(t.low(name));
    let described = || t.is(name, Kind::Word) && determined_noun(t, lex, name);
    let closes = t.is_punct(after, ",") || t.is_punct(after, ".");
    (t.is_punct(comma, ",") && closes && (named || described())).then_some(age)
}

/// The unit of an age linked to a person by a word of `age_links.txt` ("My mother is 82.",
/// "He turned 90 and …", "her son, now 14, …"): a whole number that a punctuation mark, a
/// conjunction or the end of the text follows, after at most two links.
fn linked_age(t: &Tokens, lex: &Lexicon, c: &Candidate) -> Option<&'static str> {
    let age = lex.noun_phrases.age?;
    let whole = c.value.fract() == 0.0 && (1.0..=120.0).contains(&c.value);
    if !whole || c.from_words || c.multiplier.is_some() || c.approx || c.bound.is_some() {
        return None;
    }
    let after = t.skip_space(c.last + 1);
    let ends = after >= t.len()
        || t.is(after, Kind::Punct)
            && matches!(t.str(after), "." | "," | ";" | "!" | "?" | "\"" | "”")
        || t.is(after, Kind::Word) && lex.modifier_links.contains(t.low(after));
    if !ends {
        return None;
    }
    let mut w = t.prev_word(c.first).filter(|&w| t.spaced(w, c.first))?;
    let mut links = 0;
    while lex.age_links.contains(t.low(w)) && links < 2 {
        links += 1;
        let p = t.prev_non_space(w)?;
        if t.is_punct(p, ",") {
            // "her son, now 14, still asks": an apposition after a person
            let person = t.prev_word(p)?;
            let person = lex.age_subjects.contains(t.low(person));
            return (links == 1 && t.is_punct(after, ",") && person).then_some(age);
        }
        w = t.prev_word(w).filter(|&p| t.spaced(p, w))?;
    }
    (links > 0 && lex.age_subjects.contains(t.low(w))).then_some(age)
}

/// The unit of an age given as a bound after a plural noun of people ("people over 65",
/// "children under 5", `age_groups.txt`): a whole number a bound word opens.
fn bounded_age(t: &Tokens, lex: &Lexicon, c: &Candidate) -> Option<&'static str> {
    let age = lex.noun_phrases.age?;
    let whole = c.value.fract() == 0.0 && (1.0..=120.0).contains(&c.value);
    if !whole || c.from_words || c.multiplier.is_some() || c.bound.is_none() || c.first == c.number
    {
        return None;
    }
    let group = t.prev_word(c.first).filter(|&g| t.spaced(g, c.first))?;
    // lower case, or capitalised as the first word ("Patients over 70 wait longest")
    let opens = t.prev_non_space(group).is_none();
    ((opens || t.str(group).starts_with(char::is_lowercase))
        && lex.age_groups.contains(t.low(group)))
    .then_some(age)
}

/// A lower-case noun ending a phrase a determiner opens, with at most three words between
/// ("the Spain midfielder", "her husband", « le milieu espagnol »); the determiner starts
/// its clause or follows a word that is not a stopword (so not "in the end").
fn determined_noun(t: &Tokens, lex: &Lexicon, noun: usize) -> bool {
    let low = t.low(noun);
    if t.str(noun).starts_with(char::is_uppercase) || lex.stopwords.contains(low) {
        return false;
    }
    let mut w = noun;
    for _ in 0..4 {
        let Some(p) = t.prev_word(w) else {
            return false;
        };
        if lex.name_determiners.contains(t.low(p)) {
            return t
                .prev_word(p)
                .is_none_or(|q| !lex.stopwords.contains(t.low(q)));
        }
        if lex.stopwords.contains(t.low(p)) {
            return false;
        }
        w = p;
    }
    false
}

/// Ranges and alternatives: "entre 300 et 500km", "de 62 à 65 ans", "64 ou 65 ans":
/// the low end takes the unit (and multiplier) of the high end; a range has bounds.
fn link_ranges(t: &Tokens, lex: &Lexicon, candidates: &mut [Candidate]) {
    for n in 1..candidates.len() {
        let (left, right) = candidates.split_at_mut(n);
        let (a, b) = (&mut left[n - 1], &mut right[0]);
        if !link_is(t, a, b, &lex.connectors) {
            continue;
        }
        if a.unit.is_none() && b.unit.is_some() && !b.range {
            a.unit = b.unit.clone();
            if a.multiplier.is_none() && !a.from_words {
                if let Some(m) = b.multiplier {
                    a.value = scale_value(a.value, m);
                    a.multiplier = Some(m);
                }
            }
        }
        if a.range && a.unit.is_some() {
            a.bound = Some(Bound::Min);
            b.bound = Some(Bound::Max);
        }
        // a low end under ten in words is a figure through its range only: it shares
        // the range's text ("between eight and 10 weeks")
        if a.from_words && a.value < 10.0 && a.unit.is_some() {
            a.last = b.last;
        }
    }
}

/// Statements whose cues are weighed on each side of a figure outside every content.
const FRAMING_WINDOW: usize = 16;

/// Ties each figure to the statement whose content holds it (the innermost one); else a
/// figure in an interview answer is the interviewee's (`answer_label`); else it is tied
/// to the statement whose span holds it; a figure outside every content but in the
/// sentence of a statement's cue is tied to the nearest such statement: the frame of a report gives
/// its source its numbers ("…, selon la Dares, soit 50.000 chômeurs de moins", "X
/// maintient son objectif de 4,4 %, arguant que …"). Who forecast, counted or valued a
/// figure (by the words around it; the subject of a counting verb before it only outside
/// every content) then wins, else a trailing source marker, else the agent of a passive
/// valuation ("estimated at $3m by the council"), else, for a figure of no statement, named
/// data in a trailing clause ("…, NHS England figures show").
///
/// Construction `nested-report-figure`: a figure in a statement's content that a report
/// nested in that content holds ("X said the college estimated that 16,600 …", « X a
/// rappelé que, selon les enquêteurs, le réseau gagnait 80 000 euros par jour ») is the
/// nested source's (`nested`: the reports [`crate::statements`] does not keep as
/// statements); it stays tied to the statement. Else a source marker opening that content
/// names its source (construction `content-marker-figure`, [`opening_source`]).
pub fn attribute_in(
    doc: &Doc,
    figures: &mut [Figure],
    statements: &[Statement],
    nested: &[Statement],
) {
    let contents = SpanIndex::contents(statements);
    let spans = SpanIndex::statements(statements);
    let queries: Vec<(usize, usize)> = figures.iter().map(|f| (f.start, f.end)).collect();
    let in_content = contents.innermost_each(&queries);
    let in_statement = spans.innermost_each(&queries);
    let in_nested = SpanIndex::contents(nested).innermost_each(&queries);
    let mut by_cue: Vec<&Statement> = statements.iter().collect();
    by_cue.sort_by_key(|s| s.cue_start);
    // built on the first figure of an answer line
    let mut answers = None;
    let lx = lexicon(doc.lang);
    let mut expanded = Expansions::new(statements, lx);
    for (k, figure) in figures.iter_mut().enumerate() {
        if in_content[k].is_none() {
            if let Some(label) = answer_label(doc, figure.start) {
                let name = answers
                    .get_or_insert_with(|| AnswerLabels::new(doc, statements))
                    .speaker(doc, label);
                if name.is_some() {
                    figure.speaker = name;
                    continue;
                }
            }
        }
        let holder = in_content[k].or(in_statement[k]).map(|i| &statements[i]);
        let statement = holder.or_else(|| {
            // Outside every content?
            if contents.overlaps(figure.start, figure.end) {
                return None;
            }
            let i = doc.sentences.partition_point(|s| s.end < figure.end);
            let sentence = doc
                .sentences
                .get(i)
                .filter(|s| s.start <= figure.start && figure.end <= s.end)?;
            let first = by_cue.partition_point(|s| s.cue_start < sentence.start);
            // (the FRAMING_WINDOW cues on each side of the figure: constant time per
            // figure in a sentence of any length)
            let near = by_cue.partition_point(|s| s.cue_start < figure.end);
            let framed = by_cue[near.saturating_sub(FRAMING_WINDOW).max(first)..]
                .iter()
                .take(2 * FRAMING_WINDOW)
                .take_while(|s| s.cue_end <= sentence.end)
                .min_by_key(|s| {
                    if figure.end <= s.cue_start {
                        s.cue_start - figure.end
                    } else {
                        figure.start.saturating_sub(s.cue_end)
                    }
                })
                .copied();
            // a quotation with no cue of its own continues the statement of the sentence
            // or two before it ("… a déclaré X. « Plus de 80 sociétés … »"), also in its
            // later sentences ("« C'est trois fois plus. Il faudra 200 agents. »"), or the
            // statement of an incise inside it before the figure ("« C'est grave, a
            // déclaré le maire. Nous avons perdu 300 emplois. »")
            let quoted = || {
                let open = quote_opening(doc, i, figure.start)?;
                let first = by_cue.partition_point(|s| s.cue_start < figure.start);
                let before = by_cue[..first].last().copied()?;
                let at = doc.sentences.partition_point(|s| s.end <= before.cue_start);
                (open <= at + 2).then_some(before)
            };
            // an item of a list that follows a statement ("X a annoncé plusieurs mesures.\n-
            // 300 millions d'euros pour …"): the statement of the line before the list
            let listed = || {
                let (a, b) = list_head(doc, figure.start)?;
                let first = by_cue.partition_point(|s| s.cue_start < a);
                by_cue[first..]
                    .iter()
                    .take_while(|s| s.cue_end <= b)
                    .last()
                    .copied()
            };
            framed.or_else(quoted).or_else(listed)
        });
        // a figure outside every content in the speaker's own phrase is narration
        let statement =
            statement.filter(|s| in_content[k].is_some() || !speaker_phrase(doc, figure, s));
        if let Some(statement) = statement {
            figure.statement_id = Some(statement.statement_id);
            figure.speaker = statement.speaker.clone();
            if let Some(report) = in_content[k].and(in_nested[k]).map(|i| &nested[i]) {
                figure.speaker = report.speaker.clone();
            } else if let Some(source) = in_content[k]
                .and_then(|_| content_before(doc, statement, figure.start))
                .and_then(|text| opening_source(lx, &Trailing::new(statement.content_start, text)))
            {
                figure.speaker = Some(expanded.name(source));
            }
        } else if let Some(source) = data_shown(doc, figure.start) {
            figure.speaker = Some(expanded.name(source));
        }
        // the text after the figure, split once for the trailing source and the trailing data
        let window = std::cell::OnceCell::new();
        let trailing = || {
            window
                .get_or_init(|| {
                    text_after_figure(doc, figure.end).map(|text| Trailing::new(figure.end, text))
                })
                .as_ref()
        };
        if let Some(source) = figure_source(doc, figure.end)
            .or_else(|| valuer(doc, figure.start))
            // (inside a content, the figure is the reporting speaker's: "X said the group had
            // counted 150 sites")
            .or_else(|| {
                in_content[k]
                    .is_none()
                    .then(|| counter(doc, figure.start))
                    .flatten()
            })
        {
            figure.speaker = Some(expanded.name(source));
        } else if let Some((marker, source)) = trailing().and_then(|w| trailing_source(lx, w)) {
            // the statement whose cue is the marker names the source canonically; a
            // figure of a statement with its own cue after the figure, of the marker's
            // statement or of forecasters ("analysts had expected $4bn, according to
            // LSEG data") stays
            let after = by_cue.partition_point(|s| s.cue_start < figure.end);
            let cued_between = by_cue[after..]
                .first()
                .is_some_and(|s| s.cue_start < marker);
            let forecasters = statement.is_some_and(|s| {
                s.cue_start == marker || s.speaker.as_deref().is_some_and(|n| forecaster(doc, n))
            });
            if !cued_between && !forecasters {
                let k = by_cue.partition_point(|s| s.cue_start < marker);
                match by_cue.get(k).filter(|s| s.cue_start == marker) {
                    Some(s) => {
                        figure.statement_id = Some(s.statement_id);
                        figure.speaker = s.speaker.clone();
                    }
                    None => figure.speaker = Some(expanded.name(source)),
                }
            }
        } else if let Some(source) = passive_valuer(doc, figure.start, figure.end) {
            figure.speaker = Some(expanded.name(source));
        } else if let Some(source) = statement
            .is_none()
            .then(trailing)
            .flatten()
            .and_then(|w| trailing_data(lx, w))
        {
            figure.speaker = Some(expanded.name(source));
        }
    }
    echoed_figures(figures);
}

/// Construction `echoed-figure`: a figure left without a speaker (in a headline, a lede, a
/// key-events line or narration) that restates a figure reported in a statement's content
/// — the same value and the same unit — takes that statement's speaker (« Le Vietnam vise
/// 8 % de croissance » over « le Premier ministre a fixé un objectif de croissance de 8 % »),
/// when every reported figure of that value and unit has the same speaker. One pass to
/// collect the reported figures in a hash map, one to fill the others.
fn echoed_figures(figures: &mut [Figure]) {
    let key = |f: &Figure| Some((f.value?.to_bits(), f.unit.clone()?));
    // the speaker of each reported (value, unit); None when two speakers disagree
    let mut reported: FastMap<(u64, String), Option<String>> = FastMap::default();
    for f in figures.iter().filter(|f| f.statement_id.is_some()) {
        let (Some(k), Some(name)) = (key(f), f.speaker.as_ref()) else {
            continue;
        };
        reported
            .entry(k)
            .and_modify(|seen| {
                if seen.as_ref() != Some(name) {
                    *seen = None;
                }
            })
            .or_insert_with(|| Some(name.clone()));
    }
    if reported.is_empty() {
        return;
    }
    for f in figures.iter_mut().filter(|f| f.speaker.is_none()) {
        if let Some(Some(name)) = key(f).and_then(|k| reported.get(&k)) {
            f.speaker = Some(name.clone());
        }
    }
}

/// Construction `speaker-phrase`: whether a figure outside every content lies in the
/// phrase of its statement's speaker rather than in what was reported. The spec gives a
/// figure the speaker of the content holding it, so such a figure is narration:
/// - in the subject before the cue of a statement whose content follows its cue: an age or
///   a relative clause of the speaker ("Ana Ruiz, 41, said …", "The union, which represents
///   9,000 nurses, said …"), unless the subject is itself counted ("34 of 60 economists
///   had forecast …");
/// - before such a statement's subject, in a clause that ends at a comma or semicolon
///   right before it (not before a participle's clause: "… a deficit of 4.4%, arguing that
///   …"): in a headline ("Town raises tax by 4%, rivals cry foul"), a narrated
///   event; in a phrase that a word of `fronted_openers.txt` opens ("In a 45-page ruling,
///   the judge wrote that …"), its circumstances;
/// - after the speaker of an incise, in the sentence of its cue: an age right after the
///   speaker's comma ("…, said Ana Ruiz, 41"), an age or years in a role apposed without an
///   article ("…, lance Marc Roy, céréalier de 38 ans") or a figure in a phrase that a word of
///   `speaker_asides.txt` opens ("…, said Ana Ruiz, a 38-year-old nurse", "…, she said in
///   front of some 300 workers"), or in a relative clause after a person (`person_relatives.txt`:
///   "…, said Sara Lind, who runs a 40-bed hostel"); not after an organisation, whose
///   relative clause may carry the report on ("…, the prefecture said, which counted 300
///   arrests").
fn speaker_phrase(doc: &Doc, figure: &Figure, s: &Statement) -> bool {
    let reported_after = s.content_start >= s.cue_end;
    if reported_after && s.start <= figure.start && figure.end <= s.cue_start {
        let counted = s
            .speaker_mention
            .as_deref()
            .and_then(|m| m.chars().next())
            .is_some_and(|c| c.is_numeric());
        return !counted;
    }
    let i = doc.sentences.partition_point(|x| x.end < figure.end);
    let Some(sentence) = doc
        .sentences
        .get(i)
        .filter(|x| x.start <= figure.start && (x.start..x.end).contains(&s.cue_start))
    else {
        return false;
    };
    if reported_after {
        // (a subject before the cue: not a participle's clause, "…, arguing that …")
        let clause_before = figure.end <= s.start
            && s.start < s.cue_start
            && doc.text[..s.start].trim_end().ends_with([',', ';']);
        if !clause_before {
            return false;
        }
        let headline = matches!(
            doc.layout.blocks.get(sentence.block).map(|b| b.kind),
            Some(BlockKind::Title | BlockKind::Heading)
        );
        // the sentence's first word, lower case (a bounded window)
        let cut = floor_boundary(doc.text, sentence.end.min(sentence.start + 24));
        let opening = &doc.text[sentence.start..cut];
        let first = opening
            .split(|c: char| !c.is_alphabetic())
            .next()
            .map(str::to_lowercase);
        let fronted = || {
            first
                .as_deref()
                .is_some_and(|w| lexicon(doc.lang).fronted_openers.contains(w))
        };
        return headline || fronted();
    }
    if s.content_end > s.cue_start || figure.start < s.end {
        return false;
    }
    // the words between the speaker and the figure, lower case (a bounded window)
    let gap = &doc.text[s.end..figure.start];
    let after_comma = gap.trim_start().strip_prefix(',').map(str::trim_start);
    let age = lexicon(doc.lang).noun_phrases.age;
    let years = age.is_some() && figure.unit.as_deref() == age;
    // the age right after the comma, or the age or years in a role apposed without an
    // article ("…, lance Marc Roy, céréalier de 38 ans", "…, infirmière depuis 14 ans")
    let apposed = |rest: &str| {
        rest.is_empty()
            || rest.len() <= 60
                && rest.starts_with(char::is_lowercase)
                && !rest.contains([',', ';'])
    };
    if years && after_comma.is_some_and(apposed) {
        return true;
    }
    if after_comma.is_some_and(str::is_empty) {
        return false;
    }
    let opening = after_comma.unwrap_or(gap.trim_start());
    let opening = opening[..floor_boundary(opening, opening.len().min(24))].to_lowercase();
    let opens = |w: &&str| {
        opening
            .strip_prefix(*w)
            .is_some_and(|rest| rest.starts_with([' ', '\u{a0}']))
    };
    let lx = lexicon(doc.lang);
    lx.speaker_asides.iter().any(opens)
        || s.speaker_type == Some(ActorType::Person) && lx.person_relatives.iter().any(opens)
}

/// The speakers of an article's statements by their initials, so that a figure's source
/// written as an acronym takes the name a statement gives in full ("according to the
/// Central Pollution Control Board (CPCB) … CPCB data showed": the board's). Built on the
/// first acronym looked up, in one pass over the statements.
struct Expansions<'s> {
    statements: &'s [Statement],
    lx: &'static Lexicon,
    by_initials: Option<FastMap<String, &'s str>>,
}

impl<'s> Expansions<'s> {
    fn new(statements: &'s [Statement], lx: &'static Lexicon) -> Self {
        Expansions {
            statements,
            lx,
            by_initials: None,
        }
    }

    /// The name of a source: a capitalised speaker whose words spell it when it is an
    /// acronym of two to ten capitals ([`initials`]), else the source itself.
    fn name(&mut self, source: &str) -> String {
        let n = source.chars().count();
        if !(2..=10).contains(&n) || !source.chars().all(char::is_uppercase) {
            return source.to_string();
        }
        let (statements, lx) = (self.statements, self.lx);
        let map = self.by_initials.get_or_insert_with(|| {
            let mut map = FastMap::default();
            for name in statements.iter().filter_map(|s| s.speaker.as_deref()) {
                let key = initials(lx, name);
                if key.chars().count() >= 2 && key != name && name.starts_with(char::is_uppercase) {
                    map.entry(key).or_insert(name);
                }
            }
            map
        });
        map.get(source)
            .map_or_else(|| source.to_string(), |name| name.to_string())
    }
}

/// The initials of a name's words in capitals, every letter of a dotted acronym ("U.N.
/// Environment Programme" → "UNEP"), not of its stop words (`unit_stopwords.txt`: « Agence
/// régionale de santé » → "ARS"; an elided article is one: « l'Office »).
fn initials(lx: &Lexicon, name: &str) -> String {
    let mut out = String::new();
    for word in name.split(|c: char| c.is_whitespace() || c == '\'' || c == '’') {
        let parts: Vec<&str> = word.split('.').filter(|p| !p.is_empty()).collect();
        if parts.len() > 1 && parts.iter().all(|p| p.chars().all(char::is_uppercase)) {
            out.extend(parts.iter().filter_map(|p| p.chars().next()));
        } else if !word.is_empty() && !lx.stopwords.contains(word.to_lowercase().as_str()) {
            out.extend(word.chars().next().into_iter().flat_map(char::to_uppercase));
        }
    }
    out
}

/// Whether a speaker's name holds a forecaster noun (`figure_sources.tsv`, role source:
/// "analysts on average", « marchés »).
fn forecaster(doc: &Doc, name: &str) -> bool {
    let Some(sources) = lexicon(doc.lang).forecast.get("source") else {
        return false;
    };
    name.split_whitespace()
        .any(|w| crate::chars::with_lowercase(w, |w| sources.contains(w)))
}

/// The source of a trailing attribution in the figure's sentence: a source marker after the
/// figure, past a comma ("… killed 31 people, according to local rescue workers", « …,
/// d'après les données compilées par LSEG »), and the byte where the marker starts. The
/// source is the phrase after the marker's determiner, up to a stop word, a participle or a
/// punctuation mark (at most five words, without digits): the name apposed after a comma
/// ("her publisher, Fourth Estate") or the capitalised agent after a participle wins; else a
/// word of role nonsource ("according to plan", « selon lui »), possessed data (« selon ses
/// calculs ») or bare data ("figures released by the force") is none; a possessed actor is
/// one (« selon son gouvernement »). Reads at most 300
/// bytes.
fn trailing_source<'a>(lx: &Lexicon, window: &Trailing<'a>) -> Option<(usize, &'a str)> {
    source_after_marker(lx, window, false)
}

/// Construction `content-marker-figure`: the source of a figure in a statement's content
/// that opens with a source marker, its phrase closed by a comma before the figure (« X a
/// rappelé que, selon les douaniers, le réseau écoulait 500 kilos », "X noted that,
/// according to customs officers, the network sold 500 kilos"). `window`: the content up to
/// the figure (at most 300 bytes). The source is read as by [`trailing_source`].
fn opening_source<'a>(lx: &Lexicon, window: &Trailing<'a>) -> Option<&'a str> {
    source_after_marker(lx, window, true).map(|(_, source)| source)
}

/// The source after a marker of `window` past a comma ([`trailing_source`]), or, when
/// `opening`, after a marker that opens it and before a comma that closes the source.
fn source_after_marker<'a>(
    lx: &Lexicon,
    window: &Trailing<'a>,
    opening: bool,
) -> Option<(usize, &'a str)> {
    let (at, text) = (window.at, window.text);
    let (words, comma, mark, lower) = (&window.words, &window.comma, &window.mark, &window.lower);
    let is = |k: usize, role: &str| window.is(lx, k, role);
    let capital = |k: usize| window.capital(k);
    let markers = if opening {
        0..words.len().min(1)
    } else {
        0..words.len()
    };
    let (m, e) = markers.into_iter().find_map(|k| {
        if !opening && !comma[k] {
            return None;
        }
        lx.forecast_markers.iter().find_map(|parts| {
            let fits = parts.iter().enumerate().all(|(j, w)| {
                lower.get(k + j).is_some_and(|l| l == *w) && (j == 0 || !mark[k + j])
            });
            fits.then_some((k, k + parts.len()))
        })
    })?;
    let mut a = e;
    while a < words.len() && !mark[a] && !comma[a] && lx.name_determiners.contains(&lower[a]) {
        a += 1;
    }
    // the phrase: words of one run, up to a stop word (but inside a capitalised name), a
    // participle or a mark
    let mut b = a;
    while b < words.len().min(a + 5)
        && (b == a || !(mark[b] || comma[b]))
        && !is(b, "participle")
        && (!lx.stopwords.contains(&lower[b])
            || b > a && capital(b - 1) && b + 1 < words.len() && capital(b + 1))
    {
        b += 1;
    }
    if b == a || (a < words.len() && (mark[a] || comma[a])) {
        return None;
    }
    let name = |from: usize| {
        let n = (from..words.len().min(from + 5))
            .take_while(|&k| capital(k) && (k == from || !(mark[k] || comma[k])))
            .count();
        (n > 0).then_some((from, from + n))
    };
    let named = if b < words.len() && comma[b] && !mark[b] && capital(b) {
        name(b)
    } else if is(b, "participle") && is(b + 1, "agent") && !mark[b + 1] {
        name(b + 2).filter(|&(s, _)| !mark[s])
    } else {
        None
    };
    // a pronoun, possessed data (the possessor's own) or bare data names no new source
    let own = (e..b).any(|k| is(k, "possessive")) && (a..b).any(|k| is(k, "data"));
    let data = (a..b).all(|k| is(k, "data"));
    let none = b == a + 1 && is(a, "nonsource");
    let (a, b) = match named {
        Some(n) => n,
        None if own || data || none => return None,
        None => (a, b),
    };
    // an opening source is a phrase of its own, closed by a comma
    if opening && !(b < words.len() && comma[b] && !mark[b]) {
        return None;
    }
    let plain = (a..b).all(|k| !lower[k].contains(|c: char| c.is_ascii_digit()));
    plain.then(|| (at + words[m].0, &text[words[a].0..words[b - 1].1]))
}

/// The text after a figure ([`text_after_figure`]) in words, read by [`trailing_source`]
/// and [`trailing_data`].
struct Trailing<'a> {
    /// The byte where `text` starts in the article.
    at: usize,
    text: &'a str,
    /// The words of `text` ([`marked_words`]).
    words: Vec<(usize, usize)>,
    /// Whether a comma stands before each word.
    comma: Vec<bool>,
    /// Whether another mark stands before each word.
    mark: Vec<bool>,
    /// Each word in lower case.
    lower: LowerWords<'a>,
}

impl<'a> Trailing<'a> {
    fn new(at: usize, text: &'a str) -> Self {
        let (words, comma, mark) = marked_words(text);
        let lower = lower_words(text, &words);
        Trailing {
            at,
            text,
            words,
            comma,
            mark,
            lower,
        }
    }

    /// Whether word `k` has `role` in `figure_sources.tsv`.
    fn is(&self, lx: &Lexicon, k: usize, role: &str) -> bool {
        has_role(lx, &self.lower, k, role)
    }

    /// Whether word `k` opens with a capital.
    fn capital(&self, k: usize) -> bool {
        self.text[self.words[k].0..self.words[k].1].starts_with(char::is_uppercase)
    }

    /// Whether word `k` is a possessive ending glued by an apostrophe to the word before
    /// ("Eurostat's").
    fn genitive(&self, lx: &Lexicon, k: usize) -> bool {
        genitive_at(lx, self.text, &self.words, &self.lower, k)
    }
}

/// Whether word `k` of `words` (spans of `text`) is a possessive ending (role possessive of
/// `figure_sources.tsv`) right after an apostrophe that follows the word before ("Eurostat's").
fn genitive_at(
    lx: &Lexicon,
    text: &str,
    words: &[(usize, usize)],
    lower: &LowerWords,
    k: usize,
) -> bool {
    k > 0
        && k < words.len()
        && has_role(lx, lower, k, "possessive")
        && matches!(&text[words[k - 1].1..words[k].0], "'" | "’")
}

/// The end of a name opening at word `a` (before `limit`): words that `capital` accepts, a
/// word that `joiner` accepts between two of them ("University of Exeter").
fn name_end(
    a: usize,
    limit: usize,
    capital: impl Fn(usize) -> bool,
    joiner: impl Fn(usize) -> bool,
) -> usize {
    let mut b = a;
    while b < limit && (capital(b) || (b > a && joiner(b) && b + 1 < limit && capital(b + 1))) {
        b += 1;
    }
    b
}

/// The words of `text` (byte spans; a hyphen binds, an apostrophe separates), each with
/// whether a comma, and whether another mark or a line break, stands before it.
fn marked_words(text: &str) -> (Vec<(usize, usize)>, Vec<bool>, Vec<bool>) {
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 4 + 1);
    let mut comma = Vec::with_capacity(words.capacity());
    let mut mark = Vec::with_capacity(words.capacity());
    let (mut start, mut saw_comma, mut saw_mark) = (None, false, false);
    for (k, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_alphanumeric() || c == '-' {
            start.get_or_insert(k);
            continue;
        }
        if let Some(s) = start.take() {
            words.push((s, k));
            comma.push(std::mem::take(&mut saw_comma));
            mark.push(std::mem::take(&mut saw_mark));
        }
        if c == ',' {
            saw_comma = true;
        } else if c == '\n' || !(c.is_whitespace() || c == '\'' || c == '’') {
            // a line break is a mark too (construction `line-ends-source`)
            saw_mark = true;
        }
    }
    (words, comma, mark)
}

/// The text after a figure at byte `at` to the end of its sentence, at most 300 bytes, when
/// it holds a comma: a trailing source follows one, so text without one is not read.
fn text_after_figure<'a>(doc: &Doc<'a>, at: usize) -> Option<&'a str> {
    let i = doc.sentences.partition_point(|s| s.end < at);
    let sentence = doc.sentences.get(i).filter(|s| s.start < at)?;
    let end = floor_boundary(doc.text, sentence.end.min(at + 300));
    doc.text.get(at..end).filter(|t| t.contains(','))
}

/// The text of a statement's content before a figure at byte `at`, in one sentence and at
/// most 300 bytes.
fn content_before<'a>(doc: &Doc<'a>, s: &Statement, at: usize) -> Option<&'a str> {
    let i = doc.sentences.partition_point(|x| x.end < at);
    let sentence = doc.sentences.get(i)?;
    let start = s.content_start.max(sentence.start);
    (start == s.content_start && at <= start + 300)
        .then(|| doc.text.get(start..at))
        .flatten()
}

/// The source of trailing data that show a figure (construction `data-source-figure`): a
/// clause after the figure, past a comma, that is only a name (maybe possessive), a data noun
/// and a verb that shows, closing the sentence or followed by a comma ("… waited more than 12
/// hours, NHS England figures show, up from …", "…, Eurostat's figures show."); the data
/// noun, its complement naming the source and the verb ("…, data from the Rail Office
/// showed.", "…, figures published by Eurostat show."); or the verb, the data noun and its
/// complement, maybe before a participle (« …, montrent les chiffres de l'Insee publiés
/// mardi. »; `figure_sources.tsv`). The name is the capitalised words before the data noun
/// (at most four) or after its complement's preposition (at most six, a joiner between two;
/// not a month or a day). Reads at most 300 bytes.
fn trailing_data<'a>(lx: &Lexicon, window: &Trailing<'a>) -> Option<&'a str> {
    let text = window.text;
    let (words, comma, mark, lower) = (&window.words, &window.comma, &window.mark, &window.lower);
    let is = |k: usize, role: &str| window.is(lx, k, role);
    let capital = |k: usize| window.capital(k);
    // word `k` opens no new clause: not after a comma or a mark
    let inside = |k: usize| !(comma[k] || mark[k]);
    let closes = |k: usize| k == words.len() || !inside(k);
    let genitive = |k: usize| window.genitive(lx, k);
    let clause = |k: usize| -> Option<&'a str> {
        // "NHS England figures show", "Eurostat's figures show"
        let names = (k..words.len().min(k + 4))
            .take_while(|&j| (j == k || inside(j)) && capital(j) && !is(j, "data"))
            .count();
        let d = k + names + usize::from(names > 0 && genitive(k + names));
        if names > 0 && d + 1 < words.len() && is(d, "data") && inside(d) {
            let verb = d + 1;
            return (is(verb, "shows") && inside(verb) && closes(verb + 1))
                .then(|| &text[words[k].0..words[k + names - 1].1]);
        }
        // « montrent les chiffres de l'Insee », "data from the Rail Office showed"
        let verb_first = is(k, "shows");
        let mut d = k + usize::from(verb_first);
        while d < words.len() && (d == k || inside(d)) && lx.name_determiners.contains(&lower[d]) {
            d += 1;
        }
        if d >= words.len() || !(d == k || inside(d)) || !is(d, "data") {
            return None;
        }
        // the complement's preposition and determiners, or a participle and its agent
        let mut a = d + 1;
        while a < words.len()
            && inside(a)
            && !capital(a)
            && (lx.stopwords.contains(&lower[a]) || is(a, "participle") || is(a, "agent"))
        {
            a += 1;
        }
        // (not a month or a day: "data from March", "figures from Monday")
        let name = |j: usize| {
            inside(j)
                && capital(j)
                && !lx.months.contains_key(&lower[j])
                && !lx.weekdays.contains(&lower[j])
        };
        let b = name_end(a, words.len().min(a + 6), name, |j| is(j, "joiner"));
        let closed = if verb_first {
            closes(b) || is(b, "participle")
        } else {
            b < words.len() && is(b, "shows") && inside(b) && closes(b + 1)
        };
        (b > a && a > d + 1 && closed).then(|| &text[words[a].0..words[b - 1].1])
    };
    (0..words.len())
        .filter(|&k| comma[k] && !mark[k])
        .find_map(clause)
}

/// The byte range of the line a list holding byte `at` follows: the figure's line opens
/// with a list mark ("-", "•", "*", "–"), as do the lines between it and that line (at most
/// 30 lines back).
fn list_head(doc: &Doc, at: usize) -> Option<(usize, usize)> {
    let blocks = &doc.layout.blocks;
    let i = blocks.partition_point(|b| b.end <= at);
    let item = |k: usize| {
        doc.text
            .get(blocks[k].start..blocks[k].end)
            .is_some_and(|t| t.trim_start().starts_with(['-', '•', '*', '–']))
    };
    if i >= blocks.len() || !item(i) {
        return None;
    }
    let head = (i.saturating_sub(30)..i).rev().find(|&k| !item(k))?;
    Some((blocks[head].start, blocks[head].end))
}

/// The sentence, of the paragraph of sentence `i` and at most five before it, that a
/// quotation still open at byte `at` opens ("« C'est trois fois plus. Il faudra 200
/// agents. »" for the figure of the second sentence). Reads at most 3000 bytes.
fn quote_opening(doc: &Doc, i: usize, at: usize) -> Option<usize> {
    let block = doc.sentences.get(i)?.block;
    for j in (i.saturating_sub(5)..=i).rev() {
        let s = &doc.sentences[j];
        if s.block != block || at.saturating_sub(s.start) > 3000 {
            return None;
        }
        let seg = doc.text.get(s.start..at)?.trim_start();
        let mut chars = seg.chars();
        let close = match chars.next() {
            Some('«') => '»',
            Some('“') => '”',
            Some('"') => '"',
            _ => {
                // a quotation mark inside the sentence: not one opened before it
                if seg.contains(['«', '»', '“', '”', '"']) {
                    return None;
                }
                continue;
            }
        };
        return (!chars.as_str().contains(close)).then_some(j);
    }
    None
}

/// The lower-cased forms ([`str::to_lowercase`]) of the words of `text` at byte spans
/// `words`: slices of the text where a word is lower case already, else of one buffer.
fn lower_words<'t>(text: &'t str, words: &[(usize, usize)]) -> LowerWords<'t> {
    let mut buffer = String::new();
    let forms = words.iter().map(|&(a, b)| {
        let word = &text[a..b];
        if word.chars().all(crate::chars::lowers_to_itself) {
            return (false, a, b);
        }
        let from = buffer.len();
        crate::chars::push_to_lowercase(word, &mut buffer);
        (true, from, buffer.len())
    });
    let forms = forms.collect();
    LowerWords {
        text,
        buffer,
        forms,
    }
}

/// Words in lower case ([`lower_words`]), word `k` being `lower[k]`.
struct LowerWords<'t> {
    text: &'t str,
    /// The forms of the words that are not lower case in the text.
    buffer: String,
    /// (in `buffer`, start, end) of each form: in the buffer or in the text.
    forms: Vec<(bool, usize, usize)>,
}

impl LowerWords<'_> {
    fn get(&self, k: usize) -> Option<&str> {
        let &(buffered, a, b) = self.forms.get(k)?;
        Some(if buffered {
            &self.buffer[a..b]
        } else {
            &self.text[a..b]
        })
    }
}

impl std::ops::Index<usize> for LowerWords<'_> {
    type Output = str;

    fn index(&self, k: usize) -> &str {
        let (buffered, a, b) = self.forms[k];
        if buffered {
            &self.buffer[a..b]
        } else {
            &self.text[a..b]
        }
    }
}

/// Whether word `k` of `lower` holds `role` in `figure_sources.tsv` (a forecaster noun, a
/// link word, a valuation verb, …).
fn has_role(lx: &Lexicon, lower: &LowerWords, k: usize, role: &str) -> bool {
    lower
        .get(k)
        .is_some_and(|w| lx.forecast.get(role).is_some_and(|l| l.contains(w)))
}

/// Who forecast or counted a figure, by the words right after it, within its clause
/// (`figure_sources.tsv`): "the $2.45bn (that) analysts had expected", "the 2% forecast
/// by economists", "les 3 % attendus par les analystes", "les 3 % qu'attendaient les
/// analystes", "les 45 000 cas recensés par l'OMS". The source is a forecaster noun or a
/// capitalised name, after its determiner. At most twelve words are read, not past a
/// punctuation mark or a line break.
fn figure_source<'a>(doc: &Doc<'a>, at: usize) -> Option<&'a str> {
    let lx = lexicon(doc.lang);
    let text = doc.text.get(at..)?;
    // the words up to the first punctuation but an apostrophe or a hyphen
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(12);
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '-' {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            words.push((s, i));
            if words.len() == 12 {
                break;
            }
        }
        // construction `line-ends-source`: a line break ends the clause (a headline's
        // source is not continued by the byline under it)
        if c == '\n' || !(c.is_whitespace() || c == '\'' || c == '’') {
            break;
        }
    }
    if let Some(s) = start.filter(|_| words.len() < 12) {
        words.push((s, text.len()));
    }
    let lower = lower_words(text, &words);
    let is = |k: usize, role: &str| has_role(lx, &lower, k, role);
    let capital = |k: usize| text[words[k].0..words[k].1].starts_with(char::is_uppercase);
    // a source from word `from`: after its determiner, a forecaster noun or the capitalised
    // words of a name (at most four), without digits; `whole`: it must end at `to`
    let source = |from: usize, to: usize, whole: bool| -> Option<&'a str> {
        let mut a = from;
        while a < to && !capital(a) && lx.stopwords.contains(&lower[a]) {
            a += 1;
        }
        if a >= to {
            return None;
        }
        let end = if capital(a) {
            (a..to.min(a + 4)).take_while(|&k| capital(k)).count() + a
        } else if is(a, "source") {
            a + 1
        } else {
            return None;
        };
        let plain = (a..end).all(|k| !lower[k].contains(|c: char| c.is_ascii_digit()));
        (plain && (end == to || !whole)).then(|| &text[words[a].0..words[end - 1].1])
    };
    // the end of a source read forward: up to a link word, at most four words
    let forward = |from: usize| {
        (from..words.len().min(from + 5))
            .find(|&k| is(k, "link"))
            .unwrap_or(words.len().min(from + 5))
    };
    // "45 000 selon la police", "120,000 according to organisers": a source marker right
    // after the figure (or its counted noun) and the words of its source up to a stop word
    let marker = |k: usize| {
        lx.forecast_markers
            .iter()
            .find(|m| {
                m.iter()
                    .enumerate()
                    .all(|(i, w)| lower.get(k + i).is_some_and(|l| l == *w))
            })
            .map(|m| k + m.len())
    };
    if let Some(e) = (0..2).find_map(marker) {
        let mut a = e;
        while a < words.len() && !capital(a) && lx.stopwords.contains(&lower[a]) {
            a += 1;
        }
        let end = (a..words.len().min(a + 4))
            .take_while(|&k| capital(k) || !lx.stopwords.contains(&lower[k]))
            .count()
            + a;
        let plain = (a..end).all(|k| !lower[k].contains(|c: char| c.is_ascii_digit()));
        return (end > a && plain).then(|| &text[words[a].0..words[end - 1].1]);
    }
    // "forecast by economists" (after the counted noun, maybe)
    if let Some(p) = (0..2).find(|&k| is(k, "participle") && is(k + 1, "agent")) {
        return source(p + 2, forward(p + 2), false);
    }
    // "qu'attendaient les analystes"
    if is(0, "link") && is(1, "verb") {
        return source(2, forward(2), false);
    }
    // "(that) analysts had expected"
    let from = usize::from(is(0, "link"));
    let verb = (from + 1..words.len().min(from + 6)).find(|&k| is(k, "verb"))?;
    let mut to = verb;
    while to > from && is(to - 1, "aux") {
        to -= 1;
    }
    source(from, to, true)
}

/// The words of `text` back from its end to the first punctuation (but an apostrophe or a
/// hyphen) or line break, last first.
fn words_back(text: &str) -> Vec<(usize, usize)> {
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 4 + 1);
    let mut end = None;
    for (i, c) in text.char_indices().rev() {
        let next = i + c.len_utf8();
        if c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' {
            end.get_or_insert(next);
            continue;
        }
        if let Some(e) = end.take() {
            words.push((next, e));
        }
        if !c.is_whitespace() || c == '\n' {
            break;
        }
    }
    if let Some(e) = end {
        words.push((0, e));
    }
    words
}

/// The source of a figure before the verb that is word `verb` of `words` (last first, spans
/// in `text`): past its auxiliaries (role aux), the words back to a stop word, at most four,
/// without digits.
fn subject_before<'a>(
    lx: &Lexicon,
    text: &'a str,
    words: &[(usize, usize)],
    lower: &LowerWords,
    verb: usize,
) -> Option<&'a str> {
    let mut k = verb + 1;
    while has_role(lx, lower, k, "aux") {
        k += 1;
    }
    let source: Vec<usize> = (k..words.len().min(k + 4))
        .take_while(|&j| !lx.stopwords.contains(&lower[j]))
        .collect();
    let (&last, &first) = (source.first()?, source.last()?);
    let plain = source
        .iter()
        .all(|&j| !lower[j].contains(|c: char| c.is_ascii_digit()));
    plain.then(|| &text[words[first].0..words[last].1])
}

/// Who put a figure at its value, by the words right before it, within its clause
/// (`figure_sources.tsv`): "police put the figure at 8,000", "officials have pegged the
/// toll at 300". A valuation verb, at most six words, the preposition of the value, then
/// the figure; the source is the words before the verb (after an auxiliary), at most four,
/// back to a stop word, without digits. At most 200 bytes are read.
fn valuer<'a>(doc: &Doc<'a>, at: usize) -> Option<&'a str> {
    source_before(doc, at, |is, n| {
        if !is(0, "value") {
            return None;
        }
        (2..n.min(9)).find(|&k| is(k, "valuation"))
    })
}

/// The source of a figure at `at` by the words before it (at most 200 bytes, read
/// backwards): `verb_at` finds the verb among them, given a test of a word's role in
/// `figure_sources.tsv` and the number of words; the source is its [`subject_before`].
fn source_before<'a>(
    doc: &Doc<'a>,
    at: usize,
    verb_at: impl Fn(&dyn Fn(usize, &str) -> bool, usize) -> Option<usize>,
) -> Option<&'a str> {
    let lx = lexicon(doc.lang);
    let from = ceil_boundary(doc.text, at.saturating_sub(200));
    let text = doc.text.get(from..at)?;
    let words = words_back(text);
    let lower = lower_words(text, &words);
    let is = |k: usize, role: &str| has_role(lx, &lower, k, role);
    let verb = verb_at(&is, words.len())?;
    subject_before(lx, text, &words, &lower, verb)
}

/// Construction `counter-subject-figure`: who counted a figure of narration, by the words
/// right before it, within its clause (`figure_sources.tsv`): a counting verb (role
/// counting) right before the figure, or before a word of role filler ("only"), and its
/// subject before it ("…, while police counted 1,500", « La police n'en a compté que
/// 800 »), read as [`subject_before`]. At most 200 bytes are read.
fn counter<'a>(doc: &Doc<'a>, at: usize) -> Option<&'a str> {
    source_before(doc, at, |is, _| {
        let verb = usize::from(is(0, "filler"));
        is(verb, "counting").then_some(verb)
    })
}

/// Who put a figure at its value in the passive, by the words around it, within its clause
/// (`figure_sources.tsv`): a participle of role passive and the preposition of the value
/// right before the figure, the agent after it ("the cost, estimated at $3m by the council",
/// « la valeur est estimée à 630 millions par la police », « 1,2 million d'euros par an par
/// l'Agence »: the last agent within eight words, not one of a rate, role per), or between them ("estimated by the council
/// at $3m"). The source is the phrase after the agent's determiner, up to a stop word (but
/// inside a capitalised name), at most five words, without digits. Reads at most 200 bytes
/// on each side.
fn passive_valuer<'a>(doc: &Doc<'a>, start: usize, end: usize) -> Option<&'a str> {
    let lx = lexicon(doc.lang);
    let from = ceil_boundary(doc.text, start.saturating_sub(200));
    let before = doc.text.get(from..start)?;
    // the words back to the first punctuation but an apostrophe or a hyphen, last first
    let mut back: Vec<(usize, usize)> = Vec::new();
    let mut stop = None;
    for (i, c) in before.char_indices().rev() {
        let next = i + c.len_utf8();
        if c.is_alphanumeric() || c == '-' {
            stop.get_or_insert(next);
            continue;
        }
        if let Some(e) = stop.take() {
            back.push((next, e));
        }
        if !(c.is_whitespace() || c == '\'' || c == '’') || c == '\n' || back.len() == 9 {
            break;
        }
    }
    if let Some(e) = stop {
        back.push((0, e));
    }
    let lower_back = lower_words(before, &back);
    let was = |k: usize, role: &str| has_role(lx, &lower_back, k, role);
    if !was(0, "value") {
        return None;
    }
    if was(1, "passive") {
        let to = floor_boundary(doc.text, (end + 200).min(doc.text.len()));
        let after = doc.text.get(end..to)?;
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut open = None;
        for (i, c) in after.char_indices() {
            if c.is_alphanumeric() || c == '-' {
                open.get_or_insert(i);
                continue;
            }
            if let Some(s) = open.take() {
                words.push((s, i));
            }
            if !(c.is_whitespace() || c == '\'' || c == '’') || c == '\n' || words.len() == 12 {
                break;
            }
        }
        if let Some(s) = open.filter(|_| words.len() < 12) {
            words.push((s, after.len()));
        }
        let lower = lower_words(after, &words);
        let agent = (0..words.len().min(8))
            .rev()
            .find(|&k| has_role(lx, &lower, k, "agent") && !has_role(lx, &lower, k + 1, "per"))?;
        let (a, b) = agent_phrase(lx, after, &words, &lower, agent + 1)?;
        return Some(&after[words[a].0..words[b - 1].1]);
    }
    // "estimated by the council at $3m": the agent's phrase between the participle and the
    // preposition, read in text order
    let participle = (3..back.len()).find(|&k| was(k, "passive"))?;
    if !was(participle - 1, "agent") {
        return None;
    }
    let mut words: Vec<(usize, usize)> = back[1..participle - 1].to_vec();
    words.reverse();
    let lower = lower_words(before, &words);
    let (a, b) = agent_phrase(lx, before, &words, &lower, 0)?;
    Some(&before[words[a].0..words[b - 1].1])
}

/// The words of an agent's source phrase, from word `a` of `words` (spans in `text`): past
/// its determiners, up to a stop word (but inside a capitalised name), at most five words,
/// without digits.
fn agent_phrase(
    lx: &Lexicon,
    text: &str,
    words: &[(usize, usize)],
    lower: &LowerWords,
    mut a: usize,
) -> Option<(usize, usize)> {
    let to = words.len();
    let capital = |k: usize| text[words[k].0..words[k].1].starts_with(char::is_uppercase);
    while a < to && !capital(a) && lx.stopwords.contains(&lower[a]) {
        a += 1;
    }
    let mut b = a;
    while b < to.min(a + 5)
        && (!lx.stopwords.contains(&lower[b])
            || b > a && capital(b - 1) && b + 1 < to && capital(b + 1))
    {
        b += 1;
    }
    let plain = (a..b).all(|k| !lower[k].contains(|c: char| c.is_ascii_digit()));
    (b > a && plain).then_some((a, b))
}

/// Who provides the data that show a figure of narration, by the opening of its sentence
/// (`figure_sources.tsv`): "Home Office figures show 4,500 …", "Data published by Eurostat
/// showed …", « Les données de l'Insee montrent que 300 000 … », "A survey of 1,008 voters by
/// EMRS, released last month, found …". The sentence opens with at most fourteen words holding
/// a data noun (role data) or a study noun (role study) before the figure, then a verb that
/// shows (role shows), the figure before it in the noun's complement or after it; the source
/// (construction `data-source-figure`) is the capitalised words right before the noun or its
/// possessive ending ("Brightmoor's figures showed …"; not one word opening the sentence but
/// an acronym), else those after an agent between the noun and the
/// verb, else, for data, the first capitalised words after it (at most four, a joiner of
/// role joiner between two: "University of Exeter"), none else. Reads at most 200 bytes.
fn data_shown<'a>(doc: &Doc<'a>, at: usize) -> Option<&'a str> {
    let lx = lexicon(doc.lang);
    let i = doc.sentences.partition_point(|s| s.end <= at);
    let sentence = doc.sentences.get(i).filter(|s| s.start <= at)?;
    let start = sentence.start;
    let end = ceil_boundary(doc.text, sentence.end.min(start + 200));
    let text = doc.text.get(start..end)?;
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(16);
    words.extend(
        text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .map(|w| {
                let a = w.as_ptr() as usize - text.as_ptr() as usize;
                (a, a + w.len())
            })
            .take(16),
    );
    let lower = lower_words(text, &words);
    let is = |k: usize, role: &str| has_role(lx, &lower, k, role);
    // the figure's first word
    let figure = words.partition_point(|w| start + w.0 < at);
    let verb = (1..words.len().min(15)).find(|&k| is(k, "shows"))?;
    let data = (0..verb.min(figure)).find(|&k| is(k, "data") || is(k, "study"))?;
    let capital = |k: usize| {
        text[words[k].0..words[k].1].starts_with(char::is_uppercase)
            && !lx.stopwords.contains(&lower[k])
    };
    // (one capitalised word opening the sentence may be an adjective: "Official figures";
    // an acronym is a name: "ONS figures")
    let acronym = |k: usize| {
        text[words[k].0..words[k].1]
            .chars()
            .all(|c| c.is_uppercase())
    };
    // "Brightmoor's figures": the name before a possessive ending
    let head = if data > 1 && genitive_at(lx, text, &words, &lower, data - 1) {
        data - 1
    } else {
        data
    };
    let before = (0..head).rev().take_while(|&k| capital(k)).last();
    // "by EMRS": the capitalised words after an agent and its stop words
    let agent = (data + 1..verb).find(|&k| is(k, "agent")).and_then(|g| {
        let a = (g + 1..verb).find(|&k| !lx.stopwords.contains(&lower[k]))?;
        capital(a).then_some(a)
    });
    let (a, b) = if let Some(a) = before.filter(|&a| a > 0 || data > 1 || acronym(0)) {
        (a, head)
    } else {
        let a = match agent {
            Some(a) => a,
            None if is(data, "study") => return None,
            None => (data + 1..verb).find(|&k| capital(k))?,
        };
        // at most six words, a joiner between two capitalised ones ("University of Exeter")
        let b = name_end(a, verb.min(a + 6), capital, |k| is(k, "joiner"));
        (a, b)
    };
    Some(&text[words[a].0..words[b - 1].1])
}

/// The label of the interview answer holding byte `at`, if its line opens with one: a few
/// words before a colon ("Hélène Marchal : …", "H. M. : …"), read from at most the first 48
/// bytes of the line (constant time), the colon before `at`.
fn answer_label<'a>(doc: &Doc<'a>, at: usize) -> Option<&'a str> {
    let blocks = &doc.layout.blocks;
    let last = blocks.len().checked_sub(1)?;
    let block = &blocks[blocks.partition_point(|b| b.end <= at).min(last)];
    line_label(doc.text.get(block.start..block.end)?).filter(|l| block.start + l.len() < at)
}

/// The label of a line "Label : …": at most four words before a colon in its first 48 bytes,
/// the first one capitalised.
fn line_label(line: &str) -> Option<&str> {
    let head = line.get(..line.len().min(48)).unwrap_or(line);
    let label = line[..head.find(':')?].trim_end();
    (label.starts_with(char::is_uppercase) && label.split_whitespace().count() <= 4)
        .then_some(label)
}

/// The key of a label: initials, with or without dots, are their letters ("H. M.", "H.M."
/// and "HM" → "HM"), names are kept.
fn label_key(label: &str) -> String {
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let initials = (2..=4).contains(&letters)
        && label
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_whitespace())
        && (label.contains('.') || !label.contains(' '));
    if initials {
        label.chars().filter(|c| c.is_alphabetic()).collect()
    } else {
        label.to_string()
    }
}

/// The persons who answer in an interview, by the labels of their answers: the full name,
/// the surname and the initials ("Hélène Marchal", "Marchal", "H.M.", "HM"). They are the persons
/// who speak in the article, and the names that label a line answering a question (the line
/// before ends with "?": "Comment expliquer la baisse ?\nAnne Lheureux : …").
///
/// A letter or word of `answer_labels.txt` ("Q: …?\nA: …") labels the interviewee:
/// the speaking person whose full name the headline gives.
struct AnswerLabels {
    by_label: FastMap<String, String>,
    interviewee: Option<String>,
}

impl AnswerLabels {
    /// One pass over the statements and the lines.
    fn new(doc: &Doc, statements: &[Statement]) -> Self {
        let persons = statements
            .iter()
            .filter(|s| s.speaker_type == Some(crate::ActorType::Person))
            .filter_map(|s| s.speaker.as_deref());
        let answering = doc.layout.blocks.windows(2).filter_map(|w| {
            let asked = doc.text[w[0].start..w[0].end].trim_end().ends_with('?');
            let label = line_label(&doc.text[w[1].start..w[1].end])?;
            let name = label.split_whitespace().count() >= 2
                && label
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) && !w.contains(['.', ',']));
            (asked && name).then_some(label)
        });
        let mut by_label = FastMap::default();
        for name in persons.chain(answering) {
            by_label
                .entry(name.to_string())
                .or_insert_with(|| name.to_string());
            if name.split_whitespace().count() >= 2 {
                if let Some(surname) = name.rsplit(' ').next() {
                    by_label
                        .entry(surname.to_string())
                        .or_insert_with(|| name.to_string());
                }
                let initials: String = name
                    .split_whitespace()
                    .filter_map(|w| w.chars().next())
                    .collect();
                by_label.entry(initials).or_insert_with(|| name.to_string());
            }
        }
        // the headline's first 300 bytes: one scan per speaker stays short
        let title = doc
            .layout
            .blocks
            .iter()
            .find(|b| b.kind == crate::layout::BlockKind::Title)
            .map_or("", |b| {
                let end = floor_boundary(doc.text, b.end.min(b.start + 300)).max(b.start);
                &doc.text[b.start..end]
            });
        let interviewee = statements
            .iter()
            .filter(|s| s.speaker_type == Some(crate::ActorType::Person))
            .filter_map(|s| s.speaker.as_deref())
            .find(|name| name.contains(' ') && title.contains(name))
            .map(str::to_string);
        AnswerLabels {
            by_label,
            interviewee,
        }
    }

    /// The person an answer label names.
    fn speaker(&self, doc: &Doc, label: &str) -> Option<String> {
        let word = crate::chars::to_lowercase(label.trim_end_matches('.'));
        if lexicon(doc.lang).answer_labels.contains(&*word) {
            return self.interviewee.clone();
        }
        self.by_label.get(&label_key(label)).cloned()
    }
}

#[cfg(test)]
mod tests;
