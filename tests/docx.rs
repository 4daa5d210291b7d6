//! The .docx extraction (src/docx/): numbering, bold, tables, heading
//! styles, the hints in the outline, and bad files.

mod support;

use gongwen::docx::{extract, sniff, DocxError, Sniff};
use gongwen::{parse, parse_with, HeadingKind, Options};
use support::{docx, p, zip, zip_with_flags};

const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
  <w:abstractNum w:abstractNumId="7">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
    <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%5、"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>"#;

fn numbered(level: u8, text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
    )
}

#[test]
fn should_render_list_numbering_as_the_reader_sees_it() {
    let body = [
        numbered(0, "总体要求"),
        numbered(1, "稳增长"),
        numbered(2, "扩大有效投资"),
        numbered(3, "重大项目"),
        numbered(3, "城市更新"),
        numbered(4, "其他"),
        numbered(1, "促改革"),
        numbered(0, "主要任务"),
    ]
    .concat();
    let x = extract(&docx(&body, Some(NUMBERING), None)).unwrap();
    assert_eq!(
        x.text,
        "一、总体要求\n（一）稳增长\n1.扩大有效投资\n（1）重大项目\n（2）城市更新\n甲、其他\n（二）促改革\n二、主要任务",
        "should number 一、 （一） 1. （1） 甲、 and restart deeper levels"
    );
}

#[test]
fn should_make_numbered_paragraphs_headings() {
    let body = [
        numbered(0, "总体要求"),
        p("全年地区生产总值增长5%左右。"),
        numbered(1, "稳增长"),
        p("扩大有效投资。"),
    ]
    .concat();
    let x = extract(&docx(&body, Some(NUMBERING), None)).unwrap();
    let doc = parse_with(&x.text, &x.hints, &Options::default());
    assert_eq!(doc.outline.len(), 1, "should find one top heading");
    assert_eq!(
        doc.outline[0].marker, "一、",
        "should see Word's number as the marker"
    );
    assert_eq!(
        doc.outline[0].children[0].marker, "（一）",
        "should nest （一）"
    );
}

#[test]
fn should_keep_tabs_and_breaks() {
    let body = "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>";
    let x = extract(&docx(body, None, None)).unwrap();
    assert_eq!(x.text, "甲\t乙\n丙", "should keep a tab and a line break");
}

#[test]
fn should_turn_table_rows_into_tab_separated_lines() {
    let cell = |t: &str| format!("<w:tc><w:tcPr/>{}</w:tc>", p(t));
    let row = |cells: &[&str]| {
        format!(
            "<w:tr>{}</w:tr>",
            cells.iter().map(|c| cell(c)).collect::<String>()
        )
    };
    let body = format!(
        "{}<w:tbl><w:tblPr/>{}{}{}</w:tbl>{}",
        p("一、主要指标"),
        row(&["指标", "2025年目标"]),
        row(&["地区生产总值增长", "5%左右"]),
        row(&["城镇调查失业率", "5.5%以内"]),
        p("二、主要任务")
    );
    let x = extract(&docx(&body, None, None)).unwrap();
    assert_eq!(
        x.text,
        "一、主要指标\n指标\t2025年目标\n地区生产总值增长\t5%左右\n城镇调查失业率\t5.5%以内\n二、主要任务",
        "should put one row on a line, cells separated by tabs"
    );
}

fn bold_run(b: &str, text: &str) -> String {
    format!("<w:r><w:rPr>{b}</w:rPr><w:t>{text}</w:t></w:r>")
}

#[test]
fn should_detect_bold_runs() {
    for (b, bold) in [
        ("<w:b/>", true),
        ("<w:b w:val=\"1\"/>", true),
        ("<w:b w:val=\"true\"/>", true),
        ("<w:b w:val=\"0\"/>", false),
        ("<w:b w:val=\"false\"/>", false),
        ("<w:i/>", false),
    ] {
        let body = format!(
            "<w:p>{}<w:r><w:t>。正文</w:t></w:r></w:p>",
            bold_run(b, "防疫网络织细织实")
        );
        let x = extract(&docx(&body, None, None)).unwrap();
        let found = x.hints.emphasis.iter().any(|e| e.bold);
        assert_eq!(found, bold, "should read {b} as bold={bold}");
        if bold {
            let e = x.hints.emphasis[0];
            assert_eq!(
                &x.text[e.start..e.end],
                "防疫网络织细织实",
                "should cover the bold run"
            );
        }
    }
}

#[test]
fn should_ignore_the_paragraph_marks_bold_and_see_bold_styles() {
    let body = "<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>普通文字。</w:t></w:r></w:p>";
    let x = extract(&docx(body, None, None)).unwrap();
    assert!(
        x.hints.emphasis.is_empty(),
        "should not take the paragraph mark's bold for the text's"
    );
    let styles = r#"<w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="strong para"/><w:rPr><w:b/></w:rPr></w:style></w:styles>"#;
    let body =
        "<w:p><w:pPr><w:pStyle w:val=\"Strong\"/></w:pPr><w:r><w:t>加粗段落。</w:t></w:r></w:p>";
    let x = extract(&docx(body, None, Some(styles))).unwrap();
    assert!(
        x.hints.emphasis.iter().any(|e| e.bold),
        "should see bold through the paragraph style"
    );
}

