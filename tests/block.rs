//! Lines and blocks, seen through the outline: how line breaks, hard wraps,
//! page numbers and flattened text become paragraphs, and where heading
//! spans land in the original text (UTF-16 offsets).

use gongwen::{parse, Heading, Options};

fn headings(text: &str) -> Vec<Heading> {
    fn walk(nodes: &[Heading], out: &mut Vec<Heading>) {
        for n in nodes {
            out.push(n.clone());
            walk(&n.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&parse(text, &Options::default()).outline, &mut out);
    out
}

fn titles(text: &str) -> Vec<String> {
    headings(text).into_iter().map(|h| h.title).collect()
}

/// The original text of a span, by UTF-16 offsets as JavaScript slices it.
fn slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start as usize..end as usize])
}

#[test]
fn line_endings_do_not_matter() {
    let lf = "一、总体情况\n（一）经济运行\n1.工业生产稳定。全年增长5%。\n";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    assert_eq!(titles(&crlf), titles(lf), "should read CRLF like LF");
    assert_eq!(titles(&cr), titles(lf), "should read CR like LF");
    assert_eq!(
        titles(lf),
        ["总体情况", "经济运行", "工业生产稳定"],
        "should find the three headings"
    );
}

#[test]
fn spans_are_utf16_offsets_into_the_original() {
    let text = "报告😀\n\n一、总体情况\n（一）经济运行稳中向好。全年增长5%。\n";
    for h in headings(text) {
        let s = slice(text, h.span.start, h.span.end);
        assert!(
            s.starts_with(&h.marker),
            "should start the span at the marker: {s:?}"
        );
        assert!(s.contains(&h.title), "should cover the title: {s:?}");
    }
    let first = &headings(text)[0];
    assert_eq!(
        slice(text, first.span.start, first.span.end),
        "一、总体情况",
        "should count the emoji as two units"
    );
}

#[test]
fn a_fragment_after_a_broken_line_is_no_paragraph() {
    let text = "一、主要成效\n（一）创新驱动\n今年以来，新认定5家科技创新产业园，超额完成\n\n年度工作任务。科技创新产业园累计达到11家。\n人才服务持续完善。举办对接交流会6场。\n";
    assert_eq!(
        titles(text),
        ["主要成效", "创新驱动"],
        "should join 年度工作任务 to the line before, leaving no lead run"
    );
    let split = text.replace("超额完成\n\n", "超额完成。\n\n");
    assert_eq!(
        titles(&split),
        ["主要成效", "创新驱动", "年度工作任务", "人才服务持续完善"],
        "should read a run once the line is whole"
    );
}

#[test]
fn a_heading_wrapped_over_two_lines_is_one_heading() {
    let text = "四、主要任务\n（一）坚持产业强区，加快构建以先进制造业为主体的现代化产业体系，推\n动经济高质量发展\n1.做强先进制造业。实施制造业高质量发展行动计划，推动规上工业增加\n值增长8%以上。\n2.做优现代服务业。加快发展现代物流、科技服务等生产性服务业，服务\n业增加值增长7%。\n";
    let got = titles(text);
    assert_eq!(got.len(), 4, "should find four headings: {got:?}");
    assert_eq!(
        got[1], "坚持产业强区，加快构建以先进制造业为主体的现代化产业体系，推动经济高质量发展",
        "should join the wrapped title"
    );
}

#[test]
fn hard_wraps_after_quotes_do_not_end_paragraphs() {
    let text = "一、主要工作\n1.守好城区安全运行生命线。持续压实企业主体责任，严厉打击各类涉油违法\n行为，保障燃气管道安全。严格落实粮食安全主体责任，加大粮库建设力度\n，着力提升粮食安全保障能力。\n扎实开展国防动员工作。严守耕地红线，建立耕地“早发现、早制止”\n工作机制。强化重点区域监管，严防新增违法用地，推进安全韧性城市建设\n。\n";
    assert_eq!(
        titles(text),
        ["主要工作", "守好城区安全运行生命线"],
        "should not read 工作机制 as a paragraph of its own"
    );
}

#[test]
fn page_numbers_are_skipped() {
    let text = "一、主要工作\n1.创新平台加快建设。新增省级以上研发机构12家，其中国家级企业\n- 3 -\n技术中心2家。\n2.科技企业梯队壮大。新认定高新技术企业126家。\n";
    assert_eq!(
        titles(text),
        ["主要工作", "创新平台加快建设", "科技企业梯队壮大"],
        "should not make a heading of a page number"
    );
}

