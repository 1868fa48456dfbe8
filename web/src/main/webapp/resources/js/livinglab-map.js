/*
 * The Living Lab map: regions coloured by index or predicate, a tooltip per region, a legend,
 * and a click that opens the region's portrait. Boundaries and values come from this server;
 * there is no tile layer, so nothing is loaded from the internet.
 */
(function () {
  "use strict";
  var el = document.getElementById("ll-map");
  if (!el || !window.L) {
    return;
  }
  var ctx = el.dataset.context;
  var text = JSON.parse(el.dataset.text);
  // Five predicate colours from red (Kurang) to dark green (Memuaskan); grey = no result.
  var PREDICATE_COLOURS = ["#c0392b", "#e67e22", "#f1c40f", "#7cb342", "#1e7d32"];
  var NONE = "#d0d4d8";
  var map = L.map(el, { zoomSnap: 0.25, attributionControl: true }).setView([-2.5, 118], 4.75);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(text.attribution);
  var layer = null;
  var legend = L.control({ position: "bottomleft" });
  var data = null;

  function indexColour(v) {
    if (v === undefined || v === null) {
      return NONE;
    }
    // 0–5 on a blue ramp: lighter is lower.
    var t = Math.max(0, Math.min(1, v / 5));
    var light = Math.round(90 - t * 60);
    return "hsl(200, 60%, " + light + "%)";
  }

  function colour(value) {
    if (!value) {
      return NONE;
    }
    if (el.dataset.metric === "predicate") {
      var i = data.predicates.indexOf(value.predicate);
      return i < 0 ? NONE : PREDICATE_COLOURS[i];
    }
    return indexColour(value.index);
  }

  // Every text from data (names, predicates, labels) goes into tooltip and legend HTML escaped,
  // so a name can never become markup, whatever an import brings.
  function esc(v) {
    return String(v).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function format(v) {
    return Number(v).toLocaleString(el.dataset.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function drawLegend() {
    legend.onAdd = function () {
      var div = L.DomUtil.create("div", "ll-legend");
      var rows = [];
      if (el.dataset.metric === "predicate") {
        data.predicates.forEach(function (p, i) {
          rows.push("<i style='background:" + PREDICATE_COLOURS[i] + "'></i>" + p);
        });
      } else {
        [0, 1, 2, 3, 4, 5].forEach(function (v) {
          rows.push("<i style='background:" + indexColour(v) + "'></i>" + format(v));
        });
      }
      rows.push("<i style='background:" + NONE + "'></i>" + esc(text.noResult));
      div.innerHTML = "<strong>" + esc(text.legend) + " " + esc(data.year) + "</strong><br>" + rows.join("<br>");
      return div;
    };
    legend.addTo(map);
  }

  function load() {
    var level = el.dataset.level;
    var file = level === "province" ? "provinces-lite.geojson" : "regencies-lite.geojson";
    Promise.all([
      fetch(ctx + "/geo/" + file).then(function (r) { return r.json(); }),
      fetch(ctx + "/api/v1/map?level=" + level + (el.dataset.year ? "&year=" + el.dataset.year : ""))
        .then(function (r) { return r.json(); })
    ]).then(function (results) {
      data = results[1];
      layer = L.geoJSON(results[0], {
        style: function (f) {
          return {
            color: "#ffffff", weight: 0.6, fillOpacity: 0.9,
            fillColor: colour(data.regions[f.properties.code]),
            className: "ll-region ll-region-" + f.properties.code.replace(".", "-")
          };
        },
        onEachFeature: function (f, l) {
          var v = data.regions[f.properties.code];
          var tip = "<strong>" + esc(f.properties.name) + "</strong><br>" +
            (v ? esc(text.index) + ": " + esc(format(v.index)) + " (" + esc(v.predicate) + ")<br>" +
                 esc(text.rank) + ": " + esc(v.rank)
               : esc(text.noResult));
          l.bindTooltip(tip, { sticky: true });
          l.on("click", function () { window.location.href = ctx + "/instansi/" + f.properties.code; });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds());
      drawLegend();
      el.setAttribute("data-ready", "true");
    }).catch(function () {
      el.innerHTML = "<p class='ll-error'>" + esc(text.failed) + "</p>";
    });
  }

  load();
})();
