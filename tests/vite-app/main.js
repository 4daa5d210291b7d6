import { init, parse, toMarkdown, version } from 'gongwen';

await init(); // Vite emits the .wasm as an asset and rewrites its URL
const text = document.querySelector('#report').value;
document.querySelector('#outline').textContent = toMarkdown(parse(text));
window.gongwen = { parse, version };
document.body.dataset.ready = 'true';
