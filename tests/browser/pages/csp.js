import { init, parse, toMarkdown } from '/dist/index.js';

try {
  await init();
  document.querySelector('#outline').textContent = toMarkdown(parse('一、总体情况\n（一）经济运行\n全年工作。'));
  document.body.dataset.ready = 'true';
} catch (error) {
  document.body.dataset.error = error.message;
}