#[test]
fn should_make_a_bold_opening_sentence_a_lead_heading() {
    let lead = |title: &str, body: &str| {
        format!(
            "<w:p>{}<w:r><w:t>。{body}</w:t></w:r></w:p>",
            bold_run("<w:b/>", title)
        )
    };
    let body = [
        p("一、2024年工作回顾"),
        lead("防疫网络织细织实", "贯彻落实各项防控措施，全年未发生疫情。"),
        p("全年地区生产总值增长5%。"),
    ]
    .concat();
    let x = extract(&docx(&body, None, None)).unwrap();
    let plain = parse(&x.text, &Options::default());
    assert!(
        plain.outline[0].children.is_empty(),
        "should not see a lone lead in plain text"
    );
    let doc = parse_with(&x.text, &x.hints, &Options::default());
    let child = &doc.outline[0].children[0];
    assert_eq!(
        child.title, "防疫网络织细织实",
        "should see the bold lead title"
    );
    assert_eq!(child.kind, HeadingKind::Lead, "should be a lead heading");
    assert_eq!(child.level, 2, "should stand under 一、");
}

#[test]
fn should_make_heading_styled_paragraphs_headings_at_their_level() {
    let styles = r#"<w:styles xmlns:w="w">
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
      <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/></w:style></w:styles>"#;
    let styled = |id: &str, t: &str| {
        format!("<w:p><w:pPr><w:pStyle w:val=\"{id}\"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>")
    };
    let outline = |t: &str| {
        format!("<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>")
    };
    let body = [
        styled("1", "过去一年的工作"),
        p("全年地区生产总值增长5%。"),
        styled("2", "经济运行稳中有进"),
        p("工业增加值增长6%。"),
        outline("改革开放持续深化"),
        p("进出口总额增长3%。"),
    ]
    .concat();
    let x = extract(&docx(&body, None, Some(styles))).unwrap();
    let levels: Vec<Option<u8>> = x.hints.emphasis.iter().map(|e| e.heading_level).collect();
    assert_eq!(
        levels,
        [Some(1), Some(2), Some(2)],
        "should read heading 1, 标题 2 and outlineLvl 1"
    );
    let doc = parse_with(&x.text, &x.hints, &Options::default());
    assert_eq!(doc.outline.len(), 1, "should find one top heading");
    assert_eq!(doc.outline[0].title, "过去一年的工作");
    let children: Vec<(&str, u8)> = doc.outline[0]
        .children
        .iter()
        .map(|h| (h.title.as_str(), h.level))
        .collect();
    assert_eq!(
        children,
        [("经济运行稳中有进", 2), ("改革开放持续深化", 2)],
        "should nest level 2 under level 1"
    );
}

#[test]
fn should_give_plain_text_and_empty_hints_the_same_document() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/real/009.txt"
    ))
    .unwrap();
    let a = gongwen::to_json(&parse(&text, &Options::default()));
    let b = gongwen::to_json(&parse_with(&text, &Default::default(), &Options::default()));
    assert_eq!(a, b, "should parse identically without hints");
}

#[test]
fn should_extract_the_real_reports_to_their_text() {
    for n in ["001", "003", "005", "007", "009", "011"] {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/real/");
        let bytes = std::fs::read(format!("{dir}{n}.docx")).unwrap();
        let text = std::fs::read_to_string(format!("{dir}{n}.txt")).unwrap();
        assert_eq!(sniff(&bytes), Sniff::Docx, "should sniff {n}.docx");
        let x = extract(&bytes).unwrap();
        assert!(
            x.text == text,
            "should extract {n}.docx to the lines of {n}.txt"
        );
        let plain = gongwen::to_json(&parse(&text, &Options::default()));
        let rich = gongwen::to_json(&parse_with(&x.text, &x.hints, &Options::default()));
        assert_eq!(plain, rich, "should parse {n}.docx as well as {n}.txt");
    }
}

// ---------------------------------------------------------------- bad files

#[test]
fn should_refuse_an_old_binary_doc() {
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.extend([0u8; 504]);
    assert_eq!(sniff(&doc), Sniff::Ole);
    let err = extract(&doc).unwrap_err();
    assert_eq!(err, DocxError::LegacyDoc, "should see an old .doc");
    assert!(
        err.to_string().contains("save it as .docx"),
        "should say what to do: {err}"
    );
}

#[test]
fn should_refuse_a_password_protected_file() {
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 100]);
    ole.extend(
        "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    assert_eq!(
        extract(&ole),
        Err(DocxError::Encrypted),
        "should see an encrypted package"
    );
    let doc = support::document(&p("正文"));
    let zipped = zip_with_flags(&[("word/document.xml", doc.as_bytes(), true)], 1);
    let err = extract(&zipped).unwrap_err();
    assert_eq!(
        err,
        DocxError::Encrypted,
        "should see encrypted zip entries"
    );
    assert!(err.to_string().contains("password"), "should say so: {err}");
}

