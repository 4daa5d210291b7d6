import { init, parse, toMarkdown } from 'gongwen';
import wasmUrl from 'gongwen/wasm?url';

await init(wasmUrl);
document.querySelector('#outline').textContent = toMarkdown(parse(document.querySelector('#report').value));
window.gongwen = { parse, wasmUrl };
document.body.dataset.ready = 'true';
