// 自查: one draft, pasted or uploaded, reviewed and shown with its flagged spans. Nothing is stored.
'use strict';
(async function () {
  const $ = id => document.getElementById(id);
  let profiles = [];
  try { profiles = await loadProfiles($('profile')); } catch (e) { showError($('error'), e.message); }
  const own = ownProfileControl($('profile'), $('profile-file'), $('profile-own'), $('error'));

  $('form').addEventListener('submit', async event => {
    event.preventDefault();
    showError($('error'), null);
    const fields = {role: $('role').value.trim(), year: $('year').value.trim()};
    const usedOwn = own.yaml ? Object.assign({}, own) : null;
    const file = $('file').files[0];
    let request;
    if (file) {
      const tooLarge = fileTooLarge(file);
      if (tooLarge) { showError($('error'), tooLarge); return; }
      const form = new FormData();
      form.append('file', file, file.name);
      for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
      addProfile(form, $('profile'), usedOwn);
      request = api('/api/review', {method: 'POST', body: form});
    } else {
      const text = $('text').value;
      if (!text.trim()) { showError($('error'), '请先粘贴报告全文或选择一个文件'); return; }
      const body = {text};
      for (const [k, v] of Object.entries(fields)) if (v) body[k] = v;
      addProfile(body, $('profile'), usedOwn);
      request = postJson('/api/review', body);
    }
    $('submit').disabled = true;
    $('submit').textContent = '检查中……';
    try {
      const reviews = await request;
      const result = $('result');
      result.hidden = false;
      await renderReport(result, reviews[0], profiles.find(p => p.id === reviews[0].meta.profile), usedOwn);
      result.scrollIntoView({behavior: 'smooth', block: 'start'});
    } catch (e) {
      showError($('error'), e.message);
    } finally {
      $('submit').disabled = false;
      $('submit').textContent = '开始自查';
    }
  });
})();
