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

    /// The statement whose indexed span is the shortest one holding `start..end`
    /// (on a tie, the first statement).
    pub(crate) fn innermost(&self, start: usize, end: usize) -> Option<usize> {
        let k = self.spans.partition_point(|&(s, _, _)| s <= start);
        let mut best: Option<(usize, usize)> = None;
        for i in (0..k).rev() {
            if self.reach[i] < end {
                break;
            }
            let (s, e, index) = self.spans[i];
            if e >= end && best.is_none_or(|b| (e - s, index) < b) {
                best = Some((e - s, index));
            }
        }
        best.map(|(_, index)| index)
    }
}
