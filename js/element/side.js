// The side panels: the metadata and warnings (a span in them is a button
// that shows it in the text), and the target-vs-actual chart, hand-made SVG.
import { h, s } from './dom.js';
import { DOC_TYPE, MEASURE, formatValue } from './labels.js';

/** Measures a chart can compare, best first. */
const CHART_MEASURES = ['growth', 'level', 'rate', 'share', 'count'];

/** Fill `$.meta` and the warnings (`$.warnings`, `$.warningList`) with `doc`'s, or with dashes for no Document. */
export function renderMeta($, doc) {
  const meta = doc ? doc.meta : {};
  const years =
    meta.yearReviewed != null || meta.yearPlanned != null
      ? `${meta.yearReviewed ?? '—'} 回顾 → ${meta.yearPlanned ?? '—'} 计划`
      : null;
  const rows = [
    ['标题', meta.title, 'title'],
    ['地区', meta.region, 'region'],
    ['发布机构', meta.issuer, 'issuer'],
    ['来源', meta.source, 'source'],
    ['日期', meta.publishDate, 'publishDate'],
    ['会议', meta.meeting, 'meeting'],
    ['年份', years, 'years'],
    ['类型', doc ? DOC_TYPE[meta.docType] || meta.docType : null, 'docType'],
  ];
  if (meta.status) rows.push(['状态', meta.status, 'status']);
  const dl = $.meta;
  dl.replaceChildren();
  for (const [label, value, field] of rows) {
    dl.append(h('dt', null, label));
    const dd = h('dd', { 'data-field': field, class: value == null ? 'none' : null }, value == null ? '—' : String(value));
    if (field === 'title' && value != null && meta.titleSpan) {
      dd.replaceChildren(h('button', { type: 'button', class: 'link', 'data-span': `${meta.titleSpan.start}:${meta.titleSpan.end}` }, value));
    }
    dl.append(dd);
  }
  const warnings = doc ? doc.warnings : [];
  $.warnings.hidden = warnings.length === 0;
  $.warningList.replaceChildren(
    ...warnings.map((w) => {
      const li = h('li', { 'data-code': w.code });
      li.append(h('code', null, w.code), ' ');
      if (w.span) li.append(h('button', { type: 'button', class: 'link', 'data-span': `${w.span.start}:${w.span.end}` }, w.message));
      else li.append(w.message);
      return li;
    }),
  );
}

/** Fill `$.charts` with a chart per comparison in `doc`; hide `$.chartPanel` when there is none. */
export function renderChart($, doc) {
  const pairs = comparisons(doc);
  $.chartPanel.hidden = pairs.length === 0;
  $.charts.replaceChildren(
    ...pairs.map((pair) => {
      const figure = h('figure', { 'data-key': pair.key });
      const caption = h('figcaption');
      caption.append(h('span', null, pair.actual.name), h('small', null, MEASURE[pair.measure] || pair.measure));
      figure.append(caption, chart(pair));
      return figure;
    }),
  );
}

/**
 * One comparison per indicator key that has both an actual and a target with
 * a value, the same measure and the same unit: the actual of the reviewed year
 * (else the latest) against the target of the planned year (else the latest).
 */
function comparisons(doc) {
  const byKey = new Map();
  for (const i of doc.indicators) {
    if (i.key == null || i.value == null || !CHART_MEASURES.includes(i.measure)) continue;
    if (!byKey.has(i.key)) byKey.set(i.key, []);
    byKey.get(i.key).push(i);
  }
  const pick = (list, year) =>
    list.find((i) => year != null && i.year === year) ??
    list.reduce((best, i) => (best == null || (i.year ?? -Infinity) > (best.year ?? -Infinity) ? i : best), null);
  const out = [];
  for (const [key, list] of byKey) {
    for (const measure of CHART_MEASURES) {
      const actual = pick(
        list.filter((i) => i.role === 'actual' && i.measure === measure),
        doc.meta.yearReviewed,
      );
      if (!actual) continue;
      const target = pick(
        list.filter((i) => i.role === 'target' && i.measure === measure && i.unit === actual.unit),
        doc.meta.yearPlanned,
      );
      if (!target) continue;
      out.push({ key, measure, actual, target });
      break;
    }
  }
  return out;
}

/** A small horizontal bar chart: the actual against the target, from a shared zero. */
function chart({ actual, target }) {
  const width = 300;
  const rowHeight = 22;
  const label = 92;
  const valueRoom = 64;
  const rows = [
    { i: actual, name: `${actual.year ?? ''} 实际`, cls: 'bar-actual' },
    { i: target, name: `${target.year ?? ''} 目标`, cls: 'bar-target' },
  ];
  const low = Math.min(0, ...rows.map((r) => r.i.value));
  const high = Math.max(0, ...rows.map((r) => r.i.upper ?? r.i.value));
  const plot = width - label - valueRoom;
  const scale = (v) => label + (high === low ? 0 : ((v - low) / (high - low)) * plot);
  const zero = scale(0);
  const height = rows.length * rowHeight + 6;
  const describe = (r) => `${r.name} ${formatValue(r.i.value, r.i.upper, r.i.unit)}${r.i.qualifier || ''}`;
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `${actual.name}：${rows.map(describe).join('，')}`,
  });
  rows.forEach((r, n) => {
    const y = 3 + n * rowHeight;
    const v = r.i.value;
    const x0 = Math.min(zero, scale(v));
    const w = Math.max(1, Math.abs(scale(v) - zero));
    svg.append(s('text', { x: 0, y: y + 14, class: 'muted' }, r.name));
    svg.append(s('rect', { x: x0, y: y + 3, width: w, height: rowHeight - 8, rx: 2, class: r.cls }));
    if (r.i.upper != null) {
      // A range: the bar reaches the lower bound, a lighter one the upper.
      const x1 = scale(r.i.upper);
      svg.append(s('rect', { x: Math.min(scale(v), x1), y: y + 3, width: Math.abs(x1 - scale(v)), height: rowHeight - 8, rx: 2, class: r.cls, opacity: 0.45 }));
    }
    const end = Math.max(zero, scale(r.i.upper ?? v));
    svg.append(s('text', { x: end + 4, y: y + 14 }, formatValue(v, r.i.upper, r.i.unit) + (r.i.qualifier || '')));
  });
  svg.append(s('line', { x1: zero, x2: zero, y1: 0, y2: height, class: 'axis' }));
  return svg;
}
