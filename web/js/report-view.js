// The highlighted view of one review (the JSON element of `review --format json`): verdict, shares
// against the profile's limits, the text with flagged spans marked and the messages beside them, and
// evidence from other reports opened side by side.
'use strict';

const SEVERITY_ORDER = {error: 0, warning: 1, info: 2};

function countBySeverity(review) {
  const c = {error: 0, warning: 0, info: 0};
  for (const f of review.findings) c[f.severity] = (c[f.severity] || 0) + 1;
  return c;
}

/**
 * The limits that apply to this review's profile and role, as the server's rules read them; own is the
 * user's own profile (ownProfileControl) when the review was made with it.
 */
async function limitsFor(review, own) {
  const role = review.meta.role ? '?role=' + encodeURIComponent(review.meta.role) : '';
  try {
    if (own && own.yaml) {
      const body = {profileYaml: own.yaml};
      if (review.meta.role) body.role = review.meta.role;
      return await postJson('/api/profiles/limits', body);
    }
    return await api('/api/profiles/' + encodeURIComponent(review.meta.profile) + '/limits' + role);
  } catch (e) {
    return {length: null, shares: {}};
  }
}

/**
 * One part's limit as fractions of the whole (a limit in characters is converted with the report's
 * length) and the words for it.
 */
function shareBounds(lim, chars) {
  const out = {min: null, max: null, notes: []};
  if (!lim) return out;
  if (lim.max !== null && lim.max !== undefined) { out.max = lim.max; out.notes.push('不超过 ' + pct(lim.max)); }
  if (lim.min !== null && lim.min !== undefined) { out.min = lim.min; out.notes.push('不少于 ' + pct(lim.min)); }
  if (lim.maxChars && chars) { out.max = Math.min(1, lim.maxChars / chars); out.notes.push('不超过 ' + lim.maxChars + ' 字'); }
  if (lim.minChars && chars) { out.min = Math.min(1, lim.minChars / chars); out.notes.push('不少于 ' + lim.minChars + ' 字'); }
  if (lim.aboutChars) out.notes.push('约 ' + lim.aboutChars + ' 字');
  return out;
}

/** The length and the shares as bars, each with its limit drawn as a line and a note when it is broken. */
function sharesView(review, limits) {
  const rows = [];
  const chars = review.stats.chars;
  const lenOver = limits.length && chars > limits.length;
  rows.push(el('div', {class: 'bar-row' + (lenOver ? ' broken' : ''), 'data-bar': 'length'},
    el('span', {class: 'bar-label'}, '全文字数'),
    el('span', {class: 'bar-track'},
      el('span', {class: 'bar-fill length', style: 'width:' + Math.min(100, limits.length ? chars / limits.length * 100 : 100) + '%'})),
    el('span', {class: 'bar-value'}, chars + ' 字'),
    el('span', {class: 'bar-limit'}, limits.length ? (lenOver ? '超出上限 ' : '上限 ') + limits.length + ' 字' : '本要求未限字数')));
  for (const part of ['achievement', 'problem', 'plan', 'other']) {
    const share = review.stats.shares[part] || 0;
    const b = shareBounds(limits.shares[part], chars);
    const broken = (b.max !== null && share > b.max + 1e-9) || (b.min !== null && share < b.min - 1e-9);
    const track = el('span', {class: 'bar-track'}, el('span', {class: 'bar-fill ' + part, style: 'width:' + (share * 100) + '%'}));
    for (const [k, v] of [['下限', b.min], ['上限', b.max]]) {
      if (v !== null) track.appendChild(el('span', {class: 'bar-mark', style: 'left:' + (v * 100) + '%', title: k + ' ' + pct(v)}));
    }
    rows.push(el('div', {class: 'bar-row' + (broken ? ' broken' : ''), 'data-part': part},
      el('span', {class: 'bar-label'}, partName(part)), track,
      el('span', {class: 'bar-value'}, pct(share)),
      el('span', {class: 'bar-limit'}, b.notes.length ? (broken ? '未达要求：' : '要求') + b.notes.join('，') : '')));
  }
  return el('div', {class: 'shares'}, rows);
}

