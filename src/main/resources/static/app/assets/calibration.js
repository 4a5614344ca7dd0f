// 统筹校准 / 审定表: reads a page of the round's table from /app/api, lets org-dept change grades with a
// reason each (saved together, all or nothing) and the committee tick cadres to send back. The server
// checks everything again; this script only shows the quota as changes are made.
(function () {
  'use strict';
  const root = document.getElementById('calibration');
  const id = root.dataset.campaign;
  const canEdit = root.dataset.canEdit === 'true';
  const canTick = root.dataset.canTick === 'true';
  const api = '/app/api/campaigns/' + id + '/calibration';
  const GRADES = ['优秀', '称职', '基本称职', '不称职', '不确定等次'];
  const state = { sort: 'group', desc: false, page: 0, size: 100, filters: {}, table: null };
  const pending = new Map(); // cadreCode -> {grade, reason, was}

  const { $, text, el, message, send } = window.AppPage;

  async function load() {
    const params = new URLSearchParams({ sort: state.sort, desc: state.desc, page: state.page, size: state.size });
    Object.entries(state.filters).forEach(([k, v]) => { if (v) params.set(k, v); });
    try {
      state.table = await send(api + '?' + params, { method: 'GET' });
      render();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  function projected() {
    const t = state.table;
    let excellent = t.quota.excellent;
    pending.forEach((change) => {
      if (change.was === '优秀' && change.grade !== '优秀') excellent--;
      if (change.was !== '优秀' && change.grade === '优秀') excellent++;
    });
    return excellent;
  }

  function renderQuota() {
    const t = state.table;
    $('#quota-text').textContent = t.quotaText;
    if (pending.size) {
      const after = projected();
      const over = after > t.quota.allowed;
      $('#projection').replaceChildren(el('span', { class: over ? 'over' : 'ok' },
        '未保存的调整 ' + pending.size + ' 项：调整后优秀 ' + after + ' 名，上限 ' + t.quota.allowed + ' 名'
        + (over ? '，仍超出 ' + (after - t.quota.allowed) + ' 名' : '')));
    } else {
      $('#projection').replaceChildren();
    }
    const count = $('#pending');
    if (count) count.textContent = pending.size;
  }

  function gradeCell(row) {
    if (!canEdit || !state.table.editable) return el('td', {}, row.grade);
    const change = pending.get(row.cadreCode);
    const select = el('select', { 'aria-label': row.cadreName + '的校准等次', 'data-code': row.cadreCode },
      GRADES.map((g) => el('option', { value: g, selected: (change ? change.grade : row.grade) === g }, g)));
    select.addEventListener('change', () => edit(row, select.value, null));
    return el('td', {}, select);
  }

  function reasonCell(row) {
    const change = pending.get(row.cadreCode);
    if (!canEdit || !state.table.editable) return el('td', {}, text(row.calibrationReason));
    const input = el('input', { class: 'reason', 'aria-label': row.cadreName + '的调整理由', 'data-code': row.cadreCode,
      value: change ? change.reason : text(row.calibrationReason), placeholder: '调整时必填' });
    input.addEventListener('input', () => edit(row, null, input.value));
    return el('td', {}, input);
  }

  function edit(row, grade, reason) {
    const change = pending.get(row.cadreCode) || { grade: row.grade, reason: text(row.calibrationReason), was: row.grade };
    if (grade !== null) change.grade = grade;
    if (reason !== null) change.reason = reason;
    if (change.grade === row.grade) pending.delete(row.cadreCode); else pending.set(row.cadreCode, change);
    renderQuota();
  }

  function tickCell(row) {
    const box = el('input', { type: 'checkbox', checked: row.sendBack, disabled: !state.table.tickable,
      'aria-label': '退回' + row.cadreName, 'data-code': row.cadreCode });
    box.addEventListener('change', async () => {
      try {
        const result = await send(api + '/send-back', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ cadreCodes: [row.cadreCode], sendBack: box.checked }) });
        message('ok', '已勾选退回 ' + result.ticked + ' 名干部。');
      } catch (e) {
        box.checked = !box.checked;
        message('error', e.message);
      }
    });
    return el('td', {}, box);
  }

  function flags(row) {
    return el('td', { class: 'flags' },
      row.needsReview ? el('span', { title: '需个别研判' }, '需个别研判') : '',
      row.veto ? el('span', { class: 'veto' }, '一票否决') : '',
      row.underInvestigation ? el('span', { class: 'investigation' }, '正在调查') : '');
  }

  function render() {
    const t = state.table;
    $('#stage').textContent = t.stage;
    renderQuota();
    $('#group-count').textContent = t.groups.length;
    $('#groups').replaceChildren(...t.groups.map((g) => el('tr', {}, el('td', {}, g.group), el('td', {}, g.cadres),
      el('td', {}, g.excellent))));
    const rows = [];
    let group = null;
    t.rows.forEach((r) => {
      if (state.sort === 'group' && r.group !== group) {
        group = r.group;
        rows.push(el('tr', { class: 'group' }, el('td', { colspan: canTick ? 14 : 13 }, group)));
      }
      const votes = r.excellentVotes === null ? '—'
        : [r.excellentVotes, r.competentVotes, r.basicVotes, r.incompetentVotes].join('/');
      rows.push(el('tr', { class: r.analysisGrade !== r.grade ? 'changed' : '', 'data-code': r.cadreCode },
        el('td', {}, r.cadreName, el('br'), el('small', {}, r.cadreCode)),
        el('td', {}, r.unitName), el('td', {}, r.category), el('td', {}, r.position, r.principal ? '（正职）' : ''),
        el('td', {}, r.group), el('td', { title: text(r.rulesReason) }, r.rulesGrade), el('td', {}, r.analysisGrade),
        el('td', {}, votes), el('td', {}, r.excellentShare === null ? '—' : (r.excellentShare * 100).toFixed(1) + '%'),
        el('td', {}, r.politicalScore === null ? '—' : r.politicalScore), flags(r),
        gradeCell(r), reasonCell(r), canTick ? tickCell(r) : ''));
    });
    $('#rows').replaceChildren(...rows);
    const pages = Math.max(1, Math.ceil(t.total / t.size));
    $('#page-info').textContent = '第 ' + (t.page + 1) + ' / ' + pages + ' 页，共 ' + t.total + ' 人';
    $('#prev').disabled = t.page === 0;
    $('#next').disabled = t.page + 1 >= pages;
    const save = $('#save');
    if (save) save.disabled = !t.editable;
  }

  async function save() {
    if (!pending.size) { message('hint', '没有未保存的调整。'); return; }
    const changes = [...pending.entries()].map(([cadreCode, c]) => ({ cadreCode, grade: c.grade, reason: c.reason }));
    try {
      const result = await send(api + '/changes', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ changes }) });
      pending.clear();
      message('ok', '已保存 ' + result.changes + ' 项调整。' + result.quotaText);
      load();
    } catch (e) {
      message('error', e.errors && e.errors.length ? '等次调整未保存：' : e.message, e.errors);
    }
  }

  async function upload(event) {
    event.preventDefault();
    const file = event.target.querySelector('input[type=file]').files[0];
    if (!file) { message('error', '请选择要上传的 Excel 文件'); return; }
    const form = new FormData();
    form.append('file', file);
    try {
      const result = await send(api + '.xlsx', { method: 'POST', body: form });
      pending.clear();
      message('ok', '已上传：调整 ' + result.changes + ' 名干部的等次。' + result.quotaText);
      load();
    } catch (e) {
      // the problem's errors name each row; without them the detail says what is wrong
      message('error', e.errors && e.errors.length ? '校准表有误，未保存任何调整：' : e.message, e.errors);
    }
  }

  document.querySelectorAll('th[data-sort]').forEach((th) => th.addEventListener('click', () => {
    state.desc = state.sort === th.dataset.sort ? !state.desc : false;
    state.sort = th.dataset.sort;
    state.page = 0;
    load();
  }));
  $('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    state.filters = Object.fromEntries(new FormData(event.target).entries());
    state.page = 0;
    load();
  });
  $('#prev').addEventListener('click', () => { state.page--; load(); });
  $('#next').addEventListener('click', () => { state.page++; load(); });
  if ($('#save')) $('#save').addEventListener('click', save);
  if ($('#upload')) $('#upload').addEventListener('submit', upload);
  load();
}());
