// Shared helpers for every page. All report text enters the page through text nodes (el() below),
// never through innerHTML, so a report containing <script> is shown as text.
'use strict';

/** Creates an element; string children become text nodes, null/undefined children are skipped. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    // through the CSSOM: the Content-Security-Policy refuses style attributes written as markup
    else if (k === 'style') node.style.cssText = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// The page token the server requires on every request that changes something (beside its Origin check);
// another site cannot read it. Fetched once per page, and again when the server has restarted since.
let csrf = null;

async function csrfToken(renew) {
  if (!csrf || renew) {
    const res = await fetch('/api/session', {cache: 'no-store'});
    const session = await res.json();
    csrf = {header: session.csrfHeader, token: session.csrfToken};
  }
  return csrf;
}

async function send(path, options, renewToken) {
  const method = ((options && options.method) || 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return fetch(path, options);
  const t = await csrfToken(renewToken);
  return fetch(path, Object.assign({}, options, {headers: Object.assign({}, options.headers, {[t.header]: t.token})}));
}

/** Calls the API; resolves with the parsed JSON or rejects with the server's Chinese message. */
async function api(path, options) {
  let res;
  try {
    res = await send(path, options, false);
    // a 403 after a restart: the token is new, the request is the same (a FormData body can be sent again)
    if (res.status === 403) res = await send(path, options, true);
    // busy: the server said when to come back; a page's few requests wait rather than fail
    for (let tries = 0; res.status === 503 && res.headers.get('Retry-After') && tries < 5; tries++) {
      await new Promise(r => setTimeout(r, 1000 * Number(res.headers.get('Retry-After'))));
      res = await send(path, options, false);
    }
  } catch (e) {
    throw new Error('无法连接评审服务，请确认 serve 仍在运行');
  }
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  // a shared server's page that needs an account: to the login page, and back here after it
  if (res.status === 401 && !path.startsWith('/api/login')) {
    location.href = '/login.html?next=' + encodeURIComponent(location.pathname + location.search);
  }
  if (!res.ok) throw new Error((body && body.error) || ('请求失败（HTTP ' + res.status + '）'));
  return body;
}

/**
 * On a shared server (one with accounts) the header says who is logged in, with 退出, or offers 登录;
 * on the single user's own server it says nothing. SESSION resolves with GET /api/session's answer.
 */
const SESSION = (async () => {
  const session = await (await fetch('/api/session', {cache: 'no-store'})).json();
  csrf = {header: session.csrfHeader, token: session.csrfToken};
  const show = () => {
    const header = document.querySelector('header.top');
    if (!header || !session.accounts) return;
    const who = session.user
      ? el('span', {class: 'who'}, session.user.name + '（' + session.user.role + '）',
          el('button', {type: 'button', class: 'link', onclick: async () => {
            await api('/api/logout', {method: 'POST'});
            location.href = '/';
          }}, '退出'))
      : el('a', {class: 'who', href: '/login.html?next=' + encodeURIComponent(location.pathname)}, '登录');
    header.appendChild(who);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show); else show();
  return session;
})();

function postJson(path, data) {
  return api(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(data)});
}

const PART_NAMES = {achievement: '成绩做法', problem: '问题原因', plan: '下步打算', other: '其他'};
const SEVERITY_NAMES = {error: '严重', warning: '提醒', info: '提示'};
const OUTCOME_RANK = {'退回修改': 2, '修改后通过': 1, '通过': 0};
// Rule names and which rules compare with the archive come from the rules' catalog (/api/rules, loaded
// by loadProfiles), the one place they are written.
const RULE_NAMES = {};
const ARCHIVE_RULES = [];
// rules whose finding says the text is no duty report at all (catalog supersedes: all)
const NOT_REPORT_RULES = [];

/** A paragraph's number for people, from 1 as the findings' messages and the verdict write it (JSON index + 1). */
function paraNo(index) { return index + 1; }

function ruleName(code) { return RULE_NAMES[code] || code; }
function partName(id) { return PART_NAMES[id] || id || '—'; }
function pct(x) { return x === null || x === undefined ? '—' : Math.round(x * 100) + '%'; }

function outcomeBadge(outcome) {
  const cls = {'退回修改': 'bad', '修改后通过': 'mid', '通过': 'good'}[outcome] || 'mid';
  return el('span', {class: 'badge ' + cls}, outcome || '—');
}

/** Fills a <select> with the built-in profiles; resolves with the list (for limits). */
async function loadProfiles(select) {
  const [profiles, rules] = await Promise.all([api('/api/profiles'), api('/api/rules')]);
  for (const r of rules) {
    RULE_NAMES[r.code] = r.name;
    if (r.archive && !ARCHIVE_RULES.includes(r.code)) ARCHIVE_RULES.push(r.code);
    if ((r.supersedes || []).includes('all') && !NOT_REPORT_RULES.includes(r.code)) NOT_REPORT_RULES.push(r.code);
  }
  clear(select);
  for (const p of profiles) select.appendChild(el('option', {value: p.id}, p.name ? p.name : p.id));
  return profiles;
}

/**
 * The user's own profile (a YAML file like the built-in ones): read in the page, checked by the server
 * (POST /api/profiles/limits answers 400 naming the wrong field) and sent with each review; the server
 * never stores it. While one is chosen the built-in choice is disabled. Returns the live choice:
 * {yaml, fileName, name, id} or all null.
 */
