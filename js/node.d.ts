// Types for `gongwen` in Node (the "node" condition: js/node.js). The same
// API as the browser entry (index.d.ts), where `initSync` also reads the
// packaged .wasm, or a file, by itself.
export * from './index.js';

/**
 * Load the WebAssembly module synchronously: from the packaged .wasm with no
 * argument, or from a file path, a `file:` URL, bytes or a `WebAssembly.Module`.
 */
export function initSync(input?: BufferSource | WebAssembly.Module | string | URL): void;
