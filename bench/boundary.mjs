#!/usr/bin/env node
// `npm run bench:boundary`: what crossing the JS ↔ wasm boundary costs, and
// how the Document could cross it instead of as a JSON string.
//
// It builds a throwaway module with the `bench-boundary` feature (the same
// profile, wasm-bindgen and `wasm-opt -O1` as `npm run build`, plus the
// exports of src/wasm/bench.rs) into a temporary folder — never pkg/ — and
// times, per parse of each seed and of two real reports, in one Node process:
//
//   bare JS pass      the unit: a loop that reads every character and counts two
//                     of them ("\n" and "。"): `for…of` over code points; other rows
//                     are also given in these. An indexed charCodeAt loop is timed
//                     too: it is ~7 times faster, so "passes" depend on the loop
//   text copy         textLength(text): the JS string → UTF-8 copy into wasm alone
//   parse only        the parser, serialising nothing
//   + serde_json      parse and serde_json::to_string, the string not returned
//   parseJson         today's wasm call (the JSON string decoded into a JS string)
//   JSON.parse        today's second half, on parseJson's result
//   JSON (today)      JSON.parse(parseJson(text)): what `parse` does
//   serde-wasm-bindgen  to_value: JS objects built from wasm, no JSON
//   sections, lazy    the sections as JSON lines, parsed on first access; timed with
//                     no access, with meta + outline + indicators, and with all
//   columns           quantities as six f64 each in a Float64Array (text sliced from
//                     the input), the rest as JSON; eager, and lazy (quantities unread)
//   structuredClone   of the Document: what the page's Worker pays to post it
//                     (both sides), against posting the JSON string and JSON.parse
//
// Each full variant is checked deep-equal to JSON.parse(parseJson(text))
// before it is timed. A sample times a batch of calls long enough (≥ 1 ms) to
// time; the variants are sampled in turn, one sample each per step, so that
// load on the machine falls on all alike; a cell is the median of its samples
// in one round; the table gives the median over rounds and, with --spread,
// the min–max of the round medians.
//
// Options: --rounds N (default 5), --seconds S (per cell and round, default
// 0.25), --no-build (reuse the last throwaway build), --json.
import { spawnSync } from 'node:child_process';
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchTexts } from './texts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const rounds = option('--rounds', 5);
const seconds = option('--seconds', 0.25);
const out = join(tmpdir(), 'gongwen-bench-boundary');

function run(command, commandArgs) {
  console.error(`> ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status})`);
}

if (!args.includes('--no-build') || !existsSync(join(out, 'gongwen_bg.wasm'))) {
  mkdirSync(out, { recursive: true });
  const target = 'wasm32-unknown-unknown';
  run('cargo', ['build', '--profile', 'wasm', '--target', target, '--no-default-features', '--lib', '--features', 'bench-boundary']);
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, join(root, 'target', target, 'wasm', 'gongwen.wasm')]);
  const wasm = join(out, 'gongwen_bg.wasm');
  run(join(root, 'node_modules', '.bin', 'wasm-opt'), ['-O1', '--strip-debug', '--strip-producers', wasm, '-o', wasm]);
}

const bindings = await import(pathToFileURL(join(out, 'gongwen.js')).href);
bindings.initSync({ module: readFileSync(join(out, 'gongwen_bg.wasm')) });
const { textLength, parseOnly, serializeJson, parseJson, parseValue, parseSections, parseColumns, takeColumns } = bindings;

// --- the variants --------------------------------------------------------

/**
 * The unit: read every character (code point), count two of them. The
 * issue's "bare JS pass" names no loop; this one, `for…of`, is the slower
 * and the closer to its figures; an indexed `charCodeAt` loop is timed too
 * (about 7 times faster once optimised), so either ratio can be read off.
 */
function barePass(text) {
  let lines = 0;
  let stops = 0;
  for (const ch of text) {
    if (ch === '\n') lines++;
    else if (ch === '。') stops++;
  }
  return lines + stops;
}

/** The same count over UTF-16 code units with `charCodeAt`. */
function indexedPass(text) {
  let lines = 0;
  let stops = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lines++;
    else if (c === 0x3002) stops++;
  }
  return lines + stops;
}

const SECTIONS = ['meta', 'outline', 'indicators', 'quantities', 'glossary', 'warnings'];

/** A Document whose sections are parsed from their JSON line on first access. */
function sectionsView(text) {
  const lines = parseSections(text);
  const doc = { schemaVersion: 1 };
  let from = 0;
  for (const name of SECTIONS) {
    const to = lines.indexOf('\n', from);
    const start = from;
    from = to + 1;
    Object.defineProperty(doc, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = JSON.parse(lines.slice(start, to));
        Object.defineProperty(doc, name, { value, enumerable: true, writable: true, configurable: true });
        return value;
      },
    });
  }
  return doc;
}

const KINDS = ['percent', 'points', 'money', 'count', 'rank', 'multiple', 'other'];