function ownProfileControl(select, fileInput, info, errorBox) {
  const own = {yaml: null, fileName: null, name: null, id: null};
  const picked = document.querySelector('.picked[data-for="' + fileInput.id + '"]');
  function reset() {
    Object.assign(own, {yaml: null, fileName: null, name: null, id: null});
    fileInput.value = '';
    if (picked) picked.textContent = '未选择文件';
    select.disabled = false;
    clear(info).hidden = true;
  }
  fileInput.addEventListener('change', async () => {
    const f = fileInput.files[0];
    showError(errorBox, null);
    if (!f) { reset(); return; }
    const yaml = await f.text();
    const form = new FormData();
    form.append('profile', new Blob([yaml], {type: 'application/x-yaml'}), f.name);
    try {
      const checked = await api('/api/profiles/limits', {method: 'POST', body: form});
      Object.assign(own, {yaml, fileName: f.name, name: checked.name, id: checked.profile});
      select.disabled = true;
      clear(info).hidden = false;
      append(info, ['使用上传的评审要求：', el('strong', {}, checked.name), '（' + f.name + '）　',
        el('button', {type: 'button', class: 'link-btn', onclick: reset}, '改用内置要求')]);
    } catch (e) {
      reset();
      showError(errorBox, e.message);
    }
  });
  return own;
}

/** Adds the chosen profile to a review request: a built-in id, or the user's own profile as content. */
function addProfile(target, select, own) {
  if (own && own.yaml) {
    if (target instanceof FormData) target.append('profile', new Blob([own.yaml], {type: 'application/x-yaml'}), own.fileName);
    else target.profileYaml = own.yaml;
  } else if (select.value) {
    if (target instanceof FormData) target.append('profile', select.value);
    else target.profile = select.value;
  }
}

/** Shows a one-line error (or clears it with null). */
function showError(node, message) {
  clear(node);
  node.hidden = !message;
  if (message) node.appendChild(document.createTextNode(message));
}

/** Renders a snippet whose marks are {start, end} spans into it, as text and <mark> elements. */
function markedText(text, marks, markClass) {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const m of (marks || []).slice().sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    if (m.start > at) frag.appendChild(document.createTextNode(text.slice(at, m.start)));
    frag.appendChild(el('mark', {class: markClass || null}, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
  return frag;
}

// File pickers show what was chosen in Chinese (see .filepick in app.css).
document.addEventListener('change', e => {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
  const shown = document.querySelector('.picked[data-for="' + input.id + '"]');
  if (!shown) return;
  const n = input.files.length;
  shown.textContent = n === 0 ? '未选择文件' : n === 1 ? input.files[0].name : '已选择 ' + n + ' 个文件';
});

/**
 * While serve starts (GET /api/status says not yet ready) every page says so in a banner, checked again
 * every second. While serve seeds an empty archive with the demo corpus, every page says so in a
 * banner, checked again every 2 s; when it is done the banner goes and 'archive-ready' is dispatched.
 * archiveSeeding() tells a page whether the archive is still being built; statusChecked resolves after
 * the first answer, so a page can wait for it before it says what the archive holds.
 */
let ARCHIVE_SEEDING = false;
let SERVER_LIMITS = null; // {uploadMb, reportChars} from /api/status
function archiveSeeding() { return ARCHIVE_SEEDING; }

/** Why a chosen file cannot be sent (over the server's upload limit), or null: said before uploading it. */
function fileTooLarge(file) {
  if (!SERVER_LIMITS || file.size <= SERVER_LIMITS.uploadMb * 1024 * 1024) return null;
  return '文件 ' + file.name + ' 有 ' + Math.round(file.size / 1024 / 1024) + ' MB，超过上传上限 ' + SERVER_LIMITS.uploadMb + ' MB';
}
const statusChecked = new Promise(resolve => {
  async function check() {
    let status = null;
    try { status = await api('/api/status'); } catch (e) { /* the pages' own requests report it */ }
    if (status && status.limits) SERVER_LIMITS = status.limits;
    // serve --demo: the invented reports are never taken for a department's own
    if (status && status.demo && !document.getElementById('demo-banner')) {
      const demo = el('div', {id: 'demo-banner', class: 'banner demo'},
        '演示档案库：其中的报告均为虚构示例，仅供试用。正式使用时不加 --demo 启动服务，正式档案库与演示库分开存放。');
      const header = document.querySelector('header.top');
      if (header) header.after(demo); else document.body.prepend(demo);
    }
    // serve's first seconds: the pages answer at once; a review sent now waits until the model is loaded
    let starting = document.getElementById('starting-banner');
    if (status && status.ready === false) {
      if (!starting) {
        starting = el('div', {id: 'starting-banner', class: 'banner'},
          '服务正在启动：评审模型和词典正在加载（通常几秒），此时提交的评审会在加载完成后自动进行。');
        const header = document.querySelector('header.top');
        if (header) header.after(starting); else document.body.prepend(starting);
      }
    } else if (starting) {
      starting.remove();
    }
    let banner = document.getElementById('banner');
    if (status && status.seeding) {
      ARCHIVE_SEEDING = true;
      if (!banner) {
        banner = el('div', {id: 'banner', class: 'banner'},
          '档案库正在建立：正在存入演示语料（通常不到半分钟），完成前检索、单位历年问题和档案比对的结果不全。');
        const header = document.querySelector('header.top');
        if (header) header.after(banner); else document.body.prepend(banner);
      }
      setTimeout(check, 2000);
    } else {
      if (status && status.ready === false) setTimeout(check, 1000);
      if (banner) banner.remove();
      if (ARCHIVE_SEEDING) {
        ARCHIVE_SEEDING = false;
        document.dispatchEvent(new Event('archive-ready'));
      }
    }
    resolve();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check); else check();
});
