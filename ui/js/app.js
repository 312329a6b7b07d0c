// DHMA interface: renders what the core computes (see ui/js/api.js for the commands).
// No scoring, SQL or business rule here. Every text comes from the core in the user's
// language; user data is always inserted as text, never as HTML.
import * as api from "./api.js";

const $ = (sel) => document.querySelector(sel);
const state = { texts: {}, lang: "en", view: "home", id: null, code: null, pending: null };
const t = (key) => state.texts[key] ?? key;

/** Creates an element: h("button", {class: "x", onclick: f}, "text", child…) */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function notify(message, { error = false, action = null, details = null } = {}) {
  const box = $("#notice");
  // The sentence, and under it, small, the raw text for support (already labelled by the core).
  box.replaceChildren(h("span", { class: "grow" }, message,
    details ? h("small", { class: "support-details" }, details) : null));
  if (action) box.append(h("button", { id: action.id ?? null, onclick: action.run }, action.label));
  box.append(h("button", { onclick: () => (box.hidden = true), "aria-label": t("ui-close") }, "×"));
  box.className = error ? "error" : "";
  box.hidden = false;
}

function failed(err) {
  notify(err && err.message ? err.message : String(err), { error: true, details: err && err.details });
}

function setSave(kind) {
  const el = $("#save-status");
  el.className = kind === "failed" ? "error" : "";
  el.dataset.state = kind || "";
  el.textContent = kind ? t(`ui-save-${kind}`) : "";
}

// ---- texts, language, direction ----------------------------------------------------

function applyTexts(ui) {
  state.texts = ui.texts;
  state.lang = ui.lang;
  document.documentElement.lang = ui.lang;
  document.documentElement.dir = ui.dir;
  document.title = t("product-name");
  $("#app-title").textContent = t("ui-app-title");
  $("#skip").textContent = t("ui-skip-to-content");
  $("#lang-label").textContent = t("ui-language");
  $("#about-button").textContent = t("ui-about");
  // The save status stays, in the new language.
  const saveState = $("#save-status").dataset.state;
  if (saveState) $("#save-status").textContent = t(`ui-save-${saveState}`);
  const sel = $("#lang-select");
  sel.replaceChildren(...ui.languages.map(([code, name]) =>
    h("option", { value: code, selected: code === ui.lang, lang: code }, name)));
}

async function changeLanguage(lang) {
  await flush();
  // A notice is a sentence in the language it was given in: it goes with the old language.
  $("#notice").hidden = true;
  applyTexts(await api.setLanguage(lang));
  await render();
}

// ---- navigation ---------------------------------------------------------------------

// The navigation buttons are made once and updated, so that focus stays where it is.
function renderNav() {
  const nav = $("#nav");
  nav.setAttribute("aria-label", t("ui-app-title"));
  if (!nav.children.length) {
    for (const view of ["home", "walk", "dashboard", "roadmap"]) {
      nav.append(h("button", { id: `nav-${view}`, onclick: () => go(view) }));
    }
  }
  for (const [view, key] of [["home", "ui-nav-home"], ["walk", "ui-nav-walk"], ["dashboard", "ui-nav-dashboard"], ["roadmap", "ui-nav-roadmap"]]) {
    const b = $(`#nav-${view}`);
    b.textContent = t(key);
    b.disabled = state.view === "recovery" || (view !== "home" && state.id === null);
    const current = state.view === view || (view === "home" && state.view === "new") ||
      (view === "dashboard" && (state.view === "conflicts" || state.view === "narratives"));
    if (current) b.setAttribute("aria-current", "page"); else b.removeAttribute("aria-current");
  }
}

async function go(view, opts = {}) {
  // A notice belongs to the screen it was given on (a failed save shows again below).
  $("#notice").hidden = true;
  await flush();
  Object.assign(state, { view }, opts);
  await render();
  // A new screen starts at its top, with the top bar and the notice in view: focus goes to
  // it for screen readers without scrolling the top bar away (it did after an import).
  $("#main").focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

async function render() {
  document.body.dataset.busy = "true";
  renderNav();
  const main = $("#main");
  try {
    if (state.view === "home") main.replaceChildren(await homeView());
    else if (state.view === "new") main.replaceChildren(await newView());
    else if (state.view === "walk") main.replaceChildren(await walkView());
    else if (state.view === "dashboard") main.replaceChildren(await dashboardView());
    else if (state.view === "conflicts") main.replaceChildren(await conflictsView());
    else if (state.view === "roadmap") main.replaceChildren(await roadmapView());
    else if (state.view === "backups") main.replaceChildren(await backupsView());
    else if (state.view === "recovery") main.replaceChildren(await recoveryView());
    else if (state.view === "projector") main.replaceChildren(await projectorView());
    else if (state.view === "changes") main.replaceChildren(await changesView());
    else if (state.view === "narratives") main.replaceChildren(await narrativesView());
    else if (state.view === "about") main.replaceChildren(await aboutView());
  } catch (e) {
    failed(e);
  }
  main.dataset.view = state.view;
  document.body.classList.toggle("presenting", state.view === "projector");
  delete document.body.dataset.busy;
}

// ---- home ---------------------------------------------------------------------------

async function homeView() {
  const items = await api.listAssessments();
  const openSample = async () => {
    try { await go("walk", { id: await api.openSample(), code: null }); } catch (e) { failed(e); }
  };
  // A `data-path` on the button (set only by the end-to-end tests) skips the dialog.
  const importFile = async (ev) => {
    try {
      const done = await api.importAssessment(ev.currentTarget.dataset.path || null);
      if (done) await imported(done);
    } catch (e) { failed(e); }
  };
  // "Move to another computer": every assessment in one file, and that file brought in.
  const moveExport = async (ev) => {
    try {
      const done = await api.moveExport(ev.currentTarget.dataset.path || null);
      if (done) notify(done.summary);
    } catch (e) { failed(e); }
  };
  const moveImport = async (ev) => {
    try {
      const done = await api.moveImport(ev.currentTarget.dataset.path || null);
      if (!done) return;
      await render();
      // Each sentence of the core on its own line, as `dhma move import` prints them.
      notify([...done.items.map((i) => i.summary), done.summary].join("\n"));
      $("#move-import")?.focus();
    } catch (e) { failed(e); }
  };
  const rows = items.map((a) => h("tr", { "data-id": a.id },
    h("td", {}, a.country), h("td", {}, a.round), h("td", { class: "nowrap date" }, a.date_label), h("td", {}, a.status_label),
    h("td", {}, progress(a.percent), a.completion_label,
      a.carried_label ? h("div", { class: "hint carried-count" }, a.carried_label) : null),
    h("td", {}, h("div", { class: "actions" },
      h("button", { class: "primary", onclick: () => go("walk", { id: a.id, code: null }) }, t("ui-home-open")),
      h("button", { onclick: () => exportFile(a.id) }, t("ui-home-export")),
      h("button", { onclick: () => exportReport(a.id) }, t("ui-report-export")),
      h("button", { class: "danger", onclick: () => remove(a) }, t("ui-home-delete"))))));
  return h("section", { "aria-labelledby": "home-title" },
    h("h1", { id: "home-title" }, t("ui-home-title")),
    h("p", { class: "intro" }, t("ui-home-intro")),
    h("div", { class: "actions" },
      h("button", { class: "primary", id: "new-assessment", onclick: () => go("new") }, t("ui-home-new")),
      h("button", { id: "open-sample", onclick: openSample }, t("ui-home-sample")),
      h("button", { id: "import-file", onclick: importFile }, t("ui-home-import")),
      h("button", { id: "open-backups", onclick: () => go("backups") }, t("ui-home-backups"))),
    items.length === 0 ? h("p", { class: "card" }, t("ui-home-empty")) :
      h("table", { id: "assessments" },
        h("thead", {}, h("tr", {}, ...["country", "round", "date", "status", "completion", "actions"]
          .map((c) => h("th", { scope: "col" }, t(`ui-home-col-${c}`))))),
        h("tbody", {}, rows)),
    h("section", { class: "card move", "aria-labelledby": "move-title" },
      h("h2", { id: "move-title" }, t("ui-move-title")),
      h("p", {}, t("ui-move-intro")),
      h("div", { class: "actions" },
        h("button", { id: "move-export", onclick: moveExport }, t("ui-move-export")),
        h("button", { id: "move-import", onclick: moveImport }, t("ui-move-import")))));
}

/**
 * After an import: a new assessment opens (on its group's blocks for a breakout file); a file
 * merged into the copy here leaves the summary, and a way to the conflicts when any wait.
 */
async function imported(done) {
  if (!done.merged) {
    await go("walk", { id: done.id, code: null });
    notify(done.summary);
    return;
  }
  await render();
  if (done.conflicts_waiting > 0) {
    notify(done.summary, { action: { id: "notice-conflicts", label: t("ui-conflicts-open"),
      run: () => go("conflicts", { id: done.id }) } });
    $("#notice-conflicts").focus();
  } else {
    notify(done.summary);
    $("#import-file")?.focus();
  }
}

function progress(percent) {
  const bar = h("span");
  bar.style.width = `${percent}%`;
  return h("span", { class: "progress", role: "presentation" }, bar);
}

/** The report as a PDF, or (`docx`) as an editable Word document (DOCX). */
async function exportReport(id, docx = false) {
  setSave(null);
  notify(t(docx ? "ui-report-docx-working" : "ui-report-working"));
  try {
    const done = await (docx ? api.exportReportDocx(id, null) : api.exportReport(id, null));
    if (done) {
      notify(done.message, { action: { label: t("ui-report-open"), run: () => api.openReport(done.path).catch(failed) } });
    } else $("#notice").hidden = true;
  } catch (e) { failed(e); }
}

async function exportHandout(id) {
  setSave(null);
  notify(t("ui-handout-working"));
  try {
    const prefill = !!$("#handout-prefill")?.checked;
    const done = await api.exportHandout(id, prefill, null);
    if (done) {
      notify(done.message, { action: { label: t("ui-handout-open"), run: () => api.openReport(done.path).catch(failed) } });
    } else $("#notice").hidden = true;
  } catch (e) { failed(e); }
}

// "Save chart…": the radar or the bars as PNG or SVG, where the user chooses (the core draws it).
async function saveChart(id, kind) {
  try {
    const done = await api.saveChart(id, kind, null);
    if (done) notify(done.message);
  } catch (e) { failed(e); }
}

// The button under a chart; its description says which chart and which formats.
function saveChartButton(kind) {
  const desc = `save-${kind}-desc`;
  return h("div", { class: "actions chart-actions" },
    h("button", { id: `save-${kind}`, "aria-describedby": desc, title: t(`ui-chart-save-${kind}`), onclick: () => saveChart(state.id, kind) }, t("ui-chart-save")),
    h("span", { id: desc, hidden: true }, t(`ui-chart-save-${kind}`)));
}

async function exportFile(id) {
  try {
    const done = await api.exportAssessment(id, null);
    if (done) notify(done.message);
  } catch (e) { failed(e); }
}

async function remove(a) {
  if (!(await ask(a.delete_question))) return;
  try {
    const done = await api.deleteAssessment(a.id);
    if (state.id === a.id) state.id = null;
    await render();
    notify(done.message, { action: { label: t("ui-undo"), run: async () => {
      try { const r = await api.restoreAssessment(done.path); notify(r.message); await render(); }
      catch (e) { failed(e); }
    } } });
  } catch (e) { failed(e); }
}

// ---- backups and recovery -------------------------------------------------------------

async function ask(question) {
  return window.__TAURI__?.dialog?.ask
    ? window.__TAURI__.dialog.ask(question, { kind: "warning" })
    : window.confirm(question);
}

// The table of backups; `onRestore(row)` restores one.
function backupsTable(view, onRestore) {
  if (view.rows.length === 0) return h("p", { class: "card" }, t("ui-backups-empty"));
  return h("table", { id: "backups" },
    h("thead", {}, h("tr", {}, ...["time", "reason", "assessments", "size"]
      .map((c) => h("th", { scope: "col" }, t(`ui-backups-col-${c}`))), h("th", { scope: "col" }, t("ui-home-col-actions")))),
    h("tbody", {}, view.rows.map((b) => h("tr", { "data-name": b.name },
      h("td", { class: "nowrap" }, b.time_label), h("td", {}, b.reason_label), h("td", { class: "num" }, b.assessments_label),
      h("td", { class: "num" }, b.size_label),
      h("td", {}, h("button", { onclick: () => onRestore(b) }, t("ui-backups-restore")))))));
}

async function restoreBackup(b) {
  if (!(await ask(b.restore_question))) return false;
  try {
    const message = await api.restoreBackup(b.name);
    state.id = null;
    state.problem = null;
    applyTexts(await api.uiTexts());
    await go("home");
    notify(message);
    await openHanded(); // a file double-clicked while the database could not be opened
    return true;
  } catch (e) { failed(e); return false; }
}

async function backupsView() {
  const view = await api.backups();
  return h("section", { "aria-labelledby": "backups-title" },
    h("h1", { id: "backups-title" }, t("ui-backups-title")),
    h("p", { class: "intro" }, view.intro),
    backupsTable(view, restoreBackup));
}

// Shown instead of everything else when the database cannot be opened: why (in the
// user's language), and the way out. The file itself is never changed.
async function recoveryView() {
  // Asked again, so that the message follows a change of language. The core says whether
  // a backup or a new file may replace the file (otherwise only retrying helps).
  const s = await api.startup();
  const problem = s.problem || state.problem;
  const unusable = s.replaceable;
  const startNew = async () => {
    if (!(await ask(t("ui-recovery-new-confirm")))) return;
    try {
      const message = await api.startNewFile();
      state.problem = null;
      await go("home");
      notify(message);
      await openHanded();
    } catch (e) { failed(e); }
  };
  const retry = async () => {
    try { await api.retryOpen(); state.problem = null; await go("home"); await openHanded(); } catch (e) { state.problem = e; failed(e); }
  };
  let view = { rows: [], intro: "" };
  try { view = await api.backups(); } catch (e) { /* no backup folder readable: only a new file or retry */ }
  return h("section", { "aria-labelledby": "recovery-title", class: "recovery" },
    h("h1", { id: "recovery-title" }, t("ui-recovery-title")),
    h("p", { class: "card error", role: "alert" }, problem.message),
    problem.details ? h("p", { class: "support-details" }, problem.details) : null,
    unusable ? h("p", {}, t("ui-recovery-choose")) : null,
    h("div", { class: "actions" },
      unusable ? h("button", { class: "primary", id: "start-new-file", onclick: startNew }, t("ui-recovery-new")) : null,
      h("button", { id: "retry-open", onclick: retry }, t("ui-recovery-retry"))),
    unusable ? h("h2", {}, t("ui-backups-title")) : null,
    unusable ? h("p", { class: "intro" }, view.intro) : null,
    unusable ? backupsTable(view, restoreBackup) : null);
}

// ---- new assessment -----------------------------------------------------------------

// Today's date on this computer's clock and time zone (not UTC: in the evening west of
// Greenwich, UTC is already tomorrow), written as the interface language writes dates
// (`date-pattern`); the core reads it back (`i18n::parse_date_input`).
function todayText() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return t("date-pattern").replace("YYYY", String(now.getFullYear()))
    .replace("MM", two(now.getMonth() + 1)).replace("DD", two(now.getDate()));
}

