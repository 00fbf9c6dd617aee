// A unit's history: per year the report's length and shares, the suggested outcome and findings, its problems
// with their themes (repeats marked with the earlier years that raised them), and how it answered last year's
// commitments; a trend chart over the years (Apache ECharts) with the same numbers in a table.
'use strict';
(async function () {
  const $ = id => document.getElementById(id);
  const STATUS = {answered: '已回应', partly: '部分回应', notAnswered: '未回应'};
  const STATUS_CLASS = {answered: 'good', partly: 'mid', notAnswered: 'bad'};
  const key = new URLSearchParams(location.search).get('key');
  if (!key) { showError($('error'), '未指定单位'); $('summary').textContent = ''; return; }

  function count(list, status) { return list.filter(c => c.status === status).length; }

  function yearsTable(h) {
    const table = clear($('years-table'));
    table.appendChild(el('caption', {}, '逐年情况（建议结论与发现数为按当前规则对该年报告的评审，只与其当年及以前的档案比对）'));
    table.appendChild(el('thead', {}, el('tr', {},
      ['年度', '篇幅（字）', '成绩做法', '问题原因', '下步打算', '建议结论', '严重', '提醒', '问题', '其中重复', '上年承诺：已回应', '部分回应', '未回应']
        .map((t, i) => el('th', {scope: 'col', class: i === 0 || i === 5 ? null : 'num'}, t)))));
    const body = el('tbody', {});
    for (const y of h.years) {
      const r = y.review;
      const repeated = y.problems.filter(p => p.repeated).length;
      body.appendChild(el('tr', {'data-year': y.year},
        el('th', {scope: 'row'}, el('a', {href: '#y' + y.year}, y.year + '年')),
        el('td', {class: 'num'}, r ? String(r.chars) : '—'),
        el('td', {class: 'num'}, r ? pct(r.shares.achievement) : '—'),
        el('td', {class: 'num'}, r ? pct(r.shares.problem) : '—'),
        el('td', {class: 'num'}, r ? pct(r.shares.plan) : '—'),
        el('td', {}, r ? outcomeBadge(r.outcome) : '—'),
        el('td', {class: 'num'}, r ? String(r.findings.error || 0) : '—'),
        el('td', {class: 'num'}, r ? String(r.findings.warning || 0) : '—'),
        el('td', {class: 'num'}, String(y.problems.length)),
        el('td', {class: 'num'}, String(repeated)),
        el('td', {class: 'num'}, String(count(y.commitments, 'answered'))),
        el('td', {class: 'num'}, String(count(y.commitments, 'partly'))),
        el('td', {class: 'num'}, String(count(y.commitments, 'notAnswered')))));
    }
    table.appendChild(body);
  }

  function trendChart(h) {
    if (typeof echarts === 'undefined') return;
    const c = echarts.init($('trend-chart'), null, {renderer: 'canvas'});
    window.addEventListener('resize', () => c.resize());
    const years = h.years.map(y => String(y.year));
    c.setOption({
      // tooltips drawn on the canvas: the page's CSP refuses the style attributes of HTML tooltips
      tooltip: {trigger: 'axis', renderMode: 'richText'},
      legend: {bottom: 0},
      grid: {left: 44, right: 52, top: 24, bottom: 48},
      xAxis: {type: 'category', data: years},
      yAxis: [{type: 'value', name: '条', minInterval: 1}, {type: 'value', name: '%', min: 0, max: 100}],
      series: [
        {type: 'bar', name: '问题', data: h.years.map(y => y.problems.length), itemStyle: {color: '#d0775b'}},
        {type: 'bar', name: '其中重复', data: h.years.map(y => y.problems.filter(p => p.repeated).length), itemStyle: {color: '#a3261c'}},
        {type: 'bar', name: '上年承诺未回应', data: h.years.map(y => count(y.commitments, 'notAnswered')), itemStyle: {color: '#8c7ab8'}},
        {type: 'line', name: '问题原因占比', yAxisIndex: 1, data: h.years.map(y => y.review ? Math.round(y.review.shares.problem * 100) : null), itemStyle: {color: '#5b8bd0'}},
        {type: 'line', name: '成绩做法占比', yAxisIndex: 1, data: h.years.map(y => y.review ? Math.round(y.review.shares.achievement * 100) : null), itemStyle: {color: '#5bab7a'}}
      ]
    });
    c.on('click', p => {
      const target = document.getElementById('y' + p.name);
      if (target) target.scrollIntoView({block: 'start'});
    });
  }

  function reviewLine(r) {
    if (!r) return null;
    return el('div', {class: 'year-review'}, '建议结论 ', outcomeBadge(r.outcome),
      '　严重 ' + (r.findings.error || 0) + ' 条，提醒 ' + (r.findings.warning || 0) + ' 条　篇幅 ' + r.chars + ' 字：成绩做法 ' + pct(r.shares.achievement)
      + '，问题原因 ' + pct(r.shares.problem) + '，下步打算 ' + pct(r.shares.plan),
      r.reasons && r.reasons.length ? el('details', {class: 'reasons-box'}, el('summary', {}, '理由（' + r.reasons.length + ' 条）'),
        el('ul', {class: 'reasons'}, r.reasons.map(x => el('li', {}, x)))) : null);
  }

  function commitmentBlock(y) {
    if (!y.commitments.length) return null;
    return el('div', {class: 'commitments'}, el('h3', {}, '对' + y.commitments[0].year + '年度承诺的回应'),
      y.commitments.map(c => el('div', {class: 'commitment status-' + c.status},
        el('span', {class: 'badge ' + STATUS_CLASS[c.status]}, STATUS[c.status]),
        el('span', {class: 'muted'}, '　' + c.year + '年第' + paraNo(c.paragraph) + '段　'), c.text,
        c.answer ? el('div', {class: 'answer'}, '↳ 回应（本年第' + paraNo(c.answer.paragraph) + '段）：', c.answer.text) : null,
        c.status !== 'answered' && c.missing.length ? el('div', {class: 'missing-terms'}, '未提及：' + c.missing.join('、')) : null)));
  }

  try {
    const h = await api('/api/units/' + encodeURIComponent(key) + '/history');
    $('title').textContent = (h.unit || h.unitKey) + ' 历年情况';
    document.title = (h.unit || h.unitKey) + ' · 述职报告评审';
    let repeated = 0, total = 0;
    const box = clear($('history'));
    for (const y of h.years) {
      const section = el('section', {class: 'year', id: 'y' + y.year},
        el('h2', {}, y.year + '年度', el('span', {class: 'muted'}, [y.role, y.file && '文件：' + y.file].filter(Boolean).map(s => '　' + s).join(''))));
      const review = reviewLine(y.review);
      if (review) section.appendChild(review);
      section.appendChild(el('h3', {}, '存在的问题'));
      if (!y.problems.length) section.appendChild(el('p', {class: 'muted'}, '该年度报告中没有识别出问题段落'));
      for (const p of y.problems) {
        // the archive says both; derived here only if an older server sent the earlier passages alone
        if (p.repeated === undefined) p.repeated = p.earlier.length > 0;
        if (p.recurrence === undefined) p.recurrence = 1 + new Set(p.earlier.map(e => e.year)).size;
        total++;
        if (p.repeated) repeated++;
        section.appendChild(el('div', {class: 'hist-problem' + (p.repeated ? ' repeated' : ''), 'data-paragraph': p.paragraph},
          p.repeated ? el('span', {class: 'repeat-badge'}, '第' + p.recurrence + '次提出' + (p.years ? '（' + p.years.join('、') + '）' : '')) : null,
          el('span', {class: 'muted'}, '第' + paraNo(p.paragraph) + '段　'),
          p.theme ? el('span', {class: 'theme-tag'}, p.theme) : null,
          p.text,
          p.earlier.length ? el('div', {class: 'earlier'}, p.earlier.map(e => el('div', {},
            '↳ ' + e.year + '年第' + paraNo(e.paragraph) + '段（相似度 ' + pct(e.similarity) + '）：' + e.text))) : null));
      }
      const commitments = commitmentBlock(y);
      if (commitments) section.appendChild(commitments);
      box.appendChild(section);
    }
    $('years-section').hidden = false;
    yearsTable(h);
    trendChart(h);
    // a link from a search hit, an evidence or the overview names the year: show it
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (target) { target.classList.add('target'); target.scrollIntoView({block: 'start'}); }
    const open = h.years.reduce((n, y) => n + count(y.commitments, 'notAnswered'), 0);
    $('summary').textContent = '共 ' + h.years.length + ' 个年度、' + total + ' 条问题，其中 ' + repeated + ' 条与往年重复；'
      + open + ' 项上年承诺未回应。';
    document.body.dataset.loaded = 'true';
  } catch (e) {
    $('summary').textContent = '';
    showError($('error'), e.message);
  }
})();
