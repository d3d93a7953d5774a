//! Single-article extraction on each seed article:
//! `cargo bench -p propos-core --bench extract`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use propos_core::Article;

fn seed_articles() -> Vec<Article> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the seeds folder is readable")
        .map(|entry| entry.expect("a readable entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            Article::new(id, std::fs::read_to_string(path).expect("a UTF-8 seed"))
        })
        .collect()
}

fn extract(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    for article in seed_articles() {
        group.throughput(Throughput::Bytes(article.text.len() as u64));
        group.bench_function(&article.id, |b| b.iter(|| propos_core::extract(&article)));
    }
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