/**
 * Every span a finding marks: its span, and any further ones its evidence lists (evidence.spans, e.g.
 * each placeholder of a paragraph), each once.
 */
function findingSpans(f) {
  const list = f.span ? [f.span] : [];
  const more = f.evidence && Array.isArray(f.evidence.spans) ? f.evidence.spans : [];
  for (const sp of more) {
    if (sp && typeof sp.start === 'number' && typeof sp.end === 'number' &&
        !list.some(x => x.start === sp.start && x.end === sp.end)) list.push(sp);
  }
  return list;
}

/**
 * The paragraph's text with each finding's spans marked. A finding without a span concerns the paragraph
 * as a whole and is not marked in the text: the row carries an edge mark instead (wholeParagraph below).
 */
function highlightedText(text, findings) {
  const ranges = findings.flatMap(f => findingSpans(f).map(sp => {
    const s = Math.max(0, Math.min(text.length, sp.start));
    const e = Math.max(s, Math.min(text.length, sp.end));
    return {s, e, f};
  })).filter(r => r.e > r.s);
  const cuts = new Set([0, text.length]);
  for (const r of ranges) { cuts.add(r.s); cuts.add(r.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = [...new Set(ranges.filter(r => r.s <= a && r.e >= b).map(r => r.f))];
    const piece = text.slice(a, b);
    if (!covering.length) { frag.appendChild(document.createTextNode(piece)); continue; }
    covering.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
    frag.appendChild(el('mark', {
      class: 'flag sev-' + covering[0].severity,
      'data-findings': covering.map(f => f._n).join(' '),
      title: covering.map(f => ruleName(f.rule) + '：' + f.message).join('\n')
    }, piece));
  }
  return frag;
}

/** The most serious of the findings that have no span: the paragraph's edge mark, or null. */
function wholeParagraph(findings) {
  const whole = findings.filter(f => !f.span).sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
  return whole.length ? whole[0] : null;
}

/**
 * The evidence's passages from other reports, each {unit, unitKey, year, paragraph, text, similarity?}:
 * every earlier year of a repeated problem (evidence.matches), else evidence.source, and any
 * evidence.sources.
 */
function evidenceSources(f) {
  const ev = f.evidence || {};
  const list = [];
  const isPassage = s => s && typeof s === 'object' && typeof s.text === 'string';
  if (Array.isArray(ev.matches) && ev.matches.some(isPassage)) list.push(...ev.matches.filter(isPassage));
  else if (isPassage(ev.source)) list.push(ev.source);
  if (Array.isArray(ev.sources)) list.push(...ev.sources.filter(isPassage));
  return list;
}

function sourceName(src) {
  return (src.unit || '其他报告') + (src.year ? ' ' + src.year + '年' : '') +
    (src.paragraph !== undefined && src.paragraph !== null ? ' 第' + paraNo(src.paragraph) + '段' : '');
}

function noteView(f, review) {
  const sources = evidenceSources(f);
  return el('div', {class: 'note sev-' + f.severity, 'data-rule': f.rule, 'data-n': f._n},
    el('div', {class: 'note-head'},
      el('span', {class: 'note-n'}, f._n),
      el('span', {class: 'sev'}, SEVERITY_NAMES[f.severity] || f.severity),
      el('strong', {}, ruleName(f.rule))),
    el('div', {class: 'note-msg'}, f.message),
    sources.map(src => el('button', {type: 'button', class: 'evidence-btn',
      onclick: () => openCompare(review, f, src)}, '对照原文：' + sourceName(src))),
    // marks belong to the reviewer's page (review.html loads marks.js); a self-check has none
    typeof markView === 'function' ? markView(f, review) : null);
}

/** What the evidence says besides the passages, in words: years, shared length, terms named and missing. */
function evidenceFacts(f) {
  const ev = f.evidence || {};
  const facts = [];
  if (Array.isArray(ev.years) && ev.years.length) {
    facts.push('往年提出：' + ev.years.join('、') + '年度' + (ev.recurrence ? '（本年度是第 ' + ev.recurrence + ' 次）' : ''));
  }
  if (Array.isArray(ev.topics) && ev.topics.length) facts.push('同属问题：' + ev.topics.join('、'));
  if (typeof ev.longestShared === 'number') facts.push('最长一段相同文字 ' + ev.longestShared + ' 字');
  if (ev.sameYear === true) facts.push('同年度的报告，无法判断谁照搬谁');
  if (Array.isArray(ev.missing) && ev.missing.length) facts.push('本报告未提及：' + ev.missing.join('、'));
  if (Array.isArray(ev.named) && ev.named.length) facts.push('本报告已提及：' + ev.named.join('、'));
  return facts;
}

/**
 * Marks, in a passage of another report, the stretches of at least min characters that stand word for
 * word in this report's text too, so the eye finds what was taken over.
 */
function sharedText(source, own, min) {
  const marks = [];
  if (!own) return markedText(source, marks);
  for (let i = 0; i + min <= source.length; ) {
    let len = 0;
    while (i + len < source.length && own.includes(source.slice(i, i + len + 1))) len++;
    if (len >= min) { marks.push({start: i, end: i + len}); i += len; } else i++;
  }
  return markedText(source, marks, 'shared');
}

/** Marks the given terms wherever they stand in a text (a commitment's words, named or not). */
function termsMarked(text, terms, cls) {
  const marks = [];
  for (const t of terms || []) {
    if (!t) continue;
    for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length)) marks.push({start: at, end: at + t.length});
  }
  return markedText(text, marks, cls);
}

