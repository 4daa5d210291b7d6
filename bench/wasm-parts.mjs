#!/usr/bin/env node
// What each part of a wasm module costs: `twiggy top` (~/.cargo/bin/twiggy,
// `cargo install twiggy`) over a module WITH its name section, its items
// summed by what they are — the parser's modules, serde_json and float
// formatting, the allocator, core::fmt, panic and bounds-check messages,
// wasm-bindgen, the read-only data (tables and strings).
//
//   node bench/wasm-parts.mjs FILE.wasm            # the table
//   node bench/wasm-parts.mjs FILE.wasm --items    # and the largest items of each group
//
// A module with names: bench/profile-wasm.mjs leaves one in
// $TMPDIR/gongwen-bench-profile/gongwen_bg.wasm (wasm-opt -Oz -g), and
// bench/settings.mjs one per opt-level in $TMPDIR/gongwen-bench-settings/*/bindgen/.
// Sizes are raw bytes of the code and data; the name section itself is left
// out of the total, as the shipped module has none.
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: node bench/wasm-parts.mjs FILE.wasm [--items]');
  process.exit(2);
}
const twiggy = spawnSync('twiggy', ['top', '-n', '1000000', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
const run = twiggy.error ? spawnSync(join(homedir(), '.cargo', 'bin', 'twiggy'), ['top', '-n', '1000000', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 }) : twiggy;
if (run.status !== 0) throw new Error(`twiggy failed: ${run.stderr || run.error}`);
const items = JSON.parse(run.stdout);

/** The group an item belongs to, by its (demangled) name. First match wins. */
const GROUPS = [
  ['(names: not shipped)', /function names|"name"|producers|target_features|custom section/],
  ['read-only data: tables and strings', /^data segment/],
  ['serde_json, itoa, float formatting (zmij)', /zmij|serde_json|itoa|ryu/],
  ['Serialize impls (derive)', /serde(\[[0-9a-f]+\])?::|Serialize|serialize/],
  ['allocator (dlmalloc) and alloc glue', /dlmalloc|__rdl_|__rust_(alloc|dealloc|realloc)|alloc::alloc|RawVec.*grow|finish_grow|handle_alloc_error|capacity_overflow/],
  ['core::fmt', /core(\[[0-9a-f]+\])?::fmt|Formatter|fmt::|as core::fmt::|write_fmt|pad_integral/],
  ['panics and bounds-check messages', /panic|unwrap_failed|expect_failed|_fail|index_out_of_bounds|slice_index|str_index|overflow|abort/],
  ['wasm-bindgen glue', /wasm_bindgen|__wbindgen|__wbg|externref|__externref/],
];
function group(name) {
  for (const [label, pattern] of GROUPS) if (pattern.test(name)) return label;
  const own = /^gongwen::(\w+)/.exec(name);
  if (own) return `gongwen::${own[1]}`;
  const generic = /gongwen::(\w+)/.exec(name);
  if (generic) return `gongwen::${generic[1]}`;
  if (/core|alloc|std/.test(name)) return 'core/alloc/std (iterators, str search, sort …)';
  return 'other (unnamed or elided items)';
}

const groups = new Map();
for (const item of items) {
  const label = group(item.name);
  const entry = groups.get(label) ?? { bytes: 0, items: [] };
  entry.bytes += item.shallow_size;
  entry.items.push(item);
  groups.set(label, entry);
}
const shipped = [...groups].filter(([label]) => !label.startsWith('(names')).reduce((sum, [, g]) => sum + g.bytes, 0);
console.log(`${file}: ${shipped} B of code and data (names left out)`);
console.log(`| part | bytes | share |`);
console.log(`| --- | ---: | ---: |`);
for (const [label, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
  if (label.startsWith('(names')) continue;
  console.log(`| ${label} | ${g.bytes} | ${((100 * g.bytes) / shipped).toFixed(1)}% |`);
  if (process.argv.includes('--items')) {
    for (const item of g.items.sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 5)) {
      console.log(`|   ${item.name.slice(0, 90).replace(/\|/g, '\\|')} | ${item.shallow_size} | |`);
    }
  }
}
