//! Targets against outcomes: pairing, status, units, bad input, exports.

use gongwen::compare::{comparison_to_csv, comparison_to_markdown, Reason, Report, Status};
use gongwen::{compare, parse, Comparison, Document, Indicator, Measure, Options, Role, Span};

/// A 2025 report of a made-up city: 2024 results, 2025 targets.
const PLAN_2025: &str = "2025年江城市政府工作报告
——2025年1月10日在江城市第十届人民代表大会第五次会议上
各位代表：
一、2024年工作回顾
过去一年，全市地区生产总值增长5.1%，城镇新增就业12万人。
二、2025年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%以内；居民消费价格涨幅2%左右；城镇新增就业10万人以上；居民收入增长与经济增长同步；单位地区生产总值能耗下降2.5%。
";

/// The same city a year later: 2025 results, 2026 targets.
const PLAN_2026: &str = "2026年江城市政府工作报告
——2026年1月12日在江城市第十届人民代表大会第六次会议上
各位代表：
一、2025年工作回顾
过去一年，全市地区生产总值增长4.7%，城镇调查失业率5.1%，居民消费价格上涨0.3%，城镇新增就业9.2万人，全体居民人均可支配收入增长5.3%，单位地区生产总值能耗下降3%。
二、2026年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5%以上；城镇调查失业率5.5%以内。
";

fn doc(text: &str) -> Document {
    parse(text, &Options::default())
}

fn run(files: &[(&str, &Document)]) -> Comparison {
    let reports: Vec<Report> = files.iter().map(|(f, d)| Report::new(f, d)).collect();
    compare(&reports)
}

/// One line per row: region year key target→actual status.
fn lines(c: &Comparison) -> Vec<String> {
    c.rows
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {:?}→{:?} {}",
                r.region,
                r.year,
                r.key,
                r.target.value,
                r.actual.value,
                r.status.as_str()
            )
        })
        .collect()
}

#[test]
fn should_pair_a_years_targets_with_the_next_reports_results() {
    let (a, b) = (doc(PLAN_2025), doc(PLAN_2026));
    let c = run(&[("2025.txt", &a), ("2026.txt", &b)]);
    assert_eq!(
        lines(&c),
        [
            "江城市 2025 gdp Some(5.0)→Some(4.7) near",
            "江城市 2025 unemployment Some(5.5)→Some(5.1) met",
            "江城市 2025 cpi Some(2.0)→Some(0.3) met",
            "江城市 2025 employment Some(10.0)→Some(9.2) missed",
            "江城市 2025 income None→Some(5.3) qualitative",
            "江城市 2025 energy_per_gdp Some(-2.5)→Some(-3.0) met",
        ]
    );
    assert_eq!(c.rows[0].target.file, "2025.txt");
    assert_eq!(c.rows[0].actual.file, "2026.txt");
}

#[test]
fn should_not_depend_on_the_order_of_the_reports() {
    let (a, b) = (doc(PLAN_2025), doc(PLAN_2026));
    assert_eq!(
        run(&[("2025.txt", &a), ("2026.txt", &b)]),
        run(&[("2026.txt", &b), ("2025.txt", &a)])
    );
}

#[test]
fn should_list_targets_and_results_without_a_partner_with_the_reason() {
    let (a, b) = (doc(PLAN_2025), doc(PLAN_2026));
    let c = run(&[("2025.txt", &a), ("2026.txt", &b)]);
    let of = |year: i32, role: Role| {
        c.unpaired
            .iter()
            .filter(|u| u.year == Some(year) && u.role == role)
            .map(|u| (u.key.clone().unwrap_or_default(), u.reason))
            .collect::<Vec<_>>()
    };
    // No report plans 2024, none reviews 2026.
    assert_eq!(
        of(2024, Role::Actual),
        [
            ("gdp".into(), Reason::NoReport),
            ("employment".into(), Reason::NoReport)
        ]
    );
    assert_eq!(of(2026, Role::Target).len(), 2);
    assert!(of(2026, Role::Target)
        .iter()
        .all(|(_, r)| *r == Reason::NoReport));
}

#[test]
fn should_pair_nothing_with_a_single_report() {
    let a = doc(PLAN_2025);
    let c = run(&[("2025.txt", &a)]);
    assert!(c.rows.is_empty());
    assert_eq!(
        c.unpaired.len(),
        a.indicators.len(),
        "should keep every record"
    );
}

