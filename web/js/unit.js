// A unit's history: its problems year by year, repeats marked with the earlier years that raised them.
'use strict';
(async function () {
  const $ = id => document.getElementById(id);
  const key = new URLSearchParams(location.search).get('key');
  if (!key) { showError($('error'), '未指定单位'); return; }
  try {
    const h = await api('/api/units/' + encodeURIComponent(key) + '/history');
    $('title').textContent = (h.unit || h.unitKey) + ' 历年问题';
    document.title = (h.unit || h.unitKey) + ' · 述职报告评审';
    let repeated = 0, total = 0;
    const box = clear($('history'));
    for (const y of h.years) {
      const section = el('section', {class: 'year', id: 'y' + y.year},
        el('h2', {}, y.year + '年度', el('span', {class: 'muted'}, [y.role, y.file && '文件：' + y.file].filter(Boolean).map(s => '　' + s).join(''))));
      if (!y.problems.length) section.appendChild(el('p', {class: 'muted'}, '该年度报告中没有识别出问题段落'));
      for (const p of y.problems) {
        // the archive says both; derived here only if an older server sent the earlier passages alone
        if (p.repeated === undefined) p.repeated = p.earlier.length > 0;
        if (p.recurrence === undefined) p.recurrence = 1 + new Set(p.earlier.map(e => e.year)).size;
        total++;
        if (p.repeated) repeated++;
        section.appendChild(el('div', {class: 'hist-problem' + (p.repeated ? ' repeated' : '')},
          p.repeated ? el('span', {class: 'repeat-badge'}, '第' + p.recurrence + '次提出') : null,
          el('span', {class: 'muted'}, '第' + paraNo(p.paragraph) + '段　'),
          p.text,
          p.earlier.length ? el('div', {class: 'earlier'}, p.earlier.map(e => el('div', {},
            '↳ ' + e.year + '年第' + paraNo(e.paragraph) + '段（相似度 ' + pct(e.similarity) + '）：' + e.text))) : null));
      }
      box.appendChild(section);
    }
    // a link from a search hit or an evidence names the year: show it
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (target) { target.classList.add('target'); target.scrollIntoView({block: 'start'}); }
    $('summary').textContent = '共 ' + h.years.length + ' 个年度、' + total + ' 条问题，其中 ' + repeated + ' 条与往年重复。';
  } catch (e) {
    showError($('error'), e.message);
  }
})();
