//! Indicators: list items, prose, roles, years, kinds and qualifiers.

use gongwen::{parse, Document, Options};

fn doc(text: &str) -> Document {
    parse(text, &Options::default())
}

/// One line per indicator: key role year measure value unit direction qualifier kind estimated.
fn rows(text: &str) -> Vec<String> {
    doc(text)
        .indicators
        .iter()
        .map(|i| {
            format!(
                "{} {} {} {} {} {} {} {} {}{}",
                i.key.as_deref().unwrap_or("-"),
                i.role.as_str(),
                i.year.map_or("-".into(), |y| y.to_string()),
                i.measure.as_str(),
                i.value.map_or("-".into(), |v| v.to_string()),
                i.unit.as_deref().unwrap_or("-"),
                i.direction.map_or("-", |d| d.as_str()),
                i.qualifier.as_deref().unwrap_or("-"),
                i.kind.map_or("-", |k| k.as_str()),
                if i.estimated { " estimated" } else { "" },
            )
        })
        .collect()
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/samples/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn reads_a_growth_list_under_a_review_heading() {
    let text = "一、2020 年主要经济指标预计完成情况\n\n全年主要经济指标完成情况如下：\n\n- 地区生产总值同比增长 1.1%;\n- 社会消费品零售总额同比下降 3.6%;\n- 城镇登记失业率控制在 3%以内;\n";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2020 growth 1.1 % up - -",
            "retail_sales actual 2020 growth -3.6 % down - -",
            "unemployment actual 2020 rate 3 % - 以内 -",
        ],
        "should read growth, signed decline and a capped rate"
    );
}

#[test]
fn reads_negative_growth_written_as_growth() {
    let text = "一、2024年主要指标完成情况\n——社会消费品零售总额同比增长-0.4%;\n——一般公共预算收入同比增长-6.85%;";
    assert_eq!(
        rows(text),
        [
            "retail_sales actual 2024 growth -0.4 % down - -",
            "budget_revenue actual 2024 growth -6.85 % down - -"
        ],
        "should keep the sign and say down"
    );
}

#[test]
fn reads_level_and_growth_as_two_records() {
    let text = "一、2020年计划执行情况\n2020年主要指标初步统计情况:\n——地区生产总值801.05亿元,同比增长(以下简称增长)4.5%;\n——外贸进出口总额预计1600亿元左右,增长25%左右。";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2020 level 801.05 亿元 - - -",
            "gdp actual 2020 growth 4.5 % up - -",
            "trade actual 2020 level 1600 亿元 - 左右 - estimated",
            "trade actual 2020 growth 25 % up 左右 - estimated",
        ],
        "should split level and growth, and carry 预计 to both"
    );
}

#[test]
fn reads_qualitative_targets() {
    let text = "四、2021年主要经济指标发展目标\n（二）发展目标\n2. 约束性指标\n- 万元 GDP 水耗、节能减排完成上级下达指标。\n——社会消费品零售总额正增长;";
    assert_eq!(
        rows(text),
        [
            "water_per_gdp target 2021 qualitative - - - - binding",
            "energy_saving target 2021 qualitative - - - - binding",
            "retail_sales target 2021 qualitative - - up - binding",
        ],
        "should give one qualitative record per name, 正增长 going up"
    );
}

#[test]
fn reads_kind_from_the_heading() {
    let text = "四、2021 年主要经济指标发展目标\n1. 预期性指标\n- 地区生产总值同比增长 3%左右；\n2. 约束性指标\n- 城镇登记失业率控制在 3%以内；";
    assert_eq!(
        rows(text),
        [
            "gdp target 2021 growth 3 % up 左右 expected",
            "unemployment target 2021 rate 3 % - 以内 binding"
        ],
        "should take 预期性 / 约束性 from the enclosing heading"
    );
}

#[test]
fn reads_headline_figures_in_prose_when_there_is_no_list() {
    let text = "一、2021年工作总结\n（二）经济发展稳中有进。出台方案5个,全年地区生产总值实现2828亿元,增速达10.2%,创设区十年来最优成绩。特别是一季度GDP同比增长29.4%,全市排名第二。发放节能减排专项资金2623万元。";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2021 level 2828 亿元 - - -",
            "gdp actual 2021 growth 10.2 % up - -"
        ],
        "should take the annual figures, not the quarter's, nor a fund named after an indicator"
    );
}

