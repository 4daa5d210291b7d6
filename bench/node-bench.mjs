#!/usr/bin/env node
// `npm run bench`: the package in Node, as a user calls it.
//
// - init: `await init()` (read the .wasm, compile, instantiate), each in a
//   fresh Node process; the median of several runs.
// - per seed (tests/fixtures/seeds/): ms per `parse(text)` (the median of
//   many timed runs after a warm-up) and MB/s of UTF-8 input; and, timed
//   apart, its two parts: the wasm call (`parseJson`) and `JSON.parse` of its
//   result.
//
// Options: --runs N (init processes, default 7), --seconds S (time per seed,
// default 1), --json (one JSON object instead of the table), --record (also
// into bench/results.json, with the date and machine, for the docs:
// `npm run figures` puts it into the README).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse, version } from 'gongwen';
import { parseJson } from '../pkg/gongwen.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option('--runs', 7);
const seconds = option('--seconds', 1);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median ms of `fn()` over `seconds` (at least 20 runs), after a warm-up. */
function time(fn) {
  for (let i = 0; i < 20; i++) fn();
  const samples = [];
  const until = performance.now() + seconds * 1000;
  while (samples.length < 20 || performance.now() < until) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// init, in fresh processes (a loaded module ignores a second init)
const probe = `
  const start = performance.now();
  const { init } = await import('gongwen');
  const imported = performance.now();
  await init();
  process.stdout.write(JSON.stringify({ importMs: imported - start, initMs: performance.now() - imported }));`;
const inits = [];
for (let i = 0; i < runs; i++) {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`init probe failed: ${run.stderr}`);
  inits.push(JSON.parse(run.stdout));
}
const initMs = median(inits.map((r) => r.initMs));
const importMs = median(inits.map((r) => r.importMs));

await init();
const seedsDir = join(root, 'tests', 'fixtures', 'seeds');
const rows = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(seedsDir, name), 'utf8');
    const bytes = Buffer.byteLength(text, 'utf8');
    const ms = time(() => parse(text));
    const wasmMs = time(() => parseJson(text, true));
    const json = parseJson(text, true);
    const jsonParseMs = time(() => JSON.parse(json));
    return { seed: name, chars: text.length, bytes, ms, mbPerS: bytes / 1e6 / (ms / 1000), wasmMs, jsonParseMs };
  });

if (args.includes('--json')) {
  console.log(JSON.stringify({ version, node: process.version, importMs, initMs, seeds: rows }, null, 2));
} else {
  console.log(`gongwen ${version}, Node ${process.version}`);
  console.log(`import: ${importMs.toFixed(1)} ms   init(): ${initMs.toFixed(1)} ms   (medians of ${runs} fresh processes)`);
  console.log('');
  console.log('seed                       chars   UTF-8 B   ms/parse      MB/s   wasm ms   JSON.parse ms');
  for (const r of rows) {
    console.log(
      `${r.seed.padEnd(24)} ${String(r.chars).padStart(7)} ${String(r.bytes).padStart(9)} ${r.ms.toFixed(3).padStart(10)} ` +
        `${r.mbPerS.toFixed(1).padStart(9)} ${r.wasmMs.toFixed(3).padStart(9)} ${r.jsonParseMs.toFixed(3).padStart(15)}`,
    );
  }
}

if (args.includes('--record')) {
  const path = join(root, 'bench', 'results.json');
  const all = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  all.node = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${availableParallelism()} cores, Node ${process.version}`,
    initMs,
    seeds: rows.map((r) => ({ name: r.seed, chars: r.chars, ms: r.ms, mbPerSec: r.mbPerS })),
  };
  writeFileSync(path, `${JSON.stringify(all, null, 2)}\n`);
  console.log('recorded in bench/results.json; `npm run figures` puts it into the README');
}
