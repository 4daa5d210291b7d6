//! Web-page chrome: what a copy from a government portal brings along that
//! is not part of the report — breadcrumbs, page fields, widgets, status
//! notices, portal tables, image remnants.
//!
//! # Grammar
//!
//! Chrome is read as a sequence of *items*. [`item_at`] recognises one item
//! starting at a given code point, in a line of its own or glued to other
//! text (a report flattened onto one line), in folded form and in either
//! script (see [`crate::hant`]):
//!
//! ```text
//! item       = breadcrumb | field | widget | notice | remnant
//! breadcrumb = home? crumb (sep crumb)+             ; 首页 > 政务公开 > 规划计划
//!            | home ":"? crumb (sep crumb)*         ; 当前位置：首页 > 统计数据
//! home       = "首页" | "网站首页" | "当前位置" | "您的位置" | "您现在的位置" …
//! sep        = ">" | "»" | "›" | "→" | "/" | "＞"      (spaces around allowed)
//! field      = label space* (":" | "|") space* value
//!            | ("【" | "[") label ("】" | "]") ":"? value     ; 【发布日期】2023-03-01
//! label      = 发布时间 | 发布日期 | 日期 | 来源 | 信息来源 | 发布机构 | 发文机关
//!            | 成文日期 | 索引号 | 浏览次数 | 字号 | 有效性 | 标题 …   (FIELDS;
//!              spaces may stand inside: "标    题", "来  源")
//! value      = date            (for date labels: 2021-02-19 11:53:58,
//!                               2022年02月09日, 二〇二四年一月五日)
//!            | text up to the next label, a space, "|", "【" or the line end
//! widget     = "【" … "】" holding 打印 | 关闭 | 字体 | 大 中 小 …  ; 【打印】【关闭】
//!            | "【字体:" 大 中 小? | 扫一扫在手机打开当前页 | 分享到: | 返回顶部 …
//! notice     = 文件已失效 | 已废止 | 现行有效 …
//! remnant    = "<image>" | "<img …>" | "![…](…)" | "[图片]" | "[1]" (a bare footnote mark)
//! ```
//!
//! A *line* is chrome ([`is_chrome_line`]) when it is short (at most
//! [`CHROME_MAX`] code points) and is a breadcrumb, a portal-table row whose
//! cells include a field label (`| 发布机构 | 龙岗区发展和改革局 |`), a
//! remnant, a widget line, a bare notice, or a line of fields that does not
//! end like prose and holds little else (a title followed by its fields on
//! one line is not chrome: the title is content):
//!
//! ```text
//! 首页 > 政务公开 > 规划计划 > 发展规划
//! 当前位置：首页 > 政务公开 > 统计数据 > 统计公报
//! 信息来源:坪山区发展和改革局 发布时间:2021-02-19 11:53:58
//! 发布时间: 2023-03-01 来源:龙岗区发展和改革局 浏览次数:- T浏览字号:
//! 来源:龙华区发展和改革局 日期:2022年02月09日 【字体:
//! 索引号：11440300MB2C92884K/2024-00123   主题分类：统计信息
//! | 发布机构 | 深圳市统计局 | 发布日期 | 2024-04-28 |
//! 【打印】【关闭】
//! 文件已失效
//! <image>
//! [2]
//! ```
//!
//! PDF page numbers ("- 3 -", "第3页 共12页") and lines of bare widget words
//! ("打印 | 关闭") are chrome too.
//!
//! Not chrome: `数据来源:区统计局。` (prose), a data table row
//! (`| 地区生产总值 | 亿元 | 801.05 |`), a heading.
//!
//! The words are data ([`FIELDS`], [`WIDGETS`], [`WIDGET_BRACKET_WORDS`],
//! [`NOTICES`], [`HOME_WORDS`]), apart from the matching code.
//! [`crate::meta`] reads the fields back out of these items; everything
//! else skips chrome lines.

use crate::keyword::{first_word_at, spaced_word_at, word_at};
use crate::text::{is_blank, is_han, is_line_break, is_space, Source};

// ---------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------

/// What a page field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldKind {
    /// A publication date: 发布时间, 发布日期, 日期 …
    PublishDate,
    /// The date a document was written or signed: 成文日期, 发文日期.
    WrittenDate,
    /// The issuing body: 来源, 信息来源, 发布机构, 发文机关 …
    Issuer,
    /// The document's title: 标题, 名称.
    Title,
    /// A validity status: 有效性, 效力状态.
    Status,
    /// Anything else: counters, index numbers, classifications, font size.
    Other,
}

