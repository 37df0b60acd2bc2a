// Two actors' stance over time: GET /v1/dyads as a chart of net weight per month, with the
// per-relation counts as a table.
import { api } from './api.js';
import { drawChart } from './charts.js';
import { clear, errorBox, fmt, h } from './dom.js';
import { dateToEpochSeconds, monthStarts } from './dates.js';
import { ActorSearch } from './search.js';
import { SIGN_COLOUR, actorName, countsText } from './stance.js';

function rowsOf(resp) {
  return resp.series || resp.intervals || resp.points || [];
}

export function setupDyadPanel(pane, app) {
  clear(pane);
  const pickers = h('div', { class: 'pickers' });
  const a = h('div', { class: 'search' });
  const b = h('div', { class: 'search' });
  pickers.append(a, b);
  const result = h('div', { id: 'dyad-result', 'aria-live': 'polite' });
  pane.append(h('h2', {}, 'Stance between two actors'), pickers, result);
  const searchA = new ActorSearch(a, { label: 'First actor', onSelect: (x) => app.openDyad(x.slug || x.id, app.state.b) });
  const searchB = new ActorSearch(b, { label: 'Second actor', onSelect: (x) => app.openDyad(app.state.a, x.slug || x.id) });
  return { searchA, searchB, result };
}

export async function renderDyad(ui, app) {
  const { result } = ui;
  clear(result);
  result.dataset.loaded = '0';
  const { a, b } = app.state;
  if (!a || !b) {
    result.append(h('p', { class: 'hint' }, 'Pick two actors (or shift-click two nodes, or click an edge in the graph).'));
    result.dataset.loaded = '1';
    return;
  }
  const range = app.range;
  try {
    const resp = await api.dyads({ a, b, from: range.first, to: range.last, interval: 'month' });
    const rows = rowsOf(resp);
    const nameA = actorName(resp.a) === '?' ? a : actorName(resp.a);
    const nameB = actorName(resp.b) === '?' ? b : actorName(resp.b);
    ui.searchA.value = nameA;
    ui.searchB.value = nameB;
    const total = rows.reduce((s, r) => s + Object.values(r.counts || {}).reduce((x, y) => x + y, 0), 0);
    result.append(h('h3', { id: 'dyad-title' }, `${nameA} ↔ ${nameB}`),
      h('p', { class: 'meta', id: 'dyad-summary' },
        `${total} edge${total === 1 ? '' : 's'} between them in ${rows.filter((r) => Object.keys(r.counts || {}).length).length} of ${rows.length} months`));
    if (!rows.length) return;
    const box = h('div', { class: 'chart', role: 'img',
      'aria-label': `Net stance weight between ${nameA} and ${nameB} per month; table follows` });
    result.append(box);
    const start = (r) => String(r.period || r.start || r.interval || r.date).slice(0, 7);
    const byMonth = new Map(rows.map((r) => [start(r), r]));
    const months = monthStarts(range.first, range.last);
    const net = months.map((m) => byMonth.get(m.slice(0, 7))?.net_weight ?? null);
    drawChart(box, {
      x: months.map(dateToEpochSeconds),
      series: [
        { label: 'hostile (net weight < 0)', values: net.map((w) => (w !== null && w < 0 ? w : null)), colour: SIGN_COLOUR.hostile, kind: 'bar' },
        { label: 'cooperative (net weight > 0)', values: net.map((w) => (w !== null && w > 0 ? w : null)), colour: SIGN_COLOUR.cooperative, kind: 'bar' },
        { label: 'edges', values: months.map((m) => byMonth.get(m.slice(0, 7))?.total || null), colour: '#333333', kind: 'points' },
      ],
      band: { from: dateToEpochSeconds(app.window.from), to: dateToEpochSeconds(app.window.to) },
      height: 220, yLabel: 'weight / edges',
    });
    const active = rows.filter((r) => Object.keys(r.counts || {}).length || (r.net_weight ?? 0) !== 0);
    result.append(h('table', { id: 'dyad-table' },
      h('caption', {}, 'Months with edges between them'),
      h('thead', {}, h('tr', {}, h('th', {}, 'month'), h('th', {}, 'net weight'), h('th', {}, 'stance'), h('th', {}, 'edges'))),
      h('tbody', {}, active.map((r) => {
        const w = r.net_weight ?? r.weight ?? 0;
        const word = w < 0 ? 'hostile' : w > 0 ? 'cooperative' : 'neutral';
        return h('tr', {}, h('td', {}, start(r)), h('td', {}, fmt(w)),
          h('td', { class: word }, word), h('td', {}, countsText(r.counts)));
      }))));
  } catch (err) {
    result.append(errorBox(err, 'Could not load the dyad series'));
  } finally {
    result.dataset.loaded = '1';
  }
}
