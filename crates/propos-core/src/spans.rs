//! Where statement contents lie, for quick "is this span inside a quote?" queries.

use crate::Statement;

/// The content spans of an article's statements, sorted by start, with the running
/// maximum of their ends: a span lies in some content when a content starting at or
/// before it reaches past its end. Queries take O(log n).
pub(crate) struct ContentSpans {
    spans: Vec<(usize, usize)>,
    reach: Vec<usize>,
}

impl ContentSpans {
    /// Indexes the contents of the statements.
    pub(crate) fn new(statements: &[Statement]) -> Self {
        let mut spans: Vec<(usize, usize)> = statements
            .iter()
            .map(|s| (s.content_start, s.content_end))
            .collect();
        spans.sort_unstable();
        let reach = spans
            .iter()
            .scan(0, |max_end, &(_, end)| {
                *max_end = end.max(*max_end);
                Some(*max_end)
            })
            .collect();
        Self { spans, reach }
    }

    /// Whether `start..end` lies inside some content.
    pub(crate) fn covers(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|&(s, _)| s <= start);
        k > 0 && self.reach[k - 1] >= end
    }

    /// Whether `start..end` shares at least one byte with some content.
    pub(crate) fn overlaps(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|&(s, _)| s < end);
        k > 0 && self.reach[k - 1] > start
    }
}
