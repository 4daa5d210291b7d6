// The paste-and-parse page: the input (textarea, file, drag and drop,
// examples, clear), the exports, and <gongwen-report>, which parses in its
// Worker and shows everything else. Nothing here sends the text anywhere.
import '../js/element.js';
import { toCSV, toMarkdown, version } from '../js/index.js';

const $ = (selector) => document.querySelector(selector);
const input = $('#report-input');
const report = $('#report');
const examples = $('#examples');
const fileInput = $('#file');
const status = $('#file-status');
const drop = $('#drop');
const exportButtons = ['#export-csv', '#export-json', '#export-md'].map($);

/** The largest file the page opens (a report is rarely over 1 MB). */
const MAX_FILE = 32 * 1024 * 1024;

let name = 'gongwen'; // the base name of downloads

$('#version').textContent = version;

function say(message, error = false) {
  status.textContent = message;
  status.classList.toggle('error', error);
}

/** Show `text` in the input and the viewer. */
function load(text, label) {
  input.value = text;
  report.text = text;
  name = baseName(label);
  input.scrollTop = 0;
}

function baseName(label) {
  const clean = String(label || '')
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return clean || 'gongwen';
}

input.addEventListener('input', () => {
  report.text = input.value;
});

// ------------------------------------------------------------------ files ---

/**
 * Decode a text file: a BOM decides; else UTF-8 when the bytes are valid
 * UTF-8; else GB18030 (a superset of GBK and GB2312, the usual encodings of
 * Chinese government .txt files).
 */
function decode(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GBK' };
  }
}

async function openFile(file) {
  if (!file) return;
  if (file.size > MAX_FILE) {
    say(`${file.name} 太大（${(file.size / 1048576).toFixed(1)} MB），请打开 32 MB 以内的文本文件。`, true);
    return;
  }
  try {
    const { text, encoding } = decode(new Uint8Array(await file.arrayBuffer()));
    load(text, file.name);
    examples.value = '';
    say(`已打开 ${file.name}（${encoding}，${text.length.toLocaleString('zh-CN')} 字）`);
  } catch (error) {
    say(`无法读取 ${file.name}：${error.message}`, true);
  }
}

fileInput.addEventListener('change', () => {
  openFile(fileInput.files[0]);
  fileInput.value = '';
});

const hasFiles = (event) => [...(event.dataTransfer?.types || [])].includes('Files');
let depth = 0;
addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  depth++;
  drop.hidden = false;
});
addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
addEventListener('dragleave', () => {
  depth = Math.max(0, depth - 1);
  if (depth === 0) drop.hidden = true;
});
addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  depth = 0;
  drop.hidden = true;
  openFile(event.dataTransfer.files[0]);
});

// --------------------------------------------------------------- examples ---

async function loadExamples() {
  try {
    const response = await fetch('examples/index.json');
    if (!response.ok) return;
    for (const example of await response.json()) {
      const option = document.createElement('option');
      option.value = example.file;
      option.textContent = `${example.label}（${Math.round(example.chars / 1000)} 千字）`;
      examples.append(option);
    }
    const wanted = /^#example=(\d+)$/.exec(location.hash);
    if (wanted && examples.options[Number(wanted[1]) + 1]) {
      examples.selectedIndex = Number(wanted[1]) + 1;
      await openExample();
    }
  } catch {
    // No examples (an unbuilt www/): the menu stays empty.
  }
}

async function openExample() {
  const file = examples.value;
  if (!file) return;
  const label = examples.selectedOptions[0].textContent;
  try {
    const response = await fetch(`examples/${encodeURIComponent(file)}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    load(await response.text(), label.replace(/（.*$/, ''));
    say(`示例：${label}`);
  } catch (error) {
    say(`无法打开示例：${error.message}`, true);
  }
}

examples.addEventListener('change', openExample);

$('#clear').addEventListener('click', () => {
  load('', '');
  examples.value = '';
  say('');
  input.focus();
});

// ---------------------------------------------------------------- exports ---

report.addEventListener('gongwen-parsed', () => {
  for (const button of exportButtons) button.disabled = false;
});
report.addEventListener('gongwen-error', (event) => say(`解析失败：${event.detail.error.message}`, true));
input.addEventListener('input', () => {
  if (input.value === '') for (const button of exportButtons) button.disabled = true;
});
$('#clear').addEventListener('click', () => {
  for (const button of exportButtons) button.disabled = true;
});

function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const exporters = {
  'export-csv': (doc) => download(`${name}.csv`, 'text/csv;charset=utf-8', toCSV(doc)),
  'export-json': (doc) => download(`${name}.json`, 'application/json', JSON.stringify(doc, null, 2) + '\n'),
  'export-md': (doc) => download(`${name}.md`, 'text/markdown;charset=utf-8', toMarkdown(doc)),
};
for (const button of exportButtons) {
  button.addEventListener('click', async () => {
    const doc = await report.parsed; // the Document of the text as it is now
    if (doc) exporters[button.id](doc);
  });
}

// ---------------------------------------------------------------- offline ---

if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline use is a bonus: the page works without it.
  });
}

loadExamples();
