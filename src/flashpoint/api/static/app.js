/* flashpoint — the analyst's desk. Plain JS over the REST API; no build step, no network beyond this server. */
(function () {
  "use strict";

  const TYPES = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2471a3",
    "Riots": "#d4ac0d",
    "Strategic developments": "#229954",
  };
  const TYPE_NAMES = Object.keys(TYPES);
  const FILTER_KEYS = ["type", "from", "to", "place", "q", "contested", "country", "admin1", "actor"];
  const API_NAMES = { type: "event_type", from: "date_from", to: "date_to", place: "place", q: "q",
    contested: "contested", country: "country", admin1: "admin1", actor: "actor" };
  const LIST_MAX = 400;

  const $ = (id) => document.getElementById(id);
  const state = { filters: {}, selected: null, points: [], byId: new Map(), markers: new Map(), timeline: null };
  window.__flashpoint = state;
  window.__flashpointReady = false;

  // ------------------------------------------------------------------ helpers
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }
  function color(type) { return TYPES[type] || "#566573"; }
  function radius(f) { return f ? Math.min(22, 5 + 2.4 * Math.sqrt(f)) : 5; }
  function fmtDate(d) {
    if (!d) return "undated";
    const dt = new Date(d + "T00:00:00Z");
    return dt.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }
  async function api(path, opts) {
    const res = await fetch(path, opts);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) throw new Error((body && body.error) || `${res.status} ${res.statusText}`);
    return body;
  }
  function apiQuery(filters, skipDates) {
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const v = filters[k];
      if (v === undefined || v === null || v === "" || v === false) continue;
      if (skipDates && (k === "from" || k === "to")) continue;
      p.set(API_NAMES[k], k === "contested" ? "true" : v);
    }
    return p;
  }

  // ------------------------------------------------------------------ URL state
  function readUrl() {
    const p = new URLSearchParams(location.search);
    const f = {};
    for (const k of FILTER_KEYS) if (p.get(k)) f[k] = k === "contested" ? (p.get(k) === "1" || p.get(k) === "true") : p.get(k);
    state.filters = f;
    state.selected = p.get("event") || null;
  }
  function writeUrl() {
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const v = state.filters[k];
      if (v) p.set(k, k === "contested" ? "1" : v);
    }
    if (state.selected) p.set("event", state.selected);
    const qs = p.toString();
    history.replaceState(null, "", qs ? "?" + qs : location.pathname);
    const apiQs = apiQuery(state.filters).toString();
    document.querySelectorAll(".export a").forEach((a) => {
      a.href = "/api/export?format=" + a.dataset.format + (apiQs ? "&" + apiQs : "");
    });
  }
  function syncForm() {
    const f = state.filters;
    $("f-type").value = f.type || "";
    $("f-from").value = f.from || "";
    $("f-to").value = f.to || "";
    $("f-place").value = f.place || "";
    $("f-q").value = f.q || "";
    $("f-contested").checked = !!f.contested;
  }

  // ------------------------------------------------------------------ map
  const map = L.map("map", { worldCopyJump: true, zoomControl: true, minZoom: 2, maxZoom: 12 }).setView([12, 20], 3);
  window.__flashpointMap = map;
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
  const boundaryRenderer = L.canvas({ padding: 0.5, pane: "boundaries" });
  map.createPane("boundaries");
  map.getPane("boundaries").style.zIndex = 250;
  const countries = L.layerGroup().addTo(map);
  const admin1 = L.layerGroup();
  let admin1Wanted = true;
  let admin1Loaded = null;
  const tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18, attribution: "&copy; OpenStreetMap contributors",
  });
  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true, chunkedLoading: false,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(clusters);
  // One handler for all markers (the cluster group passes its markers' events on): cheap with 10,000 markers.
  clusters.on("click", (e) => { if (e.layer.options.eid) select(e.layer.options.eid, { fromMap: true }); });
  clusters.on("mouseover", (e) => {
    const p = state.byId.get(e.layer.options.eid);
    if (!p) return;
    e.layer.bindTooltip(`<b>${esc(p.sub_type || p.type)}</b><br>${esc(p.location || "")}, ${esc(p.country || "")} · ${fmtDate(p.date)}` +
      (p.fatalities ? `<br>${p.fatalities} killed` : "") + (p.contested ? "<br><i>contested</i>" : ""),
      { direction: "top", offset: [0, -4] }).openTooltip();
  });
  L.control.layers(null, {
    "Country borders": countries,
    "Regions (admin-1, from zoom 4)": admin1,
    "Online street tiles (OpenStreetMap)": tiles,
  }, { collapsed: true, position: "topright" }).addTo(map);
  let admin1Internal = false;  // the zoom rule adds and removes the layer: not the user's choice
  map.on("overlayadd", (e) => { if (e.layer === admin1 && !admin1Internal) { admin1Wanted = true; loadAdmin1(); } });
  map.on("overlayremove", (e) => { if (e.layer === admin1 && !admin1Internal) admin1Wanted = false; });
  map.on("zoomend", updateAdmin1);

  function clusterIcon(cluster) {
    const children = cluster.getAllChildMarkers();
    const n = children.length;
    const counts = {};
    for (const m of children) counts[m.options.etype] = (counts[m.options.etype] || 0) + 1;
    let acc = 0;
    const stops = [];
    for (const t of TYPE_NAMES.concat(["?"])) {
      const c = counts[t] || 0;
      if (!c) continue;
      const a = (acc / n) * 360, b = ((acc + c) / n) * 360;
      stops.push(`${color(t)} ${a.toFixed(1)}deg ${b.toFixed(1)}deg`);
      acc += c;
    }
    for (const t in counts) if (!(t in TYPES)) { /* counted in the grey remainder */ }
    const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 44 : 52;
    return L.divIcon({
      html: `<div class="cl-ring" style="background: conic-gradient(${stops.join(",") || "#888 0deg 360deg"})"><span>${n}</span></div>`,
      className: "fp-cluster", iconSize: L.point(size, size),
    });
  }

  // Coarse borders (1:110m) first, for a fast first paint; the finer 1:50m ones replace them once the page is ready.
  async function loadCountries(scale) {
    const topo = await fetch(`/static/data/countries-${scale}.json`).then((r) => r.json());
    const geo = topojson.feature(topo, topo.objects.countries);
    const layer = L.geoJSON(geo, {
      renderer: boundaryRenderer, pane: "boundaries", interactive: false,
      style: { color: "#8d8a80", weight: 0.8, fillColor: "#f4f1e8", fillOpacity: 1 },
    });
    countries.clearLayers();
    layer.addTo(countries);
  }
  function loadAdmin1() {
    if (admin1Loaded) return admin1Loaded;
    admin1Loaded = fetch("/static/data/admin1-simplified.json").then((r) => r.json()).then((topo) => {
      const geo = topojson.feature(topo, topo.objects.admin1);
      L.geoJSON(geo, {
        renderer: boundaryRenderer, pane: "boundaries", interactive: false,
        style: { color: "#b3ada0", weight: 0.6, dashArray: "3 3", fill: false },
      }).addTo(admin1);
      updateAdmin1();
    });
    return admin1Loaded;
  }
  function updateAdmin1() {
    const show = admin1Wanted && map.getZoom() >= 4;
    admin1Internal = true;
    if (show && !map.hasLayer(admin1)) map.addLayer(admin1);
    if (!show && admin1Wanted && map.hasLayer(admin1)) map.removeLayer(admin1);
    admin1Internal = false;
  }

  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = function () {
    const div = L.DomUtil.create("div", "legend");
    div.innerHTML = TYPE_NAMES.map((t) => `<div><i style="background:${color(t)}"></i>${esc(t)}</div>`).join("") +
      `<div class="legend-size"><i class="s1"></i><i class="s2"></i><i class="s3"></i> fatalities</div>`;
    return div;
  };
  legend.addTo(map);

  function renderMarkers() {
    clusters.clearLayers();
    state.markers.clear();
    const layers = [];
    for (const p of state.points) {
      if (p.lat == null || p.lon == null) continue;
      const m = L.circleMarker([p.lat, p.lon], {
        radius: radius(p.fatalities), color: "#1b1b1b", weight: p.contested ? 2 : 0.8, dashArray: p.contested ? "3 2" : null,
        fillColor: color(p.type), fillOpacity: 0.85, etype: p.type, eid: p.id,
      });
      state.markers.set(p.id, m);
      layers.push(m);
    }
    clusters.addLayers(layers);
  }

  // ------------------------------------------------------------------ data
  async function loadPoints() {
    const qs = apiQuery(state.filters).toString();
    const data = await api("/api/points" + (qs ? "?" + qs : ""));
    const cols = data.columns;
    state.points = data.rows.map((r) => { const o = {}; cols.forEach((c, i) => (o[c] = r[i])); return o; });
    state.byId = new Map(state.points.map((p) => [p.id, p]));
    performance.mark("fp-points-fetched");
    if (!state.fitted) {  // first load: frame the events before clustering them, so they are clustered once
      state.fitted = true;
      const pts = state.points.filter((p) => p.lat != null).map((p) => [p.lat, p.lon]);
      if (pts.length && !state.selected) map.fitBounds(L.latLngBounds(pts).pad(0.1), { maxZoom: 6, animate: false });
    }
    renderMarkers();
    performance.mark("fp-markers-added");
    renderList();
  }
  async function loadTimeline() {
    const qs = apiQuery(state.filters, true).toString();
    state.timeline = await api("/api/timeline" + (qs ? "?" + qs : ""));
    drawTimeline();
  }
  async function refresh(opts) {
    writeUrl();
    const jobs = [loadPoints()];
    if (!opts || !opts.keepTimeline) jobs.push(loadTimeline()); else drawTimeline();
    await Promise.all(jobs);
  }

  // ------------------------------------------------------------------ list
  function renderList() {
    const ol = $("event-list");
    const n = state.points.length;
    const contested = state.points.filter((p) => p.contested).length;
    $("count").textContent = `${n.toLocaleString("en")} ${n === 1 ? "event" : "events"}` + (contested ? ` · ${contested} contested` : "");
    const rows = state.points.slice(0, LIST_MAX).map((p) => `
      <li class="ev${p.id === state.selected ? " selected" : ""}" data-id="${esc(p.id)}" tabindex="0">
        <i class="dot" style="background:${color(p.type)}"></i>
        <div class="ev-main">
          <div class="ev-title">${esc(p.sub_type || p.type)}${p.contested ? ' <span class="badge contested">contested</span>' : ""}</div>
          <div class="ev-where">${esc([p.location, p.admin1, p.country].filter(Boolean).join(", "))}</div>
          <div class="ev-actor">${esc(p.actor1 || "")}</div>
        </div>
        <div class="ev-side"><div class="ev-date">${fmtDate(p.date)}</div>${p.fatalities ? `<div class="ev-fat">${p.fatalities} killed</div>` : ""}</div>
      </li>`);
    ol.innerHTML = rows.join("");
    $("list-more").textContent = n > LIST_MAX ? `Showing the newest ${LIST_MAX} of ${n.toLocaleString("en")} — narrow the filters or brush the timeline.` : (n ? "" : "No events match these filters.");
  }
  $("event-list").addEventListener("click", (e) => {
    const li = e.target.closest("li.ev");
    if (li) select(li.dataset.id, { fromList: true });
  });
  $("event-list").addEventListener("keydown", (e) => {
    const li = e.target.closest("li.ev");
    if (li && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(li.dataset.id, { fromList: true }); }
  });

  // ------------------------------------------------------------------ event panel
  let highlighted = null;
  async function select(id, opts) {
    opts = opts || {};
    state.selected = id;
    writeUrl();
    document.querySelectorAll("#event-list li.selected").forEach((li) => li.classList.remove("selected"));
    const li = document.querySelector(`#event-list li[data-id="${CSS.escape(id)}"]`);
    if (li) { li.classList.add("selected"); if (!opts.fromList) li.scrollIntoView({ block: "nearest" }); }
    if (highlighted) { highlighted.setStyle({ weight: highlighted.__w, color: "#1b1b1b" }); highlighted = null; }
    const m = state.markers.get(id);
    if (m) {
      m.__w = m.options.weight;
      const mark = () => {
        m.setStyle({ weight: 4, color: "#111" }); m.bringToFront(); highlighted = m;
        // Keep the marker clear of the panel, which covers the map's right side.
        const pt = map.latLngToContainerPoint(m.getLatLng()), size = map.getSize();
        const free = size.x - Math.min(470, size.x - 20) - 20;
        if (pt.x > free - 30) map.panBy([pt.x - free / 2, 0], { animate: false });
      };
      if (opts.fromList || opts.zoom) clusters.zoomToShowLayer(m, mark); else mark();
    }
    const body = $("panel-body");
    $("panel").hidden = false;
    body.innerHTML = '<p class="muted">Loading…</p>';
    try {
      const ev = await api("/api/events/" + encodeURIComponent(id));
      if (state.selected !== id) return;
      body.innerHTML = renderEvent(ev);
      $("panel").scrollTop = 0;
    } catch (err) {
      body.innerHTML = `<p class="error">${esc(err.message)}</p>`;
    }
  }
  function closePanel() {
    $("panel").hidden = true;
    state.selected = null;
    document.querySelectorAll("#event-list li.selected").forEach((li) => li.classList.remove("selected"));
    if (highlighted) { highlighted.setStyle({ weight: highlighted.__w, color: "#1b1b1b" }); highlighted = null; }
    writeUrl();
  }
  $("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("panel").hidden) closePanel(); });

  function markSentence(sentence, item) {
    sentence = sentence || "";
    let s = -1, e = -1;
    if (item.sentence_start != null && item.start != null && item.end != null) {
      s = item.start - item.sentence_start; e = item.end - item.sentence_start;
      if (!(s >= 0 && e > s && e <= sentence.length) || (item.text && sentence.slice(s, e).toLowerCase() !== String(item.text).toLowerCase())) s = -1;
    }
    if (s < 0 && item.text) {
      s = sentence.indexOf(item.text);
      if (s < 0) s = sentence.toLowerCase().indexOf(String(item.text).toLowerCase());
      e = s + String(item.text).length;
    }
    if (s < 0) return esc(sentence);
    return esc(sentence.slice(0, s)) + "<mark>" + esc(sentence.slice(s, e)) + "</mark>" + esc(sentence.slice(e));
  }
  const FIELD_LABEL = { event_type: "Event", location: "Place", time: "Date/time", killed: "Fatalities", injured: "Injuries",
    arrested: "Arrests", buildings: "Buildings", crowd: "Crowd", vehicles: "Vehicles" };
  function val(v) { return v === null || v === undefined || v === "" ? '<span class="muted">—</span>' : esc(v); }
  function docLink(doc, fallback) {
    if (!doc) return esc(fallback || "report");
    const label = esc(doc.source || doc.title || doc.id);
    return doc.url ? `<a href="${esc(doc.url)}" target="_blank" rel="noopener noreferrer">${label}</a>` : label;
  }

  function renderEvent(ev) {
    const docs = new Map((ev.documents || []).map((d) => [d.id, d]));
    const interaction = ev.interaction != null ? ev.interaction : "";
    const rows = [
      ["event_id_cnty", ev.event_id], ["event_date", ev.event_date], ["time_precision", ev.time_precision],
      ["event_type", ev.event_type], ["sub_event_type", ev.sub_event_type],
      ["actor1", ev.actor1], ["assoc_actor_1", ev.assoc_actor_1], ["inter1", ev.inter1],
      ["actor2", ev.actor2], ["assoc_actor_2", ev.assoc_actor_2], ["inter2", ev.inter2], ["interaction", interaction],
      ["country", ev.country], ["admin1", ev.admin1], ["admin2", ev.admin2], ["location", ev.location],
      ["latitude", ev.latitude], ["longitude", ev.longitude], ["geo_precision", ev.geo_precision],
      ["fatalities", ev.fatalities], ["injuries", ev.injuries], ["arrests", ev.arrests],
      ["time", ev.time_start ? `${ev.time_start} → ${ev.time_end || ""}` : null],
    ];
    let h = `<header class="p-head" style="border-color:${color(ev.event_type)}">
      <div class="p-type" style="color:${color(ev.event_type)}">${esc(ev.event_type)}</div>
      <h2>${esc(ev.sub_event_type)} — ${esc(ev.location || "unknown place")}</h2>
      <div class="p-sub">${fmtDate(ev.event_date)} · ${esc([ev.admin1, ev.country].filter(Boolean).join(", "))}
        ${ev.contested ? '<span class="badge contested">contested</span>' : ""}${ev.hedged ? '<span class="badge">unconfirmed</span>' : ""}</div>
    </header>`;
    if (ev.notes) h += `<p class="notes">${esc(ev.notes)}</p>`;
    h += `<div class="facts">` + [["Actor 1", ev.actor1], ["Actor 2", ev.actor2], ["Fatalities", ev.fatalities],
      ["Injuries", ev.injuries], ["Arrests", ev.arrests]].filter(([, v]) => v !== null && v !== undefined && v !== "")
      .map(([k, v]) => `<div><span>${k}</span><b>${esc(v)}</b></div>`).join("") + `</div>`;

    const evidence = ev.evidence || [];
    if (evidence.length) {
      h += `<section><h3>Evidence <small>where each field was read</small></h3><ul class="evidence">`;
      for (const item of evidence) {
        h += `<li><span class="field">${esc(FIELD_LABEL[item.field] || item.field)}</span>
          <blockquote>${markSentence(item.sentence, item)}</blockquote>
          <div class="from">${docLink(docs.get(item.doc_id), item.doc_id)}${item.anchor ? ` · anchor: ${esc(item.anchor)}` : ""}</div></li>`;
      }
      h += `</ul></section>`;
    }

    const topics = ev.contested_topics || [];
    if (topics.length) {
      h += `<section class="contested-sec"><h3>Contested <small>claims side by side</small></h3>`;
      for (const t of topics) {
        h += `<div class="topic"><div class="topic-name">${esc(t.topic)}</div><div class="sides" style="grid-template-columns:repeat(${Math.min(t.sides.length, 3)},1fr)">`;
        for (const side of t.sides) {
          h += `<div class="side"><div class="position">${esc(side.position)}</div>`;
          for (const c of side.claims || []) {
            const who = c.speaker || c.source || "unattributed";
            h += `<div class="claim"><div class="speaker">${esc(who)}</div>
              <div class="claim-meta">${c.role ? `<span class="badge role-${esc(c.role)}">${esc(c.role)}</span>` : ""}${c.channel ? `<span class="channel">${esc(c.channel)}</span>` : ""}${c.published_at ? `<span class="channel">${esc(String(c.published_at).slice(0, 10))}</span>` : ""}</div>
              <q>${esc(c.text || c.sentence || "")}</q></div>`;
          }
          h += `</div>`;
        }
        h += `</div></div>`;
      }
      h += `</section>`;
    }

    const figs = ev.figures || {};
    const figKinds = Object.keys(figs).filter((k) => figs[k] && (figs[k].figures || []).length);
    if (figKinds.length) {
      h += `<section><h3>Figures <small>each source's number and the one reported</small></h3><ul class="figures">`;
      for (const k of figKinds) {
        const f = figs[k];
        h += `<li><b>${esc(k)}</b>: ${val(f.value)} <span class="muted">(${esc(f.rule || "")})</span><ul>` +
          f.figures.map((x) => `<li>${esc(x.text || x.low)} — ${esc(x.source || x.doc_id || "")}${x.official ? ' <span class="badge">official</span>' : ""}</li>`).join("") + `</ul></li>`;
      }
      h += `</ul></section>`;
    }

    const claims = (ev.claims || []);
    if (claims.length && !topics.length) {
      h += `<section><h3>Claims</h3><ul class="claims">` + claims.map((c) =>
        `<li><b>${esc(c.speaker || "unattributed")}</b> <span class="badge role-${esc(c.role)}">${esc(c.role || "")}</span> ${c.channel ? `<span class="channel">${esc(c.channel)}</span>` : ""}<q>${esc(c.text)}</q></li>`).join("") + `</ul></section>`;
    }

    h += `<details class="acled" open><summary>ACLED record</summary><table class="kv">` +
      rows.map(([k, v]) => `<tr><th>${k}</th><td>${val(v)}</td></tr>`).join("") + `</table></details>`;

    const sources = ev.sources || [];
    if (sources.length) {
      h += `<section><h3>Sources</h3><ul class="sources">`;
      for (const s of sources) {
        const label = esc(s.source || (docs.get(s.doc_id) || {}).title || s.doc_id);
        const link = s.url ? `<a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">${label}</a>` : label;
        h += `<li>${link} <span class="muted">${esc((s.published_at || "").slice(0, 10))}</span>
          <blockquote>${markSentence(s.sentence, { sentence_start: s.sentence_start, start: s.start, end: s.end })}</blockquote></li>`;
      }
      h += `</ul></section>`;
    }
    return h;
  }

  // ------------------------------------------------------------------ timeline
  const svgNS = "http://www.w3.org/2000/svg";
  const TL = { left: 34, right: 12, top: 8, bottom: 20 };
  let tlScale = null;
  function dayNum(d) { return Math.round(Date.parse(d + "T00:00:00Z") / 86400000); }
  function dayStr(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  function el(name, attrs, parent) {
    const e = document.createElementNS(svgNS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function drawTimeline() {
    const svg = $("timeline");
    const data = state.timeline;
    const w = svg.clientWidth || svg.parentNode.clientWidth, h = svg.clientHeight || 120;
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const days = (data && data.days) || [];
    if (!days.length) {
      el("text", { x: w / 2, y: h / 2, "text-anchor": "middle", class: "tl-empty" }, svg).textContent = "No dated events";
      tlScale = null;
      return;
    }
    let d0 = dayNum(days[0].date), d1 = dayNum(days[days.length - 1].date);
    if (d1 - d0 < 14) { d0 -= 7; d1 += 7; }
    const n = d1 - d0 + 1;
    const pw = w - TL.left - TL.right, ph = h - TL.top - TL.bottom;
    const bw = pw / n;
    const ymax = Math.max(1, ...days.map((d) => d.total));
    tlScale = { d0, d1, bw, pw, ph };
    // grid and axis
    el("line", { x1: TL.left, x2: w - TL.right, y1: TL.top + ph + 0.5, y2: TL.top + ph + 0.5, class: "tl-axis" }, svg);
    el("text", { x: TL.left - 4, y: TL.top + 8, "text-anchor": "end", class: "tl-label" }, svg).textContent = ymax;
    el("text", { x: TL.left - 4, y: TL.top + ph, "text-anchor": "end", class: "tl-label" }, svg).textContent = "0";
    const monthly = n > 45;
    for (let d = d0; d <= d1; d++) {
      const s = dayStr(d);
      const tick = monthly ? s.endsWith("-01") : new Date(d * 86400000).getUTCDay() === 1;
      if (!tick) continue;
      const x = TL.left + (d - d0) * bw;
      el("line", { x1: x, x2: x, y1: TL.top, y2: TL.top + ph + 4, class: "tl-grid" }, svg);
      const label = monthly ? new Date(d * 86400000).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" })
        : new Date(d * 86400000).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
      el("text", { x: x + 3, y: h - 5, class: "tl-label" }, svg).textContent = label;
    }
    // stacked bars
    const g = el("g", { class: "bars" }, svg);
    for (const day of days) {
      const x = TL.left + (dayNum(day.date) - d0) * bw;
      let y = TL.top + ph;
      for (const t of TYPE_NAMES) {
        const c = day.counts[t];
        if (!c) continue;
        const bh = (c / ymax) * ph;
        y -= bh;
        el("rect", { x: x + (bw > 3 ? 0.5 : 0), y, width: Math.max(1, bw - (bw > 3 ? 1 : 0)), height: bh, fill: color(t) }, g);
      }
    }
    // current date selection
    const f = state.filters;
    if (f.from || f.to) {
      const a = f.from ? dayNum(f.from) : d0, b = f.to ? dayNum(f.to) : d1;
      const xa = TL.left + (Math.max(a, d0) - d0) * bw, xb = TL.left + (Math.min(b, d1) - d0 + 1) * bw;
      el("rect", { x: TL.left, y: TL.top, width: Math.max(0, xa - TL.left), height: ph, class: "tl-out" }, svg);
      el("rect", { x: xb, y: TL.top, width: Math.max(0, w - TL.right - xb), height: ph, class: "tl-out" }, svg);
      el("rect", { x: xa, y: TL.top, width: Math.max(1, xb - xa), height: ph, class: "tl-sel" }, svg);
    }
    brushRect = el("rect", { x: 0, y: TL.top, width: 0, height: ph, class: "tl-brush", visibility: "hidden" }, svg);
    el("rect", { x: TL.left, y: 0, width: pw, height: h, class: "tl-hit" }, svg);
    $("tl-range").textContent = f.from || f.to ? `${f.from ? fmtDate(f.from) : "start"} – ${f.to ? fmtDate(f.to) : "end"}` : "";
    $("tl-clear").hidden = !(f.from || f.to);
  }
  let brushRect = null, brushStart = null;
  function xToDay(clientX) {
    const svg = $("timeline");
    const r = svg.getBoundingClientRect();
    const x = clientX - r.left - TL.left;
    return Math.max(tlScale.d0, Math.min(tlScale.d1, tlScale.d0 + Math.floor(x / tlScale.bw)));
  }
  function svgX(clientX) { return clientX - $("timeline").getBoundingClientRect().left; }
  $("timeline").addEventListener("mousedown", (e) => {
    if (!tlScale || e.button !== 0) return;
    e.preventDefault();
    brushStart = { x: svgX(e.clientX), clientX: e.clientX };
    brushRect.setAttribute("visibility", "visible");
    brushRect.setAttribute("x", brushStart.x);
    brushRect.setAttribute("width", 0);
  });
  window.addEventListener("mousemove", (e) => {
    if (brushStart) {
      const x = svgX(e.clientX);
      brushRect.setAttribute("x", Math.min(x, brushStart.x));
      brushRect.setAttribute("width", Math.abs(x - brushStart.x));
      return;
    }
    tooltip(e);
  });
  window.addEventListener("mouseup", (e) => {
    if (!brushStart) return;
    const start = brushStart;
    brushStart = null;
    if (Math.abs(e.clientX - start.clientX) < 3) {  // a click, not a drag: back to all dates
      if (state.filters.from || state.filters.to) setDates(null, null); else drawTimeline();
      return;
    }
    const a = xToDay(Math.min(start.clientX, e.clientX)), b = xToDay(Math.max(start.clientX, e.clientX));
    setDates(dayStr(a), dayStr(b));
  });
  function tooltip(e) {
    const tip = $("tl-tip");
    const svg = $("timeline");
    if (!tlScale || !state.timeline || e.target.closest("svg") !== svg) { tip.hidden = true; return; }
    const day = dayStr(xToDay(e.clientX));
    const rec = state.timeline.days.find((d) => d.date === day);
    tip.innerHTML = `<b>${fmtDate(day)}</b>` + (rec ? TYPE_NAMES.filter((t) => rec.counts[t]).map((t) =>
      `<div><i style="background:${color(t)}"></i>${esc(t)}: ${rec.counts[t]}</div>`).join("") : "<div>no events</div>");
    const box = $("timeline-box").getBoundingClientRect();
    tip.style.left = Math.min(e.clientX - box.left + 12, box.width - 230) + "px";
    tip.style.bottom = (box.bottom - e.clientY + 10) + "px";
    tip.hidden = false;
  }
  $("timeline").addEventListener("mouseleave", () => { $("tl-tip").hidden = true; });
  function setDates(from, to) {
    state.filters.from = from || undefined;
    state.filters.to = to || undefined;
    syncForm();
    refresh({ keepTimeline: true });
  }
  $("tl-clear").addEventListener("click", () => setDates(null, null));
  window.addEventListener("resize", () => { clearTimeout(window.__tlr); window.__tlr = setTimeout(drawTimeline, 100); });

  // ------------------------------------------------------------------ filter bar
  const typeSel = $("f-type");
  for (const t of TYPE_NAMES) {
    const o = document.createElement("option");
    o.value = t; o.textContent = t;
    typeSel.appendChild(o);
  }
  function fromForm() {
    const f = state.filters;
    f.type = $("f-type").value || undefined;
    f.from = $("f-from").value || undefined;
    f.to = $("f-to").value || undefined;
    f.place = $("f-place").value.trim() || undefined;
    f.q = $("f-q").value.trim() || undefined;
    f.contested = $("f-contested").checked || undefined;
  }
  let filterTimer = null;
  function onFilterChange(keepTimeline) {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => { fromForm(); refresh({ keepTimeline }).catch(showError); }, 250);
  }
  $("f-type").addEventListener("change", () => onFilterChange(false));
  $("f-contested").addEventListener("change", () => onFilterChange(false));
  $("f-from").addEventListener("change", () => onFilterChange(true));
  $("f-to").addEventListener("change", () => onFilterChange(true));
  $("f-place").addEventListener("input", () => onFilterChange(false));
  $("f-q").addEventListener("input", () => onFilterChange(false));
  $("f-clear").addEventListener("click", () => { state.filters = {}; syncForm(); refresh().catch(showError); });
  function showError(err) {
    $("count").textContent = "Error: " + err.message;
  }

  // ------------------------------------------------------------------ submitting a report
  let fileType = null;
  function readFile(file) {
    if (!file) return;
    const isHtml = /\.x?html?$/i.test(file.name) || file.type === "text/html";
    const reader = new FileReader();
    reader.onload = () => {
      $("s-text").value = reader.result;
      fileType = isHtml ? "text/html" : "text/plain";
      if (!$("s-title").value && !isHtml) {
        const first = String(reader.result).split(/\n\s*\n/)[0].trim();
        if (first && first.length < 200 && !first.includes("\n")) $("s-title").value = first;
      }
      status(`Loaded ${file.name}. Check the details, then extract.`, "info");
    };
    reader.onerror = () => status(`Could not read ${file.name}`, "error");
    reader.readAsText(file);
  }
  const dz = $("dropzone");
  ["dragenter", "dragover"].forEach((t) => dz.addEventListener(t, (e) => { e.preventDefault(); dz.classList.add("over"); }));
  ["dragleave", "drop"].forEach((t) => dz.addEventListener(t, (e) => { e.preventDefault(); dz.classList.remove("over"); }));
  dz.addEventListener("drop", (e) => { const f = e.dataTransfer && e.dataTransfer.files[0]; if (f) readFile(f); });
  $("s-file").addEventListener("change", (e) => readFile(e.target.files[0]));
  $("s-text").addEventListener("input", () => { if (!$("s-text").value) fileType = null; });
  function status(msg, kind) {
    const s = $("s-status");
    s.textContent = msg;
    s.className = "status " + (kind || "");
  }
  $("s-submit").addEventListener("click", submitReport);
  async function submitReport() {
    const text = $("s-text").value;
    if (!text.trim()) { status("Paste a report or drop a file first.", "error"); return; }
    const meta = { title: $("s-title").value.trim(), source: $("s-source").value.trim(),
      published: $("s-published").value, url: $("s-url").value.trim() };
    let req;
    if (fileType === "text/html") {
      const p = new URLSearchParams();
      for (const k in meta) if (meta[k]) p.set(k, meta[k]);
      req = fetch("/api/documents?" + p, { method: "POST", headers: { "Content-Type": "text/html; charset=utf-8" }, body: text });
    } else {
      const body = { text };
      for (const k in meta) if (meta[k]) body[k] = meta[k];
      req = fetch("/api/documents", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    }
    $("s-submit").disabled = true;
    status("Reading the report… (the first one loads the language model and gazetteer)", "busy");
    try {
      const res = await req;
      const data = await res.json().catch(() => ({}));
      if (!res.ok) throw new Error(data.error || `${res.status} ${res.statusText}`);
      const ids = data.event_ids || [];
      window.__flashpointLastSubmit = ids;
      if (!ids.length) { status("No events found in this report. It was stored.", "info"); await refresh(); return; }
      await refresh();
      if (ids.some((id) => !state.byId.has(id))) {  // the filters hide them: show everything
        state.filters = {};
        syncForm();
        await refresh();
        status(`${ids.length} ${ids.length === 1 ? "event" : "events"} extracted. Filters cleared to show them.`, "ok");
      } else {
        status(`${ids.length} ${ids.length === 1 ? "event" : "events"} extracted.`, "ok");
      }
      $("s-text").value = ""; fileType = null;
      flyTo(data.events || []);
      select(ids[0], { fromSubmit: true });
    } catch (err) {
      status(err.message, "error");
    } finally {
      $("s-submit").disabled = false;
    }
  }
  function flyTo(events) {
    const pts = events.filter((e) => e.latitude != null && e.longitude != null).map((e) => [e.latitude, e.longitude]);
    if (!pts.length) return;
    if (pts.length === 1) map.flyTo(pts[0], Math.max(map.getZoom(), 8), { duration: 1.2 });
    else map.flyToBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 9, duration: 1.2 });
  }

  // ------------------------------------------------------------------ start
  async function start() {
    readUrl();
    syncForm();
    writeUrl();
    const countriesLoaded = loadCountries("110m").catch((e) => console.warn("base map:", e));
    try {
      await Promise.all([loadPoints(), loadTimeline()]);
      performance.mark("fp-markers");
    } catch (err) { showError(err); }
    await countriesLoaded;
    window.__flashpointReady = true;
    window.__flashpointReadyAt = performance.now();
    document.body.dataset.ready = "1";
    if (state.selected) select(state.selected, { zoom: true });
    (window.requestIdleCallback || setTimeout)(() => { loadCountries("50m").then(loadAdmin1); });
  }
  window.addEventListener("popstate", () => { readUrl(); syncForm(); refresh(); });
  start();
})();
