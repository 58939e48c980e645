// eventwire web UI: plain JavaScript, no library, no network beyond this server.
// State lives in the URL hash (#view?filters) so that every view can be bookmarked,
// reloaded and reached with the back button.
"use strict";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
  "ASSAULT"];
const MODES = {
  CONSULT: ["visit", "third-party", "multilateral", "phone"],
  RETREAT: ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
  REQUEST: ["assist", "change", "yield", "meet"],
  REJECT: ["assist", "change", "yield", "meet"],
  ACCUSE: ["disapprove", "investigate", "allege"],
  THREATEN: ["restrict", "arrest", "relations", "expel", "territory", "violence"],
  PROTEST: ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
  SANCTION: ["convict", "expel", "withdraw", "discontinue"],
  MOBILIZE: ["troops", "weapons", "police", "militia"],
  COERCE: ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
    "withhold", "misinformation", "cyber"],
  ASSAULT: ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
    "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
    "crowd-control", "unconventional"],
};
// Cooperative types in blues/greens, conflictual ones in oranges/reds.
const COLORS = {
  AGREE: "#1f77b4", CONSULT: "#6baed6", SUPPORT: "#2ca02c", CONCEDE: "#98df8a",
  COOPERATE: "#17becf", AID: "#9edae5", RETREAT: "#bcbd22", REQUEST: "#9467bd",
  ACCUSE: "#e7ba52", REJECT: "#c5b0d5", THREATEN: "#ff7f0e", PROTEST: "#8c564b",
  SANCTION: "#e377c2", MOBILIZE: "#7f7f7f", COERCE: "#d62728", ASSAULT: "#7b0d0d",
};
const FILTER_KEYS = ["type", "mode", "actor", "country", "location_country", "since", "until", "q"];
const ROLES = ["source", "target", "trigger", "date", "location", "attribution"];
const SVG_NS = "http://www.w3.org/2000/svg";
const PAGE_SIZE = 50;

const $ = (sel) => document.querySelector(sel);

// -- small helpers -------------------------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "style") setStyle(el, v);
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "style") setStyle(el, v);
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Through the CSSOM, not a style attribute: the Content-Security-Policy forbids inline styles.
function setStyle(el, css) {
  for (const decl of css.split(";")) {
    const i = decl.indexOf(":");
    if (i > 0) el.style.setProperty(decl.slice(0, i).trim(), decl.slice(i + 1).trim());
  }
}

function showError(message) {
  const box = $("#error");
  box.textContent = message;
  box.hidden = !message;
}

async function api(path, params) {
  const qs = params ? new URLSearchParams(params).toString() : "";
  const resp = await fetch(path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
  const body = await resp.json();
  if (!resp.ok) {
    const err = body.error || { code: "E000", message: resp.statusText };
    throw new Error(`${err.code}: ${err.message}`);
  }
  return body;
}

function actorLabel(a) {
  if (!a) return "";
  return a.name + (a.country ? ` (${a.country})` : "");
}

function typeBadge(type, mode) {
  return h("span", { class: "badge", style: `--c:${COLORS[type] || "#555"}` },
    type + (mode ? " · " + mode : ""));
}

// -- routing and filter state --------------------------------------------------------------

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "events";
  const [path, query] = raw.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/");
  return { view: parts[0] || "events", id: parts[1] ? decodeURIComponent(parts[1]) : null, params };
}

function filtersFrom(params) {
  const f = {};
  for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k);
  return f;
}

function go(view, filters, extra) {
  const p = new URLSearchParams({ ...filters, ...(extra || {}) });
  const qs = p.toString();
  location.hash = view + (qs ? "?" + qs : "");
}

function readForm() {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = $("#f-" + k).value.trim();
    if (v) f[k] = v;
  }
  return f;
}

function fillForm(f) {
  $("#f-type").value = f.type || "";
  fillModes(f.type || "");
  for (const k of FILTER_KEYS) if (k !== "type") $("#f-" + k).value = f[k] || "";
  $("#csv-link").href = "/events?" + new URLSearchParams({ ...f, format: "csv" }).toString();
}

