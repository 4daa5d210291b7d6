#!/usr/bin/env node
// The figures the docs state, from measurements, so that the docs cannot go
// stale:
//
//   node scripts/doc-figures.mjs           rewrite every figure (run it after `npm run build`
//                                          changes the sizes, or after `npm run bench:large -- --record`)
//   node scripts/doc-figures.mjs --check   exit 1, naming each stale figure (`npm test` runs it)
//
// A figure in README.md, docs/package.md or docs/page.md is marked where it
// stands, so the prose around it stays hand-written:
//
//   <!-- fig:NAME -->126.3 KB<!-- /fig -->      one figure, inline
//   <!-- figs:NAME -->…<!-- /figs -->           a generated block (a table)
//
// Sizes come from scripts/size.mjs (`shippedSizes()`, the built pkg/ and dist/); the
// check allows 1 % (a toolchain's byte or two; in the size table, on each
// number), the rewrite writes them exact.
// Speeds come only from bench/results.json, which a benchmark writes with its
// date and machine (`--record`), never from a hand-typed number. The accuracy
// table is scripts/score-table.py's (`cargo test` checks it in tests/seeds.rs);
// the rewrite runs it too when the release CLI is built.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGET_KB, shippedSizes, sizeTable } from './size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOCS = ['README.md', 'docs/package.md', 'docs/page.md'];
const RESULTS = join(root, 'bench', 'results.json');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** name → { text, value (a number to compare with tolerance, or null for exact text) }. */
export function figures() {
  if (!existsSync(join(root, 'pkg', 'gongwen_bg.wasm'))) {
    throw new Error('pkg/ is not built: run `npm run build` first (the sizes are measured on it).');
  }
  if (!existsSync(join(root, 'dist', 'element.js'))) {
    throw new Error('dist/ is not built: run `npm run build:js` first (the sizes are measured on it).');
  }
  const sizes = shippedSizes();
  const file = (path) => {
    const found = sizes.files.find((f) => f.path === path);
    if (!found) throw new Error(`scripts/size.mjs lists no ${path}`);
    return found.gzip;
  };
  const size = (bytes) => ({ text: kb(bytes), value: bytes / 1024 });
  const out = {
    'plain-gzip': size(sizes.plain.gzip),
    'plain-js-gzip': size(sizes.plain.js.gzip),
    'plain-budget': { text: `${BUDGET_KB} KB`, value: null },
    'wasm-gzip': size(file('pkg/gongwen_bg.wasm')),
    'docx-gzip': size(sizes.docx.gzip),
    'compare-gzip': size(sizes.compare.gzip),
    'docx-wasm-gzip': size(file('pkg/gongwen_docx_bg.wasm')),
    'docx-glue-gzip': size(file('pkg/gongwen_docx.js')),
    'file-js-gzip': size(file('dist/file.js')),
    'inline-gzip': size(sizes.inline.gzip),
    'size-table': { text: sizeTable(sizes), value: null, block: true, numbersWithin: 0.01 },
  };
  const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  out['large-paste'] = { text: largePasteTable(results.largePaste), value: null, block: true };
  out['native-speed'] = { text: nativeSpeed(results.native), value: null };
  out['node-speed'] = { text: nodeSpeed(results.node), value: null };
  out['page-speed'] = { text: pageSpeed(results.page), value: null };
  // The .docx against the .txt scores: measured on demand (it runs the CLI).
  let docx;
  Object.defineProperty(out, 'docx-scores', { enumerable: true, get: () => (docx ??= docxScores()) });
  return out;
}

const range = (values, digits = 0) => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo.toFixed(digits) === hi.toFixed(digits) ? lo.toFixed(digits) : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};

/** `cargo bench --bench throughput -- --record`, in a line. */
function nativeSpeed(record) {
  if (!record) return '(not measured yet: `cargo bench --bench throughput -- --record`)';
  return (
    `${range(record.seeds.map((s) => s.mbPerSec))} MB/s per seed, ${range(record.sizes.map((s) => s.mbPerSec))} MB/s on ` +
    `${record.sizes.map((s) => s.label).join(', ')} (${record.date}, ${record.machine})`
  );
}

/** `npm run bench -- --record`, in a line. */
function nodeSpeed(record) {
  if (!record) return '(not measured yet: `npm run bench -- --record`)';
  const ms = record.seeds.map((s) => s.ms);
  const chars = record.seeds.map((s) => s.chars);
  return (
    `${range(ms, 1)} ms per parse on the seeds (${range(chars)} characters), ${range(record.seeds.map((s) => s.mbPerSec))} MB/s; ` +
    `\`init()\` ${record.initMs.toFixed(1)} ms (${record.date}, ${record.machine})`
  );
}

/**
 * scripts/score-docx.sh: the six .docx of tests/fixtures/real scored against
 * the gold beside the .txt they came with (it builds the release CLI).
 */
