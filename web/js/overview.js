// 总体情况: themes by count and year, problems units raise year after year, answers to last year's commitments.
// Every figure is a button or a chart element that opens the paragraphs (or the unit's history) behind it.
// Charts by Apache ECharts (web/vendor/echarts); every number also stands in a table, for screen readers and print.
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const STATUS = {answered: '已回应', partly: '部分回应', notAnswered: '未回应'};
  const UNTHEMED = '未归入主题';
  const charts = {};
  let current = null;

  function unitHref(key, year) {
    return '/unit.html?key=' + encodeURIComponent(key) + (year ? '#y' + year : '');
  }

  function query() {
    const p = new URLSearchParams();
    for (const k of ['from', 'to', 'unit']) {
      const v = $(k).value.trim();
      if (v) p.set(k, v);
    }
    return p;
  }

  /** A number that opens what stands behind it. */
  function figure(n, label, open) {
    if (!n) return el('span', {class: 'zero'}, '0');
    return el('button', {type: 'button', class: 'figure-btn', 'aria-label': label + '：' + n + '，点击查看', onclick: open}, String(n));
  }

  function chart(id) {
    if (typeof echarts === 'undefined') return null;
    if (!charts[id]) {
      // canvas, and tooltips drawn on it: the page's CSP refuses the style attributes of HTML tooltips
      charts[id] = echarts.init($(id), null, {renderer: 'canvas'});
      window.addEventListener('resize', () => charts[id].resize());
    }
    return charts[id];
  }

  // ---- the paragraphs behind a theme count ----

  async function showProblems(theme, year) {
    const box = clear($('problems'));
    box.hidden = false;
    const p = query();
    if (year) { p.set('from', year); p.set('to', year); }
    p.set('theme', theme === UNTHEMED ? '' : theme);
    p.set('limit', '100');
    const title = (theme === UNTHEMED ? '未归入主题的问题' : '“' + theme + '”') + (year ? ' · ' + year + '年' : '');
    box.appendChild(el('h3', {}, title, el('button', {type: 'button', class: 'link-btn close-problems', onclick: () => { box.hidden = true; }}, '收起')));
    try {
      const r = await api('/api/overview/problems?' + p.toString());
      box.appendChild(el('p', {class: 'muted'}, '共 ' + r.total + ' 条问题段落' + (r.total > r.problems.length ? '，显示最近的 ' + r.problems.length + ' 条' : '')));
      const list = el('ol', {class: 'problem-list'});
      for (const x of r.problems) {
        list.appendChild(el('li', {},
          el('div', {class: 'where'}, el('a', {href: unitHref(x.unitKey, x.year)}, x.unit), '　' + x.year + '年　第' + paraNo(x.paragraph) + '段',
            x.theme ? el('span', {class: 'theme-tag'}, x.theme) : null),
          el('div', {}, x.text)));
      }
      box.appendChild(list);
      box.scrollIntoView({block: 'nearest'});
    } catch (e) {
      showError($('error'), e.message);
    }
  }

  // ---- the figures ----

  function cards(o) {
    const box = clear($('cards'));
    const c = o.coverage, rc = o.recurringCounts, ct = o.commitmentTotals;
    const card = (value, label, extra) => el('div', {class: 'figure-card'}, el('div', {class: 'figure-value'}, value), el('div', {class: 'figure-label'}, label), extra ? el('div', {class: 'muted'}, extra) : null);
    box.appendChild(card(String(o.reports), '份报告', o.from + '–' + o.to + ' 年度' + (o.unit ? '，' + o.unit : '，' + Object.keys(o.reportsByYear).length + ' 个年度')));
    box.appendChild(card(String(c.problems), '条问题', '未归入主题 ' + c.unthemed + ' 条（' + pct(c.unthemedShare) + '）'));
    box.appendChild(card(String(rc.twice + rc.threeOrMore), '条问题反复出现', '2 个年度 ' + rc.twice + ' 条，3 个及以上 ' + rc.threeOrMore + ' 条'));
    box.appendChild(card(String(rc.unitsTwice + rc.unitsThreeOrMore), '个单位问题反复', '其中 ' + rc.unitsThreeOrMore + ' 个单位有问题连续 3 个及以上年度出现'));
    box.appendChild(card(ct.notAnswered + ' / ' + ct.commitments, '项上年承诺未回应', '已回应 ' + ct.answered + '，部分回应 ' + ct.partly + '（' + ct.reports + ' 份报告）'));
  }

  function themes(o) {
    const rows = o.themes.filter(t => t.count > 0);
    const unthemed = {name: UNTHEMED, count: o.coverage.unthemed, byYear: o.coverage.unthemedByYear};
    const table = clear($('theme-table'));
    table.appendChild(el('caption', {}, '各问题主题的数量（条）'));
    table.appendChild(el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, '问题主题'), el('th', {scope: 'col', class: 'num'}, '合计'),
      o.years.map(y => el('th', {scope: 'col', class: 'num'}, y + '年')), el('th', {scope: 'col'}, '说明'))));
    const body = el('tbody', {});
    for (const t of rows.concat(unthemed.count ? [unthemed] : [])) {
      body.appendChild(el('tr', {'data-theme': t.name},
        el('th', {scope: 'row'}, t.name),
        el('td', {class: 'num'}, figure(t.count, t.name, () => showProblems(t.name, null))),
        o.years.map(y => el('td', {class: 'num', 'data-year': y}, figure(t.byYear[y] || 0, t.name + ' ' + y + '年', () => showProblems(t.name, y)))),
        el('td', {class: 'muted'}, t.description || '')));
    }
    body.appendChild(el('tr', {class: 'total'}, el('th', {scope: 'row'}, '问题合计'), el('td', {class: 'num'}, String(o.coverage.problems)),
      o.years.map(y => el('td', {class: 'num'}, String(o.coverage.problemsByYear[y] || 0))), el('td', {})));
    body.appendChild(el('tr', {class: 'reports'}, el('th', {scope: 'row'}, '报告（份）'), el('td', {class: 'num'}, String(o.reports)),
      o.years.map(y => el('td', {class: 'num'}, String(o.reportsByYear[y] || 0))), el('td', {class: 'muted'}, '各年度报告份数不同，逐年比较时请看每 10 份报告中的条数（右上图）')));
    table.appendChild(body);

    const bars = chart('theme-chart');
    if (bars) {
      const shown = rows.slice().reverse();
      bars.setOption({
        title: {text: '各主题问题数', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'item', renderMode: 'richText'},
        grid: {left: 130, right: 30, top: 36, bottom: 24},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {type: 'category', data: shown.map(t => t.name)},
        series: [{type: 'bar', name: '问题数', data: shown.map(t => t.count), itemStyle: {color: '#a3261c'}, label: {show: true, position: 'right'}}]
      }, true);
      bars.off('click');
      bars.on('click', p => showProblems(p.name, null));
    }
    const trend = chart('trend-chart');
    if (trend) {
      const top = rows.slice(0, 6);
      // per 10 reports: the years hold different numbers of reports, and a theme rises only if its rate does
      const rate = (t, y) => o.reportsByYear[y] ? Math.round(100 * (t.byYear[y] || 0) / o.reportsByYear[y]) / 10 : 0;
      trend.setOption({
        title: {text: '主要主题逐年变化（每 10 份报告中的条数）', left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'item', renderMode: 'richText'},
        legend: {type: 'scroll', bottom: 0},
        grid: {left: 40, right: 20, top: 36, bottom: 56},
        xAxis: {type: 'category', data: o.years.map(String)},
        yAxis: {type: 'value'},
        series: top.map(t => ({type: 'line', name: t.name, data: o.years.map(y => rate(t, y)), symbolSize: 8}))
      }, true);
      trend.off('click');
      trend.on('click', p => showProblems(p.seriesName, Number(p.name)));
    }
  }

  function recurring(o) {
    const byUnit = new Map();
    for (const r of o.recurring) {
      if (!byUnit.has(r.unitKey)) byUnit.set(r.unitKey, {unit: r.unit, unitKey: r.unitKey, twice: 0, more: 0, items: []});
      const u = byUnit.get(r.unitKey);
      if (r.years.length >= 3) u.more++; else u.twice++;
      u.items.push(r);
    }
    const units = [...byUnit.values()].sort((a, b) => b.more - a.more || (b.twice + b.more) - (a.twice + a.more) || a.unit.localeCompare(b.unit, 'zh'));
    const table = clear($('recurring-table'));
    table.appendChild(el('caption', {}, '问题反复出现的单位'
      + (o.recurringCounts.twice + o.recurringCounts.threeOrMore > o.recurring.length ? '（列出前 ' + o.recurring.length + ' 条）' : '')));
    table.appendChild(el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, '单位'), el('th', {scope: 'col', class: 'num'}, '2 个年度'),
      el('th', {scope: 'col', class: 'num'}, '3 个及以上年度'), el('th', {scope: 'col'}, '反复出现的问题（最近一次的表述）'))));
    const body = el('tbody', {});
    for (const u of units) {
      body.appendChild(el('tr', {'data-unit': u.unitKey},
        el('th', {scope: 'row'}, el('a', {href: unitHref(u.unitKey)}, u.unit)),
        el('td', {class: 'num'}, String(u.twice)), el('td', {class: 'num'}, String(u.more)),
        el('td', {}, el('ul', {class: 'plain'}, u.items.map(r => el('li', {},
          el('a', {href: unitHref(r.unitKey, r.year)}, r.years.join('、') + '年'), r.theme ? el('span', {class: 'theme-tag'}, r.theme) : null,
          '　', r.problem))))));
    }
    if (!units.length) body.appendChild(el('tr', {}, el('td', {colspan: 4, class: 'muted'}, '所选年度内没有单位重复提出同一问题')));
    table.appendChild(body);

    const c = chart('recurring-chart');
    if (c) {
      const shown = units.slice(0, 15).reverse();
      $('recurring-chart').hidden = !units.length;
      c.setOption({
        tooltip: {trigger: 'item', renderMode: 'richText'},
        legend: {top: 0},
        grid: {left: 220, right: 30, top: 30, bottom: 24},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {type: 'category', data: shown.map(u => u.unit)},
        series: [
          {type: 'bar', stack: 'n', name: '2 个年度', data: shown.map(u => u.twice), itemStyle: {color: '#e0a458'}},
          {type: 'bar', stack: 'n', name: '3 个及以上年度', data: shown.map(u => u.more), itemStyle: {color: '#a3261c'}}
        ]
      }, true);
      c.off('click');
      c.on('click', p => { location.href = unitHref(shown[p.dataIndex].unitKey); });
      c.resize();
    }
  }

  function commitments(o) {
    const table = clear($('commitment-table'));
    table.appendChild(el('caption', {}, '各单位对上年承诺的回应（项）'
      + (o.commitmentTotals.reports > o.commitments.length ? '（列出前 ' + o.commitments.length + ' 份报告）' : '')));
    table.appendChild(el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, '单位'), el('th', {scope: 'col', class: 'num'}, '年度'),
      el('th', {scope: 'col', class: 'num'}, '已回应'), el('th', {scope: 'col', class: 'num'}, '部分回应'), el('th', {scope: 'col', class: 'num'}, '未回应'))));
    const body = el('tbody', {});
    for (const c of o.commitments) {
      const open = () => { location.href = unitHref(c.unitKey, c.year); };
      body.appendChild(el('tr', {'data-unit': c.unitKey, 'data-year': c.year},
        el('th', {scope: 'row'}, el('a', {href: unitHref(c.unitKey, c.year)}, c.unit)), el('td', {class: 'num'}, String(c.year)),
        el('td', {class: 'num'}, figure(c.answered, '已回应', open)), el('td', {class: 'num'}, figure(c.partly, '部分回应', open)),
        el('td', {class: 'num'}, figure(c.notAnswered, '未回应', open))));
    }
    if (!o.commitments.length) body.appendChild(el('tr', {}, el('td', {colspan: 5, class: 'muted'}, '所选年度内没有需要回应上年承诺的报告')));
    table.appendChild(body);

    const chartBox = chart('commitment-chart');
    if (chartBox) {
      const shown = o.commitments.slice(0, 15).reverse();
      $('commitment-chart').hidden = !shown.length;
      chartBox.setOption({
        tooltip: {trigger: 'item', renderMode: 'richText'},
        legend: {top: 0},
        grid: {left: 260, right: 30, top: 30, bottom: 24},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {type: 'category', data: shown.map(c => c.unit + ' ' + c.year + '年')},
        series: [
          {type: 'bar', stack: 'c', name: STATUS.answered, data: shown.map(c => c.answered), itemStyle: {color: '#5bab7a'}},
          {type: 'bar', stack: 'c', name: STATUS.partly, data: shown.map(c => c.partly), itemStyle: {color: '#e0a458'}},
          {type: 'bar', stack: 'c', name: STATUS.notAnswered, data: shown.map(c => c.notAnswered), itemStyle: {color: '#a3261c'}}
        ]
      }, true);
      chartBox.off('click');
      chartBox.on('click', p => { const c = shown[p.dataIndex]; location.href = unitHref(c.unitKey, c.year); });
      chartBox.resize();
    }
  }

  async function load() {
    showError($('error'), null);
    const p = query();
    $('export').href = '/api/overview/export?' + p.toString();
    try {
      const o = await api('/api/overview?' + p.toString());
      current = o;
      if (!o.years.length) {
        $('figures').hidden = true;
        showError($('error'), archiveSeeding() ? '档案库正在建立，请稍候……' : (o.unit ? '档案中没有该单位在所选年度的报告' : '档案中没有所选年度的报告'));
        return;
      }
      $('figures').hidden = false;
      $('problems').hidden = true;
      cards(o);
      themes(o);
      recurring(o);
      commitments(o);
      document.body.dataset.loaded = 'true';
    } catch (e) {
      showError($('error'), e.message);
    }
  }

  async function init() {
    try {
      const units = await api('/api/units');
      const years = new Set();
      const list = clear($('unit-list'));
      for (const u of units) {
        u.years.forEach(y => years.add(y));
        list.appendChild(el('option', {value: u.unit}));
      }
      const sorted = [...years].sort();
      for (const id of ['from', 'to']) {
        const select = $(id);
        while (select.options.length > 1) select.remove(1);
        for (const y of sorted) select.appendChild(el('option', {value: y}, y + '年'));
      }
    } catch (e) {
      showError($('error'), e.message);
    }
    const params = new URLSearchParams(location.search);
    for (const k of ['from', 'to', 'unit']) if (params.get(k)) $(k).value = params.get(k);
    await load();
  }

  $('form').addEventListener('submit', event => {
    event.preventDefault();
    history.replaceState(null, '', '?' + query().toString());
    load();
  });
  document.addEventListener('archive-ready', init);
  init();
})();
