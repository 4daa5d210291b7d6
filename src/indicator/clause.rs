//! Clauses: one indicator clause read into records — its subjects, then
//! each subject group's predicate, its figures or its statement.
//!
//! # Grammar
//!
//! ```text
//! clause    = "预计"? subjects predicate
//! predicate = (lead value qualifier?)+ | qualitative
//! ```
//!
//! The subjects are read in [`super::names`], each figure in
//! [`super::value`], a predicate with no figure in [`super::statement`].
//!
//! Real clauses:
//!
//! ```text
//! 地区生产总值同比增长 1.1%                      → gdp, growth, 1.1 %, up
//! 地区生产总值801.05亿元,同比增长(以下简称增长)4.5%  → two records: level 801.05 亿元, growth 4.5 %
//! 外贸进出口总额预计1600亿元左右,增长25%左右     → two records, both estimated, 左右
//! 全年力争全区地区生产总值增长8.5%               → the aim before the subject qualifies it: 力争
//! 规模以上工业增加值、固定资产投资分别增长8.1%和6.5%  → one figure to each subject
//! 城镇居民人均可支配收入9865元，农民人均纯收入4128元，分别增长12.4%和百分之十一点二
//!                                                → 9865 元, 4128 元, then one growth to each
//! 城乡居民人均可支配收入分别增长4.3%、6.1%         → income_urban 4.3 %, income_rural 6.1 %
//! 增长6%以上、力争达到7%                          → a floor and a stretch goal: two targets
//! 外贸进出口在对美贸易下降超3成的情况下增长12%     → the adverbial and its figure are skipped
//! 地区生产总值、研发投入强度等目标任务            → names listed (等), no statement
//! ```
//!
//! Without 分别, a subject takes one value per measure: a later one
//! compares it with something else ("高于全市平均水平0.4个百分点"). In
//! prose (not a list item), a clause gives only the report's own headline
//! figures — not "全国…" in a county's report — and a figure that is not
//! the subject's ends its predicate.

use std::cell::OnceCell;

use super::context::{kind_in, Context};
use super::list::skip_punctuation;
use super::names::{group_subjects, split_pair, NameIndex, NameMatch};
use super::statement::states_something;
use super::value::{read_value, Value};
use crate::aliases;
use crate::document::{Indicator, IndicatorKind, Measure};
use crate::quantity::{self, Reading};
use crate::text::{Source, contains_any};

/// How far before a subject an aim may stand ("全年力争全区地区生产总值…").
const AIM_WINDOW: usize = 12;

/// Read the records of one clause. `listed`: the clause is a list item
/// (qualitative statements and unknown names count).
pub(super) fn read_clause(
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
    let readings = readings_outside_names(source, start, end, &matches);
    if !listed && readings.is_empty() && !states_something(&source.folded(start, end)) {
        return Vec::new();
    }
    let clause = Clause {
        source,
        start,
        end,
        context,
        listed,
        estimated: estimated || source.find(start, end, "预计").is_some(),
        readings,
        kind: OnceCell::new(),
    };
    let mut out = Vec::new();
    let groups = group_subjects(source, &matches);
    for g in 0..groups.len() {
        clause.read_group(&groups, g, &mut out);
    }
    out
}

/// The readings of `start..end`, but those inside a name: "十四五" in a
/// plan's name is not a figure.
fn readings_outside_names(
    source: &Source,
    start: usize,
    end: usize,
    matches: &[NameMatch],
) -> Vec<Reading> {
    // Both lists are in text order: one pass.
    let mut next_name = 0;
    quantity::scan_range(source, start, end)
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
        .collect()
}

/// A clause being read: what its subject groups share.
pub(super) struct Clause<'a> {
    pub(super) source: &'a Source<'a>,
    /// After a leading "预计".
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) context: &'a Context,
    /// A list item: qualitative statements and unknown names count.
    pub(super) listed: bool,
    /// The clause says "预计": its figures are estimates.
    estimated: bool,
    /// The figures of the clause, outside its names, in text order.
    pub(super) readings: Vec<Reading>,
    /// The kind the clause itself names, read when first needed.
    kind: OnceCell<Option<IndicatorKind>>,
}

