// gongwen for browsers, Web Workers and bundlers (the "browser" and "default"
// conditions of package.json's exports). Node gets node.js instead.
//
//   import { init, parse } from 'gongwen';
//   await init();                       // fetches gongwen_bg.wasm next to this module
//   const doc = parse(text);
//   const { doc, text } = await parseFile(bytes);   // a .docx or a text file
//   const table = await compare([{ file: 'a.txt', document: docA }, …]);   // targets against outcomes
import { init, PREBUNDLED } from './browser-init.js';

export { init, initSync } from './browser-init.js';
export { parse, version } from './core.js';
export { toCSV, toMarkdown } from './export.js';
export { hintsFromHtml } from './rich.js';

// parseFile and parseDocx (index.d.ts) load ./file.js and the .docx module on first use.
const DOCX = () =>
  PREBUNDLED.test(import.meta.url)
    ? new URL(/* webpackIgnore: true */ 'gongwen/docx-wasm', import.meta.url) // (see packagedWasm in browser-init.js)
    : new URL('../pkg/gongwen_docx_bg.wasm', import.meta.url);

export async function parseFile(bytes, options, docxWasm) {
  await init();
  return (await import('./file.js')).parseFile(bytes, options, docxWasm ?? DOCX);
}
export async function parseDocx(bytes, options, docxWasm) {
  await init();
  return (await import('./file.js')).parseDocx(bytes, options, docxWasm ?? DOCX);
}

// compare (index.d.ts) loads ./compare.js and the compare module on first use.
const COMPARE = () =>
  PREBUNDLED.test(import.meta.url)
    ? new URL(/* webpackIgnore: true */ 'gongwen/compare-wasm', import.meta.url) // (see packagedWasm in browser-init.js)
    : new URL('../pkg/gongwen_compare_bg.wasm', import.meta.url);
export async function compare(reports, options, compareWasm) {
  return (await import('./compare.js')).compare(reports, options, compareWasm ?? COMPARE);
}