function docxScores() {
  const run = spawnSync('bash', [join(root, 'scripts', 'score-docx.sh')], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scripts/score-docx.sh failed: ${run.stderr}`);
  const read = (label) => {
    const line = run.stdout.split('\n').find((l) => l.startsWith(label));
    if (!line) throw new Error(`scripts/score-docx.sh printed no ${label} line`);
    const field = (name) => new RegExp(`${name}=([0-9.]+)`).exec(line)?.[1];
    return `headings F1 ${field('headings_f1')} / exact titles ${field('heading_title_acc')} / indicators F1 ${field('indicators_f1')} / values ${field('indicator_value_acc')} / meta ${field('meta_acc')}`;
  };
  const [txt, docx] = [read('.txt'), read('.docx')];
  return { text: txt === docx ? `identical: ${txt} for both` : `.txt: ${txt}; .docx: ${docx}`, value: null };
}

/** `npm run bench:page -- --record`, in a line. */
function pageSpeed(record) {
  if (!record) return '(not measured yet: `npm run bench:page -- --record`)';
  return (
    `median ${record.medianMs.toFixed(0)} ms warm (p90 ${record.p90Ms.toFixed(0)} ms, ${record.runs} pastes of ${record.chars.toLocaleString('en')} characters), ` +
    `of which ${record.parseMs.toFixed(0)} ms parsing in the Worker; first paste ${record.coldMs.toFixed(0)} ms (${record.date}, ${record.machine})`
  );
}

/** The table of the last recorded 5 MB paste (bench/large-paste.mjs --record). */
function largePasteTable(record) {
  if (!record) return '(not measured yet: `npm run bench:large -- --record`)';
  const ms = (x) => (x == null ? '–' : `${Math.round(x)} ms`);
  const rows = [
    `Measured ${record.date} by \`npm run bench:large -- --record\` (${record.chars.toLocaleString('en')} characters, ` +
      `${record.mb} MB of UTF-8; ${record.machine}):`,
    '',
    '| run | outline shown | all rendered | parse (Worker) | tasks over 50 ms | longest | of them www/library.js’s | progress shown |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...record.runs.map(
      (r, i) =>
        `| ${i + 1} | ${ms(r.outlineMs)} | ${ms(r.doneMs)} | ${ms(r.parseMs)} | ${r.longTasks} | ${ms(r.longestMs)} | ` +
        `${r.libraryTasks ?? '–'} | ${r.progress.length ? 'yes' : 'no'} |`,
    ),
  ];
  if (record.firstParse) {
    rows.push(
      '',
      `The first parse on the main thread (the package, ${record.firstParse.chars.toLocaleString('en')} characters): ` +
        record.firstParse.runs
          .map((r) => `${r.settled === undefined ? '' : r.settled ? '1.5 s after the load: ' : 'at once: '}init() ${ms(r.init)}, first parse ${ms(r.first)}, second ${ms(r.second)}`)
          .join('; ') +
        '.',
    );
  }
  return rows.join('\n');
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** Whether `a` and `b` are the same text but for numbers, each within `within` (a fraction) of the other's. */
function sameButNumbers(a, b, within) {
  if (a.trim().replace(NUMBER, '#') !== b.trim().replace(NUMBER, '#')) return false;
  const numbers = (text) => (text.match(NUMBER) ?? []).map((n) => parseFloat(n.replace(/,/g, '')));
  const [x, y] = [numbers(a), numbers(b)];
  return x.every((n, i) => Math.abs(n - y[i]) <= Math.abs(y[i]) * within);
}

const INLINE = /<!-- fig:([a-z0-9-]+) -->([\s\S]*?)<!-- \/fig -->/g;
const BLOCK = /<!-- figs:([a-z0-9-]+) -->\n([\s\S]*?)\n?<!-- \/figs -->/g;

/** Every stale figure in `text` (of `path`): `{ path, name, stated, now }`. With `write`, the text fixed. */
export function review(path, text, all) {
  const stale = [];
  const check = (name, stated) => {
    const figure = all[name];
    if (!figure) {
      stale.push({ path, name, stated, now: null });
      return stated;
    }
    const close =
      figure.value != null
        ? Math.abs(parseFloat(stated) - figure.value) <= figure.value * 0.01
        : figure.numbersWithin != null && sameButNumbers(stated, figure.text, figure.numbersWithin);
    if (stated.trim() !== figure.text.trim() && !close) stale.push({ path, name, stated, now: figure.text });
    return figure.text;
  };
  const fixed = text
    .replace(INLINE, (_, name, stated) => `<!-- fig:${name} -->${check(name, stated)}<!-- /fig -->`)
    .replace(BLOCK, (_, name, stated) => `<!-- figs:${name} -->\n${check(name, stated)}\n<!-- /figs -->`);
  return { stale, fixed };
}

function main() {
  const checking = process.argv.includes('--check');
  const all = figures();
  let stale = [];
  let marked = 0;
  for (const doc of DOCS) {
    const path = join(root, doc);
    const text = readFileSync(path, 'utf8');
    marked += [...text.matchAll(INLINE)].length + [...text.matchAll(BLOCK)].length;
    const result = review(doc, text, all);
    stale = stale.concat(result.stale);
    if (!checking && result.fixed !== text) writeFileSync(path, result.fixed);
  }
  if (checking) {
    for (const s of stale) {
      console.error(
        s.now === null
          ? `${s.path}: figure "${s.name}" is not one scripts/doc-figures.mjs knows`
          : `${s.path}: figure "${s.name}" is stale: the docs say ${JSON.stringify(s.stated.trim().slice(0, 80))}, it is now ${JSON.stringify(s.now.slice(0, 80))}`,
      );
    }
    if (stale.length) {
      console.error(`\n${stale.length} stale figure(s): run \`node scripts/doc-figures.mjs\` (after \`npm run build\`) and commit the docs.`);
      process.exit(1);
    }
    console.log(`doc figures: ${marked} marked figures in ${DOCS.join(', ')} are current`);
    return;
  }
  for (const s of stale) console.log(`${s.path}: ${s.name}: ${s.stated.trim().slice(0, 40)} → ${s.now?.slice(0, 40)}`);
  // The accuracy table: scripts/score-table.py owns it (cargo test checks it).
  const cli = join(root, 'target', 'release', 'gongwen');
  if (existsSync(cli)) {
    const run = spawnSync('python3', [join(root, 'scripts', 'score-table.py'), '--write', join(root, 'README.md')], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
    console.log('README.md: the score table rewritten by scripts/score-table.py');
  } else {
    console.log('README.md: the score table needs target/release/gongwen (`cargo build --release`); left as it is');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