/** A date field: text in the interface language's format, with the format as its hint. */
function dateInput(id, hintId) {
  return h("input", { id, name: id, type: "text", class: "date-input", value: todayText(), autocomplete: "off",
    inputmode: "numeric", placeholder: t("ui-date-hint"), "aria-describedby": hintId });
}

async function newView() {
  const frameworks = await api.listFrameworks();
  const field = (id, key, input, hint) => [
    h("label", { for: id }, t(key)),
    h("div", {}, input, hint ? h("div", { class: "hint", id: `${id}-hint` }, t(hint)) : null)];
  const input = (id, type = "text", value = "", hint = null) =>
    h("input", { id, name: id, type, value, "aria-describedby": hint ? `${id}-hint` : null, required: true });
  const form = h("form", { class: "grid card", id: "new-form", novalidate: true },
    ...field("country", "ui-new-country", input("country")),
    ...field("round", "ui-new-round", input("round", "text", "", true), "ui-new-round-hint"),
    ...field("date", "ui-new-date", dateInput("date", "date-hint"), "ui-date-hint"),
    ...field("facilitator", "ui-new-facilitator", input("facilitator")),
    ...field("participants", "ui-new-participants",
      h("textarea", { id: "participants", name: "participants", "aria-describedby": "participants-hint" }),
      "ui-new-participants-hint"),
    // Radio buttons, not a list: a framework's full name wraps instead of being cut.
    ...field("framework", "ui-new-framework", h("div", { role: "radiogroup", id: "framework", class: "choices", "aria-label": t("ui-new-framework") },
      ...frameworks.map((f, i) => h("label", { class: "choice" },
        h("input", { type: "radio", name: "framework", value: `${f.id}@${f.version}`, checked: i === 0 }), " ", f.label)))),
    ...field("language", "ui-new-language", h("select", { id: "language", name: "language" },
      ...Array.from($("#lang-select").options).map((o) =>
        h("option", { value: o.value, selected: o.value === state.lang }, o.textContent)))),
    h("span"),
    h("div", { class: "actions" },
      h("button", { class: "primary", type: "submit", id: "create" }, t("ui-new-create")),
      h("button", { type: "button", onclick: () => go("home") }, t("ui-cancel"))));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const v = (id) => form.querySelector(`#${id}`).value;
    const [framework_id, framework_version] = (form.querySelector('input[name="framework"]:checked')?.value ?? "@").split("@");
    try {
      const id = await api.createAssessment({
        country: v("country"), round: v("round"), date: v("date"), facilitator: v("facilitator"),
        participants: v("participants"), framework_id, framework_version, language: v("language"),
      });
      $("#notice").hidden = true;
      await go("walk", { id, code: null });
    } catch (e) {
      failed(e);
      // The core names a required field that is empty: take the person there.
      if (e && e.code === "required") form.querySelector(`#${CSS.escape(e.args.field)}`)?.focus();
    }
  });
  return h("section", {}, h("h1", {}, t("ui-new-title")), form);
}

// ---- walk ---------------------------------------------------------------------------

async function walkView() {
  const walk = await api.walk(state.id);
  // A breakout group's copy opens on the group's first block.
  if (!state.code) state.code = walk.breakout?.first_indicator ?? walk.blocks[0].indicators[0].code;
  const groupBlocks = new Set(walk.breakout?.blocks ?? []);
  const [view, spread, people, groups] = await Promise.all([api.indicator(state.id, state.code),
    api.spread(state.id, state.code), api.participants(state.id), api.groups(state.id)]);
  const side = h("nav", { class: "side", "aria-label": t("ui-walk-blocks") },
    h("div", { class: "completion", id: "completion" }, walk.completion_label),
    ...walk.blocks.map((b) => [
      h("h2", { class: groupBlocks.has(b.id) ? "group-block" : null }, b.name),
      h("ol", {}, ...b.indicators.map((i) => h("li", {},
        h("button", {
          "aria-current": i.code === state.code ? "true" : null, "data-code": i.code,
          onclick: () => go("walk", { code: i.code }),
        },
          h("span", { class: `mark ${i.state}`, "aria-hidden": "true" }, i.mark),
          h("span", { class: "code" }, i.code),
          h("span", {}, i.title, h("span", { class: "sr-only" }, i.state_note)),
          i.carried ? h("span", { class: "carried-badge", title: i.carried, "aria-hidden": "true" }, "↻") : null))))]));
  const page = indicatorPage(view, walk);
  page.querySelector(".pager").before(ratingsSection(view, spread, people, groups, walk));
  const walkGrid = h("div", { class: "walk" }, side, page);
  // Which assessment is open, above everything else of the walk.
  const head = h("p", { class: "walk-title", id: "walk-title" }, walk.title);
  if (!walk.breakout) return h("div", {}, head, walkGrid);
  return h("div", {}, head,
    h("p", { class: "breakout-banner", id: "breakout-banner", role: "note" }, walk.breakout.banner), walkGrid);
}

// ---- workshop: ratings of the room, spread, agreed phase, dissent ---------------------

const raterKey = (r) => JSON.stringify(r);
const phaseText = (p) => (p === "NA" ? "N" : p == null ? "" : String(p));

/** One bar; its height is set through the style object (the CSP forbids style attributes). */
function bar(percent) {
  const el = h("span", { class: "bar", "aria-hidden": "true" });
  el.style.height = `${percent}%`;
  return el;
}

/** The distribution bar: one column per phase and NA, its height the count. */
function distribution(sv) {
  const most = Math.max(1, ...sv.bars.map((b) => b.count));
  return h("figure", { class: "distribution", "aria-labelledby": "distribution-title" },
    h("figcaption", { id: "distribution-title", class: "sr-only" }, t("ui-workshop-distribution")),
    h("ol", {}, ...sv.bars.map((b) => h("li", { "data-value": b.value, "aria-label": b.spoken },
      h("span", { class: "count", "aria-hidden": "true" }, String(b.count)),
      bar(Math.round((b.count / most) * 100)),
      h("span", { class: "value", "aria-hidden": "true" }, b.short)))));
}

/** What the spread says: summary, discuss flag, proposed phase. */
function spreadFacts(sv) {
  return h("div", { class: "spread-facts", id: "spread-facts", "aria-live": "polite" },
    distribution(sv),
    h("p", { id: "spread-summary" }, sv.summary),
    sv.discuss_label ? h("p", { class: "discuss", id: "discuss-flag" }, sv.discuss_label) : null,
    sv.proposed_label ? h("p", { id: "proposed" }, sv.proposed_label) : null);
}

