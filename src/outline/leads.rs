//! Lead headings: paragraphs that open with a short title sentence, whose
//! bold the plain text lost.
//!
//! ```text
//! 防疫网络织细织实。贯彻落实…       → a lead, in a run of such paragraphs
//! 这五年，高质量发展扎实推进，经济实力跃上新台阶。我们…   → with clauses, in a run
//!   of three or of parallel openings ("这五年，…" "这五年，…")
//! ```
//!
//! Not leads: a lone short opening sentence ("2021年是“十四五”开局之年。"),
//! one with a comma outside a run ("在肯定成绩的同时,也要正视困难和问题。"),
//! a sentence with a figure and unit ("年末全市户籍人口512.36万人。"), a
//! fragment that continues a broken line, a section's opening sentence
//! before a run of short titles. In flattened text (no paragraph breaks
//! left) only a title's shape and a longer body after it tell a lead.

use super::*;

/// Words that open ordinary sentences, never a lead title.
#[rustfmt::skip]
const NOT_LEAD_OPENERS: &[&str] = &[
    "同时", "此外", "其中", "另外", "但是", "因此", "总之", "为此", "对此", "目前", "当前",
    "今年", "去年", "全年", "明年", "一是", "二是", "三是", "首先", "其次", "最后", "这", "我们",
    "我区", "我市", "全区", "全市", "例如", "据统计", "经过", "经初步", "截至", "总体", "总的", "综上",
    "各位代表", "各位委员", "今后", "当今", "近年来",
];

/// Longest lead title in a flattened text, where only the sentence shape
/// tells it apart.
const FLAT_LEAD_MAX: usize = 16;

/// The usual length of a lead title, when a section shows none.
const TYPICAL_LEAD: usize = 8;

/// Does a sentence `start..end` (its text, without the closing 。) read as
/// a lead title?
fn lead_like(source: &Source, start: usize, end: usize, max: usize) -> bool {
    let len = visible_len(source, start, end);
    if len < 4 || len > max {
        return false;
    }
    if has(source, start, end, ",:;、()") || source.at(start).is_ascii_digit() {
        return false;
    }
    // Figures make a statement, not a title ("年末全市户籍人口512.36万人。");
    // a digit before a letter is a name ("5G网络建设加快推进").
    if (start..end)
        .any(|i| source.at(i).is_ascii_digit() && !source.at(i + 1).is_ascii_alphabetic())
    {
        return false;
    }
    !NOT_LEAD_OPENERS
        .iter()
        .any(|w| source.starts_with(start, w))
}

/// Does a sentence read as a lead title made of clauses, given a run of
/// them ("这五年，民生保障扎实稳固，社会大局和谐稳定。", "提质升级主导产业、
/// 支柱产业。")? Names with digits pass ("迭代完善“8+4”经济政策体系");
/// figures with a unit do not.
fn claused_lead_like(source: &Source, start: usize, end: usize) -> bool {
    let len = visible_len(source, start, end);
    (4..=CLAUSED_LEAD_MAX).contains(&len)
        && !has(source, start, end, ":;()")
        && !source.at(start).is_ascii_digit()
        && !has_figure(source, start, end)
        && !NOT_LEAD_OPENERS
            .iter()
            .filter(|w| !PARALLEL_OPENERS.contains(w))
            .any(|w| source.starts_with(start, w))
}

/// Openers that a run of parallel lead titles may share ("这五年，…",
/// "我们…"): alone they open prose, repeated they open titles.
const PARALLEL_OPENERS: &[&str] = &["这", "我们"];

/// Does a lead title end in a predicate or start with a verb (the shape of
/// "科技助力硬核战疫", "搭建创新平台")?
fn title_shaped(source: &Source, learned: &Learned, start: usize, end: usize) -> bool {
    learned.predicate_final(source, start, end) || learned.verb_first(source, start)
}