impl Clause<'_> {
    /// Read subject group `g` of `groups`: its predicate runs to the next
    /// group.
    fn read_group(&self, groups: &[Vec<&NameMatch>], g: usize, out: &mut Vec<Indicator>) {
        let source = self.source;
        let group = &groups[g];
        let predicate_start = group.last().map_or(self.start, |m| m.after);
        let next_start = groups
            .get(g + 1)
            .and_then(|next| next.first())
            .map_or(self.end, |m| m.start);
        let predicate_end = piece_end(source, predicate_start, next_start);
        // "A等目标任务": names listed, not a subject; "实际使用外资占全国份额
        // …": the subject is a share of the indicator, not the indicator.
        let opens = |w: &str| source.starts_with(predicate_start, w);
        if opens("等") || (opens("占") && group[0].alias.default_measure != Measure::Share) {
            return;
        }
        // "外贸进出口在对美贸易下降超3成的情况下增长12%": the predicate
        // starts after the adverbial, and its figures are not the subject's.
        let predicate_start = after_adverbial(source, predicate_start, predicate_end);
        // Readings are in text order and do not overlap.
        let first_own = self.readings.partition_point(|r| r.start < predicate_start);
        let mut own: Vec<&Reading> = self.readings[first_own..]
            .iter()
            .take_while(|r| r.end <= predicate_end)
            .collect();
        if !self.listed && !group.iter().all(|m| m.alias.headline) {
            return;
        }
        if !self.listed
            && !is_own_figure(
                source,
                self.start,
                group[0].start,
                self.context.region.as_deref(),
            )
        {
            return;
        }
        let kind = self.kind();
        let predicate = (predicate_start, predicate_end);
        // "城乡居民人均可支配收入分别增长4.3%、6.1%": 城镇… and 农村….
        if group.len() == 1
            && source
                .find(predicate_start, predicate_end, "分别")
                .is_some()
        {
            if let Some(pair) = split_pair(source, group[0]) {
                if !own.is_empty() && own.len() % 2 == 0 {
                    self.read_figures(&[&pair[0], &pair[1]], predicate, &own, kind, out);
                    return;
                }
            }
        }
        if group.len() == 1 {
            self.read_respectively_across(groups, g, predicate, &mut own, kind, out);
        }
        if own.is_empty() {
            self.read_statement(group, predicate, kind, out);
        } else {
            self.read_figures(group, predicate, &own, kind, out);
        }
    }

    /// The kind the context names, else the one the clause names.
    fn kind(&self) -> Option<IndicatorKind> {
        self.context.kind.or_else(|| {
            *self
                .kind
                .get_or_init(|| kind_in(&self.source.folded(self.start, self.end)))
        })
    }

    /// A record of subject `m`, with no value yet.
    pub(super) fn record(&self, m: &NameMatch, kind: Option<IndicatorKind>) -> Indicator {
        let source = self.source;
        Indicator {
            key: Some(m.alias.key.to_string()),
            name: m
                .full_name
                .clone()
                .unwrap_or_else(|| source.clean(m.start, m.end)),
            role: self.context.role,
            year: self.context.year,
            measure: Measure::Qualitative,
            value: None,
            upper: None,
            unit: None,
            direction: None,
            qualifier: None,
            kind,
            estimated: self.estimated,
            text: String::new(),
            span: source.span(m.start, m.end),
        }
    }

    /// "A 9865元，B 4128元，分别增长12.4%和11.2%": the 分别 readings after
    /// the last subject go one to each subject, in order. `own` keeps the
    /// readings before them.
    fn read_respectively_across(
        &self,
        groups: &[Vec<&NameMatch>],
        g: usize,
        (predicate_start, predicate_end): (usize, usize),
        own: &mut Vec<&Reading>,
        kind: Option<IndicatorKind>,
        out: &mut Vec<Indicator>,
    ) {
        let source = self.source;
        let Some(at) = source.find(predicate_start, predicate_end, "分别") else {
            return;
        };
        let split = own.partition_point(|r| r.start < at);
        let n = own.len() - split;
        let subjects = (g + 1).checked_sub(n).map(|first| &groups[first..=g]);
        let Some(subjects) =
            subjects.filter(|s| split >= 1 && n >= 2 && s.iter().all(|group| group.len() == 1))
        else {
            return;
        };
        let lead = source.folded(at, own[split].start);
        for (subject, reading) in subjects.iter().map(|s| s[0]).zip(&own[split..]) {
            let Some(value) = read_value(source, reading, &lead, subject.alias, !self.listed)
            else {
                continue;
            };
            let text_end = own[own.len() - 1].end.max(value.end);
            out.push(value.fill(self.record(subject, kind), source, at, text_end));
        }
        own.truncate(split);
    }

    /// The figures of a group: its own readings, each read with the words
    /// before it.
    fn read_figures(
        &self,
        group: &[&NameMatch],
        (predicate_start, predicate_end): (usize, usize),
        own: &[&Reading],
        kind: Option<IndicatorKind>,
        out: &mut Vec<Indicator>,
    ) {
        let source = self.source;
        let aim_before = self.aim_before(group[0].start);
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
                group.to_vec()
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
            // "增长6%以上、力争达到7%": a stretch goal after the floor is a
            // second target of the same measure.
            let stretch = contains_any(&lead, aliases::AIMS_BEFORE_SUBJECT);
            let value = read_value(source, reading, &lead, subjects[0].alias, !self.listed)
                .filter(|v| respectively || stretch || !measures_taken.contains(&v.measure));
            let Some(value) = value else {
                // In prose, a figure that is not the subject's ends its predicate.
                if !self.listed {
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
                out.push(value.fill(self.record(m, kind), source, text_start, text_end));
            }
            lead_start = text_end;
        }
    }

    /// "全年力争全区地区生产总值增长8.5%": an aim stated before the
    /// subject qualifies its figures.
    fn aim_before(&self, subject_start: usize) -> Option<String> {
        let source = self.source;
        let aim_from = self.start.max(subject_start.saturating_sub(AIM_WINDOW));
        let piece_start = (aim_from..subject_start)
            .rev()
            .find(|&i| matches!(source.at(i), ',' | ';' | '。' | ':'))
            .map_or(aim_from, |i| i + 1);
        aliases::AIMS_BEFORE_SUBJECT
            .iter()
            .find(|w| source.find(piece_start, subject_start, w).is_some())
            .map(|w| w.to_string())
    }
}

