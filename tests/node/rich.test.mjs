// hintsFromHtml in Node: no DOMParser there, so no evidence — and misuse
// names what it expects. (Its reading of HTML is tested in Chromium, in
// tests/e2e/page.test.mjs, through a rich paste on the page.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hintsFromHtml } from 'gongwen';

test('hintsFromHtml gives no hints without a DOMParser, and names its arguments when misused', () => {
  const hints = hintsFromHtml('<b>科技创新成果丰硕。</b>', '科技创新成果丰硕。全年…');
  assert.ok(hints instanceof Uint32Array, 'should return a Uint32Array');
  assert.equal(hints.length, 0, 'should find no evidence where HTML cannot be read');
  assert.equal(hintsFromHtml('', 'text').length, 0, 'should give nothing for no HTML');
  assert.throws(() => hintsFromHtml(undefined, 'text'), /hintsFromHtml\(html, text\) takes two strings/, 'should name the expected types');
});
