//! Indicators: the headline figures, as last year's actuals and next
//! year's targets.
//!
//! # Grammar
//!
//! ```text
//! indicator-list = intro? item+                 ; under a 完成情况 / 目标 heading
//! intro          = sentence ending in ":"      ; "全年主要经济指标完成情况如下："
//! item           = ("——" | "-" | "•" | "(1)" | "1." …) clause (";" clause)* [";" | "。"]
//! clause         = "预计"? subjects predicate
//! subjects       = name (("、" | "和" | "及") name)*
//! predicate      = (lead value qualifier?)+ | qualitative
//! lead           = ("同比" | "比上年")? verb? …    ; 增长 / 下降 / 增速达 / 控制在 / 实现 / 完成
//! value          = quantity                     ; from crate::quantity
//! qualifier      = "左右" | "以上" | "以内" | …   ; or before: "力争" | "不低于" | …
//! qualitative    = "正增长" | "完成上级下达指标" | "按照上级主管部门工作部署正常推进" | …
//! ```
//!
//! Real items:
//!
//! ```text
//! - 地区生产总值同比增长 1.1%;                  → gdp, growth, 1.1 %, up
//! - 社会消费品零售总额同比下降 3.6%;            → retail_sales, growth, -3.6 %, down
//! ——社会消费品零售总额同比增长-0.4%;           → retail_sales, growth, -0.4 %, down
//! - 城镇登记失业率控制在 3%以内;                 → unemployment, rate, 3 %, 以内
//! ——地区生产总值801.05亿元,同比增长(以下简称增长)4.5%;  → two records: level 801.05 亿元, growth 4.5 %
//! ——外贸进出口总额预计1600亿元左右,增长25%左右。  → two records, both estimated, 左右
//! ——社会消费品零售总额正增长;                   → qualitative, up
//! - 万元 GDP 水耗、节能减排完成上级下达指标。       → two qualitative records
//! ```
//!
//! The role (actual or target) and the kind (预期性 / 约束性) come from the
//! intro sentence and the enclosing headings ("2020年主要经济指标预计完成情况",
//! "2021年主要经济指标发展目标", "1. 预期性指标"); the year from the same
//! text, or else from the metadata (year reviewed / year planned).
//!
//! A table pasted as text ([`crate::table`]: "指标名称  单位  2013年完成
//! 增长%  2014年目标") adds the figures the text does not state: its
//! header says each column's role, year and measure ("2019年预计完成" is an
//! estimated actual, "增长（%）" a growth); a target cell with no unit
//! word is a growth when it lies nearer the row's growth than its level;
//! the row's name gives the sign ("能耗降低  4.2" is −4.2); its 指标属性
//! column classifies the targets, the ones the text states too.
//!
//! A report without indicator lists states its headline figures in prose:
//! "全年地区生产总值实现2828亿元,增速达10.2%". Then the first annual
//! figure of each headline indicator is taken, skipping part-year figures
//! ("一季度GDP同比增长29.4%") and figures of other places.

use crate::aliases::{self, Alias, ALIASES};
use crate::block::Layout;
use crate::document::{
    Direction, Indicator, IndicatorKind, Measure, Meta, QuantityKind, Role, Span,
};
use crate::marker::{self, MarkerStyle};
use crate::outline::Outline;
use crate::quantity::{self, Reading};
use crate::table;
use crate::text::{is_blank, Source};

/// The headline indicators of a text.
pub(crate) fn extract(
    source: &Source,
    layout: &Layout,
    outline: &Outline,
    meta: &Meta,
) -> Vec<Indicator> {
    let names = NameIndex::new();
    let mut found: Vec<Indicator> = Vec::new();
    let mut listed = [false; 2];
    // The records of the last list read: (its intro, where they start in `found`).
    let mut last_list: Option<(Option<(usize, usize)>, usize)> = None;
    for run in list_runs(source, layout, outline, &names) {
        // "今后五年…的主要目标是：到2026年，…": not the year's targets.
        if run
            .intro
            .is_some_and(|(s, e)| speaks_of_years(&source.folded(s, e)))
        {
            continue;
        }
        let context = Context::of_run(source, outline, &run, meta);
        let records: Vec<Indicator> = run
            .clauses
            .iter()
            .flat_map(|&(start, end)| read_clause(source, &names, start, end, &context, true))
            .collect();
        // A list is an indicator list when its heading or intro says whose
        // figures it gives, or when it gives several figures.
        if !context.decided && records.iter().filter(|r| r.value.is_some()).count() < 2 {
            continue;
        }
        if !records.is_empty() {
            listed[context.role as usize] = true;
        }
        // "主要预期目标是：…。约束性指标是：…": set against the binding
        // ones, the targets before are the expected ones.
        if let Some((intro, from)) = last_list {
            if run.follows.is_some()
                && run.follows == intro
                && context.kind == Some(IndicatorKind::Binding)
            {
                for record in &mut found[from..] {
                    record.kind.get_or_insert(IndicatorKind::Expected);
                }
            }
        }
        last_list = Some((run.intro, found.len()));
        found.extend(records);
    }
    let tabled = table_indicators(source, layout, meta, &names);
    if !(listed[0] && listed[1]) {
        let prose = prose_indicators(source, layout, outline, meta, &names);
        let read = Covered::new(found.iter().chain(&tabled));
        let mut seen: Vec<(Option<String>, Role, Measure)> = Vec::new();
        // The (key, role) pairs that have a figure: bounded by the alias table.
        let mut figured: Vec<(Option<String>, Role)> = Vec::new();
        for r in &found {
            let id = (r.key.clone(), r.role);
            if !figured.contains(&id) {
                figured.push(id);
            }
        }
        for record in prose {
            // Text a list or a table already read is not read again as prose.
            if listed[record.role as usize] || read.overlaps(record.span) {
                continue;
            }
            let id = (record.key.clone(), record.role, record.measure);
            let pair = (record.key.clone(), record.role);
            let stated_only = record.measure == Measure::Qualitative && figured.contains(&pair);
            if !seen.contains(&id) && !stated_only {
                seen.push(id);
                if !figured.contains(&pair) {
                    figured.push(pair);
                }
                found.push(record);
            }
        }
    }
    // A table adds the figures the text does not state, and classifies
    // the targets the text states (its 指标属性 column).
    let mut kinds: Vec<(Option<String>, IndicatorKind)> = Vec::new();
    for record in &tabled {
        if let (Role::Target, Some(kind)) = (record.role, record.kind) {
            if !kinds.iter().any(|(k, _)| *k == record.key) {
                kinds.push((record.key.clone(), kind));
            }
        }
    }
    if !kinds.is_empty() {
        for r in found
            .iter_mut()
            .filter(|r| r.role == Role::Target && r.kind.is_none())
        {
            r.kind = kinds
                .iter()
                .find(|(k, _)| *k == r.key)
                .map(|&(_, kind)| kind);
        }
    }
    // The figures already read: distinct ids, bounded by the alias table
    // and the years named.
    type Id = (Option<String>, Role, Option<i32>, Measure);
    let id = |r: &Indicator| -> Id { (r.key.clone(), r.role, r.year, r.measure) };
    let mut ids: Vec<Id> = Vec::new();
    for r in &found {
        let i = id(r);
        if !ids.contains(&i) {
            ids.push(i);
        }
    }
    for record in tabled {
        if !ids.contains(&id(&record)) {
            found.push(record);
        }
    }
    // Lists, prose and tables were read apart: put the records back in text order.
    crate::sort::sort_by_key(&mut found, |record| u64::from(record.span.start));
    found
}