/// Paragraphs that open with a short title sentence, in runs.
pub(super) fn leads(
    source: &Source,
    layout: &Layout,
    blocks: &[Block],
    openings: &[Opening],
    learned: &Learned,
    headings: &mut Vec<FoundHeading>,
) {
    let mut found: Vec<FoundHeading> = Vec::new();
    // In a flattened text, a space after a sentence end is what is left of
    // a paragraph break (the line breaks became spaces).
    let spaced = layout.flattened && {
        let before = |h: &FoundHeading| h.start > 0 && is_space(source.at(h.start - 1));
        headings.iter().filter(|h| before(h)).count() * 2 > headings.len()
    };
    // A text with no numbered heading (a statistics bureau's short
    // release) may still be a run of lead paragraphs: read it whole.
    if headings.is_empty() && !layout.flattened {
        let section: Vec<usize> = (0..blocks.len()).filter(|&b| !blocks[b].chrome).collect();
        block_leads(source, layout, blocks, openings, &section, &mut found);
    }
    // Sections: the plain blocks after each heading, up to the next one.
    for k in 0..headings.len() {
        let first = headings[k].block + 1;
        let next = headings
            .get(k + 1)
            .map_or(blocks.len(), |h| h.block.max(first));
        let section: Vec<usize> = (first..next).filter(|&b| !blocks[b].chrome).collect();
        if layout.flattened {
            flat_leads(
                source,
                blocks,
                learned,
                &mut headings[k],
                &section,
                spaced,
                &mut found,
            );
        } else {
            block_leads(source, layout, blocks, openings, &section, &mut found);
        }
    }
    headings.extend(found);
}

/// Lead headings among the paragraphs `section`: short title sentences
/// opening most paragraphs of the section, or a run of paragraphs in a row
/// opening with title sentences — three or more, or two that open alike
/// ("这五年，…。" "这五年，…。") — where a title may have clauses.
fn block_leads(
    source: &Source,
    layout: &Layout,
    blocks: &[Block],
    openings: &[Opening],
    section: &[usize],
    found: &mut Vec<FoundHeading>,
) {
    let plain: Vec<usize> = section
        .iter()
        .copied()
        .filter(|&b| matches!(openings[b], Opening::Plain))
        .collect();
    let mut candidates: Vec<FoundHeading> = Vec::new();
    // Runs of paragraphs in a row whose first sentence may be a title with
    // clauses: (first block, candidates).
    let mut runs: Vec<Vec<FoundHeading>> = Vec::new();
    let mut bold = 0;
    for &b in &plain {
        let Some((lead, strict, is_bold)) = lead_opening(source, layout, blocks, b) else {
            continue;
        };
        // Bold in the source is evidence enough on its own.
        if is_bold && !source.evidence.is_empty() {
            found.push(lead);
            continue;
        }
        // A run is of one form: titles with clauses, or without. "过去五年，
        // 是我市发展极不平凡的五年。" before a run of "产业结构持续优化。" is
        // the section's opening, not one of its titles.
        let claused = |h: &FoundHeading| has(source, h.title_start, h.title_end, ",");
        let extends = runs
            .last()
            .and_then(|run| run.last())
            .is_some_and(|last| last.block + 1 == b && claused(last) == claused(&lead));
        if !extends {
            runs.push(Vec::new());
        }
        if let Some(run) = runs.last_mut() {
            run.push(lead.clone());
        }
        if strict {
            bold += usize::from(is_bold);
            candidates.push(lead);
        }
    }
    let n = candidates.len();
    // The blocks taken so far in this section, ascending (a run may hold
    // some of them again): looked up by binary search, not by rescanning
    // `found`, so a long section stays linear.
    let mut taken: Vec<usize> = Vec::new();
    if n >= 2 && n * 3 >= plain.len() * 2
        || n >= 3 && n * 2 >= plain.len()
        || bold >= 1 && bold == n
    {
        taken = candidates.iter().map(|c| c.block).collect();
        found.extend(candidates);
    }
    for run in runs {
        let parallel = run.len() >= 2 && {
            let opener =
                |h: &FoundHeading| (source.at(h.title_start), source.at(h.title_start + 1));
            run.iter().all(|h| opener(h) == opener(&run[0]))
        };
        let prose_openers = run.iter().any(|h| {
            PARALLEL_OPENERS
                .iter()
                .any(|w| source.starts_with(h.title_start, w))
        });
        if parallel || run.len() >= 3 && !prose_openers {
            found.extend(
                run.into_iter()
                    .filter(|lead| taken.binary_search(&lead.block).is_err()),
            );
        }
    }
}

