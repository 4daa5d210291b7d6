//! `word/numbering.xml`: automatic list numbering, rendered as the reader
//! sees it.
//!
//! ```text
//! <w:abstractNum w:abstractNumId="0">
//!   <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
//!     <w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
//!   <w:lvl w:ilvl="1"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
//!   <w:lvl w:ilvl="2"><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
//! </w:abstractNum>
//! <w:num w:numId="3"><w:abstractNumId w:val="0"/>
//!   <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
//! ```
//!
//! Paragraphs with `numId` 3 at `ilvl` 0, 1, 2 read "一、", "（一）", "1.".
//! Formats: decimal (and decimalZero, full-width), chineseCounting,
//! chineseCountingThousand, chineseLegalSimplified (壹贰), ideographDigital
//! (〇一二), ideographTraditional (甲乙丙), ideographZodiac (子丑寅),
//! decimalEnclosedCircle (①), upper/lower letter and roman, bullet
//! (a symbol-font glyph becomes •) and none. Counters belong to the
//! abstract list, so two `w:num` of one list continue each other unless one
//! restarts with `w:startOverride`; a level restarts when a shallower one
//! advances. The suffix after the number (`w:suff`, a tab by default)
//! becomes nothing after CJK punctuation ("一、总体" as typed by hand) and a
//! space otherwise ("1. 总体").

use super::xml::{Event, Reader};

use super::{attr, xml_error, DocxError};

#[derive(Clone, Debug)]
struct Level {
    start: u32,
    format: String,
    text: String,
    suffix: Suffix,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            start: 1,
            format: "decimal".into(),
            text: String::new(),
            suffix: Suffix::Tab,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suffix {
    Tab,
    Space,
    Nothing,
}

#[derive(Clone, Debug, Default)]
struct Abstract {
    id: String,
    levels: Vec<Level>,
    /// The current value at each level; None until used.
    counters: [Option<u32>; 9],
}

#[derive(Clone, Debug, Default)]
struct Num {
    id: String,
    abstract_id: String,
    overrides: Vec<(usize, u32)>,
    used: bool,
}

/// The lists of a document and their counters.
#[derive(Clone, Debug, Default)]
pub struct Numbering {
    abstracts: Vec<Abstract>,
    nums: Vec<Num>,
}

fn ilvl_of(e: &super::xml::Tag) -> usize {
    attr(e, b"ilvl")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0)
        .min(8)
}

