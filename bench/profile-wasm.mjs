#!/usr/bin/env node
// `npm run bench:profile`: a CPU profile of `parse` in WebAssembly, in Node,
// with function names, summarised as the functions with the most self time.
//
// 1. Builds the parser module as `npm run build` does (profile `wasm`,
//    wasm-bindgen) with its name section, into a temporary folder (never
//    pkg/). Without wasm-opt by default: its -Oz inlines most of the parser
//    into the exported function, so a profile would charge a fifth of the
//    time to `parseJson`; bench/settings.mjs finds wasm-opt changes the speed
//    by less than the noise. `--wasm-opt` runs `wasm-opt -Oz -g` (names kept).
// 2. Runs `node --cpu-prof` on a loop of `JSON.parse(parseJson(text))` over
//    the seeds and two real reports (after a warm-up, so the profile is of
//    optimised code), for --seconds (default 4).
// 3. Sums self time per function over the profile and prints the top
//    (--top N, default 15) as a Markdown table; `--out FILE` writes it there
//    too (bench/profile-wasm.md holds the last one committed).
//
//   node bench/profile-wasm.mjs --out bench/profile-wasm.md
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchTexts } from './texts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const top = Number(option('--top', 15));
const seconds = Number(option('--seconds', 4));
const outFile = option('--out', null);
const out = join(tmpdir(), 'gongwen-bench-profile');
const target = 'wasm32-unknown-unknown';

function run(command, commandArgs, options = {}) {
  console.error(`> ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], ...options });
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status})`);
}

if (!args.includes('--no-build')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  run('cargo', ['build', '--profile', 'wasm', '--target', target, '--no-default-features', '--lib']);
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, join(root, 'target', target, 'wasm', 'gongwen.wasm')]);
  const wasm = join(out, 'gongwen_bg.wasm');
  // -g: keep the name section through the optimisation
  if (args.includes('--wasm-opt')) run(join(root, 'node_modules', '.bin', 'wasm-opt'), ['-Oz', '-g', '--strip-producers', wasm, '-o', wasm]);
}

const texts = benchTexts.map((t) => t.path);

// The profiled process: warm up (unprofiled time is still sampled, but is
// short), then parse in a loop.
const loop = `
  import { readFileSync } from 'node:fs';
  const b = await import(${JSON.stringify(pathToFileURL(join(out, 'gongwen.js')).href)});
  b.initSync({ module: readFileSync(${JSON.stringify(join(out, 'gongwen_bg.wasm'))}) });
  const texts = ${JSON.stringify(texts)}.map((p) => readFileSync(p, 'utf8'));
  for (let i = 0; i < 20; i++) for (const t of texts) JSON.parse(b.parseJson(t, true));
  const until = performance.now() + ${seconds * 1000};
  let n = 0;
  while (performance.now() < until) for (const t of texts) { JSON.parse(b.parseJson(t, true)); n++; }
  console.error(n + ' parses');`;
const profiles = join(out, 'profiles');
rmSync(profiles, { recursive: true, force: true });
run(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, '--cpu-prof-interval', '100', '--input-type=module', '-e', loop]);

const profile = JSON.parse(readFileSync(join(profiles, readdirSync(profiles)[0]), 'utf8'));
// self time: samples × their intervals, attributed to the sampled node
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const dt = profile.timeDeltas[i + 1] ?? 0;
  const frame = node.callFrame;
  const wasm = frame.url.includes('wasm') || frame.functionName.startsWith('$') || frame.url === '';
  // The loop itself is anonymous top-level code; V8 charges builtins such as
  // JSON.parse to their JS caller, so its self time is mostly JSON.parse.
  const name = frame.functionName || (frame.url.includes('[eval') ? 'the loop: JSON.parse (builtins are charged to their caller)' : `(anonymous ${frame.url.split('/').pop()}:${frame.lineNumber})`);
  const key = `${name}\u0000${wasm && !frame.url.endsWith('.js') ? 'wasm' : frame.url.split('/').pop() || '(native)'}`;
  self.set(key, (self.get(key) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = ['(idle)', '(program)', '(garbage collector)'];
const rows = [...self.entries()]
  .map(([key, us]) => {
    const [name, where] = key.split('\u0000');
    return { name, where, ms: us / 1000, share: us / total };
  })
  .sort((a, b) => b.ms - a.ms);
const lines = [
  `| # | function | where | self ms | share |`,
  `| ---: | --- | --- | ---: | ---: |`,
  ...rows.slice(0, top).map((r, i) => `| ${i + 1} | \`${r.name.replace(/\|/g, '\\|')}\` | ${r.where} | ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)}% |`),
];
// The same self time summed by part: the parser's modules, string search,
// the allocator, serialisation, the JS side.
const PARTS = [
  ['string search (str::find, starts_with, memcmp)', /TwoWaySearcher|StrSearcher|str::pattern|starts_with|ends_with|memcmp|memchr/],
  ['allocation (dlmalloc, Vec growth and copies)', /dlmalloc|__rdl_|__rust_(alloc|dealloc|realloc)|RawVec|finish_grow|spec_extend|extend_from_slice|memcpy|memmove|memset|drop_in_place/],
  ['serialisation (serde, serde_json, float formatting)', /serde|zmij|itoa|Serialize/],
  ['JS: JSON.parse, text encode/decode, glue', /the loop|encodeInto|decode|passStringToWasm|getStringFromWasm|parseJson$/],
];
const parts = new Map();
for (const r of rows) {
  if (idle.includes(r.name)) continue;
  const part =
    PARTS.find(([, pattern]) => pattern.test(r.name))?.[0] ??
    (/gongwen::(\w+)/.exec(r.name) ? `gongwen::${/gongwen::(\w+)/.exec(r.name)[1]}` : r.where === 'wasm' ? 'other wasm (core iterators, folds …)' : 'other JS');
  parts.set(part, (parts.get(part) ?? 0) + r.ms);
}
const partLines = [
  `| part | self ms | share |`,
  `| --- | ---: | ---: |`,
  ...[...parts].sort((a, b) => b[1] - a[1]).map(([part, ms]) => `| ${part} | ${ms.toFixed(0)} | ${((100 * ms * 1000) / total).toFixed(1)}% |`),
];
const gc = rows.filter((r) => idle.includes(r.name)).map((r) => `${r.name} ${(r.share * 100).toFixed(1)}%`).join(', ');
const summary = `${lines.join('\n')}\n\nBy part (a function's name decides; generic code is charged to the module it names):\n\n${partLines.join('\n')}\n\nTotal ${(total / 1000).toFixed(0)} ms sampled every 100 µs; ${gc}.\n`;
console.log(summary);
if (outFile) {
  writeFileSync(
    outFile,
    `# A wasm CPU profile of \`parse\` in Node\n\n` +
      `\`node bench/profile-wasm.mjs --out bench/profile-wasm.md\` (Node ${process.version}): the shipped build ` +
      `(opt-level from [profile.wasm]) with its names kept, ${args.includes('--wasm-opt') ? 'after wasm-opt -Oz -g' : 'without wasm-opt (its inlining would charge most of the parser to `parseJson`)'}, \`JSON.parse(parseJson(text))\` in a loop over ` +
      `the ${texts.length} texts (the seeds, real/002 and real/006) for ${seconds} s after a warm-up. ` +
      `Self time per function, the top ${top}:\n\n${summary}`,
  );
}
