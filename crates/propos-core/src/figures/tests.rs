use super::*;

fn figures(text: &str, lang: Lang) -> Vec<(String, f64, String, bool, Option<Bound>)> {
    let doc = Doc::new(text, lang, None);
    extract(&doc)
        .into_iter()
        .map(|f| {
            (
                f.text,
                f.value.unwrap(),
                f.unit.unwrap_or_default(),
                f.approx,
                f.bound,
            )
        })
        .collect()
}

fn fr(text: &str) -> Vec<(String, f64, String, bool, Option<Bound>)> {
    figures(&format!("Titre\n{text}"), Lang::Fr)
}

fn one(text: &str, value: f64, unit: &str) -> (String, f64, String, bool, Option<Bound>) {
    (text.to_string(), value, unit.to_string(), false, None)
}

#[test]
fn digit_groupings() {
    assert_eq!(
        fr("Il y a 10 000 soldats, 10\u{a0}000 marins, 10\u{202f}000 pilotes et 14.000 gardes."),
        [
            one("10 000 soldats", 10000.0, "soldat"),
            one("10\u{a0}000 marins", 10000.0, "marin"),
            one("10\u{202f}000 pilotes", 10000.0, "pilote"),
            one("14.000 gardes", 14000.0, "garde"),
        ]
    );
    assert_eq!(
        figures(
            "Title\nThey sent 14,000 troops and 3.5 tonnes of food.",
            Lang::En
        ),
        [
            one("14,000 troops", 14000.0, "troop"),
            one("3.5 tonnes", 3.5, "tonne")
        ]
    );
}

#[test]
fn multipliers_currencies_and_percentages() {
    assert_eq!(
        fr("L'aide atteint 3,5 milliards de dollars, soit 12 % du total et 10M€ de plus."),
        [
            one("3,5 milliards de dollars", 3_500_000_000.0, "dollar"),
            one("12 %", 12.0, "%"),
            one("10M€", 10_000_000.0, "euro"),
        ]
    );
    assert_eq!(
        figures(
            "Title\nThe fund holds $3.5 billion, up 1.4 percent.",
            Lang::En
        ),
        [
            one("$3.5 billion", 3_500_000_000.0, "dollar"),
            one("1.4 percent", 1.4, "%")
        ]
    );
}

#[test]
fn number_words_through_text2num() {
    assert_eq!(
        fr("Il faut dix milliards d'euros pour trois millions de personnes, pas deux soldats."),
        [
            one("dix milliards d'euros", 10_000_000_000.0, "euro"),
            one("trois millions de personnes", 3_000_000.0, "personne"),
        ]
    );
    assert_eq!(
        figures(
            "Title\nTen thousand people marched, and three men.",
            Lang::En
        ),
        [one("Ten thousand people", 10000.0, "person")]
    );
}

#[test]
fn qualifiers_set_approx_and_bounds() {
    let got = fr("Selon Kyiv, quelque 14.000 soldats, jusqu’à 8 000 chars, plus de 40 avions et moins de 3,1% des drones.");
    assert_eq!(
        got,
        [
            (
                "quelque 14.000 soldats".to_string(),
                14000.0,
                "soldat".to_string(),
                true,
                None
            ),
            (
                "jusqu’à 8 000 chars".to_string(),
                8000.0,
                "char".to_string(),
                false,
                Some(Bound::Max)
            ),
            (
                "plus de 40 avions".to_string(),
                40.0,
                "avion".to_string(),
                false,
                Some(Bound::Min)
            ),
            (
                "moins de 3,1%".to_string(),
                3.1,
                "%".to_string(),
                false,
                Some(Bound::Max)
            ),
        ]
    );
}

#[test]
fn ranges_share_their_unit() {
    let got = fr("Il peut parcourir entre 300 et 500km, de 62 à 65 ans, 8 000 à 10 000 soldats.");
    assert_eq!(
        got,
        [
            (
                "entre 300".to_string(),
                300.0,
                "km".to_string(),
                false,
                Some(Bound::Min)
            ),
            (
                "500km".to_string(),
                500.0,
                "km".to_string(),
                false,
                Some(Bound::Max)
            ),
            one("62", 62.0, "an"),
            one("65 ans", 65.0, "an"),
            one("8 000", 8000.0, "soldat"),
            one("10 000 soldats", 10000.0, "soldat"),
        ]
    );
}