#[test]
fn ignores_prose_figures_when_the_role_has_a_list() {
    let text = "一、2024年主要指标完成情况\n——进出口总额同比增长5%;\n二、主要工作\n1.外贸稳步增长。进出口总额5718.9亿元,同比增长8.2%。";
    assert_eq!(
        rows(text),
        ["trade actual 2024 growth 5 % up - -"],
        "should keep to the list"
    );
}

#[test]
fn reads_a_government_work_report() {
    let rows = rows(&sample("indicator-gov-work-report.txt"));
    let expected = [
        "gdp actual 2023 level 3856.2 亿元 - - -",
        "gdp actual 2023 growth 5.8 % up - -",
        "budget_revenue actual 2023 level 312.5 亿元 - - -",
        "budget_revenue actual 2023 growth 7.1 % up - -",
        "industrial_va actual 2023 growth 6.9 % up - -",
        "fai actual 2023 growth 4.2 % up - -",
        "retail_sales actual 2023 level 1520.3 亿元 - - -",
        "retail_sales actual 2023 growth 7.6 % up - -",
        "trade actual 2023 growth -2.3 % down - -",
        "cpi actual 2023 growth 0.3 % up - -",
        "gdp target 2024 growth 5.5 % up 左右 -",
        "budget_revenue target 2024 growth 5 % up - -",
        "industrial_va target 2024 growth 7 % up 以上 -",
        "fai target 2024 growth 6 % up - -",
        "retail_sales target 2024 growth 6.5 % up - -",
        "unemployment target 2024 rate 5.5 % - 以内 -",
        "cpi target 2024 growth 3 % up 左右 -",
        "income target 2024 qualitative - - up - -",
        "energy_per_gdp target 2024 growth -2.5 % down 左右 -",
        "energy_saving target 2024 qualitative - - - - -",
    ];
    assert_eq!(
        rows, expected,
        "should read the review in prose and the targets sentence"
    );
}

#[test]
fn reads_a_statistical_bulletin() {
    let rows = rows(&sample("indicator-stats-bulletin.txt"));
    let expected = [
        "gdp actual 2023 level 2856.32 亿元 - - -",
        "gdp actual 2023 growth 5.6 % up - -",
        "gdp_per_capita actual 2023 level 98765 元 - - -",
        "gdp_per_capita actual 2023 growth 5.1 % up - -",
        "cpi actual 2023 growth 0.4 % up - -",
        "employment actual 2023 count 6.85 万人 - - -",
        "unemployment actual 2023 rate 2.65 % - - -",
        "industrial_va actual 2023 growth 7.2 % up - -",
        "fai actual 2023 growth 3.9 % up - -",
        "retail_sales actual 2023 level 1203.45 亿元 - - -",
        "retail_sales actual 2023 growth 6.8 % up - -",
        "trade actual 2023 level 812.6 亿元 - - -",
        "trade actual 2023 growth -3.1 % down - -",
        "budget_revenue actual 2023 level 201.7 亿元 - - -",
        "budget_revenue actual 2023 growth 8.3 % up - -",
        "income actual 2023 level 45678 元 - - -",
        "income actual 2023 growth 5.9 % up - -",
    ];
    assert_eq!(
        rows, expected,
        "should read each headline figure once, as the year's actual"
    );
}

