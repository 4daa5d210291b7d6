#!/usr/bin/env node
// The size of what the npm package ships, raw and gzipped (level 9, as a CDN
// serves it). `npm run size` prints it; the build prints it too, the README's
// size table is generated from it (scripts/doc-figures.mjs), and a Node test
// holds plain text to the budget (BUDGET_KB).
//
// "Plain text" is what a page with <gongwen-report> loads before any file is
// opened: the static import closure of dist/element.js, the Worker it starts
// (dist/worker.js) with its own static closure, and the parser's .wasm that
// the Worker's init() fetches. Dynamic import() targets (file.js, compare.js,
// the main-thread fallback) load only on demand and are counted apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The budget for plain text, gzipped, in KB (1024 B). */
export const BUDGET_KB = 155;

/** The element's entry, where a page starts. */
const ELEMENT = 'dist/element.js';
/** The parser's .wasm, which the Worker's init() fetches (a URL, not an import: no parser can follow it). */
const PARSER_WASM = 'pkg/gongwen_bg.wasm';

function walk(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => walk(join(path, name)));
}

/**
 * The modules `entry` loads at once (root-relative paths): its static
 * imports and re-exports, followed by esbuild's parser, and every module
 * Worker started with `new Worker(new URL('…', import.meta.url))`, with its
 * own closure (unless `workers` is false: what the page's own thread loads).
 * Not the targets of import(), which load on demand.
 */
export function loadedAtOnce(entry, { workers = true } = {}) {
  // Loaded here, not at the top: the build imports this file before it has installed the dev dependencies.
  const esbuild = createRequire(import.meta.url)('esbuild');
  const closure = new Set();
  const visit = (start) => {
    const { metafile } = esbuild.buildSync({
      absWorkingDir: root,
      entryPoints: [start],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const follow = (path) => {
      if (closure.has(path)) return;
      closure.add(path);
      const input = metafile.inputs[path];
      if (!input) throw new Error(`scripts/size.mjs: esbuild did not read ${path}`);
      for (const { path: imported, kind } of input.imports) if (kind === 'import-statement') follow(imported);
      if (!workers) return;
      const code = readFileSync(join(root, path), 'utf8');
      for (const [, , url] of code.matchAll(/new Worker\(\s*new URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g)) {
        visit(relative(root, join(root, dirname(path), url)));
      }
    };
    follow(relative(root, join(root, start)));
  };
  visit(entry);
  return [...closure];
}

/**
 * `{ files: [{ path, raw, gzip }], raw, gzip, plain, docx, compare, inline }`
 * for the shipped .js/.wasm files; `plain` (see above) also has `js`, `wasm`
 * and `paths`.
 */
export function shippedSizes() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = manifest.files
    .filter((entry) => !entry.includes('*')) // (the globs name only the .d.ts types)
    .flatMap((entry) => walk(join(root, entry)))
    .filter((path) => /\.(m?js|wasm)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return { path: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  const part = (list) => ({ raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), count: list.length });
  const paths = [...loadedAtOnce(ELEMENT), PARSER_WASM];
  const plain = files.filter((file) => paths.includes(file.path));
  const missing = paths.filter((path) => !plain.some((file) => file.path === path));
  if (missing.length) throw new Error(`scripts/size.mjs: the element loads ${missing.join(', ')}, which package.json's "files" does not ship`);
  const isWasm = (file) => file.path.endsWith('.wasm');
  // The .docx module (pkg/gongwen_docx*) and dist/file.js, which loads it, when a file is opened.
  const isDocx = (file) => /gongwen_docx|^dist\/file\.js$/.test(file.path);
  // The compare module and dist/compare.js, when `compare` is called.
  const isCompare = (file) => /gongwen_compare|^dist\/compare\.js$/.test(file.path);
  // gongwen/inline (the .wasm again, as JS) loads only where a user imports it instead.
  const isInline = (file) => /gongwen_inline/.test(file.path);
  return {
    files,
    raw: sum(files, 'raw'),
    gzip: sum(files, 'gzip'),
    plain: {
      ...part(plain),
      js: part(plain.filter((file) => !isWasm(file))),
      wasm: part(plain.filter(isWasm)),
      paths: plain.map((file) => file.path),
    },
    docx: part(files.filter(isDocx)),
    compare: part(files.filter(isCompare)),
    inline: part(files.filter(isInline)),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The size table, as the build prints it and the README shows it (Markdown). */
export function sizeTable(sizes = shippedSizes()) {
  const row = (what, { raw, gzip }) => `| ${what} | ${raw.toLocaleString('en')} B | ${kb(gzip)} |`;
  return [
    '| what | raw | gzip |',
    '| --- | ---: | ---: |',
    row(`plain text: the element's JS (${sizes.plain.js.count} modules, its Worker's included)`, sizes.plain.js),
    row('plain text: the parser’s .wasm', sizes.plain.wasm),
    row('**plain text: what a page with the element loads**', sizes.plain),
    row('the .docx module (when a file is opened)', sizes.docx),
    row('the compare module (when `compare` is called)', sizes.compare),
    row('`gongwen/inline` (the .wasm as JS, only where imported)', sizes.inline),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = shippedSizes();
  const line = (what, { raw, gzip }) => console.log(`${what.padEnd(30)} ${String(raw).padStart(7)} B  ${String(gzip).padStart(6)} B gzip (${kb(gzip)})`);
  for (const file of sizes.files) line(`${sizes.plain.paths.includes(file.path) ? '*' : ' '} ${file.path}`, file);
  line('total', sizes);
  line('plain text (*): JS', sizes.plain.js);
  line('plain text (*): wasm', sizes.plain.wasm);
  line(`plain text (*) (budget ${BUDGET_KB} KB)`, sizes.plain);
  line('compare module', sizes.compare);
  line('.docx module', sizes.docx);
  line('gongwen/inline', sizes.inline);
}
