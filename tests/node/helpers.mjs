// Shared by the Node tests: where things are, the seeds, and the native CLI
// that the package's output is compared with.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedsDir = join(root, 'tests', 'fixtures', 'seeds');

/** `[{ name, path, text }]` for every seed report. */
export const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, path: join(seedsDir, name), text: readFileSync(join(seedsDir, name), 'utf8') }));

/** Fail early, and say what to do, when the package has not been built. */
export function assertBuilt() {
  if (!existsSync(join(root, 'pkg', 'gongwen_bg.wasm'))) {
    throw new Error('pkg/gongwen_bg.wasm is missing: run `npm run build` first (`npm test` does).');
  }
  if (!existsSync(join(root, 'dist', 'element.js'))) {
    throw new Error('dist/ is missing: run `npm run build:js` first (`npm run build` and the test scripts do).');
  }
}

let cliPath;

/** The native CLI (GONGWEN_CLI, or target/release/gongwen, built here if needed). */
export function cli() {
  if (cliPath) return cliPath;
  if (process.env.GONGWEN_CLI) return (cliPath = process.env.GONGWEN_CLI);
  const build = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'gongwen'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('cargo build --release --bin gongwen failed');
  return (cliPath = join(root, 'target', 'release', 'gongwen'));
}

/**
 * Run `gongwen parse [args] FILE` (or `-` with `input` on stdin); its stdout.
 * @param {string[]} args
 * @param {{ file?: string, input?: string }} from
 */
export function runCli(args, { file, input }) {
  const result = spawnSync(cli(), ['parse', ...args, file ?? '-'], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`gongwen parse ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** Every span in a Document, with a path that says where it is. */
export function* spans(doc) {
  if (doc.meta.titleSpan) yield ['meta.titleSpan', doc.meta.titleSpan];
  const headings = function* (list, path) {
    for (const [i, h] of list.entries()) {
      yield [`${path}[${i}].span`, h.span, h];
      yield [`${path}[${i}].section`, h.section, h];
      yield* headings(h.children, `${path}[${i}].children`);
    }
  };
  yield* headings(doc.outline, 'outline');
  for (const key of ['indicators', 'quantities', 'glossary', 'warnings']) {
    for (const [i, node] of doc[key].entries()) if (node.span) yield [`${key}[${i}].span`, node.span, node];
  }
}