/// The spans already read, for overlap queries in O(log n).
struct Covered {
    /// (start, end), by start.
    spans: Vec<(u32, u32)>,
    /// The largest end among `spans[..=i]`.
    max_end: Vec<u32>,
}

impl Covered {
    fn new<'r>(records: impl Iterator<Item = &'r Indicator>) -> Covered {
        let mut spans: Vec<(u32, u32)> = records.map(|r| (r.span.start, r.span.end)).collect();
        crate::sort::sort_by_key(&mut spans, |&(start, _)| u64::from(start));
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for &(_, end) in &spans {
            m = m.max(end);
            max_end.push(m);
        }
        Covered { spans, max_end }
    }

    /// Does any span overlap `span`?
    fn overlaps(&self, span: Span) -> bool {
        // The spans starting before `span` ends; one of them must end after it starts.
        let before = self.spans.partition_point(|&(start, _)| start < span.end);
        before > 0 && self.max_end[before - 1] > span.start
    }
}

/// Role, year and kind that apply to a group of clauses.
#[derive(Clone)]
struct Context {
    role: Role,
    /// The role was named (not the default).
    decided: bool,
    year: Option<i32>,
    kind: Option<IndicatorKind>,
    /// The report's region, to tell its own figures from others'.
    region: Option<String>,
}

impl Context {
    /// The context of a list run: its intro sentence, then its headings.
    fn of_run(source: &Source, outline: &Outline, run: &Run, meta: &Meta) -> Context {
        let mut texts: Vec<(usize, usize)> = Vec::new();
        texts.extend(run.intro);
        texts.extend(run.follows);
        for heading in outline.path_at(run.start).iter().rev() {
            texts.push((heading.title_start, heading.title_end));
        }
        Context::from_texts(source, &texts, meta)
    }

    /// Read role, kind and year from texts, innermost first: the role
    /// and kind from the innermost text that names a role, the year from
    /// the innermost text that has one, else from the metadata.
    fn from_texts(source: &Source, texts: &[(usize, usize)], meta: &Meta) -> Context {
        let mut role = None;
        let mut year = None;
        let mut kind = None;
        for &(start, end) in texts {
            let text = source.folded(start, end);
            if role.is_none() {
                role = role_in(&text);
                kind = kind.or_else(|| kind_in(&text));
            }
            year = year.or_else(|| year_in(&text));
        }
        let decided = role.is_some();
        let role = role.unwrap_or(Role::Actual);
        let year = year.or(match role {
            Role::Actual => meta.year_reviewed,
            Role::Target => meta.year_planned,
        });
        Context {
            role,
            decided,
            year,
            kind,
            region: meta.region.clone(),
        }
    }
}

/// The role a heading or intro names: the word that ends last wins, since
/// a Chinese noun phrase ends with its head ("主要目标完成情况" is actual).
fn role_in(text: &str) -> Option<Role> {
    let last = |words: &[&str]| {
        words
            .iter()
            .filter_map(|w| text.rfind(w).map(|i| i + w.len()))
            .max()
    };
    match (last(aliases::ACTUAL_WORDS), last(aliases::TARGET_WORDS)) {
        (Some(a), Some(t)) => Some(if a >= t { Role::Actual } else { Role::Target }),
        (Some(_), None) => Some(Role::Actual),
        (None, Some(_)) => Some(Role::Target),
        (None, None) => None,
    }
}

fn kind_in(text: &str) -> Option<IndicatorKind> {
    if aliases::BINDING_WORDS.iter().any(|w| text.contains(w)) {
        Some(IndicatorKind::Binding)
    } else if aliases::EXPECTED_WORDS.iter().any(|w| text.contains(w)) {
        Some(IndicatorKind::Expected)
    } else {
        None
    }
}

/// The first year ("2020年", "2020 年") in a text.
fn year_in(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i + 4 <= chars.len() {
        let digits = &chars[i..i + 4];
        let before_ok = i == 0 || !chars[i - 1].is_ascii_digit();
        if before_ok && digits.iter().all(char::is_ascii_digit) {
            let mut j = i + 4;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            if chars.get(j) == Some(&'年') {
                let year: i32 = digits.iter().collect::<String>().parse().unwrap_or(0);
                if (1949..=2100).contains(&year) {
                    return Some(year);
                }
            }
        }
        i += 1;
    }
    None
}

/// A run of consecutive indicator-list items.
struct Run {
    /// First code point of the first item.
    start: usize,
    /// The intro sentence (text before its colon), if the run has one.
    intro: Option<(usize, usize)>,
    /// The intro of the list this one follows in the same paragraph
    /// ("主要预期目标是：…。约束性指标是：…"): its role holds unless
    /// this intro names another.
    follows: Option<(usize, usize)>,
    /// The clauses of all items, in order.
    clauses: Vec<(usize, usize)>,
}

/// Find the indicator lists: runs of list items that name indicators,
/// and "主要预期目标是：A；B；C" sentences.
fn list_runs(source: &Source, layout: &Layout, outline: &Outline, names: &NameIndex) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut open: Option<Run> = None;
    let mut previous: Option<(usize, usize)> = None;
    for block in &layout.blocks {
        if block.chrome || block.start >= outline.body_end {
            continue;
        }
        let end = block.end.min(outline.body_end);
        for (start, end) in segments(source, block.start, end, layout.flattened) {
            if let Some(item_start) = list_item_start(source, start, end) {
                let clauses = clauses(source, item_start, end);
                if clauses
                    .iter()
                    .any(|&(s, e)| names.first_in(source, s, e).is_some())
                {
                    let run = open.get_or_insert_with(|| Run {
                        start,
                        intro: previous.and_then(|(s, e)| intro_of(source, s, e)),
                        follows: None,
                        clauses: Vec::new(),
                    });
                    run.clauses.extend(clauses);
                    previous = Some((start, end));
                    continue;
                }
            }
            if let Some(run) = open.take() {
                runs.push(run);
            }
            runs.extend(inline_lists(source, start, end, names));
            previous = Some((start, end));
        }
    }
    if let Some(run) = open {
        runs.push(run);
    }
    runs
}

