// The shadow DOM's skeleton: the panels the parts fill. A static string with
// no report text, parsed once into a <template>: the element's one innerHTML.

/** The skeleton: a static string with no report text in it. */
const TEMPLATE = `
<div class="layout" part="layout" aria-busy="false">
  <div class="status" part="status"><span class="busy"></span><span class="summary" role="status"></span></div>
  <nav class="panel outline-panel" part="panel outline-panel" aria-labelledby="outline-h">
    <header><h2 id="outline-h">大纲</h2></header>
    <div class="scroll">
      <div class="tree" role="tree" aria-labelledby="outline-h" data-testid="outline" part="outline"></div>
      <p class="empty" data-for="outline">尚无标题</p>
    </div>
  </nav>
  <div class="panel text-panel" part="panel text-panel">
    <header>
      <h2 id="text-h">原文</h2>
      <div class="legend" aria-hidden="true">
        <span><i class="l-actual"></i>实际</span><span><i class="l-target"></i>目标</span>
        <span><i class="l-up"></i>上升</span><span><i class="l-down"></i>下降</span><span><i class="l-quantity"></i>数量</span>
      </div>
    </header>
    <div class="scroll text" part="text" data-testid="report-text" tabindex="0" role="region" aria-labelledby="text-h"></div>
    <p class="placeholder"><slot name="placeholder">粘贴或打开一份报告，这里会显示原文，并高亮其中的指标与数量。</slot></p>
  </div>
  <div class="side" tabindex="0" role="region" aria-label="文档信息与目标对比">
    <section class="panel meta-panel" part="panel meta" data-testid="meta" aria-labelledby="meta-h">
      <header><h2 id="meta-h">文档信息</h2></header>
      <dl class="meta"></dl>
      <div class="warnings" part="warnings" data-testid="warnings" hidden>
        <h3 id="warnings-h">解析提示</h3>
        <ul aria-labelledby="warnings-h"></ul>
      </div>
    </section>
    <section class="panel chart-panel" part="panel chart" data-testid="chart" aria-labelledby="chart-h" hidden>
      <header><h2 id="chart-h">目标与实际</h2></header>
      <div class="charts"></div>
    </section>
  </div>
  <div class="panel table-panel" part="panel table-panel">
    <header>
      <h2 id="table-h">指标表</h2>
      <label>角色 <select data-filter="role" data-testid="filter-role"></select></label>
      <label>年份 <select data-filter="year" data-testid="filter-year"></select></label>
      <span class="rows" data-testid="row-count" role="status"></span>
    </header>
    <div class="scroll table-scroll" tabindex="0" role="region" aria-labelledby="table-h">
      <table data-testid="indicator-table" part="table">
        <thead><tr></tr></thead>
        <tbody></tbody>
      </table>
    </div>
  </div>
  <div class="tooltip" part="tooltip" role="tooltip" id="tip" hidden></div>
</div>`;

let template = null;
export function skeleton() {
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = TEMPLATE; // static: no report text
  }
  return template;
}
