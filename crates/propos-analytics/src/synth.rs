//! A deterministic synthetic corpus made of the paragraphs of real articles,
//! for benchmarks: the same sources, size and seed give the same articles.
//!
//! Paragraphs (non-blank lines after an article's title) are the unit rather
//! than sentences, so that a quotation spanning sentences stays whole with its
//! reporting cue, and the synthetic articles keep real statements.

use propos_core::Article;

/// SplitMix64: a small, well-mixed generator, enough for shuffling.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The titles and paragraphs of source articles.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    titles: Vec<String>,
    paragraphs: Vec<String>,
}

impl Sources {
    /// Splits article texts into a title (first non-blank line) and paragraphs.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut sources = Self::default();
        for text in texts {
            let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
            if let Some(title) = lines.next() {
                sources.titles.push(title.to_owned());
            }
            sources.paragraphs.extend(lines.map(str::to_owned));
        }
        sources
    }

    /// Paragraphs available to build articles from.
    pub fn paragraphs(&self) -> usize {
        self.paragraphs.len()
    }

    /// Articles of about `bytes` bytes of text in all (the last one ends the
    /// corpus as soon as the total reaches `bytes`), each a title and 6 to 20
    /// paragraphs drawn by a generator seeded with `seed`. Empty when the
    /// sources have no paragraph.
    pub fn articles(&self, bytes: u64, seed: u64) -> impl Iterator<Item = Article> + '_ {
        let mut rng = SplitMix64(seed);
        let mut written = 0u64;
        let mut index = 0usize;
        std::iter::from_fn(move || {
            if written >= bytes || self.paragraphs.is_empty() || self.titles.is_empty() {
                return None;
            }
            let mut text = self.titles[rng.below(self.titles.len())].clone();
            text.push_str("\n\n");
            for _ in 0..6 + rng.below(15) {
                text.push_str(&self.paragraphs[rng.below(self.paragraphs.len())]);
                text.push_str("\n\n");
            }
            written += text.len() as u64;
            index += 1;
            let mut article = Article::new(format!("synth-{index:07}"), text);
            article.published = Some("2025-11-03".into());
            Some(article)
        })
    }
}
