// 负面清单: one office's list for the round. Reads a page of the round's cadres from /app/api, lets the
// office's members mark a cadre (items, severity, flags), change or remove the entry, and upload the
// spreadsheet. The server checks everything again and decides who may write.
(function () {
  'use strict';
  const root = document.getElementById('negative-list');
  const api = '/app/api/campaigns/' + root.dataset.campaign + '/negative-lists/' + encodeURIComponent(root.dataset.office);
  const SEVERITIES = [['', '（未选）'], ['MINOR', '一般'], ['SERIOUS', '较重'], ['GRAVE', '严重']];
  const state = { page: 0, size: 50, filters: {}, table: null, editing: null };

  const { $, text, el, message, send } = window.AppPage;

  async function load() {
    const params = new URLSearchParams({ page: state.page, size: state.size });
    Object.entries(state.filters).forEach(([k, v]) => { if (v) params.set(k, v); });
    try {
      state.table = await send(api + '?' + params, { method: 'GET' });
      render();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  function flags(r) {
    return [r.affectsGrade && el('span', {}, '影响等次'), r.vetoItem && el('span', { class: 'veto' }, '一票否决'),
      r.underInvestigation && el('span', { class: 'investigation' }, '正在审查调查')].filter(Boolean);
  }

  function render() {
    const t = state.table;
    $('#state').textContent = t.submitted ? '已报送（' + text(t.submittedBy) + '，' + text(t.submittedAt).replace('T', ' ').slice(0, 16) + '）'
      : (t.editable ? '填报中' : '只读');
    $('#counts').textContent = '本轮干部 ' + t.cadres + ' 人，已标记有负面清单事项 ' + t.marked + ' 人；未标记的 '
      + (t.cadres - t.marked) + ' 人报送时即确认为无。';
    $('#upload').hidden = !t.editable;
    const body = $('#rows');
    body.replaceChildren();
    t.rows.forEach((r) => {
      body.append(el('tr', { class: r.hasItems ? 'changed' : '', 'data-cadre': r.cadreCode },
        el('td', {}, r.cadreName), el('td', {}, r.cadreCode), el('td', {}, r.unitName), el('td', {}, r.position),
        el('td', {}, r.hasItems ? [r.items, r.severityLabel ? '（' + r.severityLabel + '）' : ''] : '无'),
        el('td', { class: 'flags' }, flags(r)), el('td', {}, text(r.reportedBy)),
        el('td', {}, t.editable ? el('button', { type: 'button', onclick: () => edit(r) }, r.hasItems ? '修改' : '标记') : '')));
      if (state.editing === r.cadreCode) body.append(editor(r));
    });
    if (!t.rows.length) body.append(el('tr', {}, el('td', { colspan: 8 }, '没有符合条件的干部')));
    const pages = Math.max(1, Math.ceil(t.total / t.size));
    $('#page-info').textContent = '第 ' + (t.page + 1) + ' / ' + pages + ' 页，共 ' + t.total + ' 人';
    $('#prev').disabled = t.page === 0;
    $('#next').disabled = t.page + 1 >= pages;
  }

  function edit(r) {
    state.editing = state.editing === r.cadreCode ? null : r.cadreCode;
    render();
  }

  function editor(r) {
    const items = el('textarea', { name: 'items', rows: 3, cols: 50, placeholder: '时间、事由、处理情况' });
    items.value = text(r.items);
    const severity = el('select', { name: 'severity' }, SEVERITIES.map(([v, l]) => el('option', { value: v }, l)));
    severity.value = text(r.severity);
    const box = (name, label, checked) => el('label', {}, el('input', { type: 'checkbox', name, checked }), label);
    const form = el('form', { class: 'filters', 'data-editor': r.cadreCode },
      el('label', {}, '事项说明 ', items), el('label', {}, '严重程度 ', severity),
      box('affectsGrade', '影响考核等次', r.affectsGrade), box('vetoItem', '属于一票否决事项', r.vetoItem),
      box('underInvestigation', '正在接受纪律审查或监察调查', r.underInvestigation),
      el('button', { type: 'submit', class: 'primary' }, '保存'),
      r.hasItems ? el('button', { type: 'button', onclick: () => remove(r) }, '移除标记') : '',
      el('button', { type: 'button', onclick: () => edit(r) }, '取消'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const entry = { items: items.value, severity: severity.value || null,
        affectsGrade: form.elements.affectsGrade.checked, vetoItem: form.elements.vetoItem.checked,
        underInvestigation: form.elements.underInvestigation.checked };
      try {
        await send(api + '/cadres/' + encodeURIComponent(r.cadreCode), { method: 'PUT',
          headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entry) });
        state.editing = null;
        message('ok', '已保存：' + r.cadreName);
        await load();
      } catch (e) {
        message('error', e.message, e.errors);
      }
    });
    return el('tr', { class: 'editor' }, el('td', { colspan: 8 }, form));
  }

  async function remove(r) {
    try {
      await send(api + '/cadres/' + encodeURIComponent(r.cadreCode), { method: 'DELETE' });
      state.editing = null;
      message('ok', '已移除标记：' + r.cadreName);
      await load();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  $('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    const f = event.target.elements;
    state.filters = { unit: f.unit.value.trim(), q: f.q.value.trim(), marked: f.marked.checked ? 'true' : '' };
    state.page = 0;
    load();
  });
  $('#upload').addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = event.target.elements.file.files[0];
    if (!file) { message('error', '请选择要上传的 Excel 文件'); return; }
    const data = new FormData();
    data.append('file', file);
    try {
      const saved = await send(api + '.xlsx', { method: 'POST', body: data });
      message('ok', '已上传：' + saved.changed + ' 名干部的标记有变化；现已标记 ' + saved.marked + ' 人');
      await load();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  });
  $('#prev').addEventListener('click', () => { state.page -= 1; load(); });
  $('#next').addEventListener('click', () => { state.page += 1; load(); });
  load();
}());
