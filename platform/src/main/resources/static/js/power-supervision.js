// Draws the electronic-supervision chart (running acts by division: on time, yellow, red) from the JSON at the
// element's data-src, with the labels the page carries in data-label-*; kept out of the page for the console's CSP.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('esup-chart');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  var label = root.dataset;
  fetch(root.dataset.src, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var rows = d.byDivision;
      var chart = echarts.init(root);
      chart.setOption({
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
        legend: {data: [label.labelOnTime, label.labelYellow, label.labelRed]},
        grid: {left: 60, right: 20, bottom: 60},
        xAxis: {type: 'category', data: rows.map(function (t) { return t.label; }), axisLabel: {rotate: 30}},
        yAxis: {type: 'value', minInterval: 1},
        series: [
          {name: label.labelOnTime, type: 'bar', stack: 'acts', itemStyle: {color: '#3a8f5c'},
            data: rows.map(function (t) { return t.onTime; })},
          {name: label.labelYellow, type: 'bar', stack: 'acts', itemStyle: {color: '#e0b020'},
            data: rows.map(function (t) { return t.yellow; })},
          {name: label.labelRed, type: 'bar', stack: 'acts', itemStyle: {color: '#c0392b'},
            data: rows.map(function (t) { return t.red; })}
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
});
