// What changed between an earlier window and the current one (GET /v1/graph/changes): dyads that
// appeared, ended or flipped sign, listed here and highlighted on the graph.
import { api } from './api.js';
import { clear, errorBox, fmt, h } from './dom.js';
import { monthIndex, monthKey, windowFor, WIDTHS } from './dates.js';
import { actorName, countsText, signWord } from './stance.js';

export function defaultCompareMonth(state) {
  return monthKey(monthIndex(state.t) - WIDTHS[state.w]);
}

function dyadLine(d, what, nameOf) {
  const extra = [];
  const wa = d.weight_a ?? d.weight_before;
  const wb = d.weight_b ?? d.weight_after;
  if (what === 'flipped') extra.push(`${signWord(d.sign_a, wa)} → ${signWord(d.sign_b, wb)}`);
  if (what === 'appeared' && wb !== undefined) extra.push(`now ${signWord(d.sign_b, wb)}, weight ${fmt(wb)}`);
  else if (what === 'ended' && wa !== undefined) extra.push(`was ${signWord(d.sign_a, wa)}, weight ${fmt(wa)}`);
  else if (wa !== undefined && wb !== undefined) extra.push(`weight ${fmt(wa)} → ${fmt(wb)}`);
  if (d.counts) extra.push(countsText(d.counts));
  return h('li', { class: what }, `${nameOf(d.source)} → ${nameOf(d.target)}`,
    extra.length ? h('span', { class: 'meta' }, ` (${extra.join('; ')})`) : null);
}

export function setupChangesPanel(pane, app) {
  clear(pane);
  const input = h('input', { type: 'month', id: 'compare-month', required: true });
  const form = h('form', { class: 'compare' },
    h('label', { for: 'compare-month' }, 'Compare the current window with the one ending in '), input, ' ',
    h('button', { type: 'submit', id: 'compare-go' }, 'Show changes'), ' ',
    h('button', { type: 'button', id: 'compare-clear' }, 'Clear'));
  const result = h('div', { id: 'changes-result', 'aria-live': 'polite' });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (input.value) app.compareWith(input.value);
  });
  form.querySelector('#compare-clear').addEventListener('click', () => app.compareWith(''));
  pane.append(h('h2', {}, 'What changed'), form, result);
  return { input, result };
}

export async function renderChanges(ui, app) {
  const { input, result } = ui;
  clear(result);
  result.dataset.loaded = '0';
  input.value = app.state.vs || defaultCompareMonth(app.state);
  if (!app.state.vs) {
    result.append(h('p', { class: 'hint' }, 'Pick an earlier month and press “Show changes”: dyads that appeared since are ringed in yellow, those that flipped sign in purple, and those that ended are drawn dashed.'));
    app.graphView.showChanges(null);
    result.dataset.loaded = '1';
    return null;
  }
  const before = windowFor(app.state.vs, app.state.w);
  const now = app.window;
  try {
    const ch = await api.changes({ a_from: before.from, a_to: before.to, b_from: now.from, b_to: now.to });
    const nameOf = (x) => (x && typeof x === 'object' ? actorName(x) : app.nameOf(x));
    const sections = [['appeared', 'Appeared'], ['flipped', 'Flipped sign'], ['ended', 'Ended']];
    result.append(h('p', { id: 'changes-summary' },
      `From ${before.from} – ${before.to} to ${now.from} – ${now.to}: ` +
      sections.map(([k, label]) => `${ch.totals?.[k] ?? (ch[k] || []).length} ${label.toLowerCase()}`).join(', ')));
    for (const [k, label] of sections) {
      const list = ch[k] || [];
      const total = ch.totals?.[k] ?? list.length;
      result.append(h('h3', { class: `change-${k}` }, `${label} (${total}${total > list.length ? `, ${list.length} heaviest listed` : ''})`),
        list.length ? h('ul', { class: 'plain' }, list.slice(0, 200).map((d) => dyadLine(d, k, nameOf))) : h('p', { class: 'meta' }, 'none'));
    }
    const movers = ch.movers || [];
    if (movers.length) {
      result.append(h('h3', {}, 'Biggest movers in centrality'),
        h('ul', { class: 'plain' }, movers.slice(0, 15).map((m) => h('li', {},
          `${nameOf(m.actor)}: PageRank ${fmt(m.pagerank_a, 4)} → ${fmt(m.pagerank_b, 4)}`))));
    }
    app.graphView.showChanges(ch, (d, key) => {
      for (const side of [d.source, d.target]) {
        if (side && typeof side === 'object' && String(side.id) === key) return actorName(side);
      }
      return app.nameOf(key);
    });
    return ch;
  } catch (err) {
    result.append(errorBox(err, 'Could not load the changes'));
    return null;
  } finally {
    result.dataset.loaded = '1';
  }
}
