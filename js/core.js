// What the browser entry (index.js) and the Node entry (node.js) share: the
// loaded-or-not state, `parse`, and the exports. The entries differ only in
// where `init()` finds the .wasm when it is given nothing.
import initWasm, { initSync as initWasmSync, parseJson } from '../pkg/gongwen.js';

/** The package version (the crate's: a Node test checks they agree). */
export const version = '0.1.0';

let ready = false;

const NOT_READY =
  'gongwen: the WebAssembly module is not loaded yet. Call `await init()` first ' +
  "(once, e.g. at start-up: `import { init, parse } from 'gongwen'; await init();`), " +
  'or `initSync(bytes)` where you cannot await.';

/**
 * Load the module from what `init` was given: a URL or Request (fetched), a
 * Response, bytes, or a compiled `WebAssembly.Module`. Loading twice is a no-op.
 */
export async function load(input) {
  if (ready) return;
  expectInput('init', input, false);
  if (input instanceof WebAssembly.Module || ArrayBuffer.isView(input) || input instanceof ArrayBuffer) {
    // Compile here rather than in wasm-bindgen's loader: its `instanceof
    // Response` check makes Node 18–20 load their fetch implementation
    // (undici), which costs more than compiling the module.
    loadSync(input instanceof WebAssembly.Module ? input : await WebAssembly.compile(input));
    return;
  }
  await initWasm({ module_or_path: input });
  ready = true;
}

/** Load the module synchronously from bytes or a `WebAssembly.Module`. */
export function loadSync(input) {
  if (ready) return;
  expectInput('initSync', input, true);
  initWasmSync({ module: input });
  ready = true;
}

/** A TypeError naming what `init`/`initSync` take, for anything else. */
function expectInput(name, input, sync) {
  const bytes = input instanceof WebAssembly.Module || ArrayBuffer.isView(input) || input instanceof ArrayBuffer;
  const fetchable =
    typeof input === 'string' ||
    input instanceof URL ||
    (typeof Request === 'function' && input instanceof Request) ||
    (typeof Response === 'function' && input instanceof Response) ||
    typeof input?.then === 'function';
  if (bytes || (!sync && fetchable)) return;
  const what = sync
    ? 'the .wasm bytes (Uint8Array, ArrayBuffer) or a WebAssembly.Module'
    : 'a URL (string or URL), a Request, a Response, the .wasm bytes (Uint8Array, ArrayBuffer) or a WebAssembly.Module';
  throw new TypeError(`gongwen: ${name}(input) takes ${what}, not ${describe(input)}`);
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'no prototype'})`;
  return typeof value;
}

/**
 * Parse a report into a Document (schema v1): a plain object that deep-equals
 * `JSON.parse` of the CLI's output, with spans in UTF-16 code units.
 */
export function parse(text, options) {
  if (!ready) throw new Error(NOT_READY);
  if (typeof text !== 'string') {
    throw new TypeError(`gongwen: parse(text) takes a string, not ${describe(text)}`);
  }
  if (options != null && typeof options !== 'object') {
    throw new TypeError(`gongwen: parse(text, options) takes an options object ({ quantities, hints }), not ${describe(options)}`);
  }
  if (options?.hints != null && !(options.hints instanceof Uint32Array)) {
    throw new TypeError(`gongwen: parse options.hints takes a Uint32Array of [start, end, flags] triples, not ${describe(options.hints)}`);
  }
  const quantities = options == null || options.quantities !== false;
  // `hints`: a .docx's bold and heading ranges (from parseDocx), else none.
  return JSON.parse(parseJson(text, quantities, options?.hints));
}
