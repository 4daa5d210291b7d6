// parseFile / parseDocx: .docx and text files as bytes, in Node, the same
// Document as the CLI gives, and the clear refusals of bad files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as gongwen from 'gongwen';
import { assertBuilt, cli, root } from './helpers.mjs';

const real = join(root, 'tests', 'fixtures', 'real');
const read = (name) => readFileSync(join(real, name));

test('parseDocx gives the Document and the text of each real .docx, as the CLI does', async () => {
  assertBuilt();
  for (const n of ['001', '003', '005', '007', '009', '011']) {
    const { doc, text } = await gongwen.parseDocx(read(`${n}.docx`));
    assert.equal(text, read(`${n}.txt`).toString('utf8'), `should extract ${n}.docx to the lines of ${n}.txt`);
    const fromCli = JSON.parse(spawnSync(cli(), ['parse', join(real, `${n}.docx`)], { encoding: 'utf8' }).stdout);
    assert.deepEqual(doc, fromCli, `should equal gongwen parse ${n}.docx`);
    const h = doc.outline[0];
    assert.equal(text.slice(h.span.start, h.span.end).includes(h.title), true, 'should give spans into the text');
  }
});

test('parseFile tells .docx from text by content and takes an ArrayBuffer', async () => {
  const bytes = read('009.docx');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const docx = await gongwen.parseFile(buffer);
  assert.equal(docx.format, 'docx', 'should see a .docx');
  assert.ok(docx.doc.outline.length > 0, 'should find its outline');
  const txt = await gongwen.parseFile(new Uint8Array(read('009.txt')));
  assert.equal(txt.format, 'text');
  assert.equal(txt.encoding, 'UTF-8');
  assert.deepEqual(txt.doc, docx.doc, 'should parse the .txt and the .docx alike');
  const gbk = new Uint8Array([0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5]); // 地区生产总值
  const decoded = await gongwen.parseFile(gbk);
  assert.equal(decoded.text, '地区生产总值', 'should decode GBK');
  assert.equal(decoded.encoding, 'GB18030');
  const utf16 = new Uint8Array([0xff, 0xfe, 0x00, 0x4e, 0x01, 0x30]); // 一、
  assert.equal((await gongwen.parseFile(utf16)).text, '一、', 'should decode UTF-16LE with a BOM');
});

test('bad files are refused with the reason, as the CLI says it', async () => {
  const ole = new Uint8Array(600);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cases = [
    ['an old .doc', ole, /save it as \.docx/],
    ['a truncated .docx', new Uint8Array(read('001.docx').subarray(0, 4000)), /damaged/],
    ['a zip without a document', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), /not a Word \.docx/],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%\u0000\u0001 binary'), /binary data/],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary data/],
  ];
  for (const [what, bytes, message] of cases) {
    await assert.rejects(gongwen.parseFile(bytes), message, `should refuse ${what}`);
  }
  await assert.rejects(gongwen.parseFile('text'), TypeError, 'should want bytes');
});

test('plain parse never loads the .docx module: the entries import it only dynamically', () => {
  for (const entry of ['index.js', 'node.js', 'core.js', 'worker.js', 'element.js']) {
    const source = readFileSync(join(root, 'js', entry), 'utf8');
    assert.doesNotMatch(source, /^import[^;]*(file\.js|gongwen_docx)/m, `js/${entry} should not import the .docx code statically`);
  }
  const index = readFileSync(join(root, 'js', 'index.js'), 'utf8');
  assert.match(index, /await import\('\.\/file\.js'\)/, 'parseFile should import ./file.js on demand');
});