/// Page-field labels, longer first where one ends another (信息来源 before 来源).
pub(crate) const FIELDS: &[(&str, FieldKind)] = &[
    ("发布时间", FieldKind::PublishDate),
    ("发布日期", FieldKind::PublishDate),
    ("公开日期", FieldKind::PublishDate),
    ("发表时间", FieldKind::PublishDate),
    ("更新时间", FieldKind::PublishDate),
    ("更新日期", FieldKind::PublishDate),
    ("信息时间", FieldKind::PublishDate),
    ("成文日期", FieldKind::WrittenDate),
    ("发文日期", FieldKind::WrittenDate),
    ("印发日期", FieldKind::WrittenDate),
    ("生成日期", FieldKind::WrittenDate),
    ("日期", FieldKind::PublishDate),
    ("时间", FieldKind::PublishDate),
    ("信息来源", FieldKind::Issuer),
    ("文章来源", FieldKind::Issuer),
    ("稿件来源", FieldKind::Issuer),
    ("来源单位", FieldKind::Issuer),
    ("来源", FieldKind::Issuer),
    ("发布机构", FieldKind::Issuer),
    ("发布机关", FieldKind::Issuer),
    ("发文机关", FieldKind::Issuer),
    ("发文单位", FieldKind::Issuer),
    ("发布单位", FieldKind::Issuer),
    ("发布部门", FieldKind::Issuer),
    ("信息提供", FieldKind::Issuer),
    ("供稿单位", FieldKind::Issuer),
    ("发布者", FieldKind::Issuer),
    ("文件名称", FieldKind::Title),
    ("文章标题", FieldKind::Title),
    ("标题", FieldKind::Title),
    ("名称", FieldKind::Title),
    ("有效性", FieldKind::Status),
    ("效力状态", FieldKind::Status),
    ("时效性", FieldKind::Status),
    ("浏览次数", FieldKind::Other),
    ("访问次数", FieldKind::Other),
    ("阅读次数", FieldKind::Other),
    ("浏览量", FieldKind::Other),
    ("阅读量", FieldKind::Other),
    ("点击数", FieldKind::Other),
    ("点击量", FieldKind::Other),
    ("点击率", FieldKind::Other),
    ("字号", FieldKind::Other),
    ("字体", FieldKind::Other),
    ("作者", FieldKind::Other),
    ("责任编辑", FieldKind::Other),
    ("编辑", FieldKind::Other),
    ("审核", FieldKind::Other),
    ("索引号", FieldKind::Other),
    ("主题分类", FieldKind::Other),
    ("体裁分类", FieldKind::Other),
    ("组配分类", FieldKind::Other),
    ("信息分类", FieldKind::Other),
    ("分类", FieldKind::Other),
    ("发文字号", FieldKind::Other),
    ("文号", FieldKind::Other),
    ("主题词", FieldKind::Other),
    ("关键词", FieldKind::Other),
    ("关键字", FieldKind::Other),
    ("公开方式", FieldKind::Other),
    ("公开范围", FieldKind::Other),
    ("公开形式", FieldKind::Other),
    ("所属机构", FieldKind::Other),
    ("分享到", FieldKind::Other),
    ("分享", FieldKind::Other),
];

/// Page widgets: these words anywhere in a short line make it chrome, and
/// are skipped as items inside other text.
pub(crate) const WIDGETS: &[&str] = &[
    "扫一扫在手机打开当前页",
    "扫一扫在手机上查看当前页面",
    "在手机打开当前页",
    "扫一扫",
    "打印本页",
    "打印本文",
    "打印此页",
    "关闭窗口",
    "关闭本页",
    "收藏本页",
    "加入收藏",
    "返回顶部",
    "返回首页",
    "视力保护色",
    "相关链接",
    "相关文章",
    "相关阅读",
    "上一篇",
    "下一篇",
    "附件下载",
    "我要纠错",
    "字体大小",
];

/// A `【…】` or `[…]` bracket holding one of these is a widget: 【打印】,
/// 【字体：大 中 小】, `[关闭]`.
pub(crate) const WIDGET_BRACKET_WORDS: &[&str] = &[
    "打印",
    "关闭",
    "字体",
    "字号",
    "收藏",
    "分享",
    "纠错",
    "保存",
    "返回",
    "大 中 小",
    "大中小",
    "默认",
    "图片",
];

/// Widget words that make a line chrome only when the line holds nothing
/// else: "打印 | 关闭".
pub(crate) const SOLO_WIDGETS: &[&str] = &[
    "打印",
    "关闭",
    "收藏",
    "分享",
    "返回顶部",
    "返回",
    "顶部",
    "纠错",
    "大",
    "中",
    "小",
    "字号",
    "默认",
    "微信",
    "微博",
    "QQ空间",
];

/// Status notices a portal prints above an expired or amended document.
pub(crate) const NOTICES: &[&str] = &[
    "该文件已失效",
    "本文件已失效",
    "此文件已失效",
    "文件已失效",
    "文件已废止",
    "已全文废止",
    "已失效",
    "已废止",
    "已修订",
    "已修改",
    "部分失效",
    "现行有效",
];