/// Cut a block where a list marker follows a sentence end or a colon:
/// list items run together when line breaks were lost ("如下：——A；——B；").
/// In a text flattened onto one line, a dash or bullet cuts anywhere.
fn segments(source: &Source, start: usize, end: usize, flattened: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    for i in start + 1..end {
        let after_stop = matches!(source.at(i - 1), '。' | ';' | ':');
        let dash = flattened
            && matches!(source.at(i), '—' | '-' | '•' | '●' | '■')
            && source.at(i - 1) != source.at(i);
        if !(after_stop || dash) {
            continue;
        }
        let at = skip_punctuation(source, i, end);
        if let Some(m) = marker::parse(source, at, end) {
            let style_ok = if after_stop {
                is_item_style(m.style)
            } else {
                matches!(m.style, MarkerStyle::Dash | MarkerStyle::Bullet)
            };
            if style_ok && !m.digit_follows && at > from {
                out.push((from, i));
                from = at;
            }
        }
    }
    out.push((from, end));
    out
}

fn is_item_style(style: MarkerStyle) -> bool {
    matches!(
        style,
        MarkerStyle::Dash
            | MarkerStyle::Bullet
            | MarkerStyle::ArabicParen
            | MarkerStyle::Circled
            | MarkerStyle::ArabicDot
    )
}

/// Where the text of a list item starts, if `start..end` is one: a dash,
/// bullet or number, then a single short sentence (not a heading with a
/// body).
fn list_item_start(source: &Source, start: usize, end: usize) -> Option<usize> {
    let m = marker::parse(source, start, end)?;
    let sentences = (m.text_start..end)
        .filter(|&i| source.at(i) == '。' && i + 1 < end)
        .count();
    let short = end - m.text_start <= 120;
    (is_item_style(m.style) && !m.digit_follows && sentences == 0 && short).then_some(m.text_start)
}

/// The intro of a list: the previous segment, when it ends with a colon
/// (the text of its last sentence up to the colon).
fn intro_of(source: &Source, start: usize, end: usize) -> Option<(usize, usize)> {
    let (start, end) = source.trim(start, end);
    if end == 0 || source.at(end - 1) != ':' {
        return None;
    }
    let sentence_start = (start..end - 1)
        .rev()
        .find(|&i| matches!(source.at(i), '。' | ';' | '!' | '?'))
        .map_or(start, |i| i + 1);
    Some((sentence_start, end - 1))
}

/// "今年主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右；…":
/// sentences whose colon introduces two or more indicator clauses. The
/// intro names a role or a kind ("约束性指标是：") and says 指标 or 目标.
fn inline_lists(source: &Source, start: usize, end: usize, names: &NameIndex) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    // Where the current sentence starts, kept while scanning (linear time).
    let mut sentence_start = start;
    let mut i = start;
    while i < end {
        let c = source.at(i);
        if matches!(c, '。' | ';' | '!' | '?') {
            sentence_start = i + 1;
        }
        if c != ':' {
            i += 1;
            continue;
        }
        // An intro is short: read at most INTRO_MAX characters of it.
        let intro_start = sentence_start.max(i.saturating_sub(INTRO_MAX));
        let intro = source.folded(intro_start, i);
        let names_list = intro.contains("目标")
            || (intro.contains("指标") && (role_in(&intro).is_some() || kind_in(&intro).is_some()));
        if !names_list {
            i += 1;
            continue;
        }
        let list_end = (i + 1..end).find(|&j| source.at(j) == '。').unwrap_or(end);
        let clauses = clauses(source, i + 1, list_end);
        // Clauses may be cut by commas only: count the names.
        let named: usize = clauses
            .iter()
            .map(|&(s, e)| names.all_in(source, s, e).len())
            .sum();
        if named >= 2 {
            runs.push(Run {
                start: i + 1,
                intro: Some((intro_start, i)),
                follows: runs.last().and_then(|run| run.intro),
                clauses,
            });
        }
        // A later colon before the sentence ends lists a part of the same
        // clauses: nothing more to find there.
        sentence_start = list_end + 1;
        i = list_end + 1;
    }
    runs
}

/// Split `start..end` into clauses at `;` and `。`.
fn clauses(source: &Source, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    for i in start..=end {
        if i == end || matches!(source.at(i), ';' | '。') {
            let (s, e) = source.trim(from, i);
            if e > s {
                out.push((s, e));
            }
            from = i + 1;
        }
    }
    out
}

/// Records in the prose of the report, for roles with no indicator list.
fn prose_indicators(
    source: &Source,
    layout: &Layout,
    outline: &Outline,
    meta: &Meta,
    names: &NameIndex,
) -> Vec<Indicator> {
    let mut out = Vec::new();
    // A half-year or quarterly release reports part-year figures as its
    // headline ones ("2024年上半年国民经济运行情况").
    let part_year_report = meta
        .title
        .as_deref()
        .is_some_and(|t| is_part_year(&crate::text::fold_str(t)));
    // The context of the last section read: (its innermost heading, context).
    let mut section: Option<(Option<usize>, Context)> = None;
    for block in &layout.blocks {
        if block.chrome || block.start >= outline.body_end {
            continue;
        }
        // "过去五年，…": a paragraph about several years gives no year's figures.
        let first_end = (block.start..block.end)
            .find(|&i| source.at(i) == '。')
            .unwrap_or(block.end);
        if speaks_of_years(&source.folded(block.start, first_end)) {
            continue;
        }
        let mut from = block.start;
        // Where the sentence of the clause starts: a cue ("主要预期目标是：")
        // holds over the clauses after it (";").
        let mut sentence_from = block.start;
        // The sentence read for cues so far, and whether one was seen: each
        // character is read once (a long sentence of many clauses).
        let mut cue_upto = block.start;
        let mut cue_seen = false;
        for i in block.start..=block.end {
            if i < block.end && !matches!(source.at(i), '。' | ';' | '!' | '?') {
                continue;
            }
            let (s, e) = source.trim(from, i);
            from = i + 1;
            if cue_upto < sentence_from {
                cue_upto = sentence_from;
                cue_seen = false;
            }
            if i == block.end || source.at(i) != ';' {
                sentence_from = i + 1;
            }
            // Only a sentence with a name and a figure (or a statement) can
            // hold a record.
            if e <= s || names.first_in(source, s, e).is_none() {
                continue;
            }
            // Folded once: every test below reads it.
            let sentence = source.folded(s, e);
            let has_figure = sentence
                .chars()
                .any(|c| c.is_ascii_digit() || crate::number::is_cn_numeral(c));
            let part_year = !part_year_report && is_part_year(&sentence);
            if part_year || !has_figure && !states_something(&sentence) {
                continue;
            }
            // The headings say the role (read once per section); the
            // sentence may say the year.
            let innermost = outline.path_at(s).last().map(|h| h.start);
            let mut context = match &section {
                Some((key, context)) if *key == innermost => context.clone(),
                _ => {
                    let headings: Vec<(usize, usize)> = outline
                        .path_at(s)
                        .iter()
                        .rev()
                        .map(|h| (h.title_start, h.title_end))
                        .collect();
                    let context = Context::from_texts(source, &headings, meta);
                    section = Some((innermost, context.clone()));
                    context
                }
            };
            let year = year_in(&sentence);
            if !context.decided {
                // No heading says: the sentence may ("力争…", "2024年…" when
                // 2024 is the year planned).
                let planned =
                    year.is_some() && year == meta.year_planned && year != meta.year_reviewed;
                if !cue_seen && cue_upto < e {
                    let unread = source.folded(cue_upto, e);
                    cue_seen = aliases::TARGET_CUES.iter().any(|w| unread.contains(w));
                    cue_upto = e;
                }
                if planned || cue_seen {
                    context.role = Role::Target;
                    context.year = meta.year_planned;
                }
            }
            if year.is_some() {
                context.year = year;
            }
            // "其中，出口总额…": a part of the figure before, not a headline.
            let sub_figure = sentence.contains("其中");
            out.extend(
                read_clause(source, names, s, e, &context, false)
                    .into_iter()
                    .filter(|r| {
                        !(sub_figure
                            && r.key
                                .as_deref()
                                .is_some_and(|k| aliases::PART_KEYS.contains(&k)))
                    }),
            );
        }
    }
    out
}

