// The network view: Cytoscape.js with the fCoSE layout run incrementally from the previous window's
// positions, so a node moves only when its neighbourhood changed ("motion means change").
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { SIGN_ARROW, SIGN_COLOUR, actorKey, countsText, dyadSignText, signWord } from './stance.js';
import { fmt } from './dom.js';

cytoscape.use(fcose);

const STYLE = [
  {
    selector: 'node',
    style: {
      width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)',
      'border-width': 1, 'border-color': '#ffffff', label: 'data(label)',
      'font-size': 'data(font)', 'min-zoomed-font-size': 7, color: '#1a1a1a',
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#ffffff',
      'text-outline-width': 2, 'text-outline-opacity': 0.9,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'data(arrow)', 'arrow-scale': 0.9, 'curve-style': 'bezier',
      opacity: 0.75,
    },
  },
  { selector: 'edge.unchanged', style: { opacity: 0.22 } },
  { selector: '.faded', style: { opacity: 0.1, 'text-opacity': 0.15 } },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111111', 'z-index': 10 } },
  { selector: 'node.pick', style: { 'border-width': 4, 'border-color': '#f0b400', 'z-index': 10 } },
  { selector: 'edge.focus', style: { opacity: 1, 'z-index': 10 } },
  {
    selector: 'edge.appeared',
    style: { 'underlay-color': '#f0b400', 'underlay-padding': 5, 'underlay-opacity': 0.55, opacity: 1 },
  },
  {
    selector: 'edge.flipped',
    style: {
      'underlay-color': '#7b3fe4', 'underlay-padding': 6, 'underlay-opacity': 0.55, opacity: 1,
      label: 'flipped', 'font-size': 9, 'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  {
    selector: '.ghost',
    style: {
      'line-style': 'dashed', 'line-color': '#555555', 'target-arrow-color': '#555555',
      'background-color': '#dddddd', 'border-color': '#555555', 'border-style': 'dashed',
      'border-width': 1, opacity: 0.7,
    },
  },
];

// A deterministic pseudo-random number in [0, 1) from a string, so first layouts are reproducible.
function hash01(s) {
  let x = 2166136261;
  for (let i = 0; i < s.length; i += 1) x = Math.imul(x ^ s.charCodeAt(i), 16777619);
  return ((x >>> 0) % 100003) / 100003;
}

export class GraphView {
  constructor(container, tooltip, handlers) {
    this.handlers = handlers;
    this.tooltip = tooltip;
    this.positions = new Map(); // actor key -> {x, y}, carried across windows
    this.userMoved = false; // once the reader zooms or pans, the view stops re-framing itself
    this.layout = null;
    this.cy = cytoscape({
      container, style: STYLE, minZoom: 0.05, maxZoom: 4,
      boxSelectionEnabled: false, autoungrabify: false,
    });
    this.cy.on('tap', 'node', (ev) => {
      const d = ev.target.data();
      if (d.ghost) return;
      if (ev.originalEvent && ev.originalEvent.shiftKey) this.handlers.onPick(d.ref, d.name);
      else this.handlers.onNode(d.ref, d.name);
    });
    this.cy.on('tap', 'edge', (ev) => {
      const d = ev.target.data();
      this.handlers.onEdge(d.sourceRef, d.targetRef);
    });
    this.cy.on('mouseover', 'node, edge', (ev) => this.showTip(ev));
    this.cy.on('mouseout', 'node, edge', () => { this.tooltip.hidden = true; });
    this.cy.on('scrollzoom pinchzoom dragpan', () => { this.userMoved = true; });
    this.cy.on('dragfree', 'node', (ev) => {
      this.positions.set(ev.target.id(), { ...ev.target.position() });
    });
  }

  showTip(ev) {
    const d = ev.target.data();
    this.tooltip.textContent = d.tip;
    const p = ev.renderedPosition || ev.target.renderedMidpoint?.() || { x: 0, y: 0 };
    this.tooltip.style.left = `${Math.round(p.x + 12)}px`;
    this.tooltip.style.top = `${Math.round(p.y + 12)}px`;
    this.tooltip.hidden = false;
  }