/**
 * Opens this report's paragraph and the earlier-year / other-unit passage side by side. Every shape the
 * archive gives works: a flagged span, a paragraph flagged as a whole (no span), or a finding of the
 * whole report (no paragraph: an unanswered commitment, whose terms are marked in last year's passage).
 */
function openCompare(review, f, src) {
  closeCompare();
  const ev = f.evidence || {};
  const para = f.paragraph === null || f.paragraph === undefined ? null : review.paragraphs[f.paragraph];
  const similarity = typeof src.similarity === 'number' ? src.similarity
    : (typeof ev.similarity === 'number' ? ev.similarity : null);
  const commitment = Array.isArray(ev.missing);
  let mine;
  if (para) {
    const edge = wholeParagraph([f]);
    mine = el('p', {class: 'compare-text' + (edge ? ' edge sev-' + edge.severity : '')}, highlightedText(para.text, [f]));
  } else if (commitment) {
    mine = el('p', {class: 'compare-text muted'}, '本报告中没有回应这项承诺的段落' +
      (ev.missing.length ? '；未提及：' + ev.missing.join('、') : '') + '。');
  } else {
    mine = el('p', {class: 'compare-text muted'}, '（该问题针对全文，没有对应的单独段落）');
  }
  const ownText = para ? para.text : null;
  const theirs = src.text
    ? (commitment ? append(el('span'), [termsMarked(src.text, ev.missing, 'missing')]) : sharedText(src.text, ownText, 6))
    : '（原文未提供）';
  const facts = evidenceFacts(f);
  const overlay = el('div', {class: 'overlay', id: 'compare', onclick: e => { if (e.target.id === 'compare') closeCompare(); }},
    el('div', {class: 'compare', 'data-rule': f.rule},
      el('div', {class: 'compare-head'},
        el('strong', {}, ruleName(f.rule)),
        similarity !== null ? el('span', {class: 'muted'}, '　' + (commitment ? '回应程度 ' : '相似度 ') + pct(similarity)) : null,
        el('button', {type: 'button', class: 'close', onclick: closeCompare}, '关闭')),
      el('div', {class: 'compare-msg'}, f.message),
      facts.length ? el('ul', {class: 'compare-facts'}, facts.map(x => el('li', {}, x))) : null,
      el('div', {class: 'compare-cols'},
        el('div', {class: 'compare-col'},
          el('h3', {}, '本报告' + (para ? ' 第' + paraNo(para.index) + '段' : '')), mine),
        el('div', {class: 'compare-col source'},
          el('h3', {}, sourceName(src),
            src.unitKey ? el('a', {class: 'history-link', href: '/unit.html?key=' + encodeURIComponent(src.unitKey) +
              (src.year ? '#y' + src.year : '')}, '该单位历年问题') : null),
          el('p', {class: 'compare-text'}, theirs)))));
  document.body.appendChild(overlay);
}

