// The explorer's controller: reads the URL state, loads a window from the API, and keeps the graph,
// the time controls and the side panels in step.
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { api } from './api.js';
import { clear, errorBox, h } from './dom.js';
import { monthIndex, monthKey, monthOf, todayUtc, windowFor } from './dates.js';
import { GraphView } from './graph_view.js';
import { buildView, edgeListTable, blocList, statusText } from './view_model.js';
import { readState, writeState } from './state.js';
import { ActorSearch } from './search.js';
import { renderActorPanel } from './actor_panel.js';
import { renderDyad, setupDyadPanel } from './dyad_panel.js';
import { renderChanges, setupChangesPanel } from './changes_panel.js';
import { setupExtractPanel } from './extract_panel.js';
import { setupTimeControls } from './time_controls.js';

const $ = (id) => document.getElementById(id);

// The store's date range, from /v1/health; the slider runs over its months.
function storeRange(health) {
  const pick = (...xs) => xs.find((x) => typeof x === 'string' && x.length >= 7);
  const r = health.edge_dates || health.date_range || health.range || health.dates || {};
  const first = pick(health.first_edge_date, r.first, r.from, r.min, health.first_date);
  const last = pick(health.last_edge_date, r.last, r.to, r.max, health.last_date);
  if (first && last) return { first: first.slice(0, 10), last: last.slice(0, 10), known: true };
  const today = todayUtc();
  return { first: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, last: today, known: false };
}

class App {
  constructor() {
    this.state = readState();
    this.range = null;
    this.window = null;
    this.view = null;
    this.names = new Map();
    this.loadSeq = 0;
    this.abort = null;
    this.graphView = new GraphView($('cy'), $('tooltip'), {
      onNode: (ref) => this.focusActor(ref),
      onPick: (ref) => this.pickForDyad(ref),
      onEdge: (s, t) => this.openDyad(s, t),
    });
  }

  async init() {
    document.body.dataset.busy = '1';
    new ActorSearch($('main-search'), {
      label: 'Find an actor', placeholder: 'name, alias or slug…',
      onSelect: (a) => this.focusActor(a.slug || String(a.id)),
    });
    this.dyadUi = setupDyadPanel($('pane-dyad'), this);
    this.changesUi = setupChangesPanel($('pane-changes'), this);
    setupExtractPanel($('pane-extract'), this);
    this.setupTabs();
    $('fit').addEventListener('click', () => this.graphView.fit());
    window.addEventListener('popstate', () => {
      this.state = readState();
      this.time.sync();
      this.refreshAll();
    });
    await this.loadHealth();
    this.time = setupTimeControls(this);
    await this.refreshAll();
  }

  async loadHealth() {
    try {
      const health = await api.health();
      this.range = storeRange(health);
      const c = health.counts || health;
      const parts = [];
      for (const k of ['articles', 'actors', 'edges']) if (typeof c[k] === 'number') parts.push(`${c[k]} ${k}`);
      parts.push(this.range.known ? `${this.range.first} – ${this.range.last}` : 'no dated edges yet');
      $('store-summary').textContent = parts.join(' · ');
    } catch (err) {
      this.range = storeRange({});
      clear($('store-summary')).append(errorBox(err, 'The API did not answer'));
    }
    const firstM = monthIndex(monthOf(this.range.first));
    const lastM = monthIndex(monthOf(this.range.last));
    this.range.firstMonth = firstM;
    this.range.lastMonth = Math.max(firstM, lastM);
    if (!this.state.t || monthIndex(this.state.t) > this.range.lastMonth || monthIndex(this.state.t) < firstM) {
      this.state.t = monthKey(this.range.lastMonth);
    }
  }

