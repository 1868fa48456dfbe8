/*
 * The Living Lab map: regions coloured by index, predicate or change of index (against a year of
 * the same framework), a tooltip per region, a legend,
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

  // Change of index: red (down) to green (up), white around zero; steps of 0.25 up to ±0.5.
  var CHANGE_STEPS = [-0.5, -0.25, 0, 0.25, 0.5];
  var CHANGE_COLOURS = ["#b91c1c", "#f87171", "#f1f5f9", "#86efac", "#15803d"];

  function changeColour(c) {
    if (c === undefined || c === null) {
      return NONE;
    }
    var i = c <= -0.375 ? 0 : c <= -0.125 ? 1 : c < 0.125 ? 2 : c < 0.375 ? 3 : 4;
    return CHANGE_COLOURS[i];
  }

  function signed(v) {
    return (v > 0 ? "+" : v < 0 ? "\u2212" : "\u00b1") + format(Math.abs(v));
  }

  function colour(value) {
    if (!value) {
      return NONE;
    }
    if (el.dataset.metric === "change") {
      return changeColour(value.change);
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
      if (el.dataset.metric === "change") {
        CHANGE_STEPS.forEach(function (v, i) {
          rows.push("<i style='background:" + CHANGE_COLOURS[i] + "'></i>" + esc(signed(v)));
        });
      } else if (el.dataset.metric === "predicate") {
        data.predicates.forEach(function (p, i) {
          rows.push("<i style='background:" + PREDICATE_COLOURS[i] + "'></i>" + esc(p));
        });
      } else {
        [0, 1, 2, 3, 4, 5].forEach(function (v) {
          rows.push("<i style='background:" + indexColour(v) + "'></i>" + format(v));
        });
      }
      rows.push("<i style='background:" + NONE + "'></i>" + esc(text.noResult));
      var title = el.dataset.metric === "change"
        ? (data.from ? esc(text.change) + " " + esc(data.from) + " \u2192 " + esc(data.year) : esc(text.noChange))
        : esc(text.legend) + " " + esc(data.year);
      div.innerHTML = "<strong>" + title + "</strong><br>" + rows.join("<br>");
      return div;
    };
    legend.addTo(map);
  }

  function load() {
    var level = el.dataset.level;
    var file = level === "province" ? "provinces-lite.geojson" : "regencies-lite.geojson";
    Promise.all([
      fetch(ctx + "/geo/" + file).then(function (r) { return r.json(); }),
      fetch(ctx + "/api/v1/map?level=" + level + (el.dataset.year ? "&year=" + el.dataset.year : "") +
            (el.dataset.from ? "&from=" + el.dataset.from : ""),
            { headers: { "Accept-Language": el.dataset.locale } })
        .then(function (r) {
          if (!r.ok) {
            // A refusal (e.g. two years of different frameworks) says why in the page's language.
            return r.json().then(function (p) { throw { detail: p.detail }; });
          }
          return r.json();
        })
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
                 esc(text.rank) + ": " + esc(v.rank) +
                 (data.from ? "<br>" + esc(text.change) + " " + esc(text.since) + " " + esc(data.from) + ": " +
                   (v.change === undefined || v.change === null ? "\u2014" : esc(signed(v.change))) : "")
               : esc(text.noResult));
          l.bindTooltip(tip, { sticky: true });
          l.on("click", function () { window.location.href = ctx + "/instansi/" + f.properties.code; });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds());
      drawLegend();
      el.setAttribute("data-ready", "true");
    }).catch(function (e) {
      el.innerHTML = "<p class='ll-error'>" + esc(e && e.detail ? e.detail : text.failed) + "</p>";
    });
  }

  load();
})();
