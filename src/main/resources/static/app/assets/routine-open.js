// 开启平时考核 on the home page: the period, due date and units chosen are sent as they are; the server
// names every problem (and a unit already scored for those months) and opens nothing until all are right.
(function () {
  'use strict';
  const { $, message, send } = window.AppPage;
  const form = $('#open-routine');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const year = form.elements.year.value.trim();
    const body = {
      year: year === '' ? null : Number(year),
      period: form.elements.period.value,
      dueDate: form.elements.dueDate.value.trim() || null,
      units: [...form.querySelectorAll('input[name=unit]:checked')].map((box) => box.value),
    };
    try {
      const round = await send('/app/api/routine-rounds', { method: 'POST',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      message('ok', '已开启' + round.title + '：' + round.units.map((u) => u.unitName).join('、')
        + '，评分任务已派给组织部。');
      setTimeout(() => window.location.reload(), 1500);
    } catch (e) {
      message('error', e.message, e.errors);
    }
  });
}());
