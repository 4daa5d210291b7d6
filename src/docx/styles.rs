//! `word/styles.xml`: which styles are headings and which are bold.
//!
//! ```text
//! <w:style w:type="paragraph" w:styleId="2">
//!   <w:name w:val="heading 2"/> <w:basedOn w:val="1"/>
//!   <w:pPr><w:outlineLvl w:val="1"/><w:numPr>…</w:numPr></w:pPr>
//!   <w:rPr><w:b/></w:rPr>
//! </w:style>
//! ```
//!
//! A style is a heading of level n when its name is "heading n" or
//! "标题 n" (any case, with or without the space) or it sets
//! `w:outlineLvl` n − 1 (9 means body text); bold when its run properties
//! say so. Both follow `w:basedOn` (at most ten steps: a loop ends there).

use super::xml::{Event, Reader};

use super::{attr, toggle, xml_error, DocxError};

#[derive(Clone, Debug, Default)]
struct Style {
    id: String,
    based_on: Option<String>,
    name_level: Option<u8>,
    outline_level: Option<u8>,
    bold: Option<bool>,
    /// (numId, ilvl) from the style's paragraph properties.
    num: Option<(String, usize)>,
}

/// The styles of a document.
#[derive(Clone, Debug, Default)]
pub struct Styles {
    styles: Vec<Style>,
}

/// The level of a style named "heading 2" / "标题 2" / "Heading2".
fn level_in_name(name: &str) -> Option<u8> {
    let lower = name.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix("标题"))?;
    let digits = rest.trim();
    match digits.parse::<u8>() {
        Ok(n @ 1..=9) => Some(n),
        _ => None,
    }
}

impl Styles {
    /// Read styles.xml.
    pub fn read(xml: &[u8]) -> Result<Styles, DocxError> {
        let mut reader = Reader::new(xml);
        let mut styles = Vec::new();
        let mut current: Option<Style> = None;
        let mut in_ppr = false;
        let mut in_rpr = false;
        let mut num_id: Option<String> = None;
        let mut ilvl = 0usize;
        loop {
            let event = reader.next().map_err(xml_error)?;
            match &event {
                Event::Start(e) | Event::Empty(e) => {
                    let empty = matches!(event, Event::Empty(_));
                    let name = e.name;
                    match name {
                        b"style" if !empty => {
                            current = Some(Style {
                                id: attr(e, b"styleId").unwrap_or_default(),
                                ..Style::default()
                            });
                        }
                        b"pPr" if !empty => in_ppr = true,
                        b"rPr" if !empty => in_rpr = true,
                        _ => {}
                    }
                    let Some(style) = current.as_mut() else {
                        continue;
                    };
                    match name {
                        b"name" => {
                            style.name_level = attr(e, b"val").as_deref().and_then(level_in_name)
                        }
                        b"basedOn" => style.based_on = attr(e, b"val"),
                        b"outlineLvl" if in_ppr => {
                            style.outline_level = attr(e, b"val").and_then(|v| v.parse().ok())
                        }
                        b"numId" if in_ppr => num_id = attr(e, b"val"),
                        b"ilvl" if in_ppr => {
                            ilvl = attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0)
                        }
                        b"b" if in_rpr => style.bold = Some(toggle(e)),
                        _ => {}
                    }
                }
                Event::End(e) => match *e {
                    b"style" => {
                        if let Some(mut style) = current.take() {
                            style.num = num_id.take().map(|n| (n, ilvl.min(8)));
                            ilvl = 0;
                            styles.push(style);
                        }
                    }
                    b"pPr" => in_ppr = false,
                    b"rPr" => in_rpr = false,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(Styles { styles })
    }

    fn get(&self, id: &str) -> Option<&Style> {
        self.styles.iter().find(|s| s.id == id)
    }

    /// Follow `basedOn` from `id` until `pick` answers (at most ten steps).
    fn inherited<T>(&self, id: &str, pick: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut style = self.get(id)?;
        for _ in 0..10 {
            if let Some(found) = pick(style) {
                return Some(found);
            }
            style = self.get(style.based_on.as_deref()?)?;
        }
        None
    }

    /// The heading level of paragraph style `id`, if it is a heading.
    pub fn heading_level(&self, id: &str) -> Option<u8> {
        let own = self.get(id)?;
        if let Some(level) = own.name_level {
            return Some(level);
        }
        self.inherited(id, |s| s.outline_level.or(s.name_level.map(|l| l - 1)))
            .filter(|&l| l <= 8)
            .map(|l| l + 1)
    }

    /// Whether style `id` makes its text bold.
    pub fn bold(&self, id: &str) -> bool {
        self.inherited(id, |s| s.bold).unwrap_or(false)
    }

    /// The numbering (numId, ilvl) that paragraph style `id` carries.
    pub fn numbering(&self, id: &str) -> Option<(String, usize)> {
        self.inherited(id, |s| s.num.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:styles xmlns:w="w">
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="T2"><w:name w:val="标题 2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="My title"/><w:basedOn w:val="Out"/></w:style>
      <w:style w:type="paragraph" w:styleId="Out"><w:name w:val="x"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="loop"/><w:basedOn w:val="Loop"/></w:style>
    </w:styles>"#;

    #[test]
    fn reads_heading_levels_from_names_and_outline_levels() {
        let styles = Styles::read(XML.as_bytes()).unwrap();
        assert_eq!(
            styles.heading_level("1"),
            Some(1),
            "should read 'heading 1'"
        );
        assert_eq!(styles.heading_level("T2"), Some(2), "should read '标题 2'");
        assert_eq!(
            styles.heading_level("Mine"),
            Some(3),
            "should inherit outlineLvl 2 as level 3"
        );
        assert_eq!(
            styles.heading_level("Loop"),
            None,
            "should stop on a basedOn loop"
        );
        assert_eq!(
            styles.heading_level("missing"),
            None,
            "should know no missing style"
        );
    }

    #[test]
    fn reads_bold_styles() {
        let styles = Styles::read(XML.as_bytes()).unwrap();
        assert!(styles.bold("1"), "should see <w:b/> in a style");
        assert!(!styles.bold("Mine"), "should see w:val=\"0\" as not bold");
    }
}