#[test]
fn not_figures_dates_years_times_ordinals_names_references() {
    assert_eq!(
        fr("Le 16 novembre 2024, en 2022, à 5h39 et à 20 heures, le 3e sommet du G7, un Su-35, le COVID-19, la résolution 2231, l'Acte 18, (2/11) et il y a 29 minutes."),
        []
    );
}

#[test]
fn units_skip_adjectives_and_elided_units_are_inferred() {
    assert_eq!(
        fr("Il a vu 48.629 nouveaux cas en 10 dernières années. Environ 10 000 soldats sont là, dont 8 000 au front."),
        [
            one("48.629 nouveaux cas", 48629.0, "cas"),
            one("10 dernières années", 10.0, "année"),
            ("Environ 10 000 soldats".to_string(), 10000.0, "soldat".to_string(), true, None),
            one("8 000", 8000.0, "soldat"),
        ]
    );
}

#[test]
fn signs_glued_units_and_heights() {
    assert_eq!(
        fr("Un recul de -55% pour un homme d'1m90 et 4.789.200demandeurs."),
        [
            one("-55%", -55.0, "%"),
            one("1m90", 1.9, "m"),
            one("4.789.200demandeurs", 4_789_200.0, "demandeur"),
        ]
    );
}

#[test]
fn a_million_digits_stay_linear_and_panic_free() {
    let digits = "7".repeat(1_000_000);
    let text = format!("Titre\nIl y a {digits} soldats et 12 %.");
    let start = std::time::Instant::now();
    let got = fr(&text);
    assert!(start.elapsed().as_secs() < 5);
    assert_eq!(got, [one("12 %", 12.0, "%")]);
    let grouped = "1 000 ".repeat(200_000);
    let got = fr(&grouped);
    assert!(got.iter().all(|f| f.1 <= 1e15));
}

fn statement(id: u32, speaker: &str, text: &str, cue: &str, content: &str) -> Statement {
    let cue_start = text.find(cue).unwrap();
    let content_start = text.find(content).unwrap();
    Statement {
        statement_id: id,
        sentence: 0,
        start: cue_start.min(content_start),
        end: (cue_start + cue.len()).max(content_start + content.len()),
        speaker: Some(speaker.to_string()),
        speaker_mention: None,
        speaker_type: None,
        speaker_country: None,
        speaker_rule: None,
        speaker_entity: None,
        cue: cue.to_string(),
        cue_start,
        cue_end: cue_start + cue.len(),
        cue_lemma: String::new(),
        kind: crate::StatementKind::Indirect,
        content: content.to_string(),
        content_start,
        content_end: content_start + content.len(),
        date: None,
        rule: String::new(),
    }
}

#[test]
fn figures_take_the_speaker_of_their_content_or_frame() {
    let text = "Titre\nLe chômage baisse de 2 %, selon l'Insee, soit 40.000 chômeurs de moins. Le maire a dit que 300 logements seraient construits. La ville compte 12 000 habitants.";
    let doc = Doc::new(text, Lang::Fr, None);
    let statements = [
        statement(0, "Insee", text, "selon", "Le chômage baisse de 2 %"),
        statement(
            1,
            "maire",
            text,
            "a dit",
            "300 logements seraient construits",
        ),
    ];
    let mut figures = extract(&doc);
    attribute_in(&doc, &mut figures, &statements, &[]);
    let got: Vec<_> = figures
        .iter()
        .map(|f| (f.text.as_str(), f.speaker.as_deref(), f.statement_id))
        .collect();
    assert_eq!(
        got,
        [
            ("2 %", Some("Insee"), Some(0)),
            ("40.000 chômeurs", Some("Insee"), Some(0)),
            ("300 logements", Some("maire"), Some(1)),
            ("12 000 habitants", None, None),
        ]
    );
}

#[test]
fn a_quotation_without_cue_takes_the_speaker_of_the_statement_before() {
    let text = "Titre\nLe maire a dit que le budget serait voté. « Plus de 80 entreprises nous soutiennent. » La ville compte 12 000 habitants.";
    let doc = Doc::new(text, Lang::Fr, None);
    let statements = [statement(
        0,
        "maire",
        text,
        "a dit",
        "le budget serait voté",
    )];
    let mut figures = extract(&doc);
    attribute_in(&doc, &mut figures, &statements, &[]);
    let got: Vec<_> = figures
        .iter()
        .map(|f| (f.text.as_str(), f.speaker.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Plus de 80 entreprises", Some("maire")),
            ("12 000 habitants", None)
        ]
    );
}

