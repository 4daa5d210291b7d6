#!/usr/bin/env node
// `npm run build`: the WebAssembly build of the crate, into pkg/.
//
//   1. cargo build --profile wasm --target wasm32-unknown-unknown --no-default-features --lib
//   2. wasm-bindgen --target web --out-dir pkg           (the JS glue + the .wasm)
//   3. wasm-opt -O1 (the parser, compare) or -Oz (.docx)  (npm's binaryen; never Debian's)
//
// three times: the parser (pkg/gongwen*); with `--features docx-wasm` the .docx
// extraction alone (pkg/gongwen_docx*), which the package loads only when a
// .docx is opened, so plain text never pays for it; and with `--features
// compare-wasm` the comparison of targets and outcomes (pkg/gongwen_compare*),
// loaded only when `compare` is called.
//
// It installs what is missing first, so a fresh machine needs no manual step:
// the wasm32 target (rustup), the wasm-bindgen CLI at the exact version the
// crate pins (cargo install), and the npm dev dependencies (npm install).
// Then it minifies the JS (scripts/build-js.mjs: the glue in pkg/ in place,
// js/ into dist/) and prints the size of what the package ships.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist, minifyGlue } from './build-js.mjs';
import { BUDGET_KB, shippedSizes, sizeTable } from './size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = 'wasm32-unknown-unknown';
const crate = 'gongwen';
const out = join(root, 'pkg');

function run(command, args, options = {}) {
  console.error(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args[0]} failed (exit ${result.status})`);
}

function output(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The wasm-bindgen version the crate pins (`wasm-bindgen = "=X.Y.Z"`). */
function pinnedBindgen() {
  const toml = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const pin = /^\s*wasm-bindgen\s*=\s*(?:\{[^}]*version\s*=\s*)?"=([0-9.]+)"/m.exec(toml);
  if (!pin) throw new Error('Cargo.toml must pin wasm-bindgen with "=X.Y.Z" so the CLI can match it');
  return pin[1];
}

function ensureTarget() {
  const installed = output('rustup', ['target', 'list', '--installed']);
  if (installed === null) {
    console.error(`rustup not found: assuming the ${target} target is installed`);
    return;
  }
  if (!installed.split('\n').includes(target)) run('rustup', ['target', 'add', target]);
}

function ensureBindgen() {
  const version = pinnedBindgen();
  const have = output('wasm-bindgen', ['--version']);
  if (have === `wasm-bindgen ${version}`) return;
  // `--locked` fails here: a locked dependency of the CLI is missing from the registry.
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', version]);
}

function ensureWasmOpt() {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'wasm-opt.cmd' : 'wasm-opt');
  if (!existsSync(bin)) run('npm', ['install', '--no-audit', '--no-fund'], { shell: process.platform === 'win32' });
  return bin;
}

ensureTarget();
ensureBindgen();
const wasmOpt = ensureWasmOpt();

const started = Date.now();

/**
 * Build one WebAssembly module: cargo (the `wasm` profile: release, optimised
 * for size), wasm-bindgen, wasm-opt at `level`. `name` is the output's base
 * name in pkg/. The level is measured per module (README, "Size"): -Oz makes
 * the parser and compare modules smallest raw but 3–4 KB larger gzipped than
 * -O1, at the same speed; for the .docx module -Oz is the smallest gzipped.
 */
function buildModule(name, features, env = {}, level = '-O1') {
  const args = ['build', '--profile', 'wasm', '--target', target, '--no-default-features', '--lib'];
  if (features) args.push('--features', features);
  run('cargo', args, { env: { ...process.env, ...env } });
  const built = join(root, 'target', target, 'wasm', `${crate}.wasm`);
  // wasm-bindgen names its output after the input file.
  const input = join(root, 'target', target, 'wasm', `${name}.wasm`);
  if (input !== built) copyFileSync(built, input);
  // --omit-default-module-path: js/index.js and js/node.js say where the .wasm is.
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--omit-default-module-path', '--out-dir', out, input]);
  const wasm = join(out, `${name}_bg.wasm`);
  const before = statSync(wasm).size;
  run(wasmOpt, [level, '--strip-debug', '--strip-producers', wasm, '-o', wasm]);
  console.error(`${name}: ${before} B after wasm-bindgen, ${statSync(wasm).size} B after wasm-opt ${level}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
// The parser: what plain text needs.
buildModule(crate, null);
// The .docx extraction alone (src/docx/, no parser), loaded only when a .docx is opened.
// opt-level "z": a .docx is opened once, so size matters more than speed.
buildModule(`${crate}_docx`, 'docx-wasm', { CARGO_PROFILE_WASM_OPT_LEVEL: 'z' }, '-Oz');
// The comparison alone (src/compare/), loaded only when `compare` is called.
buildModule(`${crate}_compare`, 'compare-wasm', { CARGO_PROFILE_WASM_OPT_LEVEL: 'z' });

// `gongwen/inline`: the parser's .wasm inside a JS module, for bundlers that
// do not follow `new URL(…, import.meta.url)` (esbuild, Rollup) and for
// single-file builds. Never loaded unless imported.
writeFileSync(join(out, `${crate}_inline.js`), inlineModule(readFileSync(join(out, `${crate}_bg.wasm`))));

/** A module whose default export is the bytes of `wasm` (kept as base64 in the source). */
function inlineModule(wasm) {
  return `// gongwen/inline: pkg/gongwen_bg.wasm as bytes, for \`init(wasm)\` or \`initSync(wasm)\`.
// Generated by scripts/build-wasm.mjs; do not edit.
const base64 = '${wasm.toString('base64')}';
function decode(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
export default /* @__PURE__ */ decode(base64);
`;
}

await minifyGlue(out);
await buildDist();

const sizes = shippedSizes();
for (const file of sizes.files) console.error(`  ${file.path.padEnd(28)} ${String(file.raw).padStart(7)} B  ${String(file.gzip).padStart(6)} B gzip`);
console.error(sizeTable(sizes));
console.error(`what a page with the element loads for plain text: ${(sizes.plain.gzip / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
console.error(`the .docx module (loaded on demand): ${(sizes.docx.gzip / 1024).toFixed(1)} KB gzipped (budget 40 KB)`);
console.error(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