/// Words that open a breadcrumb.
pub(crate) const HOME_WORDS: &[&str] = &[
    "您现在的位置",
    "您当前的位置",
    "您当前位置",
    "您所在的位置",
    "您的位置",
    "当前的位置",
    "当前位置",
    "所在位置",
    "网站首页",
    "首页",
    "主页",
];

/// Breadcrumb separators (folded).
const CRUMB_SEPARATORS: &[char] = &['>', '»', '›', '→', '/', '〉', '>'];

/// Longest line (in code points) that can be chrome; body paragraphs are longer.
pub(crate) const CHROME_MAX: usize = 160;

/// Most text a line of page fields may hold besides its items.
const LEFTOVER_MAX: usize = 6;

/// Longest crumb of a breadcrumb.
const CRUMB_MAX: usize = 16;

/// Longest value of a page field that is not a title.
const VALUE_MAX: usize = 40;

/// Longest text inside a widget bracket.
const BRACKET_MAX: usize = 14;

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

/// What a chrome item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ItemKind {
    Breadcrumb,
    /// A page field; its value is `value_start..value_end` (trimmed, maybe empty).
    Field {
        kind: FieldKind,
        value_start: usize,
        value_end: usize,
    },
    Widget,
    Notice,
    Remnant,
}

/// One chrome item: `start..end` in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Item {
    pub kind: ItemKind,
    pub start: usize,
    pub end: usize,
}

/// The chrome item that starts at `at`, if any, within `..end`.
pub(crate) fn item_at(source: &Source, at: usize, end: usize) -> Option<Item> {
    let c = source.at(at);
    if at >= end || is_blank(c) {
        return None;
    }
    if let Some(item) = remnant_at(source, at, end) {
        return Some(item);
    }
    if matches!(c, '【' | '[') {
        return bracket_field_at(source, at, end).or_else(|| bracket_widget_at(source, at, end));
    }
    if let Some(item) = breadcrumb_at(source, at, end) {
        return Some(item);
    }
    if let Some(item) = field_at(source, at, end) {
        return Some(item);
    }
    if !opens_a_word(c) {
        return None;
    }
    if let Some(w_end) = first_word_at(source, at, end, WIDGETS) {
        let mut stop = w_end;
        if source.at(stop) == ':' {
            stop += 1;
        }
        return Some(Item {
            kind: ItemKind::Widget,
            start: at,
            end: stop,
        });
    }
    if let Some(n_end) = first_word_at(source, at, end, NOTICES) {
        return Some(Item {
            kind: ItemKind::Notice,
            start: at,
            end: n_end,
        });
    }
    None
}

/// Can `c` open a word of [`HOME_WORDS`], [`WIDGETS`] or [`NOTICES`]?
#[inline]
fn opens_a_word(c: char) -> bool {
    is_han(c) && WORD_FIRSTS.contains(&c)
}

/// The first characters of [`HOME_WORDS`], [`WIDGETS`] and [`NOTICES`].
static WORD_FIRSTS: [char; HOME_WORDS.len() + WIDGETS.len() + NOTICES.len()] = {
    let mut firsts = ['\0'; HOME_WORDS.len() + WIDGETS.len() + NOTICES.len()];
    let mut k = 0;
    while k < HOME_WORDS.len() {
        firsts[k] = crate::hant::first_char(HOME_WORDS[k]);
        k += 1;
    }
    let mut j = 0;
    while j < WIDGETS.len() {
        firsts[k + j] = crate::hant::first_char(WIDGETS[j]);
        j += 1;
    }
    let mut n = 0;
    while n < NOTICES.len() {
        firsts[k + j + n] = crate::hant::first_char(NOTICES[n]);
        n += 1;
    }
    firsts
};

/// A page field at `at`: a label, a colon (or a table bar), a value.
pub(crate) fn field_at(source: &Source, at: usize, end: usize) -> Option<Item> {
    let (kind, label_end) = label_at(source, at, end)?;
    let mut i = skip_spaces(source, label_end, end);
    let table = source.at(i) == '|';
    if !(table || source.at(i) == ':') {
        return None;
    }
    i += 1;
    // A value may wait on the next line in a two-line box ("来源：\n坪山区…"):
    // only spaces are skipped here.
    let value_start = skip_spaces(source, i, end);
    let value_end = match kind {
        FieldKind::PublishDate | FieldKind::WrittenDate => date_value_end(source, value_start, end),
        FieldKind::Title => text_value_end(source, value_start, end, true),
        _ => text_value_end(source, value_start, end, false),
    };
    let mut item_end = value_end;
    if table && source.at(skip_spaces(source, item_end, end)) == '|' {
        item_end = skip_spaces(source, item_end, end) + 1;
    }
    Some(Item {
        kind: ItemKind::Field {
            kind,
            value_start,
            value_end,
        },
        start: at,
        end: item_end.max(i),
    })
}