#[test]
fn statements_take_the_date_of_their_frame_or_of_the_news_day() {
    let text = "Titre\nLe ministre a déclaré mardi que « tout sera prêt le 31 décembre ».\n« Il n'y a plus d'alerte », a-t-il assuré, avant d'ajouter que « les chantiers finiront le 31 décembre ».\nL'institut avait évalué en octobre la baisse à 4 %.";
    let doc = Doc::new(text, Lang::Fr, Some("2023-12-20".parse().unwrap()));
    let mut statements = [
        statement(
            0,
            "ministre",
            text,
            "a déclaré",
            "« tout sera prêt le 31 décembre »",
        ),
        statement(
            1,
            "ministre",
            text,
            "a-t-il assuré",
            "Il n'y a plus d'alerte",
        ),
        statement(
            2,
            "ministre",
            text,
            "d'ajouter",
            "« les chantiers finiront le 31 décembre »",
        ),
        statement(
            3,
            "institut",
            text,
            "avait évalué",
            "en octobre la baisse à 4 %",
        ),
    ];
    for s in statements.iter_mut() {
        s.sentence = doc
            .sentences
            .iter()
            .position(|x| x.start <= s.cue_start && s.cue_end <= x.end)
            .unwrap() as u32;
    }
    let dates = crate::dates::extract(&doc);
    crate::dates::date_statements(&doc, &dates, &mut statements);
    let got: Vec<_> = statements.iter().map(|s| s.date.as_deref()).collect();
    assert_eq!(
        got,
        [
            Some("2023-12-19"),
            Some("2023-12-19"),
            Some("2023-12-19"),
            Some("2023-10")
        ]
    );
}

#[test]
fn an_unresolved_date_of_its_own_is_not_replaced_by_an_inherited_one() {
    let text = "Titre\nLe ministre a parlé jeudi 18 janvier 2024 à Paris.\nLe porte-parole a déclaré vendredi que rien n'a changé.\nLa ministre a ajouté que tout allait bien.";
    let doc = Doc::new(text, Lang::Fr, None);
    let mut statements = [
        statement(0, "porte-parole", text, "a déclaré", "rien n'a changé"),
        statement(1, "ministre", text, "a ajouté", "tout allait bien"),
    ];
    for s in statements.iter_mut() {
        s.sentence = doc
            .sentences
            .iter()
            .position(|x| x.start <= s.cue_start && s.cue_end <= x.end)
            .unwrap() as u32;
    }
    let dates = crate::dates::extract(&doc);
    crate::dates::date_statements(&doc, &dates, &mut statements);
    let got: Vec<_> = statements.iter().map(|s| s.date.as_deref()).collect();
    assert_eq!(got, [None, Some("2024-01-18")]);
}

/// Dates the statements of an English text, given as (speaker, cue, content).
fn statement_dates(
    text: &str,
    published: &str,
    given: &[(&str, &str, &str)],
) -> Vec<Option<String>> {
    let doc = Doc::new(text, Lang::En, Some(published.parse().unwrap()));
    let mut statements: Vec<Statement> = given
        .iter()
        .enumerate()
        .map(|(k, (speaker, cue, content))| statement(k as u32, speaker, text, cue, content))
        .collect();
    for s in statements.iter_mut() {
        s.sentence = doc
            .sentences
            .iter()
            .position(|x| x.start <= s.cue_start && s.cue_end <= x.end)
            .unwrap() as u32;
    }
    let dates = crate::dates::extract(&doc);
    crate::dates::date_statements(&doc, &dates, &mut statements);
    statements.into_iter().map(|s| s.date).collect()
}

#[test]
fn a_lead_takes_the_first_news_day_and_without_one_the_last_narrated_day() {
    let lead = "Title\nThe agency has announced that the mine will reopen.\nThe ministry confirmed on Monday that the works were over.";
    assert_eq!(
        statement_dates(
            lead,
            "2024-03-06",
            &[
                ("agency", "has announced", "the mine will reopen"),
                ("ministry", "confirmed", "the works were over"),
            ]
        ),
        [
            Some("2024-03-04".to_string()),
            Some("2024-03-04".to_string())
        ]
    );
    let narrated =
        "Title\nOn March 3, the army moved north. The colonel said that the town was calm.";
    assert_eq!(
        statement_dates(
            narrated,
            "2024-03-06",
            &[("colonel", "said", "the town was calm")]
        ),
        [Some("2024-03-03".to_string())]
    );
}
