//! Web-page chrome: the lines a copy from a government portal brings along
//! that are not part of the report.
//!
//! # Grammar
//!
//! A line is chrome when, in folded form, it
//!
//! - is a breadcrumb: `首页 > 政务公开 > 规划计划 > 发展规划`, `当前位置：…`;
//! - carries a page field: `发布时间: 2023-03-01 来源:龙岗区发展和改革局
//!   浏览次数:- T浏览字号:`, `来源:… 日期:… 【字体:`;
//! - is a page widget: `扫一扫在手机打开当前页`, `【打印】【关闭】`, `分享到:`;
//! - is a status notice: `文件已失效`;
//! - is a portal table row: `| 发布机构 | 龙岗区发展和改革局 |`;
//! - is a remnant: `<image>`, `![图片](…)`.
//!
//! The words are data ([`PAGE_FIELDS`], [`WIDGETS`], [`STATUS_NOTICES`]),
//! apart from the matching code. [`crate::meta`] reads the fields back out
//! of these lines; everything else skips them.

use crate::text::Source;

/// Labels of page fields: a line holding one of these followed by `:` is chrome.
pub(crate) const PAGE_FIELDS: &[&str] = &[
    "发布时间", "发布日期", "发文日期", "成文日期", "日期", "时间", "来源", "信息来源", "文章来源",
    "浏览次数", "访问次数", "点击数", "点击量", "阅读量", "阅读次数", "字号", "字体", "作者", "责任编辑",
    "编辑", "索引号", "发文机关", "发布机构", "主题分类", "文号", "发文字号", "主题词", "分类", "有效性",
];

/// Page widgets: a short line containing one of these is chrome.
pub(crate) const WIDGETS: &[&str] = &[
    "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "在手机打开当前页", "【字体", "【打印", "【关闭",
    "【大", "分享到", "打印本页", "关闭窗口", "打印本文", "关闭本页", "收藏本页", "返回顶部", "当前位置", "您的位置",
    "您现在的位置", "所在位置", "相关链接", "相关文章", "上一篇", "下一篇", "附件下载", "视力保护色",
];

/// Status notices a portal prints above an expired document.
pub(crate) const STATUS_NOTICES: &[&str] = &["文件已失效", "已失效", "已废止", "已修订", "现行有效", "部分失效"];

/// Breadcrumb separators.
const CRUMB_SEPARATORS: &[char] = &['>', '»', '›', '＞', '→', '/'];

/// Longest line (in code points) that can be chrome; body paragraphs are longer.
const CHROME_MAX: usize = 120;

/// Is the line `start..end` web-page chrome?
pub(crate) fn is_chrome_line(source: &Source, start: usize, end: usize) -> bool {
    let len = end - start;
    if len == 0 || len > CHROME_MAX {
        return false;
    }
    let first = source.at(start);
    if first == '|' || first == '<' && source.find(start, end, "<image").is_some() {
        return true;
    }
    if source.starts_with(start, "![") {
        return true;
    }
    if (source.starts_with(start, "首页") || source.starts_with(start, "网站首页"))
        && (start..end).any(|i| CRUMB_SEPARATORS.contains(&source.at(i)))
    {
        return true;
    }
    if WIDGETS.iter().any(|w| source.find(start, end, w).is_some()) {
        return true;
    }
    if len <= 12 && STATUS_NOTICES.iter().any(|w| source.find(start, end, w).is_some()) {
        return true;
    }
    page_field_count(source, start, end) > 0 && !ends_like_prose(source, end)
}

/// How many `label:` page fields the line holds.
pub(crate) fn page_field_count(source: &Source, start: usize, end: usize) -> usize {
    let mut count = 0;
    let mut i = start;
    while i < end {
        if let Some(label) = PAGE_FIELDS.iter().find(|l| source.starts_with(i, l)) {
            let after = i + label.chars().count();
            let colon = skip_spaces(source, after, end);
            if source.at(colon) == ':' && field_label_starts(source, start, i) {
                count += 1;
                i = colon + 1;
                continue;
            }
        }
        i += 1;
    }
    count
}

/// A field label stands at the line start or after white space / a bracket.
fn field_label_starts(source: &Source, line_start: usize, i: usize) -> bool {
    i == line_start || matches!(source.at(i - 1), ' ' | '\t' | '【' | '[' | '|')
}

fn skip_spaces(source: &Source, mut i: usize, end: usize) -> usize {
    while i < end && source.at(i) == ' ' {
        i += 1;
    }
    i
}

/// Prose ends with 。 — page fields do not.
fn ends_like_prose(source: &Source, end: usize) -> bool {
    source.at(end - 1) == '。'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrome(line: &str) -> bool {
        let source = Source::new(line);
        is_chrome_line(&source, 0, source.len())
    }

    #[test]
    fn recognises_portal_chrome() {
        assert!(chrome("首页 > 政务公开 > 规划计划 > 发展规划"), "should see a breadcrumb");
        assert!(chrome("首页\u{a0}>\u{a0}政务公开"), "should see a breadcrumb with NBSPs");
        assert!(chrome("信息来源:坪山区发展和改革局 发布时间:2021-02-19 11:53:58"), "should see page fields");
        assert!(chrome("发布时间: 2023-03-01 来源:龙岗区发展和改革局 浏览次数:- T浏览字号:"), "should see 浏览次数");
        assert!(chrome("来源:龙华区发展和改革局 日期:2022年02月09日 【字体:"), "should see 【字体:");
        assert!(chrome("扫一扫在手机打开当前页"), "should see a page widget");
        assert!(chrome("文件已失效"), "should see a status notice");
        assert!(chrome("| 发布机构 | 龙岗区发展和改革局 |"), "should see a portal table row");
        assert!(chrome("<image>"), "should see an image remnant");
    }

    #[test]
    fn leaves_report_text_alone() {
        assert!(!chrome("一、2020年主要经济指标预计完成情况"), "should not flag a heading");
        assert!(!chrome("名词解释"), "should not flag the glossary header");
        assert!(!chrome("——地区生产总值801.05亿元,同比增长(以下简称增长)4.5%;"), "should not flag an indicator");
        assert!(!chrome("数据来源:区统计局。"), "should not flag prose that ends with 。");
    }
}