#[test]
fn should_treat_a_region_with_and_without_its_suffix_as_one() {
    let a = doc(PLAN_2025);
    let mut b = doc(PLAN_2026);
    b.meta.region = Some("江城".into());
    let c = run(&[("a", &a), ("b", &b)]);
    assert_eq!(c.rows.len(), 6);
    assert!(
        c.rows.iter().all(|r| r.region == "江城市"),
        "should show the fuller name"
    );
}

#[test]
fn should_not_pair_reports_of_different_regions() {
    let a = doc(PLAN_2025);
    let mut b = doc(PLAN_2026);
    b.meta.region = Some("河城市".into());
    let c = run(&[("a", &a), ("b", &b)]);
    assert!(c.rows.is_empty());
}

#[test]
fn should_leave_out_a_duplicate_report_with_a_warning() {
    let (a, b) = (doc(PLAN_2025), doc(PLAN_2026));
    let c = run(&[("a.txt", &a), ("b.txt", &b), ("copy of a.txt", &a)]);
    assert_eq!(c.rows.len(), 6, "should count the duplicate once");
    assert_eq!(c.warnings.len(), 1);
    assert_eq!(c.warnings[0].code, "duplicate");
    assert!(c.warnings[0].message.contains("copy of a.txt"));
}

#[test]
fn should_warn_about_two_different_reports_for_one_year_and_pair_each() {
    let (a, b) = (doc(PLAN_2025), doc(PLAN_2026));
    let mut other = doc(PLAN_2026);
    for i in &mut other.indicators {
        if i.role == Role::Actual && i.key.as_deref() == Some("gdp") {
            i.value = Some(4.9);
        }
    }
    let c = run(&[("a", &a), ("b", &b), ("c", &other)]);
    assert!(c.warnings.iter().any(|w| w.code == "same-year"));
    let gdp: Vec<_> = c
        .rows
        .iter()
        .filter(|r| r.key == "gdp")
        .map(|r| (r.actual.file.as_str(), r.actual.value))
        .collect();
    assert_eq!(gdp, [("b", Some(4.7)), ("c", Some(4.9))]);
}

#[test]
fn should_keep_a_report_without_region_or_year_apart() {
    let mut a = doc(PLAN_2025);
    a.meta.region = None;
    let b = doc(PLAN_2026);
    let c = run(&[("a", &a), ("b", &b)]);
    assert!(c.rows.is_empty());
    assert!(c
        .warnings
        .iter()
        .any(|w| w.code == "no-region" && w.file.as_deref() == Some("a")));
    assert!(c
        .unpaired
        .iter()
        .any(|u| u.file == "a" && u.reason == Reason::NoRegion));

    let mut a = doc(PLAN_2025);
    a.meta.year_planned = None;
    a.meta.year_reviewed = None;
    for i in &mut a.indicators {
        i.year = None;
    }
    let c = run(&[("a", &a), ("b", &b)]);
    assert!(c.rows.is_empty());
    assert!(c.warnings.iter().any(|w| w.code == "no-year"));
}

fn record(
    key: &str,
    role: Role,
    measure: Measure,
    value: Option<f64>,
    unit: &str,
    qualifier: Option<&str>,
    text: &str,
) -> Indicator {
    Indicator {
        key: Some(key.into()),
        name: key.into(),
        role,
        year: Some(2025),
        measure,
        value,
        upper: None,
        unit: Some(unit.into()),
        direction: None,
        qualifier: qualifier.map(Into::into),
        kind: None,
        estimated: false,
        text: text.into(),
        span: Span::default(),
    }
}

/// The status of one target against one actual, through `compare`.
fn status_of(target: Indicator, actual: Indicator) -> Option<Status> {
    pair_records(target, vec![actual]).rows.first().map(|r| r.status)
}

/// Compare a report holding `target` with one holding `actuals` (same region).
fn pair_records(target: Indicator, actuals: Vec<Indicator>) -> Comparison {
    let mut plan = doc("");
    plan.meta.region = Some("江城市".into());
    plan.indicators = vec![target];
    let mut review = plan.clone();
    review.indicators = actuals;
    run(&[("plan", &plan), ("review", &review)])
}

fn growth(role: Role, value: f64, qualifier: Option<&str>, text: &str) -> Indicator {
    record(
        "fai",
        role,
        Measure::Growth,
        Some(value),
        "%",
        qualifier,
        text,
    )
}