  setupTabs() {
    const tabs = [...document.querySelectorAll('[role=tab]')];
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => this.showTab(tab.dataset.tab, true));
      tab.addEventListener('keydown', (ev) => {
        const d = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
        if (!d) return;
        const next = tabs[(i + d + tabs.length) % tabs.length];
        next.focus();
        this.showTab(next.dataset.tab, true);
      });
    });
  }

  showTab(name, userAction = false) {
    this.state.tab = name;
    for (const tab of document.querySelectorAll('[role=tab]')) {
      const on = tab.dataset.tab === name;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on ? 0 : -1;
      $(tab.getAttribute('aria-controls')).hidden = !on;
    }
    if (userAction) writeState(this.state);
  }

  nameOf(key) {
    return this.names.get(String(key)) || String(key);
  }

  keyOf(ref) {
    if (!ref || !this.view) return '';
    const n = this.view.nodes.find((x) => x.key === String(ref) || x.ref === ref);
    return n ? n.key : '';
  }

  // Loads the current window (graph, PageRank, blocs) and redraws everything that depends on it.
  async refreshAll() {
    this.showTab(this.state.tab);
    await this.loadWindow();
    await Promise.all([
      renderActorPanel($('pane-actor'), this),
      renderDyad(this.dyadUi, this),
      renderChanges(this.changesUi, this),
    ]);
  }

  async loadWindow() {
    const seq = ++this.loadSeq;
    if (this.abort) this.abort.abort();
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.window = windowFor(this.state.t, this.state.w);
    const { from, to } = this.window;
    document.body.dataset.busy = '1';
    writeState(this.state);
    $('graph-status').textContent = `Loading ${from} – ${to}…`;
    try {
      const [graph, cent, blocs] = await Promise.all([
        api.graph({ from, to }, signal),
        api.centrality({ metric: 'pagerank', from, to, limit: Math.min(10000, Number(this.state.top)) }, signal),
        api.blocs({ from, to }, signal),
      ]);
      if (seq !== this.loadSeq) return;
      this.view = buildView(graph, cent, blocs, {
        top: Number(this.state.top), minWeight: Number(this.state.minw), previous: this.view,
      });
      for (const n of this.view.allNodes) this.names.set(n.key, n.name);
      $('graph-status').textContent = statusText(this.window, this.view);
      $('cy').setAttribute('aria-label', `Network of ${this.view.nodes.length} actors and ${this.view.edges.length} edges from ${from} to ${to}. The same edges are listed as text below the graph.`);
      clear($('edge-list')).append(edgeListTable(this.view, (ref) => this.focusActor(ref)));
      clear($('bloc-list')).append(blocList(this.view));
      await this.graphView.render(this.view);
      if (seq !== this.loadSeq) return;
      this.graphView.focus(this.keyOf(this.state.actor));
      this.graphView.markPicked([this.keyOf(this.state.a), this.keyOf(this.state.b)]);
    } catch (err) {
      if (err.name === 'AbortError') return;
      clear($('graph-status')).append(errorBox(err, `Could not load ${from} – ${to}`));
    } finally {
      if (seq === this.loadSeq) document.body.dataset.busy = '0';
    }
  }

  // Called by the time controls when the window moved.
  async windowChanged() {
    await this.loadWindow();
    await Promise.all([
      renderActorPanel($('pane-actor'), this),
      renderDyad(this.dyadUi, this),
      renderChanges(this.changesUi, this),
    ]);
  }

  async focusActor(ref) {
    this.state.actor = ref;
    this.showTab('actor');
    writeState(this.state, { push: true });
    this.graphView.focus(this.keyOf(ref));
    await renderActorPanel($('pane-actor'), this);
  }

  async openDyad(a, b) {
    this.state.a = a || '';
    this.state.b = b || '';
    this.showTab('dyad');
    writeState(this.state, { push: true });
    this.graphView.markPicked([this.keyOf(this.state.a), this.keyOf(this.state.b)]);
    await renderDyad(this.dyadUi, this);
  }

  pickForDyad(ref) {
    if (!this.state.a || this.state.b) return this.openDyad(ref, '');
    return this.openDyad(this.state.a, ref);
  }

  async compareWith(month) {
    this.state.vs = month;
    this.showTab('changes');
    writeState(this.state, { push: true });
    await renderChanges(this.changesUi, this);
  }

  // After an article was stored: counts, range and the current window may all have changed.
  async storeChanged() {
    await this.loadHealth();
    this.time.sync();
    await this.loadWindow();
  }
}

const app = new App();
window.stancegraph = app;
app.init().catch((err) => {
  document.body.dataset.busy = '0';
  document.body.prepend(h('p', { class: 'error', role: 'alert' }, `The explorer failed to start: ${err.message}`));
});