function quantitiesFrom(text, columns, strings) {
  const quantities = new Array(columns.length / 6);
  for (let i = 0, j = 0; j < columns.length; i++, j += 6) {
    const start = columns[j];
    const end = columns[j + 1];
    quantities[i] = {
      text: text.slice(start, end),
      value: columns[j + 2],
      unit: strings[columns[j + 4]],
      kind: KINDS[columns[j + 3]],
      approx: columns[j + 5] < 0 ? null : strings[columns[j + 5]],
      span: { start, end },
    };
  }
  return quantities;
}

/** The Document from JSON plus quantities as f64 columns; `lazy`: built on first access. */
function columnsView(text, lazy) {
  const json = parseColumns(text);
  const columns = takeColumns();
  const cut = json.indexOf('\n');
  const doc = JSON.parse(json.slice(0, cut));
  const strings = JSON.parse(json.slice(cut + 1));
  if (!lazy) {
    doc.quantities = quantitiesFrom(text, columns, strings);
    return doc;
  }
  Object.defineProperty(doc, 'quantities', {
    enumerable: true,
    configurable: true,
    get() {
      const value = quantitiesFrom(text, columns, strings);
      Object.defineProperty(doc, 'quantities', { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
  return doc;
}

const touch = (doc, names) => names.reduce((n, name) => n + (doc[name].length ?? 1), 0);

// name, fn(text, json, doc), full: returns a whole Document to check
const variants = [
  ['bare JS pass (for…of, the unit)', (t) => barePass(t)],
  ['indexed charCodeAt pass', (t) => indexedPass(t)],
  ['text copy into wasm', (t) => textLength(t)],
  ['parse only (no output)', (t) => parseOnly(t)],
  ['parse + serde_json (kept in wasm)', (t) => serializeJson(t)],
  ['parseJson (wasm → JS string)', (t) => parseJson(t, true)],
  ['JSON.parse of it', (t, json) => JSON.parse(json)],
  ['JSON: parseJson + JSON.parse (today)', (t) => JSON.parse(parseJson(t, true)), true],
  ['serde-wasm-bindgen to_value', (t) => parseValue(t), true],
  ['sections, lazy: no access', (t) => sectionsView(t)],
  ['sections, lazy: meta+outline+indicators', (t) => touch(sectionsView(t), ['meta', 'outline', 'indicators'])],
  ['sections, lazy: all read', (t) => touch(sectionsView(t), SECTIONS), 'sections'],
  ['columns + JSON, eager', (t) => columnsView(t, false), true],
  ['columns + JSON, quantities unread', (t) => columnsView(t, true)],
  ['structuredClone(Document)', (t, json, doc) => structuredClone(doc)],
  ['structuredClone(JSON) + JSON.parse', (t, json) => JSON.parse(structuredClone(json))],
];

// --- timing ---------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

let sink = 0;
const call = (fn, batch) => {
  const start = performance.now();
  for (let i = 0; i < batch; i++) sink ^= typeof fn() === 'number' ? 1 : 0;
  return (performance.now() - start) / batch;
};

/**
 * Median ms per call of each of `fns`, interleaved: every step times one
 * sample of each in turn (a batch of calls of ≥ 1 ms), for `seconds` per
 * function, so that load on the machine falls on all of them alike.
 */
function timeAll(fns) {
  const batches = fns.map((fn) => {
    let batch = 1;
    while (call(fn, batch) * batch < 1) batch *= 2;
    return batch;
  });
  const samples = fns.map(() => []);
  const until = performance.now() + seconds * 1000 * fns.length;
  while (samples[0].length < 5 || performance.now() < until) {
    fns.forEach((fn, i) => samples[i].push(call(fn, batches[i])));
  }
  return samples.map(median);
}

const texts = benchTexts.map(({ name, path }) => {
  const text = readFileSync(path, 'utf8');
  const json = parseJson(text, true);
  const doc = JSON.parse(json);
  return { name, text, json, doc, chars: text.length, jsonChars: json.length, quantities: doc.quantities.length };
});

// Every full variant gives the same Document.
for (const { name, text, doc } of texts) {
  for (const [label, fn, full] of variants) {
    if (!full) continue;
    const got = full === 'sections' ? sectionsView(text) : fn(text);
    deepStrictEqual(JSON.parse(JSON.stringify(got)), doc, `${label} on ${name}`);
  }
}

const cells = variants.map(() => texts.map(() => []));
for (let round = 0; round < rounds; round++) {
  console.error(`round ${round + 1}/${rounds}`);
  texts.forEach(({ text, json, doc }, t) => {
    const ms = timeAll(variants.map(([, fn]) => () => fn(text, json, doc)));
    ms.forEach((value, v) => cells[v][t].push(value));
  });
}

const result = texts.map((x, t) => ({
  text: x.name,
  chars: x.chars,
  jsonChars: x.jsonChars,
  quantities: x.quantities,
  rows: variants.map(([label], v) => {
    const ms = median(cells[v][t]);
    return { variant: label, ms, min: Math.min(...cells[v][t]), max: Math.max(...cells[v][t]) };
  }),
}));
for (const x of result) for (const row of x.rows) row.barePasses = row.ms / x.rows[0].ms;

if (args.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, rounds, seconds, texts: result }, null, 2));
} else {
  const width = Math.max(...variants.map(([label]) => label.length));
  const head = (unit) =>
    `${unit.padEnd(width)} ${result.map((x) => x.text.padStart(9)).join(' ')}`;
  console.log(`Node ${process.version}; medians of ${rounds} rounds × ${seconds} s per cell`);
  console.log(`${'characters'.padEnd(width)} ${result.map((x) => String(x.chars).padStart(9)).join(' ')}`);
  console.log(`${'JSON characters'.padEnd(width)} ${result.map((x) => String(x.jsonChars).padStart(9)).join(' ')}`);
  console.log(`${'quantities'.padEnd(width)} ${result.map((x) => String(x.quantities).padStart(9)).join(' ')}`);
  console.log('');
  console.log(head('ms per call'));
  variants.forEach(([label], v) =>
    console.log(`${label.padEnd(width)} ${result.map((x) => x.rows[v].ms.toFixed(3).padStart(9)).join(' ')}`),
  );
  console.log('');
  console.log(head('bare JS passes'));
  variants.forEach(([label], v) =>
    console.log(`${label.padEnd(width)} ${result.map((x) => x.rows[v].barePasses.toFixed(1).padStart(9)).join(' ')}`),
  );
  console.log('');
  console.log(head('indexed charCodeAt passes'));
  variants.forEach(([label], v) =>
    console.log(`${label.padEnd(width)} ${result.map((x) => (x.rows[v].ms / x.rows[1].ms).toFixed(1).padStart(9)).join(' ')}`),
  );
  if (args.includes('--spread')) {
    console.log('');
    console.log(head('spread: min–max ms of the round medians'));
    variants.forEach(([label], v) =>
      console.log(
        `${label.padEnd(width)} ${result.map((x) => `${x.rows[v].min.toFixed(2)}–${x.rows[v].max.toFixed(2)}`.padStart(9)).join(' ')}`,
      ),
    );
  }
}

// --- a Worker round trip, as the page does it ----------------------------
// The page parses in a Worker (dist/worker.js, from js/worker.js) and posts the Document back:
// structured clone on both sides. Posting the JSON string instead and
// parsing it on the receiving side is the alternative. Each sample is a
// round trip: the text posted, parsed in the Worker, the result received
// (and for "string", JSON.parse'd); modes alternate, so load hits all alike.
if (!args.includes('--no-worker')) {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { readFileSync } = require('node:fs');
     import(workerData.url).then((b) => {
       b.initSync({ module: readFileSync(workerData.wasm) });
       parentPort.on('message', ({ text, mode }) => {
         const json = b.parseJson(text, true);
         parentPort.postMessage(mode === 'object' ? JSON.parse(json) : mode === 'string' ? json : json.length);
       });
       parentPort.postMessage('ready');
     });`,
    { eval: true, workerData: { url: pathToFileURL(join(out, 'gongwen.js')).href, wasm: join(out, 'gongwen_bg.wasm') } },
  );
  const reply = () => new Promise((resolve) => worker.once('message', resolve));
  await reply();
  const modes = ['object', 'string', 'nothing'];
  const trips = Math.max(30, Math.round(rounds * 12));
  const workerRows = [];
  for (const { name, text } of texts) {
    const samples = { object: [], string: [], nothing: [] };
    for (let i = 0; i < trips + 5; i++) {
      for (const mode of modes) {
        const start = performance.now();
        worker.postMessage({ text, mode });
        const got = await reply();
        if (mode === 'string') JSON.parse(got);
        if (i >= 5) samples[mode].push(performance.now() - start);
      }
    }
    workerRows.push({ text: name, ...Object.fromEntries(modes.map((m) => [m, median(samples[m])])) });
  }
  await worker.terminate();
  if (args.includes('--json')) {
    console.log(JSON.stringify({ worker: workerRows }, null, 2));
  } else {
    console.log('');
    console.log(`Worker round trip, ms (median of ${trips}): text in, parse in the Worker, result back`);
    console.log(`${'posted back'.padEnd(44)} ${workerRows.map((r) => r.text.padStart(9)).join(' ')}`);
    const line = (label, key) =>
      console.log(`${label.padEnd(44)} ${workerRows.map((r) => r[key].toFixed(3).padStart(9)).join(' ')}`);
    line('the Document (JSON.parse in the Worker)', 'object');
    line('the JSON string (JSON.parse on receipt)', 'string');
    line('only a number (parse cost, no result)', 'nothing');
  }
}
if (sink === 42) console.error('');
