// 平时考核评分: one unit's sheet — every cadre's score, key tasks, comment, early signs and weakness —
// saved (only the rows changed; the server checks every row, all or nothing) or uploaded as .xlsx.
(function () {
  'use strict';
  const root = document.getElementById('routine');
  const api = '/app/api/routine-rounds/' + root.dataset.round + '/units/' + encodeURIComponent(root.dataset.unit);
  const { $, text, el, message, send, uploadFile } = window.AppPage;
  let sheet = null;

  async function load() {
    try {
      sheet = await send(api, { method: 'GET' });
      render();
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  function render() {
    const readonly = sheet.submitted;
    const scored = sheet.rows.filter((r) => r.score !== null).length;
    $('#counts').textContent = '共 ' + sheet.rows.length + ' 名干部，已评分 ' + scored + ' 名，未评分 '
      + (sheet.rows.length - scored) + ' 名。';
    $('#sheet-state').textContent = readonly ? '已提交（' + text(sheet.submittedBy) + '，'
      + text(sheet.submittedAt).replace('T', ' ').slice(0, 16) + '），不能修改'
      : (sheet.complete ? '已全部评分：可在任务列表中完成任务以提交' : '');
    $('#save').disabled = readonly;
    $('#upload').hidden = readonly;
    $('#sheet-rows').replaceChildren(...sheet.rows.map((r) => el('tr', { 'data-code': r.code },
      el('td', {}, r.name), el('td', {}, r.position),
      el('td', {}, el('input', { type: 'number', name: 'score', min: 0, max: 100, step: '0.01', value: text(r.score),
        class: 'count', disabled: readonly, 'aria-label': r.name + ' 得分' })),
      el('td', {}, el('textarea', { name: 'keyTasks', rows: 2, maxlength: 2000, disabled: readonly,
        'aria-label': r.name + ' 重点任务完成情况' }, text(r.keyTasks))),
      el('td', {}, el('textarea', { name: 'comment', rows: 2, maxlength: 2000, disabled: readonly,
        'aria-label': r.name + ' 评语' }, text(r.comment))),
      el('td', {}, el('input', { type: 'checkbox', name: 'earlySigns', checked: r.earlySigns, disabled: readonly,
        'aria-label': r.name + ' 有苗头性倾向性问题' })),
      el('td', {}, el('input', { type: 'text', name: 'weakness', maxlength: 200, value: text(r.weakness),
        disabled: readonly, 'aria-label': r.name + ' 短板' })))));
  }

  function rowValues(tr) {
    const v = (name) => tr.querySelector('[name=' + name + ']');
    const score = v('score').value.trim();
    return {
      cadreCode: tr.dataset.code,
      score: score === '' ? null : score,
      keyTasks: v('keyTasks').value,
      comment: v('comment').value,
      earlySigns: v('earlySigns').checked,
      weakness: v('weakness').value,
    };
  }

  function changed(entry, row) {
    const same = (a, b) => text(a).trim() === text(b).trim();
    return !same(entry.score === null ? '' : Number(entry.score), row.score === null ? '' : Number(row.score))
      || !same(entry.keyTasks, row.keyTasks) || !same(entry.comment, row.comment)
      || entry.earlySigns !== row.earlySigns || !same(entry.weakness, row.weakness);
  }

  async function save(event) {
    event.preventDefault();
    const byCode = new Map(sheet.rows.map((r) => [r.code, r]));
    const rows = [...document.querySelectorAll('#sheet-rows tr')].map(rowValues)
      .filter((entry) => changed(entry, byCode.get(entry.cadreCode)));
    if (!rows.length) { message('ok', '没有改动需要保存。'); return; }
    try {
      sheet = await send(api, { method: 'PUT', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ rows }) });
      render();
      message('ok', '已保存 ' + rows.length + ' 名干部的评分。');
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
