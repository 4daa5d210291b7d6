// The target–actual pairs a reader would line up by hand, derived from the
// hand-checked gold of tests/fixtures/real (six provinces, each with a 2025
// and a 2026 report), with the status rules of issue 12 written out again
// here, independently of src/compare/status.rs:
//   a target of year Y (from the report that plans Y) pairs with the actual
//   of the same region, year, key and measure (from the report that reviews
//   Y); a qualitative target pairs with the key's figure, a growth first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers.mjs';

export const realDir = join(root, 'tests', 'fixtures', 'real');

/** 北京市 → 北京: the scorer's own region key. */
export const regionKey = (region) => region.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');

const CEILING = ['以内', '之内', '以下', '不高于', '不超过'];

/** The status of `actual` (a number) against a gold target. */
export function expectedStatus(target, actual) {
  if (target.measure === 'qualitative') return 'qualitative';
  const value = target.value;
  const upper = target.upper ?? value;
  const [low, high] = [Math.min(value, upper), Math.max(value, upper)];
  const qualifier = target.qualifier ?? '';
  const ceiling =
    ['cpi', 'unemployment'].includes(target.key) || CEILING.some((w) => qualifier.includes(w)) || target.text.includes('控制在');
  const decline = target.measure === 'growth' && (value < 0 || target.direction === 'down');
  const bound = ceiling || decline ? high : low;
  const met = ceiling || decline ? actual <= high + 1e-9 : actual >= low - 1e-9;
  if (met) return 'met';
  if ((qualifier + target.text).includes('左右') && Math.abs(actual - bound) <= 0.5 + 1e-9) return 'near';
  return 'missed';
}

/** `[{ region, year, key, measure, target, actual, status }]` from the gold. */
export function goldPairs() {
  const index = readFileSync(join(realDir, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const records = index.flatMap(({ file, region }) => {
    const gold = JSON.parse(readFileSync(join(realDir, 'gold', file.replace('.txt', '.indicators.json')), 'utf8'));
    return gold.indicators.map((r) => ({ ...r, file, region: regionKey(region) }));
  });
  const actuals = records.filter((r) => r.role === 'actual');
  const pairs = [];
  for (const target of records.filter((r) => r.role === 'target')) {
    let candidates = actuals.filter(
      (a) =>
        a.region === target.region &&
        a.year === target.year &&
        a.key === target.key &&
        (target.measure === 'qualitative' || a.measure === target.measure),
    );
    if (target.measure === 'qualitative') {
      candidates = [...candidates.filter((a) => a.measure === 'growth'), ...candidates.filter((a) => a.measure !== 'growth')];
    }
    const [actual] = candidates;
    if (!actual) continue;
    pairs.push({
      region: target.region,
      year: target.year,
      key: target.key,
      measure: target.measure,
      target,
      actual,
      status: expectedStatus(target, actual.value),
    });
  }
  return pairs;
}

/**
 * How many gold pairs a comparison finds with both values right, and how
 * many of those with the right status; the misses, for the message.
 */
export function scorePairs(comparison, pairs) {
  let found = 0;
  let right = 0;
  const misses = [];
  for (const p of pairs) {
    const row = comparison.rows.find(
      (r) =>
        regionKey(r.region) === p.region &&
        r.year === p.year &&
        r.key === p.key &&
        r.measure === p.measure &&
        r.target.value === p.target.value &&
        r.actual.value === p.actual.value,
    );
    if (!row) {
      misses.push(`${p.region} ${p.year} ${p.key} ${p.measure}: ${p.target.text} → ${p.actual.text} not found`);
      continue;
    }
    found += 1;
    if (row.status === p.status) right += 1;
    else misses.push(`${p.region} ${p.year} ${p.key}: status ${row.status}, gold ${p.status}`);
  }
  return { found, right, misses };
}