function ratingsSection(v, sv, people, groups = [], walk = null) {
  const locked = v.locked;
  const code = v.code;
  const section = h("section", { class: "ratings", "aria-labelledby": "ratings-title" });
  const mine = new Map(sv.ratings.map((r) => [raterKey(r.rater), r]));
  let facts = spreadFacts(sv);
  const refresh = (next) => {
    const fresh = spreadFacts(next);
    facts.replaceWith(fresh);
    facts = fresh;
    // Rebuild the agree and dissent parts; the grid keeps its focus and values.
    section.querySelector("#agree-part").replaceWith(agreePart(v, next, refresh));
    section.querySelector("#dissent-part").replaceWith(dissentPart(v, next, people, refresh));
  };
  // The phase typed in a cell as the core takes it ("N" is not applicable).
  const phaseOf = (text) => (text === "N" ? "NA" : /^[1-5]$/.test(text) ? Number(text) : null);
  const store = async (input, rater, value, comment) => {
    setSave("saving");
    try {
      const next = value === null
        ? await api.clearRating(state.id, code, rater)
        : await api.setRating(state.id, { indicator: code, rater, phase: value, comment: comment.value });
      input.value = phaseText(value);
      input.dataset.saved = input.value;
      // A comment belongs to a rating: without one it is cleared and waits for a phase.
      if (value === null) comment.value = "";
      comment.dataset.saved = comment.value;
      comment.disabled = locked || value === null;
      setSave("saved");
      refresh(next);
    } catch (e) {
      input.value = input.dataset.saved;
      comment.value = comment.dataset.saved;
      setSave("failed");
      failed(e);
    }
  };
  const cells = [];
  const move = (i, d) => cells[Math.min(cells.length - 1, Math.max(0, i + d))]?.focus();
  // A row per participant, then one per group (a group rates as one voice).
  const raters = [...people.map((name) => ({ participant: name })), ...groups.map((g) => ({ group: g.name }))];
  const rows = raters.map((rater, i) => {
    const name = rater.participant ?? rater.group;
    const current = mine.get(raterKey(rater));
    const id = `rating-${i}`;
    const input = h("input", { type: "text", id, class: "rating-cell", inputmode: "numeric", maxlength: 1,
      autocomplete: "off", disabled: locked, "aria-describedby": "rating-keys",
      "data-rater": rater.participant ?? null, "data-group": rater.group ?? null });
    input.value = phaseText(current?.phase);
    input.dataset.saved = input.value;
    const comment = h("input", { type: "text", id: `${id}-comment`, class: "rating-comment", dir: "auto",
      autocomplete: "off", disabled: locked || !current, "aria-labelledby": `${id}-name col-comment` });
    comment.value = current?.comment ?? "";
    comment.dataset.saved = comment.value;
    comment.addEventListener("change", () => {
      const phase = phaseOf(input.value);
      if (phase !== null && comment.value !== comment.dataset.saved) store(input, rater, phase, comment);
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (/^[1-5]$/.test(ev.key)) { ev.preventDefault(); store(input, rater, Number(ev.key), comment); }
      else if (ev.key === "n" || ev.key === "N") { ev.preventDefault(); store(input, rater, "NA", comment); }
      else if (ev.key === "Delete" || ev.key === "Backspace") {
        ev.preventDefault();
        if (input.value) store(input, rater, null, comment);
      } else if (ev.key === "ArrowDown") { ev.preventDefault(); move(i, 1); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); move(i, -1); }
      else if (ev.key.length === 1) ev.preventDefault();
    });
    cells.push(input);
    return h("tr", { class: rater.group ? "group-row" : null }, h("th", { scope: "row" }, h("label", { for: id, id: `${id}-name` }, name,
      rater.group ? h("span", { class: "hint" }, " ", t("ui-group-tag")) : null)), h("td", {}, input), h("td", {}, comment));
  });
  section.append(
    h("div", { class: "actions" }, h("h2", { id: "ratings-title", class: "grow" }, t("ui-workshop-ratings")),
      h("button", { id: "ratings-import", disabled: locked, onclick: (ev) => previewRatings(section, ev.currentTarget.dataset.path || null) }, t("ui-ratings-import")),
      h("button", { id: "projector-open", onclick: () => go("projector", { highlight: null }) }, t("ui-projector-open"))),
    h("div", { id: "ratings-preview", hidden: true }),
    h("div", { class: "ratings-grid" },
      h("div", {},
        h("h3", {}, t("ui-workshop-by-person")),
        h("p", { class: "hint", id: "rating-keys" }, t("ui-workshop-rating-keys")),
        h("table", { class: "rating-table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui-workshop-participant")),
            h("th", { scope: "col" }, t("ui-workshop-rating")),
            h("th", { scope: "col", id: "col-comment" }, t("ui-workshop-comment")))),
          h("tbody", {}, ...rows))),
      tallyPart(v, sv, refresh),
      facts),
    agreePart(v, sv, refresh),
    dissentPart(v, sv, people, refresh),
    walk ? groupsPart(v, people, groups, walk) : null);
  return section;
}

/**
 * "Import ratings…": the core picks the CSV and checks it whole; the preview says what would
 * be stored (or the refusal, with its line number) and nothing is stored until confirmed.
 * A `data-path` on the button (set only by the end-to-end tests) skips the dialog.
 */
async function previewRatings(section, path = null) {
  const box = section.querySelector("#ratings-preview");
  const show = (...children) => {
    box.replaceChildren(h("h3", { id: "ratings-preview-title" }, t("ui-ratings-preview-title")), ...children);
    box.hidden = false;
    box.querySelector("button")?.focus();
  };
  const close = () => { box.hidden = true; box.replaceChildren(); section.querySelector("#ratings-import").focus(); };
  let p;
  try {
    p = await api.previewRatingsImport(state.id, path);
  } catch (e) {
    show(h("p", { class: "error", id: "ratings-preview-error", role: "alert" }, e && e.message ? e.message : String(e),
      e && e.details ? h("small", { class: "support-details" }, e.details) : null),
      h("div", { class: "actions" }, h("button", { id: "ratings-preview-cancel", onclick: close }, t("ui-cancel"))));
    return;
  }
  if (!p) return;
  const confirm = async () => {
    try {
      const message = await api.importRatings(state.id, p.path);
      await render();
      notify(message);
    } catch (e) {
      failed(e);
    }
  };
  show(h("p", { id: "ratings-preview-summary" }, p.summary),
    h("p", { id: "ratings-preview-new" }, p.added_label ?? t("ui-ratings-preview-known")),
    h("div", { class: "actions" },
      h("button", { id: "ratings-preview-confirm", class: "primary", onclick: confirm }, t("ui-ratings-confirm")),
      h("button", { id: "ratings-preview-cancel", onclick: close }, t("ui-cancel"))));
}

/** Breakout groups: each with its members and, optionally, the blocks it scores. */
function groupsPart(v, people, groups, walk) {
  const blockName = new Map(walk.blocks.map((b) => [b.id, b.name]));
  const name = h("input", { type: "text", id: "group-name", autocomplete: "off", required: true, disabled: v.locked });
  const box = (kind, value, label, i) => h("label", { class: "check" },
    h("input", { type: "checkbox", id: `group-${kind}-${i}`, "data-value": value, disabled: v.locked }), " ", label);
  const members = h("fieldset", { id: "group-members" }, h("legend", {}, t("ui-group-members")),
    ...people.map((p, i) => box("member", p, p, i)));
  const blocks = h("fieldset", { id: "group-blocks" }, h("legend", {}, t("ui-group-blocks")),
    ...walk.blocks.map((b, i) => box("block", b.id, b.name, i)));
  const checked = (set) => Array.from(set.querySelectorAll("input:checked")).map((c) => c.dataset.value);
  const create = async (ev) => {
    ev.preventDefault();
    try {
      await api.saveGroup(state.id, null, { name: name.value, members: checked(members), blocks: checked(blocks) });
      await render();
    } catch (e) { failed(e); }
  };
  const remove = async (g) => {
    try { await api.deleteGroup(state.id, g.name); await render(); } catch (e) { failed(e); }
  };
  return h("details", { id: "groups-part", class: "groups", open: groups.length > 0 ? true : null },
    h("summary", {}, h("h3", {}, t("ui-groups"))),
    groups.length === 0 ? h("p", { class: "muted" }, t("ui-group-none")) :
      h("ul", { class: "group-list" }, ...groups.map((g) => h("li", { "data-group": g.name },
        h("strong", {}, g.name), " ",
        h("ul", { class: "chips", "aria-label": t("ui-group-members") }, ...g.members.map((m) => h("li", {}, m))),
        g.blocks.length ? h("ul", { class: "chips", "aria-label": t("ui-group-blocks") },
          ...g.blocks.map((b) => h("li", {}, blockName.get(b) ?? b))) : null,
        h("button", { class: "danger", disabled: v.locked, onclick: () => remove(g) }, t("ui-group-delete"))))),
    h("form", { id: "group-form", onsubmit: create },
      h("label", { for: "group-name" }, t("ui-group-name")), name, members, blocks,
      h("button", { type: "submit", id: "group-create", disabled: v.locked }, t("ui-group-create"))));
}

/** Anonymous cards counted per phase and NA; each change replaces the indicator's tally. */
function tallyPart(v, sv, refresh) {
  const cards = sv.ratings.filter((r) => r.rater === "anonymous");
  const count = (value) => cards.filter((r) => String(r.phase) === value).length;
  const inputs = sv.bars.map((b) => {
    const input = h("input", { type: "number", min: 0, max: 999, id: `tally-${b.value}`, class: "tally-cell",
      value: count(b.value), disabled: v.locked, "aria-describedby": "tally-hint" });
    return [b, input];
  });
  const store = async () => {
    const n = (i) => Math.max(0, Math.floor(Number(inputs[i][1].value) || 0));
    setSave("saving");
    try {
      const next = await api.setTally(state.id, v.code,
        { phases: [0, 1, 2, 3, 4].map(n), not_applicable: n(5) });
      setSave("saved");
      refresh(next);
    } catch (e) { setSave("failed"); failed(e); }
  };
  for (const [, input] of inputs) input.addEventListener("change", store);
  return h("div", { class: "tally", id: "tally" },
    h("h3", {}, t("ui-workshop-by-tally")),
    h("p", { class: "hint", id: "tally-hint" }, t("ui-workshop-tally-hint")),
    h("div", { class: "row" }, ...inputs.map(([b, input]) =>
      h("div", {}, h("label", { for: input.id }, b.label), input))));
}

function agreePart(v, sv, refresh) {
  const locked = v.locked;
  const choice = h("select", { id: "agreed-phase", disabled: locked },
    h("option", { value: "" }, t("ui-workshop-agreed-none")),
    ...sv.bars.map((b) => h("option", { value: b.value,
      selected: String(sv.agreed ?? sv.proposed ?? "") === b.value }, b.label)));
  const note = h("textarea", { id: "consensus-note", disabled: locked,
    "aria-describedby": sv.needs_note || sv.spread.discuss ? "note-required" : null });
  note.value = sv.note ?? "";
  const agree = async () => {
    const value = choice.value === "" ? null : choice.value === "NA" ? "NA" : Number(choice.value);
    setSave("saving");
    try {
      const next = await api.agreePhase(state.id, v.code, value, note.value.trim() ? note.value : null);
      setSave("saved");
      const radio = document.querySelector(`input[name="current"][value="${value ?? ""}"]`);
      document.querySelectorAll('input[name="current"]').forEach((r) => { r.checked = r === radio; });
      if (state.answer) state.answer.current = value;
      refresh(next);
      $("#agree")?.focus();
      // An answer carried over from the last round is reviewed once agreed: show the mark
      // as the core now has it.
      if (state.answer?.carried) {
        const page = await api.indicator(state.id, v.code);
        if (!page.carried) {
          state.answer.carried = false;
          $("#carried-note")?.remove();
          document.querySelector(`.side button[data-code="${CSS.escape(v.code)}"] .carried-badge`)?.remove();
        }
      }
    } catch (e) {
      setSave("failed");
      failed(e);
      // A carried-over phase agreed otherwise: the note of what changed is asked for first.
      if (e && e.code === "change-note-required") {
        const box = $("#change-note-box");
        if (box) { box.hidden = false; box.querySelector("textarea").focus(); }
      }
    }
  };
  return h("div", { id: "agree-part", class: "agree" },
    h("h3", {}, h("label", { for: "agreed-phase" }, t("ui-workshop-agreed"))),
    h("div", { class: "row" }, choice,
      h("button", { id: "agree", class: "primary", disabled: locked, onclick: agree }, t("ui-workshop-agree"))),
    h("label", { for: "consensus-note" }, t("ui-workshop-note")), note,
    sv.needs_note || sv.spread.discuss
      ? h("div", { class: "hint", id: "note-required" }, t("ui-workshop-note-required")) : null);
}

