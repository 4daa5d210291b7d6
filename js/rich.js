// Evidence from a rich paste. Text copied from a web page or from Word comes
// to the clipboard as text/html too, with the bold (<b>, <strong>, a bold
// font-weight) and the headings (<h1>–<h6>) that the plain text loses. This
// finds those runs in the plain text the user sees and gives them as parse
// hints — `[start, end, flags]` triples over the text's UTF-8 bytes, flags =
// bold | heading level << 1, the form parseDocx gives — so the parser reads
// the plain text, with the HTML only as evidence.
//
// The HTML is parsed by DOMParser into an inert document (no script runs, no
// resource loads) and only its text and tag names are read. Runs are found in
// order, each searched within a bounded window after the last, so the cost is
// linear in the paste.

/** How far past the last run the next is searched for (UTF-16 units). */
const WINDOW = 4000;

/** The largest text whose paste is read for evidence. */
const MAX_TEXT = 2_000_000;

/**
 * Hints for `text` from the clipboard's `html`, searching from `from` (where
 * the paste landed). An empty array when there is no evidence, or outside a
 * browser (no DOMParser).
 *
 * @param {string} html
 * @param {string} text
 * @param {number} [from]
 * @returns {Uint32Array}
 */
export function hintsFromHtml(html, text, from = 0) {
  if (typeof html !== 'string' || typeof text !== 'string') {
    throw new TypeError("gongwen: hintsFromHtml(html, text) takes two strings (the clipboard's text/html and the plain text)");
  }
  if (!html || text.length > MAX_TEXT || typeof DOMParser === 'undefined') return new Uint32Array(0);
  // Event-handler attributes are renamed before parsing: nothing would run
  // (the parsed document is inert, and the page's CSP forbids inline
  // handlers), but Chromium reports each one it meets as a CSP violation.
  const inert = html.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-on$2');
  const body = new DOMParser().parseFromString(inert, 'text/html').body;
  if (!body) return new Uint32Array(0);
  const ranges = [];
  let cursor = Math.max(0, Math.min(from, text.length));
  for (const run of runs(body)) {
    const found = locate(text, run.text, cursor);
    if (!found) continue;
    cursor = found.end;
    if (run.bold || run.level) ranges.push({ ...found, flags: (run.bold ? 1 : 0) | (run.level << 1) });
  }
  return toBytes(text, merge(ranges));
}

/** Text runs of `root` in document order, each with its bold and heading level. */
function runs(root) {
  const out = [];
  const walk = (node, bold, level) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        if (child.data.trim()) out.push({ text: child.data, bold, level });
      } else if (child.nodeType === 1) {
        const tag = child.tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        const weight = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(child.getAttribute('style') || '');
        const heading = /^H[1-6]$/.test(tag) ? Number(tag[1]) : level;
        walk(child, bold || tag === 'B' || tag === 'STRONG' || weight, heading);
      }
    }
  };
  walk(root, false, 0);
  return out;
}

/** Where `needle` (white space inside it may differ) stands in `text` after `from`. */
function locate(text, needle, from) {
  const words = needle.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const window = text.slice(from, from + WINDOW + needle.length);
  const first = window.indexOf(words[0]);
  if (first < 0) return null;
  let end = first + words[0].length;
  for (const word of words.slice(1)) {
    const at = window.indexOf(word, end);
    if (at < 0 || at - end > 8) return null;
    end = at + word.length;
  }
  return { start: from + first, end: from + end };
}

/** Merge touching ranges with the same flags (a bold run split by markup). */
function merge(ranges) {
  const out = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && last.flags === r.flags && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** UTF-16 ranges (sorted) as UTF-8 byte triples, in one pass over the text. */
function toBytes(text, ranges) {
  const flat = new Uint32Array(ranges.length * 3);
  let index = 0;
  let bytes = 0;
  const advance = (to) => {
    while (index < to) {
      const code = text.charCodeAt(index);
      if (code >= 0xd800 && code < 0xdc00 && index + 1 < to) {
        bytes += 4;
        index += 2;
      } else {
        bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
        index += 1;
      }
    }
    return bytes;
  };
  ranges.forEach((r, i) => {
    flat[i * 3] = advance(r.start);
    flat[i * 3 + 1] = advance(r.end);
    flat[i * 3 + 2] = r.flags;
  });
  return flat;
}
