// The coverage map: Jiangsu by city, coloured by the share of supervised enterprises graded. The page names the
// data URL in data-url; the figures come as JSON so that no script is written into the page (CSP: script-src 'self').
(function () {
  'use strict';
  function draw(element, cities) {
    var chart = echarts.init(element);
    chart.setOption({
      title: { text: element.dataset.title, left: 'center' },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var d = p.data;
          if (!d) { return p.name; }
          return p.name + '<br>' + (d.value == null ? '—' : d.value + '%') + ' · '
            + (d.onTime == null ? '—' : d.onTime + '%') + ' · ' + d.overdue;
        }
      },
      visualMap: { min: 0, max: 100, left: 'left', bottom: 10, text: ['100%', '0%'], calculable: true,
        inRange: { color: ['#fee0d2', '#fc9272', '#3182bd'] } },
      series: [{
        type: 'map', map: '江苏', roam: false, label: { show: true, fontSize: 10 },
        data: cities.map(function (c) {
          return { name: c.name, value: c.gradedPercent, onTime: c.onTimePercent, overdue: c.overdueUnits };
        })
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('coverage-map');
    if (!element || typeof echarts === 'undefined') { return; }
    fetch(element.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (cities) { draw(element, cities); });
  });
}());