function fillModes(type) {
  const sel = $("#f-mode");
  const keep = sel.value;
  const modes = type ? (MODES[type] || []) : [...new Set(Object.values(MODES).flat())].sort();
  sel.replaceChildren(h("option", { value: "" }, "any"), ...modes.map((m) => h("option", { value: m }, m)));
  if (modes.includes(keep)) sel.value = keep;
}

let current = { view: null };
let lastList = "#events";

async function route() {
  const { view, id, params } = parseHash();
  const filters = filtersFrom(params);
  delete document.body.dataset.ready;  // set again once this view is drawn (tests wait on it)
  showError("");
  for (const sec of document.querySelectorAll(".view")) sec.hidden = sec.id !== "view-" + view;
  for (const a of document.querySelectorAll("#tabs a")) {
    a.classList.toggle("active", a.dataset.view === view);
    a.href = "#" + a.dataset.view + (Object.keys(filters).length ? "?" + new URLSearchParams(filters) : "");
  }
  $("#filters").hidden = view === "doc";
  if (view !== "doc") lastList = location.hash || "#events";
  $("#back").href = lastList;
  fillForm(filters);
  current = { view, id, filters };
  document.body.dataset.view = view;
  try {
    if (view === "events") await renderEvents(filters, Number(params.get("page") || 1));
    else if (view === "timeline") await renderTimeline(filters);
    else if (view === "network") await renderNetwork(filters);
    else if (view === "map") await renderMap(filters);
    else if (view === "doc") await renderDocument(id, params.get("event"));
    else go("events", {});
  } catch (e) {
    showError(e.message);
  }
  document.body.dataset.ready = view;
}

// -- events table --------------------------------------------------------------------------

async function renderEvents(filters, page) {
  const tbody = $("#events-table tbody");
  let data;
  try {
    data = await api("/events", { ...filters, page, page_size: PAGE_SIZE });
  } catch (e) {
    tbody.replaceChildren();
    $("#page-info").textContent = "";
    throw e;
  }
  tbody.replaceChildren(...data.events.map(eventRow));
  $("#events-empty").hidden = data.total > 0;
  $("#page-info").textContent = data.total
    ? `page ${data.page} of ${data.pages} · ${data.total} event${data.total === 1 ? "" : "s"}`
    : "0 events";
  $("#prev").disabled = page <= 1;
  $("#next").disabled = page >= data.pages;
  $("#prev").onclick = () => go("events", filters, { page: page - 1 });
  $("#next").onclick = () => go("events", filters, { page: page + 1 });
}

function eventRow(ev) {
  const open = () => { location.hash = `doc/${encodeURIComponent(ev.doc_id)}?event=${encodeURIComponent(ev.event_id)}`; };
  const loc = ev.location ? ev.location.name + (ev.location.country ? ` (${ev.location.country})` : "") : "";
  return h("tr", {
    class: "event-row", tabindex: "0", dataset: { eventId: ev.event_id, type: ev.type },
    title: "Open the sentence in its document", onclick: open,
    onkeydown: (e) => { if (e.key === "Enter") open(); },
  },
  h("td", { class: "nowrap" }, ev.date || "", ev.date && ev.date_precision !== "day" ? h("small", {}, " (" + ev.date_precision + ")") : ""),
  h("td", {}, typeBadge(ev.type, ev.mode), ev.negated ? h("small", { class: "neg" }, " not") : "",
    ev.modality && ev.modality !== "asserted" ? h("small", { class: "muted" }, " " + ev.modality) : ""),
  h("td", {}, actorLabel(ev.source)),
  h("td", {}, actorLabel(ev.target)),
  h("td", {}, loc),
  h("td", { class: "sentence" }, ev.sentence),
  h("td", {}, ev.attribution ? ev.attribution.name : ""));
}

// -- document view: the sentence and spans behind one event --------------------------------