/// Longest intro of an inline list ("今年全市经济社会发展的主要预期目标是").
const INTRO_MAX: usize = 60;

/// How far after a subject a statement of it may stand ("A和B完成省下达任务").
const STATEMENT_WINDOW: usize = 80;

/// How far before a subject an aim may stand ("全年力争全区地区生产总值…").
const AIM_WINDOW: usize = 12;

/// Does the text speak of a span of years ("过去五年", "“十四五”时期")?
fn speaks_of_years(text: &str) -> bool {
    aliases::SPANS_OF_YEARS.iter().any(|w| text.contains(w))
}

/// Does the text make a statement of an indicator without a number?
fn states_something(text: &str) -> bool {
    aliases::QUALITATIVE.iter().any(|w| text.contains(w))
}

/// Does the sentence speak of part of a year (一季度, 1-11月 …)?
fn is_part_year(text: &str) -> bool {
    aliases::PART_YEAR.iter().any(|w| text.contains(w))
}

/// Read the records of one clause. `listed`: the clause is a list item
/// (qualitative statements and unknown names count).
fn read_clause(
    source: &Source,
    names: &NameIndex,
    start: usize,
    end: usize,
    context: &Context,
    listed: bool,
) -> Vec<Indicator> {
    let mut start = start;
    let mut estimated = false;
    let leading = source.folded(start, (start + 4).min(end));
    if leading.starts_with("预计") {
        estimated = true;
        start += 2;
    }
    // The subjects: alias matches, grouped when joined by 、 和 及.
    let matches = names.all_in(source, start, end);
    if matches.is_empty() {
        return Vec::new();
    }
    // Readings inside a name ("十四五" in a plan's name) are not figures.
    // Both lists are in text order: one pass.
    let mut next_name = 0;
    let readings: Vec<Reading> = quantity::scan_range(source, start, end)
        .into_iter()
        .filter(|r| {
            while next_name < matches.len() && matches[next_name].end <= r.start {
                next_name += 1;
            }
            !matches[next_name..]
                .iter()
                .take_while(|m| m.start < r.end)
                .any(|m| r.start < m.end)
        })
        .collect();
    if !listed && readings.is_empty() && !states_something(&source.folded(start, end)) {
        return Vec::new();
    }
    let estimated = estimated || source.find(start, end, "预计").is_some();
    let mut out = Vec::new();
    let groups = group_subjects(source, &matches);
    let mut clause_kind: Option<Option<IndicatorKind>> = None;
    for (g, group) in groups.iter().enumerate() {
        let predicate_start = group.last().map_or(start, |m| m.after);
        let predicate_end = groups
            .get(g + 1)
            .and_then(|next| next.first())
            .map_or(end, |m| m.start);
        // Readings are in text order and do not overlap.
        let first_own = readings.partition_point(|r| r.start < predicate_start);
        let own: Vec<&Reading> = readings[first_own..]
            .iter()
            .take_while(|r| r.end <= predicate_end)
            .collect();
        if !listed && !group.iter().all(|m| m.alias.headline) {
            continue;
        }
        if !listed && !is_own_figure(source, start, group[0].start, context.region.as_deref()) {
            continue;
        }
        let kind = context
            .kind
            .or_else(|| *clause_kind.get_or_insert_with(|| kind_in(&source.folded(start, end))));
        let base = |m: &NameMatch| Indicator {
            key: Some(m.alias.key.to_string()),
            name: m
                .full_name
                .clone()
                .unwrap_or_else(|| source.clean(m.start, m.end)),
            role: context.role,
            year: context.year,
            measure: Measure::Qualitative,
            value: None,
            upper: None,
            unit: None,
            direction: None,
            qualifier: None,
            kind,
            estimated,
            text: String::new(),
            span: source.span(m.start, m.end),
        };
        // "A 9865元，B 4128元，分别增长12.4%和11.2%": the 分别 readings after
        // the last subject go one to each subject, in order.
        let mut own = own;
        if group.len() == 1 {
            if let Some(at) = source.find(predicate_start, predicate_end, "分别") {
                let split = own.partition_point(|r| r.start < at);
                let n = own.len() - split;
                let subjects = (g + 1).checked_sub(n).map(|first| &groups[first..=g]);
                if let Some(subjects) = subjects
                    .filter(|s| split >= 1 && n >= 2 && s.iter().all(|group| group.len() == 1))
                {
                    let lead = source.folded(at, own[split].start);
                    for (subject, reading) in subjects.iter().map(|s| s[0]).zip(&own[split..]) {
                        let Some(value) =
                            read_value(source, reading, &lead, subject.alias, !listed)
                        else {
                            continue;
                        };
                        let text_end = own[own.len() - 1].end.max(value.end);
                        out.push(value.fill(base(subject), source, at, text_end));
                    }
                    own.truncate(split);
                }
            }
        }
        if own.is_empty() {
            // In prose, a statement counts when the subject's own predicate
            // makes it, of a target or of a task handed down: "城乡居民
            // 收入增长与经济增长基本同步", "能耗降低完成省下达的年度目标".
            if !listed {
                let own_statement = source.folded(predicate_start, predicate_end);
                let stated = aliases::QUALITATIVE
                    .iter()
                    .any(|w| own_statement.contains(w));
                let task = aliases::TASK_STATEMENTS
                    .iter()
                    .any(|w| own_statement.contains(w));
                let flat = own_statement.contains("持平");
                if !(stated && (context.role == Role::Target || task || flat)) {
                    continue;
                }
            }
            // A statement with no number counts only when it says something
            // of the indicator: "正增长", "保持稳定", "完成上级下达指标".
            // The statement may stand before the name too: "…，完成省下达的节能减排任务".
            let before = readings.partition_point(|r| r.end <= group[0].start);
            let window_start = before
                .checked_sub(1)
                .map_or(start, |k| readings[k].end.max(start));
            // "A下降和B减少完成省下达任务": a statement after later names
            // counts (within a short window: a clause, not a report).
            let window_end = end.min(group[0].start.max(window_start) + STATEMENT_WINDOW);
            let statement = source.folded(window_start, window_end);
            if !aliases::QUALITATIVE.iter().any(|w| statement.contains(w)) {
                continue;
            }
            let direction = qualitative_direction(
                &source.folded(predicate_start, end.min(predicate_start + STATEMENT_WINDOW)),
            );
            // The text runs to the statement: the group's own predicate, or
            // the clause's end when the statement follows later names.
            let own_statement = source.folded(predicate_start, predicate_end);
            let text_end = if aliases::QUALITATIVE
                .iter()
                .any(|w| own_statement.contains(w))
            {
                predicate_end
            } else {
                end
            };
            let (text_start, text_end) = source.trim(group[0].start, text_end);
            let text_end = (text_start..text_end)
                .rev()
                .find(|&i| !matches!(source.at(i), ',' | '、' | ';'))
                .map_or(text_end, |i| i + 1);
            // "与上年持平": no change, a growth of zero.
            let flat = source
                .find(predicate_start, predicate_end, "持平")
                .is_some();
            for m in group {
                let mut record = base(m);
                record.direction = direction;
                if flat {
                    record.measure = Measure::Growth;
                    record.value = Some(0.0);
                    record.unit = Some("%".to_string());
                    record.direction = Some(Direction::Flat);
                }
                record.text = source.original(text_start, text_end).to_string();
                record.span = source.span(text_start, text_end);
                out.push(record);
            }
            continue;
        }
        // "全年力争全区地区生产总值增长8.5%": an aim stated before the
        // subject qualifies its figures.
        let aim_from = start.max(group[0].start.saturating_sub(AIM_WINDOW));
        let piece_start = (aim_from..group[0].start)
            .rev()
            .find(|&i| matches!(source.at(i), ',' | ';' | '。' | ':'))
            .map_or(aim_from, |i| i + 1);
        let aim_before = aliases::AIMS_BEFORE_SUBJECT
            .iter()
            .find(|w| source.find(piece_start, group[0].start, w).is_some())
            .map(|w| w.to_string());
        // "A、B分别增长x%和y%": one reading per subject; "分别达到x元和y元，
        // 增长a%和b%": a run of readings per measure, one per subject.
        let n = group.len();
        let respectively = n > 1
            && !own.is_empty()
            && own.len() % n == 0
            && (own.len() == n
                || source
                    .find(predicate_start, predicate_end, "分别")
                    .is_some());
        let mut lead_start = predicate_start;
        // Without 分别, a subject takes one value per measure: later ones
        // compare it with something else ("高于全市平均水平0.4个百分点").
        let mut measures_taken: Vec<Measure> = Vec::new();
        for (r, reading) in own.iter().enumerate() {
            let subjects: Vec<&NameMatch> = if respectively {
                vec![group[r % n]]
            } else {
                group.clone()
            };
            // The run of readings this one belongs to (all of them without 分别).
            let run = if respectively { r - r % n } else { r };
            let run_start = if run == 0 {
                predicate_start
            } else {
                own[run - 1].end
            };
            // "分别增长8.1%和6.5%": every value shares the first one's verb.
            let lead = if respectively && r > run {
                source.folded(run_start, own[run].start)
            } else {
                source.folded(lead_start, reading.start)
            };
            let value = read_value(source, reading, &lead, subjects[0].alias, !listed)
                .filter(|v| respectively || !measures_taken.contains(&v.measure));
            let Some(value) = value else {
                // In prose, a figure that is not the subject's ends its predicate.
                if !listed {
                    break;
                }
                lead_start = reading.end;
                continue;
            };
            measures_taken.push(value.measure);
            // A 分别 clause is every record's text: the subjects with the
            // first run, the run alone after that.
            let text_start = if r == 0 || respectively && run == 0 {
                group[0].start
            } else if respectively {
                skip_punctuation(source, run_start, own[run].start)
            } else {
                skip_punctuation(source, lead_start, reading.start)
            };
            let text_end = if respectively {
                own[run + n - 1].end.max(value.end)
            } else {
                value.end
            };
            let value = Value {
                qualifier: value.qualifier.or_else(|| aim_before.clone()),
                ..value
            };
            for m in subjects {
                out.push(value.fill(base(m), source, text_start, text_end));
            }
            lead_start = text_end;
        }
    }
    out
}