/// The end of an adverbial "在……情况下" opening the predicate at `start`,
/// else `start`.
fn after_adverbial(source: &Source, start: usize, end: usize) -> usize {
    if !source.starts_with(start, aliases::ADVERBIAL_OPEN) {
        return start;
    }
    let stop = end.min(start + aliases::ADVERBIAL_MAX);
    (start..stop)
        .take_while(|&i| !matches!(source.at(i), ',' | '。' | ';'))
        .find_map(|i| {
            aliases::ADVERBIAL_ENDS
                .iter()
                .find(|w| source.starts_with(i, w))
                .map(|w| i + w.chars().count())
        })
        .filter(|&after| after <= end)
        .unwrap_or(start)
}

/// Where the subject's predicate ends: at a comma after which a new
/// subject speaks ("A增长5%，B增长4%", "…，全员劳动生产率达58万元"), not a
/// predicate of the same subject ("，同比增长4.5%", "，分别增长…").
/// Each character is read once.
fn piece_end(source: &Source, start: usize, end: usize) -> usize {
    (start..end)
        .find(|&i| source.at(i) == ',' && !continues_predicate(source, i + 1, end))
        .unwrap_or(end)
}

/// Does the text at `at` go on with a predicate: a verb, a qualifier or
/// a figure?
fn continues_predicate(source: &Source, at: usize, end: usize) -> bool {
    let at = (at..end)
        .find(|&i| !crate::text::is_blank(source.at(i)))
        .unwrap_or(end);
    if at >= end {
        return true;
    }
    let c = source.at(at);
    c.is_ascii_digit()
        || aliases::PREDICATE_STARTS
            .iter()
            .chain(aliases::QUALIFIERS_BEFORE)
            .chain(aliases::GROWTH_VERBS)
            .any(|w| source.starts_with(at, w))
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
