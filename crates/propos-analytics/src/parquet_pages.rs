//! A check of a Parquet file's page headers before polars decodes its pages.
//!
//! polars 0.55 takes the value counts of a page header as given: a negative
//! one (a damaged file, found by fuzzing) makes it reserve exabytes, and the
//! failed allocation aborts the whole process, which no error handling can
//! catch. The headers are read here first (Thrift compact encoding, as the
//! Parquet format defines it) and such a file is refused with an error.

use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;

/// Page headers longer than this are refused (statistics included, real
/// headers take a few hundred bytes).
const MAX_PAGE_HEADER_BYTES: usize = 1 << 20;

/// Bytes read first at a page's start: a header is read again with 16 times
/// more until it fits.
const FIRST_READ_BYTES: usize = 4096;

/// Checks the headers of every page of the column chunks at `chunks` (byte
/// ranges of `file`): sizes and value counts must not be negative and every
/// page must lie inside its chunk. The error says what is wrong and where.
pub(crate) fn check_pages<F: Read + Seek>(
    file: &mut F,
    chunks: impl IntoIterator<Item = Range<u64>>,
) -> Result<(), String> {
    let mut buffer = Vec::new();
    for chunk in chunks {
        let mut at = chunk.start;
        while at < chunk.end {
            let left = usize::try_from(chunk.end - at).unwrap_or(usize::MAX);
            let mut wanted = FIRST_READ_BYTES;
            let (header_len, page_len) = loop {
                buffer.resize(wanted.min(left), 0);
                file.seek(SeekFrom::Start(at))
                    .and_then(|_| read_up_to(file, &mut buffer))
                    .map_err(|e| format!("cannot read the page at byte {at}: {e}"))?;
                match page_header(&buffer) {
                    Err(CUT_SHORT) if wanted < MAX_PAGE_HEADER_BYTES && buffer.len() < left => {
                        wanted *= 16;
                    }
                    header => {
                        break header.map_err(|problem| {
                            format!("damaged page header at byte {at}: {problem}")
                        })?
                    }
                }
            };
            at = at
                .checked_add((header_len + page_len) as u64)
                .filter(|&end| end <= chunk.end)
                .ok_or_else(|| format!("the page at byte {at} overruns its column chunk"))?;
        }
    }
    Ok(())
}

fn read_up_to<F: Read>(file: &mut F, buffer: &mut Vec<u8>) -> std::io::Result<()> {
    let mut filled = 0;
    while filled < buffer.len() {
        match file.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    buffer.truncate(filled);
    Ok(())
}

/// The length of the page header at the start of `bytes` and the length of
/// the page it announces.
fn page_header(bytes: &[u8]) -> Result<(usize, usize), &'static str> {
    let mut reader = Compact { bytes, at: 0 };
    let mut page_len = None;
    let mut last_id = 0;
    while let Some((id, kind)) = reader.field(&mut last_id)? {
        match (id, kind) {
            // uncompressed and compressed page sizes
            (2 | 3, I32) => {
                let size = reader.int()?;
                let size = usize::try_from(size).map_err(|_| "a negative page size")?;
                if id == 3 {
                    page_len = Some(size);
                }
            }
            // the data page (v1, v2) and dictionary page headers: counts
            (5 | 7 | 8, STRUCT) => reader.counts()?,
            _ => reader.skip(kind, 0)?,
        }
    }
    Ok((reader.at, page_len.ok_or("no page size")?))
}

const I32: u8 = 5;
const CUT_SHORT: &str = "cut short";
const STRUCT: u8 = 12;

