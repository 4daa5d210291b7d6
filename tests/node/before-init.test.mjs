// Calling the package before init: a clear Error that says what to do. Its
// own file, so that it runs in a fresh process where nothing has loaded yet.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { init, parse, toCSV, toMarkdown, version } from 'gongwen';
import { assertBuilt } from './helpers.mjs';

test('parse before init throws an Error that says to call await init() first', () => {
  assert.throws(
    () => parse('一、总体情况'),
    (error) => {
      assert.ok(error instanceof Error, 'should throw an Error');
      assert.match(error.message, /call `await init\(\)` first/i, 'should say to call `await init()` first');
      assert.match(error.message, /^gongwen:/, 'should say which package threw');
      return true;
    },
  );
});

test('version and the exports need no init', () => {
  assert.match(version, /^\d+\.\d+\.\d+/, 'should expose the version before init');
  const empty = { meta: { title: null }, outline: [], indicators: [], glossary: [] };
  assert.equal(toMarkdown(empty), '', 'should render an empty outline before init');
  assert.ok(toCSV(empty).startsWith('\uFEFFkey,name,'), 'should render the CSV header before init');
});

test('after await init(), parse works', async () => {
  assertBuilt();
  await init();
  assert.equal(parse('一、总体情况\n全年工作。').schemaVersion, 1, 'should parse once init has finished');
});
