// 综合考核 for org-dept: a scheme's workbook uploaded (created, or replaced while unused), and a year's
// scoring round opened for the units ticked; the server names every problem and changes nothing then.
(function () {
  'use strict';
  const { $, message, send, uploadFile } = window.AppPage;
  const open = $('#open-scoring');

  $('#upload-scheme').addEventListener('submit', async (event) => {
    event.preventDefault();
    const scheme = await uploadFile('/app/api/indicator-schemes.xlsx', event.target);
    if (scheme) {
      message('ok', '已导入' + scheme.name + '（' + scheme.indicators.length + ' 项指标）。');
      setTimeout(() => window.location.reload(), 1500);
    }
  });

  open.addEventListener('submit', async (event) => {
    event.preventDefault();
    const year = open.elements.year.value.trim();
    const body = {
      year: year === '' ? null : Number(year),
      dueDate: open.elements.dueDate.value.trim() || null,
      unitCodes: [...open.querySelectorAll('input[name=unit]:checked')].map((box) => box.value),
    };
    if (!body.unitCodes.length) { message('error', '请至少选择一个单位'); return; }
    try {
      const round = await send('/app/api/scoring-rounds', { method: 'POST',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      message('ok', '已开启' + round.title + '：' + round.units + ' 个单位，评分任务已派给 '
        + round.offices.map((o) => o.name).join('、') + '。');
      setTimeout(() => { window.location = '/app/scoring-rounds/' + round.id; }, 1500);
    } catch (e) {
      message('error', e.message, e.errors);
    }
  });
}());
