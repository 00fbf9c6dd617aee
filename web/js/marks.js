'use strict';
// Reviewers' marks on a finding of an archived report: 误报 (a false alarm) or 已核实 (checked), with a
// note. What the last reviewer decided is shown to the next one; the department counts them per rule.

/** The finding's mark and the buttons to set one; nothing for a report without unit and year. */
function markView(f, review) {
  const m = review.meta;
  if (!m.unit || !m.year) return null;
  const box = el('div', {class: 'mark-view'});
  const render = mark => {
    clear(box);
    if (mark) {
      append(box, [el('span', {class: 'mark-badge ' + (mark.mark === '误报' ? 'false-alarm' : 'confirmed')}, mark.mark),
        el('span', {class: 'muted'}, mark.user + (mark.note ? '：' + mark.note : ''))]);
    }
    for (const kind of ['误报', '已核实']) {
      append(box, [el('button', {type: 'button', class: 'mark-btn', 'data-mark': kind, onclick: () => ask(kind)}, '标为' + kind)]);
    }
  };
  const ask = kind => {
    const note = el('input', {type: 'text', placeholder: '说明（可不填）', maxlength: '500'});
    const save = el('button', {type: 'button', class: 'mark-save', onclick: async () => {
      try {
        const saved = await postJson('/api/marks', {unit: m.unit, year: String(m.year), paragraph: f.paragraph,
          rule: f.rule, mark: kind, note: note.value});
        f.mark = saved;
        render(saved);
      } catch (e) {
        append(box, [el('span', {class: 'error'}, e.message)]);
      }
    }}, '保存');
    append(box, [note, save]);
    note.focus();
  };
  render(f.mark);
  return box;
}