/// A reader of Thrift's compact protocol.
struct Compact<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Compact<'_> {
    fn byte(&mut self) -> Result<u8, &'static str> {
        let byte = *self.bytes.get(self.at).ok_or(CUT_SHORT)?;
        self.at += 1;
        Ok(byte)
    }

    fn varint(&mut self) -> Result<u64, &'static str> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("an integer too long")
    }

    /// A zigzag-encoded integer.
    fn int(&mut self) -> Result<i64, &'static str> {
        let raw = self.varint()?;
        Ok((raw >> 1) as i64 ^ -((raw & 1) as i64))
    }

    /// The next field's id and type, `None` at the end of a struct.
    fn field(&mut self, last_id: &mut i64) -> Result<Option<(i64, u8)>, &'static str> {
        let header = self.byte()?;
        if header == 0 {
            return Ok(None);
        }
        let delta = i64::from(header >> 4);
        *last_id = if delta == 0 {
            self.int()?
        } else {
            *last_id + delta
        };
        Ok(Some((*last_id, header & 0x0f)))
    }

    /// A page's inner header: every 32-bit count in it must not be negative.
    fn counts(&mut self) -> Result<(), &'static str> {
        let mut last_id = 0;
        while let Some((_, kind)) = self.field(&mut last_id)? {
            if kind == I32 {
                if self.int()? < 0 {
                    return Err("a negative value count");
                }
            } else {
                self.skip(kind, 1)?;
            }
        }
        Ok(())
    }

    /// Skips a value of a compact type.
    fn skip(&mut self, kind: u8, depth: usize) -> Result<(), &'static str> {
        if depth > 16 {
            return Err("nested too deep");
        }
        let advance = |reader: &mut Self, n: u64| -> Result<(), &'static str> {
            let end = usize::try_from(n)
                .ok()
                .and_then(|n| reader.at.checked_add(n))
                .filter(|&end| end <= reader.bytes.len())
                .ok_or(CUT_SHORT)?;
            reader.at = end;
            Ok(())
        };
        match kind {
            1 | 2 => Ok(()),
            3 => self.byte().map(drop),
            4..=6 => self.varint().map(drop),
            7 => advance(self, 8),
            8 => {
                let len = self.varint()?;
                advance(self, len)
            }
            9 | 10 => {
                let header = self.byte()?;
                let size = match header >> 4 {
                    15 => self.varint()?,
                    n => u64::from(n),
                };
                // every element takes a byte at least (a boolean: exactly one)
                if size > (self.bytes.len() - self.at) as u64 {
                    return Err(CUT_SHORT);
                }
                match header & 0x0f {
                    1 | 2 => advance(self, size),
                    kind => (0..size).try_for_each(|_| self.skip(kind, depth + 1)),
                }
            }
            11 => {
                let size = self.varint()?;
                if size > (self.bytes.len() - self.at) as u64 {
                    return Err(CUT_SHORT);
                }
                if size > 0 {
                    let kinds = self.byte()?;
                    for _ in 0..size {
                        self.skip(kinds >> 4, depth + 1)?;
                        self.skip(kinds & 0x0f, depth + 1)?;
                    }
                }
                Ok(())
            }
            12 => {
                let mut last_id = 0;
                while let Some((_, kind)) = self.field(&mut last_id)? {
                    self.skip(kind, depth + 1)?;
                }
                Ok(())
            }
            _ => Err("an unknown field type"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A data page header: type 0, sizes 100 and 50, `num_values` zigzag-encoded.
    fn header(num_values_zigzag: u8) -> Vec<u8> {
        vec![
            0x15,
            0x00,
            0x15,
            0xC8,
            0x01,
            0x15,
            0x64,
            0x2C,
            0x15,
            num_values_zigzag,
            0x00,
            0x00,
        ]
    }

    #[test]
    fn page_headers_give_their_length_and_page_size() {
        assert_eq!(page_header(&header(6)), Ok((12, 50)));
    }

    #[test]
    fn negative_counts_sizes_and_cut_headers_are_refused() {
        assert_eq!(page_header(&header(5)), Err("a negative value count"));
        let mut negative_size = header(6);
        negative_size[6] = 0x63; // compressed size -50
        assert_eq!(page_header(&negative_size), Err("a negative page size"));
        assert_eq!(page_header(&header(6)[..9]), Err(CUT_SHORT));
        // a list of 2^60 booleans in 3 bytes
        assert_eq!(
            page_header(&[0x19, 0xF1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]),
            Err(CUT_SHORT)
        );
    }

    #[test]
    fn pages_must_stay_inside_their_chunk() {
        let mut file = std::io::Cursor::new(header(6));
        let problem = check_pages(&mut file, [0..40]).unwrap_err();
        assert!(problem.contains("overruns its column chunk"), "{problem}");
        let mut page = header(6);
        page.resize(12 + 50, 0);
        assert_eq!(
            check_pages(&mut std::io::Cursor::new(page), [0..62]),
            Ok(())
        );
    }
}