function dissentPart(v, sv, people, refresh) {
  const locked = v.locked;
  const who = h("select", { id: "dissent-who", disabled: locked },
    ...people.map((n) => h("option", { value: n }, n)));
  const reason = h("input", { type: "text", id: "dissent-reason", disabled: locked });
  const add = async (ev) => {
    ev.preventDefault();
    if (!reason.value.trim()) { reason.focus(); return; }
    try {
      const next = await api.recordDissent(state.id,
        { indicator: v.code, rater: { participant: who.value }, reason: reason.value });
      setSave("saved");
      refresh(next);
      $("#dissent-reason")?.focus();
    } catch (e) { failed(e); }
  };
  return h("div", { id: "dissent-part" },
    h("h3", {}, t("ui-workshop-dissent")),
    sv.dissents.length === 0 ? h("p", { class: "muted" }, t("ui-workshop-dissent-none")) :
      h("ul", { class: "dissents" }, ...sv.dissents.map((d) => h("li", {},
        h("strong", {}, d.who), " ", h("span", { class: "reason" }, d.reason), " ",
        locked ? null : h("button", { class: "danger", onclick: async () => {
          try { refresh(await api.removeDissent(state.id, v.code, d.rater)); $("#dissent-who")?.focus(); }
          catch (e) { failed(e); }
        } }, t("ui-workshop-dissent-remove"))))),
    locked ? null : h("form", { class: "row", onsubmit: add },
      h("div", {}, h("label", { for: "dissent-who" }, t("ui-workshop-dissent-who")), who),
      h("div", {}, h("label", { for: "dissent-reason" }, t("ui-workshop-dissent-reason")), reason),
      h("div", {}, h("span", {}, " "), h("button", { type: "submit", id: "dissent-add" }, t("ui-workshop-dissent-add")))));
}

function indicatorPage(v, walk) {
  const r = structuredClone(v.response);
  state.answer = r; // updated with the answer as the core stored it (see flush)
  const locked = v.locked;
  const save = (immediate = true) => schedule(r, immediate);
  // Which NA the team means (not applicable, or data missing): asked once NA is chosen; the
  // core clears it when a phase is saved.
  const naReason = (value) => h("label", { class: "na-option" },
    h("input", { type: "radio", name: "na-reason", value, checked: r.na_reason === value, disabled: locked,
      onchange: () => { r.na_reason = value; save(); } }),
    t(`ui-walk-na-${value}`));
  const naWhich = h("fieldset", { id: "na-which", class: "na-which", hidden: r.current !== "NA" },
    h("legend", {}, t("ui-walk-na-which")), naReason("not-applicable"), naReason("not-available"));
  const clearNa = () => {
    r.na_reason = null;
    naWhich.hidden = true;
    naWhich.querySelectorAll("input").forEach((i) => { i.checked = false; });
  };
  const phaseCards = h("div", { class: "phases" }, ...v.phases.map((p) => h("label", { class: "phase" },
    h("input", { type: "radio", name: "current", value: p.phase, checked: r.current === p.phase, disabled: locked,
      onchange: () => { r.current = p.phase; clearNa(); save(); } }),
    h("span", { class: "name" }, p.name), h("span", {}, p.text))));
  const na = h("label", { class: "na-option" },
    h("input", { type: "radio", name: "current", value: "NA", checked: r.current === "NA", disabled: locked,
      onchange: () => { r.current = "NA"; naWhich.hidden = false; save(); } }),
    t("ui-walk-not-applicable"));
  const target = h("select", { id: "target", disabled: locked, onchange: (e) => { r.target = e.target.value ? Number(e.target.value) : null; save(); } },
    h("option", { value: "" }, t("ui-walk-target-none")),
    ...v.phases.map((p) => h("option", { value: p.phase, selected: r.target === p.phase }, p.name)));
  const year = h("input", { id: "target-year", type: "number", min: 2000, max: 2100, value: r.target_year ?? "", disabled: locked,
    onchange: (e) => { r.target_year = e.target.value ? Number(e.target.value) : null; save(); } });
  const rationale = h("textarea", { id: "rationale", "aria-describedby": "rationale-hint", disabled: locked,
    oninput: (e) => { r.rationale = e.target.value; save(false); }, onblur: () => flush() });
  rationale.value = r.rationale ?? "";
  const confidence = h("select", { id: "confidence", disabled: locked, onchange: (e) => { r.confidence = e.target.value || null; save(); } },
    h("option", { value: "" }, t("ui-walk-confidence-none")),
    ...["low", "medium", "high"].map((c) => h("option", { value: c, selected: r.confidence === c }, t(`confidence-${c}`))));
  // An answer carried over from the last round: its mark and "Reviewed, no change"; the
  // note of what changed, shown once there is one or when the core asks for it.
  const reviewed = async () => {
    await flush();
    try {
      const saved = await api.markReviewed(state.id, v.code);
      showSaved(v.code, saved);
      setSave("saved");
      $("#phase-keys")?.focus();
    } catch (e) { failed(e); }
  };
  const carried = v.carried && !locked ? h("p", { class: "carried-note", id: "carried-note" },
    h("span", { class: "carried-label" }, v.carried), " ",
    h("button", { id: "mark-reviewed", onclick: reviewed }, t("ui-walk-reviewed"))) : null;
  const note = h("textarea", { id: "change-note", dir: "auto", disabled: locked,
    oninput: (e) => { r.change_note = e.target.value; if (e.target.value.trim()) save(false); }, onblur: () => flush() });
  note.value = r.change_note ?? "";
  const noteBox = h("div", { id: "change-note-box", class: "change-note", hidden: !r.change_note },
    h("h2", {}, h("label", { for: "change-note" }, t("ui-walk-change-note"))), note,
    locked ? null : h("div", { class: "actions" },
      h("button", { type: "button", id: "change-note-save", onclick: () => { if (note.value.trim()) save(); else note.focus(); } },
        t("ui-walk-change-note-save"))));
  const evTitle = h("input", { type: "text", id: "evidence-title", disabled: locked });
  const evRef = h("input", { type: "text", id: "evidence-reference", disabled: locked });
  const addEvidence = async (ev) => {
    ev.preventDefault();
    if (!evTitle.value.trim()) { evTitle.focus(); return; }
    try {
      await api.addEvidence(state.id, { indicator: v.code, title: evTitle.value, reference: evRef.value });
      setSave("saved");
      await render();
      $("#evidence-title")?.focus();
    } catch (e) { failed(e); }
  };
  return h("article", { class: "page card", "aria-labelledby": "indicator-title", "data-code": v.code },
    h("div", { class: "block-name" }, v.block_name),
    h("h1", { id: "indicator-title" }, h("span", { class: "code" }, v.code), v.title),
    locked ? h("p", { class: "locked-note" }, t("ui-walk-locked")) : null,
    v.scored ? null : h("p", { class: "sub-note" }, t("ui-walk-sub-indicator")),
    h("p", { class: "question", id: "question" }, v.question),
    h("details", { class: "guidance" }, h("summary", {}, t("ui-walk-guidance")), h("p", {}, v.guidance),
      h("h3", { class: "muted", id: "examples-title" }, t("ui-walk-evidence-examples")),
      h("ul", { class: "muted examples", "aria-labelledby": "examples-title" }, ...v.evidence_examples.map((e) => h("li", {}, e)))),
    carried,
    h("fieldset", { role: "radiogroup", "aria-describedby": "phase-keys" },
      h("legend", {}, t("ui-walk-current")),
      h("p", { class: "hint", id: "phase-keys", tabindex: "-1" }, t("ui-walk-phase-keys")),
      phaseCards, na),
    naWhich,
    noteBox,
    h("div", { class: "row" },
      h("div", {}, h("label", { for: "target" }, t("ui-walk-target")), target),
      h("div", {}, h("label", { for: "target-year" }, t("ui-walk-target-year")), year),
      h("div", {}, h("label", { for: "confidence" }, t("ui-walk-confidence")), confidence)),
    h("h2", {}, h("label", { for: "rationale" }, t("ui-walk-rationale"))),
    rationale, h("div", { class: "hint", id: "rationale-hint" }, t("ui-walk-rationale-hint")),
    h("h2", {}, t("ui-walk-evidence")),
    v.evidence.length === 0 ? h("p", { class: "muted" }, t("ui-walk-evidence-none")) :
      h("ul", { class: "evidence" }, ...v.evidence.map((e) => h("li", {}, e.label, " ",
        locked ? null : h("button", { class: "danger", onclick: async () => {
          try { await api.removeEvidence(state.id, e.row); await render(); } catch (err) { failed(err); }
        } }, t("ui-walk-evidence-remove"))))),
    locked ? null : h("form", { class: "row", onsubmit: addEvidence },
      h("div", {}, h("label", { for: "evidence-title" }, t("ui-walk-evidence-title")), evTitle),
      h("div", {}, h("label", { for: "evidence-reference" }, t("ui-walk-evidence-reference")), evRef),
      h("div", {}, h("span", {}, " "), h("button", { type: "submit" }, t("ui-walk-evidence-add")))),
    h("div", { class: "pager" },
      h("button", { id: "previous", disabled: !v.previous, onclick: () => go("walk", { code: v.previous }) }, t("ui-walk-previous")),
      h("button", { id: "next", class: "primary", disabled: !v.next, onclick: () => go("walk", { code: v.next }) }, t("ui-walk-next"))));
}

// Autosave: choices are stored at once, typing after a short pause; a pending save is
// flushed before any navigation, language change or window close.
function schedule(response, immediate) {
  state.pending = { id: state.id, response: structuredClone(response) };
  clearTimeout(state.timer);
  setSave("saving");
  if (immediate) flush();
  else state.timer = setTimeout(flush, 500);
}

async function flush() {
  await flushNarratives();
  clearTimeout(state.timer);
  const p = state.pending;
  if (!p) return;
  state.pending = null;
  try {
    const saved = await api.saveResponse(p.id, p.response);
    if (!state.pending) setSave("saved");
    showSaved(p.response.indicator, saved);
    // The refusal that asked for the note of what changed is answered now.
    if (state.noteAsked === p.response.indicator) { state.noteAsked = null; $("#notice").hidden = true; }
    // The core may have changed the answer (not applicable has no target): show what it stored.
    const shown = state.answer;
    if (!state.pending && shown && shown.indicator === saved.response.indicator) {
      shown.target = saved.response.target;
      shown.target_year = saved.response.target_year;
      const target = $("#target");
      if (target) target.value = shown.target ?? "";
      const year = $("#target-year");
      if (year) year.value = shown.target_year ?? "";
    }
  } catch (e) {
    // The change stays on screen and is tried again with the next change.
    state.pending = state.pending ?? p;
    setSave("failed");
    failed(e);
    // A carried-over phase changed: the core wants to know what changed first.
    if (e && e.code === "change-note-required" && state.answer?.indicator === p.response.indicator) {
      state.noteAsked = p.response.indicator;
      const box = $("#change-note-box");
      if (box) { box.hidden = false; box.querySelector("textarea").focus(); }
    }
  }
}

// The walk's mark of an indicator, the completion and the carried-over mark, as the core
// says after a save or a review.
function showSaved(code, saved) {
  const c = $("#completion");
  if (c) c.textContent = saved.completion_label;
  const button = document.querySelector(`.side button[data-code="${CSS.escape(code)}"]`);
  const mark = button?.querySelector(".mark");
  if (mark) {
    mark.className = `mark ${saved.state}`;
    mark.textContent = saved.mark;
    const label = button.querySelector(".sr-only");
    if (label) label.textContent = saved.state_note;
  }
  if (!saved.carried) {
    button?.querySelector(".carried-badge")?.remove();
    if (state.answer?.indicator === code) {
      state.answer.carried = false;
      $("#carried-note")?.remove();
    }
  }
}

