/*
 * Who learned from whom: an arc from each owner to each adopter of its practices, over the
 * province boundaries. Green: in use; blue: confirmed or under way; dashed grey: reported in the
 * news, not verified. Every text comes from this server and goes in as text, never as HTML.
 */
(function () {
  "use strict";
  var el = document.getElementById("ll-spread");
  if (!el || !window.L) {
    return;
  }
  var ctx = el.dataset.context;
  var text = JSON.parse(el.dataset.text);
  // Central bodies (codes P-…) sit in Jakarta on the map.
  var JAKARTA = L.latLng(-6.2, 106.82);
  var map = L.map(el, { zoomSnap: 0.25 }).setView([-2.5, 118], 4.75);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(text.attribution);

  function label(lines) {
    var div = document.createElement("div");
    lines.forEach(function (line, i) {
      if (i > 0) {
        div.appendChild(document.createElement("br"));
      }
      div.appendChild(document.createTextNode(line));
    });
    return div;
  }

  function centres(provinces, regencies) {
    var out = {};
    [provinces, regencies].forEach(function (geo) {
      L.geoJSON(geo).eachLayer(function (layer) {
        out[layer.feature.properties.code] = layer.getBounds().getCenter();
      });
    });
    return out;
  }

  // A gentle curve from a to b, so that two arcs between the same places stay apart.
  function curve(a, b, bend) {
    var mid = L.latLng((a.lat + b.lat) / 2, (a.lng + b.lng) / 2);
    var dx = b.lng - a.lng;
    var dy = b.lat - a.lat;
    var ctrl = L.latLng(mid.lat + dx * bend, mid.lng - dy * bend);
    var points = [];
    for (var t = 0; t <= 1.0001; t += 0.05) {
      var u = 1 - t;
      points.push(L.latLng(
        u * u * a.lat + 2 * u * t * ctrl.lat + t * t * b.lat,
        u * u * a.lng + 2 * u * t * ctrl.lng + t * t * b.lng));
    }
    return points;
  }

  function style(arc) {
    if (arc.reported) {
      return { color: "#64748b", weight: 2, dashArray: "4 4", opacity: 0.9 };
    }
    var inUse = arc.stage === "DITERAPKAN" || arc.stage === "TERVERIFIKASI";
    return { color: inUse ? "#15803d" : "#0b4f6c", weight: 3, opacity: 0.9 };
  }

  Promise.all([
    fetch(ctx + "/geo/provinces-lite.geojson").then(function (r) { return r.json(); }),
    fetch(ctx + "/geo/regencies-lite.geojson").then(function (r) { return r.json(); }),
    fetch(ctx + "/api/v1/practices/spread").then(function (r) { return r.json(); })
  ]).then(function (all) {
    L.geoJSON(all[0], {
      style: { color: "#94a3b8", weight: 1, fillColor: "#f1f5f9", fillOpacity: 1 },
      interactive: false
    }).addTo(map);
    var at = centres(all[0], all[1]);
    var seen = {};
    var owners = {};
    var drawn = L.featureGroup().addTo(map);
    all[2].arcs.forEach(function (arc) {
      var a = at[arc.owner] || (arc.owner.indexOf("P-") === 0 ? JAKARTA : null);
      var b = at[arc.adopter] || (arc.adopter.indexOf("P-") === 0 ? JAKARTA : null);
      if (!a || !b) {
        return;
      }
      var pair = arc.owner + ">" + arc.adopter;
      seen[pair] = (seen[pair] || 0) + 1;
      L.polyline(curve(a, b, 0.15 * seen[pair]), style(arc))
        .bindTooltip(label([
          arc.ownerName + " \u2192 " + arc.adopterName,
          arc.title,
          text.stages[arc.stage] + (arc.reported ? " (" + text.reported + ")" : "")
        ]), { sticky: true })
        .addTo(drawn);
      owners[arc.owner] = { at: a, name: arc.ownerName };
    });
    Object.keys(owners).forEach(function (code) {
      L.circleMarker(owners[code].at, { radius: 6, color: "#0b4f6c", fillColor: "#0b4f6c", fillOpacity: 1 })
        .bindTooltip(label([owners[code].name]))
        .on("click", function () { window.location.href = ctx + "/praktik-baik?owner=" + encodeURIComponent(code); })
        .addTo(map);
    });
    // Show where the lines are, not the whole archipelago, when there are any.
    if (drawn.getLayers().length > 0) {
      map.fitBounds(drawn.getBounds().pad(0.4), { maxZoom: 8 });
    }
    el.dataset.arcs = String(all[2].arcs.length);
  }).catch(function () {
    el.appendChild(label([text.failed]));
  });
})();
