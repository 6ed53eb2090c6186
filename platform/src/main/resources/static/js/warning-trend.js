// Draws a warning's weekly trend (lots inspected and failed) from the JSON the page carries in data-trend;
// kept out of the page because the console's CSP allows scripts from 'self' only.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('warning-trend');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var points = JSON.parse(el.dataset.trend || '[]');
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [el.dataset.inspectedLabel, el.dataset.failedLabel] },
    xAxis: { type: 'category', data: points.map(function (p) { return p.week; }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: el.dataset.inspectedLabel, type: 'bar', data: points.map(function (p) { return p.inspected; }) },
      { name: el.dataset.failedLabel, type: 'line', data: points.map(function (p) { return p.failed; }) }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
