// 评阅: many files, one POST /api/review each, two at a time; the table re-sorts as each report finishes.
'use strict';
(async function () {
  const $ = id => document.getElementById(id);
  const PARALLEL = 2;
  let profiles = [];
  let results = [];
  let selected = null;
  try { profiles = await loadProfiles($('profile')); } catch (e) { showError($('error'), e.message); }
  const own = ownProfileControl($('profile'), $('profile-file'), $('profile-own'), $('error'));
  let usedOwn = null; // the own profile of the batch shown, kept even if the choice changes afterwards

  /** Weakest first: outcome, then serious findings, then all findings, then the share of problems. */
  function weakness(a, b) {
    const ca = countBySeverity(a), cb = countBySeverity(b);
    return (OUTCOME_RANK[b.verdict.outcome] - OUTCOME_RANK[a.verdict.outcome])
      || (cb.error - ca.error) || (cb.warning - ca.warning)
      || (b.findings.length - a.findings.length)
      || ((a.stats.shares.problem || 0) - (b.stats.shares.problem || 0))
      || a.file.localeCompare(b.file, 'zh');
  }

  /** The findings that come from comparing with the archive's reports (the rules' archive codes). */
  function archiveFindings(review) {
    return review.findings.filter(f => ARCHIVE_RULES.includes(f.rule));
  }

  function archiveTitle(review) {
    const counts = {};
    for (const f of archiveFindings(review)) counts[f.rule] = (counts[f.rule] || 0) + 1;
    return Object.entries(counts).map(([rule, n]) => ruleName(rule) + ' ' + n).join('，') || null;
  }

  function renderTable() {
    const body = $('results').tBodies[0];
    clear(body);
    results.sort(weakness).forEach((r, i) => {
      const c = countBySeverity(r);
      const row = el('tr', {class: r === selected ? 'selected' : null, 'data-file': r.file, onclick: () => show(r)},
        el('td', {}, i + 1), el('td', {}, r.file), el('td', {}, r.meta.unit || '—'), el('td', {}, r.meta.year || '—'),
        el('td', {}, outcomeBadge(r.verdict.outcome)), el('td', {class: 'num'}, r.stats.chars),
        el('td', {class: 'num'}, pct(r.stats.shares.achievement)), el('td', {class: 'num'}, pct(r.stats.shares.problem)),
        el('td', {class: 'num'}, pct(r.stats.shares.plan)),
        el('td', {class: 'num'}, c.error), el('td', {class: 'num'}, c.warning), el('td', {class: 'num'}, c.info),
        el('td', {class: 'num archive-count', title: archiveTitle(r)}, archiveFindings(r).length));
      body.appendChild(row);
    });
    $('table-panel').hidden = results.length === 0;
  }

  async function show(review) {
    selected = review;
    renderTable();
    const detail = $('detail');
    detail.hidden = false;
    clear(detail).appendChild(el('h2', {}, review.file));
    const view = el('div', {});
    detail.appendChild(view);
    await renderReport(view, review, profiles.find(p => p.id === review.meta.profile), usedOwn);
    detail.scrollIntoView({behavior: 'smooth', block: 'start'});
  }

  $('form').addEventListener('submit', async event => {
    event.preventDefault();
    showError($('error'), null);
    const files = [...$('files').files];
    if (!files.length) { showError($('error'), '请先选择要评阅的报告文件'); return; }
    const fields = {role: $('role').value.trim(), year: $('year').value.trim()};
    usedOwn = own.yaml ? Object.assign({}, own) : null;
    const builtIn = $('profile').value;
    results = []; selected = null;
    renderTable();
    $('detail').hidden = true;
    $('submit').disabled = true;
    $('progress-panel').hidden = false;
    const queue = clear($('queue'));
    const items = files.map(f => {
      const li = el('li', {class: 'waiting'}, f.name);
      queue.appendChild(li);
      return {file: f, li};
    });
    let done = 0, failed = 0, next = 0;
    const progress = () => {
      $('progress-text').textContent = '已完成 ' + done + ' / ' + files.length + (failed ? '（' + failed + ' 份无法评阅）' : '');
      $('progress-bar').style.width = (done / files.length * 100) + '%';
    };
    progress();
    async function worker() {
      while (next < items.length) {
        const item = items[next++];
        const tooLarge = fileTooLarge(item.file);
        if (tooLarge) {
          failed++; done++;
          item.li.className = 'failed';
          item.li.appendChild(document.createTextNode('：' + tooLarge));
          progress();
          continue;
        }
        item.li.className = 'running';
        const form = new FormData();
        form.append('file', item.file, item.file.name);
        for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
        addProfile(form, {value: builtIn}, usedOwn);
        try {
          const reviews = await api('/api/review', {method: 'POST', body: form});
          results.push(...reviews);
          item.li.className = 'done';
          renderTable();
        } catch (e) {
          failed++;
          item.li.className = 'failed';
          // the line already starts with the file's name: the server's "无法读取 NAME：" would say it twice
          item.li.appendChild(document.createTextNode('：' + e.message.replace('无法读取 ' + item.file.name + '：', '')));
        }
        done++;
        progress();
      }
    }
    await Promise.all(Array.from({length: Math.min(PARALLEL, items.length)}, worker));
    $('submit').disabled = false;
  });
})();