#[test]
fn reads_a_county_plan_with_inline_kinds_and_ranges() {
    let rows = rows(&sample("indicator-county-plan.txt"));
    let expected = [
        "gdp actual 2023 level 286.5 亿元 - - -",
        "gdp actual 2023 growth 6.2 % up - -",
        "industrial_va actual 2023 growth 8.1 % up - -",
        "fai actual 2023 growth -5.3 % down - -",
        "retail_sales actual 2023 level 98.7 亿元 - - -",
        "retail_sales actual 2023 growth 7.5 % up - -",
        "budget_revenue actual 2023 level 15.6 亿元 - - -",
        "budget_revenue actual 2023 growth 9.2 % up - -",
        "energy_per_gdp actual 2023 qualitative - - - - -",
        "gdp target 2024 growth 6.5 % up 左右 expected",
        "industrial_va target 2024 growth 8 % up 以上 expected",
        "fai target 2024 growth 5 % up - expected",
        "retail_sales target 2024 growth 7 % up - expected",
        "budget_revenue target 2024 growth 5.5 % up - expected",
        "budget_revenue target 2024 level 17 亿元 - 力争 expected",
        "unemployment target 2024 rate 3.5 % - 以内 binding",
        "energy_per_gdp target 2024 growth -3 % down - binding",
        "cpi target 2024 growth 3 % up 左右 expected",
    ];
    assert_eq!(
        rows, expected,
        "should read numbered target lists with inline 预期性/约束性"
    );
}

#[test]
fn reads_respectively() {
    let text = "一、2023年主要指标完成情况\n——规模以上工业增加值、固定资产投资分别增长8.1%和6.5%;";
    assert_eq!(
        rows(text),
        [
            "industrial_va actual 2023 growth 8.1 % up - -",
            "fai actual 2023 growth 6.5 % up - -"
        ],
        "should pair names and values in order"
    );
}

#[test]
fn reads_growth_before_level() {
    let text = "一、2023年主要指标完成情况\n——一般公共预算收入增长12.6%，达92.9亿元;";
    assert_eq!(
        rows(text),
        [
            "budget_revenue actual 2023 growth 12.6 % up - -",
            "budget_revenue actual 2023 level 92.9 亿元 - - -"
        ],
        "should read growth then level"
    );
}

#[test]
fn gives_spans_that_slice_to_the_text() {
    let text = "😀一、2020年主要指标完成情况\n——地区生产总值801.05亿元,同比增长4.5%;";
    let document = doc(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    for indicator in &document.indicators {
        let slice =
            String::from_utf16(&units[indicator.span.start as usize..indicator.span.end as usize])
                .unwrap();
        assert_eq!(
            slice, indicator.text,
            "should slice the original text in UTF-16 units"
        );
    }
    assert_eq!(document.indicators.len(), 2, "should find both records");
}

#[test]
fn reads_traditional_characters() {
    let text = "一、2023年國民經濟和社會發展計劃執行情況\n2023年，全區地區生產總值增長5.6%，「科技創新」成為經濟增長的主要動力。";
    let document = doc(text);
    assert_eq!(
        document.indicators.len(),
        1,
        "should match 地區生產總值 as gdp"
    );
    assert_eq!(
        document.indicators[0].key.as_deref(),
        Some("gdp"),
        "should key it gdp"
    );
    assert_eq!(
        document.indicators[0].name, "地區生產總值",
        "should keep the name as written"
    );
}

#[test]
fn reads_a_goal_in_prose_under_a_plan_heading() {
    let text = "广州经济技术开发区2023年工作总结和2024年工作计划\n一、2023年工作总结\n（一）经济运行稳中有进。全区地区生产总值增长5.0%，规模以上工业总产值突破1万亿元。\n二、2024年工作计划\n（一）推动制造业高质量发展。力争规模以上工业增加值增长6%以上。";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2023 growth 5 % up - -",
            "industrial_output actual 2023 level 1 万亿元 - 突破 -",
            "industrial_va target 2024 growth 6 % up 以上 -",
        ],
        "should tell output from value added, and read a 工作计划 section as targets"
    );
}

#[test]
fn reads_a_new_level_after_to() {
    let text = "一、2023年工作回顾\n全社会研发经费投入占地区生产总值比重提高到2.68%。城镇调查失业率下降到5.1%。";
    assert_eq!(
        rows(text),
        [
            "rd_share actual 2023 share 2.68 % - - -",
            "unemployment actual 2023 rate 5.1 % - - -"
        ],
        "should read 提高到 / 下降到 as the level reached, and a share of GDP as R&D's"
    );
}