// ---- projector: the current indicator for the room, no names ----------------------

async function projectorView() {
  const [v, sv] = await Promise.all([api.indicator(state.id, state.code), api.spread(state.id, state.code)]);
  state.projected = { previous: v.previous, next: v.next };
  const rated = sv.spread.count + sv.spread.not_applicable > 0;
  const card = (value, name, text) => h("li", { class: value === state.highlight ? "lit" : null, "data-value": value },
    h("span", { class: "name" }, name), text ? h("span", { class: "text" }, text) : null);
  const lang = h("select", { id: "projector-lang", "aria-label": t("ui-language"),
    onchange: (e) => changeLanguage(e.target.value) },
    ...Array.from($("#lang-select").options).map((o) =>
      h("option", { value: o.value, lang: o.value, selected: o.value === state.lang }, o.textContent)));
  return h("section", { id: "projector", class: "projector", "data-code": v.code, "aria-labelledby": "projector-title" },
    h("div", { class: "projector-bar" },
      h("p", { class: "hint grow" }, t("ui-projector-keys")), lang,
      h("button", { id: "projector-leave", onclick: () => go("walk") }, t("ui-projector-leave"))),
    h("h1", { id: "projector-title" }, h("span", { class: "code" }, v.code), " ", v.title),
    h("p", { class: "question" }, v.question),
    // The room's anonymous distribution first, so that it is seen without scrolling.
    rated ? h("div", { class: "projector-spread" }, distribution(sv), h("p", {}, sv.summary)) : null,
    h("ol", { class: "projector-phases", "aria-live": "polite" },
      ...v.phases.map((p) => card(String(p.phase), p.name, p.text)),
      card("NA", t("ui-walk-not-applicable"), null)));
}

function projectorKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if ((ev.target.tagName || "").toLowerCase() === "select") return;
  const rtl = document.documentElement.dir === "rtl";
  const p = state.projected || {};
  let to;
  if (ev.key === "Escape") { ev.preventDefault(); go("walk"); return; }
  if (ev.key === "ArrowDown" || ev.key === "PageDown") to = p.next;
  else if (ev.key === "ArrowUp" || ev.key === "PageUp") to = p.previous;
  else if (ev.key === "ArrowRight") to = rtl ? p.previous : p.next;
  else if (ev.key === "ArrowLeft") to = rtl ? p.next : p.previous;
  else {
    let value = null;
    if (/^[1-5]$/.test(ev.key)) value = ev.key;
    else if (ev.key === "n" || ev.key === "N") value = "NA";
    if (value === null) return;
    ev.preventDefault();
    // Points the room to a phase; nothing is recorded.
    state.highlight = value;
    document.querySelectorAll(".projector-phases li").forEach((li) =>
      li.classList.toggle("lit", li.dataset.value === value));
    return;
  }
  ev.preventDefault();
  if (to) go("projector", { code: to, highlight: null });
}

function onKey(ev) {
  if (state.view === "projector") { projectorKey(ev); return; }
  if (state.view !== "walk" || ev.ctrlKey || ev.metaKey) return;
  const tag = (ev.target.tagName || "").toLowerCase();
  const typing = ["textarea", "select"].includes(tag) || (tag === "input" && ev.target.type !== "radio");
  // Next and previous indicator: Page Down / Page Up outside a text field, Alt+arrow anywhere
  // (the arrow that points forward in the reading direction: ← in Arabic).
  const rtl = document.documentElement.dir === "rtl";
  const forward = rtl ? "ArrowLeft" : "ArrowRight";
  const back = rtl ? "ArrowRight" : "ArrowLeft";
  let step = null;
  if (ev.altKey && !ev.shiftKey && ev.key === forward) step = "#next";
  else if (ev.altKey && !ev.shiftKey && ev.key === back) step = "#previous";
  else if (!ev.altKey && !ev.shiftKey && !typing && ev.key === "PageDown") step = "#next";
  else if (!ev.altKey && !ev.shiftKey && !typing && ev.key === "PageUp") step = "#previous";
  if (step) {
    const button = document.querySelector(`.pager ${step}`);
    if (button) {
      ev.preventDefault();
      if (!button.disabled) button.click();
    }
    return;
  }
  if (ev.altKey || typing) return;
  let value = null;
  if (/^[1-5]$/.test(ev.key)) value = ev.key;
  else if (ev.key === "n" || ev.key === "N") value = "NA";
  if (value === null) return;
  const radio = document.querySelector(`input[name="current"][value="${value}"]`);
  if (radio && !radio.disabled) {
    ev.preventDefault();
    radio.checked = true;
    radio.dispatchEvent(new Event("change"));
    radio.focus();
  }
}

// ---- dashboard ----------------------------------------------------------------------

async function dashboardView() {
  const [d, discuss, groups] = await Promise.all([api.dashboard(state.id), api.toDiscuss(state.id), api.groups(state.id)]);
  const chart = h("figure", { class: "card", id: "radar" });
  const holder = h("div");
  holder.innerHTML = d.radar_svg; // drawn by the core; every label in it is escaped there
  // The chart's title, scale and legend (previous round included) are drawn by the core in the SVG.
  chart.append(holder, saveChartButton("radar"), h("figcaption", { class: "hint" }, t("ui-dash-gap-note")));
  const bars = h("div", { class: "bars-holder" });
  bars.innerHTML = d.bars_svg; // drawn by the core; labels escaped there
  chart.append(bars, saveChartButton("bars"));
  let spreads = null;
  if (d.spreads_svg) {
    const spreadHolder = h("div", { class: "spreads-holder" });
    spreadHolder.innerHTML = d.spreads_svg; // drawn by the core; codes escaped there
    spreads = h("figure", { class: "card", id: "spreads", "aria-labelledby": "spreads-title" },
      h("h2", { id: "spreads-title" }, t("ui-dash-spread")), spreadHolder,
      h("figcaption", { class: "hint" }, t("ui-dash-spread-legend")));
  }
  const row = (r, cls) => h("tr", { class: cls },
    h("th", { scope: "row" }, r.name), h("td", { class: "num" }, r.mean_label), h("td", { class: "num" }, r.phase_label),
    h("td", { class: "num" }, r.target_label), h("td", {}, r.scored));
  const io = exportAndAnswers(Boolean(d.finalised));
  return h("section", {},
    h("h1", {}, d.heading),
    d.conflicts_label ? h("div", { class: "card conflicts-waiting", id: "conflicts-waiting" },
      h("span", { class: "grow" }, d.conflicts_label),
      h("button", { class: "primary", id: "open-conflicts", onclick: () => go("conflicts") }, t("ui-conflicts-open"))) : null,
    h("div", { class: "actions" }, h("button", { class: "primary", id: "export-report", onclick: () => exportReport(state.id) }, t("ui-report-export")),
      h("button", { id: "export-report-docx", onclick: () => exportReport(state.id, true) }, t("ui-report-export-docx")),
      d.previous ? h("button", { id: "open-changes", onclick: () => go("changes") }, t("ui-changes-open")) : null,
      h("button", { id: "open-narratives", onclick: () => go("narratives") }, t("ui-narratives-open")),
      ...io.buttons,
      groupExport(groups)),
    h("div", { class: "actions", id: "handout" },
      h("button", { id: "print-handout", title: t("ui-handout-hint"), onclick: () => exportHandout(state.id) }, t("ui-handout-export")),
      d.previous ? h("label", {}, h("input", { type: "checkbox", id: "handout-prefill" }), " ", t("ui-handout-prefill")) : null),
    ...io.panels,
    h("div", { class: "dash" }, chart,
      h("div", {}, spreads,
        h("table", { id: "scores" },
          h("caption", { class: "muted" }, t("ui-dash-table")),
          h("thead", {}, h("tr", {}, ...["block", "mean", "phase", "target", "scored"].map((c) => h("th", { scope: "col" }, t(`ui-dash-col-${c}`))))),
          h("tbody", {}, ...d.rows.map((r) => row(r)), row(d.overall, "total"))),
        d.target_note ? h("p", { class: "hint", id: "target-note" }, d.target_note) : null,
        h("h2", { id: "to-discuss-title" }, t("ui-workshop-to-discuss")),
        discuss.length === 0 ? h("p", { class: "muted", id: "to-discuss-none" }, t("ui-workshop-to-discuss-none")) :
          h("ol", { id: "to-discuss", class: "to-discuss", "aria-labelledby": "to-discuss-title" },
            ...discuss.map((s) => h("li", {},
              h("a", { href: "#", "data-code": s.indicator, onclick: (ev) => { ev.preventDefault(); go("walk", { code: s.indicator }); } },
                h("span", { class: "code" }, s.indicator), " ", s.title),
              h("div", { class: "hint" }, s.summary)))),
        h("h2", {}, t("ui-dash-completeness")),
        h("p", {}, progress(d.percent), d.completeness_label),
        h("h2", {}, t("ui-dash-excluded")),
        d.excluded.length ? h("ul", {}, ...d.excluded.map((e) => h("li", {}, e))) : h("p", {}, t("ui-dash-excluded-none")),
        h("h2", {}, t("ui-dash-rule")), h("p", { class: "muted" }, d.rule),
        d.finalised ? null : participantsEditor(),
        gdhmExport(), d.finalised ? null : benchmarkChooser(),
        signOff(d), nextRound())));
}

// GDHM's upload file: the details GDHM requires that DHMA does not otherwise keep, asked
// for here and kept with the assessment; the core names what GDHM would refuse. A
// `data-path` on the export button (set only by the end-to-end tests) skips the dialog.
function gdhmExport() {
  const fields = h("div", { class: "grid" });
  const problems = h("ul", { class: "hint", id: "gdhm-problems" });
  let editable = true;
  const show = (v) => {
    editable = v.editable;
    fields.replaceChildren(...v.fields.flatMap((f) => {
      const id = `gdhm-${f.name}`;
      const input = f.multiline ? h("textarea", { id, rows: 3, dir: "auto" })
        : h("input", f.email ? { id, type: "text", inputmode: "email", dir: "ltr" } : { id, type: "text", dir: "auto" });
      input.value = f.value;
      input.disabled = !v.editable;
      input.dataset.name = f.name;
      return [h("label", { for: id }, f.label, f.required ? h("span", { class: "muted" }, " ", t("ui-gdhm-required")) : null), input];
    }));
    problems.replaceChildren(...v.problems.map((p) => h("li", {}, p)));
  };
  const exportButton = h("button", { class: "primary", type: "submit", id: "gdhm-export" }, t("ui-gdhm-save-export"));
  const form = h("form", { class: "card", id: "gdhm-form", novalidate: true, hidden: true },
    h("p", { class: "hint" }, t("ui-gdhm-intro")), fields, problems,
    h("div", { class: "actions" }, exportButton,
      h("button", { type: "button", id: "gdhm-cancel", onclick: () => { form.hidden = true; open.hidden = false; open.focus(); } }, t("ui-cancel"))));
  const open = h("button", { id: "gdhm-open", onclick: async () => {
    try {
      show(await api.gdhmDetails(state.id));
      open.hidden = true; form.hidden = false;
      fields.querySelector("input, textarea")?.focus();
    } catch (e) { failed(e); }
  } }, t("ui-gdhm-export"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      if (editable) {
        const values = {};
        for (const el of fields.querySelectorAll("[data-name]")) values[el.dataset.name] = el.value;
        show(await api.saveGdhmDetails(state.id, values));
      }
      const done = await api.exportGdhmCsv(state.id, exportButton.dataset.path || null);
      if (done) notify(done.message);
    } catch (e) { failed(e); }
  });
  return h("section", { id: "gdhm-section", "aria-labelledby": "gdhm-title" },
    h("h2", { id: "gdhm-title" }, t("ui-gdhm-title")), open, form);
}

