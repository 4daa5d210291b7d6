#!/usr/bin/env node
// `npm run bench:profile`: a CPU profile of `parse` in WebAssembly, in Node,
// with function names, summarised as the functions with the most self time.
//
// 1. Builds the parser module as `npm run build` does (profile `wasm`,
//    wasm-bindgen, wasm-opt -Oz) but keeps the name section (`wasm-opt -g`,
//    no --strip-debug), into a temporary folder (never pkg/): the same code
//    as shipped, with names.
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
  run(join(root, 'node_modules', '.bin', 'wasm-opt'), ['-Oz', '-g', '--strip-producers', wasm, '-o', wasm]);
}

const texts = [
  ...readdirSync(join(root, 'tests', 'fixtures', 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(root, 'tests', 'fixtures', 'seeds', name)),
  join(root, 'tests', 'fixtures', 'real', '002.txt'),
  join(root, 'tests', 'fixtures', 'real', '006.txt'),
];

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
  const name = frame.functionName || `(anonymous ${frame.url.split('/').pop()}:${frame.lineNumber})`;
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
const gc = rows.filter((r) => idle.includes(r.name)).map((r) => `${r.name} ${(r.share * 100).toFixed(1)}%`).join(', ');
const summary = `${lines.join('\n')}\n\nTotal ${(total / 1000).toFixed(0)} ms sampled every 100 µs; ${gc}.\n`;
console.log(summary);
if (outFile) {
  writeFileSync(
    outFile,
    `# A wasm CPU profile of \`parse\` in Node\n\n` +
      `\`node bench/profile-wasm.mjs --out bench/profile-wasm.md\` (Node ${process.version}): the shipped build ` +
      `(opt-level from [profile.wasm], wasm-opt -Oz) with its names kept, \`JSON.parse(parseJson(text))\` in a loop over ` +
      `the ${texts.length} texts (the seeds, real/002 and real/006) for ${seconds} s after a warm-up. ` +
      `Self time per function, the top ${top}:\n\n${summary}`,
  );
}