/// The status of growth actuals of each value against `target`.
fn expect_growth(target: &Indicator, cases: &[(f64, Status)]) {
    for &(value, status) in cases {
        let actual = growth(Role::Actual, value, None, "");
        assert_eq!(status_of(target.clone(), actual), Some(status), "{} against {value}", target.text);
    }
}

#[test]
fn should_meet_a_floor_at_or_above_its_lower_end() {
    let mut target = growth(Role::Target, 4.5, None, "增长4.5%—5%");
    target.upper = Some(5.0);
    expect_growth(&target, &[(4.5, Status::Met), (4.4, Status::Missed)]);
}

#[test]
fn should_meet_a_ceiling_at_or_below_its_upper_end() {
    let target = growth(Role::Target, 3.0, Some("以内"), "增长3%以内");
    expect_growth(&target, &[(2.0, Status::Met), (3.2, Status::Missed)]);
    let wording = growth(Role::Target, 3.0, Some("左右"), "增幅控制在3%左右");
    expect_growth(&wording, &[(1.0, Status::Met), (3.4, Status::Near)]);
}

#[test]
fn should_cap_prices_and_unemployment_whatever_the_wording() {
    let cpi = |role, v| {
        record(
            "cpi",
            role,
            Measure::Growth,
            Some(v),
            "%",
            Some("左右"),
            "居民消费价格涨幅2%左右",
        )
    };
    assert_eq!(
        status_of(cpi(Role::Target, 2.0), cpi(Role::Actual, 0.1)),
        Some(Status::Met)
    );
    assert_eq!(
        status_of(cpi(Role::Target, 2.0), cpi(Role::Actual, 2.4)),
        Some(Status::Near)
    );
    let rate = |role, v| {
        record(
            "unemployment",
            role,
            Measure::Rate,
            Some(v),
            "%",
            None,
            "城镇调查失业率5.5%",
        )
    };
    assert_eq!(
        status_of(rate(Role::Target, 5.5), rate(Role::Actual, 5.8)),
        Some(Status::Missed)
    );
}

#[test]
fn should_meet_a_decline_target_at_or_below_it() {
    let target = growth(Role::Target, -2.5, None, "下降2.5%");
    expect_growth(&target, &[(-3.1, Status::Met), (-1.0, Status::Missed)]);
}

#[test]
fn should_call_a_missed_approximate_target_near_within_half_a_point() {
    let target = growth(Role::Target, 6.0, Some("左右"), "增长6%左右");
    expect_growth(&target, &[(5.5, Status::Near), (5.4, Status::Missed)]);
    let floor = growth(Role::Target, 6.0, Some("以上"), "增长6%以上");
    expect_growth(&floor, &[(5.9, Status::Missed)]);
}

#[test]
fn should_compare_levels_in_the_targets_unit() {
    let target = record(
        "grain_output",
        Role::Target,
        Measure::Level,
        Some(600.0),
        "万吨",
        None,
        "粮食产量600万吨",
    );
    let actual = record(
        "grain_output",
        Role::Actual,
        Measure::Level,
        Some(130.0),
        "亿斤",
        None,
        "粮食产量130亿斤",
    );
    assert_eq!(
        status_of(target, actual),
        Some(Status::Met),
        "130亿斤 = 650万吨"
    );
}

#[test]
fn should_not_guess_across_units_that_do_not_convert() {
    let target = record(
        "fdi",
        Role::Target,
        Measure::Level,
        Some(100.0),
        "亿元",
        None,
        "100亿元",
    );
    let actual = record(
        "fdi",
        Role::Actual,
        Measure::Level,
        Some(20.0),
        "亿美元",
        None,
        "20亿美元",
    );
    let c = pair_records(target, vec![actual]);
    assert!(c.rows.is_empty());
    assert_eq!(c.unpaired.len(), 2);
    assert!(c.unpaired.iter().all(|u| u.reason == Reason::UnitMismatch));
}

#[test]
fn should_prefer_a_plain_figure_to_an_estimate() {
    let target = growth(Role::Target, 5.0, None, "增长5%");
    let mut estimate = growth(Role::Actual, 4.0, None, "预计增长4%");
    estimate.estimated = true;
    let plain = growth(Role::Actual, 5.2, None, "增长5.2%");
    let c = pair_records(target, vec![estimate, plain]);
    assert_eq!(c.rows.len(), 1);
    assert_eq!(c.rows[0].actual.value, Some(5.2));
}

