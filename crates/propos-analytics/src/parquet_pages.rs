//! Checks of a Parquet file's footer and page headers before polars reads them.
//!
//! polars 0.55 takes the sizes they declare as given: a list length or a page
//! value count out of reason (a damaged file; found by fuzzing) makes it
//! reserve tens of gigabytes or more, and the failed allocation aborts the
//! whole process, which no error handling can catch. The footer and headers
//! are read here first (Thrift compact encoding, as the Parquet format
//! defines it) and such a file is refused with an error. Article inputs and
//! stored tables are both read through [`read_metadata`], [`check_page_headers`]
//! and [`read_rows`], so no Parquet file reaches polars unchecked.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::path::Path;

use polars::prelude::*;

use crate::error::catch_reader_panic;

/// Why a Parquet file, or rows of it, cannot be read.
pub(crate) enum Refusal {
    /// The file cannot be opened.
    Open(std::io::Error),
    /// Its footer or a page header cannot be right: what, and where.
    Damaged(String),
    /// polars cannot read it.
    Unreadable(PolarsError),
}

/// The metadata of a Parquet file, parsed by polars once the footer has
/// been checked ([`check_footer`]).
pub(crate) fn read_metadata(path: &Path) -> Result<FileMetadataRef, Refusal> {
    let mut file = File::open(path).map_err(Refusal::Open)?;
    check_footer(&mut file).map_err(Refusal::Damaged)?;
    let mut reader = ParquetReader::new(file);
    catch_reader_panic(|| reader.get_metadata().cloned()).map_err(Refusal::Unreadable)
}

/// A polars reader of a Parquet file given its metadata from
/// [`read_metadata`], which it does not parse again.
pub(crate) fn reader(
    path: &Path,
    metadata: &FileMetadataRef,
) -> Result<ParquetReader<File>, Refusal> {
    let mut reader = ParquetReader::new(File::open(path).map_err(Refusal::Open)?);
    reader.set_metadata(metadata.clone());
    Ok(reader)
}

/// Rows `offset..offset + rows` of some columns of a Parquet file whose
/// metadata [`read_metadata`] read and [`check_page_headers`] checked.
pub(crate) fn read_rows(
    path: &Path,
    metadata: &FileMetadataRef,
    columns: &[String],
    offset: usize,
    rows: usize,
) -> Result<DataFrame, Refusal> {
    let reader = reader(path, metadata)?;
    catch_reader_panic(|| {
        reader
            .with_columns(Some(columns.to_vec()))
            .with_slice(Some((offset, rows)))
            .finish()
    })
    .map_err(Refusal::Unreadable)
}

/// Refuses a file whose page headers polars would mishandle: each is read
/// ([`check_pages`]) and the row and value counts of the metadata must
/// agree with them, since polars reserves memory for the rows declared.
pub(crate) fn check_page_headers(path: &Path, metadata: &FileMetadata) -> Result<(), Refusal> {
    let chunks: Vec<_> = metadata
        .row_groups
        .iter()
        .flat_map(|group| group.parquet_columns().iter().map(|c| c.byte_range()))
        .collect();
    let mut file = File::open(path).map_err(Refusal::Open)?;
    let mut values = check_pages(&mut file, chunks)
        .map_err(Refusal::Damaged)?
        .into_iter();
    let mut rows = 0usize;
    for (index, group) in metadata.row_groups.iter().enumerate() {
        let mut most = 0;
        for column in group.parquet_columns() {
            let pages = values.next().unwrap_or(0);
            if u64::try_from(column.num_values()).ok() != Some(pages) {
                return Err(Refusal::Damaged(format!(
                    "damaged row group {index}: a column declares {} values, its pages {pages}",
                    column.num_values()
                )));
            }
            most = most.max(pages);
        }
        if group.num_rows() as u64 > most {
            return Err(Refusal::Damaged(format!(
                "damaged row group {index}: {} rows declared, at most {most} in its pages",
                group.num_rows()
            )));
        }
        rows += group.num_rows();
    }
    if rows != metadata.num_rows {
        return Err(Refusal::Damaged(format!(
            "damaged footer: {} rows declared, {rows} in its row groups",
            metadata.num_rows
        )));
    }
    Ok(())
}

/// Page headers longer than this are refused (statistics included, real
/// headers take a few hundred bytes).
const MAX_PAGE_HEADER_BYTES: usize = 1 << 20;

