//! A small XML tokenizer for the parts of a .docx: start, empty and end
//! tags (local names: `w:p` → `p`), attributes, and text with the five
//! predefined entities and character references expanded.
//!
//! ```text
//! <w:t xml:space="preserve">前&amp;后</w:t>  →  Start(t, attrs) Text("前&后") End(t)
//! <?xml …?> <!-- … --> <!DOCTYPE … [ … ]>   →  skipped
//! <![CDATA[ a<b ]]>                          →  Text(" a<b ")
//! &custom; &xxe;                              →  kept as written: no DTD, no entity expansion
//! ```
//!
//! Written for size (it is most of what the .docx WebAssembly module
//! would otherwise spend on a general XML library) and safety: one pass,
//! no recursion, no lookups outside the input. Names are not checked
//! against each other: a document whose tags do not nest still reads,
//! as Word's own reader is lenient too; an unclosed `<` is an error.

use std::borrow::Cow;

/// A start or empty tag.
pub(crate) struct Tag<'a> {
    /// The local name (after any prefix).
    pub name: &'a [u8],
    attrs: &'a [u8],
}

pub(crate) enum Event<'a> {
    Start(Tag<'a>),
    Empty(Tag<'a>),
    /// An end tag's local name.
    End(&'a [u8]),
    Text(Cow<'a, str>),
    Eof,
}

pub(crate) struct Reader<'a> {
    xml: &'a [u8],
    at: usize,
}

fn local(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

impl<'a> Reader<'a> {
    pub fn new(xml: &'a [u8]) -> Self {
        Reader { xml, at: 0 }
    }

    /// The next event; `Err` for an unclosed tag, comment or section.
    pub fn next(&mut self) -> Result<Event<'a>, &'static str> {
        loop {
            let xml = self.xml;
            let start = self.at;
            if start >= xml.len() {
                return Ok(Event::Eof);
            }
            if xml[start] != b'<' {
                let end = xml[start..]
                    .iter()
                    .position(|&b| b == b'<')
                    .map_or(xml.len(), |i| start + i);
                self.at = end;
                return Ok(Event::Text(unescape(&xml[start..end])));
            }
            let rest = &xml[start..];
            if rest.starts_with(b"<!--") {
                self.at = find(xml, start + 4, b"-->").ok_or("an unclosed comment")? + 3;
                continue;
            }
            if rest.starts_with(b"<![CDATA[") {
                let end = find(xml, start + 9, b"]]>").ok_or("an unclosed CDATA section")?;
                self.at = end + 3;
                return Ok(Event::Text(String::from_utf8_lossy(&xml[start + 9..end])));
            }
            if rest.starts_with(b"<?") {
                self.at =
                    find(xml, start + 2, b"?>").ok_or("an unclosed processing instruction")? + 2;
                continue;
            }
            if rest.starts_with(b"<!") {
                // <!DOCTYPE …> with an internal subset in [ … ]: skipped whole.
                let mut depth = 0usize;
                let mut i = start + 2;
                loop {
                    match xml.get(i) {
                        None => return Err("an unclosed declaration"),
                        Some(b'[') => depth += 1,
                        Some(b']') => depth = depth.saturating_sub(1),
                        Some(b'>') if depth == 0 => break,
                        _ => {}
                    }
                    i += 1;
                }
                self.at = i + 1;
                continue;
            }
            // A tag: find its '>' outside quoted attribute values.
            let mut quote = 0u8;
            let mut i = start + 1;
            let close = loop {
                match xml.get(i) {
                    None => return Err("an unclosed tag"),
                    Some(&q @ (b'"' | b'\'')) if quote == 0 => quote = q,
                    Some(&q) if q == quote => quote = 0,
                    Some(b'>') if quote == 0 => break i,
                    _ => {}
                }
                i += 1;
            };
            self.at = close + 1;
            let inner = &xml[start + 1..close];
            if let Some(name) = inner.strip_prefix(b"/") {
                return Ok(Event::End(local(name.trim_ascii())));
            }
            let (inner, empty) = match inner.strip_suffix(b"/") {
                Some(inner) => (inner, true),
                None => (inner, false),
            };
            let split = inner
                .iter()
                .position(|b| b.is_ascii_whitespace())
                .unwrap_or(inner.len());
            let tag = Tag {
                name: local(&inner[..split]),
                attrs: &inner[split..],
            };
            return Ok(if empty {
                Event::Empty(tag)
            } else {
                Event::Start(tag)
            });
        }
    }
}

impl Tag<'_> {
    /// The value of the attribute whose local name is `name`, unescaped.
    pub fn attr(&self, name: &[u8]) -> Option<String> {
        let a = self.attrs;
        let mut i = 0;
        while i < a.len() {
            while i < a.len() && a[i].is_ascii_whitespace() {
                i += 1;
            }
            let key_start = i;
            while i < a.len() && a[i] != b'=' && !a[i].is_ascii_whitespace() {
                i += 1;
            }
            let key = &a[key_start..i];
            while i < a.len() && (a[i] == b'=' || a[i].is_ascii_whitespace()) {
                i += 1;
            }
            let quote = *a.get(i)?;
            if quote != b'"' && quote != b'\'' {
                return None;
            }
            let value_start = i + 1;
            let value_end = a[value_start..].iter().position(|&b| b == quote)? + value_start;
            i = value_end + 1;
            if local(key) == name {
                return Some(unescape(&a[value_start..value_end]).into_owned());
            }
        }
        None
    }
}

/// Expand `&lt; &gt; &amp; &quot; &apos; &#N; &#xH;`; leave any other
/// reference as written. Invalid UTF-8 becomes U+FFFD.
pub(crate) fn unescape(raw: &[u8]) -> Cow<'_, str> {
    let text = String::from_utf8_lossy(raw);
    if !text.contains('&') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = &*text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[..rest.len().min(12)].find(';');
        let expanded = semi.and_then(|semi| {
            let name = &rest[1..semi];
            let c = match name {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => name.strip_prefix('#')?.parse().ok()?,
                    };
                    // XML allows no NUL, not even as a reference.
                    char::from_u32(code).filter(|&c| c != '\0')?
                }
            };
            Some((c, semi + 1))
        });
        match expanded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str) -> Vec<String> {
        let mut r = Reader::new(xml.as_bytes());
        let mut out = Vec::new();
        loop {
            match r.next() {
                Ok(Event::Start(t)) => out.push(format!("<{}>", String::from_utf8_lossy(t.name))),
                Ok(Event::Empty(t)) => out.push(format!("<{}/>", String::from_utf8_lossy(t.name))),
                Ok(Event::End(n)) => out.push(format!("</{}>", String::from_utf8_lossy(n))),
                Ok(Event::Text(t)) => out.push(t.into_owned()),
                Ok(Event::Eof) => break,
                Err(e) => {
                    out.push(format!("error: {e}"));
                    break;
                }
            }
        }
        out
    }

    #[test]
    fn tokenizes_tags_and_text() {
        assert_eq!(
            events(
                r#"<?xml version="1.0"?><!-- c --><w:p a="x>y"><w:t>前&amp;&#x4E00;&#20108;后</w:t><w:br/></w:p>"#
            ),
            ["<p>", "<t>", "前&一二后", "</t>", "<br/>", "</p>"],
            "should read tags, entities and character references"
        );
    }

    #[test]
    fn skips_doctype_and_keeps_unknown_entities() {
        assert_eq!(
            events(
                r#"<!DOCTYPE d [<!ENTITY a "AAAA"><!ENTITY b "&a;&a;">]><d>&b;<![CDATA[<x>]]></d>"#
            ),
            ["<d>", "&b;", "<x>", "</d>"],
            "should expand no entity"
        );
    }

    #[test]
    fn reads_attributes_by_local_name() {
        let mut r = Reader::new(br#"<w:numFmt w:val="chineseCounting" x:other='a &amp; b'/>"#);
        let Ok(Event::Empty(tag)) = r.next() else {
            panic!("should read an empty tag")
        };
        assert_eq!(tag.attr(b"val").as_deref(), Some("chineseCounting"));
        assert_eq!(
            tag.attr(b"other").as_deref(),
            Some("a & b"),
            "should unescape values"
        );
        assert_eq!(tag.attr(b"none"), None);
    }

    #[test]
    fn reports_unclosed_tags() {
        assert_eq!(
            events("<w:p><w:t"),
            ["<p>", "error: an unclosed tag"],
            "should stop at an unclosed tag"
        );
    }
}
