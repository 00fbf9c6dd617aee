// 档案检索: full-text search over archived paragraphs with filters, and the list of units.
'use strict';
(async function () {
  const $ = id => document.getElementById(id);

  function unitLink(key, name, year) {
    return el('a', {href: '/unit.html?key=' + encodeURIComponent(key) + (year ? '#y' + year : '')}, name || key);
  }

  async function loadUnits() {
    try {
      const units = await api('/api/units');
      const box = clear($('units'));
      const list = clear($('unit-list'));
      for (const u of units) {
        box.appendChild(el('span', {}, unitLink(u.unitKey, u.unit), el('span', {class: 'muted'}, '（' + u.years.join('、') + '）')));
        list.appendChild(el('option', {value: u.unit}));
      }
      if (!units.length) box.appendChild(el('span', {class: 'muted'}, archiveSeeding() ? '档案库正在建立，请稍候……' : '档案库为空'));
    } catch (e) {
      showError($('error'), e.message);
    }
  }

  async function search(params) {
    showError($('error'), null);
    const hits = clear($('hits'));
    try {
      const r = await api('/api/search?' + params.toString());
      $('summary').textContent = (archiveSeeding() ? '档案库仍在建立（正在存入演示语料），结果不全，请稍候再检索。' : '')
        + '共找到 ' + r.total + ' 个段落' + (r.total > r.hits.length ? '，显示前 ' + r.hits.length + ' 个' : '');
      for (const h of r.hits) {
        const hl = h.highlight || {snippet: h.text, marks: []};
        hits.appendChild(el('div', {class: 'hit'},
          el('div', {class: 'where'}, unitLink(h.unitKey, h.unit, h.year), '　' + h.year + '年　第' + paraNo(h.paragraph) + '段　',
            el('span', {class: 'tag part-' + h.label}, partName(h.label)),
            el('a', {class: 'history-link', href: '/unit.html?key=' + encodeURIComponent(h.unitKey) + '#y' + h.year}, '该单位历年问题 →')),
          el('div', {class: 'snippet'}, markedText(hl.snippet, hl.marks))));
      }
    } catch (e) {
      $('summary').textContent = '';
      showError($('error'), e.message);
    }
  }

  $('form').addEventListener('submit', event => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const k of ['q', 'year', 'unit', 'label']) {
      const v = $(k).value.trim();
      if (v) params.set(k, v);
    }
    history.replaceState(null, '', '?' + params.toString());
    search(params);
  });

  // once the demo corpus is in, show what it holds and run the current search again
  document.addEventListener('archive-ready', () => {
    loadUnits();
    const current = new URLSearchParams(location.search);
    if ([...current.keys()].length) search(current);
  });

  await statusChecked;
  const initial = new URLSearchParams(location.search);
  for (const k of ['q', 'year', 'unit', 'label']) if (initial.get(k)) $(k).value = initial.get(k);
  if (initial.get('q')) search(initial);
  loadUnits();
})();
