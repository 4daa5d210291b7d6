// The fixture's Vite config: two pages, nothing about wasm (none is needed).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default {
  build: {
    rollupOptions: {
      input: { main: resolve(here, 'index.html'), explicit: resolve(here, 'explicit.html') },
    },
  },
};
