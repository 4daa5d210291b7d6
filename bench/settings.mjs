#!/usr/bin/env node
// `npm run bench:settings`: the parser module (pkg/gongwen_bg.wasm) under
// other build settings, for size and for speed, so that the ones in
// Cargo.toml ([profile.wasm]) and scripts/build-wasm.mjs are chosen on
// numbers.
//
// For each cargo opt-level (CARGO_PROFILE_WASM_OPT_LEVEL) it builds the
// module as `npm run build` does, into a temporary folder (never pkg/), and
// runs each wasm-opt level over it; then, in one Node process, it loads
// every variant and times `JSON.parse(parseJson(text))` — what `parse` does —
// on each seed and two real reports. A round times every variant on each
// text, one call of each in turn (so that load on the machine falls on all
// alike), the median of ≥ 0.2 s of calls per variant; the table gives, per variant, the wasm's size (raw and gzip -9) and
// the sum over the texts of the per-text ms, median over rounds (min–max).
//
//   node bench/settings.mjs                        # opt-level s z 3 × wasm-opt (none) O1 Oz Os O3
//   node bench/settings.mjs --opt s,z --wasm-opt Oz,O3 --rounds 7 --no-build
//   node bench/settings.mjs --panic-abort          # also profile.wasm.panic = "abort"
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { benchTexts } from './texts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1].split(',') : fallback;
};
const rounds = Number(list('--rounds', ['5'])[0]);
const seconds = Number(list('--seconds', ['0.2'])[0]);
const optLevels = list('--opt', ['s', 'z', '3']);
const wasmOptLevels = list('--wasm-opt', ['O1', 'Oz', 'Os', 'O3']);
const out = join(tmpdir(), 'gongwen-bench-settings');
const target = 'wasm32-unknown-unknown';
const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');

function run(command, commandArgs, env = {}) {
  console.error(`> ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status})`);
}

// cargo builds: name → env
const builds = optLevels.map((level) => ({ name: `opt-level ${level}`, dir: `o${level}`, env: { CARGO_PROFILE_WASM_OPT_LEVEL: level } }));
if (args.includes('--panic-abort')) {
  builds.push({ name: 'opt-level s, panic abort', dir: 'os-abort', env: { CARGO_PROFILE_WASM_OPT_LEVEL: 's', CARGO_PROFILE_WASM_PANIC: 'abort' } });
}

const variants = [];
for (const build of builds) {
  const base = join(out, build.dir, 'bindgen');
  if (!args.includes('--no-build') || !existsSync(join(base, 'gongwen_bg.wasm'))) {
    run('cargo', ['build', '--profile', 'wasm', '--target', target, '--no-default-features', '--lib'], build.env);
    rmSync(join(out, build.dir), { recursive: true, force: true });
    mkdirSync(base, { recursive: true });
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', base, join(root, 'target', target, 'wasm', 'gongwen.wasm')]);
  }
  for (const level of ['none', ...wasmOptLevels]) {
    const dir = join(out, build.dir, level);
    if (!args.includes('--no-build') || !existsSync(join(dir, 'gongwen_bg.wasm'))) {
      mkdirSync(dir, { recursive: true });
      copyFileSync(join(base, 'gongwen.js'), join(dir, 'gongwen.js'));
      // "none": only the names and debug sections stripped, as after every level
      const optimise = level === 'none' ? [] : [`-${level}`];
      run(wasmOpt, [...optimise, '--strip-debug', '--strip-producers', join(base, 'gongwen_bg.wasm'), '-o', join(dir, 'gongwen_bg.wasm')]);
    }
    variants.push({ name: `${build.name}, wasm-opt ${level === 'none' ? '(none)' : `-${level}`}`, dir });
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Median ms per call of each of `fns`, interleaved: each step times one call
 * of each in turn, for `seconds` per function, so that load on the machine
 * falls on all of them alike.
 */
function timeAll(fns) {
  for (const fn of fns) for (let i = 0; i < 3; i++) fn();
  const samples = fns.map(() => []);
  const until = performance.now() + seconds * 1000 * fns.length;
  while (samples[0].length < 10 || performance.now() < until) {
    fns.forEach((fn, i) => {
      const start = performance.now();
      fn();
      samples[i].push(performance.now() - start);
    });
  }
  return samples.map(median);
}

const texts = benchTexts.map(({ path }) => readFileSync(path, 'utf8'));

for (const variant of variants) {
  const wasm = readFileSync(join(variant.dir, 'gongwen_bg.wasm'));
  variant.raw = wasm.length;
  variant.gzip = gzipSync(wasm, { level: 9 }).length;
  // a fresh copy of the glue per variant: each has its own module state
  const bindings = await import(`${pathToFileURL(join(variant.dir, 'gongwen.js')).href}?${variant.dir}`);
  bindings.initSync({ module: wasm });
  variant.parse = (text) => JSON.parse(bindings.parseJson(text, true));
  variant.totals = [];
}
const reference = JSON.stringify(variants[0].parse(texts[0]));
for (const variant of variants) {
  if (JSON.stringify(variant.parse(texts[0])) !== reference) throw new Error(`${variant.name}: a different Document`);
}

for (let round = 0; round < rounds; round++) {
  console.error(`round ${round + 1}/${rounds}`);
  const sums = variants.map(() => 0);
  for (const text of texts) timeAll(variants.map((v) => () => v.parse(text))).forEach((ms, i) => (sums[i] += ms));
  variants.forEach((v, i) => v.totals.push(sums[i]));
}

const chars = texts.reduce((sum, text) => sum + text.length, 0);
const rows = variants.map((v) => ({
  variant: v.name,
  raw: v.raw,
  gzip: v.gzip,
  ms: median(v.totals),
  min: Math.min(...v.totals),
  max: Math.max(...v.totals),
}));
if (args.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, rounds, texts: texts.length, chars, rows }, null, 2));
} else {
  console.log(`Node ${process.version}; ${texts.length} texts, ${chars} characters; ms = sum over the texts of the median ms per parse, median of ${rounds} rounds (min–max)`);
  console.log(`${'variant'.padEnd(40)} ${'raw B'.padStart(8)} ${'gzip B'.padStart(8)} ${'ms'.padStart(7)}  spread`);
  for (const r of rows) {
    console.log(
      `${r.variant.padEnd(40)} ${String(r.raw).padStart(8)} ${String(r.gzip).padStart(8)} ${r.ms.toFixed(2).padStart(7)}  ${r.min.toFixed(2)}–${r.max.toFixed(2)}`,
    );
  }
}
