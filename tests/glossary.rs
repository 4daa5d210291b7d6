//! The glossary (名词解释): entries with and without a header, never part
//! of the outline.

use gongwen::{parse, GlossaryEntry, Heading, Options};

fn glossary(text: &str) -> Vec<GlossaryEntry> {
    parse(text, &Options::default()).glossary
}

fn count_headings(nodes: &[Heading]) -> usize {
    nodes.iter().map(|n| 1 + count_headings(&n.children)).sum()
}

fn slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start as usize..end as usize])
}

const WITH_HEADER: &str = "一、重点工作
1. 推动“20+8”产业集群发展。加快培育战略性新兴产业。
2. 深化“六稳”“六保”工作。稳住经济大盘。
名词解释
1. **“千百亿”稳增长**：2020年市政府部署的1000亿元、100亿元相关措施。
2. **“六稳”“六保”**：稳就业、稳金融、稳外贸；保居民就业、保基本民生。
3.20+8:指谋划布局的20个产业集群和8个未来产业。
";

#[test]
fn reads_entries_after_a_header() {
    let g = glossary(WITH_HEADER);
    let terms: Vec<(Option<u32>, &str)> = g.iter().map(|e| (e.number, e.term.as_str())).collect();
    assert_eq!(
        terms,
        [
            (Some(1), "“千百亿”稳增长"),
            (Some(2), "“六稳”“六保”"),
            (Some(3), "20+8")
        ],
        "should read numbers and terms, bold marks dropped, 3.20+8 as entry 3"
    );
    assert_eq!(
        g[2].definition, "指谋划布局的20个产业集群和8个未来产业。",
        "should keep the definition"
    );
    assert!(
        slice(WITH_HEADER, g[0].span.start, g[0].span.end).starts_with("1. **"),
        "should span the entry from its number"
    );
}

#[test]
fn keeps_the_glossary_out_of_the_outline() {
    let doc = parse(WITH_HEADER, &Options::default());
    assert_eq!(
        count_headings(&doc.outline),
        3,
        "should stop the outline at 名词解释"
    );
}

#[test]
fn finds_a_glossary_without_a_header() {
    let text = "一、2023年工作回顾
1.经济运行稳中向好。全年地区生产总值增长6%。
2.产业结构持续优化。新增规上企业50家。
3.民生保障有力有效。新增学位1.5万个。
1.省委“1310”具体部署:2023年6月,省委全会提出“锚定一个目标,激活三大动力”。
2.“双招双引”:招商引资、招才引智。
3.工业上楼:指让企业在高层楼房中进行工业生产的产业新空间模式。
";
    let doc = parse(text, &Options::default());
    let terms: Vec<&str> = doc.glossary.iter().map(|e| e.term.as_str()).collect();
    assert_eq!(
        terms,
        ["省委“1310”具体部署", "“双招双引”", "工业上楼"],
        "should read the restarted numbering as a glossary"
    );
    assert_eq!(
        count_headings(&doc.outline),
        4,
        "should keep the entries out of the outline"
    );
}

#[test]
fn a_restart_under_a_new_parent_is_no_glossary() {
    let text = "一、2023年工作回顾
1.经济运行稳中向好。全年地区生产总值增长6%。
2.产业结构持续优化。新增规上企业50家。
二、2024年工作安排
1.扩大有效投资:全年安排重点项目200个。
2.提振消费需求:举办促消费活动100场。
";
    let doc = parse(text, &Options::default());
    assert!(
        doc.glossary.is_empty(),
        "should not read the second section as a glossary"
    );
    assert_eq!(count_headings(&doc.outline), 6, "should keep every heading");
}

#[test]
fn notes_are_no_glossary() {
    let text = "一、综合
初步核算,全年地区生产总值3856.42亿元,增长5.6%。
二、农业
全年粮食产量121.3万吨,增长1.9%。
注释:
[1]本公报中数据均为初步统计数。
[2]地区生产总值绝对数按现价计算,增长速度按不变价格计算。
";
    let doc = parse(text, &Options::default());
    assert!(
        doc.glossary.is_empty(),
        "should not read notes as glossary entries"
    );
    assert_eq!(count_headings(&doc.outline), 2, "should keep both headings");
}

#[test]
fn reads_a_prefixed_header_and_wrapped_entries() {
    let text = "一、重点工作
1.建设无废城市。推进固体废物源头减量。
附：名词解释
1.无废城市：指以创新、协调、绿色、开放、共享的新发展理念为引领，通过推动形成绿色发展方式和生活方式，持续推进固体废物源头减量
和资源化利用，最大限度减少填埋量的城市发展模式。
2.城市管家：指一种全新的城市管理模式。
";
    let g = glossary(text);
    assert_eq!(g.len(), 2, "should read two entries");
    assert!(
        g[0].definition.ends_with("城市发展模式。"),
        "should join a wrapped definition: {}",
        g[0].definition
    );
}

#[test]
fn reads_a_glossary_in_a_flattened_text() {
    let text = "2023年,全区上下坚持以新时代中国特色社会主义思想为指导,全面贯彻落实各项决策部署,统筹推进生态文明建设,经济社会发展取得新的成效。全年地区生产总值增长5.6%,规模以上工业增加值增长6.1%,固定资产投资增长8.2%,社会消费品零售总额增长7.5%,一般公共预算收入增长4.3%,城乡居民人均可支配收入分别增长5.0%和6.8%。一、重点工作1.建设无废城市。推进固体废物源头减量,全面提升固体废物资源化利用水平,加快建设无废城市,推动形成绿色发展方式和生活方式,持续改善城市生态环境质量。2.推行城市管家。提升城市精细化管理水平,推动城市管理服务市场化、专业化、智能化。名词解释1.无废城市:指最大限度减少填埋量的城市发展模式。2.城市管家:指一种全新的城市管理模式。";
    let doc = parse(text, &Options::default());
    let terms: Vec<&str> = doc.glossary.iter().map(|e| e.term.as_str()).collect();
    assert_eq!(
        terms,
        ["无废城市", "城市管家"],
        "should split the flattened glossary at its numbers"
    );
    assert_eq!(
        count_headings(&doc.outline),
        3,
        "should keep the glossary out of the outline"
    );
}
