fn main() {
    let phase = std::env::args().nth(1).unwrap_or_default();
    let gold = std::fs::read_to_string("/work/shared/data/gold/dev.jsonl").unwrap();
    let texts: Vec<String> = gold
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let total: usize = texts.iter().map(|t| t.len()).sum();
    let reps = 300;
    let docs: Vec<_> = texts
        .iter()
        .map(|t| propos_core::Doc::new(t, propos_core::Lang::Fr, "2024-01-10".parse().ok()))
        .collect();
    let mut n = 0;
    let t0 = std::time::Instant::now();
    for _ in 0..reps {
        for d in &docs {
            if phase != "figures" {
                n += propos_core::dates::extract(d).len();
            }
            if phase != "dates" {
                n += propos_core::figures::extract_with_dates(d, &[]).len();
            }
        }
    }
    println!(
        "{phase}: {:.1} MB/s ({n})",
        (total * reps) as f64 / t0.elapsed().as_secs_f64() / 1e6
    );
}