// The benchmark: a GDHM data export chosen, then the countries whose mean the radar and
// the report show (checkboxes), named by a label (a region) or by their names. A
// `data-path` on the choose button (set only by the end-to-end tests) skips the dialog.
function benchmarkChooser() {
  let file = null;
  const list = h("fieldset", { id: "benchmark-countries", hidden: true });
  const label = h("input", { id: "benchmark-label", type: "text", dir: "auto" });
  const choose = h("button", { type: "button", id: "benchmark-file", onclick: async (ev) => {
    try {
      const f = await api.gdhmFile(ev.currentTarget.dataset.path || null);
      if (!f) return;
      file = f;
      list.replaceChildren(h("legend", { dir: "auto" }, f.path), f.date ? h("p", { class: "hint" }, f.date) : null,
        ...f.countries.map((c, i) => h("div", {}, h("label", {},
          h("input", { type: "checkbox", value: c, id: `benchmark-country-${i}` }), " ", h("span", { dir: "auto" }, c)))));
      list.hidden = false;
      list.querySelector("input")?.focus();
    } catch (e) { failed(e); }
  } }, t("ui-benchmark-choose-file"));
  const form = h("form", { class: "card", id: "benchmark-form", novalidate: true, hidden: true },
    h("p", { class: "hint" }, t("ui-benchmark-intro")), choose, list,
    h("label", { for: "benchmark-label" }, t("ui-benchmark-label")), label,
    h("div", { class: "actions" },
      h("button", { class: "primary", type: "submit", id: "benchmark-store" }, t("ui-benchmark-store")),
      h("button", { type: "button", id: "benchmark-remove", onclick: async () => {
        try { notify(await api.clearBenchmark(state.id)); go("dashboard"); } catch (e) { failed(e); }
      } }, t("ui-benchmark-remove")),
      h("button", { type: "button", id: "benchmark-cancel", onclick: () => { form.hidden = true; open.hidden = false; open.focus(); } }, t("ui-cancel"))));
  const open = h("button", { id: "benchmark-open", onclick: () => { open.hidden = true; form.hidden = false; choose.focus(); } }, t("ui-benchmark"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!file) { choose.focus(); return; }
    const countries = [...list.querySelectorAll("input:checked")].map((c) => c.value);
    try {
      notify(await api.importBenchmark(state.id, file.path, { countries, label: label.value, date: null }));
      go("dashboard");
    } catch (e) { failed(e); }
  });
  return h("section", { id: "benchmark-section", "aria-labelledby": "benchmark-title" },
    h("h2", { id: "benchmark-title" }, t("ui-benchmark-title")), open, form);
}

// ---- findings and recommendations ----------------------------------------------------

// The team's texts for the report (the context, key findings and recommendations, overall
// and per building block): each autosaved as the walk's rationale is (after a pause in
// typing, and when the field is left), with the save status; the core checks and stores.
function scheduleNarrative(scope, kind, text) {
  state.narrativePending = state.narrativePending ?? new Map();
  state.narrativePending.set(`${scope}/${kind}`, { id: state.id, scope, kind, text });
  clearTimeout(state.narrativeTimer);
  setSave("saving");
  state.narrativeTimer = setTimeout(flushNarratives, 500);
}

async function flushNarratives() {
  clearTimeout(state.narrativeTimer);
  const pending = state.narrativePending;
  if (!pending || pending.size === 0) return;
  state.narrativePending = new Map();
  for (const [key, p] of pending) {
    try {
      await api.saveNarrative(p.id, p.scope, p.kind, p.text);
    } catch (e) {
      // The text stays on screen and is tried again with the next change.
      if (!state.narrativePending.has(key)) state.narrativePending.set(key, p);
      setSave("failed");
      failed(e);
      return;
    }
  }
  if (state.narrativePending.size === 0) setSave("saved");
}

async function narrativesView() {
  const v = await api.narratives(state.id);
  const section = (s) => h("section", { class: "card narrative", "data-scope": s.scope, "aria-labelledby": `narrative-${s.scope}` },
    h("h2", { id: `narrative-${s.scope}` }, s.title),
    ...s.fields.map((f) => {
      const id = `narrative-${s.scope}-${f.kind}`;
      const area = h("textarea", { id, dir: "auto", rows: 4, disabled: v.locked, "data-scope": s.scope, "data-kind": f.kind,
        oninput: (e) => scheduleNarrative(s.scope, f.kind, e.target.value), onblur: () => flushNarratives() });
      area.value = f.text;
      return h("div", { class: "field" }, h("label", { for: id }, f.label), area);
    }));
  return h("section", { id: "narratives" },
    h("h1", {}, t("ui-narratives-open")),
    h("p", { class: "muted" }, v.heading),
    h("p", { class: "hint", id: "narratives-intro" }, t("ui-narratives-intro")),
    ...v.sections.map(section),
    h("div", { class: "actions" }, h("button", { id: "narratives-back", onclick: () => go("dashboard") }, t("ui-nav-dashboard"))));
}

// The participant list after creation: the same lines as the New form (name; organisation;
// role, with the semicolon of the person's keyboard), stored by the core, which keeps the
// ratings of everyone still named and refuses to remove someone who has rated.
function participantsEditor() {
  const area = h("textarea", { id: "participants-edit", dir: "auto", "aria-describedby": "participants-edit-hint" });
  const form = h("form", { class: "card", id: "participants-form", novalidate: true, hidden: true },
    h("label", { for: "participants-edit" }, t("ui-new-participants")), area,
    h("div", { class: "hint", id: "participants-edit-hint" }, t("ui-new-participants-hint")),
    h("div", { class: "actions" },
      h("button", { class: "primary", type: "submit", id: "participants-save" }, t("ui-participants-save")),
      h("button", { type: "button", id: "participants-cancel", onclick: () => { form.hidden = true; open.hidden = false; open.focus(); } }, t("ui-cancel"))));
  const open = h("button", { id: "participants-open", onclick: async () => {
    try {
      area.value = await api.participantsText(state.id);
      open.hidden = true; form.hidden = false; area.focus();
    } catch (e) { failed(e); }
  } }, t("ui-participants-edit"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await api.editParticipants(state.id, area.value);
      form.hidden = true; open.hidden = false;
      notify(t("ui-participants-saved"));
      open.focus();
    } catch (e) { failed(e); area.focus(); }
  });
  return h("section", { id: "participants-section", "aria-labelledby": "participants-title" },
    h("h2", { id: "participants-title" }, t("ui-new-participants")), open, form);
}

// The next round of this country, started from its latest round: asks its name and date,
// then opens it (the core decides what is carried over and checks the name).
function nextRound() {
  const form = h("form", { class: "grid card", id: "next-round-form", novalidate: true, hidden: true },
    h("p", { class: "muted wide" }, t("ui-round-intro")),
    h("label", { for: "next-round-name" }, t("ui-round-name")),
    h("div", {}, h("input", { id: "next-round-name", type: "text", "aria-describedby": "next-round-name-hint" }),
      h("div", { class: "hint", id: "next-round-name-hint" }, t("ui-round-name-hint"))),
    h("label", { for: "next-round-date" }, t("ui-round-date")),
    h("div", {}, dateInput("next-round-date", "next-round-date-hint"),
      h("div", { class: "hint", id: "next-round-date-hint" }, t("ui-date-hint"))),
    h("span"),
    h("div", { class: "actions" },
      h("button", { class: "primary", type: "submit", id: "next-round-start" }, t("ui-round-start")),
      h("button", { type: "button", id: "next-round-cancel", onclick: () => { form.hidden = true; open.hidden = false; open.focus(); } }, t("ui-cancel"))));
  const open = h("button", { id: "next-round", onclick: () => { open.hidden = true; form.hidden = false; form.querySelector("#next-round-name").focus(); } }, t("ui-round-next"));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const done = await api.newRound(state.id, form.querySelector("#next-round-name").value || null,
        form.querySelector("#next-round-date").value || null);
      await go("walk", { id: done.id, code: null });
      notify(done.message);
    } catch (e) {
      failed(e);
      const field = e && e.code === "invalid-value" ? "#next-round-date" : "#next-round-name";
      form.querySelector(field)?.focus();
    }
  });
  return h("section", { id: "next-round-section", "aria-labelledby": "next-round-title" },
    h("h2", { id: "next-round-title" }, t("ui-round-next")), open, form);
}

// ---- what changed since the previous round ------------------------------------------

// Blocks, then each block's indicators (the core puts the changed ones first); changed rows
// are marked. Every text, the arrows included, comes finished from the core.
async function changesView() {
  const v = await api.changes(state.id);
  const back = h("div", { class: "actions" },
    h("button", { id: "changes-back", onclick: () => go("dashboard") }, t("ui-changes-back")));
  if (v.empty) {
    return h("section", { id: "changes" }, h("h1", {}, v.heading), h("p", { class: "card", id: "changes-empty" }, v.empty), back);
  }
  const focusBlock = (id) => (ev) => { ev.preventDefault(); document.getElementById(`changes-${id}`)?.focus(); };
  const row = (b) => h("tr", { class: [b.id === "overall" ? "total" : "", b.changed ? "changed" : ""].join(" ").trim(), "data-block": b.id },
    h("th", { scope: "row" }, b.id === "overall" ? b.name : h("a", { href: `#changes-${b.id}`, onclick: focusBlock(b.id) }, b.name)),
    h("td", { class: "num" }, b.mean_label), h("td", { class: "num" }, b.phase_change), h("td", { class: "num" }, b.target_change),
    h("td", {}, h("span", { class: `dir dir-${b.direction}` }, b.direction_label)));
  const indicator = (i) => h("li", { class: i.changed ? "change-item changed" : "change-item", "data-code": i.code },
    h("div", { class: "change-head" },
      h("a", { href: "#", onclick: (ev) => { ev.preventDefault(); go("walk", { code: i.code }); } }, i.label),
      h("span", { class: `dir dir-${i.direction}` }, i.direction_label)),
    h("div", { class: "change-values" }, h("span", { class: "change-phase" }, i.phase_label), h("span", { class: "change-target" }, i.target_label)),
    i.note ? h("p", { class: "change-note", dir: "auto" }, i.note) : null);
  return h("section", { id: "changes" },
    h("h1", {}, v.heading),
    h("p", { class: "intro", id: "changes-since" }, v.since),
    h("p", { id: "changes-summary" }, v.summary),
    back,
    h("table", { id: "changes-blocks" },
      h("caption", { class: "muted" }, t("ui-changes-blocks")),
      h("thead", {}, h("tr", {}, ...["ui-dash-col-block", "changes-col-mean", "changes-col-phase", "changes-col-target", "changes-col-direction"]
        .map((k) => h("th", { scope: "col" }, t(k))))),
      h("tbody", {}, ...v.blocks.map(row), row(v.overall))),
    ...v.blocks.map((b) => h("section", { class: "change-block", "data-block": b.id, "aria-labelledby": `changes-${b.id}` },
      h("h2", { id: `changes-${b.id}`, tabindex: "-1" }, b.name, " ", h("span", { class: "muted count" }, b.count_label)),
      h("ol", { class: "change-list" }, ...b.indicators.map(indicator)))));
}

/**
 * "Export…": the format chosen in a small form (a CSV can start with a byte-order mark for
 * Excel), then the save dialog; the core writes the file. "Import answers…": a workbook or
 * CSV of answers, checked whole by the core and shown indicator by indicator (old → new,
 * sentences from the core) before anything is stored; nothing is stored until confirmed.
 * A `data-path` on a button (set only by the end-to-end tests) skips the native dialog.
 */
