//! Where statements and their contents lie, for quick "which statement holds this
//! span?" queries.

use crate::Statement;

/// Spans sorted by start, with the running maximum of their ends: a span lies in some
/// indexed span when one starting at or before it reaches past its end. Queries walk
/// back from the query's start only while an earlier span can still reach it.
pub(crate) struct SpanIndex {
    /// `(start, end, index of the statement)`, sorted.
    spans: Vec<(usize, usize, usize)>,
    reach: Vec<usize>,
}

impl SpanIndex {
    /// Indexes the contents of the statements.
    pub(crate) fn contents(statements: &[Statement]) -> Self {
        Self::new(statements.iter().map(|s| (s.content_start, s.content_end)))
    }

    /// Indexes the whole spans (speaker, cue and content) of the statements.
    pub(crate) fn statements(statements: &[Statement]) -> Self {
        Self::new(statements.iter().map(|s| (s.start, s.end)))
    }

    fn new(spans: impl Iterator<Item = (usize, usize)>) -> Self {
        let mut spans: Vec<(usize, usize, usize)> = spans
            .enumerate()
            .map(|(index, (start, end))| (start, end, index))
            .collect();
        spans.sort_unstable();
        let reach = spans
            .iter()
            .scan(0, |max_end, &(_, end, _)| {
                *max_end = end.max(*max_end);
                Some(*max_end)
            })
            .collect();
        Self { spans, reach }
    }

    /// Whether `start..end` lies inside some indexed span.
    pub(crate) fn covers(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|&(s, _, _)| s <= start);
        k > 0 && self.reach[k - 1] >= end
    }

    /// Whether `start..end` shares at least one byte with some indexed span.
    pub(crate) fn overlaps(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|&(s, _, _)| s < end);
        k > 0 && self.reach[k - 1] > start
    }

    /// For each query span, the statement whose indexed span is the shortest one
    /// holding it (on a tie, the first statement).
    ///
    /// Answered offline in O((n + q) log n): queries are taken by start while spans
    /// starting at or before it enter a Fenwick tree keyed by end that keeps the
    /// least `(length, statement)` of the spans reaching at least each end.
    pub(crate) fn innermost_each(&self, queries: &[(usize, usize)]) -> Vec<Option<usize>> {
        let mut ends: Vec<usize> = self.spans.iter().map(|&(_, e, _)| e).collect();
        ends.sort_unstable();
        ends.dedup();
        // Fenwick slot (from 1) of an end, ends in decreasing order: the spans reaching at
        // least `x` fill the slots up to `slot(x)`
        let slot = |end: usize| ends.len() - ends.partition_point(|&e| e < end);
        let mut tree: Vec<Option<(usize, usize)>> = vec![None; ends.len() + 1];
        let mut order: Vec<usize> = (0..queries.len()).collect();
        order.sort_by_key(|&q| queries[q].0);
        let mut answers = vec![None; queries.len()];
        let mut next_span = 0;
        for q in order {
            let (start, end) = queries[q];
            while next_span < self.spans.len() && self.spans[next_span].0 <= start {
                let (s, e, index) = self.spans[next_span];
                let mut i = slot(e);
                while i < tree.len() {
                    if tree[i].is_none_or(|b| (e - s, index) < b) {
                        tree[i] = Some((e - s, index));
                    }
                    i += i & i.wrapping_neg();
                }
                next_span += 1;
            }
            let mut i = slot(end);
            let mut best: Option<(usize, usize)> = None;
            while i > 0 {
                if let Some(b) = tree[i] {
                    if best.is_none_or(|x| b < x) {
                        best = Some(b);
                    }
                }
                i -= i & i.wrapping_neg();
            }
            answers[q] = best.map(|(_, index)| index);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortest holder by scanning every span, for comparison.
    fn innermost_by_scan(spans: &[(usize, usize)], start: usize, end: usize) -> Option<usize> {
        (0..spans.len())
            .filter(|&i| spans[i].0 <= start && spans[i].1 >= end)
            .min_by_key(|&i| (spans[i].1 - spans[i].0, i))
    }

    #[test]
    fn innermost_matches_a_scan_of_every_span() {
        let mut seed = 12345u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % n) as usize
        };
        for _ in 0..50 {
            let spans: Vec<(usize, usize)> = (0..next(30))
                .map(|_| {
                    let s = next(100);
                    (s, s + next(40))
                })
                .collect();
            let queries: Vec<(usize, usize)> = (0..40)
                .map(|_| {
                    let s = next(120);
                    (s, s + next(10))
                })
                .collect();
            let index = SpanIndex::new(spans.iter().copied());
            let found = index.innermost_each(&queries);
            for (q, &(start, end)) in queries.iter().enumerate() {
                assert_eq!(found[q], innermost_by_scan(&spans, start, end));
            }
        }
    }
}