async function renderDocument(docId, eventId) {
  const doc = await api("/documents/" + encodeURIComponent(docId));
  const events = doc.events;
  const ev = events.find((e) => e.event_id === eventId) || null;
  if (eventId && !ev) showError(`E061: Not found: no event with id '${eventId}' in this document`);
  $("#doc-title").textContent = doc.title || doc.doc_ref;
  $("#doc-meta").replaceChildren(
    [doc.sitename, doc.published ? "published " + doc.published : null, doc.author ? "by " + doc.author : null]
      .filter(Boolean).join(" · "),
    /^https?:\/\//i.test(doc.url || "") ? h("span", {}, " · ", h("a", { href: doc.url, rel: "noreferrer noopener", target: "_blank" }, doc.url)) : "",
    doc.doc_ref !== doc.url ? h("span", {}, " · " + doc.doc_ref) : "");
  $("#doc-text").replaceChildren(...highlight(doc.text, events, ev));
  renderEventCard(ev, doc);
  $("#doc-events").replaceChildren(...events.map((e) => h("li", {
    class: e === ev ? "selected" : "", dataset: { eventId: e.event_id },
  }, h("a", { href: `#doc/${encodeURIComponent(doc.doc_id)}?event=${encodeURIComponent(e.event_id)}` },
    typeBadge(e.type, e.mode), " ", [actorLabel(e.source), actorLabel(e.target)].filter(Boolean).join(" → ")))));
  const target = $("#doc-text .s-sentence") || $("#doc-text");
  target.scrollIntoView({ block: "center" });
}

// Cut the text at every span boundary; each piece carries the classes of the spans over it.
function highlight(text, events, selected) {
  const marks = [];
  for (const e of events) {
    if (e !== selected && e.span && e.span[0] !== null) {
      marks.push({ start: e.span[0], end: e.span[1], cls: "other", eventId: e.event_id });
    }
  }
  if (selected) {
    marks.push({ start: selected.span[0], end: selected.span[1], cls: "s-sentence" });
    for (const role of ROLES) {
      const sp = selected.spans[role];
      if (sp) marks.push({ start: sp[0], end: sp[1], cls: "r-" + role });
    }
  }
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= text.length && m.start < m.end) { cuts.add(m.start); cuts.add(m.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const over = marks.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) { out.push(document.createTextNode(piece)); continue; }
    const cls = [...new Set(over.map((m) => m.cls))];
    const other = over.find((m) => m.cls === "other");
    const attrs = { class: cls.join(" ") };
    if (other && !cls.includes("s-sentence")) {
      attrs.title = "Another event: click to show it";
      attrs.dataset = { eventId: other.eventId };
      attrs.onclick = () => {
        location.hash = `doc/${encodeURIComponent(current.id)}?event=${encodeURIComponent(other.eventId)}`;
      };
    }
    out.push(h(cls.includes("s-sentence") ? "mark" : "span", attrs, piece));
  }
  return out;
}

function renderEventCard(ev, doc) {
  const card = $("#event-card");
  if (!ev) {
    card.replaceChildren(h("p", { class: "muted" }, "Pick an event below (or click an underlined sentence) to see its evidence."));
    return;
  }
  const row = (label, value, role) => value ? h("tr", {}, h("th", {}, role ? h("span", { class: "key r-" + role }, label) : label), h("td", {}, value)) : null;
  const quoted = (t) => t ? ` — “${t}”` : "";
  const a = ev.attribution;
  card.replaceChildren(
    h("h3", {}, typeBadge(ev.type, ev.mode), ev.negated ? h("span", { class: "neg" }, " (negated)") : ""),
    h("table", { class: "facts" },
      row("Source", ev.source && actorLabel(ev.source) + (ev.source.sector ? " · " + ev.source.sector : "") + quoted(ev.source.text), "source"),
      row("Target", ev.target && actorLabel(ev.target) + (ev.target.sector ? " · " + ev.target.sector : "") + quoted(ev.target.text), "target"),
      row("Trigger", ev.trigger, "trigger"),
      row("Date", ev.date && `${ev.date} (${ev.date_precision})` + quoted(ev.date_text), "date"),
      row("Place", ev.location && [ev.location.name, ev.location.country].filter(Boolean).join(", ") + quoted(ev.location.text), "location"),
      row("According to", a && a.name + quoted(a.text), "attribution"),
      row("Published by", [doc.sitename, doc.published].filter(Boolean).join(", ")),
      row("Quantities", ev.quantities.length ? ev.quantities.map((q) => q.text || `${q.value} ${q.unit}`).join("; ") : null),
      row("Modality", ev.modality),
      row("Confidence", ev.confidence !== null ? String(ev.confidence) : null)),
    h("p", { class: "small muted" }, `event ${ev.event_id} · characters ${ev.span[0]}–${ev.span[1]}`));
}

