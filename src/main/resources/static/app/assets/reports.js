// 审核述职报告: every cadre of the unit with the full text of their report and where it stands; the
// appraisal team accepts or returns each report awaiting review (the server checks who may, and that
// a return has a comment).
(function () {
  'use strict';
  const root = document.getElementById('reports');
  const api = '/app/api/campaigns/' + root.dataset.campaign + '/units/' + encodeURIComponent(root.dataset.unit) + '/reports';
  const { $, text, el, message, send } = window.AppPage;

  async function load() {
    try {
      render(await send(api, { method: 'GET' }));
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  function render(rows) {
    const count = (s) => rows.filter((r) => r.status === s).length;
    $('#counts').textContent = '本单位 ' + rows.length + ' 名干部：已通过 ' + count('已通过') + '，待审核 ' + count('待审核')
      + '，已退回 ' + count('已退回') + '，未提交 ' + count('未提交') + '。';
    $('#report-list').replaceChildren(...rows.map(card));
  }

  function card(r) {
    const last = r.lastDecision ? el('p', { class: 'hint' }, '上次审核：' + (r.lastDecision === 'returned' ? '退回修改' : '通过')
      + '（' + text(r.lastReviewer) + '，' + text(r.lastReviewedAt).replace('T', ' ').slice(0, 16) + '）'
      + (r.lastComment ? '：' + r.lastComment : '')) : '';
    const body = r.reportText ? el('div', { class: 'report-text' }, r.reportText) : el('p', { class: 'hint' }, '尚未提交报告');
    const actions = r.status === '待审核' ? decision(r) : '';
    return el('section', { class: 'card report', 'data-cadre': r.cadreCode },
      el('h2', {}, r.cadreName + ' ', el('small', {}, r.position + ' · ' + r.status + (r.returns ? '（已退回 ' + r.returns + ' 次）' : ''))),
      body, last, actions);
  }

  function decision(r) {
    const comment = el('textarea', { name: 'comment', rows: 2, cols: 60, placeholder: '审核意见（退回时必填）' });
    const decide = async (value) => {
      try {
        await send(api + '/' + encodeURIComponent(r.cadreCode) + '/review', { method: 'POST',
          headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ decision: value, comment: comment.value }) });
        message('ok', (value === 'accepted' ? '已通过：' : '已退回：') + r.cadreName);
        await load();
      } catch (e) {
        message('error', e.message, e.errors);
      }
    };
    return el('form', { class: 'filters', 'data-review': r.cadreCode, onsubmit: (e) => e.preventDefault() },
      el('label', {}, '审核意见 ', comment),
      el('button', { type: 'button', class: 'primary', onclick: () => decide('accepted') }, '通过'),
      el('button', { type: 'button', onclick: () => decide('returned') }, '退回修改'));
  }

  load();
}());