function closeCompare() {
  const o = document.getElementById('compare');
  if (o) o.remove();
}
document.addEventListener('keydown', e => { if (e.key === 'Escape') closeCompare(); });

/** A verdict reason as people read it: a rule code that stands in it (a rule outside the catalog) by its name. */
function reasonText(reason) {
  return reason.replace(/\b[A-Z][A-Z]+(?:_[A-Z]+)+\b/g, code => RULE_NAMES[code] || code);
}

/**
 * Renders a whole review into container; profile (from /api/profiles) names it, or own, the user's own
 * profile the review was made with.
 */
async function renderReport(container, review, profile, own) {
  const limits = await limitsFor(review, own);
  if (own && own.yaml) profile = {name: own.name + '（上传的评审要求）'};
  clear(container);
  const findings = review.findings.map((f, i) => Object.assign({}, f, {_n: i + 1}));
  const byParagraph = new Map();
  const whole = [];
  for (const f of findings) {
    if (f.paragraph === null || f.paragraph === undefined) whole.push(f);
    else {
      if (!byParagraph.has(f.paragraph)) byParagraph.set(f.paragraph, []);
      byParagraph.get(f.paragraph).push(f);
    }
  }
  const counts = countBySeverity(review);
  const m = review.meta;
  container.appendChild(el('section', {class: 'summary'},
    el('div', {class: 'verdict'}, '建议结论：', outcomeBadge(review.verdict.outcome),
      el('span', {class: 'counts'}, '严重 ' + counts.error + ' 处，提醒 ' + counts.warning + ' 处，提示 ' + counts.info + ' 处')),
    review.verdict.reasons.length ? el('ul', {class: 'reasons'}, review.verdict.reasons.map(r => el('li', {}, reasonText(r)))) : null,
    el('div', {class: 'meta muted'},
      '文件：' + review.file + '　单位：' + (m.unit || '—') + '　年度：' + (m.year || '—') +
      '　职务：' + (m.role || '—') + '　姓名：' + (m.name || '—') + '　评审要求：' + (profile && profile.name ? profile.name : m.profile)),
    // a text that is no duty report has no parts to measure against the notice
    whole.some(f => NOT_REPORT_RULES.includes(f.rule))
      ? el('div', {class: 'shares muted', 'data-bar': 'none'}, '篇幅：不适用（不是述职报告，未作内容审查）')
      : sharesView(review, limits)));
  if (whole.length) {
    container.appendChild(el('section', {class: 'whole'}, el('h3', {}, '全文层面的问题'),
      el('div', {class: 'notes-inline'}, whole.map(f => noteView(f, review)))));
  }
  const body = el('section', {class: 'report'});
  for (const p of review.paragraphs) {
    const fs = byParagraph.get(p.index) || [];
    const edge = wholeParagraph(fs);
    // web-page debris (上一篇, 仅展示前3000字 …) is shown greyed: not counted, not reviewed
    body.appendChild(el('div', {class: 'para-row' + (fs.length ? ' flagged' : '') + (edge ? ' edge sev-' + edge.severity : '') + (p.debris ? ' debris' : ''),
      'data-index': p.index, title: edge ? '整段：' + ruleName(edge.rule) : (p.debris ? '网页残留：不计入篇幅和比例，不作评审' : null)},
      el('div', {class: 'para'},
        el('span', {class: 'pno'}, paraNo(p.index)),
        p.debris ? el('span', {class: 'tag debris'}, '网页残留')
          : el('span', {class: 'tag part-' + p.label, title: '分类置信度 ' + pct(p.confidence)}, partName(p.label)),
        el('span', {class: 'para-text'}, highlightedText(p.text, fs))),
      el('div', {class: 'notes'}, fs.map(f => noteView(f, review)))));
  }
  container.appendChild(body);
}
