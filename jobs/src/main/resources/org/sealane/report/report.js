/*
 * The replay report: the map (SealaneMap) and the charts of one replay, drawn from the data the
 * page carries in #sealane-report-data. Sets body[data-ready] once everything is drawn.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('sealane-report-data').textContent);
  var land = JSON.parse(document.getElementById('sealane-land').textContent);
  var esc = SealaneMap.escapeHtml;
  var charts = {};

  function hourLabel(iso) {
    return iso.substring(5, 10) + ' ' + iso.substring(11, 16);
  }

  function number(n, digits) {
    return Number(n).toLocaleString('en', { maximumFractionDigits: digits || 0 });
  }

  function chart(id, option, hasData, emptyText) {
    var element = document.getElementById(id);
    if (!hasData) {
      element.classList.add('empty');
      element.textContent = emptyText;
      return;
    }
    var instance = echarts.init(element, null, { renderer: 'svg' });
    option.animation = false;
    instance.setOption(option);
    charts[id] = instance;
  }

  // --- map --------------------------------------------------------------------------------

  var trackNote = document.getElementById('track-note');
  var seaMap = SealaneMap.create(document.getElementById('map'), {
    land: land,
    zones: data.zones,
    onTrackRequest: function (mmsi) {
      var track = data.tracks[String(mmsi)];
      var shown = track && seaMap.showTrack(mmsi, track.name, track.points);
      trackNote.textContent = shown
        ? 'Track of ' + (track.name ? track.name + ' ' : '') + '(MMSI ' + mmsi + '): '
          + track.points.length + ' points'
        : 'No track kept for MMSI ' + mmsi;
    }
  });
  seaMap.addAlerts(data.alerts);
  seaMap.fitToContent();

  // --- alerts per hour, by type -------------------------------------------------------------

  var perHour = data.alertsPerHour;
  var types = Object.keys(perHour.types);
  chart('chart-alerts-per-hour', {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: perHour.hours.map(hourLabel), name: 'hour (UTC)', nameLocation: 'middle', nameGap: 40 },
    yAxis: { type: 'value', name: 'alerts', minInterval: 1 },
    dataZoom: perHour.hours.length > 48 ? [{ type: 'slider', bottom: 0, height: 14 }] : [],
    series: types.map(function (type) {
      return {
        name: type, type: 'bar', stack: 'alerts', data: perHour.types[type],
        itemStyle: { color: SealaneMap.colourOf(type) }
      };
    })
  }, types.length > 0, 'No alerts in this replay.');

  // --- transits per chokepoint, by direction ----------------------------------------------------

  var transits = data.transits;
  // Bars lie down, so that chokepoints' long names read in full beside them.
  chart('chart-transits', {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 170, right: 30, top: 40, bottom: 30 },
    yAxis: {
      type: 'category', inverse: true, data: transits.chokepoints.map(function (c) { return c.name; }),
      axisLabel: { interval: 0, width: 160, overflow: 'break' }
    },
    xAxis: { type: 'value', name: 'transits', minInterval: 1 },
    series: transits.directions.map(function (direction) {
      return {
        name: direction, type: 'bar', data: transits.counts[direction],
        label: { show: true, position: 'right', formatter: function (p) { return p.value > 0 ? p.value : ''; } }
      };
    })
  }, transits.chokepoints.length > 0, 'No chokepoint transits in this replay.');

  // --- coverage per patrol zone and hour ------------------------------------------------------

  var coverage = data.coverage;
  chart('chart-coverage', {
    tooltip: {
      formatter: function (p) {
        var zone = coverage.zones[p.value[1]];
        var hour = coverage.hours[p.value[0]];
        if (p.seriesName === 'COVERAGE_GAP') {
          return esc(zone) + ' ' + esc(hourLabel(hour)) + '<br>COVERAGE_GAP';
        }
        return esc(zone) + ' ' + esc(hourLabel(hour)) + '<br>covered ' + number(p.value[2], 1) + '%';
      }
    },
    grid: { left: 130, right: 30, top: 30, bottom: 80 },
    xAxis: { type: 'category', data: coverage.hours.map(hourLabel), splitArea: { show: true } },
    yAxis: { type: 'category', data: coverage.zones, splitArea: { show: true } },
    visualMap: {
      min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      text: ['100% covered', '0%'], inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] },
      seriesIndex: 0
    },
    legend: { data: ['COVERAGE_GAP'], top: 0, right: 10 },
    series: [
      { name: 'covered', type: 'heatmap', data: coverage.cells, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } },
      {
        name: 'COVERAGE_GAP', type: 'scatter', symbol: 'rect', symbolSize: [10, 4], data: coverage.gaps,
        itemStyle: { color: '#d7301f' }, z: 5
      }
    ]
  }, coverage.cells.length > 0, 'No coverage metrics (no patrol zone, or coverage.enabled=false).');

  // --- each nation's share of the asset-minutes ---------------------------------------------

  var nations = data.nations.filter(function (n) { return n.assetMinutes > 0; });
  chart('chart-nations', {
    tooltip: {
      formatter: function (p) {
        return esc(p.name) + ': ' + number(p.value, 1) + ' asset-minutes (' + number(p.percent, 1) + '%)';
      }
    },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [{
      name: 'asset-minutes', type: 'pie', radius: ['35%', '70%'], center: ['40%', '50%'],
      label: { formatter: '{b} {d}%' },
      data: nations.map(function (n) { return { name: n.nation, value: n.assetMinutes }; })
    }]
  }, nations.length > 0, 'No task-force ship spent time in a patrol zone.');

  // --- summary ------------------------------------------------------------------------------

  var s = data.summary;
  function rows(pairs) {
    return pairs.map(function (p) {
      return '<tr><th>' + esc(p[0]) + '</th><td>' + p[1] + '</td></tr>';
    }).join('');
  }
  var inputs = (s.inputs || []).map(function (i) {
    return '<tr><td class="path">' + esc(i.path) + '</td><td>' + esc(i.format) + '</td><td>'
      + number(i.bytes / 1048576, 1) + ' MB</td></tr>';
  }).join('');
  var reasons = Object.keys(s.rejectedByReason || {}).sort();
  var ignored = s.ignored || {};
  document.getElementById('summary').innerHTML =
    '<h3>Inputs</h3><table class="inputs"><tr><th>file</th><th>format</th><th>size</th></tr>' + inputs + '</table>'
    + '<h3>Every line accounted for</h3><table>' + rows([
      ['input lines', number(s.inputLines)],
      ['positions', number(s.positions)],
      ['static reports', number(s.staticReports)],
      ['rejected', number(s.rejected)],
      ['duplicates', number(s.duplicates)],
      ['ignored', number(Object.keys(ignored).reduce(function (sum, k) { return sum + ignored[k]; }, 0))],
      ['blank', number(s.blank)],
      ['lines add up', s.linesAccountedFor ? 'yes' : '<strong>no</strong>']
    ]) + '</table>'
    + '<h3>Rejected by reason</h3>' + (reasons.length === 0 ? '<p>None.</p>' : '<table class="reasons">'
      + rows(reasons.map(function (r) { return [r, number(s.rejectedByReason[r])]; })) + '</table>')
    + '<h3>Alerts and speed</h3><table>' + rows([
      ['alerts', number(s.alerts)],
      ['position jumps', number(s.positionJumps)],
      ['parallelism', number(s.parallelism)],
      ['wall time', number(s.wallTimeSeconds, 1) + ' s'],
      ['throughput', number(s.positionsPerSecond) + ' positions/s']
    ]) + '</table>';

  document.getElementById('subtitle').textContent = data.title;
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });
  window.sealaneReport = { map: seaMap, charts: charts, data: data };
  // From the start of navigation to everything drawn: what bench/report-open measures.
  document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-ready', 'true');
})();