/// Which way a statement without a number points: the first word of
/// change in it ("保持稳定" → flat, "能耗下降…完成目标" → down).
fn qualitative_direction(predicate: &str) -> Option<Direction> {
    let first = |words: &[&str]| words.iter().filter_map(|w| predicate.find(w)).min();
    [
        (first(aliases::QUALITATIVE_UP_WORDS), Direction::Up),
        (first(aliases::QUALITATIVE_DOWN_WORDS), Direction::Down),
        (first(aliases::QUALITATIVE_FLAT_WORDS), Direction::Flat),
    ]
    .into_iter()
    .filter_map(|(at, direction)| at.map(|at| (at, direction)))
    .min_by_key(|&(at, _)| at)
    .map(|(_, direction)| direction)
}

/// Is the figure the report's own? Not when the subject is preceded in
/// its sentence by a place word of somewhere larger or elsewhere ("全国",
/// "广东") — unless that is the report's own region ("全省" in a
/// province's report, "广东" in 广东省's).
fn is_own_figure(
    source: &Source,
    sentence_start: usize,
    subject_start: usize,
    region: Option<&str>,
) -> bool {
    let from = subject_start.saturating_sub(8).max(sentence_start);
    let before = source.folded(from, subject_start);
    if aliases::OBJECT_MARKERS.iter().any(|w| before.ends_with(w)) {
        return false;
    }
    let region = region.unwrap_or("");
    let own = |place: &str| {
        region.contains(place)
            || place
                .strip_prefix('全')
                .is_some_and(|level| !level.is_empty() && region.ends_with(level))
    };
    !aliases::OTHER_PLACES
        .iter()
        .any(|w| before.contains(w) && !own(w))
}

/// Skip punctuation and white space.
fn skip_punctuation(source: &Source, mut index: usize, end: usize) -> usize {
    while index < end
        && (is_blank(source.at(index)) || matches!(source.at(index), ',' | '、' | ':'))
    {
        index += 1;
    }
    index
}

/// A value read from a reading and the words before it.
struct Value {
    measure: Measure,
    value: f64,
    upper: Option<f64>,
    unit: String,
    direction: Option<Direction>,
    qualifier: Option<String>,
    /// End of the value with its qualifier.
    end: usize,
}

impl Value {
    /// `record` with this value, its text running `start..end`.
    fn fill(&self, mut record: Indicator, source: &Source, start: usize, end: usize) -> Indicator {
        record.measure = self.measure;
        record.value = Some(self.value);
        record.upper = self.upper;
        record.unit = Some(self.unit.clone());
        record.direction = self.direction;
        record.qualifier = self.qualifier.clone();
        record.text = source.original(start, end).to_string();
        record.span = source.span(start, end);
        record
    }
}