#[test]
fn reads_per_mille_as_a_rate() {
    let text =
        "二、2009年主要预期目标\n——人口自然增长率控制在6‰以内；\n——城镇登记失业率控制在4.2%以内。";
    assert_eq!(
        rows(text),
        [
            "population_growth target 2009 rate 6 ‰ - 以内 -",
            "unemployment target 2009 rate 4.2 % - 以内 -",
        ],
        "should read a ‰ figure as a rate, like a percentage"
    );
}

#[test]
fn reads_one_cut_per_pollutant() {
    let text = "一、2008年工作回顾\n\n全年化学需氧量、二氧化硫排放量分别削减2.3%和3.1%。\n";
    assert_eq!(
        rows(text),
        [
            "cod_emission actual 2008 growth -2.3 % down - -",
            "so2_emission actual 2008 growth -3.1 % down - -",
        ],
        "should give each pollutant its own signed cut"
    );
}

#[test]
fn reads_a_binding_list_after_an_expected_one() {
    let text = "二、今年的主要目标\n今年全县的主要预期目标是：地区生产总值增长11%左右；城镇登记失业率控制在4.2%以内。约束性指标是：万元生产总值能耗下降4.5%，化学需氧量和二氧化硫排放量完成市下达的削减任务。\n";
    let rows = rows(text);
    assert_eq!(
        rows,
        [
            "gdp target - growth 11 % up 左右 expected",
            "unemployment target - rate 4.2 % - 以内 expected",
            "energy_per_gdp target - growth -4.5 % down - binding",
            "cod_emission target - qualitative - - down - binding",
            "so2_emission target - qualitative - - down - binding",
        ],
        "should read the second list as targets too, each with its kind, and read nothing twice"
    );
}

#[test]
fn reads_a_target_sentence_once_across_its_clauses() {
    let text = "一、2008年工作回顾\n全县地区生产总值增长13.2%。\n二、2009年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长11%左右；城镇登记失业率控制在4.2%以内；人口自然增长率控制在6‰以内。\n";
    let rows = rows(text);
    assert!(
        !rows.iter().any(|r| r.starts_with("unemployment actual")),
        "should not read a later clause of a target sentence as an actual figure: {rows:?}"
    );
}

#[test]
fn skips_a_part_given_after_qi_zhong() {
    let text = "2023年某市国民经济和社会发展统计公报\n全年货物进出口总额812.6亿元，比上年下降3.1%。其中，出口总额520.4亿元，增长1.2%。\n";
    assert!(
        !rows(text).iter().any(|r| r.starts_with("exports")),
        "should not read exports given as a part of trade (其中)"
    );
    let text =
        "一、1995年计划执行情况\n全市外贸出口收购总值完成12.6亿元，比上年增长百分之十五点四。\n";
    assert_eq!(
        rows(text),
        [
            "exports actual 1995 level 12.6 亿元 - - -",
            "exports actual 1995 growth 15.4 % up - -",
        ],
        "should read exports stated on their own"
    );
}

#[test]
fn reads_the_figures_of_a_half_year_release() {
    let text = "2024年上半年全区国民经济运行情况\n\n上半年，全区实现地区生产总值1234.5亿元，同比增长5.1%。\n";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2024 level 1234.5 亿元 - - -",
            "gdp actual 2024 growth 5.1 % up - -",
        ],
        "should keep part-year figures when the whole release is about part of the year"
    );
}

#[test]
fn reads_a_list_of_plan_figures() {
    let text = "二、1996年计划\n一九九六年主要计划指标安排如下：国内生产总值增长百分之十一左右；外贸出口收购总值增长百分之十；人口自然增长率控制在千分之十点五以内。\n";
    assert_eq!(
        rows(text),
        [
            "gdp target 1996 growth 11 % up 左右 -",
            "exports target 1996 growth 10 % up - -",
            "population_growth target 1996 rate 10.5 ‰ - 以内 -",
        ],
        "should read an intro naming plan figures (计划指标) as a target list"
    );
}