/// A field label at `at` (spaces allowed inside it): its kind and end.
pub(crate) fn label_at(source: &Source, at: usize, end: usize) -> Option<(FieldKind, usize)> {
    let first = source.at(at);
    if !FIELD_FIRSTS.contains(&first) {
        return None;
    }
    FIELDS
        .iter()
        .zip(FIELD_FIRSTS.iter())
        .filter(|(_, &f)| f == first)
        .find_map(|(&(label, kind), _)| spaced_word_at(source, at, end, label).map(|e| (kind, e)))
}

/// The first character of each label of [`FIELDS`], in the same order.
static FIELD_FIRSTS: [char; FIELDS.len()] = {
    let mut firsts = ['\0'; FIELDS.len()];
    let mut k = 0;
    while k < FIELDS.len() {
        firsts[k] = crate::hant::first_char(FIELDS[k].0);
        k += 1;
    }
    firsts
};

/// A field whose label stands in brackets: "【发布日期】2023-03-01",
/// "[来源] 龙岗区发展和改革局".
fn bracket_field_at(source: &Source, at: usize, end: usize) -> Option<Item> {
    let close = if source.at(at) == '【' { '】' } else { ']' };
    let label_start = skip_spaces(source, at + 1, end);
    let (kind, label_end) = label_at(source, label_start, end)?;
    let after = skip_spaces(source, label_end, end);
    if source.at(after) != close {
        return None;
    }
    let mut value_start = skip_spaces(source, after + 1, end);
    if source.at(value_start) == ':' {
        value_start = skip_spaces(source, value_start + 1, end);
    }
    let value_end = match kind {
        FieldKind::PublishDate | FieldKind::WrittenDate => date_value_end(source, value_start, end),
        _ => text_value_end(source, value_start, end, kind == FieldKind::Title),
    };
    Some(Item {
        kind: ItemKind::Field {
            kind,
            value_start,
            value_end,
        },
        start: at,
        end: value_end.max(after + 1),
    })
}

/// A field label and its colon (or table bar) at `at`.
fn label_colon_at(source: &Source, at: usize, end: usize) -> bool {
    label_at(source, at, end)
        .is_some_and(|(_, e)| matches!(source.at(skip_spaces(source, e, end)), ':' | '|'))
}