impl Numbering {
    /// Read numbering.xml.
    pub fn read(xml: &[u8]) -> Result<Numbering, DocxError> {
        let mut reader = Reader::new(xml);
        let mut numbering = Numbering::default();
        let mut abs: Option<Abstract> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut num: Option<Num> = None;
        let mut override_level: Option<usize> = None;
        loop {
            let event = reader.next().map_err(xml_error)?;
            match &event {
                Event::Start(e) | Event::Empty(e) => {
                    let empty = matches!(event, Event::Empty(_));
                    match e.name {
                        b"abstractNum" if !empty => {
                            abs = Some(Abstract {
                                id: attr(e, b"abstractNumId").unwrap_or_default(),
                                ..Abstract::default()
                            })
                        }
                        b"lvl" if !empty && abs.is_some() => {
                            level = Some((ilvl_of(e), Level::default()))
                        }
                        b"num" if !empty => {
                            num = Some(Num {
                                id: attr(e, b"numId").unwrap_or_default(),
                                ..Num::default()
                            })
                        }
                        b"lvlOverride" if !empty => override_level = Some(ilvl_of(e)),
                        b"startOverride" => {
                            if let (Some(n), Some(l)) = (num.as_mut(), override_level) {
                                let start =
                                    attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(1);
                                n.overrides.push((l, start));
                            }
                        }
                        b"abstractNumId" => {
                            if let Some(n) = num.as_mut() {
                                n.abstract_id = attr(e, b"val").unwrap_or_default();
                            }
                        }
                        name => {
                            // Level properties; those of an override's own
                            // w:lvl are ignored (rare; the abstract's hold).
                            let Some((_, l)) = level.as_mut() else {
                                continue;
                            };
                            let val = attr(e, b"val");
                            match name {
                                b"start" => l.start = val.and_then(|v| v.parse().ok()).unwrap_or(1),
                                b"numFmt" => l.format = val.unwrap_or_default(),
                                b"lvlText" => l.text = val.unwrap_or_default(),
                                b"suff" => {
                                    l.suffix = match val.as_deref() {
                                        Some("space") => Suffix::Space,
                                        Some("nothing") => Suffix::Nothing,
                                        _ => Suffix::Tab,
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                }
                Event::End(e) => match *e {
                    b"lvl" => {
                        if let (Some((i, l)), Some(a)) = (level.take(), abs.as_mut()) {
                            if a.levels.len() <= i {
                                a.levels.resize(i + 1, Level::default());
                            }
                            a.levels[i] = l;
                        }
                    }
                    b"abstractNum" => numbering.abstracts.extend(abs.take()),
                    b"num" => numbering.nums.extend(num.take()),
                    b"lvlOverride" => override_level = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(numbering)
    }

    /// Advance list `num_id` at level `ilvl` and render its label with the
    /// suffix ("一、", "（二）", "3. "); None for an unknown list or
    /// `numId` 0 (numbering removed).
    pub fn next(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        let ilvl = ilvl.min(8);
        let n = self.nums.iter_mut().find(|n| n.id == num_id)?;
        let restart = if n.used {
            Vec::new()
        } else {
            n.overrides.clone()
        };
        n.used = true;
        let abstract_id = n.abstract_id.clone();
        let a = self.abstracts.iter_mut().find(|a| a.id == abstract_id)?;
        let level = a.levels.get(ilvl)?.clone();
        for (l, start) in restart {
            if l < 9 {
                a.counters[l] = Some(start.saturating_sub(1));
            }
        }
        let value = a.counters[ilvl].map_or(level.start, |v| v.saturating_add(1));
        a.counters[ilvl] = Some(value);
        for deeper in &mut a.counters[ilvl + 1..] {
            *deeper = None;
        }
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    let k = d as usize - 1;
                    let l = a.levels.get(k).cloned().unwrap_or_default();
                    let v = a.counters[k].unwrap_or(l.start);
                    // With isLgl Word shows decimals; a bullet's %n is nothing.
                    label.push_str(&format_number(v, &l.format));
                }
                _ if level.format == "bullet" => label.push(bullet_glyph(c)),
                _ => label.push(c),
            }
        }
        if label.is_empty() {
            return Some(label);
        }
        let cjk_end = label
            .chars()
            .last()
            .is_some_and(|c| matches!(c, '、' | '）' | '．' | '，' | '：' | '】' | '〕'));
        match level.suffix {
            Suffix::Nothing => {}
            _ if cjk_end => {}
            _ => label.push(' '),
        }
        Some(label)
    }
}

/// A symbol-font bullet (private use area) as a plain bullet.
fn bullet_glyph(c: char) -> char {
    if ('\u{E000}'..='\u{F8FF}').contains(&c) {
        '•'
    } else {
        c
    }
}

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/// Render `n` in a Word number format.
pub fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "koreanCounting" => chinese(n, &DIGITS, ['十', '百', '千', '万']),
        "chineseLegalSimplified" => chinese(n, &LEGAL, ['拾', '佰', '仟', '万']),
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => n
            .to_string()
            .chars()
            .map(|d| DIGITS[d as usize - '0' as usize])
            .collect(),
        "ideographTraditional" => cycle(n, "甲乙丙丁戊己庚辛壬癸"),
        "ideographZodiac" => cycle(n, "子丑寅卯辰巳午未申酉戌亥"),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "decimalEnclosedParen" => format!("({n})"),
        "decimalEnclosedFullstop" => format!("{n}."),
        "decimalZero" => format!("{n:02}"),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|d| char::from_u32(d as u32 + 0xFEE0).unwrap_or(d))
            .collect(),
        "upperLetter" => letters(n, b'A'),
        "lowerLetter" => letters(n, b'a'),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_ascii_lowercase(),
        "none" | "bullet" => String::new(),
        _ => n.to_string(),
    }
}

fn cycle(n: u32, glyphs: &str) -> String {
    let glyphs: Vec<char> = glyphs.chars().collect();
    let i = (n.max(1) as usize - 1) % glyphs.len();
    glyphs[i].to_string()
}

/// 一 … 十, 十一, 二十, 一百零五, 一千零一十 … (up to 99 999 999); a zero
/// inside a number reads 零.
fn chinese(n: u32, digits: &[char; 10], units: [char; 4]) -> String {
    let mut with_zero = *digits;
    with_zero[0] = '零';
    let digits = &with_zero;
    if n == 0 {
        return digits[0].to_string();
    }
    if n >= 100_000_000 {
        return n.to_string();
    }
    let mut out = String::new();
    let high = n / 10_000;
    let low = n % 10_000;
    if high > 0 {
        out.push_str(&below_10k(high, digits, units, true));
        out.push(units[3]);
        if low > 0 {
            if low < 1000 {
                out.push(digits[0]);
            }
            out.push_str(&below_10k(low, digits, units, false));
        }
    } else {
        out.push_str(&below_10k(low, digits, units, true));
    }
    out
}

fn below_10k(n: u32, digits: &[char; 10], units: [char; 4], leading: bool) -> String {
    let parts = [
        (n / 1000, Some(units[2])),
        (n / 100 % 10, Some(units[1])),
        (n / 10 % 10, Some(units[0])),
        (n % 10, None),
    ];
    let mut out = String::new();
    let mut zero = false;
    let mut started = false;
    for (i, (d, unit)) in parts.iter().enumerate() {
        if *d == 0 {
            zero = started;
            continue;
        }
        if zero {
            out.push(digits[0]);
            zero = false;
        }
        // 十一, not 一十一, when ten is the highest place.
        let bare_ten = i == 2 && *d == 1 && !started && leading;
        if !bare_ten {
            out.push(digits[*d as usize]);
        }
        if let Some(u) = unit {
            out.push(*u);
        }
        started = true;
    }
    out
}

fn letters(n: u32, base: u8) -> String {
    // Word repeats the letter: a … z, aa … zz.
    let n = n.max(1) - 1;
    let letter = (base + (n % 26) as u8) as char;
    std::iter::repeat_n(letter, (n / 26 + 1).min(10) as usize).collect()
}

fn roman(mut n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, glyphs) in table {
        while n >= value {
            out.push_str(glyphs);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_chinese_counting() {
        let cases = [
            (1, "一"),
            (10, "十"),
            (11, "十一"),
            (20, "二十"),
            (23, "二十三"),
            (100, "一百"),
            (105, "一百零五"),
            (110, "一百一十"),
            (1010, "一千零一十"),
            (10001, "一万零一"),
        ];
        for (n, want) in cases {
            assert_eq!(
                format_number(n, "chineseCounting"),
                want,
                "should render {n}"
            );
            assert_eq!(
                format_number(n, "chineseCountingThousand"),
                want,
                "should render {n} (thousand)"
            );
        }
    }

    #[test]
    fn renders_other_formats() {
        assert_eq!(format_number(3, "decimal"), "3", "should render decimal");
        assert_eq!(
            format_number(2, "ideographTraditional"),
            "乙",
            "should render 甲乙丙"
        );
        assert_eq!(
            format_number(11, "ideographTraditional"),
            "甲",
            "should cycle 甲乙丙"
        );
        assert_eq!(
            format_number(3, "decimalEnclosedCircle"),
            "③",
            "should render circled digits"
        );
        assert_eq!(
            format_number(12, "decimalFullWidth"),
            "１２",
            "should render full-width digits"
        );
        assert_eq!(
            format_number(4, "upperRoman"),
            "IV",
            "should render roman numerals"
        );
        assert_eq!(
            format_number(28, "lowerLetter"),
            "bb",
            "should repeat letters past z"
        );
        assert_eq!(
            format_number(2, "chineseLegalSimplified"),
            "贰",
            "should render 壹贰"
        );
    }

    const XML: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF06C;"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>"#;

    #[test]
    fn numbers_the_gbt_9704_levels() {
        let mut n = Numbering::read(XML.as_bytes()).unwrap();
        let got: Vec<String> = [
            (0, "1"),
            (1, "1"),
            (1, "1"),
            (2, "1"),
            (3, "1"),
            (2, "1"),
            (0, "1"),
            (1, "1"),
        ]
        .iter()
        .map(|&(l, id)| n.next(id, l).unwrap())
        .collect();
        assert_eq!(
            got,
            [
                "一、",
                "（一）",
                "（二）",
                "1. ",
                "（1）",
                "2. ",
                "二、",
                "（一）"
            ],
            "should count and restart deeper levels"
        );
    }

    #[test]
    fn restarts_on_a_start_override_and_renders_bullets() {
        let mut n = Numbering::read(XML.as_bytes()).unwrap();
        assert_eq!(n.next("1", 0).as_deref(), Some("一、"));
        assert_eq!(n.next("1", 0).as_deref(), Some("二、"));
        assert_eq!(
            n.next("2", 0).as_deref(),
            Some("一、"),
            "should restart at a startOverride"
        );
        assert_eq!(
            n.next("2", 0).as_deref(),
            Some("二、"),
            "should continue after the restart"
        );
        assert_eq!(
            n.next("3", 0).as_deref(),
            Some("• "),
            "should render a symbol bullet as •"
        );
        assert_eq!(n.next("9", 0), None, "should know no unknown list");
    }
}
