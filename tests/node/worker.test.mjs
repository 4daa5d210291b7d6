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