#[test]
fn reads_an_indicator_table() {
    let text = "一、2013年计划执行情况\n全年实现地区生产总值486.32亿元，增长10.6%。\n表1  主要指标\n指标名称  单位  2013年完成  增长%  2014年目标\n地区生产总值  亿元  486.32  10.6  10左右\n实际利用外资  亿美元  3.15  6.4  5\n人口自然增长率  ‰  5.6  —  6以内\n";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2013 level 486.32 亿元 - - -",
            "gdp actual 2013 growth 10.6 % up - -",
            "gdp target 2014 growth 10 % up 左右 -",
            "fdi actual 2013 level 3.15 亿美元 - - -",
            "fdi actual 2013 growth 6.4 % up - -",
            "fdi target 2014 growth 5 % up - -",
            "population_growth actual 2013 rate 5.6 ‰ - - -",
            "population_growth target 2014 rate 6 ‰ - 以内 -",
        ],
        "should add the figures the prose leaves out, a target nearer the growth being a growth"
    );
}

#[test]
fn reads_a_tab_separated_table_with_kinds_and_statements() {
    let text = "序号\t指标名称\t单位\t2019年预计完成\t2019年增长（%）\t2020年目标\t指标属性\n一\t经济发展\t\t\t\t\t\n1\t外贸进出口总额\t亿美元\t4.36\t-6.8\t正增长\t预期性\n2\t单位地区生产总值能耗降低\t%\t—\t4.2\t完成市下达任务\t约束性\n3\t化学需氧量排放量削减\t%\t—\t3.1\t2.5\t约束性\n4\t居民消费价格涨幅\t%\t—\t2.8\t3%左右\t预期性\n";
    assert_eq!(
        rows(text),
        [
            "trade actual 2019 level 4.36 亿美元 - - - estimated",
            "trade actual 2019 growth -6.8 % down - - estimated",
            "trade target 2020 qualitative - - up - expected",
            "energy_per_gdp actual 2019 growth -4.2 % down - - estimated",
            "energy_per_gdp target 2020 qualitative - - down - binding",
            "cod_emission actual 2019 growth -3.1 % down - - estimated",
            "cod_emission target 2020 growth -2.5 % down - binding",
            "cpi actual 2019 growth 2.8 % up - - estimated",
            "cpi target 2020 growth 3 % up 左右 expected",
        ],
        "should read signs from the names, statements as qualitative, and kinds for targets only"
    );
}

#[test]
fn reads_prose_statements_and_footnote_marks() {
    let text = "一、2018年国民经济运行情况\n初步核算，全年全县地区生产总值[1]158.73亿元，按可比价格计算，比上年增长7.1%。\n全年居民消费价格与上年持平。\n城镇登记失业率为3.12%，比上年末下降0.15个百分点。\n二、2019年工作计划\n全年力争全区地区生产总值增长8.5%，确保一般公共预算收入增长6%以上，城乡居民收入增长与经济增长基本同步。\n抓好节能降耗。单位地区生产总值能耗下降完成市下达的年度目标任务。\n";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2018 level 158.73 亿元 - - -",
            "gdp actual 2018 growth 7.1 % up - -",
            "cpi actual 2018 growth 0 % flat - -",
            "unemployment actual 2018 rate 3.12 % - - -",
            "gdp target 2019 growth 8.5 % up 力争 -",
            "budget_revenue target 2019 growth 6 % up 以上 -",
            "income target 2019 qualitative - - up - -",
            "energy_per_gdp target 2019 qualitative - - down - -",
        ],
        "should skip a footnote mark, read 持平 as zero growth, leave a change in points alone, and read target statements"
    );
}

#[test]
fn gives_respectively_figures_to_the_subjects_before() {
    let text = "一、2006年工作回顾\n城镇居民人均可支配收入9865元，农民人均纯收入4128元，分别增长12.4%和百分之十一点二。\n";
    assert_eq!(
        rows(text),
        [
            "income_urban actual 2006 level 9865 元 - - -",
            "income_rural actual 2006 level 4128 元 - - -",
            "income_urban actual 2006 growth 12.4 % up - -",
            "income_rural actual 2006 growth 11.2 % up - -",
        ],
        "should give each subject its own growth after 分别, in order"
    );
}

