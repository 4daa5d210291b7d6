// gongwen for Node 20.19+ / 22.12+ (the "node" condition of package.json's exports).
//
//   import { init, parse } from 'gongwen';
//   await init();                       // reads gongwen_bg.wasm with fs: no fetch(file:)
//   const doc = parse(text);
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { load, loadSync } from './core.js';

export { parse, version } from './core.js';
export { toCSV, toMarkdown } from './export.js';
// In Node there is no DOMParser: hintsFromHtml gives no hints there.
export { hintsFromHtml } from './rich.js';

const WASM = new URL('../pkg/gongwen_bg.wasm', import.meta.url);
// parseFile and parseDocx (index.d.ts) load ./file.js and the .docx module on first use.
const DOCX = () => readFile(new URL('../pkg/gongwen_docx_bg.wasm', import.meta.url));
export async function parseFile(bytes, options, docxWasm) {
  await init();
  return (await import('./file.js')).parseFile(bytes, options, docxWasm ?? DOCX);
}
export async function parseDocx(bytes, options, docxWasm) {
  await init();
  return (await import('./file.js')).parseDocx(bytes, options, docxWasm ?? DOCX);
}

// compare (index.d.ts) loads ./compare.js and the compare module on first use.
const COMPARE = () => readFile(new URL('../pkg/gongwen_compare_bg.wasm', import.meta.url));
export async function compare(reports, options, compareWasm) {
  return (await import('./compare.js')).compare(reports, options, compareWasm ?? COMPARE);
}

/**
 * The file path when `input` names a local file: a `file:` URL, or a string
 * that is a path rather than a URL. Node's fetch cannot read `file:` URLs.
 */
function localPath(input) {
  if (input instanceof URL) return input.protocol === 'file:' ? fileURLToPath(input) : null;
  if (typeof input !== 'string') return null;
  if (input.startsWith('file:')) return fileURLToPath(input);
  // A scheme ("https:", "data:") makes a URL; a Windows drive ("C:\") does not.
  return /^[a-z][a-z0-9+.-]+:/i.test(input) ? null : input;
}

/**
 * Load the WebAssembly module. With no argument it reads the .wasm that ships
 * with the package. A file path or `file:` URL is read with fs; an http(s) URL,
 * a Request, a Response, bytes or a `WebAssembly.Module` are used as given.
 */
export async function init(input) {
  const path = localPath(input === undefined ? WASM : input);
  await load(path === null ? input : await readFile(path));
}

/**
 * Load the WebAssembly module synchronously: from the packaged .wasm with no
 * argument, or from a file path, bytes or a `WebAssembly.Module`.
 */
export function initSync(input) {
  const path = localPath(input === undefined ? WASM : input);
  loadSync(path === null ? input : readFileSync(path));
}
