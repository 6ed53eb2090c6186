// Draws the risk dashboard from the JSON at the page's data-src, with the labels the page carries in data-label-*;
// kept out of the page because the console's CSP allows scripts from 'self' only.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('risk-dashboard');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  var label = root.dataset;
  var charts = [];

  function percent(v) {
    return v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%';
  }

  function chart(id, option) {
    var c = echarts.init(document.getElementById(id));
    c.setOption(option);
    charts.push(c);
  }

  function empty(id) {
    var el = document.getElementById(id);
    el.classList.add('muted');
    el.textContent = label.labelNoData;
  }

  function heat(d) {
    if (d.cells.length === 0) {
      empty('dashboard-heat');
      return;
    }
    var highest = Math.max.apply(null, d.cells.map(function (c) { return c.rate; }));
    chart('dashboard-heat', {
      tooltip: {
        formatter: function (p) {
          var c = p.data.cell;
          return d.chapters[c.chapter] + ' × ' + d.origins[c.origin] + '<br>' + percent(c.rate) + '<br>'
            + label.labelFailed + ' ' + c.failed + ' / ' + label.labelInspected + ' ' + c.inspected;
        }
      },
      grid: { left: 90, right: 20, top: 10, bottom: 90 },
      xAxis: { type: 'category', data: d.origins, axisLabel: { rotate: 45 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: d.chapters, splitArea: { show: true } },
      visualMap: {
        min: 0, max: Math.max(highest, 0.01), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        formatter: function (v) { return percent(v); }, inRange: { color: ['#f7fbff', '#fdae61', '#d7191c'] }
      },
      series: [{
        type: 'heatmap',
        data: d.cells.map(function (c) { return { value: [c.origin, c.chapter, c.rate], cell: c }; }),
        label: { show: true, formatter: function (p) { return percent(p.data.cell.rate); } }
      }]
    });
  }

  function detection(d) {
    chart('dashboard-detection', {
      tooltip: {
        trigger: 'axis',
        formatter: function (ps) {
          var w = d.weeks[ps[0].dataIndex];
          return w.week + '<br>' + label.labelTargeted + ' ' + percent(w.targeted) + ' (' + w.targetedFailed + ' / '
            + w.targetedInspected + ')<br>' + label.labelRandom + ' ' + percent(w.random) + ' (' + w.randomFailed
            + ' / ' + w.randomInspected + ')';
        }
      },
      legend: { data: [label.labelTargeted, label.labelRandom] },
      xAxis: { type: 'category', data: d.weeks.map(function (w) { return w.week; }) },
      yAxis: { type: 'value', axisLabel: { formatter: percent } },
      series: [
        { name: label.labelTargeted, type: 'line', data: d.weeks.map(function (w) { return w.targeted; }) },
        { name: label.labelRandom, type: 'line', data: d.weeks.map(function (w) { return w.random; }) }
      ]
    });
  }

  function streams(d) {
    chart('dashboard-streams', {
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: d.streams.map(function (s) { return s.label; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: label.labelStreams, type: 'bar', label: { show: true, position: 'top' },
        data: d.streams.map(function (s) { return s.streams; }) }]
    });
  }

  function capacity(d) {
    chart('dashboard-capacity', {
      tooltip: { trigger: 'axis' },
      legend: { data: [label.labelDecided, label.labelSelected, label.labelSelectedShare, label.labelCapacityShare] },
      grid: { bottom: 110 },
      xAxis: { type: 'category', data: d.capacity.map(function (c) { return c.bureau; }),
        axisLabel: { rotate: 45, interval: 0 } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', axisLabel: { formatter: percent } }],
      series: [
        { name: label.labelDecided, type: 'bar', data: d.capacity.map(function (c) { return c.decided; }) },
        { name: label.labelSelected, type: 'bar', data: d.capacity.map(function (c) { return c.selected; }) },
        { name: label.labelSelectedShare, type: 'line', yAxisIndex: 1, tooltip: { valueFormatter: percent },
          data: d.capacity.map(function (c) { return c.selectedShare; }) },
        { name: label.labelCapacityShare, type: 'line', yAxisIndex: 1, step: 'middle', lineStyle: { type: 'dashed' },
          tooltip: { valueFormatter: percent }, data: d.capacity.map(function (c) { return c.capacityShare; }) }
      ]
    });
  }

  fetch(root.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (d) {
      heat(d);
      detection(d);
      streams(d);
      capacity(d);
    });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
});
