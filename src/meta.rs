//! Metadata: title, region, issuer, publish date, meeting, the years
//! reviewed and planned, and the document type.
//!
//! # Grammar
//!
//! The *head* of a report — what stands before its first sentence of prose —
//! is read as a sequence of items, whether it comes in lines or flattened
//! onto one line:
//!
//! ```text
//! head     = (chrome | title | meeting | issuer | date-line | junk)* salutation? body
//! chrome   = breadcrumb | field | widget | notice | remnant   ; see crate::chrome
//! title    = run with a title word, ending with an end word   ; 关于…的报告
//! meeting  = ("——" | "(")? date? "在" … ("会议上" | "会上") ")"?
//! issuer   = run ending with an organisation word            ; 坪山区发展和改革局
//! date-line = date                                           ; 2024年3月20日
//! salutation = 各位代表 | 同志们 …
//! run      = text up to a chrome item, "——", a salutation or a punctuation cut
//! body     = a run cut by "," or "。" (prose), or an outline marker
//! ```
//!
//! Real heads:
//!
//! ```text
//! 首页 > 政务公开 > 规划计划 > 发展规划
//! 关于深圳市坪山区2020年国民经济和社会发展计划执行情况与2021年计划草案的报告   ← title
//! 信息来源:坪山区发展和改革局 发布时间:2021-02-19 11:53:58                  ← issuer, date
//!   关于深圳市坪山区2020年国民经济和社会发展计划执行情况与2021年计划草案的报告 ← title again
//!   ——2021年1月26日在深圳市坪山区第一届人民代表大会第七次会议上            ← meeting
//! 坪山区发展和改革局                                                       ← issuer line
//! 各位代表:                                                                ← salutation
//! ```
//!
//! ```text
//! 龙华区发展和改革局2021年总结以及2022年工作思路来源:龙华区发展和改革局日期:2022年02月09日【字体:文件已失效  2021年,在区委…
//! ```
//! is the same grammar flattened: the title run is cut at the field label
//! "来源:", the status notice "文件已失效" is read as such, and "2021年,"
//! opens the body. A title glued to the body ("…计划（草案）的报告2020 年是…")
//! ends after the first end word ([`words::TITLE_END_WORDS`]) that no
//! continuation word ([`words::TITLE_CONTINUATIONS`]) follows: "计划|执行情况"
//! goes on, "的报告|2020 年是" stops. Words may be broken by a hard wrap or a
//! stray space ("的报\n告"); see [`crate::keyword::word_at`].
//!
//! The region ([`crate::region`]), the years ([`years`]) and the document
//! type are then read from the title first, and from the meeting, the
//! fields, the headings and the body when the title does not say.

mod date;
mod words;
mod years;

use crate::block::Layout;
use crate::chrome::{self, FieldKind, ItemKind};
use crate::document::{DocType, Meta};
use crate::keyword::{any_word_at, any_word_in, find_word, word_at};
use crate::marker::{self, MarkerStyle};
use crate::outline::Outline;
use crate::region;
use crate::text::{is_blank, is_han, is_line_break, is_sentence_end, is_space, Source};
use date::{date_at, Date};
use words::*;
use years::{Votes, YearRole};

/// How far the head may reach (code points) past the first line that is
/// not chrome: a copied page may open with long menus.
const HEAD_MAX: usize = 6000;
/// Longest run read as one item.
const RUN_MAX: usize = 200;
/// Longest title (code points, spaces included).
const TITLE_MAX: usize = 120;
/// Longest issuer line.
const ISSUER_MAX: usize = 40;
/// How far the meeting line may run from its start to 会议上.
const MEETING_MAX: usize = 80;
/// How much of the text is searched for a region or document-type words
/// when the title does not say.
const BODY_SCAN_MAX: usize = 30000;

/// Read the metadata of a text.
pub(crate) fn extract(source: &Source, layout: &Layout, outline: &Outline) -> Meta {
    let mut head = Head::scan(source, layout);
    let mut title = head.best_title();
    if head.meeting.is_none() {
        // A report quoted after a preamble (a newspaper's lead, an editor's
        // note): its title is the line above its meeting line.
        if let Some((t, m)) = embedded_header(source, layout, outline) {
            title = Some(t);
            head.meeting = Some((m.start, m.end));
            head.meeting_date = m.date;
        }
    }
    let mut meta = Meta::default();
    if let Some((s, e)) = title {
        meta.title = Some(source.clean(s, e)).filter(|t| !t.is_empty());
        meta.title_span = Some(source.span(s, e));
    }
    meta.doc_type = doc_type(source, outline, title);
    meta.meeting = head.meeting.map(|(s, e)| source.clean(s, e));
    meta.issuer = head.issuer(source);
    meta.publish_date = head.publish_date().and_then(|d| d.iso());
    meta.status = head.status.map(|(s, e)| source.clean(s, e));
    meta.region = region(source, &head, title);
    meta.source = head.source_field.map(|(s, e)| source.clean(s, e));
    if meta.issuer.is_none() && meta.doc_type == DocType::GovWorkReport {
        meta.issuer = meta.region.as_deref().and_then(government_of);
    }
    let (reviewed, planned) = years(source, outline, &head, title, meta.doc_type);
    meta.year_reviewed = reviewed;
    meta.year_planned = planned;
    meta
}