// -- timeline: stacked bars per day ---------------------------------------------------------

async function renderTimeline(filters) {
  const data = await api("/timeline", filters);
  const box = $("#timeline");
  $("#timeline-note").textContent = data.not_day_precise
    ? `${data.not_day_precise} event(s) without a day-precise date are not shown.` : "";
  if (!data.days.length) {
    box.replaceChildren(h("p", { class: "muted" }, "No dated event matches these filters."));
    $("#timeline-legend").replaceChildren();
    return;
  }
  const dayMs = 86400000;
  // At least a fortnight on the axis, so that one busy day does not fill the whole chart.
  const first = Date.parse(data.days[0].date), last = Date.parse(data.days[data.days.length - 1].date);
  const span = Math.round((last - first) / dayMs) + 1;
  const pad = Math.max(0, Math.ceil((14 - span) / 2));
  const t0 = first - pad * dayMs;
  const nDays = span + 2 * pad;
  const W = Math.max(640, box.clientWidth || 900), H = 320, m = { l: 40, r: 10, t: 10, b: 40 };
  const bw = (W - m.l - m.r) / nDays;
  const maxN = Math.max(...data.days.map((d) => d.total));
  const y = (n) => (H - m.b) - n * (H - m.t - m.b) / maxN;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "Events per day by type" });
  for (const tick of niceTicks(maxN)) {
    svg.append(s("line", { x1: m.l, x2: W - m.r, y1: y(tick), y2: y(tick), class: "grid" }),
      s("text", { x: m.l - 6, y: y(tick) + 4, "text-anchor": "end", class: "axis" }, tick));
  }
  for (const d of data.days) {
    const i = Math.round((Date.parse(d.date) - t0) / dayMs);
    const x = m.l + i * bw;
    let acc = 0;
    const g = s("g", { class: "day", "data-date": d.date, onclick: () => go("events", { ...filters, since: d.date, until: d.date }) });
    for (const t of TYPES) {
      const n = d.counts[t];
      if (!n) continue;
      const w = Math.min(Math.max(1, bw * 0.8), 40);
      g.append(s("rect", { x: x + (bw - w) / 2, width: w, y: y(acc + n), height: y(acc) - y(acc + n), fill: COLORS[t], "data-type": t },
        s("title", {}, `${d.date}: ${n} ${t}`)));
      acc += n;
    }
    svg.append(g);
  }
  const labelEvery = Math.max(1, Math.ceil(nDays / 8));
  for (let i = 0; i < nDays; i += labelEvery) {
    const day = new Date(t0 + i * dayMs).toISOString().slice(0, 10);
    svg.append(s("text", { x: m.l + i * bw + bw / 2, y: H - m.b + 16, "text-anchor": "middle", class: "axis" }, day));
  }
  svg.append(s("line", { x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b, class: "axis-line" }));
  box.replaceChildren(svg);
  $("#timeline-legend").replaceChildren(...data.types.map((t) => h("span", { class: "key", style: `--c:${COLORS[t]}` }, t)));
}

function niceTicks(max) {
  const step = Math.max(1, Math.ceil(max / 5));
  const out = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

// -- actor network: a small force layout ---------------------------------------------------

async function renderNetwork(filters) {
  const data = await api("/network", { ...filters, limit: 150 });
  const box = $("#network");
  if (!data.edges.length) {
    box.replaceChildren(h("p", { class: "muted" }, "No event with both a source and a target matches these filters."));
    return;
  }
  const W = Math.max(640, box.clientWidth || 900), H = 560;
  const nodes = data.nodes.map((n) => ({ ...n, x: 0, y: 0 }));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const links = data.edges.map((e) => ({ ...e, a: byName.get(e.source), b: byName.get(e.target) })).filter((l) => l.a && l.b);
  layout(nodes, links, W, H);
  const maxC = Math.max(...links.map((l) => l.count));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "Actor network" });
  svg.append(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "10", markerHeight: "10", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
    s("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead" }))));
  const radius = (n) => 5 + 3 * Math.sqrt(n.events);
  for (const l of links) {
    const dx = l.b.x - l.a.x, dy = l.b.y - l.a.y, len = Math.hypot(dx, dy) || 1;
    const rb = radius(l.b) + 2;
    svg.append(s("line", {
      x1: l.a.x, y1: l.a.y, x2: l.b.x - dx / len * rb, y2: l.b.y - dy / len * rb,
      class: "edge", "stroke-width": 1 + 5 * l.count / maxC, "marker-end": "url(#arrow)",
      "data-source": l.source, "data-target": l.target,
    }, s("title", {}, `${l.source} → ${l.target}: ${l.count} event(s) (${l.types.join(", ")})`)));
  }
  for (const n of nodes) {
    svg.append(s("g", { class: "node", "data-name": n.name, transform: `translate(${n.x},${n.y})`, onclick: () => go("events", { ...filters, actor: n.name }) },
      s("circle", { r: radius(n) }),
      s("text", { x: radius(n) + 3, y: 4 }, n.name + (n.country ? ` (${n.country})` : "")),
      s("title", {}, `${n.name}: ${n.events} event(s) — click to list them`)));
  }
  box.replaceChildren(svg);
}

