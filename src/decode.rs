//! Decoding report files: UTF-8 or GB18030/GBK, detected.
//!
//! Many government `.txt` files are GBK. A file is read as
//!
//! 1. UTF-16 (LE or BE) when it opens with that byte-order mark;
//! 2. UTF-8 when it is valid UTF-8 (a UTF-8 BOM is kept as U+FEFF so that
//!    offsets match the file as other tools read it; the parser treats it
//!    as white space);
//! 3. GB18030 (a superset of GBK and GB2312) when that decodes it without
//!    errors;
//!
//! and refused as binary when it holds NUL bytes or many control
//! characters. Line endings are left as they are: the parser reads CRLF,
//! LF and CR alike.

use std::fmt;

/// The encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Gb18030,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
        })
    }
}

/// Why bytes are not a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes or control characters: an image, a PDF, a .docx …
    Binary,
    /// Neither UTF-8 nor GB18030.
    UnknownEncoding,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary => f.write_str(
                "this looks like binary data, not text (a PDF or an image?); save it as plain text or as a Word .docx first",
            ),
            DecodeError::UnknownEncoding => f.write_str("this is neither UTF-8 nor GB18030/GBK text"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decode a report file's bytes.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).map(|s| (s, Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).map(|s| (s, Encoding::Utf16Be));
    }
    if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), Encoding::Utf8));
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(DecodeError::UnknownEncoding);
    }
    Ok((text.into_owned(), Encoding::Gb18030))
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if text.contains('\0') {
        return Err(DecodeError::Binary);
    }
    Ok(text)
}

/// NUL bytes, or more than 1 in 50 bytes a C0 control other than tab,
/// line feed, carriage return and form feed.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls * 50 > bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_and_keeps_the_bom() {
        let (text, enc) = decode("\u{FEFF}一、总体要求".as_bytes()).unwrap();
        assert_eq!(
            (text.as_str(), enc),
            ("\u{FEFF}一、总体要求", Encoding::Utf8),
            "should keep the BOM"
        );
    }

    #[test]
    fn reads_gbk() {
        let (bytes, _, _) = encoding_rs::GBK.encode("地区生产总值增长4.5%");
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(
            (text.as_str(), enc),
            ("地区生产总值增长4.5%", Encoding::Gb18030),
            "should detect GBK"
        );
    }

    #[test]
    fn reads_utf16_with_a_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("增长".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&bytes).unwrap().0, "增长", "should read UTF-16LE");
    }

    #[test]
    fn refuses_binary() {
        assert_eq!(
            decode(b"%PDF-1.7\0\x01\x02"),
            Err(DecodeError::Binary),
            "should refuse NUL bytes"
        );
        assert_eq!(
            decode(&[0x81, 0x20, 0xFF]),
            Err(DecodeError::UnknownEncoding),
            "should refuse bad bytes"
        );
    }
}