/// The lead title opening block `b`, if its first sentence may be one:
/// the heading, whether it is strict (short, no clauses) and whether it
/// is marked bold.
fn lead_opening(
    source: &Source,
    layout: &Layout,
    blocks: &[Block],
    b: usize,
) -> Option<(FoundHeading, bool, bool)> {
    let block = &blocks[b];
    // In hard-wrapped text, a line that starts flush after a full line
    // may just continue its paragraph, the wrap falling after a 。.
    if b > 0 {
        let line = &layout.lines[block.first_line];
        let indented = line.content_start > line.start;
        if layout.indented_paragraphs
            && !indented
            && crate::block::is_full_width(
                &layout.lines,
                blocks[b - 1].last_line,
                layout.wrap_width,
            )
        {
            return None;
        }
    }
    // A paragraph that continues a broken line is no paragraph.
    if b > 0
        && !blocks[b - 1].chrome
        && !is_line_final(source.at(blocks[b - 1].end - 1))
        && blocks[b - 1].end - blocks[b - 1].start > 40
    {
        return None;
    }
    // A bold opening that ends at a sentence end (a .docx's evidence).
    if let Some((title_end, end)) = source
        .evidence
        .bold_lead(&source.chars, block.start, block.end)
    {
        let title_start = crate::block::skip_inline_space(source, block.start, title_end);
        let lead = FoundHeading::lead(b, block.start, title_start, title_end, end);
        return Some((lead, true, true));
    }
    let mut t = block.start;
    let is_bold = source.starts_with(t, "**");
    if is_bold {
        t += 2;
    }
    let s = first_sentence(source, t, block.end, false);
    if s.close != Some('。') || s.body.is_none() {
        return None;
    }
    let end = trim_title_end(source, t, s.end);
    let strict = lead_like(source, t, end, LEAD_MAX);
    if !strict && !claused_lead_like(source, t, end) {
        return None;
    }
    let lead = FoundHeading::lead(b, block.start, t, end, s.end + 1);
    Some((lead, strict, is_bold))
}

