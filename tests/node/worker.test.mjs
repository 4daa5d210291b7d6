// The Worker path in Node: a worker_threads Worker imports the package by
// name, inits, parses off the main thread and posts the Document back.
// (tests/browser/ runs the same in a module Web Worker in Chromium.)
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { init, parse } from 'gongwen';
import { assertBuilt, seeds } from './helpers.mjs';

test('a worker_threads Worker parses every seed as the main thread does', async () => {
  assertBuilt();
  await init();
  const worker = new Worker(new URL('./fixtures/parse-worker.mjs', import.meta.url));
  try {
    const [ready] = await once(worker, 'message');
    assert.equal(ready, 'ready', 'should init inside the worker');
    for (const [id, seed] of seeds.entries()) {
      worker.postMessage({ id, text: seed.text });
      const [reply] = await once(worker, 'message');
      assert.equal(reply.id, id, 'should answer in order');
      assert.deepStrictEqual(reply.doc, parse(seed.text), `${seed.name}: should equal the main thread's Document`);
    }
  } finally {
    await worker.terminate();
  }
});

test('a worker_threads Worker parses .docx and text bytes with parseFile as the main thread does', async () => {
  assertBuilt();
  const { parseFile } = await import('gongwen');
  const { readFileSync } = await import('node:fs');
  const real = new URL('../fixtures/real/', import.meta.url);
  const worker = new Worker(new URL('./fixtures/file-worker.mjs', import.meta.url));
  try {
    const [ready] = await once(worker, 'message');
    assert.equal(ready, 'ready', 'should start');
    for (const [id, name] of ['009.docx', '010.txt'].entries()) {
      const bytes = readFileSync(new URL(name, real));
      worker.postMessage({ id, bytes });
      const [reply] = await once(worker, 'message');
      assert.equal(reply.error, undefined, `${name}: should parse in the worker`);
      const here = await parseFile(bytes);
      assert.equal(reply.format, here.format, `${name}: should tell the format`);
      assert.equal(reply.text, here.text, `${name}: should extract the same text`);
      assert.deepStrictEqual(reply.doc, here.doc, `${name}: should equal the main thread's Document`);
    }
    worker.postMessage({ id: 9, bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) });
    const [refused] = await once(worker, 'message');
    assert.match(refused.error ?? '', /\.docx/, 'an old .doc should be refused with the reason, inside the worker too');
  } finally {
    await worker.terminate();
  }
});
