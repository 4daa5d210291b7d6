// The Chinese labels of the Document's values and numbers as people read
// them: one place, so the tooltip, table, metadata and chart agree.

export const ROLE = { actual: '实际', target: '目标' };
export const MEASURE = { growth: '增速', level: '总量', rate: '比率', share: '占比', count: '数量', qualitative: '定性' };
export const DIRECTION = { up: '↑ 上升', down: '↓ 下降', flat: '→ 持平' };
export const KIND = { expected: '预期性', binding: '约束性' };
export const QUANTITY = {
  percent: '百分比',
  points: '百分点',
  money: '金额',
  count: '计数',
  rank: '排名',
  multiple: '倍数',
  other: '其他',
};
export const DOC_TYPE = {
  plan_report: '计划执行情况与计划草案的报告',
  work_summary: '年度总结',
  gov_work_report: '政府工作报告',
  stats_bulletin: '统计公报',
  unknown: '未识别',
};

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/** A number as people read it: grouped digits, a real minus sign. */
export function formatNumber(n) {
  if (n == null || Number.isNaN(n)) return '';
  return (n < 0 ? '−' : '') + numberFormat.format(Math.abs(n));
}

/** An indicator's value with its range and unit: "−3.6%", "5–5.5%", "801.05亿元". */
export function formatValue(value, upper, unit) {
  if (value == null) return '';
  let out = formatNumber(value);
  if (upper != null) out += '–' + formatNumber(upper);
  if (unit) out += unit;
  return out;
}