/// What a reading says, given the words between the subject and it.
fn read_value(
    source: &Source,
    reading: &Reading,
    lead: &str,
    alias: &Alias,
    strict: bool,
) -> Option<Value> {
    let lead = lead.trim();
    // The lead must be short: a verb phrase, not another statement.
    if lead.chars().count() > 24 {
        return None;
    }
    // In prose the name must be the subject: "节能减排专项资金2623万元" is
    // money for something else, and so is ",补贴项目88个" after it.
    let core = lead.trim_start_matches([',', '、', ':', '(', ')', ' ']);
    let predicate = core.is_empty()
        || aliases::PREDICATE_STARTS
            .iter()
            .any(|w| core.starts_with(w))
        || (!core.contains('的') && aliases::GROWTH_VERBS.iter().any(|w| core.contains(w)));
    if strict && !predicate {
        return None;
    }
    // "年均增长6.5%": an average over years, not the year's figure.
    if lead.contains("年均") {
        return None;
    }
    // A count ("88个") is a value only of indicators that count.
    if reading.kind == QuantityKind::Count && alias.default_measure != Measure::Count {
        return None;
    }
    // "提高到2.68%", "降至3%": the verb gives the new level, not a change.
    let reaches = lead.ends_with('到') || lead.ends_with('至');
    let down = !reaches && aliases::GROWTH_DOWN.iter().any(|w| lead.contains(w));
    let up = !reaches && aliases::GROWTH_UP.iter().any(|w| lead.contains(w));
    let mut end = reading.end;
    let mut qualifier = reading
        .approx
        .clone()
        .filter(|a| aliases::QUALIFIERS_AFTER.contains(&a.as_str()));
    if qualifier.is_none() {
        for q in aliases::QUALIFIERS_AFTER {
            if source.starts_with(end, q) {
                qualifier = Some(q.to_string());
                end += q.chars().count();
                break;
            }
        }
    }
    if qualifier.is_none() {
        qualifier = aliases::QUALIFIERS_BEFORE
            .iter()
            .find(|q| lead.contains(*q))
            .map(|q| q.to_string());
    }
    // A difference in points needs a verb of change ("下降0.3个百分点"),
    // and in prose it is a comment on a rate ("失业率为3.12%，比上年末下降
    // 0.15个百分点"), not a figure of its own.
    if reading.kind == QuantityKind::Points && (strict || !(up || down)) {
        return None;
    }
    // A comparison with another place or the plan is not the figure
    // ("高于全市平均水平0.4个百分点"); a floor or a cap is ("不低于8亿元").
    let unqualified = aliases::QUALIFIERS_BEFORE
        .iter()
        .fold(lead.to_string(), |l, q| l.replace(q, ""));
    if aliases::COMPARISONS.iter().any(|w| unqualified.contains(w)) {
        return None;
    }
    // A per-mille figure ("人口自然增长率6‰") is a rate like a percentage.
    let kind = if reading.unit == "‰" {
        QuantityKind::Percent
    } else {
        reading.kind
    };
    let (measure, signed, direction) = match kind {
        QuantityKind::Percent | QuantityKind::Points => {
            let measure = if lead.contains("比重") || lead.contains('占') {
                Measure::Share
            } else if down || up {
                Measure::Growth
            } else {
                alias.default_measure
            };
            match measure {
                Measure::Growth => {
                    let signed = if down {
                        -reading.stated
                    } else {
                        reading.stated
                    };
                    let direction = if signed < 0.0 {
                        Direction::Down
                    } else if signed > 0.0 {
                        Direction::Up
                    } else {
                        Direction::Flat
                    };
                    (Measure::Growth, signed, Some(direction))
                }
                Measure::Qualitative => (Measure::Growth, reading.stated, None),
                other => (other, reading.stated, None),
            }
        }
        QuantityKind::Money | QuantityKind::Other => (Measure::Level, reading.stated, None),
        QuantityKind::Count => (Measure::Count, reading.stated, None),
        QuantityKind::Rank | QuantityKind::Multiple => return None,
    };
    Some(Value {
        measure,
        value: signed,
        upper: reading.stated_upper,
        unit: reading.stated_unit.clone(),
        direction,
        qualifier,
        end,
    })
}

/// One alias found in the text.
struct NameMatch {
    start: usize,
    end: usize,
    /// Where its predicate may start: after a gloss such as "（GDP）" or a
    /// footnote mark ("[1]").
    after: usize,
    alias: &'static Alias,
    /// The full name when the text shares it with a neighbour:
    /// "城镇、农村居民人均可支配收入" → "城镇居民人均可支配收入".
    full_name: Option<String>,
}

/// Group subjects joined by 、 和 及 与 (nothing else between them).
fn group_subjects<'m>(source: &Source, matches: &'m [NameMatch]) -> Vec<Vec<&'m NameMatch>> {
    let mut groups: Vec<Vec<&NameMatch>> = Vec::new();
    for m in matches {
        if let Some(group) = groups.last_mut() {
            let previous = group[group.len() - 1];
            let between = source.folded(previous.after, m.start);
            let between = between.trim();
            if matches!(between, "、" | "和" | "及" | "与" | "以及" | ",") {
                group.push(m);
                continue;
            }
        }
        groups.push(vec![m]);
    }
    groups
}

/// Skip a short parenthesised gloss after a name: "地区生产总值（GDP）".
fn skip_gloss(source: &Source, index: usize, end: usize) -> usize {
    // A footnote mark: "地区生产总值[1]158.73亿元".
    if matches!(source.at(index), '[' | '〔') {
        let digits = (index + 1..end.min(index + 4))
            .take_while(|&i| source.at(i).is_ascii_digit())
            .count();
        let close = index + 1 + digits;
        if digits > 0 && close < end && matches!(source.at(close), ']' | '〕') {
            return skip_gloss(source, close + 1, end);
        }
        return index;
    }
    if source.at(index) != '(' {
        return index;
    }
    match (index + 1..end.min(index + 12)).find(|&i| source.at(i) == ')') {
        Some(close) if source.find(index, close, "简称").is_none() => close + 1,
        _ => index,
    }
}

/// What a table column holds.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Name,
    Unit,
    Kind,
    Figure {
        role: Role,
        year: Option<i32>,
        growth: bool,
        estimated: bool,
    },
    Other,
}

