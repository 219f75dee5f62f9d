/*
 * The operators' live map: the alerts of the last hours, kept up to date from the server's event
 * stream, filterable by type and zone, with the alerts still open listed beside the map.
 *
 * Each alert is one marker in its latest state: an alert's CLOSED replaces its OPEN. The stream
 * starts after the sequence number of the alerts loaded first, and a browser that reconnects sends
 * the id of the last event it saw, so nothing is missed and nothing comes twice.
 */
(function () {
  'use strict';

  var land = JSON.parse(document.getElementById('sealane-land').textContent);
  var markers = {};
  var windowMillis = 0;
  var newest = 0;
  var typeBoxes = document.getElementById('type-filters');
  var zoneSelect = document.getElementById('zone-filter');
  var status = document.getElementById('feed-status');
  var live = { map: null, shownAt: {} };
  window.sealaneLive = live;

  function timeOf(alert) {
    return Date.parse(alert.state === 'CLOSED' && alert.endTime ? alert.endTime : alert.startTime);
  }

  function shown(alert) {
    var zone = zoneSelect.value;
    var box = typeBoxes.querySelector('input[value="' + alert.type + '"]');
    return (!zone || alert.zoneId === zone) && (!box || box.checked);
  }

  function addTypeBox(type) {
    if (typeBoxes.querySelector('input[value="' + type + '"]')) {
      return;
    }
    var label = document.createElement('label');
    label.innerHTML = '<input type="checkbox" class="type-filter" checked value="'
      + SealaneMap.escapeHtml(type) + '"><i style="background:' + SealaneMap.colourOf(type)
      + '"></i>' + SealaneMap.escapeHtml(type);
    label.querySelector('input').addEventListener('change', applyFilters);
    typeBoxes.appendChild(label);
  }

  function applyFilters() {
    live.map.filterAlerts(shown);
    redrawOpenList();
  }

  // One alert's latest state: its marker replaces the one before; alerts older than the window
  // (counted back from the newest, as the server does) leave.
  function put(alert) {
    if (markers[alert.alertId]) {
      live.map.removeAlert(markers[alert.alertId]);
    }
    addTypeBox(alert.type);
    markers[alert.alertId] = live.map.addAlert(alert);
    newest = Math.max(newest, timeOf(alert));
    Object.keys(markers).forEach(function (id) {
      if (timeOf(markers[id].alert) < newest - windowMillis) {
        live.map.removeAlert(markers[id]);
        delete markers[id];
      }
    });
  }

  function redrawOpenList() {
    var open = Object.keys(markers).map(function (id) { return markers[id].alert; })
      .filter(function (alert) { return alert.state === 'OPEN' && shown(alert); })
      .sort(function (a, b) { return timeOf(b) - timeOf(a); });
    var list = document.getElementById('open-alerts');
    list.innerHTML = open.map(function (alert) {
      return '<li data-alert-id="' + SealaneMap.escapeHtml(alert.alertId) + '" style="border-left-color:'
        + SealaneMap.colourOf(alert.type) + '"><div class="what">' + SealaneMap.escapeHtml(alert.type)
        + ' ' + SealaneMap.escapeHtml(alert.severity) + '</div><div>MMSI '
        + SealaneMap.escapeHtml(alert.mmsi) + (alert.otherMmsi ? ' + ' + SealaneMap.escapeHtml(alert.otherMmsi) : '')
        + ' in ' + SealaneMap.escapeHtml(alert.zoneName || alert.zoneId) + '</div><div class="since">since '
        + SealaneMap.escapeHtml(alert.startTime.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z')) + '</div></li>';
    }).join('');
    document.getElementById('open-count').textContent = open.length;
    var total = Object.keys(markers).length;
    document.getElementById('alert-count').textContent = total + ' alerts in the last '
      + Math.round(windowMillis / 3600000) + ' h, ' + live.map.alertMarkers().length + ' shown';
  }

  document.getElementById('open-alerts').addEventListener('click', function (event) {
    var item = event.target.closest('li');
    var marker = item && markers[item.getAttribute('data-alert-id')];
    if (marker) {
      live.map.map.setView(marker.getLatLng(), Math.max(live.map.map.getZoom(), 7));
      marker.openPopup();
    }
  });

  function connect(after) {
    var stream = new EventSource('alerts/stream?after=' + after);
    stream.onopen = function () {
      status.textContent = 'live';
      status.className = 'live';
    };
    stream.onerror = function () {
      status.textContent = 'reconnecting';
      status.className = 'reconnecting';
    };
    stream.addEventListener('alert', function (event) {
      var alert = JSON.parse(event.data);
      put(alert);
      redrawOpenList();
      live.shownAt[alert.alertId + ' ' + alert.state] = Date.now();
    });
  }

  function json(response) {
    if (!response.ok) {
      throw new Error(response.url + ': ' + response.status);
    }
    return response.json();
  }

  fetch('zones.geojson').then(json).then(function (zones) {
    live.map = SealaneMap.create('map', { land: land, zones: zones });
    zones.features.filter(function (f) { return f.properties && f.properties.kind !== 'gate'; })
      .map(function (f) { return f.properties; })
      .sort(function (a, b) { return (a.name || a.id).localeCompare(b.name || b.id); })
      .forEach(function (zone) {
        var option = document.createElement('option');
        option.value = zone.id;
        option.textContent = zone.name || zone.id;
        zoneSelect.appendChild(option);
      });
    zoneSelect.addEventListener('change', applyFilters);
    SealaneMap.alertTypes.forEach(addTypeBox);
    return fetch('alerts').then(json);
  }).then(function (snapshot) {
    windowMillis = snapshot.windowMillis;
    snapshot.alerts.forEach(put);
    redrawOpenList();
    live.map.fitToContent();
    connect(snapshot.sequence);
    document.body.setAttribute('data-ready', 'true');
  }).catch(function (error) {
    status.textContent = 'error: ' + error.message;
    status.className = 'reconnecting';
  });
})();
