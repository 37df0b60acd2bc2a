// Turns the API's graph, PageRank and bloc answers into what the page draws: the top-N actors,
// the edges among them above the minimum weight, and bloc colours kept stable between windows.
import { fmt, h } from './dom.js';
import { BLOC_COLOURS, BLOC_COLOUR_NAMES, NO_BLOC_COLOUR, actorKey, actorName, countsText, dyadSignText, signWord } from './stance.js';

function nodeList(graph) {
  return (graph.nodes || []).map((n) => ({
    key: String(n.id ?? n.slug), ref: n.slug || String(n.id), name: n.name || n.slug || String(n.id),
    score: 0, bloc: -1, colour: NO_BLOC_COLOUR, colourIndex: -1,
  }));
}

// Each bloc takes the colour most of its members had in the previous window, so a camp keeps its
// colour while the slider moves; new camps take the first free colour.
function colourBlocs(blocs, byKey, previous) {
  const prevColour = new Map();
  if (previous) for (const n of previous.allNodes) if (n.colourIndex >= 0) prevColour.set(n.key, n.colourIndex);
  const used = new Set();
  blocs.forEach((members, bi) => {
    const votes = new Map();
    for (const k of members) {
      const c = prevColour.get(k);
      if (c !== undefined && !used.has(c)) votes.set(c, (votes.get(c) || 0) + 1);
    }
    let colour = -1;
    let best = 0;
    for (const [c, v] of votes) if (v > best || (v === best && c < colour)) { colour = c; best = v; }
    if (colour < 0) for (let c = 0; c < BLOC_COLOURS.length; c += 1) if (!used.has(c)) { colour = c; break; }
    if (colour >= 0) used.add(colour);
    for (const k of members) {
      const n = byKey.get(k);
      if (!n) continue;
      n.bloc = bi;
      n.colourIndex = members.length > 1 ? colour : -1;
      n.colour = n.colourIndex >= 0 ? BLOC_COLOURS[colour] : NO_BLOC_COLOUR;
    }
  });
}

export function buildView(graph, centrality, blocsResp, { top, minWeight, previous }) {
  const allNodes = nodeList(graph);
  const byKey = new Map(allNodes.map((n) => [n.key, n]));
  for (const s of centrality.scores || []) {
    const n = byKey.get(actorKey(s.actor ?? s.id));
    if (n) n.score = s.score;
  }
  const blocs = (blocsResp.blocs || [])
    .map((b) => (b.members || b).map((m) => actorKey(m)))
    .sort((a, b) => b.length - a.length);
  colourBlocs(blocs, byKey, previous);

  const allEdges = (graph.edges || []).map((e) => ({ ...e, source: actorKey(e.source), target: actorKey(e.target) }));
  const ranked = [...allNodes].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  // The top N are the API's own top N (its order settles ties), asked for with limit=N.
  const apiTop = (centrality.scores || []).slice(0, top).map((s) => actorKey(s.actor ?? s.id)).filter((k) => byKey.has(k));
  const kept = new Set(apiTop.length ? apiTop : ranked.slice(0, top).map((n) => n.key));
  const edges = allEdges.filter((e) => kept.has(e.source) && kept.has(e.target) && Math.abs(e.weight || 0) >= minWeight);
  let nodes = ranked.filter((n) => kept.has(n.key));
  if (minWeight > 0) {
    const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
    nodes = nodes.filter((n) => linked.has(n.key));
  }
  const signs = { hostile: 0, cooperative: 0, structural: 0 };
  for (const e of edges) signs[signWord(e.sign, e.weight)] += 1;
  return {
    allNodes, allEdges, nodes, edges, signs, blocs,
    frustration: blocsResp.frustration,
  };
}

export function statusText(win, view) {
  const s = view.signs;
  const multi = view.blocs.filter((b) => b.length > 1).length;
  return `${win.from} – ${win.to}: showing ${view.nodes.length} of ${view.allNodes.length} actors and ` +
    `${view.edges.length} of ${view.allEdges.length} edges (${s.hostile} hostile, ${s.cooperative} cooperative, ` +
    `${s.structural} structural or neutral); ${multi} bloc${multi === 1 ? '' : 's'}` +
    `${typeof view.frustration === 'number' ? `, frustration ${view.frustration}` : ''}`;
}

export function edgeListTable(view, onActor) {
  const names = new Map(view.allNodes.map((n) => [n.key, n]));
  const rows = [...view.edges].sort((a, b) => Math.abs(b.weight || 0) - Math.abs(a.weight || 0)).slice(0, 500);
  const actorCell = (k) => {
    const n = names.get(k);
    return h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => onActor(n.ref) }, n.name));
  };
  return h('table', { id: 'edge-table' },
    h('caption', {}, `${view.edges.length} edges${view.edges.length > rows.length ? `, the ${rows.length} heaviest listed` : ''}`),
    h('thead', {}, h('tr', {}, ['source', 'stance', 'target', 'net weight', 'relations', 'last date'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((e) => {
      const sign = signWord(e.sign, e.weight);
      return h('tr', {}, actorCell(e.source), h('td', { class: sign }, dyadSignText(e.sign, e.weight, e.counts)), actorCell(e.target),
        h('td', {}, fmt(e.weight)), h('td', {}, countsText(e.counts)), h('td', {}, e.last_date || ''));
    })));
}

export function blocList(view) {
  const names = new Map(view.allNodes.map((n) => [n.key, n]));
  const blocs = view.blocs.filter((b) => b.length > 1);
  if (!blocs.length) return h('p', { class: 'meta' }, 'No blocs of two or more actors in this window.');
  return h('ul', { class: 'plain blocs' }, blocs.map((members, i) => {
    const first = names.get(members[0]);
    const ci = first ? first.colourIndex : -1;
    return h('li', {}, h('i', { class: 'swatch dot', style: `background:${ci >= 0 ? BLOC_COLOURS[ci] : NO_BLOC_COLOUR}` }),
      `Bloc ${i + 1} (${ci >= 0 ? BLOC_COLOUR_NAMES[ci] : 'grey'}, ${members.length} actors): `,
      members.map((k) => actorName(names.get(k) || k)).join(', '));
  }));
}
