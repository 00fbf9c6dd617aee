// 评阅: many files, one upload each, two at a time; the table re-sorts as each report finishes. Each 评阅 is
// a batch kept on the server (/api/batches) under the meeting's name, reopened from the list or from
// ?batch=ID after a reload; only a review made with the user's own profile (never stored) stays unsaved.
'use strict';
(async function () {
  const $ = id => document.getElementById(id);
  const PARALLEL = 2;
  let profiles = [];
  let results = [];
  let selected = null;
  let batch = null;          // the open batch's record (without reports), or null
  let entries = new Map();   // its reports by id, as GET /api/batches/{id} gives them
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

  function gradeCell(r) {
    const g = r._entry && r._entry.suggestion;
    return g ? el('span', {class: 'grade grade-' + g.grade, title: (g.reasons || []).join('\n')}, g.grade) : '—';
  }

  function renderTable() {
    const body = $('results').tBodies[0];
    clear(body);
    results.sort(weakness).forEach((r, i) => {
      const c = countBySeverity(r);
      const row = el('tr', {class: r === selected ? 'selected' : null, 'data-file': r.file,
        'data-report': r._entry ? r._entry.id : null, onclick: () => show(r)},
        el('td', {}, i + 1), el('td', {}, r.file, r._entry && r._entry.filed ? el('span', {class: 'filed-tag'}, '已入档') : null),
        el('td', {}, r.meta.unit || '—'), el('td', {}, r.meta.year || '—'),
        el('td', {}, outcomeBadge(r.verdict.outcome)), el('td', {class: 'num'}, r.stats.chars),
        el('td', {class: 'num'}, pct(r.stats.shares.achievement)), el('td', {class: 'num'}, pct(r.stats.shares.problem)),
        el('td', {class: 'num'}, pct(r.stats.shares.plan)),
        el('td', {class: 'num'}, c.error), el('td', {class: 'num'}, c.warning), el('td', {class: 'num'}, c.info),
        el('td', {class: 'num archive-count', title: archiveTitle(r)}, archiveFindings(r).length),
        el('td', {class: 'grade-cell'}, gradeCell(r)));
      body.appendChild(row);
    });
    $('table-panel').hidden = results.length === 0;
  }

  // ---- the open batch ----

  function setUrl(id) {
    const url = new URL(location.href);
    if (id) url.searchParams.set('batch', id); else url.searchParams.delete('batch');
    history.replaceState(null, '', url);
  }

  async function refreshList() {
    let listing;
    try { listing = await api('/api/batches'); } catch (e) { showError($('error'), e.message); return; }
    const select = clear($('batch-list'));
    select.appendChild(el('option', {value: ''}, '（新的评阅）'));
    for (const b of listing.batches) {
      select.appendChild(el('option', {value: b.id}, b.name + (b.date ? '（' + b.date + '）' : '') + ' · ' + b.reports + ' 份'));
    }
    select.value = batch ? batch.id : '';
    const damaged = $('damaged');
    clear(damaged).hidden = !listing.damaged.length;
    for (const d of listing.damaged) damaged.appendChild(el('div', {}, d.error));
  }

  /** Takes a batch view from the server: its record, and its reports merged in (answers may cross). */
  function absorb(view, replace) {
    batch = Object.assign({}, view);
    delete batch.reports;
    if (replace) entries = new Map();
    for (const r of view.reports) entries.set(r.id, r);
    usedOwn = null;
    results = [...entries.values()].filter(r => r.review).map(r => Object.assign(r.review, {_entry: r}));
    if (selected && selected._entry) selected = results.find(r => r._entry.id === selected._entry.id) || null;
    renderBatch();
    renderTable();
  }

  function renderBatch() {
    const open = !!batch;
    $('batch-actions').hidden = !open;
    $('batch-head').hidden = !open;
    $('submit').textContent = open ? '加入本批评阅' : '开始评阅';
    if (!open) { $('grades').hidden = true; $('downloads').hidden = true; $('file-panel').hidden = true; return; }
    $('batch-title').textContent = batch.name;
    const profile = profiles.find(p => p.id === batch.profile);
    const filed = [...entries.values()].filter(r => r.filed).length;
    $('batch-meta').textContent = (batch.date ? '会议日期：' + batch.date + '　' : '') + '评审要求：' + (profile ? profile.name : batch.profile) +
      '　报告 ' + entries.size + ' 份' + (filed ? '（已入档 ' + filed + ' 份）' : '') +
      '　最后修改：' + (batch.modifiedBy || '') + ' ' + localTime(batch.modified);
    $('batch-name').value = batch.name;
    $('batch-date').value = batch.date || '';
    if (profile && !own.yaml) $('profile').value = batch.profile;
    $('batch-list').value = batch.id;
    renderGrades();
    renderDownloads();
    [...document.querySelectorAll('.broken-report')].forEach(n => n.remove());
    for (const r of entries.values()) {
      if (!r.review) $('table-panel').before(el('div', {class: 'error broken-report'}, r.file + '：' + (r.error || '评阅结果缺失')));
    }
  }

  /** The suggested grades' distribution and the notice's warning: a suggestion, never the meeting's decision. */
  function renderGrades() {
    const box = clear($('grades'));
    const g = batch.grades;
    box.hidden = !g;
    if (!g) return;
    append(box, [el('h3', {}, '建议等次分布（供评议参考，不是评议结果）'),
      el('div', {class: 'grade-dist'}, Object.entries(g.distribution).map(([k, n]) =>
        el('span', {class: 'grade-count', 'data-grade': k}, el('span', {class: 'grade grade-' + k}, k), ' ' + n + ' 份'))),
      g.warning ? el('div', {class: 'grade-warning'}, g.warning) : null]);
  }

  function renderDownloads() {
    const box = clear($('downloads'));
    const docs = batch.documents || [];
    box.hidden = !docs.length || !entries.size;
    if (box.hidden) return;
    append(box, [el('h3', {}, '会议材料下载'),
      el('div', {class: 'download-links'}, docs.map(d => el('a', {class: 'download', href: d.url, download: d.name}, d.name)))]);
  }

  async function openBatch(id) {
    showError($('error'), null);
    selected = null;
    $('detail').hidden = true;
    $('progress-panel').hidden = true;
    if (!id) {
      batch = null; entries = new Map(); results = [];
      $('batch-name').value = ''; $('batch-date').value = '';
      setUrl(null); renderBatch(); renderTable();
      return;
    }
    try {
      absorb(await api('/api/batches/' + encodeURIComponent(id)), true);
      setUrl(id);
    } catch (e) {
      showError($('error'), e.message);
      batch = null; entries = new Map(); results = [];
      setUrl(null); renderBatch(); renderTable();
    }
  }

  $('batch-list').addEventListener('change', () => openBatch($('batch-list').value));

  $('batch-rename').addEventListener('click', async () => {
    const name = prompt('新的会议名称', batch.name);
    if (name === null || !name.trim()) return;
    try {
      absorb(await api('/api/batches/' + batch.id, {method: 'PATCH', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({name: name.trim(), date: $('batch-date').value || ''})}));
      await refreshList();
    } catch (e) { showError($('error'), e.message); }
  });

  $('batch-delete').addEventListener('click', async () => {
    if (!confirm('删除会议材料“' + batch.name + '”及其 ' + entries.size + ' 份报告？已入档的报告仍留在档案中。')) return;
    try {
      await api('/api/batches/' + batch.id, {method: 'DELETE'});
      await openBatch(null);
      await refreshList();
    } catch (e) { showError($('error'), e.message); }
  });

  $('batch-print').addEventListener('click', () => window.print());

  // the open batch's name and date are edited in place too
  async function patchBatch(body) {
    try {
      absorb(await api('/api/batches/' + batch.id, {method: 'PATCH', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(body)}));
      await refreshList();
    } catch (e) { showError($('error'), e.message); }
  }
  $('batch-name').addEventListener('change', () => {
    const name = $('batch-name').value.trim();
    if (batch && name && name !== batch.name) patchBatch({name});
  });
  $('batch-date').addEventListener('change', () => {
    if (batch && ($('batch-date').value || null) !== (batch.date || null)) patchBatch({date: $('batch-date').value || ''});
  });

  // a batch's profile is the batch's: changing it reviews every report again
  $('profile').addEventListener('change', async () => {
    if (!batch || $('profile').value === batch.profile) return;
    if (!confirm('更换评审要求将按新要求重新评阅本批全部 ' + entries.size + ' 份报告，继续吗？')) { $('profile').value = batch.profile; return; }
    try {
      absorb(await api('/api/batches/' + batch.id, {method: 'PATCH', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({profile: $('profile').value})}), true);
    } catch (e) { showError($('error'), e.message); $('profile').value = batch.profile; }
  });

  // ---- 入档: unit, year and role confirmed per report ----

  $('batch-file').addEventListener('click', () => {
    const panel = clear($('file-panel'));
    panel.hidden = false;
    const rows = [...entries.values()].filter(r => r.review).map(r => {
      const m = Object.assign({}, r.review.meta, r.given || {});
      const input = (field, value, attrs) => el('input', Object.assign({type: 'text', 'data-field': field, value: value || ''}, attrs || {}));
      return el('tr', {'data-report': r.id},
        el('td', {}, el('input', {type: 'checkbox', class: 'file-pick', checked: !r.filed})),
        el('td', {}, r.file, r.filed ? el('div', {class: 'muted'}, '已于 ' + localTime(r.filed.time) + ' 入档') : null),
        el('td', {}, input('unit', m.unit)), el('td', {}, input('name', m.name)),
        el('td', {}, input('year', m.year, {type: 'number', class: 'year'})), el('td', {}, input('role', m.role, {list: 'roles'})));
    });
    append(panel, [el('h3', {}, '入档：请逐份确认单位、姓名、年度和职务'),
      el('p', {class: 'hint'}, '入档后报告进入档案库，供检索和以后各年度比对；同一单位同一年度已有报告的将被替换。'),
      el('table', {id: 'file-table'}, el('thead', {}, el('tr', {}, ['入档', '文件', '单位', '姓名', '年度', '职务'].map(h => el('th', {}, h)))),
        el('tbody', {}, rows)),
      el('div', {class: 'row'},
        el('button', {type: 'button', class: 'primary', id: 'file-confirm', onclick: fileChecked}, '确认入档'),
        el('button', {type: 'button', onclick: () => { panel.hidden = true; }}, '取消')),
      el('div', {id: 'file-result'})]);
  });

  async function fileChecked() {
    const reports = [];
    for (const tr of document.querySelectorAll('#file-table tbody tr')) {
      if (!tr.querySelector('.file-pick').checked) continue;
      const item = {id: tr.dataset.report};
      for (const input of tr.querySelectorAll('input[data-field]')) item[input.dataset.field] = input.value.trim();
      reports.push(item);
    }
    const out = $('file-result');
    if (!reports.length) { showError(out, '请至少勾选一份报告'); return; }
    try {
      const answer = await postJson('/api/batches/' + batch.id + '/archive', {reports});
      absorb(answer.batch);
      $('file-panel').hidden = true;
      showNotice('已入档 ' + answer.added.length + ' 份：' + answer.added.map(a => a.unit + ' ' + a.year + '年').join('、'));
    } catch (e) { showError(out, e.message); }
  }

  function showNotice(text) {
    const n = el('div', {class: 'notice', id: 'notice'}, text);
    const old = $('notice');
    if (old) old.remove();
    $('batch-head').after(n);
  }

  // ---- one report: its 点评, suggested grade, confirmed metadata, and the annotated text ----

  async function show(review) {
    selected = review;
    renderTable();
    const detail = $('detail');
    detail.hidden = false;
    clear(detail).appendChild(el('h2', {}, review.file));
    if (review._entry) detail.appendChild(meetingView(review._entry));
    const view = el('div', {});
    detail.appendChild(view);
    await renderReport(view, review, profiles.find(p => p.id === review.meta.profile), usedOwn);
    detail.scrollIntoView({behavior: 'smooth', block: 'start'});
  }

  function meetingView(entry) {
    const box = el('section', {class: 'meeting'});
    const g = entry.suggestion;
    if (g) {
      box.appendChild(el('div', {class: 'suggestion'}, '建议等次：', el('span', {class: 'grade grade-' + g.grade}, g.grade),
        el('span', {class: 'muted'}, '（系统依据评阅结果提出的建议，供评议参考，以会议评议为准）'),
        g.reasons && g.reasons.length ? el('ul', {class: 'grade-reasons'}, g.reasons.map(x => el('li', {}, x))) : null));
    }
    const text = entry.comment ? entry.comment.text : (entry.draft || '');
    const area = el('textarea', {id: 'comment', class: 'comment-box', maxlength: '3000'});
    area.value = text;
    const printed = el('div', {class: 'print-only comment-print'}, text);
    area.addEventListener('input', () => { printed.textContent = area.value; });
    const state = el('span', {class: 'muted', id: 'comment-state'}, entry.comment
      ? '已修改：' + entry.comment.user + ' ' + localTime(entry.comment.time) : (entry.draft ? '系统草拟，可直接修改' : ''));
    const save = async body => {
      try {
        const r = await api('/api/batches/' + batch.id + '/reports/' + entry.id, {method: 'PATCH',
          headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
        entries.set(r.id, r);
        // confirmed metadata reviews the report again: its grade, and so the distribution, may change
        if (!('comment' in body)) absorb(await api('/api/batches/' + batch.id), true);
        else absorb(Object.assign({}, batch, {reports: [...entries.values()]}), true);
        show(results.find(x => x._entry.id === r.id));
      } catch (e) { state.textContent = e.message; state.className = 'error'; }
    };
    append(box, [el('h3', {}, '点评意见'), area, printed,
      el('div', {class: 'row no-print'},
        el('button', {type: 'button', class: 'primary', id: 'comment-save', onclick: () => save({comment: area.value})}, '保存点评'),
        entry.comment && entry.draft ? el('button', {type: 'button', id: 'comment-reset', onclick: () => save({comment: null})}, '恢复系统草拟') : null,
        state)]);
    // unit, name, year and role as the documents and the archive will carry them: confirmed here or at 入档
    const m = Object.assign({}, entry.review.meta, entry.given || {});
    const field = (key, label, value, attrs) => el('label', {}, label,
      el('input', Object.assign({type: 'text', 'data-meta': key, value: value || ''}, attrs || {})));
    const metaRow = el('div', {class: 'row meta-confirm no-print'},
      field('unit', '单位', m.unit), field('name', '姓名', m.name), field('year', '年度', m.year, {type: 'number', class: 'year'}),
      field('role', '职务', m.role, {list: 'roles'}),
      el('button', {type: 'button', id: 'meta-save', onclick: () => {
        const body = {};
        for (const input of metaRow.querySelectorAll('input[data-meta]')) body[input.dataset.meta] = input.value.trim();
        save(body);
      }}, '确认信息'),
      el('span', {class: 'muted'}, entry.given ? '已确认：' + entry.given.user + ' ' + localTime(entry.given.time) : '系统识别，请核对'));
    append(box, [el('h3', {class: 'no-print'}, '述职人信息'), metaRow]);
    const links = entry.documents || [];
    if (links.length) {
      box.appendChild(el('div', {class: 'download-links no-print'}, links.map(d => el('a', {class: 'download', href: d.url, download: d.name}, '下载' + d.label))));
    }
    return box;
  }

  function localTime(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString('zh-CN', {hour12: false});
  }

  // ---- uploading ----

  async function ensureBatch() {
    if (batch) return batch;
    const now = new Date();
    const name = $('batch-name').value.trim() || ('评阅 ' + now.toLocaleDateString('zh-CN') + ' ' +
      now.toLocaleTimeString('zh-CN', {hour12: false, hour: '2-digit', minute: '2-digit'}));
    const body = {name, profile: $('profile').value};
    if ($('batch-date').value) body.date = $('batch-date').value;
    absorb(await postJson('/api/batches', body), true);
    setUrl(batch.id);
    return batch;
  }

  $('form').addEventListener('submit', async event => {
    event.preventDefault();
    showError($('error'), null);
    const files = [...$('files').files];
    if (!files.length) { showError($('error'), '请先选择要评阅的报告文件'); return; }
    const fields = {role: $('role').value.trim(), year: $('year').value.trim()};
    // the user's own profile is never stored: such a 评阅 is shown, not kept
    const unsaved = !!own.yaml;
    usedOwn = unsaved ? Object.assign({}, own) : null;
    const builtIn = $('profile').value;
    if (unsaved) {
      if (batch) await openBatch(null);
      results = [];
    } else {
      try { await ensureBatch(); } catch (e) { showError($('error'), e.message); return; }
    }
    selected = null;
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
        try {
          if (unsaved) {
            addProfile(form, {value: builtIn}, usedOwn);
            results.push(...await api('/api/review', {method: 'POST', body: form}));
            renderTable();
          } else {
            const answer = await api('/api/batches/' + batch.id + '/reports', {method: 'POST', body: form});
            absorb(Object.assign({}, batch, {reports: answer.reports}));
          }
          item.li.className = 'done';
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
    if (!unsaved) {
      // the grades and documents are the whole batch's: fetched once all its reports are in
      try { absorb(await api('/api/batches/' + batch.id), true); } catch (e) { /* the table already shows them */ }
      await refreshList();
    }
  });

  await refreshList();
  const wanted = new URL(location.href).searchParams.get('batch');
  if (wanted) await openBatch(wanted);
  document.body.dataset.loaded = 'true';
})();
