//! Text out of a Word `.docx`, with the evidence plain text loses.
//!
//! A .docx is a zip ([`zip`], inflated with `miniz_oxide`) of XML parts.
//! This module reads three of them (with the small tokenizer in [`xml`],
//! which reads no DTD and expands no entity but the five predefined ones
//! and character references):
//!
//! - `word/document.xml`: the body. Each paragraph (`w:p`) becomes one line:
//!   its runs' text (`w:t`), tabs (`w:tab` → `\t`) and breaks (`w:br`,
//!   `w:cr` → `\n`). Each table row (`w:tr`) becomes one line whose cells
//!   are joined by tabs (the paragraphs of one cell by a space), so an
//!   indicator table still reads as a table. Deleted text, field
//!   instructions and the fallback copy of text boxes are skipped.
//! - `word/numbering.xml`: automatic list numbering, rendered as the reader
//!   sees it ([`numbering`]): `lvlText` "%1、" with `numFmt`
//!   chineseCounting → "一、", "（%1）" → "（一）", decimal "%1." → "1.",
//!   "（%1）" decimal → "（1）", ideographTraditional → 甲乙丙, circled → ①.
//! - `word/styles.xml`: which paragraph styles are headings ("heading 2",
//!   "标题 2", `w:outlineLvl` 1 → level 2) and which are bold
//!   ([`styles`]).
//!
//! ```text
//! <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>
//!      <w:r><w:t>总体要求</w:t></w:r></w:p>                  →  "一、总体要求"
//! <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>防疫网络织细织实</w:t></w:r>
//!      <w:r><w:t>。贯彻落实…</w:t></w:r></w:p>           →  "防疫网络织细织实。贯彻落实…"
//!                                                            + bold 0..24
//! <w:tr><w:tc>…地区生产总值…</w:tc><w:tc>…5.5%…</w:tc></w:tr>  →  "地区生产总值\t5.5%"
//! ```
//!
//! Paragraphs are joined by `\n`, so a .docx whose paragraphs are the lines
//! of a .txt extracts to exactly that text. Bold runs (`w:b`, `w:b
//! w:val="1|true|on"`, not `"0|false|off"`; or bold through the run's or
//! the paragraph's style) and heading styles come out as [`Emphasis`]
//! ranges over the extracted text, for [`crate::parse_with`].
//!
//! Bad input gets a [`DocxError`] that says what to do: an old binary
//! .doc, a password-protected file, a zip that is no Word document, a
//! truncated or corrupt file, and anything that would inflate past 64 MiB
//! (or more than 200 times its compressed size: a zip bomb).

mod document;
pub mod numbering;
pub mod styles;
mod xml;
mod zip;

pub use crate::hints::{Emphasis, Hints};

use std::fmt;

/// The most any .docx may inflate to, all parts together.
pub const MAX_INFLATED: usize = 64 << 20;

/// The text of a .docx and the evidence over it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// Paragraphs and table rows, one a line, joined by `\n`.
    pub text: String,
    /// Bold ranges and heading-styled paragraphs (byte offsets in `text`).
    pub hints: Hints,
}

/// Why bytes could not be read as a .docx.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocxError {
    /// An old binary Word document (OLE, `D0 CF 11 E0`).
    LegacyDoc,
    /// Password-protected: an encrypted package, or encrypted zip entries.
    Encrypted,
    /// A zip without `word/document.xml`.
    NotWord,
    /// Not a zip at all.
    NotZip,
    /// Truncated or damaged.
    Corrupt(String),
    /// Would inflate past [`MAX_INFLATED`] or the ratio limit.
    TooLarge,
    /// The XML is not well-formed.
    BadXml(String),
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::LegacyDoc => f.write_str(
                "this is an old Word .doc file (binary format), which cannot be read; open it in Word or WPS and save it as .docx (or as plain text)",
            ),
            DocxError::Encrypted => f.write_str(
                "this Word file is password-protected; open it, remove the password (or save an unprotected copy) and try again",
            ),
            DocxError::NotWord => {
                f.write_str("this is a zip file but not a Word .docx (it has no word/document.xml)")
            }
            DocxError::NotZip => f.write_str("this is not a .docx file (no zip signature)"),
            DocxError::Corrupt(why) => write!(f, "this .docx is damaged: {why}"),
            DocxError::TooLarge => f.write_str(
                "this .docx inflates to far more than its size (over 64 MB, or 200 times its compressed size): refused as a possible zip bomb",
            ),
            DocxError::BadXml(why) => write!(f, "this .docx holds malformed XML: {why}"),
        }
    }
}