#[test]
fn should_write_an_excel_safe_csv_with_one_row_per_pair() {
    let (a, b) = (doc(PLAN_2025), doc(PLAN_2026));
    let c = run(&[("=cmd|' /C calc'!A0", &a), ("b.txt", &b)]);
    let csv = comparison_to_csv(&c);
    assert!(csv.starts_with("\u{FEFF}region,year,key,"));
    assert_eq!(
        csv.matches("\r\n").count(),
        1 + c.rows.len() + c.unpaired.len()
    );
    assert!(
        !csv.contains(",=cmd"),
        "should not let a file name run as a formula"
    );
    assert!(csv.contains(",'=cmd"));
}

#[test]
fn should_write_markdown_with_a_table_per_region_and_year() {
    let (a, b) = (doc(PLAN_2025), doc(PLAN_2026));
    let md = comparison_to_markdown(&run(&[("a", &a), ("b", &b)]));
    assert!(md.starts_with("## 江城市 2025\n"));
    assert!(md.contains("| 地区生产总值 | 地区生产总值增长5%左右 | 地区生产总值增长4.7% | near |"));
    assert!(md.contains("## Unpaired"));
}

#[test]
fn should_read_back_its_own_json() {
    let (a, b) = (doc(PLAN_2025), doc(PLAN_2026));
    let c = run(&[("a", &a), ("b", &b)]);
    let json = serde_json::to_string(&c).unwrap();
    let back: Comparison = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    let document: Document = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
    assert_eq!(document, a, "should read a Document back from its JSON");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A record from a small world, so that many of them meet: three keys,
    /// three years, units that do and do not convert.
    fn arb_record() -> impl Strategy<Value = Indicator> {
        (
            prop::sample::select(vec!["gdp", "cpi", "grain_output"]),
            any::<bool>(),
            2024..2027i32,
            prop::sample::select(vec![Measure::Growth, Measure::Level, Measure::Qualitative]),
            prop::option::of(-10.0..10.0f64),
            prop::sample::select(vec!["%", "亿斤", "万吨", "亿元", "亿美元"]),
            prop::option::of(prop::sample::select(vec!["左右", "以内", "以上"])),
            any::<bool>(),
        )
            .prop_map(
                |(key, target, year, measure, value, unit, qualifier, estimated)| Indicator {
                    year: Some(year),
                    estimated,
                    ..record(
                        key,
                        if target { Role::Target } else { Role::Actual },
                        measure,
                        value,
                        unit,
                        qualifier,
                        "",
                    )
                },
            )
    }

    fn arb_report() -> impl Strategy<Value = Document> {
        (
            prop::option::of(prop::sample::select(vec!["江城市", "江城", "河城市"])),
            prop::collection::vec(arb_record(), 0..8),
        )
            .prop_map(|(region, mut indicators)| {
                for (at, i) in indicators.iter_mut().enumerate() {
                    i.span = Span {
                        start: at as u32,
                        end: at as u32 + 1,
                    };
                }
                let mut d = doc("");
                d.meta.region = region.map(Into::into);
                d.indicators = indicators;
                d
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

        #[test]
        fn should_account_for_every_record_in_any_order(docs in prop::collection::vec(arb_report(), 0..5)) {
            let names: Vec<String> = (0..docs.len()).map(|i| format!("r{i}")).collect();
            let files: Vec<(&str, &Document)> = names.iter().map(String::as_str).zip(docs.iter()).collect();
            let c = run(&files);
            let mut reversed = files.clone();
            reversed.reverse();
            prop_assert_eq!(&run(&reversed), &c, "should not depend on the order");
            // Every target of a report that is not a duplicate shows up, in a
            // row or unpaired; every actual too, unless its report's first
            // figure of the key and year took its place in a row.
            let duplicates: Vec<&str> = c.warnings.iter().filter(|w| w.code == "duplicate").filter_map(|w| w.file.as_deref()).collect();
            for (file, d) in files.iter().filter(|(f, _)| !duplicates.contains(f)) {
                for i in &d.indicators {
                    let at = i.span.start;
                    let shown = match i.role {
                        Role::Target => c.rows.iter().any(|r| r.target.file == *file && r.target.span.start == at),
                        Role::Actual => c.rows.iter().any(|r| r.actual.file == *file && (r.actual.span.start == at || r.key == i.key.clone().unwrap_or_default())),
                    } || c.unpaired.iter().any(|u| u.file == *file && u.span.start == at && u.role == i.role);
                    prop_assert!(shown, "{:?} of {} is lost in {:?}", i, file, c);
                }
            }
        }
    }
}