#[test]
fn reads_prose_targets_beside_an_inline_list() {
    let text = "一、2025年工作回顾\n全省生产总值增长5.1%。\n二、2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%以内。\n（一）扩大内需。力争社会消费品零售总额增长6%以上，确保城镇新增就业50万人以上。";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2025 growth 5.1 % up - -",
            "gdp target 2026 growth 5 % up 左右 -",
            "unemployment target 2026 rate 5.5 % - 以内 -",
            "retail_sales target 2026 growth 6 % up 以上 -",
            "employment target 2026 count 50 万人 - 以上 -",
        ],
        "should read the tasks' figures for keys the inline list leaves out"
    );
}

#[test]
fn reads_employment_grain_and_forest_in_prose() {
    let text = "一、2025年工作回顾\n民生保障有力。城镇新增就业35.2万人，粮食产量超过300亿斤，森林覆盖率稳定在40%以上。";
    assert_eq!(
        rows(text),
        [
            "employment actual 2025 count 35.2 万人 - - -",
            "grain_output actual 2025 level 300 亿斤 - 超过 -",
            "forest_coverage actual 2025 rate 40 % - 以上 -",
        ],
        "should read the keys of the alias table in prose, with the floor as written"
    );
}

#[test]
fn ends_a_predicate_where_a_new_subject_speaks() {
    let text = "二、2026年工作安排\n主要预期目标是：地区生产总值增长5%左右，全员劳动生产率达30万元/人左右，居民收入增长和经济增长同步，细颗粒物浓度控制在30微克/立方米。";
    assert_eq!(
        rows(text),
        [
            "gdp target 2026 growth 5 % up 左右 -",
            "income target 2026 qualitative - - up - -",
        ],
        "should not give a figure after a comma and another subject to the name before"
    );
}

#[test]
fn skips_the_rest_of_a_paragraph_about_five_years() {
    let text = "一、2025年工作回顾\n全年全省生产总值增长5.2%。这五年，是奋进的五年。社会消费品零售总额超过1万亿元，人均地区生产总值突破8万元。";
    assert_eq!(
        rows(text),
        ["gdp actual 2025 growth 5.2 % up - -"],
        "should read no figure after a sentence that turns to five years"
    );
}

#[test]
fn skips_the_indicators_of_a_plan_outline() {
    let text = "二、2026年工作安排\n《纲要（草案）》设置了20项主要指标，包括：地区生产总值年均增长5%左右，全社会研发投入占比3%以上，城镇调查失业率控制在5.5%以内。";
    assert_eq!(
        rows(text),
        Vec::<String>::new(),
        "should not take a five-year outline's indicators as the year's"
    );
}

#[test]
fn takes_the_role_from_a_heading_that_names_the_year_planned() {
    let text = "政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第四次会议上\n各位代表：\n一、2025年工作回顾\n全省生产总值增长5.2%。\n二、2026年主要工作\n（一）兜牢民生底线。城镇新增就业40万人。";
    assert_eq!(
        rows(text),
        [
            "gdp actual 2025 growth 5.2 % up - -",
            "employment target 2026 count 40 万人 - - -",
        ],
        "should read a heading's year planned as the targets' section"
    );
}

#[test]
fn splits_a_paired_prefix_before_respectively() {
    let text = "一、2025年工作回顾\n城乡居民人均可支配收入分别增长5.2%、6.3%。城镇和农村居民人均可支配收入分别达到6万元、3万元。";
    assert_eq!(
        rows(text),
        [
            "income_urban actual 2025 growth 5.2 % up - -",
            "income_rural actual 2025 growth 6.3 % up - -",
            "income_urban actual 2025 level 6 万元 - - -",
            "income_rural actual 2025 level 3 万元 - - -",
        ],
        "should give 城乡 the urban then the rural figure, and share the name after 城镇和"
    );
}

#[test]
fn reads_a_floor_and_a_stretch_goal_as_two_targets() {
    let text = "二、2026年工作安排\n主要预期目标是：地区生产总值增长6%以上、力争达到7%，城镇调查失业率5.5%左右。";
    assert_eq!(
        rows(text),
        [
            "gdp target 2026 growth 6 % up 以上 -",
            "gdp target 2026 growth 7 % up 力争 -",
            "unemployment target 2026 rate 5.5 % - 左右 -",
        ],
        "should keep the floor with 以上 and the stretch goal with 力争"
    );
}