/// Read a table's header cells into columns.
fn columns(source: &Source, header: &[(usize, usize)], meta: &Meta) -> Vec<Column> {
    let mut out = Vec::with_capacity(header.len());
    let mut name_seen = false;
    let mut last_figure: Option<(Role, Option<i32>, bool)> = None;
    for (k, &(s, e)) in header.iter().enumerate() {
        let h = source.folded(s, e).replace(' ', "");
        let column = if !name_seen && k < 2 && table::NAME_HEADERS.iter().any(|w| h.contains(w)) {
            name_seen = true;
            Column::Name
        } else if h.contains("单位") {
            Column::Unit
        } else if aliases::TABLE_KIND_HEADERS.iter().any(|w| h.contains(w)) {
            Column::Kind
        } else {
            let year = year_in(&h);
            let growth = aliases::TABLE_GROWTH_HEADERS.iter().any(|w| h.contains(w));
            let estimated = h.contains("预计");
            let role = if aliases::TABLE_ACTUAL_HEADERS.iter().any(|w| h.contains(w)) {
                Some(Role::Actual)
            } else if aliases::TABLE_TARGET_HEADERS.iter().any(|w| h.contains(w))
                || year.is_some() && year == meta.year_planned && year != meta.year_reviewed
            {
                Some(Role::Target)
            } else if year.is_some() {
                Some(Role::Actual)
            } else {
                None
            };
            // "2013年完成  增长%": a growth column with no year of its own
            // belongs to the column before.
            match (role, growth, last_figure) {
                (Some(role), _, last) => {
                    let year = year.or(match role {
                        Role::Actual => meta.year_reviewed,
                        Role::Target => meta.year_planned,
                    });
                    // "2019年预计完成  2019年增长（%）": the same year's growth is
                    // an estimate too.
                    let estimated =
                        estimated || last.is_some_and(|(r, y, e)| e && r == role && y == year);
                    last_figure = Some((role, year, estimated));
                    Column::Figure {
                        role,
                        year,
                        growth,
                        estimated,
                    }
                }
                (None, true, Some((role, year, estimated))) => Column::Figure {
                    role,
                    year,
                    growth,
                    estimated,
                },
                (None, true, None) => {
                    let year = meta.year_reviewed;
                    last_figure = Some((Role::Actual, year, false));
                    Column::Figure {
                        role: Role::Actual,
                        year,
                        growth,
                        estimated,
                    }
                }
                _ => Column::Other,
            }
        };
        out.push(column);
    }
    if name_seen {
        out
    } else {
        Vec::new()
    }
}

/// What a table cell says.
enum CellFigure {
    /// "486.32", "10左右", "-3.8", "≥8", "5-5.5", "4%以内", "增长7%左右":
    /// a value, its upper bound, its qualifier, and the verb before it
    /// (true: a decline).
    Number {
        value: f64,
        upper: Option<f64>,
        qualifier: Option<String>,
        verb: Option<bool>,
    },
    /// "正增长", "完成市下达任务".
    Statement(Option<Direction>),
}

fn cell_figure(cell: &str) -> Option<CellFigure> {
    let mut text = cell.trim();
    if text.is_empty()
        || text
            .chars()
            .all(|c| matches!(c, '—' | '-' | '/' | '…' | '.'))
    {
        return None;
    }
    let mut verb = None;
    if let Some(w) = aliases::GROWTH_DOWN
        .iter()
        .find(|w| w.chars().count() > 1 && text.starts_with(*w))
    {
        verb = Some(true);
        text = text[w.len()..].trim_start();
    } else if let Some(w) = aliases::GROWTH_UP
        .iter()
        .find(|w| w.chars().count() > 1 && text.starts_with(*w))
    {
        verb = Some(false);
        text = text[w.len()..].trim_start();
    }
    let mut qualifier = None;
    for (word, said) in aliases::TABLE_QUALIFIERS_BEFORE {
        if let Some(rest) = text.strip_prefix(word) {
            text = rest.trim_start();
            qualifier = Some(said.to_string());
            break;
        }
    }
    for q in aliases::QUALIFIERS_AFTER {
        if let Some(rest) = text.strip_suffix(q) {
            text = rest.trim_end();
            qualifier = Some(q.to_string());
            break;
        }
    }
    let text = text.trim_end_matches(['%', '‰']).trim();
    let number = |t: &str| crate::number::decimal_str(t.trim());
    let figure = |value, upper| CellFigure::Number {
        value,
        upper,
        qualifier: qualifier.clone(),
        verb,
    };
    if let Some(value) = number(text) {
        return Some(figure(value, None));
    }
    // A range: "5-5.5", "5—5.5", "5~5.5".
    let range = text
        .char_indices()
        .skip(1)
        .find(|&(_, c)| matches!(c, '-' | '—' | '~' | '至'))
        .and_then(|(at, c)| {
            let high = text[at + c.len_utf8()..]
                .trim_start_matches('—')
                .trim_end_matches(['%', '‰']);
            Some(figure(number(&text[..at])?, Some(number(high)?)))
        });
    if range.is_some() {
        return range;
    }
    // No number: a statement of the indicator, if it says one.
    aliases::QUALITATIVE
        .iter()
        .any(|w| cell.contains(w))
        .then(|| CellFigure::Statement(qualitative_direction(cell)))
}

/// Records of the indicator tables pasted in the text.
fn table_indicators(
    source: &Source,
    layout: &Layout,
    meta: &Meta,
    names: &NameIndex,
) -> Vec<Indicator> {
    let mut out = Vec::new();
    for t in table::find(source, &layout.lines) {
        let columns = columns(source, &t.header, meta);
        let Some(name_col) = columns.iter().position(|c| *c == Column::Name) else {
            continue;
        };
        let has_growth = columns
            .iter()
            .any(|c| matches!(c, Column::Figure { growth: true, .. }));
        for row in &t.rows {
            let (ns, ne) = row.cells[name_col];
            let name_text = source.folded(ns, ne);
            if name_text.starts_with("其中") {
                continue;
            }
            let Some(m) = names.first_in(source, ns, ne) else {
                continue;
            };
            if m.start > ns + 3 {
                continue;
            }
            let cell = |kind: Column| {
                columns.iter().position(|c| *c == kind).map(|k| {
                    let (s, e) = row.cells[k];
                    source.folded(s, e).trim().to_string()
                })
            };
            let unit = cell(Column::Unit)
                .filter(|u| !u.is_empty() && !matches!(u.as_str(), "—" | "-" | "/"));
            let kind = cell(Column::Kind).and_then(|k| kind_in(&k));
            let per_cent = unit.as_deref().is_some_and(|u| u == "%" || u == "‰");
            // "地区生产总值增速", "居民消费价格涨幅", "能耗降低": the name
            // says growth (not "人口自然增长率", a rate, or "工业增加值").
            let says = |words: &[&str]| {
                words.iter().any(|w| {
                    name_text
                        .match_indices(w)
                        .any(|(at, _)| !name_text[at + w.len()..].starts_with(['率', '值']))
                })
            };
            let named_growth = says(aliases::GROWTH_VERBS);
            let named_down = says(aliases::GROWTH_DOWN);
            // The row's actual level and growth: a target with no unit of
            // its own is whichever it lies nearer ("12.68  8.9  8" → growth).
            let mut actual_level: Option<f64> = None;
            let mut actual_growth: Option<f64> = None;
            for (k, column) in columns.iter().enumerate() {
                let Column::Figure {
                    role,
                    year,
                    growth,
                    estimated,
                } = *column
                else {
                    continue;
                };
                let (s, e) = row.cells[k];
                let kind = if role == Role::Target { kind } else { None };
                let record = |measure, value, upper, unit, direction, qualifier| Indicator {
                    key: Some(m.alias.key.to_string()),
                    name: source.clean(ns, ne),
                    role,
                    year,
                    measure,
                    value,
                    upper,
                    unit,
                    direction,
                    qualifier,
                    kind,
                    estimated,
                    text: source.original(row.start, row.end).to_string(),
                    span: source.span(row.start, row.end),
                };
                let (value, upper, qualifier, verb) = match cell_figure(&source.folded(s, e)) {
                    None => continue,
                    Some(CellFigure::Statement(direction)) => {
                        let direction = direction.or(named_down.then_some(Direction::Down));
                        out.push(record(
                            Measure::Qualitative,
                            None,
                            None,
                            None,
                            direction,
                            None,
                        ));
                        continue;
                    }
                    Some(CellFigure::Number {
                        value,
                        upper,
                        qualifier,
                        verb,
                    }) => (value, upper, qualifier, verb),
                };
                let growth = growth
                    || verb.is_some()
                    || named_growth
                    || (!per_cent
                        && role == Role::Target
                        && has_growth
                        && match (actual_level, actual_growth) {
                            (Some(level), Some(g)) => (value - g).abs() < (value - level).abs(),
                            (Some(level), None) => value.abs() < level.abs() / 2.0,
                            _ => true,
                        });
                // "能耗降低  4.2", "削减  2.5": the name's verb gives the sign.
                let down = verb.unwrap_or(named_down);
                let value = if growth && down && value > 0.0 {
                    -value
                } else {
                    value
                };
                let (measure, unit) = if growth {
                    (Measure::Growth, Some("%".to_string()))
                } else if per_cent {
                    let measure = match m.alias.default_measure {
                        Measure::Share => Measure::Share,
                        _ => Measure::Rate,
                    };
                    (measure, unit.clone())
                } else {
                    (Measure::Level, unit.clone())
                };
                if role == Role::Actual && measure == Measure::Level {
                    actual_level = Some(value);
                }
                if role == Role::Actual && measure == Measure::Growth {
                    actual_growth = Some(value);
                }
                let direction = (measure == Measure::Growth).then_some(if value < 0.0 {
                    Direction::Down
                } else if value > 0.0 {
                    Direction::Up
                } else {
                    Direction::Flat
                });
                out.push(record(
                    measure,
                    Some(value),
                    upper,
                    unit,
                    direction,
                    qualifier,
                ));
            }
        }
    }
    out
}

