// gongwen for browsers, Web Workers and bundlers (the "browser" and "default"
// conditions of package.json's exports). Node gets node.js instead.
//
//   import { init, parse } from 'gongwen';
//   await init();                       // fetches gongwen_bg.wasm next to this module
//   const doc = parse(text);
//   const { doc, text } = await parseFile(bytes);   // a .docx or a text file
//   const table = await compare([{ file: 'a.txt', document: docA }, …]);   // targets against outcomes
import { load, loadSync } from './core.js';

export { parse, toCSV, toMarkdown, version } from './core.js';
export { hintsFromHtml } from './rich.js';

// parseFile and parseDocx (index.d.ts) load ./file.js and the .docx module on first use.
const DOCX = () => new URL('../pkg/gongwen_docx_bg.wasm', import.meta.url);
export async function parseFile(bytes, options, docxWasm) {
  await init();
  return (await import('./file.js')).parseFile(bytes, options, docxWasm ?? DOCX);
}
export async function parseDocx(bytes, options, docxWasm) {
  await init();
  return (await import('./file.js')).parseDocx(bytes, options, docxWasm ?? DOCX);
}

// compare (index.d.ts) loads ./compare.js and the compare module on first use.
const COMPARE = () => new URL('../pkg/gongwen_compare_bg.wasm', import.meta.url);
export async function compare(reports, options, compareWasm) {
  return (await import('./compare.js')).compare(reports, options, compareWasm ?? COMPARE);
}

/**
 * Load the WebAssembly module. With no argument it fetches the .wasm that
 * ships next to this file (bundlers such as Vite see the `new URL(…,
 * import.meta.url)` and emit it). Pass a URL, a Request, a Response, bytes or
 * a `WebAssembly.Module` to load it from elsewhere (a CDN, a strict CSP, a
 * bundler's `?url` import).
 */
export async function init(input) {
  const source = input === undefined ? packagedWasm() : input;
  try {
    await load(source);
  } catch (error) {
    throw explain(error, source);
  }
}

/** The URL of the .wasm that ships next to this module. */
function packagedWasm() {
  // Vite's dev server pre-bundles dependencies into node_modules/.vite/deps/,
  // away from their files, but still serves the package from node_modules.
  const vite = /^(.*\/node_modules)\/\.vite\/deps\/[^/?#]*(?:[?#].*)?$/.exec(import.meta.url);
  if (vite) return new URL(`${vite[1]}/gongwen/pkg/gongwen_bg.wasm`);
  return new URL('../pkg/gongwen_bg.wasm', import.meta.url);
}

/** Load the WebAssembly module synchronously from bytes or a `WebAssembly.Module`. */
export function initSync(input) {
  if (input === undefined) {
    throw new TypeError(
      'gongwen: initSync(bytes) needs the .wasm bytes or a WebAssembly.Module in a browser; ' +
        'use `await init()` to fetch it instead.',
    );
  }
  loadSync(input);
}

/** A load failure, with the URL and the usual fix when the server sent no wasm. */
function explain(error, source) {
  const where = typeof source === 'string' || source instanceof URL ? ` from ${source}` : '';
  const hint =
    where &&
    ' If a dev server answered with a page instead of the .wasm (Vite pre-bundling moves the module ' +
      "away from its .wasm), pass the URL yourself: `import wasmUrl from 'gongwen/wasm?url'; " +
      "await init(wasmUrl);`, or set `optimizeDeps: { exclude: ['gongwen'] }`.";
  return new Error(`gongwen: could not load the WebAssembly module${where}: ${error && error.message}.${hint}`, {
    cause: error,
  });
}
