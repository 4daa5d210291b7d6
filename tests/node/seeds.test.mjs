// The package against the native CLI, on every seed report: the JS object
// deep-equals JSON.parse of `gongwen parse FILE` (same fields, same order,
// nulls as null), and toCSV / toMarkdown equal `--format csv` / `--format md`
// byte for byte.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { init, parse, toCSV, toMarkdown } from 'gongwen';
import { assertBuilt, runCli, seeds } from './helpers.mjs';

before(async () => {
  assertBuilt();
  await init();
});

test('there are seeds to compare', () => {
  assert.ok(seeds.length >= 5, 'should find the seed reports in tests/fixtures/seeds');
});

for (const seed of seeds) {
  describe(seed.name, () => {
    test('parse equals the CLI JSON, field order included', () => {
      const expected = JSON.parse(runCli([], { file: seed.path }));
      const actual = parse(seed.text);
      assert.deepStrictEqual(actual, expected, 'should deep-equal the CLI output');
      assert.equal(JSON.stringify(actual), JSON.stringify(expected), 'should keep the CLI field order');
    });

    test('parse with quantities: false equals the CLI with --no-quantities', () => {
      const expected = JSON.parse(runCli(['--no-quantities'], { file: seed.path }));
      const actual = parse(seed.text, { quantities: false });
      assert.deepStrictEqual(actual, expected, 'should deep-equal the CLI output without quantities');
      assert.deepStrictEqual(actual.quantities, [], 'should collect no quantity');
    });

    test('toCSV equals --format csv, toMarkdown equals --format md', () => {
      const doc = parse(seed.text);
      assert.equal(toCSV(doc), runCli(['--format', 'csv'], { file: seed.path }), 'should write the same CSV bytes');
      assert.equal(toMarkdown(doc), runCli(['--format', 'md'], { file: seed.path }), 'should write the same Markdown');
    });

    test('the same text re-encoded (CRLF, U+3000 indents, full-width digits) still equals the CLI', () => {
      const fullWidth = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      const text = fullWidth(seed.text).replace(/\r?\n/g, '\r\n').replace(/\r\n(?=\S)/g, '\r\n\u3000\u3000');
      const expected = JSON.parse(runCli([], { input: text }));
      assert.deepStrictEqual(parse(text), expected, 'should deep-equal the CLI output on the re-encoded text');
    });
  });
}
