// Vite and webpack: `init()` with no argument; the bundler emits the .wasm.
import { init } from 'gongwen';
import { show } from './show.js';

init().then(show);
