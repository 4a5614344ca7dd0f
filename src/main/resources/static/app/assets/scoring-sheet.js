// 综合考核评分: one office's table — every unit × indicator it answers for — saved (only the rows
// changed; the server checks every row, all or nothing) or uploaded as .xlsx.
(function () {
  'use strict';
  const root = document.getElementById('scoring');
  const api = '/app/api/scoring-rounds/' + root.dataset.round + '/offices/' + encodeURIComponent(root.dataset.office)
    + '/sheet';
  const { $, text, el, message, send, uploadFile } = window.AppPage;
  const yesNo = (kind) => kind === 'VETO' || kind === 'LOWER_GRADE';
  let sheet = null;

  async function load() {
    try {
      sheet = await send(api, { method: 'GET' });
      render();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  function input(r, readonly) {
    const label = r.unitName + ' ' + r.indicatorName;
    if (yesNo(r.kind)) {
      const value = r.value === null ? '' : String(Number(r.value));
      return el('select', { name: 'value', disabled: readonly, 'aria-label': label },
        el('option', { value: '', selected: value === '' }, '—'),
        el('option', { value: '1', selected: value === '1' }, '是'),
        el('option', { value: '0', selected: value === '0' }, '否'));
    }
    return el('input', { type: 'number', name: 'value', min: 0, step: 'any', value: text(r.value), class: 'count',
      disabled: readonly, 'aria-label': label });
  }

  function render() {
    const readonly = sheet.submitted;
    $('#counts').textContent = '共 ' + sheet.rowsTotal + ' 项（单位 × 指标），已填 ' + sheet.rowsEntered + ' 项，未填 '
      + (sheet.rowsTotal - sheet.rowsEntered) + ' 项。';
    $('#sheet-state').textContent = readonly ? '已提交（' + text(sheet.submittedBy) + '，'
      + text(sheet.submittedAt).replace('T', ' ').slice(0, 16) + '），不能修改'
      : (sheet.rowsEntered === sheet.rowsTotal ? '已全部填写：可在任务列表中完成任务以提交' : '');
    $('#save').disabled = readonly;
    $('#upload').hidden = readonly;
    $('#sheet-rows').replaceChildren(...sheet.rows.map((r) => el('tr', { 'data-unit': r.unit, 'data-indicator': r.indicator },
      el('td', {}, r.unitName), el('td', {}, r.categoryLabel), el('td', {}, r.indicator + ' ' + r.indicatorName),
      el('td', {}, r.kindLabel), el('td', {}, text(r.fullPoints)), el('td', {}, text(r.target)),
      el('td', {}, input(r, readonly)))));
  }

  async function save(event) {
    event.preventDefault();
    const byKey = new Map(sheet.rows.map((r) => [r.unit + '/' + r.indicator, r]));
    const rows = [...document.querySelectorAll('#sheet-rows tr')].map((tr) => {
      const value = tr.querySelector('[name=value]').value.trim();
      return { unit: tr.dataset.unit, indicator: tr.dataset.indicator, value: value === '' ? null : value };
    }).filter((entry) => {
      const before = byKey.get(entry.unit + '/' + entry.indicator).value;
      return entry.value !== null && (before === null || Number(before) !== Number(entry.value));
    });
    if (!rows.length) { message('ok', '没有改动需要保存。'); return; }
    try {
      sheet = await send(api, { method: 'PUT', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ rows }) });
      render();
      message('ok', '已保存 ' + rows.length + ' 项得分。');
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  async function upload(event) {
    event.preventDefault();
    const uploaded = await uploadFile(api + '.xlsx', event.target);
    if (uploaded) {
      sheet = uploaded;
      render();
      message('ok', '已上传。');
    }
  }

  $('#sheet-form').addEventListener('submit', save);
  $('#upload').addEventListener('submit', upload);
  load();
}());