// ---------------------------------------------------------------------------
// The head
// ---------------------------------------------------------------------------

/// A title candidate: `start..end` and a score.
#[derive(Clone, Copy, Debug)]
struct TitleCandidate {
    start: usize,
    end: usize,
    score: u32,
    /// The candidate ends its block (a title may continue on the next line).
    ends_block: bool,
    /// The block it ends in.
    block: usize,
}

/// What the head holds.
#[derive(Default)]
struct Head {
    titles: Vec<TitleCandidate>,
    field_title: Option<(usize, usize)>,
    field_issuer: Option<(usize, usize)>,
    /// A medium named by 来源 (a newspaper, a site): where the copy came from.
    source_field: Option<(usize, usize)>,
    issuer_line: Option<(usize, usize)>,
    tail_issuer: Option<(usize, usize)>,
    publish_field: Option<Date>,
    written_field: Option<Date>,
    date_line: Option<Date>,
    tail_date: Option<Date>,
    meeting: Option<(usize, usize)>,
    meeting_date: Option<Date>,
    status: Option<(usize, usize)>,
    /// Where the body's first prose starts.
    body_start: Option<usize>,
    /// The block being read.
    block: usize,
    /// Where reading goes on after an item that ran past its block.
    resume_at: usize,
    /// Where the head ends at the latest.
    limit: Option<usize>,
}

/// Whether the head goes on after a block.
enum Flow {
    Continue,
    Stop(usize),
}

impl Head {
    fn scan(source: &Source, layout: &Layout) -> Head {
        let mut head = Head::default();
        let mut stopped = false;
        for (index, block) in layout.blocks.iter().enumerate() {
            head.block = index;
            if block.chrome {
                head.read_chrome(source, block.start, block.end);
                continue;
            }
            if stopped {
                continue;
            }
            let limit = *head
                .limit
                .get_or_insert(block.start.saturating_add(HEAD_MAX));
            if block.start > limit {
                stopped = true;
                continue;
            }
            if block.end <= head.resume_at {
                continue;
            }
            let mut start = block.start.max(head.resume_at);
            if let Some(stop) = head.continue_title(source, start, block.end) {
                start = stop;
            }
            if let Flow::Stop(at) = head.tokenize(source, start, block.end) {
                head.body_start = Some(at);
                stopped = true;
            }
        }
        head.read_tail(source, layout);
        head
    }

    /// Read every chrome item of a chrome line.
    fn read_chrome(&mut self, source: &Source, start: usize, end: usize) {
        let mut i = start;
        while i < end {
            if let Some(item) = chrome::item_at(source, i, end) {
                self.take_item(source, item);
                i = item.end.max(i + 1);
            } else if let Some((date, e)) = date_at(source, i, end) {
                // An unlabelled date in a page-info line: "2023-03-01 10:20 来源:…".
                if date.day.is_some() && self.date_line.is_none() {
                    self.date_line = Some(date);
                }
                i = e.max(i + 1);
            } else {
                i += 1;
            }
        }
    }

    /// Record what a chrome item says (the first of each kind wins).
    fn take_item(&mut self, source: &Source, item: chrome::Item) {
        match item.kind {
            ItemKind::Field {
                kind,
                value_start,
                value_end,
            } => {
                let (vs, ve) = source.trim(value_start, value_end);
                if vs >= ve {
                    return;
                }
                match kind {
                    FieldKind::PublishDate => {
                        if self.publish_field.is_none() {
                            self.publish_field = date_at(source, vs, ve)
                                .map(|d| d.0)
                                .filter(|d| d.day.is_some());
                        }
                    }
                    FieldKind::WrittenDate => {
                        if self.written_field.is_none() {
                            self.written_field = date_at(source, vs, ve)
                                .map(|d| d.0)
                                .filter(|d| d.day.is_some());
                        }
                    }
                    FieldKind::Issuer => {
                        let named = (vs..ve).any(|j| is_han(source.at(j)))
                            && !NON_ISSUERS
                                .iter()
                                .any(|w| word_at(source, vs, ve, w) == Some(ve));
                        if named && is_medium(source, vs, ve) {
                            self.source_field = self.source_field.or(Some((vs, ve)));
                        } else if self.field_issuer.is_none() && named {
                            self.field_issuer = Some((vs, ve));
                        }
                    }
                    FieldKind::Title => {
                        if self.field_title.is_none() {
                            self.field_title = Some((vs, ve));
                        }
                    }
                    FieldKind::Status => {
                        if self.status.is_none() {
                            self.status = Some((vs, ve));
                        }
                    }
                    FieldKind::Other => {}
                }
            }
            ItemKind::Notice if self.status.is_none() => {
                self.status = Some((item.start, item.end));
            }
            _ => {}
        }
    }