/// Bytes read first at a page's start: a header is read again with 16 times
/// more until it fits.
const FIRST_READ_BYTES: usize = 4096;

/// Checks the headers of every page of the column chunks at `chunks` (byte
/// ranges of `file`): sizes and value counts must not be negative and every
/// page must lie inside its chunk. Gives the number of values of each chunk's
/// data pages, or what is wrong and where.
pub(crate) fn check_pages<F: Read + Seek>(
    file: &mut F,
    chunks: impl IntoIterator<Item = Range<u64>>,
) -> Result<Vec<u64>, String> {
    let mut buffer = Vec::new();
    let mut values = Vec::new();
    for chunk in chunks {
        let mut chunk_values = 0u64;
        let mut at = chunk.start;
        while at < chunk.end {
            let left = usize::try_from(chunk.end - at).unwrap_or(usize::MAX);
            let mut wanted = FIRST_READ_BYTES;
            let (header_len, page_len, page_values) = loop {
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
            chunk_values += page_values;
            at = at
                .checked_add((header_len + page_len) as u64)
                .filter(|&end| end <= chunk.end)
                .ok_or_else(|| format!("the page at byte {at} overruns its column chunk"))?;
        }
        values.push(chunk_values);
    }
    Ok(values)
}

/// Checks that the footer of a Parquet file is well-formed Thrift whose
/// lists and strings fit in the footer. A file that does not end like a
/// Parquet file is left to polars to refuse.
pub(crate) fn check_footer<F: Read + Seek>(file: &mut F) -> Result<(), String> {
    let io = |e: std::io::Error| format!("cannot read the footer: {e}");
    let len = file.seek(SeekFrom::End(0)).map_err(io)?;
    if len < 12 {
        return Ok(());
    }
    let mut tail = [0u8; 8];
    file.seek(SeekFrom::End(-8)).map_err(io)?;
    file.read_exact(&mut tail).map_err(io)?;
    let footer_len = u64::from(u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]));
    if &tail[4..] != b"PAR1" || footer_len + 8 > len {
        return Ok(());
    }
    let mut footer = vec![0u8; footer_len as usize];
    file.seek(SeekFrom::Start(len - 8 - footer_len))
        .map_err(io)?;
    file.read_exact(&mut footer).map_err(io)?;
    Compact {
        bytes: &footer,
        at: 0,
    }
    .walk(Shape::FileMetaData, 0)
    .map_err(|problem| format!("damaged footer: {problem}"))
}

/// The structs of a Parquet footer whose fields polars reads by id, whatever
/// type the file gives them: their types are checked.
#[derive(Clone, Copy)]
enum Shape {
    FileMetaData,
    SchemaElement,
    RowGroup,
    ColumnChunk,
    ColumnMetaData,
    Statistics,
    KeyValue,
}

const BOOL: u8 = 1;
const I16: u8 = 4;
const I64: u8 = 6;
const BINARY: u8 = 8;
const LIST: u8 = 9;

