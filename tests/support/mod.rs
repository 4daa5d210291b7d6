//! A tiny zip writer and .docx builder for the tests (stored or deflated
//! entries; CRCs are left 0, which the reader does not check).
#![allow(dead_code)]

/// A zip of `(name, bytes, deflate)` entries.
pub fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    zip_with_flags(entries, 0)
}

/// A zip whose entries all carry general-purpose `flags` (bit 0: encrypted).
pub fn zip_with_flags(entries: &[(&str, &[u8], bool)], flags: u16) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, deflate) in entries {
        let body = if *deflate {
            miniz_oxide::deflate::compress_to_vec(data, 6)
        } else {
            data.to_vec()
        };
        let method: u16 = if *deflate { 8 } else { 0 };
        let offset = out.len() as u32;
        let mut header = Vec::new();
        header.extend(0x0403_4b50u32.to_le_bytes());
        header.extend(20u16.to_le_bytes());
        header.extend(flags.to_le_bytes());
        header.extend(method.to_le_bytes());
        header.extend([0u8; 4]); // time, date
        header.extend(0u32.to_le_bytes()); // crc
        header.extend((body.len() as u32).to_le_bytes());
        header.extend((data.len() as u32).to_le_bytes());
        header.extend((name.len() as u16).to_le_bytes());
        header.extend(0u16.to_le_bytes());
        out.extend(&header);
        out.extend(name.as_bytes());
        out.extend(&body);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(flags.to_le_bytes());
        central.extend(method.to_le_bytes());
        central.extend([0u8; 4]);
        central.extend(0u32.to_le_bytes());
        central.extend((body.len() as u32).to_le_bytes());
        central.extend((data.len() as u32).to_le_bytes());
        central.extend((name.len() as u16).to_le_bytes());
        central.extend([0u8; 8]); // extra, comment, disk, internal attrs
        central.extend(0u32.to_le_bytes()); // external attrs
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// word/document.xml around `body` (paragraphs, tables).
pub fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    )
}

/// A .docx with this body and, optionally, numbering.xml and styles.xml.
pub fn docx(body: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    let doc = document(body);
    let types = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;
    let mut entries: Vec<(&str, &[u8], bool)> = vec![
        ("[Content_Types].xml", types, true),
        ("word/document.xml", doc.as_bytes(), true),
    ];
    if let Some(n) = numbering {
        entries.push(("word/numbering.xml", n.as_bytes(), true));
    }
    if let Some(s) = styles {
        entries.push(("word/styles.xml", s.as_bytes(), true));
    }
    zip(&entries)
}

/// A paragraph of plain runs.
pub fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}
