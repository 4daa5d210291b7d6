// Types for `gongwen/inline`: the parser's WebAssembly module as bytes, inside
// a JS module, for bundlers that do not emit `new URL(…, import.meta.url)`
// assets (esbuild, Rollup) and for single-file builds.
//
//   import { init, parse } from 'gongwen';
//   import wasm from 'gongwen/inline';
//   await init(wasm);          // or initSync(wasm)

/** The bytes of `gongwen/wasm` (pkg/gongwen_bg.wasm). */
declare const wasm: Uint8Array<ArrayBuffer>;
export default wasm;