impl std::error::Error for DocxError {}

/// What a file's first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniff {
    /// A zip holding `word/document.xml`.
    Docx,
    /// Another zip (an .xlsx, a .zip of reports …).
    Zip,
    /// An OLE compound file: an old .doc or a password-protected .docx.
    Ole,
    /// Anything else: text, or some other binary format.
    Other,
}

/// The zip local-file signature `PK\x03\x04` (and the empty-zip end record).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// An OLE compound file (`D0 CF 11 E0 A1 B1 1A E1`).
pub fn is_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// Sniff by content: zip magic plus a `word/document.xml` entry for a .docx.
pub fn sniff(bytes: &[u8]) -> Sniff {
    if is_ole(bytes) {
        return Sniff::Ole;
    }
    if !is_zip(bytes) {
        return Sniff::Other;
    }
    match zip::Archive::open(bytes) {
        Ok(archive) if archive.find("word/document.xml").is_some() => Sniff::Docx,
        Ok(_) => Sniff::Zip,
        // A damaged zip still says it is one; extract() says how it is damaged.
        Err(_) => Sniff::Zip,
    }
}

/// Extract the text of a .docx, with its bold and heading evidence.
pub fn extract(bytes: &[u8]) -> Result<Extracted, DocxError> {
    if is_ole(bytes) {
        // An encrypted .docx is an OLE file holding an "EncryptedPackage" stream.
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let encrypted = bytes.windows(name.len()).any(|w| w == name.as_slice());
        return Err(if encrypted {
            DocxError::Encrypted
        } else {
            DocxError::LegacyDoc
        });
    }
    if !is_zip(bytes) {
        return Err(DocxError::NotZip);
    }
    let archive = zip::Archive::open(bytes)?;
    let mut budget = MAX_INFLATED;
    let mut part = |name: &str| -> Result<Option<Vec<u8>>, DocxError> {
        match archive.find(name) {
            None => Ok(None),
            Some(entry) => {
                let data = archive.read(entry, budget)?;
                budget -= data.len().min(budget);
                Ok(Some(data))
            }
        }
    };
    let body = part("word/document.xml")?.ok_or(DocxError::NotWord)?;
    let styles = match part("word/styles.xml")? {
        Some(xml) => styles::Styles::read(&xml)?,
        None => styles::Styles::default(),
    };
    let numbering = match part("word/numbering.xml")? {
        Some(xml) => numbering::Numbering::read(&xml)?,
        None => numbering::Numbering::default(),
    };
    document::read(&body, &styles, numbering)
}

/// The value of the attribute with local name `name` (e.g. `w:val`).
pub(crate) fn attr(e: &xml::Tag, name: &[u8]) -> Option<String> {
    e.attr(name)
}

/// A toggle property (`w:b` …) is on unless its value says off.
pub(crate) fn toggle(e: &xml::Tag) -> bool {
    !matches!(attr(e, b"val").as_deref(), Some("0" | "false" | "off"))
}

pub(crate) fn xml_error(why: &str) -> DocxError {
    DocxError::BadXml(why.into())
}

#[cfg(all(target_arch = "wasm32", feature = "docx-wasm"))]
mod wasm;
