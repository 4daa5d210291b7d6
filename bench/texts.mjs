// The texts the WebAssembly benchmarks time (bench/boundary.mjs,
// bench/profile-wasm.mjs, bench/settings.mjs): the seeds and two real work
// reports, `{ name, path }` each ("000" … "004", "real/002", "real/006").
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');

export const benchTexts = [
  ...readdirSync(join(fixtures, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: name.slice(0, 3), path: join(fixtures, 'seeds', name) })),
  { name: 'real/002', path: join(fixtures, 'real', '002.txt') },
  { name: 'real/006', path: join(fixtures, 'real', '006.txt') },
];