    /// A title broken over two lines ("关于…计划执行情况" / "与2024年计划草案的
    /// 报告"): extend the last candidate with the first run of this block
    /// when it needs more. Returns where the block's reading goes on.
    fn continue_title(&mut self, source: &Source, start: usize, end: usize) -> Option<usize> {
        let last = self.titles.last().copied()?;
        if !last.ends_block || last.block + 1 != self.block {
            return None;
        }
        let start = skip_separators(source, start, end);
        if chrome::item_at(source, start, end).is_some()
            || meeting_at(source, start, source.len()).is_some()
            || any_word_at(source, start, end, SALUTATIONS).is_some()
            || marker::at_line_start(source, start, end)
        {
            return None;
        }
        let (stop, cut) = run_end(source, start, end);
        let (a, b) = strip_title(source, start, stop);
        if a >= b || b - a > 60 || cut.is_some_and(|c| c != '|') {
            return None;
        }
        let needs_more = {
            let opens_with_guanyu = word_at(source, last.start, last.end, "关于").is_some();
            let has_report = find_word(source, last.start, last.end, "报告").is_some();
            let tail = source.at(last.end - 1);
            // "…与2023年计" + "划": only the joined text ends like a title.
            let completes = !ends_like_title(source, last.start, last.end)
                && ends_like_title(source, last.start, b);
            opens_with_guanyu && !has_report
                || matches!(tail, '与' | '和' | '及' | '暨' | '、' | '的' | '于')
                || completes
        };
        if !needs_more {
            return None;
        }
        let block = self.block;
        let block_end = source.trim(start, end).1;
        if let Some(candidate) = self.titles.last_mut() {
            candidate.end = b;
            candidate.block = block;
            candidate.ends_block = stop >= block_end;
            candidate.score = title_score(source, candidate.start, b);
        }
        Some(stop)
    }

    /// Read the items of one non-chrome block of the head.
    fn tokenize(&mut self, source: &Source, start: usize, end: usize) -> Flow {
        let mut i = start;
        while i < end {
            i = skip_separators(source, i, end);
            if i >= end {
                break;
            }
            if self.limit.is_some_and(|limit| i > limit) {
                return Flow::Stop(i);
            }
            if let Some(item) = chrome::item_at(source, i, end) {
                self.take_item(source, item);
                i = item.end.max(i + 1);
                continue;
            }
            // A meeting line may run on to the next line: read it to the end.
            if let Some(m) = meeting_at(source, i, source.len()) {
                if self.meeting.is_none() {
                    self.meeting = Some((m.start, m.end));
                    self.meeting_date = m.date;
                }
                self.resume_at = m.next;
                i = m.next.max(i + 1);
                continue;
            }
            if source.at(i) == '—' {
                // A dash that opens no meeting line: a subtitle separator.
                while i < end && source.at(i) == '—' {
                    i += 1;
                }
                continue;
            }
            if any_word_at(source, i, end, SALUTATIONS).is_some() {
                return Flow::Stop(i);
            }
            if let Some((date, e)) = date_at(source, i, end).filter(|(d, _)| d.day.is_some()) {
                // A date standing alone in the head, maybe with its time:
                // "2024年3月20日", "2024-03-05 10:20:11".
                self.take_date(date);
                i = skip_time(source, e, end).max(i + 1);
                continue;
            }
            if let Some(m) = marker::parse(source, i, end) {
                if !m.digit_follows && !matches!(m.style, MarkerStyle::Dash | MarkerStyle::Bullet) {
                    return Flow::Stop(i);
                }
            }
            let (run_end, cut) = run_end(source, i, end);
            let (a, b) = source.trim(i, run_end);
            let block_end = source.trim(start, end).1;
            // A stop that closes its block ("…的报告。" on a line of its own)
            // ends a title as well as a sentence; one with text after it is prose.
            let prose_cut = matches!(cut, Some(',' | '。' | ';' | '!' | '?'))
                && !(cut == Some('。') && run_end + 1 >= block_end);
            if a < b {
                let stop_cut = cut == Some('。');
                match self.classify(source, a, b, prose_cut, stop_cut, b == block_end) {
                    Classified::Title(t) | Classified::Consumed(t) => {
                        i = t.max(i + 1);
                        continue;
                    }
                    Classified::Prose => return Flow::Stop(a),
                    Classified::Other => {}
                }
            }
            i = run_end.max(i + 1);
            if cut.is_some_and(|c| matches!(c, ',' | '。' | ';' | '!' | '?' | ':' | '|')) {
                i += 1;
            }
        }
        Flow::Continue
    }

