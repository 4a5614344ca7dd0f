// 考核看板: one request for the round's figures, drawn with Chart.js (webjar) and plain tables.
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  var campaign = root.dataset.campaign;
  var RED = '#b71c1c', GREY = '#90a4ae', GRADE_COLOURS = ['#2e7d32', '#1565c0', '#f9a825', '#b71c1c', '#757575'];

  Chart.defaults.font.family = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.animation = false;

  function text(id, value) { document.getElementById(id).textContent = value; }
  function show(id, visible) { document.getElementById(id).hidden = !visible; }
  // an empty chart leaves no blank box: its note says why there is nothing to draw
  function empty(chartId, noteId, isEmpty) {
    show(noteId, isEmpty);
    document.getElementById(chartId).parentNode.hidden = isEmpty;
  }
  function time(value) { return value ? value.replace('T', ' ').substring(0, 16) : ''; }
  function percent(share) { return (share * 100).toFixed(1) + '%'; }
  function cell(row, value) { var td = row.insertCell(); td.textContent = value; return td; }

  function bars(id, labels, datasets, options) {
    return new Chart(document.getElementById(id), {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: Object.assign({ plugins: { legend: { position: 'bottom' } } }, options || {})
    });
  }

  function draw(d) {
    text('status', d.round.statusLabel);
    text('as-of', time(d.asOf));
    text('units', d.round.units);
    text('cadres', d.round.cadres);
    text('open-tasks', d.openTasks);
    text('red-light-count', d.redLightCount);
    text('incidents', d.incidents);

    // stages: open and overdue tasks per stage
    empty('stage-chart', 'stages-empty', d.stages.length === 0);
    if (d.stages.length) {
      bars('stage-chart', d.stages.map(function (s) { return s.label; }), [
        { label: '待办', data: d.stages.map(function (s) { return s.open - s.overdue; }), backgroundColor: GREY, stack: 's' },
        { label: '已逾期', data: d.stages.map(function (s) { return s.overdue; }), backgroundColor: RED, stack: 's' }
      ], { indexAxis: 'y', scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } } });
    }

    // units: the 20 with most open tasks
    var busy = d.units.filter(function (u) { return u.open > 0; })
      .sort(function (a, b) { return b.overdue - a.overdue || b.open - a.open; }).slice(0, 20);
    empty('unit-chart', 'units-empty', busy.length === 0);
    if (busy.length) {
      bars('unit-chart', busy.map(function (u) { return u.name; }), [
        { label: '待办', data: busy.map(function (u) { return u.open - u.overdue; }), backgroundColor: GREY, stack: 'u' },
        { label: '已逾期', data: busy.map(function (u) { return u.overdue; }), backgroundColor: RED, stack: 'u' }
      ], { indexAxis: 'y', scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } } });
    }

    // red lights: who is late, since when
    var body = document.querySelector('#red-lights tbody');
    d.redLights.forEach(function (r) {
      var row = body.insertRow();
      cell(row, r.taskName);
      cell(row, r.unitName);
      cell(row, r.holder);
      cell(row, time(r.due));
      cell(row, r.daysLate + ' 天').className = 'late';
      cell(row, r.level || (r.reminded ? '已催办' : '未催办'));
      cell(row, r.explanation || '');
    });
    show('red-lights-empty', d.redLightCount === 0);
    show('red-lights', d.redLightCount > 0);
    if (d.redLightCount > d.redLights.length) {
      text('red-lights-more', '另有 ' + (d.redLightCount - d.redLights.length) + ' 项逾期任务未列出，可在任务列表的“已逾期”中查看。');
      show('red-lights-more', true);
    }

    // grades per category of unit, and the 优秀 share against the quota
    empty('grade-chart', 'grades-empty', d.grades.length === 0);
    document.getElementById('quota-chart').parentNode.hidden = d.grades.length === 0;
    if (d.grades.length) {
      var gradeNames = Object.keys(d.grades[0].counts);
      bars('grade-chart', d.grades.map(function (g) { return g.category; }), gradeNames.map(function (name, i) {
        return { label: name, data: d.grades.map(function (g) { return g.counts[name]; }),
          backgroundColor: GRADE_COLOURS[i % GRADE_COLOURS.length], stack: 'g' };
      }), { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } });
      var quota = d.round.excellentQuota;
      var datasets = [{ type: 'bar', label: '优秀比例', data: d.grades.map(function (g) { return +(g.excellentShare * 100).toFixed(1); }),
        backgroundColor: d.grades.map(function (g) { return quota != null && g.excellentShare > quota ? RED : '#2e7d32'; }) }];
      if (quota != null) {
        datasets.push({ type: 'line', label: '优秀限额 ' + percent(quota), data: d.grades.map(function () { return +(quota * 100).toFixed(1); }),
          borderColor: RED, borderDash: [6, 4], pointRadius: 0, fill: false });
      }
      bars('quota-chart', d.grades.map(function (g) { return g.category; }), datasets,
        { scales: { y: { beginAtZero: true, suggestedMax: 50, ticks: { callback: function (v) { return v + '%'; } } } } });
      text('quota-text', quota == null ? '本轮未设优秀比例限额。' : '本轮优秀比例限额为 ' + percent(quota)
        + '；高于限额的类别以红色显示（限额按全轮计算，各类别比例供统筹校准参考）。');
    } else {
      text('quota-text', '尚未形成等次建议。');
    }

    // turnout of the ballots per unit
    if (d.ballots) {
      show('turnout-panel', true);
      var voting = d.units.filter(function (u) { return u.tokensIssued > 0; });
      bars('turnout-chart', voting.map(function (u) { return u.name; }), [
        { label: '已投票', data: voting.map(function (u) { return u.tokensUsed; }), backgroundColor: '#2e7d32', stack: 't' },
        { label: '未投票', data: voting.map(function (u) { return u.tokensIssued - u.tokensUsed; }), backgroundColor: GREY, stack: 't' }
      ], { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } });
    }

    // result paths and where they stand
    var paths = document.querySelector('#result-paths tbody');
    d.resultPaths.forEach(function (p) {
      var row = paths.insertRow();
      cell(row, p.path);
      cell(row, p.total);
      cell(row, Object.keys(p.byStatus).map(function (s) { return s + ' ' + p.byStatus[s]; }).join('，'));
    });
    show('result-paths', d.resultPaths.length > 0);
    show('result-paths-empty', d.resultPaths.length === 0);

    // notices issued per kind
    empty('notice-chart', 'notices-empty', d.notices.length === 0);
    if (d.notices.length) {
      bars('notice-chart', d.notices.map(function (n) { return n.type; }), [
        { label: '已签收', data: d.notices.map(function (n) { return n.received; }), backgroundColor: '#1565c0', stack: 'n' },
        { label: '未签收', data: d.notices.map(function (n) { return n.count - n.received; }), backgroundColor: GREY, stack: 'n' }
      ], { indexAxis: 'y', scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } } });
    }
    root.dataset.ready = 'true';
  }

  fetch('/app/api/campaigns/' + campaign + '/dashboard', { headers: { Accept: 'application/json' } })
    .then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body.detail || body.message || ('看板数据加载失败（' + response.status + '）')); }
        return body;
      });
    })
    .then(draw)
    .catch(function (e) {
      text('message', e.message || '看板数据加载失败，请刷新重试。');
      root.dataset.ready = 'error';
    });
})();