/// The end of a date (and time) value: `2021-02-19 11:53:58`,
/// `2022年02月09日`, `2024.03.15`, `二〇二四年一月五日 10:00`.
fn date_value_end(source: &Source, start: usize, end: usize) -> usize {
    let mut i = start;
    let mut last = start;
    while i < end {
        let c = source.at(i);
        let datey = c.is_ascii_digit()
            || matches!(
                c,
                '-' | '/' | '.' | ':' | '年' | '月' | '日' | '时' | '分' | '秒' | '号'
            )
            || crate::number::cn_digit(c).is_some() && c != '两'
            || matches!(c, '十' | '○' | 'O');
        if datey {
            i += 1;
            last = i;
        } else if is_space(c)
            && i > start
            && (source.at(i - 1).is_ascii_digit() || source.at(i - 1) == '日')
        {
            // One space between a date and its time.
            if source.at(i + 1).is_ascii_digit() {
                i += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    last
}

/// The end of a text value: up to the next field, a space, a bar, a bracket
/// or the line end (a title runs to the line end or the next field).
fn text_value_end(source: &Source, start: usize, end: usize, title: bool) -> usize {
    let mut i = start;
    let mut last = start;
    let max = if title { CHROME_MAX } else { VALUE_MAX };
    while i < end && i - start < max {
        let c = source.at(i);
        if is_line_break(c) || matches!(c, '|' | '【' | '。' | ';' | ',') {
            break;
        }
        if is_space(c) {
            // A title keeps single spaces; a name stops at one.
            if !title || is_space(source.at(i + 1)) {
                break;
            }
            i += 1;
            continue;
        }
        if label_colon_at(source, i, end) {
            break;
        }
        i += 1;
        last = i;
    }
    last
}

/// A widget in brackets: 【打印】, 【关闭】, 【字体：大 中 小】, or an
/// unclosed 【字体: at the end of a line.
fn bracket_widget_at(source: &Source, at: usize, end: usize) -> Option<Item> {
    let close = if source.at(at) == '【' { '】' } else { ']' };
    let limit = end.min(at + 1 + BRACKET_MAX);
    let inner_end = (at + 1..limit).find(|&i| source.at(i) == close || is_line_break(source.at(i)));
    let closed = inner_end.is_some_and(|i| source.at(i) == close);
    let inner_end = inner_end.unwrap_or(limit);
    let holds_widget_word = (at + 1..inner_end).any(|i| {
        WIDGET_BRACKET_WORDS
            .iter()
            .any(|w| word_at(source, i, inner_end, w).is_some())
    });
    if holds_widget_word {
        if closed {
            return Some(Item {
                kind: ItemKind::Widget,
                start: at,
                end: inner_end + 1,
            });
        }
        // 【字体: with its sizes: stop after "大 中 小" or at the colon.
        let colon = (at + 1..inner_end).find(|&i| source.at(i) == ':');
        let mut stop = colon.map_or(inner_end, |c| c + 1);
        let sizes = skip_spaces(source, stop, end);
        if let Some(e) = first_word_at(source, sizes, end, &["大 中 小", "大中小"]) {
            stop = e;
        }
        return Some(Item {
            kind: ItemKind::Widget,
            start: at,
            end: stop,
        });
    }
    None
}

/// A breadcrumb of markdown links, the whole line: "[首页](/) > [信息公开](/xxgk/)".
fn markdown_breadcrumb(source: &Source, start: usize, end: usize) -> bool {
    let link_end = |at: usize| -> Option<usize> {
        if source.at(at) != '[' {
            return None;
        }
        let close = (at + 1..end.min(at + 1 + CRUMB_MAX)).find(|&i| source.at(i) == ']')?;
        if close == at + 1 || source.at(close + 1) != '(' {
            return None;
        }
        (close + 2..end)
            .find(|&i| source.at(i) == ')')
            .map(|i| i + 1)
    };
    let mut i = start;
    let mut links = 0;
    loop {
        let Some(e) = link_end(skip_spaces(source, i, end)) else {
            return false;
        };
        links += 1;
        let j = skip_spaces(source, e, end);
        if j >= end {
            return links >= 2;
        }
        if !CRUMB_SEPARATORS.contains(&source.at(j)) {
            return false;
        }
        i = j + 1;
    }
}

/// A breadcrumb at `at`.
fn breadcrumb_at(source: &Source, at: usize, end: usize) -> Option<Item> {
    let home_end = if opens_a_word(source.at(at)) {
        first_word_at(source, at, end, HOME_WORDS)
    } else {
        None
    };
    let mut i = match home_end {
        Some(e) => {
            let mut j = skip_spaces(source, e, end);
            if source.at(j) == ':' {
                j = skip_spaces(source, j + 1, end);
                // 当前位置：首页 > …
                if let Some(e2) = first_word_at(source, j, end, HOME_WORDS) {
                    j = e2;
                } else {
                    j = crumb_end(source, j, end, true).max(j);
                }
            }
            j
        }
        None => crumb_end(source, at, end, false),
    };
    if i == at {
        return None;
    }
    let mut separators = 0;
    loop {
        let j = skip_spaces(source, i, end);
        let c = source.at(j);
        // A site menu after 首页 uses bars: "首页 | 政务公开 | 政务服务".
        let menu_bar = home_end.is_some() && matches!(c, '|' | '·');
        if !(CRUMB_SEPARATORS.contains(&c) || menu_bar) || j >= end {
            break;
        }
        let k = skip_spaces(source, j + 1, end);
        let e = crumb_end(source, k, end, true);
        if e == k {
            break;
        }
        separators += 1;
        i = e;
    }
    let enough = if home_end.is_some() {
        separators >= 1 || source.at(skip_spaces(source, at, end)) != '首'
    } else {
        separators >= 2
    };
    if !enough {
        return None;
    }
    // "首页" alone followed by text is not a breadcrumb; "当前位置：" alone is.
    Some(Item {
        kind: ItemKind::Breadcrumb,
        start: at,
        end: i,
    })
}

/// The end of one crumb starting at `start`: Han, letters or digits up to a
/// space, a separator or the line end. When `last` crumb text runs on into
/// glued text (a flattened page: "发展规划关于深圳市…"), it is cut before
/// "关于", before a place name ("计划总结龙岗区…"), before a digit, or after
/// four characters.
fn crumb_end(source: &Source, start: usize, end: usize, allow_glued: bool) -> usize {
    let mut i = start;
    while i < end && i - start < CRUMB_MAX {
        let c = source.at(i);
        if is_blank(c) || CRUMB_SEPARATORS.contains(&c) || matches!(c, ':' | '|' | '。' | ',' | ';')
        {
            break;
        }
        if !(is_han(c) || c.is_alphanumeric() || matches!(c, '(' | ')' | '-' | '·' | '“' | '”'))
        {
            break;
        }
        i += 1;
    }
    let len = i - start;
    if len == 0 {
        return start;
    }
    // Is the crumb glued to what follows?
    let glued = i < end && !is_blank(source.at(i)) && !CRUMB_SEPARATORS.contains(&source.at(i));
    if (glued || len > 8) && allow_glued {
        if let Some(k) = (start + 1..i).find(|&k| word_at(source, k, end, "关于").is_some()) {
            return k;
        }
        // A place name with a two-character name opens the title: "计划总结|龙岗区2022年".
        let place = (start + 2..i.min(start + 9))
            .find(|&k| crate::region::name_len_at(source, k, end) == Some(2));
        if let Some(k) = place {
            return k;
        }
        if let Some(k) = (start + 1..i).find(|&k| source.at(k).is_ascii_digit()) {
            return k;
        }
        if len > 8 {
            return start + 4;
        }
    }
    i
}

/// An image or link remnant, or a bare footnote mark.
fn remnant_at(source: &Source, at: usize, end: usize) -> Option<Item> {
    let c = source.at(at);
    if c == '<' {
        let is_tag = ["<image", "<img", "<br", "<p>", "</p>", "<div", "</div"]
            .iter()
            .any(|t| source.starts_with(at, t));
        if is_tag {
            let close = (at + 1..end.min(at + 200)).find(|&i| source.at(i) == '>')?;
            return Some(Item {
                kind: ItemKind::Remnant,
                start: at,
                end: close + 1,
            });
        }
        return None;
    }
    if c == '!' && source.at(at + 1) == '[' {
        let close = (at + 2..end.min(at + 200)).find(|&i| source.at(i) == ']')?;
        let mut stop = close + 1;
        if source.at(stop) == '(' {
            stop = (stop..end.min(stop + 400)).find(|&i| source.at(i) == ')')? + 1;
        }
        return Some(Item {
            kind: ItemKind::Remnant,
            start: at,
            end: stop,
        });
    }
    if c == '[' {
        // [1], [23]: a footnote mark; [图片]: an image placeholder.
        let mut i = at + 1;
        while i < end && source.at(i).is_ascii_digit() && i - at <= 3 {
            i += 1;
        }
        if i > at + 1 && source.at(i) == ']' {
            return Some(Item {
                kind: ItemKind::Remnant,
                start: at,
                end: i + 1,
            });
        }
        for w in ["图片", "图像", "image"] {
            if let Some(e) = word_at(source, at + 1, end, w) {
                if source.at(e) == ']' {
                    return Some(Item {
                        kind: ItemKind::Remnant,
                        start: at,
                        end: e + 1,
                    });
                }
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------

/// Is the line `start..end` (content, trimmed) web-page chrome?
pub(crate) fn is_chrome_line(source: &Source, start: usize, end: usize) -> bool {
    let len = end.saturating_sub(start);
    if len == 0 || len > CHROME_MAX {
        return false;
    }
    if source.at(start) == '|' {
        return is_portal_row(source, start, end);
    }
    if page_number_line(source, start, end)
        || only_solo_widgets(source, start, end)
        || timestamp_line(source, start, end)
    {
        return true;
    }
    // Every kind of chrome needs a mark (a colon, a bar, a bracket, a
    // separator) or one of the chrome words; most lines have neither.
    let mut words = false;
    let mut marks = false;
    for i in start..end {
        let c = source.at(i);
        if matches!(c, ':' | '|' | '<' | '[' | '【' | '!') || CRUMB_SEPARATORS.contains(&c) {
            marks = true;
            break;
        }
        words = words || opens_a_word(c);
    }
    if !marks && !words {
        return false;
    }
    if only_items(source, start, end, |k| {
        matches!(k, ItemKind::Remnant | ItemKind::Widget | ItemKind::Notice)
    }) {
        return true;
    }
    if markdown_breadcrumb(source, start, end) {
        return true;
    }
    if let Some(item) = breadcrumb_at(source, start, end) {
        if crate::text::skip_space(source, item.end, end) >= end {
            return true;
        }
    }
    if ends_like_prose(source, start, end) {
        return false;
    }
    if len <= 60 && WIDGETS.iter().any(|w| source.find(start, end, w).is_some()) {
        return true;
    }
    if len <= 16
        && NOTICES
            .iter()
            .any(|w| crate::keyword::find_word(source, start, end, w).is_some())
    {
        return true;
    }
    page_field_count(source, start, end) > 0 && leftover(source, start, end) <= LEFTOVER_MAX
}

/// A page number a PDF copy leaves between pages: "- 3 -", "—12—",
/// "第 3 页", "第3页 共12页", "3/12".
fn page_number_line(source: &Source, start: usize, end: usize) -> bool {
    let digits = |i: usize| {
        let mut j = i;
        while j < end && source.at(j).is_ascii_digit() && j - i < 4 {
            j += 1;
        }
        (j > i && !source.at(j).is_ascii_digit()).then_some(j)
    };
    let dash = |c: char| matches!(c, '-' | '—' | '–');
    let first = source.at(start);
    if dash(first) {
        let i = skip_spaces(source, start + 1, end);
        let Some(j) = digits(i) else { return false };
        let k = skip_spaces(source, j, end);
        return k + 1 == end && dash(source.at(k));
    }
    if first == '第' {
        let Some(j) = digits(skip_spaces(source, start + 1, end)) else {
            return false;
        };
        let k = skip_spaces(source, j, end);
        if source.at(k) != '页' {
            return false;
        }
        let mut m = skip_spaces(source, k + 1, end);
        if m < end && matches!(source.at(m), ',' | '/') {
            m = skip_spaces(source, m + 1, end);
        }
        if m >= end {
            return true;
        }
        if source.at(m) != '共' {
            return false;
        }
        let Some(n) = digits(skip_spaces(source, m + 1, end)) else {
            return false;
        };
        let p = skip_spaces(source, n, end);
        return p + 1 == end && source.at(p) == '页';
    }
    if let Some(j) = digits(start) {
        if source.at(j) == '/' {
            return digits(j + 1) == Some(end);
        }
    }
    false
}

/// A bare timestamp or its wrapped tail: "2021-02-19 11:53:58", ":58".
fn timestamp_line(source: &Source, start: usize, end: usize) -> bool {
    let mut digits = 0;
    let mut marks = 0;
    for i in start..end {
        match source.at(i) {
            '0'..='9' => digits += 1,
            ':' | '-' | '/' => marks += 1,
            ' ' | '\t' => {}
            _ => return false,
        }
    }
    end - start <= 20 && digits > 0 && marks > 0 && (source.at(start) == ':' || marks >= 2)
}

/// A line of page widgets without brackets: "打印 | 关闭", "分享 收藏 打印".
/// These words are common in prose ("关闭落后产能"), so only a line made
/// of nothing else is chrome.
fn only_solo_widgets(source: &Source, start: usize, end: usize) -> bool {
    let mut i = start;
    let mut words = 0;
    while i < end {
        let c = source.at(i);
        if is_blank(c) || matches!(c, '|' | '·' | '/' | '】' | '【' | '[' | ']') {
            i += 1;
            continue;
        }
        match first_word_at(source, i, end, SOLO_WIDGETS) {
            Some(e) => {
                words += 1;
                i = e;
            }
            None => return false,
        }
    }
    words >= 2
}

/// How many letters and Han characters of the line no chrome item covers
/// (digits are dates and times: "2023-03-01 10:20 来源:…"): "T" in "浏览次数:- T浏览字号:", but a whole title in
/// "龙岗区2022年…计划 发布时间:2023-03-01".
fn leftover(source: &Source, start: usize, end: usize) -> usize {
    let mut count = 0;
    let mut i = start;
    while i < end {
        if let Some(item) = item_at(source, i, end) {
            i = item.end.max(i + 1);
            continue;
        }
        let c = source.at(i);
        if is_han(c) || c.is_alphabetic() {
            count += 1;
        }
        i += 1;
    }
    count
}

/// Does the line consist of items of the given kinds (and separators) only?
fn only_items(
    source: &Source,
    start: usize,
    end: usize,
    allowed: impl Fn(ItemKind) -> bool,
) -> bool {
    let mut i = start;
    let mut any = false;
    while i < end {
        let c = source.at(i);
        if is_blank(c) || matches!(c, '|' | '·' | '/') {
            i += 1;
            continue;
        }
        match item_at(source, i, end) {
            Some(item) if allowed(item.kind) && item.end > i => {
                any = true;
                i = item.end;
            }
            _ => return false,
        }
    }
    any
}

/// A portal-table row: `| 发布机构 | 龙岗区发展和改革局 | 发布日期 | 2023-03-01 |`
/// — a row one of whose cells is a field label.
fn is_portal_row(source: &Source, start: usize, end: usize) -> bool {
    let mut i = start;
    while i < end {
        if source.at(i) == '|' {
            let cell = skip_spaces(source, i + 1, end);
            if let Some((_, label_end)) = label_at(source, cell, end) {
                let after = skip_spaces(source, label_end, end);
                if matches!(source.at(after), '|' | ':') {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}

/// How many `label:` page fields the line holds (a label stands at the line
/// start or after white space, a bracket or a bar).
pub(crate) fn page_field_count(source: &Source, start: usize, end: usize) -> usize {
    let mut count = 0;
    let mut i = start;
    while i < end {
        if field_label_starts(source, start, i) {
            let field = if matches!(source.at(i), '【' | '[') {
                bracket_field_at(source, i, end)
            } else {
                field_at(source, i, end)
            };
            if let Some(item) = field {
                count += 1;
                i = item.end.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    count
}

/// A field label stands at the line start or after white space / a bracket.
fn field_label_starts(source: &Source, line_start: usize, i: usize) -> bool {
    i == line_start || matches!(source.at(i - 1), ' ' | '\t' | '【' | '[' | '|' | ']' | '】')
}

fn skip_spaces(source: &Source, mut i: usize, end: usize) -> usize {
    while i < end && is_space(source.at(i)) {
        i += 1;
    }
    i
}

/// Prose ends with 。 (or 。 and a closing quote or bracket).
fn ends_like_prose(source: &Source, start: usize, end: usize) -> bool {
    let mut e = end;
    while e > start && matches!(source.at(e - 1), '”' | '"' | ')' | '」' | '*') {
        e -= 1;
    }
    e > start && matches!(source.at(e - 1), '。' | '!' | '?' | ';')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrome(line: &str) -> bool {
        let source = Source::new(line);
        is_chrome_line(&source, 0, source.len())
    }

    fn items(text: &str) -> Vec<(String, String)> {
        let source = Source::new(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < source.len() {
            match item_at(&source, i, source.len()) {
                Some(item) => {
                    let value = match item.kind {
                        ItemKind::Field {
                            value_start,
                            value_end,
                            ..
                        } => source.folded(value_start, value_end),
                        _ => String::new(),
                    };
                    out.push((source.folded(item.start, item.end), value));
                    i = item.end.max(i + 1);
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn recognises_portal_chrome() {
        assert!(
            chrome("首页 > 政务公开 > 规划计划 > 发展规划"),
            "should see a breadcrumb"
        );
        assert!(
            chrome("首页\u{a0}>\u{a0}政务公开"),
            "should see a breadcrumb with NBSPs"
        );
        assert!(
            chrome("当前位置：首页 > 政务公开 > 统计数据"),
            "should see 当前位置"
        );
        assert!(
            chrome("信息来源:坪山区发展和改革局 发布时间:2021-02-19 11:53:58"),
            "should see page fields"
        );
        assert!(
            chrome("发布时间: 2023-03-01 来源:龙岗区发展和改革局 浏览次数:- T浏览字号:"),
            "should see 浏览次数"
        );
        assert!(
            chrome("来源:龙华区发展和改革局 日期:2022年02月09日 【字体:"),
            "should see 【字体:"
        );
        assert!(chrome("扫一扫在手机打开当前页"), "should see a page widget");
        assert!(chrome("【打印】【关闭】"), "should see bracket widgets");
        assert!(chrome("文件已失效"), "should see a status notice");
        assert!(
            chrome("| 发布机构 | 龙岗区发展和改革局 |"),
            "should see a portal table row"
        );
        assert!(
            chrome("索引号：11440300MB2C92884K/2024-00123   主题分类：统计信息"),
            "should see an index box"
        );
        assert!(
            chrome("标    题：深圳市2023年国民经济和社会发展统计公报"),
            "should see a spaced label"
        );
        assert!(chrome("<image>"), "should see an image remnant");
        assert!(chrome("[2]"), "should see a bare footnote mark");
        assert!(
            chrome("發布時間：2023-03-01 來源：龍崗區發展和改革局"),
            "should see traditional labels"
        );
    }

    #[test]
    fn leaves_report_text_alone() {
        assert!(
            !chrome("一、2020年主要经济指标预计完成情况"),
            "should not flag a heading"
        );
        assert!(!chrome("名词解释"), "should not flag the glossary header");
        assert!(
            !chrome("——地区生产总值801.05亿元,同比增长(以下简称增长)4.5%;"),
            "should not flag an indicator"
        );
        assert!(
            !chrome("数据来源:区统计局。"),
            "should not flag prose that ends with 。"
        );
        assert!(
            !chrome("| 地区生产总值 | 亿元 | 801.05 | 4.5 |"),
            "should not flag a data table row"
        );
        assert!(!chrome("首页"), "should not flag a lone 首页");
        assert!(
            !chrome("2020年主要指标初步统计情况:"),
            "should not flag a lead-in"
        );
    }

    #[test]
    fn reads_fields_glued_together() {
        let found = items("龙华区发展和改革局2021年总结以及2022年工作思路来源:龙华区发展和改革局日期:2022年02月09日【字体:文件已失效");
        let values: Vec<&str> = found.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            ["龙华区发展和改革局", "2022年02月09日", "", ""],
            "should split glued fields"
        );
    }

    #[test]
    fn cuts_a_glued_breadcrumb() {
        let s = Source::new("首页 > 政务公开 > 规划计划 > 发展规划关于深圳市坪山区");
        let item = breadcrumb_at(&s, 0, s.len()).expect("breadcrumb");
        assert_eq!(
            s.folded(item.start, item.end),
            "首页 > 政务公开 > 规划计划 > 发展规划",
            "should cut a glued crumb before 关于"
        );
    }
}
