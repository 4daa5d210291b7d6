#!/usr/bin/env node
// The size of what the npm package ships: every JS and wasm file that
// package.json's "files" lists, raw and gzipped (level 9, as a CDN serves it).
// `npm run size` prints it; the build prints it too, and a Node test holds it
// to the budget (170 KB gzipped).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function walk(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => walk(join(path, name)));
}

/** `{ files: [{ path, raw, gzip }], raw, gzip }` for the shipped .js/.mjs/.wasm files. */
export function shippedSizes() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = manifest.files
    .flatMap((entry) => walk(join(root, entry)))
    .filter((path) => /\.(m?js|wasm)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return { path: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  const part = (list) => ({ raw: sum(list, 'raw'), gzip: sum(list, 'gzip') });
  // The .docx module (pkg/gongwen_docx*) loads only when a file is opened.
  // So does js/file.js, which loads it.
  const isDocx = (file) => /gongwen_docx|js\/file\.js$/.test(file.path);
  // So do the compare module and js/compare.js, when `compare` is called.
  const isCompare = (file) => /gongwen_compare|js\/compare\.js$/.test(file.path);
  // js/node.js is the Node entry: no page loads it.
  const isNode = (file) => /js\/node\.js$/.test(file.path);
  // gongwen/inline (the .wasm again, as JS) loads only where a user imports it instead.
  const isInline = (file) => /gongwen_inline/.test(file.path);
  return {
    files,
    raw: sum(files, 'raw'),
    gzip: sum(files, 'gzip'),
    plain: part(files.filter((f) => !isDocx(f) && !isCompare(f) && !isInline(f) && !isNode(f))),
    docx: part(files.filter(isDocx)),
    compare: part(files.filter(isCompare)),
    inline: part(files.filter(isInline)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = shippedSizes();
  for (const file of sizes.files) console.log(`${file.path.padEnd(22)} ${String(file.raw).padStart(7)} B  ${String(file.gzip).padStart(6)} B gzip`);
  console.log(`total                  ${String(sizes.raw).padStart(7)} B  ${String(sizes.gzip).padStart(6)} B gzip (${(sizes.gzip / 1024).toFixed(1)} KB)`);
  console.log(`plain text             ${String(sizes.plain.raw).padStart(7)} B  ${String(sizes.plain.gzip).padStart(6)} B gzip (${(sizes.plain.gzip / 1024).toFixed(1)} KB)`);
  console.log(`compare module         ${String(sizes.compare.raw).padStart(7)} B  ${String(sizes.compare.gzip).padStart(6)} B gzip (${(sizes.compare.gzip / 1024).toFixed(1)} KB)`);
  console.log(`.docx module           ${String(sizes.docx.raw).padStart(7)} B  ${String(sizes.docx.gzip).padStart(6)} B gzip (${(sizes.docx.gzip / 1024).toFixed(1)} KB)`);
  console.log(`gongwen/inline         ${String(sizes.inline.raw).padStart(7)} B  ${String(sizes.inline.gzip).padStart(6)} B gzip (${(sizes.inline.gzip / 1024).toFixed(1)} KB)`);
}