function exportAndAnswers(locked) {
  const panel = h("div", { class: "card", id: "export-panel", hidden: true });
  const preview = h("div", { class: "card", id: "answers-preview", hidden: true });
  const openExport = h("button", { id: "export-open", onclick: () => openExportPanel(panel, openExport) }, t("ui-export"));
  const openAnswers = h("button", { id: "answers-import", disabled: locked,
    onclick: (ev) => previewAnswers(preview, openAnswers, ev.currentTarget.dataset.path || null) }, t("ui-import-answers"));
  return { buttons: [openExport, openAnswers], panels: [panel, preview] };
}

async function openExportPanel(panel, opener) {
  let choices;
  try {
    choices = await api.exportChoices(state.id);
  } catch (e) { failed(e); return; }
  const select = h("select", { id: "export-format" }, ...choices.map((c) => h("option", { value: c.id }, c.label)));
  const excel = h("input", { type: "checkbox", id: "export-excel" });
  const excelLabel = h("label", { class: "check", id: "export-excel-label", hidden: true }, excel, " ", t("ui-export-excel"));
  select.addEventListener("change", () => { excelLabel.hidden = select.value !== "csv"; });
  const close = () => { panel.hidden = true; panel.replaceChildren(); opener.focus(); };
  const run = async (ev) => {
    try {
      const done = await api.exportAs(state.id, select.value, excel.checked, ev.currentTarget.dataset.path || null);
      if (done) { close(); notify(done.message); }
    } catch (e) { failed(e); }
  };
  panel.replaceChildren(
    h("h2", { id: "export-title" }, t("ui-export-title")),
    h("div", { class: "grid" }, h("label", { for: "export-format" }, t("ui-export-format")), select),
    excelLabel,
    h("div", { class: "actions" },
      h("button", { class: "primary", id: "export-run", onclick: run }, t("ui-export-choose")),
      h("button", { id: "export-cancel", onclick: close }, t("ui-cancel"))));
  panel.hidden = false;
  select.focus();
}

async function previewAnswers(box, opener, path = null) {
  const show = (...children) => {
    box.replaceChildren(h("h2", { id: "answers-preview-title" }, t("ui-import-answers-title")),
      h("p", { class: "hint" }, t("ui-import-answers-hint")), ...children.filter(Boolean));
    box.hidden = false;
    box.querySelector("button")?.focus();
  };
  const close = () => { box.hidden = true; box.replaceChildren(); opener.focus(); };
  const cancel = h("button", { id: "answers-preview-cancel", onclick: close }, t("ui-cancel"));
  let p;
  try {
    p = await api.previewAnswersImport(state.id, path);
  } catch (e) {
    show(h("p", { class: "error", id: "answers-preview-error", role: "alert" }, e && e.message ? e.message : String(e),
      e && e.details ? h("small", { class: "support-details" }, e.details) : null),
      h("div", { class: "actions" }, cancel));
    return;
  }
  if (!p) return;
  const confirm = async () => {
    try {
      const message = await api.importAnswers(state.id, p.path);
      await render();
      notify(message);
    } catch (e) {
      failed(e);
    }
  };
  show(h("p", { id: "answers-preview-summary" }, p.summary),
    p.indicators.length ? h("ul", { id: "answers-changes", class: "answers-changes" },
      ...p.indicators.map((i) => h("li", { "data-code": i.code },
        h("strong", {}, h("span", { class: "code" }, i.code), " ", i.title),
        h("ul", {}, ...i.changes.map((c) => h("li", { dir: "auto" }, c)))))) : null,
    h("div", { class: "actions" },
      p.indicators.length ? h("button", { id: "answers-preview-confirm", class: "primary", onclick: confirm }, t("ui-import-answers-confirm")) : null,
      cancel));
}

/**
 * "Export for a group…": the whole assessment, marked with the chosen group's blocks. A
 * `data-path` on the button (set only by the end-to-end tests) skips the save dialog.
 */
function groupExport(groups) {
  if (groups.length === 0) return h("p", { class: "hint", id: "export-group-none" }, t("ui-export-group-none"));
  const choice = h("select", { id: "export-group-name" }, ...groups.map((g) => h("option", { value: g.name }, g.name)));
  const run = async (ev) => {
    try {
      const done = await api.exportForGroup(state.id, choice.value, ev.currentTarget.dataset.path || null);
      if (done) notify(done.message);
    } catch (e) { failed(e); }
  };
  return h("span", { class: "group-export" },
    h("label", { for: "export-group-name" }, t("ui-export-group-choose")), choice,
    h("button", { id: "export-group", onclick: run }, t("ui-export-group")));
}

// ---- conflicts: fields changed on both copies, settled by a person -------------------

async function conflictsView() {
  const list = await api.conflicts(state.id);
  const status = h("p", { class: "sr-only", id: "conflicts-status", role: "status", "aria-live": "polite" });
  const back = h("button", { id: "conflicts-back", onclick: () => go("dashboard") }, t("ui-conflicts-back"));
  let shown = conflictList(list, settle);
  // After one is settled the list is drawn again from what the core says is left, and the
  // focus moves to the conflict that took its place (or, when none is left, back).
  async function settle(c, i, choice, from) {
    try {
      const done = await api.resolveConflict(state.id, c.indicator, c.field, choice);
      const next = conflictList(done.conflicts, settle);
      shown.replaceWith(next);
      shown = next;
      status.textContent = done.message;
      const cards = next.querySelectorAll(".conflict");
      const target = cards[Math.min(i, cards.length - 1)] ?? back;
      target.focus();
    } catch (e) {
      failed(e);
      from?.focus();
    }
  }
  return h("section", { "aria-labelledby": "conflicts-title", class: "conflicts-screen" },
    h("h1", { id: "conflicts-title" }, t("ui-conflicts-title")),
    h("p", { class: "intro" }, t("ui-conflicts-intro")),
    status, shown,
    h("div", { class: "actions" }, back));
}

/** The conflicts as cards: the two sides side by side and the ways to settle each. */
function conflictList(list, settle) {
  if (list.length === 0) return h("p", { class: "card", id: "conflicts-none" }, t("ui-conflicts-none"));
  const side = (kind, heading, s, id) => h("section", { class: `conflict-side ${kind}`, "aria-labelledby": id },
    h("h3", { id }, heading),
    h("p", { class: "value", dir: "auto" }, s.text),
    h("p", { class: "changed hint" }, s.changed));
  return h("ol", { class: "conflicts", id: "conflicts" }, ...list.map((c, i) => {
    const id = `conflict-${i}`;
    const card = h("li", { class: "conflict card", id, tabindex: "-1", "aria-labelledby": `${id}-label`,
      "data-field": c.field, "data-indicator": c.indicator ?? "" });
    const keep = h("button", { class: "keep-local", "aria-describedby": `${id}-label`,
      onclick: (ev) => settle(c, i, "local", ev.currentTarget) }, t("ui-conflicts-keep-local"));
    const take = h("button", { class: "take-incoming", "aria-describedby": `${id}-label`,
      onclick: (ev) => settle(c, i, "incoming", ev.currentTarget) }, t("ui-conflicts-take-incoming"));
    let write = null;
    let form = null;
    if (c.writable) {
      const input = h("input", { type: "text", id: `${id}-value`, class: "conflict-value", dir: "auto",
        autocomplete: "off", "aria-describedby": `${id}-hint` });
      input.value = c.local.value === null || c.local.value === undefined ? "" : String(c.local.value);
      const close = () => { form.hidden = true; write.setAttribute("aria-expanded", "false"); write.focus(); };
      form = h("form", { class: "write-form", id: `${id}-form`, hidden: true,
        onsubmit: (ev) => { ev.preventDefault(); settle(c, i, { value: input.value }, input); },
        onkeydown: (ev) => { if (ev.key === "Escape") { ev.preventDefault(); close(); } } },
        h("label", { for: `${id}-value` }, t("ui-conflicts-value")), input,
        h("div", { class: "hint", id: `${id}-hint` }, t("ui-conflicts-value-hint")),
        h("div", { class: "actions" },
          h("button", { type: "submit", class: "primary confirm-value" }, t("ui-conflicts-confirm")),
          h("button", { type: "button", class: "cancel-value", onclick: close }, t("ui-cancel"))));
      write = h("button", { class: "write-value", "aria-expanded": "false", "aria-controls": `${id}-form`,
        onclick: () => { form.hidden = false; write.setAttribute("aria-expanded", "true"); input.focus(); input.select(); } },
        t("ui-conflicts-write"));
    }
    card.append(
      h("h2", { id: `${id}-label` }, c.label),
      h("div", { class: "conflict-sides" },
        side("local", t("ui-conflicts-local"), c.local, `${id}-local`),
        side("incoming", t("ui-conflicts-incoming"), c.incoming, `${id}-incoming`)),
      h("div", { class: "actions" }, keep, take, write));
    if (form) card.append(form);
    return card;
  }));
}

// Sign-off: who approves, then the assessment is locked (the core checks that it is ready).
function signOff(d) {
  if (d.finalised) {
    return h("section", { id: "signoff" }, h("h2", {}, t("ui-signoff-title")), h("p", { class: "card" }, d.finalised));
  }
  const form = h("form", { class: "grid card", id: "signoff-form", novalidate: true },
    h("label", { for: "approver-name" }, t("ui-signoff-name")),
    h("input", { id: "approver-name", type: "text", required: true }),
    h("label", { for: "approver-role" }, t("ui-signoff-role")),
    h("input", { id: "approver-role", type: "text" }),
    h("span"),
    h("label", {}, h("input", { id: "government-approved", type: "checkbox" }), " ", t("ui-signoff-government")),
    h("span"),
    h("div", { class: "actions" }, h("button", { class: "primary", type: "submit", id: "finalise" }, t("ui-signoff-finalise"))));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const name = form.querySelector("#approver-name").value;
    if (!(await ask(t("ui-signoff-confirm")))) return;
    try {
      const message = await api.finalise(state.id, {
        approver_name: name,
        approver_role: form.querySelector("#approver-role").value,
        government_approved: form.querySelector("#government-approved").checked,
      });
      await render();
      notify(message);
    } catch (e) {
      failed(e);
      if (e && e.code === "required") form.querySelector("#approver-name").focus();
    }
  });
  return h("section", { id: "signoff" }, h("h2", {}, t("ui-signoff-title")), h("p", { class: "muted" }, t("ui-signoff-intro")), form);
}

// ---- roadmap ------------------------------------------------------------------------