#[test]
fn a_flattened_report_is_split_at_its_markers() {
    let text = "关于2023年计划执行情况的报告。2023年,全区上下坚持以新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,统筹推进疫情防控和经济社会发展,着力推动高质量发展,经济社会发展取得新的成效,较好完成了区人大会议确定的年度目标任务。过去一年,面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务,全区上下团结一心、迎难而上,扎实做好稳增长、促改革、调结构、惠民生、防风险、保稳定各项工作。全年地区生产总值增长5.6%,规模以上工业增加值增长6.1%,固定资产投资增长8.2%,社会消费品零售总额增长7.5%,一般公共预算收入增长4.3%,城乡居民人均可支配收入分别增长5.0%和6.8%。一、2023年主要指标完成情况全年地区生产总值增长5.6%,规模以上工业增加值增长6.1%。二、2023年主要工作(一)改革攻坚系统推进1.“双区”建设扎实开展。成立深港合作领导小组,统一、规范推进合作事项。2.改革工作成效明显。谋划推进23个综合改革试点事项,推动试点落地见效。";
    let hs = headings(text);
    let got: Vec<(u8, &str)> = hs.iter().map(|h| (h.level, h.title.as_str())).collect();
    assert_eq!(
        got,
        [
            (1, "2023年主要指标完成情况"),
            (1, "2023年主要工作"),
            (2, "改革攻坚系统推进"),
            (3, "“双区”建设扎实开展"),
            (3, "改革工作成效明显")
        ],
        "should split at markers guided by the numbering, and cut run-in titles"
    );
    for h in &hs {
        assert!(
            slice(text, h.span.start, h.span.end).starts_with(&h.marker),
            "should point each span at its marker"
        );
    }
}

#[test]
fn words_ending_in_yi_are_not_markers_in_flattened_text() {
    let text = "过去一年,全区上下坚持以新时代中国特色社会主义思想为指导,全面贯彻落实各项决策部署,经济社会发展取得新的成效。前言部分的内容较长,需要统一、规范地推进各项工作,全面落实各项决策部署,并保持政策的连续性和稳定性,这是其中之一、也是最重要的一条经验。我们要坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,加快构建新发展格局,着力推动高质量发展,不断增强人民群众获得感。一、总体要求全年经济社会发展的总体要求是坚持稳中求进。";
    assert_eq!(
        titles(text),
        ["总体要求"],
        "should not read 统一、 or 之一、 as 一、"
    );
}

#[test]
fn numbers_and_run_ins_stay_in_the_body() {
    let text = "一、主要成效\n1. 城市更新加快推进。通过城市更新完成用地供应\n\n80.36 公顷，任务完成量连续五年位居全市第一。\n2. 营商环境持续优化。一是减税降费；二是优化审批。\n";
    assert_eq!(
        titles(text),
        ["主要成效", "城市更新加快推进", "营商环境持续优化"],
        "should read 80.36 as a decimal and 一是 as a run-in"
    );
}

#[test]
fn table_rows_are_no_headings() {
    let text = "一、主要指标\n1 地区生产总值 亿元 3856.42 5.6\n2 规模以上工业增加值 % 6.8\n3 固定资产投资 % 4.1\n二、主要工作\n1 经济运行\n全年经济平稳运行。\n";
    assert_eq!(
        titles(text),
        ["主要指标", "主要工作", "经济运行"],
        "should not read numbered table rows as headings"
    );
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "\n\n\n",
        "一、",
        "（",
        "——",
        "1.",
        "**",
        "名词解释",
        "一、\n二、\n",
        "(一)(二)(三)",
        "①②③",
        "■\n●\n•",
        "8.20+8:",
        "\u{FFFD}\u{0}",
        "😀一、😀",
        "一、**",
        "一、\n**",
        "（一）**2020年，8.20+8:一、",
        "■ ——.5%②深入实施　，”情况（1）,3．**1.亿元名词解释（1）名词解释3．深入实施加快推进**《😀2、”（1）“；一、****二、②😀�😀  ，第一部分②（1）3．,首页 > 政务公开● ；",
    ] {
        let doc = parse(text, &Options::default());
        let units = text.encode_utf16().count() as u32;
        fn check(nodes: &[Heading], units: u32) {
            for n in nodes {
                assert!(
                    n.span.start <= n.span.end && n.span.end <= units,
                    "should keep spans inside the text"
                );
                check(&n.children, units);
            }
        }
        check(&doc.outline, units);
    }
}

#[test]
fn short_lines_do_not_set_the_wrap_width() {
    // A PDF copy wrapped at 36 characters, with a table of short rows and
    // short headings: the wrap is the full lines' width, and a heading line
    // shorter than that is no wrapped line.
    let mut text = String::from("一、2013年计划执行情况\n");
    text.push_str("指标名称  单位  2013年完成  增长%\n");
    for row in 0..12 {
        text.push_str(&format!("指标{row}  亿元  48{row}.32  10.{row}\n"));
    }
    let para = "全区上下在区委的正确领导下深入贯彻落实科学发展观，经济社会保持平稳较快发展，各项工作取得新的进展，主要指标完成情况良好，为完成全年目标任务打下了坚实基础。";
    let chars: Vec<char> = para.chars().collect();
    for (k, heading) in [
        "（一）坚持统筹城乡，提升城市建设管理水平",
        "（二）坚持民生优先，促进社会和谐稳定",
    ]
    .iter()
    .enumerate()
    {
        text.push_str(heading);
        text.push('\n');
        for _ in 0..=k {
            for piece in chars.chunks(36) {
                text.extend(piece);
                text.push('\n');
            }
        }
    }
    assert_eq!(
        titles(&text),
        [
            "2013年计划执行情况",
            "坚持统筹城乡，提升城市建设管理水平",
            "坚持民生优先，促进社会和谐稳定",
        ],
        "should not join a short heading line to the paragraph after it"
    );
}
