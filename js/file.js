// Parsing a file's bytes: a Word .docx (through the second WebAssembly
// module, pkg/gongwen_docx*, loaded here on first use) or a text file
// (UTF-8, UTF-16 with a BOM, GB18030/GBK: the bytes decide, as in the CLI).
// The entries (index.js, node.js) import this module only when parseFile or
// parseDocx is called, so plain-text parsing never loads it.
import initDocxWasm, { extractDocx } from '../pkg/gongwen_docx.js';
import { parse } from './core.js';

let docxReady = null;

/** Load the .docx module from `input` (a URL, Response, bytes or Module); once. */
export function loadDocx(input) {
  docxReady ??= (async () => {
    const source = typeof input === 'function' ? await input() : input;
    await initDocxWasm({ module_or_path: source });
  })().catch((error) => {
    docxReady = null;
    throw new Error(`gongwen: could not load the .docx module: ${error && error.message}`, { cause: error });
  });
  return docxReady;
}

/** `Uint8Array | ArrayBuffer | ArrayBufferView` as a Uint8Array, or a TypeError. */
export function bytesOf(input) {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeError('gongwen: parseFile(bytes) takes a Uint8Array or an ArrayBuffer');
}

const starts = (bytes, magic) => magic.every((b, i) => bytes[i] === b);

/** A zip (a .docx, or some other zip) or an OLE file (an old .doc, a password-protected .docx). */
export function isWordLike(bytes) {
  return (
    starts(bytes, [0x50, 0x4b, 0x03, 0x04]) ||
    starts(bytes, [0x50, 0x4b, 0x05, 0x06]) ||
    starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  );
}

/** The .docx's text and hints; throws an Error with the reason a file is refused. */
export async function extract(bytes, wasm) {
  await loadDocx(wasm);
  let out;
  try {
    out = extractDocx(bytes);
  } catch (error) {
    throw new Error(`gongwen: ${(error && error.message) || error}`);
  }
  const nul = out.indexOf('\0');
  const hints = nul > 0 ? Uint32Array.from(out.slice(0, nul).split(','), Number) : new Uint32Array(0);
  return { text: out.slice(nul + 1), hints };
}

export const BINARY =
  'this looks like binary data, not text (a PDF or an image?); save it as plain text or as a Word .docx first';

/**
 * Decode a text file as the CLI does: a UTF-16 BOM decides; else refuse
 * binary (NUL bytes, or more than 1 in 50 bytes a control character); else
 * UTF-8 when valid (a UTF-8 BOM is kept, as U+FEFF); else GB18030.
 */
export function decodeText(bytes) {
  if (starts(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le', { ignoreBOM: false }).decode(bytes), encoding: 'UTF-16LE' };
  if (starts(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be', { ignoreBOM: false }).decode(bytes), encoding: 'UTF-16BE' };
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) throw new Error(`gongwen: ${BINARY}`);
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  if (controls * 50 > bytes.length) throw new Error(`gongwen: ${BINARY}`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' };
    } catch {
      throw new Error('gongwen: this is neither UTF-8 nor GB18030/GBK text');
    }
  }
}

/** Parse a .docx: `{ doc, text, format: 'docx', encoding: null }`. */
export async function parseDocx(input, options, wasm) {
  const bytes = bytesOf(input);
  const { text, hints } = await extract(bytes, wasm);
  return { doc: parse(text, { ...options, hints }), text, format: 'docx', encoding: null };
}

/** Parse a file's bytes, .docx or text, told apart by content. */
export async function parseFile(input, options, wasm) {
  const bytes = bytesOf(input);
  if (isWordLike(bytes)) return parseDocx(bytes, options, wasm);
  const { text, encoding } = decodeText(bytes);
  return { doc: parse(text, options), text, format: 'text', encoding };
}