#[test]
fn should_refuse_a_zip_without_a_document() {
    let bytes = zip(&[("xl/workbook.xml", b"<workbook/>", true)]);
    assert_eq!(sniff(&bytes), Sniff::Zip);
    assert_eq!(
        extract(&bytes),
        Err(DocxError::NotWord),
        "should want word/document.xml"
    );
}

#[test]
fn should_refuse_truncated_and_corrupt_zips() {
    let bytes = docx(&p("一、总体要求"), None, None);
    for cut in [10, bytes.len() / 2, bytes.len() - 10] {
        let err = extract(&bytes[..cut]).unwrap_err();
        assert!(
            matches!(err, DocxError::Corrupt(_)),
            "should call a file cut at {cut} damaged: {err:?}"
        );
    }
    let mut flipped = bytes.clone();
    let at = flipped
        .windows(4)
        .position(|w| w == b"\xff\xff\xff\xff")
        .unwrap_or(60);
    flipped[at.min(bytes.len() - 1)] ^= 0x55;
    let _ = extract(&flipped); // never panics
}

#[test]
fn should_refuse_a_zip_bomb() {
    // 20 MB of one byte deflates to ~20 KB: far past the ratio limit.
    let filler = "<w:p/>".repeat(20 << 20 >> 3);
    let doc = support::document(&filler);
    let bytes = zip(&[("word/document.xml", doc.as_bytes(), true)]);
    assert!(bytes.len() < 200_000, "should be a small file");
    assert_eq!(
        extract(&bytes),
        Err(DocxError::TooLarge),
        "should refuse by ratio"
    );
    // Stored (no compression) past 64 MiB: refused by the total budget.
    let big = vec![b' '; (64 << 20) + 1];
    let bytes = zip(&[("word/document.xml", &big, false)]);
    assert_eq!(
        extract(&bytes),
        Err(DocxError::TooLarge),
        "should refuse past 64 MiB"
    );
}

#[test]
fn should_not_expand_xml_entities() {
    let doc = r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>前&b;&xxe;后&amp;&#x4E00;</w:t></w:r></w:p></w:body></w:document>"#;
    let bytes = zip(&[("word/document.xml", doc.as_bytes(), true)]);
    let x = extract(&bytes).unwrap();
    assert!(
        !x.text.contains("AAAA") && !x.text.contains("root:"),
        "should expand no entity: {}",
        x.text
    );
    assert!(
        x.text.starts_with('前') && x.text.contains('后'),
        "should keep the text: {}",
        x.text
    );
}

#[test]
fn should_read_a_50_mb_docx_with_large_media() {
    let image = vec![0x42u8; 50 << 20];
    let doc = support::document(&p("一、总体要求"));
    let bytes = zip(&[
        ("word/media/image1.png", &image, false),
        ("word/document.xml", doc.as_bytes(), true),
    ]);
    let started = std::time::Instant::now();
    let x = extract(&bytes).unwrap();
    assert_eq!(
        x.text, "一、总体要求",
        "should read the document beside the media"
    );
    assert!(started.elapsed().as_secs() < 5, "should not read the media");
}

#[test]
fn should_never_panic_on_mutated_docx_bytes() {
    let body = [
        numbered(0, "总体要求"),
        p("全年增长5%。"),
        numbered(1, "稳增长"),
    ]
    .concat();
    let bytes = docx(&body, Some(NUMBERING), None);
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let mut m = bytes.clone();
        for _ in 0..(next() % 4 + 1) {
            let at = (next() as usize) % m.len();
            m[at] = next() as u8;
        }
        if next() % 4 == 0 {
            let cut = (next() as usize) % m.len();
            m.truncate(cut);
        }
        check(&m);
    }
    // The same over a real report: flips in its compressed document.
    let real = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/real/003.docx"
    ))
    .unwrap();
    for _ in 0..300 {
        let mut m = real.clone();
        let at = (next() as usize) % m.len();
        m[at] ^= 1 << (next() % 8);
        check(&m);
    }
}

/// What fuzz/fuzz_targets/docx.rs checks: no panic, hints on character
/// boundaries inside the text, spans in range.
fn check(bytes: &[u8]) {
    let _ = sniff(bytes);
    let Ok(x) = extract(bytes) else { return };
    for e in &x.hints.emphasis {
        assert!(
            e.start <= e.end && e.end <= x.text.len(),
            "should keep hints inside the text"
        );
        assert!(
            x.text.is_char_boundary(e.start) && x.text.is_char_boundary(e.end),
            "should keep hints on characters"
        );
    }
    let doc = parse_with(&x.text, &x.hints, &Options::default());
    let units = x.text.encode_utf16().count() as u32;
    fn walk(headings: &[gongwen::Heading], units: u32) {
        for h in headings {
            assert!(h.span.end <= units, "should keep heading spans in range");
            walk(&h.children, units);
        }
    }
    walk(&doc.outline, units);
    let _ = gongwen::to_json(&doc);
}