#[test]
fn reads_growth_after_a_comma_that_deducts_prices() {
    let text = "一、2025年工作回顾\n城镇居民人均可支配收入5.2万元，扣除价格因素实际增长4.1%，经营性收入超过1万元的家庭占比达到30%。";
    assert_eq!(
        rows(text),
        [
            "income_urban actual 2025 level 5.2 万元 - - -",
            "income_urban actual 2025 growth 4.1 % up - -",
        ],
        "should go on after 扣除 and stop where another subject speaks"
    );
}

#[test]
fn skips_a_section_about_five_years_but_the_year_reviewed() {
    let text = "政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第四次会议上\n各位代表：\n一、“十四五”时期工作回顾\n发展质效明显提升。全省生产总值增长5.8%，城镇新增就业300万人。\n刚刚过去的2025年，全省生产总值增长5.1%。";
    assert_eq!(
        rows(text),
        ["gdp actual 2025 growth 5.1 % up - -"],
        "should read only the paragraph that names the year reviewed"
    );
}

#[test]
fn reads_grain_output_that_shares_its_stem_with_the_sown_area() {
    let text = "一、2025年工作回顾\n农业稳产增产，粮食播种面积900万亩、总产量60亿斤。";
    assert_eq!(
        rows(text),
        ["grain_output actual 2025 level 60 亿斤 - - -"],
        "should read 总产量 after the sown area as the grain output, not the area"
    );
}

#[test]
fn skips_an_adverbial_between_subject_and_predicate() {
    let text = "一、2025年工作回顾\n外贸进出口在对欧贸易下降超2成的情况下增长8%。";
    assert_eq!(
        rows(text),
        ["trade actual 2025 growth 8 % up - -"],
        "should read the growth after 在……情况下, not the figure inside it"
    );
}

#[test]
fn reads_a_headline_before_qi_zhong_and_an_outcome_statement() {
    let text =
        "一、2025年工作回顾\n外贸出口增长6.1%，其中对东盟出口增长12%。全市外贸进出口实现正增长。";
    assert_eq!(
        rows(text),
        [
            "exports actual 2025 growth 6.1 % up - -",
            "trade actual 2025 qualitative - - up - -",
        ],
        "should keep the figure before 其中 and read 实现正增长 in a review"
    );
}

#[test]
fn skips_names_listed_with_deng_and_shares_of_an_indicator() {
    let text = "二、2026年工作安排\n高质量完成地区生产总值、居民收入等目标任务。实际使用外资占全国份额保持稳定。";
    assert_eq!(
        rows(text),
        Vec::<String>::new(),
        "should read no statement of names listed before 等, nor of a share of an indicator"
    );
}

#[test]
fn reads_the_year_after_part_year_figures_in_one_sentence() {
    let text = "一、2025年工作回顾\n经济回升向好，一季度地区生产总值增长5.6%，上半年增长5.4%，全年地区生产总值增长5.2%。";
    assert_eq!(
        rows(text),
        ["gdp actual 2025 growth 5.2 % up - -"],
        "should read the figure after 全年, not the quarter's or the half-year's"
    );
}

#[test]
fn gives_a_share_named_against_gdp_to_its_own_key_and_splits_shared_figures() {
    let text = "二、2026年工作安排\n主要预期目标是：地区生产总值增长5%左右，社会消费品零售总额、固定资产投资均增长4%左右，全社会研发经费支出相当于全市生产总值的比例达到3.2%左右。";
    assert_eq!(
        rows(text),
        [
            "gdp target 2026 growth 5 % up 左右 -",
            "retail_sales target 2026 growth 4 % up 左右 -",
            "fai target 2026 growth 4 % up 左右 -",
            "rd_share target 2026 share 3.2 % - 左右 -",
        ],
        "should give 3.2% to the R&D share, not to the 生产总值 inside its name, and 4% to both subjects"
    );
}
