// 综合考核结果: the units by category and rank, the offices' state, the spreads; during the review
// org-dept changes a unit's grade with a reason (audited by the server).
(function () {
  'use strict';
  const root = document.getElementById('scoring-results');
  const api = '/app/api/scoring-rounds/' + root.dataset.round;
  const orgDept = root.dataset.orgDept === 'true';
  const { $, text, el, message, send } = window.AppPage;
  const GRADES = [['GOOD', '好'], ['FAIRLY_GOOD', '较好'], ['AVERAGE', '一般'], ['POOR', '差']];
  let round = null;

  async function load() {
    try {
      round = await send(api, { method: 'GET' });
      const scores = await send(api + '/scores', { method: 'GET' });
      render(scores);
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  function change(u) {
    if (!orgDept || round.status !== 'REVIEW') {
      return '';
    }
    const select = el('select', { name: 'grade', 'aria-label': u.unitName + ' 等次' },
      GRADES.map(([code, label]) => el('option', { value: code, selected: code === u.grade }, label)));
    const reason = el('input', { type: 'text', name: 'reason', maxlength: 500, placeholder: '调整理由',
      'aria-label': u.unitName + ' 调整理由' });
    const button = el('button', { type: 'button', onclick: () => save(u, select.value, reason.value) }, '调整');
    return el('span', { 'data-unit': u.unit }, select, reason, button);
  }

  function render(scores) {
    $('#state').textContent = '（' + round.statusLabel + '）';
    $('#offices').textContent = '责任单位：' + round.offices.map((o) => o.name + (o.submitted ? '已提交' : '未提交')
      + (o.explanation ? '（情况说明：' + o.explanation + '）' : '')).join('；') + '。';
    $('#units').replaceChildren(...scores.units.map((u) => el('tr', { 'data-unit': u.unit },
      el('td', {}, u.category), el('td', {}, u.rank === null ? '' : u.rank + '/' + u.unitsInCategory),
      el('td', {}, u.unitName), el('td', {}, text(u.developmentScore)), el('td', {}, text(u.partyBuildingScore)),
      el('td', {}, text(u.satisfactionScore)), el('td', {}, text(u.bonus)), el('td', {}, text(u.penalty)),
      el('td', {}, text(u.total) + (u.veto ? '（一票否决）' : '') + (u.lowered ? '（降等）' : '')),
      el('td', { class: 'grade' }, text(u.gradeLabel)), el('td', {}, text(u.gradeReason) + (u.gradeChange ? '；组织部调整：' + u.gradeChange : '')), el('td', {}, change(u)))));
    $('#spreads').replaceChildren(...scores.spreads.map((s) => el('tr', {},
      el('td', {}, s.key + ' ' + s.indicator), el('td', {}, s.category), el('td', {}, s.office), el('td', {}, s.units),
      el('td', {}, s.lowest), el('td', {}, s.highest), el('td', {}, s.spreadPercent),
      el('td', {}, s.flagged ? '是' : '否'), el('td', {}, s.halvingConfirmed ? '是' : ''))));
  }

  async function save(u, grade, reason) {
    try {
      round = await send(api + '/units/' + encodeURIComponent(u.unit) + '/grade', { method: 'PUT',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ grade, reason }) });
      render(await send(api + '/scores', { method: 'GET' }));
      message('ok', u.unitName + '的等次已调整。');
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  load();
}());