impl Shape {
    /// The type of field `id` (booleans as [`BOOL`]) and, for a struct or a
    /// list of structs, their shape.
    fn field(self, id: i64) -> Option<(u8, Option<Shape>)> {
        use Shape::*;
        let plain = |kind| Some((kind, None));
        match (self, id) {
            (FileMetaData, 1) => plain(I32),
            (FileMetaData, 2) => Some((LIST, Some(SchemaElement))),
            (FileMetaData, 3) => plain(I64),
            (FileMetaData, 4) => Some((LIST, Some(RowGroup))),
            (FileMetaData, 5) => Some((LIST, Some(KeyValue))),
            (FileMetaData, 6) => plain(BINARY),
            (FileMetaData, 7) => plain(LIST),
            (SchemaElement, 1..=3 | 5..=9) => plain(I32),
            (SchemaElement, 4) => plain(BINARY),
            (SchemaElement, 10) => plain(STRUCT),
            (RowGroup, 1) => Some((LIST, Some(ColumnChunk))),
            (RowGroup, 2 | 3 | 5 | 6) => plain(I64),
            (RowGroup, 4) => plain(LIST),
            (RowGroup, 7) => plain(I16),
            (ColumnChunk, 1) => plain(BINARY),
            (ColumnChunk, 2 | 4 | 6) => plain(I64),
            (ColumnChunk, 3) => Some((STRUCT, Some(ColumnMetaData))),
            (ColumnChunk, 5 | 7) => plain(I32),
            (ColumnMetaData, 1 | 4 | 15) => plain(I32),
            (ColumnMetaData, 2 | 3 | 13) => plain(LIST),
            (ColumnMetaData, 8) => Some((LIST, Some(KeyValue))),
            (ColumnMetaData, 5..=7 | 9..=11 | 14) => plain(I64),
            (ColumnMetaData, 12) => Some((STRUCT, Some(Statistics))),
            (ColumnMetaData, 16 | 17) => plain(STRUCT),
            (Statistics, 1 | 2 | 5 | 6) => plain(BINARY),
            (Statistics, 3 | 4) => plain(I64),
            (Statistics, 7 | 8) => plain(BOOL),
            (KeyValue, 1 | 2) => plain(BINARY),
            _ => None,
        }
    }
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

/// The length of the page header at the start of `bytes`, the length of the
/// page it announces and the number of values of a data page (0 for others).
fn page_header(bytes: &[u8]) -> Result<(usize, usize, u64), &'static str> {
    let mut reader = Compact { bytes, at: 0 };
    let mut page_len = None;
    let mut values = 0;
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
            (5 | 8, STRUCT) => values = reader.counts()?,
            (7, STRUCT) => drop(reader.counts()?),
            _ => reader.skip(kind, 0)?,
        }
    }
    Ok((reader.at, page_len.ok_or("no page size")?, values))
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

    /// The size and element type of a list or set.
    fn list_header(&mut self) -> Result<(u64, u8), &'static str> {
        let header = self.byte()?;
        let size = match header >> 4 {
            15 => self.varint()?,
            n => u64::from(n),
        };
        Ok((size, header & 0x0f))
    }

    /// Fails unless `elements` values of a byte or more can follow.
    fn fits(&self, elements: u64) -> Result<(), &'static str> {
        if elements > (self.bytes.len() - self.at) as u64 {
            return Err(CUT_SHORT);
        }
        Ok(())
    }

    /// A page's inner header, whose every 32-bit count must not be
    /// negative: its first field, the number of values.
    fn counts(&mut self) -> Result<u64, &'static str> {
        let mut last_id = 0;
        let mut values = 0;
        while let Some((id, kind)) = self.field(&mut last_id)? {
            if kind == I32 {
                let count = u64::try_from(self.int()?).map_err(|_| "a negative value count")?;
                if id == 1 {
                    values = count;
                }
            } else {
                self.skip(kind, 1)?;
            }
        }
        Ok(values)
    }

    /// Walks a struct of a known shape, checking the types of its fields.
    fn walk(&mut self, shape: Shape, depth: usize) -> Result<(), &'static str> {
        if depth > 32 {
            return Err("nested too deep");
        }
        let mut last_id = 0;
        while let Some((id, kind)) = self.field(&mut last_id)? {
            let Some((expected, inner)) = shape.field(id) else {
                self.skip(kind, depth + 1)?;
                continue;
            };
            let declared = if kind == 2 { BOOL } else { kind };
            if declared != expected {
                return Err("a field of the wrong type");
            }
            match (kind, inner) {
                (STRUCT, Some(inner)) => self.walk(inner, depth + 1)?,
                (LIST, Some(inner)) => {
                    let (size, elements) = self.list_header()?;
                    if elements != STRUCT {
                        return Err("a list of the wrong type");
                    }
                    self.fits(size)?;
                    for _ in 0..size {
                        self.walk(inner, depth + 1)?;
                    }
                }
                _ => self.skip(kind, depth + 1)?,
            }
        }
        Ok(())
    }

    /// Skips a value of a compact type.
    fn skip(&mut self, kind: u8, depth: usize) -> Result<(), &'static str> {
        if depth > 32 {
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
                let (size, elements) = self.list_header()?;
                // every element takes a byte at least (a boolean: exactly one)
                self.fits(size)?;
                match elements {
                    1 | 2 => advance(self, size),
                    kind => (0..size).try_for_each(|_| self.skip(kind, depth + 1)),
                }
            }
            11 => {
                let size = self.varint()?;
                self.fits(size)?;
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
        assert_eq!(page_header(&header(6)), Ok((12, 50, 3)));
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
        let problem = check_pages(&mut file, std::iter::once(0..40)).unwrap_err();
        assert!(problem.contains("overruns its column chunk"), "{problem}");
        let mut page = header(6);
        page.resize(12 + 50, 0);
        assert_eq!(
            check_pages(&mut std::io::Cursor::new(page), std::iter::once(0..62)),
            Ok(vec![3])
        );
    }
}
