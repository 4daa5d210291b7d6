//! A small reader for the zip container of a .docx: the central directory
//! (end record, entries), local headers, and stored or deflated entries,
//! inflated with `miniz_oxide` under a size budget.
//!
//! ```text
//! file    = local-entry* central-entry* end-record
//! end     = "PK\x05\x06" … entry-count cd-size cd-offset comment      (the last 64 KiB)
//! central = "PK\x01\x02" … flags method crc sizes name-len … offset name
//! local   = "PK\x03\x04" … name-len extra-len name extra data
//! ```
//!
//! Only what a .docx needs: methods 0 (stored) and 8 (deflate); ZIP64,
//! multi-disk archives and encrypted entries are refused with a reason.
//! Every read is bounds-checked: a truncated or corrupt file gives an error,
//! never a panic, and no entry inflates past the budget it is given.

use super::DocxError;

/// One entry of the central directory.
#[derive(Clone, Debug)]
pub(crate) struct Entry<'a> {
    pub name: &'a [u8],
    flags: u16,
    method: u16,
    compressed: u64,
    size: u64,
    offset: u64,
}

/// The entries of a zip archive.
pub(crate) struct Archive<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry<'a>>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

const END: u32 = 0x0605_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const LOCAL: u32 = 0x0403_4b50;

impl<'a> Archive<'a> {
    /// Read the central directory.
    pub fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        let corrupt = |why: &str| DocxError::Corrupt(why.to_string());
        // The end record is in the last 22 + 65535 bytes.
        let lowest = bytes.len().saturating_sub(22 + 0xFFFF);
        let end = (lowest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END))
            .ok_or_else(|| corrupt("no end of central directory (the file is truncated?)"))?;
        let count = u16_at(bytes, end + 10).unwrap_or(0) as usize;
        let cd_size = u32_at(bytes, end + 12).unwrap_or(0) as usize;
        let cd_offset = u32_at(bytes, end + 16).unwrap_or(0) as usize;
        if cd_offset == 0xFFFF_FFFF || count == 0xFFFF {
            return Err(corrupt("ZIP64 archives are not supported"));
        }
        let cd = cd_offset
            .checked_add(cd_size)
            .and_then(|e| bytes.get(cd_offset..e))
            .ok_or_else(|| corrupt("the central directory lies outside the file (truncated?)"))?;
        let mut entries = Vec::with_capacity(count.min(4096));
        let mut at = 0;
        while entries.len() < count {
            if u32_at(cd, at) != Some(CENTRAL) {
                return Err(corrupt("a central directory entry is damaged"));
            }
            let field16 = |o| u16_at(cd, at + o).unwrap_or(0);
            let field32 = |o| u32_at(cd, at + o).unwrap_or(0);
            let name_len = field16(28) as usize;
            let extra_len = field16(30) as usize;
            let comment_len = field16(32) as usize;
            let name = cd
                .get(at + 46..at + 46 + name_len)
                .ok_or_else(|| corrupt("a central directory entry is cut short"))?;
            entries.push(Entry {
                name,
                flags: field16(8),
                method: field16(10),
                compressed: field32(20) as u64,
                size: field32(24) as u64,
                offset: field32(42) as u64,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Archive { bytes, entries })
    }

    /// The entry named `name` (ASCII case-insensitive, as Word reads them).
    pub fn find(&self, name: &str) -> Option<&Entry<'a>> {
        self.entries
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name.as_bytes()))
    }

    /// The entry's bytes, inflated; at most `budget` bytes, and at most
    /// `MAX_RATIO` times its compressed size (plus 1 MiB), else an error.
    pub fn read(&self, entry: &Entry<'a>, budget: usize) -> Result<Vec<u8>, DocxError> {
        let corrupt = |why: &str| DocxError::Corrupt(why.to_string());
        if entry.flags & 1 != 0 {
            return Err(DocxError::Encrypted);
        }
        let offset = entry.offset as usize;
        if u32_at(self.bytes, offset) != Some(LOCAL) {
            return Err(corrupt("a file header is missing (truncated?)"));
        }
        let name_len = u16_at(self.bytes, offset + 26).unwrap_or(0) as usize;
        let extra_len = u16_at(self.bytes, offset + 28).unwrap_or(0) as usize;
        let start = offset + 30 + name_len + extra_len;
        let data = start
            .checked_add(entry.compressed as usize)
            .and_then(|end| self.bytes.get(start..end))
            .ok_or_else(|| corrupt("an entry runs past the end of the file (truncated?)"))?;
        let ratio_cap = data.len().saturating_mul(MAX_RATIO).saturating_add(1 << 20);
        let limit = budget.min(ratio_cap);
        match entry.method {
            0 => {
                if data.len() > limit {
                    return Err(DocxError::TooLarge);
                }
                Ok(data.to_vec())
            }
            8 => {
                // A declared size over the limit is refused before inflating.
                if entry.size as usize > limit {
                    return Err(DocxError::TooLarge);
                }
                miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit).map_err(|e| {
                    if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                        DocxError::TooLarge
                    } else {
                        corrupt("a compressed entry is damaged")
                    }
                })
            }
            _ => Err(corrupt("an entry uses an unsupported compression method")),
        }
    }
}

/// How much larger than its compressed size an entry may inflate. Word's
/// XML compresses 5–20 times; a zip bomb compresses a thousand times.
pub(crate) const MAX_RATIO: usize = 200;