  // view: {nodes:[{key, ref, name, score, bloc, colour}], edges:[{source, target, weight, sign,
  // counts, last_date}]} already filtered by the caller. Resolves when the layout has settled.
  render(view) {
    const cy = this.cy;
    if (this.layout) this.layout.stop();
    const maxScore = Math.max(1e-12, ...view.nodes.map((n) => n.score || 0));
    const maxW = Math.max(1e-9, ...view.edges.map((e) => Math.abs(e.weight || 0)));
    const byScore = [...view.nodes].sort((a, b) => (b.score || 0) - (a.score || 0));
    const labelled = new Set(byScore.slice(0, 40).map((n) => n.key));
    const names = new Map(view.nodes.map((n) => [n.key, n]));

    const nodeData = view.nodes.map((n) => ({
      id: n.key, ref: n.ref, name: n.name, label: n.name,
      size: Math.round(14 + 46 * Math.sqrt((n.score || 0) / maxScore)),
      font: labelled.has(n.key) ? 12 : 9,
      colour: n.colour,
      tip: `${n.name} — PageRank ${fmt(n.score, 4)}, ${n.bloc >= 0 ? `bloc ${n.bloc + 1}` : 'no bloc'}`,
    }));
    const edgeData = view.edges.map((e) => {
      const sign = signWord(e.sign, e.weight);
      const s = names.get(e.source);
      const t = names.get(e.target);
      const counts = countsText(e.counts);
      return {
        id: `${e.source}>${e.target}`, source: e.source, target: e.target, sign,
        sourceRef: s.ref, targetRef: t.ref,
        width: 1 + 6 * Math.sqrt(Math.abs(e.weight || 0) / maxW),
        colour: SIGN_COLOUR[sign], arrow: SIGN_ARROW[sign],
        tip: `${s.name} → ${t.name}: ${dyadSignText(e.sign, e.weight, e.counts)}, net weight ${fmt(e.weight)}${counts ? ` (${counts})` : ''}` +
          `${e.last_date ? `, last ${e.last_date}` : ''}`,
      };
    });

    const wanted = new Set([...nodeData.map((n) => n.id), ...edgeData.map((e) => e.id)]);
    cy.batch(() => {
      cy.elements('.ghost').remove();
      cy.elements().forEach((el) => { if (!wanted.has(el.id())) el.remove(); });
      cy.elements().removeClass('appeared flipped unchanged faded focus pick');
      for (const n of nodeData) {
        const el = cy.getElementById(n.id);
        if (el.nonempty()) el.data(n);
        else cy.add({ group: 'nodes', data: n, position: this.seedPosition(n.id, view.edges) });
      }
      for (const e of edgeData) {
        const el = cy.getElementById(e.id);
        if (el.nonempty()) el.data(e);
        else cy.add({ group: 'edges', data: e });
      }
    });
    return this.runLayout(nodeData.length);
  }

  // A new actor starts next to the neighbours it already has on screen, else on a fixed spiral.
  seedPosition(key, edges) {
    const known = [];
    for (const e of edges) {
      const other = e.source === key ? e.target : e.target === key ? e.source : null;
      if (other && this.positions.has(other)) known.push(this.positions.get(other));
    }
    const r = hash01(key);
    if (known.length) {
      const x = known.reduce((s, p) => s + p.x, 0) / known.length;
      const y = known.reduce((s, p) => s + p.y, 0) / known.length;
      return { x: x + 40 * Math.cos(r * 2 * Math.PI), y: y + 40 * Math.sin(r * 2 * Math.PI) };
    }
    const angle = r * 2 * Math.PI;
    const radius = 150 + 350 * hash01(`${key}#r`);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  }

