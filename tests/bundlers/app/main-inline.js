// esbuild and Rollup, which do not emit `new URL(…, import.meta.url)` assets:
// the .wasm comes inside the JS, from gongwen/inline.
import { init } from 'gongwen';
import wasm from 'gongwen/inline';
import { show } from './show.js';

init(wasm).then(show);
