// 个别谈话: the unit's cadres with what the interviews found about each; the team adds a record per
// cadre (findings, early-sign problems, a weakness to train). The server checks who may and when.
(function () {
  'use strict';
  const root = document.getElementById('interviews');
  const api = '/app/api/campaigns/' + root.dataset.campaign + '/units/' + encodeURIComponent(root.dataset.unit) + '/interviews';
  const { $, text, el, message, send } = window.AppPage;

  async function load() {
    try {
      render(await send(api, { method: 'GET' }));
    } catch (e) {
      message('error', e.message, e.errors);
    }
  }

  function render(rows) {
    const done = rows.filter((r) => r.records.length).length;
    $('#counts').textContent = '本单位 ' + rows.length + ' 名干部，已有谈话记录 ' + done + ' 名，尚无记录 ' + (rows.length - done) + ' 名。';
    $('#rows').replaceChildren(...rows.map((r) => el('tr', { 'data-cadre': r.cadreCode },
      el('td', {}, r.cadreName), el('td', {}, r.position),
      el('td', {}, r.records.length ? el('ol', {}, r.records.map((x) => el('li', {}, x.findings,
        x.earlySignProblems ? el('span', { class: 'flag' }, '（苗头性倾向性问题）') : '',
        x.weaknessTopic ? '（能力短板：' + x.weaknessTopic + '）' : '',
        el('small', { class: 'hint' }, ' ' + text(x.recordedBy) + ' ' + text(x.recordedAt).replace('T', ' ').slice(0, 16)))))
        : el('span', { class: 'hint' }, '尚无记录')),
      el('td', {}, form(r)))));
  }

  function form(r) {
    const findings = el('textarea', { name: 'findings', rows: 2, cols: 40, placeholder: '谈话了解的主要情况' });
    const weakness = el('input', { name: 'weaknessTopic', placeholder: '能力短板（培训建议主题）' });
    const early = el('input', { type: 'checkbox', name: 'earlySignProblems' });
    const f = el('form', { class: 'filters', 'data-record': r.cadreCode }, findings,
      el('label', {}, early, '苗头性、倾向性问题'), weakness, el('button', { type: 'submit', class: 'primary' }, '保存记录'));
    f.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await send(api + '/' + encodeURIComponent(r.cadreCode), { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ findings: findings.value, earlySignProblems: early.checked, weaknessTopic: weakness.value }) });
        message('ok', '已保存：' + r.cadreName);
        await load();
      } catch (e) {
        message('error', e.message, e.errors);
      }
    });
    return f;
  }

  load();
}());
