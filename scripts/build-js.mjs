#!/usr/bin/env node
// `npm run build:js` (and the end of `npm run build`): the JavaScript the
// package ships, minified.
//
//   js/**/*.js  →  dist/**/*.js    the same tree one level under the root, so every
//                                  relative URL (../pkg/gongwen_bg.wasm, ../worker.js,
//                                  ./file.js) resolves as it does from js/
//   pkg/gongwen{,_docx,_compare}.js   the wasm-bindgen glue, minified in place
//                                  (minifyGlue, which scripts/build-wasm.mjs calls)
//
// js/ stays the readable source; dist/ is what package.json's exports and the
// page load. Each file is minified on its own (esbuild's transform, no
// bundling), so the module graph is exactly js/'s. What minifying would lose
// and the build puts back or checks:
//   - `/* webpackIgnore: true */` in `new URL(…)`: esbuild drops the comment,
//     and webpack would then try to bundle 'gongwen/wasm' (put back);
//   - `new URL('…', import.meta.url)`, the shape Vite and webpack follow to emit
//     the .wasm and the Worker (checked: the build fails if one is lost);
//   - the element's stylesheet, CSS in a template literal that esbuild leaves
//     as it is (minified as CSS).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const source = join(root, 'js');
export const dist = join(root, 'dist');

/** What the sources need: private fields and methods, `??=`, top-level await. */
const TARGET = 'es2022';

/** The wasm-bindgen glue (not gongwen_inline.js: base64 that minifying cannot shrink). */
const GLUE = ['gongwen.js', 'gongwen_docx.js', 'gongwen_compare.js'];

/** Every .js file under `dir`, as paths relative to it. */
export function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((path) => path.endsWith('.js'))
    .sort();
}

/** The newest modification time of the sources (0 when there are none). */
function newestSource() {
  return Math.max(0, ...jsFiles(source).map((path) => statSync(join(source, path)).mtimeMs), statSync(fileURLToPath(import.meta.url)).mtimeMs);
}

/** Whether dist/ is missing a file of js/, or older than one. */
export function distIsStale() {
  if (!existsSync(dist)) return true;
  const built = jsFiles(source).map((path) => join(dist, path));
  if (!built.every((path) => existsSync(path))) return true;
  return Math.min(...built.map((path) => statSync(path).mtimeMs)) < newestSource();
}

/** `new URL(<comment?> 'literal', import.meta.url)`: [specifier, whether webpackIgnore'd]. */
function urlLiterals(code) {
  const pattern = /new URL\(\s*(\/\*\s*webpackIgnore:\s*true\s*\*\/\s*)?(['"])([^'"]+)\2\s*,\s*import\.meta\.url\s*\)/g;
  return [...code.matchAll(pattern)].map((m) => [m[3], Boolean(m[1])]);
}

/** The element's stylesheet (`const STYLE = `…`;` in element/style.js) as minified CSS in a string. */
async function minifyStylesheet(code, esbuild, path) {
  const literal = /const STYLE = `([^`]*)`;/.exec(code);
  if (!literal) throw new Error(`${path}: no \`const STYLE = \`…\`;\` to minify as CSS`);
  // A backslash or ${ would make the literal's value differ from its text: none today, so refuse them.
  if (/\\|\$\{/.test(literal[1])) throw new Error(`${path}: the stylesheet holds a backslash or \${…}: minify it by hand`);
  const css = await esbuild.transform(literal[1], { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
  if (css.warnings.length) throw new Error(`${path}: esbuild warns on the stylesheet: ${css.warnings.map((w) => w.text).join('; ')}`);
  return code.replace(literal[0], () => `const STYLE = ${JSON.stringify(css.code.trim())};`);
}

/** One module minified, with its `new URL(…)` literals (and their webpackIgnore comments) as they were. */
async function minifyModule(code, esbuild, path) {
  const result = await esbuild.transform(code, {
    loader: 'js',
    format: 'esm',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    charset: 'utf8', // (a module is always read as UTF-8; escaping the Chinese text would double it)
    sourcefile: path,
    logLevel: 'silent',
  });
  if (result.warnings.length) throw new Error(`${path}: esbuild warns: ${result.warnings.map((w) => w.text).join('; ')}`);
  let out = result.code;
  const before = urlLiterals(code);
  for (const [specifier, ignored] of before) {
    if (!ignored) continue;
    const plain = `new URL(${JSON.stringify(specifier)},import.meta.url)`;
    out = out.replace(plain, () => `new URL(/* webpackIgnore: true */${JSON.stringify(specifier)},import.meta.url)`);
  }
  const after = urlLiterals(out);
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error(`${path}: minifying changed its new URL(…, import.meta.url) literals: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  }
  return out;
}

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    throw new Error('esbuild is missing: run `npm install` (it is a dev dependency)');
  }
}

/** The minified text of js/`path` (relative to js/), as dist/ holds it. */
export async function minifySource(path, esbuild) {
  esbuild ??= await loadEsbuild();
  let code = readFileSync(join(source, path), 'utf8');
  if (path === join('element', 'style.js')) code = await minifyStylesheet(code, esbuild, `js/${path}`);
  return minifyModule(code, esbuild, `js/${path}`);
}

/** Write dist/: every js/**\/*.js minified, in the same tree. Returns the paths written, relative to the root. */
export async function buildDist() {
  const esbuild = await loadEsbuild();
  rmSync(dist, { recursive: true, force: true });
  const written = [];
  for (const path of jsFiles(source)) {
    const out = join(dist, path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, await minifySource(path, esbuild));
    written.push(relative(root, out));
  }
  return written;
}

/** Minify the wasm-bindgen glue in `pkg` in place (generated files; minifying twice changes nothing). */
export async function minifyGlue(pkg = join(root, 'pkg')) {
  const esbuild = await loadEsbuild();
  for (const name of GLUE) {
    const path = join(pkg, name);
    if (!existsSync(path)) continue;
    writeFileSync(path, await minifyModule(readFileSync(path, 'utf8'), esbuild, `pkg/${name}`));
  }
}

/** Build dist/ if it is missing or older than js/ (what `npm start` and the tests need). */
export async function buildDistIfStale({ log = console.error } = {}) {
  if (!distIsStale()) return false;
  log('gongwen: minifying js/ into dist/ (npm run build:js)…');
  await buildDist();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const written = await buildDist();
  console.error(`dist/: ${written.length} modules minified from js/ in ${Date.now() - started} ms`);
}