  runLayout(count) {
    return new Promise((resolve) => {
      if (count === 0) {
        resolve();
        return;
      }
      this.layout = this.cy.layout({
        // 'draft' skips CoSE and needs randomize, which would throw away the kept positions; big
        // graphs get fewer iterations instead.
        name: 'fcose', randomize: false, quality: 'default',
        animate: count <= 600, animationDuration: 450, fit: false, padding: 30,
        packComponents: false, nodeRepulsion: 6500, idealEdgeLength: 90, edgeElasticity: 0.4,
        gravity: 0.3, numIter: count > 1500 ? 400 : count > 500 ? 1000 : 2000, initialEnergyOnIncremental: 0.25,
        nodeDimensionsIncludeLabels: false,
      });
      this.layout.one('layoutstop', () => {
        this.cy.nodes().forEach((n) => {
          if (!n.data('ghost')) this.positions.set(n.id(), { ...n.position() });
        });
        this.frame();
        resolve();
      });
      this.layout.run();
    });
  }

  // Fits the graph into view, never zooming in so far that a handful of nodes fill the screen.
  fit() {
    this.userMoved = false;
    this.cy.fit(this.cy.elements(), 30);
    if (this.cy.zoom() > 1.2) this.cy.zoom({ level: 1.2, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
    if (this.cy.elements().nonempty()) this.cy.center(this.cy.elements());
  }

  // Re-frames only when the window's graph left the view or shrank to a corner of it, so that
  // between similar windows the view (and every unchanged node) stays put.
  frame() {
    if (this.userMoved || this.cy.elements().empty()) return;
    const bb = this.cy.elements().boundingBox();
    const ext = this.cy.extent();
    const outside = bb.x1 < ext.x1 || bb.x2 > ext.x2 || bb.y1 < ext.y1 || bb.y2 > ext.y2;
    const small = bb.w < ext.w * 0.4 && bb.h < ext.h * 0.4 && this.cy.zoom() < 1.2;
    if (outside || small) this.fit();
  }

  // Highlights one actor and its neighbourhood; others fade.
  focus(key) {
    const cy = this.cy;
    cy.elements().removeClass('faded focus');
    if (!key) return false;
    const node = cy.getElementById(key);
    if (node.empty()) return false;
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
    node.addClass('focus');
    hood.edges().addClass('focus');
    return true;
  }

  markPicked(keys) {
    this.cy.nodes().removeClass('pick');
    for (const k of keys) if (k) this.cy.getElementById(k).addClass('pick');
  }

  // changes: {appeared:[dyad], ended:[dyad], flipped:[dyad]} with dyad {source, target, ...}.
  // Ended dyads are no longer in the window, so they are drawn as dashed ghosts.
  showChanges(changes, nameOf) {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements('.ghost').remove();
      cy.edges().removeClass('appeared flipped unchanged');
      if (!changes) return;
      cy.edges().addClass('unchanged');
      for (const d of changes.appeared || []) this.edgeOf(d).removeClass('unchanged').addClass('appeared');
      for (const d of changes.flipped || []) this.edgeOf(d).removeClass('unchanged').addClass('flipped');
      for (const d of changes.ended || []) {
        const s = actorKey(d.source);
        const t = actorKey(d.target);
        for (const k of [s, t]) {
          if (cy.getElementById(k).nonempty()) continue;
          const pos = this.positions.get(k) || this.seedPosition(k, []);
          const name = nameOf(d, k);
          cy.add({
            group: 'nodes', classes: 'ghost', position: pos,
            data: { id: k, ref: k, name, label: name, size: 12, font: 9, colour: '#dddddd',
              ghost: true, tip: `${name} — not in this window` },
          }).lock();
        }
        cy.add({
          group: 'edges', classes: 'ghost',
          data: { id: `ended:${s}>${t}`, source: s, target: t, width: 2, colour: '#555555',
            arrow: 'triangle', ghost: true, sourceRef: s, targetRef: t,
            tip: `${nameOf(d, s)} → ${nameOf(d, t)}: ended (present before, absent now)` },
        });
      }
    });
  }

  edgeOf(d) {
    const s = actorKey(d.source);
    const t = actorKey(d.target);
    const e = this.cy.getElementById(`${s}>${t}`);
    return e.nonempty() ? e : this.cy.getElementById(`${t}>${s}`);
  }
}
