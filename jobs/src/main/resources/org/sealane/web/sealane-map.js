/*
 * The sealane map: the zone catalogue over a Natural Earth land layer, alerts as markers coloured
 * by type with a popup, and the track of a vessel. It draws without any tile server, so a page
 * that inlines it works offline. The replay report and the live map both build on it: each creates
 * one with SealaneMap.create and feeds it alerts.
 *
 * Needs Leaflet (L) and topojson-client (topojson) loaded before it.
 */
(function (global) {
  'use strict';

  // One colour per alert type, apart enough to tell on a map and in the charts.
  var TYPE_COLOURS = {
    ZONE_ENTRY: '#1f78b4',
    ZONE_EXIT: '#a6cee3',
    CHOKEPOINT_TRANSIT: '#33a02c',
    LOITERING: '#ff7f00',
    AIS_GAP: '#6a3d9a',
    ENCOUNTER: '#e31a1c',
    SPEED_ANOMALY: '#b15928',
    POSITION_JUMP: '#fb9a99',
    IDENTITY_CONFLICT: '#000000',
    COVERAGE_GAP: '#cab2d6'
  };
  var OTHER_COLOUR = '#777777';

  var ZONE_STYLES = {
    chokepoint: { color: '#b35806', fillColor: '#fdb863' },
    patrol: { color: '#2166ac', fillColor: '#92c5de' },
    watch: { color: '#762a83', fillColor: '#c2a5cf' },
    port: { color: '#4d4d4d', fillColor: '#bababa' }
  };

  function colourOf(type) {
    return TYPE_COLOURS[type] || OTHER_COLOUR;
  }

  function escapeHtml(text) {
    return String(text === null || text === undefined ? '' : text)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  function utc(iso) {
    return iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z') : 'open';
  }

  function vessel(name, mmsi) {
    return (name ? escapeHtml(name) + ' ' : '') + '(MMSI ' + escapeHtml(mmsi) + ')';
  }

  /** The popup of one alert: what happened, to whom, where and when, and its details. */
  function popupHtml(alert) {
    var rows = [
      ['Vessel', vessel(alert.name, alert.mmsi)],
      ['Zone', escapeHtml(alert.zoneName || alert.zoneId)],
      ['From', escapeHtml(utc(alert.startTime))],
      ['To', escapeHtml(alert.state === 'OPEN' ? 'still open' : utc(alert.endTime))]
    ];
    if (alert.otherMmsi !== null && alert.otherMmsi !== undefined) {
      rows.splice(1, 0, ['With', vessel(alert.otherName, alert.otherMmsi)]);
    }
    if (alert.direction) {
      rows.push(['Direction', escapeHtml(alert.direction)]);
    }
    Object.keys(alert.details || {}).sort().forEach(function (key) {
      rows.push([escapeHtml(key), escapeHtml(alert.details[key])]);
    });
    var html = '<div class="sealane-popup"><strong style="color:' + colourOf(alert.type) + '">'
      + escapeHtml(alert.type) + '</strong> ' + escapeHtml(alert.severity) + ' '
      + escapeHtml(alert.state) + '<table>';
    rows.forEach(function (row) {
      html += '<tr><th>' + row[0] + '</th><td>' + row[1] + '</td></tr>';
    });
    html += '</table>';
    html += '<button type="button" class="sealane-show-track" data-mmsi="' + escapeHtml(alert.mmsi)
      + '">Show track</button></div>';
    return html;
  }

  /** The ring with each longitude moved by whole turns to within 180 degrees of the one before. */
  function unwrapped(ring) {
    var continuous = [];
    var shift = 0;
    for (var i = 0; i < ring.length; i++) {
      if (i > 0) {
        var step = ring[i][0] - ring[i - 1][0];
        if (step > 180) {
          shift -= 360;
        } else if (step < -180) {
          shift += 360;
        }
      }
      continuous.push([ring[i][0] + shift, ring[i][1]]);
    }
    return continuous;
  }

  function shifted(coordinates, turn) {
    return typeof coordinates[0] === 'number'
      ? [coordinates[0] + turn, coordinates[1]]
      : coordinates.map(function (inner) { return shifted(inner, turn); });
  }

  /** The westernmost and easternmost longitudes of GeoJSON coordinates, at any depth. */
  function extent(coordinates) {
    if (typeof coordinates[0] === 'number') {
      return { west: coordinates[0], east: coordinates[0] };
    }
    return coordinates.map(extent).reduce(function (a, b) {
      return { west: Math.min(a.west, b.west), east: Math.max(a.east, b.east) };
    });
  }

  /**
   * Natural Earth land as Leaflet can fill it. Its rings are on the sphere: the ones that cross
   * the antimeridian (Chukotka, Fiji, Antarctica) jump from +180 to -180 and, drawn flat, smear a
   * band across the whole world. Each such polygon is drawn with continuous longitudes and once
   * more a turn away, so that both ends of the world show their part; a ring around a pole
   * (Antarctica) is closed along the pole's edge of the map.
   */
  function landOnTheMap(land) {
    var polygons = [];
    (land.features || [land]).forEach(function (feature) {
      var geometry = feature.geometry;
      if (geometry.type === 'MultiPolygon') {
        polygons.push.apply(polygons, geometry.coordinates);
      } else if (geometry.type === 'Polygon') {
        polygons.push(geometry.coordinates);
      }
    });
    var drawn = [];
    polygons.forEach(function (rings) {
      var crosses = rings.some(function (ring) {
        return ring.some(function (point, i) {
          return i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180;
        });
      });
      if (!crosses) {
        drawn.push(rings);
        return;
      }
      var flat = rings.map(function (ring, r) {
        var continuous = unwrapped(ring);
        var first = continuous[0];
        var last = continuous[continuous.length - 1];
        if (Math.abs(last[0] - first[0]) > 180) {
          var pole = first[1] < 0 ? -90 : 90;
          continuous.push([last[0], pole], [first[0], pole], first);
        }
        if (r > 0) {
          // A hole goes with its outline, not a turn away from it.
          var turns = Math.round((rings[0][0][0] - continuous[0][0]) / 360);
          continuous = shifted(continuous, 360 * turns);
        }
        return continuous;
      });
      var outline = extent(flat[0]);
      drawn.push(flat, shifted(flat, outline.west + outline.east > 0 ? -360 : 360));
    });
    return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: drawn } };
  }

  /**
   * The zone catalogue with a second copy, a turn away, of each zone drawn across the antimeridian
   * (the catalogue writes those with longitudes past 180, as 175 to 185): vessels and alerts on
   * either side of 180 degrees then sit inside it.
   */
  function zonesOnTheMap(zones) {
    var features = [];
    ((zones && zones.features) || []).forEach(function (feature) {
      features.push(feature);
      var span = extent(feature.geometry.coordinates);
      var turn = span.east > 180 ? -360 : span.west < -180 ? 360 : 0;
      if (turn !== 0) {
        features.push({
          type: 'Feature',
          properties: feature.properties,
          geometry: {
            type: feature.geometry.type,
            coordinates: shifted(feature.geometry.coordinates, turn)
          }
        });
      }
    });
    return { type: 'FeatureCollection', features: features };
  }

  /**
   * Creates a map in the element.
   * options.land: TopoJSON with an object "land" (world-atlas); options.zones: the zone catalogue
   * (GeoJSON); options.onTrackRequest(mmsi): called when a popup's "Show track" is pressed.
   */
  function create(element, options) {
    var map = L.map(element, { worldCopyJump: true, zoomSnap: 0.25 });
    map.attributionControl.addAttribution('Land: Natural Earth');
    map.getContainer().style.background = '#dbe9f4';

    if (options.land) {
      L.geoJSON(landOnTheMap(topojson.feature(options.land, options.land.objects.land)), {
        interactive: false,
        // nonzero: the copies of land across the antimeridian overlap the originals' ends.
        style: {
          color: '#b8ad8f', weight: 0.6, fillColor: '#f2efe6', fillOpacity: 1, fillRule: 'nonzero'
        }
      }).addTo(map);
    }

    var zoneLayer = L.geoJSON(zonesOnTheMap(options.zones), {
      style: function (feature) {
        var p = feature.properties || {};
        if (p.kind === 'gate') {
          return { color: '#d73027', weight: 3, dashArray: '6 4', className: 'sealane-gate' };
        }
        var style = ZONE_STYLES[p.kind] || ZONE_STYLES.watch;
        return {
          color: style.color, weight: 1.5, fillColor: style.fillColor, fillOpacity: 0.25,
          className: 'sealane-zone sealane-zone-' + (p.kind || 'watch')
        };
      },
      onEachFeature: function (feature, layer) {
        var p = feature.properties || {};
        var label = p.kind === 'gate'
          ? 'Gate ' + escapeHtml(p.end) + ' of ' + escapeHtml(p.zone)
          : escapeHtml(p.name || p.id) + ' (' + escapeHtml(p.kind) + ')';
        layer.bindTooltip(label, { sticky: true });
      }
    }).addTo(map);

    var alertLayer = L.featureGroup().addTo(map);
    // Markers a filter hides: off the map, kept to come back when the filter changes.
    var hiddenAlerts = L.featureGroup();
    var shows = function () { return true; };
    var trackLayer = L.featureGroup().addTo(map);
    var typesShown = {};
    var legend = L.control({ position: 'bottomright' });
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'sealane-legend');
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    legend.addTo(map);

    function redrawLegend() {
      var html = '<strong>Alerts</strong>';
      Object.keys(typesShown).sort().forEach(function (type) {
        html += '<div><i style="background:' + colourOf(type) + '"></i>' + escapeHtml(type)
          + ' <span class="sealane-legend-count">' + typesShown[type] + '</span></div>';
      });
      html += '<div><i class="sealane-legend-zone"></i>zone</div>'
        + '<div><i class="sealane-legend-gate"></i>chokepoint gate</div>'
        + '<div><i class="sealane-legend-track"></i>vessel track</div>';
      legend.getContainer().innerHTML = html;
    }
    redrawLegend();

    function addMarker(alert) {
      var marker = L.circleMarker([alert.lat, alert.lon], {
        radius: 6, color: '#222', weight: 1, fillColor: colourOf(alert.type), fillOpacity: 0.9,
        className: 'sealane-alert sealane-alert-' + alert.type
      });
      // Built when first opened: a replay can have tens of thousands of alerts.
      marker.bindPopup(function () { return popupHtml(alert); }, { maxWidth: 360 });
      marker.alert = alert;
      marker.addTo(shows(alert) ? alertLayer : hiddenAlerts);
      typesShown[alert.type] = (typesShown[alert.type] || 0) + 1;
      return marker;
    }

    map.on('popupopen', function (event) {
      var button = event.popup.getElement().querySelector('.sealane-show-track');
      if (button && options.onTrackRequest) {
        L.DomEvent.on(button, 'click', function () {
          options.onTrackRequest(Number(button.getAttribute('data-mmsi')));
        });
      }
    });

    var api = {
      map: map,

      /** Adds one alert's marker (as a live feed brings it); returns it. */
      addAlert: function (alert) {
        var marker = addMarker(alert);
        redrawLegend();
        return marker;
      },

      /** Adds many alerts' markers at once, the legend redrawn once. */
      addAlerts: function (alerts) {
        alerts.forEach(addMarker);
        redrawLegend();
      },

      /** Takes an alert's marker off the map for good (its alert was replaced or has left). */
      removeAlert: function (marker) {
        alertLayer.removeLayer(marker);
        hiddenAlerts.removeLayer(marker);
        typesShown[marker.alert.type] -= 1;
        if (typesShown[marker.alert.type] <= 0) {
          delete typesShown[marker.alert.type];
        }
        redrawLegend();
      },

      /** Shows only the alerts for which shown(alert) is true, now and as they are added. */
      filterAlerts: function (shown) {
        shows = shown;
        alertLayer.getLayers().concat(hiddenAlerts.getLayers()).forEach(function (marker) {
          var target = shows(marker.alert) ? alertLayer : hiddenAlerts;
          if (!target.hasLayer(marker)) {
            alertLayer.removeLayer(marker);
            hiddenAlerts.removeLayer(marker);
            target.addLayer(marker);
          }
        });
      },

      /** The markers of the alerts added so far that the filter shows. */
      alertMarkers: function () {
        return alertLayer.getLayers();
      },

      /**
       * Draws one vessel's track (points [epochSeconds, lat, lon] in time order) instead of the
       * one shown before, and fits the map to it.
       */
      showTrack: function (mmsi, name, points) {
        trackLayer.clearLayers();
        if (!points || points.length === 0) {
          return false;
        }
        var latLngs = points.map(function (p) { return [p[1], p[2]]; });
        L.polyline(latLngs, { color: '#111', weight: 2.5, opacity: 0.85, className: 'sealane-track' })
          .bindTooltip(vessel(name, mmsi), { sticky: true })
          .addTo(trackLayer);
        var first = points[0];
        var last = points[points.length - 1];
        L.circleMarker(latLngs[0], { radius: 4, color: '#111', fillColor: '#fff', fillOpacity: 1 })
          .bindTooltip('first fix ' + utc(new Date(first[0] * 1000).toISOString()))
          .addTo(trackLayer);
        L.circleMarker(latLngs[latLngs.length - 1], { radius: 4, color: '#111', fillColor: '#111', fillOpacity: 1 })
          .bindTooltip('last fix ' + utc(new Date(last[0] * 1000).toISOString()))
          .addTo(trackLayer);
        map.fitBounds(trackLayer.getBounds(), { padding: [30, 30], maxZoom: 11 });
        return true;
      },

      /** Fits the map to the alerts, or to the zones when there are none. */
      fitToContent: function () {
        var bounds = alertLayer.getLayers().length > 0 ? alertLayer.getBounds() : zoneLayer.getBounds();
        if (bounds.isValid()) {
          map.fitBounds(bounds, { padding: [20, 20], maxZoom: 9 });
        } else {
          map.setView([20, 0], 2);
        }
      }
    };
    return api;
  }

  global.SealaneMap = { create: create, alertTypes: Object.keys(TYPE_COLOURS), colourOf: colourOf, popupHtml: popupHtml, escapeHtml: escapeHtml };
})(window);
