// The TypeScript types: `tsc --noEmit` over a usage example that imports the
// package by name, and over the real output for every seed written as a
// typed literal, so that a field the Rust side has and index.d.ts lacks (or
// an enum value it does not list) fails here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { init, parse } from 'gongwen';
import { assertBuilt, root, seeds } from './helpers.mjs';

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function runTsc(args) {
  const run = spawnSync(process.execPath, [tsc, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

before(async () => {
  assertBuilt();
  await init();
});

test('tsc --noEmit passes over the usage example (tests/types/usage.ts)', () => {
  const { status, output } = runTsc(['--noEmit', '-p', join(root, 'tests', 'types')]);
  assert.equal(status, 0, `should type-check:\n${output}`);
});

const scratch = mkdtempSync(join(tmpdir(), 'gongwen-types-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function checkLiterals(files) {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM'],
      types: [],
      paths: { gongwen: [join(root, 'js', 'index.d.ts')] },
    },
    files: files.map((name) => join(scratch, name)),
  };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(config));
  return runTsc(['-p', join(scratch, 'tsconfig.json')]);
}

test('the real output for every seed type-checks as a Document, with no field the types lack', () => {
  const files = seeds.map((seed, index) => {
    const name = `seed${index}.ts`;
    const json = JSON.stringify(parse(seed.text), null, 1);
    writeFileSync(join(scratch, name), `import type { Document } from 'gongwen';\nexport const doc: Document = ${json};\n`);
    return name;
  });
  const { status, output } = checkLiterals(files);
  assert.equal(status, 0, `every seed's Document should match index.d.ts:\n${output.slice(0, 4000)}`);
});

test('the check can fail: an unknown field, a wrong enum value or a missing field is caught', () => {
  const base = parse('一、总体情况\n全年工作。');
  const broken = [
    { ...base, extra: 1 },
    { ...base, meta: { ...base.meta, docType: 'novel' } },
    { ...base, outline: base.outline.map(({ kind, ...heading }) => heading) },
  ];
  const files = broken.map((doc, index) => {
    const name = `broken${index}.ts`;
    writeFileSync(join(scratch, name), `import type { Document } from 'gongwen';\nexport const doc: Document = ${JSON.stringify(doc)};\n`);
    return name;
  });
  const { status, output } = checkLiterals(files);
  assert.notEqual(status, 0, 'should fail on broken Documents');
  for (const name of files) assert.match(output, new RegExp(`${name}\\(\\d+,\\d+\\): error`), `should report an error in ${name}`);
});