// Fruchterman-Reingold: every pair repels, edges pull, a weak gravity keeps separate groups
// together; then the picture is scaled to fit. Fixed start and iterations: the same data
// always gives the same picture.
function layout(nodes, links, W, H) {
  const n = nodes.length;
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.5;
  nodes.forEach((p, i) => {
    const a = i * 2.399963, r = k * Math.sqrt(i + 0.5);   // a sunflower spiral
    p.x = r * Math.cos(a); p.y = r * Math.sin(a);
  });
  const iterations = 400;
  for (let it = 0; it < iterations; it++) {
    const temp = k * 2 * (1 - it / iterations) + 0.5;
    for (const p of nodes) { p.dx = -p.x * 0.05; p.dy = -p.y * 0.05; }   // gravity
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        if (d > 3 * k) continue;              // far apart: only gravity acts, groups pack
        const f = (k * k) / d / d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const l of links) {
      const dx = l.b.x - l.a.x, dy = l.b.y - l.a.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = d / k;
      l.a.dx += dx * f; l.a.dy += dy * f; l.b.dx -= dx * f; l.b.dy -= dy * f;
    }
    for (const p of nodes) {
      const len = Math.max(Math.hypot(p.dx, p.dy), 0.01);
      const step = Math.min(len, temp);
      p.x += p.dx / len * step; p.y += p.dy / len * step;
    }
  }
  // fit into the drawing, leaving room on the right for the labels
  const xs = nodes.map((p) => p.x), ys = nodes.map((p) => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const m = { l: 30, r: 170, t: 30, b: 30 };
  // x and y scale apart (at most 2:1), so that a wide screen is used, and never enlarge
  // a small graph beyond twice its natural size
  let sx = (W - m.l - m.r) / Math.max(x1 - x0, 1), sy = (H - m.t - m.b) / Math.max(y1 - y0, 1);
  sx = Math.min(sx, 2 * sy, 2); sy = Math.min(sy, 2 * sx, 2);
  const ox = m.l + ((W - m.l - m.r) - (x1 - x0) * sx) / 2, oy = m.t + ((H - m.t - m.b) - (y1 - y0) * sy) / 2;
  for (const p of nodes) { p.x = ox + (p.x - x0) * sx; p.y = oy + (p.y - y0) * sy; }
}

// -- map: TopoJSON country outlines, drawn with an equirectangular projection -------------

let world = null;

async function loadWorld() {
  if (world) return world;
  const [topo, countries] = await Promise.all([
    fetch("/static/countries-110m.json").then((r) => r.json()),
    api("/countries"),
  ]);
  const byNumeric = new Map(countries.countries.filter((c) => c.numeric).map((c) => [c.numeric, c.alpha3]));
  world = { shapes: topoShapes(topo, "countries").map((sh) => ({ ...sh, alpha3: byNumeric.get(sh.id) || (sh.name === "Kosovo" ? "XKX" : null) })) };
  return world;
}

