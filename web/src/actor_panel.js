// The focused actor: who it is, its allies and enemies in the current window, its stance
// timeline, and the evidence for its edges in the window.
import { api } from './api.js';
import { drawChart } from './charts.js';
import { clear, errorBox, fmt, h } from './dom.js';
import { dateToEpochSeconds, monthStarts } from './dates.js';
import { evidenceList } from './evidence.js';
import { SIGN_COLOUR, actorName, actorRef, countsText, signWord } from './stance.js';

function relationRows(items, app) {
  if (!items || !items.length) return h('p', { class: 'meta' }, 'none in this window');
  return h('ol', { class: 'ranked' }, items.map((r) => {
    const other = r.actor || r.other || r;
    const weight = r.net_weight ?? r.weight ?? r.score;
    const sign = signWord(r.sign, weight);
    const n = r.evidence ?? r.evidence_count ?? r.count;
    return h('li', {},
      h('button', { type: 'button', class: 'link', onclick: () => app.focusActor(actorRef(other)) }, actorName(other)),
      h('span', { class: `weight ${sign}` }, ` ${sign} ${fmt(weight)}`),
      n !== undefined ? h('span', { class: 'meta' }, ` · ${n} edge${n === 1 ? '' : 's'}`) : null,
      r.counts ? h('span', { class: 'meta' }, ` · ${countsText(r.counts)}`) : null,
      ' ',
      h('button', { type: 'button', class: 'small', title: `Stance over time between the two`,
        onclick: () => app.openDyad(app.state.actor, actorRef(other)) }, 'chart'));
  }));
}

// The timeline endpoint lists the actor's edges by date; the chart shows how many hostile and
// cooperative edges it took part in per month.
function timelineSeries(resp) {
  const rows = resp.intervals || resp.series || null;
  if (rows) {
    return rows.map((r) => ({ start: r.start || r.interval || r.date, hostile: r.hostile ?? 0,
      cooperative: r.cooperative ?? 0 }));
  }
  const edges = resp.edges || resp.timeline || resp.items || [];
  const months = new Map();
  for (const e of edges) {
    if (!e.date) continue;
    const m = e.date.slice(0, 7);
    const row = months.get(m) || { start: `${m}-01`, hostile: 0, cooperative: 0 };
    const pol = e.polarity || signWord(undefined, e.weight);
    if (pol === 'hostile') row.hostile += 1;
    else if (pol === 'cooperative') row.cooperative += 1;
    months.set(m, row);
  }
  return [...months.values()].sort((a, b) => a.start.localeCompare(b.start));
}

export async function renderActorPanel(pane, app) {
  clear(pane);
  const ref = app.state.actor;
  pane.dataset.loaded = '0';
  if (!ref) {
    pane.append(h('p', { class: 'hint' }, 'Search an actor above, or click a node in the graph, to see its allies, enemies, timeline and evidence. Shift-click two nodes (or click an edge) to chart their stance over time.'));
    pane.dataset.loaded = '1';
    return;
  }
  const win = app.window;
  let actor;
  try {
    const resp = await api.actor(ref);
    actor = resp.actor || resp;
  } catch (err) {
    pane.append(errorBox(err, `Could not load actor “${ref}”`));
    pane.dataset.loaded = '1';
    return;
  }
  const aliases = (actor.aliases || []).map((a) => (typeof a === 'string' ? a : a.alias)).filter(Boolean);
  pane.append(
    h('h2', { id: 'actor-name' }, actor.name),
    h('p', { class: 'meta' }, [actor.kind, actor.country, actor.slug].filter(Boolean).join(' · ')),
    aliases.length ? h('p', { class: 'meta' }, `Also: ${aliases.slice(0, 12).join(', ')}`) : '',
    h('p', {}, h('button', { type: 'button', onclick: () => app.openDyad(actorRef(actor), '') },
      'Compare with another actor…')),
  );

  const relBox = h('section', { 'aria-labelledby': 'rel-h' },
    h('h3', { id: 'rel-h' }, `Allies and enemies, ${win.from} – ${win.to}`));
  const timeBox = h('section', { 'aria-labelledby': 'tl-h' }, h('h3', { id: 'tl-h' }, 'Stance timeline'));
  const evBox = h('section', { 'aria-labelledby': 'ev-h' },
    h('h3', { id: 'ev-h' }, `Evidence, ${win.from} – ${win.to}`));
  pane.append(relBox, timeBox, evBox);

  const relations = api.relations(actorRef(actor), { from: win.from, to: win.to })
    .then((rel) => {
      relBox.append(h('h4', { class: 'cooperative' }, 'Allies'), relationRows(rel.allies, app),
        h('h4', { class: 'hostile' }, 'Enemies'), relationRows(rel.enemies, app));
    })
    .catch((err) => relBox.append(errorBox(err, 'Could not load relations')));

  const timeline = api.timeline(actorRef(actor), { limit: 10000 })
    .then((resp) => {
      const rows = timelineSeries(resp);
      if (!rows.length) {
        timeBox.append(h('p', { class: 'meta' }, 'No dated edges.'));
        return;
      }
      if (resp.truncated) timeBox.append(h('p', { class: 'meta' }, 'Only the first edges are counted (the timeline was truncated).'));
      const chartBox = h('div', { class: 'chart', role: 'img',
        'aria-label': `Edges of ${actor.name} per month: cooperative above the axis, hostile below; table follows` });
      timeBox.append(chartBox);
      const byMonth = new Map(rows.map((r) => [r.start.slice(0, 7), r]));
      const months = monthStarts(app.range.first, app.range.last);
      drawChart(chartBox, {
        x: months.map(dateToEpochSeconds),
        series: [
          { label: 'hostile edges', values: months.map((m) => -(byMonth.get(m.slice(0, 7))?.hostile || 0) || null), colour: SIGN_COLOUR.hostile, kind: 'bar' },
          { label: 'cooperative edges', values: months.map((m) => byMonth.get(m.slice(0, 7))?.cooperative || null), colour: SIGN_COLOUR.cooperative, kind: 'bar' },
        ],
        band: { from: dateToEpochSeconds(win.from), to: dateToEpochSeconds(win.to) },
        height: 160, yLabel: '− hostile / + coop.',
      });
      timeBox.append(h('details', {}, h('summary', {}, 'Timeline as a table'),
        h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'month'), h('th', {}, 'hostile'), h('th', {}, 'cooperative'))),
          h('tbody', {}, rows.map((r) => h('tr', {}, h('td', {}, r.start.slice(0, 7)), h('td', {}, r.hostile), h('td', {}, r.cooperative)))))));
    })
    .catch((err) => timeBox.append(errorBox(err, 'Could not load the timeline')));

  const evidence = evidenceList(evBox, { actor: actorRef(actor), from: win.from, to: win.to });
  await Promise.all([relations, timeline, evidence]);
  pane.dataset.loaded = '1';
}
