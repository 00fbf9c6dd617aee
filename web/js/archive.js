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
      if (r.unit) hits.appendChild(unitNote(r.unit));
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

  /** How the 单位 field was understood: the units it stands for, or that none is held and the nearest ones. */
  function unitNote(u) {
    const note = el('p', {class: 'unit-note' + (u.matched.length ? ' muted' : ''), id: 'unit-note'});
    if (u.matched.length) {
      if (u.matched.length > 1 || u.matched[0] !== u.given) note.textContent = '单位“' + u.given + '”按 ' + u.matched.join('、') + ' 检索';
      return note;
    }
    note.appendChild(document.createTextNode('档案库中没有单位“' + u.given + '”的报告。'));
    if (!u.suggestions.length) {
      note.appendChild(document.createTextNode('也没有相近的单位，请查看下方“档案中的单位”。'));
      return note;
    }
    note.appendChild(document.createTextNode('相近的单位：'));
    u.suggestions.forEach((name, i) => {
      if (i) note.appendChild(document.createTextNode('、'));
      note.appendChild(el('a', {href: '#', class: 'suggestion', onclick: e => { e.preventDefault(); $('unit').value = name; $('form').requestSubmit(); }}, name));
    });
    return note;
  }

  $('form').addEventListener('submit', event => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const k of ['q', 'from', 'to', 'unit', 'label']) {
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
  if (initial.get('year')) initial.set('from', initial.get('year'));
  if (initial.get('year')) initial.set('to', initial.get('year'));
  for (const k of ['q', 'from', 'to', 'unit', 'label']) if (initial.get(k)) $(k).value = initial.get(k);
  if (['q', 'from', 'to', 'unit', 'label'].some(k => initial.get(k))) search(initial);
  loadUnits();
})();