function topoShapes(topo, objectName) {
  const { scale, translate } = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * scale[0] + translate[0], y * scale[1] + translate[1]]; });
  });
  const ring = (ids) => {
    const pts = [];
    for (const id of ids) {
      const arc = id < 0 ? arcs[~id].slice().reverse() : arcs[id];
      pts.push(...(pts.length ? arc.slice(1) : arc));
    }
    return pts;
  };
  return topo.objects[objectName].geometries.map((g) => {
    const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    return { id: g.id, name: (g.properties || {}).name, rings: polys.flatMap((p) => p.map(ring)) };
  });
}

// A ring that crosses the antimeridian (eastern Russia, Fiji) would draw a line across the
// whole map: move its western part past 180°E, where the drawing clips it.
function unwrap(ring) {
  const jumps = ring.some((p, i) => i && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return jumps ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

async function renderMap(filters) {
  const [w, data] = await Promise.all([loadWorld(), api("/places", filters)]);
  // Equirectangular, from 84°N to 58°S: Antarctica holds no news and would take a third of the map.
  const N = 84, S = -58, W = 960, H = Math.round(W * (N - S) / 360);
  const px = (lon) => (lon + 180) * W / 360, py = (lat) => (N - lat) * H / (N - S);
  const counts = new Map(data.countries.map((c) => [c.country, c.count]));
  const maxN = Math.max(1, ...data.countries.map((c) => c.count));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "Map of event locations" });
  svg.append(s("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  for (const sh of w.shapes) {
    if (sh.alpha3 === "ATA") continue;
    const n = counts.get(sh.alpha3) || 0;
    const d = sh.rings.map((r) => "M" + unwrap(r).map(([lon, lat]) => `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join("L") + "Z").join("");
    const attrs = { d, class: "country" + (n ? " has-events" : ""), "data-country": sh.alpha3 || "" };
    if (n) {
      attrs.style = `fill-opacity:${(0.25 + 0.75 * Math.log(1 + n) / Math.log(1 + maxN)).toFixed(2)}`;
      attrs.onclick = () => go("events", { ...filters, location_country: sh.alpha3 });
    }
    svg.append(s("path", attrs, s("title", {}, `${sh.name}${sh.alpha3 ? " (" + sh.alpha3 + ")" : ""}: ${n} event(s)`)));
  }
  const maxP = Math.max(1, ...data.points.map((p) => p.count));
  for (const p of data.points) {
    svg.append(s("circle", { cx: px(p.lon), cy: py(p.lat), r: 2.5 + 4 * Math.sqrt(p.count / maxP), class: "place" },
      s("title", {}, `${p.name}${p.country ? ", " + p.country : ""}: ${p.count} event(s)`)));
  }
  $("#map").replaceChildren(svg);
  $("#map-note").textContent = data.unplaced ? `${data.unplaced} event(s) without a place are not shown.` : "";
  $("#country-table tbody").replaceChildren(...data.countries.map((c) => h("tr", {
    class: "clickable", dataset: { country: c.country }, onclick: () => go("events", { ...filters, location_country: c.country }),
  }, h("td", {}, c.name || c.country), h("td", {}, c.country), h("td", { class: "num" }, c.count))));
}

// -- start ---------------------------------------------------------------------------------

async function init() {
  $("#f-type").append(...TYPES.map((t) => h("option", { value: t }, t)));
  fillModes("");
  $("#f-type").addEventListener("change", () => fillModes($("#f-type").value));
  $("#filters").addEventListener("submit", (e) => {
    e.preventDefault();
    const view = ["events", "timeline", "network", "map"].includes(current.view) ? current.view : "events";
    go(view, readForm());
  });
  $("#f-reset").addEventListener("click", () => go(current.view === "doc" ? "events" : current.view, {}));
  window.addEventListener("hashchange", route);
  try {
    const st = await api("/stats");
    $("#summary").textContent = `${st.events} events from ${st.documents} documents` +
      (st.failures ? ` · ${st.failures} failed` : "") +
      (st.first_date ? ` · ${st.first_date} to ${st.last_date}` : "");
    const actors = await api("/actors", { limit: 300 });
    $("#actor-list").replaceChildren(...actors.actors.map((a) => h("option", { value: a.name })));
    const codes = await api("/countries");
    $("#country-list").replaceChildren(...codes.countries.map((c) => h("option", { value: c.alpha3 }, c.name)));
  } catch (e) {
    showError(e.message);
  }
  await route();
}

init();