    /// Classify the run `a..b` (trimmed).
    fn classify(
        &mut self,
        source: &Source,
        a: usize,
        b: usize,
        prose_cut: bool,
        stop_cut: bool,
        ends_block: bool,
    ) -> Classified {
        let len = b - a;
        let has_keyword =
            len <= TITLE_MAX && (a..b).any(|j| any_word_at(source, j, b, TITLE_KEYWORDS).is_some());
        if has_keyword {
            let end_at = title_end(source, a, b);
            // A title cut out of a longer run must look like one: a year,
            // 关于 or 报告/公报 (not "常州市计划|委员会主任").
            let end_at = end_at.filter(|&t| t == b || looks_like_title(source, a, t));
            match end_at {
                // A title does not run into a sentence, except one closed by
                // 。 in a flattened text ("…2024年度工作计划。2023年，我局…")
                // when it opens as titles do.
                Some(t) if !(prose_cut && t == b) || stop_cut && opens_like_title(source, a, t) => {
                    let ends_block = ends_block && t == b;
                    self.push_title(source, a, t, ends_block);
                    return Classified::Title(t);
                }
                None if !prose_cut && ends_block && len <= 60 => {
                    self.push_title(source, a, b, true);
                    return Classified::Title(b);
                }
                _ => {}
            }
        }
        if prose_cut {
            // A flattened head glues the signing body and its date to the
            // first sentence: "…统计公报|上海市浦东新区统计局|2024年3月28日|2023年,…".
            if let Some(q) = issuer_end(source, a, b).filter(|&q| q < b) {
                if region::region_at(source, a, q).is_some() {
                    self.issuer_line = self.issuer_line.or(Some((a, q)));
                    return Classified::Consumed(q);
                }
            }
            return Classified::Prose;
        }
        if let Some(org_end) = issuer_end(source, a, b) {
            if self.issuer_line.is_none() {
                self.issuer_line = Some((a, org_end));
            }
            return Classified::Other;
        }
        if let Some(date) = date_line(source, a, b) {
            self.take_date(date);
            return Classified::Other;
        }
        if len > 60 {
            return Classified::Prose;
        }
        Classified::Other
    }

    /// A date standing alone in the head.
    fn take_date(&mut self, date: Date) {
        if self.meeting.is_some() && self.meeting_date.is_none() {
            // "在…会议上" then "(2024年1月15日)": the meeting's date.
            self.meeting_date = Some(date);
        } else if self.date_line.is_none() {
            self.date_line = Some(date);
        }
    }

    fn push_title(&mut self, source: &Source, start: usize, end: usize, ends_block: bool) {
        let (start, end) = strip_title(source, start, end);
        if end <= start {
            return;
        }
        let score = title_score(source, start, end);
        let block = self.block;
        self.titles.push(TitleCandidate {
            start,
            end,
            score,
            ends_block,
            block,
        });
    }

    /// The last lines of the text: a signing body and a date.
    fn read_tail(&mut self, source: &Source, layout: &Layout) {
        let body: Vec<_> = layout.blocks.iter().filter(|b| !b.chrome).collect();
        let head_end = self.body_start.unwrap_or(0);
        for block in body.iter().rev().take(4) {
            if block.start <= head_end || block.end - block.start > ISSUER_MAX {
                continue;
            }
            let (a, b) = source.trim(block.start, block.end);
            if self.tail_date.is_none() {
                if let Some(d) = date_line(source, a, b) {
                    self.tail_date = Some(d);
                    continue;
                }
            }
            if self.tail_issuer.is_none() {
                if let Some(e) = issuer_end(source, a, b) {
                    self.tail_issuer = Some((a, e));
                }
            }
        }
    }

    /// The best title: the highest score, the first among equals; else a
    /// title field.
    fn best_title(&self) -> Option<(usize, usize)> {
        let mut best: Option<TitleCandidate> = None;
        for t in &self.titles {
            if t.score >= MIN_TITLE_SCORE && best.is_none_or(|b| t.score > b.score) {
                best = Some(*t);
            }
        }
        best.map(|t| (t.start, t.end)).or(self.field_title)
    }

    fn issuer(&self, source: &Source) -> Option<String> {
        self.field_issuer
            .or(self.issuer_line)
            .or(self.tail_issuer)
            .map(|(s, e)| source.clean(s, e))
    }

    fn publish_date(&self) -> Option<Date> {
        let not_meeting = |d: &Date| Some(*d) != self.meeting_date;
        self.publish_field
            .or(self.written_field)
            .or(self.date_line.filter(not_meeting))
            .or(self.tail_date.filter(not_meeting))
    }
}

/// What a run of the head is.
enum Classified {
    /// A title ending at the index given.
    Title(usize),
    /// Something read up to the index given; the head goes on there.
    Consumed(usize),
    Prose,
    Other,
}