async function roadmapView() {
  const r = await api.roadmap(state.id);
  const regenerate = async () => {
    try {
      const done = await api.regenerateRoadmap(state.id);
      await render();
      notify(done.message);
    } catch (e) { failed(e); }
  };
  const progressReport = async () => {
    setSave(null);
    notify(t("ui-report-working"));
    try {
      const done = await api.exportProgressReport(state.id, null);
      if (done) {
        notify(done.message, { action: { label: t("ui-report-open"), run: () => api.openReport(done.path).catch(failed) } });
      } else $("#notice").hidden = true;
    } catch (e) { failed(e); }
  };
  const select = (label, choices, value, onchange, followUp = false) => h("label", { class: "field" }, h("span", {}, label),
    h("select", { disabled: r.locked && !followUp, onchange }, ...choices.map((c) =>
      h("option", { value: c.id, selected: String(c.id) === String(value) }, c.label))));
  // The responsible bodies: the framework's, DHMA's others and the team's own entries; a
  // name typed that is none of them becomes the team's own.
  const bodies = h("datalist", { id: "road-bodies" }, ...r.responsible.map((c) => h("option", { value: c.label })));
  const input = (label, value, onchange, attrs = {}) => h("label", { class: "field" }, h("span", {}, label),
    h("input", { type: "text", value, disabled: r.locked, onchange, ...attrs }));
  const item = (row) => {
    const edit = { uid: row.uid, text: row.text, monitoring: row.monitoring, timeframe: row.timeframe,
      responsible: row.responsible, priority: row.priority, cost: row.cost, status: row.status,
      start_year: row.start_year, end_year: row.end_year, budget_amount: row.budget_amount,
      budget_currency: row.budget_currency, baseline: row.baseline, monitoring_target: row.monitoring_target };
    const store = async () => {
      setSave("saving");
      try { await api.editRoadmapItem(state.id, edit); setSave("saved"); marker.hidden = false; }
      catch (e) { setSave("failed"); failed(e); }
    };
    const marker = h("span", { class: "badge", hidden: !row.edited || row.own }, t("ui-road-edited"));
    const origin = h("span", { class: row.own ? "badge origin own" : "badge origin" }, row.origin);
    const text = h("textarea", { class: "action-text", "aria-label": t("ui-road-action"), disabled: r.locked,
      onchange: (e) => { edit.text = e.target.value; store(); } });
    text.value = row.text;
    const monitoring = h("input", { type: "text", "aria-label": t("ui-road-monitoring"), value: row.monitoring, disabled: r.locked,
      onchange: (e) => { edit.monitoring = e.target.value; store(); } });
    // The follow-up (status and progress note) stays editable after sign-off.
    const follow = { status: row.status, progress: row.progress };
    const storeFollowUp = async () => {
      setSave("saving");
      try { await api.setFollowUp(state.id, row.uid, follow.status, follow.progress); setSave("saved"); }
      catch (e) { setSave("failed"); failed(e); }
    };
    const progress = h("textarea", { class: "progress-note", "aria-label": t("ui-road-progress"),
      onchange: (e) => { follow.progress = e.target.value; storeFollowUp(); } });
    progress.value = row.progress;
    const move = (delta) => async () => {
      try { await api.moveRoadmapItem(state.id, row.uid, delta); await render(); $(`[data-uid="${CSS.escape(row.uid)}"] .move-${delta < 0 ? "up" : "down"}`)?.focus(); }
      catch (e) { failed(e); }
    };
    const remove = async () => {
      try { await api.deleteRoadmapAction(state.id, row.uid); await render(); notify(t("ui-road-deleted")); }
      catch (e) { failed(e); }
    };
    return h("li", { class: `road-item card status-${row.status}${row.own ? " own" : ""}`, "data-uid": row.uid },
      h("div", { class: "road-head" }, row.indicator ? h("span", { class: "code" }, row.indicator) : null,
        row.subtitle ? h("span", {}, row.subtitle) : null, origin, marker),
      text,
      h("label", { class: "field wide" }, h("span", {}, t("ui-road-monitoring")), monitoring),
      h("div", { class: "row" },
        input(t("ui-road-baseline"), row.baseline, (e) => { edit.baseline = e.target.value; store(); }, { class: "road-baseline" }),
        input(t("ui-road-target"), row.monitoring_target, (e) => { edit.monitoring_target = e.target.value; store(); }, { class: "road-target" })),
      h("div", { class: "row" },
        select(t("ui-road-timeframe"), r.timeframes, row.timeframe, (e) => { edit.timeframe = e.target.value; store(); }),
        input(t("ui-road-start-year"), row.start_year, (e) => { edit.start_year = e.target.value; store(); }, { class: "year road-start", inputmode: "numeric" }),
        input(t("ui-road-end-year"), row.end_year, (e) => { edit.end_year = e.target.value; store(); }, { class: "year road-end", inputmode: "numeric" }),
        input(t("ui-road-responsible"), row.responsible_label, (e) => { edit.responsible = e.target.value; store(); }, { list: "road-bodies", class: "road-responsible" }),
        select(t("ui-road-priority"), r.priorities, row.priority, (e) => { edit.priority = Number(e.target.value); store(); }),
        select(t("ui-road-cost"), r.costs, row.cost, (e) => { edit.cost = e.target.value; store(); }),
        input(t("ui-road-budget"), row.budget_amount, (e) => { edit.budget_amount = e.target.value; store(); }, { class: "amount road-budget", inputmode: "decimal", title: t("ui-road-budget-hint") }),
        input(t("ui-road-currency"), row.budget_currency, (e) => { edit.budget_currency = e.target.value; store(); }, { class: "currency road-currency", maxlength: "3", title: t("ui-road-budget-hint") }),
        select(t("ui-road-status"), r.statuses, row.status, (e) => {
          follow.status = e.target.value; if (r.locked) storeFollowUp(); else { edit.status = e.target.value; store(); }
        }, true),
        r.locked ? null : h("div", { class: "movers" },
          h("button", { class: "move-up", onclick: move(-1), "aria-label": t("ui-road-up") }, "↑"),
          h("button", { class: "move-down", onclick: move(1), "aria-label": t("ui-road-down") }, "↓"),
          row.own ? h("button", { class: "delete-action", onclick: remove }, t("ui-road-delete")) : null)),
      h("label", { class: "field wide" }, h("span", {}, t("ui-road-progress")), progress));
  };
  return h("section", {},
    h("h1", {}, r.heading),
    h("p", { class: "intro" }, t("ui-road-intro")),
    r.locked ? h("p", { class: "card", id: "follow-up-note" }, t("ui-road-follow-up")) : null,
    h("div", { class: "actions" },
      r.locked ? null : h("button", { class: "primary", id: "regenerate", onclick: regenerate }, t("ui-road-regenerate")),
      h("button", { id: "progress-report", onclick: progressReport }, t("ui-road-progress-report"))),
    r.locked ? null : addActionForm(r),
    bodies,
    r.groups.length === 0 ? h("p", { class: "card" }, t("ui-road-empty")) :
      r.groups.map((g) => h("section", { class: g.cross_cutting ? "road-group cross-cutting" : "road-group" },
        h("h2", {}, h("span", { class: "block-name" }, g.block), h("br"), g.line),
        h("ol", { class: "road-list" }, ...g.rows.map(item)))));
}

// ---- about --------------------------------------------------------------------------

// The version, DHMA's licence, the fonts' notice and every linked crate with its licence.
// Licence texts stay as their authors wrote them (English, left to right); each is put in
// the page only when its entry is opened.
async function aboutView() {
  const v = await api.about();
  const licenceText = (x) => h("pre", { class: "licence-text", dir: "ltr", lang: "en" }, x.text);
  const lazy = (label, texts) => {
    const d = h("details", {}, h("summary", {}, label));
    d.addEventListener("toggle", () => {
      if (d.open && d.children.length === 1) d.append(...texts.map(licenceText));
    });
    return d;
  };
  const crate = (c) => h("li", { "data-crate": c.name },
    h("span", { dir: "ltr", class: "crate" }, h("strong", {}, c.name), ` ${c.version} `,
      h("span", { class: "spdx" }, c.license)),
    c.texts.length ? lazy(v.show_text, c.texts.map((i) => v.texts[i]))
      : h("div", { class: "hint" }, v.no_file));
  return h("section", { "aria-labelledby": "about-title", class: "about" },
    h("h1", { id: "about-title" }, v.title),
    h("p", { id: "about-version" }, v.version),
    h("p", { id: "about-licence" }, v.licence),
    h("h2", {}, v.fonts_heading),
    h("p", {}, v.fonts_notice),
    ...v.font_texts.map((f) => lazy(f.file, [f])),
    h("h2", {}, v.crates_heading),
    h("p", {}, v.crates_intro),
    h("ul", { id: "crates", class: "crates" }, ...v.crates.map(crate)));
}

/** "Add an action": for an indicator (its block's action lines, a step if any) or
 * cross-cutting (a building block, or all of them). */
function addActionForm(r) {
  const CROSS = "";
  const where = h("select", { id: "add-where" },
    ...r.indicators.map((i) => h("option", { value: i.code }, i.label)),
    h("option", { value: CROSS }, t("ui-road-add-cross")));
  const line = h("select", { id: "add-line" });
  const step = h("select", { id: "add-step" }, ...r.steps.map((c) => h("option", { value: c.id }, c.label)));
  const block = h("select", { id: "add-block" }, ...r.blocks.map((c) => h("option", { value: c.id }, c.label)));
  const text = h("textarea", { id: "add-text", class: "action-text" });
  const lineField = h("label", { class: "field" }, h("span", {}, t("ui-road-add-line")), line);
  const stepField = h("label", { class: "field" }, h("span", {}, t("ui-road-add-step")), step);
  const blockField = h("label", { class: "field" }, h("span", {}, t("ui-road-add-block")), block);
  const follow = () => {
    const ind = r.indicators.find((i) => i.code === where.value);
    line.replaceChildren(...(ind ? ind.lines : []).map((c) => h("option", { value: c.id }, c.label)));
    lineField.hidden = !ind; stepField.hidden = !ind; blockField.hidden = !!ind;
  };
  where.addEventListener("change", follow);
  follow();
  const form = h("form", { id: "add-action-form" },
    h("p", { class: "muted" }, t("ui-road-add-intro")),
    h("div", { class: "row" },
      h("label", { class: "field" }, h("span", {}, t("ui-road-add-where")), where),
      lineField, stepField, blockField),
    h("label", { class: "field wide" }, h("span", {}, t("ui-road-add-text")), text),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", id: "add-submit" }, t("ui-road-add-submit"))));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const cross = where.value === CROSS;
    try {
      const uid = await api.addRoadmapAction(state.id, {
        indicator: where.value, block: cross ? block.value : "", line: cross ? "" : line.value,
        step: cross ? "" : step.value, text: text.value,
      });
      await render();
      notify(t("ui-road-added"));
      $(`[data-uid="${CSS.escape(uid)}"] .action-text`)?.focus();
    } catch (err) { failed(err); }
  });
  // Folded until asked for, so that the roadmap itself comes first.
  return h("details", { class: "card add-action", id: "add-action" },
    h("summary", { id: "add-open" }, t("ui-road-add")), form);
}

// ---- start --------------------------------------------------------------------------

async function start() {
  document.addEventListener("keydown", onKey);
  window.addEventListener("beforeunload", () => { flush(); });
  document.addEventListener("visibilitychange", () => { if (document.hidden) flush(); });
  $("#lang-select").addEventListener("change", (e) => changeLanguage(e.target.value).catch(failed));
  $("#about-button").addEventListener("click", () => go("about").catch(failed));
  try {
    const s = await api.startup();
    applyTexts(await api.uiTexts());
    if (s.problem) { state.problem = s.problem; state.view = "recovery"; }
    else if (s.openId !== null && s.openId !== undefined) { state.id = s.openId; state.view = "walk"; }
    await render();
    document.body.dataset.ready = "true";
    api.appReady().catch(() => {});
    // Files handed to the app (a double-clicked assessment), now and while it runs.
    window.__TAURI__.event.listen("opened-files", () => openHanded());
    await openHanded();
  } catch (e) {
    failed(e);
  }
}

/**
 * Files handed to the app (its command line, or a later launch) go through the import, as if
 * chosen with "Import…": a file that is not an assessment gets the import's own error. While
 * the database cannot be opened they wait.
 */
async function openHanded() {
  if (state.view === "recovery") return;
  try {
    for (const path of await api.openedFiles()) {
      try {
        const done = await api.importAssessment(path);
        if (done) await imported(done);
      } catch (e) { failed(e); }
    }
  } catch (e) { failed(e); }
}

start();