/// The alias table indexed by first char, for longest-match lookup.
struct NameIndex {
    /// (first char, name chars without spaces, alias), sorted by first char.
    entries: Vec<(char, Vec<char>, &'static Alias)>,
}

impl NameIndex {
    fn new() -> Self {
        let mut entries: Vec<(char, Vec<char>, &'static Alias)> = ALIASES
            .iter()
            .flat_map(|alias| {
                alias.names.iter().map(move |name| {
                    let chars: Vec<char> = name.chars().filter(|c| *c != ' ').collect();
                    (chars[0], chars, alias)
                })
            })
            .collect();
        // By first char, longest first (names are far shorter than 2^16).
        crate::sort::sort_by_key(&mut entries, |e| {
            (u64::from(e.0) << 16) | (0xFFFF - e.1.len().min(0xFFFF) as u64)
        });
        NameIndex { entries }
    }

    /// The longest alias starting at `index` (white space inside skipped).
    fn at(&self, source: &Source, index: usize, end: usize) -> Option<NameMatch> {
        let first = source.at(index);
        let from = self.entries.partition_point(|e| e.0 < first);
        for (_, chars, alias) in self.entries[from..].iter().take_while(|e| e.0 == first) {
            let mut i = index;
            let mut ok = true;
            for &c in chars {
                while i < end && is_blank(source.at(i)) {
                    i += 1;
                }
                if i >= end || source.at(i) != c {
                    ok = false;
                    break;
                }
                i += 1;
            }
            if ok {
                return Some(NameMatch {
                    start: index,
                    end: i,
                    after: skip_gloss(source, i, end),
                    alias,
                    full_name: None,
                });
            }
        }
        None
    }

    /// The first alias in `start..end`.
    fn first_in(&self, source: &Source, start: usize, end: usize) -> Option<NameMatch> {
        (start..end).find_map(|i| self.at(source, i, end))
    }

    /// All aliases in `start..end`, left to right, not overlapping, with
    /// shared names spelled out: "万元GDP能耗、水耗" (水耗 after a full name)
    /// and "城镇、农村居民人均可支配收入" (a prefix before one).
    fn all_in(&self, source: &Source, start: usize, end: usize) -> Vec<NameMatch> {
        let mut out: Vec<NameMatch> = Vec::new();
        let mut i = start;
        while i < end {
            // "万元GDP" is not "GDP": a name must not start inside a longer
            // ASCII token.
            let inside_token = source.at(i).is_ascii_alphabetic()
                && source.at(i.wrapping_sub(1)).is_ascii_alphabetic();
            let found = if inside_token {
                None
            } else {
                self.at(source, i, end)
            };
            match found {
                Some(m) => {
                    if let Some(prefix) = shared_prefix(source, start, &m) {
                        out.push(prefix);
                    }
                    i = m.after;
                    out.push(m);
                }
                None => match out
                    .last()
                    .and_then(|previous| elliptical_at(source, previous, i, end))
                {
                    Some(m) => {
                        i = m.after;
                        out.push(m);
                    }
                    None => i += 1,
                },
            }
        }
        out
    }
}

/// "水耗" right after "万元GDP能耗、": a name that leaves out what it shares
/// with the full name before it.
fn elliptical_at(
    source: &Source,
    previous: &NameMatch,
    index: usize,
    end: usize,
) -> Option<NameMatch> {
    if index != previous.after + 1 || source.at(previous.after) != '、' {
        return None;
    }
    aliases::ELLIPTICAL.iter().find_map(|&(word, key)| {
        let stop = index + word.chars().count();
        let alias = ALIASES.iter().find(|a| a.key == key)?;
        (stop <= end && source.starts_with(index, word)).then_some(NameMatch {
            start: index,
            end: stop,
            after: stop,
            alias,
            full_name: None,
        })
    })
}

/// "城镇、" before "农村居民人均可支配收入": a coordinated prefix that
/// shares the rest of the name; its own alias ("城镇居民人均可支配收入").
fn shared_prefix(source: &Source, start: usize, m: &NameMatch) -> Option<NameMatch> {
    if m.start < start + 2 || source.at(m.start - 1) != '、' {
        return None;
    }
    let name = source.folded(m.start, m.end);
    let (own, rest) = aliases::SHARED_PREFIXES
        .iter()
        .find_map(|p| name.strip_prefix(p).map(|rest| (*p, rest)))?;
    aliases::SHARED_PREFIXES.iter().find_map(|&other| {
        let n = other.chars().count();
        let at = (m.start - 1).checked_sub(n)?;
        if other == own || at < start || !source.starts_with(at, other) {
            return None;
        }
        let full = format!("{other}{rest}");
        let alias = ALIASES.iter().find(|a| a.names.contains(&full.as_str()))?;
        Some(NameMatch {
            start: at,
            end: m.start - 1,
            after: m.start - 1,
            alias,
            full_name: Some(format!(
                "{}{}",
                source.original(at, m.start - 1),
                source.clean(m.end - rest.chars().count(), m.end)
            )),
        })
    })
}