/// Skip white space and separators between head items.
fn skip_separators(source: &Source, mut i: usize, end: usize) -> usize {
    while i < end {
        let c = source.at(i);
        if is_blank(c) || matches!(c, '|' | '*' | '#' | '>' | '·' | '/' | ':') {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// The end of the run at `at` and the character that cut it (None at the
/// block end or before a chrome item, a dash or a salutation).
fn run_end(source: &Source, at: usize, end: usize) -> (usize, Option<char>) {
    let mut j = at;
    while j < end && j - at < RUN_MAX {
        let c = source.at(j);
        if matches!(c, '。' | '!' | '?' | ';' | ',' | ':' | '|') {
            return (j, Some(c));
        }
        if j > at {
            if c == '—' && source.at(j + 1) == '—' {
                return (j, None);
            }
            // "…的报告(2024年1月15日在…会议上)": the meeting is no part of the title.
            if c == '(' && meeting_at(source, j, source.len()).is_some() {
                return (j, None);
            }
            let item_can_start = is_han(c) || matches!(c, '【' | '[' | '<' | '!');
            if item_can_start
                && (chrome::item_at(source, j, end).is_some()
                    || any_word_at(source, j, end, SALUTATIONS).is_some())
            {
                return (j, None);
            }
        }
        j += 1;
    }
    (j, None)
}

/// Does `a..b` end with a title end word or a bracketed note?
fn ends_like_title(source: &Source, a: usize, b: usize) -> bool {
    matches!(source.at(b.saturating_sub(1)), ')' | '》')
        || TITLE_END_WORDS
            .iter()
            .any(|w| crate::keyword::ends_with_word(source, a, b, w))
}

/// Where a title run `a..b` ends: at `b` when it ends with an end word (or
/// a bracketed note such as "(草案)"), else after the first end word that no
/// continuation follows.
fn title_end(source: &Source, a: usize, b: usize) -> Option<usize> {
    let last = source.at(b - 1);
    if last == ')' || last == '》' {
        return Some(b);
    }
    if TITLE_END_WORDS
        .iter()
        .any(|w| crate::keyword::ends_with_word(source, a, b, w))
    {
        return Some(b);
    }
    let mut p = a;
    while p < b {
        if let Some((_, q)) = any_word_at(source, p, b, TITLE_END_WORDS) {
            let next = skip_inline_spaces(source, q, b);
            if q - a >= 4 && any_word_at(source, next, b, TITLE_CONTINUATIONS).is_none() {
                // "…2024年计划草" at a line end: a word broken by the wrap
                // goes on, and so does the title.
                if broken_word_at(source, next, b) {
                    return Some(b);
                }
                return Some(q);
            }
            p = q;
            continue;
        }
        p += 1;
    }
    None
}

/// Is `at..end` (one to three characters) the start of a longer title word
/// ("草" of 草案, "报" of 报告), as a hard wrap leaves it?
fn broken_word_at(source: &Source, at: usize, end: usize) -> bool {
    if end.saturating_sub(at) > 8 {
        return false;
    }
    let piece: Vec<char> = (at..end)
        .map(|j| source.at(j))
        .filter(|c| !is_blank(*c))
        .collect();
    let mut after = end;
    while after < source.len() && is_space(source.at(after)) {
        after += 1;
    }
    let at_line_end = after >= source.len() || is_line_break(source.at(after));
    if piece.is_empty() || piece.len() > 3 || !at_line_end {
        return false;
    }
    TITLE_CONTINUATIONS
        .iter()
        .chain(TITLE_END_WORDS)
        .any(|w| w.chars().count() > piece.len() && w.chars().zip(&piece).all(|(a, b)| a == *b))
}

/// Drop markdown and quote marks around a title: `# `, `**`, `《》`.
fn strip_title(source: &Source, mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end && matches!(source.at(start), '#' | '*' | '《' | ' ' | '\t' | '>') {
        start += 1;
    }
    while end > start && matches!(source.at(end - 1), '*' | '》' | ' ' | '\t' | '。') {
        end -= 1;
    }
    (start, end)
}

/// Does `a..b` open as a title does (关于, a place, a year) and end with a
/// title word?
fn opens_like_title(source: &Source, a: usize, b: usize) -> bool {
    let opens = word_at(source, a, b, "关于").is_some()
        || region::region_at(source, a, b).is_some()
        || date::year_at(source, a, b).is_some();
    opens && ends_like_title(source, a, b)
}

/// Does `a..b` carry what a report title carries: a year, 关于, 报告 or 公报?
fn looks_like_title(source: &Source, a: usize, b: usize) -> bool {
    years::any_year(source, a, b)
        || any_word_in(source, a, b, &["关于", "报告", "公报"])
}

/// The least score a title candidate needs.
const MIN_TITLE_SCORE: u32 = 2;

/// How much a candidate looks like a report title.
fn title_score(source: &Source, start: usize, end: usize) -> u32 {
    let len = (start..end).filter(|&j| !is_blank(source.at(j))).count();
    if len < 4 {
        return 0;
    }
    let mut score = 0;
    if years::any_year(source, start, end) {
        score += 3;
    }
    if region::in_title(source, start, end).is_some() {
        score += 2;
    }
    if word_at(source, start, end, "关于").is_some() {
        score += 2;
    }
    let strong = [
        "报告", "公报", "计划", "总结", "思路", "要点", "纲要", "(草案)", "草案", "安排",
    ];
    if strong
        .iter()
        .any(|w| crate::keyword::ends_with_word(source, start, end, w))
    {
        score += 2;
    }
    if len >= 8 {
        score += 1;
    }
    score
}

/// The end of the issuing body that a short run `a..b` names, if it does:
/// "坪山区发展和改革局", "深圳市人民政府 市长 覃伟中" (→ 深圳市人民政府).
fn issuer_end(source: &Source, a: usize, b: usize) -> Option<usize> {
    if b - a > ISSUER_MAX || !is_han(source.at(a)) {
        return None;
    }
    // The first organisation word ends the body's name: "…发展和改革局|局长".
    let q = (a + 2..b).find_map(|p| any_word_at(source, p, b, ORG_SUFFIXES).map(|(_, q)| q))?;
    // A name is one word: no clause of a sentence ("现在，我代表省人民政府，…").
    let named = (a..q).all(|i| is_han(source.at(i)) || matches!(source.at(i), '(' | ')'))
        && !matches!(source.at(a), '我' | '本');
    named.then_some(q)
}

/// A run that is only a date ("2024年3月20日", "(2024年1月15日)").
fn date_line(source: &Source, a: usize, b: usize) -> Option<Date> {
    let start = if matches!(source.at(a), '(' | '[') {
        a + 1
    } else {
        a
    };
    let (d, e) = date_at(source, start, b)?;
    let rest = skip_inline_spaces(source, e, b);
    (rest >= b || rest + 1 == b && matches!(source.at(rest), ')' | ']')).then_some(d)
}

/// The header of a report that follows a preamble: a meeting line on a
/// line of its own before the first heading, and the title-like line
/// above it ("政府工作报告（摘要）" / "——2024年1月23日在…会议上").
fn embedded_header(
    source: &Source,
    layout: &Layout,
    outline: &Outline,
) -> Option<((usize, usize), Meeting)> {
    let first_heading = outline.headings.first().map_or(source.len(), |h| h.start);
    let blocks: Vec<_> = layout
        .blocks
        .iter()
        .filter(|b| !b.chrome && b.start < first_heading)
        .collect();
    for (i, block) in blocks.iter().enumerate().skip(1) {
        let Some(m) = meeting_at(source, block.start, block.end) else {
            continue;
        };
        let above = blocks[i - 1];
        let (a, b) = source.trim(above.start, above.end);
        if b > a
            && b - a <= TITLE_MAX
            && !is_sentence_end(source.at(b - 1))
            && looks_like_title(source, a, b)
        {
            return Some(((a, b), m));
        }
    }
    None
}

/// A meeting line at `at`.
struct Meeting {
    start: usize,
    end: usize,
    date: Option<Date>,
    /// Where the head goes on.
    next: usize,
}

/// "——2021年1月26日在深圳市坪山区第一届人民代表大会第七次会议上",
/// "(2024年1月15日在深圳市第七届人民代表大会第五次会议上)".
fn meeting_at(source: &Source, at: usize, end: usize) -> Option<Meeting> {
    let mut i = at;
    let mut opened = false;
    let mut paren = false;
    while i < end && source.at(i) == '—' {
        i += 1;
        opened = true;
    }
    if !opened && matches!(source.at(i), '(' | '[') {
        i += 1;
        paren = true;
    }
    i = skip_blank(source, i, end);
    let start = i;
    let mut date = None;
    if let Some((d, e)) = date_at(source, i, end) {
        date = Some(d);
        i = skip_blank(source, e, end);
    }
    word_at(source, i, end, "在")?;
    let limit = end.min(i + MEETING_MAX);
    let mut j = i;
    let mut stop = None;
    while j < limit {
        let c = source.at(j);
        if is_sentence_end(c) || c == ',' {
            break;
        }
        if let Some(e) =
            crate::keyword::first_word_at(source, j, end, &["会议上", "大会上", "会上"])
        {
            stop = Some(e);
            break;
        }
        j += 1;
    }
    let stop = stop?;
    if !(opened || paren || date.is_some()) && find_word(source, i, stop, "代表大会").is_none()
    {
        return None;
    }
    let mut next = stop;
    if paren && matches!(source.at(skip_blank(source, next, end)), ')' | ']') {
        next = skip_blank(source, next, end) + 1;
    }
    Some(Meeting {
        start,
        end: stop,
        date,
        next,
    })
}

/// Skip a time of day after a date: " 10:20:11", "10:20".
fn skip_time(source: &Source, at: usize, end: usize) -> usize {
    let mut i = skip_inline_spaces(source, at, end);
    let start = i;
    while i < end && (source.at(i).is_ascii_digit() || source.at(i) == ':') {
        i += 1;
    }
    if i > start && (start..i).any(|j| source.at(j) == ':') {
        i
    } else {
        at
    }
}

fn skip_blank(source: &Source, mut i: usize, end: usize) -> usize {
    while i < end && is_blank(source.at(i)) {
        i += 1;
    }
    i
}

fn skip_inline_spaces(source: &Source, mut i: usize, end: usize) -> usize {
    while i < end && (is_space(source.at(i)) || is_line_break(source.at(i))) {
        i += 1;
    }
    i
}

// ---------------------------------------------------------------------------
// Region, type, years
// ---------------------------------------------------------------------------

/// The region: from the title, the meeting, the issuer, else the most
/// frequent unit in the body.
fn region(source: &Source, head: &Head, title: Option<(usize, usize)>) -> Option<String> {
    let found = title
        .and_then(|(s, e)| region::in_title(source, s, e))
        .or_else(|| {
            head.meeting
                .and_then(|(s, e)| region::in_title(source, s, e))
        })
        .or_else(|| {
            let issuer = head.field_issuer.or(head.issuer_line)?;
            region::region_at(source, issuer.0, issuer.1).map(|e| (issuer.0, e))
        })
        .or_else(|| {
            let start = head.body_start.unwrap_or(0);
            let end = source.len().min(start + BODY_SCAN_MAX);
            region::most_frequent(source, start, end)
        })?;
    Some(source.clean(found.0, found.1))
}

/// The document type: from the title's words, else from the body's.
/// Does the field value `start..end` name a medium (浙江日报, 新华网, 学习强国客户端)?
fn is_medium(source: &Source, start: usize, end: usize) -> bool {
    let (start, end) = source.trim(start, end);
    let value: String = source.folded(start, end);
    MEDIA_ENDINGS.iter().any(|w| value.ends_with(w))
}

/// The government of a region that has one: 浙江省 → 浙江省人民政府. A
/// 政府工作报告 is that government's report, whoever printed the copy.
fn government_of(region: &str) -> Option<String> {
    let governed = GOVERNED_REGION_ENDINGS.iter().any(|w| region.ends_with(w))
        && !ZONE_ENDINGS.iter().any(|w| region.ends_with(w));
    governed.then(|| format!("{region}人民政府"))
}

fn doc_type(source: &Source, outline: &Outline, title: Option<(usize, usize)>) -> DocType {
    let has = |s: usize, e: usize, words: &[&str]| any_word_in(source, s, e, words);
    if let Some((s, e)) = title {
        if has(s, e, STATS_WORDS) {
            return DocType::StatsBulletin;
        }
        if has(s, e, GOV_WORDS) {
            return DocType::GovWorkReport;
        }
        if has(s, e, PLAN_REPORT_WORDS) {
            return DocType::PlanReport;
        }
        if has(s, e, SUMMARY_WORDS) {
            return DocType::WorkSummary;
        }
    }
    let body_end = source.len().min(BODY_SCAN_MAX);
    if has(0, body_end.min(3000), STATS_WORDS) {
        return DocType::StatsBulletin;
    }
    if has(0, body_end.min(3000), GOV_BODY_WORDS) {
        return DocType::GovWorkReport;
    }
    let in_headings = |words: &[&str]| {
        outline
            .headings
            .iter()
            .filter(|h| h.level <= 2)
            .take(HEADINGS_READ)
            .any(|h| has(h.title_start, h.title_end, words))
    };
    if has(0, body_end, PLAN_BODY_WORDS) || in_headings(PLAN_BODY_WORDS) {
        return DocType::PlanReport;
    }
    if in_headings(SUMMARY_WORDS) {
        return DocType::WorkSummary;
    }
    DocType::Unknown
}

/// Weights of the year evidence (see [`years`]).
const W_TITLE: u32 = 10;
const W_MEETING: u32 = 6;
const W_HEADING: u32 = 3;
const W_OPENING: u32 = 2;
const W_PUBLISHED: u32 = 2;
const W_FREQUENT: u32 = 1;
/// How many headings (and inline markers) are read for years and types: a
/// report has far fewer; the bound keeps odd input linear and fast.
const HEADINGS_READ: usize = 200;
/// How close to a heading's start its year must stand.
const HEADING_YEAR_REACH: usize = 6;

/// The year reviewed and the year planned.
fn years(
    source: &Source,
    outline: &Outline,
    head: &Head,
    title: Option<(usize, usize)>,
    doc_type: DocType,
) -> (Option<i32>, Option<i32>) {
    let mut votes = Votes::default();
    let mut title_reviewed = None;
    let mut title_planned = None;
    let mut part_year = false;
    if let Some((s, e)) = title {
        let found = years::years_in(source, s, e);
        let unlabelled: Vec<i32> = found
            .iter()
            .filter(|y| y.1.is_none())
            .map(|y| y.0)
            .collect();
        for &(year, role) in &found {
            let role = role.or(match (doc_type, found.len()) {
                (DocType::GovWorkReport, 1) => Some(YearRole::Planned),
                (DocType::StatsBulletin, _) => Some(YearRole::Reviewed),
                (_, 2) if unlabelled.len() == 2 => Some(if year == unlabelled[0] {
                    YearRole::Reviewed
                } else {
                    YearRole::Planned
                }),
                _ => None,
            });
            match role {
                Some(YearRole::Reviewed) => title_reviewed = title_reviewed.or(Some(year)),
                Some(YearRole::Planned) => title_planned = title_planned.or(Some(year)),
                None => {}
            }
            if let Some(role) = role {
                votes.add_role(year, role, W_TITLE);
            }
        }
        part_year = any_word_in(source, s, e, PART_YEAR_WORDS);
    }
    if let Some(d) = head.meeting_date {
        votes.add_date(d, W_MEETING);
        // A congress early in the year hears the plan for that year; a
        // session late in the year may only review it.
        votes.plans |= d.month <= 6;
    }
    heading_votes(source, outline, &mut votes);
    if let Some(at) = head.body_start {
        if let Some((year, after)) = years::leading_year(source, at, source.len()) {
            if years::role_after(source, after, source.len()) != Some(YearRole::Planned) {
                votes.add(year, W_OPENING);
            }
        }
    }
    if let Some(d) = head.publish_date() {
        votes.add_date(d, W_PUBLISHED);
    }
    if let Some(y) = years::most_frequent(source, 0, source.len().min(BODY_SCAN_MAX)) {
        votes.add(y, W_FREQUENT);
    }
    let reviewed = title_reviewed.or_else(|| votes.winner());
    let planned = match (title_planned, reviewed) {
        (Some(p), _) => Some(p),
        _ if doc_type == DocType::StatsBulletin || part_year => None,
        (None, Some(r)) if votes.plans => Some(r + 1),
        // A plan report or a 政府工作报告 that names the next year plans it.
        (None, Some(r))
            if matches!(doc_type, DocType::PlanReport | DocType::GovWorkReport)
                && years::mentions(source, 0, source.len().min(BODY_SCAN_MAX), r + 1) =>
        {
            Some(r + 1)
        }
        _ => None,
    };
    let reviewed = match (title_reviewed, title_planned, reviewed) {
        (None, Some(p), _) if doc_type != DocType::StatsBulletin => Some(p - 1),
        (_, _, r) => r,
    };
    // A report never plans a year before the one it reviews.
    let planned = planned.filter(|&p| reviewed.is_none_or(|r| r <= p));
    (reviewed, planned)
}

/// Votes from the years that open headings: those of the outline, and those
/// after a 一、/(一) marker that opens a sentence in text the outline could
/// not cut (a flattened report).
fn heading_votes(source: &Source, outline: &Outline, votes: &mut Votes) {
    let mut counted: Vec<usize> = Vec::new();
    // Years open the top sections ("一、2024年主要指标完成情况",
    // "(一)2020年主要指标"); deeper items are not read.
    let top = outline.headings.iter().filter(|h| h.level <= 2);
    for h in top.take(HEADINGS_READ) {
        let reach = h.title_end.min(h.title_start + HEADING_YEAR_REACH);
        if let Some(at) =
            (h.title_start..reach).find(|&j| date::year_at(source, j, h.title_end).is_some())
        {
            if let Some((year, after)) = date::year_at(source, at, h.title_end) {
                if let Some(role) = years::role_after(source, after, h.title_end) {
                    votes.add_role(year, role, W_HEADING);
                    counted.push(at);
                }
            }
        }
    }
    // Outline headings come in text order: `counted` is sorted.
    let end = source.len();
    let mut inline = 0;
    let mut i = 0;
    while i < end {
        let c = source.at(i);
        let opens = i == 0 || {
            let p = source.at(i - 1);
            is_blank(p) || is_sentence_end(p) || p == ':'
        };
        if opens && (crate::number::cn_digit(c).is_some() || matches!(c, '十' | '(' | '第')) {
            if let Some(m) = marker::parse(source, i, end.min(i + 8)) {
                if matches!(
                    m.style,
                    MarkerStyle::CnComma | MarkerStyle::CnParen | MarkerStyle::Chapter
                ) {
                    inline += 1;
                    if inline > HEADINGS_READ {
                        return;
                    }
                    let at = skip_blank(source, m.text_start.max(m.end), end);
                    if counted.binary_search(&at).is_err() {
                        if let Some((year, after)) = date::year_at(source, at, end) {
                            if let Some(role) = years::role_after(source, after, end) {
                                votes.add_role(year, role, W_HEADING);
                            }
                        }
                    }
                    i = m.end.max(i + 1);
                    continue;
                }
            }
        }
        i += 1;
    }
}