/// Lead headings in a flattened text: short title sentences between the
/// sentences of a section, in a run. With no paragraph breaks left, the
/// first lead is glued to the section heading's title ("(一)坚持常态防控,
/// 对冲克服新冠病毒感染疫情影响防疫网络织细织实。…"), and that glue is what
/// tells a section of lead paragraphs from a heading paragraph with
/// sentences run into it ("(一)坚持以前瞻思维细谋一分,…开局起步。统筹推动…。").
fn flat_leads(
    source: &Source,
    blocks: &[Block],
    learned: &Learned,
    heading: &mut FoundHeading,
    section: &[usize],
    spaced: bool,
    found: &mut Vec<FoundHeading>,
) {
    let glued = if heading.kind == HeadingKind::Numbered {
        glued_leads(source, learned, heading.title_start, heading.title_end)
    } else {
        Vec::new()
    };
    if !spaced && glued.is_empty() {
        return;
    }
    let mut candidates: Vec<FoundHeading> = Vec::new();
    let own = &blocks[heading.block];
    let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (block, start, end) to search
    if heading.end < own.end {
        spans.push((heading.block, heading.end, own.end));
    }
    for &b in section {
        spans.push((b, blocks[b].start, blocks[b].end));
    }
    for &(b, start, end) in &spans {
        // Sentences that follow a sentence end (not a ; or a comma).
        let mut i = start;
        let mut after_stop = true;
        while i < end {
            let mut paragraph =
                i == start && b != heading.block || i > start && is_space(source.at(i - 1));
            while i < end && is_space(source.at(i)) {
                i += 1;
                paragraph = true;
            }
            let s = first_sentence(source, i, end, false);
            let Some(body) = s.body else { break };
            let title_end = trim_title_end(source, i, s.end);
            let next = first_sentence(source, body, end, false);
            // With paragraph breaks left as spaces, a lead opens a
            // paragraph; with none, only its shape and a longer body
            // after it tell it apart.
            let shaped = if spaced {
                paragraph && lead_like(source, i, title_end, LEAD_MAX)
            } else {
                title_shaped(source, learned, i, title_end)
                    && lead_like(source, i, title_end, FLAT_LEAD_MAX)
                    && visible_len(source, body, next.end) > visible_len(source, i, title_end)
            };
            let plain =
                after_stop && s.close == Some('。') && !has(source, i, title_end, "0123456789”");
            if plain && shaped {
                candidates.push(FoundHeading::lead(b, i, i, title_end, s.end + 1));
            }
            after_stop = matches!(s.close, Some('。' | '!' | '?'));
            i = body;
        }
    }
    if candidates.len() + usize::from(!glued.is_empty()) < 2 {
        return;
    }
    // The glued lead: as long as the section's other leads, other things
    // equal ("…现代化产业体系|主导产业持续发力", not "…现代化|产业体系主导…").
    let mut lengths: Vec<u64> = candidates
        .iter()
        .map(|c| visible_len(source, c.title_start, c.title_end) as u64)
        .collect();
    crate::sort::sort_keys(&mut lengths);
    let typical = lengths
        .get(lengths.len() / 2)
        .copied()
        .unwrap_or(TYPICAL_LEAD as u64) as f32;
    let best = glued
        .iter()
        .map(|&(score, q)| {
            let len = visible_len(source, q, heading.title_end) as f32;
            (score - (len - typical).abs() * 0.15, q)
        })
        .fold(None, |best: Option<(f32, usize)>, (s, q)| match best {
            Some((b, _)) if b >= s => best,
            _ => Some((s, q)),
        });
    if let Some((_, q)) = best {
        candidates.insert(
            0,
            FoundHeading::lead(heading.block, q, q, heading.title_end, heading.end),
        );
        heading.title_end = trim_title_end(source, heading.title_start, q);
        heading.end = heading.title_end;
    }
    found.extend(candidates);
}

/// Where a lead sentence glued to a title may start, with a score: after
/// a space run between two words (a flattened line break; the only option
/// then), or, in a title of two parallel clauses "A,B" where B runs far
/// longer than A, after a title-final word of B.
fn glued_leads(source: &Source, learned: &Learned, start: usize, end: usize) -> Vec<(f32, usize)> {
    let mut i = start + 1;
    while i < end {
        if is_space(source.at(i))
            && !source.at(i - 1).is_ascii_digit()
            && !is_space(source.at(i - 1))
        {
            let mut j = i;
            while j < end && is_space(source.at(j)) {
                j += 1;
            }
            if !source.at(j).is_ascii_digit() && lead_like(source, j, end, LEAD_MAX) {
                return vec![(10.0, j)];
            }
            i = j;
        }
        i += 1;
    }
    let mut options = Vec::new();
    let Some(comma) = (start..end).rev().find(|&i| source.at(i) == ',') else {
        return options;
    };
    let a = visible_len(source, start, comma);
    let b = visible_len(source, comma + 1, end);
    if b < 14 || b < a + 8 {
        return options;
    }
    for q in comma + 5..end.saturating_sub(3) {
        if !title::may_open_body(source.at(q))
            || !lead_like(source, q, end, FLAT_LEAD_MAX)
            || !title_shaped(source, learned, q, end)
        {
            continue;
        }
        let mut tf = f32::from(learned.final_weight(source, comma + 1, q));
        // A verb–object clause needs its object: "着力推进|社会治理现代化…".
        if learned.verb_first(source, comma + 1) && learned.predicate_final(source, comma + 1, q) {
            tf = tf.min(0.5);
        }
        if tf > 0.0 {
            let balance = (visible_len(source, comma + 1, q) as f32 - a as f32).abs();
            options.push((tf - balance * 0.1, q));
        }
    }
    options
}
