//! Single-article extraction on a seed article, and turning its records into
//! tables: `cargo bench -p propos-analytics --bench extract`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use propos_analytics::propos_core::{self, Article};
use propos_analytics::Tables;

fn seed_article() -> Article {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../seeds/000_becc83db35df7d25.txt"
    );
    let text = std::fs::read_to_string(path).expect("the seed article is readable");
    Article::new("000_becc83db35df7d25", text)
}

fn extract(c: &mut Criterion) {
    let article = seed_article();
    let mut group = c.benchmark_group("seed-000");
    group.throughput(Throughput::Bytes(article.text.len() as u64));
    group.bench_function("extract", |b| b.iter(|| propos_core::extract(&article)));
    let outcomes = vec![Ok(propos_core::extract(&article))];
    group.bench_function("tables", |b| b.iter(|| Tables::from_outcomes(&outcomes)));
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
