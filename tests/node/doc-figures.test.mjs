// scripts/doc-figures.mjs: the docs' figures are the measured ones, and a
// stale one is named.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DOCS, figures, review } from '../../scripts/doc-figures.mjs';
import { assertBuilt, root } from './helpers.mjs';

test('should find every figure in the docs current (npm run figures rewrites them)', () => {
  assertBuilt();
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'doc-figures.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, `the docs' figures should be current:\n${run.stderr}`);
  const sizes = DOCS.map((doc) => readFileSync(join(root, doc), 'utf8')).join('\n');
  assert.ok((sizes.match(/<!-- fig:plain-gzip -->/g) ?? []).length >= 2, 'README.md and docs/package.md should state the package size as a figure');
});

test('should name a stale size, an unknown figure and a stale block, and fix them', () => {
  assertBuilt();
  const all = figures();
  const text =
    'size <!-- fig:plain-gzip -->1.0 KB<!-- /fig -->, wasm <!-- fig:wasm-gzip -->' + all['wasm-gzip'].text + '<!-- /fig -->, ' +
    '<!-- fig:no-such -->3 ms<!-- /fig -->\n<!-- figs:large-paste -->\nhand-typed 40 ms\n<!-- /figs -->\n';
  const { stale, fixed } = review('X.md', text, all);
  assert.deepStrictEqual(stale.map((s) => s.name), ['plain-gzip', 'no-such', 'large-paste'], 'should name exactly the stale figures');
  assert.equal(stale[0].now, all['plain-gzip'].text, 'should give the measured size');
  assert.ok(fixed.includes(`<!-- fig:plain-gzip -->${all['plain-gzip'].text}<!-- /fig -->`), 'should write the measured size');
  assert.ok(!fixed.includes('hand-typed'), 'should replace a block with the generated one');
});

test('should allow a size 1 % off (another toolchain), not more', () => {
  const all = { size: { text: '100.0 KB', value: 100 } };
  assert.equal(review('X.md', '<!-- fig:size -->100.9 KB<!-- /fig -->', all).stale.length, 0, 'should accept 0.9 % off');
  assert.equal(review('X.md', '<!-- fig:size -->101.5 KB<!-- /fig -->', all).stale.length, 1, 'should reject 1.5 % off');
});
