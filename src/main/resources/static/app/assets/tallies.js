// 民主测评汇总表: the round's units and, for the unit chosen, its sheet — ballots, every cadre's four
// counts and political score, the team's four counts — saved (all rows checked by the server, all or
// nothing) and submitted. The row totals shown here are a help; the server checks them again.
(function () {
  'use strict';
  const root = document.getElementById('tallies');
  const api = '/app/api/campaigns/' + root.dataset.campaign + '/tallies';
  const { $, text, el, message, send } = window.AppPage;
  const state = { units: [], unit: null, sheet: null };

  function status(u) {
    if (u.submitted) return '已提交';
    if (u.complete) return '已填完，待提交';
    return u.entered ? '填写中' : '未填';
  }

  async function loadUnits() {
    try {
      state.units = await send(api, { method: 'GET' });
      const submitted = state.units.filter((u) => u.submitted).length;
      $('#counts').textContent = '共 ' + state.units.length + ' 个单位，已提交 ' + submitted + ' 个，未提交 '
        + (state.units.length - submitted) + ' 个。';
      $('#unit-rows').replaceChildren(...state.units.map((u) => el('tr', { 'data-unit': u.unitCode },
        el('td', {}, u.unitName), el('td', {}, u.entered + ' / ' + u.rows), el('td', {}, status(u)),
        el('td', {}, el('button', { type: 'button', onclick: () => openSheet(u.unitCode) }, u.submitted ? '查看' : '填写')))));
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  async function openSheet(unitCode) {
    try {
      state.unit = unitCode;
      state.sheet = await send(api + '/' + encodeURIComponent(unitCode), { method: 'GET' });
      renderSheet();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  function input(name, value, attrs) {
    return el('input', Object.assign({ type: 'number', name, min: 0, step: 1, value: text(value), class: 'count' }, attrs || {}));
  }

  function renderSheet() {
    const s = state.sheet;
    const readonly = s.submitted;
    $('#sheet').hidden = false;
    $('#sheet-title').textContent = s.unitName + ' 民主测评汇总表';
    $('#sheet-state').textContent = s.submitted ? '已提交（' + text(s.submittedBy) + '，'
      + text(s.submittedAt).replace('T', ' ').slice(0, 16) + '），不能修改' : (s.complete ? '已填完，可以提交' : '');
    const ballots = $('#sheet-form').elements.ballots;
    ballots.value = text(s.ballots);
    ballots.disabled = readonly;
    $('#sheet-rows').replaceChildren(...s.rows.map((r) => {
      const team = r.code === 'TEAM';
      const cells = ['first', 'second', 'third', 'fourth'].map((k) => el('td', {}, input(k, r[k], { disabled: readonly })));
      const score = team ? el('td', {}, '—') : el('td', {}, input('politicalScore', r.politicalScore,
        { step: '0.01', max: 100, disabled: readonly }));
      return el('tr', { 'data-code': r.code, class: team ? 'group' : '' }, el('td', {}, r.name), el('td', {}, r.position),
        cells, el('td', { class: 'total' }, ''), score);
    }));
    totals();
    $('#save').disabled = readonly;
    $('#submit-unit').disabled = readonly || !s.complete;
  }

  function totals() {
    document.querySelectorAll('#sheet-rows tr').forEach((tr) => {
      const sum = ['first', 'second', 'third', 'fourth'].map((k) => Number(tr.querySelector('input[name=' + k + ']').value || 0))
        .reduce((a, b) => a + b, 0);
      const ballots = Number($('#sheet-form').elements.ballots.value || 0);
      const cell = tr.querySelector('.total');
      cell.textContent = String(sum);
      cell.className = 'total' + (ballots && sum !== ballots ? ' over' : '');
    });
  }

  function number(value) {
    return value === '' ? null : Number(value);
  }

  function rows() {
    return Array.from(document.querySelectorAll('#sheet-rows tr')).map((tr) => {
      const get = (k) => { const i = tr.querySelector('input[name=' + k + ']'); return i ? number(i.value) : null; };
      return { code: tr.dataset.code, first: get('first'), second: get('second'), third: get('third'),
        fourth: get('fourth'), politicalScore: get('politicalScore') };
    }).filter((r) => [r.first, r.second, r.third, r.fourth, r.politicalScore].some((v) => v !== null));
  }

  $('#sheet-form').addEventListener('input', totals);
  $('#sheet-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      state.sheet = await send(api + '/' + encodeURIComponent(state.unit), { method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ballots: number($('#sheet-form').elements.ballots.value), rows: rows() }) });
      message('ok', '已保存：' + state.sheet.unitName + (state.sheet.complete ? '（已填完，可以提交）' : ''));
      renderSheet();
      loadUnits();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  });
  $('#submit-unit').addEventListener('click', async () => {
    try {
      state.sheet = await send(api + '/' + encodeURIComponent(state.unit) + '/submit', { method: 'POST' });
      message('ok', '已提交：' + state.sheet.unitName);
      renderSheet();
      loadUnits();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  });
  $('#submit-complete').addEventListener('click', async () => {
    try {
      const result = await send(api + '/submit-complete', { method: 'POST' });
      message('ok', '已提交 ' + result.submitted.length + ' 个单位；尚未提交 ' + result.notSubmitted.length + ' 个');
      loadUnits();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  });
  $('#upload').addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = event.target.elements.file.files[0];
    if (!file) { message('error', '请选择要上传的 Excel 文件'); return; }
    const data = new FormData();
    data.append('file', file);
    try {
      const saved = await send(api.replace(/\/tallies$/, '/tallies.xlsx'), { method: 'POST', body: data });
      message('ok', '已上传：录入或修改 ' + saved.rows + ' 行');
      loadUnits();
      if (state.unit) openSheet(state.unit);
    } catch (e) {
      message('error', e.message, e.errors);
    }
  });
  loadUnits();
}());
